"""Short English feed items, a seventh round (issue 14): news aggregators' "Title - Outlet"
headlines; headlines in capitals and in Title Case; posts of X accounts and Telegram
channels with hashtags and emoji; press releases that open with a dateline and a date in
brackets ("GENEVA (6 May 2026) – UN experts today ..."); court bulletins that list several
people between semicolons; headlines with no verb ("Activist's release after 5 years");
"Update:" and "Correction:" items that revise earlier news (a release that did not happen);
dates as "5/5", "06.05.2026" and "the 5th of May"; British and American legal words
("remanded in custody", "bailed", "gaoled", "given a suspended sentence", "acquitted on
appeal", "held without bond"); namesakes (a listed surname with another given name, a
surname that is an English word, the listed name on a judge); and items that report no
event (about unlisted people, or only expected, feared, asked for or threatened).

The people, the outlets and the stories are made up. Every row's labels (events and the
people it names) were written and committed before the module was first run. Labels follow
the event table and the project's conventions: bail is ``released``, a remand is
``detained``, a renewed detention changes nothing, a term replaced by restricted freedom is
``parole_granted``, extradition and flight are ``fled``, and an event more than about a
month before publication is background. ``optional`` holds what a reader could label either
way.

First run (50 rows, before any fix): 40 rows fully right; 27 of 37 expected events found,
2 wrong extra events, both news (a release the correction says did not happen, a transfer
read into "taken into criminal detention"), wrong mentions in 2 rows (surnames alone as a
bulletin's labels not found; a judge of the listed name taken for the person).

After the fixes (by class, each with its own examples and counter-examples below or in the
rule table): 47 rows fully right; 34 of 37 expected events found, no wrong extra event,
wrong mentions in the same 2 rows. Fixed: an object after an age ("gave the 24-year-old
artist X two years"); custody named by its kind or agency ("taken into ICE custody") is an
arrest, not a transfer; taken to a security service's building; a correction's "an earlier
version said"; "is refusing to let a doctor see her"; a line of entries set off by
semicolons read entry by entry, "term served", and a court list's "Place: X, 3 years"; and,
after the later items, a hashtag that runs a name together ("#DenizYilmaz's hunger strike"):
48 rows fully right, 35 of 37 events. Two rows are left (``NOT_YET``, ``NAMES_NOT_YET``).
``LATER`` holds 20 items written after these fixes, in forms of their own, labelled and
committed before their first run.

``LATER``'s first run: 16 of 20 rows fully right; 14 of 18 expected events found, no wrong
extra event, a wrong mention in 1 row (a docket's "Savich H."). After the fixes of its
classes (a timeline's dated line with no subject; a description after a fronted time or
place; walked out of a security service's building; a surname, then an initial; a trial's
first day as a caption tells it; a docket's "(Surname I.): verdict – 4 years"): all 20 rows
fully right, 18 of 18 events, no wrong extra event, no wrong mention.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import (
    Events,
    FeedItem,
    Reader,
    item_params,
    mentions_by_person,
    named_in_params,
)

PEOPLE = [
    Person("adeyemi", "Bola Adeyemi"),
    Person("rahmani", "Shirin Rahmani"),
    Person("tkachuk", "Oksana Tkachuk"),
    Person("baltabay", "Yerlan Baltabay"),
    Person("seitkali", "Marat Seitkali"),
    Person("yilmaz", "Deniz Yilmaz"),
    Person("saleh", "Omar Saleh"),
    Person("salazar", "Tomás Salazar"),
    Person("guerra", "Rosa Guerra"),
    Person("mwangi", "Wanjiru Mwangi"),
    Person("aliyeva", "Gunel Aliyeva"),
    Person("kovalchuk", "Bohdan Kovalchuk"),
    Person("mirzaev", "Anvar Mirzaev"),
    Person("savich", "Hanna Savich"),
    Person("ivanova", "Polina Ivanova"),
    Person("zhou", "Zhou Yan"),
    Person("hoang", "Hoang Van Long"),
    Person("tesfaye", "Dawit Tesfaye"),
    Person("frost", "Lena Frost"),
    Person("grant", "Eliza Grant"),
    Person("ahmadi", "Reza Ahmadi"),
]
PUBLISHED = datetime(2026, 5, 7, 10, 0)  # a Thursday
events = Reader(PEOPLE, PUBLISHED)

NONE: Events = set()


# News aggregators: "Title - Outlet".
AGGREGATOR: list[FeedItem] = [
    (
        "agg-released-after-months-dash-outlet",
        "Nigerian journalist Bola Adeyemi released after 9 months - Premium Times",
        "Bola Adeyemi, who had been held by the DSS since August without trial, was released "
        "on Tuesday evening, his employer said.",
        {("adeyemi", "released", True)},
        {("adeyemi", "detained", False)},
        {"adeyemi"},
    ),
    (
        "agg-moved-to-colony-dash-outlet",
        "Kazakh activist Baltabay moved to Pavlodar colony - RFE/RL",
        "Jailed civil-society activist Yerlan Baltabay has been transferred to a high-security "
        "colony in Pavlodar, his wife told RFE/RL on Monday.",
        {("baltabay", "transferred", True)},
        NONE,
        {"baltabay"},
    ),
    (
        "agg-took-her-to-the-fsb-building",
        "Crimean citizen journalist detained in dawn raid - Crimean Human Rights Group",
        "Russian security officers searched the home of citizen journalist Oksana Tkachuk in "
        "Bakhchysarai at 6 a.m. on 5 May and took her to the FSB building in Simferopol.",
        {("tkachuk", "detained", True)},
        NONE,
        {"tkachuk"},
    ),
    (
        "agg-detention-renewed-changes-nothing",
        "Egypt: Omar Saleh's detention renewed for 45 days - Mada Masr",
        "The Supreme State Security Prosecution on Sunday renewed the pretrial detention of "
        "researcher Omar Saleh, held since January 2025, for another 45 days.",
        NONE,
        {("saleh", "detained", True), ("saleh", "detained", False)},
        {"saleh"},
    ),
]

# Headlines in capitals and in Title Case.
CAPITALS: list[FeedItem] = [
    (
        "caps-pardon-noun-headline",
        "PARDON FOR JAILED BLOGGER ANVAR MIRZAEV",
        "President Mirziyoyev signed a decree on Wednesday pardoning Anvar Mirzaev, who had "
        "served two years of a six-year term for insulting the president online.",
        {("mirzaev", "pardoned", True)},
        {("mirzaev", "sentenced", False), ("mirzaev", "released", True)},
        {"mirzaev"},
    ),
    (
        "caps-sentenced-name-in-caps-only",
        "SHIRIN RAHMANI SENTENCED TO 8 YEARS, 74 LASHES",
        "A Revolutionary Court in Tehran handed the women's rights activist the sentence on "
        "Saturday, her husband said on X.",
        {("rahmani", "sentenced", True)},
        NONE,
        {"rahmani"},
    ),
    (
        "caps-dies-in-custody-name-in-summary",
        "ACTIVIST DIES IN POLICE CUSTODY",
        "Dawit Tesfaye, 34, died at a police station in Asmara hours after his arrest on "
        "Monday, relatives said.",
        {("tesfaye", "died", True)},
        {("tesfaye", "detained", True)},
        {"tesfaye"},
    ),
    (
        "caps-judge-grants-bail-to-grant",
        "JUDGE GRANTS BAIL TO ELIZA GRANT",
        "The climate campaigner was bailed by Southwark Crown Court on Tuesday pending her trial "
        "in September.",
        {("grant", "released", True)},
        NONE,
        {"grant"},
    ),
    (
        "title-case-appeals-court-upholds-term",
        "Appeals Court Upholds 10-Year Term For Gunel Aliyeva",
        "The Baku Appeals Court on Thursday rejected the appeal of journalist Gunel Aliyeva "
        "against her conviction for smuggling.",
        {("aliyeva", "appeal_rejected", True)},
        {("aliyeva", "sentenced", False)},
        {"aliyeva"},
    ),
    (
        "title-case-acquitted-on-appeal",
        "Bohdan Kovalchuk Acquitted On Appeal After Two Years In Jail",
        "The Supreme Court of Crimea overturned the conviction of Bohdan Kovalchuk on Wednesday "
        "and ordered his immediate release.",
        {("kovalchuk", "acquitted", True)},
        {
            ("kovalchuk", "charges_dropped", True),
            ("kovalchuk", "released", True),
            ("kovalchuk", "detained", False),
            ("kovalchuk", "sentenced", False),
        },
        {"kovalchuk"},
    ),
]

# Posts of X accounts and Telegram channels.
POSTS: list[FeedItem] = [
    (
        "post-siren-took-her-away-hashtags",
        "🚨 #Iran: Shirin Rahmani arrested again",
        "🚨 BREAKING: Security forces raided the home of Shirin Rahmani in Karaj tonight and took "
        "her away. Her whereabouts are unknown. #FreeShirinRahmani #WomanLifeFreedom",
        {("rahmani", "detained", True)},
        NONE,
        {"rahmani"},
    ),
    (
        "post-account-name-date-with-slash",
        "CPJ Asia on X",
        "#Vietnam: Blogger Hoang Van Long was arrested on 5/5 for 'abusing democratic freedoms' "
        "under Article 331. CPJ calls for his immediate release.",
        {("hoang", "detained", True)},
        {("hoang", "charged", True)},
        {"hoang"},
    ),
    (
        "post-day-30-hashtags-denied-a-doctor",
        "Deniz Yilmaz: day 30",
        "Day 30 of #DenizYilmaz's hunger strike. She has lost 9 kg, and her lawyers say the "
        "prison is refusing to let a doctor see her. #FreeDeniz",
        {("yilmaz", "hunger_strike", True), ("yilmaz", "ill_treatment", True)},
        NONE,
        {"yilmaz"},
    ),
]

# Press releases that open with a dateline and a date.
RELEASES: list[FeedItem] = [
    (
        "pr-geneva-bracket-date-alarm-old-arrest",
        "Viet Nam: UN experts alarmed by blogger's incommunicado detention",
        "GENEVA (6 May 2026) – UN human rights experts today expressed alarm at the continued "
        "detention of blogger Hoang Van Long, who was arrested on 12 March 2025 and has been "
        "held incommunicado since.",
        {("hoang", "detained", False)},
        NONE,
        {"hoang"},
    ),
    (
        "pr-london-welcomed-the-acquittal",
        "UK: Acquittal of climate campaigner a victory for peaceful protest",
        "LONDON, 6 May 2026 – Amnesty International today welcomed the acquittal of climate "
        "campaigner Eliza Grant by a jury at Snaresbrook Crown Court.",
        {("grant", "acquitted", True)},
        NONE,
        {"grant"},
    ),
    (
        "pr-new-york-condemns-sentencing",
        "Egyptian researcher Omar Saleh sentenced to 3 years",
        "NEW YORK, May 5, 2026—The Committee to Protect Journalists condemns Tuesday's "
        "sentencing of Egyptian researcher Omar Saleh to three years in prison on false news "
        "charges.",
        {("saleh", "sentenced", True)},
        {("saleh", "charged", False)},
        {"saleh"},
    ),
    (
        "pr-brussels-should-not-extradite",
        "Belgium: Don't send activist back to Kazakhstan",
        "(Brussels, 4 May 2026) – Belgian authorities should not extradite Kazakh activist "
        "Marat Seitkali to Kazakhstan, where he would face torture, Human Rights Watch said "
        "today.",
        NONE,
        NONE,
        {"seitkali"},
    ),
]

# Bulletins: several people in one line, between semicolons.
BULLETINS: list[FeedItem] = [
    (
        "bulletin-city-name-term-semicolons",
        "Court roundup, 6 May",
        "Minsk: Hanna Savich, 3 years (Art. 342); Homel: Ihar Lapko, 5 years; Brest: Viktar "
        "Sen, fine of 40 base units.",
        {("savich", "sentenced", True)},
        NONE,
        {"savich"},
    ),
    (
        "bulletin-releases-this-week-dash-route",
        "Releases this week",
        "Anvar Mirzaev (Tashkent) – term served; Gunel Aliyeva (Baku) – pardoned; Rustam "
        "Ergashev (Samarkand) – released on parole.",
        {("mirzaev", "released", True), ("aliyeva", "pardoned", True)},
        NONE,
        {"mirzaev", "aliyeva"},
    ),
    (
        "bulletin-detained-at-rally-colon-list",
        "Sunday's rally in Simferopol",
        "Detained at Sunday's rally: Oksana Tkachuk; Bohdan Kovalchuk; Ivan Moroz (released the "
        "same evening).",
        {("tkachuk", "detained", True), ("kovalchuk", "detained", True)},
        NONE,
        {"tkachuk", "kovalchuk"},
    ),
    (
        "bulletin-surname-colon-fates",
        "Crimea cases: latest",
        "Kovalchuk: remanded in custody for two more months; Tkachuk: released under a travel "
        "ban; Seitkali: case sent to court.",
        {("kovalchuk", "detained", True), ("tkachuk", "released", True)},
        {("seitkali", "trial", True), ("seitkali", "charged", True)},
        {"kovalchuk", "tkachuk", "seitkali"},
    ),
]

# Headlines without a verb.
VERBLESS: list[FeedItem] = [
    (
        "verbless-possessive-release-after-years",
        "Activist's release after 5 years",
        "Marat Seitkali walked free from a prison in Almaty on Monday, five years after his "
        "arrest at a protest.",
        {("seitkali", "released", True)},
        {("seitkali", "detained", False)},
        {"seitkali"},
    ),
    (
        "verbless-prison-term-for",
        "Prison term for Polina Ivanova over anti-war posts",
        "A court in Tomsk gave the 24-year-old artist Polina Ivanova two years in a penal colony "
        "on Wednesday.",
        {("ivanova", "sentenced", True)},
        NONE,
        {"ivanova"},
    ),
    (
        "verbless-arrest-of-at-airport",
        "Arrest of Bola Adeyemi at Lagos airport",
        "Security operatives stopped the journalist at Murtala Muhammed airport on Sunday night "
        "as he returned from Accra, his union said.",
        {("adeyemi", "detained", True)},
        NONE,
        {"adeyemi"},
    ),
]

# "Update:" and "Correction:".
REVISED: list[FeedItem] = [
    (
        "correction-not-released-but-transferred",
        "Correction: Rosa Guerra not released",
        "An earlier version of this item said that Rosa Guerra had been freed on Monday. She was "
        "transferred to El Helicoide on Monday and remains in detention.",
        {("guerra", "transferred", True)},
        NONE,
        {"guerra"},
    ),
    (
        "update-formally-arrested-after-criminal-detention",
        "Update: Zhou Yan formally arrested",
        "Police in Chengdu have formally arrested the citizen journalist Zhou Yan on suspicion of "
        "'picking quarrels and provoking trouble', 37 days after she was taken into criminal "
        "detention, her family said on Wednesday.",
        {("zhou", "detained", True)},
        {("zhou", "charged", True), ("zhou", "detained", False)},
        {"zhou"},
    ),
    (
        "correction-sentenced-not-acquitted",
        "Correction: Wanjiru Mwangi was sentenced, not acquitted",
        "A previous version of this story wrongly said Wanjiru Mwangi had been acquitted on "
        "Tuesday. The Nairobi court convicted her and sentenced her to 18 months.",
        {("mwangi", "sentenced", True)},
        NONE,
        {"mwangi"},
    ),
    (
        "updated-numeric-date-rearrested-hours-after",
        "UPDATED 6/5/2026: Salazar rearrested hours after release",
        "Venezuelan union leader Tomás Salazar was detained again by SEBIN agents on Tuesday "
        "night, hours after a court ordered his release.",
        {("salazar", "detained", True)},
        {("salazar", "released", True)},
        {"salazar"},
    ),
]

# Dates in other forms.
DATES: list[FeedItem] = [
    (
        "date-the-5th-of-may-restricted-freedom",
        "Gunel Aliyeva freed",
        "The journalist was released on the 5th of May after a Baku court replaced the rest of "
        "her prison term with restricted freedom.",
        {("aliyeva", "parole_granted", True)},
        {("aliyeva", "released", True)},
        {"aliyeva"},
    ),
    (
        "date-dotted-trial-opened",
        "Trial of Reza Ahmadi opens",
        "The trial of Reza Ahmadi opened at Branch 26 of the Tehran Revolutionary Court on "
        "06.05.2026; the next session is set for 20.05.2026.",
        {("ahmadi", "trial", True)},
        NONE,
        {"ahmadi"},
    ),
]

# British and American legal words.
LEGAL: list[FeedItem] = [
    (
        "uk-gaoled-at-crown-court",
        "Lena Frost gaoled for 18 months",
        "The Just Stop Oil supporter was gaoled at Isleworth Crown Court on Wednesday for her "
        "part in blocking the M25.",
        {("frost", "sentenced", True)},
        NONE,
        {"frost"},
    ),
    (
        "uk-given-a-suspended-sentence",
        "Protester given suspended sentence",
        "Eliza Grant was given a six-month suspended sentence and 100 hours of unpaid work at "
        "Bristol Crown Court on Thursday.",
        {("grant", "sentenced", True)},
        NONE,
        {"grant"},
    ),
    (
        "us-ice-custody-held-without-bond",
        "Nicaraguan journalist Rosa Guerra held without bond by ICE",
        "Rosa Guerra, who fled Nicaragua in 2022, was taken into ICE custody at a check-in in "
        "San Antonio on Monday and is being held without bond.",
        {("guerra", "detained", True)},
        {("guerra", "fled", False)},
        {"guerra"},
    ),
    (
        "ng-granted-bail-two-days-after-arrest",
        "Bola Adeyemi bailed after Lagos protest arrest",
        "Journalist Bola Adeyemi was granted bail of 2 million naira by a Lagos magistrate on "
        "Wednesday, two days after police arrested him at the Lekki toll gate.",
        {("adeyemi", "released", True), ("adeyemi", "detained", True)},
        NONE,
        {"adeyemi"},
    ),
]

# Namesakes.
NAMESAKE: list[FeedItem] = [
    (
        "namesake-minister-other-given-name",
        "Turkish minister Kemal Yılmaz defends lawyers' arrests",
        "Justice Minister Kemal Yılmaz said on Tuesday that the detained lawyers had ties to a "
        "terrorist organisation.",
        NONE,
        NONE,
        set(),
    ),
    (
        "namesake-surname-an-english-word-grant",
        "Court refuses to grant bail to 12 protesters",
        "A Nairobi court on Tuesday refused to grant bail to 12 protesters arrested last week, "
        "saying a grant of bail could see them flee.",
        NONE,
        NONE,
        set(),
    ),
    (
        "namesake-surname-an-english-word-frost",
        "Detainees held outdoors in frost, lawyers say",
        "Lawyers said on Monday that dozens of men detained after the Bishkek protests were "
        "kept in a yard overnight in hard frost.",
        NONE,
        NONE,
        set(),
    ),
    (
        "namesake-surname-first-other-given-name",
        "Vietnam arrests land-rights activist",
        "Police in Hanoi arrested land-rights activist Hoang Thi Mai on Tuesday for 'abusing "
        "democratic freedoms'.",
        NONE,
        NONE,
        set(),
    ),
    (
        "namesake-one-letter-longer-given-name",
        "Beijing lawyer Zhou Yang detained",
        "Police in Beijing detained the human rights lawyer Zhou Yang on Monday night, his wife "
        "said.",
        NONE,
        NONE,
        set(),
    ),
    (
        "namesake-police-officer-other-given-name",
        "Kenyan police officer charged over protester's death",
        "Police officer James Mwangi was charged with murder on Wednesday over the death of a "
        "protester in Nakuru.",
        NONE,
        NONE,
        set(),
    ),
    (
        "namesake-father-of-the-person-detained",
        "Father of jailed lawyer detained",
        "Police detained Ahmet Yilmaz, the 70-year-old father of the jailed lawyer Deniz "
        "Yilmaz, at his home in Izmir on Wednesday.",
        NONE,
        NONE,
        {"yilmaz"},
    ),
    (
        "namesake-judge-of-the-same-name",
        "Judge jails anti-war teacher for five years",
        "Judge Polina Ivanova of the Leninsky district court in Tomsk sentenced the teacher Oleg "
        "Marin to five years on Tuesday.",
        NONE,
        NONE,
        set(),
    ),
]

# No event: unlisted people, plans, expectations, requests, threats, denials.
NEGATIVE: list[FeedItem] = [
    (
        "neg-could-face-verdict-expected",
        "Oksana Tkachuk could face 15 years",
        "Prosecutors have asked for 15 years for the citizen journalist Oksana Tkachuk; the "
        "verdict is expected on 20 May.",
        NONE,
        NONE,
        {"tkachuk"},
    ),
    (
        "neg-is-expected-to-be-freed",
        "Bola Adeyemi expected to be freed on Friday",
        "The journalist is expected to be released on Friday once his bail conditions are met, "
        "his lawyer said on Wednesday.",
        NONE,
        NONE,
        {"adeyemi"},
    ),
    (
        "neg-pen-calls-for-release",
        "PEN calls for release of jailed poet",
        "PEN International on Tuesday called on Kazakhstan to release the poet Marat Seitkali, "
        "who has been in pretrial detention since February.",
        NONE,
        {("seitkali", "detained", False)},
        {"seitkali"},
    ),
    (
        "neg-unlisted-colleague-detained-editor-speaks",
        "Journalist Aigerim Bekova detained in Almaty",
        "Police detained the journalist Aigerim Bekova on Monday over a report on land sales, "
        "said her editor, Yerlan Baltabay.",
        NONE,
        NONE,
        {"baltabay"},
    ),
    (
        "neg-court-will-decide-whether",
        "Will Bohdan Kovalchuk be released? Court to decide on Friday",
        "A Simferopol court will rule on Friday whether Bohdan Kovalchuk can be released on "
        "parole after serving two-thirds of his term.",
        NONE,
        {("kovalchuk", "sentenced", False)},
        {"kovalchuk"},
    ),
    (
        "neg-threatened-with-arrest",
        "Police threaten to arrest journalist if march goes ahead",
        "The Lagos police commissioner warned on Wednesday that the journalist Bola Adeyemi would "
        "be arrested if Saturday's memorial march went ahead.",
        NONE,
        NONE,
        {"adeyemi"},
    ),
    (
        "neg-authorities-deny-hunger-strike",
        "Prisons authority denies Shirin Rahmani is on hunger strike",
        "Iran's prisons authority on Tuesday denied reports that the jailed activist had gone on "
        "hunger strike in Evin prison.",
        NONE,
        NONE,
        {"rahmani"},
    ),
    (
        "neg-lawyers-fear-transfer",
        "Lawyers fear Dawit Tesfaye will be moved to a desert camp",
        "Lawyers for Dawit Tesfaye said on Monday they feared he would be transferred to a "
        "military camp near Assab, where detainees have died of heat.",
        NONE,
        NONE,
        {"tesfaye"},
    ),
]

ALL = AGGREGATOR + CAPITALS + POSTS + RELEASES + BULLETINS + VERBLESS + REVISED + DATES
ALL += LEGAL + NAMESAKE + NEGATIVE

# Written after the fixes, in forms of their own: live blogs with times, newsletters'
# "In this issue", court dockets ("Case No. ... (Savich H.)"), photo captions, timelines
# with ISO dates, podcast episodes, "walks free after 400 days", a spelling the list does not
# use, a headline's "does not release", sources' predictions, a patronymic that holds a
# listed surname, a relative arrested, "FREE AT LAST!", extradition and asylum, a death's
# anniversary, a listed person who tells of someone else's arrest, Reuters' "UPDATE 3-".
LATER: list[FeedItem] = [
    (
        "later-live-blog-time-stamp",
        "Lagos live: #EndSARS anniversary march",
        "14:32 – Police have just detained the journalist Bola Adeyemi at the Lekki toll gate, "
        "his colleagues say. 14:40 – Tear gas fired near the bridge.",
        {("adeyemi", "detained", True)},
        NONE,
        {"adeyemi"},
    ),
    (
        "later-newsletter-in-this-issue",
        "This week: 2 sentenced, 1 freed",
        "In this issue: Hanna Savich got 4 years; Polina Ivanova was fined; Dawit Tesfaye is "
        "free after 2 years.",
        {
            ("savich", "sentenced", True),
            ("ivanova", "sentenced", True),
            ("tesfaye", "released", True),
        },
        {("tesfaye", "detained", False)},
        {"savich", "ivanova", "tesfaye"},
    ),
    (
        "later-docket-surname-and-initial",
        "Court docket, 6 May",
        "Case No. 1-234/2026 (Savich H.): verdict – 4 years, general regime.",
        {("savich", "sentenced", True)},
        NONE,
        {"savich"},
    ),
    (
        "later-photo-caption-first-day-of-trial",
        "In pictures: the Tkachuk trial",
        "Oksana Tkachuk is escorted into the courtroom in Simferopol on 5 May for the first day "
        "of her trial. (Photo: Crimean Solidarity)",
        {("tkachuk", "trial", True)},
        NONE,
        {"tkachuk"},
    ),
    (
        "later-timeline-iso-dates",
        "Zhou Yan case timeline",
        "2025-03-28: taken away by police in Wuhan. 2025-04-30: formally arrested. 2026-05-05: "
        "sentenced to 4 years for 'picking quarrels'.",
        {("zhou", "sentenced", True)},
        {("zhou", "detained", False), ("zhou", "charged", False)},
        {"zhou"},
    ),
    (
        "later-podcast-fresh-out-of-prison",
        "Episode 42: Eliza Grant, fresh out of prison",
        "We talk to the climate campaigner about the six months she spent in HMP Bronzefield, "
        "from which she was released on Friday.",
        {("grant", "released", True)},
        NONE,
        {"grant"},
    ),
    (
        "later-walks-free-after-days",
        "Reza Ahmadi walks free after 400 days",
        "The Iranian rapper left Evin prison on bail late on Wednesday.",
        {("ahmadi", "released", True)},
        NONE,
        {"ahmadi"},
    ),
    (
        "later-former-prisoner-detained-again",
        "Former political prisoner Hanna Savich detained again",
        "Savich, freed in 2024 after three years in a colony, was detained at her flat in Minsk "
        "on Tuesday, Viasna said.",
        {("savich", "detained", True)},
        {("savich", "released", False), ("savich", "sentenced", False)},
        {"savich"},
    ),
    (
        "later-initial-and-surname-cut-to-time-served",
        "Court frees Y. Baltabay",
        "The activist was released from the courtroom after the judge cut his sentence to time "
        "served.",
        {("baltabay", "released", True)},
        {("baltabay", "sentenced", True)},
        {"baltabay"},
    ),
    (
        "later-a-spelling-the-list-does-not-use",
        "Kazakh activist Erlan Baltabai released",
        "Erlan Baltabai was freed from a colony near Pavlodar on Monday after serving five years.",
        {("baltabay", "released", True)},
        {("baltabay", "sentenced", False)},
        {"baltabay"},
    ),
    (
        "later-does-not-release-declined-parole",
        "Court does not release Anvar Mirzaev",
        "A Tashkent court on Wednesday declined to release the blogger on parole, his lawyer said.",
        {("mirzaev", "parole_denied", True)},
        NONE,
        {"mirzaev"},
    ),
    (
        "later-sources-to-be-freed-tomorrow",
        "Sources: Rosa Guerra to be freed tomorrow",
        "Two sources close to the negotiations said Rosa Guerra would be released on Friday as "
        "part of a prisoner exchange.",
        NONE,
        NONE,
        {"guerra"},
    ),
    (
        "later-namesake-patronymic-holds-the-surname",
        "Tashkent judge Anvar Mirzaevich Usmonov retires",
        "Judge Anvar Mirzaevich Usmonov, who jailed dozens of bloggers, retired on Monday.",
        NONE,
        NONE,
        set(),
    ),
    (
        "later-wife-of-the-person-arrested",
        "Wife of jailed rapper Reza Ahmadi arrested",
        "Security agents arrested Maryam Ahmadi, the wife of the jailed rapper, at their home in "
        "Tehran on Tuesday.",
        NONE,
        NONE,
        {"ahmadi"},
    ),
    (
        "later-free-at-last-exclamation",
        "FREE AT LAST! Rosa Guerra leaves El Helicoide",
        "After 22 months, the journalist walked out of the SEBIN headquarters at 7 p.m. on "
        "Wednesday. 🎉",
        {("guerra", "released", True)},
        {("guerra", "detained", False)},
        {"guerra"},
    ),
    (
        "later-extradited-handed-to-police",
        "Belgium extradites Marat Seitkali to Kazakhstan",
        "The poet was handed to Kazakh police at Brussels airport on Tuesday despite a pending "
        "complaint at the UN.",
        {("seitkali", "fled", True)},
        {("seitkali", "detained", True)},
        {"seitkali"},
    ),
    (
        "later-granted-asylum",
        "Tomás Salazar granted asylum in Spain",
        "The Venezuelan union leader, who left Caracas in March, was granted asylum by Spain's "
        "interior ministry on Monday.",
        {("salazar", "fled", True)},
        {("salazar", "fled", False)},
        {"salazar"},
    ),
    (
        "later-death-anniversary",
        "Three years without Dawit Tesfaye",
        "Dawit Tesfaye died in custody in Asmara three years ago today. No one has been held to "
        "account.",
        {("tesfaye", "died", False)},
        NONE,
        {"tesfaye"},
    ),
    (
        "later-listed-person-tells-of-husbands-arrest",
        "'They took my husband at dawn'",
        "Shirin Rahmani says security agents arrested her husband, the teacher Kaveh Nouri, at "
        "their home in Karaj on Monday.",
        NONE,
        NONE,
        {"rahmani"},
    ),
    (
        "later-reuters-update-number",
        "UPDATE 3-Turkey court frees lawyer Deniz Yilmaz pending trial",
        "(Adds lawyer's comment in paragraph 4) ISTANBUL, May 6 (Reuters) - A Turkish court on "
        "Wednesday released lawyer Deniz Yilmaz pending trial on terrorism charges.",
        {("yilmaz", "released", True)},
        {("yilmaz", "charged", False), ("yilmaz", "charged", True)},
        {"yilmaz"},
    ),
]
LATER_NOT_YET: dict[str, str] = {}
LATER_NAMES_NOT_YET: dict[str, str] = {}

# Classes still read wrongly, kept in view: the test fails once one of them is read right.
_SURNAME_ALONE = (
    "a surname alone as a bulletin entry's label ('Kovalchuk: remanded ...') is not found. Not "
    "fixed: with no given name anywhere in the item, a surname cannot tell the watched person "
    "from a namesake (a surname names someone only after the full name), and a bulletin of "
    "common surnames would alert on namesakes"
)
NOT_YET: dict[str, str] = {
    "bulletin-surname-colon-fates": _SURNAME_ALONE,
}
NAMES_NOT_YET: dict[str, str] = {
    "bulletin-surname-colon-fates": _SURNAME_ALONE,
    "namesake-judge-of-the-same-name": "names: a namesake with the listed full name, told "
    "apart only by the role the text gives ('Judge X of the ... court sentenced Y'); a "
    "watchlist's exclude phrase is today's remedy. Not fixed: a watched person may be a judge "
    "(judges are detained and tried too), so a role before the name cannot rule it out",
}


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


# The fixes' classes, with sentences of their own and counter-examples.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A court gave the 31-year-old poet Hanna Savich three years in a penal colony.",
            {("savich", "sentenced", True)},
        ),
        (
            "Police detained the 19-year-old student Polina Ivanova.",
            {("ivanova", "detained", True)},
        ),
        (
            "She was taken into pretrial detention on Monday, Hanna Savich said of her sister.",
            set(),
        ),
        (
            "Hanna Savich was taken into pretrial detention on Monday.",
            {("savich", "detained", True)},
        ),
        ("Agents took Reza Ahmadi into federal custody on Monday.", {("ahmadi", "detained", True)}),
        (
            "Officers raided the flat of Oksana Tkachuk and took her to the SBU building.",
            {("tkachuk", "detained", True)},
        ),
        (
            "Oksana Tkachuk was driven to the regional FSB headquarters on Monday.",
            {("tkachuk", "detained", True)},
        ),
        (
            "Zhou Yan says the guards are refusing to let a dentist examine her.",
            {("zhou", "ill_treatment", True)},
        ),
        (
            "An earlier version of this story said Rosa Guerra had been released on Monday.",
            set(),
        ),
        # counter-examples: a time to appeal given, a place of detention, going to a
        # building on one's own business, a doctor refused to someone else, a passive after
        # "is", a correction that still reports the event
        (
            "The clerk gave the 31-year-old poet Hanna Savich two weeks to appeal.",
            set(),
        ),
        (
            "Hanna Savich was taken into a detention centre in Homel on Monday.",
            {("savich", "transferred", True)},
        ),
        ("Oksana Tkachuk took her son to the SBU building to file a complaint.", set()),
        ("Zhou Yan says the guards are refusing to let a lawyer see her.", set()),
        ("Oksana Tkachuk is detained at the border.", {("tkachuk", "detained", True)}),
        (
            "An earlier version of this story said Rosa Guerra was freed on Sunday. She was "
            "freed on Monday.",
            {("guerra", "released", True)},
        ),
    ],
    ids=[
        "an-age-before-the-object",
        "an-age-before-an-arrested-object",
        "custody-of-an-unlisted-she",
        "taken-into-pretrial-detention",
        "took-into-an-agencys-custody",
        "took-her-to-a-security-building",
        "driven-to-a-security-headquarters",
        "a-progressive-refusing-a-doctor-for-her",
        "an-earlier-version-said",
        "an-age-before-a-time-to-appeal",
        "taken-into-a-detention-centre",
        "took-someone-to-file-a-complaint",
        "a-lawyer-refused",
        "a-passive-after-is",
        "a-correction-with-the-event",
    ],
)
def test_a_class_fixed_after_the_first_run(text: str, expected: Events) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Verdicts: Homel: Ihar Lapko, 5 years; Minsk: Hanna Savich, 4 years (Art. 361).",
            {("savich", "sentenced", True)},
        ),
        (
            "Zhou Yan (Wuhan) – sentence served in full; Hoang Van Long (Hanoi) – pardoned.",
            {("zhou", "released", True), ("hoang", "pardoned", True)},
        ),
        (
            "Reza Ahmadi – term served; Ali Karimi (Tabriz) – released on parole.",
            {("ahmadi", "released", True)},
        ),
        # counter-examples: a term that is not an entry's, or no name's; an entry of someone
        # unlisted after a listed person's; a term that served as something
        ("She had known Hanna Savich for two years; Ihar Lapko, 5 years.", set()),
        ("Hanna Savich has worked there for three years, five months.", set()),
        ("Reza Ahmadi – detained; Ali Karimi (Tabriz) – released.", {("ahmadi", "detained", True)}),
        ("The term served as a warning to Reza Ahmadi.", set()),
    ],
    ids=[
        "a-name-and-a-term-after-a-place",
        "entries-set-off-by-semicolons",
        "an-entrys-route-is-its-own",
        "a-term-after-a-plain-clause",
        "a-term-after-no-name",
        "an-unlisted-entry-after-a-listed-one",
        "a-term-that-served-as",
    ],
)
def test_a_bulletin_line_is_read_entry_by_entry(text: str, expected: Events) -> None:
    assert events(text, "Court roundup") == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Hoang Van Long: a timeline",
            "12 March 2025 – taken away by police in Hanoi. 2026-05-05: sentenced to 9 years.",
            {("hoang", "detained", False), ("hoang", "sentenced", True)},
        ),
        (
            "The case of journalist Rosa Guerra",
            "On Wednesday, the journalist walked out of the SEBIN headquarters.",
            {("guerra", "released", True)},
        ),
        (
            "The case of journalist Rosa Guerra",
            "After 22 months, the journalist was released.",
            {("guerra", "released", True)},
        ),
        (
            "Oksana Tkachuk: in pictures",
            "Oksana Tkachuk waves to supporters on the first day of her trial in Simferopol.",
            {("tkachuk", "trial", True)},
        ),
        (
            "Oksana Tkachuk: in pictures",
            "Oksana Tkachuk is expected to speak on the first day of her trial.",
            set(),
        ),
        # counter-examples: a dated line that says what others did; a description that a
        # name follows; a role the person never had
        (
            "Hoang Van Long: a timeline",
            "2026-05-05: police raided the office of his newspaper.",
            set(),
        ),
        (
            "The case of journalist Rosa Guerra",
            "On Wednesday, the journalist Ana Diaz was released.",
            set(),
        ),
        ("The case of journalist Rosa Guerra", "On Wednesday, the lawyer was released.", set()),
    ],
    ids=[
        "a-timelines-dated-lines",
        "a-description-after-a-fronted-time",
        "a-description-after-a-fronted-span",
        "a-caption-on-the-first-day-of-a-trial",
        "a-first-day-to-come",
        "a-dated-line-of-others-doing",
        "a-description-a-name-follows",
        "a-role-the-person-never-had",
    ],
)
def test_the_later_items_classes(title: str, text: str, expected: Events) -> None:
    assert events(text, title) == expected


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Case No. 1-234/2026 (Savich H.): verdict.", {"savich": ["Savich H"]}),
        ("The court heard Ahmadi R. on Tuesday.", {"ahmadi": ["Ahmadi R"]}),
        # counter-examples: an initial that fits no given name of the person; the surname
        # alone, with no initial and no full name
        ("Case No. 1-235/2026 (Savich P.): verdict.", {}),
        ("Case No. 1-236/2026 (Savich): verdict.", {}),
    ],
    ids=[
        "surname-and-initial",
        "surname-and-initial-mid-sentence",
        "another-initial",
        "no-initial",
    ],
)
def test_a_surname_then_an_initial_names_the_person(text: str, named: dict[str, list[str]]) -> None:
    assert mentions_by_person(events.index, text) == named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Case No. 2-15/2026 (Kovalchuk B.): verdict – 4 years, general regime.",
            {("kovalchuk", "sentenced", True)},
        ),
        (
            "Case No. 2-16/2026 (Kovalchuk B.): sentenced to 3 years.",
            {("kovalchuk", "sentenced", True)},
        ),
        # counter-examples: a docket line with no outcome; someone else's role before the
        # name; a verdict's dash that opens an aside of time
        ("Case No. 2-17/2026 (Kovalchuk B.): hearing adjourned.", set()),
        ("Case No. 2-18/2026 (prosecutor Kovalchuk B.): verdict – 4 years.", set()),
        (
            "Zhou Yan said the verdict – 4 years after her arrest – was no surprise.",
            {("zhou", "detained", False)},  # (the arrest, as history; no sentence)
        ),
    ],
    ids=[
        "a-dockets-verdict",
        "a-dockets-participle",
        "a-docket-line-with-no-outcome",
        "a-role-before-the-dockets-name",
        "a-verdicts-dash-before-a-time",
    ],
)
def test_a_docket_line_gives_its_person_the_outcome(text: str, expected: Events) -> None:
    assert events(text, "Court docket") == expected


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Day 12 of #HannaSavich's hunger strike.", {"savich": ["HannaSavich"]}),
        ("#FreeMaratSeitkali #Kazakhstan", {"seitkali": ["MaratSeitkali"]}),
        # counter-examples: a given name alone, another given name, a word after the
        # surname, a hashtag in capitals
        ("#FreeHanna", {}),
        ("#IharSavich", {}),
        ("#SavichOut", {}),
        ("#HANNASAVICH", {}),
    ],
    ids=[
        "a-name-run-together",
        "a-plea-then-a-name",
        "a-given-name-alone",
        "another-given-name",
        "a-word-after-the-surname",
        "a-hashtag-in-capitals",
    ],
)
def test_a_hashtag_that_runs_a_name_together_names_the_person(
    text: str, named: dict[str, list[str]]
) -> None:
    assert mentions_by_person(events.index, text) == named
