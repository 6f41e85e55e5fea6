"""`monitor check` and `monitor scan`, as users and scripts run them (DESIGN.md contracts).

The matcher and the event extractor are being replaced, so these tests assert only
what any correct engine must do: a person named in full, exactly as in the
watchlist, is found, and the mention's offsets slice back to the name.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from textwrap import dedent

import pytest

from monitor.app.cli import main
from monitor.core.types import EventType

WATCHLIST = """
people:
  - id: kozlov-vladimir
    name: Vladimir Kozlov
  - id: dzhakishev-mukhtar
    name: Mukhtar Dzhakishev
feeds:
  - url: https://www.rferl.org/api/zrqiteuuir
"""

BROKEN_WATCHLIST = """
people:
  - id: kozlov-vladimir
    name: Vladimir Kozlov
  - id: kozlov-vladimir
    name: Vladimir A. Kozlov
  - id: Dzhakishev
    nmae: Mukhtar Dzhakishev
feeds:
  - url: ftp://files.example.org/feed.xml
"""

PAROLE = {
    "id": "diplomat-2019-08",
    "title": "Some freed, some not",
    "text": "A court in Semey refused parole to Mukhtar Dzhakishev. "
    "The same month, Vladimir Kozlov spoke to reporters in Almaty.",
    "published": "2019-08-01",
    "url": "https://thediplomat.com/2019/08/some-freed-some-not/",
}
WEATHER = {"id": "weather-1", "title": "Sunny in Almaty", "text": "No news of anyone today."}


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No setting leaks in from the machine; anything written would land in tmp_path."""
    for name in list(os.environ):
        if name.startswith("MONITOR_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("MONITOR_DATABASE_URL", f"sqlite:///{tmp_path / 'monitor.db'}")
    monkeypatch.chdir(tmp_path)


def write(path: Path, text: str) -> Path:
    path.write_text(dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def jsonl(*objects: object) -> str:
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects)


def output_lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def full_text(article: dict[str, str]) -> str:
    return article["title"] + "\n\n" + article["text"]


# --- monitor check --------------------------------------------------------------------


def test_check_accepts_a_valid_watchlist_and_says_what_is_in_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "watchlist.yaml", WATCHLIST)

    status = main(["check", "--watchlist", str(path)])

    out, err = capsys.readouterr()
    assert status == 0
    assert err == ""
    assert "ok" in out
    assert "2 people" in out
    assert "1 feeds" in out


def test_check_lists_every_problem_with_its_line_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "broken.yaml", BROKEN_WATCHLIST)

    status = main(["check", "--watchlist", str(path)])

    out, err = capsys.readouterr()
    assert status == 2
    assert out == ""
    assert "people[1].id (line 4): duplicate 'kozlov-vladimir'" in err
    assert "people[2].id (line 6): 'Dzhakishev' is not a slug" in err
    assert "people[2].nmae (line 7): unknown key" in err
    assert "people[2].name" in err
    assert "feeds[0].url (line 9)" in err
    assert "5 problem(s)" in err


def test_check_writes_nothing_when_it_refuses(tmp_path: Path) -> None:
    write(tmp_path / "broken.yaml", BROKEN_WATCHLIST)
    before = sorted(p.name for p in tmp_path.iterdir())

    assert main(["check", "--watchlist", "broken.yaml"]) == 2

    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_check_reads_the_watchlist_named_by_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "broken.yaml", BROKEN_WATCHLIST)
    path = write(tmp_path / "elsewhere.yaml", WATCHLIST)
    monkeypatch.setenv("MONITOR_WATCHLIST", str(path))

    assert main(["check"]) == 0
    assert str(path) in capsys.readouterr().out


def test_check_defaults_to_the_watchlist_in_the_working_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "watchlist.yaml", WATCHLIST)

    assert main(["check"]) == 0
    assert "watchlist.yaml: ok" in capsys.readouterr().out


def test_check_refuses_a_missing_watchlist_with_exit_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status = main(["check", "--watchlist", "no-such-watchlist.yaml"])

    assert status == 2
    assert "no-such-watchlist.yaml" in capsys.readouterr().err


def test_check_names_an_unset_secret_and_accepts_it_once_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path / "watchlist.yaml",
        WATCHLIST
        + dedent("""
        alerts:
          - name: desk
            webhook: {url: "https://hooks.example.org/desk", secret: "${CASE_HOOK_SECRET}"}
        """),
    )
    monkeypatch.delenv("CASE_HOOK_SECRET", raising=False)

    assert main(["check", "--watchlist", str(path)]) == 2
    assert "environment variable CASE_HOOK_SECRET is not set" in capsys.readouterr().err

    monkeypatch.setenv("CASE_HOOK_SECRET", "from-the-vault")
    assert main(["check", "--watchlist", str(path)]) == 0
    assert "1 alert routes" in capsys.readouterr().out


# --- monitor scan ---------------------------------------------------------------------


@pytest.fixture
def watchlist(tmp_path: Path) -> Path:
    return write(tmp_path / "watchlist.yaml", WATCHLIST)


def scan(
    watchlist: Path, articles: Path | str, capsys: pytest.CaptureFixture[str]
) -> tuple[int, list[dict[str, object]], str]:
    status = main(["scan", "--watchlist", str(watchlist), "--articles", str(articles)])
    out, err = capsys.readouterr()
    return status, output_lines(out), err


def test_scan_writes_one_line_per_article_and_person_found(
    tmp_path: Path, watchlist: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = write(tmp_path / "articles.jsonl", jsonl(PAROLE, WEATHER))

    status, found, err = scan(watchlist, articles, capsys)

    assert status == 0
    assert err == ""
    assert sorted((f["article_id"], f["person_id"]) for f in found) == [
        ("diplomat-2019-08", "dzhakishev-mukhtar"),
        ("diplomat-2019-08", "kozlov-vladimir"),
    ]


def test_each_finding_has_the_documented_shape(
    tmp_path: Path, watchlist: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = write(tmp_path / "articles.jsonl", jsonl(PAROLE))

    _, found, _ = scan(watchlist, articles, capsys)

    assert found
    for finding in found:
        assert set(finding) == {"article_id", "person_id", "lang", "mentions", "events"}
        assert finding["lang"] == "en"
        assert isinstance(finding["mentions"], list) and finding["mentions"]
        assert isinstance(finding["events"], list)
        for mention in finding["mentions"]:
            assert set(mention) == {"text", "start", "end"}
        for event in finding["events"]:
            assert {"type", "current", "confidence", "evidence", "date"} <= set(event)
            assert event["type"] in {t.value for t in EventType}
            assert isinstance(event["current"], bool)
            assert 0 <= event["confidence"] <= 1


def test_each_finding_carries_the_language_given_or_detected(
    tmp_path: Path, watchlist: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    russian = {
        "id": "ru-1",
        "title": "Суд в Алма-Ате",
        "text": "Mukhtar Dzhakishev, как сообщили его адвокаты, остаётся в колонии.",
    }
    declared = {**PAROLE, "id": "declared", "lang": "en-GB"}
    articles = write(tmp_path / "articles.jsonl", jsonl(russian, declared))

    status, found, _ = scan(watchlist, articles, capsys)

    assert status == 0
    assert {(f["article_id"], f["lang"]) for f in found} == {("ru-1", "ru"), ("declared", "en")}


def test_an_article_in_a_language_not_read_is_searched_for_names_and_says_so(
    tmp_path: Path, watchlist: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    german = {
        "id": "de-1",
        "title": "Urteil",
        "text": "Das Gericht hat Mukhtar Dzhakishev nicht freigelassen, sagte sein Anwalt.",
        "lang": "de",
    }
    articles = write(tmp_path / "articles.jsonl", jsonl(german, WEATHER))

    status, found, err = scan(watchlist, articles, capsys)

    assert status == 0
    assert [(f["article_id"], f["person_id"], f["lang"]) for f in found] == [
        ("de-1", "dzhakishev-mukhtar", "de")
    ]
    assert found[0]["events"] == []
    assert "de-1: language 'de' is not read" in err
    assert len(err.splitlines()) == 1


def test_mention_offsets_index_into_title_blank_line_and_text(
    tmp_path: Path, watchlist: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    in_title = {
        "id": "rferl-1",
        "title": "Vladimir Kozlov leaves prison",
        "text": "The opposition politician Vladimir Kozlov walked free on Friday.",
    }
    articles = write(tmp_path / "articles.jsonl", jsonl(PAROLE, in_title))

    _, found, _ = scan(watchlist, articles, capsys)

    for finding in found:
        article = PAROLE if finding["article_id"] == PAROLE["id"] else in_title
        text = full_text(article)
        for mention in finding["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    starts = {
        (f["article_id"], m["text"], m["start"])
        for f in found
        if f["person_id"] == "kozlov-vladimir"
        for m in f["mentions"]
    }
    title_end = len(in_title["title"])
    assert ("rferl-1", "Vladimir Kozlov", 0) in starts
    assert (
        "rferl-1",
        "Vladimir Kozlov",
        title_end + 2 + len("The opposition politician "),
    ) in starts


def test_scan_reads_articles_from_standard_input(
    watchlist: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(jsonl(WEATHER, PAROLE)))

    status, found, _ = scan(watchlist, "-", capsys)

    assert status == 0
    assert {f["person_id"] for f in found} == {"kozlov-vladimir", "dzhakishev-mukhtar"}


def test_an_article_naming_nobody_writes_nothing(
    tmp_path: Path, watchlist: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = write(tmp_path / "articles.jsonl", jsonl(WEATHER))

    assert scan(watchlist, articles, capsys) == (0, [], "")


def test_a_bad_line_is_reported_with_its_number_skipped_and_exits_1(
    tmp_path: Path, watchlist: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        json.dumps(WEATHER),
        "{this is not json",
        json.dumps({"id": "no-text", "title": "Vladimir Kozlov"}),
        json.dumps(PAROLE),
    ]
    articles = write(tmp_path / "articles.jsonl", "\n".join(lines) + "\n")

    status, found, err = scan(watchlist, articles, capsys)

    assert status == 1
    assert f"{articles}:2: not JSON" in err
    assert f"{articles}:3: 'text' must be a string" in err
    assert len(err.splitlines()) == 2
    assert {f["article_id"] for f in found} == {"diplomat-2019-08"}


def test_scan_refuses_a_bad_watchlist_before_reading_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = write(tmp_path / "broken.yaml", BROKEN_WATCHLIST)
    articles = write(tmp_path / "articles.jsonl", jsonl(PAROLE))

    status, found, err = scan(broken, articles, capsys)

    assert status == 2
    assert found == []
    assert "duplicate 'kozlov-vladimir'" in err


def test_scan_refuses_a_missing_articles_file_with_exit_2(
    watchlist: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = scan(watchlist, "no-such-articles.jsonl", capsys)

    assert status == 2
    assert "no-such-articles.jsonl" in err


def test_a_line_that_is_not_utf8_is_a_bad_line_not_a_crash(
    tmp_path: Path, watchlist: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = tmp_path / "articles.jsonl"
    articles.write_bytes(jsonl(PAROLE).encode() + b'{"id": "x", "title": "\xff", "text": ""}\n')

    status, found, err = scan(watchlist, articles, capsys)

    assert status == 1
    assert f"{articles}:2:" in err
    assert {f["article_id"] for f in found} == {"diplomat-2019-08"}


# --- through a real process: the exit statuses scripts see ------------------------------


def monitor_command() -> list[str]:
    script = Path(sys.executable).parent / "monitor"
    found = str(script) if script.exists() else shutil.which("monitor")
    return [found] if found else [sys.executable, "-m", "monitor.app.cli"]


def run_monitor(*args: str, cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    environ = {"PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8", "PYTHONUTF8": "1"}
    environ["MONITOR_DATABASE_URL"] = f"sqlite:///{cwd / 'monitor.db'}"
    return subprocess.run(
        [*monitor_command(), *args],
        cwd=cwd,
        env=environ,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_installed_command_exits_2_on_a_broken_watchlist(tmp_path: Path) -> None:
    write(tmp_path / "watchlist.yaml", BROKEN_WATCHLIST)

    result = run_monitor("check", cwd=tmp_path)

    assert result.returncode == 2
    assert result.stdout == ""
    assert "people[1].id (line 4): duplicate 'kozlov-vladimir'" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "monitor.db").exists()


def test_the_installed_command_scans_standard_input_and_exits_1_on_a_bad_line(
    tmp_path: Path,
) -> None:
    write(tmp_path / "watchlist.yaml", WATCHLIST)

    result = run_monitor(
        "scan", "--articles", "-", cwd=tmp_path, stdin=jsonl(PAROLE) + "not json\n"
    )

    assert result.returncode == 1
    assert result.stderr.splitlines() == ["-:2: not JSON: Expecting value at column 1"]
    found = output_lines(result.stdout)
    assert {(f["article_id"], f["person_id"]) for f in found} == {
        ("diplomat-2019-08", "kozlov-vladimir"),
        ("diplomat-2019-08", "dzhakishev-mukhtar"),
    }
    for finding in found:
        for mention in finding["mentions"]:
            assert full_text(PAROLE)[mention["start"] : mention["end"]] == mention["text"]


def test_check_refuses_a_local_feed_whose_file_does_not_exist(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "here.rss", "<rss/>")
    feeds = "feeds:\n  - path: here.rss\n  - path: feeds/not-there.rss\n"
    path = write(tmp_path / "watchlist.yaml", "people:\n  - {id: a-b, name: A B}\n" + feeds)

    status = main(["check", "--watchlist", str(path)])

    out, err = capsys.readouterr()
    assert (status, out) == (2, "")
    assert f"feeds[1].path: no such file: {tmp_path / 'feeds' / 'not-there.rss'}" in err
    assert "feeds[0]" not in err
