"""Slots that are one field in disguise, and picture captions worth keeping.

* **Alternative badges.** A dealer's card shows ``<span class="pro">Pro</span>`` where a private
  seller's shows ``<span class="private">Private seller</span>``: two slots, each the same words
  in every record that has it, so each alone looks like decoration. At one place of the template,
  never together in a record and with different words, they are the values of one field (seller
  type, stock status).
* **One class, two tags.** A seller's name in a span on some cards and in a link on others, under
  one class: one field whose values vary (``classalternatives``).
* **Control states.** "Tickets" where other records show a greyed-out "Sold out" at the same place
  is one status field (``controlstates``).
* **Alt texts.** A logo's ``alt`` is often the only written form of a name (the letting agent, the
  brand). It is kept when it varies and says something the record's text does not already say.
* **Avatar stacks.** The avatars of the people assigned to a record, told apart by whom they show,
  are one list of people (``avatarlists``); a row of pictures saying nothing of them is left out.
* **Price variants.** A regular price and a sale price at one place under different style classes
  are one price; joined before selectors are chosen, as no selector reads the regular one alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from urllib.parse import urlsplit

from parsel import Selector

from agents.heuristics import values
from agents.heuristics.amountnames import other_price_name
from agents.heuristics.avatarlists import is_people_list, joined_avatar_stacks, people_caption
from agents.heuristics.classalternatives import joined_class_alternatives, joined_heading_levels
from agents.heuristics.classtokens import class_tokens
from agents.heuristics.controlstates import joined_control_states
from agents.heuristics.cuttitles import completes_cut_texts
from agents.heuristics.dom import full_text
from agents.heuristics.fieldcss import best_selector
from agents.heuristics.slots import Key, Occurrence, Slot, with_groups_joined

#: Joined alternatives must fill at least this share of the records between them.
MIN_ALTERNATIVES_SHARE = 0.5
#: ...or this share when three different words or more take turns at the place ("promocja",
#: "nowość", "bestseller" over a shop's pictures): a set of words that never meet is a field
#: even on a minority of the cards, where two rare ones may be chance.
MIN_MANY_ALTERNATIVES_SHARE = 0.25
#: Different words that make a set of alternatives.
MANY_ALTERNATIVES = 3
#: Share of a slot's values that must read as prices for it to be a price slot.
PRICE_SHARE = 0.8
#: An alt text repeating another value of its record in this share of records says nothing new.
REPEATED_ALT_SHARE = 0.5
#: Wrappers of a picture looked at for what it shows (``a.item-brand > img``).
PICTURE_WRAPPER_DEPTH = 3
#: "brand" as a word of a class or a path: item-brand, brandLogo, /Acme/BrandStore/, /brands/acme.
_BRAND = re.compile(r"(?:^|[^a-z])brand(?:s|store|logo|[^a-z]|$)", re.IGNORECASE)
#: An alt inside a longer text repeats it only when it covers more than this share of it.
REPEAT_COVER_SHARE = 0.5


def joined_alternatives(slots: list[Slot], records: int) -> list[Slot]:
    """``slots`` with alternative badges at one place merged into one slot, and the avatars of a
    stack of people told apart by whom they show joined into one list (see the module)."""
    slots = joined_control_states(joined_avatar_stacks(slots), records)
    places: dict[tuple[Key, str], list[Slot]] = defaultdict(list)
    for slot in slots:
        if slot.kind == "text" and not slot.many and slot.key and len(set(slot.first_values())) == 1:
            places[(slot.key[:-1], _tag(slot.key[-1]))].append(slot)
    kept = with_groups_joined(slots, places.values(), lambda members: _joined(members, records))
    return joined_heading_levels(joined_class_alternatives(kept, records), records)


def _joined(members: list[Slot], records: int) -> Slot | None:
    if len(members) < 2 or len({m.first_values()[0] for m in members}) < 2:
        return None
    seen: set[int] = set()
    for member in members:
        if seen & set(member.per_record):
            return None  # two badges in one record are two facts, not one value
        seen |= set(member.per_record)
    words = len({m.first_values()[0] for m in members})
    share = MIN_MANY_ALTERNATIVES_SHARE if words >= MANY_ALTERNATIVES else MIN_ALTERNATIVES_SHARE
    if len(seen) < share * records:
        return None
    per_record: dict[int, list[Occurrence]] = {}
    for member in members:
        per_record.update(member.per_record)
    return replace(members[0], per_record=dict(sorted(per_record.items())))


def joined_price_variants(slots: list[Slot], sample: list[Selector]) -> list[Slot]:
    """``slots`` with a price no selector reads alone joined to the price it alternates with.

    A regular card's price and a card's sale price may sit at one place under different style
    classes, so they are two slots; on a sale card every selector for the regular one also reads
    the sale price (or the old price beside it, of the same style), so it would be dropped before
    the variants are joined. A plain price slot (no caption, not struck, not a saving) that never
    meets another in one record is joined to it when one selector then reads both right.
    """
    prices = [s for s in slots if _is_plain_price(s)]
    kept = list(slots)
    for slot in prices:
        partners = [p for p in prices if p is not slot and not set(p.per_record) & set(slot.per_record)]
        if not partners or not any(k is slot for k in kept) or best_selector(sample, slot) is not None:
            continue
        for partner in sorted(partners, key=lambda p: -len(p.per_record)):
            place = next((i for i, k in enumerate(kept) if k is partner), None)
            joined = replace(partner, per_record=dict(sorted({**partner.per_record, **slot.per_record}.items())))
            if place is not None and best_selector(sample, joined) is not None:
                kept[place] = joined
                kept = [k for k in kept if k is not slot]
                break
    return kept


def _is_plain_price(slot: Slot) -> bool:
    """A single price shown bare: not captioned ("Originally: £100.00"), struck or a saving."""
    if slot.kind != "text" or slot.many or slot.label or other_price_name(slot) is not None:
        return False
    return values.share([values.is_price(v) for v in slot.first_values()]) >= PRICE_SHARE


def _tag(step: str) -> str:
    return re.split(r"[.\[{%~*]", step, maxsplit=1)[0]


def useful_alt_texts(slots: list[Slot]) -> list[Slot]:
    """``slots`` without the alt texts that only repeat their record's text ("Acme logo" beside
    "Acme", a product photo's alt equal to its name) or caption a row of pictures. A logo kept
    inside a brand link (``a.item-brand``, ``/Acme/BrandStore/``) carries the name brand."""
    texts = [s for s in slots if s.kind in ("text", "title")]
    # A row of avatars ("Built by @ana @ben") captions pictures of people, not the record; a stack
    # whose tooltip or links say who the people are to it ("Assigned to @ana") lists them.
    people = {id(s) for s in slots if is_people_list(s)}
    # A photo's alt holding the whole name a card cuts short ("Pleated linen summer skirt wi...") is kept.
    whole = {id(s) for s in slots if any(completes_cut_texts(s, t) for t in texts)}
    kept = [s for s in slots if s.kind != "alt" or id(s) in people | whole or not (s.many or _repeats_text(s, texts))]
    return [_named(s, id(s) in people) for s in kept]


def _named(slot: Slot, people: bool) -> Slot:
    """A brand's logo named brand; a people list named by its stack's caption ("assigned_to")."""
    if people and not slot.part_name and (caption := people_caption(slot)):
        return replace(slot, part_name=re.sub(r"\W+", "_", caption).strip("_"), strip_label=_handle_mark(slot))
    if people:
        return replace(slot, strip_label=_handle_mark(slot))
    return replace(slot, part_name="brand") if slot.kind == "alt" and _in_brand_wrapper(slot) else slot


def _handle_mark(slot: Slot) -> str | None:
    """ "@" before every login ("@ana"): a mark of the handle, not part of the name."""
    return "@" if all(o.value.strip().startswith("@") for f in slot.per_record.values() for o in f) else None


def _in_brand_wrapper(alt: Slot) -> bool:
    """Whether the picture, or a wrapper holding only it, says brand by its class or its link."""
    element = alt.sample_element()
    marks = [element]
    for ancestor in list(element.iterancestors())[:PICTURE_WRAPPER_DEPTH]:
        if full_text(ancestor):
            break
        marks.append(ancestor)
    for mark in marks:
        said = " ".join([*class_tokens(mark), urlsplit((mark.get("href") or "").strip()).path])
        if _BRAND.search(said):
            return True
    return False


def _repeats_text(alt: Slot, texts: list[Slot]) -> bool:
    repeated = 0
    for number, occurrences in alt.per_record.items():
        caption = occurrences[0].value.casefold()
        others = [o.value.casefold() for t in texts for o in t.per_record.get(number, [])]
        if any(other and _repeats(caption, other) for other in others):
            repeated += 1
    return repeated >= REPEATED_ALT_SHARE * len(alt.per_record)


def _repeats(caption: str, other: str) -> bool:
    """Whether a caption says again what ``other`` says: the text is inside it ("acme logo" and
    "acme"), or it is most of the text (a photo's alt, the title shortened). A short word inside a
    longer text ("msi" in "msi ventus geforce rtx 4070") is a value of its own: the brand."""
    if other in caption:
        return True
    return caption in other and len(caption) > REPEAT_COVER_SHARE * len(other)
