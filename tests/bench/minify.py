"""A copy of a corpus site with the whitespace between tags removed (``--minify``).

The corpus pages are written indented, one tag a line; pages rendered by React, Vue or Next on a
server, and pages run through an HTML minifier, have no whitespace between tags at all:
``<span>4.8</span><span>(1,203)</span>``. Serving each site once more that way measures how much of
the Scout's result rests on the line breaks of hand-written markup: where two texts were separate
lines they now touch, unless the Scout reads them as the separate elements they are. The texts of
``pre``, ``textarea``, ``script`` and ``style`` elements are kept as they are; the figure is a
stress test, not a corpus of its own.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from tests.bench.classhash import KEPT_SUFFIXES, read_page

#: An element whose text keeps its whitespace (copied whole), or whitespace alone between two tags.
_KEPT_ELEMENT_OR_GAP = re.compile(
    r"(<(pre|textarea|script|style)\b.*?</\2\s*>)|(?<=>)\s+(?=<)", re.DOTALL | re.IGNORECASE
)


def minified(markup: str) -> str:
    """``markup`` with the whitespace-only text between two tags removed, outside kept elements."""
    return _KEPT_ELEMENT_OR_GAP.sub(lambda match: match.group(1) or "", markup)


def minified_copy(root: Path, into: Path) -> Path:
    """Copy the site at ``root`` into ``into`` (unless it is already there) with its pages minified."""
    if not into.exists():
        shutil.copytree(root, into)
    for path in into.rglob("*"):
        if not path.is_file() or path.name.lower().endswith(KEPT_SUFFIXES) or ".json?" in path.name:
            continue
        text, encoding = read_page(path)
        changed = minified(text)
        if changed != text:
            path.write_text(changed, encoding=encoding)
    return into
