"""Every document of the shared feed corpus goes through parsing: no exception other
than ParseError, no hang, bounded memory (hostile entity bombs included)."""

from __future__ import annotations

import resource
import signal
import time
from pathlib import Path
from types import FrameType

import pytest

from monitor.adapters.feeds.parse import parse_feed
from monitor.errors import ParseError
from tests.adapters.test_charsets import utf7

HANG_SECONDS = 10  # a guard against hangs, far above the slowest real document
NOT_DOCUMENTS = {"README.md", "check.py", "SOURCES.md"}


class Hang(Exception):
    pass


def documents(root: Path) -> list[Path]:
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and p.name not in NOT_DOCUMENTS and "licenses" not in p.parts
    )


def parse_with_alarm(path: Path) -> int:
    """Entries parsed, or -1 when refused; raises Hang past the guard."""

    def hang(_signum: int, _frame: FrameType | None) -> None:
        raise Hang(path.name)

    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(HANG_SECONDS)
    try:
        return len(parse_feed(path.read_bytes(), path.as_uri()).entries)
    except ParseError:
        return -1
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.slow(reason="parses every document of the shared feed corpus: ~10 s of CPU")
def test_every_corpus_document_parses_or_is_refused_safely(shared_dir: Path) -> None:
    root = shared_dir / "feed-corpus"
    files = documents(root)
    assert len(files) > 2000, f"the corpus at {root} looks incomplete"
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    outcomes: dict[Path, int] = {}
    slowest = (0.0, "")
    for path in files:
        started = time.perf_counter()
        outcomes[path] = parse_with_alarm(path)
        slowest = max(slowest, (time.perf_counter() - started, path.name))
    growth_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    print(
        f"{len(files)} documents; slowest {slowest[1]} in {slowest[0]:.2f} s; +{growth_mib:.0f} MiB"
    )
    assert growth_mib < 500, "parsing the corpus took too much memory: an entity bomb got through?"

    hostile = {p.name: n for p, n in outcomes.items() if "hostile" in p.parts}
    for bomb in ("quadratic-blowup.xml", "billion-laughs.xml", "xxe-file.xml"):
        assert hostile[bomb] == -1, f"{bomb} was not refused"
    real = [n for p, n in outcomes.items() if "real-feeds" in p.parts and p.suffix != ".json"]
    assert sum(n > 0 for n in real) >= 25, "real feeds should nearly all yield entries"


@pytest.mark.parametrize(
    "name", ["xxe-file.xml", "xxe-external-dtd.xml", "xxe-file-comment-first.xml"]
)
def test_no_hostile_document_leaks_a_local_file(shared_dir: Path, name: str) -> None:
    document = (shared_dir / "feed-corpus" / "hostile" / name).read_bytes()
    try:
        feed = parse_feed(document, name)
    except ParseError:
        return
    text = " ".join(e.title + e.text for e in feed.entries)
    assert "root:" not in text


@pytest.mark.parametrize("name", ["quadratic-blowup.xml", "billion-laughs.xml"])
def test_a_hostile_document_re_encoded_in_utf_7_is_still_refused(
    shared_dir: Path, name: str
) -> None:
    text = (shared_dir / "feed-corpus" / "hostile" / name).read_text(encoding="utf-8")
    declaration, rest = text.split("?>", 1) if text.startswith("<?xml") else ("<?xml", text)
    content = declaration.replace('encoding="utf-8"', "").encode() + b' encoding="utf-7"?>'
    with pytest.raises(ParseError, match="entities"):
        parse_feed(content + utf7(rest), name)
