"""How far apart two spellings of one name part are, as transliterations differ.

The spelling-family keys (``names.key``) make one key of the spellings that follow a
known rule (Dzhakishev / Jakishev); the sound key (``names.sound_key``) makes one of
spellings whose consonants agree and whose inner vowels differ (Kolesnikova /
Kalesnikava). What is left between an NGO list's romanisation and an article's is a
bounded number of small differences, each weighed by its letter class:

- a vowel for another vowel, a vowel added or dropped, an h added or dropped: half a
  letter each (Mohamed / Muhammad, Sayed / Sayyid, Ghorbani / Qurbani,
  Tokhtarbekuly / Toqtarbekuli);
- anything else: a whole letter.

``near`` accepts two keys whose weight is within a bound that grows with the length of
the listed key (``BOUND``), when they start alike (both with a vowel, or with one sound)
and end alike: the final vowel, or its lack, is a gender or a nisba ending in many
languages (Kuznetsova / Kuznetsov, Soltani / Sultan), never a slip. Keys of fewer than
``MIN_LENGTH`` letters are never near (Hassan / Hussein). ``near_beside`` allows half a
letter more, for a surname read beside the person's given name, and ``vowel_moves`` gives
the keys with a vowel moved across a consonant whose sound keys find such a listed
spelling (Sinewi / Snaiwi; ``match._vowels_moved``).

``respellings`` gives the keys a word may have in a list that writes its onset, its
letters or its ending otherwise than the article: a French "ou" for the Arabic w (Ouazzani /
Wazzani), a Russian ё after a hushing consonant written o or e (Kuanyshov / Kuanyshev), the
French and Egyptian letters of Arabic (``letters_respelled``: Choukair / Shuqair, Naggar /
Najjar), the ta marbuta (``ending_respelled``: Baraka / Barakeh), a Kazakh or Kyrgyz -uly or
-kyzy for a Russian ending (``turkic_respelled``) and the Belarusian ць for the Russian ть
(``belarusian_respelled``). Pure functions of strings; the matcher looks the respellings up
among the listed parts that sound alike and keeps those ``near`` (``match._fuzzy``).

``vowels_apart`` tells two keys apart by a vowel that names keep apart (Jamal / Jamil), and
``e_between`` by the Ethiopian e that English writes or leaves out (Wubeshet / Woubshet),
which ``match`` asks of the spellings it finds.
"""

from __future__ import annotations

import re
from itertools import accumulate

from monitor.core.names import CONSONANT_CLASSES

MIN_LENGTH = 6  # of a listed key; shorter names are another name at two vowels off
# the weight allowed, by the length of the listed key (longer: the last entry)
BOUND = ((6, 1.0), (8, 1.5), (10, 2.0))
VOWELS = frozenset("aeiouy")
WEAK = VOWELS | {"h"}  # letters whose adding or dropping weighs half

_U_ONSET = re.compile(r"^u(?=[aeiy])")  # Ouazzani's key "uazani": the Arabic w
_V_ONSET = re.compile(r"^v(?=[aeiy])")  # Wazzani's key "vazani"
_OV_END = re.compile(r"(?<=[hjcz])u$")  # Kuanyshov's key: -ov after a hushing consonant
_EV_END = re.compile(r"(?<=[hjcz])ev$")  # Kuanyshev


def bound(listed: str) -> float:
    """The weight allowed between a spelling and the listed key ``listed``."""
    allowed = 0.0
    for length, weight in BOUND:
        if len(listed) >= length:
            allowed = weight
    return allowed


def _same_end(a: str, b: str) -> bool:
    """Both end in the same vowel, or both in a consonant."""
    a_vowel, b_vowel = a[-1] in VOWELS, b[-1] in VOWELS
    return a[-1] == b[-1] if a_vowel or b_vowel else True


def _same_start(a: str, b: str) -> bool:
    """Both start with a vowel, or with one sound."""
    if a[0] in VOWELS and b[0] in VOWELS:
        return True
    return a[0].translate(CONSONANT_CLASSES) == b[0].translate(CONSONANT_CLASSES)


def _added(letter: str) -> float:
    """What adding or dropping ``letter`` weighs: half a letter for a vowel or an h."""
    return 0.5 if letter in WEAK else 1.0


def weight(a: str, b: str, limit: float) -> float:
    """The weighed edit distance between keys ``a`` and ``b`` (see the module's
    docstring), or more than ``limit`` as soon as it must be."""
    a, b = a.translate(CONSONANT_CLASSES), b.translate(CONSONANT_CLASSES)
    if abs(len(a) - len(b)) * 0.5 > limit:
        return limit + 1
    b_added = [_added(y) for y in b]
    previous = [0.0, *accumulate(b_added)]
    for x in a:
        drop_x = _added(x)
        row = [previous[0] + drop_x]
        for j, (y, add_y) in enumerate(zip(b, b_added, strict=True), 1):
            if x == y:
                change = 0.0
            elif x in VOWELS and y in VOWELS:
                change = 0.5
            else:
                change = 1.0
            row.append(
                min(
                    previous[j - 1] + change,
                    previous[j] + drop_x,
                    row[j - 1] + add_y,
                )
            )
        if min(row) > limit:
            return limit + 1
        previous = row
    return previous[-1]


def near(spelled: str, listed: str) -> bool:
    """Whether the key ``spelled`` is a spelling of the listed key ``listed`` within the
    bound of its length: Mahmudiyan / Mahmoudian, Qurbani / Ghorbani, never Sultan /
    Soltani (the final vowel) nor Hassan / Hussein (too short)."""
    return spelled == listed or _within(spelled, listed, bound(listed))


def near_beside(spelled: str, listed: str) -> bool:
    """``near`` with half a letter more allowed, for a surname read only beside an exact
    given name or after its full name as the article spelled it: a vowel moved across a
    consonant ("Sinewi" for Snaiwi)."""
    return _within(spelled, listed, bound(listed) + 0.5)


def _within(spelled: str, listed: str, limit: float) -> bool:
    """Whether two keys long enough, that start and end alike, weigh ``limit`` at most."""
    if len(listed) < MIN_LENGTH or len(spelled) < MIN_LENGTH - 1:
        return False
    if not _same_start(spelled, listed) or not _same_end(spelled, listed):
        return False
    return weight(spelled, listed, limit) <= limit and not vowels_apart(spelled, listed)


# Vowels that Arabic keeps apart, and with it the names of Arabic, Persian, Turkic and
# Central Asian people (Jamal / Jamil, Hasan / Husn, Khasanov / Khusainov): a, i and u,
# each of whose spellings (e for i, o for u, e for a) is no other's
_APART = frozenset({frozenset("ai"), frozenset("au"), frozenset("iu")})
_RUNS = re.compile(r"[aeiouy]+|[^aeiouy]+")
# where the Arabic article's vowel stands, written a, u or i by case and region
# (Nasrullah / Nasrallah, Jamaluddin / Jamaladdin): a vowel before an l or a final -din
_ARTICLE_VOWEL_AFTER = re.compile(r"l(?:ah$|[^aeiouy])|din$")


def vowels_apart(a: str, b: str) -> bool:
    """Whether two keys whose consonants agree differ in a vowel that names keep apart:
    a for i or u, or i for u, one vowel against one ("Jamil" is not Jamal, "Khusainov" not
    Khasanov; but Kolesnikova is Kalesnikava, Ghorbani is Qurbani, Sayed is Sayyid). Keys
    whose consonants do not line up are not told apart here."""
    runs_a, runs_b = _RUNS.findall(a), _RUNS.findall(b)
    if len(runs_a) != len(runs_b):
        return False
    for i, (x, y) in enumerate(zip(runs_a, runs_b, strict=True)):
        if x == y or x[0] not in VOWELS or y[0] not in VOWELS:
            continue
        after = "".join(runs_a[i + 1 :])
        if (
            frozenset(x[-1] + y[-1]) in _APART
            and (len(x) == 1 or len(y) == 1)
            and not _ARTICLE_VOWEL_AFTER.match(after)
        ):
            return True
    return False


def e_between(spelled: str, listed: str) -> bool:
    """Whether two given names differ by an e between consonants, inside the name: the
    Ethiopian sixth-order vowel, which English spellings write or leave out ("Wubeshet" /
    Woubshet, "Kibrenesh" / Kibrnesh, and before the o of "Reyot" / Reeyot); never
    another vowel (Amna is not Amina), nor an e after a vowel or before an a, e or i
    (Dean is not Dan, Jean is not Jan)."""
    short, long_ = sorted((spelled, listed), key=len)
    return len(long_) == len(short) + 1 and len(short) >= 3 and short in e_dropped(long_)


def e_dropped(k: str) -> list[str]:
    """``k`` without one of its e's after a consonant, before a consonant, o or u, and
    before its last two letters (``e_between``)."""
    return [
        k[:i] + k[i + 1 :]
        for i in range(1, len(k) - 2)
        if k[i] == "e" and k[i - 1] not in VOWELS and k[i + 1] not in _E_KEPT_BEFORE
    ]


_E_KEPT_BEFORE = frozenset("aeiy")  # an e before them is no Ethiopian e: Dean, Jean


def vowel_moves(k: str) -> list[str]:
    """The key ``k`` with one inner vowel dropped, and with an "a" put between two inner
    consonants: the sound keys (``names.sound_key``) of these find the listed spellings
    whose vowels stand on the other side of a consonant ("Sinewi" / Snaiwi)."""
    moved = []
    for i in range(1, len(k) - 1):
        if k[i] in VOWELS:
            moved.append(k[:i] + k[i + 1 :])
        elif k[i - 1] not in VOWELS:
            moved.append(k[:i] + "a" + k[i:])
    return moved


def respellings(k: str) -> tuple[str, ...]:
    """The keys a list may have for a word of key ``k`` whose onset, letters or ending it
    writes otherwise: "vazani" ↔ "uazani" (Wazzani / Ouazzani), "kuanyshu" ↔ "kuanyshev"
    (Kuanyshov / Kuanyshev), and those of ``letters_respelled`` and ``ending_respelled``
    (Choukair / Shuqair, Naggar / Najjar, Baraka / Barakeh)."""
    found: list[str] = []
    if _V_ONSET.match(k):
        found.append("u" + k[1:])
    elif _U_ONSET.match(k):
        found.append("v" + k[1:])
    for spelled in (k, *found):
        if _OV_END.search(spelled):
            found.append(spelled[:-1] + "ev")
        elif _EV_END.search(spelled):
            found.append(spelled[:-2] + "u")
    found += letters_respelled(k)
    found += ending_respelled(k)
    found += map(_doubled_once, turkic_respelled(k))  # (Zhaksylyk-kyzy: one k)
    found += belarusian_respelled(k)
    return tuple(dict.fromkeys(found))


_C_SOFT = re.compile(r"c(?=[eiy])")
_CH = re.compile("ch")
_C_HARD = re.compile(r"c(?!h)")


def letters_respelled(k: str) -> tuple[str, ...]:
    """The keys of a name part of key ``k`` as English spells letters that other spellings
    write otherwise: the French ch of ش is sh (Choukair / Shuqair, Aicha / Aisha), a French
    c is s before e or i and k elsewhere (Kacem / Qasim, Zaccour / Zakkour), the Egyptian g
    is the j of ج (Gamal / Jamal, Naggar / Najjar), the Uyghur x is an h before a consonant
    (Toxti / Tohti), and b is v (Chakraborty / Chakravarty). A respelling is only looked
    up: the list's own spelling must be found by it."""
    found: list[str] = []
    # (not a short word that opens with ch: a Chinese or Korean syllable, Chen is not Shen)
    if "c" in k and (len(k) > FRENCH_CH_MAX_SHORT or k[:2] != "ch"):
        french = _C_HARD.sub("k", _C_SOFT.sub("s", k.replace("ch", "sh")))
        found.append(_doubled_once(french))
        if k.count("ch") > 1:  # one ch of several: "Tchernychov" (Ч, then Ш) / Chernyshov
            found += _each_place(_CH, k, "sh")
    if "g" in k:
        found.append(_doubled_once(k.replace("g", "j")))
    # the Uyghur and Uzbek Latin x of kh, which a key reads as ks: Toxti / Tohti / Tokhti
    if "h" in k:  # (most keys hold none)
        found += _each_place(_H_CODA, k, "ks")
    # b and v inside a long name, one letter in Bengali: Chakravarty / Chakraborty (never a
    # first letter or a short name's: Vargas is not Bargas, Sabina is not Savina)
    if len(k) >= B_AS_V_MIN_LENGTH and ("b" in k[1:] or "v" in k[1:]):
        found.append(k[0] + k[1:].translate(_B_AS_V))
        found.append(k[0] + k[1:].translate(_V_AS_B))
    return tuple(other for other in found if other != k)


FRENCH_CH_MAX_SHORT = 4  # letters of a key that opens with ch and is read as written
B_AS_V_MIN_LENGTH = 7  # of a key whose b may be a v
_H_CODA = re.compile(r"(?<=[aeiou])h(?=[^aeiouy])")
_B_AS_V, _V_AS_B = str.maketrans("b", "v"), str.maketrans("v", "b")


_TA_MARBUTA = re.compile(r"(?<=[^aeiouy])(a|ah|eh|e)$")
_TA_MARBUTA_FORMS = {"a": ("ah", "eh"), "ah": ("a", "eh"), "eh": ("a", "ah", "e"), "e": ("eh",)}


def ending_respelled(k: str) -> tuple[str, ...]:
    """The keys of a name part of key ``k`` with the final ة of an Arabic or Persian name
    written otherwise: -a, -ah and -eh are one ending (Baraka / Barakah / Barakeh), and so
    are the Persian -e and -eh (Ghaffarzade / Ghaffarzadeh); never -a for -e, a gender
    ending elsewhere, but in the suffix -zadeh, whose Azerbaijani ə is written either
    (Rustamzade / Rustamzada)."""
    m = _TA_MARBUTA.search(k)
    if not m or len(k) < 5:
        return ()
    forms = _TA_MARBUTA_FORMS[m[1]]
    if m[1] in _ZADE_FORMS and k.endswith("zad", 0, m.start()):
        forms += _ZADE_FORMS[m[1]]
    return tuple(k[: m.start()] + other for other in forms)


_ZADE_FORMS = {"a": ("e",), "e": ("a",)}  # (the other vowel of -zade / -zada)


# A Kazakh or Kyrgyz surname's "son of" and "daughter of" (-uly, -kyzy), which Russian
# spellings write with a Russian ending: Qydyrbaiuly / Kydyrbayev, Tursynqyzy / Tursynova
_TURKIC_SON = re.compile(r"(?<=[a-z]{4})uli$")
_TURKIC_DAUGHTER = re.compile(r"(?<=[a-z]{4})kizi$")
_RUSSIAN_SON = re.compile(r"(?<=[a-z]{4})(ev|u)$")  # (-ov is "u" in a key)
_RUSSIAN_DAUGHTER = re.compile(r"(?<=[a-z]{4})[eo]va$")


# each ending, and the endings the other language writes for it
_TURKIC_ENDINGS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_TURKIC_SON, ("ev", "u")),
    (_TURKIC_DAUGHTER, ("eva", "ova")),
    (_RUSSIAN_SON, ("uli",)),
    (_RUSSIAN_DAUGHTER, ("kizi",)),
)


def turkic_respelled(k: str) -> tuple[str, ...]:
    """The keys of a Kazakh or Kyrgyz surname of key ``k`` with its "son of" or "daughter
    of" written as Russian writes it, or the other way round (``_TURKIC_ENDINGS``)."""
    for ending, others in _TURKIC_ENDINGS:
        if m := ending.search(k):
            return tuple(k[: m.start()] + other for other in others)
    return ()


# (before i or an inner u, as the soft ць is written: Kastsiukevich, Tsikhanouskaya; the
# Bulgarian Kotsev is not Kotev, nor Petsov, its key's -ov a final u, Petov)
_TS_SOFT = re.compile(r"ts(?=i|u.)")
_T_SOFT = re.compile(r"t(?=i|u.)")


def belarusian_respelled(k: str) -> tuple[str, ...]:
    """The keys of a surname of key ``k`` with the Belarusian ць of a Russian ть, or the
    other way round, at one place: Tsikhanouskaya / Tikhanovskaya, Kastsiukevich /
    Kostyukevich (the vowels, and -ou / -ov, are the sound key's and the keys' already)."""
    return (*_each_place(_TS_SOFT, k, "t"), *_each_place(_T_SOFT, k, "ts"))


def _each_place(pattern: re.Pattern[str], k: str, other: str) -> list[str]:
    """``k`` with one match of ``pattern`` written ``other``, for each match in turn: a
    name respelled at one place, the rest as the list has it."""
    return [k[: m.start()] + other + k[m.end() :] for m in pattern.finditer(k)]


_DOUBLED = re.compile(r"(.)\1+")


def _doubled_once(k: str) -> str:
    """A key's letters written twice in a row written once, as keys have them."""
    return _DOUBLED.sub(r"\1", k)
