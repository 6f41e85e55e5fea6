"""Names two or more letters apart (issue 14): an NGO list romanises a name one way and
an article another, and the two differ in more than one letter. Made-up people, own
sentences; each row is a class, not a wording.

Classes that must be found (with corroboration: the given name or an initial agreeing, or
the person named in full earlier in the article):
- Arabic: the article's vowels and doubled consonants (Mohamed / Muhammad, Sayed / Sayyid,
  Ouazzani / Wazzani), el- / al-, Abdel / Abdul / Abd al-;
- Persian: -i / -ee, Gh / Q, kh / h, o / u;
- Vietnamese with or without diacritics; Chinese given names with or without a hyphen;
- Turkic: -uly / -ulı / -uli, q / k, j / zh / dzh;
- Slavic: -skiy / -sky / -ski / -skyi, -iy / -y, yu / iu, ya / ia, e / ye / ie;
- initials before or after the surname;
- a person called by a middle name, and a list name with a title glued on (or a title in
  the article);
- a surname alone after the full name appeared in another spelling, possessive or in a
  hyphenated compound.

Counter-examples (must not be found): a different given name with the same or a near
surname (a namesake); a near surname that is another family name (Hassan / Hussein,
Soltani / Sultan, Ghorbani / Ghorbanzadeh); a feminine form alone; an initial that does not
fit; a near surname alone with no full name in the article.

Every label was written and committed before the module was first run.

First run (61 rows): 53 passed, 8 failed. Unfound: "Yousef Wazzani" (a French ou for the
Arabic w), "Zhanibek Quanyshov" (-ov for -ev after a hushing consonant), "GHORBANI,
Mahdi" (a sounding given name after a listed surname), and four surnames alone after the
full name in another spelling (Qurbani, Wazzani's, Pro-Sultani, Toqtarbekuli); one
namesake read as the person: "Sheikh Ibrahim Karimi" for the listed Sheikh Abdullah
Karimi (the title read as a given name). Fixed by ``name_distance`` (``near``,
``respellings``), ``match._surname_first``'s sounding given name and
``wordlists.HONORIFICS``. One row was added after that run, from eval-dev3: the other
spelling as an aside right after the full name is one mention (its event reading broke).

Second round (9 rows, from the classes a real-news proxy's studied half showed unfound):
4 passed (the four counter-examples), 5 failed (a vowel moved across a consonant, twice; an
ending dropped onto another listed surname; a spaced given name glued, twice). Fixed:
``match._vowels_moved``, ``match._glued_parts``; the ending dropped is a strict xfail.

Third round (4 rows): 3 passed (the vowel added was found by the second round's vowel
moves), 1 failed (a vowel dropped right before the final letter): ``match._one_typo``.
"""

from __future__ import annotations

import pytest

from monitor.core.match import compile_names
from monitor.core.types import Person
from tests.core.reading import mentions_by_person, named_params

PEOPLE = [
    Person("el-sayed", "Mohamed El-Sayed"),
    Person("abdulrahman", "Khaled Abdulrahman"),
    Person("ouazzani", "Youssef Ouazzani"),
    Person("hammadi", "Abdullah al-Hammadi"),
    Person("hussein", "Ali Hussein"),
    Person("tabrizi", "Hossein Tabrizi"),
    Person("ghorbani", "Mehdi Ghorbani"),
    Person("soltani", "Reza Soltani"),
    Person("khosravani", "Farhad Khosravani"),
    Person("nguyen-duc", "Nguyen Van Duc"),
    Person("li-yuhan", "Li Yuhan"),
    Person("tokhtarbekuly", "Erzhan Tokhtarbekuly"),
    Person("kuanyshev", "Dzhanibek Kuanyshev"),
    Person("belyavsky", "Mikhail Belyavsky"),
    Person("kuznetsov", "Andrei Kuznetsov"),
    Person("vorobyova", "Yelena Vorobyova"),
    Person("okafor", "John Chukwuemeka Okafor"),
    Person("karimi", "Sheikh Abdullah Karimi"),
    Person("mahmoudian", "Saeed Mahmoudian"),
    Person("snaiwi", "Hamad al-Snaiwi"),
    Person("rahim-aida", "Aida Rahim"),
    Person("rahimov-tofig", "Tofig Rahimov"),
    Person("chan-dara", "Keo Chan Dara"),
    Person("shafiqui", "Nadeem Shafiqui"),
    Person("khaliqi", "Sajid Khaliqi"),
]
INDEX = compile_names(PEOPLE)

# (id, text, {person: [mention texts]})
ROWS: list[tuple[str, str, dict[str, list[str]]]] = [
    # --- Arabic vowels, doubled consonants, el- / al-, Abdel / Abdul
    (
        "arabic-given-and-surname-vowels-and-doubled-letters",
        "Security forces arrested Muhammad al-Sayyid at his home on Tuesday.",
        {"el-sayed": ["Muhammad al-Sayyid"]},
    ),
    (
        "arabic-mohammed-el-saied",
        "A court in the capital sentenced Mohammed el-Saied to three years.",
        {"el-sayed": ["Mohammed el-Saied"]},
    ),
    (
        "arabic-abdel-written-apart-and-given-vowel",
        "Khalid Abdel Rahman was freed on bail after a week in custody.",
        {"abdulrahman": ["Khalid Abdel Rahman"]},
    ),
    (
        "arabic-abd-al-hyphenated",
        "Lawyers for Khaled Abd al-Rahman said he had been beaten.",
        {"abdulrahman": ["Khaled Abd al-Rahman"]},
    ),
    (
        "arabic-ou-written-w-and-doubled-z",
        "Yousef Wazzani, a blogger, was detained at the airport.",
        {"ouazzani": ["Yousef Wazzani"]},
    ),
    (
        "arabic-ou-written-u-single-z",
        "The prosecutor charged Youssef Ouazani with insulting officials.",
        {"ouazzani": ["Youssef Ouazani"]},
    ),
    (
        "arabic-vowel-of-given-and-single-m",
        "Abdallah al-Hamadi began a hunger strike in his cell last week.",
        {"hammadi": ["Abdallah al-Hamadi"]},
    ),
    # --- Persian
    (
        "persian-ee-ending-and-given-vowels",
        "Hussein Tabrizee was taken to hospital from the prison on Sunday.",
        {"tabrizi": ["Hussein Tabrizee"]},
    ),
    (
        "persian-gh-as-q-and-o-as-u",
        "Agents detained Mahdi Qurbani outside the university gates.",
        {"ghorbani": ["Mahdi Qurbani"]},
    ),
    (
        "persian-vowels-in-both-parts",
        "A revolutionary court convicted Riza Sultani of propaganda.",
        {"soltani": ["Riza Sultani"]},
    ),
    (
        "persian-kh-as-h-and-o-as-u",
        "Farhad Husravani was released after posting bail.",
        {"khosravani": ["Farhad Husravani"]},
    ),
    (
        "persian-surname-first-with-comma",
        "Among those held: GHORBANI, Mahdi, and two of his students.",
        {"ghorbani": ["GHORBANI, Mahdi"]},
    ),
    (
        "persian-long-surname-two-vowels-off",
        "Saeed Mahmudiyan was moved to a prison in the south.",
        {"mahmoudian": ["Saeed Mahmudiyan"]},
    ),
    # --- Vietnamese and Chinese
    (
        "vietnamese-with-diacritics",
        "Nguyễn Văn Đức was sentenced to eight years on Friday.",
        {"nguyen-duc": ["Nguyễn Văn Đức"]},
    ),
    (
        "chinese-given-name-hyphenated",
        "Police in the city detained Li Yu-han on Monday night.",
        {"li-yuhan": ["Li Yu-han"]},
    ),
    (
        "chinese-given-name-spaced",
        "Police in the city detained Li Yu Han on Monday night.",
        {"li-yuhan": ["Li Yu Han"]},
    ),
    # --- Turkic
    (
        "turkic-uly-dotless-i",
        "Activist Yerzhan Tokhtarbekulı was fined and detained for ten days.",
        {"tokhtarbekuly": ["Yerzhan Tokhtarbekulı"]},
    ),
    (
        "turkic-q-and-j",
        "Activist Erjan Toqtarbekuly was fined and detained for ten days.",
        {"tokhtarbekuly": ["Erjan Toqtarbekuly"]},
    ),
    (
        "turkic-zh-and-ov-for-ev",
        "Zhanibek Quanyshov went on trial in the regional court.",
        {"kuanyshev": ["Zhanibek Quanyshov"]},
    ),
    # --- Slavic
    (
        "ukrainian-forms-of-both-parts",
        "Mykhailo Bieliavskyi was detained at a checkpoint.",
        {"belyavsky": ["Mykhailo Bieliavskyi"]},
    ),
    (
        "slavic-skiy-and-ia",
        "Mikhail Beliavskiy was detained at a checkpoint.",
        {"belyavsky": ["Mikhail Beliavskiy"]},
    ),
    (
        "slavic-ski-without-y",
        "Mikhail Belyavski was detained at a checkpoint.",
        {"belyavsky": ["Mikhail Belyavski"]},
    ),
    (
        "slavic-ye-written-e-and-iova",
        "Elena Vorobiova, a teacher, was fined for a post.",
        {"vorobyova": ["Elena Vorobiova"]},
    ),
    (
        "slavic-ie-and-yova-written-eva",
        "Yelena Vorobeva, a teacher, was fined for a post.",
        {"vorobyova": ["Yelena Vorobeva"]},
    ),
    # --- initials
    (
        "initial-before-surname",
        "The court remanded A. Kuznetsov in custody for two months.",
        {"kuznetsov": ["A. Kuznetsov"]},
    ),
    (
        "initial-after-surname",
        "The court remanded Kuznetsov A. in custody for two months.",
        {"kuznetsov": ["Kuznetsov A."]},
    ),
    (
        "initial-before-a-near-surname",
        "The court remanded A. Kouznetsov in custody for two months.",
        {"kuznetsov": ["A. Kouznetsov"]},
    ),
    # --- middle names and titles
    (
        "called-by-middle-name",
        "Chukwuemeka Okafor was arrested during the protest in Lagos.",
        {"okafor": ["Chukwuemeka Okafor"]},
    ),
    (
        "list-title-absent-in-article",
        "Abdullah Karimi, a preacher, was detained after Friday prayers.",
        {"karimi": ["Abdullah Karimi"]},
    ),
    (
        "title-in-article-and-list",
        "Sheikh Abdullah Karimi was detained after Friday prayers.",
        {"karimi": ["Abdullah Karimi"]},
    ),
    (
        "other-title-in-article",
        "Imam Abdallah Karimi was detained after Friday prayers.",
        {"karimi": ["Abdallah Karimi"]},
    ),
    (
        "doctor-title-before-near-spelling",
        "Dr Hussein Tabrizee was taken to hospital from the prison on Sunday.",
        {"tabrizi": ["Hussein Tabrizee"]},
    ),
    # --- surname alone after the full name in another spelling; possessives, compounds
    (
        "surname-alone-after-full-name-in-other-spelling",
        "Mehdi Ghorbani was detained on Monday. Qurbani had criticised the judiciary.",
        {"ghorbani": ["Mehdi Ghorbani", "Qurbani"]},
    ),
    (
        "possessive-of-other-spelling-after-full-name",
        "Youssef Ouazzani was detained on Monday. Wazzani's brother said no reason was given.",
        {"ouazzani": ["Youssef Ouazzani", "Wazzani"]},
    ),
    (
        "full-name-in-one-spelling-then-possessive-in-the-lists",
        "Muhammad al-Sayyid was arrested at dawn. El-Sayed's family learned of it by phone.",
        {"el-sayed": ["Muhammad al-Sayyid", "El-Sayed"]},
    ),
    (
        "hyphenated-compound-after-full-name",
        "Reza Soltani was convicted on Sunday. Pro-Sultani students marched the next day.",
        {"soltani": ["Reza Soltani", "Sultani"]},
    ),
    (
        "surname-alone-later-in-near-spelling-turkic",
        "Erzhan Tokhtarbekuly was detained. Toqtarbekuli denied the charges.",
        {"tokhtarbekuly": ["Erzhan Tokhtarbekuly", "Toqtarbekuli"]},
    ),
    (
        "surname-alone-slavic-near-spelling-after-full-name",
        "Mikhail Belyavsky was detained. Bieliavskyi's lawyer was not allowed in.",
        {"belyavsky": ["Mikhail Belyavsky", "Bieliavskyi"]},
    ),
    # (written after the first run, from eval-dev3: the other spelling given as an aside
    # right after the full name is part of that mention, not a second one)
    (
        "other-spelling-as-an-aside-after-the-full-name",
        "Security forces detained Youssef Ouazzani (Wazzani) on Monday.",
        {"ouazzani": ["Youssef Ouazzani"]},
    ),
    # (a second round, written and committed before its first run, from the classes a
    # real-news proxy's studied half showed unfound; own people and sentences)
    # a vowel moved across a consonant, beside the exact given name
    (
        "vowel-moved-in-arabic-surname-beside-exact-given",
        "Hamad al-Sinewi was sentenced to five years in prison.",
        {"snaiwi": ["Hamad al-Sinewi"]},
    ),
    (
        "vowel-moved-then-alone-as-spelled",
        "Hamad al-Sinewi was sentenced. Sinewi had tweeted about the arrests.",
        {"snaiwi": ["Hamad al-Sinewi", "Sinewi"]},
    ),
    (
        "counter-vowel-moved-other-given-name",
        "Khalid al-Sinewi, the deputy minister, opened the conference.",
        {},
    ),
    (
        "counter-vowel-moved-alone-without-full-name",
        "Sinewi, the deputy minister, opened the conference.",
        {},
    ),
    # a surname without its Russian ending, which is another listed person's surname
    (
        "ending-dropped-surname-another-listed-persons",
        "Tofig Rahim was released on medical grounds last week.",
        {"rahimov-tofig": ["Tofig Rahim"]},
    ),
    (
        "counter-ending-dropped-the-other-listed-person",
        "Aida Rahim was released on medical grounds last week.",
        {"rahim-aida": ["Aida Rahim"]},
    ),
    # a spaced given name written as one word
    (
        "spaced-given-name-glued-in-the-article",
        "Keo Chandara was placed in pre-trial detention.",
        {"chan-dara": ["Keo Chandara"]},
    ),
    (
        "glued-given-name-then-alone",
        "Keo Chandara was placed in pre-trial detention. Chandara denied the charge.",
        {"chan-dara": ["Keo Chandara", "Chandara"]},
    ),
    (
        "counter-glued-given-name-with-another-family-name",
        "Meas Chandara, the deputy minister, opened the conference.",
        {},
    ),
    # (a third round, written and committed before its first run) a vowel added or
    # dropped right before the same final letter, as Urdu names are written with "qui" or
    # "qi"
    (
        "vowel-dropped-before-the-final-letter",
        "Nadeem Shafiqi was arrested at his office on Thursday.",
        {"shafiqui": ["Nadeem Shafiqi"]},
    ),
    (
        "vowel-added-before-the-final-letter-then-alone",
        "Sajid Khaliqui was arrested at his office. Khaliqui's lawyer called it unlawful.",
        {"khaliqi": ["Sajid Khaliqui", "Khaliqui"]},
    ),
    (
        "counter-vowel-slip-other-given-name",
        "Hamid Shafiqi, the deputy minister, opened the conference.",
        {},
    ),
    (
        "counter-vowel-slip-alone-without-full-name",
        "Shafiqi, the deputy minister, opened the conference.",
        {},
    ),
    # --- counter-examples: namesakes and near names of other families
    (
        "counter-hassan-is-not-hussein",
        "Ali Hassan, a shopkeeper, was arrested in the raid.",
        {},
    ),
    (
        "counter-other-given-name-same-surname-persian",
        "Hamid Tabrizi, the deputy minister, opened the conference.",
        {},
    ),
    (
        "counter-other-given-name-near-surname",
        "Ahmad Sultani, the deputy minister, opened the conference.",
        {},
    ),
    (
        "counter-surname-without-the-nisba-ending",
        "Reza Sultan, the deputy minister, opened the conference.",
        {},
    ),
    (
        "counter-longer-family-name-with-same-head",
        "Mehdi Ghorbanzadeh, the deputy minister, opened the conference.",
        {},
    ),
    (
        "counter-other-given-name-near-arabic-surname",
        "Yassine Wazzani, the deputy minister, opened the conference.",
        {},
    ),
    (
        "counter-abdel-rahim-is-not-abdulrahman",
        "Khaled Abdel Rahim, the deputy minister, opened the conference.",
        {},
    ),
    (
        "counter-near-surname-alone-no-full-name",
        "Qurbani, the deputy minister, opened the conference.",
        {},
    ),
    (
        "counter-near-surname-alone-after-another-given-name",
        "Mehdi Ghorbani was detained on Monday. Ali Qurbani, a neighbour, saw it happen.",
        {"ghorbani": ["Mehdi Ghorbani"]},
    ),
    (
        "counter-other-slavic-family-name",
        "Mikhail Belyaev, the deputy minister, opened the conference.",
        {},
    ),
    (
        "counter-feminine-form-with-her-own-given-name",
        "Anna Kuznetsova, the deputy minister, opened the conference.",
        {},
    ),
    (
        "counter-initial-that-does-not-fit",
        "The court remanded B. Kuznetsov in custody for two months.",
        {},
    ),
    (
        "counter-initial-after-that-does-not-fit",
        "The court remanded Kuznetsov B. in custody for two months.",
        {},
    ),
    (
        "counter-other-given-name-with-near-ukrainian-surname",
        "Oleksandr Bieliavskyi, the deputy minister, opened the conference.",
        {},
    ),
    (
        "counter-other-vietnamese-given-name",
        "Nguyen Van Dung, the deputy minister, opened the conference.",
        {},
    ),
    (
        "counter-other-chinese-given-name",
        "Li Yu-ming, the deputy minister, opened the conference.",
        {},
    ),
    (
        "counter-other-turkic-given-name",
        "Nurlan Toqtarbekuly, the deputy minister, opened the conference.",
        {},
    ),
    (
        "counter-middle-name-with-other-surname",
        "Chukwuemeka Eze, the deputy minister, opened the conference.",
        {},
    ),
    (
        "counter-title-with-other-given-name",
        "Sheikh Ibrahim Karimi, the deputy minister, opened the conference.",
        {},
    ),
    (
        "counter-long-surname-other-given-name",
        "Hamid Mahmudiyan, the deputy minister, opened the conference.",
        {},
    ),
    (
        "counter-mahmoud-is-not-mahmoudian",
        "Saeed Mahmoud, the deputy minister, opened the conference.",
        {},
    ),
    (
        "counter-given-name-two-vowels-off-is-another-name",
        "Omar Hussein, the deputy minister, opened the conference.",
        {},
    ),
    (
        "counter-khosravi-is-not-khosravani",
        "Farhad Khosravi, the deputy minister, opened the conference.",
        {},
    ),
]

# name -> the class still read wrongly (a strict xfail)
NOT_YET: dict[str, str] = {
    "ending-dropped-surname-another-listed-persons": (
        "a surname without its Russian ending that is exactly another listed person's "
        "surname ('Rahim' for Rahimov beside Aida Rahim) is read as that person's only: "
        "reading it also as the ending dropped broke the family-name rules (Tikhonov / "
        "Tikhonova)"
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_params(ROWS, NOT_YET))
def test_a_name_two_letters_apart_names_its_person_and_no_namesake(
    text: str, expected: dict[str, list[str]]
) -> None:
    found = mentions_by_person(INDEX, text)
    assert set(found) == set(expected), found
    for person, texts in expected.items():  # (a title kept or left out of a mention is alike)
        assert len(found[person]) == len(texts), found
        for spelled, labelled in zip(found[person], texts, strict=True):
            assert spelled in labelled or labelled in spelled, found
