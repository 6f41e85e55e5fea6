"""The article's history of references, read lazily (``monitor.core.history``), is the one
read at once: each sentence's names, the unwatched people it describes, the one it opens
with."""

from __future__ import annotations

import pytest

from monitor.core.history import NOT_READ, History
from monitor.core.references import Ref, RefKind, someone_else, unwatched_described
from monitor.core.sentences import Sentence

# (sentence, the watched names in it as (start, end, person))
ARTICLE = [
    ("Talgat Urazov was detained on Monday.", [(0, 13, "urazov")]),
    ("Another journalist, Pavel Orlov, was held with him.", []),
    ("His brother was beaten by the guards.", []),
    ("The court adjourned.", []),
    ("Boris Kim, a fellow activist, was detained with Aigul Serikova.", [(48, 62, "serikova")]),
    ("her lawyer said nothing.", []),
]


def _sentences() -> list[tuple[Sentence, list[Ref]]]:
    out = []
    at = 0
    for text, names in ARTICLE:
        refs = [Ref(s, e, (p,), RefKind.NAME) for s, e, p in names]
        out.append((Sentence(at, at + len(text), text), refs))
        at += len(text) + 1
    return out


def _read_at_once() -> list[Ref]:
    """The history as the reader made it before it was lazy, sentence by sentence."""
    history: list[Ref] = []
    for sentence, names in _sentences():
        unwatched = unwatched_described(sentence.text, names) if history or names else []
        if unwatched:
            history += sorted(unwatched + names, key=lambda r: r.start)
        elif names:
            history += names
        if history and sentence.text[:1].isupper():
            other = someone_else(sentence, names)
            if other:
                history.append(other)
    return history


def _lazy() -> History:
    history = History()
    for sentence, names in _sentences():
        history.add(sentence, names, NOT_READ, sentence.text[:1].isupper())
    return history


def test_the_history_read_late_is_the_one_read_at_once() -> None:
    at_once = _read_at_once()
    assert any(r.people[0].startswith("\0") for r in at_once)  # unwatched people among them
    assert list(_lazy()) == at_once


def test_the_history_read_back_from_the_last_is_the_one_read_at_once() -> None:
    assert list(reversed(_lazy())) == list(reversed(_read_at_once()))


@pytest.mark.parametrize("stop", [1, 2, 4])
def test_a_history_read_back_in_part_then_whole_is_the_one_read_at_once(stop: int) -> None:
    history = _lazy()
    back = reversed(history)
    for _ in range(stop):
        next(back)
    assert list(history) == _read_at_once()
    assert len(history) == len(_read_at_once())


def test_nothing_is_kept_before_anyone_watched_is_named() -> None:
    history = History()
    history.add(Sentence(0, 20, "The court adjourned."), [], NOT_READ, True)
    assert not history.started
    assert list(history) == []


def test_a_ref_appended_comes_after_the_sentences_added() -> None:
    history = _lazy()
    timeline = Ref(0, 0, ("urazov",), RefKind.PRONOUN)
    history.append(timeline)
    assert list(history) == [*_read_at_once(), timeline]
    assert history[-1] == timeline
