"""Made-up English news, round seventeen (issue 14): events told in passing, as background.

Real news tells most of a person's history in a word or a clause beside the news: nouns of
custody ("since his arrest in March", "the apprehension of X", "X's detention in 2023",
"following the jailing of X"); two people joined by kin ("X and his wife, Y, were
detained", "X and his son, Y"); exile and flight ("the exiled opposition leader X", "X, who
fled to Lithuania in 2020", "X, who lives in exile in Warsaw", "X, now in exile",
"extradited from Russia in 2022"); old convictions and sentences in appositions and
relative clauses ("X, who was convicted in 2022 of ...", "X, serving a five-year sentence
for ...", "X, jailed in 2021 for ..."). Mixed with them are the forms that are no event of
the person: requests and calls ("called for the release of"), threats and possibilities
("threatened to seek the detention of", "risks arrest if she returns"), denials ("was not
arrested"), relations who are not the person ("the brother of X was detained", "the wife of
X was detained") and "remains behind bars".

Labels follow DESIGN.md, eval-dev's GUIDE.md and the eval sets' conventions: a background
fact told in passing is an event with ``current`` false ("an activist now in exile" is
``fled``; "X, serving a 10-year sentence on charges ..." is ``sentenced``); an extradition is
``fled``; ``optional`` holds what a reader could label either way ("serving his sentence"
with no term, a trial named only as what a verdict followed). People, outlets and facts are
made up. Every label was written and committed before the module was first run (b6ec5e6).

First run: 7 of 13 articles fully right; 25 of 32 labelled events found, 2 wrong extra
events; every article named exactly its people. Missed: "the apprehension of X" (no rule
for the noun); a relative named in apposition after "and" ("detained X and his wife, Y,":
Y; "X and his son, Y, were taken into custody": X); "opened the trial in absentia of X and
Y" (both); "Y, who fled to Turkey after her arrest, has been granted asylum" (the flight
as background); "X, who was forced to leave the country in 2023 after his release from
prison" (the flight). Extra: the arrest in "Y, who fled to Turkey after her arrest" read
as news; "Following the jailing of X, several other musicians left the country" gave X
the flight.

Fixed since, each for its class: ``detained.apprehension`` (the noun, with a person or a
moment after it); ``trial.court-opened-trial`` with "in absentia"; ``event_who.LIST_GAP``
takes a relative named in apposition after "and" as the list's next entry (the strict
xfail of ``test_event_capture`` about "captured X and his wife, Y" passes with it). Other
nouns of custody at a moment: "the capture and detainment of X in 2023" (``arrest``),
``detained.imprisonment`` ("X's imprisonment in 2021", not "ten years' imprisonment", and
undated a state as "his detention"), ``detained.jailing``; ``fled.in-exile`` reads an aside
("X, in exile since 2021,"); ``event_when`` reads an undated noun that times a relative
clause's verb ("Y, who fled after her arrest") as background, as the clause's verb is;
``event_who.SUBJECT_OF_ITS_OWN`` leaves a verb after ", several other musicians" to them,
not to the name before the comma. ``CLASSES`` reads each as whole events. After the fixes:
11 of 13 articles fully right, 30 of 32 labelled events, no wrong extra event; the two left
are strict xfails naming their classes (``NOT_YET``; one is a names class).

Decided, not changed: an attributive "the exiled opposition leader X" stays a description
(``test_event_exile_state``'s convention, as "jailed journalist X"; no eval set labels one),
and "X has been in jail since 2017" stays no event (``test_events``); "the convicted blogger
X" likewise. These articles carry each such person's flight in another clause too.
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
    item_params,
    named_in_params,
)

PEOPLE = [
    Person("serikbayev", "Daniyar Serikbayev"),
    Person("tulegenova", "Aigerim Tulegenova"),
    Person("kholov", "Rustam Kholov"),
    Person("nazarova", "Zarina Nazarova"),
    Person("hasanli", "Vusal Hasanli"),
    Person("mammadova", "Leyla Mammadova"),
    Person("guliyev-farid", "Farid Guliyev"),
    Person("guliyev-tural", "Tural Guliyev"),
    Person("sanko", "Andrei Sanko"),
    Person("kavalenka", "Volha Kavalenka"),
    Person("zhuk", "Ihar Zhuk"),
    Person("fathy", "Mahmoud Fathy"),
    Person("shaker", "Hoda Shaker"),
    Person("nabil", "Omar Nabil"),
    Person("malinin", "Sergei Malinin"),
    Person("pavlova", "Irina Pavlova"),
    Person("ismailova", "Gulnara Ismailova"),
    Person("rakhimov", "Timur Rakhimov"),
    Person("yusupova", "Nilufar Yusupova"),
    Person("saidov", "Akmal Saidov"),
    Person("karpovich", "Maksim Karpovich"),
    Person("amini", "Kaveh Amini"),
    Person("rostami", "Babak Rostami"),
    Person("jalali", "Sara Jalali"),
    Person("olimov", "Firuz Olimov"),
    Person("qodirov", "Jamshed Qodirov"),
    Person("ruiz", "Marcos Ruiz Pineda"),
    Person("zhaksybekova", "Aliya Zhaksybekova"),
]
PUBLISHED = datetime(2026, 12, 4, 12, 0)  # a Friday
events = Reader(PEOPLE, PUBLISHED)

NONE: Events = set()

ARTICLES: list[FeedItem] = [
    (
        "held-since-his-arrest-brother-of-another",
        "Kazakh blogger's detention extended again",
        article(
            "A court in Almaty on Thursday extended by two months the pretrial detention of the "
            "blogger Daniyar Serikbayev, who has been held since his arrest in March on charges "
            "of spreading false information.",
            "The brother of the activist Aigerim Tulegenova was detained at the same time; "
            "Tulegenova herself was not arrested and has called for his release.",
        ),
        {("serikbayev", "detained", False)},
        {("serikbayev", "charged", False)},
        {"serikbayev", "tulegenova"},
    ),
    (
        "apprehension-capture-and-detainment",
        "Rights group marks anniversary of poet's capture",
        article(
            "Exactly two years after the apprehension of the poet Rustam Kholov at a border "
            "crossing, his family says they have not been allowed to visit him. Kholov's "
            "imprisonment followed a closed trial in Dushanbe in 2025 at which he was given 12 "
            "years.",
            "The group also recalled the capture and detainment of the journalist Zarina "
            "Nazarova in 2023, after which she spent 18 months in custody before being released.",
        ),
        {
            ("kholov", "detained", False),
            ("kholov", "sentenced", False),
            ("nazarova", "detained", False),
            ("nazarova", "released", False),
        },
        {("kholov", "trial", False)},
        {"kholov", "nazarova"},
    ),
    (
        "kin-joined-wife-and-son",
        "Opposition figure and wife held in dawn raid",
        article(
            "Security officers detained the opposition politician Vusal Hasanli and his wife, "
            "Leyla Mammadova, in a dawn raid on their Baku flat on Tuesday, their lawyer said.",
            "Separately, the editor Farid Guliyev and his son, Tural Guliyev, were taken into "
            "custody in Ganja on Wednesday.",
        ),
        {
            ("hasanli", "detained", True),
            ("mammadova", "detained", True),
            ("guliyev-farid", "detained", True),
            ("guliyev-tural", "detained", True),
        },
        NONE,
        {"hasanli", "mammadova", "guliyev-farid", "guliyev-tural"},
    ),
    (
        "exiled-fled-lives-in-exile-now-in-exile",
        "Belarus tries exiled opposition figures in absentia",
        article(
            "A court in Minsk on Wednesday opened the trial in absentia of the exiled opposition "
            "leader Andrei Sanko and the journalist Volha Kavalenka, who fled to Lithuania in "
            "2020.",
            "Sanko, who lives in exile in Warsaw, called the case a farce. The economist Ihar "
            "Zhuk, now in exile, said dozens more could be tried in the same way.",
        ),
        {
            ("sanko", "trial", True),
            ("sanko", "fled", False),
            ("kavalenka", "trial", True),
            ("kavalenka", "fled", False),
            ("zhuk", "fled", False),
        },
        NONE,
        {"sanko", "kavalenka", "zhuk"},
    ),
    (
        "convicted-serving-jailed-in-appositions",
        "UN experts urge Egypt to free lawyer and researcher",
        article(
            "UN experts on Tuesday called for the release of the lawyer Mahmoud Fathy, who was "
            "convicted in 2022 of spreading false news, and the researcher Hoda Shaker, serving "
            "a five-year sentence for her writing.",
            "The blogger Omar Nabil, jailed in 2021 for a Facebook post, was freed last week, "
            "his family said.",
        ),
        {
            ("fathy", "sentenced", False),
            ("shaker", "sentenced", False),
            ("nabil", "sentenced", False),
            ("nabil", "released", True),
        },
        {("nabil", "detained", False)},
        {"fathy", "shaker", "nabil"},
    ),
    (
        "wife-of-the-person-detained",
        "Jailed journalist's wife detained at airport",
        article(
            "The wife of the imprisoned journalist Sergei Malinin was detained at Moscow's "
            "Sheremetyevo airport on Sunday as she tried to board a flight to Yerevan.",
            "Malinin, 58, is serving a seven-year sentence handed down in 2024 for articles "
            "criticising the war. His colleague Irina Pavlova, who was sentenced to six years in "
            "absentia in 2023 and lives in Berlin, said the detention was meant to silence him.",
        ),
        {("malinin", "sentenced", False), ("pavlova", "sentenced", False)},
        {("malinin", "detained", False), ("pavlova", "fled", False)},
        {"malinin", "pavlova"},
    ),
    (
        "denial-threat-request",
        "Activist says she was questioned, not arrested",
        article(
            "The environmental activist Gulnara Ismailova said on Monday she had been questioned "
            "for three hours but was not arrested, contradicting a police statement.",
            "Prosecutors have threatened to seek the detention of her colleague Timur Rakhimov, "
            "who could face up to five years in prison. Rakhimov, who was briefly detained in "
            "2019, has asked the court not to place him in custody.",
        ),
        {("rakhimov", "detained", False)},
        NONE,
        {"ismailova", "rakhimov"},
    ),
    (
        "remains-behind-bars-years-after-her-arrest",
        "Two years on, reporter remains behind bars",
        article(
            "Two years after her arrest, the reporter Nilufar Yusupova remains behind bars in "
            "Tashkent, her editor said on Thursday.",
            "Yusupova, detained in December 2024 and sentenced last year to seven years, has not "
            "seen her children since. Her husband, the blogger Akmal Saidov, who fled to Turkey "
            "after her arrest, has been granted asylum there.",
        ),
        {
            ("yusupova", "detained", False),
            ("yusupova", "sentenced", False),
            ("saidov", "fled", False),
        },
        {("saidov", "fled", True)},
        {"yusupova", "saidov"},
    ),
    (
        "sister-of-the-exiled-editor-sentenced",
        "Sister of exiled editor sentenced in Minsk",
        article(
            "A Minsk court on Tuesday sentenced the sister of the exiled editor Maksim Karpovich "
            "to three years in a penal colony for donating to his news site.",
            "Karpovich, who left Belarus in 2021 and lives in exile in Vilnius, said his sister "
            "had been punished in his place.",
        ),
        {("karpovich", "fled", False)},
        NONE,
        {"karpovich"},
    ),
    (
        "freed-years-after-his-arrest-following-the-jailing",
        "Rapper freed after more than three years",
        article(
            "The rapper Kaveh Amini was released from Evin prison on Wednesday, more than three "
            "years after his arrest during the 2022 protests, his lawyer said.",
            "Following the jailing of Amini, several other musicians left the country, among "
            "them the singer Babak Rostami, who now lives in Paris. After her arrest in 2023, the "
            "poet Sara Jalali was held in solitary confinement for 40 days.",
        ),
        {
            ("amini", "released", True),
            ("amini", "detained", False),
            ("jalali", "detained", False),
        },
        {("rostami", "fled", False), ("jalali", "ill_treatment", False)},
        {"amini", "rostami", "jalali"},
    ),
    (
        "detention-in-a-year-extradited-client",
        "Tajik court rejects lawyer's appeal",
        article(
            "The Supreme Court of Tajikistan on Monday rejected the appeal of the lawyer Firuz "
            "Olimov against his 2024 conviction. Olimov's detention in 2023 followed his defence "
            "of a group of opposition activists.",
            "His client, the activist Jamshed Qodirov, extradited from Russia in 2022, is "
            "serving 15 years.",
        ),
        {
            ("olimov", "appeal_rejected", True),
            ("olimov", "detained", False),
            ("qodirov", "fled", False),
        },
        {("olimov", "sentenced", False), ("qodirov", "sentenced", False)},
        {"olimov", "qodirov"},
    ),
    (
        "forced-to-leave-after-release-feed-item",
        "Nicaragua strips exiled novelist of citizenship",
        "Nicaragua on Thursday stripped the novelist Marcos Ruiz Pineda of his citizenship. "
        "Ruiz, who was forced to leave the country in 2023 after his release from prison, lives "
        "in Madrid.",
        {("ruiz", "fled", False)},
        {("ruiz", "released", False), ("ruiz", "detained", False)},
        {"ruiz"},
    ),
    (
        "risks-arrest-husband-arrested",
        "Lawyer fears activist's arrest on return",
        "The lawyer for the activist Aliya Zhaksybekova said on Tuesday she risks arrest if she "
        "returns to Kazakhstan from Germany, where she applied for asylum in June. "
        "Zhaksybekova's husband was arrested in Astana in 2022.",
        NONE,
        {("zhaksybekova", "fled", False)},
        {"zhaksybekova"},
    ),
]

NOT_YET: dict[str, str] = {
    "remains-behind-bars-years-after-her-arrest": "when: one flight told both by a relative "
    "clause and by the main verb ('Y, who fled to Turkey after her arrest, has been granted "
    "asylum there') gives one event, the main verb's (news), not the clause's background too",
    "forced-to-leave-after-release-feed-item": "names: the first of two Spanish surnames alone "
    "('Ruiz' after 'Marcos Ruiz Pineda') is not found as a second mention, so the flight "
    "told of 'Ruiz' has no one (a names class, not one of events)",
}
NOT_YET_NAMED: dict[str, str] = {}


# The classes fixed after the first run, each with examples and counter-examples, read as
# whole events (who, whether, when)
CLASSES: list[tuple[str, Events]] = [
    # nouns of custody at a moment: "apprehension", "detainment", "imprisonment", "jailing"
    (
        "Police confirmed the apprehension of Rustam Kholov on Monday.",
        {("kholov", "detained", True)},
    ),
    (
        "Rights groups condemned the capture and detainment of Rustam Kholov in 2023.",
        {("kholov", "detained", False)},
    ),
    ("Rustam Kholov's imprisonment in 2021 drew criticism.", {("kholov", "detained", False)}),
    (
        "Following the jailing of Rustam Kholov in 2022, the newspaper closed.",
        {("kholov", "detained", False)},
    ),
    ("Rustam Kholov spoke of his apprehension about the vote on Monday.", NONE),
    ("Rustam Kholov's imprisonment has drawn criticism, his lawyer said.", NONE),
    (
        "Rustam Kholov was sentenced to ten years' imprisonment in 2019.",
        {("kholov", "sentenced", False)},
    ),
    ("Rustam Kholov fears jailing if he returns home.", NONE),
    # a relative named in apposition after "and": both people
    (
        "Rustam Kholov and his wife, Zarina Nazarova, were arrested in 2021.",
        {("kholov", "detained", False), ("nazarova", "detained", False)},
    ),
    (
        "Police detained Rustam Kholov and his son, Timur Rakhimov, on Tuesday.",
        {("kholov", "detained", True), ("rakhimov", "detained", True)},
    ),
    ("Police detained the wife of Rustam Kholov, Zarina Nazarova said on Tuesday.", NONE),
    ("Rustam Kholov and his wife were not arrested, Zarina Nazarova said on Tuesday.", NONE),
    # "in exile" as an aside
    ("Zarina Nazarova, in exile since 2021, spoke on Monday.", {("nazarova", "fled", False)}),
    ("Zarina Nazarova spoke about life in exile on Monday.", NONE),
    # a trial in absentia opened
    (
        "A court on Wednesday opened the trial in absentia of Zarina Nazarova.",
        {("nazarova", "trial", True)},
    ),
    ("A court on Wednesday postponed the trial in absentia of Zarina Nazarova.", NONE),
    # an undated noun that times a relative clause's verb is background, as that verb
    (
        "Rustam Kholov, who was beaten after his arrest, spoke on Monday.",
        {("kholov", "detained", False), ("kholov", "ill_treatment", False)},
    ),
    (  # ... not a noun the clause is about: "who filmed X's arrest" (the arrest, news)
        "Zarina Nazarova, who filmed Rustam Kholov's arrest, said he was beaten in the van.",
        {("kholov", "detained", True), ("kholov", "ill_treatment", True)},
    ),
    (
        "Rustam Kholov was beaten after his arrest on Monday, his lawyer said.",
        {("kholov", "detained", True), ("kholov", "ill_treatment", True)},
    ),
    # a subject of its own after a comma: not the person named before it
    (
        "Following the jailing of Rustam Kholov in 2022, several other musicians left the country.",
        {("kholov", "detained", False)},
    ),
    (
        "After the arrest of Rustam Kholov in 2022, dozens of reporters fled abroad.",
        {("kholov", "detained", False)},
    ),
    ("Rustam Kholov, the singer, fled the country in May.", {("kholov", "fled", False)}),
    (
        "Rustam Kholov, who was freed in March, left the country in May.",
        {("kholov", "released", False), ("kholov", "fled", False)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLASSES)
def test_a_fixed_class_reads_its_examples(text: str, expected: Events) -> None:
    assert events(text) == expected


def test_the_round_holds_thirteen_short_articles() -> None:
    assert len(ARTICLES) == 13
    for _, _, text, *_ in ARTICLES:
        assert 30 <= len(text.split()) <= 120


@pytest.mark.parametrize(("title", "text", "expected", "optional"), item_params(ARTICLES, NOT_YET))
def test_an_article_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    events.check_item(title, text, expected, optional)


@pytest.mark.parametrize(("title", "text", "named"), named_in_params(ARTICLES, NOT_YET_NAMED))
def test_an_article_names_its_people(title: str, text: str, named: set[str]) -> None:
    events.check_named(title, text, named)
