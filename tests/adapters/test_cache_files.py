"""The cache files the adapters share (``monitor.adapters``): read back only whole and for
their key and kind, written privately and atomically, only the newest few kept."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from monitor.adapters import KEPT, code_digest, read_cache_file, write_cache_file

MAGIC = b"case-monitor test data v1\n"
KEY = "a" * 64


def test_a_file_is_read_back_with_its_magic_and_key_only(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "one.data"
    write_cache_file(path, MAGIC, KEY, b"payload", "*.data")

    assert read_cache_file(path, MAGIC, KEY) == b"payload"
    assert read_cache_file(path, MAGIC, "b" * 64) is None  # another content's key
    assert read_cache_file(path, b"case-monitor other data v1\n", KEY) is None  # another kind
    assert read_cache_file(tmp_path / "missing.data", MAGIC, KEY) is None
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_changed_byte_anywhere_makes_the_file_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "one.data"
    write_cache_file(path, MAGIC, KEY, b"payload of some length", "*.data")
    whole = path.read_bytes()

    for at in range(len(whole)):
        path.write_bytes(whole[:at] + bytes([whole[at] ^ 1]) + whole[at + 1 :])
        assert read_cache_file(path, MAGIC, KEY) is None, at
    path.write_bytes(whole + b"more")
    assert read_cache_file(path, MAGIC, KEY) is None


def test_only_the_newest_files_of_a_family_are_kept(tmp_path: Path) -> None:
    other = tmp_path / "other.kept"
    other.write_bytes(b"not of the family")
    for n in range(KEPT + 2):
        write_cache_file(tmp_path / f"{n}.data", MAGIC, KEY, b"x", "*.data")
        os.utime(tmp_path / f"{n}.data", (n, n))  # (written one after the other)

    write_cache_file(tmp_path / "last.data", MAGIC, KEY, b"x", "*.data")

    assert len(list(tmp_path.glob("*.data"))) == KEPT
    assert (tmp_path / "last.data").exists() and not (tmp_path / "0.data").exists()
    assert other.exists()


def test_the_code_digest_follows_the_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = tmp_path / "code_for_the_digest.py"
    module.write_text("A = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    before = code_digest(["code_for_the_digest"])

    module.write_text("A = 2\n", encoding="utf-8")

    assert code_digest(["code_for_the_digest"]) != before
    assert code_digest(["code_for_the_digest"]) == code_digest(["code_for_the_digest"])
