"""Russian phrasings that generalise badly, each with its counter-example: medical care
denied or delayed, relatives and namesakes, a verb left out after a dash, what a
complaint argues, and long participles. (Dates: ``test_dating_ru``.)"""

from __future__ import annotations

import pytest

from tests.core.test_events_ru_left_out import LEAD, events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Суд\n\nАдминистрация колонии отказывается госпитализировать Олега Орлова.",
            {("orlov", "ill_treatment", True)},
        ),
        (
            "Суд\n\nАнне Петровой не передают лекарства, рассказала её мать.",
            {("petrova", "ill_treatment", True)},
        ),
        (
            "Суд\n\nСкорую помощь Ивану Сидорову вызвали лишь спустя пять часов.",
            {("sidorov", "ill_treatment", True)},
        ),
        (
            LEAD + "У Олега Орлова диабет. Адвокат рассказал, что ему не выдают инсулин.",
            {("orlov", "ill_treatment", True)},
        ),
        ("Суд\n\nОлег Орлов отказался от госпитализации.", set()),
        ("Суд\n\nАдвокат передал Анне Петровой лекарства.", set()),
    ],
    ids=[
        "refuse-hospital",
        "medicine-withheld",
        "ambulance-late",
        "insulin-withheld",
        "he-refused-himself",
        "medicine-handed-over",
    ],
)
def test_medical_care_denied_or_delayed_is_ill_treatment(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Суд\n\nПолиция задержала однофамильца Олега Орлова.", set()),
        ("Суд\n\nЗадержан тёзка Ивана Сидорова.", set()),
        ("Суд\n\nСкончался отец Анны Петровой.", set()),
        (
            LEAD + "Лидер партии Олег Орлов рассказал о суде. Его брата Ивана Сидорова задержали.",
            {("sidorov", "detained", True)},
        ),
    ],
    ids=["a-namesake", "a-namesake-yo", "her-father", "his-brother-who-is-listed"],
)
def test_a_relative_or_namesake_is_not_the_person_unless_named_as_the_relative(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Суд\n\nСуд приговорил Олега Орлова к трём годам колонии, а Ивана Сидорова — к двум.",
            {("orlov", "sentenced", True), ("sidorov", "sentenced", True)},
        ),
        (
            "Суд\n\nСуд приговорил Олега Орлова к трём годам, а Иван Сидоров выступил свидетелем.",
            {("orlov", "sentenced", True)},
        ),
    ],
    ids=["a-gapped-verb", "a-clause-with-its-own-verb"],
)
def test_a_verb_left_out_after_a_dash_is_the_verb_before(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "В кассационной жалобе адвокат Анны Петровой указывает, что её осудили за слова, "
        "которых она не говорила.",
        LEAD + "Олег Орлов считает, что его задержали за пост в соцсетях.",
        LEAD + "В жалобе говорится, что суд приговорил Ивана Сидорова к реальному сроку.",
        LEAD + "Защита Олега Орлова подала кассационную жалобу на приговор.",
        LEAD + "Акция в поддержку Олега Орлова прошла в Берлине; участники требовали освобождения "
        "политзаключённого.",
    ],
    ids=[
        "in-a-cassation-appeal",
        "he-believes",
        "the-complaint-says",
        "an-appeal-filed",
        "a-demand-for-release",
    ],
)
def test_what_a_complaint_argues_or_demands_is_no_event(text: str) -> None:
    assert events(text) == set()


def test_a_custody_reported_as_fact_beside_a_complaint_is_still_news() -> None:
    text = LEAD + "Адвокат сообщил, что Олега Орлова задержали в пятницу у дома."
    assert events(text) == {("orlov", "detained", True)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Суд\n\nОсвобождённый накануне Олег Орлов рассказал о допросах.",
            {("orlov", "released", True)},
        ),
        (
            LEAD + "Помилованный в сентябре 2022 года Иван Сидоров дал интервью.",
            {("sidorov", "pardoned", False)},
        ),
        (
            LEAD + "Оправданный в 2022 году Олег Орлов снова задержан.",
            {("orlov", "acquitted", False), ("orlov", "detained", True)},
        ),
        ("Суд\n\nОсвобожденные территории восстанавливают, сказал Олег Орлов.", set()),
        (
            LEAD + "Анна Петрова — бывшая политзаключённая, в 2022 году она вышла на свободу.",
            {("petrova", "released", False)},
        ),
        (
            LEAD + "Ивана Сидорова этапировали. Апелляционный суд в 2022 году оставил приговор"
            " в силе.",
            {("sidorov", "transferred", True), ("sidorov", "appeal_rejected", False)},
        ),
    ],
    ids=[
        "freed-yesterday",
        "pardoned-long-ago",
        "acquitted-then-detained",
        "freed-territories",
        "former-is-no-participle",
        "an-adjective-is-no-participle",
    ],
)
def test_a_long_participle_is_dated_by_its_own_phrase(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "Журналисты, освещавшие суд над Олегом Орловым, были задержаны.", set()),
        (LEAD + "Активистов, которые пришли поддержать Анну Петрову, задержали у суда.", set()),
        (
            LEAD + "Олег Орлов, задержанный накануне, объявил голодовку.",
            {("orlov", "detained", True), ("orlov", "hunger_strike", True)},
        ),
    ],
    ids=["name-in-a-participle-phrase", "name-in-a-relative-clause", "the-phrase-is-his"],
)
def test_a_name_inside_a_phrase_about_others_is_not_who_the_verb_is_about(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "Олег Орлов поддержал Анну Петрову, которую приговорили к шести годам.",
            {("petrova", "sentenced", False)},
        ),
        (
            LEAD + "Олег Орлов, как и Иван Сидоров, был задержан в 2022 году.",
            {("orlov", "detained", False), ("sidorov", "detained", False)},
        ),
        (LEAD + "Олег Орлов осудил приговор Анне Петровой.", set()),
    ],
    ids=["a-relative-clause-tells-the-past", "as-well-as", "condemned-the-verdict"],
)
def test_relative_clauses_comparisons_and_condemnations(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert events(text) == expected


def test_a_day_without_a_year_told_in_the_past_is_not_ahead_of_publication() -> None:
    # published on 14 March: "15 апреля" told in the past is last April, and background
    past = LEAD + "Олега Орлова задержали 15 апреля."
    assert events(past) == {("orlov", "detained", False)}
    ahead = LEAD + "Олег Орлов может быть освобождён 15 апреля."
    assert events(ahead) == set()


def test_a_profession_stands_for_the_person_named_last() -> None:
    text = LEAD + "Анна Петрова работала в поликлинике. В 2022 году на пенсионерку завели дело."
    assert events(text) == {("petrova", "charged", False)}
    ordered = (
        LEAD + "Анна Петрова преподавала в школе. Глава СК поручил возбудить дело против учителя."
    )
    assert events(ordered) == {("petrova", "charged", True)}
