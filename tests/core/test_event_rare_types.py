"""The rarer event types, each said the ways English news says it: an inventory of our own.

Rules written for one studied sentence transfer poorly to news the rules have never seen,
so for each rare type (acquitted, charges dropped, parole granted and denied, pardoned,
trial, house arrest, transferred, hunger strike, ill-treatment, died, fled) this module
lists the class of ways news says it: the active and the passive voice, a headline without
its auxiliary ("X acquitted of treason", "Charges against X dropped"), a noun ("the
quashing of the FIRs against X", "a not-guilty verdict for X"), the person as subject of
what they won or lost ("won parole", "lost his bid for early release"); and beside them
what is no event of that type: a request, a refusal, a negation, another person's event.

The rows marked ``NOT_YET`` are strict xfails. Rules for each were written and tested in
session 2026-12-05 (fourth) and not landed; their names, for writing them again:
``acquitted.freed-of-the-charges``,
``not-guilty-verdict``, ``won-an-acquittal``; ``charges_dropped.threw-out-the-charges``,
``no-longer-pursue-charges``, ``dismissal-of-the-charges``,
``headline-charges-against-dropped``, the charges as subject across an aside;
``parole_granted.conditionally-released``, ``won-parole``, ``released-a-span-early``;
``parole_denied.lost-bid-for-parole`` and medical parole; ``pardoned.sentence-was-commuted``,
``commuted-the-sentence``, ``commuted-their-sentence``, ``benefited-from-an-amnesty``,
``received-a-pardon``; ``trial.court-proceedings-began``;
``house_arrest.detention-changed-to-house-arrest``; ``died.body-was-found``, suicide and
"found dead"; exile, refuge abroad and more exile cities in ``fled``; and reporters named
with their outlets as one list, ``event_who.LIST_GAP``. On the labelled news they were
written from they gained 5 true events and removed 3 false ones (event F1 0.639 to 0.652),
leaving eval-dev, eval-dev2 and eval-dev3 unchanged; on labelled news no one had read they
changed nothing, so they were not landed. A rule for "pleaded not guilty" as a trial was dropped:
the eval sets label the plea a trial in two cases of six.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Reader

events = Reader(
    [Person("petrov", "Ivan Petrov"), Person("ivanova", "Anna Ivanova")],
    datetime(2026, 12, 4, 9, 0),  # a Friday
    title="News",
)
BODY = "The report was published on Monday."  # under a headline that tells the event

SAID = [  # (type, sentence): each gives Ivan Petrov an event of that type
    ("acquitted", "A court in Minsk acquitted Ivan Petrov of all charges on Monday."),
    (
        "acquitted",
        "The jury also acquitted her former colleague, Ivan Petrov, of the same charges.",
    ),
    ("acquitted", "A judge on Monday cleared Ivan Petrov of all the charges."),
    ("acquitted", "Ivan Petrov was freed of all charges on Monday."),
    ("acquitted", "Ivan Petrov and two others were among those freed of the charges on Monday."),
    ("acquitted", "Ivan Petrov was absolved of all charges on Monday."),
    ("acquitted", "The court returned a not-guilty verdict for Ivan Petrov on Monday."),
    ("acquitted", "Ivan Petrov won an acquittal on Monday."),
    (
        "acquitted",
        "Ivan Petrov, a blogger, has been acquitted of all charges by a court in Almaty.",
    ),
    ("charges_dropped", "Prosecutors dropped the charges against Ivan Petrov on Monday."),
    (
        "charges_dropped",
        "The charges, filed in 2015, were dismissed against Ivan Petrov on Monday.",
    ),
    ("charges_dropped", "A judge threw out the charges against Ivan Petrov on Monday."),
    ("charges_dropped", "A judge tossed out the case against Ivan Petrov on Monday."),
    ("charges_dropped", "The court struck out eight of the charges against Ivan Petrov on Monday."),
    (
        "charges_dropped",
        "The court ordered the quashing of the cases registered against Ivan Petrov on Monday.",
    ),
    ("charges_dropped", "The court quashed the FIR against Ivan Petrov on Monday."),
    ("charges_dropped", "The charges against Ivan Petrov have been thrown out."),
    ("charges_dropped", "Prosecutors on Monday abandoned the case against Ivan Petrov."),
    (
        "charges_dropped",
        "Prosecutors said on Monday they would no longer pursue the charges against Ivan Petrov.",
    ),
    ("charges_dropped", "Prosecutors have withdrawn all charges against the activist Ivan Petrov."),
    ("parole_granted", "Ivan Petrov was conditionally released on Monday."),
    ("parole_granted", "Ivan Petrov won parole on Monday."),
    ("parole_granted", "Ivan Petrov was granted medical parole on Monday."),
    (
        "parole_denied",
        "Authorities have denied jailed rights activist and blogger Ivan Petrov's request for"
        " medical parole.",
    ),
    ("parole_denied", "Ivan Petrov lost his bid for early release on Monday."),
    ("parole_denied", "Ivan Petrov's application for medical parole was rejected on Monday."),
    (
        "parole_denied",
        "A court rejected a request by Ivan Petrov that he be freed after serving three-quarters"
        " of his term.",
    ),
    ("pardoned", "Ivan Petrov's sentence was commuted by presidential decree on Monday."),
    ("pardoned", "The president on Monday commuted the sentence of Ivan Petrov."),
    ("pardoned", "Ivan Petrov benefited from the amnesty announced on Monday."),
    ("pardoned", "Ivan Petrov is among the beneficiaries of the royal pardon announced on Monday."),
    ("pardoned", "Ivan Petrov was given an amnesty on Monday."),
    ("trial", "On Monday a court process started against Ivan Petrov."),
    ("trial", "Court proceedings against Ivan Petrov began on Monday."),
    ("house_arrest", "Ivan Petrov's detention was changed to house arrest on Monday."),
    ("died", "Ivan Petrov took his own life on Monday."),
    ("died", "Ivan Petrov committed suicide in prison on Monday."),
    ("fled", "Ivan Petrov has gone into self-imposed exile in London."),
    ("fled", "Ivan Petrov has arrived in Miami after being freed from prison."),
    ("fled", "Ivan Petrov sought refuge in Lithuania on Monday."),
    ("fled", "Ivan Petrov managed to leave the country on Monday."),
    ("parole_granted", "Ivan Petrov was released two years early on Monday."),
    ("parole_granted", "Ivan Petrov was released ahead of schedule on Monday."),
    ("died", "The body of Ivan Petrov was found on Monday."),
    ("died", "Ivan Petrov's body was found in his cell on Monday."),
]

HEADLINES = [  # (type, headline over BODY)
    ("acquitted", "Ivan Petrov cleared by court"),
    ("charges_dropped", "Charges against Ivan Petrov dropped"),
    ("charges_dropped", "Ivan Petrov wins appeal as conviction is quashed"),
    ("charges_dropped", "Court throws out case against Ivan Petrov"),
    ("pardoned", "Ivan Petrov receives pardon"),
    ("pardoned", "Ivan Petrov's sentence commuted"),
    ("died", "Ivan Petrov found dead in cell"),
    ("died", "Ivan Petrov dead at 54"),
]

NOT_SAID = [  # (type, sentence): no event of that type for Ivan Petrov
    ("acquitted", "Ivan Petrov hopes to be acquitted."),
    ("acquitted", "Ivan Petrov's lawyers asked the court to acquit him."),
    ("charges_dropped", "Ivan Petrov's lawyers asked the court to drop the charges."),
    ("charges_dropped", "Prosecutors refused to drop the charges against Ivan Petrov."),
    ("charges_dropped", "The charges against Ivan Petrov were not dropped."),
    ("parole_granted", "Ivan Petrov applied for parole on Monday."),
    ("parole_granted", "Ivan Petrov will be eligible for parole in 2028."),
    ("parole_granted", "Ivan Petrov got a parole hearing date on Monday."),
    ("parole_denied", "A court will consider Ivan Petrov's parole request next week."),
    ("pardoned", "Ivan Petrov asked for a pardon."),
    ("pardoned", "The president refused to pardon Ivan Petrov."),
    ("pardoned", "Ivan Petrov's family appealed for clemency."),
    ("pardoned", "Ivan Petrov's sentence was commuted to a fine on Monday."),
    ("trial", "Ivan Petrov's trial was postponed."),
    ("trial", "Court proceedings against Ivan Petrov were postponed on Monday."),
    ("house_arrest", "Ivan Petrov's detention was extended by two months on Monday."),
    ("ill_treatment", "Ivan Petrov beat his rival in the election."),
    ("died", "Ivan Petrov could die in prison."),
    ("died", "Ivan Petrov's father died on Monday."),
    ("fled", "Ivan Petrov was barred from leaving the country."),
    ("fled", "Ivan Petrov faces deportation."),
    ("fled", "Ivan Petrov sought refuge in the embassy."),
    ("parole_granted", "Ivan Petrov was released early on Monday morning."),
]


def kinds(found: set[tuple[str, str, bool]]) -> set[str]:
    return {kind for person, kind, _ in found if person == "petrov"}


# the rows read wrongly today: rules drafted, not landed (see the module's docstring)
NOT_YET = {
    "Ivan Petrov was freed of all charges on Monday.",
    "Ivan Petrov and two others were among those freed of the charges on Monday.",
    "Ivan Petrov was absolved of all charges on Monday.",
    "The court returned a not-guilty verdict for Ivan Petrov on Monday.",
    "Ivan Petrov won an acquittal on Monday.",
    "The charges, filed in 2015, were dismissed against Ivan Petrov on Monday.",
    "A judge threw out the charges against Ivan Petrov on Monday.",
    "A judge tossed out the case against Ivan Petrov on Monday.",
    "The court struck out eight of the charges against Ivan Petrov on Monday.",
    "The court ordered the quashing of the cases registered against Ivan Petrov on Monday.",
    "The court quashed the FIR against Ivan Petrov on Monday.",
    "The charges against Ivan Petrov have been thrown out.",
    "Prosecutors on Monday abandoned the case against Ivan Petrov.",
    "Prosecutors said on Monday they would no longer pursue the charges against Ivan Petrov.",
    "Prosecutors have withdrawn all charges against the activist Ivan Petrov.",
    "Ivan Petrov was conditionally released on Monday.",
    "Ivan Petrov won parole on Monday.",
    "Authorities have denied jailed rights activist and blogger Ivan Petrov's request for"
    " medical parole.",
    "Ivan Petrov lost his bid for early release on Monday.",
    "Ivan Petrov's application for medical parole was rejected on Monday.",
    "A court rejected a request by Ivan Petrov that he be freed after serving three-quarters"
    " of his term.",
    "The president on Monday commuted the sentence of Ivan Petrov.",
    "Ivan Petrov benefited from the amnesty announced on Monday.",
    "Ivan Petrov was given an amnesty on Monday.",
    "On Monday a court process started against Ivan Petrov.",
    "Court proceedings against Ivan Petrov began on Monday.",
    "Ivan Petrov's detention was changed to house arrest on Monday.",
    "Ivan Petrov took his own life on Monday.",
    "Ivan Petrov committed suicide in prison on Monday.",
    "Ivan Petrov has gone into self-imposed exile in London.",
    "Ivan Petrov has arrived in Miami after being freed from prison.",
    "Ivan Petrov sought refuge in Lithuania on Monday.",
    "Ivan Petrov managed to leave the country on Monday.",
    "Ivan Petrov was released two years early on Monday.",
    "Ivan Petrov was released ahead of schedule on Monday.",
    "The body of Ivan Petrov was found on Monday.",
    "Ivan Petrov's body was found in his cell on Monday.",
    "Ivan Petrov cleared by court",
    "Charges against Ivan Petrov dropped",
    "Ivan Petrov wins appeal as conviction is quashed",
    "Court throws out case against Ivan Petrov",
    "Ivan Petrov receives pardon",
    "Ivan Petrov's sentence commuted",
    "Ivan Petrov found dead in cell",
    "Ivan Petrov dead at 54",
}


def rows(pairs: list[tuple[str, str]]) -> list[object]:
    """pytest params (kind, text), a row of ``NOT_YET`` a strict xfail naming its class."""
    return [
        pytest.param(
            kind,
            text,
            id=text[:60],
            marks=[pytest.mark.xfail(strict=True, reason=f"not yet: {kind} said so")]
            if text in NOT_YET
            else [],
        )
        for kind, text in pairs
    ]


@pytest.mark.parametrize(("kind", "text"), rows(SAID))
def test_each_way_of_saying_it_gives_the_event(kind: str, text: str) -> None:
    assert kind in kinds(events(text))


@pytest.mark.parametrize(("kind", "title"), rows(HEADLINES))
def test_a_headline_that_tells_it_gives_the_event(kind: str, title: str) -> None:
    assert kind in kinds(events(BODY, title))


@pytest.mark.parametrize(("kind", "text"), NOT_SAID, ids=[t[:60] for _, t in NOT_SAID])
def test_a_request_a_refusal_or_someone_else_gives_none(kind: str, text: str) -> None:
    assert kind not in kinds(events(text))


@pytest.mark.xfail(strict=True, reason="not yet: a list of reporters named with their outlets")
def test_reporters_named_with_their_outlets_are_one_list() -> None:
    text = "The charges were dismissed against the Times's Ivan Petrov and the Post's Anna Ivanova."
    assert events(text) == {
        ("petrov", "charges_dropped", True),
        ("ivanova", "charges_dropped", True),
    }
