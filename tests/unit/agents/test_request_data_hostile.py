"""Hostile script text stays cheap for ``requestdata.data_call_urls`` (read as text, bounded)."""

from __future__ import annotations

import time

from agents.requestdata import data_call_urls, object_members


def _timed(script: str) -> float:
    began = time.monotonic()
    data_call_urls(script, [script])
    return time.monotonic() - began


def test_many_unclosed_data_objects_are_not_each_walked() -> None:
    script = '$.get("/a",{' * 4000  # every call's object left open: each walked MAX_OBJECT characters
    assert _timed(script) < 5.0  # a guard on the walk, not a goal: 15 s and 13 s before, 0.1 s after


def test_unclosed_comments_are_not_rescanned() -> None:
    script = ('$.get("/a",{' + "/*a" * 7000 + "}") * 20  # no "*/": each "/*" scanned the rest
    assert _timed(script) < 5.0  # a guard on the walk, not a goal: 15 s and 13 s before, 0.1 s after


def test_a_closed_call_after_an_unclosed_comment_elsewhere_still_reads() -> None:
    assert data_call_urls('$.get("/jobs", {page: 1, q: "a b"}, draw)', []) == ["/jobs?page=1&q=a+b"]
    assert object_members("{a: 1 /* note */, b: 2}") == [("a", "1"), ("b", "2")]


def test_the_query_goes_before_the_hash() -> None:
    """jQuery cuts the hash off before joining the data object: ``/s?x=1#top`` asks ``/s?x=1&a=1``."""
    assert data_call_urls('$.get("/s?x=1#top", {a: 1})', []) == ["/s?x=1&a=1"]
    assert data_call_urls('$.getJSON("/s#list", {page: 2})', []) == ["/s?page=2"]


def test_a_key_given_twice_is_asked_once_with_its_last_value() -> None:
    assert data_call_urls('$.get("/s", {a: "1", b: 2, "a": 3})', []) == ["/s?a=3&b=2"]
