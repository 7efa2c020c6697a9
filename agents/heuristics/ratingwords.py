"""The words a rating is said in, in the languages shops write.

WooCommerce's "Rated %s out of 5" ships translated ("Bewertet mit 4.50 von 5", "Noté 4.50 sur 5",
"Valorado con 4.50 de 5", "Valutato 4.50 su 5", "Gewaardeerd 4.50 uit 5"), and shops write
"4,5 von 5 Sternen", "4,5 sur 5 étoiles", "4,8 из 5". A leaf module: the modules that read ratings share it.
"""

from __future__ import annotations

#: The caption before a score that says it was rated: WooCommerce's "Rated" and its translations.
RATED_LEAD = (
    r"(?:rated|bewertet mit|noté|notée|valorado con|valorada con|valutato|valutata|gewaardeerd|"
    r"beoordeeld met|avaliado em|oceniono na)"
)
#: "of" between a score and its scale: "4,5 von 5", "4,5 sur 5", "4,5 de 5", "4,5 uit 5".
SCALE_OF = r"(?:of|von|sur|de|van|uit|su|di|из|z)"
#: The stars a scale counts: "Sternen", "étoiles", "estrellas".
STAR_WORDS = r"(?:stars?|sterne|sternen|étoiles?|estrellas?|sterren|stelle|estrelas|звёзд|звезд|gwiazdek)\b"
#: "3.7 sur 5", "4,5 von 5": a score with a fraction on its scale. A place in a row of slides is
#: a whole number ("1 von 5"), never "3.7".
FRACTIONAL_SCORE = rf"\d[.,]\d{{1,2}}\s*{SCALE_OF}\s*(?:5|10)\b(?![.,]\d)"
#: A score said with its scale after a rated caption ("Bewertet mit 4.50 von 5"), with the stars
#: of its scale ("4,5 von 5 Sternen") or with a fraction ("3.7 sur 5"). A bare "1 von 5" is a
#: carousel's place, no rating.
SAID_SCORE = (
    rf"(?:{RATED_LEAD}\s+\d(?:[.,]\d{{1,2}})?\s*(?:out of|{SCALE_OF})\s*(?:5|10)\b|"
    rf"\d(?:[.,]\d{{1,2}})?\s*(?:out of|{SCALE_OF})\s*(?:5|10)\s+{STAR_WORDS}|{FRACTIONAL_SCORE})"
)
#: "4 sur 5", "3/5", "4,5 von 5": a score and its scale, nothing else. Whole, it may be a carousel's
#: place, so it counts as a rating only where the element is named for one (``div.stars``).
SCORE_ON_SCALE = rf"\d(?:[.,]\d{{1,2}})?\s*(?:/|out of|{SCALE_OF})\s*(?:5|10)\b(?![.,]\d)"
#: "5つ星のうち4.2", "5点中4.41点": the scale said before the score, as Japanese shops say it; not the
#: end of a count ("全25点中", "25 items in all") nor a total.
SCALE_FIRST = r"(?<![\d.,全])(?:5|10)\s*(?:つ星のうち|点満点中|点中)"
#: The score after a scale said first: one number, not the start of a range ("1〜20点を表示").
SCALE_FIRST_SCORE = r"\d{1,2}(?:[.,]\d{1,2})?(?![\d〜~～–-])"
