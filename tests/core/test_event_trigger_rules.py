"""The trigger rule table: every rule fires on its own examples and on none of its
counter-examples, has a stable unique name and needed words read from its pattern."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from monitor.core.event_tidy import EARLIER_STAGE, EXPLANATION_LIMIT, TOLD_BEFORE, explain
from monitor.core.event_when import Basis
from monitor.core.events import GROUP_NAMED_AFTER, LISTED_AFTER, NAMED_AFTER, extract_events
from monitor.core.match import compile_names, find_mentions
from monitor.core.references import RefKind
from monitor.core.regex_needs import needed_words
from monitor.core.sentences import split_sentences
from monitor.core.trigger_rules import RULES, Rule
from monitor.core.triggers import candidates, candidates_in, find_triggers, lower
from monitor.core.types import Person


def fired(sentence: str) -> set[str]:
    return {f.rule.name for f in find_triggers(sentence)}


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_each_rule_fires_on_its_examples(rule: Rule) -> None:
    assert rule.examples, f"{rule.name} has no example"
    for example in rule.examples:
        assert rule in candidates(lower(example)), f"{rule.name}: needed words missing"
        assert rule.name in fired(example), f"{rule.name} does not fire on {example!r}"


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_no_rule_fires_on_its_counter_examples(rule: Rule) -> None:
    for counter in rule.counter_examples:
        assert rule.name not in fired(counter), f"{rule.name} fires on {counter!r}"


_FIRST_EXAMPLES = " ".join(r.examples[0] for r in RULES)  # every rule's first example


@pytest.mark.parametrize(
    "text",
    [
        "Police detained the editor. He was released on bail hours later.",
        # a needed word split by the sentence's end is in neither sentence
        "The court sentenced. Him to nothing.\n\nRights groups called it a sham trial",
        "Title: jailed\n\nThe blogger was jailed.Released? No.  Arrested!  ",
        "The British gaol held him.\nHe was transferred to a prison colony in May.",
        "",
        "No sentence here names an event at all",
        _FIRST_EXAMPLES,
        _FIRST_EXAMPLES.replace(" ", "\n"),
    ],
)
def test_candidates_of_a_whole_text_are_each_sentences_own(text: str) -> None:
    lowered = lower(text)
    sentences = split_sentences(text)
    assert candidates_in(lowered, sentences) == [
        candidates(lowered[start:end]) for start, end, _ in sentences
    ]


def test_rule_names_are_unique_and_start_with_their_type() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(rf"{r.type}\.[a-z0-9]+(?:-[a-z0-9]+)*", r.name) for r in RULES)


def test_every_rule_has_needed_words_read_from_its_pattern() -> None:
    assert all(r.needs for r in RULES)
    assert all(r.needs == needed_words(r.source) for r in RULES)


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        ("(?:re-?)?arrested|detain(?:ed|s)?", [{"arrested", "detain"}]),
        (
            r"released\s+(?:\w+\s+){0,3}?(?:to|into)\s+house arrest",
            [{"released"}, {"house arrest"}],
        ),
        (r"(?<=police )arrest\b|jailed", [{"police ", "jailed"}]),
        (r"found(?=\s+(?:\w+\s+){1,4}?not guilty)", [{"found"}, {"not guilty"}]),
        (r"(?:an?\s+)?sentence", [{"sentence"}]),
        (r"was\s+let\s+out|freed", [{"let", "freed"}]),  # "was", "out": too common
    ],
)
def test_needed_words_are_the_literals_every_match_holds(
    pattern: str, needs: list[set[str]]
) -> None:
    assert [set(clause) for clause in needed_words(pattern)] == needs


@pytest.mark.parametrize("pattern", [r"\w+ed", "(?:a|b)?c", "it|the sentence", "(?!jail)x"])
def test_a_pattern_that_promises_no_useful_word_needs_none(pattern: str) -> None:
    assert needed_words(pattern) == ()


def test_an_explanation_is_plain_words_within_the_limit() -> None:
    longest_says = max((r.says for r in RULES), key=len)
    named = [str(kind) for kind in RefKind] + [GROUP_NAMED_AFTER, NAMED_AFTER, LISTED_AFTER]
    for how in named:
        for basis in [*Basis, EARLIER_STAGE, TOLD_BEFORE]:
            # a relative date needs a publication date; without one a date is absolute
            words = "September 30, 2019" if basis is Basis.DATED_NO_PUBLICATION else "two weeks ago"
            text = explain(longest_says, how, basis, words)
            assert len(text) <= EXPLANATION_LIMIT
            assert how not in set(RefKind) or not text.endswith("…"), text  # cut only when rare
            assert not re.search(r"\w+:\w+:\d|_", text)


def test_users_see_what_the_rule_says_how_the_person_was_named_and_when() -> None:
    people = compile_names([Person("p", "Ivan Petrov")])
    text = "News\n\nA court in Minsk sentenced Ivan Petrov to six years on July 17, 2019."
    (event,) = extract_events(text, find_mentions(people, text), datetime(2019, 7, 20))
    assert event.rule == "sentenced; named; dated July 17, 2019: news"
