"""What an alert (or a digest of several) says, as plain text and as HTML.

Every word that came from a feed (names, titles, evidence, links) is untrusted:
the HTML escapes it, links are only made of http(s) URLs, and ``one_line``
flattens it wherever a line break would mean something (mail headers, Slack).
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import urlsplit

from monitor.core.alerts import Alert, AlertKind

CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
DIGEST_NAMES = 3  # people named in a digest's subject before "and N more"


@dataclass(frozen=True)
class Rendered:
    subject: str  # one line, safe for a mail header
    text: str
    html: str


def render(alerts: Sequence[Alert]) -> Rendered:
    """One alert as itself; several as a digest, in the order given."""
    if not alerts:
        raise ValueError("nothing to render")
    if len(alerts) == 1:
        alert = alerts[0]
        page = f"<h2>{esc(alert.headline)}</h2>\n{alert_html(alert)}"
        return Rendered(one_line(alert.headline), alert_text(alert), html_document(page))
    title = digest_subject(alerts)
    text = f"{title}\n\n" + "\n\n----------\n\n".join(
        f"{i}. {alert.headline}\n\n{alert_text(alert, headline=False)}"
        for i, alert in enumerate(alerts, 1)
    )
    sections = "\n<hr>\n".join(
        f"<h3>{i}. {esc(alert.headline)}</h3>\n{alert_html(alert)}"
        for i, alert in enumerate(alerts, 1)
    )
    return Rendered(title, text, html_document(f"<h2>{esc(title)}</h2>\n{sections}"))


def delivery_key(alerts: Sequence[Alert]) -> str:
    """The idempotency key of what is sent: the alert's own key, or for a digest one
    derived from the keys of the alerts it carries (each also carries its own)."""
    if len(alerts) == 1:
        return alerts[0].key
    keys = "\n".join(sorted(a.key for a in alerts)).encode()
    return f"digest-{hashlib.sha256(keys).hexdigest()[:32]}"


def digest_subject(alerts: Sequence[Alert]) -> str:
    """``Case monitor digest: 3 alerts (Aset Abishev, Yerlan Baltabay)``"""
    names = list(dict.fromkeys(one_line(a.person_name) for a in alerts))
    shown = ", ".join(names[:DIGEST_NAMES])
    if len(names) > DIGEST_NAMES:
        shown += f" and {len(names) - DIGEST_NAMES} more"
    return f"Case monitor digest: {len(alerts)} alerts ({shown})"


def alert_text(alert: Alert, *, headline: bool = True) -> str:
    lines = [alert.headline, ""] if headline else []
    if alert.reminder:
        lines += ["Reminder: nobody has acknowledged this alert yet.", ""]
    if alert.kind is AlertKind.TEST:
        return "\n".join([*lines, alert.evidence])
    if alert.kind is AlertKind.CORRECTION:
        lines += [correction_words(alert), ""]
    if alert.event_type is not None:
        when = f" ({alert.event_date.isoformat()})" if alert.event_date else ""
        lines.append(f"What happened: {event_words(alert)}{when}")
    if alert.previous_status is not None and alert.new_status is not None:
        lines.append(f"Status: {alert.previous_status} → {alert.new_status}")
    if alert.evidence:
        lines.append(f"Evidence: “{alert.evidence}”")
    if alert.articles:
        lines += ["", f"Reported by {plural(len(alert.articles), 'article')}:"]
        for article in alert.articles:
            lines.append(f"- {one_line(article.title) or '(untitled)'}")
            if article.url:
                lines.append(f"  {article.url}")
            lines.append(f"  source {article.feed_url}{published(article.published)}")
    lines.append("")
    if alert.review_url:
        lines.append(f"Review this match: {alert.review_url}")
    lines.append(f"Detected {timestamp(alert.detected_at)}.")
    return "\n".join(lines)


def alert_html(alert: Alert) -> str:
    parts = []
    if alert.reminder:
        parts.append("<p><strong>Reminder:</strong> nobody has acknowledged this alert yet.</p>")
    if alert.kind is AlertKind.TEST:
        return "\n".join([*parts, f"<p>{esc(alert.evidence)}</p>"])
    if alert.kind is AlertKind.CORRECTION:
        parts.append(f"<p><strong>{esc(correction_words(alert))}</strong></p>")
    facts = []
    if alert.event_type is not None:
        when = f" ({alert.event_date.isoformat()})" if alert.event_date else ""
        facts.append(f"<li>What happened: <strong>{esc(event_words(alert))}</strong>{when}</li>")
    if alert.previous_status is not None and alert.new_status is not None:
        facts.append(
            f"<li>Status: {esc(alert.previous_status)} → "
            f"<strong>{esc(alert.new_status)}</strong></li>"
        )
    if facts:
        parts.append("<ul>\n" + "\n".join(facts) + "\n</ul>")
    if alert.evidence:
        parts.append(f"<blockquote>{esc(alert.evidence)}</blockquote>")
    if alert.articles:
        items = []
        for article in alert.articles:
            title = esc(one_line(article.title) or "(untitled)")
            items.append(
                f"<li>{link(article.url, title)}<br>"
                f"<small>source {link(article.feed_url, esc(article.feed_url))}"
                f"{esc(published(article.published))}</small></li>"
            )
        parts.append(
            f"<p>Reported by {plural(len(alert.articles), 'article')}:</p>\n<ul>\n"
            + "\n".join(items)
            + "\n</ul>"
        )
    if alert.review_url:
        parts.append(f"<p>{link(alert.review_url, 'Review this match')}</p>")
    parts.append(f"<p><small>Detected {esc(timestamp(alert.detected_at))}.</small></p>")
    return "\n".join(parts)


def correction_words(alert: Alert) -> str:
    """What a correction says before repeating the alert it takes back."""
    words = "Correction: staff reviewed the report below and dismissed it"
    if alert.corrects is not None:
        words += f" (it was sent as alert {alert.corrects.key})"
        if alert.corrects.status_now is not None:
            words += f". The status is now {alert.corrects.status_now}"
    return words + ". Disregard the earlier alert."


def html_document(body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
        f'<body style="font-family: sans-serif">\n{body}\n</body></html>\n'
    )


def esc(text: str) -> str:
    return html.escape(str(text), quote=True)


def link(url: str | None, label_html: str) -> str:
    """An anchor for an http(s) URL; anything else (javascript:, data:) stays plain text."""
    if url and is_web_url(url):
        return f'<a href="{esc(url)}">{label_html}</a>'
    return label_html


def is_web_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def one_line(text: str) -> str:
    """Control characters and line breaks become spaces; runs of spaces become one."""
    return " ".join(CONTROL.sub(" ", text).split())


def event_words(alert: Alert) -> str:
    return str(alert.event_type).replace("_", " ") if alert.event_type else ""


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def published(when: datetime | None) -> str:
    return f", published {timestamp(when)}" if when else ""


def timestamp(when: datetime | date) -> str:
    if not isinstance(when, datetime):
        return when.isoformat()
    aware = when if when.tzinfo else when.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
