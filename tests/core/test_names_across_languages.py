"""Given names that an article writes in another language's or register's form than the
list (issue 14, "Names"). Three classes, each with its hits and its namesakes:

- one name in several languages, as news rewrites it from a script of its own (Hebrew,
  Russian, Ukrainian, Belarusian, Georgian, Greek) or from Polish into English: a listed
  Yitzhak is the article's Isaac, a listed Iosif its Joseph, a listed Giorgi its George.
  Forms that English news never rewrites, and that different people bear beside one
  surname, stay apart: Arabic forms (Ibrahim is not Abraham, Musa not Moses, Yusuf not
  Joseph, as the spelling table already had it), Romance ones (Juan is not John, Pierre
  not Peter), a form that is another gender's name in English or Hebrew (Jean, Michal);
- English familiar forms (Larry for Lawrence, Bill for William), which count beside the
  surname only: alone, "Larry" is no one's mention, and a familiar form of another name
  beside the surname ("Bill Chen" for Lawrence Chen, "Penny Leung" for Joshua Leung) is
  someone else;
- the Thai vowel แ, which romanizations write ae, a or e before ng or w (Jaengraew /
  Jangrew, Saengchai / Sangchai, Kaewta / Kewta): a given name so spelled counts beside the
  listed surname; another vowel (Jongrew) or an ae before another letter (Michael /
  Michal) is someone else.

Made-up people, own sentences. Every row's expectation was written and committed before
the module was first run. First run: 39 of the 78 rows right, every one of the 33
someone-else rows among them; of the 45 rows of the person, 21 of the 26 in another
language missed (Itzhak, Yosef, Yaakov, Paweł and Aleksander already shared a key), all 12
familiar forms beside the surname and 6 of the 7 Thai spellings (the surname's was read by
its sound already); 10 of the 15 pairs of one name in languages had keys of their own.
"""

from __future__ import annotations

import pytest

from monitor.core.match import compile_names
from monitor.core.names import fold, key
from monitor.core.types import Person
from tests.core.reading import mentions_by_person, named_params

PEOPLE = [
    Person("marom", "Yitzhak Marom"),
    Person("katz", "Binyamin Katz"),
    Person("levin", "Iosif Levin"),
    Person("sorkin", "Yakov Sorkin"),
    Person("shalev", "Avraham Shalev"),
    Person("dror", "Moshe Dror"),
    Person("erez", "Shlomo Erez"),
    Person("grebnev", "Mikhail Grebnev"),
    Person("verin", "Pyotr Verin"),
    Person("osin", "Pavel Osin"),
    Person("drozd", "Ivan Drozd"),
    Person("lomidze", "Giorgi Lomidze"),
    Person("hrytsak", "Stepan Hrytsak"),
    Person("volsky", "Aleksandr Volsky"),
    Person("zotova", "Yekaterina Zotova"),
    Person("barsh", "Elena Barsh"),
    Person("chen", "Lawrence Chen"),
    Person("ashby", "William Ashby"),
    Person("nyoni", "Robert Nyoni"),
    Person("okello", "James Okello"),
    Person("tan", "Michael Tan"),
    Person("mensah", "Richard Mensah"),
    Person("lam", "Anthony Lam"),
    Person("leung", "Joshua Leung"),
    Person("sombat", "Jaengraew Sombat"),
    Person("rattana", "Saengchai Rattana"),
    Person("phromsri", "Kaewta Phromsri"),
    Person("jaengraew", "Somchai Jaengraew"),
    Person("rosen", "Michael Rosen"),
    Person("srisuk", "Thanathorn Srisuk"),
    Person("sitthichai", "Somsak Sitthichai"),
]
INDEX = compile_names(PEOPLE)
LEAD = "Officers came for "
TAIL = " before dawn on Tuesday, and the family learned of it from neighbours."


def named(name: str) -> dict[str, list[str]]:
    return mentions_by_person(INDEX, LEAD + name + TAIL)


# (row name, the name as the article writes it, the people found with their texts)
Row = tuple[str, str, dict[str, list[str]]]

ONE_NAME_IN_LANGUAGES: list[Row] = [
    ("isaac-for-yitzhak", "Isaac Marom", {"marom": ["Isaac Marom"]}),
    ("itzhak-for-yitzhak", "Itzhak Marom", {"marom": ["Itzhak Marom"]}),
    ("benjamin-for-binyamin", "Benjamin Katz", {"katz": ["Benjamin Katz"]}),
    ("veniamin-for-binyamin", "Veniamin Katz", {"katz": ["Veniamin Katz"]}),
    ("joseph-for-iosif", "Joseph Levin", {"levin": ["Joseph Levin"]}),
    ("yosef-for-iosif", "Yosef Levin", {"levin": ["Yosef Levin"]}),
    ("osip-for-iosif", "Osip Levin", {"levin": ["Osip Levin"]}),
    ("jacob-for-yakov", "Jacob Sorkin", {"sorkin": ["Jacob Sorkin"]}),
    ("yaakov-for-yakov", "Yaakov Sorkin", {"sorkin": ["Yaakov Sorkin"]}),
    ("jakub-for-yakov", "Jakub Sorkin", {"sorkin": ["Jakub Sorkin"]}),
    ("abraham-for-avraham", "Abraham Shalev", {"shalev": ["Abraham Shalev"]}),
    ("moses-for-moshe", "Moses Dror", {"dror": ["Moses Dror"]}),
    ("solomon-for-shlomo", "Solomon Erez", {"erez": ["Solomon Erez"]}),
    ("michael-for-mikhail", "Michael Grebnev", {"grebnev": ["Michael Grebnev"]}),
    ("peter-for-pyotr", "Peter Verin", {"verin": ["Peter Verin"]}),
    ("paul-for-pavel", "Paul Osin", {"osin": ["Paul Osin"]}),
    ("pawel-for-pavel", "Paweł Osin", {"osin": ["Paweł Osin"]}),
    ("john-for-ivan", "John Drozd", {"drozd": ["John Drozd"]}),
    ("george-for-giorgi", "George Lomidze", {"lomidze": ["George Lomidze"]}),
    ("georgy-for-giorgi", "Georgy Lomidze", {"lomidze": ["Georgy Lomidze"]}),
    ("stephen-for-stepan", "Stephen Hrytsak", {"hrytsak": ["Stephen Hrytsak"]}),
    ("stefan-for-stepan", "Stefan Hrytsak", {"hrytsak": ["Stefan Hrytsak"]}),
    ("aleksander-for-aleksandr", "Aleksander Volsky", {"volsky": ["Aleksander Volsky"]}),
    ("catherine-for-yekaterina", "Catherine Zotova", {"zotova": ["Catherine Zotova"]}),
    ("helen-for-elena", "Helen Barsh", {"barsh": ["Helen Barsh"]}),
    ("helena-for-elena", "Helena Barsh", {"barsh": ["Helena Barsh"]}),
]

KEPT_APART: list[Row] = [
    ("another-surname-of-the-same-given-name", "Isaac Dagan", {}),
    ("another-given-name-of-the-surname", "Daniel Marom", {}),
    ("arabic-ishaq-is-not-yitzhak", "Ishaq Marom", {}),
    ("arabic-yusuf-is-not-iosif", "Yusuf Levin", {}),
    ("james-is-not-yakov", "James Sorkin", {}),
    ("arabic-ibrahim-is-not-avraham", "Ibrahim Shalev", {}),
    ("arabic-musa-is-not-moshe", "Musa Dror", {}),
    ("arabic-suleiman-is-not-shlomo", "Suleiman Erez", {}),
    ("hebrew-michal-is-not-mikhail", "Michal Grebnev", {}),
    ("romance-pierre-is-not-pyotr", "Pierre Verin", {}),
    ("romance-pablo-is-not-pavel", "Pablo Osin", {}),
    ("paula-is-not-pavel", "Paula Osin", {}),
    ("romance-juan-is-not-ivan", "Juan Drozd", {}),
    ("jean-is-not-ivan", "Jean Drozd", {}),
    ("romance-jorge-is-not-giorgi", "Jorge Lomidze", {}),
    ("yegor-is-not-giorgi", "Yegor Lomidze", {}),
    ("romance-esteban-is-not-stepan", "Esteban Hrytsak", {}),
    ("alexandra-is-not-aleksandr", "Alexandra Volsky", {}),
    ("karina-is-not-yekaterina", "Karina Zotova", {}),
    ("ellen-is-not-elena", "Ellen Barsh", {}),
]

FAMILIAR_BESIDE_THE_SURNAME: list[Row] = [
    ("larry-for-lawrence", "Larry Chen", {"chen": ["Larry Chen"]}),
    ("bill-for-william", "Bill Ashby", {"ashby": ["Bill Ashby"]}),
    ("billy-for-william", "Billy Ashby", {"ashby": ["Billy Ashby"]}),
    ("bob-for-robert", "Bob Nyoni", {"nyoni": ["Bob Nyoni"]}),
    ("rob-for-robert", "Rob Nyoni", {"nyoni": ["Rob Nyoni"]}),
    ("jim-for-james", "Jim Okello", {"okello": ["Jim Okello"]}),
    ("jimmy-for-james", "Jimmy Okello", {"okello": ["Jimmy Okello"]}),
    ("mike-for-michael", "Mike Tan", {"tan": ["Mike Tan"]}),
    ("dick-for-richard", "Dick Mensah", {"mensah": ["Dick Mensah"]}),
    ("rick-for-richard", "Rick Mensah", {"mensah": ["Rick Mensah"]}),
    ("tony-for-anthony", "Tony Lam", {"lam": ["Tony Lam"]}),
    ("josh-for-joshua", "Josh Leung", {"leung": ["Josh Leung"]}),
]

FAMILIAR_NOT_THE_PERSON: list[Row] = [
    ("another-familiar-name-beside-the-surname", "Bill Chen", {}),
    ("penny-is-not-joshua", "Penny Leung", {}),
    ("lars-is-not-larry", "Lars Chen", {}),
    ("roberta-is-not-robert", "Roberta Nyoni", {}),
    ("jacob-is-not-james", "Jacob Okello", {}),
    ("micah-is-not-michael", "Micah Tan", {}),
    ("antonia-is-not-anthony", "Antonia Lam", {}),
    ("ricardo-is-not-richard", "Ricardo Mensah", {}),
]

THAI_VOWELS: list[Row] = [
    ("ae-as-a-then-e", "Jangrew Sombat", {"sombat": ["Jangrew Sombat"]}),
    ("ae-then-e", "Jaengrew Sombat", {"sombat": ["Jaengrew Sombat"]}),
    ("ae-as-a", "Jangraew Sombat", {"sombat": ["Jangraew Sombat"]}),
    ("ae-as-a-before-ng", "Sangchai Rattana", {"rattana": ["Sangchai Rattana"]}),
    ("ae-as-e-before-ng", "Sengchai Rattana", {"rattana": ["Sengchai Rattana"]}),
    ("ae-as-e-before-w", "Kewta Phromsri", {"phromsri": ["Kewta Phromsri"]}),
    ("surname-ae-as-a", "Somchai Jangrew", {"jaengraew": ["Somchai Jangrew"]}),
]

THAI_NOT_THE_PERSON: list[Row] = [
    ("another-vowel-o", "Jongrew Sombat", {}),
    ("another-vowel-o-before-ng", "Songchai Rattana", {}),
    ("another-ending", "Sangchan Rattana", {}),
    ("another-given-name", "Jirawat Sombat", {}),
    ("ae-before-l-is-not-a", "Michal Rosen", {}),
]

# An aspirated t that Thai romanizations write th and other spellings t (Thanathorn /
# Thanatorn, Sitthichai / Sittichai). Rows written and committed before this class was
# first run; first run: 4 of 6 right (the three namesakes, and the surname, one letter
# dropped, by the one-typo rule), both given names missed.
THAI_ASPIRATES: list[Row] = [
    ("th-as-t-inside-given", "Thanatorn Srisuk", {"srisuk": ["Thanatorn Srisuk"]}),
    ("th-as-t-first-of-given", "Tanathorn Srisuk", {"srisuk": ["Tanathorn Srisuk"]}),
    ("th-as-t-in-surname", "Somsak Sittichai", {"sitthichai": ["Somsak Sittichai"]}),
]

THAI_ASPIRATES_NOT_THE_PERSON: list[Row] = [
    ("another-consonant-p", "Thanaporn Srisuk", {}),
    ("another-consonant-k", "Thanakorn Srisuk", {}),
    ("surname-another-ending", "Somsak Sittichan", {}),
]

NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(
    ("name", "expected"),
    named_params(
        [
            *ONE_NAME_IN_LANGUAGES,
            *KEPT_APART,
            *FAMILIAR_BESIDE_THE_SURNAME,
            *FAMILIAR_NOT_THE_PERSON,
            *THAI_VOWELS,
            *THAI_NOT_THE_PERSON,
            *THAI_ASPIRATES,
            *THAI_ASPIRATES_NOT_THE_PERSON,
        ],
        NOT_YET,
    ),
)
def test_a_given_name_in_another_form(name: str, expected: dict[str, list[str]]) -> None:
    assert named(name) == expected


def test_a_familiar_form_alone_is_no_mention() -> None:
    """Beside the full name elsewhere in the article, "Larry" alone is not counted (as
    the Russian "Misha" is): an English familiar form counts beside the surname only."""
    text = (
        "Lawrence Chen was detained in Kowloon on Monday. Larry was moved to another "
        "station on Tuesday, a friend said."
    )
    assert mentions_by_person(INDEX, text) == {"chen": ["Lawrence Chen"]}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Isaac", "Yitzhak"),
        ("Benjamin", "Binyamin"),
        ("Joseph", "Iosif"),
        ("Jacob", "Yaakov"),
        ("Abraham", "Avraham"),
        ("Moses", "Moshe"),
        ("Solomon", "Shlomo"),
        ("Michael", "Mikhail"),
        ("Peter", "Pyotr"),
        ("Paul", "Pavel"),
        ("John", "Ivan"),
        ("George", "Giorgi"),
        ("Stephen", "Stepan"),
        ("Catherine", "Yekaterina"),
        ("Helen", "Elena"),
    ],
)
def test_one_name_in_languages_shares_a_key(one: str, other: str) -> None:
    assert key(fold(one)) == key(fold(other))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Ibrahim", "Abraham"),
        ("Musa", "Moses"),
        ("Suleiman", "Solomon"),
        ("Yusuf", "Joseph"),
        ("Dawood", "David"),
        ("Juan", "John"),
        ("Jean", "John"),
        ("Pierre", "Peter"),
        ("Michal", "Michael"),
        ("James", "Jacob"),
    ],
)
def test_forms_kept_apart_have_keys_of_their_own(one: str, other: str) -> None:
    assert key(fold(one)) != key(fold(other))
