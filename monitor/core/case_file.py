"""A person's case file, built from what the monitor has read about them: the current
status and since when, the last known place of detention, the sentence (its length and
date, when an article states them), the next hearing when one is announced; every fact
with the article it comes from. Events of dismissed matches are left out.

Sentences in Cyrillic are read by the Russian readers (``case_facts_ru``), the others by
the English ones. The newest report wins for each fact: a later article saying he was
moved to another colony replaces the colony an older one named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from monitor.core.case_facts import Term, facility_of, hearing_of, term_of
from monitor.core.case_facts_ru import facility_of_ru, hearing_of_ru, term_of_ru
from monitor.core.sentences import split_sentences

FACILITY_EVENTS = frozenset(
    {
        "detained",
        "sentenced",
        "transferred",
        "hunger_strike",
        "ill_treatment",
        "appeal_rejected",
        "parole_denied",
        "trial",
    }
)
TERM_EVENTS = frozenset({"sentenced", "appeal_rejected"})


@dataclass(frozen=True)
class Source:
    """Where a fact was read: the sentence, the article, the match it belongs to."""

    match_id: int
    article_title: str
    article_url: str | None
    published: date | None
    sentence: str


@dataclass(frozen=True)
class Reported:
    """A sentence the monitor read about the person: an event's evidence (``event_type``
    set) or another sentence of an article that mentions them."""

    source: Source
    event_type: str | None = None
    current: bool = True
    event_date: date | None = None  # the day the text gives, when it gives one
    dismissed: bool = False  # its match was dismissed in review

    @property
    def day(self) -> date | None:
        return self.event_date or self.source.published


@dataclass(frozen=True)
class HandSet:
    """Staff set the status by hand: who, when, and from when it holds."""

    status: str
    by: str
    at: datetime
    since: datetime | None


@dataclass(frozen=True)
class StatusFact:
    status: str
    since: datetime | None
    source: Source | None  # the event that set it, when one did
    hand_set: HandSet | None  # when staff set it (and no later event changed it)


@dataclass(frozen=True)
class PlaceFact:
    place: str
    day: date | None
    source: Source


@dataclass(frozen=True)
class TermFact:
    term: Term
    day: date | None  # when the sentence was handed down
    source: Source


@dataclass(frozen=True)
class HearingFact:
    day: date
    source: Source


@dataclass(frozen=True)
class CaseFile:
    status: StatusFact
    facility: PlaceFact | None
    term: TermFact | None
    next_hearing: HearingFact | None
    last_hearing: HearingFact | None  # the latest announced hearing already past


@dataclass(frozen=True)
class StatusNow:
    """The person's status as stored, and the event that last changed it (if any)."""

    status: str
    since: datetime | None
    changed_by: Reported | None = None
    hand_set: HandSet | None = None


CYRILLIC = re.compile(r"[\u0400-\u04ff]{3}")


def russian(sentence: str) -> bool:
    """Read with the Russian readers: the sentence is written in Cyrillic."""
    return CYRILLIC.search(sentence) is not None


def term_in(sentence: str) -> Term | None:
    return term_of_ru(sentence) if russian(sentence) else term_of(sentence)


def facility_in(sentence: str) -> str | None:
    return facility_of_ru(sentence) if russian(sentence) else facility_of(sentence)


def hearing_in(sentence: str, published: date | None) -> date | None:
    reader = hearing_of_ru if russian(sentence) else hearing_of
    return reader(sentence, published)


def passages(full: str, mention_starts: Sequence[int]) -> list[str]:
    """The sentences of ``full`` (title, blank line, text) that mention the person, and
    each one's next ("His next hearing is set for June 5" follows the sentence naming him)."""
    sentences = split_sentences(full)
    keep: set[int] = set()
    for i, sentence in enumerate(sentences):
        if any(sentence.start <= start < sentence.end for start in mention_starts):
            keep.update((i, i + 1))
    return [sentences[i].text for i in sorted(keep) if i < len(sentences)]


def newest_first(reports: Sequence[Reported]) -> list[Reported]:
    def when(r: Reported) -> tuple[date, date]:
        return (r.day or date.min, r.source.published or date.min)

    return sorted((r for r in reports if not r.dismissed), key=when, reverse=True)


def last_facility(reports: Sequence[Reported]) -> PlaceFact | None:
    for report in newest_first(reports):
        if report.event_type not in FACILITY_EVENTS:
            continue
        place = facility_in(report.source.sentence)
        if place:
            return PlaceFact(place, report.day, report.source)
    return None


def last_term(reports: Sequence[Reported]) -> TermFact | None:
    for report in newest_first(reports):
        if report.event_type not in TERM_EVENTS:
            continue
        term = term_in(report.source.sentence)
        if term:
            return TermFact(term, report.day, report.source)
    return None


def hearings(reports: Sequence[Reported], today: date) -> tuple[HearingFact | None, ...]:
    """The next announced hearing (the newest article's word on it), and the last past one."""
    upcoming: HearingFact | None = None
    past: HearingFact | None = None
    for report in newest_first(reports):
        day = hearing_in(report.source.sentence, report.source.published)
        if day is None:
            continue
        if day >= today and upcoming is None:
            upcoming = HearingFact(day, report.source)
        elif day < today and (past is None or day > past.day):
            past = HearingFact(day, report.source)
    return upcoming, past


def build_case_file(now_status: StatusNow, reports: Sequence[Reported], today: date) -> CaseFile:
    """The case file of one person from their reports (in any order) as of ``today``."""
    changed = now_status.changed_by
    upcoming, past = hearings(reports, today)
    return CaseFile(
        status=StatusFact(
            status=now_status.status,
            since=now_status.since,
            source=changed.source if changed else None,
            hand_set=now_status.hand_set if changed is None else None,
        ),
        facility=last_facility(reports),
        term=last_term(reports),
        next_hearing=upcoming,
        last_hearing=past,
    )
