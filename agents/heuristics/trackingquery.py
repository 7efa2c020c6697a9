"""Link queries made only of well-known click-tracking parameters (``?source=…``, ``?utm_medium=…``).

A record's secondary links (its author, its publication, its shop) often repeat a path from
record to record with a query that changes with the card's place on the page: Medium's
``/@ana?source=post_page---byline--4f2a---2``. Such a query names the click, not the page, and
the link without it is the one a person copies. Only parameter names that analytics and referral
systems use the world over count: an unknown name may select what the page shows (``?author=``).
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

#: Parameter names of analytics, ad-click and referral tracking (the query-stripping lists of
#: browsers and link cleaners hold these).
TRACKING_PARAMETERS = frozenset(
    {
        "source", "ref", "ref_", "ref_src", "ref_url", "referrer", "referer", "trk", "trkinfo",
        "trackingid", "tracking_id", "refid", "fbclid", "gclid", "dclid", "msclkid", "yclid",
        "igshid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "spm", "scm", "sr_share", "si",
    }
)  # fmt: skip
#: Prefixes of whole families of tracking parameters (``utm_source``, ``utm_campaign``…).
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_")


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
