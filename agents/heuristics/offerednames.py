"""Names a record offers for a value its classes leave unnamed.

Before calling a value ``text`` or ``number``, look at what a reader sees around it: "by" before
a person names the author; "2 comments" in the link's aria-label, or the comment icon beside a
bare count (or the link's own ``icon-watched`` class), name the comments; a path section shared
by a list of links (``/labels/bug``, ``/labels/docs``) names the list; months, weekdays, times of
day and "9 min read" are named by their shape.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from agents.heuristics import values
from agents.heuristics.classtokens import class_tokens
from agents.heuristics.dom import HtmlElement, full_text, is_element, tag_of
from agents.heuristics.names import name_from_label, slugify
from agents.heuristics.namewords import is_meaningful_word
from pipeline.core.numbertext import parse_number

#: Words that put a person's name after them: "by", and the same word in a few languages.
BY_WORDS = frozenset({"by", "von", "par", "por", "door", "di", "av", "af"})
#: Wrappers looked at for an aria-label or an icon naming the value: the link around a count.
WRAPPER_DEPTH = 2
#: Icon tags whose class names what the number beside them counts.
_ICON_TAGS = frozenset({"svg", "i", "span", "img"})
#: Icon classes of the common icon sets: ``octicon-comment``, ``fa-comment``, ``icon-heart``.
_ICON_CLASS = re.compile(r"^(?:octicon|fa[srlb]?|icon|bi|glyphicon|ti|ri|mdi|la)-(?P<name>[a-z]{3,20})$")
#: Icon names that say nothing of the count beside them.
_SHAPE_ICONS = frozenset(
    {"fw", "lg", "solid", "regular", "light", "left", "right", "small", "large", "inline", "icon", "svg"}
    | {"arrow", "chevron", "caret", "check", "close", "dot", "circle", "external", "down", "up", "more"}
)
#: "2 comments", "1,284 stars", "Comments: 2": a number and the word naming it.
_COUNTED = re.compile(
    r"^(?:[\d.,]{1,12}\s+(?P<after>[A-Za-z][A-Za-z ]{1,30})|(?P<before>[A-Za-z][A-Za-z ]{1,30}):?\s+[\d.,]{1,12})$"
)
#: "Add to favourites" on the button showing how many did: what the count counts.
_ACTION_ON = re.compile(
    r"^(?:add(?:ed)? to|save(?:d)? to|remove from)\s+(?P<after>[A-Za-z]{3,20})(?P<before>)$", re.IGNORECASE
)
#: A caption read from an icon's classes: "octicon star", "fa fa-heart", "icon comment".
_ICON_LABEL = re.compile(r"^(?:octicon|fa[srlb]?|icon|bi|glyphicon)[\s-][a-z -]{2,30}$", re.IGNORECASE)
#: "1,204 stars today": a number and the words after it.
_COUNTED_WORDS = re.compile(r"^[\d.,]{1,12}[KkMm]?\s+(?P<words>[A-Za-z]{2,20}(?: [A-Za-z]{2,20}){0,3})$")
#: "9 min read", "12 minute read", "5 mins read".
_READING_TIME = re.compile(r"^\d{1,3}\s?(?:min|mins|minute|minutes)\.?\s+read$", re.IGNORECASE)
_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "month",
        re.compile(
            r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
            r"august|september|october|november|december)\.?$",
            re.IGNORECASE,
        ),
    ),
    (
        "weekday",
        re.compile(
            r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|"
            r"sunday)\.?$",
            re.IGNORECASE,
        ),
    ),
    ("time", re.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[AaPp]\.?[Mm]\.?)?$")),
)
#: Fewer link items than this share a path section by chance.
MIN_SECTION_LINKS = 2


def offered_name(element: HtmlElement, texts: list[str]) -> str | None:
    """A name for an otherwise unnamed value from what the record shows beside it."""
    if texts and all(values.is_number(t) or values.is_compact_number(t) for t in texts):
        # An icon beside a whole number counts (2 comments); beside "4.7" it draws a rating.
        counted = all((n := parse_number(t)) is not None and n.is_integer() for t in texts)
        return aria_count_name(element) or (icon_count_name(element) if counted else None)
    if follows_by(element):
        return "author"
    return icon_name(element) or shape_name(texts)


def counted_words_name(label: str, texts: list[str]) -> str | None:
    """ "1,204 stars today" captioned by its star icon's class ("octicon star"): the words every
    value puts after its number say more than the icon does (stars_today)."""
    if not _ICON_LABEL.match(label.strip()) or not texts:
        return None
    tails = {m["words"].lower() if (m := _COUNTED_WORDS.match(t.strip())) else "" for t in texts}
    if len(tails) != 1 or not (words := tails.pop()) or len(words.split()) < 2:
        return None  # one word is the unit, which the icon already names
    return slugify(words) or None


def reading_time_name(texts: list[str]) -> str | None:
    """ "9 min read", "12 minute read": the time an article takes to read, whatever its class."""
    return "reading_time" if texts and all(_READING_TIME.match(t.strip()) for t in texts) else None


def shape_name(texts: list[str]) -> str | None:
    """What the values are when nothing names them: months ("OCT"), weekdays ("Sun"), times of
    day ("7:30 PM")."""
    if not texts:
        return None
    for name, pattern in _SHAPES:
        if all(pattern.match(t.strip()) for t in texts):
            return name
    return None


def follows_by(element: HtmlElement) -> bool:
    """Whether the text just before ``element`` ends in "by": ``opened 3 days ago by <a>login</a>``."""
    previous = element.getprevious()
    while previous is not None and not is_element(previous):
        previous = previous.getprevious()  # comments and processing instructions
    parent = element.getparent()
    lead = (previous.tail if previous is not None else parent.text if parent is not None else "") or ""
    words = lead.split()
    return bool(words) and words[-1].lower().rstrip(":") in BY_WORDS


def _wrappers(element: HtmlElement) -> list[HtmlElement]:
    """The element and the wrappers showing nothing but its text (the link around a count)."""
    text = full_text(element)
    found = [element]
    for ancestor in list(element.iterancestors())[:WRAPPER_DEPTH]:
        if full_text(ancestor) != text:
            break
        found.append(ancestor)
    return found


def aria_count_name(element: HtmlElement) -> str | None:
    """``<a aria-label="2 comments"><svg/> 2</a>``: the words the label puts by the number."""
    for node in _wrappers(element):
        caption = (node.get("aria-label") or "").strip()
        match = _COUNTED.match(caption) or _ACTION_ON.match(caption)
        if match:
            name = name_from_label(match["after"] or match["before"])
            return name if name and is_meaningful_word(name.split("_")[0]) else None
    return None


def icon_count_name(element: HtmlElement) -> str | None:
    """``<a><svg class="octicon octicon-comment"/> 2</a>``: the icon's name, in the plural, counts."""
    name = icon_name(element)
    return _plural(name) if name else None


def icon_name(element: HtmlElement) -> str | None:
    """The name of the icon shown with the value: ``<svg class="octicon octicon-comment">``,
    ``<i class="fa fa-map-marker">``, ``<svg><use href="#location"/></svg>``."""
    for node in _wrappers(element):
        icons = [c for c in node if is_element(c) and tag_of(c) in _ICON_TAGS and not full_text(c)]
        names = [_icon_class_name(node)]  # ``<a class="has-icon icon-watched">``: the link is the icon
        for icon in icons:
            names += [_icon_class_name(icon), *(_used_symbol(u) for u in icon.iter("use"))]
        if found := next((n for n in names if n), None):
            return found
    return None


def _icon_class_name(element: HtmlElement) -> str:
    """``octicon-comment``, ``fa-heart``, ``icon-watched``: the word an icon class names."""
    for token in class_tokens(element):
        match = _ICON_CLASS.match(token.lower())
        if match and match["name"] not in _SHAPE_ICONS and is_meaningful_word(match["name"]):
            return str(match["name"])
    return ""


def _used_symbol(use: HtmlElement) -> str:
    """``<use href="#location">``, ``<use xlink:href="/icons.svg#icon-star">``: the symbol's word."""
    href = use.get("href") or use.get("{http://www.w3.org/1999/xlink}href") or use.get("xlink:href") or ""
    symbol = href.rpartition("#")[2].lower()
    symbol = re.sub(r"^(?:octicon|icon|fa|ic)[-_]", "", symbol)
    return symbol if re.fullmatch(r"[a-z]{3,20}", symbol) and symbol not in _SHAPE_ICONS else ""


def section_name(hrefs: list[str]) -> str | None:
    """``/labels/bug``, ``/labels/docs``: the path section every item links under names the list,
    when the last part varies from one item to the next."""
    paths = [[p for p in urlsplit(h).path.split("/") if p] for h in hrefs if h]
    if len(paths) < MIN_SECTION_LINKS or len(paths) < len(hrefs) or any(len(p) < 2 for p in paths):
        return None
    sections = {p[-2].lower() for p in paths}
    if len(sections) != 1 or len({p[-1] for p in paths}) < 2:
        return None
    section = sections.pop()
    if not re.fullmatch(r"[a-z]{3,20}", section) or not is_meaningful_word(section):
        return None
    return slugify(section) or None


def _plural(word: str) -> str:
    if word.endswith(("s", "ed")):  # "watched": a participle names its count as it is
        return word
    return f"{word[:-1]}ies" if word.endswith("y") and not word.endswith(("ay", "ey", "oy")) else f"{word}s"
