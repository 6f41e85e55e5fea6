"""`monitor alerts test ROUTE --person ID`: what a route would send about one person, from
the stories stored by a real poll; `--send` sends it to a loopback webhook as a test."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.alert_servers import WebhookReceiver
from tests.alert_servers import signature_is_valid as signed
from tests.app.test_alerts_end_to_end import news
from tests.cli_runs import monitor
from tests.http_feeds import FeedServer

SECRET = "s3cret-of-the-hook"
WATCHLIST = """
people:
  - id: abishev-aset
    name: Aset Abishev
    status: detained
    tags: [unions]
  - id: nurmagambetova-dana
    name: Dana Nurmagambetova
alerts:
  - name: unions
    webhook: {url: "${WEBHOOK_URL}", secret: "${HOOK_SECRET}"}
    tags: [unions]
  - name: sure-only
    webhook: {url: "${WEBHOOK_URL}", secret: "${HOOK_SECRET}"}
    min_confidence: 0.99
    events: [hunger_strike]
feeds:
  - url: FEED
"""


@pytest.fixture
def hook() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as receiver:
        yield receiver


@pytest.fixture
def watchlist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hook: WebhookReceiver) -> str:
    with FeedServer() as feeds:
        feeds.route(
            "/news.rss",
            body=news(
                "s1",
                "Unionist sentenced",
                "A court sentenced Aset Abishev to four years in prison on Tuesday.",
            ),
        )
        monkeypatch.setenv("WEBHOOK_URL", hook.url("/hook"))
        monkeypatch.setenv("HOOK_SECRET", SECRET)
        path = tmp_path / "watchlist.yaml"
        path.write_text(WATCHLIST.replace("FEED", feeds.url("/news.rss")))
        yield str(path)  # type: ignore[misc]


def test_a_route_preview_shows_each_decision_and_the_message_without_sending(
    watchlist: str,
    hook: WebhookReceiver,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    polled = monitor(["poll", "--watchlist", watchlist], database_url, capsys, monkeypatch)
    assert polled[0] == 0, polled
    received = len(hook.received)  # the poll's own alert

    status, out, _ = monitor(
        ["alerts", "test", "unions", "--person", "abishev-aset", "--watchlist", watchlist],
        database_url,
        capsys,
        monkeypatch,
    )

    assert status == 0, out
    assert "sends any status change: a status change" in out
    assert "sentenced" in out and "detained → imprisoned" in out
    assert "Subject: Aset Abishev: sentenced — detained → imprisoned" in out
    assert len(hook.received) == received  # a preview sends nothing

    status, out, _ = monitor(
        [
            "alerts",
            "test",
            "sure-only",
            "--person",
            "abishev-aset",
            "--format",
            "json",
            "--watchlist",
            watchlist,
        ],
        database_url,
        capsys,
        monkeypatch,
    )
    [shape] = json.loads(out)
    [story] = shape["stories"]
    assert (story["event"], story["sent"]) == ("sentenced", False)
    assert "below min_confidence 0.99" in story["reason"]
    assert [r["case"] for r in shape["rules"]] == [
        "any status change",
        "hunger_strike (status unchanged)",
    ]
    assert shape["message"]["sample"] is True
    assert shape["message"]["subject"] == "Aset Abishev: released — imprisoned → free"


def test_a_route_preview_with_send_sends_it_as_a_test_alert(
    watchlist: str,
    hook: WebhookReceiver,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    args = ["alerts", "test", "unions", "--person", "nurmagambetova-dana", "--send"]

    status, out, _ = monitor([*args, "--watchlist", watchlist], database_url, capsys, monkeypatch)

    assert status == 0, out
    assert "skips any status change: nurmagambetova-dana is not among its people or tags" in out
    assert "test alert sent via unions: HTTP 200" in out
    [request] = hook.received
    body = json.loads(request.body)
    assert body["kind"] == "test" and signed(SECRET, request)
    assert "Test of route 'unions' for Dana Nurmagambetova" in body["headline"]


def test_an_unknown_person_is_bad_usage_named_in_the_message(
    watchlist: str,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    args = ["alerts", "test", "unions", "--person", "nobody-here", "--watchlist", watchlist]

    status, _, err = monitor(args, database_url, capsys, monkeypatch)

    assert status == 2
    assert "'nobody-here'" in err


def test_a_route_with_an_empty_people_list_is_refused_with_its_location(
    tmp_path: Path,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "watchlist.yaml"
    path.write_text(
        "people:\n  - {id: abishev-aset, name: Aset Abishev}\n"
        "alerts:\n  - name: nobody\n    apprise: json://h.example\n    people: []\n"
    )

    status, _, err = monitor(["check", "--watchlist", str(path)], database_url, capsys, monkeypatch)

    assert status == 2
    assert "alerts[0].people" in err and "leave `people` out" in err
