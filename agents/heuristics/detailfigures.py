"""The caption and the credit of a detail page's lead picture.

A news story's lead image sits in a ``figure``: its ``figcaption`` says what the picture shows,
and a short line beside the image says whose it is ("Getty Images", "© AP"). Each may open with
words written for screen readers only ("Image caption, ", "Image source, "), hidden by a class a
build hashes; they are the value's label, not part of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from parsel import Selector

from agents.heuristics.detailspec import field_spec
from agents.heuristics.dom import HtmlElement, full_text, tag_of
from agents.heuristics.sitechrome import in_chrome
from pipeline.core.schemas import FieldSpec, FieldType

#: A prefix for screen readers ("Image caption,", "Image source:") says a few words.
MAX_PREFIX_CHARS = 30
MAX_PREFIX_WORDS = 3
#: A credit line ("Getty Images", "Photo: Reuters/Jane Doe") is this short.
MAX_CREDIT_CHARS = 80
#: Classes hiding their text from sight, for screen readers only.
_HIDDEN_CLASS = re.compile(r"(?:sr-only|screen-reader|visually-?hidden|visuallyhidden|a11y|offscreen)", re.IGNORECASE)
#: Words of a class or of a prefix naming a credit.
_CREDIT_WORD = re.compile(r"(?:credit|copyright|source|attribution|photographer|courtesy|©)", re.IGNORECASE)


def figure_fields(
    record: Selector, container: HtmlElement, taken: set[str], read: dict[int, FieldType]
) -> Iterator[FieldSpec]:
    """``image_caption`` and ``image_credit`` of the figure holding the entity's picture (the one
    ``read`` as its image), each read after its screen-reader prefix."""
    figure = _lead_figure(container, read)
    if figure is None:
        return
    caption = next((c for c in figure.iter("figcaption") if full_text(c)), None)
    credit = _credit(figure, caption)
    for element, name in ((caption, "image_caption"), (credit, "image_credit")):
        if element is not None and name not in taken and (spec := _read(record, element, name, taken)):
            yield spec


def _lead_figure(container: HtmlElement, read: dict[int, FieldType]) -> HtmlElement | None:
    for image in container.iter("img"):
        if read.get(id(image)) == "image":
            figure = next(image.iterancestors("figure"), None)
            return figure if figure is not None and not in_chrome(figure, container) else None
    return None


def _read(record: Selector, element: HtmlElement, name: str, taken: set[str]) -> FieldSpec | None:
    prefix = hidden_prefix(element)
    spec = field_spec(record, (element, None), name, "text", taken, prefix)
    if spec is not None and prefix and not spec.strip_label:
        spec = spec.model_copy(update={"strip_label": prefix})
    return spec


def hidden_prefix(element: HtmlElement) -> str | None:
    """ "Image caption," in ``<figcaption><span class="visually-hidden">Image caption, </span>A
    quarter of…</figcaption>``: a first child saying a few words for screen readers, hidden by its
    class or ending as a label does (a comma, a colon), before the text it introduces."""
    if (element.text or "").strip():
        return None
    first = next((c for c in element if isinstance(c.tag, str)), None)
    if first is None or not full_text(first) or not (first.tail or "").strip():
        return None
    said = full_text(first)
    hidden = bool(_HIDDEN_CLASS.search(str(first.get("class") or "")))
    labelled = said.endswith((",", ":")) and said[0].isupper()
    if len(said) > MAX_PREFIX_CHARS or len(said.split()) > MAX_PREFIX_WORDS or not (hidden or labelled):
        return None
    return said


def _credit(figure: HtmlElement, caption: HtmlElement | None) -> HtmlElement | None:
    """The figure's short line outside its caption saying whose the picture is: a line classed as
    a credit, one whose prefix names a source, or the one line beside the image."""
    inside = set(caption.iter()) if caption is not None else set()
    lines = [e for e in figure.iterdescendants() if isinstance(e.tag, str) and e not in inside and _is_line(e)]
    for line in lines:
        prefix = hidden_prefix(line) or ""
        if _CREDIT_WORD.search(f"{line.get('class') or ''} {prefix} {full_text(line)[:1]}"):
            return line
    return lines[0] if len(lines) == 1 else None


def _is_line(element: HtmlElement) -> bool:
    """A short text of its own, maybe after a screen-reader prefix, which is no line by itself."""
    if tag_of(element) in ("img", "picture", "source", "svg") or not 0 < len(full_text(element)) <= MAX_CREDIT_CHARS:
        return False
    parent = element.getparent()
    first = next((c for c in parent if isinstance(c.tag, str)), None) if parent is not None else None
    if parent is not None and first is element and hidden_prefix(parent) is not None:
        return False
    prefix = hidden_prefix(element)
    return not any(isinstance(c.tag, str) and full_text(c) and full_text(c) != prefix for c in element)
