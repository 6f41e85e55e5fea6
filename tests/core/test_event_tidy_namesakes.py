"""Tidying an article's events person by person, once for namesakes found alike, gives what
tidying them all at once gives."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.core.event_tidy import Reported, _tidy, tidy
from monitor.core.event_when import Basis
from monitor.core.types import Event, EventType

# sentences that the tidy rules read: a return to custody, "once", a release and a verdict
EVIDENCE = (
    "X was detained on Monday and charged with fraud.",
    "X, once freed on parole, was arrested again in May.",
    "X was released after serving his term.",
    "X was sentenced to five years, and the court upheld the sentence.",
)
TYPES = (
    EventType.DETAINED,
    EventType.CHARGED,
    EventType.SENTENCED,
    EventType.APPEAL_REJECTED,
    EventType.RELEASED,
    EventType.PAROLE_GRANTED,
    EventType.PARDONED,
    EventType.DIED,
)

records = st.builds(
    lambda person, kind, current, confidence, sentence, basis, at: Reported(
        Event(
            person_id=person,
            type=kind,
            current=current,
            confidence=confidence,
            evidence=EVIDENCE[sentence],
            rule="a rule",
            evidence_start=100 * sentence,
            evidence_end=100 * sentence + len(EVIDENCE[sentence]),
        ),
        "says",
        "named",
        basis,
        "",
        kind,
        at,
        "detained.jailed" if kind is EventType.DETAINED else "a.rule",
    ),
    st.sampled_from(("a", "b", "c")),
    st.sampled_from(TYPES),
    st.booleans(),
    st.sampled_from((0.8, 0.9, 0.95)),
    st.integers(0, len(EVIDENCE) - 1),
    st.sampled_from(tuple(Basis)),
    st.integers(0, 40),
)


def namesakes_of(found: list[Reported], person: str, twins: list[str]) -> list[Reported]:
    """``found`` with each of ``person``'s events also found, in place, for each twin."""
    out = []
    for r in found:
        out.append(r)
        if r.event.person_id == person:
            out += [r._replace(event=replace(r.event, person_id=t)) for t in twins]
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(records, max_size=12), st.integers(0, 3))
def test_namesakes_found_alike_are_tidied_as_when_all_are_tidied_at_once(
    found: list[Reported], twins: int
) -> None:
    alike = namesakes_of(found, "a", [f"a{n}" for n in range(twins)])

    assert tidy(alike) == _tidy(alike)
    assert tidy(found) == _tidy(found)


def test_each_namesake_found_alike_gets_the_first_ones_events() -> None:
    event = Event("a", EventType.RELEASED, True, 0.9, EVIDENCE[2], rule="r")
    found = [Reported(event, "says", "named", Basis.PAST_TENSE, "", EventType.RELEASED)]

    events = tidy(namesakes_of(found, "a", ["b", "c"]))

    assert [e.person_id for e in events] == ["a", "b", "c"]
    assert events[1:] == [replace(events[0], person_id=p) for p in ("b", "c")]
