"""Turn the raw strings a selector yields into typed values (the Silver shape of a field)."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urljoin, urlsplit, urlunsplit

from pipeline.core.cleantext import clean_text, prints_missing
from pipeline.core.datetext import parse_date
from pipeline.core.localnumbers import is_bare_number, without_thousands_dots
from pipeline.core.numbertext import parse_count, parse_number, parse_price, parse_rating
from pipeline.core.relativedates import is_relative
from pipeline.core.schemas import DateOrder, FieldType
from pipeline.core.srcsets import best_picture

Value = str | float | dict[str, object] | list[str] | list[float] | None


def normalize_value(
    field_type: FieldType,
    raw: str | list[str],
    *,
    base_url: str,
    date_order: DateOrder | None = None,
    drop_query: bool = False,
    currency: str | None = None,
    mixed_dates: bool = False,
    thousands_dot: bool = False,
) -> Value:
    """Convert ``raw`` to the Silver value for ``field_type``; None when nothing usable is left.

    ``date_order`` is the field's hint for all-numeric dates (see ``parse_date``); ``drop_query``
    leaves a link's query string out (see ``FieldSpec.drop_query``); ``currency`` is the page's, for
    a price naming none or a sign several currencies share (see ``FieldSpec.currency``);
    ``mixed_dates`` writes a text field's calendar dates as dates, its ages as shown (``FieldSpec.mixed_dates``);
    ``thousands_dot`` reads a number's dots as grouping its thousands ("84.000 km", ``FieldSpec.thousands_dot``).
    """
    if isinstance(raw, list):
        items = [text for text in map(clean_text, raw) if text and not prints_missing(text)]
        if field_type in ("url", "image"):
            items = [best_picture(item) for item in items] if field_type == "image" else items
            links = [_link(base_url, item, drop_query) for item in items if not _is_count(field_type, item)]
            return [link for link in links if link is not None] or None
        if field_type in ("number", "rating"):
            return _numbers(field_type, items, thousands_dot=thousands_dot)
        return items or None
    text = clean_text(raw)
    if not text or prints_missing(text):
        return None
    if field_type in ("url", "image"):
        text = best_picture(text) if field_type == "image" else text  # a data-srcset: its widest file
        return None if _is_count(field_type, text) else _link(base_url, text, drop_query)
    if field_type == "price":
        return parse_price(text, currency)
    if field_type == "date":
        # An age no date reaches ("5000 years ago") is no date either: its text names none.
        return parse_date(text, order=date_order) or (None if is_relative(text) else text)
    if field_type == "rating":
        return parse_rating(text)
    if field_type == "number":
        number = parse_count(without_thousands_dots(text) if thousands_dot else text)
        return None if number is None else _whole(number)
    if field_type == "tags":
        return [part.strip() for part in re.split(r"[,;|]", text) if part.strip()] or None
    if mixed_dates and not is_relative(text):
        # "12.03.2025" beside "vor 3 Stunden": a column that ages records lists past ones ("12 mars" read in
        # December is this year's March, not next year's).
        return parse_date(text, order=date_order, past=True) or text
    return text


def _numbers(field_type: FieldType, items: list[str], *, thousands_dot: bool) -> list[float] | None:
    """The numbers of a list's items: counts (whole where they are) or ratings."""
    if field_type == "rating":
        return [n for n in map(parse_number, items) if n is not None] or None
    grouped = [without_thousands_dots(item) for item in items] if thousands_dot else items
    return [_whole(n) for n in map(parse_count, grouped) if n is not None] or None


def _is_count(field_type: FieldType, text: str) -> bool:
    return field_type == "image" and is_bare_number(text)


def _whole(number: float) -> float:
    """A count reads as one: 31 wins, not 31.0 (JSON and CSV print the difference)."""
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


def _link(base_url: str, href: str, drop_query: bool) -> str | None:
    try:
        absolute = _urljoin(base_url, href)
        return urlunsplit(urlsplit(absolute)._replace(query="", fragment="")) if drop_query else absolute
    except ValueError:  # "http://[oops/": no address a request could be made to
        return None


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
