"""What "jailed" reports, and a dated verdict inside what an appeal court upheld (issue 14).

The project's convention for "jailed", which every own test label follows:

- "jailed" with a term ("for five years", "for life", "for 18 months") or for an act or
  an offence ("for a poem", "for insulting the president", "for his reporting", "for
  treason", "over a post") is ``sentenced``: a punishment for an act implies a conviction.
  Unless the same clause says it is before a trial ("pending trial", "awaiting trial",
  "without charge", "without trial", "on charges of", "on suspicion of"): ``detained``.
- Bare "jailed", with no term and no offence ("jailed last year", "jailed after the
  protests", "jailed in 2019", "jailed for questioning", "jailed for the night"), is
  ``detained``: no court is named, and the text claims no more.
- "jailed activist X" describes X: no event of its own; so does an undated aside that
  says only what X was jailed for ("X, jailed for a protest, was refused parole"). A date
  or a term makes the aside an event told ("X, jailed last year for a poem, ...").

The second class: one trigger that tells two events. An appeal court's decision whose
object is a verdict with a date of its own ("upheld the sentence handed to X in
November", "rejected X's appeal against the sentence handed down in 2022", "upheld the
conviction of X in 2021") reports the decision as news and the dated verdict as background.
An undated verdict, or a date that is the decision's own ("upheld X's sentence on
Monday"), gives the decision alone.

All sentences are made up; published on Wednesday 20 March 2024.
"""

from __future__ import annotations

import pytest

from tests.core.reading import Events, named_params
from tests.core.test_event_phrasing import events

NONE: Events = set()

JAILED: list[tuple[str, str, Events]] = [
    # a term
    (
        "term-years",
        "Ivan Petrov was jailed for five years on Monday.",
        {("petrov", "sentenced", True)},
    ),
    (
        "term-life",
        "A court jailed Anna Sokolova for life on Monday.",
        {("sokolova", "sentenced", True)},
    ),
    (
        "term-months-background",
        "Ivan Petrov was jailed for 18 months in 2021.",
        {("petrov", "sentenced", False)},
    ),
    (
        "term-a-year",
        "Anna Sokolova was jailed for a year on Monday.",
        {("sokolova", "sentenced", True)},
    ),
    # an act or an offence
    (
        "act-a-poem",
        "Ivan Petrov was jailed on Monday for a poem about the war.",
        {("petrov", "sentenced", True)},
    ),
    (
        "act-insulting",
        "A court in Minsk jailed Anna Sokolova on Monday for insulting the president.",
        {("sokolova", "sentenced", True)},
    ),
    (
        "act-his-reporting-background",
        "Ivan Petrov was jailed in 2019 for his reporting.",
        {("petrov", "sentenced", False)},
    ),
    (
        "act-protesting-aside",
        "Anna Sokolova, jailed last year for protesting, was moved to hospital on Monday.",
        {("sokolova", "sentenced", False), ("sokolova", "transferred", True)},
    ),
    (
        "act-an-offence",
        "Pavel Orlov was jailed for treason on Monday.",
        {("orlov", "sentenced", True)},
    ),
    (
        "act-over-a-post",
        "Pavel Orlov was jailed over a post about the war in 2022.",
        {("orlov", "sentenced", False)},
    ),
    (
        "act-undated-lead",
        "Ivan Petrov was jailed for his posts about the army.",
        {("petrov", "sentenced", True)},
    ),
    (
        "act-who-was-jailed",
        "Anna Sokolova, who was jailed in 2022 for insulting the president, was freed on Monday.",
        {("sokolova", "sentenced", False), ("sokolova", "released", True)},
    ),
    # ... unless the clause says it is before a trial
    (
        "pending-trial",
        "Ivan Petrov was jailed on Monday pending trial for insulting the president.",
        {("petrov", "detained", True)},
    ),
    (
        "without-charge",
        "Anna Sokolova was jailed without charge on Monday for her reporting.",
        {("sokolova", "detained", True)},
    ),
    (
        "on-charges-of",
        "Pavel Orlov was jailed for his posts on Monday on charges of extremism.",
        {("orlov", "detained", True), ("orlov", "charged", True)},
    ),
    (
        "on-suspicion-of",
        "Anna Sokolova was jailed on suspicion of spying for Ukraine in 2021.",
        {("sokolova", "detained", False)},
    ),
    (
        "term-pending-trial",
        "Pavel Orlov was jailed for two months pending trial on Monday.",
        {("orlov", "detained", True)},
    ),
    (
        "without-trial-background",
        "Ivan Petrov was jailed without trial for his posts in 2019.",
        {("petrov", "detained", False)},
    ),
    # bare: no term, no offence
    ("bare-last-year", "Ivan Petrov was jailed last year.", {("petrov", "detained", False)}),
    (
        "bare-after-the-protests",
        "Anna Sokolova was jailed after the protests in 2020.",
        {("sokolova", "detained", False)},
    ),
    (
        "bare-police-on-monday",
        "Police jailed Pavel Orlov on Monday.",
        {("orlov", "detained", True)},
    ),
    # counter-examples of an act: what follows "for" or "over" is a time or a purpose
    (
        "for-questioning",
        "Ivan Petrov was jailed for questioning on Monday.",
        {("petrov", "detained", True)},
    ),
    (
        "for-the-night",
        "Anna Sokolova was jailed for the night on Monday.",
        {("sokolova", "detained", True)},
    ),
    (
        "for-the-first-time",
        "Pavel Orlov was jailed for the first time in 2019.",
        {("orlov", "detained", False)},
    ),
    (
        "over-the-weekend",
        "Ivan Petrov was jailed over the weekend.",
        {("petrov", "detained", True)},
    ),
    (
        "for-several-hours",
        "Anna Sokolova was jailed for several hours on Monday.",
        {("sokolova", "detained", True)},
    ),
    # "imprisoned" says the same as "jailed"
    (
        "imprisoned-for-a-term",
        "Ivan Petrov was imprisoned for five years on Monday.",
        {("petrov", "sentenced", True)},
    ),
    (
        "imprisoned-for-an-act",
        "Anna Sokolova was imprisoned in 2020 for a song about the president.",
        {("sokolova", "sentenced", False)},
    ),
    ("imprisoned-bare", "Pavel Orlov was imprisoned in 2019.", {("orlov", "detained", False)}),
    # an adjective of the person: no event of its own; so is an undated aside that says only
    # what they were jailed for, as "jailed activist X" does (a date or a term tells an event)
    (
        "aside-undated-act",
        "Ivan Petrov, jailed for a protest outside parliament, was refused parole on Monday.",
        {("petrov", "parole_denied", True)},
    ),
    (
        "aside-dated-act",
        "Ivan Petrov, jailed in 2021 for a protest outside parliament, was refused parole on "
        "Monday.",
        {("petrov", "parole_denied", True), ("petrov", "sentenced", False)},
    ),
    (
        "aside-undated-act-with-a-number",
        "Anna Sokolova, jailed for a 30-second video, went on hunger strike on Monday.",
        {("sokolova", "hunger_strike", True)},
    ),
    (
        "adjective-hunger-strike",
        "Jailed activist Ivan Petrov went on hunger strike on Monday.",
        {("petrov", "hunger_strike", True)},
    ),
    (
        "adjective-moved",
        "The jailed blogger Anna Sokolova was moved to hospital on Monday.",
        {("sokolova", "transferred", True)},
    ),
]

DATED_VERDICT: list[tuple[str, str, Events]] = [
    (
        "upheld-sentence-handed-in-a-month",
        "On Monday the Supreme Court upheld the sentence handed to Ivan Petrov in November.",
        {("petrov", "appeal_rejected", True), ("petrov", "sentenced", False)},
    ),
    (
        "appeal-against-sentence-handed-down-in-a-year",
        "A court on Tuesday rejected Anna Sokolova's appeal against the sentence handed down "
        "in 2022.",
        {("sokolova", "appeal_rejected", True), ("sokolova", "sentenced", False)},
    ),
    (
        "upheld-conviction-of-in-a-year",
        "On Monday judges upheld the conviction of Pavel Orlov in 2021.",
        {("orlov", "appeal_rejected", True), ("orlov", "sentenced", False)},
    ),
    (
        "lost-appeal-against-term-given-last-year",
        "Ivan Petrov lost his appeal on Monday against the five-year term he was given last year.",
        {("petrov", "appeal_rejected", True), ("petrov", "sentenced", False)},
    ),
    (
        "upheld-verdict-passed-on-in-a-year",
        "The court on Monday upheld the verdict passed on Anna Sokolova in 2020.",
        {("sokolova", "appeal_rejected", True), ("sokolova", "sentenced", False)},
    ),
    (
        "appeal-against-a-year-conviction",
        "On Monday the court rejected the appeal of Pavel Orlov against his 2021 conviction.",
        {("orlov", "appeal_rejected", True), ("orlov", "sentenced", False)},
    ),
    (
        "upheld-sentence-received-in-a-year",
        "On Monday the court upheld the six-year sentence Ivan Petrov received in 2022.",
        {("petrov", "appeal_rejected", True), ("petrov", "sentenced", False)},
    ),
    (
        "quashed-conviction-handed-in-a-year",
        "On Monday the Supreme Court quashed the conviction handed to Pavel Orlov in 2021.",
        {("orlov", "charges_dropped", True), ("orlov", "sentenced", False)},
    ),
    (
        "both-old",
        "In 2023 the Supreme Court upheld the sentence handed to Ivan Petrov in 2021.",
        {("petrov", "appeal_rejected", False), ("petrov", "sentenced", False)},
    ),
    (  # the verdict's owner a description of the person named before
        "dated-verdict-handed-to-a-description",
        "Anna Sokolova, a journalist, was detained in 2021. On Monday the Supreme Court upheld "
        "the six-year sentence handed to the journalist in 2022.",
        {
            ("sokolova", "detained", False),
            ("sokolova", "appeal_rejected", True),
            ("sokolova", "sentenced", False),
        },
    ),
    (  # ... not a description of someone else
        "dated-verdict-handed-to-another-description",
        "Anna Sokolova, a journalist, was freed on Monday. The court upheld the six-year "
        "sentence handed to the lawyer in 2022.",
        {("sokolova", "released", True)},
    ),
    # counter-examples: the verdict has no date of its own, or the date is the decision's
    (
        "upheld-undated-verdict",
        "The court on Monday upheld the sentence handed to Ivan Petrov.",
        {("petrov", "appeal_rejected", True)},
    ),
    (
        "upheld-dated-after-the-possessive",
        "The court upheld Anna Sokolova's sentence on Monday.",
        {("sokolova", "appeal_rejected", True)},
    ),
    (  # (added with the fix) a year after "of X" and no other date: the decision's, maybe
        "upheld-conviction-of-in-a-year-no-other-date",
        "The Supreme Court upheld the conviction of Pavel Orlov in 2021.",
        {("orlov", "appeal_rejected", False)},
    ),
    (
        "upheld-conviction-of-on-monday",
        "The Supreme Court upheld the conviction of Pavel Orlov on Monday.",
        {("orlov", "appeal_rejected", True)},
    ),
]

# Classes still read wrongly, kept in view: the test fails once one of them is read right.
JAILED_NOT_YET: dict[str, str] = {}
DATED_VERDICT_NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), named_params(JAILED, JAILED_NOT_YET))
def test_jailed_is_a_sentence_for_a_term_or_an_act_else_an_arrest(
    text: str, expected: Events
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(("text", "expected"), named_params(DATED_VERDICT, DATED_VERDICT_NOT_YET))
def test_a_dated_verdict_an_appeal_court_upheld_is_background(text: str, expected: Events) -> None:
    assert events(text) == expected
