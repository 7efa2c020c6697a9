"""A place line, "City, Country", read as the place and its two parts: the city and the country.

Event listings, job boards and shop cards print where something is as one line: "Berlin,
Germany", "Chicago, IL, United States". Most people writing the record down keep the line whole
as its location; some keep the city and the country apart, leaving a region between them ("IL")
out. Both are given: the whole line as ``location``, and its first and last parts. A place line
beside words after a mark ("Lisbon, Portugal — Full-time") is the location part of that text
(``place_line_column``, for ``delimited``). The line is a
place when most of its records end in a country's name after their last comma (``countries``)
and begin with a name, not a street number; the city is read up to the first comma, the country
after the last one (``FieldSpec.text_from_end``), and a line that is a country's name alone
("Germany" for a remote job) holds the country, not a city. A line the page captions
("Location: Berlin, Germany") is one field by the page's own word, kept whole.
"""

from __future__ import annotations

from dataclasses import replace

from agents.heuristics.countries import is_country
from agents.heuristics.dom import HEADING_TAGS, tag_of
from agents.heuristics.partkinds import KIND_SHARE
from agents.heuristics.slotparts import cut_part, without_empty
from agents.heuristics.slots import Slot

#: Where the city ends and where the country begins.
COMMA = ", "
#: "City, Region, Country" at most: a longer line is a street address.
MAX_PLACE_PARTS = 3
#: A place line is short.
MAX_PLACE_CHARS = 60


def city_and_country(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """The city and the country of each "City, Country" line, or None when the texts are no
    place lines. A record whose line has no comma holds its city alone."""
    # A caption ("Location:") names the whole line one field, as the page's reader sees it.
    if slot.label or _in_heading(slot) or not is_place_line(texts):
        return None
    # "Germany" alone is the country: read from the end, a line without a comma has no city. A
    # line naming a region too ("Chicago, IL, United States") keeps its city up to the first comma.
    regions = any(len(t.split(COMMA)) > 2 for t in texts)
    lone_cities = any(COMMA not in t and not is_country(t.strip()) for t in texts)
    city = without_empty(cut_part(slot, before=COMMA, name="city", from_end=not (regions or lone_cities)))
    country = without_empty(cut_part(slot, after=COMMA, name="country", from_end=True))
    # Named by its place, a country is a value even where every record shares it (a tour of one land).
    whole = replace(slot, label="location")
    return [whole, replace(city, label="city"), replace(country, label="country")]


def is_place_line(texts: list[str]) -> bool:
    """Whether most texts read "City, Country" (or "City, Region, Country")."""
    places = [_is_place(t) for t in texts]
    if len(texts) < 2 or sum(places) < KIND_SHARE * len(texts):
        return False
    return len({t.split(COMMA)[0].strip().casefold() for t in texts}) >= 2


def place_line_column(columns: list[list[str]]) -> int | None:
    """Which part of a cut text is a place line beside words: "Lisbon, Portugal — Full-time" on a job
    board, "Austin, United States · Remote". One part is a place line in every record, each other part
    holds no comma and no figure (a job type, a workplace); None where no such part is."""
    placed = [i for i, column in enumerate(columns) if all(_is_place(t) for t in column) and is_place_line(column)]
    if len(placed) != 1:
        return None
    others = [column for i, column in enumerate(columns) if i != placed[0]]
    return placed[0] if all(not any(c.isdigit() or c == "," for c in t) for column in others for t in column) else None


def _is_place(text: str) -> bool:
    parts = [p.strip() for p in text.strip().split(COMMA)]
    if len(text) > MAX_PLACE_CHARS or not 2 <= len(parts) <= MAX_PLACE_PARTS or not is_country(parts[-1]):
        return False
    city = parts[0]
    return bool(city) and not any(c.isdigit() for c in city) and not is_country(city)


def _in_heading(slot: Slot) -> bool:
    """A heading's place is the record's name ("Paris, France" over a travel card), kept whole;
    a line inside a card's link is not (the whole card may be one link)."""
    element = slot.sample_element()
    return any(tag_of(e) in HEADING_TAGS for e in (element, *element.iterancestors()))
