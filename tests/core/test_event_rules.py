"""What happened to whom, and whether it is news: the event extractor in own sentences."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.core.dating import Recency, find_dates, recency
from monitor.core.events import extract_events
from monitor.core.match import find_mentions
from monitor.core.sentences import split_sentences
from monitor.core.types import Event, EventType, Person
from tests.core.reading import Reader

PEOPLE = [
    Person("kozlov", "Vladimir Kozlov"),
    Person("bilash", "Serikzhan Bilash"),
    Person("ayan", "Talgat Ayan"),
    Person("jardemalie", "Botagoz Jardemalie"),
]
PUBLISHED = datetime(2019, 7, 30, 12, 0)
events = Reader(PEOPLE, PUBLISHED, title="News from the courts")
INDEX = events.index


def one(text: str) -> Event:
    full = f"News\n\n{text}"
    (event,) = extract_events(full, find_mentions(INDEX, full), PUBLISHED)
    return event


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Vladimir Kozlov was detained by police on Monday.", "detained"),
        ("Police arrested Vladimir Kozlov on Monday.", "detained"),
        ("Vladimir Kozlov was charged with inciting discord on Monday.", "charged"),
        ("Vladimir Kozlov was placed under house arrest on Monday.", "house_arrest"),
        ("The trial of Vladimir Kozlov began on Monday.", "trial"),
        ("A court sentenced Vladimir Kozlov to five years on Monday.", "sentenced"),
        ("Vladimir Kozlov was sentenced to five years on Monday.", "sentenced"),
        ("Vladimir Kozlov was acquitted on Monday.", "acquitted"),
        ("On Monday the charges against Vladimir Kozlov were dropped.", "charges_dropped"),
        ("On Monday a higher court upheld the verdict against Vladimir Kozlov.", "appeal_rejected"),
        ("Vladimir Kozlov was released on parole on Monday.", "parole_granted"),
        ("On Monday a judge rejected Vladimir Kozlov's request for parole.", "parole_denied"),
        ("Vladimir Kozlov was freed from the colony on Monday.", "released"),
        ("Vladimir Kozlov was pardoned by the president on Monday.", "pardoned"),
        ("Vladimir Kozlov was transferred to a prison hospital on Monday.", "transferred"),
        ("Vladimir Kozlov began a hunger strike on Monday.", "hunger_strike"),
        ("His lawyer said Vladimir Kozlov was beaten by guards on Monday.", "ill_treatment"),
        ("Vladimir Kozlov died in custody on Monday.", "died"),
        ("Vladimir Kozlov fled the country on Monday.", "fled"),
    ],
)
def test_each_event_type(text: str, kind: str) -> None:
    assert events(text) == {("kozlov", kind, True)}


def test_a_list_of_people() -> None:
    found = events("Vladimir Kozlov, Talgat Ayan and Serikzhan Bilash were released on Monday.")
    assert found == {(p, "released", True) for p in ("kozlov", "ayan", "bilash")}


def test_a_pronoun_stands_for_the_person_named_last() -> None:
    text = "Vladimir Kozlov spoke to reporters. He was detained an hour later on Monday."
    assert events(text) == {("kozlov", "detained", True)}


@pytest.mark.parametrize(
    "text",
    [
        "Botagoz Jardemalie, whose brother was arrested on Monday, spoke.",
        "Botagoz Jardemalie's lawyer was detained on Monday.",
        "Rights groups called for the release of Vladimir Kozlov.",
        "Vladimir Kozlov asked for parole.",
        "Vladimir Kozlov faces up to ten years in prison.",
        "Vladimir Kozlov could be freed next month.",
        "Vladimir Kozlov was not released on Monday.",
        "Officials denied that Vladimir Kozlov was tortured.",
        "Vladimir Kozlov remains behind bars.",
        "Prosecutors asked for seven years for Vladimir Kozlov.",
    ],
)
def test_not_events(text: str) -> None:
    assert events(text) == set()


def test_an_allegation_is_an_event() -> None:
    assert events("His lawyer said Vladimir Kozlov was tortured in custody.") == {
        ("kozlov", "ill_treatment", True)
    }


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("Vladimir Kozlov was arrested on July 23.", True),
        ("Vladimir Kozlov was arrested last week.", True),
        ("Vladimir Kozlov was arrested yesterday.", True),
        ("Vladimir Kozlov was arrested in 2009.", False),
        ("Vladimir Kozlov was arrested in November 2017.", False),
        ("Vladimir Kozlov had been arrested before the vote.", False),
        ("The case of Vladimir Kozlov, who was arrested in 2017, is closed.", False),
    ],
)
def test_news_or_background(text: str, current: bool) -> None:
    assert events(text) == {("kozlov", "detained", current)}


def test_a_date_is_given_when_the_text_gives_a_day() -> None:
    assert one("Vladimir Kozlov was arrested on July 23.").date == date(2019, 7, 23)


def test_an_event_still_to_come_is_not_an_event() -> None:
    assert events("The trial of Vladimir Kozlov begins on August 12.") == set()


def test_a_release_on_parole_is_not_also_a_release() -> None:
    assert events("Vladimir Kozlov was freed on parole on Monday.") == {
        ("kozlov", "parole_granted", True)
    }


def test_a_sentence_without_prison_is_non_custodial() -> None:
    event = one("Vladimir Kozlov was sentenced to three years of restricted freedom on Monday.")
    assert event.type is EventType.SENTENCED and event.non_custodial


def test_the_title_reports_the_news() -> None:
    assert events("Vladimir Kozlov spoke.", title="Court Frees Vladimir Kozlov") == {
        ("kozlov", "released", True)
    }


def test_sentences_keep_their_offsets_and_skip_abbreviations() -> None:
    text = "Mr. Kozlov met Dr. Ayan in the U.S. capital. He served 7.5 years.\nA new line."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Mr. Kozlov met Dr. Ayan in the U.S. capital.",
        "He served 7.5 years.",
        "A new line.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("on July 23", date(2019, 7, 23), date(2019, 7, 23)),
        ("on 23 July 2018", date(2018, 7, 23), date(2018, 7, 23)),
        ("in November", date(2018, 11, 1), date(2018, 11, 30)),
        ("in 2009", date(2009, 1, 1), date(2009, 12, 31)),
        ("yesterday", date(2019, 7, 29), date(2019, 7, 29)),
        ("on Monday", date(2019, 7, 29), date(2019, 7, 29)),
        ("two weeks ago", date(2019, 7, 16), date(2019, 7, 16)),
    ],
)
def test_dates_are_read_against_publication(phrase: str, first: date, last: date) -> None:
    (when,) = find_dates(f"It happened {phrase}.", PUBLISHED.date())
    assert (when.first, when.last) == (first, last)


def test_numbers_that_are_not_dates() -> None:
    assert find_dates("He got 20 years before the 2020 elections, in Article 88.", None) == []
    assert find_dates("It was on February 30, 2019.", PUBLISHED.date()) == []


def test_recency() -> None:
    (old,) = find_dates("in 2009", PUBLISHED.date())
    (soon,) = find_dates("on August 12, 2019", PUBLISHED.date())
    assert recency(old, PUBLISHED.date()) is Recency.BACKGROUND
    assert recency(soon, PUBLISHED.date()) is Recency.FUTURE


@settings(max_examples=200)
@given(st.text())
def test_no_text_makes_the_extractor_raise(text: str) -> None:
    full = f"Vladimir Kozlov\n\n{text} Vladimir Kozlov was released."
    extract_events(full, find_mentions(INDEX, full), PUBLISHED)
    assert all(full[s.start : s.end] == s.text for s in split_sentences(full))
    for when in find_dates(text, PUBLISHED.date()):
        assert 0 <= when.start < when.end <= len(text)
