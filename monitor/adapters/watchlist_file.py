"""Read a watchlist YAML file, keeping line numbers for error messages.

Three readers give the same data and the same problems:

- the line reader (``read_line_yaml``) reads the block layout people write and tools
  dump, a line at a time, and the long runs of flat items in it (a large watchlist's
  people, a field a line) in one go, by patterns over the text: 100,000 people in about
  0.4 s. Any other document goes on to the next two;
- the fast one (``read_plain_yaml``) builds the data straight from libyaml's events, for
  the documents watchlists are: no anchors, aliases, tags, merge keys or keys given
  twice, nested at most MAX_DEPTH levels. It keeps no line numbers: they are looked up
  (by the careful reader) only when a problem needs one, so a valid 100,000-person file
  is read in about a second instead of six;
- the careful one (``read_yaml``) composes the whole node tree with the pure-Python
  loader, within bounds, and maps every location to its line. It reads every other
  document, and every document libyaml is missing for or refuses (its error messages
  and lines are the ones users see).
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import re
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from functools import cache
from itertools import compress, count, repeat
from operator import and_, attrgetter, is_, itemgetter, methodcaller, not_
from pathlib import Path
from typing import Any

import yaml

from monitor.adapters import FROZEN_FROM, code_digest, read_cache_file, write_cache_file
from monitor.core.types import Person, Status, Watchlist
from monitor.core.watchlist import parse_watchlist
from monitor.errors import Problem, WatchlistError

MAX_DEPTH = 100  # levels of nesting, counted through aliases too
MAX_ALIAS_NODES = 100_000  # nodes that aliases may add to a document once expanded


def load_watchlist(
    path: str | Path,
    environ: Mapping[str, str],
    *,
    sending: bool = True,
    cache: Path | None = None,
) -> Watchlist:
    """The validated watchlist at ``path``; raises WatchlistError listing every problem.

    ``sending=False`` is for commands that send no alert: an alert channel's unset
    variable is then no problem (it stays in ``Watchlist.alert_problems``). ``cache``: a
    folder where the data read from the file is kept for next time (see ``read_stored``).
    """
    return load_watchlist_file(path, environ, sending=sending, cache=cache).watchlist


@dataclass(frozen=True)
class LoadedWatchlist:
    watchlist: Watchlist
    digest: str  # of the very bytes parsed: compare ``file_digest`` to see an edit since


def load_watchlist_file(
    path: str | Path,
    environ: Mapping[str, str],
    *,
    sending: bool = True,
    cache: Path | None = None,
) -> LoadedWatchlist:
    """``load_watchlist``, with the digest of the bytes it parsed (the file read once)."""
    path = Path(path)
    try:
        content = path.read_bytes()
    except FileNotFoundError:
        raise WatchlistError(str(path), [Problem("file", "not found")]) from None
    except OSError as e:
        raise WatchlistError(str(path), [Problem("file", f"cannot be read: {e}")]) from e
    collecting = gc.isenabled()
    gc.disable()  # hundreds of thousands of new objects in no cycle: not walked again and again
    watchlist = None
    try:
        digest = digest_of(content)
        stored = read_stored(cache, digest)
        kept = None
        if stored is None:
            text = text_of(path, content)
            data, lines, duplicates = read_watchlist_yaml(str(path), text)
            known = None
        else:  # (the bytes of a file read before: UTF-8; decoded only for a problem's line)
            (data, known), duplicates = stored, []
            lines = LinesOnDemand(lambda: read_yaml(str(path), text_of(path, content))[1])
        watchlist, problems = parse_watchlist(
            data,
            environ=environ,
            lines=lines,
            base_dir=os.fspath(path.resolve().parent),
            people=known,
        )
        if cache is not None and known is None and isinstance(lines, LinesOnDemand):  # plain
            if watchlist is not None and not problems:
                kept = people_to_keep(data, watchlist, text_of(path, content) if stored else text)
            if stored is None or kept is not None:
                store(cache, digest, data, kept)
        if watchlist is not None and (known is not None or kept is not None):
            watchlist = replace(watchlist, people_digest=data_key(digest))  # (the bytes alone)
    finally:
        if collecting:
            if watchlist is not None and len(watchlist.people) >= FROZEN_FROM:
                gc.freeze()  # a large list's people, as its compiled names (``name_cache``)
            gc.enable()
    problems = duplicates + problems
    if watchlist is not None and sending:
        problems += watchlist.alert_problems
    if watchlist is None or problems:
        raise WatchlistError(str(path), problems)
    return LoadedWatchlist(watchlist, digest)


def text_of(path: Path, content: bytes) -> str:
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError as e:
        raise WatchlistError(str(path), [Problem("file", f"cannot be read: {e}")]) from e


def file_digest(path: str | Path) -> str | None:
    """The digest of the file's bytes now (None when it cannot be read)."""
    try:
        return digest_of(Path(path).read_bytes())
    except OSError:
        return None


def digest_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


DATA_MAGIC = b"case-monitor watchlist data v3\n"
VALIDATION_MODULES = (  # what made the people: this reader of the file, and the validating code
    "monitor.adapters.watchlist_file",
    "monitor.core.watchlist",
    "monitor.core.types",
)


# A cache file (``watchlist-<key>.data``, the layout of ``monitor.adapters``) holds what a
# plain document (one the fast reader reads) gave, so that a file read before is not parsed
# again, and its people not validated again, which is most of a large watchlist's loading.
# Its key: sha256 of the file's digest and the reading and validating code; its payload: marshal of
# (the data, the people's fields a column a field, or None), the data without its people
# when they are kept.
#
# People are kept only when the whole document was valid and their part of it has no
# ``${VAR}`` (their fields then depend on the file's bytes alone). A missing, stale or
# corrupt file is ignored and rewritten, never trusted.


def read_stored(cache: Path | None, digest: str) -> tuple[Any, tuple[Person, ...] | None] | None:
    """The data and the validated people (or None) kept for the file of ``digest``."""
    if cache is None:
        return None
    payload = read_cache_file(cache / f"watchlist-{digest[:32]}.data", DATA_MAGIC, data_key(digest))
    if payload is None:
        return None  # not there, unreadable, stale or corrupt: read the file
    try:
        data, columns = marshal.loads(payload)
        return data, None if columns is None else people_of(columns)
    except (ValueError, EOFError, TypeError, KeyError):
        return None


def store(cache: Path, digest: str, data: Any, people: tuple[Person, ...] | None) -> None:
    """Keep ``data`` (and ``people``, validated from it) for the file of ``digest``."""
    columns = None
    if people is not None:
        columns = columns_of(people)
        data = {k: v for k, v in data.items() if k != "people"}  # (read as ``columns``)
    try:
        payload = marshal.dumps((data, columns))
    except ValueError:  # dates and other values marshal does not keep: not cached
        return
    path = cache / f"watchlist-{digest[:32]}.data"
    write_cache_file(path, DATA_MAGIC, data_key(digest), payload, "watchlist-*.data")


def people_to_keep(data: Any, watchlist: Watchlist, text: str) -> tuple[Person, ...] | None:
    """The people of a valid watchlist, unless their part of the file has a ``${VAR}``.
    (A file ``text`` without a ``$``, nor a backslash that could escape one, has none.)"""
    if "$" not in text and "\\" not in text:
        return watchlist.people
    return None if any("$" in text for text in _texts(data.get("people"))) else watchlist.people


def _texts(value: Any) -> Iterator[str]:
    """Every string in ``value`` (keys and values, nested), without a copy of it all."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.items():
            yield from _texts(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _texts(item)


PERSON_FIELDS = tuple(f.name for f in fields(Person))
STATUS_AT = PERSON_FIELDS.index("status")


def columns_of(people: Sequence[Person]) -> list[tuple[Any, ...]]:
    """Each field of every person, a column a field, as marshal keeps them (a status by
    its value)."""
    columns = [tuple(map(attrgetter(name), people)) for name in PERSON_FIELDS]
    columns[STATUS_AT] = tuple(map(VALUE_OF.__getitem__, columns[STATUS_AT]))
    return columns


def people_of(columns: Sequence[Sequence[Any]]) -> tuple[Person, ...]:
    """The people of ``columns_of``, made in C: no ``__init__`` call per person (Person has
    slots and checks nothing), each field set for every person at once. Raises ValueError
    for columns of another layout, KeyError for an unknown status."""
    if len(columns) != len(PERSON_FIELDS) or len(set(map(len, columns))) != 1:
        raise ValueError("the people's columns do not add up")
    people = tuple(map(object.__new__, repeat(Person, len(columns[0]))))
    for name, column in zip(PERSON_FIELDS, columns, strict=True):
        if name == "status":
            column = tuple(map(STATUS_OF.__getitem__, column))
        deque(map(getattr(Person, name).__set__, people, column), maxlen=0)
    return people


STATUS_OF: dict[str | None, Status | None] = {None: None, **{s.value: s for s in Status}}
VALUE_OF = {status: value for value, status in STATUS_OF.items()}


def data_key(digest: str) -> str:
    return hashlib.sha256(f"{digest} {validation_code()}".encode()).hexdigest()


@cache
def validation_code() -> str:
    """A digest of the source files that read and validate people, as installed, and of
    the YAML library's version: an edit to them (a checkout, a patched install, an upgrade)
    never reads people the code before made (nor their names: ``Watchlist.people_digest``)."""
    return f"{code_digest(VALIDATION_MODULES)} yaml {yaml.__version__}"


def read_watchlist_yaml(path: str, text: str) -> tuple[Any, Mapping[str, int], list[Problem]]:
    """The data, each location's line, and the keys given twice: by the fast reader when
    it can (lines then found only when asked for), else by the careful one."""
    plain = read_line_yaml(text) or read_plain_yaml(text)
    if plain is None:
        return read_yaml(path, text)
    return plain[0], LinesOnDemand(lambda: read_yaml(path, text)[1]), []


# The line reader: the block layout people write and tools dump, read a line at a time
# (about half the libyaml reader's time: no event objects). Lines of ``key: value``,
# ``- item`` and ``key:`` before a nested block, nested by indentation (spaces); values
# plain, quoted on one line without escapes, or ``[a, b]`` lists of plain items; whole-line
# comments. Anything else (a ``#`` after text, anchors, tags, block or folded text, flow
# mappings, a value continued on the next line, tabs, document markers, line breaks other
# than \n, ...) hands the document on to the libyaml reader, so that every document still
# reads as YAML reads it. Plain values are resolved by the safe loader's own patterns.
UNSAFE_TEXT = re.compile(
    r"[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
LINE_KEY = re.compile(r"([A-Za-z0-9_][A-Za-z0-9_.-]*):(?: +|$)")
NOT_PLAIN_START = frozenset("?:,[]{}#&*!|>'\"%@`")  # (and "-" before a space)
FLOW_SIGNS = frozenset(":[]{}")  # an item of a one-line [a, b] list holding one is not plain
LINE_MAX_DEPTH = 40  # nested blocks; deeper documents go to libyaml
FLAT_BLOCK = 1 << 18  # characters of a run's items read together
FLAT_RUN_MIN = 4096  # characters: a shorter run of flat items is read line by line


@cache
def implicit_patterns() -> dict[str, re.Pattern[str]]:
    """By first character, one pattern of every plain scalar YAML reads as other than
    text there (numbers, booleans, null, dates, ...): the safe loader's own patterns."""
    found: dict[str, list[str]] = {}
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items():
        found[first] = [pattern.pattern for _, pattern in resolvers]
    return {
        first: re.compile("|".join(f"(?:{p})" for p in ps), re.X) for first, ps in found.items()
    }


def read_line_yaml(text: str, *, run_min: int = FLAT_RUN_MIN) -> tuple[Any] | None:
    """``(data,)`` of a document in the line reader's layout (see above), else None.
    ``run_min``: the fewest characters of a run of flat items read in one go."""
    if UNSAFE_TEXT.search(text) or "\t" in text:
        return None
    try:
        text, runs = _flat_runs(text, run_min)
    except (NotPlain, yaml.YAMLError, ValueError, TypeError, OverflowError):
        return None
    lines: list[tuple[int, str]] = []
    for raw in text.split("\n"):
        content = raw.lstrip(" ")
        if not content or content[0] == "#":
            continue
        if "#" in content or content.startswith(("---", "...")):
            return None
        lines.append((len(raw) - len(content), content.rstrip(" ")))
    if not lines:
        return (None,)
    reader = _LineReader(lines, runs)
    try:
        data = reader.node(lines[0][0], 0)
    except (NotPlain, yaml.YAMLError, ValueError, TypeError, OverflowError):
        return None  # (the libyaml or the careful reader reads it, or says what is wrong)
    return (data,) if reader.at == len(lines) else None


# Runs of flat items: the lines of a list's items that are flat mappings, ``- key: value``
# then ``key: value`` lines under the first key, each value on its line, no line below
# indented further (a watchlist's people, 100,000 of them in some). Each run is read in one
# go (``_flat_runs``: one pattern finds it, another takes each line's key and value apart)
# and stands in the text the line reader then reads as one item, ``- \0<run>``, whose
# items the list takes in its place: what reading them line by line would give.
_KEY = r"[A-Za-z0-9_][A-Za-z0-9_.-]*"  # (LINE_KEY's)
SKIPPED_LINES = re.compile(r"(?:[ ]*(?:#[^\n]*)?\n)*")  # blank lines and comments
FLAT_ITEM = re.compile(rf"^( *)- {_KEY}: ", re.MULTILINE)  # (how a run starts)


@cache
def flat_run_at(indent: int) -> re.Pattern[str]:
    """Lines of ``- key: value`` and ``key: value`` under its key, of a list at ``indent``."""
    return re.compile(rf"(?:{' ' * indent}(?:- |  ){_KEY}: +[^\n]*\n)+")


RUN_MARK = "\0"  # (no watchlist holds one: UNSAFE_TEXT)


def _flat_runs(text: str, least: int) -> tuple[str, list[list[dict[Any, Any]]]]:
    """``text`` with each run of flat items (see above) of ``least`` characters or more
    standing as one item, and each run's items. Raises NotPlain (or what ``value``
    raises) where reading the run's lines one by one would."""
    if len(text) < least:
        return text, []
    runs: list[list[dict[Any, Any]]] = []
    pieces: list[str] = []
    done = 0
    at = 0
    while (first := FLAT_ITEM.search(text, at)) is not None:
        pad, start = first[1], first.start()
        run = flat_run_at(len(pad)).match(text, start)
        if run is None:  # (the last line, with no line break after it)
            at = first.end()
            continue
        at = run.end()
        below = SKIPPED_LINES.match(text, at).end()  # type: ignore[union-attr]
        if text.startswith(f"{pad} ", below):  # the last item has a line below: not flat
            at = text.rfind(f"\n{pad}- ", start, at) + 1
        if at - start < max(least, 1) or text.find("#", start, at) >= 0:
            at = max(at, first.end())
            continue
        if text.find(" \n", start, at) >= 0:
            continue  # (a value ending in spaces, or none)
        pieces += [text[done:start], f"{pad}- {RUN_MARK}{len(runs)}\n"]
        items: list[dict[Any, Any]] = []
        while start < at:  # (a block of items at a time: less held at once)
            end = text.find(f"\n{pad}- ", start + FLAT_BLOCK, at) + 1 or at
            items += _flat_items(text, start, end)
            start = end
        runs.append(items)
        done = at
    if not runs:
        return text, []
    pieces.append(text[done:])
    return "".join(pieces), runs


def _flat_items(text: str, start: int, end: int) -> list[dict[Any, Any]]:
    """The items of the run of flat items from ``start`` to ``end`` in ``text``."""
    reader = _LineReader([], [])  # (its own: a constructor keeps every node it built)
    found = _flat_lines(reader.value_start)(text, start, end)  # (dash, key, value parts)
    keys: list[Any] = list(map(itemgetter(1), found))
    # each key once (a few, a line each), as YAML reads it (a number, a boolean, null)
    distinct = {k: reader.scalar(k) if k[0] in reader.implicit else k for k in set(keys)}
    keys = list(map(distinct.__getitem__, keys))
    values: list[Any] = list(map(itemgetter(2), found))  # text as it stands (most)
    flows = list(compress(count(), map(itemgetter(3), found)))  # [a, b] of plain text
    lists = map(str.split, map(itemgetter(3), map(found.__getitem__, flows)), repeat(", "))
    deque(map(values.__setitem__, flows, lists), maxlen=0)
    rest = list(compress(count(), map(itemgetter(4), found)))  # anything else
    texts: list[str] = list(map(itemgetter(4), map(found.__getitem__, rest)))
    # most of it text that starts as a number, a boolean or null may ("Nurlan", "Timur"),
    # which is text as it stands when it is none of them (as ``value`` reads it): told in C
    patterns = map(reader.text_may_start.get, map(itemgetter(0), texts), repeat(_ANY))
    as_is = map(is_, map(re.Pattern.match, patterns, texts), repeat(None))
    as_is = map(and_, as_is, map(not_, map(str.__contains__, texts, repeat(": "))))
    plain = list(map(and_, as_is, map(not_, map(methodcaller("endswith", ":"), texts))))
    deque(map(values.__setitem__, compress(rest, plain), compress(texts, plain)), maxlen=0)
    for i in compress(rest, map(not_, plain)):
        values[i] = reader.value(found[i][4])
    firsts = list(compress(count(), map(itemgetter(0), found)))
    ends = [*firsts[1:], len(found)]
    spans = list(map(slice, firsts, ends))
    items = list(map(dict, map(zip, map(keys.__getitem__, spans), map(values.__getitem__, spans))))
    if list(map(len, items)) != [b - a for a, b in zip(firsts, ends, strict=True)]:
        raise NotPlain  # a key given twice
    return items


@cache
def _flat_lines(value_start: str) -> Callable[[str, int, int], list[tuple[str, ...]]]:
    """``findall`` of each line of a run of flat items: its dash, its key, and its value in
    one of three: text as it stands (it starts with none of ``value_start``, holds no ": "
    and does not end with ":"), the inside of a ``[a, b]`` list of such text (no item
    starting with ``-`` either, nor holding ``,:[]{}``), or anything else (read by ``value``)."""
    first = re.escape("".join(sorted(set(value_start))))
    item = rf"[^{first} ,:\[\]{{}}\n](?:[^,:\[\]{{}}\n]*[^ ,:\[\]{{}}\n])?"
    value = rf"([^{first}\n][^:\n]*(?::(?! )[^:\n]*)*(?<!:))|\[({item}(?:, {item})*)\]|(.+)"
    return re.compile(rf"^ *(- )?({_KEY}): +(?:{value})$", re.MULTILINE).findall


_ANY = re.compile("")  # (matches any text)


class _LineReader:
    def __init__(self, lines: list[tuple[int, str]], runs: list[list[dict[Any, Any]]]) -> None:
        self.lines = lines
        self.runs = runs  # the items of each run of flat items (``_flat_runs``)
        self.at = 0  # the next line to read
        self.resolve = yaml.resolver.Resolver().resolve
        self.construct = yaml.constructor.SafeConstructor().construct_object
        self.implicit = implicit_patterns()
        # where plain text may start that YAML may read as other than text (``value``)
        self.text_may_start = {
            first: pattern
            for first, pattern in self.implicit.items()
            if first and first not in NOT_PLAIN_START and first != "-"
        }
        # how a value may start that is not text as it stands (``value``)
        self.value_start = "".join(sorted(NOT_PLAIN_START | {"-"} | self.implicit.keys()))

    def node(self, indent: int, depth: int) -> Any:
        """The block starting at the next line, which stands at ``indent``."""
        if depth > LINE_MAX_DEPTH:
            raise NotPlain
        content = self.lines[self.at][1]
        if content == "-" or content.startswith("- "):
            return self.sequence(indent, depth)
        if LINE_KEY.match(content):
            return self.mapping(indent, content, depth)
        self.at += 1
        return self.value(content)

    def sequence(self, indent: int, depth: int) -> list[Any]:
        items = []
        lines = self.lines
        while self.at < len(lines):
            at, content = lines[self.at]
            if at != indent or not (content == "-" or content.startswith("- ")):
                break
            rest = content[1:].lstrip(" ")
            if rest[:1] == RUN_MARK:  # a run of flat items
                self.at += 1
                items += self.runs[int(rest[1:])]
            elif not rest:
                self.at += 1
                items.append(self.nested(indent, depth))
            elif LINE_KEY.match(rest):
                items.append(self.mapping(indent + len(content) - len(rest), rest, depth + 1))
            else:
                self.at += 1
                items.append(self.value(rest))
        return items

    def mapping(self, indent: int, content: str, depth: int) -> dict[Any, Any]:
        """The mapping whose first line (its ``content`` from ``indent`` on) is next."""
        found: dict[Any, Any] = {}
        lines, key_at, value = self.lines, LINE_KEY.match, self.value
        m = key_at(content)
        while m is not None:
            key = m[1]
            if key[0] in self.implicit:
                key = self.scalar(key)  # (a number, a boolean, null: as YAML reads it)
            if key in found:
                raise NotPlain
            self.at += 1
            rest = content[m.end() :]
            found[key] = value(rest) if rest else self.nested(indent, depth, same=True)
            if self.at == len(lines):
                return found
            at, content = lines[self.at]
            if at != indent:
                return found
            m = key_at(content)  # (None: the next item of a list at this indent, or not plain)
        return found

    def nested(self, indent: int, depth: int, *, same: bool = False) -> Any:
        """The value of ``key:`` or ``-`` with nothing after it: the block below, a list at
        the key's own indent (``same``), or null."""
        if self.at == len(self.lines):
            return None
        at, content = self.lines[self.at]
        if at > indent or (same and at == indent and (content == "-" or content.startswith("- "))):
            return self.node(at, depth + 1)
        return None

    def value(self, text: str) -> Any:
        """A value on one line: plain, ``[a, b]`` or quoted."""
        first = text[0]
        if first not in NOT_PLAIN_START and first != "-" and ": " not in text and text[-1] != ":":
            return self.scalar(text) if first in self.implicit else text  # (most values)
        if first == "[":
            if not text.endswith("]"):
                raise NotPlain
            inside = text[1:-1]
            if not inside.strip(" "):
                return []
            items = [item.strip(" ") for item in inside.split(",")]
            if any(not item or item[0] == "-" or not FLOW_SIGNS.isdisjoint(item) for item in items):
                raise NotPlain
            return [self.plain(item) for item in items]
        if first == '"' or first == "'":
            inside = text[1:-1]
            if len(text) < 2 or text[-1] != first or first in inside or "\\" in inside:
                raise NotPlain
            return inside
        return self.plain(text)

    def plain(self, text: str) -> Any:
        first = text[0]
        if first in NOT_PLAIN_START or (first == "-" and text[1:2] in ("", " ")):
            raise NotPlain
        if ": " in text or text.endswith(":"):
            raise NotPlain
        return self.scalar(text)

    def scalar(self, text: str) -> Any:
        """A plain scalar's value, resolved as YAML resolves it (numbers, booleans, null,
        dates: the same resolver the libyaml reader uses)."""
        pattern = self.implicit.get(text[0])
        if pattern is None or not pattern.match(text):
            return text
        node = yaml.ScalarNode(self.resolve(yaml.ScalarNode, text, (True, False)), text)  # type: ignore[no-untyped-call]
        return text if node.tag == STR_TAG else self.construct(node)


class LinesOnDemand(Mapping[str, int]):
    """Each location's line, worked out (by a second, careful reading) when first asked
    for: only a problem needs a line."""

    def __init__(self, read: Callable[[], Mapping[str, int]]) -> None:
        self.read = read
        self.lines: Mapping[str, int] | None = None

    def _lines(self) -> Mapping[str, int]:
        if self.lines is None:
            self.lines = self.read()
        return self.lines

    def __getitem__(self, location: str) -> int:
        return self._lines()[location]

    def __iter__(self) -> Iterator[str]:
        return iter(self._lines())

    def __len__(self) -> int:
        return len(self._lines())

    def __bool__(self) -> bool:  # (``lines or {}`` must not read the file again)
        return True


class NotPlain(Exception):
    """The document needs the careful reader."""


STR_TAG = "tag:yaml.org,2002:str"


def read_plain_yaml(text: str) -> tuple[Any] | None:
    """``(data,)`` of a plain document (see the module docstring), read by libyaml; None
    when libyaml is missing or the document needs the careful reader."""
    if not libyaml_bounds_nesting():
        return None
    try:
        return (_build_plain(yaml.CSafeLoader(text)),)
    except (NotPlain, yaml.YAMLError, ValueError, TypeError, OverflowError):
        return None  # (the careful reader reports what is wrong, with its line)


def _build_plain(parser: Any) -> Any:
    """The data of the one document in ``parser``'s events, refusing anything not plain.

    (One loop with no call per event, the names it reads bound locally: a 100,000-person
    file is some 800,000 events.)"""
    resolve = yaml.resolver.Resolver().resolve
    construct = yaml.constructor.SafeConstructor().construct_object
    implicit = yaml.SafeLoader.yaml_implicit_resolvers  # by first letter: "1", "t", "~", ...
    next_event, check_event = parser.get_event, parser.check_event
    scalar, mapping_start, sequence_start = (
        yaml.ScalarEvent,
        yaml.MappingStartEvent,
        yaml.SequenceStartEvent,
    )
    mapping_end, sequence_end = yaml.MappingEndEvent, yaml.SequenceEndEvent
    alias, stream_end, document_end = yaml.AliasEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent
    scalar_node, untagged = yaml.ScalarNode, (None, "!")
    stack: list[Any] = []  # the open collections, each mapping followed by its pending _Key
    depth = 0
    root: Any = None
    while True:
        event = next_event()
        kind = type(event)
        if kind is scalar:
            if event.anchor is not None or event.tag not in untagged:
                raise NotPlain
            value: Any = event.value
            if event.implicit[0] and (not value or value[0] in implicit):  # plain, untagged
                tag = resolve(scalar_node, value, event.implicit)  # type: ignore[no-untyped-call]
                if tag != STR_TAG:  # null, bool, int, float, timestamp (merge: refused)
                    value = construct(scalar_node(tag, value))
        elif kind is mapping_start or kind is sequence_start:
            if event.anchor is not None or event.tag not in untagged:
                raise NotPlain
            depth += 1
            if depth >= MAX_DEPTH - 1:  # near the bound: the careful reader decides
                raise NotPlain
            stack.append({} if kind is mapping_start else [])
            continue
        elif kind is mapping_end or kind is sequence_end:
            depth -= 1
            value = stack.pop()
        elif kind is alias:
            raise NotPlain
        elif kind is stream_end:
            return root
        elif kind is document_end:
            if check_event(yaml.DocumentStartEvent):
                raise NotPlain  # more than one document: the careful reader refuses it
            continue
        else:  # the stream's and the document's start
            continue
        if not stack:
            root = value
            continue
        top = stack[-1]
        if type(top) is _Key:  # a mapping's value
            stack.pop()
            stack[-1][top.key] = value
        elif type(top) is list:
            top.append(value)
        elif isinstance(value, (dict, list)) or value in top or value == "<<":
            raise NotPlain  # a key that is a collection, given twice, or a merge key
        else:
            stack.append(_Key(value))


class _Key:
    """A mapping's key, waiting on the stack for its value."""

    __slots__ = ("key",)

    def __init__(self, key: Any) -> None:
        self.key = key


@cache
def libyaml_bounds_nesting() -> bool:
    """Whether libyaml is here and refuses deep nesting itself (libyaml 0.2.5 on: 1,000
    levels), so that building from its events cannot exhaust the stack."""
    if not getattr(yaml, "__with_libyaml__", False):
        return False
    try:
        yaml.compose("[" * 1001, Loader=yaml.CSafeLoader)
    except yaml.YAMLError as e:
        return "maximum nesting depth" in str(e)
    return False


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
