"""Facts of a case read from sentences, and a case file built from a person's reports."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from monitor.core.case_facts import Term, TermKind, facility_of, hearing_of, term_of
from monitor.core.case_file import (
    HandSet,
    Reported,
    Source,
    StatusNow,
    build_case_file,
    facility_in,
    hearing_in,
    passages,
    term_in,
)

TERMS = [
    ("A court sentenced him to seven years in a penal colony.", Term(7, 0)),
    ("She was jailed for 18 months on Tuesday.", Term(1, 6)),
    ("He was sentenced to three and a half years.", Term(3, 6)),
    (
        "The judge sentenced the blogger to 2 years and 6 months of restricted freedom.",
        Term(2, 6, TermKind.RESTRICTED_FREEDOM),
    ),
    ("The activist received a six-year suspended sentence.", Term(6, 0, TermKind.SUSPENDED)),
    ("He is serving a prison term of 12 years.", Term(12, 0)),
    ("He was sentenced to death.", None),
    ("Prosecutors asked for nine years.", None),  # a demand, not a sentence
    ("He was detained for two days.", None),
]


@pytest.mark.parametrize(("sentence", "term"), TERMS, ids=[t[0][:30] for t in TERMS])
def test_the_length_of_a_sentence_is_read_when_stated(sentence: str, term: Term | None) -> None:
    assert term_of(sentence) == term


def test_a_term_reads_as_words() -> None:
    assert str(Term(7, 0)) == "7 years"
    assert str(Term(1, 6, TermKind.SUSPENDED)) == "1 year and 6 months (suspended)"


PLACES = [
    ("He was transferred to penal colony No. 2 in Orenburg.", "penal colony No. 2 in Orenburg"),
    (
        "He was moved to penal colony No. 3 in Karaganda on Monday.",
        "penal colony No. 3 in Karaganda",
    ),
    (
        "He is held in pre-trial detention centre No. 1 in Almaty.",
        "pre-trial detention centre No. 1 in Almaty",
    ),
    ("The activist was taken to SIZO-2 on Friday.", "SIZO-2"),
    ("She was moved to the Kresty prison in St Petersburg.", "Kresty prison in St Petersburg"),
    ("He is serving his term in a strict-regime colony.", "strict-regime colony"),
    ("He was admitted to a prison hospital in Karaganda.", "prison hospital in Karaganda"),
    ("The Prison Service declined to comment.", None),
    ("He was arrested at the airport.", None),
]


@pytest.mark.parametrize(("sentence", "place"), PLACES, ids=[p[0][:30] for p in PLACES])
def test_a_place_of_detention_is_read_when_named(sentence: str, place: str | None) -> None:
    assert facility_of(sentence) == place


PUBLISHED = date(2026, 5, 1)
HEARINGS = [
    ("His next hearing is scheduled for June 5.", date(2026, 6, 5)),
    ("The trial will resume on 12 March 2027.", date(2027, 3, 12)),
    ("The appeal was adjourned until May 20.", date(2026, 5, 20)),
    ("The court set the next hearing for next Tuesday.", date(2026, 5, 5)),
    ("The trial opened on April 20.", None),  # past: not announced
    ("He met his family on June 5.", None),  # no hearing
]


@pytest.mark.parametrize(("sentence", "day"), HEARINGS, ids=[h[0][:30] for h in HEARINGS])
def test_an_announced_hearing_is_read_with_its_day(sentence: str, day: date | None) -> None:
    assert hearing_of(sentence, PUBLISHED) == day


def report(
    sentence: str,
    published: date,
    event_type: str | None = None,
    *,
    match_id: int = 1,
    dismissed: bool = False,
) -> Reported:
    source = Source(match_id, f"article {match_id}", None, published, sentence)
    return Reported(source, event_type, dismissed=dismissed)


def test_the_newest_report_gives_each_fact_and_a_dismissed_one_gives_none() -> None:
    reports = [
        report(
            "He was sentenced to five years in penal colony No. 1 in Aktobe.",
            date(2026, 1, 10),
            "sentenced",
            match_id=1,
        ),
        report(
            "He was transferred to penal colony No. 7 in Karaganda.",
            date(2026, 3, 2),
            "transferred",
            match_id=2,
        ),
        report(
            "He was moved to SIZO-9.", date(2026, 4, 1), "transferred", match_id=3, dismissed=True
        ),
        report("His appeal hearing is set for June 2.", date(2026, 4, 20), match_id=4),
        report("The appeal hearing was postponed until June 9.", date(2026, 5, 3), match_id=5),
    ]
    case = build_case_file(StatusNow("imprisoned", None), reports, date(2026, 5, 10))
    assert case.term is not None and case.term.term == Term(5, 0)
    assert case.term.day == date(2026, 1, 10) and case.term.source.match_id == 1
    assert case.facility is not None and case.facility.place == "penal colony No. 7 in Karaganda"
    assert case.facility.source.match_id == 2
    assert case.next_hearing is not None and case.next_hearing.day == date(2026, 6, 9)
    assert case.next_hearing.source.match_id == 5


def test_a_hearing_gone_by_is_the_last_one_not_the_next() -> None:
    reports = [report("The trial will resume on May 20.", date(2026, 5, 1))]
    case = build_case_file(StatusNow("detained", None), reports, date(2026, 6, 1))
    assert case.next_hearing is None
    assert case.last_hearing is not None and case.last_hearing.day == date(2026, 5, 20)


def test_the_status_names_the_event_that_set_it_or_the_hand_that_did() -> None:
    since = datetime(2026, 2, 1, tzinfo=UTC)
    arrest = report("Police detained him on Monday.", date(2026, 2, 2), "detained")
    case = build_case_file(StatusNow("detained", since, arrest), [arrest], date(2026, 3, 1))
    assert case.status.source == arrest.source and case.status.hand_set is None
    hand = HandSet("free", "aigerim", datetime(2026, 3, 1, tzinfo=UTC), since)
    case = build_case_file(StatusNow("free", since, None, hand), [arrest], date(2026, 3, 1))
    assert case.status.source is None and case.status.hand_set == hand


def test_passages_are_the_sentences_naming_the_person_and_the_next_one() -> None:
    full = "Kozlov on trial\n\nIt rained. Kozlov spoke. His hearing is set for June 5. Bye."
    start = full.index("Kozlov spoke")
    assert passages(full, [start]) == ["Kozlov spoke.", "His hearing is set for June 5."]
    assert passages(full, [0]) == ["Kozlov on trial", "It rained."]


RUSSIAN = [
    (
        "Суд приговорил Ивана Петрова к пяти годам и шести месяцам лишения свободы.",
        Term(5, 6),
        None,
    ),
    ("Его осудили на три года условно.", Term(3, 0, TermKind.SUSPENDED), None),
    (
        "Активистку приговорили к двум годам ограничения свободы.",
        Term(2, 0, TermKind.RESTRICTED_FREEDOM),
        None,
    ),
    ("Он получил шесть лет колонии строгого режима.", Term(6, 0), "колонии строгого режима"),
    ("Блогера приговорили к полутора годам колонии-поселения.", Term(1, 6), "колонии-поселения"),
    ("Прокурор запросил семь лет.", None, None),  # a demand, not a sentence
    ("Его перевели в СИЗО-1 в Москве.", None, "СИЗО-1 в Москве"),
    ("Её этапировали в ИК-5 в Мордовии.", None, "ИК-5 в Мордовии"),
    (
        "Его отправили в колонию строгого режима в которой сидел брат.",
        None,
        "колонию строгого режима",
    ),
]


@pytest.mark.parametrize(("sentence", "term", "place"), RUSSIAN, ids=[r[0][:25] for r in RUSSIAN])
def test_a_russian_sentence_gives_its_term_and_place(
    sentence: str, term: Term | None, place: str | None
) -> None:
    assert term_in(sentence) == term
    assert facility_in(sentence) == place


def test_a_russian_sentence_announces_a_hearing() -> None:
    assert hearing_in("Следующее заседание назначено на 5 июня.", PUBLISHED) == date(2026, 6, 5)
    assert hearing_in("Приговор огласят 20 мая.", PUBLISHED) == date(2026, 5, 20)
    assert hearing_in("Его задержали 20 мая.", PUBLISHED) is None  # no hearing
    assert hearing_in("Заседание отложили до 12 марта.", PUBLISHED) is None  # gone by
