"""The legal line beside a price: "incl. VAT", "inkl. 19 % MwSt.", "zzgl. Versandkosten".

Shops in many countries must say whether a price holds tax and shipping, and say it beside every
price ("inkl. 7 % MwSt." for food, "inkl. 19 % MwSt." for the rest in Germany). The rate may differ
between products, but the line states terms of sale, not a fact of the product: boilerplate, no
field. A line naming an amount ("+ €4.95 shipping", "€27 taxes and charges") is a value.
"""

from __future__ import annotations

import re

#: A tax rate inside the line: "19 %", "7%", "20,5 %".
_RATE = re.compile(r"\b\d{1,2}(?:[.,]\d{1,2})?\s?%")
#: Words saying a price holds or leaves out the terms: "incl.", "zzgl.", "inclusa", "TTC".
_INCLUSION = frozenset(
    {
        "incl", "inkl", "including", "includes", "included", "inclusive", "inclusief", "inklusive",
        "excl", "exkl", "excluding", "exclusive", "exclusief", "exklusive", "zzgl", "plus", "+", "ex",
        "inclusa", "inclusas", "incluse", "inclus", "incluido", "incluida", "incluidos", "compris",
        "compreso", "comprese", "inclusi", "sus", "ttc", "ht",
    }
)  # fmt: skip
#: The terms the line speaks of: a tax or shipping.
_TERMS = frozenset(
    {
        "vat", "tax", "taxes", "mwst", "ust", "tva", "iva", "btw", "moms", "gst",
        "shipping", "delivery", "postage", "versand", "versandkosten", "frais", "port", "envío",
        "envio", "spedizione", "spese", "verzendkosten", "verzending", "frakt", "porto",
    }
)  # fmt: skip
#: Words that join them: "Preis inkl. der gesetzl. MwSt.", "frais de port en sus".
_FILLERS = frozenset(
    {
        "price", "prices", "preis", "preise", "prix", "all", "and", "und", "et", "y", "e", "en", "&",
        "der", "die", "gesetzl", "gesetzlicher", "gesetzliche", "gesetzlichen", "legal", "applicable",
        "de", "di", "van", "is", "are",
    }
)  # fmt: skip
#: Such a line is short: "Preis inkl. gesetzl. MwSt. zzgl. Versandkosten" is seven words.
MAX_NOTE_WORDS = 8


def is_tax_note(text: str) -> bool:
    """Whether ``text`` only says that a price holds (or leaves out) tax or shipping, with the tax
    rate at most: "incl. VAT", "inkl. 7 % MwSt.", "zzgl. Versandkosten", "TVA incluse"."""
    lowered = text.lower()
    words = re.findall(r"[^\W\d_]+|\+|&|\d+", _RATE.sub(" ", lowered))
    if not words or len(words) > MAX_NOTE_WORDS:
        return False
    if not all(w in _TERMS or w in _INCLUSION or w in _FILLERS for w in words):
        return False
    # "TTC" and "HT" say the tax on their own; otherwise a tax or shipping term, and whether it is in.
    said = any(w in _TERMS for w in words) or any(w in ("ttc", "ht") for w in words)
    return said and (any(w in _INCLUSION for w in words) or bool(_RATE.search(lowered)))
