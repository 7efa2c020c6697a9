"""Fields that say another field's value again in another shape: a class word, or its pieces.

A flag's text ("Price reduced", "New - 5 hours ago") is often marked in its class as well
(``flag flag--reduced``): the modifier is one word of the text on every card, the same fact read
twice. The text is what a reader sees; the class word goes.

A quantity with a unit that varies ("1.51 acre lot", "6,534 sqft lot") may be read whole (a
screen-reader copy) and again as its two shown pieces, the number and the unit label. The pieces
put together are the whole on every card, and the number alone loses its unit: the pieces go.
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.fieldnames import FieldDraft
from pipeline.core.normalize import Value, normalize_value

#: A restatement is told on this many records at least: two could agree by chance.
MIN_RECORDS = 3
#: Share of the records holding the restating field on which it agrees with the other.
SAME_SHARE = 0.9
#: Numbers this close are the same quantity.
NUMBER_TOLERANCE = 0.005
_WORD = re.compile(r"[^\W_]+")


def restates_by_class(draft: FieldDraft, other: FieldDraft, mine: list[Value], theirs: list[Value]) -> bool:
    """Whether ``draft`` reads a class word that is, on nearly every record holding it, one word of
    ``other``'s shown text on the same record (``flag--reduced`` beside "Price reduced")."""
    if draft.spec.attribute != "class" or other.spec.attribute == "class" or other.spec.type in ("url", "image"):
        return False
    held = [(a, b) for a, b in zip(mine, theirs, strict=True) if a is not None]
    if len(held) < MIN_RECORDS:
        return False
    said = sum(1 for a, b in held if isinstance(a, str) and isinstance(b, str) and _is_word_of(a, b))
    return said >= SAME_SHARE * len(held)


def _is_word_of(word: str, text: str) -> bool:
    words = _WORD.findall(word.casefold())
    return len(words) == 1 and not values.is_address(text) and words[0] in _WORD.findall(text.casefold())


def unit_pieces(drafts: list[FieldDraft], shown: dict[int, list[Value]]) -> set[int]:
    """Ids of the drafts that are a number and its unit label read apart from a field holding them
    whole: on nearly every record where either piece shows, the whole is the number followed by
    the label, and the label is not the same everywhere (else the number, named by it, is the
    better read)."""
    pieces: set[int] = set()
    numbers = [d for d in drafts if d.spec.type == "number"]
    labels = [d for d in drafts if d.spec.type == "text" and not d.spec.attribute]
    for number in numbers:
        for label in labels:
            units = {u for u in shown[id(label)] if isinstance(u, str)}
            if len(units) < 2:
                continue
            for whole in drafts:
                if whole is number or whole is label or whole.spec.type in ("url", "image"):
                    continue
                if _made_of(shown[id(whole)], shown[id(number)], shown[id(label)]):
                    pieces.update((id(number), id(label)))
    return pieces


def _made_of(wholes: list[Value], numbers: list[Value], labels: list[Value]) -> bool:
    held = [(w, n, u) for w, n, u in zip(wholes, numbers, labels, strict=True) if n is not None or u is not None]
    if len(held) < MIN_RECORDS:
        return False
    made = sum(1 for w, n, u in held if _number_then_unit(w, n, u))
    return made >= SAME_SHARE * len(held)


def _number_then_unit(whole: Value, number: Value, unit: Value) -> bool:
    """ "1.51 acre lot" is 1.51 then "acre lot"."""
    if not isinstance(whole, str) or not isinstance(unit, str) or not isinstance(number, int | float):
        return False
    text, unit = " ".join(whole.split()), " ".join(unit.split())
    if not unit or not text.casefold().endswith(unit.casefold()) or len(text) == len(unit):
        return False
    head = text[: len(text) - len(unit)].strip()
    if not head or not head[0].isdigit():
        return False
    read = normalize_value("number", head, base_url="")
    return isinstance(read, int | float) and abs(read - number) <= NUMBER_TOLERANCE * max(abs(number), 1.0)
