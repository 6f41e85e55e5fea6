"""OPML subscription lists in the shapes feed readers export them, and back out."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.adapters.opml import OutlineFeed, read_opml, write_opml
from monitor.errors import ConfigError

# the shape Miniflux exports: categories as outlines, feeds inside with title and text
MINIFLUX = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
    <head>
        <title>Miniflux</title>
        <dateCreated>Mon, 02 Mar 2026 10:00:00 UTC</dateCreated>
    </head>
    <body>
        <outline text="Central Asia">
            <outline title="Steppe Courier" text="Steppe Courier"
                xmlUrl="https://courier.example.org/feed"
                htmlUrl="https://courier.example.org/"></outline>
            <outline title="Valley News" text="Valley News"
                xmlUrl="https://valley.example.net/rss.xml"
                htmlUrl="https://valley.example.net/"></outline>
        </outline>
        <outline text="Rights groups">
            <outline title="Monitor Watch" text="Monitor Watch"
                xmlUrl="https://watch.example.com/atom"
                htmlUrl="https://watch.example.com/"></outline>
        </outline>
    </body>
</opml>
"""

# the shape Feedly exports: OPML 1.0, type="rss", the same feed in two categories
FEEDLY = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>Ana subscriptions in feedly Cloud</title></head>
  <body>
    <outline text="News" title="News">
      <outline type="rss" text="Steppe Courier" title="Steppe Courier"
                xmlUrl="https://courier.example.org/feed"
                htmlUrl="https://courier.example.org"/>
    </outline>
    <outline text="Must read" title="Must read">
      <outline type="rss" text="Steppe Courier" title="Steppe Courier"
                xmlUrl="https://courier.example.org/feed"
                htmlUrl="https://courier.example.org"/>
      <outline type="rss" text="Loose feed" xmlurl="http://loose.example.org/index.xml"/>
    </outline>
    <outline type="rss" text="Mail list"
                xmlUrl="mailto:list@example.org"/>
  </body>
</opml>
"""


def test_a_miniflux_export_gives_each_feed_with_its_title_and_category() -> None:
    listing = read_opml(MINIFLUX, "miniflux.opml")
    assert listing.feeds == (
        OutlineFeed("https://courier.example.org/feed", "Steppe Courier", "Central Asia"),
        OutlineFeed("https://valley.example.net/rss.xml", "Valley News", "Central Asia"),
        OutlineFeed("https://watch.example.com/atom", "Monitor Watch", "Rights groups"),
    )
    assert listing.skipped == ()


def test_a_feedly_export_lists_a_feed_once_and_skips_what_is_not_http() -> None:
    listing = read_opml(FEEDLY, "feedly.opml")
    assert [f.url for f in listing.feeds] == [
        "https://courier.example.org/feed",
        "http://loose.example.org/index.xml",
    ]
    assert listing.skipped == ("mailto:list@example.org",)


@pytest.mark.parametrize(
    ("document", "why"),
    [
        (b'<!DOCTYPE opml [<!ENTITY a "aaaa">]><opml><body/></opml>', "DOCTYPE"),
        (b"<opml><body><outline", "not OPML"),
        (b"<rss><channel/></rss>", "not OPML"),
    ],
    ids=["entities", "truncated", "a-feed-not-a-list"],
)
def test_what_is_not_a_usable_opml_file_is_refused_with_its_name(document: bytes, why: str) -> None:
    with pytest.raises(ConfigError, match=f"list.opml: .*{why}"):
        read_opml(document, "list.opml")


def test_an_export_reads_back_as_the_same_feeds() -> None:
    feeds = [
        OutlineFeed("https://courier.example.org/feed", "Courier & Co"),
        OutlineFeed("https://valley.example.net/rss.xml"),
    ]
    document = write_opml(feeds, "case monitor feeds", datetime(2026, 3, 2, tzinfo=UTC))
    assert document.startswith(b"<?xml") and b'version="2.0"' in document
    back = read_opml(document, "export.opml").feeds
    assert [(f.url, f.title) for f in back] == [
        ("https://courier.example.org/feed", "Courier & Co"),
        ("https://valley.example.net/rss.xml", "https://valley.example.net/rss.xml"),
    ]
