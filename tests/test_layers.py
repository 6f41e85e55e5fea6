"""The architecture, enforced: the core is pure, adapters don't reach into the app."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "monitor"

# What the pure core may never import: I/O libraries and the outer layers.
CORE_FORBIDDEN = {
    "sqlalchemy", "alembic", "httpx", "aiohttp", "certifi", "feedparser", "apscheduler", "yaml",
    "socket", "requests", "urllib.request", "http", "smtplib", "subprocess", "asyncio",
    "threading",
    "monitor.adapters", "monitor.app",
}  # fmt: skip


def imports_of(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def violations(layer: str, forbidden: set[str]) -> list[str]:
    found = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imports_of(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                found.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    return found


def test_the_core_imports_no_io_library_and_no_outer_layer() -> None:
    assert violations("core", CORE_FORBIDDEN) == []


def test_adapters_never_import_the_app_layer() -> None:
    assert violations("adapters", {"monitor.app"}) == []


def test_adapters_do_not_import_each_other() -> None:
    found = []
    adapters = PACKAGE / "adapters"
    for path in sorted(adapters.rglob("*.py")):
        own = "monitor.adapters." + path.relative_to(adapters).parts[0].removesuffix(".py")
        for name in imports_of(path):
            if name.startswith("monitor.adapters.") and not (name + ".").startswith(own + "."):
                found.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    assert found == []


@pytest.mark.parametrize("layer", ["core", "adapters", "app"])
def test_every_layer_has_modules_to_check(layer: str) -> None:
    assert list((PACKAGE / layer).rglob("*.py")), (
        f"monitor/{layer} is empty: the guard guards nothing"
    )


def test_the_guard_notices_a_forbidden_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("import sqlalchemy\nfrom monitor.app import cli\n")
    assert imports_of(module) == {"sqlalchemy", "monitor.app"}
