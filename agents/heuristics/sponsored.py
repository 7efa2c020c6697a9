"""Sponsored look-alikes among the records: ad cards styled like the list's own records.

Placeholders are left out the same way: a member whose own class says it only holds a record's
place (``s-item--placeholder``, ``card--skeleton``) is no record.

A shop or a recipe list slips a "Sponsored" card into its grid with the same markup as its
records. It is marked all the same: a class word (``card--sponsored``, ``grid__item--promo``), an
ad attribute (``data-ad-unit``), a ``rel="sponsored"`` link or a "Sponsored"/"Ad" caption. When
only a few members carry such a mark, they are left out of the record selector.
"""

from __future__ import annotations

import re

from agents.heuristics.classtokens import class_tokens
from agents.heuristics.dom import HtmlElement, css_ident, css_string, is_element, tag_of

_AD_CLASS = re.compile(
    r"(?:^|[-_])(?:sponsored|sponsor|promoted|promo|ad|ads|advert|advertisement|native-ad)(?:$|[-_])", re.IGNORECASE
)
_AD_CAPTION = re.compile(r"^(?:sponsored|promoted|advertisement|ad|anzeige|publicité|annonce)\b", re.IGNORECASE)
_AD_ATTRIBUTE = re.compile(r"^data-(?:ad|ads|advert|sponsor|sponsored|promoted)(?:$|[-_])", re.IGNORECASE)
#: A member that only holds the place of a record: a skeleton shown while loading, a template
#: copy, eBay's hidden "Shop on eBay" item. Its own class says so; a class inside it does not
#: (a lazy image's ``img-placeholder`` sits in real records).
_PLACEHOLDER_CLASS = re.compile(r"(?:^|[-_])(?:placeholder|skeleton|shimmer)(?:$|[-_])", re.IGNORECASE)
#: An ad attribute that every item carries says "no" on the regular ones (``data-promoted="false"``).
_NOT_AN_AD = frozenset({"false", "0", "no", "none", "null"})
#: A caption's ad word and the word joining it to the advertiser ("Ad by", "Sponsored by"): the
#: part that every ad's caption shares when the advertiser's name follows.
_CAPTION_LEAD = re.compile(r"^(\w+)\s(by|from|von|par|de)\s", re.IGNORECASE)
#: Captions are a word or two ("Sponsored", "Ad · Forge & Co.").
MAX_CAPTION_CHARS = 40
#: Ads are a few cards among many: above this share, the "ads" are the list itself.
MAX_SPONSORED_SHARE = 0.3
#: ...and enough regular records must remain to be clearly the list.
MIN_REGULAR = 3


def is_sponsored(element: HtmlElement) -> bool:
    """Whether a record carries an ad mark on itself or inside it."""
    for node in element.iter():
        if not is_element(node):
            continue
        if any(_AD_CLASS.search(t) for t in class_tokens(node)):
            return True
        if any(_is_ad_attribute(a, v) for a, v in node.attrib.items()):
            return True
        if "sponsored" in (node.get("rel") or "").lower().split():
            return True
        lead = (node.text or "").strip()
        if lead and len(lead) <= MAX_CAPTION_CHARS and _AD_CAPTION.match(lead):
            return True
    return False


def _is_ad_attribute(name: str, value: str) -> bool:
    """``data-sponsored``, ``data-ad-unit="native_1"``: an ad mark unless its value says no."""
    return bool(_AD_ATTRIBUTE.match(name)) and value.strip().lower() not in _NOT_AN_AD


def ad_mark_selectors(element: HtmlElement) -> list[str]:
    """CSS selectors of the ad marks inside ``element`` (an "Ad" caption, a ``promo`` badge), so
    that a record selector can leave out the cards holding one: ``:not(:has(…))``."""
    found: list[str] = []
    for node in element.iterdescendants():
        if not is_element(node):
            continue
        found.extend(f".{t}" for t in class_tokens(node) if _AD_CLASS.search(t) and css_ident(t))
        found.extend(f"[{a}]" for a, v in node.attrib.items() if _is_ad_attribute(a, v) and css_ident(a))
        if "sponsored" in (node.get("rel") or "").lower().split():
            found.append('[rel~="sponsored"]')
        lead = (node.text or "").strip()
        if lead and len(lead) <= MAX_CAPTION_CHARS and _AD_CAPTION.match(lead):
            # The caption's element by its test hook or class; by its words as a last resort.
            found.extend(f"[{a}={css_string(v)}]" for a, v in node.attrib.items() if a.startswith("data-") and v)
            found.extend(f"{tag_of(node)}.{t}" for t in class_tokens(node) if css_ident(t))
            found.append(f"{tag_of(node)}:contains({css_string(lead)})")
            if joined := _CAPTION_LEAD.match(lead):  # "Ad by Forge & Co.": every ad says "Ad by"
                found.append(f"{tag_of(node)}:contains({css_string(joined.group(0))})")
    return list(dict.fromkeys(found))


def is_placeholder(element: HtmlElement) -> bool:
    """Whether a member's own class marks it as a stand-in for a record (a loading skeleton)."""
    return any(_PLACEHOLDER_CLASS.search(t) for t in class_tokens(element))


def without_sponsored(members: list[HtmlElement]) -> list[HtmlElement]:
    """The members without their sponsored look-alikes and placeholders; ``members`` itself when
    none (or too many)."""
    regular = [m for m in members if not is_sponsored(m) and not is_placeholder(m)]
    ads = len(members) - len(regular)
    if not ads or ads > MAX_SPONSORED_SHARE * len(members) or len(regular) < MIN_REGULAR:
        return members
    return regular
