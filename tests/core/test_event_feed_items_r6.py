"""Short English feed items, a sixth round (issue 14): items as RSS and Atom feeds of news
agencies, rights groups (Amnesty, HRW, CPJ, RSF, Front Line Defenders, OVD-Info, Viasna),
court-watch accounts and Telegram-to-RSS bridges carry them. Headlines whose verb has no
name ("Jailed blogger moved to hospital"), the name only in the summary; headlines in Title
Case or after "Update:", "BREAKING", "Exclusive:" or an emoji; summaries that lead with the
outlet's name or a dateline in capitals; number-first headlines ("3 journalists freed in
..."); items naming two listed people with different fates; items whose only news is an
appeal or a hearing put off; summaries cut with "...", "[...]" or "Read more"; the legal
words of other systems (remanded in custody, indicted, convicted in absentia, placed under
house arrest, sentenced to time served, a suspended sentence, deported, stripped of
citizenship); items that report no event (an anniversary, a campaign, calls for release,
"faces up to", "could be freed"); and namesakes (a listed surname on a judge, a minister,
a police officer, a president).

The people, the outlets and the stories are made up. Every row's labels (events and the
people it names) were written and committed before the module was first run. Labels follow
the event table and the project's conventions: "denied bail" changes no status, a custody
state ("jailed poet", "remained in custody") is no event, deportation is ``fled``, being
stripped of citizenship is none of the event types, and an event more than about a month
before publication is background. ``optional`` holds what a reader could label either way.

First run (50 rows, before any fix): 40 rows fully right; 35 of 40 expected events found,
7 wrong extra events (6 of them news: a pardon read into "Amnesty launches", a call's
second verb, a release ordered but not carried out, "as he left the prison" given to the
client named in a relative clause, an acquittal and a jailing swapped between two people;
and a second, background sentence dated from a relative clause), no wrong mentions.

After the fixes (by class, each with its own examples and counter-examples below or in the
rule table): 48 rows fully right; 39 of 40 expected events found, 1 wrong extra event, no
wrong mentions. Fixed: an active verb's objects end at the next coordinated verb, a
headline's present tense is a verb, a series of verbs after commas; a bare verb under a
request's "to"; an order of release not carried out ("despite ..., X remained in
custody"); "Amnesty" the organisation; "walked out of the <place> detention centre"; "gave
X and Y suspended sentences" (and, by another helper, a date inside a relative clause).
No row is left (``NOT_YET``).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, FeedItem, Reader, item_params, named_in_params

PEOPLE = [
    Person("nasser", "Farid Nasser"),
    Person("kasimova", "Leyla Kasimova"),
    Person("huseynov", "Ramil Huseynov"),
    Person("mammadli", "Sevda Mammadli"),
    Person("volk", "Daria Volk"),
    Person("gadzhiev", "Timur Gadzhiev"),
    Person("sorokina", "Anna Sorokina"),
    Person("kruk", "Ales Kruk"),
    Person("zhuk", "Maryna Zhuk"),
    Person("beridze", "Nika Beridze"),
    Person("kapanadze", "Giorgi Kapanadze"),
    Person("hale", "Tom Hale"),
    Person("mendes", "Carla Mendes"),
    Person("lis", "Pavel Lis"),
    Person("morozov", "Ilya Morozov"),
    Person("ibraimov", "Server Ibraimov"),
    Person("karimov", "Dilshod Karimov"),
    Person("nazarov", "Firuz Nazarov"),
    Person("ortega", "Lucía Ortega"),
    Person("petrenko", "Ruslan Petrenko"),
]
PUBLISHED = datetime(2026, 11, 26, 9, 0)  # a Thursday
events = Reader(PEOPLE, PUBLISHED)

NONE: Events = set()


# The headline has the verb, the summary the name.
HEADLINE: list[FeedItem] = [
    (
        "hl-jailed-blogger-moved-to-hospital",
        "Jailed blogger moved to hospital",
        "Farid Nasser, serving five years for a post about the president, was taken from his "
        "cell to the prison hospital on Monday after his blood pressure fell, his sister said.",
        {("nasser", "transferred", True)},
        {("nasser", "sentenced", False)},
        {"nasser"},
    ),
    (
        "hl-detained-reporter-freed-after-40-days",
        "Detained reporter freed after 40 days",
        "Leyla Kasimova, a reporter for an independent news site, walked out of the Baku "
        "pretrial detention centre on Tuesday evening, her lawyer said.",
        {("kasimova", "released", True)},
        {("kasimova", "detained", False)},
        {"kasimova"},
    ),
    (
        "hl-update-sentenced-cut-with-dots",
        "Update: Crimean activist sentenced to 13 years",
        "A military court in Rostov-on-Don on Wednesday sentenced Server Ibraimov, a member of "
        "the Crimean Solidarity group, to 13 years in a maximum-security colony on terrorism "
        "charges that...",
        {("ibraimov", "sentenced", True)},
        {("ibraimov", "charged", False), ("ibraimov", "charged", True)},
        {"ibraimov"},
    ),
    (
        "hl-title-case-hunger-strike",
        "Jailed Lawyer Goes On Hunger Strike, Family Says",
        "Firuz Nazarov, a lawyer serving 16 years in Dushanbe, has refused food since Friday "
        "in protest at being denied family visits, his brother said.",
        {("nazarov", "hunger_strike", True)},
        {("nazarov", "sentenced", False)},
        {"nazarov"},
    ),
]

# "BREAKING", "Exclusive:", Title Case.
MARKED: list[FeedItem] = [
    (
        "breaking-title-case-sentence-name-in-title-only",
        "BREAKING: Court Sentences Activist Daria Volk To Eight Years",
        "The Minsk City Court handed down the verdict on Thursday morning after a closed "
        "trial. More to follow.",
        {("volk", "sentenced", True)},
        {("volk", "trial", True), ("volk", "trial", False)},
        {"volk"},
    ),
    (
        "exclusive-letter-says-guards-beat-him",
        "Exclusive: Detained Reporter Says Guards Beat Him",
        "In a letter passed to his lawyer, reporter Timur Gadzhiev says guards at the "
        "Makhachkala detention centre beat him on his second night there and withheld his "
        "insulin.",
        {("gadzhiev", "ill_treatment", True)},
        {("gadzhiev", "detained", True), ("gadzhiev", "detained", False)},
        {"gadzhiev"},
    ),
    (
        "breaking-dash-placed-under-house-arrest",
        "BREAKING — Nika Beridze Placed Under House Arrest",
        "Tbilisi City Court on Wednesday released opposition activist Nika Beridze from "
        "pretrial detention and placed him under house arrest, his party said.",
        {("beridze", "house_arrest", True)},
        {("beridze", "released", True), ("beridze", "detained", False)},
        {"beridze"},
    ),
]

# The outlet or a dateline first.
OUTLET: list[FeedItem] = [
    (
        "outlet-reports-that-police-detained",
        "Student detained over anti-war comment",
        "OVD-Info reports that police in Kazan detained student Anna Sorokina on Sunday over a "
        "comment she left under a video about the war. She faces a charge of 'discrediting the "
        "army'.",
        {("sorokina", "detained", True)},
        {("sorokina", "charged", True)},
        {"sorokina"},
    ),
    (
        "outlet-dateline-caps-with-source",
        "Political prisoner freed after serving full term",
        "MINSK (Viasna) — Political prisoner Ales Kruk was released from Penal Colony No. 15 on "
        "Friday after serving his full three-year term, the human rights centre reported.",
        {("kruk", "released", True)},
        {("kruk", "sentenced", False)},
        {"kruk"},
    ),
    (
        "outlet-dateline-ap",
        "Georgian opposition activist arrested",
        "TBILISI, Georgia (AP) — Georgian police on Tuesday arrested Giorgi Kapanadze, an "
        "organiser of the nightly protests outside parliament, on charges of group violence.",
        {("kapanadze", "detained", True)},
        {("kapanadze", "charged", True)},
        {"kapanadze"},
    ),
    (
        "outlet-name-colon-in-title",
        "Amnesty International: Uzbek defender forcibly moved to psychiatric hospital",
        "On 20 November, human rights defender Dilshod Karimov was forcibly transferred from "
        "Jaslyk prison to a psychiatric hospital in Nukus. Amnesty International fears he "
        "will be given drugs against his will.",
        {("karimov", "transferred", True)},
        {("karimov", "sentenced", False), ("karimov", "ill_treatment", True)},
        {"karimov"},
    ),
]

# A number first.
NUMBER: list[FeedItem] = [
    (
        "number-3-journalists-freed-two-listed",
        "3 journalists freed in Azerbaijan",
        "Authorities in Baku on Monday released journalists Ramil Huseynov, Sevda Mammadli and "
        "Orkhan Bayramov, who had been held since March on smuggling charges.",
        {("huseynov", "released", True), ("mammadli", "released", True)},
        {
            ("huseynov", "detained", False),
            ("mammadli", "detained", False),
            ("huseynov", "charged", False),
            ("mammadli", "charged", False),
        },
        {"huseynov", "mammadli"},
    ),
    (
        "number-2-activists-given-suspended-sentences",
        "2 activists given suspended sentences",
        "A court in St Petersburg on Wednesday gave activists Ilya Morozov and Anna Sorokina "
        "two-year suspended sentences for an unsanctioned picket.",
        {("morozov", "sentenced", True), ("sorokina", "sentenced", True)},
        NONE,
        {"morozov", "sorokina"},
    ),
    (
        "number-5-years-for-reporter",
        "5 years for reporter who filmed protests",
        "A Baku court on Friday sentenced Sevda Mammadli, who filmed protests in Ganja for an "
        "online channel, to five years in prison.",
        {("mammadli", "sentenced", True)},
        NONE,
        {"mammadli"},
    ),
]

# Passive headlines without an auxiliary, in the legal words of other systems.
LEGAL: list[FeedItem] = [
    (
        "legal-convicted-in-absentia-exiled-editor",
        "Exiled editor convicted in absentia",
        "A court in Minsk on Friday convicted Pavel Lis, the editor of an independent news site "
        "who left Belarus in 2021, in absentia of 'extremism' and sentenced him to 10 years.",
        {("lis", "sentenced", True)},
        {("lis", "fled", False)},
        {"lis"},
    ),
    (
        "legal-remanded-in-custody-by-magistrates",
        "Climate campaigner remanded in custody",
        "Tom Hale, 29, was remanded in custody by Leeds magistrates on Monday after being "
        "charged with conspiracy to cause a public nuisance. He will appear at crown court next "
        "month.",
        {("hale", "detained", True), ("hale", "charged", True)},
        NONE,
        {"hale"},
    ),
    (
        "legal-indicted-by-grand-jury-read-more",
        "Journalist indicted on federal charges",
        "A federal grand jury in Miami on Thursday indicted Carla Mendes, a freelance "
        "journalist, on charges of conspiring to act as an agent of a foreign government. She "
        "denies the charges. Read more",
        {("mendes", "charged", True)},
        NONE,
        {"mendes"},
    ),
    (
        "legal-deported-to-a-third-country",
        "Russian anti-war activist deported from Kazakhstan",
        "Kazakh authorities on Saturday deported the Russian anti-war activist Ilya Morozov to "
        "Armenia, his lawyer said, days after a court refused Moscow's request to extradite "
        "him.",
        {("morozov", "fled", True)},
        {("morozov", "detained", True)},
        {"morozov"},
    ),
    (
        "legal-stripped-of-citizenship-is-no-event",
        "Exiled writer stripped of citizenship",
        "Nicaragua on Wednesday stripped the exiled novelist Lucía Ortega of her citizenship "
        "and seized her house in Managua, the official gazette said.",
        NONE,
        {("ortega", "fled", False)},
        {"ortega"},
    ),
    (
        "legal-sentenced-to-time-served",
        "Blogger sentenced to time served, walks free",
        "A Baku court sentenced blogger Ramil Huseynov to time served on Tuesday, and he was "
        "released in the courtroom.",
        {("huseynov", "sentenced", True), ("huseynov", "released", True)},
        {("huseynov", "detained", False)},
        {"huseynov"},
    ),
    (
        "legal-jury-found-guilty",
        "Jury convicts Carla Mendes on two counts",
        "A jury in Miami on Wednesday found the journalist Carla Mendes guilty on two counts of "
        "acting as an unregistered foreign agent. Sentencing is set for February.",
        {("mendes", "sentenced", True)},
        {("mendes", "trial", True)},
        {"mendes"},
    ),
]

# Two listed people with different fates.
TWO: list[FeedItem] = [
    (
        "two-acquits-one-jails-the-other",
        "Court acquits Beridze, jails Kapanadze",
        "A Tbilisi court on Tuesday acquitted opposition activist Nika Beridze and sentenced "
        "his co-defendant Giorgi Kapanadze to four years in prison.",
        {("beridze", "acquitted", True), ("kapanadze", "sentenced", True)},
        {("beridze", "released", True)},
        {"beridze", "kapanadze"},
    ),
    (
        "two-freed-and-detention-extended",
        "Viasna: Kruk freed, Zhuk's detention extended",
        "Ales Kruk was freed on Thursday at the end of his sentence, while a court in Homel "
        "extended the pretrial detention of Maryna Zhuk by two more months.",
        {("kruk", "released", True)},
        {("zhuk", "detained", True), ("kruk", "sentenced", False)},
        {"kruk", "zhuk"},
    ),
    (
        "two-one-jailed-one-bailed",
        "One jailed, one bailed in Baku protest case",
        "A Baku court on Monday sentenced Sevda Mammadli to three years in prison and released "
        "Leyla Kasimova on bail pending her own trial.",
        {("mammadli", "sentenced", True), ("kasimova", "released", True)},
        {("kasimova", "detained", False)},
        {"mammadli", "kasimova"},
    ),
    (
        "two-lawyer-of-jailed-client-detained",
        "Lawyer for jailed blogger detained",
        "Police in Dushanbe detained Firuz Nazarov, who represents the jailed blogger Farid "
        "Nasser, as he left the prison on Friday.",
        {("nazarov", "detained", True)},
        {("nasser", "sentenced", False), ("nasser", "detained", False)},
        {"nazarov", "nasser"},
    ),
]

# The only news is an appeal, a hearing set or put off.
APPEAL: list[FeedItem] = [
    (
        "appeal-hearing-postponed-again",
        "Hearing in Volk case postponed again",
        "The Supreme Court postponed the appeal hearing of activist Daria Volk to 10 December, "
        "citing the judge's illness.",
        NONE,
        NONE,
        {"volk"},
    ),
    (
        "appeal-filed-old-sentence",
        "Lawyers for Leyla Kasimova appeal verdict",
        "Lawyers for journalist Leyla Kasimova, sentenced on 2 October to nine years, filed an "
        "appeal with the Baku Court of Appeal on Monday.",
        {("kasimova", "sentenced", False)},
        NONE,
        {"kasimova"},
    ),
    (
        "appeal-trial-adjourned",
        "Trial of Giorgi Kapanadze adjourned",
        "Tbilisi City Court adjourned the trial of Giorgi Kapanadze until 14 January after his "
        "lawyer fell ill.",
        NONE,
        {("kapanadze", "trial", True), ("kapanadze", "trial", False)},
        {"kapanadze"},
    ),
    (
        "appeal-date-set",
        "Appeal date set for jailed poet",
        "The appeal of the jailed poet Maryna Zhuk will be heard by the Supreme Court on 3 "
        "December, her lawyer said.",
        NONE,
        NONE,
        {"zhuk"},
    ),
]

# Summaries cut short.
CUT: list[FeedItem] = [
    (
        "cut-brackets-detained-at-picket",
        "Activist detained at Nevsky Prospekt picket",
        "Police detained Ilya Morozov on Nevsky Prospekt on Saturday afternoon as he stood "
        "holding a blank sheet of paper. He was taken to the 78th police station, where [...]",
        {("morozov", "detained", True)},
        NONE,
        {"morozov"},
    ),
    (
        "cut-read-more-transferred-far-colony",
        "Crimean Tatar activist moved to Siberian colony",
        "Ruslan Petrenko, serving 12 years, has been transferred to a colony in the Krasnoyarsk "
        "region, more than 4,000 km from his family, his wife said on Monday. Read more",
        {("petrenko", "transferred", True)},
        {("petrenko", "sentenced", False)},
        {"petrenko"},
    ),
    (
        "cut-prosecutor-namesake-asks",
        "Prosecutor seeks 6 years for activist Anna Sorokina",
        "Prosecutor Dmitry Morozov asked a Moscow court on Tuesday to sentence Anna Sorokina to "
        "six years in a penal colony for...",
        NONE,
        NONE,
        {"sorokina"},
    ),
]

# No event.
NEGATIVE: list[FeedItem] = [
    (
        "neg-anniversary-1000-days",
        "1,000 days behind bars",
        "Today marks 1,000 days since the poet Maryna Zhuk was arrested at her home in Homel. "
        "She is serving six years for 'insulting the president'.",
        {("zhuk", "detained", False)},
        {("zhuk", "sentenced", False)},
        {"zhuk"},
    ),
    (
        "neg-campaign-launched",
        "Write for Rights: Amnesty launches campaign for Farid Nasser",
        "Amnesty International has launched a letter-writing campaign for the blogger Farid "
        "Nasser, who is serving five years in prison for a Facebook post.",
        NONE,
        {("nasser", "sentenced", False)},
        {"nasser"},
    ),
    (
        "neg-calls-for-release",
        "CPJ calls for release of Azerbaijani journalist",
        "The Committee to Protect Journalists on Wednesday called on Azerbaijani authorities to "
        "release Sevda Mammadli and drop all charges against her.",
        NONE,
        {("mammadli", "detained", False), ("mammadli", "charged", False)},
        {"mammadli"},
    ),
    (
        "neg-faces-up-to-10-years",
        "Carla Mendes faces up to 10 years",
        "If convicted, the journalist Carla Mendes faces up to 10 years in federal prison, "
        "legal experts say.",
        NONE,
        {("mendes", "charged", True), ("mendes", "charged", False)},
        {"mendes"},
    ),
    (
        "neg-could-be-freed",
        "Timur Gadzhiev could be freed next month, lawyer says",
        "Reporter Timur Gadzhiev could be released as early as December if the court counts "
        "his time in pretrial detention, his lawyer said on Tuesday.",
        NONE,
        NONE,
        {"gadzhiev"},
    ),
    (
        "neg-trial-to-open-next-week",
        "Trial of Pavel Lis to begin next week",
        "The trial in absentia of the exiled editor Pavel Lis will open at the Minsk City Court "
        "on 2 December, state media said.",
        NONE,
        {("lis", "fled", False)},
        {"lis"},
    ),
    (
        "neg-un-experts-urge-release",
        "UN experts urge Tajikistan to free lawyer",
        "UN human rights experts on Monday urged Tajikistan to release Firuz Nazarov at once, "
        "saying his detention was arbitrary.",
        NONE,
        {("nazarov", "detained", False)},
        {"nazarov"},
    ),
    (
        "neg-still-held-despite-order",
        "Dilshod Karimov still held despite court order",
        "Despite a court ruling last week ordering his release, Dilshod Karimov remained in "
        "custody on Wednesday, his family said.",
        NONE,
        NONE,
        {"karimov"},
    ),
]

# A listed surname on someone else.
NAMESAKE: list[FeedItem] = [
    (
        "namesake-judge-sentences-listed-person",
        "Judge jails activist for three years",
        "Judge Tamar Kapanadze on Monday sentenced opposition activist Nika Beridze to three "
        "years in prison for assaulting a police officer, a charge he denies.",
        {("beridze", "sentenced", True)},
        {("beridze", "charged", False)},
        {"beridze"},
    ),
    (
        "namesake-president-frees-prisoners",
        "Ortega government frees 135 political prisoners",
        "The government of President Daniel Ortega released 135 political prisoners on "
        "Thursday and flew them to Guatemala, the State Department said.",
        NONE,
        NONE,
        set(),
    ),
    (
        "namesake-police-colonel-speaks",
        "Police detain 30 at Minsk rally",
        "Police Colonel Sergei Volk said officers detained 30 people at an unsanctioned rally "
        "in central Minsk on Sunday.",
        NONE,
        NONE,
        set(),
    ),
    (
        "namesake-minister-by-surname-only",
        "Interior Minister Karimov defends crackdown",
        "Interior Minister Karimov told reporters on Tuesday that all those detained at the "
        "weekend protests had broken the law.",
        NONE,
        NONE,
        set(),
    ),
    (
        "namesake-title-case-minister",
        "Minister Petr Volk Defends New Protest Law",
        "Interior minister Petr Volk told parliament on Tuesday that the law would not be used "
        "against journalists.",
        NONE,
        NONE,
        set(),
    ),
]

# Telegram channels through an RSS bridge, and rights groups' own feeds.
CHANNEL: list[FeedItem] = [
    (
        "tg-emoji-sentenced-today",
        "⚡️ Maryna Zhuk sentenced to 6 years",
        "⚡️ The Homel Regional Court sentenced the poet Maryna Zhuk to 6 years in a "
        "general-regime colony today. #Belarus #politprisoners",
        {("zhuk", "sentenced", True)},
        NONE,
        {"zhuk"},
    ),
    (
        "tg-dove-is-free",
        "🕊 Ales Kruk is free!",
        "🕊 Political prisoner Ales Kruk is free! He walked out of the colony this morning after "
        "serving his full term. Photo: Viasna",
        {("kruk", "released", True)},
        {("kruk", "sentenced", False)},
        {"kruk"},
    ),
    (
        "tg-died-in-prison-hospital",
        "Political prisoner dies in custody",
        "Dilshod Karimov, 61, died in the prison hospital in Tashkent on Sunday night, his "
        "daughter wrote on Telegram. He had complained of chest pains for weeks.",
        {("karimov", "died", True)},
        {("karimov", "ill_treatment", True)},
        {"karimov"},
    ),
    (
        "ngo-prison-term-extended",
        "Tajikistan: Lawyer's Prison Term Extended",
        "A court inside Dushanbe prison No. 1 added five years to the sentence of lawyer Firuz "
        "Nazarov on 18 November for 'insulting a prison official'.",
        {("nazarov", "sentenced", True)},
        {("nazarov", "sentenced", False)},
        {"nazarov"},
    ),
    (
        "ngo-rsf-condemns-sentence-handed-down",
        "RSF condemns 7-year sentence for Azerbaijani journalist",
        "Reporters Without Borders (RSF) condemns the seven-year prison sentence handed down on "
        "19 November to journalist Leyla Kasimova by a Baku court.",
        {("kasimova", "sentenced", True)},
        NONE,
        {"kasimova"},
    ),
]

ALL = HEADLINE + MARKED + OUTLET + NUMBER + LEGAL + TWO + APPEAL + CUT + NEGATIVE + NAMESAKE
ALL += CHANNEL

# Classes still read wrongly, kept in view: the test fails once one of them is read right.
NOT_YET: dict[str, str] = {}
NAMES_NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(("title", "text", "expected", "optional"), item_params(ALL, NOT_YET))
def test_a_feed_item_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    events.check_item(title, text, expected, optional)


@pytest.mark.parametrize(("title", "text", "named"), named_in_params(ALL, NAMES_NOT_YET))
def test_a_feed_item_names_whom_a_reader_would_see(title: str, text: str, named: set[str]) -> None:
    events.check_named(title, text, named)


# The fixes' classes, with sentences of their own and counter-examples.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Court news",
            "The court acquitted Nika Beridze and sentenced his co-defendant Giorgi Kapanadze to "
            "four years.",
            {("beridze", "acquitted", True), ("kapanadze", "sentenced", True)},
        ),
        (
            "Court frees Nika Beridze, jails Giorgi Kapanadze",
            "The verdict came after a two-month trial.",
            {("beridze", "released", True), ("kapanadze", "sentenced", True)},
        ),
        (
            "Court news",
            "The judge sentenced Sevda Mammadli to three years and released Leyla Kasimova.",
            {("mammadli", "sentenced", True), ("kasimova", "released", True)},
        ),
        (
            "Court news",
            "The court acquitted Nika Beridze and questioned his colleague Giorgi Kapanadze.",
            {("beridze", "acquitted", True)},
        ),
        (
            "Court news",
            "The court sentenced Maryna Zhuk to five years, released Ales Kruk and fined Nika "
            "Beridze.",
            {
                ("zhuk", "sentenced", True),
                ("kruk", "released", True),
                ("beridze", "sentenced", True),
            },
        ),
        (
            "Court news",
            "Police detained Ales Kruk, released Maryna Zhuk and questioned three others.",
            {("kruk", "detained", True), ("zhuk", "released", True)},
        ),
        # counter-examples: one verb, a list of objects; participles before a noun; a
        # participle after a name and a comma that says more of that name
        (
            "Court news",
            "The court acquitted Nika Beridze and his co-defendant Giorgi Kapanadze.",
            {("beridze", "acquitted", True), ("kapanadze", "acquitted", True)},
        ),
        (
            "Court news",
            "Police released Nika Beridze, Giorgi Kapanadze and Ales Kruk on Monday.",
            {
                ("beridze", "released", True),
                ("kapanadze", "released", True),
                ("kruk", "released", True),
            },
        ),
        (
            "Court news",
            "She visited the detained and beaten activist Nika Beridze in hospital.",
            set(),
        ),
        (
            "Court news",
            "Police detained Ales Kruk, released in 2020, on Monday.",
            {("kruk", "detained", True), ("kruk", "released", False)},
        ),
        (
            "Court news",
            "In Minsk, jailed Ales Kruk was moved to hospital.",
            {("kruk", "transferred", True)},
        ),
    ],
    ids=[
        "acquitted-and-sentenced",
        "headline-frees-jails",
        "sentenced-and-released",
        "acquitted-and-questioned",
        "a-series-of-three-verbs",
        "a-series-after-a-name",
        "one-verb-two-objects",
        "one-verb-three-objects",
        "participles-before-a-noun",
        "a-participle-says-more-of-the-name",
        "an-adjective-after-a-place",
    ],
)
def test_an_object_list_ends_at_the_next_verb(title: str, text: str, expected: Events) -> None:
    assert events(text, title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rights groups urged the court to release Sevda Mammadli and drop all charges "
            "against her.",
            set(),
        ),
        ("Despite a ruling ordering his release, Dilshod Karimov remained in custody.", set()),
        ("Amnesty launches a campaign for Farid Nasser.", set()),
        # counter-examples: a decision carried out, a release despite something else
        (
            "The court decided to release Sevda Mammadli and drop all charges against her.",
            {("mammadli", "released", True), ("mammadli", "charges_dropped", True)},
        ),
        (
            "Despite protests, Dilshod Karimov was released on Monday.",
            {("karimov", "released", True)},
        ),
        ("An amnesty freed Farid Nasser on Monday.", {("nasser", "pardoned", True)}),
        ("Amnesty welcomes release of Farid Nasser", {("nasser", "released", True)}),
        # the organisation after a time or a helper: "Amnesty on Monday condemned"
        (
            "Amnesty on Monday condemned the detention of Farid Nasser.",
            {("nasser", "detained", True)},
        ),
        ("Amnesty has also called for Farid Nasser's release.", set()),
        ("The amnesty also freed Farid Nasser on Monday.", {("nasser", "pardoned", True)}),
    ],
    ids=[
        "urged-to-release-and-drop",
        "despite-an-order-remained",
        "amnesty-the-organisation-launches",
        "decided-to-release-and-drop",
        "despite-protests-released",
        "an-amnesty-freed",
        "amnesty-the-organisation-welcomes-a-release",
        "amnesty-the-organisation-on-monday-condemned",
        "amnesty-the-organisation-has-also-called",
        "the-amnesty-also-freed",
    ],
)
def test_what_was_only_asked_or_ordered_is_no_event(text: str, expected: Events) -> None:
    assert events(text) == expected
