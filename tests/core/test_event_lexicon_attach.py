"""The event lexicon and its attachment (issue 14): each class of event said with verbs and
nouns of the same meaning as the table's rules, in both voices, with a clause between the
verb and its person or a particle split from its verb, and counter-examples (a thing, not
a person; the person as the doer; a request, an attempt, a denial). All made up.

First run, on the code before the lexicon (53 items): 38 passed, 15 failed (a clause
between the verb and its particle, split particles, "intercepted", "discharged from prison",
"home arrest", "charges were levelled against", "granted X a pardon", "forcibly returned",
"after being released", "transferred X, who ..., to"). After it: 52 pass; "freed-who-between"
was corrected after the first run (its "who had been held since January" is a detention
told as background, rightly read), and one is a strict xfail (its class named there).

Second round (20 items, written before the lexicon was widened), first run on the lexicon
of the first round: 6 passed (the six counter-examples), 14 failed; after widening: all pass.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from monitor.core.types import Person
from tests.core.reading import Reader

PEOPLE = [
    Person("petrov", "Ivan Petrov"),
    Person("sokolova", "Anna Sokolova"),
    Person("orlov", "Pavel Orlov"),
]
events = Reader(PEOPLE, datetime(2024, 3, 20, 12, 0), title="Court news")

P = "petrov"

CASES: list[Any] = [  # (id, text, expected), or a pytest.param of them
    # detained: other verbs, both voices, a clause between, a split particle
    (
        "apprehended-active",
        "Police apprehended Ivan Petrov at his flat on Monday.",
        {(P, "detained", True)},
    ),
    (
        "apprehended-passive",
        "Ivan Petrov was apprehended by border guards on Monday.",
        {(P, "detained", True)},
    ),
    (
        "took-who-into-custody",
        "Officers took Ivan Petrov, who had just finished a speech, into custody on Monday.",
        {(P, "detained", True)},
    ),
    (
        "intercepted-at-airport",
        "Ivan Petrov was intercepted at the airport on Monday.",
        {(P, "detained", True)},
    ),
    (
        "picked-up-split",
        "Security agents picked Ivan Petrov up outside his office on Monday.",
        {(P, "detained", True)},
    ),
    (
        "rounded-up-apposition",
        "Ivan Petrov, a blogger who writes about corruption in the city council, was rounded up "
        "with other activists on Monday.",
        {(P, "detained", True)},
    ),
    (
        "seized-person",
        "Masked men seized Ivan Petrov on Monday as he left his home.",
        {(P, "detained", True)},
    ),
    (
        "plural-passive",
        "Ivan Petrov and Anna Sokolova were apprehended at the border on Monday.",
        {(P, "detained", True), ("sokolova", "detained", True)},
    ),
    ("apprehended-background", "Ivan Petrov was apprehended in 2015.", {(P, "detained", False)}),
    ("not-seized-laptop", "Police seized Ivan Petrov's laptop on Monday.", set()),
    ("not-picked-up-daughter", "Ivan Petrov picked up his daughter from school on Monday.", set()),
    ("not-tried-to-apprehend", "Police tried to apprehend Ivan Petrov on Monday.", set()),
    ("not-feared-detention", "Ivan Petrov said he feared police would apprehend him.", set()),
    # sentenced
    pytest.param(
        "imprisoned-active",
        "A court in Minsk imprisoned Ivan Petrov for six years on Monday.",
        {(P, "sentenced", True)},
        marks=pytest.mark.xfail(
            strict=True,
            reason="a table verb read as another type: the table reads 'imprisoned' as an "
            "arrest even with a term after it, and the lexicon yields to the table",
        ),
    ),
    (
        "found-guilty-passive",
        "Ivan Petrov was found guilty of treason on Monday.",
        {(P, "sentenced", True)},
    ),
    (
        "convicted-who",
        "Judges convicted Ivan Petrov, who had denied every charge, on Monday.",
        {(P, "sentenced", True)},
    ),
    (
        "not-asked-to-imprison",
        "Prosecutors asked the court to imprison Ivan Petrov for six years on Monday.",
        set(),
    ),
    # released
    (
        "discharged-from-prison",
        "Ivan Petrov was discharged from prison on Monday.",
        {(P, "released", True)},
    ),
    (
        "let-go-split",
        "Guards let Ivan Petrov go on Monday after three days in a cell.",
        {(P, "released", True)},
    ),
    ("set-free-split", "The authorities set Ivan Petrov free on Monday.", {(P, "released", True)}),
    (
        "freed-who-between",
        "The authorities freed Ivan Petrov, who had been held since January, on Monday.",
        {(P, "released", True), (P, "detained", False)},
    ),
    (
        "after-being-released",
        "Ivan Petrov thanked his supporters after being released on Monday.",
        {(P, "released", True)},
    ),
    ("not-released", "Ivan Petrov was not released on Monday.", set()),
    ("not-called-for-freeing", "Supporters called for Ivan Petrov to be freed on Monday.", set()),
    # pardoned
    (
        "granted-clemency",
        "Ivan Petrov was granted clemency by the president on Monday.",
        {(P, "pardoned", True)},
    ),
    (
        "granted-him-a-pardon",
        "The president granted Ivan Petrov a pardon on Monday.",
        {(P, "pardoned", True)},
    ),
    ("amnestied", "Ivan Petrov was amnestied on Monday.", {(P, "pardoned", True)}),
    ("not-asked-for-pardon", "Ivan Petrov asked the president for a pardon on Monday.", set()),
    # acquitted
    (
        "cleared-of-charges",
        "A jury cleared Ivan Petrov of all charges on Monday.",
        {(P, "acquitted", True)},
    ),
    (
        "exonerated-passive",
        "Ivan Petrov was exonerated by the supreme court on Monday.",
        {(P, "acquitted", True)},
    ),
    ("not-cleared-snow", "Ivan Petrov cleared the snow from his yard on Monday.", set()),
    # fled: deported, extradited, expelled, handed over, forcibly returned
    ("extradited-passive", "Ivan Petrov was extradited to Russia on Monday.", {(P, "fled", True)}),
    (
        "handed-over-split",
        "Serbia handed Ivan Petrov over to Belarus on Monday.",
        {(P, "fled", True)},
    ),
    (
        "forcibly-returned",
        "The authorities forcibly returned Ivan Petrov to Tajikistan on Monday.",
        {(P, "fled", True)},
    ),
    (
        "deported-who",
        "Ivan Petrov, who had lived in Istanbul for years, was deported on Monday.",
        {(P, "fled", True)},
    ),
    ("expelled-active", "Turkey expelled Ivan Petrov on Monday.", {(P, "fled", True)}),
    ("not-sought-extradition", "Russia sought the extradition of Ivan Petrov on Monday.", set()),
    ("not-fought-deportation", "Ivan Petrov fought deportation in court on Monday.", set()),
    # charged
    ("indicted-active", "Prosecutors indicted Ivan Petrov on Monday.", {(P, "charged", True)}),
    (
        "charges-levelled-against",
        "Charges were levelled against Ivan Petrov on Monday.",
        {(P, "charged", True)},
    ),
    (
        "brought-charges-against",
        "Prosecutors brought charges against Ivan Petrov on Monday.",
        {(P, "charged", True)},
    ),
    (
        "charged-who-between",
        "Ivan Petrov, who had been held for a week, was formally charged on Monday.",
        {(P, "charged", True)},
    ),
    ("not-accused-the-police", "Ivan Petrov accused the police of torture on Monday.", set()),
    ("not-charged-a-phone", "Ivan Petrov charged his phone on Monday.", set()),
    # house arrest
    (
        "home-arrest",
        "Ivan Petrov was placed under home arrest on Monday.",
        {(P, "house_arrest", True)},
    ),
    (
        "put-under-house-arrest",
        "A court put Ivan Petrov under house arrest on Monday.",
        {(P, "house_arrest", True)},
    ),
    # transferred
    (
        "relocated-to-colony",
        "Ivan Petrov was relocated to a penal colony in Perm on Monday.",
        {(P, "transferred", True)},
    ),
    (
        "transferred-who-to-hospital",
        "Officials transferred Ivan Petrov, who has a heart condition, to a prison hospital "
        "on Monday.",
        {(P, "transferred", True)},
    ),
    ("not-moved-flat", "Ivan Petrov moved to a new flat on Monday.", set()),
    # nouns
    (
        "noun-detention-of",
        "The detention of Ivan Petrov on Monday drew protests.",
        {(P, "detained", True)},
    ),
    (
        "noun-extradition-owner",
        "Ivan Petrov's extradition to Russia on Monday drew protests.",
        {(P, "fled", True)},
    ),
    (
        "noun-acquittal-of",
        "The acquittal of Ivan Petrov on Monday surprised lawyers.",
        {(P, "acquitted", True)},
    ),
    ("not-demanded-release", "Ivan Petrov demanded the release of Anna Sokolova on Monday.", set()),
]

# The second round, written before the lexicon was widened (first run on the lexicon of
# the first round: recorded in the module docstring)
CASES += [
    (
        "bundled-into-a-car",
        "Men in plain clothes bundled Ivan Petrov into a car on Monday.",
        {(P, "detained", True)},
    ),
    (
        "bundled-into-a-van",
        "Ivan Petrov was bundled into a police van on Monday.",
        {(P, "detained", True)},
    ),
    (
        "hauled-off-split",
        "Police hauled Ivan Petrov off to a police station on Monday.",
        {(P, "detained", True)},
    ),
    (
        "dragged-who-away",
        "Police dragged Ivan Petrov, who was filming, away from the square on Monday.",
        {(P, "detained", True)},
    ),
    (
        "are-detaining",
        "Police are detaining Ivan Petrov at a station in Minsk, his lawyer said on Monday.",
        {(P, "detained", True)},
    ),
    (
        "held-incommunicado",
        "Ivan Petrov was held incommunicado on Monday.",
        {(P, "detained", True)},
    ),
    (
        "condemned-to-death",
        "Ivan Petrov was condemned to death on Monday.",
        {(P, "sentenced", True)},
    ),
    (
        "condemned-to-years",
        "A court condemned Ivan Petrov to seven years on Monday.",
        {(P, "sentenced", True)},
    ),
    (
        "kicked-out-of-country",
        "Ivan Petrov was kicked out of the country on Monday.",
        {(P, "fled", True)},
    ),
    (
        "hit-with-charges",
        "Prosecutors hit Ivan Petrov with new charges on Monday.",
        {(P, "charged", True)},
    ),
    (
        "found-who-not-guilty",
        "The court found Ivan Petrov, who had spent a year in jail, not guilty on Monday.",
        {(P, "acquitted", True)},
    ),
    ("roughed-up-split", "Guards roughed Ivan Petrov up on Monday.", {(P, "ill_treatment", True)}),
    (
        "threw-out-appeal",
        "A court threw out Ivan Petrov's appeal on Monday.",
        {(P, "appeal_rejected", True)},
    ),
    (
        "let-out-of-jail",
        "Authorities let Ivan Petrov out of jail on Monday.",
        {(P, "released", True)},
    ),
    ("not-bundled-papers", "Ivan Petrov bundled his papers into a bag on Monday.", set()),
    ("not-dragged-a-table", "Ivan Petrov dragged the table away from the window on Monday.", set()),
    ("not-condemned-remarks", "A columnist condemned Ivan Petrov's remarks on Monday.", set()),
    ("not-hit-a-ball", "Ivan Petrov hit the ball with a new racket on Monday.", set()),
    ("not-let-a-dog-out", "Ivan Petrov let his dog out of the house on Monday.", set()),
    (
        "not-threatened-to-kick-out",
        "Police threatened to kick Ivan Petrov out of the country on Monday.",
        set(),
    ),
]


def _param(case: Any) -> Any:
    if not hasattr(case, "marks"):
        return pytest.param(*case[1:], id=case[0])
    return pytest.param(*case.values[1:], id=case.values[0], marks=case.marks)


@pytest.mark.parametrize(("text", "expected"), [_param(c) for c in CASES])
def test_event_lexicon_attaches(text: str, expected: set[tuple[str, str, bool]]) -> None:
    assert events(text) == expected
