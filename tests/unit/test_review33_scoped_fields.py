"""A field's selector put under a template variant's scope: split at top-level commas only (a comma in
quoted text or parentheses stays in its alternative) and ``:scope`` replaced by the scope itself."""

from __future__ import annotations

import pytest
from lxml.html import fromstring
from parsel import Selector

from agents.heuristics import fieldcss
from agents.heuristics.slots import Slot

SCOPE = "article.card:not(.card--large)"


def _scoped(monkeypatch: pytest.MonkeyPatch, css: str) -> list[str]:
    monkeypatch.setattr(fieldcss, "candidates", lambda record, element, sample: [css])
    record = fromstring('<article class="card"><dl><dt>Seller, type</dt><dd>Private</dd></dl></article>')
    slot = Slot(key=(), kind="href", scope=SCOPE)
    return fieldcss._slot_candidates(record, record, slot, [record])


@pytest.mark.parametrize(
    ("css", "expected"),
    [
        ('dt:contains("Seller, type") + dd', f'{SCOPE} dt:contains("Seller, type") + dd'),
        (":scope > dl > dd", f"{SCOPE} > dl > dd"),
        (":is(dl, ul) dd, span.type", f"{SCOPE} :is(dl, ul) dd, {SCOPE} span.type"),
        ("dd[title='a, b'], dd", f"{SCOPE} dd[title='a, b'], {SCOPE} dd"),
    ],
)
def test_a_variants_scope_goes_before_each_top_level_alternative(
    monkeypatch: pytest.MonkeyPatch, css: str, expected: str
) -> None:
    assert _scoped(monkeypatch, css) == [expected]


def test_a_scoped_scope_selector_is_valid_css(monkeypatch: pytest.MonkeyPatch) -> None:
    page = Selector(text='<html><body><article class="card"><dl><dd>Private</dd></dl></article></body></html>')
    (css,) = _scoped(monkeypatch, ":scope > dl > dd")
    assert page.css(css + "::text").get() == "Private"
