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


def tracks_only(hrefs: list[str]) -> bool:
    """Whether every link in ``hrefs`` has a query and each of its parameters only tracks the click."""
    if not hrefs:
        return False
    for href in hrefs:
        pairs = parse_qsl(urlsplit(href.strip()).query, keep_blank_values=True)
        if not pairs or not all(is_tracking_parameter(name) for name, _ in pairs):
            return False
    return True


def is_tracking_parameter(name: str) -> bool:
    """Whether a query parameter of this name tracks a click rather than selecting content."""
    folded = name.strip().lower()
    return folded in TRACKING_PARAMETERS or folded.startswith(_TRACKING_PREFIXES)
