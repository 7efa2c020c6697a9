"""What a list read where one value is written looks like, when the value is one of its items (a row of facts
read as one list): in shape only, so the held-out's lists can be counted without naming one.

``row_shape`` says, joined by commas:

* where the written value sits: ``first``, ``last`` or ``middle`` item;
* how long the list is from record to record: ``same length`` or ``lengths vary`` (a fact some records lack);
* how the items' elements tell themselves apart: ``classes differ`` (each fact its own class), ``alike``;
* what the items hold besides their text: ``icons`` (an ``<i>``, ``<svg>`` or ``<img>`` in most items),
  ``labels`` (a child element whose text ends in a colon, or a ``label``/``dt``/``th``/``strong``/``b`` child
  before the value), else ``bare``;
* what the items' texts are: ``numbers with words`` (most hold a digit and a word: "3 beds"), ``numbers``,
  ``words``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from lxml.html import HtmlElement

Fold = Callable[[str], str]
#: A label before an item's value: its own element.
_LABEL_TAGS = frozenset({"label", "dt", "th", "strong", "b"})
_ICON_TAGS = frozenset({"i", "svg", "img"})


def row_shape(written: Any, read: list[Any], lists: Iterable[Any], elements: Sequence[HtmlElement], fold: Fold) -> str:
    """The shape of a read list (``read``, from the title's record; ``lists``, the field's values over every
    record; ``elements``, the elements the field read in the title's record) holding ``written`` as one item."""
    items = [fold(str(item)) for item in read]
    want = fold(str(written))
    at = items.index(want) if want in items else -1
    where = "first" if at == 0 else "last" if at == len(items) - 1 else "middle"
    lengths = {len(v) for v in lists if isinstance(v, list)}
    parts = [where, "same length" if len(lengths) <= 1 else "lengths vary"]
    classes = {(e.get("class") or "").strip() for e in elements}
    parts.append("classes differ" if len(classes) == len(elements) > 1 else "alike")
    parts.append(_holds(elements))
    parts.append(_texts(items))
    return ", ".join(parts)


def _holds(elements: Sequence[HtmlElement]) -> str:
    if not elements:
        return "bare"
    icons = sum(1 for e in elements if any(d.tag in _ICON_TAGS for d in e.iterdescendants()))
    labels = sum(1 for e in elements if _labelled(e))
    if labels * 2 > len(elements):
        return "labels"
    return "icons" if icons * 2 > len(elements) else "bare"


def _labelled(element: HtmlElement) -> bool:
    for child in element.iterchildren():
        text = (child.text_content() or "").strip()
        if child.tag in _LABEL_TAGS or text.endswith(":"):
            return True
    return False


def _texts(items: Sequence[str]) -> str:
    digits = [i for i in items if any(c.isdigit() for c in i)]
    worded = [i for i in digits if any(c.isalpha() for c in i)]
    if worded and len(worded) * 2 > len(items):
        return "numbers with words"
    return "numbers" if len(digits) * 2 > len(items) else "words"
