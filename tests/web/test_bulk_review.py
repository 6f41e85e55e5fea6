"""Review at scale: the match log filtered by confidence, several matches confirmed or
dismissed together (one audit line each, behind the CSRF token, at most 100)."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy import select, update

from monitor.adapters.db.tables import MatchRow, PersonRow, ReviewActionRow
from tests.web.conftest import Site, csrf_of


def listed(client: TestClient, **query: str) -> list[int]:
    html = client.get("/matches", params=query).text
    return [int(i) for i in re.findall(r'id="match-(\d+)"', html)]


def test_the_log_filters_by_confidence(browser_client: TestClient, site: Site) -> None:
    everything = listed(browser_client)
    with site.database.transaction() as session:
        low = session.scalars(select(MatchRow.id).order_by(MatchRow.id).limit(1)).one()
        session.execute(update(MatchRow).where(MatchRow.id == low).values(confidence=0.42))
    assert listed(browser_client, max_confidence="50") == [low]
    assert set(listed(browser_client, min_confidence="50%")) == set(everything) - {low}
    assert listed(browser_client, min_confidence="42", max_confidence="42") == [low]
    html = browser_client.get("/matches", params={"min_confidence": "lots"}).text
    assert "min confidence: &#39;lots&#39; is not a percentage" in html
    assert "is not a percentage" in browser_client.get("/matches?max_confidence=120").text


def test_selected_matches_are_confirmed_together_with_one_audit_line_each(
    browser_client: TestClient, site: Site
) -> None:
    page = browser_client.get("/matches", params={"event_type": "sentenced"}).text
    ids = [int(i) for i in re.findall(r'name="ids" value="(\d+)" form="bulk"', page)]
    chosen = listed(browser_client)[:2]
    answer = browser_client.post(
        "/matches/review",
        data={
            "verdict": "confirm",
            "ids": chosen,
            "note": "checked by phone",
            "csrf_token": csrf_of(page),
            "back": "event_type=sentenced&evil=1",
        },
        follow_redirects=False,
    )
    assert answer.status_code == 303
    assert answer.headers["location"] == "/matches?event_type=sentenced&bulk=confirmed%3A2%3A0"
    assert ids  # the log offers a checkbox per match
    with site.database.transaction() as session:
        actions = session.scalars(select(ReviewActionRow).order_by(ReviewActionRow.id)).all()
        assert sorted(a.match_id for a in actions) == sorted(chosen)
        assert {(a.action, a.note) for a in actions} == {("confirm", "checked by phone")}
        states = session.scalars(select(MatchRow.review_state).where(MatchRow.id.in_(chosen)))
        assert set(states) == {"confirmed"}
    notice = browser_client.get(answer.headers["location"]).text
    assert "2 matches confirmed." in notice


def test_dismissing_together_reverts_each_status(browser_client: TestClient, site: Site) -> None:
    token = csrf_of(browser_client.get("/matches").text)
    chosen = listed(browser_client, person="kozlov-vladimir") + listed(
        browser_client, person="bilash-serikzhan", event_type="sentenced"
    )
    answer = browser_client.post(
        "/matches/review",
        data={"verdict": "dismiss", "ids": [*chosen, 987654], "csrf_token": token},
        follow_redirects=False,
    )
    assert answer.status_code == 303 and "bulk=dismissed%3A2%3A1" in answer.headers["location"]
    with site.database.transaction() as session:
        kozlov = session.get(PersonRow, "kozlov-vladimir")
        bilash = session.get(PersonRow, "bilash-serikzhan")
        assert kozlov is not None and kozlov.status == "imprisoned"  # as the watchlist says
        assert bilash is not None and bilash.status == "unknown"
        assert len(session.scalars(select(ReviewActionRow)).all()) == 2


def test_a_bulk_review_needs_the_csrf_token_a_choice_and_at_most_100_matches(
    browser_client: TestClient, site: Site
) -> None:
    token = csrf_of(browser_client.get("/matches").text)
    some = listed(browser_client)[:1]
    assert (
        browser_client.post("/matches/review", data={"verdict": "confirm", "ids": some}).status_code
        == 403
    )
    assert (
        browser_client.post(
            "/matches/review", data={"verdict": "confirm", "csrf_token": token}
        ).status_code
        == 400
    )
    many = browser_client.post(
        "/matches/review",
        data={"verdict": "dismiss", "ids": list(range(1, 102)), "csrf_token": token},
    )
    assert many.status_code == 400 and "at most 100" in many.text
    assert (
        browser_client.post(
            "/matches/review", data={"verdict": "maybe", "ids": some, "csrf_token": token}
        ).status_code
        == 400
    )
    with site.database.transaction() as session:
        assert session.scalars(select(ReviewActionRow)).all() == []


def test_the_log_shows_up_to_100_per_page(browser_client: TestClient) -> None:
    html = browser_client.get("/matches", params={"per_page": "100"}).text
    assert '<option value="100" selected>' in html
    assert 'name="back" value="per_page=100"' in html
    assert '<option value="25" selected>' in browser_client.get("/matches?per_page=7").text
