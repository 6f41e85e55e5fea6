"""Analyse one article: who is in it and what happened to them.

This is the one entry point the pipeline and ``monitor scan`` share. Events are
read from every mention, but a finding keeps only the first ``MAX_MENTIONS``
mentions of its person (and the count of all): an article naming someone
20,000 times costs bounded storage and a bounded review page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import count
from typing import Any

from monitor.core.languages import detect_language, language_code
from monitor.core.match import NameIndex, compile_names, find_mentions_once
from monitor.core.readers import read_events
from monitor.core.types import Article, Event, Finding, Mention, Person, for_person

MAX_MENTIONS = 50  # mentions kept per (article, person)


@dataclass(frozen=True)
class Scanner:
    """A watchlist compiled for analysing articles."""

    people: dict[str, Person]
    names: NameIndex
    order: dict[str, int] = field(default_factory=dict)  # person id → watchlist position


def build_scanner(people: Sequence[Person]) -> Scanner:
    """The scanner of ``people``, their names compiled now (``name_cache`` keeps them)."""
    return scanner_from(people, compile_names(people))


def scanner_from(people: Sequence[Person], names: NameIndex) -> Scanner:
    """The scanner of ``people`` with their names compiled already (``names``)."""
    ids = [p.id for p in people]  # (the dicts made in C: 100,000 people at each start)
    return Scanner(
        people=dict(zip(ids, people, strict=True)),
        names=names,
        order=dict(zip(ids, count())),
    )


def scan_article(scanner: Scanner, article: Article) -> list[Finding]:
    """One finding per watchlisted person named in the article, in watchlist order. People
    listed alike (``NameIndex.twins``) are read once, as the first of them, whose finding
    each of the others gets a copy of."""
    text = article.full_text
    mentions = find_mentions_once(scanner.names, text)
    if not mentions:
        return []
    lang = language_of(article)
    events = read_events(lang, text, mentions, article.published)
    order = scanner.order or {person_id: i for i, person_id in enumerate(scanner.people)}
    by_person: dict[str, list[Mention]] = {}
    for mention in mentions:  # in text order: the first ones are kept
        mine = by_person.get(mention.person_id)
        if mine is None:
            by_person[mention.person_id] = [mention]
        else:
            mine.append(mention)
    their_events: dict[str, list[Event]] = {}
    for event in events:
        theirs = their_events.get(event.person_id)
        if theirs is None:
            their_events[event.person_id] = [event]
        else:
            theirs.append(event)
    findings = [
        Finding(
            person_id=person_id,
            mentions=tuple(by_person[person_id][:MAX_MENTIONS]),
            events=tuple(their_events.get(person_id, ())),
            mention_count=len(by_person[person_id]),
            lang=lang,
        )
        for person_id in by_person
    ]
    twins = scanner.names.twins
    if twins:
        findings += [
            _copied(finding, other)
            for finding in findings
            for other in twins.get(finding.person_id, ())
        ]
    return sorted(findings, key=lambda finding: order[finding.person_id])


def _copied(finding: Finding, person_id: str) -> Finding:
    """``finding`` for another person listed alike."""
    return Finding(
        person_id=person_id,
        mentions=tuple(for_person(person_id, m) for m in finding.mentions),
        events=tuple(for_person(person_id, e) for e in finding.events),
        mention_count=finding.mention_count,
        lang=finding.lang,
    )


def language_of(article: Article) -> str:
    """The article's language: as declared, else detected from its text."""
    return language_code(article.lang) or detect_language(article.full_text)


def finding_as_dict(article_id: str, finding: Finding) -> dict[str, Any]:
    """The ``monitor scan`` output object for one (article, person) pair."""
    return {
        "article_id": article_id,
        "person_id": finding.person_id,
        "lang": finding.lang,
        "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in finding.mentions],
        "events": [
            {
                "type": str(e.type),
                "current": e.current,
                "confidence": round(e.confidence, 3),
                "evidence": e.evidence,
                "date": e.date.isoformat() if e.date else None,
            }
            for e in finding.events
        ],
    }
