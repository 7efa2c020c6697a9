"""A placeholder set apart as one ("<em>Unresolved</em>") is no value; the same words as data stay."""

from __future__ import annotations

from pipeline.core.extract import extract_records
from pipeline.core.schemas import FieldSpec, ScraperSpec


def _values(cells: list[str], selector: str = "td.v") -> list[object]:
    spec = ScraperSpec(
        start_url="http://tracker.test/",
        record_selector="tr",
        fields=(FieldSpec(name="id", selector="td.id"), FieldSpec(name="v", selector=selector)),
    )
    rows = "".join(f'<tr><td class="id">{n}</td><td class="v">{c}</td></tr>' for n, c in enumerate(cells))
    return [r.get("v") for r in extract_records(f"<table>{rows}</table>", "http://tracker.test/", spec)]


def test_an_italic_or_placeholder_classed_not_set_text_is_no_value() -> None:
    cells = [
        "<em>Unresolved</em>",
        "<i>Unassigned</i>",
        '<span class="text-muted">Not set</span>',
        '<span class="field-placeholder">N/A</span>',
        "Fixed",
    ]
    assert _values(cells) == [None, None, None, None, "Fixed"]


def test_the_same_words_as_data_stay() -> None:
    cells = [
        "Unknown",  # an album called Unknown: plain text, no placeholder mark
        '<a href="/artist/9"><em>Unknown</em></a>',  # an artist's name in a link
        "<em>Unknown Mortal Orchestra</em>",  # not a placeholder's words
        "<em>Unresolved</em> since March",  # the placeholder's words are only part of the text
    ]
    assert _values(cells) == ["Unknown", "Unknown", "Unknown Mortal Orchestra", "Unresolved since March"]
