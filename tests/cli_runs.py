"""The ``monitor`` command run in this process, on a database the test chose."""

from __future__ import annotations

import pytest

from monitor.app.cli import main


def monitor(
    args: list[str],
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[int, str, str]:
    """Exit status, standard output and standard error of ``monitor ARGS``."""
    monkeypatch.setenv("MONITOR_DATABASE_URL", database_url)
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err
