"""People's tags in the database, so that what reads people by tag (the Atom feeds by
tag) asks the database rather than the watchlist file. Filled by the next watchlist sync
(every command that reads the watchlist and writes does one).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 22:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_tags",
        sa.Column("person_id", sa.String(length=200), nullable=False),
        sa.Column("tag", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_person_tags_person_id_people")
        ),
        sa.PrimaryKeyConstraint("person_id", "tag", name=op.f("pk_person_tags")),
    )
    op.create_index(op.f("ix_person_tags_tag"), "person_tags", ["tag"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_person_tags_tag"), table_name="person_tags")
    op.drop_table("person_tags")
