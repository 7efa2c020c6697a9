"""The one picture a ``srcset`` offers best: an image value is one address, never the list.

A lazy picture often keeps its files only in ``data-srcset`` ("a-240.webp 240w, a-1024.webp 1024w"),
so the attribute an image field reads may hold several candidates. Each is an address and a width
(``240w``) or a pixel density (``2x``) descriptor, split as HTML does: an address runs to the next
whitespace (a comma inside it, as in ``w_240,h_240``, is part of it; commas at its end close it), and
its descriptor runs to the next comma. The widest candidate (else the densest, else the first) is the
picture; the caller resolves it against the page, so ``//cdn/a.webp`` takes the page's scheme.
"""

from __future__ import annotations

import re

#: A descriptor: a width ("1024w") or a pixel density ("2x", "1.5x").
_DESCRIPTOR = re.compile(r"^(\d+(?:\.\d+)?)([wx])$")


def candidates(text: str) -> list[tuple[str, str]]:
    """The ``(address, descriptor)`` pairs of a ``srcset`` (the descriptor empty where none is written)."""
    found: list[tuple[str, str]] = []
    pos, end = 0, len(text)
    while pos < end:
        while pos < end and (text[pos].isspace() or text[pos] == ","):
            pos += 1
        start = pos
        while pos < end and not text[pos].isspace():
            pos += 1
        address, descriptor = text[start:pos], ""
        if address.endswith(","):
            address = address.rstrip(",")
        else:
            comma = text.find(",", pos)
            stop = end if comma < 0 else comma
            descriptor, pos = text[pos:stop].strip(), stop + 1
        if address:
            found.append((address, descriptor))
    return found


def best_picture(text: str) -> str:
    """``text`` itself when it is one address; else the best candidate of the ``srcset`` it is."""
    stripped = text.strip()
    if not any(c.isspace() for c in stripped):
        return stripped
    offered = candidates(stripped)
    if not offered or not all(not d or _DESCRIPTOR.match(d) for _a, d in offered):
        return stripped  # words, not a srcset: left to the caller as they are
    return max(offered, key=_size)[0]


def _size(candidate: tuple[str, str]) -> tuple[int, float]:
    """Widths rank above densities, a larger one above a smaller; max() keeps the first of equals."""
    match = _DESCRIPTOR.match(candidate[1])
    if match is None:
        return (0, 0.0)
    return (2 if match.group(2) == "w" else 1, float(match.group(1)))
