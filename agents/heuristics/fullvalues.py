"""The whole value an element keeps in an attribute while its text shows it cut or partial.

Bugzilla's bug list shows ``<span title="CONFIRMED">CONF</span>`` and ``<span title="Packaging">
Packagin</span>``; cgit shows ``<span title="2025-02-18 14:22:07 +0000">3 weeks</span>``; a table
cell shows "Thu 16:20" or "08:41:07" with the whole instant in a sort key
(``sorttable_customkey="2025-03-13 16:20:36"``). A person copying the list writes down the whole
value: the attribute, where the text is its beginning (cut, abbreviated, "…" at the end), its
initials, or a date shown relative to the visit or without its day or year. A tooltip saying
something else ("Click to sort", a help text, "Status: open") is no such value.
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.attributes import data_values
from agents.heuristics.dom import HtmlElement, tag_of
from pipeline.core.relativedates import is_age
from pipeline.core.yearless import WEEKDAY, find_yearless

#: Attributes that may spell out a cut or abbreviated text, best first.
CUT_ATTRIBUTES = ("title", "aria-label")
#: Attributes that hold something other than the element's value (its look, ids, links, the
#: ``datetime`` read on its own): never read as the whole of a partial date.
_NOT_VALUES = frozenset(
    {"class", "style", "id", "href", "src", "srcset", "datetime", "content", "itemprop", "lang", "dir", "role"}
)
#: Controls name what they do in their ``aria-label`` / ``title`` ("Quick add Harbor Rain Shell" on
#: a "Quick add" button): an action on the record, never a value it shows cut.
_CONTROL_TAGS = frozenset({"button", "input", "select", "textarea", "option", "a", "summary"})
_CONTROL_ROLES = frozenset({"button", "link", "menuitem", "tab", "switch", "checkbox", "option"})
#: A whole value is a short line, not a paragraph of help.
MAX_FULL_CHARS = 120
#: A text shorter than this cuts nothing a person could tell ("M" for anything).
MIN_CUT_CHARS = 2
#: A name a letter avatar stands for: a login or a name of a few words, not a sentence.
_NAME = re.compile(r"^[^\W\d_][\w.'-]*(?: [\w.'-]+){0,2}$")
#: A name this long is no login a letter stands for.
MAX_NAME_CHARS = 40
#: The marks a cut text ends with.
_CUT_MARKS = " .…"
#: A partial date is short: "47 min.", "Thu 16:20", "March 2".
MAX_PARTIAL_CHARS = 24
#: "08:41:07", "16:20", "4:05 pm": a clock alone.
_CLOCK = re.compile(r"^\d{1,2}[:.][0-5]\d(?::[0-5]\d)?(?:\s?[ap]\.?m\.?)?$", re.IGNORECASE)
#: "Thu 16:20", "Thursday", "Sat, 4:05 pm": a weekday, perhaps with a clock.
_WEEKDAY_CLOCK = re.compile(
    rf"^{WEEKDAY},?(?:\s+\d{{1,2}}[:.][0-5]\d(?::[0-5]\d)?(?:\s?[ap]\.?m\.?)?)?$", re.IGNORECASE
)
#: "3 weeks", "47 min.", "2 years", "5h": an age without "ago", read as one with it.
_BARE_AGE = re.compile(r"^(?:\d{1,4}|an?|one)\s?[^\W\d_]{1,12}\.?$", re.IGNORECASE)
#: A year of this or the last centuries, as a whole date spells it.
_YEAR = re.compile(r"(?<!\d)(?:1[89]|2\d)\d\d(?!\d)")
#: Short words an initialism leaves out ("Department of Energy" is DOE or DE).
_SMALL_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "at", "to", "a", "an", "&"})


def full_value(element: HtmlElement, text: str) -> tuple[str, str] | None:
    """``(attribute, value)`` of ``element`` holding the whole of ``text``: spelled out where the
    text is cut or abbreviated, a whole date where it shows one partially; also an attribute
    repeating the text exactly, so that a column some of whose texts are cut reads every record
    from the attribute. None where no attribute says the text's value."""
    if not text or len(text) > MAX_FULL_CHARS or _is_control(element):
        return None
    # An <abbr>'s letter is the short form the page chose ("V" titled "Vegetarian"), no avatar's.
    letters = tag_of(element) != "abbr"
    for attribute in CUT_ATTRIBUTES:
        full = _attribute_text(element, attribute)
        if full and (full == text or is_cut_of(text, full, letters=letters)):
            return attribute, full
    if not (is_partial_date(text) or is_full_date(text)):
        return None
    read_apart = {attribute for attribute, _ in data_values(element, on_record=False)}
    for attribute in (*CUT_ATTRIBUTES, *element.attrib):
        if attribute in _NOT_VALUES or attribute in read_apart:
            continue
        full = _attribute_text(element, attribute)
        if full and full != text and is_full_date(full):
            return attribute, full
    return None


def shows_less(text: str, full: str) -> bool:
    """Whether ``text`` shows only part of ``full``: cut, abbreviated, or a date relative to the
    visit or without its year where ``full`` is a whole date."""
    if text == full:
        return False
    return is_cut_of(text, full) or (is_partial_date(text) and is_full_date(full))


def is_cut_of(text: str, full: str, *, letters: bool = True) -> bool:
    """ "Packagin" of "Packaging", "CONF" of "CONFIRMED", "kemi.adebayo@tid..." of the whole
    address, "DOE" of "Department of Energy", and (``letters``) "C" of a letter avatar's name; not
    "Status" of "Status: open", nor a number its tooltip explains."""
    if letters and is_letter_of(text.strip(), full):
        return True
    shown = text.rstrip(_CUT_MARKS)
    if len(shown) < MIN_CUT_CHARS or len(full) <= len(shown) or len(full) > MAX_FULL_CHARS or "\n" in full:
        return False
    if values.is_number(shown):
        return False  # "9.2" titled "9.2 based on 2,851,234 ratings": explained, not cut
    if full.casefold().startswith(shown.casefold()):
        if full[len(shown) :].lstrip().startswith(":"):
            return False  # a caption and its value
        # Cut mid-word ("Packagin") or marked as cut ("kemi…"); a whole phrase a tooltip goes on
        # from ("In stock" titled "In stock - ships in 2 days") is its own value.
        return text.rstrip().endswith(("…", "...")) or (shown[-1].isalnum() and full[len(shown)].isalnum())
    return _initials_of(shown, full)


def is_letter_of(shown: str, full: str) -> bool:
    """ "C" on a letter avatar titled "crema_mod": a name shown as its first letter only (NodeBB,
    Gravatar-less forums and mail clients draw one for people without a picture), whose whole
    form is only in the tooltip."""
    if len(shown) != 1 or not shown.isalpha() or len(full) > MAX_NAME_CHARS or not _NAME.match(full):
        return False
    return len(full) > 1 and full[0].casefold() == shown.casefold()


def _initials_of(shown: str, full: str) -> bool:
    if not (shown.isalpha() and shown.isupper() and len(shown) <= 6):
        return False
    words = [w for w in re.split(r"[\s/-]+", full) if w]
    if len(words) < 2:
        return False
    initials = "".join(w[0] for w in words).upper()
    spoken = "".join(w[0] for w in words if w.lower() not in _SMALL_WORDS).upper()
    return shown in (initials, spoken)


def is_partial_date(text: str) -> bool:
    """A date shown relative to the visit or without its year or day: "2 hours ago", "3 weeks",
    "47 min.", "08:41:07", "Thu 16:20", "March 2"."""
    text = text.strip()
    if not text or len(text) > MAX_PARTIAL_CHARS or _YEAR.search(text):
        return False
    if values.is_relative_date(text) or _CLOCK.match(text) or _WEEKDAY_CLOCK.match(text):
        return True
    if _BARE_AGE.match(text) and is_age(f"{text} ago"):
        return True
    return find_yearless(text) is not None


def is_full_date(text: str) -> bool:
    """A date with its year ("2025-03-13 16:20:36", "2022-12-24 07:12:44 +0000", "March 2, 2025")."""
    return bool(_YEAR.search(text)) and len(text) <= MAX_FULL_CHARS and values.is_date(text)


def _is_control(element: HtmlElement) -> bool:
    role = (element.get("role") or "").strip().lower()
    return tag_of(element) in _CONTROL_TAGS or role in _CONTROL_ROLES or element.get("onclick") is not None


def _attribute_text(element: HtmlElement, attribute: str) -> str:
    return " ".join((element.get(attribute) or "").split())
