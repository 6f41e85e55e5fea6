"""Turn downloaded bytes into plain-text entries, or refuse them with a reason.

Hostile XML is screened before feedparser sees it: a document that declares
entities (entity-expansion bombs, XXE) is refused, and a DOCTYPE without
entities is removed, so nothing is expanded, read or fetched. The screen reads
the text feedparser will read: a document in an encoding that can spell markup
in other bytes (UTF-7, UTF-16, EBCDIC...) is decoded first (``charsets``). feedparser then
runs with HTML sanitising off (the monitor keeps plain text, not markup).
"""

from __future__ import annotations

import calendar
import codecs
import re
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import feedparser

from monitor.adapters.feeds.charsets import as_ascii_compatible
from monitor.adapters.feeds.fast_parse import MAX_ENTRIES, YEARS, parse_simple
from monitor.adapters.feeds.html_text import html_to_text
from monitor.adapters.feeds.json_feed import looks_like_json_feed, parse_json_feed
from monitor.adapters.feeds.parser_pool import ParserPool
from monitor.core.languages import language_code
from monitor.core.types import ParsedEntry, ParsedFeed
from monitor.errors import ParseError

MAX_BYTES = 10 * 1024 * 1024
PROLOG_ITEM = re.compile(rb"\s*(?:<\?.*?\?>|<!--.*?-->)", re.S)
DOCTYPE = re.compile(rb"<!DOCTYPE\b", re.I)
ENTITY = re.compile(rb"<!ENTITY\b", re.I)
CDATA = re.compile(rb"<!\[CDATA\[.*?\]\]>", re.S)
HTML_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!DOCTYPE\s+html\b|html\b)", re.I | re.S)
HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
XML_ENCODING = re.compile(rb"""\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']""", re.I)


def parse_feed(
    content: bytes,
    url: str,
    content_type: str | None = None,
    *,
    max_bytes: int = MAX_BYTES,
    fast: bool = True,
) -> ParsedFeed:
    """The feed's entries in plain text; raises ParseError (reason not_a_feed) otherwise.

    A JSON Feed (by its content type, or sniffed) is read by ``json_feed``.
    Plain well-formed RSS 2.0 and Atom take the fast path (``fast_parse``), which gives
    what feedparser would; everything else, and everything it declines, feedparser reads.
    Both keep the first MAX_ENTRIES entries and count the rest in ``dropped_entries``.
    """
    if len(content) > max_bytes:
        raise ParseError(url, f"refused: larger than {max_bytes / 1024 / 1024:g} MiB")
    if looks_like_json_feed(content, content_type):
        return parse_json_feed(content, url)
    try:
        data, content_type = as_ascii_compatible(content, content_type)
    except Exception as e:  # feedparser's decoding, run early: its failures cost one feed
        raise ParseError(url, f"unreadable: {type(e).__name__}: {describe(e)}") from e
    data = defuse(data, url)
    if HTML_START.match(data):
        raise ParseError(url, "not a feed: this is an HTML page")
    if fast and charset_agrees(content_type, data) and (simple := parse_simple(data)):
        return simple
    try:
        result = feedparser.parse(
            data,
            sanitize_html=False,
            resolve_relative_uris=False,
            response_headers={"content-type": content_type} if content_type else None,
        )
    except Exception as e:  # feedparser promises not to raise; a bug must still cost one feed
        raise ParseError(url, f"unreadable: {type(e).__name__}: {e}") from e
    entries = result.get("entries") or []
    if not entries and (result.get("bozo") or not result.get("version")):
        problem = result.get("bozo_exception")
        detail = f": {describe(problem)}" if problem else ": no RSS or Atom content"
        raise ParseError(url, f"not a feed{detail}")
    feed = result.get("feed") or {}
    return ParsedFeed(
        title=html_to_text(str(feed.get("title") or "")),
        entries=tuple(e for e in map(to_entry, entries[:MAX_ENTRIES]) if e is not None),
        ttl_minutes=to_ttl(feed.get("ttl")),
        dropped_entries=max(len(entries) - MAX_ENTRIES, 0),
        lang=language_code(str(feed.get("language") or "")),
    )


def charset_agrees(content_type: str | None, data: bytes) -> bool:
    """Whether the HTTP charset, if any, is the document's own encoding: feedparser lets the
    header win (RFC 3023), the fast path reads only what the document declares."""
    header = HEADER_CHARSET.search(content_type or "")
    if header is None:
        return True
    declared = XML_ENCODING.match(data)
    own = declared.group(1).decode("ascii", "replace") if declared else "utf-8"
    return codec_name(header.group(1)) == codec_name(own)


def codec_name(label: str) -> str:
    try:
        return codecs.lookup(label.strip()).name
    except LookupError:
        return f"unknown:{label}"


def start_parser_pool(workers: int) -> ParserPool:
    """Worker processes for ``parse_feed``, so parsing runs beside the event loop and the
    database work instead of sharing their interpreter lock; a worker that dies costs the
    tasks it had, and the pool goes on with new processes (``ParserPool``)."""
    return ParserPool(workers)


def defuse(data: bytes, url: str) -> bytes:
    """Refuse entity declarations anywhere (outside CDATA); remove a plain DOCTYPE."""
    if ENTITY.search(CDATA.sub(b"", data)):
        raise ParseError(
            url,
            "refused: the document declares XML entities "
            "(a possible entity-expansion or external-entity attack)",
        )
    position = 0
    while item := PROLOG_ITEM.match(data, position):
        if item.end() == position:
            break
        position = item.end()
    doctype = DOCTYPE.match(data, position + len(data[position:]) - len(data[position:].lstrip()))
    if doctype is None:
        return data
    end = doctype_end(data, doctype.start())
    if end is None:
        raise ParseError(url, "not a feed: a DOCTYPE that never ends")
    return data[: doctype.start()] + data[end:]


def doctype_end(data: bytes, start: int) -> int | None:
    """The index just past the DOCTYPE at ``start``, skipping quoted strings and [...]."""
    depth, quote = 0, 0
    for i in range(start + 2, len(data)):
        byte = data[i]
        if quote:
            quote = 0 if byte == quote else quote
        elif byte in (0x22, 0x27):  # " '
            quote = byte
        elif byte == 0x5B:  # [
            depth += 1
        elif byte == 0x5D:  # ]
            depth -= 1
        elif byte == 0x3E and depth <= 0:  # >
            return i + 1
    return None


def to_entry(entry: Any) -> ParsedEntry | None:
    """One feed entry in plain text; None when it has neither title nor text, or is broken."""
    try:
        title = html_to_text(str(entry.get("title") or ""))
        bodies = [str(c.get("value") or "") for c in entry.get("content") or []]
        bodies.append(str(entry.get("summary") or ""))
        text = html_to_text(max(bodies, key=len))
        if not title and not text:
            return None
        link = str(entry.get("link") or "").strip()
        url = link if link.lower().startswith(("http://", "https://")) else None
        guid = str(entry.get("id") or "").strip() or link or None
        plain = dict(entry)  # no FeedParserDict key mapping (deprecated fallbacks)
        published = to_datetime(plain.get("published_parsed") or plain.get("updated_parsed"))
        if published is None:
            published = parse_date(plain.get("published") or plain.get("updated"))
        return ParsedEntry(guid=guid, url=url, title=title, text=text, published=published)
    except (TypeError, ValueError, AttributeError, KeyError, OverflowError):
        return None  # a broken entry is skipped, not the feed


def to_datetime(parsed: time.struct_time | None) -> datetime | None:
    if not parsed:
        return None
    try:
        return in_range(datetime.fromtimestamp(calendar.timegm(parsed), UTC))
    except (OverflowError, ValueError, OSError, TypeError):
        return None


def parse_date(raw: object) -> datetime | None:
    """A date feedparser could not read: RFC 822 first, then ISO 8601; None when it cannot
    be read or lies out of range (an unreadable date costs that entry its date, no more)."""
    if not isinstance(raw, str) or not raw.strip():
        return None
    try:
        parsed = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        try:
            parsed = datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    try:
        return in_range(
            parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
        )
    except (OverflowError, ValueError):
        return None  # e.g. 31 Dec 9999 at -23:59, which is past the last day in UTC


def in_range(published: datetime) -> datetime | None:
    return published if published.year in YEARS else None


def to_ttl(raw: object) -> int | None:
    text = str(raw or "").strip()
    return int(text) if text.isdigit() and 0 < int(text) < 100_000 else None


def describe(problem: object) -> str:
    text = " ".join(str(problem).split())
    return (text[:200] + "…") if len(text) > 200 else text or type(problem).__name__
