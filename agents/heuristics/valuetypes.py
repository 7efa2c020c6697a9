"""What type a column of values has: a price, a rating, a date, a number with one unit, text.

A field's values are judged together: most of them must look like one type, numbers must share
their unit, and a few shapes are kept apart on purpose (times of day, version numbers, ranges).
"""

from __future__ import annotations

import re
from collections import Counter

from agents.heuristics import values
from agents.heuristics.unitwords import unit_word, unit_words_apart
from agents.heuristics.writtendigits import DOTTED, is_digit_string, is_glued_code
from pipeline.core.localnumbers import is_zero_count
from pipeline.core.numbertext import parse_number
from pipeline.core.schemas import FieldType

#: Share of values that must look like a price (date, rating…) for the field to get that type.
TYPE_SHARE = 0.6
#: The largest value of a rating scale (out of 5, out of 10); bigger whole numbers are counts.
MAX_RATING = 10
#: Share of ranges ("€75,000 – €90,000", "$15 – $25") among a field's prices from which it is
#: kept as written: as with deals, a quarter of the records losing their range's top end is too many.
RANGE_SHARE = 0.25
#: ...when at least this share of its values are prices at all (or "Free", a price of nothing).
PRICE_SHARE_OF_RANGES = 0.75
#: Words a shop writes for a price of nothing ("Free" on an app, an event, a course), in the
#: languages shops most often show them in.
ZERO_PRICE_WORDS = frozenset({"free", "gratis", "kostenlos", "gratuit", "gratuito", "gratuita"})
#: Share of multi-buy deals ("Any 3 for £5") above which a column of prices is an offer, kept as written.
DEAL_SHARE = 0.25
#: Share of ages ("2 days ago") above which a column of dates is kept as written.
RELATIVE_SHARE = 0.3


def are_ranges(texts: list[str], later: frozenset[str] = frozenset()) -> bool:
    """Ranges ("€75,000 – €90,000") in a fair share of the prices, and prices (or "Free") nearly
    everywhere: typed as a price the field would keep one end only. A few words among them
    ("Mindestlohn", a pay grade) are still salaries, kept as written; but a word that other
    records show after the price in the same place (``later``: "Full-time" where a job shows no
    salary) is another field's, and the price type is what keeps it out."""
    prices = [t for t in texts if values.is_price(t)]
    if any(t in later for t in texts if t not in prices):
        return False
    priced = [t for t in texts if t in prices or is_zero_price(t)]  # "Free" beside "$15 – $25": shown as written
    return (
        len(priced) >= PRICE_SHARE_OF_RANGES * len(texts)
        and values.share([values.is_price_range(t) for t in prices]) >= RANGE_SHARE
    )


#: A multi-buy deal: "Any 3 for £5", "2 für 5 €", "3 pour 2", "3 per 2", "2x1", "Buy 2 get 1 free".
_DEAL_FOR_AMOUNT = re.compile(
    r"(?<![\d.,])\d{1,2}\s*(?:for|für|pour|por|per|voor)\s+(?:[$€£¥]\s?\d|\d[\d.,]*\s?[$€£¥])", re.IGNORECASE
)
_DEAL_FOR_COUNT = re.compile(
    r"(?<![\d.,\w])(\d)\s?(?:x|for|für|pour|por|per|voor)\s?(\d)(?![\d.,\w]|\s?(?:[^\W\d_]{1,2}|[$€£¥])\b)",
    re.IGNORECASE,
)
_BUY_GET = re.compile(r"\bbuy\s+\d+\s+get\s+\d+", re.IGNORECASE)


def is_deal(text: str) -> bool:
    """A multi-buy deal: so many for an amount ("Any 3 for £5"), or for the price of fewer
    ("3 for 2", "2x1"; not "1x2 m", a size), or "buy 2 get 1"."""
    if _DEAL_FOR_AMOUNT.search(text) or _BUY_GET.search(text):
        return True
    return any(int(many) > int(paid) for many, paid in _DEAL_FOR_COUNT.findall(text))


def are_deals(texts: list[str]) -> bool:
    """Multi-buy deals in a fair share of ``texts``: the price type would keep "£5" and lose
    what it buys, so the column (an offer) stays as written."""
    return values.share([is_deal(t) for t in texts]) >= DEAL_SHARE


def is_zero_price(text: str) -> bool:
    """ "Free", "Gratis", "Kostenlos": the whole value says the price is nothing."""
    return text.strip().rstrip("!.").casefold() in ZERO_PRICE_WORDS


def are_prices_or_free(texts: list[str]) -> bool:
    """A price column where some records say "Free": "Free" beside "£7.49" is a price of
    nothing, not a reason to read "£7.49" as text. Some values must be real prices, and "Free
    shipping" or a "Free" badge over a column of words is not one."""
    priced = [t for t in texts if not is_zero_price(t)]
    return 0 < len(priced) < len(texts) and values.share([values.is_price(t) for t in priced]) >= TYPE_SHARE


def are_relative_dates(texts: list[str]) -> bool:
    """Ages ("6 months ago", "yesterday") in a fair share of ``texts``: the date type would turn
    them into calendar dates the page never showed, so they stay what a person reads."""
    return values.share([values.is_relative_date(t) for t in texts]) > RELATIVE_SHARE


#: "1.287", "12.500": a number whose dots could group thousands (three digits after each).
_DOT_GROUPED = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3})+(?![\d.,])")


def are_counts(texts: list[str]) -> bool:
    """Whole numbers beyond any rating scale: "1,284" stars, a score of 15234. Beside such whole
    numbers ("(987)"), "(1.287)" is a count whose dot groups thousands, as German pages write
    them: no rating scale reaches 987, and none is written to three decimals beside whole ones.
    Words without a digit where a record has no count yet ("Jetzt bewerten") are passed over."""
    written = [t for t in texts if any(c.isdigit() for c in t)]
    numbers = [parse_number(t) for t in written]
    if len(written) < TYPE_SHARE * len(texts) or not any(n is not None and n == int(n) > MAX_RATING for n in numbers):
        return False
    return all(n is not None and (n == int(n) or _DOT_GROUPED.search(t)) for n, t in zip(numbers, written, strict=True))


#: A year and nothing more, perhaps in brackets.
_BARE_YEAR = re.compile(r"\(?(?:1[5-9]|20)\d\d\)?")


def zero_counts(texts: list[str]) -> set[str]:
    """The texts saying a count of none ("No comments:", "Leave a Comment") in a column where
    other records write the count ("3 comments"): they are counts too, which read as 0."""
    zeros = {t for t in texts if is_zero_count(t)}
    return zeros if zeros and any(values.is_number(t) for t in texts if t not in zeros) else set()


def are_bare_years(texts: list[str]) -> bool:
    """ "2025", "(2024)": years alone, under a date name (``itemprop=datePublished``): a year
    column, as no day of the year is written."""
    return bool(texts) and all(_BARE_YEAR.fullmatch(t.strip()) for t in texts)


def type_from_values(texts: list[str]) -> FieldType:
    """The type ``texts`` are stored as: that of their kind (``kind_from_values``), but text for
    ages ("6 months ago"), which no calendar date renders faithfully."""
    kind = kind_from_values(texts)
    return "text" if kind == "date" and are_relative_dates(texts) else kind


def kind_from_values(texts: list[str]) -> FieldType:
    """The first kind most of ``texts`` are: price, rating, date, number (one unit), author.
    Ages count as dates here, since a date is what they name."""
    if texts and values.share([values.is_data_size(t) for t in texts]) >= TYPE_SHARE:
        return "text"  # "54 KB" beside "1.2 MB": a number alone would lose its unit
    if texts and are_deals(texts):
        return "text"  # "Any 3 for £5": one amount would lose the deal
    if texts and values.share([_is_ordinal(t) for t in texts]) >= TYPE_SHARE:
        return "text"  # "2. Geschoss", "3rd floor": a place in an order, whose number alone says neither
    if are_prices_or_free(texts):
        return "price"
    zeros = zero_counts(texts)
    for check, field_type in (
        (lambda t: values.is_price(t) and not values.is_price_in_sentence(t), "price"),  # not "12 cuotas de $25"
        (values.is_rating, "rating"),
        (lambda t: values.is_date(t) or values.is_yearless_date(t), "date"),  # "Sat, Mar 14"
        (
            lambda t: values.is_number(t) or values.is_compact_number(t) or values.is_labelled_count(t) or t in zeros,
            "number",
        ),  # "18.4K" views, "999+", "리뷰 128"
        (lambda t: bool(values.BYLINE.match(t)), "author"),
    ):
        if field_type == "number" and not _one_kind_of_number(texts):
            continue
        if texts and values.share([check(t) for t in texts]) >= TYPE_SHARE:
            return field_type  # type: ignore[return-value]
    return "text"


#: An ordinal and the word it orders: "2. Geschoss", "3rd floor", "2e étage", "1er étage", "3º piso".
_ORDINAL = re.compile(r"^\d{1,3}(?:\.|st|nd|rd|th|º|ª|°|e|er|ère|ème)\s+[^\W\d_]", re.IGNORECASE)


def _is_ordinal(text: str) -> bool:
    """ "2. Geschoss", "3rd floor": an ordinal and the word it orders; never a date ("14. März 2025")."""
    return bool(_ORDINAL.match(text.strip())) and not (values.is_date(text) or values.is_yearless_date(text))


#: A time of day ("19:30", "8.15 pm"), which the date type would turn into a made-up date; no
#: hour has 60 minutes or more, so "4.92" is a number (a rating), not a time.
CLOCK = re.compile(r"^\d{1,2}[:.h][0-5]\d(?:\s?[ap]\.?m\.?)?$", re.IGNORECASE)
#: Words before a bracketed number ("Bewertungen (128)", "Lyon (69)"): the caption of a count or a name.
_BRACKETED_COUNT = re.compile(r"^([^\W\d_][^\d()]{1,40}?)\s*\(\d[\d.,]*\)$")


def _one_kind_of_number(texts: list[str]) -> bool:
    """Numbers of one field share their unit ("12 km", "8 km"); words that change from value to
    value ("635.9 LLO", "712.6 OUD": call numbers) or values with a second number ("1 hr 15 mins"
    beside "45 mins") make the field text."""
    if any(DOTTED.match(t) or is_digit_string(t) or is_glued_code(t) for t in texts):
        return False
    numbers = [t for t in texts if values.is_number(t) or values.is_compact_number(t)]
    counted = [(t, unit) for t in numbers if (unit := unit_word(t))]
    worded = [unit for _t, unit in counted]
    if len(worded) >= 2 and Counter(worded).most_common(1)[0][1] < TYPE_SHARE * len(worded):
        return False
    if unit_words_apart(counted) or _named_codes(texts):
        return False
    mixed = [
        t
        for t in texts
        if re.search(r"\d", t)
        and not values.is_number(t)
        and not values.is_compact_number(t)
        and not values.is_price(t)
    ]
    return not (worded and mixed)


def _named_codes(texts: list[str]) -> bool:
    """ "Lyon (69)" beside "Grenoble (38)": a name with its code in brackets (a town and its
    district, a hall and its number), not a count. A count's caption is the same word in every
    record ("Bewertungen (128)"); names that change from value to value say what the value is."""
    # One caption, singular or plural: "Review (1)" beside "Reviews (12)".
    leads = [m.group(1).lower().removesuffix("s") for t in texts if (m := _BRACKETED_COUNT.match(t.strip()))]
    return len(leads) >= 2 and Counter(leads).most_common(1)[0][1] < TYPE_SHARE * len(leads)
