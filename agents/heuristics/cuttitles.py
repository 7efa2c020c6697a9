"""A title the card cuts short, and the picture whose alt says it whole.

Shop themes cut a long product name to fit the card ("Pleated linen summer skirt wi...") while the
product photo's ``alt`` keeps the whole name. Where every record's alt is its visible title, or
the longer text that title was cut from, the alt is the title to read.
"""

from __future__ import annotations

from agents.heuristics.slots import Slot

#: The marks a cut text ends with.
_ELLIPSES = ("...", "…")


def cut_stem(text: str) -> str | None:
    """What is left of a text cut with an ellipsis ("Pleated linen summer skirt wi"), or None."""
    shown = text.strip()
    for mark in _ELLIPSES:
        if shown.endswith(mark):
            return shown[: -len(mark)].rstrip() or None
    return None


def completes_cut_texts(alt: Slot, text: Slot) -> bool:
    """Whether ``alt`` is an image alt in every record of ``text``, equal to it or, where the text
    is cut with an ellipsis, the longer text starting with what is left of it; one cut at least."""
    if alt.kind != "alt" or alt.many or text.many or not set(text.per_record) <= set(alt.per_record):
        return False
    cut = 0
    for number, found in text.per_record.items():
        shown, whole = found[0].value.strip(), alt.per_record[number][0].value.strip()
        if shown.casefold() == whole.casefold():
            continue
        stem = cut_stem(shown)
        if stem is None or len(whole) <= len(stem) or not whole.casefold().startswith(stem.casefold()):
            return False
        cut += 1
    return cut > 0
