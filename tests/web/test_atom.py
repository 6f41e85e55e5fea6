"""Atom feeds of events (`/feeds/events.atom`, `/feeds/people/ID.atom`,
`/feeds/tags/TAG.atom`): read with feedparser as a feed reader would, over the real app
and a database filled by real polls of loopback feeds."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import feedparser
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from monitor.adapters.db.tables import ArticleRow, MatchRow
from monitor.app.web import atom
from monitor.app.web.app import create_app
from tests.http_feeds import FeedServer
from tests.web.conftest import Site, rss, run

TAGGED = """
people:
  - id: kozlov-vladimir
    name: Vladimir Kozlov
    status: imprisoned
    tags: [kazakhstan]
  - id: bilash-serikzhan
    name: Serikzhan Bilash
    tags: [kazakhstan, bloggers]
  - id: yerimbetov-iskander
    name: Iskander Yerimbetov
    status: detained
  - id: nurlanova-dana
    name: Dana Nurlanova
    tags: [uzbekistan]
feeds:
  - url: {url}
"""
KOZLOV_EVIDENCE = "Police detained the activist Vladimir Kozlov in Almaty on Monday."
RELEASE = (
    "y1",
    "Dana Nurlanova walks free",
    "Dana Nurlanova was released from prison on Tuesday after serving his term.",
    1,
)


def poll_more(
    site: Site, capsys: pytest.CaptureFixture[str], items: list[tuple[str, str, str, int]]
) -> Path:
    """One more poll, of a loopback feed with ``items``, under a watchlist with tags."""
    watchlist = site.watchlist.with_name("tagged.yaml")
    with FeedServer() as server:
        server.route("/more.rss", body=rss("More", items, datetime.now(UTC)))
        watchlist.write_text(TAGGED.format(url=server.url("/more.rss")), encoding="utf-8")
        status, out = run(["poll", "--once", "--watchlist", str(watchlist)], capsys)
    assert status == 0, out
    return watchlist


@pytest.fixture
def reader(site: Site) -> Iterator[TestClient]:
    """A feed reader: no session, the token in the Authorization header."""
    app = create_app(site.database)
    with TestClient(app, headers={"Authorization": f"Bearer {site.token}"}) as client:
        yield client


def assert_rfc_4287(feed: ElementTree.Element) -> None:
    """What RFC 4287 requires of a feed and its entries (4.1.1, 4.1.2)."""
    atom = "{http://www.w3.org/2005/Atom}"
    assert feed.tag == atom + "feed"
    for name in ("id", "title", "updated", "author"):
        assert len(feed.findall(atom + name)) == 1, name
    assert feed.find(f"{atom}link[@rel='self']") is not None
    for entry in feed.findall(atom + "entry"):
        for name in ("id", "title", "updated", "summary"):
            assert len(entry.findall(atom + name)) == 1, name
        assert len(entry.findall(f"{atom}link[@rel='alternate']")) == 1
        for stamp in ("updated", "published"):
            for found in entry.findall(atom + stamp):
                assert found.text and found.text.endswith("Z") and "T" in found.text


def parsed(client: TestClient, path: str) -> Any:
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/atom+xml; charset=utf-8"
    assert_rfc_4287(ElementTree.fromstring(response.content))  # well-formed, strictly
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


def test_a_persons_feed_has_their_current_events_with_evidence_and_links(
    reader: TestClient,
) -> None:
    feed = parsed(reader, "/feeds/people/kozlov-vladimir.atom")

    assert feed.feed.title == "Events: Vladimir Kozlov"
    assert feed.feed.id == "tag:case-monitor,2026:feed/people/kozlov-vladimir"
    assert feed.feed.updated_parsed is not None
    [entry] = feed.entries
    assert entry.title == "Vladimir Kozlov: detained"
    assert entry.id.startswith("tag:case-monitor,2026:event/")
    assert entry.updated_parsed is not None and entry.published_parsed is not None
    assert KOZLOV_EVIDENCE in entry.summary
    assert "https://news.example.org/k1" in entry.summary
    links = {link.rel: link.href for link in entry.links}
    assert links["alternate"].startswith("http://testserver/matches/")
    assert links["related"] == "https://news.example.org/k1"
    assert reader.get(links["alternate"].removeprefix("http://testserver")).status_code in (
        200,
        303,  # the match page asks a browser to log in
    )


def test_the_overall_feed_is_newest_first_and_bounded(
    reader: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = parsed(reader, "/feeds/events.atom")
    titles = [e.title for e in feed.entries]
    assert "Vladimir Kozlov: detained" in titles and "Serikzhan Bilash: sentenced" in titles
    updated = [e.updated_parsed for e in feed.entries]
    assert updated == sorted(updated, reverse=True)
    ids = [int(e.id.rsplit("/", 1)[1]) for e in feed.entries]
    assert len(set(ids)) == len(ids)

    monkeypatch.setattr(atom, "MAX_ENTRIES", 1)
    assert len(parsed(reader, "/feeds/events.atom").entries) == 1


def test_a_token_in_the_url_works_and_is_never_echoed(site: Site) -> None:
    with TestClient(create_app(site.database)) as client:
        response = client.get("/feeds/events.atom", params={"token": site.token})
        assert response.status_code == 200
        assert site.token not in response.text
        feed = feedparser.parse(response.content)
    assert not feed.bozo and feed.entries
    assert {link.rel: link.href for link in feed.feed.links}["self"] == (
        "http://testserver/feeds/events.atom"
    )


def test_without_a_token_or_with_a_wrong_or_revoked_one_it_is_401(
    site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = ["/feeds/events.atom", "/feeds/people/kozlov-vladimir.atom"]
    with TestClient(create_app(site.database)) as client:
        for path in paths:
            assert client.get(path).status_code == 401
            assert client.get(path, params={"token": "cm_wrong"}).status_code == 401
            wrong = {"Authorization": "Bearer cm_wrong"}
            assert client.get(path, headers=wrong).status_code == 401
        status, _ = run(["tokens", "revoke", "tests", "--watchlist", str(site.watchlist)], capsys)
        assert status == 0
        for path in paths:
            assert client.get(path, params={"token": site.token}).status_code == 401
            bearer = {"Authorization": f"Bearer {site.token}"}
            response = client.get(path, headers=bearer)
            assert response.status_code == 401
            assert response.headers["www-authenticate"] == "Bearer"


def test_a_new_event_appears_after_another_poll_and_old_entries_keep_their_ids(
    site: Site, reader: TestClient, capsys: pytest.CaptureFixture[str]
) -> None:
    before = parsed(reader, "/feeds/events.atom")

    poll_more(site, capsys, [RELEASE])

    after = parsed(reader, "/feeds/events.atom")
    assert after.entries[0].title == "Dana Nurlanova: released"
    assert "was released from prison on Tuesday" in after.entries[0].summary
    assert [e.id for e in after.entries[1:]] == [e.id for e in before.entries]
    person = parsed(reader, "/feeds/people/nurlanova-dana.atom")
    assert [e.title for e in person.entries] == ["Dana Nurlanova: released"]


def test_a_tags_feed_has_the_events_of_the_people_with_that_tag(
    site: Site, reader: TestClient, capsys: pytest.CaptureFixture[str]
) -> None:
    poll_more(site, capsys, [RELEASE])

    kazakhstan = parsed(reader, "/feeds/tags/kazakhstan.atom")
    bloggers = parsed(reader, "/feeds/tags/bloggers.atom")
    uzbekistan = parsed(reader, "/feeds/tags/uzbekistan.atom")

    assert kazakhstan.feed.title == "Events: tag kazakhstan"
    assert {e.title for e in kazakhstan.entries} == {
        "Vladimir Kozlov: detained",
        "Serikzhan Bilash: sentenced",
    }
    assert [e.title for e in bloggers.entries] == ["Serikzhan Bilash: sentenced"]
    assert [e.title for e in uzbekistan.entries] == ["Dana Nurlanova: released"]
    assert reader.get("/feeds/tags/nowhere.atom").status_code == 404


def test_markup_cdata_ends_and_control_characters_in_a_title_come_out_escaped(
    site: Site, reader: TestClient
) -> None:
    hostile = "<script>alert(1)</script> ]]> Kozlov\x01\x0b\x1b\ufffe freed? &amp; <b>"
    with site.database.transaction() as session:
        article_id = session.scalar(
            select(MatchRow.article_id).where(MatchRow.person_id == "kozlov-vladimir")
        )
        session.execute(update(ArticleRow).where(ArticleRow.id == article_id).values(title=hostile))

    response = reader.get("/feeds/people/kozlov-vladimir.atom")

    assert b"<script>" not in response.content and b"]]>" not in response.content
    assert b"&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; Kozlov freed?" in response.content
    feed = parsed(reader, "/feeds/people/kozlov-vladimir.atom")
    assert feed.entries[0].summary_detail.type == "text/plain"  # text, never markup
    assert "Source: <script>alert(1)</script> ]]> Kozlov freed? &amp; <b>" in (
        feed.entries[0].summary
    )


def test_a_dismissed_matchs_event_leaves_the_feed(reader: TestClient) -> None:
    [entry] = parsed(reader, "/feeds/people/kozlov-vladimir.atom").entries
    match_id = int(entry.link.rsplit("/", 1)[1])

    answer = reader.post(f"/api/matches/{match_id}/review", json={"action": "dismiss"})

    assert answer.status_code == 200, answer.text
    assert parsed(reader, "/feeds/people/kozlov-vladimir.atom").entries == []
    assert all(e.id != entry.id for e in parsed(reader, "/feeds/events.atom").entries)


def test_background_events_come_only_when_asked(
    site: Site, reader: TestClient, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = (
        "p1",
        "A profile of Dana Nurlanova",
        "Dana Nurlanova was arrested in November 2017 and later sentenced to seven years. "
        "He now teaches history at a school in Almaty.",
        1,
    )
    poll_more(site, capsys, [profile])

    news = parsed(reader, "/feeds/people/nurlanova-dana.atom")
    everything = parsed(reader, "/feeds/people/nurlanova-dana.atom?background=1")

    assert news.entries == []
    assert everything.entries
    assert all(e.title.endswith("(background)") for e in everything.entries)


def test_an_unknown_person_is_404(reader: TestClient) -> None:
    response = reader.get("/feeds/people/nobody-at-all.atom")
    assert response.status_code == 404
    assert "no person &#39;nobody-at-all&#39;" in response.text


def test_the_persons_page_links_to_their_feed(browser_client: TestClient) -> None:
    page = browser_client.get("/people/kozlov-vladimir")
    assert 'href="/feeds/people/kozlov-vladimir.atom"' in page.text
    assert parsed(browser_client, "/feeds/people/kozlov-vladimir.atom").entries


@pytest.mark.slow(reason="runs `monitor web` as a real process")
def test_monitor_web_masks_the_token_in_its_access_log(site: Site, tmp_path: Path) -> None:
    keep = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    env = keep | {
        "MONITOR_DATABASE_URL": site.database_url,
        "MONITOR_WATCHLIST": str(site.watchlist),
    }
    web = subprocess.Popen(
        [sys.executable, "-m", "monitor.app.cli", "web", "--port", "0"],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert web.stderr is not None
        address = web.stderr.readline().rsplit(" ", 1)[-1].strip()
        assert address.startswith("http://127.0.0.1:"), address
        url = address + "feeds/events.atom?token=" + site.token
        with urllib.request.urlopen(url, timeout=10) as answer:
            assert answer.status == 200
            assert not feedparser.parse(answer.read()).bozo
        web.terminate()
        out, err = web.communicate(timeout=30)
    finally:
        if web.poll() is None:
            web.kill()
            web.communicate()
    assert "GET /feeds/events.atom?token=*** HTTP/1.1" in out  # uvicorn's access log
    assert site.token not in out + err


def test_the_feed_is_valid_without_events(
    site: Site, reader: TestClient, capsys: pytest.CaptureFixture[str]
) -> None:
    poll_more(site, capsys, [])  # Dana Nurlanova joins the watchlist; nothing about her

    feed = parsed(reader, "/feeds/people/nurlanova-dana.atom")

    assert feed.entries == [] and feed.feed.updated_parsed is not None
