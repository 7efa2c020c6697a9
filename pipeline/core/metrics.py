"""Prometheus metrics read from the database at scrape time, so every API process tells the same truth.

The figures live in the database (the task table is the truth, workers beat into it), so a
custom collector queries it on each scrape instead of counting in one process's memory.
"""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from config.settings import Settings
from pipeline.core import breakers, fleet, taskstate
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Crawl, LLMUsage, SilverEntity, Source, TaskState, WorkerHeartbeat
from pipeline.core.exceptions import ServiceUnavailable

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


def _source_states(session: Session) -> GaugeMetricFamily:
    gauge = GaugeMetricFamily("sdp_sources", "Sources by state.", labels=["state"])
    counts = {"active": 0, "inactive": 0, "onboarding": 0}
    for source in session.scalars(select(Source)):
        state = "onboarding" if not source.ready else "active" if source.active else "inactive"
        counts[state] += 1
    for state, count in counts.items():
        gauge.add_metric([state], count)
    return gauge


def _entities(session: Session) -> GaugeMetricFamily:
    gauge = GaugeMetricFamily("sdp_entities", "Silver entities per source.", labels=["source"])
    rows = session.execute(
        select(Source.name, func.count(SilverEntity.id))
        .outerjoin(SilverEntity, SilverEntity.source_id == Source.id)
        .group_by(Source.name)
        .order_by(Source.name)
    ).all()
    for name, count in rows:
        gauge.add_metric([name], int(count))
    return gauge


def _tasks(session: Session) -> list[Metric]:
    counts = taskstate.counts_by_state(session)
    gauge = GaugeMetricFamily("sdp_tasks", "Tasks in the task table by state.", labels=["state"])
    for state, count in sorted(counts.items()):
        gauge.add_metric([state], count)
    dead = GaugeMetricFamily(
        "sdp_dead_letters", "Tasks whose retries are spent (QUARANTINED), waiting for `sdp tasks retry`."
    )
    dead.add_metric([], counts.get(TaskState.QUARANTINED.value, 0))
    return [gauge, dead]


def _crawls(session: Session) -> CounterMetricFamily:
    counter = CounterMetricFamily("sdp_crawls", "Crawls recorded, by source and status.", labels=["source", "status"])
    rows = session.execute(
        select(Source.name, Crawl.status, func.count())
        .join(Source, Source.id == Crawl.source_id)
        .group_by(Source.name, Crawl.status)
        .order_by(Source.name, Crawl.status)
    ).all()
    for name, status, count in rows:
        counter.add_metric([name, status], int(count))
    return counter


def _llm(session: Session) -> list[Metric]:
    tokens = CounterMetricFamily(
        "sdp_llm_tokens", "LLM tokens used, by source, agent and kind.", labels=["source", "agent", "kind"]
    )
    cost = CounterMetricFamily(
        "sdp_llm_cost_usd", "LLM spend in US dollars, by source and agent.", labels=["source", "agent"]
    )
    calls = CounterMetricFamily(
        "sdp_llm_calls", "LLM calls (cached answers included), by source and agent.", labels=["source", "agent"]
    )
    rows = session.execute(
        select(
            LLMUsage.source_name,
            LLMUsage.agent,
            func.coalesce(func.sum(LLMUsage.prompt_tokens), 0),
            func.coalesce(func.sum(LLMUsage.completion_tokens), 0),
            func.coalesce(func.sum(LLMUsage.cost_usd), 0.0),
            func.count(),
        )
        .group_by(LLMUsage.source_name, LLMUsage.agent)
        .order_by(LLMUsage.source_name, LLMUsage.agent)
    ).all()
    for source, agent, prompt, completion, usd, count in rows:
        tokens.add_metric([source, agent, "prompt"], int(prompt))
        tokens.add_metric([source, agent, "completion"], int(completion))
        cost.add_metric([source, agent], float(usd))
        calls.add_metric([source, agent], int(count))
    return [tokens, cost, calls]


def _workers(session: Session, settings: Settings) -> list[Metric]:
    alive = GaugeMetricFamily("sdp_workers_alive", "Workers whose heartbeat is recent.")
    alive.add_metric([], len(fleet.live_workers(session, heartbeat_s=settings.worker.heartbeat_s)))
    seen = GaugeMetricFamily(
        "sdp_worker_last_heartbeat_timestamp_seconds", "Last heartbeat of each worker (Unix time).", labels=["worker"]
    )
    for worker in session.scalars(select(WorkerHeartbeat).order_by(WorkerHeartbeat.name)):
        seen.add_metric([worker.name], worker.last_seen_at.timestamp())
    return [alive, seen]


def _breakers(session: Session) -> GaugeMetricFamily:
    gauge = GaugeMetricFamily(
        "sdp_circuit_breakers_open", "Circuit breakers not closed (open or probing), by kind.", labels=["kind"]
    )
    open_by_kind: dict[str, int] = {"domain": 0, "llm": 0}
    for breaker in breakers.all_breakers(session):
        if breaker.state != breakers.CLOSED:
            kind = breaker.name.split(":", 1)[0]
            open_by_kind[kind] = open_by_kind.get(kind, 0) + 1
    for kind, count in sorted(open_by_kind.items()):
        gauge.add_metric([kind], count)
    return gauge


class DatabaseCollector(Collector):
    """Collects the product's figures from the database on every scrape."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily("sdp_database_up", "1 when the database answered this scrape.")
        try:
            with session_scope(self.settings) as session:
                families: list[Metric] = [
                    _source_states(session),
                    _entities(session),
                    *_tasks(session),
                    _crawls(session),
                    *_llm(session),
                    *_workers(session, self.settings),
                    _breakers(session),
                ]
        except (ServiceUnavailable, OperationalError):
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield from families


def build_registry(settings: Settings) -> CollectorRegistry:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(DatabaseCollector(settings))
    return registry


def render(registry: CollectorRegistry) -> bytes:
    """The Prometheus text exposition of ``registry``."""
    return generate_latest(registry)
