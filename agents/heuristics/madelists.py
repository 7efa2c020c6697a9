"""Long ``ul``/``ol`` lists whose items are all made the same way: one list, not columns.

A pricing card's features ("Collaborative workspace", "Invite 10 guests", "SAML SSO") sit in a
``ul`` of four to a dozen items, each a check icon then one phrase. Their number varies from
card to card, and a figure in some of them ("7 day page history") makes the kinds of value per
place look different, so without a class saying "featureList" (hashed away by CSS modules and
styled-components) they would be read as positions. Items built alike, several in every record,
each one short phrase rather than a label with its value, in a list whose classes are all build
hashes, are the items of one list; a spoken class is left to the rules of class words.
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.classtokens import class_tokens
from agents.heuristics.dom import HtmlElement, child_elements, full_text, tag_of

#: Items every record's list must hold: fact rows ("3 bd", "2 ba", "1,640 sqft") are fewer.
MIN_ITEMS = 4
#: A phrase is mostly letters: "Invite 10 guests", not "1,640 sqft" or "$12".
_LETTER_SHARE = 0.6
_WORD = re.compile(r"[^\W\d_]{2,}")
#: Class names split at dashes, underscores and camel humps: ``detailsList`` -> details, List.
_PART = re.compile(r"[-_]+|(?<=[a-z])(?=[A-Z])")
#: A spoken part: a lower-case word, or a capitalised one of five letters or more.
_SPOKEN = re.compile(r"[a-z]{4,}|[A-Z][a-z]{4,}")
_VOWEL = re.compile(r"[aeiou]", re.IGNORECASE)


def are_items_made_alike(runs: list[list[HtmlElement]]) -> bool:
    """Whether sibling runs are ``li`` items of ``ul``/``ol`` lists, at least four in every
    record, all of one make-up (the same child tags), each saying one phrase in one place."""
    siblings = [e for run in runs for e in run]
    if min(len(run) for run in runs) < MIN_ITEMS or not all(tag_of(e) == "li" for e in siblings):
        return False
    parents = [e.getparent() for e in siblings]
    if any(p is None or tag_of(p) not in ("ul", "ol") or not _says_nothing(p) for p in parents):
        return False  # a spoken class ("detailsList", "specs") is read by the rules of class words
    if len({tuple(tag_of(c) for c in child_elements(e)) for e in siblings}) != 1:
        return False
    return all(_one_phrase(e) for e in siblings)


def _says_nothing(element: HtmlElement) -> bool:
    """Whether the element has classes and all of them are build hashes (``css-1x2y3z``,
    ``sc-aXZVg``): no word of them can say what the list holds."""
    tokens = class_tokens(element)
    parts = [p for t in tokens for p in _PART.split(t)]
    return bool(tokens) and not any(_SPOKEN.fullmatch(p) and _VOWEL.search(p) for p in parts)


def _one_phrase(item: HtmlElement) -> bool:
    """The item says a phrase, and from one child at most: a label beside its value ("Bedrooms"
    "3") or "Size: M" is a fact of its own place."""
    text = full_text(item)
    if not text or ":" in text or values.is_number(text) or values.is_price(text):
        return False
    if sum(1 for c in child_elements(item) if full_text(c)) > 1:
        return False
    words = _WORD.findall(text)
    return bool(words) and sum(map(len, words)) >= _LETTER_SHARE * len(text.replace(" ", ""))
