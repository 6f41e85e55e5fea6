"""Benchmark `monitor scan`'s engine: names and events, against a naive baseline.

    python bench/scan.py             # 2,000 articles of ~4 KB, 1,000 people
    python bench/scan.py --quick     # 200 articles
    python bench/scan.py --profile   # also the top functions under cProfile
    python bench/scan.py --stages    # also where a dense article's time goes, stage by stage

It times ``build_scanner`` + ``scan_article`` (name matching and event extraction,
the work of `monitor scan` without reading and writing JSON) on one core, in CPU time of
this process so that other work on the machine does not count against it, prints
articles per second against the target (>= 500 articles/s), and runs in the same
process a naive baseline: one regex per name variant, then a keyword search for
event words in every sentence that names someone. When the engine misses the target,
the top functions under cProfile are printed whatever the options.

Articles are synthetic but give extraction real work: English news sentences, a
few watchlisted people per article named in full, by surname, by pronoun or in a
list, in event sentences of every kind (news, background, requests, negations,
relatives), among filler that uses the same court and prison words about no one.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import re
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

import monitor.core.events as english
from monitor.core.match import find_mentions
from monitor.core.readers import read_events
from monitor.core.scan import Scanner, build_scanner, language_of, scan_article
from monitor.core.types import Article, Person

TARGET = 500.0  # articles per second on one core
PUBLISHED = datetime(2019, 7, 30, 9, 0, tzinfo=UTC)


def _words(text: str) -> list[str]:
    return text.split()


GIVEN = _words(
    "Askar Aset Bolat Botagoz Dina Erlan Galym Iskander Marat Mukhtar Nurlan Serik Talgat "
    "Zhanna Aigul Ruslan Timur Vladimir Sergei Maria Olga Alexei Nikolai Yulia Saule Daniyar"
)
SYLLABLES = _words(
    "ab ai ak al an ar as at ba bai bek bi bo da dzha ek er gal i ka kar kha ku ma mu na nur "
    "o ra sa ser ta tal tu u ul ye zha zhan"
)
ENDINGS = ["ov", "ev", "yev", "in", "bay", "uly", "ov", "ev"]

# {n}: full name, {s}: surname, {p}: pronoun (he), {P}: He, {m}/{o}: other full names
EVENTS = [
    "{n} was sentenced to {k} years in prison on {day}.",
    "The court sentenced {n} to {k} years of restricted freedom {rel}.",
    "{n} was detained by police in {city} {rel}.",
    "Police detained {n} and {o} outside the court {rel}.",
    "{n}, {m} and {o} were released on {day}.",
    "{n} was released on parole {rel}.",
    "A judge rejected {n}'s request for parole on {day}.",
    "{P} was transferred to a prison colony in {city} {rel}.",
    "{n} went on hunger strike {rel}, {p2} lawyer said.",
    "{p2_} lawyer said {s} was beaten by guards in the detention centre.",
    "{n} was charged with inciting social discord {rel}.",
    "The trial of {n} opened in {city} on {day}.",
    "{n} was acquitted by a court in {city} {rel}.",
    "The charges against {n} were dropped on {day}.",
    "The appeals court upheld the sentence of {n} {rel}.",
    "{n}, who was arrested in {year}, is held in {city}.",
    "{s} had been sentenced to {k} years in {year}.",
    "{n} was arrested in {year} and sentenced in {year2}.",
    "Rights groups called for the release of {n}.",
    "{n} faces up to {k} years in prison if convicted.",
    "{n} was not released {rel}, despite the ruling.",
    "Officials denied that {n} was tortured in custody.",
    "{n}, whose brother was arrested {rel}, spoke to reporters.",
    "{s} remains behind bars in {city}.",
    "Prosecutors asked for {k} years for {n}.",
    "{n} fled the country in {year} and was granted asylum in Belgium.",
    "{n} died in custody {rel}, {p2} family said.",
    "President Tokayev pardoned {n} {rel}.",
]
FILLER = [
    "The hearing in {city} lasted several hours and was closed to journalists.",
    "Rights groups say the case is part of a wider pattern of pressure on critics.",
    "The ministry did not respond to a request for comment on {day}.",
    "Lawyers argued that the evidence had been obtained under pressure.",
    "The government has rejected the criticism and says the courts are independent.",
    "Several diplomats attended the session as observers.",
    "Trade unions in {city} have faced new restrictions since the law was adopted in {year}.",
    "Prison conditions in the region have been criticised by international monitors.",
    "Supporters gathered outside the building and held up placards.",
    "The prosecutor's office said the investigation was conducted according to the law.",
    "Independent media in the country operate under growing pressure.",
    "Observers said the verdict would be appealed in the coming weeks.",
    "The opposition movement was banned by a court in {year}.",
    "Officials in {city} said the protest had not been authorised.",
    "The case has drawn attention from foreign governments and the European Parliament.",
    "Analysts say the authorities want to discourage further protests.",
]
CITIES = ["Almaty", "Astana", "Aktau", "Shymkent", "Semey", "Atyrau", "Pavlodar", "Aktobe"]
DAYS = ["Monday", "Tuesday", "July 23", "July 17", "July 29", "March 4", "15 May 2019"]
RELATIVE = ["yesterday", "on Monday", "last week", "in 2016", "on July 23", "two weeks ago"]
TITLES = [
    "Court in {city} hands down verdict",
    "{n} sentenced as critics cry foul",
    "Activists freed, others stay behind bars",
    "Rights groups alarmed by new arrests in {city}",
    "Opposition figure {n} released on parole",
]


def synthetic_people(n: int, rnd: random.Random) -> list[Person]:
    people, seen = [], set()
    while len(people) < n:
        surname = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 3)))
        surname = (surname + rnd.choice(ENDINGS)).capitalize()
        if surname in seen:
            continue  # one person per surname: a surname alone then names someone
        seen.add(surname)
        people.append(Person(f"p{len(people)}", f"{rnd.choice(GIVEN)} {surname}"))
    return people


def synthetic_article(
    i: int, people: Sequence[Person], rnd: random.Random, named: bool = True
) -> Article:
    """About 4 KB of news; when ``named``, 3 to 6 watchlisted people in event sentences."""
    cast = rnd.sample(list(people), rnd.randint(3, 6)) if named else []
    nobody = Person("nobody", "the official")

    def fill(template: str) -> str:
        who = rnd.choice(cast) if cast else nobody
        others = [p for p in cast if p is not who] or [who]
        return template.format(
            n=who.name,
            s=who.name.split()[-1],
            m=rnd.choice(others).name,
            o=rnd.choice(others).name,
            p="he",
            P="He",
            p2="his",
            p2_="His",
            k=rnd.randint(2, 12),
            day=rnd.choice(DAYS),
            rel=rnd.choice(RELATIVE),
            city=rnd.choice(CITIES),
            year=rnd.randint(2009, 2018),
            year2=rnd.randint(2010, 2019),
        )

    sentences: list[str] = []
    size = 0
    while size < 4000:
        template = rnd.choice(EVENTS) if named and rnd.random() < 0.3 else rnd.choice(FILLER)
        sentence = fill(template)
        sentences.append(sentence)
        size += len(sentence) + 1
    paragraphs = [" ".join(sentences[j : j + 4]) for j in range(0, len(sentences), 4)]
    titles = TITLES if named else [t for t in TITLES if "{n}" not in t]
    return Article(f"a{i}", fill(rnd.choice(titles)), "\n\n".join(paragraphs), PUBLISHED)


EVENT_WORDS = re.compile(
    r"\b(?:sentenced|convicted|detained|arrested|released|freed|parole|transferred|hunger|"
    r"tortured|beaten|charged|trial|acquitted|dropped|upheld|appeal|pardoned|fled|asylum|"
    r"died|death|house arrest)\b",
    re.I,
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def naive(people: Sequence[Person]) -> Callable[[Article], int]:
    """One regex per name variant (full name, surname), then event words in its sentences."""
    patterns = [
        (person.id, re.compile(r"\b" + re.escape(variant) + r"\b", re.I))
        for person in people
        for variant in (person.name, *person.aliases, person.name.split()[-1])
    ]

    def run(article: Article) -> int:
        text = article.full_text
        sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text)]
        found = 0
        for _, pattern in patterns:
            for m in pattern.finditer(text):
                for start, end in sentences:
                    if start <= m.start() < end:
                        found += len(EVENT_WORDS.findall(text, start, end))
                        break
        return found

    return run


def rate(
    run: Callable[[Article], object], articles: Sequence[Article], budget: float
) -> tuple[float, int]:
    """Articles per second of this process's CPU time (one core, whatever else the machine
    runs), over all articles or as many as fit the time budget."""
    start = time.process_time()
    done = 0
    for article in articles:
        run(article)
        done += 1
        if time.process_time() - start > budget:
            break
    return done / (time.process_time() - start), done


def profile(
    run: Callable[[Article], object], articles: Sequence[Article], top: int, order: str
) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    for article in articles:
        run(article)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(order)
    stats.print_stats(top)
    return out.getvalue()


# The stages of the English reader (``monitor.core.events``), each a function it calls by
# name, with what it does. Stages nest: "a sentence's events" holds the indented ones (which
# the reader also calls for the lead and for groups, and are then counted too).
STAGES = {
    "split_sentences": "sentences",
    "candidates_in": "trigger prefilter (Aho-Corasick, one pass a text)",
    "find_triggers": "trigger rules",
    "name_refs": "names as references",
    "_stand_ins": "pronouns, descriptions, groups",
    "_sentence_events": "a sentence's events: who, whether, when",
    "who_for": "  who",
    "is_blocked": "  whether",
    "find_dates": "  dates",
    "timing_of": "  when",
    "_event": "  the event made",
    "_lead_news": "what the lead reports",
    "described_as": "what a name is described as",
    "people_refs": "names that only qualify a group",
    "someone_else": "an unwatched subject",
    "tidy": "one event per person, type, currency",
}


def stages(scanner: Scanner, articles: Sequence[Article]) -> str:
    """Where the time of ``scan_article`` goes: names, language, and the English reader's
    stages (``STAGES``), cumulative (a stage's time holds the stages it calls), as shares of
    the whole. The reader's functions are wrapped in timers while it runs, which slows it."""
    spent: dict[str, float] = dict.fromkeys(["names", "language", "events", *STAGES], 0.0)
    clock = time.thread_time  # CPU time of this thread: other work on the machine not counted

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += clock() - start

        return run

    saved = {name: getattr(english, name) for name in STAGES}
    for name, fn in saved.items():
        setattr(english, name, timed(name, fn))
    try:
        start = clock()
        for article in articles:
            text = article.full_text
            at = clock()
            mentions = find_mentions(scanner.names, text)
            spent["names"] += clock() - at
            if not mentions:
                continue
            at = clock()
            lang = language_of(article)
            spent["language"] += clock() - at
            at = clock()
            read_events(lang, text, mentions, article.published)
            spent["events"] += clock() - at
        whole = clock() - start
    finally:
        for name, fn in saved.items():
            setattr(english, name, fn)
    # the reader's own work: its time less that of the stages it calls itself
    spent["rest"] = spent["events"] - sum(
        seconds for name, seconds in spent.items() if name in STAGES and STAGES[name][0] != " "
    )
    described = {
        "names": "names (find_mentions)",
        "language": "language",
        "events": "events (English reader)",
        "rest": "  the reader's own loop (the rest)",
    }
    lines = [f"{'stage':56} {'share':>6} {'ms/article':>10}"]
    for name, seconds in spent.items():
        label = described.get(name) or f"  {STAGES[name]} ({name})"
        lines.append(f"{label:56} {seconds / whole:6.1%} {seconds / len(articles) * 1000:10.3f}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="200 articles instead of 2,000")
    ap.add_argument("--people", type=int, default=1000, help="watchlist size (1,000)")
    ap.add_argument("--profile", action="store_true", help="print the top functions")
    ap.add_argument("--stages", action="store_true", help="print the time of each stage")
    args = ap.parse_args()

    rnd = random.Random(11)
    people = synthetic_people(args.people, rnd)
    count = 200 if args.quick else 2000
    articles = [synthetic_article(i, people, rnd) for i in range(count)]
    feedlike = [synthetic_article(i, people, rnd, named=i % 10 == 0) for i in range(count)]
    size = sum(len(a.full_text.encode()) for a in articles) / len(articles)
    print(f"{count} articles of {size / 1000:.1f} KB, {len(people)} people, extraction on")

    start = time.perf_counter()
    scanner = build_scanner(people)
    compile_s = time.perf_counter() - start
    print(f"build_scanner          {compile_s:8.2f} s")

    def engine(article: Article) -> object:
        return scan_article(scanner, article)

    engine(articles[0])  # warm caches the way a running monitor has them
    baseline = naive(people)
    speed = 0.0
    for label, batch in (
        ("dense: every article names 3-6 people, ~30% event sentences", articles),
        ("feed-like: 1 article in 10 names anyone", feedlike),
    ):
        rate_engine, _ = rate(engine, batch, 1e9)
        findings = [f for a in batch for f in scan_article(scanner, a)]
        events = [e for f in findings for e in f.events]
        mentions = sum(len(f.mentions) for f in findings)
        rate_naive, sampled = rate(baseline, batch, 10.0)
        note = "" if sampled == len(batch) else f" ({sampled} articles sampled)"
        print(f"\n{label}")
        print(f"  found                {mentions} mentions, {len(findings)} (article, person)")
        print(
            f"                       findings, {len(events)} events"
            f" ({sum(e.current for e in events)} current)"
        )
        print(
            f"  engine               {rate_engine:8.0f} articles/s"
            f"  ({1000 / rate_engine:.2f} ms per article)"
        )
        print(f"  naive baseline       {rate_naive:8.1f} articles/s{note}")
        print(f"  ratio                {rate_engine / rate_naive:8.1f}x the naive baseline")
        speed = speed or rate_engine  # the target is judged on the dense mix

    ok = speed >= TARGET
    print(
        f"\n{'PASS' if ok else 'FAIL'}  dense mix >= {TARGET:.0f} articles/s on one core"
        f" ({speed:.0f})"
    )
    if args.stages:
        print("\nwhere a dense article's time goes (200 articles, stages timed by wrappers):")
        print(stages(scanner, articles[:200]))
    if args.profile or not ok:
        print("\ntop functions by own time (cProfile, 200 dense articles):")
        print(profile(engine, articles[:200], 20, "tottime"))
        print("top functions by cumulative time:")
        print(profile(engine, articles[:200], 20, "cumulative"))


if __name__ == "__main__":
    main()
