"""Recognise what happened to the people named in a Russian article, and whether it is news.

The Russian reader, registered in ``monitor.core.readers``. Each line of the text is
cut into sentences by ``razdel`` (which knows "ч. 1 ст. 205.2 УК" and "В. Кара-Мурза"
are not ends of sentences), and for each sentence: the Russian trigger rules that fire
(``trigger_rules_ru``), then for each trigger

who      the watchlisted reference nearest to it in its clause that can stand there:
         a subject ("он", a name) for a passive or intransitive verb, an object ("его",
         "ему", a name) for an active one; after it for a verb in the singular ("суд
         приговорил X"); a list of names counts for everyone in it ("X, Y и Z"); a
         clause that leaves its person out goes on with the person of the clause or
         sentence before, if nothing in it may be someone else (``left_out_ru``);
whether  not negated ("не освободили") and not asked for, demanded, feared or only
         possible ("прокурор просит", "требуют освобождения", "ему грозит", "может быть");
when     news or background: a date near it read against the publication date
         (``dating_ru``), else a state ("находится в СИЗО с ...", "осуждённый"), a word
         that tells history ("ранее", "позже", "напомним"), a relative clause ("который
         был арестован") or an undated noun outside the lead are background, and any
         other past tense is news;

and the article's events are tidied as in English (``event_tidy``). An event says in
plain English what the rule found, with the Russian sentence as its evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime
from functools import partial
from itertools import pairwise
from typing import NamedTuple

from razdel import sentenize

from monitor.core.dating import Recency, When, recency
from monitor.core.dating_ru import find_dates_ru
from monitor.core.event_tidy import GROUP_NAMED_AFTER, GROUP_TYPES, STAGE, Reported, reported, tidy
from monitor.core.event_when import Basis, Timing
from monitor.core.left_out_ru import is_impersonal, is_participle, names_no_one, verb_agrees
from monitor.core.names_ru import given_name_not_nominative
from monitor.core.references import Gender, Ref, RefKind, genders_of, name_refs
from monitor.core.references_ru import (
    ROLE,
    Family,
    genders_ru,
    pronoun_refs_ru,
    quoted_refs_ru,
    quotes_ru,
    relation_of_ru,
    relatives_named_ru,
    visible_refs_ru,
)
from monitor.core.rule_table import RuleTable
from monitor.core.sentences import Sentence
from monitor.core.trigger_rules import Form
from monitor.core.trigger_rules_ru import RULES_RU, lower_ru
from monitor.core.triggers import Found
from monitor.core.types import Event, EventType, Mention

__all__ = ["extract_events_ru", "split_sentences_ru"]

TABLE = RuleTable(RULES_RU)
LEAD_SENTENCES = 3
REACH = 200  # characters between a trigger and its person, at most


def split_sentences_ru(text: str) -> list[Sentence]:
    """The sentences of each line of ``text``, with their offsets."""
    sentences: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            for s in sentenize(line):
                if s.text.strip():
                    sentences.append(Sentence(offset + s.start, offset + s.stop, s.text))
        offset += len(line) + 1
    return sentences


def extract_events_ru(
    text: str, mentions: Sequence[Mention], published: datetime | date | None
) -> list[Event]:
    """The events a Russian ``text`` reports about the people in ``mentions``."""
    if not mentions:
        return []
    pub = published.date() if isinstance(published, datetime) else published
    title_end = text.find("\n\n")
    genders = genders_of(mentions) | genders_ru([(m.person_id, m.text) for m in mentions])
    ordered = sorted(mentions, key=lambda m: m.start)
    family = Family.of([(m.person_id, m.text) for m in ordered])
    lowered_text = lower_ru(text)
    history: list[Ref] = []
    last_group: tuple[str, ...] = ()
    body_index = 0
    next_mention = 0
    reported: list[Reported] = []
    told_before: set[str] = set()  # the people the sentence before told a dated past of
    in_the_news: set[str] = set()  # the people whose last event told was news
    pardons = False  # whether the article reports a pardon or an amnesty
    previous: Previous | None = None
    carried: Callable[[], tuple[str, ...]] = tuple  # the people the sentence before spoke of
    # "адвокатов X — A, B и C": the people the article named as X's lawyers, by (word, X)
    groups_around: dict[tuple[str, tuple[str, ...]], tuple[str, ...]] = {}
    for sentence in split_sentences_ru(text):
        in_title = 0 <= sentence.start < title_end
        if not in_title:
            body_index += 1
        in_lead = in_title or body_index <= LEAD_SENTENCES
        while next_mention < len(ordered) and ordered[next_mention].start < sentence.start:
            next_mention += 1
        names, around, others = _names(sentence, ordered, next_mention, groups_around)
        if family.by_given:  # "его брата Алексея": Alexei of his family, if on the list
            before = {p for r in (*history, *names) for p in r.people}
            names = sorted(
                names + relatives_named_ru(sentence.text, family, before), key=lambda r: r.start
            )
        lowered = Sentence(
            sentence.start, sentence.end, lowered_text[sentence.start : sentence.end]
        )
        found = TABLE.find(lowered.text) if TABLE.candidates(lowered.text) else []
        pardons = pardons or any(
            f.rule.type is EventType.PARDONED and not _blocked(f, lowered.text, ()) for f in found
        )
        named = sorted(names + others, key=lambda r: r.start)
        refs: list[Ref] = []
        here: list[Reported] = []
        if found and (names or around or others or history):
            refs = names + around + pronoun_refs_ru(lowered, named, history, last_group, genders)
            refs = _without_overlaps(refs)
            people = {p for r in (*history, *names) if r.kind is RefKind.NAME for p in r.people}
            place = Place(
                in_title,
                in_lead,
                told_before,
                next(iter(people)) if len(people) == 1 else None,
                carried,
                frozenset(in_the_news),
            )
            here = _sentence_events(sentence, lowered.text, found, refs, pub, place, genders)
            reported += here
            for r in here:  # whose story the article last told as news
                if r.event.current:
                    in_the_news.add(r.event.person_id)
                else:
                    in_the_news.discard(r.event.person_id)
            # the story goes on in the past, unless the sentence told news of the person too
            # ("X, осуждённый в марте, сразу после освобождения уехал ...")
            dated = {r.event.person_id for r in here if r.basis is Basis.DATED_BACKGROUND}
            told_before = dated - {r.event.person_id for r in here if r.event.current}
            if not here:
                told_before = _dated_past_of(names + others, lowered.text, pub)
        else:
            told_before = _dated_past_of(names + others, lowered.text, pub)
        include = INCLUDE.match(lowered.text) if names and previous else None
        if include and previous and names[0].start - include.end() < 60:
            reported += _group_events(previous, sentence, lowered.text, names, pub)
        previous = Previous(sentence, lowered.text, found, in_title, in_lead)
        if names or others:  # "Мать X рассказала, что его избили": him
            history += sorted(names + others, key=lambda r: r.start)
        if names:
            last_group = tuple(dict.fromkeys(p for r in names for p in r.people))
        if refs or names or not history:
            carried = partial(_spoken_of, refs or names, here)
        else:  # asked only when the next sentence leaves its person out
            carried = partial(
                _spoken_of_by_pronouns, lowered, history, len(history), last_group, genders
            )
    if pardons:  # "Лукашенко помиловал 14 заключённых ... освободил X": freed by the pardon
        reported = [_pardoned(r) for r in reported]
    return tidy(reported)


def _spoken_of_by_pronouns(
    lowered: Sentence,
    history: list[Ref],
    known: int,
    group: tuple[str, ...],
    genders: dict[str, Gender],
) -> tuple[str, ...]:
    """The people a sentence that names no one spoke of by pronoun ("Ему стало плохо"),
    with the ``known`` first names of ``history`` named before it."""
    return _spoken_of(pronoun_refs_ru(lowered, [], history[:known], group, genders), [])


def _spoken_of(refs: list[Ref], here: list[Reported]) -> tuple[str, ...]:
    """The people a sentence spoke of: by name, pronoun or description, or as those its
    events were about."""
    people = [p for r in refs if r.kind is not RefKind.POSSESSIVE for p in r.people]
    return tuple(dict.fromkeys([*people, *(r.event.person_id for r in here)]))


def _dated_past_of(names: list[Ref], lowered: str, pub: date | None) -> set[str]:
    """The people a sentence that reports no event names beside a date long past: the
    story goes on in the past ("Защита X в мае просила пересмотреть приговор. Однако суд
    оставил его в силе")."""
    if pub is None or not names:
        return set()
    dates = find_dates_ru(lowered, pub)
    if not dates or any(recency(w, pub) is not Recency.BACKGROUND for w in dates):
        return set()
    return {p for r in names for p in r.people}


class Previous(NamedTuple):
    """The sentence before, with the triggers found in it."""

    sentence: Sentence
    lowered: str
    found: list[Found]
    in_title: bool
    in_lead: bool


# "Помиловали 18 политзаключённых. Среди них — X и Y": the people named after a group
INCLUDE = re.compile(
    r"\W*(?:среди\s+(?:них|\w+(?:ых|их))|в\s+(?:их\s+)?числе(?:\s+\w+(?:ых|их))?|"
    r"в\s+том\s+числе|ими\s+(?:стали|оказались))(?!\w)"
)


def _group_events(
    previous: Previous, sentence: Sentence, lowered: str, names: list[Ref], pub: date | None
) -> list[Reported]:
    """The events of the group the sentence before spoke of, for the people this one lists."""
    if any(f.rule.type for f in TABLE.find(lowered)):
        return []  # the sentence says what happened to them itself
    members = _listed(lowered, names, names[0])
    both = Sentence(
        previous.sentence.start,
        sentence.end,
        f"{previous.sentence.text} {sentence.text}",
    )
    dates: list[When] | None = None
    events: list[Reported] = []
    for f in previous.found:
        if f.rule.form is Form.NOUN or f.rule.type not in GROUP_TYPES:
            continue
        if _blocked(f, previous.lowered, ()):
            continue
        if dates is None:
            dates = find_dates_ru(previous.lowered, pub)
        timing = _timing(f, previous.lowered, dates, pub, previous.in_title, previous.in_lead)
        if timing is not None:
            events += _event(f, both, previous.lowered, members, timing, GROUP_NAMED_AFTER)
    return events


def _pardoned(r: Reported) -> Reported:
    if r.event.type is not EventType.RELEASED or not r.event.current:
        return r
    return r._replace(event=replace(r.event, type=EventType.PARDONED), stage=EventType.PARDONED)


def _names(
    sentence: Sentence,
    ordered: Sequence[Mention],
    first: int,
    groups_around: dict[tuple[str, tuple[str, ...]], tuple[str, ...]],
) -> tuple[list[Ref], list[Ref], list[Ref]]:
    """The names of a sentence that stand for their people, and the groups named as the
    people around someone: "адвокатов X — A, B и C" names A, B and C, and remembers
    them as X's lawyers, so that a later "адвокаты X" stands for them. The third list
    holds the names of people spoken of only through those around them ("мать X"), whom
    a pronoun may still stand for."""
    names: list[Ref] = []
    around: list[Ref] = []
    relations = []
    for ref in name_refs(sentence, ordered, first):
        relation = relation_of_ru(sentence.text, ref)
        if relation is None:
            names.append(ref)
        else:
            relations.append(relation)
    for relation in relations:
        key = (relation.word, relation.of.people)
        listed = [r for r in names if r.start > relation.of.end]
        if listed and APPOSITION.match(sentence.text, relation.of.end):
            groups_around[key] = tuple(dict.fromkeys(p for r in listed for p in r.people))
        elif key in groups_around:
            around.append(Ref(relation.start, relation.of.end, groups_around[key], RefKind.GROUP))
    return names, around, [r.of._replace(kind=RefKind.POSSESSIVE) for r in relations]


APPOSITION = re.compile(r"\W*\s[—–:]\s|\s*,\s+(?=[А-ЯЁ])")


def _without_overlaps(refs: list[Ref]) -> list[Ref]:
    kept: list[Ref] = []
    for r in sorted(refs, key=lambda r: (r.start, r.kind is not RefKind.NAME)):
        if not any(r.start < k.end and k.start < r.end for k in kept):
            kept.append(r)
    return kept


# ---------------------------------------------------------------------------
# Who

CLAUSE_BREAK = re.compile(
    r";|\(|\)|,\s*(?=(?:котор\w+|что|чтобы|когда|где|куда|если|но|а|хотя|поскольку|однако|"
    r"пока|после того|как(?!\s+(?:и\s|сообщ|переда|пиш|рассказ|заяв|отмеча|уточня|сказал|стало|"
    r"следует|говор|известно|писал))|чей|чья|чье|чьи|чьего|чьей|чьих|сообща\w+|переда\w+|пишет|отмеча\w+|"
    r"уточня\w+)(?!\w))|\s(?:но|однако)\s|"
    # a sentence that opens "Как рассказал X в письме, ...", "По словам X, ...": who says it
    # is not who it is about (but "X, как сообщил адвокат, вышел" is one clause of X's)
    r"^(?:как\s+(?:\S+\s+){0,2}?(?:сообщ|рассказ|заяв|пиш|писал|отмеча|отметил|"
    r"уточн|сказал|говор|переда|написал)\w*|по\s+(?:словам|данным|информации|сведениям)|"
    r"со\s+слов)[^,;.]{0,100},"
)
ACTIVE_SINGULAR = re.compile(r"^\w+(?:л|ла|ло|в)(?!\w)")  # приговорил, оставив
NEUTER_PASSIVE = re.compile(r"^\w+(?:ен|н|т)о(?!\w)")  # предъявлено, назначено, вменено
ACTIVE = re.compile(r"^\w+(?:л|ла|ло|ли|в)(?!\w)|^\w+(?:ит|ет|ют|ят|ут|ат)(?!\w)")
SUBJECTS = frozenset({RefKind.NAME, RefKind.PRONOUN, RefKind.ROLE, RefKind.GROUP})
OBJECTS = frozenset({RefKind.NAME, RefKind.OBJECT, RefKind.ROLE, RefKind.GROUP})
OWNER_GAP = re.compile(r"\s+(?:\S+\s+)?")  # "его арест", "ее внезапного задержания"
# "X, Y и Z"; "X и его жену Софью" when she is on the list; "журналистка X и правозащитник
# Y", each named with what they do
LIST_GAP = re.compile(
    r"\s*(?:,|и|—|–|,?\s*а\s+также|,?\s*как\s+и)\s*|\s+и\s+(?:его|ее|их|сво\w+)\s+[а-яё]+\s+|"
    rf"\s+и\s+(?:{ROLE.pattern})\s+",
    re.I,
)


def _clause(lowered: str, f: Found) -> tuple[int, int]:
    start = 0
    for m in CLAUSE_BREAK.finditer(lowered, 0, f.start):
        start = m.end()
    after = CLAUSE_BREAK.search(lowered, f.end)
    return start, after.start() if after else len(lowered)


def _around_asides(lowered: str, f: Found) -> tuple[int, int, list[tuple[int, int]]]:
    """The clause of ``f`` with the asides in brackets it holds passed over: "X (он был
    там как журналист) уехал" is one clause of X's, the words in brackets none of it."""
    start, end = _clause(lowered, f)
    asides: list[tuple[int, int]] = []
    while start > 0 and lowered[start - 1] == ")":
        opening = lowered.rfind("(", 0, start - 1)
        if opening < 0:
            break
        asides.append((opening, start))
        start = _clause(lowered, f._replace(start=opening, end=opening))[0]
    while end < len(lowered) and lowered[end] == "(":
        closing = lowered.find(")", end)
        if closing < 0:
            break
        asides.append((end, closing + 1))
        end = _clause(lowered, f._replace(start=closing + 1, end=closing + 1))[1]
    return start, end, asides


# a participle phrase or relative clause between commas: "Журналисты, освещавшие суд над X,
# были задержаны" speaks of X only inside it
PHRASE_ASIDE = re.compile(
    r",\s+(?:\w+(?:вш|ющ|ящ|ущ|ащ|нн|ем|им)(?:ий|ая|ое|ие|его|ей|ую|их|ему|им|ими|ый|ые|ого|ой|ым|"
    r"ыми)|котор\w+|как\s+(?:сообщ|рассказ|заяв|пиш|писал|отмеча|отметил|уточн|сказал|говор|"
    r"переда|написал)\w*)(?!\w)[^,;()—–]*,"
)  # and who says it: "X, как сообщил его адвокат, вышел на свободу"


# the one a rally, a campaign or a letter is for: "задержали участников акции в поддержку X"
SUPPORTED = re.compile(
    r"(?<!\w)(?:в\s+поддержку|в\s+защиту|в\s+память\s+(?:о|об)?|в\s+честь|за\s+освобождение|"
    r"солидарност\w+\s+с)\s+(?:[а-яё-]+\s+){0,2}$"
)


def _who(f: Found, lowered: str, refs: list[Ref]) -> tuple[Ref, ...]:
    start, end, asides = _around_asides(lowered, f)
    asides += [
        m.span()
        for m in PHRASE_ASIDE.finditer(lowered, max(0, start - 3), end)
        if not m.start() <= f.start < m.end()
    ]
    refs = [
        r
        for r in refs
        if not any(a <= r.start < b for a, b in asides)
        and not SUPPORTED.search(lowered, max(0, r.start - 50), r.start)
    ]
    words = _verb_words(lowered, f)
    form = f.rule.form
    active = form is Form.VERB and ACTIVE.match(words) is not None
    # "ему предъявлено обвинение": a neuter passive has the charge for subject, the person
    # for its object
    impersonal = form is Form.VERB and NEUTER_PASSIVE.match(words) is not None
    kinds = OBJECTS if form is Form.NOUN or active or impersonal else SUBJECTS
    after_only = form is Form.VERB and ACTIVE_SINGULAR.match(words) is not None
    antecedent = _antecedent(lowered, refs, start)
    # "Судья X приговорил активиста": X is the subject, not who "активиста" stands for
    subjects = {
        p
        for r in refs
        if after_only and r.kind is RefKind.NAME and start <= r.start and r.end <= f.start
        for p in r.people
    }
    best: tuple[int, Ref] | None = None
    for r in refs:
        if subjects and r.kind is not RefKind.NAME and subjects & set(r.people):
            continue
        inside = f.start <= r.start and r.end <= f.end  # "отказал X в УДО": any case
        if r.kind not in kinds and not inside:
            continue
        if r is antecedent:  # "X, которого арестовали": X, where "которого" stands
            distance = f.start - start
        elif not (start <= r.start and r.end <= end):
            continue
        elif r.end <= f.start:
            if after_only and not _named_as_object(lowered, r):
                continue
            if form is Form.NOUN and (
                r.kind is not RefKind.OBJECT or not OWNER_GAP.fullmatch(lowered, r.end, f.start)
            ):
                continue  # "X рассказал о задержании брата": the owner follows, or is "его"
            distance = f.start - r.end + (0 if not active else 1)
        elif r.start >= f.end:
            distance = r.start - f.end + (1 if not active else 0)
        else:
            distance = 0  # inside the words of the trigger: "отказал X в УДО"
        if distance <= REACH and (best is None or distance < best[0]):
            best = (distance, r)
    if best is None or not best[1].people:
        return ()  # no one, or someone else: "отпустили, её мужа отправили в СИЗО"
    return _listed(lowered, refs, best[1])


def _named_as_object(lowered: str, r: Ref) -> bool:
    """Whether a name before a verb is its object, not its subject, by the case of its given
    name: "а Семёна Протопопова приговорил к обязательным работам" (but "судья Иван Петров
    приговорил" names the judge)."""
    if r.kind is not RefKind.NAME:
        return False
    first = WORD.match(lowered, r.start)
    return first is not None and given_name_not_nominative(first.group())


def _verb_words(lowered: str, f: Found) -> str:
    """The words of a trigger from its verb on: "не передают лекарства" from "передают"."""
    words = lowered[f.start : f.end]
    return words[3:] if words.startswith("не ") else words


def _antecedent(lowered: str, refs: list[Ref], start: int) -> Ref | None:
    """The name a relative clause opening at ``start`` stands for: "X, который ..."."""
    if start == 0 or not RELATIVE_PRONOUN.match(lowered, start):
        return None
    names = [r for r in refs if r.kind is RefKind.NAME and r.end <= start]
    if names and re.fullmatch(r"[\s,*»\"]*", lowered[names[-1].end : start]):
        return names[-1]
    return None


RELATIVE_PRONOUN = re.compile(r"котор(?:ый|ая|ые|ого|ой|ую|ых|ому|ым|ыми)(?!\w)")


def _listed(lowered: str, refs: list[Ref], chosen: Ref) -> tuple[Ref, ...]:
    """The chosen name with the names listed with it: "X, Y и Z"."""
    if chosen.kind is not RefKind.NAME:
        return (chosen,)
    names = [r for r in refs if r.kind is RefKind.NAME]
    i = names.index(chosen)
    first = last = i
    while first > 0 and LIST_GAP.fullmatch(lowered, names[first - 1].end, names[first].start):
        first -= 1
    while last + 1 < len(names) and LIST_GAP.fullmatch(
        lowered, names[last].end, names[last + 1].start
    ):
        last += 1
    return tuple(names[first : last + 1])


# ---------------------------------------------------------------------------
# Whether

NEGATED = re.compile(r"(?<!\w)(?:не|ни|нельзя)\s+(?:был[аои]?\s+|бы\s+)?$")
NOT_SO = re.compile(
    r"(?<!\w)(?:мож\w+|мог\w*|грозит|грозило|грозят|грозила|угрожа\w+|рискует|рискуют|"
    r"требу\w+|(?:по)?требова\w+|призыва(?!х(?!\w))\w+|призвал\w*|прос(?:ит|ят|ил|ила|или)|запрос\w+|попрос\w+|"
    r"ходатайств\w+|намерен\w*|собира\w+|планиру\w+|хоч\w+|хот(?:ят|ел\w*)|ожида\w+|должн\w+|"
    r"если|чтобы|возможн\w*|вероятн\w*|будет|будут|предстоит|добива\w+|добиться|настаива\w+|"
    r"надеет\w+|надеют\w+|надежд\w+|опаса\w+|угроз\w+|обеща\w+|исключ\w+|отказ\w+|"
    r"опроверг\w*|отрица\w+|ли|лишь\s+бы|кампани\w+\s+за|борьб\w+\s+за|прошени\w+|"
    r"просьб\w+|жалоб\w+\s+на|обжалова\w+|бы)(?!\w)"
)


# ("в призывах к беспорядкам" is the crime of a charge, not a call: "призывах" is not)
FOR_IT = re.compile(r"(?<!\w)(?:для|ради|за)\s+(?:его\s+|ее\s+|их\s+)?$")
IN_ABSENTIA = re.compile(r"(?<!\w)заочн\w*")
EXPECTED_AFTER = re.compile(
    r"\s+(?:\S+\s+){0,2}?(?:ожида\w+|запланирован\w*|планиру\w+|возможн\w*|мож\w+|"
    r"должн\w+|предстоит|не\s+исключ\w+)(?!\w)"
)


# what a complaint, an appeal or an opinion argues about a case: its charges, custody and
# verdict are the grounds of the complaint, not news ("в кассационной жалобе защита
# указывает, что её осудили незаконно")
ARGUED = re.compile(
    r"(?<!\w)(?:(?:в|во)\s+(?:\S+\s+)?(?:жалоб\w*|апелляци[ия]|кассаци[ия]|обращени[ие]|иске)|"
    r"(?:указыва|утвержда|настаива|счита|полага|убежд|уверен|доказыва)\w*"
    r",?\s+что)(?!\w)"
)
ARGUABLE = frozenset(
    {
        EventType.CHARGED,
        EventType.DETAINED,
        EventType.HOUSE_ARREST,
        EventType.SENTENCED,
        EventType.APPEAL_REJECTED,
        EventType.TRIAL,
    }
)


# hearsay with no one behind it: "говорят, что его задержали", "его якобы этапировали";
# a fact reported by a named source ("адвокаты говорят", "сообщает ОВД-Инфо") is news
RUMOUR = re.compile(
    r"(?<!\w)(?:якобы|будто\s+бы|по\s+слухам|ходят\s+слухи|(?:по\s+)?неподтвержденн\w+\s+"
    r"(?:данн|сведени|информаци|сообщени)\w*)(?!\w)|(?:^|[,;:—–(]\s*|(?<!\w)в\s+(?:соцсет|сет|"
    r"телеграм|чат|кулуар|интернет|город|народ)\w*\s+)(?:говорят|пишут|поговаривают)(?!\w)"
)
# "..., однако полиция эту информацию опровергает": the report is denied
DENIED_AFTER = re.compile(
    r"(?:,\s*|\s)(?:однако|но)\s+(?:\S+\s+){0,4}?(?:(?:эт[оиу]|эту\s+информацию|"
    r"(?:эти\s+)?(?:сведения|данные|сообщения)|факт\s+\w+)\s+(?:\S+\s+){0,2}?"
    r"(?:опроверг|отрица|не\s+подтвер)|(?:опроверг|отрица|не\s+подтвер)\w*\s+(?:\S+\s+){0,2}?"
    r"(?:эт[оиу]|информаци|сведени|данн|сообщени|факт))"
)

# a clause that says what someone denies: "отрицает, что", "не подтвердили, что"
DENIES_THAT = re.compile(
    r"(?<!\w)(?:отрица|опроверга|опровергл|опроверг|не\s+подтвержда|не\s+подтверди|"
    r"не\s+призна|сомнева)\w*(?:\s+\S+){0,2}?\s*,\s*(?:что|будто)?\s*$"
)

# let go after questioning, with no one held: no release
QUESTIONED = re.compile(r"(?<!\w)(?:допр[оа]с|опрос|побеседова|беседы|беседовал)\w*")
HELD = re.compile(r"(?<!\w)(?:задерж|арест|доставил|доставлен|увез|сутки|суток|сизо)\w*")


def _blocked(f: Found, lowered: str, who: tuple[Ref, ...]) -> bool:
    start, end = _clause(lowered, f)
    before = lowered[max(start, f.start - 80) : f.start]
    if NEGATED.search(before):
        return True
    if RUMOUR.search(lowered, 0, f.start) or DENIED_AFTER.search(lowered, f.end):
        return True  # "в соцсетях говорят, что его задержали, однако полиция это опровергает"
    if DENIES_THAT.search(lowered, max(0, start - 60), start):
        return True  # "полиция отрицает, что её избили"
    if (
        f.rule.type is EventType.RELEASED
        and lowered.startswith("отпуст", f.start)
        and QUESTIONED.search(lowered, 0, f.start)
        and not HELD.search(lowered, 0, f.start)
    ):
        return True  # "допросили в качестве свидетеля и отпустили": never held
    if f.rule.type in ARGUABLE and ARGUED.search(lowered, 0, f.start):
        return True
    if f.rule.form is Form.NOUN and (
        FOR_IT.search(before)
        or re.search(r"(?<!\w)не\s", lowered[max(start, f.start - 50) : f.start])
    ):
        return True  # "не нашёл оснований для её освобождения", "выступают за освобождение"
    if f.rule.type is EventType.DETAINED and IN_ABSENTIA.search(lowered, start, end):
        return True  # "заочно арестован": a warrant, no one is held
    if f.rule.state:  # "просит увеличить назначенный ему срок": the term was given
        return re.search(r"(?<!\w)быть\s+$", before) is not None  # "рискует быть арестованной"
    if EXPECTED_AFTER.match(lowered, f.end):
        return True  # "его освобождение ожидается в мае"
    first = min([f.start, *(r.start for r in who)])
    window = lowered[max(start, first - 60) : f.start] if first < f.start else before
    return NOT_SO.search(window) is not None


# ---------------------------------------------------------------------------
# When

HISTORY = re.compile(
    r"(?<!\w)(?:ранее|прежде|до\s+этого|в\s+прошлом|позже|позднее|впоследствии|изначально|"
    r"первоначально|когда-то|неоднократно|напомним|еще\s+в|в\s+свое\s+время|некогда|"
    r"уже\s+(?:был\w*|не\s+раз)|дважды|трижды|(?:несколько|много)\s+раз|не\s+раз)(?!\w)"
)
# an event told as happening at an arrest the article does not report as news
AT_THE_ARREST = re.compile(
    r"(?:\s+[^\s,;.]+){0,3}?\s+(?:сразу\s+)?(?:после|во\s+время|при|в\s+ходе)\s+(?:его\s+|ее\s+|их\s+)?"
    r"(?:задержани|арест)\w*"
)
# a word that tells what came next: after news, news; after history, history
LATER = re.compile(r"(?<!\w)(?:позже|позднее|впоследствии)(?!\w)")
HISTORY_ONLY = re.compile(
    r"(?<!\w)(?:ранее|прежде|в\s+прошлом|когда-то|напомним|еще\s+в|некогда)(?!\w)"
)
AFTER_IT = re.compile(r"(?<!\w)(?:после|до|перед)\s+(?:\S+\s+)?$")  # "после его ареста"
EXTENDED = re.compile(
    r"(?<!\w)(?:продл|отмени|смягчи|измени)\w*\s+(?:\S+\s+){0,3}?(?:срок\w*\s+)?$"
)
RELATIVE = re.compile(r"\s*котор\w+(?!\w)")  # "X, которого арестовали в мае": told before
STATE_BEFORE = re.compile(
    r"(?:находится|находился|находилась|находятся|остается|остаются|оставался|содержится|"
    r"находясь|пребывает|провел\w*|просидел\w*)\s+(?:\S+\s+){0,3}?(?:под|в|на)\s+(?:\S+\s+)?$"
)


# what goes on from a day named with "с" up to the news: a hunger strike, ill-treatment
LASTING = frozenset({EventType.HUNGER_STRIKE, EventType.ILL_TREATMENT})
SINCE = re.compile(r"(?<!\w)(?:с|со)\s+$")


def _since(lowered: str, when: When) -> bool:
    """Whether a date is the day something started: "с 1 марта", "с марта"."""
    return bool(
        SINCE.search(lowered, max(0, when.start - 12), when.start)
        or re.match(r"(?:с|со)\s", lowered[when.start : when.start + 3])
    )


UNTIL = re.compile(r"(?<!\w)(?:до|по)\s+$")  # "в СИЗО до 12 мая": the end of a term


ASIDE = re.compile(
    r"(?<!\w)(?:\w+(?:нн|вш|ш)(?:ый|ая|ое|ые|ого|ой|ую|ых|ому|ым|ими?)|котор\w+)(?!\w)"
)


def _in_an_aside(lowered: str, when: When, trigger: int) -> bool:
    """Whether a date stands in a participle phrase or relative clause between commas that
    closes before the trigger: "X, осуждённого в 2020 году, этапировали" is not dated 2020."""
    opening = lowered.rfind(",", 0, when.start)
    closing = lowered.find(",", when.end, trigger)
    if opening < 0 or closing < 0:
        return False
    return ASIDE.search(lowered, opening, closing) is not None


# the words up to four before a date, with no break between them and it
WORDS_BEFORE = re.compile(r"(?<![а-я])[а-я]+(?=\s+(?:[^\s,;:—–()]+\s+){0,3}$)")


def _in_a_participle(lowered: str, when: When, after: int = 0) -> bool:
    """Whether a date belongs to a participle phrase before it (one that starts at ``after``
    or later): "Оправданный в 2023 году X снова задержан" is not dated 2023, nor "в среду
    умер X, осуждённый в 2023 году" the death."""
    at = max(after, when.start - 50)
    before = lowered[at : max(at, when.start)]
    return any(is_participle(m.group()) for m in WORDS_BEFORE.finditer(before))


def _date_for(
    f: Found, lowered: str, dates: list[When], start: int, end: int, next_start: int
) -> When | None:
    after = [
        w
        for w in dates
        if f.end <= w.start < min(end, f.end + 120)
        and not UNTIL.search(lowered, 0, w.start)
        and not (w.start < next_start and "," in lowered[f.end : w.start])
        and not ("," in lowered[f.end : w.start] and _in_a_participle(lowered, w, f.end))
    ]  # "её приговорили к шести годам, в мае суд оставил приговор в силе": May is the appeal's
    if after:
        return after[0]
    before = [
        w
        for w in dates
        if start <= w.start
        and w.end <= f.start
        and not _in_an_aside(lowered, w, f.start)
        and not _in_a_participle(lowered, w)
    ]
    if before:
        return before[-1]
    return None


def _timing(
    f: Found,
    lowered: str,
    dates: list[When],
    pub: date | None,
    in_title: bool,
    in_lead: bool,
    next_start: int | None = None,
) -> Timing | None:
    """News or background; None for an event still to come. ``next_start``: where the next
    trigger of the sentence starts, if there is one."""
    start, end = _clause(lowered, f)
    if f.rule.form is Form.NOUN and (
        STATE_BEFORE.search(lowered, 0, f.start)
        or EXTENDED.search(lowered, max(0, f.start - 60), f.start)
    ):
        return None  # "находится под домашним арестом", "продлил арест": a state, no event
    when = _date_for(
        f, lowered, dates, start, end, len(lowered) if next_start is None else next_start
    )
    if when is not None and f.rule.type in LASTING and _since(lowered, when):
        when = None  # "голодает с 1 марта", "с марта ему оттягивают операцию": still going on
    if when is not None and pub is not None:
        r = recency(when, pub)
        if r is Recency.FUTURE and f.rule.form is not Form.NOUN:
            when = _a_year_before(when, lowered, _verb_words(lowered, f))
            r = recency(when, pub)
        if r is Recency.FUTURE:
            return None
        news = r is Recency.NEWS
        return Timing(news, when, Basis.DATED_NEWS if news else Basis.DATED_BACKGROUND)
    if when is not None:
        return Timing(False, when, Basis.DATED_NO_PUBLICATION)
    if f.rule.state:
        return Timing(False, None, Basis.STATE)
    if HISTORY.search(lowered, max(start, f.start - 60), f.start) or HISTORY.match(lowered, start):
        return Timing(False, None, Basis.BACKGROUND_WORD)
    if f.rule.form is Form.NOUN and AFTER_IT.search(lowered, max(0, f.start - 30), f.start):
        return Timing(False, None, Basis.HISTORY)
    if (
        RELATIVE.match(lowered, start)
        and start > 0
        and not _going_on(f, lowered, start)
        and not _after_the_clause(f, lowered, start)
    ):
        return Timing(False, None, Basis.RELATIVE_CLAUSE)
    if in_title:
        return Timing(True, None, Basis.TITLE)
    if f.rule.form is Form.NOUN and not in_lead:
        return Timing(False, None, Basis.UNDATED_NOUN)
    if not in_lead and SERVING.match(lowered, f.start):
        return Timing(False, None, Basis.STATE)  # "ему 60 лет, он осужден на 5 лет": his term
    return Timing(True, None, Basis.LEAD if in_lead else Basis.PAST_TENSE)


# a verb in the present tense, and one in the past, of a relative clause
PRESENT_VERB = re.compile(r"(?<!\w)[а-я]{2,}(?:ет|ит|ют|ят|ут|ат)(?:ся)?(?!\w)")
PAST_IN_CLAUSE = re.compile(r"(?<!\w)[а-я]+(?:л|ла|ло|ли|лся|лась|лись)(?!\w)")


# a relative clause of some words closed by a comma: "которая десятый день голодает,"
RELATIVE_CLOSED = re.compile(r"\s*котор\w+\s+[^,;()—–]+,")


def _after_the_clause(f: Found, lowered: str, start: int) -> bool:
    """Whether a trigger follows the relative clause that opens at ``start``, closed before
    it: "X, которая работала в школе, перевели в больницу" tells the move as news (but
    "X, которого, по словам адвоката, избили" is all one clause)."""
    m = RELATIVE_CLOSED.match(lowered, start)
    return m is not None and m.end() <= f.start


def _going_on(f: Found, lowered: str, start: int) -> bool:
    """Whether a relative clause tells in the present tense what lasts, and so is as current
    as its sentence: "X, которая 20 дней держит голодовку, перевели в больницу"."""
    clause = lowered[start : f.end]
    return (
        f.rule.type in LASTING
        and PRESENT_VERB.search(clause) is not None
        and PAST_IN_CLAUSE.search(clause) is None
    )


PAST_VERB = re.compile(r"\w+(?:л|ла|ло|ли|лся|лась|лось|лись|н|на|но|ны|ен)(?!\w)")


def _a_year_before(when: When, lowered: str, verb: str) -> When:
    """A day named without its year that lies ahead of publication, told in the past tense,
    is the one a year before: "задержали 15 апреля" published in March is last April."""
    if PAST_VERB.match(verb) is None or re.search(r"\d{4}|год", lowered[when.start : when.end]):
        return when
    try:
        return when._replace(
            first=when.first.replace(year=when.first.year - 1),
            last=when.last.replace(year=when.last.year - 1),
        )
    except ValueError:  # 29 February
        return when


# the short participle of a term told in the body without a date: the term the person
# serves, not the news of a verdict ("Ему 60 лет, он осужден на пять лет колонии")
SERVING = re.compile(r"осужден[аы]?\s+на\s")


# ---------------------------------------------------------------------------
# One sentence

SCORE = {RefKind.NAME: 0.9, RefKind.PRONOUN: 0.8, RefKind.OBJECT: 0.8}
HOUSE_ARREST = re.compile(r"под\s+домашн\w+\s+арест")
PARDON = re.compile(r"помилова|амнисти")
PAROLE = re.compile(r"условно-досрочн|(?<!\w)удо(?!\w)|пробаци|ограничени\w*\s+свободы")
NON_CUSTODIAL = re.compile(
    r"условн\w*\s+срок|(?<!\w)условно(?!\w)|штраф|ограничени\w*\s+свободы|обязательн\w*\s+работ|"
    r"исправительн\w*\s+работ|принудительн\w*\s+работ|пробаци|заочно"
)


class Place(NamedTuple):
    """Where a sentence stands in the article, and what the sentences before it said."""

    in_title: bool
    in_lead: bool
    told_before: set[str]  # people the sentence before told a dated past event of
    sole: str | None  # the one person the article has named so far, if only one
    carried: Callable[[], tuple[str, ...]] = tuple  # the people the sentence before spoke of
    in_the_news: frozenset[str] = frozenset()  # the people whose last event told was news


# a stage of a case told without its owner ("Процесс начался 16 января") is the case of
# the one person the article is about
CASE_TYPES = frozenset(
    {EventType.TRIAL, EventType.CHARGED, EventType.APPEAL_REJECTED, EventType.CHARGES_DROPPED}
)


# what is done to a verdict or a case, whose owner was named before: "её приговорили ...,
# суд оставил приговор в силе" (but "X обвинил власти" is no charge against X)
OWNED_BY_A_VERDICT = frozenset({EventType.APPEAL_REJECTED, EventType.CHARGES_DROPPED})


def _sentence_events(
    sentence: Sentence,
    lowered: str,
    found: list[Found],
    refs: list[Ref],
    pub: date | None,
    place: Place,
    genders: dict[str, Gender],
) -> list[Reported]:
    refs.sort(key=lambda r: r.start)
    quotes = quotes_ru(lowered, refs)
    if quotes:  # "«Меня задержали», — рассказала X": X; a quote is a clause of its own
        refs = quoted_refs_ru(lowered, quotes, refs)
    everyone = refs
    dates: list[When] | None = None
    events: list[Reported] = []
    earlier: tuple[Ref, ...] = ()  # who the trigger before in the sentence was about
    starts: list[int] = []  # where the trigger of each event starts
    for i, f in enumerate(found):
        refs = visible_refs_ru(f.start, quotes, everyone) if quotes else everyone
        who = _who(f, lowered, refs)
        named = None
        if not who:
            who = _left_out(f, lowered, refs, earlier, place.carried, genders)
            named = LEFT_OUT if who else None
        if not who and f.rule.type in OWNED_BY_A_VERDICT and f.rule.form is not Form.NOUN:
            owners = [r for r in refs if r.end <= f.start and r.kind in OBJECTS]
            if owners:  # "её приговорили ..., суд оставил приговор в силе": her sentence
                who = _listed(lowered, refs, owners[-1])
        if (
            not who
            and place.sole
            and f.rule.form is Form.NOUN
            and f.rule.type in CASE_TYPES
            and not any(r.kind is RefKind.NAME for r in refs)
        ):
            who = (Ref(f.start, f.end, (place.sole,), RefKind.ROLE),)
        if not who or _blocked(f, lowered, who):
            continue
        earlier = who
        if dates is None:
            dates = find_dates_ru(lowered, pub)
        next_start = found[i + 1].start if i + 1 < len(found) else None
        timing = _timing(f, lowered, dates, pub, place.in_title, place.in_lead, next_start)
        if (
            timing is not None
            and timing.basis is Basis.BACKGROUND_WORD
            and {p for r in who for p in r.people} <= place.in_the_news
            and LATER.search(lowered, max(0, f.start - 60), f.start)
            and not HISTORY_ONLY.search(lowered, max(0, f.start - 60), f.start)
        ):  # "X задержали утром. Позже её отпустили": the story goes on, and is news
            timing = Timing(True, None, Basis.FOLLOWS_ON)
        if (
            timing is not None
            and timing.current
            and timing.when is None
            and AT_THE_ARREST.match(lowered, f.end)
            and not {p for r in who for p in r.people} <= place.in_the_news
        ):  # "заявил, что его пытали после задержания": in 2023, when he was detained
            timing = Timing(False, None, Basis.DURING_CUSTODY)
        if (
            timing is not None
            and timing.basis is Basis.PAST_TENSE
            and {p for r in who for p in r.people} <= place.told_before
        ):  # "X задержали в 2021 году. Активистке вменили ...": the story goes on in the past
            timing = Timing(False, None, Basis.DATED_BACKGROUND)
        if timing is not None:
            here = _event(f, sentence, lowered, who, timing, named)
            gapped = _gapped(f, found, lowered, refs, who)
            if gapped:
                here += _event(f, sentence, lowered, gapped, timing)
            events += here
            starts += [f.start] * len(here)
    return _one_turn(events, starts, lowered)


# "X приговорили к трём годам, а Y — к двум": the verb left out after the dash is the same;
# so in a row of them: "оштрафовал X на 30 тысяч, Y — на 45 тысяч, а Z — на 50"
GAP_BEFORE = re.compile(r",\s+(?:а\s+)?(?:(?:также|его|ее|их)\s+)?(?:[а-яё]+\s+)?$")
GAP_AFTER = re.compile(r"\s*[—–-]\s")


def _gapped(
    f: Found, found: list[Found], lowered: str, refs: list[Ref], who: tuple[Ref, ...]
) -> tuple[Ref, ...]:
    """The people the gapped clauses after the trigger name, whom its event is about too:
    "суд приговорил X к трём годам, а Y — к двум годам условно"; each is a name (or a
    list of them) after a comma, followed by a dash."""
    later = [g.start for g in found if g.start > f.start]
    limit = min(later) if later else len(lowered)
    gapped: list[Ref] = []
    skip_to = f.end
    for r in refs:
        if r.kind is not RefKind.NAME or r.start < skip_to or r.start >= limit or r in who:
            continue
        if not GAP_BEFORE.search(lowered, max(f.end, r.start - 40), r.start):
            break
        listed = _listed(lowered, refs, r)
        if not GAP_AFTER.match(lowered, listed[-1].end):
            break
        gapped += listed
        skip_to = listed[-1].end
    return tuple(gapped)


LEFT_OUT = "left out: the person before"
# a turn of the story within a sentence: what follows happened after what went before
TURN = re.compile(r"(?<!\w)(?:но|однако|снова|вновь|повторно|опять|затем|потом|после\s+чего)(?!\w)")
WORD = re.compile(r"[а-яё]+")
# verbs in a row, one step after another: "задержали, допросили и отпустили"
IN_A_ROW = re.compile(r"(?:,\s*|\s+и\s+)(?:[а-яё]+(?:ли|лся|лась|лись)(?:,\s*|\s+и\s+))*")


def _one_turn(events: list[Reported], starts: list[int], lowered: str) -> list[Reported]:
    """A sentence that tells a turn of the story ("приговорил к трём годам, но освободил
    в зале суда"; "освободили, однако через час снова задержали") or its steps in a row
    ("задержали, допросили и отпустили") tells news of each step: none is an earlier
    stage of the others."""
    if len({r.stage for r in events}) < 2:
        return events
    words = sorted({(m.start(), m.end()) for at in starts if (m := WORD.match(lowered, at))})
    in_a_row = len(words) >= 2 and all(
        IN_A_ROW.fullmatch(lowered, a_end, b_start) for (_, a_end), (b_start, _) in pairwise(words)
    )
    if not in_a_row and not TURN.search(lowered, min(starts), max(starts)):
        return events
    latest = max((r.stage for r in events), key=lambda t: STAGE.get(t, 0))
    return [r._replace(stage=latest) for r in events]


def _left_out(
    f: Found,
    lowered: str,
    refs: list[Ref],
    earlier: tuple[Ref, ...],
    carried: Callable[[], tuple[str, ...]],
    genders: dict[str, Gender],
) -> tuple[Ref, ...]:
    """Who a clause that leaves its person out is about: the person of the trigger before
    it in the sentence, or of the sentence before, when nothing in the clause may be
    someone else ("Ковалеву освободили, однако через час снова задержали"; "Сотрудники
    ФСБ пришли к X с обыском. После обыска задержали")."""
    if f.rule.form is Form.NOUN or f.rule.state:
        return ()
    start, end = _clause(lowered, f)
    if any(r.start < end and start < r.end for r in refs):
        return ()  # someone is named in it, and is not the one the verb acts on
    if earlier and earlier[-1].end <= start:
        who = earlier
    elif not refs and (spoken_of := carried()):
        who = (Ref(f.start, f.start, spoken_of, RefKind.ROLE),)
    else:
        return ()
    people = tuple(dict.fromkeys(p for r in who for p in r.people))
    verb = _verb_words(lowered, f).split()[0]
    owned = f.rule.type in CASE_TYPES and not verb_agrees(verb, people, {})
    if not owned and not verb_agrees(verb, people, genders):
        return ()  # "Апелляция отклонена": the appeal is the subject, its owner left out
    if not names_no_one(lowered[start:end], subject=not owned and not is_impersonal(verb)):
        return ()
    return who


def _event(
    f: Found,
    sentence: Sentence,
    lowered: str,
    who: tuple[Ref, ...],
    timing: Timing,
    named: str | None = None,
) -> list[Reported]:
    kind = f.rule.type
    if kind is EventType.RELEASED and HOUSE_ARREST.search(lowered):
        return []  # "выпустили из СИЗО под домашний арест": a house arrest, not freedom
    if kind is EventType.RELEASED:  # freed on parole, or by a pardon: that is what to report
        if PAROLE.search(lowered):
            kind = EventType.PAROLE_GRANTED
        elif PARDON.search(lowered):
            kind = EventType.PARDONED
    day = timing.when.day if timing.when else None
    date_words = (
        f"{day:%B} {day.day}, {day.year}"
        if day
        else lowered[timing.when.start : timing.when.end]
        if timing.when
        else ""
    )
    return reported(
        f,
        kind,
        who,
        timing,
        sentence=sentence,
        evidence=sentence.text,
        named=named or str(who[0].kind),
        date_words=date_words,
        scores=SCORE,
        non_custodial=bool(NON_CUSTODIAL.search(lowered)),
    )
