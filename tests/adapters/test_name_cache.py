"""The compiled-name cache: used when valid, rebuilt when stale or corrupt, never trusted."""

from __future__ import annotations

import hashlib
import marshal
import stat
from dataclasses import fields, replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_people_listed_alike_are_found_alike_from_the_cache(tmp_path: Path) -> None:
    again = Person("chow-agnes-again", "Agnes Chow", aliases=("周庭",))
    people = [*PEOPLE, again]

    for _ in range(2):  # compiled and written, then read
        names = load_scanner(people, tmp_path).names
        assert names.twins == {"chow-agnes": ("chow-agnes-again",)}
        found = find_mentions(names, TEXT)
        theirs = [m for m in found if m.person_id == "chow-agnes"]
        assert theirs
        assert [m for m in found if m.person_id == again.id] == [
            replace(m, person_id=again.id) for m in theirs
        ]


def test_a_watchlist_of_no_people_is_cached_and_read_back(tmp_path: Path) -> None:
    """A watchlist of feeds only: nothing to find, and no failure writing or reading."""
    text = "Vladimir Kozlov was released."

    for _ in range(2):  # written, then read
        scanner = load_scanner([], tmp_path)
        assert find_mentions(scanner.names, text) == []


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


def test_the_key_of_people_with_a_digest_is_made_of_the_digest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert cache_key(PEOPLE, "d1") == cache_key(PEOPLE[:1], "d1")  # the people: not read
    assert cache_key(PEOPLE, "d1") != cache_key(PEOPLE, "d2")
    assert cache_key(PEOPLE, "d1") != cache_key(PEOPLE)
    before = cache_key(PEOPLE, "d1")
    monkeypatch.setattr(match, "ENGINE_VERSION", match.ENGINE_VERSION + 1)
    assert cache_key(PEOPLE, "d1") != before


def test_people_with_a_digest_read_the_names_compiled_for_it(tmp_path: Path) -> None:
    load_scanner(PEOPLE, tmp_path, "d1")  # compiles and writes
    scanner = load_scanner(PEOPLE, tmp_path, "d1")

    assert find_mentions(scanner.names, TEXT) == mentions_with(None)
    assert [path.name for path in tmp_path.iterdir()] == [
        f"names-{cache_key(PEOPLE, 'd1')[:32]}.cache"
    ]


def test_a_folder_that_cannot_be_written_only_costs_a_compile(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")

    assert mentions_with(blocked / "cache") == mentions_with(None)


def test_the_folder_comes_from_the_environment() -> None:
    assert cache_folder({"MONITOR_NAME_CACHE": "/srv/names"}) == Path("/srv/names")
    assert cache_folder({"MONITOR_NAME_CACHE": "off"}) is None
    assert cache_folder({"XDG_CACHE_HOME": "/c"}) == Path("/c/case-monitor")
    assert cache_folder({"HOME": "/home/u"}) == Path("/home/u/.cache/case-monitor")


MANY = (
    *PEOPLE,
    Person("kozlov-ivan", "Ivan Kozlov", aliases=("Иван Козлов",)),  # a namesake's surname
    Person("abd-el-fattah-alaa", "Alaa Abd El-Fattah", aliases=("Alaa Abdel Fattah",)),
    Person("al-ghamdi-salma", "Salma al-Ghamdi"),
    Person("celik-ayse", "Ayşe Çelik", context=("journalist",)),
    Person("zhang-wei", "Zhang Wei", aliases=("张伟",)),
    Person("sasha-skochilenko", "Aleksandra Skochilenko", aliases=("Саша Скочиленко",)),
    Person("madonna", "Madonna"),  # one word: stands alone
)


def test_the_file_gives_back_every_field_as_compiled_in_its_order(tmp_path: Path) -> None:
    fresh = match.compile_names(MANY)
    name_cache.write_cache(tmp_path / "names.cache", "k" * 64, fresh)

    read = name_cache.read_cache(tmp_path / "names.cache", "k" * 64)

    assert read is not None
    for name in name_cache.KEPT_FIELDS:
        if name == "unspaced":
            assert sorted(read.unspaced.items()) == sorted(fresh.unspaced.items())  # type: ignore[union-attr]
        else:
            assert getattr(read, name) == getattr(fresh, name), name
    for name in (*name_cache.PART_TABLES, *name_cache.PERSON_TABLES):
        assert list(getattr(read, name)) == list(getattr(fresh, name)), name  # key order


def test_the_parts_are_shared_between_the_tables_as_when_compiled(tmp_path: Path) -> None:
    def distinct_parts(index: match.NameIndex) -> int:
        found = {
            id(p) for n in name_cache.PART_TABLES for ps in getattr(index, n).values() for p in ps
        }
        for n in name_cache.PERSON_TABLES:
            found |= {id(p) for ps in getattr(index, n).values() for p in ps.values()}
        return len(found)

    fresh = match.compile_names(MANY)
    name_cache.write_cache(tmp_path / "names.cache", "k" * 64, fresh)
    read = name_cache.read_cache(tmp_path / "names.cache", "k" * 64)

    assert read is not None
    assert distinct_parts(read) == distinct_parts(fresh)
    assert all(type(p) is match.Part for ps in read.exact.values() for p in ps)
    assert all(type(p.role) is match.Role for ps in read.exact.values() for p in ps)


def test_every_field_of_the_compiled_names_is_either_kept_or_made_by_matching() -> None:
    names = {f.name for f in fields(match.NameIndex)}

    assert names == set(name_cache.KEPT_FIELDS) | set(name_cache.NOT_KEPT)
    assert not set(name_cache.KEPT_FIELDS) & set(name_cache.NOT_KEPT)


def test_a_whole_file_of_another_layout_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "names.cache"
    payload = marshal.dumps(("an", "older", "layout"))
    checksum = hashlib.sha256(payload).hexdigest().encode()
    path.write_bytes(name_cache.MAGIC + b"k" * 64 + b"\n" + checksum + b"\n" + payload)

    assert name_cache.read_cache(path, "k" * 64) is None


def test_the_mentions_of_many_people_are_the_same_read_back(tmp_path: Path) -> None:
    text = (
        "Ivan Kozlov and Vladimir Kozlov met Alaa Abdel Fattah, Ghamdi, Ayse Celik and 张伟; "
        "Саша Скочиленко spoke to Madonna. Kozlov left; Zhang Wei stayed."
    )
    load_scanner(MANY, tmp_path)  # compiles and writes

    assert find_mentions(load_scanner(MANY, tmp_path).names, text) == find_mentions(
        load_scanner(MANY, None).names, text
    )


def test_reading_the_file_back_makes_no_part_until_one_is_looked_up(tmp_path: Path) -> None:
    fresh = match.compile_names(MANY)
    name_cache.write_cache(tmp_path / "names.cache", "k" * 64, fresh)

    read = name_cache.read_cache(tmp_path / "names.cache", "k" * 64)

    assert read is not None
    assert all(dict.__len__(getattr(read, n)) == 0 for n in name_cache.PART_TABLES)
    kozlov = read.exact.get("kozlu")
    assert kozlov == fresh.exact["kozlu"]
    assert "kozlu" in read.exact and "nobody" not in read.exact
    assert read.exact.get("nobody") is None and read.exact.get("nobody", ()) == ()
    assert dict.__len__(read.exact) == 1  # only the key looked up was made
    assert read.exact.get("kozlu") is kozlov  # and kept
    with pytest.raises(KeyError):
        read.exact["nobody"]


SURNAMES = ("Abenov", "Bekov", "Dauletov", "Ermekov", "Galiev", "Karimov", "Nurov", "Omarov")
NAMESAKES = [  # one given name and one family name that dozens of listed people share
    Person(f"p{i}", f"{given} Abd El-Fattah {surname}")
    for i, (given, surname) in enumerate(
        (given, surname) for given in ("Ahmed", "Omar", "Samir") for surname in SURNAMES
    )
]


def test_a_name_many_people_share_makes_only_the_parts_asked_for(tmp_path: Path) -> None:
    fresh = match.compile_names(NAMESAKES)
    name_cache.write_cache(tmp_path / "names.cache", "k" * 64, fresh)
    read = name_cache.read_cache(tmp_path / "names.cache", "k" * 64)
    assert read is not None
    made = read.first.maker.parts.made  # type: ignore[attr-defined]

    ahmed = read.first["ahmed"]  # given names, by person
    assert sorted(ahmed) == sorted(fresh.first["ahmed"]) == list(range(len(SURNAMES)))
    assert ahmed[3] == fresh.first["ahmed"][3] and 9 not in ahmed
    family = read.exact[match.key("abdalfattah")]  # a middle part: a row in person order
    assert isinstance(family, match.PartRow)
    assert family.persons == [p.person for p in fresh.exact[match.key("abdalfattah")]]
    assert family[10] == fresh.exact[match.key("abdalfattah")][10]
    assert sum(part is not None for part in made) == 2  # of the 48 parts of those keys

    assert ahmed == fresh.first["ahmed"] and family == fresh.exact[match.key("abdalfattah")]
    assert sum(part is not None for part in made) == len(SURNAMES) + len(NAMESAKES)


def test_a_lazy_table_is_the_dict_it_stands_for_whatever_was_looked_up_first() -> None:
    made: list[int] = []
    table = name_cache.LazyTable({"c": 0, "a": 1, "b": 2}, lambda i: made.append(i) or [i])

    assert table["b"] == [2] and made == [2]
    assert list(table) == ["c", "a", "b"]  # the file's order, not the order looked up
    assert table == {"c": [0], "a": [1], "b": [2]} == table
    assert sorted(made) == [0, 1, 2]  # each value made once
    table["d"] = [3]
    assert len(table) == 4 and table.get("d") == [3]


def test_a_file_whose_columns_do_not_add_up_is_ignored(tmp_path: Path) -> None:
    fresh = match.compile_names(MANY)
    strings, parts, tables, *rest = name_cache.columns_of(fresh)
    keys, ends, flat = tables[0]
    short = (strings, parts, [(keys, ends, flat[:-4]), *tables[1:]], *rest)
    payload = marshal.dumps(short, 4)
    checksum = hashlib.sha256(payload).hexdigest().encode()
    path = tmp_path / "names.cache"
    path.write_bytes(name_cache.MAGIC + b"k" * 64 + b"\n" + checksum + b"\n" + payload)

    assert name_cache.read_cache(path, "k" * 64) is None


def test_names_read_back_are_written_again_as_read_until_a_table_is_made_whole(
    tmp_path: Path,
) -> None:
    fresh = match.compile_names(MANY)
    name_cache.write_cache(tmp_path / "names.cache", "k" * 64, fresh)
    read = name_cache.read_cache(tmp_path / "names.cache", "k" * 64)
    assert read is not None
    written = name_cache.columns_of(fresh)

    read.exact.get("kozlu")  # a lookup: still as read, written without making every part
    assert name_cache.as_read(read) is not None
    assert name_cache.columns_of(read) == written

    list(read.bare)  # iterated: every value made; written from the tables again
    assert name_cache.as_read(read) is None
    *again, unspaced = name_cache.columns_of(read)
    assert again == list(written[:-1])
    assert sorted(unspaced) == sorted(written[-1])  # (the automaton's own order)
    assert name_cache.as_read(fresh) is None


def written_from_every_part(index: match.NameIndex) -> bytes:
    """The file's payload as written from the tables with every part made (marshalled
    apart from any assertion, as marshal marks what else holds: pytest's rewritten asserts
    hold their operands)."""
    for name in name_cache.PART_TABLES + name_cache.PERSON_TABLES:
        getattr(index, name).whole()
    assert match.part_columns(index) is None  # (no longer as compiled: written part by part)
    return marshal.dumps(name_cache.columns_of(index), 4)


# Names whose parts the tables keep in ways of their own: a part twice in one spelling (the
# second left out) and its twin in other letters, an article dropped, cedillas dropped, a
# given name twice for one person (the first kept), five parts and more, a part of no key,
# a name in a script without spaces, one word alone, surnames and given names shared.
ODD_NAMES = (
    Person(
        "mora-cruz-ana", "Ana Mora Mora Cruz", aliases=("Ana Mora mora Cruz", "Ана Мора Мора Круз")
    ),
    Person("long-name", "Maria de la Paz Ortiz Mora Mora Lopez Cruz"),
    Person("kaya-ayse", "Ayşe Çelik Çelik Kaya"),
    Person("el-sayed-omar", "Omar el-Sayed", aliases=("Omar El-Sayed Omar",)),
    Person("celik-ayse", "Ayşe Çelik Çelik", aliases=("Ayşe Ayşe Çelik",)),
    Person("kozlov-oleg", "Oleg Kozlov", aliases=("Олег Козлов", "Oleg Kozlov Oleg")),
    Person("kozlova-olga", "Olga Kozlova", aliases=("Ольга Козлова",)),
    Person("quarter-petrov", "¼ Petrov"),
    Person("han", "Han", aliases=("韩寒",)),
    Person("mora-ana", "Ana Mora", distinctive=True),
)


def test_the_names_written_from_the_compiled_row_are_those_written_from_every_part() -> None:
    for people in (PEOPLE, MANY, ODD_NAMES, MANY + ODD_NAMES):
        index = match.compile_names(people)

        written = marshal.dumps(name_cache.columns_of(index), 4)

        tables = [getattr(index, name) for name in name_cache.PART_TABLES]
        assert all(t.lazy and dict.__len__(t) == 0 for t in tables)  # no part made
        assert written == written_from_every_part(index)


def test_a_table_looked_up_before_the_names_are_written_changes_nothing_written() -> None:
    index = match.compile_names(ODD_NAMES)
    index.exact.get(match.key("mora"))
    index.first.get(match.key("ayse"))

    written = marshal.dumps(name_cache.columns_of(index), 4)

    assert match.part_columns(index) is not None
    assert written == written_from_every_part(match.compile_names(ODD_NAMES))


NAME_WORDS = ["Ana", "Bel", "bel", "БЕЛ", "Çelik", "Celik", "al-Ghamdi", "Abd", "El", "Oleg"]


@given(
    st.lists(
        st.tuples(
            st.lists(st.sampled_from(NAME_WORDS) | st.text(max_size=5), min_size=1, max_size=9),
            st.lists(st.lists(st.sampled_from(NAME_WORDS), max_size=6).map(" ".join), max_size=3),
        ),
        min_size=1,
        max_size=6,
    )
)
@settings(max_examples=150, deadline=None)
def test_any_names_are_written_from_the_compiled_row_as_from_every_part(
    names: list[tuple[list[str], list[str]]],
) -> None:
    people = [
        Person(f"p{n}", " ".join(name), aliases=tuple(aliases))
        for n, (name, aliases) in enumerate(names)
    ]
    index = match.compile_names(people)

    written = marshal.dumps(name_cache.columns_of(index), 4)

    assert written == written_from_every_part(index)


def test_the_keys_of_a_name_many_people_share_are_read_without_making_a_part(
    tmp_path: Path,
) -> None:
    fresh = match.compile_names(NAMESAKES)
    name_cache.write_cache(tmp_path / "names.cache", "k" * 64, fresh)
    read = name_cache.read_cache(tmp_path / "names.cache", "k" * 64)
    assert read is not None
    made = read.first.maker.parts.made  # type: ignore[attr-defined]

    family = read.exact[match.key("abdalfattah")]
    ahmed = read.first["ahmed"]

    assert isinstance(family, match.PartRow)
    assert family.keys() == [p.key for p in fresh.exact[match.key("abdalfattah")]]
    assert ahmed.keys_of([3, 0]) == [  # type: ignore[attr-defined]
        fresh.first["ahmed"][3].key,
        fresh.first["ahmed"][0].key,
    ]
    assert sum(part is not None for part in made) == 0
