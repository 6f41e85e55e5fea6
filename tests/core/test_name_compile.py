"""Compiling many names at once gives what compiling them one by one gives.

``names.keys_of`` runs the spelling-family rules over many name parts joined by line
breaks, and ``match.compile_names`` keys its people's parts in blocks: each part must get
the very key that ``names.key`` / ``part_key`` / ``stem`` give it alone.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from monitor.core import match
from monitor.core.match import Spellings, _add_spellings, compile_names
from monitor.core.names import fold, key, keys_of, part_key, sound_key, sound_keys_of, stem, words
from monitor.core.types import Person

# Parts that the rules rewrite at a part's start or end, that take several rounds
# (-iyeva), the Arabic article and "abdel", given-name families, scripts without rules.
PARTS = [
    "yerimbetov",
    "navalnyy",
    "navalny",
    "jardemalie",
    "azimjon",
    "jawhar",
    "tawfik",
    "akberdiyeva",
    "qaiyrbek",
    "yulia",
    "ell",
    "el",
    "al",
    "abdelfattah",
    "abd",
    "aleksandr",
    "siarhei",
    "mammadov",
    "poczobut",
    "budzilovich",
    "aw",
    "y",
    "yy",
    "iy",
    "",
    "周庭",
    "müller",
    "ağa",
    "x",
    "ovov",
    "ayy",
    "w",
    "aa",
    "shch",
    "iyeva",
    "ie",
    "jon",
    "ou",
]


def test_keys_of_many_parts_are_their_keys_one_by_one() -> None:
    assert keys_of(PARTS) == {part: key(part) for part in PARTS}


@given(st.lists(st.text(alphabet="abdeghijklnoqstuvwxyz-' ", max_size=12), max_size=30))
@example(["aw", "y", "ie"])
@settings(max_examples=200)
def test_keys_of_any_latin_parts(parts: list[str]) -> None:
    folded = [fold(part) for part in parts]
    assert keys_of(folded) == {part: key(part) for part in folded}


@given(st.lists(st.text(max_size=10), max_size=10))
@settings(max_examples=200)
def test_keys_of_any_text(parts: list[str]) -> None:
    assert keys_of(parts) == {part: key(part) for part in parts}


NAME_PARTS = [
    "Yerimbetov",
    "Abd El-Fattah",
    "Kara-Murza",
    "al-Ghamdi",
    "Ghamdi",
    "Akberdiyeva",
    "Çelik",
    "Celik",
    "Ayşe",
    "Еримбетов",
    "Навальный",
    "Navalnyy",
    "Abdel Fattah",
    "van der Berg",
    "O'Brien",
    "Dzhakishev",
    "Baltabayev",
    "周庭",
    "Sasha",
    "Nguyen Van",
]


@given(st.lists(st.sampled_from(NAME_PARTS) | st.text(max_size=12), max_size=12))
@settings(max_examples=200)
def test_a_name_parts_spellings_are_as_worked_out_alone(texts: list[str]) -> None:
    known: dict[str, Spellings] = {}
    _add_spellings(known, texts)
    for text in texts:
        folded = "".join(w.folded for w in words(text, every=True))
        bare_key, suffixed = stem(folded)
        assert known[text] == (folded, part_key(text), bare_key, suffixed)


@given(st.lists(st.sampled_from(PARTS) | st.text(alphabet="aeiouykhoszcgqxwfdbptlmn", max_size=9)))
@example(
    ["", "ko", "nkoo", "aeo", "o", "kko", "sh", "ah", "yerimbetov", "lukashenko", "kalesnikava"]
)
def test_sound_keys_of_many_keys_are_their_sound_keys_one_by_one(keys: list[str]) -> None:
    assert sound_keys_of(keys) == {k: sound_key(k) for k in keys}


def test_compiling_in_blocks_gives_the_index_of_one_block() -> None:
    people = [
        Person("a", "Iskander Yerimbetov", aliases=("Искандер Еримбетов",)),
        Person("b", "Alaa Abd El-Fattah"),
        Person("c", "Aigul Akberdiyeva"),
        Person("d", "Agnes Chow Ting", aliases=("周庭",)),
        Person("e", "Ayşe Çelik"),
        Person("f", "Mukhtar Yerimbetov"),
        Person("g", "Saeed al-Ghamdi"),
    ]
    whole = compile_names(people)
    match.COMPILE_BLOCK, kept = 2, match.COMPILE_BLOCK
    try:
        blocks = compile_names(people)
    finally:
        match.COMPILE_BLOCK = kept
    for table in ("exact", "bare", "spelled", "sound", "first", "first_sound"):
        assert getattr(blocks, table) == getattr(whole, table), table
    assert blocks.initials == whole.initials and blocks.letters == whole.letters
    assert len(blocks.exact[key("yerimbetov")]) == 3 and blocks.unspaced is not None
