"""Who may use the review UI: argon2 password hashes, server-side browser sessions,
CSRF tokens, bearer tokens for the API, and a limit on failed logins.

Only hashes are stored: the sha256 of a session cookie or an API token (they are
random and long, so a fast hash suffices), argon2 for passwords.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

SESSION_COOKIE = "monitor_session"
LOGIN_CSRF_COOKIE = "monitor_login_csrf"
SESSION_LIFETIME = timedelta(hours=12)
TOKEN_PREFIX = "cm_"

hasher = PasswordHasher()
# Verified against when the user does not exist, so both cases cost the same time.
_DUMMY_HASH = hasher.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    return hasher.hash(password)


def password_matches(password_hash: str | None, password: str) -> bool:
    try:
        return hasher.verify(password_hash or _DUMMY_HASH, password) and bool(password_hash)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def new_api_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def same_secret(given: str | None, expected: str | None) -> bool:
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def safe_next(target: str | None) -> str:
    """A local path to go to after logging in; anything else (another site, a scheme,
    ``//host``, backslashes, control characters) becomes ``/``."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return "/"
    if "\\" in target or any(ord(c) < 32 or ord(c) == 127 for c in target):
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return "/"
    return target


@dataclass
class LoginLimiter:
    """At most ``attempts`` failed logins per (username, client address) in ``window``."""

    attempts: int = 5
    window: timedelta = timedelta(minutes=15)
    max_keys: int = 10_000  # beyond this many pairs, forget those with no recent failure
    failures: dict[tuple[str, str], deque[datetime]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def blocked_until(self, username: str, address: str, now: datetime) -> datetime | None:
        with self.lock:
            seen = self._recent(username, address, now)
            if len(seen) >= self.attempts:
                return seen[0] + self.window
            return None

    def failed(self, username: str, address: str, now: datetime) -> None:
        with self.lock:
            self._recent(username, address, now).append(now)
            if len(self.failures) > self.max_keys:  # made-up usernames must not fill memory
                for key in list(self.failures):
                    seen = self.failures[key]
                    while seen and seen[0] <= now - self.window:
                        seen.popleft()
                    if not seen:
                        del self.failures[key]

    def succeeded(self, username: str, address: str) -> None:
        with self.lock:
            self.failures.pop((username.casefold(), address), None)

    def _recent(self, username: str, address: str, now: datetime) -> deque[datetime]:
        seen = self.failures.setdefault((username.casefold(), address), deque())
        while seen and seen[0] <= now - self.window:
            seen.popleft()
        return seen
