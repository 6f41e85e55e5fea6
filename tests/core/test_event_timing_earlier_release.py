"""Made-up English news paragraphs for the issue-14 classes left after the ages-in-lists
xfails: an earlier release told as background before the article's news release (the
person was freed once, jailed again, and is freed now), names with ages between commas in
a list, a Title Case headline's "jailed" whose text says "held overnight and released",
and a lawyer's quote about "my client" said after the lawyer is named as X's.

The people and stories are made up; every row's labels were written before the module
was first run (first run: 8 of 17 rows passed, see the commit that added it).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader, named_params

PEOPLE = [
    Person("belov", "Arkady Belov"),
    Person("sadykova", "Zarina Sadykova"),
    Person("hewitt", "Martin Hewitt"),
    Person("osei", "Kwame Osei"),
    Person("varga", "Lilla Varga"),
]
PUBLISHED = datetime(2026, 5, 14, 10, 0)  # a Thursday
events = Reader(PEOPLE, PUBLISHED, title="Rights news")

NONE: Events = set()

# (name, text, expected, optional)
Row = tuple[str, str, Events, Events]

EARLIER_RELEASE: list[Row] = [
    (
        "paroled-before-then-freed-in-an-exchange",
        "Arkady Belov, who was paroled after serving half of an earlier term, was arrested "
        "again last spring. Belov and Zarina Sadykova were released as part of a prisoner "
        "exchange, officials said.",
        {
            ("belov", "parole_granted", False),
            ("belov", "released", True),
            ("sadykova", "released", True),
        },
        {("belov", "detained", False)},
    ),
    (
        "pardoned-once-then-freed-on-bail",
        "Martin Hewitt, who was pardoned by a former president, returned to prison after a new "
        "conviction. Hewitt was freed on bail, his lawyer said.",
        {("hewitt", "pardoned", False), ("hewitt", "released", True)},
        # "returned to prison" as a background arrest: accepted after the first run
        {("hewitt", "sentenced", False), ("hewitt", "detained", False)},
    ),
    (
        "released-early-once-then-freed-in-a-deal",
        "Kwame Osei, once released early for good behaviour, was jailed again for contempt. "
        "Osei was freed under a deal with prosecutors, his family said.",
        {("osei", "parole_granted", False), ("osei", "released", True)},
        {("osei", "sentenced", False)},  # "jailed again for contempt": a sentence
    ),
    # counter-examples: the background mention comes after the news and retells it
    (
        "freed-then-who-was-paroled-retells-it",
        "Arkady Belov was released from a colony on Monday. Belov, who was paroled after "
        "serving two thirds of his term, thanked his supporters.",
        {("belov", "released", True)},
        {("belov", "parole_granted", True)},
    ),
    (
        "freed-then-since-his-release-retells-it",
        "Zarina Sadykova was freed on Tuesday. Since her release, Sadykova has spoken to "
        "reporters twice.",
        {("sadykova", "released", True)},
        NONE,
    ),
]

# the news is a return to custody, so an undated release the article tells is the one
# before it (rows added after the first run, labelled before they were run; their first
# run: see the commit)
RELEASE_BEFORE_A_RETURN: list[Row] = [
    (
        "rearrested-after-conditional-release-revoked",
        "Kwame Osei was arrested on Monday after the conditional release granted to him in "
        "March was revoked. Osei and another dissident were freed under a deal brokered by the "
        "church.",
        {("osei", "detained", True), ("osei", "parole_granted", False)},
        {("osei", "released", False)},
    ),
    (
        "sent-back-to-prison-freed-on-bail-before",
        "Martin Hewitt was sent back to prison on Wednesday, a judge said. Hewitt was freed on "
        "bail after his first arrest and awaited trial at home.",
        {("hewitt", "detained", True)},
        {("hewitt", "released", False), ("hewitt", "detained", False)},
    ),
    (
        "rearrested-released-after-serving-her-term",
        "Lilla Varga was rearrested on Tuesday. Varga was released from a colony after serving "
        "her sentence and went back to her newspaper.",
        {("varga", "detained", True)},
        {("varga", "released", False), ("varga", "sentenced", False)},
    ),
    # counter-examples: no return to custody; a release dated after the return
    (
        "detained-then-released-hours-later",
        "Lilla Varga was detained at a protest on Tuesday. Varga was released hours later "
        "without charge.",
        {("varga", "detained", True), ("varga", "released", True)},
        NONE,
    ),
    (
        "rearrested-then-released-on-a-later-day",
        "Kwame Osei was rearrested on Monday. His lawyer said Osei was released on Wednesday.",
        {("osei", "detained", True), ("osei", "released", True)},
        NONE,
    ),
]

AGES: list[Row] = [
    (
        "ages-between-commas-freed-in-a-deal",
        "Arkady Belov, 54, and Zarina Sadykova, 72, were released on Tuesday as part of a deal.",
        {("belov", "released", True), ("sadykova", "released", True)},
        NONE,
    ),
    (
        "three-with-ages-charged",
        "Martin Hewitt, 38, Kwame Osei, 45, and Lilla Varga, 27, were charged on Monday.",
        {("hewitt", "charged", True), ("osei", "charged", True), ("varga", "charged", True)},
        NONE,
    ),
    (
        "ages-between-commas-court-jailed",
        "A court jailed Kwame Osei, 45, and Lilla Varga, 27, for three years on Wednesday.",
        {("osei", "sentenced", True), ("varga", "sentenced", True)},
        NONE,
    ),
    (  # counter-example: an age then an unwatched relative is not a list of the listed
        "age-then-her-husband-detained",
        "Lilla Varga, 27, said her husband, 30, was detained on Monday.",
        NONE,
        NONE,
    ),
    (  # counter-example: the number is a count of others, not an age
        "name-then-a-number-of-others",
        "Police said Kwame Osei, 45, had led 200 protesters, 12 of whom were detained on Monday.",
        NONE,
        NONE,
    ),
]

# (name, title, text, expected, optional)
TitledRow = tuple[str, str, str, Events, Events]

HEADLINES: list[TitledRow] = [
    (
        "headline-jailed-held-overnight-and-released",
        "Activist Zarina Sadykova Jailed",
        "Zarina Sadykova was held overnight at a police station and released on Wednesday "
        "morning without charge, her lawyer said.",
        {("sadykova", "detained", True), ("sadykova", "released", True)},
        NONE,
    ),
    (
        "headline-detained-questioned-and-freed",
        "Reporter Lilla Varga Detained",
        "Lilla Varga was questioned for six hours and freed late on Tuesday, her editor said.",
        {("varga", "detained", True), ("varga", "released", True)},
        NONE,
    ),
    (  # counter-example: the text says she is still held
        "headline-jailed-still-held",
        "Activist Zarina Sadykova Jailed",
        "Zarina Sadykova was held overnight at a police station and remains in custody, her "
        "lawyer said on Wednesday.",
        {("sadykova", "detained", True)},
        NONE,
    ),
]

QUOTES: list[TitledRow] = [
    (
        "my-client-was-beaten-said-the-lawyer-of",
        "Rights news",
        "'My client was beaten in his cell,' said the lawyer of Martin Hewitt on Tuesday.",
        {("hewitt", "ill_treatment", True)},
        NONE,
    ),
    (
        "my-client-was-beaten-said-lawyer-for",
        "Rights news",
        "\u201cMy client was beaten by guards,\u201d the lawyer for Kwame Osei told reporters "
        "on Monday.",
        {("osei", "ill_treatment", True)},
        NONE,
    ),
    (  # counter-example: the lawyer's own arrest, said by X's lawyer, is not X's
        "i-was-detained-said-the-lawyer-of",
        "Rights news",
        "'I was detained for an hour,' said the lawyer of Martin Hewitt on Tuesday.",
        NONE,
        NONE,
    ),
]

# fixed after the first run, with more examples and counter-examples
CLASSES: list[tuple[str, Events]] = [
    # custody for hours, a night or at a police station
    ("Lilla Varga was held for two nights in a police cell.", {("varga", "detained", True)}),
    (  # counter-example: a hearing held for days
        "The trial of Lilla Varga was held for three days in a closed court.",
        {("varga", "trial", True)},
    ),
    # "jailed X and Y for three years": a list between the verb and the term
    (
        "A court jailed Kwame Osei and Lilla Varga for three years on Wednesday.",
        {("osei", "sentenced", True), ("varga", "sentenced", True)},
    ),
    (  # counter-example: a term inside a relative clause is no sentence
        "Police jailed Kwame Osei, who had campaigned for two years against the mine, on Monday.",
        {("osei", "detained", True)},
    ),
    # a quote's "my client", named after the quote as whose lawyer speaks
    (
        "'My client was beaten in his cell,' said the lawyer of jailed reporter Martin Hewitt "
        "on Tuesday.",
        {("hewitt", "ill_treatment", True)},
    ),
    (  # counter-examples: the client of someone else named with X
        "'My client was beaten in his cell,' said the lawyer of Martin Hewitt's cellmate on "
        "Tuesday.",
        NONE,
    ),
    (
        "'My client was beaten in his cell,' said the lawyer of the cellmate of Martin Hewitt "
        "on Tuesday.",
        NONE,
    ),
    ("'My client was beaten,' said Martin Hewitt, a lawyer.", NONE),
]


@pytest.mark.parametrize(("text", "expected"), CLASSES)
def test_a_fixed_class_reads_its_examples(text: str, expected: Events) -> None:
    assert events(text) == expected


ALL: list[TitledRow] = [(n, "Rights news", t, e, o) for n, t, e, o in EARLIER_RELEASE + AGES]
ALL += [(n, "Rights news", t, e, o) for n, t, e, o in RELEASE_BEFORE_A_RETURN]
ALL += HEADLINES + QUOTES

NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(("title", "text", "expected", "optional"), named_params(ALL, NOT_YET))
def test_a_paragraph_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    found = events(text, title)
    assert expected <= found <= expected | optional
