"""The timeline page: every current event of a week across people (or a tag), newest
first, and the last twelve weeks drawn as SVG charts (``charts``)."""

from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response

from monitor.adapters.db import timeline
from monitor.app.web import charts, inputs
from monitor.app.web.access import PageViewer, clock, database
from monitor.app.web.pages import page
from monitor.core import weekly

router = APIRouter(include_in_schema=False)

TIMELINE_DAYS = 7
CHART_WEEKS = 12


@router.get("/timeline")
def timeline_page(request: Request, viewer: PageViewer) -> Response:
    """Every current event of a week (the last seven days, or the seven up to ``until``),
    newest first, for everyone or the people with a tag; and the last twelve weeks drawn."""
    now = clock(request)
    today = now.date()
    given, problems = inputs.query_texts(request.query_params, ("tag",), 200)
    tag = given["tag"]
    given_until = request.query_params.get("until", "").strip()[:200]
    try:
        until = min(inputs.parse_day(given_until) or today, today)
    except ValueError:
        problems.append(f"until: {given_until[:50]!r} is not a date (YYYY-MM-DD)")
        until = today
    first = until - timedelta(days=TIMELINE_DAYS - 1)
    weeks = weekly.weeks_to_date(today, CHART_WEEKS)
    with database(request).transaction() as session:
        items = timeline.current_events(
            session, inputs.start_of(first) or now, inputs.end_of(until) or now, tag or None
        )
        current, changes = timeline.status_history(session, tag or None)
        days = timeline.event_days(session, inputs.start_of(weeks[0].start) or now, tag or None)
        all_tags = timeline.tags(session)
    labels = [week.label for week in weeks]
    by_status = weekly.people_by_status(current, changes, weeks)
    per_week = weekly.events_by_week(days, weeks)
    layers = charts.status_layers(inputs.STATUSES, by_status)
    query = {"tag": tag} if tag else {}

    def until_link(day: date) -> str:
        return "/timeline?" + urlencode({**query, "until": day.isoformat()})

    return page(
        request,
        "timeline.html",
        viewer,
        items=items,
        first=first,
        until=until,
        tag=tag,
        tags=all_tags,
        problems=problems,
        weeks=weeks,
        layers=layers,
        by_status=by_status,
        per_week=per_week,
        status_chart=charts.stacked_bars("People by status, end of each week", labels, layers),
        events_chart=charts.bars("Current events per week", labels, per_week),
        earlier=until_link(first - timedelta(days=1)),
        later=until_link(until + timedelta(days=TIMELINE_DAYS)) if until < today else None,
    )
