"""A phone number the entity's page links to call (``<a href="tel:…">``), as a labelled value.

A ``tel:`` link says what its text is: a phone number. It is read as displayed ("01273 918442",
spaced as people copy it), not from the ``href``, and an action word the link starts with
("Call", "Tel:") is its caption, stripped from the value.
"""

from __future__ import annotations

import re

from agents.heuristics.dom import HtmlElement, full_text, tag_of

#: A displayed phone number: digits with the spaces, dots, dashes and brackets that group them.
_PHONE = re.compile(r"^\+?[\d\s().\-\u00a0]{6,24}$")
#: A number needs at least this many digits to be dialled.
MIN_DIGITS = 6
#: Words a call link starts with before its number; as a field's caption they name a phone.
PHONE_WORDS = ("call", "ring", "phone", "telephone", "tel", "mobile", "mob", "call us", "call now")
_ACTION = re.compile(rf"^((?:{'|'.join(sorted(PHONE_WORDS, key=len, reverse=True))})\.?:?)\s*(?=[+(\d])", re.IGNORECASE)
#: The page's frame, whose call links are the site's own ("Call us"): by tag, and by ARIA role.
_FRAME_TAGS = frozenset({"header", "footer", "nav"})
_FRAME_ROLES = frozenset({"banner", "contentinfo", "navigation"})
#: The label of a call link that says no action word.
PHONE_LABEL = "Phone"


def phone_pair(element: HtmlElement, container: HtmlElement) -> tuple[str, HtmlElement] | None:
    """(caption, link) for a ``tel:`` link in the entity's container that shows a number: its
    action word when it has one ("Call" in "Call 01273 918442"), else "Phone"; a link in the
    page's frame (the footer's "Call us") is the site's, not the entity's; one in a side column
    (an agent's or a seller's box) is the entity's."""
    if not is_phone_link(element):
        return None
    text = full_text(element)
    action = _ACTION.match(text)
    number = text[action.end() :] if action else text
    if not _PHONE.match(number) or sum(c.isdigit() for c in number) < MIN_DIGITS:
        return None
    if _in_frame(element, container):
        return None
    return (action.group(1) if action else PHONE_LABEL), element


def is_phone_link(element: HtmlElement) -> bool:
    """Whether ``element`` is a ``tel:`` link: its text is a number to dial, never to count."""
    return tag_of(element) == "a" and (element.get("href") or "").strip().lower().startswith("tel:")


def _in_frame(element: HtmlElement, container: HtmlElement) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is container:
            return False
        if tag_of(ancestor) in _FRAME_TAGS or (ancestor.get("role") or "").lower() in _FRAME_ROLES:
            return True
    return False
