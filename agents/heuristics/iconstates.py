"""What one icon of a rating row says: full, half or empty, by its class words.

``icon-star``, ``star-half``, ``star-empty``: the state is a word of the class. Font Awesome
names its outline style ``regular`` (``far`` in version 5) and its filled style ``solid``
(``fas``), so ``fa-regular fa-star`` is an empty star and ``fa-solid fa-star`` a full one. A
star drawn in stacked layers (``<span class="fa-stack">`` holding a solid star over an outline
one, or the outline alone) is one icon: full when any layer is, else half, else empty.
"""

from __future__ import annotations

import re
from itertools import islice

from agents.heuristics.dom import HtmlElement, child_elements
from pipeline.core.drawnvalues import class_words

#: Texts of an icon looked at for a word (a star glyph is no word).
MAX_ICON_TEXTS = 4
#: Layers of one stacked icon: Font Awesome stacks two, rarely three.
MAX_LAYERS = 3
#: Words saying a picture is a rating: class words, aria-label, title.
STARRY = re.compile(r"star|rating|rated", re.I)
_HALF = re.compile(r"(?:^|[-_])half(?:$|[-_])", re.I)
_EMPTY = re.compile(r"(?:^|[-_])(?:empty|off|o|outline|outlined|blank|unfilled|inactive|none|zero|regular|far)$", re.I)
_FULL = re.compile(r"(?:^|[-_])(?:full|filled|fill|on|active|checked|selected|solid|fas)$", re.I)
#: Characters an icon may hold as its text: a star glyph, never a word or a number.
_WORDY = re.compile(r"[^\W_]")
_RANK = {"empty": 0, "half": 1, "full": 2}


def icon_state(words: set[str]) -> str | None:
    """full, half or empty, by an icon's class words; None for an element saying no state."""
    if any(_HALF.search(w) for w in words):
        return "half"
    if any(_EMPTY.search(w) for w in words):
        return "empty"
    if any(_FULL.search(w) or STARRY.search(w) for w in words):
        return "full"
    return None


def is_icon(element: HtmlElement) -> bool:
    """A state-marked element showing no word (its first few texts looked at: a card is no icon)."""
    if icon_state(class_words(element)) is None:
        return False
    return not any(_WORDY.search(text[:40]) for text in islice(element.itertext(), MAX_ICON_TEXTS))


def stack_layers(element: HtmlElement) -> list[HtmlElement] | None:
    """The layers of a stacked icon: an element saying no state of its own whose children, one to
    ``MAX_LAYERS``, are all icons; None for anything else."""
    if icon_state(class_words(element)) is not None:
        return None
    layers = child_elements(element)
    if not 0 < len(layers) <= MAX_LAYERS or (element.text or "").strip():
        return None
    if any((layer.tail or "").strip() or not is_icon(layer) for layer in layers):
        return None
    return layers


def element_state(element: HtmlElement) -> str | None:
    """An icon's state, or a stacked icon's: its fullest layer's."""
    layers = stack_layers(element)
    if layers is None:
        return icon_state(class_words(element))
    return max((icon_state(class_words(layer)) or "empty" for layer in layers), key=_RANK.__getitem__)


def shows_icon(element: HtmlElement) -> bool:
    """An icon, or a stack of icon layers."""
    return is_icon(element) or stack_layers(element) is not None


def drawn_parts(element: HtmlElement) -> list[HtmlElement]:
    """The elements the engine counts for one icon: the icon itself, or a stack's layers (a solid
    layer counts 1, the outline under it 0)."""
    return stack_layers(element) or [element]
