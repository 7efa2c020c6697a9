"""LLM accounting on both databases: rows, the daily spend behind the budget, the summary, the migration."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from pipeline.core.datetext import utcnow
from pipeline.core.db.engine import get_engine, session_scope
from pipeline.core.db.migrate import alembic_config, current_revision, include_on
from pipeline.core.db.models import Base, LLMUsage
from pipeline.core.usage import cost_usd, record_usage, spent_today, tokens_today, usage_summary


def test_cost_follows_the_prices_per_thousand_tokens() -> None:
    assert cost_usd(1500, 500, prompt_per_1k=0.002, completion_per_1k=0.006) == pytest.approx(0.006)
    assert cost_usd(1500, 500, prompt_per_1k=0, completion_per_1k=0) == 0


def test_rows_add_up_per_source_and_day(database_url: str) -> None:
    with session_scope() as session:
        record = partial(record_usage, session, provider="openai", model="gpt-test", agent="scout")
        record(source_name="books", outcome="ok", prompt_tokens=100, completion_tokens=20, cost=0.01, latency_ms=120)
        record(source_name="books", outcome="ok", cached=True)
        record(source_name="books", outcome="timeout", latency_ms=2000, error="ReadTimeout")
        record(source_name="shoes", outcome="invalid", prompt_tokens=50, cost=0.002)
        old = record(source_name="books", outcome="ok", prompt_tokens=999, cost=9.0)
        old.at = utcnow() - timedelta(days=1)
    with session_scope() as session:
        assert spent_today(session, "books") == pytest.approx(0.01)
        assert tokens_today(session, "books") == 120
        assert spent_today(session, "nobody") == 0.0
        summary = usage_summary(session)
        books = summary["sources"]["books"]
        expected = {"calls": 4, "cached": 1, "failed": 1, "prompt_tokens": 1099, "completion_tokens": 20}
        assert books == {**expected, "cost_usd": 9.01}
        assert summary["sources"]["shoes"]["failed"] == 1
        assert summary["agents"]["scout"]["calls"] == 5
        assert summary["total"]["cost_usd"] == pytest.approx(9.012)
        since = usage_summary(session, since=utcnow() - timedelta(hours=1))
        assert since["total"]["calls"] == 4


def test_an_unknown_outcome_is_refused(database_url: str) -> None:
    with session_scope() as session, pytest.raises(ValueError, match="Unknown LLM outcome 'great'"):
        record_usage(session, provider="x", model="y", agent="scout", source_name="s", outcome="great")  # type: ignore[arg-type]


def test_the_migration_builds_exactly_the_model(database_url: str) -> None:
    engine = get_engine()
    with engine.connect() as connection:
        assert current_revision(connection) == ScriptDirectory.from_config(alembic_config()).get_current_head()
        include = include_on(connection.dialect.name)  # PostgreSQL-only indexes (the labels' GIN)
        context = MigrationContext.configure(connection, opts={"compare_type": True, "include_object": include})
        assert compare_metadata(context, Base.metadata) == []
    assert {ix["name"] for ix in inspect(engine).get_indexes(LLMUsage.__tablename__)} == {
        "ix_llm_usage_at",
        "ix_llm_usage_source_at",
    }


def test_the_migration_goes_down_and_up_again(database_url: str) -> None:
    engine = get_engine()
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0001")
    assert LLMUsage.__tablename__ not in inspect(engine).get_table_names()
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    assert LLMUsage.__tablename__ in inspect(engine).get_table_names()
