"""Matching in the parser processes: the same findings as the store's own, with a fallback."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

import monitor.app.pipeline as pipeline_module
from monitor.adapters.db.session import Database, open_database
from monitor.adapters.feeds.parse import start_parser_pool
from monitor.adapters.name_cache import load_scanner
from monitor.app.pipeline import FeedReport, Pipeline
from monitor.app.scan_workers import NamesFile, read_names_file, write_names_file
from monitor.core.entries import EntryKeys, entry_keys
from monitor.core.scan import scan_article
from monitor.core.types import Article, FeedConfig, ParsedEntry, Person, Status, Watchlist
from tests.http_feeds import FeedServer, rss

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
PEOPLE = (
    Person("kozlov-vladimir", "Vladimir Kozlov", aliases=("V. Kozlov",), status=Status.FREE),
    Person("ivanova-maria", "Maria Ivanova", status=Status.DETAINED, tags=("journalist",)),
    Person("nurlanov-askar", "Askar Nurlanov", exclude=("Askar Nurlanov Street",)),
)
DATED = rss(
    ("a1", "Kozlov detained", "Police detained Vladimir Kozlov in Almaty on Monday."),
    ("a2", "Court news", "A court sentenced Maria Ivanova to five years on Tuesday."),
    ("a3", "Weather", "Snow fell on the mountain roads south of the capital."),
)
UNDATED = rss(
    ("u1", "Kozlov held", "Police detained Vladimir Kozlov in Astana on Friday."),
    ("u2", "Ivanova freed", "Maria Ivanova was released from prison."),
    ("u3", "Budget", "Parliament will debate the budget next month."),
).replace(b"<pubDate>Mon, 02 Mar 2026 09:00:00 +0000</pubDate>", b"")


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        running.route("/dated.rss", body=DATED)
        running.route("/undated.rss", body=UNDATED)
        running.route("/nurlanov.rss", body=rss(("n1", "Arrest", "Askar Nurlanov was arrested.")))
        yield running


def watchlist(server: FeedServer) -> Watchlist:
    feeds = tuple(FeedConfig(server.url(f"/{n}.rss")) for n in ("dated", "undated", "nurlanov"))
    return Watchlist(people=PEOPLE, feeds=feeds)


def found(reports: list[FeedReport]) -> set[tuple[str, str, tuple[str, ...]]]:
    """Who is found in which article, and what happened (status changes, which depend on the
    order the feeds are stored in, left aside)."""
    return {(m.person_id, m.article_title, m.events) for r in reports for m in r.matches}


def test_parser_processes_find_and_key_what_the_store_would_and_it_scans_only_the_rest(
    database: Database, server: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scanned_here: list[str] = []

    def counting(scanner: object, article: Article) -> object:
        scanned_here.append(article.title)
        return scan_article(scanner, article)  # type: ignore[arg-type]

    keyed_here: list[ParsedEntry] = []

    def keying(entry: ParsedEntry) -> EntryKeys:
        keyed_here.append(entry)
        return entry_keys(entry)

    monkeypatch.setattr(pipeline_module, "scan_article", counting)
    monkeypatch.setattr(pipeline_module, "entry_keys", keying)
    pool = start_parser_pool(1)
    try:
        pooled = Pipeline(database, watchlist(server), clock=lambda: NOW, parser=pool)
        with_workers = pooled.poll_all()
    finally:
        pool.shutdown(wait=True)
    in_workers_scanned_here, in_workers_keyed_here = sorted(scanned_here), len(keyed_here)
    scanned_here.clear()
    other = open_database(f"sqlite:///{tmp_path / 'threaded.db'}")
    try:
        threaded = Pipeline(other, watchlist(server), clock=lambda: NOW).poll_all()
    finally:
        other.dispose()
    assert found(with_workers) == found(threaded)
    assert ("kozlov-vladimir", "Kozlov detained", ("detained",)) in found(with_workers)
    # only the undated entries, dated by the store's own clock, were scanned in this process
    assert in_workers_scanned_here == ["Budget", "Ivanova freed", "Kozlov held"]
    assert len(scanned_here) == 7  # without workers: every entry
    assert in_workers_keyed_here == 0  # every entry's keys came from the parser process
    assert len(keyed_here) == 7


def test_without_its_names_file_a_worker_only_parses_and_the_store_scans(
    database: Database, server: FeedServer
) -> None:
    pool = start_parser_pool(1)
    try:
        pipeline = Pipeline(database, watchlist(server), clock=lambda: NOW, parser=pool)
        assert pipeline.names_file is not None
        Path(pipeline.names_file.path).unlink()  # e.g. removed with an old watchlist
        reports = pipeline.poll_all()
    finally:
        pool.shutdown(wait=True)
    assert {r.outcome for r in reports} == {"ok"}
    people = {(r.url.rsplit("/", 1)[1], m.person_id) for r in reports for m in r.matches}
    assert ("dated.rss", "kozlov-vladimir") in people
    assert ("nurlanov.rss", "nurlanov-askar") in people


def test_the_names_file_gives_back_the_same_people_and_refuses_another_key(tmp_path: Path) -> None:
    scanner = load_scanner(PEOPLE, None)

    class Owner:
        pass

    owner = Owner()
    names = write_names_file(scanner, owner)
    assert names is not None
    again = read_names_file(names)
    assert again is not None
    assert list(again.people.values()) == list(PEOPLE)
    article = Article("1", "Kozlov detained", "Police detained V. Kozlov and Maria Ivanova.", NOW)
    assert scan_article(again, article) == scan_article(scanner, article)
    assert read_names_file(NamesFile(names.path, "another key")) is None
    folder = Path(names.path).parent
    del owner  # the file goes with its pipeline
    assert not folder.exists()


def test_the_daemon_removes_its_names_file_when_it_stops_not_only_at_a_clean_exit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a stop with a job abandoned ends with os._exit, which runs no finalizer: the watchlist's
    # names would stay in the temporary folder
    import tempfile

    from monitor.adapters.settings import load_settings
    from monitor.app.daemon import Daemon, DaemonOptions
    from monitor.core.schedule import RetryPolicy

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    settings = load_settings({"MONITOR_DATABASE_URL": f"sqlite:///{tmp_path / 'm.db'}"})
    options = DaemonOptions(parse_workers=1)
    daemon = Daemon(settings, Watchlist(people=PEOPLE), {}, options, RetryPolicy())
    monkeypatch.setattr(daemon, "install_signal_handlers", lambda: None)
    daemon.stopping.set()  # asked to stop while starting up: it starts, then stops

    assert daemon.run() == 0

    assert daemon.pipeline is not None and daemon.pipeline.names_file is not None  # it had one
    assert list(tmp_path.glob("monitor-names-*")) == []
