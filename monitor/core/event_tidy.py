"""The final tidy of an article's events, and the plain words that explain each one.

One event per person, type and currency (the most confident); a release on parole or
by a pardon is not also a plain release; an undated earlier stage of a case whose later
stage is the news is background ("was arrested in May ... was sentenced on Monday": the
arrest is background); an undated background mention of what the article reports as
news is dropped, unless the text tells a return to custody between them; and a release
told undated before a return to custody that is the news is background.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import fields
from functools import partial
from itertools import chain
from operator import attrgetter
from typing import NamedTuple

from monitor.core.event_when import DATED, Basis, Timing
from monitor.core.references import Ref, RefKind
from monitor.core.regex_needs import fold
from monitor.core.sentences import Sentence
from monitor.core.trigger_rules import Form
from monitor.core.triggers import Found
from monitor.core.types import Event, EventType, changed, for_person, new_event

EXPLANATION_LIMIT = 100  # characters: what the review UI shows and the database keeps
EARLIER_STAGE = "an earlier stage of the case: background"
STATE_ENDED = {EventType.HOUSE_ARREST: "a house arrest"}  # what ``Rule.ended`` may name
TOLD_BEFORE = "told with an older date elsewhere: background"
# What happens to many people at once ("18 political prisoners were pardoned, among them
# X"): the types an event told of a group gives each person named with it, in English and
# Russian alike, and how such a person is named in the event's explanation.
GROUP_TYPES = frozenset(
    {
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
)
GROUP_NAMED_AFTER = "in a group named after"


class Reported(NamedTuple):
    """An event as found, with what explains it: the rule's plain words, how the person
    was named, and why it is news or background."""

    event: Event
    says: str
    named: str  # "named", "he/she/they", "in a group named after"
    basis: Basis
    date_words: str  # "July 17, 2019", "last week"; empty when undated
    stage: EventType  # the stage of the case it stands for: its type, or its rule's stage
    at: int = 0  # where its trigger starts in the evidence
    rule: str = ""  # its trigger rule's stable name ("detained.jailed")


def reported(
    f: Found,
    kind: EventType,
    who: tuple[Ref, ...],
    timing: Timing,
    *,
    sentence: Sentence,
    evidence: str,
    named: str,
    date_words: str,
    scores: Mapping[RefKind, float],
    non_custodial: bool,
) -> list[Reported]:
    """The event ``f`` found, once for each person ``who`` names, as sure as the way they
    were named (``scores``; a noun trigger less, a date more) allows. Both languages'
    readers report through here."""
    confidence = scores.get(who[0].kind, 0.7) - (0.1 if f.rule.form is FORM_NOUN else 0)
    confidence += 0.05 if timing.when is not None else 0
    confidence = round(min(confidence, 0.98), 3)
    day = timing.when.day if timing.when else None
    rule = explain(f.rule.says, named, timing.basis, date_words)  # the same for everyone
    non_custodial = kind is TYPE_SENTENCED and non_custodial
    stage = f.rule.stage or kind
    people = list(dict.fromkeys(p for r in who for p in r.people))
    if not people:
        return []
    event = new_event(  # the first person's; the others' are copies
        person_id=people[0],
        type=kind,
        current=timing.current,
        confidence=confidence,
        evidence=evidence,
        date=day,
        rule=rule,
        evidence_start=sentence.start,
        evidence_end=sentence.end,
        non_custodial=non_custodial,
    )
    rest = (f.rule.says, named, timing.basis, date_words, stage, f.start, f.rule.name)
    copies = [_reported((for_person(p, event), *rest)) for p in people[1:]]
    found = [_reported((event, *rest)), *copies]
    if f.rule.ended is not None and kind is f.rule.type:
        found += _the_state_ended(found, f.rule.ended, f.rule.name)
    return found


def _the_state_ended(found: list[Reported], state: EventType, rule: str) -> list[Reported]:
    """The state that the release ``found`` ends, for each of its people: background, as it
    was before the release ("freed from two years of house arrest")."""
    says = f"{STATE_ENDED[state]} before the release"
    return [
        r._replace(
            event=changed(
                r.event,
                type=state,
                current=False,
                date=None,
                rule=explain(says, r.named, Basis.ENDED_BY_RELEASE, ""),
            ),
            says=says,
            basis=Basis.ENDED_BY_RELEASE,
            date_words="",
            stage=state,
            rule=rule,
        )
        for r in found
    ]


_reported = partial(tuple.__new__, Reported)  # Reported(*fields), made in C


def explain(says: str, named: str, basis: Basis | str, date_words: str) -> str:
    """ "the court sentenced him; named; dated July 17, 2019: news", at most
    ``EXPLANATION_LIMIT`` characters."""
    when = f"dated {date_words}: {basis}" if date_words and basis in DATED else str(basis)
    text = f"{says}; {named}; {when}"
    return text if len(text) <= EXPLANATION_LIMIT else text[: EXPLANATION_LIMIT - 1] + "…"


# Where an event stands in the course of a case: news reports the latest stage, so an
# undated earlier stage in the body of the article is background.
STAGE = {
    EventType.DETAINED: 1,
    EventType.CHARGED: 1,
    EventType.HOUSE_ARREST: 2,
    EventType.TRIAL: 4,  # a trial often opens and ends on the day of the verdict
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
    # "pardoned and released early": an early release by pardon is the pardon, not parole
    EventType.PAROLE_GRANTED: (EventType.PARDONED,),
}


CLAUSE_BREAK = re.compile(r"[,;:]")
BRIEFLY = re.compile(r"\bbriefly\s+(?:(?:been|was|were)\s+)?$", re.I)
# "died about three weeks after he was detained and charged", "freed days after her arrest":
# an earlier stage told as a short span (a month at most) before the news it follows in the
# same sentence is inside the news window too (not "a year after", "months after": history)
SHORT_SPAN_AFTER = re.compile(
    r"\b(?:(?:just|only|about|some|barely|nearly|almost|less\s+than|under)\s+)?"
    r"(?:(?:a|one|two|three|four)\s+weeks?|(?:a|one)\s+month|(?:a\s+few|several)\s+"
    r"(?:days|weeks)|(?:a|one|two|three|four|five|six|seven|ten)\s+days?|days|hours)\s+"
    r"(?:after|since)\s+(?:(?:he|she|they)\s+(?:was|were|had\s+been)\s+|(?:his|her|their)\s+)"
    r"[^,;:.]{0,120}$",
    re.I,
)
# told with a time of its own: never an undated earlier stage
DATED_LIKE = DATED | {
    Basis.TITLE,
    Basis.FOLLOWS_ON,
    Basis.SPAN_AFTER,
    Basis.REPEATS_NEWS,
    Basis.CHARGES_OF_THE_ARREST,
    Basis.RETELLS_LEAD,
}


def _supersedes(r: Reported, at: int, date_words: str, sentence: str) -> bool:
    """Whether a later stage at ``at`` in the sentence, told with ``date_words``, takes the
    place of ``r``: not when each has a date of its own ("arrested in March ... placed under
    house arrest in June": two events); a sentence only within the clause that upholds it
    ("upheld the five-year sentence"), not "upheld the sentence of X, convicted of treason",
    and never the sentence its own trigger gave as well ("reduced his sentence on appeal")."""
    if r.date_words and date_words and r.date_words != date_words:
        return False
    if r.event.type is not EventType.SENTENCED:
        return True
    if at == r.at:
        return False  # one trigger that says both: "cut his sentence on appeal"
    low, high = sorted((at, r.at))
    return CLAUSE_BREAK.search(sentence, low, high) is None


# a headline's word for prison that stands for the sentence the text reports
HEADLINE_VERDICTS = frozenset({"detained.jailed"})
RELEASES = {EventType.RELEASED, EventType.PARDONED, EventType.PAROLE_GRANTED}
# a custody the text tells as a return: "arrested again", "rearrested", "sent back to
# prison", "after his parole was revoked"; a release it tells undated came before it (run
# on ``fold``-ed text, without re.I)
RETURN_TO_CUSTODY = re.compile(
    r"\b(?:re-?arrested|re-?detained|re-?jailed|re-?imprisoned|again|"
    r"(?:sent|taken|went|returned|brought)\s+back\s+(?:to|in|into|behind)\s+"
    r"(?:prison|jail|custody|bars|a\s+colony)|returned\s+to\s+(?:prison|jail|custody)|"
    r"(?:release|parole|freedom|bail|pardon)\b[^.;]{0,60}?\b(?:was|were|had\s+been)\s+"
    r"(?:\w+ly\s+)?(?:revoked|cancell?ed|withdrawn|annulled)|"
    r"revok(?:ed|ing)\s+(?:his|her|their)\s+(?:parole|release|bail|pardon))\b"
)
BEFORE_THE_RETURN = "before the return to custody the news reports: background"
IN_NEWS_CUSTODY = "during the detention the news reports: news"
CUSTODY = {EventType.DETAINED, EventType.SENTENCED}
SAME_STORY = {t: RELEASES for t in RELEASES}
RENAMED = {EventType.PAROLE_GRANTED, EventType.PARDONED}  # a release that is reported as these


# "X, once released early, ...": a release told as one of long ago, not the news retold
# "once freed", "initially sentenced", "originally charged": an earlier one of its kind
ONCE_BEFORE = re.compile(
    r"\b(?:once|initially|originally|previously|formerly)\s+(?:\w+\s+)?$", re.I
)
# ... and one told as of the past after it: "had been detained in the past", "arrested
# years ago", "detained several times before"
ONCE_AFTER = re.compile(
    r"[^,.;]{0,40}?\b(?:in\s+the\s+past|years\s+ago|(?:several|many|multiple|two|three)\s+"
    r"times|on\s+(?:several|many)\s+occasions)\b",
    re.I,
)


# "fined and released", "convicted and freed": two verbs of one moment, joined by "and"
JOINED_RIGHT_BEFORE = re.compile(r"[\w-]+(?:\s+[\w-]+)?\s+and\s+(?:then\s+)?", re.I)
# ... and, to the latest stage the news reports, with more words between them: "received
# five-year terms that the court suspended, and were freed" (no time between them: not "was
# arrested, spent two years in jail and was freed")
JOINED_TO_NEXT = re.compile(
    r"[\w-]+(?:\s+(?!(?:years?|months?|weeks?|decades?)\b)[\w'’-]+){0,9}?,?\s+and\s+"
    r"(?:then\s+)?(?:(?:he|she|they)\s+)?(?:(?:was|were)\s+)?",
    re.I,
)


def _joined_to_later(r: Reported, found: list[Reported], latest: int) -> bool:
    """Whether ``r``'s trigger is joined by "and" to a later stage of the same person's
    case, news in the same sentence (the latest stage the news reports, ``latest``, when
    words stand between them: "was arrested after a rally and sentenced" is no news beside
    a pardon), or followed by one told in a relative clause as coming after it: then both
    are news, not an earlier stage."""
    return any(
        o.event.person_id == r.event.person_id
        and o.event.current
        and o.event.evidence_start == r.event.evidence_start
        and STAGE.get(o.stage, 0) > STAGE.get(r.stage, 99)
        and (
            (
                STAGE.get(o.stage, 0) >= latest
                and JOINED_TO_NEXT.fullmatch(r.event.evidence, r.at, o.at) is not None
            )
            or JOINED_RIGHT_BEFORE.fullmatch(r.event.evidence, r.at, o.at) is not None
            or (o.basis is Basis.FOLLOWS_MAIN and o.at > r.at)  # "X, who was freed hours later"
        )
        for o in found
    )


def _a_short_span_after_news(r: Reported, found: list[Reported]) -> bool:
    """Whether ``r`` is told in a clause of a short span after a news event of the same
    person told before it in the sentence: "died three weeks after he was detained"."""
    span = SHORT_SPAN_AFTER.search(r.event.evidence, max(0, r.at - 200), r.at)
    return span is not None and any(
        o.event.person_id == r.event.person_id
        and o.event.current
        and o.event.evidence_start == r.event.evidence_start
        and o.at < span.start()
        for o in found
    )


def _detained_before(found: list[Reported], person: str) -> bool:
    """Whether the text tells an arrest of the person as background too: then a detention
    it names without a date may be that earlier one."""
    return any(
        r.event.person_id == person and r.event.type in CUSTODY and not r.event.current
        for r in found
    )


def tidy(found: list[Reported]) -> list[Event]:
    """One event per person, type and currency; a release on parole is not also a release;
    an undated earlier stage of a case whose later stage is the news is background.

    Each person's events are tidied apart from anyone else's (``_tidy``), and once for
    namesakes whose events were found alike, the same but for the person (the hundred
    listed "Zhang Wei" of a large watchlist, named at the same places): the others get
    copies of the first one's."""
    by_person: dict[str, list[Reported]] = {}
    for r in found:
        theirs = by_person.get(r.event.person_id)
        if theirs is None:
            by_person[r.event.person_id] = [r]
        else:
            theirs.append(r)
    if len(by_person) < 2:
        return _tidy(found)
    first: dict[tuple[object, ...], str] = {}  # the events found, but for the person: whose
    twins: dict[str, list[str]] = {}  # the namesakes found alike, by the first of them
    for person, theirs in by_person.items():
        alike = tuple([(r[1:], _EVENT_BUT_PERSON(r.event)) for r in theirs])
        reader = first.setdefault(alike, person)
        if reader != person:
            twins.setdefault(reader, []).append(person)
    if not twins:
        return _tidy(found)
    copied = set(chain.from_iterable(twins.values()))
    read = _tidy([r for r in found if r.event.person_id not in copied])
    copies = [for_person(twin, e) for e in read for twin in twins.get(e.person_id, ())]
    return sorted(read + copies, key=_EVENT_ORDER)


_EVENT_BUT_PERSON = attrgetter(*(f.name for f in fields(Event) if f.name != "person_id"))
_EVENT_ORDER = attrgetter("evidence_start", "person_id", "type")


# the undated ways a parole is told that may be the news release retold: "'We welcome X's
# early release,' said ..." after a sentence of the past, or "his early release" as a noun
RETOLD_PAROLE = frozenset({Basis.AFTER_BACKGROUND, Basis.UNDATED_NOUN, Basis.PERFECT_OUTSIDE_LEAD})
RELEASE_AS_PAROLE = "the news release, told as parole"


def _release_as_parole(found: list[Reported], tells_return: dict[str, bool]) -> list[Reported]:
    """An undated parole (an early release) beside a release of the same person that is the
    news, with no return to custody told: one release, the parole, as new as the release
    ("welcomes the release of X ... 'We welcome X's early release'"). Not a parole told
    with a date ("paroled in 2015"), nor in the past perfect ("had been paroled").
    ``tells_return``: whether each evidence tells a return to custody, as read so far
    (``_tells_return``)."""
    freed_now = {
        r.event.person_id for r in found if r.event.current and r.event.type is EventType.RELEASED
    }
    if not freed_now:
        return found
    freed_now -= {
        r.event.person_id
        for r in found
        if r.event.type in CUSTODY and _tells_return(r.event.evidence, tells_return)
    }
    return [
        r._replace(
            event=changed(
                r.event, current=True, rule=explain(r.says, r.named, RELEASE_AS_PAROLE, "")
            )
        )
        if r.event.type is EventType.PAROLE_GRANTED
        and not r.event.current
        and r.basis in RETOLD_PAROLE
        and r.event.person_id in freed_now
        and not ONCE_BEFORE.search(r.event.evidence, max(0, r.at - 12), r.at)
        else r
        for r in found
    ]


def _tells_return(evidence: str, read: dict[str, bool]) -> bool:
    """Whether ``evidence`` tells a return to custody (``RETURN_TO_CUSTODY``): one search
    an evidence, however many its events, kept in ``read``."""
    back = read.get(evidence)
    if back is None:
        back = read[evidence] = bool(RETURN_TO_CUSTODY.search(fold(evidence)))
    return back


def _tidy(found: list[Reported]) -> list[Event]:
    """``tidy``, every person's events read in one pass."""
    tells_return: dict[str, bool] = {}  # by evidence (``_tells_return``)
    found = _release_as_parole(found, tells_return)
    # each sentence's events of a person, by type: where each trigger starts, and its date
    in_sentence: dict[tuple[str, int], dict[EventType, list[tuple[int, str]]]] = {}
    news: dict[str, set[EventType]] = {}
    for r in found:
        e = r.event
        here = in_sentence.setdefault((e.person_id, e.evidence_start), {})
        if r.basis is not BASIS_ENDED:  # a state a release ended takes no other's place
            here.setdefault(e.type, []).append((r.at, r.date_words))
        if e.current:
            news.setdefault(e.person_id, set()).add(e.type)
    past: dict[str, set[EventType]] = {}
    for r in found:
        if not r.event.current:
            past.setdefault(r.event.person_id, set()).add(r.event.type)
    dated_before: dict[tuple[str, EventType], int] = {}  # where the text first dates it as old
    for r in found:
        if r.basis is BASIS_DATED_BACKGROUND:
            old_one = (r.event.person_id, r.event.type)
            start = r.event.evidence_start
            dated_before[old_one] = min(dated_before.get(old_one, start), start)
    latest: dict[str, int] = {}
    for r in found:
        if r.event.current:
            person = r.event.person_id
            latest[person] = max(latest.get(person, 0), STAGE.get(r.stage, 0))
    sentenced = {
        r.event.person_id
        for r in found
        if r.event.current and r.event.type is TYPE_SENTENCED and r.basis is not BASIS_TITLE
    }
    returned: dict[str, set[int]] = {}  # person → the sentences telling a return to custody
    returns_now: dict[str, set[int]] = {}  # ... as dated news
    for r in found:
        e = r.event
        if e.type not in CUSTODY:
            continue
        if _tells_return(e.evidence, tells_return):
            returned.setdefault(e.person_id, set()).add(e.evidence_start)
            if e.current and r.basis in DATED_LIKE:
                returns_now.setdefault(e.person_id, set()).add(e.evidence_start)
    staged: list[Reported] = []
    for r in found:
        e = r.event
        if (
            e.current
            and e.type in RELEASES
            and r.basis not in DATED_LIKE
            # another sentence: "freed on Monday but re-arrested at once" tells its order
            and returns_now.get(e.person_id, set()) - {e.evidence_start}
        ):  # "X was rearrested on Monday ... X was freed under a deal": the earlier release
            e = changed(e, current=False, rule=explain(r.says, r.named, BEFORE_THE_RETURN, ""))
            r = r._replace(event=e)
        if (
            r.basis is BASIS_DURING_CUSTODY
            and TYPE_DETAINED in news.get(e.person_id, set())
            and not _detained_before(found, e.person_id)
        ):  # "held since 2 June ... soldiers beat her during her arrest": that arrest's time
            e = changed(e, current=True, rule=explain(r.says, r.named, IN_NEWS_CUSTODY, ""))
            r = r._replace(event=e)
        if r.rule in HEADLINE_VERDICTS and r.basis is BASIS_TITLE and e.person_id in sentenced:
            continue  # "Activist X jailed" over "X was sentenced to two years": the sentence
        here = in_sentence[(e.person_id, e.evidence_start)]
        if any(
            _supersedes(r, at, words, e.evidence)
            for t in SUPERSEDES.get(e.type, ())
            for at, words in here.get(t, ())
        ):
            continue
        if (
            e.type is TYPE_RELEASED
            and (news if e.current else past).get(e.person_id, set()) & RENAMED
        ):
            continue  # the release is the parole or the pardon the article names
        once = e.type is TYPE_DIED and r.basis not in DATED  # a person dies once
        if (
            e.current
            and (r.basis in (BASIS_PAST_TENSE, BASIS_RETELLS_LEAD) or once)
            # told after it: a sentence before ("received 18 years ... was handed a suspended
            # sentence in 2024") is one of its own
            and dated_before.get((e.person_id, e.type), e.evidence_start) < e.evidence_start
        ):
            told = changed(e, current=False, rule=explain(r.says, r.named, TOLD_BEFORE, ""))
            r = r._replace(event=told)  # "was sentenced in 2019 ... was sentenced": that one
            e = told
        earlier = STAGE.get(r.stage, 99) < latest.get(e.person_id, 0)
        if (
            e.current
            and earlier
            and r.basis not in DATED_LIKE
            and r.basis is not BASIS_ONGOING  # "his trial continues": not over, no earlier stage
            and not _joined_to_later(r, found, latest.get(e.person_id, 0))
            # "police briefly detained X ... He was freed": a detention as short as its news
            and not BRIEFLY.search(e.evidence, max(0, r.at - 20), r.at)
            and not _a_short_span_after_news(r, found)
        ):
            demoted = changed(e, current=False, rule=explain(r.says, r.named, EARLIER_STAGE, ""))
            r = r._replace(event=demoted)
        staged.append(r)
    news = {}  # what is still news once earlier stages are background
    for r in staged:
        if r.event.current:
            news.setdefault(r.event.person_id, set()).add(r.event.type)
    kept: dict[tuple[str, EventType, bool], Event] = {}
    for r in staged:
        e = r.event
        if (
            not e.current
            and r.basis not in DATED  # "freed on parole in 2016": told with its own date
            # "was arrested in 2011. He was beaten in custody": goes on with an older story
            # (but a person dies once)
            and (
                r.basis not in (BASIS_AFTER_BACKGROUND, BASIS_IN_A_PAST_PARAGRAPH)
                or e.type is TYPE_DIED
            )
            and r.basis is not BASIS_PAST_PERFECT  # "had already denied his parole": earlier
            # "once freed", "initially sentenced": an earlier one
            and not ONCE_BEFORE.search(e.evidence, max(0, r.at - 16), r.at)
            and not ONCE_AFTER.match(e.evidence, r.at)
            and news.get(e.person_id, set()) & SAME_STORY.get(e.type, {e.type})
            # "X, who was paroled, was arrested again ... X was freed": an earlier release
            and not (e.type in RELEASES and e.person_id in returned)
        ):
            continue  # an undated mention of what the article reports as news
        k = (e.person_id, e.type, e.current)
        if k not in kept or e.confidence > kept[k].confidence:
            kept[k] = e
    return sorted(kept.values(), key=_EVENT_ORDER)


# The enum members the event readers' loops read, as globals: read off its class, a member
# goes through the __getattr__ hook of the enums' metaclass (Python 3.11), about ten times
# a global's cost (match.py does the same)
BASIS_AFTER_BACKGROUND = Basis.AFTER_BACKGROUND
BASIS_DATED_BACKGROUND = Basis.DATED_BACKGROUND
BASIS_DURING_CUSTODY = Basis.DURING_CUSTODY
BASIS_ENDED = Basis.ENDED_BY_RELEASE
BASIS_IN_A_PAST_PARAGRAPH = Basis.IN_A_PAST_PARAGRAPH
BASIS_ONGOING = Basis.ONGOING
BASIS_PAST_PERFECT = Basis.PAST_PERFECT
BASIS_PAST_TENSE = Basis.PAST_TENSE
BASIS_RETELLS_LEAD = Basis.RETELLS_LEAD
BASIS_TITLE = Basis.TITLE
FORM_NOUN = Form.NOUN
TYPE_DETAINED = EventType.DETAINED
TYPE_DIED = EventType.DIED
TYPE_RELEASED = EventType.RELEASED
TYPE_SENTENCED = EventType.SENTENCED
