"""Recording findings: stories, status changes, corroboration, idempotence (both databases)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select

from monitor.adapters.db import people, stories
from monitor.adapters.db.session import Database
from monitor.adapters.db.tables import DeliveryRow, EventRow, MatchRow, StatusChangeRow, StoryRow
from monitor.app.record import FoundIn, record_articles, record_findings
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
        [recorded] = record_findings(
            session, FoundIn(article, NOW, [finding(paroled())]), NOW, WATCHLIST
        )
    assert [(c.previous, c.new) for c in recorded.changes] == [(Status.IMPRISONED, Status.PAROLED)]
    with database.transaction() as session:
        status, since = stories.person_status(session, "dzhumayev-ablovas")
    assert (status, since) == (Status.PAROLED, datetime(2026, 7, 29, tzinfo=UTC))
    assert count(database, StoryRow) == 1
    assert count(database, StatusChangeRow) == 1


def test_a_second_article_about_the_same_story_corroborates_it(database: Database) -> None:
    first, second = store_article(database, "first"), store_article(database, "second", feed=1)
    with database.transaction() as session:
        record_findings(session, FoundIn(first, NOW, [finding(paroled())]), NOW, WATCHLIST)
    later = NOW + timedelta(days=3)
    with database.transaction() as session:
        [recorded] = record_findings(
            session, FoundIn(second, later, [finding(paroled(on=None))]), later, WATCHLIST
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
            FoundIn(article, NOW, [finding(paroled(current=False, on=date(2016, 2, 1)))]),
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
            record_findings(session, FoundIn(article, NOW, [finding(paroled())]), NOW, WATCHLIST)
    assert (count(database, MatchRow), count(database, EventRow)) == (1, 1)
    assert (count(database, StoryRow), count(database, StatusChangeRow)) == (1, 1)


def test_a_new_event_in_a_known_match_is_added_once(database: Database) -> None:
    article = store_article(database, "paroled")
    with database.transaction() as session:
        record_findings(session, FoundIn(article, NOW, [finding(paroled())]), NOW, WATCHLIST)
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
            session, FoundIn(article, NOW, [finding(paroled(), earlier_sentence)]), NOW, WATCHLIST
        )
    assert [e.type for e in recorded.new_events] == [EventType.SENTENCED]
    assert (count(database, MatchRow), count(database, EventRow)) == (1, 2)


# --- a batch of articles, recorded set-wise (the polling pass's path) -------------------

TWINS = Watchlist(
    people=(
        Person("one-by-one", "Aidos Tursyn", status=Status.IMPRISONED),
        Person("in-a-batch", "Berik Tursyn", status=Status.IMPRISONED),
    ),
    feeds=WATCHLIST.feeds,
    alerts=(
        AlertRoute("hook", "webhook", {"url": "http://127.0.0.1:9/"}),
        AlertRoute(
            "desk", "webhook", {"url": "http://127.0.0.1:9/"}, events=(EventType.PAROLE_DENIED,)
        ),
        AlertRoute("digest", "webhook", {"url": "http://127.0.0.1:9/"}, digest_at=time(8, 0)),
    ),
)


def twin_articles(database: Database, person_id: str, count: int) -> list[int]:
    with database.transaction() as session:
        people.sync_watchlist(session, TWINS, NOW)
        feed_id = storage.feeds_to_poll(session)[0].id
        ids = []
        for n in range(count):
            title = f"{person_id} {n}"
            entry = ParsedEntry(None, f"https://news.example.org/{title}", title, title, NOW)
            ids.append(storage.add_article(session, feed_id, entry_keys(entry), entry, NOW))
        return ids


def happened(person_id: str, kind: EventType, on: date | None, current: bool = True) -> Event:
    return Event(person_id, kind, current, 0.9, f"{person_id}: {kind}.", on, str(kind))


# What the articles say, in the order they are recorded: (published, events) each.
STORY = [
    (NOW - timedelta(days=6), [(EventType.PAROLE_DENIED, date(2026, 7, 24), True)]),
    (NOW - timedelta(days=5), [(EventType.RELEASED, date(2026, 7, 25), True)]),
    (NOW - timedelta(days=4), [(EventType.RELEASED, None, True)]),  # the same story
    (  # two events told out of order, and a background one
        NOW - timedelta(days=1),
        [
            (EventType.DETAINED, date(2026, 7, 29), True),
            (EventType.SENTENCED, date(2019, 3, 1), False),
            (EventType.HOUSE_ARREST, date(2026, 7, 28), True),
            (EventType.PAROLE_DENIED, date(2026, 7, 27), True),
        ],
    ),
    (NOW - timedelta(days=1), [(EventType.RELEASED, date(2026, 7, 20), True)]),  # older
    (NOW, [(EventType.DETAINED, None, True), (EventType.DETAINED, None, False)]),
]


def said(person_id: str, events: list[tuple[EventType, date | None, bool]]) -> Finding:
    mention = Mention(person_id, 0, 6, "Tursyn", "Tursyn", 0.9)
    return Finding(person_id, (mention,), tuple(happened(person_id, *e) for e in events))


def what_was_recorded(database: Database, person_id: str) -> dict[str, object]:
    """Everything recording left about one person, without ids (stories by their time)."""
    with database.transaction() as session:
        story_times = dict(
            session.execute(
                select(StoryRow.id, StoryRow.occurred_at).where(StoryRow.person_id == person_id)
            ).all()
        )
        stored = session.scalars(select(StoryRow).where(StoryRow.person_id == person_id))
        rows = session.scalars(
            select(EventRow).where(EventRow.person_id == person_id).order_by(EventRow.id)
        )
        events = [(e.type, e.current, story_times.get(e.story_id or 0)) for e in rows]
        changes = session.scalars(
            select(StatusChangeRow)
            .where(StatusChangeRow.person_id == person_id)
            .order_by(StatusChangeRow.id)
        )
        sent = session.scalars(
            select(DeliveryRow).where(DeliveryRow.person_id == person_id).order_by(DeliveryRow.id)
        )
        return {
            "status": stories.person_status(session, person_id),
            "stories": sorted(
                (s.event_type, s.occurred_at, s.article_count, s.last_seen_at) for s in stored
            ),
            "events": events,
            "changes": [
                (
                    c.previous_status,
                    c.new_status,
                    c.event_type,
                    c.occurred_at,
                    story_times[c.story_id],
                )
                for c in changes
            ],
            "alerts": [
                (
                    d.route,
                    d.kind,
                    d.digest,
                    d.next_attempt_at,
                    story_times[d.story_id or 0],
                    d.status_change_id is not None,
                    d.event_id is not None,
                    d.state,
                )
                for d in sent
            ],
        }


def test_a_batch_records_what_recording_one_article_after_another_records(
    database: Database,
) -> None:
    single = twin_articles(database, "one-by-one", len(STORY))
    for article, (published, events) in zip(single, STORY, strict=True):
        with database.transaction() as session:
            record_findings(
                session, FoundIn(article, published, [said("one-by-one", events)]), NOW, TWINS
            )
    batch = twin_articles(database, "in-a-batch", len(STORY))
    found = [
        FoundIn(article, published, [said("in-a-batch", events)])
        for article, (published, events) in zip(batch, STORY, strict=True)
    ]
    with database.transaction() as session:
        recorded = record_articles(session, found, NOW, TWINS, new_articles=True)
    expected = what_was_recorded(database, "one-by-one")
    assert what_was_recorded(database, "in-a-batch") == expected
    assert expected["status"] == (Status.DETAINED, datetime(2026, 7, 29, tzinfo=UTC))
    assert [(c[0], c[1]) for c in expected["changes"]] == [  # type: ignore[attr-defined]
        ("imprisoned", "free"),
        ("free", "house_arrest"),  # the events of one article, in the order they happened
        ("house_arrest", "detained"),
    ]
    assert [[(c.previous, c.new) for r in rs for c in r.changes] for rs in recorded] == [
        [],
        [(Status.IMPRISONED, Status.FREE)],
        [],
        [(Status.FREE, Status.HOUSE_ARREST), (Status.HOUSE_ARREST, Status.DETAINED)],
        [],
        [],
    ]
    assert [[len(r.new_events) for r in rs] for rs in recorded] == [[1], [1], [1], [4], [1], [2]]


def test_two_matches_in_a_batch_change_one_person_s_status_in_turn(database: Database) -> None:
    first, second = twin_articles(database, "in-a-batch", 2)
    found = [
        FoundIn(first, NOW, [said("in-a-batch", [(EventType.RELEASED, date(2026, 7, 25), True)])]),
        FoundIn(second, NOW, [said("in-a-batch", [(EventType.DETAINED, date(2026, 7, 28), True)])]),
    ]
    with database.transaction() as session:
        recorded = record_articles(session, found, NOW, TWINS, new_articles=True)
    assert [(c.previous, c.new) for [r] in recorded for c in r.changes] == [
        (Status.IMPRISONED, Status.FREE),
        (Status.FREE, Status.DETAINED),
    ]
    with database.transaction() as session:
        assert stories.person_status(session, "in-a-batch") == (
            Status.DETAINED,
            datetime(2026, 7, 28, tzinfo=UTC),
        )
        kinds = session.scalars(select(DeliveryRow.kind).order_by(DeliveryRow.id)).all()
    assert kinds == ["status_change"] * 6  # each change, to each of the three routes


def test_an_older_event_later_in_a_batch_does_not_undo_a_newer_change(
    database: Database,
) -> None:
    first, second = twin_articles(database, "in-a-batch", 2)
    found = [
        FoundIn(first, NOW, [said("in-a-batch", [(EventType.DETAINED, date(2026, 7, 28), True)])]),
        FoundIn(second, NOW, [said("in-a-batch", [(EventType.RELEASED, date(2026, 7, 25), True)])]),
    ]
    with database.transaction() as session:
        recorded = record_articles(session, found, NOW, TWINS, new_articles=True)
    assert [[c.new for c in r.changes] for [r] in recorded] == [[Status.DETAINED], []]
    assert count(database, StoryRow) == 2


def test_two_articles_of_one_story_in_a_batch_are_one_story_of_two_articles(
    database: Database,
) -> None:
    first, second = twin_articles(database, "in-a-batch", 2)
    paroled_on = [(EventType.PAROLE_GRANTED, date(2026, 7, 29), True)]
    found = [
        FoundIn(first, NOW, [said("in-a-batch", paroled_on)]),
        FoundIn(second, NOW, [said("in-a-batch", paroled_on)]),
    ]
    with database.transaction() as session:
        record_articles(session, found, NOW, TWINS, new_articles=True)
    with database.transaction() as session:
        story = session.scalars(select(StoryRow)).one()
        story_ids = session.scalars(select(EventRow.story_id)).all()
    assert story.article_count == 2
    assert story_ids == [story.id, story.id]
    assert count(database, StatusChangeRow) == 1
    assert count(database, DeliveryRow) == 3  # once to each route


def test_a_batch_recorded_again_adds_nothing(database: Database) -> None:
    articles = twin_articles(database, "in-a-batch", len(STORY))
    found = [
        FoundIn(article, published, [said("in-a-batch", events)])
        for article, (published, events) in zip(articles, STORY, strict=True)
    ]
    with database.transaction() as session:
        record_articles(session, found, NOW, TWINS, new_articles=True)
    before = what_was_recorded(database, "in-a-batch")
    with database.transaction() as session:
        again = record_articles(session, found, NOW, TWINS)
    assert [r.new_events for rs in again for r in rs] == [()] * len(STORY)
    assert what_was_recorded(database, "in-a-batch") == before


def test_a_person_found_twice_in_one_article_is_one_match(database: Database) -> None:
    [article] = twin_articles(database, "in-a-batch", 1)
    twice = [
        said("in-a-batch", [(EventType.DETAINED, date(2026, 7, 29), True)]),
        said("in-a-batch", [(EventType.RELEASED, date(2026, 7, 30), True)]),
    ]
    with database.transaction() as session:
        recorded = record_articles(session, [FoundIn(article, NOW, twice)], NOW, TWINS)
    assert len({r.match_id for [rs] in [recorded] for r in rs}) == 1
    assert (count(database, MatchRow), count(database, EventRow)) == (1, 2)
