"""The architecture, enforced: each layer may import only what it is listed to import.

The lists say what is *allowed*, so a new library anywhere is refused until someone decides
which layer it belongs to and adds it here (with a pin in constraints.txt).

- core: pure Python only. Named standard-library modules with no I/O (no `socket`, `os`,
  `asyncio`, ...), plus data-only libraries; never an adapter or the app.
- adapters: the standard library, the I/O libraries below, the core, and their own package
  (an adapter never imports another adapter, nor the app).
- app: the standard library, the web and scheduling libraries below, and everything of ours.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "monitor"

# The pure core: standard-library modules without I/O, and libraries that only compute.
CORE_ALLOWED = {
    "__future__",
    "array",  # compact columns of numbers (pure: no I/O)
    "bisect",
    "calendar",
    "collections",
    "contextlib",
    "dataclasses",
    "datetime",
    "enum",
    "functools",
    "hashlib",
    "itertools",
    "operator",
    "posixpath",
    "re",
    "string",
    "typing",
    "unicodedata",
    "urllib.parse",
    "zoneinfo",
    "ahocorasick",  # Aho-Corasick automaton over the watchlist's names
    "pymorphy3",  # Russian morphology (a dictionary, no I/O after import)
    "razdel",  # Russian sentence and word splitting
    "monitor.core",
    "monitor.errors",
}

# Third-party libraries each outer layer may use; the standard library is allowed there.
ADAPTERS_ALLOWED = {
    "aiohttp",
    "alembic",
    "apprise",
    "certifi",
    "feedparser",
    "httpx",
    "psycopg",  # only to send array parameters in the binary format (db/session.py)
    "ruamel",
    "sqlalchemy",
    "trafilatura",
    "yaml",
    "yarl",
    "monitor.adapters",
    "monitor.core",
    "monitor.errors",
}
APP_ALLOWED = {
    "apscheduler",
    "argon2",
    "fastapi",
    "jinja2",
    "markupsafe",
    "prometheus_client",
    "pydantic",
    "sqlalchemy",
    "starlette",
    "uvicorn",
    "monitor.adapters",
    "monitor.app",
    "monitor.core",
    "monitor.errors",
}

# layer: (allowed modules and packages, whether the rest of the standard library is allowed)
LAYERS = {
    "core": (CORE_ALLOWED, False),
    "adapters": (ADAPTERS_ALLOWED, True),
    "app": (APP_ALLOWED, True),
}


def package_of(path: Path) -> str:
    """``monitor.core`` for monitor/core/x.py: what a relative import starts from."""
    return ".".join(path.relative_to(PACKAGE.parent).parts[:-1])


def imports_of(path: Path, package: str | None = None) -> set[str]:
    """The modules a file imports, relative imports (``from ..adapters import db``) read
    as the absolute names they stand for in ``package`` (by default, the file's own)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            parts = (package or package_of(path)).split(".")
            base = ".".join([*parts[: len(parts) - node.level + 1], *filter(None, [node.module])])
            if node.module:
                found.add(base)
            else:  # from . import x: x is a module of the package
                found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def is_allowed(name: str, layer: str) -> bool:
    """Listed itself or under a listed package (`a.b.c` under `a.b`); `monitor` is its version."""
    allowed, stdlib = LAYERS[layer]
    if name == "monitor" or any(name == a or name.startswith(a + ".") for a in allowed):
        return True
    top = name.split(".")[0]
    return stdlib and top in sys.stdlib_module_names


def refused(path: Path, layer: str, package: str | None = None) -> list[str]:
    return sorted(name for name in imports_of(path, package) if not is_allowed(name, layer))


def violations(layer: str) -> list[str]:
    return [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for name in refused(path, layer)
    ]


@pytest.mark.parametrize("layer", sorted(LAYERS))
def test_each_layer_imports_only_what_it_is_allowed(layer: str) -> None:
    assert violations(layer) == []


def test_adapters_do_not_import_each_other() -> None:
    found = []
    adapters = PACKAGE / "adapters"
    for path in sorted(adapters.rglob("*.py")):
        own = "monitor.adapters." + path.relative_to(adapters).parts[0].removesuffix(".py")
        for name in imports_of(path):
            if name.startswith("monitor.adapters.") and not (name + ".").startswith(own + "."):
                found.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    assert found == []


@pytest.mark.parametrize("layer", sorted(LAYERS))
def test_every_layer_has_modules_to_check(layer: str) -> None:
    assert list((PACKAGE / layer).rglob("*.py")), (
        f"monitor/{layer} is empty: the guard guards nothing"
    )


def module(tmp_path: Path, source: str) -> Path:
    path = tmp_path / "example.py"
    path.write_text(f"from __future__ import annotations\n{source}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "source",
    [
        "import socket",  # standard library, but I/O
        "import os.path",
        "import asyncio",
        "from urllib.request import urlopen",
        "import sqlalchemy",
        "import requests",  # a library nobody has listed
        "from monitor.adapters.db import feeds",
        "from monitor.app import cli",
    ],
)
def test_a_forbidden_import_in_the_core_is_refused(tmp_path: Path, source: str) -> None:
    assert refused(module(tmp_path, source), "core") != []


@pytest.mark.parametrize(
    "source",
    ["import re", "from urllib.parse import quote", "from monitor.core.types import Person"],
)
def test_an_allowed_import_in_the_core_passes(tmp_path: Path, source: str) -> None:
    assert refused(module(tmp_path, source), "core") == []


@pytest.mark.parametrize(
    ("source", "refused_name"),
    [
        ("from ..adapters.db import feeds", "monitor.adapters.db"),
        ("from ..app import cli", "monitor.app"),
        ("from .. import adapters", "monitor.adapters"),
    ],
)
def test_a_relative_import_is_read_as_the_module_it_names(
    tmp_path: Path, source: str, refused_name: str
) -> None:
    assert refused(module(tmp_path, source), "core", "monitor.core") == [refused_name]
    assert refused(module(tmp_path, "from .types import Person"), "core", "monitor.core") == []


def test_an_unlisted_library_in_an_adapter_is_refused(tmp_path: Path) -> None:
    assert refused(module(tmp_path, "import requests\nimport json"), "adapters") == ["requests"]


def test_adapters_may_not_import_the_app(tmp_path: Path) -> None:
    assert refused(module(tmp_path, "from monitor.app import cli"), "adapters") == ["monitor.app"]
