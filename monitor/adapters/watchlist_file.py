"""Read a watchlist YAML file, keeping line numbers for error messages."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from monitor.core.types import Watchlist
from monitor.core.watchlist import parse_watchlist
from monitor.errors import Problem, WatchlistError

MAX_DEPTH = 100  # levels of nesting, counted through aliases too
MAX_ALIAS_NODES = 100_000  # nodes that aliases may add to a document once expanded


def load_watchlist(
    path: str | Path, environ: Mapping[str, str], *, sending: bool = True
) -> Watchlist:
    """The validated watchlist at ``path``; raises WatchlistError listing every problem.

    ``sending=False`` is for commands that send no alert: an alert channel's unset
    variable is then no problem (it stays in ``Watchlist.alert_problems``).
    """
    return load_watchlist_file(path, environ, sending=sending).watchlist


@dataclass(frozen=True)
class LoadedWatchlist:
    watchlist: Watchlist
    digest: str  # of the very bytes parsed: compare ``file_digest`` to see an edit since


def load_watchlist_file(
    path: str | Path, environ: Mapping[str, str], *, sending: bool = True
) -> LoadedWatchlist:
    """``load_watchlist``, with the digest of the bytes it parsed (the file read once)."""
    path = Path(path)
    try:
        content = path.read_bytes()
        text = content.decode("utf-8")
    except FileNotFoundError:
        raise WatchlistError(str(path), [Problem("file", "not found")]) from None
    except (OSError, UnicodeDecodeError) as e:
        raise WatchlistError(str(path), [Problem("file", f"cannot be read: {e}")]) from e
    data, lines, duplicates = read_yaml(str(path), text)
    watchlist, problems = parse_watchlist(
        data, environ=environ, lines=lines, base_dir=os.fspath(path.resolve().parent)
    )
    problems = duplicates + problems
    if watchlist is not None and sending:
        problems += watchlist.alert_problems
    if watchlist is None or problems:
        raise WatchlistError(str(path), problems)
    return LoadedWatchlist(watchlist, digest_of(content))


def file_digest(path: str | Path) -> str | None:
    """The digest of the file's bytes now (None when it cannot be read)."""
    try:
        return digest_of(Path(path).read_bytes())
    except OSError:
        return None


def digest_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def read_yaml(path: str, text: str) -> tuple[Any, dict[str, int], list[Problem]]:
    """The document's data, each location's line, and the keys given twice; parsed once,
    within bounds: nesting deeper than MAX_DEPTH, or aliases that expand to more than
    MAX_ALIAS_NODES nodes (a "billion laughs"), are refused before any data is built."""
    loader = BoundedLoader(text)
    lines: dict[str, int] = {}
    duplicates: list[Problem] = []
    try:
        node = loader.get_single_node()
        if node is None:
            return None, lines, duplicates
        check_expansion(node, loader.alias_uses)
        alias_lines = [line for _, line in loader.alias_uses]
        record_lines(node, lines, duplicates, alias_lines)  # first: building merges `<<` keys
        return loader.construct_document(node), lines, duplicates
    except TooLarge as e:
        raise WatchlistError(path, [e.problem]) from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(e, "problem", None) or str(e)
        raise WatchlistError(path, [Problem("file", f"invalid YAML: {reason}", line)]) from e
    finally:
        loader.dispose()


def record_lines(
    root: yaml.Node, lines: dict[str, int], duplicates: list[Problem], alias_lines: list[int]
) -> None:
    """Map each location to its line. ``alias_lines`` are the lines of the document's
    aliases in document order: where an alias stands, its location gets the alias's
    line, not the anchor's (a duplicate given as ``- *kozlov`` is reported where it is)."""
    _record_lines(root, "", lines, duplicates, set(), iter(alias_lines))
    lines["watchlist"] = root.start_mark.line + 1
    if isinstance(root, yaml.MappingNode):  # an unknown top-level key is `watchlist.KEY`
        for key_node, _ in root.value:
            lines.setdefault(f"watchlist.{key_node.value}", key_node.start_mark.line + 1)


class TooLarge(Exception):
    """The document is nested too deeply or its aliases expand too far."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def too_deep(line: int | None) -> TooLarge:
    return TooLarge(Problem("file", f"too deeply nested (more than {MAX_DEPTH} levels)", line))


class BoundedLoader(yaml.SafeLoader):
    """The safe loader, refusing nesting deeper than MAX_DEPTH as it composes (the
    composer recurses: "[" * 100000 would exhaust the stack) and noting each alias used,
    with its line, for ``check_expansion``."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0
        self.alias_uses: list[tuple[yaml.Node, int]] = []

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        line = self.next_line()
        if self.check_event(yaml.AliasEvent):
            node = super().compose_node(parent, index)
            if node is not None:
                self.alias_uses.append((node, line))
            return node
        if self.depth >= MAX_DEPTH:
            raise too_deep(line)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def next_line(self) -> int:
        event: yaml.Event = self.peek_event()  # type: ignore[no-untyped-call]
        return event.start_mark.line + 1 if event.start_mark else 0


def check_expansion(root: yaml.Node, alias_uses: list[tuple[yaml.Node, int]]) -> None:
    """Refuse a document whose aliases, expanded, nest deeper than MAX_DEPTH or add more
    than MAX_ALIAS_NODES nodes. Each node's expanded size and height are computed once
    (an alias reuses them), without recursion; a recursive alias is counted once."""
    size: dict[int, int] = {}
    height: dict[int, int] = {}
    in_progress: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            known = [c for c in _children(node) if id(c) in size]  # a loop back is skipped
            size[key] = 1 + sum(size[id(c)] for c in known)
            height[key] = 1 + max((height[id(c)] for c in known), default=0)
            in_progress.discard(key)
            continue
        if key in size or key in in_progress:
            continue
        in_progress.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in _children(node) if id(c) not in size)
    biggest = max(alias_uses, key=lambda use: size.get(id(use[0]), 0), default=None)
    deepest = max(alias_uses, key=lambda use: height.get(id(use[0]), 0), default=None)
    if height[id(root)] > MAX_DEPTH:
        raise too_deep(deepest[1] if deepest else None)
    if size[id(root)] - len(size) > MAX_ALIAS_NODES:
        message = f"YAML aliases expand to more than {MAX_ALIAS_NODES} nodes"
        raise TooLarge(Problem("file", message, biggest[1] if biggest else None))


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _record_lines(
    node: yaml.Node,
    location: str,
    lines: dict[str, int],
    duplicates: list[Problem],
    visited: set[int],
    alias_lines: Iterator[int],
) -> None:
    """Map each location (``people[3].id``) to its 1-based line; note duplicate keys.

    A node reached again through a YAML alias is not walked twice: a recursive
    alias would never end, and nested aliases would take exponential time.
    """
    line = node.start_mark.line + 1
    if id(node) in visited:  # an alias: it stands on its own line, its node is walked once
        if location:
            lines[location] = next(alias_lines, line)
        return
    if location:
        lines[location] = line
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
            _record_lines(value_node, child, lines, duplicates, visited, alias_lines)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _record_lines(item, f"{location}[{i}]", lines, duplicates, visited, alias_lines)
