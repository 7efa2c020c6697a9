"""Leave out the links that only open another view of a page the record already links.

A card links its page (``/coins/btc/``) and, beside it, the same page with a fixed query
(``/coins/btc/?period=7d``, ``?view=bibtex``) or a fixed section of it or of the page above it
(``/project/x/#history``, ``/p/7#reviews``). The address says nothing the record's own link does
not: it is the link plus words every record shares. Nobody writing down the records keeps it.
Kept: links whose added query or fragment differs from record to record (``/events#e-12``: the
fragment is the record's own), and links to another site.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from agents.heuristics.companionlinks import MAX_ADDRESS_CHARS, MIN_RECORDS, one_relation
from agents.heuristics.fieldnames import FieldDraft
from agents.heuristics.slots import Slot

#: What an address adds to the page it views: whether it is the page above, the query and the fragment added.
View = tuple[bool, str, str]


def without_link_views(drafts: list[FieldDraft], mains: list[Slot]) -> list[FieldDraft]:
    """``drafts`` minus the link fields that view, record by record, the page of the record's own
    link or of another link field with the same query or fragment added; ``mains`` (the title and
    the record's link) always stay."""
    links = [d.slot for d in drafts if d.slot.kind == "href" and d.spec.type == "url" and not d.slot.many]
    left = [s for s in links if s not in mains]
    return [d for d in drafts if d.slot not in left or not any(_views(d.slot, base) for base in links)]


def _views(slot: Slot, base: Slot) -> bool:
    """Whether ``slot``'s address is, on every record holding it, ``base``'s with one same view added."""
    if slot is base or len(slot.per_record) < MIN_RECORDS:
        return False
    return one_relation(slot, base, _view_of)


def _view_of(page: str, address: str) -> View | None:
    """What ``address`` adds to ``page``: a query or fragment on the page itself, or a fragment on
    a page above it (``/project/x/#history`` beside ``/project/x/2.4.1/``); None when it leads elsewhere."""
    if len(page) > MAX_ADDRESS_CHARS or len(address) > MAX_ADDRESS_CHARS:
        return None
    try:
        mine, other = urlsplit(page.strip()), urlsplit(address.strip())
    except ValueError:
        return None
    if (mine.scheme, mine.netloc) != (other.scheme, other.netloc):
        return None
    path, own_path = other.path.rstrip("/"), mine.path.rstrip("/")
    above = path != own_path
    if above and (not path or not own_path.startswith(path + "/") or not other.fragment or other.query):
        return None  # the site's root, a page elsewhere, or the page above as such (a category)
    if other.query == mine.query or above:
        added = ""
    elif not mine.query or other.query.startswith(mine.query + "&"):
        added = other.query[len(mine.query) :].lstrip("&")
    else:
        return None
    if not added and (not other.fragment or (not above and other.fragment == mine.fragment)):
        return None  # the same page: a second link to the record, another stage's concern
    return above, added, other.fragment
