"""Cutting an article into sentences: where a sentence ends, and offsets that slice back."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.core.sentences import END, is_hard_wrapped, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Abishev met Dr. Ivanova in court. She left early.",
            ["Mr. Abishev met Dr. Ivanova in court.", "She left early."],
        ),
        (
            "The U.S. embassy protested. The court did not answer.",
            ["The U.S. embassy protested.", "The court did not answer."],
        ),
        (
            "Gen. Petrov and Prof. Sato spoke. Nobody listened.",
            ["Gen. Petrov and Prof. Sato spoke.", "Nobody listened."],
        ),
        (
            "The hearing was moved to Jan. 12 by the judge. It was short.",
            ["The hearing was moved to Jan. 12 by the judge.", "It was short."],
        ),
        (  # a priest's title: one list, one arrest for both
            "Anna Kim and Fr. Tomas Lee were held. Both were freed.",
            ["Anna Kim and Fr. Tomas Lee were held.", "Both were freed."],
        ),
    ],
    ids=["titles", "U.S.", "ranks", "month abbreviation", "clerical title"],
)
def test_an_abbreviation_does_not_end_a_sentence(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_an_initial_does_not_end_a_sentence() -> None:
    assert texts("Yesterday M. Dzhakishev was freed. He went home.") == [
        "Yesterday M. Dzhakishev was freed.",
        "He went home.",
    ]


def test_a_decimal_number_does_not_end_a_sentence() -> None:
    assert texts("He was given 7.5 years. His lawyer will appeal.") == [
        "He was given 7.5 years.",
        "His lawyer will appeal.",
    ]


def test_a_sentence_ends_at_an_exclamation_or_question_mark() -> None:
    assert texts("Free him now! Who will answer? Nobody.") == [
        "Free him now!",
        "Who will answer?",
        "Nobody.",
    ]


def test_a_closing_quote_stays_with_its_sentence() -> None:
    assert texts('"I am innocent." The judge did not reply.') == [
        '"I am innocent."',
        "The judge did not reply.",
    ]


def test_a_sentence_may_start_with_an_opening_quote() -> None:
    assert texts('He was calm. "We will win," he said.') == [
        "He was calm.",
        '"We will win," he said.',
    ]


def test_a_sentence_may_start_with_a_digit() -> None:
    assert texts("Three were held. 17 senators wrote a letter.") == [
        "Three were held.",
        "17 senators wrote a letter.",
    ]


def test_a_sentence_may_start_with_a_bullet() -> None:
    assert texts("• Anna Kim: freed on Monday. • Ivan Orlov: jailed. • more to come.") == [
        "• Anna Kim: freed on Monday.",
        "• Ivan Orlov: jailed. • more to come.",
    ]


def test_a_full_stop_before_a_lower_case_word_does_not_end_a_sentence() -> None:
    assert texts("He works for Acme Inc. and lives in Almaty.") == [
        "He works for Acme Inc. and lives in Almaty."
    ]


def test_a_line_break_ends_a_title_without_punctuation() -> None:
    assert texts("Activist freed on parole\n\nAblovas Dzhumayev was released. He is home.") == [
        "Activist freed on parole",
        "Ablovas Dzhumayev was released.",
        "He is home.",
    ]


def test_a_single_line_break_ends_a_dateline() -> None:
    assert texts("ALMATY, July 30\nThe court ruled today") == [
        "ALMATY, July 30",
        "The court ruled today",
    ]


def test_blank_text_has_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences("  \n\n \t ") == []


def test_surrounding_space_is_not_part_of_a_sentence() -> None:
    text = "   First one.    Second one.   "
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["First one.", "Second one."]
    assert [(s.start, s.end) for s in sentences] == [(3, 13), (17, 28)]


def test_cyrillic_starts_a_new_sentence() -> None:
    assert texts("He was arrested. Суд отложил заседание.") == [
        "He was arrested.",
        "Суд отложил заседание.",
    ]


ALPHABET = st.sampled_from(
    [*list("abcXYZ .!?\n\t\"'“”«»()7,;:"), "Mr.", "U.S.", " M. ", "7.5", "Дж", "周", "é"]
)


@settings(max_examples=300)
@given(st.lists(ALPHABET, max_size=60).map("".join) | st.text(max_size=200))
def test_sentences_slice_back_do_not_overlap_and_are_in_order(text: str) -> None:
    sentences = split_sentences(text)
    previous_end = 0
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert previous_end <= s.start < s.end <= len(text)
        previous_end = s.end


@settings(max_examples=200)
@given(st.lists(ALPHABET, max_size=60).map("".join) | st.text(max_size=200))
def test_no_text_outside_sentences_but_space(text: str) -> None:
    covered = set()
    for s in split_sentences(text):
        covered.update(range(s.start, s.end))
    assert all(ch.isspace() for i, ch in enumerate(text) if i not in covered)


# END as one would first write it: the fast form must find exactly the same ends
PLAIN_END = re.compile(
    r"""[.!?]+["'”’»)\]]*(?=\s+["'“‘«(\[]?[A-Z0-9\u0400-\u04ff])|\n+|(?<=[a-z]{2})\.(?=[A-Z][a-z])"""
)


@settings(max_examples=500)
@given(st.text(alphabet="Abc1Я .!?\n\"'”“«)(", max_size=60))
def test_the_end_pattern_finds_the_ends_the_plain_pattern_finds(text: str) -> None:
    assert [m.span() for m in END.finditer(text)] == [m.span() for m in PLAIN_END.finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers came to her flat at about 5 a.m. Police also took her laptop.",
            ["Officers came to her flat at about 5 a.m.", "Police also took her laptop."],
        ),
        (
            "The hearing ended at 7 p.m. Her lawyer said she would appeal.",
            ["The hearing ended at 7 p.m.", "Her lawyer said she would appeal."],
        ),
        # a day, a month or a time zone after the hour is still the same sentence
        (
            "He was freed at 10 a.m. Tuesday and went home.",
            ["He was freed at 10 a.m. Tuesday and went home."],
        ),
        (
            "The verdict is due at 11 a.m. GMT on Friday.",
            ["The verdict is due at 11 a.m. GMT on Friday."],
        ),
        (
            "The raid began at 6 a.m. Moscow time, his wife said.",
            ["The raid began at 6 a.m. Moscow time, his wife said."],
        ),
    ],
    ids=["a.m.", "p.m.", "a.m. weekday", "a.m. zone", "a.m. city time"],
)
def test_an_hour_ends_a_sentence_before_a_new_one(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_full_stop_glued_to_the_next_sentence_ends_it() -> None:
    assert texts("Police freed Ivan Petrov.The court also fined him.") == [
        "Police freed Ivan Petrov.",
        "The court also fined him.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He met Prof.Smith at the court.",  # an abbreviation
        "She wrote for example.com and left.",  # a lower-case word after the dot
        "They visited the U.S.Embassy on Monday.",  # one lower-case letter before the dot
    ],
    ids=["abbreviation", "domain", "initials"],
)
def test_a_glued_full_stop_after_no_word_does_not_end_a_sentence(text: str) -> None:
    assert texts(text) == [text]


WRAPPED = (
    "HANOI, May 3 Police in the port city have arrested a\n"
    "well-known writer for posts critical of the\n"
    "government, state media said.\n"
    "Ivan Petrov, 52, was taken from his home in\n"
    "the city on Sunday, his wife told reporters.\n"
    "The writer had been warned in\n"
    "March."
)


def test_hard_wrapped_text_keeps_its_sentences_whole() -> None:
    assert [s.replace("\n", " ") for s in texts(WRAPPED)] == [
        "HANOI, May 3 Police in the port city have arrested a well-known writer for posts "
        "critical of the government, state media said.",
        "Ivan Petrov, 52, was taken from his home in the city on Sunday, his wife told reporters.",
        "The writer had been warned in March.",
    ]


def test_a_list_a_name_a_line_is_not_hard_wrapped() -> None:
    text = (
        "Freed on Monday:\nIvan Petrov, journalist\nAnna Sidorova, lawyer\nOleg Popov, poet\n"
        "More later"
    )
    assert texts(text) == [
        "Freed on Monday:",
        "Ivan Petrov, journalist",
        "Anna Sidorova, lawyer",
        "Oleg Popov, poet",
        "More later",
    ]


# ``is_hard_wrapped`` as first written: a line break after a word character (not "_") or a
# comma and before a lower-case letter, against all single line breaks
_WRAP_AS_WRITTEN = re.compile(r"[\w,](?<!_)\n(?=[a-z])")
_SINGLE_BREAK = re.compile(r"(?<!\n)\n(?!\n)")


@settings(max_examples=300)
@given(st.text(alphabet="ab,_ \n\nCx1é.", max_size=60))
def test_hard_wrapping_is_read_as_its_patterns_define_it(text: str) -> None:
    inside = len(_WRAP_AS_WRITTEN.findall(text))
    expected = (
        text.count("\n") >= 3 and inside >= 3 and 3 * inside >= len(_SINGLE_BREAK.findall(text))
    )
    assert is_hard_wrapped(text) == expected
