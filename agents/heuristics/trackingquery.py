"""Link queries made only of well-known click-tracking parameters (``?source=…``, ``?utm_medium=…``).

A record's secondary links (its author, its publication, its shop) often repeat a path from
record to record with a query that changes with the card's place on the page: Medium's
``/@ana?source=post_page---byline--4f2a---2``. Such a query names the click, not the page, and
the link without it is the one a person copies. Only parameter names that analytics and referral
systems use the world over count: an unknown name may select what the page shows (``?author=``).

The other way round, a parameter whose value is a path of the site, a different one on every
record's link (Open Library's ``/works/OL45W?edition=key%3A/books/OL12M``), names the page the
link shows (an edition of the work): no click tracker writes a path, so such a query is content.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

#: Parameter names of analytics, ad-click and referral tracking (the query-stripping lists of
#: browsers and link cleaners hold these).
TRACKING_PARAMETERS = frozenset(
    {
        "source", "ref", "ref_", "ref_src", "ref_url", "referrer", "referer", "trk", "trkinfo",
        "trackingid", "tracking_id", "refid", "fbclid", "gclid", "dclid", "msclkid", "yclid",
        "igshid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "spm", "scm", "sr_share", "si",
        # Google's organic-shopping and ad-click ids, its cross-domain linker, TikTok's, X's
        "srsltid", "gad_source", "gbraid", "wbraid", "_gl", "_ga", "ttclid", "twclid",
    }
)  # fmt: skip
#: Prefixes of whole families of tracking parameters (``utm_source``, ``utm_campaign``…).
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_")
#: A value naming a path of the site, maybe behind a key word: ``/books/OL12M``, ``key:/books/OL12M``.
#: Never a whole address (``https://…``, ``//…``): redirects and referrers carry those.
_PATH_VALUE = re.compile(r"^(?:[a-z][a-z0-9_]{0,20}:)?/[^/?#\s]+(?:/[^/?#\s]+)+/?$", re.IGNORECASE)
#: Names of parameters that say where the reader came from or goes back to, whatever their value.
_RETURN_PARAMETER = re.compile(
    r"(?:^|[-_])(?:next|back|return|redirect|redir|continue|from|origin|came_?from|goto|url|uri)(?:_?to)?$",
    re.IGNORECASE,
)
#: A parameter naming the seller of the offer: ``merchantId``, ``seller_id``, ``shopId``, ``vendor-id``.
_SELLER_ID = re.compile(r"^(?:merchant|seller|vendor|shop|store|supplier|dealer|boutique)[-_]?id$", re.IGNORECASE)
#: An id's value: a short run of letters, digits, dashes or underscores.
_ID_VALUE = re.compile(r"^[\w-]{1,40}$")
#: Longest value looked at as a path (bounds the match on a hostile page).
MAX_PATH_VALUE = 300


def tracks_only(hrefs: list[str], *, record_links: bool = False) -> bool:
    """Whether every link in ``hrefs`` has a query, each of its parameters only tracks the click,
    and the links without it still lead to different pages: to one page per record for the
    records' own links, to more than one page for any other (``/out?ref=123`` on every card
    needs its query)."""
    if not hrefs:
        return False
    parts = [urlsplit(href.strip()) for href in hrefs]
    for part in parts:
        pairs = parse_qsl(part.query, keep_blank_values=True)
        if not pairs or not all(is_tracking_parameter(name) for name, _ in pairs):
            return False
    targets = len({(p.netloc, p.path) for p in parts})
    return targets == len(parts) if record_links else targets > 1


def is_tracking_parameter(name: str) -> bool:
    """Whether a query parameter of this name tracks a click rather than selecting content."""
    folded = name.strip().lower()
    return folded in TRACKING_PARAMETERS or folded.startswith(_TRACKING_PREFIXES)


def names_a_page(hrefs: list[str]) -> bool:
    """Whether one parameter of every link in ``hrefs`` holds a path of the site, a different one on
    each link (``?edition=key:/books/OL12M``): the query picks the page shown, it tracks nothing. A
    tracking name or a way back (``?ref=/search/…``, ``?return_to=/cart``) never counts."""
    if not hrefs:
        return False
    per_name: dict[str, list[str]] = {}
    for href in hrefs:
        pairs = parse_qsl(urlsplit(href.strip()).query, keep_blank_values=True)
        for name, value in {name: value for name, value in pairs}.items():
            per_name.setdefault(name, []).append(value)
    return any(
        len(found) == len(hrefs) == len(set(found)) and all(_is_path(v) for v in found)
        for name, found in per_name.items()
        if not is_tracking_parameter(name) and not _RETURN_PARAMETER.search(name)
    )


def _is_path(value: str) -> bool:
    text = value.strip()
    return len(text) <= MAX_PATH_VALUE and bool(_PATH_VALUE.match(text))


def names_a_seller(hrefs: list[str]) -> bool:
    """Whether every link in ``hrefs`` names a seller by its id (``?merchantId=421429``), not the
    same one on all: a marketplace lists one product by several sellers, and the query picks whose
    offer the page shows (the same seller on several cards, another on others), so it is part of
    the link. One id on every link is the page's own context (the store picked for pickup)."""
    if not hrefs:
        return False
    per_name: dict[str, list[str]] = {}
    for href in hrefs:
        for name, value in dict(parse_qsl(urlsplit(href.strip()).query, keep_blank_values=True)).items():
            if _SELLER_ID.match(name) and _ID_VALUE.match(value):
                per_name.setdefault(name.lower(), []).append(value)
    return any(len(found) == len(hrefs) and len(set(found)) > 1 for found in per_name.values())
