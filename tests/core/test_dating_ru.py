"""Russian dates read against the publication date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.core.dating_ru import _NEEDS, PATTERNS, find_dates_ru
from monitor.core.trigger_rules_ru import lower_ru

PUBLISHED = date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("его задержали 9 ноября 2021 года", date(2021, 11, 9), date(2021, 11, 9)),
        ("приговор огласили 12 марта", date(2024, 3, 12), date(2024, 3, 12)),
        ("заседание назначено на 2 апреля", date(2024, 4, 2), date(2024, 4, 2)),
        ("арестован 20 декабря", date(2023, 12, 20), date(2023, 12, 20)),
        ("в июле 2022 года его осудили", date(2022, 7, 1), date(2022, 7, 31)),
        ("в октябре прошлого года", date(2023, 10, 1), date(2023, 10, 31)),
        ("в конце февраля этого года", date(2024, 2, 1), date(2024, 2, 29)),
        ("находится в СИЗО с апреля 2022 года", date(2022, 4, 1), date(2022, 4, 30)),
        ("в 2019 году", date(2019, 1, 1), date(2019, 12, 31)),
        ("вчера", date(2024, 3, 13), date(2024, 3, 13)),
        ("накануне", date(2024, 3, 13), date(2024, 3, 13)),
        ("в понедельник", date(2024, 3, 11), date(2024, 3, 11)),
        ("во вторник", date(2024, 3, 12), date(2024, 3, 12)),
        ("на прошлой неделе", date(2024, 3, 1), date(2024, 3, 14)),
        ("на минувшей неделе", date(2024, 3, 1), date(2024, 3, 14)),
        ("в минувший понедельник", date(2024, 3, 11), date(2024, 3, 11)),
        ("в прошлом году", date(2023, 1, 1), date(2023, 12, 31)),
        ("два года назад", date(2022, 3, 15), date(2022, 3, 15)),
        ("14.02.2024", date(2024, 2, 14), date(2024, 2, 14)),
        ("вот уже три года, как её задержали", date(2021, 3, 15), date(2021, 3, 15)),
        ("— ровно два года как он в тюрьме", date(2022, 3, 15), date(2022, 3, 15)),
        ("после начала войны он уехал", date(2022, 2, 24), date(2022, 12, 31)),
        ("с началом полномасштабного вторжения", date(2022, 2, 24), date(2022, 12, 31)),
        ("после начала мобилизации семья эмигрировала", date(2022, 9, 21), date(2022, 12, 31)),
        ("в минувшую пятницу", date(2024, 3, 8), date(2024, 3, 8)),
        ("накануне его этапировали", date(2024, 3, 13), date(2024, 3, 13)),
        ("полгода назад", date(2023, 9, 14), date(2023, 9, 14)),
        ("минувшей ночью", date(2024, 3, 13), date(2024, 3, 14)),
        ("прошлой осенью", date(2023, 9, 1), date(2023, 11, 30)),
        ("этой зимой", date(2023, 12, 1), date(2024, 2, 29)),
        ("в декабре", date(2023, 12, 1), date(2023, 12, 31)),
    ],
)
def test_a_russian_date_is_the_span_of_days_it_means(text: str, first: date, last: date) -> None:
    (when,) = find_dates_ru(lower_ru(text), PUBLISHED)
    assert (when.first, when.last) == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        "приговорил к 2,5 года колонии",
        "по ч. 1 ст. 205.2 УК",
        "к срокам от 3,5 до 5,5 лет",
        "ему грозит до 10 лет",
        "мая не было дома",
        "осужден на 5 лет как организатор",
        "до начала войны он работал",
        "накануне суда его этапировали",
        "накануне оглашения приговора",
    ],
)
def test_terms_and_article_numbers_are_not_dates(text: str) -> None:
    assert find_dates_ru(lower_ru(text), PUBLISHED) == []


def test_a_relative_date_needs_a_publication_date() -> None:
    assert find_dates_ru("вчера", None) == []
    assert [w.first for w in find_dates_ru("9 ноября 2021 года", None)] == [date(2021, 11, 9)]


@given(st.text(alphabet="вчерасгодн 0123456789ноябрмаяиюлгд.", max_size=60))
def test_dates_never_raise_and_offsets_slice_back(text: str) -> None:
    for when in find_dates_ru(text, PUBLISHED):
        assert 0 <= when.start < when.end <= len(text)
        assert when.first <= when.last


# the words of dates and of what is no date, alone and as runs of two or three, to put
# together in any order
PHRASES = [
    "9 ноября 2021 года в 2019 году 14.02.2024 мая май вчера накануне суда",
    "во вторник на прошлой неделе в минувший понедельник два года назад полгода",
    "минувшей ночью этой осенью вот уже три года , как — после начала войны сво",
    "к 2,5 года колонии ему грозит до 10 лет его задержали мама с апреля",
]
DATE_WORDS = sorted(
    {
        " ".join(words[i : i + n])
        for words in (phrase.split() for phrase in PHRASES)
        for n in (1, 2, 3)
        for i in range(len(words) - n + 1)
    }
)


@given(st.lists(st.sampled_from(DATE_WORDS), max_size=8).map(" ".join) | st.text(max_size=40))
def test_a_sentence_the_prefilter_rules_out_has_no_date_pattern(text: str) -> None:
    """The prefilter is derived from the patterns: it never rules out a sentence that one
    of them matches."""
    if not _NEEDS.search(text):
        assert not any(pattern.search(text) for _, pattern in PATTERNS)
