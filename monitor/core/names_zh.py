"""Chinese names in Wade-Giles, read as the pinyin a list writes them in.

Taiwanese names and older English news write Chinese names in Wade-Giles ("Chou
Hsiao-ching", "Hsieh Wei-tung"), lists mostly in pinyin (Zhou Xiaoqing, Xie Weidong). A
Wade-Giles syllable without its apostrophe stands for one to four pinyin syllables: its
ch is the pinyin zh, ch, j or q, its p, t, k the b/p, d/t, g/k, its hs the x, its ts the z
or c, its j the r, and its finals are the pinyin ones written otherwise (-ung for -ong,
-ien for -ian, -ieh for -ie, -ih and -u for the -i of zhi and zi, -o for -e or -uo). Pinyin
allows j, q and x only before i and ü, and zh, ch, sh, z, c, s, r, g, k, h never before
them (but the -i of zhi, zi): that tells most of them apart ("ching" is jing or qing, "chou"
zhou or chou).

``pinyin_readings`` gives the pinyin spellings (folded) of a folded word or run of words
that is written in Wade-Giles syllables, or none for a word that is not; the matcher looks
them up among the listed name parts, a spelling of one as another system writes it. A list
may be the one in Wade-Giles ("Hsieh Wei-tung") and the news in pinyin ("Xie Weidong"):
``pinyin_spellings`` gives a listed name's pinyin spellings, the given name joined as pinyin
writes it, which the matcher compiles as the person's other spellings.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

MAX_READINGS = 16  # of one word: a syllable has at most four
MAX_SYLLABLES = 3  # of one word or run of words: a surname, or a given name of two
MAX_SPELLINGS = 8  # of one listed name in pinyin

_INITIALS = "ch|hs|ts|tz|ss|sh|[pmftnlkhjsyw]|"
_FINALS = (
    "iang|iung|uang|ieh|ien|iao|uai|uan|ueh|ang|eng|erh|ing|ung|ai|ao|an|eh|ei|en|ia|ih|in|"
    "iu|ou|ua|ui|un|uo|a|e|i|o|u"
)
_SYLLABLE = re.compile(rf"({_INITIALS})({_FINALS})")
_INITIAL_READINGS = {
    "p": ("b", "p"),
    "t": ("d", "t"),
    "k": ("g", "k"),
    "ch": ("zh", "ch", "j", "q"),
    "ts": ("z", "c"),
    "tz": ("z", "c"),
    "hs": ("x",),
    "j": ("r",),
    "ss": ("s",),
}
_FINAL_READINGS = {
    "ung": ("ong",),
    "iung": ("iong",),
    "ien": ("ian",),
    "ieh": ("ie",),
    "ueh": ("ue",),
    "ih": ("i",),
    "eh": ("e",),
    "erh": ("er",),
    "o": ("o", "e", "uo"),
}
_LABIAL = frozenset("pmf")  # (the only initials pinyin writes before a plain -o)
_PALATAL = frozenset("jqx")  # pinyin initials only before i and ü (written u)
_NOT_BEFORE_I = frozenset(("zh", "ch", "sh", "r", "z", "c", "s", "g", "k", "h"))
_RETROFLEX = frozenset(("zh", "ch", "sh", "r"))
# the marks of Wade-Giles that pinyin never writes: a word with none is left as it is
_WADE_GILES_ONLY = re.compile(r"hs|ts|tz|ss|ih(?![aeiou])|ieh|ien|ung|erh")
_LONGEST = 4 * MAX_SYLLABLES + 2


def _pinyin(initial: str, final: str) -> list[str]:
    """The pinyin syllables a Wade-Giles syllable (no apostrophe) may stand for."""
    found: list[str] = []
    for i in _INITIAL_READINGS.get(initial, (initial,)):
        finals = _FINAL_READINGS.get(final, (final,))
        if final == "u" and initial in ("ts", "tz", "ss"):
            finals = ("i",)  # tzu, ssu: zi, si
        elif final == "en" and initial == "y":
            finals = ("an",)  # yen: yan (as -ien is -ian)
        elif final in ("i", "in", "ing") and not initial:
            i = "y"  # i, in, ing: yi, yin, ying
        elif final == "o" and initial:
            finals = ("o",) if initial in _LABIAL else ("e", "uo")  # po: bo; to: de, tuo
        for f in finals:
            if i in _PALATAL and not f.startswith(("i", "u")):
                continue
            if i in _NOT_BEFORE_I and f.startswith("i") and f != "i":
                continue
            if f == "i" and (final == "ih") != (i in _RETROFLEX):
                continue  # (the -i of zhi, chi, shi, ri is written -ih; ji, qi, xi -i)
            found.append(i + f)
    return found


def _syllables(word: str, *, first: bool = True) -> list[list[tuple[str, str]]]:
    """The ways ``word`` cuts into Wade-Giles syllables (at most ``MAX_SYLLABLES``), each
    but the first opening with a consonant (as a name's syllables run together)."""
    if not word:
        return [[]]
    cuts: list[list[tuple[str, str]]] = []
    for end in range(len(word), 0, -1):
        m = _SYLLABLE.fullmatch(word, 0, end)
        if m is None or (not first and not m[1]):
            continue
        for rest in _syllables(word[end:], first=False):
            if len(rest) < MAX_SYLLABLES:
                cuts.append([(m[1], m[2]), *rest])
    return cuts


@lru_cache(maxsize=65_536)
def pinyin_readings(folded: str) -> tuple[str, ...]:
    """The pinyin spellings of a folded word (or run of words, joined) written in Wade-Giles
    ("hsiaoching" → xiaojing, xiaoqing; "chou" → zhou, chou), none when it cannot be read
    as Wade-Giles or reads as itself."""
    if len(folded) > _LONGEST or not folded.isalpha() or not folded.isascii():
        return ()
    found: dict[str, None] = {}
    for cut in _syllables(folded):
        options = [_pinyin(initial, final) for initial, final in cut]
        for reading in product(*options):
            found["".join(reading)] = None
            if len(found) >= MAX_READINGS:
                break
    found.pop(folded, None)
    return tuple(found)


@lru_cache(maxsize=65_536)
def written_in_wade_giles(folded: str) -> bool:
    """Whether a folded word (or hyphenated run, joined) has a mark of Wade-Giles that
    pinyin never writes (hs, ts, tz, ss, -ih, -ieh, -ien, -ung, -erh) and reads as pinyin.
    (Kept by word: matching asks it of the words around each name part.)"""
    return (
        len(folded) <= _LONGEST
        and _WADE_GILES_ONLY.search(folded) is not None
        and bool(pinyin_readings(folded))
    )


_LISTED_WORD = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*")


def pinyin_spellings(name: str) -> list[str]:
    """The pinyin spellings of a listed name written in Wade-Giles: every word of it read
    as Wade-Giles syllables, and one with a mark pinyin never writes (``hs``, ``ts``,
    ``-ieh``, ``-ien``, ``-ung``, ...). "Hsieh Yang" → "Xie Yang"; "Tseng Chin-yen" → "Zeng
    Jinyan", "Zeng Qinyan", "Ceng Jinyan", ...; nothing for "Chang Wei" (no mark: a pinyin,
    Cantonese or Korean name as well) or "Tseng Jimmy" (a word of no syllables)."""
    if not _WADE_GILES_ONLY.search(name.lower()):  # (the cheap test first: most names fail)
        return []
    split = name.split()
    if not 2 <= len(split) <= MAX_SYLLABLES or not all(map(_LISTED_WORD.fullmatch, split)):
        return []
    folded = ["".join(filter(str.isalpha, w)).lower() for w in split]
    if not any(map(written_in_wade_giles, folded)):
        return []
    options: list[tuple[str, ...]] = []
    for word in folded:
        if not _syllables(word):
            return []
        options.append(pinyin_readings(word) or (word,))
    found: list[str] = []
    for spelled in product(*options):
        if spelled != tuple(folded):
            found.append(" ".join(w.capitalize() for w in spelled))
        if len(found) >= MAX_SPELLINGS:
            break
    return found
