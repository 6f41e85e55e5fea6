"""The watchlist's compiled names, cached on disk so that a restart does not compile again.

Compiling 100,000 people's names (``monitor.core.match.compile_names``: the spelling
dictionaries, their one-letter-typo neighbours, the alias automaton) takes seconds; reading
them back from this cache takes a fraction of that. The cache is one file per watchlist
content, ``names-<key>.cache`` in the folder given (``cache_folder``: ``$MONITOR_NAME_CACHE``,
else ``$XDG_CACHE_HOME/case-monitor``, else ``~/.cache/case-monitor``; ``MONITOR_NAME_CACHE=off``
turns the cache off)::

    case-monitor compiled names v3\\n
    <key: sha256 of ENGINE_VERSION, the engine's code and the people, hex>\\n
    <sha256 of the payload, hex>\\n
    <payload: the NameIndex in columns, marshalled (``columns_of``), without the people
     (the key is made of them) and without what matching fills in>

The key covers every field of every person, the engine's version
(``monitor.core.match.ENGINE_VERSION``, bumped whenever matching code changes) and the
engine's code as installed (``ENGINE_MODULES``: an edit without a bump, in a checkout or a
patched install, must not read names compiled by the code before it), so a changed
watchlist or a new engine reads no old file. A file whose header, key or checksum
does not match (stale, truncated, corrupt) is ignored and rebuilt, never trusted. The file
holds only strings, numbers and bytes (marshal: no class is named, no code runs on
reading); each is written to a temporary file (mode 0600) and renamed into place, so a
reader never sees half a file. A cache that cannot be read or
written is no error: the names are compiled as before.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
from array import array
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import fields
from functools import cache, partial
from itertools import accumulate, chain, count
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from monitor.adapters import code_digest, read_cache_file, write_cache_file
from monitor.core.types import Person

if TYPE_CHECKING:  # (the name engine is imported when names are loaded: `cache_folder` is light)
    from monitor.core.match import NameIndex, Part
    from monitor.core.scan import Scanner

MAGIC = b"case-monitor compiled names v3\n"
APP_FOLDER = "case-monitor"
FROZEN_FROM = 10_000  # people: from this many, the names read or built are frozen (gc_paused)
ENGINE_MODULES = (  # the code the compiled names are made by
    "monitor.core.match",
    "monitor.core.names",
    "monitor.core.names_ru",
    "monitor.core.wordlists",
)


def cache_key(people: Sequence[Person]) -> str:
    """What the compiled names depend on: the engine's version and every person."""
    from monitor.core.match import ENGINE_VERSION

    digest = hashlib.sha256(f"engine {ENGINE_VERSION} {engine_code()}\n".encode())
    others = attrgetter(*(f.name for f in fields(Person) if f.name != "status"))
    rows = list(map(others, people))
    try:
        digest.update(b"marshal\n" + marshal.dumps(rows, 2))  # (in C; version 2: no refs, fast)
    except ValueError:  # a subclass of str: marshal keeps none
        digest.update(b"repr\n" + repr(rows).encode("utf-8", "surrogatepass"))
    digest.update(repr([p.status for p in people]).encode())
    return digest.hexdigest()


@cache
def engine_code() -> str:
    """A digest of the name engine's source files as installed."""
    return code_digest(ENGINE_MODULES)


def cache_folder(environ: Mapping[str, str]) -> Path | None:
    """$MONITOR_NAME_CACHE (None when it is ``off``), else the user's cache folder (XDG)."""
    chosen = environ.get("MONITOR_NAME_CACHE", "").strip()
    if chosen:
        return None if chosen.lower() == "off" else Path(chosen)
    if environ.get("XDG_CACHE_HOME"):
        return Path(environ["XDG_CACHE_HOME"]) / APP_FOLDER
    home = environ.get("HOME") or os.path.expanduser("~")
    return Path(home) / ".cache" / APP_FOLDER


def load_scanner(people: Sequence[Person], folder: Path | None) -> Scanner:
    """The scanner for ``people``: its names from the cache in ``folder`` when a valid
    file is there, else compiled (and the cache written for next time)."""
    from monitor.core.scan import scanner_from

    with gc_paused(freeze=len(people) >= FROZEN_FROM):
        if folder is None:
            return scanner_from(people, compile_names(people))
        key = cache_key(people)
        path = folder / f"names-{key[:32]}.cache"
        index = read_cache(path, key)
        if index is None:
            index = compile_names(people)
            write_cache(path, key, index)
        else:
            index.people = tuple(people)  # the very people the key was made of (not in the file)
        return scanner_from(people, index)


def compiled(people: Sequence[Person]) -> NameIndex:
    with gc_paused(freeze=len(people) >= FROZEN_FROM):
        return compile_names(people)


def compile_names(people: Sequence[Person]) -> NameIndex:
    """``monitor.core.match.compile_names``, the engine imported only now."""
    from monitor.core import match

    return match.compile_names(people)


@contextmanager
def gc_paused(*, freeze: bool = False) -> Iterator[None]:
    """No collection while the names are built or read: millions of new objects, none in
    a cycle, which the collector would walk again and again. With ``freeze`` (a large
    watchlist) they are then moved out of its sight (``gc.freeze``, with whatever else the
    process holds): they live as long as the watchlist, the daemon thaws them on a reload
    (``freeze_long_lived_objects``), and reference counting still frees them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()


def read_cache(path: Path, key: str) -> NameIndex | None:
    """The index in ``path`` if it is whole and for ``key``; else None."""
    payload = read_cache_file(path, MAGIC, key)
    if payload is None:
        return None
    try:
        return index_of(marshal.loads(payload))
    except (ValueError, TypeError, EOFError, IndexError, KeyError):  # another layout: rebuilt
        return None


def write_cache(path: Path, key: str, index: NameIndex) -> None:
    """Write the file (atomically, mode 0600; see ``monitor.adapters``); never fails."""
    try:
        payload = marshal.dumps(columns_of(index), 4)
    except ValueError:  # a value marshal does not keep (a str subclass): compile next time
        return
    write_cache_file(path, MAGIC, key, payload, "names-*.cache")


# The file holds the index in columns (marshal: strings, ints and bytes, read back in C):
# each distinct Part once, as six columns, and each table as its keys, how many parts each
# key has and the parts' numbers in a row. Reading it back makes the Part tuples in C and
# shares them between the tables as compiling did; no class is named in the file.
PART_TABLES = ("exact", "bare", "spelled", "sound")  # key → [Part, ...]
PERSON_TABLES = ("first", "first_sound")  # key → {person: Part}
KEPT_FIELDS = (
    *PART_TABLES,
    *PERSON_TABLES,
    "letters",
    "skip",
    "initials",
    "standalone",
    "unspaced",
)
NOT_KEPT = (
    "people",
    "fuzzy_cache",
    "people_cache",
    "inert",
    "given_cache",
    "beside_cache",
)  # the key's; matching's
PERSON = attrgetter("person")
NUMBERS = "I"  # array code of part numbers and counts (4 bytes)


def columns_of(index: NameIndex) -> tuple[Any, ...]:
    """What the file keeps of ``index`` (see above), in marshal's types."""
    groups = [
        list(table.values()) if name in PART_TABLES else [list(v.values()) for v in table.values()]
        for name, table in ((name, getattr(index, name)) for name in PART_TABLES + PERSON_TABLES)
    ]
    rows = [list(chain.from_iterable(each)) for each in groups]  # each table's parts in a row
    every = list(chain.from_iterable(rows))
    distinct: list[Part] = list(dict(zip(map(id, every), every, strict=True)).values())
    number = dict(zip(map(id, distinct), count()))  # (by identity: hashing tuples is slow)
    tables = [
        (
            list(getattr(index, name)),
            array(NUMBERS, map(len, each)).tobytes(),
            array(NUMBERS, map(number.__getitem__, map(id, row))).tobytes(),
        )
        for name, each, row in zip(PART_TABLES + PERSON_TABLES, groups, rows, strict=True)
    ]
    # no people, no parts: six empty columns (Part itself is imported for type checks only)
    columns = list(zip(*distinct, strict=True)) if distinct else [()] * 6
    person, role, variant, folded, key, suffixed = columns
    parts = (
        array(NUMBERS, person).tobytes(),
        bytes(role),
        list(variant),
        list(folded),
        list(key),
        bytes(suffixed),
    )
    sets = list(dict.fromkeys(map(frozenset, index.initials)))
    at = {initials: i for i, initials in enumerate(sets)}
    initials = (
        ["".join(sorted(s)) for s in sets],
        array(NUMBERS, [at[frozenset(s)] for s in index.initials]).tobytes(),
    )
    unspaced = list(index.unspaced.items()) if index.unspaced is not None else None
    return (
        parts,
        tables,
        index.letters,
        sorted(index.skip),
        initials,
        sorted(index.standalone),
        unspaced,
    )


def index_of(columns: tuple[Any, ...]) -> NameIndex:
    """The index of ``columns_of`` (without its people: the caller's)."""
    from monitor.core.match import NameIndex, Part, Role, unspaced_automaton

    parts_columns, tables, letters, skip, (distinct, initials), standalone, unspaced = columns
    person, role, variant, folded, key, suffixed = parts_columns
    roles = {r.value: r for r in Role}
    parts = list(
        map(
            partial(tuple.__new__, Part),  # (Part(*fields), made in C)
            zip(
                numbers(person),
                map(roles.__getitem__, role),
                variant,
                folded,
                key,
                map(bool, suffixed),
                strict=True,
            ),
        )
    )
    found: dict[str, Any] = {}
    for name, (keys, counts, flat) in zip(PART_TABLES + PERSON_TABLES, tables, strict=True):
        row = list(map(parts.__getitem__, numbers(flat)))
        ends = list(accumulate(numbers(counts)))
        groups = map(row.__getitem__, map(slice, [0, *ends[:-1]], ends))  # (in C, no call a key)
        if name in PART_TABLES:
            found[name] = dict(zip(keys, groups, strict=True))
        else:
            found[name] = {
                k: dict(zip(map(PERSON, g), g, strict=True))
                for k, g in zip(keys, groups, strict=True)
            }
    sets = [set(letters_of) for letters_of in distinct]
    automaton = None
    if unspaced is not None:
        automaton = unspaced_automaton([(word, (n, alias)) for word, (n, alias) in unspaced])
    return NameIndex(
        people=(),
        **found,
        letters=letters,
        skip=frozenset(skip),
        initials=list(map(sets.__getitem__, numbers(initials))),
        unspaced=automaton,
        standalone=frozenset(standalone),
    )


def numbers(data: bytes) -> array[int]:
    found = array(NUMBERS)
    found.frombytes(data)
    return found
