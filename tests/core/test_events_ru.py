"""Events in Russian news: who, whether and when, sentence by sentence.

The names are given as mentions (finding "Орлова" for Oleg Orlov is the name
matcher's work); each test reads as what a Russian article says and what the monitor
must make of it.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from monitor.core.events_ru import extract_events_ru, split_sentences_ru
from monitor.core.types import Mention

PUBLISHED = date(2024, 3, 14)
PEOPLE = {
    "orlov": r"Олег[а-я]*\s+Орлов[а-я]*|Орлов[а-я]*",
    "petrova": r"Анн[а-я]*\s+Петров[а-я]*|Петров[а-я]*",
    "sidorov": r"Иван[а-я]*\s+Сидоров[а-я]*|Сидоров[а-я]*",
}


def mentions(text: str) -> list[Mention]:
    found = []
    for person, pattern in PEOPLE.items():
        for m in re.finditer(pattern, text):
            found.append(Mention(person, m.start(), m.end(), m.group(), m.group(), 0.9))
    return found


def events(text: str, published: date | None = PUBLISHED) -> set[tuple[str, str, bool]]:
    return {
        (e.person_id, e.type, e.current) for e in extract_events_ru(text, mentions(text), published)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Суд\n\nСуд приговорил Олега Орлова к 2,5 годам колонии.", ("orlov", "sentenced")),
        ("Суд\n\nОлега Орлова приговорили к 2,5 годам колонии.", ("orlov", "sentenced")),
        ("Суд\n\nОлег Орлов приговорён к 2,5 годам колонии.", ("orlov", "sentenced")),
        ("Суд\n\nАнну Петрову задержали в понедельник.", ("petrova", "detained")),
        ("Суд\n\nАнна Петрова была арестована вчера.", ("petrova", "detained")),
        ("Суд\n\nОрлову предъявили обвинение в госизмене.", ("orlov", "charged")),
        ("Суд\n\nПротив Орлова возбудили уголовное дело.", ("orlov", "charged")),
        ("Суд\n\nАпелляционный суд оставил в силе приговор Орлову.", ("orlov", "appeal_rejected")),
        ("Суд\n\nСуд оправдал Анну Петрову.", ("petrova", "acquitted")),
        ("Суд\n\nОрлова освободили условно-досрочно.", ("orlov", "parole_granted")),
        ("Суд\n\nСуд отказал Орлову в условно-досрочном освобождении.", ("orlov", "parole_denied")),
        ("Указ\n\nПрезидент помиловал Ивана Сидорова.", ("sidorov", "pardoned")),
        ("Суд\n\nОрлов вышел на свободу после пяти лет заключения.", ("orlov", "released")),
        ("Суд\n\nОрлова этапировали в колонию в Мордовии.", ("orlov", "transferred")),
        ("Суд\n\nВ знак протеста Орлов объявил голодовку.", ("orlov", "hunger_strike")),
        ("Суд\n\nАнна Петрова заявила о пытках в СИЗО.", ("petrova", "ill_treatment")),
        ("Суд\n\nИван Сидоров скончался в колонии.", ("sidorov", "died")),
        ("Суд\n\nАнна Петрова уже покинула Россию.", ("petrova", "fled")),
        ("Суд\n\nСуд поместил Анну Петрову под домашний арест.", ("petrova", "house_arrest")),
        ("Суд\n\nВ Москве начался суд над Иваном Сидоровым.", ("sidorov", "trial")),
        ("Суд\n\nУголовное дело против Сидорова прекращено.", ("sidorov", "charges_dropped")),
    ],
)
def test_it_reads_each_kind_of_event_as_news(text: str, expected: tuple[str, str]) -> None:
    assert (*expected, True) in events(text)


def test_a_pronoun_in_any_case_stands_for_the_person_named_last() -> None:
    text = "Суд\n\nОлег Орлов выступил в суде с последним словом. После этого его взяли под стражу."
    assert ("orlov", "detained", True) in events(text)


def test_a_feminine_pronoun_stands_for_the_woman_named_last() -> None:
    text = "Дело\n\nОлег Орлов и Анна Петрова пришли в суд. Ей предъявили обвинение."
    assert events(text) == {("petrova", "charged", True)}


def test_a_list_of_names_shares_the_event() -> None:
    text = "Суд\n\nСуд приговорил Олега Орлова, Анну Петрову и Ивана Сидорова к пяти годам."
    assert {p for p, t, _ in events(text) if t == "sentenced"} == {"orlov", "petrova", "sidorov"}


def test_an_aside_in_brackets_is_passed_over() -> None:
    text = "Суд\n\nОрлов (он был там как наблюдатель) сразу после освобождения уехал в Польшу."
    assert events(text) == {("orlov", "fled", True)}
    text = "Суд\n\nОрлов (об этом рассказала его знакомая Анна Петрова) уехал в Польшу."
    assert events(text) == {("orlov", "fled", True)}


def test_a_story_that_went_on_with_news_is_not_told_in_the_past() -> None:
    text = (
        "Суд\n\n21 сентября на свободу вышли Олег Орлов и Анна Петрова. Оказалось, что их "
        "освободили в связи с помилованием.\nОрлов, приговоренный в марте к году колонии, сразу "
        "после освобождения уехал в Польшу. Он показал справку, где было указано, что его "
        "помиловали."
    )
    found = events(text, date(2022, 9, 22))
    assert ("orlov", "pardoned", True) in found and ("orlov", "pardoned", False) not in found
    text = "Суд\n\nОрлова осудили в 2021 году. Позже его помиловали."
    assert ("orlov", "pardoned", False) in events(text)


def test_after_a_sentence_dated_long_ago_without_an_event_the_story_is_past() -> None:
    lead = "Суд\n\nВчера стало известно о переводе. Об этом сообщили родные. Это третий перевод.\n"
    text = (
        lead + "Защита Олега Орлова в 2021 году просила пересмотреть приговор. Однако суд "
        "оставил в силе приговор Орлову."
    )
    assert events(text) == {("orlov", "appeal_rejected", False)}
    text = lead + "Защита Олега Орлова просила пересмотреть приговор. Однако суд оставил в силе "
    text += "приговор Орлову."
    assert events(text) == {("orlov", "appeal_rejected", True)}


def test_a_term_told_in_the_body_as_a_short_participle_is_the_term_served() -> None:
    lead = "Суд\n\nВчера стало известно о переводе. Об этом сообщили родные. Это третий перевод.\n"
    assert events(lead + "Олегу Орлову 60 лет, он осужден на пять лет колонии.") == {
        ("orlov", "sentenced", False)
    }
    assert events("Суд\n\nОлег Орлов осужден на пять лет колонии.") == {
        ("orlov", "sentenced", True)
    }
    assert events(lead + "Вчера Олег Орлов был осужден на пять лет колонии.") == {
        ("orlov", "sentenced", True)
    }


def test_the_lawyers_of_a_person_are_not_the_person() -> None:
    text = "Суд\n\nСуд приговорил адвокатов Олега Орлова к трём годам колонии."
    assert events(text) == set()


def test_the_person_after_a_relative_in_apposition_is_the_one() -> None:
    text = "Суд\n\nВ Минске освободили мужа Светланы Ивановой Ивана Сидорова."
    assert ("sidorov", "released", True) in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Суд\n\nОрлова так и не освободили.",
        "Суд\n\nОрлов не был задержан.",
        "Суд\n\nПрокурор просит приговорить Орлова к семи годам.",
        "Суд\n\nПравозащитники требуют освобождения Олега Орлова.",
        "Суд\n\nОрлову грозит до десяти лет колонии, его могут арестовать.",
        "Суд\n\nОрлов может быть освобождён уже в мае.",
        "Суд\n\nОлег Орлов обвинил власти в давлении.",
    ],
    ids=[
        "negated",
        "not-detained",
        "a-request",
        "a-demand",
        "a-threat",
        "a-possibility",
        "he-accused-others",
    ],
)
def test_what_did_not_happen_to_the_person_is_no_event(text: str) -> None:
    assert events(text) == set()


def test_a_state_is_not_news() -> None:
    assert events("Суд\n\nОрлов остаётся в СИЗО.") == set()
    assert events("Суд\n\nОрлов находится под домашним арестом.") <= {
        ("orlov", "house_arrest", False)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Суд\n\nВ 2019 году Орлова приговорили к трём годам колонии.",
        "Суд\n\nРанее Орлова приговорили к трём годам колонии.",
        "Суд\n\nОрлов, осуждённый в 2019 году, остаётся в колонии.",
        "Суд\n\nОрлов, которого арестовали в мае 2020 года, болен.",
    ],
    ids=["dated-long-ago", "told-as-before", "a-participle", "a-relative-clause"],
)
def test_an_event_told_as_history_is_background(text: str) -> None:
    found = events(text)
    assert found and all(not current for _, _, current in found)


def test_a_date_within_the_news_window_makes_it_news_and_is_kept() -> None:
    text = "Суд\n\nСуд\n\nПервое.\nВторое.\nТретье.\nОрлова задержали 10 марта."
    (event,) = extract_events_ru(text, mentions(text), PUBLISHED)
    assert (event.type, event.current, event.date) == ("detained", True, date(2024, 3, 10))


def test_a_release_by_pardon_is_a_pardon() -> None:
    text = "Указ\n\nСидорова освободили по амнистии."
    assert events(text) == {("sidorov", "pardoned", True)}


def test_the_evidence_is_the_russian_sentence_and_the_reason_is_in_english() -> None:
    text = "Суд\n\nСуд приговорил Олега Орлова к 2,5 годам колонии."
    (event,) = extract_events_ru(text, mentions(text), PUBLISHED)
    assert event.evidence == "Суд приговорил Олега Орлова к 2,5 годам колонии."
    assert text[event.evidence_start : event.evidence_end] == event.evidence
    assert event.rule.startswith("sentenced; named")


def test_a_suspended_sentence_is_non_custodial() -> None:
    text = "Суд\n\nАнну Петрову приговорили к двум годам условно."
    (event,) = extract_events_ru(text, mentions(text), PUBLISHED)
    assert event.type == "sentenced" and event.non_custodial


def test_sentences_keep_their_offsets_and_abbreviations_do_not_end_them() -> None:
    text = "Заголовок\n\nДело по ч. 1 ст. 205.2 УК возбудили в мае. В. Кара-Мурза молчит."
    sentences = split_sentences_ru(text)
    assert [s.text for s in sentences] == [
        "Заголовок",
        "Дело по ч. 1 ст. 205.2 УК возбудили в мае.",
        "В. Кара-Мурза молчит.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_a_custody_right_after_the_verdict_is_news_with_the_verdict() -> None:
    text = (
        "Суд\n\nОлега Орлова приговорили к трём годам колонии. Он выступил с последним словом."
        " Адвокат обжалует решение. Сразу после оглашения приговора его взяли под стражу."
    )
    assert {("orlov", "sentenced", True), ("orlov", "detained", True)} <= events(text)


def test_a_stage_of_the_case_without_an_owner_is_the_case_of_the_one_person_named() -> None:
    text = "Суд\n\nИвана Сидорова приговорили к пяти годам. Процесс начался 1 марта."
    assert ("sidorov", "trial", True) in events(text)
    two = "Суд\n\nИвана Сидорова и Анну Петрову приговорили. Процесс начался 1 марта."
    assert not {e for e in events(two) if e[1] == "trial"}


def test_an_undated_sentence_after_a_dated_past_goes_on_telling_the_past() -> None:
    text = (
        "Суд\n\nПрокурор выступил в прениях. Защита возражала. Судья удалился."
        " Анну Петрову задержали в мае 2021 года. Активистке вменили призывы к экстремизму."
    )
    assert ("petrova", "charged", False) in events(text)
    assert ("petrova", "charged", True) not in events(text)


def test_a_term_given_before_is_background() -> None:
    text = "Суд\n\nПрокурор попросил увеличить назначенный Анне Петровой срок."
    assert events(text) == {("petrova", "sentenced", False)}


def test_the_people_named_as_someones_lawyers_are_meant_by_a_later_mention_of_them() -> None:
    text = (
        "Суд\n\nСуд приговорил адвокатов Олега Орлова — Ивана Сидорова и Анну Петрову — к"
        " трём годам. Адвокаты Орлова были задержаны в мае 2021 года."
    )
    found = events(text)
    assert {("sidorov", "detained", False), ("petrova", "detained", False)} <= found
    assert not {e for e in found if e[0] == "orlov"}


@pytest.mark.parametrize(
    "text",
    [
        "Суд\n\nСуд продлил арест Ивану Сидорову до мая.",
        "Суд\n\nСуд продлил Анне Петровой срок домашнего ареста.",
        "Суд\n\nИвана Сидорова выпустили из СИЗО под домашний арест.",
    ],
    ids=["custody-extended", "house-arrest-extended", "released-into-house-arrest"],
)
def test_an_extended_custody_is_no_new_arrest_and_a_house_arrest_no_release(text: str) -> None:
    assert not {e for e in events(text) if e[1] in ("detained", "released")}
    assert not {e for e in events(text) if e[1] == "house_arrest" and "продлил" in text}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Суд\n\nОрлов сидит в СИЗО. Его освобождение ожидается в мае.", set()),
        ("Суд\n\nМать Олега Орлова сказала, что его избили.", {("orlov", "ill_treatment", True)}),
        (
            "Суд\n\nОрлова, осуждённого в 2020 году на восемь лет, этапировали в колонию.",
            {("orlov", "sentenced", False), ("orlov", "transferred", True)},
        ),
        ("Суд\n\nОрлов был вынужден покинуть страну.", {("orlov", "fled", True)}),
        ("Суд\n\nСуд назначил Анне Петровой штраф.", {("petrova", "sentenced", True)}),
        ("Суд\n\nСидорова отправили в СИЗО до 12 мая.", {("sidorov", "detained", True)}),
    ],
    ids=[
        "expected-is-not-yet",
        "his-mother-says-he-was-beaten",
        "a-date-in-an-aside",
        "forced-to-leave",
        "a-fine",
        "custody-until-a-date",
    ],
)
def test_phrasings_of_russian_news(text: str, expected: set[tuple[str, str, bool]]) -> None:
    assert events(text) == expected


def test_a_pronoun_follows_the_gender_a_surname_is_inflected_in() -> None:
    text = (
        "Суд\n\nАнне Петровой и Олегом Орловым заинтересовалась полиция. Ей предъявили обвинение."
    )
    assert events(text) == {("petrova", "charged", True)}


@pytest.mark.parametrize(
    "text",
    [
        "Суд\n\nОлег Орлов рассказал о задержании своего брата.",
        "Суд\n\nОлег Орлов, чей отец умер в 2019 году, остаётся в колонии.",
        "Суд\n\nОлег Орлов рассказал, как полицейские задержали его сына.",
        "Суд\n\nОлег Орлов выступал в поддержку задержанных активистов.",
        "Суд\n\nОлег Орлов провёл под арестом два года.",
        "Суд\n\nСудья Олег Орлов приговорил активиста к трём годам.",
        "Суд\n\nОлега Орлова могут перевести в другую колонию.",
    ],
    ids=[
        "his-brothers-arrest",
        "whose-father-died",
        "how-police-detained-his-son",
        "detained-others",
        "spent-time-under-arrest",
        "the-judge-sentenced-someone",
        "may-be-moved",
    ],
)
def test_what_happened_to_others_or_not_yet_is_not_the_persons_event(text: str) -> None:
    assert events(text) == set()


def test_an_administrative_arrest_is_a_detention() -> None:
    text = "Суд\n\nОлегу Орлову назначили 15 суток административного ареста."
    assert events(text) == {("orlov", "detained", True)}


def test_a_release_in_an_article_that_reports_a_pardon_is_the_pardon() -> None:
    text = "Указ\n\nПрезидент помиловал 14 заключённых. В Минске освободили Ивана Сидорова."
    assert events(text) == {("sidorov", "pardoned", True)}
    refused = (
        "Суд\n\nСидоров отказался просить о помиловании. Ивана Сидорова освободили по окончании"
        " срока."
    )
    assert events(refused) == {("sidorov", "released", True)}


def test_the_people_named_after_a_group_share_its_event() -> None:
    text = (
        "Указ\n\nВ Беларуси помиловали 18 политзаключённых. Среди них — Иван Сидоров и Анна"
        " Петрова."
    )
    assert events(text) == {("sidorov", "pardoned", True), ("petrova", "pardoned", True)}
    asked = "Указ\n\nАдвокаты просят помиловать 18 человек. Среди них — Иван Сидоров."
    assert events(asked) == set()


def test_an_arrest_in_absentia_holds_no_one() -> None:
    assert events("Суд\n\nСуд заочно арестовал Ивана Сидорова.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ивану Сидорову дали шесть лет колонии\n\nСуд вынес приговор журналисту.",
            {("sidorov", "sentenced", True)},
        ),
        (
            "Освобождён Иван Сидоров\n\nПолитзаключённый вышел на свободу в четверг.",
            {("sidorov", "released", True)},
        ),
        (
            "Анне Петровой отказали в УДО\n\nСуд не нашёл оснований для её освобождения.",
            {("petrova", "parole_denied", True)},
        ),
        (
            "Против Анны Петровой возбудили новое дело\n\nЕй вменяют оправдание терроризма.",
            {("petrova", "charged", True)},
        ),
    ],
    ids=["title-gave-years", "title-passive-first", "no-grounds-for-release", "new-case"],
)
def test_a_feed_summary_is_read_from_its_title_and_lead(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert events(text) == expected


def test_a_date_that_opens_the_next_clause_is_the_next_events() -> None:
    text = (
        "Суд\n\nПервое. Второе. Третье. Ранее была осуждена Анна Петрова. Её приговорили к"
        " шести годам, в прошлом месяце апелляционный суд оставил приговор в силе."
    )
    found = events(text)
    assert ("petrova", "appeal_rejected", True) in found
    assert ("petrova", "sentenced", True) not in found


def test_an_aside_that_says_who_reports_it_does_not_break_the_clause() -> None:
    text = "Суд\n\nОлег Орлов, как сообщил его адвокат, вышел на свободу."
    assert events(text) == {("orlov", "released", True)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Суд\n\nОлег Орлов был бы освобождён, если бы признал вину.", set()),
        ("Суд\n\nАнна Петрова рискует быть арестованной.", set()),
        ("Суд\n\nАнна Петрова уже дважды была задержана.", {("petrova", "detained", False)}),
        (
            "Суд\n\nПо данным правозащитников, Олега Орлова били в СИЗО.",
            {("orlov", "ill_treatment", True)},
        ),
    ],
    ids=["would-have-been", "risks-arrest", "twice-before", "was-beaten-repeatedly"],
)
def test_conditionals_risks_repetitions_and_the_imperfective(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert events(text) == expected


def test_a_release_and_removal_abroad_are_both_reported() -> None:
    text = "Суд\n\nИвана Сидорова освободили и вывезли в Литву."
    assert events(text) == {("sidorov", "released", True), ("sidorov", "fled", True)}
