"""Event phrasings and currentness, round seventeen: the classes a real-news proxy's report
listed under "event phrasings not recognised", "currentness wrong" and "spurious events",
told in sentences of our own about made-up people.

The classes: a release from house arrest said with the court as subject ("freed X from
house arrest", "lifted the house arrest of X", "dropped a house arrest order against X");
charges withdrawn with the charges as subject ("charges against X were discontinued",
"the allegations were later dropped"), also in two sentences glued without a space after
the full stop; hard-wrapped wire text (a newline inside a sentence) with "was held on
<day>" for an arrest and "spent nine days in police detention" as a past detention; a
hunger strike said as "stopped eating" or "refused food", also with two people as subject;
a sentence named as a noun phrase ("a three-year prison term handed down in June");
"initially sentenced" for the first verdict of a case later changed; "despite serving a
sentence for" as a past sentence; a prisoner freed and flown abroad (an expulsion: fled,
as GUIDE.md counts a deportation); a day-of-month date ("on the 3rd") read against the
publication date; "has also been charged" as a new charge; and what is no event: "just
before leaving the country" (an arrest, no flight), an overturned ruling that had blocked
an extradition (no extradition), a release named as a hope ("her release would be a step
towards justice").

Labels follow eval-dev's GUIDE.md and the project's conventions. ``optional`` holds what a
reader could label either way. People and facts are made up. Every label was written and
committed before the module was first run.

First run: 19 of 33 items fully right; 23 of 33 labelled events found, 5 wrong extra
events; every item names exactly its people. Missed: "dropped a house arrest order
against X" (read as a house arrest); "charges against X had been discontinued", also after
a glued full stop; "the allegations were later dropped"; "was held on Wednesday" in
hard-wrapped text; "spent two weeks in police detention"; "raised the sentence of X"
(the new verdict); "despite serving a sentence for"; a release followed by a flight abroad
(two forms). Extra: "just before leaving the country" as a flight; an overturned ruling
that had blocked an extradition, and one "preventing X from being extradited", as an
extradition; a release that "would be a step towards justice".

First fixes (``monitor.core.sentences``: a glued full stop, hard-wrapped text; the rule
table's ``detained.held-on-a-day``, ``spent-time-in-custody``'s police custody,
``charges-were-dropped``'s apposition, "discontinued" and "allegations",
``house-arrest-lifted``'s "dropped a house arrest order against"; an acronym in brackets
inside a description before a name, ``event_who.OBJECT_GAP``): 25 of 33 items, 29 of 33
events, 4 extra.

Second fixes (the rule table's ``sentence-extended``'s "raised the sentence of X",
``fled-the-country``'s check ``NOT_STOPPED_LEAVING``, ``fled.flown-abroad``,
``fled.arrived-abroad-after-release``, ``released.release``'s release named as a step
towards a goal; ``event_whether``: a person kept "from being" moved, and then an
extradition blocked, halted or fought, now the extradition rule's ``NOT_RESISTED``;
``WHETHER`` here): 32 of 33 items, 32 of 33 events, no extra.
The item left is a strict xfail naming its class (``NOT_YET``): a rule for "serving a
sentence for <offence>" lowered eval-dev, whose labels leave that phrase unlabelled.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, FeedItem, Reader, item_params, named_in_params

PEOPLE = [
    Person("dara", "Chan Dara"),
    Person("phuong", "Mai Lan Phuong"),
    Person("mensah", "Kofi Mensah"),
    Person("ruiz", "Ana Ruiz Becerra"),
    Person("lan", "Pham Thi Lan"),
    Person("benali", "Omar Benali"),
    Person("kadiri", "Youssef Kadiri"),
    Person("thu", "Le Minh Thu"),
    Person("amrani", "Said Amrani"),
    Person("hale", "Jonathan Hale"),
    Person("marin", "Rosa Marín Solís"),
    Person("minthu", "Ko Min Thu"),
    Person("lim", "Marta Lim"),
]
PUBLISHED = datetime(2026, 12, 4, 9, 0)  # a Friday
events = Reader(PEOPLE, PUBLISHED)

NONE: Events = set()

ITEMS: list[FeedItem] = [
    # 3a: a release from house arrest, the court or the state as subject
    (
        "court-freed-from-house-arrest",
        "Opposition leader freed from house arrest",
        "A provincial court has freed opposition leader Chan Dara from house arrest, two "
        "years after he was detained and charged with treason.",
        {
            ("dara", "released", True),
            ("dara", "house_arrest", False),  # the house arrest the release ended
            ("dara", "detained", False),
            ("dara", "charged", False),
        },
        NONE,
        {"dara"},
    ),
    (
        "authorities-lifted-the-house-arrest-of",
        "Blogger allowed to leave her flat",
        "The authorities lifted the house arrest of blogger Mai Lan Phuong on Tuesday, her "
        "husband said.",
        {("phuong", "released", True), ("phuong", "house_arrest", False)},
        NONE,
        {"phuong"},
    ),
    (
        "dropped-a-house-arrest-order-against",
        "Court eases curbs on opposition leader",
        "The city court dropped a house arrest order against Chan Dara on Wednesday, but he "
        "may still not leave the country.",
        {("dara", "released", True), ("dara", "house_arrest", False)},
        NONE,
        {"dara"},
    ),
    (
        "refused-to-lift-house-arrest-is-no-release",
        "Court keeps blogger confined",
        "A judge on Monday refused to lift the house arrest of Mai Lan Phuong.",
        NONE,
        NONE,
        {"phuong"},
    ),
    # 3b: charges withdrawn, the charges as subject; a sentence glued to the one before
    (
        "charges-against-were-discontinued",
        "Prosecutors end case against editor",
        "The prosecutor's office said on Thursday that the criminal charges against editor "
        "Kofi Mensah had been discontinued.",
        {("mensah", "charges_dropped", True)},
        NONE,
        {"mensah"},
    ),
    (
        "glued-sentences-release-then-discontinued",
        "Two critics cleared",
        "The ministry freed Ana Ruiz Becerra from prison on Monday.Prosecutors also said that "
        "charges against Kofi Mensah have been discontinued.",
        {("ruiz", "released", True), ("mensah", "charges_dropped", True)},
        NONE,
        {"ruiz", "mensah"},
    ),
    (
        "allegations-later-dropped",
        "Editor honoured abroad",
        "Kofi Mensah was arrested in 2015 over allegations of fraud. The allegations were "
        "later dropped, and he now runs a newspaper in Accra.",
        {("mensah", "detained", False), ("mensah", "charges_dropped", False)},
        NONE,
        {"mensah"},
    ),
    (
        "the-person-dropped-allegations-is-no-event",
        "Editor withdraws complaint",
        "Kofi Mensah dropped his allegations against the minister on Tuesday after a settlement.",
        NONE,
        NONE,
        {"mensah"},
    ),
    # 3c: hard-wrapped wire text; "was held" as an arrest; a past spell in detention
    (
        "hard-wrapped-was-held-on-a-day",
        "",
        "DA NANG, Dec 4 Vietnamese police have detained a\nwell-known writer for posts "
        "critical of the\ngovernment, state media said.\nPham Thi Lan, 41, was held on "
        'Wednesday at her home in\nDa Nang for "spreading propaganda", the police said in '
        "a\nstatement.",
        {("lan", "detained", True)},
        NONE,
        {"lan"},
    ),
    (
        "spent-days-in-police-detention-long-ago",
        "Writer speaks out",
        "In 2012, Pham Thi Lan spent two weeks in police detention for joining a protest "
        "against a dam.",
        {("lan", "detained", False)},
        NONE,
        {"lan"},
    ),
    (
        "held-in-high-regard-is-no-arrest",
        "Writer's new book",
        "Pham Thi Lan was held in high regard by her readers, and her book sold well.",
        NONE,
        NONE,
        {"lan"},
    ),
    (
        "spent-days-in-a-city-is-no-detention",
        "Writer travels",
        "Pham Thi Lan spent two weeks in Paris in October, meeting her publishers.",
        NONE,
        NONE,
        {"lan"},
    ),
    # 3d: a hunger strike as "stopped eating" or "refused food", two people as subject
    (
        "two-people-stopped-eating",
        "Jailed journalists protest",
        "Omar Benali and Youssef Kadiri stopped eating on Sunday to protest their treatment "
        "by guards, their families said.",
        {("benali", "hunger_strike", True), ("kadiri", "hunger_strike", True)},
        NONE,
        {"benali", "kadiri"},
    ),
    (
        "has-refused-food-since",
        "Jailed journalist protests",
        "Youssef Kadiri has refused food since Monday, his lawyer said.",
        {("kadiri", "hunger_strike", True)},
        NONE,
        {"kadiri"},
    ),
    (
        "stopped-eating-meat-is-no-hunger-strike",
        "A chef's life",
        "Omar Benali stopped eating meat years ago and now cooks only vegetables.",
        NONE,
        NONE,
        {"benali"},
    ),
    # 3e: a sentence as a noun phrase
    (
        "prison-term-handed-down-in-a-past-month",
        "Activist awaits appeal",
        "Le Minh Thu is awaiting an appeal hearing against a four-year prison term handed "
        "down in June.",
        {("thu", "sentenced", False)},
        NONE,
        {"thu"},
    ),
    (
        "faces-a-prison-term-is-no-sentence",
        "Activist charged",
        "Le Minh Thu faces a prison term of up to five years if convicted.",
        NONE,
        NONE,
        {"thu"},
    ),
    # 3f: the first verdict of a case later changed
    (
        "initially-sentenced-then-raised",
        "Sentence of journalist raised",
        "An appeals court raised the sentence of Said Amrani to one year on Tuesday. He was "
        "initially sentenced to three months in jail in August.",
        {("amrani", "sentenced", True), ("amrani", "sentenced", False)},
        {("amrani", "appeal_rejected", True)},
        {"amrani"},
    ),
    # 3i: "despite serving a sentence for" as a past sentence
    (
        "despite-serving-a-sentence-for",
        "Hacker in custody",
        "Jonathan Hale has been in custody since 2021, despite serving a sentence for "
        "breaching bail in an unrelated case.",
        {("hale", "sentenced", False), ("hale", "detained", False)},
        NONE,
        {"hale"},
    ),
    (
        "despite-serving-as-a-minister-is-no-sentence",
        "Former minister speaks",
        "Jonathan Hale criticised the budget, despite serving as a minister until 2020.",
        NONE,
        NONE,
        {"hale"},
    ),
    # 3j: freed and flown abroad (an expulsion)
    (
        "freed-and-flown-abroad",
        "Prisoners expelled",
        "Nicaragua freed opposition leader Rosa Marín on Wednesday and flew her to Guatemala "
        "with 130 other prisoners.",
        {("marin", "released", True), ("marin", "fled", True)},
        NONE,
        {"marin"},
    ),
    (
        "arrived-abroad-after-her-release",
        "Freed dissident lands in Madrid",
        "Rosa Marín arrived in Madrid from Managua on Thursday after her release from prison "
        "was negotiated by the Vatican.",
        {("marin", "released", True), ("marin", "fled", True)},
        NONE,
        {"marin"},
    ),
    (
        "released-then-returned-home-is-no-flight",
        "Dissident back home",
        "Rosa Marín was released on Wednesday and returned to her home in León.",
        {("marin", "released", True)},
        NONE,
        {"marin"},
    ),
    # 4a: a day-of-month date read against the publication date
    (
        "sentenced-on-a-day-of-the-month",
        "Journalist jailed",
        "A court in Yangon sentenced Ko Min Thu to seven years in prison on the 3rd, his "
        "lawyer said.",
        {("minthu", "sentenced", True)},
        NONE,
        {"minthu"},
    ),
    (
        "day-of-month-after-a-past-month",
        "Journalist jailed",
        "Ko Min Thu was arrested in May. According to his lawyer, Mr. Min Thu was sentenced "
        "to seven years in prison on the 4th.",
        {("minthu", "detained", False), ("minthu", "sentenced", True)},
        NONE,
        {"minthu"},
    ),
    # 4b: a new charge in the present perfect
    (
        "has-also-been-charged",
        "Journalist faces more charges",
        "Ko Min Thu, sentenced to seven years last month, has also been charged with "
        "sedition, his lawyer said on Thursday.",
        {("minthu", "charged", True), ("minthu", "sentenced", True)},
        NONE,
        {"minthu"},
    ),
    # 5a: an arrest just before leaving is no flight
    (
        "arrested-just-before-leaving-the-country",
        "Journalist jailed",
        "Ko Min Thu was detained at Yangon airport in May just before leaving the country.",
        {("minthu", "detained", False)},
        NONE,
        {"minthu"},
    ),
    (
        "left-the-country-to-escape-arrest",
        "Journalist abroad",
        "Ko Min Thu left the country in May to escape arrest.",
        {("minthu", "fled", False)},
        NONE,
        {"minthu"},
    ),
    # 5b: an overturned ruling that had blocked an extradition is no extradition
    (
        "overturned-ruling-that-blocked-extradition",
        "Hacker loses extradition fight",
        "The High Court on Tuesday overturned a ruling that had blocked the extradition of "
        "Jonathan Hale to the United States.",
        NONE,
        NONE,
        {"hale"},
    ),
    (
        "overturned-decision-preventing-him-being-extradited",
        "Hacker loses extradition fight",
        "The court overturned a decision earlier this month preventing Jonathan Hale from "
        "being extradited.",
        NONE,
        NONE,
        {"hale"},
    ),
    (
        "was-extradited-is-fled",
        "Hacker sent to US",
        "Jonathan Hale was extradited to the United States on Monday.",
        {("hale", "fled", True)},
        NONE,
        {"hale"},
    ),
    # 5c: a release named as a hope
    (
        "release-would-be-a-step-towards-justice",
        "Church urges release",
        "Marta Lim's release from detention would be a step towards justice, the bishop "
        "said, urging the court to free her.",
        NONE,
        NONE,
        {"lim"},
    ),
    (
        "release-is-a-step-towards-justice-said-in-a-plea",
        "Church urges release",
        "The bishop urged the court to rule quickly and said that Marta Lim's release from "
        'detention "is a significant step towards justice".',
        NONE,
        NONE,
        {"lim"},
    ),
]

NOT_YET: dict[str, str] = {
    "despite-serving-a-sentence-for": "'serving a sentence for <offence>' (no length) is not "
    "read as a past sentence. Not fixed: eval-dev labels 'had been serving a sentence for "
    "<offence>' beside a parole as no event, and a rule for it lowered eval-dev's event F1",
}
NAMES_NOT_YET: dict[str, str] = {}


# what is read as no event since this round: an extradition or a deportation blocked,
# halted or fought (the extradition rule's ``NOT_RESISTED``), and a person kept "from being"
# moved or freed, or a decision that "opened the door for" a removal (``event_whether``,
# whose patterns are no rule records, so their examples and counter-examples stand here);
# and an earlier verdict "originally" or "initially" passed, kept beside the news
# (``event_tidy.ONCE_BEFORE``)
WHETHER: list[tuple[str, Events]] = [
    ("A judge halted the deportation of Jonathan Hale on Friday.", NONE),
    ("Lawyers fought the extradition of Jonathan Hale for three years.", NONE),
    ("The ruling that had stopped the expulsion of Jonathan Hale was overturned.", NONE),
    ("An injunction saved Jonathan Hale from being deported on Monday.", NONE),
    ("The court barred Rosa Marín from being expelled to Guatemala.", NONE),
    # a decision that opens the way for a removal, not the removal
    ("A ruling on Monday opened the door for the extradition of Jonathan Hale.", NONE),
    ("The verdict paved the way for his deportation, Jonathan Hale's lawyer said.", NONE),
    # an earlier verdict of the case kept beside the news ("initially sentenced")
    (
        "An appeals court raised the sentence of Said Amrani to two years on Tuesday. He had "
        "been sentenced to a year in June. He was originally sentenced to three months.",
        {
            ("amrani", "sentenced", True),
            ("amrani", "appeal_rejected", True),  # a sentence an appeals court changed
            ("amrani", "sentenced", False),
        },
    ),
    # counter-examples: the act itself
    ("Jonathan Hale was deported to Ireland on Tuesday.", {("hale", "fled", True)}),
    (
        "A court had blocked his removal in May, but Jonathan Hale was extradited to the "
        "United States on Wednesday.",
        {("hale", "fled", True)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHETHER)
def test_a_removal_blocked_or_opened_and_an_earlier_verdict_read_as_labelled(
    text: str, expected: Events
) -> None:
    assert events(text, "Court news") == expected


# two people named as the speakers, then "they" (``references._speaking_pair``): the pair;
# counter-examples: "they" the subject of an act on others, one speaker's "they"
SPEAKING_PAIRS: list[tuple[str, Events]] = [
    (
        "Omar Benali and Youssef Kadiri said they stopped eating on Sunday.",
        {("benali", "hunger_strike", True), ("kadiri", "hunger_strike", True)},
    ),
    (
        "Omar Benali and Youssef Kadiri told their families they were beaten by guards on Sunday.",
        {("benali", "ill_treatment", True), ("kadiri", "ill_treatment", True)},
    ),
    ("Omar Benali and Youssef Kadiri said they saw police beat protesters on Sunday.", NONE),
    ("Omar Benali said they arrested his brother on Sunday.", NONE),
    # a bare weekday after "stopped eating"; a term "handed out" (given, as "handed down")
    (
        "Omar Benali and Youssef Kadiri said they stopped eating Tuesday, their families said.",
        {("benali", "hunger_strike", True), ("kadiri", "hunger_strike", True)},
    ),
    (
        "Le Minh Thu is appealing against a four-year prison term handed out in June.",
        {("thu", "sentenced", False)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKING_PAIRS)
def test_they_after_two_speakers_is_the_pair(text: str, expected: Events) -> None:
    assert events(text, "Court news") == expected


def test_the_round_holds_thirty_three_items() -> None:
    assert len(ITEMS) == 33


@pytest.mark.parametrize(("title", "text", "expected", "optional"), item_params(ITEMS, NOT_YET))
def test_an_item_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    events.check_item(title, text, expected, optional)


@pytest.mark.parametrize(("title", "text", "named"), named_in_params(ITEMS, NAMES_NOT_YET))
def test_an_item_names_whom_a_reader_would_see(title: str, text: str, named: set[str]) -> None:
    events.check_named(title, text, named)


# Items written after the first fixes, for the classes two more proxy reports listed
# (pages1 and pages3: other phrasings of sentences, detentions, transfers, trials,
# expulsions, parole, ill-treatment and charges, and spurious events), in sentences of our
# own, labelled and committed before their first run.
#
# First run: 6 of 16 items fully right; 3 of 10 labelled events found, 6 wrong extra events.
# Missed: "handed X a prison term of six years"; "took X in on suspicion of"; "are
# transferring the imprisoned activists X and Y"; "forced to return to <country> at the
# request of"; "denied access to specialist medical care"; "booked under sections".
# Extra: "whose release the EU is demanding" as a release; "to resist deportation" as one;
# "had he been convicted" as a verdict; "imprisoned" and "jailed" as adjectives after a
# verb ("transferring the imprisoned activists", "rejected jailed editor X's request") as an
# arrest and a sentence.
#
# After the fixes of their classes (the rule table's ``handed-a-term``, ``detained.took-in``,
# ``transferring``, ``sent-into-exile``, ``denied-medical-care``,
# ``charged.booked-under-sections``; ``event_whether``: an inverted condition; ``event_who``:
# a decision on a plea before an adjective; a release asked for in a "whose" clause, a
# removal resisted and a move under way before an adjective were fixed at the same time in
# ``release``, ``NOT_RESISTED`` and ``VERB_BEFORE_ADJECTIVE`` for
# test_event_groups_when_r17): 15 of 16 items, 8 of 10 events, no extra.
# The item left is a strict xfail naming its class (``MORE_NOT_YET``).
MORE: list[FeedItem] = [
    (
        "more-handed-a-prison-term-of",
        "Court news",
        "A court in Rabat handed Said Amrani a prison term of six years and two months on Tuesday.",
        {("amrani", "sentenced", True)},
        NONE,
        {"amrani"},
    ),
    (
        "more-police-took-him-in",
        "Court news",
        "Officers took Omar Benali in on Thursday on suspicion of fraud, his wife said.",
        {("benali", "detained", True)},
        NONE,
        {"benali"},
    ),
    (
        "more-aunt-took-him-in-is-no-arrest",
        "A life in letters",
        "His aunt took Omar Benali in when he was a child, and he later became a writer.",
        NONE,
        NONE,
        {"benali"},
    ),
    (
        "more-are-transferring-imprisoned-activists",
        "Activists moved north",
        "Authorities are transferring the imprisoned activists Le Minh Thu and Pham Thi Lan "
        "to a prison in the north, their lawyers said on Thursday.",
        {("thu", "transferred", True), ("lan", "transferred", True)},
        NONE,
        {"thu", "lan"},
    ),
    (
        "more-preliminary-hearing-was-held",
        "Court news",
        "A preliminary hearing in the case against Kofi Mensah was held on Wednesday in Accra.",
        {("mensah", "trial", True)},
        NONE,
        {"mensah"},
    ),
    (
        "more-forced-to-return-at-the-request-of",
        "Journalist abroad",
        "Ko Min Thu was forced to return to Myanmar at the request of the military "
        "government in 2022.",
        {("minthu", "fled", False)},
        NONE,
        {"minthu"},
    ),
    (
        "more-whose-release-is-demanded",
        "Opposition leader still held",
        "Chan Dara, whose release the European Union is demanding, remains in prison.",
        NONE,
        NONE,
        {"dara"},
    ),
    (
        "more-to-resist-deportation",
        "Journalist protests",
        "Youssef Kadiri tore up his passport to resist deportation.",
        NONE,
        NONE,
        {"kadiri"},
    ),
    (
        "more-efforts-for-his-release",
        "Hacker still in prison",
        "Jonathan Hale is still in prison, and efforts for his release have continued since 2023.",
        NONE,
        NONE,
        {"hale"},
    ),
    (
        "more-could-have-spent-years-behind-bars",
        "Editor cleared",
        "Kofi Mensah could have spent five more years behind bars had he been convicted.",
        NONE,
        NONE,
        {"mensah"},
    ),
    (
        "more-sought-on-charges-is-no-charge",
        "Court news",
        "Youssef Kadiri, sought by police since 2015 on charges of fraud, was arrested on Monday.",
        {("kadiri", "detained", True)},
        NONE,
        {"kadiri"},
    ),
    (
        "more-rejected-request-for-parole",
        "Court news",
        "A court on Tuesday rejected Said Amrani's request for parole.",
        {("amrani", "parole_denied", True)},
        NONE,
        {"amrani"},
    ),
    (
        "more-denied-access-to-medical-care",
        "Activist ill in prison",
        "Le Minh Thu has been denied access to specialist medical care, her sister said on "
        "Thursday.",
        {("thu", "ill_treatment", True)},
        NONE,
        {"thu"},
    ),
    (
        "more-booked-under-sections",
        "Court news",
        "The journalist Ana Ruiz Becerra was booked under sections 153-A and 505 of the penal "
        "code on Monday.",
        {("ruiz", "charged", True)},
        NONE,
        {"ruiz"},
    ),
    (
        "more-booked-a-flight-is-no-charge",
        "Journalist travels",
        "Ana Ruiz Becerra booked a flight to Madrid on Monday.",
        NONE,
        NONE,
        {"ruiz"},
    ),
    (
        "more-jailed-as-an-adjective-in-a-request",
        "Court news",
        "A court rejected jailed editor Kofi Mensah's request for a transfer on Monday.",
        NONE,
        NONE,
        {"mensah"},
    ),
]

MORE_NOT_YET: dict[str, str] = {}  # (the transfer of a described pair: read by the lexicon)


def test_the_later_items_are_sixteen() -> None:
    assert len(MORE) == 16


@pytest.mark.parametrize(("title", "text", "expected", "optional"), item_params(MORE, MORE_NOT_YET))
def test_a_later_item_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    events.check_item(title, text, expected, optional)


@pytest.mark.parametrize(("title", "text", "named"), named_in_params(MORE, {}))
def test_a_later_item_names_whom_a_reader_would_see(title: str, text: str, named: set[str]) -> None:
    events.check_named(title, text, named)
