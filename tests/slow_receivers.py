"""Receivers on 127.0.0.1 that are slow in the ways that stall senders.

    with TricklingWebhook(every=0.5, probe=lambda: len(mail.messages)) as hook:
        hook.url                  # answers "HTTP/1.1 200 OK", then one header byte every
                                  # 0.5 s for as long as the sender listens
        hook.requests             # how many requests arrived
        hook.seen                 # probe() at each byte: the state of the world while
                                  # the answer was still coming

    with TricklingSMTP(every=0.5) as smtp:
        smtp.url                  # greets with one byte every 0.5 s, never a full line

    with CountingWebhook(delay=0.3, probe=...) as hook:
        hook.most_at_once         # the most requests it was answering at the same time
        hook.seen                 # probe() as each request arrived

Every server stops on leaving its ``with`` block; a trickle also ends when the sender
hangs up, and after ``MAX_BYTES`` bytes in any case.
"""

from __future__ import annotations

import socket
import socketserver
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler

from tests.loopback import LoopbackHTTP, LoopbackServer

MAX_BYTES = 2_000  # a trickle's bound, whatever the sender does


class TricklingWebhook(LoopbackHTTP):
    """Reads the POST, writes a status line, then trickles a header a byte at a time."""

    def __init__(self, every: float = 0.5, probe: Callable[[], object] | None = None) -> None:
        self.every = every
        self.probe = probe
        self.requests = 0
        self.seen: list[object] = []
        self.closing = threading.Event()
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with receiver.lock:
                    receiver.requests += 1
                try:
                    self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Trickle: ")
                    self.wfile.flush()
                    for _ in range(MAX_BYTES):
                        if receiver.closing.wait(receiver.every):
                            return
                        receiver.look()
                        self.wfile.write(b"a")
                        self.wfile.flush()
                except OSError:
                    return  # the sender hung up: what it should do at its deadline

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.serve(Handler)

    @property
    def url(self) -> str:
        return self.address("/hook")

    def look(self) -> None:
        if self.probe is not None:
            seen = self.probe()
            with self.lock:
                self.seen.append(seen)

    def stopping(self) -> None:
        self.closing.set()


class CountingWebhook(LoopbackHTTP):
    """Answers every POST 200 after ``delay`` seconds; counts requests answered at once,
    and keeps what ``probe()`` returned as each request arrived."""

    def __init__(self, delay: float, probe: Callable[[], object] | None = None) -> None:
        self.delay = delay
        self.probe = probe
        self.seen: list[object] = []
        self.keys: list[str] = []
        self.answering = 0
        self.most_at_once = 0
        self.closing = threading.Event()
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                seen = receiver.probe() if receiver.probe is not None else None
                with receiver.lock:
                    receiver.seen.append(seen)
                    receiver.keys.append(self.headers.get("X-Monitor-Delivery", ""))
                    receiver.answering += 1
                    receiver.most_at_once = max(receiver.most_at_once, receiver.answering)
                receiver.closing.wait(receiver.delay)
                with receiver.lock:
                    receiver.answering -= 1
                try:
                    self.send_response(200)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                except OSError:
                    pass

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.serve(Handler)

    @property
    def url(self) -> str:
        return self.address("/hook")

    def stopping(self) -> None:
        self.closing.set()


class TricklingSMTP(LoopbackServer):
    """A TCP server that greets every connection one byte at a time, never ending the line."""

    def __init__(self, every: float = 0.5) -> None:
        self.every = every
        self.connections = 0
        self.closing = threading.Event()
        server = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                server.connections += 1
                connection: socket.socket = self.request
                try:
                    connection.sendall(b"220 ")
                    for _ in range(MAX_BYTES):
                        if server.closing.wait(server.every):
                            return
                        connection.sendall(b"a")
                except OSError:
                    return

        self.tcp = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.tcp.daemon_threads = True
        self.run(self.tcp)

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.tcp.server_address[1]}"

    def stopping(self) -> None:
        self.closing.set()
