"""The Russian trigger rules: each fires on its own examples and on none of its
counter-examples, has a stable unique name (unique across the English table too) and
needed words read from its pattern."""

from __future__ import annotations

import re

import pytest

from monitor.core.events_ru import TABLE
from monitor.core.regex_needs import needed_words
from monitor.core.trigger_rules import RULES, Rule
from monitor.core.trigger_rules_ru import RULES_RU, lower_ru
from monitor.core.types import EventType


def fired(sentence: str) -> set[str]:
    return {f.rule.name for f in TABLE.find(lower_ru(sentence))}


@pytest.mark.parametrize("rule", RULES_RU, ids=[r.name for r in RULES_RU])
def test_each_russian_rule_fires_on_its_examples(rule: Rule) -> None:
    assert rule.examples, f"{rule.name} has no example"
    for example in rule.examples:
        assert rule in TABLE.candidates(lower_ru(example)), f"{rule.name}: needed words missing"
        assert rule.name in fired(example), f"{rule.name} does not fire on {example!r}"


@pytest.mark.parametrize("rule", RULES_RU, ids=[r.name for r in RULES_RU])
def test_no_russian_rule_fires_on_its_counter_examples(rule: Rule) -> None:
    assert rule.counter_examples, f"{rule.name} has no counter-example"
    for counter in rule.counter_examples:
        assert rule.name not in fired(counter), f"{rule.name} fires on {counter!r}"


def test_russian_rule_names_are_unique_in_both_tables_and_start_with_their_type() -> None:
    names = [r.name for r in (*RULES, *RULES_RU)]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(rf"{r.type}\.ru-[a-z0-9]+(?:-[a-z0-9]+)*", r.name) for r in RULES_RU)


def test_every_russian_rule_has_needed_words_read_from_its_pattern() -> None:
    assert all(r.needs and r.needs == needed_words(r.source) for r in RULES_RU)


def test_every_event_type_has_a_russian_rule() -> None:
    assert {r.type for r in RULES_RU} == set(EventType)


def test_lower_case_keeps_the_length_and_writes_yo_as_ye() -> None:
    text = "Осуждён ЁЛКИН, Ivan"
    assert lower_ru(text) == "осужден елкин, ivan"
    assert len(lower_ru(text)) == len(text)
