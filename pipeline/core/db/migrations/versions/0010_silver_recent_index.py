"""Silver: an index on last_seen_at, for "what changed recently" across every source.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 13:55:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("silver_entities", schema=None) as batch_op:
        batch_op.create_index("ix_silver_entities_last_seen_at", ["last_seen_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("silver_entities", schema=None) as batch_op:
        batch_op.drop_index("ix_silver_entities_last_seen_at")
