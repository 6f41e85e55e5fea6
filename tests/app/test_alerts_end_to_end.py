"""From a feed to an inbox, through the CLI: a loopback feed server, a real SMTP server
(aiosmtpd) and a webhook receiver on 127.0.0.1, a real database (both kinds).

A feed reports a watchlisted person's release; `monitor poll --once` sends one email
and one correctly signed webhook. The same story from a second feed sends nothing
more. A receiver that fails first and then recovers gets the alert once, with the
same idempotency key on every attempt.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest

from monitor.app.cli import main
from tests.alert_servers import (
    MailServer,
    WebhookReceiver,
    route_alerts_to,
    signature_is_valid,
)
from tests.http_feeds import FeedServer

SECRET = "loopback-webhook-secret"
PEOPLE = """
people:
  - id: abishev-aset
    name: Aset Abishev
    status: imprisoned
  - id: baltabay-yerlan
    name: Yerlan Baltabay
    status: detained
alerts:
  - name: staff-email
    email: {to: [duty@example.org], smtp_url: "${SMTP_URL}", from: monitor@example.org}
  - name: hook
    webhook: {url: "${WEBHOOK_URL}", secret: "${WEBHOOK_SECRET}"}
"""


def news(guid: str, title: str, text: str) -> bytes:
    """An RSS 2.0 document with one item published now (old news changes no status)."""
    published = format_datetime(datetime.now(UTC))
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>Loopback news</title><link>https://news.example.org/</link>"
        f"<item><guid>{guid}</guid><title>{escape(title)}</title>"
        f"<link>https://news.example.org/{guid}</link>"
        f"<description>{escape(text)}</description><pubDate>{published}</pubDate></item>"
        "</channel></rss>"
    ).encode()


def write_watchlist(path: Path, feeds: FeedServer, *paths: str) -> str:
    path.write_text(PEOPLE + "feeds:" + "".join(f"\n  - url: {feeds.url(p)}" for p in paths))
    return str(path)


def monitor(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(args)
    out, _ = capsys.readouterr()
    return status, out


def deliveries(watchlist: str, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    status, out = monitor(["alerts", "--format", "json", "--watchlist", watchlist], capsys)
    assert status == 0
    found: list[dict[str, Any]] = json.loads(out)
    return found


def test_a_release_in_a_feed_is_alerted_once_by_email_and_by_a_signed_webhook(
    tmp_path: Path,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    now = datetime.now(UTC)
    day = f"{now:%B} {now.day}"
    with FeedServer() as feeds, MailServer() as mail, WebhookReceiver() as hook:
        feeds.route(
            "/first.rss",
            body=news(
                "abishev-1",
                "Aset Abishev walks free",
                f"Aset Abishev was released from prison on {day} after serving his sentence, "
                "his lawyer said.",
            ),
        )
        feeds.route(
            "/second.rss",
            body=news(
                "abishev-2",
                "Activist Abishev home with his family",
                f"The activist Aset Abishev was freed from the penal colony on {day}, "
                "relatives told reporters.",
            ),
        )
        feeds.route(
            "/third.rss",
            body=news(
                "baltabay-1",
                "Union leader Baltabay sentenced",
                f"A court in Shymkent sentenced Yerlan Baltabay to seven years in prison on {day}.",
            ),
        )
        route_alerts_to(monkeypatch, database_url, mail, hook, SECRET)
        watchlist = tmp_path / "watchlist.yaml"

        # a feed reports the release: one email, one signed webhook
        status, out = monitor(
            ["poll", "--once", "--watchlist", write_watchlist(watchlist, feeds, "/first.rss")],
            capsys,
        )
        assert status == 0, out
        assert "via staff-email: sent" in out and "via hook: sent" in out
        [email] = mail.messages
        [request] = hook.received
        assert email.message["Subject"] == "Aset Abishev: released — imprisoned → free"
        assert email.message.get_content_type() == "multipart/alternative"
        assert signature_is_valid(SECRET, request)
        payload = json.loads(request.body)
        assert (payload["person"]["id"], payload["event"]["type"]) == ("abishev-aset", "released")
        assert (payload["previous_status"], payload["new_status"]) == ("imprisoned", "free")
        assert payload["articles"][0]["url"] == "https://news.example.org/abishev-1"

        # the same story from a second feed: corroboration, nothing more sent
        both = write_watchlist(watchlist, feeds, "/first.rss", "/second.rss")
        status, out = monitor(["poll", "--once", "--watchlist", both], capsys)
        assert status == 0, out
        assert "Aset Abishev" in out  # the second article was found and stored
        assert (len(mail.messages), len(hook.received)) == (1, 1)

        # another person's news while the receiver fails twice, then recovers
        hook.answer(500, 500)
        every = write_watchlist(watchlist, feeds, "/first.rss", "/second.rss", "/third.rss")
        status, out = monitor(["poll", "--once", "--watchlist", every], capsys)
        assert status == 0, out
        assert "via hook: retry: HTTP 500" in out
        for _ in range(100):  # bounded; the retries are due within milliseconds
            if {d["state"] for d in deliveries(every, capsys)} == {"sent"}:
                break
            time.sleep(0.02)
            monitor(["alerts", "send", "--watchlist", every], capsys)
        found = deliveries(every, capsys)

    assert sorted((d["route"], d["person_id"], d["state"]) for d in found) == [
        ("hook", "abishev-aset", "sent"),
        ("hook", "baltabay-yerlan", "sent"),
        ("staff-email", "abishev-aset", "sent"),
        ("staff-email", "baltabay-yerlan", "sent"),
    ]
    retried = next(d for d in found if (d["route"], d["person_id"]) == ("hook", "baltabay-yerlan"))
    assert [a["outcome"] for a in retried["attempts"]] == ["retry", "retry", "sent"]
    later = hook.received[1:]
    assert [r.headers["x-monitor-delivery"] for r in later] == [retried["key"]] * 3
    assert all(signature_is_valid(SECRET, r) for r in later)
    assert json.loads(later[-1].body)["new_status"] == "imprisoned"
    assert [m.message["Subject"] for m in mail.messages] == [
        "Aset Abishev: released — imprisoned → free",
        "Yerlan Baltabay: sentenced — detained → imprisoned",
    ]


def test_alerts_test_sends_a_signed_test_message_through_one_route(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with FeedServer() as feeds, MailServer() as mail, WebhookReceiver() as hook:
        monkeypatch.setenv("MONITOR_DATABASE_URL", f"sqlite:///{tmp_path / 'monitor.db'}")
        monkeypatch.setenv("SMTP_URL", mail.url())
        monkeypatch.setenv("WEBHOOK_URL", hook.url("/hook"))
        monkeypatch.setenv("WEBHOOK_SECRET", SECRET)
        watchlist = write_watchlist(tmp_path / "watchlist.yaml", feeds, "/none.rss")
        status, out = monitor(["alerts", "test", "hook", "--watchlist", watchlist], capsys)
        assert status == 0, out
        assert out.startswith("test alert sent via hook: HTTP 200")
        hook.answer(503)
        assert monitor(["alerts", "test", "hook", "--watchlist", watchlist], capsys)[0] == 1
        status, out = monitor(["alerts", "test", "staff-email", "--watchlist", watchlist], capsys)
        assert status == 0, out
    [request, _] = hook.received
    assert request.headers["x-monitor-event"] == "test" and signature_is_valid(SECRET, request)
    assert json.loads(request.body)["kind"] == "test"
    [email] = mail.messages
    assert email.message["Subject"] == "Test of route 'staff-email': test"
    assert deliveries(watchlist, capsys) == []  # tests bypass the outbox
