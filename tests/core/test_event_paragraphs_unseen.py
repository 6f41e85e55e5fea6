"""Short news paragraphs for the phrasing classes of issue 14 that the rules were not fitted
to: vocabulary (accusations, verdicts as phrases, exile, transfers to a place, trials
starting, sentences as nouns), when (relative times, a month without a year, undated past
tense after the lead, when/while clauses, an undated appeal in a relative clause) and
whether (pleas, requests, attempts, a release with a catch, a death named as history).

The people, the outlets and the stories are made up, and each paragraph's labels were
written before the paragraph was first run. Labels follow the event table: a conviction is
a sentence, a pardon that frees is a pardon, an event more than about a month before
publication is background. ``optional`` holds what a reader could label either way.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader, named_params

PEOPLE = [
    Person("seitkali", "Marat Seitkali"),
    Person("drach", "Olena Drach"),
    Person("montoya", "Javier Montoya"),
    Person("bello", "Aisha Bello"),
    Person("rakhimov", "Timur Rakhimov"),
    Person("kovalenko", "Nadia Kovalenko"),
    Person("sadykova", "Gulnara Sadykova"),
    Person("demir", "Yusuf Demir"),
    Person("lvova", "Ekaterina Lvova"),
    Person("omarov", "Bakyt Omarov"),
    Person("aliyev", "Rashid Aliyev"),
    Person("tsereteli", "Mariam Tsereteli"),
    Person("zhunusov", "Arman Zhunusov"),
]
PUBLISHED = datetime(2025, 11, 20, 10, 0)  # a Thursday
events = Reader(PEOPLE, PUBLISHED, title="Rights news")


# (name, title, text, expected, optional)
Paragraph = tuple[str, str, str, Events, Events]
NO_TITLE = "Rights news"

VOCABULARY: list[Paragraph] = [
    (
        "accused-of-treason",
        NO_TITLE,
        "Prosecutors in Bishkek on Tuesday accused the opposition lawmaker Bakyt Omarov of "
        "treason, his lawyer said.",
        {("omarov", "charged", True)},
        set(),
    ),
    (
        "facing-charges-of",
        NO_TITLE,
        "Marat Seitkali, who is now facing charges of inciting social discord, was detained at "
        "his home in Shymkent on Monday, the Adil Soz foundation said.",
        {("seitkali", "detained", True)},
        # "is now facing charges": charged with the arrest, or a state told in passing
        # (the rule charged.facing-charges reads a state); labelled both ways after the first run
        {("seitkali", "charged", True), ("seitkali", "charged", False)},
    ),
    (
        "charged-in-absentia",
        NO_TITLE,
        "Russian investigators on Wednesday charged the exiled journalist Olena Drach in "
        "absentia with spreading false information about the army.",
        {("drach", "charged", True)},
        set(),
    ),
    (
        "jury-declared-not-guilty",
        NO_TITLE,
        "A jury in Lagos declared Aisha Bello not guilty on all counts on Tuesday, ending a "
        "trial that had lasted two years.",
        {("bello", "acquitted", True)},
        set(),
    ),
    (
        "judge-found-him-guilty",
        NO_TITLE,
        "The judge found Javier Montoya guilty of rebellion on Monday and ordered him to serve "
        "eight years in prison.",
        {("montoya", "sentenced", True)},
        set(),
    ),
    (
        "found-guilty-sentencing-later",
        NO_TITLE,
        "Timur Rakhimov was found guilty of extortion on Wednesday; sentencing is scheduled "
        "for next month.",
        {("rakhimov", "sentenced", True)},
        set(),
    ),
    (
        "sent-into-exile",
        NO_TITLE,
        "Nicaraguan authorities sent Javier Montoya into exile on Saturday, stripping him of "
        "his citizenship and putting him on a flight to Guatemala.",
        {("montoya", "fled", True)},
        set(),
    ),
    (
        "forced-to-leave-the-country",
        NO_TITLE,
        "Olena Drach was forced to leave Belarus last week after repeated police summonses, "
        "her colleagues told Reuters.",
        {("drach", "fled", True)},
        set(),
    ),
    (
        "expelled-to-a-country",
        NO_TITLE,
        "Yusuf Demir was expelled to Turkey on Tuesday, days after a court revoked his "
        "residence permit.",
        {("demir", "fled", True)},
        set(),
    ),
    (
        "deported-despite-a-ruling",
        NO_TITLE,
        "Immigration officers deported the blogger Rashid Aliyev to Azerbaijan on Monday "
        "despite a ruling by the European Court of Human Rights.",
        {("aliyev", "fled", True)},
        set(),
    ),
    (
        "transferred-to-a-colony-in-a-region",
        NO_TITLE,
        "Gulnara Sadykova has been transferred to a penal colony in the Perm region, her "
        "lawyer said on Wednesday.",
        {("sadykova", "transferred", True)},
        set(),
    ),
    (
        "moved-to-a-prison-hospital",
        NO_TITLE,
        "After a week on hunger strike, Timur Rakhimov was moved to a prison hospital on "
        "Tuesday, his wife said.",
        {("rakhimov", "transferred", True)},
        {("rakhimov", "hunger_strike", True)},
    ),
    (
        "court-began-hearing-the-case",
        NO_TITLE,
        "The Tashkent city court began hearing the case of the blogger Nadia Kovalenko on "
        "Monday behind closed doors.",
        {("kovalenko", "trial", True)},
        set(),
    ),
    (
        "the-trial-opened",
        NO_TITLE,
        "The trial of Mariam Tsereteli opened in Tbilisi on Wednesday, with supporters "
        "gathered outside the courthouse.",
        {("tsereteli", "trial", True)},
        set(),
    ),
    (
        "sentence-handed-down-in-a-year",
        NO_TITLE,
        "Ekaterina Lvova is serving a sentence handed down in 2019 for her part in the "
        "protests. Her lawyer said on Tuesday that she had been denied medical care for a "
        "month.",
        {("lvova", "sentenced", False), ("lvova", "ill_treatment", True)},
        set(),
    ),
    (
        "received-a-two-decade-jail-term",
        NO_TITLE,
        "Bakyt Omarov received a two-decade jail term on Tuesday, the harshest sentence yet "
        "given to an opposition figure.",
        {("omarov", "sentenced", True)},
        set(),
    ),
    (
        "expelled-from-a-party",
        NO_TITLE,
        "Yusuf Demir was expelled from the ruling party on Monday after criticising the budget.",
        set(),
        set(),
    ),
    (
        "transferred-to-a-new-post",
        NO_TITLE,
        "Marat Seitkali, a police colonel, was transferred to a new post in Astana on Monday.",
        set(),
        set(),
    ),
]

WHEN: list[Paragraph] = [
    (
        "hours-later-after-a-search",
        NO_TITLE,
        "Police searched the home of Nadia Kovalenko on November 18. Hours later she was "
        "taken into custody.",
        {("kovalenko", "detained", True)},
        set(),
    ),
    (
        "in-late-march-without-a-year",
        NO_TITLE,
        "Aisha Bello was arrested in late March and has been held without charge since then, "
        "Amnesty International said on Wednesday.",
        {("bello", "detained", False)},
        set(),
    ),
    (
        "in-early-november-without-a-year",
        NO_TITLE,
        "Yusuf Demir was detained in early November, shortly after returning from Berlin, and "
        "remains in custody.",
        {("demir", "detained", True)},
        set(),
    ),
    (
        "released-last-tuesday",
        NO_TITLE,
        "Gulnara Sadykova was released last Tuesday after 30 days of administrative detention.",
        {("sadykova", "released", True)},
        {("sadykova", "detained", True), ("sadykova", "detained", False)},
    ),
    (
        "sentenced-in-this-month",
        NO_TITLE,
        "Rashid Aliyev was sentenced in November to three years for hooliganism, a charge his "
        "supporters say was fabricated.",
        {("aliyev", "sentenced", True)},
        set(),
    ),
    (
        "arrested-in-june-sentenced-in-november",
        NO_TITLE,
        "Rashid Aliyev was arrested in June and sentenced in November to three years in prison.",
        {("aliyev", "detained", False), ("aliyev", "sentenced", True)},
        set(),
    ),
    (
        "undated-arrest-after-the-lead",
        NO_TITLE,
        "Mariam Tsereteli, an opposition activist, was sentenced on Tuesday to four years in "
        "prison for assaulting a police officer. Tsereteli was detained during a rally outside "
        "parliament and has denied the charge.",
        {("tsereteli", "sentenced", True), ("tsereteli", "detained", False)},
        set(),
    ),
    (
        "undated-charge-after-the-lead",
        NO_TITLE,
        "A court in Almaty on Wednesday ordered Marat Seitkali held for two months pending "
        "trial. He was charged with spreading false information after a post about the "
        "floods.",
        {("seitkali", "detained", True)},
        {("seitkali", "charged", True), ("seitkali", "charged", False)},
    ),
    (
        "when-he-was-released",
        NO_TITLE,
        "When Javier Montoya was released on Monday, dozens of supporters were waiting "
        "outside the prison gates.",
        {("montoya", "released", True)},
        set(),
    ),
    (
        "while-she-was-being-transferred",
        NO_TITLE,
        "While Ekaterina Lvova was being transferred to a colony in Mordovia last week, guards "
        "beat her, her lawyer said on Wednesday.",
        {("lvova", "transferred", True), ("lvova", "ill_treatment", True)},
        set(),
    ),
    (
        "tortured-while-held-years-ago",
        NO_TITLE,
        "Bakyt Omarov was tortured while he was held in 2017, a UN panel said on Tuesday.",
        {("omarov", "ill_treatment", False)},
        {("omarov", "detained", False)},
    ),
    (
        "undated-appeal-in-a-whose-clause",
        NO_TITLE,
        "Marat Seitkali, whose appeal was rejected by the regional court, was transferred to a "
        "colony near Karaganda on Monday.",
        # first labelled background; relabelled news after the first run: a transfer to a
        # colony follows the appeal's rejection within weeks, and an undated "whose" event
        # in the lead is news (test_event_breadth.py "whose-sentence")
        {("seitkali", "transferred", True), ("seitkali", "appeal_rejected", True)},
        set(),
    ),
    (
        "the-day-before-after-a-dated-event",
        NO_TITLE,
        "Timur Rakhimov was sentenced to five years on November 17. The day before, police "
        "had detained his brother.",
        {("rakhimov", "sentenced", True)},
        set(),
    ),
]

WHETHER: list[Paragraph] = [
    (
        "pleas-for-her-release",
        NO_TITLE,
        "Pleas for the release of Nadia Kovalenko have grown louder since her hunger strike "
        "entered its third week, her family said on Monday.",
        {("kovalenko", "hunger_strike", True)},
        set(),
    ),
    (
        "lawyers-asked-the-court-to-release-him",
        NO_TITLE,
        "Lawyers for Yusuf Demir asked the court on Tuesday to release him on bail, citing "
        "his poor health.",
        set(),
        set(),
    ),
    (
        "refused-to-leave-the-country",
        NO_TITLE,
        "Olena Drach has refused to leave the country despite threats, saying her place is "
        "with her readers.",
        set(),
        set(),
    ),
    (
        "tried-to-leave-but-was-stopped",
        NO_TITLE,
        "Aisha Bello tried to leave the country on Sunday but was stopped at the airport and "
        "detained.",
        {("bello", "detained", True)},
        set(),
    ),
    (
        "bail-granted-but-still-in-jail",
        NO_TITLE,
        "A court granted Gulnara Sadykova bail on Monday, but she remains in jail because of "
        "a separate fraud case.",
        set(),
        set(),
    ),
    (
        "released-and-detained-again",
        NO_TITLE,
        "Timur Rakhimov was released on Tuesday after serving 15 days, but police detained "
        "him again at the prison gates.",
        {("rakhimov", "detained", True)},
        {("rakhimov", "released", True)},
    ),
    (
        "a-year-after-his-death-in-custody",
        NO_TITLE,
        "A year after his death in custody, the family of Bakyt Omarov is still waiting for "
        "an investigation, they said on Wednesday.",
        {("omarov", "died", False)},
        set(),
    ),
    (
        "anniversary-of-her-arrest",
        NO_TITLE,
        "Supporters marked the fifth anniversary of the arrest of Mariam Tsereteli on Monday "
        "with a vigil outside the prison.",
        {("tsereteli", "detained", False)},
        set(),
    ),
    (
        "has-appealed-his-sentence",
        NO_TITLE,
        "Javier Montoya has appealed against his sentence, his lawyer said on Tuesday.",
        set(),
        set(),
    ),
    (
        "ngo-demands-release",
        NO_TITLE,
        "Amnesty International called on the authorities to drop the charges against Rashid "
        "Aliyev and release him immediately.",
        set(),
        set(),
    ),
    (
        "feed-summary-pardon-frees",
        "Belarus frees journalist Ekaterina Lvova",
        "Lvova, 34, walked out of prison on Wednesday under a pardon signed by the president, "
        "her lawyer said.",
        {("lvova", "pardoned", True)},
        {("lvova", "released", True)},
    ),
    (
        "died-in-a-prison-hospital",
        NO_TITLE,
        "Bakyt Omarov died in a prison hospital on Sunday at the age of 61, his family said.",
        {("omarov", "died", True)},
        set(),
    ),
    (
        "ngo-release-about-a-detention",
        NO_TITLE,
        "FOR IMMEDIATE RELEASE - Front Line Defenders is alarmed by the detention of human "
        "rights defender Nadia Kovalenko on 17 November 2025. Kovalenko was taken from her "
        "office by masked men and has not been heard from since.",
        {("kovalenko", "detained", True)},
        set(),
    ),
    (
        "an-attempt-to-free-him-failed",
        NO_TITLE,
        "An attempt by his lawyers to free Javier Montoya on health grounds failed on Monday "
        "when the court postponed the hearing.",
        set(),
        set(),
    ),
]

# A second batch, written after the first was read right: each label written before its
# paragraph was first run.
SECOND: list[Paragraph] = [
    (
        "found-not-guilty-of",
        NO_TITLE,
        "The Supreme Court found Javier Montoya not guilty of embezzlement on Tuesday.",
        {("montoya", "acquitted", True)},
        set(),
    ),
    (
        "brought-treason-charges-against",
        NO_TITLE,
        "Prosecutors have brought treason charges against Bakyt Omarov, his party said on Monday.",
        {("omarov", "charged", True)},
        set(),
    ),
    (
        "charged-in-absentia-passive",
        NO_TITLE,
        "Olena Drach was charged in absentia on Monday with discrediting the army.",
        {("drach", "charged", True)},
        set(),
    ),
    (
        "handed-a-prison-sentence",
        NO_TITLE,
        "Timur Rakhimov was handed a 12-year prison sentence on Wednesday for financing extremism.",
        {("rakhimov", "sentenced", True)},
        set(),
    ),
    (
        "gave-a-life-sentence",
        NO_TITLE,
        "A military court gave Aisha Bello a life sentence on Monday.",
        {("bello", "sentenced", True)},
        set(),
    ),
    (
        "convicted-in-absentia-years-ago-arrested-now",
        NO_TITLE,
        "Yusuf Demir, who was convicted in absentia in 2021, was arrested in Istanbul on "
        "Tuesday on an Interpol notice.",
        {("demir", "sentenced", False), ("demir", "detained", True)},
        set(),
    ),
    (
        "put-on-a-plane-after-expulsion-order",
        NO_TITLE,
        "Rashid Aliyev was put on a plane to Baku on Monday after Russian authorities ordered "
        "his expulsion.",
        {("aliyev", "fled", True)},
        set(),
    ),
    (
        "banished-abroad",
        NO_TITLE,
        "Authorities stripped Javier Montoya of his citizenship and banished him to Costa Rica "
        "on Saturday.",
        {("montoya", "fled", True)},
        set(),
    ),
    (
        "moved-from-a-detention-centre-to-a-colony",
        NO_TITLE,
        "Mariam Tsereteli was moved from a pretrial detention centre to a women's colony in "
        "Rustavi on Monday.",
        {("tsereteli", "transferred", True)},
        set(),
    ),
    (
        "taken-to-a-psychiatric-clinic",
        NO_TITLE,
        "Nadia Kovalenko has been taken to a psychiatric clinic for a forced examination, her "
        "lawyer said on Tuesday.",
        {("kovalenko", "transferred", True)},
        set(),
    ),
    (
        "hearings-in-the-case-began",
        NO_TITLE,
        "Hearings in the case against Marat Seitkali began on Monday in Shymkent.",
        {("seitkali", "trial", True)},
        set(),
    ),
    (
        "went-on-trial-on-charges",
        NO_TITLE,
        "Gulnara Sadykova went on trial on Tuesday on charges of organising mass riots.",
        {("sadykova", "trial", True)},
        {("sadykova", "charged", True), ("sadykova", "charged", False)},
    ),
    (
        "sentenced-years-ago-moved-now",
        NO_TITLE,
        "Bakyt Omarov, sentenced in 2018 to 15 years, was moved to a hospital on Monday.",
        {("omarov", "sentenced", False), ("omarov", "transferred", True)},
        set(),
    ),
    (
        "court-jailed-for-insulting",
        NO_TITLE,
        "A court in Minsk on Wednesday jailed Ekaterina Lvova for three years for insulting "
        "the president.",
        {("lvova", "sentenced", True)},
        set(),
    ),
    (
        "acquitted-last-year-arrested-again",
        NO_TITLE,
        "Aisha Bello, who was acquitted last year, was arrested again on Monday.",
        {("bello", "acquitted", False), ("bello", "detained", True)},
        set(),
    ),
    (
        "conviction-overturned-release-ordered",
        NO_TITLE,
        "An appeals court on Tuesday overturned the conviction of Timur Rakhimov and ordered "
        "his release.",
        {("rakhimov", "charges_dropped", True)},
        {("rakhimov", "released", True)},
    ),
    (
        "two-days-later-sentenced",
        NO_TITLE,
        "Police detained Rashid Aliyev at a protest on Saturday. Two days later, a court "
        "sentenced him to 15 days in jail.",
        {("aliyev", "detained", True), ("aliyev", "sentenced", True)},
        set(),
    ),
    (
        "month-without-a-year-after-an-old-year",
        NO_TITLE,
        "Yusuf Demir was arrested in March 2023. In September, a court sentenced him to two years.",
        {("demir", "detained", False), ("demir", "sentenced", False)},
        set(),
    ),
    (
        "freed-seven-weeks-ago",
        NO_TITLE,
        "Timur Rakhimov was freed on October 3 after two years in prison.",
        {("rakhimov", "released", False)},
        set(),
    ),
    (
        "detained-last-thursday",
        NO_TITLE,
        "Javier Montoya was detained last Thursday at his home in Managua.",
        {("montoya", "detained", True)},
        set(),
    ),
    (
        "fled-in-the-summer-of-a-year",
        NO_TITLE,
        "Olena Drach fled Belarus in the summer of 2021 and now lives in Warsaw.",
        {("drach", "fled", False)},
        set(),
    ),
    (
        "undated-arrest-and-beating-after-a-sentence",
        NO_TITLE,
        "A court in Bishkek sentenced Bakyt Omarov to ten years on Wednesday. Omarov was "
        "arrested after he criticised a border deal with Tajikistan. He was beaten in custody, "
        "his lawyer said.",
        {("omarov", "sentenced", True), ("omarov", "detained", False)},
        {("omarov", "ill_treatment", True), ("omarov", "ill_treatment", False)},
    ),
    (
        "released-after-a-detention-seven-weeks-ago",
        NO_TITLE,
        "Gulnara Sadykova was released on Monday. She had been detained on October 2 for "
        "taking part in a rally.",
        {("sadykova", "released", True), ("sadykova", "detained", False)},
        set(),
    ),
    (
        "died-in-a-year-family-seeks-justice",
        NO_TITLE,
        "Marat Seitkali died in a colony in 2022, and his family is still seeking justice.",
        {("seitkali", "died", False)},
        set(),
    ),
    (
        "earlier-this-month-transferred",
        NO_TITLE,
        "Earlier this month, Nadia Kovalenko was transferred to a penal colony in Mordovia.",
        {("kovalenko", "transferred", True)},
        set(),
    ),
    (
        "arrested-and-charged-the-following-day",
        NO_TITLE,
        "Ekaterina Lvova was arrested on 28 October and charged the following day with treason.",
        {("lvova", "detained", True), ("lvova", "charged", True)},
        set(),
    ),
    (
        "arrested-in-late-october",
        NO_TITLE,
        "Aisha Bello was arrested in late October and is being held in Kirikiri prison.",
        {("bello", "detained", True)},
        set(),
    ),
    (
        "detained-while-filming",
        NO_TITLE,
        "Mariam Tsereteli was detained on Sunday while she was filming a protest outside "
        "parliament.",
        {("tsereteli", "detained", True)},
        set(),
    ),
    (
        "while-in-custody-in-a-year-tortured",
        NO_TITLE,
        "While in custody in 2020, Rashid Aliyev was tortured, the UN Working Group found in "
        "an opinion published on Tuesday.",
        {("aliyev", "ill_treatment", False)},
        set(),
    ),
    (
        "when-he-walked-out-of-the-colony",
        NO_TITLE,
        "When Timur Rakhimov walked out of the colony on Monday, his daughter was waiting at "
        "the gate.",
        {("rakhimov", "released", True)},
        set(),
    ),
    (
        "feed-summary-title-news-text-background",
        "Uzbek blogger Timur Rakhimov freed after five years",
        "The blogger, 45, was detained in 2020 and sentenced to seven years for extortion.",
        {("rakhimov", "released", True), ("rakhimov", "detained", False)},
        {("rakhimov", "sentenced", False)},
    ),
    (
        "family-appealed-for-his-release",
        NO_TITLE,
        "Javier Montoya's family has appealed for his release on humanitarian grounds.",
        set(),
        set(),
    ),
    (
        "bail-and-left-the-detention-centre",
        NO_TITLE,
        "A court granted bail to Marat Seitkali on Tuesday, and he left the detention centre "
        "the same evening.",
        {("seitkali", "released", True)},
        set(),
    ),
    (
        "released-but-re-arrested",
        NO_TITLE,
        "Gulnara Sadykova was released from administrative detention on Monday but was "
        "immediately re-arrested on new charges.",
        {("sadykova", "detained", True)},
        {("sadykova", "released", True), ("sadykova", "charged", True)},
    ),
    (
        "due-to-be-released-but-refused",
        NO_TITLE,
        "Bakyt Omarov was due to be released on Monday, but prison officials refused to let "
        "him go.",
        set(),
        set(),
    ),
    (
        "attempted-to-cross-turned-back",
        NO_TITLE,
        "Olena Drach attempted to cross into Lithuania on Sunday but was turned back at the "
        "border.",
        set(),
        set(),
    ),
    (
        "could-be-deported",
        NO_TITLE,
        "Yusuf Demir could be deported to Turkey as early as next week, his lawyers warned.",
        set(),
        set(),
    ),
    (
        "fear-she-has-been-tortured",
        NO_TITLE,
        "Rights groups fear that Nadia Kovalenko has been tortured in custody.",
        set(),
        set(),
    ),
    (
        "denied-reports-of-arrest",
        NO_TITLE,
        "Aisha Bello denied reports that she had been arrested.",
        set(),
        set(),
    ),
    (
        "ten-years-after-the-arrest-of",
        NO_TITLE,
        "Ten years after the arrest of Mariam Tsereteli, her case still divides Georgia.",
        {("tsereteli", "detained", False)},
        set(),
    ),
    (
        "whose-death-in-a-year-rehabilitated",
        NO_TITLE,
        "Timur Rakhimov, whose death in prison in 2019 sparked protests, was posthumously "
        "rehabilitated on Monday.",
        {("rakhimov", "died", False)},
        set(),
    ),
    (
        "prosecutors-asked-to-sentence",
        NO_TITLE,
        "Prosecutors asked the court on Monday to sentence Rashid Aliyev to eight years.",
        set(),
        set(),
    ),
    (
        "not-released-as-expected",
        NO_TITLE,
        "Ekaterina Lvova was not released on Monday as expected; officials gave no reason.",
        set(),
        set(),
    ),
    (
        "remains-in-prison-despite-an-order",
        NO_TITLE,
        "Javier Montoya remains in prison despite an order for his release issued on Monday.",
        set(),
        set(),
    ),
    (
        "refused-to-confirm-a-transfer",
        NO_TITLE,
        "The authorities have refused to confirm whether Marat Seitkali was transferred.",
        set(),
        set(),
    ),
]

# A third batch: whole articles of several paragraphs, as wires, rights groups and feeds
# write them, the news in the lead and the story's past after it; labels written before
# the first run.
ARTICLES: list[Paragraph] = [
    (
        "wire-sentence-then-the-past",
        "Kyrgyz court jails opposition lawmaker for 10 years",
        "BISHKEK, Nov 19 (Reuters) - A court in Kyrgyzstan on Wednesday sentenced opposition "
        "lawmaker Bakyt Omarov to 10 years in prison on charges of calling for mass unrest, his "
        "lawyer said. Omarov, 52, denied the charges. He was detained in February after a rally "
        "against a border deal with Tajikistan and has been held in pretrial detention since. "
        "His lawyer said the defence would appeal. Omarov served three years in prison in the "
        "2010s on a fraud conviction that rights groups called political. He was released in "
        "2019 under an amnesty.",
        {
            ("omarov", "sentenced", True),
            ("omarov", "detained", False),
            ("omarov", "pardoned", False),
        },
        {
            ("omarov", "charged", True),
            ("omarov", "charged", False),
            ("omarov", "sentenced", False),
            ("omarov", "released", False),
        },
    ),
    (
        "ngo-release-sentence-then-the-past",
        "Belarus: Free journalist Ekaterina Lvova",
        "Belarusian authorities must immediately and unconditionally release the journalist "
        "Ekaterina Lvova, who was sentenced to eight years in prison on 14 November, Amnesty "
        "International said today. Lvova, a correspondent for an independent news site, was "
        "arrested in Minsk in April 2024 and charged with creating an extremist formation. "
        "During her detention she was held in a punishment cell for 40 days and denied medical "
        "treatment for a kidney condition. 'Ekaterina Lvova is being punished simply for doing "
        "her job,' said a researcher. Lvova's husband, Ivan, was detained last year and fled "
        "the country after his release.",
        {("lvova", "sentenced", True), ("lvova", "detained", False), ("lvova", "charged", False)},
        {("lvova", "ill_treatment", True), ("lvova", "ill_treatment", False)},
    ),
    (
        "feed-summary-term-served",
        "Tajik lawyer Gulnara Sadykova freed after seven years",
        "Gulnara Sadykova, a lawyer who defended opposition activists, was released from "
        "prison on Tuesday after serving her sentence in full, her relatives said.",
        {("sadykova", "released", True)},
        set(),
    ),
    (
        "hospital-hunger-strike-and-an-old-sentence",
        "Jailed blogger moved to hospital as hunger strike enters third week",
        "Timur Rakhimov, the jailed Uzbek blogger, has been transferred to a prison hospital in "
        "Tashkent, his wife said on Wednesday, as his hunger strike entered its 20th day. "
        "Rakhimov stopped eating on November 1 to protest against his treatment in the colony, "
        "where he says guards beat him repeatedly. He was sentenced in 2023 to seven years for "
        "extortion, a charge he denies. Last week his lawyer was barred from visiting him.",
        {
            ("rakhimov", "transferred", True),
            ("rakhimov", "hunger_strike", True),
            ("rakhimov", "sentenced", False),
        },
        {("rakhimov", "ill_treatment", True), ("rakhimov", "ill_treatment", False)},
    ),
    (
        "trial-opens-and-is-adjourned",
        "Trial of Georgian activist opens in Tbilisi",
        "The trial of Mariam Tsereteli, an opposition activist accused of assaulting a police "
        "officer during protests last year, opened on Monday at Tbilisi City Court. The judge "
        "adjourned the hearing until December 3 after the defence asked for more time. "
        "Tsereteli has been in pretrial detention since January. If convicted, she faces up to "
        "six years in prison. Several other protesters were sentenced last month to terms of "
        "up to four years.",
        {("tsereteli", "trial", True), ("tsereteli", "detained", False)},
        {("tsereteli", "charged", True), ("tsereteli", "charged", False)},
    ),
    (
        "deported-and-detained-on-arrival",
        "Russia deports Azerbaijani blogger despite UN request",
        "Russian authorities deported the Azerbaijani blogger Rashid Aliyev to Baku on Tuesday, "
        "his lawyer said, despite an interim measure from the UN Human Rights Committee asking "
        "Moscow not to expel him. Aliyev, who had lived in Moscow since 2015, was detained by "
        "migration police last month and held in a deportation centre. On arrival in Baku he "
        "was taken into custody by Azerbaijani police, according to his sister.",
        {("aliyev", "fled", True), ("aliyev", "detained", True)},
        set(),
    ),
    (
        "freed-and-expelled-with-an-old-arrest",
        "Nicaraguan dissident freed and expelled",
        "Nicaragua released the dissident Javier Montoya from La Modelo prison on Saturday and "
        "put him on a plane to Guatemala, stripping him of his nationality. When he was "
        "arrested in 2021, Montoya was one of seven presidential hopefuls detained ahead of the "
        "vote. He was sentenced in 2023 to 13 years for treason.",
        {
            ("montoya", "released", True),
            ("montoya", "fled", True),
            ("montoya", "detained", False),
            ("montoya", "sentenced", False),
        },
        set(),
    ),
    (
        "bail-granted-but-still-in-prison",
        "Court grants bail to Nigerian activist, but she stays in jail",
        "A federal high court in Abuja on Monday granted bail to the activist Aisha Bello, who "
        "has been held since August on cybercrime charges. But Bello remained in Kuje prison on "
        "Tuesday because she could not meet the bail conditions, her lawyers said. She was "
        "arrested at Lagos airport on August 2 as she returned from a conference.",
        {("bello", "detained", False)},
        {("bello", "charged", False)},
    ),
    (
        "relative-detained-death-as-history",
        "Brother of activist who died in custody detained",
        "Police in Almaty on Tuesday detained the brother of Marat Seitkali, the activist who "
        "died in a detention centre in 2022. Seitkali's death, which the authorities called a "
        "suicide, sparked protests across the country. His brother had been campaigning for an "
        "independent investigation.",
        {("seitkali", "died", False)},
        set(),
    ),
    (
        "pardon-among-many-and-an-expected-release",
        "President pardons 20 prisoners ahead of holiday",
        "President Tokayev on Wednesday pardoned 20 prisoners, including the journalist Nadia "
        "Kovalenko, the presidential press office said. Kovalenko was sentenced to five years "
        "in 2022 for spreading false information. She was expected to be released within days. "
        "Rights groups welcomed the move but said dozens of political prisoners remain behind "
        "bars.",
        {("kovalenko", "pardoned", True), ("kovalenko", "sentenced", False)},
        set(),
    ),
    (
        "acquitted-today-held-years-ago",
        "Turkish court acquits journalist",
        "An Istanbul court on Thursday acquitted the journalist Yusuf Demir of terrorist "
        "propaganda, ending a six-year trial. Demir, who was detained for 14 months in "
        "2016-2017, said he would sue for compensation. Prosecutors can appeal the verdict.",
        {("demir", "acquitted", True)},
        {("demir", "detained", False)},
    ),
    (
        "left-the-country-after-a-raid",
        "Belarusian editor leaves country after police raid",
        "Olena Drach, the editor of an independent news site, has left Belarus after police "
        "searched her flat and summoned her for questioning, her colleagues said on Monday. "
        "Drach crossed into Lithuania on Friday. She was previously detained in 2020 for "
        "covering protests.",
        {("drach", "fled", True), ("drach", "detained", False)},
        set(),
    ),
    (
        "parole-refused-appeal-lost-years-ago",
        "Kazakh court refuses parole to jailed poet",
        "A court in Pavlodar on Tuesday refused to release the poet Arman Zhunusov on parole, "
        "his lawyer said. Zhunusov, whose appeal against his seven-year sentence was rejected "
        "by the Supreme Court in 2023, has served more than half of his term. He had applied "
        "for parole in September.",
        {("zhunusov", "parole_denied", True), ("zhunusov", "appeal_rejected", False)},
        {("zhunusov", "sentenced", False)},
    ),
    (
        "charged-in-absentia-living-abroad",
        "Russia charges exiled journalist in absentia",
        "Russian investigators have charged Olena Drach, an exiled journalist who lives in "
        "Riga, in absentia with justifying terrorism, according to court records published on "
        "Wednesday. Drach left Russia in 2022 and has since been added to the wanted list. She "
        "called the charges absurd.",
        {("drach", "charged", True), ("drach", "fled", False)},
        set(),
    ),
    (
        "hours-after-returning-home",
        "Activist detained hours after returning home",
        "Yusuf Demir returned to Istanbul on Sunday after two years abroad. Hours later, police "
        "detained him at his mother's home. On Monday a court ordered him held in pretrial "
        "detention pending trial on charges of insulting the president.",
        {("demir", "detained", True), ("demir", "charged", True)},
        set(),
    ),
]


# A fourth batch: feed summaries in headline style and the relative times and catches that
# short items use; labels written before the first run.
FEEDS: list[Paragraph] = [
    (
        "headline-court-jails",
        "Court jails Kyrgyz lawmaker Bakyt Omarov for 10 years",
        "The sentence was handed down in Bishkek, his party said.",
        {("omarov", "sentenced", True)},
        set(),
    ),
    (
        "headline-freed-present-tense",
        "Belarus frees jailed editor Olena Drach",
        "Drach, 41, had served four years of a seven-year term, her colleagues said.",
        {("drach", "released", True)},
        {("drach", "sentenced", False)},
    ),
    (
        "headline-moved-to-colony",
        "Jailed poet Arman Zhunusov moved to colony in Karaganda region",
        "Relatives learned of the transfer from a letter he sent on Monday.",
        {("zhunusov", "transferred", True)},
        set(),
    ),
    (
        "earlier-this-week",
        NO_TITLE,
        "Nadia Kovalenko was detained earlier this week in Almaty, her colleagues said on "
        "Thursday.",
        {("kovalenko", "detained", True)},
        set(),
    ),
    (
        "over-the-weekend",
        NO_TITLE,
        "Police detained Yusuf Demir over the weekend at a protest in Ankara.",
        {("demir", "detained", True)},
        set(),
    ),
    (
        "in-mid-november",
        NO_TITLE,
        "Mariam Tsereteli was transferred to a prison hospital in mid-November, her lawyer said.",
        {("tsereteli", "transferred", True)},
        set(),
    ),
    (
        "in-the-early-hours-of-sunday",
        NO_TITLE,
        "Masked men seized Aisha Bello from her home in the early hours of Sunday, her family "
        "said.",
        {("bello", "detained", True)},
        set(),
    ),
    (
        "in-mid-march-without-a-year",
        NO_TITLE,
        "Rashid Aliyev was arrested in mid-March and has not been seen since.",
        {("aliyev", "detained", False)},
        set(),
    ),
    (
        "released-on-bail",
        NO_TITLE,
        "Timur Rakhimov was released on bail on Tuesday pending trial.",
        {("rakhimov", "released", True)},
        set(),
    ),
    (
        "freed-but-barred-from-leaving",
        NO_TITLE,
        "Gulnara Sadykova was freed on Monday but barred from leaving the country.",
        {("sadykova", "released", True)},
        set(),
    ),
    (
        "walked-free-with-a-suspended-sentence",
        NO_TITLE,
        "Javier Montoya walked free from court on Wednesday after receiving a two-year "
        "suspended sentence.",
        {("montoya", "sentenced", True)},
        {("montoya", "released", True)},
    ),
    (
        "was-set-to-be-freed",
        NO_TITLE,
        "Ekaterina Lvova was set to be freed on Monday after completing her term.",
        set(),
        set(),
    ),
    (
        "was-supposed-to-be-released",
        NO_TITLE,
        "Marat Seitkali was supposed to be released on Friday, but a new case was opened "
        "against him the day before.",
        {("seitkali", "charged", True)},
        set(),
    ),
    (
        "freed-only-to-be-rearrested",
        NO_TITLE,
        "Yusuf Demir was freed on Tuesday only to be rearrested minutes later outside the prison.",
        {("demir", "detained", True)},
        {("demir", "released", True)},
    ),
    (
        "remains-under-investigation",
        NO_TITLE,
        "Olena Drach has been released from custody but remains under investigation, police "
        "said on Wednesday.",
        {("drach", "released", True)},
        set(),
    ),
    (
        "released-after-paying-a-fine",
        NO_TITLE,
        "Aisha Bello was released on Monday after paying a fine for taking part in an "
        "unauthorised protest.",
        {("bello", "released", True)},
        {("bello", "sentenced", True)},
    ),
    (
        "no-word-since-her-arrest",
        NO_TITLE,
        "There has been no word from Nadia Kovalenko since her arrest in 2021.",
        {("kovalenko", "detained", False)},
        set(),
    ),
    (
        "hunger-strike-ended",
        NO_TITLE,
        "Timur Rakhimov ended his hunger strike on Monday after 40 days.",
        set(),
        {("rakhimov", "hunger_strike", True), ("rakhimov", "hunger_strike", False)},
    ),
    (
        "threatened-with-deportation",
        NO_TITLE,
        "Rashid Aliyev has been threatened with deportation to Azerbaijan.",
        set(),
        set(),
    ),
    (
        "detention-extended",
        NO_TITLE,
        "A Minsk court on Tuesday extended the pretrial detention of Ekaterina Lvova by three "
        "months.",
        set(),
        {("lvova", "detained", True), ("lvova", "detained", False)},
    ),
    (
        "this-morning",
        NO_TITLE,
        "Bakyt Omarov was taken into custody this morning at Manas airport, his party said.",
        {("omarov", "detained", True)},
        set(),
    ),
    (
        "last-tuesday-before-a-sentence",
        NO_TITLE,
        "Mariam Tsereteli was sentenced last Tuesday to two years, and on Monday she was moved "
        "to a colony.",
        {("tsereteli", "sentenced", True), ("tsereteli", "transferred", True)},
        set(),
    ),
]


# A fifth batch: events told late in longer items, in the tenses and clauses reporters use
# there; labels written before the first run.
LATER: list[Paragraph] = [
    (
        "news-told-in-the-fourth-sentence",
        "Protests grow in Almaty over land law",
        "Thousands rallied in Almaty on Sunday against a new land law. The protest was the "
        "largest in the city since 2022. Organisers said more rallies would follow. Among "
        "those detained on Sunday was the activist Nadia Kovalenko, her lawyer said.",
        {("kovalenko", "detained", True)},
        set(),
    ),
    (
        "perfect-late-in-an-article-about-a-trial",
        "Opposition trial resumes in Tbilisi",
        "The trial of six opposition figures resumed in Tbilisi on Monday. The defendants "
        "deny the charges. The prosecution has called 40 witnesses. One of the six, Mariam "
        "Tsereteli, has been moved to a punishment cell, her lawyer told reporters on Monday.",
        # labelled a transfer before the first run; relabelled after it: the guide's
        # transfers are to another prison, colony or hospital, and a punishment cell is none
        set(),
        {("tsereteli", "trial", True), ("tsereteli", "transferred", True)},
    ),
    (
        "background-paragraph-with-an-older-date",
        "Kazakh blogger goes on hunger strike",
        "Jailed blogger Marat Seitkali went on hunger strike on Monday to protest against his "
        "transfer to a punishment cell, his wife said. He has been in prison since 2021. In "
        "2021, a court in Shymkent sentenced him to seven years for spreading false "
        "information. He was beaten by guards the following year, according to rights groups.",
        {("seitkali", "hunger_strike", True), ("seitkali", "sentenced", False)},
        {
            ("seitkali", "transferred", True),
            ("seitkali", "ill_treatment", False),
            ("seitkali", "detained", False),
        },
    ),
    (
        "two-people-one-freed-one-still-held",
        "Belarus frees one of two jailed journalists",
        "Belarusian authorities freed the journalist Ekaterina Lvova on Tuesday. Her colleague "
        "Olena Drach remains in prison. Both were arrested in 2021.",
        {("lvova", "released", True), ("lvova", "detained", False), ("drach", "detained", False)},
        set(),
    ),
    (
        "quote-about-the-arrest-not-news",
        NO_TITLE,
        "Gulnara Sadykova was released on Monday. 'When they arrested me three years ago, I "
        "thought I would never see my children again,' she told reporters.",
        {("sadykova", "released", True)},
        {("sadykova", "detained", False)},
    ),
    (
        "since-her-arrest-in-a-month",
        NO_TITLE,
        "Aisha Bello has lost 10 kilograms since her arrest in June, her lawyer said on Wednesday.",
        {("bello", "detained", False)},
        set(),
    ),
    (
        "is-due-to-stand-trial",
        NO_TITLE,
        "Yusuf Demir is due to stand trial in January on charges of insulting the president.",
        set(),
        {("demir", "charged", False), ("demir", "charged", True)},
    ),
    (
        "the-trial-will-open",
        NO_TITLE,
        "The trial of Timur Rakhimov will open on December 10, the court said on Monday.",
        set(),
        set(),
    ),
    (
        "the-same-day-after-a-dated-verdict",
        NO_TITLE,
        "A court sentenced Rashid Aliyev to three years on November 12. He was taken to a "
        "colony the same day.",
        {("aliyev", "sentenced", True), ("aliyev", "transferred", True)},
        set(),
    ),
    (
        "the-same-day-after-an-old-verdict",
        NO_TITLE,
        "A court sentenced Rashid Aliyev to three years on 12 March 2021. He was taken to a "
        "colony the same day.",
        {("aliyev", "sentenced", False), ("aliyev", "transferred", False)},
        set(),
    ),
]


# A sixth batch: more ways wires name custody, appeals, exile and allegations, and what
# has not happened yet; labels written before the first run.
MORE: list[Paragraph] = [
    (
        "placed-in-pretrial-detention-for-months",
        NO_TITLE,
        "A court in Minsk on Tuesday placed Olena Drach in pretrial detention for two months.",
        {("drach", "detained", True)},
        set(),
    ),
    (
        "remanded-in-custody-until-a-month",
        NO_TITLE,
        "Yusuf Demir was remanded in custody until January by an Ankara court on Wednesday.",
        {("demir", "detained", True)},
        set(),
    ),
    (
        "given-a-suspended-sentence",
        NO_TITLE,
        "Aisha Bello was given a suspended sentence of two years on Monday.",
        {("bello", "sentenced", True)},
        set(),
    ),
    (
        "supreme-court-upheld-her-conviction",
        NO_TITLE,
        "The Supreme Court upheld Ekaterina Lvova's conviction on Monday.",
        {("lvova", "appeal_rejected", True)},
        set(),
    ),
    (
        "lost-her-appeal-against-conviction",
        NO_TITLE,
        "Mariam Tsereteli lost her appeal against her conviction on Tuesday.",
        {("tsereteli", "appeal_rejected", True)},
        set(),
    ),
    (
        "turned-down-his-appeal",
        NO_TITLE,
        "A regional court turned down Timur Rakhimov's appeal on Monday.",
        {("rakhimov", "appeal_rejected", True)},
        set(),
    ),
    (
        "reported-to-have-been-tortured",
        NO_TITLE,
        "Rashid Aliyev is reported to have been tortured in a police station on Monday.",
        {("aliyev", "ill_treatment", True)},
        set(),
    ),
    (
        "have-yet-to-release",
        NO_TITLE,
        "The authorities have yet to release Gulnara Sadykova, whose term ended on Monday.",
        set(),
        set(),
    ),
    (
        "could-face-deportation",
        NO_TITLE,
        "Yusuf Demir could face deportation if his appeal fails.",
        set(),
        set(),
    ),
    (
        "refused-permission-to-leave",
        NO_TITLE,
        "Officials refused Nadia Kovalenko permission to leave the country on Monday.",
        set(),
        set(),
    ),
    (
        "escaped-house-arrest-and-fled",
        NO_TITLE,
        "Olena Drach escaped from house arrest and fled to Lithuania on Monday, her colleagues "
        "said.",
        {("drach", "fled", True)},
        set(),
    ),
    (
        "granted-political-asylum",
        NO_TITLE,
        "Javier Montoya was granted political asylum in Spain on Monday.",
        {("montoya", "fled", True)},
        set(),
    ),
    (
        "on-hunger-strike-since-a-date",
        NO_TITLE,
        "Timur Rakhimov has been on hunger strike since November 1, his wife said.",
        {("rakhimov", "hunger_strike", True)},
        set(),
    ),
    (
        "term-commuted-to-a-fine",
        NO_TITLE,
        "An appeals court on Tuesday commuted Bakyt Omarov's prison term to a fine, and he was "
        "freed in the courtroom.",
        {("omarov", "parole_granted", True)},
        {("omarov", "appeal_rejected", True)},
    ),
]


# Written with the fixes they test (not counted in the first-run figures): a month of last
# year, charges an arrest was made on, an asylum sought abroad, undated past tense named
# after a sentence told in the past.
WITH_THE_FIX: list[Paragraph] = [
    (
        "month-last-year-then-undated-after-the-lead",
        NO_TITLE,
        "Marat Seitkali was freed on Wednesday. He thanked his supporters. Dozens of people met "
        "him. In January last year, Seitkali was jailed for two years. Seitkali went on hunger "
        "strike.",
        {("seitkali", "released", True), ("seitkali", "sentenced", False)},
        {("seitkali", "hunger_strike", False)},
    ),
    (
        "named-undated-after-an-older-date",
        NO_TITLE,
        "Marat Seitkali was freed from a penal colony on Wednesday, his lawyer said. He thanked "
        "his supporters. Dozens of people met him at the gate. The activist was arrested in "
        "March 2021 at a rally in Almaty. Seitkali was beaten by guards and denied medical "
        "care, his lawyer said.",
        {
            ("seitkali", "released", True),
            ("seitkali", "detained", False),
            ("seitkali", "ill_treatment", False),
        },
        set(),
    ),
    (  # counter-example: after sentences told as news, undated past tense is news
        "named-undated-after-news",
        NO_TITLE,
        "Marat Seitkali was detained on Wednesday, his lawyer said. He had posted a video on "
        "Monday. Police searched his flat on Tuesday. Officers took his laptop on Tuesday "
        "evening. Seitkali was beaten by police, his lawyer said.",
        {("seitkali", "detained", True), ("seitkali", "ill_treatment", True)},
        set(),
    ),
    (
        "arrest-on-charges-of-in-a-year",
        NO_TITLE,
        "Olena Drach was detained on charges of extremism in March 2021 and sentenced to six "
        "years in 2022.",
        {("drach", "detained", False), ("drach", "charged", False), ("drach", "sentenced", False)},
        set(),
    ),
    (
        "ministry-confirmed-arrest-on-charges",
        NO_TITLE,
        "The Interior Ministry on Monday confirmed Olena Drach's arrest on charges of hooliganism.",
        {("drach", "detained", True), ("drach", "charged", True)},
        set(),
    ),
    (
        "jailed-days-later-on-charges",
        NO_TITLE,
        "Police searched the flat of Olena Drach on Monday. She was jailed days later on "
        "charges of insulting the president.",
        {("drach", "detained", True), ("drach", "charged", True)},
        set(),
    ),
    (
        "left-to-seek-asylum",
        NO_TITLE,
        "Facing a new trial, Olena Drach left her two children behind on Sunday to seek asylum "
        "in Poland.",
        {("drach", "fled", True)},
        set(),
    ),
    (  # counter-example: a plan to seek asylum
        "plans-to-seek-asylum",
        NO_TITLE,
        "Olena Drach plans to leave the country to seek asylum in Poland.",
        set(),
        set(),
    ),
]


# Classes still read wrongly, kept in view: the test fails once one of them is read right.
NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(
    ("title", "text", "expected", "optional"),
    named_params(
        VOCABULARY + WHEN + WHETHER + SECOND + ARTICLES + FEEDS + LATER + MORE + WITH_THE_FIX,
        NOT_YET,
    ),
)
def test_an_unseen_paragraph_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    found = events(text, title)
    assert expected <= found <= expected | optional


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a when- or while-clause of the same time dates the main verb
        (
            "Rashid Aliyev was beaten while he was held in a police station in 2016.",
            {("aliyev", "ill_treatment", False)},
        ),
        (
            "Rashid Aliyev was detained when police raided his flat on Monday.",
            {("aliyev", "detained", True)},
        ),
        (
            "Rashid Aliyev was detained when police raided his flat in 2019.",
            {("aliyev", "detained", False)},
        ),
        (  # counter-example: after a past perfect the clause is later than the event
            "Investigators had already charged Rashid Aliyev with fraud when police searched "
            "his flat on Monday.",
            {("aliyev", "charged", False)},
        ),
        (  # counter-example: after a comma "while" sets another clause against it
            "Rashid Aliyev was freed on Monday, while his brother was jailed in 2019.",
            {("aliyev", "released", True)},
        ),
        # "whose" and a one-word event noun: the person's own event
        (
            "Nadia Kovalenko, whose release was ordered by a judge, thanked her supporters on "
            "Tuesday.",
            {("kovalenko", "released", True)},
        ),
        (  # counter-example: a relative's
            "Nadia Kovalenko, whose brother's release was ordered by a judge, thanked her "
            "supporters on Tuesday.",
            set(),
        ),
        # a passive after "but" with no subject of its own
        (
            "Yusuf Demir tried to cross the border on Monday but was stopped by guards and "
            "arrested.",
            {("demir", "detained", True)},
        ),
        (  # counter-example: a subject of its own after "but"
            "Yusuf Demir tried to cross the border on Monday but his cousin was stopped by "
            "guards and arrested.",
            set(),
        ),
        # the date after a reporting verb is the report's, when the event has its own
        (
            "In 2019, Rashid Aliyev was beaten, his lawyer said in a statement on Monday.",
            {("aliyev", "ill_treatment", False)},
        ),
        (  # counter-example: no date of its own, the report's dates it
            "Rashid Aliyev was beaten, his lawyer said in a statement on Monday.",
            {("aliyev", "ill_treatment", True)},
        ),
        # a fear is not a report
        ("Colleagues fear that Rashid Aliyev was beaten in custody.", set()),
        (  # counter-example: a claim is
            "Colleagues say that Rashid Aliyev was beaten in custody on Monday.",
            {("aliyev", "ill_treatment", True)},
        ),
        # still held, whatever was ordered
        (
            "Rashid Aliyev remains in custody despite a ruling on Monday ordering his release.",
            set(),
        ),
        (  # counter-example: held until the release
            "Rashid Aliyev remained in custody until his release on Monday.",
            {("aliyev", "released", True)},
        ),
        # a date in a description between commas after the event is the description's
        (
            "The trial of Rashid Aliyev, a blogger detained during protests last year, opened "
            "on Monday.",
            {("aliyev", "trial", True)},
        ),
        (  # counter-example: the event's own date before the next comma
            "Rashid Aliyev was detained in 2019, a year before the protests, in Baku.",
            {("aliyev", "detained", False)},
        ),
        # the sentence an appeal was against does not take the appeal's date
        (
            "Rashid Aliyev, whose appeal against his five-year sentence was rejected in 2021, "
            "was freed on Monday.",
            {("aliyev", "appeal_rejected", False), ("aliyev", "released", True)},
        ),
        # charges on which someone is held pending trial are theirs
        (  # counter-example: the charges of a relative held
            "Police detained the brother of Rashid Aliyev on Monday on charges of fraud.",
            set(),
        ),
        (
            "Rashid Aliyev returned on Sunday. On Monday a court ordered him held pending "
            "trial on charges of fraud.",
            {("aliyev", "detained", True), ("aliyev", "charged", True)},
        ),
        (  # counter-example: a release pending trial is still asked for
            "Rashid Aliyev's lawyers asked for his release pending trial on Monday.",
            set(),
        ),
        # a verdict told as a ruling that someone was (not) guilty
        (
            "The court ruled on Monday after a one-day hearing that Rashid Aliyev was guilty "
            "of fraud.",
            {("aliyev", "sentenced", True)},
        ),
        (
            "The court ruled on Monday that Rashid Aliyev was not guilty of fraud.",
            {("aliyev", "acquitted", True)},
        ),
        (
            "The judge declared Rashid Aliyev guilty of treason on Monday.",
            {("aliyev", "sentenced", True)},
        ),
        (  # counter-example: an opinion, not a court's ruling
            "His critics said on Monday that Rashid Aliyev was guilty of hypocrisy.",
            set(),
        ),
        # what came of a release, told with "only to be"
        (
            "Rashid Aliyev was freed on Monday, only to be arrested again on Tuesday.",
            {("aliyev", "released", True), ("aliyev", "detained", True)},
        ),
        (  # counter-example: "to be" that is still to come
            "Rashid Aliyev was freed on Monday and is to be deported on Friday.",
            {("aliyev", "released", True)},
        ),
        # a headline's present-tense verb before a participle used as an adjective
        (
            "Kazakhstan frees detained blogger Rashid Aliyev after a month.",
            {("aliyev", "released", True)},
        ),
        # a person dies once: a death dated in the past anywhere makes it history
        (
            "Rashid Aliyev died in a detention centre in 2022. His death sparked protests "
            "across the country.",
            {("aliyev", "died", False)},
        ),
        (
            "Rashid Aliyev's death in 2022 sparked protests. Aliyev died in a detention "
            "centre, his family said.",
            {("aliyev", "died", False)},
        ),
        (  # counter-example: a death dated as news stays news
            "Rashid Aliyev died in a detention centre on Monday. His death sparked protests "
            "across the country.",
            {("aliyev", "died", True)},
        ),
        # "the following year", "the next month": as the dated event told before
        (
            "Rashid Aliyev was sentenced in 2021. He was beaten by guards the following year.",
            {("aliyev", "sentenced", False), ("aliyev", "ill_treatment", False)},
        ),
        (  # counter-example: after news, the same day is news
            "Rashid Aliyev was sentenced on Monday. He was beaten by guards the same day.",
            {("aliyev", "sentenced", True), ("aliyev", "ill_treatment", True)},
        ),
        # a report that something happened, told with "is said to have been"
        (
            "Rashid Aliyev is said to have been beaten by guards on Monday.",
            {("aliyev", "ill_treatment", True)},
        ),
        (  # counter-example: a fear
            "Rashid Aliyev is feared to have been beaten by guards on Monday.",
            set(),
        ),
        # placed in custody, not under house arrest
        (
            "A court placed Rashid Aliyev in pretrial detention on Monday.",
            {("aliyev", "detained", True)},
        ),
        (  # counter-example
            "A court placed Rashid Aliyev under house arrest on Monday.",
            {("aliyev", "house_arrest", True)},
        ),
        # two stages joined by "and" are one moment's news
        (
            "Rashid Aliyev was fined and released.",
            {("aliyev", "sentenced", True), ("aliyev", "released", True)},
        ),
        (  # counter-example: an earlier stage in a clause of its own stays background
            "Rashid Aliyev, who was convicted of fraud, was released on Monday.",
            {("aliyev", "sentenced", False), ("aliyev", "released", True)},
        ),
        # a headline leaves out the auxiliary
        (
            "Kazakh blogger Rashid Aliyev's sentence upheld; supporters protest",
            {("aliyev", "appeal_rejected", True)},
        ),
        # a remand the trial orders is news beside the trial
        (
            "The trial of Rashid Aliyev opened on Monday. He was remanded in custody until "
            "the next hearing.",
            {("aliyev", "trial", True), ("aliyev", "detained", True)},
        ),
        (  # counter-example: an undated arrest before the trial is an earlier stage
            "The trial of Rashid Aliyev opened on Monday. He was arrested after a protest.",
            {("aliyev", "trial", True), ("aliyev", "detained", False)},
        ),
    ],
    ids=[
        "while-held-in-a-year",
        "when-police-raided-on-monday",
        "when-police-raided-in-a-year",
        "had-charged-when-police-searched",
        "comma-while-another-clause",
        "whose-release",
        "whose-brothers-release",
        "but-was-stopped-and-arrested",
        "but-his-cousin-was-stopped",
        "reported-date-after-an-own-date",
        "reported-date-alone",
        "colleagues-fear-that",
        "colleagues-say-that",
        "remains-in-custody-despite-a-ruling",
        "remained-in-custody-until-release",
        "date-in-a-described-aside",
        "own-date-before-an-aside",
        "appeal-against-a-sentence-in-a-year",
        "a-relative-held-on-charges",
        "held-pending-trial-on-charges",
        "release-pending-trial-asked-for",
        "ruled-that-guilty",
        "ruled-that-not-guilty",
        "declared-guilty",
        "critics-said-guilty",
        "freed-only-to-be-arrested",
        "freed-and-is-to-be-deported",
        "headline-frees-detained-blogger",
        "death-in-a-year-then-his-death",
        "death-in-a-year-then-died",
        "death-on-monday-then-his-death",
        "the-following-year-after-an-old-date",
        "the-same-day-after-news",
        "said-to-have-been-beaten",
        "feared-to-have-been-beaten",
        "placed-in-pretrial-detention",
        "placed-under-house-arrest",
        "fined-and-released",
        "convicted-in-a-who-clause-then-released",
        "headline-sentence-upheld",
        "remanded-until-the-next-hearing",
        "arrested-before-the-trial",
    ],
)
def test_when_and_whose_and_but_read_as_a_reader_would(text: str, expected: Events) -> None:
    assert events(text) == expected


# "the brother of X, the activist who died in 2022": the "who" clause describes X again, so
# its event is X's (and X's death told undated later is that old death); a relative named
# by "of" alone keeps the clause ("the brother of X, who was detained": not read as X's)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police questioned the lawyer of Javier Montoya, the journalist who was jailed in "
            "2019.",
            {("montoya", "detained", False)},
        ),
        (
            "The son of Olena Drach, the editor who died in prison in 2021, was detained on "
            "Monday. Drach's death caused an outcry.",
            {("drach", "died", False)},
        ),
        # counter-example: no description of X between X and "who"
        ("Police detained the lawyer of Javier Montoya, who was freed in 2019.", set()),
    ],
    ids=["lawyer-of-x-the-journalist-who", "son-of-x-the-editor-who-died", "lawyer-of-x-who"],
)
def test_a_redescribed_person_owns_the_who_clause(text: str, expected: Events) -> None:
    assert events(text) == expected


# "Both" after two people named in two sentences stands for those two ("X was freed. Her
# colleague Y remains in prison. Both were arrested in 2021."); with one named, no one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Javier Montoya was acquitted on Monday. His co-defendant Aisha Bello was "
            "convicted. Both were detained in 2020.",
            {
                ("montoya", "acquitted", True),
                ("bello", "sentenced", True),
                ("montoya", "detained", False),
                ("bello", "detained", False),
            },
        ),
        # counter-example: one watched person named, the other not
        (
            "Javier Montoya was acquitted on Monday with his driver. Both were detained in 2020.",
            {("montoya", "acquitted", True)},
        ),
        # ... nor inside a sentence, of people it names itself ("both of whom")
        (
            "Javier Montoya was acquitted on Monday. Aisha Bello thanked two lawyers, both of "
            "whom were detained in 2020.",
            {("montoya", "acquitted", True)},
        ),
    ],
    ids=["both-of-two-sentences", "both-with-one-named", "both-of-whom-others"],
)
def test_both_stands_for_the_two_people_named_last(text: str, expected: Events) -> None:
    assert events(text) == expected


# "A year after his death, the family of X ...": a fronted clause of months or years owns
# its noun event by the name right after it, as history; its verbs are not read so
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Months after his arrest, Javier Montoya has still not seen a lawyer.",
            {("montoya", "detained", False)},
        ),
        # counter-example: a verb in the clause ("she was freed") is not taken as history
        (
            "A year after she was freed, Aisha Bello was detained again on Monday.",
            {("bello", "detained", True)},
        ),
    ],
    ids=["months-after-his-arrest", "a-year-after-she-was-freed"],
)
def test_a_clause_of_months_before_the_name_is_history(text: str, expected: Events) -> None:
    assert events(text) == expected
