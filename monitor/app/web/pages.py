"""The review UI's pages: dashboard, match log (with exports), match detail and review,
people, feeds and alerts. Server-rendered; every form carries the session's CSRF token."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date
from typing import Annotated, Any
from urllib.parse import parse_qsl, urlencode

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from monitor.adapters.db import deliveries, feeds, matches, people, review, stories
from monitor.app import watchlist_changes
from monitor.app.output import write_csv
from monitor.app.shapes import match_as_dict
from monitor.app.web import inputs
from monitor.app.web.access import PageViewer, Viewer, check_csrf, clock, database
from monitor.app.web.inputs import Id, ShortText, Text
from monitor.app.web.render import mark_article
from monitor.core.outcomes import DeliveryState, PollOutcome, ReviewState
from monitor.core.readers import READERS
from monitor.core.scan import MAX_MENTIONS

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 25
PAGE_SIZES = (25, 50, 100)
BULK_LIMIT = 100  # matches reviewed together at most
EXPORT_LIMIT = 10_000
CSV_COLUMNS = [
    "id",
    "created_at",
    "person_id",
    "person_name",
    "matched_text",
    "confidence",
    "events",
    "review_state",
    "article_title",
    "article_url",
    "feed_url",
    "published",
]


def page(request: Request, name: str, viewer: Viewer, **context: Any) -> Response:
    response: Response = request.app.state.templates.TemplateResponse(
        request, name, {"viewer": viewer, "section": name.removesuffix(".html"), **context}
    )
    return response


def back_to(path: str, **query: str) -> RedirectResponse:
    return RedirectResponse(path + (f"?{urlencode(query)}" if query else ""), status_code=303)


# --- dashboard ----------------------------------------------------------------------------


@router.get("/")
def dashboard(request: Request, viewer: PageViewer) -> Response:
    with database(request).transaction() as session:
        awaiting = stories.status_changes(session, awaiting_review=True, limit=50)
        by_status = people.people_by_status(session)
        reviews = review.review_counts(session)
        health = feeds.list_feeds(session)
        failing = [
            d
            for d in deliveries.list_deliveries(session, limit=500)
            if d.state == DeliveryState.FAILED
            or (d.state == DeliveryState.PENDING and d.last_error)
        ]
    active = [f for f in health if f.active]
    feed_summary = {
        "active": len(active),
        "ok": sum(1 for f in active if f.last_status in (PollOutcome.OK, PollOutcome.NOT_MODIFIED)),
        "failing": [f for f in active if f.last_status == PollOutcome.ERROR],
        "never": sum(1 for f in active if f.last_status is None),
    }
    return page(
        request,
        "dashboard.html",
        viewer,
        awaiting=awaiting,
        by_status=by_status,
        reviews=reviews,
        feeds=feed_summary,
        failing=failing[:20],
    )


# --- the match log ------------------------------------------------------------------------


# the match log's filters, as the query string names them
LOG_FILTERS = (
    "person",
    "event_type",
    "review_state",
    "feed",
    "since",
    "until",
    "q",
    "min_confidence",
    "max_confidence",
)


def log_filters(request: Request) -> tuple[dict[str, str], matches.MatchSearch, list[str]]:
    """The log's filters from the query string: as given (for the form), parsed, problems."""
    given, problems = inputs.query_texts(request.query_params, LOG_FILTERS, 300)
    days: dict[str, date | None] = {}
    for name in ("since", "until"):
        try:
            days[name] = inputs.parse_day(given[name])
        except ValueError:
            days[name] = None
            problems.append(f"{name}: {given[name]!r} is not a date (YYYY-MM-DD)")
    confidence: dict[str, float | None] = {}
    for name in ("min_confidence", "max_confidence"):
        try:
            confidence[name] = inputs.parse_percent(given[name])
        except ValueError:
            confidence[name] = None
            problems.append(f"{name.replace('_', ' ')}: {given[name]!r} is not a percentage")
            given[name] = ""
    if given["event_type"] and given["event_type"] not in inputs.EVENT_TYPES:
        problems.append(f"event type: unknown {given['event_type']!r}")
        given["event_type"] = ""
    if given["review_state"] and given["review_state"] not in inputs.REVIEW_STATES:
        problems.append(f"review state: unknown {given['review_state']!r}")
        given["review_state"] = ""
    filters = inputs.LogFilters(
        person=given["person"],
        feed=given["feed"],
        since=days["since"],
        until=days["until"],
        event_type=given["event_type"],
        review_state=given["review_state"],
        q=given["q"],
        min_confidence=confidence["min_confidence"],
        max_confidence=confidence["max_confidence"],
    )
    search = inputs.match_search(filters)
    return given, search, problems


@router.get("/matches")
def match_log(
    request: Request,
    viewer: PageViewer,
    page_number: Annotated[int, Query(alias="page")] = 1,
    per_page: int = PAGE_SIZE,
) -> Response:
    given, search, problems = log_filters(request)
    page_number = max(1, min(page_number, 100_000))
    per_page = per_page if per_page in PAGE_SIZES else PAGE_SIZE
    with database(request).transaction() as session:
        search = inputs.with_stored_feed(session, search)
        total = matches.count_matches(session, search)
        last_page = max(1, -(-total // per_page))
        page_number = min(page_number, last_page)
        found = matches.list_matches(
            session, replace(search, limit=per_page, offset=(page_number - 1) * per_page)
        )
        person_choices = people.person_ids(session)
        feed_choices = feeds.feed_urls(session)
    query: dict[str, str | int] = {k: v for k, v in given.items() if v}
    if per_page != PAGE_SIZE:
        query["per_page"] = per_page
    here = {**query, "page": page_number} if page_number > 1 else query
    return page(
        request,
        "matches.html",
        viewer,
        matches=found,
        given=given,
        problems=problems,
        total=total,
        page_number=page_number,
        last_page=last_page,
        people=person_choices,
        feeds=feed_choices,
        event_types=inputs.EVENT_TYPES,
        review_states=inputs.REVIEW_STATES,
        query=urlencode(query),
        page_link=lambda n: "/matches?" + urlencode({**query, "page": n}),
        per_page=per_page,
        page_sizes=PAGE_SIZES,
        here=urlencode(here),
        bulk_limit=BULK_LIMIT,
    )


class ReviewForm(BaseModel):
    """A match's review form: confirm or dismiss, with a note."""

    verdict: str
    csrf_token: ShortText = ""
    note: Text = ""


class BulkReviewForm(ReviewForm):
    """The match log's review form: the matches chosen, and the log to go back to."""

    ids: list[int] = Field(default_factory=list)
    back: ShortText = ""  # the log's query string


@router.post("/matches/review")
def bulk_review(
    request: Request, viewer: PageViewer, form: Annotated[BulkReviewForm, Form()]
) -> Response:
    """Confirm or dismiss the selected matches together (at most ``BULK_LIMIT``): each is
    reviewed as on its own page, with its own audit line, in one transaction."""
    check_csrf(viewer, form.csrf_token)
    if form.verdict not in ("confirm", "dismiss"):
        raise HTTPException(400, "choose confirm or dismiss")
    chosen = list(dict.fromkeys(form.ids))  # once each, in the order given
    if not chosen:
        raise HTTPException(400, "select at least one match")
    if len(chosen) > BULK_LIMIT:
        raise HTTPException(400, f"at most {BULK_LIMIT} matches at a time ({len(chosen)} chosen)")
    if any(not 1 <= i <= inputs.MAX_ID for i in chosen):
        raise HTTPException(400, "a match id is out of range")
    now = clock(request)
    with database(request).transaction() as session:
        outcomes = [
            review.review_match(
                session,
                i,
                dismiss=form.verdict == "dismiss",
                actor=viewer.name,
                note=form.note.strip() or None,
                now=now,
            )
            for i in chosen
        ]
    done = sum(1 for o in outcomes if o is not None)
    state = ReviewState.DISMISSED if form.verdict == "dismiss" else ReviewState.CONFIRMED
    query = log_query(form.back)
    query["bulk"] = f"{state}:{done}:{len(chosen) - done}"
    return back_to("/matches", **query)


def log_query(text: str) -> dict[str, str]:
    """The match log's own parameters out of a form's ``back`` field (nothing else)."""
    known = {*LOG_FILTERS, "page", "per_page"}
    return {k: v for k, v in parse_qsl(text) if k in known}


def exported(request: Request) -> list[dict[str, Any]]:
    _, search, problems = log_filters(request)
    if problems:
        raise HTTPException(400, "; ".join(problems))
    with database(request).transaction() as session:
        search = inputs.with_stored_feed(session, search)
        found = matches.list_matches(session, replace(search, limit=EXPORT_LIMIT))
    return [match_as_dict(m) for m in found]


@router.get("/matches/export.json")
def export_json(request: Request, viewer: PageViewer) -> Response:
    body = json.dumps(exported(request), ensure_ascii=False, indent=2)
    return Response(
        body,
        media_type="application/json",
        headers={"Content-Disposition": 'attachment; filename="matches.json"'},
    )


@router.get("/matches/export.csv")
def export_csv(request: Request, viewer: PageViewer) -> Response:
    out = io.StringIO()
    rows = [
        row
        | {
            "events": ", ".join(
                e["type"] + ("" if e["current"] else " (background)") for e in row["events"]
            )
        }
        for row in exported(request)
    ]
    write_csv(rows, CSV_COLUMNS, out)
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="matches.csv"'},
    )


@router.get("/matches/{match_id}")
def match_page(request: Request, viewer: PageViewer, match_id: Id) -> Response:
    with database(request).transaction() as session:
        detail = matches.match_detail(session, match_id)
        if detail is None:
            raise HTTPException(404, f"no match #{match_id}")
        person = stories.person_status(session, detail.match.person_id)
    marked = mark_article(
        detail.match.article_title,
        detail.article_text,
        detail.match.mentions,
        [e.evidence for e in detail.match.events],
    )
    return page(
        request,
        "match.html",
        viewer,
        detail=detail,
        m=detail.match,
        marked=marked,
        person_status=str(person[0]),
        person_since=person[1],
        shown_mentions=MAX_MENTIONS,
        read_languages=READERS,
    )


@router.post("/matches/{match_id}/review")
def review_page(
    request: Request, viewer: PageViewer, match_id: Id, form: Annotated[ReviewForm, Form()]
) -> Response:
    check_csrf(viewer, form.csrf_token)
    if form.verdict not in ("confirm", "dismiss"):
        raise HTTPException(400, "choose confirm or dismiss")
    with database(request).transaction() as session:
        outcome = review.review_match(
            session,
            match_id,
            dismiss=form.verdict == "dismiss",
            actor=viewer.name,
            note=form.note.strip() or None,
            now=clock(request),
        )
    if outcome is None:
        raise HTTPException(404, f"no match #{match_id}")
    return back_to(f"/matches/{match_id}", reviewed=outcome.review_state)


# --- feeds and alerts ---------------------------------------------------------------------


@router.get("/feeds")
def feeds_page(request: Request, viewer: PageViewer) -> Response:
    with database(request).transaction() as session:
        health = feeds.list_feeds(session)
        changes = review.audit_log(session, actions=watchlist_changes.ACTIONS, limit=20)
    return page(request, "feeds.html", viewer, feeds=health, changes=changes)


@router.get("/alerts")
def alerts_page(request: Request, viewer: PageViewer, state: str = "") -> Response:
    states = tuple(str(s) for s in DeliveryState)
    chosen = state if state in states else None
    with database(request).transaction() as session:
        views = deliveries.list_deliveries(session, chosen, 200)
    return page(request, "alerts.html", viewer, deliveries=views, states=states, state=chosen)


@router.post("/alerts/{delivery_id}/{action}")
def alert_action(
    request: Request,
    viewer: PageViewer,
    delivery_id: Id,
    action: str,
    csrf_token: Annotated[ShortText, Form()] = "",
) -> Response:
    check_csrf(viewer, csrf_token)
    if action not in ("retry", "ack"):
        raise HTTPException(404, "no such action")
    change = deliveries.retry_now if action == "retry" else deliveries.acknowledge
    with database(request).transaction() as session:
        done = change(session, delivery_id, clock(request))
    outcome = ("retrying" if action == "retry" else "acknowledged") if done else "unchanged"
    return back_to("/alerts", done=f"{delivery_id}:{outcome}")
