"""Find the feeds an HTML page advertises, for a watchlist that names a page, not a feed.

A page names its feeds in ``<link rel="alternate">`` elements of its head::

    <link rel="alternate" type="application/rss+xml" title="News" href="/rss">
    <link rel="alternate" type="application/feed+json" href="https://example.org/feed.json">

``advertised_feeds`` returns their addresses in page order, resolved against the page's
address (or its ``<base href>``), http(s) only, each once. The pipeline polls the first
one and records which it used (``monitor feeds`` shows it); the page's own address stays
the feed's name in the watchlist. Only the first MAX_SCAN_BYTES are read: the head comes
first, and a page's body can be megabytes.
"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/feed+json", "application/json"}
)
MAX_SCAN_BYTES = 512 * 1024
MAX_FEEDS = 20


class LinkFinder(HTMLParser):
    """Collects the feed links (and the base) of a page's markup."""

    def __init__(self, page_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base = page_url
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): (value or "").strip() for name, value in attrs}
        if tag == "base" and values.get("href"):
            self.base = urljoin(self.base, values["href"])
        elif tag == "link" and is_feed_link(values):
            address = urljoin(self.base, values["href"])
            if urlsplit(address).scheme in ("http", "https") and address not in self.found:
                self.found.append(address)

    handle_startendtag = handle_starttag


def is_feed_link(values: dict[str, str]) -> bool:
    relations = values.get("rel", "").lower().split()
    media_type = values.get("type", "").split(";", 1)[0].strip().lower()
    return "alternate" in relations and media_type in FEED_TYPES and bool(values.get("href"))


def advertised_feeds(page: bytes, page_url: str) -> list[str]:
    """The feed addresses the page advertises, in page order (at most MAX_FEEDS)."""
    finder = LinkFinder(page_url)
    try:
        finder.feed(page[:MAX_SCAN_BYTES].decode("utf-8", "replace"))
        finder.close()
    except (ValueError, AssertionError):  # markup HTMLParser gives up on: what was found stands
        pass
    return finder.found[:MAX_FEEDS]
