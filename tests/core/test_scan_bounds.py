"""What one article costs and what its dates mean in ``scan_article``: the first
``MAX_MENTIONS`` mentions per person are kept (with the count of all), and the published
date is taken as given (``monitor scan`` has no fetch time), an event never after it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from monitor.core.scan import MAX_MENTIONS, build_scanner, scan_article
from monitor.core.types import Article, Person

SCANNER = build_scanner(
    [Person("kozlov-vladimir", "Vladimir Kozlov"), Person("bilash-serikzhan", "Serikzhan Bilash")]
)
PUBLISHED = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.mark.slow(reason="scans an article naming someone 20,000 times: seconds of CPU")
def test_an_article_naming_someone_20000_times_keeps_the_first_mentions_and_the_count() -> None:
    sentence = "Vladimir Kozlov spoke about the harvest in the northern region again. "
    text = sentence * 20_000 + "Serikzhan Bilash was there too."
    findings = scan_article(SCANNER, Article("a1", "Harvest", text, PUBLISHED))
    kozlov, bilash = findings
    assert (kozlov.person_id, kozlov.mention_count) == ("kozlov-vladimir", 20_000)
    assert len(kozlov.mentions) == MAX_MENTIONS
    starts = [m.start for m in kozlov.mentions]
    assert starts == sorted(starts) and starts[0] == len("Harvest\n\n")  # the first ones
    assert (bilash.mention_count, len(bilash.mentions)) == (1, 1)


def test_monitor_scan_takes_the_published_date_as_given_and_no_event_comes_after_it() -> None:
    published = datetime(2099, 12, 28, 10, tzinfo=UTC)
    text = (
        "Vladimir Kozlov was released from prison yesterday. "
        "Serikzhan Bilash will be detained on January 15, 2100, his lawyer fears."
    )
    findings = scan_article(SCANNER, Article("a1", "News", text, published))
    events = [e for f in findings for e in f.events]
    assert [(e.type, e.date) for e in events] == [("released", date(2099, 12, 27))]
    assert all(e.date is None or e.date <= (published + timedelta(days=1)).date() for e in events)
