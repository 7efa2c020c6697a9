"""Bronze and Silver security: encryption key ids, blob storage location, retention.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 00:20:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing blobs keep key_id NULL (zlib, not encrypted) and stay readable; `sdp encryption rotate`
    # encrypts them.
    with op.batch_alter_table('bronze_blobs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('key_id', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('storage', sa.String(length=8), server_default='database', nullable=False))
        batch_op.add_column(sa.Column('chunks', sa.Integer(), server_default='1', nullable=False))
        batch_op.add_column(sa.Column('stored_size', sa.BigInteger(), server_default='0', nullable=False))
        batch_op.create_index(batch_op.f('ix_bronze_blobs_key_id'), ['key_id'], unique=False)

    op.create_table('bronze_chunks',
    sa.Column('blob_sha256', sa.String(length=64), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['blob_sha256'], ['bronze_blobs.sha256'],
                            name=op.f('fk_bronze_chunks_blob_sha256_bronze_blobs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('blob_sha256', 'idx', name=op.f('pk_bronze_chunks'))
    )

    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.add_column(sa.Column('retention_days', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.drop_column('retention_days')

    op.drop_table('bronze_chunks')

    with op.batch_alter_table('bronze_blobs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bronze_blobs_key_id'))
        batch_op.drop_column('stored_size')
        batch_op.drop_column('chunks')
        batch_op.drop_column('storage')
        batch_op.drop_column('key_id')
