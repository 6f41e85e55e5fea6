"""Edit a watchlist file the way a person would: its comments, order, quoting and flow
lists kept, new items appended in the README's style.

``ruamel.yaml`` reads and writes the file round-trip (PyYAML drops comments). It costs
about 20 ms to import, so only the commands that edit the file (``monitor feeds import``,
``monitor feeds export``, ``monitor people import``) import this module.

The edited text is not validated here: the caller validates it as any watchlist file
(``watchlist_file.load_watchlist``) before it replaces the file.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from monitor.core.types import Person
from monitor.errors import ConfigError

LIST_FIELDS = ("aliases", "tags", "context")  # merged into what the file has


class EditResult(StrEnum):
    """What an edit did to the file (``monitor people import`` counts each)."""

    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


def round_trip() -> YAML:
    yaml = YAML()  # round-trip mode
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # never wrap a long URL or name
    yaml.preserve_quotes = True
    return yaml


class WatchlistDocument:
    """A watchlist file's YAML, loaded for editing."""

    def __init__(self, text: str, source: str) -> None:
        self.yaml = round_trip()
        try:
            data = self.yaml.load(text)
        except YAMLError as e:
            raise ConfigError(f"{source}: invalid YAML: {e}") from e
        if data is None:
            data = CommentedMap()
        if not isinstance(data, CommentedMap):
            raise ConfigError(f"{source}: expected a mapping with people and feeds")
        self.data = data
        self.source = source

    def section(self, key: str) -> CommentedSeq:
        """The top-level list ``key``, created at the end when the file has none."""
        value = self.data.get(key)
        if value is None:
            value = CommentedSeq()
            self.data[key] = value
        if not isinstance(value, CommentedSeq):
            raise ConfigError(f"{self.source}: {key}: expected a list")
        return value

    def feed_urls(self) -> list[str]:
        """The ``url`` of every feed, as written (``${VAR}`` not substituted)."""
        found = []
        for item in self.data.get("feeds") or []:
            if isinstance(item, str):
                found.append(item.strip())
            elif isinstance(item, dict) and isinstance(item.get("url"), str):
                found.append(item["url"].strip())
        return found

    def add_feed(
        self,
        url: str,
        title: str | None,
        *,
        interval: str | None = None,
        full_text: str | None = None,
    ) -> None:
        item = CommentedMap(url=url)
        if title:
            item.yaml_add_eol_comment(" ".join(title.split())[:200], "url")
        if interval:
            item["interval"] = interval
        if full_text:
            item["full_text"] = full_text
        self.section("feeds").append(item)

    def feed(self, url: str) -> dict[str, Any] | None:
        """The feed listed as ``url`` (as written), as a mapping, or None."""
        for item in self.data.get("feeds") or []:
            if isinstance(item, str) and item.strip() == url:
                return {"url": url}
            if isinstance(item, dict) and str(item.get("url", "")).strip() == url:
                return item
        return None

    def set_feed(self, url: str, *, interval: str | None, full_text: str | None) -> EditResult:
        """Give the feed listed as ``url`` this interval and full-text mode (None: the
        default, the key removed): ``updated`` or ``unchanged``; KeyError when not listed."""
        feeds = self.section("feeds")
        for index, item in enumerate(feeds):
            if isinstance(item, str) and item.strip() == url:
                item = feeds[index] = CommentedMap(url=url)  # a plain URL becomes a mapping
            if not isinstance(item, dict) or str(item.get("url", "")).strip() != url:
                continue
            before = (item.get("interval"), item.get("full_text"))
            for key, value in (("interval", interval), ("full_text", full_text)):
                if value:
                    item[key] = value
                else:
                    item.pop(key, None)
            return EditResult.UNCHANGED if (interval, full_text) == before else EditResult.UPDATED
        raise KeyError(url)

    def people(self) -> list[dict[str, Any]]:
        return [p for p in self.data.get("people") or [] if isinstance(p, dict)]

    def upsert_person(self, update: Person) -> EditResult:
        """Add the person, or merge into the one with the same id: ``added``,
        ``updated`` or ``unchanged``."""
        for person in self.people():
            if person.get("id") == update.id:
                return EditResult.UPDATED if merge_person(person, update) else EditResult.UNCHANGED
        item = CommentedMap(id=update.id, name=update.name)
        if update.aliases:
            item["aliases"] = flow_list(update.aliases)
        if update.status:
            item["status"] = str(update.status)
        for field in ("tags", "context"):
            if getattr(update, field):
                item[field] = flow_list(getattr(update, field))
        self.section("people").append(item)
        return EditResult.ADDED

    def person(self, person_id: str) -> dict[str, Any] | None:
        """The file's entry for ``person_id`` as written (lists as lists), or None."""
        for person in self.people():
            if person.get("id") == person_id:
                return person
        return None

    def set_person(self, update: Person) -> EditResult:
        """Make the entry with ``update.id`` say exactly what ``update`` says (name,
        aliases, status, tags, context; other keys and comments kept), or add it:
        ``added``, ``updated`` or ``unchanged``."""
        person = self.person(update.id)
        if person is None:
            return self.upsert_person(update)
        before = {k: person.get(k) for k in ("name", "status", *LIST_FIELDS)}
        person["name"] = update.name
        if update.status:
            person["status"] = str(update.status)
        else:
            person.pop("status", None)
        for field in LIST_FIELDS:
            values = list(getattr(update, field))
            have = person.get(field)
            if not values:
                person.pop(field, None)
            elif isinstance(have, list):
                have[:] = values  # in place: the list keeps its style and comments
            else:
                person[field] = flow_list(values)
        after = {k: person.get(k) for k in ("name", "status", *LIST_FIELDS)}
        return EditResult.UNCHANGED if after == before else EditResult.UPDATED

    def text(self) -> str:
        out = io.StringIO()
        self.yaml.dump(self.data, out)
        return out.getvalue()


def merge_person(person: dict[str, Any], update: Person) -> bool:
    """Lists gain the values they lack; a status given replaces the file's. Changed?"""
    changed = False
    if update.status and person.get("status") != update.status:
        person["status"] = str(update.status)
        changed = True
    for field in LIST_FIELDS:
        have = person.get(field)
        current = [have] if isinstance(have, str) else list(have or [])
        missing = [v for v in getattr(update, field) if v not in current]
        if not missing:
            continue
        if isinstance(have, list):
            have.extend(missing)  # in place: the list keeps its style and comments
        else:
            person[field] = flow_list([*current, *missing])
        changed = True
    return changed


def flow_list(values: Sequence[str]) -> CommentedSeq:
    """``[a, b]`` on one line, as the README writes lists."""
    seq = CommentedSeq(values)
    seq.fa.set_flow_style()
    return seq
