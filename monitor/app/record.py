"""Record what articles say about the watchlisted people, inside the caller's transaction.

Shared by polling and reprocessing, and idempotent: a match is one per article
and person, an event one per match, type and currentness, so recording the same
findings twice adds nothing. Each newly recorded event that is news joins the
story of the same person and type within 14 days, or starts one; only a new
story can change the person's status.

A batch of articles (a polling pass stores up to a hundred feeds at once) is recorded
set-wise, with the effect of recording its articles one after another:

1. the matches, in one SELECT (unless the articles are new) and one multi-row INSERT
   (``matches.save_matches``), which tells each finding's new events;
2. the stories those events may join and their people's statuses, in one SELECT each;
3. in memory, in the order one-by-one recording would take (article, finding, then
   each finding's events by when they happened): each news event joins a story (one
   known, or one started earlier in the batch) or starts one, a new story asks
   ``core.status`` for a status change against the status as the batch has left it,
   and the routes that want it get an alert (``_Filing``);
4. the writes, one statement per table: new stories, corroborations, events (filed
   under their stories), status changes and the people's statuses, alerts in the
   outbox. All in the caller's transaction, so a crash keeps all or nothing.

For example, two articles in one batch saying that one person was detained: the first
starts a story, changes the status to detained and queues its alerts; the second joins
that story (two articles) and changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy.orm import Session

from monitor.adapters.db import deliveries, matches, stories
from monitor.core.alerts import AlertKind
from monitor.core.routing import routes_for, send_time
from monitor.core.status import (
    STORY_WINDOW,
    StatusChange,
    decide_status_change,
    is_news,
    occurred_at,
)
from monitor.core.types import Event, Finding, Person, Status, Watchlist


@dataclass(frozen=True)
class RecordedFinding:
    person_id: str
    match_id: int
    new_events: tuple[Event, ...]
    changes: tuple[StatusChange, ...]


@dataclass(frozen=True)
class FoundIn:
    """What one article says: the stored article, its date, and its findings."""

    article_id: int
    published: datetime | None
    findings: Sequence[Finding]


def record_findings(
    session: Session,
    found: FoundIn,
    now: datetime,
    watchlist: Watchlist,
    people: Mapping[str, Person] | None = None,
    *,
    new_article: bool = False,
) -> list[RecordedFinding]:
    """Record one article's findings (``record_articles``)."""
    [recorded] = record_articles(session, [found], now, watchlist, people, new_articles=new_article)
    return recorded


def record_articles(
    session: Session,
    articles: Sequence[FoundIn],
    now: datetime,
    watchlist: Watchlist,
    people: Mapping[str, Person] | None = None,
    *,
    new_articles: bool = False,
) -> list[list[RecordedFinding]]:
    """Record several articles' findings as if one after another (see the module's
    docstring); what each article's findings recorded, in order. ``people``, the
    watchlist's people by id, saves a search of the watchlist per alert;
    ``new_articles``: the articles were stored in this transaction, so they have no
    match yet."""
    found = [(item.article_id, finding) for item in articles for finding in item.findings]
    pairs = {(article_id, finding.person_id) for article_id, finding in found}
    if len(pairs) < len(found):  # a person twice in an article: each finding on its own
        return [
            [
                recorded
                for finding in item.findings
                for recorded in record_findings(
                    session, replace(item, findings=[finding]), now, watchlist, people
                )
            ]
            for item in articles
        ]
    saved = matches.save_matches(session, found, now, new_articles=new_articles)
    published = [item.published for item in articles for _ in item.findings]
    filing = _Filing(now, watchlist, people)
    for index, (match, when) in enumerate(zip(saved, published, strict=True)):
        for position, event in enumerate(match.new_events):
            filing.add(index, position, event, occurred_at(event, when, now))
    filing.load(session)
    filing.decide()
    filing.write(session, saved, found)
    results = iter(
        RecordedFinding(
            finding.person_id,
            match.match_id,
            match.new_events,
            tuple(filing.changes_of(index)),
        )
        for index, ((_, finding), match) in enumerate(zip(found, saved, strict=True))
    )
    return [[next(results) for _ in item.findings] for item in articles]


@dataclass
class _Story:
    """A story an event of the batch may join: a stored one (``id``), or one the batch
    starts (``id`` None until written, ``index`` into the batch's new stories)."""

    key: stories.StoryKey
    id: int | None = None
    index: int = -1
    articles: int = 1  # a new story: the articles that tell it, in this batch


@dataclass(frozen=True)
class _NewEvent:
    finding: int  # index into the batch's findings
    position: int  # index into that finding's new events
    event: Event
    when: datetime


@dataclass(frozen=True)
class _Alert:
    delivery: deliveries.NewDelivery  # without its ids, which the writes fill in
    story: int  # index into the new stories
    event: tuple[int, int]  # (finding, position)
    change: int | None  # index into the changes


@dataclass
class _Filing:
    """Which story each news event of a batch joins, the status changes the new stories
    make, and the alerts they raise: decided in memory, then written set-wise."""

    now: datetime
    watchlist: Watchlist
    people: Mapping[str, Person] | None
    events: list[_NewEvent] = field(default_factory=list)
    known: dict[tuple[str, str], list[_Story]] = field(default_factory=dict)
    statuses: dict[str, tuple[Status, datetime | None]] = field(default_factory=dict)
    story_of: dict[tuple[int, int], _Story] = field(default_factory=dict)
    new_stories: list[_Story] = field(default_factory=list)
    corroborated: dict[int, int] = field(default_factory=dict)  # stored story id: articles
    changes: list[tuple[StatusChange, int, tuple[int, int]]] = field(default_factory=list)
    alerts: list[_Alert] = field(default_factory=list)

    def add(self, finding: int, position: int, event: Event, when: datetime) -> None:
        self.events.append(_NewEvent(finding, position, event, when))

    def news(self) -> list[_NewEvent]:
        """The events that are news, in the order recording one by one files them: by
        finding, then by when they happened (ties: the finding's order)."""
        ordered = sorted(self.events, key=lambda e: (e.finding, e.when, e.position))
        return [e for e in ordered if e.event.current and is_news(e.when, self.now)]

    def load(self, session: Session) -> None:
        """The stored stories the news may join, and the statuses of their people."""
        news = self.news()
        if not news:
            return
        keys = {self.key(e) for e in news}
        for stored in stories.stories_near(session, keys):
            key = stories.StoryKey(stored.person_id, stored.event_type, stored.occurred_at)
            self.known.setdefault(key[:2], []).append(_Story(key, id=stored.id))
        self.statuses = stories.person_statuses(session, {key.person_id for key in keys})

    @staticmethod
    def key(new: _NewEvent) -> stories.StoryKey:
        return stories.StoryKey(new.event.person_id, str(new.event.type), new.when)

    def decide(self) -> None:
        for new in self.news():
            key = self.key(new)
            near = [
                story
                for story in self.known.get(key[:2], [])
                if key.when - STORY_WINDOW <= story.key.when <= key.when + STORY_WINDOW
            ]
            if near:  # the earliest (as the stored story's lookup orders them)
                story = min(near, key=lambda s: s.key.when)
                self.story_of[new.finding, new.position] = story
                if story.id is None:
                    story.articles += 1
                else:
                    self.corroborated[story.id] = self.corroborated.get(story.id, 0) + 1
                continue
            story = _Story(key, index=len(self.new_stories))
            self.new_stories.append(story)
            self.known.setdefault(key[:2], []).append(story)
            self.story_of[new.finding, new.position] = story
            self.start_story(story, new)

    def start_story(self, story: _Story, new: _NewEvent) -> None:
        """A new story: the status change it makes, if any, and its alerts."""
        person_id, event = new.event.person_id, new.event
        status, since = self.statuses.get(person_id, (Status.UNKNOWN, None))
        change = decide_status_change(person_id, status, since, event, new.when, self.now)
        change_index = None
        if change is not None:
            self.statuses[person_id] = (change.new, change.occurred_at)
            change_index = len(self.changes)
            self.changes.append((change, story.index, (new.finding, new.position)))
        if self.people is None:
            person = next((p for p in self.watchlist.people if p.id == person_id), None)
        else:
            person = self.people.get(person_id)
        if person is None:
            return
        changed = change is not None
        routes = routes_for(self.watchlist.alerts, person, event.type, changed, event.confidence)
        for route in routes:
            delivery = deliveries.NewDelivery(
                route=route.name,
                channel=route.channel,
                kind=AlertKind.STATUS_CHANGE if changed else AlertKind.EVENT,
                person_id=person_id,
                send_at=send_time(route, self.now),
                digest=route.digest_at is not None,
            )
            self.alerts.append(
                _Alert(delivery, story.index, (new.finding, new.position), change_index)
            )

    def write(
        self,
        session: Session,
        saved: Sequence[matches.SavedMatch],
        found: Sequence[tuple[int, Finding]],
    ) -> None:
        """Write what was decided, a statement per table."""
        now = self.now
        story_ids = stories.add_stories(
            session, [(story.key, story.articles) for story in self.new_stories], now
        )
        for story, story_id in zip(self.new_stories, story_ids, strict=True):
            story.id = story_id
        stories.corroborate(session, self.corroborated, now)
        places = [
            (index, position)
            for index, match in enumerate(saved)
            for position in range(len(match.new_events))
        ]
        new_events = []
        for index, position in places:
            filed = self.story_of.get((index, position))
            new_events.append(
                matches.NewEvent(
                    saved[index].match_id,
                    found[index][1].person_id,
                    saved[index].new_events[position],
                    filed.id if filed is not None else None,
                )
            )
        event_ids = dict(zip(places, matches.add_events(session, new_events, now), strict=True))
        change_ids = stories.add_status_changes(
            session,
            [
                stories.NewStatusChange(change, story_ids[story], event_ids[event])
                for change, story, event in self.changes
            ],
            now,
        )
        deliveries.enqueue_many(
            session,
            [
                replace(
                    alert.delivery,
                    story_id=story_ids[alert.story],
                    event_id=event_ids[alert.event],
                    status_change_id=None if alert.change is None else change_ids[alert.change],
                )
                for alert in self.alerts
            ],
            now,
        )

    def changes_of(self, finding: int) -> list[StatusChange]:
        return [change for change, _, (index, _) in self.changes if index == finding]
