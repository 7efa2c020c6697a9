"""Turn the raw strings a selector yields into typed values (the Silver shape of a field)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from urllib.parse import urljoin

from dateutil import parser as date_parser

from pipeline.core.schemas import FieldType

_SPACE = re.compile(r"\s+")
_NUMBER = re.compile(r"[-+]?\d[\d\s.,'\u00a0\u202f]*")
_CURRENCY_SYMBOLS = {
    "€": "EUR",
    "$": "USD",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "₺": "TRY",
    "₪": "ILS",
    "₫": "VND",
    "₴": "UAH",
    "₦": "NGN",
    "zł": "PLN",
    "kr": "SEK",
    "R$": "BRL",
    "CHF": "CHF",
    "Fr.": "CHF",
}
_ISO_CURRENCY = re.compile(
    r"\b(EUR|USD|GBP|JPY|CHF|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|INR|CNY|BRL|MXN|ZAR|RUB|TRY|KRW|SGD|HKD)\b"
)

Value = str | float | dict[str, object] | list[str] | None


def clean_text(raw: str) -> str:
    """Collapse runs of whitespace (including non-breaking spaces) and strip the ends."""
    return _SPACE.sub(" ", raw.replace("\u00a0", " ")).strip()


def parse_number(raw: str) -> float | None:
    """Read the first number in ``raw``, accepting both ``1,234.50`` and ``1.234,50``."""
    match = _NUMBER.search(raw)
    if match is None:
        return None
    digits = re.sub(r"[\s'\u00a0\u202f]", "", match.group()).rstrip(".,")
    if "," in digits and "." in digits:
        # Whichever separator comes last is the decimal one.
        if digits.rfind(",") > digits.rfind("."):
            digits = digits.replace(".", "").replace(",", ".")
        else:
            digits = digits.replace(",", "")
    elif "," in digits:
        whole, _, tail = digits.rpartition(",")
        # "1,234" is a thousands separator; "24,90" and "1,5" are decimals.
        digits = digits.replace(",", "") if len(tail) == 3 and whole else whole.replace(",", "") + "." + tail
    elif digits.count(".") > 1:
        digits = digits.replace(".", "")
    try:
        return float(digits)
    except ValueError:
        return None


def parse_currency(raw: str) -> str | None:
    """The ISO 4217 code of the currency written in ``raw``, if any."""
    iso = _ISO_CURRENCY.search(raw.upper())
    if iso:
        return iso.group(1)
    for symbol in sorted(_CURRENCY_SYMBOLS, key=len, reverse=True):
        if symbol in raw:
            return _CURRENCY_SYMBOLS[symbol]
    return None


def parse_price(raw: str) -> dict[str, object] | None:
    amount = parse_number(raw)
    if amount is None:
        return None
    return {"amount": amount, "currency": parse_currency(raw)}


def parse_date(raw: str) -> str | None:
    """An ISO 8601 UTC timestamp; naive dates are taken as UTC (the original stays in Bronze)."""
    text = clean_text(raw)
    if not text or not re.search(r"\d", text):
        return None
    try:
        moment = date_parser.parse(text, fuzzy=True)
    except (ValueError, OverflowError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat()


def normalize_value(field_type: FieldType, raw: str | list[str], *, base_url: str) -> Value:
    """Convert ``raw`` to the Silver value for ``field_type``; None when nothing usable is left."""
    if isinstance(raw, list):
        items = [clean_text(item) for item in raw]
        return [item for item in items if item] or None
    text = clean_text(raw)
    if not text:
        return None
    if field_type in ("url", "image"):
        return urljoin(base_url, text)
    if field_type == "price":
        return parse_price(text)
    if field_type == "date":
        return parse_date(text) or text
    if field_type in ("number", "rating"):
        return parse_number(text)
    if field_type == "tags":
        return [part.strip() for part in re.split(r"[,;|]", text) if part.strip()] or None
    return text


def utcnow() -> datetime:
    return datetime.now(UTC)
