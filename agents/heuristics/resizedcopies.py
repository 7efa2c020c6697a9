"""One picture at two sizes: a card drawn for phones and again for wide screens.

Event and shop cards often carry the same picture twice, ``…/original.jpg?w=200`` in the phone
layout and ``…/original.jpg?w=512`` in the desktop one, served by an image CDN that resizes by
its query, or under a folder naming the size (``…/sm/tea.webp``, ``…/md/tea.webp``). Both
addresses name one file; only the size asked for differs, so the second column is the first again.
Two pictures of one record served by the same script (``/img.php?id=1`` and ``/img.php?id=2``)
differ in what they show, not in size, and stay two.
"""

from __future__ import annotations

import re
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
#: A folder naming a rendition's size: "sm", "large", "thumb", "300x300", "w_640".
_SIZE_FOLDER = re.compile(
    r"^(?:x{0,2}[sl]|sm|md|m|lg|small|medium|large|big|mini|thumbs?|thumbnails?|full|orig(?:inal)?|zoom|preview"
    r"|\d{2,4}x\d{2,4}|[wh]_?\d{2,4})$",
    re.IGNORECASE,
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
    """The same host and path, or the same file under folders differing only in its size, the
    queries differing only in rendition parameters."""
    first, second = urlsplit(a), urlsplit(b)
    if (first.netloc, first.path) != (second.netloc, second.path) and not _sized_folders(first.path, second.path):
        return False
    return _identity(first.query) == _identity(second.query)


def _sized_folders(first: str, second: str) -> bool:
    """``/product/1182/sm/tea.webp`` and ``/product/1182/md/tea.webp``: one file name, the folders
    differing only where they name a size (the host may differ: a CDN serves the larger one)."""
    mine, theirs = first.split("/"), second.split("/")
    if len(mine) != len(theirs) or mine[-1] != theirs[-1] or "." not in mine[-1]:
        return False
    differing = [(m, t) for m, t in zip(mine[:-1], theirs[:-1], strict=True) if m != t]
    return bool(differing) and all(_SIZE_FOLDER.match(m) and _SIZE_FOLDER.match(t) for m, t in differing)


def _identity(query: str) -> set[tuple[str, str]]:
    """The query parameters saying which picture, not at which size."""
    return {(k, v) for k, v in parse_qsl(query) if k.lower() not in _RENDITION_KEYS}
