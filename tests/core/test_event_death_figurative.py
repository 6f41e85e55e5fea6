"""Deaths (issue 14): a figurative death is no one's death ("a death knell for press
freedom", "a death blow to the paper", "the death of free speech", "the death of her
career"); a killing told as decades old ("executed decades ago"), or told undated in a
paragraph that goes on from a death sentence of decades ago, is background. Made-up
people, own sentences, written before the engine read them."""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader, named_params

PEOPLE = [Person("brenner", "Nadia Brenner"), Person("lukas", "Oskar Lukas")]
read = Reader(PEOPLE, datetime(2026, 2, 3, 12, 0), title="Regional news")

ROWS = [
    # (name, text, expected)
    (
        "death-knell",
        "Nadia Brenner said the new media law would sound the death knell for independent radio.",
        set(),
    ),
    (
        "death-knell-for-her",
        "Oskar Lukas was detained on Monday. Critics called the arrest a death knell for his "
        "movement.",
        {("lukas", "detained", True)},
    ),
    (
        "death-blow",
        "For Nadia Brenner, the closure of her newspaper was a death blow to years of work.",
        set(),
    ),
    (
        "death-of-free-speech",
        "Nadia Brenner warned that the ruling marked the death of free speech in the country.",
        set(),
    ),
    (
        "death-of-the-opposition",
        "Her supporters said the ban on Nadia Brenner's party meant the death of the opposition.",
        set(),
    ),
    (
        "death-of-her-career",
        "Nadia Brenner described the law as the death of her career.",
        set(),
    ),
    (
        "near-death",
        "Nadia Brenner wrote about a near-death experience in the mountains.",
        set(),
    ),
    (
        "executed-decades-ago",
        "Nadia Brenner was executed decades ago.",
        {("brenner", "died", False)},
    ),
    (
        "hanged-half-a-century-ago",
        "Oskar Lukas was hanged by the junta half a century ago.",
        {("lukas", "died", False)},
    ),
    (
        "killing-after-an-old-death-sentence",
        "I still think of my teachers. One of them was Nadia Brenner. She taught us poetry and "
        "history. A military court sentenced her to death in March 1979. Nobody knows where "
        "her grave is. Some say she was hanged in the prison yard.",
        {("brenner", "sentenced", False), ("brenner", "died", False)},
    ),
    # counter-examples: deaths that are deaths
    (
        "death-in-custody",
        "Nadia Brenner's death in custody on Monday drew protests.",
        {("brenner", "died", True)},
    ),
    (
        "the-death-of-her",
        "The death of Nadia Brenner in a prison hospital on Sunday was confirmed by her lawyer.",
        {("brenner", "died", True)},
    ),
    (
        "died-after-an-old-verdict",
        "Oskar Lukas was born in a mining town. He worked as a teacher. He trained as a lawyer. "
        "He was sentenced to ten years in 2019. His health has worsened. He died in the "
        "prison hospital on Monday.",
        {("lukas", "sentenced", False), ("lukas", "died", True)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), named_params(ROWS, {}))
def test_a_death_and_what_is_no_death(text: str, expected: Events) -> None:
    assert read(text) == expected
