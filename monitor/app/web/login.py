"""Logging in and out.

The login form is protected by a double-submit token (a cookie and a hidden field that
must agree) because there is no session yet; after login every form carries the
session's own CSRF token.

Login attempts are paced per account and per client address (``auth.LoginPolicy``),
with the counts in the database: an attempt is counted *before* its password is
checked, and one that must wait is answered 429 with Retry-After without running
argon2. A right password after the wait always logs in and clears the account's count.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from monitor.adapters.db import accounts
from monitor.adapters.db.accounts import LoginKey, LoginKind
from monitor.adapters.db.session import Database
from monitor.app.web import auth
from monitor.app.web.access import check_csrf, clock, database, page_viewer, session_viewer
from monitor.app.web.inputs import ShortText

router = APIRouter(include_in_schema=False)
KEY_LENGTH = 300  # as stored


def secure(request: Request) -> bool:
    return request.url.scheme == "https"


def login_form(
    request: Request,
    next_path: str,
    *,
    error: str | None = None,
    status: int = 200,
    username: str = "",
) -> Response:
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
        auth.LOGIN_CSRF_COOKIE,
        csrf,
        max_age=3600,
        httponly=True,
        samesite="lax",
        secure=secure(request),
        path="/login",
    )
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
            request,
            target,
            error="The form expired. Please try again.",
            status=403,
            username=username,
        )
    now = clock(request)
    db = database(request)
    policy: auth.LoginPolicy = request.app.state.login_policy
    account, address = login_keys(request, username)
    wait = admit_attempt(db, policy, (account, address), now)
    if wait > auth.NO_WAIT:  # refused before argon2 runs: a refusal costs nothing
        return too_soon(request, target, username, wait)
    with db.transaction() as session:
        user = accounts.find_user(session, username)
    ok = auth.password_matches(user.password_hash if user else None, password)
    if user is None or user.disabled or not ok:  # the attempt is counted already
        return login_form(
            request,
            target,
            status=401,
            username=username,
            error="That username and password do not match.",
        )
    cookie, csrf = auth.new_secret(), auth.new_secret()
    with db.transaction() as session:
        accounts.clear_login_attempts(session, account)  # the account starts afresh
        accounts.uncount_login_attempt(session, address)  # a login is no failure
        accounts.forget_login_attempts(session, now - policy.forget_after)
        accounts.start_session(
            session, user.id, auth.token_hash(cookie), csrf, now, now + auth.SESSION_LIFETIME
        )
        accounts.record_login(session, user.id, now)
        if auth.hasher.check_needs_rehash(user.password_hash):
            accounts.set_password_hash(session, user.id, auth.hash_password(password))
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        auth.SESSION_COOKIE,
        cookie,
        max_age=int(auth.SESSION_LIFETIME.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=secure(request),
        path="/",
    )
    response.delete_cookie(auth.LOGIN_CSRF_COOKIE, path="/login")
    return response


def login_keys(request: Request, username: str) -> tuple[LoginKey, LoginKey]:
    """What an attempt is counted under: the account named (whether it exists or not) and
    the client's address (a trusted proxy's X-Forwarded-For, else the peer's)."""
    address = request.client.host if request.client else "unknown"
    return (
        LoginKey(LoginKind.ACCOUNT, username.casefold()[:KEY_LENGTH]),
        LoginKey(LoginKind.ADDRESS, address[:KEY_LENGTH]),
    )


def admit_attempt(
    db: Database, policy: auth.LoginPolicy, keys: tuple[LoginKey, LoginKey], now: datetime
) -> timedelta:
    """Let an attempt in and count it, or say how long it must wait (counted then not).

    The check and the count are one transaction over locked rows, so parallel attempts
    are let in one at a time: twenty at once against five free ones let in five.
    """
    account, address = keys
    throttles = {account: policy.account, address: policy.address}
    with db.transaction() as session:
        counts = accounts.lock_login_counts(session, keys, now)
        wait = max(
            t.wait(counts[k].attempts, counts[k].last_attempt_at, now) for k, t in throttles.items()
        )
        if wait == auth.NO_WAIT:
            accounts.count_login_attempt(
                session,
                {
                    k: t.next_count(counts[k].attempts, counts[k].last_attempt_at, now)
                    for k, t in throttles.items()
                },
                now,
            )
    return wait


def too_soon(request: Request, target: str, username: str, wait: timedelta) -> Response:
    response = login_form(
        request,
        target,
        status=429,
        username=username,
        error=f"Too many failed attempts. Try again in {spoken(wait)}.",
    )
    response.headers["Retry-After"] = str(math.ceil(wait.total_seconds()))
    return response


def spoken(wait: timedelta) -> str:
    seconds = math.ceil(wait.total_seconds())
    if seconds < 90:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    return f"{math.ceil(seconds / 60)} minutes"


@router.post("/logout")
def log_out(request: Request, csrf_token: Annotated[ShortText, Form()] = "") -> Response:
    viewer = page_viewer(request)
    check_csrf(viewer, csrf_token)
    cookie = request.cookies.get(auth.SESSION_COOKIE, "")
    with database(request).transaction() as session:
        accounts.end_session(session, auth.token_hash(cookie))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(auth.SESSION_COOKIE, path="/")
    return response
