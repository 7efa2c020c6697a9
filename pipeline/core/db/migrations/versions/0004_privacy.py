"""Privacy: consent records and collection policies (by source name), redaction evidence per entity.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 00:20:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _json() -> sa.types.TypeEngine[object]:
    return sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.create_table(
        "source_consents",
        sa.Column("source_name", sa.String(length=64), nullable=False),
        sa.Column("approved_by", sa.String(length=128), nullable=False),
        sa.Column("legal_basis", sa.String(length=32), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("source_name", name=op.f("pk_source_consents")),
    )
    op.create_table(
        "collection_policies",
        sa.Column("source_name", sa.String(length=64), nullable=False),
        sa.Column("obey_robots", sa.Boolean(), nullable=False),
        sa.Column("download_delay_s", sa.Float(), nullable=True),
        sa.Column("drop_fields", _json(), nullable=False),
        sa.Column("redact_fields", _json(), nullable=False),
        sa.Column("redact_patterns", _json(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("source_name", name=op.f("pk_collection_policies")),
    )
    op.create_table(
        "entity_redactions",
        sa.Column("source_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("entity_key", sa.String(length=64), nullable=False),
        sa.Column("hits", _json(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_entity_redactions_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("source_id", "entity_key", name=op.f("pk_entity_redactions")),
    )


def downgrade() -> None:
    op.drop_table("entity_redactions")
    op.drop_table("collection_policies")
    op.drop_table("source_consents")
