"""Families in the news: several given names before one surname ("Аркадий, Софья и Мария
Тихоновы", "Ivan, Olga and Petr Sidorov"), the family's plural surname alone later
("Тихоновы"), and a woman's surname in the masculine form that English text gives it
("Sofya Tikhonov" for Sofya Tikhonova). Each names the listed people it stands for, and
never a namesake. (The sentences are made up for these tests.)"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.core.match import compile_names
from monitor.core.scan import build_scanner, scan_article
from monitor.core.types import Article, Person
from tests.core.reading import mentions_by_person

PEOPLE = [
    Person("arkady", "Arkady Tikhonov"),
    Person("sofya", "Sofya Tikhonova"),
    Person("maria", "Maria Tikhonova"),
    Person("ivan", "Ivan Sidorov"),
    Person("olga", "Olga Sidorova"),
    Person("navalny", "Alexei Navalny"),
    Person("navalnaya", "Yulia Navalnaya"),
    Person("tsikhanouskaya", "Sviatlana Tsikhanouskaya"),
    Person("kolesnikova", "Maria Kolesnikova"),
    Person("kozlov", "Vladimir Kozlov"),
]
INDEX = compile_names(PEOPLE)


def found(text: str) -> dict[str, list[str]]:
    """person id → the mention texts (tests/core/reading.py checks each)."""
    return mentions_by_person(INDEX, text)


def named(text: str) -> set[str]:
    return set(found(text))


# --- three or more given names before one surname ------------------------------------------

LISTS = [
    pytest.param(
        "Аркадий, Софья и Мария Тихоновы вышли на свободу.",
        {"arkady", "sofya", "maria"},
        id="ru-three-nominative",
    ),
    pytest.param(
        "Суд арестовал Аркадия, Софью и Марию Тихоновых.",
        {"arkady", "sofya", "maria"},
        id="ru-three-accusative",
    ),
    pytest.param(
        "Мария, Аркадий и Софья Тихоновы подали жалобу.",
        {"arkady", "sofya", "maria"},
        id="ru-three-another-order",
    ),
    pytest.param(
        "Аркадию, Олегу, Софье и Марии Тихоновым продлили арест.",
        {"arkady", "sofya", "maria"},
        id="ru-four-one-unlisted",
    ),
    pytest.param(
        "Ivan, Olga and Petr Sidorov were detained in Minsk.",
        {"ivan", "olga"},
        id="en-three",
    ),
    pytest.param(
        "Ivan, Olga, and Petr Sidorov were detained in Minsk.",
        {"ivan", "olga"},
        id="en-three-serial-comma",
    ),
    pytest.param(
        "Police detained Maria, Sofya and Arkady Tikhonov on Monday.",
        {"arkady", "sofya", "maria"},
        id="en-three-women-first",
    ),
]


@pytest.mark.parametrize(("text", "people"), LISTS)
def test_given_names_listed_before_one_family_surname_name_each(
    text: str, people: set[str]
) -> None:
    assert named(text) == people


NOT_LISTS = [
    pytest.param(
        "Аркадий, Софья и Мария Тихонова вышли на свободу.",
        {"maria"},
        id="ru-singular-surname-is-hers-alone",
    ),
    pytest.param(
        "Аркадий, Олег и Мария Петровы вышли на свободу.",
        set(),
        id="ru-another-surname",
    ),
    pytest.param(
        "Аркадий Петров, Софья и Мария Тихоновы вышли на свободу.",
        {"sofya", "maria"},
        id="ru-first-with-his-own-surname",
    ),
    pytest.param(
        "Ivan, Olga Petrova and Petr Sidorov were detained.",
        set(),
        id="en-a-surname-inside-the-list",
    ),
    pytest.param(
        "Ivan, and Petr Sidorov, spoke to reporters.",
        set(),
        id="en-apposition-not-a-list",
    ),
    pytest.param(
        "Ivan said Olga and Petr Sidorov were detained.",
        {"olga"},
        id="en-a-verb-between",
    ),
]


@pytest.mark.parametrize(("text", "people"), NOT_LISTS)
def test_a_given_name_outside_the_family_list_is_not_the_person(
    text: str, people: set[str]
) -> None:
    assert named(text) == people


# --- the family's plural surname alone -------------------------------------------------------

PLURALS = [
    pytest.param(
        "Аркадия и Софью Тихоновых задержали в Минске. Тихоновы отрицают вину.",
        {
            "arkady": ["Аркадия и Софью Тихоновых", "Тихоновы"],
            "sofya": ["Софью Тихоновых", "Тихоновы"],
        },
        id="both-named-before",
    ),
    pytest.param(
        "Аркадия Тихонова задержали в Минске. Адвокат Тихоновых обжаловал арест.",
        {"arkady": ["Аркадия Тихонова", "Тихоновых"]},
        id="one-named-before",
    ),
    pytest.param(
        "Алексей Навальный умер в колонии. Навальные были женаты двадцать лет.",
        {"navalny": ["Алексей Навальный", "Навальные"]},
        id="adjective-surname",
    ),
    pytest.param(
        "Алексей и Юлия Навальные поженились в 2000 году. Навальных знали все.",
        {
            "navalny": ["Алексей и Юлия Навальные", "Навальных"],
            "navalnaya": ["Юлия Навальные", "Навальных"],
        },
        id="adjective-surname-both",
    ),
    pytest.param(
        "Arkady Tikhonov and Sofya Tikhonova were detained. The Tikhonovs deny the charges.",
        {
            "arkady": ["Arkady Tikhonov", "Tikhonovs"],
            "sofya": ["Sofya Tikhonova", "Tikhonovs"],
        },
        id="en-the-family",
    ),
    pytest.param(
        "Yulia Navalnaya spoke in Munich. The Navalnys married in 2000.",
        {"navalnaya": ["Yulia Navalnaya", "Navalnys"]},
        id="en-the-family-adjective-surname",
    ),
    pytest.param(
        "Тихоновых отпустили под подписку\n\nАркадия и Софью Тихоновых задержали в понедельник.",
        {
            "arkady": ["Тихоновых", "Аркадия и Софью Тихоновых"],
            "sofya": ["Тихоновых", "Софью Тихоновых"],
        },
        id="in-the-title",
    ),
    pytest.param(
        "The Tikhonovs Are Freed\n\nArkady Tikhonov was detained on Monday.",
        {"arkady": ["Tikhonovs", "Arkady Tikhonov"]},
        id="en-in-the-title",
    ),
]


@pytest.mark.parametrize(("text", "mentions"), PLURALS)
def test_a_plural_surname_alone_is_the_family_members_named_before(
    text: str, mentions: dict[str, list[str]]
) -> None:
    assert found(text) == mentions


NOT_PLURALS = [
    pytest.param("Тихоновы отрицают вину.", {}, id="nobody-named"),
    pytest.param(
        "Тихоновы отрицают вину. Аркадия Тихонова задержали в Минске.",
        {"arkady": ["Аркадия Тихонова"]},
        id="named-only-after",
    ),
    pytest.param(
        "Аркадия Тихонова задержали. Олег и Ольга Тихоновы пришли в суд.",
        {"arkady": ["Аркадия Тихонова"]},
        id="another-couple",
    ),
    pytest.param(
        "Аркадия Тихонова задержали. Петровы пришли в суд.",
        {"arkady": ["Аркадия Тихонова"]},
        id="another-family",
    ),
    pytest.param(
        "The Tikhonovs deny the charges. Arkady Tikhonov was detained on Monday.",
        {"arkady": ["Arkady Tikhonov"]},
        id="en-named-only-after",
    ),
    pytest.param(
        "Arkady Tikhonov was detained. Tikhonovs of Minsk sell bread.",
        {"arkady": ["Arkady Tikhonov"]},
        id="en-without-the",
    ),
]


@pytest.mark.parametrize(("text", "mentions"), NOT_PLURALS)
def test_a_plural_surname_names_no_family_member_not_named_before(
    text: str, mentions: dict[str, list[str]]
) -> None:
    assert found(text) == mentions


# --- a woman's surname in the masculine form, in English -----------------------------------

MASCULINE = [
    pytest.param("Sofya Tikhonov was detained on Monday.", "sofya", ["Sofya Tikhonov"], id="ova"),
    pytest.param("Olga Sidorov was detained on Monday.", "olga", ["Olga Sidorov"], id="ova-2"),
    pytest.param("Yulia Navalny spoke in Munich.", "navalnaya", ["Yulia Navalny"], id="aya"),
    pytest.param(
        "Sviatlana Tsikhanouski spoke in Vilnius.",
        "tsikhanouskaya",
        ["Sviatlana Tsikhanouski"],
        id="skaya",
    ),
    pytest.param(
        "Arkady and Sofya Tikhonov were detained.",
        "sofya",
        ["Sofya Tikhonov"],
        id="second-of-a-pair",
    ),
    pytest.param(
        "Sofya and Arkady Tikhonov were detained.",
        "sofya",
        ["Sofya and Arkady Tikhonov"],
        id="first-of-a-pair",
    ),
]


@pytest.mark.parametrize(("text", "person", "mentions"), MASCULINE)
def test_a_womans_surname_in_the_masculine_with_her_given_name_is_her(
    text: str, person: str, mentions: list[str]
) -> None:
    assert found(text).get(person) == mentions


NOT_MASCULINE = [
    pytest.param("Tikhonov was detained on Monday.", id="alone"),
    pytest.param("Oleg Tikhonov was detained on Monday.", id="another-given-name"),
    pytest.param(
        "Sofya Tikhonova was detained. Tikhonov, her brother, was not.", id="alone-after-her"
    ),
    pytest.param("S. Tikhonov was detained on Monday.", id="initial"),
    pytest.param("Софья Тихонов задержана.", id="russian-text"),
    pytest.param("Sofya Tikhonovich was detained.", id="another-surname"),
]


@pytest.mark.parametrize("text", NOT_MASCULINE)
def test_a_masculine_surname_without_her_given_name_is_not_her(text: str) -> None:
    got = found(text)
    assert got.get("sofya", ["Sofya Tikhonova"]) == ["Sofya Tikhonova"]
    assert "maria" not in got


def test_the_listed_man_is_not_named_by_the_womans_full_name() -> None:
    assert found("Sofya Tikhonov was detained. Maria Kolesnikov was freed.") == {
        "sofya": ["Sofya Tikhonov"],
        "kolesnikova": ["Maria Kolesnikov"],
    }


SCANNER = build_scanner(PEOPLE)


@pytest.mark.parametrize(
    ("text", "lang", "people"),
    [
        ("Police detained Maria, Sofya and Arkady Tikhonov in Minsk on Monday.", "en", 3),
        ("Arkady and Sofya Tikhonov were detained in Minsk on Monday.", "en", 2),
        ("В понедельник в Минске задержали Аркадия, Софью и Марию Тихоновых.", "ru", 3),
        ("Аркадий и Софья Тихоновы задержаны в Минске в понедельник.", "ru", 2),
    ],
    ids=["en-three", "en-two", "ru-three", "ru-two"],
)
def test_each_family_member_gets_the_event_told_of_them_all(
    text: str, lang: str, people: int
) -> None:
    article = Article("a1", "News", text, date(2025, 3, 14), lang=lang)
    findings = scan_article(SCANNER, article)
    assert len(findings) == people
    for f in findings:
        assert {(str(e.type), e.current) for e in f.events} == {("detained", True)}
