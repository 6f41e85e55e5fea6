"""Corrections, through the CLI: a loopback feed frees a person, the alert goes out by
email (aiosmtpd) and by a signed webhook, staff dismiss the match, and each route gets
exactly one correction: a webhook ``status.corrected`` naming the original delivery, an
email "Correction: ..." in the person's thread. Dismissing again, or confirming and
dismissing again, sends nothing more; `monitor status` shows the change as dismissed.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest

from monitor.app.cli import main
from tests.alert_servers import MailServer, WebhookReceiver, signature_is_valid
from tests.http_feeds import FeedServer

SECRET = "secret-for-corrections"
WATCHLIST = """
people:
  - id: tokayev-marat
    name: Marat Tokayev
    status: imprisoned
alerts:
  - name: duty-mail
    email: {to: [duty@example.org], smtp_url: "${SMTP_URL}", from: monitor@example.org}
  - name: receiver
    webhook: {url: "${WEBHOOK_URL}", secret: "${WEBHOOK_SECRET}"}
feeds:
  - url: FEED_URL
"""


def release_story() -> bytes:
    """An RSS item, published now, that says the person walked free today."""
    now = datetime.now(UTC)
    text = (
        f"Marat Tokayev was released from the penal colony on {now:%B} {now.day}, "
        "his sister told reporters outside the gates."
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>Loopback wire</title><link>https://wire.example.org/</link>"
        "<item><guid>tokayev-free</guid><title>Tokayev leaves the colony</title>"
        "<link>https://wire.example.org/tokayev-free</link>"
        f"<description>{escape(text)}</description>"
        f"<pubDate>{format_datetime(now)}</pubDate></item></channel></rss>"
    ).encode()


def monitor(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(args)
    out, _ = capsys.readouterr()
    return status, out


def as_json(args: list[str], capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    status, out = monitor([*args, "--format", "json"], capsys)
    assert status == 0, out
    found: list[dict[str, Any]] = json.loads(out)
    return found


def test_dismissing_a_sent_alert_sends_one_correction_per_route(
    tmp_path: Path,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with FeedServer() as feeds, MailServer() as mail, WebhookReceiver() as hook:
        feeds.route("/wire.rss", body=release_story())
        for name, value in {
            "MONITOR_DATABASE_URL": database_url,
            "SMTP_URL": mail.url(),
            "WEBHOOK_URL": hook.url("/in"),
            "WEBHOOK_SECRET": SECRET,
        }.items():
            monkeypatch.setenv(name, value)
        path = tmp_path / "watchlist.yaml"
        path.write_text(WATCHLIST.replace("FEED_URL", feeds.url("/wire.rss")))
        watchlist = ["--watchlist", str(path)]

        status, out = monitor(["poll", "--once", *watchlist], capsys)
        assert status == 0, out
        assert (len(mail.messages), len(hook.received)) == (1, 1)
        [match] = as_json(["matches", *watchlist], capsys)
        review = ["review", str(match["id"]), "--dismiss", "--by", "dana", *watchlist]

        status, out = monitor(review, capsys)
        assert status == 0, out
        assert "2 correction(s) queued" in out
        status, out = monitor(["alerts", "send", *watchlist], capsys)
        assert status == 0, out
        assert (len(mail.messages), len(hook.received)) == (2, 2)

        # dismissing again, or confirming and dismissing again, corrects nothing twice
        assert monitor(review, capsys)[0] == 0
        confirm = ["review", str(match["id"]), "--confirm", "--by", "dana", *watchlist]
        assert monitor(confirm, capsys)[0] == 0
        assert monitor(review, capsys)[0] == 0
        assert monitor(["alerts", "send", *watchlist], capsys)[0] == 0
        assert (len(mail.messages), len(hook.received)) == (2, 2)

        found = as_json(["alerts", *watchlist], capsys)
        status, timeline = monitor(["status", "tokayev-marat", *watchlist], capsys)
        assert status == 0, timeline

    originals = {d["route"]: d for d in found if d["kind"] == "status_change"}
    corrections = {d["route"]: d for d in found if d["kind"] == "correction"}
    assert sorted(corrections) == ["duty-mail", "receiver"]
    for route, correction in corrections.items():
        assert correction["state"] == "sent"
        assert correction["corrects_id"] == originals[route]["id"]

    first, second = hook.received
    assert second.headers["x-monitor-event"] == "status.corrected"
    assert second.headers["x-monitor-delivery"] == corrections["receiver"]["key"]
    assert signature_is_valid(SECRET, second)
    payload = json.loads(second.body)
    assert payload["kind"] == "status.corrected"
    assert payload["corrects_delivery"] == first.headers["x-monitor-delivery"]
    assert payload["corrects_delivery_id"] == originals["receiver"]["id"]
    assert payload["delivery"] == corrections["receiver"]["key"]
    assert (payload["previous_status"], payload["new_status"]) == ("imprisoned", "free")
    assert payload["status_now"] == "imprisoned"

    alert, correction = (m.message for m in mail.messages)
    assert correction["Subject"].startswith("Correction: Marat Tokayev: released")
    assert correction["Subject"].endswith("status now imprisoned")
    assert correction["In-Reply-To"] == alert["Message-ID"]
    assert correction["References"].split() == [alert["References"], alert["Message-ID"]]
    assert alert["References"] == "<person.tokayev-marat@example.org>"
    text = correction.get_body(("plain",))
    assert text is not None and "dismissed" in text.get_content()

    assert "Marat Tokayev (tokayev-marat): imprisoned" in timeline
    [row] = [line for line in timeline.splitlines() if "released" in line]
    assert "dismissed" in row and "(reverted)" in row
