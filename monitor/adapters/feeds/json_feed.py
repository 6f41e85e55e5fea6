"""JSON Feed (versions 1 and 1.1, https://jsonfeed.org) into plain-text entries.

A JSON Feed is an object whose ``version`` names the format and whose ``items`` are the
entries: ``{"version": "https://jsonfeed.org/version/1.1", "title": "...", "items":
[{"id": "1", "url": "...", "title": "...", "content_html": "...", "date_published":
"2026-03-01T10:00:00Z"}]}``. An item gives the entry as parse.to_entry does for RSS:
the longest of its bodies (``content_html``, ``content_text``, ``summary``) as text,
its ``id`` (else its URL) as guid, ``date_published`` (else ``date_modified``) as date.

Hostile input stays one feed's failure: ``json`` refuses numbers of more than 4,300
digits (ValueError) and deep nesting (RecursionError), and both become ParseError.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from monitor.adapters.feeds.fast_parse import MAX_ENTRIES, YEARS
from monitor.adapters.feeds.html_text import html_to_text
from monitor.core.types import ParsedEntry, ParsedFeed
from monitor.errors import ParseError

VERSION_PREFIX = "https://jsonfeed.org/version/"
JSON_TYPES = ("application/feed+json", "application/json")
# the first bytes of a JSON object, after an optional UTF-8 byte-order mark and spaces
JSON_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*\{")
MARKUP_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*<")  # XML mislabelled as JSON


def looks_like_json_feed(content: bytes, content_type: str | None) -> bool:
    """Whether to read ``content`` as a JSON Feed: its content type says JSON, or it
    starts like a JSON object (servers label feeds text/plain or octet-stream too); a
    document that starts like markup is XML, whatever its label."""
    if JSON_START.match(content[:64]):
        return True
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    return media_type in JSON_TYPES and not MARKUP_START.match(content[:64])


def parse_json_feed(content: bytes, url: str) -> ParsedFeed:
    """The feed's entries in plain text; raises ParseError (not_a_feed) otherwise."""
    try:
        document = json.loads(content)  # detects UTF-8 (with or without BOM), -16, -32
    except (ValueError, RecursionError) as e:  # JSONDecodeError and UnicodeDecodeError too
        raise ParseError(url, f"not a feed: invalid JSON: {short(e)}") from e
    if not isinstance(document, dict):
        raise ParseError(url, "not a feed: JSON that is not a JSON Feed object")
    version = document.get("version")
    if not isinstance(version, str) or not version.startswith(VERSION_PREFIX):
        raise ParseError(url, "not a feed: JSON without a JSON Feed version")
    items = document.get("items")
    if not isinstance(items, list):
        raise ParseError(url, "not a feed: a JSON Feed without a list of items")
    entries = (to_entry(item) for item in items[:MAX_ENTRIES])
    return ParsedFeed(
        title=html_to_text(text_field(document, "title")),
        entries=tuple(e for e in entries if e is not None),
        dropped_entries=max(len(items) - MAX_ENTRIES, 0),
    )


def to_entry(item: object) -> ParsedEntry | None:
    """One item as an entry; None when it has neither title nor text, or is not an object."""
    if not isinstance(item, dict):
        return None
    title = html_to_text(text_field(item, "title"))
    bodies = [text_field(item, key) for key in ("content_html", "content_text", "summary")]
    text = html_to_text(max(bodies, key=len))
    if not title and not text:
        return None
    link = text_field(item, "url") or text_field(item, "external_url")
    url = link if link.lower().startswith(("http://", "https://")) else None
    raw_id = item.get("id")
    guid = str(raw_id).strip() if isinstance(raw_id, str | int) else ""
    published = rfc3339(text_field(item, "date_published") or text_field(item, "date_modified"))
    return ParsedEntry(
        guid=guid or link or None, url=url, title=title, text=text, published=published
    )


def text_field(mapping: dict[str, Any], key: str) -> str:
    value = mapping.get(key)
    return value.strip() if isinstance(value, str) else ""


def rfc3339(value: str) -> datetime | None:
    """A JSON Feed date (RFC 3339) in UTC; None when unreadable, zoneless read as UTC."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        parsed = parsed.astimezone(UTC).replace(microsecond=0)
    except (ValueError, OverflowError):
        return None
    return parsed if parsed.year in YEARS else None


def short(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text[:200]
