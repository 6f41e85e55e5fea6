"""Find watchlisted people in text, whatever the spelling.

How a watchlist is compiled (``compile_names``): every spelling of a person (the
name and each alias) is cut into parts, "Alaa Abd El-Fattah" → Alaa | Abd
El-Fattah, and each part gets a role: the first part, middle parts, the last
part. Each part's spelling-family key (``monitor.core.names.key``) goes into a
dictionary, with deletion neighbours for one-letter typos and the surname
without its Russian ending. Matching a text looks every capitalised word (and
runs of up to four words, for "Kara-Murza" or "Abdel Fattah") up in those
dictionaries: the cost grows with the text, not with the watchlist.

What counts as a mention (``find_mentions``):

full name      two or more parts in their order, next to each other ("Mukhtar
               Dzhakishev", "Agnes Chow", "Patrick Zaki"); a patronymic or a middle
               initial may sit in between ("Mukhtar Kabylovich Dzhakishev"), and one
               or two other given names before the surname, as lists shorten names
               ("Mohammed Abdul Razzaq al-Siddiq" for Mohammed al-Siddiq). The given
               name may be in another language's form ("Isaac" for Yitzhak, "Peter" for
               Pyotr: ``names.GIVEN_NAME_FAMILIES``) or a familiar one, Russian or English
               ("Sasha" for Aleksandr, "Larry" for Lawrence; an English one beside the
               surname only).
               In Latin letters a listed woman's surname may take the masculine form
               English gives it, beside her given name only ("Sofya Tikhonov" for
               Sofya Tikhonova; never "Tikhonov" alone, "Oleg Tikhonov" or Russian
               "Софья Тихонов").
shared surname given names listed before one surname ("Arkady and Sofya Tikhonov",
               "Аркадий, Софья и Мария Тихоновы", "Ivan, Olga, and Petr Sidorov"):
               each listed one's name.
surname first  "Dzhakishev Mukhtar"; in a list, "DZHAKISHEV, Mukhtar" (the surname in
               capitals, then a comma; not in a list of "Given SURNAME" names, "Aset
               DZHAKISHEV, Mukhtar ABLYAZOV", nor when the given name goes on with
               another surname, "DZHAKISHEV, Mukhtar Ablyazov").
initial        "M. Dzhakishev", when the initial fits a given name; as South Asian news
               writes them, without the full stop ("M Dzhakishev", "P Varavara Rao") or
               two run together in capitals ("GN Saibaba").
nickname       the listed given name as a nickname in quotes before the surname
               ('Nguyen Thuong "Cuc" Foshee' for Cuc Foshee).
joined         short words of the listed name written as one ("Omidreza Mirsayafi" for
               Omid Reza Mir Sayafi: ``names.joined_spellings``), read from one word only
               ("Can Atalay" is a middle part and a surname, not "Canatalay").
surname only   "Dzhakishev said" counts when the article (title included) also
               names the person by full name, surname first or initial; or, without
               that, when the watchlist marks the person ``distinctive: true``. A
               surname shared by two people named in full goes to the one named
               last before it. A middle part that is a family name ("Laparra" of
               Virginia Laparra Rivas; "Lau" of Kenneth Lau Wai-kit, however short, as
               the name ends in a two-syllable given name) stands alone the same way.
               A surname with the Arabic article is also found
               without it ("Ghamdi" for al-Ghamdi), as news shortens it, and a father's
               name after the given names without its "Abdul" ("Tamrin Ghafar" for
               Tamrin Abdul Ghafar: ``names.without_abd``).
familiar alone a familiar form of a given name alone ("Misha" for Mikhail Orlov), when
               the article names the person in full, no one else it names has that
               given name, and no capitalised word stands beside it ("Misha Belov"),
               but a plea or a function word before it ("Free Misha!", "Justice For Misha").
given alone    a given name alone that opens a sentence ("Youssef was moved" for Youssef
               Bennani), or a clause after the person was named ("However, Bereket was
               released": an Ethiopian name has no surname, and its given name is the
               short form; never "not related to Youssef"), on the same terms, and never
               a common English word ("Grant").
family         a Russian family's surname in the plural alone ("Тихоновы", "адвокат
               Тихоновых") names each listed family member named in full before it.
alias          a watchlist alias in a script written without spaces (Chinese, ...).

A surname right after a capitalised word that is not a title, a role or a function word
belongs to someone else ("Oleg Navalny"), as does one followed by "al-" and a name
("Abdel Fattah al-Sisi"); and so is a name read up to a middle part when another given
name follows ("Tran Van Hung" is not Tran Van Minh, "Nguyen Thi Hoa" not Nguyen Thi Lan:
a Vietnamese middle name, "Van" or "Thi", then the given name), and so is a name read
from a middle part on after another given name ("Nazir Ahmad Mir" is not Shaukat Ahmad
Mir; "Showkat Ahmed Mir", sounding like his, is); and so is a full name inside a longer name:
another given name or "bin", "ibn", "abu" right before it ("Layla Karim Haddad", "Omar bin
Faisal Nasser": a daughter, a son), or another family name right after a name read surname
first ("Salem Tariq Bakri" is not Tariq Salem; not a Spanish second surname, a Cantonese
given name or a part of the person's alias). A word after a full name read in order is the
person's third name ("Amani Mutesi Uwase"), and a part between the given name and the
surname is the person's ("Karim Adel Haddad", "Faisal bin Ali Nasser"). Those others are
never mentions. Nor is a name right after the title of an office its holder serves in
("President Mohammed Karimi", "Foreign Minister Ali Haddad", "Major General Zaw Min Tun":
the serving office-holder), unless the office is one the person held ("former", "ex-",
"jailed", "ousted" before it), an organisation's ("PTI President") or among the person's
own words; nor a listed Burmese name with another syllable between or right after its
words ("Zaw Min Tun", "Zaw Tun Oo" are not Zaw Tun: Burmese has no surname), nor a listed
Vietnamese name with another word between its parts; nor a surname and the first given
name read surname first in running text, past a middle given name ("Khan Mohammed" is not
Mohammad Saleem Khan). A family name of several words read alone ("San Martin") goes to the
listed person the article names with a given name, and words that fit two listed people
alike ("Imran Khan": Imran Riaz Khan, Imran Ahmed Khan Niazi) to the one whose alias in the
Arabic script spells them ("عمران خان"). In a line in capitals or in Title Case, where
every word has a capital, the word before is another's given name when it is known as one
(a listed person's, the Russian dictionary's, one the article writes out in mixed case):
"OLEG NAVALNY SAID" is not Alexei, "COURT FREES NAVALNY" is. A watchlist ``exclude`` phrase
in the same sentence vetoes a mention; ``context`` words anywhere in the article raise its
confidence. One-letter typos and spellings without a Russian ending (Akberdi /
Akberdiyeva) and a consonant added at the end (Jianbing / Jianbin, never a vowel) match
at lower confidence, and only with an exact part beside them or a full mention in the
article. So do spellings that sound the same (``names.sound_key``: Kolesnikova for
Kalesnikava, Igor beside Ihar's surname, a Thai ae written a or e before ng or w: Jangrew
beside Jaengraew's surname); a full name of such parts only counts when
every part sounds the same ("Tofiq Yaqublu" for Tofig Yagublu), and such a surname alone
only as the article spelled it in full, or within the bounded distance of the listed
spelling (``name_distance.near``: vowels, an h, doubled letters at half a letter each, the
bound growing with the length; "Qurbani" after "Mehdi Ghorbani"), never as an aside right
after the full name ("Ramin Deko (Jebrailzade)" is one mention). A French "ou" for the
Arabic w and a Russian ё after a hushing consonant written o or e are respelled before the
sound key is looked up, and kept when near (``name_distance.respellings``: "Yousef
Wazzani" for Youssef Ouazzani, "Zhanibek Quanyshov" for Dzhanibek Kuanyshev); a given name
that sounds alike after an exact surname in a list's "GHORBANI, Mahdi" is the person's.
A title that opens a listed name of three words or more ("Sheikh Abdullah Karimi";
``wordlists.HONORIFICS``) is no part of it: "Sheikh Ibrahim Karimi" is someone else.
Some spellings news writes are made from the listed ones (``names.made_spellings``): the
name without a Malay "bin" ("Anwar Ibrahim"), a "Sheikh" and the given name alone ("Sheikh
Hasina" for Sheikh Hasina Wajed; never with a name after it, "Sheikh Rashid Shafique":
``_titled_otherwise``), a Hangul alias romanized ("Park Geun Hye": ``names_ko``). A
surname of four letters with an inner e for i ("Wesa" for Wisa: ``_e_for_i``) sounds the
same. A father's name with the Arabic article read in his daughter's name ("Al-Sadeq
al-Mahdi" in Maryam al-Sadiq al-Mahdi) is his when the article names her nowhere else.
A final h after a vowel, carried or dropped (Halima for Halimah), and an English j for the
c of Azerbaijani Latin (Sevinj for Sevinc, Jabrayilov for Cabrayilov) sound the same. A
word of the text with a Turkish or Azerbaijani cedilla (ş, ç) is also read without it, so
that a list in plain letters ("Baris Kocak") finds the text's "Barış Koçak", as a list's
"Ayşe Çelik" finds the text's "Ayse Celik".
An h after a consonant added or dropped inside a part of five letters or more ("Shokun" for
Sokun, as Khmer and Ethiopian spellings differ), or moved to another consonant in a part of
eight or more (Shona "Chivunhga" for Chivhunga), is a typo; never a final h ("Smit").
A vowel before the last two letters of a five-letter part heard otherwise ("Tisfu" for
Tesfu) sounds the same, and a given name of eight letters or more one letter off
("Gebrnemedhin") sounds like its own beside its surname: "Gebrnemedhin Tisfu" is
Gebremedhin Tesfu, never "Alexandra Volsky" Aleksandr Volsky (a final vowel is kept).
Beside the exact surname of a few listed people, a given name of six letters or more one
vowel off inside ("Urunboy" for Urinboy) and a short form that opens the listed one or that
it opens ("Nika" for Nikanor, "Daler" for Tajik Daleri; never a woman's ending, Karima for
Karim, a family's, Dalerov, or one letter more but that -i, Fatimat) are the person's. A
surname listed with the Arabic article glued on, as Maghrebi spellings write it
("Lmrabet"), sounds like the article apart with the vowels in ("al-Mourabit"): the same
consonants and final vowel (never "al-Mansour" for Lmansouri).
The French and Egyptian spellings of Arabic letters (ch for sh, c for s or k, ou for w, g
for j), the ta marbuta written -a, -ah or -eh, and a Kazakh -uly or -kyzy for a Russian
-ov or -ova are respelled the same way (``name_distance.respellings``: "Gamal el-Naggar" for
Jamal al-Najjar, "Choukair" for Shuqair, "Kydyrbayev" for Qydyrbaiuly). The vowels a, i
and u are never one sound ("Jamil" is not Jamal, "Khusainov" not Khasanov:
``name_distance.vowels_apart``), a consonant changed before a vowel is another syllable,
not a typo ("Jabbari" is not Jafari), and a listed Vietnamese name is read only as spelled,
diacritics aside, and up to its given name ("Trinh Van Hai" and "Pham Thi Lan" are not Trịnh
Văn Khải and Pham Thi Lan Anh). An English given name before a listed Cantonese name
("Kelvin Ho Ka-wai" for Ho Ka-wai) is the person's own, and a Hong Kong list's order, the
English name last ("Wong Chi-fung Joshua"), is compiled in the order news writes it
("Joshua Wong Chi-fung": ``names.in_news_order``), so that "Joshua Wong" and then "Wong"
are the person and "Joshua" alone is no surname. A Cantonese or Korean given name
that news writes with a hyphen and a lowercase second syllable ("Tong Ying-kit", "Kim
Jong-un") is the listed one written apart ("Tong Ying Kit"), a Vietnamese family name first
or not, and a name read up to its first syllable that goes on with another ("Lee Cheuk-wai",
"Kim Jong-il") is someone else's (``_hyphen_syllable``). A listed name of a family name first
and a given name of two syllables as three words ("Park Min Jun") read without one of the
syllables ("Park Min") is a namesake's, unless the text names the person in full too
(``_given_syllable_left_out``). A Chinese name in Wade-Giles is
read as the pinyin it may stand for (``names_zh``: "Chou Hsiao-ching" for Zhou Xiaoqing)
when the name shows a mark of Wade-Giles (a pinyin "Chen Li" is not Zhen Li), and a name
listed in Wade-Giles is also compiled in pinyin ("Xie Weidong" for Hsieh Wei-tung:
``names_zh.pinyin_spellings``), as a Korean name listed in Latin letters is in the forms
of its family name and 희 that other systems write ("Ro Su-hui" for Roh Soo-hee:
``names_ko.latin_spellings``), and a French "Ou" after the Arabic article as "Aw"
("al-Awda" for al-Ouda); a Thai given name's final s, t or d is one sound for a name listed
in the Thai script too ("Somyot" for Somyos: ``_thai_final_otherwise``). A made spelling
is read over a run of words ("Soo-hui") as the list's own are; only the spellings with
words joined are not (``_not_joined``). A surname exact for one listed person and its
final ة written otherwise for another ("al-Awdah", al-Awda) is read for both, and the
given name beside it tells them apart (``_sounding``). A
Belarusian ць is read as the Russian ть ("Kostyukevich" for Kastsyukevich). A nickname in
quotes between the given name and the surname ("Kittiya “Fon” Wongsawat"; a given name
beside the surname, or before its nickname, with a Thai aspirate's h written or left out:
"Jatupat “Pai”" for Jatuphat, ``_aspirate_otherwise``), the Arabic article
added to a surname listed without it ("Kayed al-Fasfous"), and two initials of which the
first fits ("R.S Kandasamy") are read as the person's name, and so is the listed surname in
brackets after another surname ("Sevinj Abbasova (Vagifgizi)": a married name, then her own).
Of two people listed one letter apart ("Ahmed Mansoor", "Ahmed Mansour"), words spelled as
one of them is listed are that one's, before any alias decides. A short surname (a key of
five letters) with gh for q at its onset ("Gholian" for Qolian), a diphthong for a plain
vowel before a short surname's last letter ("Ghreir" for Ghrer), a Burmese rhyme written
"ine" or "aing" in a listed Burmese name (Khine / Khaing), or a final stop with or without
a silent e ("Thaike" / Thaik), are typos; a given name's short
form as written ("Uladz" for Uladzimir, whose key is Vladimir's) and a Persian "ow" for o
("Khosrow" / Khosro) beside the exact surname are the person's. A desk or an outlet's word
("Head of News", "Director of Media") before a name is no part of it, nor is a religious
title ("Geshe Tsewang Namgyal", "Khenpo", "Ashin", "Ustaz": ``wordlists.TITLES_AND_ROLES``,
and "Lama": ``HONORIFICS_BEFORE``); a Latin
baptismal name before the name ("Paulus Suryanta Ginting" for Surya Anta Ginting:
``BAPTISMAL``) is the person's own.
Beside the exact given name, a surname with the Urdu ے written "ai" or "e" ("Baig" for Beg),
with a final h after a vowel carried or dropped ("Mia" for Miah; never "Sha" for Shah) or a
short one with its vowels moved ("Ltaif" for Letaief) sounds the same
(``_surname_otherwise``, ``_vowels_moved``).
The Arabic article after "Ould", "Ben" or "Abu" is no part of a name's key ("Ould el-Dine"
is Ould Dine: ``names.nasab_bare``), and a priest listed as "Fr. Praveen Mahesan" is also
"Father Praveen" (``names.made_spellings``).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from enum import IntEnum, StrEnum
from functools import lru_cache, partial
from itertools import (
    accumulate,
    chain,
    compress,
    count,
    filterfalse,
    groupby,
    pairwise,
    repeat,
    takewhile,
)
from operator import add, and_, attrgetter, contains, eq, is_, itemgetter, ne, not_, or_
from typing import Any, NamedTuple, TypeVar, overload

import ahocorasick

from monitor.core import name_distance, names_ru, names_zh
from monitor.core.lazy_table import LazyTable
from monitor.core.name_distance import (
    VOWELS,
    e_between,
    e_dropped,
    ending_respelled,
    respellings,
)
from monitor.core.names import (
    ARABIC_ARTICLES,
    CONSONANT_CLASSES,
    FAMILIAR_NAMES,
    NASAB_PARTICLES,
    ONE_SYLLABLE,
    PARTICLES,
    PATRONYMIC,
    TITLED_MIN_WORDS,
    TITLES_WITH_GIVEN,
    UNSPACED,
    UNSPACED_FROM,
    Word,
    familiar,
    fold,
    fold_word,
    folds,
    in_news_order,
    is_title,
    joined_spellings,
    key,
    keys_of,
    known_given,
    listed_familiar,
    made_spellings,
    name_parts,
    nasab_bare,
    own_key,
    part_key,
    parts_of_words,
    sound_key,
    sound_keys_of,
    stem,
    without_abd,
    without_article,
    words,
)
from monitor.core.regex_needs import holds_any
from monitor.core.types import Mention, Person, for_person
from monitor.core.wordlists import (
    BESIDE,
    BURMESE_HONORIFICS,
    BURMESE_MARKS,
    BURMESE_SYLLABLES,
    CALENDAR,
    COMMON_WORDS,
    FUNCTION_WORDS,
    KIN,
    KIN_CALLS,
    NOT_GIVEN_NAMES,
    SINGULARS,
    SPEECH_VERBS,
    SURNAMES_FIRST,
    TITLES_AND_ROLES,
    VIETNAMESE_FAMILY_NAMES,
    alternatives,
)

# Bump whenever compiling or matching changes: compiled names cached on disk
# (monitor.adapters.name_cache) are keyed by it, and a new engine never reads old ones.
ENGINE_VERSION = 152
MAX_RUN = 4  # words joined into one name part: "Abd el - Fattah"
MAX_READINGS = 8  # of one run of words whose Russian words may each be several case forms
TYPO_MIN_LENGTH = 6  # shorter names are too easily one letter from a common word
SWAP_MIN_LENGTH = 5  # but two letters swapped in a five-letter name is still that name
SOUND_MIN_LENGTH = 6  # of a surname's key, to be matched by its sound key (never Trang / Trinh)
LONG_PART_LENGTH = 8  # of a name part's key, whose one slip never makes another name's
GIVEN_SOUND_MIN_LENGTH = 4  # of a given name's key ("Raif")
FUZZY_CACHE_LIMIT = 200_000
COMPILE_BLOCK = 8192  # people cut into parts together (what that takes is let go each block)
_CEDILLA_LETTERS = "şŞçÇğĞ"
CEDILLA_DROPPED = str.maketrans(_CEDILLA_LETTERS, "sScCgG")
_CEDILLAS = re.compile(f"[{_CEDILLA_LETTERS}]")  # (the letters CEDILLA_DROPPED changes)
MIDDLE_ALONE_MIN_LENGTH = 5  # of a middle part's key, to stand alone: a family name, not "Van"
# ... whatever its length when the name ends in a hyphenated given name of two syllables,
# as Cantonese and Korean names do: "Joshua Wong Chi-fung" ... "Wong said"
SYLLABLES_LAST = re.compile(r"\s[A-Z][a-z]+-[a-z]+$")


class Role(IntEnum):
    FIRST = 0
    MIDDLE = 1
    LAST = 2


class How(IntEnum):
    """How a word run matched a name part; lower is better."""

    EXACT = 0  # same key
    ENDING = 1  # same surname without its Russian ending
    TYPO = 2  # one letter added, dropped, changed or swapped
    SOUND = 3  # the same sound key: vowels, g/k/q/h, s/z, ... as another language spells them
    MASCULINE = 4  # her surname in the masculine form, in Latin letters: only with her given name


CONFIDENCE = {
    How.EXACT: 1.0,
    How.ENDING: 0.85,
    How.TYPO: 0.8,
    How.SOUND: 0.75,
    How.MASCULINE: 0.85,
}


class Part(NamedTuple):
    """One part of one spelling of a watchlisted person (a tuple: hundreds of thousands
    of them are read back from the compiled-name cache at each start)."""

    person: int  # index into NameIndex.people
    role: Role
    variant: str  # the watchlist spelling this part comes from
    folded: str  # letters only
    key: str
    suffixed: bool  # a surname with a Russian ending (-ov, -eva, ...)


class PartRow(Sequence[Part]):
    """A key's parts in the order they were compiled (person after person), each made when
    first asked for, with their people and roles in columns read without making them: the
    names cache's tables (``monitor.adapters.name_cache``). A key that thousands of listed
    people share ("Abd El-Fattah") is looked up for the few of them an article names, and
    makes those few parts, not thousands (nor as many objects for the collector to walk).
    ``keys``: where the parts' keys are, to read them without making the parts: the number
    of each part's key (by the part's number) and what spells the key of a number."""

    __slots__ = ("_keys", "_make", "_numbers", "persons", "roles")

    def __init__(
        self,
        persons: list[int],
        roles: list[Role],
        numbers: Sequence[int],
        make: Callable[[int], Part],
        keys: tuple[Sequence[int], Callable[[int], str]] | None = None,
    ) -> None:
        self.persons = persons
        self.roles = roles
        self._numbers = numbers  # each part's number, for ``make``
        self._make = make
        self._keys = keys

    def keys(self) -> list[str]:
        """Each part's key, in order (read in their column, given ``keys``: each distinct
        key spelled once, however many parts share it)."""
        if self._keys is None:
            return list(map(_KEY, self))
        column, spell = self._keys
        at = list(map(column.__getitem__, self._numbers))
        spelled = {n: spell(n) for n in set(at)}
        return list(map(spelled.__getitem__, at))

    def __len__(self) -> int:
        return len(self.persons)

    @overload
    def __getitem__(self, i: int) -> Part: ...
    @overload
    def __getitem__(self, i: slice) -> list[Part]: ...
    def __getitem__(self, i: int | slice) -> Part | list[Part]:
        if isinstance(i, slice):
            return list(map(self._make, self._numbers[i]))
        return self._make(self._numbers[i])

    def __iter__(self) -> Iterator[Part]:
        return map(self._make, self._numbers)

    def __eq__(self, other: object) -> bool:  # (as the list of its parts is)
        if isinstance(other, PartRow | list):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


@dataclass
class NameIndex:
    """A watchlist compiled for matching."""

    people: tuple[Person, ...]
    # The part tables are ``LazyTable``s, whose ``get`` and ``in`` are their own: typed as
    # mappings, so that no code takes them for plain dicts.
    exact: Mapping[str, list[Part]] = field(default_factory=dict)
    bare: Mapping[str, list[Part]] = field(default_factory=dict)  # surname keys without ending
    # the spellings (folded and key) of six letters or more, for one-letter typos
    spelled: Mapping[str, list[Part]] = field(default_factory=dict)
    letters: str = ""  # every letter of those spellings
    sound: Mapping[str, list[Part]] = field(default_factory=dict)  # surnames by sound key
    # Given names are looked up only next to a surname of the same person: a common given
    # name would otherwise stand for thousands of people in a large watchlist.
    first: Mapping[str, dict[int, Part]] = field(default_factory=dict)
    first_sound: Mapping[str, dict[int, Part]] = field(default_factory=dict)
    # Capitalised words that start a sentence far more often than a name ("The", "But"):
    # no run of a name starts at them, unless the watchlist has such a name.
    skip: frozenset[str] = frozenset()
    initials: list[set[str]] = field(default_factory=list)  # per person (shared, never changed)
    unspaced: ahocorasick.Automaton | None = None
    # People whose surname alone can make a reading that counts: distinctive, or one-word
    standalone: frozenset[int] = frozenset()
    fuzzy_cache: dict[str, list[tuple[Part, How]]] = field(default_factory=dict)
    # a run's exact parts but those of spellings with words joined (``_not_joined``)
    unjoined_cache: dict[str, list[Part]] = field(default_factory=dict)
    people_cache: dict[str, _People] = field(default_factory=dict)
    # Words that alone spell no part, not even a letter off (most capitalised words: "Monday",
    # "Ministry"; a Russian word by its spellings, NUL-joined), and runs of such words that
    # spell none together either ("Central Bank": their keys, \1-joined): cleared with
    # ``fuzzy_cache``, whose empty readings they are, or when full.
    inert: set[str] = field(default_factory=set)
    given_cache: dict[str, _Given] = field(default_factory=dict)
    beside_cache: dict[tuple[str, str], _GivenBeside] = field(default_factory=dict)
    # People listed alike (``listed_alike``): the first one's id → the others' ids. Only the
    # first one's names are compiled; the others are found wherever the first one is.
    twins: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Surnames listed with the Arabic article glued on ("Lmrabet"), by their skeleton without
    # it (``_glued``): made when a text first needs it.
    glued: dict[str, tuple[str, ...]] | None = None
    # (first letter, length) of each key of ``first``: made when a long run of words first
    # asks whether a slip of it may be a listed given name (``_may_slip_to``)
    given_shapes: frozenset[tuple[str, int]] | None = None


_ALIKE = attrgetter("name", "aliases", "exclude", "context", "distinctive")


def listed_alike(people: Sequence[Person]) -> list[list[int]]:
    """The people listed more than once alike, each set in the list's order: the same name,
    aliases, ``exclude`` phrases, ``context`` words and ``distinctive`` (merged lists
    repeat people). Nothing in a text tells such entries apart, so each is found as a list
    holding one of them finds that one: the same mentions, and the same events."""
    names = Counter(map(_NAME, people))  # (most names: one person each, gone through in C)
    repeated = set(compress(names, map((1).__lt__, names.values())))
    numbers = list(compress(count(), map(repeated.__contains__, map(_NAME, people))))
    sets = _grouped(map(_ALIKE, map(people.__getitem__, numbers)), numbers)
    return [same for same in sets.values() if len(same) > 1]


def compile_names(people: Sequence[Person]) -> NameIndex:
    """The index of ``people``'s names, its tables made lazily (``LazyTable``).

    Every spelling of every person (the name, then each alias, once each; of people listed
    alike, the first one's: ``NameIndex.twins``) is cut into its parts, all in one row
    (``_Spelt``), and each distinct part's spellings are worked out together
    (``_add_spellings``). Each table then gets, for each of its keys, the text
    (or texts) of the parts it stands for; a key's parts are made when matching first looks
    the key up, from where those texts stand in the row: the very parts, in the very order
    (people, spellings and parts as they come), that filling the tables part by part would
    give. Matching looks up only the keys of the words it meets: most keys of a large
    watchlist never are, and a cold start makes none of their parts."""
    index = NameIndex(people=tuple(people))
    alike = listed_alike(index.people)
    ids = [p.id for p in index.people]
    index.twins = {ids[first]: tuple(map(ids.__getitem__, others)) for first, *others in alike}
    spelt = _Spelt(index.people, frozenset(n for _, *others in alike for n in others))
    known = spelt.known
    # the parts but first ones, by their spellings (a part spelled by no letter: none)
    named = list(
        compress(spelt.by_other, map(_SPELT_FOLDED, map(known.__getitem__, spelt.by_other)))
    )
    spellings = list(map(known.__getitem__, named))
    folded, keys = list(map(_SPELT_FOLDED, spellings)), list(map(_SPELT_KEY, spellings))
    long = list(compress(named, map(SOUND_MIN_LENGTH.__le__, map(len, keys))))
    sounds = sound_keys_of(map(_SPELT_KEY, map(known.__getitem__, long)))
    last = list(compress(named, map(spelt.last.__contains__, named)))
    del spelt.last
    typed = list(map(SWAP_MIN_LENGTH.__le__, map(len, folded)))
    retyped = list(map(and_, map(ne, keys, folded), map(SWAP_MIN_LENGTH.__le__, map(len, keys))))
    spelled = _places(
        [*compress(folded, typed), *compress(keys, retyped)],
        [*compress(named, typed), *compress(named, retyped)],
    )
    index.exact = LazyTable(_places(keys, named), spelt.parts)
    bare_keys = list(map(_SPELT_BARE_KEY, map(known.__getitem__, last)))
    index.bare = LazyTable(_places(bare_keys, last), spelt.last_parts)
    index.spelled = LazyTable(spelled, spelt.parts)
    sound_keys = list(map(sounds.__getitem__, map(_SPELT_KEY, map(known.__getitem__, long))))
    index.sound = LazyTable(_places(sound_keys, long), spelt.parts)
    # first parts of several (given names), looked up beside a surname of the same person
    first: defaultdict[str, list[str]] = defaultdict(list)
    first_sound: defaultdict[str, list[str]] = defaultdict(list)
    for text in spelt.by_first:
        if not known[text].folded:
            continue
        text_key = known[text].key
        # Sasha: Aleksandr(a); a listed "Pat": Patrick, Patricia
        for k in dict.fromkeys((text_key, *familiar(text_key), *listed_familiar(text_key))):
            first[k].append(text)
        if len(text_key) >= GIVEN_SOUND_MIN_LENGTH:
            first_sound[sound_key(text_key)].append(text)
    index.first = LazyTable(first, spelt.given)
    index.first_sound = LazyTable(first_sound, spelt.given)
    index.initials = spelt.initials
    index.letters = _letters_of("".join(spelled))
    alone = set(range(len(index.people))).difference(spelt.with_initials)
    index.standalone = frozenset(alone.union(compress(count(), map(_DISTINCTIVE, index.people))))
    index.skip = frozenset(
        w for w in FUNCTION_WORDS | CALENDAR if key(w) not in index.exact and w not in index.exact
    )
    if spelt.unspaced:
        index.unspaced = unspaced_automaton([(v, (n, v)) for v, n in spelt.unspaced])
    del spelt.unspaced, spelt.with_initials, spelt.found, spelt.shared
    return index


_ASCII = tuple(map(chr, range(128)))


def _letters_of(text: str) -> str:
    """Every character of ``text`` once, in order: of ASCII text, each character looked for
    (a fast scan each), not each of its characters put in a set (most of the time)."""
    if text.isascii():
        return "".join(compress(_ASCII, map(text.__contains__, _ASCII)))
    return "".join(sorted(set(text)))


class PartColumns(NamedTuple):
    """The parts of a compiled index's tables in columns, no part made (``part_columns``):
    each distinct part once, in the order the tables first hold it (table after table, key
    after key), as six columns (``Part``'s fields); each table as its keys, how many parts
    each key has and the parts' numbers in a row."""

    persons: list[int]
    roles: tuple[int, ...]  # (tuples, as the fields of parts zipped: bytes of them are new)
    variants: list[str]
    folded: list[str]
    keys: list[str]
    suffixed: tuple[bool, ...]
    tables: list[tuple[list[str], array[int], array[int]]]  # (arrays of code "I")


PART_TABLES = ("exact", "bare", "spelled", "sound")  # key → [Part, ...]
PERSON_TABLES = ("first", "first_sound")  # key → {person: Part}


def part_columns(index: NameIndex) -> PartColumns | None:
    """The tables of ``index`` in columns (``PartColumns``), taken straight from the row its
    names were compiled in (``_Spelt``), without making a part: what writing the tables out
    part by part would give, in the same order. None when a table is not as ``compile_names``
    left it (no longer lazy, or not compiled here)."""
    tables = [getattr(index, name) for name in PART_TABLES + PERSON_TABLES]
    places = [t.places if isinstance(t, LazyTable) else None for t in tables]
    spelt = getattr(tables[0].maker, "__self__", None) if places[0] is not None else None
    if not isinstance(spelt, _Spelt):
        return None
    makers = (spelt.parts, spelt.last_parts, spelt.parts, spelt.parts, spelt.given, spelt.given)
    if any(p is None for p in places) or [t.maker for t in tables] != list(makers):
        return None
    return spelt.columns([p for p in places if p is not None])


_SPELT_FOLDED, _SPELT_KEY, _SPELT_BARE_KEY = itemgetter(0), itemgetter(1), itemgetter(2)
_NAME, _ALIASES, _DISTINCTIVE = attrgetter("name"), attrgetter("aliases"), attrgetter("distinctive")
_SEVERAL = (1).__lt__  # of a count of parts (or of aliases)
_ONE, _FIRST = (1).__eq__, itemgetter(0)
_T = TypeVar("_T")
_K = TypeVar("_K")


def _all_distinct(texts: tuple[str, ...]) -> bool:
    return len(set(texts)) == len(texts)


def _grouped(
    keys: Iterable[_K], values: Iterable[_T], groups: defaultdict[_K, list[_T]] | None = None
) -> defaultdict[_K, list[_T]]:
    """Each key's values, in the order they come (grouped in C: no Python code per value),
    added to ``groups`` if given."""
    if groups is None:
        groups = defaultdict(list)
    deque(map(list.append, map(groups.__getitem__, keys), values), maxlen=0)
    return groups


def _places(keys: list[str], texts: list[str]) -> dict[str, str | list[str]]:
    """Each key's text, or its texts where it has several (in the order they come): each
    key's texts grouped in one pass, then a key of one text given that text."""
    if len(keys) != len(texts):
        raise ValueError("a key for each text")
    places: defaultdict[str, Any] = _grouped(keys, texts)
    places.default_factory = None  # (a dict from now on: a key not there is missing)
    ones = list(compress(places, map(_ONE, map(len, places.values()))))
    places.update(zip(ones, map(_FIRST, map(places.__getitem__, ones)), strict=True))
    return places


# What a name part's spelling keeps when particles are joined ("Abd El-Fattah", "Abdel
# Fattah"): its letters, in any case, without spaces, hyphens and apostrophes
# (deleted by ``str.translate``: a pattern of them matches between most two words)
_NOT_JOINED_ALIKE = str.maketrans(dict.fromkeys(" -\u2010\u2011'\u2019"))


def _respelt(owners: list[int], split: list[list[str]], joined: list[int]) -> list[bool] | None:
    """Which spellings to keep when a spelling whose particles were joined to the next word
    has the parts of an earlier one of the person's but for case, spaces, hyphens and
    apostrophes ("Abdel Fattah" and "Abd El-Fattah"): the later adds nothing but its text,
    and as a second part of one key it would make the person's hits be read alone, not
    once for their namesakes (``_alike``). None when every spelling stays. (Worked out in
    C, the spellings a line each: a large list holds thousands of such names.)"""
    people = set(map(owners.__getitem__, joined))
    at = list(compress(count(), map(people.__contains__, owners)))
    at = list(compress(at, map(split.__getitem__, at)))  # (not a spelling matched whole)
    if not at:
        return None
    lines = "\n".join(map("|".join, map(split.__getitem__, at))).casefold()
    shapes = zip(
        map(owners.__getitem__, at), lines.translate(_NOT_JOINED_ALIKE).split("\n"), strict=True
    )
    first = dict(zip(reversed(list(shapes)), reversed(at), strict=True))  # (the first of each)
    if len(first) == len(at):
        return None
    kept = [True] * len(owners)
    deque(map(kept.__setitem__, set(at).difference(first.values()), repeat(False)), maxlen=0)
    return kept


class _Spelt:
    """Every spelling of every person cut into its parts, in one row: the name, then each
    alias, of each person in turn; each spelling's parts, then what else spells one of
    them (the surname without its Arabic article: "Ghamdi" for al-Ghamdi; a part without
    its cedillas: "Ayse Celik" for Ayşe Çelik, the cedilla dropped, not read). Where each
    text stands in the row: ``by_first`` as the first part of several (a given name, which
    the given-name tables read), ``by_other`` as any other part. ``part`` makes the part
    that stands at a place (once); ``known`` holds each text's spellings. A spelling in a
    script written without spaces is matched whole (``unspaced``). People are cut a block
    at a time, so that what cutting them takes is let go block by block."""

    def __init__(self, people: Sequence[Person], unspelt: frozenset[int] = frozenset()) -> None:
        self.unspelt = unspelt  # people whose spellings are left out (listed alike before)
        self.variants: list[str] = []  # each spelling, in the row's order
        self.owners: list[int] = []  # its person
        self.counts: list[int] = []  # its parts (what else spells one comes after them)
        self.starts: list[int] = []  # where its parts start in the row
        self.sources: dict[int, tuple[int, ...]] = {}  # what else spells: which of its parts
        self.unspaced: list[tuple[str, int]] = []
        self.by_first: defaultdict[str, list[int]] = defaultdict(list)
        self.by_other: defaultdict[str, list[int]] = defaultdict(list)
        self.last: set[str] = set()  # the texts of last parts
        self.known: dict[str, Spellings] = {}
        self.made: list[Part | None] = []  # the part at each place, once made
        self.size = 0  # texts in the row
        self.found: dict[int, set[str]] = {}  # each person's initials (if any)
        self.shared: dict[frozenset[str], set[str]] = {}  # each set of initials, once
        # each word met, folded, and those that are particles: worked out once for all
        # blocks (most words, given names and shared surnames, come again and again)
        self.folds: dict[str, str] = {}
        self.particles: set[str] = set()
        self.titles: set[str] = set()  # words met that are honorifics ("Sheikh")
        for start in range(0, len(people), COMPILE_BLOCK):
            self._add(people[start : start + COMPILE_BLOCK], start)
        del self.folds, self.particles, self.titles  # (a string still held would be shared)
        del self.unspelt
        self.made = [None] * self.size
        self.initials, self.with_initials = self._initials(len(people))

    def _add(self, people: Sequence[Person], start: int) -> None:
        """Add ``people`` (numbered from ``start``) to the row."""
        # each person's spellings, the name then each alias, once each (made in C): the name
        # and the aliases as they are when no alias is the name nor given twice (most lists)
        # (a Hong Kong list's "Wong Chi-fung Joshua" as news orders it: "Joshua Wong Chi-fung")
        names = list(map(in_news_order, map(_NAME, people)))
        aliases = list(map(tuple, map(partial(map, in_news_order), map(_ALIASES, people))))
        # the spellings news writes that no rule reads (``names.made_spellings``): short
        # words joined ("Omidreza Mirsayafi" for Omid Reza Mir Sayafi), "bin" left out, a
        # title with the given name ("Sheikh Hasina"), a Hangul name in Latin letters;
        # after the person's own
        for n, name in enumerate(names):
            if made := [*chain.from_iterable(map(made_spellings, (name, *aliases[n])))]:
                aliases[n] = (*aliases[n], *made)
        spellings: list[Collection[str]] = list(map(add, zip(names), aliases))
        if any(map(contains, aliases, names)) or not all(
            map(_all_distinct, compress(aliases, map(_SEVERAL, map(len, aliases))))
        ):
            spellings = list(map(dict.fromkeys, spellings))
        del names, aliases
        for n in self.unspelt.intersection(range(start, start + len(people))):
            spellings[n - start] = {}
        variants: list[str] = list(chain.from_iterable(spellings))
        owners: list[int] = list(
            chain.from_iterable(map(repeat, count(start), map(len, spellings)))
        )
        del spellings
        split: list[list[str]] = list(map(str.split, variants))
        wide = list(compress(count(), map(not_, map(str.isascii, variants))))  # (not ASCII)
        far = list(
            compress(wide, map(UNSPACED_FROM.__le__, map(max, map(variants.__getitem__, wide))))
        )
        for i in compress(far, map(UNSPACED.search, map(variants.__getitem__, far))):
            split[i] = []
        folded = self.folds  # (a part of one word: its fold, as ``name_parts`` folds them)
        words = list(set(chain.from_iterable(split)).difference(folded))
        folded.update(zip(words, folds(words), strict=True))
        particles = self.particles
        particles.update(compress(words, map(PARTICLES.__contains__, map(folded.get, words))))
        titles = self.titles
        titles.update(compress(words, map(is_title, map(folded.__getitem__, words))))
        if titles:  # "Sheikh Abdullah Karimi": the title is no part ("Sheikh Ibrahim Karimi")
            for i in compress(count(), map(not_, map(titles.isdisjoint, split))):
                if len(split[i]) >= TITLED_MIN_WORDS and split[i][0] in titles:
                    split[i] = split[i][1:]
        if particles:
            fold_of = folded.__getitem__  # (as ``name_parts`` folds them)
            joined = list(compress(count(), map(not_, map(particles.isdisjoint, split))))
            for i in joined:
                split[i] = parts_of_words(split[i], fold_of)
            if kept := _respelt(owners, split, joined):
                variants = list(compress(variants, kept))
                owners = list(compress(owners, kept))
                split = list(compress(split, kept))
                wide = list(compress(count(), map(not_, map(str.isascii, variants))))
        counts = list(map(len, split))
        self.unspaced += [(variants[i], owners[i]) for i in compress(count(), map(not_, counts))]
        several = list(compress(count(), map(_SEVERAL, counts)))
        more: dict[int, list[tuple[int, str]]] = {}  # what else spells a part: (the part, text)
        heads = map(_HEAD, map(itemgetter(-1), map(split.__getitem__, several)))
        for i in compress(several, map(_ARTICLE_HEADS.__contains__, heads)):
            if bare := without_article(split[i][-1]):
                more[i] = [(counts[i] - 1, bare)]
        # a father's name "Abdul Ghafar" after the given names, which news shortens to its
        # second word ("Tamrin Ghafar" for Tamrin Abdul Ghafar)
        heads = map(_HEAD, map(itemgetter(-1), map(split.__getitem__, several)))
        for i in compress(several, map(_ABD_HEADS.__contains__, heads)):
            if bare := without_abd(split[i][-1]):
                more[i] = [(counts[i] - 1, bare)]
        if _CEDILLAS.search("\n".join(map(variants.__getitem__, wide))):
            for i in wide:
                if counts[i] and _CEDILLAS.search(variants[i]):
                    more.setdefault(i, []).extend(
                        (at, text.translate(CEDILLA_DROPPED))
                        for at, text in enumerate(split[i])
                        if text.translate(CEDILLA_DROPPED) != text
                    )
        self.last.update(map(_LAST, compress(split, counts)))  # (the last parts' texts)
        for i, extra in more.items():
            split[i] = [*split[i], *(text for _, text in extra)]
        texts: list[str] = list(chain.from_iterable(split))
        row = self.size  # where this block's texts start in the row
        self.size += len(texts)
        starts = list(accumulate(map(len, split), initial=0))  # (in this block's texts)
        starts.pop()
        del split
        # where the first parts of several stand (with their people), and what else spells
        # a first or a last part
        firsts = list(
            zip(map(starts.__getitem__, several), map(owners.__getitem__, several), strict=True)
        )
        for i, extra in more.items():
            for at, (source, text) in enumerate(extra, starts[i] + counts[i]):
                if source == 0 and counts[i] > 1:
                    firsts.append((at, owners[i]))
                elif source == counts[i] - 1:
                    self.last.add(text)
        if more:
            firsts.sort()
        at_first = list(map(itemgetter(0), firsts))
        other = bytearray(b"\1") * len(texts)  # (whether a text is not a first part)
        deque(map(other.__setitem__, at_first, repeat(0)), maxlen=0)
        _grouped(map(texts.__getitem__, at_first), map(add, at_first, repeat(row)), self.by_first)
        _grouped(compress(texts, other), compress(range(row, self.size), other), self.by_other)
        _add_spellings(self.known, texts, folded)
        del folded
        # each person's initials: worked out once for each distinct run of first parts
        # (most people's are a given name and its transliteration), one set for each set
        persons: defaultdict[int, list[str]] = defaultdict(list)
        deque(
            map(
                list.append,
                map(persons.__getitem__, map(_AT_PERSON, firsts)),
                map(texts.__getitem__, at_first),
            ),
            maxlen=0,
        )
        runs = list(map(tuple, persons.values()))
        distinct = list(dict.fromkeys(runs))
        sets = dict(zip(distinct, map(self._initials_of, distinct), strict=True))
        initials = list(map(sets.__getitem__, runs))
        self.found.update(compress(zip(persons, initials, strict=True), initials))
        base = len(self.variants)
        self.sources.update((base + i, tuple(at for at, _ in extra)) for i, extra in more.items())
        self.variants += variants
        self.owners += owners
        self.counts += counts
        self.starts += map(add, starts, repeat(row))

    def part(self, at: int, text: str) -> Part:
        """The part that stands at ``at`` in the row (spelled by ``text``)."""
        made = self.made[at]
        if made is None:
            i = bisect_right(self.starts, at) - 1
            j, parts = at - self.starts[i], self.counts[i]
            roles = _ROLES[parts] if parts < len(_ROLES) else _spelling_roles(parts)
            role = roles[j] if j < parts else roles[self.sources[i][j - parts]]
            spelt = self.known[text]
            fields = (self.owners[i], role, self.variants[i], spelt.folded, spelt.key)
            made = self.made[at] = _part((*fields, spelt.suffixed))
        return made

    def _made(self, where: dict[str, list[int]], texts: str | list[str]) -> Iterator[Part]:
        """The parts ``texts`` spell where they stand in ``where``, in the row's order."""
        if isinstance(texts, str):
            return map(self.part, where[texts], repeat(texts))
        at = sorted(chain.from_iterable(zip(where[t], repeat(t)) for t in texts))
        return map(self.part, map(itemgetter(0), at), map(itemgetter(1), at))

    def parts(self, texts: str | list[str]) -> list[Part]:
        """The parts (but first ones) that ``texts`` spell, in the row's order; a part twice
        in one person's spelling ("Ana Bel Bel Cruz") once."""
        parts = list(self._made(self.by_other, texts))
        return list(dict.fromkeys(parts)) if len(parts) > 1 else parts

    def last_parts(self, texts: str | list[str]) -> list[Part]:
        return [part for part in self.parts(texts) if part.role is Role.LAST]

    def given(self, texts: str | list[str]) -> dict[int, Part]:
        """The first parts that ``texts`` spell, by person: each person's first one."""
        people: dict[int, Part] = {}
        for part in self._made(self.by_first, texts):
            if part.person not in people:
                people[part.person] = part
        return people

    def columns(self, places: list[Mapping[str, str | list[str]]]) -> PartColumns:
        """The tables whose keys' places are ``places`` (``PART_TABLES`` then
        ``PERSON_TABLES``, as ``compile_names`` made them) in columns: each key's parts as
        ``parts``, ``last_parts`` and ``given`` give them, but as places in the row."""
        sizes = list(self.counts)  # each spelling's texts in the row
        roles = [_ROLES[n] if n < len(_ROLES) else _spelling_roles(n) for n in sizes]
        for i, sources in self.sources.items():
            sizes[i] += len(sources)
            roles[i] = (*roles[i], *map(roles[i].__getitem__, sources))
        spelling_at = array("I", chain.from_iterable(map(repeat, count(), sizes)))  # (compact)
        role_at = bytes(chain.from_iterable(roles))
        del roles
        text_at: list[str] = [""] * self.size
        for where in (self.by_first, self.by_other):
            texts = chain.from_iterable(map(repeat, where.keys(), map(len, where.values())))
            deque(map(text_at.__setitem__, chain.from_iterable(where.values()), texts), maxlen=0)
        twins = self._twins(sizes, role_at, text_at)
        by_other, by_first, owners = self.by_other, self.by_first, self.owners

        def others(texts: str | list[str]) -> list[int]:
            if type(texts) is str:
                return by_other[texts]
            return sorted(chain.from_iterable(map(by_other.__getitem__, dict.fromkeys(texts))))

        def firsts(texts: str | list[str]) -> list[int]:
            if type(texts) is str:
                at = by_first[texts]
            else:
                at = sorted(chain.from_iterable(map(by_first.__getitem__, dict.fromkeys(texts))))
            persons = list(map(owners.__getitem__, map(spelling_at.__getitem__, at)))
            if len(set(persons)) == len(persons):
                return at
            first: dict[int, int] = {}  # each person's first part
            deque(map(first.setdefault, persons, at), maxlen=0)
            return list(first.values())

        is_last = role_at.translate(_IS_LAST)

        def lasts(at: list[int]) -> list[int]:
            return list(compress(at, map(is_last.__getitem__, at)))

        rows: list[list[list[int]]] = []
        for n, at in enumerate(places):
            values = list(map(firsts if n >= len(PART_TABLES) else others, at.values()))
            if twins and n < len(PART_TABLES):
                values = [
                    v if twins.isdisjoint(v) else [p for p in v if p not in twins] for v in values
                ]
            if n == 1:  # bare: the last parts
                values = list(map(lasts, values))
            rows.append(values)
        distinct = list(dict.fromkeys(chain.from_iterable(map(chain.from_iterable, rows))))
        number = dict(zip(distinct, count()))
        tables = [
            (
                list(at),
                array("I", map(len, values)),
                array("I", map(number.__getitem__, chain.from_iterable(values))),
            )
            for at, values in zip(places, rows, strict=True)
        ]
        del rows, number
        spellings = list(map(spelling_at.__getitem__, distinct))
        known = list(map(self.known.__getitem__, map(text_at.__getitem__, distinct)))
        return PartColumns(
            list(map(owners.__getitem__, spellings)),
            tuple(map(role_at.__getitem__, distinct)),
            list(map(self.variants.__getitem__, spellings)),
            list(map(_SPELT_FOLDED, known)),
            list(map(_SPELT_KEY, known)),
            tuple(map(_SPELT_SUFFIXED, known)),
            tables,
        )

    def _twins(self, sizes: list[int], role_at: bytes, text_at: list[str]) -> set[int]:
        """The places (but first ones) whose part equals one before it in its spelling, which
        ``parts`` leaves out ("Ana Bel Bel Cruz": the second "Bel"): only a spelling of four
        parts or more (two middle ones), or with what else spells one, can hold one."""
        twins: set[int] = set()
        known, first = self.known, set(chain.from_iterable(self.by_first.values()))
        for i in chain(compress(count(), map((4).__le__, self.counts)), self.sources):
            seen: set[tuple[int, str, str, bool]] = set()
            for at in range(self.starts[i], self.starts[i] + sizes[i]):
                if at in first:
                    continue
                spelt = known[text_at[at]]
                fields = (role_at[at], spelt.folded, spelt.key, spelt.suffixed)
                if fields in seen:
                    twins.add(at)
                seen.add(fields)
        return twins

    def _initials_of(self, texts: tuple[str, ...]) -> set[str]:
        """The initials of first parts spelled by ``texts`` (one set for each set of
        initials, shared; empty for parts spelled by no letter)."""
        letters: set[str] = set()
        for text in texts:
            spelt = self.known[text]
            if spelt.folded:
                letters.update((spelt.folded[0], spelt.key[:1] or spelt.folded[0]))  # ("¼")
        return self.shared.setdefault(frozenset(letters), letters) if letters else letters

    def _initials(self, people: int) -> tuple[list[set[str]], Iterable[int]]:
        """Each person's initials (those of the first parts of their spellings; one set
        for each set of initials, shared), and the people who have some."""
        none: set[str] = set()
        return list(map(self.found.get, range(people), repeat(none))), self.found.keys()


def _spelling_roles(count: int) -> tuple[Role, ...]:
    """The roles of a spelling's ``count`` parts: the last, else the first, else middle."""
    if count == 1:
        return (Role.LAST,)
    return (Role.FIRST, *[Role.MIDDLE] * (count - 2), Role.LAST)


_ROLES = [(), *map(_spelling_roles, range(1, 9))]  # (the many-parted made when met)
_SPELT_SUFFIXED = itemgetter(3)
_AT_PERSON = itemgetter(1)  # of a (place, person) pair


_IS_LAST = bytes(role is Role.LAST for role in map(Role, range(len(Role)))).ljust(256, b"\0")


# how ``without_article``'s matches start (its pattern ignores case: no letter but A, E,
# U and L themselves matches them so)
_ARTICLE_HEADS = frozenset(a + b for a in "aeuAEU" for b in "lL")
_ABD_HEADS = frozenset(a + b for a in "aA" for b in "bB")  # (what ``without_abd`` may shorten)
_HEAD, _LAST = itemgetter(slice(0, 2)), itemgetter(-1)


def unspaced_automaton(entries: Iterable[tuple[str, tuple[int, str]]]) -> ahocorasick.Automaton:
    """The automaton of aliases in scripts written without spaces: each alias → (person,
    alias), a later entry of one alias replacing the earlier (as ``items()`` gives them back)."""
    automaton = ahocorasick.Automaton()
    for word, value in entries:
        automaton.add_word(word, value)
    automaton.make_automaton()
    return automaton


_part = partial(tuple.__new__, Part)  # Part(*fields), made in C


class Spellings(NamedTuple):
    """What a name part is looked up by."""

    folded: str  # its letters, folded
    key: str  # ``names.part_key``
    bare_key: str  # the key without a Russian ending (``names.stem``)
    suffixed: bool  # whether it had one


def _add_spellings(
    known: dict[str, Spellings], texts: Iterable[str], done: Mapping[str, str] | None = None
) -> None:
    """Add the spellings of each name part in ``texts`` to ``known``: the same as
    ``part_key`` and ``stem`` give one by one, worked out together (``names.folds``,
    ``names.keys_of``): first the folded parts, then the keys of their words and of the
    folded parts without their endings, then of the parts' words' keys joined. ``done``:
    texts already folded (``names.folds``), not folded again."""
    new = list(filterfalse(known.__contains__, dict.fromkeys(texts)))
    # most parts are one word of letters (in a script written with spaces): folded whole
    alone = list(map(str.isalpha, new))
    if UNSPACED.search("\n".join(compress(new, alone))):
        alone = [
            one and not (max(text) >= UNSPACED_FROM and UNSPACED.search(text))
            for text, one in zip(new, alone, strict=True)
        ]
    single = list(compress(new, alone))
    others = list(compress(new, map(not_, alone)))
    split = [[w.folded for w in words(text, every=True)] for text in others]
    fold_of = done or {}
    missing = list(filterfalse(fold_of.__contains__, single))
    if missing:  # (``done`` is not copied: it may hold every word of a large watchlist)
        more = dict(zip(missing, folds(missing), strict=True))
        folded: list[str] = list(map(fold_of.get, single, map(more.get, single)))  # type: ignore[arg-type]
    else:
        folded = list(map(fold_of.__getitem__, single))
    folded += map("".join, split)
    # (each part a line: no folded part holds a line break, and the ending is a line's)
    endless = _without_russian_endings("\n".join(folded)).split("\n") if new else []
    own: set[str] = set()  # keys that are their own key (most keys of one word)
    word_keys = keys_of(chain(folded[: len(single)], chain.from_iterable(split), endless), own)
    joined = [word_keys[f] or f for f in folded[: len(single)]]
    joined += [
        "".join(word_keys[w] or w for w in nasab_bare(ws)) or fold(text)
        for text, ws in zip(others, split, strict=True)
    ]
    # a joined key of Latin letters that the words' keying above left as it was, the very
    # string (some: no rule changed the word), is its own key, as keying it again leaves it
    # (the very string: the names cache keeps strings as marshal does, by identity), and so
    # is one that the words' keying found to be (``own``: most of the others); each
    # distinct key the first string of its value, as ``keys_of`` has it
    first = list(dict.fromkeys(joined))
    kept = list(map(and_, map(is_, map(word_keys.get, first), first), map(str.isalpha, first)))
    kept = list(map(and_, kept, map(str.isascii, first)))
    mine = list(map(and_, map(not_, kept), map(own.__contains__, first)))
    part_keys = keys_of(compress(first, map(not_, map(or_, kept, mine))))
    same = list(compress(first, kept))
    part_keys.update(zip(same, same, strict=True))
    owned = list(compress(first, mine))
    part_keys.update(zip(owned, map(own_key, owned), strict=True))
    spellings = zip(
        folded,
        map(part_keys.__getitem__, joined),
        map(word_keys.__getitem__, endless),
        map(ne, endless, folded),
        strict=True,
    )
    known.update(zip(single + others, map(_spellings, spellings), strict=True))


_spellings = partial(tuple.__new__, Spellings)  # Spellings(*fields), made in C


# ``RUSSIAN_ENDING`` a line at a time (each ending at a line's end), its first letter looked
# for first: "(?<=[a-z]{4})(ova|eva|ov|ev)$" tried at every letter takes twice as long
_RUSSIAN_ENDING_BY_LINE = re.compile(r"[oe](?<=[a-z]{5})va?$", re.MULTILINE)
# ... and the lines written backwards, each ending at the start of a line, after its line
# break (a literal, which the pattern engine scans for fast): tried once a line, not at every
# "o" and "e" (a third less time)
_RUSSIAN_ENDING_BACKWARDS = re.compile(r"\na?v[oe](?=[a-z]{4})")


def _without_russian_endings(lines: str) -> str:
    """``_RUSSIAN_ENDING_BY_LINE.sub("", lines)``: the lines written backwards, each after a
    line break, their endings taken off their starts, and written forwards again."""
    return _RUSSIAN_ENDING_BACKWARDS.sub("\n", "\n" + lines[::-1])[:0:-1]


def _one_edit_away(spelling: str, letters: str) -> Iterator[str]:
    """The strings of TYPO_MIN_LENGTH letters or more that ``_one_typo`` may accept for
    ``spelling``: the first letter kept; a letter added, dropped or changed before the
    last two; two letters swapped."""
    n = len(spelling)
    for i in range(1, n):
        head, tail = spelling[:i], spelling[i:]
        if n > TYPO_MIN_LENGTH:
            yield head + tail[1:]  # dropped
        if i < n - 1:
            if n >= SWAP_MIN_LENGTH:
                yield head + tail[1] + tail[0] + tail[2:]  # swapped
            if n + 1 >= TYPO_MIN_LENGTH:
                yield from (head + c + tail for c in letters)  # added
            if i < n - 2 and n >= TYPO_MIN_LENGTH:
                rest = tail[1:]
                yield from (head + c + rest for c in letters if c != tail[0])  # changed
    if n + 1 >= VOWEL_SLIP_MIN_LENGTH or (  # a vowel added right before the last letter
        n + 2 == VOWEL_SLIP_MIN_LENGTH and spelling[-2] in VOWELS  # (beside a vowel: Ghrer)
    ):
        yield from (spelling[:-1] + v + spelling[-1] for v in "aeiou")
    if n + 1 == VOWEL_SLIP_MIN_LENGTH and spelling[-3] in VOWELS and spelling[-2] in VOWELS:
        yield spelling[:-2] + spelling[-1]  # a diphthong's second vowel dropped ("Ghreir")
    if n + 1 >= TYPO_MIN_LENGTH:
        yield from (spelling + c for c in letters if c not in VOWELS)  # a consonant added last


# ---------------------------------------------------------------------------
# Matching


class Hit(NamedTuple):
    """A run of words ``words[first:stop]`` that spells one name part (a tuple: made,
    hashed and compared in C, tens of thousands per article of a large watchlist)."""

    first: int
    stop: int
    part: Part
    how: How


_hit = partial(tuple.__new__, Hit)  # Hit(*fields), made without a call of Python code


class FoundKind(StrEnum):
    """How a reading of the words names its person (its mention's ``rule`` says so in words)."""

    FULL = "full"  # given name(s) and surname, or a one-word name
    SURNAME_FIRST = "surname first"  # "Kozlov Vladimir"
    SHARED = "shared surname"  # "Arkady and Sofya Tikhonov": his given name, hers, theirs
    INITIAL = "initial"  # "V. Kozlov", "Kozlov V."
    SURNAME = "surname"  # alone: kept with a full mention of the person, or if distinctive
    FAMILY = "family"  # a family's plural surname alone ("Тихоновы"): those named before it
    ALIAS = "alias"  # a watchlist alias, as written
    MIDDLE = "middle"  # a middle part alone: never kept


# The members the matcher's loops read, as globals: read off its class, a member goes
# through the __getattr__ hook of the enums' metaclass (Python 3.11), ten times a
# global's cost, and a dense article reads them some four hundred times
HOW_EXACT, HOW_SOUND, HOW_MASCULINE = How.EXACT, How.SOUND, How.MASCULINE
ROLE_FIRST, ROLE_MIDDLE, ROLE_LAST = Role.FIRST, Role.MIDDLE, Role.LAST
KIND_FULL, KIND_SURNAME_FIRST, KIND_SHARED = (
    FoundKind.FULL,
    FoundKind.SURNAME_FIRST,
    FoundKind.SHARED,
)
KIND_INITIAL, KIND_SURNAME, KIND_MIDDLE = FoundKind.INITIAL, FoundKind.SURNAME, FoundKind.MIDDLE


class Found(NamedTuple):
    """A reading of words as a person's name (a tuple: the namesakes of a large watchlist
    read at one place alike are hundreds of copies of one reading)."""

    person: int
    first: int  # word indexes
    stop: int
    kind: FoundKind
    hits: tuple[Hit, ...]
    start: int = -1  # character offsets, for alias matches found outside the word list
    end: int = -1

    @property
    def confidence(self) -> float:
        return CONFIDENCE[self.how] if self.hits else 1.0  # (the worst how, the least)

    @property
    def how(self) -> How:
        hits = self.hits
        if len(hits) == 1:  # (most readings: asked for again and again)
            return hits[0].how
        worst = HOW_EXACT
        for hit in hits:
            if hit.how > worst:
                worst = hit.how
        return worst


def find_mentions(index: NameIndex, text: str) -> list[Mention]:
    """Every mention of a watchlisted person in ``text``, in order of position."""
    mentions = find_mentions_once(index, text)
    if not index.twins or not mentions:
        return mentions
    twins = index.twins
    return sorted(
        chain.from_iterable(
            [m, *(for_person(other, m) for other in twins.get(m.person_id, ()))] for m in mentions
        ),
        key=_MENTION_ORDER,
    )


def find_mentions_once(index: NameIndex, text: str) -> list[Mention]:
    """``find_mentions``, people listed alike found once, as the first of them
    (``NameIndex.twins``)."""
    ws = words(text)
    ascii_ = text.isascii()  # (no Cyrillic word, no alias of a script without spaces)
    if not ascii_ and names_ru.has_cyrillic(text):
        ws = names_ru.with_forms(text, ws)  # "Навального" is also looked up as navalnyi
    if not ascii_ and _CEDILLAS.search(text):
        ws = _with_cedillas_dropped(text, ws)  # "Koçak" is also looked up as kocak
    aliases = [] if ascii_ else _unspaced(index, text)
    hits, copies = _hits(index, text, ws, {f.person for f in aliases})
    found, copies = _combine(index, text, ws, hits, copies)
    found += aliases
    kept, named_in_full = _apply_rules(index, text, ws, found, copies)
    if not kept:
        return []
    folded: list[str] = []

    def folded_text() -> str:  # for context words, only when needed
        if not folded:
            folded.append(fold(text))
        return folded[0]

    read: dict[tuple[object, ...], Mention] = {}  # see _mention
    mentions = [
        _mention(index, text, ws, f, f.person in named_in_full, folded_text, read) for f in kept
    ]
    if named_in_full:
        mentions += _familiar_alone(index, text, ws, mentions, named_in_full)
        mentions += _given_alone(index, text, ws, mentions, named_in_full)
    return sorted(mentions, key=_MENTION_ORDER)


def _with_cedillas_dropped(text: str, ws: list[Word]) -> list[Word]:
    """``ws`` with each word that has a Turkish or Azerbaijani cedilla letter also spelled
    without it: a list written in plain letters has "Baris Kocak" for the Barış Koçak of
    the text, as a list's "Ayşe Çelik" is also found as the text's "Ayse Celik" (``_Spelt``).
    The folded spelling keeps its reading as a sound (ç → ch: Çelik for Chelik)."""
    out = []
    for w in ws:
        spelled = text[w.start : w.end]
        if _CEDILLAS.search(spelled) is None:
            out.append(w)
            continue
        plain = fold(spelled.translate(CEDILLA_DROPPED))
        if plain == w.folded or plain in w.forms:
            out.append(w)
            continue
        out.append(Word(w.start, w.end, w.folded, w.capital, (*w.forms, plain), w.not_name))
    return out


_MENTION_ORDER = attrgetter("start", "person_id", "end")
FAMILIAR_ALONE = "familiar given name, with the full name in the article"


def _familiar_alone(
    index: NameIndex,
    text: str,
    ws: list[Word],
    mentions: list[Mention],
    named_in_full: AbstractSet[int],
) -> list[Mention]:
    """A familiar form of a given name alone ("Misha" for Mikhail Orlov), when the article
    names the person in full and no one else it names has that given name: never beside
    another capitalised word ("Misha Belov" is someone else), nor in an article without
    the full name ("a student called Misha")."""
    familiar_at = [i for i, w in enumerate(ws) if w.capital and w.folded in FAMILIAR_NAMES]
    if not familiar_at:
        return []
    given = _named_by_given(index, named_in_full)
    taken = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for i in familiar_at:
        w = ws[i]
        fulls = familiar(key(w.folded))
        people = {p for k in fulls for p in given.get(k, ())}
        person = _standing_alone(index, text, ws, i, people, set(fulls), mentions, taken)
        if person is None:
            continue
        found.append(
            Mention(
                person.id, w.start, w.end, text[w.start : w.end], w.folded, 0.75, FAMILIAR_ALONE
            )
        )
    return found


def _named_by_given(index: NameIndex, named_in_full: AbstractSet[int]) -> dict[str, set[int]]:
    """Each given name of the people named in full (its key, as a word of the text is
    looked up by: "Temesgen" for Temesghen) → those people."""
    given: dict[str, set[int]] = {}
    for p in named_in_full:
        parts = in_news_order(index.people[p].name).split()
        if len(parts) >= TITLED_MIN_WORDS and is_title(fold_word(parts[0])):
            parts = parts[1:]  # "Fr. Praveen Mahesan": Praveen (``names.name_parts``)
        if len(parts) >= 2:
            folded = fold(parts[0])
            given.setdefault(key(folded), set()).add(p)
            # ... and with a Thai aspirate's h left out ("Jatupat" for Jatuphat)
            if (plain := _ASPIRATE_H.sub("", folded)) != folded and _thai(index.people[p]):
                given.setdefault(key(plain), set()).add(p)
    return given


def _standing_alone(
    index: NameIndex,
    text: str,
    ws: list[Word],
    i: int,
    people: AbstractSet[int],
    fulls: set[str],
    mentions: list[Mention],
    taken: list[tuple[int, int]],
) -> Person | None:
    """The one person named in full whose given name the word at ``i`` is alone, unless it
    is part of another name or a title's ("Misha Belov", "Uncle Misha"; but "Free Misha!",
    "Justice For Misha": a plea or a function word in a headline), a relative's ("his son
    Misha", "Sasha, his daughter,"), or someone else in the article has that given name."""
    w = ws[i]
    if len(people) != 1 or _inside(w.start, taken):
        return None
    if _two_capitals(text, ws, i) or (
        _two_capitals(text, ws, i - 1) and ws[i - 1].folded not in NOT_BEFORE_A_NAME
    ):
        return None
    person = index.people[next(iter(people))]
    if _someones_kin(text, w, person.id, mentions) or _given_shared(text, ws, fulls, taken):
        return None
    return person


GIVEN_ALONE = "given name alone, with the full name in the article"
# where a sentence opens, as its subject: "November 16. Youssef was moved ..." (not "... who
# is not related to Deniz, was convicted", where the name ends a clause)
OPENS_A_SENTENCE = re.compile(r"(?:^|[.!?:]\s+|\n\s*)[\"“‘']?$")
# ... or opens a clause as its subject, after the person was named: after a sentence's
# opening words and a comma ("However, Bereket was released", "On Friday, Bereket"), a
# conjunction ("But Bereket"), "that" ("said that Yonas would") or a subordinating one
# ("while Aziz was sentenced"); never inside a clause ("who is not related to Deniz, was
# convicted", "against Iskander and others")
OPENS_A_CLAUSE = re.compile(
    r"(?:(?:^|[.!?:]\s+|\n\s*)[\"“‘']?(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4},\s+|"
    r"(?:But|And|Yet|So|Then)\s+)|\b(?:that|while|whereas|when|after|before|since|until|"
    r"because|although|though|once)\s+)$"
)


def _given_alone(
    index: NameIndex,
    text: str,
    ws: list[Word],
    mentions: list[Mention],
    named_in_full: AbstractSet[int],
) -> list[Mention]:
    """A given name alone that opens a sentence ("Youssef was moved", as a relative's diary
    or an interview calls him), or, after the person was named, a clause
    (``OPENS_A_CLAUSE``: "However, Bereket was released", as an Ethiopian name's short form
    is its given name), on the terms of a familiar one (``_familiar_alone``): the
    article names the person in full, no one else it names has that given name, no
    capitalised word stands beside it, it is no relative's (``_standing_alone``), and it is
    not a common English word ("Grant")."""
    given = _named_by_given(index, named_in_full)  # "Temesgen" for Temesghen
    at = [
        i
        for i, w in enumerate(ws)
        if w.capital and w.folded not in COMMON_WORDS and key(w.folded) in given
    ]
    if not at:
        return []
    taken = [(m.start, m.end) for m in mentions]
    # where a mention opens: most given names here are a full name's first word, which
    # ``_standing_alone`` would only find inside a mention after a pass over all of them
    opening = {start for start, end in taken if start < end}
    first_at: dict[str, int] = {}  # each person's first mention: where it ends
    for m in mentions:
        first_at.setdefault(m.person_id, m.end)
    found: list[Mention] = []
    for i in at:
        w = ws[i]
        if w.start in opening:
            continue  # inside a mention (its first word)
        k = key(w.folded)
        person = _standing_alone(index, text, ws, i, given[k], {k}, mentions, taken)
        if person is None:
            continue
        if not OPENS_A_SENTENCE.search(text, max(0, w.start - 12), w.start) and (
            w.start < first_at.get(person.id, len(text))
            or not OPENS_A_CLAUSE.search(text, max(0, w.start - 60), w.start)
        ):
            continue  # opening a clause: only after the person was named
        found.append(
            Mention(person.id, w.start, w.end, text[w.start : w.end], w.folded, 0.7, GIVEN_ALONE)
        )
    return found


def _given_shared(text: str, ws: list[Word], fulls: set[str], taken: list[tuple[int, int]]) -> bool:
    """Whether someone not mentioned has one of these given names ("Mikhail Petrov")."""
    for i, w in enumerate(ws[:-1]):
        if _two_capitals(text, ws, i) and not _inside(w.start, taken):
            k = key(w.folded)
            if k in fulls or not fulls.isdisjoint(familiar(k)):
                return True
    return False


# A familiar name with a kin word: "his son Misha", "Volkov's daughter, Sasha", "Sasha, his
# daughter,", "Misha, the eldest son of Volkov," (not "Misha, his mother said,": the kin
# word of an apposition ends it or goes on with "of"). Lower case, plurals included.
_KIN_WORD = alternatives(set(KIN))
_OWNER = r"(?P<own>[Hh]is|[Hh]er|[Tt]heir)"
KIN_BEFORE_FAMILIAR = re.compile(
    rf"\b(?:{_OWNER}\s+)?(?:[a-z0-9-]+\s+)?(?P<kin>{_KIN_WORD})\s*,?\s*$"
)
KIN_AFTER_FAMILIAR = re.compile(
    rf"\s*,\s*(?:{_OWNER}\s+|(?:the|an?)\s+|[A-Z][\w-]*['’]s?\s+)?(?:[a-z0-9-]+\s+)?"
    rf"(?P<kin>{_KIN_WORD})(?=\s*[,.;:)—–]|\s+of\b)"
)
# A relative of the person, earlier in the sentence: "X's mother", "the father of X", "his
# wife" (who calls the person "her son", "his son", "her husband": ``KIN_CALLS``)
_RELATIVE = re.compile(rf"\b(?P<rel>{alternatives(set(KIN_CALLS))})\b")
_OWNED_BY_NAME = re.compile(r"['’]s?\s+(?:[a-z0-9-]+\s+)?$")
_OWNED_BY_PRONOUN = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z0-9-]+\s+)?$")
_OF_NAME = re.compile(r"\s+of\s+(?:[a-z-]+\s+){0,3}")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _someones_kin(text: str, w: Word, person_id: str, mentions: list[Mention]) -> bool:
    """Whether a familiar name is a relative's, by a kin word right before it or by an
    apposition after it ("his son Misha", "Volkov's son Misha", "Sasha, his daughter,"):
    someone else, unless a relative of the person earlier in the sentence speaks of him so
    ("Volkov's mother said her son Misha": the mother's son is the person)."""
    kin = KIN_BEFORE_FAMILIAR.search(text, max(0, w.start - 40), w.start)
    if kin is None:
        kin = KIN_AFTER_FAMILIAR.match(text, w.end)
        if kin is None:
            return False
    own = kin.group("own")
    if own is None:
        return True  # "Volkov's son Misha", "Misha, the eldest son of Volkov,"
    start = 0
    for end in _SENTENCE_END.finditer(text, max(0, w.start - 400), min(w.start, kin.start())):
        start = end.end()
    return not _spoken_of_by_kin(
        text, start, kin.start(), own, _one(kin.group("kin")), person_id, mentions
    )


def _spoken_of_by_kin(
    text: str, start: int, stop: int, own: str, kin: str, person_id: str, mentions: list[Mention]
) -> bool:
    """Whether a relative of the person named between ``start`` and ``stop`` calls him
    ``kin`` with the pronoun ``own`` ("Volkov's mother said her son", "the father of X told
    reporters his son"; not "Volkov's wife said her son")."""
    he = {"his": "he", "her": "she"}.get(own.lower(), "")
    for rel_at in _RELATIVE.finditer(text, start, stop):
        rel = _one(rel_at.group("rel"))
        if kin not in KIN_CALLS.get(rel, ()) or (he and KIN.get(rel, "") not in ("", he)):
            continue
        if _OWNED_BY_PRONOUN.search(text, start, rel_at.start()):
            return True  # "His mother said her son Misha"
        owner = _OWNED_BY_NAME.search(text, start, rel_at.start())
        of = _OF_NAME.match(text, rel_at.end())
        if any(
            m.person_id == person_id
            and ((owner and m.end == owner.start()) or (of and m.start == of.end()))
            for m in mentions
        ):
            return True
    return False


def _one(word: str) -> str:
    """A kin word in the singular ("sons" → "son", "wives" → "wife")."""
    word = word.lower()
    if word in SINGULARS:
        return SINGULARS[word]
    return word[:-1] if word.endswith("s") and word[:-1] in KIN_CALLS.keys() | KIN.keys() else word


# Capitalised words before a familiar name that make it no one else's name: a headline's
# plea ("Free Misha!") and function words in Title Case ("Justice For Misha"; never
# "Justice" itself: "Justice Sasha" is a judge)
NOT_BEFORE_A_NAME = FUNCTION_WORDS | {"free", "release", "save", "freedom"}


def _two_capitals(text: str, ws: list[Word], i: int) -> bool:
    """Whether words ``i`` and ``i + 1`` both start with a capital and only spaces come
    between them: a name of two words ("Misha Belov", "Mikhail Petrov")."""
    if i < 0 or i + 1 >= len(ws):
        return False
    word, after = ws[i], ws[i + 1]
    return word.capital and after.capital and text[word.end : after.start].isspace()


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


class _Slot(NamedTuple):
    """A run of words ``words[first:stop]`` that spells name parts: ``parts`` with one key
    (``key``, how EXACT), or one-word spellings a letter off (``fuzzy``, ``key`` None);
    the people whose middle parts and whose surnames are among them. (A tuple: made in C,
    a few dozen an article.)"""

    first: int
    stop: int
    key: str | None
    parts: Sequence[Part]
    fuzzy: Sequence[tuple[Part, How]]
    middle: frozenset[int]
    last: frozenset[int]
    present: frozenset[int]  # middle | last
    several: frozenset[int]  # people with more than one part of the key


_slot = partial(tuple.__new__, _Slot)  # _Slot(*fields), made without a call of Python code


def _hits(
    index: NameIndex, text: str, ws: list[Word], aliased: set[int]
) -> tuple[list[Hit], _Copies]:
    """Runs of words that spell a surname or a middle name, then the given names of the
    same people right before or after them; only for the people whose hits can make a
    reading that counts (see ``_who_counts``): a part thousands of listed people share
    ("Abd El-Fattah", "Ivanov") then costs a few set operations, not thousands of hits."""
    runs = _Runs(text, ws)
    joins = runs.joins
    slots: list[_Slot] = []
    inert = index.inert
    skip = index.skip
    exact_table = index.exact
    dict_get: Callable[..., list[Part] | None] = dict.get  # (a LazyTable: the parts made so far)
    final = len(ws) - 1
    for i, word in enumerate(ws):
        folded = word.folded
        syllable = False  # a lowercase syllable after a hyphen ("Ying-kit"): spelled exactly
        if not word.capital and folded not in PARTICLES:
            if not _hyphen_syllable(text, ws, i):
                continue
            syllable = True
        if folded in skip:
            continue
        quiet = folded if not word.forms else "\0".join(word.spellings)  # see NameIndex.inert
        joined = i < final and (joins[i] if joins[i] is not None else runs.joined(i))
        if quiet in inert and (not joined or _run_key(runs, i) in inert):
            continue  # a word that spells no part, and no run of words starts at it
        alone: list[tuple[int, str, str]] = []  # the word's own readings
        exact_alone = False  # whether the word alone is some part's exact spelling
        exact_run = False  # whether a run of words is
        exact_after_particle = False  # whether the particle and the word after it are
        for stop, run_folded, run_key in runs.at(i):
            exact = dict_get(exact_table, run_key) or exact_table.get(run_key)  # (made: in C)
            if exact and stop > i + 1:
                exact = _not_joined(index, run_key, exact)
            if exact:
                slots.append(
                    _slot((i, stop, run_key, exact, (), *_people_of(index, run_key, exact)))
                )
                if stop == i + 1:
                    exact_alone = True
                    alone.append((stop, run_folded, run_key))
                else:
                    exact_run = True
                    if stop == i + 2 and word.folded in PARTICLES:  # "al-Awdah": its sounds
                        alone.append((stop, run_folded, run_key))
                        exact_after_particle = True
            elif (
                stop == i + 1
                or (stop == i + 2 and word.folded in PARTICLES)
                or (
                    stop == i + 2
                    and text[word.end : word.end + 1] in _HYPHEN_SET
                    and ws[i + 1].start == word.end + 1
                )
            ):  # a word, or "al-Shehab", "Sanae-sangkhom", a Wade-Giles "Hsiao-ching" as one
                alone.append((stop, run_folded, run_key))
        if syllable:
            continue  # (no typo or sound of a syllable; nor inert: "Kit" may be a typo's)
        spells_nothing = not exact_alone
        for stop, run_folded, run_key in alone:  # typos, endings and sounds: one word, or one run
            fuzzy = (  # Babaryka, exact for Viktar, also sounds as Eduard Babariko
                _sounding(index, run_key)
                if exact_alone or exact_after_particle
                else _fuzzy(index, run_folded, run_key)
            )
            if stop == i + 1 and not word.forms and (masculine := _masculine(index, folded)):
                fuzzy = [*fuzzy, *masculine]  # "Sofya Tikhonov" for Sofya Tikhonova
            if fuzzy:
                middle, last = _roles([part for part, _ in fuzzy])
                slots.append(
                    _slot((i, stop, None, (), fuzzy, middle, last, middle | last, frozenset()))
                )
                # the word, or a Wade-Giles run it opens; a particle that opens a run ("al")
                # is still one that spells nothing alone
                if stop == i + 1 or word.folded not in PARTICLES:
                    spells_nothing = False
        if spells_nothing:
            if len(inert) >= FUZZY_CACHE_LIMIT:
                inert.clear()
            inert.add(quiet)
            if joined and not exact_run and folded not in PARTICLES:
                inert.add(_run_key(runs, i))  # "Central Bank", "Фермеры Северного"
    named: set[int] = set()  # people with a given name beside one of their parts
    beside: list[_Beside] = []  # the given names beside the parts, in order
    odd: set[int] = set()  # people whose given names here only they read so (see _alike)
    around: dict[tuple[int, int], list[_GivenAt]] = {}
    for slot in slots:
        span = (slot.first, slot.stop)
        if span not in around:
            around[span] = _given_runs(index, runs, *span)
        for start, stop, run_key, names in around[span]:
            exact_given, odd_given, sounded = _given_beside(index, run_key, names, slot)
            if exact_given:
                beside.append(_Beside(start, stop, names[0], exact_given, None))
                named |= exact_given
                odd |= odd_given
            for person, part in sounded:  # "Raef" beside Raif's surname
                beside.append(
                    _Beside(start, stop, names[1], set(), Hit(start, stop, part, HOW_SOUND))
                )
                named.add(person)
                odd.add(person)
        if slot.key is not None and 0 < len(slot.last) <= NEAR_GIVEN_MAX_PEOPLE:
            # "Soulaimane" beside Slimane Raissouni's surname: the listed one's vowels written
            # otherwise
            # (and before a nickname in quotes: "Jatupat “Pai” Boonpattararaksa")
            for start in (slot.first - 1, _before_nickname(text, ws, slot.first), slot.stop):
                for person, part in _given_near(index, runs, start, slot.last - named):
                    hit = Hit(start, start + 1, part, HOW_SOUND)
                    beside.append(_Beside(start, start + 1, {}, set(), hit))
                    named.add(person)
                    odd.add(person)
    keep = named | aliased | _who_counts(index, text, ws, slots)
    readers, copies = _alike(index, slots, beside, keep, odd)
    sources: dict[Hit, Sequence[Part] | Mapping[int, Part]] = {}  # (of readers with copies)
    anchors: list[Hit] = []
    for slot in slots:
        if readers.isdisjoint(slot.present):
            continue
        if slot.key is not None:
            made = [
                _hit((slot.first, slot.stop, part, HOW_EXACT))
                for part in _parts_of(slot.parts, readers & slot.present)
            ]
            anchors += made
            if copies:
                for hit in made:
                    sources.setdefault(hit, slot.parts)
        else:
            latin: bool | None = None  # whether the slot's word is in Latin letters
            for part, how in slot.fuzzy:
                if part.person not in readers:
                    continue
                if how is HOW_MASCULINE:
                    if latin is None:
                        w = ws[slot.first]
                        latin = not names_ru.has_cyrillic(text[w.start : w.end])
                    if not latin:
                        continue  # Russian gives her the feminine: "Софья Тихонов" is no one
                anchors.append(Hit(slot.first, slot.stop, part, how))
    given: list[Hit] = []
    for start, stop, firsts, people, sounding_hit in beside:
        if sounding_hit is not None:
            given.append(sounding_hit)
            continue
        made = [
            _hit((start, stop, firsts[person], HOW_EXACT))
            for person in sorted(people if copies is None else people & readers)
        ]
        given += made
        if copies:
            for hit in made:
                sources.setdefault(hit, firsts)
    hits = anchors + list(dict.fromkeys(given))
    if not copies:
        return hits, {}
    made_by = partial(_other_hits, sources, {})
    return hits, {person: [(others, made_by)] for person, others in copies.items()}


# The most people sharing a surname whose given names are each weighed against a word beside
# it (``_given_near``): a surname few listed people have
NEAR_GIVEN_MAX_PEOPLE = 8
NEAR_GIVEN_MIN_LENGTH = 5  # of a word's key weighed so (name_distance.MIN_LENGTH: a vowel less)


def _given_near(
    index: NameIndex, runs: _Runs, start: int, people: AbstractSet[int]
) -> list[tuple[int, Part]]:
    """The (person, given name) of ``people`` whose listed given name the word
    ``runs.ws[start]``, right beside their surname, spells with vowels more or fewer
    (``_vowels_otherwise``), within the bounded distance of its key
    (``name_distance.near``): "Soulaimane" for Slimane, "Yasman" for Yasaman; never
    "Karima" for Karim, "Mahmoud" for Mohamed."""
    ws = runs.ws
    if not people or not 0 <= start < len(ws) or not ws[start].capital or ws[start].forms:
        return []
    run_key = runs.pairs_at(start)[0][2]
    if len(run_key) < SHORT_FORM_MIN_LENGTH or ws[start].folded in NOT_GIVEN_NAMES:
        return []
    found: list[tuple[int, Part]] = []
    for person in sorted(people):
        listed = index.people[person]
        spellings = _listed_spellings(listed)
        for given_key, given_folded in _listed_given_keys(spellings[0], spellings[1:]):
            if (
                (
                    len(run_key) >= NEAR_GIVEN_MIN_LENGTH
                    and _vowels_otherwise(run_key, given_key)
                    and name_distance.near(run_key, given_key)
                )
                or _inner_vowel_changed(run_key, given_key)
                or _short_form(run_key, given_key)
                # as written, where the key is the name's family's ("Uladz" for Uladzimir,
                # whose key is Vladimir's)
                or _short_form(ws[start].folded, given_folded)
                or _ow_for_o(ws[start].folded, given_folded)
                or (_thai(listed) and _aspirate_otherwise(ws[start].folded, given_folded))
            ):
                part = index.first.get(given_key, {}).get(person)
                if part is not None:
                    found.append((person, part))
                    break
    return found


INNER_VOWEL_MIN_LENGTH = 6  # of a given name one inner vowel off ("Jamil" is not Jamal)
SHORT_FORM_MIN_LENGTH = 4  # of a given name's short form ("Nika" for Nikanor)
_GENDER_ENDING = re.compile(r"(?:[ae]|ah)$")  # Karim / Karima, Daniel / Daniele
_FAMILY_ENDING = re.compile(r"(?:ov|ev|in|ich|sk[iy])$")  # Daler / Dalerov: a family's name


def _inner_vowel_changed(spelled: str, listed: str) -> bool:
    """Whether two given names' keys of six letters or more differ in one vowel inside, as
    transliterations write it ("Urunboy" / Urinboy, "Haider" / Haidar): neither the first
    letter nor the last, a gender's or a nisba's ending (Rahila, Karimi)."""
    if len(spelled) != len(listed) or len(listed) < INNER_VOWEL_MIN_LENGTH:
        return False
    apart = [i for i, (a, b) in enumerate(zip(spelled, listed, strict=True)) if a != b]
    return (
        len(apart) == 1
        and 0 < apart[0] < len(listed) - 1
        and spelled[apart[0]] in VOWELS
        and listed[apart[0]] in VOWELS
    )


def _short_form(spelled: str, listed: str) -> bool:
    """Whether one given name's key opens the other's, four letters or more, as a short form
    or a form with an ending another language adds ("Nika" for Nikanor, "Daler" for Tajik
    Daleri): never when the longer one ends as a woman's name does (Karima for Karim,
    Daniele for Daniel, Alexandra for Alex) or as a family's name (Dalerov), nor with one
    letter more but the -i of a Persian or Tajik name (Fatimat is not Fatima)."""
    short, long = (spelled, listed) if len(spelled) < len(listed) else (listed, spelled)
    if len(short) < SHORT_FORM_MIN_LENGTH or len(long) == len(short) or not long.startswith(short):
        return False
    if len(long) == len(short) + 1:  # one letter: only the Persian and Tajik -i of a name
        return long[-1] == "i" and short[-1] not in VOWELS
    return _GENDER_ENDING.search(long) is None and _FAMILY_ENDING.search(long) is None


def _vowels_otherwise(spelled: str, listed: str) -> bool:
    """Whether two keys differ only in vowels more or fewer between the same consonants,
    each run of one's vowels within the other's ("sulaimane" / "slimane", "asman" /
    "asaman"), the first and the last letter the same: never another vowel ("Jongrew" is
    not Jangrew, "Mahmoud" not Mohamed), a consonant more or another ("Stepanie",
    "Golnar"), nor a final vowel added or dropped ("Karima", "Yasmina")."""
    if spelled == listed or spelled[0] != listed[0] or spelled[-1] != listed[-1]:
        return False
    spelled_runs, listed_runs = _CONSONANT.split(spelled), _CONSONANT.split(listed)
    if len(spelled_runs) != len(listed_runs) or not _same_consonants(spelled, listed):
        return False
    return all(
        _within_run(a, b) if len(a) <= len(b) else _within_run(b, a)
        for a, b in zip(spelled_runs, listed_runs, strict=True)
    )


_CONSONANT = re.compile("[^aeiouy]")
_OW = re.compile(r"(?<=o)w(?![aeiouy])")  # the w of a Persian "ow" before no vowel


def _ow_for_o(spelled: str, listed: str) -> bool:
    """Whether two given names differ only in a Persian o written "ow" before a consonant
    or at the end ("Khosrow" / Khosro, "Dowlat" / Dolat); never a w before a vowel."""
    return spelled != listed and _OW.sub("", spelled) == _OW.sub("", listed)


_ASPIRATE_H = re.compile(r"(?<=[ptk])h")  # the h of a Thai aspirate: ph, th, kh
_THAI_SCRIPT = re.compile("[\u0e00-\u0e7f]")


def _thai(person: Person) -> bool:
    """Whether the list writes the person's name in the Thai script too (an alias)."""
    return any(_THAI_SCRIPT.search(alias) for alias in person.aliases)


def _aspirate_otherwise(spelled: str, listed: str) -> bool:
    """Whether two given names differ only in the h that Thai romanizations write or leave
    out after an aspirated p, t or k ("Jatupat" / Jatuphat, "Sutep" / Suthep, "Kanit" /
    Khanit); never another letter ("Jatupon" is not Jatuphat). Asked of a Thai name only
    (``_thai``): in English the ph is an f ("Stepanie" is not Stephanie)."""
    return (
        spelled != listed
        and len(listed) >= SHORT_FORM_MIN_LENGTH
        and _ASPIRATE_H.sub("", spelled) == _ASPIRATE_H.sub("", listed)
    )


def _within_run(short: str, long: str) -> bool:
    """Whether the vowels ``short`` are ``long``'s, in order, some left out."""
    letters = iter(long)
    return all(vowel in letters for vowel in short)


@lru_cache(maxsize=4096)
def _listed_given_keys(name: str, aliases: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The keys of the given names (first parts of several) of a person's spellings, each
    with the given name's letters."""
    keys = (
        (part_key(parts[0]), fold(parts[0]))
        for parts in map(name_parts, (name, *aliases))
        if len(parts) > 1
    )
    return tuple(dict.fromkeys(keys))


# The people of a part whose given name a run of words spells (exactly; those of them whose
# given name has another key, see ``_alike``), and the (person, part) of each whose given
# name the run sounds like (``_one_sound_apart``, ``_vowel_added``)
_GivenBeside = tuple[frozenset[int], frozenset[int], tuple[tuple[int, Part], ...]]


def _given_beside(index: NameIndex, run_key: str, given: _Given, slot: _Slot) -> _GivenBeside:
    """Whose given name the run of words of key ``run_key`` (its given names ``given``) is,
    among the people of ``slot``'s part. Kept in ``index.beside_cache`` by the two keys (a
    fuzzy slot, with no key, is worked out each time): a common given name beside a part
    that thousands of listed people share ("Ahmed" and "Abd El-Fattah") is thousands of
    people each, gone through once."""
    cache_key = (run_key, slot.key) if slot.key is not None else None
    if cache_key is not None:
        known = index.beside_cache.get(cache_key)
        if known is not None:
            return known
    firsts, sounding = given
    present = slot.present
    exact_given = frozenset(_among(firsts, present))
    sounded = tuple(
        (person, part)
        for person in (sorted(_among(sounding, present) - exact_given) if sounding else ())
        if _one_sound_apart(run_key, (part := sounding[person]).key)
        or _vowel_added(run_key, part.key)
        or _otherwise_apart(run_key, part.key)
        or _thai_written_otherwise(run_key, part.key)
        or (_thai_final_otherwise(run_key, part.key) and _thai(index.people[person]))
        or _long_slip(run_key, part.key)
        or e_between(run_key, part.key)
    )
    other_keys = frozenset(  # (their given names' other keys: "Sasha" is Aleksandr's)
        compress(exact_given, map(ne, _given_keys(firsts, exact_given), repeat(run_key)))
    )
    found = (exact_given, other_keys, sounded)
    if cache_key is not None:
        if len(index.beside_cache) >= FUZZY_CACHE_LIMIT:
            index.beside_cache.clear()
        index.beside_cache[cache_key] = found
    return found


def _given_keys(given: Mapping[int, Part], people: Iterable[int]) -> Iterable[str]:
    """The keys of ``people``'s given names in ``given``, without making their parts where
    ``given`` can tell keys alone (``keys_of``: the names cache's tables, ``_Merged``)."""
    keys_of: Callable[[Iterable[int]], list[str]] | None = getattr(given, "keys_of", None)
    if keys_of is None:
        return map(_KEY, map(given.__getitem__, people))
    return keys_of(people)


def _among(given: Mapping[int, Part], present: frozenset[int]) -> AbstractSet[int]:
    """``given.keys() & present``, going through the smaller of the two: a common given name
    and a part that thousands of listed people share are each thousands of people."""
    return present.intersection(given) if len(given) < len(present) else given.keys() & present


class _Beside(NamedTuple):
    """Given names beside a name part: ``people``'s, spelled by the words ``start:stop``
    (their parts in ``firsts``); or one that sounds like the word (``sounding``, its hit)."""

    start: int
    stop: int
    firsts: Mapping[int, Part]
    people: AbstractSet[int]
    sounding: Hit | None


ALIKE_FROM = 16  # people kept in one text, from which those read alike are read once


def _alike(
    index: NameIndex,
    slots: list[_Slot],
    beside: list[_Beside],
    keep: set[int],
    odd: set[int],
) -> tuple[set[int], dict[int, list[int]]] | tuple[set[int], None]:
    """The people of ``keep`` to make hits for, and the others, by the one of them whose
    hits stand for theirs: namesakes that every part and given name found here puts in the
    same sets (the middle parts, the surnames and the given names of each place), with
    one part a key, and with the same initials and ``exclude`` phrases, have the same hits
    but for their parts (the 200 listed "Ahmed Abd El-Fattah" of a large watchlist).
    Fuzzy parts and sounding given names are read person by person (``odd``)."""
    if len(keep) < ALIKE_FROM:
        return keep, None
    alone = set(odd)
    sets: dict[int, AbstractSet[int]] = {}  # (by id: a key's sets are shared by its places)
    for slot in slots:
        if slot.key is None:
            alone.update(map(_PERSON, map(_FIRST, slot.fuzzy)))
            continue
        alone |= slot.several
        sets[id(slot.middle)] = slot.middle
        sets[id(slot.last)] = slot.last
    for entry in beside:
        if entry.sounding is None:
            sets[id(entry.people)] = entry.people
    rest = keep - alone
    blocks: list[set[int]] = [rest] if rest else []
    for people in sets.values():
        if rest.isdisjoint(people):
            continue
        split: list[set[int]] = []
        for block in blocks:
            inside = block & people if len(block) > 1 else block
            if not inside or len(inside) == len(block):
                split.append(block)
            else:
                split += (inside, block - inside)
        blocks = split
    readers = keep & alone
    copies: dict[int, list[int]] = {}
    initials, people_ = index.initials, index.people
    for block in blocks:
        first = min(block)
        readers.add(first)
        if len(block) == 1:
            continue
        mine, exclude = initials[first], people_[first].exclude
        ordered = sorted(block)  # (``first`` the first)
        alike = list(  # (gone through in C: a block may be a hundred namesakes)
            map(
                and_,
                map(eq, map(initials.__getitem__, ordered), repeat(mine)),
                map(eq, map(_EXCLUDE, map(people_.__getitem__, ordered)), repeat(exclude)),
            )
        )
        copies[first] = list(compress(ordered[1:], alike[1:]))
        readers.update(compress(ordered, map(not_, alike)))  # (read alone)
    return readers, copies


def _other_hits(
    sources: dict[Hit, Sequence[Part] | Mapping[int, Part]],
    found: dict[tuple[int, int], tuple[Sequence[int], list[Part]]],
    people: Sequence[int],
    hits: tuple[Hit, ...],
) -> list[tuple[Hit, ...]]:
    """Each of ``people``'s hits at the places of ``hits``, another's whose hits stand for
    theirs (``_alike``), from their sources: a key's parts, or a place's given names (each
    hit's looked up once for them all). ``found`` keeps the parts found for each source and
    list of people (with the list, so that its id stays its own): a key's places share its
    source. Made a hit's column at a time, in C: a hundred namesakes are a hundred hits."""
    columns: list[list[Hit]] = []
    for hit in hits:
        source = sources[hit]
        at = (id(source), id(people))
        known = found.get(at)
        if known is None:
            known = found[at] = (people, _parts_for(source, people))
        first, stop, _, how = hit
        columns.append(list(map(_hit, zip(repeat(first), repeat(stop), known[1], repeat(how)))))
    return list(zip(*columns, strict=True)) if columns else [()] * len(people)


def _parts_for(source: Sequence[Part] | Mapping[int, Part], people: Sequence[int]) -> list[Part]:
    """Each of ``people``'s part in ``source``: a key's parts (their first part of the key,
    found by bisection), or given names by person."""
    if type(source) is list:
        return list(map(source.__getitem__, map(bisect_left, repeat(source), zip(people))))
    if type(source) is PartRow:
        persons = source.persons
        return list(map(source.__getitem__, map(bisect_left, repeat(persons), people)))
    return list(map(source.__getitem__, people))


# A feminine Slavic surname's endings, and the masculine forms English gives it: Tikhonova /
# Tikhonov, Sidorova / Sidorov, Navalnaya / Navalny, Tsikhanouskaya / Tsikhanouski
FEMININE_ENDINGS = ("ova", "eva", "ina", "yna", "aya", "aia")
MASCULINE_OF_ADJECTIVE = re.compile(r"(?<=[a-z]{3}[^aeiouy])(?:iy|yy|yi|ii|y|i)$")


def _masculine(index: NameIndex, folded: str) -> list[tuple[Part, How]]:
    """The listed women's surnames that a folded word spells in the masculine form, as
    English writes a Russian woman's surname ("Sofya Tikhonov" for Sofya Tikhonova,
    "Yulia Navalny" for Yulia Navalnaya). Their hits count only beside her given name, and
    only in Latin letters (``_hits``, ``_combine_one``). Kept in ``index.fuzzy_cache`` by
    the word after a \3, which no folded word has."""
    last = folded[-1:]
    if last == "v" or last == "n":
        if len(folded) < 5 or not folded.endswith(("ov", "ev", "in", "yn")):
            return []
        feminine = folded + "a"
    elif (last == "i" or last == "y") and (m := MASCULINE_OF_ADJECTIVE.search(folded)):
        feminine = folded[: m.start()] + "aya"
    else:
        return []
    cached = index.fuzzy_cache.get("\3" + folded)
    if cached is not None:
        return cached
    found = [
        (part, How.MASCULINE)
        for part in index.exact.get(_part_key_of(feminine), ())
        if part.role is Role.LAST and part.folded.endswith(FEMININE_ENDINGS)
    ]
    if len(index.fuzzy_cache) >= FUZZY_CACHE_LIMIT:
        index.fuzzy_cache.clear()
        index.inert.clear()
    index.fuzzy_cache["\3" + folded] = found
    return found


def _quiet_key(word: Word) -> str:
    """A word's key in ``NameIndex.inert``: its spellings, NUL-joined (as ``_hits`` makes it)."""
    return word.folded if not word.forms else "\0".join(word.spellings)


def _run_key(runs: _Runs, i: int) -> str:
    """The key in ``NameIndex.inert`` of the words that runs starting at ``ws[i]`` join
    (what ``runs.at(i)`` is made of)."""
    ws = runs.ws
    keys = [_quiet_key(ws[i])]
    final = len(ws) - 1
    while len(keys) < MAX_RUN and i < final and runs.joined(i):
        i += 1
        keys.append(_quiet_key(ws[i]))
    return "\1".join(keys)


def _parts_of(parts: Sequence[Part], people: set[int]) -> Iterable[Part]:
    """The parts of ``people`` among ``parts`` of one key, in order. The parts of a key
    are compiled person after person (sorted by person): a few people's parts among the
    thousands that share "Abd El-Fattah" are found by bisection, not by a pass over all
    (nor made, in a ``PartRow``)."""
    if type(parts) is PartRow:
        return _row_parts_of(parts, people)
    if len(parts) <= 4 * len(people):
        return [part for part in parts if part.person in people]
    found: list[Part] = []
    for person in sorted(people):
        at = bisect_left(parts, (person,))  # (a tuple: compared in C, person first)
        while at < len(parts) and parts[at].person == person:
            found.append(parts[at])
            at += 1
    return found


def _row_parts_of(row: PartRow, people: set[int]) -> list[Part]:
    """``_parts_of`` a row, found in its column of people."""
    persons = row.persons
    if len(persons) <= 4 * len(people):
        return list(map(row.__getitem__, compress(count(), map(people.__contains__, persons))))
    found: list[Part] = []
    for person in sorted(people):
        at = bisect_left(persons, person)
        while at < len(persons) and persons[at] == person:
            found.append(row[at])
            at += 1
    return found


def _who_counts(index: NameIndex, text: str, ws: list[Word], slots: list[_Slot]) -> set[int]:
    """The people of ``slots`` whose middle parts and surnames, without a given name or an
    alias, can still make a reading that counts: two parts that can follow one another
    (a middle part, then another middle part of another key or a surname), a surname after
    or before initials, a one-word name, a distinctive surname. Anyone else would only be read as
    a lone "middle" or a "surname" of someone not named in full, which no rule keeps."""
    keep: set[int] = set()
    by_first: dict[int, list[_Slot]] = defaultdict(list)
    for slot in slots:
        by_first[slot.first].append(slot)
    next_at: dict[int, list[int]] = {}
    for slot in slots:
        if slot.last:
            keep |= slot.last & index.standalone
            if (slot.first > 0 and _initial_before(text, ws, slot.first - 1)) or (
                slot.stop < len(ws) and _is_initial(text, ws, slot.stop)  # "Кара-Мурза В. В."
            ):
                keep |= slot.last
        if not slot.middle:
            continue
        if slot.stop not in next_at:
            next_at[slot.stop] = [
                at for at, passed_names in _next_part_at(text, ws, slot.stop) if not passed_names
            ]
        for at in next_at[slot.stop]:
            for after in by_first.get(at, ()):
                if slot.key is None or after.key is None or slot.key != after.key:
                    keep |= slot.middle & (after.middle | after.last)
                else:  # a middle part of the same key cannot follow
                    keep |= slot.middle & after.last
    return keep


def _roles(parts: Sequence[Part]) -> tuple[frozenset[int], frozenset[int]]:
    """The people whose middle parts, and those whose surnames, are among ``parts``."""
    return _roles_of(list(map(_PERSON, parts)), list(map(_ROLE, parts)))


_PERSON, _ROLE, _KEY = itemgetter(0), itemgetter(1), itemgetter(4)  # Part's fields, read in C
_FIRST, _EXCLUDE = itemgetter(0), attrgetter("exclude")


def _roles_of(persons: list[int], roles: list[Role]) -> tuple[frozenset[int], frozenset[int]]:
    """``_roles`` of parts given as their people and their roles: gone through in C, as a
    key shared by thousands of listed people ("Abd El-Fattah") has thousands of parts."""
    middle = frozenset(compress(persons, map(is_, roles, repeat(ROLE_MIDDLE))))
    last = frozenset(compress(persons, map(is_, roles, repeat(ROLE_LAST))))
    return middle, last


# The people whose middle parts, and those whose surnames, are among a key's parts; both;
# those with more than one part of the key
_People = tuple[frozenset[int], frozenset[int], frozenset[int], frozenset[int]]


def _people_of(index: NameIndex, run_key: str, parts: Sequence[Part]) -> _People:
    """``_roles`` of a key's parts, and more, worked out once per key."""
    known = index.people_cache.get(run_key)
    if known is None:
        if len(index.people_cache) >= FUZZY_CACHE_LIMIT:
            index.people_cache.clear()
        if type(parts) is PartRow:  # (read in its columns: no part made)
            persons, roles = parts.persons, parts.roles
        else:
            persons, roles = list(map(_PERSON, parts)), list(map(_ROLE, parts))
        middle, last = _roles_of(persons, roles)
        several = frozenset(compress(persons, map(eq, persons, persons[1:])))  # (next: same)
        known = index.people_cache[run_key] = (middle, last, middle | last, several)
    return known


# The given names of a key, and those with its sound key, by person
_Given = tuple[Mapping[int, Part], Mapping[int, Part]]
# (start, stop, key) of a run of words where a given name may stand, and its given names
_GivenAt = tuple[int, int, str, _Given]


def _given_runs(index: NameIndex, runs: _Runs, first: int, stop: int) -> list[_GivenAt]:
    """The runs of words right before (up to three words, or as far back as a list of given
    names goes: "Аркадию, Олегу, Софье и Марии Тихоновым") or after the name part at
    ``first:stop`` that spell some listed person's given name, nearest first."""
    found: list[_GivenAt] = []
    starts = [*range(first - 1, max(first - 4, -1), -1), stop]
    if (
        first >= 4
        and _listed_before(runs, first - 1, last=True)
        and _listed_before(runs, first - 3)
    ):
        at = first - 4
        while at >= 0 and first - at <= MAX_LISTED and _listed_before(runs, at + 1):
            starts.append(at)
            at -= 1
    given_at, alone_at, ws = runs.given, runs.given_alone, runs.ws
    part_in_wade_giles: bool | None = None  # (asked once, of the first run that needs it)
    for start in starts:
        here = given_at[start]
        if here is None and start == first - 1:  # (only its one-word runs end by the part)
            here = alone_at[start]
            if here is None:
                here = alone_at[start] = _given_runs_at(index, runs, start, one_word=True)
        elif here is None:
            here = given_at[start] = _given_runs_at(index, runs, start)
        for run_stop, given_run, run_folded, in_wade_giles in here:  # (by stops, in order)
            if run_stop > first and start < first:
                break
            if given_run is not None:
                found.append(given_run)
                continue
            if not in_wade_giles and part_in_wade_giles is None:
                part_in_wade_giles = _wade_giles_at(ws, first, stop)
            if in_wade_giles or part_in_wade_giles:
                # "Chou" for Zhou beside "Hsiao-ching", "Hsiao-ching" for Xiaoqing: Wade-Giles
                # for pinyin, in a name that shows it (a pinyin "Wang Ting" is not Wang Ding)
                found += _given_in_pinyin(index, start, run_stop, run_folded)
    return found


# A run of words at a place (``_given_runs_at``): its stop, its given names as
# ``_given_runs`` gives them (None if it spells no listed given name), its folded words,
# and whether a run that spells none shows a mark of Wade-Giles (told once a run, not
# once for each name part beside it)
_RunAt = tuple[int, _GivenAt | None, str, bool]


def _given_runs_at(
    index: NameIndex, runs: _Runs, start: int, *, one_word: bool = False
) -> list[_RunAt]:
    """The runs of words that start at ``ws[start]``, in order of their stops, with the
    given names each spells (kept in ``runs.given``: the slots of one text look around
    the same words again and again); with ``one_word``, its runs of one word only (kept in
    ``runs.given_alone``: for the word right before a name part, whose longer runs run on
    into the part, and no one reads them)."""
    found: list[_RunAt] = []
    given_cache, ws = index.given_cache, runs.ws
    # a given name of three words or more opens with a particle: "Abd al-Rahman"
    runs_at = (
        runs.words_at
        if one_word
        else runs.at
        if 0 <= start < len(ws) and ws[start].folded in PARTICLES
        else runs.pairs_at
    )
    for run_stop, run_folded, run_key in runs_at(start):
        given = given_cache.get(run_key)
        if given is None:
            given = _given_names(index, run_key)
        spelt = (start, run_stop, run_key, given) if given[0] or given[1] else None
        in_wade_giles = spelt is None and names_zh.written_in_wade_giles(run_folded)
        found.append((run_stop, spelt, run_folded, in_wade_giles))
    return found


def _wade_giles_at(ws: list[Word], first: int, stop: int) -> bool:
    """Whether the words ``ws[first:stop]`` (a name part) show a mark of Wade-Giles."""
    return names_zh.written_in_wade_giles("".join(w.folded for w in ws[first:stop]))


def _given_in_pinyin(index: NameIndex, start: int, stop: int, folded: str) -> list[_GivenAt]:
    """The listed given names that a run of words written in Wade-Giles spells in pinyin
    (``names_zh.pinyin_readings``), as ``_given_runs`` gives them."""
    found: list[_GivenAt] = []
    for reading in names_zh.pinyin_readings(folded):
        reading_key = key(reading)
        given = index.given_cache.get(reading_key) or _given_names(index, reading_key)
        if given[0]:
            found.append((start, stop, reading_key, given))
    return found


def _given_names(index: NameIndex, run_key: str) -> _Given:
    """The given names of key ``run_key``, and those that sound like it, by person (not
    to be changed: kept in ``index.given_cache`` for the next caller)."""
    first = index.first
    exact = _merged(  # "Sasha", "Саши": Aleksandr's or Aleksandra's too
        [first.get(run_key, {}), *(first.get(full, {}) for full in familiar(run_key))]
    )
    sounding: Mapping[int, Part] = {}
    if not exact and len(run_key) == GIVEN_SOUND_MIN_LENGTH - 1 and "g" in run_key:
        sounding = first.get(run_key.replace("g", "k"), {})  # "Giyas" (gas) for Qiyas (kas)
    elif len(run_key) >= GIVEN_SOUND_MIN_LENGTH:
        sounding = index.first_sound.get(sound_key(run_key), {})
        if not exact and "e" in run_key[1:-2]:  # "Reyot" (reot) for Reeyot (rot): ``e_between``
            sounding = _merged([sounding, *(first.get(k, {}) for k in e_dropped(run_key))])
        if run_key[-1] in "iy" and not exact:  # "Daleri" for Daler
            sounding = _merged([sounding, first.get(run_key[:-1], {})])
        if run_key[-1] in _THAI_FINAL_FORMS and not exact:  # "Somyot" for Somyos: Thai only
            for final in _THAI_FINAL_FORMS[run_key[-1]]:
                other = first.get(run_key[:-1] + final)
                if other and (thai := {p: t for p, t in other.items() if _thai(index.people[p])}):
                    sounding = _merged([sounding, thai])
        if not exact and (others := _spelled_otherwise(run_key)):  # "Halima" for Halimah
            sounding = _merged(
                [
                    sounding,
                    *(first.get(other, {}) for other in others),
                    # "Kacem" for Qasim: respelled, then one vowel of its own
                    *(index.first_sound.get(sound_key(other), {}) for other in others),
                ]
            )
        if not exact and len(run_key) >= LONG_PART_LENGTH - 1:  # "Gebrnemedhin" for Gebremedhin
            places = first.places if isinstance(first, LazyTable) else None
            listed = first if places is None else places  # (its keys, looked up in C)
            if _may_slip_to(index, listed, run_key):
                slips = [first.get(near) for near in _long_slips(run_key) if near in listed]
                if slips:
                    sounding = _merged([sounding, *filter(None, slips)])
    if len(index.given_cache) >= FUZZY_CACHE_LIMIT:
        index.given_cache.clear()
    given = index.given_cache[run_key] = (exact, sounding)
    return given


def _may_slip_to(index: NameIndex, listed: Iterable[str], run_key: str) -> bool:
    """Whether some listed given name's key (``listed``) has ``run_key``'s first letter
    and a length that one slip of it may have (``_long_slips`` keeps the first letter, and
    drops or adds a letter at most): most long runs of words ("Sergei Kukaruli" as one) have
    none, and need not look up their dozens of slips."""
    shapes = index.given_shapes
    if shapes is None:
        shapes = index.given_shapes = frozenset((k[:1], len(k)) for k in listed)
    head, n = run_key[:1], len(run_key)
    return (head, n) in shapes or (head, n - 1) in shapes or (head, n + 1) in shapes


def _long_slips(run_key: str) -> Iterator[str]:
    """The keys a long given name's one slip may come from (``_long_slip``): ``run_key``
    with a letter dropped or two letters swapped, or with a vowel put back, the first
    letter kept."""
    n = len(run_key)
    for i in range(1, n):
        yield run_key[:i] + run_key[i + 1 :]
        if i < n - 1:
            yield run_key[:i] + run_key[i + 1] + run_key[i] + run_key[i + 2 :]
        yield from (run_key[:i] + v + run_key[i:] for v in "aeiou")


def _long_slip(spelled: str, listed: str) -> bool:
    """A given name of ``LONG_PART_LENGTH`` letters or more written with one letter added,
    dropped or two swapped ("Gebrnemedhin", "Gebremedihn" for Gebremedhin): a long name
    one slip away is still that name, where a short one may be another's (Dawit / David).
    The first letter and, for a letter added or dropped, the last two are kept: a final
    vowel is a gender ending ("Alexandra" is not Aleksandr). Beside its surname only, as
    every given name."""
    if len(listed) < LONG_PART_LENGTH or spelled[:1] != listed[:1]:
        return False
    edit = one_edit(spelled, listed)
    return edit == "swap" or (edit in ("add", "drop") and spelled[-2:] == listed[-2:])


def _merged(tables: list[Mapping[int, Part]]) -> Mapping[int, Part]:
    """The given names of ``tables`` by person, the first table's part of a person where
    more than one has them: the table itself when only one has anyone."""
    full = [table for table in tables if table]
    if len(full) == 1:
        return full[0]
    return _Merged(tuple(full)) if full else {}


class _Merged(Mapping[int, Part]):
    """``{**tables[-1], ..., **tables[0]}``, read in place: each table may be thousands of
    people (a common given name) whose parts are made only when asked for (the names
    cache's tables), so that neither this nor a copy of them makes them all."""

    __slots__ = ("_keys", "_tables")

    def __init__(self, tables: tuple[Mapping[int, Part], ...]) -> None:
        self._tables = tables
        self._keys: frozenset[int] | None = None

    def __getitem__(self, person: int) -> Part:
        for table in self._tables:
            if person in table:
                return table[person]
        raise KeyError(person)

    def __contains__(self, person: object) -> bool:
        return any(person in table for table in self._tables)

    def keys_of(self, people: Iterable[int]) -> list[str]:
        """The keys of ``people``'s parts, in order (``_given_keys``)."""
        keys: list[str] = []
        for person in people:
            table = next(table for table in self._tables if person in table)
            keys += _given_keys(table, (person,))
        return keys

    def keys(self) -> frozenset[int]:  # type: ignore[override]
        if self._keys is None:
            self._keys = frozenset().union(*(table.keys() for table in self._tables))
        return self._keys

    def __iter__(self) -> Iterator[int]:
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self.keys())


def _listed_before(runs: _Runs, i: int, *, last: bool = False) -> bool:
    """Whether a list's separator (", ", " и ", " and "; with ``last``, one before a list's
    last name only: " и ", " and ", ", and ") stands right before ``ws[i]``."""
    text, ws = runs.text, runs.ws
    start, end = ws[i - 1].end, ws[i].start
    if not 1 < end - start < 8:
        return False  # (most gaps: one space, or words between)
    return (
        (not last and LIST_GAP.fullmatch(text, start, end) is not None)
        or PAIR_GAP.fullmatch(text, start, end) is not None
        or SERIAL_GAP.fullmatch(text, start, end) is not None
    )


class _Runs:
    """Runs of words of one text, with each word's key, each gap's test and each
    position's runs worked out once (a surname shared by many people asks again and again
    for the runs around it)."""

    def __init__(self, text: str, ws: list[Word]) -> None:
        self.text = text
        self.ws = ws
        self.keys: list[str | None] = [None] * len(ws)
        # ws[j] and ws[j + 1] in one part: the gaps ``_inside_name_at`` tells at a glance
        # (most: " ", or a word between) told here at once, the others when asked
        self.joins: list[bool | None] = [
            # (never into an initial: "Savich H." is the surname and Hanna's initial)
            (len(b.folded) > 2 or not text.startswith(".", b.end) or not _initial_word(b))
            if (gap := b.start - a.end) == 1 and text[a.end] == " "
            else False
            if gap > 1 and text[a.end + 1].isalpha()
            else None
            for a, b in pairwise(ws)
        ]
        self.joins.append(None)
        # each position's runs (``at``), and those of one or two words (``pairs_at``); past
        # the last word, none
        self.longest: list[list[tuple[int, str, str]] | None] = [None] * len(ws)
        self.pairs: list[list[tuple[int, str, str]] | None] = [None] * len(ws)
        self.longest.append([])
        self.pairs.append([])
        # each position's one run of one word, where the word alone is all a run there can
        # be (no case forms; ``_runs_at``): asked for by ``at``, ``pairs_at`` and
        # ``words_at`` alike, made once
        self.single: list[list[tuple[int, str, str]] | None] = [None] * len(ws)
        # each position's runs of words, the given names each spells or None, and its folded
        # words (``_given_runs_at``, filled as ``_given_runs`` asks)
        self.given: list[list[_RunAt] | None] = [None] * (len(ws) + 1)
        self.given_alone: list[list[_RunAt] | None] = [None] * (len(ws) + 1)  # one word's

    def at(self, i: int) -> list[tuple[int, str, str]]:
        """(stop, folded, key) of each run of words that starts at ``ws[i]`` (not to be
        changed: the list is kept for the next caller)."""
        runs = self.longest[i]
        if runs is None:
            runs = self.longest[i] = self._runs_at(i, MAX_RUN)
        return runs

    def words_at(self, i: int) -> list[tuple[int, str, str]]:
        """``at(i)``'s runs of one word (one reading, or a Russian word's several)."""
        longer = self.pairs[i] or self.longest[i]  # (its first ones)
        if longer is not None:
            return [run for run in longer if run[0] == i + 1]
        return self._runs_at(i, 1)

    def pairs_at(self, i: int) -> list[tuple[int, str, str]]:
        """``at(i)``'s runs of one or two words."""
        runs = self.pairs[i]
        if runs is None:
            longer = self.longest[i]  # (its first ones)
            if longer is not None:
                runs = [run for run in longer if run[0] <= i + 2]
            else:
                runs = self._runs_at(i, 2)
            self.pairs[i] = runs
        return runs

    def joined(self, j: int) -> bool:
        """Whether ``ws[j]`` and ``ws[j + 1]`` can be words of one name part."""
        joined = self.joins[j]
        if joined is None:
            joined = self.joins[j] = _inside_name_at(
                self.text, self.ws[j].end, self.ws[j + 1].start
            )
        return joined

    def _runs_at(self, i: int, longest: int) -> list[tuple[int, str, str]]:
        ws = self.ws
        if not 0 <= i < len(ws):
            return []
        w = ws[i]
        if not w.forms and (i + 1 == len(ws) or longest == 1 or not self.joined(i)):
            single = self.single[i]  # one word (most capitalised words)
            if single is None:
                word_key = self.keys[i]
                if word_key is None:
                    word_key = self.keys[i] = key(w.folded) or w.folded
                single = self.single[i] = [(i + 1, w.folded, key(word_key) or word_key)]
            return single
        runs: list[tuple[int, str, str]] = []
        run_folded = run_keys = ""
        others: list[tuple[str, str]] = []  # more readings, once a Russian word has case forms
        for stop in range(i + 1, min(i + longest, len(ws)) + 1):
            w = ws[stop - 1]
            if stop > i + 1 and not self.joined(stop - 2):
                break
            word_key = self.keys[stop - 1]
            if word_key is None:
                word_key = self.keys[stop - 1] = key(w.folded) or w.folded
            if not (w.forms or others):
                run_folded += w.folded
                if word_key == "al" and stop > i + 1 and ws[stop - 2].folded in NASAB_PARTICLES:
                    continue  # "Ould el-Dine" is Ould Dine (``names.nasab_bare``)
                run_keys += word_key
                runs.append((stop, run_folded, key(run_keys) or run_keys))
                continue
            word_keys = [(w.folded, word_key)]
            word_keys += ((form, key(form) or form) for form in w.forms)
            readings = [
                (folded + form_folded, keys + form_key)
                for folded, keys in ((run_folded, run_keys), *others)
                for form_folded, form_key in word_keys
            ][:MAX_READINGS]
            (run_folded, run_keys), others = readings[0], readings[1:]
            seen: set[str] = set()
            for folded, keys in readings:
                run_key = key(keys) or keys
                if run_key not in seen:
                    seen.add(run_key)
                    runs.append((stop, folded, run_key))
        return runs


INSIDE_NAME = re.compile(r"[ \t\u00a0]*(?:[-‐‑–][ \t]*\r?\n?[ \t]*|\r?\n[ \t]*)?|[ \t\u00a0]+|['’]")
BETWEEN_PARTS = re.compile(r"[ \t\u00a0]+(?:\r?\n[ \t]*)?|[ \t]*\r?\n[ \t]*|[-‐‑]")


def _inside_name_at(text: str, start: int, end: int) -> bool:
    """Whether the text between two words, ``text[start:end]``, can sit inside one name part."""
    if end - start == 1 and text[start] == " ":  # (most gaps that join)
        return True
    if end - start > 1 and text[start + 1].isalpha():  # " was held by ": a word between
        return False
    if (
        end - start == 1
        and text[end : end + 1] in ("s", "S")
        and not text[end + 1 : end + 2].isalpha()
    ):
        return False  # "Reyes's", "REYES’S": a possessive after the name, not its part
    return end > start and INSIDE_NAME.fullmatch(text, start, end) is not None


def _between_parts(gap: str) -> bool:
    """Whether the text between two words can separate two parts of one name (no gap at
    all: the words a hashtag runs together, ``names.words``)."""
    return not gap or BETWEEN_PARTS.fullmatch(gap) is not None


def _told_in_c(table: Mapping[str, Any]) -> Collection[str]:
    """A table to test keys for with ``in`` in C: a lazy table's places (each of its keys,
    its value made or not: ``LazyTable.places``), else the table itself."""
    places = table.places if isinstance(table, LazyTable) else None
    return table if places is None else places


def _fuzzy(index: NameIndex, folded: str, run_key: str) -> list[tuple[Part, How]]:
    cached = index.fuzzy_cache.get(folded)
    if cached is not None:
        return cached
    found: dict[Part, How] = {}
    bare_key, suffixed = stem(folded)
    for part in index.bare.get(bare_key, ()):
        if part.suffixed != suffixed:  # Akberdi / Akberdiyeva, never Kozlov / Kozlova
            found[part] = How.ENDING
    if len(run_key) >= SOUND_MIN_LENGTH:
        for part in index.sound.get(sound_key(run_key), ()):
            if _same_onset(run_key, part.key) and not name_distance.vowels_apart(
                run_key, part.key
            ):  # Kalesnikava / Kolesnikova, never Khusainov / Khasanov
                found.setdefault(part, How.SOUND)
        if "j" in run_key:  # Jabrayilov / Cabrayilov: Azerbaijani c is English j
            for part in index.exact.get(run_key.replace("j", "c"), ()):
                found.setdefault(part, How.SOUND)
    if len(folded) >= TYPO_MIN_LENGTH - 1:
        spelled = index.spelled
        listed = _told_in_c(spelled)  # (most strings a letter off are no one's: told in C)
        typos: dict[Part, None] = {}
        for spelling in {folded, run_key}:
            for near in filter(listed.__contains__, _one_edit_away(spelling, index.letters)):
                for part in spelled.get(near, ()):
                    if part not in found and part not in typos and _one_typo(spelling, part):
                        typos[part] = None
        for near in _h_moved(folded):  # "Shokun" for Sokun, "Chivunhga" for Chivhunga
            for part in spelled.get(near, ()):
                if part not in found and near in (part.folded, part.key):
                    typos[part] = None
        for near in _h_added(folded):  # "Hovakimian" for Hovhakimyan
            for part in index.exact.get(key(near), ()):
                if part not in found:
                    typos[part] = None
        for part in sorted(typos, key=lambda part: _compile_order(index, part)):
            found[part] = How.TYPO
    for near in _burmese_respelt(run_key):  # "Khine" for Khaing: a typo's standing
        for part in index.exact.get(near, ()):
            if _burmese(part.variant):
                found.setdefault(part, How.TYPO)
    if len(run_key) >= KASRA_MIN_LENGTH and _KASRA.search(run_key):  # "Kayid" for Kayed
        near = _KASRA.sub(lambda m: "i" if m[0] == "e" else "e", run_key)
        for part in index.exact.get(near, ()):
            found.setdefault(part, How.SOUND)
    if len(run_key) == SOUND_MIN_LENGTH - 2:  # "Wesa" for Wisa: an i written e
        for near in _e_for_i(run_key):
            for part in index.exact.get(near, ()):
                found.setdefault(part, How.SOUND)
    if len(run_key) == SOUND_MIN_LENGTH - 1:  # "Tisfu" for Tesfu: a vowel heard otherwise
        for near in _vowel_slips(run_key):
            for part in index.spelled.get(near, ()):
                if near in (part.folded, part.key):
                    found.setdefault(part, How.SOUND)
        if run_key[0] in _UVULAR_ONSETS:  # "Gholian" for Qolian: a typo's standing
            for part in index.exact.get(_UVULAR_ONSETS[run_key[0]] + run_key[1:], ()):
                found.setdefault(part, How.TYPO)
    # "Wazzani" for Ouazzani, "el-Naggar" for al-Najjar: a spelling of the list's (read as
    # a sound, not as the typo it may be one letter from)
    if len(run_key) >= SOUND_MIN_LENGTH - 1 and all(how is How.TYPO for how in found.values()):
        for respelled in respellings(run_key):
            for part in chain(
                index.exact.get(respelled, ()), index.sound.get(sound_key(respelled), ())
            ):
                if name_distance.near(respelled, part.key) and _same_consonants(
                    respelled, part.key
                ):
                    found[part] = How.SOUND
    if not found and names_zh.written_in_wade_giles(folded):  # "Hsieh" for Xie: Wade-Giles
        # for pinyin, in a word that shows it ("Chou" beside "Hsiao-ching": ``_given_runs``)
        for reading in names_zh.pinyin_readings(folded):
            for part in index.exact.get(key(reading), ()):
                found.setdefault(part, How.SOUND)
    if not found and len(run_key) >= SOUND_MIN_LENGTH - 1:
        found.update(_vowels_moved(index, run_key))  # "al-Sinewi" for al-Snaiwi, "Ltaif"
    if not found and folded.isalpha():  # "Baig" for Beg, "Mia" for Miah: a short surname
        for near in _surname_otherwise(folded):
            for part in index.exact.get(key(near), ()):
                if part.role is not ROLE_FIRST:
                    found.setdefault(part, How.SOUND)
    if not found and len(folded) >= GLUED_MIN_LENGTH and folded.isalpha():
        found.update(_glued_parts(index, folded))  # "Keo Chandara" for Keo Chan Dara
    if run_key[:2] == "al" and len(run_key) >= 6:  # "al-Mourabit" for Lmrabet
        for listed in _glued(index).get(_skeleton(run_key[2:]), ()):
            for part in index.exact.get(listed, ()):
                found.setdefault(part, How.SOUND)
    result = list(found.items())
    if len(index.fuzzy_cache) >= FUZZY_CACHE_LIMIT:
        index.fuzzy_cache.clear()
        index.inert.clear()
    index.fuzzy_cache[folded] = result
    return result


# The onset of a short surname that Persian and Arabic spellings write gh or q for one letter
# (the ghain and qaf merged in Persian: "Gholian" / Qolian); the sound key reads it so from
# six letters on (``SOUND_MIN_LENGTH``), and a key of five is read so beside an exact part
_UVULAR_ONSETS = {"g": "k", "k": "g"}


# The Urdu and Persian ے, which English spellings write "ai" or "e" before a consonant (Baig /
# Beg, Zaidi / Zeidi, Haider / Heider), inside a name
_AI_BEFORE_CONSONANT = re.compile(r"(?<=[^aeiouy])ai(?=[^aeiouy])")
_E_BEFORE_CONSONANT = re.compile(r"(?<=[^aeiouy])e(?=[^aeiouy])")
_FINAL_VOWEL_H = re.compile(r"(?<=[aeiou])h$")
SURNAME_OTHERWISE_MIN_LENGTH = 3  # letters of a word read so ("Mia", "Beg")
# letters of a surname without its final h, to carry or drop it after a consonant and a vowel
# (Molla / Mollah; never Sha / Shah, nor Saba / Sabah: other names), where after two
# vowels a shorter one does (Mia / Miah)
FINAL_H_MIN_LENGTH = 5


def _surname_otherwise(folded: str) -> Iterator[str]:
    """Spellings a list may have for a surname written ``folded`` (lower case, letters):
    the ے written "ai" for "e" or the other way round, at one place ("Baig" / Beg), and a
    final h after a vowel added or dropped ("Mia" / Miah, "Molla" / Mollah, as Bengali and
    Arabic names carry or drop it; after a consonant and a vowel, in a name of five letters
    or more without it: ``FINAL_H_MIN_LENGTH``). Read as a sound: beside the person's exact
    given name, or alone only as the article spelled it in full (so never "Mia" alone, a
    given name of its own)."""
    if len(folded) < SURNAME_OTHERWISE_MIN_LENGTH:
        return
    for m in _AI_BEFORE_CONSONANT.finditer(folded):
        yield folded[: m.start()] + "e" + folded[m.end() :]
    for m in _E_BEFORE_CONSONANT.finditer(folded):
        yield folded[: m.start()] + "ai" + folded[m.end() :]
    bare = folded[:-1] if _FINAL_VOWEL_H.search(folded) else folded
    if bare[-1] in "aeiou" and (len(bare) >= FINAL_H_MIN_LENGTH or bare[-2] in VOWELS):
        yield bare if bare != folded else folded + "h"


def _same_consonants(a: str, b: str) -> bool:
    """Whether two keys have the same consonants, letter for letter: a respelling has
    changed the letters a system writes otherwise, so the rest must be the list's own
    (never "Jabbari", respelled "javari", for Jafari)."""
    return a.translate(_NOT_VOWELS) == b.translate(_NOT_VOWELS)


def _vowels_moved(index: NameIndex, run_key: str) -> dict[Part, How]:
    """The listed surnames whose vowels ``run_key`` has on the other side of a consonant
    (``name_distance.vowel_moves``), within ``name_distance.near_beside``: a typo's
    standing, beside an exact given name or after a full mention; never a word that is a
    given name of its own ("Hasan" is not Husein)."""
    if run_key in index.first or known_given(run_key):
        return {}
    found: dict[Part, How] = {}
    near_beside = name_distance.near_beside
    for moved in name_distance.vowel_moves(run_key):
        for part in index.sound.get(sound_key(moved), ()):
            if part.role is not ROLE_FIRST and part not in found and near_beside(run_key, part.key):
                found[part] = How.TYPO
    return found


GLUED_MIN_LENGTH = 7  # of a word that may be two name parts written as one


def _glued_parts(index: NameIndex, folded: str) -> dict[Part, How]:
    """A middle part and the surname after it written as one word, as news writes a
    spaced Khmer or Chinese given name ("Chandara" for Chan Dara): the surname's part, read
    as a sound (beside the given name, or alone as spelled in full)."""
    found: dict[Part, How] = {}
    exact = index.exact
    for i in range(3, len(folded) - 2):
        heads = exact.get(key(folded[:i]))
        if not heads:
            continue
        middles = {part.person for part in heads if part.role is Role.MIDDLE}
        if not middles:
            continue
        for part in exact.get(key(folded[i:]), ()):
            if part.role is ROLE_LAST and part.person in middles:
                found.setdefault(part, How.SOUND)
    return found


def _h_moved(folded: str) -> Iterator[str]:
    """Spellings of ``folded`` with an h after a consonant dropped (the shorter of five
    letters or more: "Shokun" → Sokun, as Khmer and Ethiopian transliterations add or leave
    out the h of an aspirated consonant) or, in a part of ``LONG_PART_LENGTH`` letters or
    more, put after another consonant ("Chivunhga" → Chivhunga: a Shona breathy consonant
    written in two places). Never a final h ("Smit" is not Smith: a consonant added last
    is ``_consonant_last``'s)."""
    if "h" not in folded[1:-1]:
        return
    n = len(folded)
    for i in range(1, n - 1):
        if folded[i] != "h" or folded[i - 1] in VOWELS or not folded[i - 1].isalpha():
            continue
        without = folded[:i] + folded[i + 1 :]
        if len(without) >= SWAP_MIN_LENGTH:
            yield without
        if n >= LONG_PART_LENGTH:
            for j in range(1, len(without)):
                if j != i and without[j - 1] not in VOWELS and without[j - 1].isalpha():
                    yield without[:j] + "h" + without[j:]


# The Arabic kasra of a last syllable written e or i (Hamed / Hamid, Kayed / Kayid), in a
# surname of four letters or more: read as a sound, beside the given name
_KASRA = re.compile(r"[ei](?=[b-df-hj-np-tv-z]$)")
KASRA_MIN_LENGTH = 4
H_ADDED_MIN_LENGTH = 7  # of a word that may lack the h of the listed spelling


def _h_added(folded: str) -> Iterator[str]:
    """Spellings of ``folded`` with an h put after an inner consonant, before a vowel, in a
    word of ``H_ADDED_MIN_LENGTH`` letters or more: the listed spelling writes an h the
    article leaves out (Armenian "Hovakimian" for Hovhakimyan; the other way round is
    ``_h_moved``'s). Looked up by key: the article's other letters may be spelled as
    another system spells them (-ian for -yan)."""
    if len(folded) < H_ADDED_MIN_LENGTH or not folded.isalpha():
        return
    for i in range(2, len(folded) - 1):
        if folded[i - 1] not in VOWELS and folded[i - 1] != "h" and folded[i] in VOWELS:
            yield folded[:i] + "h" + folded[i:]


def _vowel_slips(run_key: str) -> Iterator[str]:
    """``run_key`` (a part of five letters) with one vowel before its last two letters
    changed to another: Ethiopian and other names whose vowels English hears otherwise
    ("Tisfu" for Tesfu, "Tsige" for Tsege). Read as a sound, never as a typo: such a
    surname counts beside its own given name, or alone only as the article spelled it in
    full (so never "Salim" for Salem: the changed vowel is one of the last two letters)."""
    for i in range(1, len(run_key) - 2):
        if run_key[i] in "aeiou":
            head, tail = run_key[:i], run_key[i + 1 :]
            yield from (head + v + tail for v in "aeiou" if v != run_key[i])
    if run_key[-2] in "ao" and run_key[-1] not in VOWELS:  # the Bengali a written o: Tapon
        yield run_key[:-2] + ("o" if run_key[-2] == "a" else "a") + run_key[-1]


def _e_for_i(run_key: str) -> Iterator[str]:
    """``run_key`` (a part of four letters) with an inner e written i or an i written e, as
    Pashto, Persian and Arabic names are spelled either way ("Wesa" / Wisa, "Hemat" would be
    five). Read as a sound: beside its own given name, or alone only as the article spelled
    it in full; never a, i and u for each other ("Wasa" is not Wisa)."""
    for i in (1, 2):
        if run_key[i] in "ei" and run_key[i - 1] not in VOWELS and run_key[i + 1] not in VOWELS:
            yield run_key[:i] + ("i" if run_key[i] == "e" else "e") + run_key[i + 1 :]


# a key that holds a vowel: a skeleton's letters are the rest
_NOT_VOWELS = str.maketrans(dict.fromkeys(VOWELS))  # (deletes them)


def _skeleton(rest: str) -> str:
    """A name part's consonants, and its final vowel: "Mrabet" and "Mourabit" share one
    (mrbt), "Mansouri" and "Mansour" do not (mnsri, mnsr). Empty when it has fewer than
    three consonants, too few to tell a name."""
    consonants = rest.translate(_NOT_VOWELS)
    if len(consonants) < 3 or not rest.isalpha():
        return ""
    return consonants + rest[-1] if rest[-1] in VOWELS else consonants


def _glued(index: NameIndex) -> dict[str, tuple[str, ...]]:
    """The listed surnames that glue the Arabic article to the name as Maghrebi spellings
    do (their key an l and a consonant: "Lmrabet", "Lmansouri"), by the skeleton of the name
    without it (``_skeleton``); news writes them with the article apart and the vowels in
    ("al-Mourabit", "El Mansouri"). Made once, when a text first has a word of "al"/"el"."""
    table = index.glued
    if table is None:
        exact = index.exact
        places = exact.places if isinstance(exact, LazyTable) else None
        keys = places.keys() if places is not None else exact.keys()
        found: dict[str, list[str]] = defaultdict(list)
        for k in keys:
            if k[:1] == "l" and len(k) >= 5 and k[1] not in VOWELS and k[1] != "l":
                skeleton = _skeleton(k[1:])
                if skeleton:
                    found[skeleton].append(k)
        table = index.glued = {s: tuple(ks) for s, ks in found.items()}
    return table


def _listed_spellings(person: Person) -> tuple[str, ...]:
    """A person's name, then each alias, as news orders their words (``in_news_order``):
    the spellings ``_Spelt`` compiled for them."""
    return tuple(map(in_news_order, (person.name, *person.aliases)))


def _compile_order(index: NameIndex, part: Part) -> tuple[int, int, Role]:
    """Where ``part`` was compiled: its person, its spelling (the name, then each alias,
    then the spellings with words joined, as ``_Spelt`` adds them), its role."""
    spellings = _listed_spellings(index.people[part.person])
    if part.variant not in spellings:  # "Anatabaies Saulez" for Ana Tabaies Saulez
        spellings += tuple(chain.from_iterable(map(made_spellings, spellings)))
    return part.person, spellings.index(part.variant), part.role


def _same_onset(a: str, b: str) -> bool:
    """Both start with one sound (Qubad / Gubad), or both with a vowel (Utepova / Ötepova)."""
    return sound_key(a[0]) == sound_key(b[0]) or (a[0] in "aeiou" and b[0] in "aeiou")


def _sounding(index: NameIndex, run_key: str) -> list[tuple[Part, How]]:
    """The parts spelled otherwise that a word exact for someone sounds like (kept in
    ``index.fuzzy_cache``, by the key after a \2, which no folded word has: the parts of a
    sound key shared by thousands, "Abd El-Hamid", are gone through once). A part of four
    letters sounds only with an inner e for i ("Wesa", exact for Attaullah Wesa, sounds as
    his brother Matiullah Wisa's surname: ``_e_for_i``). An Arabic name's final ة written
    otherwise is the same sound ("al-Awdah", exact for Khaled al-Awdah, is also his brother
    Salman al-Awda's surname: ``name_distance.ending_respelled``)."""
    if len(run_key) == SOUND_MIN_LENGTH - 2:
        return [
            (part, HOW_SOUND) for near in _e_for_i(run_key) for part in index.exact.get(near, ())
        ]
    if len(run_key) < SOUND_MIN_LENGTH:
        return []
    cached = index.fuzzy_cache.get("\2" + run_key)
    if cached is not None:
        return cached
    parts: Sequence[Part] = index.sound.get(sound_key(run_key), ())
    if type(parts) is PartRow:  # (its keys read in a column: only the parts found are made)
        keys = parts.keys()
        sounding = {k for k in set(keys) if _sounds_as(run_key, k)}
        at = compress(count(), map(sounding.__contains__, keys))
        found = [(part, HOW_SOUND) for part in map(parts.__getitem__, at)]
    else:
        found = [(p, HOW_SOUND) for p in parts if _sounds_as(run_key, p.key)]
    for respelled in ending_respelled(run_key):  # "al-Awdah", exact for one, al-Awda too
        found += ((part, HOW_SOUND) for part in index.exact.get(respelled, ()))
    if len(index.fuzzy_cache) >= FUZZY_CACHE_LIMIT:
        index.fuzzy_cache.clear()
        index.inert.clear()
    index.fuzzy_cache["\2" + run_key] = found
    return found


def _sounds_as(spelled: str, listed: str) -> bool:
    """Whether a key of one sound key with ``listed`` is another spelling of it: another
    key, of the same onset, with no vowel that names keep apart (``vowels_apart``)."""
    return (
        listed != spelled
        and _same_onset(spelled, listed)
        and not name_distance.vowels_apart(spelled, listed)
    )


def _vowel_added(spelled: str, listed: str) -> bool:
    """A given name with a final i or y the listed one lacks: the Tajik and Persian "Daleri"
    for Daler, "Alii" never (the listed name must be four letters or more)."""
    return len(listed) >= 4 and spelled[-1:] in ("i", "y") and spelled[:-1] == listed


_VOWEL_H_END = re.compile(r"h(?<=[a-z]{3}[aeiou]h)$")  # (its h first: found fast)


def _spelled_otherwise(run_key: str) -> tuple[str, ...]:
    """The keys a name part of key ``run_key`` may have in a list that writes it in another
    alphabet's way: a final h after a vowel, which transliterations of Arabic and Persian
    names carry or drop (Halima / Halimah, Abdulla / Abdullah); an English j that
    Azerbaijani Latin writes c (Sevinj / Sevinc, Jabrayilov / Cabrayilov), and its g for
    q; the letters of ``name_distance.letters_respelled``; a Thai r before n left out; the
    Bengali au written ou; a French ou for w."""
    others: list[str] = []
    if _VOWEL_H_END.search(run_key):
        others.append(run_key[:-1])
    elif len(run_key) >= 4 and run_key[-1] in VOWELS and run_key[-2] not in VOWELS:
        others.append(run_key + "h")
    if "j" in run_key:
        others.append(run_key.replace("j", "c"))
    others += name_distance.letters_respelled(run_key)  # "Gamal" for Jamal, "Aicha" for Aisha
    if "g" in run_key:  # "Giyas" for Qiyas: the Azerbaijani q, a key's k, written g
        others.append(run_key.replace("g", "k"))
    # "Arnon" for Anon: a Thai r before n, not heard (its "rn" first: most keys hold none)
    if "rn" in run_key and _R_SILENT.search(run_key):
        others.append(_R_SILENT.sub(r"\1", run_key))
    if "au" in run_key:  # "Saurav" for Sourav (ou, a key's u): the Bengali au written ou
        others.append(run_key.replace("au", "u"))
    if len(run_key) >= 5 and run_key.endswith("ane"):  # "Soukane" for Soukan: a French e
        others.append(run_key[:-1])  # (never -ine: Justine is not Justin)
    if _U_BEFORE_VOWEL.match(run_key):  # "Oualid" for Walid: a French ou for the Arabic w
        others.append("v" + run_key[1:])
    return tuple(others)


_U_BEFORE_VOWEL = re.compile(r"u(?=[aei])")
# (before an n only, as Thai spellings write a long vowel: Sarnan, Arnuwat; Armin is not
# Amin, Martin is not Matin)
_R_SILENT = re.compile(r"^([a-z]?[aeiou])r(?=n)")  # (the r after the first vowel)


def _otherwise_apart(spelled: str, listed: str) -> bool:
    """Whether a given name written in another alphabet's way (``_spelled_otherwise``) is
    the listed one, or one sound apart from it ("Kacem", respelled "kasem", for Qasim)."""
    others = _spelled_otherwise(spelled)
    return listed in others or any(_one_sound_apart(other, listed) for other in others)


# How romanizations of Thai differ (``_thai_written_otherwise``): the vowel แ before a
# final ng or w, written ae, a or e (Jaengraew / Jangrew / Jaengrew, Saengchai / Sangchai,
# Kaewta / Kewta; w is v in a key), where an ae before another letter is a vowel of its own
# (Michael / Michal), and so is any other vowel (Jongrew); and the aspirated t, written th
# or t (Thanathorn / Thanatorn), never another consonant (Thanaporn, Thanakorn).
_AE_BEFORE_NG_OR_W = re.compile(r"a?e(?=ng|v)")
_TH = re.compile(r"(?<=t)h")


def _thai_written_otherwise(a: str, b: str) -> bool:
    """Whether two keys of one sound (``sound_key``) differ only as romanizations of Thai
    write one name: the vowel ae before ng or w, and th for t (``_AE_BEFORE_NG_OR_W``,
    ``_TH``)."""
    return _AE_BEFORE_NG_OR_W.sub("a", _TH.sub("", a)) == _AE_BEFORE_NG_OR_W.sub(
        "a", _TH.sub("", b)
    )


# A Thai syllable's final ส, ศ, ษ or ต, ด, ท, all heard t: written s or d by the spellings
# families give their names and t by the Royal Thai system ("Somyos" / Somyot / Somyod)
_THAI_FINAL_FORMS = {"s": "td", "t": "sd", "d": "st"}


def _thai_final_otherwise(a: str, b: str) -> bool:
    """Whether two given names' keys differ only in a final s, t or d written as another
    of them, as romanizations of Thai write one final sound (``_THAI_FINAL_FORMS``). Asked of a
    Thai name only (``_thai``): in English they are other names (Janet / Janes, Amit / Amis)."""
    return (
        len(a) == len(b) >= GIVEN_SOUND_MIN_LENGTH
        and a[:-1] == b[:-1]
        and b[-1] in _THAI_FINAL_FORMS.get(a[-1], "")
    )


def _one_sound_apart(a: str, b: str) -> bool:
    """Given names are short, and their vowels tell them apart (Elena / Alina, Amir /
    Omar): one letter of the same place may differ (Raif / Raef, Roza / Rosa)."""
    return (
        len(a) == len(b)
        and sum(x != y for x, y in zip(a, b, strict=True)) <= 1
        # Jamil is not Jamal; a long name is its own with a vowel heard otherwise
        # ("Dovletmyrat" for Dovletmurat, as Turkmen and Russian write it)
        and (len(a) >= LONG_PART_LENGTH or not name_distance.vowels_apart(a, b))
    )


def _one_typo(spelling: str, part: Part) -> bool:
    """One edit away from the part's spelling or key, keeping the first letter and the
    ending (so Navalnaya is never Navalny)."""
    for target in (part.folded, part.key):
        if len(target) < SWAP_MIN_LENGTH or spelling[0] != target[0]:
            continue
        edit = one_edit(spelling, target)
        if edit == "change" and _another_consonant(spelling, target):
            continue  # "Jabbari" is not Jafari, "Xiaoming" not Xiaoqing: another syllable
        if edit == "swap" or (
            edit
            and len(target) >= TYPO_MIN_LENGTH
            and (spelling[-2:] == target[-2:] or _consonant_last(spelling, target))
        ):
            return True  # "Sohka" for Sokha: two letters swapped, from five letters on
        if edit in ("add", "drop") and _vowel_before_last(spelling, target):
            return True  # "Shafiqi" for Shafiqui
    return False


def _another_consonant(a: str, b: str) -> bool:
    """Whether two spellings of one length differ in one consonant for a consonant of
    another sound (``names.CONSONANT_CLASSES``: not k for q, nor s for z) before a vowel:
    a syllable of another name, not a slip ("Ishenbekov" for Ishembekov is one: a nasal
    before a consonant, heard either way)."""
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        if x != y:
            return (
                x not in VOWELS
                and y not in VOWELS
                and x.translate(CONSONANT_CLASSES) != y.translate(CONSONANT_CLASSES)
                and a[i + 1 : i + 2] in VOWELS  # (a syllable's onset: m for n before b is not)
            )
    return False


VOWEL_SLIP_MIN_LENGTH = 7  # of the longer spelling, for a vowel slipped before its end


def _vowel_before_last(a: str, b: str) -> bool:
    """One spelling is the other with a vowel added right before the same final letter
    ("Shafiqui" / Shafiqi, as Urdu names are written with "qui" or "qi"), in a part of
    ``VOWEL_SLIP_MIN_LENGTH`` letters or more: never the final letter itself, a gender
    or case ending (Navalnaya)."""
    short, long_ = sorted((a, b), key=len)
    return (
        (
            len(long_) >= VOWEL_SLIP_MIN_LENGTH
            # a vowel beside another, a diphthong for a plain vowel ("Ghreir" / Ghrer)
            or (len(long_) == VOWEL_SLIP_MIN_LENGTH - 1 and long_[-3] in VOWELS)
        )
        and long_[-2] in VOWELS
        and long_[:-2] + long_[-1] == short
    )


def _consonant_last(a: str, b: str) -> bool:
    """One spelling is the other with a consonant added at the end ("Jianbing" for
    Jianbin), never a vowel, which in Slavic surnames is a gender or a case ending."""
    short, long_ = sorted((a, b), key=len)
    return (
        len(long_) == len(short) + 1
        and long_.startswith(short)
        and long_[-1] not in VOWELS
        and long_[-1] != "s"  # "the Tikhonovs": a family in the plural (``_family_plural``)
    )


def one_edit(a: str, b: str) -> str | None:
    """The one edit that turns ``a`` into ``b`` ("swap", "change", "drop", "add"), or
    None when they are equal or further apart (Damerau–Levenshtein distance)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return None
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        if a[i + 1 :] == b[i + 1 :]:
            return "change"
        swapped = a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]
        return "swap" if swapped else None
    if len(a) < len(b):
        return "add" if a[i:] == b[i + 1 :] else None
    return "drop" if a[i + 1 :] == b[i:] else None


# How namesakes' hits are made from the hits that stand for theirs: each one's, in order
_MadeBy = Callable[[Sequence[int], tuple[Hit, ...]], list[tuple[Hit, ...]]]
# The namesakes read at one place alike, by the person read for them all: the namesakes,
# and how their hits are made (see ``_combine``)
_Copies = dict[int, list[tuple[Sequence[int], _MadeBy]]]


def _combine(
    index: NameIndex, text: str, ws: list[Word], hits: list[Hit], alike: _Copies
) -> tuple[list[Found], _Copies]:
    """Join hits that stand next to each other into full names; the rest stay single.

    Each person's hits are read alone, and namesakes whose hits stand at the same places
    with the same roles, keys and initials (and the same ``exclude`` phrases) read alike:
    the 200 listed "Ahmed Abd El-Fattah" of a large watchlist are read once. The readings
    are those of one of them, and ``copies`` the others, whose readings are made only for
    those the first rules keep (``_with_copies``): most are inside a longer name."""
    own: dict[int, list[Hit]] = {}
    for hit in _without_honorifics(ws, hits):
        own.setdefault(hit.part.person, []).append(hit)
    read: dict[object, tuple[int, list[Hit]]] = {}  # by signature: the person read, its hits
    found: list[Found] = []
    copies: _Copies = {}
    next_at: dict[int, tuple[tuple[int, bool], ...]] = {}  # the same for every namesake's chain
    people = index.people
    for person, mine in own.items():
        signature = (
            frozenset(index.initials[person]),
            people[person].exclude,
            tuple([(h.first, h.stop, h.how, h.part.role, h.part.key) for h in mine]),
        )
        known = read.get(signature)
        if known is None:
            read[signature] = (person, mine)
            found += _combine_one(index, text, ws, mine, next_at)
            if person in alike:
                copies.setdefault(person, []).extend(alike[person])
            continue
        theirs = dict(zip(known[1], mine, strict=True))  # their hit → the same place's here
        same = copies.setdefault(known[0], [])
        same.append(((person,), partial(_mapped, theirs)))
        same += ((others, partial(_through, theirs, to)) for others, to in alike.get(person, ()))
    return _dedupe(found), copies


def _without_honorifics(ws: list[Word], hits: list[Hit]) -> list[Hit]:
    """``hits`` but a Burmese honorific read as a name part it is not spelled as: "Ma" has
    the key of "Mya", but "Ma Mya Mya" is Mya Mya with her honorific, and "Ma Mya" someone
    else ("Ko" of Ko Ko Gyi, spelled so, stays)."""
    return [
        h
        for h in hits
        if ws[h.first].folded not in BURMESE_HONORIFICS
        or ws[h.first].folded == h.part.folded
        or h.stop > h.first + 1
    ]


def _mapped(
    theirs: dict[Hit, Hit], people: Sequence[int], hits: tuple[Hit, ...]
) -> list[tuple[Hit, ...]]:
    return [tuple([theirs[hit] for hit in hits])] * len(people)


def _through(
    theirs: dict[Hit, Hit], to: _MadeBy, people: Sequence[int], hits: tuple[Hit, ...]
) -> list[tuple[Hit, ...]]:
    return to(people, tuple([theirs[hit] for hit in hits]))


def _with_copies(found: list[Found], copies: _Copies) -> list[Found]:
    """``found`` with the readings of the namesakes read alike (``copies``), in the order
    ``_dedupe`` gives them all (by person, then by place: one reading a place a person),
    the aliases last, as they were."""
    read: list[Found] = []
    aliases: list[Found] = []
    for f in found:
        if f.first < 0:
            aliases.append(f)
            continue
        read.append(f)
        for people, made_by in copies.get(f.person, ()):
            first, stop, kind, theirs = f.first, f.stop, f.kind, made_by(people, f.hits)
            read += map(
                _found,
                zip(
                    people,
                    repeat(first),
                    repeat(stop),
                    repeat(kind),
                    theirs,
                    repeat(-1),
                    repeat(-1),
                ),
            )
    read.sort(key=_PERSON_FIRST)  # (Found's person, first)
    return read + aliases


_found = partial(tuple.__new__, Found)  # Found(*fields), made without a call of Python code
_PERSON_FIRST = itemgetter(0, 1)


def _combine_one(
    index: NameIndex,
    text: str,
    ws: list[Word],
    hits: list[Hit],
    next_at: dict[int, tuple[tuple[int, bool], ...]],
) -> list[Found]:
    """``_combine`` for the hits of one person."""
    by_start: dict[tuple[int, int], list[Hit]] = defaultdict(list)
    for hit in hits:
        by_start[(hit.part.person, hit.first)].append(hit)
    used: set[Hit] = set()
    found: list[Found] = []
    cut_short: list[Found] = []  # ("Park Min" for Park Min Jun: ``_given_syllable_left_out``)
    for hit in sorted(hits, key=lambda h: (h.first, -h.stop, h.how)):
        if hit in used:
            continue
        chain = _chain(text, ws, by_start, hit, next_at)
        if len(chain) >= 2 and (
            any(h.how is HOW_EXACT for h in chain) or all(h.how is HOW_SOUND for h in chain)
        ):  # "Tofiq Yaqublu" for Tofig Yagublu: every part sounds the same
            used.update(chain)
            if (
                not _given_after_middle(index, text, ws, chain)
                and not _given_before_middle(index, text, ws, chain)
                and not _splits_a_double(chain)
                and not _vietnamese_otherwise(ws, chain)
                and not _burmese_otherwise(text, ws, chain)
                and not _titled_otherwise(index, text, ws, chain)
                and not _inside_a_longer_name(index, text, ws, chain)
            ):
                read = Found(
                    hit.part.person, chain[0].first, chain[-1].stop, KIND_FULL, tuple(chain)
                )
                (cut_short if _given_syllable_left_out(chain) else found).append(read)
            continue
        shared = _shared_surname(text, ws, by_start, hit) if len(chain) == 1 else None
        if shared is not None:
            used.update((hit, shared))
            found.append(Found(hit.part.person, hit.first, shared.stop, KIND_SHARED, (hit, shared)))
            continue
        reversed_ = _surname_first(text, ws, by_start, hit)
        if reversed_ is not None:
            used.update(reversed_)
            if _inside_a_longer_name(
                index, text, ws, reversed_, reversed_=True
            ) or _given_name_first(index, text, ws, hit):
                continue  # "Salem Tariq Bakri", "Salman Ali" are not Tariq Salem, Ali Salman
            found.append(
                Found(
                    hit.part.person,
                    hit.first,
                    reversed_[-1].stop,
                    KIND_SURNAME_FIRST,
                    reversed_,
                )
            )
            continue
        if hit.how is HOW_MASCULINE:
            continue  # her surname in the masculine names her only with her given name
        if hit.part.role is ROLE_LAST:
            alone = len(index.initials[hit.part.person]) == 0 or (  # a one-word name
                hit.part.variant == index.people[hit.part.person].name  # ("Nafis-ur-Rahman",
                and " " not in hit.part.variant  # with its made spelling "Nafis ur Rahman")
            )
            initial = _initial(index, text, ws, hit)
            initials_after = _initials_after(index, text, ws, hit)
            if alone and hit.how is HOW_EXACT:
                found.append(Found(hit.part.person, hit.first, hit.stop, KIND_FULL, (hit,)))
            elif initial is not None:
                found.append(Found(hit.part.person, initial, hit.stop, KIND_INITIAL, (hit,)))
            elif initials_after is not None:
                found.append(
                    Found(hit.part.person, hit.first, initials_after, KIND_INITIAL, (hit,))
                )
            else:
                found.append(Found(hit.part.person, hit.first, hit.stop, KIND_SURNAME, (hit,)))
            used.add(hit)
        elif hit.part.role is ROLE_MIDDLE:
            found.append(Found(hit.part.person, hit.first, hit.stop, KIND_MIDDLE, (hit,)))
    if cut_short and any(f.kind is KIND_FULL and _read_to_the_last(f.hits) for f in found):
        found += cut_short  # named in full elsewhere in the text: "Park Min" is him then
    return found


def _given_syllable_left_out(chain: list[Hit]) -> bool:
    """Whether a reading of a listed name of a family name written first (``SURNAMES_FIRST``:
    Chinese, Korean, Cambodian) and a given name of two syllables, as three words ("Park Min
    Jun", "Wang Xiao Ming"), leaves out one of the given name's syllables: "Park Min", "Park
    Jun" and "Wang Xiao" are other people's names (a given name of one syllable), and name
    the person only in a text that names him in full too."""
    first = chain[0].part
    variant = chain[-1].part.variant  # (the family name may be read as another spelling's:
    # "Kim" of Kim Tae-hun, then "Tae" of the spelling "Kim Tae Hun" made from its Hangul)
    split = variant.split()
    if first.role is not ROLE_FIRST or len(split) != 3 or fold_word(split[0]) not in SURNAMES_FIRST:
        return False
    if any(h.part.variant != variant for h in chain[1:]) or (
        first.variant != variant and first.key != key(fold_word(split[0]))
    ):
        return False  # (another spelling's parts: an alias)
    roles = {h.part.role for h in chain}
    return ROLE_MIDDLE not in roles or ROLE_LAST not in roles


def _read_to_the_last(hits: Sequence[Hit]) -> bool:
    """Whether a reading's parts go on to the listed name's last part."""
    return any(h.part.role is ROLE_LAST for h in hits)


def _may_be_given(text: str, ws: list[Word], i: int, spaced_at: int) -> bool:
    """Whether word ``i`` could be a given name beside a name's middle part: capitalised,
    no known non-name, no initial, and a space at ``spaced_at`` joining it to the name."""
    w = ws[i]
    return (
        w.capital
        and not w.not_name
        and w.folded not in NOT_GIVEN_NAMES
        and _spaced(text, ws, spaced_at)
        and not _is_initial(text, ws, i)
        and not _bare_initial(text, w)  # "P Varavara Rao": an initial without its stop
    )


def _given_after_middle(index: NameIndex, text: str, ws: list[Word], chain: list[Hit]) -> bool:
    """Whether a name read up to a middle part goes on with another given name, and so is
    someone else's: "Tran Van Hung" and "Nguyen Thi Hoa" are not Tran Van Minh and Nguyen
    Thi Lan (a Vietnamese name is family, middle and given name), as "Olga Kozlova" is not
    Oleg Kozlov. A Vietnamese family name (``VIETNAMESE_FAMILY_NAMES``) first is never
    shortened to its family and middle names, so any capitalised word after them is a given
    name, in a headline too; after other names, a headline's word ("Virginia Laparra
    Freed") is a given name only when known as one (``_given_in_headline``), and a
    Cyrillic word only when it is no case form of the person's surname ("Анна Ивановна
    Смирнова" is not Анна Ивановна Петрова; ``_surname_form``)."""
    last = chain[-1]
    after = last.stop
    if last.part.role is not ROLE_MIDDLE or after >= len(ws):
        return False
    w = ws[after]
    if _hyphen_syllable(text, ws, after):
        return True  # "Lee Cheuk-wai", "Kim Jong-il": the given name's syllable is another's
    if not _may_be_given(text, ws, after, after):
        return False
    if chain[0].part.role is ROLE_FIRST and ws[chain[0].first].folded in VIETNAMESE_FAMILY_NAMES:
        return True
    if names_ru.has_cyrillic(text[w.start : w.end]):
        return not _surname_form(index, last.part.person, text[w.start : w.end])
    return not _title_case(text, ws, after) or _given_in_headline(index, text, w)


SURNAME_STEM = 3  # letters of a surname's key that its case forms keep ("Орёл", "Орла")


def _surname_form(index: NameIndex, person: int, spelled: str) -> bool:
    """Whether a Cyrillic word after a person's patronymic may be a case form of one of their
    surnames (its key opens as theirs does: "Петрову", "Орла"), which the index may miss;
    else it is another surname ("Смирнову")."""
    word = part_key(spelled)
    listed = index.people[person]
    for variant in (listed.name, *listed.aliases):
        surname = part_key(name_parts(variant)[-1])
        n = min(SURNAME_STEM, len(word), len(surname))
        if word[:n] == surname[:n]:
            return True
    return False


def _given_before_middle(index: NameIndex, text: str, ws: list[Word], chain: list[Hit]) -> bool:
    """Whether a name read from a middle part on has another given name right before it,
    and so is someone else's: "Nazir Ahmad Mir" is not Shaukat Ahmad Mir, as "Kamel Ferchichi"
    is not Mourad Ferchichi. A word before it that spells or sounds like the person's own
    given name ("Showkat Ahmed Mir") is theirs; a title or a role ("Judge", "Mr"), an
    initial, a function word or a headline's word (``_given_in_headline``) is no given
    name, nor is a Burmese honorific ("U Ko Ko Tun" for Sai Ko Ko Tun) but one spelled as the
    part after it ("Ko Ko Naing" is not Min Ko Naing)."""
    first = chain[0]
    before = first.first - 1
    if first.part.role is not ROLE_MIDDLE or before < 0:
        return False
    w = ws[before]
    if not _may_be_given(text, ws, before, first.first) or (
        _title_case(text, ws, before) and not _given_in_headline(index, text, w)
    ):
        return False
    if w.folded in BURMESE_HONORIFICS and w.folded != ws[first.first].folded:
        return False
    person = first.part.person
    for spelling in w.spellings:
        exact, sounding = _given_names(index, key(spelling) or spelling)
        if person in exact or person in sounding:
            return False
    return True


# The words of a nasab inside a name, before the father's name: "Faisal bin Ali Nasser"
NASAB_BETWEEN = frozenset({"bin", "ibn", "bint", "binti", "ould"})
# Words before a given name that make it a father's (or a son's, "Abu"): "Omar bin Faisal
# Nasser" is Faisal Nasser's son, "Abu Karim Haddad" Karim's father
NASAB_BEFORE = NASAB_BETWEEN | {"abu", "umm"}
# The endings of English words that a line may write with a capital beside a name
# ("Democracy Education", "Egyptian", "Members"): such a word is no given name, unless known
# as one ("Christian", "Idris")
_ENGLISH_ENDINGS = (
    *("tion", "sion", "ment", "ness", "ship", "ism", "ist", "ity", "ian", "ean", "ese", "ish"),
    *("ing", "ance", "ence", "ary", "ory", "ics"),
)
ENGLISH_ENDING = re.compile(f"(?:{'|'.join(_ENGLISH_ENDINGS)})$")
# the same, and those of the adjectives, participles and adverbs that open a sentence before
# a name ("Detained", "Prominent", "Finally")
OPENING_ENDING = re.compile(
    f"(?:{'|'.join((*_ENGLISH_ENDINGS, 'ed', 'ly', 'ent', 'ous', 'ive', 'ful', 'ble', 'al'))})$"
)
# Demonyms of the regions whose names fill the watchlists that end in -i, as names do
DEMONYMS_IN_I = frozenset(
    {
        *("saudi", "emirati", "bahraini", "iraqi", "kuwaiti", "qatari", "omani", "yemeni"),
        *("pakistani", "bangladeshi", "nepali", "israeli", "azerbaijani", "somali", "afghani"),
        *("thai", "tajiki", "uzbeki"),
    }
)


# A Latin baptismal name, as Indonesian (Papuan, Batak, Flores), Filipino and East African
# news writes it before the name a person is known by ("Paulus Suryanta Ginting" for Surya
# Anta Ginting, "Ambrosius", "Petrus", "Yakobus", "Fransiskus", "Matheus"); never an Arabic
# name in -us ("Younus", "Quddus", "Firdaus")
BAPTISMAL = re.compile(r"(?:ius|[iae]nus|eus|[bklr]us)$")
BAPTISMAL_MIN_LENGTH = 6


def _baptismal(folded: str) -> bool:
    """Whether a word before a name is a Latin baptismal name (``BAPTISMAL``): the person's
    own, not another person's given name."""
    return len(folded) >= BAPTISMAL_MIN_LENGTH and BAPTISMAL.search(folded) is not None


def _inside_a_longer_name(
    index: NameIndex, text: str, ws: list[Word], chain: Sequence[Hit], *, reversed_: bool = False
) -> bool:
    """Whether a name read from its first part to its last (or, ``reversed_``, surname
    first) stands inside a longer name that is someone else's: another given name right
    before it ("Layla Karim Haddad", a daughter named with her father's name; "Omar bin
    Faisal Nasser", a son), or, for a reading surname first, another family name right after
    it ("Salem Tariq Bakri"). A word after a full name read in order is the person's own:
    real news names people with a third name ("Amani Mutesi Uwase", "Jean Mbala Ngoy") far
    more often than it names a namesake so, and lists drop commas ("A B C D"). A part
    between the given name and the surname is the person's own ("Karim Adel Haddad"), and so
    is a word of the person's own spellings (an alias "Reza Karimi Tabrizi"). A title, a
    role, a function word, a month, a demonym or another English word beside the name is no
    name ("Lawyer Karim Haddad", "Egyptian Karim Haddad", "Karim Haddad Monday"); nor, in a
    line in Title Case, a word not known as a given name ("Court Frees Karim Haddad")."""
    first, last = chain[0], chain[-1]
    if not reversed_ and (first.part.role is not ROLE_FIRST or last.part.role is not ROLE_LAST):
        return False  # (a name read from or up to a middle part: the rules above)
    spelled = text[ws[first.first].start : ws[last.stop - 1].end]
    if names_ru.has_cyrillic(spelled):
        return False  # (a Russian name's neighbours: the patronymic and case rules)
    person = first.part.person
    upper = spelled.isupper()
    read = {h.part.key for h in chain}
    before = first.first - 1
    if (
        before >= 0
        and _spaced(text, ws, first.first)
        and not _english_name_before(first.part)
        and not _baptismal(ws[before].folded)
    ):
        w = ws[before]
        if w.folded in NASAB_BEFORE and not _own_part(index, person, w.spellings, read):
            return True
        if _another_name_part(index, text, ws, before, person, read, upper):
            return True
    after = last.stop
    if reversed_ and after < len(ws) and _spaced(text, ws, after):
        return _another_name_part(index, text, ws, after, person, read, upper)
    return False


def _english_name_before(first: Part) -> bool:
    """Whether the listed spelling whose first part is ``first`` is a family name and a
    hyphenated given name of two syllables, as Cantonese and Korean names are listed ("Ho
    Ka-wai", "Wong Chi-fung"): news puts the person's English given name before it
    ("Kelvin Ho Ka-wai"), which is no one else's name."""
    variant = first.variant
    return (
        first.role is ROLE_FIRST
        and variant.count(" ") == 1
        and SYLLABLES_LAST.search(variant) is not None
    )


def _given_name_first(index: NameIndex, text: str, ws: list[Word], surname: Hit) -> bool:
    """Whether a surname read before the given name ("Salman Ali" for Ali Salman) is known
    as a given name, and so the name is another person's, his given name then his father's,
    as Arabic names go; not in a list's capitals before a comma ("SALMAN, Ali")."""
    if text[ws[surname.first].start : ws[surname.stop - 1].end].isupper():
        return False
    return surname.stop - surname.first == 1 and _known_given(index, ws[surname.first])


def _another_name_part(
    index: NameIndex,
    text: str,
    ws: list[Word],
    i: int,
    person: int,
    read: AbstractSet[str],
    upper: bool,
) -> bool:
    """Whether ``ws[i]``, beside a name of ``person`` (``upper``: written in capitals), is a
    part of another person's name: a capitalised word, no title, role, function word,
    initial, acronym or common word, not a part of the person's own spellings other than
    those ``read`` (the keys of the parts read: "Noor Ayman Nour" is no Ayman Nour); a given name
    known as one when the line is in Title Case, else any word but an English one."""
    w = ws[i]
    token = TOKEN.match(text, w.start)
    spelled = token[0] if token else text[w.start : w.end]
    if (
        len(spelled) < 2
        or not spelled[0].isupper()  # (a script without case: no sign of a name)
        or w.not_name
        or _role_or_word(w.folded)
        or _is_initial(text, ws, i)
        or _patronymic(w)  # "KARIMOVA, Dilnoza Bakhtiyorovna": her own
        or (spelled.isupper() and not upper)  # "the EIPR Karim Haddad case"
        or names_ru.has_cyrillic(spelled)
        or _own_part(index, person, (*w.spellings, fold(spelled)), read)
    ):
        return False
    if _known_given(index, w):
        return True
    if _title_case(text, ws, i):
        return False
    ending = OPENING_ENDING if _opens_sentence(text, w) else ENGLISH_ENDING
    return (
        ending.search(w.folded) is None
        and w.folded not in DEMONYMS_IN_I
        and (len(w.folded) < ROLE_ENDING_MIN or ROLE_ENDING.search(w.folded) is None)
    )


# A title the role list lacks, by its ending, in a long word ("Commissioner", "Inspector",
# "Congressman"): not in a given name of that length not known as one ("Munther", "Nasser")
ROLE_ENDING = re.compile(r"(?:er|or|man|woman)$")
ROLE_ENDING_MIN = 8


def _role_or_word(folded: str) -> bool:
    """Whether a word is a title, a role, a function word, a month or a common English word,
    or the plural of one ("Activists"), or a particle."""
    singular = SINGULARS.get(folded) or (folded[:-1] if folded.endswith("s") else folded)
    return any(
        word in NOT_GIVEN_NAMES
        or word in COMMON_WORDS
        or word in PARTICLES
        or word in HONORIFICS_BEFORE
        or word in NO_NAME_BESIDE
        for word in (folded, singular)
    )


# Words written with a capital beside a name that are no part of it, and that the endings
# of ENGLISH_ENDING miss: peoples and faiths ("Uyghur Ilham", "Muslim"), honorifics after a
# name ("Pasha", "Sahib") and the places and bodies named after a person ("the Karim Haddad
# Foundation")
NO_NAME_BESIDE = frozenset(
    {
        *("uyghur", "uighur", "tibetan", "afghan", "kazakh", "uzbek", "tajik", "kyrgyz"),
        *("turkmen", "tatar", "chechen", "azeri", "baloch", "pashtun", "khmer", "hmong"),
        *("rohingya", "muslim", "sunni", "shia", "shiite", "ahmadi", "druze", "maronite"),
        *("yazidi", "kurd", "arab", "berber", "amazigh", "sahrawi", "bedouin", "copt"),
        *("coptic", "filipino", "tamil", "sikh", "kashmiri", "dalit", "maori", "mapuche"),
        *("pasha", "bey", "effendi", "sahib", "saheb", "ji", "san", "agha"),
        *("street", "square", "avenue", "road", "foundation", "center", "centre", "fund"),
        *("prize", "award", "school", "university", "hospital", "library", "trust"),
        *("campaign", "institute", "museum", "law", "act", "case", "trial", "affair"),
        # nationalities that the endings miss ("Briton Vicky Bowman", "American Kyaw Htay Oo")
        *("american", "african", "mexican", "german", "briton", "brit", "dutch", "czech"),
        *("greek", "swiss", "turk", "cuban", "lao", "welsh", "moroccan", "libyan", "kenyan"),
        *("ugandan", "rwandan", "angolan", "venezuelan", "nicaraguan", "salvadoran"),
        *("guatemalan", "honduran", "jamaican", "dominican", "argentine", "lankan", "slovak"),
        *("moldovan", "nepalese", "taiwanese"),
        # the bodies a name follows ("the Belarusian Polish Union Andrzej Poczobut")
        *("union", "party", "front", "committee", "council", "group", "network", "league"),
        *("forum", "watch", "agency", "office", "bureau", "court", "tribunal", "ministry"),
        *("service", "police", "army", "prison", "colony", "society", "club", "college"),
        *("newspaper", "channel", "radio", "television", "magazine", "embassy"),
        # an outlet's desks and names a role ends with ("Head of News Karim Haddad", "the
        # Daily Star's Press Karim Haddad", "Director of Media Karim Haddad")
        *("news", "media", "press", "desk", "daily", "times", "sports", "politics"),
    }
)


# Honorifics written before a name, as a title is: Burmese ("Daw Khin Mar Win", "Ko", "Naw",
# "Saw"), Thai "Khun", "Haji" for one who made the pilgrimage, a Tibetan "Lama" (also a
# family name, so no title in ``wordlists``: "Lama Tsewang Namgyal", "Pasang Lama"); and the
# words a title takes before it ("Grand Mufti", "Acting Governor", "Vice President")
HONORIFICS_BEFORE = frozenset(
    {
        *("daw", "ko", "ma", "naw", "saw", "khun", "haji", "hajji", "hajj", "lama"),
        *("vice", "acting", "interim", "senior", "junior", "grand", "honorary", "emeritus"),
    }
)


TOKEN = re.compile(r"[^\W\d_][\w'’\-\u2010\u2011]*")


def _known_given(index: NameIndex, w: Word) -> bool:
    """Whether a word is known as a given name: a listed person's, one ``names`` knows, or
    one of the Russian dictionary's as English spells it (Layla, Omar, Khalid)."""
    for spelling in w.spellings:
        given_key = key(spelling) or spelling
        if given_key in index.first or known_given(given_key):
            return True
    return names_ru.latin_given_name(w.folded)


def _own_part(
    index: NameIndex, person: int, spellings: Iterable[str], read: AbstractSet[str]
) -> bool:
    """Whether a word (its folded spellings) spells a part of one of the person's own
    spellings, name or alias, other than the parts ``read`` already."""
    listed = index.people[person]
    own = {
        part_key(word)
        for variant in (listed.name, *listed.aliases)
        for part in name_parts(variant)
        for word in part.split()
    }
    own -= read
    return any((key(s) or s) in own for s in spellings)


def _opens_sentence(text: str, w: Word) -> bool:
    """Whether a word opens a sentence, a line or the text (after quotes)."""
    before = text[: w.start].rstrip(" \t\"“‘'")
    return not before or before[-1] in ".!?\n:"


def _chain(
    text: str,
    ws: list[Word],
    by_start: dict[tuple[int, int], list[Hit]],
    hit: Hit,
    next_at: dict[int, tuple[tuple[int, bool], ...]],
) -> list[Hit]:
    """The hits of ``hit``'s person that follow it as the next parts of one name
    (``next_at``: where a next part may start after each word, as worked out so far)."""
    chain = [hit]
    while True:
        last = chain[-1]
        starts = next_at.get(last.stop)
        if starts is None:
            starts = next_at[last.stop] = tuple(_next_part_at(text, ws, last.stop))
        options = [
            h
            for at, passed_names in starts
            for h in by_start.get((hit.part.person, at), ())
            if (
                h.part.role is Role.LAST
                and last.part.role is Role.FIRST
                and len(h.part.key) >= PASSED_TO_MIN_LENGTH
                if passed_names
                else h.part.role > last.part.role
                or (
                    h.part.role is Role.MIDDLE
                    and last.part.role is Role.MIDDLE
                    and (h.part.key != last.part.key or _doubled_on(chain, h.part))
                )
            )
        ]
        if not options:
            return chain
        chain.append(min(options, key=lambda h: (h.first, h.how, -h.stop)))


# the Arabic article as news adds it to a surname a list writes without it
ARTICLES_ADDED = frozenset({"al", "el"})
# of a surname's key, for a full name read past other given names to it: a Burmese name's
# last syllable ("Oo") ends other names ("Kyaw Soe Oo" is not Kyaw Htay Oo)
PASSED_TO_MIN_LENGTH = 3


def _doubled_on(chain: list[Hit], part: Part) -> bool:
    """Whether the middle ``part`` may follow a chain that ends in a part of its key: its
    spelling repeats the key in a row more often than the chain's end does ("Sai Ko Ko
    Tun": a second "Ko", never a third)."""
    units = spelling_units(part.variant)
    if len(units) == len(chain[0].part.variant.split()):  # (no part repeated in a row)
        return False
    taken = len(list(takewhile(part.key.__eq__, (h.part.key for h in reversed(chain)))))
    return any(k == part.key and n > taken for k, n in units)


@lru_cache(maxsize=4096)
def spelling_units(variant: str) -> tuple[tuple[str, int], ...]:
    """The keys of a spelling's parts, a part repeated in a row once, with how many times it
    stands: "Sai Ko Ko Tun" → (sai, 1), (ko, 2), (tun, 1). A Burmese name doubles a
    syllable ("Than Than Aye", "Mya Mya"), and the doubled part is one unit of the name."""
    return tuple(_runs(map(part_key, name_parts(variant))))


def _runs(keys: Iterable[str]) -> list[tuple[str, int]]:
    """Each key with how many times it stands in a row: "ko ko tun" → (ko, 2), (tun, 1)."""
    return [(k, len(list(same))) for k, same in groupby(keys)]


@lru_cache(maxsize=4096)
def _doubles_a_part(variant: str) -> bool:
    """Whether a spelling repeats a part in a row ("Than Than Aye"; ``spelling_units``)."""
    return any(n > 1 for _, n in spelling_units(variant))


@lru_cache(maxsize=4096)
def _vietnamese(variant: str) -> bool:
    """Whether a spelling is a Vietnamese name: a family name first, three words or more."""
    split = variant.split()
    return len(split) >= 3 and fold_word(split[0]) in VIETNAMESE_FAMILY_NAMES


def _vietnamese_otherwise(ws: list[Word], chain: list[Hit]) -> bool:
    """Whether a reading of a listed Vietnamese name (a family name first, three words or
    more: "Trịnh Văn Khải") is another person's: Vietnamese has one Latin spelling, which
    news writes with or without its diacritics, so a part spelled otherwise is another
    name ("Trinh Van Hai": kh is not h, as in Russian names), and a reading that stops
    before the given name, the last word, names someone else ("Pham Thi Lan" is not Pham
    Thi Lan Anh), and so does one that passes another word between its parts ("Nguyen
    Quang Lan" is not Nguyen Thi Lan)."""
    variant = chain[0].part.variant
    if not _vietnamese(variant) or any(h.part.variant != variant for h in chain):
        return False
    if any(b.first != a.stop for a, b in pairwise(chain)):
        return True  # another given name passed ("Nguyen Quang Lan" is not Nguyen Thi Lan)
    split = variant.split()
    if chain[-1].part.role is not ROLE_LAST and chain[-1].part.key != key(fold_word(split[-1])):
        return True  # (a middle part of the given name's spelling: "Nguyen Van Van")
    return any(
        "".join(w.folded for w in ws[h.first : h.stop])
        != "".join(filter(str.isalpha, h.part.folded))
        for h in chain
    )


@lru_cache(maxsize=4096)
def _burmese(variant: str) -> bool:
    """Whether a spelling is a Burmese name: two words or more, each a syllable Burmese names
    are made of (or of one vowel run, as they are: "Thaik"; ``names.ONE_SYLLABLE``), one of
    them found in Burmese names only (``BURMESE_MARKS``)."""
    split = [fold_word(w) for w in variant.split()]
    return (
        len(split) >= 2
        and all(w in BURMESE_SYLLABLES or ONE_SYLLABLE.fullmatch(w) for w in split)
        and any(w in BURMESE_MARKS for w in split)
    )


# A Burmese syllable's rhyme that English spellings write two ways ("Khaing" / Khine,
# "Hlaing" / Hline), read so in a listed Burmese name only
_BURMESE_RHYME = re.compile(r"([a-z]{1,3})(aing|ine)")
# ... and a syllable that ends in a stop, with or without a silent e ("Thaike" / Thaik)
_BURMESE_STOP = re.compile(r"[a-z]{0,3}[aeiou]+[kt]")


def _burmese_respelt(run_key: str) -> tuple[str, ...]:
    """The key of a syllable with its rhyme written the other way ("hine" → "haing"), or
    with the silent e after its final stop added or left out ("thaike" → "thaik")."""
    if _BURMESE_STOP.fullmatch(run_key):
        return (run_key + "e",)
    if run_key[-1:] == "e" and _BURMESE_STOP.fullmatch(run_key, 0, len(run_key) - 1):
        return (run_key[:-1],)
    syllable = _BURMESE_RHYME.fullmatch(run_key)
    if syllable is None:
        return ()
    return (syllable[1] + ("ine" if syllable[2] == "aing" else "aing"),)


def _burmese_otherwise(text: str, ws: list[Word], chain: list[Hit]) -> bool:
    """Whether a reading of a listed Burmese name is another person's. Burmese has no
    surname: every word of the name is part of the one name, so a name with another word
    between the listed ones ("Zaw Min Tun" for Zaw Tun) or one more syllable right after them
    ("Zaw Tun Oo") is someone else's, whatever a list of other names may drop."""
    variant = chain[0].part.variant
    if not _burmese(variant) or any(h.part.variant != variant for h in chain):
        return False
    if any(b.first != a.stop for a, b in pairwise(chain)):
        return True
    after = chain[-1].stop
    if after >= len(ws) or not _spaced(text, ws, after):
        return False
    w = ws[after]
    return (
        w.capital
        and w.folded in BURMESE_SYLLABLES
        and w.folded not in BURMESE_HONORIFICS
        and not _title_case(text, ws, after)
    )


def _titled_otherwise(index: NameIndex, text: str, ws: list[Word], chain: list[Hit]) -> bool:
    """Whether a reading that opens with the title of a spelling of a title and a given name
    alone ("Sheikh Hasina", made for Sheikh Hasina Wajed: ``names.TITLES_WITH_GIVEN``) is no
    reading of that spelling: the title and the given name must stand together, with no name
    after them, "Sheikh Rashid Shafique" being another's (not Sheikh Rasheed Ahmad, whose
    usual name is "Sheikh Rasheed") and "Sheikh Rasheed Ahmad" the listed name's reading;
    nor is "Sheikh Ibrahim Karimi" the title and the surname of Sheikh Abdullah Karimi."""
    variant = chain[0].part.variant
    split = variant.split()
    if len(split) != 2 or fold_word(split[0]) not in TITLES_WITH_GIVEN:
        return False
    if chain[0].part.role is not ROLE_FIRST:
        return False
    if len(chain) != 2 or chain[1].part.variant != variant or chain[1].first != chain[0].stop:
        return True
    after = chain[-1].stop
    if after >= len(ws) or not _spaced(text, ws, after) or not ws[after].capital:
        return False
    person = chain[0].part.person
    if _own_part(index, person, ws[after].spellings, set()):
        return True  # (the listed name's own reading: "Sheikh Rasheed Ahmad")
    read = {h.part.key for h in chain}
    upper = text[ws[chain[0].first].start : ws[chain[-1].stop - 1].end].isupper()
    return _another_name_part(index, text, ws, after, person, read, upper)


def _splits_a_double(chain: list[Hit]) -> bool:
    """Whether a reading of several parts takes a part that its spelling repeats in a row
    only in part, or passes over it: "Ko Tun", "Sai Ko" and "Sai Tun" are not Sai Ko Ko Tun,
    "Than Aye" is not Than Than Aye (Burmese doubles a syllable, and the name is one unit).
    So is a reading of the doubled part alone ("Than Than", "Ko Ko"), unless that is the
    whole name ("Mya Mya"). A reading of parts from several spellings, or not in the order
    of its spelling, is left as it is."""
    variant = chain[0].part.variant
    if not _doubles_a_part(variant) or any(h.part.variant != variant for h in chain):
        return False
    units = spelling_units(variant)
    read = _runs(h.part.key for h in chain)
    at: list[int] = []  # where each unit read stands in the spelling's units
    j = 0
    for k, n in read:
        while j < len(units) and units[j][0] != k:
            j += 1
        if j == len(units):
            return False
        if units[j][1] != n:
            return True
        at.append(j)
        j += 1
    if len(read) == 1:
        return len(units) > 1
    return any(units[j][1] > 1 for j in range(at[0], at[-1] + 1) if j not in at)


PAIR_GAP = re.compile(r"[ \t\u00a0]+(?:and|и|&)[ \t\u00a0]+")  # before a list's last name
SERIAL_GAP = re.compile(r",[ \t\u00a0]+and[ \t\u00a0]+")  # "A, B, and C": after two names or more
LIST_GAP = re.compile(r",[ \t\u00a0]+")  # between the names before the last
MAX_LISTED = 6  # given names before one family surname


def _shared_surname(
    text: str, ws: list[Word], by_start: dict[tuple[int, int], list[Hit]], hit: Hit
) -> Hit | None:
    """The surname ``hit``, a given name, shares with the given names listed after it:
    "Arkady and Sofya Tikhonov", "Аркадия и Софью Тихоновых" (a Russian surname in the
    plural, the family's), "Аркадий, Софья и Мария Тихоновы", "Ivan, Olga, and Petr
    Sidorov" are Arkady Tikhonov's and Ivan Sidorov's names too. Each name of the list is
    one capitalised word; a list ends at "and" or "и" and its last name, then the surname."""
    at = hit.stop
    if hit.part.role is not ROLE_FIRST:
        return None
    listed = 1
    if hit.first > 0 and LIST_GAP.fullmatch(text, ws[hit.first - 1].end, ws[hit.first].start):
        listed = 2  # a name inside a list ("Ivan, Olga, and Petr Sidorov": Olga)
    while True:
        if at + 1 >= len(ws):
            return None
        given = ws[at]
        if not (given.capital and not given.not_name and given.folded not in NOT_GIVEN_NAMES):
            return None
        gap_start, gap_end = ws[at - 1].end, given.start
        if PAIR_GAP.fullmatch(text, gap_start, gap_end) is not None or (
            listed >= 2 and SERIAL_GAP.fullmatch(text, gap_start, gap_end) is not None
        ):
            break
        if listed + 1 >= MAX_LISTED or LIST_GAP.fullmatch(text, gap_start, gap_end) is None:
            return None
        listed += 1
        at += 1
    surname = ws[at + 1]
    if not _between_parts(text[given.end : surname.start]):
        return None
    lower = text[surname.start : surname.end].lower()
    if names_ru.has_cyrillic(lower) and not names_ru.plural_forms(lower):
        return None  # "Аркадий и Софья Тихонова": hers alone
    for last in by_start.get((hit.part.person, at + 1), ()):
        if last.part.role is ROLE_LAST and last.stop == at + 2:
            return last
    return None


def _next_part_at(text: str, ws: list[Word], at: int) -> Iterator[tuple[int, bool]]:
    """Where the next part of a name may start after ``ws[at - 1]``: the next word, or
    the word after a patronymic or a middle initial ("Mukhtar K. Dzhakishev"); and, past
    one or two other given names, a surname (True): a list shortens "Mohammed Abdul Razzaq
    al-Siddiq" to Mohammed al-Siddiq, or a nasab "Faisal bin Ali Nasser" to Faisal Nasser."""
    passed_names = False
    last = -1  # the word yielded last: what it is matters once the name goes on after it
    if at < len(ws) and (nickname := NICKNAME.match(text, ws[at - 1].end)):
        after = bisect_left(ws, nickname.end(), key=_START)  # "Kittiya “Fon” Wongsawat"
        if after < len(ws) and ws[after].start == nickname.end():
            yield after, False
    for _ in range(3):
        if at >= len(ws) or not (
            ws[at].capital or ws[at].folded in PARTICLES or _hyphen_syllable(text, ws, at)
        ):
            return
        start, end = ws[at - 1].end, ws[at].start
        if end - start > 1 and text[start + 1].isalpha():
            return  # " was held by ": a word between (which every test below refuses)
        gap = text[start:end]
        if not (
            _between_parts(gap)
            or (_is_initial(text, ws, at - 1) and _between_parts(gap[1:]))
            or (last < 0 and _quoted_alone(text, ws[at - 1], gap))  # 'Nguyen "Cuc" Foshee'
            or (last >= 0 and _in_brackets(text, ws, at))  # "Sevinj Abbasova (Vagifgizi)"
            or (gap == "] " and text[ws[at - 1].start - 1 : ws[at - 1].start] == "[")
        ):  # (the last: a given name an editor put in brackets, "[Guillermo] Fariñas")
            return
        # (asked only now: most names end before, and the Title Case test is dear)
        if last >= 0 and not (
            _is_initial(text, ws, last)
            or _patronymic(ws[last])
            or ws[last].folded in ARTICLES_ADDED  # "Kayed al-Fasfous" for Kayed Fasfous
        ):
            if ws[last].folded not in NASAB_BETWEEN and not _given_between(text, ws, last):
                return
            passed_names = True  # (a nasab too: "Faisal bin Ali Nasser" is Faisal Nasser)
        yield at, passed_names
        last = at
        at += 1


# A nickname in quotes between a given name and a surname, as Thai and other news writes
# it ("Netiporn “Bung” Sanesangkhom", 'Vladimir "Volodya" Orlov'): no part of the name;
# letters, spaces, dots and hyphens (a quoted question or exclamation is said, not a name)
NICKNAME = re.compile(r"[ \t\u00a0]+[“\"‘'][^\W\d_](?:[^\W\d_]|[ .\-]){0,24}[”\"’'][ \t\u00a0]+")
_START = attrgetter("start")
# A word in quotes, the closing quote and spaces after it: the nickname a name's given name
# may be ("Nguyen Thuong “Cuc” Foshee" for Cuc Foshee), each quote with its own mate
_QUOTES = {"“": "”", '"': '"', "‘": "’", "'": "'"}
_AFTER_QUOTE = re.compile(r"[”\"’'][ \t\u00a0]+")


def _before_nickname(text: str, ws: list[Word], at: int) -> int:
    """The word before a nickname in quotes that ends right before ``ws[at]`` (its given
    name: "Jatupat" of "Jatupat “Pai” Boonpattararaksa"), or -1 when none does."""
    for before in range(at - 2, max(at - 5, -1), -1):
        nickname = NICKNAME.match(text, ws[before].end)
        if nickname is not None and nickname.end() == ws[at].start:
            return before
    return -1


def _quoted_alone(text: str, w: Word, gap: str) -> bool:
    """Whether ``w`` alone stands in quotes, ``gap`` (after it) closing them: a nickname."""
    if w.start < 1 or _AFTER_QUOTE.fullmatch(gap) is None:
        return False
    opening = text[w.start - 1]
    return _QUOTES.get(opening) == gap[0] and (w.start < 2 or not text[w.start - 2].isalnum())


def _in_brackets(text: str, ws: list[Word], at: int) -> bool:
    """Whether ``ws[at]`` alone stands in brackets right after the word before it: a
    woman's own or father's surname after her married one ("Sevinj Abbasova
    (Vagifgizi)"), which a list may give as hers."""
    return text[ws[at - 1].end : ws[at].start] == " (" and text[ws[at].end : ws[at].end + 1] == ")"


def _given_between(text: str, ws: list[Word], at: int) -> bool:
    """Whether ``ws[at]`` can be another given name inside a full name written out: a
    capitalised Latin-script word that is no title, role or function word, outside a
    Title Case line."""
    w = ws[at]
    return (
        w.capital
        and not w.not_name
        and w.folded not in NOT_GIVEN_NAMES
        and not names_ru.has_cyrillic(text[w.start : w.end])
        and not _title_case(text, ws, at)
    )


def _patronymic(w: Word) -> bool:
    """Whether a word is a patronymic or a Turkic "son of" ("Kabylovich", "Петровичу")."""
    return any(
        len(s) > 5 and (PATRONYMIC.search(key(s)) or PATRONYMIC.search(s))  # -ovna keys -una
        for s in w.spellings
    )


TWO_LETTER_INITIALS = {"ye", "yu", "ya", "yo", "zh", "sh", "ch", "kh", "dj", "ts"}  # "Ye. Baltabay"


def _is_initial(text: str, ws: list[Word], i: int) -> bool:
    w = ws[i]
    return _initial_word(w) and text[w.end : w.end + 1] == "."


def _initial_before(text: str, ws: list[Word], i: int) -> bool:
    """Whether ``ws[i]`` is an initial right before a surname: "M." or, after another
    initial, "S" with no full stop ("R.S Kandasamy"), or one or two without stops, as
    South Asian news writes them ("M Karim", "GN Saibaba")."""
    return (
        _is_initial(text, ws, i)
        or (i >= 1 and _initial_word(ws[i]) and _is_initial(text, ws, i - 1))
        or (
            i + 1 < len(ws)
            and _spaced(text, ws, i + 1)
            and (_bare_initial(text, ws[i]) or _initials_run_together(text, ws[i]))
        )
    )


def _initial_word(w: Word) -> bool:
    """Whether a word may be an initial (before its full stop): "H", "Yu"."""
    return (len(w.folded) == 1 or w.folded in TWO_LETTER_INITIALS) and w.capital


def _surname_first(
    text: str, ws: list[Word], by_start: dict[tuple[int, int], list[Hit]], hit: Hit
) -> tuple[Hit, ...] | None:
    """ "Dzhakishev Mukhtar": the last part, then the first."""
    if hit.part.role is not ROLE_LAST or hit.how is not HOW_EXACT or hit.stop >= len(ws):
        return None
    gap = text[ws[hit.stop - 1].end : ws[hit.stop].start]
    listed = (
        gap == ", "  # a list's "KARIMOVA, Dilnoza": the surname in capitals, a comma
        and text[ws[hit.first].start : ws[hit.stop - 1].end].isupper()
        and not text[ws[hit.stop].start : ws[hit.stop].end].isupper()
        and not _spaced_capitals(text, ws, hit.first - 1)  # not "Dmitry ORLOV, Mikhail ..."
    )
    if not listed and not _between_parts(gap):
        return None
    for other in by_start.get((hit.part.person, hit.stop), ()):
        if other.part.role is ROLE_FIRST and other.how in _GIVEN_HOWS:  # "GHORBANI, Mahdi"
            if _surname_next(text, ws, by_start, other):
                return None  # "to Grant Helen Grant": the given name starts the full name
            if listed and _another_name_goes_on(text, ws, other.stop):
                return None  # "Dmitry ORLOV, Mikhail GUSEV": two others' names, listed
            if not listed and _passes_a_given_name(hit.part.variant):
                return None  # "Khan Mohammed" is not Mohammad Saleem Khan
            return (hit, other)
    return None


@lru_cache(maxsize=4096)
def _passes_a_given_name(variant: str) -> bool:
    """Whether a spelling has a middle part other than a patronymic ("Mohammad Saleem
    Khan"): read surname first in running text, its surname and first given name ("Khan
    Mohammed") pass over the given name the person is known by, and name someone else, as
    such an order is a list's ("KARIMOVA, Dilnoza") or a name's own (Chinese, Hungarian),
    which keeps every given name; a patronymic is left out ("Dzhakishev Mukhtar")."""
    parts = name_parts(variant)
    return len(parts) > 2 and any(not PATRONYMIC.search(part_key(part)) for part in parts[1:-1])


# how a given name after the exact surname may be spelled: its key, or one sounding alike
# ("GHORBANI, Mahdi" for Mehdi Ghorbani), as a given name beside a surname is read
_GIVEN_HOWS = (How.EXACT, How.SOUND)


def _another_name_goes_on(text: str, ws: list[Word], at: int) -> bool:
    """Whether ``ws[at]`` goes on with a name the word before starts: a capitalised word
    after only spaces, not a patronymic or an initial ("Mikhail Gusev", not "Mikhail S.")."""
    return (
        _spaced_capitals(text, ws, at - 1)
        and not _patronymic(ws[at])
        and not _is_initial(text, ws, at)
    )


def _spaced_capitals(text: str, ws: list[Word], i: int) -> bool:
    """Whether words ``i`` and ``i + 1`` both start with a capital and only spaces come
    between them on one line ("Dmitry ORLOV"; not a title's last word and a list's first)."""
    if i < 0 or i + 1 >= len(ws) or not (ws[i].capital and ws[i + 1].capital):
        return False
    return SPACES.fullmatch(text, ws[i].end, ws[i + 1].start) is not None


def _surname_next(
    text: str, ws: list[Word], by_start: dict[tuple[int, int], list[Hit]], first: Hit
) -> bool:
    """Whether the person's surname follows their given name ``first`` at once."""
    if first.stop >= len(ws) or not _between_parts(
        text[ws[first.stop - 1].end : ws[first.stop].start]
    ):
        return False
    return any(
        h.part.role is Role.LAST and h.how is How.EXACT
        for h in by_start.get((first.part.person, first.stop), ())
    )


def _initial(index: NameIndex, text: str, ws: list[Word], hit: Hit) -> int | None:
    """The word index of an initial that fits the person right before the surname: "M."
    or, as South Asian news writes initials, "M" without a full stop, or two run together
    in capitals ("GN Saibaba")."""
    i = hit.first - 1
    if i < 0:
        return None
    w = ws[i]
    initials = index.initials[hit.part.person]
    spaced = SPACES.fullmatch(text, w.end, ws[hit.first].start) is not None
    if not _initial_word(w):
        if spaced and _initials_run_together(text, w) and _fits(w, initials):
            return i
        return None
    dotted = _DOTTED.fullmatch(text, w.end, ws[hit.first].start) is not None
    bare = spaced and _bare_initial(text, w)
    if (dotted or bare) and _fits(w, initials):
        return i
    # two initials, the first the given name's: "R.S. Kandasamy", "R.S Kandasamy", "R S
    # Kandasamy", as South Asian news writes a given name and a father's name
    if (
        (dotted or spaced)
        and i >= 1
        and _initial_word(ws[i - 1])
        and (
            _DOTTED.fullmatch(text, ws[i - 1].end, w.start)
            or (bare and _bare_initial(text, ws[i - 1]) and _spaced(text, ws, i))
        )
        and _fits(ws[i - 1], initials)
    ):
        return i - 1
    return None


def _not_joined(index: NameIndex, run_key: str, parts: list[Part]) -> list[Part]:
    """``parts`` (the exact parts of ``run_key``) but those of the spellings with words
    joined (``names.joined_spellings``), for a run of several words of a text: "Can Atalay"
    is a middle part and a surname, not a surname "Canatalay"; the list's own spelling reads
    the words apart. Kept in ``index.unjoined_cache`` by the key: a common run ("Abd
    El-Latif") has the parts of thousands of people in a large list."""
    kept = index.unjoined_cache.get(run_key)
    if kept is None:
        people = index.people
        kept = [part for part in parts if not _joined_variant(people[part.person], part.variant)]
        if len(index.unjoined_cache) >= FUZZY_CACHE_LIMIT:
            index.unjoined_cache.clear()
        index.unjoined_cache[run_key] = kept
    return kept


def _joined_variant(person: Person, variant: str) -> bool:
    """Whether ``variant`` is a spelling of the person's with words joined
    (``names.joined_spellings``), not one the list gives nor another made spelling ("Roh Soo
    Hui", "Zeng Jinyan": ``names.made_spellings``), whose words a run of the text reads."""
    spellings = _listed_spellings(person)
    return variant not in spellings and any(variant in joined_spellings(s) for s in spellings)


def _bare_initial(text: str, w: Word) -> bool:
    """Whether ``w`` is an initial written without its full stop: one capital letter ("P
    Varavara Rao"), not the article or the pronoun opening a sentence ("A Rao aide")."""
    return (
        len(w.folded) == 1
        and text[w.start : w.end].isupper()
        and not (w.folded in "ai" and _opens_sentence(text, w))
    )


def _initials_run_together(text: str, w: Word) -> bool:
    """Whether ``w`` is two initials written as one word in capitals ("GN Saibaba")."""
    return len(w.folded) == INITIALS_RUN_TOGETHER and text[w.start : w.end].isupper()


INITIALS_RUN_TOGETHER = 2  # letters of a word in capitals read as initials without stops


_DOTTED = re.compile(r"\.[ \t]?")


def _initials_after(index: NameIndex, text: str, ws: list[Word], hit: Hit) -> int | None:
    """Where the initials end that follow the surname and fit the person, as Russian
    records write a name ("Кара-Мурза В. В.", "Навальному А.А."), else None."""
    i = hit.stop
    if i >= len(ws) or not _is_initial(text, ws, i) or not _spaced(text, ws, i):
        return None
    if not _fits(ws[i], index.initials[hit.part.person]):
        return None
    patronymic = i + 1 < len(ws) and _is_initial(text, ws, i + 1)
    if patronymic and re.fullmatch(r"\.[ \t]?", text[ws[i].end : ws[i + 1].start]):
        return i + 2  # with the patronymic's initial
    return i + 1


def _fits(initial: Word, initials: set[str]) -> bool:
    """Whether an initial ("В", "Ю", "Г" as h) fits a person's given names' initials."""
    return any(spelling[0] in initials for spelling in initial.spellings)


def _spaced(text: str, ws: list[Word], i: int) -> bool:
    """Whether only spaces separate ``ws[i - 1]`` and ``ws[i]``."""
    return SPACES.fullmatch(text, ws[i - 1].end, ws[i].start) is not None


SPACES = re.compile(r"[ \t\u00a0]+")
SYLLABLE_MAX = 6  # letters of a given name's syllable glued by a hyphen ("Ying-kit", "Jong-un")


def _hyphen_syllable(text: str, ws: list[Word], i: int) -> bool:
    """Whether ``ws[i]`` is a lowercase syllable that a hyphen glues to the capitalised
    syllable before it: the second half of a Cantonese or Korean given name as news writes
    it ("Tong Ying-kit", "Kim Jong-un"), which a list may write as two words ("Tong Ying
    Kit"). Read as a part of a name only when it spells one exactly."""
    if i < 1:
        return False
    w, before = ws[i], ws[i - 1]
    return (
        w.start == before.end + 1
        and text[before.end] in _HYPHEN_SET
        and before.capital
        and not w.capital
        and len(w.folded) <= SYLLABLE_MAX
        and len(before.folded) <= SYLLABLE_MAX
        and w.folded.isascii()
        and w.folded.isalpha()
    )


def _dedupe(found: list[Found]) -> list[Found]:
    """One reading per person and span: the longest, then the best."""
    found.sort(key=lambda f: (f.person, f.first, -f.stop, f.how))
    kept: list[Found] = []
    for f in found:
        if kept and kept[-1].person == f.person and f.first < kept[-1].stop:
            continue
        kept.append(f)
    return kept


def _unspaced(index: NameIndex, text: str) -> list[Found]:
    if index.unspaced is None or UNSPACED.search(text) is None:
        return []  # (every alias there has a letter of such a script)
    return [
        Found(person, -1, -1, FoundKind.ALIAS, (), end - len(variant) + 1, end + 1)
        for end, (person, variant) in index.unspaced.iter(text)
    ]


# ---------------------------------------------------------------------------
# Which readings count


FULL_KINDS = frozenset(
    {
        FoundKind.FULL,
        FoundKind.SURNAME_FIRST,
        FoundKind.INITIAL,
        FoundKind.ALIAS,
        FoundKind.SHARED,
    }
)


HYPHENS = "-\u2010\u2011"
_HYPHEN_SET = frozenset(HYPHENS)  # (a word's next character, maybe none, is one of them)


def _half_a_compound(text: str, ws: list[Word], f: Found) -> bool:
    """Whether a reading ends on the first half of a hyphenated word of the text with a
    listed part longer than that half: "Lai Ching-te" is not "Jimmy Lai Chee-ying" (whose
    "Chee-ying" keys as "Ching"), though "Oyu Ganbold-led" is Oyu Ganbold."""
    if f.first < 0 or not f.hits:
        return False
    last = ws[f.stop - 1]
    end = last.end
    return (
        end + 1 < len(text)
        and text[end] in HYPHENS
        and text[end + 1].isalpha()
        and len(f.hits[-1].part.folded) > len(last.folded)
    )


def _apply_rules(
    index: NameIndex, text: str, ws: list[Word], found: list[Found], copies: _Copies
) -> tuple[list[Found], set[int]]:
    """The readings that count, and the people named in full. The first rules, which read
    a reading's place, kind, keys and ``exclude`` phrases alone, are applied to each
    reading of the namesakes read alike once (``copies``), before their readings are made."""
    namesakes: dict[int, list[tuple[int, set[str]]]] = defaultdict(list)  # see _namesake_owns
    readings = []
    elsewhere: dict[tuple[int, int], bool] = {}  # _someone_else of a surname's span, once
    for f in found:
        if f.kind is KIND_MIDDLE:
            continue
        if f.first >= 0 and _office_holder_before(index, text, ws, f):
            continue  # "President Mohammed Karimi" is not the listed Mohammad Karimi
        if f.kind is not KIND_SURNAME:
            if not _half_a_compound(text, ws, f):
                readings.append(f)
            continue
        span = (f.first, f.stop)
        other = elsewhere.get(span)
        if other is None:
            other = elsewhere[span] = _someone_else(index, text, ws, f)
        if not other:
            readings.append(f)
        else:  # "Ирина Горинова": another person, named in full
            namesake = (f.first, _other_readings(ws, f))
            namesakes[f.person].append(namesake)
            for people, _ in copies.get(f.person, ()):
                for person in people:
                    namesakes[person].append(namesake)
    found = _inside_longer([f for f in readings if not _excluded(index, text, ws, f)])
    if copies:
        found = _with_copies(found, copies)
    found = _to_the_spelling_as_listed(text, ws, _surname_to_the_named(found))
    found = _to_the_alias_spelled(index, text, ws, found)
    full_at: dict[int, list[int]] = defaultdict(list)  # person → word indexes of full mentions
    ends_full: set[tuple[int, str]] = set()  # (person, key) of parts that ended a full name
    for f in found:
        if f.kind in FULL_KINDS:
            full_at[f.person].append(f.first if f.first >= 0 else _word_at(ws, f.start))
            if f.hits:
                ends_full.add((f.person, f.hits[-1].part.key))
                for h in f.hits[:-1]:  # "Virginia Laparra Rivas" ... "Laparra said"
                    if (
                        h.part.role is ROLE_MIDDLE
                        and (
                            len(h.part.key) >= MIDDLE_ALONE_MIN_LENGTH
                            or SYLLABLES_LAST.search(in_news_order(index.people[f.person].name))
                            is not None
                        )
                        and not PATRONYMIC.search(h.part.key)
                    ):
                        ends_full.add((f.person, h.part.key))
    spelled_full: set[tuple[int, str]] | None = None  # (person, folded word) of full-name parts
    kept = [f for f in found if f.kind in FULL_KINDS]
    in_full: dict[int, set[int]] = defaultdict(set)  # word index → people named in full there
    for f in kept:
        for i in range(f.first, f.stop):
            in_full[i].add(f.person)
    readers: dict[int, set[int]] = defaultdict(set)  # word index → people its surname reads as
    owners: dict[int, int] = {}  # word index → whose surname it is, see _owner_at
    for f in found:
        if f.kind is KIND_SURNAME:
            readers[f.first].add(f.person)
    for f in found:
        if f.kind is not KIND_SURNAME:
            continue
        if f.how is HOW_SOUND:
            if spelled_full is None:  # (asked for rarely)
                spelled_full = {
                    (g.person, w.folded)
                    for g in found
                    if g.kind in FULL_KINDS
                    for w in ws[g.first : g.stop]
                }
            if (f.person, ws[f.first].folded) not in spelled_full and (
                _aside(text, ws, f.first, in_full.get(f.first - 1, _NO_ONE), f.person)
                or not _near_listed(ws, f)
            ):
                continue  # a surname that only sounds alike stands alone as spelled in full,
                # or near the listed spelling ("Qurbani" after "Mehdi Ghorbani"), but not as
                # an aside right after the full name ("Ramin Deko (Jebrailzade)")
        if in_full.get(f.first, {f.person}) - {f.person}:
            continue  # "Eduard Babaryka" is not also Viktar Babaryka's surname
        if _common_word_opening(text, ws, f.first):
            continue  # "Long live freedom" is not Grant Long
        if f.person in full_at:
            if _owner_at(f, full_at, readers[f.first], owners) == f.person and not _namesake_owns(
                f, full_at, namesakes.get(f.person, ()), ws
            ):
                kept.append(f)
        elif index.people[f.person].distinctive and f.how is HOW_EXACT:
            kept.append(f)
    # a middle part that ended a full name ("Agnes Chow"), or stood inside one as a first
    # family name does ("Virginia Laparra Rivas"), may stand alone later ("Laparra said"),
    # and so may a family name written first ("Yang Hengjun" ... "Yang said")
    alone = _middle_alone(index, text, ws, ends_full) + _family_first_alone(
        index, text, ws, full_at
    )
    for f in alone:
        if not in_full.get(f.first) and _owner(f, full_at) == f.person:
            kept.append(f)
    if full_at:
        taken = {(f.person, f.first) for f in kept}
        kept += (
            f
            for f in _family_plural(index, text, ws, full_at, in_full)
            if (f.person, f.first) not in taken
        )
    return kept, set(full_at)


_NO_ONE: frozenset[int] = frozenset()


# The consonants of the Arabic script (Arabic, Persian, Urdu, Uyghur letters) by the class
# of Latin consonants news writes for them (``_CONSONANT_CLASSES``); the long vowels, the
# letters that are a vowel or a consonant (و, ي), the ayn and the hamza are left out.
_ARABIC_CONSONANTS = str.maketrans(
    {
        **dict.fromkeys("بپ", "b"),
        **dict.fromkeys("تطٹ", "t"),
        **dict.fromkeys("دضڈ", "d"),
        **dict.fromkeys("سصثشچ", "s"),
        **dict.fromkeys("زذظژ", "z"),
        **dict.fromkeys("جگغ", "j"),
        **dict.fromkeys("كکقخ", "k"),
        **dict.fromkeys("حهھۀ", "h"),
        **dict.fromkeys("ف", "f"),
        **dict.fromkeys("ل", "l"),
        **dict.fromkeys("م", "m"),
        **dict.fromkeys("نں", "n"),
        **dict.fromkeys("رڑ", "r"),
        **dict.fromkeys("اآأإءئؤعوۇۆۈۋيىیےېەةًٌٍَُِّْ", ""),
    }
)
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_LATIN_CLASSES = (
    (re.compile("kh|q|c(?!h)|x"), "k"),
    (re.compile("sh|ch|th|ts|c"), "s"),
    (re.compile("dh"), "z"),
    (re.compile("gh|g"), "j"),
    (re.compile("ph"), "f"),
    (re.compile("p"), "b"),
    (re.compile("(?<=[bdfjklmnrstz])h"), ""),
    (re.compile("[aeiouywv'-]"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
)


@lru_cache(maxsize=4096)
def _latin_consonants(word: str) -> str:
    """The consonant classes of a folded Latin word, as ``_ARABIC_CONSONANTS`` gives them
    ("imran" → mrn, "khan" → kn)."""
    for pattern, replacement in _LATIN_CLASSES:
        word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=4096)
def _arabic_consonants(alias: str) -> tuple[str, ...]:
    """The consonant classes of each word of an alias in the Arabic script ("عمران خان" →
    mrn, kn), doubled letters once."""
    return tuple(
        re.sub(r"(.)\1+", r"\1", word.translate(_ARABIC_CONSONANTS)) for word in alias.split()
    )


def _alias_spells(person: Person, spelled: tuple[str, ...]) -> bool:
    """Whether an alias of the person in the Arabic script has the consonants of the words
    ``spelled`` (folded), word by word: "عمران خان" spells "Imran Khan"."""
    latin = tuple(map(_latin_consonants, spelled))
    return any(
        _arabic_consonants(alias) == latin
        for alias in person.aliases
        if _ARABIC_SCRIPT.search(alias)
    )


def _full_readers_at(found: list[Found]) -> dict[tuple[int, int], set[int]]:
    """The people whose full readings take each span of words (first, stop)."""
    at: dict[tuple[int, int], set[int]] = defaultdict(set)
    for f in found:
        if f.kind in FULL_KINDS:
            at[(f.first, f.stop)].add(f.person)
    return at


def _to_the_alias_spelled(
    index: NameIndex, text: str, ws: list[Word], found: list[Found]
) -> list[Found]:
    """``found`` without the full readings of people whose listed names fit words that
    another listed person's alias in the Arabic script spells: "Imran Khan" fits Imran Riaz
    Khan and Imran Ahmed Khan Niazi alike, and goes to the one listed with the alias "عمران
    خان", as the list says how that person is written."""

    def spelling(first: int, stop: int, people: set[int]) -> set[int]:
        spelled = tuple(w.folded for w in ws[first:stop])
        return {p for p in people if _alias_spells(index.people[p], spelled)}

    return _to_the_chosen(found, found, spelling)


def _as_listed(text: str, ws: list[Word], f: Found) -> bool:
    """Whether a full reading's words spell the listed spelling it reads, letter for letter
    (diacritics and case aside): "Ahmed Mansoor" as listed, not read as "Ahmed Mansour"."""
    spelled = fold_word(text[ws[f.first].start : ws[f.stop - 1].end]).split()
    return spelled == fold_word(f.hits[0].part.variant).split()


def _to_the_spelling_as_listed(text: str, ws: list[Word], found: list[Found]) -> list[Found]:
    """``found`` without the full readings of people whose listed names only sound like words
    that another listed person's name spells as written: two listed people spelled one
    letter apart ("Ahmed Mansoor", "Ahmed Mansour") read alike, and the words go to the
    one the list writes as the text does, as a list keeps both spellings to tell them apart."""
    readings = [f for f in found if f.kind is KIND_FULL and f.first >= 0 and f.hits]

    def as_listed(first: int, stop: int, people: set[int]) -> set[int]:
        return {
            f.person
            for f in readings
            if (f.first, f.stop) == (first, stop) and _as_listed(text, ws, f)
        }

    return _to_the_chosen(found, readings, as_listed)


def _to_the_chosen(
    found: list[Found],
    readings: list[Found],
    choose: Callable[[int, int, set[int]], set[int]],
) -> list[Found]:
    """``found`` without the full readings, at a span of words (first, stop) that several
    people's full ``readings`` take, of the people ``choose`` leaves out when it chooses
    some of them there (none chosen, or all: every reading stays)."""
    drop: set[tuple[int, int, int]] = set()
    for (first, stop), people in _full_readers_at(readings).items():
        if first < 0 or len(people) < 2:
            continue
        chosen = choose(first, stop, people)
        if chosen and chosen != people:
            drop.update((first, stop, p) for p in people - chosen)
    if not drop:
        return found
    return [f for f in found if (f.first, f.stop, f.person) not in drop]


def _from_a_middle(f: Found) -> bool:
    """Whether a full reading starts at a middle part: a family name of several words, no
    given name ("San Martin" of Lucia Perez San Martin)."""
    return f.kind is KIND_FULL and bool(f.hits) and f.hits[0].part.role is ROLE_MIDDLE


def _surname_to_the_named(found: list[Found]) -> list[Found]:
    """``found`` without the readings from a middle part on ("San Martin") of a person whose
    given name the article never reads, at a place another person's reading takes too who is
    named with a given name: a family name that two listed people share is the one's the
    article names ("Ana San Martin ... San Martin said" is not Lucia Perez San Martin), as
    a surname alone is."""
    if not any(map(_from_a_middle, found)):
        return found
    named = {f.person for f in found if f.kind in FULL_KINDS and not _from_a_middle(f)}
    at = _full_readers_at(found)
    # the people read in full up to each word, from a given name: "Al-Sadeq al-Mahdi" is
    # Sadiq al-Mahdi, read from "Sadeq", not his daughter Maryam al-Sadiq al-Mahdi, read
    # from her middle part "al-Sadiq" (the Arabic article before a given name is no part)
    by_stop: dict[int, set[int]] = defaultdict(set)
    for f in found:
        if f.kind is KIND_FULL and not _from_a_middle(f):
            by_stop[f.stop].add(f.person)
    return [
        f
        for f in found
        if not (
            _from_a_middle(f)
            and f.person not in named
            and any(p in named for p in (at[(f.first, f.stop)] | by_stop[f.stop]) - {f.person})
        )
    ]


# The titles of an office its holder serves in (head of state or government, a minister, a
# general), written before a name ("President Mohammed Karimi", "Major General Zaw Min
# Tun"): the one serving is not the listed person, whom news calls "former", "jailed" or
# "ousted" (``OFFICE_GONE``) when the person held it. The words that make another office of
# "General" ("Secretary General") come before it, and so does a capitalised word that makes
# the title an organisation's ("PTI President", "Viasna Chairman"), not a state's.
OFFICE_TITLES = frozenset({"President", "Premier", "Minister", "King", "Queen", "General", "PM"})
OFFICE_WORDS_BEFORE = frozenset(
    {
        *("vice", "deputy", "prime", "foreign", "home", "interior", "defence", "defense"),
        *("finance", "justice", "chief", "state", "major", "lieutenant", "brigadier", "senior"),
        *("lt", "maj", "brig", "army"),
    }
)
NOT_A_GENERAL = frozenset(
    {
        *("secretary", "attorney", "inspector", "director", "solicitor", "surgeon"),
        *("auditor", "consul", "governor", "accountant", "adjutant", "postmaster"),
    }
)
OFFICE_GONE = frozenset(
    {
        *("former", "ex", "late", "ousted", "deposed", "jailed", "imprisoned", "detained"),
        *("arrested", "exiled", "toppled", "overthrown", "removed", "impeached", "then"),
        *("erstwhile", "retired", "convicted", "sentenced", "disgraced", "dismissed", "sacked"),
        *("fired", "suspended", "opposition", "shadow", "rebel", "one-time", "onetime"),
    }
)


def _states_word(word: str) -> bool:
    """Whether a capitalised word before a title makes it a state's office, not an
    organisation's: a people ("Bangladeshi", "Russian"), a possessive ("Bangladesh's"), a
    month or a weekday, or a word that opens a sentence ("The", "But")."""
    if _OWNED.search(word):
        return True
    folded = word.lower()
    return (
        folded in DEMONYMS_IN_I
        or folded in CALENDAR
        or folded in FUNCTION_WORDS
        or (_PEOPLE_OR_STATE.search(folded) is not None and not word.isupper())
    )


# the endings of a people's or a state's name ("Russian", "Chinese", "Turkish", "Mexican",
# "Pakistan")
_PEOPLE_OR_STATE = re.compile(r"(?:ian|ean|ese|ish|an|stan)$")


_TOKEN_BEFORE = re.compile(r"[^\W\d_][\w'’.\-]*|[^\w\s]")
_OWNED = re.compile(r"['’]s?$")


def _office_holder_before(index: NameIndex, text: str, ws: list[Word], f: Found) -> bool:
    """Whether a reading stands right after the title of an office that its holder serves in
    (``OFFICE_TITLES``: "President Mohammed Karimi", "Foreign Minister Ali Haddad", "Major
    General Zaw Min Tun"): a head of state, a minister or a general is someone else than
    the listed person, unless the title is the person's own (in the listed name, an alias or
    a context word), or the office is one the person held ("former President", "jailed
    ex-Minister", ``OFFICE_GONE``) or an organisation's ("PTI President", "Party
    President")."""
    start = ws[f.first].start
    gap_start = start
    while gap_start > 0 and text[gap_start - 1] in " \t\u00a0":
        gap_start -= 1
    if gap_start == start or gap_start == 0:
        return False
    window = text[max(0, gap_start - 80) : gap_start]
    if not holds_any(window, OFFICE_TITLES):
        return False  # (no title in the words before, so no token is one: most readings)
    tokens = _TOKEN_BEFORE.findall(text, max(0, gap_start - 80), gap_start)
    if not tokens or tokens[-1] not in OFFICE_TITLES:
        return False

    title = tokens.pop()
    if text[gap_start - len(title) - 1 : gap_start - len(title)] in _HYPHEN_SET:
        return False  # "ex-President"
    if title == "General" and tokens and tokens[-1].lower().rstrip(".") in NOT_A_GENERAL:
        return False
    before = tokens[-3:]
    while before and before[-1].lower().rstrip(".") in OFFICE_WORDS_BEFORE:
        before.pop()
    for word in reversed(tokens[-4:]):
        if not word[0].isalpha():
            break  # (the clause before)
        if word.lower() in OFFICE_GONE or word.lower().startswith(("ex-", "former")):
            return False
    if before and before[-1][0].isupper() and not _states_word(before[-1]):
        return False  # an organisation's office: "PTI President", "Viasna Chairman"
    person = index.people[f.person]
    own = " ".join((person.name, *person.aliases, *person.context)).lower()
    return title.lower() not in own.split()


_ASIDE_OPENS = re.compile(r"\s*[(\[/]\s*")  # "Ramin Deko (Jebrailzade)", "Deko / Jebrailzade"


def _aside(text: str, ws: list[Word], at: int, named_before: AbstractSet[int], person: int) -> bool:
    """Whether word ``at`` opens an aside right after ``person``'s full name, the word
    before it (``named_before``: the people named in full there): the name written
    otherwise, part of that mention."""
    return (
        person in named_before
        and _ASIDE_OPENS.fullmatch(text, ws[at - 1].end, ws[at].start) is not None
    )


def _near_listed(ws: list[Word], f: Found) -> bool:
    """Whether a surname that sounds like the listed one is also near it, letter by letter
    (``name_distance.near``): a spelling of the same name, not only a sound-alike."""
    if not f.hits:
        return False
    spelled = key("".join(w.folded for w in ws[f.first : f.stop]))
    listed = f.hits[0].part.key
    near = name_distance.near
    return near(spelled, listed) or any(near(other, listed) for other in respellings(spelled))


def _family_plural(
    index: NameIndex,
    text: str,
    ws: list[Word],
    full_at: dict[int, list[int]],
    in_full: dict[int, set[int]],
) -> list[Found]:
    """A family's surname in the plural, alone ("Тихоновы отрицают вину", "адвокат
    Тихоновых", "the Tikhonovs"): each listed family member the article named in full
    before it (or anywhere, from a title: its first line), his singular or hers
    (``names_ru.plural_forms``, ``_english_plural``); not after another given name ("Олег
    и Ольга Тихоновы": another family)."""
    out: list[Found] = []
    title_end = text.find("\n")  # a title's plural: the family named anywhere after it
    # in a text of ASCII letters only the English plural can be read, which ends in "s"
    endings = "s" if text.isascii() else PLURAL_ENDINGS
    for i, w in enumerate(ws):
        if not w.folded.endswith(endings) or not w.capital or i in in_full:
            continue
        lower = text[w.start : w.end].lower()
        if not lower.isascii():
            plural = names_ru.plural_forms(lower)
        elif lower[-1] == "s" and text[max(0, w.start - 4) : w.start].lower() == "the ":
            plural = _english_plural(lower)
        else:
            continue
        if not plural:
            continue
        parts = {
            part
            for singular in plural
            for part in index.exact.get(_part_key_of(singular), ())
            if part.role is Role.LAST
            and part.person in full_at
            and (min(full_at[part.person]) < i or w.end <= title_end)
        }
        if not parts:
            continue
        first = min(parts)
        if _someone_else(index, text, ws, Found(first.person, i, i + 1, FoundKind.SURNAME, ())):
            continue
        out += (
            Found(part.person, i, i + 1, FoundKind.FAMILY, (Hit(i, i + 1, part, How.EXACT),))
            for part in sorted(parts)
        )
    return out


# what a family's plural surname ends in, folded: Тихоновы, -ых, -ым, -ыми; Навальные;
# Тихановские, -их, -им, -ими; the Tikhonovs
PLURAL_ENDINGS = ("y", "ykh", "ym", "ymi", "ye", "ie", "ikh", "im", "imi", "s")


def _part_key_of(folded: str) -> str:
    """The key a one-word name part is looked up by, as ``_Runs`` makes it."""
    word_key = key(folded) or folded
    return key(word_key) or word_key


ENGLISH_FAMILY_PLURAL = re.compile(r"(?<=[a-z]{3})(?:ov|ev|in|yn|(sk)?[yi])s$")


def _english_plural(word: str) -> tuple[str, ...]:
    """His and her singular of a Slavic family's surname in the English plural: "tikhonovs"
    → tikhonov, tikhonova; "navalnys" → navalny, navalnaya; "tikhanovskys" → tikhanovsky,
    tikhanovskaya. None for other words ("williams")."""
    m = ENGLISH_FAMILY_PLURAL.search(word)
    if m is None:
        return ()
    his = word[:-1]
    if his[-1] not in "iy":
        return his, his + "a"
    return his, word[: m.end(1) if m[1] else m.start()] + "aya"


def _inside_longer(found: list[Found]) -> list[Found]:
    """The readings less those inside a longer name read in full as someone else's: the
    listed "Ali Reza Tehrani" named in the text is not also the listed "Ali Reza", nor "Ali
    Reza Karimi" read without his surname (the longest name wins, as a reader reads it). A
    reading from a middle part longer only by the Arabic article before it ("Al-Sadeq
    al-Mahdi", the father's name in Maryam al-Sadiq al-Mahdi's) holds no one's name read
    from the given name inside it (Sadiq al-Mahdi's: ``_surname_to_the_named`` chooses)."""
    held: dict[tuple[int, int], set[int]] = defaultdict(set)  # full span → people read there
    for f in found:
        if f.kind in FULL_KINDS and f.first >= 0 and f.kind is not KIND_SHARED:
            first = f.first
            if _from_a_middle(f) and _article_read(f.hits[0]):
                first += 1  # ("Al-Sadeq al-Mahdi": from "Sadeq" on)
            held[(first, f.stop)].add(f.person)
    if len(held) < 2:
        return found
    spans = sorted(held, key=lambda span: span[0] - span[1])  # longest first
    return [
        f
        for f in found
        if f.kind not in FULL_KINDS or f.first < 0 or not _in_longer(f, spans, held)
    ]


def _article_read(hit: Hit) -> bool:
    """Whether a hit reads a listed part with the Arabic article ("al-Sadiq") as two words
    or more of the text, the article one of them ("Al-Sadeq")."""
    return hit.stop - hit.first > 1 and hit.part.folded.startswith(ARABIC_ARTICLES)


def _in_longer(
    f: Found, spans: list[tuple[int, int]], held: Mapping[tuple[int, int], set[int]]
) -> bool:
    """Whether a longer span of ``spans`` (longest first) holds ``f`` and is read as someone
    else too."""
    size = f.stop - f.first
    for first, stop in spans:
        if stop - first <= size:
            return False  # (the rest are no longer: most names end the search at once)
        if first <= f.first and f.stop <= stop and held[(first, stop)] - {f.person}:
            return True
    return False


def _other_readings(ws: list[Word], f: Found) -> set[str]:
    """The keys a surname's last word may also be read as, other than the person's own
    (Горинова: горинова, besides his горинов). A word of one spelling, no case forms, has
    none: its key is the person's as the article spells it ("Mahfoudh" for the listed
    Mahfoodh, also in "Jafar Mahfoudh ... his daughter Zahra Mahfoudh ... Mahfoudh was")."""
    w = ws[f.stop - 1]
    if not w.forms:
        return set()
    own = {h.part.key for h in f.hits}
    return {key(s) or s for s in w.spellings} - own


def _namesake_owns(
    f: Found,
    full_at: dict[int, list[int]],
    namesakes: Sequence[tuple[int, set[str]]],
    ws: list[Word],
) -> bool:
    """Whether a surname alone belongs to a namesake named in full since the person was
    last named in full, by a reading only the namesake's name has: "Алексей Горинов ...
    его жена Ирина Горинова ... Горинову вызвали" (Горинову: his dative, or her accusative).
    A namesake of one spelling (Oleg Navalny) leaves the surname to the person, as the
    surname rules do in English."""
    last_full = max((i for i in full_at[f.person] if i <= f.first), default=-1)
    others = [readings for at, readings in namesakes if last_full < at < f.first]
    return bool(others) and any(readings & _other_readings(ws, f) for readings in others)


def _middle_alone(
    index: NameIndex, text: str, ws: list[Word], ends_full: set[tuple[int, str]]
) -> list[Found]:
    if not ends_full:
        return []
    ended: dict[str, set[int]] = defaultdict(set)  # part key → people whose full name it ended
    for person, ended_key in ends_full:
        ended[ended_key].add(person)
    # each key's middle parts of those people: only a middle part stands alone, so a key
    # that is none of theirs finds nothing
    middle = {k: _middle_parts_of(index.exact.get(k, ()), people) for k, people in ended.items()}
    middle = {k: parts for k, parts in middle.items() if parts}
    if not middle:
        return []  # (most articles: the full names ended at a surname)
    out = []
    for i, w in enumerate(ws):
        if not w.capital:
            continue
        if not w.forms:  # (a word of one spelling: most)
            k = key(w.folded) or w.folded
            if k not in middle:
                continue
            parts = middle[k]
        else:
            parts = [p for s in w.spellings if (k := key(s) or s) in middle for p in middle[k]]
        stands_alone: bool | None = None  # (the same for every part here)
        for part in dict.fromkeys(parts):
            f = Found(part.person, i, i + 1, FoundKind.SURNAME, (Hit(i, i + 1, part, How.EXACT),))
            if stands_alone is None:
                stands_alone = not _someone_else(index, text, ws, f) and not _name_goes_on(
                    text, ws, i
                )
            if stands_alone:
                out.append(f)
    return out


def _middle_parts_of(parts: Sequence[Part], people: set[int]) -> list[Part]:
    """The middle parts of ``people`` among ``parts`` of one key, in order (``_parts_of``;
    a row's read in its columns: a surname that a hundred namesakes named in full share
    makes none of their parts)."""
    if type(parts) is not PartRow:
        return [part for part in _parts_of(parts, people) if part.role is ROLE_MIDDLE]
    persons, roles = parts.persons, parts.roles
    if len(persons) <= 4 * len(people):
        at = [i for i, p in enumerate(persons) if p in people and roles[i] is ROLE_MIDDLE]
    else:
        at = []
        for person in sorted(people):
            i = bisect_left(persons, person)
            while i < len(persons) and persons[i] == person:
                if roles[i] is ROLE_MIDDLE:
                    at.append(i)
                i += 1
    return list(map(parts.__getitem__, at))


def _family_first_alone(
    index: NameIndex, text: str, ws: list[Word], full_at: dict[int, list[int]]
) -> list[Found]:
    """ "Yang said" for Yang Hengjun, named in full in the article: a family name that its
    language writes first (``SURNAMES_FIRST``) stands alone like a surname."""
    firsts: dict[str, tuple[int, Part]] = {}
    for person in full_at:
        family = _family_first(index.people[person].name)
        if family is not None:
            part = index.first.get(family, {}).get(person)
            if part is not None:
                firsts[part.key] = (person, part)
    if not firsts:
        return []
    out = []
    for i, w in enumerate(ws):
        if not w.capital:
            continue
        found = firsts.get(key(w.folded) or w.folded)
        if found is not None:
            person, part = found
            f = Found(person, i, i + 1, FoundKind.SURNAME, (Hit(i, i + 1, part, How.EXACT),))
            if not _someone_else(index, text, ws, f) and not _name_goes_on(text, ws, i):
                out.append(f)
    return out


@lru_cache(maxsize=65_536)
def _family_first(name: str) -> str | None:
    """The key of a two-part name's first part when it is a family name that its language
    writes first ("Yang" of Yang Hengjun), else None."""
    parts = name_parts(name)
    if len(parts) == 2 and fold(parts[0]).replace(" ", "") in SURNAMES_FIRST:
        return part_key(parts[0])
    return None


# what follows a surname standing for its person at the start of a sentence: "Long said",
# "Bell, 45, was", "Long's lawyer"; and after "is", "was", "has" or "had", what is done to
# a person or what a person is: "Grant was charged", "Hope has been held", "Bell is serving",
# "Young is in detention", "Strong was a teacher" (not "Hope has faded", "Hope is growing",
# "Grant was approved"); anything else after an English word is the word
_PERSON_AFTER_BE = (
    r"(?:arrested|detained|charged|sentenced|jailed|imprisoned|freed|released|acquitted|"
    r"convicted|pardoned|paroled|deported|expelled|exiled|extradited|transferred|moved|held|"
    r"kept|taken|beaten|tortured|abducted|kidnapped|summoned|questioned|interrogated|accused|"
    r"indicted|tried|fined|banned|barred|born|killed|found|hospitali[sz]ed|admitted|placed|"
    r"put|sent|seen|visited|allowed|denied|refused|granted|given|handed|ordered|forced|told|"
    r"asked|elected|named|appointed|stopped|seized|searched|sued|targeted|threatened|"
    r"attacked|injured|wounded|remanded|served|spent|lived|worked|said|declined|pleaded|"
    r"returned|left|fled|died|gone|serving|facing|appealing|awaiting|refusing|fasting|living|"
    r"working|recovering|staying|hiding|seeking|among|one\s+of|"
    r"in\s+(?:[a-z-]+\s+)?(?:prison|jail|custody|detention|hospital|exile|hiding|court)|"
    r"on\s+(?:trial|hunger\s+strike|bail|parole)|under\s+(?:house\s+)?arrest|behind\s+bars|"
    r"(?:due|set|scheduled)\s+to|\d+|"
    rf"(?:a|an|the)\s+(?:(?!(?:his|her|their|its|of)\s)[\w-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(TITLES_AND_ROLES))})"
    r")\b"
)
AFTER_A_NAME = re.compile(
    rf"(?:['’]s\b|\s*,|\s+(?:{SPEECH_VERBS}|tells|who|and|did|does|"
    r"denied|denies|remains|remained|spent|appeared|faces|faced|went|returned|declined|"
    r"pleaded|insisted|called|urged)\b|"
    r"\s+(?:was|is|has|had)(?:\s+(?:been|being|not|also|still|now|later|then|reportedly|"
    rf"allegedly|already|never|since|first|once|twice))*\s+{_PERSON_AFTER_BE})"
)


def _common_word_opening(text: str, ws: list[Word], i: int) -> bool:
    """Whether ``ws[i]``, a surname that is also an English word (``COMMON_WORDS``), opens a
    sentence as that word ("Long live freedom", "Hope remains") rather than as the name."""
    if ws[i].folded not in COMMON_WORDS:
        return False
    before = text[: ws[i].start].rstrip(" \t\"“‘'")
    if before and before[-1] not in ".!?\n":
        return False
    return AFTER_A_NAME.match(text, ws[i].end) is None


def _name_goes_on(text: str, ws: list[Word], i: int) -> bool:
    """Whether a capitalised word follows ``ws[i]`` as the next part of a name."""
    return (
        i + 1 < len(ws) and ws[i + 1].capital and _between_parts(text[ws[i].end : ws[i + 1].start])
    )


def _owner(f: Found, full_at: dict[int, list[int]], readers: Iterable[int] = ()) -> int:
    """Who a surname belongs to when several people named in full share it (or its sound,
    ``readers``): the one named last before it, else the first named after it."""
    sharing = [p for p in {f.person, *(h.part.person for h in f.hits), *readers} if p in full_at]
    if len(sharing) <= 1:
        return f.person
    before = [
        (max(i for i in full_at[p] if i <= f.first), p)
        for p in sharing
        if min(full_at[p]) <= f.first
    ]
    if before:
        return max(before)[1]
    return min((min(full_at[p]), p) for p in sharing)[1]


def _owner_at(
    f: Found, full_at: dict[int, list[int]], readers: set[int], owners: dict[int, int]
) -> int:
    """``_owner`` of a surname that ``readers`` (its place's readings) include: the same for
    every reading there (``owners``, by place), as they share the one place and readers."""
    if f.person not in readers or any(h.part.person != f.person for h in f.hits):
        return _owner(f, full_at, readers)
    owner = owners.get(f.first)
    if owner is None:
        owner = owners[f.first] = _owner(f, full_at, readers)
    return owner


def _word_at(ws: list[Word], offset: int) -> int:
    for i, w in enumerate(ws):
        if w.end > offset:
            return i
    return len(ws)


def _someone_else(index: NameIndex, text: str, ws: list[Word], f: Found) -> bool:
    """A surname that, by the words around it, belongs to a namesake. In a line in capitals
    or in Title Case, where every word has a capital, the word beside it is another given
    name only when it is known as one (``_given_in_headline``)."""
    if f.kind is not KIND_SURNAME:
        return False
    before = f.first - 1
    if before >= 0 and re.fullmatch(r"[ \t\u00a0]+", text[ws[before].end : ws[f.first].start]):
        w = ws[before]
        if _is_initial(text, ws, before):
            pass  # a wrong initial: handled below as a different person
        elif (
            w.capital
            and not w.not_name  # "Суд", "Оппозиционер": a Russian word that is never a name
            and w.folded not in NOT_GIVEN_NAMES
            and (not _title_case(text, ws, f.first) or _given_in_headline(index, text, w))
            and not _owner_before(text, w, ws[f.first])
        ):
            return True  # "Oleg Navalny", "OLEG NAVALNY SAID"
    if (
        before >= 0
        and _is_initial(text, ws, before)
        and re.fullmatch(r"\.[ \t]?", text[ws[before].end : ws[f.first].start])
    ):
        return True  # "K. Abishev" when the initial does not fit (fitting ones are "initial")
    after = f.stop
    if after < len(ws) and _is_initial(text, ws, after) and _spaced(text, ws, after):
        return True  # "Навальный О. А." when the initial does not fit
    if (
        after + 1 < len(ws)
        and ws[after].capital
        and _spaced(text, ws, after)
        and _spaced(text, ws, after + 1)
        and _patronymic(ws[after + 1])
    ):
        return True  # "Навальный Олег Анатольевич": surname first, another given name
    if (
        after < len(ws)
        and ws[after].capital
        and _spaced(text, ws, after)
        and ws[after].folded not in NOT_GIVEN_NAMES
        and not names_ru.has_cyrillic(text[ws[after].start : ws[after].end])
        and (not _title_case(text, ws, f.first) or _given_in_headline(index, text, ws[after]))
    ):
        return True  # "Petrov Sergei", "Dara Rasmussen": a surname, then another's given name
    if after + 1 < len(ws) and ws[after].folded in {"al", "el", "ul", "bin", "ibn", "abu"}:
        gap = text[ws[after - 1].end : ws[after].start]
        if _between_parts(gap) and ws[after + 1].capital:
            return True  # "Abdel Fattah al-Sisi"
    return False


# Words a headline may put right before a surname that the given-name tests below could take
# for one: English words that are given names too ("Mark", "Grant"), the people around a person
NOT_GIVEN_IN_HEADLINES = COMMON_WORDS | BESIDE | {"ally", "follower"}


def _given_in_headline(index: NameIndex, text: str, w: Word) -> bool:
    """Whether ``w``, a word of a line in capitals or in Title Case, is a given name: what its
    capital would show in mixed case. It is one when it is a listed person's given name or
    one whose spellings ``names`` knows (Anatoly, Oleh, Sasha), when the article writes it
    in mixed case before a capitalised word ("Michael Kozlov, a councillor"), when the
    Russian dictionary knows it as a given name in any case form (ОЛЕГА); and, in capitals,
    when it spells a given name the Russian dictionary knows as English spells it (BORIS).
    Else it is taken for a headline's word ("COURT FREES NAVALNY")."""
    if w.folded in NOT_GIVEN_IN_HEADLINES:
        return False
    for spelling in w.spellings:
        given_key = key(spelling) or spelling
        if given_key in index.first or known_given(given_key):
            return True
    spelled = text[w.start : w.end]
    if _written_as_given(text, spelled):
        return True
    if names_ru.has_cyrillic(spelled):
        return names_ru.given_name(spelled.lower())
    return spelled.isupper() and names_ru.latin_given_name(w.folded)


def _written_as_given(text: str, spelled: str) -> bool:
    """Whether the text writes ``spelled`` in mixed case right before a capitalised word in
    mixed case, as a given name is written, outside a line in Title Case."""
    written = spelled[0] + spelled[1:].lower()
    if len(written) < 2:
        return False
    pattern = rf"(?<![^\W\d_]){re.escape(written)}[ \t\u00a0]+[^\W\d_][^\W\d_]"
    for m in re.finditer(pattern, text):
        after = m[0][-2:]
        if (
            after[0].isupper()
            and after[1].islower()
            and not _title_case_around(text, m.start(), m.start() + len(written))
        ):
            return True
    return False


CAPITAL_VOWELS = re.compile(r"[AEIOUYАЕЁИОУЫЭЮЯ]")


def _owner_before(text: str, w: Word, surname: Word) -> bool:
    """Whether ``w``, right before a surname, is no given name but the owner of a noun
    the surname owns too, or a name of its own: an acronym ("ФБК Навального", "FBK": in
    capitals, one vowel at most, before a surname not in capitals), or a Russian word the
    dictionary knows, never as a given name ("штаба Навального Чанышева")."""
    spelled = text[w.start : w.end]
    if len(spelled) >= 2 and spelled.isupper() and len(CAPITAL_VOWELS.findall(spelled)) <= 1:
        return not text[surname.start : surname.end].isupper()  # (not "SERGEI Kozlov")
    return w.forms != () and names_ru.never_given(spelled.lower())


def _title_case(text: str, ws: list[Word], i: int) -> bool:
    """Whether the line around word ``i`` is written in Title Case, like a headline."""
    return _title_case_around(text, ws[i].start, ws[i].end)


@lru_cache(maxsize=1024)  # (asked again for each namesake's reading at one place)
def _title_case_around(text: str, word_start: int, word_end: int) -> bool:
    start = max(text.rfind("\n", 0, word_start) + 1, word_start - 120)
    end = text.find("\n", word_end, word_end + 120)
    stop = min(len(text), word_end + 120) if end < 0 else end
    if text.count(",", start, stop) >= 2:
        return False  # "A B, C D, E F and G H: not guilty": a list of names, not a headline
    chunk = text[start:stop]
    if " and " in chunk and GIVEN_NAMES_LINE.fullmatch(chunk):
        return False  # "Zainab, Mahdi and Hassan al-Mahroos": a family's signature
    if chunk.isascii():  # (most lines) the same words, read by bytes without a regex
        words = chunk.encode().translate(ASCII_LETTERS_ONLY).split()
        line_bytes = [w for w in words if len(w) >= 4]
        capitals = sum(w[0] < 0x61 for w in line_bytes)  # A-Z come before a-z
        return len(line_bytes) >= 3 and capitals >= 0.7 * len(line_bytes)
    line = LONG_WORD.findall(chunk)
    return len(line) >= 3 and sum(not w[0].islower() for w in line) >= 0.7 * len(line)


LONG_WORD = re.compile(r"[^\W\d_]{4,}")
# a line of given names, one word each, before the surname they share: "Zainab, Mahdi and
# Hassan al-Mahroos", "Nina and Vera Kolosova" (not "Belarus Frees Lutsko and Zhuk")
GIVEN_NAMES_LINE = re.compile(
    r"\s*[A-Z][^\W\d_]+(?:\s*,\s*[A-Z][^\W\d_]+)*,?\s+and\s+[A-Z][^\W\d_]+"
    r"(?:\s+(?:[a-z]{1,3}-)?[A-Z][\w'’-]*){1,2}\s*"
)
# every byte but an ASCII letter made a space: the words of LONG_WORD are then the pieces of
# four letters or more
ASCII_LETTERS_ONLY = bytes(c if chr(c).isascii() and chr(c).isalpha() else 0x20 for c in range(256))


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    rights = [r for r in (text.find(c, end) for c in ".!?\n") if r >= 0]
    return text[left : min(rights) if rights else len(text)]


def _span(ws: list[Word], f: Found) -> tuple[int, int]:
    if f.first < 0:
        return f.start, f.end
    return ws[f.first].start, ws[f.stop - 1].end


def _excluded(index: NameIndex, text: str, ws: list[Word], f: Found) -> bool:
    person = index.people[f.person]
    if not person.exclude:
        return False
    sentence = fold(_sentence(text, *_span(ws, f)))
    return any(fold(phrase) in sentence for phrase in person.exclude)


KIND_CONFIDENCE = {
    FoundKind.FULL: 0.97,
    FoundKind.ALIAS: 0.95,
    FoundKind.SURNAME_FIRST: 0.9,
    FoundKind.SHARED: 0.9,
    FoundKind.INITIAL: 0.85,
    FoundKind.SURNAME: 0.8,
    FoundKind.FAMILY: 0.8,
}
RULES = {
    FoundKind.FULL: "full name",
    FoundKind.SURNAME_FIRST: "surname first",
    FoundKind.SHARED: "given name, and another's, before their surname",
    FoundKind.INITIAL: "initial and surname",
    FoundKind.SURNAME: "surname, with the full name in the article",
    FoundKind.FAMILY: "the family's surname in the plural, with the full name before it",
    FoundKind.ALIAS: "alias",
}
HOW = {
    How.EXACT: "",
    How.ENDING: ", without the Russian ending",
    How.TYPO: ", one letter off",
    How.SOUND: ", spelled as another language spells it",
    How.MASCULINE: ", her surname in the masculine form",
}


def _mention(
    index: NameIndex,
    text: str,
    ws: list[Word],
    f: Found,
    in_full: bool,
    folded_text: Callable[[], str],
    read: dict[tuple[object, ...], Mention],
) -> Mention:
    """The mention of a reading. Its rule and confidence, but for the person's context
    words, are worked out once for the namesakes read at one place alike (``read``: the
    200 listed "Ahmed Abd El-Fattah" of a large watchlist), whose mentions are copies of
    the first one's but for the person."""
    person = index.people[f.person]
    hits = f.hits
    if f.first >= 0:  # (_span and Found.how, asked for each namesake's copy: read here)
        start, end = ws[f.first].start, ws[f.stop - 1].end
    else:
        start, end = f.start, f.end
    if len(hits) == 1:
        variant, how = hits[0].part.variant, hits[0].how
    else:
        variant, how = hits[-1].part.variant if hits else text[start:end], f.how
    alike = (f.kind, how, len(hits), in_full, variant, start, end)
    first = read.get(alike)
    if first is None:
        rule, confidence = _rule(text, f.kind, how, len(f.hits), in_full, variant, start, end)
        first = read[alike] = Mention(
            person_id=person.id,
            start=start,
            end=end,
            text=text[start:end],
            variant=variant,
            confidence=round(confidence, 3),
            rule=rule,
        )
    if person.context and any(fold(word) in folded_text() for word in person.context):
        confidence = _rule(text, f.kind, how, len(f.hits), in_full, variant, start, end)[1]
        confidence = round(min(0.99, confidence + 0.05), 3)
        return replace(first, person_id=person.id, confidence=confidence)
    return first if first.person_id == person.id else for_person(person.id, first)


def _rule(
    text: str,
    kind: FoundKind,
    how: How,
    hits: int,
    in_full: bool,
    variant: str,
    start: int,
    end: int,
) -> tuple[str, float]:
    """A mention's rule, and its confidence before the person's context words."""
    confidence = (CONFIDENCE[how] if hits else 1.0) * KIND_CONFIDENCE[kind]
    rule = RULES[kind]
    if kind is KIND_SURNAME and not in_full:
        rule, confidence = "distinctive surname", confidence * 0.9
    if kind is KIND_FULL and hits == 1:
        rule = "one-word name"
    if (
        kind is KIND_FULL
        and how is HOW_EXACT
        and " ".join(fold_word(text[start:end]).split()) != " ".join(fold_word(variant).split())
    ):
        rule += ", spelling variant"
    return rule + HOW[how], confidence
