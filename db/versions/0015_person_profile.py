"""What the people pages show of a person beyond the status: the watchlist's aliases and
context words (kept by the watchlist sync), and the date a hand-set status took effect
(``status_set_since``; ``status_set_at`` stays the moment staff set it).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 03:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("aliases", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("context", sa.JSON(), nullable=True))
        batch_op.add_column(
            sa.Column("status_set_since", sa.DateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_column("status_set_since")
        batch_op.drop_column("context")
        batch_op.drop_column("aliases")
