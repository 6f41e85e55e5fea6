"""FastAPI dependencies that say who is asking: a browser session (pages and the API)
or a bearer token (the API), and the CSRF check for anything that changes data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from monitor.adapters.db import accounts
from monitor.adapters.db.session import Database
from monitor.app.web import auth

bearer = HTTPBearer(
    auto_error=False, description="a token from `monitor tokens create NAME --owner USER`"
)


@dataclass(frozen=True)
class Viewer:
    name: str  # the user's name, or "token:NAME" for an API token
    csrf_token: str | None  # None for bearer tokens: they are not sent by browsers unasked


class LoginRequired(Exception):
    """A page was asked for without a session: the app redirects to the login form."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


def database(request: Request) -> Database:
    found: Database = request.app.state.database
    return found


def clock(request: Request) -> datetime:
    now: Callable[[], datetime] = request.app.state.clock
    return now()


def session_viewer(request: Request) -> Viewer | None:
    cookie = request.cookies.get(auth.SESSION_COOKIE)
    if not cookie or len(cookie) > 200:
        return None
    with database(request).transaction() as session:
        found = accounts.find_session(session, auth.token_hash(cookie), clock(request))
    return Viewer(found.user_name, found.csrf_token) if found else None


def page_viewer(request: Request) -> Viewer:
    viewer = session_viewer(request)
    if viewer is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise LoginRequired(auth.safe_next(target))
    return viewer


def api_viewer(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Viewer:
    """A bearer token, or a browser session (whose changes must carry X-CSRF-Token)."""
    if credentials is not None:
        token = credentials.credentials
        if len(token) <= 200:
            with database(request).transaction() as session:
                name = accounts.use_api_token(session, auth.token_hash(token), clock(request))
            if name is not None:
                return Viewer(f"token:{name}", None)
    else:
        viewer = session_viewer(request)
        if viewer is not None:
            if request.method not in ("GET", "HEAD", "OPTIONS") and not auth.same_secret(
                request.headers.get("x-csrf-token"), viewer.csrf_token
            ):
                raise HTTPException(403, "X-CSRF-Token header missing or wrong")
            return viewer
    raise HTTPException(
        401,
        "a valid bearer token or login session is required",
        headers={"WWW-Authenticate": "Bearer"},
    )


def check_csrf(viewer: Viewer, given: str | None) -> None:
    """A form's hidden csrf_token must be the session's."""
    if not auth.same_secret(given, viewer.csrf_token):
        raise HTTPException(403, "the form's security token is missing or out of date")


PageViewer = Annotated[Viewer, Depends(page_viewer)]
ApiViewer = Annotated[Viewer, Depends(api_viewer)]
