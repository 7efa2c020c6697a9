"""Slots of look-alike records: where a node sits in its record, and what that slot holds elsewhere.

An ad caption is a short word ("Ad", "Sponsored") that only the ad cards show. The same letters in
a slot that every card fills with its own words are the card's data: avatar initials "AD" beside
"CM" and "KB" spell a name (Amina Diallo), not an advert.
"""

from __future__ import annotations

from collections.abc import Callable

from agents.heuristics.classtokens import class_tokens
from agents.heuristics.dom import HtmlElement, is_element, tag_of

#: Look-alike siblings looked at to judge a record against the others.
MAX_PEERS = 60
#: A caption-like text is a record's data when its slot holds text on this share of the look-alikes...
DATA_SLOT_SHARE = 0.5
#: ...with at least this many different values ("CM", "KB", "SL": initials, not an ad's mark).
MIN_DATA_VALUES = 3


def lookalike_peers(element: HtmlElement) -> list[HtmlElement]:
    """``element`` and its look-alike siblings (same tag), a bounded number of them."""
    parent = element.getparent()
    siblings = parent.iterchildren() if parent is not None else iter(())
    peers = [c for c in siblings if is_element(c) and tag_of(c) == tag_of(element)][:MAX_PEERS]
    return peers if element in peers else [*peers, element]


def fills_data_slot(node: HtmlElement, member: HtmlElement, is_caption_text: Callable[[str], bool]) -> bool:
    """Whether ``node``'s slot in ``member`` holds text on most look-alikes, in several values
    that are not captions: whatever ``node`` says there is the record's own data."""
    key = _slot_key(node, member)
    peers = [p for p in lookalike_peers(member) if p is not member]
    slots = [n for p in peers for n in p.iter() if is_element(n) and _slot_key(n, p) == key]
    filled = [t for n in slots if (t := (n.text or "").strip())]
    data = {t for t in filled if not is_caption_text(t)}
    return len(filled) >= DATA_SLOT_SHARE * len(peers) and len(data) >= MIN_DATA_VALUES


def _slot_key(node: HtmlElement, member: HtmlElement) -> tuple[str, ...]:
    """Where ``node`` sits in its record: its tag and classes, else its tag path from the record."""
    tokens = sorted(class_tokens(node))
    if tokens:
        return (tag_of(node), *tokens)
    path = [tag_of(node)]
    for ancestor in node.iterancestors():
        if ancestor is member:
            break
        path.append(tag_of(ancestor))
    return ("", *path)
