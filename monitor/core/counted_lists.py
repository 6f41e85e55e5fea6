"""A counted group told first, its people listed in the sentence after.

News often opens with the group and names its people next: "Two journalists were
acquitted on Monday. Reporter A and editor B had written about a land deal"; "Five
Kuwaitis have been acquitted. The opposition activists—A, B, C, D and E—were accused
..."; "Seven prisoners were freed. The seven are A, B, ...". Nothing but the count ties
the list to the group, so the list must open its sentence and hold exactly as many people
as the group counted (everyone in it, watched or not), and none of them may be introduced
as a judge, a lawyer, a relative or an official: then the list is the group. The events
themselves are read from the sentence before (``events._group_events``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from monitor.core.references import (
    GROUP_COUNT,
    OFFICIAL_WORDS,
    OTHER_SIDE,
    PERSON_NOUNS,
    Ref,
    count_number,
)
from monitor.core.regex_needs import guard_patterns
from monitor.core.wordlists import PEOPLE_AROUND

# "two journalists", "three Ukrainians", "five members of a group", "11 current and former
# employees": a count, up to three words, a plural noun of people or a demonym; not "two
# of the journalists" (some of a group), "two other reporters" (besides someone)
COUNTED_PEOPLE = re.compile(
    rf"\b(?P<count>{GROUP_COUNT})\s+(?:(?!(?:of|other|more|further|remaining)\b)[\w-]+\s+){{0,3}}?"
    rf"(?P<noun>{PERSON_NOUNS}|(?-i:[A-Z])[a-z]+(?:is|ans|ns|ese))\b(?!['’])",
    re.I,
)

# a name: capitalised words, with particles ("Abdul-Aziz al Mutairi", "Fahd al-Jufaira")
_WORD = r"(?:(?:al|el|ad|as|ar|ash|at|az)-)?[A-Z][\w'’.-]*"
_PARTICLE = r"(?:al|el|de|da|do|dos|van|von|bin|ibn|ben|di|du|la|le)\s+"
_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE})?{_WORD}){{0,3}}"
_AGE = r"(?:\s*\(\d{1,3}\)|,\s+\d{1,3}(?=,))?"
_ROLE = r"(?:[a-z][\w-]*\s+){0,3}"  # "lawyer", "students", "opposition activist"
_ITEM = rf"{_ROLE}{_NAME}{_AGE}"
_SEP = r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)"
# what may come before the list: "The activists—", "The opposition activists: ", "The
# seven are", "They are"
_HEAD = (
    r"[^\w]*(?:The\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*s\s*(?:[—–:]|\s-\s)\s*"
    rf"|(?:The\s+(?:{GROUP_COUNT})|They)\s+(?:are|were)\s+)?"
)
LIST_OPENS = re.compile(
    rf"{_HEAD}(?P<list>(?:[A-Z][a-z-]+\s+(?:[a-z][\w-]*\s+){{0,2}})?{_ITEM}(?:{_SEP}{_ITEM})+)"
    r"(?=\s*[—–]|\s+-\s|,?\s+[a-z]|\s*[.;:]|\s*$)"
)
# a separator that opens the next person: ", and lawyer X", " and X" (not ", 34, ")
_NEXT_PERSON = re.compile(rf"{_SEP}(?={_ROLE}[A-Z])")
# people of another side, or around the group, as the whole list is introduced: "Judges X
# and Y", "lawyers X and Y" (not one of the people: "X, lawyer Y and Z")
_FIRST_ROLE = re.compile(r"(?:[A-Z][a-z-]+\s+)?(?:[a-z][\w-]*\s+){0,3}")
_NOT_THE_GROUP = re.compile(rf"\b(?:{OFFICIAL_WORDS}|{PEOPLE_AROUND})s?\b", re.I)


def counted_list(before: str, text: str, names: Sequence[Ref]) -> list[Ref]:
    """The watched ``names`` of the list that opens ``text``, when ``before`` counts a group
    of people of exactly its size; [] else."""
    # the group's counts first: most sentences count no group, and then the list's pattern
    # (the costlier one, tried at every capital of the sentence) need not run
    counts = {
        count_number(m.group("count"))
        for m in COUNTED_PEOPLE.finditer(before)
        if m.group("noun").lower() not in OTHER_SIDE
    }
    if not counts:
        return []
    opened = LIST_OPENS.match(text)
    if opened is None:
        return []
    listed = opened.group("list")
    lead = _FIRST_ROLE.match(listed)
    if _NOT_THE_GROUP.search(text, 0, opened.start("list") + (lead.end() if lead else 0)):
        return []  # "Lawyers X and Y said ...", "Judges X and Y read the verdict"
    if 1 + len(_NEXT_PERSON.findall(listed)) not in counts:
        return []
    start, end = opened.span("list")
    return [r for r in names if start <= r.start < end]


guard_patterns(globals())  # the same matches, skipping fast to where one can start
