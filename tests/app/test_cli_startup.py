"""The command line starts at once: a command imports only what it runs, and the
commands that never read article text never compile the watchlist's names."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.app.cli import build_parser, handler_of

HEAVY = ["sqlalchemy", "uvicorn", "fastapi", "argon2", "httpx", "feedparser", "ahocorasick"]
NAME_ENGINE = ["monitor.core.match", "ahocorasick"]
WATCHLIST = "people:\n  - id: kozlov-vladimir\n    name: Vladimir Kozlov\n"


def modules_after(argv: list[str], folder: Path) -> tuple[int, list[str]]:
    """The exit status of ``monitor ARGV`` in a fresh interpreter, and which of the
    heavy modules and the name engine it imported."""
    watched = sorted({*HEAVY, *NAME_ENGINE})
    program = (
        "import json, sys\n"
        "from monitor.app.cli import main\n"
        "try:\n"
        f"    status = main({argv!r})\n"
        "except SystemExit as e:\n"
        "    status = e.code\n"
        f"print(json.dumps([status, [m for m in {watched!r} if m in sys.modules]]))\n"
    )
    environ = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(folder),
        "MONITOR_DATABASE_URL": f"sqlite:///{folder / 'monitor.db'}",
        "MONITOR_WATCHLIST": str(folder / "watchlist.yaml"),
    }
    done = subprocess.run(
        [sys.executable, "-c", program],
        cwd=folder,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    status, loaded = json.loads(done.stdout.strip().splitlines()[-1])
    return status, loaded


@pytest.mark.parametrize("argv", [["--help"], ["matches", "--help"], ["scan", "--help"]])
def test_help_imports_no_database_web_feed_or_name_engine_module(
    tmp_path: Path, argv: list[str]
) -> None:
    status, loaded = modules_after(argv, tmp_path)

    assert status == 0
    assert loaded == []


@pytest.mark.parametrize(
    "argv",
    [["matches"], ["status"], ["feeds"], ["alerts"], ["tokens", "list"], ["users", "list"]],
    ids=lambda argv: " ".join(argv),
)
def test_commands_that_read_no_article_never_compile_names(tmp_path: Path, argv: list[str]) -> None:
    (tmp_path / "watchlist.yaml").write_text(WATCHLIST, encoding="utf-8")
    assert modules_after(["db", "upgrade"], tmp_path)[0] == 0

    status, loaded = modules_after(argv, tmp_path)

    assert status == 0
    assert not set(loaded) & set(NAME_ENGINE)


@pytest.mark.parametrize(
    "argv", [["check"], ["scan", "--articles", "articles.jsonl"]], ids=lambda argv: argv[0]
)
def test_commands_that_use_no_database_load_none_of_its_libraries(
    tmp_path: Path, argv: list[str]
) -> None:
    (tmp_path / "watchlist.yaml").write_text(WATCHLIST, encoding="utf-8")
    article = {"id": "a1", "title": "Court news", "text": "Vladimir Kozlov was detained today."}
    (tmp_path / "articles.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")

    status, loaded = modules_after(argv, tmp_path)

    assert status == 0
    assert "sqlalchemy" not in loaded


def test_every_command_names_a_handler_that_exists() -> None:
    parser = build_parser()
    (commands,) = (a for a in parser._actions if a.dest == "command")
    assert isinstance(commands.choices, dict)

    for name, sub in commands.choices.items():
        assert callable(handler_of(sub.get_default("handler"))), name


def test_scan_prints_the_same_findings_with_its_names_cached(tmp_path: Path) -> None:
    (tmp_path / "watchlist.yaml").write_text(WATCHLIST, encoding="utf-8")
    article = {"id": "a1", "title": "Court news", "text": "Vladimir Kozlov was detained today."}
    (tmp_path / "articles.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    cache = tmp_path / "names"
    environ = {
        "PATH": os.environ.get("PATH", ""),
        "MONITOR_NAME_CACHE": str(cache),
        "MONITOR_WATCHLIST": str(tmp_path / "watchlist.yaml"),
    }
    command = [sys.executable, "-m", "monitor.app.cli", "scan", "--articles", "articles.jsonl"]

    def scan() -> str:
        done = subprocess.run(
            command,
            cwd=tmp_path,
            env=environ,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        return done.stdout

    cold = scan()
    assert len(list(cache.glob("names-*.cache"))) == 1
    warm = scan()

    assert cold == warm
    assert json.loads(cold)["person_id"] == "kozlov-vladimir"
