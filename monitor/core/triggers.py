"""Find the trigger rules (``monitor.core.trigger_rules``) that fire in a sentence.

``candidates`` is the cheap test: one pass of an Aho-Corasick automaton over the
lower-cased sentence finds every needed word, and only the rules whose clauses of
needed words are all met are tried. ``find_triggers`` runs those rules, keeps whole-word matches,
resolves overlaps (the earliest, then the longest, then the earlier rule) and keeps a
match only when its rule's side condition (``Check``) holds. The event lexicon's rules
(``monitor.core.event_lexicon``) are a fallback, tried after the table's: one stands only
where no table match does (``_with_the_lexicon``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial
from operator import attrgetter
from typing import NamedTuple

import ahocorasick

from monitor.core.regex_needs import (
    ascii_lower,
    guard_patterns,
    needed_words,
    shared_by_every_branch,
)
from monitor.core.rule_checks import Check
from monitor.core.trigger_rules import AN_ACT, COUNTRY, INTO_CUSTODY, RULES, Form, Rule
from monitor.core.wordlists import CALENDAR

__all__ = [
    "RULES",
    "Check",
    "Form",
    "Found",
    "Rule",
    "candidates",
    "candidates_in",
    "find_triggers",
]


class Found(NamedTuple):  # a tuple: many are made per article, and tuples are made fast
    """A rule that fired in a sentence, at [start, end) of the sentence."""

    rule: Rule
    start: int
    end: int


_found = partial(tuple.__new__, Found)  # Found(*fields), made without a call of Python code


def candidates(lowered: str) -> tuple[Rule, ...]:
    """The rules all of whose clauses of needed words are met in ``lowered`` text, in
    table order."""
    present = 0
    for _, bits in _NEEDED.iter(lowered):
        present |= bits
    found = _CANDIDATES.get(present)
    if found is None:
        found = tuple(rule for rule, mask in _RULE_MASKS if present & mask == mask)
        _CANDIDATES[present] = found  # one entry per combination that occurs
    return found


def candidates_in(lowered: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[Rule, ...]]:
    """``candidates`` of each of the sentences at ``spans`` ((start, end, ...) in order, not
    overlapping) of ``lowered`` text, read in one pass of the automaton over the whole text:
    a needed word counts for the sentence that holds all of it, as it does in the sentence's
    own text (a slice of ``lowered``)."""
    present = [0] * len(spans)
    count = len(spans)
    if not count:
        return []
    i = 0
    start, end = spans[0][0], spans[0][1]
    for last, (size, bits) in _NEEDED_SIZED.iter(lowered):
        if last >= end:  # past the sentence: on to the one that can hold it
            i += 1
            while i < count and spans[i][1] <= last:
                i += 1
            if i == count:
                break
            start, end = spans[i][0], spans[i][1]
        if last - size >= start - 1:  # (it starts in the sentence: last + 1 - size >= start)
            present[i] |= bits
    cached = _CANDIDATES.get
    found: list[tuple[Rule, ...]] = []
    for bits in present:
        rules = cached(bits)
        if rules is None:
            rules = _CANDIDATES[bits] = tuple(
                rule for rule, mask in _RULE_MASKS if bits & mask == mask
            )
        found.append(rules)
    return found


def prefilter(
    rules: Sequence[Rule], long_function_words: bool = False
) -> tuple[ahocorasick.Automaton, tuple[tuple[Rule, int], ...]]:
    """A table's prefilter: every needed word with the clauses it meets, as bits, in one
    automaton; each rule with its clauses (a rule runs when all its bits are present).
    With ``long_function_words``, a rule's clauses of long function words count too
    (``needed_words``)."""
    bits: dict[str, int] = {}
    masks: list[tuple[Rule, int]] = []
    clause = 0
    for rule in rules:
        assert rule.needs, f"{rule.name}: no needed word can be read from its pattern"
        mask = 0
        # its needed words, and its clauses of long function words ("since", "against"): a
        # text holds few of them, and each rules out sentences the other clauses let in
        more = (
            needed_words(rule.source, long_function_words=True)
            + shared_by_every_branch(rule.source)
            if long_function_words
            else ()
        )
        for words in dict.fromkeys(rule.needs + more):
            for word in words:
                bits[word] = bits.get(word, 0) | 1 << clause
            mask |= 1 << clause
            clause += 1
        masks.append((rule, mask))
    automaton = ahocorasick.Automaton()
    for word, value in bits.items():
        automaton.add_word(word, value)
    automaton.make_automaton()
    return automaton, tuple(masks)


_NEEDED, _RULE_MASKS = prefilter(RULES, long_function_words=True)
# the same words, each with its length and bits: where a word found in a whole text starts
_NEEDED_SIZED = ahocorasick.Automaton()
for _word, _bits in _NEEDED.items():
    _NEEDED_SIZED.add_word(_word, (len(_word), _bits))
_NEEDED_SIZED.make_automaton()
_CANDIDATES: dict[int, tuple[Rule, ...]] = {}
ORDER = {rule: i for i, rule in enumerate(RULES)}  # earlier wins a tie


def lower(text: str) -> str:
    """ASCII letters in lower case, and the British "gaol" read as "jail" (the rules say
    "jail"); unlike ``str.lower`` it never changes the length."""
    lowered = ascii_lower(text)
    return lowered.replace("gaol", "jail") if "gaol" in lowered else lowered


def find_triggers(
    sentence: str, lowered: str | None = None, hinted: tuple[Rule, ...] | None = None
) -> list[Found]:
    """The rules that fire in one sentence, overlaps resolved: the earliest, then the longest.
    ``lowered`` and ``hinted`` are the sentence in lower case and its candidates, if known."""
    if lowered is None:
        lowered = lower(sentence)
    # (start, minus the length, table order): the sort key, compared in C; no two matches
    # share one (a rule's matches do not overlap), so the rule and end are never compared
    found: list[tuple[int, int, int, int, Rule]] = []
    for rule in candidates(lowered) if hinted is None else hinted:
        order = ORDER[rule]
        for m in rule.pattern.finditer(lowered):  # each starts a word (``Rule.pattern``)
            start, end = m.span()
            if not lowered[end : end + 1].isalpha():  # and ends one
                found.append((start, start - end, order, end, rule))
    if len(found) > 1:
        found.sort()
    kept: list[Found] = []
    late: list[Found] | None = None  # the lexicon's matches, for after the table's
    failed: list[Found] = []  # the table's matches whose side condition failed
    for start, _, _, end, rule in found:
        f = _found((rule, start, end))
        if rule.lexicon:
            if late is None:
                late = []
            late.append(f)
            continue
        if kept and _overlaps(f, kept):
            continue
        if rule.check is CHECK_NONE or CHECKS[rule.check](f, sentence):
            kept.append(f)
        else:
            failed.append(f)
    return kept if late is None else _with_the_lexicon(kept, failed, late, sentence)


def _with_the_lexicon(
    kept: list[Found], failed: list[Found], late: list[Found], sentence: str
) -> list[Found]:
    """The table's triggers and the lexicon's where no table rule matched: a lexicon verb
    with its own complement ("transferred X, who ..., to a prison hospital") may stand where
    a table rule's side condition failed; a bare one may not ("seized X's laptop")."""
    added: list[Found] = []
    for f in late:
        # (a table match inside a longer lexicon one gives way when of another type, "home
        # arrest" over "arrest", or a noun that is the lexicon verb's object, "extended
        # clemency to X"; a verb of the same type says it already)
        blocked = [
            k
            for k in (kept if f.rule.complement else kept + failed)
            if not (f.start <= k.start and k.end <= f.end and k.end - k.start < f.end - f.start)
            or (
                k.rule.type is f.rule.type
                and not (k.rule.form is FORM_NOUN and f.rule.form is FORM_VERB)
            )
        ]
        if _overlaps(f, blocked) or _overlaps(f, added):
            continue
        if f.rule.check is CHECK_NONE or CHECKS[f.rule.check](f, sentence):
            added.append(f)
    if not added:
        return kept
    return sorted([k for k in kept if not _overlaps(k, added)] + added, key=_START)


_START = attrgetter("start")


def _overlaps(f: Found, kept: list[Found]) -> bool:
    for k in kept:  # noqa: SIM110 (a loop: no generator to make per match)
        if f.start < k.end and k.start < f.end:
            return True
    return False


# ---------------------------------------------------------------------------
# Side conditions, one function per ``Check``

# The places a person is moved to, for "transferred": without one, "moved" is not a transfer.
CUSTODY_PLACES = re.compile(
    r"\b(?:prison|colony|jail|gaol|penitentiary|detention|facility|hospital|clinic|psychiatric|"
    r"intensive care|camp|pre-trial|pretrial|isolator|sizo|ward|infirmary|"
    r"correctional|penal|barracks|(?:deportation|removal)\s+cent(?:re|er))\b",
    re.I,
)
NON_CUSTODIAL = re.compile(
    r"\b(?:restricted freedom|restriction of (?:liberty|freedom)|suspended|probation\w*|fined?|"
    r"community service|correctional labou?r|in absentia|parole-like)\b",
    re.I,
)
STARTS = re.compile(
    r"\b(?:began|begins|begin|opened|opens|started|starts|get under\s?way|got under\s?way|"
    r"gets under\s?way|resumed|resumes|kicked off|took place|was held|were held|lasted)\b",
    re.I,
)
# "X's appeal rejected": a headline leaves out the auxiliary
# ... and names what it was against: "Appeal against conviction dismissed"
REJECTED_HEADLINE = re.compile(
    r"(?:\s+against\s+(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+)?(?:conviction|sentence|"
    r"verdict|ruling)s?)?\s+(?:rejected|dismissed|denied|turned down|thrown out)\b",
    re.I,
)
REJECTED = re.compile(
    r"\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:rejected|dismissed|denied|"
    r"turned down|thrown out)\b",
    re.I,
)
SERVING = re.compile(
    r"\b(?:serv\w*|spend\w*|complet\w*|finish\w*)\s+(?:[\w'’-]+\s+){0,5}$"
    # a point reached in a term: "two years into a five-year sentence", "halfway through his"
    r"|\b(?:days?|weeks?|months?|years?|halfway|midway)\s+(?:into|through)\s+(?:an?|his|her|their|the)\s+$",
    re.I,
)
# ... or one an appeal lost was against: "rejected an appeal by X, a blogger, against a
# four-year sentence" (the ruling on the appeal is the news, the sentence one given before;
# but "will appeal against the sentence handed down last week" tells when it was given)
APPEAL_LOST_AGAINST = re.compile(
    r"\b(?:rejected|rejects|dismissed|dismisses|turned\s+down|threw\s+out|lost|loses)\s+"
    r"(?:(?:an?|the|his|her|their)\s+)?(?:[\w-]+\s+)?appeals?\b[^.;:]{0,80}?\bagainst\s+"
    r"(?:(?:an?|his|her|their|the)\s+)?$",
    re.I,
)
HANDED_AFTER = re.compile(
    r"[^.;:]{0,30}?\b(?:handed|imposed|given|passed|issued|meted)\b|\s*,?\s+(?:in|on|last)\s+"
    r"(?:\d|[A-Z])",
)
# "until his detention", "her detention on Monday": the moment of an arrest; otherwise
# "his detention" is the state of being held ("his detention is unlawful").
DETENTION_MOMENT = re.compile(
    r"\b(?:until|after|since|following|before|upon|at the time of|days? of|"
    # a rights group's reaction to an arrest: "condemns the detention of X"
    # (but "refused food to protest her detention": the detainee's own, a state)
    r"condemn\w*|denounc\w*|deplor\w*|(?<!\bto\s)protest\w*|(?:alarmed|outraged|shocked|appalled)\s+by|"
    r"concerned\s+(?:by|about|over)|"
    # a court's or an official's order that holds them: "a magistrate approved the detention
    # of X" (not one asked for: "prosecutors sought her detention")
    r"(?<!to\s)(?:approv|authori[sz]|sanction|order)(?:ed|es|s)\b)\s+"
    r"(?:(?:his|her|their|the)\s+|(?-i:[A-Z][\w-]*\s+){0,2}?[\w-]+['’]s?\s+)$",
    re.I,
)
DATE_NEXT = re.compile(
    r"\s+(?:of\s+(?:\w+\s+){1,6}?)?(?:on|in|last|yesterday|this|since)\s+(?:\w+\s+)?"
    r"(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.I,
)
PAROLE = re.compile(r"\bparole\b|\bearly release\b", re.I)
# (six words: a description and a name of three parts, "moved ailing poet Zaw Htet Aung to")
TO_A_PLACE = re.compile(r"^\s*(?:\S+\s+){0,6}?(?:to|from|into)\b")
# "X's laptop was taken away": the subject a thing of someone's
A_THING_OF_THEIRS = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){1,2}(?:was|were|has\s+been|had\s+been|have\s+been)\s+$", re.I
)
A_THING_BEFORE = re.compile(r"['’]s\s+[\w-]+\s+$")  # "X's phone was charged": the phone
CONVICTED_BEFORE = re.compile(
    r"\b(?:convicted|convicts|sentenced|sentencing|guilty|acquitted|"
    r"(?:jailed|imprisoned)\s+for\s+(?:[\w-]+\s+){0,2}?(?:years?|months?|life)|"
    r"serv(?:ed|es|ing)\s+(?:time|(?:an?\s+)?(?:[\w-]+\s+)?(?:sentence|term))|"
    r"serv(?:ed|es|ing)\s+(?:\w+\s+){1,2}(?:years?|months?))\b",
    re.I,
)
ENDED_BEFORE = re.compile(
    r"\b(?:ended|ending|ends|end|lifted|lifting|lifts|revoked|revoking|cancell?ed|canceled|"
    r"overturned|overturns|overturning|quashed|quashes|annulled|annuls|reversed|reverses|"
    r"dropped|dropping|drops)\s+"
    r"(?:of\s+)?(?:his|her|their|the|an?)?\s*$",
    re.I,
)
TERMS_BEFORE = re.compile(
    r"\b(?:conditions?|terms?|violat\w+|breach\w*)\s+of\s+(?:(?:his|her|their|the)\s+)?$", re.I
)
THREAT_BEFORE = re.compile(r"\b(?:warrant|threat|risk|fear)\w*\s+(?:of\s+|for\s+)?$", re.I)


# "jailed after being found guilty": prison as the outcome of a verdict, not an arrest
CONVICTION = re.compile(
    r"\b(?:convicted|convicting|convicts|found\s+(?:\w+\s+)?guilty|finding\s+\w+\s+guilty|"
    r"guilty\s+verdict|sentenced|sentencing)\b",
    re.I,
)
# "the sentence (that) he received": a relative clause of a sentence or term, its owner inside
TERM_BEFORE = re.compile(
    r"\b(?:sentence|term|prison\s+term|jail\s+term)s?\s+(?:that\s+|which\s+)?"
    r"(?:he|she|they|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+$"
)


CAUSE_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,6}?(?:after|following|upon|on|for)\s+(?:being\s+|having\s+been\s+|"
    r"(?:his|her|their)\s+)?",
    re.I,
)


def _not_a_conviction(f: Found, sentence: str) -> bool:
    """Not "convicted and jailed", nor "jailed after being found guilty", nor an aside
    that says what the person is known for ("X, jailed for a protest, said")."""
    if CONVICTION.search(sentence, 0, f.start) or _an_epithet(f, sentence):
        return False
    cause = CAUSE_AFTER.match(sentence, f.end)
    return cause is None or CONVICTION.match(sentence, cause.end()) is None


def _after(f: Found, sentence: str) -> str:
    return sentence[f.end : f.end + 90]


def _before(f: Found, sentence: str) -> str:
    return sentence[max(0, f.start - 40) : f.start]


# "the prison in Mahilyou, where he was moved in 2024": the place named before the verb
WHERE_MOVED = re.compile(
    r"\b(?:prison|colony|jail|penitentiary|detention\s+cent(?:re|er)|hospital|clinic|camp)\b"
    r"[^,.;]{0,40},\s*where\s+(?:he|she|they|[A-Z][\w'’-]+)\s+(?:was|were|had\s+been|has\s+been)\s+$",
    re.I,
)


# "was moved in 2025 from the intelligence service's headquarters, known as El Helicoide,
# to El Rodeo I": a person moved by others between two places named by their names
# (a person, not "X's hearing was moved from Monday to Wednesday")
PERSON_PASSIVE_BEFORE = re.compile(
    r"(?:\b(?:he|she|they)|\b(?-i:[A-Z])[\w-]*)\s+(?:was|were|had\s+been|has\s+been|"
    r"have\s+been)\s+(?:\w+ly\s+)?$",
    re.I,
)
# ... not one named after what was moved: "the trial of X was moved from A to B"
NAMED_AFTER_A_THING = re.compile(
    r"\b(?:of|for|against)\s+(?:[\w'’-]+\s+){1,5}(?:was|were|had\s+been|has\s+been|"
    r"have\s+been)\s+(?:\w+ly\s+)?$",
    re.I,
)
FROM_TO_A_NAME = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?from\s+[^.;]{3,100}?\bto\s+(?:the\s+)?"
    rf"(?!(?:{'|'.join(sorted(CALENDAR))})\b)(?-i:[A-Z])",
    re.I,
)


# "taken from An Phuoc prison straight to Noi Bai airport", "driven from the colony to the
# border": out of custody, to a place no one is held in (not "to a hospital near the airport")
TO_OUTSIDE = re.compile(
    r"[^.;]{0,100}?\bto\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?"
    r"(?:(?!(?:prison|jail|colony|hospital|clinic|detention|cell|camp|centre|center)\b)"
    r"[\w'’-]+\s+){0,3}?(?:airport|border|border\s+crossing|embassy|home|plane|flight)\b",
    re.I,
)


# "was brought from Luzira prison ... and led into the dock": taken to a hearing from the
# prison, which is no move to another place of custody
FROM_PRISON_TO_COURT = re.compile(
    r"\s*(?:\S+\s+){0,3}?from\s+(?:[\w'’-]+\s+){0,3}?(?:prison|jail|colony|cells?|"
    r"detention\s+cent(?:re|er))\b(?![^.;]{0,80}?\bto\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:prison|jail|colony|penitentiary|hospital|clinic|camp|barracks)\b)"
    r"(?=[^.;]{0,120}?\b(?:court|courtroom|dock|hearing|tribunal)\b)",
    re.I,
)

# "taken into criminal detention", "into ICE custody": an arrest, not a move to a place
INTO_CUSTODY_NEXT = re.compile(rf"\s+into{INTO_CUSTODY}", re.I)


# "sent to jail", "taken back to prison", "sent to pretrial detention": put in custody (an
# arrest or a term begun), not moved from one place of custody to another; a place named
# ("sent to a prison in the north", "to Butyrka jail") is a move
# (the person may stand between: "a court sent him to prison on remand", "sent the blogger
# to jail for a year")
_PUT_OBJECT = (
    r"(?:\s+(?:him|her|them|(?:the|both|all|two|three)\s+[a-z][\w-]*|"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}))?"
)
TO_CUSTODY_BARE = re.compile(
    rf"{_PUT_OBJECT}\s+(?:(?:back|straight|directly|again)\s+)?to\s+"
    r"(?:jail|prison|pre-?trial\s+detention)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:on|after|for|until|pending|where|and|but|in\s+\d|last|this|"
    r"earlier|later|again|to\s+serve)\b)",
    re.I,
)
# ... and "taken to a temporary detention facility", "brought to the police station", "sent
# to a pretrial detention centre": where an arrest puts a person first, no move between places
# of custody (but "taken from the police station to a pretrial detention centre" is one)
TO_FIRST_CUSTODY = re.compile(
    rf"{_PUT_OBJECT}\s+(?:straight\s+|directly\s+)?to\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    r"(?:temporary\s+(?:detention|holding)|pre-?trial\s+detention|police\s+(?:station|custody|"
    r"cells?|lock-?up|department|headquarters)|holding\s+(?:cells?|facility|centre|center))\b",
    re.I,
)
PUT_VERBS = frozenset({"sent", "taken", "brought"})


def _to_a_custody_place(f: Found, sentence: str) -> bool:
    if INTO_CUSTODY_NEXT.match(sentence, f.end) or (
        sentence[f.start : f.end].lower() in PUT_VERBS
        and (TO_CUSTODY_BARE.match(sentence, f.end) or TO_FIRST_CUSTODY.match(sentence, f.end))
        and not WHERE_MOVED.search(sentence, max(0, f.start - 90), f.start)
    ):
        return False
    if TO_OUTSIDE.match(sentence, f.end):
        return False  # "taken from the prison straight to the airport": out, not moved
    if "hospitali" in sentence[f.start : f.end].lower():
        return True
    if FROM_PRISON_TO_COURT.match(sentence, f.end):
        return False
    if WHERE_MOVED.search(sentence, max(0, f.start - 90), f.start):
        return True
    before = sentence[max(0, f.start - 60) : f.start]
    if (
        PERSON_PASSIVE_BEFORE.search(before)
        and not NAMED_AFTER_A_THING.search(before)
        and FROM_TO_A_NAME.match(sentence, f.end)
    ):
        return True
    after = _after(f, sentence)
    return bool(TO_A_PLACE.match(after) and CUSTODY_PLACES.search(after))


# "wanted in Uzbekistan on charges of extremism", "had been seeking X since 1999 on charges
# of ...": a search for the person, no charge brought before a court that the text tells
WANTED_BEFORE = re.compile(
    r"\b(?:wanted|sought|seeking|seeks|hunted|searching\s+for|searched\s+for)\b[^.;:]{0,60}$",
    re.I,
)


# "was tried on charges of", "stood trial on charges of": the charges a trial is on
TRIED_BEFORE = re.compile(
    r"\b(?:tried|(?:stood|stand|stands|standing|went|goes|go|put)\s+(?:on\s+)?trial)\s+"
    r"(?:[\w-]+\s+){0,3}?$",
    re.I,
)


def _charged_person(f: Found, sentence: str) -> bool:
    """Not "X's phone was charged", not the charges X was convicted or tried on, and not the
    charges X is wanted on."""
    return (
        not A_THING_BEFORE.search(_before(f, sentence))
        and not CONVICTED_BEFORE.search(sentence, 0, f.start)
        and not TRIED_BEFORE.search(sentence, max(0, f.start - 50), f.start)
        and not WANTED_BEFORE.search(sentence, max(0, f.start - 80), f.start)
    )


# "the trial will begin", "is scheduled to open": not yet
FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|could|may|might|to)\s+(?:\w+\s+)?$|\bnot\s+(?:\w+\s+)?$", re.I
)


# "escorted into the courtroom for the first day of her trial": the day it opened, as a
# photo caption tells it (not "ahead of the first day of", nor a first day to come)
FIRST_DAY_OF = re.compile(
    r"\b(?:on|for|during|at)\s+the\s+(?:first|opening)\s+(?:day|session|hearing)\s+of\s+"
    r"(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?$",
    re.I,
)
TO_COME = re.compile(r"\b(?:will|would|shall|(?:due|expected|set|going)\s+to)\b", re.I)
# ... or told after it, in the trial's own clause: "Her trial drew crowds on its first day"
ITS_FIRST_DAY = re.compile(
    r"[^.;:]{0,100}?\b(?<!ahead of )(?<!before )(?:on|during|at)\s+its\s+(?:first|opening)\s+"
    r"(?:day|session|hearing)\b",
    re.I,
)
NOT_YET_AFTER = re.compile(
    r"\s+(?:is|was|will|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:be\s+|due|set|scheduled|"
    r"postponed|delayed|adjourned|put\s+off)",
    re.I,
)


# a trial told as going on: "the trial of X continued", "X's trial entered its third week",
# "Trial against X under way", "as his trial dragged on"
GOING_ON = re.compile(
    r"(?:\s+(?:of|against|in\s+the\s+case\s+of)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?\s+"
    r"(?:(?:has|had)\s+)?(?:continued|continues|resumed|resumes|drag(?:s|ged|ging)\s+on|"
    r"(?:(?:is|are|was|were|has\s+been|had\s+been|now|already|well)\s+)?under\s?way|"
    r"entered\s+(?:its|a)\s+[\w-]+\s+(?:day|week|month|year))\b",
    re.I,
)
# ... told in the present: still going on, whatever else the article reports as news
# ("released on bail on Wednesday; his trial continues")
GOING_ON_NOW = re.compile(
    r"(?:\s+(?:of|against|in\s+the\s+case\s+of)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?\s+"
    r"(?:continues|resumes|drags\s+on|(?:(?:is|are|now)\s+)?under\s?way)\b",
    re.I,
)
# "Preparations for his trial are under way", "in the run-up to her trial": not the trial
PREPARING_FOR = re.compile(
    r"\b(?:preparations?|plans?|arrangements?|run-up|ahead|preparing|waiting|awaiting)\s+"
    r"(?:for|to|of)\s+(?:[\w'’-]+\s+){0,4}?$",
    re.I,
)


def _trial_starts(f: Found, sentence: str) -> bool:
    if PREPARING_FOR.search(sentence, max(0, f.start - 60), f.start):
        return False
    if GOING_ON.match(sentence, f.end):
        return True
    if FIRST_DAY_OF.search(sentence, max(0, f.start - 70), f.start):
        return not NOT_YET_AFTER.match(sentence, f.end) and not TO_COME.search(sentence, 0, f.start)
    first_day = ITS_FIRST_DAY.match(sentence, f.end)
    if first_day:
        return not TO_COME.search(sentence, 0, first_day.end())
    starts = STARTS.search(sentence, f.end)
    return starts is not None and not FUTURE_BEFORE.search(
        sentence, max(f.end, starts.start() - 25), starts.start()
    )


# "X's detention was renewed for 45 days", "extended the detention of X": a court's order
# to hold them on, as a remand is (detained)
RENEWED_AFTER = re.compile(
    r"\s+(?:(?:period|term)\s+)?(?:was|were|has\s+been|had\s+been|is)\s+(?:\w+ly\s+)?"
    r"(?:extended|renewed|prolonged)\b",
    re.I,
)
RENEWED_BEFORE = re.compile(
    r"\b(?:extend|renew|prolong)(?:ed|s|ing)?\s+(?:(?:the|his|her|their)\s+)?"
    r"(?:pre-?trial\s+)?$|\b(?:extend|renew|prolong)(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){0,2}?"
    r"[\w'’-]+['’]s?\s+(?:pre-?trial\s+)?$",
    re.I,
)


def _arrest_moment(f: Found, sentence: str) -> bool:
    before = _before(f, sentence)
    wider = sentence[max(0, f.start - 70) : f.start]  # "prolonged Ivan Petrov's pretrial "
    if sentence[f.start : f.start + 3].lower() in ("det", "imp"):  # a state, unless a moment
        return bool(
            DETENTION_MOMENT.search(before)
            or DATE_NEXT.match(_after(f, sentence))
            or RENEWED_AFTER.match(sentence, f.end)
            or RENEWED_BEFORE.search(wider)
        )
    return not THREAT_BEFORE.search(before)


# "sentenced following his conviction": what the main verb reports came of it
# ... and the verdict an appeal is against: "heard his appeal against his conviction"
CAUSE_BEFORE = re.compile(
    r"\b(?:after|following|upon|since|until|before|despite|appeal(?:s|ed|ing)?\s+against)\s+"
    r"(?:(?:his|her|their|the)\s+|[\w-]+['’]s?\s+)?$",
    re.I,
)


# "seized the blogger X", "grabbed him", "captured the mayor's aide X": a person right after
# the verb, not "X's laptop"
A_NAME_NEXT = re.compile(
    r"\s+(?:him\b|them\b|(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*(?:['’]s)?\s+){0,3}?[A-Z][\w-]*+(?:\s+[A-Z][\w-]*+)*+(?!['’]))"
)


# "Minsk: X, 3 years": a capitalised name (its place in brackets, if any), then the comma
A_NAME_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’-]+\s*(?:\([^()]{1,40}\)\s*)?(?:,|\s[–—-])\s*$")


# "Belarus handed over X", "Russia on Saturday handed over X": a state as the subject
BY_A_STATE = re.compile(rf"\b{COUNTRY}\s+(?:has\s+|had\s+)?(?:[\w-]+\s+){{0,3}}?$", re.I)

# "doctors recommended that she be taken to a hospital": care asked for the person
CARE_ASKED = re.compile(
    r"\b(?:recommended|advised|ordered|said)\s+that\s+[\w'’-]+\s+(?:should\s+)?be\s+$", re.I
)


# "jailed pending trial", "without charge", "on suspicion of": held for a trial, not punished
HELD_FOR_TRIAL = (
    r"\b(?:pending|awaiting|ahead\s+of|until)\s+(?:(?:his|her|their|a|an|the)\s+)?"
    r"(?:trial|investigation|hearing)s?\b|\bwithout\s+(?:charges?|trial)\b|"
    r"\bon\s+suspicion\s+of\b|\bpre-?trial\b"
)
HELD_FOR_TRIAL_AFTER = re.compile(HELD_FOR_TRIAL, re.I)
# ... or on charges: "jailed for his posts on charges of extremism" (a term is a sentence:
# "jailed for six years on charges of fraud")
ACCUSED_AFTER = re.compile(
    rf"{HELD_FOR_TRIAL}|\b(?:on|over)\s+(?:[\w-]+\s+){{0,2}}?charges?\s+(?:of|for|over)\b",
    re.I,
)
# the clause a verb's manner is told in: up to a semicolon, a colon or a relative clause
CLAUSE_END = re.compile(r"[;:]|,\s+(?:who|which|whom|whose|while|but|and)\b", re.I)


# "X, jailed for a protest, was refused parole", "X, jailed by Russia, has been moved": an
# undated aside that says only what or who the person was jailed for or by describes them,
# as "jailed activist X" does: no event of its own (but "X, jailed last year for a poem,"
# and "X, jailed for five years," tell one); so does what they were jailed on ("X and Y,
# imprisoned on assault charges they deny, lost their appeal")
ASIDE_OPENS = re.compile(r",\s*(?:(?:once|previously|already|also)\s+)?$", re.I)
ASIDE_FOR_AN_ACT = re.compile(
    rf"\s+(?:(?:for|over)\s+{AN_ACT}|by\s+(?=[\w'‘\"“])|"
    r"on\s+(?:(?:[\w'’-]+\s+){0,4}?charges?\b|charges?\s+of\b))[^,;:.]*,"
)
DATE_OR_TERM = re.compile(
    rf"\b(?:(?:19|20)\d\d|{'|'.join(sorted(CALENDAR))}|last|this|ago|earlier|yesterday|"
    r"since|years?|months?|weeks?|decades?|life)\b",
    re.I,
)


def _an_epithet(f: Found, sentence: str) -> bool:
    if not ASIDE_OPENS.search(sentence, max(0, f.start - 20), f.start):
        return False
    aside = ASIDE_FOR_AN_ACT.match(sentence.lower(), f.end)
    return aside is not None and not DATE_OR_TERM.search(aside.group())


def _clause_says(pattern: re.Pattern[str], f: Found, sentence: str) -> bool:
    end = CLAUSE_END.search(sentence, f.end)
    return pattern.search(sentence, f.end, end.start() if end else len(sentence)) is not None


# who accuses without charging: "Critics have long accused X of corruption", "X has been
# accused by rivals of ...", "accused of corruption by his political opponents"
_CRITICS = (
    r"(?:critics|opponents|rivals|detractors|adversaries|activists|protesters|campaigners|"
    r"(?:rights|human\s+rights|opposition|civil\s+society)\s+(?:groups|parties|leaders|"
    r"figures|politicians|activists)|the\s+opposition|commentators|observers)"
)
CRITICS_ACCUSE = re.compile(
    rf"\b{_CRITICS}\s+(?:(?:have|has|had|also|long|often|repeatedly|\w+ly)\s+){{0,3}}$", re.I
)
BY_CRITICS = re.compile(
    rf"\s+(?:[\w'’-]+\s+){{0,8}}?by\s+(?:(?:his|her|their|the|some|many|its)\s+)?"
    rf"(?:[\w-]+\s+)?{_CRITICS}\b",
    re.I,
)


ACCUSED_WORD = re.compile(r"accus\w*", re.I)


def _not_by_critics(f: Found, sentence: str) -> bool:
    if CRITICS_ACCUSE.search(sentence, max(0, f.start - 60), f.start):
        return False
    word = ACCUSED_WORD.search(sentence, f.start, f.end)
    return word is None or not BY_CRITICS.match(sentence, word.end())


# "X, the exiled editor", "X, an exiled member of parliament": a description set after a name
DESCRIPTION_AFTER_NAME = re.compile(r"(?-i:[A-Z])[\w'’-]+,\s+(?:the|an?)\s+(?:former\s+)?$")


# an occasion that is held ("the trial was held on Monday"), not a person: its noun before
OCCASION_BEFORE = re.compile(
    r"\b(?:trials?|hearings?|sessions?|meetings?|rall(?:y|ies)|vigils?|protests?|marches|march|"
    r"funerals?|ceremon(?:y|ies)|elections?|votes?|talks|conferences?|events?|concerts?|"
    r"summits?|services?|debates?|memorials?|referendums?|festivals?|celebrations?|exhibitions?|"
    r"parties|party|auctions?|games?|matches|match|contests?|competitions?|screenings?)\b",
    re.I,
)


# "arrested at the airport just before leaving the country": stopped, never left
STOPPED_LEAVING = re.compile(
    r"\b(?:arrested|detained|stopped|held|seized|taken|picked\s+up)\b[^.;]*?\b"
    r"(?:before|while|as\s+(?:he|she|they)\s+(?:was|were))\s+$",
    re.I,
)


def _not_stopped_leaving(f: Found, sentence: str) -> bool:
    if not sentence.startswith(("leaving", "Leaving"), f.start):
        return True
    return not STOPPED_LEAVING.search(sentence, max(0, f.start - 160), f.start)


# "to resist deportation", "fighting his extradition", "a ruling that blocked her
# deportation": the move resisted, not made; "whose extradition Minsk is seeking": sought
RESISTED_BEFORE = re.compile(
    r"\b(?:resist|fight|fought|avoid|evade|escape|contest|challeng|prevent|block|halt|stop|"
    r"oppos)(?:e|es|ed|s|ing|ting|ped|ping)?\s+(?:(?:his|her|their|the|a|an|any)\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.I,
)
SOUGHT_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,4}?(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:\w+ly\s+)?(?:demanding|seeking|requesting|pursuing|calling\s+for|pressing\s+for)\b",
    re.I,
)


def _not_resisted(f: Found, sentence: str) -> bool:
    if RESISTED_BEFORE.search(_before(f, sentence)):
        return False
    return not (sentence.endswith("whose ", 0, f.start) and SOUGHT_AFTER.match(sentence, f.end))


# who arrests: "police picked him up", "security agents rounded up ..." (not "picked up her
# son from school")
AUTHORITIES = re.compile(
    r"\b(?:police|policemen|officers?|agents?|security|militia|troops|soldiers|gendarmes?|"
    r"authorities|fsb|kgb|sbu|gknb|nss|intelligence|plain[- ]?clothes|riot)\b",
    re.I,
)
# "Court sources confirmed the sentence", "his lawyer confirmed the verdict": someone who
# reports the sentence, not a court letting it stand
REPORTER_BEFORE = re.compile(
    r"\b(?:sources?|officials?|spokes(?:man|woman|person)|lawyers?|attorneys?|family|relatives?|"
    r"media|reports?|agency|agencies|group|ministry|police|prosecutors?|activists?|"
    r"(?:news|press)\s+service)\s+(?:(?:\w+ly|also|later|on\s+\w+)\s+)?$",
    re.I,
)
# ... or what is confirmed to a listener: "confirmed the convictions to Reuters", "to
# reporters" (a court confirms a sentence, to no one)
TOLD_TO = re.compile(
    r"\s+to\s+(?:reporters|journalists|(?:the\s+)?(?:press|media)\b|news\s+agencies|"
    r"(?:the\s+)?(?-i:[A-Z])[\w.'’-]*)",
    re.I,
)
# an appeal against a measure before the verdict ("appeal against her pretrial detention",
# "the appeal to move X to house arrest"), not against the verdict or sentence
PRETRIAL_MEASURE = re.compile(
    r"\b(?:house\s+arrest|pre-?trial|detention|remand|custody|bail|measure\s+of\s+restraint|"
    r"preventive\s+measure|arrest)\b",
    re.I,
)
VERDICT_WORD = re.compile(r"\b(?:verdict|sentence|conviction|judgment|ruling|term)s?\b", re.I)
CLAUSE_STOP = re.compile(r"[.;,]")


def _of_the_verdict(f: Found, sentence: str) -> bool:
    """Not an appeal whose object, right after it, is a pretrial measure."""
    after = CLAUSE_STOP.split(sentence[f.end : f.end + 90], maxsplit=1)[0]  # to "." ";" ","
    measure = PRETRIAL_MEASURE.search(after)
    if measure is None:
        return True
    verdict = VERDICT_WORD.search(after)
    return verdict is not None and verdict.start() < measure.start()


CHECKS: dict[Check, Callable[[Found, str], bool]] = {
    Check.A_NAME_BEFORE: lambda f, s: bool(A_NAME_BEFORE.search(s, max(0, f.start - 60), f.start)),
    Check.PAROLE_IN_SENTENCE: lambda f, s: bool(PAROLE.search(s)),
    Check.TO_A_CUSTODY_PLACE: _to_a_custody_place,
    Check.CUSTODY_PLACE_AFTER: lambda f, s: bool(CUSTODY_PLACES.search(_after(f, s))),
    Check.TRIAL_STARTS: _trial_starts,
    Check.APPEAL_REJECTED_AFTER: lambda f, s: (
        bool(REJECTED.search(s, f.end) or REJECTED_HEADLINE.match(s, f.end))
        and _of_the_verdict(f, s)
    ),
    Check.BY_A_COURT: lambda f, s: (
        not REPORTER_BEFORE.search(s, max(0, f.start - 60), f.start) and not TOLD_TO.match(s, f.end)
    ),
    Check.OF_THE_VERDICT: _of_the_verdict,
    Check.NOT_BEING_SERVED: lambda f, s: not SERVING.search(_before(f, s)),
    Check.NOT_SERVED_OR_APPEALED: lambda f, s: (
        not SERVING.search(_before(f, s))
        and not (
            APPEAL_LOST_AGAINST.search(s, max(0, f.start - 120), f.start)
            and not HANDED_AFTER.match(s, f.end)
        )
    ),
    Check.CHARGED_PERSON: _charged_person,
    Check.ARREST_MOMENT: _arrest_moment,
    Check.NOT_ENDED: lambda f, s: not ENDED_BEFORE.search(_before(f, s)),
    Check.NOT_ITS_TERMS: lambda f, s: not TERMS_BEFORE.search(_before(f, s)),
    Check.NOT_A_CONVICTION: _not_a_conviction,
    Check.AFTER_A_TERM: lambda f, s: bool(TERM_BEFORE.search(s, max(0, f.start - 60), f.start)),
    Check.NOT_A_CAUSE: lambda f, s: not CAUSE_BEFORE.search(_before(f, s)),
    Check.A_NAME_AFTER: lambda f, s: bool(A_NAME_NEXT.match(s, f.end)),
    Check.NOT_A_THING_OF_THEIRS: lambda f, s: (
        not A_THING_OF_THEIRS.search(s, max(0, f.start - 40), f.start)
    ),
    Check.BY_A_STATE: lambda f, s: bool(BY_A_STATE.search(s, max(0, f.start - 60), f.start)),
    Check.CARE_ASKED_FOR: lambda f, s: bool(CARE_ASKED.search(s, max(0, f.start - 60), f.start)),
    Check.NOT_HELD_FOR_TRIAL: lambda f, s: not _clause_says(HELD_FOR_TRIAL_AFTER, f, s),
    Check.NOT_BY_CRITICS: _not_by_critics,
    Check.DESCRIBES_THE_PERSON: lambda f, s: bool(
        DESCRIPTION_AFTER_NAME.search(s, max(0, f.start - 60), f.start)
    ),
    Check.NOT_STOPPED_LEAVING: _not_stopped_leaving,
    Check.NOT_RESISTED: _not_resisted,
    Check.NOT_AN_OCCASION: lambda f, s: (
        not OCCASION_BEFORE.search(s, max(0, f.start - 80), f.start)
    ),
    Check.BY_THE_AUTHORITIES: lambda f, s: bool(AUTHORITIES.search(s)),
    Check.NOT_ACCUSED_ONLY: lambda f, s: (
        not _clause_says(ACCUSED_AFTER, f, s) and not _an_epithet(f, s)
    ),
}
assert set(CHECKS) == set(Check) - {Check.NONE}, "a check without a function"


# The enum members the event readers' loops read, as globals: read off its class, a member
# goes through the __getattr__ hook of the enums' metaclass (Python 3.11), about ten times
# a global's cost (match.py does the same)
CHECK_NONE = Check.NONE
FORM_NOUN = Form.NOUN
FORM_VERB = Form.VERB

guard_patterns(globals())  # the same matches, skipping fast to where one can start
