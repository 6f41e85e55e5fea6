"""Long made-up English news articles, round eleven (issue 14): genres the earlier rounds
(tests/core/test_event_long_articles.py) do not cover: a court report of a hearing with
its adjournments and remands, a Chinese case with surname-first names and "residential
surveillance at a designated location", a Latin American journalist with a two-part
surname and "prisión preventiva" glossed in English, an Iranian dual national with
furlough, "temporary leave" and a travel ban, an annual report's round-up of ten people,
and an obituary of a prisoner who died in custody with the fates of his co-defendants.

Labels follow DESIGN.md as a careful reader would give them: ``current`` for the news
(within about a month of publication, or what the article is about), background for the
rest; ``optional`` holds what a reader could label either way. People, outlets and facts
are made up. Every label was written and committed before the module was first run; the
commit that records the first run gives its counts, and a label changed after it says so
beside it.
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
    # a court report from Kampala
    Person("ssekandi", "Brian Ssekandi"),
    Person("nabirye", "Ruth Nabirye"),
    Person("kato", "Moses Kato"),
    # a Chinese case, surname first
    Person("zhou", "Zhou Minghui"),
    Person("gao", "Gao Yufeng"),
    Person("xulan", "Xu Lan"),
    # a Guatemalan journalist with two surnames
    Person("perezgarcia", "Luis Alberto Pérez García"),
    Person("quinonez", "Mariela Quiñónez Rojas"),
    Person("villatoro", "Ernesto Villatoro"),
    # Iranian dual nationals
    Person("sadeghi", "Kamran Sadeghi"),
    Person("moradi", "Leila Moradi"),
    Person("nouri", "Siamak Nouri"),
    # an annual report's round-up
    Person("tashkentova", "Dilfuza Tashkentova"),
    Person("orunbaev", "Azamat Orunbaev"),
    Person("mukhametov", "Rinat Mukhametov"),
    Person("karabaeva", "Saule Karabaeva"),
    Person("jorayev", "Sherzod Jorayev"),
    Person("nurlanov", "Erlan Nurlanov"),
    # an obituary
    Person("nurmuradov", "Gurbanberdi Nurmuradov"),
    Person("hojayev", "Annamurat Hojayev"),
    Person("orazova", "Sapargul Orazova"),
    Person("durdyyev", "Begench Durdyyev"),
    # written after the eleventh round's fixes: an explainer in questions and answers, and a
    # wire factbox of dated lines
    Person("beridze", "Nino Beridze"),
    Person("kapanadze", "Levan Kapanadze"),
    Person("gelashvili", "Tamar Gelashvili"),
    Person("sokchanna", "Sok Channa"),
    Person("chhimvanna", "Chhim Vanna"),
]
PUBLISHED = datetime(2026, 12, 2, 12, 0)  # a Wednesday
events = Reader(PEOPLE, PUBLISHED)

NONE: Events = set()


# (name, title, text, expected, optional)
Row = tuple[str, str, str, Events, Events]

ELEVENTH_ROUND: list[Row] = [
    (
        "court-report-treason-hearing-adjourned",
        "Treason hearing adjourned for sixth time; activist granted bail, aide sent back to Luzira",
        article(
            "KAMPALA - The treason case against two opposition activists stalled again at the "
            "Nakawa Chief Magistrate's Court on Tuesday, when the state asked for more time to "
            "complete its investigations, four months after the pair were first produced in "
            "court.",
            "Brian Ssekandi, 34, a personal assistant to an opposition member of parliament, "
            "and Ruth Nabirye, 29, a youth mobiliser, are accused of plotting to overthrow the "
            "government by organising what prosecutors describe as an armed wing of their "
            "party. They deny the charges.",
            "The hearing, due to start at 9am, began shortly before noon. Ssekandi was brought "
            "from Luzira prison in a prison lorry with 14 other remand inmates and was led into "
            "the dock in a yellow prison uniform. Nabirye, who has been held at the women's "
            "wing of Luzira, arrived separately.",
            "State attorney Joan Nabirye, who is not related to the accused, told the court "
            'that investigations were "at an advanced stage" and asked for a further '
            "adjournment. Defence lawyer Erias Mugisha objected, saying the state had made the "
            "same promise at five previous hearings.",
            '"My clients have been on remand since August. The prosecution is using '
            'adjournments as a punishment," he said.',
            "Chief Magistrate Esther Asiimwe adjourned the case to December 16 and remanded "
            "Ssekandi in custody until then. She granted Nabirye bail of five million "
            "shillings, citing her health and the fact that she had a fixed place of abode, "
            "and ordered her to report to the court registrar every two weeks and surrender "
            "her passport.",
            "Nabirye was released from Luzira on Tuesday evening after her sureties, two "
            "members of parliament and her uncle, signed the bond, her lawyer said. Ssekandi's "
            "bail application will be heard at the next sitting.",
            "Ssekandi and Nabirye were picked up by men in plain clothes on July 19 in the "
            "Kampala suburb of Kasangati and held incommunicado for 11 days before being "
            "produced in court and charged with treason on July 30. Ssekandi told the court at "
            "an earlier hearing that he was beaten with batons and burned with cigarettes "
            "while he was held at a military barracks; the army has denied holding him.",
            "Outside the court, police briefly detained the freelance journalist Moses Kato, "
            "who had been filming supporters of the accused as they sang in the parking lot. "
            "He was held for about three hours at Jinja Road police station and freed without "
            "charge, his editor said.",
            "Kato, who was acquitted in 2023 of publishing false news over a report on land "
            "evictions, said police had deleted his footage. His brother, Henry Kato, a "
            "police constable, was not involved, a police spokesman said.",
            "Treason carries the death penalty in Uganda, although no one has been executed "
            "since 2005. Rights groups have called on the authorities to release the two or "
            "bring them to trial without further delay.",
        ),
        {
            ("ssekandi", "detained", False),
            ("ssekandi", "charged", False),
            ("ssekandi", "ill_treatment", False),
            ("nabirye", "released", True),
            ("nabirye", "detained", False),
            ("nabirye", "charged", False),
            ("kato", "detained", True),
            ("kato", "released", True),
            ("kato", "acquitted", False),
        },
        {
            ("ssekandi", "detained", True),
            ("ssekandi", "ill_treatment", True),
            ("ssekandi", "trial", True),
            ("nabirye", "trial", True),
            # the lead's "A, 34, a ..., and B, 29, ..., are accused of": both (a list with
            # asides); the present state read as news is another class (when)
            ("ssekandi", "charged", True),
        },
    ),
    (
        "china-lawyer-residential-surveillance",
        "China holds labour lawyer under 'residential surveillance', wife says",
        article(
            "HONG KONG (AP) - Chinese police have placed a labour rights lawyer who was "
            'jailed in a 2015 crackdown on his profession under "residential surveillance at a '
            'designated location", a form of secret detention outside the regular prison '
            "system, his wife said on Wednesday.",
            "Zhou Minghui, 52, was taken from his home in Guangzhou by about a dozen police "
            "officers on the night of November 3, his wife, Wang Qing, said in a telephone "
            "interview. Police notified the family eight days later that he was suspected of "
            '"inciting subversion of state power" and was being held at an undisclosed place.',
            "On Friday, prosecutors approved Zhou's formal arrest, the notice said, which "
            "means he will now be moved to a detention centre and could be held for months "
            "before trial.",
            '"They will not let a lawyer see him. Every lawyer I hire is told to drop the '
            'case," Wang said. "The last time, they made him sit in a tiger chair for days."',
            "Zhou was detained in July 2015 along with more than 300 lawyers and activists. "
            "He was sentenced in 2017 to four years in prison for subversion and released in "
            "2020. Since then he has been under constant watch, and his licence to practise "
            "law was revoked. He told The Associated Press last year that he had been beaten "
            "by guards in Guangzhou's No. 2 detention centre during his first detention.",
            "Another activist, Gao Yufeng, who had helped Zhou advise factory workers on "
            "unpaid wages, was taken away on the same night. Gao was released on bail pending "
            "investigation on November 14 and has been told not to speak to reporters, a "
            "friend said. A police spokesman, Gao Jian, said he was not aware of either case.",
            "The citizen journalist Xu Lan, who had posted videos of Zhou's wife outside the "
            "police station, was summoned for questioning on Monday and ordered to delete "
            'them. Xu completed a four-year sentence for "picking quarrels and provoking '
            'trouble" in May and was freed, but remains under a ban on leaving the country.',
            "Residential surveillance at a designated location allows police to hold suspects "
            "for up to six months without charge and without access to a lawyer of their "
            "choice. The United Nations has called the measure a form of enforced "
            "disappearance.",
            "Zhou's son, Zhou Lei, who studies in Canada, said he had last spoken to his father "
            "on November 2 and that his father had sounded tired but calm.",
            "China's foreign ministry said it did not know the details of the case and that "
            "China is a country ruled by law.",
        ),
        {
            ("zhou", "detained", True),
            ("zhou", "detained", False),
            ("zhou", "sentenced", False),
            ("zhou", "released", False),
            ("zhou", "ill_treatment", False),
            ("gao", "detained", True),
            ("gao", "released", True),
            ("xulan", "sentenced", False),
            ("xulan", "released", False),
        },
        {
            ("zhou", "house_arrest", True),
            ("zhou", "charged", True),
            ("zhou", "transferred", True),
        },
    ),
    (
        "guatemala-journalist-preventive-detention",
        "Guatemalan judge orders newspaper founder held pending trial on laundering charges",
        article(
            "GUATEMALA CITY - A Guatemalan judge on Monday ordered the founder of the "
            "investigative newspaper La Voz de Occidente held in pretrial detention, known "
            "here as prisión preventiva, while prosecutors investigate him for money "
            "laundering, in a case press freedom groups say is retaliation for his reporting "
            "on corruption.",
            "Luis Alberto Pérez García, 58, was arrested at his home in Quetzaltenango on "
            "November 24 by agents of the Public Ministry, who "
            "also searched the newspaper's offices and took computers and notebooks. At "
            "Monday's hearing, which lasted nine hours, Judge Fredy Orellana formally charged "
            "him with money laundering and tax fraud and ruled that he "
            "posed a flight risk.",
            "Pérez García, who denies the charges, was transferred on Tuesday from the court's "
            "holding cells to the Mariscal Zavala military barracks in the capital, where "
            "several other prominent detainees are held, his lawyer said.",
            '"They are punishing journalism. Don Luis has published thirty years of stories '
            'that these people wanted buried," said his son, Andrés Pérez Lima, a lawyer who '
            "sits on his defence team.",
            "The prosecutor leading the case, Rafael Pérez Molina, told reporters that the "
            "journalist had used the newspaper to extort businessmen and that the evidence "
            "against him was solid. He is not related to the defendant.",
            "Pérez García founded the paper in 1994 after a decade at a national daily. In 2016 "
            "he was briefly detained by police while covering a protest by farmers in "
            "Totonicapán and released the same evening. Guatemala has fallen more than 40 "
            "places in international press freedom rankings over the past five years.",
            "It is not the first time Pérez has faced the courts. A mayor sued him for "
            "defamation in 2019 over a report on municipal contracts; a court acquitted him "
            "in 2021.",
            "Two of his colleagues are also under investigation. Mariela Quiñónez Rojas, the "
            "paper's former editor, left Guatemala for Mexico in 2023 after prosecutors "
            "sought a warrant for her arrest, and has since been granted asylum there. "
            'Quiñónez said from Mexico City that the case against her was "a copy of the '
            'same script."',
            "The newspaper's lawyer, Ernesto Villatoro, was arrested in March and spent "
            "three months in prisión preventiva before a judge placed him under house arrest "
            "in June. His trial is set to open in February.",
            "The Committee to Protect Journalists and Reporters Without Borders urged the "
            "authorities to release Pérez García and drop the charges. A spokesman for the "
            "Public Ministry said the case had nothing to do with his work as a journalist.",
            "The next hearing, at which the judge will decide whether the case goes to "
            "trial, is scheduled for March 3.",
        ),
        {
            ("perezgarcia", "detained", True),
            ("perezgarcia", "charged", True),
            ("perezgarcia", "transferred", True),
            ("perezgarcia", "acquitted", False),
            ("perezgarcia", "detained", False),
            ("perezgarcia", "released", False),
            ("quinonez", "fled", False),
            ("villatoro", "detained", False),
            ("villatoro", "house_arrest", False),
        },
        {("perezgarcia", "trial", False)},
    ),
    (
        "iran-dual-national-furlough-travel-ban",
        "British-Iranian freed from Evin but barred from leaving Iran",
        article(
            "LONDON - A British-Iranian businessman who spent nearly five years in Tehran's "
            "Evin prison on spying charges was released on Sunday after Iran's judiciary "
            "converted the rest of his sentence into a fine and a travel ban, his family said.",
            "Kamran Sadeghi, 61, walked out of Evin in the afternoon and was driven to his "
            "sister's flat in northern Tehran. He cannot leave the country for two years, "
            "and his British passport is still held by the authorities, his wife, Helen "
            "Sadeghi, told reporters in London.",
            '"It is a huge relief, but this is not freedom. He is a hostage in a bigger '
            'prison," she said.',
            "Sadeghi was arrested in January 2022 at Imam Khomeini airport as he was about to "
            "board a flight to London. A Revolutionary Court sentenced him in December of that "
            'year to ten years for "collaborating with a hostile government" after a trial '
            "that lasted less than an hour, and an appeals court upheld the sentence in 2023.",
            "He went on hunger strike for 18 days in 2024 to protest against being held in "
            "solitary confinement. He was granted temporary leave twice, in 2024 and again "
            "this spring, each time for about a week, before being returned to Evin.",
            "The deputy prosecutor of Tehran, Ali Sadeghi, who is not related, said on state "
            "television last month that the businessman had shown remorse.",
            "Two other dual nationals remain in a similar limbo. Leila Moradi, a Swedish-Iranian "
            "sociologist serving a five-year sentence handed down in 2024, has been on medical "
            "furlough since July for treatment of a spinal condition. A court on Saturday "
            "rejected her request for conditional release, her lawyer said, and ordered her to "
            "return to prison when her leave ends in January.",
            "Moradi was arrested in May 2023 at Tehran airport, where she had arrived to speak at "
            "a conference, and spent eight months in solitary confinement before her trial.",
            "Moradi's family said in September that she had been denied medical care for "
            "months before her furlough.",
            "Siamak Nouri, a U.S.-Iranian engineer, was freed in March 2025 after completing "
            "his sentence but was barred from leaving Iran. He flew to Frankfurt on Friday "
            "after the ban was lifted, his lawyer said, and was expected to reach Washington "
            "this week.",
            "Rights groups accuse Iran of holding dual nationals as bargaining chips to win "
            "concessions from Western governments, a charge Tehran denies. Iran does not "
            "recognise dual nationality.",
            "Britain's Foreign Office said it welcomed the release and would continue to press "
            "for Sadeghi to be allowed to come home.",
        ),
        {
            ("sadeghi", "parole_granted", True),
            ("sadeghi", "detained", False),
            ("sadeghi", "sentenced", False),
            ("sadeghi", "appeal_rejected", False),
            ("sadeghi", "hunger_strike", False),
            ("moradi", "parole_denied", True),
            ("moradi", "sentenced", False),
            ("moradi", "detained", False),
            ("moradi", "ill_treatment", False),
            ("nouri", "fled", True),
            ("nouri", "released", False),
        },
        {
            ("sadeghi", "released", True),
            ("sadeghi", "released", False),
            ("sadeghi", "trial", False),
            ("moradi", "released", False),
            ("moradi", "trial", False),
        },
    ),
    (
        "annual-report-roundup-ten-people",
        "Annual report: Central Asia's jailed journalists in 2026",
        article(
            "The number of journalists behind bars in Central Asia rose again this year, the "
            "Almaty-based media rights group Steppe Media Watch said in its annual report, "
            "published on Wednesday. The report profiles ten cases; we summarise each below.",
            "The count was made on December 1. Of the ten people below, four were behind bars on "
            "that date, two had been freed during the year and one was acquitted; three live "
            "abroad. Several others were questioned or fined and are not listed here. Each entry "
            "gives the person's country and the main events of the year in their case.",
            "Dilfuza Tashkentova (Uzbekistan). The blogger, who wrote about forced labour in "
            "the cotton fields, was sentenced in February to six years for extortion, a "
            "charge she denies. In October she was moved to a women's colony in Zarafshan, "
            "1,000 kilometres from her family.",
            "Azamat Orunbaev (Kyrgyzstan). The investigative reporter was detained in January "
            "along with ten colleagues over a video about official corruption. He was "
            "convicted in September of calling for mass unrest and given five years, but the "
            "court released him on a probation period of three years.",
            "Rinat Mukhametov (Kazakhstan). Arrested in April over posts on a Telegram "
            "channel, he was placed under house arrest in June. On November 18 a court "
            "acquitted him.",
            "Saule Karabaeva (Kazakhstan). The editor was fined in March for spreading false "
            "information. She was arrested again on November 27 and is in pretrial detention "
            "in Astana.",
            "Sherzod Jorayev (Tajikistan). Serving 15 years since 2022. His family says he was "
            "beaten by guards in August and has not been allowed visits since. He has been on "
            "hunger strike since November 20, his brother told us.",
            "Erlan Nurlanov (Kazakhstan). Freed in a presidential amnesty in May after two "
            "years in prison, he left for Georgia in September and has asked for asylum there.",
            "Timur Ismailov (Uzbekistan). Released in March after serving his full term.",
            'Kanat Dzhaksybekov (Kyrgyzstan). His six-month sentence for "disobeying the '
            'police" was upheld on appeal in July.',
            "Gulnora Sadikova (Tajikistan). Sentenced in absentia in January; lives in exile "
            "in Berlin.",
            "Bolot Asanaliev (Kyrgyzstan). The case against him was dropped in April.",
            "The report notes that in most of these cases the courts sat behind closed doors and "
            "that defence lawyers were given only days to read the case files, which in one case "
            "ran to 40 volumes.",
            "Steppe Media Watch called on the governments of the region to release every "
            "journalist held for their work. The Kyrgyz president's office said no one in the "
            "country was prosecuted for journalism.",
        ),
        {
            ("tashkentova", "sentenced", False),
            ("tashkentova", "transferred", False),
            ("orunbaev", "detained", False),
            ("orunbaev", "sentenced", False),
            ("mukhametov", "detained", False),
            ("mukhametov", "house_arrest", False),
            ("mukhametov", "acquitted", True),
            ("karabaeva", "sentenced", False),
            ("karabaeva", "detained", True),
            ("jorayev", "ill_treatment", False),
            ("jorayev", "hunger_strike", True),
            ("nurlanov", "pardoned", False),
            ("nurlanov", "fled", False),
        },
        {
            ("tashkentova", "transferred", True),
            ("orunbaev", "sentenced", True),
            ("orunbaev", "released", False),
            # made optional after the first run: DESIGN.md counts a term replaced by restricted
            # freedom as parole, and "given five years, but the court released him on a
            # probation period" reads so as well as a suspended sentence
            ("orunbaev", "parole_granted", False),
            ("orunbaev", "released", True),
            ("jorayev", "sentenced", False),
            ("jorayev", "detained", False),
            ("nurlanov", "released", False),
        },
    ),
    (
        "obituary-prisoner-died-in-custody",
        "Gurbanberdi Nurmuradov, dissident who vanished into Turkmen prison, dies at 71",
        article(
            "Gurbanberdi Nurmuradov, a former Turkmen foreign ministry official who spent "
            "the last 22 years of his life in prison without his family ever being allowed "
            "to visit him, has died in custody, his nephew said on Tuesday. He was 71.",
            "His death, at the Ovadan-Depe prison in the desert north of Ashgabat, was "
            "confirmed to the family by a prison official who telephoned on November 28 and "
            "told them to collect the body. The official gave no cause of death. Relatives "
            "who washed the body for burial said it bore bruises on the back and legs.",
            "Born in 1955 in the village of Bagyr, Nurmuradov studied in Moscow and joined "
            "the diplomatic service, rising to head of a department before he broke with the "
            "government in 2003 and joined a small opposition group in exile in Vienna.",
            "He returned to Ashgabat in March 2004 to visit his ailing mother, days before "
            "what the authorities called a coup plot, and was arrested with dozens of others. In "
            "a closed trial that June he was sentenced to 25 years; he appeared on state "
            "television reading a confession that his family said had been beaten out of "
            "him. After that he disappeared from view.",
            "His fate was shared by most of his co-defendants. Annamurat Hojayev, a former "
            "central bank official sentenced alongside him, is still held at Ovadan-Depe; his "
            "wife last received a letter from him in 2019. Begench Durdyyev, a former "
            "ambassador, died in the same prison in 2011, the authorities told his family "
            "four years later.",
            "Sapargul Orazova, a journalist convicted in the same case, was one of the few "
            "to be released: she was freed under a pardon in 2019, after 15 years, and left "
            "Turkmenistan for Sweden the following year.",
            '"He never gave up, even when he knew he would never leave," Orazova said of '
            'Nurmuradov. "We heard in prison that he was kept in a punishment cell for '
            'months at a time."',
            "The Turkmen government has never said how many of the 2004 detainees are alive. "
            "A deputy minister of justice, Rahym Nurmuradov, told a U.N. committee in 2023 "
            "that all prisoners were held in accordance with the law.",
            "For years rights groups asked only for proof that he was alive. In 2016 the U.N. "
            "Working Group on Arbitrary Detention found that his detention was arbitrary and "
            "called for his release; Turkmenistan did not reply.",
            "Nurmuradov is survived by his wife, Ogulgerek, and two daughters, who live in "
            "Moscow. His nephew, Dovlet Nurmuradov, said the family buried him on Sunday in "
            "Bagyr.",
        ),
        {
            ("nurmuradov", "died", True),
            ("nurmuradov", "detained", False),
            ("nurmuradov", "sentenced", False),
            ("nurmuradov", "ill_treatment", False),
            ("hojayev", "sentenced", False),
            ("durdyyev", "died", False),
            ("orazova", "sentenced", False),
            ("orazova", "pardoned", False),
            ("orazova", "fled", False),
        },
        {
            ("nurmuradov", "trial", False),
            ("nurmuradov", "fled", False),
            ("nurmuradov", "ill_treatment", True),
            ("hojayev", "detained", False),
            ("durdyyev", "sentenced", False),
            ("durdyyev", "detained", False),
            ("orazova", "released", False),
            ("orazova", "detained", False),
        },
    ),
]

# The people each article names, and the namesakes it must not read as them:
# (person id, a namesake's words in the text)
ELEVENTH_NAMED: dict[str, tuple[set[str], list[tuple[str, str]]]] = {
    "court-report-treason-hearing-adjourned": (
        {"ssekandi", "nabirye", "kato"},
        [("nabirye", "Joan Nabirye"), ("kato", "Henry Kato")],
    ),
    "china-lawyer-residential-surveillance": (
        {"zhou", "gao", "xulan"},
        [("gao", "Gao Jian"), ("zhou", "Zhou Lei")],
    ),
    "guatemala-journalist-preventive-detention": (
        {"perezgarcia", "quinonez", "villatoro"},
        [("perezgarcia", "Rafael Pérez Molina"), ("perezgarcia", "Andrés Pérez Lima")],
    ),
    "iran-dual-national-furlough-travel-ban": (
        {"sadeghi", "moradi", "nouri"},
        [("sadeghi", "Helen Sadeghi"), ("sadeghi", "Ali Sadeghi")],
    ),
    "annual-report-roundup-ten-people": (
        {"tashkentova", "orunbaev", "mukhametov", "karabaeva", "jorayev", "nurlanov"},
        [],
    ),
    "obituary-prisoner-died-in-custody": (
        {"nurmuradov", "hojayev", "orazova", "durdyyev"},
        [("nurmuradov", "Rahym Nurmuradov"), ("nurmuradov", "Dovlet Nurmuradov")],
    ),
}

# Two more, in genres neither the eleventh round nor the rounds before it use, written and
# labelled after the eleventh round's classes were fixed and committed before their first run
ELEVENTH_FRESH: list[Row] = [
    (
        "explainer-questions-and-answers",
        "Explainer: What we know about the arrest of Georgian protest leader Nino Beridze",
        article(
            "TBILISI - The arrest of Nino Beridze, one of the best-known faces of the protests "
            "that have filled Tbilisi's Rustaveli Avenue every night for a year, has drawn "
            "condemnation from the European Union and brought thousands more people onto the "
            "streets. Here is what we know.",
            "WHO IS NINO BERIDZE?",
            "Beridze, 31, is a former English teacher who began organising marches after the "
            "government suspended talks on joining the EU. She is not a member of any party. "
            "She was detained twice in 2024 for blocking a road and fined 5,000 lari each time, "
            "and says she was punched by officers during the second of those detentions.",
            "WHAT HAPPENED?",
            "Police officers in masks detained Beridze at her flat in the Saburtalo district "
            "late on Saturday, her lawyer said. On Monday, Tbilisi City Court ordered her held "
            "in pretrial detention for two months. Prosecutors have charged her with organising "
            "group violence, which carries up to nine years in prison, over clashes outside "
            "parliament in October in which several police officers were hurt. She denies the "
            "charge and says she was not in the capital that night.",
            "Her lawyer said on Tuesday that Beridze had stopped eating in protest at her "
            "detention and would refuse food until she was released. The prison service said "
            "her health was being monitored.",
            "WHO ELSE HAS BEEN ARRESTED?",
            "Levan Kapanadze, a fellow organiser, was detained on the same night. The court "
            "released him on bail of 20,000 lari on Tuesday, but he must wear an electronic "
            "tag and may not leave Tbilisi.",
            "Tamar Gelashvili, a reporter for an online channel who filmed Beridze being "
            "led to a police car, said an officer punched her in the face and smashed her "
            "phone. The interior ministry said it had opened an inquiry.",
            "WHAT DOES THE GOVERNMENT SAY?",
            "The interior minister, Giorgi Beridze, who is not related to the activist, told "
            "reporters that no one was above the law and that the courts would decide her guilt. "
            "The ruling party has accused protest leaders of being paid from abroad.",
            "Beridze's father, Zurab Beridze, a retired engineer, said his daughter had never "
            'taken money from anyone. "She believes in what she is doing. That is her crime," '
            "he said.",
            "WHAT HAPPENS NEXT?",
            "Her lawyers have appealed against the detention order. A trial is not expected "
            "before the spring. If convicted, Beridze faces up to nine years in prison.",
            "HAS THIS HAPPENED BEFORE?",
            "More than 60 protesters have been convicted over the past year, according to the "
            "Georgian Young Lawyers' Association. In August a court sentenced another protest "
            "organiser, Dato Kiknadze, to four years.",
        ),
        {
            ("beridze", "detained", True),
            ("beridze", "charged", True),
            ("beridze", "hunger_strike", True),
            ("beridze", "detained", False),
            ("beridze", "sentenced", False),
            ("beridze", "ill_treatment", False),
            ("kapanadze", "detained", True),
            ("kapanadze", "released", True),
            ("gelashvili", "ill_treatment", True),
        },
        NONE,
    ),
    (
        "factbox-timeline-of-a-case",
        "FACTBOX-Key dates in the case of Cambodian land activist Sok Channa",
        article(
            "PHNOM PENH, Dec 2 (Reuters) - The trial of Cambodian land rights activist Sok "
            "Channa on charges of incitement opened on Monday at the Phnom Penh Municipal "
            "Court, her second prosecution in four years. Presiding judge Sok Rithy adjourned "
            "the hearing to December 14 after her lawyers asked for time to study new evidence.",
            "Sok Channa, 46, has campaigned for two decades for families evicted from the "
            "Boeung Kak lake area of the capital. Rights groups say her prosecution is part of "
            "a wider crackdown on critics of the government. The government says she is being "
            "tried for breaking the law, not for her activism.",
            "Here are key dates in her case:",
            "* May 2019 - Sok Channa leads a protest of evicted families outside City Hall. "
            "Police detain her for two days and release her without charge.",
            "* Jan. 14, 2022 - Arrested at her home and charged with incitement to commit a "
            "felony over a video in which she accused officials of taking bribes.",
            "* Sept. 6, 2022 - The municipal court sentences her to two years in prison. Her "
            "fellow activist Chhim Vanna, tried with her, is given 18 months, suspended.",
            "* March 2023 - The Appeal Court upholds her sentence.",
            "* Jan. 14, 2024 - Released from Prey Sar prison after serving her full term. "
            "Hundreds of supporters meet her at the gates.",
            "* Feb. 2025 - Chhim Vanna leaves Cambodia for Thailand and applies for refugee "
            "status, saying police have followed her for months.",
            "* Nov. 9, 2026 - Re-arrested at a market in Phnom Penh two days after posting on "
            "Facebook that a new eviction was illegal; charged again with incitement.",
            "* Nov. 30, 2026 - Trial opens. Sok Channa tells the court she was kept in "
            "shackles for nine hours on her first day in custody.",
            "* Dec. 1, 2026 - Her husband says she has begun a hunger strike in Prey Sar to "
            "protest against her detention.",
            "If convicted, Sok Channa faces up to two years in prison. The U.N. human rights "
            "office in Cambodia has called for the charges to be dropped. Her husband, Sok "
            "Vuthy, said the family had asked the court to release her on bail so that she "
            "could care for their youngest son, who is ill; the court has not ruled on the "
            "request.",
            "Chhim Vanna, speaking from Bangkok, said she feared she would be arrested if she "
            'returned. "They do not need a reason," she said.',
        ),
        {
            ("sokchanna", "trial", True),
            ("sokchanna", "detained", True),
            ("sokchanna", "charged", True),
            ("sokchanna", "hunger_strike", True),
            ("sokchanna", "ill_treatment", True),
            ("sokchanna", "detained", False),
            ("sokchanna", "released", False),
            ("sokchanna", "charged", False),
            ("sokchanna", "sentenced", False),
            ("sokchanna", "appeal_rejected", False),
            ("chhimvanna", "sentenced", False),
            ("chhimvanna", "fled", False),
        },
        {("chhimvanna", "trial", False), ("sokchanna", "trial", False)},
    ),
]

ELEVENTH_FRESH_NAMED: dict[str, tuple[set[str], list[tuple[str, str]]]] = {
    "explainer-questions-and-answers": (
        {"beridze", "kapanadze", "gelashvili"},
        [("beridze", "Giorgi Beridze"), ("beridze", "Zurab Beridze")],
    ),
    "factbox-timeline-of-a-case": (
        {"sokchanna", "chhimvanna"},
        [("sokchanna", "Sok Rithy"), ("sokchanna", "Sok Vuthy")],
    ),
}

# Articles still read wrongly, and the class each misses: the test fails once it is read right
NOT_YET: dict[str, str] = {}
NOT_YET_NAMED: dict[str, str] = {}


# a lead that dates the news, for class examples told in an article's body
LEAD = "A court ruled on Tuesday. Dozens were convicted. The trial had lasted a year."

# The classes fixed after the first run, each with an example and a counter-example
CLASSES: list[tuple[str, Events]] = [
    # "was taken away" with no taker and no place: a detention
    ("Gao Yufeng was taken away on Monday.", {("gao", "detained", True)}),
    ("Gao Yufeng's laptop was taken away on Monday.", NONE),  # a thing of theirs
    # a term told by its end: "completed a four-year sentence"
    (
        "Xu Lan completed a four-year sentence in May and was freed.",
        {("xulan", "sentenced", False), ("xulan", "released", False)},
    ),
    ("Xu Lan completed a four-year degree in May.", NONE),
    # parole by another name: "conditional release"
    (
        "A court on Saturday rejected Leila Moradi's request for conditional release.",
        {("moradi", "parole_denied", True)},
    ),
    ("A court on Saturday rejected Leila Moradi's request for release on bail.", NONE),
    # the Americas among the countries one flees to and from
    ("Mariela Quiñónez Rojas left Guatemala for Mexico in 2023.", {("quinonez", "fled", False)}),
    ("Mariela Quiñónez Rojas flew to Mexico for the hearing and returned in May.", NONE),
    # a city where a freed foreigner lands on the way home
    ("Siamak Nouri flew to Frankfurt on Friday.", {("nouri", "fled", True)}),
    ("Siamak Nouri flew to Frankfurt for a conference on Friday.", NONE),
    # holding cells and barracks are places of custody
    (
        "Luis Alberto Pérez García was transferred on Tuesday from the court's holding cells to "
        "a military barracks.",
        {("perezgarcia", "transferred", True)},
    ),
    (
        "Luis Alberto Pérez García was transferred on Tuesday from the newsroom to the sports "
        "desk.",
        NONE,
    ),
    ("Xu Lan was sent to a punishment cell on Monday.", NONE),  # a cell: no other prison
    # brought from prison into the dock: a hearing, no move to another place of custody
    ("Brian Ssekandi was brought from Luzira prison and led into the dock on Tuesday.", NONE),
    (
        "Brian Ssekandi was moved from Luzira prison to a hospital after the hearing on Tuesday.",
        {("ssekandi", "transferred", True)},
    ),
    # "converted the rest of his sentence into a fine": parole in all but name, and the
    # possessive names whose term it was
    (
        "Kamran Sadeghi was released on Sunday after the judiciary converted the rest of his "
        "sentence into a fine.",
        {("sadeghi", "parole_granted", True)},
    ),
    (
        "Kamran Sadeghi was released on Sunday after serving the rest of his sentence.",
        {("sadeghi", "released", True)},
    ),
    (
        "Kamran Sadeghi was jailed in 2022. On Monday the judiciary converted the rest of his "
        "sentence into a fine.",
        {("sadeghi", "detained", False), ("sadeghi", "parole_granted", True)},
    ),
    (
        "Kamran Sadeghi was jailed in 2022. On Monday the judiciary converted the rest of his "
        "brother's sentence into a fine.",
        {("sadeghi", "detained", False)},
    ),
    # a confession "beaten out of him"
    (
        "Gurbanberdi Nurmuradov read a confession that had been beaten out of him.",
        {("nurmuradov", "ill_treatment", False)},
    ),
    ("Gurbanberdi Nurmuradov said the fall knocked the wind out of him.", NONE),
    # "the same night" goes on from the last event dated to a day, not one told by its year
    (
        "Zhou Minghui was taken from his home by police on the night of November 3. He was "
        "jailed in 2017 and freed in 2020. Gao Yufeng was taken away on the same night.",
        {
            ("zhou", "detained", True),
            ("zhou", "detained", False),
            ("zhou", "released", False),
            ("gao", "detained", True),
        },
    ),
    (
        "Zhou Minghui was arrested on June 3, 2019. He was freed in 2020. Gao Yufeng was taken "
        "away on the same night.",
        {("zhou", "detained", False), ("zhou", "released", False), ("gao", "detained", False)},
    ),
    # an arrest and a house arrest, each with a date of its own: two events
    (
        "Ernesto Villatoro was arrested in March and spent three months in detention before a "
        "judge placed him under house arrest in June.",
        {("villatoro", "detained", False), ("villatoro", "house_arrest", False)},
    ),
    (
        "Ernesto Villatoro was detained on Monday and placed under house arrest.",
        {("villatoro", "house_arrest", True)},
    ),
    # "police briefly detained X": a detention as short as the release that is the news
    (
        "Police briefly detained the journalist Moses Kato outside the court. He was freed "
        "without charge hours later.",
        {("kato", "detained", True), ("kato", "released", True)},
    ),
    (
        "Moses Kato was detained in a raid. He was freed without charge on Monday.",
        {("kato", "detained", False), ("kato", "released", True)},
    ),
    # "in December of that year": a month of a year told before, not of publication's
    (
        "Kamran Sadeghi was arrested in January 2022. A court sentenced him in December of "
        "that year.",
        {("sadeghi", "detained", False), ("sadeghi", "sentenced", False)},
    ),
    (  # ... and so is a bare month right after a sentence of an older year (the year
        # carries over: a month of publication's year would be "last month"; ``when_r17``)
        "Kamran Sadeghi was arrested in January 2022. A court sentenced him in November.",
        {("sadeghi", "detained", False), ("sadeghi", "sentenced", False)},
    ),
    (  # counter-example: a day of its own is this year's ("on November 20")
        "Kamran Sadeghi was arrested in January 2022. A court sentenced him on November 20.",
        {("sadeghi", "detained", False), ("sadeghi", "sentenced", True)},
    ),
    # "freed in a presidential amnesty in May": the date after the route is the release's
    (
        "Erlan Nurlanov was jailed in 2023. Freed in a presidential amnesty in May, he lives in "
        "Georgia.",
        {("nurlanov", "detained", False), ("nurlanov", "pardoned", False)},
    ),
    (
        "Erlan Nurlanov was freed on Monday under an amnesty declared in May.",
        {("nurlanov", "pardoned", True)},
    ),
    # a list entry headed by someone no one watches takes the pronouns after it
    (
        "Erlan Nurlanov was freed in May.\n\nKanat Dzhaksybekov (Kyrgyzstan). His sentence was "
        "upheld on appeal in July.",
        {("nurlanov", "released", False)},
    ),
    (
        "Erlan Nurlanov was freed in May.\n\nErlan Nurlanov (Kazakhstan). His sentence was "
        "upheld on appeal in July.",
        {("nurlanov", "released", False), ("nurlanov", "appeal_rejected", False)},
    ),
    # "X, a journalist convicted in the same case": a participle after X's role, said of X
    # in passing
    (
        f"{LEAD}\n\nSapargul Orazova, a journalist convicted in the same case, lives in Sweden.",
        {("orazova", "sentenced", False)},
    ),
    ("Sapargul Orazova, a lawyer for activists convicted in 2004, lives in Sweden.", NONE),
    (  # ... of a subject: not of the name an "of" takes
        "The trial of Sapargul Orazova, a journalist detained last year, opened on Monday.",
        {("orazova", "trial", True)},
    ),
    # The classes fixed after the first run of the two fresh articles:
    # a factbox's dated lines after "Key dates in her case:" tell of that person, unsaid or
    # as "her", whoever a line before named
    (
        "Sok Channa is on trial. Here are key dates in her case:\n\n* Jan. 14, 2022 - Arrested "
        "at her home.\n\n* Feb. 2025 - Chhim Vanna leaves Cambodia for Thailand.\n\n* March "
        "2023 - The Appeal Court upholds her sentence.",
        {
            ("sokchanna", "trial", True),
            ("sokchanna", "detained", False),
            ("chhimvanna", "fled", False),
            ("sokchanna", "appeal_rejected", False),
        },
    ),
    (  # counter-example: no head, so no one's timeline
        "Sok Channa is on trial.\n\n* Jan. 14, 2022 - Arrested at her home.\n\n* Feb. 2025 - "
        "Chhim Vanna leaves Cambodia for Thailand.\n\n* March 2023 - The Appeal Court upholds "
        "her sentence.",
        {
            ("sokchanna", "trial", True),
            ("chhimvanna", "fled", False),
            ("chhimvanna", "appeal_rejected", False),
        },
    ),
    # a timeline's present tense: "is given 18 months"
    (
        "Sok Channa went on trial on Monday. Her fellow activist Chhim Vanna, tried with her, is "
        "given 18 months, suspended.",
        {("sokchanna", "trial", True), ("chhimvanna", "sentenced", True)},
    ),
    (
        "Sok Channa went on trial on Monday. Chhim Vanna is given a warning.",
        {("sokchanna", "trial", True)},
    ),
    # "would refuse food until she was released": what a vow waits for
    ("Nino Beridze vowed to refuse food until she is freed.", NONE),
    (
        "Nino Beridze stayed in prison until she was released in May.",
        {("beridze", "released", False)},
    ),
    # restraints kept on for hours
    (
        "Sok Channa told the court on Monday she was kept in shackles for nine hours.",
        {("sokchanna", "ill_treatment", True)},
    ),
    ("Sok Channa appeared in court in handcuffs on Monday.", NONE),
]


@pytest.mark.parametrize(("text", "expected"), CLASSES)
def test_a_fixed_class_reads_its_examples(text: str, expected: Events) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected", "optional"),
    named_params(ELEVENTH_ROUND + ELEVENTH_FRESH, NOT_YET),
)
def test_an_eleventh_round_article_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    found = events(text, title)
    assert expected <= found <= expected | optional


@pytest.mark.parametrize(
    ("title", "text", "named", "namesakes"),
    named_article_params(
        ELEVENTH_ROUND + ELEVENTH_FRESH, {**ELEVENTH_NAMED, **ELEVENTH_FRESH_NAMED}, NOT_YET_NAMED
    ),
)
def test_an_eleventh_round_article_names_its_people_and_no_namesake(
    title: str, text: str, named: set[str], namesakes: list[tuple[str, str]]
) -> None:
    assert_names_exactly(events.index, f"{title}\n\n{text}", named, namesakes)
