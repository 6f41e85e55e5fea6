"""Made-up English news, round thirteen (issue 14): four medium articles and twenty short
feed items in genres no earlier module covers: a press-freedom index's country chapter, a
family's appeal letter published by a rights group, a fact-check of a minister's claim
about a detainee, and a diaspora outlet's story whose transliterations differ from the
watchlist's ("Khajiyev" for Khadzhiev, "Tsutsayev" for Tsutsaev); among the items, a
court's own press releases, radio bulletins in transcript ("NEWSREADER:", a correction), a
post or a numbered thread quoted in a story, a daily political-prisoners counter, diaspora
items spelling names their own way, and namesakes, relatives, pleas and denials.

Labels follow DESIGN.md and README as a careful reader would give them: ``current`` for
the news (within about a month of publication), background for the rest; ``optional``
holds what a reader could label either way. People, outlets and facts are made up. Every
label was written and committed before the module was first run (54ee56b).

First run: 15 of 24 texts fully right (articles 1/4, items 14/20); 29 of 33 labelled events
found (articles 15/17, items 14/16), 7 wrong extra events; every text named exactly its
people, but one namesake was read as the person: "Hassan al-Mahroos", a son in the
family's signature line ("Zainab, Mahdi and Hassan al-Mahroos"). Missed: "led her ... into
an unmarked car" and "booked into the Force Criminal Investigation Department"; "a court
added a new charge" (with the person only as "his lawyer"); the second of "Released ...:
A, freed from the colony on 3 December, and B"; "two years today since X was detained"
(read as today's news). Extra: "before he was released" after "Our brother Hassan was
arrested" given to the person; "She was released" after "The mother of X was detained";
"upheld the sentence of eight years imposed ... on 3 April" dated by the verdict;
"CORRECTION: ... we said X had been arrested"; "a post claiming that X had been freed was
deleted"; a fact-check's quoted claim "She is a free woman". After the classes fixed
(``CLASSES`` here, and the rule table's ``booked-into-jail``, ``into-an-unmarked-car`` and
``brought-charges-against``): 22 of 24 texts, 31 of 33 events, no wrong extra event; the
two texts left and the namesake are strict xfails naming their class (``NOT_YET``,
``NOT_YET_NAMED``, ``ITEMS_NOT_YET``).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import (
    Events,
    FeedItem,
    Reader,
    article,
    assert_names_exactly,
    item_params,
    named_article_params,
    named_in_params,
    named_params,
)

PEOPLE = [
    # a press-freedom index's country chapter
    Person("nazarzoda", "Rustam Nazarzoda"),
    Person("kholova", "Zarina Kholova"),
    Person("imomali", "Daler Imomali"),
    Person("ghurbati", "Abdullo Ghurbati"),
    Person("sharipov", "Farrukh Sharipov"),
    # a family's appeal letter
    Person("mahroos", "Ali al-Mahroos"),
    # a fact-check
    Person("adeyemo", "Oluwakemi Adeyemo", aliases=("Kemi Adeyemo",)),
    Person("sule", "Ibrahim Sule"),
    # a diaspora outlet's story
    Person("khadzhiev", "Ruslan Khadzhiev"),
    Person("tsutsaev", "Aslan Tsutsaev"),
    Person("elmurzaev", "Yakub Elmurzayev"),
    # the short items
    Person("rzayev", "Vugar Rzayev"),
    Person("aydemir", "Selin Aydemir"),
    Person("boateng", "Kwabena Boateng"),
    Person("zhaksybekov", "Marat Zhaksybekov"),
    Person("nurmatov", "Otabek Nurmatov"),
    Person("bazarova", "Gulnara Bazarova"),
    Person("rostamzadeh", "Vahid Rostamzadeh"),
    Person("lotfi", "Hossein Lotfi"),
    Person("kavalenka", "Siarhei Kavalenka"),
    Person("lapko", "Iryna Lapko"),
    Person("sushko", "Andrei Sushko"),
    Person("tkachova", "Volha Tkachova"),
    Person("rakhimov", "Khurshid Rakhimov"),
    Person("semyonov", "Fyodor Semyonov"),
    Person("mahmudov", "Yusuf Mahmudov"),
]
PUBLISHED = datetime(2026, 12, 4, 12, 0)  # a Friday
events = Reader(PEOPLE, PUBLISHED)

NONE: Events = set()


# (name, title, text, expected, optional)
Row = tuple[str, str, str, Events, Events]

ARTICLES: list[Row] = [
    (
        "press-freedom-index-country-chapter",
        "2026 World Press Freedom Index - Country chapter: Tajikistan",
        article(
            "Rank: 153/180 (down 4). Score: 31.2.",
            "Tajikistan's remaining independent journalists spent 2026 in prison, in exile or "
            "in silence. The authorities blocked the last independent news site, Pamir Mirror, "
            "in February and prosecuted its editor.",
            "Rustam Nazarzoda, the site's editor, was arrested in Dushanbe on 14 March and "
            'sentenced in September to seven years for "calls to extremism". He is serving '
            "his term in a high-security colony in Vahdat. Deputy Interior Minister Sherali "
            "Nazarzoda, who is no relation, called the site's staff \"criminals, not "
            'reporters".',
            "The reporter Zarina Kholova, who covered the Gorno-Badakhshan region for the "
            "site, fled to Lithuania in April after police summoned her for questioning three "
            'times. In her absence, a court in Khorog charged her in June with spreading "false '
            'information".',
            "Two veteran journalists jailed in 2022, Daler Imomali and Abdullo Ghurbati, "
            "remain behind bars. Imomali, 58, went on hunger strike in October to protest "
            "against being denied treatment for diabetes; his family says he ended it after "
            "16 days.",
            "On 24 November, ten days before this chapter was published, police detained the "
            "blogger Farrukh Sharipov over a video about electricity cuts. He was released "
            "three days later with a fine.",
            "Foreign correspondents are rarely accredited, and those who are work under "
            "constant surveillance. Self-censorship is the rule.",
        ),
        {
            ("nazarzoda", "detained", False),
            ("nazarzoda", "sentenced", False),
            ("kholova", "fled", False),
            ("kholova", "charged", False),
            ("imomali", "hunger_strike", False),
            ("sharipov", "detained", True),
            ("sharipov", "released", True),
        },
        {
            ("imomali", "ill_treatment", False),
            ("imomali", "detained", False),
            ("imomali", "sentenced", False),
            ("ghurbati", "detained", False),
            ("ghurbati", "sentenced", False),
        },
    ),
    (
        "family-appeal-letter-published-by-ngo",
        "'Bring our father home': a letter from the family of Ali al-Mahroos",
        article(
            "The following letter was sent to us by the family of Ali al-Mahroos, a Bahraini "
            "poet who has been held in Jau prison since 2018. We publish it with their "
            "permission. - Gulf Rights Watch",
            "To whom it may concern,",
            "We are the children of Ali al-Mahroos. Our father was arrested at our home in "
            "Sitra at dawn on 9 May 2018, in front of us. He was 51. Six months later a court "
            "sentenced him to life in prison for a poem he read at a funeral.",
            "Since then we have seen him through glass, once a month, for twenty minutes. On "
            "12 November he was moved to the isolation wing of Jau after he complained about "
            "the cold. Since 15 November he has refused food. When our mother visited him on "
            "Monday, he could barely stand.",
            "Our brother Hassan was also arrested in 2018 and spent three years in prison "
            "before he was released in 2021. He has not been allowed to leave the country "
            "since.",
            "Our father is not a criminal. We ask the King to pardon him, as he pardoned "
            "hundreds of prisoners in April. We ask the British government, which trains "
            "Bahrain's prison guards, to ask about him.",
            "Zainab, Mahdi and Hassan al-Mahroos",
        ),
        {
            ("mahroos", "detained", False),
            ("mahroos", "sentenced", False),
            ("mahroos", "hunger_strike", True),
        },
        {
            ("mahroos", "transferred", True),
            ("mahroos", "ill_treatment", True),
        },
    ),
    (
        "fact-check-of-a-ministers-claim",
        "Fact check: Is Kemi Adeyemo 'a free woman', as the information minister says?",
        article(
            'CLAIM: "Nobody has arrested Kemi Adeyemo. She is a free woman and can walk out '
            'any time," Information Minister Tunde Alabi told a press conference in Abuja on '
            "1 December.",
            "VERDICT: FALSE.",
            "Kemi Adeyemo, a 34-year-old reporter for the online outlet Lagos Ledger, has not "
            "been seen in public since 19 November, when, according to three witnesses and "
            "CCTV footage reviewed by FactCheck Desk, plain-clothes officers led her out of "
            "her office in Ikeja and into an unmarked car.",
            "Police records obtained by her lawyer, Chidi Okafor, show she was booked into the "
            "Force Criminal Investigation Department in Abuja on 20 November. On 28 November a "
            "magistrate ordered that she be held for a further 30 days while police "
            "investigate her under the Cybercrimes Act. The minister's claim that she \"can "
            'walk out any time" is therefore false.',
            'The minister also said Adeyemo "was released last year after a previous case". '
            "This is partly true: Adeyemo was detained for four days in August 2025 over a "
            "report on fuel subsidies and freed without charge.",
            'A second claim, that "the journalist Ibrahim Sule has never been charged", is '
            "correct: Sule, a colleague of Adeyemo's who was questioned in the same case, has "
            "not been charged, and police returned his passport last week.",
            "We asked the ministry for evidence of Adeyemo's release. It did not respond.",
        ),
        {
            ("adeyemo", "detained", True),
            ("adeyemo", "detained", False),
            ("adeyemo", "released", False),
        },
        NONE,
    ),
    (
        "diaspora-outlet-transliterated-names",
        "Grozny police detain father of exiled blogger, our channel learns",
        article(
            "Ruslan Khajiyev, the exiled Chechen blogger whose Telegram channel Adat has "
            "200,000 subscribers, said on Wednesday that police in Grozny had detained his "
            "father and two cousins.",
            '"They took my father from his house on Monday night. They told him: your son '
            'must come home," Khajiyev, who lives in Poland, told us. He fled Russia in 2021 '
            "after being detained twice. His father, Said-Magomed Khadzhiev, 67, has a heart "
            "condition.",
            "Holding relatives is a common tactic against Chechen critics abroad. In January, "
            "the mother of the blogger Aslan Tsutsayev, who lives in France, was held for a "
            "week and released after she recorded a video condemning her son.",
            "Tsutsayev himself was sentenced in absentia in March to eight years for "
            '"justifying terrorism". On 27 November a court in Grozny added a new charge of '
            '"insulting the authorities", his lawyer Olga Petrenko told us.',
            "Another critic, Yakub Elmurzaev, was deported from Turkey to Russia on 1 December "
            "and has not been heard from since, his sister said. Turkish officials did not "
            "respond to our questions.",
        ),
        {
            ("khadzhiev", "fled", False),
            ("tsutsaev", "sentenced", False),
            ("tsutsaev", "charged", True),
            ("elmurzaev", "fled", True),
        },
        {
            ("khadzhiev", "detained", False),
            ("elmurzaev", "detained", True),
        },
    ),
]

# The people each article names, and the namesakes it must not read as them:
# (person id, a namesake's words in the text)
ARTICLES_NAMED: dict[str, tuple[set[str], list[tuple[str, str]]]] = {
    "press-freedom-index-country-chapter": (
        {"nazarzoda", "kholova", "imomali", "ghurbati", "sharipov"},
        [("nazarzoda", "Sherali Nazarzoda")],
    ),
    "family-appeal-letter-published-by-ngo": (
        {"mahroos"},
        [("mahroos", "Hassan al-Mahroos")],
    ),
    "fact-check-of-a-ministers-claim": ({"adeyemo", "sule"}, []),
    "diaspora-outlet-transliterated-names": (
        {"khadzhiev", "tsutsaev", "elmurzaev"},
        [("khadzhiev", "Said-Magomed Khadzhiev")],
    ),
}

ITEMS: list[FeedItem] = [
    # a court's own press releases
    (
        "court-press-release-today-dismissed-appeal",
        "Supreme Court press release No. 214/26",
        "The Supreme Court today dismissed the appeal of Mr Vugar Rzayev against his "
        "conviction for smuggling and upheld the sentence of eight years' imprisonment imposed "
        "by the Baku Grave Crimes Court on 3 April 2026. The judgment is final.",
        {("rzayev", "appeal_rejected", True)},
        {("rzayev", "sentenced", False)},
        {"rzayev"},
    ),
    (
        "court-press-release-hearing-scheduled",
        "Court of Appeal: forthcoming hearings",
        "The Court of Appeal will hear the case of Ms Selin Aydemir on 15 January 2027. The "
        "Court does not comment on pending proceedings.",
        NONE,
        NONE,
        {"aydemir"},
    ),
    (
        "court-press-release-bail-on-conditions",
        "High Court press release",
        "The High Court today granted bail to Mr Kwabena Boateng on condition that he "
        "surrenders his passport and reports to the police twice a week.",
        {("boateng", "released", True)},
        NONE,
        {"boateng"},
    ),
    # radio bulletins in transcript
    (
        "radio-bulletin-newsreader-then-correspondent",
        "Radio Free Steppe, 08:00 bulletin (transcript)",
        "NEWSREADER: Good morning. The opposition politician Marat Zhaksybekov has been "
        "detained again in Astana. Our correspondent reports. CORRESPONDENT: Police took "
        "Zhaksybekov from his flat at six this morning, his wife told us. It is his third "
        "arrest this year.",
        {("zhaksybekov", "detained", True)},
        NONE,
        {"zhaksybekov"},
    ),
    (
        "radio-bulletin-headlines",
        "Radio Ozodi, 13:00 headlines (transcript)",
        "Here are the headlines this hour. A court in Khujand has jailed the blogger Otabek "
        "Nurmatov for five years. Floods have closed the Pamir highway. And the national team "
        "has reached the Asian Cup final.",
        {("nurmatov", "sentenced", True)},
        NONE,
        {"nurmatov"},
    ),
    (
        "radio-bulletin-correction",
        "Radio Free Steppe, 20:00 bulletin (transcript)",
        "CORRECTION: In our 18:00 bulletin we said the lawyer Gulnara Bazarova had been "
        "arrested. She was in fact questioned as a witness and has gone home.",
        NONE,
        NONE,
        {"bazarova"},
    ),
    # posts and threads quoted in a story
    (
        "post-quoted-wife-hours-before-confirmation",
        "Iranian cartoonist detained in Tabriz",
        '"They came for him at 5am. Vahid is gone," his wife wrote on X on Tuesday, hours '
        "before police confirmed that the cartoonist Vahid Rostamzadeh had been detained in "
        "Tabriz.",
        {("rostamzadeh", "detained", True)},
        NONE,
        {"rostamzadeh"},
    ),
    (
        "numbered-thread-quoted",
        "Lawyer: client jailed after hearing where he could not speak",
        'In a thread on Bluesky, the lawyer Parisa Azimi wrote: "1/ My client Hossein Lotfi '
        'was sentenced today to 4 years. 2/ He was not allowed to speak. 3/ We will appeal."',
        {("lotfi", "sentenced", True)},
        NONE,
        {"lotfi"},
    ),
    (
        "deleted-post-claiming-release",
        "Pro-government account deletes claim about jailed singer",
        "A post by a pro-government account claiming that Hossein Lotfi had been freed was "
        'deleted on Wednesday after his lawyer called it "a lie".',
        NONE,
        NONE,
        {"lotfi"},
    ),
    # a daily political-prisoners counter
    (
        "counter-added-names-with-dates",
        "Political prisoners counter: day 1,612",
        "Political prisoners today: 1,148 (+2). Added: Siarhei Kavalenka, detained in Hrodna "
        "on 2 December; Iryna Lapko, sentenced to 3 years on 3 December. Released: none.",
        {("kavalenka", "detained", True), ("lapko", "sentenced", True)},
        NONE,
        {"kavalenka", "lapko"},
    ),
    (
        "counter-released-after-terms",
        "Political prisoners counter, 4 December",
        "Political prisoners today: 1,146 (-2). Released after serving their full terms: "
        "Andrei Sushko, freed from the Mahilioŭ colony on 3 December, and Volha Tkachova. "
        "Pardoned: none.",
        {("sushko", "released", True), ("tkachova", "released", True)},
        NONE,
        {"sushko", "tkachova"},
    ),
    (
        "counter-anniversary-no-change",
        "Political prisoners counter: day 1,613",
        "Counter unchanged at 1,148. It is two years today since Iryna Lapko was detained.",
        {("lapko", "detained", False)},
        NONE,
        {"lapko"},
    ),
    # diaspora items that spell names their own way
    (
        "diaspora-h-for-kh",
        "Tajik activist held in Germany at Dushanbe's request",
        "Hurshid Rahimov, a Tajik activist living in Germany, was detained by police in "
        "Dortmund on Tuesday at the request of Dushanbe, the opposition site Paiom reported. "
        "He fears extradition.",
        {("rakhimov", "detained", True)},
        NONE,
        {"rakhimov"},
    ),
    (
        "diaspora-e-for-yo",
        "Perm activist moved to colony",
        "Fedor Semenov, the Perm activist, was moved to a penal colony in the Kirov region on "
        "Monday, his lawyer told the emigre outlet Vkladka.",
        {("semyonov", "transferred", True)},
        NONE,
        {"semyonov"},
    ),
    (
        "diaspora-kh-for-h",
        "Uzbek blogger freed after four years",
        "Yusuf Makhmudov was released from a Tashkent prison on Wednesday after serving four "
        "years, his brother said in a video for the diaspora channel Erkin.",
        {("mahmudov", "released", True)},
        NONE,
        {"mahmudov"},
    ),
    # awards, namesakes, relatives, pleas, denials
    (
        "award-accepted-in-absentia",
        "Jailed Tajik editor wins Golden Pen",
        "The imprisoned editor Rustam Nazarzoda received the Golden Pen award in absentia on "
        "Thursday; his daughter accepted it on his behalf.",
        NONE,
        NONE,
        {"nazarzoda"},
    ),
    (
        "namesake-minister-with-listed-surname",
        "Minister: no journalists in Tajik prisons",
        'Interior Minister Sherali Nazarzoda said on Monday that "no journalist is in prison '
        'in Tajikistan" and that those detained were "ordinary criminals".',
        NONE,
        NONE,
        set(),
    ),
    (
        "unlisted-mother-detained-and-freed",
        "Cartoonist's mother briefly held",
        "The mother of Vahid Rostamzadeh was detained on Wednesday when she went to ask about "
        "him at the prosecutor's office. She was released hours later.",
        NONE,
        NONE,
        {"rostamzadeh"},
    ),
    (
        "open-letter-urges-release",
        "Writers urge release of singer",
        "In an open letter, 40 writers urged the authorities to release Hossein Lotfi and to "
        "drop the charges against him.",
        NONE,
        NONE,
        {"lotfi"},
    ),
    (
        "fact-check-prison-service-contradicted",
        "Fact check: is Kwabena Boateng 'in good health'?",
        'The prison service says Kwabena Boateng "is in good health". His lawyer says guards '
        "beat him on 30 November and that he was taken to hospital on 1 December.",
        {("boateng", "ill_treatment", True), ("boateng", "transferred", True)},
        NONE,
        {"boateng"},
    ),
]

NOT_YET: dict[str, str] = {}
NOT_YET_NAMED: dict[str, str] = {}
ITEMS_NOT_YET: dict[str, str] = {}
ITEMS_NOT_YET_NAMED: dict[str, str] = {}

# The classes fixed after the first run, each with an example and a counter-example
CLASSES: list[tuple[str, Events]] = [
    # a relative, named, who opens a sentence that names no one watched ("Our brother
    # Hassan was arrested ... before he was released"): that sentence's "he" is the relative
    (
        "Ali al-Mahroos was sentenced on Monday. Our brother Hassan was also arrested and "
        "spent a year in prison before he was released in 2021.",
        {("mahroos", "sentenced", True)},
    ),
    (
        "Ali al-Mahroos was sentenced on Monday. My brother Hassan was detained in 2019 "
        "before he was released in 2021.",
        {("mahroos", "sentenced", True)},
    ),
    (  # ... but a pronoun of the other gender is still the person's
        "Ali al-Mahroos was sentenced on Monday. Our sister Zainab was detained in 2019 "
        "before he was released in 2021.",
        {("mahroos", "sentenced", True), ("mahroos", "released", False)},
    ),
    # "The mother of X was detained": the next "she" is the mother
    (
        "The mother of Vahid Rostamzadeh was detained on Wednesday. She was released hours later.",
        NONE,
    ),
    (  # ... not when the mother only speaks or acts
        "The mother of Vahid Rostamzadeh visited the prison on Wednesday. He was released "
        "hours later.",
        {("rostamzadeh", "released", True)},
    ),
    (
        "The mother of Vahid Rostamzadeh said on Wednesday that he was released hours earlier.",
        {("rostamzadeh", "released", True)},
    ),
    # an anniversary: "two years (today) since X was detained" is a span back
    ("It is two years today since Iryna Lapko was detained.", {("lapko", "detained", False)}),
    (
        "Two days after she was freed, Iryna Lapko was detained again on Monday.",
        {("lapko", "detained", True)},
    ),
    # "upheld the sentence of eight years' imprisonment imposed on 3 April": the date is the
    # verdict's, the decision today's
    (
        "The Supreme Court today dismissed the appeal of Vugar Rzayev and upheld the sentence "
        "of eight years' imprisonment imposed on 3 April 2026.",
        {("rzayev", "appeal_rejected", True)},
    ),
    (
        "The Supreme Court upheld the sentence of Vugar Rzayev on 3 April 2026.",
        {("rzayev", "appeal_rejected", False)},
    ),
    # a correction's own earlier words are taken back
    (
        "CORRECTION: In our 18:00 bulletin we said the lawyer Gulnara Bazarova had been arrested.",
        NONE,
    ),
    (
        "In our 18:00 bulletin we said the lawyer Gulnara Bazarova had been arrested on Thursday.",
        {("bazarova", "detained", True)},
    ),
    # a claim taken down ("a post claiming that X had been freed was deleted")
    ("A post claiming that Hossein Lotfi had been freed was deleted on Wednesday.", NONE),
    (
        "A post claiming that Hossein Lotfi had been freed on Wednesday was shared by his lawyer.",
        {("lotfi", "released", True)},
    ),
    # a fact-check's paragraph of the claim it checks ("CLAIM: ...") tells what was said
    (
        'CLAIM: "Nobody has arrested Kemi Adeyemo. She is a free woman," the minister said on '
        "Monday.\n\nVERDICT: FALSE. Police detained Kemi Adeyemo on 19 November.",
        {("adeyemo", "detained", True)},
    ),
    (  # ... its verdict's paragraph, and a free woman outside a claim, are read
        "Claim: Kemi Adeyemo was released on Monday.\n\nVerdict: true. Kemi Adeyemo was "
        "released on Monday, her lawyer said.",
        {("adeyemo", "released", True)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLASSES)
def test_a_fixed_class_reads_its_examples(text: str, expected: Events) -> None:
    assert events(text) == expected


def test_the_round_holds_four_articles_and_twenty_items() -> None:
    assert len(ARTICLES) == 4 and len(ITEMS) == 20
    assert set(ARTICLES_NAMED) == {name for name, *_ in ARTICLES}


@pytest.mark.parametrize(("title", "text", "expected", "optional"), named_params(ARTICLES, NOT_YET))
def test_an_article_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    found = events(text, title)
    assert expected <= found <= expected | optional


@pytest.mark.parametrize(
    ("title", "text", "named", "namesakes"),
    named_article_params(ARTICLES, ARTICLES_NAMED, NOT_YET_NAMED),
)
def test_an_article_names_its_people_and_no_namesake(
    title: str, text: str, named: set[str], namesakes: list[tuple[str, str]]
) -> None:
    assert_names_exactly(events.index, f"{title}\n\n{text}", named, namesakes)


@pytest.mark.parametrize(
    ("title", "text", "expected", "optional"), item_params(ITEMS, ITEMS_NOT_YET)
)
def test_an_item_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    events.check_item(title, text, expected, optional)


@pytest.mark.parametrize(("title", "text", "named"), named_in_params(ITEMS, ITEMS_NOT_YET_NAMED))
def test_an_item_names_whom_a_reader_would_see(title: str, text: str, named: set[str]) -> None:
    events.check_named(title, text, named)
