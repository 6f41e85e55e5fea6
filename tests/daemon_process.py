"""`monitor run` as a real subprocess, for tests that signal, kill and restart it.

    with DaemonProcess(watchlist, database_url) as daemon:
        daemon.wait_for("started")
        port = daemon.health_port()
        ...
        assert daemon.stop() == 0   # SIGTERM, then the exit status

Its JSON log lines are collected in a background thread. On exit the process is
always gone: terminated, then killed if it lingers.

Each daemon is forked from a fork server that has imported the monitor once per test
process (``forked=True``, the default): a start then costs what `monitor run` does, not
the second of CPU its imports take (the rule tables, SQLAlchemy, Alembic). The child sets
its own environment, working folder and standard error (a log file the reader follows)
and calls the command's ``main``, as ``python -m monitor.app.cli run ...`` would.
``forked=False`` starts the command itself.
"""

from __future__ import annotations

import json
import multiprocessing
import multiprocessing.connection
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import create_engine, text

REPO = Path(__file__).resolve().parents[1]


def wait_until(condition: Callable[[], Any], timeout: float, what: str, step: float = 0.1) -> Any:
    """Poll ``condition`` until it returns something truthy; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        found = condition()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(step)


def scalar(database_url: str, query: str) -> Any:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return connection.execute(text(query)).scalar()
    finally:
        engine.dispose()


def rows(database_url: str, query: str) -> list[tuple[Any, ...]]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(query))]
    finally:
        engine.dispose()


class DaemonProcess:
    def __init__(
        self,
        watchlist: Path,
        database_url: str,
        *,
        tick: float = 0.3,
        dispatch: float = 1.0,
        health_port: int | None = 0,
        extra_args: Sequence[str] = (),
        env: dict[str, str] | None = None,
        cwd: Path | None = None,
        forked: bool = True,
    ) -> None:
        args = ["run", "--watchlist", str(watchlist)]
        args += ["--log-format", "json", "--tick", str(tick), "--dispatch", str(dispatch)]
        if health_port is not None:
            args += ["--health-port", str(health_port)]
        self.command = [*args, *extra_args]  # the command's arguments
        self.args = [sys.executable, "-m", "monitor.app.cli", *self.command]
        self.forked = forked
        self.env = (
            os.environ
            | {
                "MONITOR_DATABASE_URL": database_url,
                "MONITOR_RETRY_BASE_SECONDS": "0.5",
                "PYTHONPATH": str(REPO),
            }
            | (env or {})
        )
        self.cwd = cwd or watchlist.parent
        self.process: subprocess.Popen[str] | Forked | None = None
        self.lines: list[str] = []
        self.parsed: list[dict[str, Any]] = []  # the JSON records among the lines
        self.lock = threading.Lock()
        self.changed = threading.Condition(self.lock)  # a line came, or the last one
        self.ended = False  # the reader has read the last line
        self.reader: threading.Thread | None = None

    def start(self) -> DaemonProcess:
        if self.forked:
            self.process = Forked(self.command, self.env, self.cwd)
        else:
            self.process = subprocess.Popen(
                self.args,
                env=self.env,
                cwd=self.cwd,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
        self.reader = threading.Thread(target=self.read, daemon=True)
        self.reader.start()
        return self

    def read(self) -> None:
        assert self.process is not None and self.process.stderr is not None
        for line in self.process.stderr:
            try:
                record = json.loads(line)
            except ValueError:
                record = None  # a traceback, a warning: kept in ``lines`` only
            with self.changed:
                self.lines.append(line.rstrip("\n"))
                if isinstance(record, dict):
                    self.parsed.append(record)
                self.changed.notify_all()
        with self.changed:
            self.ended = True
            self.changed.notify_all()

    def __enter__(self) -> DaemonProcess:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.kill()

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def records(self) -> list[dict[str, Any]]:
        """The JSON log records so far (other lines, such as tracebacks, are skipped)."""
        with self.lock:
            return list(self.parsed)

    def logged(self, message: str) -> list[dict[str, Any]]:
        return [r for r in self.records() if r.get("msg") == message]

    def output(self) -> str:
        with self.lock:
            return "\n".join(self.lines)

    def wait_for(self, message: str, timeout: float = 60.0, count: int = 1) -> dict[str, Any]:
        """The ``count``-th log record with this message, as soon as it is read; fails if the
        process ends first. The bound is generous: a daemon compiling its watchlist on a
        machine with both cores busy took more than 20 s to log "started"."""
        assert self.process is not None
        deadline = time.monotonic() + timeout
        exited_at: float | None = None
        with self.changed:
            while True:
                found = [r for r in self.parsed if r.get("msg") == message]
                if len(found) >= count:
                    return found[count - 1]
                now = time.monotonic()
                if exited_at is None and self.process.poll() is not None:
                    exited_at = now  # the reader still has its last lines to read
                if self.ended or (exited_at is not None and now - exited_at > 2.0):
                    output = "\n".join(self.lines)
                    raise AssertionError(
                        f"monitor run exited ({self.process.poll()}) before logging "
                        f"{message!r}:\n{output}"
                    )
                if now > deadline:
                    raise AssertionError(
                        f"timed out after {timeout:g} s waiting for log line {message!r}"
                    )
                self.changed.wait(min(deadline - now, 0.25) + 0.001)

    def health_port(self) -> int:
        return int(self.wait_for("started")["health_port"])

    def signal(self, signum: int) -> None:
        assert self.process is not None
        self.process.send_signal(signum)

    def wait(self, timeout: float) -> int:
        assert self.process is not None
        status = self.process.wait(timeout=timeout)
        if self.reader is not None:
            self.reader.join(timeout=5)
        return status

    def stop(self, timeout: float = 10.0) -> int:
        """SIGTERM, and the exit status (fails if it takes longer than ``timeout``)."""
        self.signal(signal.SIGTERM)
        return self.wait(timeout)

    def kill(self) -> None:
        """SIGKILL if still running (no clean-up: what a crash looks like)."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(timeout=10)
        finally:
            if self.process.stderr is not None and self.reader is not None:
                self.reader.join(timeout=5)
                if isinstance(self.process, subprocess.Popen):
                    self.process.stderr.close()


# --- a daemon forked from a fork server that has the monitor imported ---------------------

PRELOAD = ["monitor.app.cli", "monitor.app.commands.polling", "monitor.app.daemon"]
FORK_SERVER = multiprocessing.get_context("forkserver")
FORK_SERVER.set_forkserver_preload(PRELOAD)


def run_command(command: list[str], env: dict[str, str], cwd: str, log: str) -> None:
    """In the forked child: `monitor COMMAND` with this environment, folder and stderr."""
    os.environ.clear()
    os.environ.update(env)
    os.chdir(cwd)
    stderr = os.open(log, os.O_WRONLY | os.O_APPEND)
    os.dup2(stderr, 2)
    os.close(stderr)
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    os.close(null)
    sys.stderr = open(2, "w", encoding="utf-8", buffering=1, closefd=False)  # noqa: SIM115
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    from monitor.app.cli import main

    sys.exit(main(command))


class Forked:
    """A forked `monitor` process with the part of ``subprocess.Popen``'s interface the
    tests use; ``stderr`` yields its standard error's lines as they are written."""

    def __init__(self, command: list[str], env: dict[str, str], cwd: Path) -> None:
        handle, self.log = tempfile.mkstemp(prefix="monitor-daemon-", suffix=".log")
        os.close(handle)
        self.polling = threading.Lock()  # see poll
        self.child = FORK_SERVER.Process(
            target=run_command, args=(command, dict(env), str(cwd), self.log)
        )
        self.child.start()
        self.stderr = self.follow()

    @property
    def pid(self) -> int:
        assert self.child.pid is not None
        return self.child.pid

    @property
    def returncode(self) -> int | None:
        return self.poll()

    def poll(self) -> int | None:
        """The exit status, or None while running. One thread at a time: the status is read
        from a pipe, and a second reader would find it empty and take 255 for it."""
        with self.polling:
            return self.child.exitcode

    def wait(self, timeout: float | None = None) -> int:
        multiprocessing.connection.wait([self.child.sentinel], timeout)
        status = self.poll()
        if status is None:
            raise subprocess.TimeoutExpired(f"monitor (pid {self.pid})", timeout or 0)
        return status

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, signum)

    def kill(self) -> None:
        self.child.kill()

    def follow(self) -> Iterator[str]:
        """The log's lines as they come, until the process has exited and all are read."""
        with open(self.log, encoding="utf-8", errors="replace") as log:
            partial = ""
            while True:
                chunk = log.readline()
                if chunk:
                    partial += chunk
                    if partial.endswith("\n"):
                        yield partial
                        partial = ""
                    continue
                if self.poll() is not None:
                    rest = log.read()
                    if not rest:
                        break
                    partial += rest
                    continue
                time.sleep(0.02)
            if partial:
                yield partial
        os.unlink(self.log)
