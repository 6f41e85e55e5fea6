"""Feed documents about today, and a webhook receiver, for tests of the running daemon.

``tests.http_feeds.rss`` dates its items in March 2026: old news, which changes no
status. The daemon's tests need news, so these items are dated now.
"""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.loopback import LoopbackHTTP

PEOPLE = """people:
  - id: kozlov-vladimir
    name: Vladimir Kozlov
    status: imprisoned
  - id: bilash-serikzhan
    name: Serikzhan Bilash
    status: detained
"""


def news(*items: tuple[str, str, str], title: str = "Loopback news") -> bytes:
    """An RSS 2.0 document with (guid, title, text) items published now."""
    published = format_datetime(datetime.now(UTC))
    entries = "".join(
        f"<item><guid>{guid}</guid><title>{headline}</title>"
        f"<link>https://news.example.org/{guid}</link>"
        f"<description>{text}</description><pubDate>{published}</pubDate></item>"
        for guid, headline, text in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://news.example.org/</link>{entries}</channel></rss>"
    ).encode()


def filler(n: int) -> tuple[str, str, str]:
    """An entry that names nobody on the watchlist."""
    return (f"filler-{n}", f"Market report {n}", f"Wheat prices moved {n} points on Tuesday.")


def freed(n: int, name: str = "Vladimir Kozlov") -> tuple[str, str, str]:
    """An entry reporting that a watchlisted person was freed today."""
    return (f"freed-{n}", f"{name} walks free", f"{name} was released from prison this morning.")


class WebhookReceiver(LoopbackHTTP):
    """A loopback HTTP server that records every POST (headers and JSON body) and answers 200."""

    def __init__(self, delay: float = 0.0) -> None:
        self.received: list[tuple[dict[str, str], Any]] = []
        self.delay = delay  # seconds before answering (after recording the request)
        self.closing = threading.Event()
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                try:
                    payload = json.loads(body)
                except ValueError:
                    payload = body.decode("utf-8", "replace")
                with receiver.lock:
                    receiver.received.append(
                        ({k.lower(): v for k, v in self.headers.items()}, payload)
                    )
                if receiver.delay:
                    receiver.closing.wait(receiver.delay)
                try:
                    self.send_response(200)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                except OSError:
                    pass  # the sender gave up waiting

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.serve(Handler)

    @property
    def url(self) -> str:
        return self.address("/hook")

    def posts(self) -> list[tuple[dict[str, str], Any]]:
        with self.lock:
            return list(self.received)

    def stopping(self) -> None:
        self.closing.set()


def alerts_can_be_sent() -> bool:
    """Whether the webhook channel (monitor.adapters.alerts.send and .webhook) exists yet."""
    try:
        from monitor.adapters.alerts import send, webhook  # noqa: F401
    except ImportError:
        return False
    return True


FIRST_NAMES = (
    "Askar",
    "Bolat",
    "Dana",
    "Erlan",
    "Gulmira",
    "Marat",
    "Nurlan",
    "Saule",
    "Timur",
    "Zhanna",
    "Arman",
    "Baurzhan",
    "Dinara",
    "Galym",
    "Kairat",
    "Laura",
    "Madina",
    "Nurzhan",
    "Olzhas",
    "Rustem",
    "Samal",
    "Talgat",
    "Yerzhan",
    "Zarina",
)
SURNAMES = (
    "Abenov",
    "Bekturov",
    "Dzhaksybekov",
    "Esimov",
    "Ibraev",
    "Kasymov",
    "Mukanov",
    "Nurpeisov",
    "Omarov",
    "Sadykov",
    "Tulegenov",
    "Utemisov",
    "Zhumabayev",
    "Akhmetov",
    "Baimukhanov",
    "Dosmagambetov",
    "Yessenov",
    "Karimov",
    "Lukpanov",
    "Mamyrov",
    "Nauryzbayev",
    "Ospanov",
    "Rakhimov",
    "Serikbayev",
)


def many_people(n: int) -> list[tuple[str, str]]:
    """Up to 24 (id, name) pairs of detained people, no two sharing a surname."""
    assert n <= len(SURNAMES)
    return [(f"person-{i}", f"{FIRST_NAMES[i]} {SURNAMES[i]}") for i in range(n)]


def people_yaml(people: list[tuple[str, str]], status: str = "detained") -> str:
    return "people:\n" + "".join(
        f"  - id: {pid}\n    name: {name}\n    status: {status}\n" for pid, name in people
    )
