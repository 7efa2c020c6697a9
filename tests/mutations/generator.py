"""Realistic layout changes applied to copies of the test sites, guided by the source's spec.

Each mutation rewrites every HTML page of a site copy the way redesigns do: classes renamed, wrapper
elements added, tags changed, a list turned into a table, a field moved into a ``data-`` attribute or
a microdata ``content`` attribute, labels reworded, a field removed, records split across two rows,
a field moved into a heading row above each record, a JavaScript-rendered redesign (records as JSON
in a script), or the whole site replaced by an error or login page. ``expect`` says what a correct
repair extracts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import html as lxml_html  # type: ignore[import-untyped]

from pipeline.core.extract import Record
from pipeline.core.schemas import ScraperSpec
from pipeline.core.spectransform import tokens

#: An lxml element (lxml ships no type information).
Tree = Any
Mutate = Callable[[Tree, ScraperSpec], None]


@dataclass(frozen=True)
class Mutation:
    name: str
    kind: str
    mutate: Mutate
    #: False for error and login pages: the Doctor must not "heal" those.
    healable: bool = True
    #: Fields a correct repair can no longer fill (the site removed them).
    dropped: tuple[str, ...] = ()

    def expect(self, records: list[Record]) -> list[Record]:
        return [{k: (None if k in self.dropped else v) for k, v in r.items()} for r in records]


def _classes_in(selector: str) -> list[str]:
    return [t[1:] for t in tokens(selector) if t.startswith(".")]


def _rename_classes(root: Tree, names: list[str], suffix: str = "-v2") -> None:
    wanted = set(names)
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        classes = (node.get("class") or "").split()
        if wanted & set(classes):
            node.set("class", " ".join(f"{c}{suffix}" if c in wanted else c for c in classes))


def _records(root: Tree, spec: ScraperSpec) -> list[Tree]:
    return list(root.cssselect(spec.record_selector)) if spec.record_selector else []


def rename_record_classes(root: Tree, spec: ScraperSpec) -> None:
    _rename_classes(root, _classes_in(spec.record_selector))


def rename_all_classes(root: Tree, spec: ScraperSpec) -> None:
    names = _classes_in(spec.record_selector) + [c for f in spec.fields for c in _classes_in(f.selector)]
    _rename_classes(root, names, "-x")


def wrap_records(root: Tree, spec: ScraperSpec) -> None:
    """A new theme: each record's content moves into a wrapper, and the record's class is renamed."""
    for record in _records(root, spec):
        inner = lxml_html.Element("div", {"class": "card__body"})
        inner.text, record.text = record.text, None
        for child in list(record):
            inner.append(child)
        record.append(inner)
    rename_record_classes(root, spec)


def change_tags(root: Tree, spec: ScraperSpec) -> None:
    """Semantic markup swapped: records become ``section`` and headings move one level."""
    swap = {"h2": "h3", "h3": "h4", "h4": "h3", "span": "em", "p": "div"}
    for record in _records(root, spec):
        if record.tag in ("tr", "td", "dd", "li"):
            continue
        record.tag = "section" if record.tag != "section" else "article"
        for node in record.iter():
            if isinstance(node.tag, str) and node is not record and node.tag in swap:
                node.tag = swap[node.tag]


def list_to_table(root: Tree, spec: ScraperSpec) -> None:
    """The grid becomes a table: one row per record, one cell per former child element."""
    records = _records(root, spec)
    if not records or records[0].tag == "tr":
        return
    for record in records:
        record.tag = "tr"
        for child in list(record):
            cell = lxml_html.Element("td")
            record.replace(child, cell)
            cell.append(child)
    parent = records[0].getparent()
    if parent is not None:
        parent.tag = "tbody"
        table = lxml_html.Element("table", {"class": "listing"})
        grand = parent.getparent()
        if grand is not None:
            grand.replace(parent, table)
            table.append(parent)


_MOVABLE = ("price", "number", "rating", "text", "date")


def _movable_field(spec: ScraperSpec, types: tuple[str, ...] = _MOVABLE) -> str | None:
    for f in spec.fields:
        if (
            f.type in types
            and f.name not in spec.key_fields
            and f.selector
            and "::" not in f.selector
            and ":contains" not in f.selector
            and not f.attribute
            and not f.many
        ):
            return f.name
    return None


def move_into_attribute(root: Tree, spec: ScraperSpec) -> None:
    """A field's element is replaced by a ``data-`` attribute on the record (rendered by CSS)."""
    name = _movable_field(spec)
    if name is None:
        return
    spec_field = next(f for f in spec.fields if f.name == name)
    for record in _records(root, spec):
        found = record.cssselect(spec_field.selector)
        if not found:
            continue
        node = found[0]
        record.set(f"data-{name.replace('_', '-')}", node.text_content().strip())
        node.getparent().remove(node)


def move_into_content(root: Tree, spec: ScraperSpec) -> None:
    """Microdata markup: a field's visible element gives way to ``<meta itemprop content="…">``."""
    name = _movable_field(spec, ("price", "rating", "number", "date")) or _movable_field(spec)
    if name is None:
        return
    spec_field = next(f for f in spec.fields if f.name == name)
    for record in _records(root, spec):
        found = record.cssselect(spec_field.selector)
        if not found:
            continue
        node = found[0]
        meta = lxml_html.Element("meta", {"itemprop": name.replace("_", ""), "content": node.text_content().strip()})
        meta.tail = node.tail
        node.getparent().replace(node, meta)


def reword_labels(root: Tree, spec: ScraperSpec) -> None:
    """Labels in front of values reworded ("Origin:" → "Grown in —") and their classes renamed."""
    labels = [f.strip_label for f in spec.fields if f.strip_label]
    for node in root.iter():
        if isinstance(node.tag, str) and node.text:
            for label in labels:
                if label and node.text.strip().lower().startswith(label.lower()):
                    node.text = re.sub(re.escape(label) + r"\s*:?", "Listed as:", node.text, count=1, flags=re.I)
    rename_all_classes(root, spec)


def remove_field(root: Tree, spec: ScraperSpec) -> None:
    name = _removable_field(spec)
    if name is not None:
        spec_field = next(f for f in spec.fields if f.name == name)
        for record in _records(root, spec):
            for node in record.cssselect(spec_field.selector) if spec_field.selector else []:
                if node.getparent() is not None:
                    node.getparent().remove(node)
    rename_record_classes(root, spec)


def _removable_field(spec: ScraperSpec) -> str | None:
    options = [
        f.name for f in spec.fields if f.selector and f.name not in spec.key_fields and f.type not in ("title", "url")
    ]
    return options[-1] if options else None


def split_rows(root: Tree, spec: ScraperSpec) -> None:
    """Each record becomes two sibling rows: the first half of its content, then the rest."""
    for record in _records(root, spec):
        inner = record
        while len(inner) == 1 and len(inner[0]):  # a card's single wrapper: split what it wraps
            inner = inner[0]
        children = list(inner)
        if len(children) < 2:
            continue
        second = lxml_html.Element(record.tag, {"class": "row-detail"})
        for child in children[len(children) // 2 :]:
            second.append(child)
        record.set("class", "row-main")
        record.addnext(second)


def heading_above(root: Tree, spec: ScraperSpec) -> None:
    """A redesign puts each record's date (else another detail) in a heading row right above it."""
    name = _movable_field(spec, ("date",)) or _movable_field(spec)
    if name is None:
        return
    spec_field = next(f for f in spec.fields if f.name == name)
    for record in _records(root, spec):
        found = record.cssselect(spec_field.selector)
        if not found:
            continue
        node = found[0]
        _detach(node)
        row = lxml_html.Element(record.tag if record.tag in ("li", "tr") else "div", {"class": "item-heading"})
        holder = row
        if record.tag == "tr":
            holder = lxml_html.SubElement(row, "td", {"colspan": str(max(len(record), 1))})
        holder.append(node)
        record.addprevious(row)


def _detach(node: Tree) -> None:
    """Take ``node`` out of its parent; the text that followed it stays where it was."""
    parent, previous = node.getparent(), node.getprevious()
    if node.tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    node.tail = None
    parent.remove(node)


def js_redesign(root: Tree, spec: ScraperSpec) -> None:
    """Records now come as JSON in a script and are drawn by JavaScript; the HTML list is gone.

    The data holds what the markup showed (raw text, relative links) under the new front end's own
    key names, as single-page apps ship it.
    """
    records = _records(root, spec)
    data = [_record_data(r, spec) for r in records]
    for record in records:
        if record.getparent() is not None:
            record.getparent().remove(record)
    body = root.find("body")
    if body is None:
        return
    app = lxml_html.Element("div", {"id": "app"})
    body.append(app)
    script = lxml_html.Element("script")
    script.text = (
        "window.__INITIAL_STATE__ = " + json.dumps({"listing": {"items": data}}, ensure_ascii=False) + ";\n"
        "for (const item of window.__INITIAL_STATE__.listing.items) { const d = document.createElement('div');"
        " d.className = 'tile'; d.textContent = item.label; document.getElementById('app').appendChild(d); }"
    )
    body.append(script)


_JSON_KEYS = {"title": "label", "url": "href", "image": "thumbnail", "price": "displayPrice"}


def _record_data(record: Tree, spec: ScraperSpec) -> dict[str, Any]:
    item: dict[str, Any] = {}
    for f in spec.fields:
        key = _JSON_KEYS.get(f.name) or re.sub(r"_(\w)", lambda m: m.group(1).upper(), f.name) + "Value"
        selector = f.selector.replace("::text", "")
        try:
            nodes = record.cssselect(selector) if selector else [record]
        except Exception:  # a parsel-only selector (:contains): that field is simply not shipped
            continue
        if not nodes:
            continue
        values = [(n.get(f.attribute) if f.attribute else n.text_content()) or "" for n in nodes]
        values = [" ".join(v.split()) for v in values if v.strip()]
        if values:
            item[key] = values if f.many else values[0]
    return item


def _replace_body(root: Tree, markup: str) -> None:
    body = root.find("body")
    if body is None:
        return
    for child in list(body):
        body.remove(child)
    body.text = None
    for node in lxml_html.fragments_fromstring(markup):
        if isinstance(node, str):
            body.text = (body.text or "") + node
        else:
            body.append(node)
    title = root.find(".//title")
    if title is not None:
        title.text = "Sign in" if "password" in markup else "Down for maintenance"


def error_page(root: Tree, spec: ScraperSpec) -> None:
    _replace_body(root, "<h1>We'll be right back</h1><p>The site is down for scheduled maintenance.</p>")


def login_page(root: Tree, spec: ScraperSpec) -> None:
    _replace_body(
        root,
        '<h1>Sign in</h1><form method="post"><input name="email"><input type="password" name="pw">'
        "<button>Log in</button></form>",
    )


KINDS: dict[str, tuple[Mutate, bool]] = {
    "class renamed": (rename_record_classes, True),
    "all classes renamed": (rename_all_classes, True),
    "wrapper added": (wrap_records, True),
    "tag changed": (change_tags, True),
    "list to table": (list_to_table, True),
    "moved into attribute": (move_into_attribute, True),
    "moved into a content attribute": (move_into_content, True),
    "label reworded": (reword_labels, True),
    "field removed": (remove_field, True),
    "records split across rows": (split_rows, True),
    "heading row above": (heading_above, True),
    "JS-rendered redesign": (js_redesign, True),
    "error page": (error_page, False),
    "login page": (login_page, False),
}


def mutation(kind: str, spec: ScraperSpec) -> Mutation:
    mutate, healable = KINDS[kind]
    dropped = (_removable_field(spec),) if kind == "field removed" and _removable_field(spec) else ()
    return Mutation(name=kind, kind=kind, mutate=mutate, healable=healable, dropped=tuple(d for d in dropped if d))


def mutate_site(folder: Path, spec: ScraperSpec, chosen: Mutation) -> int:
    """Apply ``chosen`` to every HTML page under ``folder``; returns how many pages changed."""
    changed = 0
    for path in sorted(folder.rglob("*.html")):
        original = path.read_bytes()
        root = lxml_html.document_fromstring(original)
        chosen.mutate(root, spec)
        text = lxml_html.tostring(root, doctype="<!doctype html>", encoding="unicode")
        if text.encode() != original:
            path.write_text(text, encoding="utf-8")
            changed += 1
    return changed
