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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Суд\n\nВ среду в колонии умер Олег Орлов, осуждённый в 2019 году на пять лет.",
            {("orlov", "died", True), ("orlov", "sentenced", False)},
        ),
        ("Суд\n\nОлег Орлов умер в колонии в 2019 году.", {("orlov", "died", False)}),
        (
            "Суд\n\nАнну Петрову, которая десятый день голодает, перевели в больницу.",
            {("petrova", "hunger_strike", True), ("petrova", "transferred", True)},
        ),
        (
            "Суд\n\nАнну Петрову, которая голодала в 2022 году, перевели в больницу.",
            {("petrova", "hunger_strike", False), ("petrova", "transferred", True)},
        ),
        (
            "Суд\n\nОрлова обвиняют в призывах к экстремизму, его задержали во вторник.",
            {("orlov", "charged", True), ("orlov", "detained", True)},
        ),
        ("Суд\n\nПравозащитники призывают освободить Олега Орлова.", set()),
        (
            "Суд\n\nВ среду на свободу вышли журналист Олег Орлов и активистка Анна Петрова.",
            {("orlov", "released", True), ("petrova", "released", True)},
        ),
        (
            "Суд\n\nОлег Орлов вышел на свободу, его встретили жена и подруга Анна Петрова.",
            {("orlov", "released", True)},
        ),
        (
            "Суд\n\nСуд оштрафовал Олега Орлова на 30 тысяч, Анну Петрову — на 20 тысяч, а "
            "Ивана Сидорова — на 10 тысяч.",
            {("orlov", "sentenced", True), ("petrova", "sentenced", True)}
            | {("sidorov", "sentenced", True)},
        ),
        (
            "Суд\n\nСуд оштрафовал Олега Орлова на 30 тысяч, Анна Петрова обжалует решение.",
            {("orlov", "sentenced", True)},
        ),
        (
            "Суд\n\nСуд освободил Олега Орлова, а Анну Петрову приговорил к двум годам колонии.",
            {("orlov", "released", True), ("petrova", "sentenced", True)},
        ),
        ("Суд\n\nСудья Иван Сидоров приговорил к трём годам колонии блогера.", set()),
        (
            "Суд\n\nАнну Петрову, которая работала в школе, перевели в больницу.",
            {("petrova", "transferred", True)},
        ),
        (
            "Суд\n\nАнна Петрова, которую перевели в больницу, пишет письма.",
            {("petrova", "transferred", False)},
        ),
        ("Суд\n\nОлега Орлова не освободили по амнистии.", set()),
        ("Суд\n\nОлега Орлова освободили по амнистии.", {("orlov", "pardoned", True)}),
        ("Суд\n\nОлег Орлов не объявлял голодовку.", set()),
        ("Суд\n\nАнна Петрова держит голодовку пятый день.", {("petrova", "hunger_strike", True)}),
        (
            "Суд\n\nУголовное преследование Олега Орлова прекратили.",
            {("orlov", "charges_dropped", True)},
        ),
        ("Суд\n\nСледователи не прекратили дело Олега Орлова.", set()),
    ],
    ids=[
        "a-participle-after-the-verb-dates-only-itself",
        "a-date-of-the-verb-itself",
        "a-relative-clause-in-the-present-goes-on",
        "a-relative-clause-in-the-past-is-history",
        "calls-as-the-crime-charged-are-no-call",
        "a-call-to-free-him-is-no-event",
        "a-list-each-named-with-what-they-do",
        "a-friend-named-with-what-she-is-is-no-list",
        "verbs-left-out-after-dashes-in-a-row",
        "no-dash-no-verb-left-out",
        "an-object-named-before-its-verb",
        "the-judge-named-before-the-verb-is-its-subject",
        "a-verb-after-a-closed-relative-clause-is-the-news",
        "a-verb-inside-the-relative-clause-is-history",
        "not-freed-by-an-amnesty",
        "freed-by-an-amnesty",
        "no-hunger-strike-declared",
        "a-hunger-strike-kept-up",
        "the-case-named-before-its-closing-verb",
        "the-case-not-closed",
    ],
)
def test_classes_of_phrasing_from_unseen_news(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Суд\n\nОлег Орлов вышел на пикет. Он объявил голодовку.", ("orlov", "hunger_strike")),
        ("Суд\n\nОлег Орлов вышел на пикет. Его задержали.", ("orlov", "detained")),
        ("Суд\n\nОлег Орлов вышел на пикет. Ему предъявили обвинение.", ("orlov", "charged")),
        (
            "Суд\n\nОлег Орлов вышел на пикет. Им заинтересовалась полиция, и его задержали.",
            ("orlov", "detained"),
        ),
        ("Суд\n\nОлег Орлов в СИЗО. Против него возбудили уголовное дело.", ("orlov", "charged")),
        (
            "Суд\n\nОлег Орлов в колонии. К нему применили физическую силу.",
            ("orlov", "ill_treatment"),
        ),
        ("Суд\n\nАнна Петрова была в СИЗО. Она вышла на свободу.", ("petrova", "released")),
        ("Суд\n\nАнна Петрова пришла на акцию. Её задержали.", ("petrova", "detained")),
        (
            "Суд\n\nАнна Петрова пришла в суд. Ей назначили три года колонии.",
            ("petrova", "sentenced"),
        ),
        ("Суд\n\nАнна Петрова в СИЗО. К ней применили насилие.", ("petrova", "ill_treatment")),
        (
            "Суд\n\nАнна Петрова в СИЗО. В отношении неё возбуждено уголовное дело.",
            ("petrova", "charged"),
        ),
    ],
    ids=[
        "он",
        "его",
        "ему",
        "им-then-его",
        "против-него",
        "к-нему",
        "она",
        "её",
        "ей",
        "к-ней",
        "в-отношении-неё",
    ],
)
def test_a_pronoun_in_every_case_stands_for_the_person_named_before(
    text: str, expected: tuple[str, str]
) -> None:
    assert events(text) == {(*expected, True)}


def test_force_used_on_someone_is_ill_treatment_unless_denied() -> None:
    assert events("Суд\n\nАнна Петрова в СИЗО. К ней не применяли насилие.") == set()
    assert events("Суд\n\nОлег Орлов на пикете. Суд применил к нему меру пресечения.") == set()
