"""The language of an article: declared codes normalised, undeclared ones detected."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.core.languages import (
    FALLBACK,
    WORD,
    ascii_words,
    detect_language,
    language_code,
)
from monitor.core.readers import is_read, read_events, unread_note


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("ru", "ru"),
        ("ru-RU", "ru"),
        ("EN", "en"),
        ("en_GB", "en"),
        (" uk ", "uk"),
        ("rus", "ru"),
        ("", None),
        (None, None),
        ("русский", None),
        ("e", None),
    ],
)
def test_a_declared_language_becomes_its_two_letter_code(tag: str | None, code: str | None) -> None:
    assert language_code(tag) == code


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Журналиста задержали в понедельник. Его адвокат сказал, что он не виновен.", "ru"),
        ("A court in Almaty sentenced the activist to five years on Monday.", "en"),
        ("Суд у Києві заарештував журналіста. Його адвокат каже, що це помста.", "uk"),
        ("Суд у Мінску асудзіў журналіста. Яго адвакат кажа, што гэта помста і ўсё.", "be"),
        ("Алматы қаласының соты белсендіні қамауға алды. Ол өз кінәсін мойындамады.", "kk"),
        ("El tribunal condenó al periodista a cinco años de prisión por sus artículos.", "es"),
        ("Das Gericht hat den Journalisten zu fünf Jahren Haft verurteilt, sagte er.", "de"),
        ("المحكمة حكمت على الصحفي بالسجن خمس سنوات", "ar"),
        ("სასამართლომ ჟურნალისტს ხუთი წელი მიუსაჯა", "ka"),
        # a Belarusian or Kazakh name in a Russian article leaves it Russian
        ("Суд в Минске приговорил Алеся Бяляцкага (Алесь Бяляцкі) и ещё двоих к срокам.", "ru"),
        # too little to tell, or a Latin-script text with no clear sign: English
        ("Ivan Petrov", "en"),
        ("12345 !!!", "en"),
        # short English items whose few short words are also Portuguese or Italian ones ("a",
        # "as", "e"), and short items of those languages
        ("Police detain a blogger, known as a critic of a mayor, over a post.", "en"),
        ("Reporter held as a spy after a raid on a newsroom in Lagos", "en"),
        ("A judge jailed E. Mora as a warning, a lawyer says", "en"),
        ("O tribunal condenou o jornalista a dois anos de prisão por difamação.", "pt"),
        ("A polícia prendeu as duas ativistas em casa, diz o advogado.", "pt"),
        ("Il tribunale ha condannato il giornalista a tre anni e la moglie a due.", "it"),
        ("La police a arrêté le militant et sa femme dans la nuit, selon les avocats.", "fr"),
    ],
    ids=[
        "russian",
        "english",
        "ukrainian",
        "belarusian",
        "kazakh",
        "spanish",
        "german",
        "arabic",
        "georgian",
        "russian-with-belarusian-name",
        "a-name-only",
        "no-letters",
        "english-item-of-a-and-as",
        "english-headline-of-a-and-as",
        "english-headline-with-an-initial",
        "portuguese-item",
        "portuguese-item-with-a-and-as",
        "italian-item",
        "french-item",
    ],
)
def test_the_language_of_a_text_is_detected(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@given(st.text())
def test_detection_never_raises_and_gives_a_code(text: str) -> None:
    code = detect_language(text)
    assert code == FALLBACK or (code.isalpha() and len(code) == 2)


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_the_words_of_an_ascii_text_are_the_words_the_pattern_finds_lower_cased(
    text: str,
) -> None:
    assert ascii_words(text) == WORD.findall(text.lower())


def test_english_is_read_and_a_language_not_read_gives_no_events_and_a_note() -> None:
    assert is_read("en") and is_read("ru")
    assert not is_read("de")
    assert read_events("de", "Ivan Petrov wurde verhaftet.", [], None) == []
    note = unread_note("a1", "de")
    assert note.startswith("a1: language 'de' is not read") and "en" in note
