"""One ``price`` field for a price that JSON splits into an amount and a currency.

``{"price": 12.5, "priceCurrency": "USD"}`` (schema.org ``Offer``) or ``{"cost": 9, "currency":
"EUR"}`` side by side in a record give two keys; the crawl reads them together, through a JMESPath
multiselect, into the value a price in the markup gets: ``{"amount": 12.5, "currency": "USD"}``.
"""

from __future__ import annotations

import re

from pipeline.core.money import CURRENCY_KEYS
from pipeline.core.schemas import FieldSpec

_PRICE_WORDS = re.compile(r"price|cost|amount|fee|rent|salary", re.IGNORECASE)
_PLAIN_PATH = re.compile(r"^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$")


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
    return _named_price(tuple(kept))


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
