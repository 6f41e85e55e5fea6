"""Short English feed items, a fifth round (issue 14): questions and answers ("Q: Has X
been freed? A: Yes, ..."), headline and lede pairs in the vocabulary of regional outlets in
Africa, Latin America, South and Southeast Asia ("remanded", "arraigned", "granted bail but
rearrested", "abducted by unknown gunmen", "handed over to the military"), items naming two
listed people of whom one is affected, ages and roles in parentheses ("X (34), a teacher"),
times of day ("at 3 a.m. on Saturday"), and items that report no event (speculation,
rumours, threats, "faces up to").

The people, the outlets and the stories are made up. Every row's labels (events and the
people it names) were written and committed before the module was first run. Labels follow
the event table and the project's conventions: "denied bail" changes no status, exile is
``fled``, and an event more than about a month before publication is background.
``optional`` holds what a reader could label either way.

First run (42 rows, before any fix): 32 rows fully right; 26 of 35 expected events found,
1 wrong extra event (a quashed conviction read as charges dropped), no wrong mentions.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, FeedItem, Reader, item_params, named_in_params

PEOPLE = [
    Person("eze", "Amara Eze"),
    Person("bakare", "Tunde Bakare"),
    Person("kamau", "Wanjiru Kamau"),
    Person("okafor", "Chidi Okafor"),
    Person("traore", "Moussa Traoré"),
    Person("moyo", "Tendai Moyo"),
    Person("ocen", "Okello Ocen"),
    Person("carrasco", "Luis Carrasco"),
    Person("solis", "Marta Solís"),
    Person("hernandez", "Juana Hernández"),
    Person("mejia", "Andrés Mejía"),
    Person("alvarado", "Sergio Alvarado"),
    Person("ferrer", "Yanelis Ferrer"),
    Person("mir", "Irfan Mir"),
    Person("baloch", "Naseem Baloch"),
    Person("uddin", "Rahim Uddin"),
    Person("perera", "Nuwan Perera"),
    Person("zawmin", "Zaw Min"),
    Person("santos", "Maria Santos"),
    Person("tran", "Tran Van Hai"),
    Person("rattana", "Somchai Rattana"),
    Person("sokdara", "Sok Dara"),
    Person("reyes", "Ana Reyes"),
]
PUBLISHED = datetime(2026, 10, 22, 9, 0)  # a Thursday
events = Reader(PEOPLE, PUBLISHED)

NONE: Events = set()


# Questions and answers: the answer decides.
QA: list[FeedItem] = [
    (
        "qa-freed-yes",
        "Q&A: the case of Amara Eze",
        "Q: Has Amara Eze been freed? A: Yes, she walked out of Kirikiri prison on Monday.",
        {("eze", "released", True)},
        {("eze", "detained", False)},
        {"eze"},
    ),
    (
        "qa-released-no",
        "Q&A: the case of Amara Eze",
        "Q: Has Amara Eze been released? A: No. She remains in custody at Kuje.",
        NONE,
        {("eze", "detained", True), ("eze", "detained", False)},
        {"eze"},
    ),
    (
        "qa-charged-yes",
        "Explainer: what next for Tunde Bakare",
        "Q: Was Tunde Bakare charged? A: Yes, on Tuesday, with cyberstalking.",
        {("bakare", "charged", True)},
        NONE,
        {"bakare"},
    ),
    (
        "qa-trial-undecided",
        "Explainer: what next for Tunde Bakare",
        "Q: Will Tunde Bakare stand trial? A: Prosecutors have not decided yet.",
        NONE,
        NONE,
        {"bakare"},
    ),
]

# Africa: "remanded in", "arraigned", "granted bail but rearrested", "unknown gunmen".
AFRICA: list[FeedItem] = [
    (
        "ng-court-remands-in-prison",
        "Court remands activist Tunde Bakare in Kuje prison",
        "A Federal High Court in Abuja on Tuesday ordered that the activist Tunde Bakare be "
        "remanded in Kuje prison pending the hearing of his bail application.",
        {("bakare", "detained", True)},
        {("bakare", "trial", True), ("bakare", "charged", True)},
        {"bakare"},
    ),
    (
        "ng-arraigned-pleaded-not-guilty",
        "Amara Eze arraigned on cyberstalking charges",
        "Journalist Amara Eze was on Wednesday arraigned before a magistrate court in Lagos on "
        "three counts of cyberstalking. She pleaded not guilty.",
        {("eze", "charged", True)},
        {("eze", "trial", True)},
        {"eze"},
    ),
    (
        "ke-granted-bail-but-rearrested",
        "Blogger Wanjiru Kamau rearrested hours after bail",
        "Blogger Wanjiru Kamau was granted bail of 50,000 shillings on Monday but was "
        "rearrested by detectives as she left the Milimani court.",
        {("kamau", "released", True), ("kamau", "detained", True)},
        NONE,
        {"kamau"},
    ),
    (
        "ng-abducted-by-unknown-gunmen",
        "Journalist abducted by unknown gunmen in Owerri",
        "Unknown gunmen on Saturday abducted the journalist Chidi Okafor from his home in "
        "Owerri, his family said.",
        {("okafor", "detained", True)},
        NONE,
        {"okafor"},
    ),
    (
        "ml-handed-over-to-the-military",
        "Activist Moussa Traoré handed over to the military",
        "Police in Bamako handed over the activist Moussa Traoré to the military on Sunday, "
        "his lawyer said.",
        {("traore", "transferred", True)},
        {("traore", "detained", True)},
        {"traore"},
    ),
    (
        "zw-remanded-in-custody-to-a-date",
        "Zimbabwe: Tendai Moyo remanded in custody to 4 November",
        "A Harare magistrate remanded opposition activist Tendai Moyo in custody to 4 November "
        "on charges of inciting public violence.",
        {("moyo", "detained", True)},
        {("moyo", "charged", True)},
        {"moyo"},
    ),
    (
        "ug-picked-up-by-armed-men",
        "Writer Okello Ocen picked up by armed men",
        "Writer Okello Ocen was picked up by armed men in plain clothes on Tuesday evening and "
        "driven to an unknown destination, his wife told reporters.",
        {("ocen", "detained", True)},
        NONE,
        {"ocen"},
    ),
]

# Latin America.
LATIN: list[FeedItem] = [
    (
        "ve-intelligence-agents-at-3am",
        "Venezuela: intelligence agents detain Luis Carrasco",
        "Agents of the SEBIN intelligence service detained the union leader Luis Carrasco at "
        "his home in Caracas at 3 a.m. on Saturday, his union said.",
        {("carrasco", "detained", True)},
        NONE,
        {"carrasco"},
    ),
    (
        "ni-released-and-put-on-a-flight",
        "Nicaragua frees Marta Solís and sends her to Guatemala",
        "The government on Friday released opposition figure Marta Solís from La Modelo prison "
        "and put her on a flight to Guatemala.",
        {("solis", "released", True)},
        {("solis", "fled", True), ("solis", "detained", False)},
        {"solis"},
    ),
    (
        "mx-ordered-to-stand-trial-in-preventive-detention",
        "Land defender Juana Hernández to stand trial",
        "A judge in Oaxaca on Monday ordered that the land defender Juana Hernández stand trial "
        "and remain in preventive detention.",
        {("hernandez", "detained", True)},
        {("hernandez", "trial", True), ("hernandez", "charged", True)},
        {"hernandez"},
    ),
    (
        "co-judge-orders-release-no-evidence",
        "Student leader Andrés Mejía freed",
        "A judge in Bogotá ordered the release of student leader Andrés Mejía on Wednesday, "
        "ruling that the prosecution had presented no evidence.",
        {("mejia", "released", True)},
        {("mejia", "charges_dropped", True), ("mejia", "detained", False)},
        {"mejia"},
    ),
    (
        "gt-gets-six-years",
        "Guatemala: Sergio Alvarado gets six years",
        "A Guatemala City court on Monday sentenced the newspaper founder Sergio Alvarado to "
        "six years in prison for money laundering, a charge he denies.",
        {("alvarado", "sentenced", True)},
        {("alvarado", "charged", False)},
        {"alvarado"},
    ),
    (
        "cu-moved-to-house-arrest",
        "Artist Yanelis Ferrer moved to house arrest",
        "The artist Yanelis Ferrer, held since July, was moved to house arrest on Tuesday, her "
        "mother said on Facebook.",
        {("ferrer", "house_arrest", True)},
        {("ferrer", "released", True), ("ferrer", "detained", False)},
        {"ferrer"},
    ),
]

# South and Southeast Asia.
ASIA: list[FeedItem] = [
    (
        "in-arrested-under-an-act-sent-to-police-custody",
        "Journalist Irfan Mir arrested under anti-terror law",
        "Police in Srinagar on Sunday arrested journalist Irfan Mir under the Unlawful "
        "Activities (Prevention) Act. A local court sent him to 10 days of police custody.",
        {("mir", "detained", True)},
        {("mir", "charged", True)},
        {"mir"},
    ),
    (
        "pk-missing-since-taken-away",
        "Activist Naseem Baloch goes missing in Quetta",
        "Activist Naseem Baloch has been missing since Tuesday night, when men in plain clothes "
        "took him away from a hotel in Quetta, his family said.",
        {("baloch", "detained", True)},
        NONE,
        {"baloch"},
    ),
    (
        "bd-high-court-grants-bail-to",
        "High Court grants bail to photographer Rahim Uddin",
        "The High Court on Wednesday granted bail to photographer Rahim Uddin, held for four "
        "months under the Digital Security Act.",
        {("uddin", "released", True)},
        {("uddin", "detained", False), ("uddin", "charged", False)},
        {"uddin"},
    ),
    (
        "lk-remanded-till-a-date",
        "Nuwan Perera remanded till November 2",
        "The Colombo Fort Magistrate on Monday remanded the social media activist Nuwan Perera "
        "till November 2.",
        {("perera", "detained", True)},
        NONE,
        {"perera"},
    ),
    (
        "mm-military-court-hard-labour",
        "Poet Zaw Min sentenced by military court",
        "A military court inside Insein prison on Tuesday sentenced poet Zaw Min to 20 years "
        "with hard labour.",
        {("zawmin", "sentenced", True)},
        NONE,
        {"zawmin"},
    ),
    (
        "ph-dawn-raid-planted-firearms",
        "Activist Maria Santos arrested in dawn raid",
        "Police arrested the community organizer Maria Santos in a raid on Sunday, saying they "
        "found firearms in her home, which her group says were planted.",
        {("santos", "detained", True)},
        NONE,
        {"santos"},
    ),
    (
        "vn-arrested-under-article-up-to-years",
        "Blogger Tran Van Hai arrested for 'propaganda against the state'",
        "Police in Hanoi arrested blogger Tran Van Hai on Friday under Article 117 of the penal "
        "code, which punishes anti-state propaganda with up to 20 years in prison.",
        {("tran", "detained", True)},
        {("tran", "charged", True)},
        {"tran"},
    ),
    (
        "th-court-denies-bail-to",
        "Activist Somchai Rattana denied bail",
        "The Criminal Court on Wednesday denied bail to activist Somchai Rattana, who is charged "
        "with royal defamation.",
        NONE,
        {
            ("rattana", "detained", True),
            ("rattana", "charged", True),
            ("rattana", "charged", False),
        },
        {"rattana"},
    ),
    (
        "kh-convicted-in-absentia",
        "Court convicts exiled Sok Dara in absentia",
        "A Phnom Penh court on Monday convicted the exiled opposition figure Sok Dara in "
        "absentia and sentenced him to 25 years.",
        {("sokdara", "sentenced", True)},
        {("sokdara", "fled", False), ("sokdara", "fled", True)},
        {"sokdara"},
    ),
]

# Two listed people, one affected.
TWO: list[FeedItem] = [
    (
        "two-one-arrested-other-not",
        "Police arrest Tunde Bakare at Abuja rally",
        "Police arrested Tunde Bakare at a rally in Abuja on Saturday; Amara Eze, who spoke at "
        "the same rally, was not detained.",
        {("bakare", "detained", True)},
        NONE,
        {"bakare", "eze"},
    ),
    (
        "two-one-freed-co-accused-held",
        "Rahim Uddin freed",
        "Rahim Uddin was released from Dhaka Central Jail on Tuesday. His co-accused Irfan Mir "
        "remains in custody.",
        {("uddin", "released", True)},
        {("mir", "detained", True), ("mir", "detained", False), ("uddin", "detained", False)},
        {"uddin", "mir"},
    ),
    (
        "two-sentenced-and-a-reporter-commenting",
        "Tendai Moyo jailed for two years",
        "Tendai Moyo was sentenced to two years in prison on Monday. Okello Ocen, who reported "
        "on the trial, said the verdict had been expected.",
        {("moyo", "sentenced", True)},
        {("moyo", "trial", True)},
        {"moyo", "ocen"},
    ),
    (
        "two-lawyer-speaks-for-client",
        "Chidi Okafor charged with treason",
        "Lawyer Wanjiru Kamau, who represents Chidi Okafor, said her client was charged on "
        "Tuesday with treason.",
        {("okafor", "charged", True)},
        NONE,
        {"okafor", "kamau"},
    ),
]

# Ages and roles in parentheses.
PARENS: list[FeedItem] = [
    (
        "paren-age-then-role",
        "Teacher detained by soldiers in Samar",
        "Ana Reyes (34), a teacher, was detained by soldiers in Samar on Tuesday.",
        {("reyes", "detained", True)},
        NONE,
        {"reyes"},
    ),
    (
        "paren-roles-in-a-list",
        "Three activists sentenced to eight years",
        "Three activists - Luis Carrasco (union leader), Marta Solís (lawyer) and a student - "
        "were sentenced on Wednesday to eight years each.",
        {("carrasco", "sentenced", True), ("solis", "sentenced", True)},
        NONE,
        {"carrasco", "solis"},
    ),
    (
        "paren-age-walked-free",
        "Nuwan Perera walks free",
        "Nuwan Perera (41) walked free on Monday after the Court of Appeal quashed his conviction.",
        {("perera", "released", True)},
        # a quashed conviction is charges_dropped in the event table (relabelled after the
        # first run, which counted it as a wrong extra); an acquittal may be read too
        {
            ("perera", "charges_dropped", True),
            ("perera", "acquitted", True),
            ("perera", "sentenced", False),
        },
        {"perera"},
    ),
]

# Times of day.
TIMES: list[FeedItem] = [
    (
        "time-2am-raid-unknown-location",
        "Soldiers raid poet's home",
        "Soldiers raided the home of Zaw Min at 2 a.m. on Wednesday and took him to an unknown "
        "location.",
        {("zawmin", "detained", True)},
        NONE,
        {"zawmin"},
    ),
    (
        "time-freed-before-midnight",
        "Yanelis Ferrer freed",
        "Yanelis Ferrer was freed shortly before midnight on Tuesday, 18 hours after her arrest.",
        {("ferrer", "released", True)},
        {("ferrer", "detained", True)},
        {"ferrer"},
    ),
    (
        "time-630am-last-friday",
        "Juana Hernández arrested outside her home",
        "Juana Hernández was arrested at 6:30 a.m. last Friday outside her home in Juchitán.",
        {("hernandez", "detained", True)},
        NONE,
        {"hernandez"},
    ),
]

# No event: speculation, rumours, threats, possible penalties.
NEGATIVE: list[FeedItem] = [
    (
        "neg-faces-up-to-if-convicted",
        "Somchai Rattana faces 15 years",
        "Activist Somchai Rattana faces up to 15 years in prison if convicted of royal defamation.",
        NONE,
        {("rattana", "charged", True), ("rattana", "charged", False)},
        {"rattana"},
    ),
    (
        "neg-could-be-arrested-on-return",
        "Luis Carrasco warned",
        "Lawyers warn that Luis Carrasco could be arrested as soon as he returns to Venezuela.",
        NONE,
        NONE,
        {"carrasco"},
    ),
    (
        "neg-rumours-of-detention-false",
        "Ana Reyes safe",
        "Rumours that Ana Reyes had been detained were false, her family said on Tuesday; she "
        "is safe at home.",
        NONE,
        NONE,
        {"reyes"},
    ),
    (
        "neg-threatened-to-arrest",
        "Police threaten reporter",
        "Police threatened to arrest Chidi Okafor if he kept reporting on the protests.",
        NONE,
        NONE,
        {"okafor"},
    ),
    (
        "neg-may-be-charged-official-said",
        "Irfan Mir may face charges",
        "Irfan Mir may be charged under the Public Safety Act, an official said.",
        NONE,
        NONE,
        {"mir"},
    ),
    (
        "neg-unconfirmed-reports-of-death-denied",
        "Prison service denies reports",
        "Unconfirmed reports on social media claimed that Sok Dara had died in prison; the "
        "prison service denied them.",
        NONE,
        NONE,
        {"sokdara"},
    ),
]

ALL = QA + AFRICA + LATIN + ASIA + TWO + PARENS + TIMES + NEGATIVE

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


# The fixes' classes, with sentences of their own and counter-examples.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A judge on Monday remanded Tendai Moyo till 30 October.", {("moyo", "detained", True)}),
        ("Tendai Moyo was remanded on Tuesday until November 12.", {("moyo", "detained", True)}),
        (
            "The court remanded Tendai Moyo in custody to 9 November.",
            {("moyo", "detained", True)},
        ),
        # counter-examples: a date still to come that is the event's own
        ("The trial of Tendai Moyo was adjourned to 9 November.", set()),
        ("Tendai Moyo will be questioned by police on 9 November.", set()),
    ],
    ids=["remanded-till", "remanded-until", "remanded-to", "adjourned-to", "will-be-on"],
)
def test_a_term_end_is_not_the_date_of_the_event(text: str, expected: Events) -> None:
    assert events(text) == expected


# Custody told by its circumstances: a judge's order that a person stay held, custody
# handed from the police to soldiers, a taking by men described by their clothes or to a
# place nobody names. The person is the one taken, not the one who takes or orders.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Friday a judge ordered that Luis Carrasco remain in pretrial detention.",
            {("carrasco", "detained", True)},
        ),
        (
            "Police handed Tendai Moyo over to the army on Saturday.",
            {("moyo", "transferred", True)},
        ),
        (
            "Okello Ocen has not been seen since Sunday, when men in uniform took him from a "
            "bus station.",
            {("ocen", "detained", True)},
        ),
        (
            "Gunmen stormed the office of Sok Dara on Tuesday and took her to an undisclosed "
            "location.",
            {("sokdara", "detained", True)},
        ),
        # counter-examples: the order is another custody, or the thing taken is not a person
        ("On Friday a judge ordered that Luis Carrasco remain under house arrest.", set()),
        ("Tendai Moyo handed over the petition to the army on Saturday.", set()),
        ("Police took Okello Ocen's laptop to an undisclosed location on Sunday.", set()),
    ],
    ids=[
        "ordered-that-remain",
        "handed-over-to-the-army",
        "men-in-uniform-took-him",
        "took-her-to-an-undisclosed-place",
        "ordered-house-arrest",
        "handed-over-a-petition",
        "took-a-laptop",
    ],
)
def test_custody_told_by_its_circumstances(text: str, expected: Events) -> None:
    assert events(text) == expected


# A court's grant of bail, said actively, is a release unless the person stays held: in
# the same sentence ("but she remains in jail") or in a later one ("She remained in prison
# because she could not pay").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A magistrate on Tuesday granted bail to the student Okello Ocen.",
            {("ocen", "released", True)},
        ),
        ("The court granted Marta Solís bail on Monday.", {("solis", "released", True)}),
        (
            "The court granted bail to Okello Ocen on Monday. He left the remand prison the "
            "same evening.",
            {("ocen", "released", True)},
        ),
        # counter-examples: the grant not carried out, or a request about bail
        (
            "The court granted bail to Okello Ocen on Monday. He remained in the remand "
            "prison on Wednesday because his family could not raise the surety.",
            set(),
        ),
        (
            "The court granted bail to Okello Ocen on Monday. But Ocen still remained in "
            "custody on Wednesday.",
            set(),
        ),
        ("The court granted the request to deny Okello Ocen bail on Monday.", set()),
    ],
    ids=[
        "granted-bail-to",
        "granted-her-bail",
        "granted-bail-and-left",
        "granted-bail-later-still-held",
        "granted-bail-name-still-held",
        "granted-a-request-to-deny-bail",
    ],
)
def test_a_grant_of_bail_is_a_release_unless_the_person_stays_held(
    text: str, expected: Events
) -> None:
    assert events(text) == expected


# A question of fact that the next sentence answers "Yes" says that it happened; one
# answered "No", or one about what will happen, says nothing yet.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Q: Was Sok Dara charged? A: Yes, with incitement.", {("sokdara", "charged", True)}),
        ("Has Okello Ocen been released? Yes. He is at home.", {("ocen", "released", True)}),
        # counter-examples
        ("Q: Was Sok Dara charged? A: No, she was questioned and let go.", set()),
        ("Will Okello Ocen be released? Yes, his lawyer expects, within weeks.", set()),
        ("Has Okello Ocen been released? We do not know yet.", set()),
    ],
    ids=["qa-yes", "question-yes", "qa-no", "future-yes", "unanswered"],
)
def test_a_question_answered_yes_says_it_happened(text: str, expected: Events) -> None:
    assert events(text) == expected


# A role in parentheses after each name of a list ("X (lawyer), Y (union leader)") keeps
# the list one subject; a clause in parentheses does not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tendai Moyo (teacher) and Okello Ocen (trade unionist) were detained on Monday.",
            {("moyo", "detained", True), ("ocen", "detained", True)},
        ),
        (
            "Two reporters - Ana Reyes (camera operator), Maria Santos (editor) - were freed on "
            "Monday.",
            {("reyes", "released", True), ("santos", "released", True)},
        ),
        # counter-example: the first name's aside is a clause of its own
        (
            "Tendai Moyo (who fled in May) and Okello Ocen were detained on Monday.",
            {("ocen", "detained", True)},
        ),
    ],
    ids=["roles-and", "roles-after-a-dash", "a-clause-in-parentheses"],
)
def test_roles_in_parentheses_keep_a_list_together(text: str, expected: Events) -> None:
    assert events(text) == expected
