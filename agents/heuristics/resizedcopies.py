"""One picture at two sizes: a card drawn for phones and again for wide screens.

Event and shop cards often carry the same picture twice, ``…/original.jpg?w=200`` in the phone
layout and ``…/original.jpg?w=512`` in the desktop one, served by an image CDN that resizes by
its query. Both addresses name one file; only the size asked for differs, so the second column is
the first again. Two pictures of one record served by the same script (``/img.php?id=1`` and
``/img.php?id=2``) differ in what they show, not in size, and stay two.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from agents.heuristics import values
from pipeline.core.normalize import Value

#: Query parameters an image CDN reads as the rendition asked for: size, density, crop, quality,
#: format (imgix, Cloudinary's fetch API, Shopify, Next.js image, WordPress Photon, Contentful).
_RENDITION_KEYS = frozenset(
    {
        "w",
        "h",
        "width",
        "height",
        "size",
        "dpr",
        "q",
        "quality",
        "fit",
        "crop",
        "resize",
        "format",
        "fm",
        "auto",
        "sharp",
        "scale",
        "ar",
    }
)
#: Records on which the two must name one file: two could by chance.
MIN_RECORDS = 3
#: Share of the records holding both pictures on which they are one file at two sizes.
SAME_SHARE = 0.9


def are_resized_copies(mine: list[Value], theirs: list[Value]) -> bool:
    """Whether ``mine`` and ``theirs`` (per record) name one picture file on nearly every record
    holding both, asking for it at another size at least once."""
    pairs = [(a, b) for a, b in zip(mine, theirs, strict=True) if _is_address(a) and _is_address(b)]
    if len(pairs) < MIN_RECORDS:
        return False
    same = [_same_file(str(a), str(b)) for a, b in pairs]
    resized = any(a != b for a, b in pairs)
    return resized and sum(same) >= SAME_SHARE * len(pairs)


def _is_address(value: Value) -> bool:
    return isinstance(value, str) and values.is_address(value)


def _same_file(a: str, b: str) -> bool:
    """The same host and path, the queries differing only in rendition parameters."""
    first, second = urlsplit(a), urlsplit(b)
    if (first.netloc, first.path) != (second.netloc, second.path):
        return False
    return _identity(first.query) == _identity(second.query)


def _identity(query: str) -> set[tuple[str, str]]:
    """The query parameters saying which picture, not at which size."""
    return {(k, v) for k, v in parse_qsl(query) if k.lower() not in _RENDITION_KEYS}
