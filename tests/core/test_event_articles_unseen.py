"""Made-up English news paragraphs and long articles for the issue-14 classes that the
earlier unseen paragraphs covered least: transfers to a place, trials starting, sentences
as nouns, names that are also common English words ("Grant", "Hope", "Bell", "Rose"), a
diminutive beside (or without) the full name, the listed surname with another given name
(Western or surname-first order), quotes from the person about others' events, background
paragraphs recounting earlier events, and the classes still strict xfails elsewhere
(cataphora, ages between commas, "masked men seized X", a lead that names the person two
sentences later, an undated charge in a relative clause).

The people, the outlets and the stories are made up; every row's labels were written
before the module was first run (first run: see the commit that added it). Labels follow
the event table: an event more than about a month before publication is background.
``optional`` holds what a reader could label either way.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader, mentions_by_person, named_params

PEOPLE = [
    Person("levchenko", "Dmitri Levchenko"),
    Person("karimov", "Ilyas Karimov"),
    Person("nurlanova", "Aliya Nurlanova"),
    Person("mammadli", "Farid Mammadli"),
    Person("kuznetsova", "Svetlana Kuznetsova"),
    Person("orlov", "Mikhail Orlov"),
    Person("sorokina", "Yevgenia Sorokina"),
    Person("grant", "Thomas Grant"),
    Person("mensah", "Hope Mensah"),
    Person("bell", "Patrick Bell"),
    Person("akinyi", "Rose Akinyi"),
    Person("lau", "Kenneth Lau Wai-kit"),
    Person("park", "Park Ji-hoon"),
]
PUBLISHED = datetime(2026, 3, 12, 10, 0)  # a Thursday
T = "Rights news"
events = Reader(PEOPLE, PUBLISHED, title=T)

NONE: Events = set()

# (name, title, text, expected, optional)
Row = tuple[str, str, str, Events, Events]

TRANSFERS: list[Row] = [
    (
        "transferred-to-a-penal-colony-in-a-region",
        T,
        "Dmitri Levchenko has been transferred to a penal colony in the Perm region, more than "
        "1,500 kilometres from his family, his lawyer said on Tuesday.",
        {("levchenko", "transferred", True)},
        NONE,
    ),
    (
        "moved-to-a-prison-hospital-after-collapsing",
        T,
        "Ilyas Karimov was moved to a prison hospital on Monday after he collapsed in his cell, "
        "his sister said.",
        {("karimov", "transferred", True)},
        NONE,
    ),
    (
        "taken-from-a-police-station-to-a-detention-centre",
        T,
        "Aliya Nurlanova was taken from a police station to a pre-trial detention centre on "
        "Wednesday, her lawyer said.",
        {("nurlanova", "transferred", True)},
        {("nurlanova", "detained", True)},
    ),
    (
        "authorities-moved-her-to-a-colony",
        T,
        "Prison authorities moved Svetlana Kuznetsova to a women's colony in Mordovia last week "
        "without informing her family.",
        {("kuznetsova", "transferred", True)},
        NONE,
    ),
    (
        "taken-to-a-civilian-hospital-from-the-colony",
        T,
        "Svetlana Kuznetsova was taken to a civilian hospital in Saransk from the colony on "
        "Sunday with pneumonia, her husband said.",
        {("kuznetsova", "transferred", True)},
        NONE,
    ),
    (
        "weeks-after-losing-his-appeal-transferred",
        T,
        "Weeks after losing his appeal, Mikhail Orlov was transferred on Monday to a "
        "strict-regime colony in the Kirov region.",
        {("orlov", "transferred", True)},
        {("orlov", "appeal_rejected", True), ("orlov", "appeal_rejected", False)},
    ),
    (
        "transferred-in-a-year-background",
        T,
        "Dmitri Levchenko was transferred to the colony in Solikamsk in 2022, a year after he "
        "was sentenced.",
        {("levchenko", "transferred", False)},
        {("levchenko", "sentenced", False)},
    ),
    (
        "awaiting-transfer-is-no-transfer",
        T,
        "Ilyas Karimov is awaiting transfer to a penal colony, his lawyer said on Wednesday.",
        NONE,
        NONE,
    ),
    (
        "transferred-money-is-no-transfer",
        T,
        "Prosecutors say Dmitri Levchenko transferred money to a banned foundation in 2021.",
        NONE,
        {("levchenko", "charged", False)},
    ),
]

TRIALS: list[Row] = [
    (
        "the-trial-opened-in-a-closed-courtroom",
        T,
        "The trial of Dmitri Levchenko opened on Monday in a closed courtroom in Rostov-on-Don.",
        {("levchenko", "trial", True)},
        NONE,
    ),
    (
        "military-court-began-hearing-the-case",
        T,
        "A military court in Rostov began hearing the case of Ilyas Karimov on Tuesday.",
        {("karimov", "trial", True)},
        NONE,
    ),
    (
        "her-trial-began-with-the-indictment",
        T,
        "Aliya Nurlanova's trial began on Wednesday with prosecutors reading out the indictment.",
        {("nurlanova", "trial", True)},
        NONE,
    ),
    (
        "went-on-trial-on-charges",
        T,
        "Farid Mammadli went on trial in Baku on Tuesday on smuggling charges that his "
        "supporters call fabricated.",
        {("mammadli", "trial", True)},
        {("mammadli", "charged", True), ("mammadli", "charged", False)},
    ),
    (
        "first-hearing-in-the-trial-took-place",
        T,
        "The first hearing in the trial of Svetlana Kuznetsova took place on Monday.",
        {("kuznetsova", "trial", True)},
        NONE,
    ),
    (
        "trial-due-to-open-was-postponed",
        T,
        "The trial of Farid Mammadli, due to open on Monday, was postponed until April.",
        NONE,
        NONE,
    ),
    (
        "trial-set-to-open-next-week",
        T,
        "The trial of Dmitri Levchenko is set to open next week, his lawyer said.",
        NONE,
        NONE,
    ),
    (
        "trial-opened-in-a-year-background",
        T,
        "Levchenko's trial opened in May 2023 and lasted nine months. Dmitri Levchenko is now "
        "held in a colony in the Urals.",
        {("levchenko", "trial", False)},
        NONE,
    ),
]

SENTENCE_NOUNS: list[Row] = [
    (
        "handed-a-two-decade-jail-term",
        T,
        "The court handed Mikhail Orlov a two-decade jail term on Tuesday for treason.",
        {("orlov", "sentenced", True)},
        NONE,
    ),
    (
        "serving-a-term-handed-down-in-a-year",
        T,
        "Dmitri Levchenko is serving a 15-year term handed down in 2020 for espionage.",
        {("levchenko", "sentenced", False)},
        NONE,
    ),
    (
        "appeals-court-upheld-the-nine-year-sentence",
        T,
        "An appeals court on Monday upheld the nine-year sentence of Ilyas Karimov.",
        {("karimov", "appeal_rejected", True)},
        NONE,
    ),
    (
        "given-a-suspended-sentence",
        T,
        "Aliya Nurlanova was given a suspended sentence of two years on Wednesday.",
        {("nurlanova", "sentenced", True)},
        NONE,
    ),
    (
        "the-sentence-passed-on-her-drew-condemnation",
        T,
        "The seven-year sentence passed on Svetlana Kuznetsova on Tuesday drew condemnation "
        "from the European Union.",
        {("kuznetsova", "sentenced", True)},
        NONE,
    ),
    (
        "prosecutors-sought-a-life-term",
        T,
        "Prosecutors sought a life term for Farid Mammadli on Monday.",
        NONE,
        NONE,
    ),
    (
        "his-term-expires",
        T,
        "Mikhail Orlov's term expires in December, but his lawyers fear new charges.",
        NONE,
        {("orlov", "sentenced", False)},
    ),
    (
        "a-jail-term-in-a-year",
        T,
        "Thomas Grant received a six-month jail term in 2019 for blocking a road.",
        {("grant", "sentenced", False)},
        NONE,
    ),
    (
        "his-15-year-term-after-a-new-arrest",
        T,
        "Ilyas Karimov, who completed his 15-year term in 2024, was detained again on Monday.",
        {("karimov", "detained", True)},
        {("karimov", "sentenced", False), ("karimov", "released", False)},
    ),
]

COMMON_WORD_NAMES: list[Row] = [
    (
        "grant-bail-lowercase",
        T,
        "The judge refused to grant bail to the protesters detained on Monday.",
        NONE,
        NONE,
    ),
    (
        "grant-money-at-a-sentence-start",
        T,
        "Grant money for the prison project was frozen on Tuesday after reports that inmates "
        "had been beaten.",
        NONE,
        NONE,
    ),
    (
        "grant-surname-after-the-full-name",
        T,
        "Thomas Grant, a climate activist, was arrested outside parliament on Monday. Grant had "
        "glued himself to the road, police said.",
        {("grant", "detained", True)},
        NONE,
    ),
    (
        "grant-as-another-given-name",
        T,
        "Grant Wilson, a local councillor, was arrested on Monday on suspicion of fraud.",
        NONE,
        NONE,
    ),
    (
        "grant-surname-under-a-title-naming-him",
        "Climate activist Thomas Grant jailed",
        "Grant was sentenced to two years in prison on Tuesday for trespass at a power station.",
        {("grant", "sentenced", True)},
        NONE,
    ),
    (
        "hope-as-a-given-name",
        T,
        "Hope Mensah, a Ghanaian journalist, was released on bail on Tuesday after three days in "
        "custody.",
        {("mensah", "released", True)},
        {("mensah", "detained", True)},
    ),
    (
        "hope-as-a-word-at-a-sentence-start",
        T,
        "Hope faded on Monday for the release of the jailed journalists, as a court extended "
        "their detention.",
        NONE,
        NONE,
    ),
    (
        "hope-in-her-own-quote",
        T,
        "Hope Mensah said she feared for her colleagues. 'There is no hope for a fair trial,' "
        "she said on Tuesday.",
        NONE,
        NONE,
    ),
    (
        "bell-charged-a-week-after-arrest",
        T,
        "Patrick Bell was charged on Wednesday with obstructing police, a week after his arrest "
        "at a protest in Belfast.",
        {("bell", "charged", True)},
        {("bell", "detained", True)},
    ),
    (
        "a-bell-rang-as-rose-walked-free",
        T,
        "A bell rang out over the prison as Rose Akinyi walked free on Friday.",
        {("akinyi", "released", True)},
        NONE,
    ),
    (
        "rose-as-another-womans-given-name",
        T,
        "Rose Wanjiru, a teacher, was arrested in Nairobi on Monday.",
        NONE,
        NONE,
    ),
    (
        "bell-as-another-mans-surname",
        T,
        "Andrew Bell, a police spokesman, said on Monday that 14 protesters had been detained.",
        NONE,
        NONE,
    ),
    (
        "rose-the-verb-and-hope-the-person",
        T,
        "Tensions rose in Accra after Hope Mensah was detained on Monday.",
        {("mensah", "detained", True)},
        NONE,
    ),
]

DIMINUTIVES: list[Row] = [
    (
        "misha-after-the-full-name",
        T,
        "Mikhail Orlov, a theatre director, was detained at Sheremetyevo airport on Sunday. His "
        "wife said Misha was charged on Monday with discrediting the army.",
        {("orlov", "detained", True), ("orlov", "charged", True)},
        NONE,
    ),
    (
        "misha-alone-is-someone-else",
        T,
        "Police detained a student called Misha at a rally in Moscow on Sunday.",
        NONE,
        NONE,
    ),
    (
        "zhenya-after-the-full-name",
        T,
        "Friends of Yevgenia Sorokina gathered outside the colony on Tuesday. 'Zhenya has been "
        "on hunger strike since Monday,' her partner said.",
        {("sorokina", "hunger_strike", True)},
        NONE,
    ),
    (
        "zhenya-alone-is-someone-else",
        T,
        "Zhenya, a 19-year-old student from Kazan, was detained on Monday over a post about the "
        "war.",
        NONE,
        NONE,
    ),
    (
        "zhenya-with-another-surname",
        T,
        "Zhenya Volkova, a student, was detained in Kazan on Monday.",
        NONE,
        NONE,
    ),
    (
        "misha-with-another-surname",
        T,
        "Misha Belov was sentenced to three years on Wednesday for a post on social media.",
        NONE,
        NONE,
    ),
]

OTHER_GIVEN_NAMES: list[Row] = [
    (
        "listed-surname-another-given-name-western",
        T,
        "Rustam Karimov, a businessman, was arrested on Monday in Kazan.",
        NONE,
        NONE,
    ),
    (
        "listed-surname-another-given-name-surname-first",
        T,
        "Lau Ka-ming, a district councillor, was charged with subversion on Tuesday.",
        NONE,
        NONE,
    ),
    (
        "listed-surname-western-given-name-chinese-listed",
        T,
        "Peter Lau, a pro-democracy councillor, was jailed for ten months on Wednesday.",
        NONE,
        NONE,
    ),
    (
        "listed-chinese-name-in-full",
        T,
        "Kenneth Lau Wai-kit was jailed for four years on Wednesday for his part in an unofficial "
        "primary election.",
        {("lau", "sentenced", True)},
        NONE,
    ),
    (
        "listed-chinese-name-without-the-western-name",
        T,
        "Lau Wai-kit was released from Stanley prison on Monday after serving 40 months.",
        {("lau", "released", True)},
        NONE,
    ),
    (
        "listed-and-namesake-in-one-article",
        T,
        "Kenneth Lau Wai-kit and Lau Ka-ming were arrested on Monday. Lau Ka-ming was released "
        "on bail on Tuesday.",
        {("lau", "detained", True)},
        NONE,
    ),
    (
        "korean-surname-first-another-given-name",
        T,
        "Park Min-seo, a union leader, was detained in Seoul on Tuesday.",
        NONE,
        NONE,
    ),
    (
        "korean-listed-name",
        T,
        "Park Ji-hoon, a labour activist, was sentenced to 18 months in prison on Monday.",
        {("park", "sentenced", True)},
        NONE,
    ),
    (
        "brother-with-another-given-name",
        T,
        "Ilyas Karimov was sentenced to five years on Monday. His brother Rustam Karimov was "
        "detained the same day.",
        {("karimov", "sentenced", True)},
        NONE,
    ),
    (
        "bare-surname-after-another-given-name",
        T,
        "Rustam Karimov was detained on Monday. Karimov said he would appeal.",
        NONE,
        NONE,
    ),
]

QUOTES: list[Row] = [
    (
        "quote-they-arrested-my-colleagues",
        T,
        "'They arrested my colleagues one by one,' said Dmitri Levchenko, speaking by phone from "
        "Vilnius on Tuesday.",
        NONE,
        NONE,
    ),
    (
        "quote-my-brother-was-sentenced",
        T,
        "'My brother was sentenced to nine years for a Facebook post,' Aliya Nurlanova told "
        "reporters on Monday.",
        NONE,
        NONE,
    ),
    (
        "quote-i-was-released-this-morning",
        T,
        "'I was released this morning and I am still in shock,' Farid Mammadli told AFP on "
        "Wednesday.",
        {("mammadli", "released", True)},
        NONE,
    ),
    (
        "quote-women-there-are-beaten",
        T,
        "Svetlana Kuznetsova, who spent two years in a colony herself, said on Tuesday: 'Women "
        "there are beaten and denied medical care every day.'",
        NONE,
        {("kuznetsova", "sentenced", False), ("kuznetsova", "released", False)},
    ),
    (
        "quote-he-died-because-they-denied-him",
        T,
        "'He died because they denied him insulin,' Ilyas Karimov said on Monday of his cellmate.",
        NONE,
        NONE,
    ),
    (
        "quote-our-members-have-fled",
        T,
        "'Most of our members have fled abroad,' Hope Mensah said on Tuesday.",
        NONE,
        NONE,
    ),
    (
        "quote-by-a-lawyer-about-the-person",
        T,
        "'Mikhail Orlov was beaten in custody,' his lawyer said on Monday.",
        {("orlov", "ill_treatment", True)},
        NONE,
    ),
    (
        "quote-they-detained-students-after-her-words",
        T,
        "Yevgenia Sorokina said on Wednesday that police had detained dozens of students "
        "who read her poems aloud.",
        NONE,
        NONE,
    ),
]

BACKGROUND: list[Row] = [
    (
        "released-then-earlier-arrests",
        T,
        "Patrick Bell was released from Maghaberry prison on Monday after serving 18 months. "
        "Bell was first arrested in 2015 at a protest in Belfast and spent a week in custody. "
        "He was arrested again in 2022 and sentenced in 2023.",
        {
            ("bell", "released", True),
            ("bell", "detained", False),
            ("bell", "sentenced", False),
        },
        NONE,
    ),
    (
        "sentenced-then-past-perfect-arrest",
        T,
        "Dmitri Levchenko was sentenced on Tuesday to eight years. He had been arrested after a "
        "search of his flat in 2024 and held in a detention centre in Rostov ever since.",
        {("levchenko", "sentenced", True), ("levchenko", "detained", False)},
        NONE,
    ),
    (
        "profile-relative-clause-then-news",
        T,
        "Hope Mensah, who was arrested four times under the previous government, was detained "
        "again on Wednesday.",
        {("mensah", "detained", True)},
        {("mensah", "detained", False)},
    ),
    (
        "first-sentenced-freed-arrested-again",
        T,
        "Ilyas Karimov, 61, was first sentenced in 2012 to 12 years. He was freed in 2021 under "
        "an amnesty, but on Monday he was arrested again.",
        {
            ("karimov", "detained", True),
            ("karimov", "sentenced", False),
            ("karimov", "pardoned", False),
        },
        {("karimov", "released", False)},
    ),
    (
        "fled-years-ago-asylum-now",
        T,
        "Aliya Nurlanova fled Kazakhstan in 2020 and lived in Kyiv until the war. On Tuesday "
        "Polish authorities granted her asylum.",
        {("nurlanova", "fled", False), ("nurlanova", "fled", True)},
        NONE,
    ),
    (
        "hunger-strikes-in-years",
        T,
        "Farid Mammadli went on hunger strike in 2019 and again in 2021 to protest against his "
        "conditions.",
        {("mammadli", "hunger_strike", False)},
        NONE,
    ),
    (
        "last-year-transferred-now-solitary",
        T,
        "Last year Svetlana Kuznetsova was transferred to a colony in Mordovia, where she says "
        "guards beat her. Her lawyer said on Tuesday that she had been placed in solitary "
        "confinement.",
        {("kuznetsova", "transferred", False)},
        {
            ("kuznetsova", "ill_treatment", False),
            ("kuznetsova", "ill_treatment", True),
        },
    ),
    (
        "first-came-to-attention-when-detained",
        T,
        "Mikhail Orlov first came to the attention of the authorities in 2018, when he was "
        "detained for staging a play about Chechnya.",
        {("orlov", "detained", False)},
        NONE,
    ),
    (
        "released-years-ago-profile-no-news",
        T,
        "Rose Akinyi, who was released in 2021 after four years in jail, now runs a legal aid "
        "clinic in Kisumu.",
        {("akinyi", "released", False)},
        {("akinyi", "sentenced", False), ("akinyi", "detained", False)},
    ),
]

STRICT: list[Row] = [
    (
        "cataphora-before-he-was-freed",
        T,
        "Before he was freed on Tuesday, Farid Mammadli spent 14 months in a Baku jail.",
        {("mammadli", "released", True)},
        NONE,
    ),
    (
        "cataphora-hours-after-she-was-sentenced",
        T,
        "Hours after she was sentenced on Monday, Aliya Nurlanova was taken to a colony in "
        "Karaganda.",
        {("nurlanova", "sentenced", True)},
        {("nurlanova", "transferred", True)},
    ),
    (
        "ages-between-commas-detained",
        T,
        "Dmitri Levchenko, 34, Ilyas Karimov, 61, and a third man were detained on Monday.",
        {("levchenko", "detained", True), ("karimov", "detained", True)},
        NONE,
    ),
    (
        "ages-between-commas-court-sentenced",
        T,
        "A court sentenced Aliya Nurlanova, 29, and Farid Mammadli, 41, to five years each on "
        "Wednesday.",
        {("nurlanova", "sentenced", True), ("mammadli", "sentenced", True)},
        NONE,
    ),
    (
        "masked-men-seized-him",
        T,
        "Masked men seized Farid Mammadli outside his home on Sunday night and drove him away, "
        "his wife said. Police later confirmed he was in custody.",
        {("mammadli", "detained", True)},
        NONE,
    ),
    (
        "masked-men-seized-documents",
        T,
        "Masked men seized documents and computers from the office of Hope Mensah's newspaper "
        "on Monday.",
        NONE,
        NONE,
    ),
    (
        "lead-names-her-two-sentences-later",
        T,
        "A prominent Kazakh lawyer was detained in Almaty on Tuesday. Police gave no reason. "
        "Aliya Nurlanova, who has defended several opposition activists, had been summoned for "
        "questioning a day earlier.",
        {("nurlanova", "detained", True)},
        NONE,
    ),
    (
        "undated-charge-in-a-relative-clause",
        T,
        "Ilyas Karimov, who was charged with extremism, was arrested in Ufa on March 3.",
        {("karimov", "detained", True), ("karimov", "charged", True)},
        NONE,
    ),
]

ARTICLES: list[Row] = [
    (
        "wire-sentence-background-codefendant",
        "Russian court jails theatre director for seven years",
        "MOSCOW, March 10 (Reuters) - A Moscow court on Tuesday sentenced the theatre director "
        "Mikhail Orlov to seven years in a penal colony for justifying terrorism, his lawyers "
        "said. Orlov, 48, was arrested in May 2024 after a performance of a play about women "
        "who joined Islamic State. He denied wrongdoing. In 2019 Orlov was briefly detained at "
        "a rally and fined. His co-defendant, the playwright Anna Zaitseva, was sentenced to six "
        "years.",
        {
            ("orlov", "sentenced", True),
            ("orlov", "detained", False),
        },
        # "detained at a rally and fined": a fine is a (non-custodial) sentence; added to the
        # optional labels after the first run (a labelling slip, not a rule's answer)
        {("orlov", "sentenced", False)},
    ),
    (
        "ngo-transfer-article-with-history",
        "Russia: Imprisoned activist moved to remote colony",
        "The imprisoned activist Svetlana Kuznetsova has been moved to a penal colony in the "
        "Krasnoyarsk region, thousands of kilometres from her home, her lawyer said on "
        "Wednesday. Kuznetsova was sentenced in 2023 to nine years for donating to an "
        "anti-corruption group. Her family learned of the transfer only after she had been in "
        "transit for three weeks. 'This is a way of punishing her family too,' said a "
        "researcher at the group. In 2024 she spent a month on hunger strike.",
        {
            ("kuznetsova", "transferred", True),
            ("kuznetsova", "sentenced", False),
            ("kuznetsova", "hunger_strike", False),
        },
        NONE,
    ),
    (
        "trial-opens-article-with-arrest-history",
        "Trial of Azerbaijani journalist opens in Baku",
        "The trial of the Azerbaijani investigative journalist Farid Mammadli opened in Baku on "
        "Tuesday, more than a year after his arrest. Mammadli, who reported on the family "
        "businesses of senior officials, was detained in January 2025 and charged with "
        "smuggling foreign currency. Five of his colleagues at the outlet were sentenced last "
        "year to terms of up to nine years. He faces up to 12 years in prison if convicted.",
        {
            ("mammadli", "trial", True),
            ("mammadli", "detained", False),
            ("mammadli", "charged", False),
        },
        NONE,
    ),
    (
        "released-article-with-quote-about-others",
        "Kazakh lawyer freed after two years",
        "Aliya Nurlanova was released from a colony in Karaganda on Monday after serving her "
        "two-year term in full. 'Dozens of people are still behind bars for what they wrote,' "
        "Nurlanova told reporters at the gate. 'My client was sentenced to seven years last "
        "month.' She was arrested in March 2024 after defending protesters in court.",
        {("nurlanova", "released", True), ("nurlanova", "detained", False)},
        {("nurlanova", "sentenced", False)},
    ),
    (
        "common-word-names-article",
        "Kenyan rights lawyer arrested again",
        "Kenyan police on Tuesday arrested Rose Akinyi, a lawyer who has represented families of "
        "people killed in protests. Akinyi was taken to Capitol Hill police station, her "
        "colleagues said. Grant Otieno, the head of the Law Society branch, called the arrest "
        "an attempt to intimidate the profession. Hope is fading that she will be freed before "
        "the weekend, a colleague said. Akinyi was previously detained in 2023 and released "
        "without charge.",
        {("akinyi", "detained", True), ("akinyi", "detained", False)},
        {("akinyi", "released", False), ("akinyi", "transferred", True)},
    ),
    (
        "hong-kong-article-with-namesakes",
        "Hong Kong activist freed after serving term",
        "The Hong Kong activist Kenneth Lau Wai-kit walked free from prison on Monday after "
        "serving four years and two months for subversion. Lau was among 47 democrats arrested "
        "in 2021. Another defendant in the case, Lau Ka-ming, remains in jail. A former "
        "lawmaker, Peter Lau, was sentenced on Tuesday to ten months for a separate protest.",
        {("lau", "released", True), ("lau", "detained", False)},
        NONE,
    ),
    (
        "diminutive-article-hunger-strike-hospital",
        "Jailed poet on hunger strike moved to hospital",
        "The jailed poet Yevgenia Sorokina, who has refused food since February 20, was moved to "
        "a prison hospital on Tuesday, her partner said. 'Zhenya is very weak, she can barely "
        "walk,' the partner said. Sorokina was sentenced last year to six years for poems "
        "criticising the war.",
        {
            ("sorokina", "hunger_strike", True),
            ("sorokina", "transferred", True),
            ("sorokina", "sentenced", False),
        },
        NONE,
    ),
    (
        "bell-article-charge-trial-history",
        "Belfast campaigner goes on trial",
        "Patrick Bell went on trial at Belfast Crown Court on Monday accused of assaulting a "
        "police officer during a protest last summer. Bell denies the charge. Outside the court "
        "the bell of St Anne's Cathedral rang as supporters gathered. He was arrested in July "
        "2025 and released on bail two days later.",
        {
            ("bell", "trial", True),
            ("bell", "detained", False),
            ("bell", "released", False),
        },
        {("bell", "charged", True), ("bell", "charged", False)},
    ),
]

ALL = (
    TRANSFERS
    + TRIALS
    + SENTENCE_NOUNS
    + COMMON_WORD_NAMES
    + DIMINUTIVES
    + OTHER_GIVEN_NAMES
    + QUOTES
    + BACKGROUND
    + STRICT
    + ARTICLES
)

NOT_YET: dict[str, str] = {}


# The classes fixed after the first run, each with more examples and counter-examples
CLASSES: list[tuple[str, Events]] = [
    # a reporting verb inside a closed aside is the aside's, not a report of the event
    (
        "Farid Mammadli, who reported on the businesses of officials, was detained on Monday.",
        {("mammadli", "detained", True)},
    ),
    (
        "Farid Mammadli, who wrote about corruption in the ministry, was arrested on Monday.",
        {("mammadli", "detained", True)},
    ),
    (  # counter-example: the speaker's report of another's arrest
        "Farid Mammadli said on Monday that his brother was detained.",
        NONE,
    ),
    # "a week / two weeks after his arrest": a span short enough to be news
    (
        "Patrick Bell was freed on bail on Wednesday, two weeks after his arrest in Belfast.",
        {("bell", "released", True), ("bell", "detained", True)},
    ),
    (  # counter-example: months, years, or weeks uncounted, are history
        "Patrick Bell was freed on Wednesday, ten months after his arrest in Belfast.",
        {("bell", "released", True), ("bell", "detained", False)},
    ),
    (
        "Patrick Bell was charged on Wednesday, weeks after his arrest in Belfast.",
        {("bell", "charged", True), ("bell", "detained", False)},
    ),
    # a group object with a relative clause: the "her" inside it is not the one detained
    (
        "Hope Mensah said that police had arrested several reporters who covered her trial.",
        NONE,
    ),
    (  # counter-example: the arrest of a named person after "of"
        "Police confirmed on Monday the arrest of the poet Yevgenia Sorokina.",
        {("sorokina", "detained", True)},
    ),
    # "'I ...,' X said" with single quotation marks: the speaker's own event
    (
        "'I was beaten by guards,' Dmitri Levchenko told the court on Tuesday.",
        {("levchenko", "ill_treatment", True)},
    ),
    (
        "Ilyas Karimov said on Tuesday: ‘I was freed an hour ago.’",
        {("karimov", "released", True)},
    ),
    (  # counter-example: a possessive apostrophe opens no quotation
        "Ilyas Karimov's lawyer said I was wrong to doubt him.",
        NONE,
    ),
    # a fronted time clause's pronoun stands for the subject named right after it
    (
        "Days after he was released on bail, Patrick Bell was charged with assault on Wednesday.",
        {("bell", "released", True), ("bell", "charged", True)},
    ),
    (
        "After her arrest on Monday, Aliya Nurlanova was taken to a detention centre in Almaty.",
        {("nurlanova", "detained", True), ("nurlanova", "transferred", True)},
    ),
    (  # counter-example: the pronoun's gender is not the subject's
        "Ilyas Karimov was sentenced on Monday. When he was arrested in 2024, Aliya Nurlanova "
        "defended him.",
        {("karimov", "sentenced", True), ("karimov", "detained", False)},
    ),
    (  # counter-example: a speaker after the clause may speak of someone named before
        "Ilyas Karimov was sentenced on Monday. After he was taken to a colony on Tuesday, "
        "Farid Mammadli said the case was political.",
        {("karimov", "sentenced", True), ("karimov", "transferred", True)},
    ),
    # "men seized X": a person after the verb, not a thing
    (
        "Plainclothes police grabbed the activist Rose Akinyi outside a court on Monday.",
        {("akinyi", "detained", True)},
    ),
    (  # counter-example: a thing of the person's
        "Police seized Rose Akinyi's phone and laptop on Monday.",
        NONE,
    ),
]


# a familiar form alone names the person only beside the full name, and only one person
FAMILIAR: list[tuple[str, dict[str, list[str]]]] = [
    (
        "Mikhail Orlov was detained on Sunday. Misha, as friends call him, was charged later.",
        {"orlov": ["Mikhail Orlov", "Misha"]},
    ),
    (
        "Friends of Yevgenia Sorokina say Zhenya is weak.",
        {"sorokina": ["Yevgenia Sorokina", "Zhenya"]},
    ),
    # counter-examples: no full name; another surname beside it; another Mikhail named
    ("Police detained a student called Misha on Sunday.", {}),
    ("Mikhail Orlov was detained. Misha Belov was sentenced.", {"orlov": ["Mikhail Orlov"]}),
    (
        "Mikhail Orlov and Mikhail Petrov were detained. Misha said he was fine.",
        {"orlov": ["Mikhail Orlov"]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FAMILIAR)
def test_a_familiar_name_alone_counts_only_beside_the_full_name(
    text: str, expected: dict[str, list[str]]
) -> None:
    assert mentions_by_person(events.index, text) == expected


# a short family name inside a name that ends in a two-syllable given name stands alone
# after it, as a longer one does ("Kenneth Lau Wai-kit" ... "Lau said")
SYLLABLE_NAMES: list[tuple[str, dict[str, list[str]]]] = [
    (
        "Kenneth Lau Wai-kit was freed on Monday. Lau said he would rest.",
        {"lau": ["Kenneth Lau Wai-kit", "Lau"]},
    ),
    ("Lau Wai-kit was freed. Lau thanked his family.", {"lau": ["Lau Wai-kit", "Lau"]}),
    # counter-examples: another Lau by a given name either side; no full name before
    ("Kenneth Lau Wai-kit was freed. Peter Lau said so.", {"lau": ["Kenneth Lau Wai-kit"]}),
    ("Kenneth Lau Wai-kit was freed. Lau Ka-ming was not.", {"lau": ["Kenneth Lau Wai-kit"]}),
    ("Lau said on Monday that the court had adjourned.", {}),
]


@pytest.mark.parametrize(("text", "expected"), SYLLABLE_NAMES)
def test_a_short_family_name_stands_alone_after_a_name_ending_in_two_syllables(
    text: str, expected: dict[str, list[str]]
) -> None:
    assert mentions_by_person(events.index, text) == expected


# a headline's "jailed" is the sentence its text reports, else an arrest
HEADLINES: list[tuple[str, str, Events]] = [
    (
        "Poet Yevgenia Sorokina jailed",
        "A court sentenced Yevgenia Sorokina to six years in a colony on Wednesday.",
        {("sorokina", "sentenced", True)},
    ),
    (  # counter-example: no sentence in the text, so the headline's jailing is custody
        "Poet Yevgenia Sorokina jailed",
        "Police detained Yevgenia Sorokina at her flat in Kazan on Wednesday.",
        {("sorokina", "detained", True)},
    ),
]


@pytest.mark.parametrize(("title", "text", "expected"), HEADLINES)
def test_a_headline_jailing_is_the_sentence_the_text_reports(
    title: str, text: str, expected: Events
) -> None:
    assert events(text, title) == expected


@pytest.mark.parametrize(("text", "expected"), CLASSES)
def test_a_fixed_class_reads_its_examples(text: str, expected: Events) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(("title", "text", "expected", "optional"), named_params(ALL, NOT_YET))
def test_an_article_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    found = events(text, title)
    assert expected <= found <= expected | optional
