"""The fast path for plain RSS 2.0 and Atom gives exactly what feedparser gives, or
declines: on the whole shared corpus, and on the cases it is built to decline."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.adapters.feeds.charsets import as_ascii_compatible
from monitor.adapters.feeds.fast_parse import parse_simple
from monitor.adapters.feeds.parse import HTML_START, defuse, parse_feed
from monitor.errors import ParseError
from tests.adapters.test_corpus import documents
from tests.http_feeds import rss

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title>
<entry><id>urn:a1</id><title type="html">Kozlov &lt;b&gt;freed&lt;/b&gt;</title>
<link rel="alternate" href="https://news.example.org/a1"/><link rel="edit" href="/e/1"/>
<updated>2026-03-02T09:00:00.250Z</updated><summary>Vladimir Kozlov was freed.</summary>
</entry></feed>"""


def screened(content: bytes) -> bytes | None:
    """The document as parse_feed hands it to a parser, or None when it refuses it first."""
    try:
        data = defuse(as_ascii_compatible(content, None)[0], "u")
    except ParseError:
        return None
    return None if HTML_START.match(data) else data


@pytest.mark.slow(reason="parses every document of the shared feed corpus twice: 4 s of CPU")
def test_on_the_corpus_the_fast_path_gives_what_feedparser_gives(shared_dir: Path) -> None:
    taken, differ = 0, []
    for path in documents(shared_dir / "feed-corpus"):
        content = path.read_bytes()
        data = screened(content)
        fast = parse_simple(data) if data is not None else None
        if fast is None:
            continue
        taken += 1
        try:
            slow = parse_feed(content, "u", fast=False)
        except ParseError as e:
            differ.append(f"{path.name}: feedparser refuses it ({e})")
            continue
        if fast != slow:
            differ.append(path.name)
    assert differ == []
    assert taken > 400  # most well-formed documents of feedparser's suite, and real feeds


def test_plain_rss_and_atom_take_the_fast_path() -> None:
    feed = parse_simple(rss(("k1", "Kozlov walks free", "Vladimir Kozlov was freed.")))
    assert feed is not None and [e.guid for e in feed.entries] == ["k1"]
    atom = parse_simple(ATOM)
    assert atom is not None
    [entry] = atom.entries
    assert (entry.guid, entry.url, entry.title) == (
        "urn:a1",
        "https://news.example.org/a1",
        "Kozlov freed",
    )
    assert (
        entry.published is not None and entry.published.isoformat() == "2026-03-02T09:00:00+00:00"
    )
    assert atom == parse_feed(ATOM, "u", fast=False)


@pytest.mark.parametrize(
    "document",
    [
        b"<rss version='2.0'><channel><item><title>a</title>",  # not well-formed
        b"<rss version='2.0'><channel></channel></rss>",  # no items: feedparser says why
        b"<rss version='0.91'><channel><item><title>a</title></item></channel></rss>",
        b"<rss version='2.0'><channel xml:base='http://x/'><item><title>a</title></item>"
        b"</channel></rss>",
        b"<rss version='2.0'><channel><item><title>a</title><pubDate>sometime</pubDate>"
        b"</item></channel></rss>",
        b"<rss version='2.0'><channel><item><title>a</title><foo>b</foo></item></channel></rss>",
        b"<rss version='2.0'><channel><item><title>don\xc2\x92t</title></item></channel></rss>",
        b"<rss version='2.0'><channel><item><category>c<image><title>t</title></image>"
        b"</category></item></channel></rss>",
        b"<rss version='2.0' xmlns:media='http://search.yahoo.com/mrss/'><channel><item>"
        b"<title>a</title><media:content url='x'><media:description>d</media:description>"
        b"</media:content></item></channel></rss>",
        b"<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>a</title>"
        b"<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>b</div></content>"
        b"</entry></feed>",
        b"<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>a</title>"
        b"<updated>2026-03-02</updated></entry></feed>",
        b"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'/>",
        b"<rss version='2.0'><channel><item><title>a</title>"
        b"<pubDate>Sat, 01 Jan 0001 00:00:00 +2359</pubDate></item></channel></rss>",
        b"<rss version='2.0'><channel><item><title>a</title>"
        b"<pubDate>Fri, 31 Dec 9999 23:59:59 -2359</pubDate></item></channel></rss>",
    ],
    ids=[
        "broken-xml",
        "no-items",
        "rss-0.91",
        "xml-base",
        "unreadable-date",
        "unknown-element",
        "c1-control-characters",
        "nested-elements",
        "media-description",
        "xhtml-content",
        "a-bare-date",
        "rss-1.0",
        "a-year-0001",
        "the-last-day-at-minus-23:59",
    ],
)
def test_it_declines_what_feedparser_reads_its_own_way(document: bytes) -> None:
    assert parse_simple(document) is None


def test_a_charset_in_the_http_header_that_differs_from_the_documents_goes_to_feedparser() -> None:
    content = "<rss version='2.0'><channel><item><title>Café Kozlov</title></item></channel></rss>"
    data = content.encode("utf-8")
    for content_type in ("text/xml; charset=iso-8859-1", "application/rss+xml; charset=utf-8"):
        assert parse_feed(data, "u", content_type) == parse_feed(
            data, "u", content_type, fast=False
        )


@pytest.mark.parametrize(
    ("document", "lang"),
    [
        (
            b'<rss version="2.0"><channel><title>t</title><language>ru-RU</language>'
            b"<item><title>a</title></item></channel></rss>",
            "ru",
        ),
        (
            b'<rss version="2.0" xml:lang="kk"><channel><title>t</title>'
            b"<item><title>a</title></item></channel></rss>",
            "kk",
        ),
        (
            b'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="be"><title>t</title>'
            b"<entry><title>a</title><id>x</id></entry></feed>",
            "be",
        ),
        (
            b'<rss version="2.0"><channel><title>t</title>'
            b"<item><title>a</title></item></channel></rss>",
            None,
        ),
    ],
    ids=["rss-language", "rss-xml-lang", "atom-xml-lang", "none"],
)
def test_the_language_a_feed_declares_is_read_by_both_paths(
    document: bytes, lang: str | None
) -> None:
    fast = parse_simple(document)
    assert fast is not None and fast.lang == lang
    assert parse_feed(document, "u", fast=False).lang == lang
