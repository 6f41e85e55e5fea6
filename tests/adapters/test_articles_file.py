"""Reading articles for `monitor scan`: good lines become articles, bad ones say why and where."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.adapters.articles_file import BadLine, parse_published, read_articles
from monitor.core.types import Article


def line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False) + "\n"


PAROLE = line(
    id="tca-2019-07-24",
    title="Dzhakishev denied parole",
    text="A court in Semey rejected Mukhtar Dzhakishev's request for parole.",
    published="2019-07-24",
    url="https://timesca.com/dzhakishev-parole/",
)


def test_each_line_becomes_an_article() -> None:
    (article,) = read_articles([PAROLE])

    assert article == Article(
        id="tca-2019-07-24",
        title="Dzhakishev denied parole",
        text="A court in Semey rejected Mukhtar Dzhakishev's request for parole.",
        published=datetime(2019, 7, 24, tzinfo=UTC),
        url="https://timesca.com/dzhakishev-parole/",
    )


def test_published_and_url_are_optional() -> None:
    (article,) = read_articles([line(id="a", title="Kozlov freed", text="Vladimir Kozlov ...")])

    assert isinstance(article, Article)
    assert article.published is None
    assert article.url is None
    assert article.lang is None


def test_a_declared_language_is_kept() -> None:
    (article,) = read_articles([line(id="a", title="Суд", text="Орлов осуждён.", lang="ru")])

    assert isinstance(article, Article)
    assert article.lang == "ru"


def test_blank_lines_are_skipped_but_still_counted() -> None:
    items = list(read_articles(["\n", PAROLE, "   \n", "{oops\n"]))

    assert [type(i).__name__ for i in items] == ["Article", "BadLine"]
    assert isinstance(items[1], BadLine)
    assert items[1].line_number == 4


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{oops", "not JSON"),
        ("Kozlov was freed", "not JSON"),
        ("[" * 100_000, "not JSON"),
        ('["a", "b"]', "expected a JSON object"),
        ("42", "expected a JSON object"),
        (line(title="t", text="x"), "'id' must be a string"),
        (line(id=7, title="t", text="x"), "'id' must be a string"),
        (line(id="a", text="x"), "'title' must be a string"),
        (line(id="a", title="t", text=None), "'text' must be a string"),
        (line(id="a", title="t", text="x", url=["https://a.example"]), "'url' must be a string"),
        (line(id="a", title="t", text="x", lang=7), "'lang' must be a string"),
        (line(id="a", title="t", text="x", published="last Tuesday"), "'published' is not a date"),
        (line(id="a", title="t", text="x", published=20190724), "'published' must be a date"),
        (line(id="a", title="t", text="x", published="2019-02-30"), "'published' is not a date"),
        (line(id="a", title="t", text="x", published="0001-01-01T00:00+05:00"), "out of range"),
    ],
    ids=[
        "broken-json",
        "plain-text",
        "nested-too-deeply",
        "a-list",
        "a-number",
        "no-id",
        "numeric-id",
        "no-title",
        "null-text",
        "url-a-list",
        "lang-a-number",
        "published-in-words",
        "published-a-number",
        "published-an-impossible-date",
        "published-before-year-one",
    ],
)
def test_a_bad_line_says_what_is_wrong_and_reading_goes_on(text: str, message: str) -> None:
    first, second = read_articles([text, PAROLE])

    assert isinstance(first, BadLine)
    assert first.line_number == 1
    assert message in first.message
    assert isinstance(second, Article)


def test_line_numbers_count_from_one_in_the_file() -> None:
    lines = [PAROLE, "not json\n", PAROLE, "\n", "[]\n"]

    bad = [item.line_number for item in read_articles(lines) if isinstance(item, BadLine)]

    assert bad == [2, 5]


def test_a_byte_order_mark_on_the_first_line_is_not_an_error() -> None:
    (article,) = read_articles(["\ufeff" + PAROLE])

    assert isinstance(article, Article)
    assert article.id == "tca-2019-07-24"


@settings(max_examples=200)
@given(st.lists(st.text(max_size=40), max_size=6))
def test_any_text_gives_articles_or_bad_lines_never_an_exception(lines: list[str]) -> None:
    items = list(read_articles(lines))

    assert all(isinstance(i, Article | BadLine) for i in items)
    numbers = [i.line_number for i in items if isinstance(i, BadLine)]
    assert numbers == sorted(set(numbers))
    assert all(1 <= n <= len(lines) for n in numbers)


# --- publication dates ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-07-24", datetime(2019, 7, 24, tzinfo=UTC)),
        ("2019-07-24T15:30:00", datetime(2019, 7, 24, 15, 30, tzinfo=UTC)),
        ("2019-07-24T15:30:00Z", datetime(2019, 7, 24, 15, 30, tzinfo=UTC)),
        ("2019-07-24T21:30:00+06:00", datetime(2019, 7, 24, 15, 30, tzinfo=UTC)),
        (" 2019-07-24 ", datetime(2019, 7, 24, tzinfo=UTC)),
        (None, None),
        ("", None),
    ],
    ids=[
        "date",
        "naive-datetime-taken-as-utc",
        "zulu",
        "almaty-offset",
        "padded",
        "absent",
        "empty",
    ],
)
def test_a_publication_date_is_read_as_utc(value: str | None, expected: datetime | None) -> None:
    assert parse_published(value) == expected


@given(
    st.datetimes(
        min_value=datetime(2, 1, 1),
        max_value=datetime(9998, 12, 31),
        timezones=st.sampled_from(
            [UTC, timezone(timedelta(hours=5)), timezone(-timedelta(hours=9, minutes=30))]
        ),
    )
)
def test_any_iso_datetime_comes_back_as_the_same_instant_in_utc(moment: datetime) -> None:
    parsed = parse_published(moment.isoformat())

    assert parsed == moment
    assert parsed is not None and parsed.utcoffset() == timedelta(0)


any_published = (
    st.none()
    | st.text(max_size=30)
    | st.integers()
    | st.dates().map(str)
    | st.datetimes(timezones=st.none() | st.timezones()).map(datetime.isoformat)
)


@settings(max_examples=200)
@given(st.text(max_size=10), any_published, st.none() | st.text(max_size=10) | st.integers())
def test_any_published_value_gives_an_article_or_a_bad_line(
    title: str, published: object, url: object
) -> None:
    (item,) = read_articles([line(id="a", title=title, text="", published=published, url=url)])

    if isinstance(item, Article):
        assert item.published is None or item.published.utcoffset() == timedelta(0)
    else:
        assert "'published'" in item.message or "'url'" in item.message
