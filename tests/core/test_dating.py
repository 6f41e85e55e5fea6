"""Dates in a sentence, read against the publication date: what day, and whether it is news."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.core.dating import NEWS_WINDOW_IN_DAYS, Recency, When, find_dates, recency

PUBLISHED = date(2019, 7, 30)  # a Tuesday


def only(sentence: str, published: date | None = PUBLISHED) -> When:
    [when] = find_dates(sentence, published)
    return when


def spoken(sentence: str, when: When) -> str:
    return sentence[when.start : when.end]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("He was freed on July 23.", date(2019, 7, 23)),
        ("He was freed on 23 July 2019.", date(2019, 7, 23)),
        ("He was freed on the 23rd of July 2019.", date(2019, 7, 23)),
        ("He was freed on July 23, 2019, in Aktau.", date(2019, 7, 23)),
        ("He was freed on Jul. 23 after a hearing.", date(2019, 7, 23)),
        ("The ruling is dated 2019-07-23.", date(2019, 7, 23)),
        ("He was freed on 5 March 2012.", date(2012, 3, 5)),
    ],
    ids=[
        "month day",
        "day month year",
        "ordinal of",
        "month day, year",
        "abbreviated",
        "ISO",
        "another year",
    ],
)
def test_an_absolute_day_is_read(sentence: str, day: date) -> None:
    when = only(sentence)
    assert when.day == day
    assert when.precision in ("day", "iso")


def test_a_month_and_year_spans_the_month() -> None:
    when = only("He was arrested in November 2017 in Almaty.")
    assert (when.first, when.last, when.day) == (date(2017, 11, 1), date(2017, 11, 30), None)
    assert when.precision == "month"


def test_a_year_spans_the_year() -> None:
    sentence = "He was arrested in 2009 and later convicted."
    when = only(sentence)
    assert (when.first, when.last, when.precision) == (date(2009, 1, 1), date(2009, 12, 31), "year")
    assert spoken(sentence, when) == "in 2009"


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("He was freed on July 23.", 2019),  # this July: the month of publication
        ("He was freed on June 2.", 2019),  # an earlier month of the same year
        ("He was freed on December 5.", 2018),  # not yet December in 2019: last year's
    ],
)
def test_a_day_without_a_year_is_the_latest_such_day_up_to_publication(
    sentence: str, year: int
) -> None:
    when = only(sentence)
    assert when.day is not None and when.day.year == year


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("He was freed in June.", 2019),
        ("He was freed last June.", 2018),  # last month, said of June, would be "last month"
        ("He was freed last March.", 2019),
        ("He was freed last July.", 2018),  # this month would be "this month"
    ],
)
def test_last_and_a_month_is_before_last_month(sentence: str, year: int) -> None:
    when = only(sentence)
    assert when.precision == "month" and when.first.year == year


def test_a_year_before_an_event_noun_dates_it() -> None:
    sentence = "Rights groups condemned his 2017 arrest."
    when = only(sentence)
    assert (when.first, when.precision, spoken(sentence, when)) == (
        date(2017, 1, 1),
        "year",
        "2017",
    )


def test_a_day_soon_after_publication_is_still_to_come() -> None:
    when = only("His trial opens on August 4.")
    assert when.day == date(2019, 8, 4)
    assert recency(when, PUBLISHED) is Recency.FUTURE


def test_a_month_without_a_year_is_the_latest_such_month_up_to_publication() -> None:
    assert only("He was arrested in March.").first == date(2019, 3, 1)
    assert only("He was arrested in July.").first == date(2019, 7, 1)
    assert only("He was arrested in November.").first == date(2018, 11, 1)


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("In January last year, he was freed.", date(2018, 1, 1), date(2018, 1, 31)),
        ("He was arrested in late March of last year.", date(2018, 3, 21), date(2018, 3, 31)),
        ("He was freed on July 2 last year.", date(2018, 7, 2), date(2018, 7, 2)),
        ("He was freed on 2 July last year.", date(2018, 7, 2), date(2018, 7, 2)),
        ("He was arrested in February this year.", date(2019, 2, 1), date(2019, 2, 28)),
    ],
    ids=[
        "month-last-year",
        "late-month-of-last-year",
        "day-last-year",
        "day-month-last-year",
        "month-this-year",
    ],
)
def test_a_month_of_last_or_this_year_is_in_that_year(
    sentence: str, first: date, last: date
) -> None:
    when = only(sentence)
    assert (when.first, when.last) == (first, last)


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("He was freed in early March.", date(2019, 3, 1), date(2019, 3, 10)),
        ("He was freed in mid-March.", date(2019, 3, 11), date(2019, 3, 20)),
        ("He was freed in late March.", date(2019, 3, 21), date(2019, 3, 31)),
        ("He was freed in late July.", date(2019, 7, 1), date(2019, 7, 31)),  # published in it
        ("He was freed in March.", date(2019, 3, 1), date(2019, 3, 31)),
    ],
    ids=["early", "mid", "late", "late-in-the-month-of-publication", "whole-month"],
)
def test_early_mid_or_late_in_a_month_is_that_part_of_it(
    sentence: str, first: date, last: date
) -> None:
    when = only(sentence)
    assert (when.first, when.last) == (first, last)


def test_early_in_the_month_before_last_is_background() -> None:
    published = date(2025, 11, 20)
    assert recency(only("He was freed in early October.", published), published) is (
        Recency.BACKGROUND
    )
    assert recency(only("He was freed in late October.", published), published) is Recency.NEWS


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("He was freed in the spring.", date(2019, 3, 1), date(2019, 5, 31)),
        ("He was freed last summer.", date(2018, 6, 1), date(2018, 8, 31)),  # this one not over
        ("He was freed last winter.", date(2018, 12, 1), date(2019, 2, 28)),
        ("He was freed in late autumn.", date(2018, 9, 1), date(2018, 11, 30)),
        ("He was freed in the summer of 2016.", date(2016, 1, 1), date(2016, 12, 31)),
        ("He was freed in summer 2016.", date(2016, 1, 1), date(2016, 12, 31)),
    ],
    ids=[
        "in-the-spring",
        "last-summer",
        "last-winter",
        "late-autumn",
        "summer-of-a-year",
        "summer-a-year",
    ],
)
def test_a_season_is_the_latest_such_season(sentence: str, first: date, last: date) -> None:
    when = only(sentence)
    assert (when.first, when.last) == (first, last)


def test_a_verb_fall_is_no_season() -> None:  # counter-example
    assert find_dates("Prices fall in winter and rise in summer.", PUBLISHED) == []


def test_a_month_and_a_separate_last_year_are_two_dates() -> None:  # counter-example
    dates = find_dates("He was freed in July; last year he was jailed.", PUBLISHED)
    assert [(w.first, w.last) for w in dates] == [
        (date(2019, 7, 1), date(2019, 7, 31)),
        (date(2018, 1, 1), date(2018, 12, 31)),
    ]


def test_a_day_without_a_year_cannot_be_placed_without_a_publication_date() -> None:
    assert find_dates("He was freed on July 23.", None) == []
    assert only("He was freed on July 23, 2019.", None).day == date(2019, 7, 23)


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("He was freed yesterday.", date(2019, 7, 29), date(2019, 7, 29)),
        ("He was freed today.", date(2019, 7, 30), date(2019, 7, 30)),
        ("He was freed this morning.", date(2019, 7, 30), date(2019, 7, 30)),
        ("He was freed on Monday.", date(2019, 7, 29), date(2019, 7, 29)),
        ("He was freed on Tuesday.", date(2019, 7, 30), date(2019, 7, 30)),
        ("He was freed on Friday.", date(2019, 7, 26), date(2019, 7, 26)),
        ("He was freed last Tuesday.", date(2019, 7, 23), date(2019, 7, 23)),
        ("He was freed a day earlier.", date(2019, 7, 29), date(2019, 7, 29)),
        ("He was freed two weeks ago.", date(2019, 7, 16), date(2019, 7, 16)),
        ("He was freed 3 days ago.", date(2019, 7, 27), date(2019, 7, 27)),
        ("Two weeks ago today, he was freed.", date(2019, 7, 16), date(2019, 7, 16)),
        ("It is 10 days since he was freed.", date(2019, 7, 20), date(2019, 7, 20)),
        ("It is 1,000 days since he was freed.", date(2016, 11, 2), date(2016, 11, 2)),
        ("He was freed 1,000 days ago.", date(2016, 11, 2), date(2016, 11, 2)),
        ("He was freed last month.", date(2019, 6, 1), date(2019, 6, 30)),
        ("He was freed earlier this month.", date(2019, 7, 1), date(2019, 7, 30)),
        ("He was freed last year.", date(2018, 1, 1), date(2018, 12, 31)),
    ],
)
def test_a_relative_date_is_read_against_publication(
    sentence: str, first: date, last: date
) -> None:
    when = only(sentence)
    assert (when.first, when.last) == (first, last)
    assert when.first <= when.last


def test_last_week_ends_at_publication_and_starts_before_the_week() -> None:
    when = only("He was freed last week.")
    assert when.last == PUBLISHED
    assert PUBLISHED - timedelta(days=14) <= when.first <= PUBLISHED - timedelta(days=7)


def test_recently_means_within_the_last_month() -> None:
    when = only("He was recently freed.")
    assert when.last == PUBLISHED
    assert recency(when, PUBLISHED) is Recency.NEWS


def test_most_recently_is_the_latest_of_several_times_not_a_date() -> None:
    assert find_dates("He went on hunger strike twice, most recently for 22 days.", PUBLISHED) == []
    (when,) = find_dates("He went on hunger strike twice, most recently in April.", PUBLISHED)
    assert when.first.month == 4


def test_a_date_relative_to_another_event_is_not_placed() -> None:
    assert find_dates("Three days later he was freed.", PUBLISHED) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "He was charged the following Monday.",
        "He was charged the next Friday.",
        "He was charged on the same Tuesday.",
        "He was charged that Tuesday.",
    ],
)
def test_a_weekday_told_after_another_event_is_not_placed(sentence: str) -> None:
    assert find_dates(sentence, PUBLISHED) == []


@pytest.mark.parametrize(  # counter-examples: a weekday of the publication's week
    "sentence",
    [
        "He was detained following Monday's protest.",
        "He said that Monday's ruling was unjust.",
        "His trial opens next Monday.",
    ],
)
def test_a_weekday_after_following_or_that_can_still_be_placed(sentence: str) -> None:
    assert len(find_dates(sentence, PUBLISHED)) == 1


def test_a_relative_date_needs_a_publication_date() -> None:
    assert find_dates("He was freed yesterday.", None) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "He was sentenced to 20 years in prison.",
        "He has spent 20 years behind bars.",
        "He got a 10-year sentence.",
        "He ran in the 2020 elections.",
        "The 2019-2020 season was cancelled.",
        "Some 2019 people marched.",
    ],
)
def test_a_number_of_years_or_a_named_year_is_not_a_date_of_the_event(sentence: str) -> None:
    assert find_dates(sentence, PUBLISHED) == []


def test_two_dates_in_a_sentence_are_both_found_in_order() -> None:
    sentence = "He was detained on July 3 and charged on July 25."
    found = find_dates(sentence, PUBLISHED)
    assert [w.day for w in found] == [date(2019, 7, 3), date(2019, 7, 25)]
    assert [spoken(sentence, w) for w in found] == ["July 3", "July 25"]


def test_an_impossible_day_is_ignored() -> None:
    assert find_dates("He was freed on February 30.", PUBLISHED) == []
    assert find_dates("He was freed on February 30, 2019.", PUBLISHED) == []


def test_an_impossible_iso_date_is_ignored() -> None:
    assert find_dates("The ruling is dated 2019-02-30.", PUBLISHED) == []


def test_a_decade_ago_is_about_ten_years_before() -> None:
    when = only("He was first jailed more than a decade ago.")
    assert when.last <= date(2009, 7, 30)


@pytest.mark.parametrize(
    ("sentence", "latest"),
    [
        ("She left the country two decades ago.", date(1999, 8, 1)),
        ("He was arrested over two years ago.", date(2017, 7, 30)),
        ("He was arrested almost three years ago.", date(2017, 7, 30)),
        ("They met a decade ago.", date(2009, 8, 1)),
    ],
)
def test_years_and_decades_ago_count_their_number(sentence: str, latest: date) -> None:
    when = only(sentence)
    assert when.last <= latest and recency(when, PUBLISHED) is Recency.BACKGROUND


@pytest.mark.parametrize(
    "published",
    [date(1, 1, 1), date(9999, 12, 31)],
    ids=["Go's zero time, which some feeds emit", "the last day"],
)
@pytest.mark.parametrize("phrase", ["last year", "this year", "last month", "two years ago"])
def test_a_publication_date_at_the_end_of_the_calendar_does_not_raise(
    published: date, phrase: str
) -> None:
    for when in find_dates(f"He was arrested {phrase}.", published):
        recency(when, published)  # a date found can be placed too


@settings(max_examples=200)
@given(
    st.dates(),
    st.sampled_from(
        [
            "yesterday",
            "next week",
            "later this month",
            "last year",
            "next year",
            "on Monday",
            "next Friday",
            "three decades ago",
            "more than 5 years ago",
            "on July 23",
            "in March",
            "recently",
            "this year",
            "past month",
        ]
    ),
)
def test_no_publication_date_makes_a_relative_date_raise(published: date, phrase: str) -> None:
    for when in find_dates(f"He was arrested {phrase}.", published):
        assert when.first <= when.last
        recency(when, published)


# --- recency --------------------------------------------------------------------------


def when_between(first: date, last: date) -> When:
    return When(0, 1, first, last, "day")


def test_a_day_within_the_news_window_is_news() -> None:
    assert recency(when_between(PUBLISHED, PUBLISHED), PUBLISHED) is Recency.NEWS
    edge = PUBLISHED - NEWS_WINDOW_IN_DAYS
    assert recency(when_between(edge, edge), PUBLISHED) is Recency.NEWS


def test_a_day_before_the_news_window_is_background() -> None:
    old = PUBLISHED - NEWS_WINDOW_IN_DAYS - timedelta(days=1)
    assert recency(when_between(old, old), PUBLISHED) is Recency.BACKGROUND


def test_the_news_window_is_about_a_month() -> None:
    assert timedelta(days=28) <= NEWS_WINDOW_IN_DAYS <= timedelta(days=31)


def test_a_span_reaching_into_the_window_is_news() -> None:
    assert recency(when_between(date(2019, 1, 1), PUBLISHED), PUBLISHED) is Recency.NEWS


def test_the_day_after_publication_is_news_for_a_time_zone_ahead() -> None:
    tomorrow = PUBLISHED + timedelta(days=1)
    assert recency(when_between(tomorrow, tomorrow), PUBLISHED) is Recency.NEWS


def test_a_later_day_is_the_future() -> None:
    later = PUBLISHED + timedelta(days=2)
    assert recency(when_between(later, later), PUBLISHED) is Recency.FUTURE


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He was freed on July 23.", Recency.NEWS),
        ("He was freed yesterday.", Recency.NEWS),
        ("He was freed on Monday.", Recency.NEWS),
        ("He was freed last week.", Recency.NEWS),
        ("He was freed last month.", Recency.NEWS),
        ("He was freed two weeks ago.", Recency.NEWS),
        ("He was arrested in 2009.", Recency.BACKGROUND),
        ("He was arrested in November 2017.", Recency.BACKGROUND),
        ("He was arrested in March.", Recency.BACKGROUND),
        ("He was arrested on 2 May 2019.", Recency.BACKGROUND),
        ("His trial opens on 5 December 2019.", Recency.FUTURE),
        ("His trial opens on 2019-08-12.", Recency.FUTURE),
        ("His trial opens next Monday.", Recency.FUTURE),
    ],
)
def test_recency_of_a_date_in_a_sentence(sentence: str, expected: Recency) -> None:
    assert recency(only(sentence), PUBLISHED) is expected


def test_next_week_is_the_future() -> None:
    assert recency(only("His trial opens next week."), PUBLISHED) is Recency.FUTURE


def test_later_this_month_is_the_future() -> None:
    assert recency(only("His trial opens later this month."), PUBLISHED) is Recency.FUTURE


# --- properties -----------------------------------------------------------------------

WORDS = st.sampled_from(
    [
        "on",
        "in",
        "July",
        "Feb.",
        "23",
        "30",
        "2019",
        "2009",
        "-",
        ",",
        "of",
        "the",
        "yesterday",
        "last",
        "week",
        "month",
        "year",
        "Monday",
        "ago",
        "two",
        "a",
        "days",
        "earlier",
        "this",
        "recently",
        "1999-02-30",
        "2019-07-23",
        "31st",
        "Sept",
        "mid-",
        "years",
        "x",
        "Дж",
        "周",
    ]
)


@settings(max_examples=300)
@given(
    st.lists(WORDS, max_size=12).map(" ".join) | st.text(max_size=120),
    st.none() | st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
)
def test_find_dates_never_raises_and_spans_slice_back(text: str, published: date | None) -> None:
    found = find_dates(text, published)
    previous = 0
    for when in found:
        assert previous <= when.start < when.end <= len(text)
        assert text[when.start : when.end].strip() == text[when.start : when.end]
        assert when.first <= when.last
        assert when.day in (None, when.first)
        previous = when.start
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start  # no two readings of the same words


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("He was sentenced in a prison court on the 30th.", date(2019, 7, 30)),  # that day
        ("The court freed her on the 2nd, her lawyer said.", date(2019, 7, 2)),
    ],
    ids=["the publication day", "earlier this month"],
)
def test_a_day_of_the_month_alone_is_the_last_such_day_up_to_publication(
    sentence: str, day: date
) -> None:
    assert only(sentence).first == day


def test_a_day_of_the_month_after_publication_day_is_last_month() -> None:
    assert only("He was detained on the 28th.", date(2019, 8, 3)).first == date(2019, 7, 28)
    assert find_dates("He was detained on the 31st.", date(2019, 7, 3)) == []  # June has 30


@pytest.mark.parametrize(
    "sentence",
    [
        "The court sits on the 12th floor of the tower.",
        "He was taken to hospital on the 5th day of his hunger strike.",
        "She spoke on the 2nd anniversary of his arrest.",
    ],
)
def test_a_day_of_the_month_before_a_noun_is_no_date(sentence: str) -> None:
    assert find_dates(sentence, PUBLISHED) == []
