"""Class names as anchors and as field names: which are stable, which carry meaning.

Three kinds of class tokens matter here. *Hashed* ones (CSS modules, styled-components) change on
every deploy, so they are never used in a selector. *Utility* ones (Tailwind, Bootstrap helpers)
are stable enough to select with but say nothing about the content, so they never name a field.
The rest are *semantic* (``product-price``, ``author``) and are the best anchors and names.
"""

from __future__ import annotations

import re
import unicodedata

from agents.heuristics.dom import HtmlElement, css_ident

NAME_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,62}$")

_HASHED = re.compile(
    r"^(?:css|sc|jsx|svelte|emotion|astro|chakra|mui|makeStyles|ember)-"  # CSS-in-JS prefixes
    r"|__[A-Za-z0-9_-]*\d[A-Za-z0-9_-]*$"  # CSS modules: Card_title__3xYz1
    r"|^_[A-Za-z0-9]{4,}$"  # minified module classes: _1x2y3z
    r"|\d{3,}"  # ids baked into a class (post-12345) differ per record
)
_UTILITY_PREFIX = re.compile(
    r"^(?:[a-z0-9]+:)*!?-?(?:p|px|py|pt|pb|pl|pr|ps|pe|m|mx|my|mt|mb|ml|mr|ms|me|w|h|min-w|max-w|"
    r"min-h|max-h|size|gap|gap-x|gap-y|space-x|space-y|text|bg|border|rounded|shadow|font|leading|"
    r"tracking|col|row|col-span|row-span|grid-cols|grid-rows|items|justify|content|self|place|"
    r"order|z|top|left|right|bottom|inset|opacity|overflow|cursor|transition|duration|ease|ring|"
    r"divide|object|aspect|line-clamp|d|align|float|fw|fs|lh|g|gx|gy|flex|basis|grow|shrink|"
    r"decoration|from|to|via|fill|stroke|translate|scale|rotate|origin|whitespace|break|"
    r"outline|list|tw|u|is|has|js|sm|md|lg|xl|xxl|hover|focus|group|peer|animate|sr|not|"
    r"visible|invisible|position|display|mw|mh|fg|btn|badge-pill|card-body|card-text|small)"
    r"(?:-[\w./\[\]%#]+)+$"
)
_UTILITY_WORDS = frozenset(
    {
        "flex",
        "grid",
        "block",
        "inline",
        "inline-block",
        "inline-flex",
        "hidden",
        "container",
        "container-fluid",
        "row",
        "col",
        "clearfix",
        "relative",
        "absolute",
        "fixed",
        "sticky",
        "static",
        "truncate",
        "uppercase",
        "lowercase",
        "capitalize",
        "italic",
        "underline",
        "shadow",
        "rounded",
        "border",
        "sr-only",
        "visually-hidden",
        "pull-left",
        "pull-right",
        "float-left",
        "float-right",
        "text-center",
        "text-left",
        "text-right",
        "text-muted",
        "small",
        "lead",
        "active",
        "selected",
        "odd",
        "even",
        "first",
        "last",
        "show",
        "fade",
        "in",
        "open",
        "clear",
        "group",
        "peer",
        "wrapper",
        "inner",
        "outer",
        "mx-auto",
        "w-full",
        "h-full",
        "d-flex",
        "shrink-0",
        "grow",
        "flex-1",
        "flex-col",
        "flex-row",
        "items-center",
        "justify-between",
        "font-bold",
        "font-semibold",
        "font-medium",
    }
)
#: Words that say "this is a piece of a record" without saying which piece.
_GENERIC_WORDS = frozenset(
    {
        "card",
        "item",
        "items",
        "product",
        "products",
        "post",
        "posts",
        "entry",
        "entries",
        "listing",
        "listings",
        "list",
        "box",
        "block",
        "c",
        "js",
        "field",
        "fields",
        "value",
        "values",
        "info",
        "infos",
        "detail",
        "details",
        "wrap",
        "wrapper",
        "container",
        "inner",
        "content",
        "cell",
        "data",
        "txt",
        "lbl",
        "tile",
        "result",
        "results",
        "row",
        "col",
        "main",
        "body",
        "component",
        "widget",
        "module",
        "el",
        "element",
        "unit",
        "obj",
        "node",
        "article",
        "media",
        "the",
        "of",
        "a",
        "is",
        "has",
        "meta",
        "line",
        "link",
        "mod",
        "url",
        "href",
        "fn",
        "n",
        "h",
        "vcard",
        "hentry",
        "screen",
        "reader",
    }
)
#: A class word that names a field type, mapped to the canonical field name.
_KEYWORD_NAMES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), name)
    for pattern, name in (
        (r"^(?:price|prices|cost|amount|prix|preis|precio|prezzo|fare|msrp)$", "price"),
        (r"^(?:author|authors|byline|writer|username|poster|submitter|by)$", "author"),
        (r"^(?:date|dates|time|datetime|timestamp|posted|published|pubdate|age|ago)$", "date"),
        (r"^(?:rating|ratings|stars|star|score|review-score)$", "rating"),
        (r"^(?:tags|tag|keywords|categories|labels|chips)$", "tags"),
        (r"^(?:image|img|thumbnail|thumb|photo|picture|cover|avatar)$", "image"),
        (r"^(?:availability|stock|instock|in-stock)$", "availability"),
        (r"^(?:title|headline|heading)$", "title"),
    )
)


def class_tokens(element: HtmlElement) -> list[str]:
    return (element.get("class") or "").split()


def is_hashed(token: str) -> bool:
    if not css_ident(token):
        return True
    return not is_utility(token) and bool(_HASHED.search(token))


def is_utility(token: str) -> bool:
    return token.lower() in _UTILITY_WORDS or bool(_UTILITY_PREFIX.match(token))


def anchor_classes(element: HtmlElement) -> list[str]:
    """Classes usable in a selector, semantic ones first (template order kept within each kind)."""
    usable = [t for t in class_tokens(element) if not is_hashed(t)]
    return [t for t in usable if not is_utility(t)] + [t for t in usable if is_utility(t)]


def semantic_classes(element: HtmlElement) -> list[str]:
    return [t for t in class_tokens(element) if not is_hashed(t) and not is_utility(t)]


def stable_id(element: HtmlElement) -> str | None:
    """The element id when it looks hand-written (no digits runs, no framework prefixes)."""
    value = (element.get("id") or "").strip()
    if not value or is_hashed(value) or re.search(r"\d{2,}|^(?:ember|react|ng|yui|ext)", value):
        return None
    return value


def slugify(text: str, limit: int = 40) -> str:
    """``"Population (2023)"`` -> ``population_2023``; empty when nothing usable is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"([a-z])([A-Z])", r"\1_\2", ascii_text).lower()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_text).strip("_")
    slug = slug[:limit].rstrip("_")
    if slug and not slug[0].isalpha():
        slug = f"f_{slug}"[:limit]
    return slug


def _words(token: str) -> list[str]:
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", token)
    return [w for w in re.split(r"[^A-Za-z0-9]+", spaced.lower()) if w]


def keyword_name(word: str) -> str | None:
    for pattern, name in _KEYWORD_NAMES:
        if pattern.match(word):
            return name
    return None


def name_from_class(token: str) -> str | None:
    """``product-price`` -> price, ``author-name`` -> author, ``card-location`` -> location."""
    if is_hashed(token) or is_utility(token):
        return None
    if "__" in token:  # BEM: "job-card__company" names the company, not the card
        token = token.rsplit("__", 1)[1].split("--", maxsplit=1)[0]
    words = _words(token)
    for word in words:
        keyword = keyword_name(word)
        if keyword and keyword != "title":
            return keyword
    meaningful = [w for w in words if w not in _GENERIC_WORDS and not w.isdigit()]
    if not meaningful:
        return None
    name = slugify("_".join(meaningful[:3]))
    return name if NAME_PATTERN.match(name) and len(name) > 1 else None


def name_from_element(element: HtmlElement) -> str | None:
    """A field name from the element's itemprop or semantic classes, keywords first."""
    itemprop = (element.get("itemprop") or "").split()
    if itemprop:
        return name_from_itemprop(itemprop[0])
    names = [n for n in (name_from_class(t) for t in semantic_classes(element)) if n]
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
}


def name_from_itemprop(prop: str) -> str | None:
    mapped = _ITEMPROP_NAMES.get(prop.lower())
    return mapped or slugify(prop) or None


def name_from_label(label: str) -> str | None:
    """``"Origin:"`` -> origin, ``"Salary range"`` -> salary_range."""
    text = label.strip().rstrip(":：").strip()
    words = _words(text)
    if not words or len(words) > 5:
        return None
    keyword = keyword_name(words[0]) if len(words) == 1 else None
    name = keyword or slugify(text)
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
