"""Adding and editing people and feeds from the UI: the watchlist file keeps its comments
and order, the database follows it at once, and every change is in the audit log."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from monitor.adapters.db.tables import FeedRow, PersonRow, ReviewActionRow
from monitor.app.web.app import create_app
from tests.web.conftest import Site, csrf_of, log_in

HEADER = "# Our people: keep this list in the order of the cases\n"


@pytest.fixture
def editor(site: Site) -> Iterator[TestClient]:
    """A logged-in client of a UI that may write the site's watchlist (with comments)."""
    text = site.watchlist.read_text().replace(
        "  - id: bilash-serikzhan\n", "  - id: bilash-serikzhan  # since 2019\n"
    )
    site.watchlist.write_text(HEADER + text)
    app = create_app(site.database, watchlist=site.watchlist)
    with TestClient(app) as client:
        log_in(client)
        yield client


def token(client: TestClient, path: str = "/people/new") -> str:
    return csrf_of(client.get(path).text)


def audit(site: Site, action: str) -> list[ReviewActionRow]:
    with site.database.transaction() as session:
        query = select(ReviewActionRow).where(ReviewActionRow.action == action)
        return list(session.scalars(query))


def test_a_person_added_in_the_ui_is_written_after_the_others_with_comments_kept(
    editor: TestClient, site: Site
) -> None:
    before = site.watchlist.read_text()
    answer = editor.post(
        "/people/new",
        data={
            "name": "Aidar  Nurlanov",
            "aliases": "Айдар Нурланов\n\nNurlanov A.",
            "status": "detained",
            "tags": "kazakhstan, journalists",
            "context": "Ural",
            "note": "new case from the hotline",
            "csrf_token": token(editor),
        },
        follow_redirects=False,
    )
    assert answer.status_code == 303
    assert answer.headers["location"] == "/people/aidar-nurlanov?saved=watchlist"
    after = site.watchlist.read_text()
    assert after.startswith(HEADER) and "  - id: bilash-serikzhan  # since 2019\n" in after
    assert after.index("yerimbetov-iskander") < after.index("aidar-nurlanov")
    assert after.index("aidar-nurlanov") < after.index("feeds:")
    assert "aliases: [Айдар Нурланов, Nurlanov A.]" in after
    assert "tags: [kazakhstan, journalists]" in after
    people, feeds = before.split("feeds:\n")
    assert after.startswith(people) and after.endswith("feeds:\n" + feeds)  # the rest as it was
    page = editor.get(answer.headers["location"]).text
    assert "Saved to the watchlist file." in page and "Nurlanov A." in page
    [action] = audit(site, "watchlist_add_person")
    assert action.person_id == "aidar-nurlanov" and action.note == "new case from the hotline"
    assert action.detail is not None and action.detail["before"] is None
    assert action.detail["after"]["tags"] == ["kazakhstan", "journalists"]


def test_a_person_edited_in_the_ui_changes_in_place(editor: TestClient, site: Site) -> None:
    form = editor.get("/people/bilash-serikzhan/edit").text
    assert 'value="Serikzhan Bilash"' in form
    answer = editor.post(
        "/people/bilash-serikzhan/edit",
        data={
            "name": "Serikzhan Bilash",
            "aliases": "Серикжан Билаш",
            "status": "",
            "tags": "china",
            "context": "",
            "csrf_token": csrf_of(form),
        },
        follow_redirects=False,
    )
    assert answer.status_code == 303
    text = site.watchlist.read_text()
    entry = text.split("  - id: bilash-serikzhan  # since 2019\n", 1)[1].split("  - id:", 1)[0]
    assert "aliases: [Серикжан Билаш]" in entry and "tags: [china]" in entry
    with site.database.transaction() as session:
        person = session.get(PersonRow, "bilash-serikzhan")
        assert person is not None and person.aliases == ["Серикжан Билаш"]
    [action] = audit(site, "watchlist_edit_person")
    assert action.detail == {
        "before": {"name": "Serikzhan Bilash"},
        "after": {"name": "Serikzhan Bilash", "aliases": ["Серикжан Билаш"], "tags": ["china"]},
    }
    unchanged = editor.post(
        "/people/bilash-serikzhan/edit",
        data={
            "name": "Serikzhan Bilash",
            "aliases": "Серикжан Билаш",
            "tags": "china",
            "csrf_token": csrf_of(form),
        },
    )
    assert unchanged.status_code == 200 and len(audit(site, "watchlist_edit_person")) == 1


def test_an_edit_that_would_make_the_file_invalid_writes_nothing(
    editor: TestClient, site: Site
) -> None:
    before = site.watchlist.read_text()
    bad = editor.post(
        "/people/new", data={"name": "Someone", "id": "Not A Slug", "csrf_token": token(editor)}
    )
    assert bad.status_code == 200 and "is not a slug" in bad.text
    taken = editor.post(
        "/people/new",
        data={"name": "Vladimir Kozlov", "csrf_token": token(editor), "id": "kozlov-vladimir"},
    )
    assert "the id &#39;kozlov-vladimir&#39; is taken" in taken.text
    nameless = editor.post("/people/new", data={"name": " ", "csrf_token": token(editor)})
    assert "name: required" in nameless.text
    assert site.watchlist.read_text() == before
    assert audit(site, "watchlist_add_person") == []


def test_a_feed_added_in_the_ui_is_written_synced_and_audited(
    editor: TestClient, site: Site
) -> None:
    url = "https://news.example.org/new.rss"
    data = {"url": url, "interval": "30m", "full_text": "always", "csrf_token": token(editor)}
    answer = editor.post("/feeds/add", data=data, follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/feeds?feed=added"
    text = site.watchlist.read_text()
    assert f"  - url: {url}\n    interval: 30m\n    full_text: always\n" in text
    with site.database.transaction() as session:
        feed = session.scalars(select(FeedRow).where(FeedRow.url == url)).one()
        assert feed.active and feed.interval_seconds == 1800
    page = editor.get("/feeds?feed=added").text
    assert "Feed added to the watchlist file" in page and "watchlist add feed" in page
    again = editor.post("/feeds/add", data=data, follow_redirects=False)
    assert again.headers["location"] == "/feeds?feed=unchanged"
    assert len(audit(site, "watchlist_add_feed")) == 1
    bad = editor.post("/feeds/add", data={**data, "url": "javascript:alert(1)"})
    assert bad.status_code == 400
    wrong = editor.post("/feeds/add", data={**data, "url": url + "2", "interval": "often"})
    assert wrong.status_code == 400 and "nothing written" in wrong.text


def test_edits_need_the_csrf_token_and_a_watchlist_file(
    editor: TestClient, browser_client: TestClient, site: Site
) -> None:
    before = site.watchlist.read_text()
    assert editor.post("/people/new", data={"name": "X Y"}).status_code == 403
    assert editor.post("/feeds/add", data={"url": "https://a.example/rss"}).status_code == 403
    no_file = browser_client.post(  # the site's own app was made without a watchlist
        "/people/new", data={"name": "X Y", "csrf_token": token(browser_client)}
    )
    assert no_file.status_code == 409
    assert "no watchlist file" in browser_client.get("/people/new").text
    assert site.watchlist.read_text() == before


def test_a_feed_listed_in_the_file_is_edited_in_place(editor: TestClient, site: Site) -> None:
    with site.database.transaction() as session:
        steppe = session.scalars(select(FeedRow.url).where(FeedRow.url.like("%steppe%"))).one()
    feeds = editor.get("/feeds").text
    assert "/feeds/edit?url=" in feeds
    form = editor.get("/feeds/edit", params={"url": steppe})
    assert form.status_code == 200 and steppe in form.text
    data = {"url": steppe, "interval": "2h", "full_text": "never", "csrf_token": csrf_of(form.text)}
    answer = editor.post("/feeds/edit", data=data, follow_redirects=False)
    assert answer.headers["location"] == "/feeds?feed=updated"
    assert (
        f"  - url: {steppe}\n    interval: 2h\n    full_text: never\n" in site.watchlist.read_text()
    )
    with site.database.transaction() as session:
        feed = session.scalars(select(FeedRow).where(FeedRow.url == steppe)).one()
        assert feed.interval_seconds == 7200
    [action] = audit(site, "watchlist_edit_feed")
    assert action.detail == {
        "feed": {"url": steppe},
        "before": {},
        "after": {"interval": "2h", "full_text": "never"},
    }
    back = editor.post("/feeds/edit", data={**data, "interval": "", "full_text": ""})
    assert back.status_code == 200
    assert f"  - url: {steppe}\n  - url:" in site.watchlist.read_text()  # the defaults again
    missing = editor.get("/feeds/edit", params={"url": "https://elsewhere.example/rss"})
    assert missing.status_code == 404
