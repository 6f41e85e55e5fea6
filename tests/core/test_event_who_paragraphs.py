"""Who an event happened to, in whole made-up news paragraphs (issue 14, the 'who',
'descriptions and pronouns' and 'names in events' classes): long lists with titles and
roles, lists after a dash, a colon or 'such as', appositions, relations that are not the
person ('the brother of X', 'X's co-defendant'), descriptions ('the 45-year-old', 'the
journalist'), a lead that names the person only in the next sentence, and pronouns that
belong to someone unlisted ('his wife ... She was taken to hospital').

The paragraphs and their labels were written before running them. Each row gives the
events a reader would label and, apart, those a reader might also accept (a background
stage told in passing).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader, named_params

PEOPLE = [
    Person("seitkali", "Marat Seitkali"),
    Person("dosova", "Aigerim Dosova"),
    Person("lindqvist", "Erik Lindqvist"),
    Person("mwangi", "Grace Mwangi"),
    Person("farouk", "Hisham Farouk"),
    Person("tran", "Tran Thi Mai"),
    Person("kovac", "Jelena Kovac"),
    Person("rahimov", "Jasur Rahimov"),
    Person("obi", "Chidi Obi"),
    Person("abenova", "Saule Abenova"),
    Person("volkov", "Denis Volkov"),
    Person("nguema", "Ayo Nguema"),
]
PUBLISHED = datetime(2025, 9, 18, 10, 0)  # a Thursday
events = Reader(PEOPLE, PUBLISHED, title="Rights news")

NONE: Events = set()


# (name, paragraph, what a reader labels, what a reader may also accept)
LISTS: list[tuple[str, str, Events, Events]] = [
    (
        "titles-and-roles",
        "Police in Bishkek on Tuesday detained activists Marat Seitkali and Aigerim Dosova, "
        "lawyer Erik Lindqvist and journalist Grace Mwangi, according to the rights group Kylym.",
        {
            ("seitkali", "detained", True),
            ("dosova", "detained", True),
            ("lindqvist", "detained", True),
            ("mwangi", "detained", True),
        },
        NONE,
    ),
    (
        "after-a-dash",
        "Four opposition figures were sentenced on Wednesday - Hisham Farouk, Jasur Rahimov, "
        "Denis Volkov and a former mayor - to terms of between three and nine years.",
        {
            ("farouk", "sentenced", True),
            ("rahimov", "sentenced", True),
            ("volkov", "sentenced", True),
        },
        NONE,
    ),
    (
        "such-as",
        "Several well-known critics, such as Jelena Kovac and Denis Volkov, were detained at "
        "the border on Monday.",
        {("kovac", "detained", True), ("volkov", "detained", True)},
        NONE,
    ),
    (
        "after-a-colon",
        "Those released on Tuesday include: Saule Abenova, Marat Seitkali and the poet Erlan Bek.",
        {("abenova", "released", True), ("seitkali", "released", True)},
        NONE,
    ),
    (
        "with-ages",
        "Grace Mwangi, 34, Chidi Obi, 29, and Erik Lindqvist, 51, were charged on Monday with "
        "unlawful assembly.",
        {("mwangi", "charged", True), ("obi", "charged", True), ("lindqvist", "charged", True)},
        NONE,
    ),
    (
        "including",
        "The court convicted 12 defendants on Wednesday, including the lawyer Jelena Kovac and "
        "the blogger Jasur Rahimov.",
        {("kovac", "sentenced", True), ("rahimov", "sentenced", True)},
        NONE,
    ),
    (
        "while-the-other-remains",
        "Marat Seitkali was released on Tuesday, while Aigerim Dosova remains in custody.",
        {("seitkali", "released", True)},
        NONE,
    ),
    (
        "three-named-and-others",
        "Erik Lindqvist, Hisham Farouk and three other members of the group were released on "
        "Wednesday after 20 days in custody.",
        {("lindqvist", "released", True), ("farouk", "released", True)},
        NONE,
    ),
    (
        "the-accused-are",
        "The accused, who were charged with treason on Monday, are Jelena Kovac and Chidi Obi.",
        {("kovac", "charged", True), ("obi", "charged", True)},
        NONE,
    ),
    (
        "named-as",
        "Those arrested on Monday were named as Grace Mwangi and Chidi Obi.",
        {("mwangi", "detained", True), ("obi", "detained", True)},
        NONE,
    ),
    (
        "feed-summary-two-outcomes",
        "Kazakhstan: journalist Aigerim Dosova jailed for 4 years; her colleague Marat Seitkali "
        "acquitted.",
        {("dosova", "sentenced", True), ("seitkali", "acquitted", True)},
        NONE,
    ),
    (
        "husband-and-wife-both",
        "Denis Volkov and his wife Saule Abenova were both detained on Tuesday.",
        {("volkov", "detained", True), ("abenova", "detained", True)},
        NONE,
    ),
]

APPOSITIONS_AND_RELATIONS: list[tuple[str, str, Events, Events]] = [
    (
        "apposition-with-old-flight",
        "Hisham Farouk, a former banker who fled to London in 2009, was arrested in Madrid on "
        "Tuesday on an Interpol notice.",
        {("farouk", "detained", True), ("farouk", "fled", False)},
        NONE,
    ),
    (
        "whose-brother",
        "Denis Volkov, whose brother was jailed last year, was detained on Wednesday.",
        {("volkov", "detained", True)},
        NONE,
    ),
    (
        "wife-of-a-jailed-leader",
        "Saule Abenova, the wife of jailed opposition leader Marat Seitkali, was detained on "
        "Monday at her home.",
        {("abenova", "detained", True)},
        NONE,
    ),
    (
        "old-sentence-new-arrest",
        "Jelena Kovac, who was sentenced to four years in 2019 for organising a protest, was "
        "detained again on Tuesday.",
        {("kovac", "sentenced", False), ("kovac", "detained", True)},
        NONE,
    ),
    (
        "the-brother-of",
        "The brother of Jasur Rahimov was sentenced to four years on Tuesday, the family said.",
        NONE,
        NONE,
    ),
    (
        "co-defendant",
        "Erik Lindqvist's co-defendant was denied parole on Monday.",
        NONE,
        NONE,
    ),
    (
        "supporters-of",
        "Supporters of Grace Mwangi were detained outside the courthouse on Wednesday.",
        NONE,
        NONE,
    ),
    (
        "possessive-lawyer",
        "Chidi Obi's lawyer was arrested on Tuesday, days before the appeal hearing.",
        NONE,
        NONE,
    ),
    (
        "object-son-of",
        "Police detained the son of Hisham Farouk on Sunday in what his family called an act "
        "of revenge.",
        NONE,
        NONE,
    ),
    (
        "named-husband-apposition",
        "Grace Mwangi's husband, Chidi Obi, was arrested on Wednesday.",
        {("obi", "detained", True)},
        NONE,
    ),
    (
        "relatives-not-himself",
        "Police on Monday detained Erik Lindqvist's father and brother; Lindqvist himself was "
        "not at home.",
        NONE,
        NONE,
    ),
    (
        "mother-says-her-daughter",
        "The mother of Tran Thi Mai said on Monday that her daughter had been transferred to a "
        "prison hospital.",
        {("tran", "transferred", True)},
        NONE,
    ),
]

DESCRIPTIONS_AND_PRONOUNS: list[tuple[str, str, Events, Events]] = [
    (
        "the-45-year-old",
        "Denis Volkov was sentenced to six years on Tuesday. The 45-year-old had been held "
        "since his arrest in February.",
        {("volkov", "sentenced", True)},
        {("volkov", "detained", False)},
    ),
    (
        "the-blogger",
        "A court in Tashkent on Monday ordered the release of Jasur Rahimov. The blogger walked "
        "free hours later.",
        {("rahimov", "released", True)},
        NONE,
    ),
    (
        "her-client-named",
        "Lawyer Jelena Kovac said on Wednesday that her client, Marat Seitkali, had been beaten "
        "by guards.",
        {("seitkali", "ill_treatment", True)},
        NONE,
    ),
    (
        "his-client-unnamed",
        "Erik Lindqvist, a lawyer, said his client had been beaten in custody on Tuesday.",
        NONE,
        NONE,
    ),
    (
        "the-journalist",
        "Grace Mwangi was arrested at her home on Tuesday. The journalist was charged the next "
        "day with spreading false information.",
        {("mwangi", "detained", True), ("mwangi", "charged", True)},
        NONE,
    ),
    (
        "the-trial-and-the-blogger",
        "Jasur Rahimov's trial opened on Monday. The 52-year-old blogger, who denies the "
        "charges, faces up to ten years.",
        {("rahimov", "trial", True)},
        NONE,
    ),
    (
        "lead-names-next-sentence",
        "A prominent Uzbek blogger was sentenced to seven years in prison on Wednesday. Jasur "
        "Rahimov, 38, was convicted of extortion, charges his supporters call fabricated.",
        {("rahimov", "sentenced", True)},
        NONE,
    ),
    (
        "lead-freed-then-named",
        "An opposition activist who spent three years behind bars was freed on Monday. Saule "
        "Abenova left the colony in the morning and was met by her daughter.",
        {("abenova", "released", True)},
        NONE,
    ),
    (
        "his-wife-she",
        "Marat Seitkali remains in pre-trial detention. His wife was detained on Tuesday after a "
        "protest outside the prison. She was taken to hospital later that day.",
        NONE,
        NONE,
    ),
    (
        "her-father-he",
        "Aigerim Dosova visited her father in prison on Sunday. He was moved to a hospital the "
        "next day.",
        NONE,
        NONE,
    ),
    (
        "her-sister-arrested",
        "Chidi Obi was released on bail on Tuesday. Her sister was arrested the same day.",
        {("obi", "released", True)},
        NONE,
    ),
    (
        "unknown-given-name-she",
        "Ayo Nguema was detained on Monday in Libreville, her lawyer said. She was charged on "
        "Wednesday with insulting the president.",
        {("nguema", "detained", True), ("nguema", "charged", True)},
        NONE,
    ),
    (
        "unknown-given-name-her-husband-he",
        "Ayo Nguema said on Tuesday that her husband had been arrested. He was charged with "
        "treason on Wednesday.",
        NONE,
        NONE,
    ),
    (
        "her-husband-said-she",
        "Tran Thi Mai was sentenced to nine years on Tuesday. Her husband said she would appeal.",
        {("tran", "sentenced", True)},
        NONE,
    ),
    (
        "named-lawyer-he",
        "Marat Seitkali's lawyer, Ruslan Ibrayev, was detained on Monday. He was released on "
        "bail on Tuesday.",
        NONE,
        NONE,
    ),
    (
        "ngo-release-his-colleague",
        "Amnesty International welcomes the release of Hisham Farouk, a human rights defender "
        "held since 2021, who was freed on Monday. However, his colleague Jasur Rahimov remains "
        "in detention.",
        {("farouk", "released", True)},
        {("farouk", "detained", False)},
    ),
]

# Written after the first run, for the classes it missed: each with its counter-examples.
AFTER_FIRST_RUN: list[tuple[str, str, Events, Events]] = [
    (
        "client-of-the-named-lawyer",
        "Marat Seitkali was detained on Monday. Erik Lindqvist, his lawyer, said on Tuesday "
        "that his client had been beaten in custody.",
        {("seitkali", "detained", True), ("seitkali", "ill_treatment", True)},
        NONE,
    ),
    (
        "client-of-an-earlier-lawyer",
        "Erik Lindqvist, a lawyer from Oslo, arrived in Almaty on Monday. He said his client "
        "had been beaten in custody.",
        NONE,
        NONE,
    ),
    (
        "client-counter-the-owner-is-the-person",
        "Marat Seitkali's lawyer said on Tuesday that his client had been beaten in custody.",
        {("seitkali", "ill_treatment", True)},
        NONE,
    ),
    (
        "unknown-given-name-his-lawyer-he",
        "Ayo Nguema was detained on Monday in Libreville, his lawyer said. He was charged on "
        "Wednesday with insulting the president.",
        {("nguema", "detained", True), ("nguema", "charged", True)},
        NONE,
    ),
    (
        "unknown-given-name-said-on-monday-that-his",
        "Chidi Obi said on Monday that his wife had been detained. She was released on Wednesday.",
        NONE,
        NONE,
    ),
]

AFTER_FIRST_RUN += [
    (
        "group-then-named-as",
        "The two men detained on Saturday in Almaty were named as Marat Seitkali and Denis Volkov.",
        {("seitkali", "detained", True), ("volkov", "detained", True)},
        NONE,
    ),
    (
        "group-counter-do-not-include",
        "Those detained on Monday do not include Marat Seitkali, police said.",
        NONE,
        NONE,
    ),
    (
        "group-counter-relatives",
        "Those released on Tuesday are relatives of Denis Volkov.",
        NONE,
        NONE,
    ),
    (
        "group-counter-cousins",
        "The two men detained on Saturday are Marat Seitkali's cousins.",
        NONE,
        NONE,
    ),
]

AFTER_FIRST_RUN += [
    (
        "mother-told-reporters-her-son",
        "Jasur Rahimov's mother told reporters on Tuesday that her son had been beaten in prison.",
        {("rahimov", "ill_treatment", True)},
        NONE,
    ),
    (
        "parents-say-their-son",
        "The parents of Denis Volkov said their son was transferred to a colony in the Perm "
        "region on Monday.",
        {("volkov", "transferred", True)},
        NONE,
    ),
    (
        "wife-of-says-he",
        "The wife of Marat Seitkali said he was detained on Wednesday.",
        {("seitkali", "detained", True)},
        NONE,
    ),
    (
        "kin-counter-wife-her-brother",
        "Jasur Rahimov's wife said on Tuesday that her brother had been arrested.",
        NONE,
        NONE,
    ),
    (
        "kin-counter-father-his-daughter-for-a-man",
        "The father of Denis Volkov said his daughter was detained on Monday.",
        NONE,
        NONE,
    ),
]

AFTER_FIRST_RUN += [
    (
        "described-then-who-was-freed",
        "Rights groups welcomed the release of Jelena Kovac, a lawyer jailed in 2022, who was "
        "freed on Tuesday.",
        {("kovac", "released", True)},
        {("kovac", "detained", False)},  # "jailed in 2022" alone: an arrest
    ),
    (
        "described-counter-held-since-is-not-the-arrest",
        "Denis Volkov has been detained since March, his lawyer said.",
        {("volkov", "detained", False)},
        NONE,
    ),
]

# A second batch, written before its first run like the first: longer items, the same classes.
SECOND_BATCH: list[tuple[str, str, Events, Events]] = [
    (
        "wire-three-bloggers-between-dashes",
        "TASHKENT, Sept 17 (Reuters) - Uzbek authorities have detained three bloggers - Jasur "
        "Rahimov, Otabek Sattoriy and Denis Volkov - over posts criticising the government, a "
        "rights group said on Wednesday.",
        {("rahimov", "detained", True), ("volkov", "detained", True)},
        NONE,
    ),
    (
        "among-those-sentenced-titles",
        "Among those sentenced on Tuesday were former deputy prime minister Hisham Farouk, human "
        "rights lawyer Jelena Kovac, the editor of the independent weekly Svoboda, Erik "
        "Lindqvist, and student activist Chidi Obi.",
        {
            ("farouk", "sentenced", True),
            ("kovac", "sentenced", True),
            ("lindqvist", "sentenced", True),
            ("obi", "sentenced", True),
        },
        NONE,
    ),
    (
        "critics-such-as-in-recent-years",
        "The authorities have jailed prominent critics such as Marat Seitkali in recent years.",
        NONE,
        {("seitkali", "detained", False)},  # "jailed" alone: an arrest
    ),
    (
        "apposition-old-charge-and-acquittal",
        "Grace Mwangi, a journalist who was charged with sedition in 2020 and later acquitted, "
        "was arrested again on Wednesday.",
        {("mwangi", "detained", True)},
        {("mwangi", "charged", False), ("mwangi", "acquitted", False)},
    ),
    (
        "supporters-have-fled",
        "Denis Volkov's supporters have fled the country, fearing arrest.",
        NONE,
        NONE,
    ),
    (
        "co-defendants-sentenced-own-trial-postponed",
        "Marat Seitkali's two co-defendants were sentenced to five years each on Tuesday. "
        "Seitkali's own trial was postponed.",
        NONE,
        NONE,
    ),
    (
        "the-son-of-named-after",
        "The son of Saule Abenova, Timur, was detained on Monday.",
        NONE,
        NONE,
    ),
    (
        "lead-journalist-then-named",
        "A Kenyan journalist who exposed police killings has been released on bail. Grace "
        "Mwangi, 41, was freed late on Wednesday after a court in Nairobi ruled there was no "
        "evidence to hold her.",
        {("mwangi", "released", True)},
        NONE,
    ),
    (
        "the-57-year-old-economist",
        "Police detained Hisham Farouk at Cairo airport on Sunday as he returned from Berlin. "
        "The 57-year-old economist was taken to an unknown location, his family said.",
        {("farouk", "detained", True)},
        {("farouk", "transferred", True)},
    ),
    (
        "the-journalist-and-the-lawyer",
        "Jelena Kovac, a journalist, and Denis Volkov, a lawyer, were detained on Monday. The "
        "journalist was released on Tuesday; the lawyer remains in custody.",
        {("kovac", "detained", True), ("volkov", "detained", True), ("kovac", "released", True)},
        NONE,
    ),
    (
        "named-sister-she",
        "Jasur Rahimov's sister, Nodira, was detained on Monday after she posted a video about "
        "his case. She was released without charge on Tuesday.",
        NONE,
        NONE,
    ),
    (
        "her-son-he",
        "Saule Abenova said on Monday that police had searched her flat and detained her son. "
        "He was released hours later.",
        NONE,
        NONE,
    ),
    (
        "and-a-friend-he",
        "Police detained Denis Volkov and a friend on Monday. He was charged with hooliganism on "
        "Wednesday.",
        {("volkov", "detained", True), ("volkov", "charged", True)},
        NONE,
    ),
    (
        "his-client-then-named-lawyer",
        "Chidi Obi was transferred to a maximum-security prison on Monday. His client has been "
        "denied medical care for months, lawyer Erik Lindqvist said.",
        {("obi", "transferred", True), ("obi", "ill_treatment", True)},
        NONE,
    ),
    (
        "he-will-appeal-his-lawyer-said",
        "Marat Seitkali was sentenced to eight years on Wednesday. He will appeal, his lawyer "
        "said.",
        {("seitkali", "sentenced", True)},
        NONE,
    ),
    (
        "ngo-arrest-then-given-name",
        "Human Rights Watch condemns the arrest of Tran Thi Mai, a 34-year-old environmental "
        "activist, on September 16 in Hanoi. Mai, who has campaigned against coal plants, was "
        "charged with tax evasion the next day.",
        {("tran", "detained", True), ("tran", "charged", True)},
        NONE,
    ),
    (
        "feed-amnesty-two-freed-one-held",
        "Belarus: Denis Volkov, Jasur Rahimov freed under amnesty; Jelena Kovac still held.",
        {("volkov", "pardoned", True), ("rahimov", "pardoned", True)},
        NONE,
    ),
    (
        "the-two-were-released",
        "Erik Lindqvist and Chidi Obi were arrested in 2021. On Monday the two were released "
        "after serving their terms.",
        {
            ("lindqvist", "detained", False),
            ("obi", "detained", False),
            ("lindqvist", "released", True),
            ("obi", "released", True),
        },
        NONE,
    ),
    (
        "both-men-hunger-strike",
        "Hisham Farouk and Denis Volkov went on hunger strike on Sunday. Both men are protesting "
        "against their transfer to solitary confinement.",
        {("farouk", "hunger_strike", True), ("volkov", "hunger_strike", True)},
        {("farouk", "transferred", True), ("volkov", "transferred", True)},
    ),
    (
        "daughter-of-exiled-businessman",
        "Aigerim Dosova, daughter of exiled businessman Marat Seitkali, was detained on Tuesday.",
        {("dosova", "detained", True)},
        NONE,
    ),
    (
        "arrested-the-husband-of",
        "Police on Wednesday arrested Chidi Obi, the husband of opposition leader Grace Mwangi.",
        {("obi", "detained", True)},
        NONE,
    ),
    (
        "lawyer-who-was-arrested",
        "Saule Abenova's lawyer, who was arrested last week, was released on Monday.",
        NONE,
        NONE,
    ),
    (
        "quoted-brother-beaten",
        "'My brother was beaten in custody,' said Jasur Rahimov, whose brother was detained on "
        "Sunday.",
        NONE,
        NONE,
    ),
    (
        "the-accused-pleaded",
        "Tran Thi Mai went on trial in Hanoi on Tuesday. The accused, who faces up to 12 years, "
        "pleaded not guilty.",
        {("tran", "trial", True)},
        NONE,
    ),
    (
        "acquitted-one-sentenced-co-defendant",
        "In the same ruling, the court acquitted Aigerim Dosova and sentenced her co-defendant, "
        "Erik Lindqvist, to three years.",
        {("dosova", "acquitted", True), ("lindqvist", "sentenced", True)},
        NONE,
    ),
    (
        "whose-brother-fled-himself-deported",
        "Chidi Obi, whose brother fled to Canada in 2019, was himself deported on Monday.",
        {("obi", "fled", True)},
        NONE,
    ),
    (
        "mother-of-three-she",
        "Ayo Nguema, a mother of three, was arrested on Monday. She was released on bail on "
        "Wednesday.",
        {("nguema", "detained", True), ("nguema", "released", True)},
        NONE,
    ),
    (
        "next-paragraph-her-husband-named",
        "Kazakh police detained Saule Abenova on Tuesday.\n\nHer husband, Marat Seitkali, said "
        "she had been beaten during the arrest.",
        {("abenova", "detained", True), ("abenova", "ill_treatment", True)},
        NONE,
    ),
    (
        "the-couple",
        "Denis Volkov and Saule Abenova were detained on Monday. The couple were released on "
        "Wednesday.",
        {
            ("volkov", "detained", True),
            ("abenova", "detained", True),
            ("volkov", "released", True),
            ("abenova", "released", True),
        },
        NONE,
    ),
    (
        "one-of-them-named",
        "Police detained five activists on Monday, including Jasur Rahimov. One of them, Marat "
        "Seitkali, was released hours later.",
        {
            ("rahimov", "detained", True),
            ("seitkali", "detained", True),
            ("seitkali", "released", True),
        },
        NONE,
    ),
]

# Written after the second batch's first run (24/30), for the classes it missed.
AFTER_SECOND_RUN: list[tuple[str, str, Events, Events]] = [
    (
        "dash-list-counter-relatives",
        "The authorities have detained dozens of people - including relatives of Denis Volkov - "
        "in recent weeks.",
        NONE,
        NONE,
    ),
    (
        "her-and-her-son",
        "Saule Abenova's lawyer said police had detained her and her son on Monday.",
        {("abenova", "detained", True)},
        NONE,
    ),
    (
        "his-brother-named-object",
        "Police on Tuesday arrested his brother, Denis Volkov, in a separate case.",
        {("volkov", "detained", True)},
        NONE,
    ),
    (
        "his-brother-counter-possessive-name",
        "Police on Tuesday arrested Denis Volkov's brother, a lawyer, in a separate case.",
        NONE,
        NONE,
    ),
    (
        "one-of-them-counter-brother",
        "Police detained five activists on Monday. One of them, Marat Seitkali's brother, was "
        "released hours later.",
        NONE,
        NONE,
    ),
    (
        "named-kin-is-a-man-said-she",
        "Grace Mwangi was arrested on Monday. Her brother, Chidi Obi, said she had been beaten in "
        "the police van.",
        {("mwangi", "detained", True), ("mwangi", "ill_treatment", True)},
        NONE,
    ),
]

AFTER_SECOND_RUN += [
    (
        "among-the-detainees-was",
        "Police detained a dozen people at the rally on Monday. Among the detainees was the "
        "blogger Jasur Rahimov.",
        {("rahimov", "detained", True)},
        NONE,
    ),
    (
        "among-the-suspects-is-named",
        "Prosecutors on Tuesday charged nine people with plotting a coup. Among the suspects is "
        "a journalist named Grace Mwangi.",
        {("mwangi", "charged", True)},
        NONE,
    ),
    (
        "among-the-counter-not",
        "Police detained a dozen people at the rally on Monday. Among the detainees was not "
        "Jasur Rahimov, who had left earlier.",
        NONE,
        NONE,
    ),
]

# A third batch, written before its first run: longer items, pronoun chains, summaries.
THIRD_BATCH: list[tuple[str, str, Events, Events]] = [
    (
        "wire-colleague-detained-he-released",
        "BAKU, Sept 17 (AP) - An Azerbaijani court on Wednesday sentenced Denis Volkov, an "
        "investigative reporter, to nine years in prison.\n\nVolkov's colleague, Ruslan Aliyev, "
        "was detained outside the courthouse. He was released later that evening.\n\nVolkov, 39, "
        "has denied the charges.",
        {("volkov", "sentenced", True)},
        NONE,
    ),
    (
        "ngo-the-defender-she",
        "Front Line Defenders is deeply concerned about the detention of woman human rights "
        "defender Aigerim Dosova. On 15 September 2025, police officers detained the defender at "
        "her home in Almaty. She was later charged with spreading false information.",
        {("dosova", "detained", True), ("dosova", "charged", True)},
        NONE,
    ),
    (
        "feed-arrested-wife-says-beaten",
        "Erik Lindqvist (Sweden-born lawyer) arrested in Minsk; wife says he was beaten.",
        {("lindqvist", "detained", True), ("lindqvist", "ill_treatment", True)},
        NONE,
    ),
    (
        "convicted-were-with-ages-and-roles",
        "Those convicted were Marat Seitkali (42), a teacher; Chidi Obi (35), a student; and "
        "Grace Mwangi (29), a nurse.",
        {
            ("seitkali", "sentenced", True),
            ("obi", "sentenced", True),
            ("mwangi", "sentenced", True),
        },
        NONE,
    ),
    (
        "the-woman-a-lawyer",
        "Jelena Kovac was arrested in Belgrade on Sunday. The woman, a lawyer for several "
        "opposition figures, was released on Monday.",
        {("kovac", "detained", True), ("kovac", "released", True)},
        NONE,
    ),
    (
        "quoted-wife-then-he-moved",
        "'They beat him for hours,' said Anna Petrova, the wife of Hisham Farouk. He was moved to "
        "a prison hospital on Monday.",
        {("farouk", "transferred", True)},
        {("farouk", "ill_treatment", True)},
    ),
    (
        "lawyer-said-he-transferred",
        "Jasur Rahimov's lawyer said on Monday that he had been transferred to a colony in Navoi.",
        {("rahimov", "transferred", True)},
        NONE,
    ),
    (
        "her-husband-is-the-named-one",
        "Chidi Obi's wife, Grace Mwangi, was detained on Monday. Her husband was detained in 2023.",
        {("mwangi", "detained", True), ("obi", "detained", False)},
        NONE,
    ),
    (
        "two-of-them-named",
        "Six activists were detained on Friday; two of them, Saule Abenova and Marat Seitkali, "
        "were released on Saturday.",
        {
            ("abenova", "detained", True),
            ("seitkali", "detained", True),
            ("abenova", "released", True),
            ("seitkali", "released", True),
        },
        NONE,
    ),
    (
        "fled-before-asylum-now",
        "Tran Thi Mai, who fled Vietnam in 2018, was granted asylum in Germany on Monday.",
        {("tran", "fled", False), ("tran", "fled", True)},
        NONE,
    ),
    (
        "the-former-banker-extradited",
        "Hisham Farouk, a former banker, was extradited from Spain to Egypt on Tuesday. The former "
        "banker faces charges of embezzlement.",
        {("farouk", "fled", True)},
        {("farouk", "charged", False)},  # "faces charges": a state a reader may note
    ),
    (
        "his-deputy-named-she",
        "Ayo Nguema, who leads a teachers' union, was arrested on Monday. His deputy, Sara Mba, "
        "was arrested on Tuesday. She was released on Wednesday.",
        {("nguema", "detained", True)},
        NONE,
    ),
    (
        "and-his-lawyer-both",
        "Marat Seitkali and his lawyer were detained on Monday.",
        {("seitkali", "detained", True)},
        NONE,
    ),
    (
        "object-with-his-brother",
        "Police detained Jasur Rahimov, his brother and two neighbours on Tuesday.",
        {("rahimov", "detained", True)},
        NONE,
    ),
    (
        "as-well-as",
        "The court sentenced Erik Lindqvist as well as Denis Volkov to four years each on "
        "Wednesday.",
        {("lindqvist", "sentenced", True), ("volkov", "sentenced", True)},
        NONE,
    ),
    (
        "the-latter",
        "Grace Mwangi and Chidi Obi were arrested on Monday. The latter was released on Tuesday.",
        {("mwangi", "detained", True), ("obi", "detained", True), ("obi", "released", True)},
        NONE,
    ),
    (
        "the-former",
        "Grace Mwangi and Chidi Obi were arrested on Monday. The former was charged on Tuesday.",
        {("mwangi", "detained", True), ("obi", "detained", True), ("mwangi", "charged", True)},
        NONE,
    ),
    (
        "summary-sentenced-colon-terms",
        "Sentenced on Monday: Jasur Rahimov (7 years), Denis Volkov (5 years).",
        {("rahimov", "sentenced", True), ("volkov", "sentenced", True)},
        NONE,
    ),
    (
        "object-list-with-a-son-of",
        "Police arrested Saule Abenova and the son of Denis Volkov on Monday.",
        {("abenova", "detained", True)},
        NONE,
    ),
    (
        "they-with-unlisted-others",
        "Jelena Kovac and two other lawyers were detained on Monday. They were charged with "
        "contempt of court on Tuesday.",
        {("kovac", "detained", True), ("kovac", "charged", True)},
        NONE,
    ),
]

# Written after the third batch's first run (9/20): counter-examples of the classes fixed.
AFTER_THIRD_RUN: list[tuple[str, str, Events, Events]] = [
    (
        "former-as-an-adjective",
        "Grace Mwangi and Chidi Obi met in 2010. The former banker Erik Lindqvist was arrested "
        "on Monday.",
        {("lindqvist", "detained", True)},
        NONE,
    ),
    (
        "as-well-as-counter-the-brother-of",
        "The court sentenced Erik Lindqvist as well as the brother of Denis Volkov on Wednesday.",
        {("lindqvist", "sentenced", True)},
        NONE,
    ),
    (
        "semicolon-counter-two-of-them-brothers",
        "Six activists were detained on Friday; two of them, Marat Seitkali's brothers, were "
        "released on Saturday.",
        NONE,
        NONE,
    ),
    (
        "semicolon-counter-two-clauses",
        "Marat Seitkali was sentenced on Monday; Chidi Obi was released.",
        {("seitkali", "sentenced", True), ("obi", "released", True)},
        NONE,
    ),
    (
        "they-with-others-said-by-another",
        "Jelena Kovac and two other lawyers were detained on Monday. Denis Volkov said they were "
        "charged on Tuesday.",
        {("kovac", "detained", True), ("kovac", "charged", True)},
        NONE,
    ),
    (
        "they-with-others-counter-a-new-pair",
        "Jelena Kovac and two other lawyers were detained on Monday. Denis Volkov and Chidi Obi "
        "said they were not charged.",
        {("kovac", "detained", True)},
        NONE,
    ),
    (
        "his-wife-is-the-named-one",
        "Marat Seitkali and his wife Saule Abenova were detained on Monday. His wife was released "
        "on Tuesday.",
        {
            ("seitkali", "detained", True),
            ("abenova", "detained", True),
            ("abenova", "released", True),
        },
        NONE,
    ),
    (
        "named-kin-counter-her-brother-unknown",
        "Grace Mwangi, the wife of Chidi Obi, was detained on Monday. Her brother was detained in "
        "2023.",
        {("mwangi", "detained", True)},
        NONE,
    ),
    (
        "headline-parenthesis-counter-supporters",
        "Supporters of Erik Lindqvist (a lawyer) arrested in Minsk.",
        NONE,
        NONE,
    ),
    (
        "semicolon-list-counter-verbs",
        "Police said Grace Mwangi, a nurse; her husband; and Chidi Obi, a student, were detained "
        "on Monday.",
        {("mwangi", "detained", True), ("obi", "detained", True)},
        NONE,
    ),
]

# A fourth batch, written before its first run: long items and feed summaries.
FOURTH_BATCH: list[tuple[str, str, Events, Events]] = [
    (
        "ngo-long-arrest-brother-beaten-remand",
        "Amnesty International today called on the authorities in Uzbekistan to release blogger "
        "Jasur Rahimov immediately and unconditionally.\n\nRahimov, 33, was arrested on 12 "
        "September at his home in Tashkent. Officers confiscated his laptop and phone. His "
        "brother, Bekzod, who tried to film the arrest, was beaten by police.\n\nOn 16 September, "
        "a court remanded the blogger in custody for two months. He is accused of insulting the "
        "president, which carries a sentence of up to five years.",
        {("rahimov", "detained", True)},
        {("rahimov", "charged", True), ("rahimov", "charged", False)},
    ),
    (
        "wire-jailed-her-colleague-third-defendant",
        "MINSK (Reuters) - A Belarusian court on Thursday jailed opposition activist Saule "
        "Abenova for six years and her colleague Denis Volkov for four, rights group Viasna said. "
        "A third defendant, Marat Seitkali, received a suspended sentence.",
        {
            ("abenova", "sentenced", True),
            ("volkov", "sentenced", True),
            ("seitkali", "sentenced", True),
        },
        NONE,
    ),
    (
        "feed-detained-two-members-fined",
        "Georgia: opposition leader Grace Mwangi detained at rally; two party members, Chidi Obi "
        "and Erik Lindqvist, fined and released.",
        {
            ("mwangi", "detained", True),
            ("obi", "sentenced", True),
            ("lindqvist", "sentenced", True),
        },
        {
            ("obi", "released", True),
            ("lindqvist", "released", True),
            ("obi", "detained", True),
            ("lindqvist", "detained", True),
        },
    ),
    (
        "lead-lawyer-named-her-husband-detained",
        "A prominent Tajik lawyer has been sentenced to 12 years in prison on charges of "
        "extremism. Jelena Kovac, who defended several opposition figures, was convicted by a "
        "closed court in Dushanbe on Tuesday, her daughter said. Her husband was detained "
        "briefly after the verdict.",
        {("kovac", "sentenced", True)},
        NONE,
    ),
    (
        "such-as-with-the-father-of",
        "Dozens of critics have been detained since the protests, such as the journalist Tran "
        "Thi Mai and the father of Chidi Obi.",
        NONE,
        {("tran", "detained", True), ("tran", "detained", False)},
    ),
    (
        "whose-wife-named-jailed",
        "Denis Volkov, whose wife Saule Abenova was jailed last year, was himself detained on "
        "Monday.",
        {("volkov", "detained", True), ("abenova", "detained", False)},  # "jailed" alone
        NONE,
    ),
    (
        "he-is-the-one-still-held",
        "Marat Seitkali and Erik Lindqvist were arrested on Monday. Seitkali was released on "
        "Tuesday, but Lindqvist remains in custody. He has been charged with treason.",
        {
            ("seitkali", "detained", True),
            ("lindqvist", "detained", True),
            ("seitkali", "released", True),
            ("lindqvist", "charged", True),
        },
        NONE,
    ),
    (
        "ages-in-commas-deported",
        "Hisham Farouk, 57, and Jasur Rahimov, 33, were deported to Egypt and Uzbekistan on "
        "Wednesday.",
        {("farouk", "fled", True), ("rahimov", "fled", True)},
        NONE,
    ),
    (
        "the-accused-a-former-minister-she",
        "The trial of Ayo Nguema opened in Libreville on Monday. The accused, a former minister, "
        "denied all charges. She was remanded in custody until the next hearing.",
        {("nguema", "trial", True)},
        {("nguema", "detained", True)},
    ),
    (
        "quoted-lawyer-his-client-sentenced",
        "'We will appeal,' said Erik Lindqvist, the lawyer for Chidi Obi, after his client was "
        "sentenced to seven years on Wednesday.",
        {("obi", "sentenced", True)},
        NONE,
    ),
    (
        "her-son-detained-after-she-was-released",
        "Grace Mwangi's son was detained on Tuesday, a day after she was released from prison.",
        {("mwangi", "released", True)},
        NONE,
    ),
    (
        "co-defendant-named-denied-parole",
        "Aigerim Dosova's co-defendant, Saule Abenova, was denied parole on Monday.",
        {("abenova", "parole_denied", True)},
        NONE,
    ),
    (
        "dash-list-with-his-relatives",
        "Three people - Denis Volkov, his lawyer and his brother - were detained on Sunday.",
        {("volkov", "detained", True)},
        NONE,
    ),
    (
        "both-after-his-brother",
        "Chidi Obi and his brother were arrested on Monday. Both were released on bail on "
        "Wednesday.",
        {("obi", "detained", True), ("obi", "released", True)},
        NONE,
    ),
    (
        "feed-upheld-wife-also-jailed",
        "Kazakh activist Marat Seitkali's sentence upheld; wife Saule Abenova also jailed",
        {("seitkali", "appeal_rejected", True), ("abenova", "detained", True)},  # "jailed" alone
        NONE,
    ),
]

# Written after the fourth batch's first run (6/15): counter-examples of the classes fixed.
AFTER_FOURTH_RUN: list[tuple[str, str, Events, Events]] = [
    (
        "client-anywhere-counter-the-lawyer",
        "Erik Lindqvist, a lawyer, was detained on Monday after his client was released.",
        {("lindqvist", "detained", True)},
        NONE,
    ),
    (
        "dash-aside-counter-relatives",
        "Three people - relatives of Denis Volkov - were detained on Sunday.",
        NONE,
        NONE,
    ),
    (
        "both-counter-both-named",
        "Chidi Obi and his brother were arrested on Monday. Both Grace Mwangi and Erik Lindqvist "
        "were released.",
        {("obi", "detained", True), ("mwangi", "released", True), ("lindqvist", "released", True)},
        NONE,
    ),
    (
        "headline-also-counter-supporters",
        "Supporters of Jelena Kovac also detained",
        NONE,
        NONE,
    ),
    (
        "term-list-counter-unnamed-colleague",
        "The court jailed Saule Abenova for six years and her colleague for four on Thursday.",
        {("abenova", "sentenced", True)},
        NONE,
    ),
]

# A fifth batch, written before its first run: given names that say no gender ("Ayo",
# "Chidi"), where the text gives one or leaves it open.
FIFTH_BATCH: list[tuple[str, str, Events, Events]] = [
    (
        "her-home-then-he-a-neighbour",
        "Chidi Obi was detained at her home on Monday together with a neighbour, Paul Essien. He "
        "was released on Tuesday.",
        {("obi", "detained", True)},
        NONE,
    ),
    (
        "ms-then-her-brother-said-he",
        "Ms Ayo Nguema was charged on Tuesday. Her brother said he was beaten in custody.",
        {("nguema", "charged", True)},
        NONE,
    ),
    (
        "told-reporters-he-had-been-beaten",
        "Chidi Obi, 30, told reporters on Monday that he had been beaten by police during his "
        "arrest last week.",
        {("obi", "ill_treatment", True)},
        {("obi", "detained", True), ("obi", "detained", False)},
    ),
    (
        "and-her-husband-he-released",
        "Ayo Nguema and her husband were detained on Monday. He was released on Tuesday, but she "
        "remains in custody.",
        {("nguema", "detained", True)},
        NONE,
    ),
    (
        "his-wife-said-she-not-allowed",
        "Chidi Obi was arrested on Monday, his wife said. She was not allowed to see him.",
        {("obi", "detained", True)},
        NONE,
    ),
    (
        "mother-of-two-her-son-he",
        "Ayo Nguema, a mother of two, was detained on Monday. Police also detained her son. He "
        "was released hours later.",
        {("nguema", "detained", True)},
        NONE,
    ),
    (
        "named-lawyer-he-had-represented-her",
        "Tran Thi Mai's lawyer, Nguyen Van Hung, was arrested on Monday. He had represented her "
        "since 2021.",
        NONE,
        NONE,
    ),
    (
        "said-she-had-been-beaten",
        "Ayo Nguema said on Monday that she had been beaten in custody.",
        {("nguema", "ill_treatment", True)},
        NONE,
    ),
]

# Written after the fifth batch's first run (6/8): where the gender evidence must not reach.
AFTER_FIFTH_RUN: list[tuple[str, str, Events, Events]] = [
    (
        "own-pronoun-counter-another-name-between",
        "Chidi Obi was detained on Monday after police raided the home of Anna Kim and her "
        "family. He was charged on Tuesday.",
        {("obi", "detained", True), ("obi", "charged", True)},
        NONE,
    ),
    (
        "described-as-a-son-he",
        "Chidi Obi, the son of a former minister, was detained on Monday. He was charged on "
        "Tuesday.",
        {("obi", "detained", True), ("obi", "charged", True)},
        NONE,
    ),
    (
        "own-pronoun-counter-possessive-name",
        "Ayo Nguema's lawyer was detained at her office on Monday. He was charged on Tuesday.",
        NONE,
        NONE,
    ),
]

# A sixth batch, written before its first run: descriptions, leads and bulletins.
SIXTH_BATCH: list[tuple[str, str, Events, Events]] = [
    (
        "lead-lawyer-named-two-sentences-on",
        "A human rights lawyer was detained in Almaty on Tuesday, colleagues said. Police gave "
        "no reason for the arrest. Jelena Kovac had represented several jailed journalists.",
        {("kovac", "detained", True)},
        NONE,
    ),
    (
        "bulletin-three-countries",
        "- Uzbekistan: blogger Jasur Rahimov sentenced to 7 years\n- Kazakhstan: activist Marat "
        "Seitkali released after 3 years\n- Belarus: Denis Volkov's lawyer detained",
        {("rahimov", "sentenced", True), ("seitkali", "released", True)},
        NONE,
    ),
    (
        "the-62-year-old-of-two",
        "Hisham Farouk, 62, went on trial on Monday alongside Jasur Rahimov. The 62-year-old was "
        "taken to hospital on Tuesday.",
        {("farouk", "trial", True), ("rahimov", "trial", True), ("farouk", "transferred", True)},
        NONE,
    ),
    (
        "the-lawyer-of-two-described",
        "Grace Mwangi, a journalist, and Erik Lindqvist, a lawyer, were summoned on Monday. The "
        "lawyer was detained on Tuesday.",
        {("lindqvist", "detained", True)},
        NONE,
    ),
    (
        "his-client-first-lawyer-names-him-after",
        "His client was beaten in custody, said Erik Lindqvist, who represents Denis Volkov.",
        {("volkov", "ill_treatment", True)},
        NONE,
    ),
    (
        "lead-a-couple-then-named",
        "A Kazakh couple who ran an independent news site were detained on Monday. Saule Abenova "
        "and Marat Seitkali were taken from their home in Almaty.",
        {("abenova", "detained", True), ("seitkali", "detained", True)},
        NONE,
    ),
    (
        "ngo-three-journalists-dashes-who-were-freed",
        "Reporters Without Borders (RSF) welcomes the release of three journalists - Tran Thi "
        "Mai, Grace Mwangi and Chidi Obi - who were freed on Tuesday after spending more than a "
        "year in detention.",
        {("tran", "released", True), ("mwangi", "released", True), ("obi", "released", True)},
        NONE,
    ),
    (
        "daughter-who-is-also-an-activist",
        "Denis Volkov's daughter, who is also an activist, was detained on Monday.",
        NONE,
        NONE,
    ),
    (
        "alongside-his-son",
        "Marat Seitkali, alongside his son, was detained on Monday.",
        {("seitkali", "detained", True)},
        NONE,
    ),
    (
        "together-with-her-lawyer-named",
        "Grace Mwangi was arrested on Monday together with her lawyer, Erik Lindqvist.",
        {("mwangi", "detained", True), ("lindqvist", "detained", True)},
        NONE,
    ),
]

AFTER_SIXTH_RUN: list[tuple[str, str, Events, Events]] = [
    (
        "the-33-year-old-of-two",
        "Hisham Farouk, 62, went on trial on Monday alongside Jasur Rahimov, 33. The 33-year-old "
        "was taken to hospital on Tuesday.",
        {("farouk", "trial", True), ("rahimov", "trial", True), ("rahimov", "transferred", True)},
        NONE,
    ),
    (
        "lead-a-couple-counter-one-named",
        "A Kazakh couple who ran an independent news site were detained on Monday. Saule Abenova "
        "said her husband Marat Seitkali had been beaten.",
        {("seitkali", "ill_treatment", True)},
        {("abenova", "detained", True), ("seitkali", "detained", True)},
    ),
    (
        "alongside-counter-the-son-is-the-subject",
        "Marat Seitkali's son, alongside his lawyer, was detained on Monday.",
        NONE,
        NONE,
    ),
]

ALL = (
    AFTER_SIXTH_RUN
    + SIXTH_BATCH
    + AFTER_FIFTH_RUN
    + FIFTH_BATCH
    + AFTER_FOURTH_RUN
    + FOURTH_BATCH
    + AFTER_THIRD_RUN
    + THIRD_BATCH
    + AFTER_SECOND_RUN
    + SECOND_BATCH
    + LISTS
    + APPOSITIONS_AND_RELATIONS
    + DESCRIPTIONS_AND_PRONOUNS
    + AFTER_FIRST_RUN
)

# Classes still read wrongly, kept in view: the test fails once one of them is read right.
NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "expected", "optional"),
    named_params(ALL, NOT_YET),
)
def test_an_event_goes_to_the_person_it_happened_to(
    text: str, expected: Events, optional: Events
) -> None:
    found = events(text)
    assert expected <= found <= expected | optional


# A list set off by semicolons may hold a relative named only by a pronoun ("her
# husband") between its names: the names on both sides are the list's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aigerim Dosova, a teacher; her brother; and Hisham Farouk, a driver, were freed "
            "on Friday.",
            {("dosova", "released", True), ("farouk", "released", True)},
        ),
        # counter-example: the first entry is someone's relative, not the named person
        (
            "Aigerim Dosova's lawyer; his wife; and Hisham Farouk were freed on Friday.",
            {("farouk", "released", True)},
        ),
    ],
    ids=["relative-between-semicolons", "first-entry-a-relative"],
)
def test_a_semicolon_list_holds_an_unnamed_relative(text: str, expected: Events) -> None:
    assert events(text) == expected


# "His client was beaten, said X, who represents Y": the client is named after the speaker,
# as the one the speaker represents; not someone the speaker only met.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Her client was denied medical care, said Erik Lindqvist, a lawyer for Aigerim Dosova.",
            {("dosova", "ill_treatment", True)},
        ),
        # counter-example
        ("His client was beaten, said Erik Lindqvist, who met Hisham Farouk.", set()),
    ],
    ids=["said-x-a-lawyer-for-y", "said-x-who-met-y"],
)
def test_a_client_is_named_after_the_lawyer_who_speaks(text: str, expected: Events) -> None:
    assert events(text) == expected
