"""Parsing feed documents into plain-text entries, and refusing what is not a feed."""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.adapters.feeds.fast_parse import MAX_ENTRIES
from monitor.adapters.feeds.html_text import html_to_text, normalise_lines
from monitor.adapters.feeds.parse import parse_feed
from monitor.errors import FetchReason, ParseError
from tests.http_feeds import rss

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Court watch</title>
  <entry>
    <id>urn:example:1</id>
    <title>Bilash &amp; the court</title>
    <link href="https://news.example.org/bilash"/>
    <updated>2026-03-02T09:00:00Z</updated>
    <content type="html">&lt;p&gt;Serikzhan Bilash appeared in court.&lt;/p&gt;
      &lt;p&gt;The hearing was adjourned.&lt;/p&gt;</content>
  </entry>
  <entry><id>urn:example:2</id><title></title><content type="text"></content></entry>
</feed>"""

RSS_091 = b"""<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old style</title><link>http://example.org/</link>
<description>d</description><ttl>45</ttl>
<item><title>Kozlov released</title><link>http://example.org/k</link>
<description>Vladimir Kozlov was released.</description></item></channel></rss>"""


def test_an_atom_entry_becomes_plain_text_with_its_date_and_link() -> None:
    feed = parse_feed(ATOM, "https://news.example.org/atom")
    [entry] = feed.entries  # the empty entry is skipped
    assert feed.title == "Court watch"
    assert entry.title == "Bilash & the court"
    assert entry.text == "Serikzhan Bilash appeared in court.\nThe hearing was adjourned."
    assert (entry.guid, entry.url) == ("urn:example:1", "https://news.example.org/bilash")
    assert entry.published == datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_a_plain_rss_091_doctype_is_removed_and_the_feed_read() -> None:
    feed = parse_feed(RSS_091, "http://example.org/rss")
    assert [e.title for e in feed.entries] == ["Kozlov released"]
    assert feed.ttl_minutes == 45
    assert feed.entries[0].guid == "http://example.org/k"  # no guid: the link stands in


@pytest.mark.parametrize(
    "document",
    [
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss><channel>&a;</channel></rss>',
        b'<?xml version="1.0"?><!-- first --><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<rss><channel><title>&x;</title></channel></rss>",
        b'<!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]><rss/>',
        '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE r [<!ENTITY a "b">]><rss/>'.encode(
            "utf-16"
        ),
    ],
    ids=["internal-entity", "external-entity-after-a-comment", "parameter-entity", "utf-16"],
)
def test_it_refuses_a_document_that_declares_entities(document: bytes) -> None:
    with pytest.raises(ParseError) as refused:
        parse_feed(document, "https://evil.example.org/feed")
    assert refused.value.reason == FetchReason.NOT_A_FEED
    assert "entities" in refused.value.message


def test_entity_text_inside_cdata_is_content_not_a_declaration() -> None:
    document = RSS_091.replace(
        b"Vladimir Kozlov was released.", b"<![CDATA[A post about <!ENTITY tricks.]]>"
    )
    [entry] = parse_feed(document, "http://example.org/rss").entries
    assert "<!ENTITY tricks" in entry.text


@pytest.mark.parametrize(
    "document",
    [
        b"<!DOCTYPE html><html><head><title>Home</title></head><body>Hi</body></html>",
        b"\x00\x01\x02garbage\xff\xfe",
        b"",
        b'{"items": [], "note": "JSON without a JSON Feed version"}',
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>broken',
    ],
    ids=["html-page", "garbage", "empty", "json", "truncated"],
)
def test_what_is_not_a_feed_is_refused_with_a_reason(document: bytes) -> None:
    with pytest.raises(ParseError) as refused:
        parse_feed(document, "https://example.org/x")
    assert refused.value.message.startswith("not a feed")


def test_a_feed_with_an_encoding_quirk_but_entries_is_kept() -> None:
    document = RSS_091.replace(b'<?xml version="1.0"?>', b'<?xml version="1.0" encoding="utf-8"?>')
    document = document.replace(b"released.", "released in Almaty \xe9t\xe9.".encode("latin-1"))
    assert len(parse_feed(document, "http://example.org/rss").entries) == 1


def test_an_oversized_document_is_refused_before_parsing() -> None:
    with pytest.raises(ParseError, match="larger than"):
        parse_feed(b"<rss>" + b" " * 2000 + b"</rss>", "u", max_bytes=1000)


def test_an_undated_entry_with_a_readable_raw_date_gets_it() -> None:
    document = RSS_091.replace(
        b"<description>Vladimir",
        b"<pubDate>2026-03-04T10:00:00+02:00</pubDate><description>Vladimir",
    )
    [entry] = parse_feed(document, "u").entries
    assert entry.published == datetime(2026, 3, 4, 8, 0, tzinfo=UTC)


def test_the_bundled_sample_feeds_parse() -> None:
    rss = parse_feed((EXAMPLES / "times-of-central-asia.rss").read_bytes(), "rss")
    atom = parse_feed((EXAMPLES / "the-diplomat.atom").read_bytes(), "atom")
    assert "Erimbetov" in rss.entries[0].text
    assert "Dzhakishev" in atom.entries[0].text
    assert "<p>" not in atom.entries[0].text


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>One</p><p>Two &amp; three</p>", "One\nTwo & three"),
        ("a < b and c > d", "a < b and c > d"),
        ("<script>alert(1)</script>Visible", "Visible"),
        ("Line<br/>break", "Line\nbreak"),
        ("<!-- hidden -->shown", "shown"),
        ("  spaced \t out\u00a0here ", "spaced out here"),
    ],
)
def test_html_becomes_the_text_a_reader_sees(markup: str, text: str) -> None:
    assert html_to_text(markup) == text


def test_lines_are_normalised_as_one_regex_per_line_would() -> None:
    """The fast path (no regex for single spaces) against the plain definition: every run
    of spaces and tabs (no-break and zero-width spaces too) one space, lines stripped
    (of every whitespace), empty lines dropped."""
    runs = re.compile(r"[ \t\f\v\u00a0\u200b]+")

    def plainly(text: str) -> str:
        lines = (runs.sub(" ", line).strip() for line in text.replace("\r", "\n").split("\n"))
        return "\n".join(line for line in lines if line)

    pieces = [
        " ",
        "  ",
        "\t",
        "\f",
        "\v",
        "\u00a0",
        "\u200b",
        "\n",
        "\r",
        "\r\n",
        "a",
        "bc",
        "\u2003",
        "\x85",
        "\u2028",
        "\x1c",
        "é",
    ]
    rnd = random.Random(7)
    texts = ["".join(rnd.choices(pieces, k=rnd.randint(0, 24))) for _ in range(20_000)]
    assert [normalise_lines(t) for t in texts] == [plainly(t) for t in texts]


def test_deeply_nested_markup_is_flattened_without_recursion() -> None:
    markup = "<div>" * 50_000 + "deep" + "</div>" * 50_000
    assert html_to_text(markup) == "deep"


def two_items(date_element: str) -> bytes:
    """An RSS feed whose first item carries ``date_element`` and whose second is well dated."""
    return (
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title>'
        f"<item><title>Kozlov moved</title>{date_element}</item>"
        "<item><title>Bilash heard</title><pubDate>Mon, 02 Mar 2026 09:00:00 +0000</pubDate>"
        "</item></channel></rss>"
    ).encode()


BAD_DATES = {
    "last-day-at-minus-23:59": "<pubDate>Fri, 31 Dec 9999 23:59:59 -2359</pubDate>",
    "a-twenty-digit-year": "<pubDate>Mon, 01 Jan 99999999999999999999 00:00:00 GMT</pubDate>",
    "iso-past-the-end": "<dc:date>9999-12-31T23:59:59-23:59</dc:date>",
    "iso-before-the-start": "<dc:date>0001-01-01T00:00:00+23:59</dc:date>",
    "a-huge-number": "<pubDate>99999999999999999999</pubDate>",
    "nonsense": "<pubDate>Mon, 32 Foo 2026 99:99:99 +9999</pubDate>",
}


@pytest.mark.parametrize("fast", [True, False], ids=["fast-path", "feedparser"])
@pytest.mark.parametrize("date_element", BAD_DATES.values(), ids=BAD_DATES.keys())
def test_an_unreadable_date_costs_its_entry_the_date_and_nothing_else(
    date_element: str, fast: bool
) -> None:
    feed = parse_feed(two_items(date_element), "https://news.example.org/rss", fast=fast)
    assert [(e.title, e.published) for e in feed.entries] == [
        ("Kozlov moved", None),
        ("Bilash heard", datetime(2026, 3, 2, 9, 0, tzinfo=UTC)),
    ]


def test_an_atom_date_past_the_last_day_is_no_date() -> None:
    document = ATOM.replace(b"2026-03-02T09:00:00Z", b"9999-12-31T23:59:59-23:59")
    [entry] = parse_feed(document, "https://news.example.org/atom").entries
    assert (entry.title, entry.published) == ("Bilash & the court", None)


def atom_of(count: int) -> bytes:
    entries = "".join(
        f"<entry><id>urn:e{i}</id><title>Item {i}</title><updated>2026-03-02T09:00:00Z</updated>"
        "</entry>"
        for i in range(count)
    )
    return f'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>{entries}</feed>'.encode()


@pytest.mark.parametrize("fast", [True, False], ids=["fast-path", "feedparser"])
@pytest.mark.parametrize(
    "document",
    [
        rss(*((f"g{i}", f"Item {i}", "text") for i in range(MAX_ENTRIES + 500))),
        atom_of(MAX_ENTRIES + 500),
    ],
    ids=["rss", "atom"],
)
def test_a_pass_keeps_the_first_thousand_entries_and_counts_the_rest(
    document: bytes, fast: bool
) -> None:
    feed = parse_feed(document, "https://news.example.org/huge", fast=fast)
    assert MAX_ENTRIES == 1000
    assert [e.title for e in feed.entries] == [f"Item {i}" for i in range(MAX_ENTRIES)]
    assert feed.dropped_entries == 500


def test_a_feed_within_the_cap_drops_nothing() -> None:
    assert parse_feed(RSS_091, "http://example.org/rss").dropped_entries == 0
