"""A pooled PostgreSQL connection lost mid-command is replaced by the pool, not handed to the caller as
psycopg's ``ProgrammingError``. Real PostgreSQL behind a TCP proxy the test controls (the shared
server itself is never touched), real psycopg connections, the product's engine."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from config.settings import get_settings
from pipeline.core.db.engine import dispose_engines, get_engine
from pipeline.core.retry import database_unreachable
from tests.fault.services import TcpProxy


@pytest.fixture
def proxy() -> Iterator[TcpProxy]:
    proxy = TcpProxy(5432)
    yield proxy
    proxy.close()


@pytest.fixture
def engine(postgres_url: str, proxy: TcpProxy, monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    """The product's engine, reaching the test's database through the proxy."""
    monkeypatch.setenv("SDP_DATABASE_URL", postgres_url.replace(":5432/", f":{proxy.port}/"))
    get_settings.cache_clear()
    yield get_engine(migrate=False)
    dispose_engines()


def _lose_pooled_connection(engine: Engine, proxy: TcpProxy) -> None:
    """Leave the pool's idle connection as a lost one looks: a command in flight, the server gone."""
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))
        raw = connection.connection.dbapi_connection
    assert isinstance(raw, psycopg.Connection)
    raw.pgconn.send_query(b"SELECT 1")  # sent, never read: psycopg reports the connection ACTIVE
    assert raw.info.transaction_status == psycopg.pq.TransactionStatus.ACTIVE
    proxy.cut()


def test_without_the_hook_the_pre_ping_hands_psycopgs_programming_error_to_the_caller(
    postgres_url: str, proxy: TcpProxy
) -> None:
    plain = create_engine(postgres_url.replace(":5432/", f":{proxy.port}/"), pool_pre_ping=True)
    try:
        _lose_pooled_connection(plain, proxy)
        proxy.heal()
        with pytest.raises(ProgrammingError, match="autocommit"), plain.connect():
            pass
    finally:
        plain.dispose()


def test_a_lost_pooled_connection_is_replaced_once_the_database_answers_again(engine: Engine, proxy: TcpProxy) -> None:
    _lose_pooled_connection(engine, proxy)
    proxy.heal()
    with engine.connect() as connection:  # the pre-ping fails, the pool connects afresh
        assert connection.execute(text("SELECT 2")).scalar() == 2


def test_while_the_database_is_away_the_caller_gets_a_plain_operational_error(engine: Engine, proxy: TcpProxy) -> None:
    _lose_pooled_connection(engine, proxy)
    with pytest.raises(OperationalError) as lost, engine.connect():
        pass
    assert database_unreachable(lost.value)  # retried as transient, not quarantined
    proxy.heal()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT 3")).scalar() == 3
