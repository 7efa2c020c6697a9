"""The shape of a subtree, so that two records built from one template can be told alike."""

from __future__ import annotations

from collections import Counter

from agents.heuristics.dom import HtmlElement, child_elements, tag_of

#: Deeper than this, markup is decoration inside a field rather than the record's template.
MAX_SHAPE_DEPTH = 6
#: A record template rarely has more nodes; the cap keeps huge "records" (whole sections) cheap.
MAX_SHAPE_NODES = 160
#: A path belongs to the template when at least this share of the records has it.
CONSENSUS_SHARE = 0.5

Shape = frozenset[str]


def shape_of(element: HtmlElement) -> Shape:
    """Relative tag paths of ``element``'s subtree, with markers for text, links and images."""
    paths: set[str] = set()
    stack: list[tuple[HtmlElement, str, int]] = [(element, "", 0)]
    while stack and len(paths) < MAX_SHAPE_NODES:
        node, path, depth = stack.pop()
        if node is not element:
            paths.add(path)
        if _has_own_text(node):
            paths.add(f"{path}#text")
        tag = tag_of(node)
        if tag == "a" and node.get("href"):
            paths.add(f"{path}@href")
        elif tag == "img":
            paths.add(f"{path}@src")
        if depth >= MAX_SHAPE_DEPTH:
            continue
        children = child_elements(node)
        # A lone child without text beside it is a wrapper (React apps nest a dozen): it does
        # not use up the depth, or deep cards would show no template at all.
        step = 0 if len(children) == 1 and not _has_own_text(node) else 1
        for child in children:
            if (cells := layout_cells(child)) is not None:
                # A one-row table placing a picture beside the text (MediaWiki's search results
                # with a thumbnail): what the cells hold sits where it would without the table.
                paths.update(f"{path}#text" for cell in cells if _has_own_text(cell))
                stack.extend((c, f"{path}/{tag_of(c)}", depth + step) for cell in cells for c in child_elements(cell))
                continue
            stack.append((child, f"{path}/{tag_of(child)}", depth + step))
    return frozenset(paths)


def layout_cells(element: HtmlElement) -> list[HtmlElement] | None:
    """The cells of a table laying out one row, None for anything else."""
    if tag_of(element) != "table":
        return None
    rows = [r for part in [element, *element.findall("tbody")] for r in part.findall("tr")]
    if len(rows) != 1 or len(element) > len(element.findall("tbody")) + len(element.findall("tr")):
        return None  # several rows, or a caption / header: a table of data
    return [c for c in rows[0] if isinstance(c.tag, str) and tag_of(c) in ("td", "th")]


def _has_own_text(node: HtmlElement) -> bool:
    if node.text and node.text.strip():
        return True
    return any(child.tail and child.tail.strip() for child in node)


def consensus(shapes: list[Shape]) -> Shape:
    counts: Counter[str] = Counter(path for shape in shapes for path in shape)
    needed = max(1, CONSENSUS_SHARE * len(shapes))
    return frozenset(path for path, count in counts.items() if count >= needed)


def jaccard(a: Shape, b: Shape) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def slot_count(template: Shape) -> int:
    """How many text, link or image slots the template offers."""
    return sum(1 for path in template if "#" in path or "@" in path)


def is_layout_part(element: HtmlElement) -> bool:
    """Whether ``element`` is a one-row layout table, or its body, row or a cell of it: markup
    that places values rather than holding one."""
    table: HtmlElement | None = element
    for _ in range(3):  # td -> tr -> (tbody ->) table
        if table is None or tag_of(table) == "table":
            break
        if tag_of(table) not in ("td", "th", "tr", "tbody"):
            return False
        table = table.getparent()
    return table is not None and tag_of(table) == "table" and layout_cells(table) is not None
