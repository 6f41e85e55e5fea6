"""Ctrl-C during `monitor poll --once`, feeds another process is polling, and ports
already in use: what users see, through real processes, sockets and feeds."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from monitor.app.cli import main
from tests.daemon_process import scalar, wait_until
from tests.http_feeds import FeedServer, rss

WATCHLIST = """people:
  - id: kozlov-vladimir
    name: Vladimir Kozlov
"""
FEEDS = ("/one.rss", "/two.rss", "/slow.rss")


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        for i, path in enumerate(FEEDS):
            running.route(path, body=rss((f"g{i}", f"Story {i}", "Vladimir Kozlov was freed.")))
        yield running


def write_watchlist(folder: Path, server: FeedServer) -> Path:
    path = folder / "watchlist.yaml"
    feeds = "".join(f"\n  - url: {server.url(p)}" for p in FEEDS)
    path.write_text(WATCHLIST + "feeds:" + feeds + "\n", encoding="utf-8")
    return path


def command_env(database_url: str, watchlist: Path) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    return keep | {"MONITOR_DATABASE_URL": database_url, "MONITOR_WATCHLIST": str(watchlist)}


def monitor(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "monitor.app.cli", *args],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=ctrl_c_as_in_a_terminal,
    )


def ctrl_c_as_in_a_terminal() -> None:
    """SIGINT at its default in the command, as when typed in a terminal. An ignored SIGINT
    is inherited across exec, and a shell ignores it in what it runs in the background
    (``pytest &``, a CI runner): Python then installs no KeyboardInterrupt, uvicorn hands
    the Ctrl-C it caught back to "ignore", and `monitor web` exits 0 instead of 130."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def outcome(process: subprocess.Popen[str], timeout: float = 60) -> tuple[int, str, str]:
    try:
        out, err = process.communicate(timeout=timeout)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    return process.returncode, out, err


# --- Ctrl-C during a poll -------------------------------------------------------------------


def test_ctrl_c_during_a_poll_gives_back_the_feed_in_flight_and_says_so(
    tmp_path: Path, server: FeedServer
) -> None:
    slow = server.routes["/slow.rss"]
    slow.delay = 20.0  # answers long after the test has interrupted the poll
    url = f"sqlite:///{tmp_path / 'monitor.db'}"
    env = command_env(url, write_watchlist(tmp_path, server))
    poll = monitor("poll", "--once", cwd=tmp_path, env=env)
    try:
        wait_until(lambda: server.requests("/slow.rss"), 60, "the slow feed's request")
        wait_until(lambda: scalar(url, "SELECT count(*) FROM polls") == 2, 60, "two feeds stored")
        poll.send_signal(signal.SIGINT)
    finally:
        status, out, err = outcome(poll)

    assert status == 130
    assert err == "interrupted: 1 feed not polled (their leases released)\n"
    assert out.count("ok            ") == 2
    assert scalar(url, "SELECT count(*) FROM feeds WHERE lease_owner IS NOT NULL") == 0

    slow.delay = 0.0
    status, out, err = outcome(monitor("poll", "--once", cwd=tmp_path, env=env))
    assert (status, err) == (0, "")
    assert "3 feeds polled, 0 failed" in out


# --- feeds another process is polling --------------------------------------------------------


def test_a_poll_names_the_feeds_another_process_is_polling(
    tmp_path: Path,
    server: FeedServer,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("MONITOR_DATABASE_URL", database_url)
    monkeypatch.setenv("MONITOR_WATCHLIST", str(write_watchlist(tmp_path, server)))
    assert main(["poll", "--once"]) == 0
    capsys.readouterr()
    until = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=4)
    engine = create_engine(database_url)
    with engine.begin() as connection:  # a replica on another machine is polling this one
        leased = "UPDATE feeds SET lease_owner = 'replica-2:77', lease_expires_at = :until"
        connection.execute(
            text(leased + " WHERE url = :url"), {"until": until, "url": server.url("/slow.rss")}
        )
    engine.dispose()

    assert main(["poll", "--once"]) == 0

    out = capsys.readouterr().out
    skipped = f"skipped (being polled by another process until {until:%H:%M} UTC): "
    assert skipped + server.url("/slow.rss") + "\n" in out
    assert "2 feeds polled, 0 failed" in out


# --- ports already in use ---------------------------------------------------------------------


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A port on 127.0.0.1 that another program is listening on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        yield int(taken.getsockname()[1])


def test_the_daemon_refuses_a_health_port_in_use_before_it_opens_the_database(
    tmp_path: Path, server: FeedServer, busy_port: int
) -> None:
    env = command_env(f"sqlite:///{tmp_path / 'monitor.db'}", write_watchlist(tmp_path, server))

    run = monitor("run", "--health-port", str(busy_port), cwd=tmp_path, env=env)

    status, _, err = outcome(run)
    assert status == 2
    assert err == f"monitor run: port {busy_port} on 127.0.0.1 is already in use\n"
    assert not (tmp_path / "monitor.db").exists()


def test_the_web_ui_refuses_a_port_in_use_before_it_opens_the_database(
    tmp_path: Path, server: FeedServer, busy_port: int
) -> None:
    env = command_env(f"sqlite:///{tmp_path / 'monitor.db'}", write_watchlist(tmp_path, server))

    web = monitor("web", "--port", str(busy_port), cwd=tmp_path, env=env)

    status, out, err = outcome(web)
    assert (status, out) == (2, "")
    assert err == f"monitor web: port {busy_port} on 127.0.0.1 is already in use\n"
    assert not (tmp_path / "monitor.db").exists()


def test_an_address_that_cannot_be_listened_on_is_named(tmp_path: Path, server: FeedServer) -> None:
    env = command_env(f"sqlite:///{tmp_path / 'monitor.db'}", write_watchlist(tmp_path, server))

    web = monitor("web", "--host", "192.0.2.1", "--port", "8080", cwd=tmp_path, env=env)

    status, _, err = outcome(web)
    assert status == 2
    assert err.startswith("monitor web: cannot listen on port 8080 on 192.0.2.1: ")
    assert "Traceback" not in err


def test_the_web_ui_serves_on_the_port_it_took(tmp_path: Path, server: FeedServer) -> None:
    env = command_env(f"sqlite:///{tmp_path / 'monitor.db'}", write_watchlist(tmp_path, server))
    assert outcome(monitor("db", "upgrade", cwd=tmp_path, env=env))[0] == 0
    web = monitor("web", "--port", "0", cwd=tmp_path, env=env)
    try:
        assert web.stderr is not None
        first = web.stderr.readline()  # "monitor web: serving the review UI on http://…/"
        address = first.rsplit(" ", 1)[-1].strip()
        assert first.startswith("monitor web: serving the review UI on http://127.0.0.1:")
        with urllib.request.urlopen(address + "login", timeout=10) as answer:
            assert answer.status == 200
        web.send_signal(signal.SIGINT)
    finally:
        status, _, _ = outcome(web)
    assert status == 130  # uvicorn stops gracefully, then hands the Ctrl-C on
