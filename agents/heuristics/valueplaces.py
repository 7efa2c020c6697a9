"""Place look-alike siblings by the kind of value each holds, where classes tell nothing apart.

With every class a build hash, a salary chip and a job-type chip are the same ``li``, and so are
"4,512 Want to read" and "1,890 Have read", or a date, "Rated M" and a platform. When an optional
sibling is missing in some records, counting places shifts the others into its place. The kind of
value each sibling holds does not shift: a price, a date, a short code after its caption, a figure
with the words naming what it counts, or plain words. Siblings whose kinds never repeat within one
record and always come in one order are one place per kind. Two kinds that never meet in one record
and stand between the same kinds ("EG" where other flats show "2. Geschoss", both after "54 m²")
are one place shown two ways.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.rowshapes import template_order
from agents.heuristics.siblings import MIN_PLACE_RUNS

#: "Rated M", "Size XL", "Class A": a caption word, then a short code with a letter in it (a
#: figure alone ends a name: "PlayStation 5").
_CAPTIONED_CODE = re.compile(r"^([A-Za-z]{3,12})\s+((?=\S*[A-Z])[A-Z0-9][A-Z0-9+-]{0,4})$")
#: A figure first, then what it counts ("4,512 Want to read", "(1,204 ratings)"); a figure after
#: words is part of a name ("PlayStation 5").
_LEADING_FIGURE = re.compile(r"^\W{0,2}\d")
#: Figures and what sits between them ("4,512", "1.5"), left out of a counted thing's words.
_FIGURES = re.compile(r"[\d][\d.,\s]*")
#: Words naming what a figure counts are a vocabulary, not free text: a few words at most.
MAX_COUNT_WORDS = 4

Kind = str

#: "GHSA-w79v-rpqr-c7jq", "CVE-2025-21801", "JIRA-1234": an upper-case prefix naming the
#: register, a hyphen, then a code with a digit in it. Each register's ids are a kind of their own.
_PREFIXED_ID = re.compile(r"^([A-Z]{2,8})-(?=[\w-]*\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$")

#: Marks a meta line puts between its items, at the start of an item's text.
_BULLETS = "•·|–—›» \u00a0"


def value_kind(element: HtmlElement) -> Kind:
    """``price``, ``date``, ``code:rated`` ("Rated M"), ``count:want to read`` ("4,512 Want to
    read"; "1 review" and "12 reviews" alike), ``words`` or ``empty``: the kind of value a sibling
    holds, not the value itself."""
    text = full_text(element).lstrip(_BULLETS)  # "• Rated M": the bullet only parts it from the date
    if not text:
        return "empty"
    if values.is_price(text):
        return "price"
    if values.is_date(text) or values.is_relative_date(text):
        return "date"
    if identifier := _PREFIXED_ID.match(text):
        return f"id:{identifier.group(1)}"
    if coded := _CAPTIONED_CODE.match(text):
        return f"code:{coded.group(1).casefold()}"
    if _LEADING_FIGURE.match(text):
        words = _FIGURES.sub(" ", text).casefold().split()
        singular = " ".join(w.removesuffix("s") for w in words)  # "1 review" and "12 reviews": one kind
        return f"count:{singular}" if len(words) <= MAX_COUNT_WORDS else "figures"
    return "words"


def value_places(runs: list[list[HtmlElement]]) -> list[list[int]] | None:
    """The place of each sibling by the kind of value it holds, for runs that vary in length;
    None unless every kind comes at most once a run, in one order over all runs, and each kind
    recurs (a vocabulary of places, not a list of free values)."""
    if len({len(run) for run in runs}) < 2:
        return None
    kinds = [[value_kind(e) for e in run] for run in runs]
    if any(len(set(run)) < len(run) or "empty" in run for run in kinds):
        return None
    kinds = _with_alternatives_merged(kinds)
    seen = Counter(kind for run in kinds for kind in run)
    if len(seen) < 2 or len(seen) > max(len(run) for run in runs):
        return None  # each kind a place of its own, with no more kinds than places
    if min(seen.values()) < MIN_PLACE_RUNS:
        return None
    order = template_order(kinds)
    if order is None:
        return None
    return [[order[kind] for kind in run] for run in kinds]


def _with_alternatives_merged(kinds: list[list[Kind]]) -> list[list[Kind]]:
    """``kinds`` with each pair of kinds that never share a run and always stand between the same
    other kinds (the same kinds before them, the same after) named as one: "words" for "EG" and
    "count:geschoss" for "2. Geschoss" at the end of a flat's key facts are its floor."""
    before: dict[Kind, set[Kind]] = {}
    after: dict[Kind, set[Kind]] = {}
    for run in kinds:
        for i, kind in enumerate(run):
            before.setdefault(kind, set()).update(run[:i])
            after.setdefault(kind, set()).update(run[i + 1 :])
    merged: dict[Kind, Kind] = {}
    for first, second in combinations(sorted(before), 2):
        if first in merged or second in merged or any(first in run and second in run for run in kinds):
            continue
        if before[first] == before[second] and after[first] == after[second] and before[first] | after[first]:
            merged[second] = first
    return [[merged.get(kind, kind) for kind in run] for run in kinds] if merged else kinds
