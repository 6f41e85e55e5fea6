"""Finding people on the people page: by any spelling of a name, by status, by tag, and
in the order staff ask for (the latest status change first, or by name).

A query word finds a person when it is part of the folded name, an alias or the id
("kozl" finds Vladimir Kozlov), or when it spells a name part of the same family
("Erimbetov" and "Еримбетов" find Iskander Yerimbetov): the same folding and keys the
matcher uses, so the page finds whom the monitor would find. Every word must match.

    >>> people = [PersonSummary("yerimbetov-iskander", "Iskander Yerimbetov")]
    >>> [p.id for p in search_people(people, PeopleQuery(text="Еримбетов"))]
    ['yerimbetov-iskander']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from monitor.core.names import fold, part_key


class PeopleOrder(StrEnum):
    LAST_CHANGE = "last_change"  # the latest status change first; never changed last
    NAME = "name"


@dataclass(frozen=True)
class PersonSummary:
    """One row of the people page."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    status: str = "unknown"
    status_since: datetime | None = None  # when the current status took effect
    active: bool = True  # still in the watchlist
    events: int = 0  # events in the timeline


@dataclass(frozen=True)
class PeopleQuery:
    text: str = ""
    status: str = ""  # "" any
    tag: str = ""  # "" any
    order: PeopleOrder = PeopleOrder.LAST_CHANGE


def spellings(person: PersonSummary) -> list[str]:
    return [person.name, *person.aliases, person.id]


def matches_word(word: str, person: PersonSummary) -> bool:
    folded = fold(word)
    if not folded:
        return True
    names = [fold(s) for s in spellings(person)]
    if any(folded in name for name in names):
        return True
    wanted = part_key(word)
    return bool(wanted) and any(
        part_key(part) == wanted for name in spellings(person) for part in name.split()
    )


def matches(person: PersonSummary, query: PeopleQuery) -> bool:
    if query.status and person.status != query.status:
        return False
    if query.tag and query.tag not in person.tags:
        return False
    return all(matches_word(word, person) for word in query.text.split())


def search_people(people: Sequence[PersonSummary], query: PeopleQuery) -> list[PersonSummary]:
    """The people ``query`` finds, watchlisted before no-longer-watchlisted, then in its
    order (ties by name, then id)."""
    found = [p for p in people if matches(p, query)]
    found.sort(key=lambda p: (fold(p.name), p.id))
    if query.order is PeopleOrder.LAST_CHANGE:
        found.sort(key=lambda p: -p.status_since.timestamp() if p.status_since else float("inf"))
    found.sort(key=lambda p: not p.active)
    return found


def all_tags(people: Sequence[PersonSummary]) -> list[str]:
    return sorted({tag for person in people for tag in person.tags})
