"""The side conditions a trigger rule may carry: what a pattern alone cannot say, checked
by ``monitor.core.triggers.applies``. Both the rule table (``trigger_rules``) and the event
lexicon (``event_lexicon``) name them, so they live apart from both."""

from __future__ import annotations

from enum import StrEnum


class Check(StrEnum):
    """A side condition a pattern alone cannot say (``monitor.core.triggers.applies``)."""

    NONE = "none"
    PAROLE_IN_SENTENCE = "parole named in the sentence"  # "rejected three requests": for parole?
    TO_A_CUSTODY_PLACE = "moved to a place of custody"  # "transferred to a colony", not a school
    CUSTODY_PLACE_AFTER = "a place of custody after it"  # "his transfer to a penal colony"
    TRIAL_STARTS = "it starts or takes place"  # "his trial began", not "was postponed"
    APPEAL_REJECTED_AFTER = "rejected after it"  # "his appeal was dismissed"
    NOT_BEING_SERVED = "not a term being served"  # "serving a five-year sentence": background
    # "rejected an appeal by X against a five-year sentence": the ruling is the news
    NOT_SERVED_OR_APPEALED = "not a term being served or appealed in vain"
    CHARGED_PERSON = "a person charged, not a thing or the convicted"  # "X's phone was charged"
    ARREST_MOMENT = "the moment of an arrest"  # "his detention on Monday", not "his detention"
    NOT_ITS_TERMS = "not the terms of it"  # "violated the conditions of his release"
    NOT_ENDED = "not ended or lifted"  # "a judge ended his house arrest": no house arrest
    NOT_A_CONVICTION = "no conviction in the sentence"  # "jailed after being found guilty"
    AFTER_A_TERM = "right after a sentence or term"  # "the sentence he received in 2020"
    NOT_A_CAUSE = "not what led to the news"  # "jailed following his conviction": one event
    A_NAME_AFTER = "a name or description follows"  # "seized X", not "seized documents"
    A_NAME_BEFORE = "a name and a comma before it"  # "X, 3 years", not "three years, 5 months"
    BY_A_STATE = "a state does it"  # "Belarus handed over X": to another state
    CARE_ASKED_FOR = "care recommended for the person"  # "doctors recommended that she be"
    NOT_A_THING_OF_THEIRS = "not a thing of theirs"  # "X's laptop was taken away": no arrest
    NOT_HELD_FOR_TRIAL = "not held for a trial"  # "jailed for two months pending trial"
    NOT_ACCUSED_ONLY = "not held for a trial or on charges"  # "jailed ... on charges of"
    NOT_BY_CRITICS = "not an accusation by critics"  # "critics accuse X of corruption"
    DESCRIBES_THE_PERSON = "a description set after a name"  # "X, the exiled editor"
    NOT_AN_OCCASION = "a person held, not an occasion"  # "the trial was held on Monday"
    NOT_STOPPED_LEAVING = "not stopped as they left"  # "arrested just before leaving Japan"
    NOT_RESISTED = "not resisted or sought"  # "to resist deportation", "whose extradition X seeks"
    BY_THE_AUTHORITIES = (
        "by the police or security"  # "police picked X up", not "picked up her son"
    )
    BY_A_COURT = "a court does it"  # "the court confirmed the sentence", not "sources confirmed"
    OF_THE_VERDICT = "an appeal of the verdict"  # not "appeal against pretrial detention"
