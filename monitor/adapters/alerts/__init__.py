"""Alert channels: one small module each, one interface.

    send(channel, settings, alerts, deadline) -> SendResult      (raises DeliveryError)

``settings`` is the route's channel settings as the watchlist validated them;
``alerts`` is one alert, or a digest of several sent as one message. A channel
either delivers and says how (``SendResult.detail``, e.g. ``HTTP 200``) or raises
``DeliveryError(permanent=...)``: permanent errors are not retried. A send that has
not ended within ``deadline`` seconds (connecting, sending and reading the answer all
together) is a transient "timed out" error.

email     SMTP, multipart text + HTML, threaded per person       (email.py)
webhook   signed JSON (schema 1) or a Slack message over HTTP     (webhook.py)
apprise   any service the apprise library supports                (apprise.py)

The channels are ``core/watchlist.py`` ``CHANNELS``, which validates their settings; each
is the module of its name in this package, with a ``send(settings, alerts, deadline)``.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from monitor.core.alerts import Alert
from monitor.core.watchlist import CHANNELS
from monitor.errors import DeliveryError

DEADLINE_SECONDS = 30.0  # one send, from connecting to the end of the answer


@dataclass  # (not frozen: it fills outbox.SendResult, a protocol with a plain attribute)
class SendResult:
    detail: str  # what the other side answered, for the attempt log


def send(
    channel: str,
    settings: Mapping[str, Any],
    alerts: Sequence[Alert],
    deadline: float = DEADLINE_SECONDS,
) -> SendResult:
    """Deliver ``alerts`` (one, or a digest) through one channel within ``deadline`` s."""
    if not alerts:
        raise ValueError("nothing to send")
    if channel not in CHANNELS:
        raise DeliveryError(f"unknown alert channel {channel!r}", permanent=True)
    # each channel is the module of its name here, loaded only when a route uses it
    # (apprise is slow to import)
    module = importlib.import_module(f"{__name__}.{channel}")
    result: SendResult = module.send(settings, alerts, deadline)
    return result
