"""Benchmark finding names in Russian text, against English text in the same run.

    python bench/russian_names.py                 # 10,000 people, 2,000 articles a language
    python bench/russian_names.py --people 1000 --articles 500

The watchlist is ``bench/scale.py``'s synthetic one (Latin names with Cyrillic aliases,
Arabic, Chinese, Spanish), with one person in ten a Russian name written in Latin letters
(Gorinov-like: Cyrillic syllables, -ов/-ин/-ский endings, transliterated). Articles are
about 2 KB, one in ten naming one to four listed people:

- English   ``bench/scale.py``'s feed-like mix
- Russian   Russian sentences with the Russian people's names in case forms (genitive,
            dative, instrumental, ...: "Алексею Горинову", "с Марией Колесниковой"),
            made by the same morphological analyser the matcher reads them with

It prints articles per second of ``find_mentions`` and of ``scan_article`` (names and
events) for each language, the Russian pass once cold (every word analysed for the first
time in the process, the dictionary loaded) and once warm, the ratio Russian / English,
and what one new Russian word costs to analyse. Target: >= 2,000 articles/s on the
English feed-like mix at 10,000 people (``bench/scale.py``), which the Russian forms must
not slow (English texts never load the analyser).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import feedlike_articles, synthetic_people, word

from monitor.core.names import fold, key, sound_key
from monitor.core.types import Article, Person

PUBLISHED = datetime(2024, 5, 6, 9, 0, tzinfo=UTC)
GIVEN_RU = [
    ("Алексей", "masc"),
    ("Владимир", "masc"),
    ("Сергей", "masc"),
    ("Олег", "masc"),
    ("Дмитрий", "masc"),
    ("Игорь", "masc"),
    ("Мария", "femn"),
    ("Ольга", "femn"),
    ("Анна", "femn"),
    ("Екатерина", "femn"),
    ("Лилия", "femn"),
    ("Светлана", "femn"),
]
SYLLABLES_RU = [
    "бор",
    "вал",
    "гор",
    "дан",
    "жар",
    "зор",
    "кал",
    "лип",
    "мар",
    "нов",
    "ор",
    "пан",
    "рот",
    "сел",
    "тар",
    "хан",
    "чан",
    "шест",
]
ENDINGS_RU = {"masc": ["ов", "ев", "ин", "ский"], "femn": ["ова", "ева", "ина", "ская"]}
CASES = ["nomn", "gent", "datv", "accs", "ablt", "loct"]
EVENTS_RU = [
    "Суд арестовал {nomn_gent}.",
    "{nomn_datv} продлили срок содержания под стражей.",
    "Адвокат встретился с {nomn_ablt} в СИЗО.",
    "{nomn} вышел на свободу, сообщили правозащитники.",
    "Следователи допросили {nomn_accs} в понедельник.",
    "О {nomn_loct} писали многие издания.",
]
FILLER_RU = [
    "Заседание продолжалось несколько часов и было закрыто для журналистов.",
    "Правозащитники считают дело частью давления на критиков власти.",
    "Министерство не ответило на запрос о комментарии в понедельник.",
    "Адвокаты заявили, что доказательства были получены под давлением.",
    "Правительство отвергает критику и утверждает, что суды независимы.",
    "Несколько дипломатов присутствовали на заседании в качестве наблюдателей.",
    "Условия содержания в колониях региона критикуют международные наблюдатели.",
    "Сторонники собрались у здания суда с плакатами.",
    "Независимые СМИ в стране работают под растущим давлением.",
    "Центральный банк сообщил, что инфляция замедлится к концу года.",
    "В Москве и Санкт-Петербурге прошли одиночные пикеты.",
    "Европейский суд по правам человека признал нарушение.",
    "Фермеры Северного района сообщили о хорошем урожае.",
    "Федерация футбола назвала нового тренера сборной.",
]


def russian_people(n: int, rnd: random.Random) -> list[tuple[Person, str, str, str]]:
    """``n`` people with Russian names, listed in Latin letters: (person, given name,
    surname, gender), the names in Cyrillic."""
    out = []
    # one person a surname, and no two that sound alike (Марлипорова, Marlipboreva):
    # namesakes are bench/scale.py's part
    stems: set[str] = set()
    for i in range(n):
        given, gender = rnd.choice(GIVEN_RU)
        while (sound := sound_key(key(fold(stem := _stem(rnd))))) in stems:
            pass
        stems.add(sound)
        surname = stem.capitalize() + rnd.choice(ENDINGS_RU[gender])
        latin = " ".join(fold(part).capitalize() for part in (given, surname))
        out.append((Person(f"ru{i}", latin), given, surname, gender))
    return out


def _stem(rnd: random.Random) -> str:
    return "".join(rnd.choice(SYLLABLES_RU) for _ in range(3))


def inflected(morph: object, word_: str, case: str, gender: str) -> str:
    """``word_`` in ``case``, as the analyser declines a name of ``gender``."""
    for parse in morph.parse(word_.lower()):  # type: ignore[attr-defined]
        if gender in parse.tag and parse.tag.POS in ("NOUN", "ADJF") and "nomn" in parse.tag:
            form = parse.inflect({case, "sing"})
            if form is not None:
                return str(form.word).capitalize()
    return word_


def russian_articles(
    cast_pool: list[tuple[Person, str, str, str]], count: int, rnd: random.Random
) -> list[tuple[Article, set[str]]]:
    """Articles, each with the ids of the people it names."""
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer(lang="ru")
    articles = []
    for i in range(count):
        cast = rnd.sample(cast_pool, rnd.randint(1, 4)) if i % 10 == 0 else []
        sentences: list[str] = []
        named: set[str] = set()
        while sum(map(len, sentences)) < 2000:
            if cast and rnd.random() < 0.3:
                person, given, surname, gender = rnd.choice(cast)
                named.add(person.id)
                names = {
                    f"nomn_{case}": " ".join(
                        inflected(morph, w, case, gender) for w in (given, surname)
                    )
                    for case in CASES[1:]
                }
                sentence = rnd.choice(EVENTS_RU).format(nomn=f"{given} {surname}", **names)
                sentences.append(sentence[0].upper() + sentence[1:])
            else:
                filler = rnd.choice(FILLER_RU)
                if rnd.random() < 0.2:  # a capitalised word never seen before (a place, an outlet)
                    filler = f"{word(rnd, 2, 3).capitalize()}: {filler}"
                sentences.append(filler)
        paragraphs = [" ".join(sentences[j : j + 4]) for j in range(0, len(sentences), 4)]
        text = "\n\n".join(paragraphs)
        articles.append((Article(f"r{i}", "Новости дня", text, PUBLISHED), named))
    return articles


def rate(run: object, articles: list[Article]) -> tuple[float, int]:
    start = time.process_time()
    found = sum(len(run(a)) for a in articles)  # type: ignore[operator]
    return len(articles) / (time.process_time() - start), found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--people", type=int, default=10_000)
    ap.add_argument("--articles", type=int, default=2000)
    args = ap.parse_args()

    from monitor.core.match import compile_names, find_mentions
    from monitor.core.scan import build_scanner, scan_article

    rnd = random.Random(16)
    listed = synthetic_people(args.people - args.people // 10, rnd)
    russians = russian_people(args.people // 10, rnd)
    people = [
        Person(str(e["id"]), str(e["name"]), aliases=tuple(e.get("aliases", ())))  # type: ignore[arg-type]
        for e in listed
    ] + [r[0] for r in russians]
    english = feedlike_articles(listed, args.articles, rnd)
    russian_named = russian_articles(russians, args.articles, rnd)
    russian = [article for article, _ in russian_named]
    index = compile_names(people)
    scanner = build_scanner(people)

    def names(a: Article) -> list[object]:
        return list(find_mentions(index, a.full_text))

    def scan(a: Article) -> list[object]:
        return list(scan_article(scanner, a))

    print(f"{len(people)} people ({len(russians)} Russian), {args.articles} articles a language")
    from monitor.core import names_ru

    en_names, en_found = rate(names, english)
    loaded = names_ru.analyser.cache_info().currsize > 0
    ru_cold, ru_found = rate(names, russian)
    ru_warm, _ = rate(names, russian)
    en_scan, _ = rate(scan, english)
    ru_scan, _ = rate(scan, russian)
    print(f"{'':28}{'articles/s':>11} {'found':>7}")
    print(f"{'English names':28}{en_names:>11.0f} {en_found:>7}")
    print(f"{'Russian names, cold':28}{ru_cold:>11.0f} {ru_found:>7}")
    print(f"{'Russian names, warm':28}{ru_warm:>11.0f}")
    print(f"{'English scan (names+events)':28}{en_scan:>11.0f}")
    print(f"{'Russian scan (names+events)':28}{ru_scan:>11.0f}")
    print(f"Russian / English, names warm: {ru_warm / en_names:.2f}")
    expected = {(a.id, who) for a, named in russian_named for who in named}
    got = {(a.id, m.person_id) for a in russian for m in find_mentions(index, a.full_text)}
    recall = len(expected & got) / max(1, len(expected))
    print(f"Russian people found: {recall:.3f} of {len(expected)}, {len(got - expected)} extra")
    fresh = [word(rnd, 3, 4).translate(CYR) for _ in range(2000)]
    start = time.process_time()
    for w in fresh:
        names_ru.forms_of(w)
    per_word = (time.process_time() - start) / len(fresh) * 1e6
    print(f"one new Russian word analysed: {per_word:.0f} µs")
    checks = [
        ("English texts never load the analyser", not loaded),
        (">= 2,000 English articles/s", en_names >= 2000),
        (">= 2,000 Russian articles/s (warm)", ru_warm >= 2000),
        ("every Russian case form found, no one else", recall == 1 and got <= expected),
    ]
    for label, ok in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {label}")


CYR = str.maketrans(
    {
        "a": "а", "b": "б", "d": "д", "e": "е", "g": "г", "i": "и", "k": "к", "l": "л",
        "m": "м", "n": "н", "o": "о", "r": "р", "s": "с", "t": "т", "u": "у", "y": "й",
        "z": "з", "h": "х", "v": "в", "f": "ф", "p": "п", "c": "ц", "j": "ж",
    }
)  # fmt: skip


if __name__ == "__main__":
    main()
