"""`monitor poll --once` end to end: loopback feeds, a real database, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from monitor.adapters.db.tables import ArticleRow, FeedEntryRow, MatchRow
from tests.cli_runs import monitor
from tests.http_feeds import FeedServer, rss

PEOPLE = """
people:
  - id: kozlov-vladimir
    name: Vladimir Kozlov
    status: imprisoned
  - id: bilash-serikzhan
    name: Serikzhan Bilash
"""


@pytest.fixture
def server() -> FeedServer:
    with FeedServer() as running:
        running.route(
            "/one.rss",
            body=rss(("k1", "Kozlov walks free", "Vladimir Kozlov was freed this morning.")),
            etag='"one-v1"',
        )
        running.route(
            "/two.rss",
            body=rss(
                ("b1", "Court hears Bilash", "Serikzhan Bilash spoke at his trial."),
                ("w1", "Weather", "Rain is expected over the steppe."),
            ),
            last_modified="Mon, 02 Mar 2026 09:00:00 GMT",
        )
        running.route("/broken.rss", status=500, body=b"internal error")
        yield running  # type: ignore[misc]


def write_watchlist(tmp_path: Path, server: FeedServer, *paths: str) -> Path:
    feeds = "".join(f"\n  - url: {server.url(p)}" for p in paths)
    path = tmp_path / "watchlist.yaml"
    path.write_text(PEOPLE + "feeds:" + feeds + "\n")
    return path


def count(database_url: str, table: type) -> int:
    engine = create_engine(database_url)
    with engine.connect() as connection:
        found = connection.execute(select(func.count()).select_from(table)).scalar_one()
    engine.dispose()
    return int(found)


def test_a_poll_stores_matches_names_the_failure_and_repeats_nothing(
    tmp_path: Path,
    server: FeedServer,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    watchlist = str(write_watchlist(tmp_path, server, "/one.rss", "/two.rss", "/broken.rss"))
    status, out, _ = monitor(
        ["poll", "--once", "--watchlist", watchlist], database_url, capsys, monkeypatch
    )
    assert status == 0
    assert "Vladimir Kozlov" in out and "Serikzhan Bilash" in out
    assert "http_5xx: HTTP 500" in out
    assert (count(database_url, ArticleRow), count(database_url, MatchRow)) == (3, 2)

    status, out, _ = monitor(
        ["feeds", "--format", "json", "--watchlist", watchlist], database_url, capsys, monkeypatch
    )
    feeds = {f["url"]: f for f in json.loads(out)}
    broken = feeds[server.url("/broken.rss")]
    assert (broken["last_status"], broken["error_reason"], broken["consecutive_failures"]) == (
        "error",
        "http_5xx",
        1,
    )
    assert broken["last_success_at"] is None and broken["next_poll_at"] is not None
    assert feeds[server.url("/one.rss")]["last_status"] == "ok"

    status, out, _ = monitor(
        ["poll", "--once", "--watchlist", watchlist], database_url, capsys, monkeypatch
    )
    assert status == 0
    assert out.count("not modified") == 2
    assert server.requests("/one.rss")[-1].headers["if-none-match"] == '"one-v1"'
    assert (
        server.requests("/two.rss")[-1].headers["if-modified-since"]
        == "Mon, 02 Mar 2026 09:00:00 GMT"
    )
    assert (count(database_url, ArticleRow), count(database_url, MatchRow)) == (3, 2)

    status, out, _ = monitor(
        ["matches", "--format", "json", "--watchlist", watchlist], database_url, capsys, monkeypatch
    )
    matches = json.loads(out)
    assert {m["person_id"] for m in matches} == {"kozlov-vladimir", "bilash-serikzhan"}
    kozlov = next(m for m in matches if m["person_id"] == "kozlov-vladimir")
    assert kozlov["matched_text"] == "Vladimir Kozlov"
    assert kozlov["feed_url"] == server.url("/one.rss")
    assert kozlov["article_url"] == "https://news.example.org/k1"  # tracking removed
    assert isinstance(kozlov["events"], list)
    # the title's "Kozlov" counts because the text names him in full
    assert [m["text"] for m in kozlov["mentions"]] == ["Kozlov", "Vladimir Kozlov"]
    for key in ("id", "person_name", "article_title", "published", "created_at", "review_state"):
        assert key in kozlov


def test_the_same_story_from_another_feed_is_stored_once(
    tmp_path: Path,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = ("k1", "Kozlov walks free", "Vladimir Kozlov was freed this morning.")
    with FeedServer() as server:
        server.route("/a.rss", body=rss(story))
        server.route("/b.rss", body=rss(("other-guid", *story[1:])))  # another link, same text
        watchlist = str(write_watchlist(tmp_path, server, "/a.rss", "/b.rss"))
        status, _, _ = monitor(
            ["poll", "--once", "--watchlist", watchlist], database_url, capsys, monkeypatch
        )
    assert status == 0
    assert (count(database_url, ArticleRow), count(database_url, MatchRow)) == (1, 1)
    assert count(database_url, FeedEntryRow) == 2  # both feeds remember they carried it


def test_every_feed_failing_exits_1(
    tmp_path: Path,
    server: FeedServer,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    watchlist = str(write_watchlist(tmp_path, server, "/broken.rss", "/missing.rss"))
    status, out, _ = monitor(
        ["poll", "--once", "--watchlist", watchlist], database_url, capsys, monkeypatch
    )
    assert status == 1
    assert "not_found" in out and "http_5xx" in out


def test_a_broken_watchlist_is_refused_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    watchlist = tmp_path / "watchlist.yaml"
    watchlist.write_text(
        "people:\n  - id: kozlov-vladimir\n    name: Vladimir Kozlov\n"
        "  - id: kozlov-vladimir\n    name: V. Kozlov\n    stauts: free\n"
    )
    database = tmp_path / "monitor.db"
    for command in (["poll", "--once"], ["check"], ["matches"], ["feeds"], ["db", "upgrade"]):
        status, _, err = monitor(
            [*command, "--watchlist", str(watchlist)], f"sqlite:///{database}", capsys, monkeypatch
        )
        assert status == 2, command
        assert "people[1].id (line 4): duplicate 'kozlov-vladimir'" in err
        assert "people[1].stauts (line 6): unknown key" in err
    assert not database.exists()


def test_the_bundled_example_runs_offline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    example = Path(__file__).resolve().parents[2] / "examples" / "watchlist.yaml"
    status, out, _ = monitor(
        ["poll", "--once", "--watchlist", str(example)],
        f"sqlite:///{tmp_path}/m.db",
        capsys,
        monkeypatch,
    )
    assert status == 0
    assert "2 new entries" in out
    assert "Mukhtar Dzhakishev" in out and "Yerlan Baltabay" in out


def test_matches_carry_the_language_declared_by_the_feed_or_detected(
    tmp_path: Path,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    russian = ("r1", "Суд в Алма-Ате", "Vladimir Kozlov, как сообщил адвокат, вышел на свободу.")
    german = (
        "g1",
        "Urteil",
        "Das Gericht hat Vladimir Kozlov nicht freigelassen, sagte der Anwalt.",
    )
    english = ("e1", "Kozlov freed", "Vladimir Kozlov was freed this morning.")
    with FeedServer() as server:
        server.route("/ru.rss", body=rss(russian))
        server.route("/de.rss", body=rss(german))
        server.route("/en.rss", body=rss(english))
        declared = rss(("u1", "Суд", "Vladimir Kozlov, як повідомив адвокат, на волі."))
        server.route(
            "/uk.rss", body=declared.replace(b"<channel>", b"<channel><language>uk-UA</language>")
        )
        path = tmp_path / "watchlist.yaml"
        path.write_text(
            PEOPLE
            + f"feeds:\n  - url: {server.url('/ru.rss')}\n    lang: ru\n"
            + f"  - url: {server.url('/de.rss')}\n  - url: {server.url('/en.rss')}\n"
            + f"  - url: {server.url('/uk.rss')}\n"
        )
        status, _, _ = monitor(
            ["poll", "--once", "--watchlist", str(path)], database_url, capsys, monkeypatch
        )
        assert status == 0
        status, out, _ = monitor(
            ["matches", "--format", "json", "--watchlist", str(path)],
            database_url,
            capsys,
            monkeypatch,
        )
    by_feed = {m["feed_url"].rsplit("/", 1)[-1]: m for m in json.loads(out)}
    assert {name: m["lang"] for name, m in by_feed.items()} == {
        "ru.rss": "ru",
        "de.rss": "de",
        "en.rss": "en",
        "uk.rss": "uk",  # as the feed document declares it
    }
    assert [e["type"] for e in by_feed["ru.rss"]["events"]] == ["released"]
    assert by_feed["de.rss"]["events"] == []  # German is searched for names, not read
