"""Last resort for a detail page whose body is empty (rendered by JavaScript): its meta tags.

Open Graph and product/article meta tags are in the DOM, so CSS can read them with
``attribute="content"`` when the record is the whole document.
"""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.dom import css_string
from agents.heuristics.structured import StructuredData
from pipeline.core.schemas import FieldSpec, FieldType

_META_FIELDS: tuple[tuple[str, str, FieldType], ...] = (
    ("og:title", "title", "title"),
    ("og:url", "url", "url"),
    ("og:image", "image", "image"),
    ("product:price:amount", "price", "price"),
    ("product:price:currency", "currency", "text"),
    ("article:published_time", "date", "date"),
    ("article:author", "author", "author"),
    ("og:description", "text", "text"),
)


def design_from_meta(page: Selector, structured: StructuredData) -> tuple[str, tuple[FieldSpec, ...], str] | None:
    """A detail spec reading the meta tags, when they name at least a title and something else."""
    fields = []
    for key, name, field_type in _META_FIELDS:
        if not structured.open_graph.get(key):
            continue
        css = f"meta[property={css_string(key)}]"
        if page.css(css).xpath("@content").get():
            fields.append(FieldSpec(name=name, type=field_type, selector=css, attribute="content"))
    if len(fields) < 2 or fields[0].name != "title":
        return None
    return "html", tuple(fields), "detail"
