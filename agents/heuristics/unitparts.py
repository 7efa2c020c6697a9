"""Numbers with different units side by side: two facts, never one range.

"3 pièces · 68 m²", "3 Zimmer · 68 m²", "2 bd · 1 ba · 850 sqft": each part is a count of its own
unit, so the text is cut into one value per unit (``compound``). A range repeats its unit or
writes it once at the end ("3 – 5 km"), so parts sharing a unit are left whole.

A unit price ("15,80 € / 100 g", "£1.20 / 1 kg", as EU and UK law has shops print it) is a price
and the quantity it is given for: that quantity is read with its unit word ("100 g", "1 l"), a
text, since the number alone ("100") says neither grams nor litres.
"""

from __future__ import annotations

import re
from itertools import combinations

from agents.heuristics import values

#: Unit words naming the fact they count, in the languages listings are most often written in.
_UNIT_NAMES = {
    "rooms": (
        "pièce",
        "pièces",
        "pce",
        "pces",
        "p",
        "zimmer",
        "zi",
        "room",
        "rooms",
        "rm",
        "habitaciones",
        "hab",
        "kamers",
        "stanze",
        "locali",
        "quartos",
        "cuartos",
    ),
    "bedrooms": ("bd", "bds", "bed", "beds", "bedroom", "bedrooms", "br", "chambre", "chambres", "schlafzimmer"),
    "bathrooms": ("ba", "bath", "baths", "bathroom", "bathrooms", "sdb", "bad", "bäder"),
    "size": ("m²", "m2", "qm", "sqm", "sqft", "ft²", "ft2", "acres", "acre", "ha"),
}
_NAME_OF_UNIT = {unit: name for name, units in _UNIT_NAMES.items() for unit in units}


def unit_word_name(word: str) -> str | None:
    """The field a unit word counts ("bed" → bedrooms, "m²" → size), if it is one."""
    return _NAME_OF_UNIT.get(word.casefold())


#: The field of the quantity a unit price is given for, kept as written.
BASE_QUANTITY_NAME = "unit"
#: A quantity: a number and its unit word ("100 g", "1 l", "100ml", "1 Stück").
_QUANTITY = re.compile(r"^\d+(?:[.,]\d+)?\s?[^\W\d_]{1,12}\.?$")


#: A rounded count and its unit word: "1.2k views", "3.4M downloads".
_COMPACT_UNIT = re.compile(r"^\d+(?:[.,]\d+)?\s?[kKmMbB]\s+([^\W\d_]{2,14})$")


def _compact_unit(text: str) -> str | None:
    """The unit word of a rounded count ("1.2k views" → views), or None."""
    match = _COMPACT_UNIT.match(text.strip())
    return match.group(1).lower() if match else None


def _units(column: list[str]) -> frozenset[str] | None:
    """The unit words of one part's values (a plural folded to its singular), or None where a
    value is no number with a unit."""
    found = set()
    for text in column:
        unit = values.unit_of(text) if values.is_number(text) else _compact_unit(text)
        if unit is None:
            return None
        found.add(unit.removesuffix("s") if len(unit) > 2 else unit)
    return frozenset(found)


def are_distinct_measures(columns: list[list[str]]) -> bool:
    """Each part a number with a unit word, and no unit shared by two parts: "3 pièces" · "68 m²"."""
    units = [_units(column) for column in columns]
    if len(units) < 2 or any(u is None for u in units):
        return False
    return all(not (a & b) for a, b in combinations([u for u in units if u is not None], 2))


def measure_name(column: list[str]) -> str | None:
    """The field a part's unit names ("pièces" → rooms, "m²" → size), if all its values agree."""
    names = {_NAME_OF_UNIT.get(unit) for text in column if (unit := values.unit_of(text))}
    return names.pop() if len(names) == 1 else None


def are_base_quantities(prices: list[str], column: list[str]) -> bool:
    """Whether ``column`` holds, after a slash, the quantity each price of ``prices`` is given
    for: "15,80 €" / "100 g" (a unit price), not "139 cm" / "55 Zoll" (one measure twice)."""
    return all(values.is_price(p) for p in prices) and all(_QUANTITY.match(t.strip()) for t in column)
