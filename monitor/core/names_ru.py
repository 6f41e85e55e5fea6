"""Russian words of a text as the names they may be: their nominative forms.

Russian declines names: Алексей Навальный is "Алексея Навального" after "дело",
"Алексею Навальному" after "помочь", "с Алексеем Навальным"; Мария Колесникова is
"Марии Колесниковой". A watchlist spells the nominative (in Latin letters, or in a
Cyrillic alias), so a Cyrillic word of a text is looked up by its own spelling and by
each nominative singular it may be the case form of, as the morphological analyser
``pymorphy3`` (OpenCorpora's dictionary, with guesses by ending for words it does not
know) reads it::

    Навального   → навальный                    (never навальная: the gender is kept)
    Колесниковой → колесникова
    Горинова     → горинов, горинова            (his genitive, or her nominative)
    Мурзы        → мурза                        (Кара-Мурзы: each word of a hyphenated name)
    Скочиленко   → скочиленко                   (indeclinable: its own spelling)
    Болота       → болот                        (Bolot: a name the dictionary knows only
                                                 as "болото", declined as a name would be)
    Олега        → олег, and oleh               (Ukrainian and Belarusian г is h: Oleh,
                                                 Hnatiuk, Ihar as their lists spell them)

Keeping the gender is what keeps namesakes apart: Навальная (Yulia) never reads as
Навальный. A word that the dictionary knows and never as a given name, a surname or a
patronymic ("Суд", "Оппозиционер") is marked ``not_name``: at the start of a sentence it
is no other person's given name before a listed surname.

The analyser is imported, and its dictionary loaded (about 0.1 s), only when a text has
a Cyrillic word, or when a line in capitals puts a Latin word that no cheaper test knows
right before a listed surname ("BORIS NAVALNY": ``latin_given_name`` reads it as Борис):
English text in mixed case never pays for it. Each word is analysed once per process
(``forms_of`` is cached).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from monitor.core.names import Word, fold

# Words of Russian letters only, for the analyser: other Cyrillic alphabets are matched by
# their spelling, as written (Kazakh қ/ә, ...), and Belarusian and Ukrainian words also by
# the nominatives of their case endings (``other_slavic_forms``).
RUSSIAN_WORD = re.compile(r"[а-яё]{2,}")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
NOMINATIVE = frozenset({"nomn", "sing"})
GIVEN_NOMINATIVE = frozenset({"Name", "nomn", "sing"})
# The case endings of a masculine name ending in a hard consonant (Болот: Болота, Болоту,
# Болотом, Болоте), for names the dictionary knows only as other words.
# The case endings of Russian surnames in -ов, -ев, -ин, -ын, for those the analyser's guess
# reads as something else: his (Чанроткалина, -у, -ым, -е → Чанроткалин) and hers
# (Чанроткалиной, -у → Чанроткалина).
SURNAME_CASES = (
    (re.compile(r"(?<=..)(ов|ев|ёв|ин|ын)(а|у|ым|ом|е)$"), r"\1"),
    (re.compile(r"(?<=..)(ов|ев|ёв|ин|ын)(ой|ою|у)$"), r"\1а"),
)
# A family's plural surname after two given names ("Аркадий и Софья Тихоновы", "Аркадия и
# Софью Тихоновых", "Алексей и Юлия Навальные"): his and her nominative singular. Read so
# only there: alone, a plural would make a namesake of either (``match`` reads a plural
# alone as the family members the article named before it).
PLURAL_SURNAME = (
    (re.compile(r"(?<=..)(ов|ев|ёв|ин|ын)(ы|ых|ым|ыми)$"), (r"\1", r"\1а")),
    (re.compile(r"(?<=..)(ск|цк)(ие|их|им|ими)$"), (r"\1ий", r"\1ая")),
    (re.compile(r"(?<=..)([бвдзлмнпрстф])(ые|ых|ым|ыми)$"), (r"\1ый", r"\1ая")),
)
PAIR_GAP = re.compile(r"[ \t\u00a0]+и[ \t\u00a0]+")
# A surname in -ов/-ева, that Belarusian spells with а for an unstressed о or е (Козлов:
# Казлоў, Kazlou; Соколова: Сакалова; Грибов: Грыбаў, Hrybau; Мальцева: Мальцава): more
# forms, the о of the stem as а, the ending as Belarusian may spell it. (Long names find
# each other by ``names.sound_key`` too; short ones only so.)
AKANYE = re.compile(r"([а-я]{2,}?)(ов|ев|ова|ева)")
AKANYE_ENDINGS = {
    "ов": ("ов", "аў"),
    "ев": ("ев", "еў"),
    "ова": ("ова", "ава"),
    "ева": ("ева", "ава"),
}
MASCULINE_CASE_ENDING = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])(а|у|ом|е)$")


# Belarusian and Ukrainian case forms, in words that the Russian analyser cannot read: those
# with a letter Russian lacks (і, ї, є, ў, ґ), a Belarusian "э" after a consonant (Шарэнда)
# or "ы" before a vowel (Марыю), the Belarusian adjective endings (-цкага) and a Ukrainian
# -енко declined (Стерненка). Each ending and the nominative endings it may stand for
# ("Лосіка" → Лосік, "Бяляцкага" → Бяляцкі, "Калеснікавай" → Калеснікава, "Іваненка" →
# Іваненко, "Ірину" → Ірина, "Сергія" → Сергій), the gender kept as the Russian analyser
# keeps it; г is also h, as Belarusian and Ukrainian names are spelled in Latin letters.
OTHER_LETTERS = re.compile(r"[іїєўґ]")
OTHER_SLAVIC = re.compile(
    r"[іїєўґ]|(?<=[бвгджзклмнпрстфхцчшщ])э|ы(?:я|ю|і|яй)$|(?:ага|аму)$|"
    r"енк(?:а|у|ом|ові)$"
)
OTHER_SLAVIC_CASES = tuple(
    (re.compile(ending), nominatives)
    for ending, nominatives in (
        (r"(?<=..)(ск|цк)(ага|аму|ім)$", (r"\1і",)),  # Бяляцкага: Бяляцкі
        (r"(?<=..)([бвдзлмнпрст])(ага|аму|ым)$", (r"\1ы",)),  # Навальнага: Навальны
        (r"(?<=..)(ськ|цьк)(ого|ому|им|ім)$", (r"\1ий",)),  # Ukrainian Кольцького: -ький
        (r"(?<=..)(ск|цк)(ай|ую)$", (r"\1ая",)),  # Ціханоўскай: Ціханоўская
        (r"(?<=..)(ськ|цьк)(ої|ій|у|ою)$", (r"\1а",)),  # Тихановської: Тихановська
        (r"(?<=..)(ав|ов|ев|ін|ын|ин)(ай|ою|ої|ій|у)$", (r"\1а",)),  # Калеснікавай: -ава
        (r"(?<=..)(ов|ав|ев)(а|у|ым|ам|ом|е|і)$", (r"\1", "оў")),  # Казлова: Казлоў, Казлов
        (r"(?<=..)(к)(а|у|ом|ові|ам)$", (r"\1о",)),  # Іваненка: Іваненко
        (r"(?<=..)([бвгджзклмнпрстфхцчшщ])(а|у|ам|ом|ем|ові|еві|е|і)$", (r"\1",)),  # Лосіка
        (r"(?<=..)([бвгджзклмнпрстфхцчшщ])(і|ы|у|ай|ою|ої|е)$", (r"\1а",)),  # Ірину: Ірина
        (r"(?<=.)([ыіи])(і|ю|яй|єю|ї)$", (r"\1я",)),  # Марыі: Марыя; Марію: Марія
        (r"(?<=..)і(я|ю|єві|єм)$", ("ій",)),  # Ukrainian Сергія: Сергій
        (r"(?<=..)([ыі])(я|ю|ем)$", (r"\1й",)),  # Belarusian Дзмітрыя: Дзмітрый
        (r"(?<=..)(л)(ля|лю|ляй|лі)$", (r"\1ля",)),  # Наталлю: Наталля
        (r"(?<=..)([лнср])(я|ю|ем|і)$", (r"\1ь",)),  # Алеся: Алесь
    )
)


@lru_cache(maxsize=65_536)
def other_slavic_forms(word: str) -> tuple[str, ...]:
    """The folded nominatives a lower-case Belarusian or Ukrainian word may be a case form
    of, other than its own folded spelling: "лосіка" → losik; none for a word with no
    letter or ending of those languages."""
    if OTHER_SLAVIC.search(word) is None:
        return ()
    own = fold(word)
    spellings: dict[str, None] = {word: None}
    for ending, nominatives in OTHER_SLAVIC_CASES:
        if ending.search(word):
            for nominative in nominatives:
                spellings[ending.sub(nominative, word)] = None
    forms = dict.fromkeys(fold(s) for s in spellings)
    for spelled in spellings:
        if "г" in spelled:  # Belarusian and Ukrainian г is h: Ігара, Ihar
            forms[fold(spelled.replace("г", "һ"))] = None
    forms.pop(own, None)
    return tuple(forms)


def has_cyrillic(text: str) -> bool:
    return CYRILLIC.search(text) is not None


def with_forms(text: str, ws: list[Word]) -> list[Word]:
    """``ws`` with each Russian word carrying the nominative forms it may stand for."""
    out = []
    for i, w in enumerate(ws):
        lower = text[w.start : w.end].lower()
        if lower == "г":  # the initial "Г." of Halyna, Huseyn: Ukrainian and Azerbaijani h
            out.append(Word(w.start, w.end, w.folded, w.capital, ("h",)))
            continue
        beside = _forms_beside(lower, w.folded)
        if beside is None:  # Belarusian, Ukrainian: "Ігара Лосіка"
            other = other_slavic_forms(lower) if OTHER_LETTERS.search(lower) else ()
            out.append(Word(w.start, w.end, w.folded, w.capital, other) if other else w)
            continue
        extra, not_name = beside
        if i >= 2 and (plural := plural_forms(lower)) and _after_two_given_names(text, ws, i):
            extra += tuple(f for f in plural if f not in extra and f != w.folded)
        out.append(
            Word(w.start, w.end, w.folded, w.capital, extra, not_name) if extra or not_name else w
        )
    return out


def _after_two_given_names(text: str, ws: list[Word], i: int) -> bool:
    """Whether ``ws[i]`` follows "Аркадий и Софья": two capitalised words joined by и."""
    return (
        ws[i - 1].capital
        and ws[i - 2].capital
        and text[ws[i - 1].end : ws[i].start] == " "
        and PAIR_GAP.fullmatch(text, ws[i - 2].end, ws[i - 1].start) is not None
    )


@lru_cache(maxsize=4096)
def plural_forms(word: str) -> tuple[str, ...]:
    """The folded nominative singulars, his and hers, of a lower-case plural surname
    ("тихоновых" → tikhonov, tikhonova); none if ``word`` has no plural surname ending."""
    for ending, singulars in PLURAL_SURNAME:
        if ending.search(word):
            return tuple(dict.fromkeys(fold(ending.sub(s, word)) for s in singulars))
    return ()


@lru_cache(maxsize=65_536)
def _forms_beside(lower: str, folded: str) -> tuple[tuple[str, ...], bool] | None:
    """The forms of a word of the text (``lower``, folded ``folded``) other than its own
    folded spelling, and whether it is never a name; None if it is no Russian word."""
    if RUSSIAN_WORD.fullmatch(lower) is None:
        return None
    forms, not_name = forms_of(lower)
    other = other_slavic_forms(lower)  # Belarusian in Russian letters: "Бяляцкага"
    return tuple(f for f in dict.fromkeys((*forms, *other)) if f != folded), not_name


@lru_cache(maxsize=65_536)
def forms_of(word: str) -> tuple[tuple[str, ...], bool]:
    """The folded nominative singular forms that the lower-case Russian ``word`` may be a
    case form of (its own spelling first), and whether the dictionary knows it and never
    as a name."""
    spellings: dict[str, None] = {word: None}
    known = named = False
    lexemes: set[tuple[str, str, str, bool]] = set()  # one nominative each (Колесниковой: 1)
    for parse in analyser().parse(word):
        tag = parse.tag
        known = known or parse.is_known
        named = named or not NAME_TAGS.isdisjoint(tag.grammemes)
        if tag.POS not in ("NOUN", "ADJF") or "plur" in tag or "neut" in tag:
            continue
        lexeme = (parse.normal_form, tag.POS, str(tag.gender), parse.is_known)
        if lexeme in lexemes:
            continue
        lexemes.add(lexeme)
        nominative = parse if tag.grammemes >= NOMINATIVE else parse.inflect(NOMINATIVE)
        if nominative is not None:
            spelled = nominative.word
            if "ё" in spelled and "ё" not in word:  # the analyser restores ё the text left out:
                if parse.is_known:  # "Пономарева": Пономарёв, as Ponomaryov too
                    spellings[spelled] = None
                # a guess of ё would make -ева -ёва, i.e. -ова ("Валжаревой": валжарёва)
                spelled = spelled.replace("ё", "е")
            spellings[spelled] = None
    for ending, nominative_ending in SURNAME_CASES:  # "Чанроткалина": a guess may miss it
        spellings[ending.sub(nominative_ending, word)] = None
    if known and not named:  # a name the dictionary knows only as another word:
        spellings[MASCULINE_CASE_ENDING.sub("", word)] = None  # "Болота" (Bolot), not болото
    forms = dict.fromkeys(fold(s) for s in spellings)
    for spelled in spellings:
        if "г" in spelled:  # Олег / Oleh, Гнатюк / Hnatiuk: Ukrainian and Belarusian г is h
            forms[fold(spelled.replace("г", "һ"))] = None
        if akanye := AKANYE.fullmatch(spelled):  # Козлов / Kazlou: Belarusian writes о as а
            stem = akanye[1].replace("о", "а")
            for spelled_ending in AKANYE_ENDINGS[akanye[2]]:
                belarusian = stem + spelled_ending
                forms[fold(belarusian)] = None
                if "г" in belarusian:  # Грибов / Hrybau
                    forms[fold(belarusian.replace("г", "һ"))] = None
    if "ё" in word:  # Горбачёва: also as written without ё, the way Latin lists spell it
        forms.update(dict.fromkeys(forms_of(word.replace("ё", "е"))[0]))
    return tuple(forms), known and not named


@lru_cache(maxsize=65_536)
def never_given(word: str) -> bool:
    """Whether the lower-case ``word`` is a Russian word the dictionary knows and never as
    a given name: "Навального" (a surname, or an adjective), "Штаба"; not "Олега", nor
    "Слава" (a noun and a given name), nor a word it only guesses ("Чанышевой")."""
    if RUSSIAN_WORD.fullmatch(word) is None:
        return False
    parses = analyser().parse(word)
    return all(p.is_known and "Name" not in p.tag for p in parses)


@lru_cache(maxsize=65_536)
def given_name(word: str) -> bool:
    """Whether the lower-case Russian ``word`` is a given name the dictionary knows, in any
    case form: "олег", "олега", "слава" (a noun too); not "критик", nor a word it guesses."""
    if RUSSIAN_WORD.fullmatch(word) is None:
        return False
    return any(p.is_known and "Name" in p.tag for p in analyser().parse(word))


@lru_cache(maxsize=65_536)
def given_name_not_nominative(word: str) -> bool:
    """Whether the lower-case Russian ``word`` is a given name the dictionary knows only in
    a case other than the nominative: "семена" (Семёна), "ирину"; not "олег", nor "анна",
    nor a word that is no given name. A name so spelled is never the subject of a verb."""
    if RUSSIAN_WORD.fullmatch(word) is None:
        return False
    names = [p for p in analyser().parse(word) if p.is_known and "Name" in p.tag]
    return bool(names) and not any("nomn" in p.tag for p in names)


# Latin spellings of Russian letters, as English and German texts write them, longest first
# (``in_russian_letters``); a final or pre-consonant y or i after a vowel is й, a final y
# after a consonant is ий (Sergei, Nikolay, Dmitry: Сергей, Николай, Дмитрий).
_FROM_LATIN = re.compile(
    r"shch|sch|tch|dzh|zh|kh|ts|ch|sh|yu|ju|ya|ja|yo|ye|ia|ph|th|"
    r"(?<=[aeiou])[iyj](?![aeiou])|(?<![aeiou])(?:iy|ii|y)$|[a-z]"
)
_RUSSIAN_OF = {
    "shch": "щ", "sch": "щ", "tch": "ч", "dzh": "дж", "zh": "ж", "kh": "х", "ts": "ц",
    "ch": "ч", "sh": "ш", "yu": "ю", "ju": "ю", "ya": "я", "ja": "я", "yo": "ё", "ye": "е",
    "ia": "ия", "ph": "ф", "th": "т", "iy": "ий", "ii": "ий",
    "a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и",
    "j": "дж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к",
    "r": "р", "s": "с", "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс", "y": "ы", "z": "з",
}  # fmt: skip
# Where English spellings drop the soft sign: Tatyana, Natalya, Ilya (Татьяна, Наталья,
# Илья), Olga (Ольга), Igor, Lyubov (Игорь, Любовь); each alone, where a name has one
_SOFT_SIGNS = (
    (re.compile(r"(?<=[лнтдрсзвмкф])(?=[яюеё])"), "ь"),
    (re.compile(r"(?<=л)(?=[бвгджзклмнпрстфхцчшщ])"), "ь"),
    (re.compile(r"(?<=[рлнтдв])$"), "ь"),
)


def in_russian_letters(folded: str) -> tuple[str, ...]:
    """The Russian spellings a folded Latin word may transliterate: "oleg" → олег;
    "tatyana" → татяна, татьяна; "olga" → олга, ольга. Empty if it has other letters."""
    if not folded.isascii() or not folded.isalpha():
        return ()
    plain = "".join(_russian_letters(m) for m in _FROM_LATIN.finditer(folded))
    spellings = {plain: None}
    for soft, sign in _SOFT_SIGNS:
        spellings[soft.sub(sign, plain)] = None
    if plain[0] == "е":
        spellings["э" + plain[1:]] = None  # Eduard: Эдуард
    if len(folded) > 2 and folded[-1] == "i" and folded[-2] not in "aeiou":
        spellings[plain + "й"] = None  # Dmitri, Yuri: Дмитрий, Юрий
    return tuple(spellings)


def _russian_letters(m: re.Match[str]) -> str:
    """The Russian letters of one match of ``_FROM_LATIN``."""
    latin, at = m[0], m.start()
    if len(latin) == 1 and at and latin in "iyj" and m.string[at - 1] in "aeiou":
        return "й"  # Sergei, Nikolay
    if latin == "y" and at and m.end() == len(m.string):
        return "ий"  # Dmitry
    return _RUSSIAN_OF[latin]


@lru_cache(maxsize=65_536)
def latin_given_name(folded: str) -> bool:
    """Whether a folded word in Latin letters is a given name the Russian dictionary knows,
    in the nominative, as English spells it: "oleg", "boris", "dmitry", "tatyana" (Олег,
    Борис, Дмитрий, Татьяна); not "court", "frees" or "critic". Loads the analyser: asked
    only of a word in capitals right before a listed surname."""
    for spelled in in_russian_letters(folded):
        for parse in analyser().parse(spelled):
            if parse.is_known and parse.tag.grammemes >= GIVEN_NOMINATIVE:
                return True
    return False


@lru_cache(maxsize=1)
def analyser() -> Any:
    """The Russian morphological analyser, loaded once, on first use."""
    import pymorphy3  # lazy: only texts with Russian words load the dictionary

    return pymorphy3.MorphAnalyzer(lang="ru")
