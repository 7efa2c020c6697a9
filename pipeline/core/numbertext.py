"""Read numbers, counts, currencies, prices and ratings out of text."""

from __future__ import annotations

import re

from pipeline.core.currencysigns import (
    AFTER_AMOUNT_SIGNS,
    CAPITAL_ISO_CODES,
    CURRENCY_SYMBOLS,
    ISO_CODES,
    LEAD_SIGNS,
    SHARED_SIGNS,
    SIGNS_LONGEST_FIRST,
    THREE_DECIMAL_CURRENCIES,
    TRAILING_WORD_SIGNS,
    sign_pattern,
)
from pipeline.core.localnumbers import dotted_count, is_zero_count
from pipeline.core.magnitudes import magnitude_at
from pipeline.core.oldamounts import is_old_caption

_NUMBER = re.compile(r"[-+]?\d[\d\s.,'\u00a0\u202f]*(?:[eE][-+]?\d+)?")
#: Swiss shops group thousands with the typographic apostrophe too ("CHF 1’299.–"); beside no
#: currency it is a foot or a minute ("6’2", "5’11”" are heights), so only an amount groups on it.
_AMOUNT = re.compile(r"[-+]?\d[\d\s.,'\u2019\u00a0\u202f]*(?:[eE][-+]?\d+)?")
#: Scientific notation as data exports print it: "1.4E7" square kilometres.
_EXPONENT = re.compile(r"[eE]([-+]?\d+)$")
#: No value a page shows is written past 10^30 ("$1e400" would overflow a float, "1e99999" take ages).
MAX_EXPONENT = 30
#: "1,980円", and after a myriad "3,980万円" (39.8 million yen), "12억원".
_AFTER_AMOUNT_SIGN = re.compile(rf"(?<=[\d万萬億亿만억])\s?([{''.join(sorted(AFTER_AMOUNT_SIGNS))}])")
_ISO_CURRENCY = re.compile(rf"\b({ISO_CODES})\b")
_CAPITAL_ISO_CURRENCY = re.compile(rf"\b({CAPITAL_ISO_CODES})\b")

_COMPACT = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}
#: A magnitude sticks to its number ("1.2M", "3k", "$1.8B"); after a space only a capital M, B or T
#: is one ("$1.8 B"), or a small k ("12,5 k abonnés"): "634 m", "5 t" and "2700 K" are metres,
#: tonnes and kelvins, not "68 m²" either.
_COMPACT_SUFFIX = re.compile(r"(?:([kmbtKMBT])|[ \u00a0\u202f]([kMBT]))(?!\w)")
# "$ 12 99", "$ 45.999 50": whole and cents in separate elements, joined by a space (three digits
# would be thousands); the whole may group its thousands.
_SPLIT_CENTS = re.compile(r"(\d{1,3}(?:[.,'\u2019\u00a0\u202f ]\d{3})+|\d+)[\s\u00a0]+(\d{2})")
_THOUSANDS_MARK = re.compile(r"[.,'\u2019\s\u00a0\u202f]")


def parse_number(raw: str) -> float | None:
    """Read the first number in ``raw``: ``1,234.50``, ``1.234,50``, ``1.2k``, ``12 99`` (split cents)."""
    return _number_in(raw)[0]


def _number_in(raw: str, match: re.Match[str] | None = None) -> tuple[float | None, str]:
    """``parse_number``'s value and the text ``_NUMBER`` matched ("" when none); ``match``: the
    number to read, when not the first."""
    match = match or _NUMBER.search(raw)
    if match is None:
        return None, ""
    found = match.group()
    value = _plain_number(found)
    if value is None:
        return None, found
    end = match.end() - (len(found) - len(found.rstrip()))
    suffix = _COMPACT_SUFFIX.match(raw, end)
    if suffix is not None:
        value *= _COMPACT[(suffix.group(1) or suffix.group(2)).lower()]
    elif (magnitude := magnitude_at(raw, end)) is not None:
        value = round(value * magnitude[0], 6)  # "12,3 тыс.", "1.2万", "2.3 lakh" (not 229999.99999999997)
    return value, found


#: "1299", "24.90": what ``_plain_number`` would hand to float() unchanged.
_SIMPLE_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def _plain_number(text: str) -> float | None:
    if _SIMPLE_NUMBER.fullmatch(text):
        return float(text)
    exponent = _EXPONENT.search(text)
    if exponent is not None:
        mantissa = _plain_number(text[: exponent.start()])
        power = exponent.group(1).lstrip("+-").lstrip("0")
        if mantissa is None or len(power) > 2 or int(power or "0") > MAX_EXPONENT:
            return None
        return mantissa * 10.0 ** int(exponent.group(1))
    split = _SPLIT_CENTS.fullmatch(text.strip())
    if split is not None:
        return float(f"{_THOUSANDS_MARK.sub('', split.group(1))}.{split.group(2)}")
    digits = re.sub(r"[\s'\u2019\u00a0\u202f]", "", text).rstrip(".,")
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


def parse_currency(raw: str, local: str | None = None) -> str | None:
    """The ISO 4217 code of the currency written in ``raw``, if any. ``local`` is the currency the
    page prices in (``FieldSpec.currency``): what an amount naming none stands for, and a sign
    it shares with others ("$" on an Argentine page is ARS, not USD)."""
    if _LETTER.search(raw):
        iso = _ISO_CURRENCY.search(raw.upper()) or _CAPITAL_ISO_CURRENCY.search(raw)
        if iso:
            return iso.group(1)
    # The first sign written names the amount ("$11 (approx. Rs 900)"); at one place the longest
    # ("R$" over "$", "Rs." over "Rs").
    signs = [(m.start(), -len(sign), sign) for sign, pattern in SIGNS_LONGEST_FIRST if (m := pattern.search(raw))]
    if any(sign not in TRAILING_WORD_SIGNS for _, _, sign in signs):
        signs = [found for found in signs if found[2] not in TRAILING_WORD_SIGNS]
    if signs:
        symbol = min(signs)[2]
        return local if local in SHARED_SIGNS.get(symbol, ()) else CURRENCY_SYMBOLS[symbol]
    after_amount = _AFTER_AMOUNT_SIGN.search(raw)
    return CURRENCY_SYMBOLS[after_amount.group(1)] if after_amount else local


#: "1.249 €", "€ 12.500": dots grouping thousands, as German, Dutch or Italian prices write them.
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


#: A currency sign or code where it is written; a code is a word of its own ("secteur" holds none),
#: and "円" or "元" is one only right after a digit.
_CURRENCY_MARK = re.compile(
    "|".join(sign_pattern(sign) for sign, _ in SIGNS_LONGEST_FIRST)
    + "|"
    + _AFTER_AMOUNT_SIGN.pattern
    + rf"|(?<![^\W\d_])(?:{ISO_CODES}|{CAPITAL_ISO_CODES})(?![^\W\d_])"
)


#: Amounts of one text looked at for the price: a card shows two or three.
MAX_PRICED_NUMBERS = 6


def _priced_number(raw: str) -> re.Match[str] | None:
    """The first number a currency sign or code stands right beside: the amount of "ab dem 25.
    Monat 14,99 €" or "2 x $5", where the first number is a month or a quantity. A number a
    caption names as the price before a sale ("Was £20 Now £15") yields to one after it."""
    found = list(_CURRENCY_MARK.finditer(raw))
    if not found:
        return None
    if any(m.group() not in TRAILING_WORD_SIGNS for m in found):
        found = [m for m in found if m.group() not in TRAILING_WORD_SIGNS]
    # A sign written only before its amount prices no number before it, one only after none after it.
    marks = [(m.start(), m.end(), m.group() in LEAD_SIGNS, m.group() in TRAILING_WORD_SIGNS) for m in found]
    priced: list[re.Match[str]] = []
    for number in _AMOUNT.finditer(raw):
        start, end = number.start(), number.start() + len(number.group().rstrip())
        for mark_start, mark_end, lead, trailing in marks:
            before = not trailing and mark_end <= start and not raw[mark_end:start].strip()
            if before or (not lead and end <= mark_start and not raw[end:mark_start].strip()):
                priced.append(number)
                break
        if len(priced) >= MAX_PRICED_NUMBERS:
            break
    previous_end = 0
    for number in priced:
        caption = _CURRENCY_MARK.sub(" ", raw[previous_end : number.start()])
        if not is_old_caption(caption.rstrip()):
            return number
        previous_end = number.end()
    return priced[0] if priced else _AMOUNT.search(raw)


def parse_price(raw: str, local: str | None = None) -> dict[str, object] | None:
    """The amount and currency of a price (``local``: the page's currency, see ``parse_currency``)."""
    amount, found = _number_in(raw, _priced_number(raw))
    if amount is None:
        return None
    found = found.strip().rstrip(",")  # "1.149,-": a whole amount, its cents a dash
    currency = parse_currency(raw, local)
    if _DOT_THOUSANDS.fullmatch(found) and currency not in THREE_DECIMAL_CURRENCIES:
        amount = float(found.replace(".", ""))  # a price has no three decimals, but in dinars
    return {"amount": amount, "currency": currency}


_RATING_WORDS = {"zero": 0.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0}
#: "stars-4-5", "rating-4", "star-rating--4.5", and "rating-45" / "stars-35": halves written as tenths.
_RATING_CLASS = re.compile(r"\b(?:rating|stars?)(?:--?|_)(?:(?!10\b)([0-5])([05])|(\d)(?:[-_.](\d))?)\b", re.IGNORECASE)
#: "5つ星のうち4.2" (Amazon's Japanese "4.2 out of 5 stars"), "5点中4.41点" (Yahoo!ショッピング's "4.41
#: points out of 5"): the scale said before the score; not a count of items ("全15点中3点", "25点中1〜20点").
_SCALE_FIRST_WORDS = re.compile(r"つ星のうち|点満点中|点中")
_SCALE_FIRST = re.compile(
    rf"(?<![\d.,全])(5|10)\s*(?:{_SCALE_FIRST_WORDS.pattern})\s*(\d{{1,2}}(?:[.,]\d{{1,2}})?)(?![\d〜~～–-])"
)
#: Star glyphs alone, each worth its fill: "★★★★☆" is 4, "★★★★½" 4.5.
_GLYPH_WORTH = {"★": 1.0, "⭐": 1.0, "☆": 0.0, "✩": 0.0, "½": 0.5, "⯨": 0.5}
#: A row of star glyphs is as long as its scale.
MAX_GLYPHS = 10


def parse_rating(raw: str) -> float | None:
    """A rating from "4.5 / 5", "star-rating Three", "stars-4-5", "rating-4", "5つ星のうち4.2" or
    "★★★★☆"; a row of full (or empty) stars only says none: another element fills them to the rating."""
    words = re.findall(r"[a-z]+", raw.lower())
    # Words count only in class-like text ("star-rating Three"), not in a sentence ("One of the best…").
    if len(words) <= 3:
        for word in words:
            if word in _RATING_WORDS:
                return _RATING_WORDS[word]
    match = _RATING_CLASS.search(raw)
    if match:
        whole, fraction = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        return float(f"{whole}.{fraction}") if fraction else float(whole)
    if scale_first := _SCALE_FIRST.search(raw):
        score = parse_number(scale_first.group(2))
        return score if score is not None and score <= int(scale_first.group(1)) else None
    if _SCALE_FIRST_WORDS.search(raw):
        return None  # "全15点中3点": items counted, no scale
    glyphs = raw.replace(" ", "")
    if glyphs and len(glyphs) <= MAX_GLYPHS and all(g in _GLYPH_WORTH for g in glyphs):
        full = {"★", "⭐"}
        says = bool(set(glyphs) & full) and bool(set(glyphs) - full)  # all full or all empty: a backdrop
        return sum(_GLYPH_WORTH[g] for g in glyphs) if says else None
    return parse_number(raw)


def parse_count(raw: str) -> float | None:
    """``parse_number`` for a count, which reads "(1.284 Bewertungen)" as 1284 and "No comments"
    as 0 (``localnumbers``)."""
    dotted = dotted_count(raw)
    if dotted is not None:
        return dotted
    number = parse_number(raw)
    return 0.0 if number is None and is_zero_count(raw) else number
