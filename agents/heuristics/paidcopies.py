"""Paid copies among the records: a "Featured" card repeating a listed record.

"Featured" names an editorial pick as often as a paid placement, so on its own it marks no ad. A
card so marked that links to the same page as an unmarked card of the list (the shop adding its
tracking parameters: ``?year=2020&price_id=6697&cart_item_source=featured``) is a placement bought
for a record the list already holds, and is left out like any ad.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from agents.heuristics.captionslots import lookalike_peers
from agents.heuristics.classtokens import class_tokens
from agents.heuristics.dom import HtmlElement, is_element

#: "Featured", "Featured wine", in the languages shops most often show it in.
_FEATURED_CAPTION = re.compile(
    r"^(?:featured|destacad[oa]s?|en vedette|mis en avant|in evidenza|uitgelicht|hervorgehoben)(?: [^\W\d_]+)?$",
    re.IGNORECASE,
)
#: ``card--featured``, ``wineCard__isFeatured--BMUq7``, ``is-featured``.
_FEATURED_CLASS = re.compile(r"(?:^|[-_])(?:is[-_]?)?featured(?:$|[-_])", re.IGNORECASE)


def is_featured_caption(text: str) -> bool:
    return bool(_FEATURED_CAPTION.match(text.strip()))


def featured_class_words(node: HtmlElement) -> list[str]:
    return [t for t in class_tokens(node) if _FEATURED_CLASS.search(t)]


def is_paid_copy(member: HtmlElement) -> bool:
    """Whether ``member`` carries a "featured" mark and its first link goes to the page an
    unmarked look-alike's first link goes to (perhaps with parameters of its own added)."""
    if not _is_featured(member):
        return False
    own = _first_link(member)
    if own is None:
        return False
    for peer in lookalike_peers(member):
        if peer is member or _is_featured(peer):
            continue
        other = _first_link(peer)
        if other is not None and _same_page(own, other):
            return True
    return False


def _is_featured(element: HtmlElement) -> bool:
    return any(is_element(n) and (is_featured_caption(n.text or "") or featured_class_words(n)) for n in element.iter())


def _first_link(element: HtmlElement) -> str | None:
    for link in element.iter("a"):
        href = (link.get("href") or "").strip()
        if href and not href.startswith(("#", "javascript:")):
            return href
    return None


def _same_page(copy: str, listed: str) -> bool:
    """The same host and path, the listed link's parameters all kept by the copy."""
    one, two = urlsplit(copy), urlsplit(listed)
    if (one.netloc.lower(), one.path) != (two.netloc.lower(), two.path):
        return False
    return set(parse_qsl(two.query)) <= set(parse_qsl(one.query))
