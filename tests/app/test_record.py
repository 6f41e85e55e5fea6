"""Recording findings: stories, status changes, corroboration, idempotence (both databases)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from monitor.adapters.db import people, stories
from monitor.adapters.db.session import Database
from monitor.adapters.db.tables import EventRow, MatchRow, StatusChangeRow, StoryRow
from monitor.app.record import record_findings
from monitor.core.entries import entry_keys
from monitor.core.types import (
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

NOW = datetime(2026, 7, 30, 18, 0, tzinfo=UTC)
WATCHLIST = Watchlist(
    people=(Person("dzhumayev-ablovas", "Ablovas Dzhumayev", status=Status.IMPRISONED),),
    feeds=(FeedConfig("https://one.example.org/rss"), FeedConfig("https://two.example.org/rss")),
)


def store_article(database: Database, title: str, feed: int = 0) -> int:
    entry = ParsedEntry(None, f"https://news.example.org/{title}", title, title, NOW)
    with database.transaction() as session:
        people.sync_watchlist(session, WATCHLIST, NOW)
        feed_id = storage.feeds_to_poll(session)[feed].id
        return storage.add_article(session, feed_id, entry_keys(entry), entry, NOW)


def finding(*events: Event) -> Finding:
    mention = Mention("dzhumayev-ablovas", 0, 9, "Dzhumayev", "Dzhumayev", 0.9)
    return Finding("dzhumayev-ablovas", (mention,), events)


def paroled(current: bool = True, on: date | None = date(2026, 7, 29)) -> Event:
    return Event(
        "dzhumayev-ablovas",
        EventType.PAROLE_GRANTED,
        current,
        0.9,
        "Dzhumayev was released on parole on July 29.",
        on,
        "parole_granted",
    )


def count(database: Database, table: type) -> int:
    with database.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def test_a_current_event_changes_the_status_and_starts_a_story(database: Database) -> None:
    article = store_article(database, "paroled")
    with database.transaction() as session:
        [recorded] = record_findings(session, article, NOW, [finding(paroled())], NOW, WATCHLIST)
    assert [(c.previous, c.new) for c in recorded.changes] == [(Status.IMPRISONED, Status.PAROLED)]
    with database.transaction() as session:
        status, since = stories.person_status(session, "dzhumayev-ablovas")
    assert (status, since) == (Status.PAROLED, datetime(2026, 7, 29, tzinfo=UTC))
    assert count(database, StoryRow) == 1
    assert count(database, StatusChangeRow) == 1


def test_a_second_article_about_the_same_story_corroborates_it(database: Database) -> None:
    first, second = store_article(database, "first"), store_article(database, "second", feed=1)
    with database.transaction() as session:
        record_findings(session, first, NOW, [finding(paroled())], NOW, WATCHLIST)
    later = NOW + timedelta(days=3)
    with database.transaction() as session:
        [recorded] = record_findings(
            session, second, later, [finding(paroled(on=None))], later, WATCHLIST
        )
    assert recorded.changes == ()
    assert count(database, StatusChangeRow) == 1
    with database.transaction() as session:
        story = session.scalars(select(StoryRow)).one()
        story_ids = set(session.scalars(select(EventRow.story_id)))
    assert story.article_count == 2
    assert story_ids == {story.id}


def test_background_events_enter_the_timeline_without_a_story(database: Database) -> None:
    article = store_article(database, "profile")
    with database.transaction() as session:
        [recorded] = record_findings(
            session,
            article,
            NOW,
            [finding(paroled(current=False, on=date(2016, 2, 1)))],
            NOW,
            WATCHLIST,
        )
        [person] = people.person_views(session, "dzhumayev-ablovas")
    assert recorded.changes == ()
    assert person.status == "imprisoned"
    assert [(e.type, e.current, e.changed) for e in person.timeline] == [
        ("parole_granted", False, None)
    ]
    assert count(database, StoryRow) == 0


def test_recording_the_same_findings_twice_adds_nothing(database: Database) -> None:
    article = store_article(database, "paroled")
    for _ in range(2):
        with database.transaction() as session:
            record_findings(session, article, NOW, [finding(paroled())], NOW, WATCHLIST)
    assert (count(database, MatchRow), count(database, EventRow)) == (1, 1)
    assert (count(database, StoryRow), count(database, StatusChangeRow)) == (1, 1)


def test_a_new_event_in_a_known_match_is_added_once(database: Database) -> None:
    article = store_article(database, "paroled")
    with database.transaction() as session:
        record_findings(session, article, NOW, [finding(paroled())], NOW, WATCHLIST)
    earlier_sentence = Event(
        "dzhumayev-ablovas",
        EventType.SENTENCED,
        False,
        0.8,
        "He was sentenced in 2018.",
        date(2018, 4, 2),
    )
    with database.transaction() as session:
        [recorded] = record_findings(
            session, article, NOW, [finding(paroled(), earlier_sentence)], NOW, WATCHLIST
        )
    assert [e.type for e in recorded.new_events] == [EventType.SENTENCED]
    assert (count(database, MatchRow), count(database, EventRow)) == (1, 2)
