"""Words that look like an event but report none (issue 14, precision): a release named
as a goal ("working for her release"), custody told as a state ("still imprisoned",
"already jailed", "including imprisoned journalists X"), and a trial named only as the
setting of a verdict ("sentenced after a closed trial"). Each class has varied phrasings
and counter-examples that must still read as events; all sentences are made up."""

from __future__ import annotations

import pytest

from tests.core.test_event_phrasing import events

Events = set[tuple[str, str, bool]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry says it is working tirelessly for Ivan Petrov's release.", set()),
        ("Rights groups have long advocated for the release of Ivan Petrov.", set()),
        (
            "The protest aims to press the European Union to intervene for Ivan Petrov's release.",
            set(),
        ),
        (
            "Western capitals have been pressing Minsk for the release of Ivan Petrov, a case "
            "that strained ties.",
            set(),
        ),
        ("Ivan Petrov's relatives lit candles for his release on Monday.", set()),
        # counter-examples: the release happened
        (
            "Ivan Petrov thanked the bishop for his release on Monday.",
            {("petrov", "released", True)},
        ),
        ("The release of Ivan Petrov on Monday was welcomed.", {("petrov", "released", True)}),
        (
            "Ivan Petrov was freed on Monday after years of campaigning for his release.",
            {("petrov", "released", True)},
        ),
    ],
    ids=[
        "working-for",
        "advocated-for",
        "intervene-for",
        "pressing-for-the-release-of",
        "candles-for",
        "thanked-for",
        "plain-release",
        "freed-after-a-campaign",
    ],
)
def test_a_release_named_as_a_goal_is_no_release(text: str, expected: Events) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among those still imprisoned are the journalists Ivan Petrov and Anna Sokolova.", set()),
        ("Already jailed, Ivan Petrov could not take his seat in parliament.", set()),
        ("Ivan Petrov was already jailed and refused to attend the hearing.", set()),
        ("Ivan Petrov is currently detained in a prison in the north, his wife said.", set()),
        ("Ivan Petrov is still being held in a remand prison.", set()),
        (
            "The decree freed 40 inmates, including imprisoned bloggers Ivan Petrov and Anna "
            "Sokolova.",
            {("petrov", "released", True), ("sokolova", "released", True)},
        ),
        # counter-examples: an arrest told as news
        ("Ivan Petrov was jailed on Monday.", {("petrov", "detained", True)}),
        (
            "Police imprisoned the bloggers Ivan Petrov and Anna Sokolova on Monday.",
            {("petrov", "detained", True), ("sokolova", "detained", True)},
        ),
        ("Ivan Petrov was detained again on Monday.", {("petrov", "detained", True)}),
    ],
    ids=[
        "among-those-still-imprisoned",
        "already-jailed-fronted",
        "was-already-jailed",
        "currently-detained",
        "still-being-held",
        "including-imprisoned-bloggers",
        "jailed-on-monday",
        "police-imprisoned",
        "detained-again",
    ],
)
def test_custody_told_as_a_state_is_no_arrest(text: str, expected: Events) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A court on Tuesday sentenced Ivan Petrov to eight years after a closed trial.",
            {("petrov", "sentenced", True)},
        ),
        (
            "Anna Sokolova was convicted of treason on Tuesday following a trial behind closed "
            "doors.",
            {("sokolova", "sentenced", True)},
        ),
        (
            "On Tuesday Ivan Petrov was sentenced to six years in a one-day trial.",
            {("petrov", "sentenced", True)},
        ),
        (
            "A court on Tuesday acquitted Anna Sokolova at the end of a two-day trial.",
            {("sokolova", "acquitted", True)},
        ),
        # counter-examples: the trial itself is told
        ("Ivan Petrov's trial opened on Tuesday.", {("petrov", "trial", True)}),
        (
            "Ivan Petrov went on trial on Tuesday and was sentenced on Friday.",
            {("petrov", "trial", True), ("petrov", "sentenced", True)},
        ),
    ],
    ids=[
        "sentenced-after-a-closed-trial",
        "convicted-following-a-trial",
        "sentenced-in-a-one-day-trial",
        "acquitted-at-the-end-of-a-trial",
        "trial-opened",
        "went-on-trial",
    ],
)
def test_a_trial_named_as_the_setting_of_a_verdict_is_no_trial_event(
    text: str, expected: Events
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivan Petrov was released from the hospital on Monday.", set()),
        ("Doctors freed Ivan Petrov from a clinic on Monday after a week of care.", set()),
        ("Ivan Petrov was released from hospital on Monday and went home.", set()),
        ("Ivan Petrov, beaten in custody, was released from intensive care on Monday.", None),
        # counter-examples: freed from custody, or from a psychiatric ward he was held in
        ("Ivan Petrov was released from prison on Monday.", {("petrov", "released", True)}),
        (
            "Ivan Petrov was released from a psychiatric hospital on Monday.",
            {("petrov", "released", True)},
        ),
    ],
    ids=[
        "released-from-the-hospital",
        "freed-from-a-clinic",
        "released-from-hospital",
        "released-from-intensive-care",
        "released-from-prison",
        "released-from-a-psychiatric-hospital",
    ],
)
def test_a_release_from_hospital_is_no_release_from_custody(
    text: str, expected: Events | None
) -> None:
    found = events(text)
    assert ("petrov", "released", True) not in found if expected is None else found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Death sentence for Ivan Petrov overturned, lawyer says", set()),
        ("Ivan Petrov's ten-year sentence was quashed by the supreme court.", None),
        ("The death sentence against Ivan Petrov has been annulled.", None),
        # counter-examples: a sentence given
        ("Death sentence for Ivan Petrov", {("petrov", "sentenced", True)}),
        (
            "The five-year sentence handed to Ivan Petrov on Monday drew protests.",
            {("petrov", "sentenced", True)},
        ),
    ],
    ids=["headline-overturned", "quashed", "annulled", "headline-given", "handed-to"],
)
def test_a_sentence_that_is_overturned_is_no_new_sentence(
    text: str, expected: Events | None
) -> None:
    found = events(text)
    if expected is None:
        assert not any(kind == "sentenced" for _, kind, _ in found)
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The court freed Ivan Petrov, who was jailed for nearly 12 years, on Monday.",
            {("petrov", "released", True)},
        ),
        (
            "Ivan Petrov, who was imprisoned in Poland for more than two years, was freed on "
            "Monday.",
            {("petrov", "released", True)},
        ),
        (
            "Ivan Petrov was detained for over three years before the court freed him on Monday.",
            {("petrov", "released", True)},
        ),
        (
            "Anna Sokolova was held for almost a year without trial until Monday, when she was "
            "freed.",
            {("sokolova", "released", True)},
        ),
        # counter-examples: an arrest, or a term handed down
        ("Ivan Petrov was detained for two hours on Monday.", {("petrov", "detained", True)}),
        ("Ivan Petrov was jailed for 15 months on Friday.", {("petrov", "sentenced", True)}),
    ],
    ids=[
        "jailed-for-nearly",
        "imprisoned-for-more-than",
        "detained-for-over",
        "held-for-almost-a-year",
        "detained-for-two-hours",
        "jailed-for-15-months",
    ],
)
def test_custody_measured_by_its_length_is_no_arrest(text: str, expected: Events) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The president pardoned 30 prisoners on Monday. Separately, Ivan Petrov was set "
            "free after the court ruling, reports said.",
            {("petrov", "released", True)},
        ),
        (
            "The president pardoned 30 prisoners on Monday. Ivan Petrov was freed on Tuesday "
            "after an appeals court decision cut his term.",
            {("petrov", "released", True)},
        ),
        (
            "An amnesty has freed hundreds of inmates this week. Ivan Petrov walked free on "
            "Tuesday on a court order.",
            {("petrov", "released", True)},
        ),
        # counter-example: a release by no other route is the group's pardon
        (
            "The president pardoned 30 prisoners on Monday. Ivan Petrov was freed on Tuesday.",
            {("petrov", "pardoned", True)},
        ),
    ],
    ids=["after-the-court-ruling", "appeals-court-decision", "on-a-court-order", "no-route"],
)
def test_a_release_a_court_ordered_is_not_the_groups_pardon(text: str, expected: Events) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Activist Ivan Petrov supports the hunger strike of politician Anna Sokolova.",
            {("sokolova", "hunger_strike", True)},
        ),
        (
            "Ivan Petrov said on Monday that the hunger strike of Anna Sokolova must be heard.",
            {("sokolova", "hunger_strike", True)},
        ),
        (
            "Ivan Petrov visited the prison to end the hunger strike of the jailed blogger "
            "Anna Sokolova.",
            {("sokolova", "hunger_strike", True)},
        ),
        # counter-examples: one who joins the strike is on it too; a strike of days is one's own
        (
            "Ivan Petrov joined the hunger strike of Anna Sokolova on Monday.",
            {("petrov", "hunger_strike", True)},
        ),
        (
            "Ivan Petrov began a hunger strike on Monday.",
            {("petrov", "hunger_strike", True)},
        ),
    ],
    ids=["supports-the-strike-of", "said-the-strike-of", "to-end-the-strike-of", "joined", "own"],
)
def test_the_hunger_strike_of_another_is_theirs(text: str, expected: Events) -> None:
    assert events(text) == expected
