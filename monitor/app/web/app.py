"""The review UI as an ASGI app: pages, the JSON API, static files and security headers.

`monitor web` serves ``create_app(open_database(url), trusted_proxies=...)`` with uvicorn,
whose own handling of X-Forwarded-* is off: only the configured proxies are believed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from monitor.adapters.db.session import Database
from monitor.adapters.settings import IPNetwork
from monitor.app.web import (
    api,
    atom,
    login,
    pages,
    people_pages,
    timeline_page,
    watchlist_pages,
)
from monitor.app.web.access import ApiViewer, LoginRequired, session_viewer
from monitor.app.web.auth import DEFAULT_LOGIN_POLICY, LoginPolicy
from monitor.app.web.render import STATIC, templates

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def utc_now() -> datetime:
    return datetime.now(UTC)


def create_app(
    database: Database,
    *,
    clock: Callable[[], datetime] = utc_now,
    login_policy: LoginPolicy = DEFAULT_LOGIN_POLICY,
    trusted_proxies: Sequence[IPNetwork] = (),
    watchlist: Path | None = None,
) -> FastAPI:
    """The review UI on ``database``. A request's client address (for login pacing) is
    the peer's, or, when the peer is one of ``trusted_proxies``, the address that proxy
    puts in X-Forwarded-For (and its X-Forwarded-Proto is the scheme). People and feeds
    added or edited in the UI are written to the ``watchlist`` file (none: not editable)."""
    app = FastAPI(
        title="case monitor",
        summary="The review API: the match log, people, feeds, alert deliveries, reviews.",
        version="1",
        openapi_url=None,  # served below, behind the same authentication as the API
        docs_url=None,
        redoc_url=None,
    )
    app.state.database = database
    app.state.clock = clock
    app.state.templates = templates()
    app.state.login_policy = login_policy
    app.state.watchlist = watchlist
    if trusted_proxies:
        app.add_middleware(
            ProxyHeadersMiddleware, trusted_hosts=[str(network) for network in trusted_proxies]
        )

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if not request.url.path.startswith("/static/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, error: LoginRequired) -> Response:
        return RedirectResponse("/login?next=" + quote(error.next_path, safe="/"), 303)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        headers = getattr(error, "headers", None)
        if request.url.path.startswith("/api/") or request.url.path == "/api":
            return JSONResponse({"detail": error.detail}, error.status_code, headers=headers)
        return error_page(request, error.status_code, str(error.detail), headers)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, error: RequestValidationError) -> Response:
        if request.url.path.startswith("/api/"):
            detail: Any = [
                {"loc": e.get("loc"), "msg": e.get("msg"), "type": e.get("type")}
                for e in error.errors()
            ]
            return JSONResponse({"detail": detail}, 422)
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ())[1:])}: {e.get('msg')}"
            for e in error.errors()
        )
        return error_page(request, 400, problems or "the request is not valid")

    @app.get("/api/openapi.json", include_in_schema=False)
    def openapi(viewer: ApiViewer) -> JSONResponse:
        return JSONResponse(app.openapi())

    app.include_router(login.router)
    app.include_router(watchlist_pages.router)  # first: /people/new is not a person's page
    app.include_router(pages.router)
    app.include_router(people_pages.router)
    app.include_router(timeline_page.router)
    app.include_router(api.router)
    app.include_router(atom.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def error_page(
    request: Request, status: int, message: str, headers: dict[str, str] | None = None
) -> Response:
    viewer = session_viewer(request) if status != 401 else None
    response: Response = request.app.state.templates.TemplateResponse(
        request,
        "error.html",
        {"viewer": viewer, "section": "error", "status": status, "message": message},
        status_code=status,
        headers=headers,
    )
    return response
