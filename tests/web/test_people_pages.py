"""The people page (search, status and tag filters, order) and what a person's page
shows of the watchlist: aliases, tags, context."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from monitor.adapters.db import people
from tests.web.conftest import Site, run

PROFILE = """
  - id: kozlov-vladimir
    name: Vladimir Kozlov
    aliases: [Владимир Козлов]
    status: imprisoned
    tags: [kazakhstan, opposition]
    context: [Alga, Zhanaozen]
"""


@pytest.fixture
def profiled(site: Site, capsys: pytest.CaptureFixture[str]) -> Site:
    """The site's watchlist with aliases, tags and context for Kozlov, synced."""
    text = site.watchlist.read_text()
    text = text.replace(
        "\n  - id: kozlov-vladimir\n    name: Vladimir Kozlov\n    status: imprisoned\n", PROFILE
    )
    text = text.replace("name: Serikzhan Bilash\n", "name: Serikzhan Bilash\n    tags: [china]\n")
    site.watchlist.write_text(text)
    status, out = run(["status", "--watchlist", str(site.watchlist)], capsys)
    assert status == 0, out
    return site


def listed(client: TestClient, **query: str) -> list[str]:
    html = client.get("/people", params=query).text
    return re.findall(r'<tr id="person-([^"]+)"', html)


def test_the_people_page_finds_a_person_by_any_spelling(
    browser_client: TestClient, profiled: Site
) -> None:
    assert listed(browser_client, q="Kozlov") == ["kozlov-vladimir"]
    assert listed(browser_client, q="Козлов") == ["kozlov-vladimir"]
    assert listed(browser_client, q="Erimbetov") == ["yerimbetov-iskander"]
    assert listed(browser_client, q="nobody-at-all") == []
    assert "Nobody matches these filters" in browser_client.get("/people?q=zzz").text


def test_the_people_page_filters_by_status_and_tag(
    browser_client: TestClient, profiled: Site
) -> None:
    assert listed(browser_client, tag="kazakhstan") == ["kozlov-vladimir"]
    assert listed(browser_client, tag="china") == ["bilash-serikzhan"]
    # the poll found Kozlov detained and Bilash sentenced; the watchlist says Yerimbetov is detained
    assert listed(browser_client, status="detained") == ["kozlov-vladimir", "yerimbetov-iskander"]
    assert listed(browser_client, status="imprisoned", tag="china") == ["bilash-serikzhan"]
    html = browser_client.get("/people", params={"status": "jailed"}).text
    assert "status: unknown &#39;jailed&#39;" in html


def test_the_people_page_sorts_by_the_last_status_change_or_by_name(
    browser_client: TestClient, profiled: Site
) -> None:
    with profiled.database.transaction() as session:
        since = {p.id: p.status_since for p in people.people_summaries(session)}
    changed = sorted((p for p in since if since[p]), key=lambda p: since[p], reverse=True)
    assert changed and "yerimbetov-iskander" not in changed  # no event changed his status
    assert listed(browser_client) == [*changed, "yerimbetov-iskander"]
    assert listed(browser_client, order="name") == [
        "yerimbetov-iskander",
        "bilash-serikzhan",
        "kozlov-vladimir",
    ]
    assert "order: unknown" in browser_client.get("/people?order=random").text


def test_a_persons_page_shows_aliases_tags_and_context(
    browser_client: TestClient, profiled: Site
) -> None:
    html = browser_client.get("/people/kozlov-vladimir").text
    profile = html.split('<dl class="profile">', 1)[1].split("</dl>", 1)[0]
    assert "Владимир Козлов" in profile
    assert 'href="/people?tag=kazakhstan"' in profile and "opposition" in profile
    assert "Alga · Zhanaozen" in profile


def test_a_watchlist_that_drops_an_alias_drops_it_from_the_page(
    browser_client: TestClient, profiled: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    profiled.watchlist.write_text(
        profiled.watchlist.read_text().replace("    aliases: [Владимир Козлов]\n", "")
    )
    status, out = run(["status", "--watchlist", str(profiled.watchlist)], capsys)
    assert status == 0, out
    assert "Владимир Козлов" not in browser_client.get("/people/kozlov-vladimir").text
    assert listed(browser_client, q="Козлов") == ["kozlov-vladimir"]  # the same family
