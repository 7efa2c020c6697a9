"""Number fields of a page that groups thousands with dots: "84.000 km" is 84000 there.

German, Spanish, Italian, Dutch, Portuguese, Turkish and Nordic pages write "84.000 km" for a car's
mileage and "1.284" for a count; the engine reads each value alone, and alone "84.000" is 84 with
three decimals. The Scout sees the whole page: where its language groups thousands with dots, or
its other numbers show it ("1.234,50 €", "1.234.567"), and none groups them with commas
("1,234.50"), a number field whose dotted values all set off three digits after each dot gets
``FieldSpec.thousands_dot``. A field holding a decimal ("4.5", "1.25 km") keeps the plain reading.
"""

from __future__ import annotations

import re

from parsel import Selector

from agents.heuristics.dateorder import locale_parts, page_language, sampled_texts
from pipeline.core.schemas import ScraperSpec

#: Languages whose numbers group thousands with a dot and mark decimals with a comma.
_DOT_LANGUAGES = frozenset(
    {"de", "es", "it", "nl", "pt", "da", "nb", "nn", "no", "is", "tr", "id", "el", "ro", "sl", "hr", "sr", "bs"}
    | {"ca", "gl", "eu", "vi", "mk", "lt"}
)
#: Regions where those languages group with commas as English does (Mexican and US Spanish).
_COMMA_REGIONS = frozenset({"mx", "us", "pr", "gt", "hn", "sv", "ni", "pa", "do", "ch", "li"})
#: "1.234,50", "1.234.567": a page's numbers grouped by dots beyond doubt.
_DOT_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d|(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d,])")
#: "1,234.50", "1,234,567": grouped by commas beyond doubt.
_COMMA_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d|(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d.])")
#: A number with a dot in it, and the digits after each dot.
_DOTTED = re.compile(r"\d+(?:\.\d+)+")


def with_thousands_dots(spec: ScraperSpec, page: Selector, url: str) -> ScraperSpec:
    """``spec`` with ``thousands_dot`` on each number field whose dotted values group thousands on ``page``."""
    numbers = [f for f in spec.fields if f.type == "number" and not f.thousands_dot and not f.json_path]
    if not numbers or spec.json_source is not None or not _groups_with_dots(page):
        return spec
    as_text = spec.model_copy(update={"fields": tuple(f.model_copy(update={"type": "text"}) for f in numbers)})
    texts = sampled_texts(as_text, [(page, url)], [f.name for f in numbers])
    grouped = {name for name, found in texts.items() if _are_grouped(found)}
    fields = tuple(f.model_copy(update={"thousands_dot": True}) if f.name in grouped else f for f in spec.fields)
    return spec.model_copy(update={"fields": fields}) if grouped else spec


def _groups_with_dots(page: Selector) -> bool:
    """Whether the page's numbers group thousands with dots: its own numbers say so, or its language
    does and none of them groups with commas."""
    text = " ".join(page.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall())
    dots, commas = len(_DOT_GROUPED.findall(text)), len(_COMMA_GROUPED.findall(text))
    if dots or commas:
        return dots > commas
    lang = page_language(page)
    if not lang:
        return False
    language, region = locale_parts(lang)
    return language in _DOT_LANGUAGES and region not in _COMMA_REGIONS


def _are_grouped(texts: list[str]) -> bool:
    """Some values hold a dotted number, and every dot in every one sets off three digits."""
    dotted = [m.group() for t in texts for m in _DOTTED.finditer(t)]
    return bool(dotted) and all(len(group) == 3 for d in dotted for group in d.split(".")[1:])
