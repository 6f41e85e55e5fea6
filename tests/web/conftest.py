"""A review UI over a real database filled by the real pipeline (`monitor poll --once`
against loopback feeds), with a user, an API token, and a logged-in client."""

from __future__ import annotations

import io
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
import uvicorn
from argon2 import PasswordHasher, profiles
from fastapi import FastAPI
from fastapi.testclient import TestClient

from monitor.adapters.db.session import Database
from monitor.app.cli import main
from monitor.app.commands.web import UVICORN_OPTIONS
from monitor.app.web import auth
from monitor.app.web.app import create_app
from tests.http_feeds import FeedServer

USER, PASSWORD = "aigerim", "correct horse battery"
REAL_HASHER = auth.hasher  # before `cheap_password_hashes` replaces it
FEED_TITLE = "<script>alert('feed')</script> Steppe News"
SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "000_5bde3f0103a7b9bf.txt"

WATCHLIST = """
people:
  - id: kozlov-vladimir
    name: Vladimir Kozlov
    status: imprisoned
  - id: bilash-serikzhan
    name: Serikzhan Bilash
  - id: yerimbetov-iskander
    name: Iskander Yerimbetov
    status: detained
feeds:
  - url: {steppe}
  - url: {wire}
alerts:
  - name: hook
    webhook: {{url: "http://127.0.0.1:9/unreachable"}}
"""

# (guid, title, text, hours before now)
STEPPE = [
    ("k1", "Vladimir Kozlov detained in Almaty",
     "Police detained the activist Vladimir Kozlov in Almaty on Monday. "
     "His lawyer said the arrest was unlawful.", 2),
    ("b1", "<script>alert('title')</script> Serikzhan Bilash sentenced",
     "A court in Almaty sentenced Serikzhan Bilash to seven years in prison on Monday.", 3),
    ("b2", "Serikzhan Bilash speaks at a conference",
     "Serikzhan Bilash spoke at a conference on human rights in Almaty.", 30),
]  # fmt: skip


def rss(title: str, items: list[tuple[str, str, str, int]], now: datetime) -> bytes:
    """RSS whose titles carry markup as text (escaped twice: once for XML, once for HTML)."""
    entries = "".join(
        f"<item><guid>{guid}</guid><title>{escape(escape(headline))}</title>"
        f"<link>https://news.example.org/{guid}</link>"
        f"<description>{escape(escape(text))}</description>"
        f"<pubDate>{format_datetime(now - timedelta(hours=hours))}</pubDate></item>"
        for guid, headline, text, hours in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(escape(title))}</title><link>https://news.example.org/</link>"
        f"{entries}</channel></rss>"
    ).encode()


def wire_items() -> list[tuple[str, str, str, int]]:
    if not SEED.is_file():
        return []
    title, _, text = SEED.read_text(encoding="utf-8").partition("\n")
    return [("seed0", title.strip(), text.strip(), 5)]


@dataclass
class Site:
    database_url: str
    watchlist: Path
    database: Database
    app: FastAPI
    token: str


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(args)
    out, _ = capsys.readouterr()
    return status, out


@pytest.fixture(autouse=True)
def cheap_password_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2 at its cheapest parameters (argon2-cffi's profile for tests): a hash at the
    real ones costs a quarter of a second of CPU and 64 MiB, and the pages' tests log in
    hundreds of times. What is checked is unchanged: an argon2id hash, verified by
    argon2; `test_passwords_are_hashed_at_argon2s_recommended_cost` checks the real
    parameters."""
    cheap = PasswordHasher.from_parameters(profiles.CHEAPEST)
    monkeypatch.setattr(auth, "hasher", cheap)
    monkeypatch.setattr(auth, "_DUMMY_HASH", cheap.hash("dummy"))


@pytest.fixture
def site(
    database_url: str,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Iterator[Site]:
    monkeypatch.setenv("MONITOR_DATABASE_URL", database_url)
    monkeypatch.setenv("MONITOR_RETRY_BASE_SECONDS", "3600")
    now = datetime.now(UTC)
    watchlist = tmp_path / "watchlist.yaml"
    with FeedServer() as server:
        server.route("/steppe.rss", body=rss(FEED_TITLE, STEPPE, now))
        server.route("/wire.rss", body=rss("Wire", wire_items(), now))
        watchlist.write_text(
            WATCHLIST.format(steppe=server.url("/steppe.rss"), wire=server.url("/wire.rss"))
        )
        status, out = run(["poll", "--once", "--watchlist", str(watchlist)], capsys)
        assert status == 0, out
    run(["alerts", "send", "--watchlist", str(watchlist)], capsys)  # fails: nobody listens
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    status, out = run(["users", "add", USER, "--watchlist", str(watchlist)], capsys)
    assert status == 0, out
    status, out = run(
        ["tokens", "create", "tests", "--owner", USER, "--watchlist", str(watchlist)], capsys
    )
    assert status == 0
    yield Site(database_url, watchlist, database, create_app(database), out.strip())


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no csrf_token field in the page"
    return found.group(1)


def log_in(client: TestClient, user: str = USER, password: str = PASSWORD) -> str:
    """Log in through the form; returns the session's CSRF token."""
    form = client.get("/login")
    response = client.post(
        "/login",
        data={"username": user, "password": password, "csrf_token": csrf_of(form.text)},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return csrf_of(client.get("/").text)


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """``app`` served by uvicorn on a free loopback port, in a thread, configured as
    `monitor web` configures it; yields its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="off", **UVICORN_OPTIONS)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture
def anonymous(site: Site) -> Iterator[TestClient]:
    with TestClient(site.app) as client:
        yield client


@pytest.fixture
def browser_client(site: Site) -> Iterator[TestClient]:
    """A client logged in through the login form."""
    with TestClient(site.app) as client:
        client.headers["x-test-csrf"] = log_in(client)
        yield client


@pytest.fixture
def api(site: Site) -> Iterator[TestClient]:
    with TestClient(site.app, headers={"Authorization": f"Bearer {site.token}"}) as client:
        yield client
