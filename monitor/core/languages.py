"""The language of an article: as its source declares it, or detected from its text.

A feed, a page's ``xml:lang`` or an articles file may say the language
(``language_code`` turns "ru-RU", "EN" into "ru", "en"). Otherwise
``detect_language`` reads a sample of the text: the script first (more Cyrillic than
Latin letters is a Cyrillic-script language), then the letters only some languages
use (Ukrainian ї є ґ, Belarusian ў, Kazakh қ ғ ә ө ұ ү ң һ) and the commonest short
words of each language ("и", "не", "что" are Russian; "the", "of", "and" English;
"el", "los", "que" Spanish). Text that gives no clear sign is taken as English, the
language the monitor read before it read any other, so nothing it found before is
lost to a doubtful guess.

    >>> detect_language("Суд приговорил его к пяти годам колонии")
    'ru'
    >>> detect_language("The court sentenced him to five years")
    'en'
"""

from __future__ import annotations

import re
from collections import Counter

SAMPLE = 3_000  # characters read from the start of a text: enough to tell, cheap to read
FALLBACK = "en"

# A language code: two letters (ISO 639-1), optionally a region or script after it.
CODE = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$")

# ISO 639-2 codes some feeds use, for the languages that matter most here
THREE_LETTERS = {
    "rus": "ru",
    "eng": "en",
    "ukr": "uk",
    "bel": "be",
    "kaz": "kk",
    "kir": "ky",
    "uzb": "uz",
    "tgk": "tg",
    "aze": "az",
    "geo": "ka",
    "kat": "ka",
    "arm": "hy",
    "hye": "hy",
}
# Letters that only some Cyrillic-script languages use (per word that holds one).
CYRILLIC_MARKS = {
    "uk": frozenset("їєґ"),
    "be": frozenset("ў"),
    "kk": frozenset("әғқңөұүһ"),
    "sr": frozenset("ђјљњћџ"),
}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The commonest short words: they say the language of a text of a few lines.
COMMON_WORDS = {
    "ru": _words(
        "и в не на что с по к за из его он она был была были это как от о также "
        "который которая которые ее её для при после году суд"
    ),
    "uk": _words("і та не що на з за як від це був була його її також який яка"),
    "be": _words("і ў не што на з за як ад гэта быў была яго яе таксама"),
    "en": _words(
        "the of and to in is was for on that with by has at from he she his her were "
        "been after said"
    ),
    "es": _words(
        "el la los las de del que y en por con una fue para su se al sus como pero más años"
    ),
    "fr": _words("le la les des du et est une dans pour qui au sur par été il"),
    "de": _words(
        "der die das und ist nicht mit von den zu dem im auf wurde sich ein eine für auch nach"
    ),
    "pt": _words(
        "o a os as de do da que e em por com uma foi para não dos das ao pela pelo anos "
        "mais até são"
    ),
    "it": _words("il la le di del che e è per con una fu della non sono gli nel alla anni"),
    "tr": _words("ve bir bu ile için da de olarak olan ise"),
}
# Common words of other Latin-script languages that English text holds too: English words
# ("a", "as", "do", "die", "non-violent") and the particles of names and places ("Al Jazeera",
# "El Salvador", "Los Angeles", "de la Cruz", "von Trapp"). They count for their language
# but are no sign of it on their own: a short English item "held a reporter, known as a
# critic" is not Portuguese.
LOOKALIKES = _words("a as do die non al el la las los le de da del di von")
DISTINCT_WORDS = {code: words - LOOKALIKES for code, words in COMMON_WORDS.items()}
WORD = re.compile(r"[^\W\d_]+")
# WORD on ASCII text, without a regular expression: every byte but a-z made a space, then
# split (the same words as r"[a-z]+" on the lower-cased text, in a third less time)
ASCII_LETTERS_ONLY = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))
OTHER_SCRIPTS = (  # (first, last letter, language) for scripts of one main language
    ("\u0530", "\u058f", "hy"),
    ("\u10a0", "\u10ff", "ka"),
    ("\u0590", "\u05ff", "he"),
    ("\u0600", "\u06ff", "ar"),
    ("\u0e00", "\u0e7f", "th"),
    ("\u3040", "\u30ff", "ja"),
    ("\u4e00", "\u9fff", "zh"),
    ("\uac00", "\ud7af", "ko"),
)
PERSIAN = frozenset("پچژگ")


def language_code(tag: str | None) -> str | None:
    """The two-letter code of a declared language ("ru-RU", "rus" → "ru"); None when there is
    none."""
    if not tag:
        return None
    m = CODE.match(tag)
    if m is None:
        return None
    code = m.group(1).lower()
    return THREE_LETTERS.get(code, code)


def detect_language(text: str) -> str:
    """The language ``text`` is most likely written in, as a two-letter code."""
    sample = text[:SAMPLE]
    if sample.isascii():  # (most texts: no letter but Latin ones, no need to count them)
        return _latin(ascii_words(sample))
    latin = cyrillic = 0
    others: Counter[str] = Counter()
    for ch in sample:
        if not ch.isalpha():
            continue
        if ch < "\u0250":
            latin += 1
        elif "\u0400" <= ch <= "\u04ff":
            cyrillic += 1
        else:
            for first, last, code in OTHER_SCRIPTS:
                if first <= ch <= last:
                    others["fa" if code == "ar" and ch in PERSIAN else code] += 1
                    break
    if others and others.most_common(1)[0][1] > max(latin, cyrillic):
        return _other_script(others)
    words = WORD.findall(sample.lower())
    if cyrillic > latin:
        return _cyrillic(words)
    return _latin(words)


def ascii_words(text: str) -> list[str]:
    """The words of an ASCII ``text``, in lower case: ``WORD.findall(text.lower())``."""
    return text.lower().encode().translate(ASCII_LETTERS_ONLY).decode().split()


def _other_script(others: Counter[str]) -> str:
    if others["fa"] and others["ar"]:  # Persian is written in Arabic letters and a few more
        return "fa"
    if others["zh"] and others["ja"]:  # Japanese mixes kanji with kana
        return "ja"
    return others.most_common(1)[0][0]


def _cyrillic(words: list[str]) -> str:
    marked = Counter(
        code for word in words for code, marks in CYRILLIC_MARKS.items() if marks & set(word)
    )
    common = _common(Counter(words), ("ru", "uk", "be"))
    if marked:
        code, count = marked.most_common(1)[0]
        # a Kazakh or Belarusian name in a Russian article is not a Kazakh article
        if count * 20 >= len(words) and common.get(code, 0) >= common.get("ru", 0):
            return code
        if code == "kk" and count * 10 >= len(words):
            return code
    best = max(common, key=common.__getitem__) if common else "ru"
    return best if common.get(best, 0) > common.get("ru", 0) else "ru"


def _latin(words: list[str]) -> str:
    counts = Counter(words)
    common = _common(counts, ("en", "es", "fr", "de", "pt", "it", "tr"))
    english = common.get("en", 0)
    best = max(common, key=common.__getitem__) if common else FALLBACK
    # another language only on clear evidence: many of its words, two of them its own, and
    # few English ones
    if (
        best != "en"
        and common[best] >= 3
        and common[best] > 2 * english
        and _common(counts, (best,), DISTINCT_WORDS)[best] >= 2
    ):
        return best
    return FALLBACK


def _common(
    counts: Counter[str],
    codes: tuple[str, ...],
    lists: dict[str, frozenset[str]] = COMMON_WORDS,
) -> dict[str, int]:
    """How many of the words counted in ``counts`` are in each language's list. The words
    are counted once (in C), then each language adds up the counts of its twenty-odd
    words: not a test of every word for every language."""
    return {code: sum(counts.get(word, 0) for word in lists[code]) for code in codes}
