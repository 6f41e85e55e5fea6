"""Facts of a case read from one Russian sentence, as ``case_facts`` reads English ones:
the term of a sentence, a place of detention, an announced hearing.

    >>> term_of_ru("Суд приговорил активиста к семи годам колонии общего режима.")
    Term(years=7, months=0, kind=<TermKind.PRISON: 'prison'>)
    >>> facility_of_ru("Его этапировали в ИК-2 в Оренбургской области.")
    'ИК-2 в Оренбургской области'
    >>> hearing_of_ru("Следующее заседание назначено на 5 июня.", date(2026, 5, 1))
    datetime.date(2026, 6, 5)
"""

from __future__ import annotations

import re
from datetime import date

from monitor.core.case_facts import Term, TermKind, TermWords, announced_day, read_term
from monitor.core.dating import When
from monitor.core.dating_ru import find_dates_ru

# numbers as "к N годам" and "N лет" give them: dative, genitive, nominative
NUMBER_WORDS = {
    "одному": 1, "один": 1, "двум": 2, "два": 2, "трём": 3, "трем": 3, "три": 3,
    "четырём": 4, "четырем": 4, "четыре": 4, "пяти": 5, "пять": 5, "шести": 6, "шесть": 6,
    "семи": 7, "семь": 7, "восьми": 8, "восемь": 8, "девяти": 9, "девять": 9,
    "десяти": 10, "десять": 10, "одиннадцати": 11, "одиннадцать": 11,
    "двенадцати": 12, "двенадцать": 12, "тринадцати": 13, "тринадцать": 13,
    "четырнадцати": 14, "четырнадцать": 14, "пятнадцати": 15, "пятнадцать": 15,
    "шестнадцати": 16, "восемнадцати": 18, "двадцати": 20, "двадцать": 20,
    "полутора": 1.5,
}  # fmt: skip
_NUMBER = r"(?:\d{1,2}(?:[.,]5)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_UNIT = r"(?:годам|году|года|год|лет|месяцам|месяцу|месяца|месяцев)"
_LENGTH = (
    rf"(?P<n1>{_NUMBER})(?P<half>\s+с\s+половиной)?\s+(?P<u1>{_UNIT})"
    rf"(?:\s+и\s+(?P<n2>{_NUMBER})\s+(?P<u2>{_UNIT}))?"
)
TERM_PATTERNS = {
    # "приговорил его к семи годам", "осуждён на пять лет", "получил шесть лет колонии"
    "приговорил к": re.compile(
        rf"(?:приговор|осуд|осужд)\w*\b[^.;]{{0,100}}?(?:\bк|\bна)\s+{_LENGTH}", re.I
    ),
    "получил N лет": re.compile(rf"\bполучил[аи]?\s+(?:срок\s+)?{_LENGTH}", re.I),
    "срок в N лет": re.compile(rf"\bсрок\w*\s+(?:в\s+)?{_LENGTH}", re.I),
}
KINDS = {
    TermKind.SUSPENDED: re.compile(r"\bусловн\w*", re.I),
    TermKind.RESTRICTED_FREEDOM: re.compile(r"\bограничени\w*\s+свободы", re.I),
    TermKind.HOUSE_ARREST: re.compile(r"\bдомашн\w*\s+арест\w*", re.I),
    TermKind.CORRECTIVE_LABOUR: re.compile(r"\b(?:исправительн|принудительн)\w*\s+работ", re.I),
}


RUSSIAN_TERMS = TermWords(
    TERM_PATTERNS, KINDS, NUMBER_WORDS, ("год", "лет"), lambda m: bool(m.group("half"))
)


def term_of_ru(sentence: str) -> Term | None:
    """The term a Russian sentence hands down, when it states its length."""
    return read_term(RUSSIAN_TERMS, sentence)


_PLACE = r"(?:\s+(?:в|под)\s+(?-i:[А-ЯЁ][а-яё-]+)(?:\s+(?:области|крае|республике))?)?"
FACILITY_PATTERNS = {
    "ИК-N": re.compile(rf"\b(?:ИК|ЛИУ|КП|ИЦ|ИВС)-\d+{_PLACE}"),
    "СИЗО": re.compile(rf"\bСИЗО(?:-\d+|\s*№\s*\d+)?{_PLACE}"),
    "колония": re.compile(
        r"\b(?:исправительн\w+\s+|воспитательн\w+\s+)?колони[ияюей]\w*(?:-поселени\w*)?"
        rf"(?:\s+(?:общего|строгого|особого)\s+режима)?(?:\s+№\s*\d+)?{_PLACE}",
        re.I,
    ),
    "тюрьма": re.compile(rf"\b[А-ЯЁ][а-яё]+\s+тюрьм\w*{_PLACE}|\bтюрьм\w+\s+в\s+[А-ЯЁ][а-яё-]+"),
}


def facility_of_ru(sentence: str) -> str | None:
    """The place of detention a Russian sentence names ("ИК-2", "СИЗО-1 в Москве")."""
    for pattern in FACILITY_PATTERNS.values():
        found = pattern.search(sentence)
        if found is not None:
            return " ".join(found.group(0).split())
    return None


HEARING = re.compile(r"\b(?:заседани|слушани|процесс|суд|апелляци|приговор|прения)\w*", re.I)
ANNOUNCED = re.compile(
    r"\b(?:назнач|перенес|перенёс|отлож|состоится|продолжит|пройд[её]т|следующ|огласят|начн)\w*",
    re.I,
)


def hearing_of_ru(sentence: str, published: date | None) -> date | None:
    """The day of a hearing a Russian sentence announces, when it lies after ``published``."""
    return announced_day(sentence, published, (HEARING, ANNOUNCED), dates_in_lowered)


def dates_in_lowered(sentence: str, published: date) -> list[When]:
    return find_dates_ru(sentence.lower(), published)
