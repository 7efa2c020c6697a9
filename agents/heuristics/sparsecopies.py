"""A field holding, on the few records that have it, exactly what another field holds there.

A forum row shows its author as a picture on some rows and as a letter avatar on the others, both
titled with the name: the picture's alt names the author only where there is a picture, the
letter's title names them everywhere. The sparser field repeats the fuller one and says nothing
else; ``dedupe`` keeps the fuller one. Two values agreeing by chance (an edited date matching the
posted one) are told apart by the records where they differ.
"""

from __future__ import annotations

from pipeline.core.normalize import Value

#: Records on which the sparse field must agree before it counts as a copy: one is a coincidence.
MIN_AGREEING = 2


def is_sparse_copy(mine: list[Value], theirs: list[Value]) -> bool:
    """Whether ``mine`` (per record) holds text only where ``theirs`` holds the same text, and
    ``theirs`` holds a value on more records."""
    held = [(a, b) for a, b in zip(mine, theirs, strict=True) if a is not None]
    if len(held) < MIN_AGREEING or any(not isinstance(a, str) or a != b for a, b in held):
        return False
    return sum(1 for b in theirs if b is not None) > len(held)
