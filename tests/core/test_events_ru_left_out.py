"""Russian events whose person is left out of the clause: an impersonal plural, a short
participle or a second verb that goes on with the person of the clause or sentence
before, and what keeps them from being given to the wrong person."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from monitor.core.events_ru import extract_events_ru
from monitor.core.left_out_ru import names_no_one, verb_agrees
from monitor.core.references import Gender
from monitor.core.types import Mention
from tests.core.test_events_ru import PUBLISHED
from tests.core.test_events_ru import mentions as found_in

LISTED = {"orlov": "Oleg Orlov", "petrova": "Anna Petrova", "sidorov": "Ivan Sidorov"}


def mentions(text: str) -> list[Mention]:
    """The people of the text, as the name matcher finds them: with the listed spelling."""
    return [replace(m, variant=LISTED[m.person_id]) for m in found_in(text)]


def events(text: str, published: date = PUBLISHED) -> set[tuple[str, str, bool]]:
    return {
        (e.person_id, e.type, e.current) for e in extract_events_ru(text, mentions(text), published)
    }


# three sentences of lead, so that what follows is read as the body of the article
LEAD = "Суд\n\nПервое. Второе. Третье. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "Полицейские пришли к Олегу Орлову с обыском. После обыска задержали и "
            "увезли в отдел полиции.",
            {("orlov", "detained", True)},
        ),
        (
            LEAD + "Процесс над Анной Петровой шёл полгода. Приговорили к шести годам колонии.",
            {("petrova", "sentenced", True)},
        ),
        (
            LEAD + "Иван Сидоров месяц провёл в изоляторе. Вчера этапировали в колонию в Коми.",
            {("sidorov", "transferred", True)},
        ),
        (
            LEAD + "Анну Петрову вызвали на допрос. Была задержана прямо в кабинете следователя.",
            {("petrova", "detained", True)},
        ),
        (
            LEAD + "Ивана Сидорова привезли в суд. Ему стало плохо. Вечером госпитализировали.",
            {("sidorov", "transferred", True)},
        ),
        (
            LEAD + "Анну Петрову этапировали в колонию. Апелляцию отклонили в 2022 году.",
            {("petrova", "transferred", True), ("petrova", "appeal_rejected", False)},
        ),
        (
            LEAD + "Анну Петрову этапировали в колонию. Апелляция была отклонена в 2022 году.",
            {("petrova", "transferred", True), ("petrova", "appeal_rejected", False)},
        ),
    ],
    ids=[
        "impersonal-plural",
        "sentenced-next",
        "moved-next",
        "short-participle-next",
        "after-a-pronoun",
        "the-appeal-of-the-person-before",
        "the-appeal-left-out",
    ],
)
def test_a_sentence_without_its_person_goes_on_with_the_person_before(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Полицейские пришли к Олегу Орлову с обыском. После обыска задержали его соседа.",
        LEAD + "Олег Орлов вышел на пикет. Всего задержали больше двадцати человек.",
        LEAD + "Олег Орлов вышел на пикет. Задержали двоих участников акции.",
        LEAD + "Анна Петрова вышла на пикет. Был задержан прохожий.",
        LEAD + "Анна Петрова выступила в суде. Был задержан в аэропорту.",
        LEAD + "Анна Петрова выступила в суде. Позже по ходатайству следователя арестовали.",
    ],
    ids=[
        "his-neighbour",
        "twenty-people",
        "two-participants",
        "a-passer-by",
        "the-wrong-gender",
        "someone-may-be-meant",
    ],
)
def test_a_clause_that_may_speak_of_someone_else_is_not_the_persons(text: str) -> None:
    assert events(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Суд\n\nСуд приговорил Олега Орлова к трём годам колонии, но освободил в зале суда.",
            {("orlov", "sentenced", True), ("orlov", "released", True)},
        ),
        (
            "Суд\n\nАнну Петрову освободили в понедельник, однако через час снова задержали.",
            {("petrova", "released", True), ("petrova", "detained", True)},
        ),
        (
            LEAD + "Ивана Сидорова приговорили к восьми годам в 2022 году, а в понедельник "
            "этапировали в колонию.",
            {("sidorov", "sentenced", False), ("sidorov", "transferred", True)},
        ),
    ],
    ids=["sentenced-but-freed", "freed-but-detained-again", "and-then-moved"],
)
def test_a_second_verb_after_a_turn_shares_the_person_and_is_news_too(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert events(text) == expected


def test_without_a_turn_an_undated_earlier_stage_is_still_background() -> None:
    text = LEAD + "Ивана Сидорова задержали. В понедельник его приговорили к пяти годам."
    assert ("sidorov", "detained", True) not in events(text)


def test_a_clause_names_no_one_when_its_people_are_only_who_acted() -> None:
    assert names_no_one("после обыска полицейские задержали и увезли в отдел", False)
    assert names_no_one("была задержана в кабинете следователя", True)
    assert not names_no_one("после обыска задержали его соседа", False)
    assert not names_no_one("задержали больше двадцати человек", False)
    assert not names_no_one("был задержан прохожий", True)


@pytest.mark.parametrize(
    ("verb", "people", "agrees"),
    [
        ("задержали", ("a",), True),
        ("задержана", ("a",), True),
        ("задержана", ("b",), False),
        ("задержан", ("b",), True),
        ("задержаны", ("a",), False),
        ("задержаны", ("a", "b"), True),
        ("скончался", ("a",), False),
    ],
)
def test_a_verb_agrees_with_the_people_left_out(
    verb: str, people: tuple[str, ...], agrees: bool
) -> None:
    assert verb_agrees(verb, people, {"a": Gender.FEMALE, "b": Gender.MALE}) is agrees
