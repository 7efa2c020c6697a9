"""Recognise what a piece of text is: a price, a date, a rating, a count, a label."""

from __future__ import annotations

import re
from functools import lru_cache

from agents.heuristics.actionwords import FOREIGN_ACTION
from agents.heuristics.ratingwords import SAID_SCORE
from pipeline.core.magnitudes import MAGNITUDE
from pipeline.core.monthnames import in_english
from pipeline.core.relativedates import is_age, is_relative
from pipeline.core.yearless import MONTH_DAY, WEEKDAY, find_yearless

#: A currency written in letters ("EUR", "kr", "CHF") is a word of its own: the "eur" ending
#: "secteur 1" or "Hauteur 80" is no currency, so no letter may touch it on either side.
_LETTER_CODE = (
    r"(?:zł|kr|R\$|CHF|Fr\.|EUR|USD|GBP|JPY|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|INR|CNY|BRL|MXN|ARS|CLP|COP|UYU|TWD|"
    r"F\s?CFA|CFA|XOF|XAF|KSh|KES|TSh|TZS|USh|UGX|GH[₵¢]|GHS|NGN|ZAR|PKR|LKR|NPR|IDR|MYR|EGP|HUF|"
    r"Kč|лв\.?|грн\.?|руб\.?|AED|SAR|QAR|KWD|BHD|OMR|KRW|THB|HKD|SGD|VND|VNĐ|KZT|đ|บาท|د\.إ|ج\.م|ر\.س|ر\.ق|د\.م\.|"
    # Letters that are words, names or units in other cases ("rm", "rs", "Ron", "tl") are signs only
    # as shops write them. "Ft" is left out: "100 Ft Garden Hose" is feet as often as forints.
    r"(?-i:Rs\.?|Rp|RM|S/\.?|TL|lei|Lei|RON|BGN|UAH|ILS|JOD))"
)
#: A currency written before the amount ("$12", "EUR 12").
_CURRENCY_BEFORE = rf"(?:[$€£¥￥₹₽₩₺₪₫₴₦₱฿৳₸₲₡₾₼₵₨]|(?<![^\W\d_]){_LETTER_CODE}(?![^\W\d_]))"
#: "円" and "元" are signs of their own, written only after the amount ("1,980円"): before a number
#: they end a word ("公元2024年" is AD 2024, "单元3" unit 3).
_CURRENCY = rf"(?:{_CURRENCY_BEFORE}|[円元원])"
_AMOUNT = r"\d{1,3}(?:[ ,.\u00a0\u202f']\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
#: "3,980万円", "12억원": a myriad between the amount and its sign.
_MYRIAD = "[万萬億亿만억]"
#: "549,-", "1.149,–", "25,--": a whole amount of money as Dutch, German and Nordic shops write
#: it, a dash where the cents would be; no other number is written so, so it is a price without a sign.
WHOLE_AMOUNT = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+|\d+),(?:--?|–)(?![\d-])")
#: The rand's "R" ("R 1 299", "R1,299.00") only opening the text, before an amount grouped or with
#: cents: "R18" is an age rating, "Type R 2,500 miles" a car.
_RAND = r"^(?-i:R)\s?(?:\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?:[.,]\d{2})?|\d+[.,]\d{2})(?![\d.,])"
PRICE = re.compile(
    rf"(?:{_CURRENCY_BEFORE}\s?-?(?:{_AMOUNT}))|(?:(?:{_AMOUNT})\s?{_MYRIAD}?{_CURRENCY}(?![A-Za-z]))|{WHOLE_AMOUNT.pattern}"
    rf"|{_RAND}",
    re.IGNORECASE,
)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janv(?:ier)?|f[ée]vr(?:ier)?|"
    r"mars|avr(?:il)?|juin|juil(?:let)?|ao[uû]t|sept(?:embre)?|oct(?:obre)?|d[ée]c(?:embre)?|"
    r"januar|februar|m[äa]rz|mai|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|"
    r"junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januari|februari|maart|mrt|mei|augustus|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|"
    r"junho|julho|setembro|outubro|novembro|dezembro|jänner"
)
DATE = re.compile(
    rf"\b\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?)?"
    # "2025/03/14", "2025-3-2": year first, as East Asian pages write it, the year of this century or
    # the last (not a version number "4.2.1")...
    rf"|\b(?:19|20)\d{{2}}([-/])(?:1[0-2]|0?[1-9])\1(?:3[01]|[12]\d|0?[1-9])(?!\d)"
    # ...with dots only as "2025.03.11", month and day of two digits: "2024.8.30" and "2023.10.1" are
    # calendar versions (certifi, IDEs). "2025. 3. 14." with its closing dot is read in ``in_english``.
    rf"|\b(?:19|20)\d{{2}}\.(?:1[0-2]|0[1-9])\.(?:3[01]|[12]\d|0[1-9])(?!\d|\.\d)"
    rf"|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b"
    rf"|\b\d{{1,2}}\.\s\d{{1,2}}\.\s(?:19|20)\d{{2}}\b"  # "14. 3. 2025" (Czech, Slovak)
    rf"|\b(?:19|20)\d{{2}}\.?\s+(?:{_MONTHS})\.?\s+\d{{1,2}}\b"  # "2025. március 14." (Hungarian)
    # "03-14-2025" (MyBB, many US forums): with dashes only beside a four-digit year, as "12-04-25"
    # is as often a part number or a score.
    rf"|\b\d{{1,2}}-\d{{1,2}}-(?:19|20)\d{{2}}\b(?!-)"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(?:{_MONTHS})\.?,?\s+(?:de\s+)?\d{{4}}\b"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    rf"|\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b",
    re.IGNORECASE,
)
#: A year as a date writes it: four digits, this century or the last.
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: "7:30 PM", "19:30", "8pm": a time of day after a date.
_TIME_OF_DAY = r"\d{1,2}(?:[:.h]\d{2})?\s?[ap]\.?m\.?|\d{1,2}[:.h]\d{2}"
#: The whole text is a month and day ("Sat, Mar 14", "14 March", "Mar 14 (Sat)"), perhaps with a
#: time after it ("Tue 17 March • 8:00 PM"): nothing else, so no range, title or sentence.
YEARLESS_DATE = re.compile(
    rf"(?:{WEEKDAY},?\s+)?{MONTH_DAY}(?:,?\s*\(?{WEEKDAY}\)?)?"
    rf"(?:,?\s*(?:[•·|@,–—-]|at)?\s*(?:{_TIME_OF_DAY}))?",
    re.IGNORECASE,
)
#: "$$", "€€€": a price tier; glyphs only, so "$5" stays an amount.
PRICE_LEVEL = re.compile(r"[$€£¥₹₩]{1,4}")
#: Marks set between values on one line ("$$ • Capitol Hill", "News | Sport").
SEPARATOR = re.compile(r"\s*[•·∙⋅‧・|¦/—]+\s*")
#: "/yr", "/hour", " per month": the rate an amount is paid at, which may follow each end of a range.
_RATE_UNIT = (
    r"(?:\s?/\s?|\s+(?:a|an|per|pro|par|al|por|all'|l')\s*)(?:yr|year|hr|hour|mo|month|wk|week|day|"
    r"jahr|monat|stunde|std|tag|an|mois|heure|jour|año|mes|hora|día|anno|mese|ora|giorno|jaar|maand|uur)\b"
)
#: "€75,000 – €90,000", "58.000 € – 72.000 € / Jahr", "$40/hr - $55/hr", "￥1,000～￥1,999" (a wave
#: dash in Japanese and Chinese): two amounts, the currency before or after each.
_RANGE = re.compile(
    rf"\d(?:[\d.,\s]*[kK])?(?:\s?{_CURRENCY})?(?:{_RATE_UNIT})?\s*(?:[–—~～〜-]|\bto\b|\bbis\b|\bà\b)\s*{_CURRENCY_BEFORE}?\s?\d",
    re.IGNORECASE,
)
#: What stands between the two ends of a range shown as two amounts: a dash, "to" (Magento's
#: "From … To …"), "bis", "à", "a", "hasta", "tot".
RANGE_JOINER = re.compile(r"^[\s–—-]*(?:to|bis|à|a|hasta|tot|-|–|—)[\s:–—-]*$", re.IGNORECASE)
#: One amount alone, its currency before or after it ("60.000", "75.000 €", "$80k"): an end of a range.
_AMOUNT_ALONE = re.compile(rf"^(?:{_CURRENCY_BEFORE}\s?)?(?:{_AMOUNT})\s?[kKmM]?\s?(?:{_CURRENCY})?$", re.IGNORECASE)
#: The unit an amount is paid per, after a slash: "/ Jahr", "/ hour", "/ mois", "/ night", "/ kg";
#: a period or a measure, so that "€45,000 / Remote" is still two values.
_PER_UNIT = re.compile(
    r"^(?:yr|year|hr|hour|h|mo|month|wk|week|day|night|person|jahr|monat|stunde|std|woche|tag|nacht|"
    r"an|année|mois|heure|semaine|jour|nuit|año|mes|hora|semana|día|noche|anno|mese|ora|settimana|"
    r"giorno|notte|jaar|maand|uur|dag|kg|g|lb|oz|l|m²|m2|unit|item|piece|stück|stk)\.?$",
    re.IGNORECASE,
)
#: "4.5/5", "Rated 4 out of 5", "4 stars", and the same said in other languages ("Bewertet mit
#: 4.50 von 5", "4,5 von 5 Sternen").
RATING = re.compile(
    rf"^\s*(?:{SAID_SCORE}|(?:rated\s+)?\d(?:[.,]\d{{1,2}})?\s*(?:/\s*(?:5|10)|out of\s+(?:5|10)|stars?|★))",
    re.IGNORECASE,
)
STAR_GLYPHS = re.compile(r"^[★☆✩✪⭐½⯨\s]+$")
#: A class word saying the stars: "Three" of "star-rating Three", "stars-4-5", "a-star-4-5",
#: "star-rating--4.5", and "rating-45" / "stars-35" (halves written as tenths).
RATING_WORD_CLASS = re.compile(
    r"^(?:one|two|three|four|five|zero|[0-5](?:[-_][05])?|rating-?\d|stars?-?\d(?:[-_]\d)?"
    r"|(?:[a-z]+[-_])?(?:stars?|rating|star-rating)(?:--?|_)(?:\d(?:[-_.][05])?|[0-5][05]))$",
    re.IGNORECASE,
)
#: A count and its unit word, in any alphabet ("3 pièces", "68 m²", "12 Bewertungen").
#: "1,284", "(128)", "12 km", "3 comments:" (Blogger's count, captioning the comments below it),
#: "34 ++", "12 ♥" (a count of votes or likes and the mark a reader gives one with).
NUMBER = re.compile(r"^\(?[-+]?\d[\d\s.,'\u00a0]*\)?(?:\s?%|\s+[^\W\d_]{1,12}[.:]?|\s?(?:\+\+|[♥❤♡▲👍]))?$")
#: "18.4K", "3M", and the words of other languages ("12,3 тыс.", "1.2万", "3,4 mil", "2.3 lakh").
COMPACT_NUMBER = re.compile(rf"^[-+]?\d+(?:[.,]\d+)?(?:\s?[kKmMbB]\b|{MAGNITUDE.pattern})", re.IGNORECASE)
#: Counters East Asian pages write right after a count: "1,234件", "12개", "3人".
_COUNTERS = "件個个개건명名人回次条條票"
#: A count written otherwise: capped beyond any age ("999+", "99+"; "18+" is an age), with a
#: counter ("(1,234件)", "128件のレビュー"), after its noun in a CJK or Hangul script ("리뷰 128",
#: "评论 128"), or in brackets after a word ("Bewertungen (128)"; "Page 2" is no count, "Dune (2021)" a year).
LABELLED_COUNT = re.compile(
    r"^(?:\(?(?:99|[1-9]\d{2,}|\d{1,3}(?:,\d{3})+)\+\)?"
    rf"|\(?\d[\d.,]{{0,12}}[{_COUNTERS}][^\W\d_]{{0,10}}\)?"
    r"|[\uac00-\ud7af\u3040-\u30ff\u4e00-\u9fff]{1,8}\s?\(?\d[\d.,]{0,12}\)?"
    r"|[^\W\d_]{3,20}\s\((?!(?:1[5-9]|20)\d\d\))\d[\d.,]{0,12}\))$"
)
#: "54 KB", "1.2 MB", "3 GiB", "980 bytes": a size a person reads with its unit.
DATA_SIZE = re.compile(r"^\d[\d.,]*\s?(?:[kKMGTP]i?B|bytes?)$")
#: "2. OG", "3. Etage", "1. Liga": a German or Scandinavian ordinal before its noun, a place, not a count.
ORDINAL_WORD = re.compile(r"^\d{1,3}\.\s+[^\W\d_]")
NUMBER_UNIT = re.compile(r"^[-+]?\d[\d.,]*\s+([^\W\d_]{2,14})[.:]?$")
BYLINE = re.compile(r"^(?:by|par|von|por|di|door)\s+\S", re.IGNORECASE)
LABEL = re.compile(r"^[A-Za-zÀ-ÿ][\w ./&()'À-ÿ-]{0,28}:$")
#: Link and button texts that are actions, not data, in English.
ENGLISH_ACTION_TEXT = re.compile(
    r"^(?:\(?(?:read|learn|see|view|show|find out)(?: (?:more|all|details|full story|products|options))?\)?|more|"
    r"details|add to (?:cart|basket|bag|wishlist|list)|buy(?: now)?|about|\(about\)|share|reply|save|"
    r"apply(?: now)?|book(?: now)?|order|compare|wishlist|hide|flag|report|permalink|quick ?view|"
    r"(?:select|choose) options|continue reading.*|call(?: now| agent)?|e-?mail(?: agent| seller)?|"
    r"contact(?: agent| seller| us)?|message(?: seller)?|enquire(?: now)?|get directions|star|follow|watch)"
    r"\s*[»›→…]*$",
    re.IGNORECASE,
)
#: ...and the same in English or another language (``actionwords``).
ACTION_TEXT = re.compile(rf"^(?:{FOREIGN_ACTION})\s*[»›→…]*$|{ENGLISH_ACTION_TEXT.pattern}", re.IGNORECASE)


def is_address(value: str) -> bool:
    """A link's value as extracted: site-relative (``/p/1``) or absolute over HTTP(S)."""
    return value.startswith(("/", "http://", "https://"))


def is_price(text: str) -> bool:
    return bool(PRICE.search(text)) and len(text) <= 60


def is_currency(text: str) -> bool:
    """ "円", "kr", "€", "EUR": a currency alone, the sign of an amount beside it."""
    return bool(_CURRENCY_ALONE.fullmatch(text.strip()))


_CURRENCY_ALONE = re.compile(_CURRENCY, re.IGNORECASE)


#: Words around an amount that make a sentence of it ("Mismo precio en 12 cuotas de $25.000"),
#: past a caption or two ("from", "ab", "Was", "Starting at just", "current price Now … Was").
MIN_SENTENCE_WORDS = 4
_WORD = re.compile(r"[^\W\d_]+")
_RATE = re.compile(_RATE_UNIT, re.IGNORECASE)


def is_price_in_sentence(text: str) -> bool:
    """An amount inside a sentence that counts something else: "Mismo precio en 12 cuotas de
    $25.000", "or 4 interest-free payments of $25 with Afterpay": the sentence is the value, the
    amount one word of it. Captions ("from $12", "ab 12 €", "Was $30", "current price Now $19.90,
    Was $24.97"), what the amount is paid per ("$12 / month") and a caption before a colon
    ("Price: $12") make no such sentence."""
    if PRICE.search(text) is None:
        return False
    rest = _RATE.sub(" ", PRICE.sub(" ", text.rpartition(":")[2]))
    return len(_WORD.findall(rest)) >= MIN_SENTENCE_WORDS and bool(_DIGIT.search(rest))


def is_price_level(text: str) -> bool:
    """ "$$", "€€€": a price tier written in currency glyphs, a value of its own kind (a cheap or
    a dear place), never an amount."""
    return bool(PRICE_LEVEL.fullmatch(text.strip()))


def is_separator(text: str) -> bool:
    """ "•", " | ", "·": marks between values, never a value themselves."""
    return bool(SEPARATOR.fullmatch(text))


def is_price_range(text: str) -> bool:
    """``€75,000 – €90,000``, ``$40 to $55 an hour``: two amounts, which one price would halve."""
    return is_price(text) and bool(_RANGE.search(text))


def are_range_ends(start: str, end: str) -> bool:
    """ "60.000" – "75.000 €", "$80k" – "$120k": two amounts, a currency on one at least, which a
    dash between them joins into one range of pay or price."""
    amounts = all(_AMOUNT_ALONE.match(t.strip()) for t in (start, end))
    return amounts and any(PRICE.search(t) for t in (start, end))


def is_per_unit(price: str, unit: str) -> bool:
    """ "60.000 – 75.000 €" / "Jahr": one word after an amount is what the amount is paid per."""
    return is_price(price) and bool(_PER_UNIT.match(unit.strip()))


def holds_price(text: str) -> bool:
    """Whether a longer text (a whole record) shows a price somewhere."""
    return bool(PRICE.search(text))


def is_single_value(text: str) -> bool:
    """The whole text is one price, one count (with its unit) or one date, nothing around it."""
    if is_number(text) or is_compact_number(text):
        return True
    for pattern in (PRICE, DATE):
        match = pattern.search(text)
        if match and not re.search(r"[^\W_]", text[: match.start()] + text[match.end() :]):
            return True
    return False


_DIGIT = re.compile(r"\d")
#: The same texts are typed over and over (each slot, each page): their English form is kept.
_in_english = lru_cache(maxsize=8192)(in_english)
#: Longer texts hold a date among other words, not a date.
MAX_DATE_CHARS = 80


#: A year-first number after "v" or a version word ("v2024.03.14", "Version 2025.03.01"): a release.
_VERSIONED = re.compile(
    r"(?:\bv|\b(?:ver|version|versie|versión|versione|versão|release|build)\.?)\s*(?:19|20)\d\d[.-]\d", re.IGNORECASE
)


def is_date(text: str) -> bool:
    """A full date ("14. März 2025", "3 de marzo de 2024") or an age ("3 days ago", "vor 3 Tagen")."""
    if len(text) > MAX_DATE_CHARS or not _DIGIT.search(text) or _VERSIONED.search(text):
        return False  # an age of words alone ("an hour ago") is no date here, in any language
    if DATE.search(text) or is_age(text):
        return True
    english = _in_english(text)  # "3 de março de 2024", "12. Okt. 2024"
    return english != text and bool(DATE.search(english))


def is_yearless_date(text: str) -> bool:
    """ "Sat, Mar 14", "14 maart", "March 3 • 7:30 PM": a day of a month, which the engine dates
    to the year its weekday or the extraction time points to."""
    if len(text) > MAX_DATE_CHARS:
        return False
    english = in_english(text.strip())  # the engine reads foreign month names beside a day
    english = _DAY_OF.sub(" ", english)  # "3 de marzo": the day of the month
    return bool(YEARLESS_DATE.fullmatch(english)) and find_yearless(english) is not None


#: "de" between a day and its month ("3 de marzo", "3 de março"), which the engine's parser skips.
_DAY_OF = re.compile(r"(?<=\d) de (?=[A-Za-z])")


#: The day a range runs to, its month carried over from the start ("Nov 3 – 8").
_DAY = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])$")


def is_date_range(start: str, end: str) -> bool:
    """ "Nov 3" – "8", "Oct 27" – "Nov 1", "3" – "8 Nov": the two ends of a range of days, the
    month written once where both fall in it."""
    dated = [is_date(t) or is_yearless_date(t) for t in (start, end)]
    day = [bool(_DAY.match(t.strip())) for t in (start, end)]
    return (dated[0] and (dated[1] or day[1])) or (day[0] and dated[1])


def is_relative_date(text: str) -> bool:
    """ "3 days ago", "vor 3 Tagen", "Hier, 21:05": a date only relative to the visit, which
    normalisation cannot pin down (read as the engine reads it, ``relativedates``)."""
    return bool(re.search(r"\bago\b|\byesterday\b|\btoday\b", text, re.IGNORECASE)) or is_relative(text)


def is_compact_number(text: str) -> bool:
    """ "1.2k", "15.2k points", "3M": a count rounded for display, exact only in a tooltip."""
    return bool(COMPACT_NUMBER.match(text.strip()))


def is_data_size(text: str) -> bool:
    return bool(DATA_SIZE.match(text.strip()))


def is_rating(text: str) -> bool:
    return bool(RATING.match(text)) or bool(STAR_GLYPHS.match(text) and text.strip())


def is_number(text: str) -> bool:
    """``1,284``, ``+0.84%``, ``(128)``, ``12 km``, ``(8,921 reviews)``."""
    bare = text.strip()
    if bare.startswith("(") and bare.endswith(")"):
        bare = bare[1:-1]
    # The length first: on a hostile run of spaces the pattern backtracks quadratically.
    return len(text) <= 30 and bool(NUMBER.match(bare)) and not ORDINAL_WORD.match(bare)


def is_labelled_count(text: str) -> bool:
    """ "999+", "(1,234件)", "리뷰 128", "Bewertungen (128)": a count with its cap, counter or noun."""
    return len(text) <= 30 and bool(LABELLED_COUNT.match(text.strip()))


def is_label(text: str) -> bool:
    """A short caption ending with a colon, such as ``Origin:``."""
    return bool(LABEL.match(text.strip()))


def unit_of(text: str) -> str | None:
    """``"3 beds"``, ``"(8,921 reviews)"`` -> beds, reviews: the unit names a count that has no
    other label."""
    match = NUMBER_UNIT.match(text.strip().removeprefix("(").removesuffix(")"))
    return match.group(1).lower() if match else None


def share(flags: list[bool]) -> float:
    return sum(flags) / len(flags) if flags else 0.0
