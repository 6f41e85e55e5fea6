"""Recognise what happened to the people mentioned in an article, and whether it is news.

For each sentence: find the trigger rules that fire (``monitor.core.triggers``, the
table in ``monitor.core.trigger_rules`` and the event lexicon's fallback, whose event is
dropped for a person a table rule found in the sentence), then for each trigger decide

who      the person it happened to (``event_who``), among the names, pronouns and
         descriptions that stand for watchlisted people (``references``);
whether  it happened: not negated, asked for, feared or possible (``event_whether``);
when     news or background, from a date or the tense (``event_when``);

and finally tidy the article's events (``event_tidy``): one per person, type and
currency, an earlier stage of a case as background. A sentence that lists people
after one that spoke of a group ("Police detained 30 people. They include X and Y.")
gives the group's events to the people listed; so does a list after a colon ("Those
freed on Monday:", then a name a line), and a digest's heading with its entries in one
sentence ("Releases: X (Nicaragua); Y (Iran).", each entry only a name and a note).
A post's line with no subject that opens with an event's bare participle ("X is OUT!
Released from prison an hour ago.") is of the one watched person the sentence before
opened with. A release told as news in an item that tells a pardon of a group as news
("pardoned 30 prisoners") is that pardon, unless another route is told ("on bail":
``event_pardon``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import date, datetime
from functools import cache, partial
from operator import attrgetter
from typing import NamedTuple

from monitor.core.counted_lists import COUNTED_IN_LEAD, COUNTED_PEOPLE, counted_list
from monitor.core.dating import Recency, When, find_dates, recency
from monitor.core.event_pardon import BEFORE_A_PARDON, by_another_route, pardons_many
from monitor.core.event_tidy import (
    GROUP_NAMED_AFTER,
    GROUP_TYPES,
    RELEASES,
    STAGE,
    Reported,
    explain,
    reported,
    tidy,
)
from monitor.core.event_when import (
    ANOTHER_VERB,
    DATED,
    STRIKE_REASON,
    Basis,
    Timing,
    after_a_stay,
    date_for,
    in_an_older_year,
    is_since,
    timing_of,
    told_as_past,
    verdict_date,
)
from monitor.core.event_whether import (
    COORDINATED,
    NEGATION,
    answered_yes,
    bail_not_met,
    is_blocked,
)
from monitor.core.event_who import (
    BUT,
    CHAINED,
    NTH,
    RELATION,
    RELATION_AFTER,
    RELATION_OF,
    listed,
    object_of,
    people_refs,
    up_to_next_verb,
    who_for,
)
from monitor.core.history import NOT_READ, History
from monitor.core.references import (
    CASE_OPENS,
    CASE_WORD,
    FRONTED_OPENING,
    GENDER_FEMALE,
    GENDER_MALE,
    GROUP_COUNT,
    OTHER_SIDE,
    PERSON_NOUNS,
    PRONOUN_KIND,
    QUOTE_MARKS,
    ROLE_WORDS,
    Gender,
    Genders,
    Ref,
    RefKind,
    case_refs,
    count_number,
    described_as,
    group_refs,
    holds_quote,
    kin_named,
    kin_refs,
    main_person,
    name_refs,
    opens_with_relative,
    opens_with_watched,
    pronoun_refs,
    quotation_speaker,
    relative_speaks_of,
    someone_else,
    with_others,
)
from monitor.core.regex_needs import fold, guard_patterns, holds_any, needed_words
from monitor.core.sentences import Place, Sentence, split_sentences
from monitor.core.trigger_rules import AMNESTY_THE_GROUP, LEXICON_RULES, RULES
from monitor.core.triggers import (
    NON_CUSTODIAL,
    Form,
    Found,
    Rule,
    candidates_in,
    find_triggers,
    lower,
)
from monitor.core.types import Event, EventType, Mention, changed
from monitor.core.wordlists import PEOPLE_AROUND, SPEECH_VERBS

LEAD_SENTENCES = 3  # the title, and the first sentences of the text, report the news
# a group the lead counted is named in one of the first sentences that name anyone (a
# spokesman or a rights group may be named first: "Police detained three reporters. Union
# head X condemned the arrests. The flats of A, B and C were searched")
LEAD_LIST_WITHIN = 2


_START = attrgetter("start")
_place = partial(tuple.__new__, Place)  # Place(*fields), made without a call of Python code


class Subject(NamedTuple):
    """The last trigger of a sentence given a subject, for the verbs chained to it
    ("X was arrested in May and charged in June")."""

    found: Found
    who: tuple[Ref, ...]
    timing: Timing | None
    blocked: bool = False  # negated, asked for or only possible


def extract_events(
    text: str, mentions: Sequence[Mention], published: datetime | date | None
) -> list[Event]:
    """The events that ``text`` reports about the people in ``mentions``."""
    if not mentions:
        return []
    pub = published.date() if isinstance(published, datetime) else published
    sentences = split_sentences(text)
    title_end = text.find("\n\n")
    genders = Genders(text, mentions)  # each read when first asked for
    found_events: list[Reported] = []
    history = History()  # names seen so far, for pronouns
    last_group: tuple[str, ...] = ()
    # whether a sentence naming no one has spoken of the last group as "they"/"their" since
    # it was named: a "he" or "his" after that is the article's person, if one of them
    group_spoken = False
    groups = Groups()
    trades = Trades()  # what each person was described as: "journalist"
    named_counts: dict[str, int] = {}  # how often each person was named so far
    events_seen = 0
    news = LeadNews(pub)  # what the title and lead report as news, about anyone
    many_pardoned = False  # whether the text tells a pardon of a group as news
    listing: ListHead | None = None  # "Those released include:", for the lines after it
    list_group: tuple[str, ...] = ()  # the people its lines named so far
    carried: bool | None = None  # whether the last dated event was news: for "hours later"
    carried_day: bool | None = None  # ... the last one dated to a day: for "the same night"
    carried_on: date | None = None  # ... and that day: for "three weeks later"
    last_told: dict[EventType, bool] = {}  # each type's last event so far: whether news
    timeline: Ref | None = None  # whose case the dated lines after "Key dates in her case:" tell
    held_before: dict[str, bool] = {}  # the sentence before's dated arrests: whether news
    relative_before: tuple[str, str] | None = None  # "The wife of X ...": (X, "wife")
    abroad: set[str] = set()  # told as living abroad since before the news window
    past_paragraph = False  # in a paragraph that opened with an older date: "On 14 June 2019, ..."
    claim_paragraph = False  # in a fact-check's paragraph of the claim it checks ("CLAIM: ...")
    body_index = 0
    previous: Place | None = None
    previous_hinted = False  # whether the sentence before can hold a trigger (``candidates``)
    # whether the sentence before went on, undated, from an older story before it: what
    # follows it undated goes on with that story too ("... in 2024. He was beaten. He then
    # appeared before a prosecutor, who charged him")
    went_on_from_past = False
    # ... or the sentence before, when it went on from an older story if it holds no date:
    # its dates are read only when the sentence after it has events (``_went_on``)
    if_undated: tuple[str, str] | None = None  # (its text, lowered)
    told_past = False  # whether the sentence before told only of an older story, some dated
    quoted_by: str | None = None  # whose quotation the sentence before ended in
    watched_spoke = False  # the sentence before opened with a watched person
    opened_by: Ref | None = None  # the one watched person the sentence before opened with
    lead_before: Place | None = None  # the sentence before the one before, when it may hold one
    hinted_before: tuple[Rule, ...] = ()  # the sentence before's candidates, and it lowered
    lowered_before = ""
    triggers_before: list[Found] | None = None  # the sentence before's triggers, if read
    named_before = False  # whether anyone watched was named up to the sentence before
    counted_leads: list[Place] = []  # lead sentences that counted a group before any name
    # the counts of people told besides the last group named ("five more people were
    # detained"): "all five" are those, not the group (``_not_the_others``)
    others_counted: frozenset[int] = frozenset()
    naming_sentences = 0  # how many sentences named anyone watched so far
    ordered = sorted(mentions, key=_START)
    lowered_text = lower(text)  # same length: a sentence's slice is the sentence lowered
    next_mention = 0
    # each sentence's candidates, read in one pass over the whole text
    hints = candidates_in(lowered_text, sentences)
    for sentence, hint in zip(sentences, hints, strict=True):
        start, end, sentence_text = sentence  # (read once: a tuple's field costs a lookup)
        opening = sentence_text.lstrip()[:1]  # its first character
        in_title = 0 <= start < title_end if title_end >= 0 else False
        if not in_title:
            body_index += 1
        in_lead = in_title or body_index <= LEAD_SENTENCES
        while next_mention < len(ordered) and ordered[next_mention].start < start:
            next_mention += 1
        names = (
            name_refs(sentence, ordered, next_mention)
            if next_mention < len(ordered) and ordered[next_mention].start < end
            else []
        )
        lowered = lowered_text[start:end]
        new_paragraph = previous is None or "\n" in text[previous.sentence.end : start]
        if new_paragraph:
            past_paragraph = _opens_in_the_past(sentence_text, pub)
            claim_paragraph = CLAIM_LABEL.match(sentence_text) is not None
        elif past_paragraph and _tells_news(sentence_text, pub):
            past_paragraph = False
        if timeline is not None and new_paragraph and not DATED_LINE.match(sentence_text):
            timeline = None  # the timeline ends with its lines
        if timeline is not None and DATED_LINE.match(sentence_text) and not names:
            history.append(timeline)  # each dated line tells of the timeline's person again
        # a sentence that cannot hold a trigger needs no more; nor does a claim a fact-check
        # quotes to check ("CLAIM: \"Nobody has arrested X. She is a free woman\", ...")
        hinted = hint if not claim_paragraph else ()
        found: list[Found] = []
        triggers: list[Found] | None = None  # the sentence's triggers, once read
        refs = names
        opener: Ref | None = None  # someone no one watches who opens it, once read
        opener_read = False
        if hinted:
            context = (
                last_group,
                genders,
                groups,
                trades,
                quoted_by,
                watched_spoke,
                relative_before,
            )
            if names:  # the triggers first: a sentence without one needs no pronouns
                found = triggers = find_triggers(sentence_text, lowered, hinted)
                if found:
                    refs = names + _stand_ins(sentence, names, history, *context)
            else:  # the triggers first here too: most such sentences hold none
                triggers = find_triggers(sentence_text, lowered, hinted)
                refs = []
                if triggers:
                    # "Our brother Hassan was arrested in 2018 ... before he was released": in
                    # a sentence that names no one watched, the "he" or "she" of the relative
                    # it opens with (read here only for its pronouns, when it holds triggers;
                    # else when the history is: ``History.add``)
                    if history.started and opening.isupper():
                        opener, opener_read = someone_else(sentence, names), True
                    own_history: Sequence[Ref] = (
                        [*history, opener]
                        if opener is not None and opener.people[0] in GENDERED_OTHERS
                        else history
                    )
                    refs = _stand_ins(sentence, names, own_history, *context)
                if refs and len(last_group) >= 2:
                    group_spoken = group_spoken or any(r.people == last_group for r in refs)
                    if group_spoken:
                        refs = _the_main_one(sentence_text, refs, last_group, groups, genders)
                # "* Jan. 14, 2022 - Arrested at her home": the timeline's person, unsaid
                dated_line = (
                    DATED_LINE.match(sentence_text) if triggers and timeline is not None else None
                )
                bare = (
                    BARE_PARTICIPLE.match(sentence_text)
                    if triggers and opened_by is not None
                    else None
                )
                if (
                    timeline is not None
                    and dated_line is not None
                    and TIMELINE_PARTICIPLE.match(sentence_text, dated_line.end())
                ):
                    at = dated_line.end()
                    refs.append(Ref(at, at, timeline.people, REF_PRONOUN))
                elif opened_by is not None and bare is not None:
                    # "X is OUT! Released from prison an hour ago.": X, unsaid
                    at = bare.start("verb") if bare.group("verb") else bare.start("dated")
                    refs.append(Ref(at, at, opened_by.people, REF_PRONOUN))
                if refs:
                    found = triggers
        others_counted = _others_counted(
            sentence_text, lowered, frozenset() if names else others_counted
        )
        if others_counted and refs is not names:
            refs = _not_the_others(sentence_text, refs, others_counted)
            if not refs:
                found = []
        if in_lead and COUNTED_PEOPLE.search(sentence_text):
            groups = groups._replace(counted=_lead_counts(groups.counted, sentence_text))
        place = _place((sentence, in_title, in_lead))
        # a lead sentence's dates serve twice: for its events and for the news it reports
        dates = find_dates(sentence_text, pub, lowered) if in_lead and found else None
        persons: list[Ref] | None = None  # the names that are not a group's qualifier, once read
        of_sentence: list[Reported] = []
        if found and refs:
            refs.sort(key=_START)
            everyone = people_refs(sentence_text, refs)  # not "Navalny supporters"
            # (the names among them: a stand-in is never a qualifier, nor ever a name)
            persons = names if len(everyone) == len(refs) else [r for r in names if r in everyone]
            refs = everyone
            of_sentence = _charges_after_the_arrest(
                _charges_of_the_arrest(
                    _sentence_events(
                        place,
                        found,
                        refs,
                        pub,
                        lowered,
                        previous,
                        carried
                        if carried_day is None or not SAME_DAY.search(sentence_text)
                        else carried_day,
                        past_paragraph,
                        dates,
                        sentence_text.endswith("?") and answered_yes(text, start, end),
                        # people first named here, opening a paragraph
                        {p for r in names for p in r.people if p not in named_counts}
                        if new_paragraph
                        else set(),
                        went_on_from_past or _went_on(if_undated, pub),
                        carried_on,
                        in_lead and told_past,
                    )
                ),
                held_before,
            )
            if abroad:
                of_sentence = _before_the_exile(of_sentence, abroad)
            of_sentence = _the_story_of_this_year(
                _retelling_the_lead(_repeating_news(_following_the_main(of_sentence), news), news),
                news,
            )
            if last_told and ALSO.search(sentence_text):
                of_sentence = _also_as_the_last(of_sentence, sentence_text, last_told)
            found_events += of_sentence
            held_before = {
                r.event.person_id: r.event.current
                for r in of_sentence
                if r.event.type in HELD_ON_CHARGES and r.basis in DATED
            }
        else:
            held_before = {}
        # whether the sentence went on, undated, from an older story; so does an undated
        # sentence with no event after one that told only of an older story, in its
        # paragraph: "sentenced her to death in March 1979. Nobody knows where her grave is.
        # Some say she was hanged" (``told_past``; whether it is undated is read only when
        # the sentence after it asks: ``if_undated``)
        if of_sentence:  # (most sentences have no events: no generators to make)
            went_on_from_past = any(
                r.basis is BASIS_AFTER_BACKGROUND for r in of_sentence
            ) and not any(r.event.current for r in of_sentence)
            if_undated = None
        else:
            went_on_from_past = False
            if_undated = (
                (sentence_text, lowered)
                if told_past and not in_lead and not new_paragraph
                else None
            )
        told_past = bool(of_sentence) and (
            any(r.basis in PAST_STORY for r in of_sentence)
            and not any(r.event.current for r in of_sentence)
        )
        if in_lead and hinted:
            if triggers is None:
                triggers = find_triggers(sentence_text, lowered, hinted)
            news.add(place, triggers, dates)
        if names and ";" in sentence_text[: names[0].start]:
            clause, rest, named = _after_semicolon(place, names)
            found_events += _group_events(text, clause, rest, named, pub)
        # the group or the described person of the sentence before: none when it can hold
        # no trigger (``candidates``), so their patterns need not run
        named_after: list[Reported] = []
        of_group: list[Reported] = []
        if previous and names and previous_hinted:
            of_group = _group_events(text, previous, sentence, names, pub)
            found_events += of_group
            if previous.in_lead and not named_before:
                named_after = _named_after_events(text, previous, sentence, names, pub)
                if not named_after and lead_before is not None and lead_before.in_lead:
                    # "A journalist ... was arrested. He was charged ... X, 38, ...": both
                    named_after = _named_after_a_pronoun(
                        text, (lead_before, previous, sentence), names, genders, pub
                    )
                found_events += named_after
        if names and naming_sentences < LEAD_LIST_WITHIN and counted_leads and not of_group:
            # "Police arrested six journalists on Monday. ... Six of the journalists, X; Y;
            # ...": the group a lead counted before anyone was named, for the first names
            # (``LEAD_LIST_WITHIN``), the nearest count first (their list may stand anywhere
            # in the sentence when it tells them nothing of its own)
            own = {r.event.person_id for r in of_sentence}
            alone = not any(p in own for r in names for p in r.people)
            for lead_place in reversed(counted_leads):
                of_group = _group_events(text, lead_place, sentence, names, pub, alone, True)
                if of_group:
                    found_events += of_group
                    counted_leads = []  # the group is named
                    break
        # the sentence before the one before, when the one between says no more
        before_quiet = (
            lead_before
            if names
            and previous is not None
            and lead_before is not None
            and _says_no_more(
                previous.sentence.text,
                triggers_before
                if triggers_before is not None
                else find_triggers(previous.sentence.text, lowered_before, hinted_before)
                if hinted_before
                else [],
            )
            else None
        )
        if before_quiet is not None and not of_group:  # "The trial of four people opened on
            # Monday. Reporters were kept out. In the dock are X, Y and Z": the group's trial
            found_events += _group_events(text, before_quiet, sentence, names, pub)
        if (
            before_quiet is not None
            and before_quiet.in_lead
            and not named_after
            and not named_before
        ):  # "A lawyer was detained on Tuesday. Police gave no reason. X had ...": the lead's
            found_events += _named_after_events(text, before_quiet, sentence, names, pub)
        elif (
            names
            and before_quiet is None
            and lead_before is not None
            and lead_before.in_lead
            and not named_after
            and not named_before
            and renames(sentence_text[: names[0].start], lead_before.sentence.text)
        ):  # "A court jailed an activist on Tuesday. Russia has banned ... The activist,
            # 63-year-old X, was arrested in May": the description taken up past a sentence
            found_events += _named_after_events(text, lead_before, sentence, names, pub)
        listed_now = False  # whether the sentence is an entry of a list that names someone
        if listing is not None:
            if _is_list_item(text, previous, sentence):
                # (a bulleted or numbered line: not a short line after the list)
                listed_now = bool(names) and (
                    BULLET.match(sentence_text) is not None
                    or (
                        previous is not None
                        and NUMBER_ONLY.fullmatch(previous.sentence.text) is not None
                    )
                )
                if names and not (
                    _relative_of(sentence_text[: names[0].start])
                    or RELATION_AFTER.match(sentence_text, names[0].end)
                ):  # "- the brother of X", "- X's lawyer": someone else
                    items = listed(sentence_text, names)
                    found_events += _not_told_otherwise(
                        _listed_events(text, listing, sentence, items), of_sentence
                    )
            else:
                listing = None
                list_group = ()
        if hinted and (
            sentence_text.rstrip().endswith(":")
            or (
                in_title
                and not names
                and HEADING.fullmatch(sentence_text)
                and BULLET.match(text, end)  # the body opens a list
            )
        ):
            listing = _list_head(place, pub) or listing
        elif hinted and names and ":" in sentence_text:
            found_events += _headed_entries(text, place, names, pub)
        if sentence_text.endswith(":") and TIMELINE_HEAD.search(sentence_text):
            # "Here are key dates in her case:"
            timeline = next(
                (r for r in reversed(names if names else history) if r.kind is REF_NAME), None
            )
        if (
            triggers
            and not many_pardoned
            and any(f.rule.type is EventType.PARDONED for f in triggers)
        ):
            many_pardoned = pardons_many(sentence_text, pub)
        lead_before = previous if previous_hinted else None
        hinted_before, lowered_before, triggers_before = hinted, lowered, triggers
        previous, previous_hinted = place, bool(hinted)
        # who opened the sentence, for a quotation's "he said" in the next; a quotation that
        # opens the sentence and names no one goes on with the speaker before
        if names or opening not in QUOTE_MARKS:
            watched_spoke = opens_with_watched(sentence_text, names)
        if holds_quote(sentence_text):
            quoted_by = quotation_speaker(sentence_text, names, quoted_by)
            watched_spoke = watched_spoke or quoted_by is not None
        else:
            quoted_by = None
        if (
            in_lead
            and hinted
            and not names
            and not named_before
            and COUNTED_IN_LEAD.search(sentence_text)
        ):
            counted_leads.append(place)
        named_before = named_before or bool(names)
        naming_sentences += bool(names)
        relative_before = opens_with_relative(sentence_text, names) if names else None
        if (
            names
            and pub is not None
            and holds_any(fold(sentence_text), ABROAD_WORDS)
            and ABROAD_SINCE.search(sentence_text)
        ):
            abroad |= _abroad_since(sentence_text, names, pub)
        if names:
            opened_by = _opened_by(sentence_text, names)
        elif opened_by is not None and not BARE_PARTICIPLE.match(sentence_text):
            opened_by = None  # (``_opened_by`` of no names; a list entry's lines go on with it)
        # its names, and whom no one watches it describes ("Another journalist, Y, was
        # held") or opens with ("His brother was detained"), read when a pronoun asks
        history.add(sentence, names, opener if opener_read else NOT_READ, opening.isupper())
        if names:
            trades.add(sentence_text, names)
            together = tuple(
                dict.fromkeys(
                    p
                    for r in (people_refs(sentence_text, names) if persons is None else persons)
                    for p in r.people
                )
            )
            # ("they" is never the owner of a group named with them: "... with X's foundation")
            last_group = together or tuple(dict.fromkeys(p for r in names for p in r.people))
            group_spoken = False
            if listed_now:  # "- A (7 years); - B (6 years) ... All six were arrested": the list
                list_group = last_group = tuple(dict.fromkeys(list_group + last_group))
            for ref in names:
                for person in ref.people:
                    named_counts[person] = named_counts.get(person, 0) + 1
            others = with_others(sentence_text, names, len(sentence_text))
            if (
                others is None
                and len(names) == 1
                and AND_A_RELATIVE.match(sentence_text, names[0].end)
            ):
                others = names[0]
            groups = _groups(  # (made directly: ``_replace`` costs a call more a sentence)
                (
                    together if len(together) >= 2 else groups.named_together,
                    groups.in_case,
                    main_person(named_counts),
                    others.people[0] if others and len(others.people) == 1 else None,
                    groups.kin + tuple(kin_named(sentence_text, names))
                    if len(names) > 1
                    else groups.kin,
                    _named_so_far(groups.named, sentence_text, names),
                    groups.counted,
                )
            )
        if len(found_events) > events_seen:
            carried = next(
                (
                    r.event.current
                    for r in reversed(found_events[events_seen:])
                    if r.basis in DATED or r.basis is BASIS_PAST_PERFECT
                ),
                carried,
            )
            carried_day = next(
                (
                    r.event.current
                    for r in reversed(found_events[events_seen:])
                    if r.basis in DATED and r.event.date is not None
                ),
                carried_day,
            )
            carried_on = next(
                (
                    r.event.date
                    for r in reversed(found_events[events_seen:])
                    if r.basis in DATED and r.event.date is not None
                ),
                carried_on,
            )
            for r in found_events[events_seen:]:
                last_told[r.event.type] = r.event.current
            in_case = dict.fromkeys(groups.in_case)
            in_case.update(dict.fromkeys(r.event.person_id for r in found_events[events_seen:]))
            groups = _groups(
                (
                    groups.named_together,
                    tuple(in_case),
                    groups.main,
                    groups.with_others,
                    groups.kin,
                    groups.named,
                    groups.counted,
                )
            )
            events_seen = len(found_events)
    # its words first (most texts hold none); FILMED read here, not bound at import:
    # ``guard_patterns`` gives its faster twin
    if pub is not None and holds_any(lowered_text, FILMED_WORDS) and FILMED.search(text):
        found_events = _as_filmed(text, pub, found_events)
    found_events = _released_by_the_pardon(
        _news_told_again(found_events, news), news, many_pardoned
    )
    return tidy(bail_not_met(text, ordered, found_events))


# "Rights group releases video of X's arrest" ... "The footage, filmed in 2023, shows ...":
# an event told as what footage shows (undated, in the title) is as old as the footage
SHOWN_IN = re.compile(
    r"\b(?:videos?|footage|recordings?|images|photos|photographs|pictures)\s+"
    r"(?:of|show|shows|showing)\s+"
    r"(?:[\w'’-]+\s+){0,4}?$",
    re.I,
)
FILMED = re.compile(
    r"\b(?:videos?|footage|recordings?|images|photos|photographs|pictures)\b[^.]{0,40}?"
    r"\b(?:filmed|recorded|shot|taken|made)\s+(?=(?:in|on|during|last)\s)",
    re.I,
)
FILMED_WORDS = needed_words(FILMED.pattern)[0]  # its prefilter: one of them, lowered
FILMED_ON = re.compile(r"(?:(?:in|on|during)\s+)?")  # what may stand before the date


def _as_filmed(text: str, pub: date, found: list[Reported]) -> list[Reported]:
    """``found`` with its undated title events told as what footage shows made background
    when the text dates the footage before the news window."""
    filmed = FILMED.search(text)
    assert filmed is not None
    after = text[filmed.end() : filmed.end() + 40]
    dates = find_dates(after, pub)
    if (
        not dates
        or not FILMED_ON.fullmatch(after, 0, dates[0].start)
        or recency(dates[0], pub) is not Recency.BACKGROUND
    ):
        return found
    kept: list[Reported] = []
    for r in found:
        e = r.event
        if r.basis is Basis.TITLE and e.current and SHOWN_IN.search(e.evidence, 0, r.at):
            rule = explain(r.says, r.named, Basis.FILMED_BEFORE, r.date_words)
            r = r._replace(
                event=dataclasses.replace(e, current=False, rule=rule),
                basis=Basis.FILMED_BEFORE,
            )
        kept.append(r)
    return kept


# a timeline line's date: "2026-05-05", "12/03/2025", "12 March 2025", "March 12, 2025"
_TIMELINE_DATE = (
    r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s+(?-i:[A-Z])[a-z]+(?:\s+\d{4})?"
    r"|(?-i:[A-Z])[a-z]+\s+\d{1,2}(?:,\s+\d{4})?"
)
# A sentence of a post or a headline with no subject, opening with the bare participle
# of an event's verb: "Released from prison an hour ago.", "Detained again at the border.",
# "Sentenced to five years for a post." (no finite verb of its own after it)
BARE_PARTICIPLE = re.compile(
    # ... after a timeline's date, in lower case: "2026-05-05: sentenced to 4 years",
    # "12 March 2025 – formally arrested"
    rf"\s*(?:(?:{_TIMELINE_DATE})\s*(?::|\s[–—-])\s*(?:[a-z]+ly\s+)?(?P<dated>[a-z]+(?:ed|en))|"
    r"(?P<verb>(?-i:[A-Z][a-z]+(?:ed|en))))\b"
    # no verb of its own before a clause of another subject ("... after police said they
    # had found cash" is that clause's)
    r"(?!(?:(?!\b(?:after|when|because|since|who|which|that)\b)[^.!?])*"
    r"\b(?:was|were|is|are|has|have|had|will|would|can|could|did|do|does)\b)"
)
# a time that only a day's event can be the same as: "was taken away the same night" goes on
# from the last event dated to a day, not from one told by its year
SAME_DAY = re.compile(
    r"\b(?:the\s+(?:next|following|same)|that(?:\s+same)?)\s+(?:day|morning|afternoon|evening|night)\b",
    re.I,
)
# A factbox's timeline: its head ("Here are key dates in her case:", "Timeline of X's case:")
# names whose case it tells, or stands for the person named last; its lines open with a date
# and a dash ("* Jan. 14, 2022 - Arrested at her home"), and a line with no subject of its
# own, or a pronoun, tells of that person
TIMELINE_HEAD = re.compile(
    r"\b(?:key|main|important)\s+(?:dates|events|moments)\b[^.;:]{0,60}\bcase\b[^.;]*:\s*$"
    r"|\b(?:timeline|chronology)\s+of\b[^.;:]{0,60}\bcase\b[^.;]*:\s*$",
    re.I,
)
DATED_LINE = re.compile(
    r"\s*[-–—•*·]\s+(?:[A-Z][a-z]{2,8}\.?\s+)?(?:\d{1,2},?\s+)?(?:(?:19|20)\d\d\s*)?[-–—:]\s+"
)
TIMELINE_PARTICIPLE = re.compile(r"(?-i:[A-Z][a-z]*(?:-[a-z]+)?(?:ed|en))\b")
# a list entry: a name, then its role, and nothing else ("Sevinj Mammadova, editor-in-chief.")
LIST_ENTRY = re.compile(
    r",\s+(?:(?:an?|the)\s+)?(?-i:[a-z][\w'’-]*)(?:\s+[\w'’-]+){0,4}\s*[.:]?\s*"
)
# what makes the name that opens a sentence not its only subject: "X's lawyer", "X and Y",
# "X, Y and Z", "X of the party" (not an age: "X, 29, of Hackney, appeared")
NOT_ALONE = re.compile(r"\s*(?:['’]|,(?!\s*\d{1,3}\s*,)|and\b|&|/|of\b|with\b)", re.I)


def _opened_by(text: str, names: list[Ref]) -> Ref | None:
    """The name a sentence opens with as its subject, when it names no one else: who a
    sentence after it with no subject ("Released an hour ago.") speaks of."""
    if not names or names[0].start >= 3 or len(names[0].people) != 1:
        return None
    first = names[0]
    if any(r.people != first.people for r in names) or (
        NOT_ALONE.match(text, first.end) and not LIST_ENTRY.fullmatch(text, first.end)
    ):
        return None
    return first


OPEN_RELATIVE = re.compile(r",\s*(?:who|whom|whose)\b[^,;]*$", re.I)
IN_RELATIVE = re.compile(r",\s*(?:who|whom|whose|which)\b[^,;]*$", re.I)


def _lead_news(
    place: Place, found: list[Found], pub: date | None, dates: list[When] | None = None
) -> tuple[set[EventType], set[EventType]]:
    """The types of the events a title or lead sentence reports as news, whoever they
    happened to ("A court on Thursday sentenced two editors"), and those of them it dates
    ("on Thursday"); ``dates``: the sentence's dates, when the caller has them."""
    text = place.sentence.text
    if dates is None:
        dates = find_dates(text, pub) if found else []
    types = set()
    dated = set()
    for i, f in enumerate(found):
        if f.rule.state or IN_RELATIVE.search(text, 0, f.start) or is_blocked(f, text, (), None):
            continue
        when = date_for(f, dates, _next_start(found, i, len(text)), text)
        timing = timing_of(f, place, when, pub)
        if timing is not None and timing.current:
            types.add(f.rule.type)
            if timing.basis is Basis.DATED_NEWS:
                dated.add(f.rule.type)
    return types, dated


class LeadNews:
    """What the title and lead report as news, about anyone: the types of their sentences'
    current events, and those of them the lead dates (``_lead_news``). A lead sentence is
    read only once an event after it asks for a type that one of its triggers has: most
    are never asked for, and reading one costs the whether and when of each trigger."""

    def __init__(self, pub: date | None) -> None:
        self._pub = pub
        self._unread: list[tuple[Place, list[Found], list[When] | None]] = []
        self._told: set[EventType] = set()
        self._dated: set[EventType] = set()

    def add(self, place: Place, found: list[Found], dates: list[When] | None) -> None:
        """A title or lead sentence, its triggers and (when read) its dates."""
        self._unread.append((place, found, dates))

    def told(self, wanted: AbstractSet[EventType]) -> set[EventType]:
        """The types the lead reports as news (complete for the ``wanted`` ones)."""
        self._read(wanted)
        return self._told

    def dated(self, wanted: AbstractSet[EventType]) -> set[EventType]:
        """The types the lead dates as news (complete for the ``wanted`` ones)."""
        self._read(wanted)
        return self._dated

    def _read(self, wanted: AbstractSet[EventType]) -> None:
        unread = []
        for place, found, dates in self._unread:
            if any(f.rule.type in wanted for f in found):
                told, dated = _lead_news(place, found, self._pub, dates)
                self._told |= told
                self._dated |= dated
            else:  # (no trigger of a wanted type: it cannot report one)
                unread.append((place, found, dates))
        self._unread = unread


def _repeating_news(found: list[Reported], news: LeadNews) -> list[Reported]:
    """ "X, who received 11 months, was released after the hearing": an undated relative
    clause that tells of the event the lead reports, beside news of the same person in the
    main clause, is that news, not background."""
    wanted = {r.event.type for r in found if r.basis is BASIS_RELATIVE_CLAUSE}
    told = news.told(wanted) if wanted else set()
    if not told:
        return found
    main = {r.event.person_id for r in found if r.event.current}
    return [
        _as_news(r, BASIS_REPEATS_NEWS)
        if r.basis is BASIS_RELATIVE_CLAUSE and r.event.type in told and r.event.person_id in main
        else r
        for r in found
    ]


def _retelling_the_lead(found: list[Reported], news: LeadNews) -> list[Reported]:
    """ "Police detained a lawyer and two journalists in dawn raids on Tuesday ... Police
    also detained X": an undated event told in the past tense after the lead's first dated
    news, of a kind the lead dates as news (of anyone, named or not), tells that news of the
    person: as dated as the lead, so no earlier stage of a release told after it ("X was
    released under judicial control")."""
    wanted = {r.event.type for r in found if r.basis in UNDATED_NEWS}
    dated = news.dated(wanted) if wanted else set()
    if not dated:
        return found
    return [
        _as_news(r, BASIS_RETELLS_LEAD) if r.basis in UNDATED_NEWS and r.event.type in dated else r
        for r in found
    ]


# an event told as one more of a kind told before: "X and Y were also arrested", "Apart
# from X, ...", "Like X, Y was jailed", "was sentenced too"
ALSO = re.compile(
    r"\b(?:also|too|as\s+well|likewise|(?:apart|aside)\s+from|besides|like|as\s+with)\b", re.I
)
ALSO_BEFORE = re.compile(r"\balso\s+(?:(?:been|being)\s+)?$", re.I)  # "were also arrested"
# (from the trigger's word on: "arrested a day later, too")
ALSO_AFTER = re.compile(r"[\w'’-]*(?:\s+[\w'’-]+){0,3}?\s*,?\s+(?:too|as\s+well)\b", re.I)
ALSO_OPENING = re.compile(
    r"\s*(?:(?:apart|aside)\s+from|besides|like|as\s+with)\s+[^,]{1,60},", re.I
)  # "Apart from Navlakha, ...", "Like her sister, ..."


def _also_as_the_last(
    found: list[Reported], sentence: str, last_told: dict[EventType, bool]
) -> list[Reported]:
    """ "X was one of five activists arrested in August 2018. Apart from X, Y and Z were also
    arrested": an undated event told as one more of a kind the text told before ("also",
    "too", "as well", "apart from", "like") is as old as the last event of that kind: told
    of an older story, it is background, however news the past tense would read it."""
    more = {
        id(r): r
        for r in found
        if r.basis in ONE_MORE_OF
        and last_told.get(r.event.type) is False
        and _told_as_one_more(sentence, r)
    }
    if not more:
        return found
    # ... and so is a verb of theirs it holds after it: "were also convicted ... but
    # released on bail"
    first: dict[str, int] = {}
    for r in more.values():
        first[r.event.person_id] = min(r.at, first.get(r.event.person_id, r.at))
    return [
        _as_background(r, BASIS_ONE_MORE)
        if id(r) in more
        or (
            r.basis in ONE_MORE_OF
            and r.event.person_id in first
            and r.at > first[r.event.person_id]
            and ANOTHER_VERB.search(sentence, first[r.event.person_id], r.at)
        )
        else r
        for r in found
    ]


def _told_as_one_more(sentence: str, r: Reported) -> bool:
    """Whether the event ``r`` of ``sentence`` (its trigger at ``r.at``) is told as one more
    of its kind."""
    at = r.at
    return bool(
        ALSO_BEFORE.search(sentence, max(0, at - 20), at)
        or ALSO_AFTER.match(sentence, at)
        or ALSO_OPENING.match(sentence)
    )


ONE_MORE_OF = frozenset({Basis.LEAD, Basis.PAST_TENSE, Basis.RETELLS_LEAD})


def _the_story_of_this_year(found: list[Reported], news: LeadNews) -> list[Reported]:
    """ "X was first arrested in 2021 ... In April a court sentenced her to four years", in
    an item whose title or lead reports a sentence: a bare month that took an older year
    from the sentence before it (``event_when.in_an_older_year``) dates the story the article
    is about, this year's (within the news window), not an earlier stage of the older one."""
    wanted = {r.event.type for r in found if r.basis is Basis.IN_AN_OLDER_YEAR}
    told = news.told(wanted) if wanted else set()
    if not told:
        return found
    return [
        r._replace(
            event=changed(
                r.event,
                current=True,
                rule=explain(r.says, r.named, Basis.DATED_NEWS, r.date_words),
            ),
            basis=Basis.DATED_NEWS,
        )
        if r.basis is Basis.IN_AN_OLDER_YEAR and r.event.type in told
        else r
        for r in found
    ]


def _following_the_main(found: list[Reported]) -> list[Reported]:
    """ "A decree on Friday pardoned X, who was released hours later": a relative clause
    told as following the main clause (or as on its eve: "handed over X, who was pardoned
    on the eve of the exchange") is as new as the main clause's event of the same person
    (and background, as any relative clause, beside none)."""
    if not any(r.basis in AT_THE_MAIN for r in found):
        return found
    main = {r.event.person_id for r in found if r.event.current}
    return [
        _as_news(r, r.basis) if r.basis in AT_THE_MAIN and r.event.person_id in main else r
        for r in found
    ]


AT_THE_MAIN = frozenset({Basis.FOLLOWS_MAIN, Basis.EVE_OF_MAIN})

# the decisions of a case an article reports once: the one it tells again later, undated,
# is the same decision (a release by any route is one story)
DECISIONS = frozenset(
    {
        EventType.SENTENCED,
        EventType.APPEAL_REJECTED,
        EventType.PAROLE_DENIED,
        EventType.ACQUITTED,
        EventType.CHARGES_DROPPED,
        *RELEASES,
    }
)
RELEASE_STORY = frozenset(RELEASES)


# "Among those released were A, B and C": the people of the release the article reports
AMONG_RELEASED = re.compile(
    r"\W*among\s+(?:those|the\s+[\w-]+)\s+(?:released|freed|set\s+free|let\s+go)\b", re.I
)


PARDON_RELEASE = "released in the pardon the article reports"
# a release told as that of the group pardon the article reports as news: news, or read
# as background only for how it is told (a noun or a present perfect outside the lead: "The
# release of X has also been confirmed", "X is among those who have regained their
# freedom"), not for a date or a word of the past of its own
OF_THE_PARDON = frozenset(
    {
        Basis.TITLE,
        Basis.LEAD,
        Basis.PAST_TENSE,
        Basis.RETELLS_LEAD,
        Basis.TOLD_AGAIN,
        Basis.REPEATS_NEWS,
        Basis.FOLLOWS_ON,
        Basis.FOLLOWS_MAIN,
        Basis.ONGOING,
        Basis.DATED_NEWS,
        Basis.MADE_KNOWN_NOW,
        Basis.UNDATED_NOUN,
        Basis.PERFECT_OUTSIDE_LEAD,
    }
)


def _released_by_the_pardon(
    found: list[Reported], news: LeadNews, many_pardoned: bool
) -> list[Reported]:
    """ "Among those released were A, B and C" in an item whose title or lead reports a
    pardon (or an amnesty): the list's release is that pardon. So is any release told as
    news, by no other route (``event_pardon.by_another_route``: "on bail"), in an item that
    tells a pardon of a group as news ("pardoned 30 prisoners", "an amnesty ... has freed
    hundreds": ``many_pardoned``): the person is one of the group."""
    among = [
        r
        for r in found
        if r.event.type is EventType.RELEASED
        and (
            (many_pardoned and r.basis in OF_THE_PARDON and not by_another_route(r.event.evidence))
            or (r.event.current and AMONG_RELEASED.match(r.event.evidence))
        )
    ]
    if not among or (
        not many_pardoned and EventType.PARDONED not in news.told({EventType.PARDONED})
    ):
        return found
    pardoned = {id(r) for r in among}
    return [
        r._replace(
            event=changed(
                r.event,
                type=EventType.PARDONED,
                current=True,
                rule=explain(PARDON_RELEASE, r.named, r.basis, r.date_words),
            ),
            says=PARDON_RELEASE,
            stage=EventType.PARDONED,
        )
        if id(r) in pardoned
        else r
        for r in found
    ]


def _story_of(kind: EventType) -> frozenset[EventType]:
    """The types that tell the same decision as ``kind``: any release for a release."""
    return RELEASE_STORY if kind in RELEASE_STORY else frozenset({kind})


def _news_told_again(found: list[Reported], news: LeadNews) -> list[Reported]:
    """ "Their appeal was dismissed" in the item about the appeal, "Among those sentenced are
    X, receiving ten years", "the charge for which X was convicted", "X's early release
    followed ...": an undated decision read as going on from an older story (the sentence
    before told of the past) is the news told again when the person has that decision as
    news, or (but a sentence: "jailed" describes so many) the title or lead reports it of
    anyone, and the text dates no such decision of the person as older before it ("X was
    jailed in 2010 ... was sentenced to two years" keeps the older story's). Told again of
    news the person has, it adds nothing (the news keeps its own evidence)."""
    again = [
        r
        for r in found
        if r.basis is Basis.AFTER_BACKGROUND and r.event.type in DECISIONS and r.event.date is None
    ]
    if not again:
        return found
    current = {(r.event.person_id, r.event.type) for r in found if r.event.current}
    told = news.told({r.event.type for r in again} - {EventType.SENTENCED})
    retold: set[int] = set()
    for r in again:
        story = _story_of(r.event.type)
        person = r.event.person_id
        if not (story & told or any((person, kind) in current for kind in story)):
            continue
        if any(
            o.event.person_id == person
            and o.basis is Basis.DATED_BACKGROUND
            and o.event.type in story
            and o.event.evidence_start <= r.event.evidence_start
            for o in found
        ):
            continue
        retold.add(id(r))
    return [
        _as_news(r, Basis.TOLD_AGAIN) if id(r) in retold else r
        for r in found
        if id(r) not in retold or (r.event.person_id, r.event.type) not in current
    ]


def _as_news(r: Reported, basis: Basis) -> Reported:
    """``r`` read as news, for ``basis``."""
    event = changed(r.event, current=True, rule=explain(r.says, r.named, basis, ""))
    return r._replace(event=event, basis=basis)


def _charges_of_the_arrest(found: list[Reported]) -> list[Reported]:
    """ "X, who was charged with extremism, was arrested on Monday": an undated charge in a
    relative clause is that of the dated arrest (or house arrest) the main clause tells of
    the same person, and as new as it (but "X, who was charged in 2019, ..." keeps its date)."""
    if len(found) < 2:
        return found
    held = {
        r.event.person_id: r
        for r in found
        if r.event.type in HELD_ON_CHARGES and r.basis in DATED and r.event.current
    }
    return [
        _as_news(r, BASIS_CHARGES_OF_THE_ARREST)
        if r.basis is BASIS_RELATIVE_CLAUSE
        and r.event.type is TYPE_CHARGED
        and r.event.person_id in held
        else r
        for r in found
    ]


def _charges_after_the_arrest(found: list[Reported], held: dict[str, bool]) -> list[Reported]:
    """ "X was detained in January with ten colleagues. All of them were charged with
    ...": an undated charge told in the sentence after a dated arrest of the same person is
    that arrest's, and as new as it (``held``: the sentence before's dated arrests, by
    person, and whether each was news)."""
    if not held:
        return found
    return [
        r._replace(
            event=changed(
                r.event,
                current=held[r.event.person_id],
                rule=explain(r.says, r.named, BASIS_FOLLOWS_ON, ""),
            ),
            basis=BASIS_FOLLOWS_ON,
        )
        if r.event.type is TYPE_CHARGED and r.basis in UNDATED_NEWS and r.event.person_id in held
        else r
        for r in found
    ]


# an event read as news only for where it stands and its tense, no date of its own
UNDATED_NEWS = frozenset({Basis.LEAD, Basis.PAST_TENSE})
# an older story, told with its date or going on from one
PAST_STORY = frozenset({Basis.DATED_BACKGROUND, Basis.AFTER_BACKGROUND})

# "X, who has lived in London since 2023, ...", "X has been in exile since 2021": a life
# abroad that began at the date after "since"
ABROAD_SINCE = re.compile(
    r"\b(?:has|have|had)\s+(?:been\s+)?(?:lived|living|based|settled|resided|residing|been)\s+"
    r"(?:in\s+exile|abroad|in\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)\s+(?P<since>since\s)",
    re.I,
)
ABROAD_WORDS = needed_words(ABROAD_SINCE.pattern)[0]  # its prefilter: one of them, folded
SUBJECT_GAP = re.compile(r"\s*(?:,\s*(?:who|whom)\s+|\s)$", re.I)


def _abroad_since(text: str, names: list[Ref], pub: date) -> set[str]:
    """The people a sentence tells as living abroad since a date older than the news
    window (the name right before the verb, or before ", who")."""
    people: set[str] = set()
    for m in ABROAD_SINCE.finditer(text):
        dates = [w for w in find_dates(text[m.start("since") :], pub) if w.start == 0]
        if not dates or recency(dates[0], pub) is not Recency.BACKGROUND:
            continue
        subject = [r for r in names if r.end <= m.start()]
        if subject and SUBJECT_GAP.match(text[subject[-1].end : m.start()] + " "):
            people.update(subject[-1].people)
    return people


# "X left Pakistan after she was charged": the flight, and what came before it
AFTER_BETWEEN = re.compile(r"\b(?:after|when)\b", re.I)


def _before_the_exile(found: list[Reported], abroad: set[str]) -> list[Reported]:
    """ "X, who has lived in London since 2023, ... X left Pakistan after she was charged":
    an undated flight of a person told as abroad since before the news window is that old
    one, background, and so is what the sentence tells as coming before it."""
    flights = {  # person → where the flight's trigger starts in the sentence's evidence
        r.event.person_id: r.at
        for r in found
        if r.event.type is EventType.FLED
        and r.basis in UNDATED_NEWS
        and r.event.person_id in abroad
    }
    if not flights:
        return found
    return [
        _as_background(r, Basis.BEFORE_THE_EXILE)
        if r.basis in UNDATED_NEWS
        and r.event.person_id in flights
        and (
            r.event.type is EventType.FLED
            or AFTER_BETWEEN.search(r.event.evidence, flights[r.event.person_id], r.at)
        )
        else r
        for r in found
    ]


def _as_background(r: Reported, basis: Basis) -> Reported:
    """``r`` read as background, for ``basis``."""
    event = changed(r.event, current=False, rule=explain(r.says, r.named, basis, ""))
    return r._replace(event=event, basis=basis)


# "On 14 June 2024, ...", "In 2019 ...": a paragraph that opens with a date
OPENING_DATE = re.compile(r"\W*(?:On|In|Back in|By|Since|During)\s+(?:the\s+)?(?:\w+\s+){0,2}?\d")


def _went_on(if_undated: tuple[str, str] | None, pub: date | None) -> bool:
    """Whether the sentence before went on from an older story, for the one that went on
    from it if it holds no date (``if_undated``: its text and its text lowered)."""
    return if_undated is not None and not find_dates(if_undated[0], pub, if_undated[1])


def _opens_in_the_past(sentence: str, pub: date | None) -> bool:
    """Whether a paragraph opens with a date older than the news window."""
    opening = OPENING_DATE.match(sentence) if pub is not None else None
    if opening is None:
        return False
    dates = find_dates(sentence[: opening.end() + 30], pub)
    return bool(dates) and dates[0].start < opening.end() and told_as_past(sentence, pub)


def _tells_news(sentence: str, pub: date | None) -> bool:
    """Whether a sentence holds a date within the news window."""
    return any(recency(w, pub) is Recency.NEWS for w in find_dates(sentence, pub)) if pub else False


class Trades(Mapping[str, set[str]]):
    """What each person was described as so far ("journalist", "62-year-old":
    ``described_as``), for the description that stands for one ("the journalist"). The
    sentences that named people are read only once such a description asks: in most
    articles none does."""

    def __init__(self) -> None:
        self._known: dict[str, set[str]] = {}
        self._unread: list[tuple[str, list[Ref]]] = []

    def add(self, sentence: str, names: list[Ref]) -> None:
        """A sentence and the names in it."""
        self._unread.append((sentence, names))

    def _read(self) -> dict[str, set[str]]:
        for sentence, names in self._unread:
            for person, trade in described_as(sentence, names):
                self._known.setdefault(person, set()).add(trade)
        self._unread.clear()
        return self._known

    def __getitem__(self, person: str) -> set[str]:
        return self._read()[person]

    def __iter__(self) -> Iterator[str]:
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())


class Groups(NamedTuple):
    """Who a group word can stand for: the people last named together ("the journalists"),
    and the people the article has given events so far ("the 47 activists")."""

    named_together: tuple[str, ...] = ()
    in_case: tuple[str, ...] = ()
    main: str | None = None  # the person the article is about, for "the trial"
    with_others: str | None = None  # "X and two other lawyers were detained. They ...": X
    kin: tuple[tuple[str, str, str], ...] = ()  # "X's wife, Y": (X, wife, Y), (Y, husband, X)
    named: tuple[tuple[str, str], ...] = ()  # (surname as written, person) of each named so far
    # the plural nouns of people the title and lead counted, each with its one count ("six
    # journalists": journalists, 6), for the noun without a count after ("the journalists")
    counted: tuple[tuple[str, int], ...] = ()


_groups = partial(tuple.__new__, Groups)  # Groups(*fields), made without a call of Python code
LAST_WORD = re.compile(r"([^\W\d_][\w-]*)(?:['’]s?)?\s*$")


def _named_so_far(
    named: tuple[tuple[str, str], ...], sentence: str, names: list[Ref]
) -> tuple[tuple[str, str], ...]:
    """``named`` and the people a sentence's names add, each with the last word of the name
    as written (the surname, in most names: "Aziz Akhtemov" → "Akhtemov")."""
    seen = {person for _, person in named}
    added = []
    for ref in names:
        word = None  # the name's last word, read only for someone not named before (few are)
        for person in ref.people:
            if person not in seen:
                if word is None:
                    last = LAST_WORD.search(sentence, ref.start, ref.end)
                    word = last.group(1) if last else ""
                seen.add(person)
                added.append((word, person))
    return named + tuple(added) if added else named


def _lead_counts(known: tuple[tuple[str, int], ...], sentence: str) -> tuple[tuple[str, int], ...]:
    """``known`` and the plural nouns of people a lead sentence counts ("six journalists");
    a noun counted twice apart ("six journalists ... two journalists") is counted by none."""
    counts = dict(known)
    for m in COUNTED_PEOPLE.finditer(sentence):
        noun, n = m.group("noun").lower(), count_number(m.group("count"))
        if noun not in OTHER_SIDE:
            counts[noun] = n if counts.get(noun, n) == n else 0
    return tuple(counts.items())


# people counted besides those named: "five more people", "three other activists", "two
# others" (the named are not among them)
OTHERS_COUNTED = re.compile(
    rf"\b(?P<count>{GROUP_COUNT})\s+(?:(?:more|other|further)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{PERSON_NOUNS})|others)\b",
    re.I,
)
# "all five", "all five detainees": a count of everyone
ALL_COUNTED = re.compile(rf"\W*all\s+(?:of\s+the\s+)?(?P<count>{GROUP_COUNT})\b", re.I)


def _others_counted(sentence: str, lowered: str, known: frozenset[int]) -> frozenset[int]:
    """``known`` and the counts of people ``sentence`` (``lowered``) tells besides the ones
    named."""
    if "other" not in lowered and "more" not in lowered and "further" not in lowered:
        return known
    counts = {count_number(m.group("count")) for m in OTHERS_COUNTED.finditer(sentence)}
    return known | counts if counts else known


def _not_the_others(sentence: str, refs: list[Ref], others: frozenset[int]) -> list[Ref]:
    """``refs`` but "all five" for a group of fewer when five people were told besides them
    ("X and Y were detained. Five more people were held. All five were later freed": the
    five others, not X and Y)."""
    kept = []
    for r in refs:
        if r.kind is RefKind.GROUP:
            m = ALL_COUNTED.match(sentence, r.start, r.end)
            if m and (n := count_number(m.group("count"))) in others and len(r.people) < n:
                continue
        kept.append(r)
    return kept


# a fact-check's label of the claim it checks, opening a paragraph
CLAIM_LABEL = re.compile(r"\W*(?:CLAIM|Claim|THE CLAIM|The claim)\s*:")


_SINGULAR_KINDS = frozenset({RefKind.PRONOUN, RefKind.OBJECT, RefKind.HER, RefKind.POSSESSIVE})
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def _the_main_one(
    text: str, refs: list[Ref], group: tuple[str, ...], groups: Groups, genders: Genders
) -> list[Ref]:
    """After a group was named together ("X was jailed along with Y and other leaders") and
    then spoken of as "they" or "their", a "he" or "his" in a sentence naming no one is the
    article's person (``Groups.main``) when they are one of the group and the pronoun's
    gender fits them, not the group's member named last ("The court upheld his sentence":
    X's, the article being about X)."""
    main = groups.main
    if main is None or main not in group:
        return refs
    out = []
    for r in refs:
        word = text[r.start : r.end].lower()
        gender = _PRONOUN_GENDER.get(word)
        if (
            r.kind in _SINGULAR_KINDS
            and gender is not None
            and len(r.people) == 1
            and r.people[0] != main
            and r.people[0] in group
            and genders.get(main) in (None, gender)
        ):
            r = Ref(r.start, r.end, (main,), r.kind)
        out.append(r)
    return out


# the stand-ins of a relative who is a man or a woman ("brother", "mother")
GENDERED_OTHERS = ("\0he", "\0she")


def _stand_ins(
    sentence: Sentence,
    names: list[Ref],
    history: Sequence[Ref],
    last_group: tuple[str, ...],
    genders: Genders,
    groups: Groups,
    trades: Trades,
    quoted_by: str | None = None,
    watched_spoke: bool = False,
    relative: tuple[str, str] | None = None,
) -> list[Ref]:
    """The pronouns, descriptions and group words of a sentence that stand for people
    (``quoted_by``: whose quotation the sentence before ended in; ``watched_spoke``: the
    sentence before opened with a watched person)."""
    refs = pronoun_refs(
        sentence,
        names,
        history,
        last_group,
        genders,
        trades,
        quoted_by,
        watched_spoke,
        # the groups a plural word may stand for, the nearest first
        (groups.named_together, groups.in_case, tuple(dict.fromkeys(p for _, p in groups.named))),
        dict(groups.counted) if groups.counted else None,
    )
    if groups.kin:  # "Her husband was detained in 2023": the husband named before
        refs = kin_refs(sentence.text, refs, groups.kin)
    if relative is not None:  # "The wife of X was detained. She spoke of her husband": X
        refs += relative_speaks_of(sentence.text, refs + names, relative)
    if groups.main is not None and (
        CASE_WORD.search(sentence.text) or CASE_OPENS.match(sentence.text)
    ):  # the main person's trial
        taken = refs + names
        refs += [
            c
            for c in case_refs(sentence, groups.main)
            if not any(r.start < c.end + 20 and c.start < r.end for r in taken)
        ]
    if groups.with_others and len(last_group) < 2 and THEY.search(sentence.text):
        taken = refs + names
        refs += [
            Ref(
                m.start(),
                m.end(),
                (groups.with_others,),
                PRONOUN_KIND[" ".join(m.group().lower().split())],
            )
            for m in THEY.finditer(sentence.text)
            if not any(r.start <= m.start() < r.end for r in taken)
        ]
    if len(groups.in_case) >= 2 or groups.named:  # (``group_refs`` finds none else)
        taken = refs + names
        refs += [
            g
            for g in group_refs(sentence, groups.in_case, groups.named)
            if not any(r.start < g.end and g.start < r.end for r in taken)
        ]
    return refs


# ---------------------------------------------------------------------------
# A group named in the sentence after: "Police detained 30 people. They include X."

_GROUP_NOUN = (
    r"(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|[0-9]+)?\s*(?:accused|defendants|"
    r"detainees|prisoners|activists|journalists|bloggers|reporters|men|women|pair|trio)"
)
INCLUDE = re.compile(
    r"^\W*(?:(?:they|those|these|others|the\s+[\w-]+)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:include[sd]?|including)(?:\s*:)?|among\s+(?:them|those|these)\s+(?:was|were|is|are)"
    # "Among those freed was X": one of the group the sentence before freed
    r"|among\s+those\s+(?:freed|released|pardoned|expelled|deported|detained|arrested|"
    r"sentenced|convicted|jailed)(?:\s+on\s+\w+)?\s+(?:was|were|is|are)"
    # "Among those on the flight were X and Y": one of the group the sentence before flew out
    r"|among\s+those\s+(?:on|aboard)\s+(?:the\s+|that\s+)?(?:[\w-]+\s+)?(?:flight|plane|bus|"
    r"list)\s+(?:was|were|is|are)"
    # "In the dock are X, Y and Z", "On trial were X and Y": the accused of the trial before
    r"|(?:in\s+the\s+dock|on\s+trial)\s+(?:was|were|is|are)"
    # "Among the suspects is a journalist named X", "Among the detainees were X and Y"
    r"|among\s+the\s+(?:[\w-]+\s+)?(?:suspects|accused|defendants|detainees|prisoners|"
    r"arrested|detained|people|activists|journalists)\s+(?:was|were|is|are)"
    r"(?:\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?named)?"
    # "They are X and Y", "The two defendants were X and Y", "The accused, X and Y, ..."
    rf"|(?:they|{_GROUP_NOUN}|the\s+(?:two|three|four|five|six))\s+(?:are|were)"
    rf"|{_GROUP_NOUN}\s*,"
    # "One of them, X, was released hours later": a member of the group, named
    r"|(?:one|two|three|some|several|many)\s+of\s+(?:them|those|these|the\s+[\w-]+)\s*,)\s*"
    r"(?:[\w-]+\s+){0,3}?$",
    re.I,
)


THEY = re.compile(
    r"\b(?:they|(?:all|each|both|most)\s+of\s+them|them|their)\b|^\W*both\b(?!\s+(?-i:[A-Z]))",
    re.I,
)
# "X and his brother were arrested. Both were released": X, with someone no one watches
AND_A_RELATIVE = re.compile(
    rf"\s+and\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:{PEOPLE_AROUND})\b", re.I
)


def _relative_of(head: str) -> bool:
    """Whether the words before a name make it someone else's: "supporters of X"."""
    return (
        bool(re.search(r"\b(?:of|for|to)\s+$", head, re.I))
        or RELATION.search(head + " ") is not None
    )


def _after_semicolon(place: Place, names: list[Ref]) -> tuple[Place, Sentence, list[Ref]]:
    """ "Six activists were detained; two of them, X and Y, were freed": the clause before
    the last semicolon ahead of the names, as a sentence of its own, and the rest with its
    names (their offsets moved to it)."""
    whole = place.sentence
    cut = whole.text.rfind(";", 0, names[0].start)
    clause = Sentence(whole.start, whole.start + cut, whole.text[:cut])
    rest = Sentence(whole.start + cut + 1, whole.end, whole.text[cut + 1 :])
    moved = [r._replace(start=r.start - cut - 1, end=r.end - cut - 1) for r in names]
    return place._replace(sentence=clause), rest, moved


POSSESSIVE_NEXT = re.compile(r"['’]s?\s+[a-z]")  # "the two were X's neighbours"
BARE_LIST_GAP = re.compile(r"\s*(?:,|,?\s*and|&)\s*$")
IN_THE_DOCK = re.compile(r"\W*(?:in\s+the\s+dock|on\s+trial)\b", re.I)
# "The trial of four people ... opened": a noun whose own people are counted after it
COUNTED_OF = re.compile(
    r"\s+of\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|dozens\s+of|scores\s+of)\s+(?:[\w-]+\s+){0,2}?(?:people|persons|activists|"
    r"journalists|defendants|men|women|prisoners|students|bloggers|lawyers|members|opponents)\b",
    re.I,
)
# "blogger X; the head of a rights group Y; activists Z and W; and the poet V": entries
# set off by semicolons, each a role and its people (some no one watches), the gap from
# one watched person to the next; never a clause with its own verb ("; police said Y")
SEMICOLON_ENTRIES = re.compile(
    r"(?:\s*(?:,|,?\s*and)\s+[^;]*)?(?:;\s*[^;]*?)*;\s*(?:and\s+)?(?:also\s+)?"
    r"(?:(?:an?|the)\s+)?(?:[\w'’-]+\s+){0,8}?"
)
# ... what makes a gap a clause, not entries: a verb, "not", "but", a sentence's end
NOT_AN_ENTRY = re.compile(
    r"\b(?:was|were|is|are|has|have|had|will|would|said|says|told|not|but)\b|\.\s", re.I
)
# "X, 50, who had been held since 2023, and the student leader Y": an age and an aside
# between two of the people listed, then a role before the next
LISTED_APART = re.compile(
    r"(?:,\s+\d{1,3}(?:,\s+(?:who|whom)\b[^,;]{1,120})?|,\s+(?:who|whom)\b[^,;]{1,120}),?\s+and\s+"
    r"(?:the\s+)?(?:(?!(?:of|for|to)\s)[a-z][\w-]*\s+){0,3}$"
)


# "X and blogger Y", "X, the poet Y": a role between two of the people listed (not a
# clause, a relative or someone's: "X, who met Y", "X and his lawyer Y", "the son of Y")
ROLE_BETWEEN = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}?"
    r"(?:[a-z][\w-]*\s+){0,3}"
)
NOT_A_ROLE = re.compile(
    rf"\b(?:who|whom|whose|which|that|of|for|to|with|by|his|her|their|{PEOPLE_AROUND})\b"
    r"|\b[a-z]+ed\b",
    re.I,
)


def _group_events(
    text: str,
    previous: Place,
    sentence: Sentence,
    names: list[Ref],
    pub: date | None,
    anywhere: bool = False,
    lead: bool = False,
) -> list[Reported]:
    """The events of the group the sentence before spoke of, for the people this one lists:
    after a word that says so ("They include X and Y"), or a list of the size the group was
    counted ("Two journalists were acquitted. Reporter X and editor Y ...": every type; a
    list set anywhere in the sentence, ``anywhere``, or counted in a lead that named no one,
    ``lead``: ``counted_list``, every type but one whose verb counts others)."""
    head = sentence.text[: names[0].start]
    before = previous.sentence
    by_count = INCLUDE.match(head) is None  # the list is the group by its size alone
    if lead and not by_count:
        return []  # "They include X" after a lead sentence of its own: not the lead's group
    if by_count:
        members = counted_list(before.text, sentence.text, names, anywhere, lead)
        if not members:
            return []
    elif (
        _relative_of(head)
        or NEGATION.search(head)
        or RELATION_AFTER.match(sentence.text, names[0].end)
        or POSSESSIVE_NEXT.match(sentence.text, names[0].end)
    ):
        return []  # "they include supporters of X", "they do not include X", "X's brother"
    else:
        members = [names[0]]
        for ref in names[1:]:  # "X, Y and Z", but not "X, the lawyer for Y"
            gap = sentence.text[members[-1].end : ref.start]
            if not (
                BARE_LIST_GAP.match(gap)
                or LISTED_APART.match(gap)
                or (SEMICOLON_ENTRIES.fullmatch(gap) and not NOT_AN_ENTRY.search(gap))
                or (ROLE_BETWEEN.fullmatch(gap) and not NOT_A_ROLE.search(gap))
            ):
                break
            members.append(ref)
    in_dock = IN_THE_DOCK.match(head) is not None  # "In the dock are X and Y": on trial
    both = Sentence(before.start, sentence.end, text[before.start : sentence.end])
    found = find_triggers(before.text)
    dates = find_dates(before.text, pub) if found else []
    events: list[Reported] = []
    for i, f in enumerate(found):
        if f.rule.form is Form.NOUN and not COUNTED_OF.match(before.text, f.end):
            continue  # "absent from this clemency are ...": a noun says less than a verb
        if (
            (in_dock or f.rule.type not in GROUP_TYPES)
            and f.rule.type is not EventType.TRIAL
            and not by_count
        ):
            continue
        if (anywhere or lead) and _counts_others(before.text, f.end, len(members)):
            continue  # "arrested six journalists and assaulted two": not the six
        if is_blocked(f, before.text, (), None) or _describes_others(f, before.text):
            continue
        next_start = found[i + 1].start if i + 1 < len(found) else len(before.text)
        when = date_for(f, dates, next_start, before.text)
        timing = timing_of(f, previous, when, pub)
        if timing is not None:
            events += _event(
                f,
                both.text,
                both,
                tuple(members),
                timing,
                GROUP_NAMED_AFTER,
            )
    return events


# a count right after a verb: its own object ("assaulted two while in custody")
COUNT_AFTER = re.compile(rf"\s+(?:at\s+least\s+|some\s+)?(?P<count>{GROUP_COUNT})\b", re.I)


def _counts_others(sentence: str, at: int, size: int) -> bool:
    """Whether the verb ending at ``at`` has a count of its own other than ``size``."""
    m = COUNT_AFTER.match(sentence, at)
    return m is not None and count_number(m.group("count")) != size


# "sent two Russians convicted of espionage back", "27 people jailed as opponents": a bare
# participle after a counted noun, then "of", "as" or "for", says what those people are
COUNTED_BEFORE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of|"
    r"scores\s+of)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+$",
    re.I,
)
DESCRIBING_AFTER = re.compile(r"\s+(?:of|as|for)\b", re.I)
# ... not a verb after its auxiliary: "Five Kuwaitis have been acquitted of insulting"
AUX_BEFORE = re.compile(r"\b(?:have|has|had|been|was|were|is|are|be|being)\s+$", re.I)


def _describes_others(f: Found, sentence: str) -> bool:
    """Whether ``f`` is a participle that only describes the people counted before it (not
    the event the sentence tells of its group): "an exchange that sent two Russians
    convicted of espionage back to Moscow" convicted no one of the group now."""
    return (
        " " not in sentence[f.start : f.end]
        and DESCRIBING_AFTER.match(sentence, f.end) is not None
        and COUNTED_BEFORE.search(sentence, max(0, f.start - 60), f.start) is not None
        and AUX_BEFORE.search(sentence, max(0, f.start - 12), f.start) is None
    )


# a short sentence that names no one and tells nothing new: "Police gave no reason.",
# "He was 61.", "Police gave no reason for the arrest."
QUIET_WORDS = 12
CAPITALISED_INSIDE = re.compile(r"\s[A-Z]")


def _says_no_more(sentence: str, found: list[Found]) -> bool:
    """Whether a sentence between a describing lead and the name that opens the next one
    leaves them together: short, no one named, no event but a noun for the lead's."""
    return (
        len(sentence.split()) <= QUIET_WORDS
        and CAPITALISED_INSIDE.search(sentence.strip()) is None
        and not holds_quote(sentence)
        and all(f.rule.form is Form.NOUN for f in found)
    )


# "A Kazakh journalist has been sentenced to five years. Ivan Petrov, 45, was ...": a lead
# that names the person only in the next sentence, which opens with the name
# a wire's place before the story: "TASHKENT, Uzbekistan -- ", "BEIJING - ", "WASHINGTON, DC — "
PLACE_LINE = (
    r"(?:(?-i:[A-Z][A-Z .'’-]+)(?:,\s+[A-Z][\w .'’-]*)?\s*(?:\([^()]{2,40}\)\s*)?(?:--|[-—–])\s*)?"
)
_DESCRIBED_ROLES = (
    r"activist|journalist|blogger|dissident|lawyer|poet|writer|businessman|businesswoman|"
    r"banker|politician|defender|musician|artist|couple|researcher|student|critic|reporter|"
    r"editor|opposition figure|opposition leader|scholar|cleric|imam|pastor|priest|"
    r"correspondent|publisher|columnist|broadcaster|laureate|filmmaker|photographer|novelist|"
    r"economist|scientist"
)
DESCRIBED = re.compile(
    rf"\W*{PLACE_LINE}(?:an?|the)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_DESCRIBED_ROLES})\b"
    r"(?P<gap>\s+(?:(?:has|have|had|was|were|been|is|are|\w+ly|also)\s+)*)",
    re.I,
)
NAMED_AFTER = "described, then named in the next sentence"
# The words before a name that take up the one a lead described: the description again
# (its noun, or a woman, a man, an age) with the name in apposition ("The activist,
# 63-year-old X, ...", "The woman, identified as X, ...", "The journalist X ..."), or a
# pronoun or the description identified as the name ("She was named as X"); never someone
# beside them ("The other activist, X", "Another journalist, X", "The activist's lawyer, X")
_NAMED_AS = r"(?:identified|named)\s+(?:by\s+[^,.;:]{1,40}?\s+)?as\s+"
_IDENTIFIED_AS = (
    rf"(?:was|were|has\s+been|had\s+been|is)\s+(?:later\s+|since\s+|now\s+|also\s+)?{_NAMED_AS}"
)
RENAMED_OPENING = re.compile(
    r"\W*(?:(?:the|this)\s+(?!(?:other|second|third|fellow|latter|former|same)\b)"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{_DESCRIBED_ROLES}|woman|man|\d{{1,3}}-year-old)"
    rf"(?:\s*,?\s*(?:(?:who\s+(?:was|has\s+been)\s+)?{_NAMED_AS}"
    r"|aged\s+\d{1,3}\s*,\s*|(?:an?\s+)?\d{1,3}-year-old\s+"
    rf"(?:[a-z][\w-]*\s+){{0,2}}?)?|\s+{_IDENTIFIED_AS})"
    rf"|(?:he|she)\s+{_IDENTIFIED_AS})",
    re.I,
)
_ANY_DESCRIBED = frozenset({"woman", "man"})


def renames(opening: str, lead: str) -> bool:
    """Whether the words before a name (``opening``) take up the one ``lead`` described
    (``RENAMED_OPENING``): a noun of a trade must be the lead's own ("A journalist was
    jailed. The journalist, X, ..."; not "The editor, X, ...")."""
    m = RENAMED_OPENING.fullmatch(opening)
    if m is None:
        return False
    noun = (m.group("noun") or "").lower()
    if not noun or noun in _ANY_DESCRIBED or noun[:1].isdigit():
        return True
    return _word_in_any_case(noun).search(lead) is not None


@cache
def _word_in_any_case(word: str, *, whole: bool = True) -> re.Pattern[str]:
    """A search for ``word`` in any case, as a whole word or (not ``whole``) at a word's
    start ("lawyer" finds "lawyers"): compiled once a word, not once a call."""
    return re.compile(rf"\b{re.escape(word)}\b" if whole else rf"\b{re.escape(word)}", re.I)


# "X, a fellow blogger,", "X, another reporter,": someone beside the one described
ANOTHER_AFTER = re.compile(r"\s*,\s+(?:a\s+fellow|another|also\s+an?)\b", re.I)
# "X, a rights defender, condemned the ruling", "X, head of the bureau, called it an
# outrage", "X has urged ...": someone who speaks of what befell the one described, not them
# (not the described person's own past: "X, 45, had criticised the governor")
_FATE = (
    r"ruling|verdict|sentence|sentencing|arrest|detention|charges?|decision|move|trial|"
    r"conviction|jailing|imprisonment|release|pardon|court|authorities|crackdown|raid"
)
_REACTIONS = (
    r"(?:condemn|denounc|criticis|criticiz|welcom|slamm?|decr[iy]|deplor|prais|lament)"
    rf"(?:e|es|ed|ing|s)?\s+(?:it\b|(?:[\w'’-]+\s+){{0,3}}?(?:{_FATE})\b)"
    r"|urg(?:e|es|ed)\b|call(?:s|ed)\s+(?:for|on|it)\b"
    rf"|call(?:s|ed)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_FATE})\b"
)
# (after the name: an aside set off by commas, "X, 45, a teacher,", or a comma)
_ASIDE = r"(?:\s*,[^,.;]{1,80},)?\s*(?:,\s*)?"
REACTS_AFTER = re.compile(
    rf"{_ASIDE}(?:ha(?:s|ve)\s+)?(?:\w+ly\s+|also\s+)?(?:{_REACTIONS})",
    re.I,
)
# "X, a lawyer for the family,", "X, her colleague,", "X, a spokesman for the group,": one
# who stands beside the one described, by a role the lead did not give them
BESIDE_ROLE_AFTER = re.compile(
    r"\s*,\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?"
    rf"(?P<role>{PEOPLE_AROUND}|spokes(?:man|woman|person)|representative|rights\s+defender)\b",
    re.I,
)


def _beside_the_described(text: str, end: int, lead: str) -> bool:
    """Whether the name ending at ``end`` of ``text`` is followed by what makes it someone
    beside the one ``lead`` described: a reaction to their fate ("X condemned the ruling"),
    or a role beside them that the lead did not give ("X, a lawyer for the family,"; but
    "A lawyer was detained. X, a lawyer for the opposition, ..." is them)."""
    if REACTS_AFTER.match(text, end):
        return True
    role = BESIDE_ROLE_AFTER.match(text, end)
    if role is None:
        return False
    noun = role.group("role").split()[-1].lower().rstrip("s")
    return _word_in_any_case(noun, whole=False).search(lead) is None


# "A blogger who was abducted last year has been sentenced", "A journalist jailed in 2019
# was released": the sentence's own verb after a relative clause or a participle
# ... or after a place, an employer or a second description ("A reporter in the eastern region
# has been sentenced", "A dissident and former dean of the academy has fled", "A lawyer whose
# detention drew protests was released"); not across a speaker's verb or a clause of its own
MAIN_VERB_AFTER = re.compile(
    r"\s*,?\s*(?:who\s|whose\s|[a-z]+(?:ed|en)\s|(?:in|from|for|of|at|with|and)\s)"
    r"(?:(?!\b(?:said|says|told|tells|reported|announced|when|after|before|because|while|as)\b)"
    # (the verb of the description's own relative clause is not its: "who was jailed")
    r"[^.;:]){0,150}?[^,\s](?<!\bwho)(?<!\bwhich)(?<!\bthat)\s+(?:has|have|had|was|were|is|are)"
    r"\s+(?:been\s+)?(?:\w+ly\s+)?",
    re.I,
)
SPEAKS_AFTER = re.compile(
    rf"{_ASIDE}(?:\w+\s+){{0,2}}?(?:{SPEECH_VERBS}|tells|writes|stated|noted|confirmed|"
    r"reported|announced|argued|claimed)\b(?!\s+for\b)",  # (not "writes for a weekly")
    re.I,
)


def _named_after_events(
    text: str, previous: Place, sentence: Sentence, names: list[Ref], pub: date | None
) -> list[Reported]:
    """The events of the person a lead sentence describes, for the name that opens the next."""
    first = names[0]
    opening = sentence.text[: first.start]
    if first.kind is not RefKind.NAME or (
        opening.strip(" \"“‘'")
        and not FRONTED_OPENING.fullmatch(opening)
        and not renames(opening, previous.sentence.text)
    ):
        return []  # (a time or place may open it: "On Tuesday, X was found guilty")
    if (
        RELATION_AFTER.match(sentence.text, first.end)
        or SPEAKS_AFTER.match(sentence.text, first.end)
        or ANOTHER_AFTER.match(sentence.text, first.end)
        or _beside_the_described(sentence.text, first.end, previous.sentence.text)
    ):
        return []  # "X's lawyer said ...", "X said the arrest ...", "X, a fellow blogger,": not X
    before = previous.sentence
    described = DESCRIBED.match(before.text)
    inside = _described_inside(previous, first, pub)
    if described is None:
        return inside
    found = [
        f
        for f in find_triggers(before.text)
        if f.start == described.end()
        or MAIN_VERB_AFTER.fullmatch(before.text, described.end(), f.start)
    ]
    # "A Kazakh couple ... were detained. X and Y were taken from their home": both
    who = tuple(listed(sentence.text, names)) if "couple" in described.group().lower() else (first,)
    events: list[Reported] = []
    for f in found[:1] + [f for f in found[1:] if f.start > described.end()][:1]:
        if f.rule.form is Form.NOUN or is_blocked(f, before.text, (), None):
            continue
        dates = find_dates(before.text, pub)
        if f.start > described.end():  # the date of the clause before the verb is not its own
            dates = [w for w in dates if w.start > f.start]
        when = date_for(f, dates, len(before.text), before.text)
        timing = timing_of(f, previous, when, pub)
        if timing is not None:
            both = Sentence(before.start, sentence.end, text[before.start : sentence.end])
            events += _event(f, both.text, both, who, timing, NAMED_AFTER)
    # ... and what its clauses tell of the one described ("A blogger who disappeared has
    # turned up in custody, ... said he had been detained")
    kinds = {r.event.type for r in events}
    return events + [r for r in inside if r.event.type not in kinds]


# a sentence that goes on with the one a lead described, by "he" or "she"
PRONOUN_OPENS = re.compile(r"\W*(?P<who>He|She)\s")


def _named_after_a_pronoun(
    text: str,
    places: tuple[Place, Place, Sentence],
    names: list[Ref],
    genders: Mapping[str, Gender],
    pub: date | None,
) -> list[Reported]:
    """The events of a lead sentence that describes a person (``_named_after_events``) and of
    the sentence after it that calls them "he" or "she", for the name that opens the next
    (``places``: the three), when the name's gender, if known, is the pronoun's."""
    lead, previous, sentence = places
    said = previous.sentence.text
    opens = PRONOUN_OPENS.match(said)
    if not opens or len(names[0].people) != 1:
        return []
    wanted = GENDER_MALE if opens.group("who") == "He" else GENDER_FEMALE
    if genders.get(names[0].people[0]) not in (None, wanted):
        return []  # "A journalist ... She was released. X (a man) ...": someone else
    described = _named_after_events(text, lead, sentence, names, pub)
    if not described:
        return []
    refs = [
        Ref(m.start(), m.end(), names[0].people, PRONOUN_KIND[m.group().lower()])
        for m in HE_OR_SHE.finditer(said)
    ]
    found = find_triggers(said)
    return described + (_sentence_events(previous, found, refs, pub, lower(said)) if found else [])


# a description in apposition to a name: the person it names, no one named after
NAMED_BEFORE_APPOSITION = re.compile(r"[A-Z][\w'’-]*,\s+$")
# "The daughters of a jailed activist said he resumed a hunger strike": a lead that
# describes the person inside the sentence, and "he" or "she" for them after it
DESCRIBED_INSIDE = re.compile(rf"\b(?:an?)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{ROLE_WORDS})\b", re.I)
HE_OR_SHE = re.compile(r"\b(?:he|she|him|his|her)\b", re.I)
# ... and its relative clause, after an employer or a place: "a correspondent for a radio
# station, who had been sentenced"
WHO_AFTER_DESCRIBED = re.compile(
    r"(?:\s+(?:for|of|from|in|at|with)\s[^,.;:]{1,60})?,\s+(?P<who>who)\b"
)


def _described_inside(previous: Place, named: Ref, pub: date | None) -> list[Reported]:
    """The events of a lead sentence for the person it describes and then calls "he" or
    "she", for the name that opens the next sentence."""
    text = previous.sentence.text
    described = DESCRIBED_INSIDE.search(text)
    if described is None or NAMED_BEFORE_APPOSITION.search(text, 0, described.start()):
        return []  # "Leung Ka-ho, a student, was detained": the one it names describes
    refs = [Ref(described.start(), described.end(), named.people, RefKind.ROLE)]
    refs += [
        Ref(m.start(), m.end(), named.people, PRONOUN_KIND[m.group().lower()])
        for m in HE_OR_SHE.finditer(text, described.end())
    ]
    who = WHO_AFTER_DESCRIBED.match(text, described.end())
    if who:  # "freed a correspondent for a radio station, who had been sentenced": its subject
        refs.append(Ref(who.start("who"), who.end("who"), named.people, RefKind.PRONOUN))
        refs.sort(key=_START)
    found = find_triggers(text)
    return _sentence_events(previous, found, refs, pub, lower(text)) if found else []


# ---------------------------------------------------------------------------
# A list after a colon: "The pardoned prisoners include:", then one name a line


class ListHead(NamedTuple):
    """A sentence that ends with a colon and tells what happened to the people listed
    after it, and when."""

    place: Place
    events: tuple[tuple[Found, Timing], ...]


def _list_head(place: Place, pub: date | None) -> ListHead | None:
    """The group events of a sentence that ends with a colon ("The following activists
    were released on Monday:", "The pardoned prisoners list included:"), or None."""
    text = place.sentence.text
    found = find_triggers(text)
    dates = find_dates(text, pub) if found else []
    events = []
    for i, f in enumerate(found):
        if f.rule.type not in GROUP_TYPES or is_blocked(f, text, (), None):
            continue
        when = date_for(f, dates, _next_start(found, i, len(text)), text)
        timing = timing_of(f, place, when, pub)
        if timing is not None:
            events.append((f, timing))
    return ListHead(place, tuple(events)) if events else None


# a line of a list: after a bullet, or a short line of its own that says no more than
# who someone is ("Journalist X", "X, a lawyer")
BULLET = re.compile(r"\s*(?:[-–—•*·]|\d{1,2}[.)])\s")
NUMBER_ONLY = re.compile(r"\s*\d{1,2}[.)]\s*")
BULLET_ITEM_WORDS = 25
LINE_ITEM_WORDS = 10
A_CLAUSE = re.compile(r"\b(?:was|were|is|are|has|have|had|said|says|will|would)\b", re.I)


def _is_list_item(text: str, previous: Place | None, sentence: Sentence) -> bool:
    """Whether a sentence is a line of a list."""
    if previous is None:
        return False
    words = len(sentence.text.split())
    if NUMBER_ONLY.fullmatch(sentence.text):
        return True  # a list's next number, split off its line
    if BULLET.match(sentence.text) or NUMBER_ONLY.fullmatch(previous.sentence.text):
        return words <= BULLET_ITEM_WORDS  # (a number the sentences split off: "1." "X, ...")
    return (
        words <= LINE_ITEM_WORDS
        and "\n" in text[previous.sentence.end : sentence.start]
        and not A_CLAUSE.search(sentence.text)
    )


def _listed_events(
    text: str, head: ListHead, sentence: Sentence, items: list[Ref]
) -> list[Reported]:
    start = head.place.sentence.start
    both = Sentence(start, sentence.end, text[start : sentence.end])
    events: list[Reported] = []
    for f, timing in head.events:
        events += _event(f, both.text, both, tuple(items), timing, LISTED_AFTER)
    return events


LISTED_AFTER = "listed after a colon"

# A title that heads a list: a participle, and a time at most ("Freed this week",
# "Arrested on Monday"); its lines, numbered or bulleted, name the people
HEADING = re.compile(r"\W*[A-Z][a-z]+(?:ed|en)(?:\s+(?:this|last|on|in)\s+[\w-]+)?\W*")


def _not_told_otherwise(listed: list[Reported], own: list[Reported]) -> list[Reported]:
    """A list line's events from its head, less those its own current news tells at the
    same stage or later ("Freed this week" ... "X, acquitted on appeal": an acquittal, not
    also a plain release)."""
    if not own:
        return listed
    told: dict[str, int] = {}
    for r in own:
        if r.event.current:
            stage = STAGE.get(r.event.type, 0)
            told[r.event.person_id] = max(stage, told.get(r.event.person_id, stage))
    return [r for r in listed if told.get(r.event.person_id, -1) < STAGE.get(r.event.type, 0)]


# A digest's heading and its entries in one sentence, with no verb of their own:
# "Releases: X (Nicaragua); Y (Iran).", "Arrested this week: X, Y and Z."
INLINE_HEAD = re.compile(r"\W*[A-Z][a-z]+(?:\s+[a-z]+){0,3}\s*:\s+")
_AN_ENTRY_NOTE = r"(?:\s*\([^()]{1,40}\))?"
ENTRY_GAP = re.compile(rf"{_AN_ENTRY_NOTE}\s*(?:[;,]|,?\s+and)\s+")
ENTRY_END = re.compile(rf"{_AN_ENTRY_NOTE}\s*[.;!]?\s*")


def _headed_entries(text: str, place: Place, names: list[Ref], pub: date | None) -> list[Reported]:
    """The events of a heading's entries ("Releases: X (Nicaragua); Y (Iran)."), each name
    given the heading's event; none when an entry says more than a name and a note."""
    sentence = place.sentence
    head = INLINE_HEAD.match(sentence.text)
    if head is None or names[0].start != head.end():
        return []
    items = [names[0]]
    for ref in names[1:]:
        if not ENTRY_GAP.fullmatch(sentence.text, items[-1].end, ref.start):
            return []
        items.append(ref)
    if not ENTRY_END.fullmatch(sentence.text, items[-1].end):
        return []
    heading = Sentence(sentence.start, sentence.start + head.end(), sentence.text[: head.end()])
    listing = _list_head(place._replace(sentence=heading), pub)
    return _listed_events(text, listing, sentence, items) if listing else []


# ---------------------------------------------------------------------------
# One sentence


# "X collapsed in his cell and was taken to hospital. He was returned to prison the next
# day": back from the hospital the sentence before tells of, a move between places of
# custody, not a new detention ("X was freed in May. He was returned to prison in June" is,
# and so is "She visited her mother in hospital. She was sent back to prison")
BACK_TO_PRISON = "detained.returned-to-prison"
BACK_FROM_HOSPITAL = next(r for r in RULES if r.name == "transferred.returned-from-hospital")
HOSPITAL = re.compile(r"\b(?:hospital|clinic|infirmary)\b", re.I)


LEXICON_NAMES = frozenset(r.name for r in LEXICON_RULES)


def _sentence_events(
    place: Place,
    found: list[Found],
    refs: list[Ref],
    pub: date | None,
    lowered: str,
    previous: Place | None = None,
    carried: bool | None = None,
    past_paragraph: bool = False,
    known_dates: list[When] | None = None,
    answered: bool = False,  # a question the next sentence answers "Yes"
    introduced: AbstractSet[str] = frozenset(),
    past_before: bool = False,  # the sentence before went on, undated, from an older story
    carried_on: date | None = None,  # the day of the last event dated to one
    past_lead: bool = False,  # the lead so far told only an older story, no news yet
) -> list[Reported]:
    sentence = place.sentence
    text = sentence.text
    dates: list[When] = known_dates or []
    dated = known_dates is not None
    events: list[Reported] = []
    subject: Subject | None = None
    strike: tuple[Found, Timing] | None = None  # the last hunger strike told, and its timing
    unsaid = next((r for r in refs if r.start == r.end), None)  # ``BARE_PARTICIPLE``'s
    # the people a table rule (not the lexicon's fallback) is about: the lexicon's events
    # are dropped for them (``event_lexicon``)
    by_the_table: set[str] = set()
    from_the_lexicon = False
    if unsaid is not None:
        refs = [r for r in refs if r is not unsaid]
    for i, f in enumerate(found):
        if (
            f.rule.name == BACK_TO_PRISON
            and previous is not None
            and HOSPITAL.search(previous.sentence.text)
            and any(  # (taken there: not "visited her mother in hospital")
                g.rule.type is TYPE_TRANSFERRED for g in find_triggers(previous.sentence.text)
            )
        ):
            f = Found(BACK_FROM_HOSPITAL, f.start, f.end)
        next_start = _next_start(found, i, len(text))
        chained = (
            subject is not None
            and f.rule.form is not FORM_NOUN
            and CHAINED.match(text[subject.found.end : f.start]) is not None
            and not any(  # "X fled, and Y, who is in prison, is accused": Y's
                subject.found.end <= r.start < f.start and r.kind is REF_NAME for r in refs
            )
            and not object_of(f, text, refs)
            and not (  # "X, whose brother Y was arrested, was released": the clause closed
                OPEN_RELATIVE.search(text, 0, subject.found.start)
                and "," in text[subject.found.end : f.start]
            )
        )
        who = (
            subject.who
            if chained and subject
            else up_to_next_verb(found, i, text, who_for(f, text, refs))
        )
        if not who and f.rule.type is TYPE_SENTENCED:
            # "X was sentenced to 19 years, Y and Z to 12": the left-out verb's people, when
            # no one watched is its own subject or object
            who = _gapped(f, text, refs, (), next_start)
        if (
            not who
            and unsaid is not None
            and f.start == unsaid.start
            and f.rule.form is not FORM_NOUN
        ):
            who = (unsaid,)  # "X is OUT! Released from prison an hour ago."
        if not who and subject is not None and _held_on_charges(subject.found, f, text):
            who = subject.who  # "ordered him held pending trial on charges of": his charges
        if not who:
            if not chained and f.rule.form is not FORM_NOUN:
                # "His brother was detained after he spoke out, and was released": the verbs
                # chained to it are the unwatched subject's too, not the pronoun's between
                subject = Subject(f, (), None)
            continue
        if not chained and f.rule.form is not FORM_NOUN:
            subject = Subject(f, who, None)
        if f.rule.lexicon:
            from_the_lexicon = True
        else:
            by_the_table.update(p for r in who for p in r.people)
        window_start = None
        own_verb = False
        if chained and subject:
            window_start = subject.found.end
            own_verb = COORDINATED.search(text, window_start, f.start) is not None
            but = BUT.search(text, window_start, f.start)
            if but:  # "was not charged but was released": the negation stays before "but"
                window_start = but.end()
        if chained and subject and subject.blocked and not own_verb:
            continue  # "may have been beaten and hospitalised": the "may" holds for both
        if is_blocked(f, text, who, window_start, answered):
            if subject and subject.found is f:
                subject = subject._replace(blocked=True)
            continue
        if not dated:
            dates, dated = find_dates(text, pub, lowered), True
        verdict = verdict_date(f, text, dates, pub)  # "upheld the sentence handed down in 2022"
        own_dates = verdict[1] if verdict else dates
        own_date = date_for(f, own_dates, next_start, text) or _shared_date(
            found, i, own_dates, text
        )
        timing = timing_of(f, place, own_date, pub, who, carried, carried_on)
        if (
            chained
            and subject
            and subject.timing is not None
            and (own_date is None or own_date.start < subject.found.end)
            and not (own_verb and subject.timing.when and is_since(subject.timing.when, text))
        ):  # "held since 2016 and was found guilty": the state's date is not the verdict's
            timing = subject.timing
        if (
            timing is not None
            and previous is not None
            and (
                (timing.basis is BASIS_PAST_TENSE and not previous.in_lead)
                # ... in a lead that opened with an older story and has told no news yet:
                # "X was sentenced in 2018. He was tried in a military court"
                or (timing.basis in (BASIS_PAST_TENSE, BASIS_LEAD) and past_lead)
            )
            and not (who and who[0].kind is REF_NAME and introduced >= set(who[0].people))
            and (past_before or told_as_past(previous.sentence.text, pub))
        ):  # "X previously served time for Y. He was released after a pardon." (but someone
            # first named at a paragraph's start opens a story of their own: "... Y was
            # freed last year.\n\nX, a professor who fled in 2023, was sentenced in absentia")
            timing = Timing(False, None, BASIS_AFTER_BACKGROUND)
        if (
            timing is not None
            and timing.basis is BASIS_DATED_NEWS
            and timing.when is not None
            and previous is not None
            and pub is not None
            and in_an_older_year(timing.when, text, previous.sentence.text, pub)
        ):  # "In 2019 X was arrested. He was freed on bail in November": that November
            timing = Timing(False, timing.when, BASIS_IN_AN_OLDER_YEAR)
        if (
            timing is not None
            and timing.current
            and timing.basis in (BASIS_PAST_TENSE, BASIS_LEAD)
            and f.rule.type in RELEASES
            and previous is not None
            and pub is not None
            and after_a_stay(text, previous.sentence.text, pub)
        ):  # "X was arrested in April 2004 ... He was released after five months in jail"
            timing = Timing(False, None, BASIS_AFTER_A_STAY)
        if (
            timing is not None
            and timing.basis is BASIS_FOLLOWS_ON
            and timing.current
            and previous is not None
            and told_as_past(previous.sentence.text, pub)
            # "the same night" goes on from the last event dated to a day (``SAME_DAY``)
            and not SAME_DAY.search(text)
        ):  # "X was jailed after the 2011 uprising. He later was convicted": later than that
            timing = Timing(False, None, BASIS_AFTER_BACKGROUND)
        if (
            past_paragraph
            and timing is not None
            and timing.basis in (BASIS_PAST_TENSE, BASIS_LEAD, BASIS_FOLLOWS_ON)
            and timing.current
        ):  # "On 14 June 2024 the court announced its verdict. X was sentenced to five years."
            timing = Timing(False, None, BASIS_IN_A_PAST_PARAGRAPH)
        if (
            strike is not None
            and f.rule.type is not TYPE_HUNGER_STRIKE
            and STRIKE_REASON.match(text, strike[0].end, f.start)
            # (not a reason dated on its own: "in protest at his sentence, which an appeals
            # court upheld in September")
            and (own_date is None or own_date.start < f.start)
        ):  # "on hunger strike since 1 November in protest at being denied medical care"
            timing = strike[1]
        if f.rule.type is TYPE_HUNGER_STRIKE and timing is not None:
            strike = (f, timing)
        if subject and subject.found is f:
            subject = Subject(f, who, timing)
        if timing is None:
            continue
        if f.rule.type is TYPE_SENTENCED:
            who = who + _gapped(f, text, refs, who, next_start)
        if f.rule.form is not FORM_NOUN:
            who = (
                who + _along_with(f, text, refs, who, next_start) + _before_them(f, text, refs, who)
            )
        appeal = (
            f.rule.changes_sentence
            and not LESSENED.search(text, f.start, f.end)
            and _by_appeal(text, previous)
        )
        events += _event(f, text, sentence, who, timing, appeal=appeal)
        if verdict:
            events += _the_verdict(f, text, sentence, who, verdict[0])
    if from_the_lexicon and by_the_table:
        events = [
            r
            for r in events
            if r.rule not in LEXICON_NAMES or r.event.person_id not in by_the_table
        ]
    return events


VERDICT_SAYS = "the verdict the decision is about"


def _the_verdict(
    f: Found, text: str, sentence: Sentence, who: tuple[Ref, ...], when: When
) -> list[Reported]:
    """The dated verdict a decision names ("upheld the sentence handed to X in November"):
    a sentence of its own, background."""
    timing = Timing(False, when, Basis.DATED_BACKGROUND)
    words = _date_words(when, text)
    return [
        r._replace(
            event=changed(r.event, rule=explain(VERDICT_SAYS, r.named, r.basis, words)),
            says=VERDICT_SAYS,
        )
        for r in reported(
            f,
            EventType.SENTENCED,
            who,
            timing,
            sentence=sentence,
            evidence=text,
            named=str(who[0].kind),
            date_words=words,
            scores=SCORE,
            non_custodial=bool(NON_CUSTODIAL.search(text)),
        )
    ]


# "cut his sentence on appeal", "the Court of Appeal increased ...", or "the court" after a
# sentence that named the appeal court: a sentence changed by an appeal is its outcome
APPEAL_COURT = re.compile(
    r"\bon\s+appeal\b|\bappeals?\s+(?:court|judges?|hearing|proceedings|ruling|instance|panel)\b|"
    r"\bcourts?\s+of\s+(?:appeals?|cassation)\b|\bappellate\b|\bcassation\b|"
    r"\b(?:supreme|higher)\s+court\b",
    re.I,
)
# a sentence cut on appeal: the appeal partly won, so no appeal lost (the new, shorter term
# is the sentence); one lengthened on appeal is an appeal lost
LESSENED = re.compile(r"\b(?:reduc|cut|shorten|lower|halv|commut)", re.I)
THE_COURT = re.compile(r"\b(?:the|its)\s+(?:same\s+)?(?:court|judges?|panel)\b", re.I)


def _by_appeal(text: str, previous: Place | None) -> bool:
    """Whether a changed sentence was changed on appeal: the sentence says so, or says "the
    court" right after a sentence that named the appeal court."""
    if APPEAL_COURT.search(text):
        return True
    return (
        previous is not None
        and THE_COURT.search(text) is not None
        and APPEAL_COURT.search(previous.sentence.text) is not None
    )


# "was detained but released on Monday", "arrested and charged on Monday": one date for both
SHARED_GAP = re.compile(
    r"^[^.;:,]{0,40}?\b(?:and|but)\s+(?:(?:was|were|has been|have been)\s+)?(?:\w+ly\s+)?$", re.I
)


def _shared_date(found: list[Found], i: int, dates: list[When], text: str) -> When | None:
    """The date after the verb coordinated right after ``found[i]``, when it has none of
    its own: "was detained but released without charge on Monday"."""
    if not dates or i + 1 >= len(found) or found[i].rule.form is Form.NOUN:
        return None
    after = found[i + 1]
    if after.rule.form is Form.NOUN or not SHARED_GAP.match(text[found[i].end : after.start]):
        return None
    when = date_for(after, dates, _next_start(found, i + 1, len(text)), text)
    return when if when is not None and when.start >= after.end else None


def _next_start(found: list[Found], i: int, end: int) -> int:
    """Where the next trigger after ``found[i]`` starts, skipping the ones of the same type
    right after it ("granted him house arrest in October": one event, its date after both),
    the charges an arrest was made on ("detained on charges of extremism in March 2021":
    the date is the arrest's too) and the sentence an appeal was against."""
    for f in found[i + 1 :]:
        near = f.start - found[i].end <= 20
        same = f.rule.type is found[i].rule.type
        on_charges = f.rule.type is TYPE_CHARGED and found[i].rule.type in HELD_ON_CHARGES
        appealed = (  # "his appeal against the seven-year sentence was rejected in 2023"
            found[i].rule.type is TYPE_APPEAL_REJECTED and f.rule.type is TYPE_SENTENCED
        )
        route = (  # "freed in a presidential amnesty in May": the release's own route
            found[i].rule.type is TYPE_RELEASED
            and f.rule.type in RELEASE_ROUTES
            and f.rule.form is FORM_NOUN
        )
        if not (near and (same or on_charges or appealed or route)):
            return f.start
    return end


HELD_ON_CHARGES = frozenset({EventType.DETAINED, EventType.HOUSE_ARREST})
RELEASE_ROUTES = frozenset({EventType.PARDONED, EventType.PAROLE_GRANTED})
CLAUSE_END = re.compile(r"[.;:]")


def _held_on_charges(held: Found, f: Found, text: str) -> bool:
    """Whether ``f`` says the charges the custody ``held`` reports was ordered on."""
    return (
        f.rule.type is EventType.CHARGED
        and f.rule.form is Form.SUBJECT
        and held.rule.type in HELD_ON_CHARGES
        and 0 <= f.start - held.end <= 80
        and CLAUSE_END.search(text, held.end, f.start) is None
    )


# "X was sentenced to five years, and Y to three": Y's verb is left out; also for a
# relative named in apposition: "sentenced X to three years and his wife, Y, to two"
GAP_BEFORE = re.compile(
    r"(?:,\s*|\s+)(?:and|while|whereas|with)\s+"
    rf"(?:(?:his|her|their)\s+(?:[a-z][\w-]*\s+)?(?:{PEOPLE_AROUND}),\s+)?$",
    re.I,
)
GAP_AFTER = re.compile(
    # (past an age: "and Y, 34, to five years")
    r"(?:,\s+\d{1,3}(?=,))?,?\s+(?:to|for|got|received)\s+(?:an?\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|fifteen|twenty|life|[a-z]+-and-a-half)\b",
    re.I,
)


# ... and after the term before them, with no "and": "X was sentenced to 19 years, Y to
# 12 years", also a pair under one left-out verb: "..., Y and Z to 12 years" (Y as Z)
TERM_COMMA_BEFORE = re.compile(
    r"\b(?:years?|months?|weeks?|days?|imprisonment|prison|jail|life)\s*,\s*$", re.I
)
GAPPED_PAIR_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _gapped(
    f: Found, sentence: str, refs: list[Ref], who: tuple[Ref, ...], next_start: int
) -> tuple[Ref, ...]:
    extra: list[Ref] = []
    names = [
        r for r in refs if f.end <= r.start < next_start and r not in who and r.kind is RefKind.NAME
    ]
    for i, ref in enumerate(names):
        after_a_term = TERM_COMMA_BEFORE.search(sentence, max(0, ref.start - 40), ref.start)
        if (GAP_BEFORE.search(sentence, 0, ref.start) or after_a_term) and GAP_AFTER.match(
            sentence, ref.end
        ):
            extra.append(ref)  # "..., and Y to three", "..., Y to three"
        elif (
            after_a_term
            and i + 1 < len(names)
            and GAPPED_PAIR_GAP.fullmatch(sentence, ref.end, names[i + 1].start)
            and GAP_AFTER.match(sentence, names[i + 1].end)
        ):
            extra.append(ref)  # "..., Y and Z to 12 years": Y (Z by the "and" before it)
    return tuple(extra)


# "X was detained along with Y", "... together with a journalist, Y,", "together with her
# colleague Y": Y too
ALONG_WITH = re.compile(
    # (past a comma: "released on Monday, along with Y")
    r",?\s+(?:[\w'’-]+,?\s+){0,3}?(?:along\s+with|together\s+with|alongside)\s+"
    r"(?:(?:a|an|the|his|her|their|fellow)\s+)?(?:[\w'’-]+\s+){0,3}?(?:[\w'’-]+,\s+)?"
)


def _along_with(
    f: Found, sentence: str, refs: list[Ref], who: tuple[Ref, ...], next_start: int
) -> tuple[Ref, ...]:
    if "along" not in sentence and "together" not in sentence:
        return ()
    # ... after the verb's own objects, when they follow it: "freed X and Y, along with
    # dissidents such as Z"
    start = max([f.end, *(r.end for r in who if r.start >= f.end)])
    after = [r for r in refs if start <= r.start < next_start and r.kind is RefKind.NAME]
    if not after or after[0] in who or not ALONG_WITH.fullmatch(sentence, start, after[0].start):
        return ()
    if RELATION_OF.search(sentence, start, after[0].start):
        return ()  # "along with the son of his lawyer Y": the son, whom no one named
    # ("together with her colleague Y", "along with his lawyer Y": Y too)
    return tuple(r for r in listed(sentence, after) if r not in who)


# "X became the seventh person sentenced, following A, B and C": the list had it first
NTH_PERSON = re.compile(rf"\b{NTH}\b", re.I)
PRECEDED_BY = re.compile(
    r"[^.;]{0,120}?(?:,|\s[—–-])\s*(?:following|after|joining|like|as\s+(?:did|were|was))\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?$"
)


def _before_them(f: Found, sentence: str, refs: list[Ref], who: tuple[Ref, ...]) -> tuple[Ref, ...]:
    after = [r for r in refs if r.start >= f.end and r.kind is RefKind.NAME and r not in who]
    if not after or not NTH_PERSON.search(sentence, max(0, f.start - 80), f.start):
        return ()  # (the names after it first: most events have none, and they cost less)
    if not PRECEDED_BY.match(sentence[f.end : after[0].start]):
        return ()
    return tuple(listed(sentence, after))


SCORE = {
    RefKind.NAME: 0.9,
    RefKind.PRONOUN: 0.8,
    RefKind.POSSESSIVE: 0.8,
    RefKind.OBJECT: 0.8,
    RefKind.HER: 0.8,
}
# (not the group: "Amnesty said", "Amnesty International")
PARDON_WORD = re.compile(
    rf"\bpardon(?!\s+committee)|\bamnest(?!y\b)|\bamnesty{AMNESTY_THE_GROUP}", re.I
)
# ... and "under the alternative sentencing law", "serve the rest of their terms outside
# prison": the rest of a term outside prison is parole in all but name (but "judicial
# probation", as Turkish news writes judicial control, is a release pending trial)
PAROLE_LIKE = re.compile(
    r"\bparole\b|\bearly release\b|\bconditional (?:release|liberty)\b|"
    r"(?:replac|convert|commut)\w+\s+(?:the\s+)?(?:rest|remain\w*)|(?<!judicial )probation|"
    r"\balternative\s+sentenc\w+|"
    r"\b(?:rest|remainder)\s+of\s+(?:his|her|their)\s+(?:terms?|sentences?)\s+(?:outside|at\s+home)",
    re.I,
)


def _event(
    f: Found,
    text: str,
    sentence: Sentence,
    who: tuple[Ref, ...],
    timing: Timing,
    named: str | None = None,
    *,
    appeal: bool = False,
) -> list[Reported]:
    kind = f.rule.type
    if kind is TYPE_RELEASED:  # freed on parole, or by a pardon: that is what to report
        # ... in its own part of a line set off by semicolons ("X – term served; Y –
        # released on parole": X's release is no parole)
        part_end = text.find(";", f.end)
        part = text[text.rfind(";", 0, f.start) + 1 : part_end if part_end >= 0 else len(text)]
        if PAROLE_LIKE.search(part) and not re.search(
            r"(?:denied|refused|rejected)\s+(?:\w+\s+){0,3}?parole", part, re.I
        ):
            kind = TYPE_PAROLE_GRANTED
        elif PARDON_WORD.search(BEFORE_A_PARDON.sub(" ", part)):
            kind = TYPE_PARDONED  # (not "prior to this pardon, X was released": before it)
    kinds = (kind, TYPE_APPEAL_REJECTED) if appeal else (kind,)
    non_custodial = TYPE_SENTENCED in kinds and bool(NON_CUSTODIAL.search(text))
    return [
        r
        for k in kinds
        for r in reported(
            f,
            k,
            who,
            timing,
            sentence=sentence,
            evidence=text,
            named=named or str(who[0].kind),
            date_words=_date_words(timing.when, text),
            scores=SCORE,
            non_custodial=non_custodial,
        )
    ]


def _date_words(when: When | None, text: str) -> str:
    """ "July 17, 2019" for a day, else the words of the date ("in March", "last week")."""
    if when is None:
        return ""
    day = when.day
    if day is not None:
        return f"{MONTH_NAMES[day.month]} {day.day}, {day.year}"
    return text[when.start : when.end].strip()


MONTH_NAMES = {month: f"{date(2001, month, 1):%B}" for month in range(1, 13)}  # "%B", once


# The enum members the event readers' loops read, as globals: read off its class, a member
# goes through the __getattr__ hook of the enums' metaclass (Python 3.11), about ten times
# a global's cost (match.py does the same)
BASIS_AFTER_A_STAY = Basis.AFTER_A_STAY
BASIS_AFTER_BACKGROUND = Basis.AFTER_BACKGROUND
BASIS_CHARGES_OF_THE_ARREST = Basis.CHARGES_OF_THE_ARREST
BASIS_DATED_NEWS = Basis.DATED_NEWS
BASIS_FOLLOWS_ON = Basis.FOLLOWS_ON
BASIS_IN_AN_OLDER_YEAR = Basis.IN_AN_OLDER_YEAR
BASIS_IN_A_PAST_PARAGRAPH = Basis.IN_A_PAST_PARAGRAPH
BASIS_LEAD = Basis.LEAD
BASIS_ONE_MORE = Basis.ONE_MORE
BASIS_PAST_PERFECT = Basis.PAST_PERFECT
BASIS_PAST_TENSE = Basis.PAST_TENSE
BASIS_RELATIVE_CLAUSE = Basis.RELATIVE_CLAUSE
BASIS_REPEATS_NEWS = Basis.REPEATS_NEWS
BASIS_RETELLS_LEAD = Basis.RETELLS_LEAD
FORM_NOUN = Form.NOUN
REF_NAME = RefKind.NAME
REF_PRONOUN = RefKind.PRONOUN
TYPE_APPEAL_REJECTED = EventType.APPEAL_REJECTED
TYPE_CHARGED = EventType.CHARGED
TYPE_HUNGER_STRIKE = EventType.HUNGER_STRIKE
TYPE_PARDONED = EventType.PARDONED
TYPE_PAROLE_GRANTED = EventType.PAROLE_GRANTED
TYPE_RELEASED = EventType.RELEASED
TYPE_SENTENCED = EventType.SENTENCED
TYPE_TRANSFERRED = EventType.TRANSFERRED

guard_patterns(globals())  # the same matches, skipping fast to where one can start
