"""What may be shown: secrets masked, and text a terminal cannot be tricked by.

``redact`` is the one function every output goes through (terminal, JSON, web pages,
the API, alerts, logs, error messages). It masks, in any text:

- the password of every URL (``postgresql+psycopg://monitor:***@db/monitor``), and
  userinfo with no password, which is usually a token (``https://***@host/``);
  a password holding an unescaped ``/`` (``smtp://user:pa/ss@host``) is masked whole;
- the values of query and fragment parameters whose names say they are secret
  (``api_key``, ``token``, ``sig``, ``client_secret``, ``X-Api-Key``: see
  ``SECRET_NAMES``): ``?q=court&api_key=***``;
- every literal ``secret`` handed in, plain or percent-encoded, wherever it stands: the
  values the watchlist took from the environment (``${NEWS_KEY}``), since a value that
  came from a variable is one the operator kept out of the file.

``terminal_text`` makes untrusted text (a feed's titles, a server's error message)
safe to print: escape sequences are dropped, other control characters (C0, DEL, C1,
line and paragraph separators) become spaces, bidirectional overrides are dropped,
and the result is one line. JSON output needs none of it: JSON escapes them.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from urllib.parse import quote, quote_plus, unquote

MASK = "***"
MIN_SECRET_LENGTH = 6  # shorter values are masked only where their name or place says so
SECRET_NAMES = frozenset(
    {
        "key",
        "apikey",
        "token",
        "accesstoken",
        "authtoken",
        "refreshtoken",
        "idtoken",
        "secret",
        "clientsecret",
        "password",
        "passwd",
        "pwd",
        "pass",
        "sig",
        "signature",
        "auth",
        "authorization",
        "session",
        "sessionid",
        "credential",
        "credentials",
        "privatekey",
        "accesskey",
        "secretkey",
    }
)
SECRET_SUFFIXES = ("apikey", "token", "secret", "password", "passwd", "signature", "accesskey")

SERVER_SCHEMES = ("http", "https", "smtp", "smtps")  # URLs whose host is no secret
URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s\"'<>`]+")
PARAMETER = re.compile(r"([^&;=]*)=([^&;]*)")
ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves, clearing the screen
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC, DCS, ...: window titles
    r"|\x1b[ -/]*[0-~]?"  # any other escape, and a lone ESC
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
BIDI_CONTROL = re.compile(r"[\u202a-\u202e\u2066-\u2069]")


def redact(text: str, secrets: Collection[str] = ()) -> str:
    """``text`` with URL credentials, secret parameters and the ``secrets`` masked."""
    masked = URL.sub(lambda m: redact_url(m.group(0)), text)
    return mask_literals(masked, secrets)


def redact_url(url: str) -> str:
    """One URL with its password (or token userinfo) and secret parameters masked."""
    parts = split_url(url)
    if parts is None:
        return url
    scheme, userinfo, address, tail = parts
    if userinfo is not None:
        user, colon, _ = userinfo.partition(":")
        address = f"{user}:{MASK}@{address}" if colon else f"{MASK}@{address}"
    query, hash_mark, fragment = tail.partition("#")
    return f"{scheme}://{address}{mask_parameters(query)}{hash_mark}{mask_parameters(fragment)}"


def split_url(url: str) -> tuple[str, str | None, str, str] | None:
    """(scheme, userinfo or None, host and path, ``?query#fragment``); None if no URL.

    In a web URL a ``?`` or ``#`` ends the userinfo's search; in others (smtp://,
    postgresql://) the password may hold them unescaped: ``smtp://me:pa?ss@host``.
    """
    scheme, separator, rest = url.partition("://")
    if not separator:
        return None
    if scheme.lower() in ("http", "https"):
        end = first_of(rest, "?#")
        userinfo, address = split_userinfo(rest[:end])
        return scheme, userinfo, address, rest[end:]
    userinfo, address = split_userinfo(rest)
    end = first_of(address, "?#")
    return scheme, userinfo, address[:end], address[end:]


def first_of(text: str, marks: str) -> int:
    """The index of the first of ``marks`` in ``text``, or its length."""
    return min((i for i in (text.find(mark) for mark in marks) if i >= 0), default=len(text))


def split_userinfo(head: str) -> tuple[str | None, str]:
    """(userinfo or None, the rest) of ``user:password@host/path``, the part before ``?#``.

    The last ``@`` ends the userinfo, so a password with an unescaped ``/`` or ``@`` is
    kept whole (a URL parser would read ``smtp://user:pa/ss@host`` as host ``user``).
    An ``@`` in a path (``https://medium.com/@someone``) is not userinfo: no ``:``
    before the first ``/``. (``https://host:8080/@someone`` is masked as if it were.)
    """
    at = head.rfind("@")
    if at < 0:
        return None, head
    userinfo = head[:at]
    slash = userinfo.find("/")
    if slash >= 0 and ":" not in userinfo[:slash]:
        return None, head
    return userinfo, head[at + 1 :]


def mask_parameters(part: str) -> str:
    """``?q=x&api_key=SECRET`` → ``?q=x&api_key=***`` (the text is otherwise kept as is)."""
    if "=" not in part:
        return part

    def mask(m: re.Match[str]) -> str:
        name, value = m.group(1), m.group(2)
        return f"{name}={MASK}" if value and is_secret_name(name) else m.group(0)

    return PARAMETER.sub(mask, part)


def is_secret_name(name: str) -> bool:
    """``api_key``, ``API-Key``, ``x_api_key``, ``access_token``, ``sig``: yes; ``q``: no."""
    plain = re.sub(r"[^a-z0-9]", "", unquote(name).lstrip("?#").lower())
    return plain in SECRET_NAMES or plain.endswith(SECRET_SUFFIXES)


def mask_literals(text: str, secrets: Collection[str]) -> str:
    """Every secret (long enough to be one), as written or percent-encoded, masked."""
    forms = {form for secret in secrets for form in secret_forms(secret)}
    for form in sorted(forms, key=len, reverse=True):
        text = text.replace(form, MASK)
    return text


def secret_forms(secret: str) -> set[str]:
    if len(secret) < MIN_SECRET_LENGTH:
        return set()
    return {secret, quote(secret, safe=""), quote(secret, safe="/:@"), quote_plus(secret)}


def url_secrets(value: str) -> set[str]:
    """The parts of a URL that are secret: its password (or token userinfo) and the values
    of its secret parameters, as written and percent-decoded. Nothing for other text."""
    found: set[str] = set()
    for m in URL.finditer(value):
        parts = split_url(m.group(0))
        if parts is None:
            continue
        _, userinfo, _, tail = parts
        if userinfo is not None:
            user, colon, password = userinfo.partition(":")
            found.add(password if colon else user)
        for name, raw in PARAMETER.findall(tail):
            if raw and is_secret_name(name):
                found.add(raw)
    return found | {unquote(s) for s in found}


def secrets_of(values: Iterable[str]) -> frozenset[str]:
    """What to mask for values taken from the environment: each value; but of a whole
    web or mail server URL (``${SMTP_URL}``, ``${WEBHOOK_URL}``) its secret parts and
    everything after its host (a webhook's path is often its token), so that the server
    is still named. (Of other URLs, ``tgram://BOT_TOKEN/CHAT``, the host is a secret.)"""
    found: set[str] = set()
    for value in values:
        found |= url_secrets(value)
        parts = split_url(value) if URL.fullmatch(value) else None
        if parts is None or parts[0].lower() not in SERVER_SCHEMES:
            found.add(value)
            continue
        _, _, address, tail = parts
        slash = address.find("/")
        found.add((address[slash:] if slash >= 0 else "") + tail)
    return frozenset(s for s in found if s.strip("/?#"))


def terminal_text(text: str) -> str:
    """One line a terminal shows as it is: no escape sequence, control or bidi override."""
    text = ESCAPE_SEQUENCE.sub("", text)
    text = BIDI_CONTROL.sub("", text)
    return " ".join(CONTROL.sub(" ", text).split())
