"""The command line's conventions, each checked once: a loopback feed, a real database,
the ``monitor`` command run in this process (tests/cli_runs.py)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from importlib.metadata import version
from pathlib import Path

import pytest

from monitor.app.cli import main
from tests.app.test_alerts_end_to_end import news
from tests.cli_runs import monitor
from tests.http_feeds import FeedServer

LONG_PATH = "/feeds/" + "a-long-section-name/" * 4 + "news.rss"
WATCHLIST = """
people:
  - id: abishev-aset
    name: Aset Abishev
    status: imprisoned
alerts:
  - name: evening
    webhook: {url: "http://127.0.0.1:9/hook"}
    digest: "20:00"
feeds:
  - url: FEED
"""


@pytest.fixture
def watchlist(tmp_path: Path) -> Iterator[str]:
    with FeedServer() as feeds:
        feeds.route(
            LONG_PATH,
            body=news(
                "r1",
                "Unionist freed",
                "Aset Abishev was released from prison on Tuesday after serving his term.",
            ),
        )
        path = tmp_path / "watchlist.yaml"
        path.write_text(WATCHLIST.replace("FEED", feeds.url(LONG_PATH)))
        yield str(path)


Runner = Callable[..., tuple[int, str, str]]  # monitor ARGS -> exit status, stdout, stderr


@pytest.fixture
def run(
    database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Runner:
    def run_monitor(*args: str) -> tuple[int, str, str]:
        return monitor(list(args), database_url, capsys, monkeypatch)

    return run_monitor


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])

    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"monitor {version('case-monitor')}"


def test_poll_polls_once_and_prints_the_status_changes_it_made(watchlist: str, run: Runner) -> None:
    status, out, err = run("poll", "--watchlist", watchlist)

    assert status == 0, err
    assert "status changed: Aset Abishev (abishev-aset) imprisoned → free" in out
    assert "1 status changes stored" in out
    again = run("poll", "--once", "--watchlist", watchlist)
    assert again[0] == 0 and "0 new entries" in again[1]  # --once is still accepted


def test_the_watchlist_option_goes_before_or_after_the_command(watchlist: str, run: Runner) -> None:
    before = run("--watchlist", watchlist, "check")
    after = run("check", "--watchlist", watchlist)

    assert before[0] == after[0] == 0
    assert before[1] == after[1]


def test_an_unknown_person_is_bad_usage_and_named(watchlist: str, run: Runner) -> None:
    run("poll", "--watchlist", watchlist)

    status, _, err = run("matches", "--person", "nobody-known", "--watchlist", watchlist)

    assert status == 2
    assert "'nobody-known'" in err


def test_alerts_send_says_what_is_pending_but_not_yet_due(watchlist: str, run: Runner) -> None:
    polled = run("poll", "--watchlist", watchlist)
    assert "pending, not yet due: 1 alert via evening" in polled[1]  # poll sends too

    status, out, _ = run("alerts", "send", "--watchlist", watchlist)

    assert status == 0
    assert "0 deliveries attempted" in out
    assert "pending, not yet due: 1 alert via evening, the first at " in out
    assert "(the route's digest)" in out


def test_tables_print_whole_urls_when_the_output_is_not_a_terminal(
    watchlist: str, run: Runner
) -> None:
    run("poll", "--watchlist", watchlist)

    status, out, _ = run("feeds", "--watchlist", watchlist)

    assert status == 0
    assert LONG_PATH in out and "…" not in out


@pytest.mark.parametrize(
    "command",
    [["matches"], ["feeds"], ["status"], ["alerts"], ["users", "list"], ["tokens", "list"]],
    ids=" ".join,
)
def test_every_listing_command_prints_json(watchlist: str, run: Runner, command: list[str]) -> None:
    run("poll", "--watchlist", watchlist)

    status, out, err = run(*command, "--format", "json", "--watchlist", watchlist)

    assert status == 0, err
    assert isinstance(json.loads(out), list)
