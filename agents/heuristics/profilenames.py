"""A name read from an attribute that repeats the profile page the element links to.

An avatar says who only in its ``alt`` or ``title`` (``<a href="/user/odile"><span
title="odile">O</span></a>``); the element's look names it ("avatar"), but the value is the
person: where the name is, record after record, the last part of the link's path around it, it is
the author of the record.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from agents.heuristics.dom import HtmlElement, tag_of
from agents.heuristics.names import slugify
from agents.heuristics.slots import Slot

#: Share of the records whose value must be their link's last path part.
MIN_PROFILE_SHARE = 0.8
#: Kinds of slot whose value is read from an attribute rather than shown.
_ATTRIBUTE_KINDS = frozenset({"alt", "tooltip"})


def names_linked_profile(slot: Slot) -> bool:
    """Whether a single name read from an attribute is, on most records, the last path part of
    the link around it."""
    if slot.many or slot.kind not in _ATTRIBUTE_KINDS or not slot.per_record:
        return False
    firsts = [found[0] for found in slot.per_record.values() if found]
    matching = sum(1 for first in firsts if _is_profile_of(first.element, first.value))
    return matching >= MIN_PROFILE_SHARE * len(slot.per_record)


def _is_profile_of(element: HtmlElement, name: str) -> bool:
    link = next((a for a in (element, *element.iterancestors()) if tag_of(a) == "a"), None)
    if link is None:
        return False
    try:
        path = urlsplit((link.get("href") or "").strip()).path
    except ValueError:  # "http://[oops/": no address
        return False
    parts = [p for p in unquote(path).split("/") if p]
    if len(parts) < 2:
        return False  # a profile sits under a section ("/user/odile"), not at the site's root
    last = parts[-1].casefold()
    return bool(name) and (last == name.casefold() or slugify(last) == slugify(name))
