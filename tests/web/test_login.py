"""Login: who may see the review UI, and how the browser session is guarded."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from monitor.adapters.db.tables import WebSessionRow
from monitor.app.web.auth import safe_next, token_hash
from tests.web.conftest import PASSWORD, USER, Site, csrf_of, log_in


def test_the_login_form_has_username_password_and_a_hidden_csrf_token(
    anonymous: TestClient,
) -> None:
    page = anonymous.get("/login")
    assert page.status_code == 200
    assert re.search(r'<input[^>]+name="username"', page.text)
    assert re.search(r'<input[^>]+name="password"[^>]+type="password"', page.text)
    assert re.search(r'<input type="hidden" name="csrf_token" value="[^"]{20,}"', page.text)


@pytest.mark.parametrize("path", ["/", "/matches", "/matches/1", "/people", "/feeds", "/alerts"])
def test_pages_redirect_to_the_login_form_when_not_logged_in(
    anonymous: TestClient, path: str
) -> None:
    response = anonymous.get(path, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=" + path


@pytest.mark.parametrize(
    "path",
    [
        "/api/matches",
        "/api/people",
        "/api/status",
        "/api/feeds",
        "/api/deliveries",
        "/api/openapi.json",
        "/api/matches/1",
    ],
)
def test_the_api_answers_401_without_a_session_or_token(anonymous: TestClient, path: str) -> None:
    response = anonymous.get(path)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert anonymous.get(path, headers={"Authorization": "Bearer cm_wrong"}).status_code == 401


def test_logging_in_sets_an_httponly_samesite_session_cookie_and_goes_to_next(
    site: Site, anonymous: TestClient
) -> None:
    form = anonymous.get("/login?next=/feeds")
    response = anonymous.post(
        "/login",
        data={
            "username": USER,
            "password": PASSWORD,
            "csrf_token": csrf_of(form.text),
            "next": "/feeds",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == "/feeds"
    cookie = next(c for c in response.headers.get_list("set-cookie") if "monitor_session=" in c)
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/" in cookie
    value = cookie.split("=", 1)[1].split(";", 1)[0]
    with site.database.transaction() as session:
        [row] = session.scalars(select(WebSessionRow)).all()
    assert row.token_hash == token_hash(value) and value not in row.token_hash  # hash only
    assert anonymous.get("/feeds").status_code == 200


def test_a_wrong_password_is_refused_without_saying_which_part_was_wrong(
    anonymous: TestClient,
) -> None:
    form = anonymous.get("/login")
    for user, password in [(USER, "wrong password"), ("nobody", PASSWORD)]:
        response = anonymous.post(
            "/login",
            data={"username": user, "password": password, "csrf_token": csrf_of(form.text)},
        )
        assert response.status_code == 401
        assert "do not match" in response.text
    assert anonymous.get("/", follow_redirects=False).status_code == 303


def test_the_login_form_refuses_a_post_without_its_csrf_token(anonymous: TestClient) -> None:
    anonymous.get("/login")
    response = anonymous.post(
        "/login", data={"username": USER, "password": PASSWORD, "csrf_token": "forged"}
    )
    assert response.status_code == 403
    assert anonymous.get("/", follow_redirects=False).status_code == 303


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example",
        "javascript:alert(1)",
        "http:/evil.example",
        "/%0d%0aSet-Cookie:x=1",
        "",
    ],
)
def test_next_never_leaves_the_site(anonymous: TestClient, target: str) -> None:
    form = anonymous.get("/login")
    response = anonymous.post(
        "/login",
        data={
            "username": USER,
            "password": PASSWORD,
            "csrf_token": csrf_of(form.text),
            "next": target,
        },
        follow_redirects=False,
    )
    location = response.headers["location"]
    assert location.startswith("/") and not location.startswith(("//", "/\\"))
    assert safe_next(target) == location


def test_forms_without_the_session_csrf_token_are_refused(browser_client: TestClient) -> None:
    response = browser_client.post("/matches/1/review", data={"verdict": "dismiss"})
    assert response.status_code == 403
    response = browser_client.post(
        "/matches/1/review", data={"verdict": "dismiss", "csrf_token": "not-the-token"}
    )
    assert response.status_code == 403
    assert "unreviewed" in browser_client.get("/matches/1").text


def test_logging_out_ends_the_session_on_the_server(site: Site) -> None:
    with TestClient(site.app) as client:
        csrf = log_in(client)
        stolen = client.cookies.get("monitor_session")
        assert client.post("/logout", data={"csrf_token": csrf}).status_code == 200
        assert client.get("/", follow_redirects=False).status_code == 303
    with TestClient(site.app, cookies={"monitor_session": stolen or ""}) as replay:
        assert replay.get("/", follow_redirects=False).status_code == 303


def test_every_answer_carries_a_strict_content_security_policy(
    anonymous: TestClient, browser_client: TestClient
) -> None:
    answers = [
        anonymous.get("/login"),
        browser_client.get("/matches"),
        anonymous.get("/api/matches"),
        browser_client.get("/static/style.css"),
    ]
    for response in answers:
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy
        assert "frame-ancestors 'none'" in policy
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["x-content-type-options"] == "nosniff"


def test_pages_carry_no_inline_script_and_load_nothing_from_elsewhere(
    browser_client: TestClient,
) -> None:
    for path in [
        "/",
        "/matches",
        "/matches/1",
        "/people",
        "/people/kozlov-vladimir",
        "/feeds",
        "/alerts",
    ]:
        html = browser_client.get(path).text
        assert "<script" not in html, path
        assets = re.findall(r'<(?:link|img|script|iframe)[^>]+(?:src|href)="([^"]*)"', html)
        assert assets and all(a.startswith("/static/") for a in assets), path
