"""The daemon's watchlist check compares the bytes parsed with the file's bytes now, so
an edit made at any moment after the read (even during start-up) is seen and loaded."""

from __future__ import annotations

from pathlib import Path

from monitor.adapters.settings import load_settings
from monitor.adapters.watchlist_file import file_digest, load_watchlist_file
from monitor.app.daemon import Daemon, DaemonOptions
from monitor.core.schedule import RetryPolicy

BEFORE = "people:\n  - id: kozlov-vladimir\n    name: Vladimir Kozlov\n"
AFTER = BEFORE + "  - id: bilash-serikzhan\n    name: Serikzhan Bilash\n"


def daemon_for(path: Path, digest: str) -> Daemon:
    settings = load_settings({"MONITOR_DATABASE_URL": "sqlite://"}, str(path))
    loaded = load_watchlist_file(path, {})
    return Daemon(settings, loaded.watchlist, {}, DaemonOptions(), RetryPolicy(), digest=digest)


def test_an_edit_made_after_the_read_but_before_the_daemon_looks_is_seen(tmp_path: Path) -> None:
    path = tmp_path / "watchlist.yaml"
    path.write_text(BEFORE)
    loaded = load_watchlist_file(path, {})  # start-up reads the file...
    path.write_text(AFTER)  # ...someone saves an edit...
    daemon = daemon_for(path, loaded.digest)  # ...and only then does the daemon start
    assert len(loaded.watchlist.people) == 1
    assert daemon.watchlist_changed()  # the edit is not taken for the file already loaded


def test_the_file_that_was_parsed_is_not_taken_for_a_change(tmp_path: Path) -> None:
    path = tmp_path / "watchlist.yaml"
    path.write_text(AFTER)
    loaded = load_watchlist_file(path, {})
    assert loaded.digest == file_digest(path)
    daemon = daemon_for(path, loaded.digest)
    assert not daemon.watchlist_changed()
    path.write_text(AFTER)  # saved again, the same bytes: nothing to reload
    assert not daemon.watchlist_changed()
    path.write_text(BEFORE)
    assert daemon.watchlist_changed()
