"""Short English feed items, a third round (issue 14): rights groups' press releases
("... welcomes the release of"), court-reporting wires ("A court in ... on Thursday
handed ..."), UN experts' statements, social-media posts and threads, titles whose tense
is not the body's, items about several listed people at once, dates written "on 3/14",
"Oct. 2", "earlier this month", "last week", old events retold as anniversaries, namesakes
of listed people, and items that report no event.

The people, the outlets and the stories are made up. Every row's labels (events and the
people it names) were written and committed before the module was first run. Labels follow
the event table: a pardon is ``pardoned``, exile and flight are ``fled``, and an event more
than about a month before publication is background. ``optional`` holds what a reader could
label either way.

First run (51 rows, before any fix): 44 rows fully right; 41 of 47 expected events found,
3 wrong extra events (one of them a mislabelled fine, now optional), no wrong mentions;
two of the misses were a release the table folds into the pardon, now optional.
``COUNTER`` rows were added with the fixes.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, FeedItem, Reader, item_params, named_in_params

PEOPLE = [
    Person("lukashou", "Andrei Lukashou"),
    Person("sapega", "Viktar Sapega"),
    Person("brazhnik", "Olga Brazhnik"),
    Person("rezaei", "Narges Rezaei"),
    Person("tehrani", "Kian Tehrani"),
    Person("mensah", "Kwame Mensah"),
    Person("aziz", "Layla Aziz"),
    Person("nasser", "Omar Nasser"),
    Person("duong", "Duong Thi Lan"),
    Person("ortiz", "Rafael Ortiz"),
    Person("quispe", "Juana Quispe"),
    Person("yusupov", "Timur Yusupov"),
    Person("gashi", "Arben Gashi"),
    Person("chen", "Chen Mingyu"),
    Person("malik", "Sana Malik"),
    Person("kiprop", "Joseph Kiprop"),
    Person("orlova", "Vera Orlova"),
    Person("mammadli", "Elnur Mammadli"),
    Person("stone", "Nathan Stone"),
    Person("fadel", "Yara Fadel"),
]
PUBLISHED = datetime(2026, 10, 22, 9, 0)  # a Thursday
events = Reader(PEOPLE, PUBLISHED)

NONE: Events = set()


# Rights groups' press releases: "welcomes", "responding to", urgent actions, joint calls.
PRESS: list[FeedItem] = [
    (
        "ngo-welcomes-the-release-of",
        "Amnesty International welcomes the release of Narges Rezaei",
        "Amnesty International welcomes today's release of women's rights defender Narges "
        "Rezaei, who spent 14 months in Evin prison for her peaceful activism. No one should be "
        "jailed for defending human rights.",
        {("rezaei", "released", True)},
        {("rezaei", "detained", False), ("rezaei", "sentenced", False)},
        {"rezaei"},
    ),
    (
        "ngo-responding-to-the-sentence-handed-down",
        "Belarus: Sentence against Viktar Sapega must be quashed",
        "Responding to the six-year prison sentence handed down to journalist Viktar Sapega by "
        "the Minsk City Court on Tuesday, Human Rights Watch said: 'This verdict is a travesty.'",
        {("sapega", "sentenced", True)},
        NONE,
        {"sapega"},
    ),
    (
        "ngo-urgent-action-held-incommunicado",
        "Urgent Action: Kwame Mensah held incommunicado",
        "Student activist Kwame Mensah was arrested by plain-clothes officers on 12 October and "
        "has been held incommunicado since. His family has not been told where he is.",
        {("mensah", "detained", True)},
        NONE,
        {"mensah"},
    ),
    (
        "ngo-joint-call-detained-since-a-year",
        "Free Layla Aziz now, say 30 organisations",
        "The undersigned organisations call on the Egyptian authorities to immediately and "
        "unconditionally release Layla Aziz, a lawyer held in pretrial detention since 2023.",
        NONE,
        {("aziz", "detained", False)},
        {"aziz"},
    ),
    (
        "ngo-concern-day-40-of-hunger-strike",
        "Concern grows for jailed blogger Omar Nasser, now on day 40 of hunger strike",
        "The Egyptian Initiative for Personal Rights said on Monday that Nasser, who began "
        "refusing food on Sept. 12, has lost 15 kilograms.",
        {("nasser", "hunger_strike", True)},
        {("nasser", "hunger_strike", False), ("nasser", "detained", False)},
        {"nasser"},
    ),
]

# Court-reporting wires.
COURT: list[FeedItem] = [
    (
        "court-in-city-on-day-handed-a-term",
        "Minsk court jails activist",
        "A court in Minsk on Thursday handed Andrei Lukashou a five-year prison term for "
        "'insulting the president', the Viasna rights centre said.",
        {("lukashou", "sentenced", True)},
        NONE,
        {"lukashou"},
    ),
    (
        "court-judge-acquitted-of",
        "Court clears Rafael Ortiz",
        "A judge in Caracas on Wednesday acquitted union leader Rafael Ortiz of inciting "
        "hatred, ending a two-year case.",
        {("ortiz", "acquitted", True)},
        {("ortiz", "charged", False)},
        {"ortiz"},
    ),
    (
        "court-trial-began-diplomats-barred",
        "Trial of Duong Thi Lan opens in Hanoi",
        "The trial of land-rights campaigner Duong Thi Lan began on Tuesday at the Hanoi "
        "People's Court, with diplomats barred from the courtroom.",
        {("duong", "trial", True)},
        NONE,
        {"duong"},
    ),
    (
        "court-remanded-ordered-held-until",
        "Vera Orlova remanded in custody for two months",
        "A Moscow district court on Monday ordered that the theatre director be held in "
        "pretrial detention until Dec. 19 on charges of 'justifying terrorism'.",
        {("orlova", "detained", True)},
        {("orlova", "charged", True), ("orlova", "charged", False)},
        {"orlova"},
    ),
    (
        "court-prosecutors-withdrew-charges",
        "Prosecutors drop case against Joseph Kiprop",
        "Kenyan prosecutors on Tuesday withdrew the terrorism charges against the human rights "
        "defender, his lawyer told reporters outside the Milimani court.",
        {("kiprop", "charges_dropped", True)},
        {("kiprop", "charged", False)},
        {"kiprop"},
    ),
    (
        "court-refused-release-on-parole",
        "Parole board rejects Elnur Mammadli's request",
        "A court in Baku on Wednesday refused to release the economist on parole, saying he had "
        "not 'shown remorse'.",
        {("mammadli", "parole_denied", True)},
        NONE,
        {"mammadli"},
    ),
]

# UN experts' statements.
UN: list[FeedItem] = [
    (
        "un-experts-alarmed-by-transfer-last-week",
        "UN experts alarmed by transfer of Narges Rezaei to remote prison",
        "GENEVA (22 October 2026) - UN experts today expressed alarm at the transfer of human "
        "rights defender Narges Rezaei to Qarchak prison last week, where she is reportedly "
        "denied medical care.",
        {("rezaei", "transferred", True)},
        {("rezaei", "ill_treatment", True)},
        {"rezaei"},
    ),
    (
        "un-rapporteur-urges-release-serving-term",
        "UN rapporteur urges Belarus to free Olga Brazhnik",
        "The Special Rapporteur on Belarus said Brazhnik, serving a 10-year term, must be "
        "released on humanitarian grounds.",
        NONE,
        {("brazhnik", "sentenced", False)},
        {"brazhnik"},
    ),
    (
        "un-working-group-arrest-in-january",
        "UN working group finds detention of Kwame Mensah arbitrary",
        "The Working Group on Arbitrary Detention said in an opinion published on Tuesday that "
        "Mensah's arrest in January violated international law.",
        {("mensah", "detained", False)},
        {("mensah", "detained", True)},
        {"mensah"},
    ),
    (
        "un-experts-credible-reports-beaten-after-arrest",
        "UN experts: Timur Yusupov tortured in custody",
        "Independent UN experts said on Monday they had received credible reports that Yusupov "
        "was beaten and subjected to electric shocks after his arrest in Tashkent on Oct. 5.",
        {("yusupov", "ill_treatment", True), ("yusupov", "detained", True)},
        NONE,
        {"yusupov"},
    ),
]

# Social-media posts, threads and "BREAKING" lines.
SOCIAL: list[FeedItem] = [
    (
        "social-breaking-detained-minutes-ago",
        "BREAKING: Arben Gashi arrested at Pristina airport",
        "Journalist Arben Gashi was detained by police minutes ago as he returned from "
        "Brussels, colleagues posted. More soon.",
        {("gashi", "detained", True)},
        NONE,
        {"gashi"},
    ),
    (
        "social-numbered-thread",
        "Thread: what happened to Sana Malik",
        "1/ Sana Malik was picked up from her home in Lahore on Saturday night. 2/ Today she was "
        "produced before a magistrate and charged with sedition. 3/ Her family still has not "
        "been allowed to see her.",
        {("malik", "detained", True), ("malik", "charged", True)},
        NONE,
        {"malik"},
    ),
    (
        "social-is-out-exclamation",
        "UPDATE 🚨",
        "Yara Fadel is OUT! Released from Damon prison an hour ago after 8 months. Thank you all "
        "for your support ❤️",
        {("fadel", "released", True)},
        {("fadel", "detained", False)},
        {"fadel"},
    ),
    (
        "social-hashtag-days-since-detained",
        "#FreeChenMingyu trends",
        "Thousands shared the hashtag on Tuesday, marking 500 days since Chen Mingyu was "
        "detained in Shanghai.",
        {("chen", "detained", False)},
        NONE,
        {"chen"},
    ),
]

# Titles whose tense is not the body's.
TENSE: list[FeedItem] = [
    (
        "tense-title-present-body-past-freed",
        "Juana Quispe walks free",
        "The indigenous leader was freed on Tuesday after a judge in Cusco ruled her detention "
        "unlawful.",
        {("quispe", "released", True)},
        NONE,
        {"quispe"},
    ),
    (
        "tense-title-to-face-trial-body-would-be-tried",
        "Rafael Ortiz to face trial",
        "Prosecutors said on Wednesday the union leader would be tried in November on charges "
        "of rebellion.",
        NONE,
        {("ortiz", "charged", True), ("ortiz", "charged", False)},
        {"ortiz"},
    ),
    (
        "tense-title-faces-trial-body-charged",
        "Kian Tehrani faces trial",
        "The journalist was charged on Monday with spreading propaganda against the state.",
        {("tehrani", "charged", True)},
        NONE,
        {"tehrani"},
    ),
    (
        "tense-title-present-perfect-body-dated-past",
        "Elnur Mammadli has been moved to a strict-regime colony",
        "The economist was transferred from the Baku pretrial detention centre to colony No. 13 "
        "on Oct. 14, his wife said.",
        {("mammadli", "transferred", True)},
        NONE,
        {"mammadli"},
    ),
]

# Several listed people in one item.
SEVERAL: list[FeedItem] = [
    (
        "several-three-sentenced-together",
        "Three Belarusian activists jailed",
        "Andrei Lukashou, Viktar Sapega and Olga Brazhnik were sentenced on Tuesday to between "
        "four and seven years in prison by the Hrodna Regional Court.",
        {
            ("lukashou", "sentenced", True),
            ("sapega", "sentenced", True),
            ("brazhnik", "sentenced", True),
        },
        NONE,
        {"lukashou", "sapega", "brazhnik"},
    ),
    (
        "several-one-freed-two-remain",
        "One of three detained activists freed",
        "Joseph Kiprop was released without charge on Monday. Arben Gashi and Sana Malik remain "
        "in custody.",
        {("kiprop", "released", True)},
        {
            ("kiprop", "detained", True),
            ("gashi", "detained", True),
            ("gashi", "detained", False),
            ("malik", "detained", True),
            ("malik", "detained", False),
        },
        {"kiprop", "gashi", "malik"},
    ),
    (
        "several-pardoned-then-both-released",
        "Pardons for Yusupov and Mammadli",
        "A presidential decree on Friday pardoned Timur Yusupov and Elnur Mammadli, who were "
        "both released hours later.",
        {("yusupov", "pardoned", True), ("mammadli", "pardoned", True)},
        # the release is the pardon's (the event table's pardon supersedes its release):
        # mislabelled as two more events before the first run
        {("yusupov", "released", True), ("mammadli", "released", True)},
        {"yusupov", "mammadli"},
    ),
    (
        "several-one-charged-lawyer-questioned",
        "Omar Nasser charged; Layla Aziz questioned as witness",
        "Prosecutors charged Omar Nasser with spreading false news on Sunday. His lawyer Layla "
        "Aziz was questioned as a witness and allowed to leave.",
        {("nasser", "charged", True)},
        NONE,
        {"nasser", "aziz"},
    ),
    (
        "several-the-two-stopped-eating",
        "Narges Rezaei and Kian Tehrani on hunger strike",
        "The two prisoners stopped eating on Oct. 18 to protest against being denied family "
        "visits, according to a rights group.",
        {("rezaei", "hunger_strike", True), ("tehrani", "hunger_strike", True)},
        NONE,
        {"rezaei", "tehrani"},
    ),
]

# Dates in various forms (published Thursday 22 October 2026).
DATES: list[FeedItem] = [
    (
        "date-slash-month-day-background",
        "Rights news",
        "Duong Thi Lan, who was arrested on 3/14, has been charged with 'abusing democratic "
        "freedoms', state media reported on Tuesday.",
        {("duong", "detained", False), ("duong", "charged", True)},
        NONE,
        {"duong"},
    ),
    (
        "date-abbreviated-month-current",
        "Rights news",
        "Security forces detained Sana Malik on Oct. 2 in Karachi.",
        {("malik", "detained", True)},
        NONE,
        {"malik"},
    ),
    (
        "date-earlier-this-month-then-monday",
        "Rights news",
        "Rafael Ortiz, who was released earlier this month, was rearrested on Monday.",
        {("ortiz", "released", True), ("ortiz", "detained", True)},
        NONE,
        {"ortiz"},
    ),
    (
        "date-last-week-fined-and-released",
        "Rights news",
        "Vera Orlova was fined and released last week after spending 15 days in a detention "
        "centre.",
        {("orlova", "released", True)},
        # a fine is a sentence in the event table: mislabelled before the first run
        {
            ("orlova", "detained", True),
            ("orlova", "detained", False),
            ("orlova", "sentenced", True),
        },
        {"orlova"},
    ),
    (
        "date-full-date-last-year",
        "Rights news",
        "Kwame Mensah was convicted on 2 February 2025 and sentenced to three years.",
        {("mensah", "sentenced", False)},
        NONE,
        {"mensah"},
    ),
    (
        "date-month-name-months-ago",
        "Rights news",
        "Arben Gashi, who fled to Germany in May, said on Tuesday he would not return.",
        {("gashi", "fled", False)},
        NONE,
        {"gashi"},
    ),
    (
        "date-yesterday",
        "Rights news",
        "Yara Fadel was summoned for questioning and detained yesterday.",
        {("fadel", "detained", True)},
        NONE,
        {"fadel"},
    ),
]

# Old events retold as anniversaries.
ANNIVERSARY: list[FeedItem] = [
    (
        "anniversary-years-since-arrest",
        "Five years since Andrei Lukashou's arrest",
        "Friends gathered outside the embassy on Wednesday to mark five years since the blogger "
        "was detained at the border.",
        {("lukashou", "detained", False)},
        NONE,
        {"lukashou"},
    ),
    (
        "anniversary-died-a-year-ago-today",
        "Remembering Viktar Sapega, one year on",
        "Sapega died in a prison hospital a year ago today, aged 51. His family still has not "
        "received his medical records.",
        {("sapega", "died", False)},
        NONE,
        {"sapega"},
    ),
    (
        "anniversary-on-this-day",
        "On this day: Juana Quispe sentenced",
        "On 22 October 2019, a court in Puno sentenced the community leader to 12 years for "
        "leading a road blockade.",
        {("quispe", "sentenced", False)},
        NONE,
        {"quispe"},
    ),
    (
        "anniversary-1000-days-behind-bars",
        "Joseph Kiprop: 1,000 days behind bars",
        "Today marks 1,000 days since the activist was taken into custody in Nairobi.",
        {("kiprop", "detained", False)},
        NONE,
        {"kiprop"},
    ),
]

# Namesakes: the listed surname with another given name, an English word.
NAMESAKES: list[FeedItem] = [
    (
        "namesake-same-surname-not-related",
        "Rights news",
        "Police in Accra detained Ama Mensah, a teacher, on Tuesday. She is not related to the "
        "student leader Kwame Mensah.",
        NONE,
        NONE,
        {"mensah"},
    ),
    (
        "namesake-english-word-stone",
        "Nathan Stone released",
        "The British journalist was released on Monday. Stone walls of the old fortress still "
        "hold 40 prisoners.",
        {("stone", "released", True)},
        NONE,
        {"stone"},
    ),
    (
        "namesake-other-given-name-sentenced",
        "Rights news",
        "A court in Cairo on Monday sentenced Mahmoud Nasser, a football fan, to a year in prison.",
        NONE,
        NONE,
        set(),
    ),
    (
        "namesake-surname-first-other-given-name",
        "Rights news",
        "Police in Shanghai detained Chen Wei, a lawyer, on Monday.",
        NONE,
        NONE,
        set(),
    ),
    (
        "namesake-surname-first-vietnamese",
        "Rights news",
        "Police in Ho Chi Minh City arrested Duong Van Hai, a land petitioner, on Tuesday.",
        NONE,
        NONE,
        set(),
    ),
]

# No event: refusals, denials, plans, conditionals, fears, films and prizes.
NEGATIVE: list[FeedItem] = [
    (
        "negative-court-refuses-to-free",
        "Court refuses to free Layla Aziz",
        "A Cairo court on Sunday renewed the lawyer's pretrial detention for 45 days.",
        NONE,
        {("aziz", "detained", True)},
        {"aziz"},
    ),
    (
        "negative-family-denies-reports-freed",
        "Family denies reports Kian Tehrani has been freed",
        "Tehrani's brother said on Tuesday the journalist was still in Evin prison.",
        NONE,
        {("tehrani", "detained", True), ("tehrani", "detained", False)},
        {"tehrani"},
    ),
    (
        "negative-no-plans-to-arrest",
        "Rights news",
        "Police said on Monday they had no plans to arrest Nathan Stone.",
        NONE,
        NONE,
        {"stone"},
    ),
    (
        "negative-film-about-old-trial",
        "Film about Olga Brazhnik's trial premieres in Vilnius",
        "The documentary, shown on Saturday, follows the activist's 2022 trial and her years in "
        "a penal colony.",
        NONE,
        {
            ("brazhnik", "trial", False),
            ("brazhnik", "sentenced", False),
            ("brazhnik", "detained", False),
        },
        {"brazhnik"},
    ),
    (
        "negative-if-convicted-could-face",
        "Rights news",
        "If convicted, Sana Malik could face up to life in prison.",
        NONE,
        NONE,
        {"malik"},
    ),
    (
        "negative-fears-may-be-arrested",
        "Fears that Yara Fadel may be arrested on return",
        "Fadel, who lives in Amman, told reporters she would travel home next month despite the "
        "risk of detention.",
        NONE,
        NONE,
        {"fadel"},
    ),
    (
        "negative-jailed-leader-wins-prize",
        "Juana Quispe wins rights prize",
        "The jailed indigenous leader was awarded the prize on Tuesday; her daughter accepted it "
        "on her behalf.",
        NONE,
        {("quispe", "detained", True), ("quispe", "detained", False)},
        {"quispe"},
    ),
]

# The other side of each class fixed after the first run, added with the fixes: a report
# confirmed, not denied; picked up by a relative; a time clause whose role is someone
# else's; a title that is news, not an anniversary; a span in digits that is recent.
COUNTER: list[FeedItem] = [
    (
        "counter-relative-clause-hours-later-both",
        "Rights news",
        "Police in Lahore on Monday detained Sana Malik and Arben Gashi, who were both released "
        "hours later without charge.",
        {
            ("malik", "detained", True),
            ("gashi", "detained", True),
            ("malik", "released", True),
            ("gashi", "released", True),
        },
        NONE,
        {"malik", "gashi"},
    ),
    (
        "counter-relative-clause-the-next-day-charged",
        "Rights news",
        "Police detained Vera Orlova, who was charged the next day with 'discrediting the army'.",
        {("orlova", "detained", True), ("orlova", "charged", True)},
        NONE,
        {"orlova"},
    ),
    (
        "counter-relative-clause-hours-later-main-in-a-year",
        "Rights news",
        "Police arrested Vera Orlova at a rally in 2019, who was released hours later.",
        {("orlova", "detained", False)},
        {("orlova", "released", False)},
        {"orlova"},
    ),
    (
        "counter-confirms-reports-freed",
        "Family confirms reports Kian Tehrani has been freed",
        "Tehrani's brother said on Tuesday the journalist was home.",
        {("tehrani", "released", True)},
        NONE,
        {"tehrani"},
    ),
    (
        "counter-denies-claims-tortured",
        "Prison service denies claims Kian Tehrani was beaten",
        "Officials said on Tuesday the journalist was in good health.",
        NONE,
        NONE,
        {"tehrani"},
    ),
    (
        "counter-picked-up-from-home-by-her-brother",
        "Rights news",
        "Sana Malik was picked up from her home by her brother on Saturday and driven to "
        "Islamabad.",
        NONE,
        NONE,
        {"malik"},
    ),
    (
        "counter-picked-up-from-home-no-agent-named",
        "Rights news",
        "Arben Gashi was picked up from his flat in Pristina on Sunday night, colleagues said.",
        {("gashi", "detained", True)},
        NONE,
        {"gashi"},
    ),
    (
        "counter-days-since-the-lawyer-was-detained",
        "Joseph Kiprop: 100 days behind bars",
        "It is 100 days since the lawyer was detained, and Kiprop has still not been charged.",
        NONE,
        {("kiprop", "detained", False)},
        {"kiprop"},
    ),
    (
        "counter-days-ago-in-digits-recent",
        "Rights news",
        "Vera Orlova, detained 12 days ago, was charged on Wednesday with 'fakes' about the army.",
        {("orlova", "charged", True)},
        {("orlova", "detained", True)},
        {"orlova"},
    ),
    (
        "counter-title-today-is-news",
        "Today: Juana Quispe sentenced",
        "A court in Puno handed the community leader 12 years on Thursday morning.",
        {("quispe", "sentenced", True)},
        NONE,
        {"quispe"},
    ),
    (
        "counter-title-years-ago-today",
        "Ten years ago today: Juana Quispe jailed",
        "The community leader's road blockade had lasted a month.",
        NONE,  # "jailed" alone: a detention, and background
        {("quispe", "detained", False)},
        {"quispe"},
    ),
]

ALL = (
    PRESS
    + COURT
    + UN
    + SOCIAL
    + TENSE
    + SEVERAL
    + DATES
    + ANNIVERSARY
    + NAMESAKES
    + NEGATIVE
    + COUNTER
)

# Classes still read wrongly, kept in view: the test fails once one of them is read right.
NOT_YET: dict[str, str] = {}
NAMES_NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(("title", "text", "expected", "optional"), item_params(ALL, NOT_YET))
def test_a_feed_item_gives_what_a_reader_would_label(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    events.check_item(title, text, expected, optional)


@pytest.mark.parametrize(("title", "text", "named"), named_in_params(ALL, NAMES_NOT_YET))
def test_a_feed_item_names_whom_a_reader_would_see(title: str, text: str, named: set[str]) -> None:
    events.check_named(title, text, named)
