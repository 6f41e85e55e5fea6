"""Real servers on 127.0.0.1 that receive alerts: SMTP (aiosmtpd) and a webhook receiver.

    with MailServer(users={"monitor": "s3cret"}) as mail:
        url = mail.url()                     # smtp://127.0.0.1:PORT
        ...
        mail.messages                        # what it accepted, parsed

    with WebhookReceiver() as hook:
        hook.answer(500, 500)                # the next two requests fail, then 200
        url = hook.url("/hook")
        ...
        hook.received                        # every request: headers and raw body

A MailServer can be stopped and started again on the same port (an outage), told to
refuse recipients or messages with a code, and to offer STARTTLS or speak implicit
TLS with a self-signed certificate made by ``self_signed_certificate``. Both servers
run in background threads and are always shut down on exit.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import hmac
import shutil
import socket
import ssl
import subprocess
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.loopback import LoopbackHTTP


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class Certificate:
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        return context


def self_signed_certificate(folder: Path) -> Certificate:
    """A certificate for 127.0.0.1, made with the openssl tool; skips the test without it."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,digitalSignature,keyCertSign",
        ],
        check=True,
        capture_output=True,
        timeout=30,
    )
    return Certificate(cert, key)


@dataclass(frozen=True)
class Mail:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage
    raw: bytes
    encrypted: bool
    login: str | None


class MailServer:
    def __init__(
        self,
        *,
        port: int | None = None,
        users: dict[str, str] | None = None,
        starttls: Certificate | None = None,
        implicit_tls: Certificate | None = None,
    ) -> None:
        self.port = port or free_port()
        self.users = users
        self.starttls = starttls
        self.implicit_tls = implicit_tls
        self.messages: list[Mail] = []
        self.refuse_recipients: dict[str, str] = {}  # address -> reply such as "550 no such user"
        self.data_replies: list[str] = []  # replies to the next messages, instead of 250
        self.controller: Controller | None = None
        self.lock = threading.Lock()

    def url(self, user: str | None = None, password: str | None = None) -> str:
        scheme = "smtps" if self.implicit_tls else "smtp"
        auth = f"{user}:{password}@" if user is not None else ""
        return f"{scheme}://{auth}127.0.0.1:{self.port}"

    def start(self) -> None:
        options: dict[str, Any] = {}
        if self.users is not None:
            options["authenticator"] = self.authenticate
            # (aiosmtpd only sees STARTTLS as TLS; implicit TLS is encrypted from the start)
            options["auth_require_tls"] = self.starttls is not None
        if self.starttls:
            options["tls_context"] = self.starttls.server_context()
        if self.implicit_tls:
            options["ssl_context"] = self.implicit_tls.server_context()
        self.controller = Controller(
            Handler(self), hostname="127.0.0.1", port=self.port, ready_timeout=10, **options
        )
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def authenticate(
        self, server: object, session: object, envelope: object, mechanism: str, data: object
    ) -> AuthResult:
        ok = (
            isinstance(data, LoginPassword)
            and self.users is not None
            and self.users.get(data.login.decode()) == data.password.decode()
        )
        return AuthResult(success=ok, handled=False, auth_data=data)

    def __enter__(self) -> MailServer:
        self.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


class Handler:
    """aiosmtpd's hooks: refuse what the test asks to refuse, keep the rest."""

    def __init__(self, server: MailServer) -> None:
        self.server = server

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        refusal = self.server.refuse_recipients.get(address)
        if refusal:
            return refusal
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.server.lock:
            if self.server.data_replies:
                return self.server.data_replies.pop(0)
            raw = bytes(envelope.content)
            parsed = email.message_from_bytes(raw, policy=email.policy.default)
            assert isinstance(parsed, EmailMessage)
            login = session.auth_data.login.decode() if session.authenticated else None
            implicit_tls = server.transport.get_extra_info("sslcontext") is not None
            self.server.messages.append(
                Mail(
                    envelope.mail_from,
                    list(envelope.rcpt_tos),
                    parsed,
                    raw,
                    session.ssl is not None or implicit_tls,
                    login,
                )
            )
        return "250 Message accepted for delivery"


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]  # names in lower case
    body: bytes


@dataclass
class WebhookReceiver(LoopbackHTTP):
    """Answers POSTs with the scripted statuses in turn, then 200; keeps every request."""

    received: list[Request] = field(default_factory=list)
    script: list[int] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.serve(self.handler())

    def answer(self, *statuses: int) -> None:
        with self.lock:
            self.script.extend(statuses)

    def url(self, path: str = "/hook") -> str:
        return self.address(path)

    def handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with receiver.lock:
                    receiver.received.append(
                        Request(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                    )
                    status = receiver.script.pop(0) if receiver.script else 200
                answer = b"ok" if status < 300 else f"scripted failure {status}".encode()
                self.send_response(status)
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler


def signature_is_valid(secret: str, request: Request) -> bool:
    """What a receiver does: recompute the HMAC over timestamp + "." + raw body."""
    signed = request.headers["x-monitor-timestamp"].encode() + b"." + request.body
    expected = "sha256=" + hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, request.headers.get("x-monitor-signature", ""))


def route_alerts_to(
    monkeypatch: pytest.MonkeyPatch,
    database_url: str,
    mail: MailServer,
    hook: WebhookReceiver,
    secret: str,
) -> None:
    """The environment a watchlist's ``${SMTP_URL}``, ``${WEBHOOK_URL}`` and
    ``${WEBHOOK_SECRET}`` read, pointed at loopback servers, with the database and quick
    retries."""
    for name, value in {
        "MONITOR_DATABASE_URL": database_url,
        "MONITOR_RETRY_BASE_SECONDS": "0.01",
        "SMTP_URL": mail.url(),
        "WEBHOOK_URL": hook.url("/hook"),
        "WEBHOOK_SECRET": secret,
    }.items():
        monkeypatch.setenv(name, value)
