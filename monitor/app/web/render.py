"""Templates (Jinja2, autoescaped everywhere) and what they need to show a match:
the article cut into runs, each marked as a mention, the evidence, both or neither
(at most ``MAX_MENTIONS`` mentions marked, in one pass over the text)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup
from starlette.templating import Jinja2Templates

from monitor.app.output import safe
from monitor.core.outcomes import DeliveryState, PollOutcome, ReviewState
from monitor.core.scan import MAX_MENTIONS

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
# the closed sets templates compare with, by member (tests/web/test_templates_enums.py
# checks that every member a template names exists)
TEMPLATE_ENUMS = {e.__name__: e for e in (DeliveryState, PollOutcome, ReviewState)}
STATIC = HERE / "static"


def templates() -> Jinja2Templates:
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,  # every template, whatever its name: feed text is never markup
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=shown,  # every value a page shows has its secrets masked
    )
    environment.filters["when"] = when
    environment.filters["day"] = day
    environment.filters["label"] = label
    environment.filters["percent"] = percent
    environment.filters["href"] = href
    environment.filters["redact"] = redact
    environment.globals.update(TEMPLATE_ENUMS)
    return Jinja2Templates(env=environment)


def shown(value: Any) -> Any:
    """What ``{{ value }}`` prints: text ``safe``; markup (a macro's output) is made of
    values shown already."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return safe(value)
    return value


def when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else "—"


def day(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d") if value else "—"


def label(value: str | None) -> str:
    """``house_arrest`` → ``house arrest``."""
    return (value or "").replace("_", " ")


def percent(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)}%"


def href(url: str | None) -> str | None:
    """A link target only for http(s) URLs: a feed may carry ``javascript:`` links."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


URL = re.compile(
    r"\b([a-z][a-z0-9+.-]*://)(?:[^/\s@]*@)?([^/\s?#)]*[^/\s?#):;,.])(?:[^\s]*[^\s:;,.)])?",
    re.IGNORECASE,
)


def redact(text: str | None) -> str:
    """Error text with every URL cut to its scheme and host: a webhook URL's path or a
    mail server's credentials can be secrets, and pages must not show them."""
    return URL.sub(lambda m: f"{m.group(1)}{m.group(2)}/…", text or "")


@dataclass(frozen=True)
class Run:
    """A stretch of article text and how it is marked."""

    text: str
    mention: bool = False
    evidence: bool = False


def evidence_spans(full: str, sentences: Iterable[str]) -> list[tuple[int, int]]:
    """Where each evidence sentence stands in the text (every occurrence)."""
    spans = []
    for sentence in {s.strip() for s in sentences if s and s.strip()}:
        start = full.find(sentence)
        while start != -1:
            spans.append((start, start + len(sentence)))
            start = full.find(sentence, start + len(sentence))
    return spans


def mention_spans(full: str, mentions: Sequence[dict[str, Any]]) -> list[tuple[int, int]]:
    spans = []
    for mention in mentions:
        start, end = mention.get("start"), mention.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(full):
            spans.append((start, end))
    return spans


def runs(
    full: str,
    start: int,
    end: int,
    mentions: Sequence[tuple[int, int]],
    evidence: Sequence[tuple[int, int]],
) -> list[Run]:
    """``full[start:end]`` cut where a mark begins or ends, in one pass over the sorted
    boundaries: each span adds one where it begins and takes one away where it ends, so a
    run is marked while its count is above zero (20,000 mentions cost 40,000 steps, not
    20,000 × 40,000)."""
    steps: dict[int, list[int]] = {}  # position → [change in mentions, change in evidence]
    for kind, spans in enumerate((mentions, evidence)):
        for a, b in spans:
            a, b = max(a, start), min(b, end)
            if a < b:
                steps.setdefault(a, [0, 0])[kind] += 1
                steps.setdefault(b, [0, 0])[kind] -= 1
    points = sorted({start, end, *steps})
    found = []
    marked = [0, 0]  # mentions, evidence covering the run
    for a, b in pairwise(points):
        change = steps.get(a)
        if change is not None:
            marked[0] += change[0]
            marked[1] += change[1]
        found.append(Run(full[a:b], mention=marked[0] > 0, evidence=marked[1] > 0))
    return found


@dataclass(frozen=True)
class MarkedArticle:
    title: list[Run]
    body: list[Run]
    evidence_found: bool  # False when no evidence sentence could be placed in the text

    @property
    def body_mentions(self) -> int:
        """Marked stretches of mentions in the body (the page anchors each: #mention-N)."""
        return starts_of(self.body, "mention")

    @property
    def body_evidence(self) -> int:
        return starts_of(self.body, "evidence")


def starts_of(items: Sequence[Run], mark: str) -> int:
    """How many marked stretches: runs marked ``mark`` after one that is not."""
    count, was = 0, False
    for run in items:
        now = bool(getattr(run, mark))
        count += now and not was
        was = now
    return count


def mark_article(
    title: str, text: str, mentions: Sequence[dict[str, Any]], evidence: Iterable[str]
) -> MarkedArticle:
    """The article cut into runs; mention offsets index into ``title + "\\n\\n" + text``."""
    full = title + "\n\n" + text
    where_mentioned = mention_spans(full, mentions[:MAX_MENTIONS])  # stored before the cap
    where_evidence = evidence_spans(full, evidence)
    return MarkedArticle(
        title=runs(full, 0, len(title), where_mentioned, where_evidence),
        body=runs(full, len(title) + 2, len(full), where_mentioned, where_evidence),
        evidence_found=bool(where_evidence),
    )
