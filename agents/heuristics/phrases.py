"""Short texts whose words say what they are, whatever their element is called.

``"4.34 avg rating — 9,385,123 ratings"`` is a rating (its first number, the engine reads), and
the same "by" or "Rate this book" in every record is furniture: the joiner of a byline, the
caption of a rating widget, no value of the record.
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.identifiers import is_captioned_identifier
from agents.heuristics.ratingwords import RATED_LEAD, SCALE_FIRST, SCALE_OF, STAR_WORDS
from agents.heuristics.valuetypes import TYPE_SHARE

#: The caption before a score, in the languages shops write: "Rated", "Bewertung:", "Note :".
_SCORE_LEAD = (
    rf"(?:[^\W\d_]{{1,20}} )?(?:rated|scored|rating|score|bewertung|note|valoración|puntuación|beoordeling|"
    rf"valutazione|voto|avaliação|рейтинг|оценка|ocena|hodnocení|értékelés|puan|평점|별점|評分|评分|評価|评价|"
    rf"{RATED_LEAD})\s?:?"
)
#: "4.34 avg rating", "4.5 out of 5", "8/10", "Rated 4 out of 5 stars", "Scored 8.6": a score on a
#: small scale, said in words. The first number is the rating; a count may follow ("— 12,345 ratings").
_VALUE = r"(?P<value>\d{1,2}(?:[.,]\d{1,2})?)"
_RATING_PHRASE = re.compile(
    rf"^(?:{_SCORE_LEAD}\s*)?{_VALUE}\s*"
    rf"(?:(?:/|out of)\s*(?:5|10)(?:[.,]0)?\b|{SCALE_OF}\s*(?:5|10)\s+(?:{STAR_WORDS}|(?:bubbles|points)\b)|"
    rf"{STAR_WORDS}|avg\.? rating\b|average rating\b|avg\b|average\b)",
    re.IGNORECASE,
)
#: "Bewertung: 4,5 von 5": a bare scale counts after a caption naming a score.
_LED_SCALE = re.compile(rf"^{_SCORE_LEAD}\s*{_VALUE}\s*{SCALE_OF}\s*(?:5|10)(?:[.,]0)?\b", re.IGNORECASE)
#: "Rated 4.5", "Note : 4,5"; a bare "Score 7" may be a count, as it always was here.
_SCORED = re.compile(rf"^(?!(?:[^\W\d_]+ )?score\b){_SCORE_LEAD}\s+{_VALUE}$", re.IGNORECASE)
#: "5つ星のうち4.2", "5点中4.41点" (the scale first), "4.5分" (a score in points, with its fraction: "5分" is five
#: minutes), "★ 4.7": a score said the way Japanese, Chinese and app-store cards say it.
_EAST_ASIAN = (
    re.compile(rf"^{SCALE_FIRST}\s*{_VALUE}点?$"),
    re.compile(r"^(?P<value>\d{1,2}[.,]\d)\s*分$"),
    re.compile(rf"^[★⭐]\ufe0f?\s*{_VALUE}$"),
)
#: "4.6 (1,234)", "4.6 · 1.2K reviews", "4,8 (126 avis)": a score with its fraction and the count of
#: reviews after it, in brackets or after a dot; the score is the value.
_SCORE_AND_COUNT = re.compile(
    r"^(?:[★⭐]\s*)?(?P<value>\d{1,2}[.,]\d{1,2})\s*★?\s*"
    r"(?:\(\s*\d[\d.,]{0,12}[kKmM]?\+?(?:\s[^\W\d_]{1,15})?\s*\)|[·•|]\s*\d[\d.,]{0,12}[kKmM]?\+?\s[^\W\d_]{1,15})$"
)
#: Scales ratings are given on: stars out of 5, scores out of 10.
MAX_RATING = 10.0
#: Words that join a byline or a list to its value: never a value of their own.
JOINERS = frozenset(
    {"by", "par", "von", "por", "di", "door", "and", "&", "or", "of", "from", "at", "in", "on", "via", "with"}
    | {"|", "·", "•", "-", "–", "—", "/"}
)


def is_rating_phrase(text: str) -> bool:
    """Whether ``text`` gives a rating in words ("4.34 avg rating", "Scored 8.6", "평점 4.5"), or a
    score with its count of reviews ("4.6 (1,234)")."""
    stripped = text.strip()
    match = (
        _RATING_PHRASE.match(stripped)
        or _LED_SCALE.match(stripped)
        or _SCORED.match(stripped)
        or _SCORE_AND_COUNT.match(stripped)
        or next((m for pattern in _EAST_ASIAN if (m := pattern.match(stripped))), None)
    )
    return match is not None and float(match.group("value").replace(",", ".")) <= MAX_RATING


def are_rating_phrases(texts: list[str]) -> bool:
    """Whether the values of a slot read as ratings in words, nearly all of them."""
    return bool(texts) and values.share([is_rating_phrase(t) for t in texts]) >= TYPE_SHARE


#: "4.92", "8,6": a score with its fraction, as ratings are shown; or such a score as a script's
#: float prints it ("4.699999999999999" for 4.7, "4.300000000000001").
_SCORE = re.compile(r"^\d{1,2}[.,]\d{1,2}(?:9{6,}\d?|0{6,}\d?)?$")
#: A score, then a whole count in brackets: "4.8 (3512)", "4,6 (1.234)".
_BRACKETED_COUNT = re.compile(r"^(\S+) \(\d[\d.,]{0,12}\)$")


def are_scores(texts: list[str]) -> bool:
    """Whether every text is a score on a rating scale, written with its fraction ("4.92")."""
    return bool(texts) and all(
        _SCORE.match(t.strip()) and float(t.strip().replace(",", ".")) <= MAX_RATING for t in texts
    )


def are_scores_with_counts(texts: list[str]) -> bool:
    """Whether every text is a score and a whole count in brackets ("4.8 (3512)", "4,5 (1.234)"),
    as Airbnb, Google Maps and shops print a rating beside the number of its reviews."""
    heads = [m.group(1) if (m := _BRACKETED_COUNT.match(t.strip())) else "" for t in texts]
    return are_scores(heads)


def is_joiner(text: str) -> bool:
    """``by`` before an author, ``|`` between two facts: a joining word, not a value."""
    return text.strip().lower() in JOINERS


#: "score: 3,456,781", "Views: 1.2k": a caption and a count in one text (often a link's).
_LABELLED_NUMBER = re.compile(r"^(?P<label>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ ]{0,24}):\s*[-+]?\d[\d.,]*\s*[kKmM]?$")


def shared_number_label(texts: list[str]) -> str | None:
    """The caption every value starts with when each is that caption and a number ("score:"); an
    identifier's scheme ("arXiv:2411.09812") is no caption of a number."""
    if texts and all(is_captioned_identifier(t) for t in texts):
        return None
    labels = {m.group("label") + ":" if (m := _LABELLED_NUMBER.match(t.strip())) else None for t in texts}
    label = labels.pop() if len(labels) == 1 else None
    return label


#: "Posted 3 days ago", "Updated on March 3, 2024": a word or two before a date.
_LEAD = re.compile(r"^([A-Z][a-z]{1,14}(?: (?:on|at|in|since|from))?)\s+(\S.{0,60})$")
#: Share of a field's values that must start with the same lead for it to be the field's caption.
LEAD_SHARE = 0.6
#: A short code after a lead: a rating class or a size ("Rated M", "Rated E10+", "PG-13", "Size XL").
_CODE = re.compile(r"^(?=.*[A-Z])[A-Z\d+-]{1,5}$")
#: Captions a short code follows ("Rated M", "Size XL"); a brand before model codes ("Honda CR-V")
#: is part of the name, not a caption.
_CODE_CAPTION = re.compile(
    r"^(?:rated|rating|size|grade|class|certificate|certification|model|type|level|category|energy class)$",
    re.IGNORECASE,
)


#: "Gehalt: 60.000 €", "Salary range: $80k": a caption, its colon, then the value.
_COLON_CAPTION = re.compile(r"^([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}:)\s+(\S.*)$")


def shared_lead(texts: list[str]) -> str | None:
    """The caption most values start with ("Posted") when what follows it is a date in nearly all of
    them, or that every value starts with before a short code ("Rated M") or, with its colon,
    before any value ("Gehalt: 18 € / Stunde": a caption only hidden by a class the page names
    its own way); a value without it ("Just posted") is kept whole by the engine."""
    if (caption := _colon_caption(texts)) is not None:
        return caption
    leads = [(m.group(1), m.group(2)) for t in texts if (m := _LEAD.match(t.strip()))]
    if not leads:
        return None
    words = [lead for lead, _rest in leads]
    top = max(set(words), key=words.count)
    rests = [rest for lead, rest in leads if lead == top]
    if len(rests) < LEAD_SHARE * len(texts) or len(set(rests)) < 2:
        return None  # the same words everywhere: a constant text, not a caption before values
    # Dates only: "Topic 1", "Room 12" are names that end in a number, not a caption and a count.
    typed = [values.is_relative_date(r) or values.is_date(r) for r in rests]
    if values.share(typed) >= TYPE_SHARE:
        return top
    # A code is too short to tell a caption from a word of a name, unless every value has both.
    coded = len(rests) == len(texts) and all(_CODE.match(r) for r in rests)
    return top if coded and _CODE_CAPTION.match(top.strip(" :")) else None


def _colon_caption(texts: list[str]) -> str | None:
    """The caption every text starts with before its colon, when the values after it vary; a
    count after it ("score: 3,456") is left to ``shared_number_label``, which names the field."""
    if shared_number_label(texts) is not None:
        return None
    found = [m.groups() for t in texts if (m := _COLON_CAPTION.match(t.strip()))]
    if len(found) < len(texts) or len(texts) < 2 or len({lead for lead, _rest in found}) != 1:
        return None
    return found[0][0] if len({rest for _lead, rest in found}) >= 2 else None


#: A word standing where the other records show a value: "New" for an unrated home, "—", "N/A".
_PLACEHOLDER = re.compile(r"^[^\d\s]+$")
#: Placeholders are short words.
MAX_PLACEHOLDER_CHARS = 20


def is_placeholder(text: str) -> bool:
    """ "New", "—", "TBD": one word with no digit, shown instead of a value. Longer words
    ("Nach Vereinbarung" for a salary) may be a value of their own kind, which a cut would miss."""
    stripped = text.strip()
    return len(stripped) <= MAX_PLACEHOLDER_CHARS and bool(_PLACEHOLDER.match(stripped))


#: "published 4.1.0", "Updated 3 days ago": one word, then a value.
_WORD_LEAD = re.compile(r"^([A-Za-zÀ-ÿ]{2,20}:?)\s+(\S.*)$")
#: A version or a decimal ("4.1.0", "v2.3"), which a fixed word before it captions.
_DOTTED_VALUE = re.compile(r"^v?\d+(?:\.\d+)+(?:[-+][\w.]+)?$")
#: A month of a year ("03/2019", "11.2024"): a car's first registration after "EZ", a card's expiry.
_MONTH_OF_YEAR = re.compile(r"^(?:0?[1-9]|1[0-2])[/.](?:19|20)\d{2}$")


def fixed_lead(texts: list[str]) -> str | None:
    """The word every text starts with when what follows it is a value that varies: a version, a
    date, a price ("published 4.1.0", "Updated 3 days ago"). A whole number after it is not
    enough: "Room 12", "Season 3" are names."""
    leads = [(m.group(1), m.group(2)) for t in texts if (m := _WORD_LEAD.match(t.strip()))]
    if len(leads) < len(texts) or len(texts) < 2 or len({lead for lead, _rest in leads}) != 1:
        return None
    rests = [rest for _lead, rest in leads]
    if len(set(rests)) < 2 or not all(_is_captioned_value(r) for r in rests):
        return None
    return leads[0][0]


def _is_captioned_value(text: str) -> bool:
    """A value a fixed word may caption: a version, a price, a date ("Today" too, beside "3 Days Ago"), a
    month of a year ("EZ 03/2019")."""
    dated = values.is_date(text) or values.is_yearless_date(text) or values.is_relative_date(text)
    shaped = _DOTTED_VALUE.match(text) or _MONTH_OF_YEAR.match(text)
    return bool(shaped) or values.is_price(text) or dated
