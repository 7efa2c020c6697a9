"""The card's own link behind its value links: a match's "Gamecast" button beside its team links.

A scoreboard card links each team (``/team/_/id/4101/harbour-city``, ``/team/_/id/4116/crestmoor``):
links of one template lead to values of the record, not to the record. Its own page is behind a
row of buttons ("Gamecast", "Highlights"), a list no single link slot holds; the one of them that
names the card's id (``<section id="704512">``, ``data-game-id``) in its path is the record's link.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement
from agents.heuristics.mainfields import shares_section
from agents.heuristics.slots import Slot

#: Share of the records whose first listed link must name the card's id.
ID_LINK_SHARE = 0.8
#: Digits an id needs to be told from a count or a day ("704512", not "3").
MIN_ID_DIGITS = 4
_DIGIT_RUN = re.compile(rf"\d{{{MIN_ID_DIGITS},}}")


def card_own_link(found: list[Slot], slots: list[Slot], link: Slot | None, records: list[HtmlElement]) -> Slot | None:
    """The link to the card's own page when ``link`` leads to a value (another link of the card
    has its template), else None: the first link of a list of links naming the card's id."""
    hrefs = [s for s in slots if s.kind == "href" and not s.many and s is not link]
    if link is None or not shares_section(link, hrefs):
        return None
    for slot in found:
        if slot.kind != "href" or not slot.many or slot is link:
            continue
        firsts = {n: occurrences[0] for n, occurrences in slot.per_record.items() if occurrences}
        if len(firsts) < ID_LINK_SHARE * len(records) or len({o.value for o in firsts.values()}) < len(firsts):
            continue
        named = [_names_card(o.value, records[n]) for n, o in firsts.items() if n < len(records)]
        if named and values.share(named) >= ID_LINK_SHARE:
            first_only = {n: [o] for n, o in firsts.items()}
            return Slot(key=slot.key, kind=slot.kind, attribute=slot.attribute, order=slot.order, per_record=first_only)
    return None


def _names_card(href: str, card: HtmlElement) -> bool:
    """Whether ``href`` carries an id of ``card``: its ``id`` or a ``data-…id`` attribute."""
    marks = [card.get("id") or ""] + [v for k, v in card.attrib.items() if k.startswith("data-") and k.endswith("id")]
    ids = {run for mark in marks for run in _DIGIT_RUN.findall(mark)}
    path = urlsplit(href).path
    return any(re.search(rf"(?<!\d){run}(?!\d)", path) for run in ids)
