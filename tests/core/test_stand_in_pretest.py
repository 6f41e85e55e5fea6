"""``references.may_stand_in``: the pre-test that lets ``pronoun_refs`` skip a sentence
holding none of the words a stand-in needs. It must never skip a sentence in which the
full reading finds a stand-in: each sentence here is read both ways, with the pre-test and
with it forced true, and must give the same refs; those with a stand-in must pass the
pre-test, and those with none of its words must not (the sentences are made up)."""

from __future__ import annotations

import pytest

from monitor.core import references
from monitor.core.references import (
    GENDER_FEMALE,
    GENDER_MALE,
    REF_NAME,
    Ref,
    may_stand_in,
    pronoun_refs,
)
from monitor.core.regex_needs import fold
from monitor.core.sentences import Sentence

# the two people named together in the sentence before, a man and a woman
BEFORE = "Timur Osmanov and Dina Rahimova were arrested. "
HISTORY = [Ref(0, 13, ("osmanov",), REF_NAME), Ref(18, 31, ("rahimova",), REF_NAME)]
GENDERS = {"osmanov": GENDER_MALE, "rahimova": GENDER_FEMALE}
PAIR = ("osmanov", "rahimova")
TRADES = {"osmanov": {"journalist"}}

# sentences in which someone before stands in: a pronoun, a description, a plural word
WITH_STAND_INS = [
    "He was released on Tuesday.",
    "Police said she had been beaten.",
    "The court rejected his appeal.",
    "HIS LAWYER SAID THE VERDICT WAS UNJUST.",
    "They were sentenced to five years.",
    "Both were freed on bail.",
    "The journalist was detained at the border.",
    "On Wednesday, the 34-year-old was charged.",
    "The former minister was sentenced in absentia.",
    "The ex-governor denied the charges.",
    "The head of the opposition party was arrested.",
    "His client was transferred to a prison colony, the lawyer said.",
    "The president's fiercest critic was jailed.",
    "The latter was released later.",
    "The two men were freed.",
    "The pair were jailed for six years.",
    "The activists were convicted of fraud.",
    "Police detained the two on Monday.",
    "All of them denied the charges.",
]
# sentences with no stand-in, none of whose words one needs
WITHOUT = [
    "Rights groups condemned the verdict.",
    "The appeal was rejected on July 4.",
    "President Kamalov signed the decree in 2019.",
    "A court in Almaty upheld the ruling on Monday.",
    "Hundreds gathered outside the court building.",
]


def _read(text: str, pretest: bool, monkeypatch: pytest.MonkeyPatch) -> list[Ref]:
    if not pretest:
        monkeypatch.setattr(references, "may_stand_in", lambda *_: True)
    refs = pronoun_refs(
        Sentence(len(BEFORE), len(BEFORE) + len(text), text),
        [],
        HISTORY,
        PAIR,
        GENDERS,
        TRADES,
        lists=(PAIR,),
    )
    monkeypatch.undo()
    return refs


def _passes(text: str) -> bool:
    return may_stand_in(text, fold(text), [], None, (PAIR, PAIR))


@pytest.mark.parametrize("text", WITH_STAND_INS)
def test_a_sentence_with_a_stand_in_is_read(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    full = _read(text, False, monkeypatch)
    assert full, "the example must have a stand-in"
    assert _passes(text)
    assert _read(text, True, monkeypatch) == full


@pytest.mark.parametrize("text", WITHOUT)
def test_a_sentence_without_the_words_is_skipped(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not _passes(text)
    assert _read(text, False, monkeypatch) == []
    assert _read(text, True, monkeypatch) == []


def test_a_quotation_is_read_when_someone_may_speak_it() -> None:
    text = '"I was beaten in custody," Osmanov told the court.'
    names = [Ref(31, 38, ("osmanov",), REF_NAME)]
    assert may_stand_in(text, fold(text), names, None, ((),))
    assert may_stand_in(text, fold(text), [], "osmanov", ((),))
    assert not may_stand_in(text, fold(text), [], None, ((),))


def test_plural_words_count_only_for_a_group() -> None:
    text = "The journalists were detained."
    assert may_stand_in(text, fold(text), [], None, (PAIR,))
    assert not may_stand_in(text, fold(text), [], None, (("osmanov",), ()))


def test_words_inside_other_words_are_not_stand_ins() -> None:
    text = "Thereafter the chemistry hearing in Manchester was adjourned."
    assert not may_stand_in(text, fold(text), [], None, ((),))
