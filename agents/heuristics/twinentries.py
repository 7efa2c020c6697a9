"""Entries of one list written in another tag under their own heading: a page's theses as ``p``.

A hand-written publications page lists its papers as ``li`` under a heading per year, then its
theses as ``p`` under a "Theses" heading: the same entry (a bold title, an italic venue), another
tag. Entries built like the records, in the same article, under a heading of their own, are
records too. Copies are not: a "Selected" box repeating some records' titles is left out.
"""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.anchors import build_selector, select_ids
from agents.heuristics.closingstops import INLINE_TAGS
from agents.heuristics.dom import HEADING_TAGS, HtmlElement, full_text, previous_element, tag_of

#: Records whose template is learnt; entries sought only beside a list this long.
SAMPLE = 30
MIN_RECORDS = 4
#: Entries of a run under one heading: a pair at least.
MIN_TWINS = 2
#: Tags of text a record's children nearly always hold ("b", "i"), and how many an entry must hold.
CORE_SHARE = 0.8
MIN_SHARED_TAGS = 2
#: An entry is a line of text: its parts are inline (bold, italics, underline, links).
_LINE_TAGS = INLINE_TAGS | {"br"}
#: A child's text that names its entry: a title of a few words.
MIN_NAMING_WORDS = 3


def with_twin_entries(page: Selector, css: str, nodes: list[HtmlElement]) -> tuple[str, list[HtmlElement]]:
    """The record selector and records, with the runs of entries built like them added."""
    if len(nodes) < MIN_RECORDS:
        return css, nodes
    article = _common_ancestor(nodes)
    if article is None:
        return css, nodes
    sample = nodes[:SAMPLE]
    written = [_text_tags(n) for n in sample]
    seen = set().union(*written)
    core = {t for t in seen if sum(t in tags for tags in written) >= CORE_SHARE * len(sample)}
    known = _child_texts(sample)
    for run in _headed_runs(article, nodes):
        if not all(_is_line(e) and len(_text_tags(e) & core) >= MIN_SHARED_TAGS and _text_tags(e) <= seen for e in run):
            continue
        if _child_texts(run) & known:
            continue  # a box repeating some of the records
        built = build_selector(page, run)
        if built is None or select_ids(page, built[0]) != [id(e) for e in run]:
            continue
        union = f"{css}, {built[0]}"
        found = page.css(union)
        if len(found) == len(nodes) + len(run):
            return union, [n.root for n in found]
    return css, nodes


def _is_line(entry: HtmlElement) -> bool:
    """Whether ``entry`` is one line of inline parts (never a card of blocks and pictures)."""
    return all(tag_of(c) in _LINE_TAGS for c in entry if isinstance(c.tag, str))


def _text_tags(entry: HtmlElement) -> set[str]:
    """The tags of the children of ``entry`` that hold text."""
    return {tag_of(c) for c in entry if isinstance(c.tag, str) and full_text(c)}


def _child_texts(entries: list[HtmlElement]) -> set[tuple[str, str]]:
    """(tag, text) of the children of ``entries`` long enough to name one (a title, not "PDF")."""
    texts = ((tag_of(c), full_text(c)) for e in entries for c in e if isinstance(c.tag, str))
    return {(tag, text) for tag, text in texts if len(text.split()) >= MIN_NAMING_WORDS}


def _common_ancestor(nodes: list[HtmlElement]) -> HtmlElement | None:
    """The nearest element holding every one of ``nodes``, or the one holding it and its heading
    (a single ``ul`` under an "2024" heading: the article is around both)."""
    ancestors = list(nodes[0].iterancestors())
    for node in nodes[1:]:
        mine = set(node.iterancestors())
        ancestors = [a for a in ancestors if a in mine]
    if not ancestors:
        return None
    nearest = ancestors[0]
    headed = previous_element(nearest)
    return nearest.getparent() if headed is not None and tag_of(headed) in HEADING_TAGS else nearest


def _headed_runs(article: HtmlElement, nodes: list[HtmlElement]) -> list[list[HtmlElement]]:
    """Runs of children of ``article`` of one tag and class right after a heading of the kind
    that heads the records' own lists, holding no record: a section beside theirs, not a box
    nested in it."""
    records = set(nodes)
    containers = {next((a for a in [n, *n.iterancestors()] if a.getparent() is article), n) for n in nodes}
    heads = {tag_of(h) for c in containers if (h := _heading_before(c)) is not None}
    runs = []
    for heading in article:
        if not isinstance(heading.tag, str) or tag_of(heading) not in heads:
            continue
        run: list[HtmlElement] = []
        for sibling in heading.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            if not run and tag_of(sibling) in HEADING_TAGS:
                break  # a heading right after a heading heads no run: stop before walking the rest
            if run and (tag_of(sibling) != tag_of(run[0]) or sibling.get("class") != run[0].get("class")):
                break
            if sibling in containers or any(d in records for d in sibling.iterdescendants()):
                break
            run.append(sibling)
        if len(run) >= MIN_TWINS and tag_of(run[0]) not in HEADING_TAGS:
            runs.append(run)
    return runs


def _heading_before(container: HtmlElement) -> HtmlElement | None:
    """The heading right before ``container``, or before the run of like siblings it ends."""
    for sibling in container.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str):
            continue
        if tag_of(sibling) in HEADING_TAGS:
            return sibling
        if tag_of(sibling) != tag_of(container) or sibling.get("class") != container.get("class"):
            return None
    return None
