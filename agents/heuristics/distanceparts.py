"""A place with its distance beside words: "渋谷駅 392m / ラーメン、つけ麺", "Downtown 1.2 mi · Thai".

Restaurant guides and local directories head a card with the nearest station or area and how far
it is, then the cuisine, in one text. Both parts are words, so ``compound`` would keep them
whole as one kind of value; yet the first always ends in a distance and the second holds no
figure at all, which no single value does from record to record: they are two facts.
"""

from __future__ import annotations

import re

#: Words ending in a distance: "渋谷駅 392m", "Shibuya Station 1.2 km", "Mission 0.3 mi".
_PLACED = re.compile(
    r"^(?=.*[^\W\d_]).*?[^\W\d_][^\d]*?\s?\d+(?:[.,]\d+)?\s?(?:m|km|mi|ft|yd|miles?|meters?|metres?)\.?$",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d")


def is_placed(text: str) -> bool:
    """Whether ``text`` is words ending in a distance ("渋谷駅 392m")."""
    return bool(_PLACED.match(text.strip()))


def are_place_and_words(columns: list[list[str]]) -> bool:
    """Whether the parts of a cut text are a place with its distance and words without figures:
    one part placed in every record, each other part free of figures in every record."""
    placed = [all(is_placed(t) for t in column) for column in columns]
    if placed.count(True) != 1:
        return False
    return all(not any(_FIGURE.search(t) for t in column) for column, p in zip(columns, placed, strict=True) if not p)
