"""Whether a list read from a data file is a list of things a page lists, by the titles it carries.

A JSON file a page names may be its list's data, or the app's own: its settings, its translations,
its menu. Only content tells them apart: items a page lists each carry a title — a text of several
words, different from item to item ("Walnut side table, oiled"); a menu's entries are short labels
("Home", "Shop"), settings and translations pair keys with values, and neither reads as titles.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from statistics import median

#: Items a list needs to be judged at all.
MIN_ITEMS = 3
#: Share of the items whose value at a key must be a text for the key to be read as a title.
MIN_TEXT_SHARE = 0.8
#: Share of those texts that must differ from one another.
MIN_DISTINCT_SHARE = 0.8
#: A title's usual length, in characters: a menu label ("Contact us") is shorter...
MIN_MEDIAN_CHARS = 12
#: ...and a body of text longer.
MAX_MEDIAN_CHARS = 200
#: Share of the titles written in two words or more.
MIN_WORDED_SHARE = 0.5
_ADDRESS = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|/|\.{1,2}/|www\.)", re.IGNORECASE)
#: A key of settings or translations (``cart.checkout_button``), or a code: one token, no spaces.
_TOKEN = re.compile(r"^[\w.:/#-]+$")
_LETTERS = re.compile(r"[^\W\d_]{2}")


def title_keys(items: Sequence[Mapping[str, object]]) -> list[str]:
    """The top-level keys whose values read as the items' titles, in the items' key order."""
    if len(items) < MIN_ITEMS:
        return []
    keys = list(dict.fromkeys(key for item in items for key in item))
    return [key for key in keys if _titles_at(items, key)]


def holds_titles(items: Sequence[Mapping[str, object]]) -> bool:
    """Every item (nearly) carries a title of its own under one key: the list is of things listed."""
    return bool(title_keys(items))


def _titles_at(items: Sequence[Mapping[str, object]], key: str) -> bool:
    texts = [" ".join(value.split()) for item in items if isinstance(value := item.get(key), str)]
    texts = [text for text in texts if text]
    if len(texts) < MIN_TEXT_SHARE * len(items) or len(set(texts)) < MIN_DISTINCT_SHARE * len(texts):
        return False
    if any(_ADDRESS.match(text) or not _LETTERS.search(text) for text in texts):
        return False  # addresses, paths, numbers and dates are no titles
    if not MIN_MEDIAN_CHARS <= median(len(text) for text in texts) <= MAX_MEDIAN_CHARS:
        return False
    worded = sum(1 for text in texts if not _TOKEN.match(text) and " " in text)
    return worded >= MIN_WORDED_SHARE * len(texts)
