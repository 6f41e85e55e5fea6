"""Feed items: a headline and a summary of one or two sentences, as agency wires, NGO alerts,
court news and press releases write them (issue 14). The classes of phrasing they share:
headlines that drop articles and the auxiliary ("Activist X freed after 3 years", "X gets 7
years", "X's jail term cut"), the present tense for past events, "ahead of trial" and "faces
up to", a summary that repeats the headline's event (one event, not two), events of a
co-defendant or a relative, datelines ("ALMATY, March 4 (Reuters) -"), old events told in
passing ("who was jailed in 2019"), and Title Case headlines with another given name before
a listed surname ("Boris Orlov Opens Up ..." is not Mikhail Orlov).

The people, the outlets and the stories are made up, and each item's labels were written
before the item was first run. Labels follow the event table: a sentence cut on appeal is a
sentence and a lost appeal, a pardon that frees is a pardon, a revoked parole was granted
before, an event more than about a month before publication is background. ``optional``
holds what a reader could label either way.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader, mentions_by_person, named_params

PEOPLE = [
    Person("temirov", "Askar Temirov"),
    Person("yusupova", "Dilnoza Yusupova"),
    Person("sokolov", "Pavel Sokolov"),
    Person("marchuk", "Lena Marchuk"),
    Person("asante", "Kwame Asante"),
    Person("karimi", "Farid Karimi"),
    Person("aydin", "Selin Aydin"),
    Person("bekov", "Ruslan Bekov"),
    Person("zhukova", "Irina Zhukova"),
    Person("vargas", "Tomas Vargas"),
    Person("habibi", "Nasrin Habibi"),
    Person("kavalenka", "Ales Kavalenka"),
    Person("okafor", "Zainab Okafor"),
    Person("seitov", "Daniyar Seitov"),
    Person("orlov", "Mikhail Orlov"),
    Person("krasnova", "Yevgenia Krasnova"),
    Person("shulga", "Oleg Shulga"),
    Person("lan", "Nguyen Thi Lan"),
    Person("mensah", "Ama Mensah"),
    Person("rustamov", "Bobur Rustamov"),
    Person("petrosyan", "Levon Petrosyan"),
    Person("kuznetsov", "Artem Kuznetsov"),
    Person("haddad", "Karim Haddad"),
    Person("jabarov", "Elnur Jabarov", distinctive=True),  # the surname alone names him
    Person("nazarov", "Farrukh Nazarov"),
    Person("tokhtarova", "Gulmira Tokhtarova"),
    Person("beridze", "Nino Beridze"),
]
PUBLISHED = datetime(2026, 3, 5, 9, 0)  # a Thursday
events = Reader(PEOPLE, PUBLISHED)

# (name, headline, summary, expected, optional)
Item = tuple[str, str, str, Events, Events]

# Headlines that drop the article and the auxiliary, in the present tense for past events.
HEADLINES: list[Item] = [
    (
        "freed-after-years",
        "Activist Askar Temirov freed after 3 years",
        "ALMATY, March 4 (Reuters) - Kazakh activist Askar Temirov walked out of a penal colony "
        "in Pavlodar on Wednesday after serving his full sentence, his wife said.",
        {("temirov", "released", True)},
        {("temirov", "sentenced", False)},
    ),
    (
        "gets-years",
        "Uzbek blogger Yusupova gets 7 years",
        "A court in Tashkent sentenced blogger Dilnoza Yusupova to seven years in prison on "
        "Tuesday for insulting the president, her lawyer said.",
        {("yusupova", "sentenced", True)},
        set(),
    ),
    (
        "court-upholds-x-sentence",
        "Court upholds Sokolov sentence",
        "Moscow City Court on Wednesday rejected an appeal by lawyer Pavel Sokolov against his "
        "12-year sentence for treason, leaving the verdict in force.",
        {("sokolov", "appeal_rejected", True)},
        {("sokolov", "sentenced", False)},
    ),
    (
        "jail-term-cut-to",
        "Marchuk's jail term cut to five years",
        "Belarus's Supreme Court on Tuesday reduced the prison sentence of editor Lena Marchuk "
        "from eight years to five, her newspaper said.",
        {("marchuk", "sentenced", True)},
        {("marchuk", "appeal_rejected", True)},
    ),
    (
        "released-on-bail-headline",
        "Ugandan opposition figure Asante released on bail",
        "KAMPALA (AP) — Kwame Asante, a Ugandan opposition politician charged with treason, was "
        "released on bail on Monday after four months in Luzira prison.",
        {("asante", "released", True)},
        {("asante", "charged", True), ("asante", "charged", False), ("asante", "detained", False)},
    ),
    (
        "detained-in-a-city",
        "Journalist Selin Aydin detained in Istanbul",
        "Turkish police detained journalist Selin Aydin at her home in Istanbul early on "
        "Wednesday over her reporting on a corruption probe, her newspaper said.",
        {("aydin", "detained", True)},
        set(),
    ),
    (
        "remanded-ahead-of-trial",
        "Kyrgyz journalist Bekov remanded in custody ahead of trial",
        "A Bishkek court on Wednesday ordered journalist Ruslan Bekov held in pretrial detention "
        "for two months pending trial on charges of calling for mass riots.",
        {("bekov", "detained", True)},
        {("bekov", "charged", True)},
    ),
    (
        "jailed-for-years-surname-in-summary",
        "Azerbaijani reporter Jabarov jailed for 9 years",
        "Jabarov, 31, was convicted of currency smuggling along with five colleagues from the "
        "investigative outlet Abzas Media.",
        {("jabarov", "sentenced", True)},
        set(),
    ),
    (
        "gets-suspended-sentence",
        "Haddad gets suspended sentence for Facebook post",
        "A Beirut court on Monday handed cartoonist Karim Haddad a one-year suspended sentence "
        "for defaming the president.",
        {("haddad", "sentenced", True)},
        set(),
    ),
    (
        "court-jails-figure",
        "Armenian court jails opposition figure Petrosyan",
        "Levon Petrosyan was sentenced on Tuesday to two years in prison for calling for the "
        "overthrow of the government.",
        {("petrosyan", "sentenced", True)},
        set(),
    ),
    (
        "loses-appeal",
        "Krasnova loses appeal against 8-year sentence",
        "Moscow City Court on Tuesday upheld the eight-year sentence handed to exiled journalist "
        "Yevgenia Krasnova in absentia.",
        {("krasnova", "appeal_rejected", True)},
        {("krasnova", "sentenced", False), ("krasnova", "fled", False)},
    ),
    (
        # a surname alone names no one unless the watchlist marks it distinctive (DESIGN);
        # labelled as if it named her before the first run
        "jail-term-cut-on-appeal-surname-alone",
        "Yusupova's jail term cut on appeal",
        "The Tashkent city court reduced the blogger's sentence to five years, her lawyer said on "
        "Wednesday.",
        set(),
        set(),
    ),
    (
        # a surname alone, not distinctive: no one (labelled as Kwame Asante before the first run)
        "released-on-bail-surname-alone",
        "Asante released on bail",
        "The Ugandan opposition politician must report to police twice a week and surrender his "
        "passport, the court ruled.",
        set(),
        set(),
    ),
    (
        "sentenced-to-death",
        "Iran sentences rapper Karimi to death",
        "Iran's Revolutionary Court sentenced rapper Farid Karimi to death on charges of "
        "'corruption on earth', his family said on Wednesday.",
        {("karimi", "sentenced", True)},
        {("karimi", "charged", True), ("karimi", "charged", False)},
    ),
    (
        "freed-after-years-in-captivity",
        "Shulga freed after five years in Russian captivity",
        "Oleg Shulga returned to Ukraine on Wednesday as part of a prisoner exchange, the "
        "Ukrainian ombudsman said.",
        {("shulga", "released", True)},
        set(),
    ),
    (
        "released-pending-investigation",
        "Petrosyan released from custody pending investigation",
        "Armenian investigators on Tuesday freed Levon Petrosyan from custody but barred him "
        "from leaving the country while the case continues.",
        {("petrosyan", "released", True)},
        set(),
    ),
    (
        "acquits-prosecutors-to-appeal",
        "Court acquits Mensah; prosecutors to appeal",
        "Ghanaian journalist Ama Mensah was acquitted of cybercrime charges in Accra on Monday. "
        "Prosecutors said they would appeal.",
        {("mensah", "acquitted", True)},
        set(),
    ),
    (
        "cleared-of-headline",
        "Lebanese cartoonist Haddad cleared of insulting army",
        "A military court in Beirut on Tuesday acquitted cartoonist Karim Haddad of insulting "
        "the army over a 2023 drawing, his lawyer said.",
        {("haddad", "acquitted", True)},
        set(),
    ),
    (
        "charges-dropped-headline",
        "Charges against Ghanaian reporter Mensah dropped",
        "ACCRA (Reuters) - Prosecutors in Ghana on Wednesday withdrew cybercrime charges against "
        "journalist Ama Mensah, who had been arrested in January over a report on illegal mining.",
        {("mensah", "charges_dropped", True)},
        {("mensah", "detained", False), ("mensah", "charged", False)},
    ),
    (
        "moved-to-prison-hospital",
        "Rustamov transferred to prison hospital",
        "Jailed Uzbek poet Bobur Rustamov has been moved to a prison hospital in Tashkent after "
        "his health deteriorated, his daughter said on Wednesday.",
        {("rustamov", "transferred", True)},
        set(),
    ),
    (
        "placed-under-house-arrest-headline",
        "Armenian opposition figure Petrosyan placed under house arrest",
        "YEREVAN, March 4 (Reuters) - An Armenian court on Wednesday ordered opposition "
        "politician Levon Petrosyan placed under house arrest for two months while he is "
        "investigated for calling for a coup, his party said.",
        {("petrosyan", "house_arrest", True)},
        {("petrosyan", "charged", True)},
    ),
    (
        "deports-present-tense",
        "Turkey deports Tajik dissident Nazarov",
        "ISTANBUL (AP) — Turkish authorities deported Tajik opposition activist Farrukh Nazarov "
        "to Dushanbe on Tuesday despite warnings that he faces torture at home, rights groups "
        "said.",
        {("nazarov", "fled", True)},
        set(),
    ),
    (
        "dies-in-prison-hospital",
        "Jailed activist Gulmira Tokhtarova dies in prison hospital",
        "Gulmira Tokhtarova, 58, who was serving a six-year sentence for extremism, died on "
        "Tuesday in a prison hospital in Karaganda, her family said.",
        {("tokhtarova", "died", True)},
        {("tokhtarova", "sentenced", False)},
    ),
    (
        "grants-parole-to",
        "Russian court grants parole to activist Krasnova",
        "A court in Vladimir on Tuesday granted parole to Yevgenia Krasnova, who had served "
        "two-thirds of a four-year sentence for an anti-war post, her lawyers said. She is "
        "expected to walk free within 10 days.",
        {("krasnova", "parole_granted", True)},
        {("krasnova", "sentenced", False)},
    ),
    (
        "rejects-parole-bid",
        "Kazakh court rejects parole bid by jailed journalist Seitov",
        "A court in Pavlodar region on Monday turned down a request for parole by Daniyar "
        "Seitov, who is serving seven years on charges of spreading false information.",
        {("seitov", "parole_denied", True)},
        {("seitov", "sentenced", False), ("seitov", "charged", False)},
    ),
    (
        "pardons-with-others",
        "Lukashenko pardons Marchuk, 17 other prisoners",
        "MINSK (Reuters) - Belarusian President Alexander Lukashenko has pardoned 18 people "
        "convicted of 'extremist' crimes, including journalist Lena Marchuk, the presidential "
        "press service said on Wednesday.",
        {("marchuk", "pardoned", True)},
        {("marchuk", "released", True), ("marchuk", "sentenced", False)},
    ),
    (
        "sentenced-in-absentia-headline",
        "Exiled journalist Krasnova sentenced in absentia to eight years",
        "A Moscow court on Wednesday sentenced Yevgenia Krasnova, who left Russia in 2022, in "
        "absentia to eight years in prison for spreading 'fake news' about the army.",
        {("krasnova", "sentenced", True)},
        {("krasnova", "fled", False)},
    ),
    (
        "extends-sentence-present-tense",
        "Iran adds two years to Habibi's sentence",
        "An Iranian court has extended the prison sentence of lawyer Nasrin Habibi by two years "
        "for 'propaganda against the state' over letters she wrote from Evin prison, her "
        "husband said on Wednesday.",
        {("habibi", "sentenced", True)},
        set(),
    ),
    (
        "walks-free-restricted-freedom",
        "Kuznetsov walks free after court replaces sentence with restricted freedom",
        "A court in St Petersburg on Tuesday replaced the remaining two years of artist Artem "
        "Kuznetsov's prison term with restricted freedom, and he left the colony the same "
        "evening.",
        {("kuznetsov", "parole_granted", True)},
        {("kuznetsov", "released", True)},
    ),
    (
        "frees-replaces-prison-with-fine",
        "Russian court frees anti-war artist Kuznetsov, orders fine",
        "A court in St Petersburg on Wednesday released artist Artem Kuznetsov from custody, "
        "ordering him to pay a fine of 300,000 roubles instead of the prison term prosecutors "
        "had sought.",
        {("kuznetsov", "released", True), ("kuznetsov", "sentenced", True)},
        set(),
    ),
    (
        "freed-then-re-arrested",
        "Jabarov freed, then re-arrested outside prison gates",
        "Azerbaijani reporter Elnur Jabarov was re-arrested minutes after he was released from "
        "a Baku prison on Tuesday at the end of his term, his colleagues said.",
        {("jabarov", "released", True), ("jabarov", "detained", True)},
        {("jabarov", "sentenced", False)},
    ),
    (
        "flees-after-conviction",
        "Aydin flees Turkey after conviction",
        "Journalist Selin Aydin, who was sentenced to three years last month, has left Turkey "
        "and is seeking asylum in Germany, her lawyer said on Wednesday.",
        {("aydin", "fled", True)},
        {("aydin", "sentenced", True), ("aydin", "sentenced", False)},
    ),
    (
        "hospitalised-on-hunger-strike",
        "Beridze hospitalised after 30 days on hunger strike",
        "Nino Beridze, who has refused food since February 3 to protest her detention, was "
        "taken to a prison hospital on Tuesday, her lawyer said.",
        {("beridze", "hunger_strike", True), ("beridze", "transferred", True)},
        {("beridze", "detained", False)},
    ),
    (
        "begins-hunger-strike",
        "Iranian lawyer Habibi begins hunger strike",
        "Nasrin Habibi, a human rights lawyer serving a 10-year sentence in Evin prison, has gone "
        "on hunger strike to protest the denial of medical care, her husband said.",
        {("habibi", "hunger_strike", True)},
        {("habibi", "sentenced", False), ("habibi", "ill_treatment", True)},
    ),
    (
        "back-behind-bars-parole-revoked",
        "Activist Temirov back behind bars after parole revoked",
        "A court in Almaty on Monday revoked the parole of activist Askar Temirov and sent him "
        "back to prison to serve the rest of his five-year term.",
        {("temirov", "detained", True)},
        {("temirov", "parole_granted", False), ("temirov", "sentenced", False)},
    ),
    (
        "title-case-court-sentences",
        "Uzbek Court Sentences Blogger Dilnoza Yusupova to Seven Years",
        "Yusupova was convicted of insulting the president and spreading false information in a "
        "closed trial in Tashkent on Tuesday.",
        {("yusupova", "sentenced", True)},
        {("yusupova", "trial", True)},
    ),
    (
        "title-case-freed-in-swap",
        "Mikhail Orlov Freed in Prisoner Swap",
        "Russian opposition politician Mikhail Orlov was among 16 prisoners released on Thursday "
        "in an exchange between Russia and the United States, officials said.",
        {("orlov", "released", True)},
        set(),
    ),
    (
        "title-case-released-from-colony",
        "Oleg Shulga Released From Colony After Serving Term",
        "Ukrainian activist Oleg Shulga was released on Tuesday from a colony in Crimea where he "
        "had served five years, his lawyer said.",
        {("shulga", "released", True)},
        {("shulga", "sentenced", False)},
    ),
]

# Summaries that add what the headline leaves out: a dateline, an older event, "faces up to",
# a trial that opens or waits, a request that is no event.
SUMMARIES: list[Item] = [
    (
        "dateline-repeats-headline",
        "Russian court jails theatre director Zhukova for six years",
        "MOSCOW, March 3 (Reuters) - A Russian military court on Tuesday sentenced theatre "
        "director Irina Zhukova to six years in prison for justifying terrorism, in a case over "
        "a play that critics said was an attack on artistic freedom.",
        {("zhukova", "sentenced", True)},
        set(),
    ),
    (
        "faces-up-to-ahead-of-trial",
        "Rapper Farid Karimi faces up to 10 years ahead of trial",
        "Iranian rapper Farid Karimi, who was arrested in October, will go on trial in Tehran "
        "next week on charges of spreading propaganda against the state, his lawyer said.",
        {("karimi", "detained", False)},
        {("karimi", "charged", False), ("karimi", "charged", True)},
    ),
    (
        "faces-up-to-after-indictment",
        "Aydin faces up to 10 years on terrorism charges",
        "Istanbul prosecutors on Monday indicted journalist Selin Aydin on charges of membership "
        "of a terrorist organisation, seeking up to 10 years in prison.",
        {("aydin", "charged", True)},
        set(),
    ),
    (
        "old-jailing-marks-days",
        "Nicaraguan priest Vargas marks 500 days in prison",
        "Tomas Vargas, a Catholic priest who was jailed in 2024 after criticising the "
        "government, remains in La Modelo prison, his diocese said on Wednesday.",
        {("vargas", "detained", False)},
        set(),  # "jailed ... after criticising": no term, no offence named (the convention)
    ),
    (
        "ngo-incommunicado-since-arrest",
        "Tajikistan: Lawyer Nazarov held incommunicado",
        "Human Rights Watch said on Thursday that Tajik authorities have held lawyer Farrukh "
        "Nazarov incommunicado since his arrest on February 27 and must disclose his "
        "whereabouts.",
        {("nazarov", "detained", True)},
        set(),
    ),
    (
        "trial-opens-held-since-october",
        "Trial of Karimi opens in Tehran",
        "The trial of rapper Farid Karimi, who has been in Evin prison since October, opened "
        "behind closed doors in Tehran's Revolutionary Court on Wednesday, his lawyer said.",
        {("karimi", "trial", True)},
        {("karimi", "detained", False)},
    ),
    (
        "trial-postponed",
        "Jabarov trial postponed again",
        "A Baku court on Tuesday postponed the trial of reporter Elnur Jabarov until April 2 "
        "after prosecutors failed to appear.",
        set(),
        set(),
    ),
    (
        "detained-days-after-release",
        "Police detain Bekov again, days after his release",
        "Kyrgyz police detained journalist Ruslan Bekov on Tuesday, five days after he was freed "
        "from pretrial detention, his lawyer said.",
        {("bekov", "detained", True), ("bekov", "released", True)},
        set(),
    ),
    (
        "conviction-quashed-old-sentence",
        "Supreme Court overturns conviction of Okafor",
        "ABUJA (Reuters) - Nigeria's Supreme Court on Thursday quashed the conviction of rights "
        "campaigner Zainab Okafor, who had been sentenced to five years for cyberstalking in "
        "2023, and ordered her immediate release.",
        {("okafor", "charges_dropped", True), ("okafor", "sentenced", False)},
        {("okafor", "released", True)},
    ),
    (
        "press-release-sentencing",
        "Statement on the sentencing of Dilnoza Yusupova",
        "We condemn the seven-year prison sentence handed down today to Uzbek blogger Dilnoza "
        "Yusupova and call for her immediate release.",
        {("yusupova", "sentenced", True)},
        set(),
    ),
    (
        "former-prisoner-released-years-ago",
        "Ex-political prisoner Rustamov launches new poetry collection",
        "Bobur Rustamov, who spent eight years in Uzbek prisons before his release in 2018, "
        "presented his new book in Tashkent on Wednesday.",
        {("rustamov", "released", False)},
        {("rustamov", "detained", False), ("rustamov", "sentenced", False)},
    ),
    (
        "old-events-only",
        "Five years on, Sokolov's family still waiting",
        "Pavel Sokolov was arrested in March 2021 and sentenced in 2022 to 12 years for treason. "
        "His appeal was rejected in 2023.",
        {
            ("sokolov", "detained", False),
            ("sokolov", "sentenced", False),
            ("sokolov", "appeal_rejected", False),
        },
        set(),
    ),
    (
        "sentenced-last-year-transferred",
        "Zhukova transferred to Mordovia colony",
        "Theatre director Irina Zhukova, sentenced last year to six years, has been transferred "
        "to a penal colony in Mordovia, Mediazona reported on Wednesday.",
        {("zhukova", "transferred", True), ("zhukova", "sentenced", False)},
        set(),
    ),
    (
        "ngo-colon-headline-sentenced-dated",
        "Kazakhstan: Free jailed activist Askar Temirov",
        "Kazakh authorities should immediately release activist Askar Temirov, who was sentenced "
        "on February 20 to five years in prison for 'inciting discord', Human Rights Watch said "
        "today.",
        {("temirov", "sentenced", True)},
        set(),
    ),
    (
        "freed-ahead-of-trial",
        "Dilnoza Yusupova freed ahead of trial",
        "TASHKENT (Reuters) - Uzbek authorities released blogger Dilnoza Yusupova from pretrial "
        "detention on Tuesday under a travel ban ahead of her trial on charges of extortion.",
        {("yusupova", "released", True)},
        {("yusupova", "charged", True), ("yusupova", "charged", False)},
    ),
    (
        "previously-jailed-now-detained",
        "Blogger Yusupova detained in Tashkent",
        "Dilnoza Yusupova, who was previously jailed in 2019 for her reporting, was detained on "
        "Tuesday by State Security Service officers, her sister said.",
        {("yusupova", "detained", True)},
        {("yusupova", "sentenced", False)},  # "jailed for her reporting": a sentence
    ),
    (
        "jailed-in-2019-transferred",
        "Activist Shulga, jailed in 2019, transferred to Russian prison",
        "Ukrainian activist Oleg Shulga, who was jailed in 2019 on sabotage charges, has been "
        "transferred from Crimea to a prison in Rostov-on-Don, his lawyer said on Tuesday.",
        {("shulga", "transferred", True)},
        {
            ("shulga", "detained", False),  # "jailed ... on sabotage charges": before a trial
            ("shulga", "charged", False),
        },
    ),
    (
        "days-behind-bars-since-arrest",
        "Rustamov: 1,000 days behind bars",
        "Uzbek poet Bobur Rustamov has now spent 1,000 days in prison since his arrest in June "
        "2023.",
        {("rustamov", "detained", False)},
        set(),
    ),
    (
        "dateline-charged-days-after-detained",
        "Kyrgyz journalist Bekov charged with calling for unrest",
        "BISHKEK, March 4 (Reuters) - Kyrgyz authorities have charged journalist Ruslan Bekov "
        "with calling for mass unrest, days after he was detained in a raid on his news outlet, "
        "his lawyer said on Wednesday.",
        {("bekov", "charged", True), ("bekov", "detained", True)},
        set(),
    ),
    (
        "trial-opens-held-since-january",
        "Georgian journalist Beridze goes on trial over slap",
        "TBILISI, March 4 (Reuters) - The trial of Georgian journalist Nino Beridze, who has "
        "been held since January on charges of assaulting a police officer, opened in Batumi on "
        "Wednesday.",
        {("beridze", "trial", True)},
        {("beridze", "detained", False), ("beridze", "charged", False)},
    ),
    (
        "beaten-in-custody-detained-last-week",
        "Kazakh activist Temirov says he was beaten in custody",
        "Askar Temirov, detained last week over a protest in Zhanaozen, told his lawyer he had "
        "been beaten by guards at a detention centre in Aktau, the lawyer said on Wednesday.",
        {("temirov", "detained", True), ("temirov", "ill_treatment", True)},
        set(),
    ),
    (
        "freed-says-tortured",
        "Freed Ugandan reporter Asante says he was tortured in detention",
        "Kwame Asante, who was released on bail last week after three months in custody, said "
        "on Wednesday that military intelligence officers had beaten him repeatedly.",
        {("asante", "released", True), ("asante", "ill_treatment", True)},
        {("asante", "ill_treatment", False)},
    ),
    (
        "death-as-history",
        "Memorial held for Tokhtarova a year after her death in custody",
        "Supporters gathered in Almaty on Wednesday to mark the first anniversary of the death "
        "of activist Gulmira Tokhtarova, who died in a prison hospital in March 2025.",
        {("tokhtarova", "died", False)},
        set(),
    ),
    (
        "release-ordered-but-still-held",
        "Court orders release of Asante, but he remains held",
        "A Kampala judge on Monday ordered the release of Kwame Asante on bail, but prison "
        "authorities have refused to free him, citing a new warrant, his lawyers said.",
        set(),
        set(),
    ),
    (
        "to-be-freed-under-amnesty",
        "Kavalenka to be freed under amnesty, lawyer says",
        "Belarusian blogger Ales Kavalenka is expected to be released next week under an "
        "amnesty announced by President Lukashenko, his lawyer said on Wednesday.",
        set(),
        set(),
    ),
    (
        "police-deny-arrest",
        "Police deny detaining Mensah",
        "Ghana police on Wednesday denied reports that journalist Ama Mensah had been arrested, "
        "saying she was only invited for questioning.",
        set(),
        set(),
    ),
    (
        "refuses-to-extradite",
        "Poland refuses to extradite Nazarov to Tajikistan",
        "A Warsaw court on Tuesday rejected Tajikistan's request to extradite opposition activist "
        "Farrukh Nazarov, who has lived in Poland since 2016.",
        set(),
        set(),
    ),
    (
        "urge-release-old-sentence",
        "Rights groups urge release of jailed Vietnamese blogger Nguyen Thi Lan",
        "Amnesty International on Wednesday called on Vietnam to free blogger Nguyen Thi Lan, "
        "who was sentenced to six years in prison in 2024 for anti-state propaganda.",
        {("lan", "sentenced", False)},
        set(),
    ),
    (
        "profile-old-events",
        "Profile: Marchuk, Belarus's longest-held editor",
        "Lena Marchuk was arrested in 2020 after covering protests and sentenced to eight years "
        "in 2021.",
        {("marchuk", "detained", False), ("marchuk", "sentenced", False)},
        set(),
    ),
    (
        "detention-extended",
        "Court extends Bekov's pretrial detention",
        "A Bishkek court on Monday extended the pretrial detention of journalist Ruslan Bekov by "
        "two months.",
        set(),
        {("bekov", "detained", True), ("bekov", "detained", False)},
    ),
    (
        "list-of-three-sentenced",
        "Belarus court jails three journalists",
        "A court in Minsk on Tuesday sentenced journalists Lena Marchuk, Ales Kavalenka and Ihar "
        "Rudnik to between three and six years in prison for 'facilitating extremist activity', "
        "the Belarusian Association of Journalists said.",
        {("marchuk", "sentenced", True), ("kavalenka", "sentenced", True)},
        set(),
    ),
]

# Events of someone else: a co-defendant, a relative, a lawyer, supporters; the watched
# person named only to say who they are.
OTHERS: list[Item] = [
    (
        "co-defendant-jailed",
        "Belarus jails Kavalenka's co-defendant for four years",
        "A court in Grodno sentenced Pyotr Lisouski, a co-defendant of jailed blogger Ales "
        "Kavalenka, to four years in a penal colony on Tuesday.",
        set(),
        set(),
    ),
    (
        "son-arrested",
        "Son of activist Okafor arrested in Lagos",
        "Police in Lagos arrested Emeka Okafor, the 22-year-old son of detained rights "
        "campaigner Zainab Okafor, on Monday, her organisation said.",
        set(),
        set(),
    ),
    (
        "brother-detained-activist-says",
        "Seitov's brother detained, activist says",
        "Daniyar Seitov said on Wednesday that police had detained his brother Nurlan in "
        "Shymkent in what he called an attempt to pressure him.",
        set(),
        set(),
    ),
    (
        "lawyer-arrested",
        "Lawyer of jailed rapper Karimi arrested",
        "Iranian security forces arrested Mahmoud Rezaei, the lawyer of jailed rapper Farid "
        "Karimi, at his Tehran office on Tuesday, his family said.",
        set(),
        set(),
    ),
    (
        "wife-detained",
        "Wife of imprisoned Vargas detained at Managua airport",
        "Nicaraguan police on Monday detained Rosa Vargas, the wife of jailed priest Tomas "
        "Vargas, as she tried to board a flight to Panama.",
        set(),
        set(),
    ),
    (
        "supporters-detained",
        "Dozens of Petrosyan supporters detained at Yerevan rally",
        "Police detained at least 40 supporters of opposition politician Levon Petrosyan at a "
        "rally outside parliament on Wednesday.",
        set(),
        set(),
    ),
    (
        "wife-jailed-feminine-surname",
        "Seitov's wife jailed for two years",
        "A court in Almaty on Tuesday sentenced Aigerim Seitova, the wife of exiled journalist "
        "Daniyar Seitov, to two years in prison for financing extremism.",
        set(),
        {("seitov", "fled", False)},
    ),
]

# Title Case headlines: another given name before a listed surname is someone else.
TITLE_CASE: list[Item] = [
    (
        "title-case-opens-up",
        "Boris Orlov Opens Up About His Years in a Russian Prison",
        "The former businessman, who was freed in 2023, spoke to the BBC about life in a "
        "Siberian colony.",
        set(),
        set(),
    ),
    (
        "title-case-other-given-name-sentenced",
        "Anna Krasnova Sentenced to Five Years for Charity Donation",
        "A court in Yekaterinburg sentenced Anna Krasnova, a 33-year-old nurse, to five years "
        "for donating to a Ukrainian charity.",
        set(),
        set(),
    ),
    (
        "title-case-other-given-name-detained",
        "Viktor Shulga Detained in Occupied Kherson",
        "Russian forces detained Viktor Shulga, a local councillor, on Monday, Ukrainian "
        "officials said.",
        set(),
        set(),
    ),
]


# A second batch, written after the first landed; labels written before its first run.
SECOND: list[Item] = [
    (
        "handed-term",
        "Kyrgyz journalist Ruslan Bekov handed 5-year term",
        "BISHKEK (AFP) - A Bishkek court on Wednesday found Ruslan Bekov guilty of calling for "
        "mass riots, his lawyer said.",
        {("bekov", "sentenced", True)},
        set(),
    ),
    (
        "gets-life",
        "Iranian rapper Farid Karimi gets life in prison",
        "Karimi's family learned of the verdict on Tuesday, two weeks after a closed hearing.",
        {("karimi", "sentenced", True)},
        set(),
    ),
    (
        "behind-bars-again",
        "Activist Askar Temirov behind bars again",
        "Police in Almaty detained Askar Temirov on Wednesday, less than a year after he was "
        "released from a penal colony.",
        {("temirov", "detained", True)},
        {("temirov", "released", False)},
    ),
    (
        "out-on-bail",
        "Ghanaian reporter Ama Mensah out on bail",
        "ACCRA, March 4 (Reuters) - Ama Mensah, who was arrested last week over a report on "
        "illegal mining, was granted bail on Wednesday and left police custody.",
        {("mensah", "released", True), ("mensah", "detained", True)},
        set(),
    ),
    (
        "home-after-years-in-jail",
        "Poet Bobur Rustamov home after eight years in jail",
        "Rustamov arrived at his family's house in Bukhara on Tuesday after his release from a "
        "colony in Navoi.",
        {("rustamov", "released", True)},
        set(),
    ),
    (
        "to-stand-trial",
        "Selin Aydin to stand trial in April",
        "An Istanbul court on Monday accepted the indictment against journalist Selin Aydin and "
        "set her first hearing for April 14.",
        set(),
        {("aydin", "charged", True)},
    ),
    (
        "trial-of-x-begins",
        "Trial of Belarusian editor Lena Marchuk begins behind closed doors",
        "The trial of Lena Marchuk, who has been in custody since September, began in Minsk on "
        "Tuesday, the Belarusian Association of Journalists said.",
        {("marchuk", "trial", True)},
        {("marchuk", "detained", False)},
    ),
    (
        "guilty-court-rules",
        "Artem Kuznetsov guilty of 'discrediting' army, court rules",
        "A St Petersburg court on Wednesday fined the artist 50,000 roubles for an anti-war "
        "painting.",
        {("kuznetsov", "sentenced", True)},
        set(),
    ),
    (
        "sentenced-co-defendant-acquitted",
        "Elnur Jabarov sentenced; co-defendant acquitted",
        "A Baku court on Monday sentenced reporter Elnur Jabarov to six years in prison and "
        "acquitted his colleague Rauf Mammadli.",
        {("jabarov", "sentenced", True)},
        set(),
    ),
    (
        "son-jailed",
        "Son of exiled activist Farrukh Nazarov jailed in Dushanbe",
        "A court in Dushanbe sentenced Iskandar Nazarov, 24, to seven years on Tuesday in what "
        "his father called revenge for his activism abroad.",
        set(),
        {("nazarov", "fled", False)},
    ),
    (
        "freed-in-exchange",
        "Mikhail Orlov freed in prisoner exchange",
        "The Russian opposition politician landed in Berlin on Thursday as part of a prisoner "
        "swap between Russia and the West, German officials said.",
        {("orlov", "released", True)},
        set(),
    ),
    (
        "granted-asylum",
        "Tajik dissident Farrukh Nazarov granted asylum in Germany",
        "Nazarov, who fled Tajikistan in 2016, had been threatened with deportation from Turkey.",
        {("nazarov", "fled", True)},
        {("nazarov", "fled", False)},
    ),
    (
        "hunger-strike-enters-day",
        "Nino Beridze's hunger strike enters day 30",
        "The jailed Georgian journalist has lost 12 kilograms, her lawyer said on Wednesday.",
        {("beridze", "hunger_strike", True)},
        set(),
    ),
    (
        "found-dead-in-cell",
        "Jailed activist Gulmira Tokhtarova found dead in cell",
        "Prison officials in Karaganda said on Wednesday that Tokhtarova had died of heart "
        "failure; her family demanded an independent investigation.",
        {("tokhtarova", "died", True)},
        set(),
    ),
    (
        "conviction-overturned",
        "Karim Haddad's conviction overturned",
        "Lebanon's Court of Cassation on Tuesday annulled the cartoonist's 2025 conviction for "
        "insulting the army.",
        {("haddad", "charges_dropped", True)},
        {("haddad", "sentenced", False)},
    ),
    (
        "indicted-on-charges",
        "Kwame Asante indicted on treason charges",
        "KAMPALA (Reuters) - Ugandan prosecutors on Wednesday indicted opposition politician "
        "Kwame Asante on treason charges that carry the death penalty.",
        {("asante", "charged", True)},
        set(),
    ),
    (
        "police-raid-home",
        "Police raid home of journalist Dilnoza Yusupova",
        "Security officers searched Dilnoza Yusupova's flat in Tashkent on Tuesday and seized "
        "her laptop and phone, her sister said.",
        set(),
        set(),
    ),
    (
        "summoned-for-questioning",
        "Ama Mensah summoned for questioning",
        "Ghana police on Wednesday summoned journalist Ama Mensah for questioning over her "
        "report on illegal mining.",
        set(),
        set(),
    ),
    (
        "wanted-list",
        "Russia puts exiled journalist Yevgenia Krasnova on wanted list",
        "The interior ministry added Yevgenia Krasnova, who left Russia in 2022, to its wanted "
        "list on Tuesday.",
        set(),
        {("krasnova", "fled", False)},
    ),
    (
        "released-after-serving-term",
        "Oleg Shulga released after serving five-year term",
        "SIMFEROPOL, March 4 (Reuters) - Ukrainian activist Oleg Shulga walked free from a "
        "colony in Crimea on Wednesday.",
        {("shulga", "released", True)},
        {("shulga", "sentenced", False)},
    ),
    (
        "summary-repeats-with-old-arrest",
        "Nguyen Thi Lan jailed for six years",
        "HANOI (Reuters) - A Vietnamese court sentenced blogger Nguyen Thi Lan to six years in "
        "prison on Wednesday for anti-state propaganda. She was arrested in May 2025.",
        {("lan", "sentenced", True), ("lan", "detained", False)},
        set(),
    ),
    (
        "faces-up-to-after-charge",
        "Nino Beridze faces up to 7 years",
        "Georgian prosecutors on Tuesday charged journalist Nino Beridze with assaulting a "
        "police officer during a protest in Batumi.",
        {("beridze", "charged", True)},
        set(),
    ),
    (
        "detained-at-airport",
        "Journalist Irina Zhukova detained at Moscow airport",
        "Zhukova was taken off a flight to Yerevan on Tuesday and questioned for six hours, "
        "her lawyer said.",
        {("zhukova", "detained", True)},
        set(),
    ),
    (
        "sentence-commuted",
        "Farid Karimi's death sentence commuted",
        "Iran's Supreme Court on Tuesday commuted the rapper's death sentence to 10 years in "
        "prison, his lawyer said.",
        {("karimi", "sentenced", True)},
        {("karimi", "appeal_rejected", True), ("karimi", "sentenced", False)},
    ),
    (
        "lawyer-and-client-list",
        "Uzbek blogger Dilnoza Yusupova and her lawyer detained",
        "State Security Service officers detained Dilnoza Yusupova and her lawyer, Aziz "
        "Karimov, outside a Tashkent court on Tuesday.",
        {("yusupova", "detained", True)},
        set(),
    ),
    (
        "relative-freed-person-still-held",
        "Brother of jailed activist Askar Temirov freed",
        "Nurlan Temirov was released on Monday after 15 days of administrative arrest; his "
        "brother Askar remains in prison.",
        set(),
        set(),
    ),
    (
        "transferred-to-colony-dateline",
        "Pavel Sokolov moved to Siberian colony",
        "MOSCOW, March 3 (Reuters) - Jailed lawyer Pavel Sokolov has been transferred to a "
        "high-security penal colony in the Irkutsk region, his wife said on Tuesday.",
        {("sokolov", "transferred", True)},
        set(),
    ),
    (
        "deported-present-tense-relative",
        "Turkey deports Selin Aydin's husband",
        "Turkish police on Tuesday deported Omar Haddad, the Syrian husband of journalist Selin "
        "Aydin, to Damascus.",
        set(),
        set(),
    ),
    (
        "acquitted-of-extremism",
        "Levon Petrosyan acquitted of coup charges",
        "YEREVAN (AP) — An Armenian court acquitted opposition politician Levon Petrosyan on "
        "Tuesday of calling for the violent overthrow of the government.",
        {("petrosyan", "acquitted", True)},
        set(),
    ),
    (
        "title-case-another-given-name-freed",
        "Pavel Orlov Freed After Two Years in Prison",
        "The businessman Pavel Orlov walked out of a colony in Tver on Tuesday.",
        set(),
        set(),
    ),
    (
        "title-case-another-given-name-dies",
        "Irina Tokhtarova Dies at 81",
        "The actress Irina Tokhtarova died in Almaty on Monday, her family said.",
        set(),
        set(),
    ),
    (
        "title-case-listed-name-sentenced",
        "Court Sentences Nasrin Habibi to Additional Two Years",
        "An Iranian court on Tuesday sentenced the human rights lawyer to two more years for "
        "propaganda against the state, her husband said.",
        {("habibi", "sentenced", True)},
        set(),
    ),
]


# A third batch: NGO alerts, press releases, tickers and US-style Title Case headlines;
# labels written before its first run.
THIRD: list[Item] = [
    (
        "urgent-action-detained",
        "URGENT ACTION: Woman human rights defender detained",
        "Nasrin Habibi, a lawyer who defends women's rights, was arrested at her office in "
        "Tehran on 2 March and taken to an unknown location.",
        {("habibi", "detained", True)},
        set(),
    ),
    (
        "press-release-welcomes-release",
        "PEN welcomes release of poet Bobur Rustamov",
        "PEN International welcomes the release of Uzbek poet Bobur Rustamov, who was freed on "
        "3 March after serving eight years of a ten-year sentence.",
        {("rustamov", "released", True)},
        {("rustamov", "sentenced", False)},
    ),
    (
        "press-release-condemns-sentence",
        "CPJ condemns 9-year sentence for Azerbaijani journalist Elnur Jabarov",
        "The Committee to Protect Journalists condemned on Tuesday the nine-year prison "
        "sentence handed to Elnur Jabarov and called for his release.",
        {("jabarov", "sentenced", True)},
        set(),
    ),
    (
        "ticker-colon",
        "Kyrgyzstan: journalist Ruslan Bekov released",
        "Bekov spent 40 days in pretrial detention.",
        {("bekov", "released", True)},
        # added after the first run: 40 days held is a detention begun over a month ago
        {("bekov", "detained", False)},
    ),
    (
        "title-case-us-style-released",
        "Jailed Ugandan Opposition Leader Kwame Asante Released on Bail",
        "Kwame Asante, who was detained in November, walked out of Luzira prison on Tuesday.",
        {("asante", "released", True)},
        {("asante", "detained", False)},
    ),
    (
        "title-case-us-style-sentenced",
        "Iranian Rapper Farid Karimi Sentenced to Death Over Protest Songs",
        "Karimi, 33, was convicted of 'corruption on earth' by a Revolutionary Court in Tehran.",
        {("karimi", "sentenced", True)},
        set(),
    ),
    (
        "title-case-other-given-name-arrested",
        "Dmitry Zhukova's Husband Arrested",
        "Police in Moscow arrested Dmitry Volkov, the husband of actress Anna Zhukova, on Tuesday.",
        set(),
        set(),
    ),
    (
        "question-headline",
        "Will Lena Marchuk be freed?",
        "Supporters of the jailed editor hope an amnesty announced on Tuesday will cover her.",
        set(),
        set(),
    ),
    (
        "quote-headline",
        "'I was beaten every day': Kwame Asante on his months in custody",
        "The Ugandan opposition politician, freed on bail last week, described his treatment "
        "at a military barracks.",
        {("asante", "ill_treatment", True)},
        {("asante", "released", True), ("asante", "ill_treatment", False)},
    ),
    (
        "named-in-second-sentence",
        "Blogger jailed for five years in Uzbekistan",
        "A court in Tashkent on Tuesday sentenced a blogger to five years in prison for "
        "insulting the president. Dilnoza Yusupova, 29, denied the charges.",
        {("yusupova", "sentenced", True)},
        set(),
    ),
    (
        "co-defendants-list-after-colon",
        "Belarus: three journalists jailed",
        "Sentenced on Tuesday: Lena Marchuk (six years), Ales Kavalenka (four years) and Ihar "
        "Rudnik (three years).",
        {("marchuk", "sentenced", True), ("kavalenka", "sentenced", True)},
        set(),
    ),
    (
        "anniversary-of-arrest",
        "One year since the arrest of Pavel Sokolov",
        "Lawyer Pavel Sokolov was detained on 4 March 2025 and is awaiting trial in Moscow.",
        {("sokolov", "detained", False)},
        set(),
    ),
    (
        "sentence-expected",
        "Verdict expected in trial of Selin Aydin",
        "An Istanbul court is expected to rule on Thursday in the case of journalist Selin Aydin, "
        "who faces up to 10 years in prison.",
        set(),
        set(),
    ),
    (
        "prosecutor-seeks",
        "Prosecutor seeks 8 years for Levon Petrosyan",
        "Armenian prosecutors on Tuesday asked a court to sentence opposition politician Levon "
        "Petrosyan to eight years in prison.",
        set(),
        set(),
    ),
    (
        "released-into-exile",
        "Nicaragua frees priest Tomas Vargas, expels him to Rome",
        "Tomas Vargas arrived in Rome on Wednesday after Nicaraguan authorities released him "
        "from prison and put him on a flight, the Vatican said.",
        {("vargas", "released", True), ("vargas", "fled", True)},
        set(),
    ),
    (
        "extradited-headline",
        "Farrukh Nazarov extradited to Tajikistan",
        "DUSHANBE (Reuters) - Tajikistan's prosecutor general said on Wednesday that dissident "
        "Farrukh Nazarov had been handed over by Turkey and placed in pretrial detention.",
        {("nazarov", "fled", True), ("nazarov", "detained", True)},
        set(),
    ),
    (
        "parole-denied-headline-noun",
        "Parole denied for Nasrin Habibi",
        "A Tehran court on Monday rejected the jailed lawyer's application for early release.",
        {("habibi", "parole_denied", True)},
        set(),
    ),
    (
        "house-arrest-lifted",
        "Court lifts house arrest of Levon Petrosyan",
        "An Armenian court on Tuesday ended the house arrest of opposition politician Levon "
        "Petrosyan, who had been confined to his home since January.",
        {("petrosyan", "released", True)},
        {("petrosyan", "house_arrest", False)},
    ),
    (
        "death-sentence-upheld-title-case",
        "Iran Upholds Death Sentence for Rapper Farid Karimi",
        "Iran's Supreme Court has upheld the death sentence, his lawyer said on Wednesday.",
        {("karimi", "appeal_rejected", True)},
        {("karimi", "sentenced", False)},
    ),
    (
        "hunger-strike-ends",
        "Nino Beridze ends 40-day hunger strike",
        "The jailed Georgian journalist ended her hunger strike on Tuesday after prison "
        "officials agreed to let her see a doctor.",
        {("beridze", "hunger_strike", True)},
        set(),
    ),
]


# Classes still read wrongly, kept in view: the test fails once one of them is read right.
NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(
    ("title", "text", "expected", "optional"),
    named_params(HEADLINES + SUMMARIES + OTHERS + TITLE_CASE + SECOND + THIRD, NOT_YET),
)
def test_a_feed_item_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    found = events(text, title)
    assert expected <= found <= expected | optional


# (name, text, person, the mentions of that person, None when the person is not named)
HEADLINE_NAMES: list[tuple[str, str, str, list[str] | None]] = [
    (
        "opens-up",
        "Boris Orlov Opens Up About Life in a Russian Colony\n\nThe businessman spoke in Riga.",
        "orlov",
        None,
    ),
    (
        "named-head-of-bar",
        "Dmitry Sokolov Named Head of Moscow Bar Association\n\nHe was elected on Monday.",
        "sokolov",
        None,
    ),
    ("other-given-name-sentenced", "Anna Krasnova Sentenced to Five Years", "krasnova", None),
    ("other-given-name-detained", "Viktor Shulga Detained in Occupied Kherson", "shulga", None),
    ("spanish-given-name", "Rosa Vargas Detained at Managua Airport", "vargas", None),
    ("kazakh-given-name", "Nurlan Seitov Says Brother Was Beaten", "seitov", None),
    ("igbo-given-name", "Emeka Okafor Arrested in Lagos", "okafor", None),
    ("turkish-given-name", "Kemal Aydin Wins Istanbul Mayoral Race", "aydin", None),
    ("english-given-name", "James Haddad Joins Board of Beirut Bank", "haddad", None),
    # counter-examples: the listed given name, a role or a verb before the surname (a
    # surname alone names the person when the article names them in full: the summary
    # lines were added after the first run, which left them out)
    ("listed-given-name", "Mikhail Orlov Freed in Prisoner Swap", "orlov", ["Mikhail Orlov"]),
    (
        "verb-before-surname",
        "Court Frees Orlov After Appeal\n\nMikhail Orlov left the court.",
        "orlov",
        ["Orlov", "Mikhail Orlov"],
    ),
    (
        "role-before-surname",
        "Jailed Editor Marchuk Pardoned\n\nLena Marchuk was pardoned.",
        "marchuk",
        ["Marchuk", "Lena Marchuk"],
    ),
    (
        "country-adjective-before-surname",
        "Uzbek Blogger Yusupova Gets Seven Years\n\nDilnoza Yusupova was sentenced.",
        "yusupova",
        ["Yusupova", "Dilnoza Yusupova"],
    ),
]

NAMES_NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "person", "mentions"), named_params(HEADLINE_NAMES, NAMES_NOT_YET)
)
def test_a_title_case_headline_names_only_the_listed_person(
    text: str, person: str, mentions: list[str] | None
) -> None:
    assert mentions_by_person(events.index, text).get(person) == mentions


# The classes fixed after the first run, each with its own sentences and counter-examples:
# (name, title, text, expected)
PHRASES: list[tuple[str, str, str, Events]] = [
    # a denial of reports about a person described before the name
    (
        "denied-reports-that-the-blogger",
        "Rights news",
        "Police denied reports that the blogger Ama Mensah had been arrested.",
        set(),
    ),
    (  # counter-example: said, not denied
        "said-that-the-blogger",
        "Rights news",
        "Police said on Wednesday that the blogger Ama Mensah had been arrested.",
        {("mensah", "detained", True)},
    ),
    # a plea for a person, and the person's own relative clause: it happened
    (
        "urged-to-free-who-was-arrested",
        "Rights news",
        "Amnesty International urged Vietnam to free Nguyen Thi Lan, who was arrested in 2024.",
        {("lan", "detained", False)},
    ),
    (  # counter-example: the relative clause says what could happen
        "urged-to-free-who-could-be-jailed",
        "Rights news",
        "Amnesty International urged Vietnam to free Nguyen Thi Lan, who could be jailed "
        "for ten years.",
        set(),
    ),
    # the organisation is no amnesty
    (
        "amnesty-the-organisation",
        "Rights news",
        "Amnesty called on Vietnam to free Nguyen Thi Lan.",
        set(),
    ),
    (  # counter-example: an amnesty that freed her
        "freed-under-an-amnesty",
        "Rights news",
        "Nguyen Thi Lan was freed under an amnesty on Monday.",
        {("lan", "pardoned", True)},
    ),
    # a release ordered, with a catch
    (
        "release-ordered-not-freed",
        "Rights news",
        "A judge on Monday ordered the release of Kwame Asante, but he has not been freed.",
        set(),
    ),
    (
        "release-ordered-remains-held",
        "Court orders release of Kwame Asante, but he remains held",
        "His lawyers said they would complain.",
        set(),
    ),
    (  # counter-example: the catch is no custody
        "released-passport-kept",
        "Rights news",
        "Kwame Asante was released on Monday, but police refused to return his passport.",
        {("asante", "released", True)},
    ),
    # a plea headline: the adjective is no news
    (
        "free-jailed-activist",
        "Kazakhstan: Free jailed activist Askar Temirov",
        "He is in prison.",
        set(),
    ),
    (
        "court-jails",
        "Court jails activist Askar Temirov",
        "He denied the charges.",
        {("temirov", "sentenced", True)},
    ),
    # a wire's dateline is the day the story was filed, not an event's date
    (
        "dateline",
        "Rights news",
        "ALMATY, March 4 (Reuters) - Askar Temirov, who was arrested in 2019, was moved to "
        "a prison hospital, his wife said.",
        {("temirov", "detained", False), ("temirov", "transferred", True)},
    ),
    (  # an adjective after a dateline's dash
        "adjective-after-dateline",
        "Rights news",
        "MOSCOW, March 3 (Reuters) - Jailed lawyer Pavel Sokolov has been moved to a "
        "colony in Siberia.",
        {("sokolov", "transferred", True)},
    ),
    # a court outcome of someone beside the person
    (
        "headline-co-defendant-acquitted",
        "Elnur Jabarov sentenced; co-defendant acquitted",
        "No more.",
        {("jabarov", "sentenced", True)},
    ),
    (
        "acquitted-his-colleague",
        "Rights news",
        "A court sentenced Elnur Jabarov to six years and acquitted his colleague.",
        {("jabarov", "sentenced", True)},
    ),
    (  # counter-example: the person's own outcome
        "acquitted-him",
        "Rights news",
        "The court accepted the appeal of Elnur Jabarov and acquitted him.",
        {("jabarov", "acquitted", True)},
    ),
    # headlines without the auxiliary
    (
        "headline-conviction-overturned",
        "Karim Haddad's conviction overturned",
        "No more.",
        {("haddad", "charges_dropped", True)},
    ),
    (
        "headline-guilty-court-rules",
        "Artem Kuznetsov guilty of 'discrediting' army, court rules",
        "No more.",
        {("kuznetsov", "sentenced", True)},
    ),
    (  # counter-example
        "headline-not-guilty-court-rules",
        "Artem Kuznetsov not guilty of 'discrediting' army, court rules",
        "No more.",
        {("kuznetsov", "acquitted", True)},
    ),
    # a participle's date set off by commas is its own, not the main verb's
    (
        "participle-date-set-off",
        "Rights news",
        "Irina Zhukova, sentenced last year to six years, has been moved to a colony, her "
        "lawyer said on Wednesday.",
        {("zhukova", "sentenced", False), ("zhukova", "transferred", True)},
    ),
    (  # counter-example: a description, and the main verb's own date
        "description-main-date",
        "Rights news",
        "Irina Zhukova, a theatre director, was moved to a colony last year.",
        {("zhukova", "transferred", False)},
    ),
    # the main clause's date after a relative clause is not the relative clause's
    (
        "relative-clause-then-main-date",
        "Rights news",
        "Nino Beridze, who has been held on charges of assault, was moved to a hospital on Monday.",
        {("beridze", "charged", False), ("beridze", "transferred", True)},
    ),
    (  # counter-example: the relative clause's own date
        "relative-clause-own-date",
        "Rights news",
        "Nino Beridze, who was arrested on Monday, was moved to a hospital in 2019.",
        {("beridze", "detained", True), ("beridze", "transferred", False)},
    ),
    # a headline that asks
    ("headline-asks", "Will Lena Marchuk be freed?", "No more.", set()),
    (  # counter-example: a question about an arrest that happened
        "headline-why-was",
        "Why was Lena Marchuk arrested?",
        "Police detained Lena Marchuk on Monday.",
        {("marchuk", "detained", True)},
    ),
    # a list whose names carry their terms in brackets
    (
        "list-terms-in-brackets",
        "Rights news",
        "Sentenced on Tuesday: Lena Marchuk (six years) and Ales Kavalenka (four years).",
        {("marchuk", "sentenced", True), ("kavalenka", "sentenced", True)},
    ),
    # a house arrest lifted frees, and tells the house arrest before (background, as GUIDE.md
    # labels "released from house arrest"); the present tense of deportation
    (
        "house-arrest-lifted",
        "Court lifts house arrest of Levon Petrosyan",
        "No more.",
        {("petrosyan", "released", True), ("petrosyan", "house_arrest", False)},
    ),
    (  # counter-example: extended
        "house-arrest-extended",
        "Court extends house arrest of Levon Petrosyan",
        "No more.",
        {("petrosyan", "house_arrest", True)},
    ),
    (
        "expels-to",
        "Turkey expels Farrukh Nazarov to Tajikistan",
        "No more.",
        {("nazarov", "fled", True)},
    ),
    (  # counter-example: a party expels
        "party-expels",
        "Party expels Farrukh Nazarov from its board",
        "No more.",
        set(),
    ),
    # a clause a span of months or years before the main verb's time
    (
        "years-after-he-was-released",
        "Rights news",
        "Police detained Askar Temirov on Wednesday, two years after he was released from "
        "a penal colony.",
        {("temirov", "detained", True), ("temirov", "released", False)},
    ),
    (  # counter-example: days after
        "days-after-he-was-released",
        "Rights news",
        "Police detained Askar Temirov on Wednesday, five days after he was released.",
        {("temirov", "detained", True), ("temirov", "released", True)},
    ),
    (  # counter-example: a date in the sentence, not a dateline
        "date-not-a-dateline",
        "Rights news",
        "On March 4 police arrested Askar Temirov.",
        {("temirov", "detained", True)},
    ),
]


@pytest.mark.parametrize(("title", "text", "expected"), named_params(PHRASES, {}))
def test_a_feed_phrase_reads_as_a_reader_would(title: str, text: str, expected: Events) -> None:
    assert events(text, title) == expected
