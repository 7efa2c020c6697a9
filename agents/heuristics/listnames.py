"""Names of the lists a record holds (tags, skills, authors) and of values known from structured data."""

from __future__ import annotations

from agents.heuristics.contextnames import list_container
from agents.heuristics.dom import HtmlElement, full_text, tag_of
from agents.heuristics.modifierlabels import is_layout_label
from agents.heuristics.names import name_from_element, name_from_label
from agents.heuristics.namewords import keyword_name
from agents.heuristics.offerednames import section_name
from agents.heuristics.slots import Slot
from pipeline.core.schemas import FieldType

#: Tag lists hold short words; longer repeated texts are a list of sentences, not tags.
MAX_TAG_CHARS = 40


def list_name_and_type(slot: Slot, hints: dict[str, str]) -> tuple[str, FieldType]:
    """A list is named by its items (``a.tag``), else by its container (``ul.tasting-notes``,
    ``span.cat-links``, ``aria-label="Tags"``), else by the path section its links share
    (``/labels/bug``), in the plural. The section also shortens an item's class ending in its word
    (``a.IssueLabel`` under ``/labels/`` -> labels)."""
    texts = [o.value for occ in slot.per_record.values() for o in occ]
    container = list_container(slot.sample_element())
    own = name_from_element(slot.sample_element())
    section = section_name([_href(o.element) for occ in slot.per_record.values() for o in occ])
    name = (
        (name_from_label(slot.label) if slot.label and not is_layout_label(slot) else None)
        or (own if own and keyword_name(own) else None)
        or (section if own and section and _same_word(own.split("_")[-1], section) else None)  # IssueLabel
        or own
        or (name_from_element(container) if container is not None else None)
        or (name_from_label(container.get("aria-label") or "") if container is not None else None)
        or section  # /labels/bug, /labels/docs: the section the items link under
        or hinted_name(texts, hints)
    )
    short = all(len(v) <= MAX_TAG_CHARS for v in texts)
    if name is None:
        return ("tags", "tags") if short else ("description", "text")  # bullet points of prose
    return plural(name), "tags" if short else "text"


def _same_word(word: str, other: str) -> bool:
    """ "label" and "labels": one word, in the singular or the plural."""
    return plural(word) == plural(other)


def _href(element: HtmlElement) -> str:
    """The address an item links to: its own, or that of a link around it showing only the item;
    a link around the whole card (idealo's tiles) leads to the record, not to the item's section."""
    shown = full_text(element)
    link = next((a for a in (element, *element.iterancestors()) if tag_of(a) == "a"), None)
    if link is None or (link is not element and full_text(link) != shown):
        return ""
    return (link.get("href") or "").strip()


def plural(name: str) -> str:
    if name.endswith("s"):
        return name
    return f"{name[:-1]}ies" if name.endswith("y") and not name.endswith(("ay", "ey", "oy")) else f"{name}s"


def hinted_name(texts: list[str], hints: dict[str, str]) -> str | None:
    named = [hints[t] for t in texts if t in hints]
    return named[0] if named and len(named) >= len(texts) / 2 else None
