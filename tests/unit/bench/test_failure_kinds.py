"""A frozen site's failed `add` is reported by its kind of message, never by the message (which names the page)."""

from __future__ import annotations

from tests.bench.scout_corpus import _failure_kind


def test_a_failure_is_named_by_its_kind_and_never_by_its_page() -> None:
    error = "add exited 1: No repeated records found on http://127.0.0.1:4242/secret-shop/list/."
    kind = _failure_kind(error)
    assert kind == "add exited 1 (no records)"
    assert "secret-shop" not in kind


def test_fetch_field_and_unknown_failures_have_their_own_words() -> None:
    assert _failure_kind("add exited 1: Cannot reach http://x/: refused.") == "add exited 1 (fetch: cannot reach)"
    assert _failure_kind("add exited 1: http://x/ answered HTTP 404.") == "add exited 1 (fetch: HTTP 404)"
    aborted = "add exited 1: Rendering http://x/a in Chromium failed: Page.goto: net::ERR_ABORTED at http://x/a"
    assert _failure_kind(aborted) == "add exited 1 (fetch: rendering (net::ERR_ABORTED))"
    assert _failure_kind("add exited 1: http://x/ did not answer within 30s.") == "add exited 1 (fetch: did not answer)"
    assert _failure_kind("add exited 1: No field of http://x/ is present in at least 50% of records.").endswith(
        "(no field)"
    )
    assert _failure_kind("crash: add exited 1: KeyError: 'x'") == "crash, add exited 1 (other message)"
    assert _failure_kind("add timed out after 600 s") == "timed out"
