"""Dates in a Russian sentence, read against the article's publication date.

The Russian counterpart of ``monitor.core.dating``, giving the same ``When`` records
(and so the same ``recency``): absolute dates ("23 июля", "23 июля 2019 года", "в
июле 2022 года", "с апреля 2022 года", "в 2019 году", "в октябре прошлого года") and
relative ones ("вчера", "сегодня", "накануне" but not "накануне суда", "в понедельник", "на
прошлой неделе", "в прошлом месяце", "в этом году", "два года назад", "полгода назад",
"минувшей ночью", "прошлой осенью", "недавно", "вот уже два года, как", "после начала
войны"). A day or month named
without a year is the latest one up to publication (a day up to two months ahead is
still to come: "заседание назначено на 12 августа"). Sentences are given in lower case
with "ё" as "е" (``trigger_rules_ru.lower_ru``).

    >>> [w.first.isoformat() for w in find_dates_ru("его задержали 9 ноября 2021 года", None)]
    ['2021-11-09']
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from enum import StrEnum

from monitor.core.dating import Precision, When
from monitor.core.regex_needs import prefilter

__all__ = ["find_dates_ru"]

# month stems: "январь", "января", "январе"; "май", "мая", "мае"
MONTH_STEMS = (
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
)
_MONTH = (
    r"(?P<month>январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|"
    r"август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)(?:\s*(?:года|году|год|г\.|г\b))?"
_WHICH_YEAR = r"(?:(?P<which>прошлого|этого|текущего|позапрошлого|нынешнего)\s+года)"
WEEKDAYS = {
    "понедельник": 0,
    "вторник": 1,
    "среду": 2,
    "среда": 2,
    "четверг": 3,
    "пятницу": 4,
    "пятница": 4,
    "субботу": 5,
    "суббота": 5,
    "воскресенье": 6,
}
NUMBERS = {
    "один": 1,
    "одну": 1,
    "два": 2,
    "две": 2,
    "три": 3,
    "четыре": 4,
    "пять": 5,
    "шесть": 6,
    "семь": 7,
    "восемь": 8,
    "девять": 9,
    "десять": 10,
    "несколько": 3,
    "пару": 2,
}
UNIT_DAYS = {"д": 1, "н": 7, "м": 30, "г": 365, "л": 365}  # день/неделя/месяц/год/лет


class Form(StrEnum):
    """What a date pattern reads; the ``When`` it gives has the precision ``PRECISION[form]``."""

    ISO = "iso"  # 23.07.2019
    DAY = "day"  # 23 июля (2019 года)
    MONTH = "month"  # в июле (2022 года)
    YEAR = "year"  # в 2019 году
    RELATIVE = "relative"  # вчера, на прошлой неделе, два года назад
    SEASON = "season"  # прошлой осенью
    WAR = "war"  # после начала войны


PRECISION = {
    Form.ISO: Precision.DAY,
    Form.DAY: Precision.DAY,
    Form.MONTH: Precision.MONTH,
    Form.YEAR: Precision.YEAR,
    Form.RELATIVE: Precision.RELATIVE,
    Form.SEASON: Precision.RELATIVE,  # as English seasons ("last autumn")
    Form.WAR: Precision.MONTH,
}

PATTERNS: tuple[tuple[Form, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        (Form.ISO, r"\b(?P<day>[0-3]?\d)\.(?P<mnum>[01]\d)\.(?P<year>(?:19|20)\d\d)\b"),
        (
            Form.DAY,
            rf"\b(?P<day>[0-3]?\d)(?:-?го)?\s+{_MONTH}(?:\s+{_YEAR}|\s+{_WHICH_YEAR})?(?!\w)",
        ),
        (Form.MONTH, rf"\b{_MONTH}\s+(?:{_YEAR}|{_WHICH_YEAR})"),
        (Form.MONTH, rf"\b(?:в|во|с|со|до|к|по|начале|конце|середине)\s+{_MONTH}\b(?!\s+\d)"),
        (
            Form.YEAR,
            r"\b(?:в|во|с|со|до|к|по|на|от|осенью|весной|летом|зимой|начале|конце|середине|"
            r"январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|"
            r"декабре)\s+(?P<year>(?:19|20)\d\d)(?:-м|-го|\s*(?:года|году|год|г\.|г\b))",
        ),
        (Form.YEAR, r"\b(?P<year>(?:19|20)\d\d)\s+(?:года|году)\b"),
        # "накануне" alone is the day before; "накануне суда" is the eve of something else
        (
            Form.RELATIVE,
            r"\b(?P<rel>вчера|сегодня|накануне(?!\s+(?!(?:его|ее|их|она|они|он|на|для|за|до|по|при)\b)"
            r"(?:[а-яё]+(?:ого|его|ой|ей)\s+)?[а-яё]+(?:а|я|ы|и|ов|ей)\b(?<!л[аи]))|"
            r"позавчера|на днях|недавно|нынче)\b",
        ),
        (
            Form.RELATIVE,
            r"\b(?:в|во)\s+(?:прошлый\s+|прошлую\s+|минувш\w+\s+|прошедш\w+\s+|это\s+|эту\s+|этот\s+)?"
            r"(?P<weekday>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b",
        ),
        (
            Form.RELATIVE,
            r"\b(?:на|в|во)\s+(?P<which2>прошлой|минувшей|минувшем|прошедшей|этой|текущей|позапрошлой|прошлом|этом|"
            r"текущем|позапрошлом|нынешнем)\s+(?P<unit>неделе|месяце|году)\b",
        ),
        (Form.RELATIVE, rf"\b{_WHICH_YEAR}"),
        (
            Form.RELATIVE,
            r"\b(?P<n>\d+|одну|один|два|две|три|четыре|пять|шесть|семь|восемь|девять|"
            r"десять|несколько|пару)?\s*(?P<unit2>дн[яей]|день|недел[июь]|месяц\w*|"
            r"год[а]?|лет)\s+(?P<dir>назад|тому\s+назад)\b",
        ),
        (Form.RELATIVE, r"\b(?P<half>полгода|полтора\s+года)\s+(?:тому\s+)?назад\b"),
        (Form.RELATIVE, r"\b(?P<night>минувшей|прошлой|этой|сегодняшней|вчера)\s+ночью\b"),
        # "прошлой осенью", "этим летом": the latest such season up to publication
        (
            Form.SEASON,
            r"\b(?P<which3>прошл\w+|минувш\w+|эт\w+|нынешн\w+)\s+"
            r"(?P<season>весной|летом|осенью|зимой)\b",
        ),
        # an anniversary: "вот уже два года, как его задержали"
        (
            Form.RELATIVE,
            r"(?:^|[—–-]|\bуже)\s*(?:ровно\s+|почти\s+|уже\s+)?(?P<n>\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|"
            r"несколько|пару)\s+(?P<unit2>год[а]?|лет|месяц\w*)\s*,?\s+(?P<dir>как)\b",
        ),
        # the war against Ukraine as a landmark: "после начала вторжения он уехал"
        (
            Form.WAR,
            r"\b(?:после|с|со)\s+(?:начала|началом|начале)\s+(?:полномасштабн\w+\s+)?"
            r"(?:войны|вторжения|боевых\s+действий|специальной\s+военной\s+операции|сво|"
            r"мобилизации)\b",
        ),
    )
)
# one needed word of each pattern, read from the patterns (``regex_needs.prefilter``): a
# sentence with none of them has no date, and most sentences are ruled out by one search
_NEEDS = prefilter(pattern for _, pattern in PATTERNS)


def find_dates_ru(lowered: str, published: date | None) -> list[When]:
    """Every date expression in a Russian sentence (lower case) that can be placed in time."""
    found: list[When] = []
    if not _NEEDS.search(lowered):
        return found
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(lowered):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            try:
                span = _span(kind, m, published)
            except (OverflowError, ValueError):
                span = None
            if span is not None or kind in (Form.ISO, Form.DAY):
                taken.append((m.start(), m.end()))
            if span is not None:
                found.append(When(m.start(), m.end(), span[0], span[1], PRECISION[kind]))
    return sorted(found, key=lambda w: w.start)


def _month(word: str) -> int:
    for n, stem in enumerate(MONTH_STEMS, start=1):
        if word.startswith(stem) and (stem != "ма" or len(word) == 3):
            return n
    raise ValueError(word)


def _year_of(month: int, groups: dict[str, str | None], published: date | None) -> int | None:
    if groups.get("year"):
        return int(groups["year"] or 0)
    which = groups.get("which")
    if which and published:
        back = {"прошлого": 1, "позапрошлого": 2}.get(which, 0)
        return published.year - back
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1


def _span(kind: Form, m: re.Match[str], published: date | None) -> tuple[date, date] | None:
    groups = m.groupdict()
    if kind is Form.ISO:
        d = date(int(groups["year"]), int(groups["mnum"]), int(groups["day"]))
        return d, d
    if kind in (Form.DAY, Form.MONTH):
        month = _month(groups["month"])
        year = _year_of(month, groups, published)
        if year is None:
            return None
        if kind is Form.DAY:
            d = date(year, month, int(groups["day"]))
            if not groups.get("year") and not groups.get("which") and published:
                ahead = d.replace(year=published.year)
                if ahead > published and ahead - published <= timedelta(days=60):
                    d = ahead  # "назначено на 12 августа": still to come
            return d, d
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    if kind is Form.YEAR:
        year = int(groups["year"])
        return date(year, 1, 1), date(year, 12, 31)
    if kind is Form.WAR:  # the invasion began on 24 February 2022, the mobilisation in September
        first = date(2022, 9, 21) if "мобилизац" in m.group() else date(2022, 2, 24)
        return first, date(2022, 12, 31)
    if published is None:
        return None
    if kind is Form.SEASON:
        return _season(groups, published)
    return _relative(m, groups, published)


SEASONS = {"весной": 3, "летом": 6, "осенью": 9, "зимой": 12}  # the month each begins


def _season(groups: dict[str, str | None], published: date) -> tuple[date, date]:
    """The span of "этой осенью" (this year's autumn; this winter is the one up to August)
    or "прошлой осенью" (the one a year before)."""
    first_month = SEASONS[groups["season"] or "летом"]
    year = published.year - (1 if first_month == 12 and published.month <= 8 else 0)
    if (groups.get("which3") or "").startswith(("прошл", "минувш")):
        year -= 1
    last_year, last_month = (year + 1, 2) if first_month == 12 else (year, first_month + 2)
    first = date(year, first_month, 1)
    last = date(last_year, last_month, calendar.monthrange(last_year, last_month)[1])
    return first, min(last, published) if first <= published else last


def _relative(
    m: re.Match[str], groups: dict[str, str | None], published: date
) -> tuple[date, date] | None:
    if groups.get("half"):
        d = published - timedelta(days=182 if groups["half"] == "полгода" else 547)
        return d, d
    if groups.get("night"):
        return published - timedelta(days=1), published
    rel = groups.get("rel")
    if rel:
        if rel in ("вчера", "накануне"):
            d = published - timedelta(days=1)
            return d, d
        if rel == "позавчера":
            d = published - timedelta(days=2)
            return d, d
        if rel in ("на днях", "недавно"):
            return published - timedelta(days=14 if rel == "на днях" else 30), published
        return published, published
    weekday = groups.get("weekday")
    if weekday:
        back = (published.weekday() - WEEKDAYS[weekday]) % 7
        if any(w in m.group() for w in ("прошл", "минувш", "прошедш")):
            back += 7 if back == 0 else 0
        d = published - timedelta(days=back)
        return d, d
    unit = groups.get("unit")
    if unit:
        this_or_last = groups.get("which2") or ""
        past = this_or_last.startswith(("прошл", "позапрошл", "минувш", "прошедш"))
        return _period(unit[0], past, published)
    which = groups.get("which")
    if which:  # "прошлого года" alone
        back = {"прошлого": 1, "позапрошлого": 2}.get(which, 0)
        year = published.year - back
        return date(year, 1, 1), (date(year, 12, 31) if back else published)
    unit2 = groups.get("unit2")
    if unit2:
        n: str = groups.get("n") or "1"
        count = int(n) if n.isdigit() else NUMBERS.get(n, 1)
        d = published - timedelta(days=count * UNIT_DAYS[unit2[0]])
        return d, d
    return None


def _period(unit: str, past: bool, published: date) -> tuple[date, date]:
    if unit == "н":  # week
        if past:
            return published - timedelta(days=13), published
        return published - timedelta(days=published.weekday()), published
    if unit == "м":  # month
        if past:
            last = published.replace(day=1) - timedelta(days=1)
            return last.replace(day=1), last
        return published.replace(day=1), published
    if past:
        return date(published.year - 1, 1, 1), date(published.year - 1, 12, 31)
    return date(published.year, 1, 1), published
