"""The bench describes a row of facts read as one list, in shape only."""

from __future__ import annotations

from lxml.html import fragment_fromstring

from tests.bench.itemlists import row_shape


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def test_a_row_of_facts_with_classes_and_icons() -> None:
    row = fragment_fromstring(
        '<ul><li class="beds"><i class="icon"></i> 3 beds</li><li class="baths"><i></i> 2 baths</li>'
        '<li class="area"><i></i> 120 m2</li></ul>'
    )
    items = ["3 beds", "2 baths", "120 m2"]
    shape = row_shape("2 baths", items, [items, ["4 beds", "1 bath"]], list(row), _fold)
    assert shape == "middle, lengths vary, classes differ, icons, numbers with words"


def test_a_row_of_labelled_facts_alike() -> None:
    row = fragment_fromstring("<ul><li><b>Year:</b> 1999</li><li><b>Colour:</b> red</li></ul>")
    items = ["Year: 1999", "Colour: red"]
    shape = row_shape("Colour: red", items, [items, items], list(row), _fold)
    assert shape == "last, same length, alike, labels, words"
