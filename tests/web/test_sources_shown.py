"""Where a match's text came from and where a feed came from, as the pages show them;
anchors that jump to the mentions and the evidence in a long article."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy import update

from monitor.adapters.db.tables import ArticleRow, FeedRow, MatchRow
from tests.web.conftest import Site


def kozlov_match(client: TestClient) -> int:
    [found] = client.get("/api/matches", params={"person": "kozlov-vladimir"}).json()
    return int(found["id"])


def text_source(client: TestClient, match_id: int) -> str:
    html = client.get(f"/matches/{match_id}").text
    found = re.search(r'<p class="muted small" id="text-source">(.*?)</p>', html, re.S)
    assert found, "the match page does not say where its text came from"
    return found.group(1)


def test_the_match_page_says_whether_the_full_text_was_used(
    browser_client: TestClient, api: TestClient, site: Site
) -> None:
    match_id = kozlov_match(api)
    assert "as the feed gave it" in text_source(browser_client, match_id)
    for stored, shown in [
        ("page", "the article's own page"),
        ("failed: http_4xx (404)", "could not be read (http_4xx (404))"),
    ]:
        with site.database.transaction() as session:
            session.execute(update(ArticleRow).values(full_text=stored))
        assert shown in text_source(browser_client, match_id)


def test_the_feeds_page_shows_a_search_feeds_source_and_a_discovered_feed(
    browser_client: TestClient, site: Site
) -> None:
    with site.database.transaction() as session:
        session.execute(
            update(FeedRow)
            .where(FeedRow.url.like("%steppe%"))
            .values(
                source="search for kozlov-vladimir",
                discovered_url="https://news.example.org/feed.xml",
            )
        )
    html = browser_client.get("/feeds").text
    assert "From the watchlist's search for kozlov-vladimir" in html
    assert 'href="https://news.example.org/feed.xml"' in html


def test_the_match_page_links_to_each_mention_and_the_evidence(
    browser_client: TestClient, api: TestClient
) -> None:
    html = browser_client.get(f"/matches/{kozlov_match(api)}").text
    assert '<a href="#evidence-1">Jump to the evidence</a>' in html
    assert 'id="evidence-1"' in html
    for n in re.findall(r'<a href="#mention-(\d+)">', html):
        assert f'id="mention-{n}"' in html
    assert 'id="mention-1"' in html


def test_the_match_page_says_the_language_and_when_it_is_not_read(
    browser_client: TestClient, api: TestClient, site: Site
) -> None:
    match_id = kozlov_match(api)
    for stored, shown in [("ru", "Language: ru."), ("de", "Language: de: not read")]:
        with site.database.transaction() as session:
            session.execute(update(MatchRow).values(lang=stored))
        html = browser_client.get(f"/matches/{match_id}").text
        found = re.search(r'<p class="muted small" id="text-language">(.*?)</p>', html, re.S)
        assert found and shown in found.group(1)
