"""The class-name words are cached on the part of the name read: a page's huge class names are not kept,
and two names that differ only past that part share one entry."""

from __future__ import annotations

from agents.heuristics import adwords


def _hits() -> int:
    return sum(f.cache_info().hits for f in vars(adwords).values() if hasattr(f, "cache_info"))


def test_names_differing_past_the_part_read_share_one_cache_entry() -> None:
    head = "card-sponsored-" + "x" * 100_000
    assert "sponsored" in adwords.name_words(head + "a")
    before = _hits()
    assert "sponsored" in adwords.name_words(head + "b")
    assert _hits() == before + 1
