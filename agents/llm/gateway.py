"""One accountable, structured LLM request: the chain, the budget, the cache, the circuits, the retries.

``ask_structured`` sends the messages to the first endpoint of the chain that answers, and returns
the answer validated by pydantic. It returns None — and the caller keeps its heuristic result —
when the layer is offline, the source's daily budget is spent, every endpoint fails or is shut by
its circuit breaker, or the answer does not validate. Every call, a cached answer too, leaves one
``llm_usage`` row; the reason for every None is logged.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Generic, TypeVar

from langchain_core.language_models import BaseChatModel
from langchain_core.runnables import Runnable
from langchain_core.utils.function_calling import convert_to_openai_function
from pydantic import BaseModel, ValidationError
from sqlalchemy.orm import Session

from agents.llm.cache import ResponseCache, request_key
from agents.llm.circuits import circuit_for
from agents.llm.providers import Target, chain, check_requests_allowed, open_chat_model
from agents.llm.retry import PROVIDER_ERRORS, call_with_retries, classify
from config.settings import LLMSettings, get_settings
from pipeline.core.db.engine import session_scope
from pipeline.core.usage import Agent, Outcome, cost_usd, record_usage, spent_today, tokens_today

logger = logging.getLogger(__name__)

ReplyT = TypeVar("ReplyT", bound=BaseModel)
SessionFactory = Callable[[], AbstractContextManager[Session]]
#: ``(role, text)`` pairs, role ``system`` or ``human``: plain data, so they can be hashed for the cache.
Messages = Sequence[tuple[str, str]]


@dataclass(frozen=True)
class LLMAnswer(Generic[ReplyT]):
    reply: ReplyT
    provider: str
    model: str
    cached: bool


@dataclass(frozen=True)
class _Call:
    outcome: Outcome
    parsed: Any = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_ms: int = 0
    error: str | None = None


def default_cache_dir() -> Path:
    return get_settings().home / "llm-cache"


def ask_structured(
    messages: Messages,
    schema: type[ReplyT],
    settings: LLMSettings,
    *,
    agent: Agent,
    source_name: str,
    session_factory: SessionFactory = session_scope,
    cache_dir: Path | None = None,
) -> LLMAnswer[ReplyT] | None:
    """The validated answer of the first endpoint that gives one, or None (keep the heuristics)."""
    targets = chain(settings)
    if not targets:
        return None
    function = convert_to_openai_function(schema, strict=True)
    cache = ResponseCache(cache_dir or default_cache_dir(), ttl_s=settings.cache_ttl_s) if settings.cache else None
    for target in targets:
        key = request_key(provider=target.provider, model=target.model, messages=messages, schema=function)
        cached = _validate(schema, cache.get(key)) if cache is not None else None
        if cached is not None:
            _record(session_factory, target, _Call("ok"), agent=agent, source_name=source_name, cached=True)
            logger.info("LLM answer for %s reused from the cache (%s)", source_name, target)
            return LLMAnswer(cached, target.provider, target.model, cached=True)
        over = _budget_spent(settings, source_name, session_factory)
        if over:
            logger.warning("LLM budget of source %s is spent (%s); keeping the heuristic result", source_name, over)
            return None
        check_requests_allowed(target)
        breaker = circuit_for(target, settings, session_factory)  # shared by every worker through the database
        if not breaker.allow():
            logger.warning(
                "Circuit of %s is open (%.0f s until a trial call); trying the next endpoint",
                target,
                breaker.seconds_until_trial(),
            )
            continue
        try:
            call = _call(target, messages, function, settings)
        except BaseException as exc:
            breaker.record_failure(type(exc).__name__)  # our bug, not the provider's: never leave a trial hanging
            raise
        reply = _validate(schema, call.parsed) if call.outcome == "ok" else None
        if call.outcome == "ok" and reply is None:
            call = replace(call, outcome="invalid")
        _record(session_factory, target, call, agent=agent, source_name=source_name)
        if call.outcome not in ("ok", "invalid"):
            breaker.record_failure(call.error or call.outcome)
            logger.warning("LLM %s failed for %s (%s); trying the next endpoint", target, source_name, call.error)
            continue
        breaker.record_success()
        if reply is None:
            logger.warning("LLM %s gave an answer that does not validate; keeping the heuristic result", target)
            return None
        if cache is not None:
            cache.put(key, reply.model_dump(mode="json"))
        return LLMAnswer(reply, target.provider, target.model, cached=False)
    logger.warning("No LLM endpoint answered for %s; keeping the heuristic result", source_name)
    return None


def _record(
    session_factory: SessionFactory,
    target: Target,
    call: _Call,
    *,
    agent: Agent,
    source_name: str,
    cached: bool = False,
) -> None:
    """One ``llm_usage`` row, committed at once so that no failure can lose it."""
    cost = cost_usd(
        call.prompt_tokens,
        call.completion_tokens,
        prompt_per_1k=target.prompt_price,
        completion_per_1k=target.completion_price,
    )
    with session_factory() as session:
        record_usage(
            session,
            provider=target.provider,
            model=target.model,
            agent=agent,
            source_name=source_name,
            outcome=call.outcome,
            prompt_tokens=call.prompt_tokens,
            completion_tokens=call.completion_tokens,
            cost=cost,
            latency_ms=call.latency_ms,
            cached=cached,
            error=call.error,
        )


def _budget_spent(settings: LLMSettings, source_name: str, session_factory: SessionFactory) -> str | None:
    """Why the source may not call the LLM again today, or None."""
    usd_cap, token_cap = settings.budget_usd_per_source_day, settings.budget_tokens_per_source_day
    if usd_cap is None and token_cap is None:
        return None
    with session_factory() as session:
        if usd_cap is not None:
            spent = spent_today(session, source_name)
            if spent >= usd_cap:
                return f"${spent:.4f} spent today, cap ${usd_cap:.4f} (SDP_LLM_BUDGET_USD_PER_SOURCE_DAY)"
        if token_cap is not None:
            used = tokens_today(session, source_name)
            if used >= token_cap:
                return f"{used} tokens used today, cap {token_cap} (SDP_LLM_BUDGET_TOKENS_PER_SOURCE_DAY)"
    return None


def _call(target: Target, messages: Messages, function: dict[str, Any], settings: LLMSettings) -> _Call:
    """One request to ``target`` (retried), its parsed JSON (unvalidated), tokens and latency."""
    started = time.perf_counter()
    with open_chat_model(target, settings) as model:
        runnable = _structured(model, target, function, settings)
        try:
            result = call_with_retries(lambda: runnable.invoke(list(messages)), settings)
        except PROVIDER_ERRORS as exc:
            failure = classify(exc)
            return _Call(failure.outcome, latency_ms=_ms_since(started), error=failure.label)
    usage = getattr(result.get("raw"), "usage_metadata", None) or {}
    parsed = result.get("parsed")
    return _Call(
        "ok" if parsed is not None and result.get("parsing_error") is None else "invalid",
        parsed=parsed,
        prompt_tokens=int(usage.get("input_tokens", 0)),
        completion_tokens=int(usage.get("output_tokens", 0)),
        latency_ms=_ms_since(started),
    )


def _structured(
    model: BaseChatModel, target: Target, function: dict[str, Any], settings: LLMSettings
) -> Runnable[Any, Any]:
    """The model asked for JSON the way its server understands, parsed but not yet validated.

    The schema goes as a plain JSON schema, never as a pydantic class: the OpenAI SDK would then
    parse the reply itself and raise on a bad one, losing the token counts of the call.
    """
    if target.provider == "ollama":
        return model.with_structured_output(function["parameters"], method="json_schema", include_raw=True)
    if settings.openai_structured_output == "function_calling":
        return model.with_structured_output(function, method="function_calling", include_raw=True)
    response_format = {
        "name": function["name"],
        "description": function.get("description", ""),
        "schema": function["parameters"],
        "strict": True,
    }
    return model.with_structured_output(response_format, method="json_schema", include_raw=True)


def _validate(schema: type[ReplyT], parsed: object) -> ReplyT | None:
    if parsed is None:
        return None
    try:
        return schema.model_validate(parsed)
    except ValidationError as exc:
        logger.warning("LLM answer rejected: %d validation errors against %s", exc.error_count(), schema.__name__)
        return None


def _ms_since(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)
