"""Tell the places of bare text lines apart by the form of their words.

A tour-date row shows a venue, a "City, Country" line and, on some dates only, a "with …" line
as plain ``div`` siblings. Once class names are hashed (CSS modules, styled-components) nothing
but their text tells the lines apart, and all three are words, so the kind of value alone takes
them for items of one list. The form of the words still differs per place: a comma-joined pair
of names ("Dublin, Ireland", "Austin, TX") is one form, a line led by the same small word in
every record ("with Ferns", "by Ana Ruiz") another, plain words a third. When the runs lined up
from their start hold one form per place, and at least two forms, the places are columns with an
optional last one.
"""

from __future__ import annotations

import re
from collections import Counter

from agents.heuristics.dom import HtmlElement, full_text

#: Siblings per record beyond which a run is read as a list whatever its forms.
MAX_PLACES = 4
#: Records that must show a place before its form counts.
MIN_PLACE_RUNS = 2
#: Share of the siblings whose form must be their place's usual one.
MIN_PURITY = 0.9
#: "Dublin, Ireland", "Portland, OR": two or three short comma-joined names, no figures.
_NAME_PAIR = re.compile(r"[^\W\d][^,\d]{0,40}(?:,\s*[^\W\d][^,\d]{0,40}){1,2}")
#: A small lowercase word leading a line: "with", "by", "feat.", "from".
_LEAD_WORD = re.compile(r"([a-z]{2,5}\.?)\s+\S")


def places_differ_in_form(runs: list[list[HtmlElement]]) -> bool:
    """Whether runs of varying length, lined up from their start, hold one form of words per
    place (and more than one form), and lined up from their end do not."""
    if len(runs) < MIN_PLACE_RUNS or max(len(run) for run in runs) > MAX_PLACES:
        return False
    texts = [[" ".join(full_text(e).split()) for e in run] for run in runs]
    if any(not text for run in texts for text in run):
        return False
    left = _purity(texts)
    return left is not None and left >= MIN_PURITY and left > (_purity([run[::-1] for run in texts]) or 0.0)


def _purity(texts: list[list[str]]) -> float | None:
    """The share of lines whose form is their place's usual one; None unless the places hold
    at least two forms."""
    longest = max(len(run) for run in texts)
    columns = [[run[i] for run in texts if len(run) > i] for i in range(longest)]
    columns = [column for column in columns if len(column) >= MIN_PLACE_RUNS]
    forms = [_column_forms(column) for column in columns]
    usual = [Counter(column).most_common(1)[0][0] for column in forms]
    if len(set(usual)) < 2:
        return None
    kept = sum(column.count(form) for column, form in zip(forms, usual, strict=True))
    return kept / sum(len(column) for column in forms)


def _column_forms(column: list[str]) -> list[str]:
    """The form of each line of one place; a lead word counts only when every line has it."""
    leads = {match.group(1) if (match := _LEAD_WORD.match(text)) else "" for text in column}
    if len(leads) == 1 and "" not in leads:
        return [f"led:{leads.pop()}"] * len(column)
    return [_form(text) for text in column]


def _form(text: str) -> str:
    if re.search(r"\d", text):
        return "figures"
    return "pair" if _NAME_PAIR.fullmatch(text) else "words"
