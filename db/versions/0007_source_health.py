"""Source health: when a feed started failing, what the admin route was told, and
outbox rows about a feed rather than a person.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 09:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.add_column(sa.Column("failing_since", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("health_alerted", sa.String(length=20), nullable=True))
        batch_op.add_column(
            sa.Column("health_alerted_at", sa.DateTime(timezone=True), nullable=True)
        )
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "feed_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
            )
        )
        batch_op.add_column(sa.Column("source_state", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("summary", sa.Text(), nullable=True))
        batch_op.alter_column("person_id", existing_type=sa.String(length=200), nullable=True)
        batch_op.create_foreign_key(
            batch_op.f("fk_deliveries_feed_id_feeds"), "feeds", ["feed_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_deliveries_feed_id_feeds"), type_="foreignkey")
        batch_op.alter_column("person_id", existing_type=sa.String(length=200), nullable=False)
        batch_op.drop_column("summary")
        batch_op.drop_column("source_state")
        batch_op.drop_column("feed_id")
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.drop_column("health_alerted_at")
        batch_op.drop_column("health_alerted")
        batch_op.drop_column("failing_since")
