"""Values listed as a run of like siblings after their label.

A sidebar lists people under a heading with one block per person ("Maintainers", then a
``span.maintainer`` holding each one's link); a metadata line captions its keywords with a bold
word and no colon ("**Tags** bank, statements, camt", one span per keyword, each ending in a
comma). Each sibling is one item: the value is the list of them, not the first.
"""

from __future__ import annotations

from agents.heuristics.detailparts import MAX_LIST_ITEMS, MIN_LIST_ITEMS
from agents.heuristics.dom import HtmlElement, child_elements, full_text, tag_of

#: A caption without a colon is one or two short words ("Tags", "Key words").
MAX_CAPTION_WORDS = 2
MAX_CAPTION_CHARS = 20
#: Tags a bold caption is written with.
_CAPTION_TAGS = ("strong", "b", "dt", "label")


def linked_run(value: HtmlElement) -> list[HtmlElement]:
    """The links of ``value`` and its like siblings after it, when each holds one link and says no
    more than it, and the run ends its parent (the section is the label and the people)."""
    run = _like_siblings(value)
    if run is None:
        return []
    links = []
    for member in run:
        found = member.xpath(".//a[@href]")
        if len(found) != 1 or not full_text(member) or full_text(found[0]) != full_text(member):
            return []
        links.append(found[0])
    return links


def captioned_runs(container: HtmlElement) -> list[tuple[str, HtmlElement, list[HtmlElement]]]:
    """(caption, line, items) for each line of a bold caption with no colon then like items, every
    one but the last ending in a comma: ``<span><strong>Tags</strong> <span>bank,</span>…</span>``."""
    found = []
    for caption in container.iter(*_CAPTION_TAGS):
        label = full_text(caption)
        if not label or len(label) > MAX_CAPTION_CHARS or len(label.split()) > MAX_CAPTION_WORDS:
            continue
        line = caption.getparent()
        first = caption.getnext()
        if line is None or first is None or (caption.tail or "").strip() or (line.text or "").strip():
            continue
        run = _like_siblings(first)
        if run is None or child_elements(line) != [caption, *run]:
            continue
        texts = [full_text(m) for m in run]
        if all(t.endswith(",") for t in texts[:-1]) and texts[-1] and not texts[-1].endswith(","):
            found.append((label, line, run))
    return found


def _like_siblings(first: HtmlElement) -> list[HtmlElement] | None:
    """``first`` and the siblings after it of its tag and class, when they end their parent and
    number a list's items."""
    run = [first]
    for sibling in first.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if tag_of(sibling) != tag_of(first) or sibling.get("class") != first.get("class"):
            return None
        run.append(sibling)
    return run if MIN_LIST_ITEMS <= len(run) <= MAX_LIST_ITEMS else None
