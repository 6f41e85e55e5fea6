"""Review: dismissing a match reverts what it changed and cancels its unsent alerts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from monitor.adapters.db import deliveries, matches, people, review, stories
from monitor.adapters.db.review import ReviewOutcome, review_match
from monitor.adapters.db.session import Database
from monitor.adapters.db.tables import ReviewActionRow
from monitor.app.record import FoundIn, record_findings
from monitor.core.entries import entry_keys
from monitor.core.types import (
    AlertRoute,
    Event,
    EventType,
    FeedConfig,
    Finding,
    Mention,
    ParsedEntry,
    Person,
    Status,
    Watchlist,
)
from tests import storage

NOW = datetime(2026, 4, 10, 12, 0, tzinfo=UTC)
BILASH = Person("bilash-serikzhan", "Serikzhan Bilash", status=Status.HOUSE_ARREST)
WATCHLIST = Watchlist(
    people=(BILASH,),
    feeds=(FeedConfig("https://news.example.org/rss"),),
    alerts=(AlertRoute("hook", "webhook", {"url": "http://127.0.0.1:9/"}),),
)


def report(database: Database, kind: EventType, when: datetime, title: str) -> int:
    """Store an article saying ``kind`` happened to Bilash; returns the match id."""
    entry = ParsedEntry(None, f"https://news.example.org/{title}", title, title, when)
    finding = Finding(
        BILASH.id,
        (Mention(BILASH.id, 0, 6, "Bilash", "Bilash", 0.9),),
        (Event(BILASH.id, kind, True, 0.9, f"Bilash: {kind}.", when.date()),),
    )
    with database.transaction() as session:
        people.sync_watchlist(session, WATCHLIST, when)
        feed_id = storage.feeds_to_poll(session)[0].id
        article = storage.add_article(session, feed_id, entry_keys(entry), entry, when)
        [recorded] = record_findings(session, FoundIn(article, when, [finding]), when, WATCHLIST)
    return recorded.match_id


def status_of(database: Database) -> Status:
    with database.transaction() as session:
        return stories.person_status(session, BILASH.id)[0]


def test_dismissing_a_match_reverts_its_status_change_and_cancels_its_alert(
    database: Database,
) -> None:
    match_id = report(database, EventType.DETAINED, NOW, "arrest")
    assert status_of(database) == Status.DETAINED
    with database.transaction() as session:
        outcome = review_match(
            session, match_id, dismiss=True, actor="aigerim", note="a namesake", now=NOW
        )
    assert outcome is not None
    assert (outcome.status_before, outcome.status_after) == ("detained", "house_arrest")
    assert (outcome.reverted_changes, outcome.cancelled_deliveries) == (1, 1)
    assert outcome.corrections == 0  # it was never sent: nothing to take back
    assert status_of(database) == Status.HOUSE_ARREST
    with database.transaction() as session:
        [delivery] = deliveries.list_deliveries(session)
        [audit] = session.scalars(select(ReviewActionRow)).all()
        [match] = matches.list_matches(session, matches.MatchSearch())
    assert delivery.state == "cancelled"
    assert (audit.action, audit.actor, audit.note) == ("dismiss", "aigerim", "a namesake")
    assert match.review_state == "dismissed"


def test_dismissing_the_latest_change_falls_back_to_the_one_before(database: Database) -> None:
    report(database, EventType.DETAINED, NOW, "arrest")
    release = report(database, EventType.RELEASED, NOW + timedelta(days=3), "release")
    assert status_of(database) == Status.FREE
    with database.transaction() as session:
        review_match(session, release, dismiss=True, actor="a", note=None, now=NOW)
    assert status_of(database) == Status.DETAINED


def test_confirming_a_dismissed_match_restores_its_status_change(database: Database) -> None:
    match_id = report(database, EventType.DETAINED, NOW, "arrest")
    with database.transaction() as session:
        review_match(session, match_id, dismiss=True, actor="a", note=None, now=NOW)
    with database.transaction() as session:
        outcome = review_match(
            session, match_id, dismiss=False, actor="b", note="it was him", now=NOW
        )
    assert outcome is not None and outcome.restored_changes == 1
    assert status_of(database) == Status.DETAINED
    with database.transaction() as session:
        actions = [
            a.action for a in session.scalars(select(ReviewActionRow).order_by(ReviewActionRow.id))
        ]
    assert actions == ["dismiss", "confirm"]


def send_everything_due(database: Database, when: datetime) -> None:
    """Mark every due delivery sent, as a dispatcher would after a 200."""
    with database.transaction() as session:
        for claimed in storage.claim_due(session, when, "w", timedelta(minutes=5), 10):
            attempt = storage.start_attempt(session, claimed, "w", when)
            assert attempt is not None
            storage.finish_attempt(
                session,
                attempt,
                claimed,
                outcome="sent",
                detail="HTTP 200",
                started_at=when,
                now=when,
            )


def dismiss(database: Database, match_id: int, confirm: bool = False) -> ReviewOutcome:
    with database.transaction() as session:
        outcome = review_match(
            session, match_id, dismiss=not confirm, actor="a", note=None, now=NOW
        )
    assert outcome is not None
    return outcome


def test_a_sent_alert_is_corrected_not_cancelled_by_a_later_dismissal(
    database: Database,
) -> None:
    match_id = report(database, EventType.DETAINED, NOW, "arrest")
    send_everything_due(database, NOW)
    outcome = dismiss(database, match_id)
    assert (outcome.cancelled_deliveries, outcome.corrections) == (0, 1)
    with database.transaction() as session:
        correction, original = deliveries.list_deliveries(session)
    assert (original.state, original.kind) == ("sent", "status_change")
    assert (correction.state, correction.kind) == ("pending", "correction")
    assert (correction.route, correction.corrects_id) == (original.route, original.id)


def test_an_alert_is_corrected_once_however_often_its_match_is_dismissed(
    database: Database,
) -> None:
    match_id = report(database, EventType.DETAINED, NOW, "arrest")
    send_everything_due(database, NOW)
    assert dismiss(database, match_id).corrections == 1
    assert dismiss(database, match_id).corrections == 0
    dismiss(database, match_id, confirm=True)
    outcome = dismiss(database, match_id)
    assert (outcome.corrections, outcome.cancelled_deliveries) == (0, 0)
    with database.transaction() as session:
        states = sorted((d.kind, d.state) for d in deliveries.list_deliveries(session))
    assert states == [("correction", "pending"), ("status_change", "sent")]


def test_an_alert_taken_back_gets_no_reminder(database: Database) -> None:
    match_id = report(database, EventType.DETAINED, NOW, "arrest")
    send_everything_due(database, NOW)
    later = NOW + timedelta(days=1)
    with database.transaction() as session:
        assert len(deliveries.unacknowledged(session, "hook", later)) == 1
    dismiss(database, match_id)
    send_everything_due(database, NOW)  # the correction goes out
    with database.transaction() as session:
        assert deliveries.unacknowledged(session, "hook", later) == []


def test_reviewing_a_missing_match_changes_nothing(database: Database) -> None:
    with database.transaction() as session:
        assert review_match(session, 4242, dismiss=True, actor="a", note=None, now=NOW) is None
        assert session.scalars(select(ReviewActionRow)).all() == []


def set_by_hand(database: Database, status: str, when: datetime) -> None:
    with database.transaction() as session:
        said = review.HandSetStatus(status, "aigerim", "her lawyer called")
        review.set_known_status(session, BILASH.id, said, when)


def test_a_status_set_by_hand_outlives_dismissing_an_older_match(database: Database) -> None:
    report(database, EventType.DETAINED, NOW, "arrest")
    trial = report(database, EventType.SENTENCED, NOW + timedelta(days=1), "verdict")
    set_by_hand(database, "free", NOW + timedelta(days=2))
    with database.transaction() as session:
        outcome = review_match(session, trial, dismiss=True, actor="a", note=None, now=NOW)
    assert outcome is not None and outcome.status_after == "free"  # not back to "detained"
    assert status_of(database) == Status.FREE


def test_a_status_set_by_hand_outlives_a_watchlist_sync(database: Database) -> None:
    report(database, EventType.DETAINED, NOW, "arrest")
    set_by_hand(database, "free", NOW + timedelta(days=1))
    with database.transaction() as session:
        people.sync_watchlist(session, WATCHLIST, NOW + timedelta(days=2))  # says house_arrest
        [person] = people.person_views(session, BILASH.id)
    assert (person.known_status, person.status) == ("free", "free")


def test_news_detected_after_a_status_set_by_hand_wins_over_it(database: Database) -> None:
    set_by_hand(database, "free", NOW)
    arrest = report(database, EventType.DETAINED, NOW + timedelta(days=1), "arrest")
    report(database, EventType.SENTENCED, NOW + timedelta(days=2), "verdict")
    assert status_of(database) == Status.IMPRISONED
    with database.transaction() as session:
        review_match(session, arrest, dismiss=True, actor="a", note=None, now=NOW)
    assert status_of(database) == Status.IMPRISONED


def test_an_edit_of_the_watchlist_file_after_a_status_set_by_hand_is_the_newer_word(
    database: Database,
) -> None:
    with database.transaction() as session:
        people.sync_watchlist(session, WATCHLIST, NOW)  # the file says house_arrest
    set_by_hand(database, "free", NOW)
    edited = Watchlist(people=(Person(BILASH.id, BILASH.name, status=Status.IMPRISONED),))
    with database.transaction() as session:
        people.sync_watchlist(session, WATCHLIST, NOW + timedelta(days=1))  # unchanged file
        assert people.person_views(session, BILASH.id)[0].known_status == "free"
        people.sync_watchlist(session, edited, NOW + timedelta(days=2))
        assert people.person_views(session, BILASH.id)[0].known_status == "imprisoned"
