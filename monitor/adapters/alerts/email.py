"""Email over SMTP: one multipart (text + HTML) message per alert or digest.

smtp://user:password@host:port    plain SMTP (port 25 by default), upgraded with STARTTLS
                                  whenever the server offers it
smtps://user:password@host:port   implicit TLS from the first byte (port 465 by default)

User and password are percent-decoded (``%40`` for ``@``); the last ``@`` ends them, so a
password may also hold an unescaped ``/``, ``?`` or ``@`` (``smtp://me:pa/ss@host``).
A password is never sent unencrypted except to a loopback server. Certificates are
verified against the system's trust store (``SSL_CERT_FILE`` adds one).

Threading: each message's Message-ID comes from its delivery's idempotency key, so a
re-send after a crash carries the same Message-ID; In-Reply-To and References point
at one thread id per person (``<person.ID@domain>``), so every update about a person
lands in one conversation; a correction answers the alert it takes back (In-Reply-To
its Message-ID, References the person's thread id and then it). Every header made from
feed or watchlist text is flattened to one line first: nothing a feed says can add a
header.

Errors: an authentication failure or a 5xx refusal (of the sender, of every recipient,
of the message) is permanent; connection failures, timeouts and 4xx answers are
transient and retried by the outbox.

Time: the whole session (connecting, TLS, login, the message, goodbye) has one deadline
(30 s by default). smtplib's timeout is per read, so a server that trickles its replies
could hold a session for ever; a watchdog shuts the session's socket down when the
deadline passes, which ends whatever read or write is waiting.
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
import smtplib
import socket
import ssl
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import formatdate, parseaddr
from typing import Any
from urllib.parse import unquote, urlsplit

from monitor.adapters.alerts import DEADLINE_SECONDS, SendResult
from monitor.adapters.alerts.render import delivery_key, one_line, render
from monitor.core.alerts import Alert
from monitor.core.redact import split_userinfo
from monitor.errors import DeliveryError

TIMEOUT_SECONDS = 30.0  # one read or write; the deadline bounds the whole session
DEFAULT_PORTS = {"smtp": 25, "smtps": 465}
DEFAULT_FROM_NAME = "Case monitor"
ID_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


@dataclass(frozen=True)
class SmtpServer:
    implicit_tls: bool
    host: str
    port: int
    username: str | None
    password: str | None

    def __str__(self) -> str:  # never the password
        return f"{'smtps' if self.implicit_tls else 'smtp'}://{self.host}:{self.port}"


def send(
    settings: Mapping[str, Any], alerts: Sequence[Alert], deadline: float = DEADLINE_SECONDS
) -> SendResult:
    server = parse_smtp_url(str(settings.get("smtp_url") or ""))
    recipients = [one_line(str(to)) for to in settings.get("to") or ()]
    if not recipients:
        raise DeliveryError("email route has no recipients", permanent=True)
    sender = one_line(str(settings.get("from") or "")) or f"case-monitor@{socket.gethostname()}"
    message = build_message(alerts, sender, recipients)
    envelope_from = parseaddr(sender)[1] or sender
    refused = deliver(server, message, envelope_from, recipients, deadline)
    accepted = len(recipients) - len(refused)
    detail = f"accepted by {server} for {accepted} of {len(recipients)} recipients"
    if refused:  # the others have it: retrying would send them a second copy
        detail += "; refused: " + "; ".join(
            f"{to} ({code} {reply(text)})" for to, (code, text) in refused.items()
        )
    return SendResult(detail)


def parse_smtp_url(url: str) -> SmtpServer:
    """The server of an smtp(s) URL; no error message quotes the user or the password."""
    scheme, _, rest = url.partition("://")
    userinfo, address = split_userinfo(rest)
    try:
        parts = urlsplit(f"{scheme}://{address}")
        port = parts.port
    except ValueError as e:
        raise DeliveryError(f"bad smtp_url: {e}", permanent=True) from e
    user, colon, password = (userinfo or "").partition(":")
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise DeliveryError(
            "smtp_url must be smtp://host[:port] or smtps://host[:port]", permanent=True
        )
    return SmtpServer(
        implicit_tls=parts.scheme == "smtps",
        host=parts.hostname,
        port=port or DEFAULT_PORTS[parts.scheme],
        username=unquote(user) if user else None,
        password=unquote(password) if colon else None,
    )


def build_message(alerts: Sequence[Alert], sender: str, recipients: Sequence[str]) -> EmailMessage:
    """The message: subject, threading headers, text and HTML alternatives."""
    rendered = render(alerts)
    domain = message_id_domain(sender)
    message = EmailMessage(policy=SMTP_POLICY)
    try:
        message["From"] = sender if "<" in sender else f"{DEFAULT_FROM_NAME} <{sender}>"
        message["To"] = ", ".join(recipients)
        message["Subject"] = rendered.subject
        message["Date"] = formatdate(usegmt=True)
        message["Message-ID"] = message_id(alerts, domain)
        if len({a.person_id for a in alerts}) == 1:
            thread_headers(message, alerts, domain)
        message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies
        if len(alerts) == 1:  # the idempotency key, as on webhooks
            message["X-Monitor-Delivery"] = id_part(alerts[0].key)
    except (ValueError, TypeError) as e:
        raise DeliveryError(f"cannot build the message headers: {e}", permanent=True) from e
    message.set_content(rendered.text)
    message.add_alternative(rendered.html, subtype="html")
    return message


def thread_headers(message: EmailMessage, alerts: Sequence[Alert], domain: str) -> None:
    """In the person's thread; a correction answers the very alert it takes back."""
    thread = f"<person.{id_part(alerts[0].person_id)}@{domain}>"
    corrects = alerts[0].corrects if len(alerts) == 1 else None
    if corrects is None:
        message["In-Reply-To"] = thread
        message["References"] = thread
        return
    original = f"<alert.{id_part(corrects.key)}@{domain}>"
    message["In-Reply-To"] = original
    message["References"] = f"{thread} {original}"


def message_id(alerts: Sequence[Alert], domain: str) -> str:
    """The same on every send of one delivery (or of one digest of the same alerts)."""
    prefix = "alert." if len(alerts) == 1 else ""  # a digest's key starts with "digest-"
    return f"<{prefix}{id_part(delivery_key(alerts))}@{domain}>"


def message_id_domain(sender: str) -> str:
    domain = parseaddr(sender)[1].rpartition("@")[2]
    return id_part(domain) or "case-monitor.invalid"


def id_part(text: str) -> str:
    return ID_UNSAFE.sub("-", text)


def deliver(
    server: SmtpServer,
    message: EmailMessage,
    envelope_from: str,
    recipients: Sequence[str],
    deadline: float = DEADLINE_SECONDS,
) -> dict[str, tuple[int, bytes]]:
    """Connect, secure, log in and send, all within ``deadline`` seconds; returns the
    recipients the server refused."""
    context = ssl.create_default_context()
    watchdog = Watchdog(deadline)
    timeout = min(TIMEOUT_SECONDS, deadline)
    smtp: smtplib.SMTP | None = None
    try:
        if server.implicit_tls:
            smtp = WatchedSMTPSSL(watchdog, server.host, server.port, timeout, context)
        else:
            smtp = WatchedSMTP(watchdog, server.host, server.port, timeout)
            smtp.ehlo()
            if smtp.has_extn("starttls"):
                smtp.starttls(context=context)
                smtp.ehlo()
            elif server.username and not is_loopback(server.host):
                raise DeliveryError(
                    f"{server} does not offer STARTTLS: refusing to send the password "
                    "unencrypted (use smtps://, or a server with STARTTLS)",
                    permanent=True,
                )
        if server.username:
            smtp.login(server.username, server.password or "")
        refused = smtp.send_message(message, from_addr=envelope_from, to_addrs=list(recipients))
    except DeliveryError:
        raise
    except Exception as e:
        if watchdog.expired.is_set():
            raise DeliveryError(
                f"{server}: timed out: the session outlasted the {deadline:g} s deadline"
            ) from e
        raise classify(e, server) from e
    finally:
        if smtp is not None:
            close(smtp)  # (still watched: a goodbye that trickles is cut off too)
        watchdog.cancel()
    return dict(refused)


class Watchdog:
    """Ends an SMTP session that outlives its deadline: shutting its socket down wakes the
    read or write that waits (closing it would not), which then fails."""

    def __init__(self, seconds: float) -> None:
        self.session: smtplib.SMTP | None = None
        self.expired = threading.Event()
        self.timer = threading.Timer(seconds, self.expire)
        self.timer.daemon = True
        self.timer.start()

    def watch(self, session: smtplib.SMTP) -> None:
        self.session = session
        if self.expired.is_set():
            self.expire()

    def expire(self) -> None:
        self.expired.set()
        sock = self.session.sock if self.session is not None else None
        if sock is not None:
            # the plain socket's shutdown (the TLS layer's would need the session's thread);
            # an error means the session is closed already
            with contextlib.suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def cancel(self) -> None:
        self.timer.cancel()


class WatchedSMTP(smtplib.SMTP):
    """smtplib.SMTP that its watchdog can reach while it connects and reads the greeting."""

    def __init__(self, watchdog: Watchdog, host: str, port: int, timeout: float) -> None:
        watchdog.watch(self)
        super().__init__(host, port, timeout=timeout)


class WatchedSMTPSSL(smtplib.SMTP_SSL):
    def __init__(
        self, watchdog: Watchdog, host: str, port: int, timeout: float, context: ssl.SSLContext
    ) -> None:
        watchdog.watch(self)
        super().__init__(host, port, timeout=timeout, context=context)


def close(smtp: smtplib.SMTP) -> None:
    """Say goodbye; the message is already accepted, so a failure here changes nothing."""
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


def classify(error: Exception, server: SmtpServer) -> DeliveryError:
    """Permanent or transient, with words a user can act on."""
    if isinstance(error, smtplib.SMTPAuthenticationError):
        code = error.smtp_code
        return DeliveryError(
            f"{server}: authentication failed ({code} {reply(error.smtp_error)})",
            permanent=500 <= code < 600,
        )
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in error.recipients.values()]
        listing = "; ".join(f"{to} ({c} {reply(t)})" for to, (c, t) in error.recipients.items())
        return DeliveryError(
            f"{server}: every recipient refused: {listing}",
            permanent=bool(codes) and all(500 <= c < 600 for c in codes),
        )
    if isinstance(error, smtplib.SMTPResponseException):
        code = error.smtp_code
        what = "sender refused" if isinstance(error, smtplib.SMTPSenderRefused) else "refused"
        return DeliveryError(
            f"{server}: {what} ({code} {reply(error.smtp_error)})", permanent=500 <= code < 600
        )
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return DeliveryError(f"{server}: {error}", permanent=True)
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return DeliveryError(f"{server}: disconnected ({error})")
    if isinstance(error, ssl.SSLError):
        return DeliveryError(f"{server}: tls: {error}")
    if isinstance(error, TimeoutError):
        return DeliveryError(f"{server}: timed out after {TIMEOUT_SECONDS:g} s")
    if isinstance(error, ConnectionRefusedError):
        return DeliveryError(f"{server}: connection refused")
    if isinstance(error, socket.gaierror):
        return DeliveryError(f"{server}: dns: {error}")
    if isinstance(error, OSError | smtplib.SMTPException):
        return DeliveryError(f"{server}: {type(error).__name__}: {error}")
    return DeliveryError(f"{server}: unexpected {type(error).__name__}: {error}")


def reply(text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return one_line(text)[:300]


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
