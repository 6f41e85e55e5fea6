"""Classes that earlier rounds left as strict xfails (issue 14), each with new sentences of its
own and counter-examples, written and labelled before the engine first read them:

- who: a list after a colon that ends a long object ("sentenced three more members of the
  banned movement to between three and six years in a penal colony: A, B and C") is the
  object; a list after a colon that names someone else (witnesses, signatories) is not;
- when: a hunger strike's reason that lasts ("since 2 November in protest at being denied
  medical care") is not dated by the strike's start;
- who: a verb chained by "and was arrested" after a long clause with its own commas, an
  infinitive, a relative or a speech aside ("X flew back in May to attend ..., weeks after
  ..., and was detained") is the subject's;
- who: a pronoun after the main verb "said" of "X, a reporter who filmed Y ..., said an
  officer punched her" is the speaker's, X's, not Y's, named inside the speaker's own
  description;
- who: a heading's list whose first entry has a participle aside of its own ("Freed on
  Wednesday: A, released from the colony after five years, and B") is everyone's;
- what: "He was returned to prison" after the sentence before took him to hospital is a
  move between places of custody;
- who: a relative clause after "the mother of X," that tells of a prison ("who died in the
  colony on Monday") is X's; without one it is still no one's;
- what and who: "prosecutors added a new charge of treason, his lawyer said", with no
  "against", is a charge of the one person the sentence refers to;
- names: a line of given names before the surname they share ("Anna, Oleg and Maria
  Lutsko", a letter's signature) is a list of names, not a headline in Title Case.

First run (before any rule changed): 17 of 30 rows right, 16 of 36 labelled events found,
5 wrong extra events. By class (examples; counter-examples): colon list 0 of 4 rows, 0 of 11
events; 3 of 3. Strike reason 1 of 3 rows, 2 of 4 events, 3 extras; 1 of 2 (a denial dated
before the strike read as news). Chained verb 2 of 4 rows, 2 of 4 events; 3 of 3. Speaker's
pronoun 2 of 3 rows, 2 of 3 events, 1 extra; 3 of 3. Heading list 0 of 3 rows, 3 of 6 events;
2 of 2. The rows still read wrongly are strict xfails naming their class (``NOT_YET``).

A return to prison right after a hospital stay ("was taken to hospital ... He was returned
to prison two days later" is a move, not a new detention) was found while fixing the
strike's reason; its sentences were written and labelled before the engine read them. On
the session's starting engine: 0 of 3 examples, 3 of 3 counter-examples; on their first run
(against the change as first written): 3 of 3 and 2 of 3 (a hospital someone else was in:
"visited her mother in hospital"), since fixed. The relative clause after "the mother of X,"
(also written before its run): first run 0 of 3 examples, 3 of 3 counter-examples; now 3 of
3 and 4 of 4. A new charge added with no "against" (also written before its run): first run
0 of 3 examples, 3 of 3 counter-examples; now 3 of 3 and 3 of 3. A family's signature line
(names, also written before its run): first run 1 of 3 examples, 2 of 2 counter-examples; now
3 of 3 and 2 of 2. A hunger strike told by its start one to three months before, with no end
told (also written before its run): first run 0 of 3 examples, 3 of 3 counter-examples; a
fix (a start within three months, no end told in the article: going on) read all six right
but contradicted an earlier round's counter-example, so it was not landed and the three
examples are strict xfails (``_STRIKE_START``). Counter-examples added with a fix say so.

The people and the stories are made up.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader, mention_counts, named_params

PEOPLE = [
    Person("lutsko", "Pavel Lutsko"),
    Person("zhuk", "Hanna Zhuk"),
    Person("bandarenka", "Aleh Bandarenka"),
    Person("tolegen", "Aigerim Tolegen"),
    Person("bekov", "Nurlan Bekov"),
    Person("sarsen", "Dana Sarsen"),
    Person("amanov", "Bolat Amanov"),
    Person("rakhim", "Saule Rakhim"),
    Person("kolosova", "Irina Kolosova"),
    Person("gadzhiev", "Timur Gadzhiev"),
    Person("vetrova", "Olga Vetrova"),
    Person("dadashev", "Emil Dadashev"),
]
PUBLISHED = datetime(2026, 12, 3, 9, 0)  # a Thursday
events = Reader(PEOPLE, PUBLISHED)

NONE: Events = set()

# (name, text, expected, optional)
COLON_LIST: list[tuple[str, str, Events, Events]] = [
    (
        "sentenced-members-to-terms-colon-list",
        "A military court in Minsk on Tuesday sentenced three more members of the banned Rada "
        "youth movement to between three and six years in a penal colony: the student Pavel "
        "Lutsko, the engineer Hanna Zhuk and the teacher Aleh Bandarenka.",
        {
            ("lutsko", "sentenced", True),
            ("zhuk", "sentenced", True),
            ("bandarenka", "sentenced", True),
        },
        NONE,
    ),
    (
        "detained-organisers-of-rally-colon-list",
        "Police in Almaty on Sunday detained five organisers of Saturday's rally against the "
        "new pension law outside the city hall: Aigerim Tolegen, Nurlan Bekov and Dana Sarsen.",
        {("tolegen", "detained", True), ("bekov", "detained", True), ("sarsen", "detained", True)},
        NONE,
    ),
    (
        "paroled-prisoners-held-since-colon-list",
        "The regional court on Wednesday released on parole two elderly prisoners who had been "
        "held since the 2019 protests in the capital: Bolat Amanov and Saule Rakhim.",
        {("amanov", "parole_granted", True), ("rakhim", "parole_granted", True)},
        {("amanov", "detained", False), ("rakhim", "detained", False)},
    ),
    (
        "handed-suspended-sentences-to-reporters-colon-list",
        "Judges in Baku on Monday also handed suspended sentences of two years each to three "
        "reporters of the independent weekly Azadlyg Sesi: Irina Kolosova, Timur Gadzhiev and "
        "Olga Vetrova.",
        {
            ("kolosova", "sentenced", True),
            ("gadzhiev", "sentenced", True),
            ("vetrova", "sentenced", True),
        },
        NONE,
    ),
    # counter-examples: the list names someone else than the object, or no event happened
    (
        "counter-witnesses-colon-list",
        "The court sentenced the movement's leader to ten years on Monday after hearing two "
        "witnesses for the defence and the prosecution: Irina Kolosova and Timur Gadzhiev.",
        NONE,
        NONE,
    ),
    (
        "counter-signatories-colon-list",
        "Police detained dozens of protesters on Sunday, according to a statement signed by three "
        "members of the organising committee: Aigerim Tolegen, Nurlan Bekov and Dana Sarsen.",
        NONE,
        NONE,
    ),
    (
        "counter-asked-for-terms-colon-list",
        "Prosecutors asked the court on Monday for prison terms of between five and eight years "
        "for the three remaining defendants in the case: Bolat Amanov, Saule Rakhim and Emil "
        "Dadashev.",
        NONE,
        NONE,
    ),
]

STRIKE_REASON: list[tuple[str, str, Events, Events]] = [
    (
        "refused-food-since-in-protest-at-being-denied",
        "Jailed blogger Emil Dadashev has refused food since 2 November in protest at being "
        "denied treatment for his diabetes, his wife said on Wednesday.",
        {("dadashev", "hunger_strike", True)},
        {("dadashev", "ill_treatment", True)},
    ),
    (
        "began-strike-on-in-protest-at-solitary",
        "Saule Rakhim began a hunger strike on 20 October in protest at being held in solitary "
        "confinement, her lawyer said.",
        {("rakhim", "hunger_strike", True)},
        {("rakhim", "ill_treatment", True)},
    ),
    (
        "on-strike-since-in-protest-taken-to-hospital",
        "Nurlan Bekov, on hunger strike since 1 November in protest at being denied medical care "
        "in the Dolinka colony, was taken to hospital on Monday.",
        {("bekov", "hunger_strike", True), ("bekov", "transferred", True)},
        {("bekov", "ill_treatment", True)},
    ),
    # counter-examples: an old strike's reason is old; a denial dated on its own stays so
    (
        "counter-old-strike-in-protest",
        "In 2021 Aleh Bandarenka spent 30 days on hunger strike in protest at being denied "
        "medical care.",
        {("bandarenka", "hunger_strike", False)},
        {("bandarenka", "ill_treatment", False)},
    ),
    (  # (added with the fix: a reason dated on its own keeps its date)
        "counter-reason-with-a-date-of-its-own",
        "Emil Dadashev has refused food since 2 November in protest at his six-year sentence, "
        "which the Supreme Court upheld in August.",
        {("dadashev", "hunger_strike", True), ("dadashev", "appeal_rejected", False)},
        {("dadashev", "sentenced", False)},
    ),
    (
        "counter-denial-dated-before-strike",
        "Hanna Zhuk was denied medical care for months after her arrest in March, and she began "
        "a hunger strike on 2 November.",
        {("zhuk", "hunger_strike", True), ("zhuk", "ill_treatment", False)},
        {("zhuk", "detained", False)},
    ),
]

CHAINED: list[tuple[str, str, Events, Events]] = [
    (
        "flew-back-to-attend-weeks-after-and-was-detained",
        "Nurlan Bekov flew back to Almaty in May to attend his brother's wedding, weeks after "
        "the election he had called a fraud, and was detained at the airport.",
        {("bekov", "detained", False)},
        NONE,
    ),
    (
        "previously-sent-lawyer-said-and-spent-on-strike",
        "Saule Rakhim had previously been sent to a punishment cell at least five times, her "
        "lawyer said, and in 2025 spent three weeks on hunger strike.",
        {("rakhim", "hunger_strike", False)},
        {("rakhim", "ill_treatment", False)},
    ),
    (
        "travelled-to-see-sister-whom-and-was-detained",
        "Irina Kolosova travelled to the border town of Narva on Monday to see her sister, whom "
        "she had not seen since the war began, and was detained by border guards.",
        {("kolosova", "detained", True)},
        NONE,
    ),
    (
        "went-to-complain-wife-said-and-was-arrested",
        "Timur Gadzhiev went to the prosecutor's office on Tuesday to complain about a search of "
        "his flat, his wife said, and was arrested on the spot.",
        {("gadzhiev", "detained", True)},
        NONE,
    ),
    # counter-examples: the chained verb is not an event, or the subject is someone else
    (
        "counter-visit-husband-who-had-been-beaten",
        "Olga Vetrova drove to the prison on Monday to visit her husband, who had been beaten by "
        "guards, and was told he had been moved to another colony.",
        NONE,
        NONE,
    ),
    (
        "counter-asking-days-after-lawyer-arrested-refused",
        "Pavel Lutsko wrote to the court in March asking to see his lawyer, days after the lawyer "
        "was arrested, and was refused.",
        NONE,
        NONE,
    ),
    # (two added with the fix: a new subject after "and"; the name inside a fronted phrase)
    (
        "counter-and-his-brother-was-detained",
        "Nurlan Bekov thanked the judge who had freed Timur Gadzhiev on Monday, and his brother "
        "was detained at the courthouse.",
        NONE,
        {("gadzhiev", "released", True), ("gadzhiev", "released", False)},
    ),
    (
        "counter-after-visiting-name-mother-returned",
        "After visiting Pavel Lutsko in prison, his mother returned home to Grodno on Sunday, "
        "and was detained at the border.",
        NONE,
        NONE,
    ),
    (
        "counter-brother-returned-and-was-detained",
        "Aleh Bandarenka's brother returned to Minsk in June to care for their mother, weeks "
        "after the trial, and was detained at the border.",
        NONE,
        NONE,
    ),
]

SPEAKER: list[tuple[str, str, Events, Events]] = [
    (
        "photographer-who-filmed-said-officers-beat-her",
        "Hanna Zhuk, a photographer who filmed Pavel Lutsko being pushed into a police van, said "
        "officers beat her with batons.",
        {("zhuk", "ill_treatment", True)},
        {("lutsko", "detained", True)},
    ),
    (
        "lawyer-who-represents-said-she-was-detained",
        "Dana Sarsen, the lawyer who represents Nurlan Bekov, said she was detained for six hours "
        "on Friday after leaving the court.",
        {("sarsen", "detained", True)},
        NONE,
    ),
    (
        "whose-reports-about-said-police-had-beaten-her",
        "Aigerim Tolegen, whose reports about Bolat Amanov were widely shared, said police had "
        "beaten her outside the courthouse on Tuesday.",
        {("tolegen", "ill_treatment", True)},
        NONE,
    ),
    # counter-examples: the pronoun is someone else's, by gender or by "her client"
    (
        "counter-who-filmed-arrest-said-he-was-beaten",
        "Hanna Zhuk, who filmed Pavel Lutsko's arrest, said he was beaten in the van.",
        {("lutsko", "ill_treatment", True)},
        {("lutsko", "detained", True)},
    ),
    (
        "counter-wife-of-said-he-had-been-beaten",
        "Olga Vetrova, the wife of Timur Gadzhiev, said he had been beaten by guards on Sunday.",
        {("gadzhiev", "ill_treatment", True)},
        NONE,
    ),
    (
        "counter-who-represents-said-guards-beat-her-client",
        "Dana Sarsen, who represents Saule Rakhim, said guards beat her client on Monday.",
        {("rakhim", "ill_treatment", True)},
        NONE,
    ),
    # (two added with the fix: an object pronoun when the speaker speaks for the one named)
    (
        "counter-who-represents-said-guards-beat-her",
        "Dana Sarsen, who represents Saule Rakhim, said guards beat her on Monday.",
        {("rakhim", "ill_treatment", True)},
        NONE,
    ),
    (
        "counter-whose-husband-said-guards-beat-him",
        "Dana Sarsen, whose husband Timur Gadzhiev is held in the Dolinka colony, said guards "
        "beat him on Monday.",
        {("gadzhiev", "ill_treatment", True)},
        NONE,
    ),
]

HEADING_LIST: list[tuple[str, str, Events, Events]] = [
    (
        "freed-heading-first-entry-released-from-colony",
        "Freed on Wednesday: Bolat Amanov, released from the Zarechny colony after serving five "
        "years, and Saule Rakhim.",
        {("amanov", "released", True), ("rakhim", "released", True)},
        NONE,
    ),
    (
        "sentenced-heading-first-entry-given-years",
        "Sentenced this week: Pavel Lutsko, given four years on Monday, and Hanna Zhuk.",
        {("lutsko", "sentenced", True), ("zhuk", "sentenced", True)},
        NONE,
    ),
    (
        "detained-heading-first-entry-picked-up",
        "Detained on Tuesday: Nurlan Bekov, picked up outside his home in the morning, and Dana "
        "Sarsen.",
        {("bekov", "detained", True), ("sarsen", "detained", True)},
        NONE,
    ),
    # counter-examples: a relative clause naming someone else; a heading that is no event
    (
        "counter-freed-heading-whose-co-defendant-remains",
        "Released on Wednesday: Bolat Amanov, whose co-defendant Saule Rakhim remains in the "
        "colony.",
        {("amanov", "released", True)},
        NONE,
    ),
    (
        "counter-still-held-heading",
        "Still held: Timur Gadzhiev, arrested on 2 May, and Olga Vetrova.",
        {("gadzhiev", "detained", False)},
        {("vetrova", "detained", False)},
    ),
]

# (written after the first run above, before the engine read them): found while fixing the
# strike's reason, a return to prison right after a hospital stay
BACK_FROM_HOSPITAL: list[tuple[str, str, Events, Events]] = [
    (
        "taken-to-hospital-returned-to-prison-days-later",
        "Emil Dadashev was taken to a hospital in Baku on Monday after collapsing in his cell. "
        "He was returned to prison two days later.",
        {("dadashev", "transferred", True)},
        NONE,
    ),
    (
        "moved-to-prison-hospital-sent-back-to-colony",
        "Guards moved Saule Rakhim to the prison hospital on 28 November. She was sent back to "
        "the colony on Tuesday, her lawyer said.",
        {("rakhim", "transferred", True)},
        NONE,
    ),
    (
        "admitted-to-clinic-taken-back-to-jail",
        "Nurlan Bekov was admitted to the city clinic with a broken arm on Friday. He was taken "
        "back to jail the same evening.",
        {("bekov", "transferred", True)},
        NONE,
    ),
    # counter-examples: a return to prison after a release; a hospital no one was taken to
    (
        "counter-bail-revoked-returned-to-prison",
        "Timur Gadzhiev was released on bail on 20 November. He was returned to prison on "
        "Tuesday after the court revoked his bail.",
        {("gadzhiev", "detained", True)},
        {("gadzhiev", "released", False), ("gadzhiev", "released", True)},
    ),
    (
        "counter-visited-mother-in-hospital-sent-back",
        "Olga Vetrova visited her mother in hospital on Sunday. On Monday she was sent back to "
        "prison for breaching the terms of her parole.",
        {("vetrova", "detained", True)},
        NONE,
    ),
    (
        "counter-freed-on-parole-returned-to-prison",
        "Pavel Lutsko, freed on parole in October, was returned to prison on Monday.",
        {("lutsko", "detained", True)},
        {("lutsko", "parole_granted", False)},
    ),
]

# (written and labelled before the engine read them) a relative clause after "the mother
# of X," that tells of a prison, a colony or a custody: X's, not the relative's
RELATIVE_OF_PRISONER: list[tuple[str, str, Events, Events]] = [
    (
        "wife-of-who-died-in-the-colony",
        "The wife of Bolat Amanov, who died in the Zarechny colony on Monday, said guards had "
        "denied him insulin.",
        {("amanov", "died", True)},
        {("amanov", "ill_treatment", True), ("amanov", "ill_treatment", False)},
    ),
    (
        "sister-of-who-is-on-hunger-strike-in-jail",
        "The sister of Irina Kolosova, who has been on hunger strike in a Moscow jail since 20 "
        "November, wrote to the prosecutor on Tuesday.",
        {("kolosova", "hunger_strike", True)},
        NONE,
    ),
    (
        "son-of-who-was-sentenced-to-years-in-prison",
        "The son of Emil Dadashev, who was sentenced to six years in prison on Tuesday, read a "
        "statement outside the court.",
        {("dadashev", "sentenced", True)},
        NONE,
    ),
    # counter-examples: no prison in the clause, so the relative may be the one it tells of
    (
        "counter-lawyer-of-who-was-detained-after-court",
        "The lawyer of Nurlan Bekov, who was detained on Monday after leaving the court, has "
        "been freed on bail.",
        NONE,
        NONE,
    ),
    (
        "counter-mother-of-who-was-detained-at-protest",
        "The mother of Pavel Lutsko, who was detained at a protest in Minsk on Sunday, was fined "
        "and released.",
        NONE,
        NONE,
    ),
    (  # (added with the fix: a visit to the prison)
        "counter-wife-of-who-was-detained-visiting-him-in-prison",
        "The wife of Timur Gadzhiev, who was detained on Monday while visiting him in prison, "
        "has been released.",
        NONE,
        NONE,
    ),
    (
        "counter-brother-of-who-died-in-car-crash",
        "The brother of Hanna Zhuk, who died in a car crash in June, had visited her in prison "
        "weeks before.",
        NONE,
        NONE,
    ),
]

# (written and labelled before the engine read them) a new charge added with no "against",
# for the one whose lawyer or relative tells it
NEW_CHARGE: list[tuple[str, str, Events, Events]] = [
    (
        "prosecutors-added-a-new-charge-of-lawyer-said",
        "Emil Dadashev was jailed for six years in May. On Monday prosecutors added a new charge "
        "of treason, his lawyer said.",
        {("dadashev", "sentenced", False), ("dadashev", "charged", True)},
        NONE,
    ),
    (
        "investigators-brought-fresh-charges-of-lawyer-told",
        "Saule Rakhim has been held since March. Investigators brought fresh charges of "
        "extremism on Tuesday, her lawyer told reporters.",
        {("rakhim", "detained", False), ("rakhim", "charged", True)},
        NONE,
    ),
    (
        "court-added-a-further-charge-of-wife-said",
        "Nurlan Bekov is in pretrial detention in Almaty. A court in Almaty on 30 November added "
        "a further charge of insulting a judge, his wife said.",
        {("bekov", "charged", True)},
        {("bekov", "detained", False), ("bekov", "detained", True)},
    ),
    # counter-examples: charges in other cases; charges that may come; a hearing on charges
    (
        "counter-new-charges-in-forty-cases",
        "Emil Dadashev was jailed for six years in May. Prosecutors have filed new charges of "
        "treason in 40 cases this year, the agency said.",
        {("dadashev", "sentenced", False)},
        NONE,
    ),
    (
        "counter-could-bring-new-charges-of",
        "Saule Rakhim has been held since March. Her lawyer said prosecutors could bring new "
        "charges of extremism.",
        {("rakhim", "detained", False)},
        NONE,
    ),
    (
        "counter-added-a-new-hearing-on-the-charges",
        "Timur Gadzhiev was freed in May. The court added a new hearing on the charges of fraud, "
        "his lawyer said.",
        {("gadzhiev", "released", False)},
        NONE,
    ),
]

# (written and labelled before the engine read them) a hunger strike told by its start, one
# to three months before, that the article tells no end of: still going on
STRIKE_BEGUN: list[tuple[str, str, Events, Events]] = [
    (
        "went-on-hunger-strike-seven-weeks-ago",
        "Aleh Bandarenka went on hunger strike on 15 October, his wife told reporters on "
        "Wednesday.",
        {("bandarenka", "hunger_strike", True)},
        NONE,
    ),
    (
        "declared-a-hunger-strike-eight-weeks-ago",
        "Irina Kolosova declared a hunger strike in the Mordovia colony on 10 October, her "
        "lawyer said on Tuesday.",
        {("kolosova", "hunger_strike", True)},
        NONE,
    ),
    (
        "started-a-hunger-strike-after-letters-confiscated",
        "Emil Dadashev started a hunger strike on 25 October after guards confiscated his letters.",
        {("dadashev", "hunger_strike", True)},
        NONE,
    ),
    # counter-examples: an end told; a start too long ago
    (
        "counter-began-and-ended-it",
        "Aleh Bandarenka began a hunger strike on 15 October and ended it on 2 November after "
        "officials promised him a doctor.",
        {("bandarenka", "hunger_strike", False)},
        NONE,
    ),
    (
        "counter-began-in-march",
        "Irina Kolosova began a hunger strike in March, her lawyer said.",
        {("kolosova", "hunger_strike", False)},
        NONE,
    ),
    (
        "counter-called-it-off-a-week-later",
        "Emil Dadashev started a hunger strike on 25 October. He called it off a week later.",
        {("dadashev", "hunger_strike", False)},
        NONE,
    ),
]

ALL = (
    COLON_LIST
    + STRIKE_REASON
    + CHAINED
    + SPEAKER
    + HEADING_LIST
    + BACK_FROM_HOSPITAL
    + RELATIVE_OF_PRISONER
    + NEW_CHARGE
    + STRIKE_BEGUN
)

# (written and labelled before the engine read them) a line that only lists given names
# before the family's surname, as a letter is signed, names each of them, not the one
# watched unless listed: (name, text, how many times each person is named)
SIGNED_BY_FAMILY: list[tuple[str, str, dict[str, int]]] = [
    (
        "signed-three-given-names-and-surname",
        "Pavel Lutsko has been held in Minsk since May.\n\nAnna, Oleg and Maria Lutsko",
        {"lutsko": 1},
    ),
    (
        "signed-two-given-names-and-surname",
        "Please write to Irina Kolosova in the colony.\n\nNina and Vera Kolosova",
        {"kolosova": 1},
    ),
    (
        "signed-after-thanks",
        "We thank everyone who wrote to Timur Gadzhiev this year.\n\nAmina, Rustam and Zaur "
        "Gadzhiev",
        {"gadzhiev": 1},
    ),
    # counter-examples: the watched person among those who sign; a headline in Title Case
    (
        "counter-signed-with-the-watched-given-name",
        "Pavel Lutsko has been held in Minsk since May.\n\nAnna, Oleg and Pavel Lutsko",
        {"lutsko": 2},
    ),
    (
        "counter-title-case-headline-with-and",
        "Belarus Frees Lutsko and Zhuk\n\nPavel Lutsko and Hanna Zhuk were freed on Monday.",
        {"lutsko": 2, "zhuk": 2},
    ),
]

# Classes still read wrongly, kept in view: the test fails once one of them is read right.
_STRIKE_START = (
    "when: a strike told only by its start one to three months before ('began a hunger "
    "strike on 20 October'), with no end told, is read as background. Not fixed: reading it "
    "as going on contradicts the r14 counter-example 'Reza Khosravani began a hunger strike "
    "on 24 October.' (background), and the sentence itself does not tell which it is"
)
_DENIED_FOR_MONTHS = (
    "when: a denial told in the lead as lasting 'for months after her arrest in March' is "
    "dated by neither and read as news (a class of its own, found by a counter-example, not "
    "attempted)"
)
NOT_YET: dict[str, str] = {
    "began-strike-on-in-protest-at-solitary": _STRIKE_START,
    "went-on-hunger-strike-seven-weeks-ago": _STRIKE_START,
    "declared-a-hunger-strike-eight-weeks-ago": _STRIKE_START,
    "started-a-hunger-strike-after-letters-confiscated": _STRIKE_START,
    "counter-denial-dated-before-strike": _DENIED_FOR_MONTHS,
}


NAMES_NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(("text", "counts"), named_params(SIGNED_BY_FAMILY, NAMES_NOT_YET))
def test_a_family_signature_names_each_of_them(text: str, counts: dict[str, int]) -> None:
    assert mention_counts(events.index, text) == counts


@pytest.mark.parametrize(("text", "expected", "optional"), named_params(ALL, NOT_YET))
def test_a_leftover_class_reads_its_new_examples(
    text: str, expected: Events, optional: Events
) -> None:
    assert expected <= events(text) <= expected | optional
