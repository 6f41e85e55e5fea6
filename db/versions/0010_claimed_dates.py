"""The date a feed claimed for an item when the monitor did not trust it (far in the
future, or before 1990: the item is then dated at its fetch time), and how many times an
article names a person when only the first mentions are kept.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 17:40:00.000000
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("claimed_published_at", sa.DateTime(timezone=True), nullable=True)
        )
    with op.batch_alter_table("matches", schema=None) as batch_op:
        batch_op.add_column(sa.Column("mention_count", sa.Integer(), nullable=True))
    redate_untrusted_articles()


FUTURE_TOLERANCE = timedelta(days=1)  # as monitor.core.dates, frozen at this revision
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)


def redate_untrusted_articles() -> None:
    """Articles stored before with a date the monitor no longer trusts are dated at their
    first sight, their feed's date kept as the claimed one."""
    articles = sa.table(
        "articles",
        sa.column("id", sa.Integer),
        sa.column("published_at", sa.DateTime(timezone=True)),
        sa.column("claimed_published_at", sa.DateTime(timezone=True)),
        sa.column("first_seen_at", sa.DateTime(timezone=True)),
    )
    connection = op.get_bind()
    earliest = EARLIEST.replace(tzinfo=None) if connection.dialect.name == "sqlite" else EARLIEST
    candidates = connection.execute(
        sa.select(articles.c.id, articles.c.published_at, articles.c.first_seen_at).where(
            (articles.c.published_at > articles.c.first_seen_at)
            | (articles.c.published_at < earliest)
        )
    ).all()
    for article_id, published, first_seen in candidates:
        published, first_seen = aware(published), aware(first_seen)
        if published >= EARLIEST and published - first_seen <= FUTURE_TOLERANCE:
            continue
        connection.execute(
            articles.update()
            .where(articles.c.id == article_id)
            .values(claimed_published_at=published, published_at=first_seen)
        )


def aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def downgrade() -> None:
    with op.batch_alter_table("matches", schema=None) as batch_op:
        batch_op.drop_column("mention_count")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_column("claimed_published_at")
