"""Where two text nodes meet inside a word: an inline element's edge with no whitespace at it.

A search page marks the words it matched inside the words that hold them ("py<em>tide</em>s2",
"U<em>Tide</em>"), a shop styles part of a name ("Wi<b>Fi</b>"), a drop cap sits in its own span
("<span class=dropcap>T</span>he"), a price splits its cents off ("12<span>,99</span>"). A
browser shows each as one word: an inline element adds no space, only whitespace in the source
does. ``shown_text`` puts a space wherever two text nodes meet (what a block edge, a ``<br>`` or
two elements laid out side by side show); these seams it closes instead.

A seam closes only where the text runs straight into or out of inline elements: text then the
opening of one or more inline elements, or their closing then text (or a comment between two
texts: React's ``<!-- -->``); and only where a word goes on (``_runs_on``). Two elements side by side
(``<span>Berlin</span><span>Mitte</span>``, a React list of chips with no whitespace between them)
are laid out apart by their style as a rule, so they keep the space; so does a seam across an
element of no text of its own (an image, an icon, a ``<br>``) or of text not shown (a hidden
element, a screen-reader copy left out: "<span class=sr-only>Page</span>2").

Across an element's edge the rule is conservative (``_edges_join``), for JSX drops whitespace and a
margin class draws the gap ("4.5<span class=ml-1>120 reviews</span>", "<span
class=brand>Nike</span>Air Max 90"): digit to digit never joins (cents: "12<span
class=cents>99</span>" is 12.99), lowercase to uppercase only inside a search mark
("Open<em>Tide</em>Predictor"), and an element with a class or style of its own only when it is a
highlight or a one-letter drop cap. A comment has no box a style could space: its seam shows as is.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import Any

from pipeline.core.cjkscript import IDEOGRAPHIC
from pipeline.core.seamedges import edges_between, side_by_side

#: Elements laid out inline by default: their edges add no space between the texts around them.
INLINE_TAGS = frozenset(
    {
        "a",
        "abbr",
        "acronym",
        "b",
        "bdi",
        "bdo",
        "big",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "ins",
        "kbd",
        "mark",
        "nobr",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
    }
)
#: Elements raised or lowered off the line: what they hold is part of the word before
#: (an ordinal's "st", an exponent, a formula's count).
_RAISED = frozenset({"sub", "sup"})
#: Marks inside a word: hyphens, a slash, apostrophes, an underscore.
_JOINERS = frozenset("-\u2010\u2011/'\u2019_")
#: Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, kana, CJK ideographs.
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]"
)
#: Tags that mark a highlight: their edges inside a word are the page's marks, not its layout.
_HIGHLIGHT_TAGS = frozenset({"em", "mark", "b", "strong", "i", "u"})
#: Tags a search page marks its matches with, even inside a camel-cased name ("Open<em>Tide</em>Predictor").
_SEARCH_MARK_TAGS = frozenset({"em", "mark"})
#: A class naming a highlight: "hl", "search-match", "ais-Highlight-highlighted", "query-term".
_HIGHLIGHT_CLASS = re.compile(
    r"highlight|match|search|query|keyword|(?:^|[-_\s])(?:hl|hit|mark|marked|term|kw)(?:$|[-_\s])", re.IGNORECASE
)


def open_seams(texts: Sequence[str]) -> bool:
    """Whether two of ``texts`` (an element's text nodes, in order) meet with no whitespace at
    the seam: only then can an inline edge glue them, and ``glued_texts`` needs looking."""
    return any(
        left and right and not left[-1].isspace() and not right[0].isspace()
        for left, right in itertools.pairwise(texts)
    )


def glued_texts(nodes: Sequence[Any], apart: Callable[[Any], bool] = lambda _: False) -> list[str]:
    """``nodes`` (an element's text nodes as smart strings, in document order, some left out as
    not shown) with each pair that meets inside a word made one: "py", "tide", "s2" → "pytides2".
    ``apart``: whether an element's text stands apart from the text around it all the same (text
    kept for screen readers)."""
    out: list[str] = []
    for before, node in zip([None, *nodes], nodes, strict=False):
        text = str(node)
        if out and before is not None and _inside_word(before, node, out[-1], text, apart):
            out[-1] += text
        else:
            out.append(text)
    return out


def _inside_word(before: Any, node: Any, left: str, right: str, apart: Callable[[Any], bool]) -> bool:
    """Whether ``left`` (ending in the text node ``before``) and ``right`` (the text node ``node``)
    meet inside a word: no whitespace at the seam, and nothing but inline edges between them, all
    opening or all closing (none at all for a comment between them)."""
    if not left or not right or left[-1].isspace() or right[0].isspace():
        return False
    if not (_runs_on(left[-1], right[0], True) or _runs_on(left[-1], right[0], False)):
        return False
    edges = edges_between(before, node)
    if edges is None:
        return _ideographs_side_by_side(before, node, left[-1], right[0], apart)
    if not all(e.tag in INLINE_TAGS and not apart(e) for e in edges):
        return False
    if not _runs_on(left[-1], right[0], any(e.tag in _RAISED for e in edges)):
        return False
    return not edges or _edges_join(left[-1], right[0], edges)


def _edges_join(last: str, first: str, edges: Sequence[Any]) -> bool:
    """Whether a word goes on across the element edges ``edges`` from ``last`` to ``first``, which
    ``_runs_on`` lets meet: never digit to digit ("12<span>99</span> kr" is 12.99 or two numbers,
    never 1299), lowercase to uppercase only inside search marks ("NikeAir" is a brand and a model,
    "Open<em>Tide</em>Predictor" one name), and a styled element only as a highlight or a drop cap."""
    if last.isdigit() and first.isdigit():
        return False
    if last.islower() and first.isupper() and not all(_search_mark(e) for e in edges):
        return False
    if _UNSPACED.match(last) or _UNSPACED.match(first):
        return True  # a gap a style draws reads as no space in a script written without them
    return all(not _styled(e) or _highlight(e) or _drop_cap(e) for e in edges)


def _ideographs_side_by_side(before: Any, node: Any, last: str, first: str, apart: Callable[[Any], bool]) -> bool:
    """Whether two inline elements side by side inside a run of text hold one Chinese or Japanese
    word between them ("无线<font class=hl>机械</font><font class=hl>键盘</font>"): the script puts
    no space between words, so a style's margin reads as none there. Only where ideographs of the
    parent's own run into the pair and out of it (``_in_running_text``); never two links to two
    places ("标签：<a href=/t/1>手机</a><a href=/t/2>数码</a>": tags), and badges side by side stay
    apart ("<i>自营</i><i>放心购</i>", "店铺<span class=shop>小米旗舰店</span><span class=badge>自营</span>")."""
    if not (IDEOGRAPHIC.match(last) and IDEOGRAPHIC.match(first)):
        return False
    edges = side_by_side(before, node)
    if edges is None:
        return False
    closed, opened = edges
    if not all(e.tag in INLINE_TAGS and not apart(e) for e in (*closed, *opened)):
        return False
    links = {(e.get("href") or "").strip() for e in (*closed, *opened) if e.tag == "a"}
    if len(links) > 1:
        return False
    return _in_running_text(closed[-1], opened[0])


def _in_running_text(left: Any, right: Any) -> bool:
    """Whether ideographs of the parent's own touch the pair ``left`` ``right`` (a space between
    at most): on both sides, or for two elements of one markup (a highlight split word by word:
    "JZ990 <font class=hl>机械</font><font class=hl>键盘</font> 有线") on one side, or words of the
    parent's own on both sides after no label's colon ("V4 <font>机械</font><font>键盘</font> RGB").
    A run of such elements is passed a few at most, so a long row of chips costs no more than its
    length."""
    left_markup, right_markup = _markup(left), _markup(right)
    start, end = left, right
    for _ in range(_MAX_RUN):
        previous = start.getprevious()
        if previous is None or previous.tail or _markup(previous) != left_markup:
            break
        start = previous
    for _ in range(_MAX_RUN):
        following = end.getnext()
        if end.tail or following is None or _markup(following) != right_markup:
            break
        end = following
    previous = start.getprevious()
    before = ((start.getparent().text if previous is None else previous.tail) or "").rstrip()
    after = (end.tail or "").lstrip()
    runs_in = bool(before) and bool(IDEOGRAPHIC.match(before[-1]))
    runs_out = bool(IDEOGRAPHIC.match(after[:1]))
    if left_markup != right_markup:
        return runs_in and runs_out
    # Not chips after a label ("出演：<span>山田太郎</span><span>鈴木一郎</span>").
    inside = bool(before) and before[-1] not in _LABEL_ENDS and bool(after)
    return runs_in or runs_out or inside


#: Elements of one markup passed in a row to reach the text around them.
_MAX_RUN = 4
#: How a label ends before its values: "标签：", "Tags:".
_LABEL_ENDS = frozenset(":：")


def _markup(element: Any) -> tuple[Any, str]:
    return element.tag, " ".join((element.get("class") or "").split())


def _styled(element: Any) -> bool:
    return bool((element.get("class") or "").strip() or (element.get("style") or "").strip())


def _highlight(element: Any) -> bool:
    return element.tag in _HIGHLIGHT_TAGS or bool(_HIGHLIGHT_CLASS.search(element.get("class") or ""))


def _search_mark(element: Any) -> bool:
    return element.tag in _SEARCH_MARK_TAGS or bool(_HIGHLIGHT_CLASS.search(element.get("class") or ""))


def _drop_cap(element: Any) -> bool:
    """A word's first letter in an element of its own ("<span class=dropcap>T</span>he")."""
    text = element.text_content().strip()
    return len(text) == 1 and text.isalpha()


def _runs_on(last: str, first: str, raised: bool) -> bool:
    """Whether a word goes on from ``last`` to ``first``: letter to letter, digit to digit, in a
    script written without spaces, across a hyphen, slash or apostrophe ("utide-py",
    "Metni'ni"). Letter to digit is a label meeting its value ("Posted" "1 day ago", a hidden
    "Page" before "2") unless raised or lowered ("1<sup>st</sup>", "H<sub>2</sub>O"), and digit to a
    raised or lowered digit is no word either: cents ("$12<sup>99</sup>" is 12.99) or a power
    ("10<sup>6</sup>"); other punctuation is ``join_texts``'s to place ("Alexandria, Egypt", "$25",
    "Mar 9 · 5 min")."""
    if last in _JOINERS or first in _JOINERS:
        return (first if last in _JOINERS else last).isalnum()
    if not last.isalnum() or not first.isalnum():
        return False
    if _UNSPACED.match(last) or _UNSPACED.match(first):
        return True
    if last.isdigit() and first.isdigit():
        return not raised
    return raised or last.isdigit() == first.isdigit()
