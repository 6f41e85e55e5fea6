"""A review UI over a real database filled by the real pipeline (`monitor poll --once`
against loopback feeds), with a user, an API token, and a logged-in client."""

from __future__ import annotations

import io
import re
import shutil
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager, redirect_stdout
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
from sqlalchemy.engine import make_url

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
    (
        "k1",
        "Vladimir Kozlov detained in Almaty",
        "Police detained the activist Vladimir Kozlov in Almaty on Monday. "
        "His lawyer said the arrest was unlawful.",
        2,
    ),
    (
        "b1",
        "<script>alert('title')</script> Serikzhan Bilash sentenced",
        "A court in Almaty sentenced Serikzhan Bilash to seven years in prison on Monday.",
        3,
    ),
    (
        "b2",
        "Serikzhan Bilash speaks at a conference",
        "Serikzhan Bilash spoke at a conference on human rights in Almaty.",
        30,
    ),
]


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


def quietly(args: list[str]) -> tuple[int, str]:
    """``main(args)``, its standard output captured (where no capsys is at hand)."""
    with redirect_stdout(io.StringIO()) as out:
        status = main(args)
    return status, out.getvalue()


def cheap_hasher(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2 at its cheapest parameters (argon2-cffi's profile for tests): a hash at the
    real ones costs a quarter of a second of CPU and 64 MiB, and the pages' tests log in
    hundreds of times. What is checked is unchanged: an argon2id hash, verified by
    argon2; `test_passwords_are_hashed_at_argon2s_recommended_cost` checks the real
    parameters."""
    cheap = PasswordHasher.from_parameters(profiles.CHEAPEST)
    monkeypatch.setattr(auth, "hasher", cheap)
    monkeypatch.setattr(auth, "_DUMMY_HASH", cheap.hash("dummy"))


@pytest.fixture(autouse=True)
def cheap_password_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap_hasher(monkeypatch)


def fill_site(watchlist: Path) -> str:
    """The site's database (named by $MONITOR_DATABASE_URL) filled as a user would: a poll
    of two loopback feeds, a failed alert, a user and an API token (returned)."""
    now = datetime.now(UTC)
    with FeedServer() as server:
        server.route("/steppe.rss", body=rss(FEED_TITLE, STEPPE, now))
        server.route("/wire.rss", body=rss("Wire", wire_items(), now))
        watchlist.write_text(
            WATCHLIST.format(steppe=server.url("/steppe.rss"), wire=server.url("/wire.rss"))
        )
        status, out = quietly(["poll", "--once", "--watchlist", str(watchlist)])
        assert status == 0, out
    quietly(["alerts", "send", "--watchlist", str(watchlist)])  # fails: nobody listens
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        status, out = quietly(["users", "add", USER, "--watchlist", str(watchlist)])
    assert status == 0, out
    status, out = quietly(
        ["tokens", "create", "tests", "--owner", USER, "--watchlist", str(watchlist)]
    )
    assert status == 0, out
    return out.strip()


@dataclass(frozen=True)
class SiteTemplate:
    database: Path
    watchlist: str
    token: str


@pytest.fixture(scope="session")
def sqlite_site(tmp_path_factory: pytest.TempPathFactory) -> SiteTemplate:
    """A SQLite site filled once per run (per xdist worker); each test gets a copy of the
    file (filling one cost a third of a second of CPU, and most page tests are SQLite's)."""
    folder = tmp_path_factory.mktemp("site")
    path = folder / "monitor.db"
    with pytest.MonkeyPatch.context() as patch:
        cheap_hasher(patch)
        patch.setenv("MONITOR_DATABASE_URL", f"sqlite:///{path}")
        patch.setenv("MONITOR_RETRY_BASE_SECONDS", "3600")
        token = fill_site(folder / "watchlist.yaml")
    with closing(sqlite3.connect(path)) as connection:  # all of it in the file, none in -wal
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return SiteTemplate(path, (folder / "watchlist.yaml").read_text(), token)


@pytest.fixture
def site(
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> Site:
    monkeypatch.setenv("MONITOR_DATABASE_URL", database_url)
    monkeypatch.setenv("MONITOR_RETRY_BASE_SECONDS", "3600")
    watchlist = tmp_path / "watchlist.yaml"
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        template: SiteTemplate = request.getfixturevalue("sqlite_site")
        shutil.copyfile(template.database, str(url.database))
        watchlist.write_text(template.watchlist)
        token = template.token
        database: Database = request.getfixturevalue("database")
    else:
        database = request.getfixturevalue("database")  # at the schema's head
        token = fill_site(watchlist)
    return Site(database_url, watchlist, database, create_app(database), token)


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
