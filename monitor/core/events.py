"""Recognise what happened to the people mentioned in an article, and whether it is news.

For each sentence: find the triggers (``monitor.core.triggers``), then for each
trigger decide

who      the person it happened to: the subject of a passive or intransitive verb
         ("X was sentenced", "X died", "X, sentenced in 2019"), the object of an
         active one ("the court acquitted X"), the owner of a noun ("X's arrest",
         "the release of X", "charges against him"). Lists count for everyone in
         them ("A and B were released"). "He", "she", "they" and "the activist"
         stand for the person named last. A relative or lawyer between the name and
         the verb ("X, whose brother was arrested", "X's lawyer was detained") takes
         the event away from X.
whether  it happened: not negated ("was not released"), not asked for, feared or
         possible ("called for his release", "faces up to ten years", "could be
         freed", "prosecutors asked for"), not denied.
when     a date near the trigger, read against the publication date (within a month
         before it: news; older: background; later: still to come, not an event);
         without a date, tense: "had been sentenced", "previously", "initially" are
         background; "has been granted" is background outside the title and lead;
         anything else reported in the past tense is news.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

from monitor.core.dating import Recency, When, find_dates, recency
from monitor.core.sentences import Sentence, split_sentences
from monitor.core.triggers import (
    CUSTODY_PLACES,
    NON_CUSTODIAL,
    ORDER,
    Form,
    Trigger,
    candidates,
    lower,
)
from monitor.core.types import Event, EventType, Mention

LEAD_SENTENCES = 3  # the title, and the first sentences of the text, report the news


class Ref(NamedTuple):  # tuples: many are made per article, and tuples are made fast
    """A reference to watchlisted people in the text: a name, a pronoun, "the activist"."""

    start: int
    end: int
    people: tuple[str, ...]
    kind: str  # "name", "pronoun", "possessive", "role"


class Found(NamedTuple):
    trigger: Trigger
    start: int  # offsets in the sentence
    end: int


def extract_events(
    text: str, mentions: Sequence[Mention], published: datetime | date | None
) -> list[Event]:
    """The events that ``text`` reports about the people in ``mentions``."""
    if not mentions:
        return []
    pub = published.date() if isinstance(published, datetime) else published
    sentences = split_sentences(text)
    title_end = text.find("\n\n")
    genders = _genders(mentions)
    events: list[Event] = []
    history: list[Ref] = []  # names seen so far, for pronouns
    last_group: tuple[str, ...] = ()
    body_index = 0
    previous: tuple[Sentence, bool, bool] | None = None
    ordered = sorted(mentions, key=lambda m: m.start)
    lowered_text = lower(text)  # same length: a sentence's slice is the sentence lowered
    next_mention = 0
    for sentence in sentences:
        in_title = 0 <= sentence.start < title_end if title_end >= 0 else False
        if not in_title:
            body_index += 1
        in_lead = in_title or body_index <= LEAD_SENTENCES
        while next_mention < len(ordered) and ordered[next_mention].start < sentence.start:
            next_mention += 1
        names = (
            _name_refs(sentence, ordered, next_mention)
            if next_mention < len(ordered) and ordered[next_mention].start < sentence.end
            else []
        )
        lowered = lowered_text[sentence.start : sentence.end]
        hinted = candidates(lowered)  # a sentence that cannot hold a trigger needs no more
        found: list[Found] = []
        refs = names
        if hinted and names:  # the triggers first: a sentence without one needs no pronouns
            found = _triggers(sentence.text, lowered, hinted)
            if found:
                refs = names + _pronoun_refs(sentence, names, history, last_group, genders)
        elif hinted:
            refs = _pronoun_refs(sentence, names, history, last_group, genders)
            found = _triggers(sentence.text, lowered, hinted) if refs else []
        if found and refs:
            refs.sort(key=lambda r: r.start)
            events += _sentence_events(sentence, found, refs, pub, in_title, in_lead, lowered)
        if previous and names:
            events += _group_events(text, previous, sentence, names, pub)
        previous = (sentence, in_title, in_lead)
        if names:
            history += names
            last_group = tuple(dict.fromkeys(p for r in names for p in r.people))
    return _tidy(events)


# ---------------------------------------------------------------------------
# References


def _name_refs(sentence: Sentence, ordered: Sequence[Mention], first: int) -> list[Ref]:
    """The names in the sentence; ``ordered`` mentions by start, from index ``first`` on."""
    spans: dict[tuple[int, int], list[str]] = {}
    for i in range(first, len(ordered)):
        m = ordered[i]
        if m.start >= sentence.end:
            break
        if m.end <= sentence.end:
            spans.setdefault((m.start - sentence.start, m.end - sentence.start), []).append(
                m.person_id
            )
    return [Ref(s, e, tuple(dict.fromkeys(people)), "name") for (s, e), people in spans.items()]


PRONOUN = re.compile(r"\b(he|she|him|his|her|they|them|their|both)\b", re.I)
PRONOUN_KIND = {
    "he": "pronoun", "she": "pronoun", "they": "pronoun", "both": "pronoun",
    "him": "object", "them": "object", "her": "her", "his": "possessive", "their": "possessive",
}  # fmt: skip
SUBJECT_KINDS = {"name", "pronoun", "role"}
OBJECT_KINDS = {"name", "object", "her", "role"}
OWNER_KINDS = {"possessive", "her"}
ROLE = re.compile(
    r"\b(?:the|this)\s+(?:\d+-year-old\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?P<role>activist|journalist|blogger|dissident|lawyer|poet|writer|businessman|businesswoman|"
    r"banker|politician|prisoner|defender|musician|artist|researcher|student|leader|critic|"
    r"unionist|reporter|editor|detainee|convict|inmate|man|woman|opposition figure|"
    r"\d+-year-old)\b(?P<owner>['’]s)?",
    re.I,
)
FEMALE_WORDS = {"she", "her", "woman"}
MALE_WORDS = {"he", "him", "his", "man", "businessman"}


def _pronoun_refs(
    sentence: Sentence,
    names: list[Ref],
    history: list[Ref],
    last_group: tuple[str, ...],
    genders: dict[str, str],
) -> list[Ref]:
    refs: list[Ref] = []
    text = sentence.text
    current = set(names)
    seen = (history, names)
    roles = []  # "the activist" stands for someone only at the start of a sentence, or as owner
    first = ROLE.match(text)
    if first:
        roles.append(first)
    if "'s" in text or "’s" in text:
        roles += [r for r in ROLE.finditer(text) if r.start() > 0 and r.group("owner")]
    for role in roles:
        if any(r.start < role.end() + 3 for r in names if r.start >= role.start()):
            continue  # "the activist Aset Abishev": the name follows
        person = _last_person(seen, current, role.start(), genders, role.group("role").lower())
        if person:
            kind = "possessive" if role.group("owner") else "role"
            refs.append(Ref(role.start(), role.end(), (person,), kind))
    for m in PRONOUN.finditer(text):
        word = m.group(1).lower()
        if refs and any(r.start <= m.start() < r.end for r in refs):
            continue
        if word in ("they", "them", "their", "both"):
            if len(last_group) >= 2:
                refs.append(Ref(m.start(), m.end(), last_group, PRONOUN_KIND[word]))
            continue
        person = _last_person(seen, current, m.start(), genders, word)
        if person:
            refs.append(Ref(m.start(), m.end(), (person,), PRONOUN_KIND[word]))
    if names and ('"' in sentence.text or "“" in sentence.text):
        refs += _first_person_refs(sentence.text, names)
    return refs


FIRST_PERSON = re.compile(r"\b(?:I|me|my|My)\b")
FIRST_PERSON_KIND = {"I": "pronoun", "me": "object", "my": "possessive", "My": "possessive"}
SPEECH = r"(?:said|says|told|tells|wrote|writes|added|recalled|explained|stated|testified)"
SPEAKER_AFTER = re.compile(rf"\s*,?\s*(?:{SPEECH}\s+)?$|\s*,?\s*$")
SPEAKER_VERB_AFTER = re.compile(rf"\s*(?:,\s*)?(?:who\s+\w+\s+)?{SPEECH}\b")
SPEAKER_BEFORE = re.compile(rf"\s+{SPEECH}(?:\s+\w+){{0,3}}?\s*[:,]?\s*$")


def _first_person_refs(text: str, names: list[Ref]) -> list[Ref]:
    """ "I was beaten," X told the court: inside a quotation, "I" is its speaker."""
    refs: list[Ref] = []
    for m in FIRST_PERSON.finditer(text):
        quote = _quotation(text, m.start())
        if quote is None:
            continue
        speaker = _speaker(text, names, *quote)
        if speaker:
            refs.append(Ref(m.start(), m.end(), speaker.people, FIRST_PERSON_KIND[m.group()]))
    return refs


def _quotation(text: str, at: int) -> tuple[int, int] | None:
    """The quotation around ``at``, as (opening mark, closing mark), or None."""
    curly_open, curly_close = text.rfind("“", 0, at), text.rfind("”", 0, at)
    if curly_open > curly_close:
        end = text.find("”", at)
        return curly_open, end if end >= 0 else len(text)
    if text.count('"', 0, at) % 2 == 1:
        end = text.find('"', at)
        return text.rfind('"', 0, at), end if end >= 0 else len(text)
    return None


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


def _last_person(
    seen: tuple[list[Ref], list[Ref]],
    current: set[Ref],
    at: int,
    genders: dict[str, str],
    word: str,
) -> str | None:
    """The person named last before ``at`` (names of this sentence count only before it), of
    the pronoun's gender when it is known."""
    wanted = "f" if word in FEMALE_WORDS else "m" if word in MALE_WORDS else None
    fallback = None
    for ref in chain(reversed(seen[1]), reversed(seen[0])):  # this sentence, then before
        if ref.start >= at and ref in current:
            continue
        for person in ref.people:
            if wanted is None or genders.get(person) in (None, wanted):
                return person
            if fallback is None:
                fallback = person
    return fallback


FEMALE_SURNAME = re.compile(r"(?:ova|eva|ina|aya|skaya|kyzy|qyzy|yeva|ayeva|ska|cka)$", re.I)
MALE_SURNAME = re.compile(
    r"(?:ov|ev|in|sky|ski|skiy|skii|uly|ovich|evich|enko|yan|dze|shvili)$", re.I
)


def _genders(mentions: Sequence[Mention]) -> dict[str, str]:
    """A guess from the watchlist spelling (-ova, -aya: a woman; -ov, -sky: a man);
    unknown otherwise."""
    genders: dict[str, str] = {}
    for m in mentions:
        gender = _gender_of(m.variant)
        if gender:
            genders[m.person_id] = gender
    return genders


@lru_cache(maxsize=65_536)
def _gender_of(variant: str) -> str | None:
    words = variant.split()
    if len(words) < 2:
        return None
    if FEMALE_SURNAME.search(words[-1]):
        return "f"
    return "m" if MALE_SURNAME.search(words[-1]) else None


# ---------------------------------------------------------------------------
# Triggers and who they belong to


def _triggers(
    sentence: str, lowered: str | None = None, hinted: tuple[Trigger, ...] | None = None
) -> list[Found]:
    """The triggers in one sentence, overlaps resolved: the earliest, then the longest.
    ``lowered`` and ``hinted`` are the sentence in lower case and its candidates, if known."""
    if lowered is None:
        lowered = lower(sentence)
    found = []
    for trigger in candidates(lowered) if hinted is None else hinted:
        for m in trigger.pattern.finditer(lowered):
            start, end = m.span()  # whole words only, as ``find`` checks
            if (start == 0 or not lowered[start - 1].isalnum()) and not lowered[
                end : end + 1
            ].isalpha():
                found.append(Found(trigger, start, end))
    found.sort(key=lambda f: (f.start, -(f.end - f.start), ORDER[f.trigger]))
    kept: list[Found] = []
    for f in found:
        if any(f.start < k.end and k.start < f.end for k in kept):
            continue
        if _applies(f, sentence):
            kept.append(f)
    return kept


STARTS = re.compile(
    r"\b(?:began|begins|begin|opened|opens|started|starts|get under\s?way|got under\s?way|"
    r"gets under\s?way|resumed|resumes|kicked off)\b",
    re.I,
)
REJECTED = re.compile(
    r"\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:rejected|dismissed|denied|"
    r"turned down|thrown out)\b",
    re.I,
)
SERVING = re.compile(r"\b(?:serv\w*|spend\w*|complet\w*|finish\w*)\s+(?:[\w'’-]+\s+){0,5}$", re.I)


# "until his detention", "her detention on Monday": the moment of an arrest; otherwise
# "his detention" is the state of being held ("his detention is unlawful").
DETENTION_MOMENT = re.compile(
    r"\b(?:until|after|since|following|before|upon|at the time of|days? of)\s+"
    r"(?:(?:his|her|their|the)\s+|[\w-]+['’]s?\s+)$",
    re.I,
)
DATE_NEXT = re.compile(
    r"\s+(?:of\s+(?:\w+\s+){1,3}?)?(?:on|in|last|yesterday|this)\s+(?:\w+\s+)?"
    r"(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.I,
)


def _applies(f: Found, sentence: str) -> bool:
    """Conditions a pattern alone cannot say."""
    t, form = f.trigger.type, f.trigger.form
    after = sentence[f.end : f.end + 90]
    before = sentence[max(0, f.start - 40) : f.start]
    if f.trigger.rule == "parole_denied:verb:7":  # "rejected three requests": for parole?
        return bool(re.search(r"\bparole\b|\bearly release\b", sentence, re.I))
    if t is EventType.TRANSFERRED and form is Form.VERB:
        if "hospitali" in sentence[f.start : f.end].lower():
            return True
        return bool(
            re.match(r"^\s*(?:\S+\s+){0,4}?(?:to|from|into)\b", after)
            and CUSTODY_PLACES.search(after)
        )
    if t is EventType.TRANSFERRED:
        return bool(CUSTODY_PLACES.search(after))
    if t is EventType.TRIAL and form is Form.NOUN:
        return bool(STARTS.search(sentence, f.end))
    if t is EventType.APPEAL_REJECTED and form is Form.NOUN:
        return bool(REJECTED.search(sentence, f.end))
    if t is EventType.SENTENCED and form is Form.NOUN:
        return not SERVING.search(before)
    if t is EventType.CHARGED and form is Form.SUBJECT:
        if re.search(r"['’]s\s+[\w-]+\s+$", before):
            return False  # "X's phone was charged": the phone
        return not re.search(r"\b(?:convicted|sentenced|guilty|acquitted|jailed)\b", before, re.I)
    if t is EventType.DETAINED and form is Form.NOUN:
        if sentence[f.start : f.start + 3].lower() == "det":  # a state, unless a moment
            return bool(DETENTION_MOMENT.search(before) or DATE_NEXT.match(after))
        return not re.search(
            r"\b(?:warrant|threat|risk|fear)\w*\s+(?:of\s+|for\s+)?$", before, re.I
        )
    return True


AUX = re.compile(
    r"\b(?:was|were|is|are|be|been|being|get|gets|got)"
    r"(?:\s+(?:\w+ly|also|not|never|later|then|again|just|already|since|finally|once|first|"
    r"twice|subsequently|initially|previously|now|still|even|both|all|each|soon|thus|"
    r"in absentia))*\s*$",
    re.I,
)
SAME_SUBJECT = re.compile(
    r"\s*(?:(?:was|were|is|are|has|have|had|been|be|then|later|also|instead|\w+ly)\s+)*"
)
CLAUSE_BREAK = re.compile(r"[;:]|\s[—–]\s|\bbut\b")
WHO_WORD = re.compile(r"\b(?:who|whom|which|that)\b")
BUT = re.compile(r"\bbut\b(?!.*\bbut\b)", re.I)  # the last "but"
# "X was arrested in May and charged in June", "... but were eventually released"
CHAINED = re.compile(
    r"^[^.;:]{0,200}?(?:\b(?:and|or|then|but)|,\s*and)\s+(?:\w+ly\s+|also\s+|later\s+)?"
    r"(?:(?:was|were|is|are|has been|have been|had been|had)\s+(?:\w+ly\s+|also\s+|later\s+)?)?$",
    re.I,
)
RELATION = re.compile(
    r"\bwhose\b|(?:['’]s?|\bhis|\bher|\btheir)\s+(?:\w+\s+)?(?:brothers?|sisters?|wife|husband|sons?|"
    r"daughters?|mother|father|parents|children|lawyers?|attorneys?|colleagues?|associates?|"
    r"relatives?|family|friends?|supporters?|deputy|nephews?|nieces?|cousins?|partners?|"
    r"fianc[eé]e?|assistants?|aides?|staff|employees?|co-defendants?)\b",
    re.I,
)
RELATION_BEFORE = re.compile(
    r"\b(?:brother|sister|wife|husband|son|daughter|mother|father|lawyer|attorney|colleague|"
    r"associate|relative|friend|widow|defender|counsel)s?\s+(?:of|for|to)\s+$",
    re.I,
)
RELATION_AFTER = re.compile(
    r"['’]s?\s+(?:\w+\s+)?(?:brothers?|sisters?|wife|husband|sons?|daughters?|mother|father|"
    r"parents|children|lawyers?|attorneys?|colleagues?|associates?|relatives?|family|friends?|"
    r"supporters?|deputy|nephews?|nieces?|cousins?|partners?|fianc[eé]e?|assistants?|aides?|"
    r"staff|employees?|co-defendants?|defenders?|counsel)\b,?\s*",
    re.I,
)
REPORTING = re.compile(
    r"\b(?:said|says|told|announced|reported|claimed|stated|added|wrote|noted|confirmed)\b", re.I
)
OBJECT_GAP = re.compile(
    r"^\s*(?:(?!(?:was|were|is|are|said|says|has|have|had|who|which|that|after|before|when|"
    r"while|because|but|for|by|with|he|she|they|like|such)\b)[A-Za-z][\w'’-]*\s+){0,10}?(?:,\s*)?$"
)
LIST_GAP = re.compile(
    r"^\s*(?:,|,?\s*and|&)\s+(?:(?:his|her|their|the|fellow)\s+)?(?:[a-z][\w-]*\s+){0,3}?$"
)
NOUN_OWNER = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:of|for|on|against|inflicted on|filed by|submitted by|by)\s+"
    r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,6}?$",
    re.I,
)
APPOSITIVE_WHO = re.compile(r"^\s*,?\s*(?:[\w’'-]+\s+){0,4}?(?:who|whom|which)\b", re.I)
# "X and Nguyen Van A, both of whom were arrested": the others in the list are not watched
LIST_WHO = re.compile(
    r"\s*(?:,\s*|,?\s+and\s+)(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*,\s*"
    r"(?:both|all|each|two|three)\s+of\s+whom\b"
)
POSSESSIVE_GAP = re.compile(r"^['’]s?\s+(?:[\w-]+\s+){0,3}?$")
ADJECTIVE_BEFORE = re.compile(
    r"(?:^|[,:(—–\"“‘']|\b(?:the|a|an|of|for|and|with|by|from|as)\s*)\s*$", re.I
)


def _who(f: Found, sentence: str, refs: list[Ref]) -> tuple[Ref, ...]:
    """The references the event belongs to, or none."""
    fronted = _fronted(f, sentence, refs)
    if fronted:
        return fronted
    form = f.trigger.form
    inside = [r for r in refs if f.start <= r.start and r.end <= f.end and r.kind != "pronoun"]
    if form is Form.NOUN:
        owner = _possessor(f, sentence, refs) or inside or _noun_object(f, sentence, refs)
        if owner:
            return tuple(owner)
        if f.trigger.type is EventType.HOUSE_ARREST:
            in_state = STATE_BEFORE.search(sentence, 0, f.start)
            return _subject(f, sentence, refs) if in_state else ()  # "X remains under house arrest"
        if " " in sentence[f.start : f.end].strip():
            return _subject(f, sentence, refs)  # "charges ... were dropped": a verb of its own
        return ()
    if form is Form.SUBJECT:
        return _subject(f, sentence, refs) or tuple(inside)
    pre = sentence[: f.start]
    if AUX.search(pre) or AMONG.search(pre) or _reduced_relative(pre, refs) or _headline(pre, refs):
        return _subject(f, sentence, refs)
    if AMONG_FRONT.search(pre):  # "Among those released on Monday were X and Y"
        return _object(f, sentence, refs, AMONG_GAP)
    if inside:
        return tuple(inside)
    if ADJECTIVE_BEFORE.search(pre) and not _has_object(f, sentence):
        return ()  # "jailed opposition politician X": an adjective, not news
    found = _object(f, sentence, refs) or tuple(_noun_object(f, sentence, refs))
    if not found and f.trigger.type in COURT_OUTCOMES:
        people = {p for r in refs for p in r.people}
        if len(people) == 1:  # "the court accepted his appeal and overturned the sentence"
            return (refs[-1],)
    return found


# "Arrested in March, X ...", "Currently under house arrest, X ...": a modifier that opens
# the sentence and ends at a comma is said of the subject right after that comma
FRONTED_BEFORE = re.compile(
    r"\W*(?:(?:currently|now|already|recently|newly|once|first|after|since|being|"
    r"having\s+been)\s+)*(?:under\s+)?",
    re.I,
)
FRONTED_AFTER = re.compile(r"[^,;:.!?\"“”()]{0,80}?,\s*")
# what makes the opening words a clause or a noun phrase instead: "Detained protesters
# were beaten, X said", "Arrests continued, X said"
FRONTED_VERB = re.compile(
    r"\b(?:was|were|is|are|has|have|had|will|would|can|could|should|must|do|does|did|"
    r"continu\w*|deserve\w*|remain\w*)\b",
    re.I,
)
FRONTED_SPEAKER = re.compile(rf"\s*,?\s*(?:{SPEECH}|argued|noted)\b", re.I)
# "X is under house arrest", "Currently under house arrest, X ...": a state, background;
# but "remains" or "still" under house arrest says nothing has changed: no event at all
STATE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|being|held)\s+(?:(?:currently|now)\s+)?under\s+$|"
    r"^\W*(?:(?:currently|now)\s+)?under\s+$",
    re.I,
)


def _fronted(f: Found, sentence: str, refs: list[Ref]) -> tuple[Ref, ...]:
    """ "Released on Tuesday, X ...": a participle (or "under house arrest") opening the
    sentence, said of the subject after the comma."""
    noun = f.trigger.form is Form.NOUN
    if noun and not sentence[: f.start].rstrip().lower().endswith("under"):
        return ()  # "Arrests of protesters continued, X said": a noun phrase
    if not noun and not sentence[f.start : f.end].split(None, 1)[0].lower().endswith(
        ("ed", "en", "held", "put", "let")
    ):
        return ()
    if not FRONTED_BEFORE.fullmatch(sentence, 0, f.start):
        return ()
    comma = FRONTED_AFTER.match(sentence, f.end)
    if comma is None or any(f.end <= r.start < comma.end() for r in refs):
        return ()  # "Arrested with X in March, Y ...": not only Y
    if FRONTED_VERB.search(sentence, f.end, comma.end()):
        return ()
    after = [r for r in refs if r.start >= comma.end() and r.kind in SUBJECT_KINDS]
    if not after or after[0].start != comma.end():
        return ()
    group = _listed(sentence, after)
    if FRONTED_SPEAKER.match(sentence, group[-1].end):
        return ()  # "Jailed activists deserve support, X said": X speaks
    return tuple(group)


# "X was among 20 prisoners pardoned", "X is among those freed"
AMONG = re.compile(
    r"\b(?:was|were|is|are)\s+(?:also\s+|reportedly\s+)?among\s+(?:the\s+|those\s+)?"
    r"(?:[\w-]+\s+){0,4}?$",
    re.I,
)
AMONG_FRONT = re.compile(r"^\W*among\s+(?:the\s+|those\s+)?(?:[\w-]+\s+){0,3}?$", re.I)
AMONG_GAP = re.compile(r"^[^.;:]{0,60}?\b(?:was|were|is|are)\s+(?:[\w-]+\s+){0,3}?$", re.I)

COURT_OUTCOMES = {
    EventType.ACQUITTED,
    EventType.CHARGES_DROPPED,
    EventType.APPEAL_REJECTED,
    EventType.PAROLE_DENIED,
}


DETERMINER = re.compile(r"\s*(?:the|a|an|his|her|their|its|all|him|them)\b", re.I)


def _has_object(f: Found, sentence: str) -> bool:
    """ "... and overturned the sentence": a verb with an object, not an adjective."""
    words = sentence[f.start : f.end].split(None, 1)
    return bool(DETERMINER.match(words[1] if len(words) > 1 else sentence[f.end : f.end + 8]))


def _headline(pre: str, refs: list[Ref]) -> bool:
    """A name, then the participle, as headlines write: "Aset Abishev freed on parole"."""
    end = len(pre.rstrip())
    return end < len(pre) and any(r.end == end and r.kind == "name" for r in refs)


def _reduced_relative(pre: str, refs: list[Ref]) -> bool:
    """ "X, sentenced in 2019, ...": a name, a comma, and the participle."""
    m = re.search(r",\s*$", pre)
    return m is not None and any(r.end == len(pre[: m.start()].rstrip()) for r in refs)


def _subject(f: Found, sentence: str, refs: list[Ref]) -> tuple[Ref, ...]:
    before = [r for r in refs if r.end <= f.start and r.kind in SUBJECT_KINDS]
    if not before:
        return ()
    nearest = before[-1]
    gap = sentence[nearest.end : f.start]
    but = BUT.search(gap)
    if but and SAME_SUBJECT.fullmatch(gap, but.end()):
        gap = gap[: but.start()]  # "X was not charged but was released": still X
    if CLAUSE_BREAK.search(gap) or RELATION.search(gap) or REPORTING.search(gap):
        return ()
    head = sentence[: nearest.start]
    if head.rstrip().lower().endswith(("of", "for", "to")) and RELATION_BEFORE.search(head):
        return ()  # "the lawyer of X": only after "of", "for" or "to" (a cheap test first)
    if WHO_WORD.search(gap) and not (APPOSITIVE_WHO.match(gap) or LIST_WHO.match(gap)):
        return ()  # "she attended a funeral for a girl who died": the girl died
    group = [nearest]
    for ref in reversed(before[:-1]):
        if not LIST_GAP.match(sentence[ref.end : group[0].start]):
            break
        group.insert(0, ref)
    return tuple(group)


def _object(
    f: Found, sentence: str, refs: list[Ref], gaps: re.Pattern[str] | None = None
) -> tuple[Ref, ...]:
    after = [r for r in refs if r.start >= f.end and r.kind in OBJECT_KINDS]
    if not after:
        return ()
    gap = sentence[f.end : after[0].start]
    if not (gaps or OBJECT_GAP).match(gap) or RELATION.search(gap + " "):
        return ()
    if RELATION_BEFORE.search(gap):
        return ()  # "detained the lawyer of X"
    relation = RELATION_AFTER.match(sentence, after[0].end)
    if relation:  # "detained X's lawyer": the lawyer, unless named ("X's brother Y")
        named = [r for r in after[1:] if r.start == relation.end() and r.kind == "name"]
        if not named:
            return ()
        after = named
    return tuple(_listed(sentence, after))


def _listed(sentence: str, after: list[Ref]) -> list[Ref]:
    """``after[0]`` and the references listed right after it: "X, Y and Z"."""
    group = [after[0]]
    for ref in after[1:]:
        if not LIST_GAP.match(sentence[group[-1].end : ref.start]):
            break
        group.append(ref)
    return group


def _possessor(f: Found, sentence: str, refs: list[Ref]) -> list[Ref]:
    for ref in reversed([r for r in refs if r.end <= f.start]):
        gap = sentence[ref.end : f.start]
        if ref.kind in OWNER_KINDS and re.fullmatch(r"\s+(?:[\w'’-]+\s+){0,3}?", gap):
            return [ref]
        if ref.kind == "name" and POSSESSIVE_GAP.match(gap):
            return [ref]
    return []


def _noun_object(f: Found, sentence: str, refs: list[Ref]) -> list[Ref]:
    after = [r for r in refs if r.start >= f.end and r.kind in OBJECT_KINDS]
    if not after or RELATION_BEFORE.search(sentence[f.end : after[0].start]):
        return []  # "the arrest of the lawyer of X"
    if NOUN_OWNER.match(sentence[f.end : after[0].start]):
        return _listed(sentence, after)
    return []


# ---------------------------------------------------------------------------
# Did it happen, and when


NEGATION = re.compile(
    r"\b(?:not|never|no longer|neither|nor|without being|yet to be|refused to|declined to|"
    r"failed to|denied that|denies that|deny that)\b|n['’]t\b",
    re.I,
)
MODALITY = re.compile(
    r"\b(?:could|would|might|may|will|shall|should|must|can|cannot|faces?|facing|risks?|"
    r"risking|threat\w*|calls?\s+for|called\s+for|calling\s+for|demand\w*|urg\w+|"
    r"asks?\s+for|asked\s+for|asking\s+for|request\w*|appeal\w*\s+for|seek\w*|sought|"
    r"petition\w*|hop(?:e|es|ed|ing)|expect\w*|plan\w*|want\w*|wish\w*|if|unless|whether|"
    r"possib\w+|potential\w*|likely|set to|due to|scheduled|pending|rumou?r\w*|"
    r"(?:order|allow|force|pressur)\w*\s+\w+\s+to|intend\w*|prepar\w+|threaten\w*|"
    r"campaign\w*\s+for|push\w*\s+for|fight\w*\s+for|lobb\w+\s+for|until|awaiting|await\w*|"
    r"in order to|so that|attempt\w*|tried to|try to|poised to|about to|wait\w*)\b",
    re.I,
)
ALLOWED_TO = re.compile(
    r"\b(?:decision|decided|agreed|voted|ruled|moved)\s+to\s+(?:\w+\s+)?$", re.I
)
CLAUSE_START = re.compile(
    r".*(?:[,;:]|\b(?:when|that|which|who|after|before|because|as)\b)", re.I | re.S
)


ORDERED = re.compile(r"\b(?:ordered|orders)\s+(?:that\s+)?$", re.I)
ORDERED_TO = re.compile(r"\s*(?:,\s*)?to\s+be\s+(?:\w+ly\s+)?", re.I)
# "accepted his appeal and overturned ...": a request granted is no longer a request
GRANTED_REQUEST = re.compile(
    r"\b(?:accepted|granted|upheld|satisfied|approved)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:request|demand|appeal|petition|motion|complaint|plea)\w*",
    re.I,
)
UNTIL_OWNER = re.compile(r"\buntil(?=\s+(?:his|her|their|[\w-]+['’]s?)\s+$)", re.I)
UNSURE = re.compile(
    r"\b(?:(?:whether|if|unless)\s+(?:[\w-]+\s+){0,2}?|rumou?rs?\s+(?:\w+\s+){0,3}?that\s+)$", re.I
)
DENIAL = re.compile(r"\b(?:denied|denies|deny|rejected|dismissed)\s+(?:\w+\s+){0,2}?that\s+$", re.I)


def _blocked(f: Found, sentence: str, who: tuple[Ref, ...], window_start: int | None) -> bool:
    """Whether the event is negated, requested, feared or only possible."""
    before_who = [r for r in who if r.end <= f.start]
    if any(w in sentence for w in ("ccept", "rant", "phel", "phol", "atisf", "pprov")):
        sentence = GRANTED_REQUEST.sub(lambda m: " " * len(m.group()), sentence)
    if f.trigger.form is Form.NOUN:
        first = min([f.start, *(r.start for r in who)])
        window = sentence[max(0, first - 60) : f.start]  # "called for X's release"
    elif window_start is not None:
        window = sentence[window_start : f.start]
    elif before_who:
        window = sentence[max(r.end for r in before_who) : f.start]  # "X, who could be freed"
        head = sentence[: min(r.start for r in before_who)]
        if DENIAL.search(head) or UNSURE.search(head):
            return True  # "denied that X was tortured", "it is unclear whether X was freed"
        if (
            ORDERED.search(head)
            and ORDERED_TO.fullmatch(window)
            and not NEGATION.search(head[-60:])
            and not MODALITY.search(head[-60:])
        ):
            return False  # "the court ordered X to be released"
    else:
        window = sentence[max(0, f.start - 60) : f.start]
        clause = CLAUSE_START.match(window)
        if clause and f.trigger.form is Form.VERB:
            window = window[clause.end() :]  # "set off rumours when they transferred X"
    lowered = window.lower()
    but = BUT.search(window) if "but" in lowered else None
    if but:  # "was not charged but was released"
        window = window[but.end() :]
    if f.trigger.form is Form.NOUN and "until" in lowered:
        window = UNTIL_OWNER.sub("", window)  # "until his arrest in 2020": it happened
    if "denied" in lowered or "refused" in lowered or "rejected" in lowered:
        window = REFUSED_WHAT.sub("", window)  # "denied parole, he was moved": not negation
    if NEGATION.search(window):
        return True
    if (
        f.trigger.type is EventType.DETAINED
        and HELD_FOR.match(sentence, f.end)
        and PERFECT.search(sentence, 0, f.start)
    ):
        return True  # "has been detained for two years": a state, not an arrest
    if ALLOWED_TO.search(window):
        return False
    if TO_BE.search(window):
        return True  # "urged the court to release him", "is to be freed"
    if MODALITY.search(window):
        return True
    return bool(EXPECTED_AFTER.match(sentence, f.end, f.end + 60))


REFUSED_WHAT = re.compile(
    r"\b(?:denied|refused|rejected)\s+(?:\w+\s+)?(?:parole|early release|medical)"
)
TO_BE = re.compile(r"\bto\s+(?:be\s+)?(?:\w+ly\s+)?$")
EXPECTED_AFTER = re.compile(
    r"\W*(?:\w+\s+){0,2}?(?:is|was|would be|will be|could be)\s+(?:\w+\s+)?"
    r"(?:expected|possible|likely|unlikely|planned|scheduled|demanded|sought)",
    re.I,
)


HELD_FOR = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?for\s+(?:more than\s+|over\s+|nearly\s+|almost\s+|about\s+|"
    r"the (?:past|last)\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|several|many|a few)\s+(?:months?|years?|decades?)\b",
    re.I,
)
DURING_CUSTODY = re.compile(
    r"(?:\s+(?:and\s+)?[\w'’-]+){0,6}?\s+(?:during|throughout|in the course of)\s+"
    r"(?:his|her|their)\s+(?:\w+\s+)?(?:detention|imprisonment|incarceration|arrest|custody|time\s+in\s+"
    r"(?:prison|jail|custody|detention)|years\s+(?:in|behind)\s+(?:prison|jail|bars))",
    re.I,
)
EARLIER = re.compile(r"\b(?:previous|earlier|prior)\b", re.I)
HAD_BEFORE = re.compile(
    r"\bhad\s+(?:\w+ly\s+|already\s+|since\s+|also\s+|earlier\s+|previously\s+)*(?:been\s+)?$",
    re.I,
)
PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+|already\s+|since\s+|also\s+)*(?:been\s+)?\w+", re.I)
BACKGROUND = re.compile(
    r"\b(?:previously|initially|formerly|originally|in the past|once|at the time|"
    r"back then|earlier in (?:his|her) (?:life|career)|over the years|for years|years ago|"
    r"since then|had since|later|subsequently)\b",
    re.I,
)
PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+|also\s+|since\s+|already\s+|now\s+|still\s+)*(?:been\s+)?$",
    re.I,
)
RELATIVE_CLAUSE = re.compile(
    r"^\s*,\s*(?:[\w-]+\s+){0,3}?(?:who|whom|which)\s+(?!is\b|are\b)", re.I
)


class Timing(NamedTuple):
    current: bool
    when: When | None
    reason: str


def _timing(
    f: Found,
    sentence: str,
    when: When | None,
    pub: date | None,
    in_title: bool,
    in_lead: bool,
    who: tuple[Ref, ...],
) -> Timing | None:
    """News or background; None for an event still to come. ``when`` is its date."""
    if EARLIER.search(sentence, f.start, f.end):
        return Timing(False, None, "an earlier one")  # "after rejecting two earlier requests"
    if when is not None and pub is not None:
        r = recency(when, pub)
        if r is Recency.FUTURE:
            return None
        return Timing(r is Recency.NEWS, when, f"dated, {r}")
    if when is not None:
        return Timing(False, when, "dated, no publication date")
    if f.trigger.form is Form.NOUN and STATE_BEFORE.search(sentence, 0, f.start):
        return Timing(False, None, "a state, not a change")  # "is under house arrest"
    subject_end = max([r.end for r in who if r.end <= f.start], default=f.start)
    clause_start = min([f.start, *(r.start for r in who)])
    pre = sentence[clause_start : f.start]
    reported = REPORTING.search(sentence[: f.start])
    lead_in = pre + sentence[f.start : f.end].split(" ")[0] + " "
    if PAST_PERFECT.search(lead_in) and not reported:
        return Timing(False, None, "past perfect")
    if clause_start == f.start and HAD_BEFORE.search(sentence, 0, f.start) and not reported:
        return Timing(False, None, "past perfect")  # "a court had already denied his parole"
    if DURING_CUSTODY.match(sentence, f.end, f.end + 80):
        return Timing(False, None, "during a detention")  # "was beaten during his detention"
    if BACKGROUND.search(sentence[max(0, clause_start - 30) : f.end + 10]):
        return Timing(False, None, "background word")
    if RELATIVE_CLAUSE.match(sentence[subject_end : f.start]) or LIST_WHO.match(
        sentence[subject_end : f.start]
    ):
        return Timing(False, None, "relative clause")
    if re.match(r"^\s*when\b", sentence[: clause_start + 1], re.I) or re.search(
        r"\b(?:where|when)\s+$", sentence[:clause_start]
    ):
        return Timing(False, None, "a when- or where-clause")
    if in_title:
        return Timing(True, None, "title")
    if f.trigger.form is Form.NOUN and " " not in sentence[f.start : f.end] and not in_lead:
        return Timing(False, None, "a noun, undated, outside the lead")
    perfect = PERFECT.search(pre) or (
        sentence[f.start : f.end].lower().startswith("been")
        and re.search(r"\b(?:has|have)\s+$", pre)
    )
    if perfect and not in_lead:
        return Timing(False, None, "present perfect outside the lead")
    return Timing(True, None, "lead" if in_lead else "past tense")


# "had denied his parole, ... when they recently moved him": the date is the other clause's
OTHER_CLAUSE = re.compile(r"[;:]|\b(?:when|while|because|although|though|whereas)\b", re.I)


def _date_for(f: Found, dates: list[When], next_start: int, sentence: str) -> When | None:
    after = [w for w in dates if f.end <= w.start < min(next_start, f.end + 150)]
    if after and not OTHER_CLAUSE.search(sentence, f.end, after[0].start):
        return after[0]
    before = [w for w in dates if w.end <= f.start]
    return before[-1] if before else None


# ---------------------------------------------------------------------------
# A group named in the sentence after: "Police detained 30 people. They include X."

INCLUDE = re.compile(
    r"^\W*(?:(?:they|those|these|others|the\s+[\w-]+)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:include[sd]?|including)|among\s+(?:them|those|these)\s+(?:was|were|is|are))\s+"
    r"(?:[\w-]+\s+){0,3}?$",
    re.I,
)


def _relative_of(head: str) -> bool:
    """Whether the words before a name make it someone else's: "supporters of X"."""
    return (
        bool(re.search(r"\b(?:of|for|to)\s+$", head, re.I))
        or RELATION.search(head + " ") is not None
    )


BARE_LIST_GAP = re.compile(r"\s*(?:,|,?\s*and|&)\s*$")


def _group_events(
    text: str,
    previous: tuple[Sentence, bool, bool],
    sentence: Sentence,
    names: list[Ref],
    pub: date | None,
) -> list[Event]:
    """The events of the group the sentence before spoke of, for the people this one lists."""
    head = sentence.text[: names[0].start]
    if (
        not INCLUDE.match(head)
        or _relative_of(head)
        or NEGATION.search(head)
        or RELATION_AFTER.match(sentence.text, names[0].end)
    ):
        return []  # "they include supporters of X", "they do not include X", "X's brother"
    members = [names[0]]
    for ref in names[1:]:  # "X, Y and Z", but not "X, the lawyer for Y"
        if not BARE_LIST_GAP.match(sentence.text[members[-1].end : ref.start]):
            break
        members.append(ref)
    before, in_title, in_lead = previous
    both = Sentence(before.start, sentence.end, text[before.start : sentence.end])
    found = _triggers(before.text)
    dates = find_dates(before.text, pub) if found else []
    events: list[Event] = []
    for i, f in enumerate(found):
        if f.trigger.form is Form.NOUN or f.trigger.type not in GROUP_TYPES:
            continue  # "absent from this clemency are ...": a noun says less than a verb
        if _blocked(f, before.text, (), None):
            continue
        next_start = found[i + 1].start if i + 1 < len(found) else len(before.text)
        when = _date_for(f, dates, next_start, before.text)
        timing = _timing(f, before.text, when, pub, in_title, in_lead, ())
        if timing is not None:
            events += _event(
                f,
                both.text,
                both,
                tuple(members),
                timing._replace(reason=timing.reason + ", a group named after"),
            )
    return events


# What happens to many people at once.
GROUP_TYPES = {
    EventType.DETAINED,
    EventType.CHARGED,
    EventType.SENTENCED,
    EventType.RELEASED,
    EventType.PARDONED,
    EventType.PAROLE_GRANTED,
    EventType.ACQUITTED,
    EventType.TRANSFERRED,
    EventType.FLED,
}


# ---------------------------------------------------------------------------
# One sentence


def _sentence_events(
    sentence: Sentence,
    found: list[Found],
    refs: list[Ref],
    pub: date | None,
    in_title: bool,
    in_lead: bool,
    lowered: str,
) -> list[Event]:
    text = sentence.text
    dates: list[When] = []
    dated = False
    events: list[Event] = []
    subject: tuple[Found, tuple[Ref, ...], Timing | None] | None = None  # the last attributed
    for i, f in enumerate(found):
        next_start = found[i + 1].start if i + 1 < len(found) else len(text)
        chained = (
            subject is not None
            and f.trigger.form is not Form.NOUN
            and CHAINED.match(text[subject[0].end : f.start]) is not None
            and not _object(f, text, refs)
        )
        who = subject[1] if chained and subject else _who(f, text, refs)
        if not who:
            continue
        if not chained and f.trigger.form is not Form.NOUN:
            subject = (f, who, None)
        window_start = None
        if chained and subject:
            window_start = subject[0].end
            but = BUT.search(text, window_start, f.start)
            if but:  # "was not charged but was released": the negation stays before "but"
                window_start = but.end()
        if _blocked(f, text, who, window_start):
            continue
        if not dated:
            dates, dated = find_dates(text, pub, lowered), True
        own_date = _date_for(f, dates, next_start, text)
        timing = _timing(f, text, own_date, pub, in_title, in_lead, who)
        if (
            chained
            and subject
            and subject[2] is not None
            and (own_date is None or own_date.start < subject[0].end)
        ):
            timing = subject[2]
        if subject and subject[0] is f:
            subject = (f, who, timing)
        if timing is None:
            continue
        if f.trigger.type is EventType.SENTENCED:
            who = who + _gapped(f, text, refs, who, next_start)
        events += _event(f, text, sentence, who, timing)
    return events


# "X was sentenced to five years, and Y to three": Y's verb is left out
GAP_BEFORE = re.compile(r"(?:,\s*|\s+)(?:and|while|whereas|with)\s+$", re.I)
GAP_AFTER = re.compile(
    r"\s+(?:to|for|got|received)\s+(?:an?\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|fifteen|twenty|life|[a-z]+-and-a-half)\b",
    re.I,
)


def _gapped(
    f: Found, sentence: str, refs: list[Ref], who: tuple[Ref, ...], next_start: int
) -> tuple[Ref, ...]:
    extra: list[Ref] = []
    for ref in refs:
        if ref.start < f.end or ref.start >= next_start or ref in who or ref.kind != "name":
            continue
        if GAP_BEFORE.search(sentence, 0, ref.start) and GAP_AFTER.match(sentence, ref.end):
            extra.append(ref)
    return tuple(extra)


SCORE = {"name": 0.9, "pronoun": 0.8, "possessive": 0.8, "object": 0.8, "her": 0.8}
PAROLE_LIKE = re.compile(
    r"\bparole\b|\bearly release\b|replac\w+\s+(?:the\s+)?(?:rest|remain\w*)|probation", re.I
)


def _event(
    f: Found, text: str, sentence: Sentence, who: tuple[Ref, ...], timing: Timing
) -> list[Event]:
    kind = f.trigger.type
    if kind is EventType.RELEASED:  # freed on parole, or by a pardon: that is what to report
        if PAROLE_LIKE.search(text) and not re.search(
            r"(?:denied|refused|rejected)\s+(?:\w+\s+){0,3}?parole", text, re.I
        ):
            kind = EventType.PAROLE_GRANTED
        elif re.search(r"\bpardon|\bamnest", text, re.I):
            kind = EventType.PARDONED
    confidence = SCORE.get(who[0].kind, 0.7) - (0.1 if f.trigger.form is Form.NOUN else 0)
    confidence += 0.05 if timing.when is not None else 0
    return [
        Event(
            person_id=person,
            type=kind,
            current=timing.current,
            confidence=round(min(confidence, 0.98), 3),
            evidence=text,
            date=timing.when.day if timing.when else None,
            rule=f"{f.trigger.rule}; {who[0].kind}; {timing.reason}",
            evidence_start=sentence.start,
            evidence_end=sentence.end,
            non_custodial=kind is EventType.SENTENCED and bool(NON_CUSTODIAL.search(text)),
        )
        for person in dict.fromkeys(p for r in who for p in r.people)
    ]


# Where an event stands in the course of a case: news reports the latest stage, so an
# undated earlier stage in the body of the article is background.
STAGE = {
    EventType.DETAINED: 1,
    EventType.CHARGED: 1,
    EventType.HOUSE_ARREST: 2,
    EventType.TRIAL: 3,
    EventType.SENTENCED: 4,
    EventType.APPEAL_REJECTED: 5,
    EventType.PAROLE_DENIED: 5,
    EventType.PAROLE_GRANTED: 6,
    EventType.RELEASED: 6,
    EventType.PARDONED: 6,
    EventType.ACQUITTED: 6,
    EventType.CHARGES_DROPPED: 6,
    EventType.DIED: 7,
}
SUPERSEDES = {
    EventType.RELEASED: (EventType.PAROLE_GRANTED, EventType.PARDONED),
    EventType.SENTENCED: (EventType.APPEAL_REJECTED,),
    EventType.DETAINED: (EventType.HOUSE_ARREST,),
}


RELEASES = {EventType.RELEASED, EventType.PARDONED, EventType.PAROLE_GRANTED}
SAME_STORY = {t: RELEASES for t in RELEASES}


def _tidy(events: list[Event]) -> list[Event]:
    """One event per person, type and currency; a release on parole is not also a release;
    an undated earlier stage of a case whose later stage is the news is background."""
    in_sentence: dict[tuple[str, int], set[EventType]] = {}
    news: dict[str, set[EventType]] = {}
    for e in events:
        in_sentence.setdefault((e.person_id, e.evidence_start), set()).add(e.type)
        if e.current:
            news.setdefault(e.person_id, set()).add(e.type)
    latest = {p: max((STAGE.get(t, 0) for t in types), default=0) for p, types in news.items()}
    staged: list[Event] = []
    for e in events:
        here = in_sentence[(e.person_id, e.evidence_start)]
        if any(t in here for t in SUPERSEDES.get(e.type, ())):
            continue
        if (
            e.type is EventType.RELEASED
            and e.current
            and news.get(e.person_id, set())
            & {
                EventType.PAROLE_GRANTED,
                EventType.PARDONED,
            }
        ):
            continue
        earlier = STAGE.get(e.type, 99) < latest.get(e.person_id, 0)
        if e.current and earlier and "title" not in e.rule and "dated" not in e.rule:
            e = replace(e, current=False, rule=e.rule + "; an earlier stage of the case")
        staged.append(e)
    news = {}  # what is still news once earlier stages are background
    for e in staged:
        if e.current:
            news.setdefault(e.person_id, set()).add(e.type)
    kept: dict[tuple[str, EventType, bool], Event] = {}
    for e in staged:
        if (
            not e.current
            and e.date is None
            and "past perfect" not in e.rule  # "had already denied his parole": an earlier one
            and news.get(e.person_id, set()) & SAME_STORY.get(e.type, {e.type})
        ):
            continue  # an undated mention of what the article reports as news
        k = (e.person_id, e.type, e.current)
        if k not in kept or e.confidence > kept[k].confidence:
            kept[k] = e
    return sorted(kept.values(), key=lambda e: (e.evidence_start, e.person_id, e.type))
