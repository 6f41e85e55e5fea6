"""What the people pages read: each person's summary (status, since when, aliases, tags,
context, how many events), in three queries whatever the number of people."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.adapters.db.tables import EventRow, PersonRow, PersonTagRow
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
