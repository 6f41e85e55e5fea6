"""The watchlist's compiled names, cached on disk so that a restart does not compile again.

Compiling 100,000 people's names (``monitor.core.match.compile_names``: the spelling
dictionaries, their one-letter-typo neighbours, the alias automaton) takes seconds; reading
them back from this cache takes a fraction of that. The cache is one file per watchlist
content, ``names-<key>.cache`` in the folder given (``cache_folder``: ``$MONITOR_NAME_CACHE``,
else ``$XDG_CACHE_HOME/case-monitor``, else ``~/.cache/case-monitor``; ``MONITOR_NAME_CACHE=off``
turns the cache off)::

    case-monitor compiled names v2\\n
    <key: sha256 of ENGINE_VERSION, the engine's code and the people, hex>\\n
    <sha256 of the payload, hex>\\n
    <payload: the pickled NameIndex, without the people (the key is made of them)>

The key covers every field of every person, the engine's version
(``monitor.core.match.ENGINE_VERSION``, bumped whenever matching code changes) and the
engine's code as installed (``ENGINE_MODULES``: an edit without a bump, in a checkout or a
patched install, must not read names compiled by the code before it), so a changed
watchlist or a new engine reads no old file. A file whose header, key or checksum
does not match (stale, truncated, corrupt) is ignored and rebuilt, never trusted. Only
files this module wrote are unpickled: each is written to a temporary file (mode 0600) and
renamed into place, so a reader never sees half a file. A cache that cannot be read or
written is no error: the names are compiled as before.
"""

from __future__ import annotations

import gc
import hashlib
import importlib
import marshal
import os
import pickle
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import fields, replace
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from monitor.core.types import Person

if TYPE_CHECKING:  # (the name engine is imported when names are loaded: `cache_folder` is light)
    from monitor.core.match import NameIndex
    from monitor.core.scan import Scanner

MAGIC = b"case-monitor compiled names v2\n"
KEPT = 4  # cache files kept in a folder (one per watchlist content), the newest
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
    """A digest of the name engine's source files as installed ("unread" for one that
    cannot be read, which then counts as unchanged)."""
    digest = hashlib.sha256()
    for name in ENGINE_MODULES:
        source = getattr(importlib.import_module(name), "__file__", None)
        try:
            digest.update(Path(source).read_bytes() if source else b"unread")
        except OSError:
            digest.update(b"unread")
    return digest.hexdigest()


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
    from monitor.core.match import NameIndex

    try:
        with open(path, "rb") as f:
            header = f.read(len(MAGIC) + 65 + 65)
            payload = f.read()
    except OSError:
        return None
    expected = MAGIC + key.encode() + b"\n"
    if not header.startswith(expected) or len(header) != len(expected) + 65:
        return None
    checksum = header[len(expected) : len(expected) + 64].decode("ascii", "replace")
    if hashlib.sha256(payload).hexdigest() != checksum:
        return None
    try:
        index = pickle.loads(payload)  # our own file, its checksum verified
    except Exception:  # a file of an older layout of NameIndex: rebuilt
        return None
    return index if isinstance(index, NameIndex) else None


def write_cache(path: Path, key: str, index: NameIndex) -> None:
    """Write atomically (a temporary file renamed into place, mode 0600); never fails."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        bare = replace(  # (people: the key's; the caches are filled by matching)
            index, people=(), fuzzy_cache={}, people_cache={}, inert=set(), given_cache={}
        )
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".names-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:  # mkstemp: mode 0600
                f.write(MAGIC + key.encode() + b"\n" + b"0" * 64 + b"\n")
                payload = Hashing(f)  # (streamed: tens of MB never held in memory at once)
                pickle.dump(bare, payload, protocol=pickle.HIGHEST_PROTOCOL)
                f.seek(len(MAGIC) + len(key) + 1)
                f.write(payload.digest.hexdigest().encode())  # the checksum, in its place
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        prune(path.parent)
    except (OSError, pickle.PicklingError):
        return  # a read-only or full disk: compile next time too


class Hashing:
    """A file to write to that also hashes what is written."""

    def __init__(self, f: BinaryIO) -> None:
        self.f = f
        self.digest = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return self.f.write(data)


def prune(folder: Path) -> None:
    """Keep the KEPT newest cache files (one per watchlist content seen lately)."""
    files = sorted(folder.glob("names-*.cache"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[KEPT:]:
        old.unlink(missing_ok=True)
