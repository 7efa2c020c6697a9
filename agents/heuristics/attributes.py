"""``data-*`` attributes as field sources: values a page keeps for its scripts, not its readers.

Old Reddit keeps the exact score in ``data-score`` while showing "15.2k"; new Reddit's
``<shreddit-post>`` custom element keeps the score in its own plain ``score`` attribute, read the
same way; Statuspage keeps an incident's instant, shown without its year, in ``data-datetime-unix``
(``is_unix_time``). Such attributes become candidate fields when they sit on the record itself, or
deeper when their name says what they hold. Copies of visible values are removed later, when
fields are compared on their values; so is what an add-to-cart control keeps for the cart's script
(WooCommerce's ``data-product_sku``, ``cartcontrols``).
"""

from __future__ import annotations

import re

from agents.heuristics.dom import HtmlElement
from agents.heuristics.names import slugify
from pipeline.core.epochs import epoch_seconds

#: Longer values are markup, JSON or encoded state, not a field.
MAX_DATA_CHARS = 120
#: Words of attribute names of script plumbing: tests, tracking, widget state, layout, ids.
_PLUMBING = re.compile(
    r"test(?:id)?|qa|cy|ga|gtm|events?|click|impression|component|module|widget|toggle|target|bs|action|"
    r"layout|view(?:port)?|src(?:set)?|lazy|sizes|params|options|config|state|json|props|ng|vue|controller|"
    r"behaviou?r|role|type|index|context|whitelist|status|nsfw|spoiler|oc|message|quantity|position|width|"
    r"height|colou?r|theme|lang|nonce|key|hash|token|ajax|sort|filter|interactions|cascade|ids?|tconst|"
    r"titleid|(?:track|analytic|hydrat|react|ember|turbo|gilding)\w*|"
    # A record's id written as one word (``data-rowID``, ``data-postid``, ``data-questionid``), or by
    # its kind's initial as forums and CMSs write them (``data-tid``, ``data-pid``, ``data-uid``, ``data-nid``).
    r"(?:row|post|topic|thread|question|answer|parent|product|item|entry|record|node|object|listing|page|"
    r"comment|user|member|feed|[tpucfngsq])ids?",
    re.IGNORECASE,
)
#: Words of an attribute name that say it holds a field even below the record's own element.
_FIELD_WORDS = frozenset(
    {"sku", "price", "rating", "score", "author", "date", "timestamp", "rank", "count", "votes", "brand"}
)
#: Internal identifiers ("t3_1bfa2c1", "4f2a1b3c"): letters and digits in one token.
_IDENTIFIER = re.compile(r"^(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[\w-]+$")
#: A script's own handle of numbers joined by underscores: Javelin's ``data-meta="0_8"`` indexes the
#: behaviour data of the page's script, ``1_4_2`` a path in a widget tree; no reader sees it.
_NUMBER_HANDLE = re.compile(r"^\d{1,9}(?:_\d{1,9}){1,5}$")
#: Attribute words naming a code a person does look up: it stays even though it looks like an id.
_CODE_WORDS = frozenset({"sku", "isbn", "asin", "ean", "upc", "mpn", "model", "code", "ref"})
#: Seconds or milliseconds since 1970 (2001–2033): for scripts, unless the name says it is a time.
_EPOCH = re.compile(r"^1\d{9}(?:\d{3})?$")
#: Words of an attribute name saying it holds an instant: its unix time is the record's date, whole
#: where the page shows it without its year ("Mar 27, 14:02"); other unix times stay script state.
_TIME_WORDS = frozenset({"date", "datetime", "timestamp", "time", "unix", "epoch"})
#: Attributes every HTML element may carry: styling, state, ids, accessibility, not data.
_GLOBAL_ATTRIBUTES = frozenset(
    {
        "class", "style", "id", "slot", "hidden", "role", "tabindex", "title", "lang", "dir", "part",
        "is", "exportparts", "draggable", "contenteditable", "translate", "accesskey", "autofocus",
        "inert", "nonce", "popover", "spellcheck", "enterkeyhint", "inputmode", "itemprop", "itemscope",
        "itemtype", "itemid", "itemref",
    }
)  # fmt: skip
#: ``onclick``, ``onload``: a script to run, never data.
_EVENT_HANDLER = re.compile(r"^on[a-z]+$")
#: Words that only say "this belongs to the record"; dropped from names (``data-product_sku``).
_NAME_NOISE = frozenset({"data", "product", "item", "post", "entry", "listing", "card", "the"})


def data_values(element: HtmlElement, *, on_record: bool) -> list[tuple[str, str]]:
    """(attribute, value) of the ``data-*`` attributes of ``element`` worth a field, and of the
    plain attributes of a custom element (``<shreddit-post score="1243">``), which hold its data."""
    found = []
    custom = is_custom_element(element)
    for attribute, raw in element.attrib.items():
        if not (attribute.startswith("data-") or (custom and _is_custom_data(attribute))):
            continue
        words = set(_words(attribute))
        if any(_PLUMBING.fullmatch(w) for w in words):
            continue
        value = raw.strip()
        if is_unix_time(attribute, value):
            found.append((attribute, value))
            continue
        if not (on_record or _FIELD_WORDS & words):
            continue
        flag = custom and value.lower() == attribute.lower()  # open="open": set or not, no value
        opaque = _IDENTIFIER.match(value) or _NUMBER_HANDLE.match(value)
        if _is_data_value(value) and not flag and (not opaque or _CODE_WORDS & words):
            found.append((attribute, value))
    return found


def is_unix_time(attribute: str, value: str) -> bool:
    """A ``data-*`` attribute whose name says it holds an instant, holding a unix time of this
    century (``data-datetime-unix="1743084120000"``), which the engine reads as a UTC datetime."""
    words = set(_words(attribute))
    return attribute.startswith("data-") and bool(_TIME_WORDS & words) and epoch_seconds(value) is not None


def is_custom_element(element: HtmlElement) -> bool:
    """An autonomous custom element: its tag name holds a dash (``shreddit-post``)."""
    tag = element.tag
    return isinstance(tag, str) and "-" in tag


def _is_custom_data(attribute: str) -> bool:
    """An attribute a custom element defines for itself, not a global one of every element (its
    look, state, id, accessibility or event handlers)."""
    name = attribute.lower()
    return not (name in _GLOBAL_ATTRIBUTES or name.startswith(("aria-", "xml")) or _EVENT_HANDLER.match(name))


def _is_data_value(value: str) -> bool:
    """Not markup or JSON, not a flag ("false"), not a machine timestamp (1710412345000)."""
    if not 0 < len(value) <= MAX_DATA_CHARS or value.startswith(("{", "[", "<")):
        return False
    return value.lower() not in ("true", "false") and not _EPOCH.match(value)


def names_a_field(attribute: str) -> bool:
    """Whether an attribute's name says which field it holds (``comment-count``, ``data-price``)."""
    return bool(_FIELD_WORDS & set(_words(attribute)))


def names_a_lookup_code(attribute: str) -> bool:
    """Whether an attribute's name says it holds a code a person looks up (``data-sku``, ``data-isbn``)."""
    return bool(_CODE_WORDS & set(_words(attribute)))


def data_name(attribute: str) -> str:
    """``data-product_sku`` -> sku, ``data-comments-count`` -> comments_count."""
    words = [w for w in _words(attribute) if w not in _NAME_NOISE]
    return slugify("_".join(words)) or "value"


def _words(attribute: str) -> list[str]:
    return [w for w in re.split(r"[-_:.]+", attribute.lower().removeprefix("data-")) if w]
