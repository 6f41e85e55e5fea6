"""Short English feed items, round sixteen (issue 14): world news sites' RSS items (a title
and a summary of one to three sentences) about people at risk in many countries: Iran,
Belarus, Azerbaijan, Egypt, Turkey, Hong Kong and mainland China (surname first, English
given names), Vietnam, Myanmar (honorifics, no surname), Saudi Arabia, Russia, Kazakhstan,
Tajikistan, Nicaragua and Venezuela (double surnames).

The forms are varied on purpose: a fact told only in the headline ("Jailed blogger X freed
after six years") with a summary of background; headline verbs ("gets nine years", "walks
free", "handed eight years"); active and passive voice; "sentenced in absentia",
"re-arrested", "released on bail but barred from travel", "ends hunger strike"; a family
member or a lawyer as the speaker; two people with different fates in one item; events of
relatives (a sister detained, a wife sentenced), not of the person; an anniversary ("a year
since X was jailed") as background; requests ("asked the court to release") and threats
("could be returned to prison") that are no events. Names are spelled otherwise than the
watchlist spells them: transliterations (Bogdanovich for Bahdanovich, Tavakoli for
Tavakkoli, Qasymova for Kassymova, Ksenia for Xenia, Abdelaziz for Abdel Aziz, Huseynzadeh
for Huseynzade), missing diacritics (Cagla Yildirim, Tran Van Minh), "al-", "el-" and
"Al" forms (Alzahrani, al-Masri, el-Masry), patronymics ("Anna Sergeyevna Orekhova"),
honorifics ("Daw", "Ko"), and second mentions by surname alone (or, for a Vietnamese
name, by the last given name). A few namesakes share the surname: a minister, a police
officer, a judge, a Saudi official.

Labels follow DESIGN.md, eval-dev's GUIDE.md and the project's conventions: bail is
``released``; a pardon or an amnesty is ``pardoned``, its release optional; a deportation is
``fled``; "re-arrested at the gate" is ``detained`` (the release before it optional);
"jailed for 14 months" is a sentence; a decision on a dated verdict is news and the verdict
background; a verdict and "a closed trial" on one day are ``sentenced`` and ``trial``;
ending a hunger strike is ``hunger_strike``, current; an item about a verdict learned of
late is news. ``optional`` holds what a reader could label either way. People, outlets and
facts are made up. Every label was written and committed before the module was first run
(edc2ed5).

First run: 32 of 43 items fully right; 39 of 47 labelled events found, 3 wrong extra events;
no namesake was read as the person, but three people were not found at all (three wrong
mention rows): "Denis Morozov" for Dzianis Marozau (a Belarusian name in its Russian form),
"Hesham Abdelaziz" for Hisham Abdel Aziz, "Fahd Alzahrani" for Fahad al-Zahrani (and so
their pardon, arrest and sentence were missed too). Missed besides: "against the
31-year-old singer, who was arrested in September" (a description with a relative clause
standing for the person); "The lawyer said guards had refused to call a doctor" (the
person unnamed in the sentence); an amnesty named in the headline's label ("Myanmar
amnesty: X among 3,000 freed") for a release; "had spent four months under house arrest";
"sentenced ... in a closed trial" as a trial. Extra: the headline "Sister of jailed
activist X detained" gave the sister's arrest to X; "jailed poet Ko X" in a headline read
as an arrest; "two years into a five-year sentence" read as a sentence passed on the day.

After the fixes of their classes (the rule table's ``house_arrest.spent-time-under-house-arrest``
and ``ill_treatment.refused-to-call-a-doctor``, a point reached in a term as a state in
``a-term-sentence``'s counter-examples, ``trial-began``'s "sentenced ... in a closed trial",
and ``CLASSES`` here: a hashtag among a description's words, "jailed" after a verb as an
adjective, a description with a relative clause of an event, "among 3,000 prisoners freed"
and a headline's "X among 3,000 freed", a decision of an older date made known only now;
``SPELLINGS``: a Belarusian -au for a Russian -ov, "Abdel" or "Abdul" joined to the name
after it, Fahd for Fahad): 42 of 43 items, 46 of 47 events, no wrong extra event, every
item names exactly its people; the item left is a strict xfail naming its class
(``NOT_YET``).

``LATER`` holds 17 items written after these fixes (c63e609), other people and countries
with the fixed classes said otherwise, plus two namesakes of the new spellings ("Mostafa
Abdel Rahman", "Ivan Morozov"), labelled and committed before their first run. First run:
17 of 17 items fully right, 17 of 17 events, no extra, no wrong mention. (Written by the
author of the fixes, they show the fixes reach past their own sentences, not what unseen
news would score.)
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.match import compile_names
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
    # Iran
    Person("bahrami", "Amirhossein Bahrami"),
    Person("gholamzadeh", "Sepideh Gholamzadeh"),
    Person("tavakkoli", "Narges Tavakkoli"),
    Person("rezaeinia", "Davood Rezaeinia"),
    # Belarus
    Person("bahdanovich", "Ihar Bahdanovich"),
    Person("marozau", "Dzianis Marozau"),
    # Azerbaijan
    Person("vahidqizi", "Aygun Vahidqizi"),
    Person("huseynzade", "Rufat Huseynzade"),
    # Egypt
    Person("abdelaziz", "Hisham Abdel Aziz"),
    Person("masry", "Nourhan El-Masry"),
    # Turkey
    Person("ekinci", "Barış Ekinci"),
    Person("yildirim", "Çağla Yıldırım"),
    # Hong Kong and mainland China
    Person("wong", "Jeremy Wong Ka-lok"),
    Person("lau", "Winnie Lau Wing-sum"),
    Person("tsang", "Tsang Chi-kin"),
    Person("zhou", "Zhou Jianguo"),
    Person("xu", "Xu Meiling"),
    # Vietnam
    Person("tran", "Trần Văn Minh"),
    Person("le", "Lê Thị Hồng"),
    # Myanmar
    Person("zawhtet", "Zaw Htet Aung"),
    Person("khinmarwin", "Khin Mar Win"),
    # Saudi Arabia
    Person("zahrani", "Fahad al-Zahrani"),
    Person("mutairi", "Lina al-Mutairi"),
    # Russia
    Person("sokolovsky", "Yevgeny Sokolovsky"),
    Person("belousova", "Xenia Belousova"),
    Person("orekhova", "Anna Orekhova"),
    Person("gribov", "Mikhail Gribov"),
    # Kazakhstan
    Person("sarsenbayev", "Yerlan Sarsenbayev"),
    Person("kassymova", "Aruzhan Kassymova"),
    # Tajikistan
    Person("rahimova", "Shahlo Rahimova"),
    Person("davlatov", "Ismoil Davlatov"),
    # Nicaragua
    Person("telleria", "Jaime Tellería"),
    Person("urbina", "Ernesto Urbina López"),
    Person("soza", "Carmen Soza"),
    # Venezuela
    Person("gutierrez", "Andrés Gutiérrez Lara"),
    Person("rojas", "María Fernanda Rojas"),
]
PUBLISHED = datetime(2026, 12, 4, 9, 0)  # a Friday
events = Reader(PEOPLE, PUBLISHED)

NONE: Events = set()

ITEMS: list[FeedItem] = [
    # Iran
    (
        "iran-headline-only-freed-after-six-years",
        "Jailed blogger Amir Hossein Bahrami freed after six years",
        "The Iranian blogger had been held in Evin prison since 2020 on charges of "
        "'propaganda against the system'.",
        {("bahrami", "released", True)},
        {("bahrami", "detained", False), ("bahrami", "charged", False)},
        {"bahrami"},
    ),
    (
        "iran-family-warns-prosecutors-seek-death",
        "Iranian singer Sepideh Gholamzade faces death sentence, family warns",
        "The family of Sepideh Gholamzade said on Thursday that prosecutors are seeking the "
        "death penalty against the 31-year-old singer, who was arrested in September after a "
        "concert in Shiraz.",
        {("gholamzadeh", "detained", False)},
        NONE,
        {"gholamzadeh"},
    ),
    (
        "iran-ends-hunger-strike-husband-speaks",
        "Jailed Iranian lawyer ends hunger strike after 23 days",
        "Narges Tavakoli, held in Qarchak prison, ended her hunger strike on Wednesday after "
        "being allowed a family visit, her husband said.",
        {("tavakkoli", "hunger_strike", True)},
        NONE,
        {"tavakkoli"},
    ),
    (
        "iran-threat-could-be-returned-to-prison",
        "Iran's judiciary warns lawyer Tavakoli over interviews",
        "A judiciary spokesman warned on Tuesday that Narges Tavakoli could be returned to "
        "prison if she gives more interviews to foreign media.",
        NONE,
        NONE,
        {"tavakkoli"},
    ),
    (
        "iran-beaten-during-transfer-lawyer-speaks",
        "Iranian union leader beaten in custody, lawyer says",
        "Davoud Rezaei-Nia was beaten by guards during his transfer to Ghezel Hesar prison last "
        "week, his lawyer told reporters on Thursday.",
        {("rezaeinia", "ill_treatment", True), ("rezaeinia", "transferred", True)},
        NONE,
        {"rezaeinia"},
    ),
    # Belarus
    (
        "belarus-handed-eight-years-russian-spelling",
        "Belarus: journalist handed eight years for 'extremism'",
        "Igor Bogdanovich, a former correspondent for a Polish-funded television channel, was "
        "handed eight years in a medium-security colony by the Minsk regional court on "
        "Thursday, rights monitors said.",
        {("bahdanovich", "sentenced", True)},
        NONE,
        {"bahdanovich"},
    ),
    (
        "belarus-wife-sentenced-not-the-person",
        "Wife of jailed Belarusian journalist Ihar Bahdanovich sentenced to three years",
        "Volha Bahdanovich was convicted on Wednesday of 'facilitating extremist activity' for "
        "sending money to her husband's former employer, rights monitors said.",
        NONE,
        NONE,
        {"bahdanovich"},
    ),
    (
        "belarus-pardon-among-those-freed",
        "Lukashenko pardons 18 more prisoners",
        "Among those freed on Thursday was the former teacher Denis Morozov, jailed in 2021 for "
        "comments on social media, the presidential press service said.",
        {("marozau", "pardoned", True)},
        {("marozau", "released", True), ("marozau", "sentenced", False)},
        {"marozau"},
    ),
    # Azerbaijan
    (
        "azerbaijan-gets-nine-years-event-only-in-title",
        "Azerbaijani journalist Aygun Vahidgizi gets nine years",
        "The reporter for the independent outlet Kanal 13 has been in pretrial detention since "
        "March and denies smuggling charges, which rights groups call retaliation for her "
        "reporting.",
        {("vahidqizi", "sentenced", True)},
        {("vahidqizi", "detained", False), ("vahidqizi", "charged", False)},
        {"vahidqizi"},
    ),
    (
        "azerbaijan-appeal-upholds-june-sentence",
        "Baku appeals court upholds sentence of journalist Vahidgizi",
        "The Baku Court of Appeal on Thursday upheld the nine-year prison sentence handed to "
        "Aygun Vahidgizi in June.",
        {("vahidqizi", "appeal_rejected", True), ("vahidqizi", "sentenced", False)},
        NONE,
        {"vahidqizi"},
    ),
    (
        "azerbaijan-moved-to-hospital-doctor-refused",
        "Azerbaijani economist moved to prison hospital",
        "Rufat Huseynzadeh, who has been held since January, was moved to the prison hospital "
        "on Tuesday after losing consciousness in his cell, his lawyer said. The lawyer said "
        "guards had refused to call a doctor for two days.",
        {("huseynzade", "transferred", True), ("huseynzade", "ill_treatment", True)},
        {("huseynzade", "detained", False)},
        {"huseynzade"},
    ),
    # Egypt
    (
        "egypt-arrested-after-interview-joined-spelling",
        "Egyptian economist Hesham Abdelaziz arrested after TV interview",
        "Security forces arrested Abdelaziz at his home in Giza early on Wednesday, and the "
        "Supreme State Security Prosecution ordered him held for 15 days pending investigation, "
        "his lawyer said.",
        {("abdelaziz", "detained", True)},
        {("abdelaziz", "charged", True)},
        {"abdelaziz"},
    ),
    (
        "egypt-lawyers-ask-release-no-event",
        "Lawyers ask court to release ailing economist Abdelaziz",
        "Lawyers for Hisham Abdel Aziz asked the court on Thursday to release him on health "
        "grounds. A decision is expected next week.",
        NONE,
        NONE,
        {"abdelaziz"},
    ),
    (
        "egypt-referred-to-trial-al-and-el",
        "Egypt refers journalist Nourhan al-Masri to trial",
        "Prosecutors on Tuesday referred Nourhan el-Masry to the Cairo Criminal Court on charges "
        "of 'spreading false news', her lawyer Mahmoud Farouk said. No date has been set for "
        "the trial.",
        {("masry", "charged", True)},
        NONE,
        {"masry"},
    ),
    # Turkey
    (
        "turkey-released-on-bail-barred-from-travel",
        "Turkey: reporter released, trial set for March",
        "Journalist Baris Ekinci was released on bail but barred from travel abroad on "
        "Thursday, a week after he was detained over a report on a prosecutor's assets. His "
        "trial on charges of 'disclosing confidential information' will open on 12 March.",
        {("ekinci", "released", True), ("ekinci", "detained", True)},
        {("ekinci", "charged", True)},
        {"ekinci"},
    ),
    (
        "turkey-walks-free-acquitted",
        "Cagla Yildirim walks free as court acquits lawyer of terrorism charges",
        "An Ankara court acquitted human rights lawyer Cagla Yildirim on Wednesday, ending a "
        "four-year trial. Yildirim had spent 11 months in pretrial detention in 2022.",
        {("yildirim", "acquitted", True), ("yildirim", "detained", False)},
        {
            ("yildirim", "released", True),
            ("yildirim", "released", False),
            ("yildirim", "trial", False),
            ("yildirim", "charged", False),
        },
        {"yildirim"},
    ),
    (
        "turkey-namesake-interior-minister",
        "Minister Yildirim defends detentions after Istanbul protests",
        "Interior Minister Kemal Yildirim said on Thursday that the 120 people detained at the "
        "weekend 'will answer to the courts'.",
        NONE,
        NONE,
        set(),
    ),
    # Hong Kong and mainland China
    (
        "hk-english-given-name-jailed-months-surname-after",
        "Hong Kong activist Jeremy Wong jailed for 14 months over protest posts",
        "Wong, 27, had pleaded guilty to acting with 'seditious intention' at West Kowloon "
        "Magistrates' Courts. Magistrate Victor So said the posts risked 'inciting hatred'.",
        {("wong", "sentenced", True)},
        NONE,
        {"wong"},
    ),
    (
        "hk-namesake-police-officer-wong",
        "Hong Kong police arrest four over 'seditious' stickers",
        "Chief Superintendent Wong Ka-ming said those arrested, aged 19 to 62, had posted "
        "stickers near a railway station in Sha Tin.",
        NONE,
        NONE,
        set(),
    ),
    (
        "hk-two-fates-jailed-and-acquitted",
        "Hong Kong court jails one unionist, frees another",
        "Lau Wing-sum was jailed for three years on Thursday for 'conspiracy to incite "
        "subversion', while her co-defendant Tsang Chi-kin was acquitted and walked free from "
        "the District Court.",
        {("lau", "sentenced", True), ("tsang", "acquitted", True)},
        {("tsang", "released", True)},
        {"lau", "tsang"},
    ),
    (
        "china-wife-says-refused-food",
        "Detained Chinese lawyer on hunger strike, wife says",
        "The wife of human rights lawyer Zhou Jianguo said on Thursday that he has refused "
        "food since 20 November in protest at being denied visits by his lawyers.",
        {("zhou", "hunger_strike", True)},
        {("zhou", "ill_treatment", True)},
        {"zhou"},
    ),
    (
        "china-sister-detained-not-the-person",
        "Sister of jailed #MeToo activist Xu Meiling detained in Guangzhou",
        "Police in Guangzhou detained Xu Lan, the younger sister of imprisoned activist Xu "
        "Meiling, on Wednesday after she gave an interview about her sibling's health, a friend "
        "said.",
        NONE,
        NONE,
        {"xu"},
    ),
    (
        "china-appeal-rejected-supporters-say",
        "Chinese #MeToo activist loses appeal",
        "A Guangzhou court rejected the appeal of Xu Meiling against her five-year prison "
        "sentence on Tuesday, her supporters said.",
        {("xu", "appeal_rejected", True)},
        {("xu", "sentenced", False)},
        {"xu"},
    ),
    # Vietnam
    (
        "vietnam-sentenced-then-given-name-arrested-january",
        "Vietnam jails Facebook commentator for 'abusing democratic freedoms'",
        "A court in Ha Noi sentenced Tran Van Minh, 52, to five years in prison on Thursday "
        "under Article 331 of the penal code. Minh had been arrested in January for posts "
        "criticising land seizures.",
        {("tran", "sentenced", True), ("tran", "detained", False)},
        NONE,
        {"tran"},
    ),
    (
        "vietnam-a-year-since-jailed-background",
        "A year since blogger Le Thi Hong was jailed, her family still waits for a visit",
        "It is a year since Le Thi Hong was detained in Can Tho. Her husband says prison "
        "officials have refused every request to see her since her trial in June.",
        {("le", "detained", False)},
        {("le", "trial", False), ("le", "sentenced", False)},
        {"le"},
    ),
    # Myanmar
    (
        "myanmar-honorific-moved-family-says",
        "Myanmar junta moves jailed poet Ko Zaw Htet Aung to remote prison",
        "Zaw Htet Aung was transferred from Insein Prison in Yangon to Kawthaung prison, near "
        "the southern tip of the country, on Monday, his family said. Relatives fear they will "
        "no longer be able to visit him.",
        {("zawhtet", "transferred", True)},
        NONE,
        {"zawhtet"},
    ),
    (
        "myanmar-amnesty-walked-out",
        "Myanmar amnesty: ex-minister Daw Khin Mar Win among 3,000 freed",
        "Khin Mar Win, 71, who was serving a 26-year sentence for corruption, walked out of "
        "Insein prison on Thursday, her lawyer said. The junta announced the amnesty to mark "
        "National Day.",
        {("khinmarwin", "pardoned", True)},
        {("khinmarwin", "released", True), ("khinmarwin", "sentenced", False)},
        {"khinmarwin"},
    ),
    # Saudi Arabia
    (
        "saudi-verdict-learned-late-al-joined",
        "Saudi court sentences teacher to 20 years over tweets, rights group says",
        "The Specialized Criminal Court sentenced Fahd Alzahrani, a 48-year-old teacher, in "
        "October, but his family learned of the verdict only this week, the London-based group "
        "said.",
        {("zahrani", "sentenced", True)},
        {("zahrani", "sentenced", False)},
        {"zahrani"},
    ),
    (
        "saudi-released-but-banned-from-travel",
        "Saudi women's rights activist Lina Almutairi released, but barred from leaving kingdom",
        "Almutairi, detained since 2022, was freed on Wednesday after completing her sentence "
        "but is banned from travel for five years, her sister said on X.",
        {("mutairi", "released", True)},
        {("mutairi", "detained", False), ("mutairi", "sentenced", False)},
        {"mutairi"},
    ),
    (
        "saudi-namesake-official-almutairi",
        "Kuwait and Saudi Arabia sign border deal",
        "The agreement was signed in Riyadh by Saudi minister of state Khalid Almutairi and "
        "his Kuwaiti counterpart on Wednesday.",
        NONE,
        NONE,
        set(),
    ),
    # Russia
    (
        "russia-sentenced-in-absentia-who-left",
        "Moscow court sentences exiled journalist in absentia",
        "A Moscow court on Wednesday sentenced Evgeny Sokolovskiy, who left Russia in 2022, to "
        "nine years in absentia for spreading 'fakes' about the army.",
        {("sokolovsky", "sentenced", True)},
        {("sokolovsky", "fled", False)},
        {"sokolovsky"},
    ),
    (
        "russia-re-arrested-hours-after-release",
        "Activist Ksenia Belousova re-arrested hours after release",
        "Belousova was detained again at the gate of the penal colony in Mordovia on Tuesday, "
        "moments after completing a two-year sentence, her lawyer said. She now faces a new "
        "charge of 'justifying terrorism'.",
        {("belousova", "detained", True)},
        {
            ("belousova", "released", True),
            ("belousova", "sentenced", False),
            ("belousova", "charged", True),
        },
        {"belousova"},
    ),
    (
        "russia-case-closed-patronymic",
        "Russia drops 'fakes' case against schoolteacher",
        "Investigators in Penza closed the criminal case against teacher Anna Sergeyevna "
        "Orekhova on Wednesday for lack of evidence, her lawyer said. She had spent four months "
        "under house arrest.",
        {("orekhova", "charges_dropped", True), ("orekhova", "house_arrest", False)},
        NONE,
        {"orekhova"},
    ),
    (
        "russia-died-in-detention-pains-ignored",
        "Jailed Russian anti-war activist dies in pre-trial detention",
        "Mikhail Gribov, 63, died in a detention centre in Tver on Wednesday, his lawyer said, "
        "weeks after he complained of chest pains that guards ignored.",
        {("gribov", "died", True)},
        {("gribov", "ill_treatment", True), ("gribov", "ill_treatment", False)},
        {"gribov"},
    ),
    # Kazakhstan
    (
        "kazakhstan-paroled-granted-early-release",
        "Kazakh activist Erlan Sarsenbaev paroled",
        "A court in Almaty region granted early release to Sarsenbaev on Tuesday, two years into "
        "a five-year sentence for 'inciting social discord', his lawyer said.",
        {("sarsenbayev", "parole_granted", True)},
        {("sarsenbayev", "sentenced", False)},
        {"sarsenbayev"},
    ),
    (
        "kazakhstan-parole-refused-possessive-q",
        "Court refuses parole for Kazakh poet",
        "A court in Pavlodar on Wednesday rejected poet Aruzhan Qasymova's request for parole, "
        "citing 'violations of prison rules', her lawyer said.",
        {("kassymova", "parole_denied", True)},
        NONE,
        {"kassymova"},
    ),
    # Tajikistan
    (
        "tajikistan-gets-seven-years-patronymic-closed-trial",
        "Tajik journalist gets seven years",
        "The Supreme Court of Tajikistan sentenced Shahlo Ismoilovna Rakhimova, a reporter for "
        "an independent news site, to seven years on Wednesday in a closed trial, relatives "
        "said.",
        {("rahimova", "sentenced", True)},
        {("rahimova", "trial", True)},  # (the verdict's setting: read either way)
        {"rahimova"},
    ),
    (
        "tajikistan-deported-then-detained-brother-speaks",
        "Tajik opposition activist deported from Turkey",
        "Turkish authorities deported Ismoil Davlatov to Dushanbe on Tuesday, where he was "
        "immediately detained by security services, his brother said from Germany.",
        {("davlatov", "fled", True), ("davlatov", "detained", True)},
        NONE,
        {"davlatov"},
    ),
    # Nicaragua
    (
        "nicaragua-freed-and-expelled-stripped",
        "Nicaragua frees and expels opposition figure Jaime Telleria",
        "Telleria, arrested in August 2025, was put on a flight to Guatemala on Wednesday along "
        "with 12 other prisoners and stripped of his citizenship, relatives said.",
        {("telleria", "released", True), ("telleria", "fled", True)},
        {("telleria", "detained", False)},
        {"telleria"},
    ),
    (
        "nicaragua-two-fates-sentenced-and-released",
        "Nicaraguan court sentences one activist; another freed",
        "A Managua court sentenced Ernesto Urbina to eight years for 'treason' on Monday. His "
        "fellow activist Carmen Soza was released the same day, her lawyer said.",
        {("urbina", "sentenced", True), ("soza", "released", True)},
        NONE,
        {"urbina", "soza"},
    ),
    # Venezuela
    (
        "venezuela-double-surname-detained-at-airport",
        "Venezuela: human rights defender Andres Gutierrez arrested at Caracas airport",
        "Intelligence agents detained Gutiérrez Lara on Sunday as he was about to board a flight "
        "to Bogotá, his organisation said. His whereabouts are unknown.",
        {("gutierrez", "detained", True)},
        NONE,
        {"gutierrez"},
    ),
    (
        "venezuela-namesake-judge",
        "Caracas judge orders trial of 15 protesters",
        "Judge Andrea Gutiérrez ordered on Thursday that the 15 people detained at July's "
        "protests stand trial for 'terrorism'.",
        NONE,
        NONE,
        set(),
    ),
    (
        "venezuela-house-arrest-mother-speaks",
        "Venezuelan journalist Maria Fernanda Rojas moved to house arrest",
        "A court granted Rojas house arrest on Wednesday after five months in El Helicoide, "
        "citing her health, her mother said.",
        {("rojas", "house_arrest", True)},
        {("rojas", "detained", False)},
        {"rojas"},
    ),
]

# name → the class still read wrongly (strict xfails)
NOT_YET: dict[str, str] = {
    "azerbaijan-moved-to-hospital-doctor-refused": (
        'a denial of care in a sentence that names no one ("The lawyer said guards had '
        'refused to call a doctor for two days": no "for him") is nobody\'s'
    ),
}
NAMES_NOT_YET: dict[str, str] = {}

# The classes fixed after the first run (beside the rule table's), each with examples and
# counter-examples of its own
CLASSES: list[tuple[str, str, Events]] = [
    # a hashtag among a description's words: the relative of "jailed #MeToo activist X" is
    # not X, and "#MeToo activist X" is X
    ("Sister of jailed #MeToo activist Xu Meiling detained", "A friend said so.", NONE),
    (
        "Court news",
        "Police detained the sister of jailed #MeToo activist Xu Meiling on Monday.",
        NONE,
    ),
    (
        "Court news",
        "Li Na, the sister of jailed #MeToo activist Xu Meiling, was detained on Monday.",
        NONE,
    ),
    (
        "Court news",
        "Police detained #MeToo activist Xu Meiling on Monday.",
        {("xu", "detained", True)},
    ),
    # a verb before "jailed" makes it an adjective, and what follows the name is the verb's
    # ("moved jailed poet X to a remote prison": no arrest, but a move, its place six words
    # on: the event lexicon's "move ... to a prison" reads it)
    (
        "Junta moves jailed poet Zaw Htet Aung to remote prison",
        "His family said so.",
        {("zawhtet", "transferred", True)},
    ),
    (
        "Court news",
        "Authorities moved jailed poet Zaw Htet Aung to a remote prison on Monday.",
        {("zawhtet", "transferred", True)},
    ),
    (
        "Court news",
        "Authorities moved the jailed poet Zaw Htet Aung to a remote prison on Monday.",
        {("zawhtet", "transferred", True)},
    ),
    (
        "Court news",
        "Authorities freed jailed poet Zaw Htet Aung on Monday.",
        {("zawhtet", "released", True)},
    ),
    (  # ... but "jailed" with no verb before it is the arrest
        "Court news",
        "Police jailed poet Zaw Htet Aung on Monday.",
        {("zawhtet", "detained", True)},
    ),
    (
        "Court news",
        "A court in Yangon, Myanmar, convicted Zaw Htet Aung of treason.",
        {("zawhtet", "sentenced", True)},
    ),
    # a description with a relative clause of an event, closed off by a comma, stands for
    # the person ("... against the 31-year-old singer, who was arrested in September")
    (
        "Court news",
        "Sepideh Gholamzade spoke on Thursday. Prosecutors want to execute the 31-year-old "
        "singer, who was arrested in September.",
        {("gholamzadeh", "detained", False)},
    ),
    (
        "Court news",
        "The family of Sepideh Gholamzade said on Thursday that prosecutors are seeking the "
        "death penalty against the singer, who was arrested in September.",
        {("gholamzadeh", "detained", False)},
    ),
    (  # ... not after the person, named or "she", in the same sentence: someone else
        "Court news",
        "Sepideh Gholamzade spoke on Thursday. She sang with the singer, who was arrested in "
        "September.",
        NONE,
    ),
    (
        "Court news",
        "Sepideh Gholamzade said prosecutors want to execute the singer, who was arrested in "
        "September.",
        NONE,
    ),
    (  # ... nor a role anyone around may have, nor a clause of no event
        "Court news",
        "Sepideh Gholamzade spoke on Thursday. Police questioned the lawyer, who was arrested "
        "in September.",
        NONE,
    ),
    (
        "Court news",
        "Sepideh Gholamzade spoke on Thursday. She met the singer, who was born in September.",
        NONE,
    ),
    # "among" a number with its thousands, and a headline's "X among 3,000 freed" (no "was")
    (
        "Court news",
        "Khin Mar Win was among 3,000 prisoners freed in an amnesty on Thursday.",
        {("khinmarwin", "pardoned", True)},
    ),
    (
        "Myanmar amnesty: ex-minister Daw Khin Mar Win among 3,000 freed",
        "Her lawyer said so.",
        {("khinmarwin", "pardoned", True)},
    ),
    (
        "Ex-minister Khin Mar Win among 300 freed",
        "Her lawyer said so.",
        {("khinmarwin", "released", True)},
    ),
    (  # ... but "among" a group described by a participle is what they are, no event
        "Court news",
        "Khin Mar Win was among 3,000 imprisoned activists.",
        NONE,
    ),
    ("Khin Mar Win among 3,000 imprisoned activists, group says", "Her lawyer said so.", NONE),
    (
        "Court news",
        "Khin Mar Win visited the prison. Anger among families freed from the camp grew.",
        NONE,
    ),
    # a decision of an older date that became known within the news window is the news
    (
        "Court news",
        "The court sentenced Fahd Alzahrani in October, but his family learned of the verdict "
        "only this week.",
        {("zahrani", "sentenced", True)},
    ),
    (
        "Court news",
        "A court sentenced Fahd Alzahrani in June, a ruling that came to light on Monday.",
        {("zahrani", "sentenced", True)},
    ),
    (  # ... not when it became known long ago, nor when a report of other news is dated
        "Court news",
        "A court sentenced Fahd Alzahrani in October, and his family learned of it in November.",
        {("zahrani", "sentenced", False)},
    ),
    (
        "Court news",
        "Fahd Alzahrani, who was sentenced in 2019, was pardoned, it was reported on Monday.",
        {("zahrani", "pardoned", True), ("zahrani", "sentenced", False)},
    ),
]

# spellings fixed after the first run: a Belarusian -au for a Russian -ov, "Abdel"/"Abdul"
# joined to the name after it, Fahd for Fahad; (the people, the text, whom it names)
SPELLINGS: list[tuple[list[Person], str, set[str]]] = [
    ([Person("m", "Dzianis Marozau")], "Denis Morozov was freed.", {"m"}),
    ([Person("m", "Denis Morozov")], "Dzianis Marozau was freed.", {"m"}),
    ([Person("a", "Andrei Aliaksandrau")], "Andrei Aleksandrov was freed.", {"a"}),
    ([Person("m", "Dzianis Marozau")], "Nikolai Morozov spoke.", set()),  # another given name
    ([Person("m", "Dzianis Marozau")], "Denis Marozava spoke.", set()),  # a woman's form
    ([Person("h", "Hisham Abdel Aziz")], "Hesham Abdelaziz was arrested.", {"h"}),
    ([Person("h", "Hisham Abdelaziz")], "Hisham Abdel Aziz was arrested.", {"h"}),
    ([Person("h", "Hisham Abdel Aziz")], "Ahmed Abdel Aziz spoke.", set()),
    ([Person("h", "Hisham Abdel Aziz")], "Abdel Aziz spoke.", set()),  # not named in full
    (
        [Person("d", "Abdul Rashid Dostum")],
        "Abdul Rashid Dostum said so. Dostum left.",
        {"d"},
    ),
    ([Person("f", "Fahad al-Zahrani")], "Fahd Alzahrani was sentenced.", {"f"}),
    ([Person("f", "Fahd al-Zahrani")], "Fahad Al Zahrani was sentenced.", {"f"}),
    ([Person("f", "Fahad al-Zahrani")], "Faisal Alzahrani was sentenced.", set()),
]


@pytest.mark.parametrize(("people", "text", "named"), SPELLINGS)
def test_a_fixed_spelling_names_its_person(
    people: list[Person], text: str, named: set[str]
) -> None:
    assert set(mentions_by_person(compile_names(people), text)) == named


@pytest.mark.parametrize(("title", "text", "expected"), CLASSES)
def test_a_fixed_class_reads_its_examples(title: str, text: str, expected: Events) -> None:
    assert events(text, title) == expected


def test_the_round_holds_forty_three_items() -> None:
    assert len(ITEMS) == 43


@pytest.mark.parametrize(("title", "text", "expected", "optional"), item_params(ITEMS, NOT_YET))
def test_a_feed_item_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    events.check_item(title, text, expected, optional)


@pytest.mark.parametrize(("title", "text", "named"), named_in_params(ITEMS, NAMES_NOT_YET))
def test_a_feed_item_names_whom_a_reader_would_see(title: str, text: str, named: set[str]) -> None:
    events.check_named(title, text, named)


# Items written after the fixes, in forms of their own (other people, other countries, the
# fixed classes said otherwise), labelled and committed before their first run: how far the
# fixes reach beyond the items that called for them.
LATER_PEOPLE = [
    Person("kabanau", "Aliaksandr Kabanau"),
    Person("abdelrahman", "Mohamed Abdelrahman"),
    Person("karimi", "Mahsa Karimi"),
    Person("saidov", "Nozim Saidov"),
    Person("bayramli", "Vugar Bayramli"),
    Person("nabiyev", "Rustam Nabiyev"),
    Person("pham", "Phạm Thanh Hải"),
    Person("azizi", "Kaveh Azizi"),
    Person("lvova", "Olga Lvova"),
    Person("seitkali", "Dauren Seitkali"),
    Person("thetnaingoo", "Thet Naing Oo"),
    Person("aslan", "Mehmet Aslan"),
    Person("perez", "Daniela Pérez Mendoza"),
    Person("ortega", "Julio César Ortega"),
    Person("myolwin", "Myo Lwin"),
]
later_events = Reader([*PEOPLE, *LATER_PEOPLE], PUBLISHED)

LATER: list[FeedItem] = [
    (
        "later-belarus-au-name-in-russian-form",
        "Belarusian court jails anarchist Alexander Kabanov for 12 years",
        "Kabanov, 29, was convicted in Homel on Wednesday of 'creating an extremist "
        "formation', a rights group said.",
        {("kabanau", "sentenced", True)},
        NONE,
        {"kabanau"},
    ),
    (
        "later-egypt-abdel-apart-in-the-text",
        "Egyptian student Mohamed Abdel Rahman freed after three years in pretrial detention",
        "Abdel Rahman, 24, left the Badr prison complex on Thursday, his brother said.",
        {("abdelrahman", "released", True)},
        {("abdelrahman", "detained", False)},
        {"abdelrahman"},
    ),
    (
        "later-egypt-namesake-prime-minister",
        "Egypt opens new Nile bridge",
        "Prime Minister Mostafa Abdel Rahman opened the bridge in Aswan on Wednesday.",
        NONE,
        NONE,
        set(),
    ),
    (
        "later-russia-namesake-ambassador",
        "Russian envoy visits Minsk",
        "Russian ambassador Ivan Morozov met Belarusian officials in Minsk on Tuesday.",
        NONE,
        NONE,
        set(),
    ),
    (
        "later-iran-hashtag-object",
        "Iranian activist detained after street protest",
        "Police in Tehran detained #WomanLifeFreedom activist Mahsa Karimi on Monday, her "
        "sister said.",
        {("karimi", "detained", True)},
        NONE,
        {"karimi"},
    ),
    (
        "later-russia-deported-jailed-adjective",
        "Russia deports Tajik blogger",
        "Authorities deported jailed blogger Nozim Saidov to Tajikistan on Tuesday, his lawyer "
        "said.",
        {("saidov", "fled", True)},
        NONE,
        {"saidov"},
    ),
    (
        "later-azerbaijan-description-who-clause",
        "Azerbaijani economist Vugar Bayramli denied bail again",
        "A Baku court on Thursday refused to release the 58-year-old economist, who was "
        "detained in August on smuggling charges.",
        {("bayramli", "detained", False)},
        {("bayramli", "charged", False)},
        {"bayramli"},
    ),
    (
        "later-tajikistan-among-thousands-amnesty",
        "Tajik amnesty frees poet",
        "Rustam Nabiyev was among 1,200 prisoners released under an amnesty on Wednesday, his "
        "family said.",
        {("nabiyev", "pardoned", True)},
        {("nabiyev", "released", True)},
        {"nabiyev"},
    ),
    (
        "later-vietnam-headline-among-granted-amnesty",
        "Blogger Pham Thanh Hai among 5,000 granted amnesty",
        "Hai, 52, was freed from a prison in Thanh Hoa on Tuesday, state media reported.",
        {("pham", "pardoned", True)},
        {("pham", "released", True)},
        {"pham"},
    ),
    (
        "later-iran-verdict-came-to-light",
        "Iranian rapper sentenced to death, lawyer reveals",
        "A Tehran court sentenced Kaveh Azizi to death in September, a verdict that came to "
        "light on Tuesday when his lawyer posted it online.",
        {("azizi", "sentenced", True)},
        {("azizi", "sentenced", False)},
        {"azizi"},
    ),
    (
        "later-russia-spent-months-under-house-arrest",
        "Moscow court acquits theatre director",
        "Theatre director Olga Lvova, who spent eight months under house arrest, was acquitted "
        "by a Moscow court on Wednesday.",
        {("lvova", "acquitted", True), ("lvova", "house_arrest", False)},
        NONE,
        {"lvova"},
    ),
    (
        "later-kazakhstan-years-into-a-term-moved",
        "Jailed Kazakh unionist moved to remote colony",
        "Dauren Seitkali was moved to a colony in Pavlodar region on Monday, three years into a "
        "seven-year sentence, his wife said.",
        {("seitkali", "transferred", True)},
        {("seitkali", "sentenced", False)},
        {"seitkali"},
    ),
    (
        "later-myanmar-in-a-one-day-trial",
        "Myanmar military court jails student leader for 20 years",
        "A military court in Yangon sentenced Thet Naing Oo to 20 years on Tuesday in a "
        "one-day trial, his family said.",
        {("thetnaingoo", "sentenced", True)},
        {("thetnaingoo", "trial", True)},  # (the verdict's setting: read either way)
        {"thetnaingoo"},
    ),
    (
        "later-turkey-ambulance-not-called",
        "Jailed Turkish journalist collapses in cell",
        "Mehmet Aslan collapsed in his cell on Sunday, and guards refused to call an ambulance "
        "for two hours, his lawyer said.",
        {("aslan", "ill_treatment", True)},
        NONE,
        {"aslan"},
    ),
    (
        "later-venezuela-released-gagged",
        "Venezuela releases student leader Daniela Perez",
        "Pérez Mendoza was released on Wednesday under a court order barring her from speaking "
        "to the press, her mother said.",
        {("perez", "released", True)},
        NONE,
        {"perez"},
    ),
    (
        "later-nicaragua-in-absentia-stripped",
        "Nicaraguan court convicts exiled activist in absentia",
        "A Managua court on Monday convicted Julio César Ortega in absentia of 'treason' and "
        "stripped him of his citizenship, his lawyer said from Costa Rica.",
        {("ortega", "sentenced", True)},
        {("ortega", "fled", False)},
        {"ortega"},
    ),
    (
        "later-myanmar-re-arrested-after-amnesty",
        "Myanmar poet Ko Myo Lwin re-arrested days after amnesty",
        "Myo Lwin was detained again on Monday in Mandalay, five days after he walked free in a "
        "mass amnesty, a friend said.",
        {("myolwin", "detained", True)},
        {("myolwin", "pardoned", True), ("myolwin", "released", True)},
        {"myolwin"},
    ),
]

LATER_NOT_YET: dict[str, str] = {}
LATER_NAMES_NOT_YET: dict[str, str] = {}


def test_the_later_items_are_seventeen() -> None:
    assert len(LATER) == 17


@pytest.mark.parametrize(
    ("title", "text", "expected", "optional"), item_params(LATER, LATER_NOT_YET)
)
def test_a_later_item_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    later_events.check_item(title, text, expected, optional)


@pytest.mark.parametrize(("title", "text", "named"), named_in_params(LATER, LATER_NAMES_NOT_YET))
def test_a_later_item_names_whom_a_reader_would_see(title: str, text: str, named: set[str]) -> None:
    later_events.check_named(title, text, named)
