"""The words that say something happened to a person, one pattern list per event type.

Each trigger has a *form*, which says where its person stands:

VERB    a verb that takes the person as object when active ("the court sentenced
        X") and as subject when passive ("X was sentenced", "X, sentenced in 2019").
SUBJECT the person is the subject ("X died", "X fled", "X went on hunger strike",
        "X has been refused parole").
NOUN    a noun whose person follows "of/for/on/against" or precedes as a possessive
        ("the release of X", "X's arrest", "his death", "charges against X").

Patterns are English and matched on lower-cased text (``lower``).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

import ahocorasick

from monitor.core.types import EventType as T


class Form(StrEnum):
    VERB = "verb"
    SUBJECT = "subject"
    NOUN = "noun"


@dataclass(frozen=True, eq=False)  # one object per pattern: equal only to itself, hashed fast
class Trigger:
    type: T
    form: Form
    pattern: re.Pattern[str]
    rule: str
    needs: tuple[str, ...] = ()  # words the pattern cannot match without (none: no test)


_N = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|[a-z]+-and-a-half)"
_TERM = rf"{_N}[- ](?:and[- ]a[- ]half[- ])?(?:years?|months?|days?|weeks?)(?:['’]?s?)"

# A prison term, and the ways it is said to run out.
_PRISON_TERM = r"(?:[\w-]+\s+){0,2}?(?:sentence|prison\s+term|jail\s+term|term\s+in\s+(?:prison|jail|a\s+(?:penal\s+)?colony))"
_RAN_OUT = (
    r"(?:has\s+|had\s+)?(?:expired|ended(?!\s+up)|r[au]n\s+its\s+course|c[oa]me\s+to\s+an\s+end)"
)

# What a prison term can be changed to without prison: parole in all but name.
_MILD = r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:restricted freedom|restriction of (?:liberty|freedom)|probation|parole|fine|suspended|community service|correctional labou?r)"
_COUNTRY = (
    r"(?:kazakhstan|russia|belarus|ukraine|georgia|armenia|moldova|iran|iraq|syria|egypt|"
    r"turkey|china|hong kong|azerbaijan|uzbekistan|tajikistan|kyrgyzstan|turkmenistan|"
    r"afghanistan|pakistan|india|bangladesh|myanmar|cambodia|thailand|vietnam|laos|nicaragua|"
    r"venezuela|cuba|eritrea|ethiopia|sudan|rwanda|uganda|zimbabwe|algeria|tunisia|morocco|"
    r"bahrain|saudi arabia|the uae|lebanon|israel|germany|france|britain|the uk|"
    r"the united kingdom|the united states|the us|canada|poland|lithuania|latvia|estonia|"
    r"the czech republic|sweden|norway|finland|the netherlands|belgium|austria|switzerland|"
    r"italy|spain|australia|japan|taiwan|south korea)"
)

TRIGGERS_BY_TYPE: dict[T, tuple[tuple[Form, str], ...]] = {
    T.PAROLE_GRANTED: (
        (Form.VERB, r"(?:released|freed|let out)(?:\s+\w+){0,3}?\s+on\s+parole"),
        (Form.VERB, r"(?:released|freed)\s+early"),
        (Form.VERB, r"paroled|granted(?=\s+(?:[\w'’-]+\s+){1,4}?(?:parole|early release)\b)"),
        (Form.SUBJECT, r"(?:was|were|been|is)\s+granted\s+(?:an?\s+)?(?:parole|early release|conditional(?:ly)? early release)"),
        (Form.NOUN, r"release on parole|parole release|early release|conditional(?:ly)? early release"),
        (Form.VERB, r"(?:replac(?:ed|ing)|commut(?:ed|ing))\s+(?:the\s+)?(?:rest|remain(?:der|ing)(?:\s+(?:part|term))?)(?:\s+of\s+(?:his|her|the)\s+(?:term|sentence))?\s+with"),
        (Form.VERB, rf"(?:replac|commut|chang|convert|switch)(?:ed|ing|es|e)?(?=\s+(?:[\w'’-]+\s+){{0,6}}?(?:sentences?|terms?)\s+(?:to|with|into|for)\s+{_MILD})"),
        (Form.NOUN, rf"(?:sentences?|terms?)\s+(?:was|were|has been|had been|have been|is|are)\s+(?:\w+\s+)?(?:commuted|replaced|changed|converted|switched)\s+(?:to|with|into|for)\s+{_MILD}"),
        (Form.VERB, r"(?:approved|granted|accepted|satisfied|upheld)(?=\s+(?:[\w'’-]+\s+){0,4}?(?:parole|early release|conditional(?:ly)? early release|(?:request|application|petition|bid|plea|motion)\s+for\s+(?:parole|early release))\b)"),
        (Form.VERB, r"granted\s+(?:conditional\s+)?(?:parole|early release)\s+to"),
    ),
    T.PAROLE_DENIED: (
        (Form.SUBJECT, r"(?:was|were|been|is|has been|had been)\s+(?:\w+\s+)?(?:refused|denied)\s+(?:parole|early release)"),
        (Form.NOUN, r"(?:request|application|petition|bid|plea|motion)s?\s+for\s+(?:parole|early release|conditional(?:ly)? early release)[^.;]{0,80}?\b(?:rejected|dismissed|denied|refused|turned down)"),
        (Form.VERB, r"(?:rejected|rejects|dismissed|dismisses|denied|denies|refused|refuses|turned down)\s+(?:a|an|the|his|her|their)?\s*(?:(?:[\w-]+\s+){0,3}?[\w-]+['’]s\s+)?(?:request|application|petition|bid|plea|motion)s?\s+(?:\w+\s+){0,2}?for\s+(?:parole|early release|conditional(?:ly)? early release)"),
        (Form.VERB, r"(?:rejected|rejects|dismissed|dismisses|denied|denies|refused|refuses|turned down)\s+(?:a|an|the|his|her|their)?\s*(?:(?:[\w-]+\s+){0,3}?[\w-]+['’]s\s+)?(?:parole|early[- ]release)\s+(?:request|application|petition|bid|plea|motion)s?"),
        (Form.NOUN, r"(?:parole|early[- ]release)\s+(?:request|application|petition|bid|plea|hearing)s?\s+(?:was|were|has been|had been)\s+(?:\w+\s+)?(?:rejected|dismissed|denied|refused|turned down)"),
        (Form.VERB, r"(?:denied|denies|refused|refuses|rejected|rejects)\s+(?:[\w'’-]+\s+){0,3}?parole"),
        (Form.VERB, r"(?:refused|refuses|declined|declines)\s+to\s+(?:release|free)(?=\s+(?:[\w'’-]+\s+){1,4}?(?:on\s+parole|early)\b)"),
        (Form.VERB, r"(?:rejected|rejecting|turned down|turning down|dismissed|dismissing|denied|denying)\s+(?:(?:his|her|their|several|two|three|four|five|many|multiple|repeated|all|previous|earlier|prior)\s+){1,3}(?:requests|applications|petitions|bids)"),
    ),
    T.PARDONED: (
        (Form.VERB, r"pardon(?:ed|s|ing)\b|amnestied|grant(?:ed|s)\s+(?:\w+\s+)?(?:a\s+)?(?:presidential\s+)?(?:pardons?|amnest(?:y|ies)|clemency)"),
        (Form.NOUN, r"(?:presidential\s+)?pardon(?:ing)?(?:\s+decree)?|amnesty|clemency"),
    ),
    T.ACQUITTED: (
        (Form.VERB, r"acquit(?:ted|s)?\b|found\s+(?:\w+\s+)?(?:not\s+guilty|innocent)|cleared\s+of\s+(?:all\s+)?(?:the\s+)?charges"),
        (Form.VERB, r"(?:found|find|finds)(?=\s+(?:[\w'’-]+\s+){1,6}?(?:not\s+guilty|innocent)\b)|cleared(?=\s+(?:[\w'’-]+\s+){1,4}?of\s+(?:all\s+)?(?:the\s+)?(?:charges|wrongdoing)\b)"),
        (Form.NOUN, r"acquittal"),
    ),
    T.CHARGES_DROPPED: (
        (Form.NOUN, r"charges?\s+(?:\w+\s+){0,6}?(?:was|were|have been|has been|had been|are|is)\s+(?:\w+\s+)?(?:dropped|withdrawn|lifted|dismissed)"),
        (Form.VERB, r"(?:dropped|drops|withdrew|withdraws|lifted|drop|withdraw)\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:charges|(?:criminal\s+)?case|prosecution|investigation)"),
        (Form.VERB, r"(?:terminated|terminates|discontinued|discontinues|closed|closes)\s+(?:the\s+)?(?:criminal\s+)?(?:case|proceedings|prosecution|investigation)"),
        (Form.NOUN, r"(?:conviction|verdict|sentence|case|court decisions?|proceedings|prosecution|investigation)\s+(?:\w+\s+){0,6}?(?:was|were|has been|had been|have been)\s+(?:\w+\s+)?(?:quashed|overturned|annulled|canceled|cancelled|closed|vacated|dismissed|set aside|dropped|terminated|discontinued|withdrawn)"),
        (Form.VERB, r"(?:quashed|quashes|overturned|overturns|annulled|annuls|vacated|set aside|closed|dismissed)\s+(?:[\w'’-]+\s+){0,3}?(?:conviction|verdict|sentence|criminal case|case)"),
    ),
    T.APPEAL_REJECTED: (
        (Form.VERB, r"(?:upheld|upholds|uphold)\s+(?:[\w'’-]+\s+){0,5}?(?:sentences?|verdicts?|convictions?|ruling|decision|judgment)"),
        (Form.VERB, r"(?:rejected|rejects|dismissed|dismisses|denied|turned down)\s+(?:(?:[\w-]+\s+){0,3}?[\w-]+['’]s\s+|his\s+|her\s+|their\s+|the\s+|an\s+)?appeals?"),
        (Form.NOUN, r"appeals?(?!\s+(?:court|for))"),
        (Form.SUBJECT, r"lost\s+(?:his|her|their|an|the)\s+appeal"),
    ),
    T.HOUSE_ARREST: (
        (Form.SUBJECT, r"(?:placed|put|sent|moved|transferred|confined)\s+(?:\w+\s+)?(?:under|to|into|in)\s+house arrest"),
        (Form.VERB, r"(?:placed|put|sent|moved|transferred|released|changed|switched|replaced|commuted)(?=\s+(?:[\w'’-]+\s+){1,8}?(?:under|to|into|in|with)\s+house arrest)"),
        (Form.VERB, r"released\s+(?:\w+\s+){0,3}?(?:to|into|under)\s+house arrest"),
        (Form.VERB, r"ordered(?=\s+(?:[\w'’-]+\s+){1,6}?(?:to\s+be\s+)?(?:held|kept|placed|put)\s+under\s+house arrest)"),
        (Form.NOUN, r"(?<!from )house arrest"),
    ),
    T.SENTENCED: (
        (Form.VERB, r"sentenced|sentences|(?<=to )sentence\b"),
        (Form.VERB, r"convicted|found\s+(?:\w+\s+)?guilty|(?:found|finds)(?=\s+(?:[\w'’-]+\s+){2,6}?(?<!not )guilty\b)"),
        (Form.VERB, rf"jailed\s+for\s+(?:{_TERM}|life)"),
        (Form.SUBJECT, rf"(?:received|was given|were given|got|was handed|were handed|handed down)\s+(?:an?\s+|\w+\s+){{0,2}}(?:{_TERM}\s+)?(?:prison\s+|jail\s+|suspended\s+|life\s+)?(?:sentences?|prison terms?|terms? in prison)"),
        (Form.NOUN, rf"(?:{_TERM}|life)\s+(?:prison\s+|jail\s+|suspended\s+)?sentence(?!\s+(?:he|she)\s+(?:is|was)\s+serving)"),
        (Form.SUBJECT, rf"(?:gets|got|receives|received|was given|were given|is given)\s+(?:an?\s+)?(?:{_TERM}|life)\s+(?:in\s+(?:prison|jail|a\s+(?:penal\s+)?colony)|behind\s+bars|of\s+restricted\s+freedom)"),
        (Form.VERB, rf"jail(?:s|ed)(?=\s+(?:[\w'’-]+\s+){{1,4}}?for\s+(?:{_TERM}|life)\b)"),
        (Form.VERB, r"fined"),  # a sentence too, without prison
        # "handed X a seven-year prison term", "gave her five years in a penal colony"
        (Form.VERB, rf"(?:handed|hands|gave|gives)(?=\s+(?:[\w'’-]+\s+){{1,3}}?(?:an?\s+)?(?:{_TERM}|life)\s+(?:(?:prison\s+|jail\s+|suspended\s+)?(?:sentence|term)|in\s+(?:prison|jail|a\s+(?:penal\s+)?colony)|behind\s+bars)\b)"),
    ),
    T.TRIAL: (
        (Form.NOUN, r"trial(?!s)"),
        (Form.SUBJECT, r"(?:went|goes|go|is|was|were|are|has gone)\s+on\s+trial|stands?\s+trial|stood\s+trial"),
        (Form.SUBJECT, r"(?:was|were)\s+(?:first\s+)?heard\s+(?:in|by)\s+(?:a\s+|the\s+)?court"),
        (Form.SUBJECT, r"who\s+is\s+on\s+trial"),
        (Form.VERB, r"(?:began|begins|started|starts|opened|opens)\s+(?:hearing|considering|examining)(?=\s+(?:[\w'’-]+\s+){0,4}?case\b)"),
        (Form.NOUN, r"hearings?\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?case"),
    ),
    T.CHARGED: (
        (Form.VERB, r"charged\s+with|indicted|charged(?=\s+(?:[\w'’-]+\s+){1,4}?with\b)"),
        (Form.NOUN, r"(?:criminal\s+)?(?:case|charges?|proceedings)\s+(?:was|were|has been|have been|had been)?\s*(?:opened|launched|brought|filed|initiated|instituted)(?=\s+against)"),
        (Form.SUBJECT, r"(?:on|with)\s+charges\s+of"),
        (Form.SUBJECT, r"(?:was|were|been|is|are)\s+(?:formally|officially)\s+charged(?!\s+(?:at|into|up|for)\b)|(?:was|were|been)\s+(?:also\s+|later\s+|then\s+)?charged(?=\s*(?:[.,;]|$|in\s+absentia\b|on\s+\w+day\b|yesterday\b|last\s+(?:week|month|year)\b))"),
    ),
    T.DETAINED: (
        (Form.SUBJECT, r"(?:been|was|were|put|placed|thrown)\s+behind\s+bars"),
        (Form.VERB, r"(?:re-?)?arrested|arrests|(?<=to )arrest\b|detain(?:ed|s)?\b|apprehended|taken\s+into\s+custody|remanded(?:\s+in(?:to)?\s+(?:pretrial\s+|pre-trial\s+)?(?:custody|detention))?|imprisoned|incarcerated|jailed(?!\s+for)|locked\s+up|placed\s+in\s+(?:pretrial\s+|pre-trial\s+)?(?:custody|detention)"),
        (Form.VERB, r"(?:(?<=police )|(?<=authorities )|(?<=officers )|(?<=agents )|(?<=court )|(?<=courts ))(?:arrest|detain|jail)\b"),
        (Form.NOUN, r"(?<!house )arrest\b|detention(?!\s+(?:centre|center|facility|facilities|cells?|camps?|conditions|period|hearing))"),
        (Form.VERB, r"ordered(?=\s+(?:[\w'’-]+\s+){1,4}?(?:held|kept|detained|remanded|placed)\s+(?:in\s+)?(?:pre-?trial\s+)?(?:custody|detention|jail|prison)\b)"),
    ),
    T.RELEASED: (
        (Form.VERB, r"released|releases|(?<=to )release\b|freed|frees|set\s+free"),
        (Form.SUBJECT, r"walk(?:ed|s)\s+(?:free|out\s+of\s+(?:prison|jail|custody|detention))|left\s+(?:prison|jail|custody|the\s+(?:prison|colony|detention))|was\s+let\s+out"),
        (Form.SUBJECT, r"(?:emerged|came\s+out|walked\s+out)\s+(?:of|from)\s+(?:the\s+)?(?:prison|jail|custody|detention|colony|penal colony)|regained\s+(?:his|her|their)\s+(?:freedom|liberty)|(?:was|were|is|are)\s+(?:now|again|finally)\s+(?:free|at liberty)(?!\s+(?:to|of|from)\b)|is\s+free\s+(?:again|at last|after)|is\s+(?:now\s+)?free(?=[.!]?\s*$)|(?:is|was)\s+(?:now\s+)?a\s+free\s+(?:man|woman)"),
        (Form.SUBJECT, r"(?:was|were|been|is|are)\s+allowed\s+to\s+(?:leave\s+(?:the\s+)?(?:prison|jail|custody|detention(?:\s+(?:centre|center|facility))?|colony|court(?:room|house)?)|go\s+home|return\s+home)|(?:was|were|been|is|are)\s+granted\s+bail|released\s+on\s+bail"),
        (Form.VERB, r"bailed"),
        (Form.NOUN, r"release(?!\s+(?:on parole|date|of (?:documents|a statement|the report|information)))"),
        (Form.SUBJECT, rf"returned\s+home\s+(?:[\w-]+\s+){{0,3}}?(?:after\s+(?:(?:more\s+than|nearly|almost|over|about)\s+)?(?:{_TERM}|an?\s+(?:year|month|decade|week))\s+(?:in|behind)\s+|from\s+)(?:the\s+|a\s+)?(?:prison|jail|bars|custody|detention|(?:penal\s+)?colony)\b"),
        # a sentence served to its end: "completed his sentence", "X's prison term expired"
        (Form.SUBJECT, rf"(?:completed|finished|served\s+out)\s+(?:serving\s+)?(?:his|her|their)\s+{_PRISON_TERM}|(?:completed|finished)\s+serving\s+(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}?term"),
        (Form.NOUN, rf"{_PRISON_TERM}\s+(?:\w+\s+)?{_RAN_OUT}"),
        (Form.NOUN, rf"{_PRISON_TERM}\s+(?:against|of|handed\s+to|imposed\s+on)\s+[^.;]{{1,200}}?,\s+{_RAN_OUT}"),
    ),
    T.TRANSFERRED: (
        (Form.VERB, r"transferred|moved|relocated|sent|taken|transported|hospitali[sz]ed|admitted"),
        (Form.NOUN, r"transfer"),
    ),
    T.HUNGER_STRIKE: (
        (Form.SUBJECT, r"hunger[- ]strik(?:e|es|ing)|refus(?:ed|ing|es)\s+(?:to\s+eat|food)"),
    ),
    T.ILL_TREATMENT: (
        (Form.VERB, r"tortured|beaten|beat|ill-treated|mistreated|abused|electrocuted|assaulted|tormented"),
        (Form.SUBJECT, r"(?:subjected|subject)\s+to\s+(?:\w+\s+)?(?:torture|ill-treatment|abuse|beatings?|violence|pressure)"),
        (Form.SUBJECT, r"(?:denied|refused|deprived\s+of|without|lack\s+of|yet\s+to\s+receive)\s+(?:\w+\s+)?(?:medical\s+(?:care|treatment|help|assistance|attention)|treatment|access\s+to\s+(?:a\s+)?(?:doctor|hospital|medical))"),
        (Form.SUBJECT, r"refused\s+to\s+(?:take|transfer|allow)\s+\S+\s+to\s+(?:a|the)\s+(?:hospital|doctor)"),
        (Form.SUBJECT, r"needs?\s+medical\s+care\s+(?:she|he)\s+has\s+yet\s+to\s+receive"),
        (Form.NOUN, r"tortures?|ill-treatment|beatings?"),
    ),
    T.DIED: (
        (Form.SUBJECT, r"died|passed\s+away|was\s+found\s+dead|was\s+killed|has\s+died|dies"),
        (Form.NOUN, r"death"),
    ),
    T.FLED: (
        (Form.SUBJECT, rf"fled|flees|escaped\s+(?:abroad|the\s+country)|(?:left|escaped\s+to|forced\s+to\s+(?:leave|flee))\s+(?:the\s+country|{_COUNTRY})|(?:moved|went|escaped|relocated)\s+abroad|emigrated|(?:was|were|been|is)\s+granted\s+(?:political\s+)?asylum|received\s+(?:political\s+)?asylum|went\s+into\s+exile"),
        (Form.VERB, r"deported|extradited|expelled"),
        (Form.NOUN, r"extradition|deportation"),
        (Form.SUBJECT, rf"left\s+for\s+{_COUNTRY}|(?:will|would|could)\s+not\s+(?:return|go back)\s+to\s+{_COUNTRY}|(?:decided|chose|vowed)\s+not\s+to\s+(?:return|go back)\s+to\s+{_COUNTRY}|(?:will|would)\s+(?:remain|stay)\s+in\s+exile"),
        (Form.VERB, r"granted(?=\s+(?:[\w'’-]+\s+){0,4}?(?:political\s+)?asylum\b)|granted\s+(?:political\s+)?asylum\s+to"),
    ),
}  # fmt: skip

# Patterns run on text lowered with ``lower`` (same length, same offsets), without a
# leading word boundary: both let the regex engine skip ahead fast. ``find`` checks that
# a match starts a word.
# Words without which one pattern cannot match, for the costly ones: a cheap test first.
NEEDS: dict[str, str] = {
    "parole_granted:verb:0": "parole",
    "parole_granted:verb:1": "early",
    "parole_granted:verb:2": "parole|early",
    "parole_granted:subject:3": "granted",
    "parole_granted:noun:4": "parole|early release",
    "parole_granted:verb:5": "replac|commut",
    "parole_granted:verb:6": "sentence|term",
    "parole_granted:noun:7": "commuted|replaced|changed|converted|switched",
    "parole_granted:verb:8": "parole|early",
    "parole_granted:verb:9": "granted",
    "acquitted:verb:1": "guilty|innocent|cleared",
    "charges_dropped:noun:0": "dropped|withdrawn|lifted|dismissed",
    "charges_dropped:verb:1": "drop|withdr|lifted",
    "charges_dropped:verb:2": "terminat|discontinu|close",
    "charges_dropped:noun:3": (
        "quash|overturn|annul|cancel|closed|vacat|dismiss|set aside|dropped|terminat|"
        "discontinu|withdrawn"
    ),
    "charges_dropped:verb:4": "quash|overturn|annul|vacat|set aside|closed|dismiss",
    "sentenced:verb:2": "jailed",
    "sentenced:verb:8": "handed|hands|gave|gives",
    "sentenced:subject:3": "received|given|got|handed",
    "sentenced:noun:4": "sentence",
    "sentenced:subject:5": "gets|got|receives|received|given",
    "sentenced:verb:6": "jail",
    "detained:verb:2": "arrest|detain|jail",
    "charged:noun:1": "opened|launched|brought|filed|initiated|instituted",
    "charged:subject:2": "charges",
    "charged:subject:3": "charged",
    "detained:subject:0": "behind",
    "released:subject:1": "walk|left|let",
    "released:subject:2": "emerged|came|walked|regained|free|liberty",
    "released:subject:3": "allowed|bail",
    "ill_treatment:subject:1": "subject",
    "ill_treatment:subject:2": "medical|treatment|access",
    "ill_treatment:subject:3": "refused",
    "ill_treatment:subject:4": "receive",
    "ill_treatment:verb:0": "tortured|beat|ill-treated|mistreated|abused|electrocuted|assaulted|tormented",
    "ill_treatment:noun:5": "torture|ill-treatment|beating",
    "parole_denied:subject:0": "refused|denied",
    "parole_denied:noun:1": "request|application|petition|bid|plea|motion",
    "parole_denied:verb:2": "rejected|rejects|dismiss|denied|denies|refused|refuses|turned",
    "parole_denied:verb:3": "rejected|rejects|dismiss|denied|denies|refused|refuses|turned",
    "parole_denied:noun:4": "request|application|petition|bid|plea|hearing",
    "parole_denied:verb:5": "denied|denies|refused|refuses|rejected|rejects",
    "parole_denied:verb:7": "reject|turn|dismiss|deni|deny",
    "pardoned:verb:0": "pardon|amnestied|grant",
    "pardoned:noun:1": "pardon|amnesty|clemency",
    "acquitted:verb:0": "acquit|guilty|cleared|innocent",
    "acquitted:noun:2": "acquittal",
    "appeal_rejected:verb:0": "uph",
    "appeal_rejected:verb:1": "appeal",
    "appeal_rejected:noun:2": "appeal",
    "appeal_rejected:subject:3": "lost",
    "house_arrest:subject:0": "placed|put|sent|moved|transferred|confined",
    "house_arrest:verb:1": "placed|put|sent|moved|transferred|released|changed|switched|replaced|commuted",
    "house_arrest:verb:2": "released",
    "house_arrest:verb:3": "ordered",
    "sentenced:verb:0": "sentenc",
    "sentenced:verb:1": "convicted|guilty",
    "trial:noun:0": "trial",
    "trial:subject:1": "trial",
    "trial:subject:2": "heard",
    "trial:subject:3": "trial",
    "trial:verb:4": "hearing|considering|examining",
    "trial:noun:5": "hearing",
    "charged:verb:0": "charged|indicted",
    "detained:verb:1": "arrest|detain|apprehended|taken|remanded|imprisoned|incarcerated|jailed|locked|placed",
    "detained:noun:3": "arrest|detention",
    "detained:verb:4": "ordered",
    "released:verb:0": "releas|free",
    "released:verb:4": "bailed",
    "released:noun:5": "release",
    "released:subject:6": "returned home",
    "released:subject:7": "completed|finished|served out",
    "released:noun:8": "expired|ended|its course|to an end",
    "released:noun:9": "expired|ended|its course|to an end",
    "transferred:verb:0": "transferred|moved|relocated|sent|taken|transported|hospitali|admitted",
    "transferred:noun:1": "transfer",
    "died:subject:0": "died|passed|dead|killed|dies",
    "died:noun:1": "death",
    "fled:verb:1": "deported|extradited|expelled",
    "fled:noun:2": "extradition|deportation",
    "hunger_strike:subject:0": "hunger|refus",
}

TRIGGERS: tuple[Trigger, ...] = tuple(
    Trigger(
        event_type,
        form,
        re.compile(f"(?:{pattern})"),
        f"{event_type}:{form}:{i}",
        tuple(NEEDS.get(f"{event_type}:{form}:{i}", "").split("|"))
        if f"{event_type}:{form}:{i}" in NEEDS
        else (),
    )
    for event_type, patterns in TRIGGERS_BY_TYPE.items()
    for i, (form, pattern) in enumerate(patterns)
)
assert set(NEEDS) <= {trigger.rule for trigger in TRIGGERS}, "a NEEDS entry names no pattern"

# Word stems without which a type's patterns cannot match: a cheap test before the patterns.
HINTS: dict[T, str] = {
    T.PAROLE_GRANTED: r"parole|early|replac|commut|chang|convert|switch|restrict|probation|fine|suspended|community|correctional",
    T.PAROLE_DENIED: r"parole|early",
    T.PARDONED: r"pardon|amnest|clemency",
    T.ACQUITTED: r"acquit|guilty|cleared|innocent",
    T.CHARGES_DROPPED: r"charge|conviction|verdict|sentence|case|decision|prosecution|investigation|proceedings",
    T.APPEAL_REJECTED: r"uphold|upheld|appeal",
    T.HOUSE_ARREST: r"house arrest",
    T.SENTENCED: r"sentenc|convict|guilty|jail|prison|term|years|months|life|fined",
    T.TRIAL: r"trial|heard|hearing",
    T.CHARGED: r"charge|indict|case|proceedings",
    T.DETAINED: r"arrest|detain|detention|custody|remand|prison|jail|incarcerat|bars|locked|apprehend",
    T.RELEASED: r"releas|free|let out|walk|left|emerged|came out|regained|liberty|allowed|bail|returned home|completed|finished|served out|expired|ended|its course|to an end",
    T.TRANSFERRED: r"transfer|moved|relocat|sent|taken|transport|hospital|admitted",
    T.HUNGER_STRIKE: r"hunger|refus",
    T.ILL_TREATMENT: r"tortur|beat|treat|abuse|electrocut|assault|torment|subject|medical|hospital|doctor",
    T.DIED: r"die|death|passed away|dead|killed",
    T.FLED: r"fled|flee|escap|left|emigrat|asylum|exile|deport|extradit|expel|abroad|forced|return|go back",
}
BY_TYPE = {t: tuple(trigger for trigger in TRIGGERS if trigger.type is t) for t in TRIGGERS_BY_TYPE}


def candidates(lowered: str) -> tuple[Trigger, ...]:
    """The triggers whose type has a hint word in ``lowered`` text and, when the trigger
    lists the words it needs, one of those too; in ``TRIGGERS`` order."""
    types = needed = 0
    for _, (type_bits, need_bits) in _WORDS.iter(lowered):
        types |= type_bits
        needed |= need_bits
    found = _CANDIDATES.get((types, needed))
    if found is None:
        found = tuple(
            trigger
            for trigger in TRIGGERS
            if types >> _TYPE_BIT[trigger.type] & 1
            and (not trigger.needs or needed >> _TRIGGER_BIT[trigger] & 1)
        )
        _CANDIDATES[(types, needed)] = found  # one entry per combination that occurs
    return found


def _words() -> ahocorasick.Automaton:
    """Every hint and needed word, with the types and the triggers it lets in, as bits."""
    bits: dict[str, tuple[int, int]] = {}
    for t, stems in HINTS.items():
        for stem in stems.split("|"):
            type_bits, need_bits = bits.get(stem, (0, 0))
            bits[stem] = (type_bits | 1 << _TYPE_BIT[t], need_bits)
    for trigger in TRIGGERS:
        for word in trigger.needs:
            type_bits, need_bits = bits.get(word, (0, 0))
            bits[word] = (type_bits, need_bits | 1 << _TRIGGER_BIT[trigger])
    automaton = ahocorasick.Automaton()
    for word, value in bits.items():
        automaton.add_word(word, value)
    automaton.make_automaton()
    return automaton


_TYPE_BIT = {t: i for i, t in enumerate(TRIGGERS_BY_TYPE)}
_TRIGGER_BIT = {trigger: i for i, trigger in enumerate(TRIGGERS)}
_WORDS = _words()  # one pass over a sentence finds every such word, overlapping or not
_CANDIDATES: dict[tuple[int, int], tuple[Trigger, ...]] = {}


ORDER = {trigger: i for i, trigger in enumerate(TRIGGERS)}  # earlier wins a tie
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def lower(text: str) -> str:
    """ASCII letters in lower case; unlike ``str.lower`` it never changes the length."""
    return text.translate(_ASCII_LOWER)


def find(trigger: Trigger, lowered: str) -> Iterator[tuple[int, int]]:
    """Where ``trigger`` matches in ``lowered`` text, as whole words."""
    for m in trigger.pattern.finditer(lowered):
        start, end = m.start(), m.end()
        starts_word = start == 0 or not lowered[start - 1].isalnum()
        if starts_word and not lowered[end : end + 1].isalpha():
            yield start, end


# The places a person is moved to, for "transferred": without one, "moved" is not a transfer.
CUSTODY_PLACES = re.compile(
    r"\b(?:prison|colony|jail|gaol|penitentiary|detention|facility|hospital|clinic|psychiatric|"
    r"intensive care|cell|camp|pre-trial|pretrial|solitary|isolator|sizo|ward|infirmary|"
    r"correctional|penal)\b",
    re.I,
)
NON_CUSTODIAL = re.compile(
    r"\b(?:restricted freedom|restriction of (?:liberty|freedom)|suspended|probation\w*|fined?|"
    r"community service|correctional labou?r|in absentia|parole-like)\b",
    re.I,
)
