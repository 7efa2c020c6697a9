"""A pager link's look in finer shape than ``pagercheck.describe_link``: its text, its picture, its place.

For a link to page 2 that the Scout's tests turn down, this says, with no word of the page named:

* ``text <shape>``: the link's text with letters as ``w`` (a run of them once), digits as ``N`` and signs kept
  (``w w``, ``N``, ``›``, ``w »``);
* ``picture alt=<shape> src=…/<shape>.ext class=<shape>`` for an ``img``/``svg`` in it (letters ``a``, digits ``9``);
* ``in a block of K links, M numbered``: the nearest ancestor holding other links, how many, and how many of those
  say only a number;
* ``page 1's address, one number +1`` (or ``+N``), ``a number added`` or ``another address``.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from tests.bench.iconmarkup import shape

_NUMBER = re.compile(r"\d+")
#: Ancestors looked through for the block holding the link's neighbours.
_MAX_UP = 6


def text_shape(text: str) -> str:
    """Letters as ``w`` (each run of them once), digits as ``N`` (each run once), signs and spaces kept."""
    text = " ".join(text.split())
    return re.sub(r"\d+", "N", re.sub(r"[^\W\d_]+", "w", text))


def link_shape(anchor: HtmlElement, page1: str) -> str:
    """The link's text, picture, place and address against ``page1``, in shape (see the module docstring)."""
    said = [f"text {text_shape(anchor.text_content() or '') or 'empty'}"]
    picture = next((e for e in anchor.iter() if isinstance(e.tag, str) and e.tag in ("img", "svg")), None)
    if picture is not None:
        said.append(_picture(picture))
    said.append(_place(anchor))
    said.append(number_step(page1, urljoin(page1, (anchor.get("href") or "").strip())))
    return ", ".join(said)


def _picture(picture: HtmlElement) -> str:
    parts = [f"picture {picture.tag}"]
    if alt := picture.get("alt"):
        parts.append(f"alt={shape(alt)}")
    elif picture.get("alt") is not None:
        parts.append("alt empty")
    if src := picture.get("src"):
        name = urlsplit(src).path.rsplit("/", 1)[-1]
        stem, dot, ext = name.rpartition(".")
        parts.append(f"src=…/{shape(stem)}.{ext}" if dot else f"src=…/{shape(name)}")
    if classes := " ".join((picture.get("class") or "").split()):
        parts.append(f"class={shape(classes)}")
    if picture.find(".//use") is not None:
        parts.append("use")
    return " ".join(parts)


def _place(anchor: HtmlElement) -> str:
    node = anchor.getparent()
    for _ in range(_MAX_UP):
        if node is None:
            break
        others = [a for a in node.iter("a") if a is not anchor and a.get("href")]
        if others:
            numbered = sum(1 for a in others if re.fullmatch(r"\W*\d+\W*", (a.text_content() or "").strip()))
            return f"in a {node.tag} block of {len(others)} other links, {numbered} numbered"
        node = node.getparent()
    return "alone in its block"


def number_step(page1: str, page2: str) -> str:
    """How ``page2``'s address follows ``page1``'s: one number grown by one (``+1``) or more, a number added, or
    another address."""
    here, there = urlsplit(page1), urlsplit(page2)
    a, b = here.path + "?" + here.query, there.path + "?" + there.query
    if here.netloc != there.netloc:
        return "another host"
    if _NUMBER.sub("N", a) == _NUMBER.sub("N", b):
        steps = [int(y) - int(x) for x, y in zip(_NUMBER.findall(a), _NUMBER.findall(b), strict=True) if x != y]
        if len(steps) == 1:
            return f"page 1's address, one number {steps[0]:+d}"
        return "page 1's address, no number changed" if not steps else f"page 1's address, {len(steps)} numbers changed"
    if len(_NUMBER.findall(b)) > len(_NUMBER.findall(a)):
        return "another address, a number more"
    return "another address"
