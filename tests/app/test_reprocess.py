"""`monitor reprocess` and `monitor status` end to end: a file:// feed, a real database, the CLI.

The feed's items are dated two hours before the real clock, since `poll` and
`reprocess` read the time themselves and only news near now changes a status.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from sqlalchemy import create_engine, func, select

from monitor.adapters.db.tables import (
    DeliveryRow,
    EventRow,
    MatchRow,
    StatusChangeRow,
    StoryRow,
)
from monitor.app.cli import main

FEED = "news.rss"
TABLES = (MatchRow, EventRow, StatusChangeRow, StoryRow, DeliveryRow)

DZHUMAYEV = """
  - id: dzhumayev-ablovas
    name: Ablovas Dzhumayev
    status: imprisoned
"""
BALTABAY = """
  - id: baltabay-yerlan
    name: Yerlan Baltabay
    status: detained
"""
ALERTS = """
alerts:
  - name: hook
    webhook: {url: "http://127.0.0.1:9/hook"}
"""
ITEMS = (
    (
        "parole",
        "Activist freed on parole",
        "Ablovas Dzhumayev was released on parole yesterday. He thanked his supporters.",
    ),
    (
        "union",
        "Union leader in court",
        "Yerlan Baltabay was sentenced to seven years in prison yesterday.",
    ),
    (
        "profile",
        "Ten years of trials",
        "A look back. Ablovas Dzhumayev was arrested in 2009 and sentenced in 2010.",
    ),
    ("weather", "Rain over the steppe", "Rain is expected in Aktau on Monday."),
)


def write_feed(folder: Path, published: datetime) -> str:
    date = format_datetime(published.astimezone(UTC), usegmt=True)
    items = "".join(
        f"<item><guid>{guid}</guid><title>{escape(title)}</title>"
        f"<link>https://news.example.org/{guid}</link>"
        f"<description>{escape(text)}</description><pubDate>{date}</pubDate></item>"
        for guid, title, text in ITEMS
    )
    path = folder / FEED
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Steppe news</title><link>https://news.example.org/</link>{items}"
        "</channel></rss>",
        encoding="utf-8",
    )
    return path.resolve().as_uri()


def write_watchlist(folder: Path, *people: str) -> str:
    """A watchlist beside the feed file, which it names by path."""
    path = folder / "watchlist.yaml"
    path.write_text("people:" + "".join(people) + f"feeds:\n  - path: {FEED}\n" + ALERTS)
    return str(path)


@pytest.fixture
def published() -> datetime:
    return datetime.now(UTC) - timedelta(hours=2)


@pytest.fixture
def feed_url(tmp_path: Path, published: datetime) -> str:
    return write_feed(tmp_path, published)


def monitor(
    args: list[str],
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> str:
    """Run the CLI; it must succeed. Returns what it printed."""
    monkeypatch.setenv("MONITOR_DATABASE_URL", database_url)
    status = main(args)
    out, err = capsys.readouterr()
    assert status == 0, err
    return out


def counts(database_url: str) -> dict[str, int]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return {
                table.__tablename__: int(
                    connection.execute(select(func.count()).select_from(table)).scalar_one()
                )
                for table in TABLES
            }
    finally:
        engine.dispose()


def test_reprocessing_twice_leaves_the_database_unchanged(
    tmp_path: Path,
    feed_url: str,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    watchlist = write_watchlist(tmp_path, DZHUMAYEV, BALTABAY)
    monitor(["poll", "--once", "--watchlist", watchlist], database_url, capsys, monkeypatch)
    polled = counts(database_url)
    assert polled["matches"] == 3  # Dzhumayev twice, Baltabay once; the weather is no match
    assert polled["status_changes"] == 2  # paroled, and imprisoned: news of yesterday
    assert polled["deliveries"] == 2  # one alert per status change

    out = monitor(["reprocess", "--watchlist", watchlist], database_url, capsys, monkeypatch)
    assert out.startswith("4 articles reprocessed: 3 matches, 0 new events, 0 status changes")
    first = counts(database_url)
    assert first == polled  # the rules have not changed since the poll

    out = monitor(["reprocess", "--watchlist", watchlist], database_url, capsys, monkeypatch)
    assert "0 new events, 0 status changes" in out
    assert counts(database_url) == first


def test_a_person_added_after_polling_is_found_in_the_archive(
    tmp_path: Path,
    feed_url: str,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    watchlist = write_watchlist(tmp_path, DZHUMAYEV)
    monitor(["poll", "--once", "--watchlist", watchlist], database_url, capsys, monkeypatch)
    before = counts(database_url)
    assert before["matches"] == 2

    watchlist = write_watchlist(tmp_path, DZHUMAYEV, BALTABAY)
    out = monitor(["reprocess", "--watchlist", watchlist], database_url, capsys, monkeypatch)
    assert "3 matches, 1 new events, 1 status changes" in out
    after = counts(database_url)
    assert after["matches"] == before["matches"] + 1
    assert after["events"] == before["events"] + 1

    out = monitor(
        ["matches", "--person", "baltabay-yerlan", "--format", "json", "--watchlist", watchlist],
        database_url,
        capsys,
        monkeypatch,
    )
    [match] = json.loads(out)
    assert match["article_url"] == "https://news.example.org/union"
    assert [(e["type"], e["current"]) for e in match["events"]] == [("sentenced", True)]

    out = monitor(
        ["status", "baltabay-yerlan", "--format", "json", "--watchlist", watchlist],
        database_url,
        capsys,
        monkeypatch,
    )
    [person] = json.loads(out)
    assert (person["known_status"], person["status"]) == ("detained", "imprisoned")
    [sentenced] = person["timeline"]
    assert sentenced["type"] == "sentenced"
    assert sentenced["status_change"] == {"from": "detained", "to": "imprisoned"}

    out = monitor(["reprocess", "--watchlist", watchlist], database_url, capsys, monkeypatch)
    assert counts(database_url) == after


def test_status_shows_a_parole_reported_yesterday_with_its_evidence_and_source(
    tmp_path: Path,
    published: datetime,
    feed_url: str,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    watchlist = write_watchlist(tmp_path, DZHUMAYEV)
    monitor(["poll", "--once", "--watchlist", watchlist], database_url, capsys, monkeypatch)

    out = monitor(
        ["status", "dzhumayev-ablovas", "--format", "json", "--watchlist", watchlist],
        database_url,
        capsys,
        monkeypatch,
    )
    [person] = json.loads(out)
    assert (person["id"], person["known_status"], person["status"]) == (
        "dzhumayev-ablovas",
        "imprisoned",
        "paroled",
    )
    yesterday = (published - timedelta(days=1)).date()
    assert person["since"][:10] == yesterday.isoformat()

    by_type = {(e["type"], e["current"]): e for e in person["timeline"]}
    parole = by_type[("parole_granted", True)]
    assert parole["evidence"] == "Ablovas Dzhumayev was released on parole yesterday."
    assert parole["date"] == yesterday.isoformat()
    assert parole["status_change"] == {"from": "imprisoned", "to": "paroled"}
    assert parole["feed_url"] == feed_url
    assert parole["article_url"] == "https://news.example.org/parole"
    assert parole["article_title"] == "Activist freed on parole"
    assert ("released", True) not in by_type  # a release on parole is not also a release

    # the profile's arrest in 2009 is in the timeline, as background that changed nothing
    arrest = by_type[("detained", False)]
    assert arrest["status_change"] is None
    assert arrest["article_url"] == "https://news.example.org/profile"

    out = monitor(["status", "--watchlist", watchlist], database_url, capsys, monkeypatch)
    assert "Ablovas Dzhumayev (dzhumayev-ablovas): paroled since " in out
