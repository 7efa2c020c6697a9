"""The text after a bold lead-in that changes from record to record: one value, whichever the lead-in.

Statuspage writes ``<strong>Resolved</strong> - The billing page is available again.`` on one
incident and ``<strong>Postmortem</strong> - Our postmortem is now available…`` on the next. The
lead-in is the record's state, not a caption (``labels.Labeller.badge_places``), so the text is
one slot; where every lead-in is parted from the text by one same mark (" - ", ": "), the value
is read after that mark (``FieldSpec.text_after``).

A lead-in may also be the same words in every record, a selling or shipping participle and a
joiner inside the value's own text: "Vendido por Samsung", "Sold by Acme", "Verkauft von Loewe".
The words are no part of the name; the value is read after them (``joined_lead_cut``). So is a
preposition alone before a place, written in lower case in every record: a reviewer "of Phoenix,
AZ" (ConsumerAffairs), an item "from United Kingdom" (eBay), a customer "aus Berlin": the place is
the value, the word only joins it to the name beside it (``place_lead_cut``).
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, child_elements, full_text, leading_text
from agents.heuristics.labels import Key, plain_path
from agents.heuristics.slotparts import cut_part, names_the_record, without_empty
from agents.heuristics.slots import Occurrence, Slot

#: The mark between a lead-in and the text it leads: a dash, a colon or a bar with spaces.
_MARK = re.compile(r"^(\s*[-–—:|]\s+)\S")


def cut_lead_ins(slots: list[Slot], records: list[HtmlElement], places: set[Key]) -> None:
    """Read the text slots at ``places`` after the mark parting each record's lead-in from it."""
    if not places:
        return
    for slot in slots:
        if slot.kind != "text" or slot.many or slot.label or slot.text_after:
            continue
        occurrences = [occ[0] for number, occ in slot.per_record.items() if occ]
        if not occurrences or any(
            plain_path(records[n], occ[0].element) not in places for n, occ in slot.per_record.items() if occ
        ):
            continue
        marks = {_mark_after_lead_in(o) for o in occurrences}
        if len(marks) != 1 or (mark := marks.pop()) is None:
            continue
        slot.text_after = mark
        for found in slot.per_record.values():
            found[:] = [Occurrence(o.element, o.value.split(mark, 1)[-1].strip()) for o in found]


def _mark_after_lead_in(occurrence: Occurrence) -> str | None:
    """ " - " of "Resolved - The billing page…", when the value begins with its element's bold lead-in."""
    children = child_elements(occurrence.element)
    if not children or leading_text(occurrence.element):
        return None
    lead = full_text(children[0])
    if not lead or not occurrence.value.startswith(lead):
        return None
    match = _MARK.match(occurrence.value[len(lead) :])
    return match.group(1) if match else None


#: Participles of selling and shipping that head a seller's lead: "Sold by", "Ships from", "Vendido
#: por", "Verkauft von", "Expédié par", "Venduto da", "Sprzedawane przez"; and of listing and
#: offering, which head the agent's or the source's credit on listings: "Listing by", "Offered by",
#: "Presented by", "Provided by". Other words before a joiner lead no name: "Made by hand",
#: "Camiseta de algodón".
_SELLING_WORDS = (
    r"sold|ship(?:s|ped)|dispatched|fulfilled|vendid[oa]s?|enviad[oa]s?|vendue?s?|expédiée?s?|vendut[oa]|"
    r"spedit[oa]|verkauft|versandt?|verkocht|verzonden|sprzedawane|wysyłane|såld|solgt|"
    r"listing|listed|offered|presented|provided|marketed|brokered|represented"
)
#: Words joining the participle to the name after it; after a participle, Italian "da" is "by".
_LEAD_JOINERS = r"by|from|via|von|vom|aus|durch|par|por|desde|da|door|przez|av|af"
#: A participle (after a word or two: "Sold and shipped by") and a joiner, or a credit ("Listing
#: courtesy of"), then the value; the shortest lead first, so that "Sold by Ann de Vries" leads with
#: "Sold by". A bare "By" is a byline's, which names its field the author (``fieldnames``); "from
#: United States" keeps its word.
_JOINED_LEAD = re.compile(
    rf"^((?:[^\W\d_]+ ){{0,2}}?(?:(?:{_SELLING_WORDS}) (?:{_LEAD_JOINERS})|courtesy of))\s+(\S.*)$", re.IGNORECASE
)
#: What follows is a name: a seller, a brand, an author; not a sentence, nor a date or a price
#: ("Get it by Mon, Dec 8" is a delivery promise, kept as written).
MAX_NAME_WORDS = 6


def joined_lead_cut(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """``slot`` read after the words every text starts with before a joiner, when the names after
    them vary; None when the texts have no such lead, or name the record (a title or a link)."""
    leads = [m.groups() for t in texts if (m := _JOINED_LEAD.match(t.strip()))]
    if len(texts) < 2 or len(leads) < len(texts) or len({lead.casefold() for lead, _rest in leads}) != 1:
        return None
    rests = [rest for _lead, rest in leads]
    if len(set(rests)) < 2 or any(len(r.split()) > MAX_NAME_WORDS or _is_deadline(r) for r in rests):
        return None
    if names_the_record(slot):
        return None
    return [without_empty(cut_part(slot, after=leads[0][0]))]


def _is_deadline(text: str) -> bool:
    return values.is_date(text) or values.is_yearless_date(text) or values.is_price(text)


#: Prepositions joining a place to the person or the item it is told of: "of Phoenix, AZ", "from
#: United Kingdom", "aus Berlin", "de Lyon", "à Paris", "da Roma", "uit Utrecht", "z Krakowa".
_PLACE_LEAD = re.compile(r"^(of|from|in|aus|von|de|du|à|da|di|uit|van|z|ze|från|fra)\s+([A-ZÀ-Þ]\D*)$")
#: A place is a few words ("El Paso, TX", "Frankfurt am Main"), each capitalised but short joiners.
MAX_PLACE_WORDS = 5
MAX_JOINER_CHARS = 3


def place_lead_cut(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """``slot`` read after the preposition every text starts with, when the places after it vary."""
    leads = [m.groups() for t in texts if (m := _PLACE_LEAD.match(" ".join(t.split())))]
    if len(texts) < 2 or len(leads) < len(texts) or len({lead for lead, _rest in leads}) != 1:
        return None
    rests = [rest for _lead, rest in leads]
    if len(set(rests)) < 2 or not all(_is_place(r) for r in rests) or names_the_record(slot):
        return None
    return [without_empty(cut_part(slot, after=f"{leads[0][0]} "))]


def _is_place(text: str) -> bool:
    words = text.replace(",", " ").split()
    if len(words) > MAX_PLACE_WORDS or _is_deadline(text):
        return False
    return all(w[0].isupper() or len(w) <= MAX_JOINER_CHARS for w in words)
