"""Compiling many names at once gives what compiling them one by one gives.

``names.keys_of`` runs the spelling-family rules over many name parts joined by line
breaks, and ``match.compile_names`` keys each distinct name part once, in one row for all
people, and fills its tables lazily: each part must get the very key that ``names.key`` /
``part_key`` / ``stem`` give it alone, and each table the very parts, in the very order,
that filling it one part at a time gives.
"""

from __future__ import annotations

import re
from itertools import chain

from hypothesis import example, given, settings
from hypothesis import strategies as st

from monitor.core import match, names
from monitor.core.match import Role, Spellings, _add_spellings, compile_names
from monitor.core.names import (
    PARTICLES,
    RUSSIAN_ENDING,
    UNSPACED,
    familiar,
    fold,
    folds,
    key,
    keys_of,
    listed_familiar,
    made_spellings,
    name_parts,
    own_key,
    part_key,
    sound_key,
    sound_keys_of,
    stem,
    without_abd,
    without_article,
    words,
)
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


@given(st.lists(st.sampled_from(PARTS) | st.text(alphabet="abdeghijklnoqstuvwxyz", max_size=12)))
@example(PARTS)
@settings(max_examples=200)
def test_keys_of_tells_the_keys_that_are_their_own(parts: list[str]) -> None:
    own: set[str] = set()
    found = keys_of(parts, own)
    assert own <= set(found.values())
    for k in own:
        again = "".join(list(k))  # (another string of the same letters, as a joined key is)
        assert key(again) == k
        assert keys_of([again])[again] is own_key(again)  # the very string keying gives


@given(st.lists(st.text(alphabet="aeiouyhkjzsdwx", min_size=1, max_size=10), max_size=40))
@example(["yyaa", "kkhh", "aaya", "ayyaa", "iyya", "shshch", "zzhh", "dzzh", "owwv", "xxs"])
def test_keys_of_parts_that_rounds_double_letters_in_are_their_keys(parts: list[str]) -> None:
    assert keys_of(parts) == {part: key(part) for part in parts}


@given(st.lists(st.sampled_from(PARTS) | st.text(alphabet="aeovkz", max_size=9), min_size=1))
@example(["ova", "kova", "zkova", "zzzkova", "zzzzova", "zzzzeva", "zzzzov", "zzzzev", "ev"])
def test_russian_endings_line_by_line_are_as_alone(parts: list[str]) -> None:
    alone = [RUSSIAN_ENDING.sub("", part) for part in parts]
    assert match._RUSSIAN_ENDING_BY_LINE.sub("", "\n".join(parts)).split("\n") == alone
    assert match._without_russian_endings("\n".join(parts)).split("\n") == alone


@given(st.lists(st.text(alphabet="aeovkz \n", max_size=9)))
@example(["zzzzeva\nzzzzov", "\n", "ova"])
def test_russian_endings_backwards_are_as_line_by_line(parts: list[str]) -> None:
    lines = "\n".join(parts)
    assert match._without_russian_endings(lines) == match._RUSSIAN_ENDING_BY_LINE.sub("", lines)


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
@example(["yerimbetov", "au", "marozau"])  # a key's last letter is not a consonant before the next
def test_sound_keys_of_many_keys_are_their_sound_keys_one_by_one(keys: list[str]) -> None:
    assert sound_keys_of(keys) == {k: sound_key(k) for k in keys}


@given(st.text(alphabet="aabkkz*\n", max_size=30) | st.text(max_size=20))
@example("aabbbkkk\nzz\n\n**a")
@example("Aab\nkk")  # (a capital: read by the pattern)
def test_runs_written_once_letter_by_letter_are_as_the_pattern_writes_them(text: str) -> None:
    assert names._once(text) == re.sub(r"(.)\1+", r"\1", text)


@given(st.lists(st.text(alphabet="aeioukz*", max_size=8), min_size=1))
@example(["", "a", "ka", "kae", "aek", "akaa", "*a*", "kk"])
def test_inner_vowels_starred_are_the_inner_vowel_runs_once_runs_are_once(lines: list[str]) -> None:
    inner = re.compile(r"[aeiou]+(?=.*[^aeiou])")
    alone = [re.sub(r"(.)\1+", r"\1", inner.sub("*", line)) for line in lines]
    assert names._once(names._inner_vowels_starred(lines)).split("\n") == alone


@given(st.lists(st.text(alphabet="yaeioukjdzhxwv\0", max_size=6), min_size=1))
@example(
    [
        "ddzh",
        "dzhj",
        "ddj",
        "dzzh",
        "iyy",
        "yij",
        "ij",
        "y",
        "xx",
        "kkh",
        "iya",
        "yie",
        "\0ya",
        "kyov",
        "oyova",
    ]
)
def test_the_family_rules_by_line_are_the_rules_of_each_line(lines: list[str]) -> None:
    for (pattern, replacement), (by_line, _) in zip(
        names.FAMILY_RULES, names._FAMILY_RULES_BY_LINE, strict=True
    ):
        alone = [pattern.sub(replacement, line) for line in lines]
        assert by_line.sub(replacement, "\n".join(lines)).split("\n") == alone
    for (pattern, replacement), step in zip(
        names.FAMILY_RULES, names._FAMILY_STEPS_BY_LINE, strict=False
    ):
        alone = [pattern.sub(replacement, line) for line in lines]
        assert step("\n".join(lines)).split("\n") == alone


@given(st.lists(st.text(max_size=8) | st.sampled_from(["Dzhakishev", "Еримбетов", "Çelik", "ǅ"])))
@example(["Aset", "Асет", "", "x\ny", "ß"])
def test_folds_of_many_texts_are_their_folds_one_by_one(texts: list[str]) -> None:
    assert folds(texts) == [fold(text) for text in texts]


@given(st.text(alphabet=st.characters(max_codepoint=127)) | st.text())
def test_the_letters_of_the_typo_table_are_each_character_once_in_order(text: str) -> None:
    assert match._letters_of(text) == "".join(sorted(set(text)))


@given(st.text(alphabet="ab -\u2010\u2011'\u2019\n", max_size=20))
def test_what_joined_alike_spellings_keep_is_their_text_but_spaces_and_hyphens(text: str) -> None:
    kept = re.sub("[ \\-\u2010\u2011'\u2019]+", "", text)
    assert text.translate(match._NOT_JOINED_ALIKE) == kept


def reference_index(people: list[Person]) -> dict[str, object]:
    """The tables filled one part at a time, each part spelled alone (``part_key``,
    ``stem``): what ``compile_names`` must give, value for value and in the same order.
    A person listed alike before (every field but the id the same) has no parts."""
    tables: dict[str, dict[str, list[match.Part]]] = {
        name: {} for name in ("exact", "bare", "spelled", "sound")
    }
    given: dict[str, dict[str, dict[int, match.Part]]] = {"first": {}, "first_sound": {}}
    initials: list[set[str]] = []
    unspaced: list[tuple[str, tuple[int, str]]] = []
    seen: set[match.Part] = set()
    listed: set[tuple[object, ...]] = set()
    for n, person in enumerate(people):
        letters: set[str] = set()
        alike = (person.name, person.aliases, person.exclude, person.context, person.distinctive)
        variants = () if alike in listed else (person.name, *person.aliases)
        variants += tuple(chain.from_iterable(map(made_spellings, variants)))
        listed.add(alike)
        # where a spelling has a particle ("Abdel Fattah"), one with the parts of a spelling
        # before ("Abd El-Fattah") has none
        particled = any(fold(w) in PARTICLES for v in variants for w in v.split())
        shapes: set[str] = set()
        for variant in dict.fromkeys(variants):
            parts = [] if UNSPACED.search(variant) else name_parts(variant)
            if not parts:
                unspaced.append((variant, (n, variant)))
                continue
            shape = re.sub(r"[ \-\u2010\u2011'\u2019]", "", "|".join(parts).casefold())
            if particled and shape in shapes:
                continue
            shapes.add(shape)
            last = len(parts) - 1
            roles = (
                [Role.LAST] if not last else [Role.FIRST, *[Role.MIDDLE] * (last - 1), Role.LAST]
            )
            texts = list(enumerate(parts))
            if last and (bare := without_article(parts[-1]) or without_abd(parts[-1])):
                texts.append((last, bare))
            dropped = [(i, t.translate(match.CEDILLA_DROPPED)) for i, t in enumerate(parts)]
            texts += [(i, t) for i, t in dropped if t != parts[i]]
            for i, text in texts:
                folded = "".join(w.folded for w in words(text, every=True))
                if not folded:
                    continue
                k, (bare_key, suffixed) = part_key(text), stem(folded)
                part = match.Part(n, roles[i], variant, folded, k, suffixed)
                if part.role is Role.FIRST:
                    for first in (k, *familiar(k), *listed_familiar(k)):
                        given["first"].setdefault(first, {}).setdefault(n, part)
                    if len(k) >= match.GIVEN_SOUND_MIN_LENGTH:
                        given["first_sound"].setdefault(sound_key(k), {}).setdefault(n, part)
                    letters |= {folded[0], k[:1] or folded[0]}
                    continue
                if part in seen:  # ("Ana Bel Bel Cruz": the middle part once)
                    continue
                seen.add(part)
                places = [("exact", k)]
                if len(k) >= match.SOUND_MIN_LENGTH:
                    places.append(("sound", sound_key(k)))
                if part.role is Role.LAST:
                    places.append(("bare", bare_key))
                if len(folded) >= match.SWAP_MIN_LENGTH:
                    places.append(("spelled", folded))
                if k != folded and len(k) >= match.SWAP_MIN_LENGTH:
                    places.append(("spelled", k))
                for table, place in places:
                    tables[table].setdefault(place, []).append(part)
        initials.append(letters)
    automaton = sorted(match.unspaced_automaton(unspaced).items()) if unspaced else []
    return {**tables, **given, "initials": initials, "unspaced": automaton}


LISTED = [
    Person("a", "Iskander Yerimbetov", aliases=("Искандер Еримбетов", "Iskander Yerimbetov")),
    Person("b", "Alaa Abd El-Fattah", aliases=("Alaa Abdel Fattah",)),
    Person("c", "Aigul Akberdiyeva", distinctive=True),
    Person("d", "Agnes Chow Ting", aliases=("周庭",)),
    Person("e", "Ayşe Çelik", aliases=("Çelik Ğul Ayşe",)),
    Person("f", "Mukhtar Yerimbetov"),
    Person("g", "Saeed al-Ghamdi", aliases=("Saeed El Ghamdi",)),
    Person("h", "Mohamed Mohamed"),
    Person("i", "Ana Bel Bel Cruz"),
    Person("j", "Madonna"),
    Person("k", "Sasha Skochilenko", aliases=("Саша Скочиленко",)),
    Person("l", "ъ Petrov"),
    Person("m", "Dương Văn Thái"),
    Person("n", "van der Berg"),
    Person("o", "Ul Ul-Haq Ul-Haq"),
    Person("p", "Oleg Kozlov", aliases=("Олег Козлов",)),
    Person("q", "Olga Kozlova"),
]


def as_compared(index: match.NameIndex) -> dict[str, object]:
    tables = ("exact", "bare", "spelled", "sound", "first", "first_sound")
    unspaced = sorted(index.unspaced.items()) if index.unspaced is not None else []
    found = {name: dict(getattr(index, name)) for name in tables}
    return {**found, "initials": list(index.initials), "unspaced": unspaced}


def test_the_compiled_tables_are_those_filled_one_part_at_a_time() -> None:
    index = compile_names(LISTED)

    assert as_compared(index) == reference_index(LISTED)
    for name in ("exact", "bare", "spelled", "sound"):  # each list in the order parts come
        assert all(v == reference_index(LISTED)[name][k] for k, v in getattr(index, name).items())
    assert index.standalone == {2, 9, 11, 13}  # distinctive; one part; a first part of no letter
    assert len(index.exact[key("yerimbetov")]) == 3 and index.unspaced is not None


NAME_WORDS = [*NAME_PARTS, "al-Ghamdi", "Abd", "El", "Mohamed", "Ул", "Ана", "Ğul", "x", "周", "¼"]
LETTERS = st.text(st.characters(categories=["L"]) | st.sampled_from("-' "), max_size=6)


@given(
    st.lists(
        st.tuples(
            st.lists(st.sampled_from(NAME_WORDS) | LETTERS, min_size=1, max_size=4),
            st.lists(st.sampled_from(NAME_WORDS), max_size=3),
        ),
        min_size=1,
        max_size=6,
    )
)
@example([(["Yerimbetov"], ["Yerimbetov", "Еримбетов"]), (["Abd", "El"], ["Ана", "Ана", "Abd"])])
@example([(["Ана", "Abd"], ["Ана"]), (["Ghamdi"], [])])  # (no alias is a name, none twice)
@example([(["Ahmed", "Abd El-Fattah"], ["Ahmed Abdel Fattah", "周", "周庭", "AHMED ABDEL-FATTAH"])])
@example([(["SUE", "Yerimbetov"], [])])  # (a listed familiar form: "Sue" keys Susan too)
@settings(max_examples=150, deadline=None)
def test_any_names_compile_to_the_tables_filled_one_part_at_a_time(
    names: list[tuple[list[str], list[str]]],
) -> None:
    people = [
        Person(f"p{n}", " ".join(name), aliases=tuple(aliases))
        for n, (name, aliases) in enumerate(names)
    ]
    assert as_compared(compile_names(people)) == reference_index(people)


def test_a_first_part_without_a_key_takes_its_initial_from_its_text() -> None:
    people = [Person("a", "¼ Petrov"), Person("b", "Ivan Petrov")]  # ("¼" folds to "1": no key)

    index = compile_names(people)

    assert as_compared(index) == reference_index(people)
    assert index.initials[0] and "" not in index.initials[0]


def test_compiling_makes_no_part_until_its_key_is_looked_up() -> None:
    index = compile_names(LISTED)

    assert all(dict.__len__(getattr(index, n)) == 0 for n in ("exact", "bare", "first"))
    kozlov = index.exact.get(key("kozlov"))
    assert kozlov is not None and [p.variant for p in kozlov] == ["Oleg Kozlov", "Олег Козлов"]
    assert "nobody" not in index.exact and index.exact.get("nobody") is None
    assert dict.__len__(index.exact) == 1  # only the key looked up was made
    assert index.exact.get(key("kozlov")) is kozlov  # and kept


def test_people_cut_a_block_at_a_time_compile_as_all_at_once() -> None:
    whole = as_compared(compile_names(LISTED))
    match.COMPILE_BLOCK, kept = 2, match.COMPILE_BLOCK
    try:
        blocks = as_compared(compile_names(LISTED))
    finally:
        match.COMPILE_BLOCK = kept

    assert blocks == whole == reference_index(LISTED)


def test_people_listed_alike_are_compiled_once_as_the_first_of_them() -> None:
    people = [
        Person("a", "Ivan Petrov"),
        Person("b", "Ivan Petrov", exclude=("Petrov the footballer",)),  # told apart
        Person("c", "Ivan Petrov"),
        Person("d", "Oleg Sidorov"),
        Person("e", "Ivan Petrov"),
    ]

    index = compile_names(people)

    assert index.twins == {"a": ("c", "e")}
    assert {part.person for part in index.exact[key("petrov")]} == {0, 1}
