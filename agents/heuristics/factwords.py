"""Plain words that say which fact they are: "Diesel" a fuel, "Manual" a gearbox, "Full-time" a contract.

A row of facts shows some of its facts as bare words, without a caption. Where a place of the row
holds words of one of these vocabularies, the vocabulary names it; a word missing from the rows
that show every fact still goes to the place of its vocabulary (``factlists``).
"""

from __future__ import annotations

from collections import Counter

from agents.heuristics import values
from agents.heuristics.detailfacts import fact_name

#: Share of a place's words that must be of one vocabulary for it to name the place.
VOCABULARY_SHARE = 0.8
#: Names ``detailfacts.fact_name`` gives a plain word by what it is (not its shape, not a place).
_SAID_NAMES = frozenset({"employment_type", "workplace"})
#: Plain-word facts a listing shows without a caption, by what they are.
WORD_FACTS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "colour",
        frozenset(
            {"black", "white", "grey", "gray", "silver", "red", "blue", "navy", "green", "yellow", "orange", "pink"}
            | {"purple", "brown", "beige", "gold", "cream", "olive", "teal", "burgundy", "khaki", "charcoal"}
        ),
    ),
    ("fuel", frozenset({"diesel", "petrol", "gasoline", "gas", "electric", "hybrid", "plug-in hybrid", "lpg", "cng"})),
    ("transmission", frozenset({"manual", "automatic", "auto", "semi-automatic", "cvt"})),
    ("difficulty", frozenset({"easy", "medium", "hard", "beginner", "intermediate", "advanced", "difficult"})),
    ("size", frozenset({"xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl", "2xl", "3xl", "one size"})),
    ("level", frozenset({"junior", "mid-level", "mid", "senior", "lead", "principal", "entry level", "staff"})),
    (
        "property_type",
        frozenset({"apartment", "flat", "house", "studio", "villa", "condo", "townhouse", "bungalow", "cottage"})
        | {"loft", "penthouse", "duplex", "maisonette", "detached", "semi-detached", "terraced", "room", "land"},
    ),
    (
        "body_type",
        frozenset({"hatchback", "saloon", "sedan", "estate", "wagon", "suv", "coupe", "coupé", "convertible"})
        | {"cabriolet", "mpv", "minivan", "pickup", "pick-up", "crossover", "roadster", "van"},
    ),
)


def word_fact(word: str) -> str | None:
    """The fact a plain word is ("diesel" → fuel, "part-time" → employment_type), if known."""
    folded = word.casefold()
    if found := next((name for name, words in WORD_FACTS if folded in words), None):
        return found
    said = fact_name(word)
    return said if said in _SAID_NAMES else None


def words_name(texts: list[str]) -> str | None:
    """The fact most of a place's words are, by vocabulary; None where they say nothing."""
    folded = {t.casefold() for t in texts}
    for name, words in WORD_FACTS:
        if values.share([t in words for t in folded]) >= VOCABULARY_SHARE:
            return name
    found = Counter(fact_name(t) for t in texts).most_common(1)[0]
    return found[0] if found[0] != "category" and found[1] >= VOCABULARY_SHARE * len(texts) else None
