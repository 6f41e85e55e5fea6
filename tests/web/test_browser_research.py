"""A researcher's visit in headless Chromium: find a person by another spelling, read
their case file, then the week's timeline and its charts, on a desktop and on a phone,
and confirm two matches at once.
Screenshots go to test-artifacts/ (see test_browser.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from monitor.app.web.app import create_app
from tests.web.conftest import PASSWORD, USER, Site, serving
from tests.web.test_browser import (  # noqa: F401 (page and served are fixtures)
    CHROMIUM,
    CHROMIUM_ARGS,
    page,
    require_chromium,
    served,
    shot,
)


@pytest.fixture
def editing_page(site: Site) -> Iterator[object]:
    """A Chromium page on a UI that may write the site's watchlist file."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    app = create_app(site.database, watchlist=site.watchlist)
    with serving(app) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(base_url=url, viewport={"width": 1280, "height": 900})
            yield context.new_page()
        finally:
            browser.close()


def test_a_researcher_finds_a_person_reads_the_case_file_and_the_weekly_timeline(
    page: object,  # noqa: F811
    site: Site,
) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto("/people")
    page.get_by_label("Username").fill(USER)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    page.get_by_label("Name").fill("Билаш")  # the Cyrillic spelling
    page.get_by_role("button", name="Find").click()
    expect(page.locator("table.people tbody tr")).to_have_count(1)
    shot(page, "research-1-people", site.database_url)
    page.get_by_role("link", name="Serikzhan Bilash").click()

    case = page.locator("#case-file")
    expect(case).to_contain_text("7 years, handed down")
    expect(case.locator(".source").first).to_contain_text("Source:")
    shot(page, "research-2-case-file", site.database_url)

    page.get_by_role("link", name="Timeline").click()
    expect(page.locator("#week ol.timeline > li").first).to_be_visible()
    expect(page.locator("svg.chart")).to_have_count(2)
    shot(page, "research-3-timeline", site.database_url)

    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    page.reload()
    chart = page.locator("#status-chart svg.chart").bounding_box()
    assert chart is not None and 200 < chart["width"] <= 390  # scaled to the screen
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways on a phone ({width}px)"
    shot(page, "research-4-phone-timeline", site.database_url)

    page.goto("/matches")  # review several at once, still on the phone
    page.get_by_label("select match #1").check()
    page.get_by_label("select match #2").check()
    page.get_by_role("button", name="Confirm selected").click()
    expect(page.get_by_role("status")).to_have_text("2 matches confirmed.")
    expect(page.locator("#match-1 .review")).to_have_text("confirmed")
    shot(page, "research-5-phone-bulk-review", site.database_url)
    assert errors == []  # nothing the Content-Security-Policy refused


def test_a_researcher_adds_a_person_and_finds_them_by_another_spelling(
    editing_page: object, site: Site
) -> None:
    from playwright.sync_api import Page, expect

    tab = editing_page
    assert isinstance(tab, Page)
    tab.goto("/people/new")
    tab.get_by_label("Username").fill(USER)
    tab.get_by_label("Password").fill(PASSWORD)
    tab.get_by_role("button", name="Log in").click()
    tab.get_by_label("Name, as the organisation spells it").fill("Aidar Nurlanov")
    tab.get_by_label("Other spellings").fill("Айдар Нурланов")
    tab.get_by_label("Tags").fill("kazakhstan")
    tab.get_by_label("Note (for the audit log)").fill("from the hotline")
    tab.get_by_role("button", name="Add to the watchlist").click()
    expect(tab.get_by_role("status")).to_have_text("Saved to the watchlist file.")
    expect(tab.locator("h1")).to_have_text("Aidar Nurlanov")
    expect(tab.locator(".rows")).to_contain_text("from the hotline")  # the audit log
    shot(tab, "research-6-person-added", site.database_url)
    assert "  - id: aidar-nurlanov\n    name: Aidar Nurlanov\n" in site.watchlist.read_text()

    tab.goto("/people?q=Нурланов")
    expect(tab.locator("table.people tbody tr")).to_have_count(1)
    expect(tab.locator("table.people")).to_contain_text("Aidar Nurlanov")
