"""Facts of a case read from one English sentence: the term of a sentence, a place of
detention, an announced hearing. Each reader is a named pattern with examples; a sentence
gives a fact or None, never a guess.

    >>> term_of("A court sentenced him to seven years in a penal colony.")
    Term(years=7, months=0, kind=<TermKind.PRISON: 'prison'>)
    >>> facility_of("He was transferred to penal colony No. 2 in Orenburg.")
    'penal colony No. 2 in Orenburg'
    >>> hearing_of("His next hearing is scheduled for June 5.", date(2026, 5, 1))
    datetime.date(2026, 6, 5)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from monitor.core.dating import When, find_dates
from monitor.core.wordlists import NUMBER_WORDS

_NUMBER = r"(?:\d{1,2}(?:\.5)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_HALF = r"(?:\s+and\s+a\s+half)?"
_UNIT = r"(?:years?|months?)"
# "seven years", "7 years and 6 months", "three and a half years", "18 months"
_LENGTH = (
    rf"(?P<n1>{_NUMBER}){_HALF}[\s-]+(?P<u1>{_UNIT})"
    rf"(?:\s+and\s+(?P<n2>{_NUMBER})[\s-]+(?P<u2>{_UNIT}))?"
)
TERM_PATTERNS = {
    # "sentenced (him) to seven years", "jailed for five years", "handed a six-year sentence"
    "sentenced to": re.compile(
        rf"\b(?:sentenced|jailed|imprisoned|convicted)\b[^.;]{{0,80}}?\b(?:to|for)\s+{_LENGTH}",
        re.I,
    ),
    "a term of": re.compile(rf"\b(?:sentence|term|prison\s+term)\s+of\s+{_LENGTH}", re.I),
    "n-year sentence": re.compile(
        rf"\b(?P<n1>{_NUMBER})(?:-and-a-half)?-(?P<u1>year|month)\b(?:[\s-]+(?:prison|jail|suspended|colony))*"
        r"[\s-]+(?:sentence|term)",
        re.I,
    ),
}


class TermKind(StrEnum):
    """What kind of term a sentence hands down (shown as its value: "3 years (suspended)")."""

    PRISON = "prison"  # when the sentence says no other kind
    SUSPENDED = "suspended"
    RESTRICTED_FREEDOM = "restricted freedom"
    HOUSE_ARREST = "house arrest"
    CORRECTIVE_LABOUR = "corrective labour"


KINDS = {  # words after the length that say what kind of term it is (prison when none)
    TermKind.SUSPENDED: re.compile(r"\bsuspended\b|\bprobation\b", re.I),
    TermKind.RESTRICTED_FREEDOM: re.compile(
        r"\brestricted\s+freedom\b|\brestriction\s+of\s+freedom\b", re.I
    ),
    TermKind.HOUSE_ARREST: re.compile(r"\bhouse\s+arrest\b", re.I),
    TermKind.CORRECTIVE_LABOUR: re.compile(r"\bcorrective\s+labou?r\b", re.I),
}


@dataclass(frozen=True)
class Term:
    """The length of a sentence and its kind: prison, suspended, restricted freedom, ..."""

    years: int
    months: int
    kind: TermKind = TermKind.PRISON

    def __str__(self) -> str:
        parts = []
        if self.years:
            parts.append(f"{self.years} year{'s' if self.years != 1 else ''}")
        if self.months:
            parts.append(f"{self.months} month{'s' if self.months != 1 else ''}")
        length = " and ".join(parts) or "no time"
        return length if self.kind is TermKind.PRISON else f"{length} ({self.kind})"


@dataclass(frozen=True)
class TermWords:
    """What one language's term reader needs: its patterns (groups n1 and u1, and n2 and
    u2 for a second unit), the words of its kinds and numbers, the units that count years,
    and whether a match says "and a half"."""

    patterns: Mapping[str, re.Pattern[str]]
    kinds: Mapping[TermKind, re.Pattern[str]]
    numbers: Mapping[str, float]
    year_units: tuple[str, ...]
    half: Callable[[re.Match[str]], bool]


def read_term(words: TermWords, sentence: str) -> Term | None:
    """The term a sentence hands down, when it states its length (in ``words``' language)."""
    for pattern in words.patterns.values():
        found = pattern.search(sentence)
        if found is None:
            continue
        total = months_of(words, found.group("n1"), found.group("u1"), words.half(found))
        total += months_of(words, found.groupdict().get("n2"), found.groupdict().get("u2"))
        if total <= 0 or total > 12 * 60:
            continue
        after = sentence[found.start() : found.end() + 60]
        kind = next((k for k, p in words.kinds.items() if p.search(after)), TermKind.PRISON)
        whole = round(total)
        return Term(years=whole // 12, months=whole % 12, kind=kind)
    return None


def months_of(words: TermWords, count: str | None, unit: str | None, half: bool = False) -> float:
    if not count or not unit:
        return 0.0
    said = count.lower().replace(",", ".")  # "1,5": a decimal comma
    n = float(words.numbers[said]) if said in words.numbers else float(said)
    n += 0.5 if half else 0.0
    return n * 12 if unit.lower().startswith(words.year_units) else n


ENGLISH_TERMS = TermWords(
    TERM_PATTERNS, KINDS, NUMBER_WORDS, ("year",), lambda m: "half" in m.group(0).lower()
)


def term_of(sentence: str) -> Term | None:
    """The term an English sentence hands down, when this sentence states its length."""
    return read_term(ENGLISH_TERMS, sentence)


_PLACE = (  # a capitalised name, whatever the flags of the pattern around it
    r"(?:\s+(?:in|near|outside)\s+(?:the\s+)?(?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
    r"(?:\s+region)?)?"
)
_NUMBERED = r"(?:\s+(?:No\.?|number|#)\s*\d+)?"
FACILITY_PATTERNS = {
    "colony": re.compile(
        r"\b(?:(?:penal|prison|correctional|labou?r|(?:general|strict|special)[- ]regime"
        rf"|maximum[- ]security)\s+)+colony{_NUMBERED}{_PLACE}",
        re.I,
    ),
    "detention centre": re.compile(
        rf"\b(?:pre-?trial\s+)?detention\s+(?:centre|center|facility){_NUMBERED}{_PLACE}", re.I
    ),
    "SIZO": re.compile(rf"\bSIZO(?:-|\s+No\.?\s*)?\d*{_PLACE}"),
    "named prison": re.compile(
        r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:prison|jail|penitentiary)\b" + _PLACE
    ),
    "prison in": re.compile(
        rf"\b(?:prison\s+hospital|prison|jail|penitentiary){_NUMBERED}\s+in\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
    ),
}
NOT_A_PLACE = re.compile(r"^(?:The|A|An|His|Her|Their|In|On|To|From|At)\s+")


def facility_of(sentence: str) -> str | None:
    """The place of detention a sentence names ("penal colony No. 2 in Orenburg")."""
    for pattern in FACILITY_PATTERNS.values():
        found = pattern.search(sentence)
        if found is not None:
            place = " ".join(found.group(0).split())
            if pattern is FACILITY_PATTERNS["named prison"] and NOT_A_PLACE.match(place):
                continue
            return place
    return None


HEARING = re.compile(
    r"\b(?:hearing|trial|appeal|court\s+session|verdict|sentencing|session)\b", re.I
)
ANNOUNCED = re.compile(
    r"\b(?:scheduled|set|due|will|postponed|adjourned|moved|expected|resume[sd]?|next|begins?|starts?|open)\b",
    re.I,
)


def hearing_of(sentence: str, published: date | None) -> date | None:
    """The day of a hearing this sentence announces, when it lies after ``published``."""
    return announced_day(sentence, published, (HEARING, ANNOUNCED), find_dates)


def announced_day(
    sentence: str,
    published: date | None,
    says: tuple[re.Pattern[str], ...],
    dates: Callable[[str, date], Iterable[When]],
) -> date | None:
    """The first day after ``published`` that ``dates`` finds in a sentence all of whose
    patterns ``says`` match (one names a hearing, one announces it)."""
    if published is None or not all(pattern.search(sentence) for pattern in says):
        return None
    for when in dates(sentence, published):
        if when.day is not None and when.day > published:
            return when.day
    return None
