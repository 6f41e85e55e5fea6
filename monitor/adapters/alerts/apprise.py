"""Apprise: Telegram, Signal, Matrix, Teams, Discord and every other service the apprise
library knows, from one URL (``tgram://TOKEN/CHAT``, ``json://host/path``, ...).

The title is the alert's headline (or the digest's subject), the body its plain text.
A URL apprise cannot read is permanent; a notification that fails is transient,
since apprise does not say why in a way that tells the two apart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import apprise

from monitor.adapters.alerts import SendResult
from monitor.adapters.alerts.render import one_line, render
from monitor.core.alerts import Alert
from monitor.errors import DeliveryError


def send(settings: Mapping[str, Any], alerts: Sequence[Alert]) -> SendResult:
    url = str(settings.get("url") or "")
    scheme = url.partition("://")[0] or "?"  # the rest of the URL usually holds a token
    notifier = apprise.Apprise()
    if not notifier.add(url):
        raise DeliveryError(f"apprise cannot use the {scheme}:// URL", permanent=True)
    rendered = render(alerts)
    body = rendered.text.removeprefix(rendered.subject).lstrip("\n")  # the title says it
    try:
        result = notifier.notify(
            body=body, title=rendered.subject, body_format=apprise.NotifyFormat.TEXT
        )
    except Exception as e:  # a plugin bug: report it, retry later
        raise DeliveryError(f"apprise {scheme}://: {type(e).__name__}: {e}") from e
    if not result:
        raise DeliveryError(f"apprise {scheme}:// notification failed{why(result)}")
    return SendResult(f"sent by apprise {scheme}://")


def why(result: object) -> str:
    """The last error apprise logged, when this version of apprise keeps its logs."""
    logs = getattr(result, "logs", None)  # a method in apprise 2, absent in apprise 1
    entries = logs() if callable(logs) else ()
    errors = [
        one_line(str(getattr(entry, "message", "")))
        for entry in entries
        if str(getattr(entry, "level", "")).upper() in ("ERROR", "WARNING")
    ]
    return f": {errors[-1][:200]}" if errors else ""
