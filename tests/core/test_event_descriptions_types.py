"""Made-up English news on two questions (issue 14, held-out accuracy):

D. Who a description or a pronoun stands for. A watched person is often called by what
   they are rather than by name: "the 45-year-old", "the blogger from the south", "the
   rights defender", "the former MP", "the Nobel laureate", an epithet ("the president's
   fiercest critic"), "his client" in a lawyer's mouth, or a lead that describes someone
   ("A veteran reporter ... has been sentenced", behind a dateline, a relative clause or
   a place between the description and its verb) whom the next sentence names. A
   definite description stands for the last watched person it fits (described so before,
   by apposition or a title), or for the one person in focus; never when someone no one
   watches of that role was named more recently, and a pronoun for someone unlisted
   ("his wife ... she was taken to hospital") is never the watched person's.
T. Which type an event is, by GUIDE.md's rules: a higher court upholding a sentence is
   appeal_rejected only; sources "confirming" a sentence report the sentence; an appeal
   against a pretrial measure is no appeal_rejected; a detention extended, renewed or a
   remand is detained; remanded then "sent to jail" is no transfer; an early release is
   parole_granted, not released; "tried on charges" or "at the end of a trial" inside a
   verdict is no separate charge or trial; an internal exile is not fleeing the country.

People, places and facts are made up; every label was written and committed before the
module was first run.

First run: 22 of 45 items right. Wrong: a lead's description behind a wire's place line,
a place, an employer, "whose" or a second description before its verb, or named after a
fronted time ("On Tuesday, X was found guilty"), and its speaker named after an apposition
taken for it; "the blogger" for a person described only by an age, "the 44-year-old
opposition politician" for a "Kremlin critic"; "laureate", "MP" no trades; "On Wednesday
the rights defender" without its comma; an epithet ("the president's most prominent
critic"); "the journalist" after "another journalist, Y" given to the watched journalist;
sources "confirming" a sentence and appeals against pretrial measures read as
appeal_rejected; a detention "renewed" not read; "sent to jail" after a remand read as a
transfer; "released early ... after serving two thirds of her term" read as released;
"tried on charges" read as a charge; an exile to a province read as fleeing.

Fixed since, each for its class (42 of 45): ``references._last_person`` (a description goes
to the last person it fits, else to one described by no other occupation: ages, activist,
critic go with any trade; never past ``unwatched_described``, someone no one watches named
with that trade); ``EPITHET``; ``FRONTED_OPENING`` without its comma before "the";
``events._named_after_events`` (``PLACE_LINE``, ``MAIN_VERB_AFTER`` across a place, an
employer, "whose" or "and former ...", a fronted opening before the name,
``ANOTHER_AFTER``, ``SPEAKS_AFTER`` across an apposition, ``WHO_AFTER_DESCRIBED``); in
``triggers``: ``Check.BY_A_COURT``, ``Check.OF_THE_VERDICT``,
``RENEWED_AFTER``/``RENEWED_BEFORE``, ``TO_CUSTODY_BARE``, ``TRIED_BEFORE``;
``events._named_after_a_pronoun`` (a described lead, then "he" or "she" of the name's
gender, then the name); ``event_who.TO_WHOM_OPENS`` ("the sentence handed down to X", no
auxiliary); the rule ``released-after-part-of-term``; an exile ``_INLAND`` is no flight.
The rest are strict xfails, named by their class.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader, article, named_params

PEOPLE = [
    Person("nazarov", "Rustam Nazarov"),
    Person("sadykova", "Aigul Sadykova"),
    Person("berger", "Tomas Berger"),
    Person("haddad", "Leila Haddad"),
]
PUBLISHED = datetime(2026, 12, 4, 12, 0)  # a Friday
events = Reader(PEOPLE, PUBLISHED)
NONE: Events = set()

# (name, title, text, expected, optional)
ITEMS: list[tuple[str, str, str, Events, Events]] = [
    # D. a lead that describes the person, named in the next sentence
    (
        "lead-described-behind-dateline-and-place",
        "Reporter jailed",
        article(
            "TASHKENT, Uzbekistan -- A veteran reporter in the eastern Fergana region has been "
            "sentenced to four years in prison, a rights group said.",
            "On Tuesday, Rustam Nazarov was found guilty of extortion, which he denies.",
        ),
        {("nazarov", "sentenced", True)},
        NONE,
    ),
    (
        "lead-described-whose-clause",
        "Lawyer freed",
        article(
            "BISHKEK - A rights lawyer whose detention last year drew protests abroad was "
            "released on Monday, his wife said.",
            "Tomas Berger, who represented several opposition figures, had been held since 2025.",
        ),
        {("berger", "released", True)},
        {("berger", "detained", False)},
    ),
    (
        "lead-described-two-nouns-and-relative",
        "Dissident seeks asylum",
        article(
            "A dissident and former dean of the state law academy who was jailed in 2015 has "
            "fled to Germany and asked for asylum, a rights group said on Thursday.",
            "Tomas Berger, who is in his sixties, crossed the border on 30 November.",
        ),
        {("berger", "fled", True)},
        {("berger", "detained", False), ("berger", "sentenced", False)},
    ),
    (
        "lead-described-object-with-relative",
        "Correspondent freed",
        article(
            "Authorities have freed a correspondent for an independent radio station, who had "
            "been sentenced earlier this month to three years in prison.",
            "Rustam Nazarov walked out of the prison gates on Tuesday morning.",
        ),
        {("nazarov", "released", True), ("nazarov", "sentenced", True)},
        NONE,
    ),
    (
        "lead-described-then-pronoun-then-name",
        "Journalist arrested",
        article(
            "A journalist who criticised the mayor was arrested on Monday. He was charged on "
            "Tuesday with extortion.",
            "Rustam Nazarov, 38, writes for an independent weekly.",
        ),
        {("nazarov", "detained", True), ("nazarov", "charged", True)},
        NONE,
    ),
    (
        "lead-described-speaker-named-after-is-not-it",
        "Journalist arrested",
        article(
            "A journalist was arrested in the capital on Monday.",
            "Rustam Nazarov, who heads the press union, said the arrest was unlawful.",
        ),
        NONE,
        NONE,
    ),
    (
        "lead-described-fellow-named-after-is-not-it",
        "Blogger detained",
        article(
            "MINSK -- A blogger was detained on Monday over a video about the police.",
            "On Tuesday, Rustam Nazarov, a fellow blogger, called for the man's release.",
        ),
        NONE,
        NONE,
    ),
    # D. a definite description in the body
    (
        "the-blogger-from-a-place",
        "Court jails blogger",
        article(
            "A court on 1 December sentenced Aigul Sadykova, 31, to six years in prison.",
            "The blogger from the southern region was arrested in May 2025.",
        ),
        {("sadykova", "sentenced", True), ("sadykova", "detained", False)},
        NONE,
    ),
    (
        "the-journalist-in-a-time-clause",
        "Journalist freed on bail",
        article(
            "Senior journalist Rustam Nazarov was freed on bail on Friday.",
            "The ruling came two days after the journalist was arrested at a checkpoint.",
        ),
        {("nazarov", "released", True), ("nazarov", "detained", True)},
        NONE,
    ),
    (
        "the-45-year-old",
        "Activist held",
        "Aigul Sadykova was detained on Monday. The 45-year-old was charged with fraud on "
        "Wednesday.",
        {("sadykova", "detained", True), ("sadykova", "charged", True)},
        NONE,
    ),
    (
        "the-nobel-laureate",
        "Laureate jailed",
        article(
            "Nobel laureate Leila Haddad was sentenced on Tuesday to nine years in prison.",
            "The Nobel laureate had been arrested in 2023 at her home.",
        ),
        {("haddad", "sentenced", True), ("haddad", "detained", False)},
        NONE,
    ),
    (
        "the-former-mp",
        "Former MP detained",
        "Former MP Tomas Berger was detained on Saturday. The former MP was later charged "
        "with inciting unrest.",
        {("berger", "detained", True), ("berger", "charged", True)},
        NONE,
    ),
    (
        "the-rights-defender-after-a-time",
        "Defender charged",
        "Aigul Sadykova, a human rights defender, was detained on Monday. On Wednesday the "
        "rights defender was charged with treason.",
        {("sadykova", "detained", True), ("sadykova", "charged", True)},
        NONE,
    ),
    (
        "the-opposition-politician-aged",
        "Critic sent to colony",
        article(
            "Kremlin critic Rustam Nazarov has been moved to a penal colony, his allies said.",
            "The 44-year-old opposition politician was arrested on his return to Moscow last week.",
        ),
        {("nazarov", "transferred", True), ("nazarov", "detained", True)},
        NONE,
    ),
    (
        "the-description-that-fits-of-two",
        "Two held",
        "Rustam Nazarov, a blogger, and Leila Haddad, a lawyer, were detained on Monday. The "
        "blogger was charged with extremism on Wednesday.",
        {
            ("nazarov", "detained", True),
            ("haddad", "detained", True),
            ("nazarov", "charged", True),
        },
        NONE,
    ),
    (
        "the-description-of-an-unlisted-one-named-later",
        "Journalists held",
        "Rustam Nazarov, a journalist, was detained on Monday. Another journalist, Pavel "
        "Orlov, was arrested in the same raid. The journalist was charged with extortion on "
        "Tuesday.",
        {("nazarov", "detained", True)},
        NONE,
    ),
    (
        "an-epithet-with-an-owner",
        "Critic moved",
        article(
            "Rustam Nazarov was moved to a penal colony in the north on Sunday.",
            "The president's most prominent critic was sentenced this month to three years.",
        ),
        {("nazarov", "transferred", True), ("nazarov", "sentenced", True)},
        NONE,
    ),
    (
        "an-epithet-with-a-named-owner",
        "Critic jailed",
        article(
            "Leila Haddad was taken to a prison hospital on Sunday, her lawyer said.",
            "President Ivan Sokolov's fiercest opponent had been sentenced on 20 November to "
            "five years.",
        ),
        {("haddad", "transferred", True), ("haddad", "sentenced", True)},
        NONE,
    ),
    (
        "his-client-said-by-a-lawyer",
        "Journalist beaten",
        "Rustam Nazarov was detained on Monday. His lawyer, Ivan Petrov, said on Tuesday that "
        "his client had been beaten in custody.",
        {("nazarov", "detained", True), ("nazarov", "ill_treatment", True)},
        NONE,
    ),
    (
        "her-client-said-by-a-watched-lawyer",
        "Journalist beaten",
        "Rustam Nazarov was detained last week. Leila Haddad, who represents the journalist, "
        "said on Tuesday that her client had been beaten in custody.",
        {("nazarov", "detained", True), ("nazarov", "ill_treatment", True)},
        NONE,
    ),
    (
        "a-kin-word-for-a-watched-relative",
        "Mother on hunger strike",
        "Aigul Sadykova's son, Tomas Berger, was sentenced in 2022. His mother has been on "
        "hunger strike since Monday.",
        {("berger", "sentenced", False), ("sadykova", "hunger_strike", True)},
        NONE,
    ),
    (
        "a-pronoun-for-an-unlisted-wife",
        "Journalist detained",
        "Rustam Nazarov was detained on Monday. His wife was held for several hours. She was "
        "taken to hospital after police beat her.",
        {("nazarov", "detained", True)},
        NONE,
    ),
    (
        "a-pronoun-for-an-unlisted-named-colleague",
        "Activist detained",
        "Aigul Sadykova was detained on Monday. Her colleague Marina Belova was also taken "
        "in. She was released on Tuesday.",
        {("sadykova", "detained", True)},
        NONE,
    ),
    # T. the type of the event
    (
        "upheld-by-an-appeals-court",
        "Sentence upheld",
        "An appeals court on Tuesday upheld the five-year sentence of Rustam Nazarov.",
        {("nazarov", "appeal_rejected", True)},
        {("nazarov", "sentenced", False)},
    ),
    (
        "upheld-passive-a-term",
        "Sentence upheld",
        "Rustam Nazarov's seven-year prison term was upheld by the Supreme Court on Monday.",
        {("nazarov", "appeal_rejected", True)},
        {("nazarov", "sentenced", False)},
    ),
    (
        "confirmed-by-sources-is-the-sentence",
        "Activist jailed for 11 years",
        "A military court on Friday sentenced an activist to 11 years in jail. Court sources "
        "confirmed the sentence handed down to Rustam Nazarov, who was arrested in 2024.",
        {("nazarov", "sentenced", True)},
        {("nazarov", "detained", False)},
    ),
    (
        "confirmed-by-the-court-of-appeal",
        "Sentence confirmed",
        "The Court of Appeal on Tuesday confirmed the sentence handed down to Aigul Sadykova "
        "in June.",
        {("sadykova", "appeal_rejected", True)},
        {("sadykova", "sentenced", False)},
    ),
    (
        "appeal-against-a-pretrial-measure",
        "Appeal rejected",
        "On Wednesday the Court of Appeal rejected the appeal to move Rustam Nazarov to house "
        "arrest.",
        NONE,
        {("nazarov", "detained", True)},
    ),
    (
        "appeal-against-pretrial-detention",
        "Appeal rejected",
        "A court on Thursday rejected Aigul Sadykova's appeal against her pretrial detention.",
        NONE,
        {("sadykova", "detained", True)},
    ),
    (
        "remanded-in-pretrial-detention",
        "Activist remanded",
        "A court on Monday remanded Aigul Sadykova in pretrial detention for two months.",
        {("sadykova", "detained", True)},
        NONE,
    ),
    (
        "detention-extended",
        "Detention extended",
        "A district court extended the pretrial detention of Rustam Nazarov by three months "
        "on Tuesday.",
        {("nazarov", "detained", True)},
        NONE,
    ),
    (
        "detention-renewed-passive",
        "Detention renewed",
        "Aigul Sadykova's detention was renewed for 45 days on Sunday.",
        {("sadykova", "detained", True)},
        NONE,
    ),
    (
        "remanded-then-sent-to-jail",
        "Journalist arrested",
        "Rustam Nazarov was arrested on 26 November. He was later remanded into police "
        "custody and eventually sent to jail.",
        {("nazarov", "detained", True)},
        NONE,
    ),
    (
        "sent-back-to-prison",
        "Activist rearrested",
        "Aigul Sadykova was sent back to prison on Monday to serve the rest of her term after "
        "a court revoked her parole.",
        NONE,
        {("sadykova", "detained", True), ("sadykova", "sentenced", True)},
    ),
    (
        "moved-to-a-colony-is-a-transfer",
        "Critic moved",
        "Rustam Nazarov was moved on Sunday from a detention centre in the capital to a penal "
        "colony in the north.",
        {("nazarov", "transferred", True)},
        NONE,
    ),
    (
        "early-release-granted",
        "Blogger freed early",
        "A court granted Rustam Nazarov early release on Monday, and he walked free on Tuesday.",
        {("nazarov", "parole_granted", True)},
        NONE,
    ),
    (
        "released-early-passive",
        "Activist freed early",
        "Aigul Sadykova was released early on Friday after serving two thirds of her term.",
        {("sadykova", "parole_granted", True)},
        NONE,
    ),
    (
        "released-after-a-full-term",
        "Blogger freed",
        "Rustam Nazarov was released on Friday after serving his full five-year term.",
        {("nazarov", "released", True)},
        NONE,
    ),
    (
        "early-release-refused",
        "Parole refused",
        "A court on Monday rejected Aigul Sadykova's request for early release.",
        {("sadykova", "parole_denied", True)},
        NONE,
    ),
    (
        "detained-and-charged",
        "Journalist charged",
        "Police detained Rustam Nazarov on Monday and charged him with hooliganism.",
        {("nazarov", "detained", True), ("nazarov", "charged", True)},
        NONE,
    ),
    (
        "tried-on-charges-inside-a-verdict",
        "Publisher convicted",
        "Tomas Berger was convicted on Wednesday and sentenced to six years. The publisher "
        "was tried on charges of money laundering that he denies.",
        {("berger", "sentenced", True)},
        {("berger", "trial", True)},
    ),
    (
        "a-trial-inside-a-verdict-clause",
        "Journalist pardoned",
        "Rustam Nazarov, a journalist who was sentenced to 15 years in prison at the end of a "
        "closed trial in 2024, was pardoned on Monday.",
        {("nazarov", "pardoned", True), ("nazarov", "sentenced", False)},
        NONE,
    ),
    (
        "a-sentence-cut-on-appeal",
        "Sentence cut",
        "An appeals court on Monday cut Rustam Nazarov's sentence from seven to five years.",
        {("nazarov", "sentenced", True)},
        NONE,
    ),
    (
        "exiled-within-the-country",
        "Dissident's past",
        "Tomas Berger was jailed in 2010. He was later exiled to a remote province in the "
        "north and barred from the capital.",
        NONE,
        {("berger", "sentenced", False), ("berger", "detained", False)},
    ),
    (
        "exiled-abroad-is-fleeing",
        "Dissident expelled",
        "Tomas Berger was forced into exile in Germany on Tuesday after his release.",
        {("berger", "fled", True)},
        {("berger", "released", False), ("berger", "released", True)},
    ),
]

# Rewordings of the classes fixed, written after the first run (another voice, another
# word of the kind, a clause between), so that each fix is seen to fire beyond its item
REWORDINGS: list[tuple[str, str, str, Events, Events]] = [
    (
        "reworded-lead-poet-behind-an-agency-line",
        "Poet detained",
        article(
            "ALMATY (Reuters) - A prominent Kazakh poet from the western region was detained "
            "on Monday, police said.",
            "On Monday evening, Rustam Nazarov was taken to a police station in the city.",
        ),
        {("nazarov", "detained", True)},
        NONE,
    ),
    (
        "reworded-the-defender-from-a-place",
        "Defender jailed",
        "Aigul Sadykova, a human rights defender, was detained in May. The rights defender "
        "from Osh was sentenced on Tuesday to seven years.",
        {("sadykova", "detained", False), ("sadykova", "sentenced", True)},
        NONE,
    ),
    (
        "reworded-epithet-a-city-as-owner",
        "Critic jailed",
        "Rustam Nazarov was moved to a colony on Sunday. Moscow's most vocal critic was "
        "jailed this month for three years.",
        {("nazarov", "transferred", True), ("nazarov", "sentenced", True)},
        NONE,
    ),
    (
        "reworded-a-fellow-journalist-named-before-the-description",
        "Journalists held",
        "Rustam Nazarov, a journalist, was detained on Monday. Fellow journalist Pavel Orlov "
        "was also detained. The journalist was charged with extortion on Tuesday.",
        {("nazarov", "detained", True)},
        NONE,
    ),
    (
        "reworded-the-ex-mp",
        "Former MP charged",
        "Tomas Berger, a former MP, was detained on Saturday. On Monday the ex-MP was charged "
        "with fraud.",
        {("berger", "detained", True), ("berger", "charged", True)},
        NONE,
    ),
    (
        "reworded-verdicts-of-two-upheld",
        "Verdicts upheld",
        "The Supreme Court on Monday upheld the verdicts against Rustam Nazarov and Aigul "
        "Sadykova.",
        {("nazarov", "appeal_rejected", True), ("sadykova", "appeal_rejected", True)},
        NONE,
    ),
    (
        "reworded-a-lawyer-confirms-the-verdict",
        "Verdict",
        "Rustam Nazarov's lawyer confirmed the verdict on Monday.",
        NONE,
        NONE,
    ),
    (
        "reworded-detention-prolonged-of-a-full-name",
        "Detention prolonged",
        "The court prolonged Rustam Nazarov's pretrial detention until March on Tuesday.",
        {("nazarov", "detained", True)},
        NONE,
    ),
    (
        "reworded-freed-after-half-the-sentence",
        "Activist freed",
        "Aigul Sadykova was freed on Monday after serving half of her sentence.",
        {("sadykova", "parole_granted", True)},
        NONE,
    ),
    (
        "reworded-taken-back-to-jail",
        "Journalist jailed again",
        "Rustam Nazarov was taken back to jail on Monday after a hearing.",
        {("nazarov", "detained", True)},
        NONE,
    ),
]

REWORDINGS += [
    (
        "reworded-lead-then-she-then-named-woman",
        "Lawyer detained",
        article(
            "A lawyer was detained on Monday. She was beaten in custody, her husband said.",
            "Aigul Sadykova, 40, is a mother of two.",
        ),
        {("sadykova", "detained", True), ("sadykova", "ill_treatment", True)},
        NONE,
    ),
    (
        "reworded-lead-then-she-then-named-man-is-not-it",
        "Journalist freed",
        article(
            "A journalist was arrested in the capital on Monday. She was released on Tuesday.",
            "Rustam Nazarov was detained in 2020 on similar charges.",
        ),
        {("nazarov", "detained", False)},
        NONE,
    ),
    (
        "reworded-lead-then-he-then-named-woman-is-not-it",
        "Lawyer beaten",
        article(
            "A lawyer was detained on Monday. He was beaten in custody, his wife said.",
            "Aigul Sadykova, 40, was freed on Tuesday.",
        ),
        {("sadykova", "released", True)},
        NONE,
    ),
]

NOT_YET: dict[str, str] = {
    "the-journalist-in-a-time-clause": "timing: an arrest 'two days after' which the news "
    "came is read as background",
    "sent-back-to-prison": "a parole revoked is read as an earlier parole granted (a rule of "
    "its own; the label here says no event)",
}


@pytest.mark.parametrize(
    ("title", "text", "expected", "optional"), named_params(ITEMS + REWORDINGS, NOT_YET)
)
def test_a_description_or_a_type_is_read_as_a_reader_would_label_it(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    found = events(text, title)
    assert expected <= found <= expected | optional


def test_the_round_holds_its_items() -> None:
    assert len(ITEMS) >= 40
