"""Atom feeds (RFC 4287) of events, for people who live in a feed reader:
``/feeds/events.atom`` (everyone), ``/feeds/people/ID.atom``, ``/feeds/tags/TAG.atom``.

A feed reader cannot log in, so a feed takes an API token in the URL (``?token=cm_…``)
or in ``Authorization: Bearer``; a browser session works too. The token is masked in
uvicorn's access log (``mask_tokens_in_access_log``), never echoed in the feed.

An entry is one event: newest detected first, at most ``MAX_ENTRIES``, current events
only (``?background=1`` adds background ones), none from a dismissed match. Its id is a
tag URI built from the event's id (``tag:case-monitor,2026:event/42``), so a reader
never sees an event twice. The XML is written with ElementTree, which escapes every
text and attribute; characters XML 1.0 forbids are dropped and secrets masked first.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import Annotated
from urllib.parse import quote
from xml.etree import ElementTree

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials

from monitor.adapters.db import accounts
from monitor.adapters.db.events_feed import (
    FeedEvent,
    FeedScope,
    feed_events,
    people_with_tag,
    person_name,
)
from monitor.app.output import safe
from monitor.app.web import auth
from monitor.app.web.access import Viewer, api_viewer, bearer, clock, database
from monitor.app.web.inputs import PersonId, ShortText
from monitor.core.redact import mask_parameters

router = APIRouter(prefix="/feeds", include_in_schema=False)
MAX_ENTRIES = 100
ATOM = "http://www.w3.org/2005/Atom"
MEDIA_TYPE = "application/atom+xml; charset=utf-8"
TAG_PREFIX = "tag:case-monitor,2026:"
# what XML 1.0 allows: tab, newline, carriage return, and no surrogates or U+FFFE/U+FFFF
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


# --- who may read -------------------------------------------------------------------------


def feed_viewer(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Viewer:
    """An API token in ``?token=`` or the Authorization header, or a browser session."""
    token = request.query_params.get("token")
    if token is None:
        return api_viewer(request, credentials)
    if len(token) <= 200:
        with database(request).transaction() as session:
            name = accounts.use_api_token(session, auth.token_hash(token), clock(request))
        if name is not None:
            return Viewer(f"token:{name}", None)
    raise HTTPException(
        401, "a valid API token is required", headers={"WWW-Authenticate": "Bearer"}
    )


FeedViewer = Annotated[Viewer, Depends(feed_viewer)]


class TokenMask(logging.Filter):
    """Masks secret query parameters (``token=``) in uvicorn's access log lines, whose
    arguments are (client, method, path with query, HTTP version, status)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            path, mark, query = args[2].partition("?")
            if mark:
                record.args = (*args[:2], path + mask_parameters(mark + query), *args[3:])
        return True


def mask_tokens_in_access_log() -> None:
    """Install ``TokenMask`` on uvicorn's access logger (once)."""
    logger = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, TokenMask) for f in logger.filters):
        logger.addFilter(TokenMask())


# --- the routes ---------------------------------------------------------------------------


@router.get("/events.atom")
def all_events(request: Request, viewer: FeedViewer) -> Response:
    scope = FeedScope(None, background=wants_background(request), limit=MAX_ENTRIES)
    return atom_response(request, "Events: everyone", "events", scope)


@router.get("/people/{person_id}.atom")
def person_events(request: Request, viewer: FeedViewer, person_id: PersonId) -> Response:
    with database(request).transaction() as session:
        name = person_name(session, person_id)
    if name is None:
        raise HTTPException(404, f"no person {person_id!r}")
    scope = FeedScope([person_id], background=wants_background(request), limit=MAX_ENTRIES)
    return atom_response(request, f"Events: {name}", f"people/{quote(person_id)}", scope)


@router.get("/tags/{tag}.atom")
def tag_events(request: Request, viewer: FeedViewer, tag: ShortText) -> Response:
    with database(request).transaction() as session:
        people = people_with_tag(session, tag)
    if not people:
        raise HTTPException(404, f"nobody in the watchlist has the tag {tag!r}")
    scope = FeedScope(people, background=wants_background(request), limit=MAX_ENTRIES)
    return atom_response(request, f"Events: tag {tag}", f"tags/{quote(tag)}", scope)


def wants_background(request: Request) -> bool:
    return request.query_params.get("background", "") in ("1", "true", "yes")


# --- the document -------------------------------------------------------------------------


def atom_response(request: Request, title: str, name: str, scope: FeedScope) -> Response:
    with database(request).transaction() as session:
        events = feed_events(session, scope)
    base = str(request.base_url).rstrip("/")
    document = atom_feed(base, title, name, events, clock(request))
    return Response(document, media_type=MEDIA_TYPE)


def atom_feed(base: str, title: str, name: str, events: list[FeedEvent], now: datetime) -> bytes:
    """The feed at ``{base}/feeds/{name}.atom``: its id, title, newest update, a self link
    (without any token), the generator as author, one entry per event."""
    feed = ElementTree.Element("feed", xmlns=ATOM)
    text(feed, "id", TAG_PREFIX + "feed/" + name)
    text(feed, "title", title)
    text(feed, "updated", rfc3339(events[0].detected_at if events else now))
    ElementTree.SubElement(feed, "link", rel="self", href=f"{base}/feeds/{name}.atom")
    ElementTree.SubElement(feed, "link", rel="alternate", type="text/html", href=base + "/")
    author = ElementTree.SubElement(feed, "author")
    text(author, "name", "case monitor")
    text(feed, "generator", "case monitor")
    for event in events:
        feed.append(atom_entry(base, event))
    body: bytes = ElementTree.tostring(feed, encoding="utf-8", xml_declaration=True)
    return body


def atom_entry(base: str, event: FeedEvent) -> ElementTree.Element:
    entry = ElementTree.Element("entry")
    text(entry, "id", f"{TAG_PREFIX}event/{event.id}")
    what = event.type.replace("_", " ") + ("" if event.current else " (background)")
    text(entry, "title", f"{event.person_name}: {what}")
    text(entry, "updated", rfc3339(event.detected_at))
    if event.published is not None:
        text(entry, "published", rfc3339(event.published))
    href = f"{base}/matches/{event.match_id}"
    ElementTree.SubElement(entry, "link", rel="alternate", type="text/html", href=href)
    if event.article_url and event.article_url.lower().startswith(("http://", "https://")):
        ElementTree.SubElement(entry, "link", rel="related", href=clean(event.article_url))
    ElementTree.SubElement(entry, "category", term=event.type)
    text(entry, "summary", summary(event)).set("type", "text")
    return entry


def summary(event: FeedEvent) -> str:
    """The evidence sentence, then the article's title, date and link."""
    when = f" ({event.event_date.isoformat()})" if event.event_date else ""
    source = event.article_title + (f" <{event.article_url}>" if event.article_url else "")
    return f"{event.evidence}{when}\n\nSource: {source}"


def text(parent: ElementTree.Element, tag: str, value: str) -> ElementTree.Element:
    child = ElementTree.SubElement(parent, tag)
    child.text = clean(value)
    return child


def clean(value: str) -> str:
    """Secrets masked, and the characters XML 1.0 cannot carry dropped."""
    return NOT_XML.sub("", safe(value))


def rfc3339(value: datetime) -> str:
    return value.isoformat(timespec="seconds").replace("+00:00", "Z")
