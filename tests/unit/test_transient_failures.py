"""Which failures are retried: a database that went away is, however the driver words it."""

from __future__ import annotations

import psycopg
from sqlalchemy.exc import OperationalError, ProgrammingError

from pipeline.core import retry


def _lost_connection_behind_a_programming_error() -> ProgrammingError:
    """What SQLAlchemy's pre-ping raised on psycopg in a chaos run while PostgreSQL was cut off."""
    try:
        raise psycopg.OperationalError("server closed the connection unexpectedly")
    except psycopg.OperationalError:
        try:
            raise psycopg.ProgrammingError("can't change 'autocommit' now: connection in transaction status ACTIVE")
        except psycopg.ProgrammingError as hidden:
            wrapped = ProgrammingError("select 1", {}, hidden)
            wrapped.__cause__ = hidden
            return wrapped


def test_a_database_that_went_away_is_transient_even_behind_another_error() -> None:
    assert retry.is_transient(OperationalError("select 1", {}, psycopg.OperationalError("connection refused")))
    assert retry.is_transient(_lost_connection_behind_a_programming_error())


def test_a_real_programming_error_is_permanent() -> None:
    broken_sql = ProgrammingError("select nope", {}, psycopg.ProgrammingError('column "nope" does not exist'))
    assert not retry.is_transient(broken_sql)
    assert not retry.database_unreachable(ValueError("not a database error"))
