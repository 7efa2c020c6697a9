"""The short mutation suite (`make test`): the demo shop changes its markup, the Doctor heals it with
the right records (the second time from the lesson it learnt the first time), a field moved into a
row above each record is relocated there, a JavaScript redesign is read from its data, and a site
that turned into an error page is alerted on, never "healed".
The full suite and its figures: `tests/bench/heal_mutations.py` (docs/benchmarks.md, "Self-healing").
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.mutations.harness import Lab

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]


@pytest.fixture
def demo_lab(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Lab]:
    # One judged failure is enough here; tests/e2e/test_healing.py covers the three-in-a-row rule.
    monkeypatch.setenv("SDP_CRAWL_FAILURES_BEFORE_HEAL", "1")
    lab = Lab(tmp_path, "demo")
    reason = lab.onboard()
    assert reason is None, reason
    yield lab
    lab.close()


def test_layout_changes_are_healed_right_and_an_error_page_is_not(demo_lab: Lab) -> None:
    renamed = demo_lab.run_case("all classes renamed")
    assert renamed.broke and renamed.promoted and not renamed.quarantined, renamed
    assert renamed.f1 >= 0.9 and not renamed.origin.startswith("lesson"), renamed

    again = demo_lab.repeat_case("all classes renamed")
    assert again.promoted and again.f1 >= 0.9, again
    assert again.origin.startswith("lesson"), again  # the Knowledge Base knew the fix

    moved = demo_lab.run_case("moved into attribute")
    assert moved.broke and moved.promoted and moved.f1 >= 0.9, moved

    above = demo_lab.run_case("heading row above")  # a field now sits in a row above each record
    assert above.broke and above.promoted and above.f1 >= 0.9, above
    assert above.origin == "relocation by last known values", above

    redesigned = demo_lab.run_case("JS-rendered redesign")  # the records now live in a script's JSON
    assert redesigned.broke and redesigned.promoted and redesigned.f1 >= 0.9, redesigned
    assert redesigned.origin.startswith("a fresh Scout: JSON"), redesigned

    error = demo_lab.run_case("error page")
    assert error.broke and not error.promoted, error
    assert error.classification == "error_page"
    assert "alert.error_page" in error.notes
