"""A rating coded in a class beside the score the card writes: the written score is the rating.

``<span class="note">4,6</span><span class="note-max">/5</span><span class="stars stars-9"></span>``:
the class draws the stars, on a scale the page never says (``stars-9`` is nine half stars, 4.5 of
5, on PagesJaunes; ``rating-8`` is eight of ten elsewhere). Where the records write their score,
that is what a person copies; the class is the picture of it, and read alone it may misstate
the scale. It is kept only where no score is written.
"""

from __future__ import annotations

from agents.heuristics.phrases import are_scores
from agents.heuristics.slots import Slot

#: Share of the class-coded records that must write a score for the class to be a copy of it.
SCORED_SHARE = 0.8


def without_class_ratings_beside_scores(slots: list[Slot]) -> list[Slot]:
    """``slots`` less the class-coded ratings of records that write their score as text."""
    scores = [s for s in slots if s.kind == "text" and not s.many and are_scores(s.first_values())]
    if not scores:
        return slots
    return [s for s in slots if s.kind != "class" or not _written(s, scores)]


def _written(coded: Slot, scores: list[Slot]) -> bool:
    """Whether most records with a class-coded rating write a score too."""
    shown = set(coded.per_record)
    return any(len(shown & set(s.per_record)) >= SCORED_SHARE * len(shown) for s in scores)
