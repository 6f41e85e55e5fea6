"""Validate a watchlist document (already read from YAML) into a Watchlist.

Every problem is collected with its location before anything is refused, so
users fix their file in one go. Unknown keys are errors: a typo must never
silently switch a feature off. ``${VAR}`` in any string is replaced from the
environment handed in; an unset variable is a problem.

Two things about those variables are kept on the watchlist:

- ``secrets``: every value a variable gave a feed URL or an alert channel's settings
  (and the password and secret parameters of a URL among them). Outputs mask them
  (``monitor.core.redact``), and so do this module's own problem messages.
- ``alert_problems``: an alert channel's unset variables. They do not make the file
  invalid, since only the commands that send alerts need them (``monitor poll``,
  ``run``, ``alerts send``, ``alerts test``, ``check``); read-only commands work without.
"""

from __future__ import annotations

import posixpath
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import time, timedelta
from itertools import chain, repeat
from operator import attrgetter, eq
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from monitor.core.languages import language_code
from monitor.core.redact import redact, secrets_of
from monitor.core.search_feeds import (
    DEFAULT_SEARCH_INTERVAL,
    PLACEHOLDERS,
    SearchTemplate,
    expand_searches,
)
from monitor.core.source_health import SourceHealthRules
from monitor.core.types import (
    AlertRoute,
    EventType,
    FeedConfig,
    FullTextMode,
    Person,
    Status,
    Watchlist,
)
from monitor.errors import Problem

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
DURATION = re.compile(r"^(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?$")

PERSON_KEYS = {"id", "name", "aliases", "status", "tags", "context", "exclude", "distinctive"}
FEED_KEYS = {"url", "path", "interval", "search", "full_text", "lang"}
SEARCH_KEYS = {"url", "every", "tags"}
FULL_TEXT_VARIABLE = "MONITOR_FULL_TEXT"  # the default of `full_text`, when the file gives none
# A route's keys: these, and its channel's (CHANNEL_CHECKS below)
ROUTE_OPTIONS = {
    "name",
    "people",
    "tags",
    "status_changes",
    "events",
    "min_confidence",
    "feed_health",
    "digest",
    "timezone",
    "remind_after",
}
CLOCK_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
EMAIL_KEYS = {"to", "smtp_url", "from"}
WEBHOOK_KEYS = {"url", "secret", "format"}
WEBHOOK_FORMATS = {"json", "slack"}
PERIOD = re.compile(r"^(?:(\d+)d)?\s*(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?$")
SOURCE_HEALTH_KEYS = {"route", "failing_after", "silent_after"}
DEFAULT_FAILING_AFTER = 24 * 3600
MAX_FAILING_AFTER = 30 * 86400
DEFAULT_SILENT_AFTER = 7 * 86400
MAX_SILENT_AFTER = 365 * 86400
DEFAULT_INTERVAL_SECONDS = 15 * 60
MAX_INTERVAL_SECONDS = 7 * 24 * 3600


class _Checker:
    """Collects problems while walking the document."""

    def __init__(self, lines: Mapping[str, int], environ: Mapping[str, str]) -> None:
        self.lines = lines
        self.environ = environ
        self.problems: list[Problem] = []
        self.alert_problems: list[Problem] = []  # unset variables of alert channels
        self.substituted: list[str] = []  # values variables gave secret-bearing settings
        self.sending_route: str | None = None  # the route whose channel is being checked

    @contextmanager
    def channel_of(self, route: str) -> Iterator[None]:
        """While checking ``route``'s channel, an unset variable is an alert problem."""
        self.sending_route = route
        try:
            yield
        finally:
            self.sending_route = None

    def problem(self, location: str, message: str) -> None:
        self.problems.append(self.located(location, message))

    def located(self, location: str, message: str) -> Problem:
        line = self.lines.get(location)
        if line is None and "." in location:  # fall back to the enclosing item's line
            line = self.lines.get(location.rsplit(".", 1)[0])
        return Problem(location, message, line)

    def mapping(self, value: object, location: str, allowed: set[str]) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.problem(location, f"expected a mapping, got {_kind(value)}")
            return None
        for key in value:
            if key not in allowed:
                known = ", ".join(sorted(allowed))
                self.problem(f"{location}.{key}", f"unknown key (allowed: {known})")
        return value

    def text(
        self, value: object, location: str, *, required: bool = False, secret: bool = False
    ) -> str | None:
        """Non-empty text, variables substituted; ``secret``: remember what they gave."""
        if value is None:
            if required:
                self.problem(location, "required")
            return None
        if type(value) is str and "$" not in value and (plain := value.strip()):
            return plain  # no variable to substitute: most texts of a large watchlist
        if not isinstance(value, str) or not value.strip():
            self.problem(location, f"expected non-empty text, got {_kind(value)}")
            return None
        known = len(self.problems) + len(self.alert_problems)
        resolved = self.resolve(value.strip(), location, secret=secret)
        if not resolved.strip():  # ${VAR} set to nothing: refuse rather than drop the item
            if len(self.problems) + len(self.alert_problems) == known:  # (reported already)
                self.problem(location, "empty once environment variables are substituted")
            return None
        return resolved

    def texts(self, value: object, location: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.problem(location, f"expected a list of text, got {_kind(value)}")
            return ()
        found = (self.text(item, f"{location}[{i}]", required=True) for i, item in enumerate(value))
        return tuple(t for t in found if t)

    def resolve(self, value: str, location: str, *, secret: bool = False) -> str:
        def substitute(m: re.Match[str]) -> str:
            name = m.group(1)
            if name not in self.environ:
                self.unset(name, location)
                return ""
            if secret:
                self.substituted.append(self.environ[name])
            return self.environ[name]

        return ENV_REF.sub(substitute, value)

    def unset(self, name: str, location: str) -> None:
        message = f"environment variable {name} is not set"
        if self.sending_route is None:
            self.problem(location, message)
            return
        needed = f"{message} (route '{self.sending_route}' needs it to send alerts)"
        self.alert_problems.append(self.located(location, needed))

    def each(self, value: object, location: str, check: Callable[[object, str], Any]) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(location, f"expected a list, got {_kind(value)}")
            return []
        return [check(item, f"{location}[{i}]") for i, item in enumerate(value)]

    def unique(self, items: list[tuple[str, str | None]], field: str) -> None:
        seen: set[str] = set()
        for location, value in items:
            if value is None:
                continue
            if value in seen:
                self.problem(f"{location}.{field}", f"duplicate '{value}'")
            seen.add(value)


def parse_watchlist(
    data: object,
    *,
    environ: Mapping[str, str],
    lines: Mapping[str, int] | None = None,
    base_dir: str = ".",
    people: Sequence[Person] | None = None,
) -> tuple[Watchlist | None, list[Problem]]:
    """Validate ``data``; returns the watchlist, or None and every problem found.

    ``lines`` maps locations such as ``people[3].id`` to 1-based line numbers;
    ``base_dir`` is the watchlist's folder, against which feed ``path``s resolve.
    ``people``: the people of this very ``data``, validated before without a problem by
    this code (a cached start: 100,000 people are not checked again); ``data``'s own
    ``people`` are then not read.
    """
    check = _Checker(lines or {}, environ)
    top = check.mapping(
        {} if data is None else data,
        "watchlist",
        {"people", "feeds", "alerts", "source_health", "full_text"},
    )
    if top is None:
        return None, check.problems
    checking_people = people is None
    if people is None:
        if not top.get("people"):
            check.problem("people", "required: a list with at least one person")
        listed = top.get("people")
        people = plain_people(listed) or check.each(listed, "people", check_person(check))
    default_mode = full_text_mode(
        check, top.get("full_text", environ.get(FULL_TEXT_VARIABLE)), "full_text", FullTextMode.AUTO
    )
    items = check.each(top.get("feeds"), "feeds", check_feed(check, base_dir, default_mode))
    feeds = [f for f in items if not isinstance(f, SearchTemplate)]
    searches = [f for f in items if isinstance(f, SearchTemplate)]
    alerts = top.get("alerts")
    known_people = {p.id for p in people if p} if alerts else set()  # (what routes may name)
    routes = check.each(alerts, "alerts", check_route(check, known_people))
    if checking_people and not _all_unique(people):  # (validated people have unique ids)
        check.unique([(f"people[{i}]", p.id if p else None) for i, p in enumerate(people)], "id")
    check.unique(
        [
            (f"feeds[{i}]", f.url if isinstance(f, FeedConfig) else None)
            for i, f in enumerate(items)
        ],
        "url",
    )
    check.unique([(f"alerts[{i}]", r.name if r else None) for i, r in enumerate(routes)], "name")
    health = check_source_health(
        check,
        top.get("source_health"),
        [r.name for r in routes if r],
        feed_health_routes=any(r.feed_health for r in routes if r),
    )
    secrets = secrets_of(check.substituted)
    if check.problems:  # every problem, in one go
        return None, masked(check.problems + check.alert_problems, secrets)
    listed = [f.url for f in feeds]
    watchlist = Watchlist(
        people=tuple(people),
        feeds=(*feeds, *expand_searches(searches, people, listed)),  # searches last: feeds[i]
        alerts=tuple(routes),
        source_health=health,
        secrets=secrets,
        alert_problems=tuple(masked(check.alert_problems, secrets)),
    )
    return watchlist, []


def _all_unique(people: Sequence[Person | None]) -> bool:
    """Whether every person is there (valid) and has an id of their own."""
    present = list(filter(None, people))
    return len(present) == len(people) and len(set(map(_ID, present))) == len(present)


_ID = attrgetter("id")


def masked(problems: list[Problem], secrets: frozenset[str]) -> list[Problem]:
    """Problems quote values (a duplicate feed URL): never a secret among them."""
    return [replace(p, message=redact(p.message, secrets)) for p in problems]


PLAIN_SLUGS = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*(?:\n[a-z0-9]+(?:-[a-z0-9]+)*)*")
PERSON_TEXTS = ("aliases", "tags", "context", "exclude")
STATUS_OF: dict[object, Status | None] = {None: None, **{s.value: s for s in Status}}


class _Absent(tuple[()]):
    """A field a person does not give (``plain_people``): no field's value is one, and
    ``tuple`` of it is ``()``."""

    __slots__ = ()


_ABSENT = _Absent()


def plain_people(value: object) -> list[Person] | None:
    """The people of ``value`` when every one is plain, checked for all at once (a large
    watchlist's 100,000 at each start); else None, and ``check_person`` reads them one by
    one and says what is wrong where. Plain: a mapping of known keys; its id a slug; its
    name, and each of its aliases, tags, context and exclude phrases (a list, if given),
    text without a variable or spaces around it; its status known, ``distinctive`` true or
    false. ``check_person`` gives each of them the very same person."""
    if type(value) is not list or not value or set(map(type, value)) != {dict}:
        return None
    try:
        if not PERSON_KEYS.issuperset(chain.from_iterable(value)):
            return None
        ids: list[Any] = list(map(dict.get, value, repeat("id")))
        names: list[Any] = list(map(dict.get, value, repeat("name")))
        slugs = "\n".join(ids)  # (one a line: a slug holds no line break)
        if set(map(type, ids)) != {str} or slugs.count("\n") != len(ids) - 1:
            return None
        if not PLAIN_SLUGS.fullmatch(slugs):
            return None
        columns: dict[str, Iterable[object]] = {"id": ids, "name": names}
        texts = names.copy()
        for field in PERSON_TEXTS:
            given = list(map(dict.get, value, repeat(field), repeat(_ABSENT)))
            kinds = list(map(type, given))  # lists; _ABSENT where the person has none
            if kinds.count(list) + kinds.count(_Absent) != len(given):
                return None  # (null, one text alone, ...)
            columns[field] = map(tuple, given)
            texts += chain.from_iterable(given)
        if set(map(type, texts)) != {str} or "$" in "".join(texts):
            return None
        if not all(texts) or not all(map(eq, texts, map(str.strip, texts))):
            return None
        statuses = list(map(dict.get, value, repeat("status")))
        distinctive = list(map(dict.get, value, repeat("distinctive"), repeat(False)))
        if not STATUS_OF.keys() >= set(statuses) or not {bool}.issuperset(map(type, distinctive)):
            return None
    except TypeError:  # (something unhashable)
        return None
    columns["status"] = map(STATUS_OF.__getitem__, statuses)
    columns["distinctive"] = distinctive
    people = list(map(object.__new__, repeat(Person, len(value))))  # (no __init__ per person)
    for name, column in columns.items():
        deque(map(getattr(Person, name).__set__, people, column), maxlen=0)
    return people


def check_person(check: _Checker) -> Callable[[object, str], Person | None]:
    def person(value: object, at: str) -> Person | None:
        item = check.mapping(value, at, PERSON_KEYS)
        if item is None:
            return None
        person_id = check.text(item.get("id"), f"{at}.id", required=True)
        if person_id and not SLUG.match(person_id):
            check.problem(f"{at}.id", f"'{person_id}' is not a slug (a-z, 0-9 and dashes)")
        name = check.text(item.get("name"), f"{at}.name", required=True)
        status = None
        if item.get("status") is not None:
            raw = item["status"]
            if raw in Status.__members__.values():
                status = Status(raw)
            else:
                allowed = ", ".join(s.value for s in Status)
                check.problem(f"{at}.status", f"unknown status {raw!r} (one of: {allowed})")
        distinctive = item.get("distinctive", False)
        if not isinstance(distinctive, bool):
            check.problem(f"{at}.distinctive", f"expected true or false, got {_kind(distinctive)}")
        aliases = check.texts(item.get("aliases"), f"{at}.aliases")
        tags = check.texts(item.get("tags"), f"{at}.tags")
        context = check.texts(item.get("context"), f"{at}.context")
        exclude = check.texts(item.get("exclude"), f"{at}.exclude")
        if not (person_id and name):
            return None
        return Person(
            id=person_id,
            name=name,
            aliases=aliases,
            status=status,
            tags=tags,
            context=context,
            exclude=exclude,
            distinctive=distinctive is True,
        )

    return person


def full_text_mode(check: _Checker, value: object, at: str, default: FullTextMode) -> FullTextMode:
    if value is None:
        return default
    if value in FullTextMode.__members__.values():
        return FullTextMode(str(value))
    allowed = ", ".join(FullTextMode)
    check.problem(at, f"{value!r} is not a full_text mode (one of: {allowed})")
    return default


def check_feed(
    check: _Checker, base_dir: str, default_mode: FullTextMode = FullTextMode.AUTO
) -> Callable[[object, str], FeedConfig | SearchTemplate | None]:
    def feed(value: object, at: str) -> FeedConfig | SearchTemplate | None:
        if isinstance(value, str):
            value = {"url": value}
        item = check.mapping(value, at, FEED_KEYS)
        if item is None:
            return None
        if sum(key in item for key in ("url", "path", "search")) != 1:
            check.problem(
                at, "give exactly one of url (http or https), path (a local file) or search"
            )
            return None
        mode = full_text_mode(check, item.get("full_text"), f"{at}.full_text", default_mode)
        if "search" in item:
            if "interval" in item:
                check.problem(f"{at}.interval", "a search feed takes search.every")
            return check_search(check, item["search"], f"{at}.search", mode)
        interval = parse_interval(item.get("interval"), f"{at}.interval", check)
        lang = feed_language(check, item.get("lang"), f"{at}.lang")
        if "path" in item:
            path = check.text(item["path"], f"{at}.path", required=True)
            if path is None:
                return None
            full = posixpath.normpath(posixpath.join(base_dir, path))
            return FeedConfig(f"file://{full}", interval, full_text=mode, lang=lang)
        url = check.text(item["url"], f"{at}.url", required=True, secret=True)
        if url is None:
            return None
        if not re.match(r"^https?://[^/\s]+", url):
            check.problem(f"{at}.url", f"{item['url']!r} is not an http(s) URL")
            return None
        return FeedConfig(url=url, interval_seconds=interval, full_text=mode, lang=lang)

    return feed


def feed_language(check: _Checker, value: object, at: str) -> str | None:
    """A feed's ``lang``: a language code ("ru", "en-GB"), kept as its two letters."""
    if value is None:
        return None
    code = language_code(value) if isinstance(value, str) else None
    if code is None:
        check.problem(at, f"{value!r} is not a language code (such as ru or en)")
    return code


def check_search(
    check: _Checker, value: object, at: str, mode: FullTextMode = FullTextMode.AUTO
) -> SearchTemplate | None:
    """``{url: "https://news.example.org/rss?q={query}", every: 1h, tags: [kz]}``"""
    item = check.mapping(value, at, SEARCH_KEYS)
    if item is None:
        return None
    url = check.text(item.get("url"), f"{at}.url", required=True, secret=True)
    every = DEFAULT_SEARCH_INTERVAL
    if item.get("every") is not None:
        every = parse_interval(item["every"], f"{at}.every", check)
    tags = check.texts(item.get("tags"), f"{at}.tags")
    if url is None:
        return None
    if not re.match(r"^https?://[^/\s]+", url):
        check.problem(f"{at}.url", f"{item['url']!r} is not an http(s) URL")
        return None
    if not any(placeholder in url for placeholder in PLACEHOLDERS):
        check.problem(f"{at}.url", "needs {query} (or {name}) where the search words go")
        return None
    return SearchTemplate(url, every, tags, mode)


UNIT_SECONDS = (86400, 3600, 60, 1)  # d, h, m, s: the groups of DURATION and PERIOD end so


def seconds_of(value: object, units: re.Pattern[str]) -> int | None:
    """A number of seconds, or a text of the ``units`` (``DURATION``: "1h30m", ``PERIOD``:
    "1d12h") in seconds; None when it is neither."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and (m := units.match(value.strip())) and any(m.groups()):
        counts = m.groups()
        units_used = UNIT_SECONDS[-len(counts) :]
        return sum(int(n or 0) * unit for n, unit in zip(counts, units_used, strict=True))
    return None


def parse_interval(value: object, location: str, check: _Checker) -> int:
    """``15m``, ``1h``, ``1h30m``, ``90s`` or a number of seconds, up to a week."""
    if value is None:
        return DEFAULT_INTERVAL_SECONDS
    total = seconds_of(value, DURATION)
    if total is None or total <= 0:
        check.problem(location, f"{value!r} is not a duration (e.g. 15m, 1h, 90s)")
    elif total > MAX_INTERVAL_SECONDS:
        check.problem(location, f"{value!r} is longer than a week")
    else:
        return total
    return DEFAULT_INTERVAL_SECONDS


def check_route(
    check: _Checker, known_people: set[str]
) -> Callable[[object, str], AlertRoute | None]:
    def route(value: object, at: str) -> AlertRoute | None:
        item = check.mapping(value, at, ROUTE_OPTIONS | set(CHANNELS))
        if item is None:
            return None
        name = check.text(item.get("name"), f"{at}.name", required=True)
        channels = [key for key in item if key in CHANNEL_CHECKS]
        if len(channels) != 1:
            names = ", ".join(CHANNELS[:-1]) + " or " + CHANNELS[-1]
            check.problem(at, f"give exactly one channel: {names}")
            return None
        channel = channels[0]
        with check.channel_of(name or at):
            settings = CHANNEL_CHECKS[channel](check, item[channel], f"{at}.{channel}")
        people, tags = (route_filter(check, item, key, at) for key in ("people", "tags"))
        for i, person_id in enumerate(people):
            if person_id not in known_people:
                check.problem(f"{at}.people[{i}]", f"no person with id '{person_id}'")
        events = check_event_types(check, item.get("events"), f"{at}.events")
        status_changes = check_switch(check, item, "status_changes", at, default=True)
        feed_health = check_switch(check, item, "feed_health", at, default=False)
        min_confidence = check_confidence(check, item.get("min_confidence"), at)
        digest_at = check_clock_time(check, item.get("digest"), f"{at}.digest")
        timezone = check.text(item.get("timezone"), f"{at}.timezone") or "UTC"
        if not is_time_zone(timezone):
            check.problem(f"{at}.timezone", f"unknown time zone {timezone!r} (e.g. Asia/Almaty)")
        remind_after = None
        if item.get("remind_after") is not None:
            remind_after = parse_interval(item["remind_after"], f"{at}.remind_after", check)
        if name is None or settings is None:
            return None
        return AlertRoute(
            name=name,
            channel=channel,
            settings=settings,
            people=people,
            tags=tags,
            status_changes=status_changes,
            events=events,
            digest_at=digest_at,
            timezone=timezone,
            remind_after_seconds=remind_after,
            min_confidence=min_confidence,
            feed_health=feed_health,
        )

    return route


def route_filter(check: _Checker, item: Mapping[str, Any], key: str, at: str) -> tuple[str, ...]:
    """A route's ``people`` or ``tags``. Present but empty (``people: []``) is refused: it
    reads as "nobody" yet would mean everyone, which is what leaving the key out says."""
    if key in item and (item[key] is None or item[key] == []):
        check.problem(
            f"{at}.{key}",
            f"an empty list: name at least one, or leave `{key}` out for everyone's alerts",
        )
        return ()
    return check.texts(item.get(key), f"{at}.{key}")


def check_switch(
    check: _Checker, item: Mapping[str, Any], key: str, at: str, *, default: bool
) -> bool:
    value = item.get(key, default)
    if not isinstance(value, bool):
        check.problem(f"{at}.{key}", f"expected true or false, got {_kind(value)}")
        return default
    return value


def check_confidence(check: _Checker, value: object, at: str) -> float:
    """``min_confidence``: a number from 0 to 1 (default 0: every event)."""
    if value is None:
        return 0.0
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        check.problem(f"{at}.min_confidence", f"expected a number from 0 to 1, got {value!r}")
        return 0.0
    return float(value)


def check_source_health(
    check: _Checker, value: object, route_names: list[str], *, feed_health_routes: bool
) -> SourceHealthRules | None:
    """``source_health: {route: admin, failing_after: 24h, silent_after: 7d}``; ``route``
    may be left out when routes say ``feed_health: true``."""
    if value is None:
        return None
    item = check.mapping(value, "source_health", SOURCE_HEALTH_KEYS)
    if item is None:
        return None
    route = check.text(item.get("route"), "source_health.route", required=not feed_health_routes)
    if route is not None and route not in route_names:
        known = ", ".join(route_names) or "none"
        check.problem("source_health.route", f"no alert route named '{route}' (routes: {known})")
    failing = parse_period(
        item.get("failing_after"),
        "source_health.failing_after",
        check,
        DEFAULT_FAILING_AFTER,
        MAX_FAILING_AFTER,
    )
    silent = parse_period(
        item.get("silent_after"),
        "source_health.silent_after",
        check,
        DEFAULT_SILENT_AFTER,
        MAX_SILENT_AFTER,
    )
    return SourceHealthRules(
        route, failing_after=timedelta(seconds=failing), silent_after=timedelta(seconds=silent)
    )


def parse_period(value: object, location: str, check: _Checker, default: int, longest: int) -> int:
    """``7d``, ``36h``, ``1d12h``, ``90m`` or a number of seconds, in seconds, up to ``longest``."""
    if value is None:
        return default
    total = seconds_of(value, PERIOD)
    if total is None or total <= 0:
        check.problem(location, f"{value!r} is not a duration (e.g. 24h, 7d)")
    elif total > longest:
        check.problem(location, f"{value!r} is longer than {longest // 86400} days")
    else:
        return total
    return default


def check_event_types(check: _Checker, value: object, at: str) -> tuple[EventType, ...]:
    found = []
    for i, name in enumerate(check.texts(value, at)):
        if name in EventType.__members__.values():
            found.append(EventType(name))
        else:
            check.problem(f"{at}[{i}]", f"unknown event type {name!r}")
    return tuple(found)


def check_clock_time(check: _Checker, value: object, at: str) -> time | None:
    """``"08:00"`` (YAML may also read an unquoted 08:00 as minutes since midnight)."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 24 * 60:
        return time(value // 60, value % 60)  # YAML 1.1 sexagesimal: 08:00 → 480
    m = CLOCK_TIME.match(value.strip()) if isinstance(value, str) else None
    if m is None:
        check.problem(at, f"{value!r} is not a time of day (HH:MM)")
        return None
    return time(int(m.group(1)), int(m.group(2)))


def is_time_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def check_apprise(check: _Checker, value: object, at: str) -> dict[str, Any] | None:
    url = check.text(value, at, required=True, secret=True)
    return {"url": url} if url else None


def check_email(check: _Checker, value: object, at: str) -> dict[str, Any] | None:
    item = check.mapping(value, at, EMAIL_KEYS)
    if item is None:
        return None
    to = check.texts(item.get("to"), f"{at}.to")
    if not to:
        check.problem(f"{at}.to", "required: at least one address")
    smtp_url = check.text(item.get("smtp_url"), f"{at}.smtp_url", required=True, secret=True)
    if smtp_url and not re.match(r"^smtps?://", smtp_url):
        check.problem(f"{at}.smtp_url", "expected smtp:// or smtps://")
    sender = check.text(item.get("from"), f"{at}.from")
    return {"to": to, "smtp_url": smtp_url, "from": sender}


def check_webhook(check: _Checker, value: object, at: str) -> dict[str, Any] | None:
    item = check.mapping(value, at, WEBHOOK_KEYS)
    if item is None:
        return None
    url = check.text(item.get("url"), f"{at}.url", required=True, secret=True)
    if url and not re.match(r"^https?://", url):
        check.problem(f"{at}.url", f"{item.get('url')!r} is not an http(s) URL")
    raw_secret = item.get("secret")
    if isinstance(raw_secret, str) and not ENV_REF.search(raw_secret):
        check.problem(f"{at}.secret", "give secrets as ${ENV_VAR}, never literally in the file")
    secret = check.text(raw_secret, f"{at}.secret", secret=True)
    fmt = item.get("format", "json")
    if not isinstance(fmt, str) or fmt not in WEBHOOK_FORMATS:
        check.problem(f"{at}.format", f"unknown format {fmt!r} (one of: json, slack)")
    return {"url": url, "secret": secret, "format": fmt}


# The alert channels, each with the check of its settings (what a route's channel key holds,
# validated into the settings its sender in adapters/alerts/ is given). A channel named here
# is a module of that name in adapters/alerts/.
CHANNEL_CHECKS: dict[str, Callable[[_Checker, object, str], dict[str, Any] | None]] = {
    "email": check_email,
    "webhook": check_webhook,
    "apprise": check_apprise,
}
CHANNELS = tuple(CHANNEL_CHECKS)


def _kind(value: object) -> str:
    if value is None:
        return "nothing"
    names = {dict: "a mapping", list: "a list", str: "text", bool: "true/false"}
    return names.get(type(value), type(value).__name__)
