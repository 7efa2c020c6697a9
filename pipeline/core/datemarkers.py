"""Dates written with markers instead of separators or month names, in the plain form the parser reads.

Chinese and Japanese write "2025年3月14日" (year, month and day markers), Korean "2025년 3월 14일" or
"2025. 3. 14.", Vietnamese "ngày 14 tháng 3 năm 2025" (day, month 3, year); Arabic pages may write
their own digits ("١٤ مارس ٢٠٢٥"), and East Asian pages put the half of the day before the clock
("오후 11:58", "午後3:32"). Each becomes what an English page would print ("2025-03-14", "14 March
2025", "11:58 PM"), so that the Scout and the engine read it with the rules they have for those.
"""

from __future__ import annotations

import re

_ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: Arabic-Indic and Eastern Arabic (Persian) digits, as ASCII ones.
_NATIVE_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_MONTH = r"(1[0-2]|0?[1-9])"
_DAY = r"(3[01]|[12]\d|0?[1-9])"
#: "2025年3月14日", "2025년 3월 14일": a year, month and day, each with its marker.
_CJK_FULL = re.compile(rf"(?<!\d)((?:19|20)\d\d)\s?[年년]\s?{_MONTH}\s?[月월]\s?{_DAY}\s?[日일](?!\d)")
#: "3月14日", "3월 14일": a month and day without the year.
_CJK_MONTH_DAY = re.compile(rf"(?<![\d年년]\s)(?<![\d年년]){_MONTH}\s?[月월]\s?{_DAY}\s?[日일](?!\d)")
#: "2025. 3. 14.", "2025.03.11.": Korean year-first dates closed by a dot.
_DOTTED_YEAR_FIRST = re.compile(rf"(?<![\d.])((?:19|20)\d\d)\.\s?{_MONTH}\.\s?{_DAY}\.(?!\d)")
#: "(金)", "(금)": a Japanese or Korean weekday in brackets after the date.
_CJK_WEEKDAY = re.compile(r"[(（]([月火水木金土日월화수목금토일])(?:曜日?|요일)?[)）]")
#: "3/16(日)", "3/16（월）": month and day with a slash, which Japanese and Korean pages write month
#: first (a delivery day, a sale's end); the weekday in brackets after it says whose calendar it is.
_SLASHED_MONTH_DAY = re.compile(rf"(?<![\d/.]){_MONTH}/{_DAY}(?=\s?{_CJK_WEEKDAY.pattern})")
_WEEKDAYS = dict(zip("月火水木金土日", ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), strict=True))
_WEEKDAYS.update(zip("월화수목금토일", ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), strict=True))
#: "오후 11:58", "午後3:32", "下午 3:32": the half of the day before the clock.
_HALF_DAY = re.compile(r"(오전|오후|午前|午後|上午|下午)\s?(\d{1,2}:\d{2}(?::\d{2})?)")
_AFTERNOON = frozenset({"오후", "午後", "下午"})
#: "ngày 14 tháng 3 năm 2025", "14 thg 3, 2025": Vietnamese writes the month as its number.
_VIETNAMESE_MONTH = re.compile(rf"(?<!\w)(?:tháng|thg)\s?{_MONTH}(?!\d)", re.IGNORECASE)
_VIETNAMESE_WORDS = re.compile(r"(?<!\w)(?:ngày|năm)\s(?=\d)", re.IGNORECASE)


def plain_date(text: str) -> str:
    """``text`` with marked dates in plain form: "2025年3月14日" -> "2025-03-14", "3月14日" ->
    "March 14", "3/14(金)" -> "March 14(Fri)",
    "2025. 3. 14." -> "2025-03-14", "오후 11:58" -> "11:58 PM", "tháng 3" -> "March"."""
    if text.isascii() and "." not in text and "thg" not in text.lower():
        return text  # most texts: none of the marks below is ASCII but these two
    text = text.translate(_NATIVE_DIGITS)
    text = _CJK_FULL.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", text)
    text = _CJK_MONTH_DAY.sub(lambda m: f"{_ENGLISH_MONTHS[int(m[1]) - 1]} {int(m[2])}", text)
    text = _DOTTED_YEAR_FIRST.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", text)
    text = _SLASHED_MONTH_DAY.sub(lambda m: f"{_ENGLISH_MONTHS[int(m[1]) - 1]} {int(m[2])}", text)
    text = _CJK_WEEKDAY.sub(lambda m: f"({_WEEKDAYS[m[1]]})", text)
    text = _HALF_DAY.sub(lambda m: f"{m[2]} {'PM' if m[1] in _AFTERNOON else 'AM'}", text)
    text = _VIETNAMESE_MONTH.sub(lambda m: _ENGLISH_MONTHS[int(m[1]) - 1], text)
    return _VIETNAMESE_WORDS.sub("", text)
