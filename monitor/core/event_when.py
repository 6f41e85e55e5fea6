"""When an event happened, and so whether it is the news or background.

A date near the trigger is read against the publication date (within the news window
before it: news; older: background; later: still to come, not an event). Without a
date, tense and place decide: "had been sentenced", "previously", "initially", a
relative clause ("X, who was arrested in ...") or a when-clause are background; "has
been granted" is background outside the title and lead; anything else reported in the
past tense is news. A custody told as it is now ("is still being held") is no change, a
month given as the date is read at its middle, and a past perfect told as someone's
report ("X had been detained, his wife said") is not older for its tense. ``Basis`` names
each of these reasons; its value is what users see.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

from monitor.core.dating import (
    NEWS_WINDOW_IN_DAYS,
    NUMBERS,
    ONE_DAY,
    UNIT_DAYS,
    Precision,
    Recency,
    When,
    find_dates,
    recency,
)
from monitor.core.event_who import APPOSED_ROLE, LIST_WHO, REPORTING, STATE_BEFORE
from monitor.core.references import Ref
from monitor.core.regex_needs import guard_patterns
from monitor.core.sentences import Place
from monitor.core.triggers import GOING_ON_NOW, Check, Form, Found
from monitor.core.types import EventType
from monitor.core.wordlists import MONTHS, SPEECH_VERBS, WEEKDAYS


class Basis(StrEnum):
    """Why an event is news or background, in plain words."""

    EARLIER_ONE = "an earlier one"
    DATED_NEWS = "news"
    DATED_BACKGROUND = "background"
    DATED_NO_PUBLICATION = "no publication date"
    STATE = "a state, not a change"
    HISTORY = "named as history: background"
    PAST_PERFECT = "past perfect: background"
    DURING_CUSTODY = "during a detention: background"
    BACKGROUND_WORD = "told as background"
    RELATIVE_CLAUSE = "in a relative clause: background"
    REPEATS_NEWS = "in a relative clause, the news of the lead"
    FOLLOWS_MAIN = "in a relative clause, after the main one"
    EVE_OF_MAIN = "in a relative clause, on the eve of the main one"
    CHARGES_OF_THE_ARREST = "in a relative clause, the arrest's charges"
    WHEN_CLAUSE = "in a when- or where-clause: background"
    TITLE = "in the title: news"
    UNDATED_NOUN = "an undated noun outside the lead"
    PERFECT_OUTSIDE_LEAD = "present perfect outside the lead"
    LEAD = "in the lead: news"
    PAST_TENSE = "past tense: news"
    RETELLS_LEAD = "undated, the kind of news the lead dates"
    ONGOING = "still going on: news"
    APPOSITION = "said of the person in passing: background"
    AFTER_BACKGROUND = "goes on from background: background"
    IN_A_PAST_PARAGRAPH = "goes on from an older date: background"
    FOLLOWS_ON = "after the dated event told before it"
    SPAN_AFTER = "a span after the day told before it"
    BEFORE_THE_EXILE = "abroad since an older date: background"
    FILMED_BEFORE = "shown in footage of an older date: background"
    MADE_KNOWN_NOW = "dated earlier, made known only now: news"
    IN_AN_OLDER_YEAR = "of an older year"
    AFTER_A_STAY = "a stay after an older date: background"
    TOLD_AGAIN = "undated, the news told again"
    ENDED_BY_RELEASE = "ended by the release: background"  # "freed from house arrest"
    RULED_ON = "ruled on: an earlier one"  # "quashed his arrest"
    ONE_MORE = "one more of an older one: background"  # "were also arrested"


DATED = frozenset(
    {
        Basis.DATED_NEWS,
        Basis.DATED_BACKGROUND,
        Basis.DATED_NO_PUBLICATION,
        Basis.IN_AN_OLDER_YEAR,
    }
)


class Timing(NamedTuple):
    current: bool
    when: When | None
    basis: Basis


DURING_CUSTODY = re.compile(
    r"(?:\s+(?:and\s+)?[\w'’-]+){0,6}?\s+(?:during|throughout|in the course of)\s+"
    r"(?:his|her|their)\s+(?:\w+\s+)?(?:detention|imprisonment|incarceration|arrest|custody|time\s+in\s+"
    r"(?:prison|jail|custody|detention)|years\s+(?:in|behind)\s+(?:prison|jail|bars))",
    re.I,
)
TO_COME_BEFORE = re.compile(r"\b(?:will|would|shall|could|may|might|not)\s+(?:\w+\s+)?$", re.I)
EARLIER = re.compile(r"\b(?:previous|earlier|prior)\b", re.I)
HAD_BEFORE = re.compile(
    r"\bhad\s+(?:\w+ly\s+|already\s+|since\s+|also\s+|earlier\s+|previously\s+)*(?:been\s+)?"
    # ... and the second of two verbs the "had" holds: "had already detained and tortured him"
    r"(?:(?-i:[a-z]+(?:ed|en|t))(?:\s+(?:him|her|them))?,?\s+(?:and|or)\s+)?$",
    re.I,
)
PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+|already\s+|since\s+|also\s+)*(?:been\s+)?\w+", re.I)
BACKGROUND = re.compile(
    # ("once" as formerly, not as a count: "has seen a lawyer only once", "more than once")
    r"\b(?:previously|initially|formerly|originally|in the past|"
    r"(?<!only\s)(?<!than\s)(?<!least\s)(?<!just\s)(?<!once\s)"
    r"once(?!\s+(?:or|a|an|every|again)\b)|at the time|"
    r"back then|earlier in (?:his|her) (?:life|career)|over the years|for years|years ago|"
    r"since then|had since|(?<!hours )(?<!minutes )(?<!a day )(?<!days )later|subsequently)\b",
    re.I,
)
# an event told of the past a few words after it: "had been detained twice in the past",
# "was jailed for a similar post years ago"
PAST_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:in\s+the\s+past|(?:many\s+|several\s+|some\s+)?years\s+ago)\b",
    re.I,
)
# an event told as following the one told before it
FOLLOWS_ON = re.compile(
    r"\b(?:later|subsequently|afterwards|(?:shortly|soon)\s+after(?:wards)?|the\s+day\s+after|"
    r"the\s+(?:next|following|same)\s+(?:day|morning|evening|night|week|month|year)|"
    r"that\s+(?:same\s+)?(?:day|morning|evening|night|week|month|year|spring|summer|autumn|"
    r"fall|winter)|"
    # "arrested on 14 June and charged the following Monday", "... that Tuesday"
    r"(?:the\s+(?:next|following|same)|that)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?!['’]s)|the\s+(?:previous|preceding)\s+(?:day|evening|night|week)|"
    r"the\s+day\s+before)\b",
    re.I,
)
# ... by a span that dates it from that event's day: "freed on 20 October ... taken back into
# custody three weeks later", "days later", "the following month" (not "months later" alone,
# nor "later": no span to count)
SPAN_LATER = re.compile(
    r"\b(?:(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\d{1,2}|a\s+few|several|some)\s+)?(?P<unit>days?|weeks?|months?|years?)\s+"
    r"(?:later|afterwards|after\s+that)\b|"
    r"\bthe\s+(?:following|next)\s+(?P<next>week|month|year)\b",
    re.I,
)
# what joins a later verb to the event's: "was detained in May and later released" (the
# "later" is the release's)
ANOTHER_VERB = re.compile(r"\b(?:and|but|before|then)\b", re.I)


def follows_on(sentence: str, f: Found) -> bool:
    """Whether the event is told as following the one told before it: "He was later
    charged", "Two days later he was charged", "charged the next day" (but not "was
    detained and later released": that "later" is the release's)."""
    return any(
        m.start() < f.end or not ANOTHER_VERB.search(sentence, f.end, m.start())
        for m in FOLLOWS_ON.finditer(sentence, 0, f.end + 60)
    )


# a custody told as it is now: "is still being held", "is currently imprisoned", "remains
# jailed" (but "is jailed for five years" is a verdict, and "X is detained" may be news)
PRESENT_CUSTODY_BEFORE = re.compile(
    r"\b(?:is|are|remains?|stays?)\s+(?:(?:still|currently|now|also|reportedly|being)\s+)*$",
    re.I,
)
PRESENT_CUSTODY = re.compile(
    r"(?:jailed|imprisoned|incarcerated|held|locked\s+up|kept|confined)\b", re.I
)
TERM_AFTER = re.compile(r"\s+for\s+(?:\w+\s+){0,3}?(?:years?|months?|weeks?|days?|life)\b", re.I)
IN_CUSTODY_SINCE = "detained.in-custody-since"
SINCE_AFTER = re.compile(r"\s+since\s+", re.I)  # "since" right after the custody: "held since ..."


def dated_since(sentence: str, end: int, when: When | None) -> bool:
    """Whether a custody "held since" a point (ending at ``end``) is held since the date
    ``when`` ("since November 21"), not since a point that is no date ("since his arrest",
    "since then"), whatever date the sentence gives its speaker ("..., said on Thursday")."""
    since = SINCE_AFTER.match(sentence, end)
    return since is not None and when is not None and when.start <= since.end() + 4


# a passive of the present simple, told of many in the body of a text: what is done to
# people as a rule ("The detainees are arrested on secret evidence", "Critics are often
# detained without charge"), not an event (not "are being", "are still": a custody now)
HABITUAL_BEFORE = re.compile(
    r"\bare\s+(?:(?:often|usually|routinely|typically|regularly|"
    r"commonly|frequently|sometimes|generally|also)\s+)?$",
    re.I,
)


def _participle_start(sentence: str, f: Found) -> int:
    """Where ``f`` starts if it opens with a past participle ("arrested", "taken into
    custody"), else -1."""
    word = sentence[f.start : f.end].split(None, 1)[0].lower() if f.end > f.start else ""
    return f.start if PARTICIPLE.fullmatch(word) else -1


PARTICIPLE = re.compile(r"[a-z-]+(?:ed|en)|held|kept|put|sent|shot")  # (the rest end in -ed, -en)


# the object of a verb, then a participle that describes it: "pardoned X and three others
# convicted for a protest", "freed X, jailed over the protests", "sentenced X and two other
# men detained at the rally"
# (the object may be described at length: "awarded its rights prize to Ukrainian filmmaker X,
# jailed in Russia for ..."; the verb may be irregular: "gave the award to X, jailed ...")
VERB_BEFORE_OBJECT = re.compile(
    r"\b(?-i:[a-z]{2,}(?:ed|t)|gave|took|made|told|won|saw|chose|drew|wrote)\s+"
    r"(?:[\w'’-]+\s+){0,10}?$"
)
DESCRIBED_GAP = re.compile(
    r"\s*,\s*|\s+and\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|"
    r"dozens\s+of)\s+(?:other\s+)?(?:[a-z-]+\s+){0,2}?[a-z]+s\s+",
    re.I,
)
PHRASE_END = re.compile(r"[,;:.()—–]")


def _describes_the_object(f: Found, sentence: str, who: tuple[Ref, ...], when: When | None) -> bool:
    """Whether ``f``, a participle with no verb of its own, describes the object of the
    verb before it ("pardoned X and three others convicted for a protest"): said of X in
    passing, not dated by that verb (a date in its own phrase is its own: "freed X, arrested
    last week at a rally")."""
    if _participle_start(sentence, f) < 0:
        return False
    owner = next((r for r in reversed(who) if r.end <= f.start), None)
    if (
        owner is None
        or DESCRIBED_GAP.fullmatch(sentence, owner.end, f.start) is None
        or VERB_BEFORE_OBJECT.search(sentence, max(0, owner.start - 120), owner.start) is None
    ):
        return False
    if when is None or when.start < f.start:
        return True
    end = PHRASE_END.search(sentence, f.end)
    return end is not None and end.start() <= when.start


def present_custody(f: Found, sentence: str, in_title: bool) -> bool:
    """Whether the event is a custody told as it is now: "is still being held", "are
    currently imprisoned in Mogilev" (not in a title, nor with a term: "is jailed for five
    years" is a verdict)."""
    return (
        not in_title
        and f.rule.form is FORM_VERB
        and f.rule.type in PRESENT_STATES
        and PRESENT_CUSTODY.match(sentence, f.start, f.end) is not None
        and PRESENT_CUSTODY_BEFORE.search(sentence, max(0, f.start - 40), f.start) is not None
        and not TERM_AFTER.search(sentence, f.start, f.end + 40)
    )


# the counts of these spans: dating's number words, and "some" as a few ("some weeks later")
COUNTS = {**NUMBERS, "some": 3}


def count_of(word: str) -> int:
    """The number a span's count says: "three", "12", "a few"; 0 for none known."""
    return int(word) if word.isdigit() else COUNTS.get(" ".join(word.lower().split()), 0)


def span_after(sentence: str, end: int) -> timedelta | None:
    """The span a sentence dates its event by from the day told before it: "three weeks
    later" (21 days), "days later" (3: a few), "the following month" (30); None without one.
    A count left out of a plural is a few ("weeks later": three weeks)."""
    m = SPAN_LATER.search(sentence, 0, end)
    if m is None:
        return None
    if m["next"]:
        return timedelta(days=UNIT_DAYS[m["next"].lower()])
    unit = m["unit"].lower().rstrip("s")
    count = m["count"]
    n = count_of(count) if count else 3
    if n == 0 or (count is None and unit in ("month", "year")):
        return None  # "months later": too vague to count
    return timedelta(days=n * UNIT_DAYS[unit])


# a title that retells an old event on its day: "On this day: X sentenced", "This day in
# 2019: ...", "Five years ago today: ..." (but "Five years on, X is freed" is news)
ANNIVERSARY_TITLE = re.compile(
    r"\W*(?:on\s+this\s+day|this\s+day\s+in\s+(?:history|(?:19|20)\d\d)|"
    r"(?:\w+|\d+)\s+years?\s+ago(?:\s+today)?)\s*[:,\u2013\u2014-]",
    re.I,
)
PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+|also\s+|since\s+|already\s+|now\s+|still\s+)*(?:been\s+)?$",
    re.I,
)
HISTORY_BEFORE = re.compile(
    # (but "a week after his arrest", "two weeks after": a span short enough to be news)
    r"\b(?:(?:years?|months?|(?<!\ba\s)(?<!\bone\s)(?<!\btwo\s)(?<!\bthree\s)weeks?|decades?|"
    # ... and a count of days past the news window: "86 days after his arrest"
    r"(?:3[2-9]|[4-9]\d|[1-9]\d\d)\s+days)\s+(?:after|since)|anniversary\s+of|"
    r"(?:first|second|third|tenth)\s+anniversary\s+of)\s+(?:(?:his|her|their|the)\s+|"
    # ... or a name's: "a year after Zeynep Demir's arrest"
    r"(?:[A-Z][\w-]*\s+){0,2}[\w-]+['’]s?\s+)$",
    re.I,
)
# a decision of an older date that became known within the news window: "sentenced X in
# October, but his family learned of the verdict only this week", "... in June, which came to
# light on Monday" (not "learned of it in November")
_DECISION = r"(?:verdict|sentence|ruling|decision|conviction|arrest|transfer|death)"
MADE_KNOWN_NOW = re.compile(
    # (the knowing of it, not any report: "..., it was reported on Monday" is no such news)
    rf"\b(?:(?:learned|learnt|found\s+out|heard)\s+(?:of|about)\s+(?:it|this|the\s+{_DECISION})"
    rf"|(?:{_DECISION}|which|that)\s+(?:only\s+)?(?:came\s+to\s+light|became\s+known|"
    r"(?:was|were)\s+(?:only\s+)?(?:made\s+public|revealed|disclosed)))"
    r"\b[^.;]{0,30}?\b(?:only\s+)?(?:this\s+week|last\s+week|days\s+ago|today|yesterday|"
    rf"(?:on|last)\s+(?:{'|'.join(WEEKDAYS)}))\b",
    re.I,
)
# "barred him from running a newspaper for three years after his release", "a travel ban
# for five years after her release": a penalty that runs from a release still to come
BAN_AFTER_RELEASE = re.compile(
    r"\b(?:barred|banned|bans?|barring|banning|prohibited|forbidden|forbade|deprived)\b[^.;]{0,120}?"
    r"\bfor\s+(?:a\s+further\s+|another\s+|up\s+to\s+)?(?:[\w-]+\s+){1,2}?(?:years?|months?)\s+"
    r"(?:after|following|from)\s+(?:his|her|their|the)\s+$",
    re.I,
)
# "detained on Wednesday, less than a year after he was released": a clause a span of
# months or years away from the main verb's time (but not "a month after", "days after")
SPAN_BEFORE_VERB = re.compile(
    # ... or since it: "It is two years today since Iryna Lapko was detained" (an anniversary)
    r"\b(?:(?:years?|decades?|(?<!\ba\s)(?<!\bone\s)months?)\s+(?:today\s+)?(?:after|before|since)|"
    r"(?:first|second|third|tenth)\s+anniversary\s+of\s+the\s+day)\s+"
    r"(?:he|she|they|(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s+"
    r"(?:(?:was|were|had\s+been|had)\s+(?:\w+ly\s+|first\s+)?)?$",
)  # ... also with the verb in the past tense: "seven months after she walked out of prison"
# ... and a noun inside such a clause: "seven months after she walked out of prison under a
# presidential pardon" (the clause runs to a comma)
SPAN_CLAUSE_BEFORE_NOUN = re.compile(
    r"\b(?:years?|decades?|(?<!\ba\s)(?<!\bone\s)months?)\s+(?:after|before)\s+"
    r"(?:he|she|they|[A-Z][\w'’-]+)\s+(?:was\s+|were\s+|had\s+)?(?-i:[a-z]+ed)\b[^,;.]*$"
)
# an arrest, a detention or a verdict named as what a court or an appeal rules on: "the court
# invalidated the arrest of X", "X challenged his detention", "upheld X's conviction", "the
# legality of her detention": that event came before the ruling (which is the news)
_NOT_IN_THE_GAP = (
    r"(?!(?:after|before|following|since|until|on|in|at|for|over|against|and|or|but|to|by|"
    r"with|from|of|during|when|while|that|which|who|was|were|is|are|has|had))"
)
RULED_ON_BEFORE = re.compile(
    r"\b(?:invalidat(?:e|ed|es|ing)|quash(?:ed|es|ing)?|annull?(?:ed|s|ing)?|"
    r"overturn(?:ed|s|ing)?|overrul(?:e|ed|es|ing)|set(?:s|ting)?\s+aside|"
    r"str(?:uck|ike|ikes|iking)\s+down|challeng(?:e|ed|es|ing)|contest(?:ed|s|ing)?|"
    r"uph(?:eld|old|olds|olding)|(?:legality|lawfulness|validity)\s+of)\s+"
    rf"(?:{_NOT_IN_THE_GAP}[\w'’.-]+\s+){{0,5}}?$",
    re.I,
)
# ... or told unlawful by a ruling: "the court declared the arrest of X illegal", "found her
# detention arbitrary", "ruled X's arrest unlawful" (the verb before, the finding after it)
_UNLAWFUL = r"(?:invalid|illegal|unlawful|unconstitutional|arbitrary|void|null)"
DECLARED_BEFORE = re.compile(
    rf"\b(?:declar|rul|f(?:ound|ind(?:s|ing)?)\b|deem)\w*\s+(?:{_NOT_IN_THE_GAP}[\w'’.-]+\s+){{0,5}}?$",
    re.I,
)
UNLAWFUL_AFTER = re.compile(rf"[^.;]{{0,160}}?\s(?:as\s+)?{_UNLAWFUL}\b", re.I)
# ... or the verb after it: "X's arrest was declared illegal", "her conviction was quashed"
RULED_ON_AFTER = re.compile(
    r"(?:\s+of\s+[^,.;]{1,60}?)?\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    rf"(?:(?:declared|ruled|found|deemed)\s+(?:as\s+)?{_UNLAWFUL}|quashed|annulled|overturned|invalidated|"
    r"set\s+aside|struck\s+down)\b",
    re.I,
)


def ruled_on(f: Found, sentence: str) -> bool:
    """Whether a noun event is what a ruling or an appeal is about: "invalidated X's
    arrest", "challenged his detention", "declared the arrest of X illegal", "her conviction
    was quashed" (an earlier event: the ruling is the news)."""
    before = sentence[max(0, f.start - 80) : f.start]
    return (
        RULED_ON_BEFORE.search(before) is not None
        or (
            DECLARED_BEFORE.search(before) is not None
            and UNLAWFUL_AFTER.match(sentence, f.end) is not None
        )
        or RULED_ON_AFTER.match(sentence, f.end) is not None
    )


# "worked as a reporter before his arrest", "has lost weight since his arrest": an undated
# event named as the time before or since which something else holds
BOUNDARY_BEFORE = re.compile(
    r"\b(?:before|prior\s+to|since|ever\s+since)\s+(?:(?:his|her|their|the)\s+|[\w-]+['’]s?\s+)$",
    re.I,
)
# an event named as the time of another: "after her arrest", "following his release"
TIME_OF_A_NOUN = re.compile(
    r"\b(?:after|following|upon|since|before|until)\s+(?:his|her|their)\s+$", re.I
)
# "jailed since the uprising", "held in custody ever since", "imprisoned since his arrest":
# a custody told by how long it has lasted (a date after "since" dates it instead)
HELD_SINCE_AFTER = re.compile(
    r"\s+(?:(?:in|behind)\s+(?:prison|jail|bars|custody|detention)\s+|without\s+trial\s+)?"
    r"(?:ever\s+)?since\b",
    re.I,
)
CUSTODY_STATES = frozenset({EventType.DETAINED, EventType.HOUSE_ARREST})
PRESENT_STATES = CUSTODY_STATES | {EventType.SENTENCED}
# "X, detained for three years at a safe house, ...", "held for months": how long it lasted
# (not "jailed for three years": a sentence; nor "detained for two days": a short custody)
HELD_FOR_AFTER = re.compile(
    r"\s+for\s+(?:(?:more\s+than|over|nearly|almost|about|some|at\s+least)\s+)?"
    r"(?:[\w-]+\s+)?(?:years|months|a\s+year)\b",
    re.I,
)
HELD = re.compile(r"(?:detained|held|kept|confined)$", re.I)
# (a custody that lasts, not a moment: "arrested since nobody else would speak" is a cause)
LASTING_CUSTODY = re.compile(
    r"(?:jailed|imprisoned|incarcerated|detained|held|locked\s+up|kept|confined)$", re.I
)
RELATIVE_INSIDE = re.compile(r",\s*(?:who|which)\b[^,]*,", re.I)
# "X, who had been held at home, was then taken to ...": the clause closed, the verb is the main one
# (the clause may hold commas of its own: "X, who was held on charges of “insult,” slander
# and fraud, was fined")
RELATIVE_CLOSED = re.compile(
    r"\s*,\s*(?:[\w-]+\s+){0,3}?(?:who|which)\b[^;]*,\s*(?:(?:was|were|has|have|had|been|then|later|\w+ly)\s+)*$",
    re.I,
)
# the rest of a relative clause that tells its event as following the main clause's:
# "pardoned X, who was released hours later", "..., who was charged the next day"
FOLLOWS_IN_CLAUSE = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:(?:hours|minutes|moments|a\s+day|two\s+days|shortly|soon)\s+"
    r"(?:later|after(?:wards)?)|the\s+(?:next|following|same)\s+(?:day|morning|evening)|"
    r"later\s+(?:that|the\s+same)\s+day)\b",
    re.I,
)
# ... or as coming just before the news event it names: "handed over X, who was pardoned
# on the eve of the exchange", "..., who was moved to Minsk hours before the swap"
EVE_IN_CLAUSE = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:on\s+the\s+eve\s+of|(?:just|shortly|hours|a\s+day)\s+"
    r"(?:before|ahead\s+of))\s+(?:the|his|her|their)\s+(?:exchange|swap|release|departure|"
    r"flight|deportation|handover)\b",
    re.I,
)
RELATIVE_CLAUSE = re.compile(  # (also after a description: "X, a former deputy mayor who")
    r"^\s*,\s*(?:[\w-]+\s+){0,5}?(?:who|whom|which)\s+(?!is\b|are\b)", re.I
)
# a sentence that opens with a when-clause, the event inside it: "When X was arrested, he
# was a student" (not past its comma: "When the case came to court, X was granted bail")
OPENING_WHEN = re.compile(r"\s*when\b[^,;:]*$", re.I)
# "held since December, when police detained her": a when-clause whose subject acts on
# the person (its verb active, the person after it)
WHEN_THEY_ACTED = re.compile(
    r",\s+when\s+(?:the\s+)?(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*))?\s+$", re.I
)
# a hunger strike's reason, told right after it: "went on hunger strike on 2 November in
# protest at being denied medical care", "to protest the denial of dental treatment"; it
# lasts as long as the strike, and is news or background as the strike is, not dated by
# the strike's start
STRIKE_REASON = re.compile(
    r"[^.;:]{0,60}?\b(?:in\s+protest\s+(?:at|against|over)|to\s+protest(?:\s+against)?)\s+"
    r"(?:(?:the|his|her|their|being|having\s+been)\s+)?$",
    re.I,
)


# A relative clause with no "that" or "which" whose preposition is left at its end: "the
# clothes I was arrested in", "the cell he was held in", "the prison she was sent to"
CONTACT_SUBJECT = re.compile(
    r"\b(?:the|a|an|this|that)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+(?:I|he|she|we|they)\s+"
    r"(?:had\s+)?(?:(?:was|were|been|got)\s+)?(?:\w+ly\s+)?$"
)
STRANDED = re.compile(r"\s+(?:in|on|at|to|into|with|from|for|under)(?=\s*(?:[,.;:!?\"”’)]|$))")


# a hunger strike whose toll has grown since it began: "her health has deteriorated since
# she began a hunger strike on 24 October", "has lost 12 kg since he went on hunger strike"
# (not "has been in prison since he began a hunger strike in 2024")
BEGAN_SINCE = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:deteriorated|worsened|weakened|declined|lost|dropped|"
    r"fallen)\b[\w\s,]{0,40}?\bsince\s+(?:he|she|they|[A-Z][\w'’-]+)\s+"
    r"(?:began|started|launched|declared|went\s+on|embarked\s+on)\s+"
    r"(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?$"
)
# "has been on hunger strike since April 1", "continues her hunger strike": a strike still
# going on is news whenever it began
ONGOING = re.compile(
    # (also "has been on a hunger strike", "is on an indefinite hunger strike")
    r"\b(?:(?:has|have)\s+been|is|are|remains?|still)\s+(?:\w+ly\s+)?on\s+(?:an?\s+(?:[\w-]+\s+)?)?$|"
    # ... a name's aside: "X, on hunger strike since 1 November, was taken to hospital"
    r"[\w'’)],\s+(?:now\s+|still\s+)?on\s+(?:an?\s+(?:[\w-]+\s+)?)?$|"
    # "has refused food since February 3", "has been refusing food": a perfect, still so
    r"\b(?:has|have)\s+(?:been\s+)?(?:\w+ly\s+)?$|"
    r"\bcontinu\w*\s+(?:(?:his|her|their|a)\s+)?$",
    re.I,
)
# "has refused food before", "has gone on hunger strike twice": earlier times, not one going on
TIMES_BEFORE = re.compile(
    r"\s+(?:before|previously|in\s+the\s+past|several\s+times|twice|(?:three|four|five|many)\s+"
    r"times)\b",
    re.I,
)
# "X, jailed for 20 years", "X, a journalist convicted in the same case": said in passing
APPOSED_PARTICIPLE = re.compile(rf"\s*,\s*(?:{APPOSED_ROLE})?")
PRESENT = re.compile(r"(?:is|are)\b", re.I)
WHO_CLAUSE = re.compile(r"\s*,\s*(?:[\w-]+\s+){0,3}?(?:who|which)\b", re.I)
SINCE = re.compile(r"\bsince\b", re.I)
# a sentence told as the past: "X previously served time for ...", "In 2015 X ..."
# (not a period that reaches publication: "arrested in the past six months")
TOLD_AS_PAST = re.compile(
    r"\b(?:previously|formerly|in the past(?!\s+(?:[\w-]+\s+){0,2}?(?:hours?|days?|weeks?|months?|"
    r"years?|decades?)\b)|years ago|decades ago)\b",
    re.I,
)


YEAR = re.compile(r"\b(?:19|20)\d\d\b")
VAGUE_SPAN = timedelta(days=62)  # a relative period longer than two news windows
# a month's name, in full or cut short (a date with one and no year, nor a time counted from
# today, RELATIVE_TO_NOW: ``in_an_older_year``)
MONTH_ONLY = re.compile(
    rf"\b(?:{'|'.join(MONTHS)}|sept?|oct|nov|dec|jan|feb|mar|apr|jun|jul|aug)\b", re.I
)
RELATIVE_TO_NOW = re.compile(r"\b(?:last|this|next|ago|past|earlier|later)\b", re.I)


def in_an_older_year(when: When, sentence: str, previous: str, pub: date) -> bool:
    """Whether ``when`` names a month with no year of its own in a sentence that goes on
    from one told of an older year: "In 2019 X was arrested. He was freed on bail in
    November" (the November of 2019, not the one before publication). Not a day: "He was
    moved on October 2" after a paragraph of the older story is this year's news."""
    words = sentence[when.start : when.end]
    if (
        when.precision is not Precision.MONTH  # (a day, "on October 2", is told as news is)
        or YEAR.search(words)
        or RELATIVE_TO_NOW.search(words)
        or not MONTH_ONLY.search(words)
    ):
        return False
    years = [int(y) for y in YEAR.findall(previous)]
    return bool(years) and max(years) < pub.year and told_as_past(previous, pub)


# "was released on bail after spending nearly five months in jail", "after two years in
# prison", "was held for three months before being freed": how long a custody lasted
STAY = re.compile(
    r"\b(?:after\s+(?:spending\s+|serving\s+)?|for\s+)(?:(?:about|nearly|almost|some|over|"
    r"more\s+than|less\s+than|around|roughly)\s+)?(?P<count>an?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?P<unit>days?|weeks?|months?|years?)\s+"
    r"(?:in|behind)\s+(?:jail|prison|custody|detention|bars|pretrial\s+detention)\b",
    re.I,
)


def after_a_stay(sentence: str, previous: str, pub: date) -> bool:
    """Whether a sentence tells a release after a stay in custody ("released on bail after
    spending nearly five months in jail") that, counted from the latest date of the
    sentence before it, told as the past ("was arrested in April 2004"), ended before the
    news window."""
    m = STAY.search(sentence)
    if m is None or not told_as_past(previous, pub):
        return False
    dates = find_dates(previous, pub)
    if not dates:
        return False
    n = count_of(m["count"])
    ended = max(w.last for w in dates) + timedelta(
        days=n * UNIT_DAYS[m["unit"].lower().rstrip("s")]
    )
    return pub - ended > NEWS_WINDOW_IN_DAYS


def told_as_past(sentence: str, pub: date | None) -> bool:
    """Whether a sentence tells of the past: an older date and none within the news
    window, or "previously"; what follows it undated goes on with that story. A date in a
    relative clause closed by commas is the clause's ("X, who was charged in May 2023,
    received 18 years" tells no past)."""
    if TOLD_AS_PAST.search(sentence):
        return True
    if pub is None:
        return False
    dates = find_dates(sentence, pub)
    if dates and "," in sentence:
        closed = [m.span() for m in CLOSED_CLAUSE.finditer(sentence)]
        dates = [w for w in dates if not any(a <= w.start and w.end <= b for a, b in closed)]
    recencies = {recency(w, pub) for w in dates}
    return RECENCY_BACKGROUND in recencies and RECENCY_NEWS not in recencies


def timing_of(
    f: Found,
    place: Place,
    when: When | None,
    pub: date | None,
    who: tuple[Ref, ...] = (),
    carried: bool | None = None,
    carried_on: date | None = None,
) -> Timing | None:
    """News or background, for ``f`` in the sentence at ``place``; None for an event still
    to come. ``when`` is its date; ``carried`` whether the last dated event before this
    sentence was news, for an event told as following it ("hours later", "the next day",
    "was later charged"), and ``carried_on`` the day of the last event dated to one, for
    an event told a span after it ("three weeks later")."""
    sentence, in_title, in_lead = place.sentence.text, place.in_title, place.in_lead
    if EARLIER.search(sentence, f.start, f.end):
        return Timing(False, None, BASIS_EARLIER_ONE)  # "after rejecting two earlier requests"
    if f.rule.state:
        return Timing(False, None, BASIS_STATE)  # "now in exile"
    if f.rule.form is FORM_VERB and _describes_the_object(f, sentence, who, when):
        # "pardoned X and three others convicted over a protest": said of X in passing
        return Timing(False, None, BASIS_APPOSITION)
    if f.rule.form is FORM_NOUN and BAN_AFTER_RELEASE.search(sentence, 0, f.start):
        return None  # "barred him from blogging for three years after his release": to come
    if f.rule.form is FORM_NOUN and (
        HISTORY_BEFORE.search(sentence, 0, f.start)
        or SPAN_CLAUSE_BEFORE_NOUN.search(sentence, max(0, f.start - 120), f.start)
    ):
        return Timing(False, None, BASIS_HISTORY)  # "a year after his death in custody"
    if f.rule.form is FORM_NOUN and ruled_on(f, sentence):
        return Timing(False, None, BASIS_RULED_ON)  # "the court invalidated his arrest"
    if f.rule.form is not FORM_NOUN and SPAN_BEFORE_VERB.search(
        sentence, max(0, f.start - 80), f.start
    ):
        return Timing(False, None, BASIS_HISTORY)  # "less than a year after he was released"
    if (
        f.rule.type is TYPE_HUNGER_STRIKE
        and ONGOING.search(sentence, max(0, f.start - 40), f.start)
        and (when is None or is_since(when, sentence))
        and not TIMES_BEFORE.match(sentence, f.end)  # "has refused food before: in 2019 ..."
    ):
        return Timing(True, None, BASIS_ONGOING)
    if (
        f.rule.type is TYPE_HUNGER_STRIKE
        and when is not None
        and BEGAN_SINCE.search(sentence, max(0, f.start - 60), f.start)
        and not TIMES_BEFORE.match(sentence, f.end)
    ):  # "has lost 12 kg since she began a hunger strike on 24 October": still on it
        return Timing(True, when, BASIS_ONGOING)
    if (
        when is None
        and f.rule.check is CHECK_TRIAL_STARTS
        and GOING_ON_NOW.match(sentence, f.end)
        and not TO_COME_BEFORE.search(sentence, max(0, f.start - 40), f.start)
    ):  # "his trial continues", "Trial of X under way": still going on
        return Timing(True, None, BASIS_ONGOING)
    if (
        when is not None
        and pub is not None
        and when.precision is PRECISION_RELATIVE
        and when.last - when.first > VAGUE_SPAN
        and pub - when.first > NEWS_WINDOW_IN_DAYS
        and pub - when.last <= NEWS_WINDOW_IN_DAYS
    ):  # "went on trial this year": a period that reaches into the news window and far
        # before it tells neither; the tense and the place tell, as for an undated event
        when = None
    if f.rule.name == IN_CUSTODY_SINCE and not dated_since(sentence, f.end, when):
        return Timing(False, None, BASIS_STATE)  # "held since his arrest, his lawyer said on ..."
    if (
        not in_lead
        and f.rule.form is FORM_VERB
        and f.rule.type is not TYPE_CHARGED  # "X, who are charged with smuggling": the charge
        and HABITUAL_BEFORE.search(sentence, max(0, f.start - 30), f.start)
        and f.start == _participle_start(sentence, f)
    ):
        return None  # "Detainees are arrested on secret evidence": what is done, no event
    if present_custody(f, sentence, in_title):
        # "is still being held", "is currently imprisoned": no change (but a sentence so
        # told is one passed before: "is imprisoned for his posts")
        return Timing(False, None, BASIS_STATE) if f.rule.type is TYPE_SENTENCED else None
    if (
        f.rule.form is FORM_NOUN
        and when is not None
        and when.start > f.end + 5
        and BOUNDARY_BEFORE.search(sentence, 0, f.start)
    ):  # "held since his arrest, his lawyer said on Thursday": the date is the speaker's
        return Timing(False, None, BASIS_HISTORY)
    if when is not None and pub is not None:
        r = recency(read_at_its_middle(when, sentence), pub)
        if r is RECENCY_FUTURE:
            return None
        if r is not RECENCY_NEWS and MADE_KNOWN_NOW.search(sentence, f.end):
            return Timing(True, when, BASIS_MADE_KNOWN_NOW)
        return Timing(
            r is RECENCY_NEWS,
            when,
            BASIS_DATED_NEWS if r is RECENCY_NEWS else BASIS_DATED_BACKGROUND,
        )
    if when is not None:
        return Timing(False, when, BASIS_DATED_NO_PUBLICATION)
    if (
        f.rule.form is FORM_VERB
        and f.rule.type in CUSTODY_STATES
        and LASTING_CUSTODY.search(sentence, f.start, f.end)
        and (
            HELD_SINCE_AFTER.match(sentence, f.end)
            or (HELD.search(sentence, f.start, f.end) and HELD_FOR_AFTER.match(sentence, f.end))
        )
    ):  # "X, jailed since the 2011 uprising, ...": how long a custody has lasted, undated
        return Timing(False, None, BASIS_STATE)
    if f.rule.form is FORM_NOUN and BOUNDARY_BEFORE.search(sentence, 0, f.start):
        return Timing(False, None, BASIS_HISTORY)
    if (
        f.rule.form is FORM_NOUN
        and TIME_OF_A_NOUN.search(sentence, max(0, f.start - 20), f.start)
        and OPEN_RELATIVE.search(sentence, 0, f.start)
    ):  # "Y, who fled to Turkey after her arrest, has been granted asylum": an undated
        # noun that times a relative clause's verb is told in passing, as that verb is
        return Timing(False, None, BASIS_RELATIVE_CLAUSE)
    if f.rule.form is FORM_NOUN and STATE_BEFORE.search(sentence, 0, f.start):
        return Timing(False, None, BASIS_STATE)  # "is under house arrest"
    subject_end = max([r.end for r in who if r.end <= f.start], default=f.start)
    if (
        f.rule.type is TYPE_CHARGED
        and PRESENT.match(sentence, f.start)
        and (not in_lead or WHO_CLAUSE.match(sentence, subject_end, f.start))
    ):
        return Timing(False, None, BASIS_STATE)  # "X, who is in prison and is accused of"
    clause_start = min([f.start, *(r.start for r in who)])
    pre = RELATIVE_INSIDE.sub(" ", sentence[clause_start : f.start])  # "X, who had been held, was"
    reported = reported_speech(sentence, f)
    lead_in = pre + sentence[f.start : f.end].split(" ")[0] + " "
    if PAST_PERFECT.search(lead_in) and not reported:
        return Timing(False, None, BASIS_PAST_PERFECT)
    if clause_start == f.start and HAD_BEFORE.search(sentence, 0, f.start) and not reported:
        return Timing(False, None, BASIS_PAST_PERFECT)  # "a court had already denied his parole"
    if DURING_CUSTODY.match(sentence, f.end, f.end + 80):
        return Timing(False, None, BASIS_DURING_CUSTODY)  # "was beaten during his detention"
    background = BACKGROUND.search(
        sentence[max(0, clause_start - 30) : f.end + 10]
    ) or PAST_AFTER.match(sentence, f.end)
    follows = carried is not None and follows_on(sentence, f)
    if background and not (follows and FOLLOWS_ON.fullmatch(background.group())):
        return Timing(False, None, BASIS_BACKGROUND_WORD)
    if (
        (
            RELATIVE_CLAUSE.match(sentence[subject_end : f.start])
            and not RELATIVE_CLOSED.match(sentence[subject_end : f.start])
            and unclosed_aside(sentence, f) is None  # "X, who was held in 2019 was freed"
        )
        or LIST_WHO.match(sentence[subject_end : f.start])
    ):
        if FOLLOWS_IN_CLAUSE.match(sentence, f.end):  # "X, who was freed hours later"
            return Timing(False, None, BASIS_FOLLOWS_MAIN)  # as the main clause: events.py
        if EVE_IN_CLAUSE.match(sentence, f.end):  # "X, who was pardoned on the eve of the swap"
            return Timing(False, None, BASIS_EVE_OF_MAIN)
        return Timing(False, None, BASIS_RELATIVE_CLAUSE)
    if CONTACT_SUBJECT.search(sentence, max(0, f.start - 60), f.start) and STRANDED.match(
        sentence, f.end
    ):  # "in the clothes I was arrested in": what a noun is, told in passing
        return Timing(False, None, BASIS_RELATIVE_CLAUSE)
    if (
        not in_lead
        and f.rule.form is FORM_VERB
        and subject_end < f.start
        and APPOSED_PARTICIPLE.fullmatch(sentence, subject_end, f.start)
    ):  # "... and X, jailed for 20 years for his tweets": said of X in passing
        return Timing(False, None, BASIS_APPOSITION)
    if (
        OPENING_WHEN.match(sentence, 0, clause_start)
        or re.search(r"\b(?:where|when)\s+$|[^,\s]\s+(?:while|whilst)\s+$", sentence[:clause_start])
        or WHEN_THEY_ACTED.search(sentence, max(0, clause_start - 40), clause_start)
    ):
        return Timing(False, None, BASIS_WHEN_CLAUSE)
    if in_title and ANNIVERSARY_TITLE.match(sentence):
        return Timing(False, None, BASIS_HISTORY)  # "On this day: X sentenced"
    if in_title:
        return Timing(True, None, BASIS_TITLE)
    if (
        f.rule.form is FORM_NOUN
        and " " not in sentence[f.start : f.end]
        and not in_lead
        and f.rule.check is not CHECK_TRIAL_STARTS  # "the trial began": a clause of its own
        and f.rule.check is not CHECK_APPEAL_REJECTED_AFTER  # ... as "his appeal was dismissed"
    ):
        return Timing(False, None, BASIS_UNDATED_NOUN)
    perfect = PERFECT.search(pre) or (
        sentence[f.start : f.end].lower().startswith("been")
        and re.search(r"\b(?:has|have)\s+$", pre)
    )
    if follows:  # "He was detained in 2019. Two days later he was charged": as that one
        span = span_after(sentence, f.end + 60) if carried_on and pub else None
        if span is not None and pub is not None and carried_on is not None:
            day = carried_on + span  # "freed on 20 October ... three weeks later": 10 November
            return Timing(
                day - pub <= ONE_DAY and pub - day <= NEWS_WINDOW_IN_DAYS, None, BASIS_SPAN_AFTER
            )
        return Timing(bool(carried), None, BASIS_FOLLOWS_ON)
    if background:
        return Timing(False, None, BASIS_BACKGROUND_WORD)
    if perfect and f.rule.lasts:
        return Timing(True, None, BASIS_ONGOING)  # "has been denied his heart medication"
    if perfect and not in_lead:
        return Timing(False, None, BASIS_PERFECT_OUTSIDE_LEAD)
    return Timing(True, None, BASIS_LEAD if in_lead else BASIS_PAST_TENSE)


# the speaker named after the event: "..., his wife said", "..., colleagues told reporters",
# "..., the rights group Viasna reported", "... according to his lawyer"
SPEAKER_AFTER = re.compile(
    rf"[^.;]*?(?:,\s*(?:[\w'’.-]+\s+){{0,6}}?(?:{SPEECH_VERBS}|tells|reported|reports|announced|"
    r"confirmed|claimed|stated|noted)\b|\baccording\s+to\b)",
    re.I,
)


def reported_speech(sentence: str, f: Found) -> bool:
    """Whether the event is told as someone's report: a reporting verb before it ("his
    lawyer said that police had arrested X") or a speaker after it ("X had been detained,
    his wife said"). A past perfect so told is the reported past (news), not an older one."""
    return bool(REPORTING.search(sentence, 0, f.start) or SPEAKER_AFTER.match(sentence, f.end))


# "had denied his parole, ... when they recently moved him": the date is the other clause's
OTHER_CLAUSE = re.compile(
    r"[;:]|\b(?:when|while|because|although|though|whereas)\b|,\s*(?:which|who|whom)\b|"
    # "coincided with the anniversary of the election, an event that sparked protests in
    # 2009": a description of another thing with a clause (and a date) of its own
    r",\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:that|which)\s+(?-i:[a-z]+(?:ed|s))\b|"
    # "bailed to appear at the Crown Court on 15 December": the later step's own date
    r"\bto\s+(?:appear|report|answer|stand\s+trial|face\s+trial)\b|"
    # "the release of X, a rights defender held since 2021,", "X, jailed in 2019,": the
    # date of the apposition's own participle
    r",[^,;]{0,60}?\b(?:held|jailed|imprisoned|detained|behind\s+bars)\s*$|"
    # "acquitted X on Tuesday, ending a case that began a decade ago": a participle's clause
    r",\s*(?!according\b)(?-i:[a-z]+ing)\s+(?:a|an|the|his|her|their|its)\s|"
    # "over posts he published in 2021", "for a speech that he gave in 2020": what the
    # person is punished for, told with a verb and a date of its own
    r"\b(?:posts?|speech(?:es)?|videos?|articles?|comments?|remarks?|statements?|interviews?|"
    r"messages?|tweets?|songs?|poems?|books?|reports?|slogans?|banners?|letters?)\s+"
    r"(?:(?:that|which)\s+)?(?:(?:he|she|they)\s+(?:had\s+)?(?:[a-z]+ed|gave|made|wrote|"
    r"sent|spoke|read|sang|held)|(?:were|was)?\s*(?:published|posted|made|given|delivered|"
    r"written|shared|broadcast|uploaded))\b|"
    # "charged under a law adopted in 2009", "under the Proclamation, passed in 2009": the
    # law the person is charged under, told with its own date
    r"\b(?:laws?|acts?|proclamations?|legislation|decrees?|codes?|provisions?|amendments?|"
    r"statutes?)\s*,?\s+(?:(?:that|which)\s+(?:was|were)\s+)?(?:adopted|passed|enacted|"
    r"introduced|amended|approved|signed|issued)\b",
    re.I,
)  # ", which was revoked Monday": the date of the relative clause


def read_at_its_middle(when: When, sentence: str) -> When:
    """The date an event told in a month or a year is read at: its middle, the day it most
    likely names ("sentenced in August" in an article of 18 September: background, as the
    eval sets label it; "charged in November" in one of 4 December: news; "sentenced in
    2025" in an article of January 2026: background, as news of the last weeks is told by
    its day, week or month), as a day is read at itself. A month or year after "since" (a
    state from then to now) keeps its whole span, and so does a year's end or winter ("in
    late 2025", "in winter 2025"), which may reach into the news window."""
    if (
        when.precision not in AT_ITS_MIDDLE
        or when.first == when.last
        or is_since(when, sentence)
        or (
            when.precision is PRECISION_YEAR
            and YEAR_END.search(sentence, max(0, when.start - 12), when.end) is not None
        )
    ):
        return when
    middle = when.first + (when.last - when.first) / 2
    # (made directly: ``when._replace`` costs several calls of Python code)
    return When(when.start, when.end, when.first, middle, when.precision)


# the part of a year that may be within a month of the next one's start: "late 2025", "at
# the end of 2025", "winter 2025"
YEAR_END = re.compile(r"\b(?:late|end|close|winter)\b", re.I)


def is_since(when: When, sentence: str) -> bool:
    """Whether a date says when a state began: "since 2016"."""
    return SINCE.search(sentence, max(0, when.start - 6), when.start + 6) is not None


# "has been held since 2016 and was found guilty": the date is the first verb's
OWN_VERB_BETWEEN = re.compile(r"\band\s+(?:\w+ly\s+)?(?:was|were|has|have|is|are)\b", re.I)


# a description that opens an aside on a name: "a former manager", "the blogger"
DESCRIPTION = r"(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,6}?)"
# the participle that opens an aside on a name: "jailed in 2020", "held since 2021"
PARTICIPLE_OF_A_NAME = (
    r"(?-i:[a-z]+ed|held|kept|taken|sent|caught|brought|beaten|given|known|shot|put)"
)


# ", who supporters say won the August 2020 election, condemned ...": a clause of its own,
# also after a description ("X, a professor who left for France in 2023, was sentenced");
# so is a participle set off by commas (", sentenced last year to six years, has been moved";
# a headline's "X, arrested in February, goes on trial")
CLOSED_CLAUSE = re.compile(
    r",\s*(?:(?:a|an|the)\s+[^,;]{0,80}?\s)?(?:who|which|whose|whom)\b[^,;]*,|"
    # (also an irregular participle: ", held under house arrest since 2021, has been moved";
    # and one after a description: ", a blogger jailed in 2020 for his posts, has been freed")
    rf",\s*{DESCRIPTION}?{PARTICIPLE_OF_A_NAME}\s+[^,;]*,"
    r"(?=\s*(?:has|have|was|were|is|are|(?-i:[a-z]+[^s\W]s))\b)",
    re.I,
)


# An aside on the subject that the writer left open, the comma before the main verb left
# out: "X, a former manager who was sentenced in 2021 by a court has been freed", "X, jailed
# in 2020 for his posts was freed". The main verb's auxiliary ends it (group "main"): the
# aside's date is not the main verb's, nor is the main verb in its relative clause. The
# aside opens with a verb of its own (not "X, who in 2021 was sentenced", nor "X, who police
# say was tortured"), and holds no clause of another subject or a conjunction ("X, who said
# in 2021 that he was arrested", "who was arrested in 2019 and was freed": the aside's).
_ASIDES_VERB = (
    r"(?:\w+ly\s+)?(?:was|were|is|are|has|have|had|(?-i:[a-z]+ed)|ran|fled|led|spent|won|left|"
    r"became|wrote|took|gave|made|spoke|went|came|fought|lost|met|told|began|sought|got|"
    r"built|sent|kept|held)\s"
)
_ANOTHER_CLAUSE = (
    # ("and" before a participle still the aside's: "who was detained in 2021 and sentenced
    # in 2022 was freed")
    rf"(?:and(?!\s+{PARTICIPLE_OF_A_NAME}\s)|or|but|nor|that|when|while|whilst|because|"
    r"although|though|if|where|whether|who|whom|whose|which|he|she|they|it|we|i|you)"
)
UNCLOSED_ASIDE = re.compile(
    rf",\s*{DESCRIPTION}?(?:(?:(?:who|which)\s+|whose\s+(?:[\w'’-]+\s+){{1,2}}?)(?={_ASIDES_VERB})|"
    rf"(?={PARTICIPLE_OF_A_NAME}\s))"
    rf"(?:(?!{_ANOTHER_CLAUSE}\b)[^\s,;:()]+\s+)+?"
    # (also a state told with "on": "X, who was jailed in 2020 is on hunger strike")
    r"(?P<main>(?:has|have|had|was|were|is|are)\s+(?:\w+ly\s+)?(?:been\s+)?"
    r"(?:on\s+(?:an?\s+)?(?:[\w-]+\s+)?)?)$",
    re.I,
)
MAIN_AUXILIARY = re.compile(r"(?:has|have|had|was|were|is|are)\s+(?:\w+ly\s+)?(?:been\s+)?", re.I)


def unclosed_aside(sentence: str, f: Found) -> re.Match[str] | None:
    """The aside left open before ``f``'s auxiliary, when ``f`` is the main verb after it
    (``UNCLOSED_ASIDE``); its auxiliary may open the trigger ("was granted parole")."""
    if "," not in sentence[: f.start]:
        return None
    aux = MAIN_AUXILIARY.match(sentence, f.start)
    return UNCLOSED_ASIDE.search(sentence, 0, aux.end() if aux else f.start)


def _in_a_closed_clause(when: When, sentence: str, f: Found) -> bool:
    """Whether a date before the trigger sits in a relative clause closed before it."""
    if any(
        m.start() < when.start and m.end() <= f.start
        for m in CLOSED_CLAUSE.finditer(sentence, 0, f.end)  # (to the trigger's end: "goes")
    ):
        return True
    aside = unclosed_aside(sentence, f)
    return aside is not None and aside.start() < when.start and when.end <= aside.start("main")


# "Sentenced to ten years, she was freed in 2018": a participle that opens the sentence
# happened before its main clause, whose date bounds it
FRONTED_PARTICIPLE = re.compile(r"\W*[A-Z][a-z]+ed\b")


# "On Monday a court rejected the request of X, who was sentenced for ...": the relative
# clause's event is not dated by the main clause
OPEN_RELATIVE = re.compile(r",\s*(?:who|whom|which)\s+[^,;]*$", re.I)


# "last month's protests following the arrest of X": a date that owns another noun
OTHER_NOUNS_DATE = re.compile(r"['’]s\s+[\w-]+\s+\S")


# "remanded in custody until July": when a term ends, not when the event happened
UNTIL = re.compile(r"(?:until|till|through|pending)\b", re.I)
# the same before a date that does not take the word in ("remanded until November 2",
# "remanded till 2 November"); after a remand also "to" ("remanded in custody to 4 November")
# the clause right after a term's end that tells what ended it: ", when a court sentenced"
WHEN_AT_THE_END = re.compile(r",\s*when\s+[^,;:.]*$", re.I)
UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|pending)\s+(?:the\s+)?$", re.I)
TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$", re.I)


def _a_term_end(f: Found, sentence: str, when: When) -> bool:
    """Whether ``when`` is the end of a term ("until July", "till November 2"), not the
    date of ``f``; "to <date>" only after a remand ("remanded in custody to 4 November")."""
    if UNTIL.match(sentence, when.start) or UNTIL_BEFORE.search(
        sentence, max(0, when.start - 16), when.start
    ):
        # ... but "held until January 2020, when a court sentenced her": the end is the
        # date of the when-clause's event
        return not (when.end <= f.start and WHEN_AT_THE_END.match(sentence, when.end, f.start))
    return (
        sentence[f.start : f.start + 8].lower().startswith("remand")
        and TO_BEFORE.search(sentence, max(0, when.start - 8), when.start) is not None
    )


# "was beaten while he was held in 2017", "was detained when police raided his flat on
# Monday": a clause of the same time, whose date is the main verb's too (not after a comma:
# "was freed, while his brother was jailed in 2019")
SAME_TIME = re.compile(r"wh(?:en|ile|ilst)", re.I)
COMMA_BEFORE = re.compile(r",\s*$")


# "While in custody in 2020, X was tortured, a UN panel found in an opinion published on
# Tuesday": the date after the reporting verb is the report's; the event's own comes first
REPORT_TAIL = re.compile(
    r",\s*(?:[\w'’-]+\s+){0,6}?(?:said|says|told|found|finds|reported|reports|wrote|"
    r"announced|stated|confirmed|concluded|noted)\b",
    re.I,
)


# "The trial of X, an activist accused of assault during protests last year, opened on
# Monday": a description set off by commas after the event, with a date of its own
ASIDE_OPEN = re.compile(r",\s*(?:an?|the)\s+[^,;]*$", re.I)
ASIDE_CLOSE = re.compile(r"[^,;.]*,")


def _in_an_aside(sentence: str, start: int, when: When) -> bool:
    """Whether ``when`` sits in a description between commas that opens after ``start``."""
    return (
        ASIDE_OPEN.search(sentence, start, when.start) is not None
        and ASIDE_CLOSE.match(sentence, when.end) is not None
    )


def _other_clause(sentence: str, start: int, end: int, perfect: bool) -> bool:
    """Whether a clause with a time of its own begins between ``start`` and ``end``; after
    a past perfect ("had already charged her when police searched her flat") any does."""
    for m in OTHER_CLAUSE.finditer(sentence, start, end):
        if (
            not perfect
            and SAME_TIME.fullmatch(m.group())
            and not COMMA_BEFORE.search(sentence, start, m.start())
        ):
            continue
        return True
    return False


# "upheld the sentence handed to X on 12 January": a decision that a trigger acts on, told
# with a participle and a date of its own (not the trigger's, unless it is the decision)
DECISION_ENDS = (
    *("sentence", "sentences", "verdict", "term", "terms", "conviction", "ruling", "decision"),
)
DECISION_PARTICIPLE = re.compile(
    # (also after what the sentence was: "upheld the sentence of eight years' imprisonment
    # imposed by the Baku court on 3 April")
    r"(?:\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:imprisonment|prison|jail|in\s+(?:prison|jail)|"
    r"years['’]?|months['’]?))?"
    r"\s+(?:handed(?:\s+down)?|given|imposed|passed|issued|delivered)\b",
    re.I,
)


# "On Monday, police raided the office; they detained X": a date that opens the sentence
OPENS_SENTENCE = re.compile(r"\W*(?:[\w'’-]+\s+){0,2}$")


def _across_a_semicolon(sentence: str, when: When, f: Found) -> bool:
    """Whether a semicolon parts a date inside the clause before it from the trigger: "She
    had been freed last year; police took her into custody after the verdict" (a date that
    opens the sentence holds for both clauses)."""
    return ";" in sentence[when.end : f.start] and not OPENS_SENTENCE.fullmatch(
        sentence, 0, when.start
    )


# A decision about a verdict ("upheld the sentence handed to X in November", "rejected X's
# appeal against the sentence handed down in 2022", "quashed his 2021 conviction") names
# the verdict with a date of its own: the verdict is background beside the decision.
VERDICT_DECISIONS = frozenset({EventType.APPEAL_REJECTED, EventType.CHARGES_DROPPED})
VERDICT_NOUNS = ("sentence", "sentences", "verdict", "term", "terms", "conviction")
# "... his appeal (on Monday) against the (2021) sentence": the verdict after the trigger
AGAINST_A_VERDICT = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?(?P<verdict>against\s+(?:the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:sentences?|verdicts?|terms?|convictions?)\b)",
    re.I,
)
# what follows the verdict up to its date: a participle or a verb of the person's ("handed
# to X", "handed down", "passed on X", "he was given", "X received"), or "of X"
VERDICT_VERB = (
    r"(?:handed|given|imposed|passed|issued|delivered|pronounced)\b|"
    r"(?:that\s+|which\s+)?(?:[\w'’-]+\s+){1,3}?(?:had\s+)?(?:received|got|was\s+given|"
    r"was\s+handed|were\s+given|were\s+handed)\b"
)
VERDICT_TAIL = re.compile(
    rf"\s+(?:(?P<verb>{VERDICT_VERB})|(?:of|on|against)\b)"
    r"(?:\s+(?!(?:and|but|which|who|after|before|when|while|as)\b)[\w'’.-]+){0,4}?\s+",
    re.I,
)


def verdict_date(
    f: Found, sentence: str, dates: list[When], pub: date | None
) -> tuple[When, list[When]] | None:
    """The date of the verdict a decision is about, older than the news ("upheld the
    sentence handed to X in November"), and the sentence's other dates; None when the
    verdict has no date of its own, or its date is the decision's ("upheld X's sentence on
    Monday", "upheld the conviction of X in 2021" with no other date)."""
    if f.rule.type not in VERDICT_DECISIONS or pub is None or not dates:
        return None
    if sentence[f.start : f.end].lower().endswith(VERDICT_NOUNS):
        noun_start, noun_end = f.start, f.end
    elif against := AGAINST_A_VERDICT.match(sentence, f.end):
        noun_start, noun_end = against.span("verdict")
    else:
        return None
    for w in dates:
        inside = noun_start <= w.start and w.end <= noun_end and w.start >= f.end
        tail = None if inside else VERDICT_TAIL.fullmatch(sentence, noun_end, w.start)
        if not inside and tail is None:
            continue
        others = [d for d in dates if d is not w]
        if recency(w, pub) is not Recency.BACKGROUND or not (
            inside or (tail and tail["verb"]) or others
        ):
            return None
        if any(d.first <= w.last for d in others if d.end <= f.start):
            return None  # "In 2019 the court upheld the sentence of X in 2021": not older
        return w, others
    return None


# a date inside a verb's phrase that names a thing, not the verb's time: "upheld the 2019
# sentence", "rejected his 12 May appeal"
THING_BEFORE = re.compile(r"\b(?:the|an?|his|her|their|its|this|that|[\w-]+['’]s)\s+$", re.I)


def _inside_the_phrase(f: Found, dates: list[When], sentence: str) -> When | None:
    """The date between a verb and the rest of its phrase, which it dates as a date right
    after it would: "was released a year ago on parole", "released X in March to house
    arrest" (a date no one else reads: the verb was read as undated, or by a later date)."""
    if f.rule.form is not FORM_VERB:
        return None
    for w in dates:
        if f.start < w.start and w.end <= f.end:
            if sentence[w.start].isdigit() or THING_BEFORE.search(sentence, f.start, w.start):
                return None
            return w
    return None


def date_for(f: Found, dates: list[When], next_start: int, sentence: str) -> When | None:
    if dates:  # (each date tested once: not by ``any`` first, then again to drop it)
        dates = [w for w in dates if not _a_term_end(f, sentence, w)]
        if (inside := _inside_the_phrase(f, dates, sentence)) is not None:
            return inside
    # (far enough for a long list of objects, then an "as" clause with the date: "detained
    # 30 people, among them the activist A and the student leader B, as they broke up a
    # rally outside parliament late on Tuesday")
    limit = min(next_start, f.end + 220)
    after = [w for w in dates if f.end <= w.start < limit]
    if (
        after
        and f.rule.type is not TYPE_SENTENCED
        and sentence[f.start : f.end].lower().endswith(DECISION_ENDS)
        and DECISION_PARTICIPLE.match(sentence, f.end)
    ):
        after = []  # "upheld the sentence handed to X on 12 January": the sentence's date
    perfect = HAD_BEFORE.search(sentence, max(0, f.start - 40), f.start) is not None
    reported: When | None = None
    if after and _in_an_aside(sentence, f.end, after[0]):
        after = after[1:]  # "The trial of X, an activist arrested last year, opened on Monday"
    if (
        after
        and "," in sentence[f.end : after[0].start]
        and OPEN_RELATIVE.search(sentence, max(0, f.start - 150), f.start)
    ):  # "X, who has been held on charges of assault, was moved on Monday": the main verb's
        after = []
    if after and not _other_clause(sentence, f.end, after[0].start, perfect):
        if not REPORT_TAIL.search(sentence, f.end, after[0].start):
            return after[0]
        reported = after[0]  # "..., the panel found in a report published on Tuesday"
    if not after and FRONTED_PARTICIPLE.fullmatch(sentence, 0, f.end):
        comma = sentence.find(",", f.end)
        main = [w for w in dates if comma != -1 and w.start > comma]
        if (
            main
            and main[0].precision is PRECISION_YEAR
            and not OTHER_CLAUSE.search(sentence, comma + 1, main[0].start)
        ):
            return main[0]
    before = [
        w
        for w in dates
        if w.end <= f.start
        and not _in_a_closed_clause(w, sentence, f)
        and not OTHER_NOUNS_DATE.match(sentence, w.end, f.start)
        and not OPEN_RELATIVE.search(sentence, w.end, f.start)
        and not _across_a_semicolon(sentence, w, f)
        and not _a_statement_date(sentence, w, f)
    ]
    if (
        before
        and is_since(before[-1], sentence)
        and OWN_VERB_BETWEEN.search(sentence, before[-1].end, f.start)
    ):
        return None
    return before[-1] if before else reported


# "In its statement on Sunday, the group said X had been jailed for ...", "In televised
# remarks late Thursday, the president said X had been returned to jail": a date that
# dates what someone said (a statement, remarks, an interview), told before the verb that
# says it; the event reported after that verb is not dated by it
STATEMENT_BEFORE = re.compile(
    r"\b(?:in|during)\s+(?:an?|its|his|her|their|the)?\s*(?:[\w-]+\s+){0,2}?"
    r"(?:statements?|remarks|interviews?|speech|address|briefing|(?:news|press)\s+conference|"
    r"comments)\s+(?:[\w-]+\s+){0,2}?$",
    re.I,
)
SAYS_AFTER = re.compile(
    rf"\b(?:{SPEECH_VERBS}|announced|stated|claimed|confirmed|declared)\b", re.I
)


def _a_statement_date(sentence: str, when: When, f: Found) -> bool:
    """Whether ``when``, before the trigger ``f``, dates a statement that reports it."""
    return (
        STATEMENT_BEFORE.search(sentence, max(0, when.start - 60), when.start) is not None
        and SAYS_AFTER.search(sentence, when.end, f.start) is not None
    )


# The enum members the event readers' loops read, as globals: read off its class, a member
# goes through the __getattr__ hook of the enums' metaclass (Python 3.11), about ten times
# a global's cost (match.py does the same)
BASIS_APPOSITION = Basis.APPOSITION
BASIS_BACKGROUND_WORD = Basis.BACKGROUND_WORD
BASIS_DATED_BACKGROUND = Basis.DATED_BACKGROUND
BASIS_DATED_NEWS = Basis.DATED_NEWS
BASIS_DATED_NO_PUBLICATION = Basis.DATED_NO_PUBLICATION
BASIS_DURING_CUSTODY = Basis.DURING_CUSTODY
BASIS_EARLIER_ONE = Basis.EARLIER_ONE
BASIS_EVE_OF_MAIN = Basis.EVE_OF_MAIN
BASIS_FOLLOWS_MAIN = Basis.FOLLOWS_MAIN
BASIS_FOLLOWS_ON = Basis.FOLLOWS_ON
BASIS_HISTORY = Basis.HISTORY
BASIS_LEAD = Basis.LEAD
BASIS_MADE_KNOWN_NOW = Basis.MADE_KNOWN_NOW
BASIS_ONGOING = Basis.ONGOING
BASIS_PAST_PERFECT = Basis.PAST_PERFECT
BASIS_PAST_TENSE = Basis.PAST_TENSE
BASIS_PERFECT_OUTSIDE_LEAD = Basis.PERFECT_OUTSIDE_LEAD
BASIS_RELATIVE_CLAUSE = Basis.RELATIVE_CLAUSE
BASIS_RULED_ON = Basis.RULED_ON
BASIS_SPAN_AFTER = Basis.SPAN_AFTER
BASIS_STATE = Basis.STATE
BASIS_TITLE = Basis.TITLE
BASIS_UNDATED_NOUN = Basis.UNDATED_NOUN
BASIS_WHEN_CLAUSE = Basis.WHEN_CLAUSE
CHECK_APPEAL_REJECTED_AFTER = Check.APPEAL_REJECTED_AFTER
CHECK_TRIAL_STARTS = Check.TRIAL_STARTS
FORM_NOUN = Form.NOUN
PRECISION_MONTH = Precision.MONTH
FORM_VERB = Form.VERB
PRECISION_RELATIVE = Precision.RELATIVE
PRECISION_YEAR = Precision.YEAR
AT_ITS_MIDDLE = (PRECISION_MONTH, PRECISION_YEAR)  # the spans read at their middle
RECENCY_BACKGROUND = Recency.BACKGROUND
RECENCY_FUTURE = Recency.FUTURE
RECENCY_NEWS = Recency.NEWS
TYPE_CHARGED = EventType.CHARGED
TYPE_HUNGER_STRIKE = EventType.HUNGER_STRIKE
TYPE_SENTENCED = EventType.SENTENCED

guard_patterns(globals())  # the same matches, skipping fast to where one can start
