"""Prices that JSON writes as an object: ``{"amount": 1450, "currency": "EUR"}``.

Shops and APIs split a price into its amount and its currency (schema.org ``Offer`` has ``price`` and
``priceCurrency``; Shopify's ``MoneyV2`` has ``amount`` and ``currencyCode``). Read together they make
the same Silver value as a price read from the markup: ``{"amount": 1450.0, "currency": "EUR"}``.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.core.numbertext import parse_currency, parse_price

#: Keys holding the amount, most specific first.
AMOUNT_KEYS = ("amount", "value", "price", "amountValue", "priceValue")
#: Keys holding the currency (an ISO code, or a symbol).
CURRENCY_KEYS = ("currency", "currencyCode", "currency_code", "priceCurrency", "currencyIso", "currencyId")
_ISO_CODE = re.compile(r"^[A-Za-z]{3}$")


def currency_key(keys: Any) -> str | None:
    """The key among ``keys`` that names a currency, if any."""
    return next((k for k in CURRENCY_KEYS if k in keys), None)


def money(raw: Any) -> dict[str, object] | None:
    """``raw`` as a price if it is an amount-and-currency object, else None."""
    if not isinstance(raw, dict):
        return None
    amount_key = next((k for k in AMOUNT_KEYS if k in raw), None)
    currency_at = currency_key(raw)
    if amount_key is None or currency_at is None:
        return None
    amount, currency = raw[amount_key], raw[currency_at]
    if isinstance(amount, bool) or not isinstance(currency, str | None):
        return None
    code = _currency(currency) if currency else None
    if isinstance(amount, int | float):
        return {"amount": float(amount), "currency": code}
    if isinstance(amount, str):
        parsed = parse_price(amount)
        if parsed is not None:
            return {"amount": parsed["amount"], "currency": code or parsed["currency"]}
    return None


def _currency(raw: str) -> str | None:
    text = raw.strip()
    if _ISO_CODE.match(text):
        return text.upper()  # any ISO 4217 code, not only the ones the markup parser knows by sight
    return parse_currency(text)
