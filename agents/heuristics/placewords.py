"""Plain words told apart by their place alone: each place of a row keeps a small set of its own.

A card's row "Oak", "Matte", "Large" (a wood, a finish, a size no vocabulary of ``factwords``
knows) is still a row of facts when every place repeats words of its own across the records and no
word turns up at two places: place one always one of {Oak, Ash, Walnut}, place two one of {Matte,
Gloss}. Tags are not: a varying number of words from one shared pool ("python, django, remote"),
so a row cut short at its end (``bug`` and ``bug, cli``), a place whose words hardly repeat, or a
list its classes call tags, genres or topics stays one list.

Each such place is named by what marks it in the markup, when anything does: a ``title``,
``aria-label`` or ``data-label`` its items share, or a class token of its own (``spec-fuel``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import islice

from agents.heuristics.classtokens import class_tokens, semantic_classes
from agents.heuristics.dom import HtmlElement
from agents.heuristics.names import slugify

#: Records whose rows show every place, needed before the places' sets say anything.
MIN_FULL_RUNS = 4
#: Share of a place's items that may be distinct words: above it, names (a town), not a set.
MAX_DISTINCT_SHARE = 0.7
#: Ancestors of an item looked at for a class calling the row a tag list.
TAG_DEPTH = 3
#: Attributes whose value may caption a place's items.
LABEL_ATTRIBUTES = ("title", "aria-label", "data-label", "data-title", "data-name")
#: Words of classes that call a row a list of tags rather than a row of facts.
_TAG_WORDS = re.compile(
    r"(?:^|[-_\s])(?:(?:hash)?tags?|tag-?list|categor(?:y|ies)|genres?|topics?|keywords?|labels?|skills?|"
    r"subjects?)(?:$|[-_\s])",
    re.IGNORECASE,
)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def names_by_place(
    names: list[str | None],
    tokens: Sequence[Sequence[str]],
    places: Sequence[Sequence[int]],
    columns: Sequence[Sequence[HtmlElement]],
    runs: Sequence[Sequence[HtmlElement]],
) -> list[str | None] | None:
    """``names`` of a row of plain words, the unnamed places named by their markup (``place_labels``)
    where each place keeps a set of words of its own; None for tags, labels or features."""
    if not own_word_sets(tokens, places) or called_tags(runs):
        return None
    return [name or label for name, label in zip(names, place_labels(columns), strict=True)]


def own_word_sets(tokens: Sequence[Sequence[str]], places: Sequence[Sequence[int]]) -> bool:
    """Whether item tokens (``factlists._token``) placed at ``places`` make a row whose places each
    keep a small set of words of their own: every place repeats words across the full rows, and a
    shorter row holds words seen in full rows only, not always cut at its end (a varying count)."""
    width = 1 + max(p for run in places for p in run)
    full = [run for run in tokens if len(run) == width]
    if len(full) < MIN_FULL_RUNS:
        return False
    for place in range(width):
        column = [run[place] for run in full]
        if len(set(column)) > MAX_DISTINCT_SHARE * len(column):
            return False
    known = {token for run in full for token in run}
    short = [(run, placed) for run, placed in zip(tokens, places, strict=True) if len(run) < width]
    if any(token not in known for run, _ in short for token in run):
        return False
    # "bug", then "bug, cli": a count that varies, not a place missing
    return not short or not all(list(placed) == list(range(len(placed))) for _, placed in short)


def called_tags(runs: Sequence[Sequence[HtmlElement]]) -> bool:
    """Whether a class of the items or of their wrappers calls them tags, genres, topics …"""
    for run in runs[:3]:
        for item in run[:2]:
            for element in [item, *islice(item.iterancestors(), TAG_DEPTH)]:
                if _TAG_WORDS.search(" ".join(_CAMEL.sub("-", t) for t in class_tokens(element))):
                    return True
    return False


def place_labels(columns: Sequence[Sequence[HtmlElement]]) -> list[str | None]:
    """A name for each place from what its items carry and no other place's do: a shared caption
    attribute or a class token of its own (``spec-fuel`` beside ``spec-gear``: "fuel"), as ``slugify``
    writes it ("Größe" → grosse); None where nothing marks it."""
    captions = [_shared(column, _captions) for column in columns]
    classes = [_shared(column, _classes) for column in columns]
    names: list[str | None] = []
    for place in range(len(columns)):
        others = set().union(*(captions[i] | classes[i] for i in range(len(columns)) if i != place))
        own = sorted(captions[place] - others) or _trimmed(sorted(classes[place] - others), classes, place)
        names.append((slugify(own[0]) or None) if own else None)
    return names


def _shared(column: Sequence[HtmlElement], marks: Callable[[HtmlElement], set[str]]) -> set[str]:
    """The marks every item of a place carries."""
    found = [marks(e) for e in column]
    return set.intersection(*found) if found else set()


def _captions(element: HtmlElement) -> set[str]:
    chain = [element, *islice(element.iterancestors(), 1)]
    return {f"@{v}" for e in chain for a in LABEL_ATTRIBUTES if (v := " ".join((e.get(a) or "").split()))}


def _classes(element: HtmlElement) -> set[str]:
    chain = [element, *islice(element.iterancestors(), 1)]
    return {f".{t}" for e in chain for t in semantic_classes(e)}


def _trimmed(own: list[str], classes: list[set[str]], place: int) -> list[str]:
    """``own`` class marks without the stem the places' classes share ("spec-fuel" → "fuel")."""
    other = [c for i, marks in enumerate(classes) if i != place for c in marks]
    out = []
    for mark in own:
        stem = max((_common_stem(mark, o) for o in other), key=len, default="")
        out.append("." + mark[len(stem) :] if stem and len(mark) > len(stem) else mark)
    return out


def _common_stem(one: str, two: str) -> str:
    """The shared start of two class marks up to a separator (".spec-" of ".spec-fuel", ".spec-gear")."""
    cut = 0
    for index, (a, b) in enumerate(zip(one, two, strict=False)):
        if a != b:
            break
        if a in "-_":
            cut = index + 1
    return one[:cut] if cut > 1 else ""
