"""What happened, whether it happened and when, in words the rules were not first written
for (issue 14): each class of phrasing with sentences it must read one way and
counter-examples it must read the other; all are made up."""

from __future__ import annotations

import pytest

from tests.core.test_event_phrasing import events

Events = set[tuple[str, str, bool]]


def check(text: str, expected: Events, title: str = "Court news") -> None:
    """The events read in ``text`` about the cast of test_event_phrasing.py."""
    assert events(text, title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prosecutors accused Ivan Petrov of spreading false information on Monday.",
            {("petrov", "charged", True)},
        ),
        ("Ivan Petrov was prosecuted for a post in 2019.", {("petrov", "charged", False)}),
        (
            "Investigators opened a criminal case against Ivan Petrov on Monday.",
            {("petrov", "charged", True)},
        ),
        ("Ivan Petrov was accused by his critics of lying.", set()),  # counter-example
        (
            "On Monday a jury returned a guilty verdict against Ivan Petrov.",
            {("petrov", "sentenced", True)},
        ),
        ("Ivan Petrov had to leave Belarus on Monday.", {("petrov", "fled", True)}),
        ("Ivan Petrov had to leave the meeting on Monday.", set()),  # counter-example
        ("Ivan Petrov was rushed to hospital on Monday.", {("petrov", "transferred", True)}),
        (
            "Ivan Petrov was placed in a psychiatric hospital on Monday.",
            {("petrov", "transferred", True)},
        ),
        ("Ivan Petrov was moved to a new flat on Monday.", set()),  # counter-example
        ("On Monday a court opened the trial of Ivan Petrov.", {("petrov", "trial", True)}),
        ("The trial of Ivan Petrov was postponed on Monday.", set()),  # counter-example
        (
            "Ivan Petrov was denied a medical appointment on Monday.",
            {("petrov", "ill_treatment", True)},
        ),
        (
            "Prison officials refused Ivan Petrov medication for his heart on Monday.",
            {("petrov", "ill_treatment", True)},
        ),
        (
            "Ivan Petrov was kicked and punched by guards on Monday.",
            {("petrov", "ill_treatment", True)},
        ),
        ("Ivan Petrov was shot dead on Monday.", {("petrov", "died", True)}),
        ("Ivan Petrov was murdered on Monday.", {("petrov", "died", True)}),
        ("Ivan Petrov was beaten on Monday.", {("petrov", "ill_treatment", True)}),
    ],
    ids=[
        "accused-of",
        "prosecuted-for",
        "case-opened-against",
        "accused-of-lying",
        "guilty-verdict",
        "had-to-leave",
        "had-to-leave-a-meeting",
        "rushed-to-hospital",
        "placed-in-hospital",
        "moved-to-a-flat",
        "court-opened-trial",
        "trial-postponed",
        "denied-an-appointment",
        "refused-medication",
        "kicked-and-punched",
        "shot-dead",
        "murdered",
        "beaten-not-killed",
    ],
)
def test_what_happened_in_other_words(text: str, expected: Events) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivan Petrov's wife pleaded for his release on Monday.", set()),
        ("There were unconfirmed reports that Ivan Petrov had been released on Monday.", set()),
        ("Reports that Ivan Petrov was released on Monday could not be confirmed.", set()),
        (  # an allegation of ill-treatment is reported as one
            "Ivan Petrov said he was beaten on Monday, which could not be verified.",
            {("petrov", "ill_treatment", True)},
        ),
        ("Ivan Petrov was reportedly released on Monday.", {("petrov", "released", True)}),
    ],
    ids=["pleaded-for", "unconfirmed", "not-confirmed", "alleged-beating", "reportedly"],
)
def test_pleas_and_unconfirmed_reports_are_no_events(text: str, expected: Events) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ivan Petrov was granted bail on Monday, although he remains in custody on other "
            "charges.",
            set(),
        ),
        (
            "Ivan Petrov was released on bail on Monday but will stay in jail in another case.",
            set(),
        ),
        (
            "A court granted Ivan Petrov bail on Monday; he remains behind bars on other charges.",
            set(),
        ),
        (  # counter-example: out of jail, whatever else he faces
            "Ivan Petrov was released on bail on Monday, although he still faces charges.",
            {("petrov", "released", True)},
        ),
    ],
    ids=["although-remains", "will-stay", "semicolon-remains", "still-faces-charges"],
)
def test_a_release_with_a_catch_is_no_release(text: str, expected: Events) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ivan Petrov was detained on March 11. He was later charged with treason.",
            {("petrov", "detained", True), ("petrov", "charged", True)},
        ),
        (
            "Ivan Petrov was detained on March 11. The next day he was charged with treason.",
            {("petrov", "detained", True), ("petrov", "charged", True)},
        ),
        (
            "Ivan Petrov was detained in May 2019. Two days later he was charged with treason.",
            {("petrov", "detained", False), ("petrov", "charged", False)},
        ),
        (  # counter-example: with nothing dated before it, "later" is told as background
            "Rain fell on Monday. Many came. Crowds gathered. Ivan Petrov was later charged.",
            {("petrov", "charged", False)},
        ),
    ],
    ids=["later-after-news", "next-day-after-news", "days-later-after-history", "later-alone"],
)
def test_an_event_told_as_following_a_dated_one_is_as_current_as_it(
    text: str, expected: Events
) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday Ivan Petrov received a heavy fine.", {("petrov", "sentenced", True)}),
        (
            "On Monday a court ordered Ivan Petrov to pay a fine.",
            {("petrov", "sentenced", True)},
        ),
        ("Ivan Petrov stopped eating on Monday.", {("petrov", "hunger_strike", True)}),
        (
            "Ivan Petrov has not received proper medical treatment.",
            {("petrov", "ill_treatment", True)},
        ),
        ("Ivan Petrov has been moved to solitary confinement.", set()),  # no other place
        (
            "Ivan Petrov was sent to a penal colony in the Perm region on Monday.",
            {("petrov", "transferred", True)},
        ),
    ],
    ids=[
        "received-a-fine",
        "ordered-to-pay",
        "stopped-eating",
        "not-received-treatment",
        "solitary-is-no-transfer",
        "sent-to-a-colony",
    ],
)
def test_fines_strikes_care_and_places(text: str, expected: Events) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first hearing in the case of Ivan Petrov was held on Monday.",
            {("petrov", "trial", True)},
        ),
        ("The trial of Ivan Petrov will begin on Monday.", set()),  # not yet
        ("Ivan Petrov moved to Germany in 2022.", {("petrov", "fled", False)}),
        ("Ivan Petrov was moved to Germany on Monday.", set()),  # moved by others: no flight
        (
            "The 10-year prison sentence handed to Ivan Petrov on Monday drew protests.",
            {("petrov", "sentenced", True)},
        ),
        (  # an undated event named as the time before or since which something holds
            "Ivan Petrov had worked as a reporter before his arrest.",
            {("petrov", "detained", False)},
        ),
        ("Ivan Petrov has lost weight since his arrest.", {("petrov", "detained", False)}),
        (  # counter-example: dated, it is told for itself
            "Ivan Petrov has lost weight since his arrest on Monday.",
            {("petrov", "detained", True)},
        ),
    ],
    ids=[
        "hearing-held",
        "trial-will-begin",
        "moved-abroad",
        "was-moved-abroad",
        "sentence-handed-to",
        "before-his-arrest",
        "since-his-arrest",
        "since-a-dated-arrest",
    ],
)
def test_trials_flights_terms_and_events_named_as_a_boundary(text: str, expected: Events) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivan Petrov was abducted by security agents on Monday.", {("petrov", "detained", True)}),
        ("Ivan Petrov was picked up by police on Monday.", {("petrov", "detained", True)}),
        ("Ivan Petrov picked up his son on Monday.", set()),
        ("A court issued an arrest warrant for Ivan Petrov on Monday.", set()),
        ("Ivan Petrov was exonerated on Monday.", {("petrov", "acquitted", True)}),
        (
            "Ivan Petrov was handed over to the Belarusian authorities on Monday.",
            {("petrov", "fled", True)},
        ),
        (
            "On Monday a court ordered Ivan Petrov to serve five years in prison.",
            {("petrov", "sentenced", True)},
        ),
        ("Ivan Petrov was swapped for a Russian spy on Monday.", {("petrov", "released", True)}),
    ],
    ids=[
        "abducted",
        "picked-up-by-police",
        "picked-up-his-son",
        "arrest-warrant",
        "exonerated",
        "handed-over",
        "ordered-to-serve",
        "swapped",
    ],
)
def test_abductions_warrants_and_swaps(text: str, expected: Events) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ivan Petrov was detained but released without charge on Monday.",
            {("petrov", "detained", True), ("petrov", "released", True)},
        ),
        (
            "Ivan Petrov was arrested and charged with treason on Monday.",
            {("petrov", "detained", True), ("petrov", "charged", True)},
        ),
        (  # counter-example: a date of its own
            "Ivan Petrov was detained in 2019 and released on Monday.",
            {("petrov", "detained", False), ("petrov", "released", True)},
        ),
    ],
    ids=["detained-but-released", "arrested-and-charged", "own-date"],
)
def test_coordinated_verbs_share_the_date_after_the_last(text: str, expected: Events) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday the appeals court confirmed the ten-year sentence of Ivan Petrov.",
            {("petrov", "appeal_rejected", True)},
        ),
        (
            "On Monday the supreme court refused to hear Ivan Petrov's appeal.",
            {("petrov", "appeal_rejected", True)},
        ),
        ("Ivan Petrov confirmed the sentence would be appealed.", set()),
        ("Ivan Petrov was released on licence on Monday.", {("petrov", "parole_granted", True)}),
    ],
    ids=["confirmed-the-sentence", "refused-to-hear", "confirmed-a-fact", "on-licence"],
)
def test_sentences_confirmed_and_releases_on_licence(text: str, expected: Events) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Court news today. Rain fell. Many came. Ivan Petrov's 2019 arrest drew protests.",
            {("petrov", "detained", False)},
        ),
        ("Ivan Petrov was nearly arrested on Monday.", set()),
        (  # counter-example: "nearly" of a duration
            "Ivan Petrov was held for nearly five years before being released on Monday.",
            {("petrov", "released", True)},
        ),
        (  # told as the day before a dated event: as current as it, and no earlier stage
            "Ivan Petrov was sentenced on March 12. He was charged the day before.",
            {("petrov", "sentenced", True), ("petrov", "charged", True)},
        ),
        (
            "Ivan Petrov was sentenced in May 2019. He was charged the day before.",
            {("petrov", "sentenced", False), ("petrov", "charged", False)},
        ),
    ],
    ids=[
        "year-before-the-noun",
        "nearly-arrested",
        "nearly-five-years",
        "day-before-news",
        "day-before-history",
    ],
)
def test_a_year_on_the_noun_nearly_and_the_day_before(text: str, expected: Events) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The president pardoned 40 prisoners on Tuesday. "
            "Ivan Petrov was one of the 40 prisoners pardoned, officials said.",
            {("petrov", "pardoned", True)},
        ),
        (
            "A court handed down its verdicts in a mass trial on Monday. Those who received "
            "life sentences include Ivan Petrov and the economist Pavel Orlov.",
            {("petrov", "sentenced", True), ("orlov", "sentenced", True)},
        ),
        (  # counter-example: a participle before its noun says what they are
            "The prisons were full on Tuesday. "
            "Ivan Petrov was among several imprisoned activists who wrote to the president.",
            set(),
        ),
        (  # counter-example: the same, with "one of"
            "The prisons were full on Tuesday. "
            "Ivan Petrov was one of the jailed reporters who wrote to the president.",
            set(),
        ),
    ],
    ids=["one-of-the-pardoned", "those-who-include", "among-attributive", "one-of-attributive"],
)
def test_a_group_the_person_is_one_of(text: str, expected: Events) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    "source",
    ["According to a rights group, among", "According to the Prisoners Aid Centre (PAC) among"],
    ids=["with-comma", "without-comma"],
)
def test_a_list_after_among_keeps_its_event_behind_its_source(source: str) -> None:
    check(
        "A court handed down its verdicts in a mass trial on Monday. "
        f"{source} those who received life sentences are Ivan Petrov, a former minister, "
        "and the economist Pavel Orlov.",
        {("petrov", "sentenced", True), ("orlov", "sentenced", True)},
    )


def test_a_short_description_between_commas_keeps_a_list_going() -> None:
    check(
        "Police detained Ivan Petrov, a local reporter, and Pavel Orlov on Monday.",
        {("petrov", "detained", True), ("orlov", "detained", True)},
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The supreme court on Monday upheld the rulings against Ivan Petrov, Anna Sokolova "
            "and Pavel Orlov.",
            {
                ("petrov", "appeal_rejected", True),
                ("sokolova", "appeal_rejected", True),
                ("orlov", "appeal_rejected", True),
            },
        ),
        (
            "The court on Monday rejected a similar appeal from Ivan Petrov.",
            {("petrov", "appeal_rejected", True)},
        ),
        (
            "The court on Monday rejected a fresh appeal by Ivan Petrov.",
            {("petrov", "appeal_rejected", True)},
        ),
        (
            "Ivan Petrov and Pavel Orlov were ordered to serve nine months in prison on Monday.",
            {("petrov", "sentenced", True), ("orlov", "sentenced", True)},
        ),
        (
            "Ivan Petrov was ordered to serve two years in a penal colony on Monday.",
            {("petrov", "sentenced", True)},
        ),
        (  # counter-example: a request
            "Prosecutors asked that Ivan Petrov be ordered to serve nine years in prison.",
            set(),
        ),
        (
            "Ivan Petrov and Pavel Orlov have been denied conditional release by the prosecutor "
            "general on Monday.",
            {("petrov", "parole_denied", True), ("orlov", "parole_denied", True)},
        ),
        (
            "A prison commission on Monday rejected a request for early parole by jailed editor "
            "Ivan Petrov.",
            {("petrov", "parole_denied", True)},
        ),
        (
            "The court on Monday handed down a new prison term to jailed journalist Ivan Petrov.",
            {("petrov", "sentenced", True)},
        ),
        (
            "On Monday the court overturned the convictions of Ivan Petrov and Pavel Orlov.",
            {("petrov", "charges_dropped", True), ("orlov", "charges_dropped", True)},
        ),
        (  # counter-example: what an order is for
            "Ivan Petrov was ordered to serve as a witness on Monday.",
            set(),
        ),
    ],
    ids=[
        "upheld-rulings-against",
        "rejected-a-similar-appeal-from",
        "rejected-a-fresh-appeal-by",
        "ordered-to-serve-months",
        "ordered-to-serve-years-in-a-colony",
        "asked-to-be-ordered-to-serve",
        "denied-conditional-release",
        "request-for-early-parole-by",
        "handed-down-a-term-to",
        "overturned-the-convictions-of",
        "ordered-to-serve-as-a-witness",
    ],
)
def test_verdicts_appeals_and_parole_in_other_words(text: str, expected: Events) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # (a state, as "faces charges of": charged before, background)
            "Ivan Petrov faced criminal charges after defending a client.",
            {("petrov", "charged", False)},
        ),
        (
            "Pavel Orlov faced similar charges after trying to defend him.",
            {("orlov", "charged", False)},
        ),
        (
            "Police arrested Ivan Petrov on Monday, charging him with treason.",
            {("petrov", "detained", True), ("petrov", "charged", True)},
        ),
        (
            "Investigators questioned Anna Sokolova on Monday before charging her with fraud.",
            {("sokolova", "charged", True)},
        ),
        ("Ivan Petrov faced criticism on Monday after defending a client.", set()),
        ("Ivan Petrov faces up to ten years in prison.", set()),
        ("Ivan Petrov faced no charges on Monday.", set()),
    ],
    ids=[
        "faced-criminal-charges",
        "faced-similar-charges",
        "charging-him-with",
        "before-charging-her-with",
        "faced-criticism",
        "faces-up-to",
        "faced-no-charges",
    ],
)
def test_charges_faced_and_charges_given_in_passing(text: str, expected: Events) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ivan Petrov, leader of the Green party, and another leader, former minister Pavel "
            "Orlov, were arrested on Monday.",
            {("petrov", "detained", True), ("orlov", "detained", True)},
        ),
        (
            "Lawyer Ivan Petrov, and his client, journalist Pavel Orlov, were detained on Monday.",
            {("petrov", "detained", True), ("orlov", "detained", True)},
        ),
        (
            "Ivan Petrov of the Press Union; Anna Sokolova, head of the Rights Foundation; and "
            "writer Pavel Orlov were acquitted on Monday.",
            {
                ("petrov", "acquitted", True),
                ("sokolova", "acquitted", True),
                ("orlov", "acquitted", True),
            },
        ),
        (
            "Those freed on Monday include journalist Ivan Petrov, reporter Anna Sokolova for the "
            "Daily News, and activist Pavel Orlov.",
            {
                ("petrov", "released", True),
                ("sokolova", "released", True),
                ("orlov", "released", True),
            },
        ),
        (
            "Teacher Ivan Petrov was among those released on Monday, along with reporter Anna "
            "Sokolova and filmmaker Pavel Orlov.",
            {
                ("petrov", "released", True),
                ("sokolova", "released", True),
                ("orlov", "released", True),
            },
        ),
        (
            "Three members of the paper's staff — Ivan Petrov, Anna Sokolova, and Pavel Orlov — "
            "were arrested on Monday.",
            {
                ("petrov", "detained", True),
                ("sokolova", "detained", True),
                ("orlov", "detained", True),
            },
        ),
        (
            "Ivan Petrov was sentenced to nine years on Monday and Pavel Orlov, 34, to five years.",
            {("petrov", "sentenced", True), ("orlov", "sentenced", True)},
        ),
        (
            "The government on Monday released two well-known journalists, Ivan Petrov and Anna "
            "Sokolova, under an amnesty.",
            {("petrov", "pardoned", True), ("sokolova", "pardoned", True)},
        ),
        (
            "Police on Monday detained three activists, Ivan Petrov, Anna Sokolova and Pavel "
            "Orlov.",
            {
                ("petrov", "detained", True),
                ("sokolova", "detained", True),
                ("orlov", "detained", True),
            },
        ),
        (
            "Those confirmed to have been released on Monday include journalist Ivan Petrov and "
            "reporter Anna Sokolova.",
            {("petrov", "released", True), ("sokolova", "released", True)},
        ),
        (  # counter-example: the two the police detained are not the ones named after
            "Police on Monday detained two journalists, Ivan Petrov said.",
            set(),
        ),
        (  # counter-example: a release still to come
            "Those expected to be released on Monday include journalist Ivan Petrov.",
            set(),
        ),
        (
            "Those released on Monday include freelance journalist Boris Babin, TV reporter Ivan "
            "Petrov for the Daily News, and activist Pavel Orlov.",
            {("petrov", "released", True), ("orlov", "released", True)},
        ),
        (  # counter-example: a clause of its own after the list
            "Those released on Monday include Boris Babin, and Ivan Petrov was not among them.",
            set(),
        ),
        (  # counter-example: the one before speaks
            "Ivan Petrov, leader of the Green party, said that Pavel Orlov was arrested on Monday.",
            {("orlov", "detained", True)},
        ),
    ],
    ids=[
        "described-then-another-described",
        "lawyer-and-his-client-named",
        "semicolon-entries-described",
        "include-with-outlets",
        "along-with-after-among",
        "dashed-list-after-a-possessive-count",
        "gapped-verb-after-an-age",
        "counted-then-named",
        "counted-then-three-named",
        "those-confirmed-to-have-been",
        "counted-then-a-speaker",
        "those-expected-to-be",
        "include-after-one-unwatched",
        "include-then-a-clause",
        "described-speaker",
    ],
)
def test_a_list_whose_entries_are_described(text: str, expected: Events) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ivan Petrov was arrested on Monday. The union demanded Petrov be released at once.",
            {("petrov", "detained", True)},
        ),
        (
            "Ivan Petrov was arrested on Monday. His family has asked he be freed on bail.",
            {("petrov", "detained", True)},
        ),
        (
            "Ivan Petrov was arrested on Monday. Rights groups insisted Petrov be released "
            "and that the charges against him be dropped.",
            {("petrov", "detained", True)},
        ),
        (
            "Ivan Petrov was arrested on Monday. Activists urged Petrov be immediately released.",
            {("petrov", "detained", True)},
        ),
        (
            "Ivan Petrov was arrested on Monday. Lawyers demanded Ivan Petrov and Anna Sokolova "
            "be released.",
            {("petrov", "detained", True)},
        ),
        ("Rights groups demand Ivan Petrov be freed", set()),
        (  # counter-examples: a court's order is carried out; a release after a demand is one
            "Ivan Petrov was arrested on Monday. The court ordered Petrov be released on bail "
            "on Tuesday.",
            {("petrov", "detained", True), ("petrov", "released", True)},
        ),
        (
            "Ivan Petrov was arrested on Monday. The group, which had demanded Petrov be freed, "
            "said he was released on Tuesday.",
            {("petrov", "detained", True), ("petrov", "released", True)},
        ),
        (
            "Ivan Petrov was arrested on Monday. After the union demanded his release, Petrov "
            "was freed on Tuesday.",
            {("petrov", "detained", True), ("petrov", "released", True)},
        ),
    ],
    ids=[
        "demanded-name-be",
        "asked-pronoun-be",
        "insisted-be-and-that",
        "urged-adverb-be",
        "demanded-a-list-be",
        "headline-demand",
        "ordered-be",
        "demanded-then-said-released",
        "freed-after-a-demand",
    ],
)
def test_a_demand_in_the_subjunctive_without_that_is_no_event(text: str, expected: Events) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (
            "Ivan Petrov was jailed for another five years on Monday.",
            "Court news",
            {("petrov", "sentenced", True)},
        ),
        (
            "The court ruled on Monday.",
            "Kremlin critic Ivan Petrov jailed for a further three years",
            {("petrov", "sentenced", True)},
        ),
        (
            "A court in Minsk jailed Ivan Petrov for two more years on Monday.",
            "Court news",
            {("petrov", "sentenced", True)},
        ),
        (
            "Anna Sokolova was imprisoned for an additional 18 months on Monday.",
            "Court news",
            {("sokolova", "sentenced", True)},
        ),
        (
            "Ivan Petrov, jailed for another year on Monday, said he would appeal.",
            "Court news",
            {("petrov", "sentenced", True)},
        ),
        (
            "The court ruled on Monday.",
            "10-year prison sentence upheld for Ivan Petrov",
            {("petrov", "appeal_rejected", True)},
        ),
        (
            "The seven-year sentence handed to Ivan Petrov was upheld on Monday.",
            "Court news",
            {("petrov", "appeal_rejected", True)},
        ),
        (
            "The court ruled on Monday.",
            "Conviction and sentence confirmed for Anna Sokolova",
            {("sokolova", "appeal_rejected", True)},
        ),
        (
            "The Supreme Court on Monday upheld the conviction and seven-year sentence of "
            "Ivan Petrov.",
            "Court news",
            {("petrov", "appeal_rejected", True)},
        ),
        (  # counter-examples: a night in a cell, a term before a trial; a sentence passed
            "Ivan Petrov was jailed for another night by police on Monday.",
            "Court news",
            {("petrov", "detained", True)},
        ),
        (
            "Ivan Petrov was jailed for another two months pending trial on Monday.",
            "Court news",
            {("petrov", "detained", True)},
        ),
        (
            "Ivan Petrov was sentenced to eight years on Monday.",
            "Court news",
            {("petrov", "sentenced", True)},
        ),
        (  # ... and a verdict that confirmed something else
            "The verdict confirmed for many that Ivan Petrov was arrested on Monday for his posts.",
            "Court news",
            {("petrov", "detained", True)},
        ),
    ],
    ids=[
        "jailed-for-another-term",
        "headline-jailed-for-a-further-term",
        "court-jailed-for-more-years",
        "imprisoned-for-an-additional-term",
        "aside-jailed-for-another-year",
        "headline-term-upheld-for",
        "sentence-handed-to-upheld",
        "headline-conviction-and-sentence-confirmed",
        "upheld-the-conviction-and-term-of",
        "another-night",
        "another-term-pending-trial",
        "sentenced",
        "verdict-confirmed-for-many",
    ],
)
def test_a_term_added_is_a_sentence_and_a_term_upheld_an_appeal_lost(
    text: str, title: str, expected: Events
) -> None:
    check(text, expected, title)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a goal: "to achieve", "to obtain", "to win" the release
            "Diplomats need more pressure to achieve the release of Ivan Petrov.",
            set(),
        ),
        ("Lawyers are trying to obtain the release of Ivan Petrov.", set()),
        ("Activists hope to win the release of Ivan Petrov this year.", set()),
        (  # reached: the verb tells it happened
            "Pressure from the embassy achieved the release of Ivan Petrov on Monday.",
            {("petrov", "released", True)},
        ),
        (
            "Diplomats obtained the release of Ivan Petrov on Monday.",
            {("petrov", "released", True)},
        ),
        (  # a possessive owns the event, and the verb before it says it is to come
            "It is unclear whether Ivan Petrov will carry out his threat to start his own "
            "hunger strike.",
            set(),
        ),
        ("Ivan Petrov plans to begin his hunger strike next week.", set()),
        ("Ivan Petrov began his own hunger strike on Monday.", {("petrov", "hunger_strike", True)}),
        (  # the "could" is the aside's
            "Ivan Petrov, who could be freed soon, began his hunger strike on Monday.",
            {("petrov", "hunger_strike", True)},
        ),
    ],
)
def test_a_goal_and_a_possessive_event_to_come_are_no_events(text: str, expected: Events) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a verdict, then sent to prison: the term begun, no transfer
            "Ivan Petrov was found guilty and sent to a penal colony on Monday.",
            {("petrov", "sentenced", True)},
        ),
        (
            "On Monday Ivan Petrov was convicted of treason and taken to prison.",
            {("petrov", "sentenced", True)},
        ),
        (  # from one place to another: a move
            "Ivan Petrov was convicted again and moved from the remand centre to a colony on "
            "Monday.",
            {("petrov", "sentenced", True), ("petrov", "transferred", True)},
        ),
        (
            "Ivan Petrov was transferred to a prison in the north on Monday.",
            {("petrov", "transferred", True)},
        ),
        (  # sent to prison for a term or an act: the term begun, no transfer
            "A court convicted Ivan Petrov of treason on Monday and sent him to prison for six "
            "years.",
            {("petrov", "sentenced", True)},
        ),
        (
            "Ivan Petrov was jailed for five years on Monday. He was first sent to prison in 2014 "
            "for joining a protest.",
            {("petrov", "sentenced", True)},
        ),
        (  # a hospital: a move
            "Ivan Petrov was sent to a prison hospital for treatment on Monday.",
            {("petrov", "transferred", True)},
        ),
        (  # a jailing with a term is a sentence (told by its verdict), no arrest; without one
            # an arrest
            "Ivan Petrov was sentenced on Monday. The university condemned the jailing of Ivan "
            "Petrov for 20 years.",
            {("petrov", "sentenced", True)},
        ),
        ("The jailing of Ivan Petrov on Monday drew protests.", {("petrov", "detained", True)}),
    ],
)
def test_sent_to_prison_by_a_verdict_is_a_term_begun_not_a_move(
    text: str, expected: Events
) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # what a vow waits for, the person with a title or a description
            "We will not relax our efforts until Mr. Petrov is released, the editor said.",
            set(),
        ),
        ("We will keep campaigning until our colleague Ivan Petrov is freed.", set()),
        ("Anna Sokolova vowed to refuse food until Dr Petrov is released.", set()),
        (  # it happened
            "Ivan Petrov was held until he was released on Monday.",
            {("petrov", "released", True)},
        ),
    ],
)
def test_what_a_vow_waits_for_is_no_event(text: str, expected: Events) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the brackets describe the one before them, whatever titles the relative has
            "Lawmaker Oleg Ivanov (son of party vice chairman Ivan Petrov) was freed on Monday.",
            set(),
        ),
        (
            "Oleg Ivanov and Boris Kim (brother of Opposition Leader Ivan Petrov) were among "
            "those freed on Monday.",
            set(),
        ),
        (  # brackets that say nothing of another person
            "Party vice chairman Ivan Petrov (pictured) was freed on Monday.",
            {("petrov", "released", True)},
        ),
    ],
)
def test_a_relative_described_in_brackets_is_not_the_person(text: str, expected: Events) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a negation inside the rule's own words
            "Ivan Petrov was freed on Monday, but the charges against him were not dropped.",
            {("petrov", "released", True)},
        ),
        ("The case against Ivan Petrov was never closed.", set()),
        ("The charges against Ivan Petrov haven't been dropped.", set()),
        (  # no negation: dropped
            "The charges against Ivan Petrov were dropped on Monday.",
            {("petrov", "charges_dropped", True)},
        ),
    ],
)
def test_a_negation_inside_the_rule_s_words_is_no_event(text: str, expected: Events) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a plural of things ("-ments") is not the people listed before
            "Ivan Petrov and Anna Sokolova were arrested on Monday. Talks stalled after the "
            "release of Oleg Kim under the agreements.",
            {("petrov", "detained", True), ("sokolova", "detained", True)},
        ),
        (
            "Ivan Petrov and Anna Sokolova were arrested on Monday. The warrants were issued "
            "after the release of Oleg Kim.",
            {("petrov", "detained", True), ("sokolova", "detained", True)},
        ),
        (  # a plural of people is
            "Ivan Petrov and Anna Sokolova were arrested on Monday. The students were released "
            "on Tuesday.",
            {
                ("petrov", "detained", True),
                ("sokolova", "detained", True),
                ("petrov", "released", True),
                ("sokolova", "released", True),
            },
        ),
    ],
)
def test_a_plural_of_things_does_not_stand_for_the_people_listed(
    text: str, expected: Events
) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a term the people receive, as a noun: "jail terms", "each", "both"
            "Ivan Petrov and Anna Sokolova each received four-year jail terms on Monday.",
            {("petrov", "sentenced", True), ("sokolova", "sentenced", True)},
        ),
        (
            "Ivan Petrov and Anna Sokolova were each given ten years in prison on Monday.",
            {("petrov", "sentenced", True), ("sokolova", "sentenced", True)},
        ),
        (  # the term changed, of owners named together: "X and Y's sentences"
            "Ivan Petrov and Anna Sokolova's sentences were cut to three years on Monday.",
            {("petrov", "sentenced", True), ("sokolova", "sentenced", True)},
        ),
        (  # a term a court ordered, for the people named after it
            "On Monday a court ordered up to 20 years in jail for the defendants, including "
            "Ivan Petrov and Anna Sokolova.",
            {("petrov", "sentenced", True), ("sokolova", "sentenced", True)},
        ),
        (  # the sentence announced against a person described, then named
            "The court on Monday announced the sentence against the 44-year-old scholar, "
            "Ivan Petrov, after a two-day trial.",
            {("petrov", "sentenced", True)},
        ),
        (  # counter-examples: a contract, not a term; a term for offences in general
            "Ivan Petrov and Anna Sokolova were each given five-year contracts at the jail on "
            "Monday.",
            set(),
        ),
        (
            "The law orders ten years in prison for such offences, Ivan Petrov said on Monday.",
            set(),
        ),
        ("The court will announce the sentence against Ivan Petrov next week.", set()),
        (  # others of a clause of their own are not the person named before
            "While Ivan Petrov was released on Monday, numerous others received jail terms.",
            {("petrov", "released", True)},
        ),
        (  # ... but a list that ends with "and others" holds the people named
            "Ivan Petrov, Anna Sokolova, and others were charged on Monday.",
            {("petrov", "charged", True), ("sokolova", "charged", True)},
        ),
    ],
    ids=[
        "each-received-jail-terms",
        "were-each-given-years",
        "joint-owners-sentences-cut",
        "court-ordered-years-for",
        "announced-the-sentence-against",
        "contracts-not-terms",
        "a-law-s-term-for-offences",
        "sentence-to-be-announced",
        "others-own-clause",
        "list-and-others",
    ],
)
def test_a_term_given_as_a_noun_or_ordered_by_a_court_is_a_sentence(
    text: str, expected: Events
) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # bail granted with a sum, or a release on bail with its object after it
            "A judge on Monday granted jailed reporter Ivan Petrov $2,000 bail.",
            {("petrov", "released", True)},
        ),
        (
            "A court on Monday freed on bail two activists, including Ivan Petrov.",
            {("petrov", "released", True)},
        ),
        ("Ivan Petrov was released on bail on Monday.", {("petrov", "released", True)}),
        ("The judge on Monday granted the defence of Ivan Petrov a hearing on bail.", set()),
        (  # denied bail is no release; the charge told after "being" is a charge
            "Ivan Petrov was denied bail on Monday after being charged on Friday.",
            {("petrov", "charged", True)},
        ),
        ("Ivan Petrov was held for a week without being charged on Monday.", set()),
        (  # a head of state's commutation is clemency
            "Ivan Petrov was freed on Monday after his sentence was commuted by presidential "
            "order.",
            {("petrov", "pardoned", True)},
        ),
        (  # ... not a lesser term
            "Ivan Petrov's death sentence was commuted by royal decree to life in prison on "
            "Monday.",
            {("petrov", "sentenced", True)},
        ),
        (  # a detention a court approves or orders is an arrest
            "A magistrate on Monday approved the detention of the respected journalist and "
            "editor Ivan Petrov under the security act.",
            {("petrov", "detained", True)},
        ),
        ("A court on Monday ordered Ivan Petrov's detention.", {("petrov", "detained", True)}),
        ("Prosecutors on Monday sought the detention of Ivan Petrov.", set()),
        (  # a trial told on its first day
            "Ivan Petrov's trial, held without a jury, drew crowds on its first day of hearings "
            "on Monday.",
            {("petrov", "trial", True)},
        ),
        ("Ivan Petrov's trial is expected to draw crowds on its first day.", set()),
        (  # a deportation ordered, of a person described with initials; a deportation centre
            "A court on Monday fined and ordered the deportation of U.S. citizen Ivan Petrov.",
            {("petrov", "sentenced", True), ("petrov", "fled", True)},
        ),
        (
            "Police on Monday transferred Ivan Petrov to a deportation centre in the capital.",
            {("petrov", "transferred", True)},
        ),
        (  # an appeal of a counted group named in apposition
            "The highest court on Monday rejected the final appeals of two journalists, Ivan "
            "Petrov and Anna Sokolova.",
            {("petrov", "appeal_rejected", True), ("sokolova", "appeal_rejected", True)},
        ),
        (  # ... not those who tell of it
            "Police on Monday confirmed the arrest of two journalists, Ivan Petrov and Anna "
            "Sokolova said.",
            set(),
        ),
        (  # a compound's second half is no modal: "award-winning" is no goal
            "Ivan Petrov, a famous, award-winning photographer, was released on Monday.",
            {("petrov", "released", True)},
        ),
    ],
    ids=[
        "bail-with-a-sum",
        "freed-on-bail-object-after",
        "released-on-bail",
        "hearing-on-bail",
        "after-being-charged",
        "without-being-charged",
        "commuted-by-presidential-order",
        "commuted-to-a-lesser-term",
        "approved-the-detention",
        "ordered-his-detention",
        "sought-the-detention",
        "trial-on-its-first-day",
        "trial-first-day-to-come",
        "deportation-of-initials-described",
        "deportation-centre-a-place",
        "appeals-of-a-counted-group",
        "counted-group-who-speak",
        "award-winning-no-modal",
    ],
)
def test_bail_charges_clemency_detention_and_trials_in_other_words(
    text: str, expected: Events
) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first place an arrest puts a person is the arrest, no move between prisons
        (
            "Police detained Ivan Petrov on Monday. He was taken to a temporary detention "
            "facility.",
            {("petrov", "detained", True)},
        ),
        (
            "Police detained Ivan Petrov on Monday. A judge sent him to prison on a ten-day "
            "remand.",
            {("petrov", "detained", True)},
        ),
        (
            "Police detained Ivan Petrov on Monday. He was brought to the central police station.",
            {("petrov", "detained", True)},
        ),
        (  # counter-example: a move, from one place of custody to another
            "Police detained Ivan Petrov on Monday. On Tuesday he was taken from the police "
            "station to a pretrial detention centre in Tula.",
            {("petrov", "detained", True), ("petrov", "transferred", True)},
        ),
        (  # counter-example: a prison named
            "Ivan Petrov was sent to a prison in the far north on Monday.",
            {("petrov", "transferred", True)},
        ),
        # a participle that describes the person, not news
        (
            "A hearing in the case against imprisoned editor Ivan Petrov was delayed on Monday.",
            set(),
        ),
        ("Rights groups on Monday urged: free unjustly detained poet Ivan Petrov.", set()),
        ("She once worked with now-jailed opposition leader Ivan Petrov.", set()),
        (  # counter-example: the adverb of a verb
            "Police on Monday arbitrarily detained the poet Ivan Petrov.",
            {("petrov", "detained", True)},
        ),
        (
            "A court on Monday rejected the appeals of two bloggers, Ivan Petrov and Pavel "
            "Orlov, imprisoned on fraud charges they deny, their lawyer said.",
            {("petrov", "appeal_rejected", True), ("orlov", "appeal_rejected", True)},
        ),
        (  # counter-example: a date makes the aside news
            "Ivan Petrov, jailed on Monday on fraud charges, said he was well.",
            {("petrov", "detained", True)},
        ),
        # "the death of her predecessor": the predecessor's, not hers
        (
            "Anna Sokolova took office after the death of her predecessor in 2021.",
            set(),
        ),
        (
            "Anna Sokolova took office after the death of her predecessor, Ivan Petrov, in 2021.",
            {("petrov", "died", False)},
        ),
        (
            "Anna Sokolova said the arrest of her husband on Monday was unlawful.",
            set(),
        ),
        (  # counter-example: "her" the one arrested
            "Anna Sokolova's lawyer said the arrest of her on Monday was unlawful.",
            {("sokolova", "detained", True)},
        ),
    ],
    ids=[
        "taken-to-temporary-detention",
        "sent-him-to-prison-on-remand",
        "brought-to-the-police-station",
        "taken-from-the-station-to-a-detention-centre",
        "sent-to-a-named-prison",
        "imprisoned-editor-after-against",
        "unjustly-detained-poet",
        "now-jailed-leader",
        "arbitrarily-detained-a-verb",
        "imprisoned-on-charges-aside",
        "jailed-on-a-date-on-charges",
        "death-of-her-predecessor",
        "death-of-her-named-predecessor",
        "arrest-of-her-husband",
        "arrest-of-her",
    ],
)
def test_first_custody_descriptions_and_what_her_owns_are_no_events_of_hers(
    text: str, expected: Events
) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Y's lawyer said his client ...": Y is the client, watched or not
        (
            "Ivan Petrov and Oleg Smirnov were detained in 2020. Smirnov's lawyer told the "
            "court on Monday that his client had been beaten.",
            {("petrov", "detained", False)},
        ),
        (
            "Ivan Petrov and Oleg Smirnov were detained in 2020. A lawyer for Oleg Smirnov said "
            "on Monday that his client had been beaten.",
            {("petrov", "detained", False)},
        ),
        (  # counter-example: the watched person's lawyer
            "Ivan Petrov and Oleg Smirnov were detained in 2020. Petrov's lawyer told the court "
            "on Monday that his client had been beaten.",
            {("petrov", "detained", False), ("petrov", "ill_treatment", True)},
        ),
        (  # counter-example: no one named as whose lawyer speaks
            "Ivan Petrov was detained in 2020. His lawyer said on Monday that his client had been "
            "beaten.",
            {("petrov", "detained", False), ("petrov", "ill_treatment", True)},
        ),
        # a sentence appealed against was given before: the appeal is the news
        (
            "On Monday the court rejected an appeal by the blogger, Ivan Petrov, against a "
            "four-year prison sentence.",
            {("petrov", "appeal_rejected", True)},
        ),
        (  # counter-example: a sentence given
            "Ivan Petrov was given a four-year prison sentence on Monday.",
            {("petrov", "sentenced", True)},
        ),
    ],
    ids=[
        "unwatched-persons-lawyer-his-client",
        "lawyer-for-unwatched-his-client",
        "watched-persons-lawyer-his-client",
        "his-lawyer-his-client",
        "appeal-against-a-sentence",
        "given-a-sentence",
    ],
)
def test_whose_lawyer_speaks_and_a_sentence_appealed_against(text: str, expected: Events) -> None:
    check(text, expected)
