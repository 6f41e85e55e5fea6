"""The watchlist's compiled names, cached on disk so that a restart does not compile again.

Compiling 100,000 people's names (``monitor.core.match.compile_names``: the spelling
dictionaries, their one-letter-typo neighbours, the alias automaton) takes seconds; reading
them back from this cache takes a fraction of that. The cache is one file per watchlist
content, ``names-<key>.cache`` in the folder given (``cache_folder``: ``$MONITOR_NAME_CACHE``,
else ``$XDG_CACHE_HOME/case-monitor``, else ``~/.cache/case-monitor``; ``MONITOR_NAME_CACHE=off``
turns the cache off)::

    case-monitor compiled names v4\\n
    <key: sha256 of ENGINE_VERSION, the engine's code and the people (or their digest), hex>\\n
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
from collections.abc import Iterable, Iterator, KeysView, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import fields
from functools import cache, partial
from itertools import accumulate, chain, count
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from monitor.adapters import FROZEN_FROM, code_digest, read_cache_file, write_cache_file
from monitor.core.lazy_table import LazyTable
from monitor.core.types import Person

if TYPE_CHECKING:  # (the name engine is imported when names are loaded: `cache_folder` is light)
    from monitor.core.match import NameIndex, Part, PartRow
    from monitor.core.scan import Scanner

MAGIC = b"case-monitor compiled names v4\n"
APP_FOLDER = "case-monitor"
ENGINE_MODULES = (  # the code the compiled names are made by
    "monitor.core.match",
    "monitor.core.lazy_table",
    "monitor.core.names",
    "monitor.core.names_ru",
    "monitor.core.wordlists",
)


def cache_key(people: Sequence[Person], people_digest: str | None = None) -> str:
    """What the compiled names depend on: the engine's version and every person; the
    people as their ``people_digest`` when there is one (``Watchlist.people_digest``: what
    every field of every person is made of), else every field of theirs."""
    from monitor.core.match import ENGINE_VERSION

    digest = hashlib.sha256(f"engine {ENGINE_VERSION} {engine_code()}\n".encode())
    if people_digest is not None:
        digest.update(f"people of {people_digest}\n".encode())
        return digest.hexdigest()
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


def load_scanner(
    people: Sequence[Person], folder: Path | None, people_digest: str | None = None
) -> Scanner:
    """The scanner for ``people``: its names from the cache in ``folder`` when a valid
    file is there, else compiled (and the cache written for next time). ``people_digest``:
    the watchlist's for these very people (``Watchlist.people_digest``), if it has one: the
    key is then made of it, not of every person's fields (``cache_key``)."""
    from monitor.core.scan import build_scanner, scanner_from

    with gc_paused(freeze=len(people) >= FROZEN_FROM):
        if folder is None:
            return build_scanner(people)
        key = cache_key(people, people_digest)
        path = folder / f"names-{key[:32]}.cache"
        index = read_cache(path, key)
        if index is None:
            index = compile_names(people)
            write_cache(path, key, index)
        else:
            index.people = tuple(people)  # the very people the key was made of (not in the file)
        return scanner_from(people, index)


def compiled(people: Sequence[Person]) -> NameIndex:
    """The names of ``people`` compiled as ``load_scanner`` compiles them, the collector
    paused (what ``bench/scale.py`` times as "compile")."""
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
# each distinct string once, in one UTF-8 blob with where each ends; each distinct Part once,
# as six columns (its strings by number); each table as its keys, where each key's parts end
# and the parts' numbers in a row. Reading it back makes only the tables' keys: a table
# (``LazyTable``) makes a key's parts when matching first looks the key up, each Part once
# however many tables hold it (shared between them as compiling shares it); most keys are
# never looked up. No class is named in the file.
PART_TABLES = ("exact", "bare", "spelled", "sound")  # key → [Part, ...]
PERSON_TABLES = ("first", "first_sound")  # key → {person: Part}
KEPT_FIELDS = (
    *PART_TABLES,
    *PERSON_TABLES,
    "letters",
    "skip",
    "initials",
    "standalone",
    "twins",
    "unspaced",  # (last: its order is the automaton's)
)
NOT_KEPT = (
    "people",
    "fuzzy_cache",
    "unjoined_cache",
    "people_cache",
    "inert",
    "given_cache",
    "glued",
    "beside_cache",
    "given_shapes",
)  # the key's; matching's
NUMBERS = "I"  # array code of part numbers, string numbers and ends (4 bytes)


def columns_of(index: NameIndex) -> tuple[Any, ...]:
    """What the file keeps of ``index`` (see above), in marshal's types: the very columns
    it was read from while its tables are as read (``as_read``); the columns of the row it
    was compiled in while its tables are as compiled (``match.part_columns``: no part made,
    what a cold start writes); else made from its tables' parts (written at the end of a
    cold start, at its peak of memory: no list of every part in a row is made, and what is
    done with is let go before the next column is made). All three give the same bytes."""
    read = as_read(index)
    if read is not None:
        return read
    from monitor.core.match import part_columns

    compiled = part_columns(index)  # (compiled here: the columns of its row, no part made)
    if compiled is not None:
        columns: list[Sequence[Any]] = list(compiled[:6])
        listed = compiled.tables
        tables = [
            (
                keys,
                array(NUMBERS, accumulate(sizes)).tobytes(),
                (flat if flat.typecode == NUMBERS else array(NUMBERS, flat)).tobytes(),
            )
            for keys, sizes, flat in listed
        ]
        del compiled, listed
        return _columns(index, tables, columns)
    # (a table compiled lazily is written without keeping every value it makes)
    items = [_items(getattr(index, name)) for name in PART_TABLES + PERSON_TABLES]
    groups = [
        [v for _, v in pairs] if name in PART_TABLES else [list(v.values()) for _, v in pairs]
        for name, pairs in zip(PART_TABLES + PERSON_TABLES, items, strict=True)
    ]
    every = [chain.from_iterable(map(chain.from_iterable, groups)) for _ in range(2)]
    distinct: list[Part] = list(dict(zip(map(id, every[0]), every[1], strict=True)).values())
    number = dict(zip(map(id, distinct), count()))  # (by identity: hashing tuples is slow)
    tables = [
        (
            [k for k, _ in pairs],
            array(NUMBERS, accumulate(map(len, each))).tobytes(),
            array(NUMBERS, map(number.__getitem__, map(id, chain.from_iterable(each)))).tobytes(),
        )
        for pairs, each in zip(items, groups, strict=True)
    ]
    del every, groups, number, items
    # no people, no parts: six empty columns (Part itself is imported for type checks only)
    columns = list(zip(*distinct, strict=True)) if distinct else [()] * 6
    del distinct
    return _columns(index, tables, columns)


def _columns(
    index: NameIndex, tables: list[tuple[list[str], bytes, bytes]], columns: list[Sequence[Any]]
) -> tuple[Any, ...]:
    """The file's columns of ``index``, its tables already in columns and its distinct parts
    as six columns (person, role, variant, folded, key, suffixed)."""
    person, role, variant, folded, key, suffixed = columns
    columns.clear()  # (what is done with is let go as the file's columns are made)
    strings = list(dict.fromkeys(chain(variant, folded, key)))
    string_number = dict(zip(strings, count()))
    parts = (
        array(NUMBERS, person).tobytes(),
        bytes(role),
        *(
            array(NUMBERS, map(string_number.__getitem__, c)).tobytes()
            for c in (variant, folded, key)
        ),
        bytes(suffixed),
    )
    del columns, person, role, variant, folded, key, suffixed, string_number
    encode = partial(str.encode, encoding="utf-8", errors="surrogatepass")
    blob = encode("".join(strings))  # (UTF-8 of the whole: the UTF-8 of each, in a row)
    ends = array(NUMBERS, accumulate(map(len, map(encode, strings)))).tobytes()
    del strings
    sets = list(dict.fromkeys(map(frozenset, index.initials)))
    at = {initials: i for i, initials in enumerate(sets)}
    initials = (
        ["".join(sorted(s)) for s in sets],
        array(NUMBERS, [at[frozenset(s)] for s in index.initials]).tobytes(),
    )
    unspaced = list(index.unspaced.items()) if index.unspaced is not None else None
    return (
        (blob, ends),
        parts,
        tables,
        index.letters,
        sorted(index.skip),
        initials,
        sorted(index.standalone),
        [(first, *others) for first, others in index.twins.items()],
        unspaced,
    )


def _items(table: dict[str, Any]) -> list[tuple[str, Any]]:
    return list(table.each() if isinstance(table, LazyTable) else table.items())


def as_read(index: NameIndex) -> tuple[Any, ...] | None:
    """The columns ``index`` was read from (``index_of``), while every table of it is still
    lazy (a table changed, or only iterated, has made all its values: None)."""
    tables = [getattr(index, name) for name in PART_TABLES + PERSON_TABLES]
    makers = [t.maker for t in tables if isinstance(t, LazyTable) and t.lazy]
    groups = [m for m in makers if isinstance(m, Group)]
    if len(groups) != len(tables):
        return None
    sources = {id(g.parts.source): g.parts.source for g in groups}
    return next(iter(sources.values())) if len(sources) == 1 else None


def index_of(columns: tuple[Any, ...]) -> NameIndex:
    """The index of ``columns_of`` (without its people: the caller's), its tables lazy.
    Raises ValueError (or TypeError, IndexError) for columns of another layout."""
    from monitor.core.match import NameIndex, Part, PartRow, Role, unspaced_automaton

    (
        strings,
        parts_columns,
        tables,
        letters,
        skip,
        (distinct, initials),
        standalone,
        twins,
        unspaced,
    ) = columns
    made = Parts(Part, tuple(Role), strings, parts_columns, source=columns)
    found: dict[str, Any] = {}
    for name, (keys, ends, flat) in zip(PART_TABLES + PERSON_TABLES, tables, strict=True):
        group = Group(numbers(ends), numbers(flat), made, PartRow, by_person=name in PERSON_TABLES)
        if len(group.ends) != len(keys) or (keys and group.ends[-1] != len(group.flat)):
            raise ValueError(f"names cache: table {name} does not add up")
        found[name] = LazyTable(dict(zip(keys, count())), group)
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
        twins={first: tuple(others) for first, *others in twins},
    )


def numbers(data: bytes) -> memoryview[int]:
    """The numbers in ``data``, read in place (TypeError: not a whole number of them)."""
    return memoryview(data).cast("I")  # (NUMBERS)


class Parts:
    """The parts of the file, each made when first asked for (``part``), then kept."""

    def __init__(
        self, part: type[Part], roles: tuple[Any, ...], strings: Any, columns: Any, source: Any
    ) -> None:
        self.source = source  # the whole index's columns (``columns_of``), as read
        blob, ends = strings
        person, role, variant, folded, key, suffixed = columns
        self.new = partial(tuple.__new__, part)
        self.roles = roles
        self.blob: bytes = blob
        self.ends = numbers(ends)
        self.person, self.variant, self.folded, self.key = map(
            numbers, (person, variant, folded, key)
        )
        self.role: bytes = role
        self.suffixed: bytes = suffixed
        count_ = len(self.person)
        sizes = {len(c) for c in (self.role, self.variant, self.folded, self.key, self.suffixed)}
        if sizes - {count_} or (self.ends and self.ends[-1] != len(blob)):
            raise ValueError("names cache: the parts' columns do not add up")
        self.made: list[Part | None] = [None] * count_
        # each string decoded once: a hundred namesakes' parts share their spellings
        self.strings: dict[int, str] = {}

    def part(self, n: int) -> Part:
        made = self.made[n]
        if made is None:
            string = self.string
            made = self.made[n] = self.new(
                (
                    self.person[n],
                    self.roles[self.role[n]],
                    string(self.variant[n]),
                    string(self.folded[n]),
                    string(self.key[n]),
                    bool(self.suffixed[n]),
                )
            )
        return made

    def string(self, n: int) -> str:
        made = self.strings.get(n)
        if made is None:
            made = self.strings[n] = self.blob[self.ends[n - 1] if n else 0 : self.ends[n]].decode(
                "utf-8", "surrogatepass"
            )
        return made


class Group:
    """A table's values: the parts of the ``i``-th key, as a list (or by person, each part
    made when asked for: ``ByPerson``)."""

    def __init__(
        self,
        ends: memoryview[int],
        flat: memoryview[int],
        parts: Parts,
        row: type[PartRow],
        *,
        by_person: bool,
    ):
        self.ends, self.flat, self.parts, self.by_person = ends, flat, parts, by_person
        self.row = row

    def __call__(self, i: int) -> Any:
        numbers = self.flat[self.ends[i - 1] if i else 0 : self.ends[i]]
        parts = self.parts
        persons = list(map(parts.person.__getitem__, numbers))
        if self.by_person:  # (a later part of one person replaces an earlier, as in a dict)
            return ByPerson(dict(zip(persons, numbers, strict=True)), self)
        roles = list(map(parts.roles.__getitem__, map(parts.role.__getitem__, numbers)))
        return self.row(persons, roles, numbers, parts.part, (parts.key, parts.string))


class ByPerson(Mapping[int, "Part"]):
    """A key's parts by person (a given name's), each part made when first asked for: a
    common given name is thousands of listed people, of whom matching asks for the few whose
    surname stands beside it, so a lookup makes those few, not thousands of parts (nor as
    many objects for the collector to walk)."""

    __slots__ = ("_at", "_group")

    def __init__(self, at: dict[int, int], group: Group) -> None:
        self._at = at  # person → part number
        self._group = group

    def __getitem__(self, person: int) -> Part:
        return self._group.parts.part(self._at[person])

    def keys_of(self, people: Iterable[int]) -> list[str]:
        """The keys of ``people``'s parts, in order, without making them (each distinct key
        spelled once: a hundred namesakes' given names are one)."""
        parts = self._group.parts
        at = list(map(parts.key.__getitem__, map(self._at.__getitem__, people)))
        spelled = {n: parts.string(n) for n in set(at)}
        return list(map(spelled.__getitem__, at))

    def __contains__(self, person: object) -> bool:
        return person in self._at

    def __iter__(self) -> Iterator[int]:
        return iter(self._at)

    def __len__(self) -> int:
        return len(self._at)

    def keys(self) -> KeysView[int]:
        return self._at.keys()  # (a set of ints, intersected in C)
