"""Secrets never leave the machine: a feed URL whose key and path token come from the
environment, a webhook whose URL and signing secret do, a mail server whose password
holds an unescaped ``/``. A real poll (one feed answers, one fails) sends real alerts
(aiosmtpd, a webhook receiver), and no output shows a secret: not the CLI (tables,
JSON, CSV), not the web pages, not the API, not the alerts, not the logs.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from monitor.adapters.db.session import open_database
from monitor.app.logs import JsonFormatter, PlainFormatter
from monitor.app.web.app import create_app
from tests.alert_servers import MailServer, WebhookReceiver, signature_is_valid
from tests.feeds_now import freed, news
from tests.http_feeds import FeedServer
from tests.web.conftest import PASSWORD, USER, log_in, run

NEWS_KEY = "n3ws-api-k3y-4471"
FEED_TOKEN = "private-feed-t0ken-9921"
SMTP_PASSWORD = "pa/ss-w0rd-3131"
HOOK_TOKEN = "hook-path-t0ken-5550"
HOOK_SECRET = "hook-signing-secret-8813"
SECRETS = (NEWS_KEY, FEED_TOKEN, SMTP_PASSWORD, HOOK_TOKEN, HOOK_SECRET)

WATCHLIST = """
people:
  - id: kozlov-vladimir
    name: Vladimir Kozlov
    status: imprisoned
feeds:
  - url: "{base}/private/${{FEED_TOKEN}}/news.rss?q=court&api_key=${{NEWS_KEY}}"
  - url: "{base}/private/${{FEED_TOKEN}}/down.rss?q=court&api_key=${{NEWS_KEY}}"
alerts:
  - name: hook
    webhook: {{url: "${{HOOK_URL}}", secret: "${{HOOK_SECRET}}"}}
  - name: mail
    email: {{to: [desk@example.org], smtp_url: "${{SMTP_URL}}", from: monitor@example.org}}
"""


@dataclass
class Outputs:
    watchlist: str
    database_url: str
    texts: dict[str, str]  # what each output showed
    mail: MailServer
    hook: WebhookReceiver
    feeds: FeedServer


@pytest.fixture
def polled(
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Iterator[Outputs]:
    """One poll through every route, then every read-only command's output."""
    with (
        FeedServer() as feeds,
        MailServer(users={"monitor": SMTP_PASSWORD}) as mail,
        WebhookReceiver() as hook,
    ):
        query = f"?q=court&api_key={NEWS_KEY}"
        feeds.route(f"/private/{FEED_TOKEN}/news.rss{query}", body=news(freed(1)))
        feeds.route(f"/private/{FEED_TOKEN}/down.rss{query}", status=500, body=b"down")
        monkeypatch.setenv("MONITOR_DATABASE_URL", database_url)
        for name, value in {
            "NEWS_KEY": NEWS_KEY,
            "FEED_TOKEN": FEED_TOKEN,
            "HOOK_URL": hook.url(f"/hooks/{HOOK_TOKEN}"),
            "HOOK_SECRET": HOOK_SECRET,
            "SMTP_URL": f"smtp://monitor:{SMTP_PASSWORD}@127.0.0.1:{mail.port}",
        }.items():
            monkeypatch.setenv(name, value)
        path = tmp_path / "watchlist.yaml"
        path.write_text(WATCHLIST.format(base=feeds.url("").rstrip("/")))
        watchlist = str(path)
        texts = {}
        status, texts["poll --once"] = run(["poll", "--once", "--watchlist", watchlist], capsys)
        assert status == 0, texts["poll --once"]
        for args in (
            ["feeds"],
            ["feeds", "--format", "json"],
            ["matches"],
            ["matches", "--format", "json"],
            ["matches", "--format", "csv"],
            ["alerts"],
            ["alerts", "--format", "json"],
            ["status"],
            ["status", "kozlov-vladimir"],
            ["status", "--format", "json"],
        ):
            status, texts[" ".join(args)] = run([*args, "--watchlist", watchlist], capsys)
            assert status == 0, texts[" ".join(args)]
        yield Outputs(watchlist, database_url, texts, mail, hook, feeds)


def test_feeds_are_fetched_with_the_real_url_and_alerts_sent_with_the_real_secrets(
    polled: Outputs,
) -> None:
    query = f"?q=court&api_key={NEWS_KEY}"
    assert polled.feeds.requests(f"/private/{FEED_TOKEN}/news.rss{query}")
    assert [m.login for m in polled.mail.messages] == ["monitor"]  # password with a "/"
    assert [r.path for r in polled.hook.received] == [f"/hooks/{HOOK_TOKEN}"]
    assert signature_is_valid(HOOK_SECRET, polled.hook.received[0])


def test_no_command_output_shows_a_secret(polled: Outputs) -> None:
    assert "1 failed" in polled.texts["poll --once"]  # the failing feed is reported...
    assert "api_key=***" in polled.texts["poll --once"]  # ...and named, masked
    assert "/private/***/" in polled.texts["feeds"]
    assert "api_key=***" in polled.texts["feeds --format json"]
    for command, text in polled.texts.items():
        for secret in SECRETS:
            assert secret not in text, f"`monitor {command}` shows {secret!r}"


def test_no_alert_shows_a_secret(polled: Outputs) -> None:
    [mail] = polled.mail.messages
    [request] = polled.hook.received
    payload = json.loads(request.body)
    assert payload["articles"][0]["feed_url"].endswith("/private/***/news.rss?q=court&api_key=***")
    sent = {
        "email": mail.raw.decode("utf-8", "replace"),
        "email text": mail.message.get_body(("plain",)).get_content(),  # type: ignore[union-attr]
        "webhook body": request.body.decode(),
        "webhook headers": json.dumps(request.headers),
    }
    for where, text in sent.items():
        for secret in SECRETS:
            assert secret not in text, f"the {where} shows {secret!r}"


def test_no_web_page_or_api_answer_shows_a_secret(
    polled: Outputs, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert run(["users", "add", USER, "--watchlist", polled.watchlist], capsys)[0] == 0
    status, token = run(
        ["tokens", "create", "tests", "--owner", USER, "--watchlist", polled.watchlist], capsys
    )
    assert status == 0
    database = open_database(polled.database_url)
    try:
        app = create_app(database)
        with TestClient(app) as browser, TestClient(app) as api:
            log_in(browser)
            api.headers["Authorization"] = f"Bearer {token.strip()}"
            pages = ["/", "/matches", "/feeds", "/alerts", "/people", "/people/kozlov-vladimir"]
            match_id = api.get("/api/matches").json()[0]["id"]
            pages += [f"/matches/{match_id}", "/matches/export.json", "/matches/export.csv"]
            shown = {page: browser.get(page).text for page in pages}
            for endpoint in ["matches", f"matches/{match_id}", "people", "feeds", "deliveries"]:
                shown[f"/api/{endpoint}"] = api.get(f"/api/{endpoint}").text
            [feed] = [f["url"] for f in api.get("/api/feeds").json() if "news.rss" in f["url"]]
            by_feed = api.get("/api/matches", params={"feed": feed}).json()
    finally:
        database.dispose()
    assert "api_key=***" in shown["/feeds"]
    assert [m["id"] for m in by_feed] == [match_id]  # a feed is found by its masked URL
    for page, text in shown.items():
        for secret in SECRETS:
            assert secret not in text, f"{page} shows {secret!r}"


def test_no_log_line_shows_a_secret(polled: Outputs) -> None:
    url = f"http://127.0.0.1/private/{FEED_TOKEN}/news.rss?q=court&api_key={NEWS_KEY}"
    record = logging.LogRecord("monitor", logging.WARNING, __file__, 1, f"{url} failed", (), None)
    record.fields = {"feed": url, "error": f"HTTP 403 for {url}"}
    lines = [PlainFormatter().format(record), JsonFormatter().format(record)]
    for line in lines:
        assert "api_key=***" in line
        for secret in SECRETS:
            assert secret not in line
