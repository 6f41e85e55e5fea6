"""Logging in and out.

The login form is protected by a double-submit token (a cookie and a hidden field that
must agree) because there is no session yet; after login every form carries the
session's own CSRF token. Failed attempts are limited per username and address.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from monitor.adapters.db import web_queries
from monitor.app.web import auth
from monitor.app.web.access import check_csrf, clock, database, page_viewer, session_viewer
from monitor.app.web.inputs import ShortText

router = APIRouter(include_in_schema=False)


def secure(request: Request) -> bool:
    return request.url.scheme == "https"


def login_form(
    request: Request, next_path: str, *, error: str | None = None, status: int = 200,
    username: str = "",
) -> Response:  # fmt: skip
    csrf = request.cookies.get(auth.LOGIN_CSRF_COOKIE)
    if not csrf or len(csrf) > 100:
        csrf = auth.new_secret()
    response: Response = request.app.state.templates.TemplateResponse(
        request,
        "login.html",
        {"csrf_token": csrf, "next": next_path, "error": error, "username": username},
        status_code=status,
    )
    response.set_cookie(
        auth.LOGIN_CSRF_COOKIE, csrf, max_age=3600, httponly=True, samesite="lax",
        secure=secure(request), path="/login",
    )  # fmt: skip
    return response


@router.get("/login")
def show_login(request: Request, next: str | None = None) -> Response:
    target = auth.safe_next(next)
    if session_viewer(request) is not None:
        return RedirectResponse(target, status_code=303)
    return login_form(request, target)


@router.post("/login")
def log_in(
    request: Request,
    username: Annotated[ShortText, Form()] = "",
    password: Annotated[ShortText, Form()] = "",
    csrf_token: Annotated[ShortText, Form()] = "",
    next: Annotated[ShortText, Form()] = "/",
) -> Response:
    target = auth.safe_next(next)
    if not auth.same_secret(csrf_token, request.cookies.get(auth.LOGIN_CSRF_COOKIE)):
        return login_form(
            request, target, error="The form expired. Please try again.", status=403,
            username=username,
        )  # fmt: skip
    now = clock(request)
    address = request.client.host if request.client else "unknown"
    limiter: auth.LoginLimiter = request.app.state.login_limiter
    blocked = limiter.blocked_until(username, address, now)
    if blocked is not None:
        minutes = max(1, round((blocked - now).total_seconds() / 60))
        return login_form(
            request, target, status=429, username=username,
            error=f"Too many failed attempts. Try again in {minutes} minute(s).",
        )  # fmt: skip
    db = database(request)
    with db.transaction() as session:
        user = web_queries.find_user(session, username)
    ok = auth.password_matches(user.password_hash if user else None, password)
    if user is None or user.disabled or not ok:
        limiter.failed(username, address, now)
        return login_form(
            request, target, status=401, username=username,
            error="That username and password do not match.",
        )  # fmt: skip
    limiter.succeeded(username, address)
    cookie, csrf = auth.new_secret(), auth.new_secret()
    with db.transaction() as session:
        web_queries.start_session(
            session, user.id, auth.token_hash(cookie), csrf, now, now + auth.SESSION_LIFETIME
        )
        web_queries.record_login(session, user.id, now)
        if auth.hasher.check_needs_rehash(user.password_hash):
            web_queries.set_password_hash(session, user.id, auth.hash_password(password))
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        auth.SESSION_COOKIE, cookie, max_age=int(auth.SESSION_LIFETIME.total_seconds()),
        httponly=True, samesite="lax", secure=secure(request), path="/",
    )  # fmt: skip
    response.delete_cookie(auth.LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout")
def log_out(request: Request, csrf_token: Annotated[ShortText, Form()] = "") -> Response:
    viewer = page_viewer(request)
    check_csrf(viewer, csrf_token)
    cookie = request.cookies.get(auth.SESSION_COOKIE, "")
    with database(request).transaction() as session:
        web_queries.end_session(session, auth.token_hash(cookie))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(auth.SESSION_COOKIE, path="/")
    return response
