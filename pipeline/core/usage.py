"""LLM accounting: one ``llm_usage`` row per model call, the daily spend per source, a summary.

The agents record every call here (a cached answer too, at no cost), and read ``spent_today`` and
``tokens_today`` before the next one: a source that reached its daily budget gets no more calls
until midnight UTC. Costs are computed from the configured prices, never trusted from a reply.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import Any, Literal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from pipeline.core.datetext import utcnow
from pipeline.core.db.models import LLMUsage

Agent = Literal["scout", "builder", "doctor"]
#: ``ok``: a valid answer; ``invalid``: an answer that failed validation; the rest: no answer.
Outcome = Literal["ok", "invalid", "timeout", "rate_limited", "error"]
OUTCOMES: tuple[Outcome, ...] = ("ok", "invalid", "timeout", "rate_limited", "error")


def cost_usd(prompt_tokens: int, completion_tokens: int, *, prompt_per_1k: float, completion_per_1k: float) -> float:
    """What a call cost at the given prices per 1,000 tokens."""
    return round(prompt_tokens / 1000 * prompt_per_1k + completion_tokens / 1000 * completion_per_1k, 8)


def record_usage(
    session: Session,
    *,
    provider: str,
    model: str,
    agent: Agent,
    source_name: str,
    outcome: Outcome,
    prompt_tokens: int = 0,
    completion_tokens: int = 0,
    cost: float = 0.0,
    latency_ms: int = 0,
    cached: bool = False,
    error: str | None = None,
) -> LLMUsage:
    """Add one usage row to ``session`` (the caller's transaction commits it)."""
    if outcome not in OUTCOMES:
        raise ValueError(f"Unknown LLM outcome {outcome!r}; use one of {', '.join(OUTCOMES)}.")
    row = LLMUsage(
        provider=provider,
        model=model[:128],
        agent=agent,
        source_name=source_name[:64],
        prompt_tokens=max(prompt_tokens, 0),
        completion_tokens=max(completion_tokens, 0),
        cost_usd=max(cost, 0.0),
        latency_ms=max(latency_ms, 0),
        cached=cached,
        outcome=outcome,
        error=error[:200] if error else None,
    )
    session.add(row)
    session.flush()
    return row


def start_of_day(now: datetime | None = None) -> datetime:
    """Midnight UTC of today (or of ``now``): where the daily budget starts again."""
    moment = (now or utcnow()).astimezone(UTC)
    return datetime.combine(moment.date(), time.min, tzinfo=UTC)


def spent_today(session: Session, source_name: str, *, now: datetime | None = None) -> float:
    """US dollars the LLM cost for ``source_name`` since midnight UTC."""
    total = session.scalar(
        select(func.coalesce(func.sum(LLMUsage.cost_usd), 0.0)).where(
            LLMUsage.source_name == source_name, LLMUsage.at >= start_of_day(now)
        )
    )
    return float(total or 0.0)


def tokens_today(session: Session, source_name: str, *, now: datetime | None = None) -> int:
    """Prompt plus completion tokens used for ``source_name`` since midnight UTC."""
    total = session.scalar(
        select(func.coalesce(func.sum(LLMUsage.prompt_tokens + LLMUsage.completion_tokens), 0)).where(
            LLMUsage.source_name == source_name, LLMUsage.at >= start_of_day(now)
        )
    )
    return int(total or 0)


def usage_summary(session: Session, *, since: datetime | None = None) -> dict[str, Any]:
    """Calls, cached answers, failures, tokens and cost: in total, per source and per agent.

    ``{"total": {...}, "sources": {name: {...}}, "agents": {name: {...}}}``, each ``{...}`` being
    ``{"calls", "cached", "failed", "prompt_tokens", "completion_tokens", "cost_usd"}``.
    """
    return {
        "total": _totals(session, since),
        "sources": _grouped(session, LLMUsage.source_name, since),
        "agents": _grouped(session, LLMUsage.agent, since),
    }


def _columns() -> tuple[Any, ...]:
    return (
        func.count(LLMUsage.id),
        func.coalesce(func.sum(case((LLMUsage.cached.is_(True), 1), else_=0)), 0),
        func.coalesce(func.sum(case((LLMUsage.outcome != "ok", 1), else_=0)), 0),
        func.coalesce(func.sum(LLMUsage.prompt_tokens), 0),
        func.coalesce(func.sum(LLMUsage.completion_tokens), 0),
        func.coalesce(func.sum(LLMUsage.cost_usd), 0.0),
    )


def _as_dict(values: tuple[Any, ...]) -> dict[str, Any]:
    calls, cached, failed, prompt, completion, cost = values
    return {
        "calls": int(calls),
        "cached": int(cached),
        "failed": int(failed),
        "prompt_tokens": int(prompt),
        "completion_tokens": int(completion),
        "cost_usd": round(float(cost), 6),
    }


def _totals(session: Session, since: datetime | None) -> dict[str, Any]:
    query = select(*_columns())
    if since is not None:
        query = query.where(LLMUsage.at >= since)
    return _as_dict(tuple(session.execute(query).one()))


def _grouped(session: Session, column: Any, since: datetime | None) -> dict[str, dict[str, Any]]:
    query = select(column, *_columns()).group_by(column).order_by(column)
    if since is not None:
        query = query.where(LLMUsage.at >= since)
    return {str(row[0]): _as_dict(tuple(row[1:])) for row in session.execute(query)}
