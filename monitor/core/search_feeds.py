"""Search feeds: one feed per watchlisted person from a news-search URL template.

    feeds:
      - search: {url: "https://news.example.org/rss?q={query}", every: 1h, tags: [kz]}

expands, for each person (with one of ``tags``, when given), into the template with
``{query}`` replaced by the person's name and aliases, each in double quotes, joined by
`` OR `` and URL-encoded, and ``{name}`` by the name alone, URL-encoded:

    Aidar Nurlanov, alias Айдар Нурланов  →
    q=%22Aidar%20Nurlanov%22%20OR%20%22%D0%90%D0%B9...%22

Each expanded feed names its source (``search for nurlanov-aidar``): ``monitor feeds``
shows it. The watchlist is the whole truth: a person added gets their feed at the next
reload, a person removed loses it (the feed becomes inactive like any feed no longer
listed).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from monitor.core.types import FeedConfig, FullTextMode, Person

PLACEHOLDERS = ("{query}", "{name}")
DEFAULT_SEARCH_INTERVAL = 3600


@dataclass(frozen=True)
class SearchTemplate:
    url: str  # with {query} and/or {name}
    interval_seconds: int = DEFAULT_SEARCH_INTERVAL
    tags: tuple[str, ...] = ()  # only people with one of these; () for everyone
    full_text: FullTextMode = FullTextMode.AUTO


def search_query(person: Person) -> str:
    """``"Aidar Nurlanov" OR "Айдар Нурланов"``: each spelling quoted (double quotes in a
    name dropped, so a spelling stays one phrase), each once."""
    cleaned = (" ".join(s.replace('"', " ").split()) for s in (person.name, *person.aliases))
    spellings = dict.fromkeys(cleaned)
    return " OR ".join(f'"{spelling}"' for spelling in spellings if spelling)


def search_url(template: SearchTemplate, person: Person) -> str:
    return template.url.replace("{query}", quote(search_query(person), safe="")).replace(
        "{name}", quote(person.name, safe="")
    )


def expand_searches(
    templates: Sequence[SearchTemplate], people: Iterable[Person], listed: Iterable[str] = ()
) -> list[FeedConfig]:
    """One feed per (template, person), in template then people order; a URL already
    ``listed`` or expanded before is not repeated."""
    seen = set(listed)
    people = list(people)
    feeds = []
    for template in templates:
        for person in people:
            if template.tags and not set(template.tags) & set(person.tags):
                continue
            url = search_url(template, person)
            if url in seen:
                continue
            seen.add(url)
            source = f"search for {person.id}"
            feeds.append(FeedConfig(url, template.interval_seconds, source, template.full_text))
    return feeds
