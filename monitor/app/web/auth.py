"""Who may use the review UI: argon2 password hashes, server-side browser sessions,
CSRF tokens, bearer tokens for the API, and the pace of login attempts.

Only hashes are stored: the sha256 of a session cookie or an API token (they are
random and long, so a fast hash suffices), argon2 for passwords.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

SESSION_COOKIE = "monitor_session"
LOGIN_CSRF_COOKIE = "monitor_login_csrf"
SESSION_LIFETIME = timedelta(hours=12)
TOKEN_PREFIX = "cm_"

hasher = PasswordHasher()
# Verified against when the user does not exist, so both cases cost the same time. Made at
# the first login (a quarter of a second of CPU that the commands never logging anyone in,
# and every import of the review UI, do not pay).
_DUMMY_HASH: str | None = None


def _dummy_hash() -> str:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hasher.hash(secrets.token_urlsafe(16))
    return _DUMMY_HASH


def hash_password(password: str) -> str:
    return hasher.hash(password)


def password_matches(password_hash: str | None, password: str) -> bool:
    try:
        return hasher.verify(password_hash or _dummy_hash(), password) and bool(password_hash)
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


@dataclass(frozen=True)
class Throttle:
    """Attempts let in for one account or one address: ``free`` of them at any pace, then
    one per delay, doubling from ``first_delay`` up to ``longest_delay``. A count whose
    last attempt is ``forget_after`` old starts again. Attempts refused while waiting
    are not counted, so hammering never makes the wait longer, and the right password
    after the wait always works."""

    free: int
    first_delay: timedelta
    longest_delay: timedelta
    forget_after: timedelta

    def wait(self, attempts: int, last_attempt_at: datetime | None, now: datetime) -> timedelta:
        """How long until the next attempt may be let in; zero: now."""
        if last_attempt_at is None or now - last_attempt_at >= self.forget_after:
            return NO_WAIT
        if attempts < self.free:
            return NO_WAIT
        doublings = min(attempts - self.free, 30)
        delay: timedelta = min(self.first_delay * 2**doublings, self.longest_delay)
        return max(NO_WAIT, last_attempt_at + delay - now)

    def next_count(self, attempts: int, last_attempt_at: datetime | None, now: datetime) -> int:
        """The count after one more attempt at ``now``."""
        if last_attempt_at is None or now - last_attempt_at >= self.forget_after:
            return 1
        return attempts + 1


NO_WAIT = timedelta(0)


@dataclass(frozen=True)
class LoginPolicy:
    """Per account: 5 attempts, then 30 s, 1 min, 2 min, ... up to 15 min between two.
    Per client address (whatever the account): 30, then the same delays."""

    account: Throttle = Throttle(5, timedelta(seconds=30), timedelta(minutes=15), timedelta(days=1))
    address: Throttle = Throttle(
        30, timedelta(seconds=30), timedelta(minutes=15), timedelta(days=1)
    )

    @property
    def forget_after(self) -> timedelta:
        """Counts untouched this long are dropped."""
        return max(self.account.forget_after, self.address.forget_after)


DEFAULT_LOGIN_POLICY = LoginPolicy()
