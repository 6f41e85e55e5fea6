"""Who said it and who it happened to, in Russian: quotations in someone's own words,
sentences that open with their source, hearsay, and people around someone named by a
given name alone or in apposition. (Sentences made up for these tests.)"""

from __future__ import annotations

import pytest

from monitor.core.references import Ref, RefKind
from monitor.core.references_ru import quotes_ru
from tests.core.test_events_ru_left_out import LEAD, events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "«Меня задержали прямо у подъезда», — рассказала Анна Петрова.",
            {("petrova", "detained", True)},
        ),
        (
            LEAD + "«Меня избили в отделе», — рассказал журналистам Олег Орлов.",
            {("orlov", "ill_treatment", True)},
        ),
        (
            LEAD + "Олег Орлов рассказал: «Меня этапировали в колонию в Коми».",
            {("orlov", "transferred", True)},
        ),
        (
            "«Я вышел на свободу»: Иван Сидоров рассказал о жизни после колонии\n\nТекст.",
            {("sidorov", "released", True)},
        ),
        ("Олег Орлов: «Меня обвинили в госизмене»\n\nТекст.", {("orlov", "charged", True)}),
    ],
    ids=[
        "dash-after",
        "dash-after-with-a-word",
        "colon-before",
        "title-quote-first",
        "title-name-first",
    ],
)
def test_the_speaker_of_a_first_person_quote_is_who_it_happened_to(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "«Моего подзащитного избили, у него сломаны рёбра», — рассказал Олег Орлов.",
        LEAD + "«Его задержали прямо у подъезда», — рассказала Анна Петрова.",
        LEAD + "Анна Петрова рассказала: «Сына задержали ночью».",
        "Олег Орлов: «Моего брата арестовали»\n\nТекст.",
    ],
    ids=["his-client", "him-in-her-words", "her-son", "title-his-brother"],
)
def test_what_a_speaker_tells_of_someone_else_is_not_the_speakers(text: str) -> None:
    assert events(text) == set()


def test_a_name_inside_a_quotation_is_not_who_a_verb_outside_it_is_about() -> None:
    text = LEAD + "«Олег Орлов — мой учитель», — сказала Анна Петрова, которую задержали в пятницу."
    assert events(text) == {("petrova", "detained", True)}


def test_quotation_marks_that_name_something_are_no_speech() -> None:
    text = "по делу «сети» задержали олега орлова."
    name = Ref(text.index("олега"), len(text) - 1, ("orlov",), RefKind.NAME)
    assert quotes_ru(text, [name]) == []
    said = "«меня задержали», — рассказал олег орлов."
    speaker = Ref(said.index("олег"), len(said) - 1, ("orlov",), RefKind.NAME)
    assert [q.speaker for q in quotes_ru(said, [speaker])] == [("orlov",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "Как рассказал Олег Орлов в письме из колонии, его брата Дмитрия задержали.",
            set(),
        ),
        (LEAD + "По словам Анны Петровой, полиция задержала её соседа Павла.", set()),
        (
            LEAD + "По данным ОВД-Инфо, Ивана Сидорова задержали у дома.",
            {("sidorov", "detained", True)},
        ),
        (
            LEAD + "Олег Орлов, как сообщил его адвокат, вышел на свободу.",
            {("orlov", "released", True)},
        ),
    ],
    ids=["as-he-told", "in-her-words", "a-source-then-the-person", "an-aside-in-his-clause"],
)
def test_the_source_that_opens_a_sentence_is_not_who_it_is_about(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "В соцсетях говорят, что Олега Орлова задержали.", set()),
        (LEAD + "Олега Орлова, говорят, этапировали в Сибирь.", set()),
        (LEAD + "Анну Петрову якобы перевели в другую колонию.", set()),
        (LEAD + "По слухам, Ивана Сидорова освободили.", set()),
        (LEAD + "Сообщалось, что Олега Орлова задержали, однако полиция это опровергает.", set()),
        (
            LEAD + "Адвокаты говорят, что Олега Орлова избили в СИЗО.",
            {("orlov", "ill_treatment", True)},
        ),
        (
            LEAD + "Анну Петрову задержали, но полиция отрицает, что её избили.",
            {("petrova", "detained", True)},
        ),
    ],
    ids=[
        "they-say",
        "they-say-aside",
        "allegedly",
        "rumour-has-it",
        "denied",
        "lawyers-say",
        "a-denial-of-something-else",
    ],
)
def test_hearsay_is_no_event_and_a_named_source_is(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "Олег Орлов рассказал о суде. Его брата Алексея задержали в пятницу.", set()),
        (LEAD + "Анна Петрова в колонии. Её мужа Андрея арестовали.", set()),
        (LEAD + "Адвокат Иван Сидоров задержан в Москве.", {("sidorov", "detained", True)}),
        (LEAD + "Адвоката Ивана Сидорова задержали в Москве.", set()),
    ],
    ids=[
        "his-brother-by-given-name",
        "her-husband-by-given-name",
        "the-lawyer-is-he",
        "his-lawyer",
    ],
)
def test_someone_around_a_person_is_not_the_person_unless_named_in_apposition(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "По данным источника, ему предъявлено обвинение. Иван Сидоров молчит.", set()),
        (
            "Суд\n\nИвана Сидорова задержали. Ему предъявлено обвинение в экстремизме.",
            {("sidorov", "detained", True), ("sidorov", "charged", True)},
        ),
        (
            "Суд\n\nАнне Петровой назначено наказание в виде штрафа.",
            {("petrova", "sentenced", True)},
        ),
        (
            "Суд\n\nОлега Орлова задержали накануне на выходе из дома.",
            {("orlov", "detained", True)},
        ),
    ],
    ids=["no-one-before-it", "to-him", "to-her", "the-day-before-then-a-place"],
)
def test_a_neuter_passive_is_about_the_person_in_the_dative(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "Олега Орлова отпустили, его брата отправили в СИЗО.",
            {("orlov", "released", True)},
        ),
        (LEAD + "Его брата задержали. Олег Орлов об этом рассказал.", set()),
        (
            "Суд\n\nИвана Сидорова задержали. Им было подано ходатайство.",
            {("sidorov", "detained", True)},
        ),
    ],
    ids=["his-brother-is-the-object", "his-brother-before-him", "him-alone"],
)
def test_a_relative_no_one_listed_stands_in_the_place_of_the_person(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Анну Петрову задержали у суда\n\nПозже её отпустили без протокола.",
            {("petrova", "detained", True), ("petrova", "released", True)},
        ),
        (
            LEAD + "Анну Петрову задержали в 2019 году. Позже её отпустили.",
            {("petrova", "detained", False), ("petrova", "released", False)},
        ),
        (
            LEAD + "Олег Орлов заявил в суде, что его избили после задержания.",
            {("orlov", "ill_treatment", False)},
        ),
        (
            "Суд\n\nОлега Орлова задержали в четверг. Он заявил, что его избили после задержания.",
            {("orlov", "detained", True), ("orlov", "ill_treatment", True)},
        ),
    ],
    ids=["later-after-news", "later-after-history", "at-an-old-arrest", "at-this-arrest"],
)
def test_what_follows_an_event_is_as_current_as_that_event(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "Мать Олега Орлова сообщила, что сына перевели в больницу.",
            {("orlov", "transferred", True)},
        ),
        (
            LEAD + "Дочь Анны Петровой рассказала, что её мать избили.",
            {("petrova", "ill_treatment", True)},
        ),
        (
            LEAD + "Жена Ивана Сидорова рассказала, что её мужа этапировали в Коми.",
            {("sidorov", "transferred", True)},
        ),
        (LEAD + "Мать Олега Орлова рассказала, что её брата задержали.", set()),
    ],
    ids=["her-son", "her-mother", "her-husband", "her-brother-is-someone-else"],
)
def test_a_relative_who_speaks_of_the_person_by_a_family_word(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "Анну Петрову допросили в качестве свидетеля и отпустили.", set()),
        (
            LEAD + "Анну Петрову задержали, допросили и отпустили.",
            {("petrova", "detained", True), ("petrova", "released", True)},
        ),
        (
            "Суд\n\nОлега Орлова задержали. Ему предъявили обвинение, затем отпустили под залог.",
            {("orlov", "detained", True), ("orlov", "charged", True), ("orlov", "released", True)},
        ),
    ],
    ids=["questioned-and-let-go", "held-questioned-let-go", "bail-keeps-the-arrest-news"],
)
def test_a_release_is_from_custody(text: str, expected: set[tuple[str, str, bool]]) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "Олег Орлов голодает с 1 марта.", {("orlov", "hunger_strike", True)}),
        (
            LEAD + "С января Анне Петровой оттягивают операцию.",
            {("petrova", "ill_treatment", True)},
        ),
        (LEAD + "В 2019 году Олег Орлов держал голодовку.", {("orlov", "hunger_strike", False)}),
    ],
    ids=["hunger-strike-since", "care-delayed-since", "hunger-strike-in-a-year"],
)
def test_what_lasts_since_a_day_is_still_news(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "Полиция задержала участников пикета в поддержку Анны Петровой.", set()),
        (LEAD + "На акции в защиту Ивана Сидорова задержали пятерых.", set()),
        (
            LEAD + "Олега Орлова задержали на акции в поддержку политзаключённых.",
            {("orlov", "detained", True)},
        ),
    ],
    ids=["a-picket-for-her", "a-rally-for-him", "he-at-a-rally-for-others"],
)
def test_the_one_a_rally_is_for_is_not_who_was_detained_at_it(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Суд\n\nАнну Петрову приговорили к штрафу, её друга Ивана Сидорова оправдали.",
            {("petrova", "sentenced", True), ("sidorov", "acquitted", True)},
        ),
        (
            "Суд\n\nПолиция задержала Олега Орлова и его соседа Ивана Сидорова.",
            {("orlov", "detained", True), ("sidorov", "detained", True)},
        ),
    ],
    ids=["a-comma-opens-another-clause", "and-his-neighbour"],
)
def test_a_relative_named_after_and_is_listed_after_a_comma_is_not(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert events(text) == expected
