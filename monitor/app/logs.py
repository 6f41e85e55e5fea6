"""Logging for the daemon: plain lines by default, JSON lines with --log-format json.

Log a record with structured fields as ``log.info("feed pass", extra={"fields": {...}})``:
plain output appends them as ``key=value``; JSON output merges them into the object.
Either way every text is ``safe``: a feed URL's key or a database password never
reaches a log.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, date, datetime
from typing import Any

from monitor.app.output import safe, safe_fields


class PlainFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        when = datetime.fromtimestamp(record.created, UTC).isoformat(timespec="seconds")
        fields: dict[str, Any] = getattr(record, "fields", {})
        extra = " ".join(f"{key}={value_text(value)}" for key, value in fields.items())
        line = f"{when} {record.levelname.lower():7} {record.getMessage()}"
        line = f"{line} {extra}" if extra else line
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return safe(line)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        entry |= getattr(record, "fields", {})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(
            safe_fields(entry), ensure_ascii=False, default=lambda v: safe(json_default(v))
        )


def value_text(value: object) -> str:
    """A field's value as a plain log shows it: a word as itself, text with spaces quoted,
    anything else as JSON (``null``, ``true``, ``[1, 2]``), never a Python repr."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False) if (" " in value or not value) else value
    if isinstance(value, datetime):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False, default=json_default)


def json_default(value: object) -> str:
    """What json.dumps makes of a value it does not know: a date as ISO 8601, else text."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def configure_logging(log_format: str = "plain", level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if log_format == "json" else PlainFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("httpx", "httpcore", "apscheduler", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


class FailureLog:
    """How a job that keeps failing is logged: one line per failure, with its reason;
    the traceback only the first time each kind of error is met, until the job succeeds
    again (a minute-long database outage is a few lines, not hundreds of kilobytes)."""

    def __init__(self, log: logging.Logger, job: str) -> None:
        self.log = log
        self.job = job
        self.kinds: set[tuple[str, str]] = set()  # (error type, reason) met since recovery

    def failed(
        self,
        error: BaseException,
        reason: str,
        detail: str,
        fields: dict[str, object] | None = None,
    ) -> None:
        kind = (type(error).__name__, reason)
        first = kind not in self.kinds
        self.kinds.add(kind)
        self.log.error(
            f"{self.job} failed",
            exc_info=error if first else None,
            extra={"fields": {"reason": reason, "error": detail} | (fields or {})},
        )

    def succeeded(self) -> None:
        if self.kinds:
            self.kinds.clear()
            self.log.info(f"{self.job} works again")
