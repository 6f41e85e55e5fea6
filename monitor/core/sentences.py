"""Cut an article into sentences, keeping their offsets.

A sentence ends at ``.``, ``!`` or ``?`` followed by space and a capital letter,
digit or opening quote (after a bullet too: "• X: freed"), and at every line break
(titles, datelines, paragraphs). Abbreviations (Mr., Dr., U.S., Jan.), initials (M.
Dzhakishev) and numbers (7.5 years) do not end a sentence. A full stop glued to the next
sentence's first word ("... against Ivan Petrov.The court also ...") ends one too: after a
word of two lower-case letters or more, before a capital and a lower-case letter.

Hard-wrapped text (wire copy cut into lines of about 70 characters, the line breaks
inside sentences: "police have detained a\nprominent blogger") is told by its breaks: at
least three of them, and a third of its single breaks, part a line that runs on (ends with
a letter, a digit or a comma) from one that goes on in lower case. In such a text a single
line break after a line that runs on does not end a sentence; a blank line still does. A
list of names, a name a line, starts its lines with capitals, and so is never read as one.
"""

from __future__ import annotations

import re
from functools import partial
from typing import NamedTuple

from monitor.core.wordlists import CALENDAR

ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt gen col lt sgt capt maj rev fr gov sen rep pres vs etc
    jan feb mar apr jun jul aug sep sept oct nov dec no nos art para p pp inc ltd co corp
    dept univ approx est fig al eg ie cf mohd muhd md
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
# The end of a sentence: a run of ".!?" (and closing quotes) before a space and a capital,
# or a run of line breaks. The pattern opens with the one character class every end starts
# with, then tells the two kinds apart by the character it took: the regex engine scans
# for an opening class in a tight loop of its own, where a pattern that opens with a
# lookahead or an alternation is entered at every character (twice as slow on 4 KB).
END = re.compile(
    r"""[.!?\n](?:(?<=[.!?])[.!?]*["'”’»)\]]*(?=\s+(?:[•▪●‣◦]\s*)?["'“‘«(\[]?[A-Z0-9\u0400-\u04ff])|(?<=\n)\n*"""
    r"""|(?<=[a-z][a-z]\.)(?=[A-Z][a-z]))"""
)
# a line break before a line that goes on in lower case, and a run of line breaks: both
# open with the line break, which the regex engine finds in a tight loop of its own (a
# pattern that opens with a lookbehind is entered at every character, forty times slower)
_BEFORE_LOWER = re.compile(r"\n(?=[a-z])")
_BREAKS = re.compile(r"\n+")


class Sentence(NamedTuple):  # a tuple: an article has many, and tuples are made fast
    start: int
    end: int
    text: str


_sentence = partial(tuple.__new__, Sentence)  # Sentence(*fields), made without Python code


class Place(NamedTuple):
    """A sentence and where it stands in the article."""

    sentence: Sentence
    in_title: bool
    in_lead: bool


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    wrapped = is_hard_wrapped(text)
    for m in END.finditer(text):
        end_at, end = m.span()
        if text[end_at] == "." and not _ends_sentence(text, end_at):
            continue  # "!", "?" and line breaks always end a sentence
        if wrapped and end - end_at == 1 and text[end_at] == "\n" and _runs_on(text, end_at):
            continue  # a line break inside a sentence of hard-wrapped text
        _add(sentences, text, start, end)
        start = end
    _add(sentences, text, start, len(text))
    return sentences


def is_hard_wrapped(text: str) -> bool:
    """Whether ``text`` is hard-wrapped: at least three of its single line breaks, and a
    third of them, part a line that runs on from one that goes on in lower case."""
    if text.count("\n") < 3:
        return False
    inside = 0  # the breaks after a letter, a digit or a comma and before a lower-case letter
    for m in _BEFORE_LOWER.finditer(text):
        before = text[m.start() - 1] if m.start() else ""
        inside += before.isalnum() or before == ","  # (``[\w,]`` less "_")
    if inside < 3:
        return False
    single = sum(1 for m in _BREAKS.finditer(text) if m.end() - m.start() == 1)
    return 3 * inside >= single


def _runs_on(text: str, end_at: int) -> bool:
    """Whether the line before the break at ``end_at`` runs on: it ends with a letter, a
    digit or a comma, and a line follows."""
    before = text[end_at - 1] if end_at else ""
    return (before.isalnum() or before == ",") and end_at + 1 < len(text)


WORD_BEFORE = re.compile(r"[\w.]+$")
# An hour ends its sentence before a capital ("at 5 a.m. Police also detained ...") unless
# the capital goes on telling the time: a weekday, a month, a time zone, "Moscow time".
HOURS = frozenset(("a.m", "p.m"))
STILL_THE_HOUR = re.compile(
    rf"\s+(?:(?:{'|'.join(sorted(map(str.capitalize, CALENDAR), key=len, reverse=True))})\b"
    r"|[A-Z]{2,5}\b|[A-Z][a-z]+ time\b)"
)


def _ends_sentence(text: str, dot: int) -> bool:
    """Whether the dot at ``dot`` ends a sentence: not after an initial, an abbreviation
    or a word with dots in it."""
    space = text.rfind(" ", max(0, dot - 20), dot)
    token = text[space + 1 : dot] if space >= 0 else ""
    if not token.isalnum():  # the word is not plain letters and digits after a space
        word = WORD_BEFORE.search(text, max(0, dot - 20), dot)
        if word is None:
            return True
        token = word.group()
    if len(token) == 1 and token.isalpha() and token.isupper():
        return False  # an initial: "M. Dzhakishev"
    if "." in token:  # "U.S.", "a.m."
        return token.lower() in HOURS and STILL_THE_HOUR.match(text, dot + 1) is None
    return token.lower() not in ABBREVIATIONS


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    left = piece.lstrip()
    if left:
        start += len(piece) - len(left)
        stripped = left.rstrip()
        sentences.append(_sentence((start, start + len(stripped), stripped)))
