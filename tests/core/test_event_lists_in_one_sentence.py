"""One sentence, several watched people in a coordinated list, one event for all of them.

A list is a run of name entries joined by commas, semicolons, "and", "as well as", "along
with" or dashes; each entry may have a role before it ("fellow Briton", "former British
envoy", "Radio 7 bloggers", "20-year-old") and a description after it (an age, an "aka"
in brackets, an apposition, a relative clause), and people no one watches may stand
among the entries (first, or told at length in the middle). An event whose subject or
object is the list reaches every entry, and no one outside it: a relative ("Y's son"), a
judge or prosecutor who acts, a lawyer who tells it, someone of another clause.

Written with the change, after studying the studied proxies' misses of this class (their
shapes, never their sentences). On main before the change 28 of the 29 examples failed,
and 2 of the 9 counter-examples ("detained X, Y and Z's son" gave Z the arrest; "pardoned
X, his lawyer Y said" gave Y the pardon). The people and the stories are made up.
"""

from __future__ import annotations

import pytest

from tests.core.reading import (
    GROUP_CAST,
    GROUP_PUBLISHED,
    NONE,
    Reader,
    Row,
    each,
    named_params,
)

events = Reader(GROUP_CAST, GROUP_PUBLISHED)

# an entry's role before its name, or its description after it
ENTRIES: list[Row] = [
    (
        "aka-in-brackets-subject-released",
        "Cameraman Timur Bekov (aka Tima), local reporter Farid Gasanov (aka Farik) and "
        "editor Vera Orlova were also released.",
        each("bekov gasanov orlova", "released"),
    ),
    (
        "nickname-in-quotes-detained",
        'Timur Bekov ("Tima"), Farid Gasanov ("Farik") and Vera Orlova were detained.',
        each("bekov gasanov orlova", "detained"),
    ),
    (
        "long-bracket-after-entry-detained",
        "Police detained Timur Bekov (Radio Free Asia's Almaty bureau/online desk), and Vera "
        "Orlova (Kanal 5).",
        each("bekov orlova", "detained"),
    ),
    (
        "outlet-with-a-number-before-role",
        "Police on Monday detained Timur Bekov, Farid Gasanov, Radio 7 bloggers Vera Orlova "
        "and Denys Savchuk, and Oksana Petrenko, who were meeting at a cafe.",
        each("bekov gasanov orlova savchuk petrenko", "detained"),
    ),
    (
        "fellow-people-role-released",
        "Minsk freed reporter Timur Bekov and fellow Briton Farid Gasanov on Thursday.",
        each("bekov gasanov", "released"),
    ),
    (
        "adjective-before-country-role",
        "Authorities released economist Iryna Lisovska and former Canadian envoy Hanna Lutsko.",
        each("lisovska lutsko", "released"),
    ),
    (
        "ages-before-names-detained-clause",
        "Two men went on hunger strike in support of the editor: 20-year-old Timur Bekov and "
        "26-year-old Farid Gasanov, both of whom were detained during the protests.",
        each("bekov gasanov", "detained", False),
    ),
    (
        "its-publisher-named-after-comma",
        "Police detained the editor of the Courier, Timur Bekov, and its publisher, Farid Gasanov.",
        each("bekov gasanov", "detained"),
    ),
]

# people no one watches among the entries
OTHERS_AMONG: list[Row] = [
    (
        "unwatched-first-in-object-list",
        "Police detained Ivan Kuzmin, Timur Bekov and Vera Orlova on Monday.",
        each("bekov orlova", "detained"),
    ),
    (
        "unwatched-first-with-roles",
        "The court sentenced activist Ivan Kuzmin, blogger Marat Sadykov and poet Arkady "
        "Volkov to five years.",
        each("sadykov volkov", "sentenced"),
    ),
    (
        "unwatched-told-at-length-object",
        "Police detained Timur Bekov, Ivan Kuzmin, a lawyer who has defended many activists, "
        "and Vera Orlova.",
        each("bekov orlova", "detained"),
    ),
    (
        "unwatched-who-clause-object",
        "Police detained Timur Bekov, Ivan Kuzmin, who runs a rights group, and Vera Orlova.",
        each("bekov orlova", "detained"),
    ),
    (
        "unwatched-told-at-length-subject",
        "Iryna Lisovska, Ivan Kuzmin, a teacher who has written about the camps, and Hanna "
        "Lutsko were detained.",
        each("lisovska lutsko", "detained"),
    ),
]

# the list's joints: semicolons, dashes, "along with", and the verb before its subject
JOINTS: list[Row] = [
    (
        "semicolon-list-long-descriptions",
        "Also freed were British economist Timur Bekov, a former adviser to the prime "
        "minister; former envoy Vera Orlova and her husband Farid Gasanov, who is a local "
        "citizen; and Japanese photographer Denys Savchuk.",
        each("bekov orlova gasanov savchuk", "released"),
    ),
    (
        "semicolon-list-object",
        "Police detained economist Timur Bekov; envoy Vera Orlova and her husband Farid "
        "Gasanov, who is a local citizen; and photographer Denys Savchuk.",
        each("bekov orlova gasanov savchuk", "detained"),
    ),
    (
        "inverted-also-freed-were",
        "Also freed were Marat Sadykov and Arkady Volkov.",
        each("sadykov volkov", "released"),
    ),
    (
        "inverted-arrested-on-day-was",
        "Arrested on Monday were blogger Timur Bekov and lawyer Farid Gasanov.",
        each("bekov gasanov", "detained"),
    ),
    (
        "along-with-after-object-list",
        "Minsk freed reporter Timur Bekov and fellow Briton Farid Gasanov, along with "
        "dissidents like Vera Orlova, as part of a deal.",
        each("bekov gasanov orlova", "released"),
    ),
    (
        "dashed-description-after-list",
        "Timur Bekov, Farid Gasanov, Vera Orlova — all journalists — were arrested on Monday.",
        each("bekov gasanov orlova", "detained"),
    ),
    (
        "dashed-description-one",
        "Denys Savchuk — a blogger from Lviv — was arrested on Monday.",
        each("savchuk", "detained"),
    ),
    (
        "bracketed-list-after-counted-object",
        "Police arrested three activists (Timur Bekov, Farid Gasanov and Vera Orlova) on Monday.",
        each("bekov gasanov orlova", "detained"),
    ),
]

# a verb's object list long enough to pass the words a trigger looks across
LONG_OBJECTS: list[Row] = [
    (
        "found-list-guilty",
        "The court found Timur Bekov, Farid Gasanov and Vera Orlova guilty of treason.",
        each("bekov gasanov orlova", "sentenced"),
    ),
    (
        "found-namely-dash-list-guilty",
        "A city court found the three bloggers – namely Timur Bekov, Farid Gasanov and Vera "
        "Orlova – guilty of spreading false information.",
        each("bekov gasanov orlova", "sentenced"),
    ),
    (
        "found-list-not-guilty",
        "The court found Timur Bekov, Farid Gasanov and Vera Orlova not guilty of treason.",
        each("bekov gasanov orlova", "acquitted"),
    ),
    (
        "placed-list-under-house-arrest",
        "A judge placed Timur Bekov, Farid Gasanov and Vera Orlova under house arrest.",
        each("bekov gasanov orlova", "house_arrest"),
    ),
    (
        "received-royal-pardons",
        "Reporters Timur Bekov and Vera Orlova also received royal pardons.",
        each("bekov orlova", "pardoned"),
    ),
    (
        "pardons-as-a-verb",
        "The president pardons Timur Bekov and Farid Gasanov.",
        each("bekov gasanov", "pardoned"),
    ),
    (
        "judge-named-before-verb",
        "Judge Farid Gasanov sentenced Timur Bekov and Vera Orlova to five years.",
        each("bekov orlova", "sentenced"),
    ),
    (
        "prosecutor-named-before-verb",
        "Prosecutor Farid Gasanov charged Timur Bekov and Vera Orlova with treason.",
        each("bekov orlova", "charged"),
    ),
]

# no one outside the list
COUNTER: list[Row] = [
    (  # counter: a relative of the last entry, not the entry
        "counter-entry-relative-son",
        "Police detained Timur Bekov, Farid Gasanov and Vera Orlova's son.",
        each("bekov gasanov", "detained"),
    ),
    (  # counter: a lawyer who tells it after the list
        "counter-lawyer-says-after-list",
        "The president pardoned Timur Bekov, his lawyer Farid Gasanov said.",
        each("bekov", "pardoned"),
    ),
    (  # counter: a description of the one before, not a new entry
        "counter-lawyer-representing",
        "Security agents arrested Ivan Kuzmin, the lawyer representing Timur Bekov, on Monday.",
        NONE,
    ),
    (  # counter: another clause after a place
        "counter-own-clause-after-place",
        "Police detained protesters in Minsk, and Timur Bekov condemned the arrests.",
        NONE,
    ),
    (  # counter: the name that tells it
        "counter-unwatched-then-speaker",
        "Police detained Ivan Kuzmin, Timur Bekov said.",
        NONE,
    ),
    (  # counter: what was released is a thing, of the person's own clause
        "counter-inverted-thing-released",
        "Released were the letters Timur Bekov had written in prison.",
        NONE,
    ),
    (  # counter: the relative after an inverted verb
        "counter-inverted-relative",
        "Also detained was the wife of Timur Bekov.",
        NONE,
    ),
    (  # counter: a clause of its own after a semicolon, with no "; and" to close a list
        "counter-semicolon-own-clause",
        "Timur Bekov was released on Friday; prosecutors say Farid Gasanov will be charged.",
        each("bekov", "released"),
    ),
    (  # counter: a finding that is not a verdict, then someone's own words
        "counter-found-then-said-not-guilty",
        "Investigators found documents at his home, and Timur Bekov said he was not guilty.",
        NONE,
    ),
]

ROWS = ENTRIES + OTHERS_AMONG + JOINTS + LONG_OBJECTS + COUNTER

NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), named_params(ROWS, NOT_YET))
def test_a_list_event_is_each_entrys_and_no_one_elses(text: str, expected: set) -> None:
    assert events(text) == expected
