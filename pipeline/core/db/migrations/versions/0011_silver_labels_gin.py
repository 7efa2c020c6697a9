"""Silver: a GIN index on labels (PostgreSQL only), for `sdp export --label` filtering in SQL.

The label filter is JSON containment (``labels @> '{"k": "v"}'``), which a ``jsonb_path_ops`` GIN
index answers. SQLite has no such index: there the filter is ``json_extract`` per key, and this
migration does nothing.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 15:10:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_silver_entities_labels"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.create_index(
        INDEX,
        "silver_entities",
        ["labels"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"labels": "jsonb_path_ops"},
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_index(INDEX, table_name="silver_entities")
