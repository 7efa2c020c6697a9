"""Fleet reliability: retries with backoff, outbox, concurrency slots, circuit breakers.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 00:20:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _json() -> sa.types.TypeEngine[object]:
    return sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def _id() -> sa.types.TypeEngine[int]:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_tasks_next_attempt_at"), ["next_attempt_at"], unique=False)
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.add_column(sa.Column("crawls_per_domain", sa.Integer(), nullable=True))

    op.create_table(
        "task_outbox",
        sa.Column("id", _id(), nullable=False),
        sa.Column("task", sa.String(length=64), nullable=False),
        sa.Column("args", _json(), nullable=False),
        sa.Column("queue", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("publish_attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(length=300), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_outbox")),
    )
    with op.batch_alter_table("task_outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_outbox_sent_at"), ["sent_at"], unique=False)

    op.create_table(
        "limit_slots",
        sa.Column("key", sa.String(length=160), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("holder", sa.String(length=128), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", "slot", name=op.f("pk_limit_slots")),
    )
    with op.batch_alter_table("limit_slots", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_limit_slots_expires_at"), ["expires_at"], unique=False)

    op.create_table(
        "circuit_breakers",
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("probe_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.String(length=300), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_circuit_breakers")),
    )


def downgrade() -> None:
    op.drop_table("circuit_breakers")
    with op.batch_alter_table("limit_slots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_limit_slots_expires_at"))
    op.drop_table("limit_slots")
    with op.batch_alter_table("task_outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_outbox_sent_at"))
    op.drop_table("task_outbox")
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_column("crawls_per_domain")
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tasks_next_attempt_at"))
        batch_op.drop_column("next_attempt_at")
