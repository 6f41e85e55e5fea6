"""A status set by staff: who set it, to what, and when, so that neither a dismissal's
recomputation nor the next watchlist sync undoes it; and the status the watchlist file
last gave, so that an edit of the file is seen as the newer word.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 12:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("status_set_to", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("status_set_by", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("status_set_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("listed_status", sa.String(length=20), nullable=True))
    op.execute("UPDATE people SET listed_status = known_status")  # what the file gave so far


def downgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_column("listed_status")
        batch_op.drop_column("status_set_at")
        batch_op.drop_column("status_set_by")
        batch_op.drop_column("status_set_to")
