"""Which element of a record owns a text value, and what that value reads.

A value is owned by one element: a leaf, a paragraph with emphasis inside, or the innermost
element holding a value split in pieces (``<bdi><span>$</span>129.00</bdi>``). Text for screen
readers and footnote markers are on the page but are never part of a value.
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.badgedtexts import text_before_badge
from agents.heuristics.brokenlines import line_before_break
from agents.heuristics.describedlinks import described_link
from agents.heuristics.dom import (
    HIDDEN_TAGS,
    HtmlElement,
    child_elements,
    full_text,
    is_element,
    leading_text,
    own_text,
    tag_of,
)
from agents.heuristics.hiddencopies import is_hidden_copy
from agents.heuristics.pricepieces import joined_pieces
from agents.heuristics.ratingwords import SAID_SCORE
from agents.heuristics.splitcaptions import is_colon_mark
from agents.heuristics.styledemphasis import is_styled_emphasis, one_numbered_part
from pipeline.core.cleantext import clean_text
from pipeline.core.responsive import hidden_on_desktop
from pipeline.core.screenreader import for_screen_readers

#: Text written in a node itself must be at least this share of its text for the node to be one
#: block ("Great <b>value</b> cheese"); below it, the node just glues its children together.
BLOCK_OWN_TEXT_SHARE = 0.5
#: A text this short with plain emphasis inside ("<b>3</b> beds") is one value, not two.
SHORT_VALUE_CHARS = 25
#: Icons leading a figure: a bed before "3", a bath before "2".
_ICON_TAGS = frozenset({"i", "svg", "img"})
_EMPHASIS_TAGS = frozenset({"b", "strong", "em", "i", "span", "small", "sup", "sub", "u", "mark", "br"})
#: Inline tags a site splits one value over (currency symbol, whole and fraction, unit).
_VALUE_PIECE_TAGS = _EMPHASIS_TAGS | {"bdi", "abbr", "data", "svg", "path", "use"}
_CLIPPED_CLASS = re.compile(r"(?:^|\s)clipped(?:$|\s)")
#: A badge before a title is a word or two ("New Listing", "Sponsored")...
MAX_BADGE_CHARS = 20
#: ...and the title after it is longer than a unit ("3 <b>beds</b>" is one value).
MIN_TEXT_AFTER_BADGE = 10
#: Emphasis tags a search result marks its hits with.
_HIGHLIGHT_TAGS = frozenset({"b", "strong", "em", "i", "mark"})
#: Class words naming a search hit ("search-hit", "hl", "query-term").
_HIT_WORDS = frozenset({"hit", "hl", "match", "matched", "matching", "query", "term", "keyword"})
#: Marks after which a sentence goes on: a leading child before them is a word of it.
_CONTINUING_MARKS = frozenset(",;:)'’")
#: "4.5 out of 5 stars.", "Rating 4.8 out of 5 stars with 10,342 reviews": a caption word may
#: come before the number.
_RATING_CAPTION = re.compile(
    r"^\s*(?:(?:(?:average|customer|overall)\s+)?rat(?:ed|ing):?\s+)?\d(?:[.,]\d+)?\s*(?:/|out of|of)\s*(?:5|10)\b"
    rf"|^\s*{SAID_SCORE}",
    re.IGNORECASE,
)
#: Tags whose place is a field even when they hold only a dash for a missing value.
_PLACE_HOLDING_TAGS = frozenset({"td", "th", "dd"})
#: Letters a default avatar shows in place of a photo ("B", "JD").
MAX_AVATAR_LETTERS = 2
#: Marks joining two halves of one value ("owner / name", "Part 2 · Finale").
JOINING_MARKS = frozenset("/·:")
#: A value joined from a lead and its tail is a name, not a paragraph.
MAX_JOINED_CHARS = 80
#: "14 Comments", "1 reply", "no responses": a discussion's count, before the rest of its sentence.
_DISCUSSION_COUNT = re.compile(
    r"^(?:\d[\d,.]*|no|one)\s+(?:comments?|repl(?:y|ies)|responses?|answers?|reviews?)$", re.IGNORECASE
)
#: Footnote markers inside a value: Wikipedia's ``<sup class="reference">[2]</sup>``.
_FOOTNOTE = re.compile(r"^\[(?:\d{1,3}|[a-z]{1,2}|note\d{1,3}|citationneeded)\]$", re.IGNORECASE)


def is_noise(element: HtmlElement) -> bool:
    """Text hidden by the page, for screen readers only, or a footnote marker: never a value."""
    # aria-hidden text is hidden from screen readers only: it is on screen (WooCommerce prices).
    if element.get("hidden") is not None:
        return True
    if re.search(r"display:\s*none|visibility:\s*hidden", element.get("style") or ""):
        return True
    # "d-none d-md-inline", "hidden md:flex": hidden on a phone only; a desktop shows them.
    classes = element.get("class") or ""
    if hidden_on_desktop(classes) or _CLIPPED_CLASS.search(classes) or for_screen_readers(element):
        return True
    if is_hidden_copy(element):
        return True  # "▲" beside "moved up 1 place", "HAR" beside "Harrowgate Rovers"
    if element.get("role") == "img" and 0 < len(full_text(element)) <= MAX_AVATAR_LETTERS:
        return True  # a letter avatar ("B" on a coloured disc) is a picture of its aria-label
    if tag_of(element) != "sup":
        return False
    return "reference" in (element.get("class") or "").split() or bool(
        _FOOTNOTE.match(full_text(element).replace(" ", ""))
    )


def is_separator(element: HtmlElement) -> bool:
    """``<span aria-hidden="true">•</span>`` between "$$" and "Capitol Hill": a mark between
    values, never a value nor an item of a list. A cell or a definition holding only a dash
    says the value is missing, so it keeps its place."""
    if tag_of(element) in _PLACE_HOLDING_TAGS or child_elements(element):
        return False
    # "<span>Level</span><span>: </span>…": the colon between a caption and its value.
    return values.is_separator(full_text(element)) or is_colon_mark(element)


def visible_text(element: HtmlElement) -> str:
    """The text of ``element`` without its noise (screen-reader copies, footnote markers)."""
    parts: list[str] = []
    stack: list[HtmlElement | str] = [element]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        parts.append(item.text or "")
        pending: list[HtmlElement | str] = []
        for child in item:
            if is_element(child) and tag_of(child) not in HIDDEN_TAGS and not is_noise(child):
                pending.append(child)
            pending.append(child.tail or "")
        stack.extend(reversed(pending))
    return clean_text(" ".join(parts))


def visible_value(element: HtmlElement) -> str:
    """What a field reading ``element`` should hold. With noise inside, or a badge before the
    text ("New Listing" before a title), the element's own first text when that is all the rest
    (a ``::text`` selector reads it); else all of the text."""
    whole = full_text(element)
    first = next((clean_text(t) for t in element.xpath("./text()") if clean_text(t)), "")
    if _leading_badge(element, first) or _after_leading_mark(element, first) or counted_lead(element):
        return first
    if not any(is_noise(d) for d in element.iterdescendants() if is_element(d)):
        return whole
    return first if first and first == visible_text(element) else whole


def leading_mark(element: HtmlElement) -> HtmlElement | None:
    """``<span class=bullet>•</span> Rated M``: a separator before any text of the element,
    setting it off from the value before; no part of the value, however short it is."""
    children = child_elements(element)
    if (element.text or "").strip() or not children or not is_separator(children[0]):
        return None
    return children[0]


def _after_leading_mark(element: HtmlElement, first: str) -> bool:
    """The value is the one text after a leading mark (a ``::text`` selector reads it alone)."""
    mark = leading_mark(element)
    if mark is None or not first or clean_text(mark.tail or "") != first:
        return False
    return own_text(element) == first and not any(full_text(c) for c in child_elements(element)[1:])


def counted_lead(element: HtmlElement) -> bool:
    """``<a>14 Comments<span> on Harbour wall repair</span></a>``: the count is the value; the rest
    of its sentence after it in children (a screen-reader tail, whatever its class) says what it counts."""
    lead = leading_text(element)
    if not _DISCUSSION_COUNT.match(lead) or not child_elements(element):
        return False
    rest = visible_text(element)[len(lead) :]
    return _continues_sentence(rest) and rest[:1].isspace()


def is_rating_caption(element: HtmlElement) -> bool:
    """Screen-reader text that is the only written form of a rating ("4.5 out of 5 stars.")."""
    return bool(_RATING_CAPTION.match(full_text(element)))


def _leading_badge(element: HtmlElement, first: str) -> bool:
    children = [c for c in element if is_element(c)]
    if (element.text or "").strip() or len(children) != 1 or values.is_single_value(full_text(element)):
        return False
    badge, tail = full_text(children[0]), children[0].tail or ""
    return (
        0 < len(badge) <= MAX_BADGE_CHARS
        and not re.search(r"\d", badge)
        and clean_text(tail) == first
        and len(first) >= MIN_TEXT_AFTER_BADGE
        and not is_highlight(children[0])
        and not _continues_sentence(tail)
    )


def _captioned_value(element: HtmlElement) -> bool:
    """A value after a caption of words in its own child ("<span>From shop</span> LetteredLane"); a
    sign before it ("<span>#</span>python", a tag's prefix) is no caption."""
    first = next((clean_text(t) for t in element.xpath("./text()") if clean_text(t)), "")
    return _leading_badge(element, first) and any(c.isalpha() for c in full_text(child_elements(element)[0]))


def is_highlight(element: HtmlElement) -> bool:
    """A word of the text marked up inline, never a value of its own: plain emphasis
    (``<b>Chrononutrition</b> and…``), ``<mark>``, or a class naming a search hit
    (``span.searchmatch``, ``em.highlight``)."""
    tag = tag_of(element)
    if tag == "mark" or (tag in _HIGHLIGHT_TAGS and _is_plain_inline(element)):
        return True
    words = {w for token in (element.get("class") or "").split() for w in _class_words(token)}
    if words & _HIT_WORDS or any(w.startswith("search") for w in words):
        return True
    # A styled span "highlights" a badge (eBay's ``span.LIGHT_HIGHLIGHT`` "New Listing"); on
    # emphasis itself the word marks a hit.
    return tag in _HIGHLIGHT_TAGS and "highlight" in words


def _class_words(token: str) -> list[str]:
    """``LIGHT_HIGHLIGHT`` -> light, highlight; ``searchHit`` -> search, hit."""
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", token)
    return [w for w in re.split(r"[\s_-]+", spaced.lower()) if w]


def _continues_sentence(tail: str) -> bool:
    """The text after a leading child goes on with a lower-case word or after a comma
    ("<b>Sleep</b> and diet", "<b>Sleep</b>, diet"): the child is the sentence's first word, not
    a badge. A name written in camel case ("New Listing" + "iPhone 12") starts a new text."""
    rest = tail.lstrip()
    if not rest:
        return False
    if rest[0] in _CONTINUING_MARKS:
        return True
    word = rest.split()[0].rstrip(".,;:!?)")
    return rest != tail and word.isalpha() and word.islower()


def owns_text(element: HtmlElement, styles: frozenset[str] = frozenset()) -> bool:
    """Whether the element's whole text is one value (a leaf, or a paragraph with inline markup).
    ``styles`` are classes of emphasis that vary between records (see ``styledemphasis``)."""
    if text_before_badge(element) is not None:
        return False  # "3.3.0b2 <span class=badge>pre-release</span>": two values (``badgedtexts``)
    if line_before_break(element) is not None:
        return False  # "03-12-2025<br><a>Last Post</a>: <a>name</a>": values on lines (``brokenlines``)
    if described_link(element) is not None:
        return False  # "<a>Name</a> - what it is": the name and its description (``describedlinks``)
    if _is_split_value(element):
        return True
    mine = own_text(element)
    if not mine:
        return False
    mark = leading_mark(element)
    children = [c for c in child_elements(element) if not is_noise(c) and c is not mark]
    if not children or counted_lead(element):
        return True
    if _captioned_value(element):
        return True  # "<span>From shop</span> LetteredLane": the value after a caption, however short
    if _is_priced_sentence(element, children):
        return True  # "<b>3</b>x de <b>R$63,30</b> sem juros": the instalment line, not a count and a price
    label = leading_text(element)
    if label and values.is_label(label):
        return False
    if _joined_after_lead(element, children):
        return True
    total = len(visible_text(element))
    if total <= len(mine) + 1:
        return True  # the children hold no text of their own (icons, line breaks)
    if total <= SHORT_VALUE_CHARS and _is_short_value(element, children, styles):
        return True  # "<b>3</b> bd", "<b>€24.90</b> per kg": one short value with emphasis
    return len(mine) >= BLOCK_OWN_TEXT_SHARE * total and len(mine) >= 15


def _is_priced_sentence(element: HtmlElement, children: list[HtmlElement]) -> bool:
    """A sentence an amount is one word of ("<strong>3</strong>x de <strong>R$63,30</strong> sem
    juros", "or 4 payments of <b>$25</b>"), its words emphasised however they are classed: the
    line is the value (``values.is_price_in_sentence``), its pieces no values of their own."""
    if not all(tag_of(c) in _EMPHASIS_TAGS and not c.get("itemprop") and not child_elements(c) for c in children):
        return False
    return values.is_price_in_sentence(visible_text(element))


def _is_short_value(element: HtmlElement, children: list[HtmlElement], styles: frozenset[str]) -> bool:
    """Every child is plain emphasis, or emphasis whose class only styles a word of the phrase
    ("<em class=arrival-tomorrow>Tomorrow</em> arrival") where no second number sits beside it."""
    styled = [c for c in children if not _is_plain_inline(c) and is_styled_emphasis(c, styles)]
    if len(styled) + sum(1 for c in children if _is_plain_inline(c)) < len(children):
        return False
    return not styled or one_numbered_part(element, styled)


def _joined_after_lead(element: HtmlElement, children: list[HtmlElement]) -> bool:
    """``<a><svg/><span>owner /</span> name</a>``: a lead ending in a joining mark is the first
    half of the text after it, never a value alone; the element holding both owns them."""
    if leading_text(element):
        return False
    lead_element = next((c for c in children if visible_text(c)), None)
    if lead_element is None:
        return False
    lead, tail = visible_text(lead_element), clean_text(lead_element.tail or "")
    if len(lead) < 2 or lead[-1] not in JOINING_MARKS or not tail or values.is_label(lead):
        return False
    whole = visible_text(element)
    return len(whole) <= MAX_JOINED_CHARS and whole == clean_text(f"{lead} {tail}")


def _is_plain_inline(element: HtmlElement) -> bool:
    """Emphasis without meaning of its own: no class, itemprop, link or nested markup."""
    return (
        tag_of(element) in _EMPHASIS_TAGS
        and not element.get("class")
        and not element.get("itemprop")
        and not child_elements(element)
    )


def _is_split_value(element: HtmlElement) -> bool:
    """``<bdi><span>$</span>129.00</bdi>``, ``<span>5</span><span>votes</span>``: one short value
    written in inline pieces. The innermost element holding all of it owns it."""
    children = child_elements(element)
    text = full_text(element)
    if not children or not text or len(text) > SHORT_VALUE_CHARS:
        return False
    if any(full_text(c) == text for c in children):
        return False  # a child holds the whole value: let it own it
    pieces = [d for d in element.iterdescendants() if is_element(d)]
    if any(tag_of(d) not in _VALUE_PIECE_TAGS for d in pieces):
        return False
    if any(d.get("itemprop") for d in pieces):
        return False  # "(<span itemprop=reviewCount>128</span>)": the marked-up piece is the value
    joined = clean_text(joined_pieces(element))
    if not values.is_price(joined) and (_named_apart(children) or _iconed_apart(children)):
        return False  # "<span class=bedrooms>3</span><span class=bathrooms>1</span>" is not "31"
    # Minified markup has no whitespace between the pieces: "<span>5</span><span>votes</span>"
    # touch, and the space a stylesheet puts between them shows in the text read at their seams.
    return values.is_single_value(joined) or values.is_single_value(text)


def _iconed_apart(children: list[HtmlElement]) -> bool:
    """Two or more numbers, each led by an icon of its own ("<span><i class=fa-bed></i> 3</span>
    <span><i class=fa-bath></i> 2</span>"): facts a reader tells apart by their icons."""
    iconed = [
        c
        for c in children
        if re.search(r"\d", full_text(c)) and any(tag_of(d) in _ICON_TAGS for d in c.iterdescendants())
    ]
    return len(iconed) >= 2


def _named_apart(children: list[HtmlElement]) -> bool:
    """Two or more numbers, each under a class of its own: values, not pieces of one ("5"
    and "votes" under number and unit classes are one count)."""
    numbers = [(e.get("class") or "").strip() for e in children if re.search(r"\d", full_text(e))]
    return len(numbers) >= 2 and all(numbers) and len(set(numbers)) == len(numbers)
