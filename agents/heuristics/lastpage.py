"""Whether a pager shows its highest page number as the last page, or only as the end of a window.

"1 2 3" ends its list at 3, and so does "1 2 3 … 20 Next" at 20 (the number after the ellipsis) or
"1 2 3 Next Last »" at the page "Last" names. "1 2 3 4 5 … Next" shows a window of a longer list,
and "1 2 3 Next" may: a Next step with no page marked last leaves the count open, and the crawl
stops where a page past the last is empty or repeats one (``spiders.base``), not at a guess.

A pager is read as marks in document order: page numbers, the page marked last, gaps ("…"),
steps onward ("Next", "›"), links of words to a page ("Tovább", a menu's "Archive") and any other
text, which breaks a run of marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qsl, urlsplit

from lxml import etree  # type: ignore[import-untyped]
from parsel import Selector

from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.loadmore import LOAD_MORE_TEXT

#: Digits of a page number read at most: int() refuses a string past 4,300 digits.
MAX_DIGITS = 9
#: A link one step along the pages ("Next →", "← Previous", "Older", "»"), which names a page
#: beside this one, not the last: a pager of such links alone leaves the count open.
STEP_TEXT = re.compile(
    r"\b(?:next|prev|previous|older|newer|earlier|later|back|forward|weiter|zurück|nächste|vorherige|"
    r"suivante?|précédente?|siguiente|anterior|próxima|volgende|vorige)\b|^[\W_]*$",
    re.IGNORECASE,
)
#: A link to the last page: "Last »", "Letzte Seite", "»|".
LAST_TEXT = re.compile(
    # All marks first (a lookahead read once), then the first "»|": "\W*…\W*$" on both sides of the
    # bar rescans the rest of a long run of marks from each one ("»|»|»|…x").
    r"\b(?:last|letzte|dernière|derniere|última|ultima|laatste|ostatnia)\b|^(?=\W*+$)\W*?[»>›]\s*\||[⇥⏭]",
    re.IGNORECASE,
)
#: A pager's gap between the numbers it shows: "…", "...", "⋯" alone. Checked as "only such marks,
#: one of them a gap": three quantifiers over the same dots backtrack cubically on a long run.
GAP_TEXT = re.compile(r"^(?=[\s.…⋯·]*(?:…|⋯|\.\.))[\s.…⋯·]*+$")
#: Text that is more than punctuation: words or numbers between two marks break their run.
_WORDY = re.compile(r"\w")
#: Page numbers a run before the last may hold after its gap ("… 19 20"); a pager shows a few.
_MAX_RUN = 10

MarkKind = Literal["number", "last", "gap", "onward", "worded", "other"]


@dataclass(frozen=True)
class PagerMark:
    """One thing a pager shows, in document order; ``number`` for a page number, a last page or the
    page a link of words and no number ("worded") leads to."""

    kind: MarkKind
    number: int = 0


_OTHER = PagerMark("other")


def last_shown(marks: Sequence[PagerMark]) -> int | None:
    """The highest page number when the pager shows it is the last page; None when it shows none,
    or shows it as the end of a window (a gap after it, a step onward and no page marked last, or a
    link of words to a page past it: "1 2 3 4 5 Следующая Последняя" whose last word no table knows)."""
    numbers = [m.number for m in marks if m.kind in ("number", "last")]
    if not numbers:
        return None
    top = max(numbers)
    if any(m.kind == "last" and m.number == top for m in marks):
        return top
    if any(m.kind == "worded" and m.number > top for m in marks):
        return None
    windowed = False
    for at, mark in enumerate(marks):
        if mark.kind != "number" or mark.number != top:
            continue
        if _after_gap(marks, at):
            return top  # "1 2 3 … 19 20"
        windowed = windowed or (at + 1 < len(marks) and marks[at + 1].kind == "gap")
    if windowed or any(m.kind == "onward" for m in marks):
        return None
    return top


def _after_gap(marks: Sequence[PagerMark], at: int) -> bool:
    """The number at ``at`` ends a rising run of numbers that a gap opens."""
    for back in range(at - 1, max(at - 1 - _MAX_RUN, -1), -1):
        mark = marks[back]
        if mark.kind == "gap":
            return True
        if mark.kind != "number" or mark.number >= marks[back + 1].number:
            return False
    return False


def last_page_number(page: Selector, name: str, current: int) -> int | None:
    """The last page number (or offset) the page's links under query parameter ``name`` show, when
    the pager shows one (see ``last_shown``); ``current`` is this page's."""
    return last_shown(list(link_marks(page, name, current)))


def link_marks(page: Selector, name: str, current: int) -> Iterator[PagerMark]:
    """The marks of the links naming a number under ``name``, and of the text between them."""
    inside: HtmlElement | None = None  # a mark's link, whose own text is read with it
    for event, element in etree.iterwalk(page.root, events=("start", "end")):
        if event == "start":
            if inside is not None or not isinstance(element.tag, str):
                continue  # a comment's text is no page's
            if element.tag == "a" and (mark := _link_mark(element, name, current)) is not None:
                inside = element
                yield mark
            elif (found := _text_mark(element.text)) is not None:
                yield found
            continue
        if element is inside:
            inside = None
        if inside is None and (found := _text_mark(element.tail)) is not None:
            yield found


def _text_mark(text: str | None) -> PagerMark | None:
    """A gap ("…"), other text (words, numbers), or None for blanks and punctuation ("|", ",")."""
    if not text or not text.strip():
        return None
    if GAP_TEXT.match(text):
        return PagerMark("gap")
    return _OTHER if _WORDY.search(text) else None


def _link_mark(link: HtmlElement, name: str, current: int) -> PagerMark | None:
    """The mark of a link naming a page number under ``name``; None for any other link."""
    try:
        value = dict(parse_qsl(urlsplit((link.get("href") or "").strip()).query)).get(name, "")
    except ValueError:  # "http://[oops/"
        return None
    # ASCII digits ("²".isdigit() holds) of a length int() reads
    if not (value.isascii() and value.isdigit() and len(value) <= MAX_DIGITS):
        return None
    number = int(value)
    text = full_text(link) or link.get("aria-label") or link.get("title") or ""
    said = " ".join(filter(None, [text, link.get("aria-label"), link.get("title")]))
    if "last" in (link.get("rel") or "").lower().split() or LAST_TEXT.search(said):
        return PagerMark("last", number)
    if GAP_TEXT.match(text):
        return PagerMark("gap")  # a "…" link jumps to the next window, not to the last page
    if LOAD_MORE_TEXT.match(text):
        return _OTHER  # "Mehr Produkte anzeigen" names the next page, not the last
    if STEP_TEXT.search(text):
        return PagerMark("onward") if number > current else _OTHER
    if not any(c.isdigit() for c in text):
        # Words and no number ("Näita rohkem", "Tovább", a menu's "Archive"): no page number shown
        return PagerMark("worded", number)
    return PagerMark("number", number)
