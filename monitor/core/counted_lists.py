"""A counted group told first, its people listed in the sentence after.

News often opens with the group and names its people next: "Two journalists were
acquitted on Monday. Reporter A and editor B had written about a land deal"; "Five
Kuwaitis have been acquitted. The opposition activists—A, B, C, D and E—were accused
..."; "Seven prisoners were freed. The seven are A, B, ...". Nothing but the count ties
the list to the group, so the list must open its sentence and hold exactly as many people
as the group counted (everyone in it, watched or not), and none of them may be introduced
as a judge, a lawyer, a relative or an official: then the list is the group. The events
themselves are read from the sentence before (``events._group_events``).

A lead may count the group before anyone is named, and the names come a sentence or two
later, set anywhere in their sentence: "Police arrested five activists on Monday. ... The
homes of A in Mumbai, B and C in Pune, D in Delhi and E were searched." There one of the
first two sentences that name anyone is the group's when all its names are one run of
exactly as many people, with no clause between two of them, none introduced as someone's
("their editors, A and B"), and none given an event of the sentence's own
(``_named_run``); every type passes, but one whose verb has a count of its own
("arrested six journalists and beat two"). In such a lead, "two more activists" are
counted too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

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


# ... in a lead that names no one yet, "two more activists", "three other journalists" are
# the article's own group (besides people of older news, never named in it)
COUNTED_IN_LEAD = re.compile(
    rf"\b(?P<count>{GROUP_COUNT})\s+(?:(?!of\b)[\w-]+\s+){{0,3}}?"
    rf"(?P<noun>{PERSON_NOUNS}|(?-i:[A-Z])[a-z]+(?:is|ans|ns|ese))\b(?!['’])",
    re.I,
)
# the gap between two people of a list set anywhere in a sentence: short, no verb, no
# clause, no one else's ("X in Mumbai, Y in Delhi", "editor X; reporter Y")
_RUN_GAP = re.compile(r"[^.!?\"“”]{1,50}")
_NOT_A_LIST_GAP = re.compile(
    rf"\b(?:was|were|is|are|has|have|had|will|would|said|says|told|not|but|who|whom|whose|"
    rf"which|that|of|for|to|with|by|his|her|their|{PEOPLE_AROUND}|{OFFICIAL_WORDS})s?\b"
    r"|\b[a-z]+ed\b|\(",
    re.I,
)


def counted_list(
    before: str, text: str, names: Sequence[Ref], anywhere: bool = False, lead: bool = False
) -> list[Ref]:
    """The watched ``names`` of the list that opens ``text``, when ``before`` counts a group
    of people of exactly its size; [] else. ``anywhere``: the list may stand anywhere in
    ``text`` if it is all of its names, none of them given an event of ``text``'s own ("Police
    arrested five activists. They raided the homes of X in Mumbai, Y and Z in Delhi, ...");
    ``lead``: ``before`` is a lead sentence that names no one (``COUNTED_IN_LEAD``)."""
    # the group's counts first: most sentences count no group, and then the list's pattern
    # (the costlier one, tried at every capital of the sentence) need not run
    counts = {
        count_number(m.group("count"))
        for m in (COUNTED_IN_LEAD if lead else COUNTED_PEOPLE).finditer(before)
        if m.group("noun").lower() not in OTHER_SIDE
    }
    if not counts:
        return []
    opened = LIST_OPENS.match(text)
    if opened is None:
        return _named_run(text, names, counts) if anywhere else []
    listed = opened.group("list")
    role = _FIRST_ROLE.match(listed)
    if _NOT_THE_GROUP.search(text, 0, opened.start("list") + (role.end() if role else 0)):
        return []  # "Lawyers X and Y said ...", "Judges X and Y read the verdict"
    if 1 + len(_NEXT_PERSON.findall(listed)) not in counts:
        return []
    start, end = opened.span("list")
    return [r for r in names if start <= r.start < end]


# "their editors, X and Y", "his colleagues X and Y": people of someone's, not the group
SOMEONES_BEFORE = re.compile(
    r"\b(?:their|his|her|its|whose)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,?\s*$", re.I
)


def _named_run(text: str, names: Sequence[Ref], counts: set[int]) -> list[Ref]:
    """All of ``names``, when they are one run of as many people as a count of ``counts``,
    each gap between them a list's (``_NOT_A_LIST_GAP``), not introduced as officials or
    people around someone ("lawyers X and Y")."""
    people = {p for r in names for p in r.people}
    if len(people) not in counts or len(names) != len(people) or len(names) < 2:
        return []
    for a, b in pairwise(names):
        gap = text[a.end : b.start]
        if not _RUN_GAP.fullmatch(gap) or _NOT_A_LIST_GAP.search(gap):
            return []
    before = text[max(0, names[0].start - 40) : names[0].start]
    if _NOT_THE_GROUP.search(before) or SOMEONES_BEFORE.search(before):
        return []  # "lawyers X and Y", "judges X and Y", "their editors, X and Y"
    return list(names)


guard_patterns(globals())  # the same matches, skipping fast to where one can start
