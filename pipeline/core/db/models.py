"""The product's tables. One Alembic history (``migrations/``) creates them on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from pipeline.core.datetext import utcnow
from pipeline.core.db.types import PortableJSON, UTCDateTime

# Named constraints keep Alembic migrations identical on both databases.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# BIGINT on PostgreSQL, INTEGER on SQLite (where only INTEGER PRIMARY KEY auto-increments).
Id = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[object, object]] = {dict[str, Any]: PortableJSON, datetime: UTCDateTime()}


class TaskState(StrEnum):
    PENDING = "PENDING"
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    QUARANTINED = "QUARANTINED"


class VersionStatus(StrEnum):
    STAGING = "staging"
    PRODUCTION = "production"
    QUARANTINED = "quarantined"
    RETIRED = "retired"


class Source(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    url: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: False until onboarding has deployed a first version.
    ready: Mapped[bool] = mapped_column(Boolean, default=False)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    schedule: Mapped[str] = mapped_column(String(64), default="1d")
    priority: Mapped[str] = mapped_column(String(8), default="normal")
    labels: Mapped[dict[str, Any]] = mapped_column(default=dict)
    next_run_at: Mapped[datetime | None] = mapped_column(index=True)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    #: Bronze pages older than this many days are deleted; None: storage.retention_days.
    retention_days: Mapped[int | None] = mapped_column(Integer)
    #: Crawls of this source's site at once; None: worker.crawls_per_domain (politeness).
    crawls_per_domain: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    versions: Mapped[list[ScraperVersion]] = relationship(
        back_populates="source",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ScraperVersion.number",
    )


class ScraperVersion(Base):
    __tablename__ = "scraper_versions"
    __table_args__ = (UniqueConstraint("source_id", "number"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default=VersionStatus.STAGING)
    code: Mapped[str] = mapped_column(Text)
    code_hash: Mapped[str] = mapped_column(String(64), index=True)
    spec: Mapped[dict[str, Any]]
    parser_version: Mapped[str] = mapped_column(String(16))
    created_by: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    source: Mapped[Source] = relationship(back_populates="versions")


class Task(Base):
    """The product's own task table: the broker carries messages, this row is the truth."""

    __tablename__ = "tasks"
    __table_args__ = (UniqueConstraint("run_id", "name"), Index("ix_tasks_state_lease", "state", "lease_expires_at"))

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    run_id: Mapped[str] = mapped_column(String(36), index=True)
    name: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))  # onboard | crawl | heal
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    source_name: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), default=TaskState.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    worker: Mapped[str | None] = mapped_column(String(128))
    lease_expires_at: Mapped[datetime | None]
    error: Mapped[str | None] = mapped_column(Text)
    result: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    #: Set while a transient failure waits for its retry (state FAILED); beat re-queues it then.
    next_attempt_at: Mapped[datetime | None] = mapped_column(index=True)


class Crawl(Base):
    __tablename__ = "crawls"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    version_id: Mapped[int | None] = mapped_column(ForeignKey("scraper_versions.id", ondelete="SET NULL"))
    run_id: Mapped[str] = mapped_column(String(36), index=True)
    purpose: Mapped[str] = mapped_column(String(16), default="production")  # production | validation
    status: Mapped[str] = mapped_column(String(16), default="running")  # running | succeeded | failed
    pages: Mapped[int] = mapped_column(Integer, default=0)
    items: Mapped[int] = mapped_column(Integer, default=0)
    stats: Mapped[dict[str, Any]] = mapped_column(default=dict)
    error: Mapped[str | None] = mapped_column(Text)
    log_tail: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]


class BronzeBlob(Base):
    """Page bodies, content-addressed: identical bytes are stored once, zlib-compressed."""

    __tablename__ = "bronze_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    compression: Mapped[str] = mapped_column(String(8), default="zlib")
    #: Chunk 0 (encrypted) when stored in the database, the whole zlib body for legacy blobs, else empty.
    data: Mapped[bytes] = mapped_column(LargeBinary)
    #: Key of the chunks (each chunk also names its own); None: a legacy blob, not encrypted yet.
    key_id: Mapped[str | None] = mapped_column(String(32), index=True)
    #: database (chunk 0 in ``data``, the rest in bronze_chunks) | folder (one file under bronze_dir).
    storage: Mapped[str] = mapped_column(String(8), default="database", server_default="database")
    chunks: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    stored_size: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")


class BronzeChunk(Base):
    """Encrypted chunks 1..n-1 of a Bronze blob stored in the database (chunk 0 is in the blob row)."""

    __tablename__ = "bronze_chunks"

    blob_sha256: Mapped[str] = mapped_column(ForeignKey("bronze_blobs.sha256", ondelete="CASCADE"), primary_key=True)
    idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class BronzePage(Base):
    """One fetched response, exactly as received."""

    __tablename__ = "bronze_pages"
    __table_args__ = (UniqueConstraint("crawl_id", "url"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    crawl_id: Mapped[int] = mapped_column(ForeignKey("crawls.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(Text)
    final_url: Mapped[str] = mapped_column(Text)
    status: Mapped[int] = mapped_column(Integer)
    headers: Mapped[dict[str, Any]]
    body_sha256: Mapped[str] = mapped_column(ForeignKey("bronze_blobs.sha256"), index=True)
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)


class SilverEntity(Base):
    """A normalised record, deduplicated per source by its natural key."""

    __tablename__ = "silver_entities"
    __table_args__ = (
        UniqueConstraint("source_id", "entity_key"),
        Index("ix_silver_entities_source_seen", "source_id", "last_seen_at"),
        Index("ix_silver_entities_last_seen_at", "last_seen_at"),  # the latest across all sources
        # Label filters (`labels @> {...}`) on PostgreSQL; SQLite has no JSON index (migration 0011).
        Index(
            "ix_silver_entities_labels",
            "labels",
            postgresql_using="gin",
            postgresql_ops={"labels": "jsonb_path_ops"},
            info={"dialects": ("postgresql",)},
        ).ddl_if(dialect="postgresql"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    entity_key: Mapped[str] = mapped_column(String(64))
    url: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]]
    content_hash: Mapped[str] = mapped_column(String(64))
    bronze_page_id: Mapped[int | None] = mapped_column(ForeignKey("bronze_pages.id", ondelete="SET NULL"))
    version_id: Mapped[int | None] = mapped_column(ForeignKey("scraper_versions.id", ondelete="SET NULL"))
    crawl_id: Mapped[int | None] = mapped_column(ForeignKey("crawls.id", ondelete="SET NULL"))
    parser_version: Mapped[str] = mapped_column(String(16))
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: Bumped by each change of ``data``; entity_history keeps the earlier ones.
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    labels: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")
    #: When the page holding the latest data was fetched, and when Silver wrote it.
    extracted_at: Mapped[datetime | None]
    processed_at: Mapped[datetime | None]


class AuditEvent(Base):
    """Who or what did what, and why. Kept by source *name*, so it outlives a purged source."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    source_name: Mapped[str | None] = mapped_column(String(64), index=True)
    run_id: Mapped[str | None] = mapped_column(String(36), index=True)
    level: Mapped[str] = mapped_column(String(8), default="info")
    message: Mapped[str] = mapped_column(Text)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class WorkerHeartbeat(Base):
    """Worker liveness; the embedded transport cannot answer ``inspect ping``."""

    __tablename__ = "worker_heartbeats"

    name: Mapped[str] = mapped_column(String(128), primary_key=True)
    hostname: Mapped[str] = mapped_column(String(128))
    pid: Mapped[int] = mapped_column(Integer)
    queues: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class LLMUsage(Base):
    """One call to a language model, or a cached answer standing in for one: what it cost, how it went.

    Kept by source *name*, like the audit log, so the spend of a purged source still counts.
    """

    __tablename__ = "llm_usage"
    __table_args__ = (Index("ix_llm_usage_source_at", "source_name", "at"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    provider: Mapped[str] = mapped_column(String(16))
    model: Mapped[str] = mapped_column(String(128))
    agent: Mapped[str] = mapped_column(String(32))
    source_name: Mapped[str] = mapped_column(String(64))
    prompt_tokens: Mapped[int] = mapped_column(Integer, default=0)
    completion_tokens: Mapped[int] = mapped_column(Integer, default=0)
    #: A double: fractions of a cent add up precisely enough for a budget (no Decimal warnings on SQLite).
    cost_usd: Mapped[float] = mapped_column(default=0.0)
    latency_ms: Mapped[int] = mapped_column(Integer, default=0)
    cached: Mapped[bool] = mapped_column(Boolean, default=False)
    #: ok | invalid | timeout | rate_limited | error
    outcome: Mapped[str] = mapped_column(String(16))
    #: The error's class and HTTP status only: never a message that could echo a prompt or a key.
    error: Mapped[str | None] = mapped_column(String(200))


# --- How a source's pages are reached (issue #3: fetch backend and proxy) ---------------------


class SourceAccess(Base):
    """A source's own way in: the fetch backend and a proxy (stored sealed: it may hold a password)."""

    __tablename__ = "source_access"

    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True)
    #: http | firecrawl; empty: the crawl settings decide.
    fetcher: Mapped[str | None] = mapped_column(String(16))
    proxy_sealed: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


# --- The Doctor (issue #5): Knowledge Base lessons and each source's health ---------------------


class Lesson(Base):
    """A repair that worked once, abstracted so it can be re-applied to another spec."""

    __tablename__ = "kb_lessons"
    __table_args__ = (Index("ix_kb_lessons_status_error", "status", "error_type"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    #: class renamed | wrapper added | tag changed | moved into attribute | label reworded | restructured
    change: Mapped[str] = mapped_column(String(64))
    #: The selector transformation (see pipeline.core.knowledge.apply_transform).
    transform: Mapped[dict[str, Any]]
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    error_type: Mapped[str] = mapped_column(String(32))
    domain_pattern: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    #: proposed | approved | rejected
    status: Mapped[str] = mapped_column(String(16), default="proposed")
    successes: Mapped[int] = mapped_column(Integer, default=0)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    source_name: Mapped[str | None] = mapped_column(String(64))
    evidence: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_by: Mapped[str] = mapped_column(String(64), default="doctor")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    last_tried_at: Mapped[datetime | None]


class SourceHealth(Base):
    """What the Doctor knows of a source between runs: last verdict, streaks and politeness."""

    __tablename__ = "source_health"

    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True)
    last_class: Mapped[str] = mapped_column(String(32), default="ok")
    #: Consecutive failures classified "site changed" (what triggers a repair).
    changed_streak: Mapped[int] = mapped_column(Integer, default=0)
    #: Multiplies the wait before the next run after transient failures; back to 1 after a success.
    politeness: Mapped[float] = mapped_column(default=1.0)
    last_alert: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


# --- Privacy (issue #6): consent, collection policy, redaction evidence -----------------------


class SourceConsent(Base):
    """Who approved collecting a source, on which legal basis, for what, until when.

    Kept by source *name*: consent is recorded before `sdp add` creates the source, and outlives it.
    """

    __tablename__ = "source_consents"

    source_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    approved_by: Mapped[str] = mapped_column(String(128))
    #: consent | contract | legal_obligation | vital_interests | public_task | legitimate_interests
    legal_basis: Mapped[str] = mapped_column(String(32))
    scope: Mapped[str] = mapped_column(Text)
    expires_at: Mapped[datetime | None]
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class CollectionPolicy(Base):
    """How a source may be collected: robots.txt, pace, fields dropped or redacted before Silver."""

    __tablename__ = "collection_policies"

    source_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    obey_robots: Mapped[bool] = mapped_column(Boolean, default=True)
    download_delay_s: Mapped[float | None] = mapped_column(Float)
    drop_fields: Mapped[list[str]] = mapped_column(PortableJSON, default=list)
    redact_fields: Mapped[list[str]] = mapped_column(PortableJSON, default=list)
    #: name -> regular expression, checked when stored.
    redact_patterns: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class EntityRedaction(Base):
    """Which redaction rules hit which fields of an entity's latest record: counts, never values."""

    __tablename__ = "entity_redactions"

    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True)
    entity_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: {field: {rule: count}}
    hits: Mapped[dict[str, Any]]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


# --- Silver quality (issue #6): schemas, invalid records, change history, run quality --------


class SourceSchema(Base):
    """One version of a source's Silver schema: each field's type, and whether it is required or sensitive."""

    __tablename__ = "source_schemas"
    __table_args__ = (UniqueConstraint("source_id", "number"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    #: {name: {"type": FieldType, "required": bool, "sensitive": bool}}
    fields: Mapped[dict[str, Any]]
    natural_key: Mapped[list[str]] = mapped_column(PortableJSON, default=list)
    created_by: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class InvalidEntity(Base):
    """A record that failed schema validation: kept aside with its reasons, never in Silver."""

    __tablename__ = "invalid_entities"
    __table_args__ = (Index("ix_invalid_entities_source_at", "source_id", "at"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    crawl_id: Mapped[int | None] = mapped_column(ForeignKey("crawls.id", ondelete="SET NULL"), index=True)
    bronze_page_id: Mapped[int | None] = mapped_column(ForeignKey("bronze_pages.id", ondelete="SET NULL"))
    version_id: Mapped[int | None] = mapped_column(ForeignKey("scraper_versions.id", ondelete="SET NULL"))
    schema_number: Mapped[int | None] = mapped_column(Integer)
    entity_key: Mapped[str] = mapped_column(String(64))
    url: Mapped[str] = mapped_column(Text)
    #: The record and the reasons, each sealed whole (``crypto.seal_record``); ``crypto.open_record`` reads them.
    data: Mapped[dict[str, Any]]
    reasons: Mapped[list[str] | dict[str, str]] = mapped_column(PortableJSON)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class EntityHistory(Base):
    """One change of a Silver entity: the data it had before, and what changed it."""

    __tablename__ = "entity_history"
    __table_args__ = (UniqueConstraint("entity_id", "revision"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("silver_entities.id", ondelete="CASCADE"))
    #: The entity's revision after this change (the first change makes revision 2).
    revision: Mapped[int] = mapped_column(Integer)
    previous_data: Mapped[dict[str, Any]]
    changed_fields: Mapped[list[str]] = mapped_column(PortableJSON)
    crawl_id: Mapped[int | None] = mapped_column(ForeignKey("crawls.id", ondelete="SET NULL"))
    version_id: Mapped[int | None] = mapped_column(ForeignKey("scraper_versions.id", ondelete="SET NULL"))
    parser_version: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class RunQuality(Base):
    """Quality figures of one production crawl, and the anomalies found against the source's history."""

    __tablename__ = "run_quality"
    __table_args__ = (Index("ix_run_quality_source_at", "source_id", "at"),)

    crawl_id: Mapped[int] = mapped_column(ForeignKey("crawls.id", ondelete="CASCADE"), primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    succeeded: Mapped[bool] = mapped_column(Boolean, default=True)
    records: Mapped[int] = mapped_column(Integer, default=0)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    invalid: Mapped[int] = mapped_column(Integer, default=0)
    #: field -> share of records with a value
    completeness: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: field -> records whose value does not have the schema's type
    type_errors: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: Per-field value summaries (numeric percentiles, categorical shares) the next runs compare against.
    profile: Mapped[dict[str, Any]] = mapped_column(default=dict)
    anomalies: Mapped[list[dict[str, Any]]] = mapped_column(PortableJSON, default=list)
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)


# --- REST API keys (issue #5 and DESIGN.md "Security model") -----------------------------------


class ApiKey(Base):
    """An API key: only its SHA-256 is stored; the secret is shown once, when it is made."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), index=True)
    #: read-only | operator | admin | developer
    role: Mapped[str] = mapped_column(String(16))
    #: The key's first characters, to recognise it in a list; not enough to use it.
    prefix: Mapped[str] = mapped_column(String(16))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime | None]
    last_used_at: Mapped[datetime | None]
    #: Set on revocation; a rotated key's old secret works until this moment (the grace period).
    revoked_at: Mapped[datetime | None]
    rotated_from: Mapped[int | None] = mapped_column(Id)


# --- The worker fleet (issue #4): outbox, concurrency slots, circuit breakers ----------------------


class OutboxMessage(Base):
    """A message to publish, written in the transaction that made it necessary; a relay sends it."""

    __tablename__ = "task_outbox"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    task: Mapped[str] = mapped_column(String(64))
    args: Mapped[list[Any]] = mapped_column(PortableJSON, default=list)
    queue: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: None until the broker accepted it.
    sent_at: Mapped[datetime | None] = mapped_column(index=True)
    publish_attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(300))


class LimitSlot(Base):
    """One held unit of a concurrency limit (``crawl``, ``domain:example.com``, ``llm:openai``)."""

    __tablename__ = "limit_slots"

    key: Mapped[str] = mapped_column(String(160), primary_key=True)
    slot: Mapped[int] = mapped_column(Integer, primary_key=True)
    holder: Mapped[str] = mapped_column(String(128))
    #: A holder that died stops renewing; its slot is free again after this.
    expires_at: Mapped[datetime] = mapped_column(index=True)


class CircuitBreaker(Base):
    """A circuit breaker every worker sees: ``domain:example.com``, ``llm:openai``, ``database``."""

    __tablename__ = "circuit_breakers"

    name: Mapped[str] = mapped_column(String(160), primary_key=True)
    #: closed | open | half_open
    state: Mapped[str] = mapped_column(String(16), default="closed")
    failures: Mapped[int] = mapped_column(Integer, default=0)
    opened_at: Mapped[datetime | None]
    probe_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(String(300))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
