"""Dates written relative to the visit ("3 days ago", "vor 3 Tagen", "Hier, 21:05", "3日前"), in the
languages sites are written in.

The Scout (``agents.heuristics.values``) and the engine (``datetext.parse_date``) read them with
this one vocabulary, so that a text the Scout calls an age is the one the engine resolves. A day
word of another language counts only as the whole value, perhaps with a clock after it
("Aujourd'hui, 14:32"): "Hier" opens German and Dutch sentences ("hier klicken") too.
"""

from __future__ import annotations

import re
from datetime import timedelta

#: "today", "yesterday" in English, anywhere in the text (as the engine has always read them).
_ENGLISH_DAY = re.compile(r"\b(just now|today|yesterday)\b", re.IGNORECASE)
_DAY_WORDS = {
    **dict.fromkeys(("aujourd'hui", "aujourd’hui", "à l'instant", "heute", "gerade eben", "hoy", "vandaag"), 0),
    **dict.fromkeys(("oggi", "hoje", "ahora", "adesso", "agora", "zojuist"), 0),
    **dict.fromkeys(("hier", "gestern", "ayer", "gisteren", "ieri", "ontem"), 1),
    **dict.fromkeys(("avant-hier", "vorgestern", "anteayer", "eergisteren", "l'altro ieri", "anteontem"), 2),
}
_DAY_WORD = re.compile(
    r"^(?P<word>" + "|".join(sorted(map(re.escape, _DAY_WORDS), key=len, reverse=True)) + r")"
    r"(?:,?\s{0,3}(?:à|um|a las|alle|om|às|at)?\s{0,3}\d{1,2}[:h.]\d{2}(?:\s?[ap]\.?m\.?)?)?$",
    re.IGNORECASE,
)
#: The count of an age: digits, or the word for one.
_ONE = ("a", "an", "one", "un", "une", "ein", "eine", "einem", "einer", "uno", "una", "um", "uma", "een")
_N = r"(?P<n>\d{1,4}|" + "|".join(_ONE) + r")"
_UNIT_WORDS: tuple[tuple[timedelta, tuple[str, ...]], ...] = (
    (timedelta(seconds=1), ("sec", "second", "sekunde", "seconde", "segundo", "secondo", "secondi")),
    (timedelta(minutes=1), ("min", "minute", "minuto", "minuut", "minuti")),
    (timedelta(hours=1), ("hour", "hr", "h", "stunde", "std", "heure", "hora", "uur", "ora", "ore")),
    (timedelta(days=1), ("day", "tag", "tage", "jour", "día", "dia", "dag", "giorno", "giorni")),
    (timedelta(weeks=1), ("week", "wk", "woche", "semaine", "semana", "settimana", "settimane", "weken")),
    (timedelta(days=30), ("month", "mo", "monat", "mois", "mes", "mês", "maand", "mese", "mesi")),
    (timedelta(days=365), ("year", "yr", "jahr", "an", "année", "año", "ano", "jaar", "jaren", "anno", "anni")),
)
_UNITS = {word: span for span, words in _UNIT_WORDS for word in words}
_UNIT = r"(?P<unit>[^\W\d_]{1,12})\.?"
#: "3 days ago", "vor 3 Tagen", "il y a 2 jours", "hace 2 días", "há 2 dias", "3 dagen geleden", "2 giorni fa".
_AGES = (
    re.compile(rf"\b{_N}\s{{0,3}}{_UNIT}\s+ago\b", re.IGNORECASE),
    re.compile(rf"\bvor\s+{_N}\s+{_UNIT}(?!\w)", re.IGNORECASE),
    re.compile(rf"\bil y a\s+{_N}\s+{_UNIT}(?!\w)", re.IGNORECASE),
    re.compile(rf"(?<!\w)(?:hace|há)\s+{_N}\s+{_UNIT}(?!\w)", re.IGNORECASE),
    re.compile(rf"\b{_N}\s+{_UNIT}\s+geleden\b", re.IGNORECASE),
    re.compile(rf"\b{_N}\s+{_UNIT}\s+fa\b", re.IGNORECASE),
)

#: "3日前", "5小时前", "2주 전": Japanese, Chinese and Korean write the count, its unit and "before"
#: with no space (Korean with one before "전"), so the unit is one of a closed list, not a word.
_CJK_UNITS: dict[str, timedelta] = {
    **dict.fromkeys(("秒", "초"), timedelta(seconds=1)),
    **dict.fromkeys(("分", "分钟", "分鐘", "분"), timedelta(minutes=1)),
    **dict.fromkeys(("時間", "小时", "小時", "시간"), timedelta(hours=1)),
    **dict.fromkeys(("日", "天", "일"), timedelta(days=1)),
    **dict.fromkeys(("週間", "週", "周", "주"), timedelta(weeks=1)),
    **dict.fromkeys(("か月", "ヶ月", "カ月", "ケ月", "个月", "個月", "개월", "달"), timedelta(days=30)),
    **dict.fromkeys(("年", "년"), timedelta(days=365)),
}
#: Characters that make "前" open a word of its own rather than end an age: "30日前後" (about 30
#: days), "前半" (first half), "前三季度" (the first three quarters), "前期", "前夕", "前端" ("3年前端开发经验":
#: three years of front-end work)… A verb may follow an age with no space ("3天前发布", "2小时前更新"), so a
#: Han character alone does not.
_QIAN_WORDS = "後后半期夕者景往进進面列提台线線端途言辈輩身缀綴卫衛沿锋鋒一二三四五六七八九十百千两兩0-9０-９"
#: "Before" ends the age: "전" opens words too ("30년 전통", "24시간 전화"), and "前" does (above);
#: a kana particle may follow ("3年前に"), a katakana word may not.
_CJK_AGE = re.compile(
    r"(?<!\d)(?P<n>\d{1,4})\s?(?P<unit>"
    + "|".join(sorted(map(re.escape, _CJK_UNITS), key=len, reverse=True))
    + rf")\s?(?:前(?![\u30a1-\u30fa\u30fc{_QIAN_WORDS}])|전(?![\uac00-\ud7a3]))"
)
#: "2019年前" is "before 2019" ("2020年前三季度" its first three quarters), "2019년 전 세계" "the
#: whole world in 2019": a count of years that big names a year, not an age.
_MOST_YEARS_BEFORE_NIAN = 200
_YEAR_UNITS = frozenset({"年", "년"})

#: Plural and case endings a unit word may carry ("Tagen", "días", "minuten", "meses").
_ENDINGS = ("", "s", "es", "n", "en", "e")


def _unit(word: str) -> timedelta | None:
    lowered = word.lower()
    stems = (lowered.removesuffix(ending) for ending in _ENDINGS if lowered.endswith(ending))
    return next((_UNITS[stem] for stem in stems if stem in _UNITS), None)


#: The words one of ``_AGES`` needs: a cheap test before the six patterns.
_AGE_WORD = re.compile(r"\b(?:ago|vor|il y a|hace|geleden|fa)\b|(?<!\w)há\b", re.IGNORECASE)


def age_of(text: str) -> timedelta | None:
    """How long before the visit an age names ("3 days ago", "vor 3 Tagen", "3日前"), or None."""
    for cjk in _CJK_AGE.finditer(text):
        n, unit = int(cjk.group("n")), cjk.group("unit")
        if unit not in _YEAR_UNITS or n <= _MOST_YEARS_BEFORE_NIAN:
            return _CJK_UNITS[unit] * n
    if not _AGE_WORD.search(text):
        return None
    for pattern in _AGES:
        for match in pattern.finditer(text):
            unit = _unit(match.group("unit"))
            if unit is not None:
                count = match.group("n").lower()
                return unit * (1 if count in _ONE else int(count))
    return None


def days_back(text: str) -> int | None:
    """0 for "today", "Aujourd'hui, 14:32", "heute"; 1 for "yesterday", "Hier", "gestern"; else None."""
    english = _ENGLISH_DAY.search(text)
    if english is not None:
        return 1 if english.group(1).lower() == "yesterday" else 0
    word = _DAY_WORD.match(text.strip())
    return _DAY_WORDS[word.group("word").lower()] if word else None


def is_age(text: str) -> bool:
    """An age ("vor 3 Tagen") of any language, which names a date as "3 days ago" does."""
    return age_of(text) is not None


def is_relative(text: str) -> bool:
    """A day word or an age: a date only relative to the visit."""
    return days_back(text) is not None or age_of(text) is not None
