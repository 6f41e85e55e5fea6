"""The records that flow through the monitor: frozen dataclasses and closed enums.

watchlist  Person, FeedConfig, AlertRoute, Watchlist
feeds      ParsedEntry, ParsedFeed
analysis   Article, Mention, Event, Finding
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any, TypeVar

from monitor.core.source_health import SourceHealthRules
from monitor.errors import Problem


class Status(StrEnum):
    """Where a person stands (DESIGN.md, "Statuses")."""

    UNKNOWN = "unknown"
    FREE = "free"
    DETAINED = "detained"
    HOUSE_ARREST = "house_arrest"
    IMPRISONED = "imprisoned"
    RESTRICTED = "restricted"
    PAROLED = "paroled"
    DECEASED = "deceased"
    IN_EXILE = "in_exile"


class EventType(StrEnum):
    """What happened to a person: the closed set of DESIGN.md."""

    DETAINED = "detained"
    CHARGED = "charged"
    HOUSE_ARREST = "house_arrest"
    TRIAL = "trial"
    SENTENCED = "sentenced"
    ACQUITTED = "acquitted"
    CHARGES_DROPPED = "charges_dropped"
    APPEAL_REJECTED = "appeal_rejected"
    PAROLE_GRANTED = "parole_granted"
    PAROLE_DENIED = "parole_denied"
    RELEASED = "released"
    PARDONED = "pardoned"
    TRANSFERRED = "transferred"
    HUNGER_STRIKE = "hunger_strike"
    ILL_TREATMENT = "ill_treatment"
    DIED = "died"
    FLED = "fled"


# --- the watchlist -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Person:
    """One watchlisted person, as the organisation spells them. (Slots: a large watchlist
    holds 100,000 of them, and the watchlist cache makes them without calling ``__init__``.)"""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    status: Status | None = None  # the status the organisation knows, if any
    tags: tuple[str, ...] = ()
    context: tuple[str, ...] = ()  # words that raise confidence when near a mention
    exclude: tuple[str, ...] = ()  # phrases that veto a mention (a known namesake)
    distinctive: bool = False  # the surname alone identifies this person


class FullTextMode(StrEnum):
    """When to fetch an entry's linked page for its full text."""

    AUTO = "auto"  # when the entry's text is short, or names a person only in its title
    ALWAYS = "always"
    NEVER = "never"


@dataclass(frozen=True)
class FeedConfig:
    """One feed to poll; ``url`` is http(s) or file:// (a local file)."""

    url: str
    interval_seconds: int = 15 * 60
    source: str | None = None  # what the watchlist derived it from ("search for ID"); None: listed
    # fetch the linked page of an entry; the watchlist's default is auto (core.watchlist),
    # a FeedConfig built in code reads no page unless it says so
    full_text: FullTextMode = FullTextMode.NEVER
    lang: str | None = None  # the language its entries are written in; None: detected


@dataclass(frozen=True)
class AlertRoute:
    """A named alert route with exactly one channel (email, webhook or apprise), and what
    it receives: whose news (people ids or tags; everyone when both are empty, which the
    watchlist file says by leaving both keys out), which kinds (status changes, notable
    events that leave the status as it is, feed health), from what confidence up,
    instantly or as a digest. ``monitor.core.routing.route_decision`` applies it."""

    name: str
    channel: str
    settings: Mapping[str, Any] = field(default_factory=dict)
    people: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    status_changes: bool = True
    events: tuple[EventType, ...] = ()  # notable events sent even when the status stays
    digest_at: time | None = None  # a daily digest at this local time instead of instant alerts
    timezone: str = "UTC"  # of digest_at
    remind_after_seconds: int | None = None  # urgent: sent once more if not acknowledged
    min_confidence: float = 0.0  # person alerts only for events at least this confident
    feed_health: bool = False  # also told when a feed goes down, silent, or comes back

    def wants_person(self, person: Person) -> bool:
        if not self.people and not self.tags:
            return True
        return person.id in self.people or any(tag in self.tags for tag in person.tags)


@dataclass(frozen=True)
class Watchlist:
    people: tuple[Person, ...]
    feeds: tuple[FeedConfig, ...] = ()
    alerts: tuple[AlertRoute, ...] = ()
    source_health: SourceHealthRules | None = None  # who hears of feeds down or silent
    secrets: frozenset[str] = frozenset()  # values from the environment: masked in outputs
    alert_problems: tuple[Problem, ...] = ()  # unset variables of alert channels
    # A digest that every field of every person is a function of, when the loader knows one
    # (the watchlist file's: its bytes and the code that validated them, when no person has
    # a ${VAR}); the compiled names are cached under it without hashing each person.
    people_digest: str | None = field(default=None, compare=False, repr=False)


# --- feeds ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedEntry:
    """One feed entry in plain text, ready for matching."""

    guid: str | None
    url: str | None
    title: str
    text: str
    published: datetime | None  # timezone-aware UTC, when the feed gives a readable date
    # full text: ``text`` is then the linked page's main text, and this the feed's own
    feed_text: str | None = None
    full_text: str | None = None  # "page": the page's text is used; "failed: why"; None: not tried
    lang: str | None = None  # the language the source declares (a page's), when it does


@dataclass(frozen=True)
class ParsedFeed:
    """A feed document reduced to what the monitor uses."""

    title: str
    entries: tuple[ParsedEntry, ...]
    ttl_minutes: int | None = None  # RSS <ttl>, a hint for the next poll
    dropped_entries: int = 0  # entries past the cap of one pass (the first ones are kept)
    lang: str | None = None  # the language the document declares (<language>, xml:lang)


# --- analysis -------------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    """A news item to analyse; offsets of mentions index into ``full_text``."""

    id: str
    title: str
    text: str
    published: datetime | None = None
    url: str | None = None
    lang: str | None = None  # ISO 639-1, when the source declares it; else detected

    @property
    def full_text(self) -> str:
        return f"{self.title}\n\n{self.text}"


@dataclass(frozen=True)
class Mention:
    """Where a watchlisted person is named: ``full_text[start:end] == text``."""

    person_id: str
    start: int
    end: int
    text: str
    variant: str  # the spelling that matched, as generated from the watchlist
    confidence: float  # in [0, 1]
    rule: str = "exact"  # why it matched, for the review UI


@dataclass(frozen=True)
class Event:
    """Something that happened to a person, with the sentence that says so."""

    person_id: str
    type: EventType
    current: bool  # reported as news (around publication), not background
    confidence: float  # in [0, 1]
    evidence: str  # the sentence that says so
    date: date | None = None  # the event's date when the text gives one
    rule: str = ""  # the rule that fired, for the review UI
    evidence_start: int = 0  # offsets of the evidence in the article's full text
    evidence_end: int = 0
    non_custodial: bool = False  # a sentence with no prison term: restricted freedom, fine


_Record = TypeVar("_Record", Mention, Event)


def for_person(person_id: str, record: _Record) -> _Record:
    """``record`` for another person: ``replace(record, person_id=person_id)``, its fields
    copied in C (a hundred namesakes named alike get one copy each)."""
    copy = object.__new__(type(record))
    vars(copy).update(vars(record), person_id=person_id)
    return copy


def changed(record: _Record, **changes: Any) -> _Record:
    """``replace(record, **changes)``, its fields copied in C: a frozen dataclass's
    ``__init__`` sets each field through ``object.__setattr__``, several times slower, and
    ``replace`` reads the fields first."""
    copy = object.__new__(type(record))
    vars(copy).update(vars(record), **changes)
    return copy


def new_event(
    person_id: str,
    type: EventType,
    current: bool,
    confidence: float,
    evidence: str,
    date: date | None,
    rule: str,
    evidence_start: int,
    evidence_end: int,
    non_custodial: bool,
) -> Event:
    """``Event(...)`` with every field given, its fields set in C (see ``changed``): an
    article's reader makes one for each event it finds."""
    event = object.__new__(Event)
    vars(event).update(
        person_id=person_id,
        type=type,
        current=current,
        confidence=confidence,
        evidence=evidence,
        date=date,
        rule=rule,
        evidence_start=evidence_start,
        evidence_end=evidence_end,
        non_custodial=non_custodial,
    )
    return event


@dataclass(frozen=True)
class Finding:
    """One watchlisted person found in one article: how they are named and what happened."""

    person_id: str
    mentions: tuple[Mention, ...]  # the first ones: at most ``core.scan.MAX_MENTIONS``
    events: tuple[Event, ...] = ()
    mention_count: int = 0  # how many times the article names the person, all told
    lang: str = "en"  # the language of the article (``core.languages``)
