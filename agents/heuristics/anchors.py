"""Write CSS selectors that match a chosen set of elements, anchored on stable attributes.

Candidates go from the most readable and stable (``ul.grid > li.card``) to plain tag paths, and
each is checked against the page with parsel, the same engine the spiders use. Positions
(``nth-child``) are never used for records: they break as soon as the site inserts a banner.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from parsel import Selector

from agents.heuristics.classtokens import anchor_classes, module_classes, semantic_classes, stable_id
from agents.heuristics.dom import HtmlElement, css_ident, css_string, tag_of
from agents.heuristics.moduleclasses import module_step
from agents.heuristics.narrowing import Narrowing, select_nodes

#: How far up the tree a scope anchor is looked for; higher anchors are too loose to help.
MAX_SCOPE_DEPTH = 6
#: A selector may match a few more elements than wanted (they usually yield no fields) but not many.
MAX_EXTRA_SHARE = 0.1
#: Semantic tags that anchor a scope as well as a class does.
LANDMARK_TAGS = frozenset({"main", "article", "table", "ul", "ol", "dl", "section"})
#: data-* attributes worth anchoring on when they have one value across records.
_DATA_PREFIXES = ("data-testid", "data-test", "data-qa", "data-component", "data-type", "data-role")
#: The value of another data-* attribute naming a kind: a word or two without digits, which would
#: name one page (``data-page="1"``) or one item; never a state flag, which a record may change.
_KIND_VALUE = re.compile(
    r"^(?!(?:true|false|yes|no|on|off|open|closed|active|inactive|selected|expanded|collapsed|hidden|visible"
    r"|loading|loaded|lazy|eager|pending|ready|enabled|disabled|checked)$)[A-Za-z][A-Za-z_-]{1,29}$",
    re.IGNORECASE,
)


def element_anchors(element: HtmlElement, *, landmark_only: bool = False) -> list[str]:
    """Ways to name ``element`` alone, best first: id, itemtype, semantic class, landmark tag."""
    tag = tag_of(element)
    found = []
    if (ident := stable_id(element)) and css_ident(ident):
        found.append(f"{tag}#{ident}")
    if itemtype := element.get("itemtype"):
        found.append(f"{tag}[itemtype={css_string(itemtype)}]")
    found.extend(f"{tag}.{cls}" for cls in semantic_classes(element)[:2])
    found.extend(module_step(tag, m) for m in module_classes(element)[:1])
    if not landmark_only:
        found.extend(f"{tag}.{cls}" for cls in anchor_classes(element)[:1] if f"{tag}.{cls}" not in found)
    if tag in LANDMARK_TAGS or tag == "main":
        found.append(tag)
    return found


def shared_parts(members: list[HtmlElement]) -> list[str]:
    """Selectors for one member that every member satisfies, most specific first."""
    tag = tag_of(members[0])
    parts: list[str] = []
    common = [c for c in anchor_classes(members[0]) if all(c in (m.get("class") or "").split() for m in members)]
    semantic = [c for c in common if c in semantic_classes(members[0])]
    parts.extend(f"{tag}.{cls}" for cls in semantic[:2])
    itemtypes = {m.get("itemtype") for m in members}
    if len(itemtypes) == 1 and (itemtype := itemtypes.pop()):
        parts.append(f"{tag}[itemtype={css_string(itemtype)}]")
    if not semantic:
        parts.extend(f"{tag}.{cls}" for cls in common[:2])
    modules = [m for m in module_classes(members[0]) if all(m in module_classes(o) for o in members)]
    parts.extend(module_step(tag, m) for m in modules[:1])
    if len(common) >= 2 and not semantic:
        parts.append(f"{tag}.{common[0]}.{common[1]}")
    parts.extend(f"{tag}[{name}={css_string(value)}]" for name, value in _shared_data(members))
    parts.append(tag)
    if tag == "tr":
        parts = [variant for p in parts for variant in (p, f"{p}:has(> td)")]
    return parts


def _shared_data(members: list[HtmlElement]) -> list[tuple[str, str]]:
    """``data-*`` attributes with one value across ``members``: the usual test hooks first, then
    any other one naming a kind of card (``data-card-type="SHOPPABLE"``, which ads and promotion
    tiles beside the records do not carry)."""
    others = sorted(a for a in members[0].attrib if a.startswith("data-") and a not in _DATA_PREFIXES)
    found = []
    for name in [*_DATA_PREFIXES, *others]:
        data_values = {m.get(name) for m in members}
        value = data_values.pop() if len(data_values) == 1 else None
        if value and (name in _DATA_PREFIXES or (css_ident(name) and _KIND_VALUE.match(value))):
            found.append((name, value))
    return found


def _scopes(member: HtmlElement) -> Iterator[tuple[str, str]]:
    """(scope selector, combinator) pairs from the parent upwards."""
    node = member.getparent()
    depth = 0
    while node is not None and depth < MAX_SCOPE_DEPTH and tag_of(node) not in ("body", "html"):
        combinator = " > " if depth == 0 else " "
        for anchor in element_anchors(node, landmark_only=depth > 0):
            yield anchor, combinator
        node = node.getparent()
        depth += 1


def _is_meaningful(anchor: str) -> bool:
    """``ul.grid`` scopes a list; ``div.col-md-8`` or ``div.container`` only lay it out."""
    if "#" in anchor or "[" in anchor:
        return True
    if "." not in anchor:
        return False
    token = anchor.split(".", 1)[1]
    return not re.search(r"\d|:|^(?:col|row|container|wrapper|inner|d|flex)(?:$|-)", token)


def _tag_path(member: HtmlElement, *, positions: bool = False, named_only: bool = False) -> str | None:
    """``#content > div > ul > li``: the path from the nearest anchored ancestor. With
    ``positions``, each step among siblings of its tag says which one (``div:nth-of-type(2)``):
    the one way to a page's main block when every class on the way is a build hash. With
    ``named_only``, the anchor is named by an id, a class or an item type, past bare ``ul`` and
    ``section`` steps that name nothing, at most ``MAX_SCOPE_DEPTH`` steps up (None past them)."""
    steps = [_positioned(member) if positions else tag_of(member)]
    for node in member.iterancestors():
        if tag_of(node) == "html":
            break
        anchors = element_anchors(node)
        if named_only:
            anchors = [a for a in anchors if any(mark in a for mark in "#.[")]
        if anchors:
            return " > ".join([anchors[0], *reversed(steps)])
        if named_only and (tag_of(node) == "body" or len(steps) >= MAX_SCOPE_DEPTH):
            return None  # a longer path breaks as soon as the layout gains a wrapper
        steps.append(_positioned(node) if positions else tag_of(node))
    return None if named_only else " > ".join(reversed(steps))


def _positioned(element: HtmlElement) -> str:
    tag = tag_of(element)
    parent = element.getparent()
    alike = [c for c in parent if c.tag == element.tag] if parent is not None else [element]
    return tag if len(alike) == 1 else f"{tag}:nth-of-type({alike.index(element) + 1})"


def candidate_selectors(members: list[HtmlElement]) -> list[str]:
    parts = shared_parts(members)
    scopes = list(dict.fromkeys(_scopes(members[0])))
    parent = members[0].getparent()
    same_parent = all(m.getparent() is parent for m in members)
    ordered: list[str] = []
    # A scope helps only when it is itself meaningful: "div.col-md-8 > …" is layout, not meaning.
    near = [(s, c) for s, c in scopes if c == " > " and _is_meaningful(s)] if same_parent else []
    for part in parts:
        ordered.extend(f"{scope}{comb}{part}" for scope, comb in near)
        if part != tag_of(members[0]) and ":has(" not in part:
            ordered.append(part)
        ordered.extend(f"{scope}{comb}{part}" for scope, comb in scopes if comb == " ")
        if not same_parent:
            ordered.extend(f"{scope} {part}" for scope, comb in scopes if comb == " > ")
    if path := _tag_path(members[0]):
        ordered.append(path)
    return list(dict.fromkeys(ordered))


def select_ids(page: Selector, css: str) -> list[int] | None:
    nodes = select_nodes(page, css)
    return None if nodes is None else [id(n) for n in nodes]


def build_selector(
    page: Selector, members: list[HtmlElement], *, truncated: bool = False
) -> tuple[str, list[HtmlElement]] | None:
    """The first candidate matching exactly ``members``, else the tightest near-superset.

    Candidates are narrowed by the marks of what they match too many (classes, attributes, ad
    captions) and, only when none of them can be, by a part the records hold and the others lack
    (``li:has(h2)``), or else named by their tag path from a named ancestor: the ways left where
    every class is a build hash (``narrowing``). On a ``truncated`` analysis the records past the
    cap were never seen, so a selector may match more of them than ``members`` holds.
    """
    narrowing = Narrowing(page, members)
    wanted = narrowing.wanted
    fallback: tuple[int, str] | None = None
    candidates = candidate_selectors(members)
    for by_parts in (False, True):
        if by_parts and (path := _tag_path(members[0], named_only=True)):
            candidates.append(path)
        for css in candidates:
            if (nodes := narrowing.select(css)) is None:
                continue
            hits = {id(n) for n in nodes}
            if hits == wanted:
                return css, members
            if wanted < hits and not truncated and (narrowed := narrowing.without_extras(css, nodes, by_parts)):
                return narrowed, members
            extra = 0 if truncated else len(hits - wanted)
            if wanted <= hits and extra <= MAX_EXTRA_SHARE * len(wanted) and (fallback is None or extra < fallback[0]):
                fallback = (extra, css)
    if fallback is None:
        return _in_named_table(page, members)
    matched = [node.root for node in page.css(fallback[1])]
    return fallback[1], matched


def _in_named_table(page: Selector, members: list[HtmlElement]) -> tuple[str, list[HtmlElement]] | None:
    """Rows of one table among alike tables (one class, no id: a page of several lists drawn
    alike), named through their table: by its anchors, else by its place among its siblings."""
    tables = {id(t): t for m in members for t in m.iterancestors("table")}
    table = next(iter(tables.values()), None) if tag_of(members[0]) == "tr" else None
    if table is None or any(next(m.iterancestors("table"), None) is not table for m in members):
        return None
    scope = unique_selector(page, table)
    wanted = sorted(id(m) for m in members)
    for part in shared_parts(members) if scope else []:
        if (found := select_ids(page, f"{scope} {part}")) is not None and sorted(found) == wanted:
            return f"{scope} {part}", members
    return None


def unique_selector(page: Selector, element: HtmlElement) -> str | None:
    """A selector matching ``element`` alone (used for a detail page's main container)."""
    candidates = [*element_anchors(element), tag_of(element)]
    candidates += [f"{scope}{comb}{tag_of(element)}" for scope, comb in _scopes(element)]
    if next(iter(element.iter("h1")), None) is not None:
        candidates.append(f"{tag_of(element)}:has(h1)")
    for css in dict.fromkeys(candidates):
        found = select_ids(page, css)
        if found == [id(element)]:
            return css
    for path in (_tag_path(element), _tag_path(element, positions=True)):
        if path and select_ids(page, path) == [id(element)]:
            return path
    return None
