"""The first characters of a pattern's matches, and the guarded twin that finds the same
matches faster."""

from __future__ import annotations

import re
import string
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.core import event_tidy, event_whether, references
from monitor.core.names import FAMILY_RULES
from monitor.core.regex_needs import (
    _start_class,
    first_chars,
    fold,
    guard_patterns,
    guarded,
    needed_text,
    opens_with_a_prefix,
    prefilter,
    shared_by_every_branch,
    sre,
)
from monitor.core.trigger_rules import RULES


@pytest.mark.parametrize(
    ("pattern", "flags", "first"),
    [
        (r"\b(?:he|she|him)\b", 0, "[hs]"),
        (r"\bthe\s+two\b", re.I, "[t]"),
        (r"(?<=police )arrest|jail(?:ed)?", 0, "[aj]"),
        (r"\d+\s+years?|[A-C]\.", 0, r"[A-C\d]"),
        (r"(?:[\w-]+\s+){1,3}?case", 0, r"[\-\w]"),
        # an optional item: its first characters, or the next item's
        (r"\s*,", 0, r"[,\s]"),
        (r"(?:an?\s+)?sentence", 0, "[as]"),
        # a group of lookarounds matches no character: the item after it starts the match
        (r"(?:(?<=was )|(?<=were ))tried", 0, "[t]"),
    ],
)
def test_first_chars_hold_every_match_start(pattern: str, flags: int, first: str) -> None:
    assert first_chars(pattern, flags) == first


@pytest.mark.parametrize(
    "pattern",
    [r"\s*", r"(?:an?\s+)?", r"[^,]+", r".x", "(?i)jailed", r"(?:a|)b", r"(?:x|\d*)y"],
)
def test_first_chars_are_unknown_when_a_match_can_start_anywhere(pattern: str) -> None:
    assert first_chars(pattern) is None


def test_first_chars_are_unknown_in_verbose_mode() -> None:
    assert first_chars(r"a  b", re.X) is None


TEXTS = [
    "He said she was freed; Him? THEIR lawyer, both of them, the Hesse case.",
    "ſhe and the Kelvin sign K, a dotless ı and a dotted İ: his İnstance",
    "The court jailed him. Police arrested her at 5 a.m. on 3 July 2019.",
]


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\b(he|she|him|his|her|they|them|their|both)\b", re.I),
        (r"\b(?:is|kin|sk)\w*", re.I),
        (r"(?<!\w)(?:jailed|arrested)(?!\w)", 0),
        (r"\b(?P<day>[0-3]\d)\s+(?P<month>july)\s+(?P<year>\d{4})", re.I),
    ],
)
def test_the_guarded_twin_finds_the_same_matches(pattern: str, flags: int) -> None:
    plain, fast = re.compile(pattern, flags), guarded(pattern, flags)
    assert fast != plain  # told where its matches start: compiled otherwise
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]
        assert fast.sub("#", text) == plain.sub("#", text)


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [(r",\s*(?:who|whom)\b", re.I), (r"['’]s?\s+[a-z]", 0), (r"(?:19|20)\d\d", 0), (r"the", 0)],
)
def test_a_pattern_the_engine_scans_for_fast_is_compiled_as_it_is(pattern: str, flags: int) -> None:
    assert opens_with_a_prefix(pattern, flags)
    assert guarded(pattern, flags) == re.compile(pattern, flags)  # the same compiled code


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [(r"\bthe\b", 0), (r"the", re.I), (r"(?<!\w)jailed", 0), (r"(?:the|\d)x", 0)],
)
def test_a_pattern_that_opens_with_a_boundary_or_a_letter_of_either_case_has_no_prefix(
    pattern: str, flags: int
) -> None:
    assert not opens_with_a_prefix(pattern, flags)
    assert guarded(pattern, flags) != re.compile(pattern, flags)


def test_a_pattern_with_inline_flags_is_compiled_as_it_is() -> None:
    assert guarded("(?i)jailed").pattern == "(?i)jailed"


def test_guard_patterns_replaces_a_modules_patterns() -> None:
    namespace = {"PRONOUN": re.compile(r"\bhe\b", re.I), "WORDS": ("he",)}
    guard_patterns(namespace)
    assert namespace["PRONOUN"] != re.compile(r"\bhe\b", re.I)
    assert namespace["WORDS"] == ("he",)


def test_the_event_modules_and_rules_are_guarded() -> None:
    for pattern in (references.PRONOUN, event_whether.MODALITY):
        assert pattern != re.compile(pattern.pattern, pattern.flags)
    assert sum(r.pattern != re.compile(r.pattern.pattern) for r in RULES) > len(RULES) // 2


# --- prefilter: one search for many patterns' needed words ------------------------------


def test_a_prefilter_holds_one_needed_word_of_each_pattern() -> None:
    gate = prefilter([re.compile(r"\b\d+\s+(?:days|weeks)\s+ago\b"), re.compile(r"\byesterday")])
    assert gate.pattern == "yesterday|weeks|days"  # "ago" is a clause too, a weaker one
    assert gate.search("released two weeks ago") and gate.search("yesterday")
    assert not gate.search("released on Monday")


def test_a_prefilter_keeps_a_short_word_and_drops_a_word_that_holds_another() -> None:
    gate = prefilter([re.compile(r"ма[йяе]\b"), re.compile(r"году|год\b")])
    assert gate.pattern == "год|ма"


def test_a_prefilter_passes_every_text_when_a_pattern_promises_no_word() -> None:
    gate = prefilter([re.compile(r"yesterday"), re.compile(r"\d+")])
    assert gate.search("") and gate.search("anything")


def test_a_prefilter_of_a_pattern_that_ignores_case_ignores_case() -> None:
    assert prefilter([re.compile(r"\bparole", re.I)]).search("PAROLE")
    assert prefilter([re.compile(r"\b(?i:parole)")]).search("Parole")


# --- needed_text: one text every match holds ---------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        ("x", "x"),
        (r"aw(?=[^aeiouy]|$)", "aw"),
        ("shch|sch", "ch"),  # what the words of the alternation share
        (r"y(?<=[aeiou]y)(?=[^aeiou]|$)", "y"),
        (r"[ab]c+d", "c"),
        (r"(?:dropped|withdrew)\s+case", "case"),  # the longest
        ("dzh|dj|zh", ""),  # the branches share no letter
        (r"(iy|yy|ii|yi|ij|y)$", ""),
        (r"(.)\1+", ""),
        ("(?i)ph", ""),  # either case
        ("(?i:ph)", ""),
    ],
)
def test_needed_text_is_held_by_every_match(pattern: str, needed: str) -> None:
    assert needed_text(pattern) == needed


@given(st.text(alphabet="abdeghijklnoqstuvwxyz", max_size=12))
@settings(max_examples=300)
def test_a_family_rule_changes_no_part_without_its_needed_text(part: str) -> None:
    for pattern, replacement in FAMILY_RULES:
        if needed_text(pattern.pattern) not in part:
            assert pattern.sub(replacement, part) == part


# --- fold: the text a pattern runs on without re.I ---------------------------------------


def test_fold_reads_a_letter_as_a_case_blind_pattern_does() -> None:
    any_letter = re.compile("[a-z]", re.I)
    kinds = [re.compile(p) for p in (r"\w", r"\s", r"\d")]
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        folded = fold(char)
        if folded == char:
            assert char in string.ascii_lowercase or not any_letter.fullmatch(char)
        elif any_letter.fullmatch(char):
            assert folded in string.ascii_lowercase and re.fullmatch(folded, char, re.I)
        else:  # another letter lowered: not ASCII, and of the same kind
            assert len(folded) == 1 and not folded.isascii()
            assert [bool(k.match(folded)) for k in kinds] == [bool(k.match(char)) for k in kinds]


FOLDED = {
    "MODALITY": event_whether.MODALITY,
    "ALLOWED_TO": event_whether.ALLOWED_TO,
    "PLANNED_NOUN": event_whether.PLANNED_NOUN,
    "ORDERED_PASSIVE": event_whether.ORDERED_PASSIVE,
    "ONLY_TO": event_whether.ONLY_TO,
    "EXPECTED_AFTER": event_whether.EXPECTED_AFTER,
    "RETURN_TO_CUSTODY": event_tidy.RETURN_TO_CUSTODY,
}
FOLD_TEXTS = [
    "Rights Groups CALLED IN August FOR his release; He COULD be Freed if the court agrees",
    "In May 14 she was held. The Decision By the judge To free",
    "A release CAMPAIGN, a hunger strike THREAT and Talks",
    "X WAS ORDERED TO BE IMMEDIATELY",
    "was freed, ONLY TO BE",
    ", WHICH IS Expected",
    "He was RE-ARRESTED; his PAROLE was later REVOKED and he was SENT BACK TO PRISON",
    "İt ıs poſſible that the Kelvin \u212aept him",
]


@pytest.mark.parametrize("pattern", FOLDED.values(), ids=FOLDED.keys())
def test_a_folded_pattern_finds_on_folded_text_what_its_case_blind_twin_finds(
    pattern: re.Pattern[str],
) -> None:
    assert not pattern.flags & re.I
    twin = re.compile(pattern.pattern, re.I)
    found = 0
    for text in FOLD_TEXTS:
        for end in range(len(text) + 1):  # the patterns that end with "$" too
            spans = [m.span() for m in pattern.finditer(fold(text), 0, end)]
            assert spans == [m.span() for m in twin.finditer(text, 0, end)]
            found += len(spans)
    assert found


# --- the engine told where a case-sensitive guarded pattern's matches start --------------


@pytest.mark.parametrize(
    "pattern",
    [r"\b(?:he|she|him)\b", r"\b(?P<n>\d+|one|two)\s+(?P<unit>years?)", r"(?:[\w-]+\s+){1,3}?case"],
)
def test_a_scanned_pattern_finds_the_spans_and_groups_of_its_plain_twin(pattern: str) -> None:
    scanned = guarded(pattern)
    twin = re.compile(pattern)
    assert scanned != twin  # told where its matches start
    assert scanned.groupindex == twin.groupindex
    text = "He said she-wolf, him: one year, 12  years; two years. the big case, a case"
    found = [(m.span(), m.groups()) for m in scanned.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in twin.finditer(text)]
    assert found


def test_every_trigger_rule_finds_on_its_sentences_what_its_plain_twin_finds() -> None:
    for rule in RULES:
        twin = re.compile(rule.pattern.pattern, rule.pattern.flags)
        for text in (*rule.examples, *rule.counter_examples):
            lowered = text.lower()
            found = [(m.span(), m.groups()) for m in rule.pattern.finditer(lowered)]
            assert found == [(m.span(), m.groups()) for m in twin.finditer(lowered)], rule.name


def test_a_case_blind_start_class_holds_every_character_that_matches_it() -> None:
    chars = string.ascii_letters + string.digits + "’‘“”—–-'\"(.,:;$%½"
    first = "[" + "".join("\\" + c if c in "\\]^-[" else c for c in chars) + r"\s]"
    starts = _start_class(first, re.I)
    assert starts is not None
    held = {chr(av) for op, av in starts if op is not sre.CATEGORY}
    case_blind = re.compile(first, re.I)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if case_blind.fullmatch(char) and not char.isspace():
            assert char in held
    assert _start_class("[aé]", re.I) is None  # a letter not ASCII: not worked out


# --- the clauses every branch of an alternation shares ----------------------------------


def test_a_clause_every_branch_holds_is_needed_besides_the_strongest_of_each() -> None:
    pattern = r"kept\s+in\s+custody(?=\s+since\b)|held\s+at\s+\w+(?=\s+since\b)"
    assert shared_by_every_branch(pattern) == (frozenset({"since"}),)
    assert shared_by_every_branch(r"kept\s+in\s+custody|held\s+at\s+home") == ()
    assert shared_by_every_branch(r"custody\s+since") == ()  # one branch: needed_words's
