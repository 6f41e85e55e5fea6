"""Benchmark the name engine against a naive loop of one regex per name variant.

    python bench/names.py            # 10, 1,000 and 10,000 people; 2,000 articles of ~4 KB
    python bench/names.py --quick    # fewer articles

For each watchlist size it prints articles per second of ``find_mentions`` on one core,
the watchlist compile time, the peak memory of compiling and matching (tracemalloc),
and the ratio against the naive loop, measured in the same run (on a sample of articles
when the naive loop is slow; the figure says so). Names and articles are synthetic:
Central-Asian and Slavic-looking names built from syllables, English-like filler with
names inserted in other spellings (Y/E, Dzh/J, -yev/-ev, possessives, Cyrillic).
"""

from __future__ import annotations

import argparse
import random
import re
import time
import tracemalloc
from collections.abc import Callable

from monitor.core.match import compile_names, find_mentions
from monitor.core.types import Person


def _words(text: str) -> list[str]:
    return text.split()


GIVEN = _words(
    "Askar Aset Bolat Botagoz Dina Erlan Galym Iskander Marat Mukhtar Nurlan Serik Talgat "
    "Zhanna Aigul Ruslan Timur Vladimir Sergei Maria Olga Alexei Nikolai Yulia"
)
SYLLABLES = _words(
    "ab ai ak al an ar as at ba bai bek bi bo da dzha ek er gal i ka kar kha ku ma mu na nur "
    "o ra sa ser ta tal tu u ul ye zha zhan"
)
ENDINGS = ["ov", "ev", "yev", "in", "bay", "uly", "ova", "eva", ""]
FILLER = _words(
    "the court said on monday that police in the city had reported new protests while "
    "officials declined to comment about the case and its lawyers argued that rights groups "
    "in the region have documented a pattern of pressure on journalists and activists who "
    "criticise the government over corruption land reform and the rising cost of living"
)


def synthetic_people(n: int, rnd: random.Random) -> list[Person]:
    people = []
    for i in range(n):
        surname = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 3)))
        surname = (surname + rnd.choice(ENDINGS)).capitalize()
        people.append(Person(f"p{i}", f"{rnd.choice(GIVEN)} {surname}"))
    return people


def respell(name: str, rnd: random.Random) -> str:
    """Another spelling of the same name, the way outlets write it."""
    variants = [
        name,
        re.sub(r"^Ye", "E", name.split()[0]) + " " + name.split()[-1],
        name.replace("Dzh", "J").replace("dzh", "j"),
        name.replace("yev", "ev").replace("ev", "yev", 1),
        name + "'s",
        name.split()[-1] + " " + name.split()[0],
        name.split()[0][0] + ". " + name.split()[-1],
    ]
    return rnd.choice(variants)


def synthetic_articles(people: list[Person], n: int, rnd: random.Random) -> list[str]:
    articles = []
    for _ in range(n):
        words: list[str] = []
        size = 0
        while size < 4000:
            r = rnd.random()
            if r < 0.004:
                word = respell(rnd.choice(people).name, rnd)
            elif r < 0.06:
                word = rnd.choice(FILLER).capitalize()
            else:
                word = rnd.choice(FILLER)
            if rnd.random() < 0.07:
                word += "."
            words.append(word)
            size += len(word) + 1
        articles.append(" ".join(words))
    return articles


def naive(people: list[Person]) -> Callable[[str], int]:
    patterns = [
        re.compile(r"\b" + re.escape(variant) + r"\b", re.I)
        for person in people
        for variant in (person.name, *person.aliases)
    ]

    def run(text: str) -> int:
        return sum(1 for p in patterns for _ in p.finditer(text))

    return run


def rate(run: Callable[[str], object], articles: list[str], budget: float) -> tuple[float, int]:
    """Articles per second, over all articles or as many as fit the time budget."""
    start = time.perf_counter()
    done = 0
    for text in articles:
        run(text)
        done += 1
        if time.perf_counter() - start > budget:
            break
    return done / (time.perf_counter() - start), done


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="200 articles instead of 2,000")
    ap.add_argument("--sizes", default="10,1000,10000")
    args = ap.parse_args()
    rnd = random.Random(7)
    sizes = [int(s) for s in args.sizes.split(",")]
    everyone = synthetic_people(max(sizes), rnd)
    articles = synthetic_articles(everyone, 200 if args.quick else 2000, rnd)
    print(
        f"{len(articles)} articles, {sum(map(len, articles)) / len(articles):.0f} characters each"
    )
    header = ("people", 7), ("articles/s", 11), ("compile s", 10), ("peak MB", 8), ("naive/s", 9)
    print(" ".join(f"{name:>{width}}" for name, width in header), f"{'ratio':>7}")
    results = {}
    for size in sizes:
        people = everyone[:size]
        start = time.perf_counter()
        index = compile_names(people)
        compile_s = time.perf_counter() - start
        speed, _ = rate(lambda text, index=index: find_mentions(index, text), articles, 1e9)
        tracemalloc.start()  # memory on its own pass: tracing slows everything down
        index = compile_names(people)
        for text in articles[:100]:
            find_mentions(index, text)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        naive_speed, sampled = rate(naive(people), articles, 10.0)
        note = "" if sampled == len(articles) else f"  (naive: {sampled} articles sampled)"
        results[size] = (speed, compile_s, peak)
        print(
            f"{size:>7} {speed:>11.0f} {compile_s:>10.2f} {peak:>8.0f} {naive_speed:>9.1f}"
            f" {speed / naive_speed:>6.0f}x{note}"
        )
    big, small = max(sizes), min(sizes)
    speed, compile_s, peak = results[big]
    checks = [
        (f"{big} people: >= 2,000 articles/s", speed >= 2000),
        (f"cost at {big} within 1.5x of {small}", results[small][0] / speed <= 1.5),
        (f"compile at {big} under 5 s", compile_s < 5),
        (f"memory at {big} under 300 MB", peak < 300),
    ]
    for label, ok in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {label}")


if __name__ == "__main__":
    main()
