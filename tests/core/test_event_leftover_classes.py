"""Classes left over by earlier rounds (issue 14), each with its own examples and
counter-examples, written and labelled before the module was first run (first run: 6 of 10
name rows right, 4 with a wrong extra mention; 5 of 15 event rows right, 6 of 13 labelled
events found, 6 wrong extra events):

- names: a watchlisted surname that is a common English word ("Hope", "Grant", "Strong")
  alone at a sentence's start is the person only when what follows is something a person
  does or has done to them ("Grant was charged", "Strong told the court"), not "Hope has
  faded that ...";
- who: a time clause after "X, who represents Y," is the main clause's object's, X's
  ("detained X, who represents Y, as he left the prison": a lawyer leaving after a visit is
  not released); a participle aside after "Lawyers for X," is X's ("Lawyers for X,
  sentenced on 2 October, filed an appeal");
- who: "X's daughter said her father told her ... guards had beaten him": the relative's
  father, mother, ... is X, the person named by the possessive;
- who: "All five were arrested" after fewer people are named covers those named (not "All
  five others").

After the fixes: 10 of 10 name rows right; 19 of 20 event rows right (5 counter-example
rows were added with the fixes), 14 of 14 labelled events found, 1 wrong extra event: a
person's gender the article does not tell ("Maryam"), so her son's "his father" is read
as her (``NOT_YET``; fixed since by the genders of given names). One label was changed,
only to follow the rule table's reading of "jailed", and changed back by the helper who
settled that convention.

The people and the stories are made up.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader, mention_counts, named_params

PEOPLE = [
    Person("grant", "Ruth Grant"),
    Person("hope", "Tendai Hope"),
    Person("strong", "Kelvin Strong"),
    Person("rich", "Adaeze Rich"),
    Person("bell", "Marcus Bell"),
    Person("young", "Daniel Young"),
    Person("aliyev", "Rauf Aliyev"),
    Person("sultanov", "Timur Sultanov"),
    Person("karim", "Nadia Karim"),
    Person("rashed", "Khalid Al Rashed"),
    Person("saleh", "Maryam Saleh"),
    Person("osei", "Kwame Osei"),
    Person("mensah", "Ama Mensah"),
]
PUBLISHED = datetime(2026, 9, 17, 7, 30)  # a Thursday
events = Reader(PEOPLE, PUBLISHED)

NONE: Events = set()

# (name, text, how many times each person is named)
SENTENCE_START: list[tuple[str, str, dict[str, int]]] = [
    (
        "was-and-an-event",
        "Ruth Grant was arrested on Monday. Grant was charged with sedition on Tuesday.",
        {"grant": 2},
    ),
    (
        "a-verb-of-speech",
        "Kelvin Strong was sentenced to five years on Friday. Strong told the court he was "
        "innocent.",
        {"strong": 2},
    ),
    ("an-age-aside", "Adaeze Rich was freed on Friday. Rich, 34, walked out at noon.", {"rich": 2}),
    (
        "has-been-held",
        "Tendai Hope was detained in June. Hope has been held without charge since then.",
        {"hope": 2},
    ),
    (
        "is-serving",
        "Marcus Bell was jailed in May. Bell is serving a four-year term in Bang Kwang.",
        {"bell": 2},
    ),
    (
        "is-in-detention",
        "Daniel Young was arrested on Monday. Young is in pretrial detention in Klong Prem.",
        {"young": 2},
    ),
    # counter-examples: the word as itself, after the full name
    (
        "hope-has-faded",
        "Tendai Hope was detained in June. Hope has faded that she will be freed this year.",
        {"hope": 1},
    ),
    (
        "hope-is-growing",
        "Tendai Hope was detained in June. Hope is growing among her supporters that the "
        "charges will be dropped.",
        {"hope": 1},
    ),
    (
        "grant-was-approved",
        "Ruth Grant runs a school for girls. Grant was approved for the school by the ministry "
        "in 2019.",
        {"grant": 1},
    ),
    (
        "strong-was-the-word",
        "Kelvin Strong was sentenced on Friday. Strong was the word his lawyer used for the "
        "appeal.",
        {"strong": 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), named_params(SENTENCE_START, {}))
def test_a_common_word_surname_opening_a_sentence_is_the_person_only_as_a_person(
    text: str, counts: dict[str, int]
) -> None:
    assert mention_counts(events.index, text) == counts


# (name, text, expected, optional)
WHO: list[tuple[str, str, Events, Events]] = [
    # a time clause after a relative clause that names someone: the main clause's object's
    (
        "time-clause-after-who-represents",
        "Police detained Rauf Aliyev, who represents the jailed poet Nadia Karim, as he left "
        "the prison on Monday.",
        {("aliyev", "detained", True)},
        {("karim", "sentenced", False), ("karim", "detained", False)},
    ),
    (
        "time-clause-after-who-defends",
        "Security officers arrested Timur Sultanov, who defends the journalist Nadia Karim, when "
        "he walked out of the detention centre on Tuesday.",
        {("sultanov", "detained", True)},
        NONE,
    ),
    (  # counter-example: the pronoun is the client's
        "time-clause-of-the-client",
        "Police detained Rauf Aliyev, who represents Nadia Karim, as she left the prison on "
        "Monday.",
        {("aliyev", "detained", True), ("karim", "released", True)},
        NONE,
    ),
    (  # counter-example: no one represented, a prisoner leaving prison
        "prisoner-walks-out",
        "Timur Sultanov, who was jailed in 2022, walked out of the prison on Monday.",
        {("sultanov", "released", True)},
        {("sultanov", "detained", False)},  # "jailed in 2022" alone: an arrest
    ),
    # (added with the fix) counsel leaving a prison is no release; walking free is
    (
        "counsel-walks-out-after-a-visit",
        "Rauf Aliyev, a lawyer for Nadia Karim, walked out of the prison after a two-hour visit "
        "on Monday.",
        NONE,
        NONE,
    ),
    (
        "counsel-walks-free",
        "Rauf Aliyev, a lawyer for Nadia Karim, walked free on Monday after a year in custody.",
        {("aliyev", "released", True)},
        {("aliyev", "detained", False)},
    ),
    # a participle aside after "Lawyers for X,": X's
    (
        "lawyers-for-then-sentenced",
        "Lawyers for the blogger Nadia Karim, sentenced on 3 August to six years, lodged an "
        "appeal on Tuesday.",
        {("karim", "sentenced", False)},
        NONE,
    ),
    (
        "relatives-of-then-jailed",
        "Relatives of Timur Sultanov, jailed in 2023 over a post, protested outside the court "
        "on Monday.",
        # "jailed in 2023 over a post": a sentence (the convention: jailed for an act), as
        # labelled before the first run
        {("sultanov", "sentenced", False)},
        NONE,
    ),
    (  # counter-example: an aside of no event
        "lawyers-for-then-appointed",
        "Lawyers for Nadia Karim, appointed by the court on Monday, asked for more time.",
        NONE,
        NONE,
    ),
    (  # (added with the fix) counter-example: one relative, the aside left to them
        "the-wife-of-then-detained",
        "The wife of Timur Sultanov, detained on Monday, was freed on Tuesday.",
        NONE,
        NONE,
    ),
    # "X's daughter said her father ...": X
    (
        "daughter-says-her-father",
        "Khalid Al Rashed's daughter said her father told her on a call in May that guards had "
        "beaten him.",
        {("rashed", "ill_treatment", False)},
        NONE,
    ),
    (
        "son-says-his-mother",
        "Maryam Saleh's son said his mother had told him that guards denied her insulin for a "
        "week.",
        {("saleh", "ill_treatment", True)},
        NONE,
    ),
    (  # counter-example: the relative's own spouse
        "daughter-says-her-husband",
        "Khalid Al Rashed's daughter said her husband told her that guards had beaten him.",
        NONE,
        NONE,
    ),
    (  # counter-example: the other parent
        "son-says-his-father",
        "Maryam Saleh's son said his father told him that guards had beaten him.",
        NONE,
        NONE,
    ),
    # "All five were arrested" after two people named
    (
        "all-five-after-two-and-three-others",
        "Kwame Osei and Ama Mensah spoke at the rally on Saturday with three other students. "
        "All five were arrested on Sunday.",
        {("osei", "detained", True), ("mensah", "detained", True)},
        NONE,
    ),
    (
        "all-five-after-two",
        "Kwame Osei and Ama Mensah spoke at the rally on Saturday. All five were arrested on "
        "Sunday, police said.",
        {("osei", "detained", True), ("mensah", "detained", True)},
        NONE,
    ),
    (  # counter-examples: the others
        "all-five-others",
        "Kwame Osei and Ama Mensah spoke at the rally on Saturday. All five others were "
        "arrested on Sunday.",
        NONE,
        NONE,
    ),
    (  # (added with the fix) the others, opening the sentence; a count below those named
        "the-other-students",
        "Kwame Osei and Ama Mensah were questioned on Saturday. The other students were "
        "arrested on Sunday.",
        NONE,
        NONE,
    ),
    (
        "all-three-after-four",
        "Kwame Osei, Ama Mensah, Rauf Aliyev and Nadia Karim were questioned on Saturday. All "
        "three were arrested on Sunday.",
        NONE,
        NONE,
    ),
    (
        "all-five-of-the-other-students",
        "Kwame Osei and Ama Mensah were questioned on Saturday. All five of the other students "
        "were arrested on Sunday.",
        NONE,
        NONE,
    ),
]

# (the one miss here, "Maryam Saleh"'s son's "his father" read as her, is fixed: a given
# name only one sex bears tells hers, ``wordlists.FEMALE_GIVEN_NAMES``)
NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected", "optional"), named_params(WHO, NOT_YET))
def test_a_leftover_class_reads_its_examples(text: str, expected: Events, optional: Events) -> None:
    assert expected <= events(text) <= expected | optional
