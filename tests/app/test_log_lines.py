"""Log lines carry structured fields as data, in plain and JSON logs: never a Python repr."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

from monitor.app.logs import JsonFormatter, PlainFormatter


def record_with(fields: dict[str, object]) -> logging.LogRecord:
    record = logging.LogRecord("monitor", logging.INFO, __file__, 1, "watchlist refused", (), None)
    record.fields = fields
    return record


FIELDS = {
    "problems": ["people[0].id: required", "feeds[1].url: not a URL"],
    "health_port": None,
    "reloaded": True,
    "deliveries": [3, 4],
    "at": datetime(2026, 12, 1, 8, 30, tzinfo=UTC),
}


def test_plain_logs_write_fields_as_json_values_not_python_reprs() -> None:
    line = PlainFormatter().format(record_with(FIELDS))

    assert 'problems=["people[0].id: required", "feeds[1].url: not a URL"]' in line
    assert "health_port=null reloaded=true deliveries=[3, 4]" in line
    assert "at=2026-12-01T08:30:00+00:00" in line
    assert "None" not in line and "True" not in line and "['" not in line


def test_json_logs_keep_fields_as_json_types() -> None:
    entry = json.loads(JsonFormatter().format(record_with(FIELDS)))

    assert entry["problems"] == FIELDS["problems"]
    assert (entry["health_port"], entry["reloaded"], entry["deliveries"]) == (None, True, [3, 4])
    assert entry["at"] == "2026-12-01T08:30:00+00:00"
