"""Finding people on the people page: any spelling, status, tag, and the order asked for."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.core.people_search import (
    PeopleOrder,
    PeopleQuery,
    PersonSummary,
    all_tags,
    search_people,
)

DAY = datetime(2026, 5, 1, tzinfo=UTC)
PEOPLE = [
    PersonSummary(
        "yerimbetov-iskander",
        "Iskander Yerimbetov",
        aliases=("Искандер Еримбетов",),
        tags=("kazakhstan", "business"),
        status="imprisoned",
        status_since=DAY.replace(month=3),
    ),
    PersonSummary(
        "kozlov-vladimir",
        "Vladimir Kozlov",
        tags=("kazakhstan",),
        status="detained",
        status_since=DAY.replace(month=4),
    ),
    PersonSummary("bilash-serikzhan", "Serikzhan Bilash", tags=("china",), status="free"),
    PersonSummary(
        "ahmad-old", "Ahmad Old", status="free", active=False, status_since=DAY.replace(month=5)
    ),
]


def ids(query: PeopleQuery) -> list[str]:
    return [p.id for p in search_people(PEOPLE, query)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yerimbetov", ["yerimbetov-iskander"]),
        ("erimbetov", ["yerimbetov-iskander"]),  # another spelling of the family
        ("Еримбетов", ["yerimbetov-iskander"]),  # Cyrillic
        ("kozl", ["kozlov-vladimir"]),  # part of a name
        ("bilash-serik", ["bilash-serikzhan"]),  # part of the id
        ("vladimir kozlov", ["kozlov-vladimir"]),  # every word must match
        ("vladimir bilash", []),
        ("Козлов", ["kozlov-vladimir"]),
    ],
    ids=["name", "variant", "cyrillic", "prefix", "id", "two-words", "no-one", "cyrillic-2"],
)
def test_a_query_finds_people_by_any_spelling(text: str, expected: list[str]) -> None:
    assert ids(PeopleQuery(text=text)) == expected


def test_status_and_tag_filters_combine_with_the_text() -> None:
    assert ids(PeopleQuery(status="free")) == ["bilash-serikzhan", "ahmad-old"]
    assert set(ids(PeopleQuery(tag="kazakhstan"))) == {"yerimbetov-iskander", "kozlov-vladimir"}
    assert ids(PeopleQuery(tag="kazakhstan", status="detained")) == ["kozlov-vladimir"]
    assert ids(PeopleQuery(tag="kazakhstan", text="bilash")) == []
    assert ids(PeopleQuery(tag="nowhere")) == []


def test_the_latest_status_change_comes_first_never_changed_last_inactive_after_all() -> None:
    assert ids(PeopleQuery()) == [
        "kozlov-vladimir",
        "yerimbetov-iskander",
        "bilash-serikzhan",
        "ahmad-old",
    ]


def test_people_sort_by_name_when_asked() -> None:
    assert ids(PeopleQuery(order=PeopleOrder.NAME)) == [
        "yerimbetov-iskander",
        "bilash-serikzhan",
        "kozlov-vladimir",
        "ahmad-old",
    ]


def test_an_empty_query_finds_everyone_and_tags_are_listed_once() -> None:
    assert len(ids(PeopleQuery(text="   "))) == len(PEOPLE)
    assert all_tags(PEOPLE) == ["business", "china", "kazakhstan"]
