"""JSON Feed 1 and 1.1 documents become entries like RSS and Atom ones, by their content
type or by their first bytes; broken or hostile JSON is refused with a reason."""

from __future__ import annotations

import codecs
import json
from datetime import UTC, datetime

import pytest

from monitor.adapters.feeds.fast_parse import MAX_ENTRIES
from monitor.adapters.feeds.parse import parse_feed
from monitor.errors import FetchReason, ParseError

FEED = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Steppe <b>Courier</b>",
    "home_page_url": "https://courier.example.org/",
    "items": [
        {
            "id": "c-101",
            "url": "https://courier.example.org/101",
            "title": "Court in Taraz hears the appeal",
            "content_html": "<p>The appeal of <em>Aidar Nurlanov</em> was heard on Monday.</p>",
            "summary": "An appeal was heard.",
            "date_published": "2026-03-02T09:30:00+05:00",
        },
        {
            "id": 102,
            "external_url": "https://elsewhere.example.net/story",
            "content_text": "A short note without a title, as microblogs write them.",
            "date_modified": "2026-03-03T08:00:00Z",
        },
        {"id": "c-103", "url": "https://courier.example.org/103"},  # nothing to read
        "not an item",
    ],
}


def test_a_json_feed_becomes_plain_text_entries_with_dates_and_links() -> None:
    feed = parse_feed(json.dumps(FEED).encode(), "feed.json", "application/feed+json")
    assert feed.title == "Steppe Courier"
    first, second = feed.entries
    assert (first.guid, first.url, first.title) == (
        "c-101",
        "https://courier.example.org/101",
        "Court in Taraz hears the appeal",
    )
    assert first.text == "The appeal of Aidar Nurlanov was heard on Monday."
    assert first.published == datetime(2026, 3, 2, 4, 30, tzinfo=UTC)
    assert (second.guid, second.url, second.title) == (
        "102",
        "https://elsewhere.example.net/story",
        "",
    )
    assert second.text.startswith("A short note") and second.published == datetime(
        2026, 3, 3, 8, 0, tzinfo=UTC
    )


@pytest.mark.parametrize(
    "content_type", [None, "text/plain", "application/octet-stream", "application/json"]
)
def test_a_json_feed_is_recognised_by_its_first_bytes_whatever_its_label(
    content_type: str | None,
) -> None:
    content = codecs.BOM_UTF8 + b"\n  " + json.dumps(FEED).encode()
    assert len(parse_feed(content, "feed", content_type).entries) == 2


def test_xml_labelled_as_json_is_still_read_as_xml() -> None:
    rss = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        b"<item><title>An item</title><guid>g</guid></item></channel></rss>"
    )
    assert parse_feed(rss, "feed", "application/json").entries[0].title == "An item"


@pytest.mark.parametrize(
    ("document", "why"),
    [
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": [', "invalid JSON"),
        (b'{"name": "a JSON API answer, not a feed"}', "JSON Feed version"),
        (b'{"version": "https://jsonfeed.org/version/1", "items": {}}', "list of items"),
        (b'["https://jsonfeed.org/version/1"]', "JSON Feed object"),
        (b"[" * 100_000, "invalid JSON"),
        (b'{"version": "https://jsonfeed.org/version/1", "n": ' + b"9" * 5000 + b"}", "JSON"),
        (b'{"version": "https://jsonfeed.org/version/1", "items": [' + b"[" * 100_000, "JSON"),
    ],
    ids=[
        "truncated",
        "not-a-feed",
        "items-not-a-list",
        "an-array",
        "deep-array",
        "huge-number",
        "deep-items",
    ],
)
def test_broken_or_hostile_json_is_refused_as_not_a_feed(document: bytes, why: str) -> None:
    with pytest.raises(ParseError, match=why) as refused:
        parse_feed(document, "feed.json", "application/feed+json")
    assert refused.value.reason == FetchReason.NOT_A_FEED


def test_an_unreadable_or_out_of_range_date_costs_the_entry_its_date_only() -> None:
    items = [
        {"id": "1", "title": "One", "date_published": "yesterday"},
        {"id": "2", "title": "Two", "date_published": "0001-01-01T00:00:00Z"},
        {"id": "3", "title": "Three", "date_published": "2026-03-02T10:00:00"},
    ]
    document = {"version": "https://jsonfeed.org/version/1.1", "items": items}
    dates = [e.published for e in parse_feed(json.dumps(document).encode(), "f").entries]
    assert dates == [None, None, datetime(2026, 3, 2, 10, 0, tzinfo=UTC)]


def test_a_json_feed_keeps_the_first_thousand_items_and_counts_the_rest() -> None:
    items = [{"id": str(i), "title": f"Item {i}"} for i in range(MAX_ENTRIES + 5)]
    document = {"version": "https://jsonfeed.org/version/1", "items": items}
    feed = parse_feed(json.dumps(document).encode(), "f")
    assert (len(feed.entries), feed.dropped_entries) == (MAX_ENTRIES, 5)
