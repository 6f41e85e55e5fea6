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

from re import _parser as sre  # type: ignore[attr-defined]  # the standard parser of patterns
from typing import Any

from monitor.core.wordlists import FUNCTION_WORDS

SHORTEST_USEFUL = 3  # a clause with a shorter word than this filters nothing

Clause = frozenset[str]


def needed_words(pattern: str) -> tuple[Clause, ...]:
    """Clauses of words that every match of ``pattern`` satisfies, each clause by holding one
    of its words; empty when nothing useful is certain."""
    return tuple(dict.fromkeys(c for c in _sequence(sre.parse(pattern)) if _useful(c)))


def _useful(clause: Clause) -> bool:
    return all(
        len(w.strip()) >= SHORTEST_USEFUL and w.strip() not in FUNCTION_WORDS for w in clause
    )


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
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, body = av
        return _sequence(body) if low >= 1 else []
    if op is sre.ASSERT:  # a positive lookahead or lookbehind: its text is there too
        return _sequence(av[1])
    return []


def _strongest(clauses: list[Clause]) -> Clause | None:
    """Useful clauses first, then the longer shortest word, then fewer words."""
    return max(clauses, key=lambda c: (_useful(c), min(len(w) for w in c), -len(c)), default=None)
