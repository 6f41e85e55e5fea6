"""Who a Russian sentence speaks of: the watchlisted names in it, and the words that
stand for them, in every case.

A name found by the name matcher is a reference to its person, unless a word for a
person around someone stands right before it: "адвокатов Алексея Навального",
"мужа Светланы Тихановской", "соратницу Навального" speak of the lawyers, the husband,
the ally (but "жалобу адвокатов X" is X's appeal). Pronouns stand for the person named
last, of their gender: "он", "его", "ему", "него", "им", "нём" for a man, "она", "её",
"ей", "неё", "ею" for a woman, "они", "их", "им", "ими" for the group named last.
A description in the singular ("журналиста", "активистке", "политзаключённого")
stands for the person named last, unless a name follows it ("журналиста Андрея
Почобута": the name is the reference); "каждого", "обоих", "всех троих" for the group.

``RefKind`` says how a reference can stand in a clause: ``PRONOUN`` a subject ("он"),
``OBJECT`` an object or an owner ("его", "ему", "её"), ``NAME`` and ``ROLE`` either
(Russian names change their ending with the case, which the matcher does not report).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

from monitor.core.left_out_ru import cases_as_someone
from monitor.core.names_ru import analyser
from monitor.core.references import Gender, Ref, RefKind
from monitor.core.sentences import Sentence

__all__ = [
    "Family",
    "Quote",
    "Relation",
    "genders_ru",
    "pronoun_refs_ru",
    "quoted_refs_ru",
    "quotes_ru",
    "relation_of_ru",
    "relative_of_ru",
    "relatives_named_ru",
    "visible_refs_ru",
]

_P, _O = RefKind.PRONOUN, RefKind.OBJECT
PRONOUNS = {
    "он": (_P, Gender.MALE),
    "его": (_O, Gender.MALE),
    "него": (_O, Gender.MALE),
    "ему": (_O, Gender.MALE),
    "нему": (_O, Gender.MALE),
    "нем": (_O, Gender.MALE),
    "ним": (_O, Gender.MALE),
    "им": (_O, Gender.MALE),
    "она": (_P, Gender.FEMALE),
    "ее": (_O, Gender.FEMALE),
    "нее": (_O, Gender.FEMALE),
    "ей": (_O, Gender.FEMALE),
    "ней": (_O, Gender.FEMALE),
    "ею": (_O, Gender.FEMALE),
    "нею": (_O, Gender.FEMALE),
}
PLURAL = {"они": _P, "их": _O, "них": _O, "им": _O, "ими": _O, "ними": _O}
PRONOUN = re.compile(
    r"(?<!\w)(?:он|его|него|ему|нему|нем|ним|она|ее|нее|ей|ней|ею|нею|они|их|них|им|ими|ними)(?!\w)"
)

# people around a person: "адвокатов X", "мужа X", "штаб X" speak of them, not of X
_RELATION_WORDS = (
    r"адвокат|защитник|юрист|соратни|сторонни|сподвижни|жен|муж|сын|доч|брат|сестр|мать|"
    r"матер|отц|отец|родител|родственник|родн|семь|штаб|фонд|команд|структур|сотрудник|"
    r"коллег|помощник|пресс-секретар|представител|друг(?=[аеуо]?\s|ом\s|ья|ей|ьям)|друз|"
    r"подруг|вдов|защит|интерес|соучастник|подельник|однофамил|т[её]зк"
)
# a relation, then at most two words in lower case ("защитникам оппозиционера"), before a
# name: in "мужа Светланы Тихановской Сергея Тихановского" the husband is Sergei
RELATION = re.compile(rf"(?<!\w)(?i:{_RELATION_WORDS})\w*\s+(?:[а-яёa-z-]+\s+){{0,2}}?[«\"]?$")
RELATION_NEXT = re.compile(rf"\s+(?:бывш\w+\s+|нов\w+\s+)?(?:{_RELATION_WORDS})")
# "его брата X", "её муж X": the relative of someone named before, who is X
OWNED = re.compile(r"(?<!\w)(?i:его|ее|её|их|сво(?:й|его|ему|им|ем|я|ей|ю|и|их|ими))\s+$")
# the appeal of X's lawyers is X's appeal
APPEAL_OF = re.compile(r"(?:жалоб|апелляци|ходатайств|кассаци)\w*\s+(?:\S+\s+)?$")

_ROLE_STEMS = (
    r"журналист|активист|оппозиционер|правозащитник|политик|блогер|фигурант|арестант|узник|"
    r"мундеп|депутат|поэт|писател|художник|музыкант|режиссер|ученый|исследовател|"
    r"лидер|диссидент|экс-\w+|бизнесмен|предпринимател|священник|имам|пастор|"
    r"правозащитниц|художниц|писательниц|сопредседател|председател|основател|редактор|"
    r"оператор|видеооператор|общественн\w+\s+деятел|педиатр|учител|учительниц|пенсионер|студент|волонтер|"
    r"анархист|историк|краевед|фотограф|программист|инженер|фермер"
)
ROLE = re.compile(
    rf"(?<!\w)(?:(?:{_ROLE_STEMS})(?:а|у|ом|ем|е|я|ю|ей|ь|ка|ки|ке|ку|кой)?|"
    r"(?:политзаключенн|заключенн|осужденн|обвиняем|подсудим|задержанн|арестованн)"
    r"(?:ый|ого|ому|ым|ом|ая|ой|ую))(?!\w)"
)
GROUP = re.compile(
    r"(?<!\w)(?:каждого|каждому|каждый|обоих|оба|обе|обеим|обоим|"
    r"(?:всех\s+|все\s+)?(?:троих|трое|четверых|четверо|двоих|двое)(?:\s+\w+)?|всех\s+их)(?!\w)"
)
FEMALE_ROLE = re.compile(r"(?:к[аиеу]|кой|ниц\w*|ая|ой|ую)$")


class Relation(NamedTuple):
    """People around a watchlisted person, named by a word before the name: "адвокатов X"."""

    start: int  # where the word for them starts in the sentence
    word: str  # its stem, in lower case: "адвок"
    of: Ref  # the name after it


def relation_of_ru(sentence: str, name: Ref) -> Relation | None:
    """The people around the named person the words before the name speak of, if any:
    "адвокатов X" speaks of X's lawyers (but "жалобу адвокатов X" is X's appeal)."""
    offset = max(0, name.start - 60)
    head = sentence[offset : name.start]
    m = RELATION.search(head)
    if m is None or APPEAL_OF.search(head[: m.start()]) is not None:
        return None
    if OWNED.search(head, 0, m.start()):
        return None  # "его брата Алексея": his brother, who is Alexei
    if not _may_be_genitive(sentence[name.start : name.end]):
        return None  # "адвокат Сергей Лебедев": the lawyer is Sergei Lebedev
    return Relation(offset + m.start(), m.group()[:5].lower(), name)


FIRST_WORD = re.compile(r"[а-яё]{2,}")


def _may_be_genitive(name: str) -> bool:
    """Whether a name can be the owner of the word for people before it: only a genitive
    can ("адвокат Сергея Лебедева" is his lawyer, "адвокат Сергей Лебедев" is he)."""
    first = FIRST_WORD.match(name.lower())
    return first is None or _genitive(first.group())


@lru_cache(maxsize=4096)
def _genitive(word: str) -> bool:
    return any(p.tag.case == "gent" for p in analyser().parse(word))


def relative_of_ru(sentence: str, name: Ref) -> bool:
    """Whether the words before a name make it someone else's: "адвокатов X"."""
    return relation_of_ru(sentence, name) is not None


def pronoun_refs_ru(
    lowered: Sentence,
    names: list[Ref],
    history: Sequence[Ref],
    last_group: tuple[str, ...],
    genders: dict[str, Gender],
) -> list[Ref]:
    """The pronouns, descriptions and group words of a Russian sentence (in lower case)
    that stand for watchlisted people, and those that stand for someone else ("его брата",
    "её мужа": a reference to no one on the list, so that no one is taken for them)."""
    text = lowered.text
    refs: list[Ref] = _kin_of_kin(text, names)
    for m in PRONOUN.finditer(text):
        word = m.group()
        if any(r.start == m.start() for r in refs):
            continue  # "Дочь X рассказала, что её мать избили": X
        if _followed_by_relation(text, m.end()):  # "его адвоката задержали": the lawyer
            after = NEXT_WORD.match(text, m.end())
            end = after.end() if after else m.end()
            if not any(end <= r.start <= end + 2 for r in names):
                refs.append(Ref(m.start(), end, (), RefKind.ROLE))  # someone else
            continue
        if word in PLURAL and (word != "им" or len(last_group) >= 2):
            if len(last_group) >= 2:
                refs.append(Ref(m.start(), m.end(), last_group, PLURAL[word]))
            continue
        kind, his_or_her = PRONOUNS[word]
        person = _last_person(history, names, m.start(), genders, his_or_her)
        if person:
            refs.append(Ref(m.start(), m.end(), (person,), kind))
    for m in ROLE.finditer(text):
        if any(
            m.end() <= r.start <= m.end() + 40 and _only_words(text, m.end(), r.start)
            for r in names
        ):
            continue  # "журналиста Андрея Почобута": the name follows
        if RELATION.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        gender = Gender.FEMALE if FEMALE_ROLE.search(m.group()) else None
        person = _last_person(history, names, m.start(), genders, gender, named_only=True)
        if person:
            refs.append(Ref(m.start(), m.end(), (person,), RefKind.ROLE))
    if len(last_group) >= 2:
        for m in GROUP.finditer(text):
            refs.append(Ref(m.start(), m.end(), last_group, RefKind.GROUP))
    return refs


# family words, each with the words for the one it is said of: the daughter's mother
PARENT = r"(?:мать|матер\w*|мам\w*|отец|отц\w*|пап\w*|родител\w*)"
CHILD = r"(?:сын\w*|доч\w*)"
SIBLING = r"(?:брат\w*|сестр\w*)"
KIN_OF_KIN = tuple(
    (
        re.compile(rf"(?<!\w)(?i:{kin})\s+(?:[а-яё-]+\s+){{0,2}}?[«\"]?$"),
        re.compile(rf"(?<!\w)(?:(?:его|ее|их|сво\w+)\s+)?{back}(?!\w)"),
    )
    for kin, back in (
        (CHILD, PARENT),
        (PARENT, CHILD),
        (r"(?:жен\w*|супруг\w*)", r"(?:муж\w*|супруг\w*)"),
        (r"(?:муж\w*)", r"(?:жен\w*|супруг\w*)"),
        (SIBLING, SIBLING),
    )
)


def _kin_of_kin(text: str, names: Sequence[Ref]) -> list[Ref]:
    """The family words that stand for a person through a relative who speaks of them: in
    "Дочь X рассказала, что её мать избили" (or "что маму избили") the mother is X."""
    refs: list[Ref] = []
    for owner in names:
        if owner.kind is not RefKind.POSSESSIVE:
            continue
        head = text[max(0, owner.start - 40) : owner.start]
        for kin, back in KIN_OF_KIN:
            if kin.search(head):
                refs += [
                    Ref(m.start(), m.end(), owner.people, RefKind.ROLE)
                    for m in back.finditer(text, owner.end)
                ]
    return refs


def _only_words(text: str, start: int, end: int) -> bool:
    """Nothing but a few words between: no clause break."""
    gap = text[start:end]
    return not re.search(r"[,;:.!?()—–]", gap) and len(gap.split()) <= 4


NEXT_WORD = re.compile(r"\s+([а-яё]+)")
POSSESSIVE = frozenset({"его", "ее", "их"})


def _followed_by_relation(text: str, end: int) -> bool:
    """Whether the pronoun before ``end`` is the owner of someone named after it: "его
    адвоката", "её соседку", "их знакомых" speak of others."""
    if RELATION_NEXT.match(text, end) is not None:
        return True
    word = NEXT_WORD.match(text, end)
    return (
        word is not None
        and text[text.rfind(" ", 0, end) + 1 : end].lstrip('(«"') in POSSESSIVE
        and bool(cases_as_someone(word.group(1)))
    )


def _last_person(
    history: Sequence[Ref],
    names: list[Ref],
    at: int,
    genders: dict[str, Gender],
    wanted: Gender | None,
    named_only: bool = False,
) -> str | None:
    """The person named last before ``at`` (this sentence's names only before it). A person
    named only as the owner of others ("мать X": ``RefKind.POSSESSIVE``) counts for a
    pronoun ("мать X рассказала, что его избили"), not for a description (``named_only``)."""
    before_here = [r for r in names if r.start < at]
    for ref in chain(reversed(before_here), reversed(history)):
        if named_only and ref.kind is not RefKind.NAME:
            continue
        for person in ref.people:
            if wanted is None or genders.get(person) in (None, wanted):
                return person
    return None


FEMALE_FORM = re.compile(r"(?:ов|ев|ёв|ин|ын|ск|цк)(?:ой|ая|ую)$|(?:ск|цк)ая$")
MALE_FORM = re.compile(
    r"(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е)?$|(?:ск|цк|ьн|н)(?:ий|ый|ого|ому|им|ым|ом)$"
)


def genders_ru(mentions: Sequence[tuple[str, str]]) -> dict[str, Gender]:
    """A guess from how a Russian text inflects each person's surname, given as (person,
    the text of a mention): "Чанышевой" is a woman, "Навального" or "Орловым" a man;
    "Иванову" is either (her accusative, his dative) and says nothing alone."""
    female: set[str] = set()
    male: set[str] = set()
    for person, text in mentions:
        words = text.split()
        if not words or not re.search("[а-яё]", words[-1].lower()):
            continue
        last = words[-1].lower()
        if FEMALE_FORM.search(last):
            female.add(person)
        elif MALE_FORM.search(last) and not re.search(r"(?:ов|ев|ин|ын)(?:а|у)$", last):
            male.add(person)
    found = {p: Gender.FEMALE for p in female - male}
    found.update({p: Gender.MALE for p in male - female})
    return found


# ---------------------------------------------------------------------------
# Quotes


class Quote(NamedTuple):
    """Words in quotation marks that someone says: "«Меня задержали у дома», — рассказал X"."""

    start: int  # the first character inside the marks
    end: int  # the closing mark
    speaker: tuple[str, ...]  # the watchlisted people who say it, when named beside it


OPENING, CLOSING = "«„", "»“"
# "», — рассказал X", "»: X рассказала о задержании" (a title)
SPOKEN_AFTER = re.compile(r"\s*[,.!?…]*\s*(?:[—–-]|:)\s*")
SPOKEN_BEFORE = re.compile(r":\s*$")
SPEECH = re.compile(
    r"(?<!\w)(?:рассказ|сказа|заяв|написа|пиш|добав|отмет|уточн|поясн|подчеркн|призна|"
    r"вспомина|говор|сообщ|жалу|подели|делит|пожалова)\w*"
)
SPEAKERS = frozenset({RefKind.NAME, RefKind.PRONOUN, RefKind.ROLE})
FIRST_PERSON = re.compile(r"(?<!\w)(?:я|меня|мне|мной|мною|мы|нас|нам|нами)(?!\w)")


def quotes_ru(text: str, refs: Sequence[Ref]) -> list[Quote]:
    """The quotations of a sentence that someone says, with who says them when a name, a
    pronoun or a description stands beside them: after the closing mark and a dash ("»,
    — рассказала X"), or before a colon that opens it ("X: «...»", "X рассказал: «...»").
    Quotation marks that name something ("дело «Сети»") are no speech."""
    quotes: list[Quote] = []
    for start, end in _spans(text):
        after = SPOKEN_AFTER.match(text, end + 1) if end < len(text) else None
        before = SPOKEN_BEFORE.search(text, 0, max(0, start - 1))
        if after and after.group().strip(" ,.!?…"):
            limit = re.compile(r"[,.;!?«]").search(text, after.end())
            stop = limit.start() if limit else len(text)
            said = [r for r in refs if after.end() <= r.start < stop and r.kind in SPEAKERS]
            speech = SPEECH.search(text, after.end(), stop)
            speaker = said[0].people if said and speech else ()
            quotes.append(Quote(start, end, speaker))
        elif before:
            said = [
                r
                for r in refs
                if r.end <= before.start()
                and r.kind in SPEAKERS
                and len(text[r.end : before.start()].split()) <= 3
            ]
            quotes.append(Quote(start, end, said[-1].people if said else ()))
    return quotes


def _spans(text: str) -> list[tuple[int, int]]:
    """The outermost quotations of ``text``: (first character inside, closing mark); one
    left open runs to the end, one closed that opened in the sentence before from the
    start."""
    spans: list[tuple[int, int]] = []
    depth = 0
    opened = 0
    for i, char in enumerate(text):
        if char in OPENING:
            if depth == 0:
                opened = i + 1
            depth += 1
        elif char in CLOSING:
            if depth == 0 and not spans:
                spans.append((0, i))  # the quote began in the sentence before
            elif depth > 0:
                depth -= 1
                if depth == 0:
                    spans.append((opened, i))
    if depth > 0:
        spans.append((opened, len(text)))
    return spans


def quoted_refs_ru(text: str, quotes: Sequence[Quote], refs: Sequence[Ref]) -> list[Ref]:
    """The references as a quotation changes them: a third-person pronoun in someone's own
    words is never the speaker ("«У него сломаны рёбра», — рассказал адвокат X": not X),
    and "я", "меня", "мне" are ("«Меня задержали у подъезда», — рассказала X": X)."""
    kept = [
        r
        for r in refs
        if not any(
            q.start <= r.start < q.end
            and r.kind in (RefKind.PRONOUN, RefKind.OBJECT)
            and set(r.people) & set(q.speaker)
            for q in quotes
        )
    ]
    for q in quotes:
        if not q.speaker:
            continue
        for m in FIRST_PERSON.finditer(text, q.start, q.end):
            kind = RefKind.PRONOUN if m.group() in ("я", "мы") else RefKind.OBJECT
            kept.append(Ref(m.start(), m.end(), q.speaker, kind))
    return sorted(kept, key=lambda r: r.start)


def visible_refs_ru(at: int, quotes: Sequence[Quote], refs: Sequence[Ref]) -> list[Ref]:
    """The references a trigger at ``at`` may be about: those in its own quotation, if it
    stands in one, else those outside every quotation."""
    inside = next((q for q in quotes if q.start <= at < q.end), None)
    if inside is not None:
        return [r for r in refs if inside.start <= r.start < inside.end]
    return [r for r in refs if not any(q.start <= r.start < q.end for q in quotes)]


# ---------------------------------------------------------------------------
# Relatives named by their given name

# "его брата Алексея", "её мужа Сергея", "свою сестру Марию": a relative, named by a given
# name alone (a surname after it is the name matcher's)
KIN = re.compile(
    rf"(?<!\w)(?:его|ее|её|их|сво\w*)\s+(?:{_RELATION_WORDS})\w*\s+([А-ЯЁ][а-яё]+)(?![\w-])"
    r"(?!\s+[А-ЯЁ])"
)
CYRILLIC_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)?")
FAMILY_ENDING = re.compile(r"(?:ая|ую|ой|ого|ому|ым|ом|ых|ими|ий|ый|ые|ы|а|у|е|ем)$")


@lru_cache(maxsize=4096)
def _given_name(word: str) -> str | None:
    """The nominative of a lower-case word that may be a given name: "алексея" → "алексей"."""
    for p in analyser().parse(word):
        if "Name" in p.tag and p.score >= 0.1:
            return str(p.normal_form)
    return None


def _family(surname: str) -> str:
    """A surname without its gender and case ending: "навального", "навальный" → "навальн"."""
    return FAMILY_ENDING.sub("", surname.lower())


class Family(NamedTuple):
    """The people of an article named in full, by given name and family."""

    by_given: dict[tuple[str, str], str]  # (given name, family) → person

    @classmethod
    def of(cls, named: Sequence[tuple[str, str]]) -> Family:
        """From (person, the text of a mention) pairs: those of two words or more."""
        by_given: dict[tuple[str, str], str] = {}
        for person, text in named:
            words = CYRILLIC_WORD.findall(text.lower())
            if len(words) >= 2 and (given := _given_name(words[0])):
                by_given.setdefault((given, _family(words[-1])), person)
        return cls(by_given)


def relatives_named_ru(text: str, family: Family, named_before: set[str]) -> list[Ref]:
    """The relatives a sentence names by a given name alone who are on the list: "его
    брата Алексея" is Alexei of the same family as the man it is said of, when the article
    names both; anyone else so named is no one's ("его брата Дмитрия")."""
    if not family.by_given:
        return []
    refs: list[Ref] = []
    for m in KIN.finditer(text):
        given = _given_name(m.group(1).lower())
        if given is None:
            continue
        for (name, stem), person in family.by_given.items():
            if name != given:
                continue
            kin = {p for (_, s), p in family.by_given.items() if s == stem and p != person}
            if kin & named_before:
                refs.append(Ref(m.start(1), m.end(1), (person,), RefKind.NAME))
    return refs
