"""A real HTTP server on 127.0.0.1 that serves feeds the way tests script them.

    with FeedServer() as server:
        server.route("/news.rss", body=rss_bytes, etag='"v1"')
        server.route("/broken", status=500)
        url = server.url("/news.rss")
        ...
        server.requests("/news.rss")  # what each request carried (headers)

A route answers 304 to a matching If-None-Match or If-Modified-Since, can
delay its answer, trickle its body, redirect, or lie about its length; with
``FeedServer(tls=context)`` it speaks HTTPS. The
server runs in a background thread and is always shut down on exit.
"""

from __future__ import annotations

import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler

from tests.loopback import LoopbackHTTP


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0  # seconds before answering
    trickle: float = 0.0  # seconds between bytes of the body
    redirect_to: str | None = None
    unknown_length: bool = False  # no Content-Length: the body ends when the connection closes


@dataclass(frozen=True)
class Seen:
    path: str
    headers: dict[str, str]


class FeedServer(LoopbackHTTP):
    def __init__(self, tls: ssl.SSLContext | None = None, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = {}
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        self.serve(self.handler(), tls, host)

    def route(self, path: str, **options: object) -> Route:
        route = Route(**options)  # type: ignore[arg-type]
        self.routes[path] = route
        return route

    def url(self, path: str) -> str:
        return self.address(path)

    def requests(self, path: str) -> list[Seen]:
        with self.lock:
            return [s for s in self.seen if s.path == path]

    def handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                with server.lock:
                    server.seen.append(
                        Seen(self.path, {k.lower(): v for k, v in self.headers.items()})
                    )
                route = server.routes.get(self.path)
                if route is None:
                    return self.answer(404, b"not found", {})
                if route.delay:
                    time.sleep(route.delay)
                if route.redirect_to:
                    return self.answer(302, b"", {"Location": route.redirect_to})
                validators = {}
                if route.etag:
                    validators["ETag"] = route.etag
                if route.last_modified:
                    validators["Last-Modified"] = route.last_modified
                if (route.etag and self.headers.get("If-None-Match") == route.etag) or (
                    route.last_modified
                    and self.headers.get("If-Modified-Since") == route.last_modified
                ):
                    return self.answer(304, b"", validators)
                self.answer(route.status, route.body, route.headers | validators, route)

            def answer(
                self, status: int, body: bytes, headers: dict[str, str], route: Route | None = None
            ) -> None:
                self.send_response(status)
                if route and route.unknown_length:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                else:
                    self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                try:
                    if route and route.trickle:
                        for i in range(len(body)):
                            self.wfile.write(body[i : i + 1])
                            self.wfile.flush()
                            time.sleep(route.trickle)
                    elif status != 304:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up, as it should with a slow or huge body

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler


def rss(*items: tuple[str, str, str], title: str = "Test feed") -> bytes:
    """An RSS 2.0 document with (guid, title, text) items."""
    entries = "".join(
        f"<item><guid>{guid}</guid><title>{headline}</title>"
        f"<link>https://news.example.org/{guid}?utm_source=rss</link>"
        f"<description>{text}</description>"
        f"<pubDate>Mon, 02 Mar 2026 09:00:00 +0000</pubDate></item>"
        for guid, headline, text in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://news.example.org/</link>{entries}</channel></rss>"
    ).encode()
