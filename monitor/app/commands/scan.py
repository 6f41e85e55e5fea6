"""`monitor scan`: analyse articles from a file, with no database (DESIGN.md contract)."""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys

from monitor.adapters.articles_file import BadLine, read_articles
from monitor.adapters.name_cache import cache_folder, load_scanner
from monitor.adapters.settings import Settings
from monitor.app.commands.common import read_watchlist
from monitor.core.readers import is_read, unread_note
from monitor.core.scan import finding_as_dict, scan_article
from monitor.errors import ConfigError


def run_scan(args: argparse.Namespace, settings: Settings) -> int:
    watchlist = read_watchlist(settings)
    # compiled once, then cached
    scanner = load_scanner(watchlist.people, cache_folder(os.environ), watchlist.people_digest)
    gc.freeze()  # the compiled names live until exit: the collector need not walk them again
    bad = 0
    try:
        stdin = getattr(sys.stdin, "buffer", sys.stdin)  # bytes, so bad UTF-8 costs one line
        source = stdin if args.articles == "-" else open(args.articles, "rb")  # noqa: SIM115
    except OSError as e:
        raise ConfigError(f"--articles {args.articles}: {e.strerror or e}") from e
    with source:
        for item in read_articles(source):
            if isinstance(item, BadLine):
                bad += 1
                print(f"{args.articles}:{item.line_number}: {item.message}", file=sys.stderr)
                continue
            findings = scan_article(scanner, item)
            if findings and not is_read(findings[0].lang):
                print(unread_note(item.id, findings[0].lang), file=sys.stderr)
            for finding in findings:
                print(json.dumps(finding_as_dict(item.id, finding), ensure_ascii=False))
    return 1 if bad else 0
