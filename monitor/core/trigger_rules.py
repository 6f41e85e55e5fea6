"""The trigger rules: one record for each way English says something happened to a person.

A rule has a stable name (``sentenced.court-sentenced``: its event type, then a slug),
a *form* that says where its person stands, a pattern, what it says in plain words
(shown to users as the reason for an event), an optional side condition the pattern
alone cannot say, and example sentences it must fire on and counter-examples it must
not fire on (``tests/core/test_trigger_rules.py`` runs them all). Its needed words are
derived from the pattern (``monitor.core.regex_needs``), never copied by hand.

Forms:

VERB    a verb that takes the person as object when active ("the court sentenced
        X") and as subject when passive ("X was sentenced", "X, sentenced in 2019").
SUBJECT the person is the subject ("X died", "X fled", "X went on hunger strike",
        "X has been refused parole").
NOUN    a noun whose person follows "of/for/on/against" or precedes as a possessive
        ("the release of X", "X's arrest", "his death", "charges against X").

Patterns are English and matched on lower-cased text, without a leading word boundary
(``monitor.core.triggers.find_triggers`` checks that a match starts and ends a word). The order
of the table breaks ties: of two matches at the same place and of the same length, the
earlier rule wins.

``RULES`` is this table (``TABLE_RULES``) followed by the event lexicon's entries made
rules (``LEXICON_RULES``, from ``monitor.core.event_lexicon``), which yield to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from monitor.core.event_lexicon import ENTRIES, Shape
from monitor.core.regex_needs import Clause, guarded, needed_words
from monitor.core.rule_checks import Check
from monitor.core.types import EventType as T
from monitor.core.wordlists import WEEKDAYS


class Form(StrEnum):
    VERB = "verb"
    SUBJECT = "subject"
    NOUN = "noun"


# A trigger is whole words (``find_triggers`` keeps no other match), so its pattern opens
# with "no letter or digit before" (``str.isalnum``, which is ``\w`` less "_"): the regex
# engine then rules out every place inside a word at once, where "[a-z]+-and-a-half" would
# try each one. The same matches are kept.
WORD_START = r"(?<![^\W_])"


@dataclass(frozen=True, eq=False, slots=True)  # equal only to itself, hashed fast
class Rule:
    type: T
    slug: str
    form: Form
    source: str  # the regular expression, run on lower-cased text
    says: str  # in plain words, for users: "the court upheld the sentence"
    examples: tuple[str, ...]  # sentences it fires on
    counter_examples: tuple[str, ...] = ()  # sentences it must not fire on
    check: Check = Check.NONE
    state: bool = False  # says a state ("lives in exile"), not a change: background
    # a condition that lasts ("has been denied medical care"): in the present perfect it is
    # still going on, news wherever it is told, as a hunger strike is
    lasts: bool = False
    # the stage of a case it stands for, when not its type's (``event_tidy.STAGE``): a
    # house arrest that is the sentence is the verdict, not an earlier stage
    stage: T | None = None
    # a sentence changed from one term to another: when an appeal court changes it, the
    # appeal is decided too, and the conviction stands ("cut his sentence on appeal")
    changes_sentence: bool = False
    # the state its event ends, which it tells as background: "freed from house arrest" says
    # the person was under house arrest before (GUIDE.md labels both)
    ended: T | None = None
    # an entry of the event lexicon (``monitor.core.event_lexicon``): a fallback that yields
    # to the table's rules where both match; with a complement of its own ("into custody"),
    # also where a table rule matched but its side condition failed
    lexicon: bool = False
    complement: bool = False
    name: str = field(init=False)  # "sentenced.court-sentenced"
    pattern: re.Pattern[str] = field(init=False)
    needs: tuple[Clause, ...] = field(init=False)  # every match holds a word of each clause

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", f"{self.type}.{self.slug}")
        object.__setattr__(self, "pattern", guarded(f"{WORD_START}(?:{self.source})"))
        object.__setattr__(self, "needs", needed_words(self.source))


_DOCTOR = (
    r"(?:doctors?|cardiologists?|specialists?|physicians?|dentists?|oncologists?|neurologists?)"
)
_SEE_A_DOCTOR = (  # "... to let him see a cardiologist": the person, then a doctor
    r"(?=\s+(?:him|her|them|[\w'’-]+(?:\s+[\w'’-]+){0,2})\s+(?:to\s+)?see\s+(?:a\s+|an\s+|any\s+)?"
    rf"{_DOCTOR}\b)"
)
# ... or a doctor, then the person: "to let a doctor see her"
_A_DOCTOR_SEE = (
    rf"\s+(?:a\s+|an\s+|any\s+|the\s+prison\s+)?{_DOCTOR}\s+(?:to\s+)?(?:see|examine|treat)"
)
_WEEKDAY = "|".join(WEEKDAYS)  # "monday|tuesday|..."
_N = r"(?:\d+(?:\.\d+|½)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|[a-z]+-and-a-half)"
_OBJECTS_AND = (
    r"(?:(?!(?:of|a|an|the)\s)[\w'’-]+\s+){1,3}?and\s+(?:(?!(?:of|a|an|the)\s)[\w'’-]+\s+){1,3}?"
)
# "Amnesty said", "Amnesty launches a campaign": the organisation after the word, no amnesty;
# what it does may follow a time, a helper or an aside ("Amnesty on Monday condemned",
# "Amnesty has also called", "Amnesty, the London-based group, said")
_AMNESTY_ASIDE = (
    rf"\s+(?:on\s+(?:{_WEEKDAY})|(?:last|this)\s+(?:week|month|year)|yesterday|today|earlier|"
    r"also|again|previously|repeatedly|has|have|had|in\s+a\s+(?:statement|report))|,\s+[^,.]{1,60},"
)
AMNESTY_THE_GROUP = (
    rf"(?!\s+international\b|['’]s\s|(?:{_AMNESTY_ASIDE}){{0,2}}\s+(?:said|says|called|calls|"
    r"urged|urges|reported|documented|researchers?|directors?|campaigners?|launch(?:es|ed)|"
    r"welcomed?|welcomes|condemn(?:s|ed)|demand(?:s|ed)|warn(?:s|ed)|fears|feared|appealed|"
    r"campaigns|campaigned)\b)"
)
_TERM = rf"{_N}[- ](?:and[- ]a[- ]half[- ])?(?:years?|months?|days?|weeks?|decades?)(?:['’]?s?)"
# a span of time spent somewhere: "spent four months", "served 10 months and nine days"
_SPENT_A_SPAN = (
    r"(?:spent|served|spending|serving|spends)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?"
    rf"(?:{_TERM}|{_N}\s+(?:days?|weeks?|months?|years?))(?:\s+and\s+(?:{_TERM}|{_N}\s+(?:days?|weeks?|months?)))?"
)
# a person after a description: "the 24-year-old artist Polina Ivanova" (no "of", no
# article inside, so not "his lawyer a copy of the")
# what an appeal or a challenge was against: "appeal against (her) conviction", "challenge
# to the verdict"
_NOT_APPEALED = (
    r"(?<!against )(?<!against the )(?<!against his )(?<!against her )(?<!against their )"
    r"(?<!to the )(?<!to his )(?<!to her )(?<!to their )"
)
# not taken in a picture: "captured on camera", "captured in a photograph" (a picture is
# taken with or kept in one of these)
_NOT_PICTURED = (
    r"(?![^.]*?\b(?:on|in)\s+(?:(?:a|the)\s+)?"
    r"(?:cameras?|film|video|tape|cctv|photos?|photographs?|pictures?|images?|footage)\b)"
)
_DESCRIBED_PERSON = r"the\s+(?:(?!(?:of|a|an|the|to|for)\s)[\w'’-]+\s+){3,5}?"
# "into custody", "into ICE custody", "into criminal detention" (an arrest), not "into a
# detention centre" (a place)
INTO_CUSTODY = r"\s+(?:(?!the\s|an?\s)[\w-]+\s+){0,2}?(?:custody|detention)\b(?!\s+(?:cent(?:re|er)s?|facilit(?:y|ies)|camps?|units?|wards?)\b)"
# the building of a security service: "to the FSB building", "to the SBU headquarters" (not
# to go there on one's own business: "to file a complaint")
_SECURITY_BUILDING = (
    r"\s+(?:the\s+|an?\s+)?(?:local\s+|regional\s+|city\s+|district\s+)?(?:fsb|kgb|sbu|gknb|"
    r"dss|nss|sebin|dgcim|mss|state\s+security|security\s+service['’]?s?|intelligence\s+service['’]?s?|"
    r"counter-?terrorism|anti-extremism|centre\s+for\s+countering\s+extremism)\s+(?:building|"
    r"headquarters|offices?|premises|base)\b(?![^.;]{0,40}?\bto\s+(?:file|report|lodge|submit|"
    r"identify|visit|collect|deliver)\b)"
)
# A headline's verdict, then who gave it: "X (not) guilty of treason, court rules"
_COURT_RULES_AFTER = r"(?=\s+(?:of\s+[^,;:]{1,60}?)?,\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:court|judge|jury|tribunal)s?\s+(?:rules|ruled|says|said|finds|found|decides|decided)\b)"

# "arrests" as the verb, not the plural noun that a determiner or a count makes it ("a wave
# of arrests", "the arrests", "mass arrests", "these arrests"): the word, then a look back
# past it (a look back before it would be tried at every place in the sentence)
_ARRESTS_VERB = "arrests" + "".join(
    rf"(?<!\b{word} arrests)"
    for word in (
        *("of", "the", "these", "those", "such", "mass", "recent", "more", "further", "new"),
        *("latest", "many", "several", "arbitrary"),
    )
)
# What "jailed" may have between it and "for <an act>": a time or a place, a word or four
# ("jailed last year for", "jailed on Monday in Minsk for"), not a clause, a trial's
# state or a place of custody ("jailed in a camp for migrants")
_DATED_GAP = (
    r"(?:\s+(?!(?:and|or|but|who|whom|which|that|after|before|while|when|since|because|"
    r"pending|awaiting|without|until|as|by|with|to|from|on\s+suspicion|a|an|the|prisons?|"
    r"jails?|colony|colonies|camps?|cells?|centres?|centers?|facility|detention|custody)\b)"
    r"[\w'’-]+){0,4}?"
)
# What a person is jailed for that is an act or an offence: not a time ("for the night",
# "over the weekend", "for several hours", "for the first time") nor a purpose ("for
# questioning")
AN_ACT = (
    r"(?!(?:(?:a|an|the|his|her|their|some|several|many|few|more|than|up|to|at|least|nearly|"
    r"almost|about|over|another|further|first|second|third|fourth|fifth|{n})\s+)*"
    r"(?:hours?|days?|weeks?|months?|years?|decades?|nights?|weekends?|while|time|period|"
    r"duration|now|long|longer|christmas|holidays?|summer|winter|spring|autumn|past|course|"
    r"questioning|interrogation|investigation|safe-?keeping)\b)(?=[\w'‘\"“])"
).replace("{n}", _N)


# A term, or a term added to one: "another 19 years", "a further year", "three more years"
_A_TERM_MORE = (
    rf"(?:(?:another|a\s+further|an\s+(?:additional|extra))\s+)?{_TERM}"
    rf"|{_N}\s+more\s+(?:years?|months?)|(?:another|a\s+further)\s+(?:year|decade)"
)

# Who receives a term: "received", "got", "was (each) given", "were (both) handed"
_EACH = r"(?:each\s+|both\s+|also\s+)?"
_RECEIVED = rf"(?:received|got|(?:was|were)\s+{_EACH}(?:given|handed))"

# Sent to prison for a term or for what one did, after "sent" and its object: a court's doing,
# the term begun, not a move between places of custody ("sent to prison in 2014 for a poem",
# "sent him to jail for five years"; not "sent to a prison hospital for treatment")
SENT_FOR_A_TERM_OR_ACT = (
    rf"\s+(?:[\w'’-]+,?\s+){{0,4}}?to\s+(?:prison|jail)"
    r"(?![\w-]|\s+(?:hospitals?|clinics?|infirmary|cells?|wards?)\b)"
    rf"{_DATED_GAP}\s+(?:for\s+(?:{_A_TERM_MORE}|life|an?\s+(?:year|month|decade))\b|"
    rf"(?:for|over)\s+{AN_ACT})"
)

# Whom a sentence is for, between the noun and its verb: "the sentence of X", "the verdict
# against X", "the term handed down to X", "the term imposed on X"
_SENTENCE_FOR = r"(?:of|for|against|(?:handed|given)\s+(?:down\s+)?to|imposed\s+on)"
# A sentence left standing on appeal (but "confirmed to be", "confirmed as", "confirmed that")
_UPHELD = r"upheld|affirmed|confirmed(?!\s+(?:to|as|that)\b)"

# A prison term, and the ways it is said to run out.
_PRISON_TERM = r"(?:[\w-]+\s+){0,2}?(?:sentence|prison\s+term|jail\s+term|term\s+in\s+(?:prison|jail|a\s+(?:penal\s+)?colony))"
_RAN_OUT = (
    r"(?:has\s+|had\s+)?(?:expired|ended(?!\s+up)|r[au]n\s+its\s+course|c[oa]me\s+to\s+an\s+end)"
)

# A place inside the country, where an internal exile sends someone ("a remote province")
_INLAND = (
    r"(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:province|provinces|region|district|village|"
    r"town|oblast|county|countryside|settlement|interior)\b"
)
# a span of time a state lasted, before the state: "from (two) years of house arrest"
_SPAN_OF = r"(?:(?:[\w-]+\s+){0,2}?(?:years?|months?|weeks?|days?)\s+(?:of|in|under)\s+)?"
# Parole by its names: "parole", "early release", "conditional (early) release"
# A verb's object between the verb and what completes it ("found X guilty", "placed X
# under house arrest"): words, and when it is a list, its commas and dashes ("found A, B
# and C guilty", "found the three reporters – namely A, B and C – guilty"); no clause of
# its own ("found documents, and X said he was not guilty")
_OBJECT_WORD = (
    r"(?:(?!(?:said|says|told|that|who|which|he|she|they|we|i|was|were|is|are|pleaded|pled|"
    r"pleads|admitted|admits)\b)[\w'’-]+,?\s+"
    r"|[–—]\s+)"
)
_PAROLE = r"(?:(?:early\s+)?parole|early release|conditional(?:ly)?\s+(?:early\s+)?release)"
# What a prison term can be changed to without prison: parole in all but name.
_MILD = r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:restricted freedom|restriction of (?:liberty|freedom)|probation|parole|fine|suspended|community service|correctional labou?r|forced labou?r)"
COUNTRY = _COUNTRY = (
    r"(?:kazakhstan|russia|belarus|ukraine|georgia|armenia|moldova|iran|iraq|syria|egypt|"
    r"turkey|china|hong kong|azerbaijan|uzbekistan|tajikistan|kyrgyzstan|turkmenistan|"
    r"afghanistan|pakistan|india|bangladesh|myanmar|cambodia|thailand|vietnam|laos|nicaragua|"
    r"venezuela|cuba|eritrea|ethiopia|sudan|rwanda|uganda|zimbabwe|algeria|tunisia|morocco|"
    r"bahrain|saudi arabia|the uae|lebanon|israel|germany|france|britain|the uk|"
    r"the united kingdom|the united states|the us|canada|poland|lithuania|latvia|estonia|"
    r"the czech republic|sweden|norway|finland|the netherlands|belgium|austria|switzerland|"
    r"italy|spain|australia|japan|taiwan|south korea|"
    # the rest of Europe: "has applied for asylum in Serbia"
    r"serbia|montenegro|north macedonia|albania|bosnia|croatia|slovenia|slovakia|hungary|"
    r"romania|bulgaria|greece|cyprus|portugal|ireland|denmark|iceland|new zealand|"
    # the Americas: "left Guatemala for Mexico"
    r"mexico|guatemala|honduras|el salvador|costa rica|panama|colombia|ecuador|peru|bolivia|"
    r"brazil|argentina|chile|paraguay|uruguay)"
)


# Foreign capitals where exiles of the region settle: "flew on to Berlin" after a release
_EXILE_CITY = (
    r"(?:berlin|vilnius|warsaw|riga|tallinn|tbilisi|yerevan|prague|london|paris|washington|"
    r"istanbul|helsinki|stockholm|amsterdam|brussels|vienna|geneva|"
    # where a freed foreigner lands on the way home: "flew to Frankfurt on Friday"
    r"frankfurt|munich|hamburg|new york|toronto|madrid|rome|oslo|copenhagen|zurich|dublin)\b"
)
# A person handed over, not a thing ("handed over her passport", "the keys"), nor to
# custody ("handed over to the police", "... the activist to the FSB")
_HANDED_A_PERSON = (
    r"(?!\s+(?:his|her|their|its|an?)\b|[^.;,]{0,60}?\b(?:keys?|documents?|papers?|evidence|"
    r"files?|phones?|passports?|money|power|control|body|bodies|remains|corpses?|ashes|"
    r"belongings|possessions|letters?|data|lists?|materials?|recordings?|footage|devices?|"
    r"laptops?)\b)"
    r"(?![^.;]{0,80}?\bto\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:police|authorities|fsb|kgb|"
    r"military|army|security\s+(?:services?|forces|officers)|prosecutors?|investigators?|"
    r"custody|gendarmes?|gendarmerie|guards|officers|agents|court|interpol)\b)"
)
# ... to no one named in its clause, nor into custody after it ("handed over by Turkey
# and placed in pretrial detention"): freed
_TO_NO_ONE = (
    r"(?![^.;,]{0,80}?\bto\s)(?![^.;]{0,80}?\b(?:detention|custody|arrested|detained|"
    r"jailed|imprisoned|remanded)\b)"
)


# A release from medical care, not from custody: "released from (the) hospital", "freed
# from a clinic" (a psychiatric ward one is held in is custody: its release is a release)
_NOT_FROM_CARE = (
    r"(?!\s+(?:[\w'’-]+\s+){0,3}?from\s+(?:the\s+|a\s+)?(?!psychiatric)(?:[\w-]+\s+)?"
    r"(?:hospital|clinic|intensive\s+care|infirmary)\b)"
)
# What is released that is not a person: "released a statement", "releases new footage"
_A_THING = (
    r"\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:statements?|reports?|videos?|"
    r"footage|albums?|books?|films?|figures|data|details|documents|photos?|photographs|images|"
    r"recordings?|findings|results|memoirs?|guidelines|versions?|collections?|"
    r"documentar(?:y|ies)|trailers?|transcripts?|updates?|funds?|tranches?|balloons?|doves)\b"
)


# What one is expelled from without leaving the country: an organisation or a room.
_ORG = (
    r"(?:party|parties|school|university|college|academy|faction|parliament|chamber|council|"
    r"assembly|union|association|bar|club|team|league|federation|movement|committee|church|"
    r"organi[sz]ation|group|board|class|hall|courtroom|meeting|session|race|tournament|"
    r"competition)"
)

# Soldiers or a secret service as keepers of a person: "handed over to the military"
_MILITARY = (
    r"(?:the\s+)?(?:[\w-]+\s+)?(?:military|army|soldiers|junta|security\s+services?|"
    r"state\s+security|intelligence)\b(?!\s+(?:chiefs?|commanders?|heads?|officials?|spokes\w+)\b)"
)

# What a person is accused of: a crime or a criminal act, not "lying" or "hypocrisy".
_CRIME = (
    r"(?:(?:high\s+)?treason|subversion|extremis[mt]\w*|terroris[mt]\w*|espionage|spying|fraud|"
    r"embezzl\w+|brib\w+|corruption|money laundering|incit\w+|organi[sz]\w+|sedition|seditious|"
    r"hooliganism|tax evasion|abuse of power|murder|calling for|spreading|disseminat\w+|"
    r"insult\w*|defam\w+|libel|slander|collusion|conspir\w+|sabotage|smuggling|separatis\w+|"
    r"propaganda|discredit\w+|justif\w+|participat\w+|membership|financing|plotting|rebellion|"
    r"insurrection|undermining|crimes?|offences?|offenses?|illegal\w*|unlawful\w*|false)"
)


# what can die only in a figure of speech: "the death of free speech", "... of his career"
_ABSTRACT = (
    r"(?:democracy|freedoms?|liberty|liberties|justice|law|speech|press|journalism|media|"
    r"opposition|movement|dissent|society|autonomy|hopes?|dreams?|ideas?|careers?|party|"
    r"parties|newspapers?|paper|era|reforms?|pluralism|independence|rights|republic|politics|"
    r"protests?|revolution|peace|process|deal|truce|ceasefire|culture|industry|business|"
    r"company|project|campaign|negotiations|talks|rule\s+of\s+law)"
)
# ... as the last word of its phrase ("the death of the opposition in the city", not "the
# death of a party activist")
_PHRASE_ENDS = (
    r"(?=\s*(?:[,.;:!?)\"”’]|$)|\s+(?:in|on|at|of|and|or|as|for|to|is|was|were|would|will|"
    r"has|had|that|which|under|after|before|since|with|by|itself)\b)"
)


# what an exiled person is described as: "the exiled opposition leader", "the exiled prince"
_EXILE_ROLES = (
    r"leader|opposition|activist|journalist|blogger|dissident|writer|poet|editor|reporter|"
    r"politician|lawmaker|member|minister|president|premier|prime|king|queen|prince|princess|"
    r"heir|monarch|crown|tycoon|businessman|businesswoman|cleric|figure|founder|chief|head|"
    r"candidate|critic|rapper|singer|artist|scholar|academic|mayor|governor|general"
)


TABLE_RULES: tuple[Rule, ...] = (
    # parole granted
    Rule(
        T.PAROLE_GRANTED,
        "released-on-parole",
        Form.VERB,
        r"(?:released|freed|let out)(?:\s+\w+){0,3}?\s+on\s+(?:parole|licen[cs]e|probation)",
        says="released on parole",
        examples=("She was released on parole last week.", "He was freed on licence in May."),
        counter_examples=("He hopes to be released once parole is granted.",),
    ),
    Rule(
        T.PAROLE_GRANTED,
        "released-early",
        Form.VERB,
        # "early" the time of the day, not of the term: "released early on Wednesday"
        r"(?:released|freed)\s+early(?!\s+(?:on\s+(?!parole|licen[cs]e|probation)|in\s+the\s+"
        r"(?:morning|day)|this|that|the\s+next|yesterday|today|tomorrow|next)\b)",
        says="released early",
        examples=(
            "The poet was freed early for good behaviour.",
            "The poet was released early, in March, after a court review.",
        ),
        counter_examples=(
            "He was released earlier than expected.",
            "She was released early on Wednesday after paying a fine.",
            "He was freed early this morning, his lawyer said.",
        ),
    ),
    Rule(  # a part of the term served: released before its end, as "early release" is
        T.PAROLE_GRANTED,
        "released-after-part-of-term",
        Form.VERB,
        r"(?:released|freed)\b[^.;]{0,40}?\s+after\s+serving\s+(?:(?:half|two[- ]thirds|"
        r"three[- ]quarters|a\s+third|a\s+quarter|part|most|a\s+portion)|(?:[\w-]+\s+)"
        r"(?:years?|months?))\s+of\s+(?:his|her|their|the|an?)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:sentences?|terms?)",
        says="freed part-way through the term",
        examples=(
            "She was released early on Friday after serving two thirds of her term.",
            "He was freed on Monday after serving three years of a five-year sentence.",
        ),
        counter_examples=(
            "He was released on Friday after serving his full five-year term.",
            "She was freed after serving her sentence.",
        ),
    ),
    Rule(
        T.PAROLE_GRANTED,
        "paroled",
        Form.VERB,
        rf"paroled|granted(?=\s+{_OBJECT_WORD}{{1,24}}?(?:parole|early release)\b)",
        says="paroled",
        examples=("The board paroled him in May.", "A judge granted him parole."),
        counter_examples=("The court granted bail.",),
    ),
    Rule(
        T.PAROLE_GRANTED,
        "was-granted-parole",
        Form.SUBJECT,
        r"(?:was|were|been|is)\s+granted\s+(?:an?\s+)?(?:parole|early release|conditional(?:ly)? early release)",
        says="was granted parole",
        examples=("He was granted parole on Friday.",),
        counter_examples=("He was granted bail on Friday.",),
    ),
    Rule(
        T.PAROLE_GRANTED,
        "early-release",
        Form.NOUN,
        r"release on parole|parole release|early release|conditional(?:ly)? early release",
        says="early release",
        examples=("His early release came as a surprise.",),
        counter_examples=("They discussed an earlier release date.",),
    ),
    Rule(
        T.PAROLE_GRANTED,
        "rest-of-term-replaced",
        Form.VERB,
        r"(?:replac(?:ed|ing|es|e)|commut(?:ed|ing|es|e))\s+(?:the\s+)?(?:rest|remain(?:der|ing)(?:\s+(?:part|term))?|(?:last|final|remaining)\s+(?:[\w-]+\s+){0,2}?(?:years?|months?))(?:\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:term|sentence))?\s+with",
        says="the rest of the term was replaced",
        examples=(
            "The court replaced the rest of his term with restricted freedom.",
            "The court replaced the last 18 months of the activist's sentence with forced labour.",
        ),
        counter_examples=(
            "The court replaced the judge with another.",
            "The court replaced the last two judges with new ones.",
        ),
    ),
    Rule(
        T.PAROLE_GRANTED,
        "term-changed-to-milder",
        Form.VERB,
        rf"(?:(?:replac|commut|chang|convert|switch)(?:ed|ing|es|e)?|swap(?:ped|ping|s)?)(?=\s+(?:[\w'’-]+\s+){{0,6}}?(?:sentences?|terms?)\s+(?:to|with|into|for)\s+{_MILD})",
        says="the term was changed to a milder one",
        examples=(
            "The judge changed her prison sentence to probation.",
            "Court swaps the poet's remaining prison term for forced labour",
        ),
        counter_examples=("The judge changed his mind about the sentence.",),
    ),
    Rule(
        T.PAROLE_GRANTED,
        "term-was-commuted",
        Form.NOUN,
        rf"(?:sentences?|terms?)\s+(?:was|were|has been|had been|have been|is|are)\s+(?:\w+\s+)?(?:commuted|replaced|changed|converted|switched)\s+(?:to|with|into|for)\s+{_MILD}",
        says="the term was commuted to a milder one",
        examples=("His sentence was commuted to a fine.",),
        counter_examples=("His sentence was commuted to life imprisonment.",),
    ),
    # a parole revoked had been granted: "revoked his parole", "the parole of X was revoked"
    Rule(
        T.PAROLE_GRANTED,
        "parole-revoked",
        Form.NOUN,
        r"(?:revok(?:ed|es|e|ing)|cancell?(?:ed|ing)|annull(?:ed|ing)|rescind(?:ed|ing))\s+(?:(?:his|her|their|the)\s+)?(?:conditional\s+)?(?:parole|early release|release|liberty)|(?:parole|conditional\s+(?:release|liberty)|early release)(?=[^.;]{0,80}?\b(?:was|were|has been|had been)\s+(?:\w+\s+)?(?:revoked|cancell?ed|annulled|rescinded))",
        says="a parole since revoked",
        state=True,  # granted before the revocation the news is about: background
        examples=(
            "A court had revoked his parole in March.",
            "The conditional release of the poet was revoked on Tuesday.",
        ),
        counter_examples=("A court had revoked his licence in March.",),
    ),
    Rule(
        T.PAROLE_GRANTED,
        "request-granted",
        Form.VERB,
        r"(?:approved|granted|accepted|satisfied|upheld)(?=\s+(?:[\w'’-]+\s+){0,4}?(?:parole|early release|conditional(?:ly)? early release|(?:request|application|petition|bid|plea|motion)\s+for\s+(?:parole|early release))\b)",
        says="the court granted early release",
        examples=("The court approved his request for early release.",),
        counter_examples=("The court approved his request for a transfer.",),
    ),
    Rule(
        T.PAROLE_GRANTED,
        "granted-parole-to",
        Form.VERB,
        r"granted\s+(?:conditional\s+)?(?:parole|early release)\s+to",
        says="parole was granted",
        examples=("The commission granted parole to the activist.",),
        counter_examples=("The commission granted parole hearings to nobody.",),
    ),
    # parole denied
    Rule(
        T.PAROLE_DENIED,
        "was-denied-parole",
        Form.SUBJECT,
        rf"(?:was|were|been|is|has been|had been)\s+(?:\w+\s+)?(?:refused|denied)\s+{_PAROLE}",
        says="was denied parole",
        examples=("He was again denied parole.", "They have been denied conditional release."),
        counter_examples=("He was denied medical care.", "She was denied release on bail."),
    ),
    Rule(
        T.PAROLE_DENIED,
        "request-rejected",
        Form.NOUN,
        rf"(?:request|application|petition|bid|plea|motion)s?\s+for\s+{_PAROLE}[^.;]{{0,80}}?\b(?:rejected|dismissed|denied|refused|turned down)",
        says="a parole request was rejected",
        examples=(
            "Her request for parole was rejected by the court.",
            "His application for conditional release was turned down in May.",
        ),
        counter_examples=(
            "Her request for parole is still pending.",
            "Her request for release on bail was rejected.",
        ),
    ),
    Rule(
        T.PAROLE_DENIED,
        "rejected-request-for-parole",
        Form.VERB,
        rf"(?:rejected|rejects|dismissed|dismisses|denied|denies|refused|refuses|turned down)\s+(?:a|an|the|his|her|their)?\s*(?:(?:[\w-]+\s+){{0,3}}?[\w-]+['’]s\s+)?(?:request|application|petition|bid|plea|motion)s?\s+(?:\w+\s+){{0,2}}?for\s+{_PAROLE}",
        says="the court rejected a parole request",
        examples=(
            "The judge rejected his request for parole.",
            "A court on Saturday rejected her request for conditional release.",
        ),
        counter_examples=("The judge rejected his request for a new lawyer.",),
    ),
    Rule(  # the request's maker after "by" or "from", what was asked after "to be"
        T.PAROLE_DENIED,
        "rejected-request-by-to-be-freed-early",
        Form.NOUN,
        r"(?:rejected|rejects|dismissed|dismisses|denied|denies|refused|refuses|turned\s+down|"
        r"turns\s+down)\s+(?:a|an|the)\s+(?:request|application|petition|bid|plea|motion)"
        r"(?=\s+(?:by|from)\s+[^.;]{1,80}?\bto\s+be\s+(?:released|freed|let\s+out)\s+"
        r"(?:early|on\s+parole)\b)",
        says="asked to be freed early, refused",
        examples=(
            "A court turned down a request by the jailed economist to be released early.",
            "The board rejected an application from the poet to be freed on parole.",
        ),
        counter_examples=(
            "A court turned down a request by the prosecutor to have him moved.",
            "The court rejected a request by the defence to be heard early.",
        ),
    ),
    Rule(
        T.PAROLE_DENIED,
        "rejected-parole-request",
        Form.VERB,
        r"(?:rejected|rejects|dismissed|dismisses|denied|denies|refused|refuses|turned down)\s+(?:a|an|the|his|her|their)?\s*(?:(?:[\w-]+\s+){0,3}?[\w-]+['’]s\s+)?(?:parole|early[- ]release)\s+(?:request|application|petition|bid|plea|motion)s?",
        says="the court rejected a parole request",
        examples=("A judge turned down her parole application.",),
        counter_examples=("A judge turned down her bail application.",),
    ),
    Rule(
        T.PAROLE_DENIED,
        "parole-request-was-rejected",
        Form.NOUN,
        r"(?:parole|early[- ]release)\s+(?:request|application|petition|bid|plea|hearing)s?\s+(?:was|were|has been|had been)\s+(?:\w+\s+)?(?:rejected|dismissed|denied|refused|turned down)",
        says="a parole request was rejected",
        examples=("His parole request was turned down in March.",),
        counter_examples=("His parole request was granted.",),
    ),
    Rule(  # a headline without the auxiliary: "Parole refused for X"
        T.PAROLE_DENIED,
        "headline-parole-refused",
        Form.NOUN,
        r"(?:parole|early\s+release)\s+(?:refused|denied|rejected)(?=\s+(?:for|to)\b)",
        says="parole was refused",
        examples=("Parole refused for jailed union leader",),
        counter_examples=("Parole granted for jailed union leader",),
    ),
    Rule(
        T.PAROLE_DENIED,
        "denied-parole",
        Form.VERB,
        rf"(?:denied|denies|refused|refuses|rejected|rejects)\s+(?:[\w'’-]+\s+){{0,3}}?{_PAROLE}",
        says="the court denied parole",
        examples=("The court denied him parole.", "A board refused early release for the poet."),
        counter_examples=("The court denied him bail.",),
    ),
    Rule(
        T.PAROLE_DENIED,
        "refused-to-release-early",
        Form.VERB,
        rf"(?:refused|refuses|declined|declines)\s+to\s+(?:release|free)(?=\s+{_OBJECT_WORD}{{1,24}}?(?:on\s+parole|early)\b)",
        says="the court refused early release",
        examples=("The judges refused to release him early.",),
        counter_examples=("The judges refused to release the files.",),
    ),
    Rule(
        T.PAROLE_DENIED,
        "refused-to-grant-parole",
        Form.VERB,
        rf"(?:refused|refuses|declined|declines)\s+to\s+(?:grant|give|allow)(?=\s+{_OBJECT_WORD}{{1,24}}?(?:parole|early\s+release|conditional(?:ly)?\s+early\s+release)\b)",
        says="refused to grant parole",
        examples=("The court refused to grant the blogger early release.",),
        counter_examples=("The court refused to grant the blogger a hearing.",),
    ),
    Rule(
        T.PAROLE_DENIED,
        "rejected-earlier-requests",
        Form.VERB,
        r"(?:rejected|rejecting|turned down|turning down|dismissed|dismissing|denied|denying)\s+(?:(?:his|her|their|several|two|three|four|five|many|multiple|repeated|all|previous|earlier|prior)\s+){1,3}(?:requests|applications|petitions|bids)",
        says="earlier parole requests were rejected",
        check=Check.PAROLE_IN_SENTENCE,
        examples=("After rejecting three applications, the board finally approved his parole.",),
        counter_examples=("The ministry rejected several requests from journalists.",),
    ),
    # pardoned
    Rule(
        T.PARDONED,
        "pardoned",
        Form.VERB,
        # ("pardons" after a word that makes it a noun: "received royal pardons")
        r"pardon(?:ed|ing)\b|(?<!royal )(?<!presidential )(?<!received )(?<!their )(?<!the )"
        r"(?<!receive )(?<!got )(?<!get )(?<!of )pardons\b|amnestied|grant(?:ed|s)\s+(?:\w+\s+)?(?:a\s+)?(?:presidential\s+)?(?:pardons?|amnest(?:y|ies)|clemency)",
        says="pardoned",
        examples=("The president pardoned the journalist.", "The king pardons two bloggers."),
        counter_examples=("He asked for a pardon.", "The two reporters received royal pardons."),
    ),
    Rule(
        T.PARDONED,
        "pardon",
        Form.NOUN,
        r"(?:(?:presidential|royal)\s+)?pardon(?:ing|s)?(?:\s+decree)?(?!\s+(?:committee|commission|board|council|department|office)\b)|amnesty"
        + AMNESTY_THE_GROUP
        + r"|clemency(?!\s+(?:committee|commission|board)\b)",
        says="a pardon",
        examples=(
            "A presidential pardon freed him.",
            "The amnesty freed the blogger on Monday.",
            "The amnesty, announced on Monday, freed the blogger.",
            "The amnesty also freed the blogger.",
            "The two reporters received royal pardons.",
        ),
        counter_examples=(
            "He called the mistake pardonable.",
            "Amnesty International said the blogger was tortured.",
            "Amnesty called on the authorities to free the blogger.",  # the organisation
            "Amnesty's researchers said the blogger was held incommunicado.",
            "Amnesty launches a campaign for the jailed blogger.",  # a headline's organisation
            "Amnesty condemned the verdict against the blogger.",
            "Amnesty on Monday condemned the blogger's detention.",
            "Amnesty has also called for the blogger's release.",
            "Amnesty, the London-based group, said the blogger was beaten.",
            "The president revived the Pardon Committee, which reviewed the blogger's file.",
        ),
    ),
    Rule(  # a head of state's clemency: "his sentence was commuted by presidential decree"
        T.PARDONED,
        "commuted-by-the-head-of-state",
        Form.NOUN,
        r"(?:sentences?|terms?)\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+['‘\"“]?commuted\s+by\s+"
        r"(?:an?\s+|the\s+)?(?:(?:presidential|royal|executive)\s+(?:order|decree|pardon|clemency)s?|"
        r"(?:president|king|emir|sultan|monarch)\b)"
        # (not to a lesser term: "commuted by royal decree to life in prison")
        r"(?![^.;]{0,40}?\b(?:to|into)\s+(?:life|an?\s|\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifteen|death))",
        says="commuted by the head of state",
        examples=(
            "His sentence was commuted by presidential order on Friday.",
            'Her prison term was "commuted by presidential decree", the ministry said.',
        ),
        counter_examples=(
            "His death sentence was commuted by royal decree to life in prison.",
            "His sentence was commuted to ten years by the supreme court.",
        ),
    ),
    # acquitted
    Rule(
        T.ACQUITTED,
        "acquitted",
        Form.VERB,
        rf"acquit(?:ted|s)?\b|exonerated|found\s+(?:\w+\s+)?(?:not\s+guilty|innocent)|cleared\s+of\s+(?:all\s+)?(?:the\s+)?(?:charges|{_CRIME})",
        says="acquitted",
        examples=("The jury acquitted the editor.", "The editor was cleared of incitement."),
        counter_examples=(
            "The jury found the editor guilty.",
            "The square was cleared of protesters.",
        ),
    ),
    Rule(
        T.ACQUITTED,
        "found-not-guilty",
        Form.VERB,
        rf"(?:found|find|finds)(?=\s+{_OBJECT_WORD}{{1,24}}?(?:not\s+guilty|innocent)\b)|clear(?:ed|s)(?=\s+(?:[\w'’-]+\s+){{1,4}}?of\s+(?:all\s+)?(?:the\s+)?(?:charges|wrongdoing|{_CRIME})\b)",
        says="found not guilty",
        examples=(
            "The court found the three activists not guilty.",
            "A judge cleared the activist of incitement on Tuesday.",
            "The court found Anna Ivanova, Olga Petrova and Ivan Sidorov not guilty.",
        ),
        counter_examples=(
            "The court found the three activists guilty.",
            "Police cleared the square of protesters.",
        ),
    ),
    Rule(
        T.ACQUITTED,
        "acquittal",
        Form.NOUN,
        r"acquittal",
        says="an acquittal",
        check=Check.NOT_ENDED,
        examples=("Her acquittal surprised observers.",),
        counter_examples=(
            "Observers called the ruling unacquittable.",
            "The appeals court overturned the acquittal of the blogger.",
        ),
    ),
    Rule(
        T.ACQUITTED,
        "label-not-guilty",
        Form.SUBJECT,
        r"(?<=: )(?:found\s+)?not\s+guilty",
        says="not guilty",
        examples=("The verdicts. Two reporters: not guilty.",),
        counter_examples=("He said he was not guilty.", "The editor: guilty of fraud."),
    ),
    Rule(
        T.ACQUITTED,
        "not-guilty-court-rules",
        Form.SUBJECT,
        # a headline: "Blogger X not guilty of treason, court rules"
        rf"not\s+guilty{_COURT_RULES_AFTER}",
        says="the court ruled them not guilty",
        examples=("Blogger not guilty of treason, court rules",),
        counter_examples=("Blogger not guilty, his lawyer says",),
    ),
    Rule(
        T.ACQUITTED,
        "declared-not-guilty",
        Form.VERB,
        r"(?:declared|ruled|pronounced)(?=\s+(?:[\w'’-]+\s+){0,4}?(?:not\s+guilty|innocent)\b)|(?:ruled|decided|concluded|found|held)\s+(?:[\w'’,-]+\s+){0,8}?that(?=\s+(?:[\w'’-]+\s+){1,5}?(?:was|were|is|are)\s+(?:not\s+guilty|innocent)\b)",
        says="declared not guilty",
        examples=(
            "The jury declared him not guilty.",
            "The editor was declared innocent.",
            "A court declared the poet Ivan Petrov not guilty.",
            "The court ruled on Monday that the poet was not guilty of fraud.",
        ),
        counter_examples=("The editor declared his innocence.",),
    ),
    # charges dropped
    Rule(
        T.CHARGES_DROPPED,
        "charges-were-dropped",
        Form.NOUN,
        # (an apposition may stand between: "charges against X, a rights lawyer and head of
        # a group (HRG), have been discontinued"; the first auxiliary is the verb's)
        r"(?:charges?|allegations|accusations)\s+(?:(?!(?:was|were|have|has|had|are|is)\s)[\w'’()-]+,?\s+){0,20}?(?:was|were|have been|has been|had been|are|is)\s+(?:(?!not\s|never\s)\w+\s+)?(?:dropped|withdrawn|lifted|dismissed|discontinued)",
        says="the charges were dropped",
        examples=(
            "The charges against him were dropped.",
            "Criminal charges against the editor had been discontinued.",
            "Charges against Ivan Petrov, a lawyer and head of the Rights Group (RG), have been discontinued.",
            "The allegations were later dropped.",
        ),
        counter_examples=(
            "The charges against him were upheld.",
            "The charges against him were read out, and the case was dropped.",
            "The charges against him were not dropped.",
            "She dropped her allegations against the minister.",
        ),
    ),
    Rule(
        T.CHARGES_DROPPED,
        "prosecutors-dropped-charges",
        Form.VERB,
        r"(?:dropped|drops|withdrew|withdraws|lifted|drop|withdraw)\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:charges|(?:criminal\s+)?case|prosecution|investigation|inquiry|probe)",
        says="prosecutors dropped the charges",
        examples=(
            "Prosecutors dropped all charges against the blogger.",
            "Prosecutors dropped the espionage inquiry into the reporter.",
        ),
        counter_examples=("Prosecutors dropped by the office.",),
    ),
    Rule(
        T.CHARGES_DROPPED,
        "dismissed-the-charges",
        Form.VERB,
        # a court or prosecutors dismissing counts: "dismissed 15 fraud charges against X",
        # "dismissed the case against X"; not someone calling them false ("dismissed the
        # charges as absurd") nor what a court was asked to dismiss ("a motion to dismiss")
        r"(?<!to )(?:dismissed|dismisses|dismissing)\s+(?:all\s+|the\s+|(?:all\s+)?(?:remaining\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|both)\s+)?"
        r"(?:remaining\s+)?(?:[\w-]+\s+){0,2}?(?:charges?|counts?|indictments?|criminal\s+case|case)"
        r"(?=\s+(?:against|of)\b)(?![^.;]{0,120}?\bas\s+(?:\w+\s+)?(?:baseless|absurd|false|fabricated|politically|ridiculous|groundless|lies|nonsense|unfounded|a\s+))",
        says="the charges were dismissed",
        examples=(
            "Prosecutors dismissed 15 money laundering charges against the three organisers.",
            "On Monday a judge dismissed all charges against the reporter.",
            "The court dismissed the remaining two counts against the activist.",
            "A federal judge dismissed the criminal case against the blogger.",
        ),
        counter_examples=(
            "The reporter dismissed the charges against him as absurd.",
            "Her lawyer dismissed the case against her as politically motivated.",
            "The defence asked the judge to dismiss the charges against him.",
            "The court dismissed his appeal against the charges.",
            "The judge dismissed the jury.",
        ),
    ),
    Rule(
        T.CHARGES_DROPPED,
        "case-closed",
        Form.VERB,
        r"(?:terminated|terminates|discontinued|discontinues|closed|closes|(?<!a )(?<!the )(?<!under )(?<!very )close)\s+(?:the\s+)?(?:criminal\s+)?(?:case|proceedings|prosecution|investigation|inquiry|probe)",
        says="the case was closed",
        examples=(
            "Investigators closed the criminal case against her.",
            "Police close investigation into the reporter for lack of evidence",
        ),
        counter_examples=(
            "Investigators closed the road.",
            "The reporter was kept under close investigation.",
        ),
    ),
    Rule(
        T.CHARGES_DROPPED,
        "conviction-was-quashed",
        Form.NOUN,
        # (not what an appeal was against: "her appeal against conviction was dismissed")
        rf"{_NOT_APPEALED}(?:conviction|verdict|sentence|case|court decisions?|proceedings|prosecution|investigation)\s+(?:\w+\s+){{0,6}}?(?:was|were|has been|had been|have been)\s+(?:(?!not\s|never\s)\w+\s+)?(?:quashed|overturned|annulled|canceled|cancelled|closed|vacated|dismissed|set aside|dropped|terminated|discontinued|withdrawn)",
        says="the conviction was quashed",
        examples=("His conviction was quashed on appeal.",),
        counter_examples=(
            "His conviction was upheld.",
            "His conviction was never overturned.",
            "Her appeal against conviction was dismissed.",
            "His challenge to the verdict was dismissed on Monday.",
        ),
    ),
    Rule(
        T.CHARGES_DROPPED,
        "headline-conviction-quashed",
        Form.NOUN,
        # a headline leaves out the auxiliary: "Blogger's conviction overturned"
        r"(?:convictions?|verdicts?|charges)\s+(?:quashed|overturned|annulled|vacated|set\s+aside|dropped|withdrawn)(?=\s*(?:[;:,.]|$|\s+(?:on|by|in|after|against)\b))",
        says="the conviction was quashed",
        examples=(
            "Blogger's conviction overturned",
            "Activist's conviction quashed on appeal",
            "Editor's charges dropped after outcry",
        ),
        counter_examples=("The conviction overturned decades of precedent.",),
    ),
    Rule(
        T.CHARGES_DROPPED,
        "court-quashed-conviction",
        Form.VERB,
        # (not an appeal or a challenge dismissed: "dismissed her appeal against conviction")
        r"(?:quashed|quashes|quashing|overturned|overturns|overturning|annulled|annuls|annulling|vacated|set aside|closed|dismissed)\s+(?:(?!(?:appeals?|challenges?|bids?|complaints?|motions?|petitions?|requests?|objections?)\b)[\w'’-]+\s+){0,3}?(?:convictions?|verdicts?|sentence|criminal case|case)",
        says="the court quashed the conviction",
        examples=("The supreme court quashed her conviction.",),
        counter_examples=(
            "The supreme court quashed the protest ban.",
            "The court dismissed her appeal against conviction.",
            "The judges dismissed his challenge to the verdict.",
        ),
    ),
    # appeal rejected
    Rule(
        T.APPEAL_REJECTED,
        "court-upheld-sentence",
        Form.VERB,
        r"(?:upheld|upholds|uphold)\s+(?:[\w'’-]+\s+){0,5}?(?:sentences?|verdicts?|convictions?|rulings?|decisions?|judge?ments?|(?:prison|jail)\s+terms?)"
        # ... and the term with it: "upheld the conviction and 10-year prison term of X"
        r"(?:\s+and\s+(?:(?:the|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:sentences?|(?:prison|jail)\s+terms?)\b)?",
        says="the court upheld the sentence",
        examples=(
            "The appeals court upheld the sentence.",
            "The appeals court upheld the prison term given to the poet.",
            "The court upheld the conviction and 10-year prison term of the poet.",
            "The court upheld the verdict and sentenced the poet to a longer term.",
        ),
        counter_examples=(
            "The court upheld the complaint.",
            "The court upheld the terms of the contract.",
        ),
    ),
    Rule(
        T.APPEAL_REJECTED,
        "court-confirmed-sentence",
        Form.VERB,
        r"(?:confirmed|confirms|affirmed|affirms|endorsed|let\s+stand)\s+(?:[\w'’-]+\s+){0,5}?(?:sentences?|verdicts?|convictions?)(?!\s+(?:would|will|was|is|had|has|could)\b)",
        says="the court confirmed the sentence",
        check=Check.BY_A_COURT,
        examples=("The appeals court confirmed the ten-year sentence of the blogger.",),
        counter_examples=(
            "The lawyer confirmed that the hearing was over.",
            "The lawyer confirmed the sentence would be appealed.",
            "Court sources confirmed the sentence handed down to the poet.",
            "The party's legal head confirmed the convictions to Reuters on Monday.",
            "His counsel, Ivan Sidorov, confirmed the verdict to reporters.",
        ),
    ),
    Rule(  # the sentence first, then the court that let it stand, in a relative clause
        T.APPEAL_REJECTED,
        "sentence-a-court-upheld",
        Form.NOUN,
        rf"(?:{_TERM}\s+)?(?:sentences?|terms?|verdicts?|convictions?)(?:,?\s+(?:that|which))?\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,4}}?(?:court|judges?|tribunal)(?:\s+[\w-]+){{0,4}}?\s+(?:upheld|let\s+stand|confirmed|affirmed|left\s+(?:unchanged|intact|in\s+place)|refused\s+to\s+(?:overturn|quash))\b",
        says="a court upheld the sentence",
        examples=(
            "A court gave him 12 years, a sentence that an appeals court in Moscow let stand.",
            "She received a term which the Supreme Court upheld in May.",
            "A court gave him four years, a verdict the Court of Appeals left intact.",
            # ... the clause set off by a comma
            "He protested against his sentence, which an appeals court upheld in September.",
        ),
        counter_examples=(
            "She received a term which the Supreme Court overturned in May.",
            "He protested against his sentence, which the court said was lenient.",
            "He received a sentence that the court said was lenient.",
        ),
    ),
    Rule(  # "rejected the appeal, leaving the five-year sentence unchanged": no new sentence
        T.APPEAL_REJECTED,
        "sentence-left-unchanged",
        Form.VERB,
        r"(?:leaving|left|keeping|kept)\s+(?:[\w'’-]+\s+){0,5}?(?:sentences?|verdicts?|convictions?|prison\s+terms?|jail\s+terms?)\s+(?:unchanged|intact|in\s+force|in\s+place|standing)",
        says="the sentence was left unchanged",
        examples=(
            "The court rejected the appeal, leaving the activist's five-year sentence unchanged.",
        ),
        counter_examples=("The court left the hall after the sentence was read.",),
    ),
    Rule(
        T.APPEAL_REJECTED,
        "court-refused-to-hear-appeal",
        Form.VERB,
        r"(?:refused|declined|refuses|declines)\s+to\s+(?:hear|consider|review|examine)\s+(?:[\w'’-]+\s+){0,3}?appeals?",
        says="the court refused to hear the appeal",
        examples=("The supreme court refused to hear the blogger's appeal.",),
        counter_examples=("The supreme court refused to hear the witness.",),
    ),
    Rule(
        T.APPEAL_REJECTED,
        "court-rejected-appeal",
        Form.VERB,
        r"(?:rejected|rejects|dismissed|dismisses|denied|turned down)\s+(?:(?:[\w-]+\s+){0,5}?[\w-]+['’]s\s+(?:and\s+(?:[\w-]+\s+){0,3}?[\w-]+['’]s\s+)?|his\s+|her\s+|their\s+|the\s+|an?\s+)?(?:(?:final|last|latest|second|third|further|fresh|new|renewed|first|cassation|supervisory|similar|separate|last-ditch)\s+)?appeals?",
        says="the court rejected the appeal",
        check=Check.OF_THE_VERDICT,
        examples=(
            "The regional court rejected his appeal.",
            "The court rejected the poet Ivan Orlov's and Anna Kim's appeal.",
            "The Supreme Court rejected the chemist's cassation appeal.",
            "The court rejected his appeal against the verdict, and he stays in detention.",
        ),
        counter_examples=(
            "The regional court rejected his request.",
            "The court rejected his request to appeal.",
            "The court rejected the appeal to move the poet to house arrest.",
            "The court rejected her appeal against her pretrial detention.",
        ),
    ),
    Rule(
        T.APPEAL_REJECTED,
        "appeal-was-rejected",
        Form.NOUN,
        r"appeals?(?!\s+(?:court|for))",
        says="the appeal was rejected",
        check=Check.APPEAL_REJECTED_AFTER,
        examples=(
            "His appeal was rejected in June.",
            "Blogger's appeal rejected",
            "Appeal against conviction dismissed.",  # a docket's line
        ),
        counter_examples=(
            "His appeal will be heard in June.",
            "Appeal against conviction lodged.",
        ),
    ),
    Rule(
        T.APPEAL_REJECTED,
        "had-sentence-upheld",
        Form.SUBJECT,
        r"(?:had|have|has|having)\s+(?:his|her|their)\s+(?:prison\s+)?(?:sentences?|convictions?|verdicts?)\s+(?:\w+ly\s+)?upheld",
        says="had the sentence upheld",
        examples=("The two bloggers had their convictions upheld on Monday.",),
        counter_examples=("The two bloggers had their convictions overturned on Monday.",),
    ),
    Rule(
        T.APPEAL_REJECTED,
        "sentence-was-upheld",
        Form.NOUN,
        rf"(?:{_TERM}\s+)?(?:sentences?|convictions?|verdicts?|prison\s+terms?|jail\s+terms?)(?:\s+{_SENTENCE_FOR}(?:\s+[\w'’-]+){{1,4}}?)?(?:,\s+which)?\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+ly\s+|also\s+)?(?:{_UPHELD}|left\s+(?:unchanged|intact|in\s+force|standing)|allowed\s+to\s+stand)",
        says="the sentence was upheld",
        examples=(
            "The blogger's sentence was upheld by the Supreme Court on Tuesday.",
            "The conviction of the two poets was confirmed on appeal.",
            "The 10-year sentence handed to the blogger was upheld on Monday.",
            "The verdict against the two poets was affirmed by the Supreme Court.",
            "Her prison term was left unchanged by the appeals court.",
            # ... in a relative clause set off by a comma
            "He went on hunger strike against his sentence, which was upheld in May.",
        ),
        counter_examples=(
            "Her sentence was confirmed to be five years.",
            "He went on hunger strike against his sentence, which was handed down in May.",
            "Her sentence was overturned on appeal.",
        ),
    ),
    Rule(
        T.APPEAL_REJECTED,
        "headline-sentence-upheld",
        Form.NOUN,
        # (with its term, and whom it is for: "10-year prison sentence upheld for X")
        rf"(?:(?:convictions?|verdicts?)\s+and\s+)?(?:{_TERM}\s+)?(?:sentences?|convictions?|verdicts?|(?:prison|jail)\s+(?:terms?|sentences?))\s+(?:upheld|affirmed|confirmed)(?=\s*(?:[;:,.]|$|\s+(?:on|by|in|after|against)\b|\s+for\s+(?!(?:many|some|most|all|me|us|them|those)\b)))",
        says="the sentence was upheld",
        examples=(
            "Kazakh blogger's sentence upheld; wife also detained",
            "Activist's conviction upheld by Supreme Court",
            "10-year prison sentence upheld for rights defender",
            "Conviction and sentence upheld for jailed poet",
            "Seven-year jail term confirmed for opposition leader",
            "Five-year sentence affirmed against blogger",
        ),
        counter_examples=(
            "Her sentence upheld hopes of a retrial for years.",
            "The verdict confirmed for many that the trial was a sham.",
        ),
    ),
    Rule(
        T.APPEAL_REJECTED,
        "lost-appeal",
        Form.SUBJECT,
        # (a court's appeal: "lost a court appeal", "loses Supreme Court appeal"; an appeal to
        # undo the verdict: "loses appeal to reduce prison sentence")
        r"(?:lost|loses|lose|losing)\s+(?:(?:his|her|their|an|the|a)\s+)?"
        r"(?:(?:final|latest|last|second|court|supreme|high|appeals?|top)\s+){0,3}appeal"
        r"(?!\s+(?:among|with|for)\b)(?!\s+to\s+(?!(?:reduce|overturn|cut|lift|quash|annul|"
        r"shorten|end|overrule)\b))",
        says="lost the appeal",
        examples=(
            "She lost her appeal last week.",
            "Jailed editor loses appeal against eight-year sentence",  # a headline
            "Blogger loses final appeal",
            "The activist on Wednesday lost a court appeal against her prison sentence.",
            "Activist loses appeal to reduce prison sentence",
            "The editor lost his Supreme Court appeal.",
        ),
        counter_examples=(
            "She lost her passport last week.",
            "The party lost appeal among young voters.",
            "The party lost appeal to young voters.",
            "The campaign lost a court case over its posters.",
        ),
    ),
    # house arrest
    Rule(
        T.HOUSE_ARREST,
        "placed-under-house-arrest",
        Form.SUBJECT,
        r"(?:placed|put|sent|moved|transferred|confined|returned)\s+(?:\w+\s+)?(?:under|to|into|in)\s+house arrest",
        says="placed under house arrest",
        examples=(
            "He was placed under house arrest.",
            "A judge ordered that the editor be returned to house arrest.",
        ),
        counter_examples=("He was placed in a cell.",),
    ),
    Rule(
        T.HOUSE_ARREST,
        "court-placed-under-house-arrest",
        Form.VERB,
        # (not across "but still", "but remains": a house arrest that goes on after the move)
        rf"(?:placed|put|sent|moved|transferred|released|changed|switched|replaced|commuted|places|puts|sends|moves|transfers|releases)(?=\s+(?:(?!(?:still|but|remains?|yet)\b){_OBJECT_WORD}){{1,24}}?(?:under|to|into|in|with)\s+house arrest)",
        says="a court ordered house arrest",
        examples=(
            "The court placed the journalist under house arrest.",
            "Court sends activist to house arrest",
            "Judge moves the organiser from jail to house arrest",
            "The court placed Anna Ivanova, Olga Petrova and Ivan Sidorov under house arrest.",
        ),
        counter_examples=(
            "The court placed the journalist in custody.",
            "He has been moved to a clinic but is still kept under house arrest.",
            "She was moved to her flat but remains under house arrest.",
        ),
    ),
    Rule(
        T.HOUSE_ARREST,
        "released-to-house-arrest",
        Form.VERB,
        r"released\s+(?:\w+\s+){0,3}?(?:to|into|under)\s+house arrest",
        says="released to house arrest",
        examples=("She was released to house arrest.",),
        counter_examples=("She was released from house arrest.",),
    ),
    Rule(
        T.HOUSE_ARREST,
        "ordered-held-under-house-arrest",
        Form.VERB,
        rf"ordered(?=\s+{_OBJECT_WORD}{{1,24}}?(?:to\s+be\s+)?(?:held|kept|placed|put)\s+under\s+house arrest)",
        says="ordered held under house arrest",
        examples=("A judge ordered him to be held under house arrest.",),
        counter_examples=("A judge ordered him held in jail.",),
    ),
    Rule(
        T.HOUSE_ARREST,
        "house-arrest",
        Form.NOUN,
        r"(?<!from )house arrest",
        says="house arrest",
        check=Check.NOT_ENDED,
        examples=("His house arrest was extended.",),
        counter_examples=(
            "She was freed from house arrest.",
            "A judge ended his house arrest on Monday.",
        ),
    ),
    Rule(
        T.HOUSE_ARREST,
        "granted-house-arrest",
        Form.VERB,
        r"granted(?=\s+(?:[\w'’-]+\s+){0,2}?house arrest\b)",
        says="the court granted house arrest",
        examples=("Last year a judge granted him house arrest.",),
        counter_examples=("The judge granted him bail instead of house arrest.",),
    ),
    Rule(
        T.HOUSE_ARREST,
        "given-house-arrest",
        Form.VERB,
        # "were given house arrest", "handed her house arrest", "gave them house arrests with
        # travel bans"
        r"(?:given|gave|gives|handed|hands)(?=\s+(?:(?!(?:instead|rather|than|between|or|and|choice|not|no)\s)[\w'’-]+\s+){0,6}?house\s+arrests?\b)",
        says="the court ordered house arrest",
        examples=(
            "The four journalists were given house arrests with travel bans.",
            "A judge handed the activist house arrest on Friday.",
            "The court gave her two months of house arrest.",
            "A judge handed Anna Maria Ivanova two months of house arrest.",
        ),
        counter_examples=(
            "The court gave him bail instead of house arrest.",
            "She was given a choice between jail and house arrest.",
        ),
    ),
    Rule(
        T.HOUSE_ARREST,
        "confined-to-home",
        Form.SUBJECT,
        # kept at home by the authorities: "has been confined to her home", "was locked in
        # his house under police guard" (not by illness or by choice)
        r"(?:confined|locked(?:\s+up)?|shut\s+in)\s+(?:to|in|inside)\s+(?:his|her|their)\s+(?:own\s+)?(?:homes?|houses?|residences?|flats?|apartments?)\b"
        r"(?![^.;]{0,60}?\b(?:ill|illness|sick|sickness|flu|covid|virus|injur\w*|quarantine|self-isolat\w*|fever|bed|wheelchair)\b)",
        says="confined to the home",
        examples=(
            "The former premier has been confined to her home, which police guard day and night.",
            "Since the verdict the opposition leader was locked in his house by police.",
            "The cleric was confined to his residence by the security services.",
        ),
        counter_examples=(
            "The former premier has been confined to her home with the flu.",
            "He was confined to his house by illness for a month.",
            "She was confined to a wheelchair after the attack.",
        ),
    ),
    Rule(
        T.HOUSE_ARREST,
        "sentenced-to-house-arrest",
        Form.VERB,
        r"sentenced(?=\s+(?:[\w'’-]+\s+){0,2}?to\s+(?:[\w'’-]+\s+){0,3}?(?:of\s+)?house arrest\b)",
        says="sentenced to house arrest",
        stage=T.SENTENCED,
        examples=("The court sentenced her to two years of house arrest.",),
        counter_examples=("The court sentenced her to two years in prison.",),
    ),
    # sentenced
    Rule(
        T.SENTENCED,
        "court-sentenced",
        Form.VERB,
        r"sentenced|sentences|(?<=to )sentence\b",
        says="sentenced",
        examples=("A court sentenced him to six years.",),
        counter_examples=("The sentence was harsh.",),
    ),
    Rule(
        T.SENTENCED,
        "convicted",
        Form.VERB,
        rf"convicted|found\s+(?:\w+\s+)?guilty|(?:found|finds|declared|declares|pronounced)(?=\s+{_OBJECT_WORD}{{2,24}}?(?<!not )guilty\b)",
        says="convicted",
        examples=(
            "She was convicted of fraud.",
            "The judge declared the poet Anna Ivanova guilty of treason.",
            "The court found Anna Ivanova, Olga Petrova and Ivan Sidorov guilty of treason.",
        ),
        counter_examples=("She was found not guilty.", "The judge declared her not guilty."),
    ),
    Rule(
        T.SENTENCED,
        "ruled-that-guilty",
        Form.VERB,
        r"(?:ruled|decided|concluded|found|held)\s+(?:[\w'’,-]+\s+){0,8}?that(?=\s+(?:[\w'’-]+\s+){1,5}?(?:was|were|is|are)\s+guilty\b)",
        says="the court ruled them guilty",
        examples=(
            "The court ruled on Monday after a one-day trial that the poet was guilty of fraud.",
        ),
        counter_examples=(
            "The court ruled that the poet was not guilty of fraud.",
            "Her critics said that the poet was guilty of hypocrisy.",
        ),
    ),
    Rule(
        T.SENTENCED,
        "guilty-court-rules",
        Form.SUBJECT,
        # a headline: "Blogger X guilty of treason, court rules"
        rf"(?<!not )(?<!plead )(?<!pleads )(?<!pleaded )guilty{_COURT_RULES_AFTER}",
        says="the court ruled them guilty",
        examples=(
            "Blogger guilty of treason, court rules",
            "Artist guilty of 'discrediting' army, Moscow court says",
        ),
        counter_examples=(
            "Blogger not guilty of treason, court rules",
            "Blogger to plead guilty, lawyer says",
        ),
    ),
    Rule(
        T.SENTENCED,
        "guilty-verdict",
        Form.NOUN,
        r"guilty\s+verdicts?|(?<!with )convictions?(?!\s+(?:rate|that|of\s+(?:the|his|her|their|its)\s+(?:own|beliefs|faith)))",
        says="a guilty verdict",
        check=Check.NOT_A_CAUSE,
        examples=(
            "A jury returned a guilty verdict against the blogger.",
            "Rights groups condemned the conviction of the poet.",
        ),
        counter_examples=(
            "He spoke with conviction.",
            "The conviction rate is high.",
            "He was jailed following his conviction.",
            "Judges heard the poet's appeal against his conviction.",
        ),
    ),
    Rule(
        T.SENTENCED,
        "ordered-to-serve",
        Form.VERB,
        rf"ordered(?=\s+(?:[\w'’-]+\s+){{1,4}}?to\s+serve\s+(?:an?\s+)?(?:{_TERM}|life|{_N}\s+(?:years?|months?))\b)",
        says="ordered to serve a term",
        examples=("The court ordered the poet to serve five years in prison.",),
        counter_examples=("The court ordered the poet to serve the papers.",),
    ),
    Rule(  # the term a court orders, then whom for: "ordered up to 20 years in jail for X"
        T.SENTENCED,
        "ordered-a-term-for",
        Form.VERB,
        # (up to "for": the person right after it is its object)
        rf"ordered\s+(?:up\s+to\s+)?(?:{_TERM}|{_N}\s+(?:years?|months?))\s+"
        r"(?:in\s+(?:prison|jail)|(?:of\s+)?(?:imprisonment|prison|jail))\s+for"
        rf"(?!\s+(?:(?:{_N}|an?|the|his|her|their|such)\s+)?(?:[\w-]+\s+)?(?:offen[cs]es?|crimes?|acts?)\b)",
        says="a court ordered a prison term",
        examples=(
            "A court ordered up to 20 years in jail for the defendants, including the poet.",
            "The tribunal ordered five years in prison for the two editors on Monday.",
        ),
        counter_examples=(
            "The council ordered five years of repairs for the prison.",
            "The law ordered ten years in prison for such offences.",
            "The court ordered the editor to pay five years of rent.",
        ),
    ),
    Rule(
        T.SENTENCED,
        "received-a-fine",
        Form.SUBJECT,
        r"(?:received|receives|got|gets|was\s+given|were\s+given|was\s+handed|were\s+handed)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?fines?(?=\s*(?:[.,;]|$|(?:of|for|on|over|from|in|by|and|after|under|last|this)\b))",
        says="fined",
        examples=("The editor received a heavy fine.", "She got a 500-euro fine."),
        counter_examples=("The editor received a fine watch.",),
    ),
    Rule(
        T.SENTENCED,
        "ordered-to-pay-a-fine",
        Form.VERB,
        rf"(?:ordered|ordering|orders)(?=\s+{_OBJECT_WORD}{{1,24}}?to\s+pay\s+(?:an?\s+)?(?:[\w-]+\s+){{0,3}}?fines?\b)",
        says="fined",
        examples=(
            "The court ordered the editor to pay a fine.",
            "The court freed the editor, ordering him to pay a fine of 300,000 roubles.",
        ),
        counter_examples=("The court ordered the editor to pay his rent.",),
    ),
    Rule(  # a court that jails someone passes a sentence; police who jail them arrest them
        T.SENTENCED,
        "jailed-by-a-court",
        Form.VERB,
        r"(?:jailed|imprisoned)(?!\s+for\s+(?:questioning|the\s+night|a\s+night|hours|days)\b)(?=\s+(?:[\w'’-]+\s+){0,3}?by\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:court|judge|tribunal)\b)",
        says="jailed by a court",
        examples=(
            "The blogger was jailed on Thursday by a court in Cairo.",
            "She was imprisoned by a military tribunal in 2019.",
        ),
        counter_examples=(
            "The blogger was jailed by police overnight.",
            "He was jailed for questioning by order of a court.",
        ),
    ),
    Rule(
        T.SENTENCED,
        "jailed-for-years",
        Form.VERB,
        # (a term added to one: "jailed for another 19 years", "for a further year", "for
        # three more years")
        rf"(?:jailed|imprisoned)\s+for\s+(?:{_A_TERM_MORE}|life|an?\s+(?:year|month|decade)(?:\s+and\s+a\s+half)?)",
        says="jailed for a term",
        check=Check.NOT_HELD_FOR_TRIAL,
        examples=(
            "He was jailed for five years.",
            "She was jailed for a year.",
            "He was imprisoned for 18 months.",
            "Kremlin critic jailed for another 19 years",
            "He was jailed for a further three years on Friday.",
            "She was imprisoned for an additional 15 months.",
            "The blogger was jailed for two more years.",
            "He was jailed for another decade.",
        ),
        counter_examples=(
            "He was jailed for protesting.",
            "He was jailed for two months pending trial.",
            "He was jailed for another two months pending trial.",
            "He was jailed for another night.",
            "She was jailed for more than a year.",
        ),
    ),
    Rule(  # a punishment for an act implies a conviction: "jailed for a poem"
        T.SENTENCED,
        "jailed-for-an-act",
        Form.VERB,
        rf"(?:jailed|imprisoned)(?={_DATED_GAP}\s+(?:for|over)\s+{AN_ACT})",
        says="jailed for what they did",
        check=Check.NOT_ACCUSED_ONLY,
        examples=(
            "She was jailed for a poem.",
            "He was jailed last year for insulting the president.",
            "A court in Minsk jailed her on Monday for her reporting.",
            "He was imprisoned in 2020 over a song.",
            "She was jailed for treason.",
        ),
        counter_examples=(
            "He was jailed for questioning.",
            "She was jailed for the night.",
            "He was jailed for the first time in 2019.",
            "She was jailed over the weekend.",
            "He was jailed for several hours.",
            "He was jailed in a camp for migrants.",
            "He was jailed after the protests for three days.",  # a term, read by its own rule
            "She was jailed pending trial for insulting the president.",
            "He was jailed for his posts on charges of extremism.",
            "She was jailed on suspicion of spying for Ukraine.",
            "The poet, jailed for a protest, said he was well.",  # what describes him
        ),
    ),
    Rule(
        T.SENTENCED,
        "sentence-extended",
        Form.VERB,
        r"(?:extended|lengthened|increased|raised|added\s+(?:[\w-]+\s+){1,3}?to)\s+(?:the|his|her|their)\s+(?:prison\s+|jail\s+)?(?:sentences?|terms?)\s+of\b",
        says="the court lengthened the sentence",
        examples=(
            "A court extended the prison sentence of the blogger by two years.",
            "The court added four years to the prison term of the poet.",
        ),
        counter_examples=("The court extended the deadline of the appeal.",),
        changes_sentence=True,
        stage=T.APPEAL_REJECTED,
    ),
    Rule(
        T.SENTENCED,
        "received-a-sentence",
        Form.SUBJECT,
        rf"{_RECEIVED}\s+(?:an?\s+|\w+\s+){{0,2}}(?:{_TERM}\s+)?(?:prison\s+|jail\s+|suspended\s+|life\s+)?(?:sentences?|(?:prison|jail) terms?|terms? in (?:prison|jail))"
        # a term of years given to a person, bare: a prison term, not one of office
        rf"|{_RECEIVED}\s+(?:an?\s+)?{_TERM}\s+"
        r"(?:suspended\s+)?terms?(?!\s+(?:as|of\s+office|in\s+office|on\s+the|at\s+the)\b)",
        says="received a sentence",
        examples=(
            "She received a three-year prison sentence.",
            "He received a 2½ year sentence.",
            "Two other reporters received five-year terms that the court suspended.",
            "The editor was handed a six-year term in a penal colony.",
            "The two editors each received four-year jail terms.",
            "The organisers were each given five-year prison terms.",
            "The poets were both handed jail terms in absentia.",
        ),
        counter_examples=(
            "She received a letter.",
            "The guards were each given five-year contracts at the jail.",
            "She was given a five-year term as chair of the board.",
            "He received a two-year term on the council.",
        ),
    ),
    Rule(
        T.SENTENCED,
        "was-ordered-to-serve",
        Form.SUBJECT,
        rf"ordered\s+to\s+serve\s+(?:an?\s+|the\s+)?(?:{_TERM}|{_N}\s+(?:days?|weeks?|months?|years?))",
        says="was ordered to serve a term",
        examples=(
            "The five activists were ordered to serve nine months.",
            "She was ordered to serve two years in a penal colony.",
        ),
        counter_examples=("She was ordered to serve as a witness.", "He was ordered to serve tea."),
    ),
    Rule(
        T.SENTENCED,
        "a-term-sentence",
        Form.NOUN,
        rf"(?:{_TERM}|life|death)\s+(?:(?:prison\s+|jail\s+|suspended\s+)?sentence|(?:prison|jail)\s+term"
        # a bare term only as a court gives it: "the four-year term handed to X"
        r"|term(?=\s+(?:handed|imposed)\s+(?:down\s+)?(?:to|on)\b))(?!\s+(?:he|she)\s+(?:is|was)\s+serving)"
        # a sentence undone is no new one: "Death sentence for X overturned", "X's ten-year
        # sentence was quashed"
        # ... nor is one upheld: "X's ten-year sentence was upheld" (the appeal's rule)
        rf"(?!\s+(?:{_SENTENCE_FOR}\s+(?:[\w'’-]+\s+){{1,4}}?)?"
        r"(?:(?:was|were|is|has\s+been|had\s+been)\s+)?"
        rf"(?:overturned|quashed|annulled|set\s+aside|revoked|vacated|{_UPHELD})\b)",
        says="a prison sentence",
        check=Check.NOT_SERVED_OR_APPEALED,
        examples=(
            "The five-year sentence drew protests.",
            "Her death sentence shocked the town.",
            "His two-decade jail term drew protests.",
            "The four-year term handed to the poet in March shocked her friends.",
        ),
        counter_examples=(
            "He is serving a five-year sentence.",
            "The death sentence for the poet was overturned.",
            "The ten-year sentence handed to the poet was upheld on Monday.",
            "Seven-year prison sentence upheld for the editor",
            "She began a five-year term as mayor.",
            "The four-year term given to the new mayor starts in May.",
            # a point reached in a term is a state, as serving it is
            "He was paroled on Tuesday, two years into a five-year sentence.",
            "She went on hunger strike halfway through her ten-year sentence.",
            # ... and one appealed against was given before: the appeal is the news
            "The court rejected an appeal by the poet, a teacher, against a four-year sentence.",
        ),
    ),
    Rule(
        T.SENTENCED,
        "a-year-term",
        Form.NOUN,
        r"(?:19|20)\d\d\s+(?:prison\s+|jail\s+|suspended\s+)?(?:sentence|conviction|(?:prison|jail)\s+term)",
        says="a prison sentence of a year named",
        check=Check.NOT_BEING_SERVED,
        examples=(
            "He was once released early from a 2015 prison term for organising protests.",
            "Her 2019 conviction for fraud was never overturned.",
        ),
        counter_examples=(
            "He is serving a 2015 sentence.",
            "She began a 2020 term as mayor.",
        ),
    ),
    Rule(
        T.SENTENCED,
        "got-years-in-prison",
        Form.SUBJECT,
        rf"(?:gets|got|receives|received|(?:was|were)\s+{_EACH}given|is given)\s+(?:an?\s+)?(?:{_TERM}|life)\s+(?:in\s+(?:prison|jail|a\s+(?:penal\s+)?colony)|behind\s+bars|of\s+restricted\s+freedom)",
        says="got years in prison",
        examples=("He got seven years in prison.", "The two were each given ten years in prison."),
        counter_examples=("He got seven letters in prison.",),
    ),
    # a term or life given as a bare span: "was given life for treason", "received 25 years."
    Rule(
        T.SENTENCED,
        "given-a-bare-term",
        Form.SUBJECT,
        rf"{_RECEIVED}\s+(?:{_N}[- ](?:years?|decades?)|life)(?=\s*(?:[.,;]|$|each\b|apiece\b|for\s+(?!the\s+first\b)|over\b|on\s+charges\b))",
        says="given a prison term",
        examples=(
            "The leader was given life for treason.",
            "His deputy received 25 years, and the treasurer 20 years.",
            "Seven couriers were handed ten years each.",
        ),
        counter_examples=(
            "She was given five years to repay the loan.",
            "He received two years of training in Paris.",
            "The club was given life membership.",
        ),
    ),
    # "Among those given life terms was X", "were given prison terms of up to ten years"
    Rule(
        T.SENTENCED,
        "given-terms",
        Form.VERB,
        r"(?:given|handed)(?=\s+(?:life|prison|jail|long|heavy|lengthy)\s+(?:terms?|sentences?)\b(?!\s+to\b))",
        says="given a prison term",
        examples=(
            "Among those given life terms was the lawyer Mansoor Al Zaabi.",
            "Those handed long sentences included the lawyer Mansoor Al Zaabi.",
        ),
        counter_examples=("The judge has given life terms to dozens of activists.",),
    ),
    # what a verdict leaves them to do: "will have to serve 18 years in prison"
    Rule(
        T.SENTENCED,
        "will-have-to-serve",
        Form.SUBJECT,
        rf"(?:will\s+have\s+to|would\s+have\s+to|must|(?:is|are)\s+to)\s+serve\s+(?:an?\s+)?(?:{_TERM}|life)(?=\s+(?:in\s+(?:prison|jail|a\s+(?:penal\s+)?colony)|behind\s+bars|(?:prison\s+|jail\s+)?(?:sentences?|terms?))\b)",
        says="has a term to serve",
        examples=(
            "The two editors will have to serve six years in prison, their lawyer said.",
            "She must serve a three-year prison term.",
        ),
        counter_examples=(
            "He may have to serve six years in prison if convicted.",
            "She will have to serve two years as chair.",
        ),
    ),
    # "the same sentence was given to X and Y": a term named before, now theirs too
    Rule(
        T.SENTENCED,
        "same-sentence-given",
        Form.NOUN,
        r"(?:same|identical|similar)\s+(?:prison\s+|jail\s+)?(?:sentences?|terms?|punishment)(?=\s+(?:was|were)\s+(?:given|handed)\s+to\b)",
        says="the same sentence was given",
        examples=("The same sentence was given to the poet and her editor.",),
        counter_examples=("The same sentence was read out twice.",),
    ),
    Rule(
        T.SENTENCED,
        "court-jailed-for-years",
        Form.VERB,
        # ... a list of them between, with ages: "jailed X, 45, and Y, 27, for three years"
        rf"jail(?:s|ed)(?=\s+(?:(?!(?:who|whom|which|that|after|before|since|because|while|when)\b)[\w'’,-]+\s+){{1,10}}?for\s+(?:{_A_TERM_MORE}|life)\b)",
        says="the court jailed them for a term",
        examples=(
            "A court jailed the blogger for four years.",
            "A court jailed Anna Kim, 45, and Boris Li, 27, for three years.",
            "A court jailed the blogger for 19 more years on Friday.",
        ),
        counter_examples=(
            "A court jailed the blogger on Monday.",
            "Police jailed the blogger, who had campaigned for two years against the mine.",
        ),
    ),
    Rule(
        T.SENTENCED,
        "headline-jails",
        Form.VERB,
        # a headline's present tense, with no term: "Belarus jails opposition activist"
        r"(?<!the )(?<!its )(?<!in )(?<!of )(?<!from )(?<!city )(?<!county )(?<!state )jails(?!\s+(?:more|most|are|were|have|had|across|in|and)\b)",
        says="the court jailed them",
        examples=(
            "Belarus jails opposition activist over protest posts",
            "Court jails the blogger",
        ),
        counter_examples=(
            "The jails are full.",
            "The country's jails are full.",
            "He toured the city jails.",
            "Iran jails more women than any other country.",
        ),
    ),
    Rule(
        T.SENTENCED,
        "fined",
        Form.VERB,
        r"fined",  # a sentence too, without prison
        says="fined",
        examples=("The court fined her heavily.",),
        counter_examples=("The refined argument won.",),
    ),
    # "handed X a seven-year prison term", "gave her five years in a penal colony"
    # (a list of people with "and" but no "of": "gave X and Y", not "gave his lawyer a copy of")
    Rule(
        T.SENTENCED,
        "handed-a-term",
        Form.VERB,
        # ... to several: "gave activists X and Y two-year suspended sentences"
        rf"(?:handed|hands|gave|gives)(?=\s+(?:(?:[\w'’-]+\s+){{1,3}}?|{_OBJECTS_AND}|{_DESCRIBED_PERSON})(?:an?\s+)?(?:(?:{_TERM}|life)\s+(?:(?:prison\s+|jail\s+|suspended\s+)?(?:sentences?|terms?)|in\s+(?:prison|jail|a\s+(?:penal\s+)?colony)|behind\s+bars)|suspended\s+(?:prison\s+|jail\s+)?(?:sentences?|terms?))\b)"
        # "a court gave him four years in June": a bare term after a person's pronoun
        rf"|(?:handed|hands|gave|gives)(?=\s+(?:him|her|them)\s+{_N}\s+(?:years?|months?)(?:\s*[,.;]|\s+(?:in|on|for|over|after)\b))"
        # ... the term's length after it: "handed X a prison term of five years"
        rf"|(?:handed|hands|gave|gives)(?=\s+(?:[\w'’-]+\s+){{1,3}}?(?:an?\s+)?(?:prison|jail)\s+(?:sentences?|terms?)\s+of\s+(?:{_N}|life)\b)",
        says="the court handed down a term",
        examples=(
            "The judge handed him a seven-year prison term.",
            "Court gives poet suspended sentence",
            "A Tbilisi court gave him four years in June for organising violence.",
            "The court gave activists Anna Kim and Boris Li two-year suspended sentences.",
            "A court gave the 24-year-old artist Anna Kim two years in a penal colony.",
            "A court handed the editor a prison term of five years and eight months.",
        ),
        counter_examples=(
            "The judge handed him a letter.",
            "The court gave her suspended hope.",
            "The court gave him two weeks to pay the fine.",
            "The court gave the lawyers of Anna Kim and Boris Li two weeks to appeal.",
            "The clerk gave Anna Kim and her lawyer a copy of the six-year sentence.",
            "The clerk gave the lawyers of the artist Anna Kim two years to appeal.",
            "The clerk gave the young artist Anna Kim a copy of the six-year sentence.",
        ),
    ),
    # a docket's outcome: "(Savich H.): verdict – 4 years, general regime"; a live blog's
    # "Verdict in the case of X: six years in a colony"
    Rule(
        T.SENTENCED,
        "verdict-a-term",
        Form.NOUN,
        rf"(?:verdict|sentence)(?:\s+(?:in\s+the\s+case\s+of|for|of)\s+[^:;.–—]{{3,60}}?)?\s*(?::|\s[–—-])\s*(?:{_TERM}|life)(?!\s+(?:ago|old|later|earlier|after|before|since)\b)",
        says="the verdict: a prison term",
        examples=(
            "Case No. 1-77/2026 (Petrov I.): verdict – 4 years, general regime.",
            "Ivan Petrov. Sentence: 6 years in a penal colony.",
            "10:31 Verdict in the case of Ivan Petrov: six years in a strict-regime colony.",
        ),
        counter_examples=(
            "Verdict in the case of Ivan Petrov: the judge has retired.",
            "The verdict for Ivan Petrov – two years after his arrest – was expected.",
            "The verdict – 4 years after the arrest – surprised no one.",
            "Verdict: guilty.",
        ),
    ),
    # a court list's entry: a name, a comma, the term, and the entry ends ("Minsk: X, 3
    # years (Art. 342); Homel: Y, 5 years")
    Rule(
        T.SENTENCED,
        "term-in-a-list-entry",
        Form.SUBJECT,
        rf"(?:(?<=, )|(?<= – )|(?<= — )|(?<= - )){_N}[- ](?:and[- ]a[- ]half[- ])?(?:years?|months?)(?=\s*(?:\([^()]{{1,40}}\)\s*)?(?:;|\.?$))",
        says="given a prison term",
        check=Check.A_NAME_BEFORE,
        examples=(
            "Minsk: Ivan Petrov, 3 years (Art. 342); Homel: Olga Li, 5 years.",
            "Olga Li, six years",
            "1. Olga Li – 7 years (Art. 159); 2. Ivan Petrov – acquitted.",  # a dash, a number
        ),
        counter_examples=(
            "She has lived in Minsk with Olga Li, 3 years ago.",
            "Olga Li – a teacher for 7 years.",
            "The wait – 7 years.",  # no name before
            "Olga Li, 3 years old; Ivan Petrov, 5 years old.",
            "Olga Li has worked there for three years, five months.",
        ),
    ),
    # a term said without "sentence": "received ten years", "got over four years"
    Rule(
        T.SENTENCED,
        "received-years",
        Form.SUBJECT,
        rf"(?:received|receives|got|gets|(?:was|were)\s+{_EACH}(?:given|handed)|is given|are given|is handed|are handed|(?<=and )(?:given|handed))\s+(?:(?:over|more than|nearly|almost|about|up to|just over)\s+)?{_N}(?:\s+(?:and|to)\s+{_N})?\s+(?:years?|months?)(?!\s+(?:ago|old|earlier|later|of\s+(?!prison|imprisonment|jail|restricted|house)))|(?:received|got|were given|were handed)\s+(?:prison\s+|jail\s+)?terms\s+(?:of|between|ranging)",
        says="received a prison term",
        examples=(
            "The organiser received 12 years, while his deputy got over five years.",
            "Two other defendants received terms between three and six years.",
            "The cameraman got four years on the same charge.",
            "He was arrested in May and handed eight years in July.",
            "Sept. 2022 - Her co-defendant, tried with her, is given 18 months, suspended.",
        ),
        counter_examples=(
            "She got two years of training abroad.",
            "He was arrested in May and handed over to the police.",
            "They received five years of funding from the city.",
            "He received the award two years ago.",
        ),
    ),
    Rule(
        T.SENTENCED,
        "sentencing-of",
        Form.NOUN,
        # (not one put off or set for a day: "Sentencing set as to X for 3 March")
        r"sentencing(?!\s+(?:hearings?|guidelines|date|phase|session|stage))(?![^.;]{0,60}?\b(?:postponed|adjourned|set|scheduled|rescheduled|continued|delayed|deferred|put\s+off|will|is\s+due|is\s+expected)\b)",
        says="the sentencing",
        examples=(
            "Rights groups condemned the sentencing of the editor to six years.",
            "Minute entry: Sentencing held as to Ivan Petrov.",  # a docket's "as to"
        ),
        counter_examples=(
            "The sentencing hearing was postponed again.",
            "The sentencing of the editor was postponed.",
            "Sentencing set as to Ivan Petrov for 3/3/2027.",
            "The sentencing of the editor is set for 3 March.",
        ),
    ),
    Rule(
        T.SENTENCED,
        "sentence-handed-to",
        Form.VERB,
        rf"(?:handed down|delivered|imposed|issued|passed)\s+(?:an?\s+)?(?:(?:{_TERM}(?:\s+and\s+{_TERM})?|life)\s+(?:prison\s+|jail\s+)?(?:sentence|term)|(?:suspended\s+|prison\s+|jail\s+|custodial\s+)+(?:sentence|term)\s+of\s+(?:{_TERM}|{_N}\s+(?:years?|months?)))\s+(?:to|on|against)"
        # a prison term, new or not, given "on Tuesday to" someone
        r"|handed\s+down\s+(?:an?\s+)?(?:(?:new|fresh|further|second|third|another|heavy|harsh|lengthy|long)\s+)?(?:prison|jail)\s+(?:sentence|term)(?=\s+(?:(?:on|last|this)\s+[\w'’-]+\s+)?(?:to|against)\s)",
        says="the court handed down a sentence",
        examples=(
            "The court handed down a 12-year prison sentence to the blogger.",
            "A judge delivered a ten-year and six-month sentence to the poet.",
            "The court handed down a suspended sentence of two years to the blogger.",
            "The court handed down a new prison term on Tuesday to the jailed reporter.",
        ),
        counter_examples=("The court handed down a 12-year prison sentence last year.",),
    ),
    Rule(  # the sentence a court gives out, and whom against: "announced the sentence against X"
        T.SENTENCED,
        "announced-the-sentence",
        Form.NOUN,
        r"(?:announced|announces|pronounced|pronounces|read\s+out|reads\s+out)\s+(?:the|its|a)\s+"
        r"(?:(?!(?:date|time|day|hearing)\b)[\w-]+\s+){0,2}?sentences?"
        r"(?=\s+(?:against|for|on|of|in\s+the\s+case\s+of)\s)",
        says="the court announced the sentence",
        examples=(
            "The court announced the sentence against the scholar after a two-day trial.",
            "The judge read out the sentences of the four defendants on Monday.",
        ),
        counter_examples=(
            "The court announced the date of the sentence hearing for the scholar.",
            "The court will announce the sentence against the scholar next week.",
        ),
    ),
    Rule(
        T.SENTENCED,
        "the-term-he-received",
        Form.SUBJECT,
        r"(?:received|got|was\s+handed)(?!\s+(?:an?|the|his|her|their|\d+)\b)",
        says="the sentence they received",
        check=Check.AFTER_A_TERM,
        examples=(
            "He was sent back to serve the four-year sentence he received in 2020.",
            "The term that she got last year was cut.",
        ),
        counter_examples=(
            "He received a letter in 2020.",
            "The sentence he received a letter about was harsh.",
        ),
    ),
    Rule(
        T.SENTENCED,
        "sentence-reduced",
        Form.VERB,
        rf"(?:reduce[ds]?|reducing|cuts?|cutting|shorten(?:ed|s|ing)?|lower(?:ed|s|ing)?|increase[ds]?|increasing|extend(?:ed|s|ing)?|lengthen(?:ed|s|ing)?|toughen(?:ed|s|ing)?)(?=\s+(?:[\w'’-]+\s+){{0,4}}?(?:sentences?|prison\s+terms?|jail\s+terms?)\s+(?:of\s+(?:[\w'’.-]+\s+){{1,5}}?)?(?:from\s+(?:[\w-]+\s+){{1,3}}?)?to\s+(?:an?\s+)?(?:{_N}|life)\b)",
        says="the court changed the sentence",
        examples=(
            "An appeals court reduced her sentence from 27 years to four years.",
            "The court reduced the prison sentence of the editor from eight years to five.",
            "Campaigners welcomed the decision to reduce her sentence to four years.",
            "The court cut the blogger's prison term to three years.",
        ),
        counter_examples=("The court reduced the fine to 100 dollars.",),
        changes_sentence=True,
        stage=T.APPEAL_REJECTED,
    ),
    Rule(
        T.SENTENCED,
        "sentence-was-reduced",
        Form.NOUN,
        r"(?:sentences?|prison\s+terms?|jail\s+terms?)\s+(?:(?:was|were|has been|had been)\s+(?:\w+\s+)?)?(?:reduced|cut|shortened|lowered|increased|extended|lengthened|toughened)\s+(?:from\s+(?:[\w-]+\s+){1,3}?)?to\s+(?:[\w-]+\s+){0,3}?(?:years?|months?|life)\b",
        says="the sentence was changed",
        examples=(
            "Her sentence was reduced to four years on appeal.",
            "Jailed editor's prison term cut to five years",  # a headline
        ),
        counter_examples=(
            "Her sentence was reduced by a week.",
            "The sentence cut short his career.",
        ),
        changes_sentence=True,
        stage=T.APPEAL_REJECTED,
    ),
    Rule(
        T.SENTENCED,
        "headline-sentence-cut",
        Form.NOUN,
        r"(?:sentences?|prison\s+terms?|jail\s+terms?)\s+(?:reduced|cut|shortened|halved)(?=\s*(?:[;:,.]|$|\s+(?:on|by|in|after)\b))",
        says="the sentence was changed",
        examples=(
            "Jailed editor's sentence cut on appeal",
            "Blogger's jail term halved",
        ),
        counter_examples=(
            "His sentence cut into his savings.",
            "Her sentence reduced him to tears.",
        ),
        changes_sentence=True,
        stage=T.APPEAL_REJECTED,
    ),
    Rule(
        T.SENTENCED,
        "serving-a-term",
        Form.SUBJECT,
        rf"(?:serving|serves|served)\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:{_TERM}|life)\s+(?:prison\s+|jail\s+)?(?:sentence|term)"
        # a term told long without its length: "are serving long sentences", "lengthy terms"
        r"|(?:serving|serve)\s+(?:(?:a|his|her|their)\s+)?(?:long|lengthy|heavy|harsh)\s+(?:prison\s+|jail\s+)?(?:sentences?|terms?)\b",
        says="serving a prison term",
        state=True,
        examples=(
            "The poet, a former teacher, is serving a ten-year sentence.",
            "The two reporters are serving long prison sentences.",
        ),
        counter_examples=("The poet is serving as a teacher.",),
    ),
    # a term told by its end: "completed a four-year sentence in May", "served out his term"
    Rule(
        T.SENTENCED,
        "completed-a-term",
        Form.SUBJECT,
        # (with "his"/"her" it is the release of ``released.served-out-term``)
        rf"(?:completed|completing|finished|finishing|served\s+out|serving\s+out)\s+an?\s+(?:{_TERM}|life)\s+(?:prison\s+|jail\s+)?(?:sentence|term)(?!\s+(?:as|in\s+office)\b)",
        says="served a prison term",
        state=True,
        examples=(
            "Xu completed a four-year sentence in May and was freed.",
            "He was released after serving out a ten-year term.",
        ),
        counter_examples=(
            "She completed a four-year degree in May.",
            "He finished his term as mayor.",
            "He finished the sentence he was writing.",
        ),
    ),
    Rule(
        T.SENTENCED,
        "serving-a-sentence-handed-down",
        Form.SUBJECT,
        r"(?:serving|serves|served)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,6}?(?:sentence|term)\s+(?:that\s+was\s+|which\s+was\s+)?(?:handed\s+down|imposed|passed|given|received)(?!\s+(?:to|on|against)\b)",
        says="serving a sentence handed down",
        examples=(
            "The poet is serving a sentence handed down in 2019.",
            "She is serving a prison term imposed by a military court in May.",
            "He had served nine years of a 15-year sentence handed down in 2016.",
        ),
        counter_examples=(
            "The poet is serving a sentence.",
            "She is serving a term handed down to her husband.",
        ),
    ),
    Rule(
        T.SENTENCED,
        "sentence-handed-down",
        Form.NOUN,
        r"sentences?\s+(?:was\s+|were\s+)?(?:handed down|imposed|passed)(?!\s+(?:to|on|against)\b)",
        says="a sentence was handed down",
        check=Check.NOT_BEING_SERVED,
        examples=("His sentence handed down in 2015 was harsh.",),
        counter_examples=("The law on sentences passes today.",),
    ),
    Rule(
        T.SENTENCED,
        "sentence-handed-down-to",
        Form.VERB,
        r"sentences?\s+(?:was\s+|were\s+)?(?:handed|imposed|passed)\s+(?:down\s+)?(?:to|on|against)",
        says="a sentence was handed down",
        examples=("The sentence handed down to the poet shocked many.",),
        counter_examples=("The sentence handed down last year was harsh.",),
    ),
    # trial
    Rule(
        T.TRIAL,
        "trial-began",
        Form.NOUN,
        r"trial(?!s)",
        says="the trial began",
        check=Check.TRIAL_STARTS,
        examples=(
            "His trial began on Monday.",
            "Her trial was held behind closed doors.",
            "The trial lasted two days.",
            "The trial of the poet continued on Tuesday.",
            "Trial of the poet under way in Minsk",
            "His trial entered its third week on Monday.",
            "As the trial dragged on, the poet fell ill.",
            "She is escorted into the courtroom for the first day of her trial.",
            "His trial, held in a guarded courthouse, drew crowds on its first day of hearings.",
        ),
        counter_examples=(
            "His trial was postponed.",
            "He was convicted in Tbilisi before the trial of his brother.",
            "She was jailed in the run-up to her trial.",
            "Her trial is scheduled to begin soon.",
            "She was detained after the trial.",
            # the verdict is the news; the trial it ended is its setting, no event of its own
            "She was jailed on Monday after a closed trial.",
            "The court sentenced him to seven years on Wednesday in a closed trial.",
            "She will be escorted into court on the first day of her trial.",
            "Protesters gathered ahead of the first day of her trial.",
            "Preparations for her trial are under way.",
            "Her trial has not yet begun, and investigators continue their work.",
            "His trial is expected to draw crowds on its first day.",
        ),
    ),
    Rule(
        T.TRIAL,
        "was-tried",
        Form.VERB,
        r"(?:(?<=was )|(?<=were )|(?<=been )|(?<=being ))tried(?=\s+(?:at|by|in|before|on|for|together|behind|alongside|with|separately|jointly)\b)"
        # "charged in 2022, tried behind closed doors in 2023 and sentenced": a list of verbs
        r"|(?<=, )tried(?=\s+(?:behind\s+closed\s+doors|in\s+absentia|in\s+(?:a\s+)?(?:closed|secret)|by\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:court|tribunal)))",
        says="tried in court",
        examples=(
            "The two bloggers were tried at the city court on Monday.",
            "She was tried in absentia.",
            "He was charged in 2022, tried behind closed doors in 2023 and sentenced in 2024.",
        ),
        counter_examples=(
            "She was tried to be silenced.",
            "He tried on Monday to leave.",
            "He was stopped, tried in vain to call his lawyer, and taken away.",
        ),
    ),
    # a court's active verb: "a court in Hue tried him in a single day"
    Rule(
        T.TRIAL,
        "court-tried-them",
        Form.VERB,
        r"tried(?=\s+(?:him|her|them)\s+(?:in(?!\s+vain\b)|for|behind|together|alongside|over|before|jointly|separately)\b)",
        says="tried in court",
        examples=(
            "A provincial court tried him in a single day.",
            "The tribunal tried them behind closed doors.",
        ),
        counter_examples=(
            "She tried him on his mobile phone.",
            "His wife tried her best to reach the prison.",
            "I tried him in vain.",
        ),
    ),
    Rule(
        T.TRIAL,
        "went-on-trial",
        Form.SUBJECT,
        r"(?:went|goes|go|is|was|were|are|has gone)\s+on\s+trial|stands?\s+trial|stood\s+trial|(?:put|placed|brought)\s+on\s+trial"
        r"|(?:is|are|was|were|been|now)\s+standing\s+trial",
        says="went on trial",
        examples=(
            "She went on trial in May.",
            "The poet was put on trial on Monday.",
            "The poet is standing trial in Minsk.",
        ),
        counter_examples=("She went on holiday in May.", "The poet is standing in the rain."),
    ),
    Rule(  # a state or its court puts the person on trial
        T.TRIAL,
        "put-them-on-trial",
        Form.VERB,
        rf"(?:put|puts|putting|placed|places|brought|brings)(?=\s+{_OBJECT_WORD}{{1,24}}?on\s+trial\b)",
        says="put on trial",
        examples=(
            "A military court put the poet on trial for treason.",
            "The army puts a former spy chief on trial",
        ),
        counter_examples=(
            "The court put the poet's trial off until May.",
            "The army put the poet on a plane.",
        ),
    ),
    Rule(
        T.TRIAL,
        "case-heard-in-court",
        Form.SUBJECT,
        r"(?:was|were)\s+(?:first\s+)?heard\s+(?:in|by|before)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:court|tribunal|judge)",
        says="the case was heard in court",
        examples=(
            "The case was first heard in court last week.",
            "Her case was heard by a closed military tribunal.",
        ),
        counter_examples=("His voice was heard in the hall.",),
    ),
    Rule(
        T.TRIAL,
        "who-is-on-trial",
        Form.SUBJECT,
        r"who\s+is\s+on\s+trial",
        says="is on trial",
        examples=("The activist, who is on trial for fraud, spoke.",),
        counter_examples=("The activist, who is on leave, spoke.",),
    ),
    Rule(
        T.TRIAL,
        "court-began-hearing",
        Form.VERB,
        r"(?:began|begins|started|starts|opened|opens)\s+(?:hearing|considering|examining)(?=\s+(?:[\w'’-]+\s+){0,4}?case\b)",
        says="the court began hearing the case",
        examples=("The court began hearing the case against her.",),
        counter_examples=("The court began hearing witnesses.",),
    ),
    Rule(
        T.TRIAL,
        "court-opened-trial",
        Form.NOUN,
        r"(?:began|begins|begun|opened|opens|started|starts|resumed|resumes|held|holds|convened)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:trial|hearings?)(?:\s+in\s+absentia)?(?=\s+(?:of|against|in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?case\s+(?:of|against))\b)",
        says="the court opened the trial",
        examples=(
            "A court opened the trial of the blogger.",
            "A court in Minsk opened the trial in absentia of the exiled blogger Anna Ivanova.",
            "The court began closed-door hearings in the case against the blogger.",
        ),
        counter_examples=(
            "A court postponed the trial of the blogger.",
            "A court postponed the trial in absentia of the blogger.",
        ),
    ),
    Rule(
        T.TRIAL,
        "hearings-began",
        Form.NOUN,
        r"hearings?\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?case",
        says="hearings in the case began",
        check=Check.TRIAL_STARTS,
        examples=("Hearings in the espionage case began on Tuesday.",),
        counter_examples=("Hearings in the espionage case were delayed.",),
    ),
    # charged
    Rule(
        T.CHARGED,
        "charged-with",
        Form.VERB,
        r"charged\s+with|indicted|arraigned|charged(?=\s+(?:[\w'’-]+,?\s+){1,12}?with\b)|charged(?=\s+(?:[\w'’-]+,?\s+){0,12}?in\s+absentia\b)|charged(?=\s+(?:[\w'’-]+\s+){0,4}?under\s+(?:(?:the\s+)?(?:same|this|that|an?|another|new)\s+)?(?:[\w'’-]+\s+){0,2}?(?:article|section|part|paragraph|clause|law|act|code|legislation|statute)s?\b)|charged(?=\s+(?:[\w'’-]+,?\s+){1,6}?over\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?[\w'’-]+)"
        # "arrested in June and charged the following Monday by an investigating judge"
        r"|charged(?!\s+(?:at|into|past|through|across|towards?|down|up)\b)(?=\s+(?:[\w'’-]+,?\s+){0,4}?by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:prosecutors?|investigators?|judges?|magistrates?|police)\b)"
        # "she was herself charged in the case in May 2023"
        r"|charged(?=\s+in\s+(?:the|this|that)\s+(?:same\s+)?(?:case|investigation|probe|affair)\b)"
        # "arrested him, charging him with treason"
        r"|charging(?=\s+(?:him|her|them)\s+with\b)",
        says="charged",
        examples=(
            "Prosecutors charged reporter Anna Ivanova over a column on the earthquake.",
            "Turkish reporter charged under disinformation law",
            "Police charged him with extremism.",
            "The organizer was arraigned on Monday.",  # charges read out in court
            "Police charged the two reporters under Article 278 of the criminal code.",
            "The singer was detained on Friday and charged under the same article of the code.",
            "Investigators charged the exiled opposition journalist Anna Ivanova in absentia.",
            "Prosecutors charged the former opposition lawmaker Anna Maria Ivanova with treason.",
            "Police charged Anna Ivanova, an exiled reporter who lives in Riga, in absentia.",
            "She was arrested in June and charged the following Monday by an investigating judge.",
            "She defended the accused before she was herself charged in the case in May 2023.",
            "Police arrested the poet, charging him with treason.",
        ),
        counter_examples=(
            "Police charged into the crowd.",
            "The phone was charged in the car.",
            "The phone charged slowly by the window.",
            "Mounted police charged the protesters, witnesses said.",
            "He was charged at by a police horse.",
            "Fans charged past the barrier under the same arch.",
            "The battery charged over night.",
        ),
    ),
    # South Asian usage: police "book" a person under sections of a penal code (a charge)
    Rule(
        T.CHARGED,
        "booked-under-sections",
        Form.VERB,
        r"booked(?=\s+(?:[\w'’-]+\s+){0,4}?under\s+(?:the\s+)?(?:(?:relevant|various|several|stringent)\s+)?(?:sections?|articles?|provisions?|(?:[\w'’()-]+\s+){0,4}?(?:act|law|code|ipc))\b)",
        says="charged",
        examples=(
            "The journalist was booked under sections 153-A and 505 of the penal code.",
            "Police booked the activist under the Unlawful Activities (Prevention) Act.",
        ),
        counter_examples=(
            "The journalist booked a flight to Delhi.",
            "She was booked under her maiden name at the hotel.",
        ),
    ),
    Rule(
        T.CHARGED,
        "case-opened-against",
        Form.NOUN,
        r"(?:criminal\s+)?(?:case|charges?|proceedings)\s+(?:(?:for|of|on)\s+(?:[\w'’-]+\s+){1,4}?)?(?:was|were|has been|have been|had been)?\s*(?:opened|launched|brought|filed|initiated|instituted)(?=\s+against)",
        says="a criminal case was opened",
        examples=(
            "A criminal case was opened against the blogger.",
            "A criminal case for justifying terrorism was opened against him on Monday.",
        ),
        counter_examples=(
            "A criminal case was opened into the fire.",
            "A case for the defence was opened by his lawyer.",
        ),
    ),
    Rule(
        T.CHARGED,
        "proceedings-against-were-opened",
        Form.NOUN,
        # the person between the noun and its verb: "criminal proceedings against X, the party
        # leader, were launched on Monday", "a case against X has been opened"
        r"(?:criminal\s+)?(?:case|proceedings|prosecution|charges?)\s+against\s+(?:(?!(?:was|were|have|has|had|are|is|could|may|might|would|will|should|can)\s)[\w'’()-]+,?\s+){1,20}?"
        r"(?:was|were|have been|has been|had been)\s+(?:(?:formally|officially|also|now|finally)\s+)?(?:opened|launched|brought|filed|initiated|instituted|started|lodged)\b",
        says="a criminal case was opened",
        examples=(
            "Criminal proceedings against the former premier were launched on Monday.",
            "A criminal case against the blogger was opened in May.",
            "Charges against Ivan Petrov, the party leader, were formally filed on Friday.",
            "Proceedings against the editor have been instituted under the extremism law.",
        ),
        counter_examples=(
            "Criminal proceedings against the blogger could be opened next week.",
            "The case against the blogger was closed.",
            "Charges against the editor were dropped.",
        ),
    ),
    Rule(
        T.CHARGED,
        "on-charges-of",
        Form.SUBJECT,
        r"(?<!arrest )(?:on|with)\s+charges\s+of",
        says="on charges",
        check=Check.CHARGED_PERSON,
        examples=(
            "He was detained on charges of fraud.",
            "The journalist was jailed days later on charges of insulting the president.",
        ),
        counter_examples=(
            "He was convicted on charges of fraud.",
            "He was jailed for six years on charges of fraud.",
            "He has been wanted in Uzbekistan since 2015 on charges of extremism.",
            "Prosecutors had been seeking him since 1999 on charges of fraud.",
        ),
    ),
    Rule(
        T.CHARGED,
        "arrest-on-charges-of",
        Form.NOUN,
        # (not an arrest that is the penalty: "sentenced to 15 days of administrative arrest
        # on charges of ...", which the verdict's rules read)
        r"(?<=arrest )(?<!administrative arrest )(?<!days of arrest )(?<!days['’] arrest )"
        r"(?:on|over)\s+(?:criminal\s+)?charges\s+(?:of|for)",
        says="arrested on charges",
        examples=(
            "Police confirmed the blogger's arrest on charges of hooliganism.",
            "Police confirmed the blogger's arrest over charges of fraud.",
        ),
        counter_examples=(
            "Police confirmed the blogger's arrest on suspicion of hooliganism.",
            "He was sentenced to ten days of administrative arrest on charges of hooliganism.",
            "A judge gave her 15 days of arrest on charges of disobeying the police.",
            "A judge gave her 15 days' arrest over charges of disobeying the police.",
        ),
    ),
    Rule(
        T.CHARGED,
        "was-charged",
        Form.SUBJECT,
        r"(?:was|were|been|is|are)\s+(?:formally|officially)\s+charged(?!\s+(?:at|into|up|for)\b)"
        r"|(?<=\s)charged(?=\s*\?)"  # a question: "Was X charged?"
        # ... or after a word of time ("after being charged on Friday"; not "without being")
        r"|(?:was|were|been|(?:(?<=after )|(?<=before )|(?<=since )|(?<=upon )|(?<=on )|(?<=until )|(?<=when )|(?<=while ))being)\s+(?:also\s+|later\s+|then\s+)?charged(?=\s*(?:[.,;]|$|in\s+absentia\b|over\s+(?:an?|the|his|her|their)\b|on\s+\w+day\b|yesterday\b|last\s+(?:week|month|year)\b|(?:the\s+(?:previous|next|following|same)|that)\s+\w*day\b|the\s+day\s+(?:before|after)\b|\w+\s+(?:hours?|days?|weeks?)\s+(?:later|earlier)\b))",
        says="was charged",
        check=Check.CHARGED_PERSON,
        examples=(
            "The journalist was formally charged.",
            "The journalist was charged over a post about the war.",
            "The journalist was arrested on 2 May and was charged the following Monday.",
            "Q: Was the journalist charged?",
            "The poet was denied bail after being charged on Friday.",
        ),
        counter_examples=(
            "The battery was charged at night.",
            "Who charged the phone?",
            "The poet was held for a week without being charged.",
        ),
    ),
    Rule(
        T.CHARGED,
        "charging",
        Form.VERB,
        r"(?:(?<=before )|(?<=after ))(?:charging|indicting)",
        says="charged",
        examples=("Police questioned the blogger for a week before charging him.",),
        counter_examples=("The charging station was closed.",),
    ),
    Rule(
        T.CHARGED,
        "accused-of-a-crime",
        Form.SUBJECT,
        rf"(?:was|were|is|are|been)\s+(?:formally\s+|officially\s+)?accused\s+of\s+(?:[\w-]+\s+){{0,3}}?{_CRIME}\b",
        says="accused of a crime",
        check=Check.NOT_BY_CRITICS,
        examples=(
            "The blogger is accused of inciting hatred.",
            "She was formally accused of treason.",
        ),
        counter_examples=(
            "The blogger was accused of lying by his critics.",
            "The minister has been accused of corruption by his political rivals.",
        ),
    ),
    Rule(
        T.CHARGED,
        "accused-them-of",
        Form.VERB,
        rf"(?:accused|accuses)(?=\s+(?:[\w'’-]+\s+){{1,7}}?of\s+(?:[\w-]+\s+){{0,3}}?{_CRIME}\b)",
        says="accused of a crime",
        check=Check.NOT_BY_CRITICS,
        examples=(
            "Prosecutors accused the blogger of spreading false information.",
            "Prosecutors accused the opposition lawmaker Anna Maria Ivanova of treason.",
        ),
        counter_examples=(
            "Critics accused the blogger of lying.",
            "Critics have long accused the minister of corruption.",
            "The minister has been accused by critics of corruption.",
            "The blogger accused the opposition lawmaker Anna Maria Ivanova of hypocrisy.",
            "A warrant was issued accusing him of terrorism.",
        ),
    ),
    Rule(
        T.CHARGED,
        "prosecuted",
        Form.VERB,
        r"prosecuted(?=\s+(?:[\w'’-]+\s+){0,3}?(?:for|over|under|on)\b)",
        says="prosecuted",
        examples=(
            "The poet was prosecuted for a post about the war.",
            "Authorities prosecuted the editor over a cartoon.",
        ),
        counter_examples=("Nobody was prosecuted.",),
    ),
    Rule(
        T.CHARGED,
        "facing-charges",
        Form.SUBJECT,
        # (not "faced no charges", "faces possible charges")
        r"fac(?:es|ing|ed)\s+(?!(?:no|any|possible|potential)\b)(?:\w+\s+)?(?:criminal\s+)?charges\s+(?:of|for|over|under|in|after)\b",
        says="facing charges",
        state=True,  # charged before: what the article says of the case now
        examples=(
            "The poet, facing charges of treason, was moved to a prison.",
            "The lawyer faced similar charges after defending him.",
        ),
        counter_examples=(
            "The poet faces up to ten years in prison.",
            "The lawyer faced no charges over the protest.",
            "The lawyer faces possible charges of fraud.",
            "He was freed, although he still faces charges.",
        ),
    ),
    Rule(
        T.CHARGED,
        "brought-charges-against",
        Form.NOUN,
        r"(?:brought|brings|filed|files|pressed|presses|laid|opened|opens|launched|launches|initiated|instituted|added|adds)\s+(?!that\s)(?:an?\s+|the\s+)?(?:(?:new|fresh|additional|further|formal|second|third|another)\s+)?(?:[\w-]+\s+){0,2}?(?:criminal\s+)?(?:charges?|case|proceedings)(?=\s+(?:of\s+[^.;]{1,60}?\s+)?against\b)",
        says="charges were brought",
        examples=(
            "Prosecutors brought new criminal charges against the blogger.",
            "Investigators opened a criminal case against the blogger.",
            "Prosecutors have brought treason charges against the blogger.",
            "Police filed fresh money-laundering charges against the blogger.",
            "Investigators brought a new charge of 'justifying terrorism' against the poet.",
            "A court in Grozny added a new charge against the blogger on Monday.",
        ),
        counter_examples=(
            "Prosecutors brought new evidence against the blogger.",
            "The prosecutor added that charges against the blogger would be dropped.",
            "The court added a new hearing against the wishes of the blogger.",
        ),
    ),
    Rule(  # ... a new charge with no "against": the one whose case the text goes on with
        T.CHARGED,
        "added-a-new-charge-of",
        Form.NOUN,
        r"(?:brought|brings|filed|files|pressed|presses|laid|added|adds)\s+(?:an?\s+)?"
        r"(?:new|fresh|additional|further|another)\s+(?:criminal\s+)?charges?(?=\s+of\s)",
        says="a new charge was added",
        examples=(
            "On Monday prosecutors added a new charge of treason, his lawyer said.",
            "Investigators brought fresh charges of extremism on Tuesday.",
        ),
        counter_examples=(
            "The court added a new hearing on the charges of fraud.",
            "Prosecutors brought charges of treason in 2019.",
        ),
    ),
    # detained
    Rule(
        T.DETAINED,
        "put-behind-bars",
        Form.SUBJECT,
        r"(?:been|was|were|put|placed|thrown)\s+behind\s+bars",
        says="put behind bars",
        examples=("He was put behind bars in 2020.",),
        counter_examples=("He remains behind bars.",),
    ),
    Rule(  # the custody a verdict begins: not an earlier stage of the case
        T.DETAINED,
        "taken-into-custody-in-court",
        Form.VERB,
        r"(?:(?:arrested|detained|taken\s+into\s+custody)\s+|took(?=\s+(?:him|her|them)\s+into\s+custody\s+(?:in|from|after)\b)(?:\s+(?:him|her|them)\s+into\s+custody\s+)?)"
        r"(?:(?:in|from)\s+(?:the\s+)?court(?:room)?|(?:right\s+|straight\s+)?after\s+the\s+(?:verdict|sentencing|ruling))",
        says="taken into custody in the courtroom",
        stage=T.SENTENCED,
        examples=(
            "She was taken into custody in the courtroom.",
            "Police took her into custody in the courtroom after the verdict was read.",
        ),
        counter_examples=("She was taken into custody at her home.",),
    ),
    Rule(
        T.DETAINED,
        "arrested",
        Form.VERB,
        # ("arrests" a verb, not the plural noun: "a wave of arrests", "the arrests"; but
        # "the arrests of X and Y")
        rf"(?:re-?)?arrested|{_ARRESTS_VERB}|arrests(?<=\bthe arrests)(?=\s+of\b)|(?<=to )arrest\b|detain(?:ed|s)?\b|apprehended|taken\s+(?:back\s+)?into{INTO_CUSTODY}|remanded(?:\s+in(?:to)?\s+(?:pretrial\s+|pre-trial\s+)?(?:custody|detention))?|locked\s+up|placed\s+in\s+(?:pretrial\s+|pre-trial\s+)?(?:custody|detention)",
        says="arrested",
        examples=(
            "Police arrested the blogger.",
            "She was taken into criminal detention on suspicion of fraud.",
            "He was taken into ICE custody at a check-in.",
            "She was taken back into custody after her medical leave ended.",
            "Russia arrests a journalist for treason",  # a headline's verb
            "Activists condemned the arrests of the two bloggers.",
        ),
        counter_examples=(
            "The arresting officer testified.",
            "He was taken into a detention centre in Kursk.",
            "Her illness was taken into account.",
            "This wave of arrests is aimed at the blogger.",  # a plural noun: others' arrests
            "Mass arrests followed the protest.",
            "The arrests drew criticism abroad.",
        ),
    ),
    Rule(  # a remand with the person between the verb and the custody: not a transfer
        T.DETAINED,
        "sent-to-pretrial-detention",
        Form.VERB,
        rf"(?:sent|sends|send)(?=\s+{_OBJECT_WORD}{{0,24}}?(?:to|into|in)\s+(?:pre-?trial\s+|criminal\s+)?(?:detention|custody)\b(?!\s+(?:cent(?:re|er)s?|facilit(?:y|ies)|camps?|units?|wards?|cells?)\b))",
        says="sent to pretrial detention",
        examples=(
            "A Moscow court sent the blogger to pretrial detention for two months.",
            "The judge sent his co-defendant Ivan Petrov to pretrial detention.",
            "She was sent into custody on Monday.",
        ),
        counter_examples=(
            "She was sent to a detention centre in Homel.",  # a place: a transfer
            "Her lawyer sent a complaint to the pretrial detention centre.",
            "He was sent to a penal colony in the Perm region.",
        ),
    ),
    Rule(  # a custody for hours, a night, for questioning or at a police station
        T.DETAINED,
        "held-for-a-time",
        Form.VERB,
        r"(?:(?<=was )|(?<=were )|(?<=\band ))held(?=\s+(?:overnight|for\s+(?:questioning|interrogation)\b(?!\s+(?:the|a|an|his|her|their|of)\b)|for\s+(?:about\s+|nearly\s+|almost\s+)?(?:[\w-]+\s+){0,2}?(?:hours?|nights?)\b|at\s+(?:a|the)\s+police\s+(?:station|department|headquarters)\b))",
        says="held in custody",
        examples=(
            "She was held overnight and released in the morning.",
            "He was held for six hours at a police station.",
            "The poet was held at a police station in the capital.",
            "She was summoned by state security and held for ten hours.",  # a passive of two
            "The reporter was held for questioning in the capital on Monday.",
        ),
        counter_examples=(
            "The trial was held behind closed doors.",
            "The trial of the blogger was held for three days.",  # days: a hearing's too
            "He held the record for three days.",
            "She was held in high regard.",
            "He had been held for 12 hours.",  # told back: the custody already reported
            "The union met and held talks for ten hours.",
            "He had been held for questioning once before.",  # told back
            "The meeting was held for questioning the minister.",  # a meeting's purpose
        ),
    ),
    Rule(  # "police took him in on suspicion of fraud": an arrest
        T.DETAINED,
        "took-in",
        Form.VERB,
        r"(?:took|takes|taken)(?=\s+(?:him|her|them|[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+in\s+(?:[^.;]{0,40}?\s)?(?:on\s+(?:suspicion|charges?)|for\s+(?:questioning|interrogation))\b)",
        says="taken into custody",
        examples=(
            "Police took him in on Thursday on suspicion of fraud.",
            "Officers took the editor in for questioning.",
        ),
        counter_examples=(
            "His aunt took him in when he was a child.",
            "She took the news in on Thursday with calm.",
        ),
    ),
    Rule(  # "X was held on Monday in her home city": an arrest on that day
        T.DETAINED,
        "held-on-a-day",
        Form.VERB,
        rf"(?:(?<=was )|(?<=were ))held(?=\s+on\s+(?:{_WEEKDAY})\b)",
        says="held in custody",
        check=Check.NOT_AN_OCCASION,
        examples=(
            "The reporter was held on Sunday at her flat in the capital.",
            "Two students were held on Tuesday outside the university, police said.",
        ),
        counter_examples=(
            "The trial was held on Monday behind closed doors.",
            "A vigil for the jailed poet was held on Saturday.",
            "The hearing in the case of the blogger was held on Friday.",
            "She was held in high regard on campus.",
        ),
    ),
    Rule(
        T.DETAINED,
        "remanded-during-trial",
        Form.VERB,
        r"remanded(?:\s+in(?:to)?\s+(?:custody|detention))?\s+(?:until\s+the\s+(?:next|following)\s+(?:hearing|session)|until\s+the\s+(?:end\s+of\s+the\s+trial|verdict)|for\s+the\s+(?:rest|duration)\s+of\s+the\s+trial)",
        says="remanded in custody for the trial",
        stage=T.TRIAL,  # a custody the trial orders: news beside the trial, not a stage before
        examples=("She was remanded in custody until the next hearing.",),
        counter_examples=("She was remanded in custody pending trial.",),
    ),
    Rule(
        T.DETAINED,
        "abducted",
        Form.VERB,
        r"abducted|kidnapped|rounded\s+up|forcibly\s+disappeared|(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s))disappeared(?!\s+(?:from|into|off)\b)|picked\s+up(?=\s+by\s+(?:[\w-]+\s+){0,2}?(?:police|officers|agents|security|authorities|men|soldiers|militia)\b)|"
        # "was picked up from her home" (but not by a relative or a friend)
        r"(?:(?<=\bwas\s)|(?<=\bwere\s))picked\s+up(?=\s+(?:from|at|outside)\s+(?:her|his|their)\s+(?:home|house|flat|apartment|office)\b(?![^.]{0,40}?\bby\s+(?:her|his|their|a)\s))",
        says="abducted",
        examples=(
            "Security agents abducted the blogger outside his home.",
            "The blogger was picked up by plainclothes police.",
            "The blogger was picked up from her home on Saturday night.",
            "Rights groups say the poet was disappeared on Monday.",  # a forced disappearance
        ),
        counter_examples=(
            "The poet disappeared from social media in April.",
            "The poet was disappeared from the official photo.",
            "The blogger picked up his son from school.",
            "The blogger was picked up from her office by her brother.",
        ),
    ),
    Rule(
        T.DETAINED,
        "taken-away-by-men",
        Form.VERB,
        r"(?:(?:taken|led)(?=\s+(?:away|from|outside|into)\b)|seized|grabbed|dragged|bundled)(?!\s+to\b)(?=\s+(?:[\w'’-]+\s+){0,7}?by\s+(?:[\w-]+\s+){0,2}?(?:police|policemen|officers|agents|security|men|soldiers|militia|gunmen)\b)",
        says="taken away by security men",
        examples=(
            "The blogger was taken from her office by masked men.",
            "She was taken from her home in Addis Ababa by men in civilian clothes.",  # a place
            "She was seized outside her home by plainclothes police.",
            "He was bundled into a van by security officers.",
        ),
        counter_examples=(
            "The photo was taken by a police officer.",
            "He was taken to hospital by ambulance men.",
        ),
    ),
    # "was taken away" with no taker and no place: the usual words for a detention (in
    # China, "taken away" by the police), a person the passive's subject
    Rule(
        T.DETAINED,
        "was-taken-away",
        Form.VERB,
        r"(?:(?<=was )|(?<=were )|(?<=been ))taken\s+away(?=\s*(?:[.;]|,(?!\s+(?:along|together)\b)|$)|\s+(?:on|in|at|during|overnight|early|late|last|that|the\s+same|from\s+(?!(?:him|her|them)\s*(?:[.,;]|$))))",
        says="taken away",
        check=Check.NOT_A_THING_OF_THEIRS,
        examples=(
            "Another activist was taken away on the same night.",
            "Her husband said she had been taken away from their flat at dawn.",
            "The lawyer was taken away.",
        ),
        counter_examples=(
            "He was taken away to hospital.",
            "Her children were taken away from her.",
            "He was taken away by his brother.",
            "She was taken aback on Monday.",
            "Gao Yufeng's laptop was taken away on Monday.",
        ),
    ),
    Rule(  # "security police took him from his home": the active voice of "taken away by police"
        T.DETAINED,
        "police-took-them",
        Form.VERB,
        r"(?:(?<=police )|(?<=policemen )|(?<=officers )|(?<=agents )|(?<=\bmen )|(?<=soldiers )|(?<=forces )"
        # the takers told by what they wore: "men in plain clothes took him away"
        r"|(?<= in plain clothes )|(?<= in plainclothes )|(?<= in civilian clothes )|(?<= in uniform )"
        r"|(?<= in uniforms )|(?<= in masks )|(?<= in balaclavas )|(?<= in camouflage ))"
        r"took(?=\s+(?:him|her|them)\s+(?:away|from)\b)",
        says="taken away by security men",
        examples=(
            "Security police took him from his home before dawn.",
            "Masked men took her away in a van.",
            "She has been missing since Friday, when men in plain clothes took her away.",
            "Officers in uniform took him from the bus station on Monday.",
        ),
        counter_examples=(
            "Police took statements from the neighbours.",
            "Her sons took him from the hospital to his flat.",
            "Two women took her from the station.",
            "A nurse in plain clothes took her to the ward.",
        ),
    ),
    Rule(  # "police took her into custody": the active voice of "taken into custody"
        T.DETAINED,
        "took-into-custody",
        Form.VERB,
        # (the object may be a list with asides: "took A, who ..., and B into custody")
        rf"took(?=\s+(?:[\w'’-]+,?\s+){{1,14}}?into{INTO_CUSTODY})",
        says="taken into custody",
        examples=(
            "Police took her into custody on Monday.",
            "Officers took the blogger Ivan Petrov into custody at the airport.",
            "Agents took him into ICE custody at a check-in.",
            "Police took Ivan Petrov, who leads the union, and Anna Kim into custody.",
        ),
        counter_examples=(
            "Social workers took the children into care.",
            "The court took his health into account.",
        ),
    ),
    Rule(  # a security service's own building: "took her to the FSB building in Simferopol"
        T.DETAINED,
        "taken-to-a-security-building",
        Form.VERB,
        rf"(?:took(?=\s+(?:him|her|them)\s+(?:away\s+)?to{_SECURITY_BUILDING})"
        rf"|(?:taken|driven|brought|escorted)(?:\s+away)?(?=\s+to{_SECURITY_BUILDING}))",
        says="taken to the security service",
        examples=(
            "Officers searched the flat and took her to the FSB building in Simferopol.",
            "The blogger was taken to the regional SBU headquarters on Monday.",
            "Agents took him to the state security building for questioning.",
        ),
        counter_examples=(
            "The tour took them to the old KGB building, now a museum.",
            "She took her mother to the SBU headquarters to file a complaint.",
            "He was taken to the police station to identify the thief.",
        ),
    ),
    Rule(  # a custody that nobody names: "took him to an unknown location"
        T.DETAINED,
        "taken-to-an-unknown-place",
        Form.VERB,
        r"(?:took(?=\s+(?:him|her|them)\s+(?:away\s+)?to\s+(?:an?\s+)?(?:unknown|undisclosed)\s+(?:location|place|destination)s?\b)"
        r"|(?:taken|driven|led)(?:\s+away)?(?=\s+to\s+(?:an?\s+)?(?:unknown|undisclosed)\s+(?:location|place|destination)s?\b))",
        says="taken to an unknown place",
        examples=(
            "Soldiers raided the house at night and took him to an unknown location.",
            "The poet was taken away to an undisclosed location on Monday.",
        ),
        counter_examples=(
            "The archive was moved to an undisclosed location for safekeeping.",
            "The guide took us to an unknown place in the hills.",
            "He was taken to an unknown hospital.",
        ),
    ),
    Rule(  # "masked men seized X": seizing takes things as often as people, so a name must follow
        T.DETAINED,
        "men-seized",
        Form.VERB,
        r"(?:(?<=men )|(?<=police )|(?<=officers )|(?<=agents )|(?<=soldiers )|(?<=forces ))(?:seized|grabbed|snatched)",
        says="seized by security men",
        check=Check.A_NAME_AFTER,
        examples=(
            "Masked men seized Amir Karimov outside his home.",
            "Plainclothes agents grabbed the blogger Amir Karimov in the street.",
        ),
        counter_examples=(
            "Masked men seized documents from the office of the newspaper.",
            "Police seized Karimov's laptop and phones.",
            "Karimov seized the chance to speak.",
        ),
    ),
    Rule(  # "forces captured X": a person taken, so a name must follow (not "captured the town")
        T.DETAINED,
        "captured",
        Form.VERB,
        r"(?<!camera )(?<!cameras )(?<!photographer )(?<!photographers )(?<!video )(?<!footage )(?<!lens )(?<!photo )"
        rf"captur(?:ed|es|ing)\b{_NOT_PICTURED}"
        r"(?!\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?of\s)",  # "the town of X", "the son of X"
        says="captured",
        check=Check.A_NAME_AFTER,
        examples=(
            "Special forces captured the rebel commander Amir Karimov near the border.",
            "Soldiers captured the former mayor's adviser Amir Karimov in a raid.",
            "The army captures Amir Karimov.",
        ),
        counter_examples=(
            "Cameras captured Amir Karimov entering the court building.",
            "A photographer captured Amir Karimov smiling at the ceremony.",
            "Amir Karimov captured the national chess title.",
            "Footage captured by a witness shows Amir Karimov at the rally.",
            "The rebels captured the town of Kerben on Monday.",
        ),
    ),
    Rule(  # "X was captured by border guards", "X, who was captured in 2014"
        T.DETAINED,
        "was-captured",
        Form.VERB,
        rf"(?:(?<=was )|(?<=were )|(?<=been )|(?<=being ))captured\b{_NOT_PICTURED}",
        says="captured",
        examples=(
            "Amir Karimov was captured by border guards on Monday.",
            "Amir Karimov, who was captured in 2014, spoke on Monday.",
        ),
        counter_examples=(
            "Amir Karimov was captured on video leaving the court.",
            "The moment was captured in a photograph.",
        ),
    ),
    Rule(  # "X's capture", "his capture", "the capture of X"; not "X's capture of the town"
        T.DETAINED,
        "capture",
        Form.NOUN,
        r"(?:(?<=['’]s )|(?<=\bhis )|(?<=\bher )|(?<=\btheir ))capture\b(?!\s+of\b)"
        r"|(?<!['’]s )(?<!\bhis )(?<!\bher )(?<!\btheir )capture(?=\s+of\s)",
        says="a capture",
        check=Check.ARREST_MOMENT,
        examples=(
            "Amir Karimov's capture on Monday was announced by the ministry.",
            "Markets rallied after the capture of the financier Amir Karimov.",
        ),
        counter_examples=(
            "Amir Karimov's capture of the northern town surprised the army.",
            "Amir Karimov fears capture if he returns home.",
            "He faces the risk of capture.",
        ),
    ),
    Rule(  # American: "booked into the county jail"; also a police unit by its name
        T.DETAINED,
        "booked-into-jail",
        Form.VERB,
        r"booked\s+into\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:jail|detention(?:\s+(?:centre|center|facility))?|custody|lockup|prison)\b"
        r"|booked\s+into\s+the\s+(?:(?!the\s|a\s)[\w'’-]+\s+){0,2}?(?:police|criminal\s+investigations?)\s+(?:[\w'’-]+\s+){0,2}?(?:department|station|headquarters|unit|cells)\b(?!['’])",
        says="booked into jail",
        examples=(
            "The organizer was booked into the county jail on Sunday night.",
            "She was booked into the Force Criminal Investigation Department on Friday.",
            "He was booked into the central police station in Lagos.",
        ),
        counter_examples=(
            "The organizer was booked into a hotel near the prison.",
            "She was booked into the police department's training course.",
            "He booked into the hotel beside the police headquarters.",
        ),
    ),
    Rule(  # an abduction by plain-clothes men: "led her into an unmarked car"
        T.DETAINED,
        "into-an-unmarked-car",
        Form.VERB,
        r"(?:(?<=men )|(?<=police )|(?<=policemen )|(?<=officers )|(?<=agents )|(?<=soldiers ))"
        r"(?:led|took|bundled|dragged|forced|pushed|shoved|put)(?=\s+(?:him|her|them)\b[^.;]{0,80}?\binto\s+(?:an?\s+)?unmarked\s+(?:car|van|vehicle|minibus|bus)\b)",
        says="taken away in an unmarked car",
        examples=(
            "Plain-clothes officers led her out of her office and into an unmarked car.",
            "Masked men bundled him into an unmarked van outside the court.",
        ),
        counter_examples=(
            "Officers led her out of the courtroom and into a waiting ambulance.",
            "Her brother put her into an unmarked car to take her home.",
            "Police took them to an unmarked grave in the forest.",
        ),
    ),
    Rule(  # China's "residential surveillance at a designated location": secret custody
        T.DETAINED,
        "designated-residential-surveillance",
        Form.VERB,
        r"(?:placed|put|held)\s+under\s+['‘\"“]?residential\s+surveillance\s+at\s+an?\s+designated\s+location",
        says="held in secret custody",
        examples=(
            "The lawyer was placed under residential surveillance at a designated location.",
        ),
        counter_examples=("The lawyer was placed under residential surveillance at home.",),
    ),
    Rule(
        T.DETAINED,
        "jailed",
        Form.VERB,
        r"imprisoned|incarcerated|jailed",
        says="jailed",
        check=Check.NOT_A_CONVICTION,
        examples=(
            "Police jailed the blogger overnight.",
            "She was imprisoned in 2021.",
            "The activist, jailed by Russia last week, has been moved to Rostov.",  # dated
        ),
        counter_examples=(
            "He was imprisoned after being found guilty of fraud.",
            "The court jailed her after convicting her of treason.",
            "The poet, jailed for a protest, said he was well.",  # what describes him
            "The activist, jailed by Russia, has been moved to Rostov.",  # ... or by whom
            "The poet, imprisoned by the Belarusian authorities, wrote to his wife.",
        ),
    ),
    Rule(
        T.DETAINED,
        "police-arrest",
        Form.VERB,
        r"(?:(?<=police )|(?<=authorities )|(?<=officers )|(?<=agents )|(?<=court )|(?<=courts ))(?:arrest|detain|jail)\b",
        says="the police arrested them",
        examples=("Witnesses saw police arrest the poet.",),
        counter_examples=("The arrest of the poet was filmed.",),
    ),
    Rule(
        T.DETAINED,
        "arrest",
        Form.NOUN,
        r"(?<!house )arrest(?!\s+warrants?)\b|detention(?!\s+(?:centre|center|facility|facilities|cells?|camps?|conditions|period|hearing))"
        r"|detainment",
        says="an arrest",
        check=Check.ARREST_MOMENT,
        examples=(
            "His arrest on Monday shocked his colleagues.",
            "The group condemns the detention of the blogger.",
            "We are alarmed by the detention of rights defender Anna Maria Ivanova on 3 May.",
            "The group recalled the capture and detainment of Anna Ivanova in 2023.",
        ),
        counter_examples=(
            "He faces the risk of arrest.",
            "His detention is unlawful.",
            "The group condemns the conditions of detention.",
            "A judge issued an arrest warrant for him.",
        ),
    ),
    Rule(  # "X's imprisonment in 2021", "since the imprisonment of X in May": the jailing, at
        # a moment (a term's "ten years' imprisonment" is the sentence; "his imprisonment is
        # unjust" a state, as "his detention")
        T.DETAINED,
        "imprisonment",
        Form.NOUN,
        r"(?<!life )(?<!['’] )(?<!\bof )(?<!\bto )imprisonment(?!\s+(?:term|sentence)s?\b)",
        says="an imprisonment",
        check=Check.ARREST_MOMENT,
        examples=(
            "Anna Ivanova's imprisonment in 2021 drew protests.",
            "Anna Ivanova has lost weight since her imprisonment in May 2024.",
        ),
        counter_examples=(
            "Anna Ivanova's imprisonment is unjust.",
            "Anna Ivanova was sentenced to life imprisonment in 2019.",
            "Anna Ivanova was sentenced to ten years' imprisonment in 2019.",
            "Anna Ivanova faces a term of imprisonment in 2025.",
        ),
    ),
    Rule(  # "the jailing of X", "X's jailing in 2022": an act, as an arrest
        T.DETAINED,
        "jailing",
        Form.NOUN,
        # (not for a term: "the jailing of X for 34 years" is a sentence, no arrest)
        r"jailing(?=\s+(?:of|on|in|last|after|by|for|over|was|has|drew|sparked|prompted)\b)"
        rf"(?!\s+of\s+(?:[\w'’-]+\s+){{1,5}}?for\s+(?:{_A_TERM_MORE}|life)\b)",
        says="a jailing",
        check=Check.ARREST_MOMENT,
        examples=(
            "Following the jailing of Anna Ivanova in 2022, the newspaper closed.",
            "Anna Ivanova's jailing on Monday drew protests.",
        ),
        counter_examples=(
            "Anna Ivanova spoke about jailing as a tactic of the regime.",
            "Anna Ivanova fears jailing if she returns.",
            "The university condemned the jailing of its student for 34 years.",
        ),
    ),
    Rule(  # the taking of a person, in the police's word: "the apprehension of X", "her
        # apprehension by police on Monday" (a person or a moment after it; "his apprehension
        # grew" is a fear)
        T.DETAINED,
        "apprehension",
        Form.NOUN,
        r"apprehension(?=\s+(?:of|on|in|at|by|last|after|during|near)\b)",
        says="an arrest",
        check=Check.A_NAME_AFTER,
        examples=(
            "Two years after the apprehension of the poet Anna Ivanova, her family is silent.",
            "Police confirmed the apprehension of Anna Ivanova on Monday.",
            "Anna Ivanova's apprehension by police on Monday was filmed.",
        ),
        counter_examples=(
            "Anna Ivanova spoke of her apprehension about the vote.",
            "Her apprehension grew as the hearing approached.",
            "There was apprehension in the hall when Anna Ivanova spoke.",
            "The apprehension of the voters was clear to Anna Ivanova.",
        ),
    ),
    Rule(
        T.DETAINED,
        "placed-in-detention",
        Form.VERB,
        rf"(?:placed|put)(?=\s+{_OBJECT_WORD}{{0,24}}?(?:in|into|under)\s+(?:pre-?trial\s+|administrative\s+)?(?:detention|custody|arrest)\b)",
        says="placed in detention",
        examples=(
            "A court placed the blogger Anna Ivanova in pretrial detention for two months.",
            "The poet was put in custody on Monday.",
        ),
        counter_examples=(
            "The poet was placed under house arrest.",
            "The court placed the case in the archive.",
        ),
    ),
    Rule(
        T.DETAINED,
        "court-ordered-held",
        Form.VERB,
        rf"ordered(?=\s+(?:[\w'’-]+\s+){{1,5}}?(?:held|kept|detained|remanded|placed)\s+(?:(?:in\s+)?(?:pre-?trial\s+)?(?:custody|detention|jail|prison)\b|for\s+(?:another\s+|a\s+further\s+|up\s+to\s+)?{_TERM}|pending\s+(?:trial|investigation|an?\s+investigation)\b))",
        says="the court ordered them held",
        examples=(
            "The judge ordered the blogger held in pretrial detention.",
            "A court ordered the activist Anna Ivanova held for two months pending trial.",
            "The judge ordered the blogger detained pending trial.",
        ),
        counter_examples=("The judge ordered the blogger held under house arrest.",),
    ),
    Rule(  # the Latin American "preventive detention" (prisión preventiva) a judge orders
        T.DETAINED,
        "ordered-to-remain-in-custody",
        Form.VERB,
        rf"ordered(?:\s+that)?(?=\s+{_OBJECT_WORD}{{1,24}}?(?:remain|stay|be\s+(?:held|kept|detained|remanded))\s+in\s+(?:preventive\s+|pre-?trial\s+)?(?:custody|detention|prison|jail)\b)",
        says="the court ordered them held",
        examples=(
            "A judge ordered that the farmer stand trial and remain in preventive detention.",
            "The court ordered the blogger to remain in custody for two more months.",
        ),
        counter_examples=(
            "The judge ordered that the farmer remain under house arrest.",
            "Lawyers asked that the farmer remain in custody at a hospital.",
        ),
    ),
    # back to prison after a release, house arrest or a retrial
    Rule(
        T.DETAINED,
        "returned-to-prison",
        Form.SUBJECT,
        r"(?:returned|was returned|were returned|went back|was sent back|were sent back|was taken back|were taken back)\s+to\s+(?:prison|jail|custody|detention|the\s+(?:prison|jail|colony)|a\s+(?:prison|jail|cell))"
        # (not from a hospital back to the prison or its clinic: a transfer, below)
        r"(?!\s+(?:clinic|hospital|infirmary|medical|sick|health)\b|\s+from\s+(?:the\s+|a\s+)?hospital\b)",
        says="went back to prison",
        examples=(
            "The journalist returned to prison on Monday.",
            "Both men were sent back to jail after the ruling.",
        ),
        counter_examples=(
            "The journalist returned to Paris on Monday.",
            "On Tuesday he was returned to the prison clinic.",
            "She was returned to prison from hospital on Monday.",
        ),
    ),
    Rule(  # back from a hospital to the prison or its clinic: a move between places of custody
        T.TRANSFERRED,
        "returned-from-hospital",
        Form.SUBJECT,
        r"(?:returned|was returned|were returned|was taken back|were taken back|was moved back|were moved back)\s+to\s+"
        r"(?:(?:the\s+|a\s+)?(?:prison|jail|colony)\s+(?:clinic|hospital|infirmary|medical\s+(?:wing|unit|centre|center))"
        r"|(?:prison|jail|(?:his|her|their)\s+cells?)\s+from\s+(?:the\s+|a\s+)?hospital)\b",
        says="returned from hospital to the prison",
        examples=(
            "On Tuesday he was returned to the prison clinic.",
            "She was returned to prison from hospital on Monday.",
        ),
        counter_examples=("He was returned to prison after his parole was revoked.",),
    ),
    Rule(
        T.DETAINED,
        "sent-back-to-prison",
        Form.VERB,
        rf"sent(?=\s+{_OBJECT_WORD}{{1,24}}?back\s+to\s+(?:prison|jail|custody|detention)\b)",
        says="the court sent them back to prison",
        examples=("The appeals court sent the blogger back to prison.",),
        counter_examples=("The editor sent the letter back to the newsroom.",),
    ),
    Rule(
        T.DETAINED,
        "arresting",
        Form.VERB,
        r"(?:(?<=before )|(?<=after ))(?:arresting|detaining|jailing|imprisoning)",
        says="arrested",
        examples=("Officers searched the flat before arresting the poet.",),
        counter_examples=("The arresting officer testified.",),
    ),
    Rule(
        T.DETAINED,
        "to-be-held-in-custody",
        Form.SUBJECT,
        r"(?:would|will|shall|to)\s+be\s+(?:held|kept|remanded)\s+in\s+(?:pre-?trial\s+)?(?:custody|detention)(?=\s+(?:for|until|pending)\b)",
        says="the court ordered custody",
        examples=("The court ruled that the two bloggers will be held in custody for two months.",),
        counter_examples=("The two bloggers have been in pretrial detention for a year.",),
    ),
    Rule(
        T.DETAINED,
        "in-custody-since",
        Form.SUBJECT,
        r"(?:been|is|was|are|were|remains?|remained)\s+(?:held\s+)?in\s+(?:pre-?trial\s+)?(?:detention|custody)(?=\s+since\b)"
        # "had been in jail awaiting trial since 8 March" (not since a clause: "has been in
        # prison since he began a hunger strike" tells the strike)
        r"|(?:been|is|was|are|were)\s+in\s+(?:prison|jail|gaol)(?:\s+(?:awaiting|without)\s+(?:trial|charges?))?"
        r"(?=\s+since\b(?!\s+(?:he|she|they|we)\b))"
        # "had been held since February", "has been held in a Minsk jail since 2021"
        r"|been\s+held(?:\s+(?:in|at)\s+[^.;,]{1,40}?)?(?=\s+since\b)",
        says="held in custody since then",
        examples=(
            "The blogger has been in pretrial detention since March 3.",
            "The lawyer had been held since February.",
            "The lawyer has been held in a Minsk jail since 2021.",
            "The poet has been in prison since 2019.",
            "The lawyer had been in jail awaiting trial since March.",
        ),
        counter_examples=(
            "The blogger has been in pretrial detention for a year.",
            "The lawyer has been held for three months.",
        ),
    ),
    Rule(
        T.DETAINED,
        "spent-time-in-custody",
        Form.SUBJECT,
        rf"{_SPENT_A_SPAN}\s+in\s+(?:pre-?trial\s+|police\s+|administrative\s+)?(?:detention|custody)",
        says="spent time in custody",
        state=True,
        examples=(
            "He had already served 10 months and nine days in pretrial detention.",
            "The poet, who spent two years in pre-trial detention, was acquitted.",
            "In 2011 she spent seven days in police custody for a protest.",
            "He once spent ten days in administrative detention.",
        ),
        counter_examples=(
            "He spent two years in prison for fraud.",
            "She spent two weeks in police training.",
        ),
    ),
    # a span under house arrest told as the past: a state, background as a span in custody is
    Rule(
        T.HOUSE_ARREST,
        "spent-time-under-house-arrest",
        Form.SUBJECT,
        rf"{_SPENT_A_SPAN}\s+(?:under|in)\s+house arrest",
        says="spent time under house arrest",
        state=True,
        examples=(
            "She had spent four months under house arrest.",
            "The editor, who spent more than two years under house arrest, was acquitted.",
        ),
        counter_examples=(
            "He spent two years in prison for fraud.",
            "She spent four months fighting house arrest orders.",
        ),
    ),
    # released
    Rule(  # freed from house arrest: a release, and a house arrest before it
        T.RELEASED,
        "released-from-house-arrest",
        Form.VERB,
        rf"(?:released|releases|freed|frees|liberated)(?=\s+(?:(?!(?:to|into|under|but|and)\b)[\w'’-]+,?\s+){{0,10}}?from\s+{_SPAN_OF}house arrest\b)",
        says="released from house arrest",
        ended=T.HOUSE_ARREST,
        examples=(
            "The court freed the blogger from house arrest on Monday.",
            "The editor has been released from two years of house arrest.",
            "The state released the editor, a critic of the king, from house arrest.",
        ),
        counter_examples=(
            "The editor was released from jail to house arrest.",
            "The editor was freed from jail and placed under house arrest.",
        ),
    ),
    Rule(
        T.RELEASED,
        "release-from-house-arrest",
        Form.NOUN,
        rf"release(?=\s+from\s+{_SPAN_OF}house arrest\b)",
        says="a release from house arrest",
        ended=T.HOUSE_ARREST,
        examples=("The president announced her release from house arrest.",),
        counter_examples=("The president announced her release from prison.",),
    ),
    Rule(
        T.RELEASED,
        "released",
        Form.VERB,
        rf"(?:(?:released|releases|(?<=to )release\b)(?!{_A_THING})"
        rf"|freed|frees|set\s+free|liberated){_NOT_FROM_CARE}|(?:swapped|exchanged)(?=\s+(?:[\w'’-]+\s+){{0,4}}?for\s+(?:an?\s+|the\s+|two\s+|\d+\s+)?(?:[\w-]+\s+){{0,2}}?(?:spy|spies|prisoners?|agents?|soldiers?|officers?|citizens?|nationals?)\b)",
        says="released",
        examples=(
            "Authorities freed the activist.",
            "The activist was swapped for a Russian spy.",
            "Iran releases French tourist",
        ),
        counter_examples=(
            "Its release was delayed.",
            "The activist exchanged letters for years.",
            "Court releases statement on the blogger's case",
            "The group released a new report on the activist.",
            "The activist was released from the hospital on Monday.",  # care, not custody
        ),
    ),
    # a swap's verb: "Belarus handed over X", "X was handed over at the border" (but handed
    # over to the police, the security services or the military is custody, not freedom, and
    # to a state an extradition: "handed over to Tajikistan")
    Rule(
        T.RELEASED,
        "handed-over",
        Form.VERB,
        rf"(?:(?<=was )|(?<=were )|(?<=been ))handed\s+over{_HANDED_A_PERSON}{_TO_NO_ONE}"
        rf"|(?:(?<=handed )|(?<=hands ))over{_HANDED_A_PERSON}{_TO_NO_ONE}",
        says="handed over",
        examples=(
            "Belarus handed over the activist on Saturday.",
            "The journalist was handed over at the border in an exchange.",
        ),
        counter_examples=(
            "He was handed over to the police.",
            "Neighbours handed over the activist to the FSB.",
            "She handed over her passport.",
            "The authorities handed over the body of the activist to the family.",
            "Iran handed over the activist's remains on Tuesday.",
            "Kyrgyzstan handed over to Tajikistan an activist who had lived in Russia.",
            "He was handed over by Turkey and placed in pretrial detention.",
        ),
    ),
    Rule(
        T.RELEASED,
        "walked-free",
        Form.SUBJECT,
        r"walk(?:ed|s)\s+(?:free|out\s+of\s+(?:prison|jail|custody|detention))|left\s+(?:prison|jail|custody|the\s+(?:prison|colony|detention)(?!\s+(?:hospital|infirmary|yard)))|was\s+let\s+out"
        # "walked out of Stanley Prison", "left Evin prison": a prison named before the word
        r"|(?:walk(?:ed|s)\s+out\s+of|left)\s+(?!(?:a|an|the)\s)(?:[a-z][\w'’-]*\s+){1,2}?(?:prison|jail|penal\s+colony)\b(?!\s*(?:['’]s|yard|gates?|grounds|visiting|hospital|canteen))"
        # ... and "the" before the named place: "left the Tashkent colony"
        r"|left\s+the\s+(?:[a-z][\w'’-]*\s+){1,2}?(?:prison|jail|colony)\b(?!\s*(?:['’]s|yard|gates?|grounds|visiting|hospital|infirmary|canteen|administration|director|chief|governor))"
        # ... and "a" before the place: "left a prison in Lagos"
        r"|left\s+an?\s+(?:(?:penal|pretrial|detention|high-security|maximum-security)\s+)?(?:prison|jail|colony|detention\s+cent(?:re|er))\b(?!\s*(?:['’]s|yard|gates?|grounds|visit\w*|hospital|infirmary|canteen))",
        says="walked free",
        examples=(
            "She walked free from the court.",
            "The reporter left a prison in Lagos on Thursday.",
            "He walked out of Stanley Prison on Tuesday.",
            "The poet left Evin prison on Sunday evening.",
            "The blogger left the Tashkent colony on Tuesday after his term ended.",
        ),
        counter_examples=(
            "She walked home from the court.",
            "His wife walked out of the prison visiting room in tears.",
            "He left the prison hospital on Monday.",
            "She left the Tashkent colony gates after a short visit.",
            "He left the Tashkent colony administration in 2019.",  # a job
            "She left a prison visit in tears.",
        ),
    ),
    Rule(
        T.RELEASED,
        "gained-freedom",
        Form.SUBJECT,
        # "gained freedom", "won his freedom", "got his freedom back" (not the freedom to do
        # something, nor freedom of a city)
        r"(?:gained|gains|won|wins|got|gets)\s+(?:(?:his|her|their)\s+)?(?:freedom|liberty)(?:\s+back)?(?!\s+(?:to|of|from)\b)",
        says="gained freedom",
        examples=(
            "Others, such as the blogger and a dozen more detainees, gained freedom as well.",
            "The reporter won her freedom after nine years behind bars.",
            "On Monday he finally got his freedom back.",
        ),
        counter_examples=(
            "She won the freedom to travel abroad.",
            "He was given the freedom of the city.",
            "The country gained its freedom in 1991.",
            "They gained freedom of movement under the deal.",
        ),
    ),
    Rule(
        T.RELEASED,
        "is-free-again",
        Form.SUBJECT,
        r"(?:emerged|came\s+out|walked\s+out)\s+(?:of|from)\s+(?:the\s+|an?\s+)?(?:prison|jail|custody|detention|colony|penal colony)|regained\s+(?:his|her|their)\s+(?:freedom|liberty)|(?:was|were|is|are)\s+(?:now|again|finally)\s+(?:free|at liberty)(?!\s+(?:to|of|from)\b)|is\s+free\s+(?:again|at last|after)|is\s+(?:now\s+)?free(?=[.!]?\s*$)|(?:is|was)\s+(?:now\s+)?a\s+free\s+(?:man|woman)",
        says="is free again",
        examples=("He emerged from prison on Friday.", "She walked out of a penal colony today."),
        counter_examples=("He is now free to travel.",),
    ),
    Rule(
        T.RELEASED,
        "walked-out-of-a-named-place",
        Form.SUBJECT,
        # "walked out of the Baku pretrial detention centre", "emerged from the Kresty prison"
        r"(?:walk(?:ed|s)\s+out\s+of|emerged\s+from|came\s+out\s+of)\s+the\s+(?:[a-z][\w'’-]*\s+){1,2}?"
        r"(?:(?:pre-?trial\s+)?detention\s+(?:centre|center|facility)|prison|jail|(?:penal\s+)?colony)\b"
        # ... the place's last word: "the prison museum", "the prison visiting room" are not
        r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:on|in|at|after|before|late|early|this|last|yesterday|today|"
        r"tonight|and|with|following|where|when|shortly|to|into|\d+)\b)"
        # ... or of a security service's building: "walked out of the SEBIN headquarters"
        rf"|(?:walk(?:ed|s)\s+out\s+of|emerged\s+from|came\s+out\s+of)(?={_SECURITY_BUILDING})",
        says="walked out of prison",
        examples=(
            "She walked out of the Baku pretrial detention centre on Tuesday.",
            "He emerged from the Kresty prison after two years.",
            "After 22 months, the journalist walked out of the SEBIN headquarters.",
        ),
        counter_examples=(
            "His wife walked out of the Baku prison visiting room in tears.",
            "She walked out of the old prison museum.",
            "He walked out of the detention centre's gym.",
            "He walked out of the old KGB building, now a museum.",
        ),
    ),
    Rule(
        T.RELEASED,
        "granted-bail",
        Form.SUBJECT,
        r"(?:was|were|been|is|are)\s+allowed\s+to\s+(?:leave\s+(?:the\s+)?(?:prison|jail|custody|detention(?:\s+(?:centre|center|facility))?|colony|court(?:room|house)?)|go\s+home|return\s+home)|(?:was|were|been|is|are)\s+granted\s+bail",
        says="granted bail",
        examples=("She was granted bail by the judge.",),
        counter_examples=("She was denied bail by the judge.",),
    ),
    Rule(  # a court's grant of bail: a release unless the person stays held (``bail_not_met``)
        T.RELEASED,
        "court-granted-bail",
        Form.VERB,
        r"(?:granted|grants|grant)\s+bail\s+to"
        # (the person, and maybe the sum: "granted jailed reporter X $2,000 bail")
        r"|(?:granted|grants)(?=\s+(?:(?!(?:request|application|to|no|on|for|of|a|an)\s)[\w'’-]+\s+){1,6}?"
        r"(?:(?:[a-z]{0,3}[$€£₹]|rs\.?\s?)?\d[\d,.]*(?:\s+(?:[a-z]+\s+)?(?:dollars|euros|pounds|rupees|naira|shillings|kwacha))?\s+)?bail\b)",
        says="granted bail",
        examples=(
            "The High Court granted bail to the photographer on Monday.",
            "A magistrate granted the two students bail.",
            "A judge granted the jailed reporter Anna Maria Ivanova $2,000 bail.",
            "The court granted the blogger 50,000 rupees bail on Monday.",
        ),
        counter_examples=(
            "The court granted the request to deny bail.",
            "The judge granted the prosecution more time to oppose bail.",
            "The judge granted the defence a hearing on bail.",
        ),
    ),
    Rule(  # "X was released on bail", "a court released on bail two activists"
        T.RELEASED,
        "released-on-bail",
        Form.VERB,
        r"(?:released|freed)\s+on\s+bail",
        says="released on bail",
        examples=(
            "She was released on bail on Monday.",
            "A court on Monday released on bail two activists, including the poet.",
        ),
        counter_examples=("The court refused to let the poet out on bail.",),
    ),
    Rule(
        T.RELEASED,
        "house-arrest-lifted",
        Form.NOUN,
        # "a court lifted the house arrest of X": free (but "X's house arrest was extended")
        r"(?:lift(?:s|ed|ing)?|end(?:s|ed|ing)?|cancell?(?:s|ed|ing)?|drop(?:s|ped|ping)?|revok(?:es|ed|ing))\s+(?:the\s+|a\s+)?house\s+arrest(?:\s+orders?)?(?=\s+(?:of|for|on|against)\b)|house\s+arrest(?:\s+orders?)?\s+(?:was\s+|has\s+been\s+)?(?:lifted|ended|cancell?ed|dropped|revoked)",
        says="the house arrest was lifted",
        ended=T.HOUSE_ARREST,
        examples=(
            "Court lifts house arrest of opposition politician",
            "The court ended the house arrest of the blogger on Tuesday.",
            "Her house arrest was lifted on Monday.",
            "The court dropped a house arrest order against the editor.",
            "His house arrest order was revoked by the judge.",
        ),
        counter_examples=(
            "The court extended the house arrest of the blogger.",
            "The house arrest of the blogger ended a week of protests.",
        ),
    ),
    Rule(
        T.RELEASED,
        "bailed",
        Form.VERB,
        r"bailed",
        says="bailed",
        examples=("The court bailed the student.",),
        counter_examples=("The court bailiff spoke.",),
    ),
    Rule(
        T.RELEASED,
        "release",
        Form.NOUN,
        r"(?<!for immediate )(?<!supervised )release(?!\s+(?:on parole|date|of (?:documents|a statement|the report|information)))"
        # a release named as a goal: "her release would be a step towards justice"
        r"(?!(?:\s+from\s+(?:detention|prison|custody|jail))?\s+[\"“]?(?:is|would\s+be|will\s+be|could\s+be|would\s+mark|will\s+mark)\s+(?:not\s+only\s+|not\s+just\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(?:step|steps|milestone)\s+(?:towards?|to|in)\b)"
        # a release others seek: "the journalist, whose release Poland is demanding"
        r"(?!\s+(?:[\w'’-]+\s+){1,4}?(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
        r"(?:\w+ly\s+)?(?:demanding|seeking|calling\s+for|urging|pressing\s+for|pushing\s+for|"
        r"campaigning\s+for|lobbying\s+for|working\s+for|fighting\s+for)\b)",
        says="a release",
        check=Check.NOT_ITS_TERMS,
        examples=(
            "His release was welcomed by his family.",
            "Her release on Monday was a step towards justice, the bishop said.",
        ),
        counter_examples=(
            "The release date was postponed.",
            "He was sentenced to 30 months and three years of supervised release.",
            "Ivan Petrov: 30 months' imprisonment, 3 years supervised release.",  # a sentence's part
            "He broke the conditions of his release.",
            "FOR IMMEDIATE RELEASE: the rights group on the detained editor.",
            "Her release would be a step towards justice, the bishop said.",
            "His release from prison is a significant step toward reconciliation, they said.",
            "The journalist, whose release Poland is demanding, is held in Grodno.",
            "The poet, whose release rights groups have been urging, is ill.",
        ),
    ),
    Rule(
        T.RELEASED,
        "returned-home-from-prison",
        Form.SUBJECT,
        rf"returned\s+home\s+(?:[\w-]+\s+){{0,3}}?(?:after\s+(?:(?:more\s+than|nearly|almost|over|about)\s+)?(?:{_TERM}|an?\s+(?:year|month|decade|week))\s+(?:in|behind)\s+|from\s+)(?:the\s+|a\s+)?(?:pre-?trial\s+)?(?:prison|jail|bars|custody|detention|(?:penal\s+)?colony)\b",
        says="returned home from prison",
        examples=(
            "He returned home after five years in prison.",
            "The student returned home on Sunday after nearly two years in pretrial detention.",
        ),
        counter_examples=("He returned home after a long trip.",),
    ),
    # a sentence served to its end: "completed his sentence", "X's prison term expired"
    Rule(
        T.RELEASED,
        "served-out-term",
        Form.SUBJECT,
        rf"(?:completed|finished|served\s+out)\s+(?:serving\s+)?(?:his|her|their)\s+{_PRISON_TERM}|(?:completed|finished)\s+serving\s+(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}?term",
        says="served out the term",
        examples=("She completed her sentence in June.",),
        counter_examples=("She completed her studies in June.",),
    ),
    Rule(  # a digest's outcome: "X (Tashkent) – term served", "X's sentence served in full"
        T.RELEASED,
        "term-served",
        Form.NOUN,
        r"(?:full\s+)?(?:term|sentence)\s+(?:fully\s+)?served(?=\s*(?:[;.)]|$)|\s+in\s+full\b|,\s)",
        says="the prison term served",
        examples=(
            "Ivan Petrov (Minsk) – term served; Olga Li – pardoned.",
            "Ivan Petrov: sentence served in full.",
        ),
        counter_examples=(
            "The term served as a warning to others.",
            "The term served in the colony counts twice.",
        ),
    ),
    Rule(
        T.RELEASED,
        "term-expired",
        Form.NOUN,
        rf"{_PRISON_TERM}\s+(?:\w+\s+)?{_RAN_OUT}",
        says="the prison term ran out",
        examples=("His prison term expired last month.",),
        counter_examples=("His passport expired last month.",),
    ),
    Rule(
        T.RELEASED,
        "term-imposed-on-expired",
        Form.NOUN,
        rf"{_PRISON_TERM}\s+(?:against|of|handed\s+to|imposed\s+on)\s+[^.;]{{1,200}}?,\s+{_RAN_OUT}",
        says="the prison term ran out",
        examples=("The sentence imposed on the blogger, a former teacher, ended on Monday.",),
        counter_examples=("The sentence imposed on the blogger, a former teacher, shocked many.",),
    ),
    # transferred
    Rule(
        T.TRANSFERRED,
        "moved-to-prison",
        Form.VERB,
        r"transferred|moved|shifted|relocated|sent|taken|transported|rushed|brought|hospitali[sz]ed|admitted|escorted|convoyed|"
        r"flown|airlifted|driven",  # by its means of travel: "flown to the central jail in Agra"
        says="moved to another place of custody",
        check=Check.TO_A_CUSTODY_PLACE,
        examples=(
            "He was transferred to a prison in the north.",
            "He was served the detention order and flown to the central jail in Agra.",
            "He was airlifted to a prison 800 km away.",
            "He spent a year in the prison in Mahilyou, where he was moved in 2024.",
            "He was moved in 2025 from the police headquarters, known as La Tumba, to Tocorón.",
            "She was taken from the prison to a hospital near the airport.",
            "The journalist was shifted from a jail in the city to a jail in the north.",
        ),
        counter_examples=(
            "He was transferred to a new school.",
            "He taught at a school in Minsk, where he was moved in 2024.",
            "He was moved from the news desk to the sports pages.",
            "The trial of the activist Ivan Petrov was moved from Minsk to Hrodna.",
            "Ivan Petrov's hearing was moved from Monday to Wednesday.",
            "The family moved from Caracas to Bogota in 2019.",
            "He flew to Berlin on Monday.",
            "He flew to Agra to visit the jail.",
            "He was driven to the airport.",
            "She was taken into criminal detention on Monday.",  # an arrest
            "She was taken from the prison straight to Noi Bai airport and flown to Germany.",
            "He was driven from the colony to the Lithuanian border.",
        ),
    ),
    Rule(
        T.TRANSFERRED,
        "placed-in-hospital",
        Form.VERB,
        r"(?:placed|put|committed|confined)(?=\s+(?:[\w'’-]+\s+){0,3}?(?:in|into|to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:psychiatric|mental|hospital|clinic)\b)",
        says="placed in a hospital",
        examples=(
            "The blogger was placed in a psychiatric hospital.",
            "A court committed the poet to a psychiatric clinic.",
        ),
        counter_examples=("The blogger was placed in a cell.",),
    ),
    Rule(  # a prisoner whose family lost track of him, found again in another place
        T.TRANSFERRED,
        "turned-up-in-prison",
        Form.SUBJECT,
        r"(?:(?:turned|turns|turning)\s+up|(?:re)?surface[ds]|(?:was|were|been)\s+(?:traced|located))(?=\s+(?:in|at)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:prison|colony|jail|penitentiary|detention\s+(?:centre|center|facility)|camp|prison\s+hospital)\b)",
        says="turned up in another prison",
        examples=(
            "The historian has turned up in a maximum-security colony in Siberia.",
            "The missing blogger resurfaced in a prison hospital in Kazan.",
            "The lawyer was located at a detention centre in Tula a month later.",
        ),
        counter_examples=(
            "The historian turned up at the court on Monday.",
            "She turned up in Kazan for the hearing.",
            "The video resurfaced online in May.",
        ),
    ),
    # custody changing hands: "police handed the activist X over to the military"
    Rule(
        T.TRANSFERRED,
        "handed-over-to-the-military",
        Form.VERB,
        rf"(?:handed|turned)(?=(?:\s+[\w'’-]+){{1,6}}?\s+over\s+to\s+{_MILITARY})"
        rf"|(?:handed|turned)\s+over(?=(?:\s+[\w'’-]+){{0,6}}?\s+to\s+{_MILITARY})",
        says="handed over to the military",
        check=Check.A_NAME_AFTER,  # a person, not "handed over the petition to the army"
        examples=(
            "Police handed over the blogger Amir Karimov to the military on Sunday.",
            "Police turned Amir Karimov over to the army.",
        ),
        counter_examples=(
            "Police handed the case over to prosecutors.",
            "The general handed over command to his deputy.",
            "Karimov handed over the petition to the army on Saturday.",
        ),
    ),
    Rule(
        T.TRANSFERRED,
        "was-handed-over-to-the-military",
        Form.VERB,
        rf"(?:(?<=was )|(?<=were )|(?<=been ))(?:handed|turned)\s+over(?=\s+to\s+{_MILITARY})",
        says="handed over to the military",
        examples=("The poet was handed over to military intelligence.",),
        counter_examples=("The poet has handed over the files to military intelligence.",),
    ),
    Rule(
        T.TRANSFERRED,
        "transfer",
        Form.NOUN,
        r"transfer",
        says="a transfer",
        check=Check.CUSTODY_PLACE_AFTER,
        examples=("His transfer to a penal colony was confirmed.",),
        counter_examples=("His transfer to another club was confirmed.",),
    ),
    Rule(
        T.TRANSFERRED,
        "transferring",
        Form.VERB,
        # ... or under way: "authorities are transferring X to a prison in Siberia"
        r"(?:(?<=before )|(?<=after )|(?<=and )|(?<=then )|(?<=are )|(?<=is ))(?:transferring|moving)",
        says="moved to another place of custody",
        check=Check.TO_A_CUSTODY_PLACE,
        examples=(
            "Police held her for a week before transferring her to a prison.",
            "Authorities are transferring the poet to a penal colony in the north.",
        ),
        counter_examples=(
            "They talked before moving her to a new school.",
            "Her parents are moving her to a new school.",
        ),
    ),
    Rule(
        T.RELEASED,
        "releasing",
        Form.VERB,
        r"(?:(?<=before )|(?<=after )|(?<=then ))(?:releasing|freeing|liberating)",
        says="released",
        examples=("Police held the poet overnight before releasing him.",),
        counter_examples=("The label is releasing a new album.",),
    ),
    # hunger strike
    Rule(
        T.HUNGER_STRIKE,
        "hunger-strike",
        Form.SUBJECT,
        rf"hunger[- ]strik(?:e|es|ing)|refus(?:ed|ing|es)\s+(?:to\s+eat|(?:all\s+)?(?:food|meals))|(?:stopped|stops|stopping)\s+(?:eating|taking\s+food)(?=\s*(?:[.,;]|$|(?:in|on|for|since|to|as|after|and|last|this|again|yesterday|today|{_WEEKDAY})\b))",
        says="on hunger strike",
        examples=(
            "She went on hunger strike.",
            "She stopped eating in protest.",
            "They said they stopped eating Sunday to protest their treatment.",
        ),
        counter_examples=("The famine caused hunger.", "She stopped eating meat."),
    ),
    Rule(  # "in 2019 he went without food for 30 days": a strike told by its length
        T.HUNGER_STRIKE,
        "without-food",
        Form.SUBJECT,
        r"(?:went|gone|goes|going)\s+without\s+food\s+for\s+(?:\d+|[a-z]+)\s+(?:days|weeks)",
        says="went without food for days",
        examples=("In 2019 he went without food for 30 days.",),
        counter_examples=("The village went without food after the floods.",),
    ),
    # ill treatment
    Rule(
        T.ILL_TREATMENT,
        "beaten",
        Form.VERB,
        r"tortured|beaten|beat(?!\s+(?:(?:his|her|their|the|a|an|all)\s+)?(?:[\w-]+\s+)?(?:rivals?|opponents?|challengers?|competitors?|incumbents?|candidates?|favou?rites?|champions?|records?|odds|deadline|teams?|side|the\s+rest)\b)|ill-treated|mistreated|abused|electrocuted|assaulted|tormented|kicked(?!\s+(?:off|out))|punched|choked|strangled|raped|whipped|flogged|pepper-sprayed|tasered|(?:beat|roughed)\s+up",
        says="beaten",
        examples=("Guards beat him in his cell.",),
        counter_examples=(
            "The drumbeat grew louder.",
            # a contest won, not a beating
            "The blogger beat his rival in the local election.",
            "The editor beat the odds and won.",
        ),
    ),
    # a confession "beaten out of him": the person after "out of"
    Rule(
        T.ILL_TREATMENT,
        "beaten-out-of",
        Form.NOUN,
        r"(?:beaten|tortured|forced|coerced|extracted|squeezed)\s+out(?=\s+of\s+(?:him|her|them)\b)",
        says="a confession beaten out of them",
        examples=("He read a confession that his family said had been beaten out of him.",),
        counter_examples=(
            "They knocked the wind out of him.",
            "The dust was beaten out of the rug.",
        ),
    ),
    # restraints kept on for hours: "was kept in shackles for nine hours"
    Rule(
        T.ILL_TREATMENT,
        "kept-in-shackles",
        Form.VERB,
        r"(?:kept|held|left)\s+in\s+(?:shackles|chains|leg\s+irons|handcuffs)(?=\s+for\b)"
        r"|shackled(?=\s+(?:for|to)\b)|chained\s+to",
        says="kept in shackles",
        examples=(
            "She told the court she was kept in shackles for nine hours.",
            "He was chained to a radiator overnight.",
        ),
        counter_examples=(
            "He appeared in court in handcuffs.",
            "The gate was kept in chains.",
        ),
    ),
    # torture told by its method, without a word for it: "hung him by his arms for hours",
    # "was suspended by the wrists", "waterboarded", "burned him with cigarettes"
    Rule(
        T.ILL_TREATMENT,
        "torture-method",
        Form.VERB,
        r"(?:hung|hanged|suspended|strung\s+up)(?=\s+(?:[\w'’-]+\s+){0,2}?(?:up\s+)?by\s+"
        r"(?:his|her|their|the)\s+(?:arms|wrists|hands|feet|ankles|legs|thumbs|hair)\b)"
        r"|waterboarded|burned(?=\s+(?:[\w'’-]+\s+){0,2}?with\s+(?:lit\s+)?cigarettes\b)",
        says="tortured",
        examples=(
            "He said interrogators had hung him by his arms for hours.",
            "She was suspended by the wrists and beaten.",
            "Guards burned him with cigarettes.",
        ),
        counter_examples=(
            "He hung his coat by the door.",
            "The painting was hung by the curators.",
            "The court suspended him from practice for a year.",
        ),
    ),
    Rule(
        T.ILL_TREATMENT,
        "subjected-to-torture",
        Form.SUBJECT,
        r"(?:subjected|subject)\s+to\s+(?:(?:\w+\s+)?(?:torture|ill-treatment|abuse|beatings?|violence|pressure)"
        # ... the words of the conventions against torture: "inhuman or degrading treatment"
        r"|(?:inhuman|inhumane|degrading|cruel)(?:,?\s+(?:and|or)\s+(?:inhuman|inhumane|degrading))?\s+treatment)",
        says="subjected to ill-treatment",
        examples=(
            "She was subjected to torture.",
            "The court found she had been subjected to degrading treatment.",
            "He was subjected to inhuman and degrading treatment in the colony.",
        ),
        counter_examples=(
            "She was subjected to a search.",
            "He was subjected to medical treatment.",
        ),
    ),
    Rule(  # "died after deliberate medical negligence", "victim of medical neglect": care
        # withheld in custody, as "denied medical care"
        T.ILL_TREATMENT,
        "medical-negligence",
        Form.SUBJECT,
        # (not the offence a doctor is charged with: "charged with medical negligence")
        r"(?<!charged with )(?<!accused of )(?<!convicted of )(?<!guilty of )(?<!sued for )"
        r"(?:(?:deliberate|medical|criminal|gross|wilful|willful)\s+){1,2}(?:negligence|neglect)",
        says="medical negligence",
        examples=(
            "The poet died in jail after deliberate medical negligence, his family said.",
            "Her lawyer said she was a victim of medical neglect in the colony.",
        ),
        counter_examples=(
            "The poet sued the bank for negligence.",
            "The engineer was convicted of criminal negligence over the collapse.",
            "The surgeon was charged with medical negligence.",
            "A court found the engineer guilty of gross negligence.",
            "He wrote about the neglect of the old town.",
        ),
    ),
    Rule(
        T.ILL_TREATMENT,
        "denied-medical-care",
        Form.SUBJECT,
        r"(?:denied|denying|refused|refusing|deprived\s+of|withheld|without|lack\s+of|no\s+access\s+to|yet\s+to\s+receive|(?:not|never)\s+(?:been\s+)?(?:received|receiving|given|provided\s+with|allowed))\s+(?:(?:him|her|them)\s+)?(?:[\w'’-]+\s+){0,2}?(?:medical\s+(?:care|treatment|help|aid|assistance|attention|appointments?|examinations?|checks?|visits?)|medic(?:ine|ines|ation|ations)|treatment|health\s*care|access\s+to\s+(?:a\s+|an\s+)?(?:(?:specialist|specialised|specialized|proper|adequate|independent|urgent|outside)\s+)?(?:doctors?|hospital|medical|medicine|treatment))"
        # ... insulin kept from the person ("denied her insulin"; not "without his insulin")
        r"|(?:denied|denying|refused|refusing|withheld)\s+(?:him\s+|her\s+|them\s+)?(?:his\s+|her\s+|their\s+)?insulin\b",
        says="denied medical care",
        lasts=True,
        examples=(
            "He has been denied medical care.",
            "He was denied a medical appointment.",
            "Guards refused the poet medication for his heart.",
            "She has not received proper medical treatment.",
            # a medicine named by its kind, after the person: "denied him his heart medication"
            "Guards denied him his heart medication for a week.",
            "Guards denied her insulin for a week.",
            "She has been denied access to specialist medical care.",
        ),
        counter_examples=(
            "He has been given medical care.",
            "She was given her insulin on time.",
            "He spent six days in a police van without his insulin.",
        ),
    ),
    Rule(
        T.ILL_TREATMENT,
        "deprived-of-sleep",
        Form.SUBJECT,
        r"(?:deprived\s+of|denied)\s+sleep|sleep\s+deprivation|(?:kept|prevented)\s+(?:\w+\s+)?from\s+sleeping",
        says="deprived of sleep",
        examples=(
            "He was interrogated for 14 hours a day and deprived of sleep.",
            "She said guards kept her from sleeping for three nights.",
        ),
        counter_examples=("He said he could not sleep for worry about his family.",),
    ),
    Rule(
        T.ILL_TREATMENT,
        "refused-hospital",
        Form.SUBJECT,
        r"refused\s+to\s+(?:take|transfer|allow)\s+\S+\s+to\s+(?:a|the)\s+(?:hospital|doctor)",
        says="refused a hospital",
        examples=("Guards refused to take her to the hospital.",),
        counter_examples=("Guards agreed to take her to the hospital.",),
    ),
    # a doctor or an ambulance not called for the person: "guards refused to call a doctor
    # for him"
    Rule(
        T.ILL_TREATMENT,
        "refused-to-call-a-doctor",
        Form.SUBJECT,
        r"(?:refused|refusing|refuses|declined|failed)\s+to\s+(?:call|summon|fetch|send\s+for)\s+(?:a|an|any)\s+(?:doctor|ambulance|medic|paramedic)s?(?:\s+for\s+(?:him|her|them))?",
        says="denied medical care",
        examples=(
            "Guards refused to call a doctor for him.",
            "She collapsed, and guards refused to call an ambulance for her.",
            "The poet said guards had refused to call a doctor for two days.",
        ),
        counter_examples=(
            "Guards called a doctor for him at once.",
            "He refused to see a doctor.",
            "Guards refused to call his lawyer.",
        ),
    ),
    # care that doctors asked for, then refused by "it": "doctors had recommended that she
    # be taken to a hospital, but the prosecutor has refused to allow it"
    Rule(
        T.ILL_TREATMENT,
        "recommended-care-refused",
        Form.VERB,
        r"(?<=be )(?:taken|transferred|moved|admitted|sent|hospitali[sz]ed)\b[^.;]{0,40}?\b"
        r"(?:hospital|clinic|treatment|surgery|tests?)\b[^.;]{0,100}?\b(?:refused|declined|denied|"
        r"would\s+not|did\s+not|has\s+not|have\s+not)\s+(?:to\s+)?(?:allow|permit|"
        r"authori[sz]e|approve|sanction|grant)\s+(?:it|this|that|the\s+(?:transfer|request))",
        says="denied medical care",
        check=Check.CARE_ASKED_FOR,
        examples=(
            "Doctors recommended that she be taken to a hospital, but prosecutors refused to "
            "allow it.",
        ),
        counter_examples=(
            "Doctors recommended that she be taken to a hospital, and prosecutors agreed.",
            "The lawyer recommended that she be moved to a new cell, but the governor refused "
            "to allow it.",
        ),
    ),
    Rule(  # "the refusal of prison authorities to let him see a cardiologist"
        T.ILL_TREATMENT,
        "not-let-see-a-doctor",
        Form.VERB,
        rf"(?:refus(?:ed|ing|es)|would\s+not|did\s+not|will\s+not)\s+to\s+(?:let|allow)(?:{_SEE_A_DOCTOR}|{_A_DOCTOR_SEE}(?=\s+(?:him|her|them)\b))",
        says="denied medical care",
        examples=(
            "Guards refused to let him see a doctor.",
            "Guards refused to allow her to see a doctor.",
            "The prison is refusing to let a doctor see her.",
        ),
        counter_examples=(
            "Guards refused to let him see his lawyer.",
            "Guards refused to let a lawyer see her.",
            "The doctor refused to let her see the file.",
            "The court refused to allow him to see the files.",
        ),
    ),
    Rule(  # the same told by a noun, its agent after "of": the person is the sentence's
        T.ILL_TREATMENT,
        "refusal-to-let-see-a-doctor",
        Form.NOUN,
        rf"refusal\s+of\s+(?:[\w'’-]+\s+){{1,4}}?to\s+(?:let|allow){_SEE_A_DOCTOR}",
        says="denied medical care",
        examples=(
            "He protested at the refusal of prison authorities to let him see a cardiologist.",
        ),
        counter_examples=("He protested at the refusal of the court to let him see the files.",),
    ),
    Rule(
        T.ILL_TREATMENT,
        "care-yet-to-receive",
        Form.SUBJECT,
        r"needs?\s+medical\s+care\s+(?:she|he)\s+has\s+yet\s+to\s+receive",
        says="has yet to receive medical care",
        examples=("She needs medical care she has yet to receive.",),
        counter_examples=("She needs medical care she has now received.",),
    ),
    Rule(
        T.ILL_TREATMENT,
        "torture",
        Form.NOUN,
        r"tortures?|ill-treatment|beatings?",
        says="torture",
        examples=("Reports of his torture emerged.",),
        counter_examples=("The torturer was named.",),
    ),
    # died
    Rule(
        T.DIED,
        "died",
        Form.SUBJECT,
        r"died|passed\s+away|(?:was|were)\s+found\s+dead|(?:was|were)\s+killed|has\s+died|dies|lost\s+(?:his|her|their)\s+li(?:fe|ves)|succumbed\s+to",
        says="died",
        examples=("The dissident died in custody.",),
        counter_examples=("The dissident's diet was poor.",),
    ),
    Rule(
        T.DIED,
        "killed",
        Form.VERB,
        r"murdered|assassinated|(?:shot|stabbed|beaten|tortured|hacked|burned|starved)\s+(?:to\s+death|dead)|(?:shot|stabbed|hacked)(?=(?:\s+[\w'’-]+){1,3}?\s+(?:to\s+death|dead)\b)|put\s+to\s+death|hanged(?!\s+(?:up|out|around|on|onto|over)\b)|execut(?:ed|es)(?!\s+(?:(?:an?|the|his|her|their|its|this|that|these|those)\s+)?(?:[\w'’-]+\s+){0,2}?(?:orders?|warrants?|search(?:es)?|plans?|raids?|operations?|decisions?|rulings?|judg(?:e)?ments?|contracts?|wills?|polic(?:y|ies)|strateg(?:y|ies)|attacks?|moves?|deals?|trades?|transactions?|programmes?|programs?|projects?|tasks?|duties|instructions|commands?|manoeuvres?|maneuvers?)\b)",
        says="killed",
        examples=(
            "Gunmen shot the reporter dead.",
            "The reporter was beaten to death.",
            "Iran executes the rapper",
            "The rapper was hanged at dawn on Wednesday.",
        ),
        counter_examples=(
            "The reporter was beaten.",
            "Police executed a search warrant at the reporter's flat.",
            "The officers executed the court order.",
        ),
    ),
    Rule(
        T.DIED,
        "killing-of",
        Form.NOUN,
        # "the killing of X", "the murder of journalist X" (not an attempt, a plot or a threat)
        r"(?<!attempted )(?<!attempt )(?<!plot )(?<!plotting )(?<!['’]s )(?<!his )(?<!her )(?<!their )(?:killings?|murders?|assassination|slaying)(?=\s+of\s)",
        says="a killing",
        examples=(
            "Reporters protested against the killing of two journalists in a drone strike.",
            "The murder of the editor outside his home shocked the country.",
            "An inquiry into the assassination of the opposition leader began.",
        ),
        counter_examples=(
            "He survived the attempted murder of his family.",
            "She was jailed over an attempted killing of a guard.",
            "The soldier's killing of a farmer went unpunished.",
        ),
    ),
    Rule(
        T.DIED,
        "death",
        Form.NOUN,
        r"(?<!to )(?<!near-)(?<!near )death(?!\s+(?:sentences?|penalty|penalties|row|threats?|toll|squads?|certificate))"
        # a figurative death: "a death knell for free radio", "a death blow to the paper"
        r"(?!\s+(?:knell|blows?|spiral|trap|wish|grip|throes|rattle)\b)"
        # ... or the death of something, not someone: "the death of free speech", "... of the
        # opposition", "... of her career"
        rf"(?!\s+of\s+(?:(?:the|a|an|his|her|their|its|our|any|all)\s+)?(?:[\w'’-]+\s+){{0,2}}?{_ABSTRACT}{_PHRASE_ENDS})",
        says="a death",
        examples=(
            "His death in prison drew protests.",
            "The death of the editor was confirmed.",
            "The death of a party activist in custody drew protests.",
        ),
        counter_examples=(
            "The deathbed scene was long.",
            "He faces a death sentence.",
            "The court sentenced the rapper to death in 2019.",
            "He called the verdict a death knell for his party.",
            "His sentence was a death blow to the movement.",
            "The ban on his party meant the death of the opposition.",
            "He called the law the death of his career.",
            "He wrote about a near-death experience.",
        ),
    ),
    # fled
    Rule(
        T.FLED,
        "fled-the-country",
        Form.SUBJECT,
        rf"fled|flees|(?<=after )fleeing|(?<=since )fleeing|(?<=before )fleeing|escaped\s+(?:abroad|the\s+country)|crossed\s+(?:the\s+border\s+)?into\s+{_COUNTRY}|(?:left|leaves|leaving|escaped\s+to|(?:forced|made|obliged|compelled|had|has|have)\s+to\s+(?:leave|flee))\s+(?:the\s+country|(?:his|her|their)\s+(?:home\s*)?(?:country|homeland)|{_COUNTRY})|(?:moved|went|escaped|relocated)\s+abroad|(?<!was )(?<!were )(?<!been )(?:moved|relocated)\s+to\s+{_COUNTRY}|emigrated|(?:was|were|been|is)\s+granted\s+(?:political\s+)?asylum|received\s+(?:political\s+)?asylum|went\s+into\s+exile"
        # "flew to Germany two days later", "left for Georgia": out of the country, not a trip
        rf"|(?:(?:left|leaves|leaving)\s+for|(?:flew|flies|flown)\s+(?:out\s+|on\s+)?to)\s+(?:{_COUNTRY}|{_EXILE_CITY})(?!\s+(?:for|to\s+attend|on\s+(?:a|an)\s+(?:visit|trip))\b)(?![^.;]{{0,60}}\breturn)",
        says="fled the country",
        check=Check.NOT_STOPPED_LEAVING,
        examples=(
            "She fled the country in 2021.",
            "She had to leave Belarus in 2021.",
            "After leaving his homeland, she settled in Riga.",
            "She moved to Germany after the search.",
            "Journalist leaves Belarus weeks after release",
            "She crossed into Lithuania on Sunday.",
            "She was paroled on Friday and flew to Germany two days later.",
            "Freed in the swap, he flew on to Vilnius, where his wife lives.",
            "She returned in 2003 after fleeing the country in 1983.",
        ),
        counter_examples=(
            "She flew to Germany for treatment and returned in May.",
            "She flew to Moscow for the hearing.",
            "She left the office in 2021.",
            "She crossed into the courtyard.",
            "She had to leave the meeting.",
            "She was moved to Germany for treatment.",
            "She interviewed families fleeing the war.",
            "He was arrested at the airport in May just before leaving the country.",
            "She was detained at the border while leaving Belarus.",
        ),
    ),
    # a state flies its prisoners out: an expulsion ("freed X and flew her to Guatemala")
    Rule(
        T.FLED,
        "flown-abroad",
        Form.VERB,
        rf"flew(?=\s+(?:him|her|them|[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?)\s+(?:out\s+)?to\s+(?:{_COUNTRY}|{_EXILE_CITY})(?!\s+(?:for|to\s+attend|on\s+(?:a|an)\s+(?:visit|trip))\b)(?![^.;]{{0,60}}\breturn))",
        says="flown out of the country",
        examples=(
            "The regime freed the bishop and flew him to Rome on Friday.",
            "Authorities flew the 12 prisoners to the United States.",
        ),
        counter_examples=(
            "Her husband flew her to Germany for treatment.",
            "The army flew him to the capital for questioning.",
            "They flew her to Spain and she returned a week later.",
        ),
    ),
    # a prisoner who lands abroad right after a release was sent there: "arrived in
    # Washington from Managua after his negotiated release"
    Rule(
        T.FLED,
        "arrived-abroad-after-release",
        Form.SUBJECT,
        rf"arrived\s+in\s+(?:{_COUNTRY}|{_EXILE_CITY})(?=[^.;]{{0,80}}?\bafter\s+(?:(?:his|her|their)\s+)?(?:[\w-]+\s+){{0,2}}?(?:release|being\s+(?:freed|released)|expulsion)\b)",
        says="sent abroad on release",
        examples=(
            "The dissident arrived in Madrid on Thursday after her release from prison.",
            "They arrived in the United States after their surprise release.",
        ),
        counter_examples=(
            "The dissident arrived in Madrid for talks on her release.",
            "His wife arrived in Berlin before his release.",
        ),
    ),
    Rule(
        T.FLED,
        "deported",
        Form.VERB,
        rf"deported|deports|extradited|extradites|banished|expel(?:led|s)(?!(?:\s+[\w'’-]+){{0,4}}?\s+from\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){{0,3}}?{_ORG}\b)|put(?=\s+(?:[\w'’-]+\s+){{0,4}}?on\s+an?\s+(?:[\w-]+\s+)?(?:plane|flight)\s+(?:to|back|out)\b)|handed\s+over(?=\s+to\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:authorities|police|security\s+services)\b)",
        says="deported",
        examples=(
            "He was deported to his home country.",
            "He was handed over to the Uzbek authorities.",
            "The reporter was expelled from Russia in May.",
            "The reporter was expelled to Georgia on Tuesday.",
            "The regime banished the poet to Costa Rica.",
            "Nicaragua frees priest, expels him to Rome",  # a headline's present tense
            "The reporter was put on a plane to Baku on Monday.",
            "Guards put the activist on a chartered flight out of the country.",
        ),
        counter_examples=(
            "He was reported missing.",
            "He handed over the keys to the police.",
            "The deputy was expelled from the ruling party on Monday.",
            "The student was expelled from Minsk State University.",
            "Party expels the activist from its board",
            "The reporter was put on a list of foreign agents.",
            "She put her bags on the plane to London.",
        ),
    ),
    # a state hands a person over to another: a swap or an extradition takes them out of it
    # ("Belarus handed over X"; not "... handed over X to the police")
    Rule(
        T.FLED,
        "handed-over-by-a-state",
        Form.VERB,
        rf"hand(?:ed|s)(?=\s+over{_HANDED_A_PERSON})",
        says="handed over by the state to another",
        check=Check.BY_A_STATE,
        examples=("Belarus handed over the activist in the exchange.",),
        counter_examples=(
            "Belarus handed over the activist to the KGB.",
            "The neighbours handed over the activist.",
        ),
    ),
    Rule(
        T.FLED,
        "driven-to-the-border",
        Form.VERB,
        r"(?:driven|taken|escorted|pushed|forced|dumped|marched)\s+(?:to|across)\s+the\s+(?:[\w-]+\s+){0,2}?border(?!\s+(?:town|city|region|area|village|district|guards?|service|zone|with))|(?:made|forced)\s+to\s+(?:cross|walk\s+across)\s+(?:the\s+border|into\s+[a-z]+|on\s+foot)",
        says="expelled across the border",
        examples=(
            "The prisoners were driven to the Lithuanian border on Monday.",
            "The poet was escorted to the Polish border and left there.",
            "They were made to cross on foot into Lithuania.",
        ),
        counter_examples=(
            "He was driven to the border town of Brest for questioning.",
            "She was taken to the border guards' office for a search.",
        ),
    ),
    Rule(
        T.FLED,
        "extradition",
        Form.NOUN,
        # (not a place: "a deportation centre")
        r"(?:extradition|deportation)(?!\s+(?:cent(?:re|er)s?|camps?|facilit(?:y|ies)|prisons?)\b)"
        rf"|expulsion(?!\s+from\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){{0,3}}?{_ORG}\b)",
        says="an extradition",
        check=Check.NOT_RESISTED,
        examples=(
            "His extradition was approved.",
            "Officials ordered his expulsion to Georgia.",
            "She was put on a plane after her deportation was ordered.",
        ),
        counter_examples=(
            "It is an extraditable offence.",
            "His expulsion from the party was announced on Monday.",
            "She tore up her passport to resist deportation.",
            "He spent three years fighting his extradition to the United States.",
            "A ruling that blocked her deportation was overturned.",
            "The activist, whose extradition Minsk is seeking, lives in Vilnius.",
            "Police moved the activist to a deportation centre in the capital.",
        ),
    ),
    Rule(
        T.FLED,
        "will-not-return",
        Form.SUBJECT,
        rf"left\s+for\s+{_COUNTRY}|(?:will|would|could)\s+not\s+(?:return|go back)\s+to\s+{_COUNTRY}|(?:decided|chose|vowed)\s+not\s+to\s+(?:return|go back)\s+to\s+{_COUNTRY}|(?:will|would)\s+(?:remain|stay)\s+in\s+exile",
        says="will not return",
        examples=("He said he would not return to Belarus.",),
        counter_examples=("He said he would return to Belarus.",),
    ),
    Rule(
        T.FLED,
        "left-to-seek-asylum",
        Form.SUBJECT,
        r"(?:left|crossed|fled|escaped|travell?ed|went|moved)\b(?=[^.;:]{0,60}?\bto\s+(?:seek|request|apply\s+for|ask\s+for|claim)\s+(?:political\s+)?asylum\b)",
        says="left to seek asylum",
        examples=(
            "The editor left her two daughters behind to seek asylum in Mexico.",
            "The blogger crossed the border on foot to claim asylum in Poland.",
        ),
        counter_examples=(
            "The editor helped others to seek asylum in Mexico.",
            "The editor left the meeting. He plans to seek asylum.",
        ),
    ),
    Rule(  # asylum asked for in a country abroad: the person has left their own
        T.FLED,
        "applied-for-asylum-abroad",
        Form.SUBJECT,
        rf"(?:applied|applies|sought|seeks|claimed|claims|requested|requests)\s+(?:for\s+)?(?:political\s+)?(?:asylum|refugee\s+status)\s+in\s+{_COUNTRY}\b",
        says="asked for asylum abroad",
        examples=(
            "The wrestler has applied for asylum in Serbia.",
            "She sought political asylum in Germany after the verdict.",
        ),
        counter_examples=(
            "The wrestler has applied for a visa in Serbia.",
            "She sought asylum for her children, who live with her.",
        ),
    ),
    Rule(
        T.FLED,
        "granted-asylum",
        Form.VERB,
        r"granted(?=\s+(?:[\w'’-]+\s+){0,4}?(?:political\s+)?asylum\b)|granted\s+(?:political\s+)?asylum\s+to",
        says="granted asylum",
        examples=("Germany granted him asylum.",),
        counter_examples=("Germany granted him a visa.",),
    ),
    Rule(
        T.FLED,
        "in-exile",
        Form.SUBJECT,
        # ... "live" of a plural subject ("Both men now live in exile"), not an infinitive
        # or a future ("refused to live in exile", "would live in exile")
        r"(?:now|currently|still|living|lives|lived|remains|remained|based|"
        r"(?<!to )(?<!will )(?<!would )(?<!could )(?<!might )(?<!may )live)\s+in\s+exile"
        # an aside: "X, in exile since 2021, spoke"
        r"|(?<=, )in\s+exile(?=\s+(?:since|for|in|abroad)\b|,)",
        says="lives in exile",
        state=True,
        examples=(
            "The former editor lives in exile in Vilnius.",
            "The activist, now in exile, spoke to reporters.",
            "Anna Ivanova, in exile since 2021, spoke to reporters.",
            "Both brothers live in exile in Vilnius.",
        ),
        counter_examples=(
            "The former editor went into exile in 2020.",
            "The former editor refused to live in exile.",
            "The former editor said he would live in exile if convicted.",
        ),
    ),
    Rule(  # "X, the exiled former editor", "X, an exiled member of parliament": described as
        # living abroad, as "X, an activist now in exile" (a state: background)
        T.FLED,
        "exiled-described",
        Form.SUBJECT,
        rf"exiled(?=\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_EXILE_ROLES})\b)",
        says="described as exiled",
        state=True,
        check=Check.DESCRIBES_THE_PERSON,
        examples=(
            "Pavel Sorin, the exiled former editor of the weekly, spoke.",
            "Pavel Sorin, an exiled member of parliament, called for elections.",
        ),
        counter_examples=(
            "Pavel Sorin wrote a novel about exiled poets.",
            "Pavel Sorin met exiled journalists in Riga.",
            "Pavel Sorin spoke beside the exiled opposition leader.",
            # (an attributive "the exiled journalist X" describes, as "jailed journalist X")
            "The exiled opposition leader Pavel Sorin addressed the rally.",
        ),
    ),
    Rule(
        T.FLED,
        "sent-into-exile",
        Form.VERB,
        # (not an exile inside the country: "exiled to a remote province", "to Guizhou province")
        rf"(?:sent|forced|driven)(?=\s+(?:[\w'’-]+\s+){{0,3}}?into\s+exile\b)|exiled(?=\s+(?:from|abroad)\b|\s+to\s+(?!{_INLAND}))|forced\s+to\s+(?:leave|flee)\s+(?:home|the\s+country|his\s+country|her\s+country)"
        # sent home at another state's request: a deportation ("forced to return to Dushanbe
        # at the request of the Tajik authorities")
        r"|(?:forced|made)\s+to\s+return(?=\s+to\s+(?:[\w'’-]+\s+){1,3}?(?:[^.;]{0,40}?\s)?at\s+the\s+request\s+of\b)",
        says="forced into exile",
        examples=(
            "The regime sent the poet into exile.",
            "The poet was forced into exile.",
            "He was forced to return to Tashkent at the request of the Uzbek authorities.",
        ),
        counter_examples=(
            "The poet wrote about exile.",
            "He was forced to return to the courtroom by the judge.",
            "He was later exiled to a remote province in the north.",
            "She was exiled to Guizhou province for ten years.",
        ),
    ),
)

# The event lexicon's entries as rules of the table, after its own (``event_lexicon``)
LEXICON_RULES: tuple[Rule, ...] = tuple(
    Rule(
        e.type,
        e.slug,
        Form.NOUN if e.shape is Shape.NOUN else Form.VERB,
        e.source.replace("{country}", COUNTRY),
        says=e.says,
        examples=e.examples,
        counter_examples=e.counter_examples,
        check=e.check,
        lexicon=True,
        complement=e.has_complement,
    )
    for e in ENTRIES
)
RULES: tuple[Rule, ...] = TABLE_RULES + LEXICON_RULES
