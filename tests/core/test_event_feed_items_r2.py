"""Short English feed items, a second round (issue 14): wire briefs with datelines and
"— Reuters" tails, "X freed after 3 years" and "Court upholds X's sentence" headlines,
headlines in capitals and Title Case, digests in bullets, semicolons and numbered lines,
rights groups' case updates written "SURNAME, Given name: ...".

The classes beside the 17 event types:
- names: a familiar form of a given name ("Misha", "Zhenya", "Sasha") counts only beside
  the full name; a surname that is also an English word ("Bell", "Hope", "Young",
  "Rose") counts only where it names the person; the listed surname with another given
  name is someone else, in Western and in surname-first order ("Priscilla Leung",
  "Leung Kwok-wai" are not Brian Leung Kam-wah);
- who: a relative, a co-defendant, a lawyer or supporters of the person, and a pronoun
  that refers to someone unlisted ("his wife ... She was taken to hospital");
- whether: pleas, calls, appeals lodged, attempts, threats and questions; a release with
  a catch (bail granted but held in another case; acquitted and rearrested at once); a
  death named as history;
- when: relative dates ("last Thursday", "hours later", "earlier this month"), a month
  without a year, and events inside "when" and "while" clauses.

The people, the outlets and the stories are made up. Every row's labels (events and the
people it names) were written and committed before the module was first run (first run: 77
of 94 rows fully right; 60 of 68 expected events found, 9 wrong extra events, wrong
mentions in 4 rows, one of them a miscounted label). ``COUNTER`` rows were added with the
fixes, for the other side of each class fixed. Labels
follow the event table: a pardon or an amnesty is ``pardoned``, an early release or a
term replaced by a milder penalty is ``parole_granted``, exile, asylum and expulsion are
``fled``, and an event more than about a month before publication is background.
``optional`` holds what a reader could label either way.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.match import find_mentions
from monitor.core.types import Person
from tests.core.reading import (
    Events,
    FeedItem,
    Reader,
    item_params,
    mention_counts,
    named_in_params,
    named_params,
)

PEOPLE = [
    Person("volkov", "Mikhail Volkov"),
    Person("sorokina", "Yevgenia Sorokina"),
    Person("belyak", "Aleksandr Belyak"),
    Person("bell", "Marcus Bell"),
    Person("hope", "Tendai Hope"),
    Person("young", "Daniel Young"),
    Person("rose", "Eliza Rose"),
    Person("leung", "Brian Leung Kam-wah"),
    Person("mendoza", "Carlos Mendoza"),
    Person("karimova", "Dilnoza Karimova"),
    Person("haddad", "Samir Haddad"),
    Person("nwosu", "Chidi Nwosu"),
    Person("petrosyan", "Armen Petrosyan"),
    Person("azimi", "Farid Azimi"),
    Person("castillo", "Ines Castillo"),
    Person("pham", "Pham Van Toan"),
    Person("demir", "Zeynep Demir"),
    Person("tairov", "Bakhtiyor Tairov"),
    Person("okafor", "Ngozi Okafor"),
    Person("ibragimov", "Ruslan Ibragimov"),
    Person("kovalenko", "Iryna Kovalenko"),
]
PUBLISHED = datetime(2026, 9, 17, 7, 30)  # a Thursday
events = Reader(PEOPLE, PUBLISHED)

NONE: Events = set()


# Wire briefs: datelines, agency tails, "freed after", "court upholds".
WIRES: list[FeedItem] = [
    (
        "freed-after-years-in-title",
        "Mikhail Volkov freed after 3 years",
        "The anti-war activist walked out of penal colony No. 6 in Vladimir region on Tuesday "
        "morning at the end of his full term, supporters said.",
        {("volkov", "released", True)},
        {("volkov", "sentenced", False), ("volkov", "detained", False)},
        {"volkov"},
    ),
    (
        "court-upholds-possessive-sentence-reuters-tail",
        "Court upholds Zeynep Demir's sentence",
        "An Ankara appeals court on Monday confirmed the prison term of four years and two "
        "months given to the lawyer for 'membership of a terrorist organisation'. — Reuters",
        {("demir", "appeal_rejected", True)},
        {("demir", "sentenced", False)},
        {"demir"},
    ),
    (
        "dateline-reuters-charged-title-without-name",
        "Nigerian journalist charged with cyberstalking over report",
        "ABUJA, Sept 16 (Reuters) - Nigerian police charged journalist Chidi Nwosu with "
        "cyberstalking on Wednesday over an article on a state governor's spending, his "
        "employer said.",
        {("nwosu", "charged", True)},
        NONE,
        {"nwosu"},
    ),
    (
        "dateline-ap-placed-under-house-arrest",
        "Armenian opposition figure put under house arrest",
        "YEREVAN, Armenia (AP) — Opposition figure Armen Petrosyan was placed under house "
        "arrest on Tuesday pending trial on charges of calling for a coup, a court "
        "spokeswoman said.",
        {("petrosyan", "house_arrest", True)},
        {("petrosyan", "charged", True), ("petrosyan", "charged", False)},
        {"petrosyan"},
    ),
    (
        "afp-tail-released-on-bail-held-since",
        "Iran frees dual national after 500 days",
        "Farid Azimi, a British-Iranian engineer held in Evin prison since April last year, "
        "was released on bail on Wednesday and has returned home, his family said. (AFP)",
        {("azimi", "released", True)},
        {("azimi", "detained", False)},
        {"azimi"},
    ),
    (
        "expelled-to-neighbouring-country",
        "Nicaragua expels activist Ines Castillo to Costa Rica",
        "Castillo, who was jailed in June on charges of treason, was put on a bus to the Costa "
        "Rican border on Tuesday along with 40 other political prisoners.",
        {("castillo", "fled", True), ("castillo", "detained", False)},
        {
            ("castillo", "released", True),
            ("castillo", "charged", False),
        },
        {"castillo"},
    ),
    (
        "vietnam-jails-given-name-alone-after",
        "Vietnam jails blogger Pham Van Toan for 7 years over Facebook posts",
        "HANOI (Reuters) - A court in Nghe An province on Wednesday sentenced Toan, 45, for "
        "'conducting propaganda against the state'; his one-day trial was closed to his family.",
        {("pham", "sentenced", True)},
        {("pham", "trial", True)},
        {"pham"},
    ),
    (
        "begins-hunger-strike-in-jail",
        "Bakhtiyor Tairov begins hunger strike in Tashkent jail",
        "The detained blogger stopped eating on Monday to protest being denied visits from his "
        "lawyer, his sister wrote on Telegram.",
        {("tairov", "hunger_strike", True)},
        {
            ("tairov", "ill_treatment", True),
            ("tairov", "detained", True),
            ("tairov", "detained", False),
        },
        {"tairov"},
    ),
    (
        "found-dead-in-cell",
        "Ruslan Ibragimov dies in pre-trial detention centre",
        "Ibragimov, 52, was found dead in his cell in Makhachkala on Sunday night; investigators "
        "have opened a check into the death.",
        {("ibragimov", "died", True)},
        {("ibragimov", "detained", False), ("ibragimov", "detained", True)},
        {"ibragimov"},
    ),
    (
        "discharged-and-acquitted",
        "Activist Ngozi Okafor acquitted of treasonable felony",
        "A Federal High Court in Lagos on Tuesday discharged and acquitted Okafor, ruling that "
        "the prosecution had failed to prove its case.",
        {("okafor", "acquitted", True)},
        {("okafor", "released", True), ("okafor", "charged", False)},
        {"okafor"},
    ),
    (
        "prosecutors-withdraw-charges",
        "Prosecutors withdraw all charges against Iryna Kovalenko",
        "Kyiv prosecutors on Monday withdrew the charges of 'collaboration' against the "
        "teacher, closing a case opened in March.",
        {("kovalenko", "charges_dropped", True)},
        {("kovalenko", "charged", False)},
        {"kovalenko"},
    ),
    (
        "moved-to-prison-hospital",
        "Dilnoza Karimova moved to prison hospital",
        "The jailed human rights defender was moved on Wednesday from Zangiota prison to the "
        "penitentiary hospital in Tashkent after her health deteriorated, her lawyer said.",
        {("karimova", "transferred", True)},
        {("karimova", "ill_treatment", True)},
        {"karimova"},
    ),
    (
        "parole-bid-rejected",
        "Parole bid rejected for Samir Haddad",
        "A court in Tunis turned down the jailed opposition figure's application for parole on "
        "Tuesday, his daughter said.",
        {("haddad", "parole_denied", True)},
        NONE,
        {"haddad"},
    ),
    (
        "among-convicts-pardoned-by-decree",
        "Uzbek president pardons Bakhtiyor Tairov ahead of holiday",
        "Tairov was among 112 convicts pardoned by a decree signed on Tuesday; he is expected "
        "home by the weekend.",
        {("tairov", "pardoned", True)},
        NONE,
        {"tairov"},
    ),
    (
        "paroled-after-half-term",
        "Armen Petrosyan released on parole after serving half his term",
        "A court in Yerevan on Monday granted parole to Petrosyan, who had served two years of "
        "a four-year term.",
        {("petrosyan", "parole_granted", True)},
        {("petrosyan", "released", True), ("petrosyan", "sentenced", False)},
        {"petrosyan"},
    ),
    (
        "trial-opens-held-since-last-year",
        "Trial of Hong Kong activist Brian Leung opens",
        "The trial of Brian Leung Kam-wah on a charge of subversion opened at the West Kowloon "
        "court on Monday; he has been held since January 2025.",
        {("leung", "trial", True)},
        {("leung", "charged", False), ("leung", "detained", False)},
        {"leung"},
    ),
    (
        "beaten-by-guards-lawyer-says",
        "Mikhail Volkov beaten by guards, lawyer says",
        "Volkov's lawyer saw bruises on his face and arms during a visit on Tuesday; the prison "
        "service denies any violence.",
        {("volkov", "ill_treatment", True)},
        NONE,
        {"volkov"},
    ),
    (
        "held-at-airport-on-return",
        "Yevgenia Sorokina held at Moscow airport on return from Georgia",
        "Border guards at Sheremetyevo detained the theatre director late on Tuesday, her "
        "colleagues said.",
        {("sorokina", "detained", True)},
        NONE,
        {"sorokina"},
    ),
    (
        "flees-on-foot-requests-asylum",
        "Journalist Carlos Mendoza flees Venezuela after threats",
        "Mendoza crossed into Colombia on foot on Sunday and has requested asylum, the press "
        "union said.",
        {("mendoza", "fled", True)},
        NONE,
        {"mendoza"},
    ),
]

# Headlines in capitals and in Title Case.
CAPITALS: list[FeedItem] = [
    (
        "caps-exclusive-sentenced",
        "EXCLUSIVE: ZEYNEP DEMIR SENTENCED TO 8 YEARS",
        "Istanbul's 26th High Criminal Court handed down the verdict on Wednesday after a "
        "five-hour hearing.",
        {("demir", "sentenced", True)},
        {("demir", "trial", True)},
        {"demir"},
    ),
    (
        "caps-released-on-bail",
        "ACTIVIST CHIDI NWOSU RELEASED ON BAIL",
        "A magistrate in Abuja granted him bail of 5 million naira on Tuesday.",
        {("nwosu", "released", True)},
        NONE,
        {"nwosu"},
    ),
    (
        "title-case-jails-for-years",
        "Belarus Court Jails Aleksandr Belyak For Four Years",
        "Belyak, known to friends as Sasha, was convicted of 'insulting the president' at a "
        "closed trial in Minsk on Tuesday.",
        {("belyak", "sentenced", True)},
        {("belyak", "trial", True)},
        {"belyak"},
    ),
    (
        "caps-update-freed-after-charges-dropped",
        "UPDATE: MARCUS BELL FREED",
        "Marcus Bell, the union organiser held since August, walked out of Bang Kwang prison "
        "on Wednesday after his charges were dropped.",
        {("bell", "released", True)},
        {
            ("bell", "charges_dropped", True),
            ("bell", "detained", False),
            ("bell", "detained", True),
        },
        {"bell"},
    ),
    (
        "caps-namesake-western-order",
        "PRISCILLA LEUNG CALLS FOR TOUGHER SENTENCES",
        "The pro-Beijing lawmaker said on Tuesday that courts were too lenient with protesters.",
        NONE,
        NONE,
        set(),
    ),
    (
        "title-case-english-word-surname-without-the-person",
        "Young Activists Detained At Bangkok Rally",
        "Police detained 14 students outside Government House on Sunday, a rights group said.",
        NONE,
        NONE,
        set(),
    ),
    (
        "title-case-english-word-and-the-person",
        "Hope For Release Fades As Tendai Hope's Trial Is Postponed Again",
        "A Harare magistrate on Tuesday moved the activist's trial to November, keeping her in "
        "remand prison.",
        NONE,
        {("hope", "detained", True), ("hope", "detained", False)},
        {"hope"},
    ),
]

# Names: familiar forms, surnames that are English words, the surname with another given
# name. Each row's mentions are counted too (NAME_COUNTS below).
NAMES: list[FeedItem] = [
    (
        "familiar-form-beside-the-full-name",
        "Mother of Mikhail Volkov: 'They beat Misha again'",
        "Misha was beaten by guards on Monday, his mother said after a visit.",
        {("volkov", "ill_treatment", True)},
        NONE,
        {"volkov"},
    ),
    (
        "familiar-form-without-the-full-name",
        "Rights news",
        "Police in Minsk detained a student called Misha on Tuesday, Viasna said.",
        NONE,
        NONE,
        set(),
    ),
    (
        "familiar-form-with-another-surname",
        "Rights news",
        "Sasha Petrenko, a friend of Aleksandr Belyak, was detained on Tuesday.",
        NONE,
        NONE,
        {"belyak"},
    ),
    (
        "familiar-form-in-title-full-name-in-text",
        "Free Zhenya!",
        "Supporters of Yevgenia Sorokina gathered outside the court on Wednesday, where Zhenya "
        "was sentenced to six years for staging a play about soldiers' widows.",
        {("sorokina", "sentenced", True)},
        NONE,
        {"sorokina"},
    ),
    (
        "familiar-form-of-someone-else",
        "Rights news",
        "Zhenya Lebedev, a musician, fled Russia on Tuesday after being summoned for questioning.",
        NONE,
        NONE,
        set(),
    ),
    (
        "english-word-surname-lower-and-capitalised",
        "Marcus Bell released",
        "The bell at Bang Kwang rang at six on Wednesday as Bell walked out, his sister said.",
        {("bell", "released", True)},
        NONE,
        {"bell"},
    ),
    (
        "english-word-surname-caps-without-the-person",
        "BELL TOLLS FOR PRESS FREEDOM AS REPORTER JAILED",
        "A reporter was jailed for three years in Bangkok on Tuesday for a story on the army.",
        NONE,
        NONE,
        set(),
    ),
    (
        "english-word-surname-opening-a-sentence",
        "Tendai Hope charged",
        "Hope was charged on Tuesday with inciting public violence. Hope is fading that she "
        "will be freed before Christmas, her lawyer said.",
        {("hope", "charged", True)},
        NONE,
        {"hope"},
    ),
    (
        "english-word-surname-as-adjective",
        "Rights news",
        "Daniel Young was detained in Bangkok on Monday. Young people across the city protested "
        "his arrest on Tuesday.",
        {("young", "detained", True)},
        NONE,
        {"young"},
    ),
    (
        "english-word-surname-in-a-street-name",
        "Eliza Rose freed on bail",
        "Rose was released on Monday. Supporters had gathered on Rose Street outside the court "
        "since dawn.",
        {("rose", "released", True)},
        NONE,
        {"rose"},
    ),
    (
        "western-order-other-given-name",
        "Rights news",
        "Police in Caracas detained Rosa Mendoza, a nurse, on Tuesday. The journalist Carlos "
        "Mendoza said he did not know her.",
        NONE,
        NONE,
        {"mendoza"},
    ),
    (
        "surname-first-other-given-name",
        "Hong Kong court jails Leung Kwok-wai for rioting",
        "Leung Kwok-wai, 23, was sentenced to four years on Tuesday. Leung, a student, had "
        "pleaded guilty.",
        NONE,
        NONE,
        set(),
    ),
    (
        "surname-first-namesake-beside-the-person",
        "Rights news",
        "Former chief executive Leung Chun-ying said on Monday that Brian Leung should not be "
        "released early.",
        NONE,
        NONE,
        {"leung"},
    ),
    (
        "vietnamese-namesake-other-given-name",
        "Rights news",
        "Police in Thai Binh arrested Pham Van Tuan, a land petitioner, on Monday.",
        NONE,
        NONE,
        set(),
    ),
    (
        "namesake-lawyer-and-the-person",
        "Rights news",
        "Lawyer Andres Mendoza said his client Carlos Mendoza was moved to El Rodeo I prison on "
        "Tuesday.",
        {("mendoza", "transferred", True)},
        NONE,
        {"mendoza"},
    ),
]

# "SURNAME, Given name" entries of a list, added with that fix.
NAMES += [
    (
        "list-entry-surname-in-capitals-comma-given-name",
        "Verdicts this week",
        "DEMIR, Zeynep (Turkey): acquitted on 15 September. OKAFOR, Ngozi (Nigeria): trial "
        "adjourned.",
        {("demir", "acquitted", True)},
        NONE,
        {"demir", "okafor"},
    ),
    (
        "list-entry-listed-surname-another-given-name",
        "Arrests this week",
        "MENDOZA, Rosa (Venezuela): detained on 14 September.",
        NONE,
        NONE,
        set(),
    ),
]

# A plea or a function word in capitals before a familiar form, added with that fix.
NAMES += [
    (
        "familiar-form-after-a-title-word-is-someone-else",
        "Rights news",
        "Mikhail Volkov was freed on Tuesday. Uncle Misha, a neighbour, met him at the gate.",
        {("volkov", "released", True)},
        NONE,
        {"volkov"},
    ),
    (
        "familiar-form-after-a-headline-plea",
        "Rights news",
        "Mikhail Volkov was moved to a punishment cell on Monday. Save Misha, his friends wrote "
        "on placards outside the colony.",
        NONE,
        {("volkov", "ill_treatment", True), ("volkov", "transferred", True)},
        {"volkov"},
    ),
]

# Where a list's "SURNAME, Given name" reading names someone else (review of that fix): a
# list written "Given SURNAME", and a given name that goes on with another surname; and a
# familiar form after a judge's title.
NAMES += [
    (
        "given-name-then-surname-in-capitals-listed",
        "Verdicts this week",
        "A court in Ankara sentenced Emre DEMIR, Zeynep KAYA and two students to five years "
        "on Monday.",
        NONE,
        NONE,
        set(),
    ),
    (
        "given-name-then-surname-in-capitals-other-script-style",
        "Arrests this week",
        "Police detained the activists Farid KARIMOVA, Dilnoza Rakhimova and Ali Shirin on "
        "Tuesday.",
        NONE,
        NONE,
        set(),
    ),
    (
        "surname-in-capitals-comma-given-name-then-another-surname",
        "Arrests this week",
        "Detained on Friday: OKAFOR, Ngozi Eze and three other nurses (Nigeria).",
        NONE,
        NONE,
        set(),
    ),
    (
        "surname-in-capitals-comma-given-name-and-patronymic",
        "Verdicts this week",
        "KARIMOVA, Dilnoza Bakhtiyorovna (Uzbekistan): sentenced to seven years on 12 September.",
        {("karimova", "sentenced", True)},
        NONE,
        {"karimova"},
    ),
    (
        "familiar-form-after-a-judges-title",
        "Rights news",
        "Aleksandr Belyak has been held since March. Justice Sasha, who heard his case, "
        "retired on Monday.",
        NONE,
        # (made optional after "held since" was read as "in custody since": the detention
        # that began then, background)
        {("belyak", "detained", False)},
        {"belyak"},
    ),
]

# How many mentions each named person has in the rows of NAMES (the item's title and text).
NAME_COUNTS: dict[str, dict[str, int]] = {
    # (labelled 2 before the first run: the title's "Misha" was missed in the count)
    "familiar-form-beside-the-full-name": {"volkov": 3},
    "familiar-form-without-the-full-name": {},
    "familiar-form-with-another-surname": {"belyak": 1},
    "familiar-form-in-title-full-name-in-text": {"sorokina": 3},
    "familiar-form-of-someone-else": {},
    "english-word-surname-lower-and-capitalised": {"bell": 2},
    "english-word-surname-caps-without-the-person": {},
    "english-word-surname-opening-a-sentence": {"hope": 2},
    "english-word-surname-as-adjective": {"young": 1},
    "english-word-surname-in-a-street-name": {"rose": 2},
    "western-order-other-given-name": {"mendoza": 1},
    "surname-first-other-given-name": {},
    "surname-first-namesake-beside-the-person": {"leung": 1},
    "vietnamese-namesake-other-given-name": {},
    "namesake-lawyer-and-the-person": {"mendoza": 1},
    "list-entry-surname-in-capitals-comma-given-name": {"demir": 1, "okafor": 1},
    "list-entry-listed-surname-another-given-name": {},
    "given-name-then-surname-in-capitals-listed": {},
    "given-name-then-surname-in-capitals-other-script-style": {},
    "surname-in-capitals-comma-given-name-then-another-surname": {},
    "surname-in-capitals-comma-given-name-and-patronymic": {"karimova": 1},
    "familiar-form-after-a-judges-title": {"belyak": 1},
    "familiar-form-after-a-title-word-is-someone-else": {"volkov": 1},
    "familiar-form-after-a-headline-plea": {"volkov": 2},
}

# Relatives, supporters, co-defendants and lawyers; pronouns of someone unlisted.
BESIDE: list[FeedItem] = [
    (
        "brother-sentenced",
        "Brother of Dilnoza Karimova sentenced to 5 years",
        "Karimova's brother Jasur was convicted of fraud in Tashkent on Monday in what she "
        "called retaliation for her work.",
        NONE,
        NONE,
        {"karimova"},
    ),
    (
        "co-defendant-denied-parole",
        "Co-defendant of Samir Haddad denied parole",
        "A Tunis court on Tuesday refused parole to the businessman tried alongside Haddad in "
        "the 'conspiracy' case.",
        NONE,
        NONE,
        {"haddad"},
    ),
    (
        "wife-detained-she-taken-to-hospital",
        "Rights news",
        "Police detained the wife of jailed blogger Pham Van Toan on Tuesday. She was taken to "
        "hospital hours later with a broken arm.",
        NONE,
        {("pham", "detained", True), ("pham", "detained", False)},
        {"pham"},
    ),
    (
        "supporters-fled",
        "Petrosyan allies flee to Georgia",
        "Supporters of Armen Petrosyan have fled to Georgia, fearing arrest, party officials "
        "said on Wednesday.",
        NONE,
        NONE,
        {"petrosyan"},
    ),
    (
        "lawyer-detained-in-raid",
        "Lawyer for Zeynep Demir detained in dawn raid",
        "Police detained Ali Cetin, who represents Demir in her terrorism trial, at his home on "
        "Tuesday.",
        NONE,
        {("demir", "trial", True)},
        {"demir"},
    ),
    (
        "son-dies-person-barred-from-funeral",
        "Son of Ruslan Ibragimov dies in car crash",
        "Ibragimov, who remains in a Makhachkala jail, was not allowed to attend the funeral on "
        "Tuesday.",
        NONE,
        {
            ("ibragimov", "ill_treatment", True),
            ("ibragimov", "detained", False),
            ("ibragimov", "detained", True),
        },
        {"ibragimov"},
    ),
    (
        "person-and-brother-detained-brother-freed",
        "Rights news",
        "Police detained Chidi Nwosu and his brother on Monday; the brother was released the "
        "same evening.",
        {("nwosu", "detained", True)},
        NONE,
        {"nwosu"},
    ),
    (
        "cellmate-executed-he-had-been-sentenced",
        "Rights news",
        "Farid Azimi's cellmate, a Kurdish teacher, was executed on Monday. He had been "
        "sentenced to death in 2024.",
        NONE,
        NONE,
        {"azimi"},
    ),
    (
        "mother-on-hunger-strike",
        "Mother of Bakhtiyor Tairov begins hunger strike",
        "Tairov's mother, 68, has refused food since Monday outside the prosecutor's office, "
        "demanding to see her son.",
        NONE,
        NONE,
        {"tairov"},
    ),
    (
        "colleague-freed-person-remains",
        "Colleague of Yevgenia Sorokina released from jail",
        "Actress Polina Ivanova, detained with Sorokina in May, was freed on Tuesday. Sorokina "
        "remains in custody.",
        NONE,
        {("sorokina", "detained", False)},
        {"sorokina"},
    ),
]

# Whether it happened: pleas, calls, appeals lodged, attempts, threats; a release with a
# catch; a death named as history.
WHETHER: list[FeedItem] = [
    (
        "family-pleads-for-release",
        "Family pleads for release of Ruslan Ibragimov",
        "Ibragimov's relatives asked the president on Tuesday to free the ailing prisoner on "
        "humanitarian grounds.",
        NONE,
        NONE,
        {"ibragimov"},
    ),
    (
        "lawyers-appeal-sentence",
        "Zeynep Demir's lawyers appeal 8-year sentence",
        "The defence filed an appeal with the Court of Cassation on Monday.",
        NONE,
        {("demir", "sentenced", False), ("demir", "sentenced", True)},
        {"demir"},
    ),
    (
        "barred-from-leaving",
        "Journalist Carlos Mendoza barred from leaving Venezuela",
        "Immigration officers at Maiquetia airport stopped Mendoza from boarding a flight to "
        "Madrid on Tuesday and confiscated his passport.",
        NONE,
        NONE,
        {"mendoza"},
    ),
    (
        "bail-granted-remains-in-custody-other-case",
        "Court grants bail to Chidi Nwosu, but he remains in custody",
        "The journalist stays in Kuje prison because of a second case filed by police in Lagos, "
        "his lawyer said on Wednesday.",
        NONE,
        {("nwosu", "detained", True), ("nwosu", "charged", True)},
        {"nwosu"},
    ),
    (
        "acquitted-and-rearrested-at-court",
        "Ngozi Okafor acquitted, rearrested at court gates",
        "Minutes after a Lagos judge acquitted her on Tuesday, state security agents detained "
        "Okafor again outside the courtroom.",
        {("okafor", "acquitted", True), ("okafor", "detained", True)},
        NONE,
        {"okafor"},
    ),
    (
        "death-in-custody-as-history",
        "A year after Ruslan Ibragimov's death in custody, no one has been charged",
        "Ibragimov died in a Makhachkala jail in September last year; his family marked the "
        "anniversary on Tuesday.",
        {("ibragimov", "died", False)},
        NONE,
        {"ibragimov"},
    ),
    (
        "to-be-freed-under-amnesty",
        "Marcus Bell to be freed next week under royal amnesty",
        "Bell's name is on the list of 300 prisoners due for release under the amnesty, the "
        "corrections department said on Wednesday.",
        NONE,
        {("bell", "pardoned", True)},
        {"bell"},
    ),
    (
        "experts-urge-release",
        "UN experts urge Vietnam to free Pham Van Toan",
        "The experts said on Tuesday that the blogger's detention was arbitrary.",
        NONE,
        {("pham", "detained", True), ("pham", "detained", False)},
        {"pham"},
    ),
    (
        "prison-denies-hunger-strike",
        "Prison service denies Tendai Hope is on hunger strike",
        "Officials at Chikurubi said on Tuesday that the activist was eating normally, "
        "contradicting her lawyer.",
        NONE,
        NONE,
        {"hope"},
    ),
    (
        "prosecutors-ask-for-years",
        "Iryna Kovalenko could face 15 years if convicted",
        "Prosecutors in Kyiv asked the court on Monday to jail the teacher for 15 years.",
        NONE,
        {("kovalenko", "trial", True)},
        {"kovalenko"},
    ),
    (
        "left-out-of-prisoner-swap",
        "Farid Azimi not among prisoners freed in swap",
        "Azimi was left out of Tuesday's exchange, in which four other prisoners were released.",
        NONE,
        NONE,
        {"azimi"},
    ),
    (
        "refuses-exile-freed-in-june",
        "Samir Haddad refuses to leave Tunisia despite threats",
        "Haddad, freed in June, has turned down offers of exile and says he will stay.",
        {("haddad", "released", False)},
        NONE,
        {"haddad"},
    ),
    (
        "threatened-with-transfer",
        "Dilnoza Karimova threatened with transfer to strict-regime colony",
        "Prison officials told the human rights defender on Monday that she could be moved to a "
        "colony in Karakalpakstan if she keeps complaining.",
        NONE,
        {("karimova", "ill_treatment", True)},
        {"karimova"},
    ),
    (
        "suspended-sentence-walks-free",
        "Court gives Yevgenia Sorokina suspended sentence; she walks free",
        "A Moscow judge on Wednesday handed the director a two-year suspended term for "
        "'justifying terrorism'.",
        {("sorokina", "sentenced", True)},
        {("sorokina", "released", True)},
        {"sorokina"},
    ),
    (
        "freed-from-jail-into-house-arrest",
        "Armen Petrosyan moved from jail to house arrest",
        "A Yerevan court on Tuesday changed the opposition figure's pre-trial detention to "
        "house arrest.",
        {("petrosyan", "house_arrest", True)},
        {
            ("petrosyan", "released", True),
            ("petrosyan", "detained", False),
            ("petrosyan", "detained", True),
        },
        {"petrosyan"},
    ),
]

# When: relative dates, a month without a year, "when" and "while" clauses.
WHEN: list[FeedItem] = [
    (
        "arrested-last-thursday",
        "Tendai Hope arrested last Thursday, lawyers say",
        "The activist was picked up by plain-clothes police at her home last Thursday and has "
        "not been seen since, Zimbabwe Lawyers for Human Rights said.",
        {("hope", "detained", True)},
        NONE,
        {"hope"},
    ),
    (
        "arrested-in-a-month-without-year-trial-opens",
        "Zeynep Demir, arrested in February, goes on trial",
        "The trial of the lawyer opened at the Silivri courthouse on Wednesday.",
        {("demir", "trial", True), ("demir", "detained", False)},
        NONE,
        {"demir"},
    ),
    (
        "detained-on-a-day-of-this-month-charged",
        "Ines Castillo charged with treason",
        "Prosecutors in Managua on Tuesday formally charged the activist, who was detained on "
        "3 September at her home in Leon.",
        {("castillo", "charged", True), ("castillo", "detained", True)},
        NONE,
        {"castillo"},
    ),
    (
        "beaten-when-police-raided",
        "Rights news",
        "Chidi Nwosu was beaten when police raided his home on Monday, his wife said.",
        {("nwosu", "ill_treatment", True)},
        NONE,
        {"nwosu"},
    ),
    (
        "died-while-on-hunger-strike",
        "Dagestani prisoner dies after hunger strike",
        "Ruslan Ibragimov died in hospital on Tuesday while on the 40th day of a hunger strike, "
        "his lawyer said.",
        {("ibragimov", "died", True), ("ibragimov", "hunger_strike", True)},
        NONE,
        {"ibragimov"},
    ),
    (
        "when-clause-first-arrested-years-ago",
        "Rights news",
        "Iryna Kovalenko, who was 19 when she was first arrested in 2014, was sentenced on "
        "Monday to 10 years.",
        {("kovalenko", "sentenced", True), ("kovalenko", "detained", False)},
        NONE,
        {"kovalenko"},
    ),
    (
        "detained-while-visiting-years-ago",
        "Rights news",
        "Farid Azimi was detained while visiting his mother in Tehran two years ago. On Tuesday "
        "he was sentenced to 10 years.",
        {("azimi", "detained", False), ("azimi", "sentenced", True)},
        NONE,
        {"azimi"},
    ),
    (
        "hours-later-arrested",
        "Police raid newsroom, detain Carlos Mendoza",
        "Officers searched the offices of El Pitazo on Monday morning. Hours later they "
        "arrested Mendoza at his home.",
        {("mendoza", "detained", True)},
        NONE,
        {"mendoza"},
    ),
    (
        "jailed-earlier-this-month-moved",
        "Samir Haddad, jailed earlier this month, moved to Mornaguia prison",
        "The opposition figure was taken to the prison outside Tunis on Wednesday, his lawyer "
        "said.",
        {("haddad", "transferred", True)},
        {("haddad", "detained", True)},  # "jailed" alone: an arrest
        {"haddad"},
    ),
    (
        "bail-a-month-after-arrest-last-month",
        "Tendai Hope freed on bail a month after arrest",
        "Hope, who was arrested last month at a protest in Harare, was granted bail by the High "
        "Court on Wednesday and left remand prison the same day.",
        {("hope", "released", True)},
        {("hope", "detained", True), ("hope", "detained", False)},
        {"hope"},
    ),
    (
        "arrested-years-ago-freed-now",
        "Seven years after his arrest, Bakhtiyor Tairov walks free",
        "Tairov, arrested in 2019 on extremism charges, completed his sentence and was freed on "
        "Tuesday.",
        {("tairov", "released", True), ("tairov", "detained", False)},
        {("tairov", "charged", False), ("tairov", "sentenced", False)},
        {"tairov"},
    ),
    (
        "verdict-due-in-a-month-without-year",
        "Brian Leung's verdict due in November",
        "The judge said on Tuesday she would deliver her verdict in November.",
        NONE,
        {("leung", "trial", True)},
        {"leung"},
    ),
    (
        "years-on-still-behind-bars",
        "Five years on, Pham Van Toan still behind bars",
        "Toan was arrested in September 2021 and later jailed for seven years.",
        {("pham", "detained", False)},
        {("pham", "sentenced", False)},
        {"pham"},
    ),
    (
        "sentenced-in-absentia-on-friday",
        "Ngozi Okafor sentenced in absentia",
        "A Lagos court on Friday sentenced the exiled activist to 12 years.",
        {("okafor", "sentenced", True)},
        {("okafor", "fled", False)},
        {"okafor"},
    ),
]

# Digests: bullets, dashes, semicolons, numbered lines, "SURNAME, Given name:" entries.
DIGESTS: list[FeedItem] = [
    (
        "digest-bullets-en-dash-weekday-in-brackets",
        "Weekly prisoner roundup",
        "• Mikhail Volkov – transferred to a colony in Mordovia (Mon). • Yevgenia Sorokina – "
        "appeal rejected by Moscow City Court (Tue). • Aleksandr Belyak – released after "
        "serving his term (Wed).",
        {
            ("volkov", "transferred", True),
            ("sorokina", "appeal_rejected", True),
            ("belyak", "released", True),
        },
        {("belyak", "sentenced", False)},
        {"volkov", "sorokina", "belyak"},
    ),
    (
        "digest-country-dash-lines",
        "Today in brief",
        "- Armenia: Armen Petrosyan's trial resumes in Yerevan. - Uzbekistan: Bakhtiyor Tairov "
        "fined for 'petty hooliganism'. - Nigeria: Chidi Nwosu freed on bail.",
        {("petrosyan", "trial", True), ("nwosu", "released", True)},
        {("tairov", "sentenced", True)},
        {"petrosyan", "tairov", "nwosu"},
    ),
    (
        "digest-verbless-under-headings",
        "This week",
        "Releases: Ines Castillo (Nicaragua); Farid Azimi (Iran). Arrests: Zeynep Demir (Turkey).",
        {("castillo", "released", True), ("azimi", "released", True), ("demir", "detained", True)},
        NONE,
        {"castillo", "azimi", "demir"},
    ),
    (
        "digest-surname-comma-given-name-entries",
        "Case updates | 16 September",
        "KARIMOVA, Dilnoza: moved to hospital after losing consciousness in her cell. HADDAD, "
        "Samir: hearing postponed to 2 October.",
        {("karimova", "transferred", True)},
        {("karimova", "ill_treatment", True)},
        {"karimova", "haddad"},
    ),
    (
        "digest-numbered-with-parentheses",
        "Three things to know",
        "1) Farid Azimi went on hunger strike on Monday 2) Iryna Kovalenko's detention was "
        "extended by two months 3) Marcus Bell was acquitted on Wednesday",
        {("azimi", "hunger_strike", True), ("bell", "acquitted", True)},
        {("kovalenko", "detained", True), ("kovalenko", "detained", False)},
        {"azimi", "kovalenko", "bell"},
    ),
]

# Items that must give no event.
NO_EVENT: list[FeedItem] = [
    (
        "anniversary-vigil",
        "Three years since Ines Castillo's arrest",
        "Supporters marked three years since Castillo's arrest with a vigil in San Jose on "
        "Tuesday.",
        NONE,
        {("castillo", "detained", False)},
        {"castillo"},
    ),
    (
        "interview-will-not-leave",
        "Carlos Mendoza: 'I will not leave Venezuela'",
        "In an interview, the journalist said he had no plans to go into exile despite the "
        "threats.",
        NONE,
        NONE,
        {"mendoza"},
    ),
    (
        "publisher-released-letters",
        "Yevgenia Sorokina's prison letters published as a book",
        "A London publisher on Tuesday released a collection of letters the director wrote "
        "from pre-trial detention.",
        NONE,
        {("sorokina", "detained", False), ("sorokina", "detained", True)},
        {"sorokina"},
    ),
    (
        "award-in-absentia",
        "Tendai Hope wins press freedom award",
        "The jailed activist received the prize in absentia on Wednesday; her daughter accepted "
        "it.",
        NONE,
        {("hope", "detained", True), ("hope", "detained", False)},
        {"hope"},
    ),
    (
        "documentary-premiere",
        "Documentary on Brian Leung's trial premieres",
        "The film, shown in Taipei on Tuesday, follows the activist's 2025 trial and his "
        "sentencing.",
        NONE,
        {("leung", "trial", False), ("leung", "sentenced", False)},
        {"leung"},
    ),
    (
        "court-releases-statement",
        "Court releases statement on Marcus Bell case",
        "The criminal court released a statement on Wednesday saying the union organiser's "
        "hearing would go ahead next month.",
        NONE,
        NONE,
        {"bell"},
    ),
    (
        "free-speech-rally",
        "Free speech campaigners rally for Zeynep Demir",
        "Hundreds marched in Istanbul on Sunday demanding the lawyer's release.",
        NONE,
        NONE,
        {"demir"},
    ),
    (
        "sentence-as-grammar",
        "Dilnoza Karimova's lawyer: 'One sentence in her post was taken out of context'",
        "The lawyer told reporters on Tuesday that the prosecution misread the post.",
        NONE,
        NONE,
        {"karimova"},
    ),
    (
        "question-headline-ruling-expected",
        "Will Armen Petrosyan be jailed?",
        "The court is expected to rule on Friday on the prosecutor's request for a seven-year "
        "term.",
        NONE,
        NONE,
        {"petrosyan"},
    ),
]

# Added after the first run, with the fixes: the other side of each class fixed.
COUNTER: list[FeedItem] = [
    (
        "no-one-else-beside-the-person-charged",
        "Rights news",
        "Zeynep Demir was charged on Tuesday; no one else in her office was detained.",
        {("demir", "charged", True)},
        NONE,
        {"demir"},
    ),
    (
        "denies-one-thing-says-another",
        "Rights news",
        "Officials deny Tendai Hope was beaten, but say she was moved to a prison hospital on "
        "Tuesday.",
        {("hope", "transferred", True)},
        NONE,
        {"hope"},
    ),
    (
        "freed-weeks-after-a-plea",
        "Rights news",
        "Ruslan Ibragimov was released on Tuesday, weeks after his family pleaded for his freedom.",
        {("ibragimov", "released", True)},
        NONE,
        {"ibragimov"},
    ),
    (
        "releases-a-person-not-a-statement",
        "Iran releases French engineer Farid Azimi",
        "Azimi was flown home on Wednesday, his family said.",
        {("azimi", "released", True)},
        NONE,
        {"azimi"},
    ),
    (
        "jailed-and-the-one-tried-alongside-acquitted",
        "Rights news",
        "A court jailed Samir Haddad for five years on Tuesday and acquitted the businessman "
        "tried alongside him.",
        {("haddad", "sentenced", True)},
        NONE,
        {"haddad"},
    ),
    (
        "detained-with-another-watched-person-freed",
        "Rights news",
        "Zeynep Demir, detained with Yevgenia Sorokina in May, was freed on Tuesday.",
        {("demir", "released", True), ("demir", "detained", False)},
        {("sorokina", "detained", False)},
        {"demir", "sorokina"},
    ),
    (
        "mother-detained-then-he-charged",
        "Rights news",
        "Police detained the mother of Chidi Nwosu on Monday. He was charged on Tuesday.",
        {("nwosu", "charged", True)},
        NONE,
        {"nwosu"},
    ),
    (
        "lawyer-beaten-then-she-freed",
        "Rights news",
        "Police detained Zeynep Demir and beat her lawyer on Monday. She was released on Tuesday.",
        {("demir", "detained", True), ("demir", "released", True)},
        NONE,
        {"demir"},
    ),
    (
        "described-cellmate-then-the-person-named",
        "Rights news",
        "Farid Azimi's cellmate, a Kurdish teacher, was executed on Monday. Azimi went on hunger "
        "strike hours later.",
        {("azimi", "hunger_strike", True)},
        NONE,
        {"azimi"},
    ),
]

# Descriptions as an event verb's object, added with that fix: the one described so,
# and not a lawyer or a companion.
DESCRIBED: list[FeedItem] = [
    (
        "described-object-of-two-trades",
        "Rights news",
        "Police detained Chidi Nwosu, a reporter, and Ngozi Okafor, an activist, on Monday. On "
        "Tuesday a court charged the activist with treason.",
        {("nwosu", "detained", True), ("okafor", "detained", True), ("okafor", "charged", True)},
        NONE,
        {"nwosu", "okafor"},
    ),
    (
        "described-object-a-lawyer-is-not-the-person",
        "Rights news",
        "Ngozi Okafor was detained on Monday. Police also arrested the lawyer representing her "
        "on Tuesday.",
        {("okafor", "detained", True)},
        NONE,
        {"okafor"},
    ),
    (
        "described-object-by-age",
        "Rights news",
        "Ngozi Okafor was detained on Monday. On Tuesday police freed the 45-year-old without "
        "charge.",
        {("okafor", "detained", True), ("okafor", "released", True)},
        NONE,
        {"okafor"},
    ),
]

# A participle's aside between commas keeps its date to itself, added with that fix; so
# does a decision a trigger acts on ("upheld the sentence handed to X on 12 January").
ASIDES: list[FeedItem] = [
    (
        "upheld-a-term-given-years-ago",
        "Rights news",
        "An appeals court in Ankara on Monday upheld the prison term given to Zeynep Demir in "
        "2024.",
        {("demir", "appeal_rejected", True)},
        {("demir", "sentenced", False)},
        {"demir"},
    ),
    (
        "upheld-a-sentence-given-years-ago",
        "Rights news",
        "An appeals court in Ankara on Monday upheld the sentence given to Zeynep Demir in 2024.",
        {("demir", "appeal_rejected", True)},
        {("demir", "sentenced", False)},
        {"demir"},
    ),
    (
        "upheld-undated-a-sentence-imposed-in-a-month",
        "Court upholds Ines Castillo's sentence",
        "The appeals court upheld the sentence imposed on the activist in February.",
        {("castillo", "appeal_rejected", True)},
        {("castillo", "sentenced", False)},
        {"castillo"},
    ),
    (
        "a-term-handed-in-a-month-its-own-date",
        "Rights news",
        "The four-year term handed to Zeynep Demir in March shocked her colleagues.",
        {("demir", "sentenced", False)},
        NONE,
        {"demir"},
    ),
    (
        "aside-dated-and-main-verb-dated-too",
        "Rights news",
        "Zeynep Demir, arrested in February, was sentenced in March.",
        {("demir", "detained", False), ("demir", "sentenced", False)},
        NONE,
        {"demir"},
    ),
    (
        "aside-dated-then-a-headline-state",
        "Zeynep Demir, arrested in February, remains in jail",
        "Her lawyers have asked for her release pending trial.",
        {("demir", "detained", False)},
        NONE,
        {"demir"},
    ),
    (
        "aside-dated-headline-verb-freed",
        "Ines Castillo, jailed in 2023, walks free",
        "The activist left La Modelo prison on Wednesday.",
        {("castillo", "released", True)},
        {("castillo", "detained", False)},  # "jailed" alone: an arrest
        {"castillo"},
    ),
]

# A digest's heading and its verbless entries in one sentence, added with that fix: an
# entry that says more, a heading that is no event, a plea, a state, a negation.
HEADINGS: list[FeedItem] = [
    (
        "heading-entry-with-a-verb-of-its-own",
        "This week",
        "Releases: none this week. Arrests: Zeynep Demir was questioned but not detained.",
        NONE,
        NONE,
        {"demir"},
    ),
    (
        "heading-a-country",
        "This week",
        "Armenia: Armen Petrosyan (opposition leader).",
        NONE,
        NONE,
        {"petrosyan"},
    ),
    (
        "heading-a-state-a-plea-a-negation",
        "This week",
        "Still held: Zeynep Demir (Turkey). Calls for release: Ines Castillo (Nicaragua). Not "
        "yet freed: Farid Azimi (Iran).",
        NONE,
        {("demir", "detained", True), ("demir", "detained", False)},
        {"demir", "castillo", "azimi"},
    ),
    (
        "heading-entries-joined-by-and",
        "This week",
        "Sentenced: Ines Castillo, Farid Azimi and Zeynep Demir.",
        {
            ("castillo", "sentenced", True),
            ("azimi", "sentenced", True),
            ("demir", "sentenced", True),
        },
        NONE,
        {"castillo", "azimi", "demir"},
    ),
]

ALL = (
    HEADINGS
    + ASIDES
    + DESCRIBED
    + WIRES
    + CAPITALS
    + NAMES
    + BESIDE
    + WHETHER
    + WHEN
    + DIGESTS
    + NO_EVENT
    + COUNTER
)

# A fresh batch written after the fixes above, labelled and committed before its first run,
# to see whether the classes fixed hold on new phrasing.
FRESH: list[FeedItem] = [
    (
        "fresh-wire-dateline-jailed-for-years",
        "Tajik court jails opposition blogger for 9 years",
        "DUSHANBE, Sept 15 (Reuters) - A Dushanbe court sentenced Bakhtiyor Tairov to nine "
        "years in prison on Tuesday on charges of extremism, his relatives said.",
        {("tairov", "sentenced", True)},
        {("tairov", "charged", True), ("tairov", "charged", False)},
        {"tairov"},
    ),
    (
        "fresh-pleads-for-pardon",
        "Mother of Ruslan Ibragimov pleads for pardon",
        "Ibragimov's mother wrote to the president on Monday asking him to pardon her son.",
        NONE,
        NONE,
        {"ibragimov"},
    ),
    (
        "fresh-released-video-not-person",
        "Rights group releases video of Mikhail Volkov's arrest",
        "The footage, filmed in 2023, shows police dragging the activist from a café.",
        NONE,
        {("volkov", "detained", False)},
        {"volkov"},
    ),
    (
        "fresh-sister-arrested-she-beaten",
        "Rights news",
        "Police arrested the sister of Chidi Nwosu on Tuesday. She was beaten in custody, the "
        "family said.",
        NONE,
        NONE,
        {"nwosu"},
    ),
    (
        "fresh-described-object-detained-the-blogger",
        "Pham Van Toan detained again",
        "Police in Hanoi detained the blogger at his home on Wednesday, a month after his release.",
        {("pham", "detained", True)},
        {("pham", "released", True), ("pham", "released", False)},
        {"pham"},
    ),
    (
        "fresh-heading-pardoned-entries",
        "Weekly digest",
        "Pardoned: Bakhtiyor Tairov (Uzbekistan); Dilnoza Karimova (Uzbekistan).",
        {("tairov", "pardoned", True), ("karimova", "pardoned", True)},
        {("tairov", "released", True), ("karimova", "released", True)},
        {"tairov", "karimova"},
    ),
    (
        "fresh-list-entry-surname-capitals",
        "Case updates",
        "CASTILLO, Ines: released on 14 September. AZIMI, Farid: still held in Evin.",
        {("castillo", "released", True)},
        {("azimi", "detained", True), ("azimi", "detained", False)},
        {"castillo", "azimi"},
    ),
    (
        "fresh-familiar-form-plea-and-the-full-name",
        "Free Sasha!",
        "Friends of Aleksandr Belyak marched in Vilnius on Sunday, a week after he was jailed "
        "for four years.",
        {("belyak", "sentenced", True)},
        NONE,
        {"belyak"},
    ),
    (
        "fresh-co-defendant-freed-person-held",
        "Rights news",
        "A court in Tunis on Monday freed the engineer tried alongside Samir Haddad; Haddad "
        "remains in prison.",
        NONE,
        {("haddad", "detained", True), ("haddad", "detained", False)},
        {"haddad"},
    ),
    (
        "fresh-nobody-released",
        "Rights news",
        "A year after Zeynep Demir's arrest, nobody has been released from her group.",
        NONE,
        {("demir", "detained", False)},
        {"demir"},
    ),
    (
        "fresh-aside-dated-title-verb",
        "Farid Azimi, detained in April, faces espionage trial",
        "The trial of the engineer opened in Tehran on Wednesday behind closed doors.",
        {("azimi", "trial", True), ("azimi", "detained", False)},
        {("azimi", "charged", True), ("azimi", "charged", False)},
        {"azimi"},
    ),
    (
        "fresh-upheld-verdict-of-months-ago",
        "Rights news",
        "The Supreme Court on Tuesday upheld the verdict delivered against Iryna Kovalenko in May.",
        {("kovalenko", "appeal_rejected", True)},
        {("kovalenko", "sentenced", False)},
        {"kovalenko"},
    ),
    (
        "fresh-english-word-bell-rang",
        "Marcus Bell freed",
        "Bell walked out of prison on Wednesday. Bells rang at the church next door.",
        {("bell", "released", True)},
        NONE,
        {"bell"},
    ),
    (
        "fresh-denies-she-was-moved",
        "Prison denies Dilnoza Karimova was moved to hospital",
        "Officials said on Tuesday the human rights defender was in her cell and in good health.",
        NONE,
        NONE,
        {"karimova"},
    ),
    (
        "fresh-surname-first-namesake",
        "Rights news",
        "Leung Ka-ho, a student, was detained in Mong Kok on Tuesday. Brian Leung was not "
        "among those held.",
        NONE,
        NONE,
        {"leung"},
    ),
]

ALL += FRESH

# Classes still read wrongly, kept in view: the test fails once one of them is read right.
NOT_YET: dict[str, str] = {}
NAMES_NOT_YET: dict[str, str] = {}
COUNTS_NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(("title", "text", "expected", "optional"), item_params(ALL, NOT_YET))
def test_a_feed_item_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    events.check_item(title, text, expected, optional)


@pytest.mark.parametrize(("title", "text", "named"), named_in_params(ALL, NAMES_NOT_YET))
def test_a_feed_item_names_whom_a_reader_would_see(title: str, text: str, named: set[str]) -> None:
    events.check_named(title, text, named)


@pytest.mark.parametrize(
    ("title", "text", "counts"),
    named_params(
        [(name, title, text, NAME_COUNTS[name]) for name, title, text, *_ in NAMES], COUNTS_NOT_YET
    ),
)
def test_a_name_row_counts_each_mention(title: str, text: str, counts: dict[str, int]) -> None:
    full = f"{title}\n\n{text}"
    assert mention_counts(events.index, full) == counts


def test_every_name_row_has_its_counts() -> None:
    assert set(NAME_COUNTS) == {name for name, *_ in NAMES}
    assert all(set(NAME_COUNTS[name]) == named for name, *_, named in NAMES)
    assert len(find_mentions(events.index, "Mikhail Volkov")) == 1


# An event that the title tells as what footage shows ("video of X's arrest") is as old as
# the footage, when the text dates it ("filmed in 2023"); footage of this week, or undated,
# leaves the title's event news.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Newly published photos show the beating of Aleksandr Belyak",
            "The photos, taken in March 2024, were smuggled out of the prison.",
            {("belyak", "ill_treatment", False)},
        ),
        # counter-examples
        (
            "Video shows the arrest of Aleksandr Belyak",
            "The video, filmed on Tuesday, shows officers pushing him into a van.",
            {("belyak", "detained", True)},
        ),
        (
            "Video shows the arrest of Aleksandr Belyak",
            "The video was posted by his wife on Wednesday.",
            {("belyak", "detained", True)},
        ),
    ],
    ids=["photos-taken-long-ago", "video-filmed-this-week", "footage-undated"],
)
def test_an_event_shown_in_footage_is_as_old_as_the_footage(
    title: str, text: str, expected: Events
) -> None:
    assert events(text, title) == expected


# A list entry's name may go on with a patronymic the mention stops before ("IBRAGIMOV,
# Ruslan Maratovich (Russia): detained"); a word that is no patronymic is not skipped.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "IBRAGIMOV, Ruslan Maratovich (Russia): detained on 14 September.",
            {("ibragimov", "detained", True)},
        ),
        ("Iryna Kovalenko Petrivna: freed on Monday.", {("kovalenko", "released", True)}),
        # counter-example: another person's name after the listed one
        ("Iryna Kovalenko Petrenko: freed on Monday.", set()),
    ],
    ids=["surname-given-patronymic", "given-surname-patronymic", "another-name-after"],
)
def test_a_list_entry_name_may_go_on_with_a_patronymic(text: str, expected: Events) -> None:
    assert events(text, "Verdicts this week") == expected
