"""A reviewer's afternoon in headless Chromium (Debian's, driven by Playwright): log in,
filter the log, open a match, dismiss it, see the status revert. Screenshots are kept
in test-artifacts/. Without /usr/bin/chromium the test skips; in CI it fails instead."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.web.conftest import PASSWORD, USER, Site, serving

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def require_chromium() -> None:
    if CHROMIUM.is_file():
        return
    message = f"{CHROMIUM} is missing: apt-get install chromium to run the browser tests"
    if os.environ.get("CI"):
        pytest.fail(f"{message} (CI must run them)", pytrace=False)
    pytest.skip(message)


@pytest.fixture
def served(site: Site) -> Iterator[str]:
    with serving(site.app) as url:
        yield url


@pytest.fixture
def page(served: str) -> Iterator[object]:
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(base_url=served, viewport={"width": 1280, "height": 900})
            yield context.new_page()
        finally:
            browser.close()


def shot(page: object, name: str, database_url: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    kind = "postgresql" if database_url.startswith("postgresql") else "sqlite"
    page.screenshot(path=str(ARTIFACTS / f"web-{kind}-{name}.png"), full_page=True)  # type: ignore[attr-defined]


def test_a_reviewer_logs_in_filters_opens_a_match_dismisses_it_and_the_status_reverts(
    page: object, site: Site
) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    page.goto("/matches")
    expect(page).to_have_url(re.compile(r"/login\?next=/matches$"))
    page.get_by_label("Username").fill(USER)
    page.get_by_label("Password").fill(PASSWORD)
    shot(page, "1-login", site.database_url)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(r"/matches$"))
    expect(page.locator("ol.log > li")).to_have_count(4)

    page.get_by_label("Person").select_option(label="Vladimir Kozlov")
    page.get_by_label("Event").select_option("detained")
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("ol.log > li")).to_have_count(1)
    shot(page, "2-filtered-log", site.database_url)

    page.get_by_role("link", name="Vladimir Kozlov detained in Almaty").click()
    expect(page.locator("#person-status")).to_have_text("detained")
    expect(page.locator("mark.mention").first).to_have_text("Vladimir Kozlov")
    expect(page.locator(".article-text .evidence").first).to_be_visible()
    shot(page, "3-match", site.database_url)

    page.get_by_label("Note (for the audit log)").fill("old story, republished")
    page.get_by_role("button", name="Dismiss").click()
    expect(page.locator("#person-status")).to_have_text("imprisoned")
    expect(page.locator(".lead .review")).to_have_text("dismissed")
    expect(page.get_by_text("old story, republished").first).to_be_visible()
    shot(page, "4-dismissed", site.database_url)

    page.get_by_role("link", name="Vladimir Kozlov", exact=True).first.click()
    expect(page.locator("p.lead .status")).to_have_text("imprisoned")
    shot(page, "5-person", site.database_url)

    page.goto("/feeds")
    expect(page.get_by_text("<script>alert('feed')</script> Steppe News")).to_be_visible()
    page.goto("/")
    shot(page, "6-dashboard", site.database_url)
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    page.goto("/matches")
    shot(page, "7-phone-log", site.database_url)
    assert errors == []  # e.g. nothing the Content-Security-Policy refused
