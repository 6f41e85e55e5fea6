"""Lists of watched people that one event is told of, in the shapes the list rules missed.

A title before a name inside a list ("Dr. X", "Prof. Y", "Senator Z", "Mian W"), an outlet
with a slash before a role ("RFE/RL reporter X"), a headline's "X, Y and others freed", a
pardon given to a counted group of thousands ("pardons to 2,476 prisoners, including X"),
a court's ruling in the words of a decree ("the court ruled that X, Y and Z shall be
acquitted"), people under a verb left out after a term ("A and B were sentenced to 19
years, X and Y to 12 years": also when no one watched is the verb's own subject), and a
list of releases each with its date ("the release of X on Monday and of Y on Tuesday").
"Released on judicial probation", as Turkish news writes judicial control, is a release
pending trial, not parole.

Written with the change, after studying the studied proxies' misses of this class (their
shapes, never their sentences). On main before the change every example failed; the
counter-examples guard what must stay as it is (a view is no ruling, a negated ruling, a
probation after part of a term served is parole, a name that is only a speaker). The
people and the stories are made up.
"""

from __future__ import annotations

import pytest

from tests.core.reading import (
    GROUP_CAST,
    GROUP_PUBLISHED,
    NONE,
    Reader,
    Row,
    each,
    named_params,
)

events = Reader(GROUP_CAST, GROUP_PUBLISHED)

EXAMPLES: list[Row] = [
    (
        "abbreviated-title-first-in-an-including-list",
        "A court sentenced several party leaders including Dr. Timur Bekov, Farid Gasanov and "
        "Vera Orlova to 10 years in prison.",
        each("bekov gasanov orlova", "sentenced"),
    ),
    (
        "titles-inside-an-object-list",
        "A court sentenced party leaders Timur Bekov, Mian Farid Gasanov and Senator Vera "
        "Orlova to ten years.",
        each("bekov gasanov orlova", "sentenced"),
    ),
    (
        "abbreviated-title-inside-a-bail-list",
        "The judge granted bail to Timur Bekov, Prof. Vera Orlova and Denys Savchuk.",
        each("bekov orlova savchuk", "released"),
    ),
    (
        "outlets-with-a-slash-before-roles",
        "Police detained RFE/RL reporter Timur Bekov and AP/Reuters photographer Farid Gasanov.",
        each("bekov gasanov", "detained"),
    ),
    (
        "headline-and-others",
        "Timur Bekov, Farid Gasanov and others freed",
        each("bekov gasanov", "released"),
    ),
    (
        "headline-and-counted-others-just",
        "Timur Bekov and two other activists just released",
        each("bekov", "released"),
    ),
    (
        "pardons-to-thousands-including",
        "The king extended royal pardons to 2,476 prisoners, including reporters Timur Bekov "
        "and Farid Gasanov.",
        each("bekov gasanov", "pardoned"),
    ),
    (
        "pardoned-thousands-among-them",
        "The president pardoned 1,200 people, among them Timur Bekov and Farid Gasanov.",
        each("bekov gasanov", "pardoned"),
    ),
    (
        "court-ruled-that-list-shall-be-acquitted",
        "The court board ruled that Timur Bekov, Farid Gasanov and Vera Orlova shall be "
        "acquitted for lack of evidence.",
        each("bekov gasanov orlova", "acquitted"),
    ),
    (
        "court-ruled-that-must-be-released",
        "The appeals court ruled that Timur Bekov must be released immediately.",
        each("bekov", "released"),
    ),
    (
        "released-on-judicial-probation",
        "Timur Bekov and Farid Gasanov were released on judicial probation on Friday.",
        each("bekov gasanov", "released"),
    ),
    (
        "left-out-verb-after-unwatched-subjects",
        "Ivan Petrov and Oleg Sidorov were sentenced to 19 and 18 years, Timur Bekov and "
        "Farid Gasanov to 12 years, and Vera Orlova to 8 years.",
        each("bekov gasanov orlova", "sentenced"),
    ),
    (
        "left-out-verb-after-a-term-comma",
        "Ivan Petrov was sentenced to nine years, Timur Bekov to seven years.",
        each("bekov", "sentenced"),
    ),
    (
        "releases-each-with-its-date",
        "Rights groups welcomed the release of Timur Bekov on Monday and of Farid Gasanov on "
        "Tuesday.",
        each("bekov gasanov", "released"),
    ),
]

COUNTER_EXAMPLES: list[Row] = [
    (
        "a-view-is-no-ruling",
        "A UN working group found that Timur Bekov should be released.",
        NONE,
    ),
    (
        "an-argument-is-no-ruling",
        "The lawyers argued that Timur Bekov should be acquitted.",
        NONE,
    ),
    (
        "a-negated-ruling",
        "The court ruled that Timur Bekov shall not be released.",
        NONE,
    ),
    (
        "probation-after-part-of-a-term-is-parole",
        "Timur Bekov was released on probation after serving half of his term.",
        each("bekov", "parole_granted"),
    ),
    (
        "a-speaker-after-a-term-comma",
        "Ivan Petrov was sentenced to 10 years, Timur Bekov's lawyer said.",
        NONE,
    ),
    (
        "a-relative-under-a-left-out-verb",
        "The court sentenced Ivan Petrov to ten years, and Timur Bekov's son to 5 years.",
        NONE,
    ),
    (
        "a-speaker-after-a-dated-term",
        "Ivan Petrov was sentenced to nine years in 2019, Timur Bekov told reporters on Monday.",
        NONE,
    ),
    (
        "headline-others-who-only-ask",
        "Timur Bekov, Farid Gasanov and others call for the poet's release",
        NONE,
    ),
]


@pytest.mark.parametrize(("text", "expected"), named_params(EXAMPLES + COUNTER_EXAMPLES, {}))
def test_a_list_of_watched_people_shares_the_event(text: str, expected: set) -> None:
    assert events(text) == expected
