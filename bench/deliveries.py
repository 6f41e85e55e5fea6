"""Benchmark the outbox: 1,000 pending webhook alerts to a loopback receiver that takes
50 ms to answer each.

    python bench/deliveries.py                     # 1,000 deliveries, SQLite
    python bench/deliveries.py --quick             # 200 deliveries, for a smoke run
    python bench/deliveries.py --database-url postgresql+psycopg://postgres@127.0.0.1/bench

A separate process serves the webhook (asyncio, keep-alive), so its CPU does not compete
with the sender's threads; it counts the requests and the repeated delivery keys. In one
run the script measures, each on a database of its own holding the pending deliveries:

1. the outbox alone: every delivery claimed, attempted, "sent" by a sender that returns
   at once, and recorded (the database's share of a delivery);
2. the sequential sender (one send at a time, as before issue 15), timed on a sample
   and extrapolated to all of them (the output says so);
3. the concurrent sender at several places per route, every delivery through the real
   webhook channel (signed JSON over HTTP).

Target (issue 15): 1,000 deliveries drain in under 10 s (the sequential sender needs
about 1,000 x 50 ms plus its own cost).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sqlalchemy import text  # noqa: E402

from monitor.adapters.alerts import SendResult  # noqa: E402
from monitor.adapters.db import deliveries, people  # noqa: E402
from monitor.adapters.db.session import open_database  # noqa: E402
from monitor.app.outbox import Dispatcher, SendLimits  # noqa: E402
from monitor.core.alerts import Alert  # noqa: E402
from monitor.core.schedule import RetryPolicy  # noqa: E402
from monitor.core.types import AlertRoute, Person, Status, Watchlist  # noqa: E402

DELAY = 0.05  # seconds the receiver takes to answer
PERSON = Person("abenov-askar", "Askar Abenov", status=Status.DETAINED)


# --- the webhook receiver (its own process) ------------------------------------------------


def serve(ready: Connection, report: Connection) -> None:
    """Answer every POST 200 after DELAY; on a line from ``report``, send back the counts
    (requests, distinct keys) and start counting afresh."""
    keys: list[str] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                headers = {}
                for line in head.decode("latin-1").split("\r\n")[1:]:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                await reader.readexactly(int(headers.get("content-length") or 0))
                keys.append(headers.get("x-monitor-delivery", ""))
                await asyncio.sleep(DELAY)
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def answer_reports() -> None:
        loop = asyncio.get_running_loop()
        while True:
            await loop.run_in_executor(None, report.recv)
            report.send((len(keys), len(set(keys))))
            keys.clear()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=4096)
        ready.send(server.sockets[0].getsockname()[1])
        async with server:
            await asyncio.gather(server.serve_forever(), answer_reports())

    asyncio.run(main())


class Receiver:
    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        ready, self.ready = context.Pipe()
        self.reports, report = context.Pipe()
        self.process = context.Process(target=serve, args=(self.ready, report), daemon=True)
        self.process.start()
        if not ready.poll(30):
            raise SystemExit("the receiver did not start")
        self.url = f"http://127.0.0.1:{ready.recv()}/hook"

    def counts(self) -> tuple[int, int]:
        """(requests, distinct keys) since the last call."""
        self.reports.send("count")
        requests, distinct = self.reports.recv()
        return int(requests), int(distinct)

    def stop(self) -> None:
        self.process.terminate()
        self.process.join(10)


# --- measurements -----------------------------------------------------------------------


def fresh_outbox(database_url: str, count: int, url: str) -> tuple[Any, Watchlist]:
    """A database (emptied) holding ``count`` pending deliveries for one webhook route."""
    route = AlertRoute("hook", "webhook", {"url": url, "secret": "bench secret"})
    watchlist = Watchlist(people=(PERSON,), alerts=(route,))
    database = open_database(database_url)
    now = datetime.now(UTC)
    with database.transaction() as session:
        session.execute(text("DELETE FROM delivery_attempts"))
        session.execute(text("DELETE FROM deliveries"))
        people.sync_watchlist(session, watchlist, now)
        for _ in range(count):
            deliveries.enqueue(
                session,
                deliveries.NewDelivery(
                    route="hook",
                    channel="webhook",
                    kind="status_change",
                    person_id=PERSON.id,
                    send_at=now - timedelta(seconds=1),
                ),
                now,
            )
    return database, watchlist


def instant(channel: str, settings: Mapping[str, Any], alerts: Sequence[Alert]) -> SendResult:
    return SendResult("HTTP 200 (not sent: the bench measures the outbox alone)")


def drain(
    database_url: str, count: int, url: str, limits: SendLimits, *, real: bool = True
) -> tuple[float, int]:
    """Seconds to send ``count`` pending deliveries, and how many were sent."""
    database, watchlist = fresh_outbox(database_url, count, url)
    outbox = Dispatcher(
        database,
        watchlist,
        clock=lambda: datetime.now(UTC),
        policy=RetryPolicy(),
        limits=limits,
        send=None if real else instant,
    )
    try:
        started = time.perf_counter()
        reports = outbox.send_due()
        seconds = time.perf_counter() - started
    finally:
        database.dispose()
    return seconds, sum(len(r.delivery_ids) for r in reports if r.outcome == "sent")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="200 deliveries, fewer settings")
    ap.add_argument("--database-url", help="a database to use (emptied!); default SQLite")
    args = ap.parse_args()
    total = 200 if args.quick else 1000
    sample = 20 if args.quick else 60
    places = [20] if args.quick else [10, 20, 50]
    receiver = Receiver()
    try:
        with tempfile.TemporaryDirectory() as workdir:
            url = args.database_url or f"sqlite:///{Path(workdir) / 'bench.db'}"
            run(url, receiver, total, sample, places)
    finally:
        receiver.stop()
    if args.quick:
        print("  (--quick: fewer deliveries than the target assumes)")


def run(database_url: str, receiver: Receiver, total: int, sample: int, places: list[int]) -> None:
    backend = database_url.partition(":")[0]
    print(
        f"{total:,} pending webhook deliveries, receiver answers in {DELAY * 1000:.0f} ms,"
        f" {backend}"
    )

    seconds, sent = drain(database_url, total, receiver.url, SendLimits(), real=False)
    print(
        f"  outbox alone (instant sender):  {seconds:6.2f} s  "
        f"{seconds / sent * 1000:5.2f} ms a delivery  ({sent} recorded)"
    )

    seconds, sent = drain(database_url, sample, receiver.url, SendLimits(per_route=1, total=1))
    requests, _ = receiver.counts()
    sequential = seconds / sent * total
    print(
        f"  sequential sender:              {sequential:6.2f} s  (timed on {sent} "
        f"deliveries, {seconds:.2f} s, extrapolated; {requests} requests)"
    )

    for per_route in places:
        limits = SendLimits(per_route=per_route, total=max(per_route, 50))
        seconds, sent = drain(database_url, total, receiver.url, limits)
        requests, distinct = receiver.counts()
        verdict = "meets" if seconds < 10 and sent == total else "MISSES"
        print(
            f"  concurrent, {per_route:2d} per route:        {seconds:6.2f} s  "
            f"{sent / seconds:6.0f}/s  x{sequential / seconds:5.1f} the sequential sender  "
            f"({sent} sent, {requests} requests, {distinct} keys; {verdict} < 10 s)"
        )


if __name__ == "__main__":
    main()
