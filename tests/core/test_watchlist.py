"""Watchlist validation: every problem is listed with where it is, and nothing is guessed."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.core import watchlist as watchlist_module
from monitor.core.types import FeedConfig, FullTextMode, Person, Status, Watchlist
from monitor.core.watchlist import parse_watchlist
from monitor.errors import Problem

BASE_DIR = "/srv/case-monitor"
KOZLOV = {"id": "kozlov-vladimir", "name": "Vladimir Kozlov"}
DZHAKISHEV = {"id": "dzhakishev-mukhtar", "name": "Mukhtar Dzhakishev"}


def parse(
    data: object, environ: dict[str, str] | None = None, **kwargs: Any
) -> tuple[Watchlist | None, list[Problem]]:
    return parse_watchlist(data, environ=environ or {}, base_dir=BASE_DIR, **kwargs)


def valid(data: object, environ: dict[str, str] | None = None) -> Watchlist:
    watchlist, problems = parse(data, environ)
    assert problems == []
    assert watchlist is not None
    return watchlist


def problems_of(data: object, environ: dict[str, str] | None = None) -> dict[str, str]:
    """Location → message of every problem; the watchlist must have been refused."""
    watchlist, problems = parse(data, environ)
    assert watchlist is None
    assert problems, "a refused watchlist must say why"
    return {p.location: p.message for p in problems}


def with_people(*extra: dict[str, Any], **sections: Any) -> dict[str, Any]:
    return {"people": [dict(KOZLOV), *extra], **sections}


# --- what a valid watchlist becomes ---------------------------------------------------


def test_a_file_with_only_people_is_valid() -> None:
    watchlist = valid({"people": [KOZLOV]})

    assert watchlist.people == (Person(id="kozlov-vladimir", name="Vladimir Kozlov"),)
    assert watchlist.feeds == ()
    assert watchlist.alerts == ()


def test_a_person_keeps_aliases_status_tags_and_matching_hints() -> None:
    person = {
        "id": "dzhakishev-mukhtar",
        "name": "  Mukhtar Dzhakishev ",
        "aliases": ["Мухтар Джакишев", "Mukhtar Djakishev"],
        "status": "imprisoned",
        "tags": ["kazakhstan", "kazatomprom"],
        "context": ["uranium"],
        "exclude": ["Mukhtar Dzhakishev Street"],
        "distinctive": True,
    }

    (found,) = valid({"people": [person]}).people

    assert found == Person(
        id="dzhakishev-mukhtar",
        name="Mukhtar Dzhakishev",
        aliases=("Мухтар Джакишев", "Mukhtar Djakishev"),
        status=Status.IMPRISONED,
        tags=("kazakhstan", "kazatomprom"),
        context=("uranium",),
        exclude=("Mukhtar Dzhakishev Street",),
        distinctive=True,
    )


def test_a_single_alias_may_be_written_as_plain_text() -> None:
    (found,) = valid({"people": [KOZLOV | {"aliases": "Владимир Козлов"}]}).people

    assert found.aliases == ("Владимир Козлов",)


def test_people_keep_the_order_of_the_file() -> None:
    watchlist = valid({"people": [DZHAKISHEV, KOZLOV]})

    assert [p.id for p in watchlist.people] == ["dzhakishev-mukhtar", "kozlov-vladimir"]


@pytest.mark.parametrize("status", [s.value for s in Status], ids=str)
def test_every_documented_status_is_accepted(status: str) -> None:
    (found,) = valid({"people": [KOZLOV | {"status": status}]}).people

    assert found.status == Status(status)


def test_alert_routes_are_read_with_their_secrets_from_the_environment() -> None:
    data = with_people(
        alerts=[
            {
                "name": "staff-email",
                "email": {"to": ["desk@example.org"], "smtp_url": "${SMTP_URL}"},
            },
            {
                "name": "hook",
                "webhook": {"url": "${HOOK_URL}", "secret": "${HOOK_SECRET}"},
            },
        ]
    )
    environ = {
        "SMTP_URL": "smtp://mail.example.org:25",
        "HOOK_URL": "https://hooks.example.org/in",
        "HOOK_SECRET": "s3cret-from-env",
    }

    email, hook = valid(data, environ).alerts

    assert (email.name, email.channel) == ("staff-email", "email")
    assert email.settings["to"] == ("desk@example.org",)
    assert email.settings["smtp_url"] == "smtp://mail.example.org:25"
    assert (hook.name, hook.channel) == ("hook", "webhook")
    assert hook.settings["url"] == "https://hooks.example.org/in"
    assert hook.settings["secret"] == "s3cret-from-env"
    assert hook.settings["format"] == "json"


def test_an_environment_variable_may_be_part_of_a_longer_text() -> None:
    data = with_people(alerts=[{"name": "notify", "apprise": "tgram://${BOT_TOKEN}/12345"}])

    (route,) = valid(data, {"BOT_TOKEN": "abc"}).alerts

    assert route.settings["url"] == "tgram://abc/12345"


# --- feeds ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("interval", "seconds"),
    [
        ("15m", 15 * 60),
        ("1h", 3600),
        ("1h30m", 5400),
        ("1h 30m", 5400),
        ("90s", 90),
        ("2h5m10s", 2 * 3600 + 5 * 60 + 10),
        (600, 600),
        (None, 15 * 60),
    ],
    ids=[
        "minutes",
        "hours",
        "hours-and-minutes",
        "with-a-space",
        "seconds",
        "all-three",
        "integer-seconds",
        "default-15-minutes",
    ],
)
def test_a_feed_interval_is_read_as_a_duration(interval: object, seconds: int) -> None:
    feed = {"url": "https://www.rferl.org/api/zrqiteuuir"}
    if interval is not None:
        feed["interval"] = interval

    (found,) = valid(with_people(feeds=[feed])).feeds

    assert found.interval_seconds == seconds


@pytest.mark.parametrize(
    "interval",
    ["fast", "15", "m", "0m", "-5m", "15 minutes", 0, -60, 1.5, True, ["15m"]],
    ids=[
        "a-word",
        "digits-without-unit",
        "unit-without-digits",
        "zero-minutes",
        "negative-text",
        "unit-spelled-out",
        "zero",
        "negative",
        "a-fraction",
        "a-boolean",
        "a-list",
    ],
)
def test_a_feed_interval_that_is_not_a_positive_duration_is_refused(interval: object) -> None:
    data = with_people(feeds=[{"url": "https://eurasianet.org/rss", "interval": interval}])

    problems = problems_of(data)

    assert "not a duration" in problems["feeds[0].interval"]


def test_a_feed_may_be_given_as_a_bare_url() -> None:
    (feed,) = valid(with_people(feeds=["https://timesca.com/feed/"])).feeds

    assert feed == FeedConfig(
        url="https://timesca.com/feed/", interval_seconds=15 * 60, full_text=FullTextMode.AUTO
    )


@pytest.mark.parametrize(
    ("document", "environ", "modes"),
    [
        ({}, {}, ["auto", "auto"]),
        ({}, {"MONITOR_FULL_TEXT": "never"}, ["never", "always"]),
        ({"full_text": "always"}, {"MONITOR_FULL_TEXT": "never"}, ["always", "always"]),
    ],
    ids=["default-auto", "environment-default", "file-default-wins"],
)
def test_full_text_is_per_feed_with_a_default(
    document: dict[str, Any], environ: dict[str, str], modes: list[str]
) -> None:
    feeds = [
        "https://a.example.org/rss",
        {"url": "https://b.example.org/rss", "full_text": "always"},
    ]
    if not environ and not document:
        feeds[1] = "https://b.example.org/rss"
    found, problems = parse_watchlist(with_people(feeds=feeds) | document, environ=environ)
    assert problems == [] and found is not None
    assert [str(f.full_text) for f in found.feeds] == modes


def test_an_unknown_full_text_mode_is_a_problem() -> None:
    _, problems = parse_watchlist(
        with_people(feeds=[{"url": "https://a.example.org/rss", "full_text": "sometimes"}]),
        environ={},
    )
    assert "feeds[0].full_text: 'sometimes' is not a full_text mode" in str(problems[0])


def test_a_feed_may_declare_its_language() -> None:
    feeds = [{"url": "https://ovd.example.org/rss", "lang": "ru-RU"}, "https://a.example.org/rss"]

    found = valid(with_people(feeds=feeds)).feeds

    assert [f.lang for f in found] == ["ru", None]


def test_a_feed_language_that_is_not_a_code_is_a_problem() -> None:
    feeds = [{"url": "https://ovd.example.org/rss", "lang": "Russian language"}]

    assert "not a language code" in problems_of(with_people(feeds=feeds))["feeds[0].lang"]


@pytest.mark.parametrize(
    ("path", "url"),
    [
        ("examples/diplomat.atom", f"file://{BASE_DIR}/examples/diplomat.atom"),
        ("./feeds/../examples/tca.rss", f"file://{BASE_DIR}/examples/tca.rss"),
        ("/var/feeds/local.xml", "file:///var/feeds/local.xml"),
    ],
    ids=["relative-to-the-watchlist", "normalised", "absolute"],
)
def test_a_feed_path_becomes_a_file_url_beside_the_watchlist(path: str, url: str) -> None:
    (feed,) = valid(with_people(feeds=[{"path": path}])).feeds

    assert feed.url == url


# --- refusals: one table, each with the location it must name ---------------------------

INVALID = [
    pytest.param(["people"], "watchlist", "expected a mapping", id="top-level-list"),
    pytest.param({}, "people", "required", id="no-people"),
    pytest.param({"people": []}, "people", "required", id="empty-people"),
    pytest.param({"people": "Vladimir Kozlov"}, "people", "expected a list", id="people-as-text"),
    pytest.param({"people": ["kozlov"]}, "people[0]", "expected a mapping", id="person-as-text"),
    pytest.param(with_people(feed=[]), "watchlist.feed", "unknown key", id="typo-at-top"),
    pytest.param(
        {"people": [{"name": "Vladimir Kozlov"}]}, "people[0].id", "required", id="missing-id"
    ),
    pytest.param(
        {"people": [{"id": "kozlov-vladimir"}]}, "people[0].name", "required", id="missing-name"
    ),
    pytest.param(
        {"people": [{"id": "Kozlov_Vladimir", "name": "Vladimir Kozlov"}]},
        "people[0].id",
        "not a slug",
        id="id-not-a-slug",
    ),
    pytest.param(
        {"people": [{"id": 42, "name": "Vladimir Kozlov"}]},
        "people[0].id",
        "expected non-empty text",
        id="id-a-number",
    ),
    pytest.param(
        {"people": [KOZLOV | {"nmae": "Kozlov"}]},
        "people[0].nmae",
        "unknown key",
        id="typo-in-person",
    ),
    pytest.param(
        {"people": [KOZLOV | {"status": "jailed"}]},
        "people[0].status",
        "unknown status",
        id="unknown-status",
    ),
    pytest.param(
        {"people": [KOZLOV | {"distinctive": "yes"}]},
        "people[0].distinctive",
        "true or false",
        id="distinctive-not-boolean",
    ),
    pytest.param(
        {"people": [KOZLOV | {"aliases": ["Козлов", 7]}]},
        "people[0].aliases[1]",
        "expected non-empty text",
        id="alias-a-number",
    ),
    pytest.param(
        {"people": [KOZLOV | {"tags": {"country": "kz"}}]},
        "people[0].tags",
        "expected a list of text",
        id="tags-a-mapping",
    ),
    pytest.param(
        {"people": [KOZLOV, KOZLOV | {"name": "V. Kozlov"}]},
        "people[1].id",
        "duplicate 'kozlov-vladimir'",
        id="duplicate-id",
    ),
    pytest.param(with_people(feeds={"url": "x"}), "feeds", "expected a list", id="feeds-mapping"),
    pytest.param(
        with_people(feeds=[{"url": "https://a.example/rss", "path": "a.xml"}]),
        "feeds[0]",
        "exactly one of url",
        id="feed-with-url-and-path",
    ),
    pytest.param(
        with_people(feeds=[{"interval": "15m"}]),
        "feeds[0]",
        "exactly one of url",
        id="feed-with-neither",
    ),
    pytest.param(
        with_people(feeds=[{"url": "ftp://files.example.org/feed.xml"}]),
        "feeds[0].url",
        "not an http(s) URL",
        id="feed-not-http",
    ),
    pytest.param(
        with_people(feeds=[{"url": "https://a.example/rss", "every": "15m"}]),
        "feeds[0].every",
        "unknown key",
        id="typo-in-feed",
    ),
    pytest.param(
        with_people(feeds=["https://a.example/rss", {"url": "https://a.example/rss"}]),
        "feeds[1].url",
        "duplicate 'https://a.example/rss'",
        id="duplicate-feed",
    ),
    pytest.param(
        with_people(alerts=[{"name": "both", "apprise": "x://y", "email": {}}]),
        "alerts[0]",
        "exactly one channel",
        id="route-with-two-channels",
    ),
    pytest.param(
        with_people(alerts=[{"name": "none"}]),
        "alerts[0]",
        "exactly one channel",
        id="route-with-no-channel",
    ),
    pytest.param(
        with_people(alerts=[{"apprise": "x://y"}]), "alerts[0].name", "required", id="no-name"
    ),
    pytest.param(
        with_people(alerts=[{"name": "a", "apprise": "x://y"}, {"name": "a", "apprise": "z://"}]),
        "alerts[1].name",
        "duplicate 'a'",
        id="duplicate-route",
    ),
    pytest.param(
        with_people(alerts=[{"name": "mail", "email": {"smtp_url": "smtp://m.example"}}]),
        "alerts[0].email.to",
        "at least one address",
        id="email-without-recipients",
    ),
    pytest.param(
        with_people(
            alerts=[{"name": "mail", "email": {"to": ["a@example.org"], "smtp_url": "mail.x"}}]
        ),
        "alerts[0].email.smtp_url",
        "smtp://",
        id="email-server-not-smtp",
    ),
    pytest.param(
        with_people(
            alerts=[
                {"name": "mail", "email": {"to": "a@example.org", "smtp_url": "smtp://m"}},
                {"name": "m2", "email": {"to": "b@example.org", "smtp": "smtp://m"}},
            ]
        ),
        "alerts[1].email.smtp",
        "unknown key",
        id="typo-in-email",
    ),
    pytest.param(
        with_people(
            alerts=[{"name": "hook", "webhook": {"url": "https://h.example", "secret": "hunter2"}}]
        ),
        "alerts[0].webhook.secret",
        "${ENV_VAR}",
        id="literal-webhook-secret",
    ),
    pytest.param(
        with_people(alerts=[{"name": "hook", "webhook": {"url": "mailto:x@example.org"}}]),
        "alerts[0].webhook.url",
        "not an http(s) URL",
        id="webhook-not-http",
    ),
    pytest.param(
        with_people(alerts=[{"name": "hook", "webhook": {"url": "https://h", "format": "xml"}}]),
        "alerts[0].webhook.format",
        "unknown format",
        id="unknown-webhook-format",
    ),
    pytest.param(
        with_people(alerts=[{"name": "hook", "webhook": {"url": "https://h", "format": ["j"]}}]),
        "alerts[0].webhook.format",
        "unknown format",
        id="webhook-format-a-list",
    ),
]


@pytest.mark.parametrize(("data", "location", "message"), INVALID)
def test_an_invalid_watchlist_is_refused_naming_where(
    data: object, location: str, message: str
) -> None:
    problems = problems_of(data)

    assert location in problems, problems
    assert message in problems[location]


def test_every_problem_is_listed_at_once() -> None:
    data = {
        "people": [
            {"id": "Kozlov", "name": "Vladimir Kozlov"},
            {"id": "dzhakishev-mukhtar"},
            KOZLOV,
            KOZLOV | {"name": "Vladimir A. Kozlov"},
        ],
        "feeds": [{"url": "gopher://old.example"}, {"url": "https://a.example", "interval": "x"}],
        "alerts": [{"name": "hook", "webhook": {"url": "https://h.example", "secret": "plain"}}],
        "extras": True,
    }

    problems = problems_of(data)

    assert set(problems) == {
        "watchlist.extras",
        "people[0].id",
        "people[1].name",
        "people[3].id",
        "feeds[0].url",
        "feeds[1].interval",
        "alerts[0].webhook.secret",
    }


def test_a_person_without_an_id_still_has_the_rest_of_their_entry_checked() -> None:
    problems = problems_of({"people": [{"name": "Vladimir Kozlov", "aliases": 3}]})

    assert set(problems) == {"people[0].id", "people[0].aliases"}


# --- environment variables ------------------------------------------------------------


def test_an_unset_environment_variable_is_a_problem_naming_it() -> None:
    data = with_people(feeds=["https://news.example.org/rss?key=${NEWS_KEY}"])

    problems = problems_of(data, environ={"OTHER": "x"})

    assert problems == {"feeds[0].url": "environment variable NEWS_KEY is not set"}


def test_an_alert_channels_unset_variable_is_kept_for_the_commands_that_send() -> None:
    data = with_people(alerts=[{"name": "hook", "webhook": {"url": "${HOOK_URL}"}}])

    watchlist = valid(data, environ={"OTHER": "x"})

    assert [(p.location, p.message) for p in watchlist.alert_problems] == [
        (
            "alerts[0].webhook.url",
            "environment variable HOOK_URL is not set (route 'hook' needs it to send alerts)",
        )
    ]
    assert watchlist.alerts[0].name == "hook"


def test_an_invalid_file_lists_the_alert_channels_unset_variables_too() -> None:
    data = with_people(
        {"id": "Bad Id", "name": "Someone"},
        alerts=[{"name": "hook", "webhook": {"url": "${HOOK_URL}"}}],
    )

    problems = problems_of(data)

    assert set(problems) == {"people[1].id", "alerts[0].webhook.url"}


def test_values_from_the_environment_are_remembered_as_secrets_and_never_quoted() -> None:
    data = with_people(
        feeds=[
            "https://news.example.org/rss?q=court&api_key=${NEWS_KEY}",
            "https://news.example.org/rss?q=court&api_key=${NEWS_KEY}",
        ],
        alerts=[{"name": "mail", "email": {"to": "a@example.org", "smtp_url": "${SMTP_URL}"}}],
    )
    environ = {"NEWS_KEY": "n3ws-k3y-value", "SMTP_URL": "smtp://me:pa/ss@mail.example.org"}

    watchlist, problems = parse(data, environ)
    assert watchlist is None  # the two feeds are the same
    assert [p.message for p in problems] == [
        "duplicate 'https://news.example.org/rss?q=court&api_key=***'"
    ]
    del data["feeds"][1]
    secrets = valid(data, environ).secrets

    assert {"n3ws-k3y-value", "pa/ss"} <= secrets
    assert not any("mail.example.org" in s for s in secrets)  # the server is no secret
    assert "a@example.org" not in secrets  # recipients are not secrets


def test_variables_are_read_only_from_the_environment_handed_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CASE_MONITOR_TEST_SMTP", "smtp://from-process.example")
    data = with_people(
        alerts=[
            {"name": "m", "email": {"to": "a@example.org", "smtp_url": "${CASE_MONITOR_TEST_SMTP}"}}
        ]
    )

    problems = valid(data, environ={}).alert_problems

    assert "CASE_MONITOR_TEST_SMTP is not set" in problems[0].message


@pytest.mark.parametrize("value", ["", "   "], ids=["empty", "blank"])
def test_a_variable_set_to_nothing_is_refused_rather_than_dropping_the_person(
    value: str,
) -> None:
    data = {"people": [{"id": "${PERSON_ID}", "name": "Vladimir Kozlov"}]}

    problems = problems_of(data, environ={"PERSON_ID": value})

    assert problems == {"people[0].id": "empty once environment variables are substituted"}


# --- line numbers ---------------------------------------------------------------------


def test_a_problem_carries_the_line_the_file_gives_for_its_location() -> None:
    data = {"people": [KOZLOV, KOZLOV]}
    lines = {"people[0]": 2, "people[1]": 4, "people[1].id": 4, "people[1].name": 5}

    _, problems = parse(data, lines=lines)

    assert [str(p) for p in problems] == ["people[1].id (line 4): duplicate 'kozlov-vladimir'"]


def test_a_problem_without_a_line_of_its_own_takes_its_items_line() -> None:
    data = {"people": [{"id": "kozlov-vladimir"}]}

    _, problems = parse(data, lines={"people[0]": 7})

    assert [(p.location, p.line) for p in problems] == [("people[0].name", 7)]


# --- never raises ---------------------------------------------------------------------

KEYS = [
    "people",
    "feeds",
    "alerts",
    "id",
    "name",
    "aliases",
    "status",
    "tags",
    "context",
    "exclude",
    "distinctive",
    "url",
    "path",
    "interval",
    "email",
    "webhook",
    "apprise",
    "to",
    "smtp_url",
    "from",
    "secret",
    "format",
    "events",
    "status_changes",
    "digest",
    "timezone",
    "remind_after",
]
TEXTS = [
    "kozlov-vladimir",
    "Vladimir Kozlov",
    "detained",
    "15m",
    "https://a.example/rss",
    "smtp://mail.example",
    "${SECRET}",
    "${UNSET}",
    "json",
    "08:00",
    "Asia/Almaty",
    "",
]
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**40), max_value=2**40)
    | st.floats(allow_nan=True)
    | st.sampled_from(TEXTS)
    | st.text(max_size=12)
)
documents = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=6), inner, max_size=6)
    ),
    max_leaves=40,
)


@settings(max_examples=200)
@given(documents)
def test_any_document_gives_a_watchlist_or_problems_never_an_exception(data: object) -> None:
    watchlist, problems = parse(data, environ={"SECRET": "s3cret", "EMPTY": ""})

    assert (watchlist is None) == bool(problems)
    assert all(isinstance(p, Problem) and p.location and p.message for p in problems)
    if watchlist is not None:
        assert watchlist.people
        assert all(isinstance(p, Person) for p in watchlist.people)
        assert all(isinstance(f, FeedConfig) for f in watchlist.feeds)
        assert None not in watchlist.alerts


def mostly(*choices: object) -> st.SearchStrategy[Any]:
    """One of ``choices`` most of the time, anything at all now and then."""
    return st.one_of(st.sampled_from(choices), st.sampled_from(choices), scalars)


ENVIRON = {"SECRET": "s3cret", "EMPTY": "", "BLANK": "  "}
ids = mostly("kozlov-vladimir", "dzhakishev-mukhtar", "bilash-serikzhan", "${EMPTY}", "${SECRET}")
names = mostly("Vladimir Kozlov", "Mukhtar Dzhakishev", "Козлов", "${BLANK}", "${UNSET}")
nearly_valid_people = st.lists(
    st.fixed_dictionaries(
        {"id": ids, "name": names},
        optional={
            "aliases": st.lists(names, max_size=2) | names,
            "status": mostly("detained", "imprisoned", "free"),
            "tags": st.lists(mostly("kazakhstan", "${EMPTY}"), max_size=2),
            "distinctive": mostly(True, False),
        },
    ),
    min_size=1,
    max_size=3,
)
nearly_valid_feeds = st.lists(
    mostly(
        "https://a.example/rss",
        "https://b.example/rss",
        {"url": "${EMPTY}"},
        {"path": "${BLANK}"},
        {"path": "feeds/local.xml", "interval": "1h"},
    ),
    max_size=3,
)
nearly_valid_routes = st.lists(
    st.fixed_dictionaries(
        {"name": mostly("desk", "hook", "${EMPTY}")},
        optional={
            "apprise": mostly("tgram://${SECRET}/1", "${EMPTY}"),
            "webhook": st.fixed_dictionaries(
                {"url": mostly("https://hooks.example.org", "${EMPTY}")},
                optional={
                    "secret": mostly("${SECRET}", "${EMPTY}"),
                    "format": mostly("json", "slack", ["json"], {"json": True}),
                },
            ),
            "email": st.fixed_dictionaries(
                {"to": mostly(["desk@example.org"], "${EMPTY}"), "smtp_url": mostly("smtp://m")}
            ),
        },
    ),
    max_size=2,
)


@settings(max_examples=300)
@given(nearly_valid_people, nearly_valid_feeds, nearly_valid_routes)
def test_a_nearly_valid_document_gives_a_complete_watchlist_or_problems(
    people: list[dict[str, Any]], feeds: list[object], routes: list[dict[str, Any]]
) -> None:
    data = {"people": people, "feeds": feeds, "alerts": routes}

    watchlist, problems = parse(data, ENVIRON)

    assert (watchlist is None) == bool(problems)
    if watchlist is not None:
        assert len(watchlist.people) == len(people)
        assert all(isinstance(p, Person) and p.id and p.name.strip() for p in watchlist.people)
        assert all(alias.strip() for p in watchlist.people for alias in p.aliases)
        assert len(watchlist.feeds) == len(feeds)
        assert all(f.url.startswith(("https://", "file:///")) for f in watchlist.feeds)
        assert len(watchlist.alerts) == len(routes)
        assert all(r.name and r.settings for r in watchlist.alerts)


# People read all at once (``plain_people``) or one by one (``check_person``): the same people.
PLAIN_PEOPLE = [
    {"id": "kozlov-vladimir", "name": "Vladimir Kozlov", "aliases": ["Владимир Козлов"]},
    {"id": "p2", "name": "Agnes Chow", "status": "detained", "tags": ["hk"], "distinctive": True},
    {"id": "p3", "name": "Ayşe Çelik", "context": ["journalist"], "exclude": ["Ayşe Çelik FC"]},
    {"id": "p4", "name": "Madonna", "aliases": [], "distinctive": False},
]
NOT_PLAIN = {  # what each person is refused or read one by one for
    "an id that is not a slug": {"id": "Kozlov"},
    "an id on two lines": {"id": "p9\np10"},
    "an id with a line break after it": {"id": "p9\n"},
    "a name with spaces around it": {"name": " Ivan Petrov "},
    "a variable in a name": {"name": "${NAME}"},
    "an alias as null": {"aliases": None},
    "one alias as plain text": {"aliases": "Иван Петров"},
    "aliases as a tuple": {"aliases": ("Иван Петров",)},
    "an empty alias": {"aliases": [""]},
    "an alias that is a number": {"aliases": [12]},
    "an unknown key": {"nickname": "Vanya"},
    "an unknown status": {"status": "jailed"},
    "distinctive as text": {"distinctive": "yes"},
    "a list as the status": {"status": ["detained"]},
}


def test_plain_people_are_read_all_at_once_as_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    read = watchlist_module.plain_people(PLAIN_PEOPLE)
    monkeypatch.setattr(watchlist_module, "plain_people", lambda _: None)

    assert read is not None
    assert read == list(valid({"people": PLAIN_PEOPLE}).people)  # as ``check_person`` reads
    assert read[1].status is Status.DETAINED and read[1].distinctive is True
    assert read[0].aliases == ("Владимир Козлов",) and read[3].aliases == ()


@pytest.mark.parametrize("change", NOT_PLAIN.values(), ids=NOT_PLAIN.keys())
def test_a_person_not_plain_is_left_to_be_read_one_by_one(change: dict[str, object]) -> None:
    people = [*PLAIN_PEOPLE, {"id": "petrov-ivan", "name": "Ivan Petrov", **change}]

    assert watchlist_module.plain_people(people) is None
