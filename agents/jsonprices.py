"""One ``price`` field for a price that JSON splits into an amount and a currency.

``{"price": 12.5, "priceCurrency": "USD"}`` (schema.org ``Offer``) or ``{"cost": 9, "currency":
"EUR"}`` side by side in a record give two keys; the crawl reads them together, through a JMESPath
multiselect, into the value a price in the markup gets: ``{"amount": 12.5, "currency": "USD"}``.

A sale price beside the regular one (``sale_price`` empty, or a number, WooCommerce's shape) is how
shops write a discount: the page shows the sale price where there is one, else the regular price,
and strikes the regular price through only where there is a sale.
"""

from __future__ import annotations

import re

from pipeline.core.money import CURRENCY_KEYS
from pipeline.core.schemas import FieldSpec

_PRICE_WORDS = re.compile(r"price|cost|amount|fee|rent|salary", re.IGNORECASE)
_PLAIN_PATH = re.compile(r"^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$")
#: The words that name a sale's price and the price before it, in a key (``sale_price``, ``regularPrice``).
#: Whole words of the key: ``wholesale_price`` is no sale, ``listPrice`` is the list price.
_SALE_WORDS = frozenset({"sale", "special", "discount", "discounted", "offer"})
_REGULAR_WORDS = frozenset({"regular", "list", "original", "normal", "base", "full", "was"})
_KEY_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def joined_prices(fields: tuple[FieldSpec, ...]) -> tuple[FieldSpec, ...]:
    """``fields`` with each price and the currency beside it made one field (the currency's dropped)."""
    by_path = {f.json_path: f for f in fields if f.json_path and _PLAIN_PATH.match(f.json_path)}
    joined: dict[str, FieldSpec] = {}
    absorbed: set[str] = set()
    for field in fields:
        path = field.json_path or ""
        parent, _, leaf = path.rpartition(".")
        if field.type != "price" or not _PLAIN_PATH.match(path) or leaf in CURRENCY_KEYS:
            continue
        currency = next((by_path[p] for p in _siblings(parent) if p in by_path and p not in absorbed), None)
        if currency is None:
            continue
        currency_leaf = (currency.json_path or "").rpartition(".")[2]
        selection = f"{{amount: {leaf}, currency: {currency_leaf}}}"
        joined[field.name] = field.model_copy(update={"json_path": f"{parent}.{selection}" if parent else selection})
        absorbed.add(currency.json_path or "")
    kept = [joined.get(f.name, f) for f in fields if f.json_path not in absorbed]
    return _named_price(sale_prices(tuple(kept)))


def sale_prices(fields: tuple[FieldSpec, ...]) -> tuple[FieldSpec, ...]:
    """A regular and a sale price side by side read as the shown ``price`` (the sale's, else the
    regular) and the ``original_price`` (the regular, only where there is a sale)."""
    names = {f.name for f in fields}
    if "price" in names or "original_price" in names:
        return fields  # the API names the shown price itself
    prices = [f for f in fields if f.type == "price" and f.json_path and _PLAIN_PATH.match(f.json_path)]
    sale = next((f for f in prices if _words(f) & _SALE_WORDS and not _words(f) & _REGULAR_WORDS), None)
    regular = next((f for f in prices if _words(f) & _REGULAR_WORDS and not _words(f) & _SALE_WORDS), None)
    if sale is None or regular is None or _parent(sale) != _parent(regular):
        return fields
    shown = regular.model_copy(update={"name": "price", "json_path": f"{sale.json_path} || {regular.json_path}"})
    former = regular.model_copy(
        # Only a sale below the regular price has one: APIs repeat the regular price as the sale's
        # when nothing is on sale (WooCommerce's Store API), or leave the sale's empty.
        update={
            "name": "original_price",
            "json_path": f"{sale.json_path} && {sale.json_path} != {regular.json_path} && {regular.json_path} || null",
        }
    )
    return tuple(shown if f is regular else former if f is sale else f for f in fields)


def _words(field: FieldSpec) -> set[str]:
    return {word.lower() for word in _KEY_WORDS.findall(_leaf(field))}


def _leaf(field: FieldSpec) -> str:
    return (field.json_path or "").rpartition(".")[2]


def _parent(field: FieldSpec) -> str:
    return (field.json_path or "").rpartition(".")[0]


def _siblings(parent: str) -> list[str]:
    return [f"{parent}.{key}" if parent else key for key in CURRENCY_KEYS]


def _named_price(fields: tuple[FieldSpec, ...]) -> tuple[FieldSpec, ...]:
    """An amount-and-currency object under a key that does not say so (``offers``) is the ``price``."""
    names = {f.name for f in fields}
    renamed: list[FieldSpec] = []
    for field in fields:
        if field.type == "price" and not _PRICE_WORDS.search(field.name) and "price" not in names:
            names.add("price")
            renamed.append(field.model_copy(update={"name": "price"}))
        else:
            renamed.append(field)
    return tuple(renamed)
