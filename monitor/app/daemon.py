"""``monitor run``: the long-running service.

poll      every few seconds: claim the feeds whose time has come (each under a lease,
          so replicas on one PostgreSQL database share the work) and start polling each
          as its own task (``FeedLoop``): a slow feed never holds up the next tick
health    /healthz is 503 with the reason while the last polling, dispatch or feed-health
          pass failed, or no polling pass has run for twice the shortest feed interval;
          after a failed pass this process gives back the feed leases and delivery
          claims it held at once, rather than leaving them to expire
dispatch  every 30 seconds: send the alerts that are due
reload    on SIGHUP, or when the watchlist file changes: an invalid file is refused,
          its problems logged, and the old watchlist kept
stop      on SIGTERM or SIGINT: abandon fetches in flight, store the passes fetched,
          finish the send in hand, and exit 0 within 10 seconds (a job still running after 7 s
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
from sqlalchemy.exc import SQLAlchemyError

from monitor.adapters.db import deliveries, feeds
from monitor.adapters.db.session import (
    Database,
    open_database,
    single_daemon_lock,
    storage_detail,
    storage_failure,
    storage_reason,
)
from monitor.adapters.feeds.parse import start_parser_pool
from monitor.adapters.name_cache import cache_folder
from monitor.adapters.settings import Settings
from monitor.adapters.watchlist_file import file_digest, load_watchlist_file
from monitor.app.feed_loop import FeedLoop
from monitor.app.health import Degraded, HealthServer
from monitor.app.logs import FailureLog
from monitor.app.metrics import Metrics
from monitor.app.outbox import Dispatcher, worker_name
from monitor.app.output import remember_secrets
from monitor.app.pipeline import FeedReport, Pipeline
from monitor.app.scan_workers import remove_names_file
from monitor.app.source_health import check_sources
from monitor.core.outcomes import AttemptOutcome, PollOutcome
from monitor.core.schedule import RetryPolicy
from monitor.core.source_health import SourceState
from monitor.core.types import Watchlist
from monitor.errors import StorageError, StorageReason, WatchlistError

log = logging.getLogger("monitor.daemon")
POLLING, DISPATCH, SOURCES = "polling", "dispatch", "feed health"
JOBS = (POLLING, DISPATCH, SOURCES)
DATABASE_REASONS = {str(r) for r in StorageReason} - {str(StorageReason.UNEXPECTED)}
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
        *,
        digest: str | None = None,
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
        self.digest = digest  # of the watchlist bytes in use (None: compare from the start)
        self.fingerprint: tuple[int, int] | None = None  # the file's mtime and size, last seen
        self.database: Database | None = None
        self.pipeline: Pipeline | None = None
        self.feeds: FeedLoop | None = None
        self.lock = threading.Lock()
        self.problems: dict[str, Degraded] = {}  # job → why its last pass failed
        self.failure_logs = {job: FailureLog(log, job) for job in JOBS}
        self.last_polled = time.monotonic()  # when a polling pass last ran
        self.release_due = False  # a pass failed: give back the feed leases it holds
        self.claims_to_end = False  # a dispatch failed: end the delivery claims it holds
        self.dispatcher: Dispatcher | None = None
        self.parser: Executor | None = None
        self.abandoned = False  # stopped while a job was still running (see serve)
        self.stop_signal: str | None = None  # the signal that asked for the stop

    def run(self) -> int:
        self.install_signal_handlers()  # a stop asked for while starting up is a clean stop
        health = self.take_health_port()  # first: a port in use stops the start at once
        try:
            database = open_database(self.settings.database_url)
            self.database = database
            self.metrics.watch(database, now)
            try:
                with single_daemon_lock(database):
                    self.start_up()
                    return self.serve(health)
            finally:
                if self.parser is not None:
                    self.parser.shutdown(wait=not self.abandoned, cancel_futures=True)
                if self.pipeline is not None and self.pipeline.names_file is not None:
                    remove_names_file(self.pipeline.names_file)  # (the exit may skip finalizers)
                database.dispose()
        finally:
            if health is not None:
                health.stop()

    def start_up(self) -> None:
        """Ready the database and the pipeline; a database that refuses (read-only, full,
        unreachable) stops the start with one line saying so."""
        assert self.database is not None
        try:
            if self.database.engine.dialect.name == "sqlite":
                self.take_over_from_a_dead_predecessor()
            if self.options.parse_workers > 0:
                self.parser = start_parser_pool(self.options.parse_workers)
            self.use(self.watchlist)
        except SQLAlchemyError as e:
            raise storage_failure(self.database, e) from None

    def take_health_port(self) -> HealthServer | None:
        """The /healthz server, its port taken (not served yet), when one is asked for."""
        if self.options.health_port is None:
            return None
        return HealthServer(
            self.options.health_host,
            self.options.health_port,
            self.health_problem,
            self.metrics.render,
        )

    def schedule_jobs(self) -> None:
        """The three jobs. Each runs alone (a slow pass is never overlapped by the next),
        runs once after a stall however many runs it missed, and is skipped when more
        than MISFIRE_GRACE seconds late (the next run comes soon)."""
        jobs = {"max_instances": 1, "coalesce": True, "misfire_grace_time": MISFIRE_GRACE}
        self.scheduler.add_job(
            self.poll_job,
            "interval",
            seconds=self.options.tick_seconds,
            id="poll",
            next_run_time=now(),
            **jobs,
        )
        self.scheduler.add_job(
            self.dispatch_job,
            "interval",
            seconds=self.options.dispatch_seconds,
            id="dispatch",
            next_run_time=now(),
            **jobs,
        )
        self.scheduler.add_job(
            self.source_job, "interval", seconds=self.options.source_seconds, id="sources", **jobs
        )

    def take_over_from_a_dead_predecessor(self) -> None:
        """The sole daemon on a SQLite file frees the leases and claims left by one killed
        before it, instead of waiting minutes for them to expire."""
        assert self.database is not None
        with self.database.transaction() as session:
            leases = feeds.expire_feed_leases(session)
            sending = deliveries.expire_claims(session, now())
        if leases or sending:
            log.warning(
                "took over from a daemon that did not stop cleanly",
                extra={"fields": {"feed_leases": leases, "deliveries_sending": sending}},
            )

    def serve(self, health: HealthServer | None = None) -> int:
        assert self.database is not None
        self.feeds = FeedLoop(
            self.database, self.owner, on_report=self.feed_polled, on_failure=self.feed_failed
        )
        self.feeds.start()
        self.last_polled = time.monotonic()
        if health is not None:
            health.start()
        self.schedule_jobs()
        self.scheduler.start()
        log.info(
            "started",
            extra={
                "fields": {
                    "worker": self.owner,
                    "feeds": len(self.watchlist.feeds),
                    "people": len(self.watchlist.people),
                    "health_port": health.port if health else None,
                }
            },
        )
        while not self.stopping.wait(self.options.watch_seconds):
            if self.reload_requested.is_set() or self.watchlist_changed():
                self.reload_requested.clear()
                self.reload()
        log.info("stopping", extra={"fields": {"signal": self.stop_signal}})
        started = time.monotonic()
        stopper = threading.Thread(target=self.shut_down, name="stop", daemon=True)
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

    def shut_down(self) -> None:
        """Stop the jobs (waiting for those running), then the feeds in flight."""
        self.scheduler.shutdown()
        if self.feeds is not None:
            self.feeds.stop()

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
            self.database,
            watchlist,
            clock=now,
            owner=self.owner,
            stopping=self.stopping,
            parser=self.parser,
        )
        pipeline.sync_watchlist()
        self.pipeline = pipeline
        self.dispatcher = Dispatcher(
            self.database,
            watchlist,
            clock=now,
            policy=self.policy,
            worker=self.owner,
            review_base_url=self.settings.base_url,
            stopping=self.stopping,
        )
        freeze_long_lived_objects()

    def reload(self) -> None:
        seen = file_digest(self.settings.watchlist_path)  # (an edit after this is seen next)
        try:
            loaded = load_watchlist_file(
                self.settings.watchlist_path, self.environ, cache=cache_folder(self.environ)
            )
        except WatchlistError as e:
            self.digest = seen  # not refused again until it changes
            log.error(
                "watchlist refused, keeping the one in use",
                extra={"fields": {"path": e.path, "problems": [str(p) for p in e.problems]}},
            )
            return
        self.digest = loaded.digest  # the very bytes now in use
        watchlist = loaded.watchlist
        self.use(watchlist)
        log.info(
            "watchlist reloaded",
            extra={"fields": {"feeds": len(watchlist.feeds), "people": len(watchlist.people)}},
        )

    def watchlist_changed(self) -> bool:
        """Whether the file's bytes differ from those parsed into the watchlist in use
        (read only when its mtime or size changed since the last look, or at the first)."""
        fingerprint = file_fingerprint(self.settings.watchlist_path)
        if fingerprint == self.fingerprint:
            return False
        self.fingerprint = fingerprint
        return file_digest(self.settings.watchlist_path) != self.digest

    def poll_job(self) -> None:
        """Claim the due feeds (as many as there is room for) and start polling them."""
        pipeline, loop = self.pipeline, self.feeds
        if pipeline is None or loop is None or self.stopping.is_set():
            return
        try:
            if self.release_due:
                self.give_back_leases(loop.busy())
            room = loop.room()
            claimed = pipeline.claim(due_only=True, limit=room) if room else []
        except Exception as e:
            self.job_failed(POLLING, e)
            return
        self.job_succeeded(POLLING)
        self.last_polled = time.monotonic()
        loop.submit(pipeline, claimed)

    def give_back_leases(self, busy: list[int]) -> None:
        """After a failed pass, free the feeds this process still holds (but those it is
        polling), so that they are polled again now, not when their leases expire."""
        assert self.database is not None
        self.release_due = False  # first: a failure meanwhile sets it again
        with self.database.transaction() as session:
            freed = feeds.release_leases_of(session, self.owner, keep=busy)
        if freed:
            log.info("gave back what a failed pass held", extra={"fields": {"feed_leases": freed}})

    def feed_polled(self, report: FeedReport, seconds: float) -> None:
        self.metrics.record_pass([report], seconds)
        log_feed_pass(report)
        if report.matches:
            self.wake_dispatcher()  # alerts it queued go out now, not at the next dispatch

    def feed_failed(self, url: str, error: BaseException) -> None:
        """Storing a feed's pass failed (the database): its lease is given back next tick."""
        self.release_due = True
        self.job_failed(POLLING, error, feed=url)

    def job_failed(self, job: str, error: BaseException, **fields: object) -> None:
        """Log the failure (one line; the traceback once per kind of error) and show it on
        /healthz until the job's next pass succeeds."""
        reason, detail = failure_reason(error)
        self.failure_logs[job].failed(error, reason, detail, fields)
        with self.lock:
            self.problems[job] = Degraded(reason, f"the last {job} pass failed: {detail}")
            self.release_due = True
            self.claims_to_end |= job == DISPATCH

    def job_succeeded(self, job: str) -> None:
        """The job works: its failure is over. A polling pass after a failure has written
        (it gave leases back), which shows the database is back: the other jobs' database
        failures are over too (their next run may be a minute away)."""
        self.failure_logs[job].succeeded()
        with self.lock:
            self.problems.pop(job, None)
            if job == POLLING:
                for other, problem in list(self.problems.items()):
                    if problem.reason in DATABASE_REASONS:
                        del self.problems[other]
            claims_left = self.claims_to_end
        if claims_left and job == POLLING:
            self.wake_dispatcher()  # it ends its claims and sends what they held

    def wake_dispatcher(self) -> None:
        with contextlib.suppress(JobLookupError):  # shutting down
            self.scheduler.modify_job("dispatch", next_run_time=now())

    def source_job(self) -> None:
        """Alert the admin route about feeds that went down or silent, or came back."""
        if self.database is None or self.stopping.is_set():
            return
        try:
            reports = check_sources(self.database, self.watchlist, now())
        except Exception as e:
            self.job_failed(SOURCES, e)
            return
        self.job_succeeded(SOURCES)
        for report in reports:
            log.log(
                logging.INFO if report.state == SourceState.OK else logging.WARNING,
                "feed health",
                extra={
                    "fields": {
                        "feed": report.url,
                        "was": report.previous,
                        "now": report.state,
                        "summary": report.summary,
                    }
                },
            )
        if reports:
            self.wake_dispatcher()

    def dispatch_job(self) -> None:
        dispatcher = self.dispatcher
        if dispatcher is None or self.stopping.is_set():
            return
        try:
            if self.claims_to_end:  # a failed dispatch left its claims behind: end them
                self.end_claims()
            reports = dispatcher.send_due()
            if dispatcher.unrecorded is not None:  # sent, but its claim is left behind
                error = dispatcher.unrecorded
                raise StorageError(f"could not record a send: {error}") from error
        except Exception as e:
            self.job_failed(DISPATCH, e)
            return
        self.job_succeeded(DISPATCH)
        self.metrics.record_deliveries(reports)
        for report in reports:
            sent = report.outcome == AttemptOutcome.SENT
            log.log(
                logging.INFO if sent else logging.WARNING,  # a retry or a failure: warning
                "delivery attempt",
                extra={
                    "fields": {
                        "deliveries": list(report.delivery_ids),
                        "route": report.route,
                        "outcome": report.outcome,
                        "detail": report.detail,
                        "retry_at": report.retry_at.isoformat() if report.retry_at else None,
                    }
                },
            )

    def end_claims(self) -> None:
        assert self.database is not None
        self.claims_to_end = False  # first: a failure meanwhile sets it again
        with self.database.transaction() as session:
            ended = deliveries.end_claims_of(session, self.owner, now())
        if ended:
            log.info("gave back what a failed dispatch held", extra={"fields": {"claims": ended}})

    def health_problem(self) -> Degraded | None:
        """What keeps the daemon from its work, for /healthz; None when nothing does."""
        if not self.scheduler.running or self.database is None:
            return Degraded("not_running", "the daemon is starting or stopping")
        if self.feeds is not None and not self.feeds.is_alive():
            return Degraded("not_running", "the feed loop has stopped")
        with self.lock:
            failed = next(iter(self.problems.values()), None)
        if failed is not None:
            return failed
        try:
            self.database.ping()
        except Exception as e:
            reason, detail = failure_reason(e)
            return Degraded(reason, f"the database does not answer: {detail}")
        return self.stalled()

    def stalled(self) -> Degraded | None:
        """Nothing polled for twice the shortest feed interval (and two ticks)."""
        intervals = [feed.interval_seconds for feed in self.watchlist.feeds]
        if not intervals:
            return None
        limit = max(2 * min(intervals), 2 * self.options.tick_seconds)
        idle = time.monotonic() - self.last_polled
        if idle <= limit:
            return None
        return Degraded("stalled", f"no polling pass for {idle:.0f} s (the limit is {limit:g} s)")

    def install_signal_handlers(self) -> None:
        def stop(signum: int, _frame: FrameType | None) -> None:
            # no logging here: the handler may run in the middle of a log line the main
            # thread is writing, and a write to the same stream from inside it raises
            # ("reentrant call"), which lost the stop; serve logs it
            self.stop_signal = signal.Signals(signum).name
            self.stopping.set()

        def reload(_signum: int, _frame: FrameType | None) -> None:
            self.reload_requested.set()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGHUP, reload)


def log_feed_pass(report: FeedReport) -> None:
    fields: dict[str, object] = {"feed": report.url, "outcome": report.outcome}
    if report.outcome == PollOutcome.ERROR:
        fields |= {"reason": report.error_reason, "error": report.error_message}
    else:
        fields |= {"new_entries": report.new_entries, "matches": len(report.matches)}
        changes = [f"{m.person_id}: {c}" for m in report.matches for c in m.changes]
        if changes:
            fields["status_changes"] = changes
    if report.next_poll_at:
        fields["next_poll"] = report.next_poll_at.isoformat(timespec="seconds")
    level = logging.WARNING if report.outcome == PollOutcome.ERROR else logging.INFO
    log.log(level, "feed pass", extra={"fields": fields})


def failure_reason(error: BaseException) -> tuple[str, str]:
    """A failed pass's reason (from StorageReason) and what went wrong, in one line."""
    if isinstance(error, SQLAlchemyError | StorageError):
        return str(storage_reason(error)), storage_detail(error)
    described = f"{type(error).__name__}: {error}".rstrip(": ")
    return str(StorageReason.UNEXPECTED), " ".join(described.split())[:300]


def file_fingerprint(path: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size
