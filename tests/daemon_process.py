"""`monitor run` as a real subprocess, for tests that signal, kill and restart it.

    with DaemonProcess(watchlist, database_url) as daemon:
        daemon.wait_for("started")
        port = daemon.health_port()
        ...
        assert daemon.stop() == 0   # SIGTERM, then the exit status

Its JSON log lines are collected in a background thread. On exit the process is
always gone: terminated, then killed if it lingers.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
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
    ) -> None:
        args = [sys.executable, "-m", "monitor.app.cli", "run", "--watchlist", str(watchlist)]
        args += ["--log-format", "json", "--tick", str(tick), "--dispatch", str(dispatch)]
        if health_port is not None:
            args += ["--health-port", str(health_port)]
        self.args = [*args, *extra_args]
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
        self.process: subprocess.Popen[str] | None = None
        self.lines: list[str] = []
        self.lock = threading.Lock()
        self.reader: threading.Thread | None = None

    def start(self) -> DaemonProcess:
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
            with self.lock:
                self.lines.append(line.rstrip("\n"))

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
        found = []
        with self.lock:
            lines = list(self.lines)
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict):
                found.append(record)
        return found

    def logged(self, message: str) -> list[dict[str, Any]]:
        return [r for r in self.records() if r.get("msg") == message]

    def output(self) -> str:
        with self.lock:
            return "\n".join(self.lines)

    def wait_for(self, message: str, timeout: float = 20.0, count: int = 1) -> dict[str, Any]:
        """The ``count``-th log record with this message; fails if the process dies first."""

        def found() -> dict[str, Any] | None:
            records = self.logged(message)
            if len(records) >= count:
                return records[count - 1]
            if self.process is not None and self.process.poll() is not None:
                time.sleep(0.2)  # let the reader catch the last lines
                raise AssertionError(
                    f"monitor run exited ({self.process.returncode}) before logging "
                    f"{message!r}:\n{self.output()}"
                )
            return None

        record: dict[str, Any] = wait_until(found, timeout, f"log line {message!r}")
        return record

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
                self.process.stderr.close()
