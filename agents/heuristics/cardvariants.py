"""Records drawn in two templates in one list: large featured cards among compact regular ones.

A classifieds list shows its paid ads as large cards (``article.card.card--large``: a photo
carousel, a seller box) among compact regular ones (``article.card``). Both carry a caption at one
place, yet it says two things: "Top" / "Featured" on the large cards, the seller's type ("Private"
/ "Dealer") on the compact ones, whose large twins say it in their seller box instead. One slot by
its place, it holds two fields, told apart by the record's own modifier class: each variant writes
there words of a small vocabulary of its own, never the other's. Such a slot is split by variant,
each part read under its variant's mark (``article.card.card--large span.caption``,
``article.card:not(.card--large) span.caption``), and a part whose words a slot only the other
variant shows writes too (the seller box's type) joins that slot: one field, read in each variant
where that variant puts it.

The variants must be templates, not states: records of one side show a place of their own (a
carousel, a seller box) that the other side's records never have. And the two vocabularies must be
two things, not two sets of one thing's values (a bibliography's conference names on papers, its
journal names on articles): the template marks the slot's element apart in one variant
(``caption--highlighted``), or the other variant writes one side's words at a place of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from agents.heuristics.classtokens import class_tokens, is_hashed, is_utility
from agents.heuristics.dom import HtmlElement, tag_of
from agents.heuristics.slots import Slot

#: Records each variant must count in the sample, and that each side of a split slot must fill.
MIN_VARIANT_RECORDS = 2
#: Words each variant writes at a split slot: a vocabulary, not one badge nor one state's word.
MIN_VOCABULARY = 2
#: ...at most this many: kinds (an ad's rank, a seller's type), not names (venues, towns).
MAX_VOCABULARY = 4
#: Share of a variant's records a place of its own must fill to show its template.
MIN_OWN_PLACE_SHARE = 0.5
#: Share of a joining slot's values that must be words of the part it joins.
MIN_SHARED_WORDS = 0.5
#: A class usable in a selector as written.
_PLAIN_CLASS = re.compile(r"^[A-Za-z_][\w-]*$")


@dataclass(frozen=True)
class Variants:
    """The sampled records carrying one mark class, and the selectors naming each side."""

    marked: frozenset[int]
    inside: str
    outside: str


def record_variants(roots: list[HtmlElement]) -> list[Variants]:
    """The ways a class of the records' own splits them in two, each side of at least
    ``MIN_VARIANT_RECORDS`` records (one per distinct split)."""
    if len({tag_of(r) for r in roots}) != 1 or len(roots) < 2 * MIN_VARIANT_RECORDS:
        return []
    tag = tag_of(roots[0])
    tokens = [set(class_tokens(r)) for r in roots]
    shared = [t for t in class_tokens(roots[0]) if all(t in own for own in tokens) and _usable(t)]
    base = tag + "".join(f".{t}" for t in shared[:1])
    counts = Counter(t for own in tokens for t in own)
    found: dict[frozenset[int], Variants] = {}
    for token in sorted(counts, key=lambda t: (-counts[t], t)):
        marked = frozenset(n for n, own in enumerate(tokens) if token in own)
        if not MIN_VARIANT_RECORDS <= len(marked) <= len(roots) - MIN_VARIANT_RECORDS or not _usable(token):
            continue
        found.setdefault(marked, Variants(marked, f"{base}.{token}", f"{base}:not(.{token})"))
    return list(found.values())


def split_by_variant(slots: list[Slot], roots: list[HtmlElement]) -> list[Slot]:
    """``slots`` with each slot holding two vocabularies, one per template variant, split in two
    scoped parts, and each part joined with the slot of the other variant writing its words."""
    for variants in record_variants(roots):
        if not _two_templates(slots, variants.marked, len(roots)):
            continue
        slots = _split(slots, variants, len(roots))
    return slots


def _usable(token: str) -> bool:
    return bool(_PLAIN_CLASS.match(token)) and not is_hashed(token) and not is_utility(token)


def _two_templates(slots: list[Slot], marked: frozenset[int], records: int) -> bool:
    """Whether one side's records show a place of their own, filled in most of them."""
    sides = (marked, frozenset(range(records)) - marked)
    return any(
        set(slot.per_record) <= side and len(slot.per_record) >= MIN_OWN_PLACE_SHARE * len(side)
        for side in sides
        for slot in slots
    )


def _split(slots: list[Slot], variants: Variants, records: int) -> list[Slot]:
    others = frozenset(range(records)) - variants.marked
    out: list[Slot] = []
    for slot in slots:
        if slot.scope is None and _two_vocabularies(slot, variants.marked, others):
            inside, outside = _part(slot, variants.marked, variants.inside), _part(slot, others, variants.outside)
            if (
                _marks_itself(slot, variants.marked, others)
                or _writer(slots, inside, others) is not None
                or _writer(slots, outside, variants.marked) is not None
            ):
                out.extend((inside, outside))
                continue
        out.append(slot)
    return _joined_with_writers(out, variants.marked, others)


def _two_vocabularies(slot: Slot, marked: frozenset[int], others: frozenset[int]) -> bool:
    """Whether each side fills the slot with a few words that come back, and no side's words
    are the other's."""
    if slot.kind != "text" or slot.many or slot.parts:
        return False
    words = [_words(slot, side) for side in (marked, others)]
    if any(len(w) < MIN_VARIANT_RECORDS for w in words):
        return False
    vocabularies = [set(w) for w in words]
    if vocabularies[0] & vocabularies[1]:
        return False
    return all(
        MIN_VOCABULARY <= len(v) <= min(MAX_VOCABULARY, len(w) / 2) for v, w in zip(vocabularies, words, strict=True)
    )


def _marks_itself(slot: Slot, marked: frozenset[int], others: frozenset[int]) -> bool:
    """Whether the slot's element carries a class on every record of one side and on none of the
    other's: the template draws it as another thing there (``caption--highlighted``)."""
    classes = {n: set(class_tokens(occ[0].element)) for n, occ in slot.per_record.items() if occ}
    for side, rest in ((marked, others), (others, marked)):
        mine = [c for n, c in classes.items() if n in side]
        theirs = set().union(*(c for n, c in classes.items() if n in rest))
        if mine and set.intersection(*mine) - theirs:
            return True
    return False


def _words(slot: Slot, side: frozenset[int]) -> list[str]:
    return [occ[0].value for n, occ in slot.per_record.items() if n in side and occ]


def _part(slot: Slot, side: frozenset[int], scope: str) -> Slot:
    return replace(slot, scope=scope, per_record={n: occ for n, occ in slot.per_record.items() if n in side})


def _joined_with_writers(slots: list[Slot], marked: frozenset[int], others: frozenset[int]) -> list[Slot]:
    """Each scoped part joined with the slot that only the other side shows and that writes the
    part's words (``_writer``)."""
    taken: set[int] = set()
    out: list[Slot] = []
    for slot in slots:
        if slot.scope is None or id(slot) in taken:
            out.append(slot)
            continue
        rest = others if set(slot.per_record) <= marked else marked
        writer = _writer([s for s in slots if id(s) not in taken], slot, rest)
        if writer is None:
            out.append(slot)
            continue
        taken.add(id(writer))
        out.append(replace(slot, scope=None, per_record={**slot.per_record, **writer.per_record}, parts=[slot, writer]))
    return [s for s in out if id(s) not in taken]


def _writer(slots: list[Slot], part: Slot, rest: frozenset[int]) -> Slot | None:
    """The one plain text slot of the other side (``rest``) only, filled in most of its records,
    mostly with ``part``'s words: the place where that side writes them."""
    found = [s for s in slots if _writes(s, part, rest)]
    return found[0] if len(found) == 1 else None


def _writes(candidate: Slot, part: Slot, rest: frozenset[int]) -> bool:
    if candidate.scope is not None or candidate.kind != "text" or candidate.many or candidate.parts:
        return False
    held = set(candidate.per_record)
    if not held <= rest or len(held) < max(MIN_VARIANT_RECORDS, MIN_OWN_PLACE_SHARE * len(rest)):
        return False
    vocabulary = set(part.first_values())
    values = candidate.first_values()
    return sum(v in vocabulary for v in values) >= MIN_SHARED_WORDS * len(values)
