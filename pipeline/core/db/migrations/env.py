"""Alembic environment: runs on the connection handed over by ``pipeline.core.db.migrate``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from pipeline.core.db.migrate import include_on
from pipeline.core.db.models import Base

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
        compare_type=True,
        include_object=include_on(connection.dialect.name),
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from config.settings import get_settings  # noqa: PLC0415 - only for the alembic CLI

    with create_engine(get_settings().database_url).begin() as own:
        _run(own)


run_migrations_online()
