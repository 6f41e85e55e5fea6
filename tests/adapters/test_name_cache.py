"""The compiled-name cache: used when valid, rebuilt when stale or corrupt, never trusted."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from monitor.adapters import name_cache
from monitor.adapters.name_cache import cache_folder, cache_key, load_scanner
from monitor.core import match
from monitor.core.match import find_mentions
from monitor.core.types import Mention, Person

PEOPLE = (
    Person("kozlov-vladimir", "Vladimir Kozlov", aliases=("Владимир Козлов",)),
    Person("chow-agnes", "Agnes Chow", aliases=("周庭",)),
    Person("dzhakishev-mukhtar", "Mukhtar Dzhakishev", distinctive=True),
)
TEXT = "Agnes Chow (周庭) met Владимир Козлов; Dzhakishev was not there, nor Mukhtar Dzhakishew."


def cache_file(folder: Path) -> Path:
    (path,) = folder.glob("names-*.cache")
    return path


def mentions_with(folder: Path | None) -> list[Mention]:
    return find_mentions(load_scanner(PEOPLE, folder).names, TEXT)


def test_the_cached_names_find_what_freshly_compiled_ones_find(tmp_path: Path) -> None:
    fresh = mentions_with(None)

    first = mentions_with(tmp_path)  # compiles and writes the cache
    cached = mentions_with(tmp_path)  # reads it

    assert fresh == first == cached
    assert {m.person_id for m in fresh} == {p.id for p in PEOPLE}


def test_the_cache_file_is_private_to_its_owner(tmp_path: Path) -> None:
    mentions_with(tmp_path / "cache")

    assert stat.S_IMODE(cache_file(tmp_path / "cache").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "cache").stat().st_mode) == 0o700


def test_a_second_load_reads_the_cache_instead_of_compiling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mentions_with(tmp_path)
    compiled: list[int] = []
    real = name_cache.compile_names
    monkeypatch.setattr(name_cache, "compile_names", lambda p: compiled.append(1) or real(p))

    mentions_with(tmp_path)

    assert compiled == []


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: data[:-10] + bytes(b ^ 0xFF for b in data[-10:]),  # payload changed
        lambda data: b"not a cache at all",
        lambda data: b"",
    ],
    ids=["truncated", "corrupt-payload", "foreign-file", "empty"],
)
def test_a_damaged_cache_is_ignored_and_rebuilt(tmp_path: Path, damage: object) -> None:
    mentions_with(tmp_path)
    path = cache_file(tmp_path)
    good = path.read_bytes()
    path.write_bytes(damage(good))  # type: ignore[operator]

    assert mentions_with(tmp_path) == mentions_with(None)
    assert name_cache.read_cache(path, cache_key(PEOPLE)) is not None  # written again, whole


def test_a_cache_written_for_other_people_is_never_used(tmp_path: Path) -> None:
    others = (Person("someone-else", "Maria Kalesnikava"),)
    load_scanner(others, tmp_path)
    stale = cache_file(tmp_path)
    stale.rename(tmp_path / f"names-{cache_key(PEOPLE)[:32]}.cache")  # under our name

    assert mentions_with(tmp_path) == mentions_with(None)


def test_the_key_changes_with_the_engine_version(monkeypatch: pytest.MonkeyPatch) -> None:
    before = cache_key(PEOPLE)

    monkeypatch.setattr(match, "ENGINE_VERSION", match.ENGINE_VERSION + 1)

    assert cache_key(PEOPLE) != before


def test_the_key_changes_with_the_engines_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine_part = tmp_path / "engine_part_for_the_key.py"
    engine_part.write_text("SPELLING = 'one way'\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(name_cache, "ENGINE_MODULES", ("engine_part_for_the_key",))
    name_cache.engine_code.cache_clear()
    before = cache_key(PEOPLE)

    engine_part.write_text("SPELLING = 'another way'\n", encoding="utf-8")
    name_cache.engine_code.cache_clear()
    after = cache_key(PEOPLE)

    name_cache.engine_code.cache_clear()
    assert after != before


def test_the_key_changes_with_any_field_of_any_person() -> None:
    changed = (*PEOPLE[:2], Person("dzhakishev-mukhtar", "Mukhtar Dzhakishev"))

    assert cache_key(changed) != cache_key(PEOPLE)
    assert cache_key(PEOPLE[::-1]) != cache_key(PEOPLE)
    assert cache_key(PEOPLE) == cache_key(tuple(PEOPLE))


def test_a_folder_that_cannot_be_written_only_costs_a_compile(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")

    assert mentions_with(blocked / "cache") == mentions_with(None)


def test_the_folder_comes_from_the_environment() -> None:
    assert cache_folder({"MONITOR_NAME_CACHE": "/srv/names"}) == Path("/srv/names")
    assert cache_folder({"MONITOR_NAME_CACHE": "off"}) is None
    assert cache_folder({"XDG_CACHE_HOME": "/c"}) == Path("/c/case-monitor")
    assert cache_folder({"HOME": "/home/u"}) == Path("/home/u/.cache/case-monitor")
