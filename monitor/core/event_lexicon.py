"""The event lexicon: the verbs and nouns of each event type, in all their forms, in one place.

The trigger table (``monitor.core.trigger_rules``) holds phrases, each written and tested
for one way of saying an event. News says the same event with another verb of the same
meaning, the other voice, a particle split from its verb or a clause between the verb and
its person ("took X, who had just spoken, into custody"). The lexicon says, per event type,
which verbs and nouns mean it, and how a verb's person may stand:

BARE    the verb alone ("intercepted"): the person is its object when active ("police
        intercepted X") or its subject when passive ("X was intercepted at the airport");
SPLIT   the verb and a complement it needs ("into custody", "free", "from prison"), the
        object either before the complement or not there at all: "took X into custody",
        "took X, who ..., into custody", "X was taken into custody";
NOUN    a noun whose person is "of X", "X's", "against X" ("charges were levelled against X");
PHRASE  a verb with its object and a preposition, the person after it ("extended clemency to X").

A verb is written once as its stem and its forms are made from it (``forms``): "apprehend"
gives apprehend, apprehends, apprehended, apprehending; "acquit+" doubles its last letter
(acquitted); irregular verbs list their forms ("take|takes|took|taken|taking").

Each entry becomes one rule of the table (``trigger_rules.LEXICON_RULES``), with its own
examples and counter-examples, so the table's test runs them too. The lexicon is a fallback:
a table rule that matches where an entry does wins (``triggers.find_triggers``; a bare verb
also yields to a table match whose side condition failed), and an entry's event is dropped
for a person a table rule already found in the sentence (``events``). Who, whether and when
are decided as for any rule (``event_who``, ``event_whether``, ``event_when``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from monitor.core.rule_checks import Check
from monitor.core.types import EventType as T


class Shape(StrEnum):
    BARE = "bare"  # the verb alone
    SPLIT = "split"  # the verb, maybe its object, then its complement
    NOUN = "noun"  # a noun, its person after "of"/"against" or before "'s"
    PHRASE = "phrase"  # a verb's whole phrase, its person right after ("granted pardons to")


# What may stand between a split verb and its complement: its object, with a clause of its
# own ("X, who had just spoken,"), within the sentence's clause
OBJECT_BETWEEN = (
    r"(?:\s+(?:[^.;:!?\"“”(),]{1,60}?|[^.;:!?\"“”(),]{1,60}?,[^.;:!?\"“”()]{1,100}?,))?"
)


def forms(spec: str) -> tuple[str, ...]:
    """The forms of a verb: its stem's regular forms ("arrest" → arrest, arrests, arrested,
    arresting; "free" → free, frees, freed, freeing; "deport" ...), a doubled last letter
    with "+" ("acquit+" → acquitted, acquitting), or the forms listed ("take|took|...")."""
    if "|" in spec:
        return tuple(spec.split("|"))
    if spec.endswith("+"):
        stem = spec[:-1]
        return (stem, stem + "s", stem + stem[-1] + "ed", stem + stem[-1] + "ing")
    if spec.endswith("ee"):
        return (spec, spec + "s", spec + "d", spec + "ing")
    if spec.endswith("e"):
        return (spec, spec + "s", spec + "d", spec[:-1] + "ing")
    if spec.endswith(("s", "sh", "ch", "x", "z")):
        return (spec, spec + "es", spec + "ed", spec + "ing")
    if spec.endswith("y") and spec[-2:-1] not in "aeiou":
        return (spec, spec[:-1] + "ies", spec[:-1] + "ied", spec + "ing")
    return (spec, spec + "s", spec + "ed", spec + "ing")


@dataclass(frozen=True, slots=True)
class Entry:
    """One way of saying an event type: verbs (or nouns) of one meaning and what they need."""

    type: T
    slug: str
    shape: Shape
    words: tuple[str, ...]  # verb specs (``forms``) or, for a noun or a phrase, its patterns
    says: str  # in plain words, for users
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...] = ()
    then: str = ""  # the complement a split verb needs ("into custody"); for a bare verb,
    # what must follow it, or with "(?!" what must not ("intercepted and returned")
    before: str = ""  # what must stand right before the verb ("forcibly ")
    check: Check = Check.NONE  # a side condition

    @property
    def has_complement(self) -> bool:
        """Whether a match holds more than the word: a complement ("into custody", "from
        prison"), a noun's phrase, or words that must stand before it ("forcibly")."""
        return (
            self.shape is not Shape.BARE
            or bool(self.before)
            or (bool(self.then) and not self.then.startswith("(?!"))
        )

    @property
    def source(self) -> str:
        """The entry's pattern, on lower-cased text (``{country}`` left for the table to fill)."""
        if self.shape is Shape.NOUN or self.shape is Shape.PHRASE:
            return "|".join(self.words)
        # (the longest first, and in a fixed order: the same pattern on every run)
        verbs = sorted({f for spec in self.words for f in forms(spec)}, key=lambda v: (-len(v), v))
        alternatives = "|".join(v.replace(" ", r"\s+") for v in verbs)
        verb = f"{self.before}(?:{alternatives})"
        if self.shape is Shape.SPLIT:
            return rf"{verb}(?={OBJECT_BETWEEN}\s+{self.then})"
        return rf"{verb}\b(?={self.then})" if self.then else rf"{verb}\b"


# what a pardon is granted as: "a pardon", "an amnesty", "clemency"
_PARDON = r"(?:pardons?|amnest(?:y|ies)|clemency)"
_CUSTODY = r"(?:(?!the\s|an?\s)[\w-]+\s+){0,2}?(?:custody|detention)\b"
_PRISON = (
    r"(?:(?:the|a|an|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:prison|jail|custody|detention|penal\s+colony|colony|penitentiary|labou?r\s+camp)\b"
)
_CUSTODY_PLACE = (
    r"(?:(?:the|a|an|another|his|her|their)\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:prison|jail|penal\s+colony|colony|penitentiary|prison\s+hospital|psychiatric|"
    r"detention\s+cent(?:re|er)|pre-?trial|sizo|labou?r\s+camp|isolation\s+ward|hospital)\b"
)

ENTRIES: tuple[Entry, ...] = (
    # detained
    Entry(
        T.DETAINED,
        "lexicon-take-into-custody",
        Shape.SPLIT,
        ("take|takes|took|taken|taking",),
        "taken into custody",
        examples=("Agents are taking the editor into custody.",),
        counter_examples=("Police took the documents to the station.",),
        then=rf"(?:back\s+)?into\s+{_CUSTODY}",
    ),
    Entry(
        T.DETAINED,
        "lexicon-intercept",
        Shape.BARE,
        ("intercept",),
        "intercepted by the authorities",
        examples=("The activist was intercepted at the airport on Monday.",),
        then=r"(?!\s+(?:and\s+)?(?:returned|sent\s+back|turned\s+back)\b)",
    ),
    Entry(
        T.DETAINED,
        "lexicon-pick-up",
        Shape.SPLIT,
        ("pick", "round", "lock"),
        "picked up by the police",
        examples=(
            "Security agents picked the blogger up outside his office.",
            "Police rounded the protesters up on Friday.",
            "Police locked the editor up for the night.",
        ),
        counter_examples=(
            "The activist picked up her daughter from school.",
            "Volunteers rounded up stray dogs.",
        ),
        then=r"up\b",
        check=Check.BY_THE_AUTHORITIES,
    ),
    Entry(
        T.DETAINED,
        "lexicon-bundle-into-a-van",
        Shape.SPLIT,
        ("bundle", "push", "shove", "force"),
        "bundled into a police vehicle",
        examples=(
            "Men in plain clothes bundled the blogger into a car.",
            "The activist was bundled into a police van.",
        ),
        counter_examples=("The blogger bundled his papers into a bag.",),
        then=r"into\s+(?:a|an|the|their|an\s+unmarked)\s+(?:[\w-]+\s+){0,2}?(?:van|car|vehicle|bus|truck|minibus|suv)\b",
        check=Check.BY_THE_AUTHORITIES,
    ),
    Entry(
        T.DETAINED,
        "lexicon-haul-off",
        Shape.SPLIT,
        ("haul", "drag+", "lead|leads|led|leading", "frogmarch"),
        "hauled off by the police",
        examples=(
            "Police hauled the blogger off to a police station.",
            "Police dragged the activist, who was filming, away from the square.",
        ),
        counter_examples=("The blogger dragged the table away from the window.",),
        then=r"(?:off|away)\b(?!\s+(?:from\s+)?(?:the\s+)?(?:table|chair|box|bag|car)\b)",
        check=Check.BY_THE_AUTHORITIES,
    ),
    Entry(
        T.DETAINED,
        "lexicon-detain",
        Shape.BARE,
        ("detaining|arresting|apprehending",),
        "detained",
        examples=("Police are detaining the blogger at a station in Minsk.",),
        # (a progressive after "is", "are", "were": not a gerund, "denied detaining her")
        before=r"(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere ))(?:still\s+|now\s+)?",
        counter_examples=(
            "The film opens with an arresting image of the sea.",
            "Police denied detaining the blogger.",
        ),
        then=r"(?!\s+(?:images?|photos?|photographs?|sights?|views?|performances?|moments?|"
        r"scenes?|pictures?|designs?|looks?|voices?|colou?rs?)\b)",
    ),
    Entry(
        T.DETAINED,
        "lexicon-held-incommunicado",
        Shape.SPLIT,
        ("hold|holds|held|holding",),
        "held incommunicado",
        examples=("The activist was held incommunicado.",),
        then=r"incommunicado\b",
    ),
    # sentenced
    Entry(
        T.SENTENCED,
        "lexicon-condemn-to",
        Shape.SPLIT,
        ("condemn",),
        "condemned to a penalty",
        examples=(
            "The activist was condemned to death.",
            "A court condemned the blogger to seven years.",
        ),
        counter_examples=("A columnist condemned the blogger's remarks.",),
        then=r"to\s+(?:(?:[\w-]+\s+){0,3}?(?:years?|months?|prison|jail|imprisonment|lashes|"
        r"hard\s+labou?r)|death|life|die|be\s+(?:executed|hanged|shot))\b",
    ),
    Entry(
        T.SENTENCED,
        "lexicon-find-guilty",
        Shape.SPLIT,
        ("find|finds|found|finding", "declare", "pronounce"),
        "found guilty",
        examples=(
            "The court found the blogger, who had pleaded innocent, guilty of extremism.",
            "The activist was declared guilty of treason.",
        ),
        counter_examples=("The court found the blogger not guilty.",),
        then=r"(?<!not\s)guilty\b",
    ),
    # released
    Entry(
        T.RELEASED,
        "lexicon-discharge-from-prison",
        Shape.SPLIT,
        ("discharge",),
        "discharged from prison",
        examples=("The activist was discharged from prison on Monday.",),
        counter_examples=("The activist was discharged from hospital on Monday.",),
        then=rf"from\s+{_PRISON}",
    ),
    Entry(
        T.RELEASED,
        "lexicon-let-go",
        Shape.SPLIT,
        ("let|lets|letting",),
        "let go by the authorities",
        examples=("Guards let the blogger go after three days in a cell.",),
        counter_examples=("Guards let the blogger go to the toilet.", "She let go of the rope."),
        then=r"(?<!let\s)go\b(?!\s+(?:to|ahead|through|into|with|for|of|and|abroad|on\s+(?:to|with|a|an|the|holiday|strike))\b)",
    ),
    Entry(
        T.RELEASED,
        "lexicon-let-out-of-prison",
        Shape.SPLIT,
        ("let|lets|letting",),
        "let out of prison",
        examples=("The authorities let the blogger out of jail.",),
        counter_examples=("The blogger let his dog out of the house.",),
        then=rf"out\s+of\s+{_PRISON}",
    ),
    Entry(
        T.RELEASED,
        "lexicon-furlough",
        Shape.SPLIT,
        ("grant", "give|gives|gave|given|giving", "allow"),
        "granted a furlough",
        examples=(
            "The blogger was granted a furlough.",
            "Prison authorities gave the editor, who has cancer, a week of medical leave.",
        ),
        counter_examples=("The blogger asked for a furlough.",),
        then=r"(?:an?\s+|the\s+)?(?:(?:[\w-]+\s+){1,2}of\s+)?(?:temporary\s+|medical\s+|"
        r"compassionate\s+|humanitarian\s+)?(?:furlough|prison\s+leave|medical\s+leave|"
        r"temporary\s+release|compassionate\s+leave)\b",
    ),
    Entry(
        T.RELEASED,
        "lexicon-set-free",
        Shape.SPLIT,
        ("set|sets|setting",),
        "set free",
        examples=(
            "The authorities set the blogger free on Monday.",
            "The court set the activist, who had spent a year in custody, at liberty.",
        ),
        counter_examples=("The group set up a free legal clinic.",),
        then=r"(?<!\sa\s)(?<!\san\s)(?<!\sup\s)(?:free|at\s+liberty)\b",
    ),
    # pardoned
    Entry(
        T.PARDONED,
        "lexicon-grant-a-pardon",
        Shape.SPLIT,
        ("grant",),
        "granted a pardon",
        examples=(
            "The president granted the jailed editor a pardon.",
            "The president granted the editor, who is 70, clemency.",
        ),
        counter_examples=("The court granted the activist a visit from her lawyer.",),
        then=rf"(?:a\s+|an\s+)?(?:presidential\s+|full\s+|royal\s+)?{_PARDON}\b",
    ),
    Entry(
        T.PARDONED,
        "lexicon-included-in-an-amnesty",
        Shape.SPLIT,
        ("include",),
        "included in an amnesty",
        examples=("The blogger was included in the amnesty.",),
        counter_examples=("The blogger was included in the list of speakers.",),
        then=r"in\s+(?:the|an?|this\s+year['’]s|a\s+new)\s+(?:[\w-]+\s+){0,2}?(?:amnesty|pardon|pardons)\b",
    ),
    Entry(
        T.PARDONED,
        "lexicon-pardons-granted-to",
        Shape.PHRASE,
        (
            r"(?:grant(?:s|ed|ing)?|give[sn]?|gave|giving|extend(?:s|ed|ing)?|offer(?:s|ed|ing)?)\s+"
            rf"(?:(?:a|an|royal|presidential|full|conditional)\s+)*{_PARDON}\s+to",
        ),
        "granted a pardon",
        examples=("The president extended clemency to the blogger.",),
        counter_examples=("The president granted an interview to the blogger.",),
    ),
    # acquitted
    Entry(
        T.ACQUITTED,
        "lexicon-find-not-guilty",
        Shape.SPLIT,
        ("find|finds|found|finding", "declare", "pronounce"),
        "found not guilty",
        examples=("The court found the blogger, who had spent a year in jail, not guilty.",),
        counter_examples=("The court found the blogger guilty.",),
        then=r"(?:not\s+guilty|innocent)\b",
    ),
    Entry(
        T.ACQUITTED,
        "lexicon-clear-of-charges",
        Shape.SPLIT,
        ("clear", "exonerate"),
        "cleared of the charges",
        examples=(
            "The court cleared the activist, who had spent a year on trial, of all charges.",
        ),
        counter_examples=("The activist cleared the snow from his yard.",),
        then=r"of\s+(?:all\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:charges?|counts?|wrongdoing|treason|"
        r"extremism|terrorism|fraud|murder|corruption|espionage|crimes?|offen[cs]es?)\b",
    ),
    # fled: deported, extradited, expelled, handed over, sent back
    Entry(
        T.FLED,
        "lexicon-forcibly-return",
        Shape.BARE,
        ("return",),
        "forcibly returned",
        examples=(
            "The authorities had forcibly returned the blogger to Tajikistan.",
            "The activist was forcibly returned to Egypt.",
        ),
        counter_examples=("The activist returned home from a conference.",),
        before=r"(?:forcibly|forcefully|involuntarily)\s+",
    ),
    Entry(
        T.FLED,
        "lexicon-hand-over-to-a-state",
        Shape.SPLIT,
        ("hand", "send|sends|sent|sending"),
        "handed over to another state",
        examples=(
            "Serbia handed the blogger over to Belarus.",
            "Turkey sent the activist, who had sought asylum, back to Egypt.",
        ),
        counter_examples=("The blogger handed his passport over to the police.",),
        then=r"(?:over|back)\s+to\s+(?:the\s+)?(?:{country})\b",
    ),
    Entry(
        T.FLED,
        "lexicon-kick-out-of-the-country",
        Shape.SPLIT,
        ("kick", "throw|throws|threw|thrown|throwing", "chase"),
        "thrown out of the country",
        examples=("The activist was kicked out of the country.",),
        counter_examples=("The activist was kicked out of the meeting.",),
        then=r"out\s+of\s+(?:the\s+country|(?:{country}))\b",
    ),
    # charged
    Entry(
        T.CHARGED,
        "lexicon-hit-with-charges",
        Shape.SPLIT,
        ("hit|hits|hitting", "slap+", "saddle"),
        "hit with charges",
        examples=("Prosecutors hit the blogger with new charges.",),
        counter_examples=("The blogger hit the ball with a new racket.",),
        then=r"with\s+(?:[\w-]+\s+){0,4}?(?:charges?|indictments?|counts?\s+of)\b",
    ),
    Entry(
        T.CHARGED,
        "lexicon-charges-against",
        Shape.NOUN,
        (
            r"charges?\s+(?:(?:were|was|have\s+been|had\s+been|has\s+been)\s+)?(?:formally\s+)?"
            r"(?:levell?ed|brought|filed|pressed|laid|lodged)(?=\s+against)",
            r"(?:levell?ed|levels|brought|brings|filed|files|pressed|presses|laid|lays|lodged)"
            r"\s+(?:[\w-]+\s+){0,6}?charges?(?:\s+of\s+[^.;,]{1,60}?)?(?=\s+against)",
        ),
        "charges brought against",
        examples=(
            "Charges were levelled against the blogger on Monday.",
            "Prosecutors have levelled three new charges of fraud against the editor.",
        ),
        counter_examples=("Charges against the blogger were dropped.",),
    ),
    # house arrest
    Entry(
        T.HOUSE_ARREST,
        "lexicon-home-arrest",
        Shape.NOUN,
        (r"(?:home|domiciliary)\s+arrest",),
        "placed under home arrest",
        examples=("The blogger was placed under home arrest.",),
        counter_examples=("A judge lifted her home arrest.",),
        check=Check.NOT_ENDED,
    ),
    Entry(
        T.HOUSE_ARREST,
        "lexicon-put-under-house-arrest",
        Shape.SPLIT,
        ("place", "put|puts|putting", "move", "transfer+"),
        "placed under house arrest",
        examples=("A judge moved the editor, who has diabetes, to house arrest.",),
        then=r"(?:under|to|into)\s+(?:house|home|domiciliary)\s+arrest\b",
        check=Check.NOT_ENDED,
    ),
    # ill-treatment
    Entry(
        T.ILL_TREATMENT,
        "lexicon-rough-up",
        Shape.SPLIT,
        ("rough", "beat|beats|beating", "bash"),
        "roughed up",
        examples=("Guards roughed the blogger up.",),
        counter_examples=("The team beat their rivals.",),
        then=r"up\b",
    ),
    # appeal rejected
    Entry(
        T.APPEAL_REJECTED,
        "lexicon-threw-out-the-appeal",
        Shape.BARE,
        ("throw|throws|threw|thrown|throwing", "reject", "dismiss", "turn"),
        "threw out the appeal",
        examples=("A court threw out the blogger's appeal.",),
        counter_examples=(
            "The blogger threw out his old appeal letters.",
            "A court rejected the blogger's appeal against her pretrial detention.",
        ),
        check=Check.OF_THE_VERDICT,
        then=r"(?:\s+(?:out|down))?\s+(?:(?!his\s|her\s|their\s)[\w-]+\s+){0,3}?[\w-]+['’]s?\s+"
        r"(?:[\w-]+\s+)?(?:appeal|cassation)s?\b",
    ),
    # transferred
    Entry(
        T.TRANSFERRED,
        "lexicon-move-to-a-prison",
        Shape.SPLIT,
        ("transfer+", "move", "relocate", "take|takes|took|taken|taking", "rush"),
        "moved to another prison or a hospital",
        examples=(
            "Officials transferred the blogger, who has a heart condition, to a prison hospital.",
        ),
        counter_examples=("The blogger moved to a new flat.",),
        then=rf"to\s+{_CUSTODY_PLACE}",
    ),
)
