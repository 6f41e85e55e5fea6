"""Long made-up English news articles (issue 14), written the way wire services, RFE/RL,
Human Rights Watch, Amnesty and CPJ write about detained activists, journalists and
political prisoners: a lead that names the person late, a dateline, many background
events with their dates, quotes from lawyers and relatives, co-defendants and namesakes
(the president who shares the surname, a relative, another person with the same family
name), appeals and demands that are not events, UN and NGO statements.

Each article lists the events a reader would label for each watched person: the news
(``current``, within about a month of publication or what the article is about) and the
background. ``optional`` holds what a reader could label either way. The people, outlets
and stories are made up, and every label was written before the module was first run
(first run and the classes fixed after it: see the commit that added the module).

Later rounds (``SECOND_ROUND`` to ``TENTH_ROUND``) were each written and labelled after
the classes of the round before were fixed, and committed before their own first run; the
commit that fixed each round's classes gives its first-run counts. A label added after a
first run is marked as such beside it.

``TENTH_ROUND``, first run (labels committed before it): 1/6 articles right, 19/46 labelled
events found, 7 extras; 3/6 articles named exactly their people, with 4 wrong mentions (3
people missed: a given name's final h dropped, Azerbaijani c written j; 1 namesake read as
the person: "Nazir Ahmad Mir" for Shaukat Ahmad Mir). ``TENTH_FRESH``, two articles written
after its fixes, first run: 0/2 articles right, 5/8 labelled events, 0 extras, both naming
exactly their people, no namesake read as the person. After the classes were fixed (see the
commits): the tenth round 6/6 articles, 45/45 events (one label, a pardon's release, made
optional as in the rounds above), 0 extras, 6/6 naming exactly their people; the fresh pair
1/2, 7/8, 0 extras.
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
    Person("rakhimov", "Timur Rakhimov"),
    Person("bekova", "Gulnara Bekova"),
    Person("voronin", "Aleksei Voronin"),
    Person("kavaleuski", "Ales Kavaleuski"),
    Person("zhuk", "Volha Zhuk"),
    Person("karimi", "Maryam Karimi"),
    Person("hashemi", "Reza Hashemi"),
    Person("chan", "Chan Ho-yin"),
    Person("abdelrahman", "Hossam Abdelrahman"),
    Person("yildirim", "Deniz Yıldırım"),
    Person("aliyev", "Rauf Aliyev"),
    Person("montilla", "Javier Montilla"),
    Person("omarova", "Zhanar Omarova"),
    Person("yusupov", "Bakhrom Yusupov"),
    Person("li", "Li Wenhua"),
    Person("sorin", "Oleg Sorin"),
    Person("saidova", "Kamila Saidova"),
    Person("farag", "Mahmoud Farag"),
    Person("gasimova", "Leyla Gasimova"),
    Person("gainullin", "Ruslan Gainullin"),
    Person("lapko", "Siarhei Lapko"),
    Person("dubovik", "Hanna Dubovik"),
    Person("tursun", "Abdulla Tursun"),
    Person("aksoy", "Selin Aksoy"),
    Person("tavakoli", "Nasrin Tavakoli"),
    Person("sattorov", "Khurshed Sattorov"),
    Person("navas", "Freddy Navas"),
    Person("barrios", "Ana Lucía Barrios"),
    Person("rattanakorn", "Wanchai Rattanakorn"),
    Person("amonov", "Izzat Amonov"),
    Person("kipiani", "Davit Kipiani"),
    Person("rustamli", "Elvin Rustamli"),
    Person("serova", "Yulia Serova"),
    Person("alemu", "Meskerem Alemu"),
    Person("ergashev", "Nodir Ergashev"),
    Person("belhadj", "Sonia Belhadj"),
    Person("sadykov", "Bakyt Sadykov"),
    Person("tohidi", "Amir Tohidi"),
    Person("lam", "Lam Siu-ming"),
    Person("vetrova", "Olga Vetrova"),
    Person("marzooq", "Yusuf al-Marzooq"),
    Person("moyo", "Tendai Moyo"),
    Person("tulegenova", "Aigerim Tulegenova"),
    Person("hegazy", "Omar Hegazy"),
    Person("sadouski", "Pavel Sadouski"),
    Person("dorofeev", "Ivan Dorofeev"),
    Person("mammadli", "Elnur Mammadli"),
    Person("hrynevich", "Mikalai Hrynevich"),
    Person("toktogulov", "Aibek Toktogulov"),
    Person("nazarova", "Sitora Nazarova"),
    Person("ismoilov", "Farhod Ismoilov"),
    Person("sohrabi", "Hamid Sohrabi"),
    Person("pham", "Pham Quoc Hung"),
    Person("nkwenti", "Emmanuel Nkwenti"),
    Person("fomba", "Grace Fomba"),
    Person("kuzmin", "Andrei Kuzmin"),
    Person("orlik", "Natalia Orlik"),
    Person("krivets", "Sergei Krivets"),
    Person("qureshi", "Saima Qureshi"),
    Person("bensalem", "Karim Bensalem"),
    # tenth round: spelt as an NGO list would, not as the articles do
    Person("ferchichi", "Mourad Farchichi"),
    Person("benhamouda", "Samia Benhamouda"),
    Person("laabidi", "Hatem Labidi"),
    Person("dridi", "Rym Dridi"),
    Person("mahfoodh", "Jaffar Mahfoodh"),
    Person("mir", "Shaukat Ahmad Mir"),
    Person("rahmonzoda", "Sukhrob Rakhmonzoda"),
    Person("mwakasege", "Halimah Mwakasege"),
    Person("mammadova", "Sevinc Mammadova"),
    Person("gahramanli", "Farid Qahramanli"),
    Person("jabrayilov", "Ramin Cabrayilov"),
    # written after the tenth round's fixes
    Person("zaabi", "Mansour al-Zaabi"),
    Person("nuaimi", "Hamad al-Nuaimi"),
    Person("sakalouskaya", "Alena Sakalouskaya"),
    Person("lutsevich", "Tatsiana Lutsevich"),
]
PUBLISHED = datetime(2026, 10, 14, 12, 0)  # a Wednesday
events = Reader(PEOPLE, PUBLISHED)

NONE: Events = set()


# (name, title, text, expected, optional)
Row = tuple[str, str, str, Events, Events]

ARTICLES: list[Row] = [
    (
        "wire-blogger-jailed-lead-names-him-later",
        "Uzbek court jails blogger who filmed demolitions",
        article(
            "TASHKENT, Oct 13 (Reuters) - A court in the Uzbek city of Namangan on Tuesday "
            "sentenced a blogger who had filmed the demolition of homes to make way for a "
            "business centre to seven years in prison on charges of extortion and insulting "
            "the president, his lawyer said.",
            "Timur Rakhimov, 38, who ran a Telegram channel with more than 200,000 "
            "subscribers, denied the charges and said in his final statement that he had only "
            "asked officials the questions residents wanted answered.",
            "According to the indictment, Rakhimov demanded $20,000 from a construction "
            "company in exchange for deleting his videos. A manager of the company told the "
            "court that the blogger had threatened to keep filming unless he was paid. The "
            "defence said that bank records showed no payment and that the manager had changed "
            "his account of their meeting three times.",
            '"My client was convicted for his journalism, not for any crime," lawyer Dilshod '
            'Nazarov told Reuters by telephone after the hearing. "We will appeal."',
            "Rakhimov was arrested in March after he posted videos of bulldozers tearing down "
            "houses in the suburb of Chorsu while families were still inside. He spent seven "
            "months in pre-trial detention, and his trial opened in August behind closed "
            "doors. Prosecutors had asked for nine years. The court also barred him from "
            "running any media outlet for three years after his release.",
            "Two other bloggers tried with him, Olim Jurayev and Sardor Tokhirov, received "
            "five and four years respectively. A fourth defendant, the businessman Anvar "
            "Rakhimov, who is not related to the blogger, was acquitted.",
            "The blogger's brother, Farrukh Rakhimov, was detained for three days in April "
            "after he gave an interview to a foreign broadcaster about the case, and was "
            "released without charge. More than 30 families whose homes were demolished have "
            "written to the president asking him to free the blogger.",
            "Rakhimov's wife, Nodira, said he had lost 15 kilograms in custody. \"They let him "
            'see a doctor only once in seven months, although he has a kidney condition," she '
            "said.",
            "She said he shared a cell with 12 other men and that in June he was placed in a "
            "punishment cell for five days after he complained about the food.",
            "It is not the first time Rakhimov has been prosecuted. In 2019 he was sentenced to "
            "15 days of administrative detention for filming a protest by market traders, and "
            "in 2021 he was detained at Tashkent airport and questioned for six hours before "
            "being allowed to board his flight.",
            "The prosecutor's office of the Namangan region said in a statement that the "
            "sentence was lawful, that the court had examined all the evidence and that the "
            "defendant had been given every opportunity to defend himself. It said that no "
            "one in Uzbekistan is prosecuted for criticism.",
            "President Shavkat Mirziyoyev promised after taking office in 2016 to open up one "
            "of the world's most closed countries, and dozens of journalists and dissidents "
            "jailed under his predecessor were freed in the following years. Rights groups "
            "say that the authorities have since turned again to criminal cases against "
            "bloggers who criticise local officials.",
            "Human Rights Watch called on the Uzbek authorities to quash the verdict and "
            'release Rakhimov immediately. "Seven years for filming bulldozers is a message '
            'to every blogger in the country," said a researcher at the group. The U.S. '
            'State Department said it was "deeply concerned" by the sentence.',
            "The regional appeals court is expected to hear the case in November. Rakhimov "
            "will remain in the Namangan detention centre until then, his lawyer said.",
        ),
        {
            ("rakhimov", "sentenced", True),
            ("rakhimov", "detained", False),
            ("rakhimov", "trial", False),
            ("rakhimov", "sentenced", False),
        },
        {("rakhimov", "ill_treatment", True), ("rakhimov", "ill_treatment", False)},
    ),
    (
        "rferl-journalist-moved-to-house-arrest",
        "Kyrgyz journalist moved to house arrest after nine months in custody",
        article(
            "BISHKEK -- A court in Bishkek has released the investigative journalist Gulnara "
            "Bekova from pre-trial detention and placed her under house arrest until her trial, "
            "her lawyer told RFE/RL on October 13.",
            "Bekova, who worked for the independent outlet Ayna Media, was detained in January "
            "together with ten current and former employees of the outlet after police "
            "searched its office. All of them were charged with calling for mass unrest over "
            "videos about corruption in the customs service. Bekova denies the charge.",
            "The Pervomai district court rejected requests by her lawyers to release her on "
            "bail at least five times before it agreed on Monday to change the measure of "
            "restraint. Under the ruling she may not leave her apartment, use the internet or "
            "speak to journalists.",
            '"She is home, but she is not free," her lawyer, Aida Sultanova, said. "The case '
            'against her is as empty as it was in January."',
            'Her mother, Saltanat Bekova, said the family would celebrate quietly. "For nine '
            'months I saw my daughter only through glass," she said.',
            "Police briefly detained two reporters who tried to film outside the court on "
            "Monday. They were released after several hours.",
            "In May, Bekova went on hunger strike for 12 days after prison officials refused "
            "to let her see her daughter, who was then nine. She ended it after a visit was "
            "allowed.",
            "Four of her colleagues were sentenced in September to terms of between five and "
            "six years in prison. One of them, the cameraman Azamat Bekov, who is not related "
            "to her, was taken to a colony in the Chui region last week. Six others were "
            "released on probation after they pleaded guilty. Bekova refused a plea deal.",
            "The outlet's founder, who lives in exile in Europe, was sentenced in absentia to "
            "ten years. Bekova was previously detained for a day in 2022 while covering a "
            "protest against a border deal with Uzbekistan, and fined.",
            "Her trial is due to start in November. She faces up to eight years in prison if "
            "convicted.",
            "The Committee to Protect Journalists called on Kyrgyz authorities to drop the "
            'charges against Bekova and her colleagues. "Kyrgyzstan was once the freest media '
            'environment in Central Asia, and this case shows how much has been lost," the '
            "group said in a statement.",
            "President Sadyr Japarov has said the case is about crime, not journalism, and "
            "that the courts are independent.",
            "Since 2021 the authorities have closed or taken over several independent "
            'outlets, adopted a law on "false information" and another that requires groups '
            "receiving foreign money to register as foreign representatives. Several "
            "journalists have left the country. The head of a news agency was jailed in 2024 "
            "for five years, and an investigative reporter who wrote about a former security "
            "chief was detained last year and held for four months before being freed.",
            "Bekova's lawyers said they would ask the court to dismiss the case at its first "
            "hearing. A spokesman for the State Committee for National Security, which "
            "investigated the case, declined to comment on the house arrest ruling.",
        ),
        {
            ("bekova", "house_arrest", True),
            ("bekova", "detained", False),
            ("bekova", "charged", False),
            ("bekova", "hunger_strike", False),
            ("bekova", "sentenced", False),
        },
        {("bekova", "released", True)},
    ),
    (
        "ovd-councillor-transferred-new-case",
        "Jailed Moscow councillor moved to colony, faces new case",
        article(
            "The jailed Moscow municipal deputy Alexei Voronin has been transferred to a "
            "strict-regime penal colony in the Vladimir region and faces a new criminal case "
            "that could add years to his term, his lawyer said on Tuesday.",
            "Voronin, 44, was arrested in April 2022 after he called the war in Ukraine a "
            "crime at a session of his district council. A Moscow court sentenced him in "
            'December 2022 to seven years in prison for spreading "fakes" about the army, '
            "and an appeals court upheld the sentence in May 2023.",
            "He was moved from a colony in the Tver region to the colony in Vladimir on "
            "October 2, his lawyer, Yekaterina Malysheva, said. His family learned of the "
            "transfer only this week, when a letter came back from the Tver colony marked "
            '"addressee moved".',
            "The transfer came days after Malysheva filed a complaint about conditions in the "
            "Tver colony, where she said Voronin had been kept through the winter in a cell "
            "with a broken window.",
            "A criminal case for justifying terrorism was opened against Voronin on "
            "September 29 over remarks he allegedly made to other prisoners, Malysheva said. "
            "If convicted, he faces up to seven more years.",
            '"He told me that two inmates beat him in the quarantine block on his second day '
            'there and that the guards watched," Malysheva said. "He has bruises on his ribs '
            'and a cut above his eye."',
            "Malysheva said Voronin had asked to see a doctor after the beating and had been "
            "refused.",
            "The Federal Penitentiary Service did not respond to a request for comment.",
            "Voronin has spent more than 200 days in punishment cells since 2023, according to "
            "the rights project OVD-Info. In 2024 he was denied parole, which the court said "
            "was because he had not admitted his guilt.",
            "His mother, Galina Voronina, 76, was detained for several hours in March 2023 at "
            "a single-person picket in his support outside the Moscow City Court and fined "
            "20,000 roubles. Last month she travelled to the Tver colony for a long visit, "
            "which was cancelled at the gate without explanation.",
            "Since the start of the full-scale invasion of Ukraine, more than 20,000 people "
            "have been detained in Russia for speaking out against the war, and more than "
            "1,000 have faced criminal charges, according to OVD-Info.",
            "His former colleague on the council, Ilya Gorin, was sentenced to five years in "
            "absentia last month. Gorin left Russia in 2022 and lives in Vilnius.",
            "Amnesty International, which has named Voronin a prisoner of conscience, demanded "
            "his immediate release and an investigation into the beating.",
            "Municipal deputies in Moscow were among the first targets of the law against "
            '"discrediting" and spreading "fakes" about the army, adopted days after the '
            "invasion. At least six of them have been jailed, and dozens more have left the "
            "country. One of them, sentenced to seven years in 2022, was freed in a prisoner "
            "exchange in 2024 and now lives in Germany.",
            "The Vladimir colony, known among prisoners for its harsh regime, has held several "
            "well-known political prisoners. A former inmate told OVD-Info that new arrivals "
            "are routinely made to stand for hours in the quarantine block.",
        ),
        {
            ("voronin", "transferred", True),
            ("voronin", "charged", True),
            ("voronin", "ill_treatment", True),
            ("voronin", "detained", False),
            ("voronin", "sentenced", False),
            ("voronin", "appeal_rejected", False),
            ("voronin", "parole_denied", False),
        },
        {("voronin", "ill_treatment", False)},
    ),
    (
        "viasna-pardoned-and-deported-list",
        "Belarus frees 14 political prisoners, expels them to Lithuania",
        article(
            "VILNIUS (AP) -- Belarusian leader Alexander Lukashenko has pardoned 14 people "
            "convicted in cases that rights groups consider political, and most of them were "
            "driven to the Lithuanian border on Monday and made to cross on foot, exiled "
            "opposition figures said.",
            "Among those freed was Ales Kavaleuski, 58, a historian and member of the "
            "Viasna human rights centre, who had served more than five years of a ten-year "
            "sentence. Kavaleuski was arrested in July 2021 during a sweep of rights groups "
            "and was convicted in 2023 of financing protests and smuggling.",
            '"I did not ask for a pardon and I did not want to leave," Kavaleuski told '
            'reporters in Vilnius. "They put a bag over my head, drove me through the night '
            'and told me to walk."',
            "The prisoners were taken from colonies across the country to a KGB detention "
            "centre in Minsk on Friday and driven to the border overnight, according to those "
            "released. Lithuanian border guards said the group had been given temporary "
            "protection and could apply for residence permits.",
            "Kavaleuski's wife, Natallia, left Belarus with their two daughters in 2022 and "
            'met him at the border crossing. "He is thinner and his hair is white, but he is '
            'the same man," she said.',
            "He said that he had spent eight months in solitary confinement in the prison in "
            "Mahilyou, where he was moved in 2024, and that he had been denied treatment for "
            "his heart for most of that time. In 2022 he spent 20 days on hunger strike in the "
            "Minsk pre-trial detention centre.",
            "The others released on Monday included the journalist Andrei Tsvirko, the "
            "teacher Halina Marchuk and the Polish-Belarusian activist Tomasz Kowal, who "
            "travelled on to Warsaw.",
            "Not on the list was Kavaleuski's colleague Volha Zhuk, who was arrested with him "
            "and sentenced to eight years. Zhuk remains in the women's colony in Homel. Her "
            "husband said she has refused to write a petition for a pardon.",
            "Zhuk's daughter said her mother was sent to a punishment cell in August for "
            "failing to greet a guard properly.",
            "Viasna says more than 1,100 political prisoners remain behind bars in Belarus. "
            "Lukashenko has freed several hundred since 2024, many of them in deals brokered "
            "by the United States, while new arrests continue.",
            "The European Union welcomed the releases but said that forcing people to leave "
            'their own country "is not freedom". The U.N. special rapporteur on Belarus called '
            "for the release of all political prisoners.",
            "Belarus has held thousands of people on political grounds since the mass protests "
            "that followed the 2020 presidential election, which the opposition and Western "
            "governments say was rigged. At least seven political prisoners have died in "
            "custody since 2021, according to Viasna.",
            'Kavaleuski said he would stay in Vilnius for now and continue his work. "There '
            'are people in that prison who have not seen a lawyer for two years," he said. '
            '"I will speak for them."',
        ),
        {
            ("kavaleuski", "pardoned", True),
            ("kavaleuski", "fled", True),
            ("kavaleuski", "detained", False),
            ("kavaleuski", "sentenced", False),
            ("kavaleuski", "transferred", False),
            ("kavaleuski", "hunger_strike", False),
            ("zhuk", "detained", False),
            ("zhuk", "sentenced", False),
        },
        {
            ("kavaleuski", "ill_treatment", False),
            ("kavaleuski", "ill_treatment", True),
            ("kavaleuski", "released", True),
            ("kavaleuski", "transferred", True),
            ("zhuk", "ill_treatment", True),
            ("zhuk", "ill_treatment", False),
        },
    ),
    (
        "ngo-wife-hunger-strike-husband-sentenced",
        "Iran: Activist on hunger strike after husband jailed",
        article(
            "The Iranian women's rights activist Maryam Karimi, who is serving a six-year "
            "sentence in Evin prison, has refused food since October 5 to protest the sentence "
            "handed to her husband, her family said on Tuesday.",
            "A Revolutionary Court in Tehran sentenced Reza Hashemi, a university lecturer, "
            'to five years in prison on October 4 for "assembly and collusion against '
            'national security". The verdict was communicated to his lawyer only last week. '
            "Hashemi was arrested in June at his home in Karaj, days after he signed a letter "
            "supporting his wife.",
            "Hashemi's lawyer said the court had refused to let him present a defence and that "
            "the trial, on September 20, had lasted 15 minutes.",
            "Karimi, 46, was arrested in September 2022 during the protests that followed the "
            "death in custody of a young Kurdish woman. She was sentenced in 2023, and in "
            "February she was transferred to Qarchak prison, south of Tehran, for several "
            "weeks as a punishment for leading a sit-in, before being returned to Evin.",
            "She has campaigned against compulsory hijab since 2018, when she was first "
            "detained for three days for removing her headscarf at a protest in Tehran.",
            'In a letter written in prison and published on Sunday, Karimi wrote: "I will not '
            'eat until they free Reza. They want to break me through him, and they will not."',
            "Her brother, who lives in Germany, said that prison doctors had recommended that "
            "she be taken to a hospital for tests on her heart but that the prosecutor's "
            'office has refused to allow it. "She is weak and she is losing weight every '
            'day," he said.',
            "Karimi was flogged in 2024 after a separate conviction for appearing without a "
            "headscarf in a video shown at her trial, according to the Center for Human "
            "Rights in Iran.",
            "U.N. experts called on Iran to release Karimi and Hashemi and said they were "
            'alarmed by "the use of family members as hostages". Iranian authorities have '
            "not commented on the cases.",
            "The couple's daughter, Sara Hashemi, was summoned for questioning in September "
            "and told to stop giving interviews, the family said.",
            "Iran has detained dozens of activists, lawyers and journalists since the start "
            "of the year, rights groups say, and the use of the death penalty has risen "
            "sharply. Several women's rights campaigners held in Evin have gone on hunger "
            "strike this year, and one of them was taken to hospital in August after 30 days "
            "without food.",
            "Karimi's lawyer said he would appeal against Hashemi's sentence and that he had "
            'asked the judiciary to let Karimi be treated outside prison. "Every day that she '
            'does not eat is a danger to her life," he said.',
        ),
        {
            ("karimi", "hunger_strike", True),
            ("karimi", "detained", False),
            ("karimi", "sentenced", False),
            ("karimi", "transferred", False),
            ("karimi", "ill_treatment", True),
            ("karimi", "ill_treatment", False),
            ("hashemi", "sentenced", True),
            ("hashemi", "detained", False),
            ("hashemi", "trial", True),
        },
        NONE,
    ),
    (
        "hk-activist-walks-free-namesakes",
        "Hong Kong activist walks free after national security term",
        article(
            "HONG KONG (AP) - A Hong Kong pro-democracy activist walked out of Stanley Prison "
            "on Tuesday after serving his full sentence for subversion, in one of the last "
            "releases of the 47 democrats convicted in the city's largest national security "
            "case.",
            "Chan Ho-yin, 31, a former district councillor, was greeted by his parents and a "
            "handful of supporters and left in a car without speaking to reporters. Police "
            "officers were posted outside the prison gate.",
            "Chan was arrested in January 2021 with dozens of others for taking part in an "
            "unofficial primary election. He was denied bail, pleaded not guilty, and was "
            "convicted in 2024 after a trial that lasted 118 days. He was sentenced to four "
            "years and eight months.",
            "Of the 47, 31 pleaded guilty and 14 were convicted after the trial; two were "
            "acquitted. The longest sentence, ten years, went to the legal scholar who had "
            "organised the primary. Chan was moved to Stanley Prison, a maximum-security "
            "facility, in 2025 after more than three years at the Lai Chi Kok Reception "
            "Centre.",
            "His co-defendant Chan Ho-man, who is not related, remains in prison and is due "
            "for release next year. Another district councillor, Emily Chan, was arrested on "
            "Monday on suspicion of sedition over social media posts, police said.",
            "Chan's former assistant, Chan Wing-sze, was sentenced last month to ten months in "
            "prison for seditious posts about the trial.",
            "Chan Ho-yin's father said his son wanted to rest and spend time with family. "
            '"He has lost a lot of weight. He is not allowed to speak about the case," he '
            "said.",
            "Under the national security law, the authorities can restrict the movements of "
            "released prisoners. The Security Bureau did not say whether any such order had "
            "been made against Chan.",
            "The British government said the prosecution of the 47 had been politically "
            "motivated and called on Beijing and Hong Kong to end the use of the law against "
            "peaceful critics. Hong Kong's leader John Lee said the sentences were lawful.",
            "The national security law, imposed by Beijing in 2020 after months of "
            "anti-government protests, has been used to arrest more than 300 people. Many "
            "opposition figures have left the city, and most of the rest are in prison or have "
            "withdrawn from public life. Several civil society groups and trade unions have "
            "disbanded.",
            "Before his arrest, Chan ran a food bank in Sham Shui Po and organised free "
            "English classes for children from low-income families. Volunteers who worked with "
            "him said they hoped he would be allowed to return to that work.",
        ),
        {
            ("chan", "released", True),
            ("chan", "detained", False),
            ("chan", "sentenced", False),
        },
        {("chan", "trial", False), ("chan", "transferred", False)},
    ),
    (
        "hrw-researcher-rearrested-rotation",
        "Egypt: Researcher Re-Arrested Days After Release",
        article(
            "(Beirut, October 13, 2026) - Egyptian authorities re-arrested a human rights "
            "researcher less than a week after a court had ordered his release from more than "
            "four years in pretrial detention, Human Rights Watch said today. The authorities "
            'should immediately free him and end the practice known as "rotation".',
            "Hossam Abdelrahman, who was charged with joining a terrorist group and spreading "
            "false news, was arrested at his family's home in Giza on October 8. He had been "
            "freed on October 3 after a Cairo criminal court ordered his release, his lawyer "
            "said.",
            "Abdelrahman, 35, a researcher on prison conditions, was first arrested in "
            "February 2022 and held for more than four years, well beyond the two-year legal "
            "limit for pretrial detention, in a case that never went to trial. He was released "
            "once before, in 2020, after five months in custody, and then re-arrested in the "
            "same way a year later.",
            '"They opened the door and closed it again," his mother told Human Rights Watch. '
            '"For five days he slept in his own bed."',
            "In the new case, the Supreme State Security Prosecution accuses him of the same "
            "offences as in the old one. On October 10 the prosecution ordered him detained for "
            "15 days pending investigation, a period that can be renewed for up to two years.",
            "Abdelrahman told the prosecutors that officers of the National Security Agency "
            "had held him blindfolded for two days before he was brought before them, his "
            "lawyer said.",
            "During his previous detention Abdelrahman was held in Badr prison, where he said "
            "guards beat him in 2023 and kept the lights in his cell on day and night.",
            "On October 11 his lawyers appealed against the new detention order. The appeal "
            "has not yet been heard.",
            "His younger brother, Mohamed Abdelrahman, was arrested in 2023 and sentenced to "
            "three years for a Facebook post. He was freed in June.",
            "Egypt's national human rights strategy, launched in 2021, promised to limit "
            'pretrial detention. "The government should end this charade," said a Middle '
            "East researcher at Human Rights Watch.",
            "Tens of thousands of people have been detained in Egypt since 2013, many of them "
            "held in pretrial detention for years. A presidential pardon committee formed in "
            "2022 has secured the release of hundreds, but rights groups say that more people "
            "have been arrested in the same period than were freed. Lawyers call the practice "
            'of adding detainees to new cases with the same accusations "recycling".',
        ),
        {
            ("abdelrahman", "detained", True),
            ("abdelrahman", "charged", True),
            ("abdelrahman", "released", True),
            ("abdelrahman", "detained", False),
            ("abdelrahman", "released", False),
            ("abdelrahman", "ill_treatment", False),
        },
        {("abdelrahman", "ill_treatment", True)},
    ),
    (
        "cpj-turkish-journalist-acquitted-in-retrial",
        "Turkish journalist acquitted in retrial a decade after coup-attempt arrest",
        article(
            "Istanbul, October 13, 2026 - An Istanbul court on Tuesday acquitted the veteran "
            "journalist Deniz Yildirim of membership in a terrorist organization, ending a "
            "case that began a decade ago. The Committee to Protect Journalists welcomed the "
            "verdict and called on Turkey to stop prosecuting reporters for their work.",
            "Yildirim, a former columnist for the shuttered daily Yeni Ses, was detained in "
            "August 2016, weeks after the failed coup attempt, and spent 14 months in Silivri "
            "prison before a court released him pending trial in October 2017.",
            "He was among more than 150 journalists jailed in the months after the coup "
            "attempt. During his time in Silivri he was held in solitary confinement for four "
            "months, and he was refused permission to visit his dying father.",
            "His wife, the novelist Aylin Yildirim, was detained for a week in 2017 over social "
            "media posts and later moved to Germany, where she was granted asylum.",
            "His trial opened in 2018, and in 2019 he was convicted and sentenced to six years "
            "and three months. The Court of Cassation overturned the conviction in 2024 on "
            "the grounds that his articles were protected by press freedom, and the case was "
            "sent back for a retrial.",
            '"Ten years of my life went into this file," Yildirim told CPJ after the hearing. '
            '"I am happy, but many of my colleagues are still in prison."',
            "Prosecutors may still appeal against the acquittal. A travel ban on Yildirim was "
            "lifted on Tuesday, his lawyer said.",
            "Another defendant in the original trial, the editor Ahmet Yildirim, who is not "
            "related to Deniz, was convicted again on Tuesday and sentenced to three years. "
            "Several former staff of the newspaper fled to Germany after 2016.",
            "Turkey was among the world's top jailers of journalists in CPJ's last prison "
            "census, with at least 11 behind bars.",
            "More than 150 media outlets were closed by emergency decree after July 2016. "
            "Since then, courts have acquitted some journalists in retrials after "
            "the Constitutional Court or the European Court of Human Rights found that their "
            "rights had been violated, but new prosecutions under anti-terrorism and "
            "disinformation laws continue. In June a reporter was detained for a week over a "
            "story about a fire at a state-owned factory.",
            'Yildirim said he planned to return to writing. "I have a book in my head about '
            'Silivri," he said. "Now I can write it."',
        ),
        {
            ("yildirim", "acquitted", True),
            ("yildirim", "detained", False),
            ("yildirim", "released", False),
            ("yildirim", "trial", False),
            ("yildirim", "sentenced", False),
            ("yildirim", "charges_dropped", False),
        },
        {("yildirim", "ill_treatment", False)},
    ),
    (
        "azerbaijan-journalist-sentenced-president-namesake",
        "Azerbaijan jails journalist for nine years in smuggling case",
        article(
            "BAKU, Oct 13 - A court in Baku on Tuesday sentenced the investigative journalist "
            "Rauf Aliyev to nine years in prison on smuggling charges that press freedom "
            "groups say were invented to silence reporting on corruption.",
            "Rauf Aliyev, 41, who is no relation of President Ilham Aliyev, worked for the "
            "online outlet Meydan Info, which published reports on the business interests of "
            "officials. He was detained in November 2025 after police said they had found "
            "7,000 euros in the outlet's office, and was charged with currency smuggling two "
            "days later. His trial began in July.",
            "In his final statement the journalist said that police had beaten him in the car "
            "after his arrest and that the money had been planted.",
            "He was taken from the Baku pre-trial detention centre to a prison hospital in "
            "February after his blood pressure rose sharply, his wife said.",
            '"The only crime here is journalism," his lawyer said outside the Baku Grave '
            "Crimes Court, adding that he would appeal.",
            "President Aliyev has pardoned hundreds of prisoners in recent years, including "
            "several journalists, in decrees issued on public holidays. In May, Aliyev "
            "pardoned 154 people, none of them from Meydan Info. Rights groups say more than "
            "300 people are held on political grounds in Azerbaijan.",
            "Five other employees of the outlet were sentenced on Tuesday to terms of between "
            "seven and eight and a half years. The outlet's director, who lives abroad, was "
            "sentenced in absentia.",
            "A reporter at the outlet, Elnur Aliyev, who is not related to either man, was "
            "acquitted and freed in the courtroom.",
            "The European Union's foreign policy spokesperson said the sentences were \"a "
            "serious blow to media freedom\" and called for the journalists' release. The "
            "Azerbaijani foreign ministry rejected the criticism as interference.",
            "The case against Meydan Info began weeks before Azerbaijan hosted a major "
            "international conference in 2024. Since then, at least 25 journalists have been "
            "arrested, most of them on smuggling charges, according to press freedom groups. "
            "Several foreign media organisations have been ordered to close their offices in "
            "Baku.",
            "The journalist's mother said she had not been allowed to visit him since July. "
            '"I brought food and books to the prison every week, and they sent them back," she '
            "said.",
        ),
        {
            ("aliyev", "sentenced", True),
            ("aliyev", "detained", False),
            ("aliyev", "charged", False),
            ("aliyev", "trial", False),
            ("aliyev", "transferred", False),
        },
        {("aliyev", "ill_treatment", False), ("aliyev", "ill_treatment", True)},
    ),
    (
        "venezuela-activist-freed-brother-held",
        "Venezuela frees opposition activist, but his brother stays in jail",
        article(
            "CARACAS, Oct 13 (Reuters) - Venezuelan authorities released the opposition "
            "activist Javier Montilla from the El Rodeo I prison late on Sunday, along with "
            "about 40 other people detained after the disputed 2024 presidential election, "
            "his family and a rights group said.",
            "Montilla, 52, a regional organiser for an opposition party in Lara state, was "
            "arrested in August 2024 and charged with terrorism and incitement to hatred. He "
            "was held for more than two years without trial.",
            "He was released under conditions that require him to appear before a court every "
            "30 days and forbid him from leaving the country or speaking to the media, said "
            "the rights group Foro Penal, which counts more than 800 political prisoners in "
            "Venezuela.",
            "Montilla, once released early from a 2015 prison term for organising street "
            "protests, told relatives that he had been kept in a cell without daylight for "
            "months after his arrest.",
            "He was moved in 2025 from the headquarters of the intelligence service in "
            "Caracas, known as El Helicoide, to El Rodeo I. His wife, Carmen, fled to Colombia "
            "with their two children after intelligence agents searched the family home in "
            "2024.",
            '"I was freed, but my brother was not," Montilla said in a video recorded at '
            'home on Monday. "I will not rest until he is with us."',
            "His younger brother, Luis Montilla, was detained on September 28 at a checkpoint "
            "near Barquisimeto and remains in custody. The family has not been told where he "
            "is held.",
            '"We are happy that Javier is home, but the other half of our family is in a '
            'cell," their sister said.',
            "The government of President Nicolas Maduro has freed detainees in batches since "
            "2024, often after talks with the United States, while rights groups say new "
            "arrests continue. The attorney general's office did not respond to a request for "
            "comment.",
            "After the July 2024 vote, which the electoral council declared Maduro had won "
            "without publishing detailed results, security forces arrested more than 2,000 "
            "people, including teenagers, according to rights groups. Many were charged with "
            "terrorism. Several hundred have since been released, some of them under house "
            "arrest.",
            "Foro Penal's lawyers said several of those freed on Sunday had lost a great deal "
            "of weight and that at least three needed urgent medical care. The group said it "
            "would keep pressing for the release of all political prisoners.",
        ),
        {
            ("montilla", "released", True),
            ("montilla", "detained", False),
            ("montilla", "charged", False),
            ("montilla", "parole_granted", False),
            ("montilla", "sentenced", False),
            ("montilla", "transferred", False),
        },
        {("montilla", "ill_treatment", False)},
    ),
    (
        "kazakh-parole-denied-husband-paroled",
        "Kazakh court refuses parole for jailed activist; husband freed",
        article(
            "ALMATY -- A court in the Kazakh region of Kostanai has rejected a request for "
            "parole from the jailed civil activist Zhanar Omarova, her lawyer said on "
            "October 12, four days after her husband was freed early from a colony in the same "
            "case.",
            "Omarova, 49, and her husband, Serik Omarov, were arrested in January 2023 and "
            "convicted in September 2023 of participating in the activities of a banned "
            "opposition movement. She was sentenced to five years and he to four years.",
            "The court ruled that Omarova had not shown that she had reformed, citing two "
            "reprimands she received in the colony, one of them for refusing to sing the "
            "national anthem. Her lawyer, Gulmira Tasova, said the reprimands were invented "
            "to keep her in prison and that she would appeal against the ruling.",
            "Omarov was released on parole on October 8 from a colony in Rudny and returned "
            "home to Almaty, where he will be under probation supervision until his term "
            "expires next year.",
            "Omarova was transferred to the women's colony near Kostanai in 2024, about 800 "
            "kilometres from her home. In 2024 she also went on hunger strike for two weeks "
            "to demand medical treatment.",
            "She was previously detained in 2019 for a single-person picket in Almaty and "
            "fined 50,000 tenge. The couple's son, Daniyar Omarov, was detained for ten days "
            "in 2022 over a social media post and later left for Georgia.",
            '"She will be eligible to apply again in six months," Tasova said. "We are not '
            'giving up."',
            'Kazakhstan\'s President Kassym-Jomart Tokayev has promised a "listening state" '
            "and political reform, but rights groups say the government continues to "
            "prosecute supporters of the banned movement. The Kazakhstan International Bureau "
            "for Human Rights urged the authorities to release Omarova.",
            "More than 200 people have been convicted in Kazakhstan since 2018 of taking part "
            "in the movement, which is led by an exiled banker, according to rights groups. "
            "Most of them received restricted-freedom sentences, but dozens were sent to "
            "prison. Several were released early after their sentences were cut under an "
            "amnesty in 2021.",
        ),
        {
            ("omarova", "parole_denied", True),
            ("omarova", "detained", False),
            ("omarova", "sentenced", False),
            ("omarova", "transferred", False),
            ("omarova", "hunger_strike", False),
        },
        NONE,
    ),
    (
        "tajik-lawyer-dies-lead-two-sentences-later",
        "Jailed Tajik lawyer dies in prison hospital",
        article(
            "A prominent Tajik human rights lawyer serving a 28-year prison sentence has died "
            "in custody, his family said on Tuesday. He was 61. Bakhrom Yusupov, who defended "
            "members of a banned opposition party before his own arrest, died on Monday in "
            "the prison hospital in Dushanbe, his son said.",
            "Yusupov was moved to the hospital on October 9 from the high-security prison in "
            "Dushanbe after suffering a stroke, according to the family. His relatives were "
            "allowed to see him for ten minutes on Sunday.",
            '"For two years we asked for him to be treated, and for two years they refused," '
            "his son, who was granted asylum in Germany in 2019, told RFE/RL's Tajik Service. "
            '"They let him die."',
            "Yusupov was arrested in September 2015 after he agreed to defend leaders of the "
            "Islamic Renaissance Party of Tajikistan, which the Supreme Court banned that year "
            "as a terrorist organization. He was sentenced in 2016 to 23 years in prison, and "
            'in 2021 a court added five years for "insulting a prison official".',
            "He was transferred in 2018 from the prison in Khujand to the prison in Dushanbe. "
            "His co-defendant, the lawyer Jamshed Yusupov, who is not related, was released in "
            "2024 after completing his term and left for Poland.",
            "In 2022 Yusupov refused food for 20 days to protest the denial of family visits. "
            "A former cellmate who later left the country said guards had beaten him in 2023.",
            "The prison service said Yusupov died of natural causes and that he had received "
            "all necessary care.",
            "He was buried on Tuesday in his home village near Kulob. Police did not allow a "
            "public gathering and detained two of his former clients who tried to attend, "
            "relatives said.",
            "The U.N. Working Group on Arbitrary Detention had found in 2019 that his detention "
            "was arbitrary and called for his release. Human Rights Watch called for an "
            "independent investigation into his death.",
            "Since 2015, Tajikistan has jailed dozens of members of the banned party and "
            "several of the lawyers who defended them. At least four of them have died in "
            "prison. Relatives of exiled opposition members living in Europe have also been "
            "detained and questioned, and some have been stripped of their passports.",
            "The European Union's delegation in Dushanbe said it was saddened by Yusupov's "
            "death and called on Tajikistan to ensure that prisoners receive adequate medical "
            "care.",
        ),
        {
            ("yusupov", "died", True),
            ("yusupov", "transferred", True),
            ("yusupov", "detained", False),
            ("yusupov", "sentenced", False),
            ("yusupov", "hunger_strike", False),
            ("yusupov", "ill_treatment", False),
            ("yusupov", "transferred", False),
        },
        {("yusupov", "ill_treatment", True)},
    ),
    (
        "china-lawyer-released-my-client-speaks",
        "Chinese rights lawyer freed after five years, speaks of client's sentence",
        article(
            "BEIJING (AP) -- A Chinese human rights lawyer who defended religious minorities "
            "and petitioners was released from prison on Sunday after serving a five-year "
            "sentence for subversion, his wife said.",
            "Li Wenhua, 53, returned to his home in Beijing under police escort, his wife, "
            "Wang Qing, said by telephone. Plainclothes officers were stationed outside their "
            "building on Monday.",
            "Li was taken away by police in October 2021 and held for six months under "
            '"residential surveillance at a designated location", a form of detention '
            "outside the regular prison system. He was formally charged with subversion in "
            "2022, tried behind closed doors in 2023 and sentenced in 2024.",
            "During the six months of residential surveillance Li was interrogated for up to "
            "14 hours a day and deprived of sleep, he wrote in a letter that reached his family "
            "in 2022. A Beijing court rejected his appeal in 2024.",
            "Wang was herself placed under house arrest for several weeks in 2021 after she "
            "tried to file a complaint about her husband's detention.",
            "In a brief telephone call with the AP on Monday, Li said he was in good health but "
            'worried about a former client. "My client was sentenced to 11 years last month, '
            'and I could not even be there," he said. "That is what the law means here now."',
            "Li was disbarred in 2020. Another lawyer, Li Jun, who is not related, was detained "
            "in Guangzhou last month after he posted an open letter about Li Wenhua's case.",
            'Wang said the family had been told that her husband would be "deprived of '
            'political rights" for three more years, which bars him from publishing, and that '
            "they did not know whether he would be allowed to travel.",
            "China's foreign ministry has said in the past that China is a country of law and "
            "that the rights of defendants are protected.",
            "Hundreds of lawyers and activists were detained in a nationwide crackdown that "
            "began in July 2015, and several of those who were later disbarred or jailed have "
            "continued to face surveillance and travel bans after their release. Some have "
            "been unable to rent homes or find work after landlords and employers were warned "
            "by police.",
            "Wang said Li planned to see a doctor about his eyesight, which had worsened in "
            "prison, and to spend time with their son, who was eleven when his father was "
            "taken away.",
        ),
        {
            ("li", "released", True),
            ("li", "detained", False),
            ("li", "charged", False),
            ("li", "trial", False),
            ("li", "sentenced", False),
            ("li", "ill_treatment", False),
            ("li", "appeal_rejected", False),
        },
        NONE,
    ),
    (
        "amnesty-urgent-action-requests-not-events",
        "Russia: Jailed councillor at risk, must be released",
        article(
            "Urgent Action, October 14, 2026",
            "Amnesty International is calling on the Russian authorities to release the "
            "imprisoned municipal deputy Aleksei Voronin and to ensure that he has access to "
            "medical care while he remains in detention.",
            "His lawyers have asked the court to release him on health grounds. A hearing on "
            "the request is scheduled for October 20. Prosecutors have asked the court to "
            "keep him in the colony.",
            "On 9 October his lawyer asked for him to be examined by an independent doctor. "
            "The request has not been answered. The colony administration has threatened to "
            "place him in a cell-type room, a harsher regime, if he continues to complain.",
            "Voronin could face up to seven more years if he is convicted in the new case. "
            "His lawyers fear he may be transferred again, further from his family.",
            "Please write to the Prosecutor General urging him to release Aleksei Voronin "
            "immediately and unconditionally, and to ensure that he is not tortured or "
            "otherwise ill-treated.",
            "Amnesty also urges the authorities not to open further cases against him, and to "
            "allow his mother to visit him.",
            "Background: Aleksei Voronin was sentenced to seven years in December 2022 for "
            "criticising the war.",
        ),
        {("voronin", "sentenced", False)},
        NONE,
    ),
]

# A second round, written and labelled after the classes above were fixed, before it was
# first run: how the fixes hold on articles they were not made for
SECOND_ROUND: list[Row] = [
    (
        "wire-scientist-jailed-for-treason",
        "Russian court jails physicist for 14 years for treason",
        article(
            "MOSCOW, Oct 13 (Reuters) - A court in St Petersburg on Tuesday sentenced a "
            "physicist who worked on hypersonic flight to 14 years in a strict-regime penal "
            "colony for treason, his lawyers said, the latest in a string of such cases "
            "against Russian scientists.",
            "Oleg Sorin, 67, was detained by the Federal Security Service in April 2023 at his "
            "laboratory in Novosibirsk and flown to Moscow the same day. He was charged with "
            "passing state secrets to a foreign country at a conference in China in 2019, an "
            "accusation he denies.",
            "His trial, held behind closed doors, began in June. Prosecutors had asked for "
            "16 years.",
            '"The materials he presented had been published long before," one of his lawyers, '
            'Ivan Pavlenko, told reporters. "We will appeal."',
            "Sorin, who has cancer, has been held in the Lefortovo detention centre since his "
            "arrest. His wife, Irina Sorina, said he had been refused an operation that "
            "doctors recommended in the spring.",
            "At least 12 Russian scientists have been charged with treason since 2018. One "
            "of them, a specialist in laser physics, died in custody in 2024, two days after "
            "his arrest. Another was sentenced last year to 12 years.",
            "Colleagues at the institute wrote an open letter in 2023 asking for Sorin to be "
            "released pending trial. The Kremlin has said it does not comment on court "
            "decisions.",
        ),
        {
            ("sorin", "sentenced", True),
            ("sorin", "detained", False),
            ("sorin", "charged", False),
            ("sorin", "trial", False),
        },
        {
            ("sorin", "ill_treatment", True),
            ("sorin", "ill_treatment", False),
            ("sorin", "transferred", False),
        },
    ),
    (
        "rferl-journalist-paroled-and-leaves",
        "Kazakh journalist paroled, leaves for Germany",
        article(
            "ALMATY -- The Kazakh journalist Kamila Saidova was released on parole from a "
            "colony near Almaty on October 9 and flew to Germany two days later, her lawyer "
            "told RFE/RL.",
            "Saidova, whose reports on the January 2022 unrest angered the authorities, was "
            "arrested in May 2023 and sentenced in December 2023 to four years in prison for "
            "spreading false information. An appeals court upheld the sentence in March 2024.",
            "The court in Almaty rejected her requests for parole in March and June, citing a "
            "reprimand for keeping a notebook in her cell.",
            '"She did not want to leave, but she could not work here," her lawyer said. "Any '
            'article could send her back to prison."',
            "Her editor, Ruslan Saidov, who is not related to her, was detained for ten days in "
            "September for a post about her case and fined.",
            "Press freedom groups welcomed her release but urged Kazakhstan to stop "
            "prosecuting journalists. The Justice Ministry said the parole had been granted in "
            "accordance with the law.",
        ),
        {
            ("saidova", "parole_granted", True),
            ("saidova", "fled", True),
            ("saidova", "detained", False),
            ("saidova", "sentenced", False),
            ("saidova", "appeal_rejected", False),
            ("saidova", "parole_denied", False),
        },
        NONE,
    ),
    (
        "ngo-egypt-hunger-strike-transfer",
        "Egypt: Detained lawyer on hunger strike moved to Badr prison",
        article(
            "(Beirut, October 13, 2026) - An Egyptian human rights lawyer held in pretrial "
            "detention for nearly three years began a hunger strike on October 1 and was moved "
            "on Sunday to Badr prison, east of Cairo, his family said.",
            "Mahmoud Farag, 44, who defended detained protesters and journalists, was "
            "arrested at his office in Cairo in November 2023. On September 30 prosecutors "
            "charged him in a new case with financing terrorism, days before a court was "
            "due to rule on his release.",
            "His wife said he had been held in a cell without a bed or a window since the "
            "transfer and that guards had confiscated his medication.",
            "Farag was previously detained in 2019 and released after six months without charge.",
            "United Nations experts urged Egypt to release him and to investigate his treatment.",
        ),
        {
            ("farag", "hunger_strike", True),
            ("farag", "transferred", True),
            ("farag", "charged", True),
            ("farag", "detained", False),
            ("farag", "released", False),
        },
        {("farag", "ill_treatment", True)},
    ),
    (
        "viasna-released-after-full-term-colleague-background",
        "Belarusian rights defender freed after serving full term",
        article(
            "The Belarusian human rights defender Volha Zhuk was released on Tuesday from the "
            "women's colony in Homel after serving her full eight-year sentence, Viasna said.",
            "Zhuk was arrested in July 2021 together with her colleague Ales Kavaleuski, who "
            "was pardoned and expelled to Lithuania in August. She refused to ask for a "
            "pardon and was twice denied parole, in 2024 and 2025.",
            "She spent a total of 120 days in punishment cells, according to Viasna.",
            '"I am happy to see the sky without bars," Zhuk said outside the colony. "But I '
            'am thinking of those who are still inside."',
            "Viasna says more than 1,100 people remain in prison in Belarus on political grounds.",
        ),
        {
            ("zhuk", "released", True),
            ("zhuk", "detained", False),
            ("zhuk", "parole_denied", False),
            ("kavaleuski", "detained", False),
            ("kavaleuski", "pardoned", False),
            ("kavaleuski", "fled", False),
        },
        {("zhuk", "sentenced", False), ("zhuk", "ill_treatment", False)},
    ),
]

# A third round, written and labelled before its first run, in phrasing the rounds above do
# not use: release with a catch, a transfer told by where the person turned up, a trial
# opened for a list named after it (one of them in absentia), a death learned of weeks
# later, a conviction overturned, a release and a re-arrest on one day, early release
# turned down, a group freed and flown out, a term that grows, an extradition
THIRD_ROUND: list[Row] = [
    (
        "afp-bail-granted-but-second-case-keeps-her",
        "Azerbaijani reporter ordered freed on bail, but stays behind bars in second case",
        article(
            "BAKU, Oct 13 (AFP) - An appeals court in Baku on Monday ordered the release on "
            "bail of an investigative reporter held for ten months on smuggling charges, but "
            "she was not let out of jail because prosecutors had brought a second case "
            "against her hours earlier, her lawyer said.",
            "Leyla Gasimova, 45, who exposed the offshore holdings of officials for the "
            "independent outlet Meydan Review, has been held in the Baku pre-trial detention "
            "centre since December, when police detained her at the airport as she returned "
            "from a conference in Tbilisi.",
            "On Monday morning investigators told her that she was now also accused of tax "
            "evasion and illegal entrepreneurship, which carry up to 12 years. The bail "
            "ruling, handed down that afternoon, therefore changes nothing, her lawyer Elchin "
            "Sadigli said.",
            '"They opened the door with one hand and locked it with the other," Sadigli said. '
            '"Leyla will stay in her cell until the next hearing, and nobody can tell us when '
            'that will be."',
            "The 45-year-old denies all the charges. In a note passed to her family through "
            "the lawyer she wrote that she would not ask for a pardon because she had done "
            "nothing wrong.",
            "Five of her colleagues at Meydan Review - the editor Rovshan Huseynli, the "
            "reporters Elnara Tagiyeva and Sevinj Mirzayeva, the cameraman Nijat Orujov and "
            "the accountant Kamran Gasimov - were convicted in June and handed prison terms of "
            "between eight and nine years. Gasimov, who is not related to the reporter, had "
            "his term cut to five years on appeal last month.",
            "Gasimova's trial on the smuggling charge opened in July and has been adjourned "
            "four times. Prosecutors say that 40,000 euros found in the outlet's office were "
            "brought into the country illegally; the defence says the money was planted "
            "during the search.",
            "It is not the first time she has been locked up. In 2015 the reporter spent 30 "
            "days in administrative detention for covering a protest by depositors of a "
            "failed bank, and in 2019 she was barred from leaving the country for two years.",
            "Her husband, Tural Mammadov, said the family had last seen her on Monday through "
            'the glass of the courtroom cage. "She was smiling, because she had not yet been '
            'told about the new case," he said.',
            "The Committee to Protect Journalists and Reporters Without Borders urged the "
            "authorities to drop all charges and let Gasimova go home. The European Parliament "
            "adopted a resolution in September calling for the release of all journalists "
            "jailed in Azerbaijan, which Baku dismissed as interference.",
            "Azerbaijan has jailed more than two dozen journalists since late 2023, most of "
            "them on smuggling charges, according to press freedom groups. President Ilham "
            "Aliyev has said that none of them is held for journalism.",
        ),
        {
            ("gasimova", "charged", True),
            ("gasimova", "detained", False),
            ("gasimova", "trial", False),
        },
        NONE,
    ),
    (
        "rferl-historian-turns-up-in-siberian-colony",
        "Tatar historian resurfaces in Siberian colony after weeks in transit",
        article(
            "KAZAN -- The jailed Tatar historian Ruslan Gainullin, whose family had not heard "
            "from him for more than a month, has turned up in a maximum-security colony in the "
            "Krasnoyarsk region, some 3,500 kilometres from his home, his lawyer said on "
            "October 12.",
            "Gainullin, 52, was taken out of the Kazan detention centre in late August and sent "
            "east by prison train, a journey that took him through transit prisons in "
            "Yekaterinburg and Novosibirsk. Lawyer Alsu Khairullina said she learned where he "
            "was only after a letter he wrote from the colony reached his wife last Thursday.",
            "The historian was detained in February 2023 after he published a series of "
            "lectures on the 16th-century Kazan Khanate that prosecutors called a call for "
            "separatism. A court in Kazan handed him a 12-year term in March 2024, a sentence "
            "that an appeals court in Moscow let stand five months later.",
            '"A man of 52 with diabetes spent six weeks in railway carriages without his '
            'insulin," Khairullina said. "He arrived there with sores on his feet, and the '
            "colony's medical unit says it has nothing to give him.\"",
            "Under Russian law prison authorities must inform a prisoner's relatives within "
            "ten days of his arrival at a colony. The Federal Penitentiary Service did not "
            "answer questions about the case.",
            "Gainullin's son, Timur Gainullin, a student, was fined 30,000 rubles in May for a "
            "social media post that said his father was a political prisoner. Another "
            "historian at the same institute, Ildar Gainullin, who is not related, was "
            "questioned as a witness and later left Russia for Kazakhstan.",
            "Memorial, the rights group whose successor projects keep count of political "
            "prisoners, recognised the 52-year-old as a political prisoner in 2023. It says "
            "more than 700 people are now held in Russia on political grounds, many of them in "
            "regions far from their families - a practice rights groups call punishment by "
            "distance.",
            "His wife, Gulnara Gainullina, said she would travel to the colony in November if "
            'she was granted a visit. "I have written to every office I can think of asking '
            'them to move him closer to home," she said. "Nobody answers."',
            "Before his arrest Gainullin taught at the Institute of History in Kazan for more "
            "than twenty years. In 2021 he was briefly detained at a rally in support of Tatar "
            "language schools and released the same evening.",
        ),
        {
            ("gainullin", "transferred", True),
            ("gainullin", "detained", False),
            ("gainullin", "sentenced", False),
            ("gainullin", "appeal_rejected", False),
            ("gainullin", "released", False),
        },
        {("gainullin", "ill_treatment", True)},
    ),
    (
        "viasna-trial-opens-one-in-absentia",
        "Belarus puts four on trial over protest chat, one of them in absentia",
        article(
            "The trial of four people accused of running a Telegram chat that coordinated "
            "protests in the city of Hrodna opened on Monday at the Hrodna regional court, the "
            "Viasna human rights centre said. Reporters and relatives were not allowed into "
            "the courtroom.",
            "In the dock are the engineer Siarhei Lapko, 39, the nurse Iryna Savich and the "
            "student Pavel Korzun. The fourth defendant, the chat's former administrator Hanna "
            "Dubovik, is being tried in absentia: she left Belarus for Poland in 2021 and was "
            "put on a wanted list the following year.",
            "All four are charged with organising actions that grossly violate public order "
            "and with creating an extremist formation. They face up to seven years in prison. "
            "Lapko has pleaded not guilty, his relatives said.",
            "Lapko was detained in late March at the factory where he worked, after police "
            "found his phone number in the chat's list of members. He has spent the past six "
            "months in the Hrodna detention centre, where, according to his mother, he was "
            "twice put in a punishment cell.",
            '"Seryozha only sent pictures of the queues at the polling station," his mother, '
            'Valiantsina Lapko, told Viasna. "For that they keep a father of two in a cell."',
            "Dubovik, 28, now lives in Bialystok and works for an independent Belarusian "
            "media outlet. Speaking by phone, she said she had not been notified of the trial "
            'and would not recognise its verdict. "They try people in absentia so they can '
            'put them in prison the moment they cross the border," she said.',
            "Her father, Mikalai Dubovik, was detained for ten days in 2022 after police "
            "searched the family's flat looking for her, and her younger brother was expelled "
            "from university.",
            "More than 1,500 people have been convicted in absentia in Belarus since 2022, "
            "according to rights groups, most of them exiled journalists and activists. Those "
            "convicted can lose property in Belarus and cannot renew their passports abroad.",
            "The court is expected to hear the case for about two weeks. Viasna says that "
            "about 1,100 political prisoners are held in the country.",
        ),
        {
            ("lapko", "trial", True),
            ("lapko", "detained", False),
            ("dubovik", "trial", True),
            ("dubovik", "fled", False),
        },
        {
            ("lapko", "charged", True),
            ("lapko", "charged", False),
            ("dubovik", "charged", True),
            ("dubovik", "charged", False),
            ("lapko", "ill_treatment", True),
            ("lapko", "ill_treatment", False),
        },
    ),
    (
        "uyghur-economist-dies-family-told-weeks-later",
        "Uyghur economist dies in Xinjiang prison, relatives abroad say",
        article(
            "A Uyghur economist serving a 15-year sentence for separatism has died in a prison "
            "in Xinjiang, his relatives in Turkey said on Tuesday, weeks after the family last "
            "received word that he was gravely ill.",
            "Abdulla Tursun, 61, a former professor at Xinjiang University in Urumqi, died on "
            "September 27, according to a cousin who was told of the death by a relative still "
            "in the region. The family learned of it only last weekend, and Chinese "
            "authorities have not confirmed it.",
            "Tursun disappeared in early 2018, at the height of a campaign in which, "
            "researchers estimate, more than a million Uyghurs and other Muslims were held in "
            "internment camps. His relatives learned in 2020 that a court had convicted him a "
            "year earlier in a closed trial, of which the family was never told.",
            '"He was a teacher of numbers. He never said a political word in his life," said '
            'his daughter, Mihray Tursun, who lives in Istanbul. "We want his body. We want '
            'to know what they did to him."',
            "In 2023 the family heard that the 61-year-old had been moved to a prison hospital "
            "in Urumqi with kidney failure, and that requests to let him be treated outside "
            "were turned down.",
            "His brother, Ablimit Tursun, a businessman, was sentenced to 11 years in 2019 and "
            "is believed to be held in a prison in Kashgar. Another economist from the same "
            "faculty, Ilham Tursun, who is not related, was released in 2022 after completing "
            "a three-year term.",
            "Tursun is at least the fourth Uyghur academic known to have died in custody or "
            "shortly after release since 2017, according to a database kept by researchers "
            "abroad. Rights groups said his death, a year after that of a folklorist in a camp "
            "clinic, showed the danger of long sentences for elderly prisoners.",
            "A spokesman for the Chinese embassy in Ankara said Xinjiang's prisons meet "
            "international standards and that people are punished for crimes, not for their "
            "ethnicity. He did not comment on the case.",
            "The U.N. human rights office said in 2022 that China's actions in Xinjiang may "
            "amount to crimes against humanity. Beijing rejects the charge.",
        ),
        {
            ("tursun", "died", True),
            ("tursun", "sentenced", False),
            ("tursun", "transferred", False),
        },
        {
            ("tursun", "detained", False),
            ("tursun", "trial", False),
            ("tursun", "ill_treatment", False),
        },
    ),
    (
        "turkish-top-court-overturns-reporter-conviction",
        "Turkish top court quashes reporter's conviction over earthquake coverage",
        article(
            "ISTANBUL -- Turkey's Court of Cassation has overturned the conviction of a "
            "journalist who was jailed after reporting on delays in rescue work after the "
            "2023 earthquakes, sending the case back to a lower court, her lawyers said on "
            "Tuesday.",
            "Selin Aksoy, 34, a reporter for the news website Bolge Haber, was given a prison "
            "term of two years and four months in October 2024 for publicly disseminating "
            "misleading information, under a 2022 law that critics call the censorship law.",
            "She spent five months in pre-trial detention after police took her from her home "
            "in Malatya in February 2024, and was let out pending appeal after the verdict. "
            "The appeals court in Gaziantep confirmed the sentence in 2025.",
            "In a ruling published on Monday, the Court of Cassation found that the lower "
            "courts had not shown that her reports were false or that they had caused public "
            'alarm. A retrial is expected to begin early next year. "The highest court has '
            'said what we said from the first day: reporting is not a crime," said her '
            "lawyer, Kemal Durak.",
            'The 34-year-old said she would go back to work. "I was lucky. Many colleagues '
            'are still waiting," she told reporters outside the courthouse.',
            "At least 26 journalists were behind bars in Turkey at the end of last year, "
            "according to the Committee to Protect Journalists. Another reporter from Malatya, "
            "Deniz Aksoy, who is not related, was detained last week over a post about a "
            "municipal tender and released under judicial control the next day.",
            "Aksoy's husband, the photographer Murat Aksoy, was also briefly held in 2024 and "
            "still faces a separate trial for insulting the president over a caricature he "
            "shared.",
            "The government says that the law is needed to fight disinformation and that no "
            "one is prosecuted for journalism.",
            "Aksoy was one of the first journalists prosecuted under the law. Her case drew "
            "attention after she read out, in her defence statement, the names of residents "
            "of a building in Malatya who had waited three days for rescuers.",
        ),
        {
            ("aksoy", "charges_dropped", True),
            ("aksoy", "sentenced", False),
            ("aksoy", "detained", False),
            ("aksoy", "released", False),
            ("aksoy", "appeal_rejected", False),
        },
        # added after the first run, which read it: "one of the first journalists
        # prosecuted under the law" tells a background charge a reader could label
        {("aksoy", "charged", False)},
    ),
    (
        "iran-lawyer-back-in-custody-on-release-day",
        "Iran: rights lawyer back in custody on the day of her release",
        article(
            "(Paris, 13 October 2026) - Iranian authorities arrested the human rights lawyer "
            "Nasrin Tavakoli again on Sunday evening, hours after she had left Evin prison at "
            "the end of a five-year term, her family and the rights group Justice for Iran Now "
            "said.",
            "Security agents in plain clothes stopped the car taking her home from the prison "
            "and drove her to an unknown location, her son said. The family has not been told "
            "where she is held or what she is accused of.",
            "Tavakoli, 57, who defended women arrested for removing their headscarves, was "
            "taken into custody in September 2021 and sentenced in 2022 for propaganda against "
            "the state and membership of an illegal group. She spent 40 days on hunger strike "
            "in 2023 to demand medical care for a fellow prisoner.",
            '"She was with us for three hours. She hugged her grandchildren and then they took '
            'her again," said her son, Arash Nouri. "It is a message to every prisoner: '
            'serving your sentence does not mean you will be free."',
            "Her husband, Bahram Nouri, a teacher, was beaten during his arrest at a protest in "
            "2022 and spent a year in prison. In August he was barred from leaving the country.",
            "The U.N. special rapporteur on Iran has repeatedly called for the lawyer's "
            "release, and the Paris Bar awarded her its human rights prize in absentia in "
            "2024. Her family appealed on Monday for information about her whereabouts.",
            "At least 60 lawyers have been detained in Iran since the protests of 2022, "
            "according to rights groups, and several have been barred from practising. A "
            "lawyer who represented protesters in Mashhad, Kian Tavakoli, who is not related "
            "to her, was sentenced last month to three years.",
            "Tavakoli was first jailed in 2010 for six months after representing a student "
            "leader, and was banned from practising law for ten years, a ban later reduced on "
            "appeal.",
        ),
        {
            ("tavakoli", "released", True),
            ("tavakoli", "detained", True),
            ("tavakoli", "detained", False),
            ("tavakoli", "sentenced", False),
            ("tavakoli", "hunger_strike", False),
        },
        NONE,
    ),
    (
        "tajik-journalist-hospital-and-early-release-refused",
        "Jailed Tajik journalist taken to hospital as court turns down early release",
        article(
            "DUSHANBE -- A court in the northern Tajik city of Khujand last Friday turned down "
            "an application for early release from the jailed journalist Khurshed Sattorov, "
            "days after he was rushed from his prison to a hospital with heart problems, his "
            "relatives said.",
            "Sattorov, 63, has served more than half of a seven-year sentence for inciting "
            "hatred, which makes him eligible for release on parole under Tajik law. The judge "
            'ruled that he had not "shown remorse", his daughter, Shahnoza Sattorova, said.',
            "He was picked up by security officers in Khujand in May 2022, days after he "
            "published an interview with a protester from Gorno-Badakhshan, and a court "
            "sentenced him that December. He has been held since in Penal Colony No. 3 "
            "outside Khujand.",
            '"The doctors said his heart is working at 30 percent," Sattorova said. "After four '
            "days they sent him back to the colony. The judge did not even look at the medical "
            'documents."',
            "His lawyer said the defence would contest the ruling at the regional court within "
            "ten days and had asked the prison to let an independent doctor examine Sattorov. "
            "The family has also written to President Emomali Rahmon asking for a pardon.",
            "The 63-year-old is one of at least seven journalists jailed in Tajikistan since "
            "2022. Two of his former colleagues at the weekly Nigoh, Farrukh Sattorov and "
            "Abdullo Ghafurov, received terms of ten and seven years; Farrukh Sattorov, no "
            "relation, was later freed under an amnesty for the anniversary of independence.",
            "Amnesty International called on the authorities to release the journalist on "
            "humanitarian grounds. The Tajik prosecutor general's office did not respond to a "
            "request for comment.",
            "Before his arrest Sattorov had worked for three decades as a reporter and was "
            "twice detained by police while covering protests in Khujand, in 2008 and 2014, and "
            "released without charge each time.",
        ),
        {
            ("sattorov", "parole_denied", True),
            ("sattorov", "transferred", True),
            ("sattorov", "detained", False),
            ("sattorov", "sentenced", False),
            ("sattorov", "released", False),
        },
        {("sattorov", "ill_treatment", True)},
    ),
    (
        "ap-nicaragua-frees-and-flies-out-27",
        "Nicaragua frees 27 prisoners and flies them to Guatemala",
        article(
            "GUATEMALA CITY (AP) - Nicaragua's government released 27 people it had jailed as "
            "opponents and put them on a plane to Guatemala on Tuesday, in a move that exiled "
            "activists said was meant to ease U.S. pressure ahead of a vote on sanctions.",
            "Among those on the flight were the radio journalist Freddy Navas, 50, who had been "
            "held since August 2023, and the student leader Ana Lucia Barrios, 24, who was "
            "arrested last year after she posted a video of a police raid on a university.",
            "Navas was sentenced in February 2024 to 23 years for treason and spreading false "
            "news, after a trial that lasted two days. Barrios had not been tried.",
            "A government decree read on state television hours later stripped all 27 of "
            "their Nicaraguan citizenship and ordered their property seized. Guatemala's "
            "foreign minister said they would be given humanitarian visas and could apply for "
            "asylum.",
            '"I left the cell in the clothes I was arrested in," Navas told reporters at the '
            'airport. "They woke us at three in the morning, handcuffed us and told us nothing '
            'until we saw the plane."',
            "Barrios said she had been held in a punishment cell in La Modelo prison for most "
            "of the past five months and had not seen daylight for weeks. Her mother, Rosa "
            "Barrios, was arrested in May when she went to the prison to ask about her "
            "daughter and is still detained; she was not on the list.",
            "Navas's brother, Rodrigo Navas, a priest, remains in prison in Managua. The family "
            "has asked the Vatican to intercede for his release.",
            "Nicaragua has expelled more than 450 opponents and stripped them of citizenship "
            "since 2023. President Daniel Ortega and his wife and co-president, Rosario "
            "Murillo, accuse them of being traitors financed from abroad.",
            "Those released included two Catholic priests, a former army officer and the owner "
            "of a chain of pharmacies. Most had spent more than a year in El Chipote, the "
            "police jail in Managua where former prisoners say interrogations last all night.",
        ),
        {
            ("navas", "released", True),
            ("navas", "fled", True),
            ("navas", "sentenced", False),
            ("barrios", "released", True),
            ("barrios", "fled", True),
            ("barrios", "detained", False),
        },
        {
            ("navas", "detained", False),
            ("navas", "trial", False),  # (a verdict "after a trial": read either way)
            ("barrios", "ill_treatment", True),
        },
    ),
    (
        "reuters-thai-activist-term-grows",
        "Thai activist's prison term climbs to 31 years after new royal insult verdict",
        article(
            "BANGKOK (Reuters) - A Bangkok court on Tuesday found a pro-democracy activist "
            "guilty of insulting the monarchy for a speech he gave at a rally in 2020 and added "
            "three years to his prison time, bringing his total to more than 31 years, his "
            "lawyers said.",
            "Wanchai Rattanakorn, 29, a former law student who became one of the faces of the "
            "youth-led protests, appeared in court in shackles and prison uniform. It was his "
            "ninth conviction under Article 112 of the criminal code, which carries up to 15 "
            "years for each count of defaming the king, the queen, the heir or the regent.",
            "The activist has been behind bars since February 2024, when a court revoked his "
            "bail in another case and he was taken into custody in the courtroom. He had been "
            "granted bail in 2021 after 99 days in detention and a hunger strike of 46 days.",
            '"The sentences are piled one on top of another. At this rate he will be an old '
            'man before he walks out," said his lawyer, Krisada Phongsri. Lawyers will ask the '
            "appeals court to reduce the term.",
            "Another defendant in Tuesday's case, the singer Chatchai Rattanakorn, who is not "
            "related, was acquitted because prosecutors could not show he had been on stage. "
            "A third, the student Nattaya Somboon, was given a suspended sentence.",
            "In January an appeals court upheld two of the 29-year-old's earlier convictions "
            "and cut the term in a third. His mother has petitioned the king for a royal "
            "pardon, the only route to early freedom for those convicted under the law.",
            "More than 270 people have been charged under Article 112 since the protests began "
            "in 2020, according to Thai Lawyers for Human Rights. Parliament is debating an "
            "amnesty bill, but the governing coalition says it should not cover royal insult "
            "cases.",
        ),
        {
            ("rattanakorn", "sentenced", True),
            ("rattanakorn", "detained", False),
            ("rattanakorn", "hunger_strike", False),
            ("rattanakorn", "appeal_rejected", False),
        },
        {("rattanakorn", "released", False), ("rattanakorn", "sentenced", False)},
    ),
    (
        "rferl-kyrgyzstan-extradites-tajik-activist",
        "Kyrgyzstan hands over Tajik opposition activist despite torture warnings",
        article(
            "BISHKEK -- Kyrgyz authorities have handed over to Tajikistan an opposition "
            "activist who had lived in Russia for a decade, despite warnings from the United "
            "Nations that he would face torture, his lawyer in Bishkek said on October 13.",
            "Izzat Amonov, 41, a member of a banned opposition movement, was detained at the "
            "Bishkek airport in late August on a Tajik arrest warrant as he changed planes on "
            "his way to Istanbul. A Bishkek court approved his extradition in September, and "
            "he was put on a flight to Dushanbe on Saturday, the lawyer, Nurbek Toktogulov, "
            "said.",
            "Tajik state television reported on Sunday that Amonov had been returned to face "
            "justice and was being held by the State Committee for National Security. He faces "
            "charges of calling for the overthrow of the government, punishable by up to 15 "
            "years.",
            '"We asked the court to consider that his brother died in a Tajik prison in 2019, '
            'and that he himself was beaten when he was last detained there, in 2014," '
            'Toktogulov said. "The judge did not even read our documents."',
            "The U.N. Committee against Torture had asked Kyrgyzstan in September not to "
            "extradite the 41-year-old while it examined his complaint. Human Rights Watch "
            "said the handover was a flagrant breach of Kyrgyzstan's obligations.",
            "Amonov's wife and three children live in St Petersburg. His cousin, Sharif "
            "Amonov, was deported from Russia to Tajikistan in 2022 and sentenced to nine "
            "years.",
            "Rights groups have documented dozens of cases since 2015 in which Tajik "
            "dissidents abroad were detained, deported or abducted and brought back, and at "
            "least two in which they were killed. Tajikistan says it seeks only criminals.",
            "Amonov left Tajikistan in 2015, when the authorities banned the movement and "
            "arrested dozens of its members, and had lived in Russia with a residence permit. "
            "In June Russian police detained him for two days in Moscow and questioned him "
            "about his posts, his wife said.",
        ),
        {
            ("amonov", "fled", True),
            ("amonov", "fled", False),
            ("amonov", "detained", False),
            ("amonov", "ill_treatment", False),
        },
        # ("amonov", "charged", False) added after the first run, which read it: "He faces
        # charges of ..." tells charges brought before, as the module reads "facing charges"
        {("amonov", "detained", True), ("amonov", "charged", True), ("amonov", "charged", False)},
    ),
]

# A fourth round, shorter, written and labelled after the third round's classes were fixed
# and before it was first run: how those fixes hold on text they were not made for
FOURTH_ROUND: list[Row] = [
    (
        "georgia-opposition-figure-pardoned-travel-ban",
        "Georgian opposition figure pardoned, freed, but may not leave the country",
        article(
            "TBILISI -- Georgia's president pardoned the jailed opposition politician Davit "
            "Kipiani on Monday, and he left the Rustavi prison hours later, his party said.",
            "Kipiani, 52, a former deputy speaker of parliament, was taken into custody in "
            "December 2024 during protests against the government's decision to suspend talks "
            "on joining the European Union. A Tbilisi court gave him four years in June 2025 "
            "for organising group violence, a verdict the Court of Appeals left intact in "
            "November.",
            "The pardon does not lift a ban on leaving Georgia that prosecutors imposed on him "
            'in a second case, in which he is accused of insulting a police officer. "I am '
            'out, but I am not free," Kipiani told supporters outside the prison.',
            "His cousin, Giorgi Kipiani, a student who was detained at the same protests, was "
            "sentenced in August to two years and remains in prison. The party has asked the "
            "president to pardon him as well.",
            "More than 50 people were jailed after the protests, according to rights groups. "
            "The European Union has called for the release of all of them.",
        ),
        {
            ("kipiani", "pardoned", True),
            ("kipiani", "detained", False),
            ("kipiani", "sentenced", False),
            ("kipiani", "appeal_rejected", False),
        },
        {
            ("kipiani", "released", True),
            ("kipiani", "charged", True),
            ("kipiani", "charged", False),
        },
    ),
    (
        "azerbaijan-activist-hunger-strike-prison-hospital",
        "Jailed Azerbaijani activist on hunger strike moved to prison hospital",
        article(
            "BAKU, Oct 13 (Reuters) - A jailed Azerbaijani activist who has been refusing food "
            "since September 20 was taken on Monday to the hospital of the Penitentiary "
            "Service, his wife said.",
            "Elvin Rustamli, 38, is protesting against what he says are fabricated charges. "
            "He was arrested in February 2025 and handed eight years in July on smuggling "
            'charges. "He can no longer stand up," his wife, Sevda, said after a visit.',
            "Rustamli's brother, Ilgar Rustamli, was detained for 30 days in March after he "
            "held a one-man picket outside the court.",
            "The 38-year-old went on hunger strike once before, in 2021, for 18 days, when he "
            "was held for a month over a protest against a new media law.",
            "The Interior Ministry said his health was being monitored and that he was "
            "receiving all necessary care.",
        ),
        {
            ("rustamli", "hunger_strike", True),
            ("rustamli", "transferred", True),
            ("rustamli", "detained", False),
            ("rustamli", "sentenced", False),
            ("rustamli", "hunger_strike", False),
        },
        NONE,
    ),
    (
        "russia-artist-term-extended-in-colony",
        "Russian court adds two years to jailed artist's term",
        article(
            "A court in the Mordovia region has found the jailed artist Yulia Serova guilty of "
            "justifying terrorism over remarks she allegedly made to cellmates and added two "
            "years to her sentence, her lawyer said on Tuesday.",
            "Serova, 33, who replaced price tags in a supermarket with anti-war messages, was "
            "detained in St Petersburg in April 2023 and sentenced to six years in 2024. She "
            "was sent to a penal colony in Mordovia that autumn.",
            "The 33-year-old will now serve eight years in total. Her lawyer said the only "
            "witnesses were two inmates who had been promised early release.",
            "Her husband, Pavel Serov, was detained in 2024 when he tried to pass her a letter "
            "and was released the next day.",
            "Rights groups say that new cases against prisoners who are already serving time "
            "have become a common way of keeping critics behind bars.",
        ),
        {
            ("serova", "sentenced", True),
            ("serova", "detained", False),
            ("serova", "sentenced", False),
            ("serova", "transferred", False),
        },
        NONE,
    ),
    (
        "ethiopia-journalist-freed-on-bail-charges-stand",
        "Ethiopian journalist freed on bail after three months in custody",
        article(
            "ADDIS ABABA -- The Ethiopian journalist Meskerem Alemu was freed on bail on "
            "Monday after three months in custody, her employer said. She still faces "
            "charges of inciting violence, and her trial is set to begin in January.",
            "Alemu, who reports for an independent YouTube channel, was detained in July at "
            "her home in Addis Ababa and charged in August under the country's hate speech "
            "law. A court had turned down two earlier bail requests.",
            '"We are relieved, but the charges are still there," the editor of the channel said.',
            "State Minister Dawit Alemu, who is not related to her, said last week that "
            "journalists are not above the law.",
            "At least eight journalists have been arrested in Ethiopia this year, according to "
            "press freedom groups.",
        ),
        {
            ("alemu", "released", True),
            ("alemu", "detained", False),
            ("alemu", "charged", False),
        },
        NONE,
    ),
]

# A fifth round, shorter, written and labelled after the fourth round's classes were fixed
# and before it was first run
FIFTH_ROUND: list[Row] = [
    (
        "uzbek-blogger-wins-appeal-freed-in-court",
        "Uzbek blogger's conviction overturned, freed in courtroom",
        article(
            "SAMARKAND -- An appeals court in Samarkand on Tuesday overturned the conviction of "
            "the blogger Nodir Ergashev and ordered him freed in the courtroom, his lawyer said.",
            "Ergashev, 29, had been jailed for three years in May for insulting the president "
            "in a video about power cuts. He was arrested in January, two days after the video "
            "was posted.",
            "His co-defendant, the cameraman Aziz Ergashev, who is not related to him, had his "
            "sentence replaced with a fine.",
            '"Nodir hugged his mother in the courtroom. It is a rare day," the lawyer said. '
            "Prosecutors said they would challenge the ruling at the Supreme Court.",
        ),
        {
            ("ergashev", "charges_dropped", True),
            ("ergashev", "released", True),
            ("ergashev", "sentenced", False),
            ("ergashev", "detained", False),
        },
        NONE,
    ),
    (
        "tunisia-commentator-sentenced-in-absentia",
        "Tunisian commentator sentenced in absentia after leaving for France",
        article(
            "TUNIS -- A Tunis court on Monday sentenced the lawyer and television commentator "
            "Sonia Belhadj in absentia to five years in prison for spreading false news, her "
            "defence team said.",
            "Belhadj, 48, left Tunisia for France in March after a warrant was issued for her "
            "arrest. She had been detained for 40 days in 2024 over remarks she made on "
            "television and was freed after a judge dropped one of the two charges.",
            "Two other commentators tried with her, who were present in court, received two "
            "years each.",
            '"I will not go back to be put in a cell for my words," Belhadj said in a video '
            "posted after the verdict.",
        ),
        {
            ("belhadj", "sentenced", True),
            ("belhadj", "fled", False),
            ("belhadj", "detained", False),
            ("belhadj", "released", False),
        },
        {("belhadj", "trial", True), ("belhadj", "charges_dropped", False)},
    ),
    (
        "kyrgyz-rapper-amnestied-crosses-to-kazakhstan",
        "Kyrgyz rapper freed under amnesty, crosses into Kazakhstan",
        article(
            "BISHKEK -- The Kyrgyz rapper Bakyt Sadykov was released from a prison near "
            "Bishkek on Friday under an amnesty law and crossed into Kazakhstan on Sunday, his "
            "manager said.",
            "Sadykov, 27, was detained in August 2025 after a song mocking officials went "
            "viral, and was sentenced that November to three years for calls to seize power. "
            "He had served 14 months.",
            '"He does not feel safe here any more," the manager said. The rapper\'s father, '
            "Marat Sadykov, was questioned by police last week and released.",
            "The amnesty, passed by parliament in September, covers several hundred prisoners "
            "convicted of non-violent crimes.",
        ),
        {
            ("sadykov", "pardoned", True),
            ("sadykov", "fled", True),
            ("sadykov", "detained", False),
            ("sadykov", "sentenced", False),
        },
        {("sadykov", "released", True)},
    ),
    (
        "iran-rapper-death-sentence-upheld-solitary",
        "Iran's Supreme Court upholds rapper's death sentence",
        article(
            "Iran's Supreme Court has upheld the death sentence against the rapper Amir Tohidi, "
            "his lawyer said on Tuesday, days after the 31-year-old was moved to solitary "
            "confinement in Ghezel Hesar prison.",
            "Tohidi was arrested in October 2025 over songs supporting protesters and sentenced "
            "to death in April for corruption on earth. His lawyer said he had been beaten "
            "during interrogation and forced to confess on camera.",
            "The judge who presided over the trial, Abolqasem Tohidi, is not related to him.",
            "Rights groups have urged Iran to halt the execution. The rapper's mother appealed "
            "to the head of the judiciary for mercy in a video on Monday.",
        ),
        {
            ("tohidi", "appeal_rejected", True),
            ("tohidi", "detained", False),
            ("tohidi", "sentenced", False),
        },
        {
            ("tohidi", "transferred", True),
            ("tohidi", "ill_treatment", True),
            ("tohidi", "ill_treatment", False),
            ("tohidi", "trial", False),
        },
    ),
]

# A sixth round, shorter, written and labelled after the fifth round's class was fixed and
# before it was first run
SIXTH_ROUND: list[Row] = [
    (
        "hk-exiled-lawmaker-charged-in-absentia",
        "Hong Kong charges exiled ex-lawmaker in absentia, questions his mother",
        article(
            "HONG KONG (AP) - Hong Kong's national security police on Tuesday charged the "
            "exiled former lawmaker Lam Siu-ming in absentia with collusion with foreign "
            "forces, a day after officers took his mother in for questioning.",
            "Lam, who fled to Britain in 2020 and was granted asylum there two years later, "
            "already has a bounty of HK$1 million on his head.",
            "Police took his 76-year-old mother and his brother from their home on Monday and "
            "released them hours later without charge, a source close to the family said.",
            "Another former lawmaker with the same surname, Lam Chi-wai, who is not related, "
            "was sentenced last year to four years for subversion.",
        ),
        {
            ("lam", "charged", True),
            ("lam", "fled", False),
        },
        NONE,
    ),
    (
        "russia-journalist-remanded-two-months",
        "Moscow court remands journalist in custody for two months",
        article(
            "A Moscow court on Saturday remanded the journalist Olga Vetrova in custody for two "
            "months pending an investigation into her alleged membership of an extremist "
            "organisation, her lawyer said.",
            "Vetrova, 41, was detained on Thursday at her flat after a search that lasted eight "
            "hours. She denies the accusation.",
            "She was fined twice in 2023 for discrediting the army over posts about the war. "
            "Her former colleague, Igor Vetrov, who is not related, left Russia in 2022.",
            "If convicted, the 41-year-old faces up to six years in prison.",
        ),
        {
            ("vetrova", "detained", True),
            ("vetrova", "sentenced", False),
        },
        {("vetrova", "charged", True)},
    ),
    (
        "bahrain-activist-released-alternative-sentencing",
        "Bahraini activist released to serve rest of term outside prison",
        article(
            "DUBAI, Oct 12 (Reuters) - Bahraini authorities on Sunday released the activist "
            "Yusuf al-Marzooq, 54, under the kingdom's alternative sentencing law, which lets "
            "prisoners serve the rest of their terms outside prison under conditions, his "
            "family said.",
            "Al-Marzooq had served nine years of a 15-year sentence handed down in 2016 over "
            "his role in protests. He was arrested at a checkpoint in 2015.",
            "He must wear an electronic tag and may not speak to the media, his son said.",
            "Amnesty International said he had been denied treatment for a heart condition for "
            "years.",
        ),
        {
            ("marzooq", "parole_granted", True),
            ("marzooq", "sentenced", False),
            ("marzooq", "detained", False),
        },
        {
            ("marzooq", "released", True),
            ("marzooq", "ill_treatment", False),
            ("marzooq", "ill_treatment", True),
        },
    ),
    (
        "zimbabwe-mp-acquitted-co-accused-convicted",
        "Zimbabwe opposition MP acquitted, co-accused fined",
        article(
            "HARARE -- A Harare magistrate on Wednesday found the opposition MP Tendai Moyo not "
            "guilty of inciting public violence but convicted his co-accused, the activist "
            "Blessing Moyo, who is not related to him, and fined him.",
            "The MP spent 18 months in pre-trial detention after his arrest in June 2024, before "
            "he was granted bail in December 2025.",
            '"Justice delayed is still justice," Moyo told supporters outside the court.',
            "Rights groups said the case was one of dozens brought against opposition figures "
            "since the 2023 election.",
        ),
        {
            ("moyo", "acquitted", True),
            ("moyo", "detained", False),
            ("moyo", "released", False),
        },
        NONE,
    ),
]

# A seventh round, shorter, written and labelled after the sixth round's classes were fixed
# and before it was first run
SEVENTH_ROUND: list[Row] = [
    (
        "kazakh-poet-restricted-freedom-swapped-for-colony",
        "Kazakh poet sent to prison after court revokes restricted freedom",
        article(
            "ALMATY -- A court in Almaty on Monday replaced the poet Aigerim Tulegenova's "
            "restricted-freedom term with two years in a penal colony and she was taken into "
            "custody in the courtroom, her lawyer said.",
            "Tulegenova, 35, was sentenced in 2024 to three years of restricted freedom for "
            "spreading false information in poems about the January 2022 unrest. Probation "
            "officers said she had twice left Almaty without permission.",
            '"She went to the funeral of her mother," her lawyer said. "For that they send a poet '
            'to a colony."',
        ),
        {
            ("tulegenova", "detained", True),
            ("tulegenova", "sentenced", False),
        },
        {("tulegenova", "sentenced", True)},
    ),
    (
        "egypt-student-home-after-700-days",
        "Egyptian student home after nearly two years in pretrial detention",
        article(
            "CAIRO -- The Egyptian student Omar Hegazy returned home on Sunday after nearly "
            "two years in pretrial detention, his family said, but he remains banned from "
            "travelling abroad to finish his degree in Berlin.",
            "Hegazy, 26, was arrested at Cairo airport in November 2024 as he returned from "
            "Germany and accused of joining a terrorist group. Prosecutors renewed his "
            "detention 15 times without bringing him to trial.",
            '"He walked in and slept for fourteen hours," his sister said.',
        ),
        {
            ("hegazy", "released", True),
            ("hegazy", "detained", False),
        },
        {("hegazy", "charged", False)},
    ),
    (
        "belarus-blogger-wife-detained-he-serves-term",
        "Wife of jailed Belarusian blogger detained",
        article(
            "The wife of the jailed Belarusian blogger Pavel Sadouski was detained at their "
            "home in Hrodna on Tuesday, the Viasna human rights centre said.",
            "Alena Sadouskaya had spoken publicly about her husband, who was jailed for ten "
            "years in 2022 for organising mass riots. He has been held incommunicado since "
            "February 2023, she said before her arrest.",
            "Viasna said she was likely to face charges of facilitating extremist activity.",
        ),
        {("sadouski", "sentenced", False)},
        {
            ("sadouski", "detained", False),
            ("sadouski", "ill_treatment", False),
            ("sadouski", "ill_treatment", True),
        },
    ),
]

# An eighth round, in genres the rounds above do not cover (a live blog of a hearing, a
# case history, an interview in the first person, a regional round-up, an obituary),
# written and labelled before it was first run
EIGHTH_ROUND: list[Row] = [
    (
        "live-blog-appeal-hearing-russian-teacher",
        "LIVE: Appeal hearing of jailed teacher Ivan Dorofeev",
        article(
            "Updates from the Moscow City Court, where the history teacher Ivan Dorofeev is "
            "appealing against his six-year sentence for spreading false information about the "
            "army. Follow our correspondent in the courtroom.",
            "10:02 -- The hearing has not started yet. About forty people are waiting in the "
            "corridor, among them Dorofeev's former pupils. Bailiffs have let only six members "
            "of the public into the room.",
            "10:25 -- Dorofeev appears by video link from pre-trial detention centre No. 2 in "
            "Tver. He looks thinner than at his trial in the spring. He waves at the camera "
            "and smiles.",
            "10:40 -- The judge reads out the case. Dorofeev was detained in November 2024 "
            "after a pupil's parent filmed him telling a class about the shelling of a "
            "maternity hospital, and was found guilty in April.",
            "10:58 -- His lawyer, Yevgenia Makarova, says the recording was edited and that "
            'the parent was a police informer. "The prosecution never showed the full video," '
            "she tells the court.",
            "11:20 -- The prosecutor asks the court to leave the sentence unchanged and calls "
            "the defence arguments an attempt to avoid responsibility.",
            '11:35 -- Dorofeev gives his final word. "I taught children to check facts. I '
            'would do it again," he says. Some in the room applaud and a bailiff warns them.',
            "11:50 -- The judges withdraw to deliberate.",
            "12:45 -- The Moscow City Court has upheld the sentence. Dorofeev will remain in "
            "prison. His mother, Nina Dorofeeva, is crying in the corridor.",
            "12:55 -- Makarova tells reporters she will take the case to the cassation court "
            "and to the UN Human Rights Committee. She says her client is expected to be sent "
            "to a penal colony within weeks.",
            "13:05 -- That is the end of our live coverage. Thank you for following.",
        ),
        {
            ("dorofeev", "appeal_rejected", True),
            ("dorofeev", "detained", False),
            ("dorofeev", "sentenced", False),
        },
        {("dorofeev", "trial", False)},
    ),
    (
        "explainer-azerbaijani-economist-case-history",
        "Explainer: the long case of Azerbaijani economist Elnur Mammadli",
        article(
            "The Azerbaijani economist Elnur Mammadli, who has spent most of the last twelve "
            "years in custody, began a hunger strike on October 6 in Baku's Umbaki prison, "
            "his wife said this week. Here is how his case has unfolded.",
            "Who is he? Mammadli, 47, taught at Baku State University and wrote reports on "
            "the oil fund that angered officials. He founded a small think-tank in 2009.",
            "The first arrest. Police detained him in August 2013, two months before a "
            "presidential election, and he was charged with tax evasion and illegal "
            "entrepreneurship. In April 2014 a court gave him six years.",
            "Freedom. President Ilham Aliyev pardoned him in March 2016 along with more than "
            "a dozen other prisoners. He went back to teaching but was banned from leaving "
            "the country.",
            "The second case. Mammadli was arrested again in December 2023, in a sweep that "
            "also took in several reporters of an independent outlet. Prosecutors accused him "
            "of smuggling foreign currency. He was tried in Baku from September 2024 and "
            "sentenced to nine years in March 2025.",
            "Appeals. The Baku Court of Appeal upheld the verdict in July 2025, and the "
            "Supreme Court refused to review it in January this year. In the spring he was "
            "moved to Umbaki, a high-security prison outside the capital.",
            "What now? His wife, Sevinj Mammadli, says he is refusing food to protest being "
            "denied visits from his lawyer. Prison officials said they were not aware of any "
            "hunger strike.",
        ),
        {
            ("mammadli", "hunger_strike", True),
            ("mammadli", "detained", False),
            ("mammadli", "charged", False),
            ("mammadli", "sentenced", False),
            ("mammadli", "pardoned", False),
            ("mammadli", "trial", False),
            ("mammadli", "appeal_rejected", False),
            ("mammadli", "transferred", False),
        },
        {
            ("mammadli", "released", False),
            ("mammadli", "ill_treatment", True),
        },
    ),
    (
        "interview-freed-belarusian-printer",
        "'They freed me last week': a Belarusian printer on five years behind bars",
        article(
            "Mikalai Hrynevich ran a print shop in Babruysk until the day police came for "
            "him. Last week he was released from a colony in Navapolatsk and driven to the "
            "Lithuanian border together with 19 other prisoners. We spoke to him in Vilnius.",
            '"I was arrested in 2019, in August, for printing leaflets for an opposition '
            'candidate," Hrynevich said. "They kept me in a detention centre for eleven months '
            'before anyone told me what I was accused of."',
            '"In 2020 I was sentenced to eight years for organising mass unrest. I had never '
            'been to a protest in my life."',
            'He described the colony as a place of constant humiliation. "They put me in '
            "a punishment cell nine times. Once they beat me so badly that I could not stand "
            'for two days," he said.',
            'Asked about his release, he paused. "They freed me last week without any '
            "warning. A guard said, pack your things, and six hours later we were at the "
            'border. They did not even give me back my passport."',
            "Hrynevich, 52, said he had never asked for a pardon and did not know why he was "
            "chosen. Belarusian state media described the prisoners as pardoned by the "
            "president.",
            "His son, Dzmitry, was detained for two weeks in 2021 after he posted a photo of "
            "his father online.",
            '"I want to work again," Hrynevich said. "But half of me is still there, with the '
            'men who were not on that bus."',
        ),
        {
            ("hrynevich", "released", True),
            ("hrynevich", "fled", True),
            ("hrynevich", "detained", False),
            ("hrynevich", "sentenced", False),
            ("hrynevich", "ill_treatment", False),
        },
        {
            ("hrynevich", "pardoned", True),
            ("hrynevich", "charged", False),
        },
    ),
    (
        "central-asia-weekly-roundup",
        "Central Asia this week: arrests, a verdict and a release",
        article(
            "Our weekly round-up of the cases of journalists and activists across Central Asia.",
            "KYRGYZSTAN. Police in Bishkek on Friday detained the investigative reporter "
            "Aibek Toktogulov at his flat and seized his laptops. He is suspected of calling "
            "for mass riots in a report on the border conflict, his editor said. Toktogulov "
            "was briefly detained in 2022 over an earlier report.",
            "TAJIKISTAN. A court in Khujand on Thursday sentenced Sitora Nazarova, a lawyer "
            "who defended relatives of exiled opposition members, to eight years in prison "
            "for extremism. Nazarova had been held since February. Her husband, Jamshed "
            "Nazarov, left the country in the spring.",
            "UZBEKISTAN. The blogger Farhod Ismoilov walked free on Saturday after serving a "
            "three-year sentence for insulting the president. He said he would keep writing.",
            "KAZAKHSTAN. A court in Astana postponed until November the trial of six "
            "activists accused of organising a rally against a new tax. Their lawyers say "
            "they have been held for three months.",
            "TURKMENISTAN. Nothing was heard this week from the lawyer Rovshen Atayev, who "
            "has not been seen since he was taken from his home in 2021.",
        ),
        {
            ("toktogulov", "detained", True),
            ("toktogulov", "detained", False),
            ("nazarova", "sentenced", True),
            ("nazarova", "detained", False),
            ("ismoilov", "released", True),
            ("ismoilov", "sentenced", False),
        },
        {
            ("toktogulov", "charged", True),
            ("nazarova", "charged", False),
            ("nazarova", "charged", True),
        },
    ),
    (
        "obituary-iranian-labour-activist-died-in-custody",
        "Hamid Sohrabi, labour activist who died in an Iranian prison, 1968-2026",
        article(
            "Hamid Sohrabi, a bus drivers' union organiser who spent much of the last decade "
            "behind bars, died on Sunday in Ghezel Hesar prison in Karaj, his family said. He "
            "was 58.",
            "The judiciary said he died of a heart attack. His daughter, Parisa, said he had "
            "complained of chest pains for weeks and had been refused a transfer to a "
            "hospital outside the prison.",
            "Born in Tehran to a family of textile workers, Sohrabi drove a bus for 25 years "
            "and became known in the 2000s for organising strikes over unpaid wages.",
            "He was first arrested in 2018 after a strike that paralysed the capital's bus "
            "network and was sentenced in 2019 to five years for acting against national "
            "security. Released on bail in 2020 during the pandemic, he was returned to "
            "prison a year later.",
            "In 2023 he refused food for 40 days to protest the conditions of his detention. "
            "He was detained again in June 2025 after he spoke at a workers' rally, and a "
            "Revolutionary Court sentenced him in January to seven years.",
            "Fellow prisoners said guards had beaten him during his interrogation and that he "
            "was kept in solitary confinement for months.",
            "Amnesty International called for an independent investigation into his death. "
            "He is survived by his wife, his daughter and two grandchildren.",
        ),
        {
            ("sohrabi", "died", True),
            ("sohrabi", "detained", False),
            ("sohrabi", "sentenced", False),
            ("sohrabi", "released", False),
            ("sohrabi", "hunger_strike", False),
            ("sohrabi", "ill_treatment", False),
        },
        {
            ("sohrabi", "ill_treatment", True),
            ("sohrabi", "trial", False),
        },
    ),
]

# A ninth round, in genres the rounds above do not cover (an op-ed, a wire story on a mass
# trial, a prisoner exchange across several countries, a journalist's family targeted, a
# verdict read in a foreign court with translated quotes), written and labelled before it
# was first run
NINTH_ROUND: list[Row] = [
    (
        "op-ed-free-vietnamese-environmentalist",
        "Opinion: Hanoi should let Pham Quoc Hung go home",
        article(
            "For six years the Vietnamese engineer Pham Quoc Hung has paid for one habit: "
            "measuring things. He measured the fish that washed up dead along the central "
            "coast, the chemicals in the water and the silence of officials, and he wrote "
            "it all down on a blog read by farmers and fishermen.",
            "Security police took him from his home in Vinh in the early hours of a morning "
            "in May 2020. He was accused of making propaganda against the state, a charge "
            "that in Vietnam covers almost anything written without permission. His family "
            "did not learn where he was for five months.",
            "A people's court in Nghe An tried him in a single day in November 2021 and gave "
            "him nine years. An appeal court confirmed the sentence the following spring in a "
            "hearing his wife was not allowed to attend.",
            "Hung has not bent. In 2023 he stopped eating for three weeks to demand the right "
            "to read newspapers, and fellow inmates later said guards had beaten him for "
            "it. He now suffers from a chronic lung infection.",
            "Last week the authorities moved him again, to a camp in Thanh Hoa more than 300 "
            "kilometres from his family, a journey his elderly mother can no longer make.",
            "Hanoi wants to be seen as a partner on climate. It cannot be one while a man "
            "who warned about poisoned water sits in a cell. Vietnam's leaders should release "
            "Pham Quoc Hung now, and Europe's trade negotiators should say so out loud.",
            "The writer is a marine biologist who worked with Hung on water sampling in 2016.",
        ),
        {
            ("pham", "transferred", True),
            ("pham", "detained", False),
            ("pham", "charged", False),
            ("pham", "trial", False),
            ("pham", "sentenced", False),
            ("pham", "appeal_rejected", False),
            ("pham", "hunger_strike", False),
            ("pham", "ill_treatment", False),
        },
        {("pham", "transferred", False)},
    ),
    (
        "wire-cameroon-military-court-mass-trial",
        "Cameroon military court jails 14 over separatist 'plot'",
        article(
            "YAOUNDE, Oct 13 (AFP) - A military court in Yaounde on Monday sentenced 14 people "
            "to prison terms of between two years and life over what prosecutors called a "
            "separatist plot in the country's English-speaking regions, and acquitted three.",
            "The alleged leader, the schoolteacher Emmanuel Nkwenti, was given life for "
            "secession and terrorism. His deputy, Samuel Achu, received 25 years, and the "
            "group's treasurer, Florence Ndi, 20 years.",
            "Seven men described as couriers were handed ten years each, among them a taxi "
            "driver, Peter Nkwenti, who shares a surname with the leader but is not related "
            "to him, according to court documents. Four others were jailed for two years "
            "for failing to report a crime.",
            "The nurse Grace Fomba, accused of treating wounded fighters, was cleared of all "
            "charges, as were two farmers from Bamenda. Her husband, Daniel Fomba, was among "
            "the couriers and got ten years.",
            "The defendants were arrested in a series of raids in early 2024 and held for "
            "months at a gendarmerie base, where several said they were tortured. Nkwenti told "
            "the court in July that interrogators had hung him by his arms for hours.",
            '"This was a trial of civilians by soldiers," said defence lawyer Alice Nkongho, '
            "who said all the convicted would appeal.",
            "Cameroon's Anglophone conflict has killed more than 6,000 people since 2017.",
        ),
        {
            ("nkwenti", "sentenced", True),
            ("nkwenti", "detained", False),
            ("nkwenti", "ill_treatment", False),
            ("fomba", "acquitted", True),
            ("fomba", "detained", False),
        },
        {
            ("nkwenti", "trial", True),
            ("nkwenti", "trial", False),
            ("nkwenti", "charged", False),
            ("fomba", "trial", True),
            ("fomba", "charged", False),
            ("fomba", "ill_treatment", False),
        },
    ),
    (
        "prisoner-exchange-several-countries",
        "Five freed in swap brokered by Turkey and the UAE",
        article(
            "ANKARA -- Five people held in Russia and Belarus were flown to Ankara on Saturday "
            "in an exchange that also sent two Russians convicted of espionage in Poland and "
            "Norway back to Moscow, the Turkish intelligence agency said.",
            "Among those freed was Andrei Kuzmin, a Russian journalist who had been serving "
            "eight years for reports on the war. He was arrested in Yekaterinburg in 2023 and "
            "convicted the following year. From Ankara he flew on to Berlin, where his wife "
            "lives.",
            "Belarus handed over the activist Natalia Orlik, who was pardoned by President "
            "Lukashenko on the eve of the exchange and driven to Minsk airport straight from "
            "a women's colony in Homiel. Orlik had been jailed in 2021 for taking part in "
            "protests.",
            "The other three were a German student, a dual Russian-American citizen and a "
            "Polish lorry driver. In return, Poland and Norway released two men and the United "
            "Arab Emirates freed a Russian businessman held on fraud charges.",
            "Not on the list was the Belarusian lawyer Sergei Krivets, whose family had hoped "
            "he would be included. Krivets, sentenced to 11 years in 2022, remains in a colony "
            'in Mahiliou. "We were told he refused to sign a request for a pardon," his '
            "sister said.",
            "It was the third exchange involving Russia in two years.",
        ),
        {
            ("kuzmin", "released", True),
            ("kuzmin", "fled", True),
            ("kuzmin", "detained", False),
            ("kuzmin", "sentenced", False),
            ("orlik", "pardoned", True),
            ("orlik", "fled", True),
            ("orlik", "sentenced", False),  # "jailed in 2021 for taking part in protests"
            ("krivets", "sentenced", False),
        },
        {
            ("orlik", "transferred", True),
            ("kuzmin", "trial", False),
            # made optional after the first run: a release that is the pardon the article
            # names is that pardon (event_tidy; the class of "pardoned 14 prisoners ... Among
            # those freed was X" above)
            ("orlik", "released", True),
        },
    ),
    (
        "exiled-journalist-family-detained",
        "Pakistani police detain father and brothers of exiled reporter",
        article(
            "LAHORE -- Police in Lahore detained the father and two brothers of the exiled "
            "journalist Saima Qureshi in a night raid on the family home on Sunday, hours "
            "after she published an investigation into land grabs by a retired general.",
            "Qureshi, who has lived in London since 2023, said officers in plain clothes "
            "broke down the door, confiscated phones and took the three men away without a "
            "warrant. Her father, Anwar Qureshi, is 71 and has diabetes.",
            '"They cannot reach me, so they take my family," Qureshi said in a video '
            'message. "My brothers have nothing to do with my work."',
            "One brother, Bilal Qureshi, was produced before a magistrate on Tuesday and "
            "charged with sedition. The whereabouts of the other two remained unknown.",
            "Qureshi left Pakistan after she was charged under the cybercrime law over a "
            "series of reports on enforced disappearances. A court in Islamabad declared her "
            "a proclaimed offender in absentia last year.",
            "The Committee to Protect Journalists called the detentions collective "
            "punishment and urged the authorities to release the three men at once.",
        ),
        {
            ("qureshi", "fled", False),
            ("qureshi", "charged", False),
        },
        NONE,
    ),
    (
        "algiers-verdict-translated-quotes",
        "Algerian court sentences journalist Karim Bensalem to three years",
        article(
            "ALGIERS -- The court of Sidi M'hamed in Algiers found the journalist Karim "
            "Bensalem guilty on Monday of undermining national unity and sentenced him to "
            "three years in prison, one of them suspended.",
            'Reading the verdict in Arabic, the presiding judge said: "The court finds the '
            'accused guilty of the acts attributed to him and orders his imprisonment." '
            "Bensalem, standing in the dock, did not react.",
            "He was arrested on the 14th of June at his office, and charged the following "
            "Monday by an investigating judge who ordered him held in El Harrach prison. His "
            "trial opened on the 21st of September and was adjourned on the 28th; the verdict, "
            "first due on the 5th, was put back by a week.",
            '"My son wrote the truth," his mother, Fatiha Bensalem, told reporters in '
            'French outside the court. "They punish him for words."',
            "His lawyer, Maitre Nadia Ait Ali, said they would appeal within the ten days the "
            'law allows. "The file is empty," she said, according to a translation '
            "provided by her office.",
            "Bensalem, 44, had already spent two months in custody in 2019 during the Hirak "
            "protest movement.",
        ),
        {
            ("bensalem", "sentenced", True),
            ("bensalem", "detained", False),
            ("bensalem", "charged", False),
            ("bensalem", "trial", True),
        },
        {
            ("bensalem", "trial", False),
        },
    ),
]

# A tenth round, in shapes of real coverage the rounds above lack: a mass "conspiracy"
# verdict with a list of defendants and their roles, a Gulf hunger striker quoted through
# his daughter, preventive detention and a move to a distant jail, a blogger abducted
# abroad and shown in custody at home, an opposition leader re-arrested after a pardon, and
# an NGO statement listing the jailed staff of one outlet. Watched names are spelt as NGO
# lists spell them, not as the articles do; namesakes (an official, a relative, a
# co-defendant) carry watched surnames. Labelled and committed before the first run.
TENTH_ROUND: list[Row] = [
    (
        "tunis-conspiracy-mass-verdict",
        "Tunisian court jails 37 in 'conspiracy' case, with terms of up to 66 years",
        article(
            "TUNIS, Oct 13 (Reuters) - A Tunisian court sentenced 37 opposition figures, "
            "lawyers and businessmen to prison terms of between four and 66 years in the early "
            "hours of Tuesday in a mass trial over an alleged plot against state security, "
            "defence lawyers said, in a case that critics of the president call an attempt to "
            "silence his opponents.",
            "The heaviest term, 66 years, went to the businessman Slim Bouzgarrou, who is "
            "accused of financing the group. Most of the other defendants received between "
            "12 and 33 years for forming a conspiracy and belonging to a terrorist group; "
            "22 of them were tried in absentia.",
            "Mourad Ferchichi, 61, a former secretary general of a centrist party who was "
            "arrested in a dawn raid on his home in February 2023 along with several of the "
            "other defendants, was sentenced to 33 years. He was not in court: he and five "
            "other detained defendants refused to attend after the judge ruled that they "
            "would appear only by video link from prison.",
            "The lawyer Samia Ben Hamouda, who defended several of the accused before she was "
            "herself charged in the case in May 2023, received 18 years. She had been freed "
            "pending trial last year and attended the final hearing in person; police took her "
            "into custody in the courtroom after the verdict was read, her colleagues said.",
            "Hatem Laabidi, a university professor who left Tunisia for France in 2023 and "
            'has been granted asylum there, was sentenced in absentia to 20 years. "I was '
            'sentenced for meetings over coffee," he wrote on Facebook.',
            "The activist Rim Dridi was one of four defendants acquitted. Dridi, who spent 19 "
            "months in pretrial detention before a judge released her under a travel ban in "
            "September last year, embraced her mother outside the court.",
            "The trial opened in March and was held over six hearings, at which the judges "
            "heard no witnesses and the defence was not allowed to question the two anonymous "
            "informants on whose statements the case largely rests.",
            'Defence lawyers said they would appeal. "This verdict was written before the '
            'trial," said Ayoub Gharbi, who represents Ferchichi. The appeal court is expected '
            "to take up the case early next year, and the detained defendants will stay in "
            "prison until then.",
            "Ferchichi has gone on hunger strike twice in detention, most recently for 22 days "
            'in April, his son Youssef said. "My father has a heart condition. Thirty-three '
            'years is a death sentence," he said.',
            "The interior minister, Kamel Ferchichi, who is not related to the defendant, said "
            "on television that the security services had foiled a plan to starve the people "
            "and that the courts had done their job.",
            "Several of the defendants had been prosecuted before. Ben Hamouda was handed a "
            "six-month suspended sentence in 2024 over remarks on a radio programme, and "
            "Ferchichi was questioned in 2022 over his party's funding but not charged.",
            "The U.N. human rights office said the trial fell short of fair trial standards and "
            "called on the authorities to release everyone held for exercising their rights. "
            "The foreign ministry rejected the criticism as interference in Tunisia's affairs.",
        ),
        {
            ("ferchichi", "sentenced", True),
            ("ferchichi", "detained", False),
            ("ferchichi", "hunger_strike", False),
            ("benhamouda", "sentenced", True),
            ("benhamouda", "detained", True),
            ("benhamouda", "charged", False),
            ("benhamouda", "released", False),
            ("benhamouda", "sentenced", False),
            ("laabidi", "sentenced", True),
            ("laabidi", "fled", False),
            ("dridi", "acquitted", True),
            ("dridi", "released", False),
        },
        {
            ("ferchichi", "trial", False),
            ("benhamouda", "trial", False),
            ("laabidi", "trial", False),
            ("dridi", "trial", False),
            ("dridi", "detained", False),
        },
    ),
    (
        "gulf-hunger-striker-daughter-hospital",
        "Jailed Bahraini activist taken to hospital on 24th day of hunger strike",
        article(
            "DUBAI -- A jailed Bahraini rights activist who has refused food for more than "
            "three weeks was taken from Jau prison to a military hospital on Sunday after he "
            "collapsed in his cell, his daughter said on Tuesday.",
            "Jafar Mahfoudh, 64, is serving a life sentence handed down by a military court in "
            "2011 for his role in the pro-democracy protests of that year. He began his hunger "
            "strike on September 20 in protest at the confiscation of his books and the "
            "refusal of prison authorities to let him see a cardiologist, according to his "
            "family.",
            '"My father could hardly stand when they let him call us last week," his daughter, '
            'Zahra Mahfoudh, said from London, where she lives. "He has lost 14 kilograms. '
            'They are waiting for him to die quietly."',
            "She said a nurse at the hospital had told the family that he was on a glucose "
            "drip and had agreed to take sugar and salt but no food. She was not allowed to "
            "speak to him.",
            "On Tuesday evening he was returned to the prison clinic, the London-based Gulf "
            "Prisoners Forum said, citing a relative who had been allowed a short visit.",
            "Bahrain's interior ministry said in a statement that the inmate was receiving all "
            "necessary medical care and that reports that he had been denied treatment were "
            "false. It did not say whether he was on hunger strike.",
            "Mahfoudh was arrested in April 2011 at his home in Sitra by masked security "
            "officers. His family said he was held incommunicado for two months, during which "
            "he was beaten and deprived of sleep. An appeals court upheld his life sentence in "
            "2012, and the Court of Cassation confirmed it the following year.",
            "Zahra Mahfoudh was herself arrested at a protest in 2014 and held for a month "
            "before she left the country. Bahrain stripped her of her citizenship in 2015, and "
            "she now campaigns for her father's release from Britain.",
            "He has refused food before: in 2019 he went without food for 30 days and ended "
            "the strike after the authorities allowed family visits through glass to resume.",
            "Fifteen U.N. experts called in August for his release on humanitarian grounds, "
            "citing his age and his heart condition. Bahrain freed more than 1,500 prisoners "
            "under a royal pardon in 2024, but Mahfoudh was not among them.",
            "His daughter said she would hold a vigil outside the Bahraini embassy in London "
            'on Friday. "I have not hugged my father in eleven years," she said.',
        ),
        {
            ("mahfoodh", "hunger_strike", True),
            ("mahfoodh", "transferred", True),
            ("mahfoodh", "ill_treatment", True),
            ("mahfoodh", "sentenced", False),
            ("mahfoodh", "detained", False),
            ("mahfoodh", "ill_treatment", False),
            ("mahfoodh", "appeal_rejected", False),
            ("mahfoodh", "hunger_strike", False),
        },
        NONE,
    ),
    (
        "kashmir-preventive-detention-distant-jail",
        "Kashmir rights activist held under preventive detention law, flown to jail in "
        "Uttar Pradesh",
        article(
            "SRINAGAR, India -- Police in Indian-administered Kashmir have detained a prominent "
            "human rights defender under the Public Safety Act, a preventive detention law "
            "that allows the authorities to hold people for up to two years without trial, and "
            "moved him to a prison in Uttar Pradesh more than 800 km away, his family said on "
            "Tuesday.",
            "Showkat Ahmed Mir, 47, who documents enforced disappearances for the Kashmir "
            "Civil Liberties Forum, was picked up from his home in Srinagar late on Thursday. "
            "He was held at a police station for two days before he was served the detention "
            "order on Saturday and flown to the central jail in Agra the same night, his wife, "
            "Rubeena, said.",
            '"We came to know where he was only when a lawyer called us from Agra," she said. '
            '"How will his old mother visit him there?"',
            "The detention dossier, a copy of which we have seen, calls Mir a constant threat "
            "to public order and cites social media posts and two old police cases. The "
            "district magistrate who signed the order, Nazir Ahmad Mir, is not related to him.",
            "Mir has not been charged with any crime. Under the law, an advisory board must "
            "review the detention within weeks, and it can be extended for up to two years "
            "without a court hearing evidence.",
            "A police spokesman said the detention had been ordered on the basis of credible "
            "inputs and denied that it was linked to the activist's human rights work.",
            "It is the second time Mir has been held under the law. He was detained in August "
            "2019, when the authorities stripped the region of its semi-autonomous status, and "
            "spent eight months in a jail in Varanasi before the High Court quashed the order "
            "and he was released in April 2020.",
            "In 2022 the National Investigation Agency raided his office and seized laptops. "
            "His colleague, the lawyer Parvez Bhat, was arrested in that case and remains in "
            "jail.",
            "His brother, Irfan Mir, a schoolteacher, was questioned for several hours at the "
            "same police station on Friday and allowed to go home.",
            "Rubeena Mir said the family would challenge the order with a habeas corpus "
            "petition in the High Court this week. Amnesty International called on the "
            "authorities to release him immediately and to stop using preventive detention as "
            "a revolving door against critics.",
        ),
        {
            ("mir", "detained", True),
            ("mir", "transferred", True),
            ("mir", "detained", False),
            ("mir", "released", False),
        },
        {("mir", "charges_dropped", False)},
    ),
    (
        "blogger-abducted-abroad-shown-in-custody-home",
        "Missing Tajik blogger appears in Dushanbe custody two weeks after vanishing in Bishkek",
        article(
            "BISHKEK -- A Tajik opposition blogger who disappeared in the Kyrgyz capital two "
            "weeks ago has turned up in the custody of Tajikistan's security service, which "
            "said on Tuesday that he had been detained while trying to cross the border "
            "illegally.",
            "Sukhrob Rahmonzoda, 36, left his rented flat in Bishkek on the morning of "
            "September 29 to meet a man who had offered him work, his wife, Mehrangez, said. "
            "His phone went silent an hour later. Neighbours told her they had seen two men "
            "push a man into a grey minivan nearby.",
            "On Monday night Tajik state television broadcast a three-minute video in which "
            "Rahmonzoda, looking thin and with a bruise under his left eye, said he had come "
            'home of his own will and asked the president for forgiveness. "That is not my '
            'husband speaking, that is fear," his wife said.',
            "The State Committee for National Security said in a statement that Rahmonzoda had "
            "been charged with public calls to overthrow the constitutional order and was being "
            "held in its pretrial detention centre in Dushanbe. It did not say when he was "
            "detained.",
            "Kyrgyz police said they had opened a missing-person case and denied any "
            "involvement in his removal. The Kyrgyz foreign ministry declined to comment.",
            "Rahmonzoda fled Tajikistan in 2019 after police searched his home over videos "
            "criticising the president's family, and he was sentenced in absentia to nine "
            "years in prison in 2021. Tajikistan asked Kyrgyzstan to extradite him in 2023, "
            "but a Bishkek court refused.",
            "Rights groups say at least ten Tajik dissidents have been abducted or forcibly "
            'returned from Russia, Turkey and other countries since 2015. "This is '
            'transnational repression in plain sight," said a researcher at one of them.',
            "The deputy prosecutor general, Jamshed Rahmonzoda, who is not related to the "
            "blogger, told reporters that the case would go to court soon and that the "
            "defendant faced up to 15 years.",
            "His wife, who has a Kyrgyz residence permit, said she feared that she too could "
            "be sent back. Rahmonzoda's brother, Bahodur, was sentenced to three years in 2022 "
            "for failing to report the blogger's activities.",
        ),
        {
            ("rahmonzoda", "detained", True),
            ("rahmonzoda", "charged", True),
            ("rahmonzoda", "fled", False),
            ("rahmonzoda", "sentenced", False),
        },
        {("rahmonzoda", "fled", True), ("rahmonzoda", "ill_treatment", True)},
    ),
    (
        "opposition-leader-rearrested-after-pardon",
        "Tanzanian opposition leader re-arrested seven months after her release",
        article(
            "DAR ES SALAAM -- Tanzanian police arrested the opposition leader Halima "
            "Mwakasege at a rally in the northern town of Arusha on Saturday, seven months "
            "after she walked out of prison under a presidential pardon, her party said.",
            "Officers fired tear gas to disperse several thousand supporters before pulling "
            "Mwakasege, 52, from the stage. Her husband, Joseph Mwakasege, who tried to shield "
            "her, was also detained, and was released on bail late on Sunday. Party officials "
            "said she was slapped and kicked in the police vehicle, an account the police "
            "denied.",
            "On Monday she was charged at a magistrate's court in Arusha with unlawful "
            "assembly and incitement and remanded in custody until October 26. The magistrate "
            "refused bail, saying she might repeat the offence.",
            "Mwakasege, who leads the Democratic Alliance for Change, was first arrested in "
            "July 2022 after she called for a boycott of local elections. A year later a court "
            "in Dar es Salaam convicted her of sedition and sentenced her to four years in "
            "prison, a sentence the High Court upheld in 2024. She served 20 months in Segerea "
            "prison before the president pardoned her in March.",
            '"They released her to look good to donors, and now they take her back because '
            "she fills stadiums,\" said the party's secretary general, Tumaini Mollel.",
            "Police spokesman Amani Kilewo said the rally had not been authorised and that "
            "the opposition leader would face the law like any other citizen.",
            "While in prison in 2023 she was held in solitary confinement for three months "
            "and went on hunger strike for nine days, her lawyers said at the time.",
            "Her lawyer, Peter Massawe, said they would apply to the High Court for bail this "
            "week. The United States and the European Union called for her release.",
            "Tanzania holds general elections next year, and Mwakasege has said she will run "
            "for president.",
        ),
        {
            ("mwakasege", "detained", True),
            ("mwakasege", "charged", True),
            ("mwakasege", "ill_treatment", True),
            ("mwakasege", "detained", False),
            ("mwakasege", "sentenced", False),
            ("mwakasege", "appeal_rejected", False),
            ("mwakasege", "pardoned", False),
            ("mwakasege", "hunger_strike", False),
        },
        {
            ("mwakasege", "ill_treatment", False),
            ("mwakasege", "trial", False),
            # after the first run: a release by pardon is a pardon, the release optional, as
            # in the rounds above ("walked out of prison under a presidential pardon")
            ("mwakasege", "released", False),
        },
    ),
    (
        "ngo-statement-six-journalists-one-outlet",
        "Azerbaijan: free the six jailed journalists of Kanal Deniz",
        article(
            "PARIS, 14 October 2026 -- The Media Freedom Network calls on the Azerbaijani "
            "authorities to release the six staff members of the independent online "
            "broadcaster Kanal Deniz who are behind bars, after a Baku court on 8 October "
            "sentenced its editor-in-chief to nine years in prison and police arrested a sixth "
            "member of its team the following day.",
            "The six are:",
            "Sevinj Mammadova, editor-in-chief. Arrested on 20 November 2025 and charged with "
            "currency smuggling after police said they had found 40,000 euros in the outlet's "
            "office. Sentenced on 8 October 2026 by the Baku Grave Crimes Court to nine years.",
            "Farid Gahramanli, investigative reporter. Arrested on 20 November 2025 and held "
            "in pretrial detention since. His trial, together with that of Nigar Hasanova, "
            "opened on 23 September; the next hearing is set for 21 October.",
            "Nigar Hasanova, reporter. Arrested on 20 November 2025; on trial since 23 September.",
            "Ramin Jabrayilov, cameraman. Arrested on 6 December 2025 at his home in Sumgayit. "
            "On 2 October he was transferred to Baku pretrial detention centre No. 1 after "
            "complaining that guards at the Sumgayit centre had beaten him.",
            "Elmira Huseynli, producer. Arrested on 14 March 2026 and charged with tax "
            "evasion; in pretrial detention.",
            "Tural Mammadov, driver and technician. Arrested on 9 October 2026 at Baku airport "
            "as he returned from Tbilisi, charged the next day with smuggling and remanded for "
            "four months.",
            'All six deny the charges. "These are journalists, not smugglers," said the '
            "network's Europe director. \"Their only crime was to investigate how public money "
            'is spent."',
            "Mammadova, 41, had already been detained for 30 days in 2019 after she filmed a "
            "protest in Baku. Her lawyer said she would appeal the verdict. Gahramanli went on "
            "hunger strike for 16 days in May; his wife said he ended it after prison officials "
            "let him see his son.",
            "The network urges the Court of Appeal to overturn Mammadova's conviction and the "
            "authorities to drop the charges against the five others.",
            "Kanal Deniz was founded in 2016. Its founder, Zaur Gahramanli, Farid's elder "
            "brother, left Azerbaijan in 2017 and was sentenced in absentia in 2024 to seven "
            "years.",
        ),
        {
            ("mammadova", "sentenced", True),
            ("mammadova", "detained", False),
            ("mammadova", "charged", False),
            ("gahramanli", "detained", False),
            ("gahramanli", "trial", True),
            ("gahramanli", "hunger_strike", False),
            ("jabrayilov", "detained", False),
            ("jabrayilov", "transferred", True),
            ("jabrayilov", "ill_treatment", True),
        },
        NONE,
    ),
]

# The people each tenth-round article names, and the namesakes it must not read as them:
# (person id, a namesake's words in the text)
TENTH_NAMED: dict[str, tuple[set[str], list[tuple[str, str]]]] = {
    "tunis-conspiracy-mass-verdict": (
        {"ferchichi", "benhamouda", "laabidi", "dridi"},
        [("ferchichi", "Kamel Ferchichi")],
    ),
    "gulf-hunger-striker-daughter-hospital": (
        {"mahfoodh"},
        [("mahfoodh", "Zahra Mahfoudh")],
    ),
    "kashmir-preventive-detention-distant-jail": (
        {"mir"},
        [("mir", "Nazir Ahmad Mir"), ("mir", "Irfan Mir"), ("mir", "Rubeena Mir")],
    ),
    "blogger-abducted-abroad-shown-in-custody-home": (
        {"rahmonzoda"},
        [("rahmonzoda", "Jamshed Rahmonzoda")],
    ),
    "opposition-leader-rearrested-after-pardon": (
        {"mwakasege"},
        [("mwakasege", "Joseph Mwakasege")],
    ),
    "ngo-statement-six-journalists-one-outlet": (
        {"mammadova", "gahramanli", "jabrayilov"},
        [("mammadova", "Tural Mammadov"), ("gahramanli", "Zaur Gahramanli")],
    ),
}

# Two more, written and labelled after the tenth round's classes were fixed and committed
# before their first run: a mass re-trial of people already jailed for the same acts, and a
# pardon list read out by a president's office (a Belarusian name in its Russian spelling)
TENTH_FRESH: list[Row] = [
    (
        "gulf-mass-retrial-of-prisoners",
        "UAE court hands life terms to 43 in second trial of jailed dissidents",
        article(
            "ABU DHABI -- A court in Abu Dhabi on Monday sentenced 43 people to life in prison "
            "in a second mass trial over an alleged secret organisation, rights groups said, "
            "although most of them had already served, or were still serving, sentences "
            "imposed in 2013 for the same activities.",
            "Among those given life terms was the human rights lawyer Mansoor Al Zaabi, 67, who "
            "was arrested in 2012 and sentenced to ten years in the original trial. He should "
            "have been released in 2022 but was kept in prison under a counter-extremism rule "
            "that allows the authorities to hold prisoners they deem a threat after their terms "
            "end.",
            "Ten other defendants received terms of 10 to 15 years, and 24 were acquitted or had "
            "the cases against them dismissed, according to a statement carried by the state "
            "news agency. The statement named none of the defendants.",
            "The academic Hamad Al Nuaimi, who finished his ten-year term in 2022 and was "
            "released, was not tried again, his family said. His son, Saif Al Nuaimi, a student "
            "who was arrested last year, was among those sentenced to 15 years.",
            "The trial opened in December 2023 and was held behind closed doors. Defendants told "
            "the court they had been kept in solitary confinement for long periods, and several "
            "said they had been beaten. Al Zaabi's daughter said her father told her during a "
            "telephone call in March that guards had denied him his heart medication for a "
            "week.",
            'The defendants can appeal to the Federal Supreme Court. "Trying people twice for '
            'the same thing is a mockery of justice," said a researcher at a Gulf rights group. '
            "The authorities say the defendants set up a secret organisation to commit acts of "
            "violence, a charge they deny.",
            "In 2013, 69 people were convicted in the original case, which rights groups called "
            "the largest political trial in the country's history.",
        ),
        {
            ("zaabi", "sentenced", True),
            ("zaabi", "detained", False),
            ("zaabi", "sentenced", False),
            ("zaabi", "ill_treatment", False),
            ("nuaimi", "released", False),
        },
        {
            ("zaabi", "trial", False),
            ("zaabi", "trial", True),
            ("nuaimi", "sentenced", False),
        },
    ),
    (
        "pardon-list-read-by-presidents-office",
        "Belarus leader pardons 31, names 14 on state television",
        article(
            "MINSK -- Belarusian President Alexander Lukashenko has pardoned 31 people convicted "
            "of what the authorities call extremist crimes, his press service said on Tuesday, "
            "reading out the names of 14 of them on state television.",
            "Those on the list include Yelena Sokolovskaya, a 52-year-old schoolteacher from "
            "Hrodna who was sentenced in 2022 to six years in a penal colony over comments in a "
            "chat group. Her husband said she was released from the women's colony in Homiel "
            "on Wednesday morning and travelled home by train.",
            '"She did not write a petition. They just came and told her to pack," he said by '
            "telephone.",
            "The list also included Pavel Sokolovsky, a retired engineer who is not related to "
            "her, and 12 people the press service described only as having repented.",
            "The human rights centre Viasna said that at least 1,100 people remained in prison "
            "on political grounds. Not among those pardoned was the journalist Tatsiana "
            "Lutsevich, who has been held incommunicado since early 2024 and whose family has "
            "had no news of her for more than a year. Lutsevich was sentenced to ten years in "
            "2023 for treason.",
            "Lukashenko has pardoned more than 300 people jailed on political grounds since July "
            "2024, many of them ill or elderly, as he seeks better ties with Washington. "
            "Several of those freed were made to leave the country at once.",
        ),
        {
            ("sakalouskaya", "pardoned", True),
            ("sakalouskaya", "sentenced", False),
            ("lutsevich", "sentenced", False),
        },
        {("sakalouskaya", "released", True), ("lutsevich", "detained", False)},
    ),
]

TENTH_FRESH_NAMED: dict[str, tuple[set[str], list[tuple[str, str]]]] = {
    "gulf-mass-retrial-of-prisoners": ({"zaabi", "nuaimi"}, [("nuaimi", "Saif Al Nuaimi")]),
    "pardon-list-read-by-presidents-office": (
        {"sakalouskaya", "lutsevich"},
        [("sakalouskaya", "Pavel Sokolovsky")],
    ),
}

# Classes still read wrongly, kept in view: the test fails once one of them is read right.
NOT_YET: dict[str, str] = {}

# Tenth-round articles whose people or namesakes are still read wrongly
NOT_YET_NAMED: dict[str, str] = {}

# a lead of a mass trial, for class examples told in the article's body
LEAD = "A court ruled on Tuesday in a mass trial. Dozens were convicted. Others were acquitted."

# The classes fixed after the first run, each with an example and a counter-example
CLASSES: list[tuple[str, Events]] = [
    # a word for people ("petitioners") is no petition, so no request
    (
        "Li Wenhua, who represented petitioners and farmers, was released on Monday.",
        {("li", "released", True)},
    ),
    (  # counter-example: a petition is a request
        "Li Wenhua's wife petitioned the court on Monday to release him.",
        NONE,
    ),
    # "walked out of Stanley Prison": a prison named before the word
    ("Chan Ho-yin walked out of Stanley Prison on Tuesday.", {("chan", "released", True)}),
    (  # counter-example: a room of the prison, and someone else
        "Chan Ho-yin's mother walked out of the prison visiting room on Tuesday.",
        NONE,
    ),
    # a name before an active verb with people as its object acts; nothing happens to it
    (
        "Rauf Aliyev was jailed in 2020. In May, Aliyev pardoned 154 people.",
        {("aliyev", "detained", False)},
    ),
    (
        "Rauf Aliyev was jailed in 2020. Aliyev freed dozens of prisoners on Monday.",
        {("aliyev", "detained", False)},
    ),
    (  # counter-example: a headline's name and participle, no people after it
        "Rauf Aliyev freed on Monday",
        {("aliyev", "released", True)},
    ),
    # a date in a participle's clause after the verb is that clause's
    (
        "An Istanbul court on Tuesday acquitted the journalist Deniz Yildirim, ending a case "
        "that began a decade ago.",
        {("yildirim", "acquitted", True)},
    ),
    (  # counter-example: the verb's own date, before the clause
        "Deniz Yildirim was acquitted in 2019, ending his first trial.",
        {("yildirim", "acquitted", False)},
    ),
    # a verb chained to an unwatched subject is theirs, not a pronoun's between
    (
        "Deniz Yildirim was acquitted on Tuesday. His brother was detained in April after he "
        "spoke to reporters, and was released without charge.",
        {("yildirim", "acquitted", True)},
    ),
    (  # counter-example: the watched subject's own chain
        "Deniz Yildirim was detained in April after he spoke to reporters, and was released "
        "without charge.",
        {("yildirim", "detained", False), ("yildirim", "released", False)},
    ),
    # a ban that runs "for three years after his release" names a release still to come
    (
        "Timur Rakhimov was sentenced on Monday to seven years and barred from blogging for "
        "three years after his release.",
        {("rakhimov", "sentenced", True)},
    ),
    (  # counter-example: a span after a release that happened
        "Timur Rakhimov was jailed on Monday. He was under police surveillance for two years "
        "after his release in 2015.",
        {("rakhimov", "detained", True), ("rakhimov", "released", False)},
    ),
    # "called on X to quash the verdict and release Y": a request
    ("Amnesty called on the authorities to quash the verdict and release Timur Rakhimov.", NONE),
    (  # counter-example: a report of the release (and "Amnesty" the group, no amnesty)
        "Amnesty said the authorities released Timur Rakhimov on Monday.",
        {("rakhimov", "released", True)},
    ),
    # a quote's "my client" is not who speaks it, in the same sentence or the next
    (
        'Li Wenhua was freed on Sunday. "My client was sentenced to 11 years last month," he said.',
        {("li", "released", True)},
    ),
    (
        "Li Wenhua was freed on Sunday. 'We are glad,' Li told reporters. 'My client was "
        "jailed last month.'",
        {("li", "released", True)},
    ),
    (  # counter-example: the lawyer's "my client" is the one whose lawyer speaks
        "Li Wenhua was detained in 2021. 'We are worried,' his lawyer told reporters. 'My "
        "client was beaten in custody last week.'",
        {("li", "detained", False), ("li", "ill_treatment", True)},
    ),
    # "Among those freed was X": one of the group the sentence before pardoned and expelled
    (
        "Belarus has pardoned 14 prisoners, and they were driven to the Lithuanian border on "
        "Monday. Among those freed was Ales Kavaleuski, a historian.",
        {("kavaleuski", "pardoned", True), ("kavaleuski", "fled", True)},
    ),
    (  # counter-example: among those still held, no release
        "Belarus has pardoned 14 prisoners. Among those still held is Ales Kavaleuski.",
        NONE,
    ),
    # a bare participle in a list after a passive verb shares its subject
    (
        "Li Wenhua was detained in 2021. He was formally charged with subversion in 2022, "
        "tried behind closed doors in 2023 and sentenced in 2024.",
        {
            ("li", "detained", False),
            ("li", "charged", False),
            ("li", "trial", False),
            ("li", "sentenced", False),
        },
    ),
    (  # counter-example: "tried in vain" is no trial
        "Li Wenhua was questioned on Monday, tried in vain to call his lawyer, and went home.",
        NONE,
    ),
    # the charge between a case and its verb: "a case for justifying terrorism was opened"
    (
        "A criminal case for justifying terrorism was opened against Aleksei Voronin on "
        "September 29.",
        {("voronin", "charged", True)},
    ),
    # an undated charge in a relative clause is that of the dated arrest told with it
    (
        "Hossam Abdelrahman, who was charged with joining a terrorist group, was arrested at "
        "his home in Giza on October 8.",
        {("abdelrahman", "charged", True), ("abdelrahman", "detained", True)},
    ),
    (  # counter-examples: a charge dated of its own; a release is not the charges' moment
        "Hossam Abdelrahman, who was charged with extremism in 2019, was arrested on October 8.",
        {("abdelrahman", "charged", False), ("abdelrahman", "detained", True)},
    ),
    (
        "Hossam Abdelrahman, who was charged with extremism, was released on October 8.",
        {("abdelrahman", "charged", False), ("abdelrahman", "released", True)},
    ),
    # "X, once released early from a 2015 prison term, ...": an aside of long ago, and a
    # term named by its year
    (
        "Javier Montilla was freed on Sunday. Montilla, once released early from a 2015 "
        "prison term for organising protests, thanked his supporters.",
        {
            ("montilla", "released", True),
            ("montilla", "parole_granted", False),
            ("montilla", "sentenced", False),
        },
    ),
    (  # counter-example: the news release told again, undated, is no second release
        "Javier Montilla was freed on Sunday. Montilla, who was freed after two years in "
        "custody, thanked his supporters.",
        {("montilla", "released", True)},
    ),
    # "the prison in Y, where he was moved in 2024": the place before the verb
    (
        "Ales Kavaleuski spent eight months in the prison in Mahilyou, where he was moved in 2024.",
        {("kavaleuski", "transferred", False)},
    ),
    (  # counter-example: no place of custody before "where"
        "Ales Kavaleuski taught at a school in Minsk, where he was moved in 2019.",
        NONE,
    ),
    # a lead that describes the person, a short sentence that names no one, then the name
    (
        "A prominent Tajik lawyer was detained in Dushanbe on Monday. Police gave no reason. "
        "Bakhrom Yusupov had defended members of a banned party.",
        {("yusupov", "detained", True)},
    ),
    (  # counter-example: someone else named between them
        "A prominent Tajik lawyer was detained in Dushanbe on Monday. Officers also searched "
        "the home of Davron Saidov. Bakhrom Yusupov said the case was political.",
        NONE,
    ),
    # "has refused food since October 5 to protest her detention": a strike still going on,
    # and her detention a state, not an arrest
    (
        "Maryam Karimi, who has refused food since October 5 to protest her detention, was "
        "taken to a prison hospital on Tuesday.",
        {("karimi", "hunger_strike", True), ("karimi", "transferred", True)},
    ),
    (  # counter-example: a group protests an arrest, the arrest's moment
        "Rights groups protested the detention of Maryam Karimi on October 5.",
        {("karimi", "detained", True)},
    ),
    # a lead after a dateline that describes a scientist, named in the next sentence
    (
        "MOSCOW, Oct 13 (Reuters) - A court on Tuesday sentenced a physicist to 14 years for "
        "treason. Oleg Sorin, 67, denied the charges.",
        {("sorin", "sentenced", True)},
    ),
    (  # counter-example: the next sentence names someone else described as a speaker
        "MOSCOW, Oct 13 (Reuters) - A court on Tuesday sentenced a physicist to 14 years for "
        "treason. Oleg Sorin said the verdict was shameful.",
        NONE,
    ),
    # "flew to Germany two days later": out of the country
    (
        "Kamila Saidova was paroled on October 9 and flew to Germany two days later.",
        {("saidova", "parole_granted", True), ("saidova", "fled", True)},
    ),
    (  # counter-example: a trip she came back from
        "Kamila Saidova flew to Germany for treatment in 2022 and returned in May.",
        NONE,
    ),
    # a negation before "and was denied parole" stays in its own clause
    (
        "Volha Zhuk refused to ask for a pardon and was twice denied parole, in 2024 and 2025.",
        {("zhuk", "parole_denied", False)},
    ),
    (  # counter-example: the negation of the parole's own clause
        "Volha Zhuk was freed on Tuesday. She refused to say whether she was denied parole.",
        {("zhuk", "released", True)},
    ),
    # "X was detained together with ten employees. They were charged": X among them
    (
        "Gulnara Bekova was detained on Monday together with ten employees of the outlet. "
        "They were charged with calling for mass unrest.",
        {("bekova", "detained", True), ("bekova", "charged", True)},
    ),
    (  # counter-example: "they" with no group that holds her
        "Gulnara Bekova was detained on Monday. They were charged with calling for mass unrest.",
        {("bekova", "detained", True)},
    ),
    # sleep deprivation is ill-treatment
    (
        "In 2022 Li Wenhua was interrogated for 14 hours a day and deprived of sleep.",
        {("li", "ill_treatment", False)},
    ),
    # third round: an age between the name and "who"
    (
        "Ana Lucía Barrios, 24, who was arrested last year, spoke to reporters.",
        {("barrios", "detained", False)},
    ),
    (  # counter-example: the age of a relative, whose the "who" is
        "Freddy Navas's son, 24, who was arrested in 2023, spoke to reporters.",
        NONE,
    ),
    # "Among those on the flight were X, 50, who ..., and the student leader Y": the group the
    # sentence before freed and flew out, listed with an age and an aside between
    (
        "The government freed 27 prisoners and put them on a plane to Guatemala on Tuesday. "
        "Among those on the flight were the journalist Freddy Navas, 50, who had been held "
        "since 2023, and the student leader Ana Lucía Barrios.",
        {
            ("navas", "released", True),
            ("navas", "fled", True),
            ("navas", "detained", False),  # (added with "held since": a background detention)
            ("barrios", "released", True),
            ("barrios", "fled", True),
        },
    ),
    (  # counter-example: a flight the sentence before tells no event of
        "A plane left Managua for Guatemala on Tuesday. Among those on the flight was the "
        "journalist Freddy Navas.",
        NONE,
    ),
    # "The trial of four people opened on Monday. ... In the dock are X, Y and Z": the
    # accused of a counted trial, across a short sentence that says no more
    (
        "The trial of four activists opened on Monday in Hrodna. Relatives were kept out. "
        "In the dock are the engineer Siarhei Lapko, 39, the nurse Iryna Savich and the "
        "student Pavel Korzun.",
        {("lapko", "trial", True)},
    ),
    (  # counter-examples: a trial put off; a sentence between that tells its own news
        "The trial of four activists was postponed on Monday. In the dock are the engineer "
        "Siarhei Lapko and the nurse Iryna Savich.",
        NONE,
    ),
    (
        "The trial of four activists opened on Monday in Hrodna. Police detained a reporter "
        "outside. In the dock are the engineer Siarhei Lapko and the nurse Iryna Savich.",
        NONE,
    ),
    # release ordered, "but she was not let out of jail": no release
    (
        "A court on Monday ordered the release on bail of Leyla Gasimova, held for ten months "
        "on smuggling charges, but she was not let out of jail because of a second case.",
        NONE,
    ),
    (  # counter-example: let out after the order
        "A court on Monday ordered the release on bail of Leyla Gasimova, held for ten months "
        "on smuggling charges, and she was let out of jail an hour later.",
        {("gasimova", "released", True)},
    ),
    # "the clothes I was arrested in": a relative clause with no "that", its preposition
    # left at its end, tells what a thing is, not the news
    (
        'Freddy Navas landed in Guatemala on Tuesday. "I still wear the clothes I was arrested '
        'in," Navas told reporters.',
        {("navas", "detained", False)},
    ),
    (  # counter-example: "the day he was arrested in Leon, on October 2": no preposition left
        "Freddy Navas spoke to reporters on Tuesday. He said the day he was arrested in Leon, "
        "on October 2, was the worst of his life.",
        {("navas", "detained", True)},
    ),
    # "has turned up in a colony in Siberia": moved while the family lost track of him
    (
        "Ruslan Gainullin has turned up in a maximum-security colony in Siberia, his lawyer "
        "said on October 12.",
        {("gainullin", "transferred", True)},
    ),
    (  # counter-example: at a court, not in a prison
        "Ruslan Gainullin turned up at the court on Monday.",
        NONE,
    ),
    # "a sentence that an appeals court let stand": the sentence first, then the court
    (
        "Ruslan Gainullin was detained in 2023. A court handed him a 12-year term in March "
        "2024, a sentence that an appeals court in Moscow let stand five months later.",
        {
            ("gainullin", "detained", False),
            ("gainullin", "sentenced", False),
            ("gainullin", "appeal_rejected", False),
        },
    ),
    (  # counter-example: a sentence the court only spoke of
        "Ruslan Gainullin was detained in 2023. A court handed him a 12-year term in March "
        "2024, a sentence that the judge called lenient.",
        {("gainullin", "detained", False), ("gainullin", "sentenced", False)},
    ),
    # "All of them were charged": the group that holds her, as "they" is; and an undated
    # charge in the sentence after a dated arrest is that arrest's, background or news
    (
        "Gulnara Bekova was detained in January together with ten employees of the outlet. "
        "All of them were charged with calling for mass unrest.",
        {("bekova", "detained", False), ("bekova", "charged", False)},
    ),
    (  # counter-examples: no group that holds her; a charge with its own date
        "Gulnara Bekova was detained in January. All of them were charged with calling for "
        "mass unrest.",
        {("bekova", "detained", False)},
    ),
    (
        "Gulnara Bekova was detained in January. On Monday she was charged with calling for "
        "mass unrest.",
        {("bekova", "detained", False), ("bekova", "charged", True)},
    ),
    # "said A and that B": a negation of the first reported clause is not the second's
    (
        "Reza Hashemi was sentenced on October 4. His lawyer said the court had refused to let "
        "him present a defence and that the trial, on September 20, had lasted 15 minutes.",
        {("hashemi", "sentenced", True), ("hashemi", "trial", True)},
    ),
    (  # counter-example: a negation inside the second clause
        "Reza Hashemi was detained on October 4. His lawyer said the court had heard him and "
        "that the trial had not yet begun.",
        {("hashemi", "detained", True)},
    ),
    # fourth round: "that autumn", "that year" follow the dated event told before them
    (
        "Yulia Serova was detained in April 2023 and sentenced to six years in 2024. She was "
        "sent to a penal colony in Mordovia that autumn.",
        {
            ("serova", "detained", False),
            ("serova", "sentenced", False),
            ("serova", "transferred", False),
        },
    ),
    (  # counter-example: after news, news
        "Yulia Serova was sentenced on Monday. She was sent to a penal colony that week.",
        {("serova", "sentenced", True), ("serova", "transferred", True)},
    ),
    # fifth round: "ordered him freed": a causative verb, its object, then the participle
    (
        "Nodir Ergashev's conviction was overturned on Tuesday, and the judge ordered him "
        "freed in the courtroom.",
        {("ergashev", "charges_dropped", True), ("ergashev", "released", True)},
    ),
    (  # counter-example: a wish
        "Nodir Ergashev said on Tuesday that the governor had wanted him arrested for years.",
        NONE,
    ),
    # sixth round: "released under the alternative sentencing law": parole in all but name
    (
        "Bahraini authorities on Sunday released Yusuf al-Marzooq under the alternative "
        "sentencing law.",
        {("marzooq", "parole_granted", True)},
    ),
    (  # counter-example: released with no such law
        "Bahraini authorities on Sunday released Yusuf al-Marzooq after he served his term.",
        {("marzooq", "released", True)},
    ),
    # "convicted his co-accused, the activist Y Moyo, and fined him": the named co-accused
    (
        "A magistrate on Wednesday acquitted Tendai Moyo but convicted his co-accused, the "
        "activist Blessing Moyo, and fined him.",
        {("moyo", "acquitted", True)},
    ),
    (  # counter-example: no one else named before "and fined him"
        "A magistrate on Wednesday convicted Tendai Moyo and fined him.",
        {("moyo", "sentenced", True)},
    ),
    # a sentence "to be handed down on Friday" is still to come
    ("Reza Hashemi's lawyers fear a 14-year sentence to be handed down on Friday.", NONE),
    (  # counter-example: one handed down on Friday
        "Reza Hashemi's 14-year sentence, handed down on Friday, shocked his family.",
        {("hashemi", "sentenced", True)},
    ),
    # a second that-clause under a denial or a fear is denied or feared too; a request in
    # the subjunctive ("demanded that he be released") is a request
    ("Officials denied that Reza Hashemi was beaten and that he was tortured.", NONE),
    ("Rights groups fear that Reza Hashemi was beaten and that he was tortured.", NONE),
    ("Reza Hashemi's lawyer demanded that he be released and that the charges be dropped.", NONE),
    (  # counter-examples: a court's order is carried out; a report of a release is one
        "The court ordered that Reza Hashemi be released on Monday.",
        {("hashemi", "released", True)},
    ),
    (
        "Reza Hashemi was arrested in May. His lawyer said that he was released on Monday.",
        {("hashemi", "detained", False), ("hashemi", "released", True)},
    ),
    # "X's lawyers said they would appeal the sentence handed down on Monday": the client's
    # sentence, and a fact, whatever is planned against it
    (
        "Siarhei Lapko's lawyers said they would appeal the six-year sentence handed down on "
        "Monday.",
        {("lapko", "sentenced", True)},
    ),
    (  # counter-examples: a sentence still to come
        "Siarhei Lapko's lawyers said they would appeal any sentence the court hands down.",
        NONE,
    ),
    (
        "Siarhei Lapko's lawyers said they would appeal the sentence if it is handed down.",
        NONE,
    ),
    # "pardoned 30 people convicted of extremism on Tuesday, including X": the pardon's
    # object told at length; the participle before "of" or "as" describes them
    (
        "The president pardoned 30 people convicted of extremism on Tuesday, including the "
        "journalist Freddy Navas.",
        {("navas", "pardoned", True)},
    ),
    (  # counter-example: "people jailed as opponents" were not jailed now
        "Nicaragua freed 27 people jailed as opponents on Tuesday, including the journalist "
        "Freddy Navas.",
        {("navas", "released", True)},
    ),
    # "held since December, when police detained her": a when-clause whose subject acts
    (
        "Leyla Gasimova has been held in a detention centre since December, when police "
        "detained her at the airport.",
        {("gasimova", "detained", False)},
    ),
    (  # counter-example: the when-clause of a dated news event is that news
        "Leyla Gasimova was beaten on Monday, when guards detained her.",
        {("gasimova", "detained", True), ("gasimova", "ill_treatment", True)},
    ),
    # eighth round: a quotation's "I" said by "he" or "she" who stands for a watched person;
    # one that opened in the sentence before; one that goes on unsaid after a said one
    (
        'Mikalai Hrynevich spoke to us in Vilnius. "In 2020 I was sentenced to eight years," '
        "he said.",
        {("hrynevich", "sentenced", False)},
    ),
    (
        'Mikalai Hrynevich spoke to us in Vilnius. He described the colony. "They put me in a '
        'cell. In 2021 they beat me," he said.',
        {("hrynevich", "ill_treatment", False)},
    ),
    (
        '"I was arrested in 2019," Mikalai Hrynevich said. "In 2020 I was sentenced to eight '
        'years."',
        {("hrynevich", "detained", False), ("hrynevich", "sentenced", False)},
    ),
    (  # counter-examples: "he" for someone unwatched; a next quotation said by someone else
        'Mikalai Hrynevich was freed on Monday. His brother spoke to us. "In 2020 I was '
        'sentenced to eight years," he said.',
        {("hrynevich", "released", True)},
    ),
    (
        '"I was arrested in 2019," Mikalai Hrynevich said. "In 2020 I was sentenced to eight '
        'years," his cellmate said.',
        {("hrynevich", "detained", False)},
    ),
    # ninth round: "charged the following Monday": a weekday told as following a dated event
    # is that event's time, as "the next day" (not this week's Monday)
    (
        "Karim Bensalem was detained on 2 May. He was charged the following Monday.",
        {("bensalem", "detained", False), ("bensalem", "charged", False)},
    ),
    (
        "Karim Bensalem was detained on Saturday. He was charged the next Monday.",
        {("bensalem", "detained", True), ("bensalem", "charged", True)},
    ),
    (  # counter-example: a Monday of its own, after "following" as a preposition
        "Karim Bensalem was detained in May. He was charged with fraud following Monday's hearing.",
        {("bensalem", "detained", False), ("bensalem", "charged", True)},
    ),
    # "Among those freed was X" after "... an exchange that sent two Russians convicted of
    # espionage back": a participle that describes other people counted before it is no
    # event of the group; and "X had been serving eight years" is a custody state, no sentence
    (
        "Belarus freed 14 people on Monday in a deal that also sent two Russians convicted of "
        "spying back to Moscow. Among those freed was Andrei Kuzmin, who had been serving "
        "eight years.",
        {("kuzmin", "released", True)},
    ),
    (  # counter-example: the group's own verb, "convicted 12 activists of extremism"
        "The court on Monday convicted 12 activists of extremism. Among those convicted was "
        "Andrei Kuzmin.",
        {("kuzmin", "sentenced", True)},
    ),
    # "The defendants were arrested in 2024": the people of the case, named in sentences
    # apart; and torture told by its method ("hung him by his arms")
    (
        "A court on Monday jailed Emmanuel Nkwenti for life. The nurse Grace Fomba was cleared "
        "of all charges. The defendants were arrested in early 2024, and Nkwenti said "
        "interrogators had hung him by his arms.",
        {
            ("nkwenti", "sentenced", True),
            ("fomba", "acquitted", True),
            ("nkwenti", "detained", False),
            ("fomba", "detained", False),
            ("nkwenti", "ill_treatment", False),
        },
    ),
    (  # counter-examples: "the accused" for one; a coat hung by the door
        "A court on Monday jailed Emmanuel Nkwenti for life. The nurse Grace Fomba was cleared "
        "of all charges. The accused said the verdict of 2024 was unjust, and Nkwenti hung his "
        "coat by the door.",
        {("nkwenti", "sentenced", True), ("fomba", "acquitted", True)},
    ),
    # a swap's verbs: "Belarus handed over X" frees X and takes X out of the country;
    # "flew on to Berlin" after a release; "pardoned on the eve of the exchange", as new as it
    (
        "Belarus handed over Natalia Orlik on Saturday. Andrei Kuzmin was freed in the same "
        "exchange and flew on to Berlin.",
        {
            ("orlik", "released", True),
            ("orlik", "fled", True),
            ("kuzmin", "released", True),
            ("kuzmin", "fled", True),
        },
    ),
    (
        "Belarus on Saturday handed over Natalia Orlik, who was pardoned on the eve of the "
        "exchange.",
        {("orlik", "pardoned", True), ("orlik", "fled", True)},
    ),
    (  # counter-examples: handed over to custody; a thing handed over; a flight to the capital
        "Police handed over Natalia Orlik to the FSB on Saturday. Andrei Kuzmin handed over "
        "his passport and flew to Moscow for the hearing.",
        NONE,
    ),
    # "The wife of X was detained. She had spoken about her husband, who was jailed": after
    # a sentence that opens with an unnamed relative of X, what that relative calls X ("her
    # husband", "her son") is X
    (
        "The wife of the jailed blogger Pavel Sadouski was detained on Tuesday. She had spoken "
        "publicly about her husband, who was jailed for ten years in 2022.",
        {("sadouski", "sentenced", False)},
    ),
    (  # counter-examples: a relative of the relative; another son, named; no relative
        # opened the sentence before
        "The mother of Pavel Sadouski was detained on Tuesday. Her brother was jailed for ten "
        "years in 2022.",
        NONE,
    ),
    ("The mother of Pavel Sadouski was detained on Tuesday. Her son, Ivan, was freed.", NONE),
    (
        "Police searched the flat of Pavel Sadouski on Tuesday. A neighbour said her husband "
        "was jailed for ten years in 2022.",
        NONE,
    ),
    # "was moved in 2025 from the headquarters of the police, known as La Tumba, to Tocoron":
    # a person moved by others from one place to another named only by its name
    (
        "Javier Montilla was freed on Sunday. He was moved in 2025 from the headquarters of "
        "the political police in Caracas, known as La Tumba, to Tocoron.",
        {("montilla", "released", True), ("montilla", "transferred", False)},
    ),
    (  # counter-examples: a move of his own; a move at work
        "Javier Montilla was freed on Sunday. He moved in 2019 from Caracas to Barquisimeto.",
        {("montilla", "released", True)},
    ),
    (
        "Javier Montilla was freed on Sunday. In 2019 he was moved from the news desk to the "
        "sports pages of El Impulso.",
        {("montilla", "released", True)},
    ),
    # "had been held since February": custody since a date, as "in custody since": the
    # detention that began then
    (
        "Sitora Nazarova was sentenced on Thursday. Nazarova had been held since February.",
        {("nazarova", "sentenced", True), ("nazarova", "detained", False)},
    ),
    (  # counter-example: held for a span, no date it began
        "Sitora Nazarova was sentenced on Thursday. Nazarova had been held for eight months.",
        {("nazarova", "sentenced", True)},
    ),
    # denied medical care told by "it": "doctors had recommended that she be admitted to a
    # clinic, but the governor has refused to allow it" (no request: the care was refused)
    (
        "Maryam Karimi was detained in 2023. Her lawyer said on Monday that doctors had "
        "recommended that she be admitted to a clinic for surgery, but that the governor has "
        "refused to allow it.",
        {("karimi", "detained", False), ("karimi", "ill_treatment", True)},
    ),
    (  # counter-examples: the care allowed; a cell, not care
        "Maryam Karimi was detained in 2023. Her lawyer said on Monday that doctors had "
        "recommended that she be admitted to a clinic for surgery, and that the governor has "
        "agreed to it.",
        {("karimi", "detained", False)},
    ),
    (
        "Maryam Karimi was detained in 2023. Her lawyer said on Monday that he had recommended "
        "that she be moved to another cell, but that the governor has refused to allow it.",
        {("karimi", "detained", False)},
    ),
    # "X, who has lived in London since 2023, ... X left Pakistan after she was charged": an
    # undated flight of someone abroad since before the news window is that old one, and so
    # is what the sentence tells as before it
    (
        "Police detained the father of Saima Qureshi on Sunday. Qureshi, who has lived in "
        "London since 2023, condemned the raid. Qureshi left Pakistan after she was charged "
        "with sedition.",
        {("qureshi", "fled", False), ("qureshi", "charged", False)},
    ),
    (  # counter-example: abroad only since last month, the flight is news
        "Police detained the father of Saima Qureshi on Sunday. Qureshi, who has lived in "
        "London since September, condemned the raid. Qureshi left Pakistan after she was "
        "charged with sedition.",
        {("qureshi", "fled", True), ("qureshi", "charged", True)},
    ),
    (  # ... nor after a sentence that opens with someone unwatched, named or described
        "Mikalai Hrynevich was freed on Monday. Ivan Petrov, who shared his cell, spoke to us. "
        '"I was beaten in 2021," he said.',
        {("hrynevich", "released", True)},
    ),
    (
        'Mikalai Hrynevich was freed on Monday. A former cellmate spoke to us. "I was beaten in '
        '2021," he said.',
        {("hrynevich", "released", True)},
    ),
    # tenth round: a date in a relative clause after a description is the clause's, not the
    # main verb's; the main verb after such a clause closed by a comma is the person's
    (
        "Hatem Laabidi, a professor who left for France in 2023, was sentenced in absentia to "
        "20 years.",
        {("laabidi", "fled", False), ("laabidi", "sentenced", True)},
    ),
    (  # counter-example: the clause's own verbs keep its dates
        "Hatem Laabidi, a professor who left for France in 2023 and was sentenced in absentia "
        "in 2024, spoke on Monday.",
        {("laabidi", "fled", False), ("laabidi", "sentenced", False)},
    ),
    (
        "Mourad Ferchichi, a former secretary general of a centrist party who was arrested in "
        "2023, was sentenced to 33 years.",
        {("ferchichi", "sentenced", True), ("ferchichi", "detained", False)},
    ),
    (  # counter-example: a relative clause not closed is someone else's
        "Mourad Ferchichi attended the trial of a blogger who was sentenced to ten years.",
        NONE,
    ),
    # ... and the clause's own verbs after a description ending in a body of people ("of a
    # centrist party who was arrested"), not a person ("a friend of a reporter who")
    (
        "Mourad Ferchichi, a member of a party who was arrested in 2023, spoke on Monday.",
        {("ferchichi", "detained", False)},
    ),
    (  # counter-example: a person last before "who"
        "Mourad Ferchichi, a friend of a reporter who was arrested in 2023, spoke on Monday.",
        NONE,
    ),
    # ... or ending in the place the person is from (after the fresh pair of round 10)
    (
        "Alena Sakalouskaya, a teacher from Hrodna who was sentenced in 2022, spoke on Monday.",
        {("sakalouskaya", "sentenced", False)},
    ),
    (  # counter-example: someone else from there
        "Alena Sakalouskaya, a friend of a reporter from Hrodna who was sentenced in 2022, spoke.",
        NONE,
    ),
    # "Among those given life terms was X": a group given terms, then who they are
    (
        "Among those given life terms was the lawyer Mansoor Al Zaabi.",
        {("zaabi", "sentenced", True)},
    ),
    (  # counter-example: terms given to others
        "Judge Mansoor Al Zaabi has given life terms to dozens of activists.",
        NONE,
    ),
    # an undated event that goes on from an older dated story is that story's, kept beside
    # news of its type; denied care told by a refusal noun ("the refusal of guards to let
    # him see a doctor")
    (
        f"{LEAD}\n\nJafar Mahfoudh was arrested in April 2011. He was beaten in custody.\n\n"
        "Guards refused to let him see a doctor on Monday.",
        {
            ("mahfoodh", "detained", False),
            ("mahfoodh", "ill_treatment", False),
            ("mahfoodh", "ill_treatment", True),
        },
    ),
    (  # counter-example: an undated mention of the news, retold
        f"{LEAD}\n\nGuards beat Jafar Mahfoudh on Monday.\n\nJafar Mahfoudh, who was beaten, "
        "spoke to his lawyer.",
        {("mahfoodh", "ill_treatment", True)},
    ),
    (
        "Jafar Mahfoudh protested at the refusal of guards to let him see a doctor.",
        {("mahfoodh", "ill_treatment", True)},
    ),
    (  # counter-example: files, not a doctor
        "Jafar Mahfoudh protested at the refusal of the court to let him see the files.",
        NONE,
    ),
    # "most recently for 22 days in April": the latest of several times, no date of its own
    (
        "Mourad Ferchichi has gone on hunger strike twice, most recently for 22 days in April.",
        {("ferchichi", "hunger_strike", False)},
    ),
    (  # counter-example: "recently" alone is within the month
        "Mourad Ferchichi recently went on hunger strike.",
        {("ferchichi", "hunger_strike", True)},
    ),
    # someone first named at a paragraph's start opens a story of their own, not the
    # background told just before; a sentence told before its old dated namesake event is
    # news of its own
    (
        f"{LEAD} Samia Ben Hamouda was freed in 2024.\n\nHatem Laabidi, a professor, was "
        "sentenced in absentia to 20 years.",
        {("benhamouda", "released", False), ("laabidi", "sentenced", True)},
    ),
    (  # counter-example: the person named before goes on with the story
        f"{LEAD} Hatem Laabidi was first jailed in 2019 and freed in 2020.\n\nLaabidi left "
        "for France.",
        {
            ("laabidi", "detained", False),
            ("laabidi", "released", False),
            ("laabidi", "fled", False),
        },
    ),
    (
        f"{LEAD}\n\nSamia Ben Hamouda received 18 years.\n\nBen Hamouda was handed a "
        "suspended sentence in 2024.",
        {("benhamouda", "sentenced", True), ("benhamouda", "sentenced", False)},
    ),
    (  # counter-example: told after the dated one, an undated sentence is that one
        f"{LEAD}\n\nSamia Ben Hamouda was handed a suspended sentence in 2024. Ben Hamouda "
        "was sentenced after a one-day trial.",
        {("benhamouda", "sentenced", False)},  # (the trial a verdict came after: no event)
    ),
    # a semicolon parts a date in the clause before it from the trigger after it
    (
        f"{LEAD}\n\nSamia Ben Hamouda had been freed last year; police took her into custody "
        "after the verdict.",
        {("benhamouda", "released", False), ("benhamouda", "detained", True)},
    ),
    (  # counter-example: a date that opens the sentence holds for both clauses
        f"{LEAD}\n\nIn 2019 police raided her office; they took Samia Ben Hamouda into custody.",
        {("benhamouda", "detained", False)},
    ),
    # a date in a relative clause closed by commas tells no past of the sentence
    (
        f"{LEAD}\n\nSamia Ben Hamouda, who was arrested in May 2023, spoke to reporters. She "
        "was freed.",
        {("benhamouda", "detained", False), ("benhamouda", "released", True)},
    ),
    (  # counter-example: a sentence told as the past, then an undated event goes on with it
        f"{LEAD}\n\nSamia Ben Hamouda was arrested in May 2023. She was freed.",
        {("benhamouda", "detained", False), ("benhamouda", "released", False)},
    ),
    # a list entry, "X, role.", then lines with no subject: each goes on with X, also past a
    # clause of another subject ("... after police said they had found cash")
    (
        f"{LEAD}\n\nSevinj Mammadova, editor-in-chief. Arrested on 20 November 2025 after "
        "police said they had found cash. Sentenced on 8 October 2026 to nine years.",
        {("mammadova", "detained", False), ("mammadova", "sentenced", True)},
    ),
    (  # counter-examples: an entry for someone beside X; a line with a verb of its own
        f"{LEAD}\n\nSevinj Mammadova's colleague, a reporter. Arrested on 20 November 2025.",
        NONE,
    ),
    (
        f"{LEAD}\n\nSevinj Mammadova was freed on Monday. Arrested protesters were beaten.",
        {("mammadova", "released", True)},
    ),
    # "seven months after she walked out of prison under a pardon": a span clause with a
    # past-tense verb, and the nouns inside it, are history
    (
        "Police arrested Halima Mwakasege on Saturday, seven months after she walked out of "
        "prison under a presidential pardon.",
        {("mwakasege", "detained", True), ("mwakasege", "pardoned", False)},
    ),
    (  # counter-examples: a week is news; the main clause's own event keeps its date
        "Police arrested Halima Mwakasege on Saturday, a week after she walked out of prison "
        "under a pardon.",
        {("mwakasege", "detained", True), ("mwakasege", "pardoned", True)},
    ),
    (
        "Halima Mwakasege was pardoned on Monday, two years after she was jailed.",
        {("mwakasege", "pardoned", True), ("mwakasege", "detained", False)},
    ),
    # "called in August for his release": a demand with a time or an adverb before "for"
    ("Fifteen U.N. experts called in August for the release of Jafar Mahfoudh.", NONE),
    ("Rights groups called again for Jafar Mahfoudh's release.", NONE),
    (  # counter-example: a call that is no demand, then the release
        "Jafar Mahfoudh called his lawyer on Monday. He was released.",
        {("mahfoodh", "released", True)},
    ),
    # "said that reports that X had been denied treatment were false": the report called
    # false keeps its "reports that" past the "said that" before it
    (
        "Bahrain said that reports that Jafar Mahfoudh had been denied treatment were false.",
        NONE,
    ),
    (  # counter-example: a report called true
        "Bahrain said that reports that Jafar Mahfoudh had been denied treatment were true.",
        {("mahfoodh", "ill_treatment", True)},
    ),
    # "has refused food before: in 2019 he went without food for 30 days": earlier strikes,
    # none going on
    (
        f"{LEAD}\n\nJafar Mahfoudh has refused food before: in 2019 he went without food for "
        "30 days.",
        {("mahfoodh", "hunger_strike", False)},
    ),
    (  # counter-example: a strike going on since a date
        f"{LEAD}\n\nJafar Mahfoudh has refused food since September 20.",
        {("mahfoodh", "hunger_strike", True)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLASSES)
def test_a_fixed_class_reads_its_examples(text: str, expected: Events) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected", "optional"),
    named_params(
        ARTICLES
        + SECOND_ROUND
        + THIRD_ROUND
        + FOURTH_ROUND
        + FIFTH_ROUND
        + SIXTH_ROUND
        + SEVENTH_ROUND
        + EIGHTH_ROUND
        + NINTH_ROUND
        + TENTH_ROUND
        + TENTH_FRESH,
        NOT_YET,
    ),
)
def test_a_long_article_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    found = events(text, title)
    assert expected <= found <= expected | optional


@pytest.mark.parametrize(
    ("title", "text", "named", "namesakes"),
    named_article_params(
        TENTH_ROUND + TENTH_FRESH, {**TENTH_NAMED, **TENTH_FRESH_NAMED}, NOT_YET_NAMED
    ),
)
def test_a_tenth_round_article_names_its_people_and_no_namesake(
    title: str, text: str, named: set[str], namesakes: list[tuple[str, str]]
) -> None:
    assert_names_exactly(events.index, f"{title}\n\n{text}", named, namesakes)
