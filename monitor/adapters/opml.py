"""OPML 2.0 subscription lists, in and out, as feed readers (Miniflux, Feedly, FreshRSS...)
export and import them.

A feed is an ``<outline>`` with an ``xmlUrl``; readers nest feeds in category outlines::

    <opml version="2.0"><head><title>Subscriptions</title></head><body>
      <outline text="Central Asia">
        <outline type="rss" text="Courier" title="Courier" xmlUrl="https://e.org/rss"/>
      </outline>
    </body></opml>

``read_opml`` returns every http(s) feed in document order, each once, with its title
and the category it sits in; a document that declares a DOCTYPE or entities is refused
(an entity-expansion attack costs nothing then). ``write_opml`` writes one flat body.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime

from monitor.errors import ConfigError

MAX_BYTES = 10 * 1024 * 1024
DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)\b", re.I)


@dataclass(frozen=True)
class OutlineFeed:
    url: str
    title: str | None = None
    category: str | None = None


@dataclass(frozen=True)
class OpmlList:
    feeds: tuple[OutlineFeed, ...]
    skipped: tuple[str, ...] = ()  # xmlUrl values that are not http(s) addresses


def read_opml(data: bytes, source: str) -> OpmlList:
    """The feeds of an OPML document; raises ConfigError naming ``source`` otherwise."""
    if len(data) > MAX_BYTES:
        raise ConfigError(f"{source}: larger than {MAX_BYTES // 1024 // 1024} MiB")
    if DECLARATION.search(data):
        raise ConfigError(f"{source}: refused: the document declares a DOCTYPE or entities")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        raise ConfigError(f"{source}: not OPML: {e}") from e
    body = root.find("body") if root.tag == "opml" else None
    if body is None:
        raise ConfigError(f"{source}: not OPML: no <opml> element with a <body>")
    feeds: dict[str, OutlineFeed] = {}
    skipped: list[str] = []
    stack: list[tuple[ET.Element, str | None]] = [(child, None) for child in reversed(body)]
    while stack:
        element, category = stack.pop()
        if element.tag != "outline":
            continue
        attributes = {name.lower(): value.strip() for name, value in element.attrib.items()}
        label = attributes.get("title") or attributes.get("text") or None
        url = attributes.get("xmlurl")
        if url and not re.match(r"^https?://[^/\s]+", url):
            skipped.append(url)
        elif url:
            feeds.setdefault(url, OutlineFeed(url, label, category))
        stack.extend((child, label if not url else category) for child in reversed(element))
    return OpmlList(tuple(feeds.values()), tuple(skipped))


def write_opml(feeds: Sequence[OutlineFeed], title: str, now: datetime) -> bytes:
    """An OPML 2.0 document listing ``feeds``, UTF-8."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = format_datetime(now)
    body = ET.SubElement(root, "body")
    for feed in feeds:
        label = feed.title or feed.url
        ET.SubElement(body, "outline", type="rss", text=label, title=label, xmlUrl=feed.url)
    ET.indent(root)
    document: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return document + b"\n"
