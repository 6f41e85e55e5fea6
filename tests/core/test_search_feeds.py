"""Search feeds: one feed per watchlisted person from a URL template."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from monitor.core.types import Person
from monitor.core.watchlist import parse_watchlist

PEOPLE = [
    {
        "id": "nurlanov-aidar",
        "name": "Aidar Nurlanov",
        "aliases": ["Айдар Нурланов"],
        "tags": ["kazakhstan"],
    },
    {"id": "seitova-gulnara", "name": 'Gulnara "Gulya" Seitova', "tags": ["kyrgyzstan"]},
    {"id": "tokenov-marat", "name": "Marat Tokenov"},
]


def watchlist(*feeds: Any) -> Any:
    found, problems = parse_watchlist({"people": PEOPLE, "feeds": list(feeds)}, environ={})
    assert problems == [] and found is not None
    return found


def query_of(url: str) -> str:
    return parse_qs(urlsplit(url).query)["q"][0]


def test_a_search_template_becomes_one_feed_per_person_after_the_listed_feeds() -> None:
    found = watchlist(
        {"search": {"url": "https://news.example.org/rss?q={query}&hl=en", "every": "2h"}},
        {"url": "https://courier.example.org/feed"},
    )
    listed, *searches = found.feeds
    assert (listed.url, listed.source) == ("https://courier.example.org/feed", None)
    assert [f.source for f in searches] == [
        "search for nurlanov-aidar",
        "search for seitova-gulnara",
        "search for tokenov-marat",
    ]
    assert [query_of(f.url) for f in searches] == [
        '"Aidar Nurlanov" OR "Айдар Нурланов"',
        '"Gulnara Gulya Seitova"',
        '"Marat Tokenov"',
    ]
    assert searches[0].url.startswith(
        "https://news.example.org/rss?q=%22Aidar%20Nurlanov%22%20OR%20%22%D0%90"
    )
    assert {f.interval_seconds for f in searches} == {7200}


def test_tags_choose_the_people_and_name_gives_the_plain_name() -> None:
    found = watchlist(
        {"search": {"url": "https://s.example.org/?q={name}", "tags": ["kazakhstan"]}}
    )
    [feed] = found.feeds
    assert feed.url == "https://s.example.org/?q=Aidar%20Nurlanov"
    assert feed.interval_seconds == 3600  # searches default to hourly


def test_a_person_added_or_removed_gains_or_loses_their_search_feed() -> None:
    template = {"search": {"url": "https://s.example.org/?q={query}"}}
    before = {f.source for f in watchlist(template).feeds}
    fewer, _ = parse_watchlist({"people": PEOPLE[:2], "feeds": [template]}, environ={})
    assert fewer is not None
    assert before - {f.source for f in fewer.feeds} == {"search for tokenov-marat"}


@pytest.mark.parametrize(
    ("feed", "problem"),
    [
        ({"search": {"url": "https://s.example.org/rss"}}, "feeds[0].search.url: needs {query}"),
        ({"search": {"url": "ftp://s.example.org/{query}"}}, "is not an http(s) URL"),
        ({"search": {"url": "https://s.example.org/{query}", "evry": "1h"}}, "unknown key"),
        ({"search": {"url": "https://s.example.org/{query}"}, "interval": "1h"}, "search.every"),
        (
            {"search": {"url": "https://s.example.org/{query}"}, "url": "https://a.org/"},
            "exactly one of url",
        ),
        ({"search": "https://s.example.org/{query}"}, "expected a mapping"),
    ],
    ids=["no-placeholder", "not-http", "unknown-key", "interval", "two-kinds", "not-mapping"],
)
def test_a_broken_search_feed_is_a_problem_with_its_location(feed: Any, problem: str) -> None:
    found, problems = parse_watchlist({"people": PEOPLE, "feeds": [feed]}, environ={})
    assert found is None
    assert any(problem in str(p) for p in problems), problems


def test_the_same_url_is_polled_once_whoever_it_comes_from() -> None:
    url = "https://s.example.org/?q={name}"
    twins = [*PEOPLE, {"id": "marat-tokenov-2", "name": "Marat Tokenov"}]
    found, _ = parse_watchlist({"people": twins, "feeds": [{"search": {"url": url}}]}, environ={})
    assert found is not None
    assert len(found.feeds) == 3
    assert isinstance(found.people[0], Person)
