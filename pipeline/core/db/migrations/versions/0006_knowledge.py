"""Doctor: Knowledge Base lessons and each source's health (last verdict, streaks, politeness).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 00:20:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "kb_lessons",
        sa.Column("id", _ID, nullable=False),
        sa.Column("change", sa.String(length=64), nullable=False),
        sa.Column("transform", _JSON, nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("error_type", sa.String(length=32), nullable=False),
        sa.Column("domain_pattern", sa.String(length=255), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("successes", sa.Integer(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("source_name", sa.String(length=64), nullable=True),
        sa.Column("evidence", _JSON, nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_tried_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_lessons")),
    )
    with op.batch_alter_table("kb_lessons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kb_lessons_fingerprint"), ["fingerprint"], unique=False)
        batch_op.create_index("ix_kb_lessons_status_error", ["status", "error_type"], unique=False)
    op.create_table(
        "source_health",
        sa.Column("source_id", _ID, nullable=False),
        sa.Column("last_class", sa.String(length=32), nullable=False),
        sa.Column("changed_streak", sa.Integer(), nullable=False),
        sa.Column("politeness", sa.Double(), nullable=False),
        sa.Column("last_alert", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_source_health_source_id_sources"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("source_id", name=op.f("pk_source_health")),
    )


def downgrade() -> None:
    op.drop_table("source_health")
    with op.batch_alter_table("kb_lessons", schema=None) as batch_op:
        batch_op.drop_index("ix_kb_lessons_status_error")
        batch_op.drop_index(batch_op.f("ix_kb_lessons_fingerprint"))
    op.drop_table("kb_lessons")
