"""Benchmark polling: 1,000 loopback feeds, each answer delayed 100 ms.

    python bench/poll.py            # 1,000 feeds, 10,000 people
    python bench/poll.py --quick    # 200 feeds, 2,000 people, fewer settings
    python bench/poll.py --feeds 10000                # the 10,000-feed mode
    python bench/poll.py --postgresql postgresql+psycopg://postgres@127.0.0.1:5432/postgres
                                    # ingest on PostgreSQL too (a database of its own,
                                    # created on that server and dropped after the run)
    python bench/poll.py --feeds 10000 --passes-only   # 1., 3. and 4. below only
    python bench/poll.py --ingest-only --postgresql URL # 4. below only

A separate process serves the feeds (asyncio, keep-alive, ETag → 304), so its CPU
does not compete with the client's event loop. In one run the script measures:

1. sequential baseline: a loop of ``feedparser.parse(url)``, timed on a sample of
   feeds and extrapolated to all of them (the output says so);
2. fetch + parse at several concurrencies, parsing off the event loop as the pipeline
   does; then an all-304 round of conditional GETs through aiohttp (ours) and httpx, to
   show what the HTTP client alone costs;
3. one full pass of the real pipeline (fetch, parse, dedupe, match 10,000 people,
   extract events, store in SQLite), then a pass where every feed answers 304;
4. ingest: 100 feeds x 50 entries with a 10,000-person watchlist, end to end (no delay),
   also per CPU second (this process's, and on PostgreSQL its server processes'): on a
   loaded machine the wall-clock rate measures the load;
5. the resident memory of ``monitor run`` with 1,000 feeds and 10,000 people after
   it has polled every feed once.

Targets (issue 7): full pass >= 20x the sequential loop; the all-304 pass under 1/5
of a full pass; daemon memory under 200 MB; ingest >= 2,000 entries/s. Issue 17, at
10,000 feeds: a full pass <= 30 s, an all-304 pass <= 1/5 of it, ingest >= 2,000
entries/s on PostgreSQL.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import multiprocessing
import os
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Coroutine, Iterator, Sequence
from concurrent.futures import Executor
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from multiprocessing.connection import Connection
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import feedparser  # noqa: E402
import httpx  # noqa: E402
from sqlalchemy import text  # noqa: E402

from monitor.adapters.db import feeds  # noqa: E402
from monitor.adapters.db.session import Database, open_database  # noqa: E402
from monitor.adapters.feeds.fetch import (  # noqa: E402
    USER_AGENT,
    FeedRequest,
    Fetcher,
    FetchLimits,
    NotModified,
)
from monitor.adapters.feeds.parse import start_parser_pool  # noqa: E402
from monitor.app.daemon import DaemonOptions, freeze_long_lived_objects  # noqa: E402
from monitor.app.pipeline import Fetched, Pipeline  # noqa: E402
from monitor.core.types import FeedConfig, Person, Watchlist  # noqa: E402


def _words(text: str) -> list[str]:
    return text.split()


DELAY = 0.1  # seconds before each answer of a /p/ feed
MENTIONS = 0.05  # the share of entries that name a watchlisted person
GIVEN = _words(
    "Askar Aset Bolat Botagoz Dina Erlan Galym Iskander Marat Mukhtar Nurlan Serik Talgat "
    "Zhanna Aigul Ruslan Timur Vladimir Sergei Maria Olga Alexei Nikolai Yulia"
)
SYLLABLES = _words(
    "ab ai ak al an ar as at ba bai bek bi bo da dzha ek er gal i ka kar kha ku ma mu na nur "
    "o ra sa ser ta tal tu u ul ye zha zhan"
)
ENDINGS = ["ov", "ev", "yev", "in", "bay", "uly", "ova", "eva", ""]
NEWS = [
    "{name} was detained by police in Almaty on Monday, his lawyer said.",
    "A court sentenced {name} to seven years in a penal colony on Tuesday.",
    "{name} was released from prison this morning after serving his term.",
    "Relatives said {name} has been on hunger strike since last week.",
    "{name}, who was arrested in 2017, spoke to reporters about the case.",
]
FILLER = [
    "Officials declined to comment on the new budget, which parliament will debate next month.",
    "Wheat prices rose for a third week as dry weather hit the northern regions.",
    "The ministry said the new rail link to the border would open before the winter.",
    "Local media reported heavy snow on the mountain roads south of the capital.",
    "Analysts expect the central bank to keep its main rate unchanged this quarter.",
]


# --- data --------------------------------------------------------------------------------


def synthetic_people(n: int, rnd: random.Random) -> list[Person]:
    people: list[Person] = []
    seen: set[str] = set()
    while len(people) < n:
        surname = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 3)))
        name = f"{rnd.choice(GIVEN)} {(surname + rnd.choice(ENDINGS)).capitalize()}"
        if name not in seen:
            seen.add(name)
            people.append(Person(f"p{len(people)}", name, status=None))
    return people


def feed_document(feed: str, entries: int, people: Sequence[Person], rnd: random.Random) -> bytes:
    """A small, realistic RSS document: short items, a few (``MENTIONS``) naming a person."""
    now = datetime.now(UTC)
    items = []
    for i in range(entries):
        if rnd.random() < MENTIONS:
            name = rnd.choice(people).name
            title = f"{name.split()[-1]} case: new developments"
            body = " ".join([rnd.choice(NEWS).format(name=name), *rnd.sample(FILLER, 2)])
        else:
            title = f"Regional news digest {feed}-{i}"
            body = " ".join(rnd.sample(FILLER, 3))
        published = format_datetime(now - timedelta(minutes=i * 7))
        items.append(
            f"<item><guid isPermaLink='false'>{feed}-{i}</guid><title>{title}</title>"
            f"<link>https://news.example.org/{feed}/{i}</link>"
            f"<description>&lt;p&gt;{body}&lt;/p&gt;</description>"
            f"<pubDate>{published}</pubDate></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Outlet {feed}</title><link>https://news.example.org/{feed}/</link>"
        f"<description>News from outlet {feed}</description><ttl>15</ttl>"
        + "".join(items)
        + "</channel></rss>"
    ).encode()


# --- the feed server (its own process) ------------------------------------------------------


def serve(docs: dict[str, bytes], ready: Connection) -> None:
    etags = {path: f'"{hashlib.sha1(body).hexdigest()[:16]}"' for path, body in docs.items()}

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                path = lines[0].split(" ")[1]
                headers = {}
                for line in lines[1:]:
                    if ":" in line:
                        key, value = line.split(":", 1)
                        headers[key.strip().lower()] = value.strip()
                if path.startswith("/p/"):
                    await asyncio.sleep(DELAY)
                body, etag = docs.get(path), etags.get(path)
                if body is None:
                    status, body, extra = "404 Not Found", b"not found", ""
                elif headers.get("if-none-match") == etag:
                    status, body, extra = "304 Not Modified", b"", f"ETag: {etag}\r\n"
                else:
                    status = "200 OK"
                    extra = f"ETag: {etag}\r\nContent-Type: application/rss+xml\r\n"
                close = headers.get("connection", "").lower() == "close"
                writer.write(
                    f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\n{extra}"
                    f"{'Connection: close' + chr(13) + chr(10) if close else ''}\r\n".encode()
                    + body
                )
                await writer.drain()
                if close:
                    break
        except (asyncio.IncompleteReadError, ConnectionError, IndexError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=4096)
        ready.send(server.sockets[0].getsockname()[1])
        async with server:
            await server.serve_forever()

    asyncio.run(main())


# --- measurements -----------------------------------------------------------------------


def sequential(urls: Sequence[str]) -> float:
    started = time.perf_counter()
    for url in urls:
        result = feedparser.parse(url, agent=USER_AGENT)
        assert result.entries, url
    return time.perf_counter() - started


async def fetch_parse_pass(
    pipeline: Pipeline, leased: Sequence[feeds.FeedState], concurrency: int
) -> tuple[float, int]:
    """Fetch and parse every feed, ``concurrency`` at a time, without storing."""
    gate = asyncio.Semaphore(concurrency)

    async def one(fetcher: Fetcher, feed: feeds.FeedState) -> Fetched:
        async with gate:
            return await pipeline.fetch_and_parse(fetcher, feed)

    started = time.perf_counter()
    async with Fetcher(pipeline.limits, concurrency) as fetcher:
        results = await asyncio.gather(*(one(fetcher, f) for f in leased))
    seconds = time.perf_counter() - started
    failed = sum(r.error is not None for r in results)
    return seconds, failed


def rss_mb(pid: int) -> tuple[float, float]:
    """Resident and peak resident memory of a process, in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def children(pid: int) -> list[int]:
    """Every descendant of ``pid`` (the parser processes and their fork server)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            found += [int(child), *children(int(child))]
    return found


def watchlist_yaml(path: Path, people: Sequence[Person], urls: Sequence[str]) -> None:
    lines = ["people:"]
    lines += [f"  - id: {p.id}\n    name: {p.name}" for p in people]
    lines.append("feeds:")
    lines += [f"  - url: {url}\n    interval: 15m" for url in urls]
    path.write_text("\n".join(lines) + "\n")


def daemon_memory(
    workdir: Path,
    people: Sequence[Person],
    urls: Sequence[str],
    timeout: float,
    extra: Sequence[str] = (),
) -> tuple[float, float, float, int, float]:
    """Run `monitor run` until it has polled every feed once; its memory then (and that of
    its parser processes)."""
    watchlist = workdir / "daemon.yaml"
    watchlist_yaml(watchlist, people, urls)
    database_url = f"sqlite:///{workdir / f'daemon-{len(extra)}.db'}"
    env = os.environ | {"MONITOR_DATABASE_URL": database_url, "PYTHONPATH": str(REPO)}
    args = [
        sys.executable,
        "-m",
        "monitor.app.cli",
        "run",
        "--watchlist",
        str(watchlist),
        "--tick",
        "1",
        *extra,
    ]
    process = subprocess.Popen(args, env=env, cwd=workdir, stderr=subprocess.DEVNULL)
    started = time.perf_counter()
    polled = 0
    try:
        engine = None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and process.poll() is None:
            time.sleep(1)
            try:
                if engine is None:
                    engine = open_database(database_url, upgrade=False).engine
                with engine.connect() as connection:
                    polled = connection.execute(text("SELECT count(*) FROM polls")).scalar_one()
            except Exception:
                continue  # not created yet
            if polled >= len(urls):
                break
        seconds = time.perf_counter() - started
        rss, peak = rss_mb(process.pid)
        helpers = sum(rss_mb(child)[0] for child in children(process.pid))
        return rss, peak, helpers, polled, seconds
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def aiohttp_gets(requests: Sequence[FeedRequest], limits: FetchLimits, at: int) -> int:
    gate = asyncio.Semaphore(at)

    async def one(fetcher: Fetcher, request: FeedRequest) -> bool:
        async with gate:
            return isinstance(await fetcher.fetch(request), NotModified)

    async with Fetcher(limits, at) as fetcher:
        return sum(await asyncio.gather(*(one(fetcher, r) for r in requests)))


async def httpx_gets(requests: Sequence[FeedRequest], at: int, per_client: int) -> int:
    """The same conditional GETs through ``at // per_client`` httpx clients."""
    limits = httpx.Limits(max_connections=per_client, max_keepalive_connections=per_client)
    clients = [httpx.AsyncClient(limits=limits) for _ in range(at // per_client)]
    gates = [asyncio.Semaphore(per_client) for _ in clients]

    async def one(index: int, request: FeedRequest) -> bool:
        async with gates[index % len(gates)]:
            headers = {"If-None-Match": request.etag or ""}
            response = await clients[index % len(clients)].get(request.url, headers=headers)
            return response.status_code == 304

    try:
        return sum(await asyncio.gather(*(one(i, r) for i, r in enumerate(requests))))
    finally:
        await asyncio.gather(*(client.aclose() for client in clients))


def conditional_gets(urls: Sequence[str], limits: FetchLimits) -> None:
    """An all-304 round of conditional GETs, no database: the HTTP client's own cost."""

    async def validators() -> list[FeedRequest]:
        async with Fetcher(limits, 200) as fetcher:
            fetched = await asyncio.gather(*(fetcher.fetch(FeedRequest(u)) for u in urls))
        return [FeedRequest(f.url, f.etag) for f in fetched]

    requests = asyncio.run(validators())
    print(f"\n{len(urls)} conditional GETs answered 304, the HTTP client alone (no database):")
    rounds: list[tuple[str, Callable[[], Coroutine[None, None, int]]]] = [
        ("aiohttp, one session (ours)", lambda: aiohttp_gets(requests, limits, 200)),
        ("httpx, 40 clients of 5", lambda: httpx_gets(requests, 200, 5)),
        ("httpx, 1 client of 200", lambda: httpx_gets(requests, 200, 200)),
    ]
    for label, gets in rounds:
        started, cpu = time.perf_counter(), cpu_seconds()
        answered = asyncio.run(gets())
        seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
        print(
            f"  {label:<28} concurrency 200: {seconds:.2f} s, {cpu:.2f} s of CPU "
            f"({cpu / len(urls) * 1000:.2f} ms a request), {answered} answered 304"
        )


@contextmanager
def bench_database(url: str) -> Iterator[str]:
    """``url`` itself for SQLite; for PostgreSQL a new database on that server, dropped
    after use (never the server's own database: the bench writes tables)."""
    if not url.startswith("postgresql"):
        yield url
        return
    from sqlalchemy import create_engine, make_url, text

    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    name = f"bench_poll_{os.getpid()}_{time.monotonic_ns()}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def now() -> datetime:
    return datetime.now(UTC)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="200 feeds, 2,000 people")
    ap.add_argument("--sample", type=int, default=50, help="feeds in the sequential sample")
    ap.add_argument("--feeds", type=int, metavar="N", help="feeds polled (1,000; 200 --quick)")
    ap.add_argument(
        "--passes-only",
        action="store_true",
        help="only the real pipeline's passes and ingest (and the sequential baseline): no "
        "fetch table, HTTP client comparison or daemon memory",
    )
    ap.add_argument(
        "--postgresql",
        metavar="URL",
        help="a PostgreSQL server URL: ingest is measured there too, in a database of its own",
    )
    ap.add_argument(
        "--ingest-only",
        action="store_true",
        help="only ingest (4. below), on SQLite and, with --postgresql, on PostgreSQL",
    )
    args = ap.parse_args()
    n_feeds = 0 if args.ingest_only else args.feeds or (200 if args.quick else 1000)
    n_people = 2000 if args.quick else 10_000
    n_ingest = 20 if args.quick else 100
    rnd = random.Random(11)
    people = synthetic_people(n_people, rnd)
    docs = {f"/p/{i}.rss": feed_document(f"p{i}", 10, people, rnd) for i in range(n_feeds)}
    docs |= {f"/i/{i}.rss": feed_document(f"i{i}", 50, people, rnd) for i in range(n_ingest)}
    sizes = [len(docs[f"/p/{i}.rss"]) for i in range(n_feeds)] or [0]
    print(
        f"{n_feeds} feeds of 10 entries (~{sum(sizes) / len(sizes) / 1024:.1f} KB each), "
        f"each answer delayed {DELAY * 1000:.0f} ms; {MENTIONS:.0%} of entries name one of "
        f"{n_people:,} people; "
        f"{os.cpu_count()} CPUs"
    )

    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    server = context.Process(target=serve, args=(docs, child), daemon=True)
    server.start()
    try:
        port = parent.recv()
        base = f"http://127.0.0.1:{port}"
        urls = [f"{base}/p/{i}.rss" for i in range(n_feeds)]
        with tempfile.TemporaryDirectory(prefix="bench-poll-") as tmp:
            run(args, Path(tmp), base, urls, people, n_ingest)
    finally:
        server.terminate()
        server.join(timeout=5)


def run(
    args: argparse.Namespace,
    workdir: Path,
    base: str,
    urls: list[str],
    people: list[Person],
    n_ingest: int,
) -> None:
    if args.ingest_only:
        ingest_only(args, workdir, base, people, n_ingest)
        return
    n_feeds = len(urls)
    sample = urls[: args.sample]
    seq_sample = sequential(sample)
    seq = seq_sample * n_feeds / len(sample)
    print(
        f"\nsequential feedparser.parse(url): {seq_sample:.2f} s for {len(sample)} feeds, "
        f"extrapolated to {n_feeds}: {seq:.1f} s"
    )

    workers = max(1, DaemonOptions().parse_workers)  # the daemon's default, or one to compare
    parser = start_parser_pool(workers)
    for _ in range(workers):  # start the processes before timing anything
        parser.submit(time.sleep, 0.2).result()
    try:
        figures = measure(args, workdir, base, urls, people, n_ingest, seq, parser, workers)
    finally:
        parser.shutdown(wait=True)
    full, not_modified, ingest_rates = figures

    memory = []
    for extra in () if args.passes_only else ((), ("--parse-workers", str(workers))):
        rss, peak, helpers, polled, seconds = daemon_memory(
            workdir, people, urls, timeout=180, extra=extra
        )
        memory.append((peak, helpers))
        print(
            f"\nmonitor run {' '.join(extra) or '(defaults)'} with {n_feeds} feeds and "
            f"{len(people):,} people: {polled} feeds polled in {seconds:.0f} s from launch; "
            f"resident {rss:.0f} MB (peak {peak:.0f} MB)"
            + (f", its helper processes {helpers:.0f} MB more" if helpers else "")
        )

    print("\ntargets:")
    with_workers = f"with {workers} parser process(es)"
    checks = [
        ("full pass vs sequential", f"{seq / full:.1f}x", ">= 20x", seq / full >= 20),
        (
            "all-304 pass / full pass",
            f"{not_modified / full:.2f}",
            "< 0.20",
            not_modified / full < 0.2,
        ),
    ]
    if memory:
        (peak, _), (peak_with, helpers_with) = memory
        checks += [
            ("daemon memory (defaults)", f"{peak:.0f} MB peak", "< 200 MB", peak < 200),
            (
                f"  {with_workers}",
                f"{peak_with + helpers_with:.0f} MB",
                "< 200 MB",
                peak_with + helpers_with < 200,
            ),
        ]
    checks += [
        (
            "ingest, parse in a thread",
            f"{ingest_rates[0]:,.0f} entries/s",
            ">= 2,000/s",
            ingest_rates[0] >= 2000,
        ),
        (
            f"  {with_workers}",
            f"{ingest_rates[1]:,.0f} entries/s",
            ">= 2,000/s",
            ingest_rates[1] >= 2000,
        ),
    ]
    for rate, label in zip(ingest_rates[2:], ("thread", "parser process(es)"), strict=False):
        ok = rate >= 2000
        checks.append((f"  PostgreSQL, {label}", f"{rate:,.0f} entries/s", ">= 2,000/s", ok))
    if n_feeds >= 10_000:
        checks.append(("full pass (10,000 feeds)", f"{full:.1f} s", "<= 30 s", full <= 30))
    for name, value, target, ok in checks:
        print(f"  {name:<30} {value:>18}  target {target:<10} {'met' if ok else 'NOT met'}")
    if args.quick:
        print("  (--quick: fewer feeds and people than the targets assume)")


def ingest_only(
    args: argparse.Namespace, workdir: Path, base: str, people: list[Person], n_ingest: int
) -> None:
    workers = max(1, DaemonOptions().parse_workers)
    parser = start_parser_pool(workers)
    for _ in range(workers):
        parser.submit(time.sleep, 0.2).result()
    try:
        rates = ingest(args, workdir, base, people, n_ingest, parser, workers)
    finally:
        parser.shutdown(wait=True)
    engines = ["SQLite"] * 2 + ["PostgreSQL"] * (len(rates) - 2)
    print("\ntargets:")
    for engine, rate in zip(engines, rates, strict=True):
        ok = "met" if rate >= 2000 else "NOT met"
        print(f"  ingest, {engine:<22} {rate:>10,.0f} entries/s  target >= 2,000/s {ok}")


def fetch_table(
    states: Sequence[feeds.FeedState],
    settings: Sequence[tuple[int, Pipeline]],
    seq: float,
    workers: int,
) -> None:
    print("\nfetch + parse, no store (parse in a thread, or in parser processes):")
    n_feeds = len(states)
    print(
        f"{'concurrency':>12} {'parse in':>10} {'seconds':>8} {'feeds/s':>8} {'floor s':>8} "
        f"{'vs seq':>7}"
    )
    for concurrency, prober in settings:
        seconds, failed = asyncio.run(fetch_parse_pass(prober, states, concurrency))
        floor = n_feeds / concurrency * DELAY
        where = f"{workers} proc" if prober.parser else "thread"
        print(
            f"{concurrency:>12} {where:>10} {seconds:>8.2f} {n_feeds / seconds:>8.0f} "
            f"{floor:>8.2f} {seq / seconds:>6.1f}x" + (f"  {failed} failed" if failed else "")
        )


def measure(
    args: argparse.Namespace,
    workdir: Path,
    base: str,
    urls: list[str],
    people: list[Person],
    n_ingest: int,
    seq: float,
    parser: Executor,
    workers: int,
) -> tuple[float, float, list[float]]:
    """The fetch + parse table, the full and all-304 passes, and ingest; returns the full
    and all-304 passes' seconds (as the daemon parses by default here) and the ingest
    rates (parsing in a thread, then in parser processes)."""
    small = Watchlist(people=tuple(people[:1]))
    database = open_database(f"sqlite:///{workdir / 'fetch.db'}")
    threaded = Pipeline(database, small, clock=now)
    pooled = Pipeline(database, small, clock=now, parser=parser)
    states = [feeds.FeedState(i, url, 900, None, None, 0) for i, url in enumerate(urls)]
    settings = (
        [(50, threaded), (200, threaded), (200, pooled)]
        if args.quick
        else [
            (50, threaded),
            (100, threaded),
            (200, threaded),
            (400, threaded),
            (100, pooled),
            (200, pooled),
        ]
    )
    if not args.passes_only:
        fetch_table(states, settings, seq, workers)
        conditional_gets(urls, threaded.limits)
    database.dispose()

    watchlist = Watchlist(people=tuple(people), feeds=tuple(FeedConfig(url) for url in urls))
    daemon_parser = parser if DaemonOptions().parse_workers else None
    passes: dict[Executor | None, tuple[float, float]] = {}
    for label, pool in (("parse in a thread", None), (f"{workers} parser process(es)", parser)):
        database = open_database(f"sqlite:///{workdir / f'full-{len(passes)}.db'}")
        started = time.perf_counter()
        pipeline = Pipeline(database, watchlist, clock=now, parser=pool)
        pipeline.sync_watchlist()
        freeze_long_lived_objects()  # as the daemon does once the watchlist is in use
        setup = time.perf_counter() - started
        started, cpu = time.perf_counter(), cpu_seconds()
        reports = pipeline.poll(due_only=False)
        full, full_cpu = time.perf_counter() - started, cpu_seconds() - cpu
        entries = sum(r.new_entries for r in reports)
        matches = sum(len(r.matches) for r in reports)
        errors = sum(r.outcome == "error" for r in reports)
        started, cpu = time.perf_counter(), cpu_seconds()
        again = pipeline.poll(due_only=False)
        not_modified, again_cpu = time.perf_counter() - started, cpu_seconds() - cpu
        unchanged = sum(r.outcome == "not_modified" for r in again)
        batches = pipeline.batches  # the feeds handed to the parser processes, by the task
        database.dispose()
        passes[pool] = (full, not_modified)
        if not len(passes) - 1:
            print(
                f"\nreal pipeline (concurrency {pipeline.concurrency}), {len(people):,} people "
                f"(scanner built, watchlist synced: {setup:.1f} s, at start-up):"
            )
        mark = "  <- the daemon's default here" if pool is daemon_parser else ""
        print(f"  {label}:{mark}")
        print(
            f"    full pass: {full:.2f} s ({full_cpu:.1f} s of CPU here) for {len(reports)} "
            f"feeds ({errors} failed), {entries} entries, {matches} matches = "
            f"{seq / full:.1f}x sequential"
        )
        print(
            f"    all-304 pass: {not_modified:.2f} s ({again_cpu:.1f} s of CPU here, "
            f"{unchanged} answered 304) = {not_modified / full:.2f} of a full pass"
        )
        if batches is not None and batches.sent:
            tasks = sum(batches.sent.values())
            handed = sum(size * count for size, count in batches.sent.items())
            print(
                f"    parser tasks (full pass): {tasks} for {handed} feeds, "
                f"{handed / tasks:.1f} feeds a task"
            )
    full, not_modified = passes[daemon_parser]

    rates = ingest(args, workdir, base, people, n_ingest, parser, workers)
    return full, not_modified, rates


def ingest(
    args: argparse.Namespace,
    workdir: Path,
    base: str,
    people: list[Person],
    n_ingest: int,
    parser: Executor,
    workers: int,
) -> list[float]:
    """Ingest end to end (no delay): the rates, in entries a second, on SQLite then
    PostgreSQL, each parsing in a thread then in parser processes."""
    ingest_urls = [f"{base}/i/{i}.rss" for i in range(n_ingest)]
    watchlist = Watchlist(people=tuple(people), feeds=tuple(FeedConfig(u) for u in ingest_urls))
    print(f"\ningest: {n_ingest} feeds x 50 entries, {len(people):,} people, no delay:")
    rates: list[float] = []
    targets = [("SQLite", lambda n: f"sqlite:///{workdir / f'ingest-{n}.db'}")]
    if args.postgresql:
        targets.append(("PostgreSQL", lambda n: args.postgresql))
    for engine, url_of in targets:
        for label, pool in (("parse in a thread", None), (f"{workers} parser process(es)", parser)):
            with bench_database(url_of(len(rates))) as url:
                database = open_database(url)
                pipeline = Pipeline(database, watchlist, clock=now, parser=pool)
                pipeline.sync_watchlist()
                server = server_cpu_seconds(database)
                started, cpu = time.perf_counter(), cpu_seconds()
                reports = pipeline.poll(due_only=False)
                seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
                server = server_cpu_seconds(database) - server
                ingested = sum(r.new_entries for r in reports)
                database.dispose()
            rates.append(ingested / seconds)
            in_server = f" + {server:.2f} s in the server" if server else ""
            per_cpu = ingested / (cpu + server)
            here = "here (parsing not counted)" if pool else "here"
            print(
                f"  {engine:<10} {label:<24} {ingested} entries in {seconds:.2f} s "
                f"= {ingested / seconds:,.0f} entries/s end to end; CPU {cpu:.2f} s {here}"
                f"{in_server} = {per_cpu:,.0f} entries a CPU second"
            )
    return rates


def server_cpu_seconds(database: Database) -> float:
    """The CPU seconds the PostgreSQL server's processes serving this database have used
    (from /proc: a server on this machine); 0 for SQLite, which runs in this process. On a
    loaded machine, CPU per entry, here and there, is the figure that holds still."""
    if database.engine.dialect.name != "postgresql":
        return 0.0
    with database.engine.connect() as connection:
        pids = connection.execute(
            text("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
        ).scalars()
        total = 0
        for pid in pids:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # not on this machine, or gone
            total += int(fields[11]) + int(fields[12])  # utime, stime (clock ticks)
    return total / os.sysconf("SC_CLK_TCK")


if __name__ == "__main__":
    main()
