"""Sponsored look-alikes among the records: ad cards styled like the list's own records, and
placeholders (a member whose own class says it only holds a record's place: ``card--skeleton``).

An ad card is marked all the same: a "Sponsored"/"Ad" caption (in the page's language, from the
catalogue in ``adwords``), a ``rel="sponsored"`` link, an ad attribute (``data-ad-unit``) or test
hook (``data-testid="ad-card"``), a class word (``card--sponsored``, ``isPromoted``) or a record
link through a click redirect carrying the target (``/s2/?R2=https%3A…``); "Featured" only on a
paid copy of a listed record (``paidcopies``).
Each kind is judged on its own; the first marking only a few members (the caption first, a class
word last: Newegg's ``item-promo`` deal line sits on regular cards) leaves them out of the record
selector. A caption heading a section of the list ("Sponsored Results" before the ad cards) marks
the cards up to the next heading (``adsections``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Literal

from cssselect import SelectorError
from lxml.etree import XPathError  # type: ignore[import-untyped]
from parsel.csstranslator import css2xpath

from agents.heuristics.adredirects import links_through_redirect, offsite_redirect_keys, record_link
from agents.heuristics.adwords import (
    AD_JOINER,
    MAX_CAPTION_CHARS,
    is_ad_caption,
    names_paid,
    names_promo,
    names_promoted,
)
from agents.heuristics.captionslots import MAX_PEERS, fills_data_slot, lookalike_peers
from agents.heuristics.classtokens import class_tokens
from agents.heuristics.codeclasses import is_coded_value
from agents.heuristics.dom import HtmlElement, css_ident, css_string, full_text, is_element, tag_of
from agents.heuristics.pagememo import per_page
from agents.heuristics.paidcopies import featured_class_words, is_featured_caption, is_paid_copy

MarkKind = Literal["caption", "rel", "data", "class", "redirect"]
#: Strongest first: words telling the reader it is an ad, then marks meant for the ad server,
#: then a class word, which a designer may also give to a deal or a banner, last a record link
#: through a click redirect (a shop may route a few outbound offers so too).
MARK_KINDS: tuple[MarkKind, ...] = ("caption", "rel", "data", "class", "redirect")
#: An attribute named for an ad (``data-ad-unit``, ``data-sponsored``).
_AD_ATTRIBUTE = re.compile(r"^data-(?:ad|ads|advert|sponsor|sponsored|promoted)(?:$|[-_])", re.IGNORECASE)
#: A member that only holds the place of a record: a skeleton shown while loading, a template
#: copy, eBay's hidden "Shop on eBay" item. Its own class says so; a class inside it does not
#: (a lazy image's ``img-placeholder`` sits in real records).
_PLACEHOLDER_CLASS = re.compile(r"(?:^|[-_])(?:placeholder|skeleton|shimmer)(?:$|[-_])", re.IGNORECASE)
#: An ad attribute that every item carries says "no" on the regular ones (``data-promoted="false"``).
_NOT_AN_AD = frozenset({"false", "0", "no", "none", "null"})
#: A caption's ad word and the word joining it to the advertiser ("Ad by", "Sponsored by"): the
#: part that every ad's caption shares when the advertiser's name follows.
_CAPTION_LEAD = re.compile(rf"^(\w+)\s({AD_JOINER})\s", re.IGNORECASE)
#: Test hooks whose value may name an ad card (``data-testid="ad-card"``, ``data-cy="sponsored-listing"``).
_TEST_HOOKS = frozenset({"data-testid", "data-test", "data-test-id", "data-cy", "data-qa", "data-e2e"})
#: Ads are a few cards among many: above this share, the "ads" are the list itself.
MAX_SPONSORED_SHARE = 0.3
#: ...and enough regular records must remain to be clearly the list.
MIN_REGULAR = 3


@per_page  # asked of every look-alike record once per extra a record selector leaves out
def ad_mark_kinds(element: HtmlElement) -> frozenset[MarkKind]:
    """The kinds of ad mark a record carries on itself or inside it."""
    kinds: set[MarkKind] = set()
    for node in element.iter():
        if not is_element(node):
            continue
        if _is_member_caption(node, element):
            kinds.add("caption")
        if _has_sponsored_rel(node):
            kinds.add("rel")
        if any(_is_ad_attribute(a, v) for a, v in node.attrib.items()) or _ad_hooks(node):
            kinds.add("data")
        if _ad_class_words(node, element):
            kinds.add("class")
    if links_through_redirect(element):
        kinds.add("redirect")
    return frozenset(kinds)


def is_sponsored(element: HtmlElement) -> bool:
    """Whether a record carries an ad mark of any kind on itself or inside it."""
    return bool(ad_mark_kinds(element))


def chosen_mark(members: list[HtmlElement]) -> MarkKind | None:
    """The strongest kind of mark that only a few of ``members`` carry: the one telling ads apart."""
    marks = [ad_mark_kinds(m) for m in members]
    for kind in MARK_KINDS:
        count = sum(1 for found in marks if kind in found)
        if count and count <= MAX_SPONSORED_SHARE * len(members) and len(members) - count >= MIN_REGULAR:
            return kind
    return None


def _is_member_caption(node: HtmlElement, member: HtmlElement) -> bool:
    """An ad caption in ``member`` ("Featured" on a paid copy too), unless its slot holds other
    words on most look-alikes: avatar initials "AD" beside "CM" and "KB" are a name's letters."""
    text = (node.text or "").strip()
    if not (is_ad_caption(text) or (is_featured_caption(text) and is_paid_copy(member))):
        return False
    return not fills_data_slot(node, member, is_ad_caption)


def _has_sponsored_rel(node: HtmlElement) -> bool:
    return "sponsored" in (node.get("rel") or "").lower().split()


def _is_ad_attribute(name: str, value: str) -> bool:
    """``data-sponsored``, ``data-ad-unit="native_1"``: an ad mark unless its value says no."""
    return bool(_AD_ATTRIBUTE.match(name)) and value.strip().lower() not in _NOT_AN_AD


def _ad_hooks(node: HtmlElement) -> list[tuple[str, str]]:
    """``node``'s test hooks whose value names a paid placement (``data-testid="ad-card"``), not
    a negated one (``non-sponsored-photo``)."""
    return [(a, v) for a, v in node.attrib.items() if a in _TEST_HOOKS and names_paid(v)]


def ad_hook_selectors(element: HtmlElement) -> list[str]:
    """``[data-testid="ad-card"]``: the ad-naming test hooks on ``element`` itself."""
    return [f"[{a}={css_string(v)}]" for a, v in _ad_hooks(element) if css_ident(a)]


def _ad_class_words(node: HtmlElement, member: HtmlElement) -> list[str]:
    """The classes of ``node`` (inside ``member``) that mark an ad."""
    words = [t for t in class_tokens(node) if _is_ad_class(t, node)]
    if any(not names_paid(t) for t in words) and not _says_ad(member):
        words = [t for t in words if names_paid(t)]  # "promoted" alone: an editor's pick
    promos = [t for t in class_tokens(node) if names_promo(t) and t not in words]
    if promos and (node is member or _is_bare_marker(node, member)):
        words += promos
    if (featured := featured_class_words(node)) and is_paid_copy(member):
        words += featured
    return words


def _is_ad_class(token: str, node: HtmlElement) -> bool:
    """An ad word in a class, unless it is one code of a family (``flag-icon-ad``: Andorra)."""
    return (names_paid(token) or names_promoted(token)) and not is_coded_value(token, node)


@functools.lru_cache(maxsize=4)  # asked per marked node of one member at a time: read it once
def _says_ad(member: HtmlElement) -> bool:
    """Whether ``member`` tells the reader in words that it is paid: an ad caption among its texts
    (an element's text or tail), or a label whose class names the placement holding a few words
    of a language the captions do not know (``span.promoted-label`` "Noddir")."""
    for node in member.iter():
        if not is_element(node):
            continue
        texts = (node.text, node.tail if node is not member else None)
        if any(is_ad_caption((text or "").strip()) for text in texts) or _is_named_label(node, member):
            return True
    return False


def _is_named_label(node: HtmlElement, member: HtmlElement) -> bool:
    """A short text of words alone in an element inside ``member`` whose class names a paid or
    promoted placement: a label, not a price or a count."""
    if node is member or not any(names_paid(t) or names_promoted(t) for t in class_tokens(node)):
        return False
    text = full_text(node).strip()
    return 0 < len(text) <= MAX_CAPTION_CHARS and not any(ch.isdigit() for ch in text)


def _is_bare_marker(node: HtmlElement, member: HtmlElement) -> bool:
    """A promo badge saying nothing but an ad word (or nothing at all), not part of a promotion
    line: the outermost promo element around it holds no other text."""
    outer = node
    for ancestor in node.iterancestors():
        if ancestor is member:
            break
        if any(names_promo(t) for t in class_tokens(ancestor)):
            outer = ancestor
    text = full_text(outer).strip()
    return not text or is_ad_caption(text)


def ad_mark_selectors(element: HtmlElement, records: Sequence[HtmlElement] = ()) -> list[str]:
    """CSS selectors of the ad marks inside ``element`` (an "Ad" caption, a ``promo`` badge), so
    that a record selector can leave out the cards holding one: ``:not(:has(…))``.

    Only marks of one kind are offered: the kind telling ads apart among the element's look-alike
    siblings, else the strongest it carries. A caption is found by what names it as an ad first (a
    class or a test hook holding an ad word, then its words), by a utility class it happens to
    carry (``body-copy-sm``) only when nothing naming it tells the ads apart: regular cards on
    other pages may carry that class too. ``records``, the list's records, are look-alikes too: a
    card wrapped in a row of its own has no look-alike siblings.
    """
    peers = _peers(element, records)
    kind = _kind_of(element, peers)
    tiers: list[list[str]] = [[], [], [], []]
    if kind == "redirect" and (link := record_link(element)) is not None and link is not element:
        tiers[0].extend(sorted(offsite_redirect_keys(link)))  # the link that made it an ad
    for node in element.iterdescendants() if kind else ():
        if not is_element(node):
            continue
        if kind == "class":
            tiers[0].extend(f".{t}" for t in _ad_class_words(node, element) if css_ident(t))
        if kind == "data":
            tiers[0].extend(f"[{a}]" for a, v in node.attrib.items() if _is_ad_attribute(a, v) and css_ident(a))
            tiers[0].extend(ad_hook_selectors(node))
        if kind == "rel" and _has_sponsored_rel(node):
            tiers[0].append('[rel~="sponsored"]')
        if kind == "caption" and _is_member_caption(node, element):
            for tier, found in zip(tiers, _caption_selectors(node, element), strict=True):
                tier.extend(found)
    return _telling_tier([list(dict.fromkeys(t)) for t in tiers], peers, kind)


def _caption_selectors(node: HtmlElement, member: HtmlElement) -> tuple[list[str], list[str], list[str], list[str]]:
    """A caption's selectors, strongest first: by a class or a test hook naming an ad
    (``span.sponsored-label``), by its words, by its words inside a class of its own or of a
    wrapper holding nothing else (``div._2tfz span:contains("Ad")``: a regular card's "Add to
    Compare" holds the letters too), by any other class or test hook."""
    tag = tag_of(node)
    naming: list[str] = []
    other: list[str] = []
    for name, value in node.attrib.items():
        if name.startswith("data-") and value:
            hook = f"[{name}={css_string(value)}]"
            named = names_paid(value) or names_promoted(value) or _AD_ATTRIBUTE.match(name)
            (naming if named else other).append(hook)
    for token in class_tokens(node):
        if css_ident(token):
            (naming if _is_ad_class(token, node) else other).append(f"{tag}.{token}")
    lead = (node.text or "").strip()
    words = [f"{tag}:contains({css_string(lead)})"]
    if joined := _CAPTION_LEAD.match(lead):  # "Ad by Forge & Co.": every ad says "Ad by"
        words.append(f"{tag}:contains({css_string(joined.group(0))})")
    placed = [f"{tag}.{t}:contains({css_string(lead)})" for t in class_tokens(node) if css_ident(t)]
    placed += [f"{w} {words[0]}" for w in _bare_wrappers(node, member)]
    return naming, words, placed, other


def _bare_wrappers(node: HtmlElement, member: HtmlElement) -> list[str]:
    """``div._2tfz``: the classes of the elements around a caption (inside ``member``) that hold
    no other text, innermost first."""
    text = full_text(node).strip()
    found: list[str] = []
    for ancestor in node.iterancestors():
        if ancestor is member or full_text(ancestor).strip() != text:
            break
        found += [f"{tag_of(ancestor)}.{t}" for t in class_tokens(ancestor) if css_ident(t)]
    return found


def _peers(element: HtmlElement, records: Sequence[HtmlElement]) -> list[HtmlElement]:
    """``element``'s look-alike siblings and the list's ``records`` (a bounded number of them)."""
    peers = lookalike_peers(element)
    known = {id(p) for p in peers}
    return [*peers, *(r for r in records[:MAX_PEERS] if id(r) not in known)]


def _telling_tier(tiers: list[list[str]], peers: list[HtmlElement], kind: MarkKind | None) -> list[str]:
    """The selectors of the strongest tier that find a mark in every one of the look-alike
    ``peers`` marked by ``kind`` and in none of the unmarked ones; every selector when no tier
    does. Peers marked by another kind only are left aside: a classifieds site's ``advert-card``
    hook on every card says nothing about which of them carry the "Promovat" caption."""
    kinds = [ad_mark_kinds(p) for p in peers]
    marked = [p for p, found in zip(peers, kinds, strict=True) if kind in found]
    unmarked = [p for p, found in zip(peers, kinds, strict=True) if not found]
    for tier in tiers:
        telling = [
            css for css in tier if all(_finds(p, css) for p in marked) and not any(_finds(p, css) for p in unmarked)
        ]
        if telling:
            return telling
    return [css for tier in tiers for css in tier]


def _finds(element: HtmlElement, css: str) -> bool:
    try:
        return bool(element.xpath(css2xpath(css)))
    except (SelectorError, XPathError):
        return False


def _kind_of(element: HtmlElement, peers: list[HtmlElement]) -> MarkKind | None:
    own = ad_mark_kinds(element)
    chosen = chosen_mark(peers)
    if chosen in own:
        return chosen
    return next((k for k in MARK_KINDS if k in own), None)


def is_placeholder(element: HtmlElement) -> bool:
    """Whether a member's own class marks it as a stand-in for a record (a loading skeleton)."""
    return any(_PLACEHOLDER_CLASS.search(t) for t in class_tokens(element))


def without_sponsored(members: list[HtmlElement]) -> list[HtmlElement]:
    """The members without their sponsored look-alikes and placeholders; ``members`` itself when
    none (or too many)."""
    kind = chosen_mark(members)
    regular = [m for m in members if not (kind and kind in ad_mark_kinds(m)) and not is_placeholder(m)]
    removed = len(members) - len(regular)
    if not removed or removed > MAX_SPONSORED_SHARE * len(members) or len(regular) < MIN_REGULAR:
        return members
    return regular
