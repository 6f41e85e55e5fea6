"""``monitor run``: the long-running service.

poll      every few seconds: claim the feeds whose time has come (each under a lease,
          so replicas on one PostgreSQL database share the work) and poll them
dispatch  every 30 seconds: send the alerts that are due
reload    on SIGHUP, or when the watchlist file changes: an invalid file is refused,
          its problems logged, and the old watchlist kept
stop      on SIGTERM or SIGINT: abandon fetches in flight, finish the store or the
          send in hand, and exit 0 within 10 seconds (a job still running after 7 s
          is left behind: its transaction rolls back, its send is retried)
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import signal
import threading
import time
from collections.abc import Mapping
from concurrent.futures import Executor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import text

from monitor.adapters.db import deliveries, repo
from monitor.adapters.db.session import Database, open_database, single_daemon_lock
from monitor.adapters.feeds.parse import start_parser_pool
from monitor.adapters.settings import Settings
from monitor.adapters.watchlist_file import load_watchlist
from monitor.app.health import HealthServer
from monitor.app.metrics import Metrics
from monitor.app.outbox import Dispatcher, worker_name
from monitor.app.output import remember_secrets
from monitor.app.pipeline import FeedReport, Pipeline
from monitor.app.source_health import check_sources
from monitor.core.schedule import RetryPolicy
from monitor.core.types import Watchlist
from monitor.errors import WatchlistError

log = logging.getLogger("monitor.daemon")
MISFIRE_GRACE = 30  # seconds a job may start late before that run is skipped


@dataclass(frozen=True)
class DaemonOptions:
    tick_seconds: float = 5.0  # how often due feeds are looked for
    dispatch_seconds: float = 30.0  # how often due alerts are sent
    watch_seconds: float = 2.0  # how often the watchlist file is checked for changes
    source_seconds: float = 60.0  # how often feed health is checked for the admin route
    stop_grace_seconds: float = 7.0  # how long a stop waits for the jobs in hand
    health_host: str = "127.0.0.1"
    health_port: int | None = None
    # processes parsing feeds beside the daemon (for feeds feedparser must read); 0 parses
    # in a thread. With the fast path for plain RSS and Atom, one gained ~8% of ingest on
    # two CPUs and cost ~90 MB (bench/poll.py), so it is only there to be asked for.
    parse_workers: int = 0


def now() -> datetime:
    return datetime.now(UTC)


def freeze_long_lived_objects() -> None:
    """Keep what lives as long as the watchlist (above all the scanner: some 280,000
    objects for 10,000 people) out of the garbage collector's full collections, which
    otherwise spent up to 0.2 s of each all-304 pass walking it (bench/poll.py). The
    previous watchlist's objects are thawed first, so that a reload frees them; what a
    pass running meanwhile holds is frozen with the rest, until the next reload (freed by
    reference counting all the same, unless it is in a cycle)."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


class Daemon:
    def __init__(
        self,
        settings: Settings,
        watchlist: Watchlist,
        environ: Mapping[str, str],
        options: DaemonOptions,
        policy: RetryPolicy,
    ) -> None:
        self.settings = settings
        self.environ = environ
        self.options = options
        self.policy = policy
        self.owner = worker_name()
        self.stopping = threading.Event()
        self.reload_requested = threading.Event()
        self.metrics = Metrics()
        self.scheduler = BackgroundScheduler(timezone=UTC)
        self.watchlist = watchlist
        self.fingerprint = file_fingerprint(settings.watchlist_path)
        self.database: Database | None = None
        self.pipeline: Pipeline | None = None
        self.dispatcher: Dispatcher | None = None
        self.parser: Executor | None = None
        self.abandoned = False  # stopped while a job was still running (see serve)

    def run(self) -> int:
        self.install_signal_handlers()  # a stop asked for while starting up is a clean stop
        health = self.take_health_port()  # first: a port in use stops the start at once
        try:
            database = open_database(self.settings.database_url)
            self.database = database
            try:
                with single_daemon_lock(database):
                    if database.engine.dialect.name == "sqlite":
                        self.take_over_from_a_dead_predecessor()
                    if self.options.parse_workers > 0:
                        self.parser = start_parser_pool(self.options.parse_workers)
                    self.use(self.watchlist)
                    return self.serve(health)
            finally:
                if self.parser is not None:
                    self.parser.shutdown(wait=not self.abandoned, cancel_futures=True)
                database.dispose()
        finally:
            if health is not None:
                health.stop()

    def take_health_port(self) -> HealthServer | None:
        """The /healthz server, its port taken (not served yet), when one is asked for."""
        if self.options.health_port is None:
            return None
        return HealthServer(
            self.options.health_host, self.options.health_port, self.is_healthy,
            self.metrics.render,
        )  # fmt: skip

    def schedule_jobs(self) -> None:
        """The three jobs. Each runs alone (a slow pass is never overlapped by the next),
        runs once after a stall however many runs it missed, and is skipped when more
        than MISFIRE_GRACE seconds late (the next run comes soon)."""
        jobs = {"max_instances": 1, "coalesce": True, "misfire_grace_time": MISFIRE_GRACE}
        self.scheduler.add_job(
            self.poll_job, "interval", seconds=self.options.tick_seconds, id="poll",
            next_run_time=now(), **jobs,
        )  # fmt: skip
        self.scheduler.add_job(
            self.dispatch_job, "interval", seconds=self.options.dispatch_seconds,
            id="dispatch", next_run_time=now(), **jobs,
        )  # fmt: skip
        self.scheduler.add_job(
            self.source_job, "interval", seconds=self.options.source_seconds, id="sources",
            **jobs,
        )  # fmt: skip

    def take_over_from_a_dead_predecessor(self) -> None:
        """The sole daemon on a SQLite file frees the leases and claims left by one killed
        before it, instead of waiting minutes for them to expire."""
        assert self.database is not None
        with self.database.transaction() as session:
            feeds = repo.expire_feed_leases(session)
            sending = deliveries.expire_claims(session, now())
        if feeds or sending:
            log.warning(
                "took over from a daemon that did not stop cleanly",
                extra={"fields": {"feed_leases": feeds, "deliveries_sending": sending}},
            )

    def serve(self, health: HealthServer | None = None) -> int:
        if health is not None:
            health.start()
        self.schedule_jobs()
        self.scheduler.start()
        log.info(
            "started",
            extra={"fields": {
                "worker": self.owner, "feeds": len(self.watchlist.feeds),
                "people": len(self.watchlist.people),
                "health_port": health.port if health else None,
            }},
        )  # fmt: skip
        while not self.stopping.wait(self.options.watch_seconds):
            if self.reload_requested.is_set() or self.watchlist_changed():
                self.reload_requested.clear()
                self.reload()
        started = time.monotonic()
        stopper = threading.Thread(target=self.scheduler.shutdown, name="stop", daemon=True)
        stopper.start()
        stopper.join(self.options.stop_grace_seconds)
        if stopper.is_alive():  # a send to a server that does not answer, most likely
            self.abandoned = True
            log.warning(
                "a job did not finish in time: exiting without it (a store in hand is "
                "rolled back, a send in hand is retried with the same key)",
                extra={"fields": {"grace_seconds": self.options.stop_grace_seconds}},
            )
        log.info("stopped", extra={"fields": {"seconds": round(time.monotonic() - started, 2)}})
        return 0

    def use(self, watchlist: Watchlist) -> None:
        """Rebuild the pipeline and dispatcher for ``watchlist`` (jobs pick them up next run)."""
        assert self.database is not None
        self.watchlist = watchlist
        remember_secrets(watchlist.secrets)  # (logged lines mask them)
        for feed in watchlist.feeds:
            if feed.interval_seconds < 60:
                log.warning(
                    "feed polled more often than once a minute: servers may block us",
                    extra={"fields": {"feed": feed.url, "interval_seconds": feed.interval_seconds}},
                )
        pipeline = Pipeline(
            self.database, watchlist, clock=now, owner=self.owner, stopping=self.stopping,
            parser=self.parser,
        )  # fmt: skip
        pipeline.sync_watchlist()
        self.pipeline = pipeline
        self.dispatcher = Dispatcher(
            self.database, watchlist, clock=now, policy=self.policy, worker=self.owner,
            review_base_url=self.settings.base_url, stopping=self.stopping,
        )  # fmt: skip
        freeze_long_lived_objects()

    def reload(self) -> None:
        self.fingerprint = file_fingerprint(self.settings.watchlist_path)
        try:
            watchlist = load_watchlist(self.settings.watchlist_path, self.environ)
        except WatchlistError as e:
            log.error(
                "watchlist refused, keeping the one in use",
                extra={"fields": {"path": e.path, "problems": [str(p) for p in e.problems]}},
            )
            return
        self.use(watchlist)
        log.info(
            "watchlist reloaded",
            extra={"fields": {"feeds": len(watchlist.feeds), "people": len(watchlist.people)}},
        )

    def watchlist_changed(self) -> bool:
        return file_fingerprint(self.settings.watchlist_path) != self.fingerprint

    def poll_job(self) -> None:
        pipeline = self.pipeline
        if pipeline is None or self.stopping.is_set():
            return
        started = time.monotonic()
        try:
            reports = pipeline.poll_due()
        except Exception:
            log.exception("polling pass failed")
            return
        self.metrics.record_pass(reports, time.monotonic() - started)
        for report in reports:
            log_feed_pass(report)
        if any(report.matches for report in reports):
            self.wake_dispatcher()  # alerts it queued go out now, not at the next dispatch

    def wake_dispatcher(self) -> None:
        with contextlib.suppress(JobLookupError):  # shutting down
            self.scheduler.modify_job("dispatch", next_run_time=now())

    def source_job(self) -> None:
        """Alert the admin route about feeds that went down or silent, or came back."""
        if self.database is None or self.stopping.is_set():
            return
        try:
            reports = check_sources(self.database, self.watchlist, now())
        except Exception:
            log.exception("checking feed health failed")
            return
        for report in reports:
            log.log(
                logging.INFO if report.state == "ok" else logging.WARNING,
                "feed health",
                extra={"fields": {
                    "feed": report.url, "was": report.previous, "now": report.state,
                    "summary": report.summary,
                }},
            )  # fmt: skip
        if reports:
            self.wake_dispatcher()

    def dispatch_job(self) -> None:
        dispatcher = self.dispatcher
        if dispatcher is None or self.stopping.is_set():
            return
        try:
            reports = dispatcher.send_due()
        except Exception:
            log.exception("dispatching alerts failed")
            return
        self.metrics.record_deliveries(reports)
        for report in reports:
            log.info(
                "delivery attempt",
                extra={"fields": {
                    "deliveries": list(report.delivery_ids), "route": report.route,
                    "outcome": report.outcome, "detail": report.detail,
                    "retry_at": report.retry_at.isoformat() if report.retry_at else None,
                }},
            )  # fmt: skip

    def is_healthy(self) -> bool:
        if not self.scheduler.running or self.database is None:
            return False
        try:
            with self.database.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception:
            return False
        return True

    def install_signal_handlers(self) -> None:
        def stop(signum: int, _frame: FrameType | None) -> None:
            log.info("stopping", extra={"fields": {"signal": signal.Signals(signum).name}})
            self.stopping.set()

        def reload(_signum: int, _frame: FrameType | None) -> None:
            self.reload_requested.set()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGHUP, reload)


def log_feed_pass(report: FeedReport) -> None:
    fields: dict[str, object] = {"feed": report.url, "outcome": report.outcome}
    if report.outcome == "error":
        fields |= {"reason": report.error_reason, "error": report.error_message}
    else:
        fields |= {"new_entries": report.new_entries, "matches": len(report.matches)}
        changes = [f"{m.person_id}: {c}" for m in report.matches for c in m.changes]
        if changes:
            fields["status_changes"] = changes
    if report.next_poll_at:
        fields["next_poll"] = report.next_poll_at.isoformat(timespec="seconds")
    level = logging.WARNING if report.outcome == "error" else logging.INFO
    log.log(level, "feed pass", extra={"fields": fields})


def file_fingerprint(path: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size
