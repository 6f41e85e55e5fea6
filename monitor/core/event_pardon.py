"""A pardon of many, told beside the release of one of them.

"The president pardoned 30 prisoners on Monday ... X walked free on Tuesday", "An amnesty
announced last week has freed hundreds ... X was released on Thursday": the article tells
a pardon (or an amnesty) of a group, and the release of a person it covers in another
sentence. The eval sets label such a release ``pardoned`` only (never ``released`` too),
as GUIDE.md labels a release by pardon. A release by another route (on bail, pending
trial, without charge, at the end of a term, on acquittal, on a court's ruling, in a
prisoner swap or a state's deal) is no pardon, and nor is one the article tells apart from
the pardon ("prior to this pardon", "separately").
"""

from __future__ import annotations

import re
from datetime import date

from monitor.core.dating import Recency, find_dates, recency
from monitor.core.event_when import BACKGROUND
from monitor.core.regex_needs import guard_patterns
from monitor.core.wordlists import BEFORE_A_TIME

# the group a pardon covers: "30 prisoners", "hundreds of inmates", "several journalists",
# "more than 100 people" (a count, up to three words, a plural of people); an amnesty is
# always of many
MANY = re.compile(
    r"\b(?:amnest(?:y|ies)|(?:\d[\d,]*|dozens|hundreds|thousands|scores|several|a\s+number|"
    r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty|(?:thir|four|fif|six|seven|eigh|nine)teen|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:of\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:prisoners|inmates|detainees|convicts|people|persons|individuals|"
    r"journalists|activists|protesters|dissidents|opponents|critics|bloggers|citizens|men|"
    r"women|figures|members))\b",
    re.I,
)
# a pardon named as the time before which a release came: "prior to this pardon", "before
# the amnesty", "ahead of last week's pardon" (not "after" or "following": that release may
# be the pardon's)
_BEFORE_A_PARDON = (
    rf"(?:{BEFORE_A_TIME})\s+(?:this|the|that|these|last|its|a)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:pardons?|amnest(?:y|ies)|clemency)"
)
BEFORE_A_PARDON = re.compile(_BEFORE_A_PARDON, re.I)
# a release by another route than a pardon
OTHER_ROUTE = re.compile(
    r"\b(?:bail|pending\s+(?:trial|investigation|appeal)|without\s+(?:charge|being\s+charged)|"
    r"judicial\s+(?:control|supervision)|house\s+arrest|acquitt\w*|charges?\s+(?:were\s+)?"
    r"dropped|(?:after|on)\s+(?:serving|completing)|(?:served|completed)\s+(?:his|her|their|the)\s+"
    r"(?:full\s+)?(?:sentence|term)|end\s+of\s+(?:his|her|their)\s+(?:sentence|term)|"
    r"parole|early\s+release|"
    # a court's own decision: "set free after the court ruling", "on a court order"
    r"court['’]?s?\s+(?:ruling|decision|order|verdict)|"
    # a release won by a state's bargain, not a pardon: "freed in a prisoner swap",
    # "following the talks with the US envoy", "as part of a deal with Washington"
    r"(?:prisoner|spy)\s+(?:swap|exchange)s?|(?:swap|exchange)\s+of\s+prisoners|"
    r"(?:the|these|those|their|after|following)\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations)|"
    r"(?:a|the)\s+(?:[\w-]+\s+){0,2}?deal\s+(?:with|between|brokered)|"
    # ... or told apart from the pardon: "prior to this pardon, ... released X", "separately"
    rf"{_BEFORE_A_PARDON}|separately|in\s+a\s+separate\s+(?:move|decision|case))\b",
    re.I,
)


def pardons_many(sentence: str, pub: date | None) -> bool:
    """Whether a sentence holding a pardon trigger tells a pardon or amnesty of a group as
    news: it names the group ("30 prisoners", "an amnesty"), and neither a date before the
    news window nor a word of the past ("previously", "years ago") makes it older."""
    if not MANY.search(sentence) or BACKGROUND.search(sentence):
        return False
    if pub is None:
        return True  # (no date can be read against it)
    dates = find_dates(sentence, pub)
    return not dates or any(recency(w, pub) is Recency.NEWS for w in dates)


def by_another_route(evidence: str) -> bool:
    """Whether a release's sentence tells a route other than a pardon ("on bail")."""
    return OTHER_ROUTE.search(evidence) is not None


guard_patterns(globals())
