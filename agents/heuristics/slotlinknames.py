"""Link slots that name rather than hold a value: the same words in every record naming a link
to each record's own page ("pdf", "Reviews"), the name of one same link every record shows, and
icon-only links that show nothing.
"""

from __future__ import annotations

from agents.heuristics.actionslots import named_control
from agents.heuristics.cardlinks import names_its_record, shows_something
from agents.heuristics.dom import tag_of
from agents.heuristics.slots import Slot


def is_link_name(slot: Slot, same: bool) -> bool:
    """The same words in every record naming a link to each record's own page ("pdf", "Reviews"):
    the target is the value. A captioned link ("Licence: Open Government Licence") or one leading
    to one same page from every record (a licence, an author) names the value itself; a list
    counts as the same only when its whole list is (the searched hashtag first, others after), and
    links numbered 2, 3, 4 are the pages of a record (a topic's page jumps). One same page opening
    in a window of its own ("Return Policy: Standard Return Policy") is a document beside the list,
    the same for every record, captioned or not; a value (an author, a licence) is browsed in place."""
    if tag_of(slot.sample_element()) != "a":
        return False
    if same and names_a_link(slot) and _opens_apart(slot):
        return True
    if slot.label:
        return False
    if slot.many and all(v.isdigit() for found in slot.per_record.values() for v in (o.value for o in found)):
        return True
    return same and bool((slot.sample_element().get("href") or "").strip()) and not names_a_link(slot)


def names_a_link(slot: Slot) -> bool:
    """Whether the slot's text is the whole name of a link, inside the record, to one same real
    address in every record (``<a href="/search?cflt=ramen"><span>Ramen</span></a>``): the name
    of the category or brand every record shows, not decoration. A link to each record's own
    page ("See availability") is a call to act, whatever it reads."""
    targets: set[str] = set()
    for occurrences in slot.per_record.values():
        link = named_control(occurrences[0].element, len(slot.key) - 1, ("a",))
        href = (link.get("href") or "").strip() if link is not None else ""
        if not href or href.startswith(("#", "javascript:")):
            return False
        targets.add(href)
    return len(targets) == 1


def _opens_apart(slot: Slot) -> bool:
    """Whether every record's link opens in a new window (``target="_blank"``)."""
    for occurrences in slot.per_record.values():
        link = named_control(occurrences[0].element, len(slot.key) - 1, ("a",))
        if link is None or (link.get("target") or "").strip().lower() != "_blank":
            return False
    return True


def link_has_content(slot: Slot) -> bool:
    """A link showing words or a picture, or an empty one named after its record (see
    ``cardlinks``); an empty link named the same in every record is an icon action."""
    return shows_something(slot.sample_element()) or names_its_record(slot)
