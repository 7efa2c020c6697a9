"""The response cache: one file per validated answer, keyed by provider, model, messages and schema."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from agents.llm.cache import ResponseCache, request_key

MESSAGES = (("system", "name fields"), ("human", '{"fields": []}'))
SCHEMA = {"type": "object"}


def _key(
    *,
    provider: str = "ollama",
    model: str = "llama3.1",
    messages: tuple[tuple[str, str], ...] = MESSAGES,
    schema: dict[str, str] = SCHEMA,
) -> str:
    return request_key(provider=provider, model=model, messages=messages, schema=schema)


def test_an_answer_is_read_back(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path, ttl_s=60)
    assert cache.get(_key()) is None
    cache.put(_key(), {"fields": [{"field": "a"}]})
    assert cache.get(_key()) == {"fields": [{"field": "a"}]}
    assert not list(tmp_path.rglob(".tmp-*"))


def test_the_key_changes_with_every_part_of_the_request() -> None:
    keys = {
        _key(),
        _key(provider="openai"),
        _key(model="llama3.2"),
        _key(messages=(("system", "name fields"), ("human", "{}"))),
        _key(schema={"type": "array"}),
    }
    assert len(keys) == 5
    assert _key() == _key()


def test_expired_and_damaged_entries_are_misses(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path, ttl_s=60)
    cache.put(_key(), {"a": 1})
    (path,) = tmp_path.rglob("*.json")
    old = time.time() - 61
    os.utime(path, (old, old))
    assert cache.get(_key()) is None
    path.write_text("{not json", encoding="utf-8")
    os.utime(path, None)
    assert cache.get(_key()) is None
    path.write_text('{"format": 999, "reply": {"a": 1}}', encoding="utf-8")
    assert cache.get(_key()) is None


def test_keys_must_be_digests(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not a SHA-256 hex digest"):
        ResponseCache(tmp_path, ttl_s=1).get("../../etc/passwd")
