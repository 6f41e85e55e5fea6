"""Who a sentence speaks of: the watchlisted names in it, and the words that stand for them.

A name found by the name matcher is a reference to its person. "He", "she", "him", "his"
and "her" stand for the person named last (of the pronoun's gender, guessed from the
watchlist spelling: "-ova" a woman, "-ov" a man); "they", "them", "their" and "both" for
the group named last. A plural word anywhere in the sentence ("the three men", "all
five", "the pair", "the journalists", "the journalists' release") stands for a group the
article told of, the nearest first, of the count's size (``plural_refs``); never
officials, relatives or an uncounted crowd ("the guards", "the protesters"). "The
activist" or "the 45-year-old" at the start of a sentence, as an owner ("the activist's
lawyer") or as the object of a verb or noun that says what happened ("police detained
the activist", "the trial of the engineer"; never "the lawyer" or "the prisoner" there),
stands for the person named last, and so does an epithet that opens a sentence ("the
president's fiercest critic"), a former office ("the former senator", never "the judge")
and the head of a party or an outlet ("the head of the opposition party", never "the head
of the prison service"); "the journalist" for the person last described as one
("X, a reporter"), never for one described by another occupation ("the mayor, Y"; an
age, "activist" or "critic" go with any), nor past someone no one watches described as
one since ("another journalist, Y", "former President Y", ``unwatched_described``). A
relative or someone no one watches who opens a sentence with an event ("His brother was
detained", "Boris Kim, a fellow activist, was detained", "X's cellmate, a teacher, was
executed"), or a
relative an event's verb takes as object ("Police detained the wife of X"), takes the
next "he" or "she" of their gender. Inside a quotation, "I", "me" and "my" stand for its
speaker ('"I was beaten," X said'). Each reference has a kind (``RefKind``) that says
how it can stand in a clause: a subject, an object, an owner.

People around the person stand for them only by the relation: a relative who speaks of
"her son" ("The mother of X said her son was beaten": X, ``KIN_CALLS``), and a relative
named before ("X's wife, Y, was detained. Her husband ...": X, ``kin_named``). "His
client" is never the lawyer who says it. A gender comes from the watchlist spelling, or
from what the text says of the person: a title, a relative's word ("her husband, X"), an
apposition ("X, a mother of two"), the subject's own "her" ("X was detained at her
home"), a speaker's "she" (not a relative's: "The mother of X said that her son"); a name
that gives none binds either pronoun.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from enum import StrEnum
from functools import lru_cache, partial
from itertools import chain, pairwise
from typing import NamedTuple

from monitor.core.names import fold as fold_name
from monitor.core.regex_needs import fold, guard_patterns, holds_any, needed_words
from monitor.core.sentences import Sentence
from monitor.core.types import Mention
from monitor.core.wordlists import (
    FEMALE_GIVEN_NAMES,
    KIN,
    KIN_CALLS,
    MALE_GIVEN_NAMES,
    MONTHS,
    NUMBER_WORDS,
    PEOPLE_AROUND,
    PEOPLE_BEFORE_OF,
    SINGULARS,
    SPEECH_VERBS,
    WEEKDAYS,
    alternatives,
)


class RefKind(StrEnum):
    """How a reference names its person; the value is what users see."""

    NAME = "named"
    PRONOUN = "he/she/they"
    OBJECT = "him/them"
    HER = "her"
    POSSESSIVE = "his/their"
    ROLE = "described"
    GROUP = "the group"


class Gender(StrEnum):
    FEMALE = "f"
    MALE = "m"


class Ref(NamedTuple):  # tuples: many are made per article, and tuples are made fast
    """A reference to watchlisted people in the text: a name, a pronoun, "the activist"."""

    start: int
    end: int
    people: tuple[str, ...]
    kind: RefKind


_ref = partial(tuple.__new__, Ref)  # Ref(*fields), made without a call of Python code


def name_refs(sentence: Sentence, ordered: Sequence[Mention], first: int) -> list[Ref]:
    """The names in the sentence; ``ordered`` mentions by start, from index ``first`` on.
    Names that end together are one reference to all their people: given names that share
    a surname ("Arkady and Sofya Tikhonov", "Аркадий, Софья и Мария Тихоновы") are each
    one's mention, ending at the surname, the first holding the others."""
    spans: dict[tuple[int, int], list[str]] = {}
    for i in range(first, len(ordered)):
        m = ordered[i]
        if m.start >= sentence.end:
            break
        if m.end <= sentence.end:
            spans.setdefault((m.start - sentence.start, m.end - sentence.start), []).append(
                m.person_id
            )
    by_end: dict[int, tuple[int, list[str]]] = {}  # end → start, people (a shared surname)
    for (s, e), people in spans.items():
        outer = by_end.get(e)
        if outer is None:
            by_end[e] = (s, people)
        elif s < outer[0]:
            by_end[e] = (s, people + outer[1])
        else:
            outer[1].extend(people)
    return [
        _ref((s, e, tuple(dict.fromkeys(people)), REF_NAME)) for e, (s, people) in by_end.items()
    ]


# "all of them", "each of them": a subject, as "they" is
PRONOUN = re.compile(
    r"\b(he|she|him|his|her|they|(?:all|each|both|most)\s+of\s+them|them|their|both)\b", re.I
)
_P, _O, _H, _S = RefKind.PRONOUN, RefKind.OBJECT, RefKind.HER, RefKind.POSSESSIVE
PRONOUN_KIND = {
    "he": _P,
    "she": _P,
    "they": _P,
    "both": _P,
    "him": _O,
    "them": _O,
    "her": _H,
    "his": _S,
    "their": _S,
    "all of them": _P,
    "each of them": _P,
    "both of them": _P,
    "most of them": _P,
}
SUBJECT_KINDS = frozenset({RefKind.NAME, RefKind.PRONOUN, RefKind.ROLE, RefKind.GROUP})
OBJECT_KINDS = frozenset({RefKind.NAME, RefKind.OBJECT, RefKind.HER, RefKind.ROLE, RefKind.GROUP})
OWNER_KINDS = frozenset({RefKind.POSSESSIVE, RefKind.HER})
# What a person is described as: "the activist", "journalist X", "X, a lawyer"
ROLE_WORDS = (
    r"activist|journalist|blogger|dissident|lawyer|poet|writer|businessman|businesswoman|"
    r"banker|politician|prisoner|defender|musician|artist|researcher|student|leader|critic|"
    r"unionist|reporter|editor|detainee|convict|inmate|accused|opposition figure|cleric|"
    r"priest|archbishop|bishop|imam|pastor|teacher|scholar|professor|academic|novelist|"
    r"photographer|filmmaker|singer|rapper|economist|historian|mayor|campaigner|scientist|"
    r"physicist|chemist|mathematician|engineer|lecturer|councillor|correspondent|publisher|"
    r"columnist|broadcaster|laureate|mp|parliamentarian|(?:theatre|theater|film|stage)\s+director"
)
# ... and officials, who describe a person but never stand for a watched one ("the judge")
OFFICIAL_WORDS = (
    r"minister|president|governor|judge|prosecutor|official|officer|spokesman|spokeswoman|"
    r"spokesperson|ambassador|director|chairman|senator|lawmaker|diplomat|investigator"
)
# Roles that say what a person does; one of them stands for the person described so
# ("X, a journalist, ... Y, the mayor ... The journalist was jailed": X). The others
# (a prisoner, a man, the 45-year-old) can be anyone's.
TRADE_SYNONYMS = {
    "reporter": "journalist",
    "editor": "journalist",
    "blogger": "journalist",
    "campaigner": "activist",
    "dissident": "activist",
    "defender": "activist",
    "correspondent": "journalist",
    "columnist": "journalist",
    "broadcaster": "journalist",
    "publisher": "journalist",
    "parliamentarian": "mp",
}
# the head of something (``ROLE``), who may have any occupation besides
LEADS = "head|chair|chairman|chairwoman|chairperson|founder|co-founder"
LEAD_WORDS = frozenset(LEADS.split("|"))
NOT_TRADES = frozenset(
    [
        *("prisoner", "detainee", "convict", "inmate", "accused"),
        *("leader", "critic", "man", "woman", "client"),
        *LEAD_WORDS,
    ]
)
# What a person does for a living or an office: someone described as one of these is not
# "the <another of them>" ("X, a lawyer, ... the journalist": not X). The rest (an activist,
# a critic, a dissident, an age) go with any of them ("Kremlin critic X ... the 44-year-old
# opposition politician": X).
NOT_OCCUPATIONS = frozenset(
    [*NOT_TRADES, "activist", "dissident", "politician", "opposition figure", "laureate", "mp"]
)


def _other_occupation(known: set[str], trade: str) -> bool:
    """Whether ``known`` (what a person was described as) holds an occupation not ``trade``."""
    return any(k != trade and k not in NOT_OCCUPATIONS and not AGE.fullmatch(k) for k in known)


DESCRIBED_BEFORE = re.compile(rf"\b(?P<role>{ROLE_WORDS}|{OFFICIAL_WORDS})s?\s*,?\s+$", re.I)
DESCRIBED_AFTER = re.compile(
    rf"\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?P<role>{ROLE_WORDS}|{OFFICIAL_WORDS})\b",
    re.I,
)


AGE = re.compile(r"\d{1,3}-year-old")
AGED_AFTER = re.compile(r"\s*,\s+(?:aged\s+)?(?P<age>\d{1,3})\s*,")


def described_as(text: str, names: list[Ref]) -> list[tuple[str, str]]:
    """(person, trade) for the names of ``text`` described by a role right before or after
    them: "journalist X", "the mayor, X", "X, a journalist with ..."; an age ("X, 62,") is
    one too, for "the 62-year-old"."""
    found: list[tuple[str, str]] = []
    for ref in names:
        aged = AGED_AFTER.match(text, ref.end)
        if aged:
            found += ((person, f"{aged.group('age')}-year-old") for person in ref.people)
        for m in (
            DESCRIBED_BEFORE.search(text, max(0, ref.start - 40), ref.start),
            DESCRIBED_AFTER.match(text, ref.end),
        ):
            if m:
                found += ((person, _trade(m.group("role"))) for person in ref.people)
    return found


# Someone no one watches, named and described by a trade: "another journalist, Pavel
# Orlov,", "journalist Pavel Orlov", "Pavel Orlov, a journalist" (a run of capitalised words
# first: the role words are tried only before and after one)
NAME_RUN = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+")
TRADE_BEFORE = re.compile(rf"\b(?P<role>{ROLE_WORDS})\s*,?\s+$", re.I)
TRADE_AFTER = re.compile(
    rf"\s*,\s+(?:a|an|the|another)\s+(?:[\w-]+\s+){{0,3}}?(?P<role>{ROLE_WORDS})\b", re.I
)


FORMER_OFFICIAL_NAMED = re.compile(
    rf"\b(?:[Ff]ormer\s+|[Ee]x-)(?:(?i:prime|deputy|vice)[\s-]+)?(?P<role>(?i:{OFFICIAL_WORDS}))"
    r",?\s+(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)"
)


def unwatched_described(text: str, names: list[Ref]) -> list[Ref]:
    """Stand-ins for the people ``text`` names and describes by a trade whom no one watches
    (no watched name among their words): "another journalist, Pavel Orlov," gives one for
    "journalist", so that "the journalist" after it is not a watched journalist named before
    (``_last_person``)."""
    refs = []
    for m in NAME_RUN.finditer(text):
        start, end = m.span()
        if any(r.start < end and start < r.end for r in names):
            continue
        role = TRADE_BEFORE.search(text, max(0, start - 40), start) or TRADE_AFTER.match(text, end)
        if role is None:
            continue
        trade = _trade(role.group("role"))
        if trade not in NOT_TRADES:
            refs.append(Ref(start, end, ("\0" + trade,), REF_ROLE))
    if "former " in text or "ex-" in text:  # "former President Tomas Rivera": "the former
        # president" after it is him, not a watched person named before
        for m in FORMER_OFFICIAL_NAMED.finditer(text):
            if not any(r.start < m.end() and m.start("name") < r.end for r in names):
                refs.append(
                    Ref(m.start("name"), m.end(), ("\0" + m.group("role").lower(),), REF_ROLE)
                )
        refs.sort(key=lambda r: r.start)
    return refs


def _trade(role: str) -> str:
    role = role.lower()
    return TRADE_SYNONYMS.get(role, role)


# what a party, a movement or an outlet is: the head of one is a person the news is about
# ("the head of the opposition party"), the head of any other body an official ("the head
# of the prison service")
ORGANISATIONS = (
    r"party|opposition|movement|alliance|front|coalition|newspaper|paper|broadcaster|channel|"
    r"station|website|magazine|agency|outlet|ngo|organi[sz]ation|association|foundation|"
    r"group|cent(?:re|er)|network|league|society|committee|council"
)
ROLE = re.compile(
    r"\b(?:the|this)\s+(?:\d+-year-old\s+)?(?P<former>former\s+)?(?:[a-z-]+\s+){0,2}?"
    rf"(?:ex-)?(?P<role>{ROLE_WORDS}|man|woman|\d+-year-old"
    # an official stands for a watched person only as a former one: "the former senator",
    # "the former prime minister", "the ex-minister" (never "the judge", "the minister")
    rf"|(?(former)(?:{OFFICIAL_WORDS}|head|chief)|(?<=ex-)(?:{OFFICIAL_WORDS}))"
    # ... and the head of a party, a movement or an outlet ("the head of the opposition party")
    rf"|(?:{LEADS})(?=\s+of\s+(?:the\s+)?(?:[\w'’()-]+\s+){{0,4}}?(?:{ORGANISATIONS})\b)"
    r")\b(?P<owner>['’]s)?",
    re.I,
)
THAT_BEFORE = re.compile(r"\bthat\s+$")
# a time or place that opens the sentence, before its subject: "On Wednesday, the journalist
# walked free", "After 22 months, the activist ..."
FRONTED_OPENING = re.compile(
    r"\W*(?:on|after|before|in|at|late|early|last|earlier|later|yesterday|today|tonight|"
    r"meanwhile|finally|then|within|during|following)\b[^,;:.!?\"“”]{0,40}?"
    # ... its comma left out before a description: "On Wednesday the activist was charged"
    r"(?:,\s+|\s+(?=(?:the|this)\s))",
    re.I,
)
# An epithet for a person: "the president's most prominent critic", "President Ivan
# Sokolov's fiercest opponent", "the Kremlin's best-known foe"; a critic's kind of word
# after someone's ("X's lawyer" is someone around X, never X)
EPITHET = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}[\w-]+['’]s\s+"
    r"(?:[a-z-]+\s+){0,3}?"
    r"(?P<role>critic|opponent|rival|foe|adversary|challenger|nemesis)\b(?P<owner>)",
    re.I,
)
# ... and as the object of a verb that says what happened to someone: "police detained the
# theatre director", "a court sentenced the activist"
_EVENT_VERBS = (
    r"detained|arrested|charged|sentenced|jailed|freed|released|acquitted|convicted|"
    r"deported|expelled|pardoned|indicted|abducted|beat|tortured|cleared|extradited|"
    r"transferred|moved"
)
EVENT_VERB_BEFORE = re.compile(
    rf"\b(?:{_EVENT_VERBS}|"
    # ... or the owner of such a noun: "the trial of the engineer", "the release of the poet"
    r"(?:trial|release|arrest|detention|sentencing|conviction|acquittal|transfer|death|"
    r"deportation|extradition|pardon)\s+of|"
    # ... or whom a verdict was handed to: "upheld the six-year sentence handed to the poet"
    r"(?:sentences?|terms?|verdicts?|convictions?|fines?)\s+(?:handed(?:\s+down)?|given|passed|"
    r"imposed)\s+(?:to|on))\s+(?:(?:on|last)\s+[A-Z][a-z]+\s+)?(?=(?:the|this)\s)"
)
# ... or with a relative clause of such a verb, closed off by a comma: "prosecutors seek the
# death penalty against the 31-year-old singer, who was arrested in September"
WHO_EVENT_AFTER = re.compile(
    rf",\s+who\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:{_EVENT_VERBS})\b"
)
# ... but not after someone the sentence names or calls "he"/"she" first, who is not the
# one described ("She sang with the singer, who was arrested"), unless only as a relation's
# ("The family of X said ... against the singer, who was arrested")
SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they)\b", re.I)
RELATION_OF_BEFORE = re.compile(rf"\b(?:{PEOPLE_BEFORE_OF}|family)\s+(?:of|for)\s+$", re.I)


def _no_one_else_before(text: str, names: list[Ref], at: int) -> bool:
    """Before ``at``, no "he"/"she" and no name but a relation's ("the family of X")."""
    return not SUBJECT_PRONOUN.search(text, 0, at) and all(
        RELATION_OF_BEFORE.search(text, 0, r.start) for r in names if r.start < at
    )


# ... or as the subject of a time clause: "1,000 days since the activist was detained",
# "a week after the blogger was freed"
TIME_CLAUSE_BEFORE = re.compile(
    r"\b(?:since|after|before|when|until|once)\s+(?=(?:the|this)\s)", re.I
)
AUX_AFTER = re.compile(r"\s+(?:was|were|had|has)\b")
# ... nor a role anyone around may have: "arrested the lawyer", "freed the prisoner"
NOT_OBJECT_ROLES = NOT_TRADES - LEAD_WORDS | {"lawyer", "defender", "student"}
# ... but not one described as the person's companion: "acquitted the businessman tried
# alongside him"
COMPANION_AFTER = re.compile(
    r",?\s+(?:who\s+was\s+)?(?:[a-z]+ed|held|tried)\s+(?:together\s+|along\s+)?(?:with|alongside)\b"
)


def _not_companion(text: str, at: int) -> bool:
    """After an event's object: not "tried alongside" someone."""
    return not COMPANION_AFTER.match(text, at)


def _aux(text: str, at: int) -> bool:
    """After a time clause's subject: its verb ("since the activist was detained")."""
    return AUX_AFTER.match(text, at) is not None


def _epithet(text: str, names: list[Ref], at: int) -> re.Match[str] | None:
    """An epithet that opens the sentence at ``at`` ("The president's fiercest critic was
    sentenced"), not one whose owner is a watched person named there ("X's critic")."""
    m = EPITHET.match(text, at) if "'s " in text or "’s " in text else None
    if m is None or any(at <= r.start < m.end() for r in names):
        return None
    return m


# "His client was released on bail, his lawyer said": the person the lawyer speaks for
CLIENT = re.compile(r"\W*(?:his|her|their|my|our)\s+(?P<role>client)\b(?P<owner>['’]s)?", re.I)
CLIENT_ANYWHERE = re.compile(
    r"\b(?:his|her|their|my|our)\s+(?P<role>client)\b(?P<owner>['’]s)?", re.I
)
# "His supporters say the 62-year-old was tortured", "the lawyer said his client was freed":
# a description that opens the clause a speaker reports stands for someone as at a sentence's start
SAID = re.compile(
    r"\b(?:said|says|say|told\s+\w+|tells|added|claimed|claims|believe[sd]?|fear(?:s|ed)?)"
    r"\s+(?:(?:on|last)\s+[A-Z][a-z]+\s+)?(?:that\s+)?(?=(?:the|this|his|her|their)\s)",
    re.I,
)
# its prefilter: one of its verbs, folded (``needed_words`` leaves out "say", too short to
# filter alone; here it is one of the verbs, every one of which a match holds)
SAID_WORDS = ("said", "say", "told", "tells", "added", "claim", "believe", "fear")
# "the former", "the latter" standing alone (not "the former banker"): one of the two last
# named together
FORMER_LATTER = re.compile(
    r"\bthe\s+(former|latter)(?=\s*,|\s+(?:was|were|is|has|had|remains|said|says|will|would|"
    r"also|later|then|who)\b)",
    re.I,
)
GROUP_NOUNS = (
    r"activists|journalists|bloggers|dissidents|lawyers|poets|writers|politicians|prisoners|"
    r"defenders|reporters|editors|detainees|defendants|leaders|critics|students|staff|"
    r"staffers|employees|members|campaigners|opposition figures|co-defendants|accused"
)
# "the 47 activists", "the 11 current and former staff of X": a group counted, the people
# the article has given events so far
COUNTED_GROUP = re.compile(
    r"\bthe\s+(?P<count>\d+|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"twenty|thirty|forty|fifty)(?:-strong)?\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{GROUP_NOUNS})\b",
    re.I,
)  # "the two journalists" are the two last named together (``PLURAL_GROUP``)
# "A court jailed X. Y was cleared. The defendants were arrested in 2024": the people of
# the case, named apart (not "the accused said he": one accused, a verb in the plural only)
CASE_GROUP = re.compile(
    r"\b(?:[Tt]he|[Aa]ll(?:\s+the)?)\s+(?:co-)?(?:defendants\b|accused(?=\s+(?:were|are|have)\b))"
)
CASE_GROUP_WORDS = needed_words(CASE_GROUP.pattern)[0]  # its prefilter (case-blind: no)


# The plural words that stand for the people last listed together (two or more), wherever
# they stand in the sentence: a count with a plural noun of people ("the four
# photographers", "both women", "all three defendants"), a count alone ("the three were
# sentenced", "a court acquitted the three"), a plural noun of people ("the journalists",
# "the men"), or a word for a group ("the pair", "the trio", "the group"). A count must be
# the list's size ("all five" at least it: "X and Y, with three other students. All five
# ..."); "both", "the pair" two. Not the people of another side or of a crowd ("the
# guards", "the judges", "the protesters" with no count), nor "the journalists X and Y"
# (the names follow), nor "most of the defendants" (some of them).
GROUP_COUNT = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}"
# nouns of people: men and women, and what people do ("-ers", "-ists", "-ors", "-ians",
# "-ants", "-ents", "-ees": photographers, activists, editors, musicians, defendants,
# students, detainees)
PERSON_NOUNS = (
    r"(?:[a-z]+)?(?:men|women)|people|persons|accused|brothers|sisters|sons|daughters|"
    r"colleagues|friends|staff|[a-z][a-z-]+(?:ers|ists|ors|ians|ants|ents|ees|ics)"
)
# ... that are never the people listed: officials and guards, relatives and supporters,
# things ("documents", "orders"), and crowds when not counted
OTHER_SIDE = frozenset({
    "officers", "police", "policemen", "policewomen", "guards", "judges", "prosecutors",
    "investigators", "interrogators", "officials", "agents", "soldiers", "jailers", "warders",
    "authorities", "ministers", "parents", "relatives", "supporters", "followers",
    "sympathisers", "sympathizers", "children", "others", "orders", "papers", "letters",
    "numbers", "matters", "centers", "centres", "chambers", "offers", "powers", "borders",
    "quarters", "headquarters", "computers", "servers", "posters", "documents", "statements",
    "comments", "payments", "arguments", "events", "grants", "lawmakers", "rulers", "observers",
    "diplomats", "ambassadors", "employers", "owners", "residents", "neighbours", "neighbors",
    "victims", "witnesses", "warrants", "incidents", "accidents", "contents", "talents",
    "tactics", "politics", "topics", "ethics", "lists", "errors", "factors", "sectors"
})  # fmt: skip
# ... nor a plural of a thing done or made: "the agreements", "the governments", "the
# statements" (no noun of people ends so)
THINGS_ENDING = "ments"
CROWD = frozenset({
    "protesters", "protestors", "demonstrators", "marchers", "rioters", "participants",
    "passengers", "passers-by", "voters", "workers"
})  # fmt: skip
# ... nor others than them: "the other students", "the remaining detainees"
_NOT_THEM = r"(?:other|more|further|remaining|rest|several|many|some|few|same)"
_GROUP_WORD = r"pair|couple|duo|trio|foursome|quartet|group"
GROUP_SIZES = {"pair": 2, "couple": 2, "duo": 2, "trio": 3, "foursome": 4, "quartet": 4}
# what may follow a count that stands alone: no noun ("the three were", "acquitted the
# three on Thursday", "the two of them", "the three detained in May")
_ALONE_AFTER = (
    r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:of\s+them|were|are|was|is|had|have|has|will|would|could|"
    r"can|may|must|might|each|all|both|also|later|then|now|still|again|remain\w*|on|in|at|"
    r"to|into|from|after|before|for|with|without|and|who|whose|whom|last|this|over|since|"
    r"until|during|by|[a-z]+ed)\b)"
)
PLURAL_GROUP = re.compile(
    r"\b(?P<det>the|both|all(?:\s+(?:of\s+)?the)?|these|those)\s+(?:"
    rf"(?:(?P<count>{GROUP_COUNT})\s+)?(?:(?!{_NOT_THEM}\s)[a-z-]+\s+)?(?P<noun>{PERSON_NOUNS})"
    r"(?:(?P<owner>['’])|\b(?!\s+of\b))"
    rf"|(?P<word>{_GROUP_WORD})(?:(?P<owns>['’]s)\b|\b(?!['’]|\s+of\b|\s+(?-i:[A-Z])))"
    rf"|(?P<alone>{GROUP_COUNT})\b{_ALONE_AFTER}"
    r")",
    re.I,
)
# nouns that name no trade, which stand for a list described as officials too; any other
# does not ("Judges X and Y heard the case. The activists were sentenced": not X and Y)
_NO_TRADE = frozenset({"men", "women", "people", "persons", "accused", "defendants"})


def plural_refs(
    text: str,
    names: list[Ref],
    lists: Sequence[tuple[str, ...]],
    trades: Mapping[str, set[str]] | None = None,
    counted: Mapping[str, int] | None = None,
) -> list[Ref]:
    """The plural words of ``text`` (``PLURAL_GROUP``) that stand for one of ``lists``, the
    groups the article has told of, the nearest first: the people last listed together,
    the people given events so far, everyone named so far. A count or a group word of a
    size takes the first of its size ("the three men": the three named so far); "all
    seven" the largest it covers; "all the defendants" the people of the case with those
    last listed; a noun the lead counted (``counted``: noun → count, "six journalists")
    the first group of that size ("The journalists were detained on Tuesday": the six,
    though named apart since); any other word the first. None before a name of the
    sentence (``names``), whose plural words are its own ("Police detained X and the two
    journalists"); "the journalists'", "the pair's" own what follows ("the journalists'
    release")."""
    refs: list[Ref] = []
    groups = [g for g in dict.fromkeys(lists) if len(g) >= 2]
    if not groups:
        return refs
    first_name = names[0].start if names else len(text)
    for m in PLURAL_GROUP.finditer(text):
        if m.start() > first_name:
            break  # (the later matches start later still: none is read)
        if NAME_AFTER.match(text, m.end()):
            continue  # "the journalists X and Y": the names follow
        det = m.group("det").lower()
        count = m.group("count") or m.group("alone")
        noun = (m.group("noun") or "").lower()
        if noun in OTHER_SIDE or noun.endswith(THINGS_ENDING) or (noun in CROWD and count is None):
            continue
        if PART_OF.search(text, max(0, m.start() - 24), m.start()) or BESIDE_THEM.search(
            text, max(0, m.start() - 12), m.start()
        ):
            continue  # "most of the defendants": some of them; "Y was among the couriers"
        word = (m.group("word") or "").lower()
        size = GROUP_SIZES.get(word) if word else 2 if det == "both" else None
        every = det.startswith("all")
        if count is not None:
            n = count_number(count)
            fits = [g for g in groups if (len(g) <= n if every else len(g) == n)]
            # "All five were arrested": the two named among them, or as many as named
            people = max(fits, key=len) if every and fits else fits[0] if fits else ()
        elif size is not None:
            people = next((g for g in groups if len(g) == size), ())
        elif every:  # "all the defendants": everyone of the case
            people = tuple(dict.fromkeys(p for g in groups[:2] for p in g))
        elif counted and noun in counted:  # the lead's "six journalists", named apart since
            people = next((g for g in groups if len(g) == counted[noun]), groups[0])
        else:
            people = groups[0]
        if not people:
            continue
        if noun and trades is not None and noun not in _NO_TRADE and _officials(people, trades):
            continue  # "Judges X and Y heard the case. The activists were sentenced"
        kind = RefKind.POSSESSIVE if m.group("owner") or m.group("owns") else RefKind.GROUP
        refs.append(Ref(m.start(), m.end(), people, kind))
    return refs


# a plural word set beside someone else, not the one an event befalls: "Y was among the
# couriers", "Y, like the two activists, ...", "together with the pair"; or left out: "all
# but the four convicted", "everyone except the pair"
BESIDE_THEM = re.compile(
    r"\b(?:among|amongst|between|like|unlike|with|alongside|than|from|but|except|besides|"
    r"excluding|apart\s+from)\s+$",
    re.I,
)


OFFICIAL = re.compile(OFFICIAL_WORDS)


def _officials(listed: tuple[str, ...], trades: Mapping[str, set[str]]) -> bool:
    """Whether any of ``listed`` was described as an official ("judge X")."""
    return any(OFFICIAL.fullmatch(t) for p in listed if p in trades for t in trades[p])


# "Bekov was arrested, as were the Aliyevs": a surname in the plural for the people of
# that surname named before (not "the Aliyevs' lawyer")
PLURAL_SURNAME = re.compile(r"\b[Tt]he\s+(?P<name>(?-i:[A-Z])[\w-]+?)(?:s|es)\b(?!['’])")


def group_refs(
    sentence: Sentence,
    in_case: tuple[str, ...],
    named: tuple[tuple[str, str], ...] = (),
) -> list[Ref]:
    """ "the 11 journalists" and "the defendants" for the people the article has given
    events so far (two or more); not when a name follows ("the journalists X and Y").
    ``named``: (surname, person) of everyone named so far, for "the Aliyevs". (The plural
    words for the people last listed together are ``plural_refs``.)"""
    text = sentence.text
    refs: list[Ref] = _named_group_refs(text, named) if named else []
    for pattern, people in (
        (COUNTED_GROUP, in_case),
        (CASE_GROUP, in_case),
    ):
        if len(people) < 2 or (pattern is CASE_GROUP and not holds_any(text, CASE_GROUP_WORDS)):
            continue
        for m in pattern.finditer(text):
            if pattern is COUNTED_GROUP and count_number(m.group("count")) < len(people):
                continue  # "the 4 activists" cannot be the six people of the case
            if (
                not NAME_AFTER.match(text, m.end())
                and not any(r.start <= m.start() < r.end for r in refs)
                and not PART_OF.search(text, max(0, m.start() - 24), m.start())
            ):
                refs.append(Ref(m.start(), m.end(), people, RefKind.GROUP))
    return refs


def _named_group_refs(text: str, named: tuple[tuple[str, str], ...]) -> list[Ref]:
    """ "the Aliyevs" for the people of the surname Aliyev (``group_refs``)."""
    refs: list[Ref] = []
    for m in PLURAL_SURNAME.finditer(text):
        surname = m.group("name").casefold()
        family = tuple(dict.fromkeys(p for last, p in named if last.casefold() == surname))
        if family and not any(r.start <= m.start() < r.end for r in refs):
            refs.append(Ref(m.start(), m.end(), family, RefKind.GROUP))
    return refs


# "Most of the defendants were detained", "two of the accused": some of the group, not
# each of the people in it (but "all of the defendants", "each of the accused")
PART_OF = re.compile(
    r"\b(?:most|some|many|several|few|half|none|majority|number|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|\d+|"
    r"dozens|hundreds|scores|others?)\s+of\s+$",
    re.I,
)


# "The trial lasted two hours", "That sentence was overturned": in an article about one
# person, the case spoken of is theirs
CASE_WORD = re.compile(
    r"\b(?:the|that|this)(?=\s+(?:trial|sentence|verdict|conviction|case|hearing)\b"
    r"(?!\s+(?:of|against|for|in\s+which)\b))",
    re.I,
)
# ... and a docket's or headline's line that opens with the word: "Appeal against
# conviction dismissed.", "Sentence upheld." (the word itself is the possessive; matched at
# a sentence's start only)
CASE_OPENS = re.compile(
    r"\W*(?P<word>(?=(?-i:[A-Z]))(?:appeal|trial|sentence|verdict|conviction)s?)\b"
    r"(?!\s+(?:of|for|court|in\s+which)\b)",
    re.I,
)


def case_refs(sentence: Sentence, main: str | None) -> list[Ref]:
    """ "the trial" as the main person's trial: a possessive on "the" (or on the word that
    opens a line: "Appeal against conviction dismissed.")."""
    if main is None:
        return []
    refs = [
        Ref(m.start(), m.end(), (main,), RefKind.POSSESSIVE)
        for m in CASE_WORD.finditer(sentence.text)
    ]
    opens = CASE_OPENS.match(sentence.text)
    if opens:
        refs.insert(0, Ref(*opens.span("word"), (main,), RefKind.POSSESSIVE))
    return refs


def main_person(counts: dict[str, int]) -> str | None:
    """The person an article is about: named (``counts``: times named so far) at least twice
    as often as anyone else."""
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
        return None
    return max(counts, key=counts.__getitem__)


def count_number(word: str) -> int:
    """ "47" → 47, "eleven" → 11, any other -teen word ("umpteen") → 13 at least."""
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, 13)


NAME_AFTER = re.compile(r"\s*,?\s+[A-Z]")
FEMALE_WORDS = {"she", "her", "woman"} | {word for word, he in KIN.items() if he == "she"}
MALE_WORDS = {"he", "him", "his", "man", "businessman"} | {w for w, he in KIN.items() if he == "he"}


def _word_gender(word: str) -> Gender | None:
    """The gender a pronoun or a kin word ("she", "his", "brother") stands for, if any."""
    return GENDER_FEMALE if word in FEMALE_WORDS else GENDER_MALE if word in MALE_WORDS else None


def pronoun_refs(
    sentence: Sentence,
    names: list[Ref],
    history: Sequence[Ref],
    last_group: tuple[str, ...],
    genders: Mapping[str, Gender],
    trades: Mapping[str, set[str]] | None = None,
    quoted_by: str | None = None,
    watched_spoke: bool = False,
    lists: Sequence[tuple[str, ...]] = (),
    counted: Mapping[str, int] | None = None,
) -> list[Ref]:
    """The pronouns and descriptions of ``sentence`` that stand for watched people;
    ``trades``: what each person was described as so far (``described_as``); ``quoted_by``:
    the watched person whose quotation the sentence goes on with, if it opens with one;
    ``watched_spoke``: the sentence before opened with a watched person (named, "he"/"she",
    or their quotation), so a quotation's "he said" is theirs, not a cellmate's; ``lists``:
    the other groups the article told of, after ``last_group``, for its plural words
    (``plural_refs``), and ``counted`` the groups its lead counted ("six journalists")."""
    refs: list[Ref] = []
    text = sentence.text
    current = set(names)
    seen = (history, names)
    roles = []  # "the activist" stands for someone only at the start of a sentence, or as owner
    fronted = FRONTED_OPENING.match(text)  # (the start after "On Wednesday, ")
    first = (
        ROLE.match(text)
        or CLIENT.match(text)
        or (fronted and ROLE.match(text, fronted.end()))
        or _epithet(text, names, fronted.end() if fronted else 0)
    )
    if first:
        roles.append(first)
    if " client" in text:  # "..., after his client was sentenced": anywhere in the sentence
        roles += [c for c in CLIENT_ANYWHERE.finditer(text) if not first or c.start() > 0]
    if "'s" in text or "’s" in text:
        roles += [r for r in ROLE.finditer(text) if r.start() > 0 and r.group("owner")]
    if " that the " in text:  # "... told reporters that the woman had been tortured"
        roles += [r for r in ROLE.finditer(text) if THAT_BEFORE.search(text, 0, r.start())]
    folded = fold(text)  # for the prefilters (``holds_any``)
    for said in SAID.finditer(text) if holds_any(folded, SAID_WORDS) else ():
        role = ROLE.match(text, said.end()) or CLIENT.match(text, said.end())
        if role and role not in roles:
            roles.append(role)
    if " the " in text:  # "prosecutors charged the activist", "the trial of the engineer",
        # "1,000 days since the activist was detained"
        for before, fits_after in ((EVENT_VERB_BEFORE, _not_companion), (TIME_CLAUSE_BEFORE, _aux)):
            for m in before.finditer(text):
                role = ROLE.match(text, m.end())
                if (
                    role
                    and role not in roles
                    and role.group("role").lower() not in NOT_OBJECT_ROLES
                    and fits_after(text, role.end())
                ):
                    roles.append(role)
        if ", who " in text:
            roles += [
                r
                for r in ROLE.finditer(text)
                if r not in roles
                and not r.group("owner")
                and r.group("role").lower() not in NOT_OBJECT_ROLES
                and WHO_EVENT_AFTER.match(text, r.end())
                and _no_one_else_before(text, names, r.start())
            ]
    for role in roles:
        if NAME_AFTER.match(text, role.end()):
            continue  # "the activist Aset Abishev", "the accused, Boris Kim,": the name follows
        word = role.group("role").lower()
        kind = REF_POSSESSIVE if role.group("owner") else REF_ROLE
        skip: tuple[str, ...] = ()  # who cannot be "his client"
        if word == "client":
            owner = _lawyers_client(text, names, role.start())
            if owner is not None:  # "Y's lawyer said his client ...": Y, watched or not
                if len(owner) == 1:
                    refs.append(Ref(role.start(), role.end(), owner, kind))
                continue
            skip = (
                *_lawyers(text, names, role.start(), trades),
                *_quote_speaker(text, names, role, seen, genders, quoted_by),
            )
        person = _last_person(seen, current, role.start(), genders, word, trades, skip)
        if person is None and word == "client" and names:
            person = _client_named_after(text, names, role.end())
        if person:
            refs.append(Ref(role.start(), role.end(), (person,), kind))
    if names and holds_any(folded, SPOKEN_OF_WORDS) and SPOKEN_OF.search(text):
        spoken = _spoken_of(text, names, genders)
        refs += [r for r in spoken if r.people[0] not in SOMEONE_ELSE]
        others = [r for r in spoken if r.people[0] in SOMEONE_ELSE]
        if others:  # "X's daughter said her husband told her guards beat him": the husband
            seen = (history, sorted(names + others))
            current |= set(others)
    if len(last_group) == 2 and ("former" in text or "latter" in text):
        for m in FORMER_LATTER.finditer(text):  # "X and Y were arrested. The latter was freed"
            person = last_group[0] if m.group(1).lower() == "former" else last_group[1]
            refs.append(Ref(m.start(), m.end(), (person,), REF_ROLE))
    refs += plural_refs(text, names, (last_group, *lists), trades, counted)
    if names and text[: text.find(" ")].lower() in CATAPHORA_FIRST:
        refs += _cataphora(text, names, genders)
    for m in PRONOUN.finditer(text):
        word = " ".join(m.group(1).lower().split())
        if refs and any(r.start <= m.start() < r.end for r in refs):
            continue
        if word == "both" and PLURAL_GROUP.match(text, m.start()):
            continue  # "sentenced both defendants": the group word stands for them
        if word in ("they", "them", "their", "both") or word.endswith(" of them"):
            if len(last_group) >= 2:
                refs.append(Ref(m.start(), m.end(), last_group, PRONOUN_KIND[word]))
            elif word == "both":  # ... as the subject that opens the sentence
                pair = (
                    _last_pair(history, names, m.start()) if not text[: m.start()].strip() else ()
                )
                if pair:  # "X was freed. Her colleague Y remains held. Both were ...": X, Y
                    refs.append(Ref(m.start(), m.end(), pair, PRONOUN_KIND[word]))
            else:
                mixed = with_others(text, names, m.start())
                if mixed:  # "X and three other journalists ... their arrest": X's, among others
                    refs.append(Ref(m.start(), m.end(), mixed.people, PRONOUN_KIND[word]))
                elif word == "they" and (pair := _speaking_pair(text, names, m.start())):
                    refs.append(Ref(m.start(), m.end(), pair, PRONOUN_KIND[word]))
            continue
        if _object_before(text, names, m.start()):
            continue  # "arrested a cartoonist and sent him to prison": the cartoonist
        person = (
            _relative_head(text, names, m.start(), genders, word)
            or _speaker_head(text, names, m.start(), genders, word)
            or _last_person(seen, current, m.start(), genders, word)
        )
        if person:
            refs.append(Ref(m.start(), m.end(), (person,), PRONOUN_KIND[word]))
    if (names or refs or quoted_by) and holds_quote(text):
        said_by = refs if watched_spoke or opens_with_watched(text, names) else []
        refs += _first_person_refs(sentence.text, names, said_by, quoted_by)
    return refs


# someone no one watches, brought in as the object of a verb, then the object of the verb
# joined to it: "authorities arrested a cartoonist and sent him", "police detained an
# elderly man and later released him" (not "X, a journalist, said police beat him": an
# apposition, nor "interviewed a student before police detained him": another subject)
OBJECT_SOMEONE = re.compile(
    r"\b(?-i:[a-z]{2,}(?:ed|en))\s+(?:a|an|another)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{ROLE_WORDS}|man|woman|boy|girl|person|\d+-year-old|[a-z]+(?:ist|ian))\b"
    r"(?:\s+(?!and\b)[\w'’-]+){0,4}?,?\s+and\s+(?:then\s+|later\s+|\w+ly\s+)?"
    r"(?-i:[a-z]{2,}(?:ed|en|t))\s+$",
    re.I,
)


def _object_before(text: str, names: list[Ref], at: int) -> bool:
    """Whether the singular pronoun at ``at`` goes back to someone no one watches whom the
    sentence brought in before it as a verb's object, after any name: "It came after
    police arrested a cartoonist and sent him to prison" (the cartoonist, not the person
    named in the sentence before)."""
    after = max((r.end for r in names if r.end <= at), default=0)
    return OBJECT_SOMEONE.search(text, after, at) is not None


# "X and Y said they stopped eating": two people named as the speakers, then "they"
PAIR_GAP = re.compile(r"\s*(?:,\s*|,?\s+and\s+)")
PAIR_SAID = re.compile(
    r"\s+(?:(?:have|had|has)\s+)?(?:said|say|told\s+(?:[\w'’-]+\s+){0,2}?|claimed|claim|"
    r"complained|wrote|announced|declared)\s*(?:that\s+)?$",
    re.I,
)


def _speaking_pair(text: str, names: list[Ref], at: int) -> tuple[str, ...]:
    """The two people named just before "said" when "they" follows it, else ()."""
    before = [r for r in names if r.end <= at and r.kind is RefKind.NAME]
    if len(before) < 2:
        return ()
    first, second = before[-2], before[-1]
    if PAIR_GAP.fullmatch(text, first.end, second.start) and PAIR_SAID.fullmatch(
        text, second.end, at
    ):
        return (*first.people, *second.people)
    return ()


# "detained X, who represents Y, as he left the prison": a time clause after a closed
# relative clause is the main clause's, and its "he" or "she" the clause's head's, X (not
# Y's, named inside the clause), when X's gender allows
TIME_AFTER_ASIDE = re.compile(r",\s*(?:as|when|while|after|before|once)\s+$", re.I)
RELATIVE_OPENS = re.compile(r"\s*,\s*who\s[^,;]*")


def _relative_head(
    text: str, names: list[Ref], at: int, genders: Mapping[str, Gender], word: str
) -> str | None:
    """The head of the closed relative clause right before the time clause whose subject,
    "he" or "she", is at ``at``, if any."""
    if word not in ("he", "she") or not TIME_AFTER_ASIDE.search(text, 0, at):
        return None
    before = [r for r in names if r.end <= at and r.kind is RefKind.NAME and len(r.people) == 1]
    for head in before[:-1]:
        clause = RELATIVE_OPENS.match(text, head.end)
        if clause is None or clause.end() < before[-1].start or ";" in text[head.end : at]:
            continue
        gender = genders.get(head.people[0])
        return head.people[0] if gender in (None, _word_gender(word)) else None
    return None


# "X, a reporter who filmed Y being led away, said an officer punched her": the object of
# the verb the speaker reports is the speaker, X, the subject of "said" (not Y, named inside
# X's own description), when X's gender allows; not when the description makes X speak for
# Y ("X, who represents Y, said guards beat him", "X, the wife of Y, said ...", "X, whose
# husband Y is held in the colony, said guards beat him")
SPEAKER_DESCRIBED = re.compile(
    r"\s*,\s+(?:\d{1,3},\s+)?(?:(?:a|an|the)\s+[^,;:\"“”]{1,80}?\s+)?(?:who|whose)\s+"
    r"[^,;:\"“”]{3,160}?,\s+(?:said|says|told(?:\s+\w+){0,2}?)\s+"
    r"(?:(?:on|in|last|this)\s+[A-Za-z]+\s+)?(?:that\s+)?"
    # ... someone else did it to them: "an officer punched her", "police had beaten her"
    r"(?!(?:he|she|they|it|i|we)\s)(?:[a-z][\w-]*\s+){1,4}?(?:had\s+)?(?:\w+ly\s+)?"
    r"[a-z]+(?:ed|en|t|k|g)\s+$"
)
SPEAKS_FOR = re.compile(
    rf"\b(?:represent\w*|defend\w*|spokes\w*|on\s+behalf|(?:{PEOPLE_BEFORE_OF})\s+(?:of|for|to)|"
    rf"whose\s+(?:\w+\s+)?(?:{PEOPLE_AROUND}))\b",
    re.I,
)


def _speaker_head(
    text: str, names: list[Ref], at: int, genders: Mapping[str, Gender], word: str
) -> str | None:
    """The speaker named before a description and "said", when the object "him" or "her"
    at ``at`` ends the clause the speaker reports (``SPEAKER_DESCRIBED``), if any."""
    if word not in ("him", "her"):
        return None
    before = [r for r in names if r.end <= at and r.kind is RefKind.NAME and len(r.people) == 1]
    if len(before) < 2:
        return None
    for head in before[:-1]:
        described = SPEAKER_DESCRIBED.fullmatch(text, head.end, at)
        if described is None:
            continue
        said = text.rfind(" said", head.end, at)
        if SPEAKS_FOR.search(text, head.end, at) or any(
            said < r.start for r in names if r.end <= at
        ):
            return None
        gender = genders.get(head.people[0])
        return head.people[0] if gender in (None, _word_gender(word)) else None
    return None


# "'My client was beaten,' said the lawyer of X", "... the lawyer for X told reporters":
# a quote's client, named after the quote as whose lawyer speaks
QUOTE_CLOSE = re.compile(r"[,.!?]\s*['’”\"]")
LAWYER_OF_AFTER = re.compile(
    r"\s*,?\s*(?:(?:said|says|told\s+\w+|added)\s+)?(?:the|a|his|her)\s+(?:[a-z-]+\s+)?"
    r"(?:lawyer|attorney|counsel|advocate)\s+(?:of|for|representing)\s+"
    # "the lawyer of jailed reporter X", but not "the lawyer of the cellmate of X"
    r"(?:the\s+)?(?:(?!(?:of|for|to)\s)[a-z-]+\s+){0,2}?",
    re.I,
)


OWNS = re.compile(r"['’]s?\b")  # "the lawyer of X's cellmate": the cellmate's


# "His client was beaten, said X, who represents Y" (or "X, a lawyer for Y"): the speaker
# named after the clause, then whom the speaker represents
SAID_BY_AFTER = re.compile(r",\s*(?:said|says|told\s+\w+|added)\s+(?:lawyer\s+)?")
REPRESENTS_AFTER = re.compile(
    r"\s*,\s*(?:who\s+represents|(?:a|the)\s+(?:[a-z-]+\s+)?(?:lawyer|attorney|counsel|advocate)"
    r"\s+(?:of|for|representing))\s+(?:the\s+)?(?:(?!(?:of|for|to)\s)[a-z-]+\s+){0,2}?",
    re.I,
)


def _client_named_after(text: str, names: list[Ref], at: int) -> str | None:
    """The one person a quote's "my client" at ``at`` is, named right after the quote as
    the one whose lawyer speaks (or after an unquoted clause and its speaker, as the one
    the speaker represents)."""
    close = QUOTE_CLOSE.search(text, at)
    if close is None:
        said = SAID_BY_AFTER.search(text, at)
        speaker = next((r for r in names if said and r.start == said.end()), None)
        if speaker is None:
            return None
        client = [r for r in names if r.start >= speaker.end and r.kind is RefKind.NAME]
        if not client or len(client[0].people) != 1 or OWNS.match(text, client[0].end):
            return None
        if REPRESENTS_AFTER.fullmatch(text, speaker.end, client[0].start) is None:
            return None
        return client[0].people[0]
    after = [r for r in names if r.start >= close.end() and r.kind is RefKind.NAME]
    if not after or len(after[0].people) != 1 or OWNS.match(text, after[0].end):
        return None
    if LAWYER_OF_AFTER.fullmatch(text, close.end(), after[0].start) is None:
        return None
    return after[0].people[0]


# "'My client was sentenced last month,' he said": a quote's "my client" is not who speaks it
PRONOUN_SPEAKER_AFTER = re.compile(
    rf"\s*,?\s*(?:(?P<before>he|she)\s+(?:{SPEECH_VERBS}|tells)|"
    r"(?:said|says|added)\s+(?P<after>he|she))\b",
    re.I,
)


def _quote_speaker(
    text: str,
    names: list[Ref],
    role: re.Match[str],
    seen: tuple[Sequence[Ref], list[Ref]],
    genders: Mapping[str, Gender],
    quoted_by: str | None,
) -> tuple[str, ...]:
    """The watched person who speaks the quotation a "my client" at ``role`` stands in: named
    or "he"/"she" after it, or ``quoted_by`` when the quotation opens the sentence unsaid."""
    if text[role.start() : role.start("role")].strip(" \"“‘'").lower() != "my":
        return ()
    quote = _quotation(text, role.start("role"))
    if quote is None:
        return ()
    named = _speaker(text, names, *quote)
    if named is not None:
        return named.people
    said = PRONOUN_SPEAKER_AFTER.match(text, quote[1] + 1)
    if said is None:
        opens = quoted_by is not None and not text[: quote[0]].strip()
        return (quoted_by,) if opens and quoted_by else ()
    word = (said.group("before") or said.group("after")).lower()
    person = _last_person(seen, set(names), role.start(), genders, word)
    return (person,) if person else ()


def quotation_speaker(text: str, names: list[Ref], quoted_by: str | None) -> str | None:
    """The one watched person a sentence's quotation is said by ("'...,' X told reporters"),
    for a next sentence that goes on with the quotation: ``quoted_by`` again when the
    sentence is a quotation of its own that no one is said to say; else None."""
    for mark in QUOTE_MARKS:
        at = text.find(mark)
        if at < 0:
            continue
        quote = _quotation(text, at + 1)
        if quote is None:
            continue
        speaker = _speaker(text, names, *quote)
        if speaker is not None:
            return speaker.people[0] if len(speaker.people) == 1 else None
        unsaid = not text[: quote[0]].strip() and not text[quote[1] + 1 :].strip(" .,")
        return quoted_by if unsaid else None
    return None


# "X, a lawyer, said his client ...", "X told reporters on Monday that her client ...": the
# speaker, whose client it is, and so not the client
CLIENT_SPEAKER = re.compile(
    r"(?:\s*,[^,.;]{1,60},)?\s+(?:\w+ly\s+)?(?:said|says|told\s+\w+|tells\s+\w+|added|wrote|"
    r"writes|stated|explained|confirmed|claimed)\s+(?:(?:on|in|last)\s+\w+\s+)?(?:that\s+)?\W*$",
    re.I,
)


# "Before he was freed on Tuesday, X spent 14 months in jail", "Hours after she was
# sentenced, X was taken to a colony": a fronted time clause whose pronoun stands for the
# subject named right after it (cataphora), not for someone named before
# ... and a lead of months or years, whose clause is history: only a noun's owner ("A year
# after his death, the family of X ..."), as a verb there ("Months after she was freed")
# would be read as news
_LONG_LEADS = ("a month", "a year", "months", "years")
_CATAPHORA_LEADS = (
    *("hours", "days", "weeks", "minutes", "moments", "shortly", "soon", "just", "only"),
    *("a day", "a week", "the day", *_LONG_LEADS),
)
_CATAPHORA_CONJUNCTIONS = ("before", "after", "when", "since", "until", "while", "once")
_LEADS = "|".join(_CATAPHORA_LEADS).replace(" ", r"\s+")
CATAPHORA = re.compile(
    rf"(?:(?P<lead>{_LEADS})\s+)?(?:{'|'.join(_CATAPHORA_CONJUNCTIONS)})\s+"
    r"(?P<clause>[^,;:.\"“”]{3,120}),\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,3}?$",
    re.I,
)
# their first words: a sentence that opens with none of them is not tried with the regex
CATAPHORA_FIRST = frozenset(w.split()[0] for w in (*_CATAPHORA_LEADS, *_CATAPHORA_CONJUNCTIONS))


def _cataphora(text: str, names: list[Ref], genders: Mapping[str, Gender]) -> list[Ref]:
    """The pronouns of a fronted time clause, for the one person named right after it."""
    first = names[0]
    m = CATAPHORA.fullmatch(text, 0, first.start)
    if m is None or len(first.people) != 1 or SPEAKER_VERB_AFTER.match(text, first.end):
        return []  # "After he was freed, X said ...": X may speak of someone named before
    person = first.people[0]
    gender = genders.get(person)
    lead = m.group("lead")
    long_ago = lead is not None and " ".join(lead.lower().split()) in _LONG_LEADS
    refs = []
    for p in PRONOUN.finditer(text, m.start("clause"), m.end("clause")):
        word = p.group(1).lower()
        if long_ago and word not in ("his", "her", "their"):
            return []  # "Months after she was freed, X ...": not told as history
        wanted = _word_gender(word)
        if wanted is None or gender not in (None, wanted):
            return []  # "After they ...", or "After she ..., X (a man)": someone else
        refs.append(Ref(p.start(), p.end(), (person,), PRONOUN_KIND[word]))
    return refs


# "Y's lawyer told the court his client was tortured", "a lawyer for Y said her client ...":
# the sentence names whose lawyer speaks, and so who the client is
_OWNER_NAME = r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}"
LAWYER_OF = re.compile(
    rf"(?P<owner>{_OWNER_NAME})['’]s?\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?:lawyers?|attorneys?|counsel|advocates?|defen[cs]e\s+(?:lawyers?|attorneys?|team))\b|"
    rf"\b(?:lawyers?|attorneys?|counsel|advocates?)\s+(?:of|for|representing)\s+"
    rf"(?P<client>{_OWNER_NAME})",
    re.I,
)


def _lawyers_client(text: str, names: list[Ref], at: int) -> tuple[str, ...] | None:
    """Who "his client" at ``at`` is when the sentence names whose lawyer speaks before it:
    that person if watched, ``()`` for someone no one watches; None if it names no one."""
    said = max(LAWYER_OF.finditer(text, 0, at), key=lambda m: m.start(), default=None)
    if said is None:
        return None
    start, end = said.span("owner") if said.group("owner") else said.span("client")
    watched = [r for r in names if r.kind is RefKind.NAME and r.start < end and start < r.end]
    return watched[0].people if watched else ()


def _lawyers(
    text: str, names: list[Ref], at: int, trades: Mapping[str, set[str]] | None
) -> tuple[str, ...]:
    """Who cannot be "his client" at ``at``: the watched person who says it, and anyone
    described as a lawyer so far."""
    speaker = [
        p
        for r in names
        if r.end <= at and r.kind is RefKind.NAME and CLIENT_SPEAKER.fullmatch(text, r.end, at)
        for p in r.people
    ]
    here = [p for p, trade in described_as(text, names) if trade == "lawyer"]
    known = [p for p, trades_of in (trades or {}).items() if "lawyer" in trades_of]
    return (*speaker, *here, *known)


# "The mother of X said on Monday that her son ...", "X's wife told reporters her husband
# ...": a relative who speaks of the person by the relation ("her son" is X); not "her
# brother", who is someone else (``KIN_CALLS``)
_KIN_WORDS = alternatives(set(KIN_CALLS))
SPOKEN_OF = re.compile(
    r"\b(?:said|says|told\s+\w+|tells\s+\w+|added|wrote|writes|explained|confirmed|fears?|feared)"
    r"\s+(?:(?:on|last)\s+[A-Z][a-z]+\s+)?(?:that\s+)?(?P<own>his|her|their)\s+"
    rf"(?P<kin>{_KIN_WORDS})\b",
    re.I,
)
SPOKEN_OF_WORDS = needed_words(SPOKEN_OF.pattern)[0]  # its prefilter: one of them, folded
RELATIVE_OF_NAME = re.compile(
    rf"\b(?:the\s+)?(?P<rel>{_KIN_WORDS})\s+of\s+(?:[a-z-]+\s+){{0,3}}$", re.I
)
NAME_RELATIVE = re.compile(rf"['’]s?\s+(?:[a-z-]+\s+)?(?P<rel>{_KIN_WORDS})\b", re.I)
SPEAKER_GAP = re.compile(r"(?:,[^,.;]{1,40},)?\s+(?:\w+ly\s+)?$")


# "The wife of the jailed blogger X was detained", "X's mother was detained": a sentence
# that opens with a relative of a watched person as its subject
OPENS_WITH_RELATIVE = re.compile(
    rf"\W*(?:the\s+)?(?P<rel>{_KIN_WORDS})\s+of\s+(?:[\w-]+\s+){{0,4}}$", re.I
)
OWNED_RELATIVE = re.compile(rf"['’]s?\s+(?P<rel>{_KIN_WORDS})\b(?!\s*,?\s+[A-Z])")
# "her husband" (not "her son, Ivan", "her son Ivan": another one, named)
OWN_KIN = re.compile(rf"\b(?P<own>his|her)\s+(?P<kin>{_KIN_WORDS})\b(?!\s*,?\s+(?-i:[A-Z]))", re.I)


def opens_with_relative(text: str, names: list[Ref]) -> tuple[str, str] | None:
    """(the person, the relation) when a sentence opens with an unnamed relative of one
    watched person: "The wife of X was detained" gives (X, "wife")."""
    if not names or len(names[0].people) != 1 or names[0].kind is not REF_NAME:
        return None
    first = names[0]
    found = OPENS_WITH_RELATIVE.fullmatch(text, 0, first.start)
    if found is None and not text[: first.start].strip():  # "X's wife was detained"
        found = OWNED_RELATIVE.match(text, first.end)
    return (first.people[0], _singular(found.group("rel"))) if found else None


def relative_speaks_of(text: str, taken: list[Ref], relative: tuple[str, str]) -> list[Ref]:
    """ "The wife of X was detained. She had spoken about her husband": in the sentence
    after one that opened with a relative of X, "her husband" (what that relative calls
    X, said with the relative's own "her" or "his") is X."""
    person, relation = relative
    own = {"he": "his", "she": "her"}.get(KIN.get(relation, ""))
    refs = []
    for m in OWN_KIN.finditer(text):
        if (
            m.group("own").lower() == own
            and _singular(m.group("kin")) in KIN_CALLS.get(relation, ())
            and not any(r.start < m.end() and m.start() < r.end for r in taken)
        ):
            refs.append(Ref(m.start(), m.end(), (person,), RefKind.ROLE))
    return refs


def _spoken_of(text: str, names: list[Ref], genders: Mapping[str, Gender]) -> list[Ref]:
    """ "her son" for X, said by the relative of X who is the sentence's speaker; not a
    "daughter" for a man, when the person's gender is known. The relative's other kin
    ("her husband", said by X's daughter) get a stand-in of someone no one watches."""
    refs = []
    for said in SPOKEN_OF.finditer(text):
        verb = said.start()
        for ref in reversed([r for r in names if r.end <= verb and r.kind is RefKind.NAME]):
            owned = NAME_RELATIVE.match(text, ref.end)
            if owned and SPEAKER_GAP.fullmatch(text, owned.end(), verb):
                relation = owned.group("rel")
            else:
                before = RELATIVE_OF_NAME.search(text, max(0, ref.start - 40), ref.start)
                if before is None or not SPEAKER_GAP.fullmatch(text, ref.end, verb):
                    continue
                relation = before.group("rel")
            kin = _singular(said.group("kin"))
            he = {"he": Gender.MALE, "she": Gender.FEMALE}.get(KIN.get(kin, ""))
            people = tuple(p for p in ref.people if he is None or genders.get(p) in (None, he))
            if people and kin in KIN_CALLS.get(_singular(relation), ()):
                refs.append(Ref(said.start("own"), said.end("kin"), people, RefKind.ROLE))
            elif kin in KIN:  # the relative's own husband, brother, ...: someone no one watches
                stand_in = (_stand_in(kin),)
                refs.append(Ref(said.start("own"), said.end("kin"), stand_in, RefKind.ROLE))
            break
    return refs


# "X's wife, Y", "Y, the wife of X", "X and his wife Y": Y is X's wife, and X her husband
KIN_NAMED_AFTER = re.compile(
    rf"(?:['’]s?|\s+and\s+(?:his|her))\s+(?P<rel>{_KIN_WORDS})\s*,?\s+$", re.I
)
KIN_NAMED_BEFORE = re.compile(
    rf"\s*,\s+(?:the\s+|a\s+)?(?P<rel>{_KIN_WORDS})\s+of\s+(?:[a-z-]+\s+){{0,3}}$", re.I
)
KIN_AFTER_OWNER = re.compile(rf"\s+(?P<rel>{_KIN_WORDS})\b", re.I)


def kin_named(text: str, names: list[Ref]) -> list[tuple[str, str, str]]:
    """(owner, relation, person) for the watched people a sentence names as each other's
    relatives, both ways: "X's wife, Y" gives (X, wife, Y) and (Y, husband, X)."""
    found: list[tuple[str, str, str]] = []
    for a, b in pairwise(names):
        if len(a.people) != 1 or len(b.people) != 1:
            continue
        after = KIN_NAMED_AFTER.fullmatch(text, a.end, b.start)
        before = None if after else KIN_NAMED_BEFORE.fullmatch(text, a.end, b.start)
        if after:
            owner, person, rel = a.people[0], b.people[0], _singular(after.group("rel"))
        elif before:
            owner, person, rel = b.people[0], a.people[0], _singular(before.group("rel"))
        else:
            continue
        found.append((owner, rel, person))
        found += ((person, calls, owner) for calls in KIN_CALLS.get(rel, ()))
    return found


def kin_refs(text: str, refs: list[Ref], kin: Sequence[tuple[str, str, str]]) -> list[Ref]:
    """``refs`` with "her husband" as the person named as her husband before (``kin_named``)
    in place of "her"."""
    out = []
    for r in refs:
        m = KIN_AFTER_OWNER.match(text, r.end) if r.kind in OWNER_KINDS else None
        if m and len(r.people) == 1:
            rel = _singular(m.group("rel"))
            other = next((p for o, k, p in kin if o == r.people[0] and k == rel), None)
            if other is not None:
                out.append(Ref(r.start, m.end(), (other,), RefKind.ROLE))
                continue
        out.append(r)
    return out


def _singular(word: str) -> str:
    word = word.lower()
    one = SINGULARS.get(word, word[:-1] if word.endswith("s") else word)
    return one if one in KIN_CALLS else word


# "X and three other journalists", "X and his co-defendants": one watched person among others
WITH_OTHERS = re.compile(
    r"\s+and\s+(?:(?:his|her|the|[\w-]+)\s+){0,2}?(?:other|fellow\s+[a-z]+s\b|co-?defendants)",
    re.I,
)


# "X ... was detained together with ten current and former employees of the outlet"
TOGETHER_WITH_OTHERS = re.compile(
    r"\b(?:together\s+with|along\s+with|alongside)\s+(?:(?:about|some|nearly|more\s+than)\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of|"
    r"other)\s+(?:[\w-]+\s+){0,3}?(?:employees|colleagues|activists|journalists|people|"
    r"others|members|staff|students|protesters|defendants|men|women|reporters|lawyers)\b",
    re.I,
)


def with_others(text: str, names: list[Ref], at: int) -> Ref | None:
    """The one name of the sentence before ``at`` that stands with unnamed others, if any."""
    before = [r for r in names if r.end <= at and r.kind is RefKind.NAME]
    if len(before) != 1:
        return None
    if WITH_OTHERS.match(text, before[0].end) or TOGETHER_WITH_OTHERS.search(
        text, before[0].end, at
    ):
        return before[0]
    return None


FIRST_PERSON = re.compile(r"\b(?:I|me|my|My)\b")
FIRST_PERSON_KIND = {"I": _P, "me": _O, "my": _S, "My": _S}
SPEECH = rf"(?:{SPEECH_VERBS}|tells|writes|recalled|explained|stated|testified)"
SPEAKER_AFTER = re.compile(rf"\s*,?\s*(?:{SPEECH}\s+)?$|\s*,?\s*$")
SPEAKER_VERB_AFTER = re.compile(rf"\s*(?:,\s*)?(?:who\s+\w+\s+)?{SPEECH}\b")
SPEAKER_BEFORE = re.compile(rf"\s+{SPEECH}(?:\s+\w+){{0,3}}?\s*[:,]?\s*$")


def _first_person_refs(
    text: str, names: list[Ref], pronouns: list[Ref], quoted_by: str | None
) -> list[Ref]:
    """ "I was beaten," X told the court: inside a quotation, "I" is its speaker. The speaker
    is named, or a "he"/"she" that stands for a watched person ('"...," he said'), and the
    quotation may have opened in the sentence before ('... "They beat me," he said'); a
    quotation that opens the sentence and that no one is said to say goes on with
    ``quoted_by``'s ('"I was arrested," X said. "They kept me for a year."')."""
    refs: list[Ref] = []
    said_by = [r for r in pronouns if text[r.start : r.end].lower() in ("he", "she")]
    for m in FIRST_PERSON.finditer(text):
        quote = _quotation(text, m.start()) or _quotation_begun_before(text, m.start())
        if quote is None:
            continue
        speaker = _speaker(text, names, *quote) or _speaker(text, said_by, *quote)
        if speaker:
            refs.append(Ref(m.start(), m.end(), speaker.people, FIRST_PERSON_KIND[m.group()]))
        elif (
            quoted_by is not None
            and quote[0] >= 0
            and not text[: quote[0]].strip()
            and not text[quote[1] + 1 :].strip(" .,")
        ):
            refs.append(Ref(m.start(), m.end(), (quoted_by,), FIRST_PERSON_KIND[m.group()]))
    return refs


# a sentence that opens with someone around a person ("His brother spoke to us", "Her lawyer
# told reporters"): a quotation's "he said" after it may be theirs, so no first-person speaker
OTHER_OPENS = re.compile(
    rf"\W*(?:[Hh]is|[Hh]er|[Tt]heir|(?:[A-Z][\w'’-]*\s+)?[A-Z][\w'’-]*['’]s?)\s+(?:[a-z-]+\s+)?"
    rf"(?:{PEOPLE_AROUND})\b"
)
# ... and a sentence that opens with "he" or "she"
WATCHED_OPENS = re.compile(r"\W*(?:He|She)\b")


def opens_with_watched(text: str, names: list[Ref]) -> bool:
    """Whether a sentence opens with a watched person (a name, "he" or "she"), not with
    someone around one ("His brother spoke to us"): a quotation's "he said" in it, or in
    the sentence after it, is theirs."""
    opens = bool(names and names[0].start < 3) or WATCHED_OPENS.match(text) is not None
    return opens and not OTHER_OPENS.match(text)


# a closing mark after a stop, with no opening mark before it in the sentence
BEGUN_CLOSE = re.compile(r"(?<=[,.!?])[\"”]")


def _quotation_begun_before(text: str, at: int) -> tuple[int, int] | None:
    """The quotation around ``at`` that opened in a sentence before this one and closes in
    it ('Once they beat me," he said'), as (-1, closing mark), or None."""
    if '"' in text[:at] or "“" in text[:at] or "”" in text[:at]:
        return None
    closing = BEGUN_CLOSE.search(text, at)
    if closing is None or text.count('"', closing.end()) % 2:
        return None
    return -1, closing.start()


def _quotation(text: str, at: int) -> tuple[int, int] | None:
    """The quotation around ``at``, as (opening mark, closing mark), or None."""
    curly_open, curly_close = text.rfind("“", 0, at), text.rfind("”", 0, at)
    if curly_open > curly_close:
        end = text.find("”", at)
        return curly_open, end if end >= 0 else len(text)
    if text.count('"', 0, at) % 2 == 1:
        end = text.find('"', at)
        return text.rfind('"', 0, at), end if end >= 0 else len(text)
    if "'" in text or "‘" in text:  # 'I was freed,' X said: single marks (British style)
        opening = None
        for m in SINGLE_OPEN.finditer(text):
            if m.start() >= at:
                break
            opening = m.start()
        if opening is not None and not SINGLE_CLOSE.search(text, opening + 1, at):
            closing = SINGLE_CLOSE.search(text, at)
            if closing is not None:
                return opening, closing.start()
    return None


QUOTE_MARKS = ('"', "“", "‘", "'")


def holds_quote(text: str) -> bool:
    """Whether ``text`` holds a quotation mark (``QUOTE_MARKS``): a substring test in C for
    each mark, cheaper than one search for a class of characters, which tests each character
    of the text against the class (a mark of more than one byte is ruled out at once in a
    text of one-byte characters)."""
    return holds_any(text, QUOTE_MARKS)


# a single mark that opens a quotation (after a space, a colon or the start) and one that
# closes it (after a letter or a stop, before a space or a stop): not "X's", "don't"
SINGLE_OPEN = re.compile(r"(?<![^\s:(—–])[‘'](?=[A-Za-z])")
SINGLE_CLOSE = re.compile(r"(?<=[\w,.!?])[’'](?![\w])")


def _speaker(text: str, names: list[Ref], opening: int, closing: int) -> Ref | None:
    for ref in names:  # '"...," X said' or '"...," said X'
        if (
            ref.start > closing
            and SPEAKER_AFTER.fullmatch(text, closing + 1, ref.start)
            and (
                SPEAKER_VERB_AFTER.match(text, ref.end)
                or re.search(SPEECH, text[closing + 1 : ref.start])
            )
        ):
            return ref
    for ref in reversed(names):  # 'X said: "..."'
        if ref.end <= opening and SPEAKER_BEFORE.search(text, ref.end, opening):
            return ref
    return None


def _last_pair(history: Sequence[Ref], names: list[Ref], at: int) -> tuple[str, ...]:
    """The two people named last before ``at``, in the order named, or none."""
    people: list[str] = []
    for ref in chain(reversed([r for r in names if r.end <= at]), reversed(history)):
        for person in reversed(ref.people):
            if person not in people and not _unwatched(person):
                people.append(person)
        if len(people) >= 2:
            return (people[1], people[0])
    return ()


def _last_person(
    seen: tuple[Sequence[Ref], list[Ref]],
    current: set[Ref],
    at: int,
    genders: Mapping[str, Gender],
    word: str,
    trades: Mapping[str, set[str]] | None = None,
    skip: Sequence[str] = (),
) -> str | None:
    """The person named last before ``at`` (names of this sentence count only before it), of
    the pronoun's gender when both are known; none when only people of the other gender are.
    A trade ("the journalist") stands for the last person described as one, else for the
    last person not described by another occupation (``_other_occupation``), never for one
    named before someone no one watches described by it since. The people in ``skip`` are
    passed over."""
    wanted = _word_gender(word)
    # the trade asked for; looked for among people described only when anyone was, but
    # always past someone no one watches described by it
    asked = (
        _trade(word)
        if trades is not None and word not in NOT_TRADES and (word.isalpha() or AGE.fullmatch(word))
        else None
    )
    trade = asked if trades else None
    fallback = None
    for ref in chain(reversed(seen[1]), reversed(seen[0])):  # this sentence, then before
        if ref.start >= at and ref in current:
            continue
        for person in ref.people:
            if person in skip:
                continue
            gender = SOMEONE_ELSE[person] if person in SOMEONE_ELSE else genders.get(person)
            if wanted is not None and gender not in (None, wanted):
                continue
            if person in SOMEONE_ELSE:
                if trade is None:
                    return None  # "His brother was detained. He was charged": the brother
                continue
            if _unwatched(person):  # someone no one watches, described (``unwatched_described``)
                if asked is not None and person[1:] == asked:
                    # "Another journalist, Y, ... The journalist": Y, not X (but X when
                    # named after Y)
                    return fallback
                continue
            if trades is None or trade is None:
                return person
            known = trades.get(person)
            if known and trade in known:
                return person
            if fallback is None and not (known and _other_occupation(known, trade)):
                fallback = person
    return fallback  # "his wife ... She was taken to hospital": someone no one watches


def _unwatched(person: str) -> bool:
    """Whether ``person`` is the stand-in of someone no one watches described by a trade."""
    return person[:1] == "\0" and person not in SOMEONE_ELSE


# "His colleague Boris Kim was detained. He was charged ...": a relative or colleague to
# whom something happened is who the next "he" or "she" (of their gender) stands for,
# someone no one watches; their stand-in id, by gender, in a sentence's history of names
SOMEONE_ELSE = {"\0he": Gender.MALE, "\0she": Gender.FEMALE, "\0": None}
AUX_NEXT = r"\s+(?:\w+ly\s+|also\s+)?(?P<verb>was|were|has\s+been|had\s+been|is|are)\b"
OTHER_SUBJECT = re.compile(
    rf"\W*(?:[Hh]is|[Hh]er|[Tt]heir|(?:[A-Z][\w'’-]*\s+)?[A-Z][\w'’-]*['’]s?)\s+(?:[a-z-]+\s+)?"
    rf"(?P<who>{PEOPLE_AROUND})\b(?:,?\s+(?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]+,?"
    # ... or described: "X's cellmate, a Kurdish teacher, was executed"
    rf"|,\s+(?:a|an|the)\s+[^,.;:]{{1,40}},)?{AUX_NEXT}"
)
# ... and the speaker's own, named: "Our brother Hassan was arrested", in a family's letter
# (not "Our father was arrested", which may be the person the family writes about)
OWN_OTHER_NAMED = re.compile(
    rf"\W*(?:[Oo]ur|[Mm]y)\s+(?P<who>{PEOPLE_AROUND})\s+(?:[A-Z][\w'’-]+\s+){{0,2}}"
    rf"[A-Z][\w'’-]+,?{AUX_NEXT}"
)
# ... and a relative or colleague to whom the sentence's verb did something: "Police detained
# the wife of X", "guards beat X's cellmate", "detained his brother"
OTHER_OBJECT = re.compile(
    r"\b(?:detained|arrested|jailed|sentenced|charged|beat|beaten|tortured|abducted|seized|"
    r"summoned|questioned|deported|expelled|released|freed|took|taken|held|attacked|killed|"
    r"convicted|acquitted|moved|transferred)\s+(?:(?:the|a)\s+(?:[a-z-]+\s+)?"
    rf"(?P<who>{PEOPLE_AROUND})\s+of\s+|(?:his|her|their|(?:[A-Z][\w'’-]*\s+)?[A-Z][\w'’-]*['’]s?)"
    rf"\s+(?:[a-z-]+\s+)?(?P<own>{PEOPLE_AROUND})\b(?!,?\s+[A-Z]))"
)
OTHER_OBJECT_VERBS = needed_words(OTHER_OBJECT.pattern)[0]  # its prefilter (case-sensitive)
# ... and someone no one watches, named and described: "Boris Kim, a fellow activist, was"
OTHER_NAMED = re.compile(
    r"\W*(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?P<who>{ROLE_WORDS}|{PEOPLE_AROUND})\b[^,.;:]{{0,60}},{AUX_NEXT}"
)


# ... and the heading of a list entry for someone no one watches: "Kanat Dzhaksybekov
# (Kyrgyzstan).", "Bolot Asanaliev, reporter." (a name alone, a country or role after it)
OTHER_ENTRY = re.compile(
    r"\W*(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+(?:\s*\([^()]{2,40}\)|,\s+[a-z][\w\s-]{2,40})?\.\s*"
)


def someone_else(sentence: Sentence, names: Sequence[Ref]) -> Ref | None:
    """A stand-in for the relative, colleague or unwatched person a sentence opens with, to
    whom something happened ("His brother was detained", "Boris Kim, a fellow activist, was
    detained"), for pronouns of later sentences; None when the sentence opens otherwise, with
    a watched name, or with them speaking ("His lawyer said he was freed")."""
    text = sentence.text
    if not names and len(text) < 80 and OTHER_ENTRY.fullmatch(text):
        return Ref(0, len(text.rstrip()), ("\0",), REF_ROLE)
    head = text[:40]  # cheap tests first: most sentences open otherwise
    owned = "'" in head or "’" in head or head.lstrip()[:3] in ("His", "Her", "The")
    m = OTHER_SUBJECT.match(text) if owned else None
    if m is None and head.lstrip()[:3] in ("Our", "My "):
        m = OWN_OTHER_NAMED.match(text)
    if m is None and "," in head and not (names and names[0].start < 8):
        m = OTHER_NAMED.match(text)
    if m is None and names:
        done = OTHER_OBJECT.search(text) if holds_any(text, OTHER_OBJECT_VERBS) else None
        if done:
            who = "who" if done.group("who") else "own"
            stand_in = _stand_in(done.group(who).lower().rstrip("s"))
            if stand_in != "\0":  # "beat her lawyer. She was freed": she, of either
                return Ref(done.start(who), done.end(who), (stand_in,), REF_ROLE)
    if m is None and names and head.startswith("The "):  # "The mother of X was detained"
        rel = OPENS_WITH_RELATIVE.fullmatch(text, 0, names[0].start)
        if rel and re.match(AUX_NEXT, text[names[0].end :]):
            word = _singular(rel.group("rel").lower())
            return Ref(rel.start("rel"), rel.end("rel"), (_stand_in(word),), REF_ROLE)
    if m is None and not names and holds_any(text, OWN_ACT_WORDS):
        own = OWN_ACT_SPEAKER.match(text)  # "Y Z said that she was ending her own hunger strike"
        if own:
            stand_in = "\0he" if own.group("who").lower() == "he" else "\0she"
            return Ref(own.start("name"), own.end("name"), (stand_in,), REF_ROLE)
    if m is None or any(m.end("who") <= r.start < m.end() for r in names):
        return None  # "X's wife, Y, was detained": Y, whom the watchlist names
    word = m.group("who").lower().rstrip("s")
    return Ref(m.start("who"), m.end("who"), (_stand_in(word),), REF_ROLE)


# someone no one watches, named in full, who says that "she" did an act of her own: "Y Z
# announced that she was ending her own hunger strike", "Another sister, Y Z, said that he
# ..." (the sister, not the watched X Z named before)
OWN_ACT_SPEAKER = re.compile(
    r"\W*(?:(?:[Aa]nother|[Hh]er|[Hh]is|[Tt]heir)\s+[a-z]+,?\s+)?"
    r"(?P<name>(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+),?\s+(?:[a-z]+\s+){0,3}?"
    r"(?:announced|said|says|told\s+\w+|wrote|stated|declared|confirmed)\b[^.;]{0,60}?"
    r"\bthat\s+(?P<who>he|she)\b(?=[^.;]*\b(?:his|her)\s+own\b)"
)
OWN_ACT_WORDS = needed_words(OWN_ACT_SPEAKER.pattern)[0]  # its prefilter ("own"; case-blind: no)


def _stand_in(word: str) -> str:
    """The stand-in id of someone no one watches, by the gender of ``word``."""
    return "\0he" if word in MALE_WORDS else "\0she" if word in FEMALE_WORDS else "\0"


# "-aya" after three letters or more (Tolstaya, Zolotaya), not a short surname such as Kaya
# (-aya after a k only as -skaya or -tskaya: Turkish -kaya, "rock", is a man's as well as a
# woman's, Yalçınkaya, Karakaya)
FEMALE_SURNAME = re.compile(r"(?:ova|eva|ina|(?<=\w{3})(?<![^s]k)aya|kyzy|qyzy|ska|cka)$", re.I)
# only endings that change with gender: Georgian -dze and -shvili, Armenian -yan, Ukrainian
# -enko and Belarusian or Serbian -ovich are a woman's surname as well as a man's
MALE_SURNAME = re.compile(r"(?:ov|ev|in|sky|ski|skiy|skii|uly)$", re.I)


def genders_of(mentions: Sequence[Mention]) -> dict[str, Gender]:
    """A guess from the watchlist spelling (-ova, -aya: a woman; -ov, -sky: a man; else a
    given name only one sex bears: Juan, Fatemeh); unknown otherwise."""
    genders: dict[str, Gender] = {}
    for m in mentions:
        gender = _gender_of(m.variant)
        if gender:
            genders[m.person_id] = gender
    return genders


# What the article itself says of a person's gender: "Ms X", "Mr X", "businesswoman X";
# "X said she ...", "X, 34, told reporters he ..."
_SHE_KIN = "|".join(sorted(w for w, he in KIN.items() if he == "she"))
_HE_KIN = "|".join(sorted(w for w, he in KIN.items() if he == "he"))
TITLE_BEFORE = re.compile(
    r"\b(?:(?P<f>Ms|Mrs|Miss|Madam|Madame|Mme|businesswoman|actress|chairwoman|spokeswoman|"
    rf"congresswoman|{_SHE_KIN})|(?P<m>Mr|Mister|Monsieur|"
    rf"businessman|actor|chairman|spokesman|congressman|widower|{_HE_KIN}))"
    # "her husband, Marat Seitkali", "sister Nodira X": a relative named
    r"(?:\.?\s+|,\s+)(?:[A-Z][\w'’-]*\s+){0,2}$"
)
PRONOUN_AFTER = re.compile(
    r"(?:,[^,.;]{1,40},)?\s+(?:\w+ly\s+)?(?:said|says|told\s+(?:\w+\s+){0,2}?|wrote|writes|added|"
    r"explained|insisted|recalled)\s+(?:(?:on|in|last|this|late|early)\s+[A-Za-z]+\s+)?"
    r"(?:that\s+)?(?:(?P<f>she|her)|(?P<m>he|his|him))\b"
)
# "X was detained on Monday in Y, her lawyer said": the person spoken for, by the speaker's
# relation to them (no other name between, so "her" has no one else to stand for)
SPOKEN_FOR = re.compile(
    r"(?!\s*['’])(?:(?![A-Z][\w'’-]+\s+[A-Z])[^.;:\"“”])*?,\s+(?:(?P<f>her)|(?P<m>his))\s+"
    rf"(?:[a-z-]+\s+)?(?:{PEOPLE_AROUND})\s+(?:{SPEECH_VERBS}|confirmed)\b"
)


# "X, a mother of two,", "X, the son of Y": what the apposition calls the person
DESCRIBED_GENDER = re.compile(
    rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:(?P<f>{_SHE_KIN}|woman|businesswoman|actress)|"
    rf"(?P<m>{_HE_KIN}|man|businessman|actor))\b"
)
# "X was detained at her home", "X left his flat": the subject's own "her" or "his", with no
# other name or person between (only lower-case words, numbers, weekdays and months)
_CALENDAR = "|".join(w.capitalize() for w in (*WEEKDAYS, *MONTHS))
OWN_PRONOUN = re.compile(
    r"(?!['’])(?:,\s+\d{1,3},)?\s+(?:was|were|is|has|had|went|left|returned|spent)\b"
    rf"(?:\s+(?:[a-z][\w-]*|\d+|{_CALENDAR})){{0,10}}?\s+(?:(?P<f>her)|(?P<m>his))\s+[a-z]"
)
# "the sister of (the jailed activist) X": the words after X may be the relative's
RELATION_OF_NAME = re.compile(
    rf"\b(?:{PEOPLE_BEFORE_OF}|family)s?\s+of\s+(?:[a-z-]+\s+){{0,3}}$", re.I
)
SENTENCE_OPENS = re.compile(r"(?:^|[.!?\n]\s+|\n)(?:[A-Za-z][a-z-]+\s+){0,3}$")


class Genders(Mapping[str, Gender]):
    """Each mentioned person's gender: the one the article gives, where it gives one (a title
    or a self-describing word right before a name, or "he" or "she" for the person who
    spoke; the first mention that gives one tells), else the watchlist spelling's guess
    (``genders_of``). The words around a person's mentions are read when a pronoun or a
    description first asks for the person: most people an article names are never asked
    for, and reading the words costs several patterns a mention."""

    def __init__(self, text: str, mentions: Sequence[Mention]) -> None:
        self._text = text
        self._spelled = genders_of(mentions)
        self._mentions: dict[str, list[Mention]] = {}
        for m in mentions:
            self._mentions.setdefault(m.person_id, []).append(m)
        self._read: dict[str, Gender | None] = {}
        self._said_at: dict[tuple[int, int], Gender | None] = {}  # namesakes share a span

    # (only a gender as the default: the readers ask ``get(person)``)
    def get(self, person: str, default: Gender | None = None) -> Gender | None:  # type: ignore[override]
        if person not in self._read:
            self._read[person] = self._said(person) or self._spelled.get(person)
        gender = self._read[person]
        return default if gender is None else gender

    def __getitem__(self, person: str) -> Gender:
        gender = self.get(person)
        if gender is None:
            raise KeyError(person)
        return gender

    def __iter__(self) -> Iterator[str]:
        return (person for person in self._mentions if self.get(person) is not None)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def _said(self, person: str) -> Gender | None:
        for m in self._mentions.get(person, ()):
            span = (m.start, m.end)
            if span not in self._said_at:
                self._said_at[span] = _gender_said(self._text, m.start, m.end)
            gender = self._said_at[span]
            if gender is not None:
                return gender
        return None


def _gender_said(text: str, start: int, end: int) -> Gender | None:
    """The gender the words around the name at ``text[start:end]`` give, if any: the first
    of a title or word before it, a pronoun or a word after it, or "his"/"her" after it at a
    sentence's opening."""
    title = TITLE_BEFORE.search(text, max(0, start - 40), start)
    if (
        title is None
        and "of" in text[max(0, start - 60) : start].lower()  # (its "of": most have none)
        and RELATION_OF_NAME.search(text, max(0, start - 60), start)
    ):
        return None  # "The mother of X said that her son ...": her words, not X's
    for said in (
        title,
        PRONOUN_AFTER.match(text, end),
        SPOKEN_FOR.match(text, end, end + 160),
        DESCRIBED_GENDER.match(text, end),
    ):
        if said is not None:
            return Gender.FEMALE if said.group("f") else Gender.MALE
    if SENTENCE_OPENS.search(text, max(0, start - 40), start):
        said = OWN_PRONOUN.match(text, end)
        if said is not None:
            return Gender.FEMALE if said.group("f") else Gender.MALE
    return None


@lru_cache(maxsize=65_536)
def _gender_of(variant: str) -> Gender | None:
    words = variant.split()
    if len(words) < 2:
        return None
    if FEMALE_SURNAME.search(words[-1]):
        return Gender.FEMALE
    if MALE_SURNAME.search(words[-1]):
        return Gender.MALE
    given = fold_name(words[0])  # "Juan Sebastián Chamorro": no "she"
    if given in MALE_GIVEN_NAMES:
        return Gender.MALE
    return Gender.FEMALE if given in FEMALE_GIVEN_NAMES else None


# The enum members the event readers' loops read, as globals: read off its class, a member
# goes through the __getattr__ hook of the enums' metaclass (Python 3.11), about ten times
# a global's cost (match.py does the same)
GENDER_FEMALE = Gender.FEMALE
GENDER_MALE = Gender.MALE
REF_GROUP = RefKind.GROUP
REF_NAME = RefKind.NAME
REF_POSSESSIVE = RefKind.POSSESSIVE
REF_ROLE = RefKind.ROLE

guard_patterns(globals())  # the same matches, skipping fast to where one can start
