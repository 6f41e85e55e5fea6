"""Where a feed comes from: the feed a page advertises, when the watchlist names a page
(``discovered_url``), and what the watchlist derived the feed from, such as a search
template expanded for one person (``source``). An article's full text: whether its text
is its linked page's (``full_text``: "page", or "failed: why"), and the feed's own text
beside it (``feed_text``).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 18:05:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.add_column(sa.Column("discovered_url", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("source", sa.Text(), nullable=True))
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("full_text", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("feed_text", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_column("feed_text")
        batch_op.drop_column("full_text")
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.drop_column("source")
        batch_op.drop_column("discovered_url")
