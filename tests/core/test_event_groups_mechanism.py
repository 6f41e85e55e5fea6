"""One mechanism for events told of a group: a list of watched people, and the plural words
that stand for it. Each class has examples in several verbs and both voices, and
counter-examples, all written and labelled before the engine first read them:

- a list as the event's subject or object, with titles, roles and appositions between the
  names ("activists A and B, lawyer C and journalist D were detained"; "police detained A,
  a teacher, B, who runs a blog, and C");
- the list after the event: "detained five people, including A and B", "among them",
  "most notably", "such as", a dash list, a colon list, a parenthetical list;
- a plural word after the list: "they", "both", "all three", "each of them", "the pair",
  "the two women", "the four photographers" (a count and a plural person noun), "the
  journalists", "the defendants", "the group", "charges against them", "their release";
- the list before a count: "A, B and C ... On Monday, the three were sentenced";
- counter-examples: a plural that names another group ("their lawyers", "their
  families", "the police", "protesters"), a count that does not fit, a list of people in
  another role, and "A said B and C were detained".

First run (on main at 240e631, before any change): 30 of 41 rows right. By class: subject
and object lists 6 of 8 (a relative clause inside an object list, "took X, who ..., and Y
into custody"), lists after the event 8 of 9 ("most notably"), plural words after a list
14 of 19 ("the pair" and "the group" after a fronted time, "all of them"; "the three men"
after two named read as them), the list before a count 2 of 5 ("the three" alone, as
subject or object). Three rows also failed on readings of other classes that the labels
had missed ("were jailed" read as an arrest, "had been held since spring" and "live in
exile" as background events, an undated night in custody before the release as an earlier
stage); those readings are accepted either way (``OTHER_READINGS``), as the labels were
unsure of them, not of the group.

``LATER`` (other verbs, voices and words of the same classes, written with the first fixes,
before their run): 10 of 13 on their first run; the who-clause with no "and" after it, a
who-clause in a subject list, and "among whom were" were then fixed; the last is still an
xfail for another class (an active "charged X" with no "with" is no charge). ``THIRD``
(written after studying the proxies' group-form misses, before their run; the engine had
been changed for the classes already): 7 of 7; its two rows of a second surname inside a
list were written after that fix (``TAIL``), 2 of 2, and so were its rows of "nine of the
journalists" and an unspaced dash list (``PART_OF``, ``DASH_ASIDE``), run after the fix
only. Left to other rounds: a counted group told before anyone is named ("All seven
journalists were arrested ..." in the lead, the names later), and an event noun with a word
between the owner and it ("their June arrests").

The people and the stories are made up.
"""

from __future__ import annotations

import pytest

from tests.core.reading import (
    GROUP_CAST,
    GROUP_PUBLISHED,
    NONE,
    Events,
    Reader,
    Row,
    each,
    named_params,
)

events = Reader(GROUP_CAST, GROUP_PUBLISHED)


SUBJECT_LISTS: list[Row] = [
    (
        "titled-list-passive-detained",
        "Activists Timur Bekov and Farid Gasanov, lawyer Vera Orlova and journalist Denys "
        "Savchuk were detained in Almaty on Tuesday.",
        each("bekov gasanov orlova savchuk", "detained"),
    ),
    (
        "apposition-list-active-detained",
        "Police on Tuesday detained Timur Bekov, a teacher, Farid Gasanov, who runs a popular "
        "blog, and Vera Orlova.",
        each("bekov gasanov orlova", "detained"),
    ),
    (
        "apposition-list-passive-sentenced",
        "Oksana Petrenko, a nurse from Lviv, and Pavlo Moroz, who had criticised the war "
        "online, were sentenced to five years on Wednesday.",
        each("petrenko moroz", "sentenced"),
    ),
    (
        "titled-list-active-released",
        "A court in Minsk on Thursday released journalist Iryna Lisovska, blogger Marat "
        "Sadykov and the lawyer Hanna Lutsko.",
        each("lisovska sadykov lutsko", "released"),
    ),
    (
        "relative-clause-in-object-list-custody",
        "Security officers took Timur Bekov, who chairs the union, and his deputy Farid "
        "Gasanov into custody on Tuesday.",
        each("bekov gasanov", "detained"),
    ),
    (
        "titled-list-charged",
        "Prosecutors on Monday charged poet Arkady Volkov, editor Dilshod Nurmatov and "
        "student Marat Sadykov with extremism.",
        each("volkov nurmatov sadykov", "charged"),
    ),
    (  # counter: only the reported people were detained, not the speaker
        "counter-speaker-said-list-detained",
        "Timur Bekov said Farid Gasanov and Vera Orlova were detained on Tuesday.",
        each("gasanov orlova", "detained"),
    ),
    (  # counter: the lawyer of a list is detained, not the list
        "counter-lawyer-of-the-list",
        "Vera Orlova, who represents Timur Bekov and Farid Gasanov, was detained on Tuesday.",
        each("orlova", "detained"),
    ),
]

LIST_AFTER: list[Row] = [
    (
        "including-after-active",
        "Police detained five people on Tuesday, including Timur Bekov and Farid Gasanov.",
        each("bekov gasanov", "detained"),
    ),
    (
        "including-after-passive-charged",
        "Eleven people were charged with treason on Monday, including Oksana Petrenko and "
        "Pavlo Moroz.",
        each("petrenko moroz", "charged"),
    ),
    (
        "among-them-sentenced",
        "A court in Baku sentenced 12 journalists on Monday, among them Sevda Rahimli and "
        "Elvin Hasanli.",
        each("rahimli hasanli", "sentenced"),
    ),
    (
        "most-notably-released",
        "Several opposition figures were released on Wednesday, most notably Marat Sadykov "
        "and Arkady Volkov.",
        each("sadykov volkov", "released"),
    ),
    (
        "such-as-in-the-middle-charged",
        "Authorities on Tuesday charged dozens of activists, such as Oksana Petrenko and Pavlo "
        "Moroz, with organising riots.",
        each("petrenko moroz", "charged"),
    ),
    (
        "dash-list-sentenced",
        "Three bloggers — Marat Sadykov, Arkady Volkov and Dilshod Nurmatov — were sentenced "
        "on Thursday to six years each.",
        each("sadykov volkov nurmatov", "sentenced"),
    ),
    (
        "colon-list-convicted",
        "On Tuesday the court convicted four activists: Timur Bekov, Farid Gasanov, Vera "
        "Orlova and Denys Savchuk.",
        each("bekov gasanov orlova savchuk", "sentenced"),
    ),
    (
        "parenthetical-list-freed",
        "Two journalists (Sevda Rahimli and Elvin Hasanli) were freed on Wednesday after a year "
        "in custody.",
        each("rahimli hasanli", "released"),
    ),
    (  # counter: relatives of the people listed, not the people
        "counter-including-relatives-of",
        "Police detained five people on Tuesday, including relatives of Timur Bekov and Farid "
        "Gasanov.",
        NONE,
    ),
]

PLURAL_AFTER: list[Row] = [
    (
        "they-arrested",
        "Timur Bekov and Farid Gasanov ran a news site in Almaty. They were arrested on Tuesday.",
        each("bekov gasanov", "detained"),
    ),
    (
        "both-sentenced",
        "Sevda Rahimli and Elvin Hasanli reported on corruption for years. Both were sentenced "
        "on Monday to nine years.",
        each("rahimli hasanli", "sentenced"),
    ),
    (
        "all-three-charged",
        "Oksana Petrenko, Pavlo Moroz and Denys Savchuk organised the strike. All three were "
        "charged on Wednesday with hooliganism.",
        each("petrenko moroz savchuk", "charged"),
    ),
    (
        "the-pair-released",
        "Marat Sadykov and Arkady Volkov filmed the protest. On Thursday the pair were "
        "released from custody.",
        each("sadykov volkov", "released"),
    ),
    (
        "the-two-women-object-detained",
        "Iryna Lisovska and Hanna Lutsko ran a shelter in Gomel. Police detained the two women "
        "on Tuesday.",
        each("lisovska lutsko", "detained"),
    ),
    (
        "count-and-plural-noun-photographers",
        "Timur Bekov, Farid Gasanov, Denys Savchuk and Pavlo Moroz covered the protest. The "
        "four photographers were detained on Wednesday.",
        each("bekov gasanov savchuk moroz", "detained"),
    ),
    (
        "the-journalists-object-sentenced",
        "Sevda Rahimli and Elvin Hasanli worked for an independent channel. On Monday a court "
        "sentenced the journalists to nine years.",
        each("rahimli hasanli", "sentenced"),
    ),
    (
        "the-defendants-acquitted",
        "Marat Sadykov and Dilshod Nurmatov denied wrongdoing throughout. On Thursday the "
        "defendants were acquitted.",
        each("sadykov nurmatov", "acquitted"),
    ),
    (
        "their-release-ordered",
        "Sevda Rahimli and Elvin Hasanli were detained in 2024. A court on Wednesday ordered "
        "their release.",
        each("rahimli hasanli", "detained", False) | each("rahimli hasanli", "released"),
    ),
    (
        "charges-against-them",
        "Marat Sadykov and Arkady Volkov were arrested in 2023. Prosecutors dropped all "
        "charges against them on Tuesday.",
        each("sadykov volkov", "detained", False) | each("sadykov volkov", "charges_dropped"),
    ),
    (
        "each-of-them-sentenced",
        "Timur Bekov and Farid Gasanov spoke to reporters outside the court. On Monday each of "
        "them was sentenced to two years.",
        each("bekov gasanov", "sentenced"),
    ),
    (
        "the-group-detained",
        "Dilshod Nurmatov, Marat Sadykov and Arkady Volkov met every week to read banned "
        "books. The group was detained on Tuesday.",
        each("nurmatov sadykov volkov", "detained"),
    ),
    (
        "the-men-freed",
        "Timur Bekov and Denys Savchuk were arrested in 2024. The men were freed on Thursday.",
        each("bekov savchuk", "detained", False) | each("bekov savchuk", "released"),
    ),
    (
        "all-of-them-transferred",
        "Oksana Petrenko, Iryna Lisovska and Hanna Lutsko were jailed in 2023. On Tuesday all "
        "of them were transferred to a colony in Gomel.",
        each("petrenko lisovska lutsko", "sentenced", False)
        | each("petrenko lisovska lutsko", "transferred"),
    ),
    (  # counter: their lawyers are other people
        "counter-their-lawyers-detained",
        "Sevda Rahimli and Elvin Hasanli were sentenced in 2024. Their lawyers were detained on "
        "Tuesday.",
        each("rahimli hasanli", "sentenced", False),
    ),
    (  # counter: their families are other people
        "counter-their-families-detained",
        "Marat Sadykov and Arkady Volkov live in exile in Vilnius. Their families were detained "
        "in Minsk on Tuesday.",
        NONE,
    ),
    (  # counter: a count that does not fit the list
        "counter-count-does-not-fit",
        "Timur Bekov and Farid Gasanov spoke at the rally. The three men were detained on Tuesday.",
        NONE,
    ),
    (  # counter: the police are not the list
        "counter-the-police",
        "Timur Bekov and Farid Gasanov filmed the march. The police were sent to the square on "
        "Tuesday and detained protesters.",
        NONE,
    ),
    (  # counter: the list is of people in another role (the judges)
        "counter-list-of-judges-then-protesters",
        "Judges Vera Orlova and Oksana Petrenko heard the case in Kyiv. The protesters were "
        "sentenced on Tuesday.",
        NONE,
    ),
]

LIST_BEFORE: list[Row] = [
    (
        "the-three-sentenced",
        "Timur Bekov, Farid Gasanov and Denys Savchuk led the strike at the plant. On Monday, "
        "the three were sentenced to five years.",
        each("bekov gasanov savchuk", "sentenced"),
    ),
    (
        "the-two-transferred",
        "Iryna Lisovska and Hanna Lutsko have spent a year in custody. On Tuesday the two were "
        "transferred to a colony in Gomel.",
        each("lisovska lutsko", "transferred"),
    ),
    (
        "a-court-acquitted-the-three",
        "Marat Sadykov, Arkady Volkov and Dilshod Nurmatov had been held since spring. A court "
        "acquitted the three on Thursday.",
        each("sadykov volkov nurmatov", "acquitted"),
    ),
    (
        "police-released-the-four",
        "Timur Bekov, Farid Gasanov, Vera Orlova and Denys Savchuk were held overnight at a "
        "station in Almaty. Police released the four on Wednesday.",
        each("bekov gasanov orlova savchuk", "detained")
        | each("bekov gasanov orlova savchuk", "released"),
    ),
    (  # counter: the count does not fit the list
        "counter-the-four-after-two",
        "Iryna Lisovska and Hanna Lutsko spoke at the vigil. On Tuesday the four were detained.",
        NONE,
    ),
]

# Written with the fixes of the first round, before they were run: the same classes in
# other verbs, voices and words
LATER: list[Row] = [
    (
        "who-clause-in-object-list-sentenced",
        "A court on Monday sentenced Elvin Hasanli, who edits a weekly, Sevda Rahimli, who "
        "hosts a podcast, and Denys Savchuk to six years.",
        each("hasanli rahimli savchuk", "sentenced"),
    ),
    (
        "who-clause-in-subject-list-passive",
        "Iryna Lisovska, who founded the shelter, and her colleague Hanna Lutsko were "
        "released on Thursday.",
        each("lisovska lutsko", "released"),
    ),
    (
        "among-whom-charged",
        "Prosecutors charged nine bloggers on Tuesday, among whom were Marat Sadykov and "
        "Arkady Volkov.",
        each("sadykov volkov", "charged"),
    ),
    (
        "in-particular-passive-freed",
        "Dozens of prisoners were freed on Wednesday, in particular Oksana Petrenko and Pavlo "
        "Moroz.",
        each("petrenko moroz", "released"),
    ),
    (
        "notably-object-acquitted",
        "The court acquitted several defendants on Thursday, notably Timur Bekov and Vera Orlova.",
        each("bekov orlova", "acquitted"),
    ),
    (
        "the-two-activists-object-charged-after-fronted-time",
        "Oksana Petrenko and Pavlo Moroz organised the vigil. On Tuesday, prosecutors charged "
        "the two activists with hooliganism.",
        each("petrenko moroz", "charged"),
    ),
    (
        "the-trio-sentenced",
        "Marat Sadykov, Arkady Volkov and Dilshod Nurmatov ran a channel on Telegram. On "
        "Wednesday the trio were sentenced to three years.",
        each("sadykov volkov nurmatov", "sentenced"),
    ),
    (
        "the-couple-deported",
        "Iryna Lisovska and Pavlo Moroz married in 2020. On Monday the couple were deported to "
        "Poland.",
        each("lisovska moroz", "fled"),
    ),
    (
        "all-five-musicians-detained",
        "Timur Bekov, Farid Gasanov, Denys Savchuk, Pavlo Moroz and Marat Sadykov played at "
        "the concert. Police detained all five musicians on Tuesday.",
        each("bekov gasanov savchuk moroz sadykov", "detained"),
    ),
    (  # counter: "the pair" when three were listed
        "counter-the-pair-after-three",
        "Timur Bekov, Farid Gasanov and Vera Orlova spoke at the rally. On Tuesday the pair "
        "were detained.",
        NONE,
    ),
    (  # counter: the guards are not the listed people
        "counter-the-guards-detained",
        "Sevda Rahimli and Elvin Hasanli said they were beaten in 2024. On Tuesday the guards "
        "were detained.",
        each("rahimli hasanli", "ill_treatment", False),
    ),
    (  # counter: the other activists are others
        "counter-the-other-activists",
        "Marat Sadykov and Arkady Volkov left the square early. The other activists were "
        "detained on Tuesday.",
        NONE,
    ),
    (  # counter: "the two sides", a count with a noun of things
        "counter-the-two-sides",
        "Timur Bekov and Farid Gasanov met in the spring. On Tuesday the two sides were "
        "charged in a civil dispute.",
        NONE,
    ),
]

# Written after studying the group-form misses of the proxies' studied halves (classes, not
# their sentences), before these rows were first run
THIRD: list[Row] = [
    (
        "plural-possessive-release",
        "Sevda Rahimli and Elvin Hasanli were detained in 2024. On Tuesday rights groups "
        "welcomed the journalists' release.",
        each("rahimli hasanli", "detained", False) | each("rahimli hasanli", "released"),
    ),
    (
        "pair-possessive-arrest",
        "Timur Bekov and Farid Gasanov ran a channel on corruption. The pair's arrest on "
        "Tuesday drew protests.",
        each("bekov gasanov", "detained"),
    ),
    (
        "all-counted-covers-those-named-apart",
        "Marat Sadykov was sentenced on Monday to six years. Arkady Volkov got five years. "
        "Dilshod Nurmatov awaits his verdict. All six bloggers were arrested in 2024.",
        each("sadykov volkov", "sentenced") | each("sadykov volkov nurmatov", "detained", False),
    ),
    (
        "all-the-defendants-are-the-case",
        "Oksana Petrenko was detained in 2024. Pavlo Moroz and Denys Savchuk were detained "
        "in 2025. All the defendants in the case were charged with treason on Tuesday.",
        each("petrenko moroz savchuk", "detained", False)
        | each("petrenko moroz savchuk", "charged"),
    ),
    (
        "among-those-were-counted-description",
        "Among those released on Thursday were two journalists, Iryna Lisovska and Hanna "
        "Lutsko, as well as the blogger Marat Sadykov.",
        each("lisovska lutsko sadykov", "released"),
    ),
    (  # counter: someone else was among the group; the group's event is not the listed two's
        "counter-among-the-couriers",
        "Timur Bekov and Farid Gasanov were acquitted on Monday. Another man, Ivan Kuzmin, was "
        "among the couriers and got ten years.",
        each("bekov gasanov", "acquitted"),
    ),
    (  # a second surname the watchlist leaves out, inside a list
        "second-surname-inside-a-list",
        "Among those freed on Monday were the former candidates Timur Bekov Ramirez, Farid "
        "Gasanov and Vera Orlova, as well as the student Denys Savchuk.",
        each("bekov gasanov orlova savchuk", "released"),
    ),
    (
        "second-surname-inside-an-object-list",
        "Police on Tuesday detained Pavlo Moroz Castillo, Oksana Petrenko and Iryna Lisovska.",
        each("moroz petrenko lisovska", "detained"),
    ),
    (  # some of a group, then who: "nine of the journalists" is not the last list
        "nine-of-the-group-then-including",
        "Timur Bekov and Farid Gasanov were freed in 2023. Nine of the journalists jailed in "
        "the crackdown were released on Tuesday, including Sevda Rahimli and Elvin Hasanli.",
        each("bekov gasanov", "released", False) | each("rahimli hasanli", "released"),
    ),
    (  # a dash list set off by em dashes with no spaces
        "unspaced-dash-list-sentenced",
        "Two other reporters—Iryna Lisovska and Hanna Lutsko—were sentenced on Wednesday to "
        "three years.",
        each("lisovska lutsko", "sentenced"),
    ),
    (  # a group named by its event as an adjective, then who it includes
        "event-adjective-group-includes",
        "The pardoned group also includes Timur Bekov and the lawyer Vera Orlova.",
        each("bekov orlova", "pardoned"),
    ),
    (
        "event-adjective-people-are",
        "The two detained journalists are Sevda Rahimli and Elvin Hasanli, their editor said.",
        each("rahimli hasanli", "detained"),
    ),
    (  # counter: the group's members are not named; the name is someone they spoke of
        "counter-event-adjective-group-spoke",
        "The freed activists thanked Timur Bekov for his support.",
        NONE,
    ),
    (  # counter: all but the two
        "counter-all-but-the-two",
        "Vera Orlova and Oksana Petrenko were sentenced on Monday. By Friday, all but the two "
        "had been released.",
        each("orlova petrenko", "sentenced"),
    ),
]

# readings of other classes than the group's, accepted either way: "jailed" (an arrest or
# a verdict), "had been held since", "live in exile" (a state told as background), an
# undated night in custody before a release (an earlier stage of the case)
OTHER_READINGS: dict[str, Events] = {
    "all-of-them-transferred": each("petrenko lisovska lutsko", "detained", False)
    | each("petrenko lisovska lutsko", "sentenced", False),
    "a-court-acquitted-the-three": each("sadykov volkov nurmatov", "detained", False),
    "counter-their-families-detained": each("sadykov volkov", "fled", False),
    "police-released-the-four": each("bekov gasanov orlova savchuk", "detained", False)
    | each("bekov gasanov orlova savchuk", "detained"),
}

NOT_YET: dict[str, str] = {
    "among-whom-charged": "what: an active 'charged X' with no 'with' or 'over' after it is "
    "not read as a charge (the list after 'among whom were' is read once it is)",
}

ROWS = SUBJECT_LISTS + LIST_AFTER + PLURAL_AFTER + LIST_BEFORE + LATER + THIRD


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    named_params([(name, name, text, expected) for name, text, expected in ROWS], NOT_YET),
)
def test_a_group_event_is_each_listed_persons(name: str, text: str, expected: Events) -> None:
    other = OTHER_READINGS.get(name, set())
    found = events(text)
    assert found - other == expected - other
    assert expected - other <= found
