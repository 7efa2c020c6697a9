"""Values after a caption only screen readers hear, read as their wrapper's text.

``<span class="reducedPrice"><span class="visuallyHidden">Now</span> £12.60</span>``: the price is
the bare text after a hidden word, so it is found as a ``tail`` slot of the hidden span. What the
engine reads of the wrapper is the same price (it leaves screen-reader words out), and the wrapper
is an element of its own, which a selector can join to the price of a card not on sale; a tail
reading cannot be joined to a text reading in one field. Where the engine still reads the caption,
the wrapper reads "Now £12.60" and the caption is stripped as a label.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.slots import Slot
from agents.heuristics.textowner import is_noise
from agents.heuristics.wrapperreads import read_at_wrappers, wrapper_reads
from pipeline.core.cleantext import clean_text
from pipeline.core.extract import element_text

#: A caption before a value: a word or three ("Now", "Was", "Sale price").
_CAPTION_WORDS = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+){0,2}$")


def wrapper_read_tails(slots: list[Slot]) -> list[Slot]:
    """``slots`` with each tail after a caption for screen readers turned into its wrapper's text,
    when the wrapper reads as that value (or the caption then the value) in every record and no
    other slot is already at the wrapper."""
    rewritten = wrapper_reads(slots, _as_wrapper_text)
    return [rewritten.get(id(s), s) for s in slots]


def _as_wrapper_text(slot: Slot) -> Slot | None:
    if slot.kind != "tail" or slot.many or len(slot.key) < 2 or not slot.per_record:
        return None
    wrappers: list[HtmlElement] = []
    captions: set[str] = set()
    for occurrences in slot.per_record.values():
        read = _wrapper_reading(occurrences[0].element, occurrences[0].value)
        if read is None:
            return None
        wrappers.append(read[0])
        captions.add(read[1])
    if len(captions) > 1:
        return None  # "Now" here, "From" there: no one caption to strip
    return replace(read_at_wrappers(slot, wrappers), strip_label=captions.pop() or None)


def _wrapper_reading(caption: HtmlElement, value: str) -> tuple[HtmlElement, str] | None:
    """The parent of a word ``caption`` when the engine reads it as ``value`` alone (the caption
    hidden), or as the caption then ``value``; with the caption it reads ("" when none)."""
    wrapper = caption.getparent()
    words = full_text(caption)
    if wrapper is None or not _CAPTION_WORDS.match(words) or not is_noise(caption):
        return None
    read, wanted = element_text(wrapper), clean_text(value)
    if read == wanted:
        return wrapper, ""
    return (wrapper, words) if read == f"{words} {wanted}" else None
