"""A person's case file on their page: status and since when, the last known place, the
sentence, the next hearing, each with its source; and a hand-set status with the day it
took effect."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from monitor.adapters.db import review
from monitor.adapters.db.tables import PersonRow, ReviewActionRow
from tests.http_feeds import FeedServer
from tests.web.conftest import Site, csrf_of, rss, run


@pytest.fixture
def hearing_day() -> datetime:
    return datetime.now(UTC) + timedelta(days=40)


@pytest.fixture
def reported(site: Site, capsys: pytest.CaptureFixture[str], hearing_day: datetime) -> Site:
    """A second feed reports Kozlov's transfer and his next hearing."""
    now = datetime.now(UTC)
    day = f"{hearing_day:%B} {hearing_day.day}, {hearing_day.year}"
    items = [
        (
            "t1",
            "Vladimir Kozlov moved to a colony",
            "Vladimir Kozlov was transferred to penal colony No. 3 in Karaganda on Monday. "
            f"His appeal hearing is scheduled for {day}.",
            1,
        )
    ]
    with FeedServer() as server:
        server.route("/courts.rss", body=rss("Courts", items, now))
        text = site.watchlist.read_text().replace(
            "feeds:\n", f"feeds:\n  - url: {server.url('/courts.rss')}\n"
        )
        site.watchlist.write_text(text)
        status, out = run(["poll", "--once", "--watchlist", str(site.watchlist)], capsys)
        assert status == 0, out
    return site


def case_file(client: TestClient, person: str) -> str:
    html = client.get(f"/people/{person}").text
    return html.split('id="case-file"', 1)[1].split("</section>", 1)[0]


def test_the_case_file_gives_the_sentence_and_its_source(browser_client: TestClient) -> None:
    case = case_file(browser_client, "bilash-serikzhan")
    sentence = case.split("<dt>Sentence</dt>", 1)[1].split("</dd>", 1)[0]
    assert "7 years, handed down" in sentence
    assert "sentenced Serikzhan Bilash to seven years in prison" in sentence
    assert 'href="/matches/' in sentence
    status = case.split("<dt>Status</dt>", 1)[1].split("</dd>", 1)[0]
    assert "imprisoned" in status and "since" in status and "Source:" in status


def test_the_case_file_gives_the_last_known_place_and_the_next_hearing(
    browser_client: TestClient, reported: Site, hearing_day: datetime
) -> None:
    case = case_file(browser_client, "kozlov-vladimir")
    place = case.split("<dt>Last known place</dt>", 1)[1].split("</dd>", 1)[0]
    assert "penal colony No. 3 in Karaganda" in place and "Source:" in place
    hearing = case.split("<dt>Next hearing</dt>", 1)[1].split("</dd>", 1)[0]
    assert hearing_day.date().isoformat() in hearing
    assert "Vladimir Kozlov moved to a colony" in hearing


def test_a_case_without_facts_says_so(browser_client: TestClient) -> None:
    case = case_file(browser_client, "yerimbetov-iskander")
    assert "not reported" in case and "no length reported" in case and "none announced" in case
    assert "As the watchlist gives it." in case


def test_a_hand_set_status_carries_the_day_it_took_effect(
    browser_client: TestClient, site: Site
) -> None:
    page = browser_client.get("/people/kozlov-vladimir").text
    answer = browser_client.post(
        "/people/kozlov-vladimir/status",
        data={
            "status": "free",
            "since": "2026-01-15",
            "note": "released in January",
            "csrf_token": csrf_of(page),
        },
        follow_redirects=False,
    )
    assert answer.status_code == 303
    case = case_file(browser_client, "kozlov-vladimir")
    assert "since 2026-01-15" in case and "in effect since 2026-01-15" in case
    with site.database.transaction() as session:
        person = session.get(PersonRow, "kozlov-vladimir")
        assert person is not None and person.status_since is not None
        assert person.status_since.date().isoformat() == "2026-01-15"
        [action] = session.scalars(
            select(ReviewActionRow).where(ReviewActionRow.action == "set_status")
        )
        assert action.detail is not None and action.detail["since"].startswith("2026-01-15")
        # dismissing an older match gives back the hand-set status and its day
        review.recompute_status(session, "kozlov-vladimir", datetime.now(UTC))
        assert person.status == "free" and person.status_since.date().isoformat() == "2026-01-15"


def test_a_day_in_the_future_or_not_a_day_is_refused(browser_client: TestClient) -> None:
    token = csrf_of(browser_client.get("/people/kozlov-vladimir").text)
    for since in ("2999-01-01", "last week"):
        answer = browser_client.post(
            "/people/kozlov-vladimir/status",
            data={"status": "free", "since": since, "csrf_token": token},
        )
        assert answer.status_code == 400


def test_the_api_sets_a_status_with_the_day_it_took_effect(api: TestClient) -> None:
    answer = api.put(
        "/api/people/kozlov-vladimir/status", json={"status": "free", "since": "2026-02-01"}
    )
    assert answer.status_code == 200
    assert api.get("/api/people/kozlov-vladimir").json()["since"].startswith("2026-02-01")
    future = api.put(
        "/api/people/kozlov-vladimir/status", json={"status": "free", "since": "2999-01-01"}
    )
    assert future.status_code == 422


def test_the_api_gives_the_case_file_with_a_source_for_each_fact(
    api: TestClient, reported: Site, hearing_day: datetime
) -> None:
    case = api.get("/api/people/kozlov-vladimir/case").json()
    assert case["status"]["status"] == "detained"
    assert case["status"]["source"]["sentence"].startswith("Police detained the activist")
    assert case["facility"]["place"] == "penal colony No. 3 in Karaganda"
    assert case["facility"]["source"]["article_title"] == "Vladimir Kozlov moved to a colony"
    assert case["next_hearing"]["day"] == hearing_day.date().isoformat()
    bilash = api.get("/api/people/bilash-serikzhan/case").json()
    assert bilash["sentence"]["years"] == 7 and bilash["sentence"]["text"] == "7 years"
    assert isinstance(bilash["sentence"]["source"]["match_id"], int)
    assert api.get("/api/people/nobody/case").status_code == 404
