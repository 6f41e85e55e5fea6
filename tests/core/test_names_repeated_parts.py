"""Names with a repeated part (issue 14): Burmese names double a syllable ("Sai Ko Ko Tun",
"Than Than Aye", "Mya Mya"), a Vietnamese given name may repeat the middle name ("Nguyen
Van Van"), and other names repeat a part further apart. A Burmese name has no surname: the
whole name is the unit, and honorifics (U, Daw, Ko, Ma, Maung, Sai, Nang, Saw) stand before
it, in the list or only in the text ("U Win Htein" for Win Htein); some of its parts are
honorifics too ("Ko Ko Gyi", "Maung Saungkha"), or have an honorific's key ("Mya" and "Ma").

What counts: the name as listed, with or without an honorific before it, and without its
first part, as any name read from a middle part on ("Ko Ko Tun" for Sai Ko Ko Tun, as "Suu
Kyi" for Aung San Suu Kyi). A doubled part is one unit, read whole or not at all: "Ko Tun",
"Sai Ko" and "Sai Tun" are not Sai Ko Ko Tun, "Than Aye" and "Than Than" not Than Than Aye,
and "Ko Ko Gyi" is another man. Made-up people, own sentences.

Before the change: 14/31 rows as labelled (the doubled middle part not found in any form,
"Ma Mya Mya" read as "Ma Mya", partial readings that split a doubled part found), and the
cache row failing. First run of the change: 30/31 (an honorific "U" before a name read from
its middle part taken for another given name); now 31/31.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.adapters.name_cache import load_scanner
from monitor.core.match import compile_names, find_mentions
from monitor.core.types import Person


def found(listed: list[str], text: str) -> list[tuple[str, str]]:
    people = [Person(f"p{i}", name) for i, name in enumerate(listed)]
    return [(m.person_id, m.text) for m in find_mentions(compile_names(people), text)]


ROWS = [
    # the name as listed
    (
        ["Sai Ko Ko Tun"],
        "Police in the capital arrested Sai Ko Ko Tun on Monday.",
        ["Sai Ko Ko Tun"],
    ),
    (["Sai Ko Ko Tun"], "Sai Ko Ko Tun was arrested at his home on Monday.", ["Sai Ko Ko Tun"]),
    (
        ["Sai Kyaw Kyaw Naing"],
        "The court sentenced Sai Kyaw Kyaw Naing to three years.",
        ["Sai Kyaw Kyaw Naing"],
    ),
    (
        ["Min Htet Htet Zaw Oo"],
        "A reporter, Min Htet Htet Zaw Oo, was freed.",
        ["Min Htet Htet Zaw Oo"],
    ),
    (
        ["Sai Ko Ko Tun"],
        "Sai Ko Ko Tun's lawyer said he was moved to another prison.",
        ["Sai Ko Ko Tun"],
    ),
    (
        ["Sai Ko Ko Tun", "Than Than Aye", "Kyaw Kyaw Zin"],
        "The freed reporters were Sai Ko Ko Tun, Than Than Aye and Kyaw Kyaw Zin.",
        ["Sai Ko Ko Tun", "Than Than Aye", "Kyaw Kyaw Zin"],
    ),
    (["Than Than Aye"], "Than Than Aye was released from prison on Friday.", ["Than Than Aye"]),
    (["Mya Mya"], "Police detained Mya Mya at the market.", ["Mya Mya"]),
    (["Nguyen Van Van"], "Nguyen Van Van was sentenced on Tuesday.", ["Nguyen Van Van"]),
    (
        ["Ahmad Ali Reza Ali Khan"],
        "The court acquitted Ahmad Ali Reza Ali Khan.",
        ["Ahmad Ali Reza Ali Khan"],
    ),
    # an honorific before the name, in the text or in the list; the first part dropped
    (["Win Htein"], "U Win Htein was detained overnight.", ["Win Htein"]),
    (["Ko Ko Tun"], "Sai Ko Ko Tun was detained overnight.", ["Ko Ko Tun"]),
    (["Sai Ko Ko Tun"], "Police detained Ko Ko Tun overnight.", ["Ko Ko Tun"]),
    (["Sai Ko Ko Tun"], "Police detained U Ko Ko Tun overnight.", ["Ko Ko Tun"]),
    (["Daw Aung San Suu Kyi"], "Aung San Suu Kyi was moved to house arrest.", ["Aung San Suu Kyi"]),
    (["Than Than Aye"], "Police detained Daw Than Than Aye.", ["Than Than Aye"]),
    # a part that is an honorific, or has an honorific's key
    (["Ko Ko Gyi"], "Ko Ko Gyi was released on Friday.", ["Ko Ko Gyi"]),
    (["Maung Saungkha"], "Police detained Ko Maung Saungkha.", ["Maung Saungkha"]),
    (["Mya Mya"], "Police detained Ma Mya Mya at the market.", ["Mya Mya"]),
    (
        ["Sai Ko Ko Tun"],
        "Soldiers took Sai Ko Ko Tun, who edits a weekly, into custody.",
        ["Sai Ko Ko Tun"],
    ),
    # namesakes and partial readings: someone else
    (["Sai Ko Ko Tun"], "Police detained Ko Ko Gyi overnight.", []),
    (["Ko Ko Tun", "Ko Ko Gyi"], "Ko Ko Gyi was released on Friday.", [("p1", "Ko Ko Gyi")]),
    (["Sai Ko Ko Tun"], "Police detained Ko Tun overnight.", []),
    (["Sai Ko Ko Tun"], "Police detained Sai Ko overnight.", []),
    (["Sai Ko Ko Tun"], "Police detained Sai Tun overnight.", []),
    (["Than Than Aye"], "Police detained Than Aye overnight.", []),
    (["Than Than Aye"], "Police detained Than Than overnight.", []),
    (["Than Than Aye"], "Police detained Than Than Win overnight.", []),
    (["Sai Ko Ko Tun"], "Police detained Sai Ko Ko Gyi overnight.", []),
    (["Ko Ko Tun"], "Police detained Ko Ko overnight.", []),
    (["Mya Mya"], "Police detained Ma Mya overnight.", []),
]


def _expected(row: tuple[list[str], str, list[object]]) -> list[tuple[str, str]]:
    listed, _, names = row
    return [
        n if isinstance(n, tuple) else (f"p{next(i for i, x in enumerate(listed) if n in x)}", n)
        for n in names
    ]


@pytest.mark.parametrize(
    ("listed", "text", "expected"),
    [(listed, text, _expected((listed, text, names))) for listed, text, names in ROWS],
    ids=[f"{n + 1}" for n in range(len(ROWS))],
)
def test_a_name_with_a_repeated_part_is_found_whole_and_only_whole(
    listed: list[str], text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(listed, text) == expected


def test_the_cached_names_find_a_repeated_part_as_fresh_ones_do(tmp_path: Path) -> None:
    people = [Person("tun", "Sai Ko Ko Tun"), Person("aye", "Than Than Aye")]
    text = "Sai Ko Ko Tun and Than Than Aye were freed; Ko Tun and Than Aye were not."
    fresh = find_mentions(load_scanner(people, None).names, text)
    written = find_mentions(load_scanner(people, tmp_path).names, text)
    cached = find_mentions(load_scanner(people, tmp_path).names, text)
    assert [(m.person_id, m.text) for m in fresh] == [
        ("tun", "Sai Ko Ko Tun"),
        ("aye", "Than Than Aye"),
    ]
    assert fresh == written == cached


@pytest.mark.xfail(
    strict=True,
    reason="names: a Spanish double surname of one name twice ('Maria Lopez Lopez') shortened "
    "to its first ('Maria Lopez') is read as splitting a doubled part, as Burmese 'Khin Mya' "
    "for Khin Mya Mya would be: nothing in the name tells the two apart",
)
def test_a_double_surname_of_one_name_twice_is_shortened_as_news_writes_it() -> None:
    assert found(["Maria Lopez Lopez"], "Police detained Maria Lopez overnight.") == [
        ("p0", "Maria Lopez")
    ]
