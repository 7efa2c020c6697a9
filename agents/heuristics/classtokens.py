"""Class tokens as anchors: which are stable, which carry meaning.

Three kinds of class tokens matter here. *Hashed* ones (CSS modules, styled-components, emotion)
change on every deploy, so they are never used in a selector. *Utility* ones (Tailwind, Bootstrap,
Primer helpers) are stable enough to select with but say nothing about the content, so they never
name a field. The rest are *semantic* (``product-price``, ``author``) and are the best anchors and
names. Test hooks (``data-testid``) are written to find one element again: the best anchor of all.

Some generators write hashes no single token gives away (``dcr-qmgjds`` could be a word after a
prefix); their many members on one page do, so ``is_hashed`` also asks which class families of the
page being analysed are generated (``generated_families``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from agents.heuristics import moduleclasses
from agents.heuristics.dom import HtmlElement, css_ident, page_classes
from agents.heuristics.recordhooks import holds_record_id, record_free_hook

#: Class tokens classified once per process: a page repeats a few hundred tokens thousands of times.
TOKEN_CACHE_SIZE = 8192
#: Attributes sites add for their own tests; the value names the element for good.
TEST_ID_ATTRIBUTES = ("data-testid", "data-test-id", "data-test", "data-qa", "data-cy")

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
#: Distinct hash-like tokens a page needs in one family before the family is taken as generated.
MIN_FAMILY_TOKENS = 6
#: Share of a family's rests mixing letters and digits: nine in ten base-36 or hex hashes of five
#: or more characters do, while hand-written words with a digit are rare.
MIN_MIXED_SHARE = 0.5
#: One generator's hashes differ in length by at most this.
MAX_REST_SPREAD = 3
#: Page families remembered: one per page analysed, and a page is analysed at a time.
PAGE_CACHE_SIZE = 4
#: A key before a hash: emotion's ``createCache({key: "dcr"})`` writes ``dcr-1x5kxg4`` (the
#: Guardian, Mantine's ``mantine-``), Airbnb's atomic CSS ``atm_9s_1txwivl`` (key, property code,
#: value hash).
_KEYED = re.compile(r"^(?P<key>[a-z]{1,12}[-_])(?:[a-z0-9]{1,3}[-_])?(?P<rest>[a-z0-9]{4,10})$")
#: A hash behind a one-letter slug: Linaria's ``t1jojoys`` / ``cnjlbcx``, StyleX's ``x1lliihq``.
_BARE = re.compile(r"^[a-z](?P<rest>[a-z0-9]{5,8})$")
#: Letters no word strings together: no vowel at all, or four consonants in a row.
_UNSPOKEN = re.compile(r"^[^aeiou]+$|[b-df-hj-np-tv-z]{4}")
#: A word numbered by hand (``heading6``, ``level2``), which a hash rarely looks like.
_NUMBERED_WORD = re.compile(r"^[a-z]+\d{1,2}$")
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
    r"color|v|wb|hide|show|no|list-style|f|lh|vertical|ws|ow|clear)"
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
    return _hashed_alone(token) or _in_family(token, page_families())


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def _hashed_alone(token: str) -> bool:
    if not css_ident(token) or module_prefix(token):
        return True
    if _GENERATED.match(token) and len(re.findall(r"\d+", token)) >= _GENERATED_DIGIT_RUNS:
        return True
    tail = re.split(r"[-_]+", token)[-1]
    if tail != token and _GENERATED.match(tail.lower()) and len(re.findall(r"\d+", tail)) >= _GENERATED_DIGIT_RUNS:
        return True  # a generated suffix: "list__09f24__ynIEd", "card-1iy1dwt"
    return not is_utility(token) and bool(_HASHED.search(token))


@dataclass(frozen=True)
class ClassFamily:
    """Generated classes of one page: a key (``dcr-``, ``atm_``; empty for one-letter slugs like
    Linaria's) before hashes of ``shortest`` to ``longest`` characters."""

    key: str
    shortest: int
    longest: int


def generated_families(tokens: Iterable[str]) -> frozenset[ClassFamily]:
    """The families of ``tokens`` (a page's classes) that a generator wrote: many distinct members
    whose rests after the key look random (letters and digits mixed, in lengths close together).

    A hand-written family (``product-title``, ``product-price``) has words for rests; a build's
    (the Guardian's ``dcr-hsdqx0a``, Airbnb's ``atm_3e_9b2b7d7`` and ``c1cjhaol``, Facebook's
    ``x1lliihq``) has hashes, and hashes of five characters or more nearly always hold a digit.
    """
    rests: dict[str, list[str]] = defaultdict(list)
    for token in set(tokens):
        if keyed := _KEYED.match(token):
            rests[keyed["key"]].append(keyed["rest"])
        elif bare := _BARE.match(token):
            rests[""].append(bare["rest"])
    families = set()
    for key, found in rests.items():
        mixed = [len(r) for r in found if _mixes_letters_and_digits(r)]
        if len(mixed) < max(MIN_FAMILY_TOKENS, MIN_MIXED_SHARE * len(found)):
            continue
        if max(mixed) - min(mixed) <= MAX_REST_SPREAD:
            families.add(ClassFamily(key, min(mixed), max(mixed)))
    return frozenset(families)


def page_families() -> frozenset[ClassFamily]:
    """The generated families of the page being analysed."""
    return _families_of(page_classes())


@lru_cache(maxsize=PAGE_CACHE_SIZE)
def _families_of(tokens: frozenset[str]) -> frozenset[ClassFamily]:
    return generated_families(tokens)


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def _in_family(token: str, families: frozenset[ClassFamily]) -> bool:
    """Whether ``token`` belongs to one of ``families``. Under a generator's key every rest of the
    family's lengths is its hash, even one reading as a word; a one-letter slug is the hash only
    when no word could be written so (a digit, or letters no one says)."""
    if not families:
        return False
    if keyed := _KEYED.match(token):
        key, rest = keyed["key"], keyed["rest"]
    elif bare := _BARE.match(token):
        key, rest = "", bare["rest"]
        if not (_mixes_letters_and_digits(token) or _UNSPOKEN.search(token)):
            return False
    else:
        return False
    # A base-36 hash is a character shorter when its number is small: emotion's "qmgjds" beside "1x5kxg4".
    return any(f.key == key and f.shortest - 1 <= len(rest) <= f.longest + 1 for f in families)


def _mixes_letters_and_digits(text: str) -> bool:
    """Letters and digits mixed as a hash mixes them, not a word with a number after it."""
    if not (re.search(r"\d", text) and re.search(r"[a-z]", text)):
        return False
    return not _NUMBERED_WORD.match(text) or bool(_UNSPOKEN.search(text.rstrip("0123456789")))


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


def stable_id(element: HtmlElement) -> str | None:
    """The element id when it looks hand-written (no digits runs, no framework prefixes)."""
    value = (element.get("id") or "").strip()
    if not value or is_hashed(value) or re.search(r"\d{2,}|^(?:ember|react|ng|yui|ext)", value):
        return None
    return value


def test_id(element: HtmlElement) -> tuple[str, str] | None:
    """(attribute, value) of the element's test hook (``data-testid="company-name"``): written by
    the site's developers to find this very element again, so both a stable anchor and a name.
    A hook carrying its record's id gives the part the template writes, with the attribute its
    match operator ends (``data-testid$``, see ``recordhooks``); so ``[{attribute}={value}]``
    always selects it."""
    for attribute in TEST_ID_ATTRIBUTES:
        if not (value := (element.get(attribute) or "").strip()):
            continue
        if not holds_record_id(value):
            return attribute, value
        if remainder := record_free_hook(attribute, value):
            return remainder
    return None


#: Boolean ``data-*`` flags of a state ("data-expanded", "data-is-open"): no name of a value.
_STATE_WORDS = frozenset(
    {"expanded", "visible", "hidden", "active", "selected", "open", "disabled", "loaded", "lazy", "ready"}
    | {"initialized", "sticky", "fixed", "current", "collapsed", "checked", "enabled", "focused"}
)
#: Words of a marker about the look or the code, dropped from its name.
_MARKER_NOISE = frozenset({"typography", "js", "has", "is", "paper", "text"})
#: Markers for the site's tools, not its content: ``data-sensors-click``, ``data-nosnippet``.
_TOOLING_WORDS = frozenset(
    {"click", "track", "tracking", "analytics", "sensors", "gtm", "impression", "nosnippet", "noindex", "hydrate"}
)


#: Boolean markers a front-end framework writes on what it renders (GitHub's ViewComponent
#: ``data-view-component``, React's ``data-reactroot``, Vue's scoped ``data-v-1a2b3c4d``): the code's
#: bookkeeping, never what the element holds (``data-view-component`` would name a field "views").
_FRAMEWORK_MARKER = re.compile(
    r"^data-(?:view-component|reactroot|react[a-z-]{0,30}|v-[0-9a-f]{6,10}|catalyst|turbo[a-z-]{0,30})$"
)


def marker_words(element: HtmlElement) -> list[str]:
    """Words of a boolean ``data-*`` marker naming what the element holds: Trustpilot marks its
    reviewer's name ``data-consumer-name-typography="true"`` where its classes are hashed."""
    for attribute, value in element.attrib.items():
        if not attribute.startswith("data-") or value.strip().lower() not in ("", "true"):
            continue
        if _FRAMEWORK_MARKER.match(attribute):
            continue
        words = [w for w in re.split(r"[-_]+", attribute[5:].lower()) if w]
        kept = [w for w in words if w not in _MARKER_NOISE]
        if kept and not (_STATE_WORDS | _TOOLING_WORDS) & set(words):
            return kept
    return []
