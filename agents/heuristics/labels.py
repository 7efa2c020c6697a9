"""Captions that name a value: ``Origin:`` before it, ``<dt>Salary</dt>`` above it, a header cell.

A caption counts only when it comes back in record after record: "Sapiens: A Brief History"
looks like a label once, whereas "Origin:" repeats in every record of the list.
"""

from __future__ import annotations

import re
from collections import Counter

from agents.heuristics import values
from agents.heuristics.classtokens import anchor_classes, class_tokens
from agents.heuristics.dom import HEADING_TAGS, HtmlElement, child_elements, full_text, leading_text, own_text, tag_of
from agents.heuristics.splitcaptions import split_caption

#: Labels are short captions; longer text ending with a colon is a sentence.
MAX_LABEL_CHARS = 30
#: Icon captions are a word or two ("star", "fork", "comments").
MAX_ICON_CAPTION_CHARS = 20
_ICON_TAGS = frozenset({"svg", "i", "img", "span"})
#: "Origin: France" — but not the hour of "Today at 7:19 AM".
_INLINE_LABEL = re.compile(r"^([A-Za-zÀ-ÿ][\w ./&()'À-ÿ-]{0,28}(?<!\d):)(?!\d)\s*\S")
#: A second caption after a mark ("Ort: Hamburg | Anstellung: Vollzeit"): the text is labelled runs
#: (``textlines``), not one value under the first caption.
_SECOND_CAPTION = re.compile(r"\s[|·•∙｜]\s*[A-Za-zÀ-ÿ][\w ./&'À-ÿ-]{0,28}:\s*\S")
_INLINE_LABEL_TAGS = frozenset({"b", "strong", "span", "label", "em", "dt", "th", "i", "small"})
#: Lead-ins that caption the text after them without a colon: bold, or a caption by their tag.
_BOLD_CAPTION_TAGS = frozenset({"b", "strong", "label", "dt", "th"})

Key = tuple[str, ...]
#: A label class with a colour variant draws a badge ("Reviewed", "New"), which names nothing after it.
_BADGE_VARIANT = re.compile(
    r"^label(?:--|-)(?:success|danger|warning|info|primary|secondary|default|accent|attention|done|severe|"
    r"neutral|open|closed|green|red|blue|yellow|orange|purple|gray|grey)$",
    re.IGNORECASE,
)


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
    if tag != "dt" and (caption := _caption_element_before(element, previous)):
        return caption, False
    if previous is not None and tag != "dt" and (caption := _bare_caption_before(previous)):
        return caption, False
    lead = leading_text(element)
    if lead and values.is_label(lead) and child_elements(element):
        return lead, False
    children = child_elements(element)
    if children and not lead and tag_of(children[0]) in _INLINE_LABEL_TAGS:
        caption = full_text(children[0])
        if (values.is_label(caption) or _is_bold_caption(children[0], caption)) and (children[0].tail or "").strip():
            return caption, True
    if icon := icon_caption(element):
        return icon, False
    text = own_text(element)
    match = _INLINE_LABEL.match(text)
    if match and not children and not _SECOND_CAPTION.search(text, match.end()):
        return match.group(1), True
    return None, False


def _caption_element_before(element: HtmlElement, previous: HtmlElement | None) -> str | None:
    """The caption element before ``element``: across a colon written apart ("<span>Level</span>
    <span>: </span><span>Beginner</span>"), else the sibling just before it that reads as one."""
    if caption := split_caption(element):
        return caption
    if previous is not None and _looks_like_label_element(previous, element):
        return _short(full_text(previous))
    return None


def _bare_caption_before(previous: HtmlElement) -> str | None:
    """``<i class="fa fa-scale"></i> Licence: <a>…</a>``: a caption written as bare text between an
    icon (or any earlier sibling) and the value, ending in a colon."""
    text = " ".join((previous.tail or "").split())
    return text if values.is_label(text) and len(text) <= MAX_LABEL_CHARS else None


def _is_bold_caption(child: HtmlElement, caption: str) -> bool:
    """``<strong>Contract value</strong> £4,000,000`` (GOV.UK): a bold lead-in of a few words,
    no colon; it is a caption only if it recurs from record to record (see ``Labeller``)."""
    return (
        tag_of(child) in _BOLD_CAPTION_TAGS
        and 0 < len(caption) <= MAX_LABEL_CHARS
        and not re.search(r"\d", caption)
        and not _links_somewhere(child)
    )


def icon_caption(element: HtmlElement) -> str | None:
    """``<a><svg aria-label="star"/> 1,284</a>``: an icon that names the number beside it."""
    if not values.is_number(own_text(element)):
        return None
    for child in element:  # svg icons count here, though their own text never does
        if not isinstance(child.tag, str):
            continue
        caption = (child.get("aria-label") or child.get("title") or "").strip()
        if tag_of(child) in _ICON_TAGS and not full_text(child) and caption and _is_word_caption(caption):
            return caption
    return None


def _is_word_caption(caption: str) -> bool:
    return len(caption) <= MAX_ICON_CAPTION_CHARS and not re.search(r"\d", caption)


def _looks_like_label_element(element: HtmlElement, value: HtmlElement) -> bool:
    """Whether ``element``, just before ``value``, captions it: a colon, or a caption's class word."""
    text = full_text(element)
    if not text or len(text) > MAX_LABEL_CHARS or _links_somewhere(element):
        return False  # a linked word ("Glazes" in WordPress's post-terms) is a value, not a caption
    if values.is_label(text) and not child_elements(element):
        return True
    if is_list_sibling(element, value):
        return False  # "Over-Ear" before "Bluetooth 5.3" in a keyFacts list: two items, no caption
    tokens = class_tokens(element)
    if any(_BADGE_VARIANT.match(t) for t in tokens):
        return False  # Primer's "Label Label--success", Bootstrap's "label label-info": a coloured pill
    return any(re.search(r"label|key|term|caption", t, re.IGNORECASE) for t in tokens)


def is_list_sibling(element: HtmlElement, other: HtmlElement) -> bool:
    """Whether two siblings are items of one list: the same tag and the same classes. A caption
    and its value look different (``dt``/``dd``, ``span.label``/``span.value``)."""
    return tag_of(element) == tag_of(other) and class_tokens(element) == class_tokens(other)


def _links_somewhere(element: HtmlElement) -> bool:
    links = [element] if tag_of(element) == "a" else list(element.iter("a"))
    return any((a.get("href") or "").strip() not in ("", "#") for a in links)


def _short(text: str) -> str | None:
    return text if text and len(text) <= MAX_LABEL_CHARS else None


class Labeller:
    """Labels of one sample, kept only when they recur: a title "Sapiens: A Brief History"
    looks like a label once, whereas "Origin:" comes back in record after record."""

    def __init__(self, accepted: set[tuple[Key, str]] | None) -> None:
        self.accepted = accepted
        self.seen: Counter[tuple[Key, str]] = Counter()
        self._counted: set[tuple[int, tuple[Key, str]]] = set()
        self._badges: dict[Key, list[tuple[int, str]]] = {}
        self._leads: dict[Key, list[tuple[int, str]]] = {}

    def badge_places(self) -> set[tuple[Key, str]]:
        """Captions without a colon (a class word: ``span.Label``; a bold lead-in) that differ
        from record to record at one place, one a record: "Reviewed" here, "Malware" there is a
        badge saying the record's status, a value, not the caption of what follows it."""
        found: set[tuple[Key, str]] = set()
        for seen in (self._badges, self._leads):
            for path in _exclusive(seen):
                found.update((path, label) for _, label in seen[path])
        return found

    def lead_in_places(self) -> set[Key]:
        """Places of such bold lead-ins ("<strong>Resolved</strong> - …", "Completed - …"): the
        text after them is one value, whichever the lead-in (see ``leadins``)."""
        return _exclusive(self._leads)

    def label(self, record: HtmlElement, element: HtmlElement) -> tuple[str | None, bool]:
        # The cells of a record row are columns: their neighbours are data, not captions.
        if element is record or (tag_of(record) == "tr" and element.getparent() is record):
            return None, False
        label, strip = label_of(element)
        if label is None:
            return None, False
        if tag_of(element) in HEADING_TAGS:
            return None, False  # a heading is a record's title: "Sapiens: A Brief History" names nothing
        if strip and tag_of(element) == "a":
            return None, False
        place = (plain_path(record, element), label)
        if self.accepted is None:
            if (id(record), place) not in self._counted:  # once per record: the walk asks twice
                self._counted.add((id(record), place))
                self.seen[place] += 1
                if not strip and _is_class_word_caption(element, label):
                    self._badges.setdefault(place[0], []).append((id(record), label))
                elif strip and not values.is_label(label):
                    self._leads.setdefault(place[0], []).append((id(record), label))
            return label, strip
        return (label, strip) if place in self.accepted else (None, False)


def _exclusive(seen: dict[Key, list[tuple[int, str]]]) -> set[Key]:
    """Places holding more than one caption, one a record."""
    return {
        path
        for path, found in seen.items()
        if len({label for _, label in found}) > 1 and len({number for number, _ in found}) == len(found)
    }


def _is_class_word_caption(element: HtmlElement, label: str) -> bool:
    """Whether ``label`` came from the sibling before ``element`` by its class word alone."""
    previous = element.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    return (
        previous is not None
        and tag_of(previous) not in _BOLD_CAPTION_TAGS
        and full_text(previous) == label
        and not values.is_label(label)
    )


def plain_path(record: HtmlElement, element: HtmlElement) -> Key:
    steps = []
    node: HtmlElement | None = element
    while node is not None and node is not record:
        classes = anchor_classes(node)
        steps.append(tag_of(node) + (f".{classes[0]}" if classes else ""))
        node = node.getparent()
    return tuple(reversed(steps))
