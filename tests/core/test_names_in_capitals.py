"""Names in lines written in capitals (headlines, bylines, shouted lines inside a body) and in
Title Case headlines: a given name before a listed surname is read as it is in mixed case.
The listed given name (any spelling, a familiar form, a case form, the initial) is the person;
another given name is someone else; the surname alone, or after a word that is no given name,
still names the person as the surname rules say. (The sentences are made up for these tests.)
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from monitor.core.match import compile_names
from monitor.core.names_ru import latin_given_name
from monitor.core.types import Person
from tests.core.reading import mentions_by_person

INDEX = compile_names(
    [
        Person("navalny", "Alexei Navalny"),
        Person("kozlov", "Vladimir Kozlov"),
        Person("kolesnikova", "Maria Kolesnikova"),
        Person("bilash", "Serikzhan Bilash", distinctive=True),
        Person("losik", "Ihar Losik"),
    ]
)


def found(text: str) -> dict[str, list[str]]:
    """person id → the mention texts (tests/core/reading.py checks each)."""
    return mentions_by_person(INDEX, text)


NAMED = [
    # the surname alone, or after a word that is no given name
    pytest.param(
        "NAVALNY DIES IN ARCTIC PRISON\n\nAlexei Navalny died on Friday, the prison service said.",
        "navalny",
        ["NAVALNY", "Alexei Navalny"],
        id="surname-alone-headline",
    ),
    pytest.param(
        "KREMLIN CRITIC NAVALNY MOVED TO A NEW COLONY\n\nAlexei Navalny was moved on Monday.",
        "navalny",
        ["NAVALNY", "Alexei Navalny"],
        id="role-before-surname",
    ),
    pytest.param(
        "Alexei Navalny was moved again.\nLAWYERS SAY NAVALNY WAS HELD IN A PUNISHMENT CELL.",
        "navalny",
        ["Alexei Navalny", "NAVALNY"],
        id="surname-in-a-body-line",
    ),
    # the listed given name in another spelling, its initial
    pytest.param(
        "ALEXEI NAVALNY SENTENCED TO NINETEEN YEARS",
        "navalny",
        ["ALEXEI NAVALNY"],
        id="listed-given-name",
    ),
    pytest.param(
        "ALEKSEY NAVALNYY SENTENCED TO NINETEEN YEARS",
        "navalny",
        ["ALEKSEY NAVALNYY"],
        id="another-spelling",
    ),
    pytest.param("A. NAVALNY SENTENCED TO NINETEEN YEARS", "navalny", ["A. NAVALNY"], id="initial"),
    pytest.param(
        "IHAR LOSIK FREED AFTER FOUR YEARS", "losik", ["IHAR LOSIK"], id="belarusian-given-name"
    ),
    pytest.param(
        "IGOR LOSIK FREED AFTER FOUR YEARS", "losik", ["IGOR LOSIK"], id="russian-spelling-of-it"
    ),
    pytest.param(
        "BY VLADIMIR KOZLOV, OUR CORRESPONDENT IN MINSK", "kozlov", ["VLADIMIR KOZLOV"], id="byline"
    ),
    # Russian: the given name in any case form, a familiar form, the initial
    pytest.param(
        "АЛЕКСЕЙ НАВАЛЬНЫЙ ЭТАПИРОВАН В КОЛОНИЮ",
        "navalny",
        ["АЛЕКСЕЙ НАВАЛЬНЫЙ"],
        id="ru-nominative",
    ),
    pytest.param(
        "АЛЕКСЕЯ НАВАЛЬНОГО ЭТАПИРОВАЛИ В КОЛОНИЮ",
        "navalny",
        ["АЛЕКСЕЯ НАВАЛЬНОГО"],
        id="ru-genitive",
    ),
    pytest.param(
        "МАРИЮ КОЛЕСНИКОВУ ПЕРЕВЕЛИ В БОЛЬНИЦУ",
        "kolesnikova",
        ["МАРИЮ КОЛЕСНИКОВУ"],
        id="ru-accusative-feminine",
    ),
    pytest.param(
        "МАШУ КОЛЕСНИКОВУ ПЕРЕВЕЛИ В БОЛЬНИЦУ",
        "kolesnikova",
        ["МАШУ КОЛЕСНИКОВУ"],
        id="ru-familiar-form",
    ),
    pytest.param("А. НАВАЛЬНЫЙ ЭТАПИРОВАН В КОЛОНИЮ", "navalny", ["А. НАВАЛЬНЫЙ"], id="ru-initial"),
    pytest.param(
        "НАВАЛЬНЫЙ ЭТАПИРОВАН В КОЛОНИЮ\n\nАлексея Навального перевели в Харп.",
        "navalny",
        ["НАВАЛЬНЫЙ", "Алексея Навального"],
        id="ru-surname-alone",
    ),
    pytest.param(
        "ПОЛИТИК НАВАЛЬНЫЙ ЭТАПИРОВАН В КОЛОНИЮ\n\nАлексея Навального перевели в Харп.",
        "navalny",
        ["НАВАЛЬНЫЙ", "Алексея Навального"],
        id="ru-role-before-surname",
    ),
    # a distinctive surname alone in capitals, as in mixed case
    pytest.param("BILASH RELEASED ON BAIL IN ALMATY", "bilash", ["BILASH"], id="distinctive-alone"),
    pytest.param(
        "SERIKZHAN BILASH RELEASED ON BAIL", "bilash", ["SERIKZHAN BILASH"], id="distinctive-full"
    ),
    # Title Case: the surname after a word that is no given name
    pytest.param(
        "Court Frees Navalny After Appeal\n\nAlexei Navalny left the courtroom.",
        "navalny",
        ["Navalny", "Alexei Navalny"],
        id="title-case-surname-alone",
    ),
]


@pytest.mark.parametrize(("text", "person", "mentions"), NAMED)
def test_a_listed_name_in_capitals_is_the_person(
    text: str, person: str, mentions: list[str]
) -> None:
    assert found(text).get(person) == mentions


NOT_NAMED = [
    # another given name before the surname, in a headline, a body line, a byline
    pytest.param(
        "OLEG NAVALNY SAYS HE WILL KEEP FIGHTING\n\nAlexei Navalny died in February.",
        "navalny",
        ["Alexei Navalny"],
        id="headline",
    ),
    pytest.param(
        "Alexei Navalny died in February.\nOLEG NAVALNY TOLD REPORTERS HE WOULD STAY ABROAD.",
        "navalny",
        ["Alexei Navalny"],
        id="body-line",
    ),
    pytest.param(
        "BY OLEG NAVALNY, SPECIAL CORRESPONDENT\n\nAlexei Navalny died in February.",
        "navalny",
        ["Alexei Navalny"],
        id="byline-with-role",
    ),
    pytest.param(
        "BORIS NAVALNY OPENS A BAKERY IN RIGA\n\nAlexei Navalny died in February.",
        "navalny",
        ["Alexei Navalny"],
        id="unlisted-russian-name",
    ),
    pytest.param(
        "ANATOLY NAVALNY ATTENDS THE FUNERAL\n\nAlexei Navalny died in February.",
        "navalny",
        ["Alexei Navalny"],
        id="name-of-a-family-table",
    ),
    pytest.param(
        "SERGEI KOZLOV WINS A LOCAL ELECTION\n\nVladimir Kozlov was sentenced in May.",
        "kozlov",
        ["Vladimir Kozlov"],
        id="another-listed-surname",
    ),
    pytest.param(
        "BY SERGEI KOZLOV IN MINSK\n\nVladimir Kozlov was sentenced in May.",
        "kozlov",
        ["Vladimir Kozlov"],
        id="byline",
    ),
    pytest.param(
        "ANNA KOLESNIKOVA SINGS AT THE FESTIVAL\n\nMaria Kolesnikova remains in prison.",
        "kolesnikova",
        ["Maria Kolesnikova"],
        id="feminine",
    ),
    # a given name the article writes out in mixed case, before a surname
    pytest.param(
        "MICHAEL KOZLOV SPEAKS AT THE COUNCIL\n\nVladimir Kozlov was sentenced in May. "
        "Michael Kozlov, a councillor, is no relative.",
        "kozlov",
        ["Vladimir Kozlov"],
        id="written-out-in-the-article",
    ),
    # the surname first, then another given name
    pytest.param(
        "KOZLOV SERGEI TO STAND TRIAL IN GOMEL\n\nVladimir Kozlov was sentenced in May.",
        "kozlov",
        ["Vladimir Kozlov"],
        id="surname-first",
    ),
    # Russian, in any case form
    pytest.param(
        "ОЛЕГ НАВАЛЬНЫЙ ЗАЯВИЛ О ДАВЛЕНИИ НА СЕМЬЮ\n\nАлексей Навальный умер в колонии.",
        "navalny",
        ["Алексей Навальный"],
        id="ru-nominative",
    ),
    pytest.param(
        "ОЛЕГА НАВАЛЬНОГО ВЫЗВАЛИ НА ДОПРОС\n\nАлексей Навальный умер в колонии.",
        "navalny",
        ["Алексей Навальный"],
        id="ru-genitive",
    ),
    pytest.param(
        "Алексей Навальный умер в колонии.\nБОРИС НАВАЛЬНЫЙ ОТКРЫЛ ПЕКАРНЮ В РИГЕ.",
        "navalny",
        ["Алексей Навальный"],
        id="ru-body-line",
    ),
    pytest.param(
        "АННА КОЛЕСНИКОВА ВЫСТУПИЛА НА ФЕСТИВАЛЕ\n\nМария Колесникова остаётся в колонии.",
        "kolesnikova",
        ["Мария Колесникова"],
        id="ru-feminine",
    ),
    # a distinctive surname after another given name
    pytest.param("ASKAR BILASH OPENS A SHOP IN ALMATY", "bilash", None, id="distinctive"),
    pytest.param("АСКАР БИЛАШ ОТКРЫЛ МАГАЗИН В АЛМАТЫ", "bilash", None, id="ru-distinctive"),
    # Title Case headlines
    pytest.param(
        "Oleg Navalny Speaks About His Brother\n\nAlexei Navalny died in February.",
        "navalny",
        ["Alexei Navalny"],
        id="title-case",
    ),
    pytest.param(
        "Sergei Kozlov Wins Local Election\n\nVladimir Kozlov was sentenced in May.",
        "kozlov",
        ["Vladimir Kozlov"],
        id="title-case-other-surname",
    ),
]


@pytest.mark.parametrize(("text", "person", "mentions"), NOT_NAMED)
def test_another_given_name_in_capitals_is_someone_else(
    text: str, person: str, mentions: list[str] | None
) -> None:
    assert found(text).get(person) == mentions


@pytest.mark.parametrize(
    ("word", "given"),
    [
        ("oleg", True),
        ("boris", True),
        ("dmitry", True),
        ("dmitri", True),
        ("sergey", True),
        ("tatyana", True),
        ("olga", True),
        ("igor", True),
        ("ilya", True),
        ("yulia", True),
        ("eduard", True),
        ("court", False),
        ("frees", False),
        ("critic", False),
        ("opens", False),
        ("moscow", False),
        ("prison", False),
        ("says", False),
    ],
)
def test_a_latin_word_is_a_given_name_the_russian_dictionary_knows(word: str, given: bool) -> None:
    assert latin_given_name(word) is given


def test_a_title_case_headline_never_loads_the_russian_analyser() -> None:
    program = (
        "import sys\n"
        "from monitor.core.match import compile_names, find_mentions\n"
        "from monitor.core.types import Person\n"
        "index = compile_names([Person('n', 'Alexei Navalny')])\n"
        "text = 'Court Frees Navalny After Appeal\\n\\nAlexei Navalny left the court.'\n"
        "assert len(find_mentions(index, text)) == 2\n"
        "assert 'pymorphy3' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", program], check=True)
