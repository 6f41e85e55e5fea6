"""Made-up English news on currency (issue 14): an arrest that a ruling is about is an
earlier event, not the news; an event told by its year alone is read at the year's middle.

A court that invalidates, quashes, annuls, overturns, sets aside or upholds an arrest, a
lawyer who challenges it, a ruling that declares it illegal or arbitrary: the ruling is the
news, and the arrest it is about came before it (the eval sets label it background: "the
Supreme Court invalidated the arrest and remand of X" beside "X was arrested on <an older
date>"). The date of such a sentence is the ruling's, not the arrest's. When the text also
tells the arrest as news ("police arrested X on Monday ... on Friday the court declared
his arrest illegal"), the news arrest stands. Counter-examples: an arrest condemned,
confirmed or called illegal by someone who is no court ("was illegal, his lawyer said"),
and a verb event whose sentence also holds such a verb for something else.

A year alone ("in 2025", "In 2022, his sentence was cut") is read at its middle, as a month
is (``event_when.read_at_its_middle``): news of the last weeks is told by its day, week or
month, so "sentenced in 2025" in an article of January 2026 is background (the eval sets
label it so), and "in 2026" in an article of November 2026 too. Counter-examples: a year
whose middle is not yet past ("sentenced in 2026" in March 2026), a year after "since" (a
state from then to now), a year's end ("in late 2025", "at the end of 2025", "in winter
2025": within a month of January 2026), and a day of the year told in full.

People, places and facts are made up; every label was written before the module was first
run.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.dating import find_dates
from monitor.core.types import Person
from tests.core.reading import Events, Reader, article, named_params

PEOPLE = [
    Person("volkov", "Sergei Volkov"),
    Person("lebedeva", "Anna Lebedeva"),
    Person("sultanova", "Dana Sultanova"),
    Person("okafor", "Emeka Okafor"),
]
PUBLISHED = datetime(2026, 1, 15, 12, 0)  # a Thursday
events = Reader(PEOPLE, PUBLISHED)


# (name, title, text, expected)
RULINGS: list[tuple[str, str, str, Events]] = [
    (
        "headline-invalidates-possessive",
        "Supreme Court invalidates Anna Lebedeva's arrest",
        "The Supreme Court on Wednesday declared the arrest of the journalist Anna Lebedeva "
        "invalid and ordered her release.",
        {("lebedeva", "detained", False), ("lebedeva", "released", True)},
    ),
    (
        "dated-ruling-arrest-and-remand",
        "Court news",
        "On 14 January, a high court quashed the arrest and remand of Sergei Volkov, the "
        "editor of a local weekly.",
        {("volkov", "detained", False)},
    ),
    (
        "lawyers-challenged-his-arrest",
        "Court news",
        "Lawyers for Sergei Volkov challenged his arrest in the regional court on Tuesday.",
        {("volkov", "detained", False)},
    ),
    (
        "ruled-arrest-unlawful",
        "Court news",
        "A district judge on Tuesday ruled Emeka Okafor's arrest unlawful.",
        {("okafor", "detained", False)},
    ),
    (
        "passive-declared-illegal",
        "Court news",
        "Dana Sultanova's arrest was declared illegal by a district judge on Tuesday.",
        {("sultanova", "detained", False)},
    ),
    (
        "appeals-court-upheld-the-arrest",
        "Court news",
        "An appeals court upheld the arrest of Emeka Okafor on Friday.",
        {("okafor", "detained", False)},
    ),
    (
        "headline-sets-aside",
        "Court sets aside Sergei Volkov's arrest",
        "A court in Grodno has set aside the arrest of the blogger, his lawyer said on Monday.",
        {("volkov", "detained", False)},
    ),
    (
        "found-the-arrest-arbitrary-of-a-description",
        "Court news",
        "The constitutional court found the arrest of the poet Anna Lebedeva arbitrary.",
        {("lebedeva", "detained", False)},
    ),
    # counter-examples: no ruling on the arrest, or the arrest is news of its own
    (
        "condemned-as-arbitrary",
        "Reporter detained",
        "Rights groups condemned the arrest of Sergei Volkov on Monday as arbitrary.",
        {("volkov", "detained", True)},
    ),
    (
        "called-illegal-by-his-lawyer",
        "Reporter detained",
        "The arrest of Sergei Volkov on Monday was illegal, his lawyer said.",
        {("volkov", "detained", True)},
    ),
    (
        "police-confirmed-the-arrest",
        "Reporter detained",
        "Police confirmed the arrest of Sergei Volkov on Monday.",
        {("volkov", "detained", True)},
    ),
    (
        "challenged-someone-else",
        "Candidate detained",
        "Police arrested Anna Lebedeva on Tuesday after she challenged the mayor in a debate.",
        {("lebedeva", "detained", True)},
    ),
    (
        "news-arrest-then-ruled-illegal",
        "Reporter detained and freed",
        article(
            "Police arrested Sergei Volkov at his flat on Monday.",
            "On Wednesday a court declared his arrest illegal and he was freed.",
        ),
        {("volkov", "detained", True), ("volkov", "released", True)},
    ),
    (
        "who-challenged-in-an-election",
        "Candidate detained",
        "Emeka Okafor, who challenged the governor in the last election, was arrested on Monday.",
        {("okafor", "detained", True)},
    ),
]


@pytest.mark.parametrize(("title", "text", "expected"), named_params(RULINGS, {}))
def test_an_arrest_a_ruling_is_about_is_background(title: str, text: str, expected: Events) -> None:
    assert events(text, title) == expected


JANUARY = datetime(2026, 1, 14, 12, 0)  # a Wednesday
MOVED = "Sergei Volkov was moved to a prison hospital on Monday."

# (name, published, title, text, expected)
YEARS: list[tuple[str, datetime, str, str, Events]] = [
    (
        "fronted-year-after-the-news",
        JANUARY,
        "Blogger moved",
        article(MOVED, "In 2025, he was sentenced to six years in prison."),
        {("volkov", "transferred", True), ("volkov", "sentenced", False)},
    ),
    (
        "year-after-the-verb-in-the-lead",
        JANUARY,
        "Blogger's case",
        "Sergei Volkov was sentenced to six years in prison in 2025 for his posts.",
        {("volkov", "sentenced", False)},
    ),
    (
        "sentence-cut-possessive",
        JANUARY,
        "Blogger moved",
        article(MOVED, "His sentence was cut to four years in 2025."),
        {("volkov", "transferred", True), ("volkov", "sentenced", False)},
    ),
    (
        "another-person-arrested-in-the-year-before",
        JANUARY,
        "Blogger moved",
        article(MOVED, "Anna Lebedeva was arrested in 2025 and has been held in Minsk since."),
        {("volkov", "transferred", True), ("lebedeva", "detained", False)},
    ),
    (
        "same-year-late-in-it",
        datetime(2026, 11, 20, 12, 0),
        "Blogger moved",
        article(MOVED, "In 2026, a court sentenced him to six years."),
        {("volkov", "transferred", True), ("volkov", "sentenced", False)},
    ),
    # counter-examples
    (
        "same-year-its-middle-not-yet-past",
        datetime(2026, 3, 1, 12, 0),
        "Blogger sentenced",
        "Anna Lebedeva was sentenced in 2026 to three years in prison.",
        {("lebedeva", "sentenced", True)},
    ),
    (
        "since-the-year-before",
        JANUARY,
        "Blogger held",
        "Sergei Volkov has been denied medical care since 2025, his wife said.",
        {("volkov", "ill_treatment", True)},
    ),
    (
        "late-in-the-year-before",
        JANUARY,
        "Blogger held",
        "Sergei Volkov was arrested in late 2025 and charged with treason.",
        {("volkov", "detained", True), ("volkov", "charged", True)},
    ),
    (
        "at-the-end-of-the-year-before",
        JANUARY,
        "Blogger held",
        "Sergei Volkov was arrested at the end of 2025.",
        {("volkov", "detained", True)},
    ),
    (
        "winter-of-the-year-before",
        JANUARY,
        "Blogger held",
        "Emeka Okafor was arrested in winter 2025.",
        {("okafor", "detained", True)},
    ),
    (  # a case's number is no date: the day told before it dates the charge
        "case-number-of-this-year",
        datetime(2026, 11, 20, 12, 0),
        "Blogger charged",
        "On 14 November, prosecutors charged Sergei Volkov with spreading false news in Case "
        "No. 1812 of 2026.",
        {("volkov", "charged", True)},
    ),
    (
        "fir-number-of-this-year-before-the-day",
        datetime(2026, 11, 20, 12, 0),
        "Reporter arrested",
        "Police arrested Anna Lebedeva under FIR No. 45 of 2026 on Monday.",
        {("lebedeva", "detained", True)},
    ),
    (
        "a-day-told-in-full",
        JANUARY,
        "Blogger held",
        "Sergei Volkov, 41, was detained on 10 January 2026 in Minsk.",
        {("volkov", "detained", True)},
    ),
]


@pytest.mark.parametrize(("published", "title", "text", "expected"), named_params(YEARS, {}))
def test_a_year_alone_is_read_at_its_middle(
    published: datetime, title: str, text: str, expected: Events
) -> None:
    assert events(text, title, published) == expected


@pytest.mark.parametrize(
    "text",
    ["questioned in Case No. 1940 of 2026", "booked under FIR 45 of 2024", "Law No. 5 of 2015"],
)
def test_a_number_of_a_year_is_no_date(text: str) -> None:
    assert find_dates(text, datetime(2026, 12, 3).date()) == []


def test_a_year_after_of_is_still_a_date() -> None:
    assert [
        w.first.year for w in find_dates("the arrests of 2024", datetime(2026, 12, 3).date())
    ] == [2024]
