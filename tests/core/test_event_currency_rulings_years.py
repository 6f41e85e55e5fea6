"""Made-up English news on currency (issue 14): an arrest that a ruling is about is an
earlier event, not the news.

A court that invalidates, quashes, annuls, overturns, sets aside or upholds an arrest, a
lawyer who challenges it, a ruling that declares it illegal or arbitrary: the ruling is the
news, and the arrest it is about came before it (the eval sets label it background: "the
Supreme Court invalidated the arrest and remand of X" beside "X was arrested on <an older
date>"). The date of such a sentence is the ruling's, not the arrest's. When the text also
tells the arrest as news ("police arrested X on Monday ... on Friday the court declared
his arrest illegal"), the news arrest stands. Counter-examples: an arrest condemned,
confirmed or called illegal by someone who is no court ("was illegal, his lawyer said"),
and a verb event whose sentence also holds such a verb for something else.

People, places and facts are made up; every label was written before the module was first
run.
"""

from __future__ import annotations

from datetime import datetime

import pytest

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
