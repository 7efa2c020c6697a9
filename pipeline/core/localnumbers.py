"""Numbers a page writes in its own way, read before the generic number parser sees them.

"(1.284 Bewertungen)" on a German page is 1284 reviews, not 1.284; "8" beside a camera icon is a
count of photos, never the address of one; "No comments" or "Leave a comment" where other posts
say "3 comments" is a count of none.
"""

from __future__ import annotations

import re

#: "1.284 Bewertungen", "(12.500 avis)": dots grouping thousands before a counted noun...
_DOTTED_COUNT = re.compile(r"\(?([1-9]\d{0,2}(?:\.\d{3})+)\s+([^\W\d_]{4,})")
#: ...unless the noun is a measure, whose three decimals are real ("1.284 meters", "2.125 miles").
_MEASURE = re.compile(r"met|mil|kilo|gram|lit|inch|feet|foot|mile|ounce|pound|sec|min|hour|stund", re.IGNORECASE)
#: "(1.287)": a dotted number alone in brackets, as a count of reviews stands beside stars.
_BRACKETED_DOTTED = re.compile(r"\(([1-9]\d{0,2}(?:\.\d{3})+)\)")
#: A bare number, perhaps in brackets: a count beside an icon ("8" photos).
_BARE_NUMBER = re.compile(r"\(?\d{1,6}\)?")

#: Words a page writes for a count of none in a discussion's count ("No comments:", "Leave a
#: Comment", "Be the first to comment", "Keine Kommentare", "Aucun commentaire"): blogs print
#: them in the place of "3 comments" when nobody has written yet.
_ZERO_COUNT = re.compile(
    r"(?:no|0|zero)\s+(?:comments?|repl(?:y|ies)|responses?|answers?|reviews?)(?:\s+yet)?"
    r"|(?:leave|add|write|post)\s+(?:a|your)\s+(?:comment|reply|response)"
    r"|be\s+the\s+first\s+to\s+(?:comment|reply|respond|review)"
    r"|keine\s+(?:kommentare|antworten)|(?:schreibe|hinterlasse)\s+einen\s+kommentar"
    r"|aucun\s+commentaire|pas\s+de\s+commentaires?|laisse[rz]\s+un\s+commentaire"
    r"|sin\s+comentarios|no\s+hay\s+comentarios|deja(?:r)?\s+un\s+comentario"
    r"|geen\s+(?:reacties|opmerkingen)|geef\s+een\s+reactie|nessun\s+commento|lascia\s+un\s+commento"
    r"|(?:sem|nenhum)\s+comentários?|deixe\s+um\s+comentário",
    re.IGNORECASE,
)


def is_zero_count(text: str) -> bool:
    """ "No comments:", "Leave a Comment", "Be the first to comment!": the whole text says that
    nobody has commented yet, a count of 0."""
    return bool(_ZERO_COUNT.fullmatch(text.strip().rstrip(":.!…»→ ").strip()))


def dotted_count(text: str) -> float | None:
    """The count "1.284 Bewertungen" or "(1.284)" names (1284), where dots group its thousands;
    else None. No count of reviews, offers or votes has decimals, so the dot cannot be a decimal
    point; a measure with three decimals names its unit, which a bracketed number alone lacks."""
    text = text.strip()
    if bracketed := _BRACKETED_DOTTED.fullmatch(text):
        return float(bracketed.group(1).replace(".", ""))
    match = _DOTTED_COUNT.match(text)
    if match is None or _MEASURE.match(match.group(2)):
        return None
    return float(match.group(1).replace(".", ""))


#: "84.000", "1.234.567": a whole number whose dots each set off three digits, with no comma or dot after.
_DOT_GROUPED = re.compile(r"(?<![\d.,])([1-9]\d{0,2}(?:\.\d{3})+)(?![\d,]|\.\d)")


def without_thousands_dots(text: str) -> str:
    """``text`` with its first dot-grouped number written without the dots ("84.000 km" → "84000 km"),
    for a field whose page groups thousands so (``FieldSpec.thousands_dot``)."""
    return _DOT_GROUPED.sub(lambda m: m.group(1).replace(".", ""), text, count=1)


def is_bare_number(text: str) -> bool:
    """ "8", "(12)": digits alone, which no image or link address is."""
    return bool(_BARE_NUMBER.fullmatch(text.strip()))
