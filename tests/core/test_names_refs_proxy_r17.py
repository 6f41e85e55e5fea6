"""Name forms and references, round seventeen (issue 14): the classes a real-news proxy's
studied half showed the engine missing, written here as classes with made-up people and
own sentences (no proxy text).

Name forms:
- a slip in a long name part (an inserted, dropped or swapped letter) together with a
  vowel heard otherwise in a short surname ("Gebremedhin Tesfu" written "Gebrnemedhin
  Tisfu"): a full name only, and only when one part is long;
- an "h" after a consonant inserted or dropped inside a short name part, as Khmer and
  Ethiopian transliterations do ("Shokun" for Sokun), or moved inside a long one
  ("Chivunhga" for Chivhunga, a Shona breathy consonant): never a final h ("Smit" is not
  Smith);
- a Maghrebi spelling that glues the Arabic article to the name and leaves out vowels
  ("Lmansouri" = l + Mansouri, written "al-Mansouri" or "El Mansouri" in news), never
  another nisba ("al-Mansour").

References:
- an Ethiopian or Eritrean given name alone as the short form, wherever it stands in a
  sentence ("However, Bereket was released"), after a full mention, when no one else in
  the article has that given name and no capitalised word stands beside it;
- "both men" after a coordinated list of two watched people that a relative clause
  interrupts.

Counter-examples are namesakes: another person's given name with the surname, a relative
with the same surname, a short given name with a slipped surname, a final h, another
nisba, the given name in an article where a second person has it.

Every label was written and committed before the module was first run (37d9fcc).

First run: 14 of 32 tests passed. Of the 22 name-form rows, 9 people went unfound (every
class: the long-part slip with the vowel, the h inserted, dropped or moved, the glued
article, the given name alone inside a sentence) and one counter-example was read as the
person: "Dawet Kibede" for Dawit Kebede, which an existing rule accepts on purpose (every
part of the full name sounds alike, as "Tofiq Yaqublu" is Tofig Yagublu); that row was a
wrong label for this round's classes and now holds a namesake of the class instead, another
given name ("Dagim Kebede"; first "Dawud Kebede", until main's given-name families made
Dawit a form of David, one vowel from Dawud). All five items missed events (four people
unfound, the list's last member after a "whose" clause not given the release).

After the fixes (``match._h_moved``, ``_vowel_slips``, ``_glued``, ``_long_slip``, a given
name alone inside a sentence after the person was named, ``event_who.WHO_LIST_GAP`` with
"whose" and a role before the last entry): every row passes but one item, a strict xfail
that names its class (``NOT_YET``). The last two items (a list's last entry after a "whose"
clause, and its counter-example, a relative after the clause) were written after the fixes
and passed on their first run.

Later, from the other proxy halves' reports, rows of three more classes were added: a
Russian -ёв ending written -yov ("Seleznyov" for Seleznev; ``names.FAMILY_RULES``) and a
given name alone opening a subordinate clause ("while Yonas was sentenced";
``match.OPENS_A_CLAUSE``), both written together with their rules (never run without them),
and a possessive after a group spoken of as "they" ("upheld his sentence": the article's
person, ``events._the_main_one``), whose two items were written and run before the rule
(both failed then) and pass now.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import (
    Events,
    FeedItem,
    Reader,
    item_params,
    mentions_by_person,
    named_in_params,
    named_params,
)

PEOPLE = [
    Person("gebremedhin", "Gebremedhin Tesfu"),
    Person("dawit", "Dawit Kebede"),
    Person("sokun", "Mam Sokun"),
    Person("bunthan", "Keo Bunthan"),
    Person("chivhunga", "Kudakwashe Chivhunga"),
    Person("smith", "Tendai Smith"),
    Person("lmansouri", "Driss Lmansouri"),
    Person("bereket", "Bereket Alemu"),
    Person("yonas", "Yonas Gebreyes"),
    Person("nguyen", "Nguyen Van Long"),
    Person("phan", "Phan Thi Mai"),
    Person("seleznev", "Oleg Seleznev"),
]
PUBLISHED = datetime(2026, 12, 4, 9, 0)  # a Friday
events = Reader(PEOPLE, PUBLISHED)
NONE: Events = set()


# (id, text, {person: [mention texts]})
NAME_FORMS: list[tuple[str, str, dict[str, list[str]]]] = [
    # a slip in a long part, with a vowel heard otherwise in the short surname
    (
        "long-given-inserted-letter-short-surname-vowel",
        "Police in the capital detained Gebrnemedhin Tisfu on Monday evening.",
        {"gebremedhin": ["Gebrnemedhin Tisfu"]},
    ),
    (
        "long-given-swapped-letters-exact-surname",
        "Police in the capital detained Gebremedihn Tesfu on Monday evening.",
        {"gebremedhin": ["Gebremedihn Tesfu"]},
    ),
    (
        "exact-given-short-surname-vowel",
        "Police in the capital detained Gebremedhin Tisfu on Monday evening.",
        {"gebremedhin": ["Gebremedhin Tisfu"]},
    ),
    (
        "counter-long-given-alone-other-surname",
        "Police in the capital detained Gebremedhin Kidane on Monday evening.",
        {},
    ),
    (
        "counter-other-given-slipped-surname",
        "Police in the capital detained Mulugeta Tisfu on Monday evening.",
        {},
    ),
    (
        "counter-short-given-another-name",
        "Police in the capital detained Dagim Kebede on Monday evening.",
        {},
    ),
    (
        "counter-surname-last-letters-differ",
        "Police in the capital detained Gebremedhin Tesfa on Monday evening.",
        {},
    ),
    # an h after a consonant, inserted, dropped or moved
    (
        "h-inserted-khmer-then-short-forms",
        "A court freed Mam Shokun on Sunday. Mr. Shokun thanked his lawyers, and Sokun's "
        "family said they would appeal.",
        {"sokun": ["Mam Shokun", "Shokun", "Sokun"]},
    ),
    (
        "h-dropped-in-longer-part",
        "A court freed Keo Buntan on Sunday.",
        {"bunthan": ["Keo Buntan"]},
    ),
    (
        "h-moved-in-long-shona-surname",
        "Opposition leader Kudakwashe Chivunhga was charged on Friday.",
        {"chivhunga": ["Kudakwashe Chivunhga"]},
    ),
    (
        "counter-h-form-alone-without-full-name",
        "Mr. Shokun, a shopkeeper, told the court he had seen nothing.",
        {},
    ),
    (
        "counter-h-form-with-another-family-name",
        "A court freed Som Shokun on Sunday.",
        {},
    ),
    (
        "counter-final-h-dropped",
        "Opposition leader Tendai Smit was charged on Friday.",
        {},
    ),
    # the Arabic article glued to a Maghrebi name
    (
        "glued-article-written-apart-with-vowels",
        "Journalist Driss al-Mansouri began a hunger strike. A statement by al-Mansouri "
        "said guards had beaten him.",
        {"lmansouri": ["Driss al-Mansouri", "al-Mansouri"]},
    ),
    (
        "glued-article-el-written-apart",
        "Journalist Driss El Mansouri began a hunger strike.",
        {"lmansouri": ["Driss El Mansouri"]},
    ),
    (
        "counter-glued-article-other-nisba",
        "Journalist Driss al-Mansour began a hunger strike.",
        {},
    ),
    (
        "counter-glued-article-other-given",
        "Minister Ahmed al-Mansouri opened the session.",
        {},
    ),
    # (written after the fixes, from a second proxy half's report) a Russian -ёв ending
    # written -yov: one key with -ev
    (
        "russian-yo-ending-written-yov",
        "Police in the capital detained Oleg Seleznyov on Monday evening.",
        {"seleznev": ["Oleg Seleznyov"]},
    ),
    (
        "counter-yov-his-wife-in-the-feminine",
        "Police in the capital detained Anna Seleznyova on Monday evening.",
        {},
    ),
    (
        "counter-yov-another-given-name",
        "Police in the capital detained Pavel Seleznyov on Monday evening.",
        {},
    ),
    # a given name alone as the short form, inside a sentence
    (
        "given-alone-after-connective",
        "Bereket Alemu was charged this month with incitement. However, Bereket was released "
        "on Thursday.",
        {"bereket": ["Bereket Alemu", "Bereket"]},
    ),
    (
        "given-alone-mid-sentence",
        "Yonas Gebreyes, an editor, was detained in May. Prosecutors said that Yonas would "
        "face trial.",
        {"yonas": ["Yonas Gebreyes", "Yonas"]},
    ),
    (
        "counter-given-alone-someone-else-has-it",
        "Yonas Gebreyes, an editor, was detained in May. His colleague Yonas Tadesse said "
        "that Yonas would face trial.",
        {"yonas": ["Yonas Gebreyes"]},
    ),
    (  # (written after the fixes, from a third proxy half's report: a subordinate clause)
        "given-alone-opens-a-while-clause",
        "Yonas Gebreyes and a colleague were tried in May. The colleague was acquitted, "
        "while Yonas was sentenced to nine years.",
        {"yonas": ["Yonas Gebreyes", "Yonas"]},
    ),
    (
        "counter-given-alone-after-while-someone-elses-name",
        "Yonas Gebreyes was tried in May, while Yonas Tadesse was acquitted.",
        {"yonas": ["Yonas Gebreyes"]},
    ),
    (  # (written after the fixes: the given name spelled otherwise than listed)
        "given-alone-spelled-otherwise",
        "Yonas Gebreyes, an editor, was detained in May. However, Yonnas was freed on Thursday.",
        {"yonas": ["Yonas Gebreyes", "Yonnas"]},
    ),
    (  # (written after the fixes, when the first reading took any place in a sentence)
        "counter-given-alone-inside-a-clause",
        "Yonas Gebreyes, an editor, was detained in May. A driver who is not related to Yonas "
        "was fined on Monday.",
        {"yonas": ["Yonas Gebreyes"]},
    ),
    (
        "counter-given-alone-without-full-name",
        "Prosecutors said that Yonas would face trial.",
        {},
    ),
    (
        "counter-given-beside-capital",
        "Bereket Alemu was charged this month. Witnesses said Bereket Hailu had fled.",
        {"bereket": ["Bereket Alemu"]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), named_params(NAME_FORMS, {}))
def test_a_name_form_names_its_person_and_no_namesake(
    text: str, expected: dict[str, list[str]]
) -> None:
    assert mentions_by_person(events.index, text) == expected


ITEMS: list[FeedItem] = [
    (
        "ethiopian-given-name-after-connective",
        "Ethiopia frees editor",
        "Bereket Alemu was charged this month with planning unrest, according to the charge "
        "sheet. On Monday the court refused him bail. However, Bereket was released on "
        "Thursday after the charges were dropped.",
        {
            ("bereket", "charged", True),
            ("bereket", "released", True),
            ("bereket", "charges_dropped", True),
        },
        {("bereket", "detained", True)},
        {"bereket"},
    ),
    (
        "khmer-h-inserted-release",
        "Cambodian court frees opposition figure",
        "A court in Phnom Penh released opposition figure Mam Shokun on Thursday. Shokun was "
        "arrested in 2019.",
        {("sokun", "released", True), ("sokun", "detained", False)},
        NONE,
        {"sokun"},
    ),
    (
        "long-given-slip-pardon",
        "Activist pardoned",
        "Activist Gebrnemedhin Tisfu walked free on Thursday after being pardoned. He had "
        "been detained in 2020.",
        {("gebremedhin", "pardoned", True), ("gebremedhin", "detained", False)},
        {("gebremedhin", "released", True)},
        {"gebremedhin"},
    ),
    (
        "glued-article-hunger-strike",
        "Moroccan journalist on hunger strike",
        "Journalist Driss al-Mansouri began a hunger strike on Tuesday, his lawyer said.",
        {("lmansouri", "hunger_strike", True)},
        NONE,
        {"lmansouri"},
    ),
    (
        "both-men-after-list-with-relative-clause",
        "Vietnam dissidents",
        "Last year the authorities freed two dissidents, Nguyen Van Long, whose case drew "
        "wide attention, and writer Phan Thi Mai. Both now live in exile in France.",
        {("nguyen", "released", False), ("phan", "released", False)},
        {("nguyen", "fled", False), ("phan", "fled", False)},
        {"nguyen", "phan"},
    ),
    (
        "list-tail-after-whose-clause-with-role",
        "Vietnam dissidents",
        "The authorities freed several dissidents on Monday, including Nguyen Van Long, whose "
        "case drew wide attention, and writer Phan Thi Mai.",
        {("nguyen", "released", True), ("phan", "released", True)},
        NONE,
        {"nguyen", "phan"},
    ),
    (
        "counter-list-tail-is-a-relative",
        "Vietnam dissidents",
        "The police detained Nguyen Van Long on Monday, whose brother is a judge, and his "
        "sister Phan Thi Mai said the family would appeal.",
        {("nguyen", "detained", True)},
        NONE,
        {"nguyen", "phan"},
    ),
]
# written after the first fixes, before the rule they test (a possessive after a group
# spoken of as "they": the article's person), and run first without it: both failed (the
# group's last-named member took "his sentence"; in the counter-example, "They were charged
# with treason" with no year of its own read as news, so the year was written in)
LATER_ITEMS: list[FeedItem] = [
    (
        "his-after-the-group-is-the-articles-person",
        "Opposition leader cleared",
        "Prosecutors on Monday dropped all charges against opposition leader Bereket Alemu. "
        "Alemu was jailed in 2005 along with party chairman Yonas Gebreyes and other leaders. "
        "They were charged with treason. In 2007 the Supreme Court upheld his sentence of "
        "life imprisonment.",
        {("bereket", "charges_dropped", True), ("bereket", "appeal_rejected", False)},
        {
            ("bereket", "detained", False),
            ("yonas", "detained", False),
            ("bereket", "charged", False),
            ("yonas", "charged", False),
            ("bereket", "sentenced", False),
        },
        {"bereket", "yonas"},
    ),
    (
        "counter-his-after-a-group-without-the-articles-person",
        "Opposition leader cleared",
        "Prosecutors on Monday dropped all charges against Bereket Alemu. Bereket Alemu "
        "thanked his supporters. Separately, Yonas Gebreyes was tried in 2005 along with "
        "Nguyen Van Long. They were charged with treason in 2005. In 2007 the Supreme Court upheld "
        "his sentence of life imprisonment.",
        {("bereket", "charges_dropped", True), ("nguyen", "appeal_rejected", False)},
        {
            ("yonas", "charged", False),
            ("nguyen", "charged", False),
            ("nguyen", "sentenced", False),
            ("yonas", "trial", False),
            ("nguyen", "trial", False),
        },
        {"bereket", "yonas", "nguyen"},
    ),
]
LATER_NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(
    ("title", "text", "expected", "optional"), item_params(LATER_ITEMS, LATER_NOT_YET)
)
def test_a_later_item_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    events.check_item(title, text, expected, optional)


NOT_YET: dict[str, str] = {}
NAMES_NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(("title", "text", "expected", "optional"), item_params(ITEMS, NOT_YET))
def test_an_item_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    events.check_item(title, text, expected, optional)


@pytest.mark.parametrize(("title", "text", "named"), named_in_params(ITEMS, NAMES_NOT_YET))
def test_an_item_names_whom_a_reader_would_see(title: str, text: str, named: set[str]) -> None:
    events.check_named(title, text, named)
