"""Where a feed comes from: the feed a page advertises, when the watchlist names a page
(``discovered_url``), and what the watchlist derived the feed from, such as a search
template expanded for one person (``source``).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 18:05:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.add_column(sa.Column("discovered_url", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("source", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.drop_column("source")
        batch_op.drop_column("discovered_url")
