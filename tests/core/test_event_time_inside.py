"""A time set between the auxiliary and the participle (issue 14, a named person and no
event): "X was on Tuesday sentenced", "were last month freed", "was yesterday moved", "was in
2019 convicted", and a list set off by dashes after a time that opens the sentence ("In
February, four reporters - A, B and C - were sentenced"). The verb is the subject's, as it is
without the time; the time dates it; requests, denials, possibilities and someone else's
event still do not count. All sentences are made up."""

from __future__ import annotations

import pytest

from tests.core.reading import NONE, Events, Row, each, named_params
from tests.core.test_event_phrasing import events

ROWS: list[Row] = [
    (
        "on-weekday-sentenced",
        "Ivan Petrov was on Tuesday sentenced to eight years in prison.",
        each("petrov", "sentenced"),
    ),
    (
        "age-and-role-then-last-month",
        "Ivan Petrov, 41, a former teacher in the north, was last month sentenced to eight "
        "years in prison for propaganda.",
        each("petrov", "sentenced"),
    ),
    (
        "pronoun-yesterday-moved",
        "The court said Ivan Petrov was on Tuesday sentenced to eight years. He was yesterday "
        "moved to a prison hospital.",
        each("petrov", "sentenced") | each("petrov", "transferred"),
    ),
    (
        "description-weekday-night",
        "The blogger Ivan Petrov was on Monday night detained at the airport.",
        each("petrov", "detained"),
    ),
    (
        "pair-on-friday-acquitted",
        "Ivan Petrov and Anna Sokolova were on Friday acquitted of all charges.",
        each("petrov sokolova", "acquitted"),
    ),
    (
        "list-last-week-charged",
        "Ivan Petrov, Anna Sokolova and Pavel Orlov were last week charged with treason.",
        each("petrov sokolova orlov", "charged"),
    ),
    (
        "earlier-this-month-transferred",
        "Ivan Petrov was earlier this month transferred to a prison in the north.",
        each("petrov", "transferred"),
    ),
    (
        "in-custody-then-on-weekday-moved",
        "Ivan Petrov, who is in custody in the riot case, was on Tuesday moved to a hospital "
        "from the jail.",
        each("petrov", "transferred"),
    ),
    (
        "relative-clause-on-monday-released",
        "Ivan Petrov, who was on Monday released, spoke to reporters.",
        each("petrov", "released"),
    ),
    ("days-ago-arrested", "Ivan Petrov was two weeks ago arrested.", each("petrov", "detained")),
    (
        "on-a-date-arrested",
        "Ivan Petrov was on March 3 arrested by police.",
        each("petrov", "detained"),
    ),
    (
        "last-year-is-background",
        "Ivan Petrov was last year sentenced to eight years in prison.",
        each("petrov", "sentenced", current=False),
    ),
    (
        "in-a-year-is-background",
        "Ivan Petrov was in 2019 sentenced to eight years in prison.",
        each("petrov", "sentenced", current=False),
    ),
    (
        "in-a-month-and-year-is-background",
        "Ivan Petrov was in May 2021 convicted of fraud.",
        each("petrov", "sentenced", current=False),
    ),
    (  # a list set off by dashes after a time that opens the sentence
        "dash-list-after-opening-time",
        "On Monday, three reporters - Ivan Petrov, Anna Sokolova and Pavel Orlov - were "
        "sentenced to six years in prison.",
        each("petrov sokolova orlov", "sentenced"),
    ),
    (
        "dash-list-after-opening-month",
        "In February, four journalists – Ivan Petrov, Anna Sokolova, and Pavel Orlov – were "
        "sentenced to six years in prison.",
        each("petrov sokolova orlov", "sentenced", current=False),
    ),
    # counter-examples: not an event, or not theirs
    ("denied-bail", "Ivan Petrov was on Tuesday denied bail.", NONE),
    ("expected-to-be-released", "Ivan Petrov was last week expected to be released.", NONE),
    ("not-released", "Ivan Petrov was on Tuesday not released, his lawyer said.", NONE),
    ("asked-to-leave", "Ivan Petrov was on Tuesday asked to leave the country.", NONE),
    ("could-be-sentenced", "Ivan Petrov could on Tuesday be sentenced to eight years.", NONE),
    ("someone-elses-arrest", "The brother of Ivan Petrov was on Tuesday arrested.", NONE),
    ("named-to-a-post", "Ivan Petrov was on Monday named editor of the paper.", NONE),
    ("in-prison-a-place", "Ivan Petrov was in prison when the war began.", NONE),
]


@pytest.mark.parametrize(("text", "expected"), named_params(ROWS, {}))
def test_a_time_between_the_auxiliary_and_the_verb(text: str, expected: Events) -> None:
    assert events(text) == expected
