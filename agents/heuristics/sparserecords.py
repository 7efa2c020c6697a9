"""Records drawn sparser than the rest: a table whose lower rows are lazy skeletons until scrolled
into view (name, symbol and price only), a card missing most of its parts. Their shape is far from
the template, as an ad's or a header's is, but they link to the same kind of page as the records
(``/currencies/toncoin/`` beside ``/currencies/bitcoin/``): they are records with fields missing.
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlsplit

from agents.heuristics.dom import HtmlElement

#: Share of the regular records whose first link leads into one section for that to be their kind.
SECTION_SHARE = 0.8
#: Links looked at in a member before its first real one is given up on.
MAX_LINKS_SEEN = 20

Section = tuple[str, str, int]


def readmitted(members: list[HtmlElement], kept: list[HtmlElement]) -> list[HtmlElement]:
    """``kept`` plus the outliers among ``members`` whose first link leads where the kept
    members' first links do, in page order."""
    sections = Counter(_section(m) for m in kept)
    if not sections:
        return kept
    section, count = sections.most_common(1)[0]
    if section is None or count < SECTION_SHARE * len(kept):
        return kept
    chosen = {id(m) for m in kept}
    return [m for m in members if id(m) in chosen or _section(m) == section]


def _section(member: HtmlElement) -> Section | None:
    """Host, first folder and depth of the member's first link to a page (``#``, scripts and
    the site's root aside): ``/currencies/bitcoin/`` -> ("", "currencies", 2)."""
    for seen, link in enumerate(member.iter("a")):
        if seen >= MAX_LINKS_SEEN:
            break
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        try:
            parts = urlsplit(href)
        except ValueError:  # "http://[oops/": no address
            continue
        folders = [p for p in parts.path.split("/") if p]
        if not folders:
            continue
        return parts.netloc.lower(), folders[0], len(folders)
    return None
