"""A page's advertised feeds, as `<link rel="alternate">` elements name them."""

from __future__ import annotations

from monitor.adapters.feeds.discover import MAX_SCAN_BYTES, advertised_feeds

PAGE = b"""<!DOCTYPE html>
<html><head>
  <title>The Courier</title>
  <link rel="stylesheet" type="text/css" href="/style.css">
  <link rel="alternate" hreflang="kk" href="/kk/">
  <link rel="Alternate" type="application/rss+xml" title="All news" href="/rss/all">
  <link rel="alternate" type="application/atom+xml" href="https://feeds.example.net/atom"/>
  <link rel="alternate" type="application/feed+json" href="feed.json">
  <link rel="alternate" type="application/rss+xml" href="/rss/all">
  <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
  <link rel="alternate" type="application/rss+xml">
</head><body><p>Today's news.</p></body></html>"""


def test_a_page_names_its_feeds_in_order_resolved_and_each_once() -> None:
    assert advertised_feeds(PAGE, "https://courier.example.org/news/today") == [
        "https://courier.example.org/rss/all",
        "https://feeds.example.net/atom",
        "https://courier.example.org/news/feed.json",
    ]


def test_a_base_element_sets_what_relative_links_resolve_against() -> None:
    page = (
        b'<head><base href="https://cdn.example.org/site/"><link rel="alternate" '
        b'type="application/rss+xml" href="rss.xml"></head>'
    )
    assert advertised_feeds(page, "https://example.org/") == [
        "https://cdn.example.org/site/rss.xml"
    ]


def test_a_page_without_feed_links_or_not_html_advertises_nothing() -> None:
    assert advertised_feeds(b"<html><head><title>x</title></head></html>", "https://e.org/") == []
    assert advertised_feeds(b"\x00\xff<<<>>>&&&", "https://e.org/") == []


def test_only_the_head_end_of_a_huge_page_is_read() -> None:
    link = b'<link rel="alternate" type="application/rss+xml" href="/late.rss">'
    page = b"<html><body>" + b"x" * MAX_SCAN_BYTES + link
    assert advertised_feeds(page, "https://e.org/") == []
