"""Links that lead to the record's own page again: the record's link with more on it.

A hotel card links its address to the hotel's page with the search's tracking parameters and
``map=1``; a coin row links its sparkline to the coin's page with ``?period=7d``; a rental card's
"Email agent" button leads to the listing's ``contact/`` step. Each is the record's link (the
``url`` field) with parameters, a fragment or one path step added: a view of the same page or an
action on it, which the record's link already reaches. Links to other pages stay: an author's
profile, a comments page, even on the record's own host, and a file below the record's page
(``…/2411.09812/paper.pdf``), which the record offers rather than shows.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from agents.heuristics import values
from pipeline.core.normalize import Value

#: Records on which the link must extend the record's link: two could by chance.
MIN_RECORDS = 3
#: Share of the records holding both links on which the one extends the other.
EXTENDS_SHARE = 0.9
#: Path steps an action page adds below the record's page (``…/62847193/contact/``).
MAX_ADDED_STEPS = 1
#: A file's name ends in its type; a page's step in none, or in a page's (``contact.html``).
_FILE = re.compile(r"\.(?!(?:html?|php|aspx?|jsp)$)[a-z0-9]{2,5}$", re.IGNORECASE)


def is_own_page_link(mine: list[Value], record_links: list[Value]) -> bool:
    """Whether ``mine`` (per record) is, on nearly every record holding both, the record's link
    (``record_links``) with query parameters, a fragment or one path step added."""
    pairs = [(a, b) for a, b in zip(mine, record_links, strict=True) if _is_link(a) and _is_link(b)]
    if len(pairs) < MIN_RECORDS:
        return False
    return sum(1 for a, b in pairs if _extends(str(a), str(b))) >= EXTENDS_SHARE * len(pairs)


def _is_link(value: Value) -> bool:
    return isinstance(value, str) and values.is_address(value)


def _extends(link: str, page: str) -> bool:
    """``link`` is ``page`` with parameters, a fragment or a path step added, on the same host."""
    mine, theirs = urlsplit(link), urlsplit(page)
    if link == page or mine.netloc != theirs.netloc:
        return False
    steps = [s for s in theirs.path.split("/") if s]
    added = [s for s in mine.path.split("/") if s]
    if not steps or added[: len(steps)] != steps or len(added) - len(steps) > MAX_ADDED_STEPS:
        return False  # the site's home is every page's parent, not one record's page
    if any(_FILE.search(step) for step in added[len(steps) :]):
        return False
    # The record's own parameters stay (``?id=7``); other ones view it another way (``&map=1``).
    return set(parse_qsl(theirs.query)) <= set(parse_qsl(mine.query))
