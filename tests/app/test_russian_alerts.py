"""A Russian news item, from its feed to the alert and the review page: the evidence is the
Russian sentence as the article wrote it, and what happened is said in the user's language
(English). A loopback feed server, a real SMTP server and webhook receiver on 127.0.0.1, a
real database, and the web UI logged in through its form. (The item is made up.)"""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from fastapi.testclient import TestClient

from monitor.adapters.db.session import Database
from monitor.app.cli import main
from monitor.app.web.app import create_app
from tests.alert_servers import (
    MailServer,
    WebhookReceiver,
    route_alerts_to,
    signature_is_valid,
)
from tests.http_feeds import FeedServer
from tests.web.conftest import PASSWORD, USER, cheap_hasher, log_in

SECRET = "loopback-webhook-secret"
WATCHLIST = """
people:
  - id: zuev-matvei
    name: Matvei Zuev
    status: detained
feeds:
  - url: {feed}
alerts:
  - name: staff-email
    email: {{to: [duty@example.org], smtp_url: "${{SMTP_URL}}", from: monitor@example.org}}
  - name: hook
    webhook: {{url: "${{WEBHOOK_URL}}", secret: "${{WEBHOOK_SECRET}}"}}
"""
TITLE = "Дело Матвея Зуева: итог"
EVIDENCE = "Советский районный суд Казани приговорил Матвея Зуева к пяти годам колонии."
TEXT = f"{EVIDENCE} Прокурор просил для него семь лет. Защита обжалует приговор."


def russian_feed(now: datetime) -> bytes:
    """An RSS document that declares its language, with one item published now."""
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>Новости</title><link>https://news.example.org/</link><language>ru</language>"
        f"<item><guid>zuev-1</guid><title>{escape(TITLE)}</title>"
        "<link>https://news.example.org/zuev-1</link>"
        f"<description>{escape(TEXT)}</description><pubDate>{format_datetime(now)}</pubDate>"
        "</item></channel></rss>"
    ).encode()


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(args)
    out, _ = capsys.readouterr()
    return status, out


def body_of(message: EmailMessage, kind: str) -> str:
    part = message.get_body(preferencelist=(kind,))
    assert part is not None, f"no {kind} part"
    return str(part.get_content())


def test_a_russian_item_is_alerted_and_reviewed_with_its_russian_sentence(
    tmp_path: Path,
    database_url: str,
    database: Database,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cheap_hasher(monkeypatch)
    watchlist = tmp_path / "watchlist.yaml"
    with FeedServer() as feeds, MailServer() as mail, WebhookReceiver() as hook:
        feeds.route("/ru.rss", body=russian_feed(datetime.now(UTC)))
        watchlist.write_text(WATCHLIST.format(feed=feeds.url("/ru.rss")))
        route_alerts_to(monkeypatch, database_url, mail, hook, SECRET)
        status, out = run(["poll", "--once", "--watchlist", str(watchlist)], capsys)
        assert status == 0, out
        assert "via staff-email: sent" in out and "via hook: sent" in out
        [email] = mail.messages
        [request] = hook.received

    # the alert: the event and the statuses in English, the evidence in Russian, as is
    assert email.message["Subject"] == "Matvei Zuev: sentenced — detained → imprisoned"
    text = body_of(email.message, "plain").replace("\r\n", "\n")
    assert "What happened: sentenced" in text
    assert f"Evidence: “{EVIDENCE}”" in text
    assert f"<blockquote>{EVIDENCE}</blockquote>" in body_of(email.message, "html")
    assert signature_is_valid(SECRET, request)
    payload = json.loads(request.body)
    assert payload["event"]["type"] == "sentenced"
    assert payload["event"]["evidence"] == EVIDENCE
    assert (payload["previous_status"], payload["new_status"]) == ("detained", "imprisoned")

    # the match log carries the language and the sentence
    status, out = run(["matches", "--format", "json", "--watchlist", str(watchlist)], capsys)
    assert status == 0, out
    [match] = json.loads(out)
    assert match["lang"] == "ru"
    assert [(e["type"], e["evidence"]) for e in match["events"]] == [("sentenced", EVIDENCE)]

    # the review page: the same sentence, marked in the article's text, under "sentenced"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    status, out = run(["users", "add", USER, "--watchlist", str(watchlist)], capsys)
    assert status == 0, out
    with TestClient(create_app(database)) as client:
        client.headers["x-test-csrf"] = log_in(client)
        html = client.get(f"/matches/{match['id']}").text
    events = re.search(r"<h3>Events</h3>(.*?)</ul>", html, re.S)
    assert events, "the match page lists no events"
    assert "sentenced" in events.group(1)
    assert f"<blockquote>{EVIDENCE}</blockquote>" in events.group(1)
    assert re.search(r'id="evidence-1"[^>]*>[^<]*' + re.escape(EVIDENCE[:40]), html)
    language = re.search(r'<p class="muted small" id="text-language">(.*?)</p>', html, re.S)
    assert language and language.group(1) == "Language: ru."
