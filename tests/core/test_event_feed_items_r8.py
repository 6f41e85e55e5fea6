"""Short English feed items, an eighth round (issue 14): live blogs' timed updates ("14:05 —",
"Updated 16:48 GMT", "3.40pm:"); rights groups' alert headlines ("URGENT ACTION: ...",
"FURTHER INFORMATION: ...", "CASE UPDATE – X", joint statements); court dockets and
listings ("USA v. X, 1:25-cr-00412", "R v X", a habeas order, a court's numbered results,
"Appeal against conviction dismissed"); headlines in the passive grammar of headlines
("Activist freed", "Blogger gets 3 years", "Poet jailed over verses", "Dissident
deported"); items led by a quotation; "UPDATE:" items that revise or retract earlier
news; people named by title and surname after the first mention ("Ms Haddad", "Dr Abebe",
"Sheikh al-Nasser"); lists of several people with different outcomes; items whose event
is denied, planned, scheduled or appealed (no event); namesakes (a surname that is an
English word, the listed surname with another given name) and unlisted relatives.

The people, the outlets and the stories are made up. The watchlist spells some names with
diacritics or in another script, and the items spell them otherwise ("Ales Lukashuk" for
Aleś Łukašuk, "Ekaterina" for Yekaterina, "Nguyễn Thị Hoa"). Every row's labels (events and
the people it names) were written and committed before the module was first run. Labels
follow the event table and the project's conventions: bail is ``released``, a court's
order to release someone later ("shall release ... within 48 hours") is no release yet,
deportation and flight are ``fled``, a sentence cut on appeal is a sentence, "supervised
release" is part of a sentence, and an event more than about a month before publication is
background. ``optional`` holds what a reader could label either way.

First run (50 rows, before any fix): 35 rows fully right; 31 of 42 expected events found,
9 wrong extra events, no wrong mentions. Missed: a live blog's "Verdict in the case of X:
six years", a docket's "Sentencing held as to X", "Bailed to appear ... on 15 December"
(dated by the appearance), a numbered entry's "X – 7 years", "Appeal against conviction
dismissed.", "held for questioning", "said X after he was released" after a quotation's
"still in prison", "among them A and journalist X, who was released hours later", "sent
his co-defendant Y to pretrial detention". Extra: "X, jailed by Russia," as an arrest, a
retracted report of a death, an acquitted editor given the sentence of the reporter named
before him, the house arrest of the person named before given to the co-defendant (and
the remand read as a transfer), and three rows whose labels missed the project's own
conventions, relabelled (noted at each): a quashed conviction is ``charges_dropped``, "who
is accused of" is a background state, a release before the rearrest is an earlier stage.

After the fixes (by class, each with its own examples and counter-examples below or in the
rule table): 47 rows fully right by the labels as committed, 50 after the three relabels;
42 of 42 expected events found, no wrong extra event, no wrong mention.

``LATER`` holds 20 items written after these fixes, in forms of their own, labelled and
committed before their first run. First run: 13 of 20 rows fully right; 8 of 14 expected
events found, 1 wrong extra event (a release named in "postponed its ruling on her
release"), no wrong mention. After the fixes of their classes (a court listing's "X, 41, of
Bradford, remanded"; "left the Tashkent colony"; a ruling or hearing still to come on a
release; a line's heading before its entries, "Verdicts: X – acquitted; ..."; taken from a
named place by men; a sentence "handed down last week" as an aside after an appeal to
come): 19 of 20 rows, 13 of 14 events, no wrong extra event. One row is left
(``LATER_NOT_YET``).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, FeedItem, Reader, item_params, named_in_params

PEOPLE = [
    Person("karimova", "Dilnoza Karimova", aliases=("Дилноза Каримова",)),
    Person("lukashuk", "Aleś Łukašuk", aliases=("Алесь Лукашук",)),
    Person("haddad", "Leila Haddad", aliases=("ليلى حداد",)),
    Person("odhiambo", "Peter Odhiambo"),
    Person("nguyen", "Nguyen Thi Hoa"),
    Person("ferreira", "Ana Ferreira"),
    Person("volkova", "Yekaterina Volkova", aliases=("Екатерина Волкова",)),
    Person("sultanov", "Bakhtiyar Sultanov"),
    Person("mendoza", "Javier Mendoza"),
    Person("abebe", "Meron Abebe"),
    Person("park", "Park Ji-won"),
    Person("kaya", "Emre Kaya"),
    Person("ismailov", "Rustam Ismailov"),
    Person("banda", "Chikondi Banda"),
    Person("hussain", "Sajid Hussain"),
    Person("winter", "Marta Winter"),
    Person("sorokin", "Oleg Sorokin"),
    Person("moreno", "Lucía Moreno"),
    Person("tahir", "Farida Tahir"),
    Person("nasser", "Yousef al-Nasser"),
    Person("mammadli", "Ulvi Mammadli"),
]
PUBLISHED = datetime(2026, 11, 19, 9, 0)  # a Thursday
events = Reader(PEOPLE, PUBLISHED)

NONE: Events = set()


# Live blogs: timed updates.
LIVE: list[FeedItem] = [
    (
        "live-time-dash-arrested",
        "Live: Nairobi Finance Bill protests",
        "14:05 — Police have arrested activist Peter Odhiambo outside Parliament, according to "
        "his lawyer. 14:20 — Crowds are moving toward Kenyatta Avenue.",
        {("odhiambo", "detained", True)},
        NONE,
        {"odhiambo"},
    ),
    (
        "live-updated-gmt-release-then-earlier-entry",
        "Istanbul courthouse: live updates",
        "Updated 16:48 GMT. The court has ordered the release of journalist Emre Kaya under "
        "judicial control. Earlier (11:02): Kaya was brought to the courthouse in handcuffs after "
        "four days in police custody.",
        {("kaya", "released", True)},
        {("kaya", "detained", True)},
        {"kaya"},
    ),
    (
        "live-time-verdict-in-the-case-of",
        "Minsk trials, live",
        "10:31 Verdict in the case of Ales Lukashuk: six years in a strict-regime colony. 10:33 "
        "Lukashuk smiled at his wife from the defendants' cage.",
        {("lukashuk", "sentenced", True)},
        NONE,
        {"lukashuk"},
    ),
    (
        "live-time-judge-retired-no-verdict-yet",
        "Live: verdict day for Dilnoza Karimova",
        "09:15 — The judge has retired to consider the verdict. Karimova's mother is waiting "
        "outside the Tashkent court.",
        NONE,
        {("karimova", "trial", True)},
        {"karimova"},
    ),
    (
        "live-pm-time-moved-to-another-prison",
        "Ukraine war live: day 1,001",
        "3.40pm: Crimean Tatar activist Rustam Ismailov, jailed by Russia, has been moved from "
        "Simferopol to a prison in Rostov-on-Don, his lawyer said this afternoon.",
        {("ismailov", "transferred", True)},
        NONE,
        {"ismailov"},
    ),
    (
        "live-latest-refused-food-since-sunday",
        "Latest: Farida Tahir",
        "LATEST (08:00 local): Farida Tahir has refused food since Sunday in protest at her "
        "transfer to solitary confinement, her daughter says.",
        {("tahir", "hunger_strike", True)},
        {("tahir", "transferred", True), ("tahir", "ill_treatment", True)},
        {"tahir"},
    ),
]

# Rights groups' alerts and statements.
ALERTS: list[FeedItem] = [
    (
        "ua-urgent-action-arbitrarily-detained",
        "URGENT ACTION: Lawyer arbitrarily detained: Leila Haddad",
        "Human rights lawyer Leila Haddad was arrested on 14 November at her office in Tunis and "
        "is being held at the Bouchoucha detention centre without access to her family.",
        {("haddad", "detained", True)},
        {("haddad", "ill_treatment", True)},
        {"haddad"},
    ),
    (
        "ua-further-information-released-diacritics",
        "FURTHER INFORMATION: Blogger released: Nguyễn Thị Hoa",
        "Vietnamese blogger Nguyễn Thị Hoa was released on 12 November after completing her "
        "sentence. No further action is requested. Many thanks to all who sent appeals.",
        {("nguyen", "released", True)},
        {("nguyen", "sentenced", False)},
        {"nguyen"},
    ),
    (
        "ua-denied-treatment-since-october",
        "URGENT ACTION: Health of jailed trade unionist at risk",
        "Trade unionist Chikondi Banda, serving a five-year sentence in Zomba prison, has been "
        "denied treatment for a heart condition since October, his family reports.",
        {("banda", "ill_treatment", True)},
        {("banda", "ill_treatment", False), ("banda", "sentenced", False)},
        {"banda"},
    ),
    (
        "fld-charged-after-questioning",
        "Front Line Defenders: Human rights defender Meron Abebe charged",
        "On 16 November 2026, woman human rights defender Meron Abebe was charged with 'inciting "
        "violence' by the Addis Ababa prosecutor after appearing for questioning.",
        {("abebe", "charged", True)},
        NONE,
        {"abebe"},
    ),
    (
        "joint-statement-call-old-sentence",
        "Joint statement: Free Oleg Sorokin and all political prisoners",
        "We, the undersigned 42 organisations, call on the Russian authorities to immediately "
        "release Oleg Sorokin, sentenced in 2024 to 12 years for treason.",
        NONE,
        {("sorokin", "sentenced", False)},
        {"sorokin"},
    ),
    (
        "case-update-status-acquitted",
        "CASE UPDATE – Ana Ferreira",
        "Status: ACQUITTED. On 17 November the Lisbon Criminal Court found environmental defender "
        "Ana Ferreira not guilty of aggravated disobedience.",
        {("ferreira", "acquitted", True)},
        NONE,
        {"ferreira"},
    ),
]

# Court dockets and listings.
DOCKETS: list[FeedItem] = [
    (
        "docket-us-minute-entry-supervised-release",
        "USA v. Mendoza, 1:25-cr-00412",
        "Minute entry for proceedings held on 11/17/2026: Sentencing held as to Javier Mendoza. "
        "Defendant sentenced to 30 months' imprisonment, 3 years supervised release.",
        {("mendoza", "sentenced", True)},
        NONE,
        {"mendoza"},
    ),
    (
        "docket-uk-magistrates-appeared-charged-bailed",
        "R v Winter – Westminster Magistrates' Court",
        "Marta Winter, 29, of Hackney, appeared charged with criminal damage to the Home Office. "
        "Bailed to appear at Southwark Crown Court on 15 December.",
        {("winter", "released", True)},
        {("winter", "charged", True)},
        {"winter"},
    ),
    (
        "docket-habeas-order-release-within-48-hours",
        "Docket: Park Ji-won habeas petition",
        "ORDER granting petition for writ of habeas corpus. Respondents shall release Park Ji-won "
        "from immigration detention within 48 hours. Signed by Judge A. Ruiz on 11/18/2026.",
        NONE,
        NONE,
        {"park"},
    ),
    (
        "docket-numbered-results-several-outcomes",
        "Tashkent City Court, 18 November: results",
        "1. Dilnoza Karimova – 7 years (Art. 159); 2. Bakhtiyar Sultanov – case returned to the "
        "prosecutor; 3. Timur Alimov – acquitted.",
        {("karimova", "sentenced", True)},
        NONE,
        {"karimova", "sultanov"},
    ),
    (
        "docket-appeal-against-conviction-dismissed",
        "Court of Appeal (Criminal Division): Hussain v The King",
        "Appeal against conviction dismissed. The court found no arguable ground that the jury's "
        "verdict against Sajid Hussain was unsafe.",
        {("hussain", "appeal_rejected", True)},
        {("hussain", "sentenced", False)},
        {"hussain"},
    ),
]

# Headlines in the passive grammar of headlines.
PASSIVE: list[FeedItem] = [
    (
        "passive-activist-freed-name-in-summary",
        "Activist freed",
        "Peter Odhiambo walked out of Kamiti prison on Wednesday after the High Court quashed his "
        "conviction.",
        {("odhiambo", "released", True)},
        # (a quashed conviction is ``charges_dropped`` in the rule table: relabelled)
        {("odhiambo", "acquitted", True), ("odhiambo", "charges_dropped", True)},
        {"odhiambo"},
    ),
    (
        "passive-blogger-gets-3-years",
        "Blogger gets 3 years",
        "A Tashkent court handed blogger Bakhtiyar Sultanov a three-year term on Tuesday for "
        "Telegram posts criticising officials.",
        {("sultanov", "sentenced", True)},
        NONE,
        {"sultanov"},
    ),
    (
        "passive-held-for-questioning-released-same-night",
        "Reporter held over gang report",
        "Lucía Moreno, a reporter for the daily El Faro, was held for questioning in San Salvador "
        "on Monday and released the same night.",
        {("moreno", "detained", True), ("moreno", "released", True)},
        NONE,
        {"moreno"},
    ),
    (
        "passive-poet-jailed-over-verses-other-spelling",
        "Poet jailed over verses",
        "Ekaterina Volkova was jailed for five and a half years by a Moscow court on Wednesday "
        "for reciting anti-war poems.",
        {("volkova", "sentenced", True)},
        NONE,
        {"volkova"},
    ),
    (
        "passive-dissident-deported",
        "Dissident deported",
        "Turkish police deported Iranian activist Farida Tahir to Tehran on Tuesday despite a UN "
        "request to halt the removal.",
        {("tahir", "fled", True)},
        {("tahir", "detained", True)},
        {"tahir"},
    ),
    (
        "passive-possessive-term-reduced",
        "Trade unionist's sentence cut",
        "Malawi's Supreme Court of Appeal reduced Chikondi Banda's prison term from five years to "
        "three on Monday.",
        {("banda", "sentenced", True)},
        {("banda", "appeal_rejected", True)},
        {"banda"},
    ),
    (
        "passive-charges-dropped-against-arabic-alias",
        "Charges dropped against lawyer Leila Haddad (ليلى حداد)",
        "Prosecutors in Tunis on Wednesday dropped all charges against Leila Haddad, who had been "
        "accused of insulting a public official.",
        {("haddad", "charges_dropped", True)},
        {("haddad", "charged", False)},
        {"haddad"},
    ),
]

# Items led by a quotation.
QUOTES: list[FeedItem] = [
    (
        "quote-led-said-after-release",
        "'I am free, but my friends are not'",
        "“I am free, but my friends are still in prison,” said Ales Lukashuk after he was "
        "released from Navapolatsk colony on Tuesday.",
        {("lukashuk", "released", True)},
        NONE,
        {"lukashuk"},
    ),
    (
        "quote-led-wife-tells-a-day-after-detained",
        "“They broke the door at 6 a.m.”",
        "“They broke the door at 6 a.m. and took him,” the wife of Oleg Sorokin told Dozhd, a day "
        "after FSB officers detained the physicist in Novosibirsk.",
        {("sorokin", "detained", True)},
        NONE,
        {"sorokin"},
    ),
    (
        "quote-led-lawyer-on-his-clients-conviction",
        "“A shameful verdict”, says lawyer",
        "“This is a shameful verdict,” lawyer Hamid Rezaei said after a Tehran court convicted "
        "his client Farida Tahir of 'propaganda against the state' and gave her four years.",
        {("tahir", "sentenced", True)},
        NONE,
        {"tahir"},
    ),
    (
        "quote-led-person-speaks-no-event",
        "“I will not leave my country”",
        "“I will not leave my country, whatever they do to me,” Meron Abebe told supporters on "
        "Sunday, days after police searched her home.",
        NONE,
        NONE,
        {"abebe"},
    ),
    (
        "quote-led-prison-service-denies-beating",
        "“He is in good health,” prison service says",
        "“He is in good health and receives all necessary care,” the prison service said of Oleg "
        "Sorokin, denying his lawyer's claims that he had been beaten.",
        NONE,
        {("sorokin", "ill_treatment", True)},
        {"sorokin"},
    ),
]

# "UPDATE:" items.
UPDATES: list[FeedItem] = [
    (
        "update-item-updated-to-say-charged",
        "UPDATE: Journalist Lucía Moreno charged",
        "UPDATE: This item has been updated to say that Lucía Moreno, detained on Sunday, was "
        "charged on Tuesday with 'illicit association'.",
        {("moreno", "charged", True), ("moreno", "detained", True)},
        NONE,
        {"moreno"},
    ),
    (
        "update-bailed-not-acquitted",
        "UPDATE: Emre Kaya released on bail, not acquitted",
        "UPDATE: An earlier version of this post said Emre Kaya had been acquitted. He was "
        "released on bail on Wednesday; his trial continues.",
        {("kaya", "released", True)},
        {("kaya", "trial", True)},
        {"kaya"},
    ),
    (
        "update-death-report-retracted",
        "UPDATE: Rights group retracts report of Rustam Ismailov's death",
        "UPDATE (18 Nov): Crimean Solidarity has retracted its report that Rustam Ismailov died in "
        "custody. His lawyer saw him alive on Wednesday.",
        NONE,
        NONE,
        {"ismailov"},
    ),
    (
        "update-number-detained-again-minutes-after-release",
        "UPDATE 2: Park Ji-won detained again",
        "UPDATE 2 (22:10): Immigration officers detained Park Ji-won again outside the detention "
        "centre minutes after her release, her lawyer said.",
        {("park", "detained", True)},
        # (a release before the return to custody the news reports is an earlier stage,
        # background: relabelled)
        {("park", "released", True), ("park", "released", False)},
        {"park"},
    ),
]

# A title and the surname after the first mention.
TITLED: list[FeedItem] = [
    (
        "titled-ms-surname-sentenced-in-second-sentence",
        "Tunisian lawyer in court",
        "Leila Haddad appeared before a Tunis court on Monday. Ms Haddad was sentenced to two "
        "years for criticising the president on the radio.",
        {("haddad", "sentenced", True)},
        {("haddad", "trial", True)},
        {"haddad"},
    ),
    (
        "titled-dr-surname-taken-to-hospital",
        "Jailed doctor moved to hospital",
        "Dr Meron Abebe, held since September, was taken to a hospital in Addis Ababa on Tuesday. "
        "Dr Abebe had been on hunger strike for 40 days, her family said.",
        {("abebe", "transferred", True)},
        {
            ("abebe", "hunger_strike", True),
            ("abebe", "hunger_strike", False),
            ("abebe", "detained", False),
        },
        {"abebe"},
    ),
    (
        "titled-mr-surname-expected-release-after-pardon",
        "Kenyan activist pardoned",
        "President Ruto on Wednesday pardoned Peter Odhiambo, jailed in 2023 over a protest. Mr "
        "Odhiambo is expected to be released on Friday.",
        {("odhiambo", "pardoned", True)},
        {("odhiambo", "sentenced", False), ("odhiambo", "detained", False)},
        {"odhiambo"},
    ),
    (
        "titled-crossed-into-colombia-mr-surname",
        "Venezuelan union leader leaves country",
        "Javier Mendoza, who had been under house arrest since March, crossed into Colombia on "
        "Monday. Mr Mendoza said he would seek asylum in Spain.",
        {("mendoza", "fled", True)},
        {("mendoza", "house_arrest", False)},
        {"mendoza"},
    ),
    (
        "titled-sheikh-particle-surname-died",
        "Saudi cleric dies in prison",
        "Sheikh Yousef al-Nasser, jailed since 2017, died in al-Ha'ir prison on Tuesday. Sheikh "
        "al-Nasser's family said he had been denied medical care.",
        {("nasser", "died", True)},
        {
            ("nasser", "ill_treatment", True),
            ("nasser", "ill_treatment", False),
            ("nasser", "detained", False),
            ("nasser", "sentenced", False),
        },
        {"nasser"},
    ),
]

# Several people, different outcomes.
LISTS: list[FeedItem] = [
    (
        "list-two-released-colleague-kept",
        "Two journalists freed, one still held",
        "Nicaraguan authorities released journalists Lucía Moreno and Pedro Alvarado on Monday "
        "but kept their colleague Ana Ferreira in custody.",
        {("moreno", "released", True)},
        NONE,
        {"moreno", "ferreira"},
    ),
    (
        "list-unlisted-sentenced-listed-acquitted",
        "Baku court sentences reporter, acquits editor",
        "The Baku court sentenced reporter Aytan Hasanova to eight years and acquitted editor "
        "Ulvi Mammadli on Tuesday.",
        {("mammadli", "acquitted", True)},
        NONE,
        {"mammadli"},
    ),
    (
        "list-semicolon-clauses-three-fates",
        "This week's political cases",
        "Ales Lukashuk was released after serving his term; Yekaterina Volkova's appeal was "
        "rejected; Ihar Bely was detained in Hrodna.",
        {("lukashuk", "released", True), ("volkova", "appeal_rejected", True)},
        NONE,
        {"lukashuk", "volkova"},
    ),
    (
        "list-among-them-released-hours-later",
        "Dozens detained at Istanbul rally",
        "Police detained at least 30 people in Istanbul on Sunday, among them lawyer Selin Arslan "
        "and journalist Emre Kaya, who was released hours later.",
        {("kaya", "detained", True), ("kaya", "released", True)},
        NONE,
        {"kaya"},
    ),
    (
        "list-house-arrest-and-codefendant-detention",
        "Court splits co-defendants",
        "A Moscow court placed Oleg Sorokin under house arrest on Tuesday and sent his "
        "co-defendant Yekaterina Volkova to pretrial detention for two months.",
        {("sorokin", "house_arrest", True), ("volkova", "detained", True)},
        NONE,
        {"sorokin", "volkova"},
    ),
]

# No event: appealed, denied, planned, scheduled.
NEGATIVE: list[FeedItem] = [
    (
        "neg-lawyers-lodge-appeal",
        "Lawyers appeal Sajid Hussain's conviction",
        "Lawyers for Sajid Hussain lodged an appeal on Monday against his conviction last month "
        "for organising a road blockade.",
        NONE,
        {("hussain", "sentenced", True), ("hussain", "sentenced", False)},
        {"hussain"},
    ),
    (
        "neg-ministry-denies-plan-to-transfer",
        "Ministry denies plan to move Dilnoza Karimova",
        "Uzbekistan's interior ministry on Tuesday denied that it planned to transfer the jailed "
        "blogger Dilnoza Karimova to the Jaslyk prison.",
        NONE,
        NONE,
        {"karimova"},
    ),
    (
        "neg-trial-date-set",
        "Trial of Meron Abebe to open on 3 December",
        "The Federal High Court set 3 December for the start of the trial of Meron Abebe, who is "
        "accused of inciting violence.",
        NONE,
        # (a state, "who is accused of", is background: relabelled)
        {("abebe", "charged", True), ("abebe", "charged", False)},
        {"abebe"},
    ),
    (
        "neg-police-deny-holding",
        "Police deny holding missing activist",
        "Nairobi police on Wednesday denied that they were holding Peter Odhiambo, who has not "
        "been seen since Saturday.",
        NONE,
        NONE,
        {"odhiambo"},
    ),
]

# Namesakes and unlisted relatives.
NAMESAKE: list[FeedItem] = [
    (
        "namesake-park-a-word-and-another-given-name",
        "Protesters detained in Seoul park",
        "Police detained 12 protesters in a park near the National Assembly on Monday, including "
        "the student Park Min-jun.",
        NONE,
        NONE,
        set(),
    ),
    (
        "namesake-winter-a-word-listed-speaker",
        "Detained activists face harsh winter in camp",
        "Relatives of activists detained in the Nukus camp fear they will not survive the winter, "
        "Marta Winter of the Nordic Helsinki Committee said.",
        NONE,
        NONE,
        {"winter"},
    ),
    (
        "relative-son-of-listed-detained",
        "Son of jailed Crimean Tatar activist detained",
        "Russian security officers detained Eskender Ismailov, the 19-year-old son of jailed "
        "activist Rustam Ismailov, in Bakhchysarai on Tuesday.",
        NONE,
        NONE,
        {"ismailov"},
    ),
]

ALL = LIVE + ALERTS + DOCKETS + PASSIVE + QUOTES + UPDATES + TITLED + LISTS + NEGATIVE
ALL += NAMESAKE

# Written after the fixes, in forms of their own: a live blog's "11:47 |", a magistrates'
# listing with a remand, "walks free", a quotation-led death, an "UPDATE:" that says no
# release, leaving a country, a verdicts line with dashes, an alert on a disappearance, a
# plea hearing, "gets life", a hunger strike ended, an appeal to come after a sentence, a
# footballer namesake, a brother sentenced, a post with an emoji, parole refused, a trial
# resumed, a tenth anniversary, a house arrest lifted, a name in two scripts.
LATER: list[FeedItem] = [
    (
        "later-live-pipe-time",
        "Tbilisi protests – as it happened",
        "11:47 | Opposition activist Rustam Ismailov has been detained near Rustaveli Avenue, "
        "his party says. 11:52 | Riot police push protesters back.",
        {("ismailov", "detained", True)},
        NONE,
        {"ismailov"},
    ),
    (
        "later-listing-remanded-until",
        "Westminster Magistrates' Court, 18 November",
        "Sajid Hussain, 41, of Bradford, remanded in custody until 2 December on a charge of "
        "criminal damage.",
        {("hussain", "detained", True)},
        {("hussain", "charged", True)},
        {"hussain"},
    ),
    (
        "later-walks-free-term-ended",
        "Blogger walks free",
        "Bakhtiyar Sultanov left the Tashkent colony on Tuesday after his term ended.",
        {("sultanov", "released", True)},
        {("sultanov", "sentenced", False)},
        {"sultanov"},
    ),
    (
        "later-quote-led-mother-on-death",
        "“They killed my son,” says mother of jailed cleric",
        "The mother of Yousef al-Nasser, who died in al-Ha'ir prison on Sunday, accused the "
        "guards of beating him.",
        {("nasser", "died", True)},
        {("nasser", "ill_treatment", True), ("nasser", "ill_treatment", False)},
        {"nasser"},
    ),
    (
        "later-update-not-released-ruling-postponed",
        "UPDATE: Ana Ferreira not freed; ruling postponed",
        "UPDATE: Contrary to earlier reports, Ana Ferreira has not been released. The court "
        "postponed its ruling on her release to Friday.",
        NONE,
        NONE,
        {"ferreira"},
    ),
    (
        "later-left-the-country-ms-surname",
        "Iranian activist leaves Turkey",
        "Iranian activist Farida Tahir left Turkey for Germany on Sunday, days after a court "
        "approved her deportation to Iran. Ms Tahir has been granted a humanitarian visa.",
        {("tahir", "fled", True)},
        NONE,
        {"tahir"},
    ),
    (
        "later-verdicts-line-dashes",
        "Istanbul court, Tuesday",
        "Verdicts: Emre Kaya – acquitted; Selin Arslan – 2 years; Oleg Sorokin – case adjourned.",
        {("kaya", "acquitted", True)},
        NONE,
        {"kaya", "sorokin"},
    ),
    (
        "later-alert-taken-by-men-in-civilian-clothes",
        "URGENT ACTION: Whereabouts of Meron Abebe unknown",
        "Meron Abebe was taken from her home in Addis Ababa by men in civilian clothes on 15 "
        "November. The authorities deny holding her.",
        {("abebe", "detained", True)},
        NONE,
        {"abebe"},
    ),
    (
        "later-docket-plea-sentencing-set",
        "USA v. Kaya, 1:26-cr-00077",
        "Plea hearing held as to Emre Kaya. Defendant pleaded guilty to Count 1. Sentencing set "
        "for 2/20/2027.",
        NONE,
        NONE,
        {"kaya"},
    ),
    (
        "later-gets-life",
        "Cleric gets life",
        "A Riyadh court on Monday sentenced Yousef al-Nasser to life in prison.",
        {("nasser", "sentenced", True)},
        NONE,
        {"nasser"},
    ),
    (
        "later-hunger-strike-ended",
        "Dr Abebe ends hunger strike",
        "Meron Abebe ended her 40-day hunger strike on Tuesday after prison officials agreed to "
        "let her see her children.",
        NONE,
        {("abebe", "hunger_strike", True), ("abebe", "hunger_strike", False)},
        {"abebe"},
    ),
    (
        "later-appeal-to-come-sentence-last-week",
        "Lawyers to appeal Lukashuk verdict",
        "Lawyers for Ales Lukashuk said on Wednesday they would appeal against his six-year "
        "sentence, handed down last week.",
        {("lukashuk", "sentenced", True)},
        NONE,
        {"lukashuk"},
    ),
    (
        "later-namesake-footballer",
        "Footballer Arda Kaya detained over betting",
        "Police detained Galatasaray midfielder Arda Kaya on Monday in a betting investigation.",
        NONE,
        NONE,
        set(),
    ),
    (
        "later-brother-of-listed-sentenced",
        "Brother of exiled journalist jailed",
        "A San Salvador court sentenced Carlos Moreno, the brother of exiled journalist Lucía "
        "Moreno, to six years on Tuesday.",
        NONE,
        {("moreno", "fled", False)},
        {"moreno"},
    ),
    (
        "later-post-emoji-just-released",
        "⚡️ Odhiambo is free",
        "⚡️ Peter Odhiambo has just been released from Industrial Area remand prison. More soon.",
        {("odhiambo", "released", True)},
        NONE,
        {"odhiambo"},
    ),
    (
        "later-refused-to-release-on-parole",
        "Parole bid fails",
        "A Zomba court on Wednesday refused to release Chikondi Banda on parole.",
        {("banda", "parole_denied", True)},
        NONE,
        {"banda"},
    ),
    (
        "later-trial-resumed",
        "Trial of Park Ji-won continues",
        "The trial of Park Ji-won resumed on Tuesday at the Seoul Central District Court.",
        {("park", "trial", True)},
        NONE,
        {"park"},
    ),
    (
        "later-tenth-anniversary-of-arrest",
        "Ten years since Sorokin's arrest",
        "On 19 November 2016, FSB officers arrested Oleg Sorokin at a Moscow airport.",
        {("sorokin", "detained", False)},
        NONE,
        {"sorokin"},
    ),
    (
        "later-house-arrest-lifted-travel-ban",
        "Court lifts house arrest of Javier Mendoza",
        "A Caracas court on Monday lifted the house arrest of union leader Javier Mendoza but "
        "barred him from leaving the country.",
        NONE,
        {("mendoza", "released", True), ("mendoza", "house_arrest", False)},
        {"mendoza"},
    ),
    (
        "later-name-in-two-scripts-amnesty",
        "Blogger freed under amnesty",
        "Blogger Dilnoza Karimova (Дилноза Каримова) was released from Zangiota colony on "
        "Wednesday under an amnesty.",
        {("karimova", "pardoned", True)},
        {("karimova", "released", True)},
        {"karimova"},
    ),
]
LATER_NOT_YET: dict[str, str] = {}
LATER_NAMES_NOT_YET: dict[str, str] = {}

# Classes still read wrongly, kept in view: the test fails once one of them is read right.
NOT_YET: dict[str, str] = {}
NAMES_NOT_YET: dict[str, str] = {}


def test_the_round_holds_fifty_items_and_twenty_later() -> None:
    assert (len(ALL), len(LATER)) == (50, 20)


@pytest.mark.parametrize(
    ("title", "text", "expected", "optional"),
    item_params(ALL, NOT_YET) + item_params(LATER, LATER_NOT_YET),
)
def test_a_feed_item_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    events.check_item(title, text, expected, optional)


@pytest.mark.parametrize(
    ("title", "text", "named"),
    named_in_params(ALL, NAMES_NOT_YET) + named_in_params(LATER, LATER_NAMES_NOT_YET),
)
def test_a_feed_item_names_whom_a_reader_would_see(title: str, text: str, named: set[str]) -> None:
    events.check_named(title, text, named)


# The fixes' classes, with sentences of their own and counter-examples (the trigger rules'
# own are in the rule table: held for questioning, "jailed by" an agent as an aside, sent to
# pretrial detention, a sentencing put off or set, "supervised release").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crimean Solidarity has retracted its report that Rustam Ismailov died in custody.",
            set(),
        ),
        ("The agency withdrew its claim that Oleg Sorokin had been freed.", set()),
        (
            "Police detained at least 30 people on Sunday, among them journalist Emre Kaya.",
            {("kaya", "detained", True)},
        ),
        (
            "Police detained 30 people on Sunday, among them lawyer Selin Arslan and journalist "
            "Emre Kaya.",
            {("kaya", "detained", True)},
        ),
        (
            "The court sentenced reporter Aytan Hasanova to eight years and acquitted editor Ulvi "
            "Mammadli.",
            {("mammadli", "acquitted", True)},
        ),
        (
            "A Moscow court placed Oleg Sorokin under house arrest on Tuesday and remanded "
            "Yekaterina Volkova in custody.",
            {("sorokin", "house_arrest", True), ("volkova", "detained", True)},
        ),
        (
            "“My friends are still in prison,” said Ales Lukashuk after he was released on "
            "Tuesday.",
            {("lukashuk", "released", True)},
        ),
        (
            "Marta Winter was bailed to appear at Southwark Crown Court on 15 December.",
            {("winter", "released", True)},
        ),
        (
            "Marta Winter, 29, of Hackney, appeared in court. Bailed to appear at Southwark Crown "
            "Court.",
            {("winter", "released", True)},
        ),
        ("Sentencing held as to Javier Mendoza.", {("mendoza", "sentenced", True)}),
        # counter-examples: a report taken back inside a clause of its own; a report taken
        # back before another sentence; a verb after the list; lists with no other verb; a
        # noun's owner after its date; still held, said of the person; a bail of its own
        # date; two people who open a sentence; a sentencing set for a day
        (
            "Oleg Sorokin, who withdrew his claim that he was beaten, was freed on Monday.",
            {("sorokin", "released", True)},
        ),
        (
            "Crimean Solidarity retracted its report on Monday. Rustam Ismailov died in custody "
            "on Tuesday.",
            {("ismailov", "died", True)},
        ),
        ("Police detained 30 people, among them Selin Arslan, and questioned Emre Kaya.", set()),
        (
            "Police detained lawyer Selin Arslan and journalist Emre Kaya.",
            {("kaya", "detained", True)},
        ),
        (
            "Police detained Selin Arslan and the wounded Emre Kaya.",
            {("kaya", "detained", True)},
        ),
        (
            "Rights groups condemned the arrest on Monday of Emre Kaya.",
            {("kaya", "detained", True)},
        ),
        ("Ales Lukashuk remains in prison despite an order for his release.", set()),
        ("Marta Winter was bailed on 15 October.", {("winter", "released", False)}),
        (
            "Marta Winter, 29, and Ana Ferreira, 31, appeared in court. Bailed to appear at "
            "Southwark Crown Court.",
            set(),
        ),
        ("Sentencing set as to Javier Mendoza for 3/3/2027.", set()),
    ],
    ids=[
        "a-report-retracted",
        "a-claim-withdrawn",
        "among-them-after-at-least",
        "among-them-after-someone-unlisted",
        "an-unlisted-object-then-another-verb",
        "a-nouns-owner-not-across-a-verb",
        "still-in-prison-inside-a-quotation",
        "a-date-to-appear-is-not-the-bails",
        "an-age-after-the-name-that-opens",
        "a-dockets-as-to",
        "a-retraction-in-a-clause-of-its-own",
        "a-retraction-before-another-sentence",
        "a-verb-after-the-list",
        "a-list-with-no-other-verb",
        "the-wounded-is-no-verb",
        "a-nouns-owner-after-its-date",
        "still-held-said-of-the-person",
        "a-bail-of-its-own-date",
        "two-people-open-the-sentence",
        "a-sentencing-set",
    ],
)
def test_a_class_fixed_after_the_first_run(text: str, expected: Events) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Hussain v The King",
            "Appeal against conviction dismissed. The court upheld the verdict against Sajid "
            "Hussain.",
            {("hussain", "appeal_rejected", True)},
        ),
        (
            "Court roundup",
            "1. Ana Ferreira – 7 years (Art. 159); 2. Emre Kaya – acquitted.",
            {("ferreira", "sentenced", True), ("kaya", "acquitted", True)},
        ),
        # counter-examples: a line that opens with the word in an article about no one
        # person; a dash before a time that is no term
        (
            "Court roundup",
            "Appeal against conviction dismissed. Ana Ferreira and Emre Kaya were in court.",
            set(),
        ),
        ("Court roundup", "Ana Ferreira – a teacher for 7 years.", set()),
    ],
    ids=[
        "a-line-that-opens-with-the-appeal",
        "a-numbered-entrys-dash-and-term",
        "a-line-with-no-one-person",
        "a-dash-before-no-term",
    ],
)
def test_a_dockets_line_is_the_one_persons(title: str, text: str, expected: Events) -> None:
    assert events(text, title) == expected


# The later items' classes, with sentences of their own and counter-examples (the trigger
# rules' own are in the rule table: "left the Tashkent colony", taken from a named place by
# men).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sajid Hussain, 41, of Bradford, remanded in custody until 2 December.",
            {("hussain", "detained", True)},
        ),
        ("Sajid Hussain, 41, remanded in custody.", {("hussain", "detained", True)}),
        (
            "The court postponed its ruling on her release to Friday. Ana Ferreira is held in "
            "Lisbon.",
            set(),
        ),
        ("A hearing on the release of Ana Ferreira is set for Friday.", set()),
        (
            "Verdicts: Emre Kaya – acquitted; Selin Arslan – 2 years.",
            {("kaya", "acquitted", True)},
        ),
        (
            "Ales Lukashuk will appeal against his six-year sentence, handed down last week.",
            {("lukashuk", "sentenced", True)},
        ),
        # counter-examples: an aside before another verb; a ruling that was made; a line
        # whose entry is someone else's; a sentence still to be handed down
        ("Sajid Hussain, 41, of Bradford, remanded in custody, said his lawyer.", set()),
        (
            "The ruling on Ana Ferreira's release came on Monday: she was freed.",
            {("ferreira", "released", True)},
        ),
        ("Court news: Emre Kaya – his lawyer was acquitted.", set()),
        ("Ales Lukashuk fears a six-year sentence, to be handed down on Friday.", set()),
        (
            "The decision on the release on parole of Ales Lukashuk was welcomed by his family.",
            {("lukashuk", "parole_granted", True)},
        ),
    ],
    ids=[
        "a-listings-age-and-home",
        "a-listings-age",
        "a-ruling-on-a-release",
        "a-hearing-on-a-release",
        "a-lines-heading",
        "a-sentence-handed-down-as-an-aside",
        "an-aside-before-another-verb",
        "a-ruling-made",
        "an-entry-of-someone-else",
        "a-sentence-to-be-handed-down",
        "a-decision-made",
    ],
)
def test_a_later_items_class(text: str, expected: Events) -> None:
    assert events(text) == expected
