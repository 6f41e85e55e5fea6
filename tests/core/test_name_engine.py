"""The name engine: spelling families, forms of a name, surname-only and namesake rules."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from monitor.core.match import compile_names, find_mentions, one_edit
from monitor.core.names import fold, key, words
from monitor.core.types import Person
from tests.core.reading import mentions_by_person

PEOPLE = [
    Person("yerimbetov", "Iskander Yerimbetov"),
    Person("jakishev", "Mukhtar Jakishev"),
    Person("navalny", "Aleksei Navalnyy"),
    Person("abishev", "Aset Abishev"),
    Person("fattah", "Alaa Abd El-Fattah"),
    Person("jardemalie", "Botagoz Jardemalie"),
    Person("kara-murza", "Vladimir Kara-Murza"),
    Person("law", "Nathan Law"),
    Person("chow", "Agnes Chow Ting", aliases=("周庭",)),
    Person("kozlov", "Vladimir Kozlov", exclude=("Kozlov the footballer",)),
    Person("bilash", "Serikzhan Bilash", distinctive=True, context=("Atajurt",)),
    Person("akberdiyeva", "Aigul Akberdiyeva"),
    Person("tikhanovsky", "Sergei Tikhanovsky"),
]
INDEX = compile_names(PEOPLE)


def found(text: str) -> dict[str, list[str]]:
    """person id → the mention texts (tests/core/reading.py checks each)."""
    return mentions_by_person(INDEX, text)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Yerimbetov", "Erimbetov"),
        ("Yerimbetov", "Еримбетов"),
        ("Dzhakishev", "Jakishev"),
        ("Dzhakishev", "Джакишев"),
        ("Zhylanbayev", "Zhylanbaev"),
        ("Mukhtar", "Muhtar"),
        ("Qaiyrbek", "Kairbek"),
        ("Navalny", "Navalnyy"),
        ("Navalny", "Навальный"),
        ("Bokayev", "Bokaev"),
        ("Akberdiyeva", "Akberdieva"),
        ("Bialiatski", "Byalyatski"),
        ("Aleś Puškin", "Ales Pushkin"),
        ("Şahin", "Shahin"),
        ("Məmmədov", "Mammadov"),
        ("Aleksandr", "Alexander"),
        ("Yevgeny", "Evgeny"),
        ("Mikalai", "Nikolai"),
        ("Azimjon", "Azimzhan"),
        ("Alexej", "Aleksei"),  # German given names
        ("Jewgeni", "Yevgeny"),
        ("Sergej", "Sergei"),
        ("Ihar", "Igor"),  # Belarusian h, Russian g
    ],
)
def test_spellings_of_one_name_share_a_key(one: str, other: str) -> None:
    assert [key(w.folded) for w in words(one)] == [key(w.folded) for w in words(other)]


@pytest.mark.parametrize(
    ("one", "other"),
    [("Navalny", "Navalnaya"), ("Kozlov", "Kozlova"), ("Tsikhanouski", "Tsikhanouskaya")],
)
def test_a_wife_or_sister_is_not_her_husband_or_brother(one: str, other: str) -> None:
    assert key(fold(one)) != key(fold(other))


def test_variants_are_found_without_aliases() -> None:
    text = "Iskander Erimbetov's lawyer met Mukhtar Dzhakishev and Alexey Navalny on Friday."
    assert set(found(text)) == {"yerimbetov", "jakishev", "navalny"}


def test_cyrillic_text_finds_a_latin_watchlist_name() -> None:
    assert found("Суд освободил Мухтара Джакишева. Мухтар Джакишев на свободе.")["jakishev"] == [
        "Мухтара Джакишева",
        "Мухтар Джакишев",
    ]


def test_a_one_letter_typo_is_found_at_lower_confidence() -> None:
    exact = find_mentions(INDEX, "Botagoz Jardemalie spoke.")[0]
    typo = find_mentions(INDEX, "Botagoz Jardemaile spoke.")[0]
    assert typo.person_id == "jardemalie" and typo.confidence < exact.confidence
    assert "one letter off" in typo.rule


@pytest.mark.parametrize(
    "text",
    [
        "Jakishev Mukhtar was moved.",
        "M. Dzhakishev was moved.",
        "Mukhtar Kabylovich Dzhakishev was moved.",
        "Mukhtar Dzhakishev’s appeal failed.",
        "Mukhtar\nDzhakishev was moved.",
        "Mukhtar Dzhaki-\nshev was moved.",
    ],
)
def test_forms_of_a_name(text: str) -> None:
    assert "jakishev" in found(text)


def test_a_feminine_patronymic_sits_between_the_given_name_and_the_surname() -> None:
    text = "Aigul Kabylovna Akberdiyeva was moved."  # -ovna, though its key ends in -una
    assert found(text)["akberdiyeva"] == ["Aigul Kabylovna Akberdiyeva"]


def test_a_hyphenated_surname_and_an_arabic_name_with_particles() -> None:
    assert found("Vladimir Kara-Murza was moved.")["kara-murza"] == ["Vladimir Kara-Murza"]
    assert "fattah" in found("The lawyer for Alaa Abdel\nFattah spoke.")


def test_a_surname_alone_counts_only_with_the_full_name_in_the_article() -> None:
    assert "abishev" not in found("Abishev said nothing.")
    assert found("Abishev was freed.\n\nAset Abishev left the colony.")["abishev"] == [
        "Abishev",
        "Aset Abishev",
    ]


def test_a_distinctive_surname_counts_alone_and_context_raises_confidence() -> None:
    plain = find_mentions(INDEX, "Bilash was questioned.")[0]
    with_context = find_mentions(INDEX, "Bilash of Atajurt was questioned.")[0]
    assert plain.rule == "distinctive surname"
    assert with_context.confidence > plain.confidence


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Alexei Navalny died. Oleg Navalny, his brother, spoke.", None),
        ("Kenzhebek Abishev won the election.", "abishev"),
        ("President Abdel Fattah al-Sisi signed the decree.", "fattah"),
        ("Yulia Navalnaya spoke in Munich.", "navalny"),
        ("K. Abishev won the election.", "abishev"),
        ("Sviatlana Tsikhanouskaya spoke in Vilnius.", "tikhanovsky"),
    ],
)
def test_namesakes_are_not_mentions(text: str, person: str | None) -> None:
    result = found(text)
    if person is None:
        assert result["navalny"] == ["Alexei Navalny"]  # and not "Navalny" of Oleg Navalny
    else:
        assert person not in result


def test_a_title_in_title_case_still_counts() -> None:
    text = "Court Frees Navalny After Appeal\n\nAlexei Navalny left the courtroom."
    assert found(text)["navalny"] == ["Navalny", "Alexei Navalny"]


def test_an_exclude_phrase_vetoes_a_mention_in_its_sentence() -> None:
    result = found("Vladimir Kozlov scored. Kozlov the footballer, Vladimir Kozlov, scored.")
    assert result["kozlov"] == ["Vladimir Kozlov"]


def test_a_lowercase_word_is_not_a_surname() -> None:
    assert found("Nathan Law spoke about the law.")["law"] == ["Nathan Law"]


def test_a_middle_part_that_ended_a_full_name_stands_alone_later() -> None:
    assert found("Agnes Chow arrived. Chow said she would stay.")["chow"] == [
        "Agnes Chow",
        "Chow",
    ]


def test_an_alias_in_a_script_without_spaces() -> None:
    assert found("香港民主派人士周庭宣布")["chow"] == ["周庭"]


def test_a_surname_without_its_russian_ending() -> None:
    assert found("Aigul Akberdi was acquitted.")["akberdiyeva"] == ["Aigul Akberdi"]


def test_the_cost_of_a_typo() -> None:
    assert one_edit("jardemalie", "jardemaile") == "swap"
    assert one_edit("dzhakishev", "dzahakishev") == "add"
    assert one_edit("navalny", "navalny") is None


@settings(max_examples=300)
@given(st.text())
def test_folding_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(categories=("L",)), min_size=1, max_size=20))
@example("Ell")  # collapses to a particle only after its doubled letter goes
def test_keys_are_stable(word: str) -> None:
    folded = fold(word)
    assert key(key(folded)) == key(folded)


GLUED_BEFORE = re.compile(r"[^\W\d_][ \t\u00a0]*$")  # a letter right before the name
GLUED_AFTER = re.compile(r"[ \t\u00a0]*[^\W\d_]")


@settings(max_examples=300)
@given(st.text(), st.integers(min_value=0, max_value=40))
def test_any_text_with_a_name_inserted(text: str, at: int) -> None:
    at = min(at, len(text))
    # (not glued by spaces to another word, which may make a longer name, someone else's:
    # "Ab Iskander Yerimbetov")
    assume(GLUED_BEFORE.search(text[:at]) is None and GLUED_AFTER.match(text[at:]) is None)
    text = f"{text[:at]} Iskander Yerimbetov {text[at:]}"
    mentions = find_mentions(INDEX, text)  # never raises
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert any(m.person_id == "yerimbetov" for m in mentions)


# a name of short and long words, as the joined spellings (``names.joined_spellings``) and the
# typo readings both work on; and a text that writes one of its words a letter off
NAME_WORDS = st.lists(
    st.text(alphabet="abdeiklmnorstuyz", min_size=2, max_size=7).map(str.capitalize),
    min_size=2,
    max_size=4,
)


@settings(max_examples=300)
@given(NAME_WORDS, st.integers(min_value=0, max_value=3), st.integers(min_value=0, max_value=6))
@example(["Ana", "Tabaies", "Saulez"], 2, 5)  # "Saule": once raised ValueError (42f6883)
def test_a_word_a_letter_off_a_part_of_a_listed_name(
    parts: list[str], which: int, cut: int
) -> None:
    word = parts[min(which, len(parts) - 1)]
    off = word[:cut] + word[cut + 1 :] if len(word) > 2 else word + "a"  # a letter dropped
    index = compile_names([Person("listed", " ".join(parts))])
    for text in (f"{off} was released.", f"Police detained {off} Omarova.", f"{word} {off} spoke."):
        mentions = find_mentions(index, text)  # never raises
        assert all(text[m.start : m.end] == m.text for m in mentions)


# --- spellings that only sound alike ------------------------------------------------------


@pytest.mark.parametrize(
    ("listed", "written"),
    [
        ("Maria Kalesnikava", "Maria Kolesnikova"),  # Belarusian and Russian vowels
        ("Tofig Yagublu", "Tofiq Yaqublu"),  # the Azerbaijani q is a g: every part differs
        ("Gubad Ibadoghlu", "Qubad İbadoğlu"),
        ("Roza Tuletayeva", "Rosa Tuletaeva"),
        ("Raif Badawi", "Raef Badawi"),
        ("Aigul Utepova", "Aigül Ötepova"),
    ],
)
def test_a_spelling_that_sounds_the_same_is_found_at_lower_confidence(
    listed: str, written: str
) -> None:
    index = compile_names([Person("p", listed)])
    text = f"On Monday {written} was moved to another prison. Later {written.split()[-1]} wrote."
    mentions = find_mentions(index, text)
    assert [m.text for m in mentions] == [written, written.split()[-1]]
    assert mentions[0].confidence < 1 and "as another language spells it" in mentions[0].rule


@pytest.mark.parametrize(
    ("listed", "written"),
    [
        ("Aleksei Navalnyy", "Yulia Navalnaya"),  # the ending is kept: his wife is not him
        ("Vladimir Kozlov", "Vladimir Kozlova"),
        ("Inna Ivanova", "Anna Ivanova"),  # given names this short must be spelled alike
        ("Elena Kozlova", "Alina Kozlova"),  # sisters: given names differ in more than one
        ("Amir Kasymov", "Omar Kasymov"),
        ("Pham Doan Trang", "Trinh Ba Phuong"),  # surnames this short too
    ],
)
def test_names_that_only_look_alike_do_not_sound_alike(listed: str, written: str) -> None:
    index = compile_names([Person("p", listed)])
    assert find_mentions(index, f"{written} was moved to another prison on Monday.") == []


def test_a_surname_that_only_sounds_alike_stands_alone_as_spelled_in_full_or_near() -> None:
    index = compile_names([Person("kalesnikava", "Maria Kalesnikava")])
    text = "Maria Kolesnikova was moved on Monday. Kolesnikova wrote; Kalesnikowa did not."
    assert [m.text for m in find_mentions(index, text)] == [
        "Maria Kolesnikova",
        "Kolesnikova",
        "Kalesnikowa",  # one vowel from the list's spelling (``name_distance.near``)
    ]
    index = compile_names([Person("sorokin", "Pavel Sorokin")])
    text = "Pavel Sorokin was moved on Monday. Sarokin wrote; Sarakan did not."
    assert [m.text for m in find_mentions(index, text)] == ["Pavel Sorokin", "Sarokin"]


def test_a_middle_part_shared_by_many_listed_people_names_none_of_them_alone() -> None:
    surnames = [f"{a}{b}ov" for a in ("Kar", "Nur", "Tal", "Bek") for b in ("im", "an", "ut")]
    people = [
        Person(f"p{i}", f"{'Omar' if s == 'Nuranov' else 'Ahmed'} Abd El-Fattah {s}")
        for i, s in enumerate(surnames)
    ]
    index = compile_names(people)
    text = "Abd El-Fattah spoke first. Later Omar Abd El-Fattah Nuranov was detained."

    found = find_mentions(index, text)

    assert [(m.person_id, m.text) for m in found] == [
        (f"p{surnames.index('Nuranov')}", "Omar Abd El-Fattah Nuranov")
    ]


def test_a_listed_name_inside_a_longer_listed_name_is_the_longer_ones() -> None:
    people = [
        Person("tehrani", "Ali Reza Tehrani"),
        Person("karimi", "Ali Reza Karimi"),
        Person("ali-reza", "Ali Reza"),
    ]
    index = compile_names(people)

    def named(text: str) -> set[str]:
        return {m.person_id for m in find_mentions(index, text)}

    assert named("Guards detained Ali Reza Tehrani at the airport.") == {"tehrani"}
    assert named("Ali Reza Karimi and Ali Reza Tehrani were both held.") == {"karimi", "tehrani"}
    # with no longer listed name around it, the shorter one is still read
    assert "ali-reza" in named("Guards detained Ali Reza at the airport.")
