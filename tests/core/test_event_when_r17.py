"""Made-up English news, round seventeen of "when" (issue 14): times told against another
event, years that carry over, undated feed items, states that are no new event, and
phrasings that look like an event of another type.

Real wire briefs date much of what they tell against another event, not the calendar:
"died about three weeks after he was detained" (the detention inside the news window when
the death is news), "was taken back into custody three weeks later" after a date of its
own, "days later". A year given once carries over to the sentences that follow it ("In
2019 X was arrested. He was freed on bail in November": the November of 2019). A short
feed item with no date at all tells its news in the past tense, and that is its news. A
state ("still kept under house arrest", "jailed since the 2011 uprising", "the jailed
banker") is no new event. And a few forms look like events of the wrong type: a
counterfactual ("could have spent six years in prison had he been convicted"), a reduced
sentence (a new sentence, not a lost appeal), "efforts for his release", an early release
(parole, not a plain release), a release by pardon (a pardon, not parole), "wanted on
charges of" (no charge brought).

Labels follow DESIGN.md, eval-dev's GUIDE.md and the eval sets' conventions: "current"
means within about a month of publication or what the item is about; parole and release are
exclusive; a reduced sentence is ``sentenced``; ``optional`` holds what a reader could
label either way. People, places and facts are made up. Every label was written and
committed before the module was first run.

First run: 6 of 15 articles fully right; 26 of 32 labelled events found, 9 wrong extra
events; every article named exactly its people. Missed or wrong: "taken back into custody
three weeks later" after "let out of prison on 20 October" (no rule for "taken back into
custody", and the span not counted from the day: the strike read as background); "In 2019
... He was released on bail in November" (November read as this year's); "arrested in May
2022 ... She was released on bail after spending nearly six months in jail" (read as news);
", held under house arrest since 2021, has been moved" (the move dated by the aside's
"since 2021"); "jailed since the 2011 uprising" (read as a new arrest); "could have spent
six years in prison had he been convicted" (a sentence); "an appeals court reduced the
sentence" (also an appeal lost); "Efforts for his release" (a release); "pardoned and
released early" (also parole); "cleared X of all charges" (no event).

Fixed since, each for its class: ``event_when.span_after`` (a span counted from the day of
the last event dated to one: "three weeks later", "days later", "the following month");
``event_when.in_an_older_year`` (a bare month after a sentence of an older year);
``event_when.after_a_stay`` (a release after N months in custody, counted from the older
date before it); ``event_tidy.SHORT_SPAN_AFTER`` ("died three weeks after he was detained":
the arrest as new as the death); ``CLOSED_CLAUSE`` with irregular participles ("held",
"kept"); ``HELD_SINCE_AFTER`` (a custody told by how long it has lasted is a state);
``event_whether.COUNTERFACTUAL``; "efforts for" among ``MODALITY``'s goals; a sentence cut
on appeal no longer an appeal lost (``events.LESSENED``); a pardon supersedes a parole in
its sentence (``event_tidy.SUPERSEDES``); "taken back into custody" in ``arrested``. The
item left is a strict xfail naming its class (``NOT_YET``).
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
    Person("abdrakhmanov", "Timur Abdrakhmanov"),
    Person("bekova", "Zarina Bekova"),
    Person("ismoilov", "Ruslan Ismoilov"),
    Person("hamidi", "Farhad Hamidi"),
    Person("zhakupov", "Serik Zhakupov"),
    Person("karimi", "Amir Karimi"),
    Person("fawzi", "Tarek Fawzi"),
    Person("merkulov", "Oleg Merkulov"),
    Person("gromov", "Pavel Gromov"),
    Person("nurlanov", "Aidos Nurlanov"),
    Person("osipova", "Daria Osipova"),
    Person("rahmani", "Yusuf Rahmani"),
    Person("celik", "Mert Celik"),
    Person("vidal", "Lucia Vidal"),
    Person("tanaka", "Kenji Tanaka"),
]
PUBLISHED = datetime(2026, 12, 4, 12, 0)  # a Friday
events = Reader(PEOPLE, PUBLISHED)

NONE: Events = set()

ARTICLES: list[FeedItem] = [
    (
        "died-weeks-after-he-was-detained",
        "Kazakh poet dies in pretrial detention",
        "The poet Timur Abdrakhmanov, 52, died in a pretrial detention centre in Shymkent about "
        "three weeks after he was detained at his home and charged with inciting discord, his "
        "lawyer said on Thursday.",
        {
            ("abdrakhmanov", "died", True),
            ("abdrakhmanov", "detained", True),
            ("abdrakhmanov", "charged", True),
        },
        NONE,
        {"abdrakhmanov"},
    ),
    (
        "taken-back-weeks-later-after-a-recent-date",
        "Family fears for health of Uzbek journalist",
        article(
            "The family of the journalist Zarina Bekova said on Wednesday that her health was "
            "failing.",
            "Bekova, who is serving a four-year term, was let out of prison on 20 October for "
            "treatment of a heart condition. She was taken back into custody three weeks later "
            "and began refusing food.",
        ),
        {("bekova", "detained", True), ("bekova", "hunger_strike", True)},
        {
            ("bekova", "sentenced", False),
            ("bekova", "released", False),
            ("bekova", "released", True),
        },
        {"bekova"},
    ),
    (
        "charged-two-weeks-later-after-an-old-date",
        "Tajik blogger's trial postponed",
        article(
            "A court in Dushanbe on Tuesday postponed the trial of the blogger Ruslan Ismoilov.",
            "Ismoilov was first detained on 3 March 2024. He was charged with extremism two "
            "weeks later.",
        ),
        {("ismoilov", "detained", False), ("ismoilov", "charged", False)},
        NONE,
        {"ismoilov"},
    ),
    (
        "days-later-after-a-recent-date",
        "Iranian rapper charged",
        article(
            "Security agents detained the rapper Farhad Hamidi in Isfahan on 25 November. Days "
            "later he was charged with insulting the leadership, his brother said on Thursday.",
        ),
        {("hamidi", "detained", True), ("hamidi", "charged", True)},
        NONE,
        {"hamidi"},
    ),
    (
        "year-in-an-earlier-sentence-carries-over",
        "Court acquits Tajik blogger",
        article(
            "A court in Khujand on Monday acquitted the blogger Ruslan Ismoilov of all charges.",
            "In 2019 Ismoilov was arrested on charges of calling for extremism. He was released "
            "on bail in November after four months in custody.",
        ),
        {
            ("ismoilov", "acquitted", True),
            ("ismoilov", "detained", False),
            ("ismoilov", "charged", False),
            ("ismoilov", "released", False),
        },
        NONE,
        {"ismoilov"},
    ),
    (
        "dated-arrest-then-undated-bail",
        "Kyrgyz court clears rights defender",
        article(
            "A court in Osh cleared the rights defender Daria Osipova of all charges on Wednesday.",
            "Osipova was arrested in May 2022 on charges of organising mass unrest.",
            "She was released on bail after spending nearly six months in jail.",
        ),
        {
            ("osipova", "charges_dropped", True),
            ("osipova", "detained", False),
            ("osipova", "charged", False),
            ("osipova", "released", False),
        },
        {("osipova", "acquitted", True)},
        {"osipova"},
    ),
    (
        "undated-feed-item-dies-on-hunger-strike",
        "Jailed Kazakh activist dies after hunger strike",
        "The activist Serik Zhakupov, who was serving a five-year term for social media posts, "
        "has died after 50 days on hunger strike, his family says. He was taken to a prison "
        "hospital as his health worsened.",
        {
            ("zhakupov", "died", True),
            ("zhakupov", "hunger_strike", True),
            ("zhakupov", "transferred", True),
        },
        {("zhakupov", "sentenced", False)},
        {"zhakupov"},
    ),
    (
        "still-kept-under-house-arrest",
        "Iranian opposition leader moved to clinic",
        "The opposition leader Amir Karimi, held under house arrest since 2021, has been moved "
        "to a clinic in Tehran for heart surgery but is still kept under house arrest there, "
        "his son said on Thursday.",
        {("karimi", "transferred", True)},
        {("karimi", "house_arrest", False)},
        {"karimi"},
    ),
    (
        "jailed-since-the-uprising",
        "Egyptian blogger begins hunger strike",
        "The blogger Tarek Fawzi, jailed since the 2011 uprising, began a hunger strike on "
        "Monday to protest being denied family visits, his sister said.",
        {("fawzi", "hunger_strike", True)},
        {
            ("fawzi", "detained", False),
            ("fawzi", "sentenced", False),
            ("fawzi", "ill_treatment", True),
        },
        {"fawzi"},
    ),
    (
        "the-jailed-banker-parole-refused",
        "Russian court refuses parole to banker",
        "A court in Perm on Tuesday turned down a parole request from the jailed banker Oleg "
        "Merkulov, who has served eight years of a twelve-year term.",
        {("merkulov", "parole_denied", True)},
        {("merkulov", "sentenced", False), ("merkulov", "detained", False)},
        {"merkulov"},
    ),
    (
        "could-have-spent-years-had-he-been-convicted",
        "Charges against Russian editor dropped",
        "Prosecutors dropped the charges against the editor Pavel Gromov on Wednesday. He "
        "could have spent six years in prison had he been convicted.",
        {("gromov", "charges_dropped", True)},
        NONE,
        {"gromov"},
    ),
    (
        "appeals-court-reduced-the-sentence",
        "Kazakh blogger's term cut on appeal",
        "An appeals court in Astana on Tuesday reduced the sentence of the blogger Aidos "
        "Nurlanov from seven years to five, his lawyer said.",
        {("nurlanov", "sentenced", True)},
        NONE,
        {"nurlanov"},
    ),
    (
        "efforts-for-his-release-and-wanted-on-charges",
        "Afghan journalist extradited from Serbia",
        "Serbia on Friday extradited the journalist Yusuf Rahmani, who has been wanted since "
        "2018 on charges of espionage, to Kabul. Efforts for his release have been ongoing "
        "since his arrest in Belgrade in July.",
        {("rahmani", "fled", True), ("rahmani", "detained", False)},
        NONE,
        {"rahmani"},
    ),
    (
        "early-release-is-parole-only",
        "Turkish journalist granted early release",
        "A court in Ankara on Monday granted early release to the journalist Mert Celik, who had "
        "served four years of a seven-year sentence, and he walked out of Sincan prison the same "
        "evening.",
        {("celik", "parole_granted", True)},
        {("celik", "sentenced", False)},
        {"celik"},
    ),
    (
        "pardoned-and-released-early",
        "Cuban dissident freed",
        article(
            "The Cuban dissident Lucia Vidal was freed on Tuesday under a pardon signed by the "
            "president, her husband said.",
            "Vidal was arrested in July 2021 and sentenced to nine years. Her co-defendant "
            "Kenji Tanaka was pardoned and released early last year.",
        ),
        {
            ("vidal", "pardoned", True),
            ("vidal", "detained", False),
            ("vidal", "sentenced", False),
            ("tanaka", "pardoned", False),
        },
        {("vidal", "released", True), ("tanaka", "released", False)},
        {"vidal", "tanaka"},
    ),
]

NOT_YET: dict[str, str] = {
    "dated-arrest-then-undated-bail": "what: a court's 'cleared X of all charges' is read as "
    "no event (a phrasing class of its own, not of when)",
}
NOT_YET_NAMED: dict[str, str] = {}


# Classes fixed after the round, from the real-news proxy's misses (own sentences, each with
# a counter-example): a participle after a decision on the person's request is an adjective
# ("rejected jailed tycoon X's request"); a description with a clause of its own owns its
# date ("..., an event that sparked protests in 2020"); "moved ... but still kept under
# house arrest" is no new house arrest; "detained for three years" is how long it lasted.
CLASSES: list[tuple[str, Events]] = [
    (
        "A court in Perm rejected jailed banker Oleg Merkulov's request for parole on Tuesday.",
        {("merkulov", "parole_denied", True)},
    ),
    (  # counter-example: the verb with its object
        "The court rejected his appeal and jailed Oleg Merkulov on Tuesday.",
        {("merkulov", "appeal_rejected", True), ("merkulov", "detained", True)},
    ),
    (
        "The death of Pavel Gromov in custody on Sunday coincided with the anniversary of the "
        "vote, an event that sparked mass protests in 2020.",
        {("gromov", "died", True)},
    ),
    (  # counter-example: the date after the trigger in its own clause
        "Pavel Gromov died in custody on Sunday, his lawyer said.",
        {("gromov", "died", True)},
    ),
    (
        "Amir Karimi has been moved to a clinic but is still kept under house arrest, his son "
        "said on Thursday.",
        {("karimi", "transferred", True)},
    ),
    (  # counter-example: moved to house arrest
        "A court in Tehran on Thursday moved Amir Karimi from prison to house arrest.",
        {("karimi", "house_arrest", True)},
    ),
    (
        "Amir Karimi, detained for three years at a safe house, has been moved to a clinic, "
        "his son said on Thursday.",
        {("karimi", "detained", False), ("karimi", "transferred", True)},
    ),
    (  # counter-example: a short custody is news
        "Amir Karimi was detained for two days last week.",
        {("karimi", "detained", True)},
    ),
    # "wanted on charges of", "sought since 1999 on charges of": a search, no charge
    (
        "Serbia on Friday extradited Yusuf Rahmani, whom Kabul had been seeking since 2018 on "
        "charges of espionage.",
        {("rahmani", "fled", True)},
    ),
    (  # counter-example: detained on charges
        "Yusuf Rahmani was detained in Belgrade on Friday on charges of espionage.",
        {("rahmani", "detained", True), ("rahmani", "charged", True)},
    ),
    # "this year": a period reaching far before the news window dates nothing; the tense
    # and the place tell (here an earlier stage of the dropped case)
    (
        "Prosecutors dropped the charges against Pavel Gromov on Monday. Gromov went on trial "
        "in Perm this year for leading a protest.",
        {("gromov", "charges_dropped", True), ("gromov", "trial", False)},
    ),
    # an undated early release beside the news release of the same person: one release,
    # the parole, as new as it
    (
        article(
            "A press freedom group on Tuesday welcomed the release of the journalist Kenji Tanaka.",
            "Tanaka was arrested in 2019 and sentenced in 2020 to eight years.",
            "\"We welcome Kenji Tanaka's early release,\" the group's director said.",
        ),
        {
            ("tanaka", "parole_granted", True),
            ("tanaka", "detained", False),
            ("tanaka", "sentenced", False),
        },
    ),
    (  # counter-example: a parole of its own date, before a return to custody
        article(
            "Kenji Tanaka was freed on Tuesday.",
            "He was granted early release in 2019 but was arrested again in 2021.",
        ),
        {
            ("tanaka", "released", True),
            ("tanaka", "parole_granted", False),
            ("tanaka", "detained", False),
        },
    ),
    (  # counter-example: "this month" is inside the window
        "Pavel Gromov went on trial in Perm this month for leading a protest.",
        {("gromov", "trial", True)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLASSES)
def test_a_fixed_class_reads_its_examples(text: str, expected: Events) -> None:
    assert events(text) == expected


def test_the_round_holds_fifteen_short_articles() -> None:
    assert len(ARTICLES) == 15
    for _, _, text, *_ in ARTICLES:
        assert 20 <= len(text.split()) <= 120


@pytest.mark.parametrize(("title", "text", "expected", "optional"), item_params(ARTICLES, NOT_YET))
def test_an_article_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    events.check_item(title, text, expected, optional)


@pytest.mark.parametrize(("title", "text", "named"), named_in_params(ARTICLES, NOT_YET_NAMED))
def test_an_article_names_its_people(title: str, text: str, named: set[str]) -> None:
    events.check_named(title, text, named)
