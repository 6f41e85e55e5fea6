"""Corrections: a delivery that takes back a sent alert whose match was dismissed names
that alert (``corrects_id``); the unique constraint keeps it to one correction each.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 18:55:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "corrects_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
            )
        )
        batch_op.create_unique_constraint(batch_op.f("uq_deliveries_corrects_id"), ["corrects_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_deliveries_corrects_id_deliveries"),
            "deliveries",
            ["corrects_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_deliveries_corrects_id_deliveries"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("uq_deliveries_corrects_id"), type_="unique")
        batch_op.drop_column("corrects_id")
