"""Initial schema: sources, scraper versions, tasks, crawls, Bronze, Silver, audit log, heartbeats.

Revision ID: 0001
Revises:
Create Date: 2026-11-26 14:51:24.375066
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('source_name', sa.String(length=64), nullable=True),
    sa.Column('run_id', sa.String(length=36), nullable=True),
    sa.Column('level', sa.String(length=8), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('details', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_run_id'), ['run_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_source_name'), ['source_name'], unique=False)

    op.create_table('bronze_blobs',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('compression', sa.String(length=8), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_bronze_blobs'))
    )
    op.create_table('sources',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('ready', sa.Boolean(), nullable=False),
    sa.Column('pinned', sa.Boolean(), nullable=False),
    sa.Column('schedule', sa.String(length=64), nullable=False),
    sa.Column('priority', sa.String(length=8), nullable=False),
    sa.Column('labels', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('next_run_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('consecutive_failures', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sources')),
    sa.UniqueConstraint('name', name=op.f('uq_sources_name'))
    )
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sources_next_run_at'), ['next_run_at'], unique=False)

    op.create_table('worker_heartbeats',
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('hostname', sa.String(length=128), nullable=False),
    sa.Column('pid', sa.Integer(), nullable=False),
    sa.Column('queues', sa.Text(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_worker_heartbeats'))
    )
    op.create_table('scraper_versions',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('source_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('code', sa.Text(), nullable=False),
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('spec', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('parser_version', sa.String(length=16), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_scraper_versions_source_id_sources'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scraper_versions')),
    sa.UniqueConstraint('source_id', 'number', name=op.f('uq_scraper_versions_source_id'))
    )
    with op.batch_alter_table('scraper_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scraper_versions_code_hash'), ['code_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_scraper_versions_source_id'), ['source_id'], unique=False)

    op.create_table('tasks',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('run_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('source_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('source_name', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('worker', sa.String(length=128), nullable=True),
    sa.Column('lease_expires_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('result', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_tasks_source_id_sources'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tasks')),
    sa.UniqueConstraint('run_id', 'name', name=op.f('uq_tasks_run_id'))
    )
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tasks_run_id'), ['run_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasks_source_id'), ['source_id'], unique=False)
        batch_op.create_index('ix_tasks_state_lease', ['state', 'lease_expires_at'], unique=False)

    op.create_table('crawls',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('source_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('version_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('run_id', sa.String(length=36), nullable=False),
    sa.Column('purpose', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('items', sa.Integer(), nullable=False),
    sa.Column('stats', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('log_tail', sa.Text(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_crawls_source_id_sources'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['version_id'], ['scraper_versions.id'], name=op.f('fk_crawls_version_id_scraper_versions'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crawls'))
    )
    with op.batch_alter_table('crawls', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_crawls_run_id'), ['run_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_crawls_source_id'), ['source_id'], unique=False)

    op.create_table('bronze_pages',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('source_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('crawl_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('final_url', sa.Text(), nullable=False),
    sa.Column('status', sa.Integer(), nullable=False),
    sa.Column('headers', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('body_sha256', sa.String(length=64), nullable=False),
    sa.Column('fetched_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['body_sha256'], ['bronze_blobs.sha256'], name=op.f('fk_bronze_pages_body_sha256_bronze_blobs')),
    sa.ForeignKeyConstraint(['crawl_id'], ['crawls.id'], name=op.f('fk_bronze_pages_crawl_id_crawls'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_bronze_pages_source_id_sources'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bronze_pages')),
    sa.UniqueConstraint('crawl_id', 'url', name=op.f('uq_bronze_pages_crawl_id'))
    )
    with op.batch_alter_table('bronze_pages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bronze_pages_body_sha256'), ['body_sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_bronze_pages_crawl_id'), ['crawl_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bronze_pages_source_id'), ['source_id'], unique=False)

    op.create_table('silver_entities',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('source_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('entity_key', sa.String(length=64), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('data', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('bronze_page_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('version_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('crawl_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('parser_version', sa.String(length=16), nullable=False),
    sa.Column('first_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['bronze_page_id'], ['bronze_pages.id'], name=op.f('fk_silver_entities_bronze_page_id_bronze_pages'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['crawl_id'], ['crawls.id'], name=op.f('fk_silver_entities_crawl_id_crawls'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_silver_entities_source_id_sources'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['version_id'], ['scraper_versions.id'], name=op.f('fk_silver_entities_version_id_scraper_versions'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_silver_entities')),
    sa.UniqueConstraint('source_id', 'entity_key', name=op.f('uq_silver_entities_source_id'))
    )
    with op.batch_alter_table('silver_entities', schema=None) as batch_op:
        batch_op.create_index('ix_silver_entities_source_seen', ['source_id', 'last_seen_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('silver_entities', schema=None) as batch_op:
        batch_op.drop_index('ix_silver_entities_source_seen')

    op.drop_table('silver_entities')
    with op.batch_alter_table('bronze_pages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bronze_pages_source_id'))
        batch_op.drop_index(batch_op.f('ix_bronze_pages_crawl_id'))
        batch_op.drop_index(batch_op.f('ix_bronze_pages_body_sha256'))

    op.drop_table('bronze_pages')
    with op.batch_alter_table('crawls', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_crawls_source_id'))
        batch_op.drop_index(batch_op.f('ix_crawls_run_id'))

    op.drop_table('crawls')
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_index('ix_tasks_state_lease')
        batch_op.drop_index(batch_op.f('ix_tasks_source_id'))
        batch_op.drop_index(batch_op.f('ix_tasks_run_id'))

    op.drop_table('tasks')
    with op.batch_alter_table('scraper_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scraper_versions_source_id'))
        batch_op.drop_index(batch_op.f('ix_scraper_versions_code_hash'))

    op.drop_table('scraper_versions')
    op.drop_table('worker_heartbeats')
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sources_next_run_at'))

    op.drop_table('sources')
    op.drop_table('bronze_blobs')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_source_name'))
        batch_op.drop_index(batch_op.f('ix_audit_log_run_id'))
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
