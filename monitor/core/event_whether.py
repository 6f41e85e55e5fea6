"""Whether an event happened: not negated, asked for, feared, possible or denied.

"X was not released", "called for his release", "faces up to ten years", "could be
freed", "prosecutors asked for", "denied that X was tortured" (or "denies X is on hunger
strike"), "no one has been charged", "it is unclear whether X was freed" say that nothing
happened (yet). A request that was granted is no longer
a request ("accepted his appeal and overturned the verdict"), and "the court ordered X
to be released" did happen. A grant of bail is no release when a later sentence keeps the
person held ("granted bail to X. But X remained in prison": ``bail_not_met``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from monitor.core.event_tidy import RELEASES, Reported
from monitor.core.event_when import PERFECT
from monitor.core.event_who import BUT
from monitor.core.references import Ref, RefKind
from monitor.core.regex_needs import fold, guard_patterns, holds_any, needed_words
from monitor.core.trigger_rules import SENT_FOR_A_TERM_OR_ACT
from monitor.core.triggers import Form, Found
from monitor.core.types import EventType, Mention
from monitor.core.wordlists import BEFORE_A_TIME, MONTHS, SPEECH_VERBS

NEGATION = re.compile(
    r"\b(?:not|never|no longer|neither|nor|without being|yet to be|refus(?:ed|es|e) to|"
    r"declin(?:ed|es|e) to|fail(?:ed|s)? to|denied that|denies that|deny that)\b|n['’]t\b|"
    r"\b(?:nearly|almost)\s+(?:been\s+|being\s+)?$|"  # "was nearly arrested"
    r"\bno\s+(?:formal\s+|criminal\s+|new\s+|further\s+)?$|"  # "no charges were filed"
    # "no one has been charged": nobody is its subject
    r"\b(?:no\s+one|no-one|nobody)\s+(?:(?:has|have|had|was|were|is|will|would)\s+)?(?:yet\s+)?(?:been\s+|be\s+)?$|"
    r"\b(?:barred|banned|prevented|stopped|prohibited|forbidden)\s+(?:\w+\s+)?from\s+$",
    re.I,
)
# a condition told by inverting its verb: "had he been convicted", "Had she been sentenced,
# ...", "were he to be extradited" (no "if"; not "he had been convicted": it happened)
COUNTERFACTUAL = re.compile(
    r"(?:^|[^\w\s]\s*|\b(?-i:[a-z][\w'’-]*)\s+)(?:had|were|should)\s+(?:he|she|they|"
    r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})\s+(?:not\s+)?(?:been|to\s+be|be)\s+"
    r"(?:\w+ly\s+)?$",
    re.I,
)
# ... and the inverted "had" right before the event, with any pronoun and with or without
# "been": "had it not been", "had we not" (a name, "were", "should", an adverb and the
# longer window are COUNTERFACTUAL's alone)
INVERTED_IF = re.compile(r"\bhad\s+(?:he|she|they|it|we|you|i)\s+(?:not\s+)?(?:been\s+)?$", re.I)
# (MODALITY and the patterns marked "folded" run on ``fold``-ed text, without re.I)
MODALITY = re.compile(  # folded
    # "may", but not the month: "in May", "since May", "May 14", "14 May"
    # (none the second half of a compound: "award-winning", "hip-hop", "long-awaited")
    r"\b(?<!-)(?:could|would|might|(?<!\bin\s)(?<!\bof\s)(?<!\bsince\s)(?<!\bearly\s)(?<!\blate\s)"
    r"(?<!\bmid-)(?<!\blast\s)(?<!\buntil\s)(?<!\bby\s)(?<!\d\s)may(?!\s+\d)|will|shall|should|"
    r"must|can|cannot|faces?|facing|risks?|"
    r"risking|threat\w*|demand\w*|urg\w+|"
    # "called for", also with a time or an adverb between: "called in August for his release"
    r"call(?:s|ed|ing)?\s+(?:(?:in|on|during|last|this|earlier|since)\s+(?:\w+\s+){1,2}?|"
    r"(?:again|repeatedly|publicly|also|jointly|today|yesterday)\s+)?for|"
    r"call(?:s|ed|ing)?\s+on|asks?\s+for|asked\s+for|asking\s+for|request\w*|"
    # "has applied for early release", "her application for parole": a request
    r"appl(?:y|ies|ied|ying)\s+for|applications?\s+for|appeal\w*\s+for|plea(?:s|d|ds|ded|ding)?\s+for|beg\w*\s+for|seek\w*|sought|"
    r"petition(?!ers?\b)\w*|ask(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,5}?to|hop(?:e|es|ed|ing)|expect\w*|plan\w*|want\w*|wish\w*|if|unless|whether|"
    r"possib\w+|potential\w*|likely|set to|due to|scheduled|pending|rumou?r\w*|"
    r"(?:order|allow|force|pressur)\w*\s+\w+\s+to|intend\w*|prepar\w+|threaten\w*|"
    r"campaign\w*\s+for|push\w*\s+for|fight\w*\s+for|lobb\w+\s+for|until|awaiting|await\w*|"
    # "efforts for his release have been ongoing", "a bid for her release": a goal
    r"efforts?\s+(?:\w+\s+)?(?:for|towards?)|bids?\s+for|struggle\s+for|"
    r"in order to|so that|attempt\w*|tried to|try to|poised to|about to|wait\w*|"
    # "pressure to achieve the release of X", "efforts to obtain his release", "to win her
    # freedom": a goal ("achieved", "obtained", "won": reached, told by the verb itself)
    r"secur(?:e|es|ing)|achiev(?:e|es|ing)|obtain(?:s|ing)?|win(?:s|ning)?|"
    r"feared\s+to\s+have)\b",
)
ALLOWED_TO = re.compile(  # folded
    r"\b(?:(?:decision|ruling|order)(?:\s+(?:by|of)(?:\s+[\w'’-]+){1,4}?)?|decided|agreed|"
    r"voted|ruled|moved)\s+to\s+(?:\w+\s+)?$",
)
# a possessive that owns the event's noun, told by the verb before it: "a threat to start his
# own hunger strike", "plans to begin her hunger strike" (the clause up to the possessive)
OWNER_VERB_WINDOW = 60
# ... the verb, infinitive or after a modal: "to start his", "will continue her"
OWNER_VERB = re.compile(
    r"\b(?:to|will|would|could|might|may|shall|should|must|can)\s+(?:\w+ly\s+)?[a-z]+\s+$"
)
OWN = re.compile(r"\s*(?:own\s+)?", re.I)  # between the possessive and the event: "his own"
CLAUSE_START = re.compile(
    r".*(?:[,;:]|\b(?:when|that|which|who|after|before|because|as)\b)", re.I | re.S
)


ORDERED = re.compile(r"\b(?:ordered|orders)\s+(?:that\s+)?$", re.I)
ORDERED_TO = re.compile(r"\s*(?:,\s*)?to\s+be\s+(?:\w+ly\s+)?", re.I)
# a court's ruling in the words of a decree: "the court ruled that X shall be acquitted",
# "the judges decided that X and Y be released", "the tribunal ordered that X must be freed"
# (a court as who rules: not "the UN group found that X should be released", a view)
COURT_RULED_THAT = re.compile(
    r"\b(?:court|courts|judges?|tribunal|bench|chamber|justices?)\b[^.;:]{0,60}?"
    r"\b(?:ruled|decided|decreed|ordered|held)\s+that\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}?$",
    re.I,
)
RULED_BE = re.compile(
    r"\s*(?:,\s*)?(?:(?:shall|should|must)\s+|(?:is|are)\s+to\s+)?be\s+(?:\w+ly\s+)?", re.I
)
# "accepted his appeal and overturned ...": a request granted is no longer a request
GRANTED_REQUEST = re.compile(
    r"\b(?:accepted|granted|upheld|satisfied|approved)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:request|demand|appeal|petition|motion|complaint|plea)\w*",
    re.I,
)
GRANTED_WORDS = needed_words(GRANTED_REQUEST.pattern)[0]  # its prefilter: one of them, lowered
# "vowed to refuse food until she is freed", "would stay until he was released": what a vow
# or a will waits for, not an event
UNTIL_CONDITION = re.compile(
    r"\b(?:would|will|vow\w*|pledg\w*|promis\w*|swore|swear\w*)\b[^.;]{0,100}?\buntil\s+"
    # (the person as named, with a title or a description: "Mr. X", "our colleague X")
    r"(?:he|she|they|(?:(?:our|the|their|his|her|its)\s+(?:[a-z][\w'’-]*\s+){0,2}?)?"
    r"(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:is|was|were|are|be|"
    r"has\s+been|had\s+been|have\s+been)\s+$"
)
UNTIL_OWNER = re.compile(r"\buntil(?=\s+(?:his|her|their|[\w-]+['’]s?)\s+$)", re.I)
UNSURE = re.compile(
    r"\b(?:(?:whether|if|unless)\s+(?:[\w-]+\s+){0,2}?|rumou?rs?\s+(?:\w+\s+){0,3}?that\s+)$", re.I
)
# the last "after", "because" or "following" before a noun: a clause that tells what
# happened, whatever the words before it fear or ask
AFTER_CLAUSE = re.compile(r".*\b(?:after|because|following|since)\s+", re.I | re.S)
CLOSED_ASIDE = re.compile(r"\s*,[^,;]{1,80},\s*(?=\S)")
REQUEST_HEAD = re.compile(
    r"\b(?:ask|urg|request|demand|press|petition|call)\w*\s+(?:[\w'’-]+\s+){0,5}?to\s+"
    r"[\w-]+\s+(?:[\w'’-]+\s+)?$",
    re.I,
)
# ... and a second clause under the same verb: "denied that X was beaten and that he ..."
_AND_THAT_TOO = r"(?:\b[^.;]*\band\s+that)?"
DENIAL = re.compile(
    rf"\b(?:denied|denies|deny|rejected|dismissed)\s+(?:\w+\s+){{0,2}}?that{_AND_THAT_TOO}\s+$",
    re.I,
)
# "the prison denies X is on hunger strike": a denial whose clause has no "that"
# ... or a denial of what was said: "denies reports X has been freed", "denied claims X was"
DENIED_CLAUSE = re.compile(
    r"\b(?:denied|denies|deny)\s+(?:(?:the\s+)?(?:reports?|claims?|rumou?rs?|allegations?)\s+)?$",
    re.I,
)
CLAUSE_VERB = re.compile(r"\s*(?:is|was|were|are|has|had|have)\b", re.I)
# the lower-case words that describe the person after "that": "that (the jailed journalist) X"
# (not through another "that": "said that reports that X had been ..." keeps its reports)
DESCRIBED_TAIL = re.compile(r"(?<=\bthat )(?:(?!that\b)(?-i:[a-z][\w-]*)\s+){1,3}$")
# a relative clause of the person's own after the name: "X, who was jailed in 2024, ..."
RELATIVE_AFTER_NAME = re.compile(
    r"\s*,\s*(?:who|whom)\s+(?!(?:[\w'’-]+\s+){0,3}?(?:could|would|might|may|will|faces?)\b)",
    re.I,
)
# "rights groups fear that X has been tortured": a fear, not a report or a claim
FEARED = re.compile(
    rf"\b(?:fear|fears|feared|fearing|afraid)\s+(?:\w+\s+){{0,2}}?that{_AND_THAT_TOO}\s+$",
    re.I,
)
# "the governor wanted him arrested": a wish for what a participle after the person says
WISHED = re.compile(r"\b(?:want\w*|wish\w*|would\s+like|demand\w*|expect\w*)\s+$", re.I)
# "demanded that he be released", also with no "that": "demanded Doe be released" (but
# "the court ordered that he be released": done)
REQUESTED_THAT = re.compile(
    r"\b(?:demand|urg|ask|insist|request|recommend|propos|suggest|petition|plead|call)\w*\s+"
    r"(?:(?:[\w'’-]+\s+){0,6}?that\s+)?$",
    re.I,
)
# "wrongly said X had died", "an earlier version of this story said X had been freed": a
# report taken back
RETRACTED = re.compile(
    r"\b(?:wrongly|falsely|mistakenly|incorrectly|erroneously|(?:earlier|previous|original|"
    r"first)\s+(?:version|draft|edition)\s+of\s+(?:this|the|our)\s+(?:\w+\s+)?(?:item|story|"
    r"article|report|post|piece|headline|summary))\s+(?:said|says|reported|stated|claimed|"
    r"suggested|wrote)\s+(?:that\s+)?$",
    re.I,
)
# ... and a correction's own earlier words: "CORRECTION: In our 18:00 bulletin we said the
# lawyer X had been arrested"
CORRECTED = re.compile(
    r"\bcorrection\b[^.;]{0,80}?\b(?:we|it)\s+(?:said|reported|wrote|stated)\s+(?:that\s+)?"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
    re.I,
)
# "reports that X has been freed are unfounded": a report called false after the event
# (also one claiming it, then taken down: "a post claiming that X had been freed was deleted")
REPORTED_THAT = re.compile(
    r"\b(?:(?:reports?|claims?|rumou?rs?|allegations?|suggestions?)|"
    r"(?:claiming|alleging|saying))\s+that\s+$",
    re.I,
)
REPORTED_THAT_WORDS = needed_words(REPORTED_THAT.pattern)[0]  # its prefilter: one of them
FALSE_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:is|are|was|were|been)\s+(?:\w+\s+)?(?:unfounded|false|untrue|baseless|"
    r"groundless|inaccurate|incorrect|wrong|fake|fabricated|deleted|removed|taken\s+down|"
    r"retracted|debunked)\b",
    re.I,
)
# "retracted its report that X died", "withdraws claim of X's release": a report taken back
# by who made it (not a clause of its own after a comma: "X, who withdrew his claim that he
# was beaten, was freed")
RETRACTED_REPORT = re.compile(
    r"\b(?:retract\w*|withdr[ae]w\w*|took\s+back|takes?\s+back|corrected|corrects)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:reports?|claims?|statements?|posts?|story|stories|items?|tweets?|"
    r"allegations?|accounts?)\s+(?:that|of)\b[^.;,]*$",
    re.I,
)
RETRACTED_WORDS = needed_words(RETRACTED_REPORT.pattern)[0]  # its prefilter: one of them
# "postponed its ruling on her release", "a hearing on his transfer is set for Friday": what
# a decision still to come is about (but "the decision on the release on parole of X was
# welcomed": it was made)
DECISION_TO_COME = re.compile(
    r"\b(?:postpon\w*|adjourn\w*|delay\w*|defer\w*|put\s+off|expected|due|await\w*|"
    r"pending|set\s+for|scheduled|will|(?:is|are)\s+to)\b",
    re.I,
)
DECISION_ON = re.compile(
    r"\b(?:ruling|decision|hearing|deliberations|vote)s?\s+(?:on|about|regarding|over)\s+"
    r"(?:(?:his|her|their|the)\s+|(?:[\w'’-]+\s+){1,3}?[\w'’-]+['’]s?\s+)?$",
    re.I,
)
SUBJUNCTIVE = re.compile(r"\s+(?:\w+ly\s+|immediately\s+)?be\s+(?:\w+ly\s+)?", re.I)


# "unconfirmed reports that X was freed", "... could not be independently verified"
UNCONFIRMED = re.compile(
    r"\b(?:unconfirmed|unverified|(?:could|can)\s*not\s+(?:be\s+)?(?:independently\s+)?"
    r"(?:confirm|verif)\w*|(?:has|have)\s+not\s+been\s+(?:independently\s+)?(?:confirmed|verified))\b",
    re.I,
)
UNCONFIRMED_WORDS = needed_words(UNCONFIRMED.pattern)[0]  # its prefilter: one of them, lowered


# "was found guilty and sent to a penal colony", "convicted and taken to prison": the verdict's
# term begun (not "convicted in May and moved from the remand centre to a colony in July")
AFTER_A_VERDICT = re.compile(
    r"\b(?:found\s+guilty|convicted|sentenced)\b[^.;]{0,60}?\band\s+(?:(?:was|were|then|later)\s+)*$",
    re.I,
)
NOT_FROM = re.compile(r"(?![^.;]{0,80}?\bfrom\b)", re.I)
SENT_FOR = re.compile(SENT_FOR_A_TERM_OR_ACT, re.I)
# "transferred to Evin prison to begin serving his sentence", "sent to a colony to serve her
# term": taken to where a term begins, which is the term begun, not a move between places of
# custody (but "moved from the remand centre to a colony to serve his term": from one place
# to another, a move)
TO_BEGIN_TERM = re.compile(
    r"(?![^.;]{0,80}?\bfrom\b)[^.;]{0,80}?\bto\s+(?:(?:begin|start|commence)\s+"
    r"(?:serving\s+)?|serve\s+(?:out\s+)?)(?:his|her|their|the|a|an)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:sentence|term)s?\b",
    re.I,
)
# "shortly before his release", "ahead of her release", "on the eve of their release": a
# release named as a point in time, which tells no release
BEFORE_A_RELEASE = re.compile(
    rf"\b(?:{BEFORE_A_TIME}|in\s+the\s+(?:run|lead)[- ]up\s+to|"
    r"in\s+anticipation\s+of|in\s+preparation\s+for)\s+(?:[\w'’-]+\s+){0,3}?$",
    re.I,
)
# "after his release, X will remain under control", "upon her release next year, she is to
# ...": a release the main clause looks ahead from, still to come
AFTER_A_RELEASE = re.compile(
    r"\b(?:after|upon|on|once|following)\s+(?:[\w'’-]+\s+){0,3}?$",
    re.I,
)
# (the main clause's own subject, not a speaker's: "after his release, X said he will ...")
FUTURE_MAIN = re.compile(
    rf"[^.;]{{0,80}}?,\s*(?:(?!(?:{SPEECH_VERBS}|tells|adds|stated|vowed|promised|"
    r"pledged|announced|insisted|hopes|hoped)\b)[\w'’-]+\s+){1,4}?(?:will|shall|(?:is|are)\s+"
    r"(?:to|due\s+to|expected\s+to|set\s+to))\b",
    re.I,
)
# ... but a release given its own date is told: "before his release on Monday, he had spent
# six years in the colony"
RELEASE_DATED = re.compile(
    r"(?:\s+from\s+(?:[\w'’-]+\s+){0,3}?(?:prison|jail|custody|detention|colony))?\s+"
    rf"(?:on|last|this|yesterday|today|earlier|in\s+(?:\d{{4}}|{'|'.join(MONTHS)}))\b",
    re.I,
)


# a negation inside a rule's own words, where the rule leaves room for an adverb: "the charges
# against him were not dropped", "the case was never closed" (a rule that says "not" itself,
# "was not granted parole", means it: ``_says_negation``)
INNER_NEGATION = re.compile(
    r"\b(?:was|were|is|are|has|have|had|been|be|being)\s+(?:not|never)\b|"
    r"\b(?:wasn|weren|isn|aren|hasn|haven|hadn)['’]t\b",
    re.I,
)
NEGATION_WORDS = re.compile(r"\bnot\b|never|n\[?['’]|\bno\b")  # in a rule's source


@cache
def _says_negation(source: str) -> bool:
    """Whether a rule's regular expression says a negation of its own words."""
    return NEGATION_WORDS.search(source) is not None


def _may_be_counterfactual(folded: str) -> bool:
    """Whether ``folded`` text holds the words every ``COUNTERFACTUAL`` match holds: "be"
    ("been", "be") and "had", "were" or "should" (a test of a few substrings first)."""
    return "be" in folded and ("had" in folded or "were" in folded or "should" in folded)


def is_blocked(
    f: Found,
    sentence: str,
    who: tuple[Ref, ...],
    window_start: int | None,
    answered: bool = False,
) -> bool:
    """Whether the event is negated, requested, feared, only possible or unconfirmed; a
    question is asked, unless ``answered`` (the next sentence says "Yes")."""
    if sentence.endswith("?") and not answered and ASKS.match(sentence):
        return True  # "Will X be freed?": a headline that asks
    if (
        _may_be_counterfactual(fold(sentence[max(0, f.start - 60) : f.start]))
        and COUNTERFACTUAL.search(sentence, max(0, f.start - 60), f.start)
    ) or INVERTED_IF.search(sentence, max(0, f.start - 30), f.start):
        return True  # "could have spent six years in prison had he been convicted"
    if (
        f.end - f.start > 12
        and INNER_NEGATION.search(sentence, f.start, f.end)
        and not _says_negation(f.rule.source)
    ):
        return True  # "the charges against him were not dropped"
    folded = fold(sentence)  # for the prefilters (``holds_any``) and the folded patterns
    if (
        f.rule.type is not TYPE_ILL_TREATMENT
        and holds_any(folded, UNCONFIRMED_WORDS)
        and UNCONFIRMED.search(sentence)
    ):
        return True  # an allegation of ill-treatment is reported as one (the guide's rule)
    if f.rule.type is not TYPE_TRIAL and PLANNED_NOUN.match(folded, f.end):
        return True  # "his hunger strike threat", "an arrest warrant", "a release campaign"
    if f.rule.form is FORM_NOUN and f.rule.type in VERDICTS:
        if TO_BE_GIVEN_AFTER.match(sentence, f.end):
            return True  # "fear a 14-year sentence to be handed down on Friday": to come
        if GIVEN_AFTER.match(sentence, f.end):
            return False  # "will appeal the sentence handed down this morning": it was
    before_who = [r for r in who if r.end <= f.start]
    if holds_any(folded, RETRACTED_WORDS) and RETRACTED_REPORT.search(
        sentence, max(0, f.start - 120), f.start
    ):
        return True  # "retracted its report that X died in custody": taken back
    if (
        f.rule.form is FORM_NOUN
        and DECISION_ON.search(sentence, max(0, f.start - 60), f.start)
        and DECISION_TO_COME.search(sentence)
    ):
        return True  # "postponed its ruling on her release": a decision still to come
    if "until" in folded and UNTIL_CONDITION.search(sentence, max(0, f.start - 160), f.start):
        return True  # "would refuse food until she was released": a condition, to come
    if holds_any(folded, GRANTED_WORDS):
        sentence = GRANTED_REQUEST.sub(lambda m: " " * len(m.group()), sentence)
        folded = fold(sentence)
    if f.rule.type is TYPE_TRANSFERRED and (
        TO_BEGIN_TERM.match(sentence, f.end)
        or (
            AFTER_A_VERDICT.search(sentence, max(0, f.start - 100), f.start)
            and NOT_FROM.match(sentence, f.end)
        )
        or SENT_FOR.match(sentence, f.end)
    ):
        return True  # "sent to Evin prison to serve his sentence", "found guilty and sent to
        # a colony", "sent to prison in 2014 for a poem": a term begun, not a move
    if f.rule.form is FORM_NOUN:
        first = min([f.start, *(r.start for r in who)])
        window = sentence[max(0, first - 60) : f.start]  # "called for X's release"
        if f.rule.type in RELEASES and (
            (BEFORE_A_RELEASE.search(window) and not RELEASE_DATED.match(sentence, f.end))
            or (AFTER_A_RELEASE.search(window) and FUTURE_MAIN.match(sentence, f.end))
        ):
            return True  # "shortly before his release", "after her release, she will ...":
            # a release named as a time, not told
        told = AFTER_CLAUSE.match(window)
        if told:  # "is at risk of execution after his appeal was rejected": a fact
            window = window[told.end() :]
        if f.rule.type is TYPE_FLED and (
            APPROVED_ONLY.search(window) or OPENED_THE_WAY.search(window)
        ):
            return True  # "a court approved the extradition of X", "a ruling which opened the
            # door for his extradition": a decision, still at home ("a ruling that had
            # blocked the extradition of X": the rule's NOT_RESISTED)
        if WARRANT_FOR.search(window):
            return True  # "issued a warrant for his arrest": an order to arrest, no arrest
        if f.rule.type in RELEASES and FOR_A_RELEASE.search(window):
            return True  # "working for her release", "pressed Minsk for the release of X"
    elif window_start is not None:
        window = sentence[window_start : f.start]
    elif before_who:
        window = sentence[max(r.end for r in before_who) : f.start]  # "X, who could be freed"
        aside = CLOSED_ASIDE.match(window)
        if aside:  # "X, facing charges of treason, was moved": the aside says nothing of it
            window = window[aside.end() :]
        series = _series_window(f, sentence) if not window.strip(" ,") else None
        if series is not None:  # "must release X, drop all charges against Y": a demand
            window = series
        head = sentence[: min(r.start for r in before_who)]
        owner = max(before_who, key=lambda r: r.end)
        if (
            owner.kind is REF_POSSESSIVE
            and f.rule.form is not FORM_NOUN
            and OWN.fullmatch(sentence, owner.end, f.start)
        ):
            # "a threat to start his own hunger strike": the clause before the possessive
            owned = sentence[max(0, owner.start - OWNER_VERB_WINDOW) : owner.start]
            clause = CLAUSE_START.match(owned)
            if clause:
                owned = owned[clause.end() :]
            if OWNER_VERB.search(owned) and MODALITY.search(fold(owned)):
                return True  # (not "due to his hunger strike": a cause, no verb to come)
        if RELATIVE_AFTER_NAME.match(window):
            head = ""  # "urged Vietnam to free X, who was jailed in 2024": the jailing happened
        elif "that" in head:  # "denied reports that journalist X had been arrested"
            head = DESCRIBED_TAIL.sub("", head)
        # what the words before the person say of the event; none when the person opens the
        # sentence ("X was freed"), as none of these patterns matches an empty head
        # (``test_no_head_pattern_matches_an_empty_head``)
        if head:
            if (
                DENIAL.search(head)
                or (DENIED_CLAUSE.search(head) and CLAUSE_VERB.match(window))
                or UNSURE.search(head)
                or REQUEST_HEAD.search(head)
                or FEARED.search(head)
                or RETRACTED.search(head)
                or CORRECTED.search(head)
                or (
                    holds_any(folded, REPORTED_THAT_WORDS)
                    and REPORTED_THAT.search(head)
                    and FALSE_AFTER.match(sentence, f.end)
                )
                or (
                    SUBJUNCTIVE.fullmatch(window)
                    and REQUESTED_THAT.search(head)
                    # "recommended that she be taken to a hospital, but ... refused to allow it":
                    # the care asked for, refused (no one asks for ill-treatment)
                    and f.rule.type is not TYPE_ILL_TREATMENT
                )
                or (not window.strip() and WISHED.search(head))
                or (FROM_BEING.fullmatch(window) and PREVENTED.search(head[-60:]))
            ):
                return True  # "denied that X was tortured", "it is unclear whether X was freed",
                # "asked the court to convict X on charges of ...": a request; "demanded that
                # he be released": a request in the subjunctive; "wanted him arrested": a wish
            if (
                ORDERED.search(head)
                and ORDERED_TO.fullmatch(window)
                and not NEGATION.search(head[-60:])
                and not MODALITY.search(fold(head[-60:]))
            ):
                return False  # "the court ordered X to be released"
            if (
                COURT_RULED_THAT.search(head[-120:])
                and RULED_BE.fullmatch(window)
                and not NEGATION.search(head[-120:])
            ):
                return False  # "the court ruled that X shall be acquitted": the ruling
    else:
        window = sentence[max(0, f.start - 60) : f.start]
        clause = CLAUSE_START.match(window)
        if clause and f.rule.form is FORM_VERB:
            window = window[clause.end() :]  # "set off rumours when they transferred X"
        series = _series_window(f, sentence)
        if series is not None:
            window = series
    coordinated = COORDINATED.search(window) if before_who else None
    if coordinated is None and before_who and AUX_OPENS.match(sentence, f.start):
        coordinated = AND_BEFORE.search(window)  # "refused to ... and was denied parole"
    if coordinated:  # "X refused to leave and was arrested": the negation stays before "and"
        window = window[coordinated.start() :]
    lowered = window.lower()
    if "that" in lowered:
        that = AND_THAT.match(window)
        if that and not UNDER_ONE_VERB.search(
            window, 0, that.end()
        ):  # "said the court had refused to hear him and that the trial lasted an
            # hour": the negation is the first clause's
            window = window[that.end() :]
            lowered = window.lower()
    but = BUT.search(window) if "but" in lowered else None
    if but:  # "was not charged but was released"
        window = window[but.end() :]
    if f.rule.form is FORM_NOUN and "until" in lowered:
        window = UNTIL_OWNER.sub("", window)  # "until his arrest in 2020": it happened
    if holds_any(lowered, REFUSED_WORDS):
        window = REFUSED_WHAT.sub("", window)  # "denied parole, he was moved": not negation
    if holds_any(lowered, PENDING_WORDS):
        window = PENDING_TRIAL.sub(" ", window)  # "held pending trial on charges of": a state
    if NEGATION.search(window):
        return True
    window_folded = fold(window)
    if ONLY_TO.search(window_folded):
        return False  # "was freed, only to be rearrested": it happened
    if (
        f.rule.type is TYPE_DETAINED
        and HELD_FOR.match(sentence, f.end)
        and PERFECT.search(sentence, 0, f.start)
    ):
        return True  # "has been detained for two years": a state, not an arrest
    if f.rule.type is TYPE_DETAINED and HELD_FOR_ABOUT.match(sentence, f.end):
        return True  # "was jailed for nearly 12 years": the time held, not an arrest
    if f.rule.type is TYPE_DETAINED and HELD_STILL.search(sentence, max(0, f.start - 30), f.start):
        return True  # "still imprisoned", "is currently detained", "already jailed": a state
    if ALLOWED_TO.search(window_folded):
        return False
    ordered = ORDERED_PASSIVE.search(window_folded)
    if ordered and not MODALITY.search(window_folded, 0, ordered.start()):
        return False  # "X was ordered to be released": a court's order, carried out
    if TO_BE.search(window):
        return True  # "urged the court to release him", "is to be freed"
    if MODALITY.search(window_folded):
        return True
    if f.rule.type is TYPE_RELEASED and (
        STILL_HELD_AFTER.match(sentence, f.end)
        or (
            f.rule.form is FORM_NOUN
            and ORDERED_NOUN.search(sentence, max(0, f.start - 40), f.start)
            and DEMANDED_RELEASE.search(sentence, 0, f.start)
        )
        or STILL_HELD_BEFORE.search(sentence, 0, f.start)
        or (DESPITE.search(sentence, 0, f.start) and HELD_DESPITE.match(sentence, f.end))
    ):
        return True  # "granted bail but remains in jail in another case": no release
    return holds_any(folded, EXPECTED_WORDS) and bool(
        EXPECTED_AFTER.match(folded, f.end, f.end + 60)
    )


def _series_window(f: Found, sentence: str) -> str | None:
    """The window before the "to" or the modal that a bare verb shares with the verb
    before it: "urged them to free X and drop the charges", "must release X, drop all
    charges against Y" (but "decided to free X and drop the charges": done, as its window
    says); None for a verb of its own."""
    if f.rule.form is not FORM_VERB or not BASE_FORM.match(sentence, f.start):
        return None
    shared = SHARED_TO.search(sentence, max(0, f.start - 120), f.start) or SERIES_UNDER.search(
        sentence, max(0, f.start - 120), f.start
    )
    if shared is None:
        return None
    return sentence[max(0, shared.start() - 60) : shared.end("under")]


# a question that asks whether: "Will X be freed?", "Is X next?"
# ... or a question in a Q&A line: "Q: Could X be pardoned?"
ASKS = re.compile(
    r"\W*(?:(?:q|question)\s*[:.]\s*)?(?:will|would|could|can|should|might|may|must|is|are|was|were|does|do|did|has|have)\b",
    re.I,
)


# a question of fact that its answer confirms: "Q: Was X charged? A: Yes, on Tuesday." (but
# "Will X be freed? Yes, soon" is only possible still)
ASKS_A_FACT = re.compile(
    r"\W*(?:(?:q|question)\s*[:.]\s*)?(?:is|are|was|were|does|do|did|has|have|had)\b", re.I
)
ANSWERED_YES = re.compile(r"\s*(?:(?:a|answer)\s*[:.]\s*)?yes\s*[,.;:!—–-]", re.I)


def answered_yes(text: str, start: int, end: int) -> bool:
    """Whether the question at [``start``, ``end``) of ``text`` asks a fact that the
    next sentence confirms with "Yes"."""
    return ASKS_A_FACT.match(text, start) is not None and ANSWERED_YES.match(text, end) is not None


# an event word that only qualifies a threat, a plan or a request for it
PLANNED_NOUN = re.compile(  # folded
    r" (?:threats?|warnings?|ultimatums?|campaigns?|requests?|demands?|bids?|efforts?|calls?|"
    r"applications?|petitions?|plans?|hopes?|talks|negotiations|deals?|hearings?|warrants?)\b",
)


# a verb phrase of its own after "and" or "but", with its own auxiliary
COORDINATED = re.compile(
    r"\b(?:and|but)\s+(?:(?:\w+ly|then|later|also)\s+)*(?:was|were|has been|have been|had been)"
    r"\s+(?:(?:\w+ly|then|later|also|twice|again|once)\s+)*$",
    re.I,
)
# a trigger that opens with its own auxiliary ("was denied parole"), after "and"
AUX_OPENS = re.compile(r"(?:was|were|has\s+been|have\s+been|had\s+been)\s", re.I)
AND_BEFORE = re.compile(r"\b(?:and|but)\s+$", re.I)
# a verdict named with its own past participle, no auxiliary: "the sentence handed down
# this morning", "the verdict delivered on Monday" (not "a sentence to be handed down")
VERDICTS = frozenset({EventType.SENTENCED, EventType.ACQUITTED})
TO_BE_GIVEN_AFTER = re.compile(
    r"\s*,?\s+(?:(?:is|are|was|were)\s+)?(?:(?:due|expected|set|scheduled|likely)\s+)?to\s+be\s+"
    r"(?:\w+ly\s+)?(?:handed|imposed|passed|delivered|pronounced|announced|read\s+out)\b",
    re.I,
)
GIVEN_AFTER = re.compile(
    # (or an aside: "will appeal his sentence, handed down last week")
    r"\s*,?\s+(?:(?:\w+ly\s+)?(?:handed\s+down|handed\s+out|meted\s+out|imposed|passed|delivered|"
    r"pronounced|announced))\b",
    re.I,
)
# the last "and that" or "but that": a reported clause of its own
AND_THAT = re.compile(r".*\b(?:and|but)\s+that\b", re.I | re.S)
# ... unless the first is denied, feared, doubted or asked for, and the second with it
UNDER_ONE_VERB = re.compile(
    r"\b(?:den(?:y|ies|ied)|fear\w*|doubt\w*|whether|unclear|rumou?r\w*|demand\w*|urg\w*|"
    r"ask\w*|insist\w*|request\w*|call\w*\s+for)\b",
    re.I,
)
# a court's or a government's consent to an extradition or a deportation, which leaves the
# person where they are until it is carried out ("approved the extradition of X", "cleared
# his deportation"; but "ordered his expulsion" is told as done)
APPROVED_ONLY = re.compile(
    r"\b(?:approv(?:ed|es|e|ing)|authori[sz](?:ed|es|e|ing)|clear(?:ed|s)|green-?light\w*|"
    r"rul(?:ed|es)\s+in\s+favou?r\s+of)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?$",
    re.I,
)
# "preventing X from being extradited", "saved her from being deported": it did not happen
FROM_BEING = re.compile(r"\s*from\s+being\s+", re.I)
PREVENTED = re.compile(
    r"\b(?:prevent(?:ed|s|ing)?|stop(?:ped|s|ping)?|bar(?:red|s|ring)?|block(?:ed|s|ing)?|"
    r"sav(?:ed|es|ing|e)|protect(?:ed|s|ing)?|spar(?:ed|es|ing|e)|kept|keep(?:s|ing)?)\s+"
    r"(?:[\w'’-]+\s+){0,3}?$",
    re.I,
)
# "a decision which opened the door for his extradition": it may come, it has not
OPENED_THE_WAY = re.compile(
    r"\b(?:(?:opened|opens|opening)\s+the\s+(?:door|way)\s+(?:for|to)|"
    r"(?:paved|paves|paving|cleared|clears|clearing)\s+the\s+way\s+for|"
    r"allow|allows|allowed|allowing|permit|permits|permitted|permitting)\s+"
    r"(?:the\s+|his\s+|her\s+|their\s+)?$",
    re.I,
)
# custody told as a state by an adverb of time: "those still imprisoned", "is currently
# detained", "is still being held", "Already jailed, X ..." (but "had already been arrested
# twice" tells arrests, and "police had already arrested him" one)
HELD_STILL = re.compile(
    r"\b(?:still|currently|(?:(?:is|was|are|were)\s+|^|,\s*)already)\s+(?:being\s+)?$", re.I
)
# a release named as the goal of an effort, a plea or a prayer: "advocated for their
# release", "working for X's release", "intervene for his release" (but "thanked the bishop
# for his release", "the grounds for her release": it happened)
FOR_A_RELEASE = re.compile(
    r"^(?!.*\b(?:thank\w*|grateful|gratitude|credit\w*|reasons?|grounds|basis|explanation|bail|bond)\b)"
    r".*\bfor\s+(?:(?:the|his|her|their)\s+|(?:[\w'’-]+\s+){0,3}?[\w'’-]+['’]s?\s+)?$",
    re.I | re.S,
)
# "a warrant for his arrest", "an international warrant for the arrest of X"
WARRANT_FOR = re.compile(r"\bwarrants?\s+for\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$", re.I)
ORDERED_PASSIVE = re.compile(  # folded
    r"\b(?:was|were|has been|have been|had been)\s+ordered\s+to\s+be\s+(?:\w+ly\s+)?$"
)
STILL_HELD_AFTER = re.compile(
    r"[^.]{0,120}?(?:\b(?:but|although|though|however|yet|while)\b|;)\s*(?:(?:(?:he|she|they)\s+)?"
    r"(?:\w+ly\s+)?(?:(?:will|would|must|is\s+to|was\s+to)\s+(?:still\s+)?(?:remain|stay|be\s+kept|be\s+held)|"
    r"remains?|remained|stays?|stayed|is\s+still|was\s+still|are\s+still|were\s+still|"
    r"(?:is|was|are|were)\s+being\s+held|was\s+kept|continues?\s+to\s+be\s+held)\s+"
    r"(?:\w+\s+)?(?:in|behind)\s+(?:jail|prison|custody|detention|bars)"
    # "ordered his release, but he remains held", "but the prison refused to free him",
    # "but he has not been freed", "but she was not let out of jail", "but she was never freed"
    r"|(?:(?:he|she|they)\s+)?(?:remains?|remained|is\s+still|was\s+still|are\s+still)\s+"
    r"(?:held|detained|jailed|imprisoned|locked\s+up)\b"
    r"|(?:[\w'’-]+\s+){0,4}?(?:(?:has|have|had)\s+)?(?:refused|declined|failed)\s+to\s+(?:free|release)\b"
    r"|(?:(?:he|she|they)\s+)?(?:has|have|had|was|were)\s+(?:not|never)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:freed|released|let\s+(?:out|go)|set\s+free)\b"
    # "ordered his release, but instead of freeing him, the authorities added him to a new case"
    r"|instead\s+of\s+(?:freeing|releasing|letting\s+(?:him|her|them)\s+go)\b)",
    re.I,
)
# "authorities should release X, who was added to a new case the day after a court ordered
# her release": an order that the sentence asks to carry out for the one its relative clause
# tells of, so not carried out (not "should free the others, after a court ordered X's release")
ORDERED_NOUN = re.compile(r"\b(?:ordered|ordering)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,1}$", re.I)
DEMANDED_RELEASE = re.compile(
    r"\b(?:should|must|urged?|urging|calls?\s+(?:on|for))\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:release|free|freeing|releasing)\b[^.;,]{0,80},\s*(?:who|whom|whose)\b",
    re.I,
)
# "Despite a ruling ordering his release, X remained in custody": an order not carried out
DESPITE = re.compile(r"\bdespite\s+(?:[\w'’-]+\s+){0,8}?$", re.I)
HELD_DESPITE = re.compile(
    r"[^.;]{0,80}?\b(?:remains?|remained|stays?|stayed|is\s+still|was\s+still|are\s+still)\s+"
    r"(?:\w+\s+)?(?:(?:in|behind)\s+(?:jail|prison|custody|detention|bars)|held|detained|jailed|"
    r"imprisoned|locked\s+up)\b",
    re.I,
)
# "remains in prison despite an order for his release": no release (but "remained in
# custody until his release" was one, and so was "“My friends are still in prison,” said X
# after he was released": a quotation's clause, closed before the event)
STILL_HELD_BEFORE = re.compile(
    r"\b(?:remains?|stays?|is\s+still|are\s+still|is\s+being\s+held|are\s+being\s+held)\s+"
    r"(?:\w+\s+)?(?:in|behind)\s+(?:jail|prison|custody|detention|bars)\b(?![^.;]*\buntil\b)"
    r"[^.;”]{0,80}$",
    re.I,
)
REFUSED_WHAT = re.compile(
    r"\b(?:denied|refused|rejected)\s+(?:\w+\s+)?(?:parole|early release|medical)"
)
REFUSED_WORDS = needed_words(REFUSED_WHAT.pattern)[0]  # its prefilter
PENDING_TRIAL = re.compile(
    r"\bpending\s+(?:(?:an?|the|his|her|their)\s+)?(?:trial|investigation)\b",
    re.I,
)
PENDING_WORDS = needed_words(PENDING_TRIAL.pattern)[0]  # its prefilter
ONLY_TO = re.compile(r"\bonly\s+to\s+(?:be\s+)?(?:\w+ly\s+)?$")  # folded
# a bare verb coordinated with an infinitive: "to release X and drop", "to free them, and lift"
SHARED_TO = re.compile(r"\b(?P<under>to\s)(?:[\w'’-]+\s+){1,8}?(?:,\s*)?and\s+$", re.I)
# ... or a series of verbs after a modal or "to", the next one after a comma: "must release
# X, drop all charges against Y, and stop", "to free X, lift the ban"
SERIES_UNDER = re.compile(
    r"\b(?P<under>(?:to|must|should)\s)(?:[\w'’-]+\s+){0,7}?[\w'’-]+\s*,\s*(?:and\s+)?$", re.I
)
BASE_FORM = re.compile(
    r"(?![a-z]+(?:ed|s)\b)(?!(?:held|sent|gave|took|fled|left|put|let|set|kept|brought|caught|"
    r"beat|hit|cut|withdrew|drove|threw|won|lost|got|made|told)\b)[a-z]+\b",
    re.I,
)
TO_BE = re.compile(r"\bto\s+(?:be\s+)?(?:\w+ly\s+)?$")
EXPECTED_AFTER = re.compile(  # folded
    r"\W*(?:\w+\s+){0,2}?(?:is|was|would be|will be|could be)\s+(?:\w+\s+)?"
    r"(?:expected|possible|likely|unlikely|planned|scheduled|demanded|sought)"
)
EXPECTED_WORDS = needed_words(EXPECTED_AFTER.pattern)[0]  # its prefilter: one of them


# A grant of bail is a release only when the person leaves: "granted bail to X ... But X
# remained in Kuje prison because she could not meet the bail conditions" is none. A later
# sentence that keeps them held says so (the same sentence's "but remains in jail" is
# ``STILL_HELD_AFTER``).
GRANTS_OF_BAIL = frozenset(
    {"released.granted-bail", "released.court-granted-bail", "released.released-on-bail"}
)
KEPT_IN = re.compile(
    r"\b(?:remains?|remained|stays?|stayed|(?:is|was|are|were)\s+still|"
    r"(?:is|was|are|were)\s+(?:still\s+)?being\s+held|continues?\s+to\s+be\s+held)\s+"
    r"(?:held\s+)?(?:in|behind)\s+(?:[\w'’-]+\s+){0,2}?(?:jail|prison|custody|detention|bars)\b",
    re.I,
)
# ... its subject: the person named, or a pronoun, right before ("Bello still remained")
KEPT_SUBJECT = re.compile(r"\s+(?:(?:still|also)\s+)?$")
KEPT_PRONOUN = re.compile(r"\b(?:he|she|they)\s+(?:(?:still|also)\s+)?$", re.I)


def bail_not_met(text: str, mentions: Sequence[Mention], found: list[Reported]) -> list[Reported]:
    """``found`` less the current releases by a grant of bail that a later sentence keeps
    the person held after ("But X remained in prison")."""
    if not any(r.rule in GRANTS_OF_BAIL and r.event.current for r in found):
        return found
    kept: list[Reported] = []
    for r in found:
        if r.rule in GRANTS_OF_BAIL and r.event.current and _kept_after(text, mentions, r):
            continue
        kept.append(r)
    return kept


def _kept_after(text: str, mentions: Sequence[Mention], r: Reported) -> bool:
    person = r.event.person_id
    for m in KEPT_IN.finditer(text, r.event.evidence_end):
        before = text[max(r.event.evidence_end, m.start() - 60) : m.start()]
        if KEPT_PRONOUN.search(before):
            return True
        for mention in mentions:
            if (
                mention.person_id == person
                and r.event.evidence_end <= mention.end <= m.start()
                and KEPT_SUBJECT.fullmatch(text, mention.end, m.start())
            ):
                return True
    return False


HELD_FOR = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?for\s+(?:more than\s+|over\s+|nearly\s+|almost\s+|about\s+|"
    r"the (?:past|last)\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|several|many|a few)\s+(?:months?|years?|decades?)\b",
    re.I,
)

# ... a length told roughly is the time held, in any tense: "was jailed for nearly 12 years",
# "imprisoned in Poland for more than two years" (a court gives a term exactly)
HELD_FOR_ABOUT = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?for\s+(?:more than|over|nearly|almost|about|around|close to|"
    r"the (?:past|last))\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|several|many|a few)\s+(?:months?|years?|decades?)\b",
    re.I,
)


# The enum members the event readers' loops read, as globals: read off its class, a member
# goes through the __getattr__ hook of the enums' metaclass (Python 3.11), about ten times
# a global's cost (match.py does the same)
FORM_NOUN = Form.NOUN
REF_POSSESSIVE = RefKind.POSSESSIVE
FORM_VERB = Form.VERB
TYPE_DETAINED = EventType.DETAINED
TYPE_FLED = EventType.FLED
TYPE_ILL_TREATMENT = EventType.ILL_TREATMENT
TYPE_RELEASED = EventType.RELEASED
TYPE_TRIAL = EventType.TRIAL
TYPE_TRANSFERRED = EventType.TRANSFERRED

guard_patterns(globals())  # the same matches, skipping fast to where one can start
