"""The database schema as SQLAlchemy 2 typed models.

The schema is created and changed only by the Alembic migrations in ``db/``;
these models must match them (a test compares the two).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from monitor.core.outcomes import DeliveryState, ReviewState

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# 64-bit keys on PostgreSQL; SQLite only auto-increments INTEGER PRIMARY KEY.
Key = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, on every database."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r} given to the database")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class FeedRow(Base):
    """A polled feed and its health."""

    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(Key, primary_key=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # still in the watchlist
    interval_seconds: Mapped[int] = mapped_column(Integer, default=900)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    last_status: Mapped[str | None] = mapped_column(String(20))  # ok, not_modified, error
    error_reason: Mapped[str | None] = mapped_column(String(20))
    error_message: Mapped[str | None] = mapped_column(Text)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    last_polled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_new_entry_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_poll_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    lease_owner: Mapped[str | None] = mapped_column(String(100))  # the replica polling it now
    lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    failing_since: Mapped[datetime | None] = mapped_column(
        UTCDateTime
    )  # first failed pass of a run
    health_alerted: Mapped[str | None] = mapped_column(String(20))  # failing, silent; null = ok
    health_alerted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # the feed its page advertises, when the watchlist names a page (polled instead)
    discovered_url: Mapped[str | None] = mapped_column(Text)
    # what the watchlist derived it from, e.g. "search for nurlanov-aidar"; null: listed as is
    source: Mapped[str | None] = mapped_column(Text)
    # the SHA-256 of the last document stored: the same bytes again are not modified
    body_hash: Mapped[str | None] = mapped_column(String(64))
    # the <ttl> of the last document stored, minutes: it holds while the feed is unchanged
    ttl_minutes: Mapped[int | None] = mapped_column(Integer)


class ArticleRow(Base):
    """A news item, kept with its text so the evidence survives the source."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Key, primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id"), index=True)  # first seen in
    url: Mapped[str | None] = mapped_column(Text)  # canonical: tracking parameters removed
    url_key: Mapped[str | None] = mapped_column(String(64), unique=True)  # sha256 of url
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)  # trusted
    # the feed's date when it was not trusted (far ahead of the fetch, or before 1990):
    # published_at is then the fetch time (core.dates)
    claimed_published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # full text: "page" when ``text`` is the linked page's main text (the feed's own text
    # then in ``feed_text``), "failed: why" when the page could not be read; null: not tried
    full_text: Mapped[str | None] = mapped_column(Text)
    feed_text: Mapped[str | None] = mapped_column(Text)


class FeedEntryRow(Base):
    """An entry of one feed, pointing at the article it carried (one article, many feeds)."""

    __tablename__ = "feed_entries"
    __table_args__ = (UniqueConstraint("feed_id", "guid_key"),)

    id: Mapped[int] = mapped_column(Key, primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id"))
    guid_key: Mapped[str] = mapped_column(String(64))  # sha256 of the guid (or link)
    guid: Mapped[str] = mapped_column(Text)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PersonRow(Base):
    """A watchlisted person and their current status."""

    __tablename__ = "people"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # still in the watchlist
    known_status: Mapped[str | None] = mapped_column(String(20))  # the watchlist's, or staff's
    listed_status: Mapped[str | None] = mapped_column(String(20))  # as the file last gave it
    status: Mapped[str] = mapped_column(String(20), default="unknown")
    status_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # the status staff last set by hand: it holds until a status change detected later
    status_set_to: Mapped[str | None] = mapped_column(String(20))
    status_set_by: Mapped[str | None] = mapped_column(String(200))
    status_set_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status_set_since: Mapped[datetime | None] = mapped_column(UTCDateTime)  # took effect
    aliases: Mapped[list[str] | None] = mapped_column(JSON)  # as the watchlist gives them
    context: Mapped[list[str] | None] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PersonTagRow(Base):
    """A tag the watchlist gives a person (for routing and the Atom feeds by tag)."""

    __tablename__ = "person_tags"

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), primary_key=True)
    tag: Mapped[str] = mapped_column(Text, primary_key=True, index=True)


class MatchRow(Base):
    """One watchlisted person found in one article."""

    __tablename__ = "matches"
    __table_args__ = (UniqueConstraint("article_id", "person_id"),)

    id: Mapped[int] = mapped_column(Key, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    matched_text: Mapped[str] = mapped_column(Text)
    mentions: Mapped[list[dict[str, Any]]] = mapped_column(JSON)  # the first MAX_MENTIONS
    mention_count: Mapped[int | None] = mapped_column(Integer)  # all found; null: as listed
    lang: Mapped[str | None] = mapped_column(String(8))  # the article's language; null: before 0016
    confidence: Mapped[float] = mapped_column(Float)
    review_state: Mapped[str] = mapped_column(String(20), default=str(ReviewState.UNREVIEWED))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    reviewed_by: Mapped[str | None] = mapped_column(String(200))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    review_note: Mapped[str | None] = mapped_column(Text)


class EventRow(Base):
    """Something that happened to a person, as one article reports it."""

    __tablename__ = "events"
    __table_args__ = (UniqueConstraint("match_id", "type", "current"),)

    id: Mapped[int] = mapped_column(Key, primary_key=True)
    match_id: Mapped[int] = mapped_column(ForeignKey("matches.id", ondelete="CASCADE"))
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    type: Mapped[str] = mapped_column(String(30))
    current: Mapped[bool] = mapped_column(Boolean)
    confidence: Mapped[float] = mapped_column(Float)
    evidence: Mapped[str] = mapped_column(Text)
    event_date: Mapped[date | None] = mapped_column(Date)
    rule: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    story_id: Mapped[int | None] = mapped_column(ForeignKey("stories.id"), index=True)


class StoryRow(Base):
    """One news story: the same person and event type within 14 days, however many articles."""

    __tablename__ = "stories"
    __table_args__ = (Index(None, "person_id", "event_type", "occurred_at"),)

    id: Mapped[int] = mapped_column(Key, primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"))
    event_type: Mapped[str] = mapped_column(String(30))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)  # when its first event happened
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    article_count: Mapped[int] = mapped_column(Integer, default=1)


class StatusChangeRow(Base):
    """A person's status changed: the row alerts are made from (claimed once, via processed_at)."""

    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(Key, primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id"), unique=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    event_type: Mapped[str] = mapped_column(String(30))
    previous_status: Mapped[str] = mapped_column(String(20))
    new_status: Mapped[str] = mapped_column(String(20))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime)
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    reverted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PollRow(Base):
    """One polling pass of one feed: what it found or why it failed."""

    __tablename__ = "polls"
    __table_args__ = (Index(None, "feed_id", "started_at"),)

    id: Mapped[int] = mapped_column(Key, primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime] = mapped_column(UTCDateTime)
    outcome: Mapped[str] = mapped_column(String(20))  # ok, not_modified, error
    error_reason: Mapped[str | None] = mapped_column(String(20))
    error_message: Mapped[str | None] = mapped_column(Text)
    new_entries: Mapped[int] = mapped_column(Integer, default=0)
    new_matches: Mapped[int] = mapped_column(Integer, default=0)


class DeliveryRow(Base):
    """One alert to send through one route: the outbox.

    pending → sending (claimed, with a lease) → sent | pending again (retry) | failed;
    cancelled when review dismisses its match first (once sent, a dismissal queues a
    correction instead, ``corrects_id`` naming the alert it takes back). ``key`` is the
    idempotency key receivers see on every attempt. ``claim_token`` is fresh on every
    claim: an attempt or an outcome is written only while the row still carries the
    writer's token.
    """

    __tablename__ = "deliveries"
    __table_args__ = (Index(None, "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Key, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    route: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))  # status_change, event, correction, ...
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    feed_id: Mapped[int | None] = mapped_column(ForeignKey("feeds.id"))  # source_health alerts
    source_state: Mapped[str | None] = mapped_column(String(20))  # source_health: failing, ...
    summary: Mapped[str | None] = mapped_column(Text)  # source_health: what happened to the feed
    status_change_id: Mapped[int | None] = mapped_column(ForeignKey("status_changes.id"))
    story_id: Mapped[int | None] = mapped_column(ForeignKey("stories.id"))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"))
    digest: Mapped[bool] = mapped_column(Boolean, default=False)
    reminder_of: Mapped[int | None] = mapped_column(ForeignKey("deliveries.id"))
    # a correction: the sent alert it takes back (one correction per alert at most)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("deliveries.id"), unique=True)
    state: Mapped[str] = mapped_column(String(20), default=str(DeliveryState.PENDING))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claim_token: Mapped[str | None] = mapped_column(String(32))  # fences the claim's writes
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class DeliveryAttemptRow(Base):
    """One try at sending a delivery, written before sending; outcome null = interrupted."""

    __tablename__ = "delivery_attempts"

    id: Mapped[int] = mapped_column(Key, primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("deliveries.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    worker: Mapped[str] = mapped_column(String(100))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[str | None] = mapped_column(String(20))  # sent, retry, failed
    detail: Mapped[str | None] = mapped_column(Text)
    duration_ms: Mapped[int | None] = mapped_column(Integer)


class ReviewActionRow(Base):
    """The audit log: every review action, who took it, when, and why."""

    __tablename__ = "review_actions"

    id: Mapped[int] = mapped_column(Key, primary_key=True)
    match_id: Mapped[int | None] = mapped_column(ForeignKey("matches.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    action: Mapped[str] = mapped_column(String(30))  # confirm, dismiss, set_status
    actor: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # what the action changed
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class UserRow(Base):
    """A staff member who can log in to the review UI (argon2 password hash)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Key, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    password_hash: Mapped[str] = mapped_column(Text)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class WebSessionRow(Base):
    """A logged-in browser; only the sha256 of its cookie is stored."""

    __tablename__ = "web_sessions"

    id: Mapped[int] = mapped_column(Key, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ApiTokenRow(Base):
    """A bearer token for the JSON API; only its sha256 is stored. It works while it is
    not revoked, not expired, and its owner (if it has one: older tokens have none) is
    not disabled."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Key, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class LoginAttemptRow(Base):
    """Login attempts counted for one account (a user name, casefolded) or one client
    address: how many since the count was last cleared, and when the last was let in.
    Replicas of the web UI share these counts."""

    __tablename__ = "login_attempts"
    __table_args__ = (UniqueConstraint("kind", "key"),)

    id: Mapped[int] = mapped_column(Key, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # account, address
    key: Mapped[str] = mapped_column(String(300))
    attempts: Mapped[int] = mapped_column(Integer)
    last_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
