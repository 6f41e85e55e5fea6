"""Reading the watchlist file: YAML problems come back with the line to look at."""

from __future__ import annotations

import time
from pathlib import Path
from textwrap import dedent

import pytest

from monitor.adapters.watchlist_file import load_watchlist
from monitor.core.types import Person, Status
from monitor.errors import ConfigError, WatchlistError

REPO = Path(__file__).resolve().parents[2]


def write(folder: Path, text: str, name: str = "watchlist.yaml") -> Path:
    path = folder / name
    path.write_text(dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def refusal(path: Path, environ: dict[str, str] | None = None) -> list[str]:
    """Every problem, as `monitor check` prints it."""
    with pytest.raises(WatchlistError) as caught:
        load_watchlist(path, environ or {})
    assert caught.value.path == str(path)
    return [str(p) for p in caught.value.problems]


def test_a_valid_file_is_loaded_into_a_watchlist(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        people:
          - id: kozlov-vladimir
            name: Vladimir Kozlov
            aliases: [Владимир Козлов]
            status: imprisoned
          - id: dzhakishev-mukhtar
            name: Mukhtar Dzhakishev
        feeds:
          - url: https://www.rferl.org/api/zrqiteuuir
            interval: 1h
        """,
    )

    watchlist = load_watchlist(path, {})

    assert [p.id for p in watchlist.people] == ["kozlov-vladimir", "dzhakishev-mukhtar"]
    assert watchlist.people[0].aliases == ("Владимир Козлов",)
    assert watchlist.people[0].status == Status.IMPRISONED
    assert [(f.url, f.interval_seconds) for f in watchlist.feeds] == [
        ("https://www.rferl.org/api/zrqiteuuir", 3600)
    ]


def test_a_duplicate_id_is_reported_with_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        people:
          - id: dzhakishev-mukhtar
            name: Mukhtar Dzhakishev
          - id: kozlov-vladimir
            name: Vladimir Kozlov
          - id: bilash-serikzhan
            name: Serikzhan Bilash
          - id: kozlov-vladimir
            name: Vladimir Kozlov
        """,
    )

    assert refusal(path) == ["people[3].id (line 8): duplicate 'kozlov-vladimir'"]


def test_every_problem_in_the_file_is_listed_with_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        people:
          - id: Kozlov Vladimir
            name: Vladimir Kozlov
          - id: dzhakishev-mukhtar
            nmae: Mukhtar Dzhakishev
            status: behind bars
        feeds:
          - url: https://eurasianet.org/rss
            interval: often
        alerts:
          - name: hook
            webhook: {url: "${HOOK_URL}", secret: "${HOOK_SECRET}"}
        """,
    )

    problems = refusal(path, {"HOOK_URL": "https://hooks.example.org"})

    assert [p.split(":")[0] for p in problems] == [
        "people[0].id (line 2)",
        "people[1].nmae (line 5)",
        "people[1].name (line 4)",
        "people[1].status (line 6)",
        "feeds[0].interval (line 9)",
        "alerts[0].webhook.secret (line 12)",
    ]
    assert "environment variable HOOK_SECRET is not set (route 'hook'" in problems[-1]


def test_a_key_given_twice_is_an_error_not_a_silent_overwrite(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        people:
          - id: kozlov-vladimir
            name: Vladimir Kozlov
            name: Vladimir A. Kozlov
        """,
    )

    assert refusal(path) == ["people[0].name (line 4): key given twice"]


def test_invalid_yaml_is_refused_with_the_line_of_the_error(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        people:
          - id: kozlov-vladimir
            name: "Vladimir Kozlov
        feeds: []
        """,
    )

    (problem,) = refusal(path)

    assert problem.startswith("file (line ")
    assert "invalid YAML" in problem


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "people: required: a list with at least one person"),
        (b"# nothing yet\n", "people: required: a list with at least one person"),
        (b"- kozlov-vladimir\n", "watchlist (line 1): expected a mapping, got a list"),
        (b"\xff\xfepeople: []\n", "file: cannot be read"),
    ],
    ids=["empty-file", "only-a-comment", "a-list-at-the-top", "not-utf-8"],
)
def test_a_file_without_a_watchlist_in_it_is_refused(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "watchlist.yaml"
    path.write_bytes(content)

    (problem,) = refusal(path)

    assert problem.startswith(expected)


def test_a_missing_file_is_refused_as_configuration(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"

    with pytest.raises(ConfigError) as caught:
        load_watchlist(missing, {})

    assert caught.value.exit_status == 2
    assert str(missing) in str(caught.value)
    assert "file: not found" in str(caught.value)


def test_a_folder_instead_of_a_file_is_refused(tmp_path: Path) -> None:
    assert refusal(tmp_path)[0].startswith("file: cannot be read")


def test_a_recursive_yaml_alias_is_refused_without_crashing(tmp_path: Path) -> None:
    path = write(tmp_path, "people: &loop [*loop]\n")

    assert refusal(path) == ["people[0] (line 1): expected a mapping, got a list"]


def test_nested_yaml_aliases_are_not_walked_exponentially(tmp_path: Path) -> None:
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 8):  # 10^8 leaves if every alias were walked: minutes, not milliseconds
        levels.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    text = "\n".join(["people:", "  - id: kozlov-vladimir", "    name: Vladimir Kozlov"])
    path = write(tmp_path, text + "\nextra:\n" + "\n".join("  " + level for level in levels))
    started = time.perf_counter()

    problems = refusal(path)

    assert time.perf_counter() - started < 2.0
    assert problems == ["file (line 12): YAML aliases expand to more than 100000 nodes"]


def test_an_alias_bomb_behind_a_status_is_refused_before_anything_is_built(
    tmp_path: Path,
) -> None:
    lines = ["bombs:", "  - &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 9):  # a billion laughs: 10^9 strings once expanded
        lines.append(f"  - &l{i} [" + ", ".join([f"*l{i - 1}"] * 10) + "]")
    lines += ["people:", "  - id: kozlov-vladimir", "    name: Vladimir Kozlov", "    status: *l8"]
    path = write(tmp_path, "\n".join(lines) + "\n")

    assert refusal(path) == ["file (line 14): YAML aliases expand to more than 100000 nodes"]


def test_very_deep_nesting_is_refused_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "people:\n  - id: kozlov-vladimir\n    name: " + "[" * 100_000 + "\n")

    assert refusal(path) == ["file (line 3): too deeply nested (more than 100 levels)"]


def test_nesting_made_deep_through_aliases_is_refused_too(tmp_path: Path) -> None:
    lines = ["deep:"]
    for i in range(3):  # each level 60 deep, holding the one before: 180 levels in all
        inner = f"*d{i - 1}" if i else "x"
        lines.append(f"  - &d{i} " + "[" * 60 + inner + "]" * 60)
    path = write(tmp_path, "\n".join(lines) + "\npeople: []\n")

    assert refusal(path) == ["file (line 4): too deeply nested (more than 100 levels)"]


def test_a_watchlist_with_a_few_aliases_still_loads(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        people:
          - id: kozlov-vladimir
            name: Vladimir Kozlov
            tags: &kazakhstan [kazakhstan, journalist]
          - id: bilash-serikzhan
            name: Serikzhan Bilash
            tags: *kazakhstan
        feeds:
          - &hourly {url: "https://www.rferl.org/api/zrqiteuuir", interval: 1h}
          - {<<: *hourly, url: "https://thediplomat.com/feed/"}
        """,
    )

    watchlist = load_watchlist(path, {})

    assert [p.tags for p in watchlist.people] == [("kazakhstan", "journalist")] * 2
    assert [(f.url, f.interval_seconds) for f in watchlist.feeds] == [
        ("https://www.rferl.org/api/zrqiteuuir", 3600),
        ("https://thediplomat.com/feed/", 3600),
    ]


def test_a_feed_path_is_found_beside_the_watchlist_whatever_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "config"
    folder.mkdir()
    write(
        folder,
        """
        people: [{id: kozlov-vladimir, name: Vladimir Kozlov}]
        feeds: [{path: feeds/local.rss}]
        """,
    )
    monkeypatch.chdir(tmp_path)

    (feed,) = load_watchlist(Path("config/watchlist.yaml"), {}).feeds

    assert feed.url == f"file://{folder.resolve()}/feeds/local.rss"


def test_secrets_come_from_the_environment_handed_in(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        people: [{id: kozlov-vladimir, name: Vladimir Kozlov}]
        alerts:
          - name: hook
            webhook: {url: "https://hooks.example.org/case", secret: "${HOOK_SECRET}"}
        """,
    )

    (route,) = load_watchlist(path, {"HOOK_SECRET": "from-the-vault"}).alerts

    assert route.settings["secret"] == "from-the-vault"
    assert "from-the-vault" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["watchlist.yaml", "examples/watchlist.yaml"])
def test_the_shipped_watchlists_are_valid(name: str) -> None:
    path = REPO / name
    if not path.exists():
        pytest.skip(f"{name} is not in this checkout")

    watchlist = load_watchlist(path, {})

    ids = {p.id for p in watchlist.people}
    assert {"kozlov-vladimir", "dzhakishev-mukhtar"} <= ids


PLAIN_DOCUMENTS = {
    "block people": "people:\n  - id: kozlov-vladimir\n    name: Vladimir Kozlov\n",
    "flow lists": "people: [{id: a, name: Ana Lima, aliases: [Анна Лима, 'A. Lima']}]\n",
    "every scalar kind": (
        "a: 12\nb: -3.5\nc: true\nd: no\ne: ~\nf:\ng: 2024-05-06\nh: '12'\ni: \"yes\"\n"
        "j: 0x1F\nk: .inf\nl: Nurlan\nm: 2024-05-06 10:00:00\nn: 1_000\no: ''\n"
    ),
    "keys that are not text": "2: two\ntrue: yes\n~: nothing\n",
    "block text": "note: |\n  two\n  lines\nfolded: >\n  one\n  line\n",
    "empty document": "",
    "only a comment": "# nothing yet\n",
    "a scalar at the top": "just text\n",
    "explicit document": "---\npeople: []\n...\n",
}


@pytest.mark.parametrize("text", PLAIN_DOCUMENTS.values(), ids=PLAIN_DOCUMENTS.keys())
def test_the_fast_reader_gives_the_data_the_careful_reader_gives(text: str) -> None:
    import yaml

    from monitor.adapters.watchlist_file import libyaml_bounds_nesting, read_plain_yaml, read_yaml

    if not libyaml_bounds_nesting():
        pytest.skip("libyaml is missing: every document goes to the careful reader")

    plain = read_plain_yaml(text)

    assert plain is not None
    assert plain[0] == read_yaml("w.yaml", text)[0] == yaml.safe_load(text)


NOT_PLAIN = {
    "an anchor and an alias": "tags: &t [a]\nmore: *t\n",
    "a tag": "name: !!str 12\n",
    "a merge key": "base: {a: 1}\nfeed: {<<: {a: 2}, b: 3}\n",
    "a key given twice": "name: a\nname: b\n",
    "a collection as a key": "? [a, b]\n: c\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "deep nesting": "a: " + "[" * 99 + "]" * 99 + "\n",
    "invalid YAML": 'name: "open\n',
}


@pytest.mark.parametrize("text", NOT_PLAIN.values(), ids=NOT_PLAIN.keys())
def test_the_fast_reader_hands_every_other_document_to_the_careful_one(text: str) -> None:
    from monitor.adapters.watchlist_file import read_plain_yaml

    assert read_plain_yaml(text) is None


def test_a_large_valid_watchlist_is_read_once_and_its_lines_found_only_for_a_problem(
    tmp_path: Path,
) -> None:
    people = [f"  - id: person-{i}\n    name: Name{i} Surname{i}\n" for i in range(2000)]
    path = write(tmp_path, "people:\n" + "".join(people) + "  - id: Bad Slug\n    name: X Y\n")

    problems = refusal(path)

    assert problems == [
        "people[2000].id (line 4002): 'Bad Slug' is not a slug (a-z, 0-9 and dashes)"
    ]


def test_a_valid_file_is_parsed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from monitor.adapters import watchlist_file

    if not watchlist_file.libyaml_bounds_nesting():
        pytest.skip("libyaml is missing: the careful reader reads every file, once")
    careful: list[str] = []
    real = watchlist_file.read_yaml
    monkeypatch.setattr(
        watchlist_file, "read_yaml", lambda path, text: careful.append(path) or real(path, text)
    )
    path = write(tmp_path, "people:\n  - id: kozlov-vladimir\n    name: Vladimir Kozlov\n")

    load_watchlist(path, {})
    assert careful == []  # (a problem would need it, for its line)
    path.write_text("people:\n  - id: Kozlov\n    name: Vladimir Kozlov\n", encoding="utf-8")
    assert refusal(path) == ["people[0].id (line 2): 'Kozlov' is not a slug (a-z, 0-9 and dashes)"]
    assert careful == [str(path)]


def test_a_duplicate_given_through_an_alias_is_reported_at_the_alias_line(
    tmp_path: Path,
) -> None:
    path = write(
        tmp_path,
        """
        people:
          - &kozlov
            id: kozlov-vladimir
            name: Vladimir Kozlov
          - id: bilash-serikzhan
            name: Serikzhan Bilash
          - id: dzhakishev-mukhtar
            name: Mukhtar Dzhakishev
          - *kozlov
        """,
    )

    assert refusal(path) == ["people[3].id (line 9): duplicate 'kozlov-vladimir'"]


def test_a_file_read_before_is_not_parsed_again_and_its_problems_keep_their_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from monitor.adapters import watchlist_file

    if not watchlist_file.libyaml_bounds_nesting():
        pytest.skip("libyaml is missing: only plain documents read by it are kept")
    cache = tmp_path / "cache"
    path = write(tmp_path, "people:\n  - id: kozlov-vladimir\n    name: Vladimir Kozlov\n")
    first = load_watchlist(path, {}, cache=cache)
    assert [p.name for p in cache.iterdir()] == [f"watchlist-{digest(path)[:32]}.data"]

    parsed: list[str] = []
    real = watchlist_file.read_watchlist_yaml
    monkeypatch.setattr(
        watchlist_file,
        "read_watchlist_yaml",
        lambda path, text: parsed.append(text) or real(path, text),
    )
    assert load_watchlist(path, {}, cache=cache) == first
    assert parsed == []

    path.write_text("people:\n  - id: Kozlov\n    name: Vladimir Kozlov\n", encoding="utf-8")
    for _ in range(2):  # parsed, then from the cache: the problem names its line both times
        assert refusal_with(path, cache) == [
            "people[0].id (line 2): 'Kozlov' is not a slug (a-z, 0-9 and dashes)"
        ]
    assert len(parsed) == 1


def test_people_validated_before_are_read_back_as_they_were_not_checked_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from monitor.core import watchlist

    cache = tmp_path / "cache"
    path = write(
        tmp_path,
        """
        people:
          - id: kozlov-vladimir
            name: Vladimir Kozlov
            aliases: [Владимир Козлов]
            status: imprisoned
            tags: [kazakhstan]
            context: [Almaty]
            exclude: [Kozlov the footballer]
            distinctive: true
          - id: bilash-serikzhan
            name: Serikzhan Bilash
        """,
    )
    first = load_watchlist(path, {}, cache=cache)
    checked: list[object] = []
    real = watchlist.check_person
    monkeypatch.setattr(watchlist, "check_person", lambda c: checked.append(c) or real(c))

    again = load_watchlist(path, {}, cache=cache)
    assert again == first
    assert again.people[0].status is Status.IMPRISONED
    assert checked == []

    path.write_text(path.read_text(encoding="utf-8").replace("Bilash", "${SURNAME}"), "utf-8")
    for surname in ("Bilash", "Bilash", "Bilashev"):  # people with a variable: always checked
        people = load_watchlist(path, {"SURNAME": surname}, cache=cache).people
        assert people[1].name == f"Serikzhan {surname}"
    assert len(checked) == 3


def test_people_read_back_are_the_people_the_constructor_makes() -> None:
    from monitor.adapters.watchlist_file import columns_of, people_of

    people = (
        Person("kozlov-vladimir", "Vladimir Kozlov", ("Владимир Козлов",), Status.IMPRISONED),
        Person("bilash-serikzhan", "Serikzhan Bilash", tags=("kz",), distinctive=True),
        Person("chow-agnes", "Agnes Chow", context=("Hong Kong",), exclude=("Chow Yun-fat",)),
    )

    read = people_of(columns_of(people))

    assert read == people
    assert [hash(p) for p in read] == [hash(p) for p in people]
    assert [repr(p) for p in read] == [repr(p) for p in people]
    assert people_of(columns_of(())) == ()


@pytest.mark.parametrize(
    "columns",
    [
        [("kozlov-vladimir",), ("Vladimir Kozlov",)],  # another layout
        [("a", "b"), ("A B", "B C"), ((), ()), (None,), ((), ()), ((), ()), ((), ()), (0, 0)],
        [("a",), ("A B",), ((),), ("no-such-status",), ((),), ((),), ((),), (False,)],
    ],
    ids=["fields-missing", "ragged", "unknown-status"],
)
def test_columns_of_another_layout_make_no_people(columns: list[tuple[object, ...]]) -> None:
    from monitor.adapters.watchlist_file import people_of

    with pytest.raises((ValueError, KeyError)):
        people_of(columns)


def test_people_made_of_the_files_bytes_alone_have_a_digest_people_with_a_variable_none(
    tmp_path: Path,
) -> None:
    cache = tmp_path / "cache"
    path = write(tmp_path, "people:\n  - id: bilash-serikzhan\n    name: Serikzhan Bilash\n")

    validated = load_watchlist(path, {}, cache=cache)  # checked, then kept
    read_back = load_watchlist(path, {}, cache=cache)
    uncached = load_watchlist(path, {})

    assert validated.people_digest is not None
    assert read_back.people_digest == validated.people_digest
    assert uncached.people_digest is None  # (hashed person by person when compiled)
    path.write_text(path.read_text(encoding="utf-8").replace("Bilash", "Bilashev"), "utf-8")
    assert load_watchlist(path, {}, cache=cache).people_digest != validated.people_digest
    path.write_text(path.read_text(encoding="utf-8").replace("Bilashev", "${SURNAME}"), "utf-8")
    for _ in range(2):
        assert load_watchlist(path, {"SURNAME": "B"}, cache=cache).people_digest is None


@pytest.mark.parametrize("changed", ["the reader's code", "the YAML library"])
def test_the_people_digest_changes_with_the_code_that_reads_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, changed: str
) -> None:
    # the reader makes the people too: read by an edited reader, they may differ, and
    # neither they nor their compiled names may be taken from what the old reader made
    import yaml

    from monitor.adapters import watchlist_file

    cache = tmp_path / "cache"
    path = write(tmp_path, "people:\n  - id: bilash-serikzhan\n    name: Serikzhan Bilash\n")
    before = load_watchlist(path, {}, cache=cache).people_digest
    if changed == "the YAML library":
        monkeypatch.setattr(yaml, "__version__", "0.0-other")
    else:
        edited = tmp_path / "watchlist_file.py"
        edited.write_bytes(Path(watchlist_file.__file__).read_bytes() + b"# an edit\n")
        monkeypatch.setattr(watchlist_file, "__file__", str(edited))
    watchlist_file.validation_code.cache_clear()
    try:
        after = load_watchlist(path, {}, cache=cache).people_digest
    finally:
        watchlist_file.validation_code.cache_clear()

    assert before is not None and after is not None
    assert after != before


def test_a_file_that_is_not_utf8_is_refused_whether_or_not_a_cache_is_kept(
    tmp_path: Path,
) -> None:
    path = tmp_path / "watchlist.yaml"
    path.write_bytes(b"people:\n  - id: a\n    name: \xff\xfe\n")

    for cache in (None, tmp_path / "cache", tmp_path / "cache"):
        with pytest.raises(WatchlistError, match="cannot be read"):
            load_watchlist(path, {}, cache=cache)


def test_a_variable_spelled_with_an_escape_is_a_variable_too(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    path = write(
        tmp_path,
        """
        people:
          - id: bilash-serikzhan
            name: "Serikzhan \\u0024{SURNAME}"
        """,
    )
    assert "$" not in path.read_text(encoding="utf-8")

    for surname in ("Bilash", "Bilashev"):  # not kept with the name of the first load
        people = load_watchlist(path, {"SURNAME": surname}, cache=cache).people
        assert people[0].name == f"Serikzhan {surname}"


def test_a_corrupt_or_foreign_cache_file_is_ignored_and_rewritten(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    path = write(tmp_path, "people:\n  - id: kozlov-vladimir\n    name: Vladimir Kozlov\n")
    first = load_watchlist(path, {}, cache=cache)
    (stored,) = cache.iterdir()
    whole = stored.read_bytes()
    for broken in (whole[:-3], whole[:-3] + b"\xff\xff\xff", b"", b"junk"):
        stored.write_bytes(broken)
        assert load_watchlist(path, {}, cache=cache) == first
        assert stored.read_bytes() == whole
    cache.chmod(0o500)  # a cache that cannot be written is no error
    try:
        assert load_watchlist(path, {}, cache=cache / "sub") == first
    finally:
        cache.chmod(0o700)


def digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def refusal_with(path: Path, cache: Path) -> list[str]:
    with pytest.raises(WatchlistError) as caught:
        load_watchlist(path, {}, cache=cache)
    return [str(p) for p in caught.value.problems]
