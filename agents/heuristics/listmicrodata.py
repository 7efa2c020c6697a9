"""Microdata bookkeeping that is no field of a list's records.

An ``ItemList``'s elements carry ``<meta itemprop="position" content="3">``: the record's place
in the list, which the records' order already tells, not something the page shows. They often
carry ``<meta itemprop="url" content="www.example.com/rooms/3?…">`` too, written without a scheme:
a copy of the card's own link, which the extractor would resolve as a path below the page.
"""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.dom import HtmlElement, tag_of
from agents.heuristics.hostlinks import is_schemeless_host_url, path_of
from pipeline.core.schemas import FieldSpec

#: Elements whose value never shows on the page.
_UNSEEN = frozenset({"meta", "link"})
#: Records read to judge a field: enough to see its kind, few enough for a page of thousands.
SAMPLED_RECORDS = 40


def without_list_bookkeeping(fields: tuple[FieldSpec, ...], members: list[HtmlElement]) -> tuple[FieldSpec, ...]:
    """``fields`` without an unseen list position; a link written without a scheme is dropped when
    it leads where another link of the record does, else read as text rather than as a wrong link."""
    members = members[:SAMPLED_RECORDS]
    kept: list[FieldSpec] = []
    for field in fields:
        if field.scope != "record":
            kept.append(field)  # read from the page before the record (a day heading): no microdata of its own
            continue
        elements = _read(field, members)
        if _is_unseen_position(field, elements):
            continue
        values = [(e.get(field.attribute) or "").strip() for e in elements] if field.attribute else []
        shown = [v for v in values if v]  # an empty attribute says nothing about what the field holds
        if field.type == "url" and shown and all(is_schemeless_host_url(v) for v in shown):
            if not _copies_a_link(field, fields, members):
                kept.append(field.model_copy(update={"type": "text"}))
            continue
        kept.append(field)
    return tuple(kept)


def _read(field: FieldSpec, members: list[HtmlElement]) -> list[HtmlElement]:
    """The element the field reads in each record that has one."""
    found = []
    for member in members:
        matches = Selector(root=member).css(field.selector) if field.selector else []
        if matches and not isinstance(matches[0].root, str):  # "::text" reads a string, no element
            found.append(matches[0].root)
    return found


def _is_unseen_position(field: FieldSpec, elements: list[HtmlElement]) -> bool:
    return bool(elements) and all(
        (e.get("itemprop") or "").split()[:1] == ["position"] and tag_of(e) in _UNSEEN for e in elements
    )


def _copies_a_link(field: FieldSpec, fields: tuple[FieldSpec, ...], members: list[HtmlElement]) -> bool:
    """Whether each record's other link (its card's ``href``) has the same path as this field's value."""
    own = [_value(field, m) for m in members]
    for other in (f for f in fields if f is not field and f.type == "url" and f.attribute):
        pairs = [(a, b) for a, b in zip(own, (_value(other, m) for m in members), strict=True) if a and b]
        if pairs and all(path_of(a) == path_of(b) for a, b in pairs):
            return True
    return False


def _value(field: FieldSpec, member: HtmlElement) -> str:
    """The field's attribute in one record ("" when the record has none)."""
    element = member if not field.selector else next(iter(_read(field, [member])), None)
    return (element.get(field.attribute or "") or "").strip() if element is not None else ""
