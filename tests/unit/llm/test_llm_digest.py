"""What the naming model is shown: a compact digest of the profile, never HTML, never more than needed."""

from __future__ import annotations

import json

from agents.llm.naming import MAX_SAMPLES, MAX_VALUE_CHARS, SYSTEM_PROMPT, naming_messages, page_digest
from tests.fakes.pages import INJECTION, book_profile


def test_the_digest_lists_each_field_with_a_few_short_samples() -> None:
    digest = page_digest(book_profile(injected=True))
    fields = {f["field"]: f for f in digest["fields"]}
    assert list(fields) == ["title", "url", "text", "text_2", "price", "labels"]
    assert fields["url"]["read_from"] == "css h3 a @href"
    assert fields["labels"]["list"] is True
    assert fields["labels"]["samples"][0] == "fiction; series 1"
    assert fields["price"]["samples"][0] == '{"amount": 11.5, "currency": "EUR"}'
    for field in fields.values():
        assert len(field["samples"]) <= MAX_SAMPLES
        assert all(len(s) <= MAX_VALUE_CHARS for s in field["samples"])
    assert fields["text"]["samples"][1] == INJECTION[: MAX_VALUE_CHARS - 1] + "…"


def test_page_text_goes_only_into_the_data_message() -> None:
    system, human = naming_messages(book_profile(injected=True))
    assert system == ("system", SYSTEM_PROMPT)
    assert "Ignore previous" not in system[1]
    assert human[0] == "human" and "Ignore previous" in human[1]
    digest = json.loads(human[1].split("\n", 1)[1])
    assert digest["url"] == "https://shop.example/books"
    assert "<" not in human[1]
