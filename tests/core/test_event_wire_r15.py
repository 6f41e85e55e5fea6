"""Made-up English news, round fifteen (issue 14): eight articles in the two commonest
genres of the news a monitor reads, not exotic ones. Four wire-service stories (a
dateline "CITY, Country (Agency) —", a verdict, an arrest in dawn raids, a release into
exile, a conviction with a co-defendant tried in absentia; lawyer and family quotes, a
background paragraph of older dated events, "said on Tuesday" timing, several people of
whom some are listed and some not) and four human-rights groups' press releases and urgent
actions (an urgent action on arrested women activists with a bulleted list, a press
release on a lawyer "rotated" into a new case, a press-freedom group's statement on a
verdict and a new arrest, a statement on a hunger strike and a transfer with dates written
several ways). Spellings differ between the watchlist and the text as transliterations
do ("Jumabayev" for Dzhumabaev, "Hrytsuk" for Gritsuk, "Labanava" for Lobanova,
"Aydoğan" for Aydogan, "Nguyễn Thị Thu Hà" for Nguyen Thi Thu Ha, "Qodirova" for
Kodirova), and most articles name a relative or an unrelated namesake.

Labels follow DESIGN.md and eval-dev's GUIDE as a careful reader would give them:
``current`` for the news (within about a month of publication), background for the rest;
``optional`` holds what a reader could label either way. People, outlets and facts are
made up. Every label was written and committed before the module was first run (0a78011).

First run: 3 of 8 articles fully right (events and names); 36 of 45 labelled events found
(recall 0.80), 3 wrong extra events; 7 of 8 articles named exactly their people, and no
namesake was read as the person, but "Barış Koçak" (listed as Baris Kocak; the cedillas,
not the dotless i as first guessed) was not found at all, so his detention and release were
lost. Missed besides:
the sentences and the release of two people listed in an apposition to a plural subject
("Two other staff, the camerawoman A and the editor B, received five-year terms that the
court suspended, and they were freed in the courtroom"); the detention of the second of
"Police also detained A, a reporter for X, and B, an editor"; an arrest of "another member
of the group, the activist A"; a background sentence told in a relative clause ("the
lawyer A, whom a terrorism court sentenced in absentia to 10 years in June 2025"). Extra:
"taken from the prison straight to the airport" read as a transfer; "a court had ordered
her release on November 21, but she was never freed" read as a release; a demand "must
release A, drop all charges against B" read as A's charges dropped.

After the classes fixed (``CLASSES`` here; the rule table's ``received-a-sentence`` and
``moved-to-prison`` examples; a list in plain letters finds a text's cedillas,
test_name_breadth): 8 of 8 articles right, 45 of 45 events, no wrong extra event, every
article naming exactly its people; eval-dev, eval-dev2 and eval-dev3 ``monitor scan``
output unchanged.

``FRESH``, three articles of the same genres written after those fixes and committed before
their first run (aa73637), first run: 0 of 3 articles right, 14 of 19 events (recall 0.74),
1 extra, which the project's convention reads as an event (an application for asylum
abroad is having fled; relabelled optional, noted beside it); every article named exactly
its people, no namesake read as the person. Missed: "turned down a request by X to be
released early"; "All six were arrested" after a bulleted list of those sentenced. After
the two classes (the rule table's ``rejected-request-by-to-be-freed-early``; ``CLASSES``):
3 of 3 articles, 19 of 19 events, no extra.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import (
    Events,
    Reader,
    article,
    assert_names_exactly,
    named_article_params,
    named_params,
)

PEOPLE = [
    # a verdict in Bishkek
    Person("dzhumabaev", "Temirlan Dzhumabaev"),
    Person("satybaldieva", "Aigerim Satybaldieva"),
    Person("osmonov", "Nurbek Osmonov"),
    Person("abdyrakhmanova", "Gulzat Abdyrakhmanova"),
    Person("ishenbekov", "Azamat Ishenbekov"),
    # dawn raids in Istanbul
    Person("aydogan", "Selin Aydogan"),
    Person("kocak", "Baris Kocak"),
    Person("ozdemir", "Hatice Ozdemir"),
    # a release into exile from Vietnam
    Person("nguyen-ha", "Nguyen Thi Thu Ha"),
    Person("tran-lam", "Tran Van Lam"),
    Person("le-bao", "Le Quoc Bao"),
    # a conviction in Russia with a co-defendant abroad
    Person("stolyarov", "Evgenii Stoliarov"),
    Person("voronina", "Daria Voronina"),
    # an urgent action from Iran
    Person("rostami", "Jila Rostami"),
    Person("mohammadzadeh", "Parisa Mohammadzadeh"),
    Person("ebrahimi", "Kourosh Ebrahimi"),
    Person("farahani", "Shirin Farahani"),
    # a press release from Egypt
    Person("abdelrahman", "Huda Abdelrahman"),
    Person("mansour", "Karim Mansour"),
    Person("fathy", "Ahmed Samir Fathy"),
    # a press-freedom group on Belarus
    Person("gritsuk", "Denis Gritsuk"),
    Person("lobanova", "Olga Lobanova"),
    Person("martsinovich", "Pavel Martsinovich"),
    # a statement from Tajikistan
    Person("nazarov", "Dzhamshed Nazarov"),
    Person("kodirova", "Zarina Kodirova"),
    Person("safarov", "Umed Safarov"),
    # written after the round's fixes (``FRESH``): parole refused and a term served in Baku
    Person("gasimov", "Ramil Gasimov"),
    Person("novruzlu", "Shahin Novruzlu"),
    Person("safarova", "Aynur Safarova"),
    # a joint statement on a closed trial in Belarus
    Person("kurilenko", "Aleksandr Kurilenko"),
    Person("zhuk", "Tatyana Zhuk"),
    Person("shved", "Nikolai Shved"),
    Person("pashkevich", "Igor Pashkevich"),
    # a deportation from Moscow
    Person("nazriev", "Bakhtiyor Nazriyev"),
    Person("zafarov", "Sukhrob Zafarov"),
]
PUBLISHED = datetime(2026, 12, 4, 12, 0)  # a Friday; "on Tuesday" is 1 December
events = Reader(PEOPLE, PUBLISHED)

NONE: Events = set()


# (name, title, text, expected, optional)
Row = tuple[str, str, str, Events, Events]

ARTICLES: list[Row] = [
    (
        "wire-verdict-suspended-terms-and-acquittal",
        "Kyrgyz court jails investigative reporter for six years, frees colleagues",
        article(
            "BISHKEK, Kyrgyzstan (AP) — A court in the Kyrgyz capital sentenced the "
            "investigative reporter Temirlan Jumabayev to six years in prison on Tuesday for "
            '"calling for mass unrest", a charge his colleagues say was invented to punish '
            "the outlet Ayat Media for its reporting on the president's relatives.",
            "Two other Ayat Media staff, the camerawoman Aigerim Satybaldiyeva and the editor "
            "Nurbek Osmonov, received five-year terms that the Pervomaisky District Court "
            "suspended, and they were freed in the courtroom after almost 11 months in pretrial "
            "detention. The outlet's accountant, Gulzat Abdyrakhmanova, was acquitted.",
            "The court also sentenced the outlet's founder, Azamat Ishenbekov, to eight years "
            "in absentia. Ishenbekov left Kyrgyzstan in 2023 and lives in Prague.",
            '"He did nothing but his job," Jumabayev\'s wife, Cholpon Jumabayeva, told The '
            'Associated Press outside the court, holding their two-year-old son. "They want '
            'every journalist in this country to be afraid."',
            "His lawyer, Akmat Alagushev, said on Tuesday that the defence would appeal to the "
            'Bishkek City Court. "The prosecution did not show a single article in which my '
            'client called for anything," he said.',
            "Jumabayev, 34, was detained on Jan. 16 along with 10 other current and former "
            "Ayat Media employees after police raided the outlet's office. Most of them were "
            "released within two days. He was previously jailed for 15 days in 2022 after "
            "covering a border clash with Tajikistan.",
            "The U.S. Embassy in Bishkek said it was deeply concerned by the verdict. The "
            "presidential administration declined to comment.",
        ),
        {
            ("dzhumabaev", "sentenced", True),
            ("dzhumabaev", "detained", False),
            ("satybaldieva", "sentenced", True),
            ("satybaldieva", "released", True),
            ("osmonov", "sentenced", True),
            ("osmonov", "released", True),
            ("abdyrakhmanova", "acquitted", True),
            ("ishenbekov", "sentenced", True),
            ("ishenbekov", "fled", False),
        },
        {
            ("dzhumabaev", "sentenced", False),
            ("dzhumabaev", "released", False),
            ("satybaldieva", "detained", False),
            ("osmonov", "detained", False),
        },
    ),
    (
        "wire-dawn-raids-remand-and-judicial-control",
        "Turkey detains rights lawyer, two journalists in dawn raids",
        article(
            "ISTANBUL (Reuters) — Turkish police detained a prominent human rights lawyer and "
            "two journalists in dawn raids in Istanbul and Ankara on Tuesday, their lawyers "
            "said, as part of an investigation into alleged links to an outlawed group.",
            "The lawyer, Selin Aydoğan, who has defended dozens of Kurdish politicians, was "
            "taken from her home in the Kadıköy district at around 5 a.m. Police also detained "
            "Barış Koçak, a reporter for the news website Kamu Haber, and Hatice Özdemir, an "
            "editor at the same site, the Journalists' Union of Turkey said.",
            "The Istanbul chief prosecutor's office said in a statement that eight people had "
            'been detained on suspicion of "membership of a terrorist organisation". It did '
            "not name them.",
            "On Thursday a court ordered Aydoğan jailed pending trial, her lawyer Mehmet Ersoy "
            "told Reuters. Koçak and Özdemir were released under judicial control, with a ban "
            "on travelling abroad.",
            "\"They searched my father's books for two hours and took his laptop,\" Koçak's "
            "daughter Elif wrote on social media.",
            "Aydoğan was acquitted in 2021 of similar charges after spending 14 months in "
            "pretrial detention. Rights groups say the prosecutions are part of a crackdown "
            "on lawyers who take on politically sensitive cases.",
            "Justice Minister Yusuf Koçak, who is no relation, told parliament on Wednesday "
            'that "nobody is above the law".',
        ),
        {
            ("aydogan", "detained", True),
            ("aydogan", "acquitted", False),
            ("kocak", "detained", True),
            ("kocak", "released", True),
            ("ozdemir", "detained", True),
            ("ozdemir", "released", True),
        },
        {
            ("aydogan", "detained", False),
            ("aydogan", "released", False),
        },
    ),
    (
        "wire-release-into-exile-others-held",
        "Vietnam frees jailed blogger, sends her to Germany",
        article(
            "HANOI, Vietnam (AFP) — Vietnam has freed the blogger Nguyễn Thị Thu Hà two years "
            "before the end of her prison term and put her on a flight to Germany, her family "
            "and diplomats said on Wednesday.",
            "Hà, 52, was taken from An Phuoc prison in southern Binh Duong province straight to "
            "Hanoi's Noi Bai airport late on Tuesday, her sister Nguyễn Thị Lan told AFP. "
            '"She called us from Frankfurt. She is tired but she is free," Lan said.',
            "Hà was arrested in 2019 and sentenced the following year to nine years in prison "
            'for "making, storing and spreading" anti-state propaganda, over posts criticising '
            "a chemical spill that killed fish along the central coast.",
            "Her release follows talks between Hanoi and Berlin, a European diplomat said, "
            "asking not to be named. Vietnam's foreign ministry did not respond to a request "
            "for comment.",
            "Her fellow blogger Trần Văn Lâm, who was convicted in the same case, remains in "
            "prison. An appeals court upheld his 11-year sentence in March 2021.",
            "On Sunday, police in Ho Chi Minh City arrested another member of the same online "
            'group, the environmental activist Lê Quốc Bảo, on charges of "abusing '
            'democratic freedoms", state media reported.',
            "Vietnam holds about 160 political prisoners, according to rights groups.",
        ),
        {
            ("nguyen-ha", "released", True),
            ("nguyen-ha", "detained", False),
            ("nguyen-ha", "sentenced", False),
            ("tran-lam", "appeal_rejected", False),
            ("le-bao", "detained", True),
        },
        {
            ("nguyen-ha", "fled", True),
            ("nguyen-ha", "parole_granted", True),
            ("tran-lam", "sentenced", False),
            ("le-bao", "charged", True),
        },
    ),
    (
        "wire-conviction-co-defendant-abroad",
        "Russian municipal deputy jailed for seven years over anti-war remarks",
        article(
            "MOSCOW (AP) — A Moscow court on Tuesday convicted a municipal council member of "
            "spreading false information about the Russian army and sentenced him to seven "
            "years in prison over remarks he made at a council meeting.",
            "Yevgeny Stolyarov, 61, a deputy of the Krasnoselsky district council, was "
            "arrested in March after he called for a minute of silence for children killed in "
            "Ukraine. The Meshchansky District Court found him guilty of disseminating "
            '"knowingly false information" about the armed forces.',
            "A fellow council member, Daria Voronina, who left Russia for Georgia days before "
            "police searched her flat in April, was convicted in absentia in the same case and "
            "sentenced to six years.",
            "Stolyarov was held under house arrest for three months before a court sent him to "
            "a pretrial detention centre in June, saying he had broken its conditions by "
            "talking to reporters. His lawyer, Natalya Gorelova, said he had lost 10 kilograms "
            "in custody and had been denied medication for his high blood pressure.",
            '"He stood in the glass cage and smiled at me," his daughter, Anna Stolyarova, '
            'said after the hearing. "He said he does not regret a word."',
            "Gorelova said on Tuesday that she would appeal.",
            "The case drew criticism from Alexei Stolyarov, a pro-Kremlin blogger who is no "
            'relation, who said on Telegram that the sentence was "too soft".',
        ),
        {
            ("stolyarov", "sentenced", True),
            ("stolyarov", "detained", False),
            ("stolyarov", "house_arrest", False),
            ("voronina", "sentenced", True),
            ("voronina", "fled", False),
        },
        {
            ("stolyarov", "ill_treatment", False),
            ("stolyarov", "ill_treatment", True),
            ("stolyarov", "transferred", False),
            ("stolyarov", "detained", True),
        },
    ),
    (
        "urgent-action-women-activists-listed",
        "Iran: Release women's rights defenders arrested in Sanandaj",
        article(
            "URGENT ACTION",
            "IRAN: WOMEN HUMAN RIGHTS DEFENDERS ARBITRARILY DETAINED",
            "Iranian authorities must immediately and unconditionally release at least four "
            "women human rights defenders who were arrested in Sanandaj, Kurdistan province, "
            "between 18 and 21 November 2026 solely for their peaceful activism. They are held "
            "in the Ministry of Intelligence detention centre in Sanandaj without access to "
            "lawyers and their families, and are at risk of torture and other ill-treatment.",
            "Those detained include:",
            "- Zhila Rostami, a 34-year-old teacher and member of a women's rights collective, "
            "arrested at her home on 18 November. According to her family, intelligence agents "
            "beat her in front of her children during the arrest.",
            "- Parisa Mohammadzadeh, a university student, arrested on 20/11/2026 at her "
            "dormitory.",
            "- Two other women whose families have asked that their names not be published.",
            "On 25 November, Kourosh Ebrahimi, Zhila Rostami's husband and a labour rights "
            "activist, was summoned for questioning and has not been heard from since.",
            "BACKGROUND",
            'Zhila Rostami was previously arrested in September 2022 during the "Woman, Life, '
            'Freedom" protests and released on bail in January 2023. In 2024 a Revolutionary '
            'Court sentenced her to a suspended one-year prison term for "propaganda against '
            'the system".',
            "The wave of arrests follows the execution on 12 November of a Kurdish political "
            "prisoner. The authorities have also intensified pressure on relatives of "
            "prisoners: Shirin Farahani, whose brother was arrested in October, was dismissed "
            "from her job as a nurse.",
            "Amnesty International considers the women to be prisoners of conscience.",
        ),
        {
            ("rostami", "detained", True),
            ("rostami", "ill_treatment", True),
            ("rostami", "detained", False),
            ("rostami", "released", False),
            ("rostami", "sentenced", False),
            ("mohammadzadeh", "detained", True),
        },
        {
            ("rostami", "ill_treatment", False),
            ("mohammadzadeh", "ill_treatment", True),
            ("ebrahimi", "detained", True),
        },
    ),
    (
        "press-release-lawyer-rotated-new-case",
        "Egypt: Free Rights Lawyer Held on 'Rotated' Charges",
        article(
            "(Beirut, December 3, 2026) – Egyptian authorities should immediately release the "
            "human rights lawyer Hoda Abdel Rahman, who was added to a new case on the same "
            "charges the day after a court ordered her release, Human Rights Watch said today.",
            "On November 22, 2026, the Supreme State Security Prosecution questioned Abdel "
            'Rahman in Case No. 1940 of 2026 on charges of "joining a terrorist group" and '
            '"spreading false news", and ordered her held for 15 days pending investigation. '
            "A Cairo criminal court had ordered her release on November 21 in an earlier case, "
            "but she was never freed.",
            '"Hoda Abdel Rahman has spent more than two years behind bars for doing her job," '
            'said a Human Rights Watch researcher. "Recycling her into a new case is a cynical '
            "way around Egypt's own limits on pretrial detention.\"",
            "Security forces arrested Abdel Rahman at her home in Cairo on October 30, 2024, "
            "and held her incommunicado for nine days, her family said. She is held in the "
            "Qanater women's prison.",
            "Human Rights Watch also documented the case of her colleague Karim Mansour, a "
            "researcher at the same law firm, who was released on November 15 after 20 months "
            "in pretrial detention, and of the lawyer Ahmed Samir Fathy, whom a terrorism "
            "court sentenced in absentia to 10 years in June 2025. Fathy has lived in Berlin "
            "since 2020.",
            "Background",
            'The practice of adding detainees to new cases, known as "rotation" (tadweer), '
            "allows the authorities to keep critics in detention beyond the two-year legal "
            "limit. Egypt's president pardoned several hundred prisoners in 2022 and 2023, "
            "but new arrests have outpaced releases.",
        ),
        {
            ("abdelrahman", "charged", True),
            ("abdelrahman", "detained", False),
            ("mansour", "released", True),
            ("fathy", "sentenced", False),
        },
        {
            ("abdelrahman", "detained", True),
            ("abdelrahman", "ill_treatment", False),
            ("mansour", "detained", False),
            ("fathy", "fled", False),
        },
    ),
    (
        "press-freedom-group-verdict-and-new-arrest",
        "Belarusian journalist Dzianis Hrytsuk sentenced to 5 years; reporter Volha Labanava "
        "detained",
        article(
            "New York, December 2, 2026—Belarusian authorities must release journalist Dzianis "
            "Hrytsuk, drop all charges against reporter Volha Labanava, and stop jailing members "
            "of the press for their work, the Committee to Protect Journalists said Wednesday.",
            "On November 27, the Minsk City Court convicted Hrytsuk, a former correspondent "
            'for the independent outlet Nasha Niva, of "facilitating extremist activity" and '
            "sentenced him to five years in a general-regime penal colony, according to the "
            "Belarusian Association of Journalists and a person familiar with the case who "
            "spoke to CPJ on condition of anonymity. Hrytsuk had been held in pretrial "
            "detention since his arrest on May 6, 2025.",
            "On November 30, police in Hrodna detained Labanava, a freelance reporter who "
            "contributed to the exiled broadcaster Belsat, at her apartment and took her to "
            "a temporary detention center. Labanava's mother said she had not been allowed "
            "to pass her daughter warm clothes. Labanava previously served 10 days of "
            "administrative arrest in 2021 over her coverage of protests.",
            '"The Belarusian authorities keep filling their prisons with journalists," said '
            "CPJ's Europe and Central Asia program coordinator. \"Hrytsuk and Labanava must "
            'be freed."',
            "Belarus held at least 31 journalists behind bars as of CPJ's December 1, 2025, "
            "prison census, among them Pavel Martsinovich, a photographer serving a seven-year "
            "sentence since 2023.",
            "CPJ emailed the Belarusian Investigative Committee for comment but did not "
            "receive a response.",
        ),
        {
            ("gritsuk", "sentenced", True),
            ("gritsuk", "detained", False),
            ("lobanova", "detained", True),
        },
        {
            ("lobanova", "sentenced", False),
            ("lobanova", "detained", False),
            ("lobanova", "ill_treatment", True),
            ("martsinovich", "sentenced", False),
        },
    ),
    (
        "statement-hunger-strike-transfer-amnesty",
        "Tajikistan: jailed journalist on hunger strike after transfer to remote colony",
        article(
            "Reporters Without Borders (RSF) is alarmed by the condition of the Tajik "
            "journalist Jamshed Nazarov, who has been on hunger strike since 23 November in "
            "protest against his transfer to a high-security colony far from his family, and "
            "calls on the authorities to release him immediately.",
            "Nazarov, the former editor of the weekly Nigoh, was moved on 19.11.2026 from "
            "Dushanbe's pretrial detention centre No. 1 to colony No. 3 in Yavan, 60 km south "
            "of the capital, where his wife says he has been placed in solitary confinement. "
            '"He has stopped eating and has only water and sweet tea," she told RSF on 2 '
            "December.",
            "Arrested on 3rd October 2024, Nazarov was sentenced in July 2025 to ten years in "
            'prison for "public calls to overthrow the constitutional order", and the Supreme '
            "Court rejected his appeal last month.",
            "The reporter Zarina Qodirova, who was sentenced alongside him to seven years, was "
            "freed on 9 September under an amnesty marking Independence Day, on condition "
            "that she stop working as a journalist.",
            "RSF is also concerned about the blogger Umed Safarov, who was detained by the "
            "State Committee for National Security on 28 Nov. and has not been seen since. "
            "His relatives say officers refused to tell them where he is held.",
            "Background: Tajikistan is ranked 153rd out of 180 countries in RSF's 2026 World "
            "Press Freedom Index. Its last independent newspapers closed in 2024.",
        ),
        {
            ("nazarov", "hunger_strike", True),
            ("nazarov", "transferred", True),
            ("nazarov", "detained", False),
            ("nazarov", "sentenced", False),
            ("nazarov", "appeal_rejected", True),
            ("kodirova", "pardoned", False),
            ("safarov", "detained", True),
        },
        {
            ("kodirova", "sentenced", False),
            ("kodirova", "released", False),
            ("nazarov", "ill_treatment", True),
        },
    ),
]

# name → (the people an article names, (person, words) namesakes that are not the person)
ARTICLES_NAMED: dict[str, tuple[set[str], list[tuple[str, str]]]] = {
    "wire-verdict-suspended-terms-and-acquittal": (
        {"dzhumabaev", "satybaldieva", "osmonov", "abdyrakhmanova", "ishenbekov"},
        [("dzhumabaev", "Cholpon Jumabayeva")],
    ),
    "wire-dawn-raids-remand-and-judicial-control": (
        {"aydogan", "kocak", "ozdemir"},
        [("kocak", "Yusuf Koçak")],
    ),
    "wire-release-into-exile-others-held": (
        {"nguyen-ha", "tran-lam", "le-bao"},
        [("nguyen-ha", "Nguyễn Thị Lan")],
    ),
    "wire-conviction-co-defendant-abroad": (
        {"stolyarov", "voronina"},
        [("stolyarov", "Anna Stolyarova"), ("stolyarov", "Alexei Stolyarov")],
    ),
    "urgent-action-women-activists-listed": (
        {"rostami", "mohammadzadeh", "ebrahimi", "farahani"},
        [],
    ),
    "press-release-lawyer-rotated-new-case": (
        {"abdelrahman", "mansour", "fathy"},
        [],
    ),
    "press-freedom-group-verdict-and-new-arrest": (
        {"gritsuk", "lobanova", "martsinovich"},
        [],
    ),
    "statement-hunger-strike-transfer-amnesty": (
        {"nazarov", "kodirova", "safarov"},
        [],
    ),
}

NOT_YET: dict[str, str] = {}
NOT_YET_NAMED: dict[str, str] = {}

# Three articles of the same genres written after the round's fixes, labelled and committed
# before the engine first read them
FRESH: list[Row] = [
    (
        "wire-parole-refused-term-served",
        "Azerbaijani court refuses early release for jailed economist",
        article(
            "BAKU, Azerbaijan (Reuters) — A Baku court on Wednesday turned down a request by "
            "the jailed economist Ramil Qasımov to be released early, his lawyer said, days "
            "after he ended an 18-day hunger strike.",
            "Qasımov, 56, who has diabetes, is serving a seven-year sentence on currency "
            "smuggling charges that rights groups say are bogus. He has served more than half "
            "of his term, which under Azerbaijani law makes him eligible for parole.",
            '"The judge did not even look at the medical reports," lawyer Zibeyda Sadigova '
            "told Reuters. She said she would appeal the decision.",
            "Qasımov refused food from Nov. 10 to Nov. 27 to protest against being held in a "
            "cell without heating, his son, Orkhan Qasımov, said. He ended the strike after "
            "prison officials promised to move him to a warmer cell.",
            "On the same day, the journalist Şahin Novruzlu walked free from Prison No. 12 "
            "after completing a four-year term, and was met at the gate by his wife and "
            "colleagues. Novruzlu was arrested in November 2022 and convicted in 2023 of "
            "hooliganism.",
            "Another reporter at his outlet, Aynur Safarova, was sentenced in absentia last "
            "year and lives in Germany.",
            "The government denies holding political prisoners.",
        ),
        {
            ("gasimov", "parole_denied", True),
            ("gasimov", "hunger_strike", True),
            ("novruzlu", "released", True),
            ("novruzlu", "detained", False),
            ("novruzlu", "sentenced", False),
            ("safarova", "sentenced", False),
        },
        {
            ("gasimov", "sentenced", False),
            ("gasimov", "ill_treatment", True),
            ("safarova", "fled", False),
        },
    ),
    (
        "joint-statement-closed-trial-listed-terms",
        "Belarus: Six members of independent trade union sentenced in closed trial",
        article(
            "Joint statement",
            "1 December 2026",
            "We, the undersigned human rights organisations, condemn the sentences handed "
            "down on 28 November by the Homiel Regional Court to six members of the dissolved "
            "Independent Trade Union of Miners, and call on the Belarusian authorities to "
            "quash the convictions and release them immediately and unconditionally.",
            'The court, sitting behind closed doors, found the six guilty of "creating an '
            'extremist formation" and sentenced them as follows:',
            "- Aliaksandr Kurylenka, chair of the union (7 years);",
            "- Tatsiana Zhuk, its lawyer (6 years);",
            "- Mikola Shved (5 years);",
            "- Ihar Pashkevich (5 years), who is already serving a three-year term imposed in "
            "2024;",
            "- two members whose names have not been made public.",
            "All six were arrested in April 2026 in coordinated searches of their homes. "
            "Tatsiana Zhuk was placed under house arrest in May but was taken back into "
            "custody in July after the prosecutor appealed.",
            "Background",
            "The union's previous chair, Henadz Kurylenka, who is no relation to Aliaksandr, "
            "was forced to leave Belarus in 2021 and was granted asylum in Poland.",
            "Signatories: Viasna Human Rights Centre; Belarusian Helsinki Committee; "
            "Libereco; Civil Rights Defenders.",
        ),
        {
            ("kurilenko", "sentenced", True),
            ("zhuk", "sentenced", True),
            ("shved", "sentenced", True),
            ("pashkevich", "sentenced", True),
            ("kurilenko", "detained", False),
            ("zhuk", "detained", False),
            ("shved", "detained", False),
            ("pashkevich", "detained", False),
            ("zhuk", "house_arrest", False),
        },
        {
            ("kurilenko", "trial", True),
            ("zhuk", "trial", True),
            ("shved", "trial", True),
            ("pashkevich", "trial", True),
            ("pashkevich", "sentenced", False),
        },
    ),
    (
        "wire-deported-despite-court",
        "Russia deports Tajik opposition activist despite European court ruling",
        article(
            "MOSCOW (AP) — Russian authorities have deported a Tajik opposition activist to "
            "Tajikistan, where he faces up to 15 years in prison, despite a European Court of "
            "Human Rights order to halt his removal, his lawyer said on Thursday.",
            "Bakhtiyor Nazriev, 39, was detained in Moscow on Nov. 18 at a migration office "
            "where he had gone to renew his papers, and was put on a flight to Dushanbe on "
            "Tuesday night, lawyer Valentina Orlik said. His family has not heard from him "
            "since he landed.",
            '"We do not know where he is or whether he is alive," his wife, Shahnoza '
            "Nazrieva, said by phone from Moscow.",
            "Nazriev had applied for asylum in Russia in 2021; his application was rejected "
            "in September. Tajik security services arrested his brother, Jamshed, in Dushanbe "
            "last year.",
            "Another member of the banned opposition movement Group 24, Suhrob Zafarov, was "
            "extradited from Turkey in 2020 and sentenced in Tajikistan to 28 years in prison.",
            "Russia's Interior Ministry did not respond to a request for comment. Moscow has "
            "deported or extradited dozens of Central Asian dissidents in recent years.",
        ),
        {
            ("nazriev", "detained", True),
            ("nazriev", "fled", True),
            ("zafarov", "fled", False),
            ("zafarov", "sentenced", False),
        },
        {
            # not labelled before the first run; the project's rule table reads an
            # application for asylum abroad as having left one's country
            # (fled.applied-for-asylum-abroad)
            ("nazriev", "fled", False),
        },
    ),
]
FRESH_NAMED: dict[str, tuple[set[str], list[tuple[str, str]]]] = {
    "wire-parole-refused-term-served": (
        {"gasimov", "novruzlu", "safarova"},
        [("gasimov", "Orkhan Qasımov")],
    ),
    "joint-statement-closed-trial-listed-terms": (
        {"kurilenko", "zhuk", "shved", "pashkevich"},
        [("kurilenko", "Henadz Kurylenka")],
    ),
    "wire-deported-despite-court": (
        {"nazriev", "zafarov"},
        [("nazriev", "Shahnoza Nazrieva")],
    ),
}
FRESH_NOT_YET: dict[str, str] = {}
FRESH_NOT_YET_NAMED: dict[str, str] = {}

# The classes fixed after the first run, each with examples and counter-examples
CLASSES: list[tuple[str, Events]] = [
    # a bare term of years received, given or handed is a prison term (not one of office)
    (
        "Aigerim Satybaldieva received a five-year term on Tuesday.",
        {("satybaldieva", "sentenced", True)},
    ),
    (
        "Nurbek Osmonov was handed a six-year term in a penal colony on Tuesday.",
        {("osmonov", "sentenced", True)},
    ),
    ("Nurbek Osmonov was given a five-year term as head of the union on Tuesday.", NONE),
    # a relative clause of the object, closed by ", and", then the subject's next verb
    (
        "Aigerim Satybaldieva and Nurbek Osmonov received five-year terms that the court "
        "suspended, and they were freed in the courtroom.",
        {
            ("satybaldieva", "sentenced", True),
            ("satybaldieva", "released", True),
            ("osmonov", "sentenced", True),
            ("osmonov", "released", True),
        },
    ),
    (
        "Two other staff, the camerawoman Aigerim Satybaldieva and the editor Nurbek Osmonov, "
        "received five-year terms that the court suspended, and were freed in the courtroom.",
        {
            ("satybaldieva", "sentenced", True),
            ("satybaldieva", "released", True),
            ("osmonov", "sentenced", True),
            ("osmonov", "released", True),
        },
    ),
    (  # ... "they" for one person is someone else
        "Nurbek Osmonov received a term that the court suspended, and they were freed.",
        NONE,
    ),
    ("Nurbek Osmonov wrote about a man who was tortured, and was detained on Monday.", NONE),
    # an earlier stage joined by "and" to the latest stage in one sentence is news too, but
    # not across time told between them, nor joined to a stage that is no longer the news
    (
        "Aigerim Satybaldieva was arrested, spent two years in jail and was freed on Monday.",
        {("satybaldieva", "detained", False), ("satybaldieva", "released", True)},
    ),
    (
        "Nurbek Osmonov was pardoned on Tuesday. The decree was short. Officials gave no "
        "reason. Osmonov was arrested after a rally and sentenced to seven years.",
        {
            ("osmonov", "pardoned", True),
            ("osmonov", "detained", False),
            ("osmonov", "sentenced", False),
        },
    ),
    # an undated event after a lead that dates news of its kind (of people not named) is that
    # news, and no earlier stage of a release told after it
    (
        "Turkish police detained a lawyer and two journalists in dawn raids on Tuesday. The "
        "lawyer was taken from her home. Police also detained Barış Koçak, a reporter, and "
        "Hatice Özdemir, an editor.\n\nKoçak and Özdemir were released under judicial control.",
        {
            ("kocak", "detained", True),
            ("kocak", "released", True),
            ("ozdemir", "detained", True),
            ("ozdemir", "released", True),
        },
    ),
    (  # ... a lead that dates none
        "Turkish police detained a lawyer and two journalists in dawn raids. The lawyer was "
        "taken from her home. Police also detained Barış Koçak, a reporter.\n\nKoçak was "
        "released under judicial control on Thursday.",
        {("kocak", "detained", False), ("kocak", "released", True)},
    ),
    # an arrest of "another member of the group, the activist X": X
    (
        "On Sunday, police arrested another member of the same online group, the "
        "environmental activist Lê Quốc Bảo.",
        {("le-bao", "detained", True)},
    ),
    ("On Sunday, police arrested another member of the group, the brother of Lê Quốc Bảo.", NONE),
    # "X, whom a court sentenced": X is the verb's object
    (
        "The group also documented the case of the lawyer Ahmed Samir Fathy, whom a terrorism "
        "court sentenced in absentia to 10 years in June 2025.",
        {("fathy", "sentenced", False)},
    ),
    (
        "Ahmed Samir Fathy, whom police arrested on Monday, was freed on Tuesday.",
        {
            ("fathy", "detained", True),
            ("fathy", "released", True),
        },
    ),
    ("Ahmed Samir Fathy, whom police say they arrested on Monday, denies it.", NONE),
    # taken out of prison to an airport or a border is no move to another place of custody
    (
        "Nguyen Thi Thu Ha was taken from An Phuoc prison straight to Noi Bai airport late on "
        "Tuesday.",
        NONE,
    ),
    (
        "Nguyen Thi Thu Ha was taken from An Phuoc prison to a hospital near the airport on "
        "Tuesday.",
        {("nguyen-ha", "transferred", True)},
    ),
    # a release ordered, "but she was never freed"; a release ordered in the relative clause
    # of one whom the sentence asks to free
    (
        "A court ordered the release of Hoda Abdel Rahman on Monday, but she was never freed.",
        NONE,
    ),
    (
        "Egyptian authorities should release the lawyer Hoda Abdel Rahman, who was added to a "
        "new case the day after a court ordered her release, the group said.",
        NONE,
    ),
    (
        "A court ordered the release of Hoda Abdel Rahman on Monday, and she walked free hours "
        "later.",
        {("abdelrahman", "released", True)},
    ),
    (
        "The authorities should now free the others, the group said after a court ordered the "
        "release of Hoda Abdel Rahman on Monday.",
        {("abdelrahman", "released", True)},
    ),
    # a verb in a series under a modal is a demand too
    (
        "The authorities must release Denis Gritsuk, drop all charges against Olga Lobanova, "
        "and stop jailing reporters, the group said.",
        NONE,
    ),
    (
        "Prosecutors took Denis Gritsuk to court, dropped the charges against Olga Lobanova "
        "and closed the case on Monday.",
        {("lobanova", "charges_dropped", True)},
    ),
    # (fresh) a group counted after a bulleted list ("All six") is the people it listed
    (
        "The court sentenced them on Monday as follows:\n\n- Aliaksandr Kurylenka (7 years);"
        "\n\n- Mikola Shved (5 years);\n\n- two others.\n\nAll four were arrested in April "
        "2026.",
        {
            ("kurilenko", "sentenced", True),
            ("shved", "sentenced", True),
            ("kurilenko", "detained", False),
            ("shved", "detained", False),
        },
    ),
    (  # ... not a short line after the list
        "Those detained on Monday include:\n\n- Aliaksandr Kurylenka, a teacher.\n\nThe "
        "court sentenced Mikola Shved on Tuesday. They were freed in 2019.",
        {("kurilenko", "detained", True), ("shved", "sentenced", True)},
    ),
    # (fresh) a request by the person "to be released early" turned down
    (
        "A Baku court on Wednesday turned down a request by the jailed economist Ramil Qasımov "
        "to be released early.",
        {("gasimov", "parole_denied", True)},
    ),
    (
        "A court on Wednesday turned down a request by the prosecutor to keep Ramil Qasımov in "
        "a punishment cell.",
        NONE,
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLASSES)
def test_a_fixed_class_reads_its_examples(text: str, expected: Events) -> None:
    assert events(text) == expected


def test_the_round_holds_eight_articles() -> None:
    assert len(ARTICLES) == 8
    assert set(ARTICLES_NAMED) == {name for name, *_ in ARTICLES}
    for _, _, text, *_ in ARTICLES:
        assert 150 <= len(text.split()) <= 500


@pytest.mark.parametrize(("title", "text", "expected", "optional"), named_params(ARTICLES, NOT_YET))
def test_an_article_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    events.check_item(title, text, expected, optional)


@pytest.mark.parametrize(
    ("title", "text", "named", "namesakes"),
    named_article_params(ARTICLES, ARTICLES_NAMED, NOT_YET_NAMED),
)
def test_an_article_names_its_people_and_no_namesake(
    title: str, text: str, named: set[str], namesakes: list[tuple[str, str]]
) -> None:
    assert_names_exactly(events.index, f"{title}\n\n{text}", named, namesakes)


def test_the_fresh_articles_are_of_the_round_s_size() -> None:
    assert set(FRESH_NAMED) == {name for name, *_ in FRESH}
    for _, _, text, *_ in FRESH:
        assert 150 <= len(text.split()) <= 500


@pytest.mark.parametrize(
    ("title", "text", "expected", "optional"), named_params(FRESH, FRESH_NOT_YET)
)
def test_a_fresh_article_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    events.check_item(title, text, expected, optional)


@pytest.mark.parametrize(
    ("title", "text", "named", "namesakes"),
    named_article_params(FRESH, FRESH_NAMED, FRESH_NOT_YET_NAMED),
)
def test_a_fresh_article_names_its_people_and_no_namesake(
    title: str, text: str, named: set[str], namesakes: list[tuple[str, str]]
) -> None:
    assert_names_exactly(events.index, f"{title}\n\n{text}", named, namesakes)
