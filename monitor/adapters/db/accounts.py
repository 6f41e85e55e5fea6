"""Who may use the review UI: users, browser sessions, API tokens, and the counts of
login attempts per account and per client address. Callers get plain records.

Login counts are shared by every replica of the web UI. ``lock_login_counts`` makes a
check-and-count atomic: it creates the rows it needs and holds them until the
transaction ends (``SELECT ... FOR UPDATE`` on PostgreSQL; on SQLite its first
statement is a write, and writers take turns), so twenty parallel attempts are
admitted one after another, each seeing the others' counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import delete, or_, select, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from monitor.adapters.db.session import rows_changed
from monitor.adapters.db.tables import ApiTokenRow, LoginAttemptRow, UserRow, WebSessionRow

# --- users ------------------------------------------------------------------------------


@dataclass(frozen=True)
class User:
    id: int
    name: str
    password_hash: str
    disabled: bool


def find_user(session: Session, name: str) -> User | None:
    row = session.scalar(select(UserRow).where(UserRow.name == name))
    return User(row.id, row.name, row.password_hash, row.disabled) if row else None


def add_user(session: Session, name: str, password_hash: str, now: datetime) -> int | None:
    """The new user's id; None when a user of that name exists (added meanwhile, say)."""
    row = UserRow(name=name, password_hash=password_hash, disabled=False, created_at=now)
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        return None
    return row.id


def set_password_hash(session: Session, user_id: int, password_hash: str) -> None:
    session.execute(
        update(UserRow).where(UserRow.id == user_id).values(password_hash=password_hash)
    )


def set_user_disabled(session: Session, user_id: int, disabled: bool) -> None:
    session.execute(update(UserRow).where(UserRow.id == user_id).values(disabled=disabled))


@dataclass(frozen=True)
class UserListing:
    name: str
    disabled: bool
    last_login_at: datetime | None


def list_users(session: Session) -> list[UserListing]:
    rows = session.scalars(select(UserRow).order_by(UserRow.name))
    return [UserListing(r.name, r.disabled, r.last_login_at) for r in rows]


def record_login(session: Session, user_id: int, now: datetime) -> None:
    session.execute(update(UserRow).where(UserRow.id == user_id).values(last_login_at=now))


# --- browser sessions -------------------------------------------------------------------


@dataclass(frozen=True)
class WebSession:
    user_id: int
    user_name: str
    csrf_token: str
    expires_at: datetime


def start_session(
    session: Session,
    user_id: int,
    token_hash: str,
    csrf_token: str,
    now: datetime,
    expires_at: datetime,
) -> None:
    session.execute(delete(WebSessionRow).where(WebSessionRow.expires_at < now))
    session.add(
        WebSessionRow(
            token_hash=token_hash,
            user_id=user_id,
            csrf_token=csrf_token,
            created_at=now,
            expires_at=expires_at,
        )
    )


def find_session(session: Session, token_hash: str, now: datetime) -> WebSession | None:
    """The live session with this cookie hash, of a user not disabled."""
    found = session.execute(
        select(WebSessionRow, UserRow)
        .join(UserRow, WebSessionRow.user_id == UserRow.id)
        .where(
            WebSessionRow.token_hash == token_hash,
            WebSessionRow.expires_at > now,
            UserRow.disabled.is_(False),
        )
    ).first()
    if found is None:
        return None
    row, user = found
    return WebSession(user.id, user.name, row.csrf_token, row.expires_at)


def end_session(session: Session, token_hash: str) -> None:
    session.execute(delete(WebSessionRow).where(WebSessionRow.token_hash == token_hash))


def end_user_sessions(session: Session, user_id: int) -> None:
    """Log the user out everywhere."""
    session.execute(delete(WebSessionRow).where(WebSessionRow.user_id == user_id))


# --- API tokens -------------------------------------------------------------------------


@dataclass(frozen=True)
class NewToken:
    name: str
    token_hash: str  # the sha256 of the token; the token itself is never stored
    owner_id: int
    created_at: datetime
    expires_at: datetime | None


def add_api_token(session: Session, token: NewToken) -> int | None:
    """The new token's id; None when a token of that name exists (revoked or not)."""
    row = ApiTokenRow(
        name=token.name,
        token_hash=token.token_hash,
        owner_id=token.owner_id,
        created_at=token.created_at,
        expires_at=token.expires_at,
    )
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        return None
    return row.id


@dataclass(frozen=True)
class TokenListing:
    name: str
    owner: str | None  # None for tokens made before tokens had owners
    owner_disabled: bool
    created_at: datetime
    expires_at: datetime | None
    last_used_at: datetime | None
    revoked_at: datetime | None


def list_api_tokens(session: Session, name: str | None = None) -> list[TokenListing]:
    """Every token (or the one named ``name``), oldest first; never the token itself."""
    owner = aliased(UserRow)
    query = (
        select(ApiTokenRow, owner)
        .outerjoin(owner, ApiTokenRow.owner_id == owner.id)
        .order_by(ApiTokenRow.created_at, ApiTokenRow.id)
    )
    if name is not None:
        query = query.where(ApiTokenRow.name == name)
    return [
        TokenListing(
            row.name,
            user.name if user else None,
            bool(user and user.disabled),
            row.created_at,
            row.expires_at,
            row.last_used_at,
            row.revoked_at,
        )
        for row, user in session.execute(query)
    ]


def revoke_api_token(session: Session, name: str, now: datetime) -> bool:
    """True when the token was live and is now revoked."""
    result = session.execute(
        update(ApiTokenRow)
        .where(ApiTokenRow.name == name, ApiTokenRow.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    return rows_changed(result) > 0


def use_api_token(session: Session, token_hash: str, now: datetime) -> str | None:
    """The name of the token with this hash (its last use noted) when it is not revoked,
    not expired and its owner is not disabled; else None."""
    owner = aliased(UserRow)
    row = session.scalar(
        select(ApiTokenRow)
        .outerjoin(owner, ApiTokenRow.owner_id == owner.id)
        .where(
            ApiTokenRow.token_hash == token_hash,
            ApiTokenRow.revoked_at.is_(None),
            or_(ApiTokenRow.expires_at.is_(None), ApiTokenRow.expires_at > now),
            or_(ApiTokenRow.owner_id.is_(None), owner.disabled.is_(False)),
        )
    )
    if row is None:
        return None
    row.last_used_at = now
    return row.name


# --- login attempts ---------------------------------------------------------------------


class LoginKind(StrEnum):
    ACCOUNT = "account"  # a user name as typed, casefolded (users that do not exist too)
    ADDRESS = "address"  # the client's address


@dataclass(frozen=True, order=True)
class LoginKey:
    kind: LoginKind
    key: str


@dataclass(frozen=True)
class LoginCount:
    key: LoginKey
    attempts: int  # let in since the count was last cleared
    last_attempt_at: datetime | None  # None: never


def lock_login_counts(
    session: Session, keys: Sequence[LoginKey], now: datetime
) -> dict[LoginKey, LoginCount]:
    """The counts of ``keys``, locked until the transaction ends (rows are created at zero
    when missing; always in the same order, so two attempts never deadlock)."""
    ordered = sorted(set(keys))
    values = [
        {"kind": str(k.kind), "key": k.key, "attempts": 0, "last_attempt_at": now} for k in ordered
    ]
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(insert(LoginAttemptRow).values(values).on_conflict_do_nothing())
    rows = session.scalars(
        select(LoginAttemptRow)
        .where(
            tuple_(LoginAttemptRow.kind, LoginAttemptRow.key).in_(
                [(str(k.kind), k.key) for k in ordered]
            )
        )
        .order_by(LoginAttemptRow.kind, LoginAttemptRow.key)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    found = {}
    for row in rows:
        key = LoginKey(LoginKind(row.kind), row.key)
        found[key] = LoginCount(key, row.attempts, row.last_attempt_at if row.attempts else None)
    return found


def count_login_attempt(session: Session, counts: dict[LoginKey, int], now: datetime) -> None:
    """Store the new counts of an attempt let in at ``now``."""
    for key, attempts in sorted(counts.items()):
        session.execute(
            update(LoginAttemptRow)
            .where(LoginAttemptRow.kind == str(key.kind), LoginAttemptRow.key == key.key)
            .values(attempts=attempts, last_attempt_at=now)
        )


def clear_login_attempts(session: Session, key: LoginKey) -> None:
    session.execute(
        delete(LoginAttemptRow).where(
            LoginAttemptRow.kind == str(key.kind), LoginAttemptRow.key == key.key
        )
    )


def uncount_login_attempt(session: Session, key: LoginKey) -> None:
    """One attempt fewer (a login that succeeded is no failure of its address)."""
    session.execute(
        update(LoginAttemptRow)
        .where(
            LoginAttemptRow.kind == str(key.kind),
            LoginAttemptRow.key == key.key,
            LoginAttemptRow.attempts > 0,
        )
        .values(attempts=LoginAttemptRow.attempts - 1)
    )


def forget_login_attempts(session: Session, before: datetime) -> None:
    """Drop counts whose last attempt is older than ``before``."""
    session.execute(delete(LoginAttemptRow).where(LoginAttemptRow.last_attempt_at < before))
