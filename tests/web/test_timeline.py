"""The cross-person timeline ("this week", newest first, by tag) and its SVG charts."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import Site, run


@pytest.fixture
def tagged(site: Site, capsys: pytest.CaptureFixture[str]) -> Site:
    text = site.watchlist.read_text().replace(
        "name: Vladimir Kozlov\n", "name: Vladimir Kozlov\n    tags: [kazakhstan]\n"
    )
    site.watchlist.write_text(text)
    status, out = run(["status", "--watchlist", str(site.watchlist)], capsys)
    assert status == 0, out
    return site


def people_listed(html: str) -> list[str]:
    week = html.split('id="week"', 1)[1].split("</section>", 1)[0]
    return re.findall(r'<a href="/people/([^"]+)">', week)


def test_this_week_lists_every_current_event_newest_first(browser_client: TestClient) -> None:
    html = browser_client.get("/timeline").text
    # Kozlov was detained and Bilash sentenced this week (the seed article names Yerimbetov)
    assert {"kozlov-vladimir", "bilash-serikzhan"} <= set(people_listed(html))
    week = html.split('id="week"', 1)[1]
    days = re.findall(r"<li>\s*<div><strong>(\d{4}-\d\d-\d\d)</strong>", week)
    assert days and days == sorted(days, reverse=True)
    assert "Police detained the activist Vladimir Kozlov" in html
    assert re.search(r"imprisoned</span> → <span[^>]*>detained", html)


def test_the_timeline_filters_by_tag(browser_client: TestClient, tagged: Site) -> None:
    html = browser_client.get("/timeline", params={"tag": "kazakhstan"}).text
    assert people_listed(html) == ["kozlov-vladimir"]
    assert '<option value="kazakhstan" selected>' in html
    assert people_listed(browser_client.get("/timeline", params={"tag": "nowhere"}).text) == []


def test_an_earlier_week_has_no_events_and_links_back(browser_client: TestClient) -> None:
    html = browser_client.get("/timeline", params={"until": "2020-01-07"}).text
    assert "2020-01-01 to 2020-01-07" in html and people_listed(html) == []
    assert "until=2020-01-14" in html  # the later week
    assert "is not a date" in browser_client.get("/timeline?until=soon").text


def test_the_charts_are_svg_drawn_by_the_server_with_their_numbers(
    browser_client: TestClient,
) -> None:
    answer = browser_client.get("/timeline")
    assert "script-src 'self'" in answer.headers["content-security-policy"]
    html = answer.text
    assert "<script" not in html and " style=" not in html  # the policy allows neither
    svgs = re.findall(r'<svg class="chart".*?</svg>', html, re.S)
    assert len(svgs) == 2
    for svg in svgs:
        root = ET.fromstring(svg)  # well-formed XML
        assert root.get("viewBox") == "0 0 640 260" and root.get("width") == "100%"
        assert root.find("{http://www.w3.org/2000/svg}title") is not None
    status_chart, events_chart = svgs
    # this week: three people, one bar segment per status at least
    assert "detained</title>" in status_chart and "imprisoned</title>" in status_chart
    numbers = html.split('id="events-chart"', 1)[1].split("</section>", 1)[0]
    counts = [int(n) for n in re.findall(r"<td>(\d+)</td></tr>", numbers)]
    assert len(counts) == 12 and counts[-1] >= 2  # this week's arrest and sentence
    assert "Current events per week" in events_chart
