"""The people pages: everyone (searched by any spelling, filtered by status and tag,
sorted by the last status change), and one person with their case file, timeline and
audit log, where staff set the status by hand (with the day it took effect)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import Response
from pydantic import BaseModel

from monitor.adapters.db import people, review
from monitor.app.web import inputs
from monitor.app.web.access import PageViewer, check_csrf, clock, database
from monitor.app.web.inputs import PersonId, ShortText, Text
from monitor.app.web.pages import back_to, page
from monitor.core.people_search import PeopleOrder, PeopleQuery, all_tags, search_people

router = APIRouter(include_in_schema=False)


def people_filters(request: Request) -> tuple[PeopleQuery, list[str]]:
    """The people page's filters from the query string, and what was wrong with them."""
    given, problems = inputs.query_texts(request.query_params, ("q", "status", "tag"), 200)
    if given["status"] and given["status"] not in inputs.STATUSES:
        problems.append(f"status: unknown {given['status']!r}")
        given["status"] = ""
    order = request.query_params.get("order", "") or PeopleOrder.LAST_CHANGE
    if order not in tuple(PeopleOrder):
        problems.append(f"order: unknown {order[:50]!r}")
        order = PeopleOrder.LAST_CHANGE
    query = PeopleQuery(given["q"], given["status"], given["tag"], PeopleOrder(order))
    return query, problems


@router.get("/people")
def people_page(request: Request, viewer: PageViewer) -> Response:
    query, problems = people_filters(request)
    with database(request).transaction() as session:
        everyone = people.people_summaries(session)
    found = search_people(everyone, query)
    return page(
        request,
        "people.html",
        viewer,
        people=found,
        total=len(everyone),
        query=query,
        problems=problems,
        statuses=inputs.STATUSES,
        tags=all_tags(everyone),
        orders=tuple(PeopleOrder),
    )


@router.get("/people/{person_id}")
def person_page(request: Request, viewer: PageViewer, person_id: PersonId) -> Response:
    with database(request).transaction() as session:
        found = people.person_views(session, person_id)
        if not found:
            raise HTTPException(404, f"no person {person_id!r}")
        audit = review.audit_log(session, person_id=person_id, limit=50)
        reviews = review.review_states(session, [e.match_id for e in found[0].timeline])
        profile = people.person_summary(session, person_id)
        case = people.case_file(session, person_id, clock(request).date())
    return page(
        request,
        "person.html",
        viewer,
        person=found[0],
        timeline=found[0].timeline[::-1],
        audit=audit,
        statuses=inputs.STATUSES,
        reviews=reviews,
        profile=profile,
        case=case,
        today=clock(request).date().isoformat(),
    )


class StatusForm(BaseModel):
    """A person's status set by hand: the status, a note, and the day it took effect."""

    status: str
    csrf_token: ShortText = ""
    note: Text = ""
    since: ShortText = ""  # YYYY-MM-DD, or empty for now


@router.post("/people/{person_id}/status")
def edit_status(
    request: Request, viewer: PageViewer, person_id: PersonId, form: Annotated[StatusForm, Form()]
) -> Response:
    check_csrf(viewer, form.csrf_token)
    if form.status not in inputs.STATUSES:
        raise HTTPException(400, f"unknown status {form.status!r}")
    try:
        took_effect = inputs.parse_day(form.since)
    except ValueError:
        raise HTTPException(400, f"since: {form.since!r} is not a date (YYYY-MM-DD)") from None
    now = clock(request)
    if took_effect is not None and took_effect > now.date():
        raise HTTPException(400, "since: the day a status took effect cannot be in the future")
    said = review.HandSetStatus(
        form.status, viewer.name, form.note.strip() or None, inputs.start_of(took_effect)
    )
    with database(request).transaction() as session:
        edit = review.set_known_status(session, person_id, said, now)
    if edit is None:
        raise HTTPException(404, f"no person {person_id!r}")
    return back_to(f"/people/{person_id}", saved="status")
