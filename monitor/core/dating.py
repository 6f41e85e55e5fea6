"""Dates in a sentence, read against the article's publication date.

``find_dates`` finds absolute dates ("on July 23", "23 July 2019", "in November
2017", "in 2009") and relative ones ("yesterday", "on Monday", "last week",
"last month", "a day earlier", "two weeks ago", "on the 12th": the last 12th of a month
up to publication) and turns each into the span of days it can mean. ``recency`` then says whether an event on that date is news
at publication (within a month before it), background, or still to come.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from enum import IntFlag, StrEnum
from functools import cache, partial
from typing import TYPE_CHECKING, NamedTuple

from monitor.core.dates import NEWS_WINDOW_IN_DAYS
from monitor.core.regex_needs import ascii_lower, guard_patterns, guarded
from monitor.core.wordlists import NUMBER_WORDS

if TYPE_CHECKING:
    import ahocorasick

__all__ = ["NEWS_WINDOW_IN_DAYS", "Recency", "When", "find_dates", "recency"]


MONTHS = {
    name: n
    for n in range(1, 13)
    for name in (calendar.month_name[n].lower(), calendar.month_abbr[n].lower())
}
MONTHS["sept"] = 9
WEEKDAYS = {calendar.day_name[n].lower(): n for n in range(7)}
NUMBERS = {**NUMBER_WORDS, "several": 3, "a few": 3, "few": 3}

UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}

_MONTH = r"(?P<month>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d-]|\s*-?\s*years?\b)"
_REL_YEAR = r",?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b"  # "January last year"
# "in December of that year", "on 5 May the following year": a month of a year told before,
# which publication does not place (the event goes on from the one told before it)
_OTHER_YEAR = (
    r"(?!,?\s+(?:of\s+)?(?:that|the\s+(?:same|following|next|previous|preceding))\s+year\b)"
)
_MONTH_NAME = _MONTH.replace("?P<month>", "")  # (the same, no group: in a lookahead)
# "on Wednesday, 15th June", "on Thursday, September 3": the date after it names the day
_DATE_AFTER = rf"(?!,?\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME}\b|,?\s+{_MONTH_NAME}\s+[0-3]?\d\b)"
# "in the May 9 riots case", "the 14 August violence": a date that names another event, not
# the time of the sentence's own (a year so used is read elsewhere: "after the 2011 uprising")
_NAMES_AN_EVENT = (
    r"(?![\s-]+(?:riots?|case|cases|attacks?|violence|incidents?|protests?|unrest|uprising|"
    r"massacre|coup|blasts?|bombings?|clashes|crackdown|mutiny|events|demonstrations?|"
    r"movement|revolution)\b)"
)
_PREP = r"(?:\b(?:in|on|since|by|until|till|from|during|of|early|late|mid|mid-|before|after|last|this)\s+)"
_MONTH_PART = (
    r"(?:at\s+the\s+(?:very\s+)?(?:start|beginning|outset|end|close)|towards?\s+the\s+end|"
    r"(?:in\s+|during\s+|over\s+)?the\s+(?:first|opening|last|final|closing)\s+"
    r"(?:days?|week|weeks|ten\s+days|fortnight)|(?:in\s+)?the\s+(?:first|second|latter)\s+half)"
)


class Precision(StrEnum):
    """What a date expression names: a day (ISO or written), a month, a year, or a time
    relative to publication."""

    ISO = "iso"
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RELATIVE = "relative"


class Need(IntFlag):
    """What a pattern cannot match without, found for all patterns in one pass over the text.
    A pattern that needs several (a month name and a year) runs only where all are found."""

    DIGIT = 1  # a year: 19xx or 20xx
    MONTH = 2
    REL = 4
    DAY = 8
    UNIT = 16
    AGO = 32
    RECENTLY = 64
    SEASON = 128
    YEAR_WORD = 256  # "year", as in "January last year"
    NUMBER = 512  # any digit, as in the day of a month
    ON_THE = 1024  # "on the", as in "on the 12th"


_P, _N = Precision, Need
# (precision, pattern run on lower-cased text, what it cannot match without)
PATTERNS: tuple[tuple[Precision, re.Pattern[str], int], ...] = tuple(
    (kind, guarded(pattern), int(need))  # a plain int: tested for every sentence
    for kind, pattern, need in (
        (_P.ISO, r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b", _N.DIGIT),
        (_P.DAY, rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}", _N.MONTH | _N.DIGIT),
        (_P.DAY, rf"\b{_MONTH}\s+{_DAY}(?:,\s*|\s+){_YEAR}", _N.MONTH | _N.DIGIT),
        (_P.DAY, rf"\b{_MONTH}\s+{_DAY}{_REL_YEAR}", _N.MONTH | _N.NUMBER | _N.YEAR_WORD),
        (_P.DAY, rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}{_REL_YEAR}", _N.MONTH | _N.NUMBER | _N.YEAR_WORD),
        (_P.MONTH, rf"\b(?:(?:early|late|mid)-?\s*)?{_MONTH}{_REL_YEAR}", _N.MONTH | _N.YEAR_WORD),
        (_P.DAY, rf"\b{_MONTH}\s+{_DAY}\b(?!\s*(?:%|percent|years?|people|km|,\s*\d)){_OTHER_YEAR}{_NAMES_AN_EVENT}", _N.MONTH | _N.NUMBER),
        (_P.DAY, rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b{_OTHER_YEAR}{_NAMES_AN_EVENT}", _N.MONTH | _N.NUMBER),
        (_P.MONTH, rf"\b{_MONTH},?\s+{_YEAR}", _N.MONTH | _N.DIGIT),
        # "at the start of January", "in the first week of January", "at the end of January
        # 2019": a part of the month, as "early January" and "late January" are
        (_P.MONTH, rf"\b{_MONTH_PART}\s+of\s+{_MONTH}(?:,?\s+{_YEAR})?\b{_OTHER_YEAR}", _N.MONTH),
        (_P.MONTH, rf"{_PREP}{_MONTH}\b{_OTHER_YEAR}", _N.MONTH),
        (_P.MONTH, rf"\b(?:early|late|mid)-{_MONTH}\b", _N.MONTH),
        # (not a case's or a law's number: "Case No. 1940 of 2026", "FIR 45 of 2024")
        (_P.YEAR, rf"{_PREP}(?:the\s+year\s+)?(?<!\d\sof\s){_YEAR}", _N.DIGIT),
        (_P.YEAR, r"\b(?:in|since|during|of|from|by)\s+the\s+(?:early\s+|late\s+|mid-?)?(?P<decade>(?:19|20)\d0)['’]?s\b", _N.DIGIT),
        (_P.YEAR, rf"\b(?:in|since)\s+(?:early|late|mid-?)\s*{_YEAR}", _N.DIGIT),
        (_P.YEAR, rf"\b(?:spring|summer|autumn|fall|winter),?\s+{_YEAR}", _N.DIGIT | _N.SEASON),
        # "jailed after taking part in the 2011 uprising", "detained during the 2020 protests"
        (_P.YEAR, rf"\b(?:after|following|during|amid)\s+(?:(?:taking|took)\s+part\s+in\s+|participating\s+in\s+)?the\s+{_YEAR}(?=\s+[a-z])", _N.DIGIT),
        (_P.YEAR, rf"\b{_YEAR}(?=\s+(?:[a-z-]+\s+)?(?:arrest|detention|conviction|sentenc\w*|trial|release|pardon|death|deportation|extradition|exile|abduction|acquittal|imprisonment|jailing)\b)", _N.DIGIT),
        # "five years ago today": the day five years back, not today
        (_P.RELATIVE, r"\b(?:yesterday|(?<!ago )today|tonight|this (?:morning|afternoon|evening))\b", _N.REL),
        # (not "the following Monday", "the next Friday", "that Tuesday": a weekday told as
        # after another event is placed by it, not by publication; but "that Monday's ruling")
        (_P.RELATIVE, rf"\b(?<!the )(?<!the following )(?<!the next )(?<!the same )(?:(?<!that )|(?=\w+['’]s\b))(?:on\s+|last\s+|this\s+|next\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b{_DATE_AFTER}", _N.DAY),
        (_P.RELATIVE, r"\b(?:last|this|earlier this|later this|past|next)\s+(?P<unit>week|month|year)\b", _N.UNIT),
        (_P.RELATIVE, r"\b(?P<n>\d{1,3}(?:,\d{3})+|\d+|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit2>days?|weeks?|months?|years?|decades?)\s+(?P<dir>ago|earlier|before(?!\s+[a-z])|later)\b", _N.AGO),
        (_P.RELATIVE, r"\b(?P<about>more than|over|nearly|almost)\s+(?P<n3>an?|one|two|three|four|five|\d+)\s+(?P<unit3>year|decade)s?\s+ago\b", _N.AGO),
        # "executed decades ago", "hanged half a century ago": at least twenty years back
        (_P.RELATIVE, r"\b(?P<long>decades|generations|centuries|half\s+a\s+century|a\s+century)\s+ago\b", _N.AGO),
        # "1,000 days since X was abducted": what follows "since" was that long ago
        (_P.RELATIVE, r"\b(?P<n>\d{1,3}(?:,\d{3})+|\d+|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit2>days?|weeks?|months?|years?|decades?)\s+(?P<dir>since)\b(?!\s+(?:then|that)\b)", _N.AGO),
        # (not "most recently for 22 days in April": the latest of several times, no date)
        (_P.RELATIVE, r"\b(?<!most )(?<!most\s\s)recently\b", _N.RECENTLY),
        # "in the spring", "last summer", "in late autumn": a season, not "prices fall"
        (_P.RELATIVE, r"\b(?P<which>in\s+the|during\s+the|last|this|(?:in\s+)?(?:early|late))\s+(?P<season>spring|summer|autumn|fall|winter)\b(?!,?\s+(?:of\s+)?(?:19|20)\d\d)", _N.SEASON),
        # "sentenced on the 12th": a day of the month alone, the last one up to publication
        # (not "on the 12th floor", "on the 5th day of his hunger strike", "of May")
        (_P.RELATIVE, r"\bon\s+the\s+(?P<mday>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of|floor|storey|story|day|days|anniversary|century|time|round|attempt|minute|hour|week|month|year|session|hearing|street|avenue|district|place|birthday|congress|plenum|amendment|article|paragraph|section|edition|floors)\b)", _N.ON_THE),
    )
)  # fmt: skip


# how a need word must stand: a word of letters ("march", not "marat"), a word between
# non-word characters ("ago", not "agony"), or anywhere
_LETTERS, _WORD, _ANY = 0, 1, 2


@cache
def _need_words() -> ahocorasick.Automaton:
    """The automaton, built at the first date read: commands that read no article (the
    case file reads stored dates) never import ahocorasick."""
    import ahocorasick

    words: dict[str, tuple[int, int]] = {}
    for name in MONTHS:  # "jul", "july": a word of letters that is a month name
        words[name] = (int(Need.MONTH), _LETTERS)
    for word in ("yesterday", "today", "tonight", "this "):
        words[word] = (int(Need.REL), _ANY)
    for n in range(7):
        words[calendar.day_name[n].lower()] = (int(Need.DAY), _ANY)
    for word in ("week", "month"):
        words[word] = (int(Need.UNIT), _ANY)
    words["year"] = (int(Need.UNIT | Need.YEAR_WORD), _ANY)
    for word in ("ago", "earlier", "before", "later", "since"):
        words[word] = (int(Need.AGO), _WORD)
    words["recently"] = (int(Need.RECENTLY), _ANY)
    words["on the "] = (int(Need.ON_THE), _ANY)
    for word in SEASONS:
        words[word] = (int(Need.SEASON), _LETTERS)
    automaton = ahocorasick.Automaton()
    for word, (bit, how) in words.items():
        automaton.add_word(word, (bit, how, len(word)))
    automaton.make_automaton()
    return automaton


_DIGIT = int(Need.DIGIT | Need.NUMBER)  # a year's digits are digits
_NEED_NUMBER, _NEED_MONTH = int(Need.NUMBER), int(Need.MONTH)
YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
A_DIGIT = re.compile(r"\d")


def _needs(lowered: str) -> int:
    """The needs present in ``lowered`` text, as ``Need`` bits."""
    present = _DIGIT if YEAR_DIGITS.search(lowered) else 0
    for end, (bit, how, size) in _need_words().iter(lowered):
        if present & bit == bit:
            continue
        if how != _ANY:
            start = end + 1 - size
            before = lowered[start - 1 : start]
            after = lowered[end + 1 : end + 2]
            if before and (before.isalnum() or before == "_"):
                continue  # not at the start of a word (\b)
            if how == _LETTERS and after and "a" <= after <= "z":
                continue  # "march" is a month, "marat" is not
            if how == _WORD and after and (after.isalnum() or after == "_"):
                continue  # "ago" but not "agony"
        present |= bit
    if present & _NEED_MONTH and not present & _NEED_NUMBER and A_DIGIT.search(lowered):
        present |= _NEED_NUMBER  # "on July 23": a day's digits (only a day of a month needs them)
    return present


class When(NamedTuple):  # a tuple: made for every date found, and tuples are made fast
    """A date expression: where it is in the sentence and the days it can mean."""

    start: int
    end: int
    first: date
    last: date
    precision: Precision

    @property
    def day(self) -> date | None:
        """The exact day, when the expression names one."""
        return self.first if self.first == self.last else None


_when = partial(tuple.__new__, When)  # When(*fields), made without a call of Python code


class Recency(StrEnum):
    NEWS = "news"
    BACKGROUND = "background"
    FUTURE = "future"


ONE_DAY = timedelta(days=1)


def recency(when: When, published: date) -> Recency:
    if when.first - published > ONE_DAY:  # differences never overflow
        return RECENCY_FUTURE
    if published - when.last > NEWS_WINDOW_IN_DAYS:
        return RECENCY_BACKGROUND
    return RECENCY_NEWS


def find_dates(sentence: str, published: date | None, lowered: str | None = None) -> list[When]:
    """Every date expression in ``sentence`` that can be placed in time, in order.
    ``lowered`` is the sentence with ASCII letters in lower case, when the caller has it."""
    found: list[When] = []
    taken: list[tuple[int, int]] = []
    if lowered is None:
        lowered = ascii_lower(sentence)
    present = _needs(lowered)
    if not present:
        return found
    patterns = _PATTERNS_FOR.get(present)
    if patterns is None:  # one entry per combination of needs that occurs
        patterns = _PATTERNS_FOR[present] = [
            (k, p) for k, p, need in PATTERNS if present & need == need
        ]
    if sentence[:2].isupper() and (dateline := DATELINE.match(sentence)):
        taken.append((0, dateline.end()))  # the day the story was filed: no event's date
    for kind, pattern in patterns:
        for m in pattern.finditer(lowered):
            if taken and any(m.start() < end and start < m.end() for start, end in taken):
                continue
            try:
                span = _span(kind, m, published)
            except (OverflowError, ValueError):  # "9999999 years ago", "last year" in year 1
                span = None
            if span is not None or kind in (PRECISION_ISO, PRECISION_DAY):
                taken.append((m.start(), m.end()))  # "February 30" is no date, nor a month
            if span is not None:
                found.append(_when((m.start(), m.end(), span[0], span[1], kind)))
    return sorted(found, key=lambda w: w.start) if len(found) > 1 else found


_PATTERNS_FOR: dict[int, list[tuple[Precision, re.Pattern[str]]]] = {}  # by needs present

# A wire's dateline: "ALMATY, March 4 (Reuters) -", "KYIV, Ukraine, 4 March (AP) —"
DATELINE = re.compile(
    r"\s*[A-Z][A-Z .'’-]+,(?:\s+[A-Z][\w .'’-]*,)?\s+"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?"
    r"\s*(?:\([^()]{2,40}\)\s*)?[-—–]"
)


def _span(kind: Precision, m: re.Match[str], published: date | None) -> tuple[date, date] | None:
    groups = m.groupdict()
    try:
        if kind is PRECISION_ISO:
            d = date(int(groups["year"]), int(groups["mnum"]), int(groups["day"]))
            return d, d
        if kind in (PRECISION_DAY, PRECISION_MONTH):
            month = MONTHS[groups["month"].lower().rstrip(".")]
            rel = groups.get("rel")
            if rel:  # "in January last year"
                if published is None:
                    return None
                rel_year = published.year + {"last": -1, "this": 0, "next": 1}[rel]
                if kind is PRECISION_DAY:
                    d = date(rel_year, month, int(groups["day"]))
                    return d, d
                days = calendar.monthrange(rel_year, month)[1]
                return _part(m.group(), date(rel_year, month, 1), date(rel_year, month, days))
            year = (
                int(groups["year"])
                if groups.get("year")
                else _year_of(month, published, m.group().startswith("last"))
            )
            if year is None:
                return None
            if kind is PRECISION_DAY:
                d = date(year, month, int(groups["day"]))
                if (
                    not groups.get("year")
                    and published
                    and d.replace(year=published.year) > published
                ):
                    ahead = d.replace(year=published.year)  # "begins on August 12": still to come
                    d = ahead if ahead - published <= timedelta(days=60) else d
                return d, d
            days = calendar.monthrange(year, month)[1]
            return _part(m.group(), date(year, month, 1), date(year, month, days), published)
        if kind is PRECISION_YEAR:
            if groups.get("decade"):  # "in the 1990s"
                decade = int(groups["decade"])
                return date(decade, 1, 1), date(decade + 9, 12, 31)
            year = int(groups["year"])
            return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None  # "February 30"
    if published is None:
        return None
    return _relative(m, published)


def _part(text: str, first: date, last: date, published: date | None = None) -> tuple[date, date]:
    """The part of a month that "early", "mid" or "late" names: days 1-10, 11-20, 21 to
    the end ("arrested in early October" is six weeks before November 20, not within
    the month before it); the whole month when it holds the publication date."""
    if published is not None and first <= published <= last:
        return first, last  # "in late November", published November 20: not still to come
    word = text.lower().lstrip()
    phrase = MONTH_PART.match(word)
    part = MONTH_PART_WORD.search(phrase.group()) if phrase else None
    if part is not None:  # "at the start of", "in the first week of", "the second half of"
        word = PART_AS.get(part.group(), part.group())
    if word.startswith("early"):
        return first, first + timedelta(days=9)
    if word.startswith("mid"):
        return first + timedelta(days=10), first + timedelta(days=19)
    if word.startswith("late"):
        return first + timedelta(days=20), last
    if word == "first half":
        return first, first + timedelta(days=14)
    if word == "second half":
        return first + timedelta(days=15), last
    return first, last


MONTH_PART = re.compile(_MONTH_PART)
# the word of a month part that says which part: early, late or a half
MONTH_PART_WORD = re.compile(
    r"\b(?:start|beginning|outset|end|close|first\s+half|second\s+half|latter\s+half|"
    r"first|opening|last|final|closing)\b"
)
PART_AS = {
    **dict.fromkeys(("start", "beginning", "outset", "first", "opening"), "early"),
    **dict.fromkeys(("end", "close", "last", "final", "closing"), "late"),
    "latter half": "second half",
}


def _year_of(month: int, published: date | None, last: bool = False) -> int | None:
    """The year of a month named without one: the latest such month up to publication;
    for "last July", the latest before the month of publication and the month before it
    (those are "this month" and "last month")."""
    if published is None:
        return None
    latest = published.month - 2 if last else published.month
    return published.year if month <= latest else published.year - 1


def _relative(m: re.Match[str], published: date) -> tuple[date, date] | None:
    text = m.group().lower()
    groups = m.groupdict()
    if groups.get("season"):
        return _season(groups["season"], groups["which"].split()[0], published)
    if "yesterday" in text:
        d = published - timedelta(days=1)
        return d, d
    if text in ("today", "tonight") or (text.startswith("this ") and groups.get("unit") is None):
        return published, published
    if groups.get("weekday"):
        back = (published.weekday() - WEEKDAYS[groups["weekday"].lower()]) % 7
        if text.startswith("next"):
            d = published + timedelta(days=(7 - back) % 7 or 7)
            return d, d
        d = published - timedelta(days=back + (7 if text.startswith("last") and back == 0 else 0))
        return d, d
    if groups.get("unit"):
        return _period(text.split()[0], groups["unit"], published)
    if groups.get("unit2"):
        n = groups["n"].lower().replace(",", "")
        count = int(n) if n.isdigit() else NUMBERS.get(n, 1)
        days = UNIT_DAYS[groups["unit2"].lower().rstrip("s")]
        if groups["dir"].lower() == "later":
            return None  # "two days later": relative to another event, not to publication
        d = published - timedelta(days=count * days)
        return d, d
    if groups.get("unit3"):
        n = groups["n3"].lower()
        span = (int(n) if n.isdigit() else NUMBERS.get(n, 1)) * UNIT_DAYS[groups["unit3"].lower()]
        if groups["about"].lower() in ("nearly", "almost"):
            return published - timedelta(days=span), published - timedelta(days=span * 3 // 4)
        return published - timedelta(days=2 * span), published - timedelta(days=span)
    if groups.get("long"):  # "decades ago": twenty years or more, up to a century
        return published - timedelta(days=100 * 365), published - timedelta(days=20 * 365)
    if "recently" in text:
        return published - timedelta(days=30), published
    if groups.get("mday"):  # "on the 12th": this month's, or last month's if still to come
        day = int(groups["mday"])
        year, month = published.year, published.month
        if day > published.day:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        if day > calendar.monthrange(year, month)[1]:
            return None  # "on the 31st" of a month of 30 days
        d = date(year, month, day)
        return d, d
    return None


# the first month of each season (northern); winter runs into the next year
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season(name: str, which: str, published: date) -> tuple[date, date]:
    """The latest such season begun by publication; for "last", the latest one ended."""
    year = published.year
    while True:
        first = date(year, SEASONS[name], 1)
        end_month = SEASONS[name] + 3
        last = date(year + (end_month - 1) // 12, (end_month - 1) % 12 + 1, 1) - ONE_DAY
        begun = first <= published
        if (which == "last" and last < published) or (which != "last" and begun):
            return first, last
        year -= 1


def _period(which: str, unit: str, published: date) -> tuple[date, date]:
    if unit == "week":
        if which in ("last", "past"):
            return published - timedelta(days=13), published
        if which == "next":
            return published + timedelta(days=2), published + timedelta(days=14)
        return published - timedelta(days=published.weekday()), published
    if unit == "month":
        if which in ("last", "past"):
            last = published.replace(day=1) - timedelta(days=1)
            return last.replace(day=1), last if which == "last" else published
        if which == "next":
            return published + timedelta(days=2), published + timedelta(days=60)
        if which == "later":  # "later this month": still to come
            return published + timedelta(days=2), published + timedelta(days=31)
        return published.replace(day=1), published
    if which in ("last", "past"):
        if which == "past":
            return published - timedelta(days=365), published
        return date(published.year - 1, 1, 1), date(published.year - 1, 12, 31)
    if which == "next":
        return published + timedelta(days=1), date(published.year + 1, 12, 31)
    return date(published.year, 1, 1), published


# The enum members the event readers' loops read, as globals: read off its class, a member
# goes through the __getattr__ hook of the enums' metaclass (Python 3.11), about ten times
# a global's cost (match.py does the same)
PRECISION_DAY = Precision.DAY
PRECISION_ISO = Precision.ISO
PRECISION_MONTH = Precision.MONTH
PRECISION_YEAR = Precision.YEAR
RECENCY_BACKGROUND = Recency.BACKGROUND
RECENCY_FUTURE = Recency.FUTURE
RECENCY_NEWS = Recency.NEWS

guard_patterns(globals())  # the same matches, skipping fast to where one can start
