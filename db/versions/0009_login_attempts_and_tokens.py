"""Login attempts counted per account and per address in the database (replicas share
them); API tokens get an owner, an optional expiry, and unique names.

Tokens made before have no owner and keep working until revoked. Where two tokens
shared a name, the later ones are renamed "NAME #ID" before names become unique.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 17:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

Key = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "login_attempts",
        sa.Column("id", Key, nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_attempts")),
        sa.UniqueConstraint("kind", "key", name=op.f("uq_login_attempts_kind")),
    )
    with op.batch_alter_table("login_attempts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_login_attempts_last_attempt_at"), ["last_attempt_at"], unique=False
        )
    op.execute(
        "UPDATE api_tokens SET name = substr(name, 1, 170) || ' #' || CAST(id AS VARCHAR(20)) "
        "WHERE id NOT IN (SELECT min(id) FROM api_tokens GROUP BY name)"
    )
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.add_column(sa.Column("owner_id", Key, nullable=True))
        batch_op.add_column(sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_api_tokens_owner_id"), ["owner_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_api_tokens_owner_id_users"), "users", ["owner_id"], ["id"]
        )
        batch_op.create_unique_constraint(batch_op.f("uq_api_tokens_name"), ["name"])


def downgrade() -> None:
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_api_tokens_name"), type_="unique")
        batch_op.drop_constraint(batch_op.f("fk_api_tokens_owner_id_users"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_api_tokens_owner_id"))
        batch_op.drop_column("expires_at")
        batch_op.drop_column("owner_id")
    with op.batch_alter_table("login_attempts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_attempts_last_attempt_at"))
    op.drop_table("login_attempts")
