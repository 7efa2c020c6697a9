"""Class tokens as anchors: which are stable, which carry meaning.

Three kinds of class tokens matter here. *Hashed* ones (CSS modules, styled-components, emotion)
change on every deploy, so they are never used in a selector. *Utility* ones (Tailwind, Bootstrap,
Primer helpers) are stable enough to select with but say nothing about the content, so they never
name a field. The rest are *semantic* (``product-price``, ``author``) and are the best anchors and
names. A page's generated class families (``classfamilies``) and Stylable's classes (``stylable``)
count as hashed too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from agents.heuristics import moduleclasses
from agents.heuristics.classfamilies import TOKEN_CACHE_SIZE, in_family, page_families
from agents.heuristics.dom import HtmlElement, css_ident, page_classes
from agents.heuristics.namewords import meaningful_words
from agents.heuristics.stylable import is_state_class, is_stylable_hash

_HASHED = re.compile(
    r"^(?:css|sc|jsx|svelte|emotion|astro|chakra|mui|makeStyles|ember)-"  # CSS-in-JS prefixes
    r"|__[A-Za-z0-9_-]*\d[A-Za-z0-9_-]*$"  # CSS modules: Card_title__3xYz1
    r"|^_[A-Za-z0-9]{4,}$"  # minified module classes: _1x2y3z
    r"|\d{3,}"  # ids baked into a class (post-12345) differ per record
    r"|(?:^|[-_])css-[A-Za-z0-9]{5,}$"  # emotion behind a prefix: y-css-1iy1dwt
    r"|^[a-z]{1,3}_(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]{4,6}$"  # minified with a prefix: w_iUH7
)
#: CSS-in-JS label hashes (emotion's "eu4oa1w0", "e37uo190"): lowercase letters and digits mixed
#: in one short token, with digits in at least two places, which no person writes.
_GENERATED = re.compile(r"^[a-z][a-z0-9]{5,9}$")
_GENERATED_DIGIT_RUNS = 2
#: A styled-components name as its generator writes it right after the component ids.
_LETTERS_ONLY = re.compile(r"^[A-Za-z]{5,7}$")
#: A styled-components name: letters only, a capital somewhere after the first letter.
_STYLED_NAME = re.compile(r"^(?=[A-Za-z]{5,7}$)[A-Za-z][a-z]*[A-Z][A-Za-z]*$")
_UTILITY_PREFIX = re.compile(
    # An optional kit namespace ("a-size-base", "u-text-small"): Amazon's and SUIT's own prefixes.
    r"^(?:[a-z0-9]+:)*!?-?(?:[a-z]{1,2}-)?(?:p|px|py|pt|pb|pl|pr|ps|pe|m|mx|my|mt|mb|ml|mr|ms|me|w|h|min-w|max-w|"
    r"min-h|max-h|size|gap|gap-x|gap-y|space-x|space-y|text|bg|border|rounded|shadow|font|leading|"
    r"tracking|col|row|col-span|row-span|grid-cols|grid-rows|items|justify|content|self|place|"
    r"order|z|top|left|right|bottom|inset|opacity|overflow|cursor|transition|duration|ease|ring|"
    r"divide|object|aspect|line-clamp|d|align|float|fw|fs|lh|g|gx|gy|flex|basis|grow|shrink|"
    r"decoration|from|to|via|fill|stroke|translate|scale|rotate|origin|whitespace|break|"
    r"outline|tw|u|is|has|js|sm|md|lg|xl|xxl|hover|focus|group|peer|animate|sr|not|"
    r"visible|invisible|position|display|mw|mh|fg|btn|badge-pill|card-body|card-text|small|width|height|"
    r"color|v|wb|hide|show|no|list-style|f|lh|vertical|ws|ow|clear|"
    # Finsweet Client-First (Webflow): "margin-top", "padding-global", "heading-style-h5", "spacer-small".
    r"margin|padding|heading-style|spacer|max-width|container|icon-embed)"
    r"(?:--?[\w./\[\]%#]+)+$"
)
#: List styling (Tailwind's ``list-disc``, Bootstrap's ``list-unstyled``); ``list-title`` names content.
_UTILITY_LIST = re.compile(
    r"^(?:[a-z0-9]+:)*list-(?:none|disc|decimal|inside|outside|image-\S+|unstyled|inline(?:-item)?|"
    r"group(?:-item(?:-[\w-]+)?)?|style(?:-\S+)?)$"
)
#: Terse utilities: Primer's ``f6``, Basscss's ``mt2``, Bootstrap's ``h5`` styling a non-heading.
_UTILITY_SHORT = re.compile(r"^[a-z]{1,2}[0-9]{1,2}$")
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
#: Marks of the text's direction or of a script's progress, no anchor and no name: Airbnb writes
#: ``dir dir-ltr`` on every element, so they tell nothing apart, and lazysizes' ``lazyload`` turns
#: into ``lazyloaded`` (Stencil adds ``hydrated``) as the page runs, so they do not stay.
_UNANCHORED = frozenset(
    {"dir", "ltr", "rtl", "dir-ltr", "dir-rtl", "dir-auto", "hydrated", "lazyload", "lazyloading", "lazyloaded"}
)


#: A camel-case name of a few humps (``originalPrice``, ``sellingFast``), each a word.
_CAMEL = re.compile(r"^[a-z]{2,20}(?:[A-Z][a-z]{1,20}){1,4}$")


def class_tokens(element: HtmlElement) -> list[str]:
    return (element.get("class") or "").split()


def class_words(element: HtmlElement) -> set[str]:
    """The lower-case words of the element's classes: ``price--old card-authors`` → price, old, card,
    authors; a CSS module's camel-case name gives its humps too (``originalPrice_jEWt1`` →
    originalprice, original, price)."""
    words: set[str] = set()
    for token in class_tokens(element):
        parts = re.split(r"[-_]+", token)
        words.update(p.lower() for p in parts)
        words.update(h.lower() for p in parts if _CAMEL.match(p) for h in moduleclasses.HUMP.findall(p))
    return words


#: CSS-modules helpers, where callers have always found them.
module_prefix = moduleclasses.module_prefix
module_classes = moduleclasses.module_classes
module_local_name = moduleclasses.module_local_name


def is_hashed(token: str) -> bool:
    """Whether ``token`` is a build hash: by its own shape, or as a member of one of the generated
    families of the page being analysed (``dom.page_classes``)."""
    return _hashed_alone(token) or in_family(token, page_families()) or is_stylable_hash(token, page_classes())


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def _hashed_alone(token: str) -> bool:
    if not css_ident(token) or module_prefix(token) or is_state_class(token):
        return True
    if _GENERATED.match(token) and len(re.findall(r"\d+", token)) >= _GENERATED_DIGIT_RUNS:
        return True
    tail = re.split(r"[-_]+", token)[-1]
    if tail != token and _GENERATED.match(tail.lower()) and len(re.findall(r"\d+", tail)) >= _GENERATED_DIGIT_RUNS:
        return True  # a generated suffix: "list__09f24__ynIEd", "card-1iy1dwt"
    return not is_utility(token) and bool(_HASHED.search(token))


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def is_utility(token: str) -> bool:
    lowered = token.lower()
    return (
        lowered in _UTILITY_WORDS
        or lowered in _UNANCHORED
        or bool(_UTILITY_PREFIX.match(token) or _UTILITY_SHORT.match(lowered) or _UTILITY_LIST.match(token))
    )


def _styled_names(element: HtmlElement) -> frozenset[str]:
    """styled-components' generated names: ``sc-b189961a-8 hCbzGp`` pairs the component id with
    a name of five to seven letters in mixed case, which changes with every change of the CSS."""
    tokens = class_tokens(element)
    if not any(_is_styled_id(t) for t in tokens):
        return frozenset()
    # The name written right after the component ids may happen to be all lower case ("cmnujh").
    after_ids = {b for a, b in pairwise(tokens) if _is_styled_id(a) and _LETTERS_ONLY.match(b)}
    return frozenset(t for t in tokens if _STYLED_NAME.match(t)) | after_ids


def _is_styled_id(token: str) -> bool:
    """``sc-b189961a-8``, or with the component's display name before it as a babel plugin
    writes it (``Text-c11n-8-107-0__sc-aiai24-0``)."""
    return token.startswith("sc-") or "__sc-" in token


def anchor_classes(element: HtmlElement) -> list[str]:
    """Classes usable in a selector, semantic ones first (template order kept within each kind)."""
    styled = _styled_names(element)
    usable = [t for t in class_tokens(element) if not is_hashed(t) and t not in styled and t.lower() not in _UNANCHORED]
    return [t for t in usable if not is_utility(t)] + [t for t in usable if is_utility(t)]


def semantic_classes(element: HtmlElement) -> list[str]:
    styled = _styled_names(element)
    return [t for t in class_tokens(element) if not is_hashed(t) and not is_utility(t) and t not in styled]


def semantic_class_words(element: HtmlElement) -> set[str]:
    """The meaningful words of the element's semantic classes: ``post-card-featured`` -> {post, card, featured}."""
    return set(
        meaningful_words([w.lower() for t in semantic_classes(element) for w in re.split(r"[^A-Za-z]+", t) if w])
    )


def stable_id(element: HtmlElement) -> str | None:
    """The element id when it looks hand-written (no digits runs, no framework prefixes)."""
    value = (element.get("id") or "").strip()
    if not value or is_hashed(value) or re.search(r"\d{2,}|^(?:ember|react|ng|yui|ext)", value):
        return None
    return value
