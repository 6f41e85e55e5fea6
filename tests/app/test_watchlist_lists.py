"""`monitor feeds import|export` and `monitor people import`: the watchlist file is edited
with its comments and order kept, still passes `monitor check`, and nothing is written on
a dry run or a bad row. The commands run in this process (a `monitor` process cost a second
of CPU each); which libraries they load is checked in a process of its own."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest

from monitor.app.cli import main
from tests.adapters.test_opml import FEEDLY, MINIFLUX

WATCHLIST = """\
# Our list: edit with care
people:
  - id: kozlov-vladimir          # since 2016
    name: Vladimir Kozlov
    aliases: [Владимир Козлов]
    status: imprisoned
feeds:
  # regional news
  - url: https://courier.example.org/feed
    interval: 15m   # they ask for no more
alerts: []   # none yet
"""

SHEET = (
    "\ufeffName,Aliases,Status,Tags,Context\r\n"
    "Vladimir Kozlov,В. Козлов,,kazakhstan,Alga\r\n"
    'Aidar Nurlanov,"Айдар Нурланов; A. Nurlanov",detained,kazakhstan,Taraz\r\n'
    "Gulnara Seitova,,jailed,,\r\n"
)


class Ran(NamedTuple):
    returncode: int
    stdout: str
    stderr: str


Monitor = Callable[..., Ran]


@pytest.fixture
def run_monitor(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Monitor:
    """``monitor ARGS`` run in the folder ``cwd`` (its watchlist.yaml, its database)."""

    def run(*args: str, cwd: Path) -> Ran:
        with monkeypatch.context() as here:
            here.chdir(cwd)
            here.setenv("MONITOR_DATABASE_URL", f"sqlite:///{cwd / 'monitor.db'}")
            capsys.readouterr()
            status = main(list(args))
            return Ran(status, *capsys.readouterr())

    return run


def setup(tmp_path: Path) -> Path:
    path = tmp_path / "watchlist.yaml"
    path.write_text(WATCHLIST, encoding="utf-8")
    (tmp_path / "miniflux.opml").write_bytes(MINIFLUX)
    (tmp_path / "feedly.opml").write_bytes(FEEDLY)
    (tmp_path / "people.csv").write_text(SHEET, encoding="utf-8")
    return path


def test_an_opml_import_appends_new_feeds_and_keeps_the_comments_and_order(
    tmp_path: Path, run_monitor: Monitor
) -> None:
    path = setup(tmp_path)
    result = run_monitor("feeds", "import", "miniflux.opml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "2 feeds added, 1 already listed, 0 skipped" in result.stdout
    assert path.read_text(encoding="utf-8") == WATCHLIST.replace(
        "alerts: []",
        "  - url: https://valley.example.net/rss.xml  # Valley News\n"
        "  - url: https://watch.example.com/atom  # Monitor Watch\n"
        "alerts: []",
    )
    assert run_monitor("check", cwd=tmp_path).returncode == 0
    again = run_monitor("feeds", "import", "feedly.opml", cwd=tmp_path)
    assert "1 feeds added, 1 already listed, 1 skipped" in again.stdout
    assert "skipped (not an http or https address): mailto:list@example.org" in again.stderr


def test_a_dry_run_shows_the_change_and_writes_nothing(
    tmp_path: Path, run_monitor: Monitor
) -> None:
    path = setup(tmp_path)
    result = run_monitor("feeds", "import", "miniflux.opml", "--dry-run", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "+  - url: https://valley.example.net/rss.xml  # Valley News" in result.stdout
    assert "(dry run: nothing written)" in result.stdout
    assert path.read_text(encoding="utf-8") == WATCHLIST


def test_an_export_imports_into_another_watchlist_as_the_same_feeds(
    tmp_path: Path, run_monitor: Monitor
) -> None:
    setup(tmp_path)
    run_monitor("feeds", "import", "miniflux.opml", cwd=tmp_path)
    exported = run_monitor("feeds", "export", cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    other = tmp_path / "other"
    other.mkdir()
    (other / "watchlist.yaml").write_text("people:\n  - {id: a-b, name: A B}\n")
    (other / "list.opml").write_text(exported.stdout, encoding="utf-8")
    assert run_monitor("feeds", "import", "list.opml", cwd=other).returncode == 0
    listed = run_monitor("feeds", "export", cwd=other).stdout
    urls = [
        line.split('xmlUrl="')[1].split('"')[0] for line in listed.splitlines() if "xmlUrl" in line
    ]
    assert urls == [
        "https://courier.example.org/feed",
        "https://valley.example.net/rss.xml",
        "https://watch.example.com/atom",
    ]


def test_a_csv_with_a_bad_row_is_reported_by_line_and_nothing_is_written(
    tmp_path: Path, run_monitor: Monitor
) -> None:
    path = setup(tmp_path)
    result = run_monitor("people", "import", "people.csv", cwd=tmp_path)
    assert result.returncode == 2
    assert "people.csv: line 4: unknown status 'jailed'" in result.stderr
    assert "nothing written" in result.stderr
    assert path.read_text(encoding="utf-8") == WATCHLIST


def test_skip_bad_imports_the_good_rows_and_a_second_import_changes_nothing(
    tmp_path: Path, run_monitor: Monitor
) -> None:
    path = setup(tmp_path)
    result = run_monitor("people", "import", "people.csv", "--skip-bad", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "1 added, 1 updated, 0 unchanged, 1 bad rows skipped" in result.stdout
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Our list: edit with care\npeople:\n")
    assert "    aliases: [Владимир Козлов, В. Козлов]\n" in text
    assert "  - id: kozlov-vladimir          # since 2016\n" in text
    assert (
        "  - id: aidar-nurlanov\n    name: Aidar Nurlanov\n"
        "    aliases: [Айдар Нурланов, A. Nurlanov]\n    status: detained\n"
    ) in text
    assert "alerts: []   # none yet" in text
    assert run_monitor("check", cwd=tmp_path).returncode == 0
    again = run_monitor("people", "import", "people.csv", "--skip-bad", cwd=tmp_path)
    assert "0 added, 0 updated, 2 unchanged" in again.stdout
    assert path.read_text(encoding="utf-8") == text


def test_the_heavy_libraries_load_only_for_the_commands_that_use_them(tmp_path: Path) -> None:
    """ruamel.yaml (~20 ms) for the list commands; trafilatura (~300 ms) only to read a page."""
    setup(tmp_path)
    probe = (
        "import sys; from monitor.app.cli import main; status = main(sys.argv[1:]); "
        "print([m for m in ('ruamel', 'trafilatura') if m in sys.modules]); sys.exit(status)"
    )

    def loaded(*args: str) -> str:
        command = [sys.executable, "-c", probe, *args]
        result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=60)
        return result.stdout.strip().splitlines()[-1]

    assert loaded("check") == "[]"
    assert loaded("feeds", "import", "miniflux.opml", "--dry-run") == "['ruamel']"
