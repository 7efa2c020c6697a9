"""A value written before a status badge nested at its end: ``<p>3.3.0b2 <span class="badge">pre-release</span></p>``.

A release's version, a listing's name or a ticket's title may carry a badge in a child element
after it on some records ("pre-release", "yanked", "Sold out", "New"), marked as one by its class.
Read whole, the two run together ("3.3.0b2 pre-release"): a text no field holds, and on records
without the badge the element is a plain leaf with the value alone. Such an element owns no text
as one value: its own text before the badge is its value (the spider reads it with ``::text``,
``fieldcss``), and the badge, a fact of the record, is a slot of its own. ``trailingbadges`` trims
a trailing word the element does own (no badge class, the same word on several records).

The same holds for a short value of another kind in a named child after a name: a package's
version inside its heading (``<h2>rails-sitemap <span class="version">2.3.1</span></h2>``), an
item's code, or an abbreviation in brackets after a place or a company (``<td>London Heathrow <span
class="iata">(LHR)</span></td>``, "Microsoft <span class=ticker>(MSFT)</span>"): a name short
or long, the code apart. And for a word or two after an amount or a date on some records: a classifieds
price marked negotiable (``<p>570 € <span class="css-x1">Negotiable</span></p>``), a sale note,
however the child's class is named; a word starting in lower case or a currency goes on with
the amount ("€24.90 <span>per kg</span>", "12 <span>EUR</span>"). Emphasis without a class
(``<h2>Top <em>10</em></h2>``), a split price and a child with text after it
(``<h2>The <em>best</em> pans</h2>``) stay one value.
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.classtokens import class_words
from agents.heuristics.dom import HtmlElement, child_elements, full_text
from pipeline.core.cleantext import clean_text

#: Class words calling an element a badge. "label" is left out: it names captions as often.
BADGE_CLASS_WORDS = frozenset({"badge", "pill", "chip", "tag", "sticker", "ribbon"})
#: A badge says a word or two.
MAX_BADGE_CHARS = 20
#: Words without digits, hyphenated or not ("pre-release", "Sold out").
_WORD = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
_BADGE_TEXT = re.compile(rf"^{_WORD}(?: {_WORD})?$")
#: A version, build or item code: one token holding a digit ("2.3.1", "v1.0.0-rc1", "SKU-1234").
_CODE = re.compile(r"^(?=\S*\d)[\w.+#/-]+$")
#: An abbreviation or a code in brackets: "(LHR)", "[EN]", "(NASDAQ)", "(SKU-12)"; no bare count or year.
_BRACKETED_CODE = re.compile(r"^\([A-Z][A-Z0-9.-]{1,7}\)$|^\[[A-Z][A-Z0-9.-]{1,7}\]$")


def text_before_badge(element: HtmlElement) -> str | None:
    """The element's own text when its one child is a badge after it (nothing follows the badge);
    None otherwise, or when that text is a caption ("Status:")."""
    children = child_elements(element)
    lead = clean_text(element.text or "")
    if len(children) != 1 or not lead or values.is_label(lead):
        return None
    badge = children[0]
    if clean_text(badge.tail or ""):
        return None
    text = full_text(badge)
    if not text or len(text) > MAX_BADGE_CHARS:
        return None
    if class_words(badge) & BADGE_CLASS_WORDS and _BADGE_TEXT.match(text):
        return lead
    if _is_note_after_amount(lead, badge, text):
        return lead
    return lead if _is_named_value_after_name(lead, badge, text) else None


def _is_note_after_amount(lead: str, child: HtmlElement, text: str) -> bool:
    """A price or a date, then a leaf child saying a capitalised word or two ("570 €" +
    "Negotiable", "12 Mar 2025" + "Updated"): a note of the record beside the value."""
    if child_elements(child) or not _BADGE_TEXT.match(text) or not text[0].isupper() or values.is_currency(text):
        return False
    if values.is_number(lead) or values.is_compact_number(lead) or not values.is_single_value(lead):
        return False  # a bare count before a word is its caption's number ("12 <span>Comments</span>")
    return not values.is_single_value(f"{lead} {text}")  # the two still one price or date: one value split


def _is_named_value_after_name(lead: str, child: HtmlElement, text: str) -> bool:
    """A name of words, then a child with a class holding a value of another kind: a version or a
    code ("rails-sitemap" + "2.3.1", "Oak table" + "SKU-20931")."""
    if not child.get("class") or child_elements(child) or not re.search(r"[^\W\d_]{2}", lead):
        return False
    if values.is_single_value(lead) or values.is_price(text) or values.is_price(f"{lead} {text}"):
        return False  # "12 <span class=cents>99</span>", "From <span class=amount>€12</span>": one price
    if _BRACKETED_CODE.match(text):
        return True  # the page sets the code off twice, by its own element and by brackets
    # A bare count or a date after a word is more often its caption or lead-in ("Python 12",
    # "asked 2 mins ago"): only a version of three parts or a code mixing letters and digits.
    return bool(_CODE.match(text)) and (text.count(".") >= 2 or bool(re.search(r"[^\W\d_]", text)))
