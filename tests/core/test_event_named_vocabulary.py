"""Words for an event that the table lacked (issue 14, a named person and no event): criminal
proceedings launched against someone, charges dismissed, house arrest given or a home made a
prison, freedom gained, a killing, a prisoner shifted; each class in the several ways news
says it, with requests, denials, possibilities and other people's events that must not count.
All sentences are made up."""

from __future__ import annotations

import pytest

from tests.core.reading import NONE, Events, Row, each, named_params
from tests.core.test_event_phrasing import events

CLASSES: list[Row] = [
    # criminal proceedings against someone, opened (the person between noun and verb)
    (
        "proceedings-launched",
        "Criminal proceedings against Ivan Petrov were launched on Monday.",
        each("petrov", "charged"),
    ),
    (
        "case-opened-apposition",
        "A criminal case against Ivan Petrov, a former mayor, was opened on Monday.",
        each("petrov", "charged"),
    ),
    (
        "charges-formally-filed",
        "On Monday, charges against Anna Sokolova were formally filed in the capital.",
        each("sokolova", "charged"),
    ),
    (
        "proceedings-against-a-pair",
        "Proceedings against the two activists, Ivan Petrov and Anna Sokolova, have been "
        "instituted, the court said on Monday.",
        each("petrov sokolova", "charged"),
    ),
    (
        "proceedings-launched-long-ago",
        "Criminal proceedings against Ivan Petrov were launched in 2015.",
        each("petrov", "charged", current=False),
    ),
    (
        "proceedings-only-possible",
        "Criminal proceedings against Ivan Petrov may be launched soon, his lawyer said on Monday.",
        NONE,
    ),
    (
        "proceedings-only-wanted",
        "Prosecutors want criminal proceedings against Ivan Petrov to be launched, they said "
        "on Monday.",
        NONE,
    ),
    (
        "proceedings-never-launched",
        "Criminal proceedings against Ivan Petrov were never launched.",
        NONE,
    ),
    # charges dismissed, by a court or the prosecution
    (
        "prosecutors-dismissed-counted-charges",
        "Prosecutors on Monday dismissed 12 fraud charges against Ivan Petrov.",
        each("petrov", "charges_dropped"),
    ),
    (
        "judge-dismissed-all-charges-against-a-pair",
        "A judge on Monday dismissed all charges against Ivan Petrov and Anna Sokolova.",
        each("petrov sokolova", "charges_dropped"),
    ),
    (
        "court-dismissed-the-case",
        "The court dismissed the case against Ivan Petrov on Monday.",
        each("petrov", "charges_dropped"),
    ),
    (
        "dismissed-charges-against-a-list",
        "Prosecutors dismissed the charges against Ivan Petrov, Anna Sokolova and Pavel Orlov "
        "on Monday.",
        each("petrov sokolova orlov", "charges_dropped"),
    ),
    (
        "the-accused-dismissed-the-charges-as-false",
        "Ivan Petrov dismissed the charges against him as politically motivated on Monday.",
        NONE,
    ),
    (
        "asked-to-dismiss",
        "His lawyer asked on Monday for a judge to dismiss the charges against Ivan Petrov.",
        NONE,
    ),
    (
        "refused-to-dismiss",
        "The court refused on Monday to dismiss the charges against Ivan Petrov.",
        NONE,
    ),
    # house arrest given, or a home the authorities keep someone in
    (
        "given-house-arrest",
        "Ivan Petrov and Anna Sokolova were given house arrest on Monday.",
        each("petrov sokolova", "house_arrest"),
    ),
    (
        "given-house-arrests-plural",
        "Ivan Petrov, Anna Sokolova and Pavel Orlov were given house arrests with travel bans "
        "on Monday.",
        each("petrov sokolova orlov", "house_arrest"),
    ),
    (
        "handed-months-of-house-arrest",
        "A judge on Monday handed Ivan Petrov two months of house arrest.",
        each("petrov", "house_arrest"),
    ),
    (
        "refused-to-give-house-arrest",
        "The court refused on Monday to give Ivan Petrov house arrest.",
        NONE,
    ),
    (
        "a-choice-of-house-arrest",
        "Ivan Petrov was given a choice between jail and house arrest on Monday.",
        NONE,
    ),
    ("may-be-given-house-arrest", "Ivan Petrov may be given house arrest, his lawyer said.", NONE),
    (
        "confined-to-home",
        "Ivan Petrov has been confined to his home since Monday, with police at the gate.",
        each("petrov", "house_arrest"),
    ),
    (
        "locked-in-flat",
        "Since Monday Ivan Petrov has been locked in his flat under police guard.",
        each("petrov", "house_arrest"),
    ),
    (
        "confined-by-illness",
        "Ivan Petrov has been confined to his home with the flu since Monday.",
        NONE,
    ),
    # freedom gained
    (
        "gained-freedom",
        "Ivan Petrov gained his freedom on Monday after six years in jail.",
        each("petrov", "released"),
    ),
    ("won-freedom", "Ivan Petrov won his freedom on Monday.", each("petrov", "released")),
    (
        "list-gained-freedom",
        "Others, such as the blogger Ivan Petrov and a dozen more prisoners, gained freedom "
        "on Monday as well.",
        each("petrov", "released"),
    ),
    ("hopes-to-win-freedom", "Ivan Petrov hopes to win his freedom on appeal.", NONE),
    ("freedom-to-travel", "Ivan Petrov won the freedom to travel abroad on Monday.", NONE),
    ("freedom-of-the-city", "Ivan Petrov was awarded the freedom of the city on Monday.", NONE),
    # a killing
    (
        "condemned-the-killing-of",
        "Protesters on Monday condemned the killing of Ivan Petrov.",
        each("petrov", "died"),
    ),
    (
        "the-murder-of-journalist",
        "The murder of journalist Ivan Petrov on Monday shocked the city.",
        each("petrov", "died"),
    ),
    (
        "the-killing-of-a-pair",
        "Reporters rallied on Monday against the killing of the journalists Ivan Petrov and "
        "Anna Sokolova in a drone strike.",
        each("petrov sokolova", "died"),
    ),
    (
        "attempted-murder-of",
        "Ivan Petrov was charged on Monday with the attempted murder of Anna Sokolova.",
        each("petrov", "charged"),
    ),
    ("plot-to-kill", "Police foiled a plot to kill Ivan Petrov on Monday.", NONE),
    (
        "the-killer-is-not-killed",
        "Pavel Orlov's killing of a farmer went unpunished, Ivan Petrov said on Monday.",
        NONE,
    ),
    # shifted from one jail to another (South Asian English)
    (
        "shifted-to-hospital",
        "Ivan Petrov was shifted to a hospital from the jail on Monday.",
        each("petrov", "transferred"),
    ),
    (
        "shifted-jail-to-prison",
        "On Monday Ivan Petrov was shifted from the central jail to a prison in the north.",
        each("petrov", "transferred"),
    ),
    ("shifted-focus", "Ivan Petrov shifted his focus to the campaign on Monday.", NONE),
    ("shifted-to-a-desk", "Ivan Petrov was shifted to the sports desk on Monday.", NONE),
]


@pytest.mark.parametrize(("text", "expected"), named_params(CLASSES, {}))
def test_words_for_an_event(text: str, expected: Events) -> None:
    assert events(text) == expected
