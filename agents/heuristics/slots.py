"""Collect the "slots" of a record template: the places that hold text, a link, an image or a date.

Each record is walked once. A node's slot key is its path from the record, one step per level
(``tag.firstclass``, or ``tag{Label}`` when a label names it), so the same slot in different
records gets the same key even when optional elements come and go. Siblings with the same step
are told apart by position only when every record has the same number of them (table cells);
when the number varies they form one multi-valued slot (a list of tags).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, child_elements, full_text, leading_text, own_text, tag_of
from agents.heuristics.names import anchor_classes, class_tokens

#: Nodes walked per record; a record template with more is a page section, not a record.
MAX_NODES_PER_RECORD = 400
#: Text written in a node itself must be at least this share of its text for the node to be one
#: block ("Great <b>value</b> cheese"); below it, the node just glues its children together.
BLOCK_OWN_TEXT_SHARE = 0.5
#: A text this short with plain emphasis inside ("<b>3</b> beds") is one value, not two.
SHORT_VALUE_CHARS = 25
_EMPHASIS_TAGS = frozenset({"b", "strong", "em", "i", "span", "small", "sup", "sub", "u", "mark", "br"})
#: Labels are short captions; longer text ending with a colon is a sentence.
MAX_LABEL_CHARS = 30
#: A caption must come back in this share of the records to be a label rather than content.
MIN_LABEL_SHARE = 0.3
_HIDDEN_CLASS = re.compile(
    r"(?:^|\s)(?:sr-only|screen-reader-text|visually-hidden|visuallyhidden|hidden|d-none)(?:$|\s)"
)
_RATING_LABEL = re.compile(r"\d(?:[.,]\d+)?\s*(?:/|out of|of|stars?)\s*\d*", re.IGNORECASE)
_LAZY_SRC = ("data-src", "data-lazy-src", "data-original", "data-srcset", "srcset")
_INLINE_LABEL_TAGS = frozenset({"b", "strong", "span", "label", "em", "dt", "th", "i", "small"})

Step = str
Key = tuple[Step, ...]


@dataclass
class Occurrence:
    """One value of one slot in one record."""

    element: HtmlElement
    value: str


@dataclass
class Slot:
    """A place in the record template, with what each sampled record holds there."""

    key: Key
    kind: str  # text | href | src | datetime | content | class | title
    attribute: str | None = None
    label: str | None = None
    strip_label: str | None = None
    many: bool = False
    order: int = 0
    per_record: dict[int, list[Occurrence]] = field(default_factory=dict)

    def first_values(self) -> list[str]:
        return [occ[0].value for occ in self.per_record.values() if occ]

    def coverage(self, records: int) -> float:
        return len(self.per_record) / records if records else 0.0

    def sample_element(self) -> HtmlElement:
        return next(iter(self.per_record.values()))[0].element


def label_of(element: HtmlElement) -> tuple[str | None, bool]:
    """The caption naming ``element``'s value, and whether it must be stripped from its text."""
    tag = tag_of(element)
    previous = element.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    if tag == "dd":
        while previous is not None and tag_of(previous) == "dd":
            previous = previous.getprevious()
        if previous is not None and tag_of(previous) == "dt":
            return _short(full_text(previous)), False
    if tag == "td" and previous is not None and tag_of(previous) == "th":
        return _short(full_text(previous)), False
    if previous is not None and _looks_like_label_element(previous) and tag != "dt":
        return _short(full_text(previous)), False
    lead = leading_text(element)
    if lead and values.is_label(lead) and child_elements(element):
        return lead, False
    children = child_elements(element)
    if children and not lead and tag_of(children[0]) in _INLINE_LABEL_TAGS:
        caption = full_text(children[0])
        if values.is_label(caption) and (children[0].tail or "").strip():
            return caption, True
    text = own_text(element)
    match = re.match(r"^([A-Za-zÀ-ÿ][\w ./&()'À-ÿ-]{0,28}:)\s*\S", text)
    if match and not children:
        return match.group(1), True
    return None, False


def _looks_like_label_element(element: HtmlElement) -> bool:
    text = full_text(element)
    if not text or len(text) > MAX_LABEL_CHARS:
        return False
    if values.is_label(text) and not child_elements(element):
        return True
    return any(re.search(r"label|key|term|caption", t, re.IGNORECASE) for t in class_tokens(element))


def _short(text: str) -> str | None:
    return text if text and len(text) <= MAX_LABEL_CHARS else None


def _step(element: HtmlElement, label: str | None) -> Step:
    if itemprop := (element.get("itemprop") or "").split():
        return f"{tag_of(element)}[{itemprop[0]}]"
    classes = anchor_classes(element)
    step = tag_of(element) + (f".{classes[0]}" if classes else "")
    return f"{step}{{{label}}}" if label else step


@dataclass
class _Node:
    element: HtmlElement
    key: Key
    label: str | None
    strip: bool
    text_owner: bool


class _Labeller:
    """Labels of one sample, kept only when they recur: a title "Sapiens: A Brief History"
    looks like a label once, whereas "Origin:" comes back in record after record."""

    def __init__(self, accepted: set[tuple[Key, str]] | None) -> None:
        self.accepted = accepted
        self.seen: Counter[tuple[Key, str]] = Counter()

    def label(self, record: HtmlElement, element: HtmlElement) -> tuple[str | None, bool]:
        # The cells of a record row are columns: their neighbours are data, not captions.
        if element is record or (tag_of(record) == "tr" and element.getparent() is record):
            return None, False
        label, strip = label_of(element)
        if label is None:
            return None, False
        if strip and tag_of(element) in ("a", "h1", "h2", "h3", "h4", "h5", "h6"):
            return None, False  # "Sapiens: A Brief History" is a title, not "Sapiens" = value
        place = (_plain_path(record, element), label)
        if self.accepted is None:
            self.seen[place] += 1
            return label, strip
        return (label, strip) if place in self.accepted else (None, False)


def _plain_path(record: HtmlElement, element: HtmlElement) -> Key:
    steps = []
    node: HtmlElement | None = element
    while node is not None and node is not record:
        classes = anchor_classes(node)
        steps.append(tag_of(node) + (f".{classes[0]}" if classes else ""))
        node = node.getparent()
    return tuple(reversed(steps))


def _walk(record: HtmlElement, labeller: _Labeller) -> list[_Node]:
    """The nodes of ``record`` with raw keys (sibling positions as ``step~i/n``)."""
    nodes: list[_Node] = []
    stack: list[tuple[HtmlElement, Key, bool, str | None]] = [(record, (), True, None)]
    while stack and len(nodes) < MAX_NODES_PER_RECORD:
        element, key, text_free, inherited = stack.pop()
        label, strip = labeller.label(record, element)
        owns_text = text_free and (strip or _owns_text(element))
        nodes.append(_Node(element, key, label or inherited, strip, owns_text))
        # "Origin: <span>France</span>": the caption of a container names what it holds.
        passed_on = label if label and not strip else inherited
        children = [c for c in child_elements(element) if not _is_hidden(c)]
        steps = [_step(c, labeller.label(record, c)[0]) for c in children]
        totals: dict[Step, int] = defaultdict(int)
        for step in steps:
            totals[step] += 1
        seen: dict[Step, int] = defaultdict(int)
        pending = []
        for child, step in zip(children, steps, strict=True):
            seen[step] += 1
            position = f"~{seen[step]}/{totals[step]}"
            pending.append((child, (*key, step + position), text_free and not owns_text, passed_on))
        stack.extend(reversed(pending))
    return nodes


def _is_hidden(element: HtmlElement) -> bool:
    """Text for screen readers or hidden by the page: a copy of visible text, never a field."""
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    if re.search(r"display:\s*none|visibility:\s*hidden", element.get("style") or ""):
        return True
    return bool(_HIDDEN_CLASS.search(element.get("class") or ""))


def _is_plain_inline(element: HtmlElement) -> bool:
    """Emphasis without meaning of its own: no class, itemprop, link or nested markup."""
    return (
        tag_of(element) in _EMPHASIS_TAGS
        and not element.get("class")
        and not element.get("itemprop")
        and not child_elements(element)
    )


def _owns_text(element: HtmlElement) -> bool:
    """Whether the element's whole text is one value (a leaf, or a paragraph with inline markup)."""
    mine = own_text(element)
    if not mine:
        return False
    if not child_elements(element):
        return True
    label = leading_text(element)
    if label and values.is_label(label):
        return False
    total = len(full_text(element))
    if total <= len(mine) + 1:
        return True  # the children hold no text of their own (icons, line breaks)
    if total <= SHORT_VALUE_CHARS and all(_is_plain_inline(c) for c in child_elements(element)):
        return True  # "<b>3</b> bd", "<b>€24.90</b> per kg": one short value with emphasis
    return len(mine) >= BLOCK_OWN_TEXT_SHARE * total and len(mine) >= 15


def _resolve_positions(walks: list[list[_Node]]) -> None:
    """Keep ``~i`` positions only where every record has the same number of such siblings."""
    counts: dict[Key, set[int]] = defaultdict(set)
    for nodes in walks:
        for node in nodes:
            for depth, step in enumerate(node.key):
                if "~" in step:
                    base, _, pos = step.partition("~")
                    counts[(*_strip_key(node.key[:depth]), base)].add(int(pos.split("/")[1]))
    for nodes in walks:
        for node in nodes:
            resolved: list[Step] = []
            for step in node.key:
                if "~" in step:
                    base, _, pos = step.partition("~")
                    index = pos.split("/")[0]
                    seen = counts[(*_strip_key(tuple(resolved)), base)]
                    if seen == {1}:
                        resolved.append(base)
                    else:
                        resolved.append(f"{base}~{index}" if len(seen) == 1 else f"{base}*")
                else:
                    resolved.append(step)
            node.key = tuple(resolved)


def _strip_key(key: Key) -> Key:
    return tuple(step.split("~")[0].rstrip("*") for step in key)


def collect_slots(records: list[HtmlElement]) -> list[Slot]:
    """Every slot found in ``records``, in template order."""
    survey = _Labeller(None)
    for record in records:
        _walk(record, survey)
    needed = max(2.0, MIN_LABEL_SHARE * len(records)) if len(records) > 2 else 1.0
    labeller = _Labeller({place for place, count in survey.seen.items() if count >= needed})
    walks = [_walk(r, labeller) for r in records]
    _resolve_positions(walks)
    slots: dict[tuple[Key, str], Slot] = {}
    for number, nodes in enumerate(walks):
        for order, node in enumerate(nodes):
            for kind, attribute, value in _values_of(node):
                slot = slots.get((node.key, kind))
                if slot is None:
                    slot = Slot(key=node.key, kind=kind, attribute=attribute, order=order)
                    slot.label = node.label
                    slot.strip_label = node.label if node.strip else None
                    slot.many = any(step.endswith("*") for step in node.key)
                    slots[(node.key, kind)] = slot
                slot.per_record.setdefault(number, []).append(Occurrence(node.element, value))
    return sorted(slots.values(), key=lambda s: (s.order, s.kind))


def _values_of(node: _Node) -> list[tuple[str, str | None, str]]:
    element, tag = node.element, tag_of(node.element)
    found: list[tuple[str, str | None, str]] = []
    for attribute in ("aria-label", "title", "data-rating"):
        caption = (element.get(attribute) or "").strip()
        if caption and tag != "a" and (attribute == "data-rating" or _RATING_LABEL.search(caption)):
            found.append(("rating", attribute, caption))
            break
    if node.text_owner and not values.STAR_GLYPHS.match(full_text(element) or "x"):
        text = full_text(element)
        if node.strip and node.label and text.lower().startswith(node.label.lower()):
            text = text[len(node.label) :].lstrip(" :\u00a0-–—").strip()
        if text:
            found.append(("text", None, text))
    href = (element.get("href") or "").strip()
    if tag == "a" and href and not href.startswith(("#", "javascript:", "mailto:")):
        found.append(("href", "href", href))
        title = (element.get("title") or "").strip()
        if len(title) > 3:
            found.append(("title", "title", title))
    if tag == "img":
        found.extend(_image_value(element))
    if tag == "time" and (moment := (element.get("datetime") or "").strip()):
        found.append(("datetime", "datetime", moment))
    if element.get("itemprop") and (content := (element.get("content") or "").strip()):
        found.append(("content", "content", content))
    if any(values.RATING_WORD_CLASS.match(t) for t in class_tokens(element)) and _rating_class(element):
        found.append(("class", "class", element.get("class") or ""))
    return found


def _image_value(element: HtmlElement) -> list[tuple[str, str | None, str]]:
    src = (element.get("src") or "").strip()
    for lazy in _LAZY_SRC:
        candidate = (element.get(lazy) or "").strip()
        if candidate and (not src or src.startswith("data:") or "placeholder" in src or "blank" in src):
            return [("src", lazy, candidate)]
    return [("src", "src", src)] if src and not src.startswith("data:") else []


def _rating_class(element: HtmlElement) -> bool:
    return any(re.search(r"rat|star|score", t, re.IGNORECASE) for t in class_tokens(element))
