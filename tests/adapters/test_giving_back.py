"""What a process gives back after a failed pass of its own, on both databases: the feed
leases and delivery claims it holds (not another process's, not the feeds it is still
polling), so that the work is taken up again at once rather than when they expire."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, text

from monitor.adapters.db import deliveries, feeds, people
from monitor.adapters.db.session import Database
from monitor.adapters.db.tables import DeliveryRow
from monitor.core.types import FeedConfig, Person, Watchlist

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
LEASE = timedelta(minutes=5)


def test_a_process_gives_back_its_own_feed_leases_but_those_it_is_polling(
    database: Database,
) -> None:
    configs = tuple(FeedConfig(f"https://news{i}.example.org/rss") for i in range(4))
    watchlist = Watchlist(people=(Person("kozlov-vladimir", "Vladimir Kozlov"),), feeds=configs)
    with database.transaction() as session:
        people.sync_watchlist(session, watchlist, NOW)
        mine = feeds.claim_feeds(session, NOW, "a", LEASE, due_only=False, limit=3)
        theirs = feeds.claim_feeds(session, NOW, "b", LEASE, due_only=False)
    in_flight = mine[0].id
    with database.transaction() as session:
        assert feeds.release_leases_of(session, "a", keep=[in_flight]) == 2
    with database.transaction() as session:
        held: dict[int, str | None] = dict(
            session.execute(text("SELECT id, lease_owner FROM feeds")).all()
        )
    assert held == {mine[0].id: "a", mine[1].id: None, mine[2].id: None, theirs[0].id: "b"}
    with database.transaction() as session:  # free again at once, not in five minutes
        again = feeds.claim_feeds(session, NOW, "b", LEASE, due_only=False)
    assert {f.id for f in again} == {mine[1].id, mine[2].id}


def test_a_worker_ends_its_own_delivery_claims_only(database: Database) -> None:
    with database.transaction() as session:
        ids = [
            deliveries.enqueue(
                session,
                deliveries.NewDelivery(
                    route="ops", channel="webhook", kind="test", person_id=None, send_at=NOW
                ),
                NOW,
            )
            for _ in range(3)
        ]
        for delivery_id, worker in zip(ids, ["a", "a", "b"], strict=True):
            session.execute(
                text(
                    "UPDATE deliveries SET state = 'sending', claimed_by = :worker, "
                    "claimed_until = :until WHERE id = :id"
                ),
                {"worker": worker, "until": NOW + LEASE, "id": delivery_id},
            )
    later = NOW + timedelta(seconds=10)
    with database.transaction() as session:
        assert deliveries.end_claims_of(session, "a", later) == 2
    with database.transaction() as session:
        claims = session.execute(
            select(DeliveryRow.claimed_by, DeliveryRow.claimed_until).order_by(DeliveryRow.id)
        ).all()
    assert [tuple(c) for c in claims] == [("a", later), ("a", later), ("b", NOW + LEASE)]
