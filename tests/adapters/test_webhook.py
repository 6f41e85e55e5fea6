"""The webhook and Apprise channels against a real HTTP receiver on 127.0.0.1."""

from __future__ import annotations

import importlib
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from monitor.adapters.alerts import send, webhook
from monitor.core.alerts import Alert
from monitor.core.watchlist import CHANNELS
from monitor.errors import DeliveryError
from tests.alert_servers import Request, WebhookReceiver, free_port, signature_is_valid
from tests.sample_alerts import RELEASE, SENTENCE, hostile_article, release
from tests.slow_receivers import TricklingWebhook

SECRET = "a webhook secret from the environment"


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as running:
        yield running


def post(receiver: WebhookReceiver, *alerts: Alert, **settings: Any) -> str:
    route = {"url": receiver.url("/hook/t0ken"), "secret": SECRET, "format": "json"} | settings
    return send("webhook", route, list(alerts)).detail


def body(request: Request) -> Any:
    return json.loads(request.body)


def test_an_alert_is_posted_as_the_schema_1_payload_and_signed(receiver: WebhookReceiver) -> None:
    assert post(receiver, RELEASE) == f"HTTP 200 from {receiver.url('')}"
    [request] = receiver.received
    assert request.path == "/hook/t0ken"
    assert request.headers["content-type"] == "application/json; charset=utf-8"
    assert request.headers["x-monitor-event"] == "status_change"
    assert request.headers["x-monitor-delivery"] == RELEASE.key
    assert request.headers["x-monitor-timestamp"].isdigit()
    assert request.headers["x-monitor-signature"].startswith("sha256=")
    assert signature_is_valid(SECRET, request)
    assert body(request) == {
        "schema": 1,
        "kind": "status_change",
        "delivery": RELEASE.key,
        "reminder": False,
        "headline": "Aset Abishev: released — imprisoned → free",
        "person": {
            "id": "abishev-aset",
            "name": "Aset Abishev",
            "tags": ["kazakhstan", "activists"],
        },
        "previous_status": "imprisoned",
        "new_status": "free",
        "event": {"type": "released", "date": "2026-03-01", "evidence": RELEASE.evidence},
        "articles": [
            {
                "title": "Activist Abishev walks out of the colony",
                "url": "https://news.example.org/abishev-free",
                "feed_url": "https://news.example.org/rss",
                "published": "2026-03-02T08:00:00+00:00",
            },
            {
                "title": "Abishev freed, family says",
                "url": "https://other.example.net/2026/03/abishev",
                "feed_url": "https://other.example.net/feed.xml",
                "published": "2026-03-02T08:40:00+00:00",
            },
        ],
        "detected_at": "2026-03-02T09:05:00+00:00",
        "review_url": "https://review.example.org/matches/17",
    }


def test_a_signature_does_not_survive_a_changed_body_or_another_secret(
    receiver: WebhookReceiver,
) -> None:
    post(receiver, RELEASE)
    [request] = receiver.received
    tampered = Request(request.path, request.headers, request.body.replace(b"free", b"held"))
    assert not signature_is_valid(SECRET, tampered)
    assert not signature_is_valid("another secret", request)


def test_every_send_of_one_delivery_carries_the_same_key(receiver: WebhookReceiver) -> None:
    post(receiver, RELEASE)
    post(receiver, RELEASE)
    assert [r.headers["x-monitor-delivery"] for r in receiver.received] == [RELEASE.key] * 2
    assert all(signature_is_valid(SECRET, r) for r in receiver.received)


def test_a_route_without_a_secret_sends_no_signature(receiver: WebhookReceiver) -> None:
    post(receiver, RELEASE, secret=None)
    [request] = receiver.received
    assert "x-monitor-signature" not in request.headers
    assert request.headers["x-monitor-delivery"] == RELEASE.key


@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        (200, "sent"),
        (202, "sent"),
        (204, "sent"),
        (408, "transient"),
        (429, "transient"),
        (500, "transient"),
        (503, "transient"),
        (400, "permanent"),
        (401, "permanent"),
        (404, "permanent"),
        (410, "permanent"),
        (301, "permanent"),
    ],
    ids=str,
)
def test_the_answer_decides_sent_retried_or_failed(
    receiver: WebhookReceiver, status: int, outcome: str
) -> None:
    receiver.answer(status)
    if outcome == "sent":
        assert post(receiver, RELEASE).startswith(f"HTTP {status}")
        return
    with pytest.raises(DeliveryError) as failed:
        post(receiver, RELEASE)
    assert failed.value.permanent is (outcome == "permanent")
    assert str(failed.value).startswith(f"HTTP {status} from {receiver.url('')}")
    assert "t0ken" not in str(failed.value)  # a URL's path may be a secret: never logged


def test_a_receiver_that_is_down_is_a_transient_failure() -> None:
    route = {"url": f"http://127.0.0.1:{free_port()}/hook", "secret": SECRET}
    with pytest.raises(DeliveryError, match="ConnectError") as down:
        send("webhook", route, [RELEASE])
    assert down.value.permanent is False


def test_a_digest_is_one_post_carrying_every_alert(receiver: WebhookReceiver) -> None:
    post(receiver, RELEASE, SENTENCE)
    [request] = receiver.received
    payload = body(request)
    assert request.headers["x-monitor-event"] == "digest"
    assert request.headers["x-monitor-delivery"] == payload["delivery"]
    assert payload["delivery"].startswith("digest-")
    assert (payload["schema"], payload["kind"]) == (1, "digest")
    assert [a["delivery"] for a in payload["alerts"]] == [RELEASE.key, SENTENCE.key]
    assert [a["person"]["id"] for a in payload["alerts"]] == ["abishev-aset", "baltabay-yerlan"]
    assert signature_is_valid(SECRET, request)
    post(receiver, SENTENCE, RELEASE)  # the same alerts again: the same key
    assert receiver.received[1].headers["x-monitor-delivery"] == payload["delivery"]


def test_the_slack_format_sends_text_and_blocks_and_escapes_feed_text(
    receiver: WebhookReceiver,
) -> None:
    hostile = release(
        articles=(hostile_article("<!channel> Abishev | <https://evil.example|click>"),),
        evidence="Freed & home <@U0123> today.",
    )
    post(receiver, hostile, format="slack")
    [request] = receiver.received
    message = body(request)
    assert set(message) == {"text", "blocks"}
    assert message["text"] == "Aset Abishev: released — imprisoned → free"
    section = message["blocks"][0]["text"]["text"]
    assert section.startswith("*Aset Abishev: released — imprisoned → free*")
    assert "> Freed &amp; home &lt;@U0123&gt; today." in section
    assert "<!channel>" not in section and "<https://evil" not in section
    assert "<https://news.example.org/x|&lt;!channel&gt; Abishev ¦ &lt;https://" in section
    assert "<https://review.example.org/matches/17|Review this match>" in section
    assert signature_is_valid(SECRET, request)  # Slack ignores the headers; others may not


def test_a_slack_digest_has_a_header_and_a_section_per_alert(receiver: WebhookReceiver) -> None:
    post(receiver, RELEASE, SENTENCE, format="slack")
    blocks = body(receiver.received[0])["blocks"]
    assert blocks[0]["type"] == "header"
    assert (
        blocks[0]["text"]["text"] == "Case monitor digest: 2 alerts (Aset Abishev, Yerlan Baltabay)"
    )
    sections = [b["text"]["text"] for b in blocks if b["type"] == "section"]
    assert [s.split("*")[1] for s in sections] == [RELEASE.headline, SENTENCE.headline]


def test_apprise_carries_the_headline_and_the_text(receiver: WebhookReceiver) -> None:
    url = receiver.url("/apprise").replace("http://", "json://")
    assert send("apprise", {"url": url}, [RELEASE]).detail == "sent by apprise json://"
    [request] = receiver.received
    message = body(request)
    assert message["title"] == RELEASE.headline
    assert RELEASE.evidence in message["message"]
    assert "https://other.example.net/2026/03/abishev" in message["message"]


def test_apprise_failing_to_notify_is_transient(receiver: WebhookReceiver) -> None:
    receiver.answer(500)
    url = receiver.url("/apprise").replace("http://", "json://")
    with pytest.raises(DeliveryError, match="notification failed") as failed:
        send("apprise", {"url": url}, [RELEASE])
    assert failed.value.permanent is False


def test_an_apprise_url_it_cannot_read_is_permanent() -> None:
    with pytest.raises(DeliveryError, match="nosuchservice://") as failed:
        send("apprise", {"url": "nosuchservice://token@chat"}, [RELEASE])
    assert failed.value.permanent is True
    assert "token" not in str(failed.value)


DOCS = Path(__file__).resolve().parents[2] / "docs" / "webhooks.md"


def docs_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)


def test_the_documented_payload_is_what_is_sent() -> None:
    assert json.loads(docs_blocks("json")[0]) == webhook.payload([RELEASE])


def test_the_documented_verification_accepts_real_requests_and_refuses_the_rest(
    receiver: WebhookReceiver,
) -> None:
    namespace: dict[str, Any] = {}
    exec(docs_blocks("python")[0], namespace)
    verify = namespace["verify"]
    post(receiver, RELEASE)
    [request] = receiver.received
    stamp, signed = request.headers["x-monitor-timestamp"], request.headers["x-monitor-signature"]
    assert verify(SECRET, stamp, signed, request.body) is True
    assert verify("another secret", stamp, signed, request.body) is False
    assert verify(SECRET, stamp, signed, request.body + b" ") is False
    old = webhook.signed_headers(
        request.body,
        event="status_change",
        delivery=RELEASE.key,
        secret=SECRET,
        now=int(time.time()) - 3600,
    )
    correctly_signed_but_old = (old["X-Monitor-Timestamp"], old["X-Monitor-Signature"])
    assert verify(SECRET, *correctly_signed_but_old, request.body) is False


def test_every_channel_a_route_may_name_has_a_sender_of_its_name() -> None:
    for channel in CHANNELS:
        assert callable(importlib.import_module(f"monitor.adapters.alerts.{channel}").send)


def test_an_unknown_channel_is_a_permanent_failure() -> None:
    with pytest.raises(DeliveryError, match="unknown alert channel 'pager'") as failed:
        send("pager", {}, [RELEASE])
    assert failed.value.permanent is True


def test_an_answer_that_trickles_in_is_cut_off_at_the_deadline() -> None:
    with TricklingWebhook(every=0.2) as hook:
        with pytest.raises(DeliveryError, match="timed out") as slow:
            send("webhook", {"url": hook.url, "secret": SECRET}, [RELEASE], deadline=1.0)
        assert hook.requests == 1
    assert "within the 1 s deadline" in str(slow.value)
    assert slow.value.permanent is False


def test_apprise_is_given_up_on_at_the_deadline() -> None:
    with TricklingWebhook(every=0.2) as hook:
        url = hook.url.replace("http://", "json://")
        with pytest.raises(DeliveryError, match="timed out") as slow:
            send("apprise", {"url": url}, [RELEASE], deadline=1.0)
    assert slow.value.permanent is False
