"""How a unit of work ended, as closed sets: a feed's pass, an alert's delivery attempt,
staff's review of a match.

They are ``StrEnum``s: stored in the database and shown to users as their values
(``not_modified``), compared in code by member (``PollOutcome.ERROR``), so a typo is an
``AttributeError`` at import time rather than a comparison that is silently never true.
"""

from __future__ import annotations

from enum import StrEnum


class PollOutcome(StrEnum):
    """How one pass of one feed ended (``feeds.last_status``, ``polls.outcome``)."""

    OK = "ok"  # fetched and parsed; its new entries stored
    NOT_MODIFIED = "not_modified"  # the server said nothing changed (conditional GET)
    ERROR = "error"  # failed: the reason is stored with the feed


class AttemptOutcome(StrEnum):
    """How one attempt to send one delivery ended (``delivery_attempts.outcome``)."""

    SENT = "sent"
    RETRY = "retry"  # failed for now: tried again at the next attempt time
    FAILED = "failed"  # failed for good (a permanent error, or out of attempts)


class DeliveryState(StrEnum):
    """Where one alert delivery stands in the outbox (``deliveries.state``)."""

    PENDING = "pending"  # waiting for its send time or its next attempt
    SENDING = "sending"  # claimed by a dispatcher
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"  # its match was dismissed before it was sent


class ReviewState(StrEnum):
    """Where staff's review of one match stands (``matches.review_state``)."""

    UNREVIEWED = "unreviewed"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"  # not about that person: its status changes are reverted
