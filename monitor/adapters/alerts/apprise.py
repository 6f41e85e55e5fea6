"""Apprise: Telegram, Signal, Matrix, Teams, Discord and every other service the apprise
library knows, from one URL (``tgram://TOKEN/CHAT``, ``json://host/path``, ...).

The title is the alert's headline (or the digest's subject), the body its plain text.
A URL apprise cannot read is permanent; a notification that fails is transient,
since apprise does not say why in a way that tells the two apart.

Time: apprise cannot be interrupted, so it notifies in a thread of its own; when the
deadline passes the attempt is recorded as timed out (and retried) while that thread
is left to end by the service's own timeouts. Its notification may still arrive: a
retry then repeats it, as at-least-once delivery allows.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import apprise

from monitor.adapters.alerts import DEADLINE_SECONDS, SendResult
from monitor.adapters.alerts.render import one_line, render
from monitor.core.alerts import Alert
from monitor.errors import DeliveryError


def send(
    settings: Mapping[str, Any], alerts: Sequence[Alert], deadline: float = DEADLINE_SECONDS
) -> SendResult:
    url = str(settings.get("url") or "")
    scheme = url.partition("://")[0] or "?"  # the rest of the URL usually holds a token
    notifier = apprise.Apprise()
    if not notifier.add(url):
        raise DeliveryError(f"apprise cannot use the {scheme}:// URL", permanent=True)
    rendered = render(alerts)
    body = rendered.text.removeprefix(rendered.subject).lstrip("\n")  # the title says it
    try:
        result = within(
            deadline,
            lambda: notifier.notify(
                body=body, title=rendered.subject, body_format=apprise.NotifyFormat.TEXT
            ),
        )
    except TimeoutError as e:
        raise DeliveryError(
            f"apprise {scheme}://: timed out: no answer within the {deadline:g} s deadline"
        ) from e
    except Exception as e:  # a plugin bug: report it, retry later
        raise DeliveryError(f"apprise {scheme}://: {type(e).__name__}: {e}") from e
    if not result:
        raise DeliveryError(f"apprise {scheme}:// notification failed{why(result)}")
    return SendResult(f"sent by apprise {scheme}://")


def within(seconds: float, call: Callable[[], object]) -> object:
    """``call()`` in a daemon thread; its result or its error, or TimeoutError once
    ``seconds`` have passed (the thread is left running)."""
    outcome: list[object] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as e:  # handed to the caller
            failure.append(e)

    worker = threading.Thread(target=run, name="apprise-notify", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise TimeoutError
    if failure:
        raise failure[0]
    return outcome[0]


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
