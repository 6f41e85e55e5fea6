"""A small HTTP server for orchestrators: /healthz and /metrics."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from prometheus_client import CONTENT_TYPE_LATEST

from monitor.app.listening import listen_error


@dataclass(frozen=True)
class Degraded:
    """Why the daemon is not doing its work."""

    reason: str  # a short code: read_only, unreachable, locked, disk_full, stalled, ...
    detail: str  # one sentence for the operator

    def body(self) -> bytes:
        entry = {"status": "degraded", "reason": self.reason, "detail": self.detail}
        return json.dumps(entry).encode() + b"\n"


class HealthServer:
    """Serves ``/healthz`` (200 ``ok`` when ``check()`` finds nothing wrong, else 503 with
    the JSON of what it found) and ``/metrics``.

    The port is taken when the server is made (a port in use raises ConfigError), and
    served from ``start()`` on."""

    def __init__(
        self,
        host: str,
        port: int,
        check: Callable[[], Degraded | None],
        metrics: Callable[[], bytes],
    ) -> None:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path == "/healthz":
                    problem = server.check()
                    if problem is None:
                        self.reply(200, b"ok\n")
                    else:
                        self.reply(503, problem.body(), "application/json")
                elif self.path == "/metrics":
                    self.reply(200, server.metrics(), CONTENT_TYPE_LATEST)
                else:
                    self.reply(404, b"not found\n")

            def reply(self, status: int, body: bytes, content_type: str = "text/plain") -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass  # probes every few seconds would drown the log

        self.check = check
        self.metrics = metrics
        try:
            self.httpd = ThreadingHTTPServer((host, port), Handler)
        except OSError as e:
            raise listen_error(host, port, e) from e
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="health", daemon=True)

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        """Stop serving and free the port (also when it was never started)."""
        if self.thread.is_alive():
            self.httpd.shutdown()
            self.thread.join(timeout=5)
        self.httpd.server_close()
