"""The JSON API: the same match log as `monitor matches --format json`, behind tokens."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from monitor.adapters.db.tables import ApiTokenRow
from monitor.app.cli import main
from monitor.app.web.auth import token_hash
from tests.web.conftest import Site, log_in


def cli_json(args: list[str], site: Site, capsys: pytest.CaptureFixture[str]) -> object:
    capsys.readouterr()
    assert main([*args, "--format", "json", "--watchlist", str(site.watchlist)]) == 0
    return json.loads(capsys.readouterr().out)


def test_api_matches_are_the_cli_match_log_field_for_field(
    api: TestClient, site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    assert api.get("/api/matches").json() == cli_json(["matches"], site, capsys)
    assert api.get("/api/matches", params={"person": "kozlov-vladimir"}).json() == cli_json(
        ["matches", "--person", "kozlov-vladimir"], site, capsys
    )
    assert api.get("/api/matches", params={"limit": 1}).json() == cli_json(
        ["matches", "--limit", "1"], site, capsys
    )


def test_api_people_feeds_and_deliveries_are_the_cli_records(
    api: TestClient, site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    assert api.get("/api/people").json() == cli_json(["status"], site, capsys)
    assert api.get("/api/feeds").json() == cli_json(["feeds"], site, capsys)
    assert api.get("/api/deliveries").json() == cli_json(["alerts"], site, capsys)
    status = {p["id"]: p["status"] for p in api.get("/api/status").json()}
    assert status == {
        "kozlov-vladimir": "detained",
        "bilash-serikzhan": "imprisoned",
        "yerimbetov-iskander": status["yerimbetov-iskander"],
    }


def test_api_filters_the_log_like_the_pages(api: TestClient) -> None:
    def people(**query: object) -> list[str]:
        return [m["person_id"] for m in api.get("/api/matches", params=query).json()]

    assert people(event_type="sentenced") == ["bilash-serikzhan"]
    assert people(q="conference") == ["bilash-serikzhan"]
    assert people(review_state="unreviewed", person="kozlov-vladimir") == ["kozlov-vladimir"]
    assert people(since="2999-01-01") == []
    assert len(people(limit=1, offset=1)) == 1
    assert api.get("/api/matches", params={"event_type": "abducted"}).status_code == 422
    assert api.get("/api/matches", params={"since": "soon"}).status_code == 422
    assert api.get("/api/matches", params={"q": "nul\x00"}).status_code == 422


def test_a_review_through_the_api_reverts_the_status_and_is_audited_as_the_token(
    api: TestClient,
) -> None:
    [match] = api.get("/api/matches", params={"person": "kozlov-vladimir"}).json()
    done = api.post(
        f"/api/matches/{match['id']}/review", json={"action": "dismiss", "note": "old news"}
    )
    assert done.status_code == 200
    assert done.json() | {"match_id": 0} == {
        "match_id": 0,
        "person_id": "kozlov-vladimir",
        "review_state": "dismissed",
        "status_before": "detained",
        "status_after": "imprisoned",
        "reverted_changes": 1,
        "restored_changes": 0,
        "cancelled_deliveries": 1,
        "corrections": 0,
    }
    detail = api.get(f"/api/matches/{match['id']}").json()
    assert detail["review_state"] == "dismissed" and detail["review_note"] == "old news"
    assert detail["status_changes"][0]["reverted_at"] is not None
    assert "Police detained the activist" in detail["article_text"]
    [audit] = api.get("/api/review-actions").json()
    assert (audit["action"], audit["actor"], audit["note"]) == (
        "dismiss",
        "token:tests",
        "old news",
    )
    assert api.post("/api/matches/999999/review", json={"action": "confirm"}).status_code == 404
    assert api.post(f"/api/matches/{match['id']}/review", json={"action": "x"}).status_code == 422


def test_a_status_edit_through_the_api_is_audited(api: TestClient) -> None:
    answer = api.put("/api/people/kozlov-vladimir/status", json={"status": "free"})
    assert answer.json()["status"] == {"from": "detained", "to": "free"}
    assert api.get("/api/people/kozlov-vladimir").json()["status"] == "free"
    [audit] = api.get("/api/review-actions").json()
    assert audit["action"] == "set_status" and audit["detail"]["status"] == ["detained", "free"]
    assert api.put("/api/people/nobody/status", json={"status": "free"}).status_code == 404


def test_a_browser_session_may_read_the_api_but_must_send_its_csrf_token_to_change(
    site: Site,
) -> None:
    with TestClient(site.app) as client:
        csrf = log_in(client)
        [match] = client.get("/api/matches", params={"person": "kozlov-vladimir"}).json()
        url = f"/api/matches/{match['id']}/review"
        assert client.post(url, json={"action": "dismiss"}).status_code == 403
        sent = client.post(url, json={"action": "dismiss"}, headers={"X-CSRF-Token": csrf})
        assert sent.status_code == 200


def test_only_the_hash_of_a_token_is_stored_and_a_revoked_token_is_refused(
    api: TestClient, site: Site
) -> None:
    with site.database.transaction() as session:
        [row] = session.scalars(select(ApiTokenRow)).all()
        assert row.token_hash == token_hash(site.token) and site.token not in row.token_hash
        assert row.last_used_at is None
    assert api.get("/api/status").status_code == 200
    with site.database.transaction() as session:
        row = session.scalars(select(ApiTokenRow)).one()
        assert row.last_used_at is not None
        row.revoked_at = row.last_used_at
    assert api.get("/api/status").status_code == 401


def test_the_openapi_document_describes_the_api_and_its_bearer_scheme(api: TestClient) -> None:
    document = api.get("/api/openapi.json").json()
    assert {
        "/api/matches",
        "/api/matches/{match_id}/review",
        "/api/people",
        "/api/status",
        "/api/feeds",
        "/api/deliveries",
    } <= set(document["paths"])
    assert all(path.startswith("/api/") for path in document["paths"])
    assert document["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"


def test_the_match_log_documents_each_filter_as_a_query_parameter(api: TestClient) -> None:
    """The filters are one record in the code, but the API's users see each by its name."""
    operation = api.get("/api/openapi.json").json()["paths"]["/api/matches"]["get"]
    parameters = {p["name"]: p for p in operation["parameters"]}
    assert list(parameters) == [
        *("person", "feed", "since", "until", "event_type", "review_state", "q"),
        *("limit", "offset"),
    ]
    assert all(p["in"] == "query" and not p["required"] for p in parameters.values())
    assert parameters["person"]["description"] == "a person's id"
    assert parameters["limit"]["schema"]["maximum"] == 1000
    assert parameters["limit"]["schema"]["default"] == 100
