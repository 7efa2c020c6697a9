"""Where a junk column comes from and why the Scout kept it: the spec field behind the column (as ``sdp show``
prints it), what that field reads (text, or which attribute), the role of the element it selects in the served
pages, the field's type and name, and how its values look (codes, a constant text, icon pictures).

Buckets, one per group and column (``junkshape`` counts them):

* **target**: ``text``, an attribute by family (``data-*``, ``title``, ``alt``, ``aria-*``, ``src/srcset``,
  ``href``, ``id/class``, ``content/value``, ``other``), ``json-ld`` (a JSON-LD script) or ``json`` (a spec
  reading JSON records); ``unknown`` when no spec field is found;
* **role**: the selected element's part, by the first that holds: ``script``, ``meta``, ``control`` (a form's
  select, option or input), ``hidden`` (inside a hidden element or screen-reader text; ``aria-hidden`` is
  not hidden: a card's second link to its picture carries it, shown), ``button``,
  ``breadcrumb``, ``icon`` (an svg, an ``<i>``, an icon-classed element or a tiny picture), ``badge``,
  ``label`` (a label, dt or th, or label-classed), ``heading``, ``picture``, ``time``, ``link`` (an anchor or
  inside one), else ``text``; ``unfound`` when the selector finds no element in the served markup (a page a
  browser built), ``json`` for a JSON spec. Elements are looked for inside the records, else anywhere on the
  served pages (a field read around its record);
* **tag**: the selected element's tag, common ones by name, else ``other``;
* **type**: the spec field's type; **cut**: ``tail``, ``cut`` (text_after/before), ``split``, ``drawn`` or none;
* **look**: ``icon`` (picture addresses of svg files, sprites, icons, logos, placeholders), ``constant`` (two
  distinct values or fewer over three or more records), ``code`` (identifiers: digits, hex, a UUID, a token
  mixing letters and digits), else ``plain``;
* **name**: the field's name, its trailing number as ``_N`` (``image_2`` -> ``image_N``), kept only when it is
  one of ``GENERIC_NAMES`` (else ``other``): a name the Scout read off a page is that page's words, which a
  held-out site's sums must not show.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

import lxml.html
from cssselect import SelectorError
from lxml.etree import ParserError, XPathError
from lxml.html import HtmlElement

_FIELD_LINE = re.compile(r"^    (\S+)\s+(\w+)\s+(\(list\))?\s*\d+%  (.*)$")
_RECORDS_LINE = re.compile(r"^  (list|detail) records: ?(.*)$")
_ATTRIBUTE = re.compile(r" @([^\s()]+)")
#: What ``sdp show`` writes after a selector (``pipeline.cli.cmd_versions._target``), and the cut it names.
_AFTER_SELECTOR = (
    (" (the text after it)", "tail"),
    (" after '", "cut"),
    (' after "', "cut"),
    (" (occurrence ", "cut"),
    (" before '", "cut"),
    (' before "', "cut"),
    (" split on ", "split"),
    (" (icons counted)", "drawn"),
    (" (filled width)", "drawn"),
)
GENERIC_NAMES = frozenset(
    {
        *("image", "picture", "photo", "thumbnail", "icon", "logo", "avatar", "link", "url", "text", "label"),
        *("badge", "tag", "tags", "flag", "code", "id", "sku", "number", "count", "date", "title", "name", "price"),
        *("rating", "value", "caption", "note", "status", "type", "category", "description", "summary", "author"),
        *("time", "location", "brand", "rank", "position", "button", "action", "color", "size", "discount"),
    }
)
_TAGS = frozenset({"a", "img", "span", "div", "p", "li", "button", "svg", "time", "script", "meta", "i", "td", "dd"})
_FORM_TAGS = frozenset({"select", "option", "input", "textarea"})
_HIDDEN_CLASSES = frozenset(
    {"sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "hidden", "d-none", "offscreen", "is-hidden"}
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
_ICON_CLASS = re.compile(r"icon|(?:^|[\s_-])(?:fa|fas|far|bi|glyph\S*|material-\S+|sprite)(?:$|[\s_-])", re.I)
_BADGE_CLASS = re.compile(r"badge|pill|chip|ribbon|sticker|flag|(?:^|[\s_-])tag(?:$|[\s_-])", re.I)
_LABEL_CLASS = re.compile(r"label|caption", re.I)
_ICON_URL = re.compile(
    r"\.svg(?:[?#]|$)|sprite|icon|logo|placeholder|blank\.|spacer|pixel\.|data:image|\b(?:1[0-9]|2[0-9]|3[0-2])x\d{2}\b",
    re.I,
)
_CODE = re.compile(
    r"^(?:#?\d{5,}|[0-9a-f]{8,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"|(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9_\-.:#/]{2,39})$",
    re.I,
)
#: Tokens of letters and digits that are no identifier: addresses, dates and clocks.
_NOT_CODE = re.compile(r"^(?:https?:|/|www\.|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2})", re.I)
_PAGE_EXTENSIONS = frozenset({".js", ".json", ".xml", ".txt", ".csv", ".rss", ".atom"})
#: Elements looked at per column, and pages parsed per site, to find a field's elements.
MAX_NODES = 20
MAX_PAGES = 40


@dataclass(frozen=True)
class ShownField:
    """One field as ``sdp show`` prints it."""

    name: str
    type: str
    many: bool
    selector: str
    attribute: str | None
    cut: str = ""


@dataclass(frozen=True)
class ShownSpec:
    """The spec ``sdp show`` prints: its mode, record selector (empty for JSON records) and fields by name."""

    mode: str
    record_selector: str
    fields: dict[str, ShownField] = field(default_factory=dict)


def parse_show(text: str) -> ShownSpec | None:
    """The spec in ``sdp show``'s output, or ``None`` when it prints none."""
    mode = record = None
    fields: dict[str, ShownField] = {}
    for line in text.splitlines():
        if (records := _RECORDS_LINE.match(line)) is not None:
            mode, record = records.group(1), records.group(2).strip()
        elif mode is not None and (found := _FIELD_LINE.match(line)) is not None:
            name, kind, many, target = found.groups()
            fields[name] = _field(name, kind, bool(many), target)
    return ShownSpec(mode, record or "", fields) if mode is not None else None


def _field(name: str, kind: str, many: bool, target: str) -> ShownField:
    attribute = _ATTRIBUTE.search(target)
    ends = [(target.find(mark), cut) for mark, cut in _AFTER_SELECTOR if mark in target]
    if attribute is not None:
        ends.append((attribute.start(), ""))
    end, _ = min(ends, default=(len(target), ""))
    cut = min(((at, cut) for at, cut in ends if cut), default=(0, ""))[1]
    selector = target[:end].strip()
    return ShownField(
        name, kind, many, "" if selector == "(record)" else selector, attribute.group(1) if attribute else None, cut
    )


def field_of(column: str, spec: ShownSpec | None) -> ShownField | None:
    """The spec field an export column comes from (``price.currency`` from ``price``)."""
    return spec.fields.get(column.split(".", maxsplit=1)[0]) if spec is not None else None


def target_bucket(spec: ShownSpec | None, shown: ShownField | None) -> str:
    """What the field reads: ``text`` or an attribute family (see the module docstring)."""
    if spec is None or shown is None:
        return "unknown"
    if not spec.record_selector:
        return "json"
    if "ld+json" in shown.selector:
        return "json-ld"
    name = (shown.attribute or "").lower()
    if not name:
        return "text"
    if name in ("src", "srcset", "data-src", "data-srcset", "data-lazy-src", "data-original"):
        return "src/srcset"
    if name.startswith("data-"):
        return "data-*"
    if name.startswith("aria-"):
        return "aria-*"
    if name in ("title", "alt", "href", "content"):
        return {"content": "content/value"}.get(name, name)
    return {"id": "id/class", "class": "id/class", "value": "content/value"}.get(name, "other")


def name_bucket(name: str) -> str:
    """A field's name with its number as ``_N``, when the rest is a ``GENERIC_NAMES`` word; else ``other``."""
    base = re.sub(r"_?\d+$", "", name)
    if base not in GENERIC_NAMES:
        return "other"
    return f"{base}_N" if base != name else base


# --------------------------------------------------------------------------------------------------
# Elements
# --------------------------------------------------------------------------------------------------


class Documents:
    """A site's served markup pages, parsed as asked (at most ``MAX_PAGES``)."""

    def __init__(self, texts: Mapping[Path, str]) -> None:
        self._texts = [t for p, t in texts.items() if _markup(p, t)][:MAX_PAGES]
        self._parsed: list[HtmlElement | None] = []

    def __iter__(self) -> Any:
        for i, text in enumerate(self._texts):
            if i == len(self._parsed):
                try:
                    self._parsed.append(lxml.html.document_fromstring(text.encode("utf-8", "replace")))
                except (ValueError, ParserError):
                    self._parsed.append(None)
            if (root := self._parsed[i]) is not None:
                yield root


def _markup(path: Path, text: str) -> bool:
    suffix = PurePath(path.name.split("@", 1)[0]).suffix.lower()
    return suffix not in _PAGE_EXTENSIONS and text.lstrip()[:1] not in ("{", "[")


def _select(root: HtmlElement, selector: str) -> list[HtmlElement]:
    try:
        return list(root.cssselect(selector)) if selector else [root]
    except (SelectorError, XPathError):  # a selector cssselect cannot read (the spider's own dialect): no element
        return []


def field_elements(spec: ShownSpec, shown: ShownField, documents: Documents) -> list[HtmlElement]:
    """Up to ``MAX_NODES`` elements the field selects inside the spec's records over the served pages."""
    nodes: list[HtmlElement] = []
    for root in documents:
        for record in _select(root, spec.record_selector)[:MAX_NODES]:
            nodes += _select(record, shown.selector)[:2]
            if len(nodes) >= MAX_NODES:
                return nodes
    if not nodes and shown.selector:  # a field read off the page around the records (a heading above a group)
        for root in documents:
            nodes += _select(root, shown.selector)[: MAX_NODES - len(nodes)]
            if len(nodes) >= MAX_NODES:
                break
    return nodes


def _classes(element: HtmlElement) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def _up(element: HtmlElement, levels: int) -> list[HtmlElement]:
    out = [element]
    while len(out) <= levels and (parent := out[-1].getparent()) is not None:
        out.append(parent)
    return out


def _hidden(element: HtmlElement) -> bool:
    return (
        element.get("hidden") is not None
        or bool(_HIDDEN_STYLE.search(element.get("style") or ""))
        or bool(_HIDDEN_CLASSES & set((element.get("class") or "").lower().split()))
    )


def _tiny(element: HtmlElement) -> bool:
    """A picture drawn 32 pixels or less, else (no size given) one whose address names an icon; a lazy
    picture's placeholder ``data:`` address says nothing."""
    sizes = [s for s in (element.get("width") or "", element.get("height") or "") if s.isdigit()]
    if sizes:
        return min(int(s) for s in sizes) <= 32
    source = element.get("src") or ""
    return not source.startswith("data:") and bool(_ICON_URL.search(source))


def element_role(element: HtmlElement) -> str:
    """The element's part on its page (see the module docstring), read from it and a few ancestors."""
    tag = str(element.tag).lower()
    near = _up(element, 4)
    tags = [str(e.tag).lower() for e in near]
    if tag == "script":
        return "script"
    if tag in ("meta", "link"):
        return "meta"
    if tag in _FORM_TAGS or "select" in tags:
        return "control"
    if any(_hidden(e) for e in _up(element, 6)):
        return "hidden"
    if "button" in tags or any(e.get("role") == "button" for e in near):
        return "button"
    if any("breadcrumb" in (_classes(e) + (e.get("aria-label") or "")).lower() for e in _up(element, 8)):
        return "breadcrumb"
    if tag in ("svg", "i", "use") or _ICON_CLASS.search(_classes(element)) or (tag == "img" and _tiny(element)):
        return "icon"
    if _BADGE_CLASS.search(_classes(element)):
        return "badge"
    if tag in ("label", "dt", "th", "legend") or _LABEL_CLASS.search(_classes(element)):
        return "label"
    if re.fullmatch(r"h[1-6]", tag):
        return "heading"
    if tag in ("img", "picture", "source", "figure"):
        return "picture"
    if tag == "time":
        return "time"
    return "link" if "a" in tags[:4] else "text"


def tag_bucket(element: HtmlElement) -> str:
    """The element's tag: common ones by name, headings as ``h``, form elements as ``form``, else ``other``."""
    tag = str(element.tag).lower()
    if re.fullmatch(r"h[1-6]", tag):
        return "h"
    if tag in _FORM_TAGS:
        return "form"
    return tag if tag in _TAGS else "other"


# --------------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------------


def _flat(values: Sequence[Any]) -> list[Any]:
    return [item for v in values for item in (v if isinstance(v, list) else [v]) if item is not None]


def is_code(value: Any) -> bool:
    """Whether a value is an identifier: a long whole number, hex, a UUID or one token of letters and digits."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return float(value).is_integer() and abs(value) >= 10_000
    text = str(value).strip()
    return bool(_CODE.match(text)) and not _NOT_CODE.match(text)


def value_look(values: Sequence[Any], kind: Callable[[Any], str]) -> str:
    """``icon``, ``constant``, ``code`` or ``plain`` (see the module docstring)."""
    items = _flat(values)
    if not items:
        return "plain"
    pictures = [str(v) for v in items if kind(v) == "image"]
    if pictures and sum(bool(_ICON_URL.search(p)) for p in pictures) * 2 > len(items):
        return "icon"
    if len(values) >= 3 and len({repr(v) for v in items}) <= 2:
        return "constant"
    if sum(is_code(v) for v in items) * 2 > len(items):
        return "code"
    return "plain"


# --------------------------------------------------------------------------------------------------
# A column
# --------------------------------------------------------------------------------------------------


@dataclass
class Trace:
    """What the bench knows of the Scout's spec and the served markup, to trace junk columns to their field."""

    spec: ShownSpec | None
    documents: Documents

    @classmethod
    def of(cls, show_output: str, texts: Mapping[Path, str]) -> Trace:
        """From ``sdp show``'s output and the site's served files (``pagetext.read_texts``)."""
        return cls(parse_show(show_output), Documents(texts))


def column_trace(column: str, values: Sequence[Any], trace: Trace | None, kind: Callable[[Any], str]) -> list[str]:
    """The ``group:bucket`` names of one junk column's trace (see the module docstring)."""
    spec = trace.spec if trace is not None else None
    shown = field_of(column, spec)
    out = [f"target:{target_bucket(spec, shown)}", f"look:{value_look(values, kind)}"]
    if spec is None or shown is None or trace is None:
        return [*out, "role:unknown", "tag:unknown", "type:unknown", "cut:none", "name:unknown"]
    if not spec.record_selector:
        role, tag = "json", "json"
    elif "ld+json" in shown.selector:
        role, tag = "script", "script"
    elif not (nodes := field_elements(spec, shown, trace.documents)):
        role, tag = "unfound", "unfound"
    else:
        role = Counter(element_role(n) for n in nodes).most_common(1)[0][0]
        tag = Counter(tag_bucket(n) for n in nodes).most_common(1)[0][0]
    return [
        *out,
        f"role:{role}",
        f"tag:{tag}",
        f"type:{shown.type}",
        f"cut:{shown.cut or 'none'}",
        f"name:{name_bucket(shown.name)}",
    ]


def column_detail(column: str, trace: Trace | None) -> str:
    """An open site's column in full: its field's selector and attribute as ``sdp show`` printed them."""
    shown = field_of(column, trace.spec if trace is not None else None)
    if shown is None:
        return "no spec field"
    return f"{shown.type} {shown.selector or '(record)'}" + (f" @{shown.attribute}" if shown.attribute else "")
