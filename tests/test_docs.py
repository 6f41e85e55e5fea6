"""docs/architecture.md stays true to the tree: every file it names is there, but for the
files its recipes tell you to create."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHITECTURE = ROOT / "docs" / "architecture.md"

# named as the recipes' examples: a made-up channel, a made-up language, a new migration
MADE_BY_RECIPES = {
    "monitor/adapters/alerts/beacon.py",
    "tests/adapters/test_beacon.py",
    "monitor/core/events_kk.py",
    "trigger_rules_kk.py",
    "dating_kk.py",
    "references_kk.py",
    "tests/core/test_events_kk.py",
    "db/versions/NNNN_what_changed.py",
}
# where the page's short names ("core/status.py", "fast_parse.py") are found
PACKAGES = sorted(p for p in (ROOT / "monitor").glob("**/") if "__pycache__" not in p.parts)
BASES = [ROOT, ROOT / "db" / "versions", *PACKAGES]


def named_files(text: str) -> set[str]:
    return set(re.findall(r"`([\w./-]+\.(?:py|md|toml|txt|ini))`", text))


def test_every_file_the_architecture_page_names_exists() -> None:
    names = named_files(ARCHITECTURE.read_text(encoding="utf-8")) - MADE_BY_RECIPES
    missing = sorted(n for n in names if not any((base / n).is_file() for base in BASES))
    assert missing == []


def test_the_check_finds_a_file_that_is_not_there() -> None:
    names = named_files("see `core/no_such_module.py` and `core/status.py`")
    assert [n for n in names if not any((b / n).is_file() for b in BASES)] == [
        "core/no_such_module.py"
    ]
