"""The language of the article a match was found in (``core.languages``): "ru", "en", or
a language whose events are not read, so the match log can say why it holds no event.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 03:25:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("matches", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lang", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("matches", schema=None) as batch_op:
        batch_op.drop_column("lang")
