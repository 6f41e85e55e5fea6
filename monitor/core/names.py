"""How names are spelled: folding, spelling-family keys, and the words of a text.

A name reaches us in many spellings: Yerimbetov, Erimbetov and Еримбетов;
Dzhakishev and Jakishev; Navalny and Navalnyy; Aleś Puškin and Ales Pushkin.
Two steps bring them together:

``fold``   lower case, diacritics off, Cyrillic to Latin (one scheme for Russian,
           Kazakh, Ukrainian and Belarusian letters), special letters of Turkish,
           Azerbaijani and Nordic alphabets to their base letters.
``key``    collapse the spelling families that transliteration schemes (BGN/PCGN,
           passport/ICAO, ISO 9/GOST, everyday journalism) produce from one
           Cyrillic spelling: Y/E/Ye initials, Dzh/J/Zh/Dj, Kh/H, Q/K, Gh/G, X/Ks,
           W/V, Aw/Aou (Jawhar / Jaouhar), -iy/-y/-yy/-i endings, -ev/-yev/-iev, the
           -yov of a Russian ё for -ev (Ponomaryov / Ponomarev), ou/u,
           the long vowels English spells ee and oo (Hameed / Hamid, Farooq / Faruq,
           Yoon / Yun), a final -que for q (Tarique / Tariq), doubled letters, and
           the given names that languages spell differently
           (Aleksandr/Alexander, Sergei/Siarhei, Nikolai/Mikalai, Yitzhak/Isaac,
           Pyotr/Peter; never an Arabic or a Romance form: Ibrahim is not Abraham).

Two spellings with the same key are the same name. What keys cannot collapse
(a vowel heard differently, a typo) is left to the matcher's edit-distance step
and to ``sound_key``, a coarser key for spellings that only sound alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache, partial
from itertools import chain, compress, count, filterfalse, pairwise, repeat
from operator import add, and_, is_, methodcaller, ne, not_
from typing import NamedTuple

from monitor.core.names_ko import hangul_spellings, latin_spellings
from monitor.core.names_zh import pinyin_spellings
from monitor.core.regex_needs import needed_text
from monitor.core.wordlists import HONORIFICS, SURNAMES_FIRST, VIETNAMESE_FAMILY_NAMES

CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "ґ": "g", "д": "d", "е": "e",
    "ё": "yo", "є": "ye", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y",
    "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ng", "о": "o", "ө": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ў": "u",
    "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ә": "a", "ј": "j",
    "ђ": "dj", "ћ": "c", "љ": "lj", "њ": "nj", "џ": "dz",
}  # fmt: skip
# Letters that NFKD does not take apart into a base letter and a diacritic.
SPECIAL = {
    "ß": "ss", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "ı": "i", "ə": "a", "æ": "ae",
    "œ": "oe", "þ": "th", "ŋ": "ng", "ħ": "h", "ŧ": "t", "ĸ": "k",
    # hacheks and cedillas that spell a Slavic or Turkic sound: Puškin / Pushkin, Şahin
    "š": "sh", "č": "ch", "ž": "zh", "ş": "sh", "ç": "ch",
}  # fmt: skip
LETTERS = {**CYRILLIC, **SPECIAL}


def fold(text: str) -> str:
    """Lower case, no diacritics, Cyrillic in Latin letters. ``fold(fold(s)) == fold(s)``."""
    if text.isascii():  # (every mapping below is of a letter beyond ASCII)
        return text.lower()
    return "".join([_FOLDED[c] if c in _FOLDED else _fold_char(c) for c in text.casefold()])


_FOLDED: dict[str, str] = {}  # each character's folded form, worked out once
_FOLD_TABLE: dict[int, str] = {}  # the same, for ``str.translate``


def folds(texts: Sequence[str]) -> list[str]:
    """``fold`` of each of many texts, worked out together: one ``str.translate`` over
    them all, joined by line breaks (each character's folded form as ``fold`` has it).
    The texts in ASCII are lowered apart from the others, as ``fold`` lowers them: a
    character beyond ASCII makes ``str.translate`` look every character of its text up."""
    joined = "\n".join(texts)
    if joined.isascii():
        done = joined.lower().split("\n")
    else:
        plain = list(map(str.isascii, texts))
        lowered = list(compress(texts, plain))
        others = list(compress(texts, map(not_, plain)))
        folded = "\n".join(others).casefold()  # (character by character, as each text's own)
        for char in set(folded).difference(_FOLDED):
            _fold_char(char)
        lower = "\n".join(lowered).lower().split("\n") if lowered else []
        other = folded.translate(_FOLD_TABLE).split("\n")
        if len(lower) != len(lowered) or len(other) != len(others):
            return [fold(text) for text in texts]  # (a line break in a text: one by one)
        each = dict(zip(lowered, lower, strict=True))
        each.update(zip(others, other, strict=True))
        done = list(map(each.__getitem__, texts))
    if len(done) != len(texts):  # a text with a line break (or none at all): one by one
        return [fold(text) for text in texts]
    return done


def _fold_char(char: str) -> str:
    mapped = LETTERS.get(char)
    if mapped is None:
        mapped = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        mapped = mapped.casefold()  # NFKD can expose capitals: "ǅ" → "Dž"
        mapped = "".join(LETTERS.get(c, c) for c in mapped)
    _FOLDED[char] = _FOLD_TABLE[ord(char)] = mapped
    return mapped


# Pieces of the family rules that their fast forms for many lines (``_BY_LINE_FORMS``,
# ``_SPECIAL_STEPS``) are built from too, so that a rule and its fast form never differ
_CONSONANT = "[b-df-hj-np-tv-xz]"  # (a Latin consonant; not y)
_YO_END = rf"(?<={_CONSONANT})yo(?=va?$)"
_Y_ENDS = ("iy", "yy", "ii", "yi", "ij", "y")  # (in the order the rule tries them)
_Y_END = rf"({'|'.join(_Y_ENDS)})$"
_DZH_SPELLINGS = ("dzh", "dj", "zh")  # (in the order the rule tries them)
_YI, _BEFORE_YI = "yi", "aeou"  # (a y or i dropped before one of these vowels)
_YI_BEFORE_VOWEL_RULE = rf"[{_YI}](?=[{_BEFORE_YI}])"

# Spelling families, applied in order to a folded name part (Latin letters only).
FAMILY_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"x", "ks"),
        # Russian ё of a -ёв/-ёва ending written "yo" or "e": Ponomaryov / Ponomarev,
        # Gorbachyova / Gorbacheva (after a consonant only: never the o of -oyov)
        (_YO_END, "e"),
        # long vowels as English spells them in Arabic, Urdu, Persian and Korean names:
        # Hameed / Hamid, Naveed / Navid, Farooq / Faruq, Mahmood / Mahmud, Yoon / Yun
        (r"ee", "i"),
        (r"oo", "u"),
        (r"que$", "q"),  # a final -que for the Arabic q: Tarique / Tariq, Siddique / Siddiq
        (r"aw(?=[^aeiouy]|$)", "au"),  # Arabic و before a consonant: Jawhar / Jaouhar, Tawfik
        (r"w", "v"),
        (r"ph", "f"),
        (r"ck", "k"),
        (r"(?<=[aeiour])c$", "k"),  # a final c: Eric / Erick / Erik, Marc / Mark (not Sevinc)
        (r"(?<=[a-z]{3})off$", "ov"),  # the French and older English -off: Orloff / Orlov
        (r"gu(?=[ei])", "g"),  # the French gu of a hard g: Guennadi / Gennady
        (r"cz", "ch"),  # Polish: Poczobut / Почобут / Pochobut
        (r"q", "k"),
        (r"tsch", "ch"),  # German Ч: Tschernyschow / Chernyshov, Kowaltschuk / Kovalchuk
        (r"shch|sch", "sh"),
        (r"tch", "ch"),
        # the Dutch and German ch of kh after a vowel, before an m, t, d or s, as Indonesian
        # and older spellings write it: Buchtar / Bukhtar, Achmad / Ahmad, Muchtar / Mukhtar,
        # Ichsan / Ihsan, Rachmaninoff (never the Russian ч before a k or n, Kryuchkova, nor
        # an English ch before an l or r, Christina)
        (r"ch(?<=[aeiou]ch)(?=[mtds])", "h"),
        ("|".join(_DZH_SPELLINGS), "j"),
        (r"dz(?=[iey])", "d"),  # Belarusian дз, Russian д: Budzilovich / Будилович
        (r"kh", "h"),
        (r"gh", "g"),
        (_Y_END, "i"),  # Navalny, Navalnyy, Navalniy, Navalnyi
        (r"ie$", "i"),  # Jardemalie / Jardemali
        (r"jon$", "jan"),  # Azimjon / Azimjan / Azimzhan
        (r"ou", "u"),
        (r"ov(?=[^aeiouy]|$)", "u"),  # Belarusian -oŭski ~ Russian -ovsky
        # Qaiyrbek, Baltabay(ev), Aygul / Айгуль / Aigul (a y after a vowel: the y looked for
        # first, which the pattern engine finds fast, and the vowel behind it checked then)
        (r"y(?<=[aeiou]y)(?=[^aeiou]|$)", "i"),
        # the j of й after a vowel, as scholarly and Czech spellings write it, before a
        # consonant (Mykhajlo / Mykhailo; never a final j: the Indian Raj is not Rai)
        (r"j(?<=[aeiou]j)(?=[b-df-hk-np-tv-xz])", "i"),
        (r"^y(?=[aeiou])", ""),  # Yerimbetov / Erimbetov, Yulia / Ulia
        (_YI_BEFORE_VOWEL_RULE, ""),  # -yev/-iev/-ev, Byalyatski / Bialiatski
        (r"y", "i"),
        (r"(.)\1+", r"\1"),  # Mammadov / Mamadov, Akhmetova / Ahmetova
    )
)

# Each family rule with a text every match of it holds ("" when none is certain): a rule
# runs only on a part that holds it (``_raw_key``). A word unseen before, keyed as it is
# read, is then gone through by a few of the rules, not by all twenty-three.
_FAMILY_STEPS = tuple(
    (pattern, replacement, needed_text(pattern.pattern)) for pattern, replacement in FAMILY_RULES
)

# Given names that languages spell differently (not only transliterations).
GIVEN_NAME_FAMILIES: tuple[tuple[str, ...], ...] = (
    (
        "aleksandr",
        "alexander",
        "oleksandr",
        "aliaksandr",
        "alyaksandr",
        "alexandr",
        "aleksander",  # Polish
        "aleksandre",  # Georgian
        "alexandros",  # Greek
    ),
    (
        "aleksei",
        "alexey",
        "alexei",
        "aleksey",
        "aliaksei",
        "oleksii",
        "oleksiy",
        "alyaksei",
        "alexej",
        "aleksej",
    ),
    ("sergei", "sergey", "serhii", "serhiy", "siarhei", "sergiy", "sergii", "sergej"),
    (
        "evgeni",
        "yevgeny",
        "evgeny",
        "yevgeniy",
        "evgenii",
        "yauhen",
        "yevhen",
        "yevgen",  # Ukrainian Євген as folded
        "eugene",
        "jewgeni",
        "jewgenij",
        "evgenij",
    ),
    ("nikolai", "nikolay", "mikalai", "mikola", "mykola", "nikolaj", "nicholas", "nikolaos"),
    ("vladimir", "uladzimir", "volodymyr", "uladzimer"),
    ("dmitri", "dmitry", "dmitriy", "dzmitry", "dmytro", "dzmitri"),
    ("yuri", "yury", "yuriy", "iurii", "yurii", "juri", "jurij"),
    ("mikhail", "mikhas", "mykhailo", "mikhael", "michail", "michael", "mihail", "mikheil"),
    ("maksim", "maxim", "maks", "max", "maksym", "maksime"),
    ("viktor", "viktar", "victor"),
    ("pavel", "paval", "pavlo", "paul", "pawel", "pavol", "pavle", "pavlos"),
    ("andrei", "andrey", "andrii", "andriy", "andrej", "andrzej", "andzhey", "andrew"),  # Анджей
    ("ilya", "ilia", "illia", "ilja"),
    ("anatoly", "anatoli", "anatol", "anatolii", "anatoliy", "anatolij"),
    ("maria", "mariya", "maryia", "marya", "mariia", "mariam"),
    ("svetlana", "sviatlana", "svitlana"),
    ("tatiana", "tatyana", "tatsiana", "tetiana", "tatsyana"),
    ("olga", "volha", "olha"),
    ("elena", "yelena", "olena", "alena", "alyona", "jelena", "helen", "helena", "elene", "eleni"),
    ("natalia", "natalya", "natallia", "nataliya"),
    ("yulia", "yuliya", "julia", "iuliia", "yuliia"),
    (
        "ekaterina",
        "yekaterina",
        "katsiaryna",
        "kateryna",
        "katerina",
        "jekaterina",
        "catherine",
        "katherine",
        "katarzyna",  # Polish
    ),
    ("petr", "pyotr", "petro", "piotr", "pyatro", "peter", "petar", "petros", "petre"),
    ("grigory", "grigori", "ryhor", "hryhoriy", "grigorii", "grigorij", "gregory"),
    (
        "georgy",
        "georgi",
        "heorhiy",
        "georgiy",
        "georgii",
        "yuras",
        "georgij",
        "george",
        "giorgi",  # Georgian
        "georgios",  # Greek
        "jerzy",  # Polish
        "gevorg",  # Armenian
    ),
    (
        "mohammed",
        "mohamed",
        "muhammad",
        "mohammad",
        "mohamad",
        "muhammed",
        "mohamud",
        "magomed",  # as Russian spells it for the Caucasus: Магомед
        "magomet",
        "mehmet",  # Turkish
        "mehmed",
        "mohd",  # as South Asian and Malaysian news shortens it ("Mohd", "Md")
        "muhd",
        "md",
        "mahammad",  # Azerbaijani Məhəmməd, as English news writes it
        "mahamad",
    ),
    ("ahmed", "ahmad", "akhmed", "ahmet"),
    ("ahmadou", "amadou", "ahmadu", "amadu"),  # West African (Fula) forms: not Mamadou
    ("ibrahim", "ebrahim", "brahim", "ibragim", "ibrohim"),  # Persian, Maghrebi, Caucasus
    ("uthman", "othman", "osman", "usman", "osmon"),  # عثمان, its th written s
    ("fahad", "fahd"),  # فهد, with or without the vowel English puts in
    ("hussein", "husein", "husayn", "hussain", "husain", "huseyn"),
    ("yusuf", "yousef", "youssef", "yusef", "yousuf", "jusup", "yusup"),
    ("ilgar", "ilqar"),
    ("igor", "ihar", "ihor"),
    ("oleg", "oleh", "aleh", "aleg"),  # Олег, Belarusian Алег
    ("anna", "hanna", "ganna"),  # Ukrainian Ганна
    # one name in several languages, as English news rewrites it from a script of its own
    # (Hebrew, Russian, Ukrainian, Belarusian, Georgian, Greek) or from Polish: Yitzhak /
    # Isaac, Iosif / Joseph. Never the forms English news keeps as they are, which different
    # people bear beside one surname: Arabic (Ibrahim, Musa, Suleiman, Yusuf, Dawood, Ishaq),
    # Romance (Juan, Jean, Pierre, Pablo, Jorge), nor one that is another gender's name in
    # English or Hebrew (Jean, Michal)
    ("yitzhak", "isaac", "itzhak", "yitzchak", "itzchak", "isaak"),
    ("binyamin", "benjamin", "veniamin", "beniamin", "benyamin", "binyomin"),
    ("iosif", "joseph", "josef", "jozef", "yosef", "osip", "yosyp"),  # Józef, Ukrainian Йосип
    ("jacob", "yakov", "yaakov", "iakov", "jakub", "jakob", "yakiv"),  # Ukrainian Яків
    ("avraham", "abraham", "abram", "avram"),
    ("moshe", "moses", "moishe", "moisei", "moisey"),  # Russian Моисей
    ("shlomo", "solomon"),
    ("david", "davyd", "davit", "dovid"),
    ("ivan", "john", "ioannis", "jovan", "ivane"),  # Greek, Serbian, Georgian
    (
        "stepan",
        "stephen",
        "steven",
        "stefan",
        "stsiapan",
        "stepane",
        "stefanos",
        "stevanus",  # Indonesian and Dutch forms
        "stefanus",
        "stephanus",
    ),
    ("semyon", "simon", "shimon", "symon"),
    ("shmuel", "samuel"),
    ("yonatan", "jonathan"),
    ("elizaveta", "elizabeth", "elisabeth", "yelizaveta", "alizaveta"),
    # Belarusian and Ukrainian forms of Russian given names (ць for ть, дз for д, а for о)
    ("valentin", "valiantsin", "valyantsin", "valentyn"),
    ("konstantin", "kanstantsin", "kastus", "kostiantyn", "kostyantyn"),
    ("artyom", "artsiom", "artsyom", "artem", "artiom"),
    ("denis", "dzianis", "dzyanis", "denys"),
    ("vadim", "vadzim", "vadym"),
    ("vladislav", "uladzislau", "vladyslav"),
    ("leonid", "leanid"),
    ("vitaly", "vital", "vitali", "vitaliy", "vitalii"),
    ("vasily", "vasil", "vasyl", "vasili", "vasiliy"),
    ("gennady", "hienadz", "hennadiy", "hennadii"),
    ("irina", "iryna"),
    ("polina", "palina"),
)
# Familiar forms of Russian given names, which stand for the full name in news ("Саша
# Скочиленко"): the folded familiar form → the full names it may be short for.
FAMILIAR_NAMES: dict[str, tuple[str, ...]] = {
    "sasha": ("aleksandr", "aleksandra"),
    "shura": ("aleksandr", "aleksandra"),
    "alesha": ("aleksei",),
    "lesha": ("aleksei",),
    "zhenya": ("evgeni", "evgenia"),
    "dima": ("dmitri",),
    "misha": ("mikhail",),
    "kolya": ("nikolai",),
    "pasha": ("pavel",),
    "petya": ("petr",),
    "serezha": ("sergei",),
    "volodya": ("vladimir",),
    "vova": ("vladimir",),
    "yura": ("yuri",),
    "vanya": ("ivan",),
    "grisha": ("grigory",),
    "slava": ("vyacheslav", "vladislav", "stanislav", "yaroslav"),
    "tolya": ("anatoly",),
    "vitya": ("viktor",),
    "lyosha": ("aleksei",),
    "masha": ("maria",),
    "tanya": ("tatiana",),
    "olya": ("olga",),
    "lena": ("elena",),
    "natasha": ("natalia",),
    "katya": ("ekaterina",),
    "sveta": ("svetlana",),
    "nastya": ("anastasia",),
    "anya": ("anna",),
    "ira": ("irina",),
    "liza": ("elizaveta",),
    "galya": ("galina",),
    "nadya": ("nadezhda",),
    "lyuba": ("lyubov",),
}
# English familiar forms of given names (Larry for Lawrence, Bill for William), which count
# beside the surname only ("Larry Chen" for Lawrence Chen): alone, unlike the Russian ones
# above, such a word is not read as the person ("Larry said"), and none is a given name a
# line in capitals is read by (``known_given``). The folded familiar form → the full names.
# Not the forms that are common English words beside a name ("Will", "Pat", "Sue", "Rich"),
# nor a particle ("Ben Ali"), nor a form that is a given name of its own ("Jack", "Jan").
ENGLISH_FAMILIAR_NAMES: dict[str, tuple[str, ...]] = {
    "larry": ("lawrence", "laurence"),
    "bill": ("william",),
    "billy": ("william",),
    "bob": ("robert",),
    "bobby": ("robert",),
    "rob": ("robert",),
    "robbie": ("robert",),
    "jim": ("james",),
    "jimmy": ("james",),
    "mike": ("michael",),
    "mick": ("michael",),
    "dick": ("richard",),
    "rick": ("richard",),
    "ricky": ("richard",),
    "tony": ("anthony", "antony"),
    "alex": ("alexander", "alexandra", "aleksei"),
    "dave": ("david",),
    "joe": ("joseph",),
    "tom": ("thomas",),
    "tommy": ("thomas",),
    "matt": ("matthew",),
    "nick": ("nicholas",),
    "andy": ("andrew",),
    "steve": ("stephen",),
    "chris": ("christopher", "christine", "christina"),
    "greg": ("gregory",),
    "jeff": ("jeffrey", "geoffrey"),
    "ken": ("kenneth",),
    "kenny": ("kenneth",),
    "pete": ("peter",),
    "phil": ("philip", "phillip"),
    "ron": ("ronald",),
    "tim": ("timothy",),
    "josh": ("joshua",),
    "danny": ("daniel",),
    "sam": ("samuel", "samantha"),
    "kate": ("catherine", "katherine"),
    "katie": ("catherine", "katherine"),
    "cathy": ("catherine",),
    "kathy": ("katherine",),
    "liz": ("elizabeth",),
    "beth": ("elizabeth",),
    "maggie": ("margaret",),
    "peggy": ("margaret",),
    "jenny": ("jennifer",),
    "becky": ("rebecca",),
    "vicky": ("victoria",),
    "barbie": ("barbara",),
    "barb": ("barbara",),
}
# Familiar forms a list may write for the full given name that news writes out ("Pat
# Nolan" listed, "Patrick Nolan" in the article): only at compiling, as a listed given
# name's other keys; in a text these are common words beside a name ("Will", "Pat").
LISTED_FAMILIAR_NAMES: dict[str, tuple[str, ...]] = {
    "pat": ("patrick", "patricia"),
    "will": ("william",),
    "sue": ("susan", "suzanne"),
    "rich": ("richard",),
    "dan": ("daniel",),
    "don": ("donald",),
    "ed": ("edward",),
    "fred": ("frederick",),
}


@lru_cache(maxsize=1)
def _listed_familiar_keys() -> dict[str, tuple[str, ...]]:
    return _keys_of_familiar(LISTED_FAMILIAR_NAMES.items())


def listed_familiar(given_key: str) -> tuple[str, ...]:
    """The keys of the full given names a listed familiar form stands for, beyond
    ``familiar``'s: "Pat" for Patrick (``LISTED_FAMILIAR_NAMES``)."""
    return _listed_familiar_keys().get(given_key, ())


ARABIC_ARTICLES = ("al", "el", "ul", "il")  # the Arabic article, however an outlet writes it
# Abdel / Abdul / Abdal + name, written as one word; and the article assimilated to a sun
# letter or left out, as Central Asian, Somali and some Arabic spellings write it
# (Abdurrahman, Abdirahman, Abdusattar, Abd Rahman: "abd" and a vowel, then a consonant
# other than l): all "abdal" and the name
_ABD = re.compile(r"^abd[aeiu]l(?=.)|^abd[aeiu]?(?=[b-df-hj-km-np-tv-z])")


@lru_cache(maxsize=262_144)
def key(folded: str) -> str:
    """The spelling-family key of one folded name part (a word, or a hyphenated word)."""
    letters = folded if folded.isalpha() else "".join(c for c in folded if c.isalpha())
    if not letters.isascii():  # Arabic, Han, ...: no Latin families to collapse
        return letters
    letters = _raw_key(_ABD.sub("abdal", letters) if letters.startswith("abd") else letters)
    if letters in ARABIC_ARTICLES:  # after the families, so that "Ell" keys as "El" does
        return "al"
    return _GIVEN_NAMES.get(letters, letters)


def _given_names() -> dict[str, str]:
    table: dict[str, str] = {}
    for family in GIVEN_NAME_FAMILIES:
        canonical = _raw_key(family[0])
        for spelling in family:
            table[_raw_key(spelling)] = canonical
    return table


def _raw_key(folded: str) -> str:
    for _ in range(4):  # the rules feed each other (-iyeva → -ieva → -eva): run to a fixed point
        before = folded
        for pattern, replacement, needed in _FAMILY_STEPS:
            if needed in folded:  # (most rules: a letter or two the part lacks, tested at once)
                folded = pattern.sub(replacement, folded)
        if folded == before:
            break
    return folded


# Family names that South Asian news spells in several ways, none of them a rule's (the
# Arabic haqq as Bengali and Urdu spellings write it: Anisul Haque / Huq / Hoque): one key,
# as a given name family has, but no given name (``known_given``)
SURNAME_FAMILIES: tuple[tuple[str, ...], ...] = (("haque", "huq", "hoque", "haq", "hoq", "haqq"),)


def _surnames() -> dict[str, str]:
    return {
        _raw_key(spelling): _raw_key(family[0])
        for family in SURNAME_FAMILIES
        for spelling in family
    }


_GIVEN_ONLY = _given_names()
_GIVEN_NAMES = {**_GIVEN_ONLY, **_surnames()}  # (a raw key's key: given names, surnames)
_KEY_OF_RAW = {**_GIVEN_NAMES, **dict.fromkeys(ARABIC_ARTICLES, "al")}  # a raw key's key, if other
# the keys that ``_KEY_OF_RAW`` gives that are their own key, the rules leaving them as they
# are (``keys_of``'s ``own``)
_OWN_GIVEN = frozenset(
    k
    for k in _KEY_OF_RAW.values()
    if k.isalpha() and not k.startswith("abd") and _raw_key(k) == k and key(k) == k
)
_ABD_HEAD = methodcaller("startswith", "abd")  # (what ``_ABD`` may rewrite)

# The family rules read line by line: ``keys_of`` runs them over many parts joined by line
# breaks. No rule matches a line break or looks past one (each matches letters, and its
# ``^`` and ``$`` are a part's start and end), so each part is rewritten as on its own.
# A rule whose pattern the engine can only try at every place of a text (``^`` of a line,
# a look behind first) is written for the lines in a form it finds fast: its letters first,
# what stands before them (the line's start, a consonant) looked behind them; the same matches.
_BY_LINE_FORMS = {
    r"^y(?=[aeiou])": r"y(?<![^\n]y)(?=[aeiou])",
    _YO_END: rf"yo(?<={_CONSONANT}yo)(?=va?$)",
}
_FAMILY_RULES_BY_LINE = tuple(
    (re.compile(_BY_LINE_FORMS.get(pattern.pattern, pattern.pattern), re.MULTILINE), replacement)
    for pattern, replacement in FAMILY_RULES
)
_DOUBLED = _FAMILY_RULES_BY_LINE[-1]  # the last rule: a letter twice or more in a row, once
if _DOUBLED[0].pattern != r"(.)\1+" or _DOUBLED[1] != r"\1":
    raise ValueError("the last family rule writes a doubled letter once (``_raw_keys``)")


def _y_end_backwards(lines: str) -> str:
    """``(iy|yy|ii|yi|ij|y)$`` → "i" of each line: the lines written backwards, each after a
    line break (a literal, scanned for, not a pattern tried at every "i" and "y"), the pair
    a line ends in taken before its last "y" as the rule takes it (its pairs come first)."""
    return _Y_END_BACKWARDS.sub("\ni", "\n" + lines[::-1])[:0:-1]


_Y_END_BACKWARDS = re.compile(rf"\n(?:{'|'.join(end[::-1] for end in _Y_ENDS)})")


def _dzh_as_j(lines: str) -> str:
    """``dzh|dj|zh`` → "j": each spelling replaced in turn (``str.replace``: a fast scan), a
    NUL standing for the "j" until all three are, so that no "j" written makes a "dj" the
    rule would not see. As the rule: a "d" only starts a match, "dzh" is taken before "zh"
    in it, and no two matches overlap. (A text with a NUL: the rule.)"""
    if "\0" in lines:
        return _DZH.sub("j", lines)
    for spelling in _DZH_SPELLINGS:
        lines = lines.replace(spelling, "\0")
    return lines.replace("\0", "j")


_DZH = re.compile("|".join(_DZH_SPELLINGS))


def _yi_before_vowel_dropped(lines: str) -> str:
    """``[yi](?=[aeou])`` → "": each "y" or "i" before "a", "e", "o" or "u" dropped, each
    such pair marked in turn (``str.replace``: a fast scan; the "y" or "i" a NUL), then
    the NULs dropped. As the rule: whether a letter goes is read from the letter after it,
    a vowel that never goes itself, so no two pairs share a letter and no mark makes a
    pair. (A text with a NUL: the rule.)"""
    if "\0" in lines:
        return _YI_BEFORE_VOWEL.sub("", lines)
    for pair, marked in _YI_PAIRS:
        lines = lines.replace(pair, marked)
    return lines.replace("\0", "")


_YI_BEFORE_VOWEL = re.compile(_YI_BEFORE_VOWEL_RULE)
_YI_PAIRS = [(a + b, "\0" + b) for a in _YI for b in _BEFORE_YI]
# Each rule as ``_raw_keys`` runs it over many lines (but the last, ``_once``): a rule of
# letters alone as ``str.replace`` (the same matches: the first, then the next after it),
# three as functions of their own (the same lines), the others as their patterns.
_LITERAL = re.compile(r"[a-z]+")
_SPECIAL_STEPS: dict[str, Callable[[str], str]] = {
    _Y_END: _y_end_backwards,
    _DZH.pattern: _dzh_as_j,
    _YI_BEFORE_VOWEL_RULE: _yi_before_vowel_dropped,
}
_RULE_PATTERNS = {pattern.pattern for pattern, _ in FAMILY_RULES}
if not _RULE_PATTERNS.issuperset(_BY_LINE_FORMS) or not _RULE_PATTERNS.issuperset(_SPECIAL_STEPS):
    raise ValueError("each fast form is of a family rule (a rule changed: change its form too)")
_FAMILY_STEPS_BY_LINE: tuple[Callable[[str], str], ...] = tuple(
    _SPECIAL_STEPS.get(pattern.pattern)
    or (
        methodcaller("replace", pattern.pattern, replacement)
        if _LITERAL.fullmatch(pattern.pattern) and _LITERAL.fullmatch(replacement or "a")
        else partial(pattern.sub, replacement)
    )
    for pattern, replacement in _FAMILY_RULES_BY_LINE[:-1]
)
_REPEATED = _DOUBLED[0]
# What ``_once`` reads a letter at a time: lower-case Latin letters, and the "*" of sound keys
_RUN_LETTERS = "abcdefghijklmnopqrstuvwxyz*"
_TWICE = [(letter, letter * 2) for letter in _RUN_LETTERS]
_NOT_RUN_LETTERS = str.maketrans(dict.fromkeys(_RUN_LETTERS + "\n"))  # (deletes them)


def _once(text: str) -> str:
    """``_REPEATED.sub(r"\1", text)``: each run of a character (twice or more in a row, a
    line break but) written once. A text of lower-case Latin letters, "*" and line breaks
    (the family and sound rules' lines) is gone through a letter at a time, each letter's
    runs found by their first two letters, which the pattern engine scans for fast: the
    runs of different letters never touch each other's letters, so each letter's runs
    written once are every run written once. (``(.)\1+`` is tried at every place of a
    text: in a text many lines long, three times the time.)"""
    if not text.isascii() or text.translate(_NOT_RUN_LETTERS):
        return _REPEATED.sub(r"\1", text)
    for letter, twice in _TWICE:
        if twice in text:
            text = _run_of(letter).sub(letter, text)
    return text


@cache
def _run_of(letter: str) -> re.Pattern[str]:
    """A run of ``letter``, twice or more (its first two letters a literal: found fast)."""
    return re.compile(re.escape(letter * 2) + re.escape(letter) + "*")


def keys_of(folded: Iterable[str], own: set[str] | None = None) -> dict[str, str]:
    """``key`` of each of many folded name parts, as ``key`` gives it, worked out together:
    each family rule runs once over them all (joined by line breaks) instead of once per
    part, which is most of compiling a large watchlist (a few times faster).

    ``own``: a set to add the keys found to that are known to be their own key, so that
    they need not be keyed again (``own_key`` gives what keying one gives): the key of a
    part of Latin letters that the rules left as a round before had left it (a fixed point:
    they change it no more), the rules' own result, not "Abd..." (``_ABD`` rewrites that
    before the rules), or a given name's key that is its own (``_OWN_GIVEN``)."""
    distinct = list(dict.fromkeys(folded))
    plain = list(map(and_, map(str.isalpha, distinct), map(str.isascii, distinct)))
    latin = list(compress(distinct, plain))  # the parts of Latin letters alone (most)
    letters = latin.copy()
    for i in compress(count(), map(methodcaller("startswith", "abd"), latin)):
        letters[i] = _ABD.sub("abdal", letters[i])
    found: dict[str, str] = {}
    for text in compress(distinct, map(not_, plain)):
        its = "".join(c for c in text if c.isalpha())
        if not its or not its.isascii():
            found[text] = key(text)  # (no families to collapse)
        else:
            latin.append(text)
            letters.append(_ABD.sub("abdal", its) if its.startswith("abd") else its)
    unsettled: set[int] = set()
    raw = _raw_keys(letters, unsettled)
    keys = list(map(_KEY_OF_RAW.get, raw, raw))
    found.update(zip(latin, keys, strict=True))
    if own is not None:
        fixed = list(map(is_, keys, raw))  # a fixed point of the rules, no given name's
        for i in unsettled:  # (the rules still changed it in their last round: rare)
            fixed[i] = False
        own.update(filterfalse(_ABD_HEAD, compress(keys, fixed)))
        own.update(compress(keys, map(_OWN_GIVEN.__contains__, keys)))
        own.discard("")  # (an empty part's: not one of Latin letters)
    return found


def own_key(k: str) -> str:
    """What ``keys_of`` gives for a key that it found to be its own (``own``): that very
    string, or the given name's key that ``_KEY_OF_RAW`` holds for it."""
    return _KEY_OF_RAW.get(k, k)


def _raw_keys(parts: list[str], unsettled: set[int] | None = None) -> list[str]:
    """``_raw_key`` of each part (none empty, none with a line break): the rules to a
    fixed point, at most four rounds, as ``_raw_key`` runs them. A round runs over the
    parts the round before changed: the others are at their fixed point. ``unsettled``:
    a set to add the places of the parts to that the last round still changed."""
    done = parts.copy()
    at: Sequence[int] = range(len(parts))
    for rounds in range(4):
        if not at:
            break
        before = list(map(done.__getitem__, at))
        joined = "\n".join(before)
        for step in _FAMILY_STEPS_BY_LINE:
            joined = step(joined)
        after = (joined if rounds else _once(joined)).split("\n")  # (the last rule: ``_once``)
        changed = list(map(ne, before, after))
        if rounds and len(after) == len(before):
            # a round leaves no letter twice in a row (its last rule, ``_DOUBLED``): in the
            # next, that rule can change only what the others changed
            others = list(compress(after, changed))
            redone = _once("\n".join(others)).split("\n") if others else []
            if len(redone) != len(others):
                redone = list(map(_once, others))
            deque(map(after.__setitem__, compress(count(), changed), redone), maxlen=0)
            changed = list(map(ne, before, after))
        if len(after) != len(before):  # (a rule that took a line break: never, but one by one)
            if unsettled is not None:
                unsettled.update(range(len(parts)))
            return [_raw_key(part) for part in parts]
        at = list(compress(at, changed))
        deque(map(done.__setitem__, at, compress(after, changed)), maxlen=0)
    if unsettled is not None:
        unsettled.update(at)
    return done


def _keys_of_familiar(
    pairs: Iterable[tuple[str, tuple[str, ...]]],
) -> dict[str, tuple[str, ...]]:
    """The key of each familiar form → the keys of the full names it may stand for, of all
    its forms that share its key, in their order."""
    found: dict[str, tuple[str, ...]] = {}
    for short, fulls in pairs:
        k = key(short)
        found[k] = tuple(dict.fromkeys((*found.get(k, ()), *map(key, fulls))))
    return found


@lru_cache(maxsize=1)
def _familiar_keys() -> dict[str, tuple[str, ...]]:
    """Russian and English familiar forms (the Russian first where a key has both)."""
    return _keys_of_familiar(chain(FAMILIAR_NAMES.items(), ENGLISH_FAMILIAR_NAMES.items()))


def familiar(given_key: str) -> tuple[str, ...]:
    """The keys of the full given names that a familiar one (its key) may stand for, in
    Russian or in English ("Sasha", "Larry")."""
    return _familiar_keys().get(given_key, ())


@lru_cache(maxsize=1)
def _known_given_keys() -> frozenset[str]:
    return frozenset(_GIVEN_ONLY.values()).union(_keys_of_familiar(FAMILIAR_NAMES.items()))


def known_given(given_key: str) -> bool:
    """Whether a key is a given name whose spellings this module knows (Anatoly, Oleh,
    Siarhei, Sasha: ``GIVEN_NAME_FAMILIES``, ``FAMILIAR_NAMES``)."""
    return given_key in _known_given_keys()


# Letters that transliterations of one sound differ by, for ``sound_key``: the Azerbaijani
# q of Qubad and Tofiq is the g of Gubad and Tofig, Belarusian h is Russian g (Ihar /
# Igor), an s drops its h where a cedilla is stripped (Demirtaş → Demirtash / Demirtas),
# and a t the h that Thai romanizations write for its aspirate (Thanathorn / Thanatorn).
# (the consonants alone, without the h: ``name_distance`` weighs an h as it does a vowel)
CONSONANT_CLASSES = str.maketrans("gqxzwfdb", "kkksvvtp")
_SOUND_CLASSES = {**CONSONANT_CLASSES, ord("h"): ord("k")}
_H_AFTER_LETTERS = "[sczt]"  # (the letters an h after them is dropped)
_H_AFTER = re.compile(rf"(?<={_H_AFTER_LETTERS})h")
_KA_END = re.compile(r"(?<=k)o$")
# Belarusian -aŭ where Russian has an unstressed -ov (Marozau / Morozov, Aliaksandrau /
# Aleksandrov; -ou / -ov share a key already), after a consonant and two letters more (not
# Chau, nor the -eau of Moreau)
_SOUND_VOWELS = "aeiou"  # (the vowels of sound keys: y is not one)
_BEFORE_AU = rf"[a-z]{{2}}[^{_SOUND_VOWELS}\n]"  # (no line break: see sound_keys_of)
_AU_END = re.compile(rf"(?<={_BEFORE_AU})au$")
# Russian -ev (-eev keyed -iv), Ukrainian -iv and Belarusian -eŭ, -ieŭ, -iou where Russian
# has -ev or -ov (Siarheyeu / Sergeev, Kastusiou / Kostusev, Kovaliv / Kovalev): -ov's
# sound, whose key ends in -u; never after an r, the -rew of Thai names (Jangrew /
# Jaengraew, whose ae an r-less key would keep apart)
_BEFORE_EV = rf"[a-z]{{2}}[^{_SOUND_VOWELS}r\n]"
_EV_END = re.compile(rf"(?<={_BEFORE_EV})[ei][uv]$")
_EV_ENDINGS = ("eu", "ev", "iu", "iv")  # what ``_EV_END`` ends with
# every vowel run but a final one
_INNER_VOWELS = re.compile(rf"[{_SOUND_VOWELS}]+(?=.*[^{_SOUND_VOWELS}])")


@lru_cache(maxsize=262_144)
def sound_key(k: str) -> str:
    """A coarser key of a key: vowels inside the word are one sound, and so are g/k/q/h,
    s/z, v/w/f, d/t and b/p, th is t, a final -ka is -ko and a final Belarusian -au, -eu
    or Russian -ev is -ov. Kalesnikava and Kolesnikova, Babaryka and Бабарико, Marozau and
    Morozov, Siarheyeu and Sergeev, Raif and Raef,
    Qubad and Gubad share one; the final vowel stays otherwise, so that Navalnaya never
    sounds like Navalny."""
    # (each rule run only on a key that holds its letters: a key holds no line break, so
    # an ending that "$" matches is the key's own end)
    if "h" in k:
        k = _H_AFTER.sub("", k)
    if k.endswith(_EV_ENDINGS):
        k = _EV_END.sub("u", k)
    k = k.translate(_SOUND_CLASSES)  # (-ev, not -if)
    if k.endswith("ko"):
        k = _KA_END.sub("ka", k)  # Belarusian -ka is Russian and Ukrainian -ko (Lukashenka)
    if k.endswith("au"):
        k = _AU_END.sub("u", k)  # Belarusian -au is Russian -ov, whose key ends in -u
    return _REPEATED.sub(r"\1", _INNER_VOWELS.sub("*", k))


# The same rules a line at a time (``sound_keys_of``): none matches a line break. Each is
# written with its letters first and what stands before them looked behind them, which the
# pattern engine finds fast (a look behind first is tried at every place): the same matches.
_H_AFTER_BY_LINE = re.compile(rf"h(?<={_H_AFTER_LETTERS}h)")
_KA_END_BY_LINE = re.compile(r"o(?<=ko)$", re.MULTILINE)
_AU_END_BY_LINE = re.compile(rf"au(?<={_BEFORE_AU}au)$", re.MULTILINE)
_EV_END_BY_LINE = re.compile(rf"[ei][uv](?<={_BEFORE_EV}[ei][uv])$", re.MULTILINE)
_VOWEL_STARRED = str.maketrans(dict.fromkeys(_SOUND_VOWELS, "*"))


def _inner_vowels_starred(lines: list[str]) -> str:
    """The lines joined, every vowel of each before its final vowels (``_INNER_VOWELS``'s
    runs) written "*": what ``_INNER_VOWELS`` makes of each line once its runs are written
    once (``_once``: a run of vowels is one "*" either way). Each line's final vowels cut
    off, then the rest of all lines starred at once (``str.translate``), each line's
    final vowels put back: no pattern tried at every vowel."""
    bodies = list(map(str.rstrip, lines, repeat(_SOUND_VOWELS)))
    starred = "\n".join(bodies).translate(_VOWEL_STARRED).split("\n")
    return "\n".join(map(add, starred, map(str.removeprefix, lines, bodies)))


def sound_keys_of(keys: Iterable[str]) -> dict[str, str]:
    """``sound_key`` of each of many keys, worked out together: each rule runs once over
    them all, joined by line breaks."""
    distinct = list(dict.fromkeys(keys))
    if not distinct:
        return {}
    if any("\n" in k for k in distinct):  # (never a key's: one by one then)
        return {k: sound_key(k) for k in distinct}
    joined = _EV_END_BY_LINE.sub("u", _H_AFTER_BY_LINE.sub("", "\n".join(distinct)))
    joined = joined.translate(_SOUND_CLASSES)  # (after -ev: "Yusif" keeps its f)
    joined = _AU_END_BY_LINE.sub("u", _KA_END_BY_LINE.sub("ka", joined))
    done = _once(_inner_vowels_starred(joined.split("\n"))).split("\n")
    return dict(zip(distinct, done, strict=True))


# Patronymics and Turkic "son of / daughter of" words between a given name and a surname.
PATRONYMIC = re.compile(r"(ovich|evich|ich|ovna|evna|ichna|inichna|uli|ulu|kizi|ogli|oglu)$")
# Surname endings that Kazakh, Kyrgyz and Tajik names drop or keep: Akberdi / Akberdiyeva,
# Baltabay / Baltabayev.
RUSSIAN_ENDING = re.compile(r"(?<=[a-z]{4})(ova|eva|ov|ev)$")


def stem(folded: str) -> tuple[str, bool]:
    """The key of a surname without its Russian ending, and whether it had one."""
    bare = RUSSIAN_ENDING.sub("", folded)
    return key(bare), bare != folded


# ---------------------------------------------------------------------------
# The words of a text

UNSPACED = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f]"
)  # Japanese, Chinese, Korean, Thai, Lao, Burmese: no spaces between words
# No character before this one is of ``UNSPACED``: a text whose greatest character comes
# before it (Latin, Cyrillic, Arabic) needs no search (``max``: a scan in C)
UNSPACED_FROM = "\u0e00"
if UNSPACED.search("".join(map(chr, range(ord(UNSPACED_FROM))))):
    raise ValueError("UNSPACED_FROM must come before every character of UNSPACED")
SOFT_BREAK = re.compile(r"-[ \t]*\r?\n[ \t]*")  # "Dzhaki-\nshev": a word hyphenated at a line end


class Word(NamedTuple):
    """A word of the text: its span, folded form, and whether it starts with a capital.
    A Russian word also carries the nominative forms it may be a case form of
    (``monitor.core.names_ru``: "Навального" → navalnyi), and whether it is a word the
    dictionary knows and never as a name ("Суд"). (A tuple: made in C, several dozen an
    article.)"""

    start: int
    end: int
    folded: str
    capital: bool  # starts upper case, or is in a script without case
    forms: tuple[str, ...] = ()  # folded, other than ``folded``
    not_name: bool = False

    @property
    def spellings(self) -> tuple[str, ...]:
        """The folded spellings to look this word up by: its own, then its forms."""
        return (self.folded, *self.forms) if self.forms else (self.folded,)


def words(text: str, *, every: bool = False) -> list[Word]:
    """The words of ``text`` that can be part of a name, in order: capitalised words,
    particles ("al", "bin", "van") and lowercase words glued to one of them by a hyphen
    or an apostrophe ("Chi-fung"); with ``every``, all words. A word hyphenated across a
    line break is one word ("Dzhaki-\nshev")."""
    if every:
        return _all_words(text)
    if "#" in text:  # "#FreeShirinRahmani": the words a hashtag runs together
        return _hashtag_words(text, _words(text))
    return _words(text)


def _words(text: str) -> list[Word]:
    if text.isascii() or not NON_ASCII_WORD_CHAR.search(text):
        return _ascii_words(text)  # (also with curly quotes and dashes: no letter beyond ASCII)
    found: list[Word] = []
    for m in CANDIDATE.finditer(text):
        start, end = m.span()
        raw = m[0]
        before = text[start - 1] if start else ""
        if before.isalpha() or raw[0].islower() or (raw[0] > "ÿ" and UNSPACED.search(raw)):
            continue  # inside a word; a word in lower case; a script without spaces
        if (before == " " or before in JOINERS) and start > 1 and text[start - 2] in PARTICLE_ENDS:
            found += _particles_before(text, start, found[-1].end if found else 0)
        folded = fold_word(raw)
        after = text[end : end + 1]
        if after not in JOINERS:  # (most words)
            found.append(_word((start, end, folded, True, (), False)))
        else:
            _add_joined(found, text, start, end, folded)
    return found


# a capital after a lower-case letter inside a hashtag's word: "Deniz|Yilmaz"
CAMEL_BREAK = re.compile(r"(?<=[a-z\u00df-\u00ff])(?=[A-Z\u00c0-\u00de])")


def _hashtag_words(text: str, found: list[Word]) -> list[Word]:
    """``found`` with each word right after a "#" that runs words together in camel case
    ("#DenizYilmaz's", "#FreeShirinRahmani") cut into its words, with no gap between them
    (``monitor.core.match`` reads two words with no gap as two parts of one name)."""
    result: list[Word] = []
    for w in found:
        raw = text[w.start : w.end]
        if w.start and text[w.start - 1] == "#" and not w.forms and not raw.isupper():
            cuts = [0, *(m.start() for m in CAMEL_BREAK.finditer(raw)), len(raw)]
            if len(cuts) > 2:
                result += (
                    Word(w.start + a, w.start + b, fold_word(raw[a:b]), True)
                    for a, b in pairwise(cuts)
                )
                continue
        result.append(w)
    return result


def _ascii_words(text: str) -> list[Word]:
    """``words`` of a text whose letters and digits are all ASCII: a word starts at a
    capital A-Z after no letter, and its folded form is its lower case; the rest as
    ``words`` reads it. Whether a particle's last letters may stand before the word, or a
    hyphen or apostrophe after it, the pattern's groups tell (``ASCII_WORD``)."""
    found: list[Word] = []
    append = found.append
    for m in ASCII_WORD.finditer(text):
        if m.lastindex is None:  # (most words)
            append(_word((*m.span(), m[0].lower(), True, (), False)))
            continue
        start, end = m.span()
        if m[1] is not None:
            found += _particles_before(text, start, found[-1].end if found else 0)
        if m[2] is None:
            append(_word((start, end, m[0].lower(), True, (), False)))
        else:
            _add_joined(found, text, start, end, m[0].lower())
    return found


def _add_joined(found: list[Word], text: str, start: int, end: int, folded: str) -> None:
    """Add the word ``text[start:end]`` (folded ``folded``), followed by a hyphen or an
    apostrophe: with the rest of a word hyphenated across a line break ("Dzhaki-\nshev"),
    and then a lower-case word glued to it ("Chi-fung")."""
    soft = SOFT_BREAK_WORD.match(text, end)
    if soft and soft.group(1)[0].islower():
        folded += fold_word(soft.group(1))
        end = soft.end()
    found.append(Word(start, end, folded, True))
    glued = GLUED.match(text, end)
    if glued and glued.group(1)[0].islower():
        found.append(Word(glued.start(1), glued.end(), fold_word(glued.group(1)), False))


JOINERS = frozenset("-‐‑'’")
SEPARATORS = JOINERS | {" "}
_word = partial(tuple.__new__, Word)  # Word(*fields), made without a call of Python code


def _particles_before(text: str, start: int, floor: int) -> list[Word]:
    """Up to two particles before a name: "al-Baqer", "van der Berg"."""
    particles: list[Word] = []
    at = start
    while len(particles) < 2 and (p := PARTICLE_BEFORE.search(text, max(floor, at - 8), at)):
        particles.insert(0, Word(p.start(1), p.end(1), p.group(1), False))
        at = p.start()
    return particles


def _all_words(text: str) -> list[Word]:
    found: list[Word] = []
    for m in WORD.finditer(text):
        raw = m.group()
        if found and raw[0].islower() and SOFT_BREAK.fullmatch(text, found[-1].end, m.start()):
            prev = found.pop()
            found.append(Word(prev.start, m.end(), prev.folded + fold_word(raw), prev.capital))
        elif not UNSPACED.search(raw):
            found.append(Word(m.start(), m.end(), fold_word(raw), not raw[0].islower()))
    return found


WORD = re.compile(r"[^\W\d_]+")
# Words that do not start with an ASCII or a Russian lower-case letter (а-я, ѐ-џ), and name
# particles; the regex engine skips the many words that start in lower case, which is what
# makes this fast.
CANDIDATE = re.compile(r"[A-Z\u00c0-\u042f\u0460-\uffff](?<=[^\W\d_])[^\W\d_]*")
# A letter or digit beyond ASCII (the range first: the regex engine scans for it fast)
NON_ASCII_WORD_CHAR = re.compile(r"[^\x00-\x7f](?<=\w)")
# Name particles: lower-case words that belong to the name they precede ("al-Baqer",
# "van der Berg"), the one list the matcher and the watchlist's name parts share.
PARTICLES_BEFORE = (
    *ARABIC_ARTICLES,
    *"abd abu bin ibn ben bel bint ould ait de del della dos van von der den ter".split(),  # noqa: SIM905
    # "Abdel Aziz", one name however written (Abdelaziz, Abdel-Aziz), as "Abd El-Fattah" is
    *"abdel abdul abdal".split(),  # noqa: SIM905
)
PARTICLE_BEFORE = re.compile(rf"(?<![^\W\d_])({'|'.join(PARTICLES_BEFORE)})[-‐‑'’ ]$")
PARTICLE_ENDS = frozenset(p[-1] for p in PARTICLES_BEFORE)  # a cheap test before the regex
PARTICLE_TAILS = frozenset(p[-2:] for p in PARTICLES_BEFORE)  # (each of two letters or more)
# In a text of ASCII letters: a capital after no letter, and the letters after it (the capital
# first and the look back after it, which the regex engine scans for faster); its group 1 a
# particle's last two letters and a separator right before it (``PARTICLE_TAILS``: then
# ``_particles_before`` looks), its group 2 a hyphen or an apostrophe right after it
# (``JOINERS``: then ``_add_joined`` reads on)
ASCII_WORD = re.compile(
    rf"[A-Z](?<![A-Za-z][A-Z])(?:(?<=({'|'.join(sorted(PARTICLE_TAILS))})[-‐‑'’ ][A-Z]))?"
    r"[A-Za-z]*(?:(?=([-‐‑'’])))?"
)
SOFT_BREAK_WORD = re.compile(r"-[ \t]*\r?\n[ \t]*([^\W\d_]+)")
GLUED = re.compile(r"[-‐‑'’]([^\W\d_]+)")


fold_word = lru_cache(maxsize=262_144)(fold)


# ... those a name's words may include ("Abd El-Fattah"): all but "il", which is read only
# in front of a name already found
PARTICLES = frozenset(PARTICLES_BEFORE) - {"il"}
# A title that opens a listed name of this many words or more is no part of it ("Sheikh
# Abdullah Karimi"; ``name_parts``, and ``match`` compiling names in blocks)
TITLED_MIN_WORDS = 3


def is_title(folded: str) -> bool:
    """Whether a folded word of a listed name is an honorific, with its full stop or
    without ("Fr." as "Fr": ``wordlists.HONORIFICS``)."""
    return folded in HONORIFICS or folded.rstrip(".") in HONORIFICS


def name_parts(name: str) -> list[str]:
    """The whitespace-separated parts of a watchlist name, particles joined to what
    follows: "Alaa Abd El-Fattah" → ["Alaa", "Abd El-Fattah"]. In a Vietnamese name
    ("Dương Văn Thái", "Nguyen Van Dai") "Van" is a middle name, not the Dutch particle:
    the last word stays a part of its own, as news writes it alone ("Thai said"). A title
    that opens a name of three words or more is none of its parts ("Sheikh Abdullah
    Karimi" → ["Abdullah", "Karimi"]; ``wordlists.HONORIFICS``)."""
    split = name.split()
    if len(split) >= TITLED_MIN_WORDS and is_title(fold_word(split[0])):
        split = split[1:]
    return parts_of_words(split, fold_word)


def parts_of_words(split: list[str], folded: Callable[[str], str]) -> list[str]:
    """``name_parts`` of a name cut at whitespace into ``split``, each word folded by
    ``folded`` (``fold``'s; when the words are folded already, a lookup)."""
    parts: list[str] = []
    pending = ""
    vietnamese = len(split) >= 3 and folded(split[0]) in VIETNAMESE_FAMILY_NAMES
    for part in split:
        its = folded(part)
        if its in PARTICLES and not (vietnamese and its == "van"):
            pending = f"{pending} {part}" if pending else part
            continue
        parts.append(f"{pending} {part}" if pending else part)
        pending = ""
    if pending:
        parts.append(pending)
    return parts


ARTICLE_BEFORE = re.compile(r"(?:al|el|ul)[-‐‑'’ ]\s*(?=[^\W\d_]{3})", re.I)


def without_article(part: str) -> str | None:
    """A surname without its Arabic article, as news often writes it later ("al-Ghamdi"
    → "Ghamdi"), or None when it has none."""
    m = ARTICLE_BEFORE.match(part)
    return part[m.end() :] if m else None


# A word of this many letters or fewer that news may write joined to the word beside it,
# and the fewest letters of the word so made: "Omid Reza" → "Omidreza", "Mir Sayafi" →
# "Mirsayafi", "Thu Zar" → "Thuzar" (``joined_spellings``)
JOINED_WORD_MAX = 4
JOINED_MIN = 6
JOINED_MAX_WORDS = 5  # (the spellings of a name grow with the pairs it can join)


def joined_spellings(name: str) -> list[str]:
    """The spellings of ``name`` with one or more pairs of words beside each other written
    as one, as news writes Persian compound names, a "Mir" before a name and Burmese
    syllables: "Omid Reza Mir Sayafi" → "Omidreza Mir Sayafi", "Omid Reza Mirsayafi",
    "Omidreza Mirsayafi", ... A pair joins when one of its words is short and the word
    made is long enough (``JOINED_WORD_MAX``, ``JOINED_MIN``); never a particle, a
    Vietnamese name or one with a word twice ("Than Than Aye": ``match``'s doubled
    parts), and never the whole name made one word ("Liming" is no Li Ming)."""
    split = name.split()
    # (two words joined would be the whole name: a name of two words has none)
    if not 3 <= len(split) <= JOINED_MAX_WORDS or not all(
        w.isascii() and w.isalpha() and w[0].isupper() for w in split
    ):
        return []
    folded = [w.casefold() for w in split]
    if (
        folded[0] in VIETNAMESE_FAMILY_NAMES
        or not PARTICLES.isdisjoint(folded)
        or len(set(folded)) < len(folded)  # (a Burmese doubled syllable: "Than Than Aye")
    ):
        return []
    joinable = [
        min(len(a), len(b)) <= JOINED_WORD_MAX and len(a) + len(b) >= JOINED_MIN
        for a, b in pairwise(split)
    ]
    if not any(joinable):
        return []
    found: list[str] = []
    for mask in range(1, 1 << len(joinable)):
        pairs = [i for i in range(len(joinable)) if mask >> i & 1]
        if not all(joinable[i] for i in pairs) or any(b - a == 1 for a, b in pairwise(pairs)):
            continue  # (pairs apart: no three words made one)
        words_made: list[str] = []
        for i, w in enumerate(split):
            if i - 1 in pairs:
                words_made[-1] += w.casefold()
            else:
                words_made.append(w)
        if len(words_made) == 1:
            continue
        found.append(" ".join(words_made))
    return found


# The Malay words for "son of" and "daughter of" between a given name and the father's,
# which Malaysian, Singaporean and Bruneian news leaves out ("Anwar Ibrahim" for Anwar bin
# Ibrahim), as Arab news may ("Faisal Ali Nasser" for Faisal bin Ali Nasser)
NASAB_LEFT_OUT = frozenset({"bin", "binti", "binte", "bte"})
# Titles that South Asian and Gulf news writes with the given name alone as the person's
# usual name ("Sheikh Hasina" for Sheikh Hasina Wajed, "Sheikh Rasheed" for Sheikh
# Rasheed Ahmad; ``match`` reads such a spelling only with no other name after it)
TITLES_WITH_GIVEN = frozenset({"sheikh", "shaikh", "father"})
# A clerical title that a list abbreviates ("Fr. Praveen Mahesan") and news writes in full
# before the given name alone, as Catholic priests are called ("Father Praveen"): the title
# as listed (folded, its full stop off) → the word news writes
CLERICAL_WITH_GIVEN = {"fr": "Father"}


# A compound name of South Asian news hyphenated around the Arabic article ("Shifa-ur-Rahman",
# "Zia-ul-Haq", "Israr-ud-Din"), which news also writes apart ("Shifa ur Rehman")
ARTICLE_COMPOUND = re.compile(r"([^\W\d_]{3,})-(u[rldsztn]|ush)-([^\W\d_]{3,})", re.I)
# A woman's surname of the Persian and Urdu feminine of Khan, which news writes Khan ("Aleema
# Khan" for Aleema Khanum)
KHANUM = re.compile(r"(?<=\s)(Khan)(?:um|am|om)$", re.I)
# A French "Ou" opening a name after the Arabic article, before a consonant: the Arabic aw
# (ʿawda) that English spellings write "Aw" ("al-Ouda", "al-Awda"; the ou before a vowel is
# the w of "Oualid", read as a sound: ``name_distance.respellings``)
FRENCH_OU_AW = re.compile(r"(?<![^\W\d_])([AaEe]l[-‐‑ ])Ou(?=[b-df-hj-np-tv-z])")


# The particles of a nasab or a tribe's name ("son of", "of the family of") that news writes
# with or without the Arabic article after them ("Ould el-Dine", "Ould Dine"; "Abu al-Khair",
# "Abu Khair"): a name part's key reads them without it (``part_key``, ``match._Runs``)
NASAB_PARTICLES = frozenset({"ould", "ben", "bin", "ibn", "bint", "abu", "ait"})


def nasab_bare(folded: list[str]) -> list[str]:
    """The folded words of a name part without an Arabic article right after a particle of
    ``NASAB_PARTICLES``: ["ould", "el", "dine"] → ["ould", "dine"]."""
    return [
        w
        for i, w in enumerate(folded)
        if not (i and w in ARABIC_ARTICLES and folded[i - 1] in NASAB_PARTICLES)
    ]


# A syllable of a Chinese or Burmese name in Latin letters, as Hong Kong, Macau, Taiwan,
# Singapore and Myanmar spell them: one vowel run between consonants ("Chi", "fung",
# "Cheuk", "Kwok", "Ng", "Thaik"). An English given name has two or more ("Joshua", "Agnes",
# "Tony"; "Sam" is read as a syllable)
ONE_SYLLABLE = re.compile(r"(?:[b-df-hj-np-tv-xz]{0,3}[aeiouy]+[b-df-hj-np-tv-xz]{0,2}|ng|m)")


def english_name_first(name: str) -> str | None:
    """A Hong Kong list's "Surname Given-name English-name" ("Wong Chi-fung Joshua", "Chow
    Ting Agnes", "Chan Ho Tin Andy") in the order news writes it, the English name first
    ("Joshua Wong Chi-fung", as "Jimmy Lai Chee-ying" is listed): what news shortens to
    "Joshua Wong" and "Wong". The family name is one syllable, the Chinese given name one or
    more (each word, and each half of a hyphenated one), the last word of several syllables;
    and the family name is one its language writes first (``SURNAMES_FIRST``) or the given
    name is hyphenated ("Chung Hon-lam Tony"). None for any other name ("John Paul
    Mackenzie", "Chan Kin Man")."""
    family = name[: name.find(" ")].lower()  # (the cheap tests first: most names fail them)
    if not ONE_SYLLABLE.fullmatch(family):
        return None
    split = name.split()
    if not 3 <= len(split) <= 4 or not all(w.isascii() and w[:1].isupper() for w in split):
        return None
    *chinese, english = (w.lower() for w in split)
    if "-" in english or not english.isalpha() or ONE_SYLLABLE.fullmatch(english):
        return None
    family, *given = chinese
    syllables = [s for w in given for s in w.split("-")]
    if not all(map(ONE_SYLLABLE.fullmatch, [family, *syllables])):
        return None
    if family not in SURNAMES_FIRST and not any("-" in w for w in given):
        return None
    return " ".join((split[-1], *split[:-1]))


def in_news_order(name: str) -> str:
    """A listed name (or alias) in the order news writes its words: a Hong Kong list's
    "Wong Chi-fung Joshua" as "Joshua Wong Chi-fung" (``english_name_first``), any other as
    it is. The matcher compiles this spelling in place of the listed one, so that the
    English name is read as a given name (never "Joshua said" as his surname)."""
    if name.count(" ") < 2:
        return name
    return english_name_first(name) or name


def made_spellings(name: str) -> list[str]:
    """The spellings of a listed name (or alias) that news writes and no rule of the
    matcher reads: its words joined (``joined_spellings``), without "bin" or "binti"
    ("Anwar Ibrahim" for Anwar bin Ibrahim), a title and the given name alone ("Sheikh
    Hasina" for Sheikh Hasina Wajed: ``TITLES_WITH_GIVEN``; "Father Praveen" for Fr. Praveen
    Mahesan: ``CLERICAL_WITH_GIVEN``), a compound hyphenated around
    the article written apart ("Shifa ur Rahman": ``ARTICLE_COMPOUND``), "Khan" for
    "Khanum" (``KHANUM``), a French "Ou" after the Arabic article in English ("al-Awda" for
    al-Ouda: ``FRENCH_OU_AW``), a Hangul name in Latin
    letters ("Park Geun Hye" for 박근혜: ``names_ko.hangul_spellings``), a Korean name
    listed in Latin letters as news writes it otherwise ("Ro Su Hui" for Roh Soo-hee:
    ``names_ko.latin_spellings``) and a Wade-Giles
    name in pinyin ("Xie Weidong" for Hsieh Wei-tung: ``names_zh.pinyin_spellings``)."""
    made = joined_spellings(name)
    split = name.split()
    folded = [fold_word(w) for w in split]
    if len(split) >= 3 and any(w in NASAB_LEFT_OUT for w in folded[1:-1]):
        made.append(
            " ".join(w for w, f in zip(split, folded, strict=True) if f not in NASAB_LEFT_OUT)
        )
    if (
        len(split) >= TITLED_MIN_WORDS
        and folded[0] in TITLES_WITH_GIVEN
        and folded[1] not in PARTICLES | NASAB_LEFT_OUT
    ):
        made.append(" ".join(split[:2]))
    if (
        len(split) >= TITLED_MIN_WORDS
        and (title := CLERICAL_WITH_GIVEN.get(folded[0].rstrip(".")))
        and folded[1] not in PARTICLES | NASAB_LEFT_OUT
    ):
        made.append(f"{title} {split[1]}")  # "Father Praveen" for Fr. Praveen Mahesan
    if "-" in name and (apart := ARTICLE_COMPOUND.sub(r"\1 \2 \3", name)) != name:
        made.append(apart)  # "Shifa ur Rahman" for Shifa-ur-Rahman
    if len(split) >= 2 and (khan := KHANUM.sub(r"\1", name)) != name:
        made.append(khan)  # "Aleema Khan" for Aleema Khanum
    if "Ou" in name and (aw := FRENCH_OU_AW.sub(r"\1Aw", name)) != name:
        made.append(aw)  # "Salman al-Awda" for Salman al-Ouda
    made += hangul_spellings(name)
    made += latin_spellings(name)
    made += pinyin_spellings(name)
    return [m for m in dict.fromkeys(made) if m != name]


# "Abdul", "Abdel", "Abd al-" opening a name part of two words or more: the first half of a
# compound name ("Abdul Ghafar", "servant of the Forgiving") that news may leave out
ABD_BEFORE = re.compile(
    r"ab(?:d[aeiu]l|d)[-‐‑'’ ]\s*(?:(?:al|el|ul|ar|as|ad|an|ash)[-‐‑'’ ]\s*)?(?=[^\W\d_]{3})",
    re.I,
)


def without_abd(part: str) -> str | None:
    """A father's name without its "Abdul" ("Abdul Ghafar" → "Ghafar"), as Malay and
    Arab news shortens it after the given names, or None when it has none."""
    m = ABD_BEFORE.match(part)
    return part[m.end() :] if m else None


def part_key(part: str) -> str:
    """The key of a name part of one or more words, ignoring where the words break:
    "Abd El-Fattah", "Abdel Fattah" and "Abd el-Fattah" have one key, and so have "Ould
    el-Dine" and "Ould Dine" (``nasab_bare``)."""
    folded = nasab_bare([w.folded for w in words(part, every=True)])
    return key("".join(key(w) or w for w in folded) or fold(part))
