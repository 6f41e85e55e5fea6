"""What the people pages read: each person's summary (status, since when, aliases, tags,
context, how many events), in three queries whatever the number of people; and what a
case file is built from (the person's reports and the change that set their status)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.adapters.db.tables import (
    ArticleRow,
    EventRow,
    MatchRow,
    PersonRow,
    PersonTagRow,
    StatusChangeRow,
)
from monitor.core.case_file import (
    CaseFile,
    HandSet,
    Reported,
    Source,
    StatusNow,
    build_case_file,
    passages,
)
from monitor.core.people_search import PersonSummary


def people_summaries(session: Session, person_id: str | None = None) -> list[PersonSummary]:
    """Everyone (or one person), in the order of ids; the caller searches and sorts."""
    people = select(PersonRow).order_by(PersonRow.id)
    tags = select(PersonTagRow.person_id, PersonTagRow.tag).order_by(PersonTagRow.tag)
    events = select(EventRow.person_id, func.count()).group_by(EventRow.person_id)
    if person_id is not None:
        people = people.where(PersonRow.id == person_id)
        tags = tags.where(PersonTagRow.person_id == person_id)
        events = events.where(EventRow.person_id == person_id)
    tags_of: dict[str, list[str]] = {}
    for pid, tag in session.execute(tags):
        tags_of.setdefault(pid, []).append(tag)
    counts = {pid: int(n) for pid, n in session.execute(events)}
    return [
        PersonSummary(
            id=row.id,
            name=row.name,
            aliases=tuple(row.aliases or ()),
            tags=tuple(tags_of.get(row.id, ())),
            context=tuple(row.context or ()),
            status=row.status,
            status_since=row.status_since,
            active=row.active,
            events=counts.get(row.id, 0),
        )
        for row in session.scalars(people)
    ]


def person_summary(session: Session, person_id: str) -> PersonSummary | None:
    found = people_summaries(session, person_id)
    return found[0] if found else None


PASSAGE_MATCHES = 40  # the newest matches whose article text is read for hearings


def case_reports(session: Session, person_id: str) -> list[Reported]:
    """What the case file is built from: every event of the person (its evidence), and
    the sentences around the mentions in their newest articles."""
    query = (
        select(EventRow, MatchRow.review_state, ArticleRow.title, ArticleRow.url,
               ArticleRow.published_at)
        .join(MatchRow, EventRow.match_id == MatchRow.id)
        .join(ArticleRow, MatchRow.article_id == ArticleRow.id)
        .where(EventRow.person_id == person_id)
    )  # fmt: skip
    reports = [
        Reported(
            source=Source(event.match_id, title, url, day_of(published), event.evidence),
            event_type=event.type,
            current=event.current,
            event_date=event.event_date,
            dismissed=state == "dismissed",
        )
        for event, state, title, url, published in session.execute(query)
    ]
    articles = (
        select(MatchRow.id, MatchRow.mentions, ArticleRow.title, ArticleRow.text,
               ArticleRow.url, ArticleRow.published_at)
        .join(ArticleRow, MatchRow.article_id == ArticleRow.id)
        .where(MatchRow.person_id == person_id, MatchRow.review_state != "dismissed")
        .order_by(MatchRow.created_at.desc(), MatchRow.id.desc())
        .limit(PASSAGE_MATCHES)
    )  # fmt: skip
    for match_id, mentions, title, text, url, published in session.execute(articles):
        starts = [m["start"] for m in mentions or [] if isinstance(m.get("start"), int)]
        for sentence in passages(title + "\n\n" + text, starts):
            reports.append(Reported(Source(match_id, title, url, day_of(published), sentence)))
    return reports


def day_of(value: datetime | None) -> date | None:
    return value.date() if value else None


def status_now(session: Session, person_id: str) -> StatusNow | None:
    """The person's status, and the event of the change that set it, or staff's hand."""
    person = session.get(PersonRow, person_id)
    if person is None:
        return None
    hand_set = None
    if person.status_set_to is not None and person.status_set_at is not None:
        hand_set = HandSet(
            person.status_set_to, person.status_set_by or "?", person.status_set_at,
            person.status_set_since,
        )  # fmt: skip
    changes = (
        select(StatusChangeRow, EventRow, MatchRow.review_state, ArticleRow.title,
               ArticleRow.url, ArticleRow.published_at)
        .join(EventRow, StatusChangeRow.event_id == EventRow.id)
        .join(MatchRow, EventRow.match_id == MatchRow.id)
        .join(ArticleRow, MatchRow.article_id == ArticleRow.id)
        .where(StatusChangeRow.person_id == person_id, StatusChangeRow.reverted_at.is_(None))
        .order_by(StatusChangeRow.occurred_at.desc(), StatusChangeRow.id.desc())
        .limit(1)
    )  # fmt: skip
    changed_by = None
    for change, event, state, title, url, published in session.execute(changes):
        by_hand_later = hand_set is not None and change.detected_at <= hand_set.at
        if change.new_status == person.status and not by_hand_later:
            changed_by = Reported(
                Source(event.match_id, title, url, day_of(published), event.evidence),
                event.type, event.current, event.event_date, state == "dismissed",
            )  # fmt: skip
    return StatusNow(person.status, person.status_since, changed_by, hand_set)


def case_file(session: Session, person_id: str, today: date) -> CaseFile | None:
    """The person's case file as of ``today``; None when there is no such person."""
    status = status_now(session, person_id)
    if status is None:
        return None
    return build_case_file(status, case_reports(session, person_id), today)
