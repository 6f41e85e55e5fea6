"""The words a regular expression cannot match without, read from the expression itself.

A prefilter runs the costly patterns only on text that holds their needed words.
Copying those words by hand drifts from the pattern; here they are derived, as a
conjunction of clauses, each clause a set of words one of which every match holds:
``needed_words(r"(?:dropped|withdrew)\\s+(?:the\\s+)?(?:charges|case)")`` is
``({"dropped", "withdrew"}, {"charges", "case"})``. Literal runs, groups, repeats of at
least one and positive lookarounds (their text is in the sentence too) give clauses;
an alternation gives one clause, the union of each branch's strongest clause (and
none when a branch has none); classes, optional parts and negative lookarounds
promise nothing. A clause of short or common words ("was", "the") filters little and
is left out.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from functools import lru_cache
from re import _compiler as sre_compiler  # type: ignore[attr-defined]  # and its compiler
from re import _parser as sre  # type: ignore[attr-defined]  # the standard parser of patterns
from typing import Any

from monitor.core.wordlists import FUNCTION_WORDS

SHORTEST_USEFUL = 3  # a clause with a shorter word than this filters nothing
LONG_WORD = 5  # a clause of words this long filters some, function words too ("since")

Clause = frozenset[str]


def needed_words(pattern: str, *, long_function_words: bool = False) -> tuple[Clause, ...]:
    """Clauses of words that every match of ``pattern`` satisfies, each clause by holding one
    of its words; empty when nothing useful is certain. With ``long_function_words``, also
    the clauses whose words are all long (``LONG_WORD``) though some are function words
    ("since", "against", "under"): too common to tell a text alone, but one more clause
    for a text that holds the others."""
    useful = _useful_or_long if long_function_words else _useful
    return tuple(dict.fromkeys(c for c in _sequence(_parsed(pattern, 0)) if useful(c)))


@lru_cache(maxsize=4096)
def _parsed(pattern: str, flags: int) -> Any:
    """``sre.parse(pattern, flags)``, read only: a pattern is read more than once (for its
    needed words: ``needed_words``, ``shared_by_every_branch``; to guard it: ``first_chars``,
    ``opens_with_a_prefix``, ``_scanned_for``), and parsing is slow: parsed once each, not
    once a reading, the ~1,000 patterns of the engine cost a third less to import. (No
    default for ``flags``: a call with it and one without would be cached apart.)"""
    return sre.parse(pattern, flags)


_NO_FLAGS_SET = sre.parse("").state.flags  # a pattern's flags when it sets none inside


def shared_by_every_branch(pattern: str) -> tuple[Clause, ...]:
    """Clauses, besides ``needed_words``' own, that every branch of a pattern made of one
    alternation holds (long function words too): "been held in custody(?=\\s+since)|been
    held at ...(?=\\s+since)" needs "since". (``needed_words`` takes one clause of each
    branch, the strongest, and joins them: the clause they share is a stronger filter.)"""
    items = list(_parsed(pattern, 0))
    while len(items) == 1 and items[0][0] is sre.SUBPATTERN:
        items = list(items[0][1][-1])
    if len(items) != 1 or items[0][0] is not sre.BRANCH:
        return ()
    branches = [{c for c in _sequence(branch) if _useful_or_long(c)} for branch in items[0][1][1]]
    own = needed_words(pattern, long_function_words=True)
    return tuple(sorted(set.intersection(*branches).difference(own), key=sorted))


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def ascii_lower(text: str) -> str:
    """``text`` with its ASCII letters, and only those, in lower case: the same length.
    (``str.lower`` does it for ASCII text at once, where a ``str.translate`` table costs a
    lookup for each new character.)"""
    return text.lower() if text.isascii() else text.translate(_ASCII_LOWER)


# What a case-blind pattern (re.I) reads as an ASCII letter: the letter in either case,
# and four more that Python's re folds to one ("ı" and "İ" to "i", "ſ" to "s", the Kelvin
# sign to "k").
_FOLD = str.maketrans(
    {**{c: c.lower() for c in string.ascii_uppercase}, "ı": "i", "İ": "i", "ſ": "s", "\u212a": "k"}
)


def fold(text: str) -> str:
    """``text`` as a case-blind pattern reads it, same length: a pattern of lower-case
    ASCII letters compiled without re.I finds on ``fold(text)`` the spans its re.I twin
    finds on ``text``, faster (re.I compares every letter through a case table).

    ``str.lower`` does it, but for "İ" (two characters in lower case), "ı" and "ſ"; the
    other letters it lowers stay letters that are not ASCII, which such a pattern reads as
    it reads them in upper case (``\\w`` either way). It runs in C at once, where a
    ``str.translate`` table costs a lookup for each new character."""
    folded = text.lower()
    if len(folded) != len(text) or "ı" in folded or "ſ" in folded:
        return text.translate(_FOLD)
    return folded


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` holds one of ``words``: a pattern's prefilter (a clause of
    ``needed_words``, tested on ``fold(text)`` for a case-blind pattern), a few substring
    tests in C that rule out running the pattern on most texts."""
    for word in words:  # noqa: SIM110 (a loop: no generator to make per call)
        if word in text:
            return True
    return False


def prefilter(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str]:
    """One search that finds something in every text where any of ``patterns`` matches:
    each pattern's strongest clause of needed words (a short word, such as "ма" of "мая",
    filters less but is still needed), all joined as one alternation of literal words,
    longest first, less those that hold another. A text it does not match needs none of
    the patterns run. When a pattern promises no word, it matches every text."""
    words: set[str] = set()
    flags = 0
    for pattern in patterns:
        best = _strongest(_sequence(_parsed(pattern.pattern, pattern.flags)))
        if best is None:
            return re.compile("")
        words |= best
        if pattern.flags & re.IGNORECASE or _INLINE_FLAGS.search(pattern.pattern):
            flags = re.IGNORECASE  # a letter of the pattern may stand in either case
    kept = [w for w in words if not any(v != w and v in w for v in words)]  # "год" finds "году"
    ordered = sorted(kept, key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in ordered), flags)


_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]+[:)]")


def _useful(clause: Clause) -> bool:
    return all(
        len(w.strip()) >= SHORTEST_USEFUL and w.strip() not in FUNCTION_WORDS for w in clause
    )


def _useful_or_long(clause: Clause) -> bool:
    return _useful(clause) or all(len(w.strip()) >= LONG_WORD for w in clause)


def _sequence(items: Any) -> list[Clause]:
    clauses: list[Clause] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            clauses.append(frozenset(["".join(run)]))
            run = []
        clauses += _item(op, av)
    if run:
        clauses.append(frozenset(["".join(run)]))
    return clauses


def _item(op: Any, av: Any) -> list[Clause]:
    if op is sre.SUBPATTERN:
        return _sequence(av[-1])
    if op is sre.BRANCH:
        best = [_strongest(_sequence(branch)) for branch in av[1]]
        if any(b is None for b in best):
            return []
        return [frozenset().union(*[b for b in best if b is not None])]
    if op in _REPEATS:
        low, _, body = av
        return _sequence(body) if low >= 1 else []
    if op is sre.ASSERT:  # a positive lookahead or lookbehind: its text is there too
        return _sequence(av[1])
    return []


def _strongest(clauses: list[Clause]) -> Clause | None:
    """Useful clauses first, then the longer shortest word, then fewer words."""
    return max(clauses, key=lambda c: (_useful(c), min(len(w) for w in c), -len(c)), default=None)


# ---------------------------------------------------------------------------
# The characters a match can start with, read from the pattern the same way: a search
# that tests them first skips most places at once ("\b(?:he|she|him)\b" tries three
# words at every letter; "(?=[hs])" rules a place out with one test).

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """A character class (``"[hst]"``) that holds the first character of every match of
    ``pattern``, or None when that is not certain (the pattern can match nothing, starts
    with any character, or sets flags inside)."""
    if flags & re.VERBOSE:
        return None
    if _parsed(pattern, 0).state.flags != _NO_FLAGS_SET:
        return None  # flags set inside the pattern ("(?i)..."): they must open it
    items = _first(_parsed(pattern, flags))
    return "[" + "".join(sorted(items)) + "]" if items else None


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, which finds the same matches (spans and groups),
    told its first characters (``first_chars``) when they are known, as a class for the
    engine's scan (``_scanned_for``) or else a lookahead: a search or ``finditer`` then
    skips fast over the places where no match can start. A pattern
    that opens with a literal or a character class the regex engine scans for on its own
    (``opens_with_a_prefix``) is compiled as it is: there a lookahead would only slow the
    search down (",\\s*who" three times)."""
    first = first_chars(pattern, flags)
    if first is None or opens_with_a_prefix(pattern, flags):
        return re.compile(pattern, flags)
    starts = _start_class(first, flags)
    if starts is None:
        return re.compile(f"(?={first})(?:{pattern})", flags)
    return _scanned_for(pattern, flags, starts)


# the characters other than its two cases that a case-blind letter matches ("ſ" for "s")
_OTHER_CASES = {"i": "İı", "s": "ſ", "k": "\u212a"}


def _start_class(first: str, flags: int) -> list[tuple[Any, Any]] | None:
    """The items of a class (the engine's) of every character a match can start with,
    when the first characters are ``first``: that class itself for a case-sensitive
    pattern; for a case-blind one, each ASCII letter in both cases and as the characters
    Python's re folds to it; None when it holds another letter with a case (a range or
    a letter not ASCII: the characters that fold to it are not worked out here)."""
    parsed = sre.parse(first).data
    items = parsed[0][1] if parsed[0][0] is sre.IN else list(parsed)
    if not flags & re.IGNORECASE:
        return items
    blind: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is sre.CATEGORY:  # \d, \w, \s: the same in either case
            blind.append((op, av))
            continue
        if op is not sre.LITERAL:
            return None
        char = chr(av)
        if char.isascii() and char.isalpha():
            lower = char.lower()
            blind += [
                (sre.LITERAL, ord(c)) for c in lower + char.upper() + _OTHER_CASES.get(lower, "")
            ]
        elif char.lower() == char == char.upper():  # no case: only itself
            blind.append((op, av))
        else:
            return None
    return blind


class _Opening:
    """What the engine's compiler reads of a pattern for its scan (``_compile_info``): the
    width of its matches, and its first item, here the class its matches start with."""

    def __init__(self, parsed: Any, starts: list[tuple[Any, Any]]) -> None:
        self.data = [(sre.IN, starts)]
        self.width = parsed.getwidth()

    def getwidth(self) -> tuple[int, int]:
        return self.width  # type: ignore[no-any-return]


def _scanned_for(pattern: str, flags: int, starts: list[tuple[Any, Any]]) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, the engine told that its matches start with a
    character of the class ``starts`` (``_start_class``), as it is told of a pattern that
    opens with a class: a search then skips in a tight loop of its own to each place where
    one can start, and tries the pattern only there (where it tries it at every place after
    a lookahead, each try costing as much as forty steps of that loop). No lookahead is
    added: the class only says where a match can start, so the matches are the pattern's,
    and each try is one assertion the shorter."""
    parsed = _parsed(pattern, flags)
    flags |= parsed.state.flags
    code: list[int] = []
    # (the class is read as it is, whatever the case: its items hold every case)
    sre_compiler._compile_info(code, _Opening(parsed, starts), flags & ~re.IGNORECASE)
    sre_compiler._compile(code, parsed.data, flags)
    code.append(sre_compiler.SUCCESS)
    groups = parsed.state.groupdict
    names: list[str | None] = [None] * parsed.state.groups
    for name, index in groups.items():
        names[index] = name
    return sre_compiler._sre.compile(  # type: ignore[no-any-return]
        pattern, flags, code, parsed.state.groups - 1, groups, tuple(names)
    )


def opens_with_a_prefix(pattern: str, flags: int = 0) -> bool:
    """Whether the regex engine itself skips to where ``pattern`` can start: it opens with
    literal text or a character class (not under a case-blind letter, and not after "\\b"
    or a lookaround), which the engine scans for in a tight loop of its own before it
    tries the pattern. Asked of the engine's own compiler, so it is its exact rule."""
    parsed = _parsed(pattern, flags)
    flags = parsed.state.flags  # as the compiler reads them: with the ones set inside
    literal, _, _ = sre_compiler._get_literal_prefix(parsed, flags)
    return bool(literal) or bool(sre_compiler._get_charset_prefix(parsed, flags))


def _first(items: Any) -> set[str] | None:
    found: set[str] = set()
    for op, av in items:
        if _zero_width(op, av):  # "\b", a lookaround: the next item holds the first character
            continue
        if op in _REPEATS and av[0] == 0:  # optional ("(?:re-?)?arrested"): its first
            # characters, or the next item's when it matches nothing
            first = _first(av[2])
            if first is None:
                return None
            found |= first
            continue
        first = _first_of(op, av)
        return None if first is None else found | first
    return None  # the pattern can match the empty string


def _zero_width(op: Any, av: Any) -> bool:
    """Whether the item matches no character, whatever it matches: "\\b", a lookaround, or
    a group of them ("(?:(?<=was )|(?<=were ))")."""
    if op in _ZERO_WIDTH:
        return True
    if op is sre.SUBPATTERN:
        return all(_zero_width(o, a) for o, a in av[3])
    if op is sre.BRANCH:
        return all(_zero_width(o, a) for branch in av[1] for o, a in branch)
    return False


def _first_of(op: Any, av: Any) -> set[str] | None:
    if op is sre.LITERAL:
        return {_in_class(av)}
    if op is sre.IN:
        found = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                found.add(_in_class(value))
            elif kind is sre.RANGE:
                found.add(f"{_in_class(value[0])}-{_in_class(value[1])}")
            elif kind is sre.CATEGORY and value in _CATEGORIES:
                found.add(_CATEGORIES[value])
            else:
                return None  # a negated class: anything may start it
        return found
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, body = av
        return None if add_flags or del_flags else _first(body)
    if op is sre.BRANCH:
        found = set()
        for branch in av[1]:
            first = _first(branch)
            if first is None:
                return None
            found |= first
        return found
    if op in _REPEATS:
        low, _, body = av
        return _first(body) if low >= 1 else None
    return None


def _in_class(code: int) -> str:
    char = chr(code)
    return "\\" + char if char in "\\]^-[" else char


def guard_patterns(namespace: dict[str, Any]) -> None:
    """Each compiled pattern of a module's ``namespace`` (its ``globals()``, once all are
    defined) replaced by its ``guarded`` twin: the same matches, found faster."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            namespace[name] = guarded(value.pattern, value.flags)


def needed_text(pattern: str) -> str:
    """A text that every match of ``pattern`` holds, "" when none is certain: the longest
    text that all the words of one of ``needed_words``' clauses hold (short ones kept: "ch"
    for "shch|sch"). ``needed in text``, a test of a few nanoseconds, then rules out running
    the pattern on most short texts."""
    if _parsed(pattern, 0).state.flags & re.IGNORECASE or _INLINE_FLAGS.search(pattern):
        return ""  # (a letter may stand in either case)
    best = ""
    for clause in _sequence(_parsed(pattern, 0)):
        shortest = min(clause, key=len)
        for length in range(len(shortest), len(best), -1):
            shared = [
                shortest[at : at + length]
                for at in range(len(shortest) - length + 1)
                if all(shortest[at : at + length] in word for word in clause)
            ]
            if shared:
                best = shared[0]
                break
    return best
