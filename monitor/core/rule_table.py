"""A table of trigger rules of one language, compiled: its prefilter and its matcher.

The same work as ``monitor.core.triggers`` does for the English table, for any table
of ``Rule`` records: one pass of an Aho-Corasick automaton finds the needed words
(``Rule.needs``, read from each pattern), only the rules whose clauses are all met
are run, matches must start and end a word (the pattern is compiled between word
boundaries, so that "виновными" is found whole where "виновн(?:ым|ыми)" would stop at
"виновным"), and overlaps go to the earliest, then
the longest match, then the earlier rule. Side conditions that a pattern cannot say
are written into the pattern (lookarounds), so a table compiled here has no checks.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.core.regex_needs import guarded
from monitor.core.rule_checks import Check
from monitor.core.trigger_rules import Rule
from monitor.core.triggers import Found, prefilter


class RuleTable:
    """The rules of one language, ready to be run on sentences in lower case."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        self.order = {rule: i for i, rule in enumerate(self.rules)}
        self.whole = {rule: guarded(rf"(?<!\w)(?:{rule.source})(?!\w)") for rule in self.rules}
        for rule in self.rules:
            assert rule.check is Check.NONE, f"{rule.name}: a table compiled here has no checks"
        self.automaton, self.masks = prefilter(self.rules)
        self.cache: dict[int, tuple[Rule, ...]] = {}

    def candidates(self, lowered: str) -> tuple[Rule, ...]:
        """The rules all of whose clauses of needed words are met in ``lowered`` text."""
        present = 0
        for _, bits in self.automaton.iter(lowered):
            present |= bits
        found = self.cache.get(present)
        if found is None:
            found = tuple(rule for rule, mask in self.masks if present & mask == mask)
            self.cache[present] = found
        return found

    def find(self, lowered: str) -> list[Found]:
        """The rules that fire in one sentence in lower case, overlaps resolved."""
        found = []
        for rule in self.candidates(lowered):
            for m in self.whole[rule].finditer(lowered):
                found.append(Found(rule, m.start(), m.end()))
        found.sort(key=lambda f: (f.start, -(f.end - f.start), self.order[f.rule]))
        kept: list[Found] = []
        for f in found:
            if not any(f.start < k.end and k.start < f.end for k in kept):
                kept.append(f)
        return kept
