"""The outside world. What the adapters share: the files they keep in the user's cache.

Two caches keep work done at start-up for next time: the data of a watchlist file read
before (``watchlist_file``) and its compiled names (``name_cache``). Both files have one
layout, written and read here::

    <magic: what the file holds, with its layout's version>\\n  (given with its \\n)
    <key: sha256 of what the content depends on, hex>\\n
    <sha256 of the payload, hex>\\n
    <payload>

A file is read back only when its magic, its key and its checksum all match (stale,
truncated, corrupt: ignored, never trusted). It is written to a temporary file (mode 0600,
in a folder of mode 0700) and renamed into place, so a reader never sees half a file;
only the newest few of a family are kept. The key includes ``code_digest`` of the modules
that made the content: an edit to them (a checkout, a patched install) never reads what
the code before it made.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

KEPT = 4  # files kept of one family in a folder (one per watchlist content seen lately)
# people: from this many, what is read or built for a watchlist (its people, its compiled
# names) is frozen once made (``gc.freeze``): it lives as long as the watchlist, and the
# collector would otherwise walk it at its next collection (the daemon thaws it on a reload)
FROZEN_FROM = 10_000


def code_digest(modules: Sequence[str]) -> str:
    """A digest of the modules' source files as installed ("unread" for one that cannot be
    read, which then counts as unchanged)."""
    digest = hashlib.sha256()
    for name in modules:
        source = getattr(importlib.import_module(name), "__file__", None)
        try:
            digest.update(Path(source).read_bytes() if source else b"unread")
        except OSError:
            digest.update(b"unread")
    return digest.hexdigest()


def read_cache_file(path: Path, magic: bytes, key: str) -> bytes | None:
    """The payload of ``path`` if the file is whole and for ``key``; else None."""
    try:
        content = path.read_bytes()
    except OSError:
        return None
    expected = magic + key.encode() + b"\n"
    at = len(expected) + 65  # (the checksum and its line break)
    payload = content[at:]
    if not content.startswith(expected) or content[at - 1 : at] != b"\n":
        return None
    if content[len(expected) : at - 1] != hashlib.sha256(payload).hexdigest().encode():
        return None
    return payload


def write_cache_file(path: Path, magic: bytes, key: str, payload: bytes, family: str) -> None:
    """Write atomically, then keep only the KEPT newest files of ``family`` (a glob) in the
    folder; never fails (a read-only or full disk: no cache)."""
    header = magic + key.encode() + b"\n" + hashlib.sha256(payload).hexdigest().encode() + b"\n"
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".cache-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:  # mkstemp: mode 0600
                f.write(header)
                f.write(payload)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        kept = sorted(path.parent.glob(family), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[KEPT:]:
            old.unlink(missing_ok=True)
    except OSError:
        return
