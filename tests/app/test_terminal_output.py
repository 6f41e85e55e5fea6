"""What a feed says cannot drive the terminal: escape sequences, carriage returns,
line breaks and bidi overrides in titles and sentences never reach table or report
output (`monitor poll --once`, `matches`, `status`), while JSON keeps them exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.app.cli import main
from tests.feeds_now import news
from tests.http_feeds import FeedServer

TITLE = "Vladimir Kozlov\x1b]0;pwned\x07 walks \x1b[2Jfree\r\nfrom \u202eprison\u202c today"
TEXT = "Vladimir Kozlov was released from prison this morning.\x1b[31m\x9b2J"
WATCHLIST = """people:
  - id: kozlov-vladimir
    name: Vladimir Kozlov
    status: imprisoned
feeds:
  - url: {url}
"""
CONTROLS = ["\x1b", "\x07", "\r", "\x9b", "\u202e", "\u202c"]


def monitor(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    status = main(args)
    out, err = capsys.readouterr()
    assert status == 0, err
    return out


@pytest.fixture
def outputs(
    tmp_path: Path,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> dict[str, str]:
    monkeypatch.setenv("MONITOR_DATABASE_URL", database_url)
    with FeedServer() as server:
        server.route("/news.rss", body=news(("k1", TITLE, TEXT), title="Steppe\x1b[2J News"))
        path = tmp_path / "watchlist.yaml"
        path.write_text(WATCHLIST.format(url=server.url("/news.rss")))
        watchlist = ["--watchlist", str(path)]
        shown = {"poll --once": monitor(["poll", "--once", *watchlist], capsys)}
    for args in (
        ["matches"],
        ["matches", "--format", "csv"],
        ["status"],
        ["status", "kozlov-vladimir"],
        ["feeds"],
        ["alerts"],
        ["matches", "--format", "json"],
    ):
        shown[" ".join(args)] = monitor([*args, *watchlist], capsys)
    return shown


def test_tables_and_reports_show_feed_text_without_terminal_controls(
    outputs: dict[str, str],
) -> None:
    for command, text in outputs.items():
        if "json" in command:
            continue
        if "csv" in command:  # (CSV rows end with \r\n)
            assert len(text.splitlines()) == 2
            text = text.replace("\r\n", "\n")
        for control in CONTROLS:
            assert control not in text, f"`monitor {command}` prints {control!r}"
    report = outputs["poll --once"].splitlines()
    match_line = 'Vladimir Kozlov in "Vladimir Kozlov walks free from prison today"  [released]'
    assert report[1].strip() == match_line
    assert report[2].strip().startswith("status changed: Vladimir Kozlov (")
    assert len(report) == 4  # the feed, its match, its status change, the summary: none broken


def test_json_keeps_every_character_of_the_title(outputs: dict[str, str]) -> None:
    [match] = json.loads(outputs["matches --format json"])

    assert match["article_title"] == TITLE.replace("\r\n", "\n")  # (as the parser gives it)
    for control in CONTROLS:
        assert control not in outputs["matches --format json"]  # escaped as \\uXXXX
