"""Made-up English news on one question: is an event the news ("current") or background?
(issue 14, held-out accuracy: current/background flips and a pardon reported as a release.)

GUIDE.md: an event is current when it happened or was decided within roughly the month
before publication, or the article is about it. The items here test the evidence that
decides it, in the order the engine weighs it:

1. an explicit date, resolved against publication: within the news window (31 days) news,
   older background. The eval sets label dates 39-56 days back as background (a release
   "in March" in a May article, "detained March 27" in a May article), so the edge stays
   at the window; a bare month is read at its middle ("in November" in a December article
   is news, "in October" background; after "since", its whole span). A bare month does
   not take an older year from the sentence before it when it dates the event the article
   is about (the title's or the lead's kind of event): "X was arrested in 2021 ... In April
   a court sentenced her" in a May article is this April's verdict.
2. tense and aspect, reported speech included: a past perfect under a reporting verb
   ("his wife said he had been detained") is the reported past, news, unless a date or a
   background word ("earlier", "previously", "years ago") makes it older.
3. place and the main story: an undated past tense is news in the lead; deep in an
   article about a later stage it is background.
4. a state is no change: "remains in custody", "is still being held" are no event; "is
   serving a sentence" and "has been held since <older date>" tell an older sentence or
   arrest (background, as the eval sets label them).

And a pardon told beside a release of the same person (by name, as one of a group the
pardon names, or "under an amnesty") is the pardon: the eval sets label only
``pardoned`` then, never ``released`` too. A release on bail or pending trial is no pardon.

People, places and facts are made up; every label was written and committed before the
module was first run.

First run: 29 of 37 items right. Wrong: a past perfect with its speaker after it ("...,
colleagues told reporters", "..., the rights group Viasna reported": background) or with
a relative clause between the name and the verb ("Officials confirmed that X, a reporter
who covered the protests, had been charged": read as the relative clause's); "had
previously been detained twice" beside a news arrest (dropped as the news told again);
the two bare-month verdicts after an older year (moved into that year, as on held-back
news); the two pardons of a group ("pardoned 30 prisoners", "an amnesty ... has freed
hundreds") beside the person's release (read as a plain release).

Fixed since, each for its class: ``event_when.reported_speech`` (a speaker after the event
as well as a reporting verb before it); ``RELATIVE_CLOSED`` closes a relative clause before
"had"; ``event_tidy.ONCE_BEFORE`` holds "previously" and "formerly" (an earlier one of its
kind, kept beside the news); ``events._the_story_of_this_year`` (a bare month that took an
older year dates this year's story when the title or lead reports that kind of event);
``event_pardon`` (a pardon of a group told as news makes a release by no other route the
pardon).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader, article, named_params

PEOPLE = [
    Person("volkov", "Sergei Volkov"),
    Person("lebedeva", "Anna Lebedeva"),
    Person("sultanova", "Dana Sultanova"),
    Person("okafor", "Emeka Okafor"),
]
PUBLISHED = datetime(2026, 12, 4, 12, 0)  # a Friday
MAY = datetime(2026, 5, 12, 12, 0)  # a Tuesday
events = Reader(PEOPLE, PUBLISHED)
NONE: Events = set()

LEAD = "A court in Minsk on Thursday sentenced the blogger Sergei Volkov to five years in prison."

# (name, published, title, text, expected, optional)
ITEMS: list[tuple[str, datetime, str, str, Events, Events]] = [
    # 2. reported speech in the past perfect: the reported past is news
    (
        "reported-pp-passive-dated-weekday",
        PUBLISHED,
        "Belarusian blogger detained",
        "Sergei Volkov had been detained on Monday, his wife said on Thursday.",
        {("volkov", "detained", True)},
        NONE,
    ),
    (
        "reported-pp-active-said-that",
        PUBLISHED,
        "Belarusian blogger detained",
        "His lawyer said on Thursday that police had arrested Sergei Volkov at his flat in Minsk.",
        {("volkov", "detained", True)},
        NONE,
    ),
    (
        "reported-pp-told-reporters",
        PUBLISHED,
        "Belarusian blogger held",
        "Sergei Volkov had been taken into custody after a raid on his office, colleagues told "
        "reporters.",
        {("volkov", "detained", True)},
        NONE,
    ),
    (
        "reported-pp-plural-released",
        PUBLISHED,
        "Two reporters freed in Minsk",
        "Anna Lebedeva and Sergei Volkov had been released without charge, the rights group "
        "Viasna reported.",
        {("lebedeva", "released", True), ("volkov", "released", True)},
        NONE,
    ),
    (
        "reported-pp-clause-between",
        PUBLISHED,
        "Reporter charged with treason",
        "Officials confirmed that Anna Lebedeva, a reporter who covered the protests, had been "
        "charged with treason.",
        {("lebedeva", "charged", True)},
        NONE,
    ),
    (
        "reported-pp-in-body-after-lead",
        PUBLISHED,
        "Blogger moved to prison hospital",
        article(
            "Relatives of Sergei Volkov are worried about his health, they said on Wednesday.",
            "His sister said he had been moved to a prison hospital in Vitebsk.",
        ),
        {("volkov", "transferred", True)},
        NONE,
    ),
    # ... counter-examples: a date, or a background word, makes it older
    (
        "reported-pp-old-year",
        PUBLISHED,
        "Belarusian blogger detained",
        article(
            "Sergei Volkov was detained in Minsk on Tuesday, his wife said.",
            "She said he had been arrested in 2019 for organising a rally.",
        ),
        {("volkov", "detained", True), ("volkov", "detained", False)},
        NONE,
    ),
    (
        "reported-pp-previously",
        PUBLISHED,
        "Belarusian blogger detained",
        article(
            "Sergei Volkov was detained in Minsk on Tuesday, his wife said.",
            "His wife said Volkov had previously been detained twice.",
        ),
        {("volkov", "detained", True), ("volkov", "detained", False)},
        NONE,
    ),
    (
        "reported-pp-years-ago",
        PUBLISHED,
        "Reporter charged",
        article(
            "Anna Lebedeva was charged with extremism on Wednesday, her lawyer said.",
            "The lawyer said Lebedeva had been arrested years ago over a similar post.",
        ),
        {("lebedeva", "charged", True), ("lebedeva", "detained", False)},
        NONE,
    ),
    (
        "reported-pp-earlier",
        PUBLISHED,
        "Reporter freed",
        article(
            "Anna Lebedeva was freed from a detention centre on Wednesday.",
            "She had earlier been charged with fraud, her lawyer said.",
        ),
        {("lebedeva", "released", True), ("lebedeva", "charged", False)},
        NONE,
    ),
    # 1. explicit dates against publication (4 December)
    (
        "dated-two-weeks-back",
        PUBLISHED,
        "Blogger sentenced",
        article(LEAD, "Volkov was arrested on November 20 at his home."),
        {("volkov", "sentenced", True), ("volkov", "detained", True)},
        NONE,
    ),
    (
        "dated-four-weeks-back",
        PUBLISHED,
        "Blogger sentenced",
        article(LEAD, "Volkov was arrested on November 6 at his home."),
        {("volkov", "sentenced", True), ("volkov", "detained", True)},
        NONE,
    ),
    (
        "dated-six-weeks-back",
        PUBLISHED,
        "Blogger sentenced",
        article(LEAD, "Volkov was arrested on October 22 at his home."),
        {("volkov", "sentenced", True), ("volkov", "detained", False)},
        NONE,
    ),
    (
        "dated-eight-weeks-back-day-first",
        PUBLISHED,
        "Blogger sentenced",
        article(LEAD, "Police detained Volkov on 9 October at a border crossing."),
        {("volkov", "sentenced", True), ("volkov", "detained", False)},
        NONE,
    ),
    (
        "dated-bare-month-last-month",
        PUBLISHED,
        "Blogger sentenced",
        article(LEAD, "He was charged with extremism in November."),
        {("volkov", "sentenced", True), ("volkov", "charged", True)},
        NONE,
    ),
    (
        "dated-bare-month-two-back",
        PUBLISHED,
        "Blogger sentenced",
        article(LEAD, "He was charged with extremism in October."),
        {("volkov", "sentenced", True), ("volkov", "charged", False)},
        NONE,
    ),
    (
        "dated-early-october",
        PUBLISHED,
        "Reporter's trial opens",
        article(
            "The trial of the reporter Anna Lebedeva opened in Grodno on Wednesday.",
            "She was detained in early October after a search of her flat.",
        ),
        {("lebedeva", "trial", True), ("lebedeva", "detained", False)},
        NONE,
    ),
    # ... a bare month does not take an older year when it dates the article's story
    (
        "bare-month-verdict-after-older-year",
        MAY,
        "Kazakh activist jailed for four years",
        article(
            "Dana Sultanova was first arrested in 2021 over a protest in Almaty and released "
            "after a month.",
            "In April, a court in Almaty sentenced her to four years in prison.",
        ),
        {
            ("sultanova", "detained", False),
            ("sultanova", "released", False),
            ("sultanova", "sentenced", True),
        },
        NONE,
    ),
    (
        "bare-month-verdict-after-older-year-reworded",
        MAY,
        "Kazakh activist convicted",
        article(
            "Police detained Dana Sultanova during a rally in 2022.",
            "A district court convicted Sultanova of organising mass unrest in April, her "
            "lawyer said.",
        ),
        {("sultanova", "detained", False), ("sultanova", "sentenced", True)},
        NONE,
    ),
    (  # counter-example: an earlier stage of another kind goes on with the older year
        "bare-month-earlier-stage-keeps-older-year",
        PUBLISHED,
        "Court acquits activist",
        article(
            "A court in Almaty on Monday acquitted the activist Dana Sultanova.",
            "In 2020 Sultanova was arrested on charges of extremism. She was released on bail "
            "in November after five months in custody.",
        ),
        {
            ("sultanova", "acquitted", True),
            ("sultanova", "detained", False),
            ("sultanova", "charged", False),
            ("sultanova", "released", False),
        },
        NONE,
    ),
    # 4. states: no change, or an older event
    (
        "state-remains-in-custody",
        PUBLISHED,
        "Blogger's lawyer barred",
        "Sergei Volkov remains in custody in Minsk, his lawyer said on Thursday.",
        NONE,
        NONE,
    ),
    (
        "state-still-being-held",
        PUBLISHED,
        "Blogger's lawyer barred",
        "Sergei Volkov is still being held in a detention centre in Minsk, his lawyer said on "
        "Thursday.",
        NONE,
        NONE,
    ),
    (
        "state-is-serving-a-sentence",
        PUBLISHED,
        "Blogger's lawyer barred",
        "Sergei Volkov is serving a five-year sentence for a post on social media, his lawyer "
        "said on Thursday.",
        {("volkov", "sentenced", False)},
        NONE,
    ),
    (
        "state-serving-beside-a-move",
        PUBLISHED,
        "Blogger moved",
        "Sergei Volkov, who is serving a six-year term, was moved to a penal colony on Tuesday.",
        {("volkov", "transferred", True), ("volkov", "sentenced", False)},
        NONE,
    ),
    (
        "state-held-since-an-older-date",
        PUBLISHED,
        "Reporter denied bail",
        "Anna Lebedeva has been held in pretrial detention since March 2025, her lawyer said "
        "on Thursday.",
        {("lebedeva", "detained", False)},
        NONE,
    ),
    (  # counter-example: held since a date within the window dates the arrest as news
        "state-held-since-a-recent-date",
        PUBLISHED,
        "Reporter denied bail",
        "Anna Lebedeva has been held in pretrial detention since November 21, her lawyer said "
        "on Thursday.",
        {("lebedeva", "detained", True)},
        NONE,
    ),
    (  # counter-example: a sentence of this week, then the state
        "state-sentenced-now-serving",
        PUBLISHED,
        "Blogger sentenced",
        "Sergei Volkov was sentenced to five years on Tuesday and is now serving the term in "
        "Minsk.",
        {("volkov", "sentenced", True)},
        NONE,
    ),
    # 3. undated past tense: the lead is news, deep in a later story background
    (
        "undated-lead-is-news",
        PUBLISHED,
        "Belarusian blogger detained",
        article(
            "The blogger Sergei Volkov was detained in Minsk, his colleagues said.",
            "Volkov runs a popular channel about local politics.",
        ),
        {("volkov", "detained", True)},
        NONE,
    ),
    (
        "undated-deep-earlier-stage",
        PUBLISHED,
        "Blogger sentenced",
        article(
            LEAD,
            "Volkov, an outspoken critic of the government, ran a popular channel.",
            "He was charged with extremism over a series of posts.",
        ),
        {("volkov", "sentenced", True), ("volkov", "charged", False)},
        NONE,
    ),
    # B. a pardon told beside a release of the same person is the pardon
    (
        "pardon-of-a-group-then-release",
        PUBLISHED,
        "Azerbaijan frees reporter",
        article(
            "President Rahimov on Monday pardoned 30 prisoners, including several journalists.",
            "The journalist Emeka Okafor walked free from a prison in Baku on Tuesday.",
        ),
        {("okafor", "pardoned", True)},
        NONE,
    ),
    (
        "pardon-among-the-pardoned-then-left",
        PUBLISHED,
        "Reporter freed",
        article(
            "Anna Lebedeva was among 120 people pardoned by the president on Wednesday.",
            "She left the colony the same evening.",
        ),
        {("lebedeva", "pardoned", True)},
        NONE,
    ),
    (
        "pardon-freed-under-an-amnesty",
        PUBLISHED,
        "Blogger freed",
        "Sergei Volkov was freed on Tuesday under an amnesty marking Independence Day.",
        {("volkov", "pardoned", True)},
        NONE,
    ),
    (
        "pardon-amnesty-law-then-release",
        PUBLISHED,
        "Reporter freed",
        article(
            "An amnesty announced last week has freed hundreds of prisoners across the country.",
            "Anna Lebedeva was released from prison on Thursday, her husband said.",
        ),
        {("lebedeva", "pardoned", True)},
        NONE,
    ),
    (
        "pardon-by-name-then-release",
        PUBLISHED,
        "Blogger freed",
        article(
            "The president pardoned Sergei Volkov on Monday.",
            "He was released from the colony on Thursday.",
        ),
        {("volkov", "pardoned", True)},
        NONE,
    ),
    (
        "pardon-plural-then-they-walked-out",
        PUBLISHED,
        "Two reporters freed",
        article(
            "The king pardoned the reporters Anna Lebedeva and Sergei Volkov on Sunday.",
            "They walked out of prison on Monday.",
        ),
        {("lebedeva", "pardoned", True), ("volkov", "pardoned", True)},
        NONE,
    ),
    # ... counter-examples: an old pardon, a release on bail
    (
        "pardon-older-then-new-release",
        PUBLISHED,
        "Blogger freed",
        article(
            "Sergei Volkov was released from prison on Tuesday after serving a three-year term.",
            "He had been pardoned in 2015 after an earlier conviction.",
        ),
        {("volkov", "released", True), ("volkov", "pardoned", False)},
        {("volkov", "sentenced", False)},
    ),
    (
        "pardon-of-others-release-on-bail",
        PUBLISHED,
        "Blogger released on bail",
        article(
            "Sergei Volkov was released on bail pending trial on Tuesday.",
            "The president pardoned 30 prisoners convicted of drug offences this week.",
        ),
        {("volkov", "released", True)},
        NONE,
    ),
]

NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(
    ("published", "title", "text", "expected", "optional"), named_params(ITEMS, NOT_YET)
)
def test_an_item_is_news_or_background_as_a_reader_would_label_it(
    published: datetime, title: str, text: str, expected: Events, optional: Events
) -> None:
    found = events(text, title, published)
    assert expected <= found <= expected | optional


def test_the_round_holds_its_items() -> None:
    assert len(ITEMS) >= 35


# Round two: rewordings of the same classes (other verbs, voices, positions and counts),
# labelled and committed before their first run.
# First run: 13 of 16 right. Wrong: "had been detained in the past" beside a news arrest
# (the words after the verb not read: news, and dropped as the news told again); "who are
# serving long sentences" (no length: no sentence read); "left a prison in Lagos" (no
# release read, so no pardon of the group told after it). Fixed since: ``PAST_AFTER`` and
# ``event_tidy.ONCE_AFTER`` ("in the past", "years ago", "several times" after the verb);
# ``sentenced.serving-a-term`` takes "long", "lengthy" terms; ``released.walked-free``
# takes "a" before the place.
MORE: list[tuple[str, datetime, str, str, Events, Events]] = [
    (
        "reported-pp-according-to",
        PUBLISHED,
        "Reporter detained",
        "Anna Lebedeva had been seized by plainclothes officers outside her home, according to "
        "her editor.",
        {("lebedeva", "detained", True)},
        NONE,
    ),
    (
        "reported-pp-stated-in-a-statement",
        PUBLISHED,
        "Blogger sentenced",
        "In a statement on Wednesday, the Viasna group said a court in Gomel had sentenced Sergei "
        "Volkov to three years in a penal colony.",
        {("volkov", "sentenced", True)},
        NONE,
    ),
    (
        "reported-pp-body-speaker-after",
        PUBLISHED,
        "Family fears for jailed reporter",
        article(
            "The family of Anna Lebedeva appealed for help on Wednesday.",
            "She had been beaten by guards and denied medical care, her mother told the agency.",
        ),
        {("lebedeva", "ill_treatment", True)},
        NONE,
    ),
    (
        "reported-pp-in-the-past-marker",
        PUBLISHED,
        "Reporter detained",
        article(
            "Police detained the reporter Anna Lebedeva in Grodno on Wednesday, her editor said.",
            "The editor said she had been detained in the past for covering protests.",
        ),
        {("lebedeva", "detained", True), ("lebedeva", "detained", False)},
        NONE,
    ),
    (
        "reported-pp-dated-old-month-year",
        PUBLISHED,
        "Blogger freed",
        article(
            "Sergei Volkov was freed from a penal colony on Wednesday, his wife said.",
            "She said he had been sentenced in February 2023 to four years.",
        ),
        {("volkov", "released", True), ("volkov", "sentenced", False)},
        NONE,
    ),
    (
        "dated-seven-weeks-in-the-lead-retold",
        PUBLISHED,
        "Blogger's sentence upheld",
        article(
            "A court in Minsk on Tuesday upheld the sentence of the blogger Sergei Volkov.",
            "He was sentenced on October 15 to five years for insulting the president.",
        ),
        {("volkov", "appeal_rejected", True), ("volkov", "sentenced", False)},
        NONE,
    ),
    (
        "dated-five-weeks-day-month-year",
        PUBLISHED,
        "Reporter on trial",
        article(
            "The trial of the reporter Anna Lebedeva opened on Wednesday in Grodno.",
            "She was charged on 28 October 2026 with spreading false information.",
        ),
        {("lebedeva", "trial", True), ("lebedeva", "charged", False)},
        NONE,
    ),
    (
        "dated-three-weeks-day-month-year",
        PUBLISHED,
        "Reporter on trial",
        article(
            "The trial of the reporter Anna Lebedeva opened on Wednesday in Grodno.",
            "She was charged on 13 November 2026 with spreading false information.",
        ),
        {("lebedeva", "trial", True), ("lebedeva", "charged", True)},
        NONE,
    ),
    (
        "state-remains-behind-bars-reworded",
        PUBLISHED,
        "Blogger's appeal delayed",
        "Sergei Volkov remains behind bars in Minsk while his case is reviewed, his lawyer said "
        "on Thursday.",
        NONE,
        NONE,
    ),
    (
        "state-continues-to-be-held",
        PUBLISHED,
        "Reporter's family denied visit",
        "Anna Lebedeva continues to be held in a detention centre in Grodno, her mother said on "
        "Thursday.",
        NONE,
        NONE,
    ),
    (
        "state-has-been-in-prison-since-year",
        PUBLISHED,
        "Blogger moved",
        "Sergei Volkov, who has been in prison since 2021, was moved to a colony in Mogilev on "
        "Monday.",
        {("volkov", "transferred", True)},
        {("volkov", "detained", False)},
    ),
    (
        "state-is-serving-plural",
        PUBLISHED,
        "Reporters denied parole",
        "Anna Lebedeva and Sergei Volkov, who are serving long sentences for their reporting, "
        "were denied parole by a court in Minsk on Tuesday.",
        {
            ("lebedeva", "parole_denied", True),
            ("volkov", "parole_denied", True),
            ("lebedeva", "sentenced", False),
            ("volkov", "sentenced", False),
        },
        NONE,
    ),
    (
        "pardon-group-deep-then-release-in-lead",
        PUBLISHED,
        "Reporter walks free",
        article(
            "The reporter Emeka Okafor left a prison in Lagos on Thursday, his family said.",
            "He was among dozens of inmates who benefited from a clemency order signed by the "
            "governor on Wednesday.",
        ),
        {("okafor", "pardoned", True)},
        NONE,
    ),
    (
        "pardon-group-passive-then-release",
        PUBLISHED,
        "Reporter freed",
        article(
            "More than 200 political prisoners were pardoned by presidential decree on Monday.",
            "Emeka Okafor was set free on Tuesday morning, his lawyer said.",
        ),
        {("okafor", "pardoned", True)},
        NONE,
    ),
    (
        "pardon-old-group-pardon-not-this-release",
        PUBLISHED,
        "Reporter freed",
        article(
            "Emeka Okafor was freed on Tuesday after charges against him were dropped.",
            "In 2019 the president pardoned hundreds of prisoners, his lawyer recalled.",
        ),
        {("okafor", "charges_dropped", True)},
        {("okafor", "released", True)},
    ),
    (
        "pardon-old-group-pardon-plain-release",
        PUBLISHED,
        "Reporter freed",
        article(
            "Emeka Okafor was freed from prison on Tuesday.",
            "Years ago, an amnesty freed hundreds of prisoners, but he was not among them.",
        ),
        {("okafor", "released", True)},
        NONE,
    ),
]


@pytest.mark.parametrize(
    ("published", "title", "text", "expected", "optional"), named_params(MORE, NOT_YET)
)
def test_a_reworded_item_is_read_as_its_class(
    published: datetime, title: str, text: str, expected: Events, optional: Events
) -> None:
    found = events(text, title, published)
    assert expected <= found <= expected | optional


# A class found by trying sentences after round two (so not a first-run count): a "later"
# after the event, past a joining "and", is the next verb's ("was detained in the same case
# and later released": the detention does not follow the dated verdict told before it).
# ``event_when.follows_on``.
# (the release itself, undated and deep, a reader could label either way: optional)
LATER_OF_THE_NEXT_VERB: list[tuple[str, Events, Events]] = [
    (
        article(
            "A court in Grodno on Thursday sentenced the reporter Anna Lebedeva to four years.",
            "Her colleague Sergei Volkov was detained in the same case and later released.",
        ),
        {("lebedeva", "sentenced", True), ("volkov", "detained", False)},
        {("volkov", "released", True), ("volkov", "released", False)},
    ),
    (  # counter-example: "later" before the verb follows the dated event told before it
        article(
            "Police detained the reporter Anna Lebedeva in Grodno on 2 March 2025.",
            "She was later charged with extremism.",
        ),
        {("lebedeva", "detained", False), ("lebedeva", "charged", False)},
        NONE,
    ),
    (  # counter-example: a span after the verb with no other verb between is its own
        article(
            "Police detained the reporter Anna Lebedeva in Grodno on 25 November.",
            "She was charged with extremism two days later.",
        ),
        {("lebedeva", "detained", True), ("lebedeva", "charged", True)},
        NONE,
    ),
]


@pytest.mark.parametrize(("text", "expected", "optional"), LATER_OF_THE_NEXT_VERB)
def test_a_later_of_the_next_verb_is_not_the_events(
    text: str, expected: Events, optional: Events
) -> None:
    assert expected <= events(text) <= expected | optional


# States found by trying sentences after round two (so not a first-run count): a custody
# told as it is now ("is currently imprisoned", "is still being held") is no change, and
# the date of its speaker ("..., his lawyer said on Thursday") does not date it; one held
# "since" a point that is no date ("since his arrest") is an older arrest; a sentence told
# in the present with no term ("is imprisoned for his posts") one passed before.
# ``event_when.present_custody``, ``event_when.dated_since``.
STATES_NOW: list[tuple[str, Events]] = [
    ("Sergei Volkov is currently imprisoned in Mogilev, his lawyer said on Thursday.", NONE),
    ("The two reporters are still being held in Minsk, their editor said on Friday.", NONE),
    ("Anna Lebedeva remains locked up in Grodno, her mother said on Wednesday.", NONE),
    (
        "Sergei Volkov is imprisoned in Mogilev for his posts, his lawyer said on Thursday.",
        {("volkov", "sentenced", False)},
    ),
    (
        "Anna Lebedeva has been held in pretrial detention since her arrest, her lawyer said "
        "on Thursday.",
        {("lebedeva", "detained", False)},
    ),
    (
        "Sergei Volkov has been held in a Minsk jail ever since, his wife said on Tuesday.",
        {("volkov", "detained", False)},
    ),
    # counter-examples: a date after "since", a term, a title, a change
    (
        "Anna Lebedeva has been held in pretrial detention since November 21, her lawyer "
        "said on Thursday.",
        {("lebedeva", "detained", True)},
    ),
    ("Sergei Volkov is jailed for five years in Mogilev.", {("volkov", "sentenced", True)}),
    (
        "Anna Lebedeva has been in detention since her arrest on 21 November.",
        {("lebedeva", "detained", True)},
    ),
    (
        "Police detained Sergei Volkov on Tuesday, and he is still being held in Minsk.",
        {("volkov", "detained", True)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATES_NOW)
def test_a_custody_told_as_it_is_now_is_no_change(text: str, expected: Events) -> None:
    assert events(text) == expected


# A class found on the studied proxy halves (own sentences; not a first-run count): in an
# item about a pardon of a group, a release read as background only for how it is told (a
# noun, a present perfect outside the lead, a quotation) is the pardon's; one with an older
# date or word of its own stays a release of the past. ``events.OF_THE_PARDON``.
PARDON_OF_THE_ITEM: list[tuple[str, str, Events, Events]] = [
    (
        "release-of-name-apposition",
        article(
            "The president pardoned 40 political prisoners on Monday.",
            "Rights groups welcomed the news.",
            "The release of Anna Lebedeva, a former reporter, has also been confirmed.",
        ),
        {("lebedeva", "pardoned", True)},
        NONE,
    ),
    (
        "release-of-role-then-name",
        article(
            "The president pardoned 40 political prisoners on Monday.",
            "Rights groups welcomed the news.",
            "The release of the reporter Anna Lebedeva has also been confirmed.",
        ),
        {("lebedeva", "pardoned", True)},
        NONE,
    ),
    (
        "among-those-who-regained-freedom",
        article(
            "Dozens of inmates were amnestied on Sunday to mark the national day.",
            "Officials gave no names.",
            "Sergei Volkov is among those who have regained their freedom, his wife said.",
        ),
        {("volkov", "pardoned", True)},
        NONE,
    ),
    (
        "quoted-have-been-freed",
        article(
            "The king granted a pardon to 12 prisoners on Tuesday.",
            "The reporters' union welcomed it.",
            '"We are glad that Anna Lebedeva and Sergei Volkov have been freed," its head said.',
        ),
        {("lebedeva", "pardoned", True), ("volkov", "pardoned", True)},
        NONE,
    ),
    (  # counter-example: a release of an older date stays a release of the past
        "older-release-stays",
        article(
            "The president pardoned 40 political prisoners on Monday.",
            "Rights groups welcomed the news.",
            "Anna Lebedeva, who was released in 2019, called for more releases.",
        ),
        {("lebedeva", "released", False)},
        NONE,
    ),
    (  # counter-example: a release by another route
        "release-on-bail-stays",
        article(
            "The president pardoned 40 political prisoners on Monday.",
            "Rights groups welcomed the news.",
            "Sergei Volkov has been released on bail pending trial in a separate case.",
        ),
        NONE,
        {("volkov", "released", True), ("volkov", "released", False)},
    ),
]


PARDON_NOT_YET = {
    "release-of-role-then-name": "who: a noun's 'of' before a role and then the name ('The "
    "release of the reporter X') gives the person no event (a class of who, not of when)",
}


@pytest.mark.parametrize(
    ("text", "expected", "optional"), named_params(PARDON_OF_THE_ITEM, PARDON_NOT_YET)
)
def test_a_release_in_an_item_about_a_pardon_of_many(
    text: str, expected: Events, optional: Events
) -> None:
    assert expected <= events(text) <= expected | optional


# Found on the studied proxy halves (own sentences; not a first-run count): a month is read
# at its middle, the day it most likely names (``event_when.read_at_its_middle``: the only
# month on which the rule and the last-day rule part in the labelled sets is labelled as
# this one reads it); a count of days past the news window before "after his arrest" is
# history, as "months after" is (``HISTORY_BEFORE``).
MONTHS_AND_DAYS: list[Any] = [
    (
        datetime(2026, 9, 18, 12),
        "A court in Minsk sentenced Sergei Volkov to three years in August.",
        {("volkov", "sentenced", False)},
    ),
    (  # counter-example: the same month in an article of early September
        datetime(2026, 9, 5, 12),
        "A court in Minsk sentenced Sergei Volkov to three years in August.",
        {("volkov", "sentenced", True)},
    ),
    (  # counter-example: a month after "since" is a state from then to now
        datetime(2026, 11, 19, 12),
        "Sergei Volkov has been denied medical care since October, his wife said.",
        {("volkov", "ill_treatment", True)},
    ),
    (
        PUBLISHED,
        article(
            "Prosecutors dropped the case against Anna Lebedeva on Thursday.",
            "The decision came 75 days after her arrest in Grodno.",
        ),
        {("lebedeva", "charges_dropped", True), ("lebedeva", "detained", False)},
    ),
    pytest.param(  # counter-example: a count of days within the window
        PUBLISHED,
        article(
            "Prosecutors dropped the case against Anna Lebedeva on Thursday.",
            "The decision came 12 days after her arrest in Grodno.",
        ),
        {("lebedeva", "charges_dropped", True), ("lebedeva", "detained", True)},
        marks=pytest.mark.xfail(
            strict=True,
            reason="when: an undated noun outside the lead timed by a short span before the "
            "news ('12 days after her arrest') is read as background (UNDATED_NOUN), not "
            "counted from the news it precedes",
        ),
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), MONTHS_AND_DAYS)
def test_a_month_at_its_middle_and_a_count_of_days(
    published: datetime, text: str, expected: Events
) -> None:
    assert events(text, published=published) == expected
