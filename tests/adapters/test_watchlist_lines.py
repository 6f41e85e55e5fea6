"""The line reader of watchlist files: the block layout read a line at a time, the same
data YAML gives, and every other document handed on to the YAML readers."""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.adapters import watchlist_file
from monitor.adapters.watchlist_file import FLAT_BLOCK, FLAT_RUN_MIN, load_watchlist, read_line_yaml
from monitor.errors import WatchlistError

WATCHLIST = {
    "people": [
        {"id": "kozlov-vladimir", "name": "Vladimir Kozlov", "aliases": ["Владимир Козлов"]},
        {"id": "o-brien-ann", "name": "Ann O'Brien", "status": "detained", "tags": ["uk", "2024"]},
        {"id": "chow-agnes", "name": "Agnes Chow", "aliases": ["周庭"], "distinctive": True},
    ],
    "feeds": [{"url": "https://example.org/rss?q=a&b=c", "interval": "15m"}],
}

READ = {
    "the block layout people write": (
        "people:\n"
        "  - id: kozlov-vladimir\n"
        "    name: Vladimir Kozlov\n"
        "    aliases: [Владимир Козлов, V. Kozlov]\n"
        "    distinctive: true\n"
        "\n"
        "  # a comment on its own line\n"
        "  - id: chow-agnes\n"
        "    name: Agnes Chow\n"
        "    tags:\n"
        "      - hong-kong\n"
        "      - 2020\n"
        "feeds:\n"
        "  - url: https://example.org/rss\n"
        "    interval: 15m\n"
    ),
    "what yaml.safe_dump writes": yaml.safe_dump(WATCHLIST, allow_unicode=True),
    "what yaml.safe_dump writes, lists indented": yaml.safe_dump(
        WATCHLIST, allow_unicode=True, sort_keys=False, indent=4
    ),
    "every scalar kind": (
        "a: 12\nb: -3.5\nc: true\nd: no\ne: ~\nf:\ng: 2024-05-06\nh: '12'\ni: \"yes\"\n"
        "j: 0x1F\nk: .inf\nl: Nurlan\nm: 2024-05-06 10:00:00\nn: 1_000\no: ''\np: On\n"
        "q: Nov\nr: http://a.b/c:d\ns: O'Brien\nt: 'a \"b\" c'\nu: []\nv: [1, no, x y]\n"
    ),
    "keys that are not text": "2: two\ntrue: yes\nnull: 1\n1.5: x\n",
    "empty values and items": "a:\nb:\n  -\n  - c:\n    d:\n  -\ne: 1\n",
    "nested lists": "a:\n  -\n    - 1\n    - 2\n",
    "spaces after the dash and the colon": "a:\n  -   b:    1\n      c: 2\n",
    "a list at its key's indent inside a list": "- a:\n  - 1\n  b: 2\n",
    "a scalar at the top": "just text\n",
    "empty document": "",
    "only comments": "# nothing\n  # yet\n",
    "a key's value on the next line": "name:\n  Vladimir Kozlov\nid: x\n",
}


@pytest.mark.parametrize("run_min", [FLAT_RUN_MIN, 0], ids=["lines", "runs"])
@pytest.mark.parametrize("text", READ.values(), ids=READ.keys())
def test_the_line_reader_reads_the_block_layout_as_yaml_does(text: str, run_min: int) -> None:
    read = read_line_yaml(text, run_min=run_min)

    assert read is not None
    assert repr(read[0]) == repr(yaml.safe_load(text))


HANDED_ON = {
    "a comment after a value": "name: Vladimir Kozlov  # the journalist\n",
    "a hash inside a value": "name: Kozlov#2\n",
    "an anchor and an alias": "tags: &t [a]\nmore: *t\n",
    "a tag": "name: !!str 12\n",
    "block text": "note: |\n  two\n  lines\n",
    "folded text": "note: >\n  one\n  line\n",
    "a flow mapping": "people: [{id: a, name: Ana Lima}]\n",
    "a value continued on the next line": "name: Vladimir\n  Kozlov\n",
    "an item continued on the next line": "- Vladimir\n  Kozlov\n",
    "a tab": "people:\n\t- id: a\n",
    "windows line ends": "name: a\r\nid: b\r\n",
    "document markers": "---\nname: a\n...\n",
    "a key given twice": "name: a\nname: b\n",
    "a value with a colon and a space": "name: Kozlov: the man\n",
    "a quoted value with an escape": 'name: "Koz\\tlov"\n',
    "a quoted value with a doubled quote": "name: 'O''Brien'\n",
    "a quoted list item": "aliases: ['A. Lima', B]\n",
    "a line indented too far": "a: 1\n    b: 2\n",
    "a line indented between levels": "a:\n    b: 1\n  c: 2\n",
    "a merge key": "<<: {a: 1}\n",
    "a value yaml cannot construct": "a: =\n",
    "a quoted key": "'a b': 1\n",
    "a list item right after a key": "a: - b\n",
    "a list in a list on one line": "- - a\n",
    "a line break yaml reads and python does not": "name: a\u2028b\n",
    "an invisible character": "name: a\x07b\n",
    "deep nesting": "".join(f"{' ' * i}a:\n" for i in range(60)),
}


@pytest.mark.parametrize("run_min", [FLAT_RUN_MIN, 0], ids=["lines", "runs"])
@pytest.mark.parametrize("text", HANDED_ON.values(), ids=HANDED_ON.keys())
def test_the_line_reader_hands_every_other_document_on(text: str, run_min: int) -> None:
    assert read_line_yaml(text, run_min=run_min) is None


# People a line each field, as large watchlists are written: read in runs of flat items
# (``FLAT_RUN_MIN``), among lines that are not (a person with a nested list, a comment, a
# value ending in spaces, one YAML reads as other than text, a last line with no break).
PERSON_LINES = [
    "  - id: p{i}\n    name: Nurlan Ab{i}ov\n    aliases: [Нурлан Аб{i}ов, N. Ab{i}ov]\n",
    "  - id: p{i}\n    name: Tao Li\n    distinctive: true\n    status: detained\n",
    "  - id: p{i}\n    name: O'Brien {i}\n    tags: [yes, 12, x y, 2024-05-06]\n",
    "  - id: p{i}\n    name: 'Ann: {i}'\n    context: []\n    exclude: [a,b]\n",
    "  - id: p{i}\n    name: Ana Lima\n    aliases:\n      - A. Lima\n",
    "  - id: p{i}\n    name: Bo Li\n    tags:\n    - b\n",
    "  - id: p{i}\n    name: Bo  Li   \n",
    "  # a comment\n  - id: p{i}\n    null: ~\n    1: on\n",
    "  - id: p{i}\n    name: Ann:\n",
    "  - id: p{i}\n    name: [a, -b]\n",
    "  - id: p{i}\n    name: a\n    name: b\n",
]


@pytest.mark.parametrize("block", [FLAT_BLOCK, 64], ids=["in long blocks", "in short blocks"])
@pytest.mark.parametrize("run_min", [FLAT_RUN_MIN, 0], ids=["long runs", "every run"])
@settings(max_examples=60, deadline=None)
@given(kinds=st.lists(st.sampled_from(range(len(PERSON_LINES))), min_size=1, max_size=400))
def test_runs_of_flat_items_read_as_yaml_reads_them(
    kinds: list[int], run_min: int, block: int
) -> None:
    text = "people:\n" + "".join(PERSON_LINES[k].format(i=i) for i, k in enumerate(kinds))
    text += "feeds:\n  - url: https://example.org/rss"
    try:
        expected = yaml.safe_load(text)
    except yaml.YAMLError:
        expected = None

    watchlist_file.FLAT_BLOCK = block  # (a run's items read this many characters at a time)
    try:
        read = read_line_yaml(text, run_min=run_min)
    finally:
        watchlist_file.FLAT_BLOCK = FLAT_BLOCK

    if read is not None:
        assert repr(read[0]) == repr(expected)
    plain = {k for k in range(len(PERSON_LINES)) if k not in (6, 7, 8, 9, 10)}
    if set(kinds) <= plain:  # (the layout the line reader reads, whether in runs or not)
        assert read is not None


def test_a_document_handed_on_still_reads_or_fails_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(
        "people:\n  - id: a  # first\n    name: Ana Lima\n  - id: a\n    name: Bo Li\n",
        encoding="utf-8",
    )

    with pytest.raises(WatchlistError) as caught:
        load_watchlist(path, {})

    assert [(p.location, p.line) for p in caught.value.problems] == [("people[1].id", 4)]


def test_a_watchlist_read_by_lines_names_the_line_of_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(
        "people:\n  - id: a\n    name: Ana Lima\n  - id: a\n    name: Bo Li\n", encoding="utf-8"
    )
    assert read_line_yaml(path.read_text(encoding="utf-8")) is not None

    with pytest.raises(WatchlistError) as caught:
        load_watchlist(path, {})

    assert [(p.location, p.line) for p in caught.value.problems] == [("people[1].id", 4)]


# Random documents in and around the layout: whatever the line reader reads is what YAML
# reads, and what YAML refuses the line reader never reads.
SCALARS = st.one_of(
    st.sampled_from(
        [
            "yes",
            "No",
            "on",
            "null",
            "~",
            "12",
            "-3",
            "1.5e3",
            ".nan",
            "0o17",
            "2024-05-06",
            "2024-05-06T10:00:00Z",
            "=",
            "<<",
            "Kozlov",
            "O'Brien",
            "a: b",
            "a:b",
            "a #b",
            "- a",
            "-a",
            "[a]",
            "'q'",
            '"q"',
            "",
            " ",
            "Владимир",
            "周庭",
            "a,b",
            "{}",
            "&a",
            "*a",
            "!t",
            "|",
            ">",
            "%",
            "@",
            "`",
            "?",
            "x\ty",
            "a\u00a0b",
        ]
    ),
    st.text(alphabet="aZ09 -:#'\",[]{}&*!|>%@`?.~+_=<йЖ漢\u00a0\t", max_size=8),
)
KEYS = st.sampled_from(["id", "name", "aliases", "yes", "1", "a.b", "x-y", "null", "~", "a b"])


def document(value: Any, indent: int, dash: str, colon: str, same: bool) -> list[str]:
    """Lines of ``value`` in block layout (with random spacing; not always valid YAML)."""
    pad = " " * indent
    if isinstance(value, dict):
        lines = []
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                lines.append(f"{pad}{key}:")
                lines += document(
                    item,
                    indent if same and isinstance(item, list) else indent + 2,
                    dash,
                    colon,
                    same,
                )
            else:
                lines.append(f"{pad}{key}:{colon}{flat(item)}")
        return lines
    if isinstance(value, list):
        lines = []
        for item in value:
            if isinstance(item, (dict, list)) and item:
                inner = document(item, indent + 1 + len(dash), dash, colon, same)
                lines.append(f"{pad}-{dash}{inner[0].lstrip(' ')}")
                lines += inner[1:]
            else:
                lines.append(f"{pad}-{dash}{flat(item)}")
        return lines
    return [f"{pad}{flat(value)}"]


def flat(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(map(str, value)) + "]"
    return "" if value is None else str(value)


VALUES = st.recursive(
    st.one_of(SCALARS, st.none(), st.lists(SCALARS, max_size=3)),
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=3),
        st.dictionaries(KEYS, inner, min_size=1, max_size=3),
    ),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None)
@given(
    VALUES,
    st.sampled_from([" ", "  ", "   "]),
    st.sampled_from([" ", "  ", ""]),
    st.booleans(),
    st.sampled_from(["", "# comment", "  ", "---"]),
)
def test_what_the_line_reader_reads_is_what_yaml_reads(
    value: Any, dash: str, colon: str, same: bool, extra: str
) -> None:
    lines = document(value, 0, dash, colon, same)
    text = "\n".join([*lines[:1], extra, *lines[1:]]) + "\n"
    try:
        expected = yaml.safe_load(text)
    except yaml.YAMLError:
        expected = refused = object()
    else:
        refused = None

    read = read_line_yaml(text)

    if read is not None:
        assert refused is None, text
        assert repr(read[0]) == repr(expected), text  # (repr: NaN is NaN, True is not 1)
    in_runs = read_line_yaml(text, run_min=0)  # (every run of flat items read in one go)
    assert repr(in_runs) == repr(read), text


def test_dates_read_as_yaml_reads_them() -> None:
    read = read_line_yaml("since: 2024-05-06\n")

    assert read == ({"since": date(2024, 5, 6)},)


def test_reading_runs_keeps_nothing_once_done() -> None:
    # (a YAML constructor keeps each node it built: a reader kept between readings would
    # hold every number, boolean and date of every watchlist read, reloaded by the daemon)
    text = "people:\n" + "".join(
        f"  - id: p{i}\n    name: Tao Li\n    distinctive: true\n    since: 2024-05-0{i % 9 + 1}\n"
        for i in range(200)
    )
    assert read_line_yaml(text, run_min=0) is not None  # (read in runs)
    gc.collect()
    before = sum(isinstance(o, yaml.Node) for o in gc.get_objects())

    read = read_line_yaml(text, run_min=0)
    del read
    gc.collect()

    assert sum(isinstance(o, yaml.Node) for o in gc.get_objects()) == before


# Runs of people with any value in any field, spaced and commented between items, read in
# blocks of any size: whatever the reader reads is what both YAML loaders (the pure-Python
# one and libyaml's) read.
RUN_VALUES = st.one_of(
    SCALARS,
    st.sampled_from(
        [
            "off",
            "1e3",
            "0x10",
            "12:30",
            "190:20:30",
            "1_000",
            "+12",
            "'a''b'",
            '"a\\"b"',
            '"a\\u0436"',
            '"a # b"',
            "'#'",
            "a,b: c",
            "a - b",
            "-",
            "--- a",
            "[a, 'b, c']",
            '["a", b]',
            "[a, b,]",
            "[ a ,b ]",
            "[a, [b]]",
            "[O'Brien, x\"y]",
            "[yes, ~, 1e3]",
            "محمد علي",
            "Нурлан: Абенов",
            "a\u3000",
            "a\\b",
            "http://example.org/a:b",
        ]
    ),
    st.text(alphabet="aЖ漢ع '\",:-#[]", min_size=1, max_size=6),
)
PLAIN_VALUES = st.sampled_from(  # (most values: enough of them for runs to form)
    ["Tao Li", "Нурлан Абенов", "周庭", "محمد علي", "O'Brien", "[a, b c]", "[]", "a:b", "x-y"]
)
FIELD_VALUES = st.one_of(PLAIN_VALUES, PLAIN_VALUES, PLAIN_VALUES, RUN_VALUES)
RUN_KEYS = st.sampled_from(
    ["id", "name", "aliases", "status", "1", "01", "on", "null", "a.b", "1.0"]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(st.tuples(RUN_KEYS, FIELD_VALUES), min_size=1, max_size=4), max_size=25),
    st.sampled_from(["", "  "]),
    st.sampled_from([" ", "  "]),
    st.sampled_from(["", "\n", "# comment\n", "  # comment\n"]),
    st.sampled_from([1, 16, 64, FLAT_BLOCK]),
    st.sampled_from(["\n", "\n", "\n", "\r\n", " \n", "\t\n"]),
    st.sampled_from(["", "", "\ufeff", "# first\n", "---\n", "%YAML 1.1\n---\n"]),
)
def test_runs_of_any_values_read_as_both_yaml_loaders_read_them(
    items: list[list[tuple[str, str]]],
    pad: str,
    colon: str,
    between: str,
    block: int,
    end: str,
    start: str,
) -> None:
    text = f"{start}people:\n" + between.join(
        "".join(
            f"{pad}{'- ' if i == 0 else '  '}{key}:{colon}{value}{end if i % 2 else chr(10)}"
            for i, (key, value) in enumerate(item)
        )
        for item in items
    )
    expected = []
    for loader in (yaml.SafeLoader, yaml.CSafeLoader):
        try:
            expected.append(repr(yaml.load(text, Loader=loader)))
        except yaml.YAMLError:
            expected.append(None)

    watchlist_file.FLAT_BLOCK = block
    try:
        read = read_line_yaml(text, run_min=0)
    finally:
        watchlist_file.FLAT_BLOCK = FLAT_BLOCK

    if read is not None:
        assert [repr(read[0])] * 2 == expected, text
