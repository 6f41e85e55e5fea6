"""Read a watchlist YAML file, keeping line numbers for error messages."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import yaml

from monitor.core.types import Watchlist
from monitor.core.watchlist import parse_watchlist
from monitor.errors import Problem, WatchlistError


def load_watchlist(
    path: str | Path, environ: Mapping[str, str], *, sending: bool = True
) -> Watchlist:
    """The validated watchlist at ``path``; raises WatchlistError listing every problem.

    ``sending=False`` is for commands that send no alert: an alert channel's unset
    variable is then no problem (it stays in ``Watchlist.alert_problems``).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise WatchlistError(str(path), [Problem("file", "not found")]) from None
    except (OSError, UnicodeDecodeError) as e:
        raise WatchlistError(str(path), [Problem("file", f"cannot be read: {e}")]) from e
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(e, "problem", None) or str(e)
        raise WatchlistError(str(path), [Problem("file", f"invalid YAML: {reason}", line)]) from e
    lines: dict[str, int] = {}
    duplicates: list[Problem] = []
    if node is not None:
        _record_lines(node, "", lines, duplicates, set())
        lines["watchlist"] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):  # an unknown top-level key is `watchlist.KEY`
        for key_node, _ in node.value:
            lines.setdefault(f"watchlist.{key_node.value}", key_node.start_mark.line + 1)
    watchlist, problems = parse_watchlist(
        data, environ=environ, lines=lines, base_dir=os.fspath(path.resolve().parent)
    )
    problems = duplicates + problems
    if watchlist is not None and sending:
        problems += watchlist.alert_problems
    if watchlist is None or problems:
        raise WatchlistError(str(path), problems)
    return watchlist


def _record_lines(
    node: yaml.Node,
    location: str,
    lines: dict[str, int],
    duplicates: list[Problem],
    visited: set[int],
) -> None:
    """Map each location (``people[3].id``) to its 1-based line; note duplicate keys.

    A node reached again through a YAML alias is not walked twice: a recursive
    alias would never end, and nested aliases would take exponential time.
    """
    if location:
        lines[location] = node.start_mark.line + 1
    if id(node) in visited:
        return
    visited.add(id(node))
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            child = f"{location}.{key}" if location else key
            if key in seen:
                line = key_node.start_mark.line + 1
                duplicates.append(Problem(child, "key given twice", line))
            seen.add(key)
            _record_lines(value_node, child, lines, duplicates, visited)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _record_lines(item, f"{location}[{i}]", lines, duplicates, visited)
