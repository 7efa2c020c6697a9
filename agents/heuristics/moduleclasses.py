"""CSS-modules classes: a readable name the build appends a hash to, and selectors for the name.

A build tool turns the author's ``title`` of ``Card.module.css`` into ``Card_title__3xKp9``
(Next.js), ``Card-module__title--a1B2c`` (css-loader) or plain ``price__B9LP``. The hash changes
on every deploy; the part before it does not, so it is an anchor for selectors and a name for
fields. ``[class^="price__"]`` matches only the attribute's first class and ``[class*="price__"]``
matches ``oldprice__x2Y7`` too: a bare local name is matched at the start of a class token only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from agents.heuristics.dom import HtmlElement, css_string

#: Class tokens classified once per process.
PREFIX_CACHE_SIZE = 8192

#: ``Component_local__hash`` (the hash has a capital or a digit; BEM's ``block__element`` has
#: neither the single underscore nor the hash), and ``Block_Block__part__hash``, a BEM element
#: inside the module's name (``SearchResultItemPrice_SearchResultItemPrice__value__Okhow``).
_COMPONENT_LOCAL = re.compile(
    r"^(?P<stable>[A-Za-z][A-Za-z0-9-]*_[A-Za-z][A-Za-z0-9-]*__(?:[A-Za-z][A-Za-z0-9-]*__)?)(?P<hash>[A-Za-z0-9_-]{4,10})$"
)
#: css-loader's ``[name]__[local]--[hash]``: ``Card-module__title--a1B2c``.
_FILE_LOCAL = re.compile(r"^(?P<stable>[A-Za-z][A-Za-z0-9-]*__[A-Za-z][A-Za-z0-9]*--)(?P<hash>[A-Za-z0-9_]{4,10})$")
#: ``[local]__[hash]``: ``price__B9LP``, ``productTile__U0clN``.
_LOCAL = re.compile(r"^(?P<stable>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z][A-Za-z0-9]*)*__)(?P<hash>[A-Za-z0-9_-]{4,10})$")
#: A word numbered by hand (``item2``, ``step-10``), which a build's hash never is.
_NUMBERED = re.compile(r"^[A-Za-z]+[-_]?\d{1,3}$")
#: The humps of a camel-case word (``mainTitle``: main, Title), each a word.
HUMP = re.compile(r"[A-Z]?[a-z]+")
_VOWEL = re.compile(r"[aeiouy]", re.IGNORECASE)


@lru_cache(maxsize=PREFIX_CACHE_SIZE)
def module_prefix(token: str) -> str | None:
    """``PropertyPrice_price__VL65t`` -> ``PropertyPrice_price__``, ``price__B9LP`` -> ``price__``:
    a CSS-modules class without the hash its build appends, which stays from deploy to deploy."""
    if match := _COMPONENT_LOCAL.match(token):
        return match["stable"] if re.search(r"[A-Z0-9]", match["hash"]) else None
    for shape in (_FILE_LOCAL, _LOCAL):
        if (match := shape.match(token)) and is_build_hash(match["hash"]):
            return match["stable"]
    return None


def is_build_hash(text: str) -> bool:
    """Whether ``text`` reads as a build's base-64 hash (``B9LP``, ``3xKp9``, ``hBJAN``) rather
    than a word BEM would put after ``__`` (``title``, ``mainTitle``, ``item2``, ``HERO``)."""
    letters = re.sub(r"[^A-Za-z]", "", text)
    if not letters or _NUMBERED.match(text):
        return False
    if re.search(r"\d", text):
        return True
    if text.islower() or not text.isalpha():
        return False  # "title"; a dash or underscore among letters only is a word joint
    if text.isupper():
        return len(text) >= 5 and not _VOWEL.search(text)  # "KMXPL"; "HERO", "CTA" are words
    humps = HUMP.findall(text)
    camel = "".join(humps) == text and len(humps[0]) > 1 and all(_VOWEL.search(h) for h in humps)
    return not camel


def module_classes(element: HtmlElement) -> list[str]:
    """The stable prefixes of the element's CSS-modules classes."""
    return [prefix for token in (element.get("class") or "").split() if (prefix := module_prefix(token))]


def module_local_name(prefix: str) -> str:
    """``PropertyPrice_price__`` / ``Card-module__title--`` / ``price__`` -> ``price`` / ``title`` /
    ``price``: what the component calls the element."""
    return re.split(r"_+", prefix.rstrip("_-"))[-1]


def module_css(prefix: str) -> str:
    """The attribute test selecting the elements with a class of ``prefix``: a component's prefix
    (``Card_title__``) is long enough to be matched anywhere in the attribute; a bare local name
    (``price__``) only where a class token starts, so ``originalprice__x2Y7`` is not taken."""
    if _COMPONENT_LOCAL.match(prefix + "Ab12"):
        return f"[class*={css_string(prefix)}]"
    return f":is([class^={css_string(prefix)}], [class*={css_string(' ' + prefix)}])"


def module_step(tag: str, prefix: str) -> str:
    """``span:is([class^="price__"], [class*=" price__"])``: one element of a path by its module class."""
    return f"{tag}{module_css(prefix)}"
