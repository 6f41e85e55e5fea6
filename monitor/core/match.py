"""Find watchlisted people in text.

Interim matcher: whole names and aliases, case-insensitive. The name engine
(variants, transliteration, typos, namesakes) replaces the insides of
``compile_names`` and ``find_mentions``; their signatures are the seam.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from monitor.core.types import Mention, Person


@dataclass(frozen=True)
class NameIndex:
    """A watchlist compiled for matching."""

    patterns: tuple[tuple[str, str, re.Pattern[str]], ...]  # (person_id, variant, pattern)


def compile_names(people: Sequence[Person]) -> NameIndex:
    patterns = []
    for person in people:
        for variant in (person.name, *person.aliases):
            words = r"\s+".join(re.escape(w) for w in variant.split())
            patterns.append((person.id, variant, re.compile(rf"(?<!\w){words}(?!\w)", re.I)))
    return NameIndex(tuple(patterns))


def find_mentions(index: NameIndex, text: str) -> list[Mention]:
    """Every mention of a watchlisted person in ``text``, in order of position."""
    mentions = [
        Mention(person_id, m.start(), m.end(), m.group(), variant, 1.0)
        for person_id, variant, pattern in index.patterns
        for m in pattern.finditer(text)
    ]
    return sorted(mentions, key=lambda m: (m.start, m.person_id))
