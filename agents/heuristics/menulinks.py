"""Links a record's drop-down menu or share widget holds: controls, not data.

A bibliography entry, a post or a file row may carry a small menu: an icon link that opens a list
of "BibTeX", "RIS", "Google Scholar", "Bluesky", "Reddit". The menu's face (its first link) may
lead somewhere of the record's own (the paper's DOI); the items it opens export, share or look
the record up elsewhere, the same few for every record. A share widget's links are all share
intents. Such links, and the texts inside them, are left out of the fields.
"""

from __future__ import annotations

from agents.heuristics.classtokens import class_words
from agents.heuristics.dom import HtmlElement, tag_of
from agents.heuristics.slots import Slot

#: Class words of a menu that opens on a click or a hover.
_MENU_WORDS = frozenset({"dropdown", "popover"})
#: Class words of a widget of share links.
_SHARE_WORDS = frozenset({"share", "sharing"})
#: Roles of an element holding a menu's items.
_MENU_ROLES = frozenset({"menu", "listbox"})
#: Class words of the link that opens a menu, rather than leading somewhere.
_TRIGGER_WORDS = frozenset({"trigger", "toggle"})


def without_menu_items(slots: list[Slot], mains: list[Slot], records: list[HtmlElement]) -> list[Slot]:
    """``slots`` without the links (and link texts) a record's menu opens or its share widget
    holds; the record's own title and link always stay."""
    return [s for s in slots if s in mains or not _in_menus(s, records)]


def _in_menus(slot: Slot, records: list[HtmlElement]) -> bool:
    found = [(records[n], occ[0].element) for n, occ in slot.per_record.items() if occ and n < len(records)]
    return bool(found) and all(_is_menu_item(element, record) for record, element in found)


def _is_menu_item(element: HtmlElement, record: HtmlElement) -> bool:
    """Whether ``element`` is, or is inside, a link of a menu other than the menu's face, or a
    link of a share widget."""
    link = next((n for n in (element, *element.iterancestors()) if tag_of(n) == "a"), None)
    if link is None or link.get("href") is None:
        return False
    for ancestor in link.iterancestors():
        if ancestor is record:
            return False
        words = class_words(ancestor)
        if words & _SHARE_WORDS:
            return True
        # A menu's first link is its face only where the menu holds its toggle: in a list the
        # toggle opens (``dropdown-menu`` beside ``dropdown-toggle``) it is the first item, and an
        # outer menu decides. A face that only opens its menu is no field either.
        if _is_menu(ancestor, words) and (next(iter(ancestor.iter("a")), None) is not link or _opens_menu(link)):
            return True
    return False


def _opens_menu(link: HtmlElement) -> bool:
    """Whether the menu's face is only its trigger (``a.dropdown-toggle``, ``a.aui-dropdown-trigger``,
    ``aria-haspopup``): its address fetches the menu's items, not a page of the record."""
    words = class_words(link)
    return bool(words & _TRIGGER_WORDS) or (link.get("aria-haspopup") or "false").lower() not in ("", "false")


def _is_menu(element: HtmlElement, words: set[str]) -> bool:
    return (
        bool(words & _MENU_WORDS)
        or {"drop", "down"} <= words
        or tag_of(element) == "menu"
        or (element.get("role") or "") in _MENU_ROLES
    )
