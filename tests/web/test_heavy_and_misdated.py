"""The review page of an article that names a person 20,000 times marks a bounded number of
mentions, and an item the feed dated 2099 shows that date as claimed, not trusted. Both go
through the real pipeline (`monitor poll --once` against a loopback feed)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from monitor.adapters.db.session import open_database
from monitor.adapters.db.tables import ArticleRow, MatchRow, PersonRow
from monitor.app.web.app import create_app
from monitor.core.intake import MAX_TEXT_CHARS
from monitor.core.scan import MAX_MENTIONS
from tests.http_feeds import FeedServer
from tests.web.conftest import PASSWORD, USER, log_in, run

pytestmark = pytest.mark.slow(reason="polls an article naming someone 20,000 times")

SENTENCE = "Vladimir Kozlov spoke about the harvest in the northern region again. "
WATCHLIST = """
people:
  - id: kozlov-vladimir
    name: Vladimir Kozlov
    status: imprisoned
  - id: bilash-serikzhan
    name: Serikzhan Bilash
    status: detained
feeds:
  - url: {url}
"""


def item(guid: str, title: str, text: str, published: str) -> str:
    return (
        f"<item><guid>{guid}</guid><title>{title}</title><description>{text}</description>"
        f"<pubDate>{published}</pubDate></item>"
    )


def document(now: datetime) -> bytes:
    heavy = item("heavy", "Vladimir Kozlov, again", SENTENCE * 20_000, format_datetime(now))
    misdated = item(
        "misdated",
        "Bilash freed",
        "Serikzhan Bilash was released from prison.",
        "Mon, 28 Dec 2099 10:00:00 +0000",
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
        f"{heavy}{misdated}</channel></rss>"
    ).encode()


@pytest.fixture
def client(
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Iterator[TestClient]:
    monkeypatch.setenv("MONITOR_DATABASE_URL", database_url)
    watchlist = tmp_path / "watchlist.yaml"
    with FeedServer() as server:
        server.route("/wire.rss", body=document(datetime.now(UTC) - timedelta(hours=1)))
        watchlist.write_text(WATCHLIST.format(url=server.url("/wire.rss")))
        status, out = run(["poll", "--once", "--watchlist", str(watchlist)], capsys)
        assert status == 0, out
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    status, out = run(["users", "add", USER, "--watchlist", str(watchlist)], capsys)
    assert status == 0, out
    database = open_database(database_url)
    try:
        with TestClient(create_app(database)) as browser:
            log_in(browser)
            yield browser
    finally:
        database.dispose()


def match_of(client: TestClient, person_id: str) -> int:
    found = client.get("/api/matches", params={"person": person_id}).json()
    assert len(found) == 1
    return int(found[0]["id"])


def test_an_article_naming_someone_20000_times_keeps_and_marks_the_first_mentions_only(
    client: TestClient, database_url: str
) -> None:
    database = open_database(database_url)
    try:
        with database.transaction() as session:
            text = session.scalars(select(ArticleRow.text).where(ArticleRow.title.like("V%"))).one()
            match = session.scalars(
                select(MatchRow).where(MatchRow.person_id == "kozlov-vladimir")
            ).one()
            assert len(text) == MAX_TEXT_CHARS  # cut at intake
            assert len(match.mentions) == MAX_MENTIONS
            assert match.mention_count == text.count("Vladimir Kozlov") + 1  # and the title's
    finally:
        database.dispose()
    html = client.get(f"/matches/{match_of(client, 'kozlov-vladimir')}").text
    legend = 1
    assert html.count('<mark class="mention"') == MAX_MENTIONS + legend
    links = html.count('<a href="#mention-')  # one per marked mention in the body
    assert links == len(re.findall(r'id="mention-\d+"', html)) == MAX_MENTIONS - 1  # 1 in the title
    assert f"Named {match.mention_count} times; the first {MAX_MENTIONS} are shown." in html


def test_an_item_dated_2099_is_dated_at_its_fetch_and_shows_the_claimed_date(
    client: TestClient, database_url: str
) -> None:
    html = client.get(f"/matches/{match_of(client, 'bilash-serikzhan')}").text
    assert "Dated 2099-12-28 by the feed; not trusted, dated at fetch time." in html
    assert "Published 2099" not in html
    database = open_database(database_url)
    try:
        with database.transaction() as session:
            since = session.scalars(
                select(PersonRow.status_since).where(PersonRow.id == "bilash-serikzhan")
            ).one()
    finally:
        database.dispose()
    assert since is not None and since <= datetime.now(UTC)
