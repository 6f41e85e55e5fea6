"""The review pages over matches made by `monitor poll --once`."""

from __future__ import annotations

import csv
import io
import re
from html import unescape

from fastapi.testclient import TestClient
from sqlalchemy import select

from monitor.adapters.db import deliveries
from monitor.adapters.db.tables import DeliveryRow, FeedRow, ReviewActionRow
from tests.web.conftest import USER, Site, csrf_of


def without_anchors(html: str) -> str:
    """The page without the ids that let a reader jump to a mention or the evidence."""
    return re.sub(r' id="(?:mention|evidence)-\d+"', "", html)


def match_id(client: TestClient, person: str) -> int:
    [found] = client.get("/api/matches", params={"person": person}).json()
    return int(found["id"])


def test_a_feed_title_and_an_article_title_carrying_script_show_as_text(
    browser_client: TestClient,
) -> None:
    feeds = browser_client.get("/feeds").text
    assert "&lt;script&gt;alert(&#39;feed&#39;)&lt;/script&gt; Steppe News" in feeds
    log = browser_client.get("/matches").text
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Serikzhan Bilash sentenced" in log
    for page in (feeds, log):
        assert "<script" not in page


def test_the_dashboard_shows_changes_awaiting_review_people_feeds_and_failing_alerts(
    browser_client: TestClient,
) -> None:
    html = browser_client.get("/").text
    awaiting = html.split("Status changes awaiting review", 1)[1].split("</section>", 1)[0]
    assert "Vladimir Kozlov" in awaiting and "Serikzhan Bilash" in awaiting
    assert re.search(r"imprisoned</span> → <span[^>]*>detained", awaiting)
    assert "People by status" in html and "2 active: 2 healthy, 0 failing" in html
    failing = html.split("Deliveries failing", 1)[1].split("</section>", 1)[0]
    assert "hook" in failing and "No failing deliveries" not in failing


def test_the_match_log_filters_by_person_event_review_state_feed_dates_and_text(
    browser_client: TestClient, site: Site
) -> None:
    def titles(**query: str) -> set[str]:
        html = browser_client.get("/matches", params=query).text
        found = re.findall(r'<a class="title" href="/matches/\d+">([^<]+)</a>', html)
        return {unescape(title) for title in found}

    everything = titles()
    assert "Vladimir Kozlov detained in Almaty" in everything and len(everything) >= 3
    assert titles(person="kozlov-vladimir") == {"Vladimir Kozlov detained in Almaty"}
    assert titles(event_type="sentenced") == {
        "<script>alert('title')</script> Serikzhan Bilash sentenced"
    }
    assert titles(q="CONFERENCE") == {"Serikzhan Bilash speaks at a conference"}
    assert titles(review_state="dismissed") == set()
    feeds = {f["title"]: f["url"] for f in browser_client.get("/api/feeds").json()}
    steppe = titles(feed=feeds["<script>alert('feed')</script> Steppe News"])
    assert "Vladimir Kozlov detained in Almaty" in steppe
    assert "Kazakhstan: U.S. lawyer to defend jailed businessman" not in steppe
    assert titles(since="2999-01-01") == set() and titles(until="2000-01-01") == set()
    assert titles(since="2000-01-01", until="2999-12-31") == everything
    html = browser_client.get("/matches", params={"since": "yesterday"}).text
    assert "since: &#39;yesterday&#39; is not a date" in html


def test_the_match_log_pages_newest_first(browser_client: TestClient) -> None:
    html = browser_client.get("/matches").text
    ids = [int(i) for i in re.findall(r'id="match-(\d+)"', html)]
    assert ids == sorted(ids, reverse=True)
    assert browser_client.get("/matches", params={"page": 99}).status_code == 200


def test_the_filtered_log_exports_as_csv_and_json(browser_client: TestClient) -> None:
    exported = browser_client.get("/matches/export.json", params={"person": "kozlov-vladimir"})
    assert exported.headers["content-disposition"].startswith("attachment")
    [row] = exported.json()
    assert row == browser_client.get("/api/matches", params={"person": "kozlov-vladimir"}).json()[0]
    table = browser_client.get("/matches/export.csv", params={"event_type": "sentenced"})
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert [r["person_id"] for r in rows] == ["bilash-serikzhan"]
    assert rows[0]["events"] == "sentenced"


def test_the_match_detail_highlights_mentions_and_marks_the_evidence(
    browser_client: TestClient,
) -> None:
    html = without_anchors(
        browser_client.get(f"/matches/{match_id(browser_client, 'kozlov-vladimir')}").text
    )
    assert '<mark class="mention">Vladimir Kozlov</mark> detained in Almaty' in html
    assert re.search(
        r'<span class="evidence">Police detained the activist </span>'
        r'<mark class="mention"><span class="evidence">Vladimir Kozlov</span></mark>'
        r'<span class="evidence"> in Almaty on Monday.</span>',
        html,
    )
    assert "full name" in html and "97%" in html  # why: the rule and the confidence
    assert 'href="https://news.example.org/k1"' in html and 'rel="noopener noreferrer' in html


def test_a_spelling_variant_shows_which_watchlist_name_it_matched(
    browser_client: TestClient,
) -> None:
    found = browser_client.get("/api/matches", params={"person": "yerimbetov-iskander"}).json()
    if not found:  # the seed articles live beside the repository
        return
    html = without_anchors(browser_client.get(f"/matches/{found[0]['id']}").text)
    assert '<mark class="mention">Iskander Erimbetov</mark>' in html
    assert "<td>Iskander Yerimbetov</td>" in html and "spelling variant" in html


def test_dismissing_a_match_reverts_the_status_cancels_its_alert_and_is_audited(
    browser_client: TestClient, site: Site
) -> None:
    mid = match_id(browser_client, "kozlov-vladimir")
    page = browser_client.get(f"/matches/{mid}").text
    assert re.search(r'id="person-status"><span class="status[^"]*">detained', page)
    response = browser_client.post(
        f"/matches/{mid}/review",
        data={"verdict": "dismiss", "note": "a <b>namesake</b>", "csrf_token": csrf_of(page)},
    )
    assert response.status_code == 200 and f"/matches/{mid}" in str(response.url)
    assert re.search(r'id="person-status"><span class="status[^"]*">imprisoned', response.text)
    assert "reverted" in response.text and "a &lt;b&gt;namesake&lt;/b&gt;" in response.text
    assert '<p class="notice" role="status">Match dismissed: any status change' in response.text
    with site.database.transaction() as session:
        [audit] = session.scalars(select(ReviewActionRow)).all()
        states = set(
            session.scalars(
                select(DeliveryRow.state).where(DeliveryRow.person_id == "kozlov-vladimir")
            )
        )
    assert (audit.action, audit.actor, audit.note) == ("dismiss", USER, "a <b>namesake</b>")
    assert audit.detail and audit.detail["status"] == ["detained", "imprisoned"]
    assert states == {"cancelled"}
    person = browser_client.get("/people/kozlov-vladimir").text
    assert re.search(r'<li class="dismissed">.*?change reverted', person, re.S)
    confirmed = browser_client.post(
        f"/matches/{mid}/review", data={"verdict": "confirm", "csrf_token": csrf_of(page)}
    )
    assert re.search(r'id="person-status"><span class="status[^"]*">detained', confirmed.text)


def test_the_person_page_shows_the_timeline_and_edits_the_known_status(
    browser_client: TestClient, site: Site
) -> None:
    page = browser_client.get("/people/bilash-serikzhan").text
    assert "A court in Almaty sentenced Serikzhan Bilash" in page
    assert re.search(r"unknown</span> → <span[^>]*>imprisoned", page)
    saved = browser_client.post(
        "/people/bilash-serikzhan/status",
        data={"status": "free", "note": "released on Friday", "csrf_token": csrf_of(page)},
    )
    assert saved.status_code == 200
    assert re.search(r'<p class="lead"><span class="status status-free">free', saved.text)
    assert "released on Friday" in saved.text
    with site.database.transaction() as session:
        [audit] = session.scalars(select(ReviewActionRow)).all()
    assert (audit.action, audit.person_id, audit.actor) == ("set_status", "bilash-serikzhan", USER)
    assert browser_client.get("/people/nobody").status_code == 404


def test_the_alerts_page_retries_and_acknowledges_a_delivery(
    browser_client: TestClient, site: Site
) -> None:
    page = browser_client.get("/alerts").text
    [first, *_] = re.findall(r'action="/alerts/(\d+)/retry"', page)
    assert "http://127.0.0.1:9/…" in page  # the failed attempt, the URL's path not shown
    assert "/unreachable" not in page and "/unreachable" not in browser_client.get("/").text
    retried = browser_client.post(f"/alerts/{first}/retry", data={"csrf_token": csrf_of(page)})
    assert retried.status_code == 200 and f"done={first}%3Aretrying" in str(retried.url)
    acked = browser_client.post(f"/alerts/{first}/ack", data={"csrf_token": csrf_of(page)})
    assert f"done={first}%3Aacknowledged" in str(acked.url)
    with site.database.transaction() as session:
        row = session.get(DeliveryRow, int(first))
        assert row is not None and row.acked_at is not None and row.state == "pending"
    assert "failed" in browser_client.get("/alerts", params={"state": "failed"}).text


def test_a_source_health_alert_names_its_feed_instead_of_a_person(
    browser_client: TestClient, site: Site
) -> None:
    with site.database.transaction() as session:
        feed = session.scalars(select(FeedRow).order_by(FeedRow.id)).first()
        assert feed is not None
        url, now = feed.url, feed.created_at
        deliveries.enqueue(
            session,
            deliveries.NewDelivery(
                route="hook",
                channel="webhook",
                kind="source_health",
                person_id=None,
                send_at=now,
                feed_id=feed.id,
                source_state="failing",
                summary="failing for a day",
            ),
            now,
        )
    page = browser_client.get("/alerts").text
    assert f"feed {url}: failing for a day" in page
    assert 'href="/people/"' not in page


def test_unknown_pages_and_bad_ids_answer_plain_errors(browser_client: TestClient) -> None:
    assert browser_client.get("/matches/999999").status_code == 404
    assert browser_client.get("/matches/not-a-number").status_code == 400
    assert browser_client.get("/matches/0").status_code == 400


def test_dismissing_a_match_whose_alert_was_sent_shows_a_correction_on_the_alerts_page(
    browser_client: TestClient, site: Site
) -> None:
    with site.database.transaction() as session:
        sent = list(
            session.scalars(select(DeliveryRow).where(DeliveryRow.person_id == "kozlov-vladimir"))
        )
        for row in sent:  # as if the receiver had taken them
            row.state, row.sent_at = "sent", row.created_at
    assert sent
    mid = match_id(browser_client, "kozlov-vladimir")
    page = browser_client.get(f"/matches/{mid}").text
    browser_client.post(
        f"/matches/{mid}/review", data={"verdict": "dismiss", "csrf_token": csrf_of(page)}
    )
    alerts = browser_client.get("/alerts").text
    for row in sent:
        assert alerts.count(f"correction of #{row.id})") == 1
