"""Sources beyond RSS and Atom, end to end through `monitor poll --once`: loopback
servers, a real database, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.app.cli import main
from tests.http_feeds import FeedServer

PEOPLE = """
people:
  - id: nurlanov-aidar
    name: Aidar Nurlanov
    status: detained
"""


def monitor(
    args: list[str],
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[int, str, str]:
    monkeypatch.setenv("MONITOR_DATABASE_URL", database_url)
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


def write_watchlist(tmp_path: Path, feeds: str) -> str:
    path = tmp_path / "watchlist.yaml"
    path.write_text(PEOPLE + "feeds:\n" + feeds)
    return str(path)


def test_a_json_feed_is_polled_and_its_items_matched(
    tmp_path: Path,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Courier",
        "items": [
            {
                "id": "n1",
                "url": "https://courier.example.org/n1",
                "title": "Activist freed",
                "content_text": "Aidar Nurlanov was released from custody on Tuesday.",
                "date_published": "2026-03-03T10:00:00Z",
            }
        ],
    }
    with FeedServer() as server:
        server.route(
            "/feed.json",
            body=json.dumps(document).encode(),
            headers={"Content-Type": "application/feed+json"},
        )
        watchlist = write_watchlist(tmp_path, f"  - url: {server.url('/feed.json')}\n")
        status, out, _ = monitor(
            ["poll", "--once", "--watchlist", watchlist], database_url, capsys, monkeypatch
        )
    assert status == 0, out
    assert "1 new entries, 1 matches" in out and "Aidar Nurlanov" in out
