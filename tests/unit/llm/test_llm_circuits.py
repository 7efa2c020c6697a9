"""The LLM circuit: shared through the database, kept in the process while the database is away."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from pydantic import SecretStr
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from agents.llm.circuits import ProcessCircuit, SharedCircuit, breaker_name, circuit_for
from agents.llm.providers import Target
from config.settings import LLMSettings
from pipeline.core import breakers
from pipeline.core.db.engine import session_scope

TARGET = Target(
    provider="openai",
    model="gpt-test",
    base_url="http://127.0.0.1:9/v1",
    api_key=SecretStr("sk-secret"),
    prompt_price=0.0,
    completion_price=0.0,
    origin="SDP_LLM",
)
SETTINGS = LLMSettings(circuit_failures=2, circuit_reset_s=3600)


@contextmanager
def database_away() -> Iterator[Session]:
    raise OperationalError("SELECT 1", {}, Exception("connection refused"))
    yield  # pragma: no cover


def test_the_name_tells_provider_server_and_model_but_never_the_key() -> None:
    assert breaker_name(TARGET) == "llm:openai@127.0.0.1:9/gpt-test"


def test_failures_open_the_shared_breaker_row() -> None:
    circuit = circuit_for(TARGET, SETTINGS, session_scope)
    assert circuit.allow()
    circuit.record_failure("ResponseError 503")
    circuit.record_failure("ResponseError 503")
    assert not circuit.allow() and circuit.seconds_until_trial() > 3500
    with session_scope() as session:
        [row] = breakers.all_breakers(session)
    assert (row.name, row.state, row.last_error) == (breaker_name(TARGET), "open", "ResponseError 503")
    assert not circuit_for(TARGET, SETTINGS, session_scope).allow()  # a second gateway sees it too


def test_without_a_database_the_process_breaker_takes_over() -> None:
    assert isinstance(circuit_for(TARGET, SETTINGS, None), ProcessCircuit)
    circuit = SharedCircuit(TARGET, SETTINGS, database_away)
    circuit.record_failure("timeout")
    assert circuit.allow()
    circuit.record_failure("timeout")
    assert not circuit.allow() and circuit.seconds_until_trial() > 3500
