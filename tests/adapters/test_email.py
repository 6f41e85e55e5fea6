"""The email channel against a real SMTP server (aiosmtpd) on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from monitor.adapters.alerts import email as email_channel
from monitor.adapters.alerts import send
from monitor.core.alerts import Alert
from monitor.errors import DeliveryError
from tests.alert_servers import Certificate, MailServer, free_port, self_signed_certificate
from tests.sample_alerts import RELEASE, SENTENCE, hostile_article, release
from tests.slow_receivers import TricklingSMTP

FROM = "Case monitor <monitor@alerts.example.org>"
TO = ("duty@example.org", "lawyer@example.org")


@pytest.fixture
def mail() -> Iterator[MailServer]:
    with MailServer() as server:
        yield server


@pytest.fixture
def certificate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Certificate:
    """A self-signed certificate for 127.0.0.1 that this test's TLS clients trust."""
    cert = self_signed_certificate(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert.cert))
    return cert


def settings(url: str, to: tuple[str, ...] = TO) -> dict[str, object]:
    return {"smtp_url": url, "to": to, "from": FROM}


def send_mail(url: str, *alerts: Alert, to: tuple[str, ...] = TO) -> str:
    return send("email", settings(url, to), list(alerts)).detail


def parts(message: EmailMessage) -> tuple[str, str]:
    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert text is not None and html is not None
    return text.get_content(), html.get_content()


def test_an_alert_is_one_multipart_message_that_shows_why_it_fired(mail: MailServer) -> None:
    detail = send_mail(mail.url(), RELEASE)
    assert detail.startswith(f"accepted by smtp://127.0.0.1:{mail.port} for 2 of 2")
    [got] = mail.messages
    assert got.rcpt_tos == list(TO) and got.mail_from == "monitor@alerts.example.org"
    message = got.message
    assert message.get_content_type() == "multipart/alternative"
    assert message["Subject"] == "Aset Abishev: released — imprisoned → free"
    assert message["To"] == "duty@example.org, lawyer@example.org"
    assert message["Auto-Submitted"] == "auto-generated"
    text, html = parts(message)
    for body in (text, html):
        assert RELEASE.evidence in body
        assert "2026-03-01" in body  # the event's date
        assert "imprisoned → " in body and "free" in body
        for article in RELEASE.articles:  # every report, with its link and source
            assert article.title in body and str(article.url) in body
            assert article.feed_url in body
        assert "https://review.example.org/matches/17" in body
    assert '<a href="https://news.example.org/abishev-free">' in html


def test_updates_about_one_person_thread_together(mail: MailServer) -> None:
    later = release(key="0a1b2c3d4e5f60718293a4b5c6d7e8f9", reminder=True)
    send_mail(mail.url(), RELEASE)
    send_mail(mail.url(), later)
    send_mail(mail.url(), SENTENCE)
    first, second, other = (m.message for m in mail.messages)
    assert first["Message-ID"] == f"<alert.{RELEASE.key}@alerts.example.org>"
    assert second["Message-ID"] == f"<alert.{later.key}@alerts.example.org>"
    thread = "<person.abishev-aset@alerts.example.org>"
    assert first["In-Reply-To"] == second["In-Reply-To"] == first["References"] == thread
    assert other["In-Reply-To"] == "<person.baltabay-yerlan@alerts.example.org>"
    assert second["Subject"].startswith("Reminder: Aset Abishev")


def test_the_same_delivery_sent_again_keeps_its_message_id(mail: MailServer) -> None:
    send_mail(mail.url(), RELEASE)
    send_mail(mail.url(), RELEASE)
    assert len({m.message["Message-ID"] for m in mail.messages}) == 1
    assert {m.message["X-Monitor-Delivery"] for m in mail.messages} == {RELEASE.key}


def test_feed_text_can_never_add_a_header(mail: MailServer) -> None:
    hostile = release(
        person_name="Aset Abishev\r\nBcc: everyone@example.com\r\nX-Injected: yes",
        articles=(hostile_article("Freed\r\nBcc: also@example.com\nX-Injected: again"),),
        evidence="Released.\r\n\r\nX-Injected: body-only",
    )
    send_mail(mail.url(), hostile)
    [got] = mail.messages
    header_lines = got.raw.split(b"\r\n\r\n", 1)[0].decode().split("\r\n")
    assert not [line for line in header_lines if line.startswith(("Bcc", "X-Injected"))]
    assert {"bcc", "x-injected"}.isdisjoint(name.lower() for name in got.message)
    assert got.rcpt_tos == list(TO)
    subject = " ".join(got.message["Subject"].split())  # (a folded header may gain a space)
    assert subject == (
        "Aset Abishev Bcc: everyone@example.com X-Injected: yes: released — imprisoned → free"
    )


def test_feed_markup_is_escaped_and_only_web_links_are_links(mail: MailServer) -> None:
    hostile = release(
        articles=(hostile_article("<script>steal()</script> & <b>bold</b>", "javascript:steal()"),),
        evidence='He said "<img src=x onerror=steal()>" outside.',
    )
    send_mail(mail.url(), hostile)
    _, html = parts(mail.messages[0].message)
    assert "<script" not in html and "<img" not in html and "<b>bold" not in html
    assert "&lt;script&gt;steal()&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html
    assert "&lt;img src=x onerror=steal()&gt;" in html
    assert 'href="javascript' not in html


def test_a_digest_is_one_message_that_counts_its_alerts(mail: MailServer) -> None:
    send_mail(mail.url(), RELEASE, SENTENCE)
    [got] = mail.messages
    message = got.message
    assert message["Subject"] == "Case monitor digest: 2 alerts (Aset Abishev, Yerlan Baltabay)"
    assert message["In-Reply-To"] is None  # two people: no single thread
    assert message["Message-ID"].startswith("<digest-")
    text, html = parts(message)
    for body in (text, html):
        assert RELEASE.evidence in body and SENTENCE.evidence in body


def test_starttls_then_login_with_a_percent_encoded_password(certificate: Certificate) -> None:
    with MailServer(users={"monitor": "p@ss:w/rd"}, starttls=certificate) as mail:
        send_mail(mail.url("monitor", "p%40ss%3Aw%2Frd"), RELEASE)
        [got] = mail.messages
    assert (got.encrypted, got.login) == (True, "monitor")


def test_smtps_speaks_tls_from_the_first_byte(certificate: Certificate) -> None:
    with MailServer(users={"monitor": "secret"}, implicit_tls=certificate) as mail:
        assert mail.url().startswith("smtps://")
        send_mail(mail.url("monitor", "secret"), RELEASE)
        [got] = mail.messages
    assert (got.encrypted, got.login) == (True, "monitor")


def test_an_untrusted_certificate_is_refused_and_retried_later(tmp_path: Path) -> None:
    cert = self_signed_certificate(tmp_path)  # the client does not trust this one
    with MailServer(starttls=cert) as mail:
        with pytest.raises(DeliveryError, match="tls") as refused:
            send_mail(mail.url(), RELEASE)
        assert mail.messages == []
    assert refused.value.permanent is False


def test_a_wrong_password_is_a_permanent_failure() -> None:
    with MailServer(users={"monitor": "right"}) as mail:
        with pytest.raises(DeliveryError, match="authentication failed") as failed:
            send_mail(mail.url("monitor", "wrong"), RELEASE)
        assert mail.messages == []
    assert failed.value.permanent is True
    assert "wrong" not in str(failed.value)  # the password never reaches the attempt log


@pytest.mark.parametrize(
    ("reply", "permanent"),
    [("550 5.1.1 No such user here", True), ("450 4.2.1 Mailbox busy, try later", False)],
    ids=["5xx is permanent", "4xx is transient"],
)
def test_a_refused_recipient(mail: MailServer, reply: str, permanent: bool) -> None:
    mail.refuse_recipients["gone@example.org"] = reply
    with pytest.raises(DeliveryError, match="every recipient refused") as refused:
        send_mail(mail.url(), RELEASE, to=("gone@example.org",))
    assert refused.value.permanent is permanent


def test_a_message_still_reaches_the_recipients_that_were_accepted(mail: MailServer) -> None:
    mail.refuse_recipients["gone@example.org"] = "550 5.1.1 No such user here"
    detail = send_mail(mail.url(), RELEASE, to=("duty@example.org", "gone@example.org"))
    assert "for 1 of 2 recipients; refused: gone@example.org (550" in detail
    assert [m.rcpt_tos for m in mail.messages] == [["duty@example.org"]]


@pytest.mark.parametrize(
    ("reply", "permanent"),
    [("554 5.6.0 Message rejected as spam", True), ("451 4.3.0 Local problem, try later", False)],
    ids=["5xx is permanent", "4xx is transient"],
)
def test_a_refused_message(mail: MailServer, reply: str, permanent: bool) -> None:
    mail.data_replies.append(reply)
    with pytest.raises(DeliveryError) as refused:
        send_mail(mail.url(), RELEASE)
    assert refused.value.permanent is permanent
    assert reply.split()[0] in str(refused.value)


def test_a_server_that_is_down_is_a_transient_failure() -> None:
    with pytest.raises(DeliveryError, match="connection refused") as down:
        send_mail(f"smtp://127.0.0.1:{free_port()}", RELEASE)
    assert down.value.permanent is False


def test_a_server_that_trickles_its_greeting_is_given_up_on_at_the_deadline() -> None:
    with TricklingSMTP(every=0.2) as smtp:
        with pytest.raises(DeliveryError, match="timed out") as slow:
            send("email", settings(smtp.url), [RELEASE], deadline=1.0)
        assert smtp.connections == 1
    assert "the session outlasted the 1 s deadline" in str(slow.value)
    assert slow.value.permanent is False


def test_the_smtp_url_is_read_with_its_defaults() -> None:
    read = email_channel.parse_smtp_url
    assert read("smtp://mail.example.org") == email_channel.SmtpServer(
        False, "mail.example.org", 25, None, None
    )
    assert read("smtps://a%40b:p%2Fw@mail.example.org") == email_channel.SmtpServer(
        True, "mail.example.org", 465, "a@b", "p/w"
    )
    assert "p/w" not in str(read("smtps://a:p%2Fw@mail.example.org:2465"))
    with pytest.raises(DeliveryError) as bad:
        read("http://mail.example.org")
    assert bad.value.permanent is True
