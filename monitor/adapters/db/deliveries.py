"""The delivery outbox: alerts waiting to be sent, claimed atomically, every attempt logged.

A dispatcher claims due deliveries with a guarded UPDATE (only one dispatcher's
UPDATE can match a row) that stamps each claim with a fresh random token and a
lease. Every later write is fenced by that token: the attempt is counted and
logged by ``UPDATE ... WHERE id = :id AND claim_token = :token`` and committed
BEFORE sending (no row changed: the claim was taken over, so nothing is sent),
the lease is renewed while the send is under way, and the outcome is recorded
under the same guard. A dispatcher that dies mid-send leaves the delivery
'sending' with a lease that runs out; the next claim takes it over and sends it
again with the same idempotency key (at-least-once delivery, in that window only).
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from typing import cast as typing_cast

from sqlalchemy import (
    ColumnElement,
    String,
    Table,
    and_,
    cast,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from monitor.adapters.db.session import rows_changed
from monitor.adapters.db.tables import (
    ArticleRow,
    DeliveryAttemptRow,
    DeliveryRow,
    EventRow,
    FeedRow,
    MatchRow,
    PersonRow,
    StatusChangeRow,
)
from monitor.core.alerts import AlertKind
from monitor.core.outcomes import AttemptOutcome, DeliveryState

DELIVERIES = typing_cast(Table, DeliveryRow.__table__)
ADD_DELIVERIES = insert(DELIVERIES).returning(DELIVERIES.c.id, sort_by_parameter_order=True)
CORRECTION = AlertKind.CORRECTION  # the kind of a delivery that takes back a sent alert
CORRECTED_KINDS = (AlertKind.STATUS_CHANGE, AlertKind.EVENT)  # what a dismissal takes back


@dataclass(frozen=True)
class Claimed:
    """A delivery this dispatcher now holds."""

    id: int
    key: str
    route: str
    channel: str
    kind: AlertKind
    person_id: str
    status_change_id: int | None
    story_id: int | None
    event_id: int | None
    digest: bool
    reminder: bool
    attempts: int
    created_at: datetime
    token: str = ""  # the claim's token: every write about this delivery is fenced by it


@dataclass(frozen=True)
class DueDelivery:
    """A delivery that may be claimed now."""

    id: int
    route: str
    digest: bool


@dataclass(frozen=True)
class StoryArticle:
    title: str
    url: str | None
    feed_url: str
    published: datetime | None


@dataclass(frozen=True)
class AlertFacts:
    """What the database knows for an alert about one delivery."""

    person_name: str
    event_type: str | None
    evidence: str
    event_date: date | None
    previous_status: str | None
    new_status: str | None
    match_id: int | None
    articles: tuple[StoryArticle, ...]
    detected_at: datetime
    source_state: str | None = None  # source_health alerts: failing, silent, ok
    corrects: CorrectedFacts | None = None  # corrections: the alert taken back


@dataclass(frozen=True)
class CorrectedFacts:
    """The sent alert a correction takes back, and the person's status now."""

    key: str
    delivery_id: int
    status_now: str | None


@dataclass(frozen=True)
class AttemptView:
    number: int
    worker: str
    started_at: datetime
    finished_at: datetime | None
    outcome: str | None
    detail: str | None
    duration_ms: int | None


@dataclass(frozen=True)
class DeliveryView:
    id: int
    key: str
    route: str
    channel: str
    kind: str
    person_id: str
    state: str
    digest: bool
    reminder: bool
    attempts: list[AttemptView]
    next_attempt_at: datetime | None
    created_at: datetime
    sent_at: datetime | None
    acked_at: datetime | None
    last_error: str | None
    feed_url: str | None = None  # source_health deliveries: the feed, and what happened
    summary: str | None = None
    corrects_id: int | None = None  # a correction: the sent alert it takes back


@dataclass(frozen=True)
class NewDelivery:
    """One alert to queue for one route, and when to send it. A person's alert names the
    status change, story or event it reports; a source_health alert is about a feed
    (``feed_id``, ``source_state``, ``summary``) and names no person."""

    route: str
    channel: str
    kind: AlertKind
    send_at: datetime
    person_id: str | None = None
    status_change_id: int | None = None
    story_id: int | None = None
    event_id: int | None = None
    digest: bool = False
    reminder_of: int | None = None  # a reminder: the sent alert nobody acknowledged
    feed_id: int | None = None
    source_state: str | None = None
    summary: str | None = None


def enqueue(session: Session, delivery: NewDelivery, now: datetime) -> int:
    """Queue one alert for one route; its id."""
    [delivery_id] = enqueue_many(session, [delivery], now)
    return delivery_id


def enqueue_many(session: Session, new: Sequence[NewDelivery], now: datetime) -> list[int]:
    """Queue alerts in one multi-row INSERT; their ids, in order."""
    if not new:
        return []
    session.flush()
    rows = session.connection().execute(
        ADD_DELIVERIES,
        [
            {
                "key": uuid.uuid4().hex,
                "route": delivery.route,
                "channel": delivery.channel,
                "kind": str(delivery.kind),
                "person_id": delivery.person_id or None,
                "feed_id": delivery.feed_id,
                "source_state": delivery.source_state,
                "summary": delivery.summary,
                "status_change_id": delivery.status_change_id,
                "story_id": delivery.story_id,
                "event_id": delivery.event_id,
                "digest": delivery.digest,
                "reminder_of": delivery.reminder_of,
                "state": str(DeliveryState.PENDING),
                "attempts": 0,
                "next_attempt_at": delivery.send_at,
                "created_at": now,
            }
            for delivery in new
        ],
    )
    return [row.id for row in rows]


def due(now: datetime, retries_due_by: datetime | None = None) -> ColumnElement[bool]:
    """What may be claimed at ``now``: pending deliveries whose time has come, and ones left
    'sending' by a dispatcher whose lease ran out. With ``retries_due_by``, a delivery
    already attempted counts only if it was due by then (a pass sends the alerts queued
    while it runs, but a retry waits for the next pass)."""
    pending = and_(DeliveryRow.state == DeliveryState.PENDING, DeliveryRow.next_attempt_at <= now)
    if retries_due_by is not None:
        pending = and_(
            pending,
            or_(DeliveryRow.attempts == 0, DeliveryRow.next_attempt_at <= retries_due_by),
        )
    return or_(
        pending, and_(DeliveryRow.state == DeliveryState.SENDING, DeliveryRow.claimed_until < now)
    )


def due_deliveries(
    session: Session,
    now: datetime,
    limit: int,
    retries_due_by: datetime | None = None,
    digest_of: str | None = None,
    except_routes: Collection[str] = (),
) -> list[DueDelivery]:
    """Up to ``limit`` claimable deliveries (of the digest of route ``digest_of`` only, if
    given; of no route in ``except_routes``), the longest waiting first, for the caller
    to ``claim`` in this transaction. On
    PostgreSQL they are locked, skipping rows another dispatcher has locked meanwhile:
    replicas claiming at once take different deliveries and never wait on each other."""
    query = select(DeliveryRow.id, DeliveryRow.route, DeliveryRow.digest).where(
        due(now, retries_due_by)
    )
    if digest_of is not None:
        query = query.where(DeliveryRow.route == digest_of, DeliveryRow.digest.is_(True))
    if except_routes:
        query = query.where(DeliveryRow.route.not_in(list(except_routes)))
    query = query.order_by(DeliveryRow.next_attempt_at, DeliveryRow.id).limit(limit)
    query = query.with_for_update(skip_locked=True)  # (SQLite: one writer at a time anyway)
    return [DueDelivery(*row) for row in session.execute(query)]


def claim(
    session: Session,
    delivery_ids: Sequence[int],
    now: datetime,
    worker: str,
    lease: timedelta,
    retries_due_by: datetime | None = None,
) -> list[Claimed]:
    """Claim those of ``delivery_ids`` that are still due, in one guarded UPDATE that stamps
    each with a claim token (fresh random text, and the delivery's id: one of its own) and
    a lease. Of dispatchers claiming the same row at
    once only one UPDATE matches it (PostgreSQL re-checks the condition on the locked
    row; SQLite runs one writer at a time)."""
    if not delivery_ids:
        return []
    token = literal(secrets.token_hex(10), String) + "-" + cast(DeliveryRow.id, String)
    result = session.execute(
        update(DeliveryRow)
        .where(DeliveryRow.id.in_(list(delivery_ids)), due(now, retries_due_by))
        .values(
            state=DeliveryState.SENDING,
            claimed_by=worker,
            claimed_until=now + lease,
            claim_token=token,
        )
        .returning(*CLAIMED_COLUMNS)
        .execution_options(synchronize_session=False)
    )
    return sorted((claimed_from(row) for row in result), key=lambda c: c.id)


CLAIMED_COLUMNS = (
    DeliveryRow.id,
    DeliveryRow.key,
    DeliveryRow.route,
    DeliveryRow.channel,
    DeliveryRow.kind,
    DeliveryRow.person_id,
    DeliveryRow.status_change_id,
    DeliveryRow.story_id,
    DeliveryRow.event_id,
    DeliveryRow.digest,
    DeliveryRow.reminder_of,
    DeliveryRow.attempts,
    DeliveryRow.created_at,
    DeliveryRow.claim_token,
)


def claimed_from(row: Any) -> Claimed:  # a row of CLAIMED_COLUMNS
    return Claimed(
        id=row.id,
        key=row.key,
        route=row.route,
        channel=row.channel,
        kind=AlertKind(row.kind),
        person_id=row.person_id or "",
        status_change_id=row.status_change_id,
        story_id=row.story_id,
        event_id=row.event_id,
        digest=row.digest,
        reminder=row.reminder_of is not None,
        attempts=row.attempts,
        created_at=row.created_at,
        token=row.claim_token,
    )


def start_attempts(
    session: Session, claimed: Sequence[Claimed], worker: str, now: datetime
) -> dict[int, int]:
    """Log an attempt for each of ``claimed`` before sending, only while it still carries
    its claim's token: the check and the count are one UPDATE (``WHERE id IN (...) AND
    claim_token IN (...)``; a token names its delivery, so each row matches its own
    only). The caller commits before it sends. Returns {delivery id: attempt id} for
    those still held; one missing was taken over meanwhile and must not be sent."""
    if not claimed:
        return {}
    numbers = session.execute(
        update(DeliveryRow)
        .where(
            DeliveryRow.id.in_([d.id for d in claimed]),
            DeliveryRow.claim_token.in_([d.token for d in claimed]),
            DeliveryRow.state == DeliveryState.SENDING,
        )
        .values(attempts=DeliveryRow.attempts + 1)
        .returning(DeliveryRow.id, DeliveryRow.attempts)
        .execution_options(synchronize_session=False)
    ).all()
    if not numbers:
        return {}
    rows = [
        {"delivery_id": delivery_id, "number": number, "worker": worker, "started_at": now}
        for delivery_id, number in numbers
    ]
    logged = session.execute(
        insert(DeliveryAttemptRow).returning(
            DeliveryAttemptRow.delivery_id, DeliveryAttemptRow.id, sort_by_parameter_order=True
        ),
        rows,
    )
    return {delivery_id: attempt_id for delivery_id, attempt_id in logged}


@dataclass(frozen=True)
class Ended:
    """How one attempt ended: sent, retry (at ``retry_at``) or failed."""

    attempt_id: int
    delivery: Claimed
    outcome: AttemptOutcome
    detail: str
    started_at: datetime
    retry_at: datetime | None = None


def finish_attempts(session: Session, ended: Sequence[Ended], now: datetime) -> set[int]:
    """Record how attempts ended. A delivery changes only while it still carries its
    claim's token; returns the ids of those that did (one missing was taken over
    meanwhile, and its new holder's outcome stands; its attempt row is logged all the
    same). Deliveries whose rows change alike share one UPDATE."""
    if not ended:
        return set()
    session.execute(  # an ORM bulk UPDATE by primary key: one statement, many rows
        update(DeliveryAttemptRow),
        [
            {
                "id": e.attempt_id,
                "finished_at": now,
                "outcome": e.outcome,
                "detail": e.detail,
                "duration_ms": int((now - e.started_at).total_seconds() * 1000),
            }
            for e in ended
        ],
    )
    alike: dict[tuple[AttemptOutcome, datetime | None, str | None], list[Claimed]] = {}
    for e in ended:
        error = None if e.outcome == AttemptOutcome.SENT else e.detail
        alike.setdefault((e.outcome, e.retry_at, error), []).append(e.delivery)
    recorded: set[int] = set()
    for (outcome, retry_at, error), group in alike.items():
        values: dict[str, object] = {
            "claimed_by": None,
            "claimed_until": None,
            "claim_token": None,
            "last_error": error,
        }
        if outcome == AttemptOutcome.SENT:
            values |= {"state": DeliveryState.SENT, "sent_at": now}
        elif outcome == AttemptOutcome.RETRY:
            values |= {"state": DeliveryState.PENDING, "next_attempt_at": retry_at}
        else:
            values |= {"state": DeliveryState.FAILED}
        changed = session.scalars(
            update(DeliveryRow)
            .where(
                DeliveryRow.id.in_([d.id for d in group]),
                DeliveryRow.claim_token.in_([d.token for d in group]),
            )
            .values(**values)
            .returning(DeliveryRow.id)
            .execution_options(synchronize_session=False)
        )
        recorded.update(changed)
    return recorded


def renew_claims(session: Session, tokens: Collection[str], now: datetime, lease: timedelta) -> int:
    """Extend the leases of the deliveries still held under ``tokens`` (sends under way)."""
    if not tokens:
        return 0
    result = session.execute(
        update(DeliveryRow)
        .where(
            DeliveryRow.claim_token.in_(list(tokens)), DeliveryRow.state == DeliveryState.SENDING
        )
        .values(claimed_until=now + lease)
        .execution_options(synchronize_session=False)
    )
    return rows_changed(result)


def expire_claims(session: Session, now: datetime) -> int:
    """End every claim now, so the next dispatch takes the deliveries over (and sends them
    again with the same key). Only for a sole daemon starting: claims it finds are those of
    a predecessor that died."""
    result = session.execute(
        update(DeliveryRow)
        .where(DeliveryRow.state == DeliveryState.SENDING)
        .values(claimed_until=now)
    )
    return rows_changed(result)


def end_claims_of(session: Session, worker: str, now: datetime) -> int:
    """End the claims ``worker`` holds on deliveries being sent (its dispatch failed part
    way), so that the next dispatch takes them over now rather than when they expire.
    Returns how many."""
    result = session.execute(
        update(DeliveryRow)
        .where(DeliveryRow.state == DeliveryState.SENDING, DeliveryRow.claimed_by == worker)
        .values(claimed_until=now)
    )
    return rows_changed(result)


def alert_facts(session: Session, delivery: Claimed) -> AlertFacts:
    if delivery.kind == AlertKind.SOURCE_HEALTH:
        return source_alert_facts(session, delivery)
    person = session.get(PersonRow, delivery.person_id)
    change = (
        session.get(StatusChangeRow, delivery.status_change_id)
        if delivery.status_change_id
        else None
    )
    event = session.get(EventRow, delivery.event_id) if delivery.event_id else None
    corrects = corrected_facts(session, delivery) if delivery.kind == CORRECTION else None
    return AlertFacts(
        person_name=person.name if person else delivery.person_id,
        event_type=event.type if event else None,
        evidence=event.evidence if event else "",
        event_date=event.event_date if event else None,
        previous_status=change.previous_status if change else None,
        new_status=change.new_status if change else None,
        match_id=event.match_id if event else None,
        articles=story_articles(session, delivery.story_id) if delivery.story_id else (),
        detected_at=change.detected_at
        if change
        else (event.created_at if event else delivery.created_at),
        corrects=corrects,
    )


def corrected_facts(session: Session, delivery: Claimed) -> CorrectedFacts | None:
    """What a correction takes back: the original's key and id, and the status now."""
    row = session.get(DeliveryRow, delivery.id)
    original = session.get(DeliveryRow, row.corrects_id) if row and row.corrects_id else None
    if original is None:
        return None
    person = session.get(PersonRow, delivery.person_id)
    return CorrectedFacts(original.key, original.id, person.status if person else None)


def source_alert_facts(session: Session, delivery: Claimed) -> AlertFacts:
    """A feed down, silent or back: the feed stands where the person would."""
    row = session.get(DeliveryRow, delivery.id)
    feed = session.get(FeedRow, row.feed_id) if row and row.feed_id else None
    name = (feed.title or feed.url) if feed else "a feed"
    return AlertFacts(
        person_name=name,
        event_type=None,
        evidence=(row.summary if row else None) or "",
        event_date=None,
        previous_status=None,
        new_status=None,
        match_id=None,
        articles=(StoryArticle(name, None, feed.url, None),) if feed else (),
        detected_at=delivery.created_at,
        source_state=row.source_state if row else None,
    )


def story_articles(session: Session, story_id: int) -> tuple[StoryArticle, ...]:
    """The story's articles, the first report first, then the corroboration."""
    query = (
        select(ArticleRow.title, ArticleRow.url, FeedRow.url, ArticleRow.published_at)
        .join(MatchRow, MatchRow.article_id == ArticleRow.id)
        .join(EventRow, EventRow.match_id == MatchRow.id)
        .join(FeedRow, ArticleRow.feed_id == FeedRow.id)
        .where(EventRow.story_id == story_id)
        .order_by(EventRow.id)
    )
    return tuple(StoryArticle(*row) for row in session.execute(query))


def list_deliveries(
    session: Session, state: str | None = None, limit: int | None = None
) -> list[DeliveryView]:
    query = select(DeliveryRow).order_by(DeliveryRow.created_at.desc(), DeliveryRow.id.desc())
    if state:
        query = query.where(DeliveryRow.state == state)
    if limit:
        query = query.limit(limit)
    rows = list(session.scalars(query))
    feed_ids = {r.feed_id for r in rows if r.feed_id is not None}
    feed_urls: dict[int, str] = {}
    if feed_ids:
        query_feeds = select(FeedRow.id, FeedRow.url).where(FeedRow.id.in_(feed_ids))
        feed_urls = {feed_id: url for feed_id, url in session.execute(query_feeds)}
    attempts: dict[int, list[AttemptView]] = {}
    if rows:
        found = session.scalars(
            select(DeliveryAttemptRow)
            .where(DeliveryAttemptRow.delivery_id.in_([r.id for r in rows]))
            .order_by(DeliveryAttemptRow.number)
        )
        for a in found:
            attempts.setdefault(a.delivery_id, []).append(
                AttemptView(
                    a.number,
                    a.worker,
                    a.started_at,
                    a.finished_at,
                    a.outcome,
                    a.detail,
                    a.duration_ms,
                )
            )
    return [
        DeliveryView(
            id=r.id,
            key=r.key,
            route=r.route,
            channel=r.channel,
            kind=r.kind,
            person_id=r.person_id or "",
            state=r.state,
            digest=r.digest,
            reminder=r.reminder_of is not None,
            attempts=attempts.get(r.id, []),
            next_attempt_at=r.next_attempt_at if r.state == DeliveryState.PENDING else None,
            created_at=r.created_at,
            sent_at=r.sent_at,
            acked_at=r.acked_at,
            last_error=r.last_error,
            feed_url=feed_urls.get(r.feed_id) if r.feed_id is not None else None,
            summary=r.summary,
            corrects_id=r.corrects_id,
        )
        for r in rows
    ]


def retry_now(session: Session, delivery_id: int, now: datetime) -> bool:
    """Send a failed (or waiting) delivery again at once; False when there is no such one."""
    result = session.execute(
        update(DeliveryRow)
        .where(
            DeliveryRow.id == delivery_id,
            DeliveryRow.state.in_([DeliveryState.FAILED, DeliveryState.PENDING]),
        )
        .values(state=DeliveryState.PENDING, next_attempt_at=now)
    )
    return rows_changed(result) == 1


def acknowledge(session: Session, delivery_id: int, now: datetime) -> bool:
    result = session.execute(
        update(DeliveryRow)
        .where(DeliveryRow.id == delivery_id, DeliveryRow.acked_at.is_(None))
        .values(acked_at=now)
    )
    return rows_changed(result) == 1


def unacknowledged(session: Session, route: str, sent_before: datetime) -> list[Claimed]:
    """Sent alerts of ``route`` nobody acknowledged since ``sent_before`` and not yet reminded."""
    reminded = select(DeliveryRow.reminder_of).where(DeliveryRow.reminder_of.is_not(None))
    corrected = select(DeliveryRow.corrects_id).where(DeliveryRow.corrects_id.is_not(None))
    query = select(DeliveryRow).where(
        DeliveryRow.route == route,
        DeliveryRow.state == DeliveryState.SENT,
        DeliveryRow.acked_at.is_(None),
        DeliveryRow.reminder_of.is_(None),
        DeliveryRow.kind.not_in([AlertKind.TEST, AlertKind.SOURCE_HEALTH, CORRECTION]),
        DeliveryRow.sent_at <= sent_before,
        DeliveryRow.id.not_in(reminded),
        DeliveryRow.id.not_in(corrected),  # taken back: no reminder of it
    )
    return [
        Claimed(
            r.id,
            r.key,
            r.route,
            r.channel,
            AlertKind(r.kind),
            r.person_id or "",
            r.status_change_id,
            r.story_id,
            r.event_id,
            r.digest,
            False,
            r.attempts,
            r.created_at,
        )
        for r in session.scalars(query)
    ]


def queue_corrections(
    session: Session, status_change_ids: Sequence[int], event_ids: Sequence[int], now: datetime
) -> int:
    """Queue one correction, due now on the same route, for each sent alert about these
    status changes or events that has none yet; returns how many. A reminder is the same
    alert sent again: its original's correction covers it. The unique ``corrects_id``
    keeps it to one even if two dismissals race."""
    already = select(DeliveryRow.corrects_id).where(DeliveryRow.corrects_id.is_not(None))
    sent = session.scalars(
        select(DeliveryRow)
        .where(
            DeliveryRow.state == DeliveryState.SENT,
            DeliveryRow.kind.in_(CORRECTED_KINDS),
            DeliveryRow.reminder_of.is_(None),
            or_(
                DeliveryRow.status_change_id.in_(list(status_change_ids)),
                DeliveryRow.event_id.in_(list(event_ids)),
            ),
            DeliveryRow.id.not_in(already),
        )
        .order_by(DeliveryRow.id)
    ).all()
    for original in sent:
        session.add(correction_of(original, now))
    session.flush()
    return len(sent)


def correction_of(original: DeliveryRow, now: datetime) -> DeliveryRow:
    """A correction of ``original``: its route, channel, person, story and digest, a key of
    its own (receivers de-duplicate it apart from the original)."""
    return DeliveryRow(
        key=uuid.uuid4().hex,
        route=original.route,
        channel=original.channel,
        kind=CORRECTION,
        person_id=original.person_id,
        status_change_id=original.status_change_id,
        story_id=original.story_id,
        event_id=original.event_id,
        digest=original.digest,
        corrects_id=original.id,
        state=DeliveryState.PENDING,
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
