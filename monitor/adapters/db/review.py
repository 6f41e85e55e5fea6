"""Review: staff's verdicts on matches and on people's statuses, each written to the audit log.

Dismissing a match reverts the status changes its events made (the person's
status is recomputed from the changes that remain), cancels its alerts not yet
sent, and queues one correction for each of its alerts already sent (never a
second one for the same alert, however often it is dismissed). Confirming marks it
reviewed; confirming a match dismissed earlier restores the status changes the
dismissal reverted (a correction queued meanwhile stands).

review_match                          confirm or dismiss, with its effects
set_known_status                      staff say what a person's status is
add_audit_line / audit_log            write and read the audit log
review_counts / review_states         how many matches in each review state; some matches'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from monitor.adapters.db import deliveries
from monitor.adapters.db.session import rows_changed
from monitor.adapters.db.tables import (
    DeliveryRow,
    EventRow,
    MatchRow,
    PersonRow,
    ReviewActionRow,
    StatusChangeRow,
)
from monitor.core.outcomes import DeliveryState, ReviewState


@dataclass(frozen=True)
class ReviewOutcome:
    match_id: int
    person_id: str
    review_state: str
    status_before: str
    status_after: str
    reverted_changes: int
    restored_changes: int
    cancelled_deliveries: int
    corrections: int = 0  # corrections queued for alerts already sent


def review_match(
    session: Session, match_id: int, *, dismiss: bool, actor: str, note: str | None, now: datetime
) -> ReviewOutcome | None:
    """Confirm or dismiss a match; None when there is no such match."""
    match = session.get(MatchRow, match_id)
    if match is None:
        return None
    person = session.get(PersonRow, match.person_id)
    status_before = person.status if person else "unknown"
    match.review_state = ReviewState.DISMISSED if dismiss else ReviewState.CONFIRMED
    match.reviewed_by, match.reviewed_at, match.review_note = actor, now, note
    event_ids = list(session.scalars(select(EventRow.id).where(EventRow.match_id == match_id)))
    changes = select(StatusChangeRow.id).where(StatusChangeRow.event_id.in_(event_ids))
    reverted = restored = cancelled = corrections = 0
    if dismiss:
        reverted = rows_changed(
            session.execute(
                update(StatusChangeRow)
                .where(StatusChangeRow.id.in_(changes), StatusChangeRow.reverted_at.is_(None))
                .values(reverted_at=now)
            )
        )
        cancelled = rows_changed(
            session.execute(
                update(DeliveryRow)
                .where(
                    DeliveryRow.state == DeliveryState.PENDING,
                    DeliveryRow.kind != deliveries.CORRECTION,
                    or_(
                        DeliveryRow.status_change_id.in_(changes),
                        DeliveryRow.event_id.in_(event_ids),
                    ),
                )
                .values(
                    state=DeliveryState.CANCELLED,
                    last_error=f"cancelled: match #{match_id} dismissed",
                )
            )
        )
        change_ids = list(session.scalars(changes))
        corrections = deliveries.queue_corrections(session, change_ids, event_ids, now)
    else:
        restored = rows_changed(
            session.execute(
                update(StatusChangeRow)
                .where(StatusChangeRow.id.in_(changes), StatusChangeRow.reverted_at.is_not(None))
                .values(reverted_at=None)
            )
        )
    status_after = (
        recompute_status(session, match.person_id, now) if reverted or restored else status_before
    )
    detail: dict[str, Any] = {"status": [status_before, status_after]}
    if reverted or restored or cancelled or corrections:
        detail |= {"reverted": reverted, "restored": restored, "cancelled": cancelled}
    if corrections:
        detail["corrections"] = corrections
    session.add(
        ReviewActionRow(
            match_id=match_id,
            person_id=match.person_id,
            action="dismiss" if dismiss else "confirm",
            actor=actor,
            note=note,
            detail=detail,
            created_at=now,
        )
    )
    return ReviewOutcome(
        match_id,
        match.person_id,
        match.review_state,
        status_before,
        status_after,
        reverted,
        restored,
        cancelled,
        corrections,
    )


@dataclass(frozen=True, slots=True)
class AuditLine:
    """One line of the audit log that is not a match's review (an edit of the watchlist)."""

    action: str
    actor: str
    note: str | None
    detail: dict[str, Any]
    person_id: str | None = None


def add_audit_line(session: Session, line: AuditLine, now: datetime) -> None:
    session.add(
        ReviewActionRow(
            match_id=None,
            person_id=line.person_id,
            action=line.action,
            actor=line.actor,
            note=line.note,
            detail=line.detail,
            created_at=now,
        )
    )


@dataclass(frozen=True)
class AuditEntry:
    id: int
    match_id: int | None
    person_id: str | None
    action: str
    actor: str
    note: str | None
    detail: dict[str, Any] | None
    created_at: datetime


def audit_log(
    session: Session,
    *,
    match_id: int | None = None,
    person_id: str | None = None,
    actions: tuple[str, ...] = (),
    limit: int | None = 200,
) -> list[AuditEntry]:
    """Review actions (those named in ``actions``, when given), newest first."""
    query = select(ReviewActionRow).order_by(
        ReviewActionRow.created_at.desc(), ReviewActionRow.id.desc()
    )
    if match_id is not None:
        query = query.where(ReviewActionRow.match_id == match_id)
    if person_id is not None:
        query = query.where(ReviewActionRow.person_id == person_id)
    if actions:
        query = query.where(ReviewActionRow.action.in_(actions))
    if limit:
        query = query.limit(limit)
    return [
        AuditEntry(r.id, r.match_id, r.person_id, r.action, r.actor, r.note, r.detail, r.created_at)
        for r in session.scalars(query)
    ]


def review_counts(session: Session) -> dict[str, int]:
    query = select(MatchRow.review_state, func.count()).group_by(MatchRow.review_state)
    return {state: int(n) for state, n in session.execute(query)}


def review_states(session: Session, match_ids: list[int]) -> dict[int, str]:
    if not match_ids:
        return {}
    query = select(MatchRow.id, MatchRow.review_state).where(MatchRow.id.in_(match_ids))
    return {match_id: state for match_id, state in session.execute(query)}


# --- staff set a person's status by hand ------------------------------------------------


@dataclass(frozen=True)
class StatusEdit:
    person_id: str
    known_before: str | None
    known_after: str
    status_before: str
    status_after: str


@dataclass(frozen=True)
class HandSetStatus:
    """What staff say: the status, who says it, why, and from when it holds (None: now)."""

    status: str
    actor: str
    note: str | None = None
    since: datetime | None = None


def set_known_status(
    session: Session, person_id: str, edit: HandSetStatus, now: datetime
) -> StatusEdit | None:
    """Staff say what the person's status is: it becomes the known status and the current
    one (since ``edit.since``, or now), audited, and holds until a status change detected
    later (a dismissal or a watchlist sync does not undo it). None when there is no such
    person."""
    person = session.get(PersonRow, person_id)
    if person is None:
        return None
    status, since = edit.status, edit.since or now
    done = StatusEdit(person_id, person.known_status, status, person.status, status)
    person.known_status, person.status, person.status_since = status, status, since
    person.status_set_to, person.status_set_by, person.status_set_at = status, edit.actor, now
    person.status_set_since = since
    person.updated_at = now
    detail: dict[str, Any] = {
        "known_status": [done.known_before, status],
        "status": [done.status_before, status],
    }
    if edit.since is not None:
        detail["since"] = edit.since.isoformat()
    add_audit_line(session, AuditLine("set_status", edit.actor, edit.note, detail, person_id), now)
    return done


def recompute_status(session: Session, person_id: str, now: datetime) -> str:
    """The status the remaining (not reverted) changes give, counting only those detected
    after staff last set the status by hand; else that status, or the known one."""
    person = session.get(PersonRow, person_id)
    if person is None:
        return "unknown"
    remaining = select(StatusChangeRow).where(
        StatusChangeRow.person_id == person_id, StatusChangeRow.reverted_at.is_(None)
    )
    if person.status_set_at is not None:
        remaining = remaining.where(StatusChangeRow.detected_at > person.status_set_at)
    latest = session.scalars(
        remaining.order_by(StatusChangeRow.occurred_at.desc(), StatusChangeRow.id.desc()).limit(1)
    ).first()
    if latest is None and person.status_set_to is not None:
        person.status = person.status_set_to
        person.status_since = person.status_set_since or person.status_set_at
    elif latest is None:
        person.status, person.status_since = person.known_status or "unknown", None
    else:
        person.status, person.status_since = latest.new_status, latest.occurred_at
    person.updated_at = now
    return person.status
