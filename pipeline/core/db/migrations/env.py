"""Alembic environment: uses the engine handed over by ``pipeline.core.db.migrate``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine, create_engine

from pipeline.core.db.models import Base

target_metadata = Base.metadata


def _engine() -> Engine:
    engine = context.config.attributes.get("engine")
    if engine is not None:
        return engine  # type: ignore[no-any-return]
    from config.settings import get_settings  # noqa: PLC0415 - only for the alembic CLI

    return create_engine(get_settings().database_url)


def run_migrations_online() -> None:
    engine = _engine()
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
