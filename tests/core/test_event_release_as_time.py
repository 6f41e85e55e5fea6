"""Made-up English news: a release or a term named as a time or a purpose, not told.

Case histories use a release as a point in time ("shortly before his release", "on the eve
of her release"), as the start of what is still to come ("after his release, he will
remain under supervision", "upon her release next year, she is to leave the country"), and
a prison as where a term begins ("was sent to Evin prison to serve his sentence"). None of
these tells a release or a move between places of custody as news: the first two name a
release only to date something else or to look ahead from it, and the third is the term
begun (the arrest or the sentence is the event, GUIDE.md's labels have no transfer).

Each must still fire when the release is told with its own date ("before his release on
Monday, he had spent six years in the colony", "following her release on Tuesday, she
thanked ..."), when a speaker looks ahead, not the main clause ("after her release, she
said she will keep writing"), and when a person is moved from one place of custody to
another to serve the term ("moved from the remand centre to a colony to serve his term").

Published on Friday 4 December 2026. People, places and facts are made up.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Reader

PEOPLE = [Person("petrov", "Ivan Petrov"), Person("osei", "Kwame Osei")]
events = Reader(PEOPLE, datetime(2026, 12, 4, 12, 0), title="The case of Ivan Petrov")

RELEASE_AS_TIME = [
    "Petrov fell ill shortly before his release from prison.",
    "Ivan Petrov wrote the letter ahead of his release.",
    "Petrov's health worsened in the weeks before his release.",
    "Prior to his release from the colony, Petrov was held in solitary confinement.",
    "On the eve of her release, guards searched Petrov's cell.",
    "Petrov gave the interview just days ahead of his scheduled release.",
    "Days before his release, Petrov was beaten by guards.",
    "In the run-up to their release, Petrov and Osei were moved to a guarded flat.",
]
RELEASE_TO_COME = [
    "After his release, Petrov will remain under police supervision for 18 months.",
    "The court added that after his release, Petrov will remain under parole-like control.",
    "After his release, Petrov will have to report to police every week.",
    "Once her release comes, Petrov is to live with her parents.",
    "Following his release, Petrov will be banned from journalism for three years.",
    "Upon release, Petrov is expected to leave the country.",
    "Upon his release next year, Petrov will be barred from travel.",
]
RELEASE_TOLD = [
    "Following his release on Monday, Petrov thanked his supporters.",
    "After his release on Tuesday, Petrov said he will continue to write.",
    "Before his release on Monday, Petrov had spent six years in the colony.",
    "His release on Tuesday was welcomed by rights groups.",
    "After her release, Petrov said she will keep writing.",
    "Ivan Petrov was released shortly before midnight.",
    "Petrov has been released after six years in prison.",
]
TERM_BEGUN = [
    "Petrov was transferred to Evin prison to begin serving his sentence.",
    "Petrov was taken to Evin prison to serve his five-year sentence.",
    "Petrov was sent to a penal colony to serve his term.",
    "Officials transferred Petrov to Qezel Hesar prison to begin his ten-year term.",
    "Petrov was moved to Evin prison to start serving a seven-year sentence.",
    "Petrov was taken to Qarchak prison to serve out the rest of her term.",
    "Ivan Petrov and Kwame Osei were sent to a prison in Tehran to serve their sentences.",
]
MOVED = [
    "Petrov was moved from the remand centre to a colony in Vitebsk to serve his term.",
    "Petrov was transferred to a prison hospital on Monday after a heart attack.",
    "Petrov was transferred to Evin prison on Monday.",
    "Petrov has been moved to a prison hospital.",
]
RELEASES = {"released", "pardoned", "parole_granted"}


def news_of(text: str, kinds: set[str]) -> set[tuple[str, str, bool]]:
    return {e for e in events(text) if e[1] in kinds and e[2]}


@pytest.mark.parametrize("text", RELEASE_AS_TIME + RELEASE_TO_COME)
def test_a_release_named_as_a_time_or_to_come_is_no_news_of_a_release(text: str) -> None:
    assert news_of(text, RELEASES) == set()


@pytest.mark.parametrize("text", RELEASE_TOLD)
def test_a_release_told_with_its_date_or_as_news_is_one(text: str) -> None:
    assert news_of(text, RELEASES) == {("petrov", "released", True)}


@pytest.mark.parametrize("text", TERM_BEGUN)
def test_taken_to_prison_to_serve_a_term_is_no_transfer(text: str) -> None:
    assert {e for e in events(text) if e[1] == "transferred"} == set()


@pytest.mark.parametrize("text", MOVED)
def test_a_move_between_places_of_custody_is_still_a_transfer(text: str) -> None:
    assert news_of(text, {"transferred"}) == {("petrov", "transferred", True)}
