"""A copy of a corpus site with every class name replaced by a build hash (``--hash-classes``).

Sites built with CSS modules, styled-components or utility frameworks name nothing in their
classes. Serving each site once more with its class names hashed (consistently, so a class is the
same hash on every page, as a build would do) measures how much of the Scout's result rests on
class words rather than on structure, values and text. Scripts and style sheets are copied as
they are, so a script that finds its button by class no longer finds it in the copy; the figure
is a stress test, not a corpus of its own.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

#: ``class="…"``, ``class='…'`` or ``class=…`` in markup (a JSON string's escaped ``class=\"…\"``
#: is left alone).
_CLASS_ATTRIBUTE = re.compile(r"(\sclass\s*=\s*)(?:([\"'])(.*?)\2|([^\s\"'>\\]+))", re.DOTALL | re.IGNORECASE)
#: Files copied unchanged: scripts, style sheets, JSON answers and pictures.
KEPT_SUFFIXES = (".js", ".css", ".json", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".ico")


def hashed_class(name: str) -> str:
    """``product-title`` → ``css-3f9a1c07d2``: the same hash for the same name, on every page."""
    return "css-" + hashlib.sha1(name.encode()).hexdigest()[:10]


def hashed_copy(root: Path, into: Path) -> Path:
    """Copy the site at ``root`` into ``into`` with the class names of its pages hashed."""
    shutil.copytree(root, into)
    for path in into.rglob("*"):
        if not path.is_file() or path.name.lower().endswith(KEPT_SUFFIXES) or ".json?" in path.name:
            continue
        text, encoding = read_page(path)
        hashed = _CLASS_ATTRIBUTE.sub(_hashed_attribute, text)
        if hashed != text:
            path.write_text(hashed, encoding=encoding)
    return into


def read_page(path: Path) -> tuple[str, str]:
    """The text of a page and the encoding to write it back in."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"  # a legacy page: its bytes round-trip as they are


def _hashed_attribute(match: re.Match[str]) -> str:
    quote = match.group(2) or ""
    names = match.group(3) if match.group(2) else match.group(4)
    return match.group(1) + quote + " ".join(hashed_class(c) for c in names.split()) + quote
