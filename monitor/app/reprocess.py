"""Re-run matching and extraction over every stored article.

After the watchlist or the rules change, this finds newly added people in the
archive and records events the old rules missed. It is idempotent (recording
adds nothing already there), and old reports never change a status: only news
within the news window of now can.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from monitor.adapters.db import articles, people
from monitor.adapters.db.session import Database
from monitor.adapters.name_cache import cache_folder, load_scanner
from monitor.app.record import FoundIn, record_articles
from monitor.core.scan import scan_article
from monitor.core.types import Article, Watchlist


@dataclass(frozen=True)
class ReprocessReport:
    articles: int
    matches: int
    new_events: int
    status_changes: int


def reprocess_archive(
    database: Database, watchlist: Watchlist, clock: Callable[[], datetime], batch: int = 200
) -> ReprocessReport:
    """One transaction per batch of articles, so a long run can be stopped and run again."""
    scanner = load_scanner(watchlist.people, cache_folder(os.environ), watchlist.people_digest)
    with database.transaction() as session:
        people.sync_watchlist(session, watchlist, clock())
    read = found = new_events = changes = 0
    last_id = 0
    while True:
        with database.transaction() as session:
            stored = articles.stored_articles(session, last_id, batch)
            now = clock()
            scanned = []
            for item in stored:
                published = item.published or item.first_seen_at
                article = Article(str(item.id), item.title, item.text, published, item.url)
                scanned.append(FoundIn(item.id, published, scan_article(scanner, article)))
            recorded = [r for rs in record_articles(session, scanned, now, watchlist) for r in rs]
            found += len(recorded)
            new_events += sum(len(r.new_events) for r in recorded)
            changes += sum(len(r.changes) for r in recorded)
        if not stored:
            break
        read += len(stored)
        last_id = stored[-1].id
    return ReprocessReport(read, found, new_events, changes)
