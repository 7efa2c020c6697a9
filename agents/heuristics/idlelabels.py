"""Elements a class calls a label that label nothing: flags, not captions.

``<span class="price-label">Sonderpreis</span><span>12,00 €</span>`` names the value after it: its
class says it is a caption, and it is no value itself. Yet shops call their flags labels too:
Bootstrap's ``span.label`` badge, Magento's and Amasty's ``product-label`` stickers, a
``label--buy-now`` over the picture, a ``free-delivery-label`` under the price. Such a label is the
last thing of its place: no value follows it (nothing, or only a call to act such as "Compare
prices"), none comes before it that it counts ("120" before ``span.label`` "Followers"), and it
shares no wrapper with one value alone ("20 GB" then "Datenvolumen"). It names nothing but
itself, and that a card shows it is the datum.
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.classtokens import class_tokens, class_words
from agents.heuristics.dom import HtmlElement, full_text, is_element, tag_of

#: Class words of captions: ``price-label``, ``field__label``, ``views-label``.
CAPTION_CLASS = re.compile(r"(?:^|[-_])(?:label|caption)(?:$|[-_])", re.IGNORECASE)
#: Wrappers climbed while a label is all they hold (``<div class="col"><span class="label">``).
MAX_CLIMB = 3
#: Elements that act rather than say something: what follows a flag, never a value it names.
_CONTROL_TAGS = frozenset({"button", "input", "select", "form"})
#: Class words of a control styled as a button (``btn btn-primary``).
_BUTTON_WORDS = frozenset({"btn", "button", "cta"})
#: A text ending in a figure: a count its unit word may follow ("120" then "Followers").
_ENDS_IN_FIGURE = re.compile(r"\d\W{0,2}$")


def is_caption_classed(element: HtmlElement) -> bool:
    """Whether a class calls ``element`` a label or a caption and it names a value beside it."""
    return any(CAPTION_CLASS.search(t) for t in class_tokens(element)) and labels_something(element)


def labels_something(element: HtmlElement) -> bool:
    """Whether a value follows ``element`` in its place (its tail, a sibling after it that is no
    control nor another label, or those of the wrappers it alone fills), or a count before it."""
    node = element
    for _ in range(MAX_CLIMB + 1):
        if (node.tail or "").strip() or _counts_before(node) or _pairs_with_value(node):
            return True
        for sibling in node.itersiblings():
            if not is_element(sibling) or not _says_something(sibling):
                continue
            if _is_control(sibling) or any(CAPTION_CLASS.search(t) for t in class_tokens(sibling)):
                continue  # "Compare prices" after "Free delivery"; "Sale" after "New"
            return True
        parent = node.getparent()
        if parent is None or _holds_more(parent, node):
            return False
        node = parent
    return True


def _counts_before(node: HtmlElement) -> bool:
    """A figure just before ``node`` (text before it, else the element before it): its unit."""
    previous = node.getprevious()
    while previous is not None and not is_element(previous):
        previous = previous.getprevious()
    parent = node.getparent()
    between = previous.tail if previous is not None else (parent.text if parent is not None else None)
    if (between or "").strip():
        return bool(_ENDS_IN_FIGURE.search((between or "").strip()))
    return previous is not None and bool(_ENDS_IN_FIGURE.search(full_text(previous)))


def _pairs_with_value(node: HtmlElement) -> bool:
    """A wrapper of two, the label and one value before it: "20 GB" then ``span.key-fact__label``
    "Datenvolumen", as comparison sites print their key facts."""
    parent = node.getparent()
    if parent is None or (parent.text or "").strip():
        return False
    others = [c for c in parent if c is not node and is_element(c) and _says_something(c)]
    return len(others) == 1 and bool(full_text(others[0])) and not _is_control(others[0])


def _says_something(element: HtmlElement) -> bool:
    return bool(full_text(element)) or next(iter(element.iter("img")), None) is not None


def _is_control(element: HtmlElement) -> bool:
    """A button, a form, a link styled as a button or reading as a call to act, or a box of
    controls alone (a card's "Chat" and "Call" buttons under its flags)."""
    if tag_of(element) in _CONTROL_TAGS or element.find(".//form") is not None:
        return True
    if tag_of(element) == "a":
        return bool(_BUTTON_WORDS & class_words(element) or values.ENGLISH_ACTION_TEXT.match(full_text(element)))
    shown = [c for c in element if is_element(c) and _says_something(c)]
    return (
        bool(shown)
        and not (element.text or "").strip()
        and all(_is_control(c) and not (c.tail or "").strip() for c in shown)
    )


def _holds_more(parent: HtmlElement, node: HtmlElement) -> bool:
    """Whether ``parent`` shows something besides ``node``: text of its own or another child."""
    if (parent.text or "").strip():
        return True
    return any(c is not node and is_element(c) and _says_something(c) for c in parent)
