"""Clean the text a page yields: whitespace collapsed, invisible marks and leading icons dropped."""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Invisible format marks a page may put inside a value: soft hyphens, zero-width spaces,
#: direction marks ("\u200e6.4 ounces" in a product table), word joiners, byte-order marks.
#: The zero-width joiner stays: it holds emoji sequences together.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


#: Pictographs leading a text as its icon ("🌏 Worldwide", "💰 $80k – $120k"): decoration
#: before the value, as an icon font's glyph would be. A text of pictographs alone keeps them, and
#: star glyphs ("★★★★☆ 4.0") are a rating, never an icon.
_PICTOGRAPH = r"[\U0001F000-\U0001FAFF\u2600-\u2604\u2607-\u2728\u272B-\u27BF\u2B00-\u2B4F\u2B51-\u2BFF][\uFE0F\u200D]*"
#: Every leading run of them, up to the first other character: cleaning a clean text changes nothing.
_LEADING_PICTOGRAPHS = re.compile(
    rf"^(?:(?:{_PICTOGRAPH})+\s+)+(?=[^\s\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF])"
)


def clean_text(raw: str) -> str:
    """Collapse runs of whitespace (including non-breaking spaces), drop invisible format marks
    and the pictographs a value may start with as its icon, and strip the ends."""
    # str.split() splits on exactly what the regex \s matches (Unicode whitespace, NBSP included),
    # at a fraction of the cost of a substitution: this runs several times per field.
    if not raw.isascii():
        return _LEADING_PICTOGRAPHS.sub("", " ".join(_INVISIBLE.sub("", raw).split()))
    return " ".join(raw.split())


#: What a template prints for a missing value, as the language spells it: Python's None,
#: JavaScript's null, undefined and NaN, SQL's NULL. Only a whole text: "None of the above" or
#: "null hypothesis" are words, and lower-case "none" may be the reader's answer.
_MISSING_VALUE_TEXTS = frozenset({"None", "null", "NULL", "undefined", "NaN"})
#: A dash alone in a value's place: a table's empty cell ("–" floors, "-" size of a directory),
#: or a short run of them (Bugzilla's "---" resolution of an open bug, "--", "— —").
_LONE_DASHES = re.compile("[-‐‒–—―−](?: ?[-‐‒–—―−]){0,4}")


def prints_missing(text: str) -> bool:
    """Whether ``text`` (clean) is a template printing a missing value, or a dash standing in
    for one: no value at all."""
    return text in _MISSING_VALUE_TEXTS or _LONE_DASHES.fullmatch(text) is not None


#: Where two text nodes meet; no text node holds it (XML forbids the character).
_SEAM = "\x00"
#: A seam before closing punctuation or after an opening bracket: an inline element's edge
#: ("<a>Alexandria</a>, Egypt", "(<a>about</a>)"), which a browser shows without a space.
_SEAM_AT_PUNCTUATION = re.compile("\x00(?=[,.;:!?)\\]])|(?<=[(\\[])\x00")
#: A seam after a lone "#" or "@" that starts a word, before the word: a hashtag or mention whose
#: name sits in its own element (``#<span>tag</span>``, ``@<span>ingrid</span>``), shown as one word.
_SEAM_IN_TAG = re.compile("(?:(?<=^[#@])|(?<=[\\s(\x00][#@]))\x00(?=[^\\W_])")
#: A seam after a lone currency sign, before its amount: the sign in an element of its own
#: (``<span>$</span><span>25.000</span>``), shown against the amount ("$25.000").
_SEAM_AFTER_SIGN = re.compile("(?:(?<=^[$€£¥￥₹₩])|(?<=[\\s(\x00][$€£¥￥₹₩]))\x00(?=\\d)")
#: A seam between a count and the "x" that makes it a multiple, before a word: instalments whose
#: count sits in its own element (``<strong>3</strong>x de R$63,30``), shown as "3x".
_SEAM_BEFORE_TIMES = re.compile("(?<=\\d)\x00(?=[x×](?:\\s+[^\\W\\d_]|$))")


def join_texts(nodes: Iterable[str]) -> str:
    """An element's text nodes as one clean text: a space where two nodes meet, except at
    punctuation ("Pharos, Alexandria, Egypt", not "Alexandria , Egypt"; "(about)"), inside a
    hashtag or mention ("#bookbinding", "@ingrid"), after a currency sign ("$25") and before the
    "x" of a multiple ("3x de R$63,30")."""
    joined = _SEAM.join(nodes)
    if _SEAM in joined:
        joined = _SEAM_AT_PUNCTUATION.sub("", joined)
        joined = _SEAM_AFTER_SIGN.sub("", _SEAM_IN_TAG.sub("", joined))
        joined = _SEAM_BEFORE_TIMES.sub("", joined).replace(_SEAM, " ")
    return clean_text(joined)
