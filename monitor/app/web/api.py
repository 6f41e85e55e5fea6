"""The JSON API under /api/: the match log (the fields of `monitor matches --format json`),
people and their status, feeds, deliveries, and review actions. Bearer tokens from
`monitor tokens create NAME`, or a browser session (changes then need X-CSRF-Token)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel, Field

from monitor.adapters.db import deliveries, feeds, matches, people, review
from monitor.app.output import iso
from monitor.app.shapes import (
    case_file_as_dict,
    delivery_as_dict,
    feed_as_dict,
    match_as_dict,
    person_as_dict,
)
from monitor.app.web import inputs
from monitor.app.web.access import ApiViewer, clock, database
from monitor.app.web.inputs import Id, PersonId, ShortText, Text
from monitor.core.outcomes import DeliveryState, ReviewState
from monitor.core.types import EventType, Status

router = APIRouter(prefix="/api", tags=["api"])

Json = dict[str, Any]


class ReviewRequest(BaseModel):
    action: Literal["confirm", "dismiss"]
    note: Text | None = None


class StatusRequest(BaseModel):
    status: Status
    note: Text | None = None
    since: date | None = None  # the day the status took effect (default: now)


class MatchQuery(BaseModel):
    """The match log's filters, as /api/matches reads them from the query string."""

    person: ShortText | None = Field(None, description="a person's id")
    feed: ShortText | None = Field(None, description="a feed URL that carried it")
    since: date | None = Field(None, description="found on or after")
    until: date | None = Field(None, description="found on or before")
    event_type: EventType | None = None
    review_state: ReviewState | None = None
    q: ShortText | None = Field(None, description="text in the article or name")
    limit: int = Field(100, ge=1, le=1000)
    offset: int = Field(0, ge=0, le=10_000_000)

    def filters(self) -> inputs.LogFilters:
        return inputs.LogFilters(
            person=self.person,
            feed=self.feed,
            since=self.since,
            until=self.until,
            event_type=str(self.event_type) if self.event_type else None,
            review_state=str(self.review_state) if self.review_state else None,
            q=self.q,
            limit=self.limit,
            offset=self.offset,
        )


@router.get("/matches", summary="the match log, newest first")
def list_matches(
    request: Request, viewer: ApiViewer, query: Annotated[MatchQuery, Query()]
) -> list[Json]:
    search = inputs.match_search(query.filters())
    with database(request).transaction() as session:
        search = inputs.with_stored_feed(session, search)
        return [match_as_dict(m) for m in matches.list_matches(session, search)]


@router.get("/matches/{match_id}", summary="one match with its article text and review")
def get_match(request: Request, viewer: ApiViewer, match_id: Id) -> Json:
    with database(request).transaction() as session:
        detail = matches.match_detail(session, match_id)
    if detail is None:
        raise HTTPException(404, f"no match #{match_id}")
    return match_as_dict(detail.match) | {
        "article_text": detail.article_text,
        "reviewed_by": detail.reviewed_by,
        "reviewed_at": iso(detail.reviewed_at),
        "review_note": detail.review_note,
        "status_changes": [
            {
                "id": c.id,
                "from": c.previous_status,
                "to": c.new_status,
                "event_type": c.event_type,
                "occurred_at": iso(c.occurred_at),
                "reverted_at": iso(c.reverted_at),
            }
            for c in detail.status_changes
        ],
        "audit": [audit_as_dict(a) for a in detail.audit],
    }


@router.post("/matches/{match_id}/review", summary="confirm or dismiss a match (audited)")
def review_match(request: Request, viewer: ApiViewer, match_id: Id, body: ReviewRequest) -> Json:
    with database(request).transaction() as session:
        outcome = review.review_match(
            session,
            match_id,
            dismiss=body.action == "dismiss",
            actor=viewer.name,
            note=(body.note or "").strip() or None,
            now=clock(request),
        )
    if outcome is None:
        raise HTTPException(404, f"no match #{match_id}")
    return {
        "match_id": outcome.match_id,
        "person_id": outcome.person_id,
        "review_state": outcome.review_state,
        "status_before": outcome.status_before,
        "status_after": outcome.status_after,
        "reverted_changes": outcome.reverted_changes,
        "restored_changes": outcome.restored_changes,
        "cancelled_deliveries": outcome.cancelled_deliveries,
        "corrections": outcome.corrections,
    }


@router.get("/people", summary="everyone with status and timeline (`monitor status`)")
def list_people(request: Request, viewer: ApiViewer) -> list[Json]:
    with database(request).transaction() as session:
        return [person_as_dict(p) for p in people.person_views(session)]


@router.get("/people/{person_id}", summary="one person with status and timeline")
def get_person(request: Request, viewer: ApiViewer, person_id: PersonId) -> Json:
    with database(request).transaction() as session:
        found = people.person_views(session, person_id)
    if not found:
        raise HTTPException(404, f"no person {person_id!r}")
    return person_as_dict(found[0])


@router.get("/people/{person_id}/case", summary="a person's case file, each fact sourced")
def get_case_file(request: Request, viewer: ApiViewer, person_id: PersonId) -> Json:
    with database(request).transaction() as session:
        case = people.case_file(session, person_id, clock(request).date())
    if case is None:
        raise HTTPException(404, f"no person {person_id!r}")
    return case_file_as_dict(person_id, case)


@router.put("/people/{person_id}/status", summary="set a person's known status (audited)")
def set_status(
    request: Request, viewer: ApiViewer, person_id: PersonId, body: StatusRequest
) -> Json:
    if body.since is not None and body.since > clock(request).date():
        raise HTTPException(422, "since: the day a status took effect cannot be in the future")
    with database(request).transaction() as session:
        said = review.HandSetStatus(
            str(body.status),
            viewer.name,
            (body.note or "").strip() or None,
            inputs.start_of(body.since),
        )
        edit = review.set_known_status(session, person_id, said, clock(request))
    if edit is None:
        raise HTTPException(404, f"no person {person_id!r}")
    return {
        "person_id": edit.person_id,
        "known_status": {"from": edit.known_before, "to": edit.known_after},
        "status": {"from": edit.status_before, "to": edit.status_after},
    }


@router.get("/status", summary="each person's current status and since when")
def list_status(request: Request, viewer: ApiViewer) -> list[Json]:
    with database(request).transaction() as session:
        everyone = people.person_views(session)
    return [
        {
            "id": p.id,
            "name": p.name,
            "active": p.active,
            "status": p.status,
            "since": iso(p.status_since),
        }
        for p in everyone
    ]


@router.get("/feeds", summary="feed health (`monitor feeds`)")
def list_feeds(request: Request, viewer: ApiViewer) -> list[Json]:
    with database(request).transaction() as session:
        return [feed_as_dict(f) for f in feeds.list_feeds(session)]


@router.get("/deliveries", summary="alert deliveries and their attempts (`monitor alerts`)")
def list_deliveries(
    request: Request,
    viewer: ApiViewer,
    state: DeliveryState | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[Json]:
    with database(request).transaction() as session:
        return [delivery_as_dict(d) for d in deliveries.list_deliveries(session, state, limit)]


@router.post("/deliveries/{delivery_id}/retry", summary="send a failed delivery again now")
def retry_delivery(request: Request, viewer: ApiViewer, delivery_id: Id) -> Json:
    with database(request).transaction() as session:
        done = deliveries.retry_now(session, delivery_id, clock(request))
    if not done:
        raise HTTPException(409, "nothing to do: no such delivery, or it is sending or sent")
    return {"id": delivery_id, "state": DeliveryState.PENDING}


@router.post("/deliveries/{delivery_id}/ack", summary="acknowledge a delivery")
def acknowledge_delivery(request: Request, viewer: ApiViewer, delivery_id: Id) -> Json:
    with database(request).transaction() as session:
        done = deliveries.acknowledge(session, delivery_id, clock(request))
    if not done:
        raise HTTPException(409, "nothing to do: no such delivery, or already acknowledged")
    return {"id": delivery_id, "acknowledged": True}


@router.get("/review-actions", summary="the audit log, newest first")
def list_review_actions(
    request: Request, viewer: ApiViewer, limit: Annotated[int, Query(ge=1, le=1000)] = 100
) -> list[Json]:
    with database(request).transaction() as session:
        return [audit_as_dict(a) for a in review.audit_log(session, limit=limit)]


def audit_as_dict(entry: review.AuditEntry) -> Json:
    return {
        "id": entry.id,
        "match_id": entry.match_id,
        "person_id": entry.person_id,
        "action": entry.action,
        "actor": entry.actor,
        "note": entry.note,
        "detail": entry.detail,
        "created_at": iso(entry.created_at),
    }
