"""Quality: entity history, source schemas, invalid entities, run quality metrics, labels.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 00:20:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _json() -> sa.types.TypeEngine[object]:
    return sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def _id() -> sa.types.TypeEngine[int]:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "source_schemas",
        sa.Column("id", _id(), nullable=False),
        sa.Column("source_id", _id(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("fields", _json(), nullable=False),
        sa.Column("natural_key", _json(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_source_schemas_source_id_sources"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_schemas")),
        sa.UniqueConstraint("source_id", "number", name=op.f("uq_source_schemas_source_id")),
    )
    with op.batch_alter_table("source_schemas", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_source_schemas_source_id"), ["source_id"], unique=False)

    op.create_table(
        "invalid_entities",
        sa.Column("id", _id(), nullable=False),
        sa.Column("source_id", _id(), nullable=False),
        sa.Column("crawl_id", _id(), nullable=True),
        sa.Column("bronze_page_id", _id(), nullable=True),
        sa.Column("version_id", _id(), nullable=True),
        sa.Column("schema_number", sa.Integer(), nullable=True),
        sa.Column("entity_key", sa.String(length=64), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("data", _json(), nullable=False),
        sa.Column("reasons", _json(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["bronze_page_id"],
            ["bronze_pages.id"],
            name=op.f("fk_invalid_entities_bronze_page_id_bronze_pages"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["crawl_id"], ["crawls.id"], name=op.f("fk_invalid_entities_crawl_id_crawls"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_invalid_entities_source_id_sources"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["scraper_versions.id"],
            name=op.f("fk_invalid_entities_version_id_scraper_versions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invalid_entities")),
    )
    with op.batch_alter_table("invalid_entities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invalid_entities_crawl_id"), ["crawl_id"], unique=False)
        batch_op.create_index("ix_invalid_entities_source_at", ["source_id", "at"], unique=False)

    op.create_table(
        "entity_history",
        sa.Column("id", _id(), nullable=False),
        sa.Column("entity_id", _id(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("previous_data", _json(), nullable=False),
        sa.Column("changed_fields", _json(), nullable=False),
        sa.Column("crawl_id", _id(), nullable=True),
        sa.Column("version_id", _id(), nullable=True),
        sa.Column("parser_version", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["crawl_id"], ["crawls.id"], name=op.f("fk_entity_history_crawl_id_crawls"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["entity_id"],
            ["silver_entities.id"],
            name=op.f("fk_entity_history_entity_id_silver_entities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["scraper_versions.id"],
            name=op.f("fk_entity_history_version_id_scraper_versions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entity_history")),
        sa.UniqueConstraint("entity_id", "revision", name=op.f("uq_entity_history_entity_id")),
    )

    op.create_table(
        "run_quality",
        sa.Column("crawl_id", _id(), nullable=False),
        sa.Column("source_id", _id(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("succeeded", sa.Boolean(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("duplicates", sa.Integer(), nullable=False),
        sa.Column("invalid", sa.Integer(), nullable=False),
        sa.Column("completeness", _json(), nullable=False),
        sa.Column("type_errors", _json(), nullable=False),
        sa.Column("profile", _json(), nullable=False),
        sa.Column("anomalies", _json(), nullable=False),
        sa.Column("flagged", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["crawl_id"], ["crawls.id"], name=op.f("fk_run_quality_crawl_id_crawls"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_run_quality_source_id_sources"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("crawl_id", name=op.f("pk_run_quality")),
    )
    with op.batch_alter_table("run_quality", schema=None) as batch_op:
        batch_op.create_index("ix_run_quality_source_at", ["source_id", "at"], unique=False)

    with op.batch_alter_table("silver_entities", schema=None) as batch_op:
        batch_op.add_column(sa.Column("revision", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("labels", _json(), server_default="{}", nullable=False))
        batch_op.add_column(sa.Column("extracted_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("processed_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("silver_entities", schema=None) as batch_op:
        batch_op.drop_column("processed_at")
        batch_op.drop_column("extracted_at")
        batch_op.drop_column("labels")
        batch_op.drop_column("revision")

    with op.batch_alter_table("run_quality", schema=None) as batch_op:
        batch_op.drop_index("ix_run_quality_source_at")
    op.drop_table("run_quality")
    op.drop_table("entity_history")
    with op.batch_alter_table("invalid_entities", schema=None) as batch_op:
        batch_op.drop_index("ix_invalid_entities_source_at")
        batch_op.drop_index(batch_op.f("ix_invalid_entities_crawl_id"))
    op.drop_table("invalid_entities")
    with op.batch_alter_table("source_schemas", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_source_schemas_source_id"))
    op.drop_table("source_schemas")
