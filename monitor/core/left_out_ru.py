"""Whether a Russian clause leaves its person out, and who it then speaks of.

Russian news often tells the next step of a story without naming its person again: an
impersonal plural ("Сотрудники ФСБ пришли к X с обыском. После обыска задержали и
доставили в отдел"), a short participle ("Была задержана у дома"), or a second verb
that shares the object of the first ("Суд приговорил X к трём годам, но освободил в зале
суда"). Such a clause is about the person the sentence or the one before it spoke of,
when nothing in it can be the one the verb acts on: no word for a person in a case other
than the nominative ("задержали 20 человек", "задержали его брата", "по ходатайству
следователя" are others, or may be; "полицейские задержали" only names who did it).

The morphological analyser (``pymorphy3``, as ``names_ru`` loads it) says which words
are animate, and which are participles (a date in "Оправданный в 2023 году X снова
задержан" is the participle's); it is asked only about the words of sentences that hold
a trigger, once per word (cached).
"""

from __future__ import annotations

import re
from functools import lru_cache

from monitor.core.names_ru import analyser
from monitor.core.references import Gender

__all__ = ["cases_as_someone", "is_impersonal", "is_participle", "names_no_one", "verb_agrees"]

WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)?")
PERSON_POS = frozenset({"NOUN", "NUMR", "ADJF", "PRTF", "NPRO"})
LIKELY = 0.1  # a reading the analyser gives less weight than this is not asked about


@lru_cache(maxsize=16_384)
def cases_as_someone(word: str) -> frozenset[str]:
    """The cases in which a lower-case Russian word may name a person: "человек",
    "журналистов", "двоих", "его", "следователя", "прохожий"; none for "суд"."""
    cases: set[str] = set()
    for parse in analyser().parse(word):
        tag = parse.tag
        if parse.score < LIKELY or tag.POS not in PERSON_POS:
            continue
        if (
            (tag.POS == "NPRO" and "3per" in tag)
            or (tag.POS != "NPRO" and "anim" in tag)
            or (tag.POS in ("ADJF", "PRTF") and "plur" in tag and tag.case in ("gent", "accs"))
        ):  # "задержанных", "протестующих": people
            cases.add(str(tag.case))
    return frozenset(cases)


@lru_cache(maxsize=16_384)
def is_a_thing(word: str) -> bool:
    """Whether a lower-case Russian word can only be an inanimate noun ("кабинете")."""
    parses = [p for p in analyser().parse(word) if p.score >= LIKELY]
    return bool(parses) and all(p.tag.POS == "NOUN" and "inan" in p.tag for p in parses)


NOMINATIVE = frozenset({"nomn"})


@lru_cache(maxsize=16_384)
def is_participle(word: str) -> bool:
    """Whether a lower-case Russian word may be a long participle that opens a phrase of its
    own ("оправданный", "задержанного"); "бывший" and "апелляционный" are adjectives."""
    return not word.startswith("бывш") and any(
        p.tag.POS == "PRTF" for p in analyser().parse(word) if p.score >= LIKELY
    )


OWNER = frozenset({"gent", "accs"})  # a masculine or plural genitive is its accusative too


def names_no_one(text: str, subject: bool) -> bool:
    """Whether the lower-case ``text`` has no word that may be a person the verb is said
    of: in a case other than the nominative, or also in the nominative (``subject``) for
    a passive or intransitive verb ("был задержан прохожий"). A genitive after the name of
    a thing is its owner, not someone the verb acts on ("в кабинете следователя")."""
    after_a_thing = False
    for m in WORD.finditer(text):
        cases = cases_as_someone(m.group())
        if not subject:
            cases -= NOMINATIVE
        if cases and not (after_a_thing and cases <= OWNER):
            return False
        after_a_thing = is_a_thing(m.group())
    return True


# the first word of a trigger, and the people it can stand for
PLURAL = re.compile(r"\w+(?:ли|ны|лись)$")
FEMININE = re.compile(r"\w+(?:ла|на|лась)$")
MASCULINE = re.compile(r"\w+(?:л|н|ся|ен)$")
# "задержали": they, whoever they are, did it to someone; "обжаловать ... не удалось"
IMPERSONAL = re.compile(r"\w+(?:ли|ть)$")


def is_impersonal(verb: str) -> bool:
    """Whether a verb (its first word, lower case) is said of no one named: "задержали"."""
    return IMPERSONAL.fullmatch(verb) is not None


def verb_agrees(verb: str, people: tuple[str, ...], genders: dict[str, Gender]) -> bool:
    """Whether a verb (its first word, lower case) can be said of ``people`` left out: an
    impersonal plural of anyone, a passive or intransitive of the right number and gender."""
    if is_impersonal(verb):
        return True
    if PLURAL.fullmatch(verb):
        return len(people) >= 2
    if len(people) != 1:
        return False
    gender = genders.get(people[0])
    if FEMININE.fullmatch(verb):
        return gender is not Gender.MALE
    if MASCULINE.fullmatch(verb):
        return gender is not Gender.FEMALE
    return False
