"""Names of the lists a record holds (tags, skills, authors) and of values known from structured data."""

from __future__ import annotations

from agents.heuristics.contextnames import list_container
from agents.heuristics.names import name_from_element, name_from_label
from agents.heuristics.slots import Slot
from pipeline.core.schemas import FieldType

#: Tag lists hold short words; longer repeated texts are a list of sentences, not tags.
MAX_TAG_CHARS = 40


def list_name_and_type(slot: Slot, hints: dict[str, str]) -> tuple[str, FieldType]:
    """A list is named by its items (``a.tag``), else by its container (``ul.tasting-notes``,
    ``span.cat-links``, ``aria-label="Tags"``), in the plural."""
    texts = [o.value for occ in slot.per_record.values() for o in occ]
    container = list_container(slot.sample_element())
    name = (
        (name_from_label(slot.label) if slot.label else None)
        or name_from_element(slot.sample_element())
        or (name_from_element(container) if container is not None else None)
        or (name_from_label(container.get("aria-label") or "") if container is not None else None)
        or hinted_name(texts, hints)
    )
    short = all(len(v) <= MAX_TAG_CHARS for v in texts)
    if name is None:
        return ("tags", "tags") if short else ("description", "text")  # bullet points of prose
    return plural(name), "tags" if short else "text"


def plural(name: str) -> str:
    if name.endswith("s"):
        return name
    return f"{name[:-1]}ies" if name.endswith("y") and not name.endswith(("ay", "ey", "oy")) else f"{name}s"


def hinted_name(texts: list[str], hints: dict[str, str]) -> str | None:
    named = [hints[t] for t in texts if t in hints]
    return named[0] if named and len(named) >= len(texts) / 2 else None
