"""Engines and sessions, created lazily per process (never shared across a fork)."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url, text
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from config.logging import redact
from config.settings import Settings, get_settings
from pipeline.core.db.revision import is_current
from pipeline.core.exceptions import ConfigurationError, ServiceUnavailable
from pipeline.core.retry import database_unreachable

_lock = threading.Lock()
_engines: dict[tuple[int, str], Engine] = {}
_migrated: set[tuple[int, str]] = set()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the CLI read while a worker writes; the busy timeout rides out short write locks.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _mark_lost_connections(context: ExceptionContext) -> None:
    """Tell the pool a connection is lost when psycopg says so in other words, so it is replaced.

    SQLAlchemy asks the dialect whether an error is a disconnect; psycopg's dialect says yes only
    for a connection already marked closed or broken. A connection lost mid-command may be
    neither: its pre-ping then fails with ``ProgrammingError`` ("can't change 'autocommit' now:
    connection in transaction status ACTIVE"), and without this the pool hands the error to the
    caller instead of connecting again. The ping is an empty statement, so any DB-API error in it
    is the connection's, never the SQL's; elsewhere, an error raised while a lost connection's
    OperationalError was being handled is that same loss.
    """
    original = context.original_exception
    dbapi = context.dialect.loaded_dbapi
    in_ping = context.is_pre_ping and isinstance(original, dbapi.Error)
    hidden = not isinstance(original, dbapi.OperationalError) and database_unreachable(original)
    if in_ping or hidden:
        context.is_disconnect = True


def _build_engine(url: str, settings: Settings) -> Engine:
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise ConfigurationError(
            f"SDP_DATABASE_URL {redact(url)!r} is not a database URL; "
            "use e.g. postgresql+psycopg://user@host/db or leave it empty for SQLite."
        ) from exc
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername.startswith("sqlite"):
        if parsed.database:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if not parsed.drivername.startswith("postgresql"):
        raise ConfigurationError(
            f"Unsupported database {parsed.drivername!r} in SDP_DATABASE_URL; "
            "use PostgreSQL (postgresql+psycopg://…) or leave it empty for SQLite."
        )
    engine = create_engine(
        parsed,
        pool_size=settings.database.pool_size,
        pool_pre_ping=True,
        pool_recycle=1800,
        connect_args={"connect_timeout": int(settings.database.connect_timeout_s)},
    )
    event.listen(engine, "handle_error", _mark_lost_connections)
    return engine


def get_engine(settings: Settings | None = None, *, migrate: bool = True) -> Engine:
    """The engine for this process, migrated to the latest schema on first use."""
    settings = settings or get_settings()
    url = settings.database_url
    key = (os.getpid(), url)
    with _lock:
        engine = _engines.get(key)
        if engine is None:
            engine = _engines[key] = _build_engine(url, settings)
        if migrate and key not in _migrated:
            check_connection(engine)
            if not is_current(engine):
                from pipeline.core.db.migrate import upgrade  # noqa: PLC0415 - alembic is heavy

                upgrade(engine)
            _migrated.add(key)
    return engine


def check_connection(engine: Engine) -> None:
    """Raise ServiceUnavailable with one clear line when the database does not answer."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except (OperationalError, DBAPIError) as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        raise ServiceUnavailable(
            f"Database {redact(engine.url.render_as_string(hide_password=True))} does not answer "
            f"({redact(reason)}). Check SDP_DATABASE_URL and that the server is running."
        ) from None


def dispose_engines(*, after_fork: bool = False) -> None:
    """Forget this process's engines.

    After a fork the inherited connections belong to the parent: drop them without closing
    them (closing would end the parent's sessions too).
    """
    with _lock:
        for (pid, _), engine in _engines.items():
            engine.dispose(close=not after_fork and pid == os.getpid())
        _engines.clear()
        _migrated.clear()


@contextmanager
def session_scope(settings: Settings | None = None) -> Iterator[Session]:
    """A transaction: committed when the block ends, rolled back when it raises."""
    factory = sessionmaker(get_engine(settings), expire_on_commit=False)
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
