"""Run the Alembic history programmatically (no alembic.ini needed).

Several processes may start at once on a fresh database (a worker and the CLI, or a fleet),
so the upgrade runs under a lock: a PostgreSQL advisory lock, or a file lock beside SQLite.
"""

from __future__ import annotations

import fcntl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: Arbitrary but fixed: the advisory-lock key every process of the fleet agrees on.
_PG_LOCK_KEY = 0x5D9_0001


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def include_on(dialect: str) -> Callable[..., bool]:
    """Alembic's ``include_object`` for ``dialect``: leaves out what the model declares for other databases.

    Such objects say so in ``info={"dialects": (...)}`` (and ``.ddl_if(dialect=...)`` for ``create_all``).
    """

    def include(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
        dialects = getattr(obj, "info", {}).get("dialects")
        return dialects is None or dialect in dialects

    return include


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


@contextmanager
def _sqlite_file_lock(engine: Engine) -> Iterator[None]:
    database = engine.url.database
    if not database or database == ":memory:":
        yield
        return
    with open(f"{database}.migrate.lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def upgrade(engine: Engine) -> None:
    """Bring the schema to the latest revision; a no-op when it already is."""
    head = head_revision()
    with engine.connect() as connection:
        if current_revision(connection) == head:
            return
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _PG_LOCK_KEY})
            try:
                connection.commit()
                if current_revision(connection) != head:
                    command.upgrade(alembic_config(connection), "head")
                connection.commit()
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _PG_LOCK_KEY})
                connection.commit()
        return
    with _sqlite_file_lock(engine), engine.connect() as connection:
        if current_revision(connection) != head:
            command.upgrade(alembic_config(connection), "head")
            connection.commit()
