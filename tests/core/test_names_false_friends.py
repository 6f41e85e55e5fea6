"""Different people that a spelling equivalence may merge (issue 14, "Names": a wrong person
alerted on is the error users trust least).

Each equivalence the matcher learnt for one romanization (b/v, the Bengali a/o, an
Armenian h left out, the Uyghur x, a Thai r after the first vowel, an Ethiopian e, the
Azerbaijani g for q, Wade-Giles for pinyin, French and Egyptian Arabic letters, the
Belarusian ць, the kasra written e) also lies between names that are simply other names:
Armin is not Amin, Dean is not Dan, Chen is not Shen, Samer is not Samir. Each row is a
watched name, the name an article gives, and whether it is the watched person; the rows
of the same person keep the equivalence's own use in view.

Made-up people, own sentences. Every row's expectation was written and committed before
the module was first run. First run (engine 89): 44 of the 127 rows right. Of the 109
rows of someone else, 82 were read as the listed person, 50 of them through an
equivalence learnt since engine 84 (b/v 9, Thai r 8 and the sentence Armin / Amin,
Wade-Giles 10, French ch and Egyptian g 7 and the sentence Chen / Shen, a/o 4, e 4 and
the sentence Dean / Dan, g/q 1, ць 2, final c 1, a quoted question read as a nickname
1). Narrowed by class (b/v inside a long name, a Thai r before n, Wade-Giles only in a
name that shows it, a short word's first ch read as written, an Ethiopian e after a
consonant and before a consonant, o or u, the soft ць before i or an inner u, a nickname
of letters): 38 of the 50 now right. What is still read wrongly is in ``NOT_YET``, each
with its reason; most of it was read so before engine 84 too (a sound key that holds
k/g, t/d, an h, a short vowel as one).
"""

from __future__ import annotations

import pytest

from tests.core.reading import listed_in, named_params

LEAD = "Police detained "
TAIL = " at a checkpoint on Friday, a lawyer for the family said."


def found(listed: str, spelled: str) -> bool:
    """Whether an article naming ``spelled`` mentions the person listed as ``listed``."""
    return listed_in(listed, LEAD + spelled + TAIL)


# (row name, the watchlist's spelling, the article's, whether it is the listed person)
Row = tuple[str, str, str, bool]

B_AS_V: list[Row] = [
    ("bv-same-chakravarty", "Ananya Chakravarty", "Ananya Chakraborty", True),
    ("bv-varela-barela", "Carlos Varela", "Carlos Barela", False),
    ("bv-vaca-baca", "Luis Vaca", "Luis Baca", False),
    ("bv-vidal-bidal", "Pedro Vidal", "Pedro Bidal", False),
    ("bv-vega-bega", "Anna Vega", "Anna Bega", False),
    ("bv-belov-velov", "Sergei Belov", "Sergei Velov", False),
    ("bv-volkova-bolkova", "Elena Volkova", "Elena Bolkova", False),
    ("bv-vargas-bargas", "Lucia Vargas", "Lucia Bargas", False),
    ("bv-given-boris-voris", "Boris Tadic", "Voris Tadic", False),
    ("bv-given-vera-bera", "Vera Ivanova", "Bera Ivanova", False),
    ("bv-given-vali-bali", "Vali Rahimi", "Bali Rahimi", False),
    ("bv-given-bilal-vilal", "Bilal Haddad", "Vilal Haddad", False),
    ("bv-given-vakil-bakil", "Vakil Ahmadi", "Bakil Ahmadi", False),
]

A_AS_O: list[Row] = [
    ("ao-same-tapan", "Tapan Roy", "Tapon Roy", True),
    ("ao-raman-ramon", "Arjun Raman", "Arjun Ramon", False),
    ("ao-siman-simon", "David Siman", "David Simon", False),
    ("ao-baran-baron", "Piotr Baran", "Piotr Baron", False),
    ("ao-colan-colon", "Maria Colan", "Maria Colon", False),
    ("ao-sharan-sharon", "Priya Sharan", "Priya Sharon", False),
    ("ao-moran-moron", "James Moran", "James Moron", False),
    ("ao-given-ramon", "Raman Mehta", "Ramon Mehta", False),
    ("ao-given-simon", "Siman Kaur", "Simon Kaur", False),
    ("ao-given-rana-rona", "Rana Das", "Rona Das", False),
]

H_LEFT_OUT: list[Row] = [
    ("h-same-hovhakimyan", "Gor Hovhakimyan", "Gor Hovakimian", True),
    ("h-mikhailov-mikailov", "Rustam Mikhailov", "Rustam Mikailov", False),
    ("h-bashirov-basirov", "Ilnur Bashirov", "Ilnur Basirov", False),
    ("h-bashirova-basirova", "Alsu Bashirova", "Alsu Basirova", False),
    ("h-rothstein-rotstein", "Daniel Rothstein", "Daniel Rotstein", False),
    ("h-zakharov-zakarov", "Oleg Zakharov", "Oleg Zakarov", False),
    ("h-shakirova-sakirova", "Dina Shakirova", "Dina Sakirova", False),
    ("h-hakobyan-akobyan", "Hakob Hakobyan", "Akob Akobyan", False),
    ("h-given-stephanie", "Stephanie Kowalczyk", "Stepanie Kowalczyk", False),
    ("h-marchenko-marcenko", "Ivan Marchenko", "Ivan Marcenko", False),
]

UYGHUR_X: list[Row] = [
    ("x-same-tohti", "Ilham Tohti", "Ilham Toxti", True),
    ("x-xu-hu", "Hu Wei", "Xu Wei", False),
    ("x-xan-han", "Han Jun", "Xan Jun", False),
    ("x-xie-hie", "Hie Lan", "Xie Lan", False),
    ("x-lehman-lexman", "Paul Lehman", "Paul Lexman", False),
    ("x-baxter-bahter", "Tom Bahter", "Tom Baxter", False),
    ("x-maxim-mahim", "Mahim Rahman", "Maxim Rahman", False),
]

THAI_R: list[Row] = [
    ("r-same-arnon", "Anon Nampa", "Arnon Nampa", True),
    ("r-armin-amin", "Amin Haddad", "Armin Haddad", False),
    ("r-arman-aman", "Aman Gupta", "Arman Gupta", False),
    ("r-martin-matin", "Matin Rahimi", "Martin Rahimi", False),
    ("r-farhad-fahad", "Fahad Al-Otaibi", "Farhad Al-Otaibi", False),
    ("r-arsen-asen", "Asen Petrov", "Arsen Petrov", False),
    ("r-erkin-ekin", "Ekin Yilmaz", "Erkin Yilmaz", False),
    ("r-marla-mala", "Mala Sen", "Marla Sen", False),
    ("r-hardi-hadi", "Hadi Karimi", "Hardi Karimi", False),
    ("r-carla-kala", "Kala Devi", "Carla Devi", False),
    ("r-surname-marsh-mash", "Tom Mash", "Tom Marsh", False),
    ("r-surname-parker-paker", "Anna Paker", "Anna Parker", False),
]

ETHIOPIAN_E: list[Row] = [
    ("e-same-reeyot", "Reeyot Alemu", "Reyot Alemu", True),
    ("e-dean-dan", "Dan Carter", "Dean Carter", False),
    ("e-jean-jan", "Jan Novak", "Jean Novak", False),
    ("e-leon-lon", "Lon Chaney", "Leon Chaney", False),
    ("e-kiera-kira", "Kira Smirnova", "Kiera Smirnova", False),
    ("e-neeta-neta", "Neta Levi", "Neeta Levi", False),
    ("e-seema-sema", "Sema Demir", "Seema Demir", False),
    ("e-elena-elna", "Elna Berg", "Elena Berg", False),
    ("e-dan-dean-reverse", "Dean Carter", "Dan Carter", False),
    ("e-jan-jean-reverse", "Jean Novak", "Jan Novak", False),
    ("e-surname-deane-dane", "Paul Dane", "Paul Deane", False),
]

G_AS_Q: list[Row] = [
    ("gq-same-giyas", "Qiyas Ibrahimov", "Giyas Ibrahimov", True),
    ("gq-gamal-kamal", "Kamal Hassan", "Gamal Hassan", False),
    ("gq-gamil-kamil", "Kamil Nowak", "Gamil Nowak", False),
    ("gq-gazi-kazi", "Kazi Rahman", "Gazi Rahman", False),
    ("gq-gaia-kaia", "Kaia Berg", "Gaia Berg", False),
    ("gq-gay-kay", "Kay Mills", "Gay Mills", False),
    ("gq-gia-kia", "Kia Tran", "Gia Tran", False),
    ("gq-galib-qalib", "Qalib Mammadov", "Galib Mammadov", False),
    ("gq-gadir-kadir", "Kadir Demir", "Gadir Demir", False),
    ("gq-gira-kira", "Kira Volkova", "Gira Volkova", False),
]

WADE_GILES: list[Row] = [
    ("wg-same-zhou", "Zhou Xiaoqing", "Chou Hsiao-ching", True),
    ("wg-chen-zhen", "Zhen Li", "Chen Li", False),
    ("wg-chang-zhang", "Zhang Wei", "Chang Wei", False),
    ("wg-tu-du", "Du Bin", "Tu Bin", False),
    ("wg-teng-deng", "Deng Hui", "Teng Hui", False),
    ("wg-tang-dang", "Dang Lin", "Tang Lin", False),
    ("wg-tong-dong", "Dong Mei", "Tong Mei", False),
    ("wg-kong-gong", "Gong Jun", "Kong Jun", False),
    ("wg-ke-ge", "Ge Fei", "Ke Fei", False),
    ("wg-pan-ban", "Ban Yu", "Pan Yu", False),
    ("wg-pi-bi", "Bi Lan", "Pi Lan", False),
    ("wg-given-ting-ding", "Wang Ding", "Wang Ting", False),
    ("wg-given-kai-gai", "Li Gai", "Li Kai", False),
    ("wg-given-tao-dao", "Zhao Dao", "Zhao Tao", False),
    ("wg-chao-zhao", "Zhao Ming", "Chao Ming", False),
]

FRENCH_EGYPTIAN: list[Row] = [
    ("fr-same-aicha", "Aisha Benali", "Aicha Benali", True),
    ("fr-chen-shen", "Shen Wei", "Chen Wei", False),
    ("fr-chetty-shetty", "Ravi Shetty", "Ravi Chetty", False),
    ("fr-chin-shin", "Shin Hye-jin", "Chin Hye-jin", False),
    ("fr-chan-shan", "Shan Lee", "Chan Lee", False),
    ("fr-cheryl-sheryl", "Sheryl Adams", "Cheryl Adams", False),
    ("eg-garrett-jarrett", "Keith Jarrett", "Keith Garrett", False),
    ("eg-gill-jill", "Jill Porter", "Gill Porter", False),
    ("eg-giang-jiang", "Jiang Wen", "Giang Wen", False),
    ("eg-guan-juan", "Juan Lopez", "Guan Lopez", False),
    ("fr-cela-sela", "Rosa Sela", "Rosa Cela", False),
    ("fr-cem-sem", "Sem Yilmaz", "Cem Yilmaz", False),
    ("tm-shah-sha", "Ali Shah", "Ali Sha", False),
]

BELARUSIAN_KAZAKH: list[Row] = [
    ("by-same-kastsyukevich", "Olga Kostyukevich", "Volha Kastsyukevich", True),
    ("by-kotsev-kotev", "Ivan Kotev", "Ivan Kotsev", False),
    ("by-lutsenko-lutenko", "Yuri Lutenko", "Yuri Lutsenko", False),
    ("by-petsov-petov", "Dimitar Petov", "Dimitar Petsov", False),
    ("by-matsuda-matuda", "Ken Matuda", "Ken Matsuda", False),
]

KASRA_E_FAMILIES: list[Row] = [
    ("ke-same-kayed", "Kayid Hamdan", "Kayed Hamdan", True),
    ("ke-samer-samir", "Samir Haddad", "Samer Haddad", False),
    ("ke-amer-amir", "Amir Nasser", "Amer Nasser", False),
    ("ke-hamed-hamid", "Hamid Karimi", "Hamed Karimi", False),
    ("ke-tamer-tamir", "Tamir Cohen", "Tamer Cohen", False),
    ("fam-mahmut-muhammad", "Muhammad Kaya", "Mahmut Kaya", False),
    ("fam-patricia-pat", "Pat Murphy", "Patricia Murphy", True),
    ("fc-maric-marik", "Ana Maric", "Ana Marik", False),
]

# A nationality or body before a name, a nickname in quotes: whole sentences
SENTENCES: list[tuple[str, str, str, bool]] = [
    (
        "nick-same",
        "Kittiya Wongsawat",
        "Activist Kittiya “Fon” Wongsawat was detained on Monday.",
        True,
    ),
    (
        "nick-quote-between-people",
        "Sergei Petrov",
        "The prosecutor asked Sergei “Why?” Petrov's wife wept in court.",
        False,
    ),
    (
        "nick-title-between",
        "Anna Sokolova",
        "A reading of Anna “Winter Songs” Sokolova was cancelled.",
        True,
    ),
    (
        "nick-two-people",
        "Ivan Orlov",
        'Ivan said "Enough" Orlov, his cousin, said nothing at all.',
        False,
    ),
    ("nation-german-given", "German Gref", "Banker German Gref was questioned on Monday.", True),
    (
        "nation-welsh-surname",
        "Irvine Welsh",
        "The novelist Irvine Welsh was detained on Monday.",
        True,
    ),
    ("nation-lao-surname", "Lao Wei", "Lao Wei was detained in Guangzhou on Monday.", True),
    ("body-court-surname", "Margaret Court", "Margaret Court was questioned on Monday.", True),
    (
        "word-bail-vail",
        "Nora Vail",
        "Bail was denied to the editor on Monday, and Nora spoke to reporters.",
        False,
    ),
    (
        "word-amin-armin",
        "Amin Haddad",
        "Colleagues of Armin Haddad said he was detained on Monday.",
        False,
    ),
    ("word-dean-dan", "Dan Carter", "The dean, Dean Carter, was questioned on Monday.", False),
    (
        "word-gamal-kamal",
        "Kamal Hassan",
        "Lawyers for Gamal Hassan said he had been released.",
        False,
    ),
    ("word-chen-shen", "Shen Wei", "Chen Wei, a lawyer, was detained in Beijing on Monday.", False),
]


_AO = "the Bengali o for a in a five-letter name: Tapon / Tapan is spelled as Ramon / Raman"
_SOUND_KEY = "read so before engine 84: the sound key holds the two letters as one"
_G_J = "the Egyptian g for j: Gamal / Jamal is spelled as Garrett / Jarrett"
_CH = "the French ch of a six-letter name (Cherif / Sharif) is spelled as Chetty / Shetty"
_SHORT_VOWEL = "read so before engine 84: a long and a short vowel are one in a key"
NOT_YET: dict[str, str] = {
    "ao-raman-ramon": _AO,
    "ao-baran-baron": _AO,
    "ao-colan-colon": _AO,
    "ao-moran-moron": _AO,
    "ao-sharan-sharon": _SOUND_KEY,
    "ao-given-ramon": _SOUND_KEY,
    "ao-given-rana-rona": _SOUND_KEY,
    "h-mikhailov-mikailov": _SOUND_KEY,
    "h-bashirov-basirov": _SOUND_KEY,
    "h-bashirova-basirova": _SOUND_KEY,
    "h-rothstein-rotstein": _SOUND_KEY,
    "h-zakharov-zakarov": _SOUND_KEY,
    "h-shakirova-sakirova": _SOUND_KEY,
    "h-marchenko-marcenko": _SOUND_KEY,
    "x-same-tohti": "a final -ti after the x: the Uyghur x is read before a longer ending only",
    "x-lehman-lexman": _SOUND_KEY,
    "x-baxter-bahter": _SOUND_KEY,
    "e-kiera-kira": _SHORT_VOWEL,
    "e-neeta-neta": _SHORT_VOWEL,
    "e-seema-sema": _SHORT_VOWEL,
    "e-leon-lon": "an e before o: the Ethiopian e of Reyot / Reeyot, met in news",
    "e-elena-elna": "an e between consonants: the Ethiopian e (Kibrenesh / Kibrnesh) itself",
    "gq-gamal-kamal": _SOUND_KEY,
    "gq-gamil-kamil": _SOUND_KEY,
    "gq-gazi-kazi": _SOUND_KEY,
    "gq-gay-kay": "the Azerbaijani g for q in a three-letter key (Giyas / Qiyas)",
    "gq-galib-qalib": _SOUND_KEY,
    "gq-gadir-kadir": _SOUND_KEY,
    "gq-gira-kira": _SOUND_KEY,
    "wg-teng-deng": _SOUND_KEY,
    "wg-tang-dang": _SOUND_KEY,
    "wg-tong-dong": _SOUND_KEY,
    "wg-kong-gong": _SOUND_KEY,
    "fr-chetty-shetty": _CH,
    "fr-cheryl-sheryl": _CH,
    "eg-garrett-jarrett": _G_J,
    "eg-guan-juan": _G_J,
    "by-lutsenko-lutenko": _SOUND_KEY,
    "by-matsuda-matuda": _SOUND_KEY,
    "ke-samer-samir": _SHORT_VOWEL,
    "ke-amer-amir": _SHORT_VOWEL,
    "ke-hamed-hamid": _SHORT_VOWEL,
    "ke-tamer-tamir": _SHORT_VOWEL,
    "fc-maric-marik": "a final c as k (Eric / Erik) is a South Slavic -ić too",
}


@pytest.mark.parametrize(
    ("listed", "spelled", "same"),
    named_params(
        [
            *B_AS_V,
            *A_AS_O,
            *H_LEFT_OUT,
            *UYGHUR_X,
            *THAI_R,
            *ETHIOPIAN_E,
            *G_AS_Q,
            *WADE_GILES,
            *FRENCH_EGYPTIAN,
            *BELARUSIAN_KAZAKH,
            *KASRA_E_FAMILIES,
        ],
        NOT_YET,
    ),
)
def test_a_name_of_the_listed_person_or_another(listed: str, spelled: str, same: bool) -> None:
    assert found(listed, spelled) is same


@pytest.mark.parametrize(
    ("listed", "text", "same"), named_params(SENTENCES, {"word-gamal-kamal": _SOUND_KEY})
)
def test_a_name_in_a_sentence(listed: str, text: str, same: bool) -> None:
    assert listed_in(listed, text) is same
