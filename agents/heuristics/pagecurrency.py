"""Tell which currency a page's "$" stands for: its region's, or the one code its data names.

"$" is the sign of a dozen currencies, "¥" of two, "kr" of four; alone, the engine reads each as
the first (USD, JPY, SEK). A page says which it means in two ways: the currency code its
structured data gives its prices (``"priceCurrency": "ARS"``, ``"currency_id": "MXN"``), or the
region of its language (``<html lang="es-AR">``); a page declaring neither is read by the script
it shows (``cjk_language``: simplified Chinese forms say its "¥" is the yuan). When that
currency is one the sign may stand for, the price field takes it as ``FieldSpec.currency``, which
the engine reads such a sign as. A price field showing no sign at all ("549,-") takes the code its
data names, else the euro where the page declares a region paying in it (``nl-NL``): a region one
sets on purpose, where "en-US" is many a template's default, so no dollar is read into bare amounts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from parsel import Selector

from agents.heuristics.dateorder import locale_parts, page_language
from agents.heuristics.dom import HtmlElement
from pipeline.core.cjkscript import cjk_language
from pipeline.core.extract import iter_records
from pipeline.core.money import CURRENCY_KEYS
from pipeline.core.numbertext import parse_currency
from pipeline.core.schemas import ScraperSpec

#: The currency a region's pages mean by a sign it shares with others.
_REGION_CURRENCY = {
    "us": "USD",
    "ca": "CAD",
    "au": "AUD",
    "nz": "NZD",
    "mx": "MXN",
    "ar": "ARS",
    "cl": "CLP",
    "co": "COP",
    "uy": "UYU",
    "br": "BRL",
    "hk": "HKD",
    "sg": "SGD",
    "tw": "TWD",
    "jp": "JPY",
    "cn": "CNY",
    "se": "SEK",
    "no": "NOK",
    "dk": "DKK",
    "is": "ISK",
    "in": "INR",
    "pk": "PKR",
    "lk": "LKR",
    "np": "NPR",
    "ve": "VES",
    "bo": "BOB",
    "ma": "MAD",
    "ae": "AED",
    # The CFA francs: West Africa's (XOF) and Central Africa's (XAF), both written "FCFA".
    **dict.fromkeys(("bj", "bf", "ci", "gw", "ml", "ne", "sn", "tg"), "XOF"),
    **dict.fromkeys(("cm", "cf", "td", "cg", "gq", "ga"), "XAF"),
}
#: Regions paying in the euro, and none other.
_EURO_REGIONS = frozenset(
    [
        "at",
        "be",
        "cy",
        "de",
        "ee",
        "es",
        "fi",
        "fr",
        "gr",
        "hr",
        "ie",
        "it",
        "lt",
        "lu",
        "lv",
        "mt",
        "nl",
        "pt",
        "si",
        "sk",
    ]
)
#: Languages that name the currency without a region: each is spoken where one of them is paid in.
_LANGUAGE_CURRENCY = {"ja": "JPY", "zh": "CNY", "da": "DKK", "nb": "NOK", "nn": "NOK", "no": "NOK", "is": "ISK"}
#: "priceCurrency": "ARS", currency_id: 'MXN', currencyCode="CAD": a code the page's data gives its prices.
_DATA_CODE = re.compile(
    r"""["']?\b(?:""" + "|".join((*CURRENCY_KEYS, "currency_id")) + r""")["']?\s*[:=]\s*["']([A-Z]{3})["']"""
)
_CODE_ATTRIBUTES = (
    "//*[@itemprop='priceCurrency']/@content",
    "//meta[@property='product:price:currency' or @property='og:price:currency']/@content",
)
#: Elements whose text is not shown: a page's script is read from the rest.
_UNSHOWN = frozenset({"script", "style", "noscript", "template"})
#: Characters of shown text read for its script: a page's first screens tell it.
MAX_SHOWN_CHARS = 200_000
#: Share of the codes a page's data names that one must have to be the page's currency.
DOMINANT_SHARE = 0.75
#: Records read to see the signs a price field shows.
SAMPLE_RECORDS = 60
#: Characters of one script searched for codes: a bundle of megabytes names its prices early, if at all.
MAX_SCRIPT_CHARS = 2_000_000
_CODE = re.compile(r"[A-Z]{3}")
_AMOUNT = re.compile(r"\d")
#: Amounts naming their currency that a field must show before its bare amounts take it.
MIN_SHOWN_AMOUNTS = 2


def data_currency(page: Selector) -> str | None:
    """The one currency code (nearly all of those) the page's scripts and price markup name."""
    scripts = page.xpath("//script/text()").getall()
    codes = [m.group(1) for script in scripts for m in _DATA_CODE.finditer(script[:MAX_SCRIPT_CHARS])]
    codes += [c.strip().upper() for xpath in _CODE_ATTRIBUTES for c in page.xpath(xpath).getall()]
    codes = [c for c in codes if _CODE.fullmatch(c)]
    if not codes:
        return None
    code, count = Counter(codes).most_common(1)[0]
    return code if count >= DOMINANT_SHARE * len(codes) else None


def region_currency(lang: str | None) -> str | None:
    """The currency a page in ``lang`` ("es-AR", "da", "zh_CN") means by a shared sign, if known."""
    if not lang:
        return None
    language, region = locale_parts(lang)
    return _REGION_CURRENCY.get(region) or _LANGUAGE_CURRENCY.get(language)


def unsigned_currency(page: Selector) -> str | None:
    """The currency of amounts shown with no sign: the one code the page's data names, else the
    euro where the page's language names a region paying in it."""
    code = data_currency(page)
    if code is not None:
        return code
    lang = page_language(page)
    return "EUR" if lang and locale_parts(lang)[1] in _EURO_REGIONS else None


def local_currency(page: Selector) -> str | None:
    """The currency the page prices in: its data's code, else its language's region, else the
    language its shown text is written in."""
    return data_currency(page) or region_currency(page_language(page)) or script_currency(page)


def script_currency(page: Selector) -> str | None:
    """The currency of the language the page's shown text is written in, when the page declares
    no language and its script tells (Chinese or Japanese: ``cjk_language``)."""
    if page_language(page) is not None:
        return None  # a page in English or Korean quoting Chinese names prices in its own currency
    text, size = [], 0
    for piece in _shown_texts(page.root):
        text.append(piece)
        size += len(piece)
        if size >= MAX_SHOWN_CHARS:
            break
    language = cjk_language("".join(text))
    return _LANGUAGE_CURRENCY[language] if language else None


def _shown_texts(root: HtmlElement) -> Iterator[str]:
    """The text nodes of the page's body in document order, read lazily (the caller stops at a
    few screens): none inside a script, a style, a noscript or a template, nor a comment's."""
    body = next(root.iter("body"), None)
    if body is None:
        return
    if body.text:
        yield body.text
    stack = [(body, iter(body))]
    while stack:
        element, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if stack and element.tail:
                yield element.tail
        elif isinstance(child.tag, str) and child.tag not in _UNSHOWN:
            if child.text:
                yield child.text
            stack.append((child, iter(child)))
        elif child.tail:
            yield child.tail


def with_local_currency(spec: ScraperSpec, page: Selector, url: str) -> ScraperSpec:
    """``spec`` with ``currency`` on every price field whose amounts read otherwise on ``page``:
    the page's own currency where a sign it shows may stand for it ("$" is ARS on an Argentine
    page), else the one currency the field names on its other records where some amounts name
    none (a menu's "9" beside its drinks' "£7.50"); a field naming no currency on any record
    takes ``unsigned_currency``."""
    prices = [f for f in spec.fields if f.type == "price" and f.currency is None]
    if not prices:
        return spec
    local = local_currency(page)
    as_text = spec.model_copy(update={"fields": tuple(f.model_copy(update={"type": "text"}) for f in prices)})
    shown: dict[str, Counter[str]] = {f.name: Counter() for f in prices}
    bare: set[str] = set()
    changed: set[str] = set()
    for number, record in enumerate(iter_records(page, as_text, url=url)):
        if number >= SAMPLE_RECORDS:
            break
        for field in prices:
            value = record.get(field.name)
            items = value if isinstance(value, list) else [value]
            for text in (v for v in items if isinstance(v, str) and _AMOUNT.search(v)):
                code = parse_currency(text)
                if code is None:
                    bare.add(field.name)
                    continue
                shown[field.name][code] += 1
                if local is not None and code != parse_currency(text, local):
                    changed.add(field.name)
    currencies = {name: local for name in changed if local is not None}
    unsigned = unsigned_currency(page) if any(not shown[name] for name in bare) else None
    for name in bare - changed:
        if len(shown[name]) == 1 and shown[name].total() >= MIN_SHOWN_AMOUNTS:
            currencies[name] = next(iter(shown[name]))
        elif not shown[name] and unsigned is not None:
            currencies[name] = unsigned
    if not currencies:
        return spec
    fields = tuple(
        f.model_copy(update={"currency": currencies[f.name]}) if f.name in currencies else f for f in spec.fields
    )
    return spec.model_copy(update={"fields": fields})
