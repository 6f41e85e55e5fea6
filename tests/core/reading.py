"""Reading made-up English news in tests: the events a cast of watched people gets from it.

A test module names its cast and its publication time once, and reads sentences with it:

    events = Reader(PEOPLE, datetime(2024, 3, 20, 12, 0), title="Court news")
    assert events("Ivan Petrov was arrested on Monday.") == {("petrov", "detained", True)}

Every event read is checked for what any event promises (its evidence slices back out of
the text, its confidence is a probability, it names its rule), so each phrasing test
checks those too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any

import pytest

from monitor.core.events import extract_events
from monitor.core.match import NameIndex, compile_names, find_mentions
from monitor.core.types import Event, Person


def mentions_by_person(index: NameIndex, text: str) -> dict[str, list[str]]:
    """person id → the texts of the mentions ``index`` finds in ``text``, in order, each
    checked for what any mention promises (its span slices back, a confidence that is a
    probability, a rule and a variant)."""
    result: dict[str, list[str]] = {}
    for m in find_mentions(index, text):
        assert text[m.start : m.end] == m.text
        assert 0 <= m.confidence <= 1 and m.rule and m.variant
        result.setdefault(m.person_id, []).append(m.text)
    return result


@cache
def one_listed(spelling: str) -> NameIndex:
    """The compiled names of a watchlist of one person, of id "listed", written ``spelling``
    (cached: a table of spellings asks about each listed name again and again)."""
    return compile_names([Person("listed", spelling)])


def listed_in(listed: str, text: str) -> bool:
    """Whether ``text`` mentions the one person a watchlist writes ``listed``
    (``one_listed``; each mention checked as in ``mentions_by_person``)."""
    return "listed" in mentions_by_person(one_listed(listed), text)


def mention_counts(index: NameIndex, text: str) -> dict[str, int]:
    """person id → how many mentions ``index`` finds of them in ``text`` (each checked as in
    ``mentions_by_person``)."""
    return {person: len(texts) for person, texts in mentions_by_person(index, text).items()}


def assert_names_exactly(
    index: NameIndex, text: str, named: set[str], namesakes: Iterable[tuple[str, str]]
) -> None:
    """``text`` names exactly the people ``named``, and no mention of ``person`` overlaps
    the words of each (person, words) namesake pair."""
    assert set(mentions_by_person(index, text)) == named
    mentions = find_mentions(index, text)
    for person, words in namesakes:
        start = text.index(words)
        assert not any(
            m.person_id == person and m.start < start + len(words) and start < m.end
            for m in mentions
        ), words


# (person id, event type, current): what a phrasing test compares
Events = set[tuple[str, str, bool]]


# a feed item: (name, title, text, expected events, optional events, the people it names)
FeedItem = tuple[str, str, str, Events, Events, set[str]]


# The made-up people of the group tests' stories (lists, counts, plural words): each such
# module watches the first of them it needs (``GROUP_CAST[:n]``)
GROUP_CAST = [
    Person("bekov", "Timur Bekov"),
    Person("gasanov", "Farid Gasanov"),
    Person("orlova", "Vera Orlova"),
    Person("savchuk", "Denys Savchuk"),
    Person("petrenko", "Oksana Petrenko"),
    Person("moroz", "Pavlo Moroz"),
    Person("lisovska", "Iryna Lisovska"),
    Person("lutsko", "Hanna Lutsko"),
    Person("sadykov", "Marat Sadykov"),
    Person("volkov", "Arkady Volkov"),
    Person("nurmatov", "Dilshod Nurmatov"),
    Person("rahimli", "Sevda Rahimli"),
    Person("hasanli", "Elvin Hasanli"),
]
GROUP_PUBLISHED = datetime(2026, 12, 4, 9, 0)  # a Friday
NONE: Events = set()
# (name, text, expected)
Row = tuple[str, str, Events]


def each(people: str, kind: str, current: bool = True) -> Events:
    """The event ``kind`` for each of the space-separated ``people``."""
    return {(p, kind, current) for p in people.split()}


def article(*paragraphs: str) -> str:
    """An article's text: its paragraphs, a blank line between two."""
    return "\n\n".join(paragraphs)


def seen(found: Iterable[Event]) -> Events:
    """The (person, type, current) of each event."""
    return {(e.person_id, str(e.type), e.current) for e in found}


def named_params(rows: Iterable[Sequence[Any]], not_yet: Mapping[str, str]) -> list[Any]:
    """pytest params of ``rows`` (name, values...): the name is the test id, and a name in
    ``not_yet`` (name → the class still read wrongly) marks its row a strict xfail. The
    names are distinct, and each name in ``not_yet`` is a row's (not one renamed away)."""
    rows = list(rows)
    names = [name for name, *_ in rows]
    assert len(set(names)) == len(names), "two rows of one name"
    assert not_yet.keys() <= set(names), f"no row named {sorted(not_yet.keys() - set(names))}"
    return [
        pytest.param(
            *values,
            id=name,
            marks=[pytest.mark.xfail(reason=not_yet[name], strict=True)] if name in not_yet else [],
        )
        for name, *values in rows
    ]


def named_article_params(
    articles: Iterable[Sequence[Any]],
    named: Mapping[str, Sequence[Any]],
    not_yet: Mapping[str, str],
) -> list[Any]:
    """pytest params (title, text, people named, namesakes) of ``articles`` (name, title,
    text, ...), each article's people from its name's entry in ``named``."""
    return named_params(
        [(name, title, text, *named[name]) for name, title, text, *_ in articles], not_yet
    )


def item_params(items: Iterable[FeedItem], not_yet: Mapping[str, str]) -> list[Any]:
    """pytest params (title, text, expected, optional) of feed items (``named_params``)."""
    return named_params([row[:5] for row in items], not_yet)


def named_in_params(items: Iterable[FeedItem], not_yet: Mapping[str, str]) -> list[Any]:
    """pytest params (title, text, named) of feed items (``named_params``)."""
    return named_params(
        [(name, title, text, named) for name, title, text, *_, named in items], not_yet
    )


@dataclass(frozen=True)
class Reader:
    """The events a cast gets from an article's text under a title, published at a time."""

    people: Sequence[Person]
    published: datetime
    title: str = "Court news"
    index: NameIndex = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", compile_names(self.people))

    def extract(
        self, text: str, title: str | None = None, published: datetime | date | None = None
    ) -> list[Event]:
        """The events of ``title`` and ``text``, checked for what every event promises."""
        full = f"{self.title if title is None else title}\n\n{text}"
        found = extract_events(full, find_mentions(self.index, full), published or self.published)
        for e in found:
            assert full[e.evidence_start : e.evidence_end] == e.evidence
            assert e.evidence and e.evidence == e.evidence.strip()
            assert 0.0 <= e.confidence <= 1.0
            assert e.rule
        return found

    def __call__(
        self, text: str, title: str | None = None, published: datetime | None = None
    ) -> Events:
        return seen(self.extract(text, title, published))

    def check_item(self, title: str, text: str, expected: Events, optional: Events) -> None:
        """A feed item gives every event expected, and none but those and the optional."""
        found = self(text, title)
        assert expected <= found <= expected | optional

    def check_named(self, title: str, text: str, named: set[str]) -> None:
        """A feed item (its title and text) names exactly the people ``named``."""
        assert set(mentions_by_person(self.index, f"{title}\n\n{text}")) == named
