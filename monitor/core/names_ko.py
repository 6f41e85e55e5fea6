"""Korean names in Hangul, romanized as English news writes them.

A list may write a Korean name in McCune-Reischauer ("Pak Kun-hye") or in a form of its
own, with the Hangul as an alias (박근혜); news writes the family name as the family
spells it in English (Park, Lee, Choi, Yoon: never the Revised Romanization's Bak, I,
Choe, Yun) and the given name in the Revised Romanization, or with the eo and yeo that
older spellings write u and yu (Geun-hye; Seok-yeol / Suk-yeol, Myeong-bak / Myung-bak).

``hangul_spellings`` gives those spellings of a Hangul name: the family name (the first
syllable; two for the few family names of two) in its usual English forms, then the given
name's syllables written apart, which the matcher reads as news writes them, apart or
hyphenated ("Park Geun Hye", "Park Geun-hye"; ``match._hyphen_syllable``). They are the
listed name's other spellings; their parts then match the article's as the Latin spellings
of any listed name do (a g for k, oo for u).

A list may write the name in Latin letters only, as the family spells it ("Roh Soo-hee"),
and news in another system ("Ro Su-hui", "Noh Soo-hee"): ``latin_spellings`` gives it the
family name's other usual forms (those of the Hangul syllables it may stand for) and the
given name with the 희 that the Revised Romanization writes "hui" and families "hee"; the
vowels within a syllable (Soo / Su, Myung / Myeong) sound the same to the matcher already.
"""

from __future__ import annotations

import re
from itertools import product

_FIRST = 0xAC00  # the first Hangul syllable; each is an initial, a vowel and a final
# in Unicode's order, romanized ("-": none; a final as it sounds at a syllable's end)
_INITIALS = [
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s",
    "ss", "-", "j", "jj", "ch", "k", "t", "p", "h",
]  # fmt: skip
_VOWELS = [
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae",
    "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i",
]  # fmt: skip
_FINALS = [
    "-", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l",
    "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
]  # fmt: skip

# The family names English writes otherwise than the Revised Romanization, as families
# spell them (the commonest first)
FAMILY_NAMES: dict[str, tuple[str, ...]] = {
    "김": ("Kim",),
    "이": ("Lee", "Yi", "Rhee"),
    "리": ("Lee", "Ri"),
    "박": ("Park", "Pak"),
    "최": ("Choi",),
    "정": ("Jung", "Chung", "Jeong"),
    "강": ("Kang",),
    "조": ("Cho", "Jo"),
    "윤": ("Yoon", "Yun"),
    "장": ("Jang", "Chang"),
    "임": ("Lim", "Im"),
    "한": ("Han",),
    "오": ("Oh",),
    "서": ("Seo", "Suh"),
    "신": ("Shin",),
    "권": ("Kwon",),
    "황": ("Hwang",),
    "안": ("Ahn",),
    "송": ("Song",),
    "류": ("Ryu", "Yoo"),
    "유": ("Yoo", "Yu"),
    "홍": ("Hong",),
    "전": ("Jeon", "Chun"),
    "고": ("Ko", "Koh"),
    "문": ("Moon",),
    "양": ("Yang",),
    "손": ("Son", "Sohn"),
    "배": ("Bae",),
    "백": ("Baek", "Paik"),
    "허": ("Heo", "Huh"),
    "노": ("Roh", "Noh", "Ro"),
    "남": ("Nam",),
    "심": ("Shim",),
    "하": ("Ha",),
    "곽": ("Kwak",),
    "성": ("Sung",),
    "차": ("Cha",),
    "주": ("Joo", "Ju"),
    "우": ("Woo",),
    "구": ("Koo", "Ku"),
    "민": ("Min",),
    "진": ("Jin",),
    "지": ("Ji",),
    "엄": ("Um", "Eom"),
    "채": ("Chae",),
    "천": ("Chun", "Cheon"),
    "현": ("Hyun",),
    "변": ("Byun",),
    "염": ("Yeom",),
    "여": ("Yeo",),
    "추": ("Choo",),
    "석": ("Seok", "Suk"),
    "명": ("Myung",),
    "기": ("Ki",),
    "금": ("Keum",),
    "육": ("Yook",),
    "나": ("Na",),
}
# The family names of two syllables
TWO_SYLLABLE_FAMILIES = frozenset(["남궁", "선우", "제갈", "황보", "독고", "사공", "서문"])
# A family name in Latin letters → every form of the Hangul syllables it stands for ("Lee":
# Lee, Yi, Rhee, Ri; "Roh": Roh, Noh, Ro)
_LATIN_FAMILIES: dict[str, tuple[str, ...]] = {}
for _forms in FAMILY_NAMES.values():
    for _form in _forms:
        _LATIN_FAMILIES[_form] = (*_LATIN_FAMILIES.get(_form, ()), *_forms)
LATIN_FAMILIES = {f: tuple(dict.fromkeys(forms)) for f, forms in _LATIN_FAMILIES.items()}
del _LATIN_FAMILIES, _forms, _form
# The syllables of a given name one Hangul syllable is written as: 희 as families write it
# and as the Revised Romanization does
_SYLLABLE_FORMS = {"hee": ("hee", "hui"), "hui": ("hui", "hee")}
_GIVEN_OF_TWO = re.compile(r"([A-Z][a-z]{0,4})-([a-z]{1,5})")
MAX_LATIN_SPELLINGS = 8
_HANGUL_NAME = re.compile(r"[\uac00-\ud7a3]{2,4}|[\uac00-\ud7a3]{1,2} [\uac00-\ud7a3]{1,2}")


def _syllable(char: str) -> str:
    """The Revised Romanization of one Hangul syllable, as a name writes it alone."""
    n = ord(char) - _FIRST
    initial, vowel, final = _INITIALS[n // 588], _VOWELS[n % 588 // 28], _FINALS[n % 28]
    return initial.strip("-") + vowel + final.strip("-")


def _older(syllable: str) -> str:
    """A syllable with the eo and yeo that older spellings write u and yu ("Myung")."""
    return syllable.replace("yeo", "yu").replace("eo", "u")


def hangul_spellings(name: str) -> list[str]:
    """The Latin spellings news gives a Korean name written in Hangul (family name first,
    two to four syllables, or the family name apart): "박근혜" → "Park Geun Hye", "Pak
    Geun Hye"; "윤석열" → "Yoon Seok Yeol", "Yoon Suk Yeol", ... Nothing for another text."""
    name = name.strip()
    if not _HANGUL_NAME.fullmatch(name):
        return []
    if " " in name:
        family, given = name.split(" ")
    elif len(name) == 4 or (len(name) == 3 and name[:2] in TWO_SYLLABLE_FAMILIES):
        family, given = name[:2], name[2:]
    else:
        family, given = name[:1], name[1:]
    if not given or len(given) > 2:
        return []
    families = FAMILY_NAMES.get(family) or ("".join(map(_syllable, family)).capitalize(),)
    forms = [dict.fromkeys((_syllable(c), _older(_syllable(c)))) for c in given]
    found: list[str] = []
    for spelled in product(*forms):
        given_name = " ".join(syllable.capitalize() for syllable in spelled)
        found += (f"{family_name} {given_name}" for family_name in families)
    return list(dict.fromkeys(found))


def latin_spellings(name: str) -> list[str]:
    """The other spellings news gives a Korean name a list writes in Latin letters, a
    family name news writes Korean names with and a given name of two hyphenated syllables:
    "Roh Soo-hee" → "Noh Soo-hee", "Ro Soo-hee", "Roh Soo-hui", ... (hyphenated as listed,
    so that the given name stays one part: "Su-hui" alone is no full name); nothing for
    another name ("Roh Soohee", "Chan Ho-yin")."""
    family, _, given = name.partition(" ")
    families = LATIN_FAMILIES.get(family)
    if not families or not (m := _GIVEN_OF_TWO.fullmatch(given)):
        return []
    forms = [_SYLLABLE_FORMS.get(syllable.lower(), (syllable.lower(),)) for syllable in m.groups()]
    found: list[str] = []
    for first, second in product(*forms):
        given_name = f"{first.capitalize()}-{second}"  # (hyphenated as listed: "Su-hui" is
        found += (f"{family_name} {given_name}" for family_name in families)  # one part)
    own = f"{family} {m[1].capitalize()}-{m[2].lower()}"
    return [f for f in dict.fromkeys(found) if f != own][:MAX_LATIN_SPELLINGS]
