"""The events the Atom feeds carry: one person's, a set of people's, or everyone's,
newest first, a bounded number. A dismissed match's events are left out (review said
the article is not about that person); background events ("was arrested in 2017")
too, unless asked for: a feed reader wants news. Callers get plain records."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.adapters.db.tables import ArticleRow, EventRow, MatchRow, PersonRow, PersonTagRow
from monitor.core.outcomes import ReviewState


@dataclass(frozen=True)
class FeedEvent:
    """One event as a feed entry shows it."""

    id: int
    person_id: str
    person_name: str
    type: str
    current: bool
    evidence: str
    event_date: date | None
    detected_at: datetime
    match_id: int
    article_title: str
    article_url: str | None
    published: datetime | None


@dataclass(frozen=True)
class FeedScope:
    """Whose events: ``person_ids`` None for everyone; ``background`` to include them."""

    person_ids: Collection[str] | None = None
    background: bool = False
    limit: int = 100


def feed_events(session: Session, scope: FeedScope) -> list[FeedEvent]:
    """The newest ``scope.limit`` events in scope, newest detected first."""
    query = (
        select(
            EventRow,
            MatchRow.id,
            PersonRow.name,
            ArticleRow.title,
            ArticleRow.url,
            ArticleRow.published_at,
        )
        .join(MatchRow, EventRow.match_id == MatchRow.id)
        .join(ArticleRow, MatchRow.article_id == ArticleRow.id)
        .join(PersonRow, EventRow.person_id == PersonRow.id)
        .where(MatchRow.review_state != ReviewState.DISMISSED)
        .order_by(EventRow.created_at.desc(), EventRow.id.desc())
        .limit(scope.limit)
    )
    if scope.person_ids is not None:
        query = query.where(EventRow.person_id.in_(list(scope.person_ids)))
    if not scope.background:
        query = query.where(EventRow.current.is_(True))
    return [
        FeedEvent(
            id=event.id,
            person_id=event.person_id,
            person_name=name,
            type=event.type,
            current=event.current,
            evidence=event.evidence,
            event_date=event.event_date,
            detected_at=event.created_at,
            match_id=match_id,
            article_title=title,
            article_url=url,
            published=published,
        )
        for event, match_id, name, title, url, published in session.execute(query)
    ]


def person_name(session: Session, person_id: str) -> str | None:
    """The person's name; None when there is no such person."""
    return session.scalar(select(PersonRow.name).where(PersonRow.id == person_id))


def people_with_tag(session: Session, tag: str) -> list[str]:
    """The ids of the watchlisted people the watchlist gives ``tag``."""
    query = (
        select(PersonTagRow.person_id)
        .join(PersonRow, PersonRow.id == PersonTagRow.person_id)
        .where(PersonTagRow.tag == tag, PersonRow.active)
        .order_by(PersonTagRow.person_id)
    )
    return list(session.scalars(query))
