"""Field names from what a page writes about a value: its classes, itemprop, test id, label.

Semantic class words name fields (``product-price`` -> price); which words name nothing and
which spellings map to one name (cost -> price) is ``namewords``' job.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from agents.heuristics.classtokens import (
    is_hashed,
    is_utility,
    module_classes,
    module_local_name,
    semantic_classes,
)
from agents.heuristics.datamarkers import marker_words, test_id
from agents.heuristics.dom import HtmlElement, page_classes
from agents.heuristics.entityroles import entity_role
from agents.heuristics.moduleclasses import is_build_hash
from agents.heuristics.namewords import STYLE_WORD, keyword_name, naming_words, without_presentation_modifier
from agents.heuristics.phonelinks import PHONE_WORDS

NAME_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
#: Emotion's class with a cache key and a label: ``ssrcss-pdsrgla-Rank``, ``dcr-1x5kxg4-Headline``;
#: the key and the hash name nothing, the component's label after them does.
_KEYED_LABEL = re.compile(r"^[a-z]{1,8}-[a-z0-9]{5,8}-(?=[A-Z])")
#: A styled-components or minifier hash standing alone: ``x1TdU``, ``Ykk6h``: letters of both
#: cases and a digit in a few characters, which no person writes as a name.
_MIXED_HASH = re.compile(r"^(?=[A-Za-z0-9]{4,8}$)(?=[^\d]*\d)(?=[^A-Z]*[A-Z])(?=[^a-z]*[a-z])")
#: The size of a CSS module's build hash after its block (``points-value--IJW7n``).
_HASH_MODIFIER_SIZE = re.compile(r"[A-Za-z0-9]{5,6}")
#: A capital after a small letter (``dyAdw``): a short base-64 hash's case change, which a
#: capitalised word (``Title``, ``Large``) has not.
_LOWER_UPPER = re.compile(r"[a-z][A-Z]")
#: Atomic CSS (``mli8_k4``, ``mpof_z0``, ``mgn2_30_s`` for one screen size): a property code and a
#: value code, a style, never a name.
_ATOMIC = re.compile(r"^([a-z][a-z0-9]{2,4})_([a-z0-9]{1,3})(?:_[a-z]{1,2})?$")
#: Distinct tokens of that shape on a page that make its stylesheet atomic: then even the codes
#: reading as syllables (``mpof_ki``) are styles. Hand-written ``nav_top`` classes come a few a page.
MIN_ATOMIC_TOKENS = 20
#: A site's own class namespace (Habr's ``tm-``, MediaWiki's ``mw-``): a first word this short…
MAX_NAMESPACE_CHARS = 3
#: …opening this share of the page's classes of several words, and at least this many of them.
NAMESPACE_SHARE = 0.5
MIN_NAMESPACED_CLASSES = 10
_WORDED_CLASS = re.compile(r"[a-z][-_][a-z]", re.IGNORECASE)
_FIRST_WORD = re.compile(rf"^([a-z]{{2,{MAX_NAMESPACE_CHARS}}})[-_](?=[A-Za-z])")
#: An atomic code no one says as a word: it holds a digit or no vowel (``mli8``, ``k4``, ``z0``).
_UNSAID_CODE = re.compile(r"\d|^[^aeiouy]+$")


#: Latin letters no Unicode decomposition takes to a base letter ("Wysyłka" would lose its "ł").
_UNDECOMPOSED = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "ı": "i",
    }
)


def slugify(text: str, limit: int = 40) -> str:
    """``"Population (2023)"`` -> ``population_2023``; empty when nothing usable is left."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"([a-z])([A-Z])", r"\1_\2", ascii_text).lower()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_text).strip("_")
    slug = slug[:limit].rstrip("_")
    if slug and not slug[0].isalpha():
        slug = f"f_{slug}"[:limit]
    return slug


def _naming_part(token: str) -> str:
    """The part of a class that may name a value: without an emotion key, the site's namespace
    or a presentation modifier (``tm-publication-label_variant-case`` -> ``publication-label``)."""
    return without_presentation_modifier(_without_namespace(_KEYED_LABEL.sub("", token)))


def _without_namespace(token: str) -> str:
    """``tm-article-reading-time`` -> ``article-reading-time`` on a page whose classes mostly start
    with ``tm-``: the prefix says whose stylesheet it is, the same on every element."""
    found = _FIRST_WORD.match(token)
    if found is None or found.group(1) != _page_namespace(page_classes()):
        return token
    return token[found.end() :]


@lru_cache(maxsize=4)
def _page_namespace(tokens: frozenset[str]) -> str | None:
    firsts = Counter(m.group(1) for t in tokens if (m := _FIRST_WORD.match(t)))
    worded = sum(1 for t in tokens if _WORDED_CLASS.search(t))
    if not firsts or worded < MIN_NAMESPACED_CLASSES:
        return None
    top, count = firsts.most_common(1)[0]
    return top if count >= NAMESPACE_SHARE * worded else None


def _words(token: str) -> list[str]:
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", token)
    return [w for w in re.split(r"[^A-Za-z0-9]+", spaced.lower()) if w]


def name_from_class(token: str) -> str | None:
    """``product-price`` -> price, ``author-name`` -> author, ``card-location`` -> location."""
    if _names_nothing(token):
        return None
    token = _without_hash(_naming_part(token))
    if "__" in token:  # BEM: "job-card__company" names the company, not the card
        element, _, modifier = token.rsplit("__", 1)[1].partition("--")
        # "job-item__meta-item--location": a generic element, told apart by its modifier.
        return _name_from_words(_words(element)) or (
            _name_from_words(_words(modifier)) if modifier and not _is_style(modifier) else None
        )
    block, _, modifier = token.partition("--")
    if modifier and _is_style(modifier):
        token, modifier = block, ""  # "Link--muted" is a muted link: the look, not the content
    # "s-post-summary--content-excerpt" (Stacks writes BEM elements after "--"): the element part.
    return _name_from_words(_words(token), _words(modifier))


def _without_hash(token: str) -> str:
    """``points-value--IJW7n`` -> ``points-value``: the block names it, the build hash nothing."""
    block, _, modifier = token.rpartition("--")
    return block if block and _is_hash_modifier(modifier) else token


def _is_hash_modifier(text: str) -> bool:
    """A CSS module's build hash (``IJW7n``, ``7x6ym``, ``1o6Ci``, ``dyAdw``): five or six
    characters reading as a build's hash, not a numbered word (``level2``) nor a word (``Title``)."""
    return bool(_HASH_MODIFIER_SIZE.fullmatch(text)) and (is_build_hash(text) or bool(_LOWER_UPPER.search(text)))


def carries_hash(text: str) -> bool:
    """Whether a class part is or ends in a build hash (``1o6Ci``, ``wrapper--dyAdw``): it names
    nothing, however well it tells an element from its siblings."""
    return _is_hash_modifier(text) or _without_hash(text) != text


def _names_nothing(token: str) -> bool:
    """A class that names no field: a build hash, a utility, or an atomic style code."""
    return is_hashed(token) or is_utility(token) or bool(_MIXED_HASH.match(token)) or _is_atomic(token)


def _is_atomic(token: str) -> bool:
    """``mli8_k4``: two codes, one with a digit or without a vowel, which no one writes as words;
    any two codes on a page of atomic CSS."""
    codes = _ATOMIC.match(token)
    if codes is None:
        return False
    unspoken = any(_UNSAID_CODE.search(c) for c in codes.groups()[:2])
    return unspoken or _atomic_page(page_classes())


@lru_cache(maxsize=4)
def _atomic_page(tokens: frozenset[str]) -> bool:
    return sum(1 for t in tokens if _ATOMIC.match(t)) >= MIN_ATOMIC_TOKENS


def _is_style(modifier: str) -> bool:
    return all(STYLE_WORD.fullmatch(w) for w in _words(modifier))


def extension_names(element: HtmlElement) -> list[str]:
    """Names from classes extending another class of the element: ``views-field-created`` beside
    ``views-field`` (Drupal Views) names the field by what it adds, ``created``."""
    tokens = [without_presentation_modifier(_without_hash(t)) for t in semantic_classes(element)]
    found = []
    for base in tokens:
        for token in tokens:
            if token != base and token.startswith((f"{base}-", f"{base}_")):
                name = _name_from_words(_words(token[len(base) + 1 :]))
                if name:
                    found.append(name)
    return found


def _name_from_words(words: list[str], preferred: list[str] | None = None) -> str | None:
    """A keyword among ``words`` if any, else their meaningful ones (``preferred`` first)."""
    for word in words:
        keyword = keyword_name(word)
        if keyword and keyword != "title":
            return keyword
    meaningful = naming_words(preferred or []) or naming_words(words)
    if not meaningful:
        return None
    name = slugify("_".join(meaningful[:3]))
    return name if NAME_PATTERN.match(name) and len(name) > 1 else None


def name_from_element(element: HtmlElement) -> str | None:
    """A field name from the element's itemprop, test id or semantic classes, keywords first."""
    itemprop = (element.get("itemprop") or "").split()
    if itemprop:
        own = name_from_itemprop(itemprop[0])
        role = entity_role(element)
        if role is None or role == itemprop[0]:
            return own
        prefix = slugify(role)
        return prefix if own == "title" else f"{prefix}_{own}"  # the author's name, the author's url
    hook = test_id(element)
    modules = [module_local_name(m) for m in module_classes(element)]  # PropertyPrice_price__x -> price
    names = [
        n
        for n in (
            _name_from_words(_words(hook[1])) if hook else None,
            _name_from_words(marker_words(element)),
            *extension_names(element),
            *map(name_from_class, semantic_classes(element)),
            *map(name_from_class, modules),
        )
        if n
    ]
    keyworded = [n for n in names if keyword_name(n)]
    best = keyworded or names
    return best[0] if best else None


_ITEMPROP_NAMES = {
    "name": "title",
    "headline": "title",
    "price": "price",
    "lowprice": "price",
    "datepublished": "date",
    "datecreated": "date",
    "datemodified": "updated",
    "author": "author",
    "creator": "author",
    "image": "image",
    "thumbnailurl": "image",
    "url": "url",
    "ratingvalue": "rating",
    "description": "description",
    "keywords": "tags",
    "pricecurrency": "currency",
    "availability": "availability",
    "programminglanguage": "language",
    "inlanguage": "language",
    "addresslocality": "location",
    "jobtitle": "title",
    "datetime": "date",
    "startdate": "date",
    "uploaddate": "date",
}


def literal_class_name(element: HtmlElement) -> str | None:
    """The words of the element's test hook or first naming class as written (``reading-time`` ->
    reading_time, ``data-testid="price-for-x-nights"``), for when the keyword in them ("time" ->
    date, "price") does not fit the values."""
    hook = test_id(element)
    parts = [hook[1]] if hook else []
    parts += [
        _naming_part(t).rsplit("__", 1)[-1].split("--", maxsplit=1)[0]
        for t in semantic_classes(element)
        if not _names_nothing(t)
    ]
    for element_part in parts:
        meaningful = naming_words(_words(element_part))
        if len(meaningful) >= 2:  # one word is the keyword itself
            name = slugify("_".join(meaningful[:3]))
            if NAME_PATTERN.match(name):
                return name
    return None


def name_from_itemprop(prop: str) -> str | None:
    mapped = _ITEMPROP_NAMES.get(prop.lower())
    return mapped or slugify(prop) or None


#: A column of changes over a period: "1h %", "24h %", "7d %", "1Y %".
_PERIOD_CHANGE = re.compile(r"^(\d{1,3}[a-zA-Z]{1,3})\s?%$")


#: Captions of a telephone number, its link's action word among them ("Call 01273 918442").
_PHONE_LABELS = frozenset(PHONE_WORDS) | {f"{word}." for word in PHONE_WORDS}


def name_from_label(label: str) -> str | None:
    """``"Origin:"`` -> origin, ``"Salary range"`` -> salary_range."""
    text = label.strip().rstrip(":：").strip()
    words = _words(text)
    if not words or len(words) > 5:
        return None
    keyword = keyword_name(words[0]) if len(words) == 1 else None
    if text.lower() in _PHONE_LABELS:
        keyword = "phone"  # a tel: link's action word; not a class keyword ("call-to-action")
    name = keyword or slugify(text)
    if period := _PERIOD_CHANGE.match(text):
        name = f"change_{period.group(1).lower()}"  # "24h %": the change over 24 hours
    return name if name and NAME_PATTERN.match(name) else None


def unique_name(base: str, taken: set[str]) -> str:
    """``base``, or ``base_2``, ``base_3``… when already used; records the result in ``taken``."""
    base = base if NAME_PATTERN.match(base) else "text"
    name, counter = base, 2
    while name in taken:
        name = f"{base[:58]}_{counter}"
        counter += 1
    taken.add(name)
    return name
