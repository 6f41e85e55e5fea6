"""Threaded servers on 127.0.0.1 and a free port, for the tests' feeds and receivers."""

from __future__ import annotations

import socketserver
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self


class LoopbackServer:
    """Serves ``server`` (any socketserver) while the ``with`` block runs, then stops and
    closes the port."""

    def run(self, server: socketserver.BaseServer) -> None:
        self.server = server
        self.thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stopping()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    def stopping(self) -> None:
        """Called before the server stops: wake handlers that are waiting."""


class LoopbackHTTP(LoopbackServer):
    """An HTTP server for ``handler``, over TLS when given a context."""

    def serve(
        self,
        handler: type[BaseHTTPRequestHandler],
        tls: ssl.SSLContext | None = None,
        host: str = "127.0.0.1",  # any of 127/8 is the loopback: a second address for tests
    ) -> None:
        self.httpd = ThreadingHTTPServer((host, 0), handler)
        self.httpd.daemon_threads = True
        self.scheme = "http"
        if tls is not None:  # HTTPS: every connection speaks TLS from its first byte
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
            self.scheme = "https"
        self.run(self.httpd)

    def address(self, path: str) -> str:
        host, port = self.httpd.server_address[:2]
        return f"{self.scheme}://{host!s}:{port}{path}"
