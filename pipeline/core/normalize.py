"""Turn the raw strings a selector yields into typed values (the Silver shape of a field)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from urllib.parse import urljoin, urlsplit, urlunsplit

from dateutil import parser as date_parser

from pipeline.core.localnumbers import dotted_count, is_bare_number
from pipeline.core.monthnames import in_english
from pipeline.core.relativedates import age_of, days_back
from pipeline.core.schemas import DateOrder, FieldType
from pipeline.core.yearless import PLACEHOLDER_YEAR, find_yearless, with_year

_NUMBER = re.compile(r"[-+]?\d[\d\s.,'\u00a0\u202f]*(?:[eE][-+]?\d+)?")
#: Scientific notation as data exports print it: "1.4E7" square kilometres.
_EXPONENT = re.compile(r"[eE]([-+]?\d+)$")
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
#: Longest first, so "R$" wins over "$".
_SYMBOLS_LONGEST_FIRST = tuple(sorted(_CURRENCY_SYMBOLS, key=len, reverse=True))
_ISO_CURRENCY = re.compile(
    r"\b(EUR|USD|GBP|JPY|CHF|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|INR|CNY|BRL|MXN|ZAR|RUB|TRY|KRW|SGD|HKD)\b"
)

Value = str | float | dict[str, object] | list[str] | list[float] | None


#: Invisible format marks a page may put inside a value: soft hyphens, zero-width spaces,
#: direction marks ("\u200e6.4 ounces" in a product table), word joiners, byte-order marks.
#: The zero-width joiner stays: it holds emoji sequences together.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


#: Pictographs leading a text as its icon ("🌏 Worldwide", "💰 $80k – $120k"): decoration
#: before the value, as an icon font's glyph would be. A text of pictographs alone keeps them, and
#: star glyphs ("★★★★☆ 4.0") are a rating, never an icon.
_PICTOGRAPH = r"[\U0001F000-\U0001FAFF\u2600-\u2604\u2607-\u2728\u272B-\u27BF\u2B00-\u2B4F\u2B51-\u2BFF][\uFE0F\u200D]*"
#: Every leading run of them, up to the first other character: cleaning a clean text changes nothing.
_LEADING_PICTOGRAPHS = re.compile(
    rf"^(?:(?:{_PICTOGRAPH})+\s+)+(?=[^\s\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF])"
)


def clean_text(raw: str) -> str:
    """Collapse runs of whitespace (including non-breaking spaces), drop invisible format marks
    and the pictographs a value may start with as its icon, and strip the ends."""
    # str.split() splits on exactly what the regex \s matches (Unicode whitespace, NBSP included),
    # at a fraction of the cost of a substitution: this runs several times per field.
    if not raw.isascii():
        return _LEADING_PICTOGRAPHS.sub("", " ".join(_INVISIBLE.sub("", raw).split()))
    return " ".join(raw.split())


#: Where two text nodes meet; no text node holds it (XML forbids the character).
_SEAM = "\x00"
#: A seam before closing punctuation or after an opening bracket: an inline element's edge
#: ("<a>Alexandria</a>, Egypt", "(<a>about</a>)"), which a browser shows without a space.
_SEAM_AT_PUNCTUATION = re.compile("\x00(?=[,.;:!?)\\]])|(?<=[(\\[])\x00")


def join_texts(nodes: Iterable[str]) -> str:
    """An element's text nodes as one clean text: a space where two nodes meet, except at
    punctuation ("Pharos, Alexandria, Egypt", not "Alexandria , Egypt"; "(about)")."""
    joined = _SEAM.join(nodes)
    if _SEAM in joined:
        joined = _SEAM_AT_PUNCTUATION.sub("", joined).replace(_SEAM, " ")
    return clean_text(joined)


_COMPACT = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}
_COMPACT_SUFFIX = re.compile(r"\s?([kmbt])(?!\w)", re.IGNORECASE)  # not "68 m²"
# "$ 12 99": whole and cents in separate elements, joined by a space (three digits would be thousands).
_SPLIT_CENTS = re.compile(r"(\d+)[\s\u00a0]+(\d{2})")


def parse_number(raw: str) -> float | None:
    """Read the first number in ``raw``: ``1,234.50``, ``1.234,50``, ``1.2k``, ``12 99`` (split cents)."""
    return _number_in(raw)[0]


def _number_in(raw: str) -> tuple[float | None, str]:
    """``parse_number``'s value and the text ``_NUMBER`` matched ("" when none)."""
    match = _NUMBER.search(raw)
    if match is None:
        return None, ""
    found = match.group()
    value = _plain_number(found)
    if value is None:
        return None, found
    suffix = _COMPACT_SUFFIX.match(raw, match.end() - (len(found) - len(found.rstrip())))
    if suffix is not None:
        value *= _COMPACT[suffix.group(1).lower()]
    return value, found


#: "1299", "24.90": what ``_plain_number`` would hand to float() unchanged.
_SIMPLE_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def _plain_number(text: str) -> float | None:
    if _SIMPLE_NUMBER.fullmatch(text):
        return float(text)
    exponent = _EXPONENT.search(text)
    if exponent is not None:
        mantissa = _plain_number(text[: exponent.start()])
        return None if mantissa is None else mantissa * 10 ** int(exponent.group(1))
    split = _SPLIT_CENTS.fullmatch(text.strip())
    if split is not None:
        return float(f"{split.group(1)}.{split.group(2)}")
    digits = re.sub(r"[\s'\u00a0\u202f]", "", text).rstrip(".,")
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


#: Only a letter upper-cases to one (and "€12.50" has none): a superset of str.isalpha.
_LETTER = re.compile(r"[^\W\d_]")


def parse_currency(raw: str) -> str | None:
    """The ISO 4217 code of the currency written in ``raw``, if any."""
    if _LETTER.search(raw):
        iso = _ISO_CURRENCY.search(raw.upper())
        if iso:
            return iso.group(1)
    for symbol in _SYMBOLS_LONGEST_FIRST:
        if symbol in raw:
            return _CURRENCY_SYMBOLS[symbol]
    return None


#: "1.249 €", "€ 12.500": dots grouping thousands, as German, Dutch or Italian prices write them.
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def parse_price(raw: str) -> dict[str, object] | None:
    amount, found = _number_in(raw)
    if amount is None:
        return None
    found = found.strip()
    if _DOT_THOUSANDS.fullmatch(found):
        amount = float(found.replace(".", ""))  # a price never has three decimals
    return {"amount": amount, "currency": parse_currency(raw)}


# Fuzzy parsing turns any number into a date ("4.5 stars" → 4 May), so only text that looks like a
# date is parsed: a four-digit year, a month name, or a d/m/y pattern.
_DATE_LIKE = re.compile(
    r"\b(1[89]\d\d|2\d\d\d)\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|"
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b",
    re.IGNORECASE,
)


def parse_relative_date(text: str, *, now: datetime | None = None) -> str | None:
    """Resolve "3 days ago", "yesterday", "today" against ``now`` (the extraction time), and their
    like in other languages ("vor 3 Tagen", "Hier, 21:05", "hace 2 días": ``relativedates``)."""
    days = days_back(text)
    age = timedelta(days=days) if days is not None else age_of(text)
    if age is None:
        return None
    return ((now or utcnow()) - age).replace(microsecond=0).isoformat()


#: Bracketed asides after a date ("Thu, 5 Mar 2026 (12 entries)") that the date parser chokes on.
_ASIDES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _fuzzy_date(text: str, day_first: bool = False, default: datetime | None = None) -> datetime | None:
    try:
        return date_parser.parse(text, fuzzy=True, dayfirst=day_first, default=default)
    except (ValueError, OverflowError):
        return None


#: What the parser fills in where a yearless text says nothing: a year it returns only when the
#: text wrote none (the text's month and day replace the rest).
_PLACEHOLDER = datetime(PLACEHOLDER_YEAR, 1, 1)


#: "03/04/2026", "3.4.26": a day and a month in an order only the site knows (the Scout reads the
#: two numbers to learn it, ``agents.heuristics.dateorder``)...
NUMERIC_DAY_MONTH = re.compile(r"(?<![\d.:/-])(\d{1,2})[./-](\d{1,2})[./-]\d{2,4}(?![\d.:/-]?\d)")
#: ...unlike "2026-03-04", which is always year, month, day.
_YEAR_FIRST = re.compile(r"\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b")


def parse_date(raw: str, *, now: datetime | None = None, order: DateOrder | None = None) -> str | None:
    """An ISO 8601 UTC timestamp; naive dates are taken as UTC (the original stays in Bronze).

    ``order`` says how an all-numeric date reads ("03/04/2026"): day first (3 April) or month first.
    """
    text = clean_text(raw)
    if not text:
        return None
    relative = parse_relative_date(text, now=now)
    if relative is not None:
        return relative
    text = in_english(text)  # "7 maart 2026", "12 settembre": the parser reads English months
    if not _DATE_LIKE.search(text):
        return None
    day_first = order == "day_first" and bool(NUMERIC_DAY_MONTH.search(text)) and not _YEAR_FIRST.search(text)
    yearless = find_yearless(text)
    default = _PLACEHOLDER if yearless else None
    moment = _fuzzy_date(text, day_first, default) or _fuzzy_date(_ASIDES.sub(" ", text), day_first, default)
    if moment is None:
        return None
    if yearless and moment.year == PLACEHOLDER_YEAR:
        moment = with_year(moment, yearless.weekday, now or utcnow())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat()


_RATING_WORDS = {"zero": 0.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0}
_RATING_CLASS = re.compile(r"\b(?:rating|stars?)[-_](\d)(?:[-_](\d))?\b", re.IGNORECASE)


def parse_rating(raw: str) -> float | None:
    """A rating from "4.5 / 5", "star-rating Three", "stars-4-5" or "rating-4"."""
    words = re.findall(r"[a-z]+", raw.lower())
    # Words count only in class-like text ("star-rating Three"), not in a sentence ("One of the best…").
    if len(words) <= 3:
        for word in words:
            if word in _RATING_WORDS:
                return _RATING_WORDS[word]
    match = _RATING_CLASS.search(raw)
    if match:
        return float(f"{match.group(1)}.{match.group(2)}") if match.group(2) else float(match.group(1))
    return parse_number(raw)


def normalize_value(
    field_type: FieldType,
    raw: str | list[str],
    *,
    base_url: str,
    date_order: DateOrder | None = None,
    drop_query: bool = False,
) -> Value:
    """Convert ``raw`` to the Silver value for ``field_type``; None when nothing usable is left.

    ``date_order`` is the field's hint for all-numeric dates (see ``parse_date``); ``drop_query``
    leaves a link's query string out (see ``FieldSpec.drop_query``).
    """
    if isinstance(raw, list):
        items = [text for text in map(clean_text, raw) if text]
        if field_type in ("url", "image"):
            return [_link(base_url, item, drop_query) for item in items if not _is_count(field_type, item)] or None
        if field_type in ("number", "rating"):
            parse = parse_count if field_type == "number" else parse_number
            numbers = [n for n in (parse(item) for item in items) if n is not None]
            if field_type == "number":
                numbers = [_whole(n) for n in numbers]
            return numbers or None
        return items or None
    text = clean_text(raw)
    if not text:
        return None
    if field_type in ("url", "image"):
        return None if _is_count(field_type, text) else _link(base_url, text, drop_query)
    if field_type == "price":
        return parse_price(text)
    if field_type == "date":
        return parse_date(text, order=date_order) or text
    if field_type == "rating":
        return parse_rating(text)
    if field_type == "number":
        number = parse_count(text)
        return None if number is None else _whole(number)
    if field_type == "tags":
        return [part.strip() for part in re.split(r"[,;|]", text) if part.strip()] or None
    return text


def _is_count(field_type: FieldType, text: str) -> bool:
    return field_type == "image" and is_bare_number(text)


def parse_count(raw: str) -> float | None:
    """``parse_number`` for a count, which reads "(1.284 Bewertungen)" as 1284 (``localnumbers``)."""
    dotted = dotted_count(raw)
    return dotted if dotted is not None else parse_number(raw)


def _whole(number: float) -> float:
    """A count reads as one: 31 wins, not 31.0 (JSON and CSV print the difference)."""
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


def _link(base_url: str, href: str, drop_query: bool) -> str:
    absolute = _urljoin(base_url, href)
    return urlunsplit(urlsplit(absolute)._replace(query="", fragment="")) if drop_query else absolute


#: A root-relative link of plain path segments (``/item/3-7.html``): no dot or empty segment, no
#: query, fragment or parameters, nothing urlsplit strips. ``urljoin`` gives the base's origin plus the link.
_ROOT_PATH = re.compile(r"(?:/[^/\s\\?#;.\x00-\x1f][^/\s\\?#;\x00-\x1f]*)+/?")


def _urljoin(base_url: str, href: str) -> str:
    # Each record's own link is new to the memo below: the commonest form skips urljoin's parsing.
    if _ROOT_PATH.fullmatch(href) and (origin := _origin(base_url)):
        return origin + href
    return _memo_urljoin(base_url, href)


@lru_cache(maxsize=256)
def _origin(base_url: str) -> str | None:
    parts = urlsplit(base_url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") and parts.netloc else None


@lru_cache(maxsize=4096)
def _memo_urljoin(base_url: str, href: str) -> str:
    """A page's base is the same for all its links, and a link often repeats (navigation, title and image)."""
    return urljoin(base_url, href)


def utcnow() -> datetime:
    return datetime.now(UTC)
