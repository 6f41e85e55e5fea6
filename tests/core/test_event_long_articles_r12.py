"""Long made-up English news articles, round twelve (issue 14): genres no earlier module
covers: a court report of a verdict read out over two days, a UN working group's opinion
made public months after it was adopted, a relative's hunger-strike diary of dated
entries, a wire story of a prisoner swap told with "earlier" and "previously", an
extradition hearing in a European court, and a summary of a European Court of Human
Rights judgment.

Labels follow DESIGN.md as a careful reader would give them: ``current`` for the news
(within about a month of publication, or what the article is about), background for the
rest; ``optional`` holds what a reader could label either way. People, outlets and facts
are made up. Every label was written and committed before the module was first run; the
commit that records the first run gives its counts, and a label changed after it says so
beside it (none was).

``TWELFTH_ROUND``, first run (labels committed before it, 2869246): 0/6 articles right,
30/46 labelled events found, 9 extras; 6/6 articles named exactly their people, no
namesake read as the person. After the round's classes (``CLASSES``): 5/6 articles, 45/46
events, 0 extras; the one left is a strict xfail naming its class. ``TWELFTH_FRESH``, two
articles in other genres written after those fixes, first run: 0/2 articles, 13/15 events,
0 extras, both naming exactly their people; after ``FRESH_CLASSES``: 2/2, 15/15, 0 extras.
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
    # a verdict read over two days in Istanbul
    Person("sarigul", "Elif Sarıgül"),
    Person("yalcinkaya", "Kerem Yalçınkaya"),
    Person("oruc", "Hasan Oruç"),
    # a UN working group's opinion
    Person("abdelrahman", "Tarek Abdelrahman"),
    Person("fathy", "Mona Fathy"),
    # a hunger-strike diary
    Person("bennani", "Youssef Bennani"),
    Person("lahlou", "Omar Lahlou"),
    # a prisoner swap
    Person("whitford", "Daniel Whitford"),
    Person("gorbunov", "Ilya Gorbunov"),
    Person("lisitsyna", "Vera Lisitsyna"),
    Person("bragin", "Oleg Bragin"),
    # an extradition hearing
    Person("abenov", "Daulet Abenov"),
    Person("yessenov", "Timur Yessenov"),
    # a Strasbourg judgment
    Person("ekinci", "Leyla Ekinci"),
    Person("aktas", "Cemal Aktaş"),
    # for the classes' counter-examples
    Person("vysotskaya", "Anna Vysotskaya"),
    # written after the twelfth round's fixes: a parliamentary debate's record, and a sports
    # story
    Person("featherstone", "Alan Featherstone"),
    Person("dalgleish", "Kirsty Dalgleish"),
    Person("haddad", "Nadim Haddad"),
    Person("karimi", "Reza Karimi"),
    Person("tavakoli", "Amir Tavakoli"),
    Person("moghaddam", "Sara Moghaddam"),
    Person("rostami", "Payam Rostami"),
]
PUBLISHED = datetime(2026, 12, 4, 12, 0)  # a Friday
events = Reader(PEOPLE, PUBLISHED)

NONE: Events = set()


# (name, title, text, expected, optional)
Row = tuple[str, str, str, Events, Events]

TWELFTH_ROUND: list[Row] = [
    (
        "court-verdict-read-over-two-days",
        "Istanbul court jails 11 journalists after two-day verdict reading; two acquitted",
        article(
            "ISTANBUL - An Istanbul court on Thursday sentenced 11 journalists from the "
            "shuttered daily Yeni Ses to prison terms of up to nine years on terrorism "
            "charges, ending a trial that had dragged on for more than three years. Two "
            "defendants were acquitted.",
            "Presiding judge Orhan Yalçınkaya began reading the 180-page verdict on Wednesday "
            "afternoon at the Silivri courthouse, but adjourned after five hours, citing the "
            "late hour, and resumed on Thursday morning. Relatives in the public gallery, who "
            "had waited through the night outside the building, wept as the terms were read.",
            "The paper's former editor-in-chief, Elif Sarıgül, 58, received the heaviest "
            'sentence: nine years and four months for "membership of an armed terrorist '
            'organisation". She was taken into custody in the courtroom and sent to Bakırköy '
            "women's prison, her lawyers said. Sarıgül, who had been free pending trial since "
            'March 2024, told the court on Wednesday that she had "never written a line on '
            "anyone's orders\".",
            "Kerem Yalçınkaya, the paper's Ankara correspondent, who is no relation of the "
            "judge, was acquitted of all charges. He had spent 14 months in pretrial detention "
            "after his arrest in a dawn raid in September 2023 and was released in November "
            '2024. "I lost a year of my life for a headline," he told reporters outside.',
            "The cartoonist Hasan Oruç, who left Turkey in 2022 and lives in Berlin, was "
            "sentenced in absentia to six years and three months. The court issued a warrant "
            "for his arrest. In a message posted on social media, Oruç called the ruling "
            '"a verdict against drawing".',
            "Eight other reporters and editors received terms of between two and seven years. "
            "The court ordered that defendants not already in custody remain free until the "
            "appeals court rules, except Sarıgül and the paper's former news editor, Deniz "
            "Kaplan, whom it judged likely to flee. The photographer Selim Arslan was also "
            "acquitted.",
            "Yeni Ses was closed by emergency decree in 2016, but its staff kept publishing "
            "online. Most of the defendants were detained in raids on the newspaper's offices "
            "in September 2023, when police also seized computers and archives. Sarıgül was "
            "held for six months before a court released her under judicial control in March "
            "2024.",
            'Her husband, Ahmet Sarıgül, said the family would appeal. "The verdict was '
            'written before the trial began," he said.',
            "Prosecutors had asked for terms of up to 15 years. The Committee to Protect "
            'Journalists called the verdict "a dark day for the Turkish press" and urged the '
            "appeals court to overturn it. The justice ministry did not comment.",
        ),
        {
            ("sarigul", "sentenced", True),
            ("sarigul", "released", False),
            ("yalcinkaya", "acquitted", True),
            ("yalcinkaya", "detained", False),
            ("yalcinkaya", "released", False),
            ("oruc", "sentenced", True),
            ("oruc", "fled", False),
        },
        {
            ("sarigul", "detained", True),
            ("sarigul", "transferred", True),
            ("sarigul", "detained", False),
            ("sarigul", "trial", False),
            ("yalcinkaya", "trial", False),
            ("oruc", "trial", False),
        },
    ),
    (
        "un-working-group-opinion-made-public",
        "UN rights panel calls Egyptian researcher's detention arbitrary, urges release",
        article(
            "GENEVA - A United Nations panel of experts has found that Egypt's detention of "
            "the economic researcher Tarek Abdelrahman is arbitrary and has called on Cairo to "
            "release him immediately and compensate him, in an opinion made public on "
            "Thursday.",
            "The UN Working Group on Arbitrary Detention adopted the opinion at its session in "
            "August; under its rules, an opinion is published only after the government "
            "concerned has had time to respond. Egypt's reply, signed by its deputy "
            "representative in Geneva, Ahmed Abdelrahman, said the researcher was being held "
            '"in accordance with the law" and had access to lawyers and doctors.',
            "According to the opinion, Abdelrahman, 39, a researcher at a Cairo think tank who "
            "wrote about military-owned businesses, was arrested at Cairo airport on February "
            "11, 2024, as he returned from a conference in Berlin. He was held for 17 days at "
            "an undisclosed location, where, the source told the panel, he was blindfolded, "
            "beaten and given electric shocks during interrogation. He then appeared before "
            "the Supreme State Security Prosecution, which charged him with joining a "
            "terrorist group and spreading false news.",
            "In July 2025 a court ordered his release, but instead of freeing him, the "
            "authorities added him to a new case on almost identical charges, a practice "
            'Egyptian lawyers call "recycling". He has not been tried in either case.',
            "The experts said the charges appeared to stem solely from his research and his "
            "peaceful expression of opinions, and that his pretrial detention, which has now "
            "lasted almost three years, exceeded the two-year limit set by Egyptian law. They "
            "also found that he had been denied adequate medical care for a heart condition.",
            "His situation has worsened since the opinion was adopted, his family says. On "
            "November 23 he was transferred from Tora to the Badr 3 prison complex east of "
            "Cairo, where, his wife Nadia Hassan said, he is held in a cell lit around the "
            "clock and has been allowed one family visit. On Monday a judge renewed his "
            "detention for another 45 days.",
            "The working group also adopted an opinion on his lawyer, Mona Fathy, who was "
            "detained in March 2025 after she filed a complaint about his treatment. She was "
            "released on bail in June but remains under a travel ban. The panel found that "
            "her detention had also been arbitrary.",
            "The opinion is the fourth the working group has issued on Egypt this year. Egypt "
            "has not released any of the people named in the earlier three, according to the "
            "Egyptian Initiative for Personal Rights. Abdelrahman's wife said she had written "
            "to the public prosecutor asking for his release on the strength of the UN's "
            'finding. "I am not asking for a favour. I am asking them to follow their own '
            'law," she said.',
        ),
        {
            ("abdelrahman", "detained", False),
            ("abdelrahman", "ill_treatment", False),
            ("abdelrahman", "charged", False),
            ("abdelrahman", "transferred", True),
            ("fathy", "detained", False),
            ("fathy", "released", False),
        },
        {
            ("abdelrahman", "ill_treatment", True),
            ("abdelrahman", "detained", True),
        },
    ),
    (
        "hunger-strike-diary-dated-entries",
        "'Day 45': a sister's diary of Youssef Bennani's hunger strike",
        article(
            "RABAT - The Moroccan journalist Youssef Bennani has refused food since October 20 "
            "in protest at his five-year sentence, which an appeals court upheld in "
            "September. His sister Salma Bennani, a teacher in Casablanca, has kept a diary "
            "of his strike since the first day. These are extracts, lightly edited and "
            "translated from French.",
            "October 20. Youssef called from Oukacha prison at 10 a.m. He said he would take "
            "only water, sugar and salt until he is freed or retried. I told him Mother was "
            "against it. He laughed.",
            "October 27. First visit since he began. He has lost four kilos. The guards "
            "searched us for 40 minutes. He asked for books in Arabic; they were refused.",
            'November 3. The prison director told our lawyer that Youssef was "eating '
            'normally". That is a lie. He has not eaten for 15 days.',
            "November 9. Omar Lahlou, the student activist in the cell next to his, stopped "
            "his own hunger strike today after 20 days. Youssef says he understands.",
            "November 16. Youssef was moved to the prison infirmary after fainting in the "
            "yard. The doctor measured his blood sugar at 0.5 grams.",
            "November 18. Omar Lahlou was pardoned by the king, with 14 other prisoners, on "
            "the eve of Independence Day. He walked out this afternoon. Youssef's name was not "
            "on the list.",
            "November 25. Youssef says two guards dragged him from the infirmary to a "
            "punishment cell after he refused a drip, and kicked him in the ribs. The prison "
            "administration denies it.",
            "December 1. He was taken to Ibn Sina hospital in Rabat by ambulance at night. I "
            "was not told until the morning. He is chained to the bed by one ankle.",
            "December 3. Day 45. A doctor told us his kidneys are failing. He still says no.",
            "Bennani, 41, was arrested in March 2025 after publishing an investigation into "
            "land deals involving a member of parliament, and sentenced in June to five years "
            'for "defamation and receiving foreign funds". His newspaper, Al-Mithaq, has '
            "since closed. The justice ministry says his conviction has nothing to do with his "
            "journalism.",
        ),
        {
            ("bennani", "hunger_strike", True),
            ("bennani", "appeal_rejected", False),
            ("bennani", "ill_treatment", True),
            ("bennani", "transferred", True),
            ("bennani", "detained", False),
            ("bennani", "sentenced", False),
            ("lahlou", "pardoned", True),
        },
        {
            ("bennani", "ill_treatment", False),
            ("bennani", "hunger_strike", False),
            ("lahlou", "hunger_strike", True),
            ("lahlou", "hunger_strike", False),
            ("lahlou", "released", True),
        },
    ),
    (
        "prisoner-swap-wire-earlier-previously",
        "U.S. reporter, two Russian dissidents freed in prisoner swap at Ankara airport",
        article(
            "ANKARA, Dec 4 (Reuters) - Russia freed U.S. journalist Daniel Whitford and two "
            "jailed Russian opposition activists on Thursday in exchange for two Russian "
            "citizens serving sentences in the United States and Germany, Turkish officials "
            "said.",
            "The exchange took place on the tarmac of Ankara's Esenboğa airport, where planes "
            "from Moscow and Washington landed within an hour of each other, Turkey's "
            "intelligence agency said. Earlier on Thursday, President Vladimir Putin signed "
            "pardons for the three, the Kremlin said.",
            "The two Russians freed are Ilya Gorbunov, a former municipal councillor from "
            "Yekaterinburg serving eight and a half years for criticising the war in Ukraine, "
            "and Vera Lisitsyna, a 64-year-old pensioner jailed for six years over social "
            "media posts. Both were flown on to Germany.",
            "Whitford, 36, a correspondent for the Chicago-based Midwest Ledger, was detained "
            "by the FSB in Yekaterinburg in March 2025 while reporting on a tank factory and "
            "was convicted of espionage in July after a closed trial. He was sentenced to 16 "
            "years in a maximum-security colony. He, his newspaper and the U.S. government "
            "have denied that he was a spy.",
            "Russia received Artyom Kovalyov, convicted in New York last year of smuggling "
            "military electronics, and Sergei Dudin, who was serving a life term in Germany "
            "for a 2021 killing in Berlin that German prosecutors said was ordered by Russian "
            "military intelligence.",
            "Gorbunov had previously been sent to a punishment cell at least 20 times, his "
            "lawyer said, and in 2024 spent 12 days on hunger strike to protest the denial of "
            "dental treatment. Lisitsyna was moved to a prison hospital in Mordovia in "
            "October after a stroke, her son said.",
            "Speaking to reporters in Berlin, Gorbunov said he had been woken at 4 a.m. on "
            "Tuesday and put on a plane without being told where he was going, and had not "
            'known he was being exchanged until he landed. "I did not agree to leave Russia. '
            'Nobody asked me," he said.',
            "Oleg Bragin, a jailed Siberian journalist whose name had appeared on earlier "
            "lists of prisoners proposed for exchange, was not among those freed. His wife, "
            "Irina Bragina, said she had learned of the swap from the news.",
            "The exchange was the second between Moscow and Washington this year. In August, "
            "Russia freed a dual national, Ksenia Volkova, in exchange for a Russian "
            "businessman held in Spain.",
        ),
        {
            ("whitford", "released", True),
            ("whitford", "detained", False),
            ("whitford", "sentenced", False),
            ("gorbunov", "released", True),
            ("gorbunov", "fled", True),
            ("gorbunov", "hunger_strike", False),
            ("lisitsyna", "released", True),
            ("lisitsyna", "fled", True),
            ("lisitsyna", "transferred", False),
        },
        {
            ("whitford", "pardoned", True),
            ("whitford", "trial", False),
            ("whitford", "fled", True),
            ("gorbunov", "pardoned", True),
            ("gorbunov", "sentenced", False),
            ("gorbunov", "ill_treatment", False),
            ("lisitsyna", "pardoned", True),
            ("lisitsyna", "sentenced", False),
        },
    ),
    (
        "extradition-hearing-european-court",
        "Spanish court approves extradition of Kazakh blogger; lawyers vow to appeal",
        article(
            "MADRID - Spain's National Court on Wednesday approved the extradition to "
            "Kazakhstan of Daulet Abenov, an exiled Kazakh blogger who accuses his country's "
            "leadership of corruption, and ordered him back into custody pending a final "
            "decision by the Spanish government.",
            "Abenov, 44, was arrested at Barcelona's El Prat airport on September 14 on an "
            "Interpol red notice as he arrived from Istanbul to visit relatives. He spent "
            "three weeks in the Soto del Real prison near Madrid before a judge released him "
            "on October 6 on condition that he surrender his passport and report to a police "
            "station twice a week.",
            'Kazakhstan charged him in absentia in 2024 with "inciting social discord" and '
            "fraud over donations his YouTube channel collected from viewers. If returned, he "
            "faces up to 12 years in prison. His lawyers say the charges are political and "
            "that he would face torture.",
            "In a 23-page ruling, a panel of three judges said Kazakhstan had given sufficient "
            "diplomatic assurances that Abenov would be tried fairly and held in humane "
            "conditions, and that the fraud charge was not political. One judge dissented, "
            'writing that the assurances were "not worth the paper they are written on". '
            "Police took Abenov into custody at his lawyer's office in Madrid on Wednesday "
            "evening, and he was returned to Soto del Real, his lawyer, Lucía Moreno, said.",
            "Moreno said the defence would appeal to the full bench of the court and, if "
            "necessary, to the European Court of Human Rights. Abenov applied for asylum in "
            "Spain in October; his application has not been decided.",
            "He left Kazakhstan in 2021 after police searched his flat in Almaty, and has "
            "lived since in Turkey and Georgia. His brother, Serik Abenov, was detained in "
            "Almaty in 2023 and questioned for 10 hours about the channel's finances, the "
            "family says.",
            "Rights groups pointed to the case of Timur Yessenov, a Kazakh activist extradited "
            "from Poland in 2024 on similar assurances. Yessenov was sentenced in Almaty last "
            'year to seven years for "financing extremism", and his wife says he was beaten '
            "by other inmates in a colony in Pavlodar in September. Kazakhstan's embassy in "
            'Madrid said Yessenov\'s case was "a matter for the Kazakh courts".',
            "The final word on Abenov's extradition now lies with the Spanish cabinet, which "
            "has in the past refused extraditions that courts approved. The foreign ministry "
            "in Astana welcomed the ruling.",
        ),
        {
            ("abenov", "detained", True),
            ("abenov", "detained", False),
            ("abenov", "released", False),
            ("abenov", "charged", False),
            ("abenov", "fled", False),
            ("yessenov", "fled", False),
            ("yessenov", "sentenced", False),
            ("yessenov", "ill_treatment", False),
        },
        {
            ("abenov", "transferred", True),
        },
    ),
    (
        "strasbourg-judgment-summary",
        "Strasbourg court rules Turkey violated rights of jailed Kurdish politician",
        article(
            "STRASBOURG - The European Court of Human Rights ruled on Tuesday that Turkey "
            "violated the rights of the former Kurdish mayor Leyla Ekinci by keeping her in "
            "pretrial detention for more than three years and convicting her over speeches "
            "that did not incite violence, and ordered Ankara to pay her 25,000 euros in "
            "damages.",
            "Ekinci, 52, who was elected mayor of the south-eastern town of Nusaybin in 2014, "
            "was detained in a police raid on her home on November 4, 2016, along with eight "
            "other local officials. She was held in pretrial detention until January 2020, "
            "when a court in Mardin sentenced her to nine years and six months for "
            '"membership of a terrorist organisation" and "terrorist propaganda". The Court '
            "of Cassation upheld the verdict in 2023.",
            "The seven judges found unanimously that her detention had not been based on a "
            "reasonable suspicion that she had committed an offence, in breach of Article 5 "
            "of the European Convention, and that her conviction breached her right to "
            "freedom of expression under Article 10. By five votes to two, they also found "
            "that she had been subjected to degrading treatment when guards at Kandıra prison "
            "strip-searched her in front of male staff in 2017.",
            "The ruling is not yet final: either side can ask within three months for the "
            "case to be referred to the court's Grand Chamber. Turkey has in the past declined "
            "to carry out Strasbourg judgments in the cases of Kurdish politicians, including "
            "a 2020 order to release another jailed former mayor.",
            "Ekinci remains in prison. Her lawyer, Rojda Aslan, said she had been transferred "
            "on Monday from Kandıra to a high-security prison in Edirne, 400 kilometres from "
            'her family, and had learned of the ruling from a guard. "Moving her the day '
            'before the judgment was a message," Aslan said.',
            "The court rejected a separate complaint by her co-applicant, Cemal Aktaş, a "
            "former deputy mayor who was detained in the same raid, released pending trial in "
            "2018 and acquitted in 2019. It found that his 20 months in detention had been "
            "justified by the evidence available at the time. Aktaş left Turkey in 2021 and "
            "was granted asylum in Sweden.",
            "Turkey's justice ministry said it was studying the judgment. Ekinci's daughter, "
            'Berfin Ekinci, said the family hoped the ruling would lead to a retrial. "Eight '
            'years of her life have been taken. Money does not give them back," she said.',
            "A Turkish court is due to hear a request for a retrial in February. Ekinci has "
            "also applied for early release on health grounds; a decision is expected next "
            "month.",
        ),
        {
            ("ekinci", "detained", False),
            ("ekinci", "sentenced", False),
            ("ekinci", "appeal_rejected", False),
            ("ekinci", "ill_treatment", False),
            ("ekinci", "transferred", True),
            ("aktas", "detained", False),
            ("aktas", "released", False),
            ("aktas", "acquitted", False),
            ("aktas", "fled", False),
        },
        NONE,
    ),
]

# The people each article names, and the namesakes it must not read as them:
# (person id, a namesake's words in the text)
TWELFTH_NAMED: dict[str, tuple[set[str], list[tuple[str, str]]]] = {
    "court-verdict-read-over-two-days": (
        {"sarigul", "yalcinkaya", "oruc"},
        [("yalcinkaya", "Orhan Yalçınkaya"), ("sarigul", "Ahmet Sarıgül")],
    ),
    "un-working-group-opinion-made-public": (
        {"abdelrahman", "fathy"},
        [("abdelrahman", "Ahmed Abdelrahman")],
    ),
    "hunger-strike-diary-dated-entries": (
        {"bennani", "lahlou"},
        [("bennani", "Salma Bennani")],
    ),
    "prisoner-swap-wire-earlier-previously": (
        {"whitford", "gorbunov", "lisitsyna", "bragin"},
        [("bragin", "Irina Bragina")],
    ),
    "extradition-hearing-european-court": (
        {"abenov", "yessenov"},
        [("abenov", "Serik Abenov")],
    ),
    "strasbourg-judgment-summary": (
        {"ekinci", "aktas"},
        [("ekinci", "Berfin Ekinci")],
    ),
}

# Two more, in genres neither this round nor the rounds before it use, written and labelled
# after this round's classes were fixed and committed before their first run
TWELFTH_FRESH: list[Row] = [
    (
        "parliamentary-debate-record",
        "Westminster Hall debate: British nationals detained abroad, 3 December 2026",
        article(
            "Sarah Whitcombe (Bristol North) (Lab): I beg to move, That this House has "
            "considered the case of British nationals arbitrarily detained overseas. It is a "
            "pleasure to serve under your chairmanship, Mr Dowd.",
            "My constituent Alan Featherstone is a 61-year-old retired civil engineer who had "
            "worked in the Gulf for 20 years. On 12 October, as he was about to board a flight "
            "home from Dubai, he was stopped at passport control and taken away by "
            "plain-clothes officers. For 19 days his family did not know where he was. We now "
            "know that he was held in solitary confinement in a state security facility, "
            "where, he has told his wife, the lights were never switched off and he was "
            "interrogated for up to 14 hours at a time.",
            "Last Thursday, he was charged with espionage, which carries a life sentence. He "
            "has seen a lawyer only once, for 20 minutes, and has been denied the heart "
            "medication he has taken for a decade. His trial is due to open in January.",
            "Jim McLeod (Dundee East) (SNP): Will the hon. Lady give way?",
            "Sarah Whitcombe: I will.",
            "Jim McLeod: My constituent Kirsty Dalgleish was freed from Evin prison in Tehran "
            "on 28 November after 11 months, and she flew home to Edinburgh on Sunday. Does "
            "the hon. Lady agree that her release shows that quiet diplomacy can work?",
            "Sarah Whitcombe: I welcome Ms Dalgleish's release, and I pay tribute to her "
            "family, who never gave up. But quiet diplomacy has not worked for Mr "
            "Featherstone.",
            "Graham Featherstone (Carlisle) (Con): I should declare that I am no relation of "
            "the hon. Lady's constituent, although I have had a number of letters this week "
            "from people who think I am. Does she agree that the Foreign Office should be "
            "more willing to call arbitrary detention what it is?",
            "The Minister for Consular Affairs (Catherine Alderton): I congratulate the hon. "
            "Member for Bristol North on securing this debate. Officials have visited Mr "
            "Featherstone four times, most recently on Tuesday. I can tell the House that on "
            "Monday he was moved from the state security facility to Al Awir central prison, "
            "and that our ambassador has raised his access to medication directly with the "
            "authorities.",
            "We have also raised the case of Nadim Haddad, a British-Lebanese dual national "
            "who was sentenced in absentia in Beirut in 2019 and who was arrested on arrival "
            "at Beirut airport on 20 November, when he travelled to attend his father's "
            "funeral. I am pleased to confirm that a court in Beirut released Mr Haddad on "
            "bail yesterday, pending a retrial, and that he is now staying with his family. "
            "He has been barred from leaving Lebanon.",
            "Question put and agreed to.",
        ),
        {
            ("featherstone", "detained", False),
            ("featherstone", "charged", True),
            ("featherstone", "ill_treatment", True),
            ("featherstone", "transferred", True),
            ("dalgleish", "released", True),
            ("haddad", "sentenced", False),
            ("haddad", "detained", True),
            ("haddad", "released", True),
        },
        {
            ("featherstone", "detained", True),
            ("featherstone", "ill_treatment", False),
            ("dalgleish", "fled", True),
            ("dalgleish", "detained", False),
        },
    ),
    (
        "sports-athlete-arrested-after-podium-protest",
        "Wrestler arrested on return from world championships after black armband protest",
        article(
            "TEHRAN/BELGRADE - Iranian wrestler Reza Karimi, a world championship bronze "
            "medallist, was arrested at Tehran's Imam Khomeini airport on Sunday as he "
            "returned with the national team from Belgrade, where he had worn a black armband "
            "on the podium, his brother said.",
            "Karimi, 27, was taken from the team bus by security agents in front of his "
            "teammates and coaches, his brother Hossein Karimi told the Persian-language "
            "service of the BBC. The family has not been told where he is held.",
            "On Tuesday the judiciary's news agency said Karimi had been charged with "
            '"propaganda against the system" and "insulting sacred values". The national '
            "wrestling federation, whose president, Mehdi Karimi, is not related to the "
            'athlete, said it had suspended him from the team "pending the outcome of the '
            'legal process".',
            "A teammate, Amir Tavakoli, did not board the flight home. Tavakoli, 24, a "
            "two-time Asian champion, left the team hotel in Belgrade on Saturday night and "
            "has applied for asylum in Serbia, a Serbian interior ministry official confirmed.",
            "The armband, which Karimi wore on the podium on November 26, was widely seen as a "
            "tribute to protesters killed in Iran. Footage of the ceremony was shared millions "
            'of times. Karimi told reporters in the mixed zone that it was "for my country", '
            "and declined to say more.",
            "Karimi is not the first Iranian athlete to face prosecution after competing "
            "abroad. In 2023 the boxer Sara Moghaddam was detained for a week after she "
            "competed without a hijab in Thailand, and the footballer Payam Rostami was "
            "sentenced in 2024 to three years for comments he made after a match in Qatar. "
            "Rostami was released in a pardon in February and now coaches a club in Dubai.",
            'United World Wrestling said it was "deeply concerned" and was seeking '
            "information. The athletes' group Global Athlete called for Karimi's immediate "
            "release and urged the International Olympic Committee to suspend Iran's national "
            "Olympic committee.",
            "Karimi's lawyer, Farid Nikpour, said his client had phoned his mother briefly on "
            'Wednesday and told her that he had been beaten during interrogation. "He '
            'sounded exhausted," Nikpour said.',
        ),
        {
            ("karimi", "detained", True),
            ("karimi", "charged", True),
            ("karimi", "ill_treatment", True),
            ("tavakoli", "fled", True),
            ("moghaddam", "detained", False),
            ("rostami", "sentenced", False),
            ("rostami", "pardoned", False),
        },
        {
            ("moghaddam", "released", False),
            ("rostami", "released", False),
            ("rostami", "fled", False),
        },
    ),
]

TWELFTH_FRESH_NAMED: dict[str, tuple[set[str], list[tuple[str, str]]]] = {
    "parliamentary-debate-record": (
        {"featherstone", "dalgleish", "haddad"},
        [("featherstone", "Graham Featherstone")],
    ),
    "sports-athlete-arrested-after-podium-protest": (
        {"karimi", "tavakoli", "moghaddam", "rostami"},
        [("karimi", "Hossein Karimi"), ("karimi", "Mehdi Karimi")],
    ),
}

# Articles still read wrongly, and the class each misses: the test fails once it is read right
NOT_YET: dict[str, str] = {}
NOT_YET_NAMED: dict[str, str] = {}


# a lead that dates the news, for class examples told in an article's body
LEAD = "A court ruled on Tuesday. Dozens were convicted. The trial had lasted a year."

# The classes fixed after the first run of the two fresh articles, each with an example and
# a counter-example
FRESH_CLASSES: list[tuple[str, Events]] = [
    # asylum asked for in a country abroad: the person has left their own (and the rest of
    # Europe among the countries)
    (
        "Amir Tavakoli left the team hotel on Saturday night and has applied for asylum in Serbia.",
        {("tavakoli", "fled", True)},
    ),
    ("Amir Tavakoli has applied for a visa in Serbia.", NONE),
    # "only once" counts times: it does not tell the past as "once" (formerly) does
    (
        f"{LEAD}\n\nAlan Featherstone was charged on Monday. He has seen a lawyer only once "
        "and was beaten in his cell on Tuesday.",
        {("featherstone", "charged", True), ("featherstone", "ill_treatment", True)},
    ),
    (
        f"{LEAD}\n\nAlan Featherstone was charged on Monday. He was once beaten in his cell.",
        {("featherstone", "charged", True), ("featherstone", "ill_treatment", False)},
    ),
    # medical care denied in the present perfect still goes on: news, as a hunger strike is
    (
        f"{LEAD}\n\nAlan Featherstone was charged on Monday. He has been denied his heart "
        "medication.",
        {("featherstone", "charged", True), ("featherstone", "ill_treatment", True)},
    ),
    (  # ... not a beating, which is over
        f"{LEAD}\n\nAlan Featherstone was charged on Monday. He has been beaten by guards.",
        {("featherstone", "charged", True), ("featherstone", "ill_treatment", False)},
    ),
]

# The classes fixed after the first run, each with an example and a counter-example
CLASSES: list[tuple[str, Events]] = [
    # a part of a group ("Most of the defendants") is not each of the people in it
    (
        "Kerem Yalçınkaya and Hasan Oruç were sentenced on Monday. Most of the defendants "
        "had been detained in 2023.",
        {("yalcinkaya", "sentenced", True), ("oruc", "sentenced", True)},
    ),
    (
        "Kerem Yalçınkaya and Hasan Oruç were sentenced on Monday. All of the defendants had "
        "been detained in 2023.",
        {
            ("yalcinkaya", "sentenced", True),
            ("oruc", "sentenced", True),
            ("yalcinkaya", "detained", False),
            ("oruc", "detained", False),
        },
    ),
    # a warrant for an arrest is an order to arrest, no arrest
    (
        "Hasan Oruç was sentenced on Monday. The court issued a warrant for his arrest.",
        {
            ("oruc", "sentenced", True),
        },
    ),
    (
        "Hasan Oruç was sentenced on Monday. His arrest at the airport on Tuesday drew protests.",
        {("oruc", "sentenced", True), ("oruc", "detained", True)},
    ),
    # a Turkish surname in -kaya ("rock") is no woman's: "he" can stand for its bearer
    (
        "Kerem Yalçınkaya was acquitted on Monday. He was arrested in a raid in 2023.",
        {("yalcinkaya", "acquitted", True), ("yalcinkaya", "detained", False)},
    ),
    (  # ... while a Russian -skaya still is
        "Anna Vysotskaya was acquitted on Monday. He was arrested in a raid in 2023.",
        {("vysotskaya", "acquitted", True)},
    ),
    # a description with its own relative clause, closed before the verb, whose verb is one
    # of reporting ("wrote"): the subject is still the name
    (
        "Daniel Whitford, a reporter who wrote about the army, was arrested on Monday.",
        {("whitford", "detained", True)},
    ),
    ("Daniel Whitford, a reporter, wrote that a colleague was arrested on Monday.", NONE),
    # a description, then a relative clause, both closed before the verb
    (
        "Kerem Yalçınkaya, the paper's correspondent, who is no relation of the judge, was "
        "acquitted on Monday.",
        {("yalcinkaya", "acquitted", True)},
    ),
    ("Kerem Yalçınkaya wrote about a colleague, a reporter, who was acquitted on Monday.", NONE),
    # a release ordered, "but instead of freeing him" it was not carried out
    (
        "In July 2025 a court ordered the release of Tarek Abdelrahman, but instead of freeing "
        "him, the authorities added him to a new case.",
        NONE,
    ),
    (
        "In July 2025 a court ordered the release of Tarek Abdelrahman, and he was freed the "
        "same day.",
        {("abdelrahman", "released", False)},
    ),
    # an undated sentence that went on from an older story passes it on to the next one
    (
        f"{LEAD}\n\nTarek Abdelrahman was arrested in February 2024. He was held for 17 days, "
        "and guards beat him. He then appeared before a prosecutor, who charged him with "
        "spreading false news.",
        {
            ("abdelrahman", "detained", False),
            ("abdelrahman", "ill_treatment", False),
            ("abdelrahman", "charged", False),
        },
    ),
    (
        f"{LEAD}\n\nTarek Abdelrahman was arrested on Monday. He was held for two days, and "
        "guards beat him. He then appeared before a prosecutor, who charged him with spreading "
        "false news.",
        {
            ("abdelrahman", "detained", True),
            ("abdelrahman", "ill_treatment", True),
            ("abdelrahman", "charged", True),
        },
    ),
    # a country's initials in the description before an object: "U.S. journalist X"
    ("Russia freed U.S. journalist Daniel Whitford on Thursday.", {("whitford", "released", True)}),
    ("Russia freed the U.S. journalist's driver on Thursday, Daniel Whitford said.", NONE),
    # people of a country as a group, its participle, then who they are
    (
        "The two Russians freed are Ilya Gorbunov and Vera Lisitsyna.",
        {("gorbunov", "released", True), ("lisitsyna", "released", True)},
    ),
    ("The two Russians who met him are Ilya Gorbunov and Vera Lisitsyna.", NONE),
    # a list whose members each have a description: "X, a ..., and Y"
    (
        "Police detained Ilya Gorbunov, a former councillor, and Vera Lisitsyna on Monday.",
        {("gorbunov", "detained", True), ("lisitsyna", "detained", True)},
    ),
    (
        "Police detained Ilya Gorbunov, a friend of Vera Lisitsyna, on Monday.",
        {("gorbunov", "detained", True)},
    ),
    # an extradition approved is a decision: the person has not left
    (
        "Spain's National Court on Wednesday approved the extradition to Kazakhstan of Daulet "
        "Abenov.",
        NONE,
    ),
    (
        "A court approved Daulet Abenov's extradition in September, and he was put on a flight "
        "to Almaty on Saturday.",
        {("abenov", "fled", True)},
    ),
    # a description that ends the sentence, with a country's adjective before the role, is
    # said of the name before it, wherever that name stands
    (
        "Rights groups pointed to the case of Timur Yessenov, a Kazakh activist extradited from "
        "Poland in 2024 on similar assurances.",
        {("yessenov", "fled", False)},
    ),
    (  # ... but not a description of others: "a lawyer for activists convicted"
        "Rights groups pointed to the case of Timur Yessenov, a lawyer for activists convicted "
        "in 2004.",
        NONE,
    ),
    # a term's end ("held until January 2020") is the date of the when-clause after it
    (
        "Leyla Ekinci was held in pretrial detention until January 2020, when a court in Mardin "
        "sentenced her to nine years.",
        {("ekinci", "sentenced", False)},
    ),
    (
        "Leyla Ekinci was held until January 2020 and was sentenced on Monday.",
        {
            ("ekinci", "sentenced", True),
        },
    ),
    # the conventions' words: "subjected to degrading treatment"
    (
        f"{LEAD}\n\nThe judges found that Leyla Ekinci had been subjected to degrading "
        "treatment in 2017.",
        {("ekinci", "ill_treatment", False)},
    ),
    ("Leyla Ekinci was subjected to medical treatment in 2017.", NONE),
    # an application for early release is a request
    ("Leyla Ekinci has also applied for early release on health grounds.", NONE),
    (
        "A court on Monday rejected Leyla Ekinci's application for early release.",
        {("ekinci", "parole_denied", True)},
    ),
    # an undated event in a relative clause after a description is the clause's: background
    (
        f"{LEAD}\n\nCemal Aktaş, a former deputy mayor who was detained in the same raid, was "
        "acquitted in 2019.",
        {("aktas", "detained", False), ("aktas", "acquitted", False)},
    ),
    (
        "Cemal Aktaş, a former deputy mayor who was detained on Monday, spoke to reporters.",
        {("aktas", "detained", True)},
    ),
    # a given name alone that opens a sentence, after the full name: a diary's "Youssef"
    (
        "Youssef Bennani is on hunger strike.\n\nNovember 16. Youssef was moved to a prison "
        "hospital after fainting.",
        {("bennani", "hunger_strike", True), ("bennani", "transferred", True)},
    ),
    (  # ... not without the full name, nor inside a clause
        "Youssef was moved to a prison hospital on Monday.",
        NONE,
    ),
    (
        "Youssef Bennani is on hunger strike. A reporter who is not related to Youssef was "
        "detained on Monday.",
        {("bennani", "hunger_strike", True)},
    ),
    # a sentence upheld in a relative clause set off by a comma: "his sentence, which an
    # appeals court upheld in September"
    (
        f"{LEAD}\n\nYoussef Bennani protested against his sentence, which an appeals court "
        "upheld in September.",
        {("bennani", "appeal_rejected", False)},
    ),
    (
        f"{LEAD}\n\nYoussef Bennani protested against his sentence, which the court said was "
        "lenient.",
        NONE,
    ),
    # the sentence of a relative of the person is the relative's
    (
        "Youssef Bennani protested. The sentence of his brother was upheld in September.",
        NONE,
    ),
    (
        "Youssef Bennani protested. The sentence of Youssef Bennani was upheld in September.",
        {("bennani", "appeal_rejected", False)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLASSES + FRESH_CLASSES)
def test_a_fixed_class_reads_its_examples(text: str, expected: Events) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected", "optional"),
    named_params(TWELFTH_ROUND + TWELFTH_FRESH, NOT_YET),
)
def test_a_twelfth_round_article_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    found = events(text, title)
    assert expected <= found <= expected | optional


@pytest.mark.parametrize(
    ("title", "text", "named", "namesakes"),
    named_article_params(
        TWELFTH_ROUND + TWELFTH_FRESH, {**TWELFTH_NAMED, **TWELFTH_FRESH_NAMED}, NOT_YET_NAMED
    ),
)
def test_a_twelfth_round_article_names_its_people_and_no_namesake(
    title: str, text: str, named: set[str], namesakes: list[tuple[str, str]]
) -> None:
    assert_names_exactly(events.index, f"{title}\n\n{text}", named, namesakes)
