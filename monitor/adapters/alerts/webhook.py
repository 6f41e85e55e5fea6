"""Webhooks: a signed HTTP POST of the versioned JSON payload (docs/webhooks.md).

Headers on every request:
  X-Monitor-Event       status_change, event, status.corrected, test, or digest
  X-Monitor-Delivery    the idempotency key, the same on every retry of one delivery
  X-Monitor-Timestamp   unix seconds when this attempt was signed
  X-Monitor-Signature   sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>
                        (only when the route has a secret)

``format: slack`` posts a Slack-compatible ``{"text", "blocks"}`` message instead of
the payload, with the same headers. A digest is one POST: ``{"schema": 1, "kind":
"digest", "delivery": KEY, "alerts": [payload, ...]}``, each payload keeping its own
``delivery`` key.

Answers: 2xx is delivered; 408, 429, 5xx, timeouts and connection failures are
transient (the outbox retries); any other status (400, 401, 404, 410, ...) is
permanent. Redirects are not followed: a moved webhook needs its new URL in the route.

Time: the whole request, from connecting to reading the answer, has one deadline
(30 s by default); a receiver that trickles its answer a byte at a time is cut off
there, not kept alive by each byte. Requests run on one event loop
(``asyncio.timeout`` cancels a request cleanly wherever it waits), through one client
that keeps connections alive (see ``SharedClients``).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import os
import threading
import time
from collections.abc import Coroutine, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

import httpx

from monitor import __version__
from monitor.adapters.alerts import DEADLINE_SECONDS, SendResult
from monitor.adapters.alerts.render import (
    delivery_key,
    digest_subject,
    event_words,
    is_web_url,
    one_line,
    plural,
    timestamp,
)
from monitor.core.alerts import Alert, AlertKind
from monitor.errors import DeliveryError

T = TypeVar("T")
SCHEMA = 1
CORRECTED_EVENT = "status.corrected"
CONNECT_SECONDS = 5.0
READ_SECONDS = 15.0  # between two reads; the deadline bounds the whole request
LOOP_GRACE_SECONDS = 5.0  # past a request's deadline, before its caller stops waiting
TRANSIENT_STATUSES = {408, 429}
ERROR_BODY_BYTES = 1024  # how much of an error answer is read, for the attempt log
SLACK_MAX_ALERTS = 45  # a Slack message holds at most 50 blocks
SLACK_MAX_TEXT = 3000  # characters in one section block
URL_SAFE = ":/?#[]@!$&'()*+,;=%-._~"  # kept as they are in a Slack link; | < > are quoted


def send(
    settings: Mapping[str, Any], alerts: Sequence[Alert], deadline: float = DEADLINE_SECONDS
) -> SendResult:
    url = str(settings.get("url") or "")
    if not is_web_url(url):
        raise DeliveryError(f"webhook url {url!r} is not an http(s) URL", permanent=True)
    message = slack_message(alerts) if settings.get("format") == "slack" else payload(alerts)
    body = json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    secret = settings.get("secret")
    headers = signed_headers(
        body,
        event="digest" if len(alerts) > 1 else event_name(alerts[0]),
        delivery=delivery_key(alerts),
        secret=str(secret) if secret else None,
        now=int(time.time()),
    )
    return post(url, body, headers, deadline)


def signed_headers(
    body: bytes, *, event: str, delivery: str, secret: str | None, now: int
) -> dict[str, str]:
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": f"case-monitor/{__version__}",
        "X-Monitor-Event": event,
        "X-Monitor-Delivery": delivery,
        "X-Monitor-Timestamp": str(now),
    }
    if secret:
        headers["X-Monitor-Signature"] = signature(secret, str(now), body)
    return headers


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """``sha256=`` + hex HMAC-SHA256 of ``timestamp + "." + body``, keyed by the secret."""
    signed = timestamp.encode("ascii") + b"." + body
    return "sha256=" + hmac.new(secret.encode("utf-8"), signed, hashlib.sha256).hexdigest()


def post(
    url: str, body: bytes, headers: Mapping[str, str], deadline: float = DEADLINE_SECONDS
) -> SendResult:
    """POST ``body``; the answer's status decides (see the module's docstring)."""
    where = safe_location(url)
    try:
        status, answer, location = CLIENTS.run(exchange(url, body, headers, deadline), deadline)
    except TimeoutError as e:  # the deadline passed
        raise DeliveryError(
            f"{where}: timed out: no full answer within the {deadline:g} s deadline"
        ) from e
    except httpx.TimeoutException as e:
        raise DeliveryError(f"{where}: timed out ({type(e).__name__})") from e
    except httpx.HTTPError as e:
        raise DeliveryError(f"{where}: {type(e).__name__}: {e}") from e
    if 200 <= status < 300:
        return SendResult(f"HTTP {status} from {where}")
    said = one_line(answer[:ERROR_BODY_BYTES].decode("utf-8", "replace"))[:200]
    detail = f"HTTP {status} from {where}" + (f": {said}" if said else "")
    if 300 <= status < 400:
        detail += f" (redirect to {location or '?'}: update the route)"
    transient = status in TRANSIENT_STATUSES or status >= 500
    raise DeliveryError(detail, permanent=not transient)


async def exchange(
    url: str, body: bytes, headers: Mapping[str, str], deadline: float
) -> tuple[int, bytes, str | None]:
    """The status, the start of an error answer, and a redirect's location, all within
    ``deadline`` seconds (TimeoutError after: the request is cancelled, its connection
    closed)."""
    timeout = httpx.Timeout(min(READ_SECONDS, deadline), connect=min(CONNECT_SECONDS, deadline))
    async with (
        asyncio.timeout(deadline),
        CLIENTS.client().stream(
            "POST", url, content=body, headers=dict(headers), timeout=timeout
        ) as response,
    ):
        answer = b""
        if not 200 <= response.status_code < 300:
            async for chunk in response.aiter_bytes():
                answer += chunk
                if len(answer) >= ERROR_BODY_BYTES:
                    break
        return response.status_code, answer, response.headers.get("location")


class SharedClients:
    """One event loop in a daemon thread of its own, and on it one HTTP client for each
    trust store (``SSL_CERT_FILE`` / ``SSL_CERT_DIR``: httpx's default context plus
    those), shared by every webhook request of the process: connections are kept alive
    between requests to one receiver, and no request pays for a new TLS context (some
    20 ms of CPU each). A forked child starts a loop of its own."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.thread: threading.Thread | None = None
        self.clients: dict[tuple[str | None, str | None], httpx.AsyncClient] = {}

    def run(self, request: Coroutine[Any, Any, T], deadline: float) -> T:
        """Run ``request`` on the loop and wait for it (it ends by ``deadline`` itself)."""
        future = asyncio.run_coroutine_threadsafe(request, self.running_loop())
        try:
            return future.result(deadline + LOOP_GRACE_SECONDS)
        except TimeoutError:
            future.cancel()
            raise

    def running_loop(self) -> asyncio.AbstractEventLoop:
        with self.lock:
            if self.loop is None or self.thread is None or not self.thread.is_alive():
                self.loop = asyncio.new_event_loop()
                self.clients = {}
                self.thread = threading.Thread(
                    target=self.loop.run_forever, name="webhooks", daemon=True
                )
                self.thread.start()
            return self.loop

    def client(self) -> httpx.AsyncClient:
        """The client for the trust store in force (called on the loop: no lock needed)."""
        store = (os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
        client = self.clients.get(store)
        if client is None:
            client = self.clients[store] = httpx.AsyncClient(
                follow_redirects=False,
                verify=httpx.create_ssl_context(trust_env=True),
                limits=httpx.Limits(max_connections=200, max_keepalive_connections=50),
            )
        return client


CLIENTS = SharedClients()


def safe_location(url: str) -> str:
    """Scheme, host and port only: a webhook's path often holds a token."""
    try:
        parts = urlsplit(url)
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "the webhook"
    return f"{parts.scheme}://{parts.hostname}{port}"


def payload(alerts: Sequence[Alert]) -> dict[str, Any]:
    """Schema 1 for one alert; a digest wraps one per alert in ``alerts``."""
    if len(alerts) == 1:
        return alert_payload(alerts[0])
    return {
        "schema": SCHEMA,
        "kind": "digest",
        "delivery": delivery_key(alerts),
        "alerts": [alert_payload(alert) for alert in alerts],
    }


def event_name(alert: Alert) -> str:
    """``X-Monitor-Event`` and the payload's ``kind``: the alert's kind, except that a
    correction is ``status.corrected``."""
    return CORRECTED_EVENT if alert.kind is AlertKind.CORRECTION else str(alert.kind)


def alert_payload(alert: Alert) -> dict[str, Any]:
    body = {
        "schema": SCHEMA,
        "kind": event_name(alert),
        "delivery": alert.key,
        "reminder": alert.reminder,
        "headline": alert.headline,
        "person": {"id": alert.person_id, "name": alert.person_name, "tags": [*alert.person_tags]},
        "previous_status": str(alert.previous_status) if alert.previous_status else None,
        "new_status": str(alert.new_status) if alert.new_status else None,
        "event": {
            "type": str(alert.event_type) if alert.event_type else None,
            "date": iso(alert.event_date),
            "evidence": alert.evidence,
        },
        "articles": [
            {
                "title": article.title,
                "url": article.url,
                "feed_url": article.feed_url,
                "published": iso(article.published),
            }
            for article in alert.articles
        ],
        "detected_at": iso(alert.detected_at),
        "review_url": alert.review_url,
    }
    if alert.corrects is not None:  # the alert taken back, as the receiver knew it
        body |= {
            "corrects_delivery": alert.corrects.key,
            "corrects_delivery_id": alert.corrects.delivery_id,
            "status_now": str(alert.corrects.status_now) if alert.corrects.status_now else None,
        }
    return body


def iso(when: datetime | date | None) -> str | None:
    if when is None:
        return None
    if isinstance(when, datetime):
        aware = when if when.tzinfo else when.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()
    return when.isoformat()


def slack_message(alerts: Sequence[Alert]) -> dict[str, Any]:
    """A Slack incoming-webhook message: ``text`` for notifications, ``blocks`` to read."""
    blocks: list[dict[str, Any]] = []
    if len(alerts) > 1:
        title = digest_subject(alerts)
        blocks.append({"type": "header", "text": {"type": "plain_text", "text": title[:150]}})
    else:
        title = one_line(alerts[0].headline)
    for alert in alerts[:SLACK_MAX_ALERTS]:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": slack_text(alert)}})
        blocks.append(
            {
                "type": "context",
                "elements": [
                    {"type": "mrkdwn", "text": f"Detected {timestamp(alert.detected_at)}"}
                ],
            }
        )
    if len(alerts) > SLACK_MAX_ALERTS:
        more = plural(len(alerts) - SLACK_MAX_ALERTS, "more alert")
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": f"…and {more}"}})
    return {"text": slack_escape(title), "blocks": blocks}


def slack_text(alert: Alert) -> str:
    lines = [f"*{slack_escape(one_line(alert.headline))}*"]
    if alert.reminder:
        lines.append("Reminder: nobody has acknowledged this alert yet.")
    if alert.kind is not AlertKind.TEST and alert.event_type is not None:
        when = f" ({alert.event_date.isoformat()})" if alert.event_date else ""
        lines.append(f"What happened: {event_words(alert)}{when}")
    if alert.evidence:
        lines.append(f"> {slack_escape(one_line(alert.evidence))}")
    for article in alert.articles:
        title = slack_escape(one_line(article.title) or "(untitled)")
        lines.append(f"• {slack_link(article.url, title)} ({slack_escape(article.feed_url)})")
    if alert.review_url:
        lines.append(slack_link(alert.review_url, "Review this match"))
    text = "\n".join(lines)
    return text if len(text) <= SLACK_MAX_TEXT else text[: SLACK_MAX_TEXT - 1] + "…"


def slack_escape(text: str) -> str:
    """Slack's three control characters: nothing from a feed can become a mention or link."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_link(url: str | None, label: str) -> str:
    if not url or not is_web_url(url):
        return label
    return f"<{quote(url, safe=URL_SAFE)}|{label.replace('|', '¦')}>"
