"""The SHA-256 of each feed's last stored document (``feeds.body_hash``): a server that
ignores conditional requests and sends the same bytes again is answered as not modified,
with no parse and no lookups (``app.pipeline``); and that document's <ttl>
(``feeds.ttl_minutes``), which a not-modified pass honours as the document's pass did.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04 10:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.add_column(sa.Column("body_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("ttl_minutes", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.drop_column("ttl_minutes")
        batch_op.drop_column("body_hash")
