"""Scout benchmark on the evaluation corpus (`uv run python -m tests.bench.scout_corpus`).

Each site of ``tests/sites/corpus/`` is served locally and onboarded through the real CLI
(``python -m src add URL --name NAME``, then ``export NAME --format json``) in a fresh ``SDP_HOME``.
The time shown is from the start of ``add`` to the moment ``export`` has returned the records. A
failed ``add`` scores 0 and its error is printed under the table.

Scoring, field level (``score``):

* **Values.** Expected values are compared with extracted ones after light normalisation
  (``agree``): text is NFKC-normalised, whitespace-collapsed and case-folded (wrapping brackets
  and separators trimmed); numbers agree within 0.5 % (a string holding exactly one number counts as
  that number: ``"$1,299.00"``, ``"+0.84%"``, ``"(128)"``; an expected text shown with a currency sign
  or a magnitude, ``"$1.82T"`` or ``"1.2k"``, agrees with the number it stands for); dates agree on
  the calendar day (ISO or any dated string) read in the value's own offset
  (``2025-03-18T19:00:00-05:00`` is March 18, the day shown where the event takes place, though March
  19 in UTC), a day written without its year (``"--03-14"``: the page says "Mar 14" and its year
  depends on the day it is read) on month and day; URLs are resolved against the site (relative and
  absolute agree); lists are compared as sets
  of texts and earn the Jaccard share;
  nested extracted objects are flattened to dotted columns, a price ``{"amount", "currency"}`` to
  ``price`` (the amount) and ``price.currency``, so a price agrees by amount and a currency code by
  the ``*.currency`` column.
* **Records** are matched one to one, greedily by best overlap: the sum over expected fields of
  agreement, each value weighted by 1 / how many expected records share it (so a unique title
  counts more than a shared currency); a pair needs an overlap of at least 0.5 to be matched.
* **Fields.** Each expected field is mapped to the one extracted column whose values agree with it
  on the most matched records (one to one, greedy; names only break ties). A field that no column
  agrees with is mapped to an unused column of the same name if there is one, so a ``price`` column
  full of wrong prices counts as wrong, not as an extra. Matching records and mapping fields are
  repeated until stable (at most 3 rounds).
* **Recall** = correct expected values / expected values.
* **Precision** = correct values / (every value in a mapped column, over all extracted records,
  matched or not + ``EXTRA_WEIGHT`` × the values of unmapped columns that hold data found nowhere in
  the matched expected record).

  Why this treatment of extra columns: the expected records list what a person would write down,
  not every attribute a page has. An image URL, a SKU or a second copy of the title is harmless
  or even useful, and a user drops a column in a second; a wrong value in a field they asked for is
  what hurts. So an unmapped column whose values repeat expected data costs nothing, and a value
  that appears nowhere costs a quarter of a wrong value: junk columns lower precision without
  swamping it. Extra *records* (ads, sidebar duplicates) are fully counted: every value they put in
  a mapped column is a false positive.

Per site F1 = 2PR / (P + R). Overall figures are macro averages over sites (each site counts
once); the micro F1 over all values is printed too. Sites marked frozen (``meta.json``) are held
out: only their aggregate F1 is reported (no per-site line, no per-field details, nothing in
``--json``), so that nobody tunes the Scout on one of them by accident. Summed over each set of sites,
the report also says where values are lost (records missed or extra, fields no column answers, wrong
values, junk columns), which kinds of expected value went unanswered, and the causes one level down
(``lossshape``: a value inside a longer text or absent, a column empty or wrong, a list that gave no
records, one page's worth or fewer), where absent values sit in the served pages (``absentshape``:
visible text, an attribute, a script, nowhere as written) and what junk columns are (``junkshape``:
kind, fill, distinctness, length, place) — a shape, not a site.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import httpx
from dateutil import parser as dateparser

from pipeline.core.currencysigns import CAPITAL_ISO_CODES, CURRENCY_SYMBOLS, ISO_CODES
from tests.bench import absentshape, dropshape, factrows, junkshape, junktrace, matchshape
from tests.bench.classhash import hashed_copy
from tests.bench.lossshape import LOSS_DETAILS, loss_detail, main_loss, spread
from tests.bench.minify import minified_copy
from tests.bench.pagenoise import KINDS as NOISE_KINDS
from tests.bench.pagenoise import noised_copy, parse_kinds
from tests.bench.pageroute import PageRoute, find_route
from tests.bench.pagetext import Page, Where, read_pages, read_texts
from tests.bench.pagingshape import (
    RequestLog,
    check_shape,
    decision_code,
    note_shape,
    pager_codes,
    pager_hints,
    pager_kind,
    paging_shape,
    recording_handler,
    route_shape,
)
from tests.bench.probetrace import survey_trace
from tests.bench.renderwatch import watch_render
from tests.bench.titlesource import holding_file, rendered, title_source
from tests.conftest import SITES, serve

CORPUS = SITES / "corpus"
#: Weight of one novel value in an unmapped column, relative to one wrong value (see the docstring).
EXTRA_WEIGHT = 0.25
#: Relative tolerance for numbers.
NUMBER_TOLERANCE = 0.005
#: Minimum weighted overlap for an expected and an extracted record to be paired.
MIN_RECORD_OVERLAP = 0.5
#: Seconds allowed for one `sdp add`.
ADD_TIMEOUT_S = 600.0

Record = dict[str, Any]


# --------------------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CorpusSite:
    """One site of the corpus: where to start, what a person expects, and whether it is held out."""

    name: str
    kind: str
    start: str
    frozen: bool
    list_pages: int
    expected: list[Record]

    @property
    def root(self) -> Path:
        """The folder served as the site."""
        return CORPUS / self.name


def load_corpus(names: Iterable[str] | None = None) -> list[CorpusSite]:
    """Every site with a ``meta.json`` (or only ``names``), frozen ones last."""
    wanted = set(names or [])
    sites = []
    for meta_path in sorted(CORPUS.glob("*/meta.json")):
        name = meta_path.parent.name
        if wanted and name not in wanted:
            continue
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        expected = json.loads((meta_path.parent / "expected.json").read_text(encoding="utf-8"))
        sites.append(
            CorpusSite(
                name=name,
                kind=meta["kind"],
                start=meta["start"],
                frozen=bool(meta.get("frozen")),
                list_pages=int(meta.get("list_pages", 1)),
                expected=expected,
            )
        )
    missing = wanted - {s.name for s in sites}
    if missing:
        raise SystemExit(f"unknown corpus site(s): {', '.join(sorted(missing))}")
    return sorted(sites, key=lambda s: (s.frozen, s.name))


# --------------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------------

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
#: An ISO 8601 day without its year (``--03-14``): what a page shows as "Mar 14", its year left to
#: the day it is read, so it agrees with any year.
_MONTH_DAY_RE = re.compile(r"^--(\d{2})-(\d{2})$")
_URL_RE = re.compile(r"^(?:/|https?://)")
_NUMBER_RE = re.compile(
    r"(?<![\w.,])[-+\u2212]?"
    r"(?:\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?!\d)|\d+(?:\.\d+)?)"
    r"(?:[kKMBT](?![a-zA-Z]))?"
)
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
_SUFFIX = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}
_TRIM = " \t\r\n()[]{}·|,;:•–—-"
_CURRENCY_SIGNS = "$€£¥₹"
#: A number shortened by a magnitude ("1.2k", "2.41B"): kept as text, it still says which number it is.
_MAGNITUDE_RE = re.compile(r"\d[kKMBT](?![a-zA-Z])")
#: A currency's ISO 4217 code written in capitals ("PLN", "CZK") beside an amount.
_ISO_CODE = re.compile(rf"(?:{ISO_CODES}|{CAPITAL_ISO_CODES})")


def flatten(data: Any, prefix: str = "") -> Record:
    """Nested objects become dotted columns; a price ``{amount, currency}`` becomes ``price`` and ``price.currency``."""
    if not isinstance(data, dict):
        return {prefix or "value": data}
    out: Record = {}
    for key, value in data.items():
        name = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, dict) and "amount" in value:  # a price: the amount is the value
            out[name] = value["amount"]
            out.update(flatten({k: v for k, v in value.items() if k != "amount"}, name))
        elif isinstance(value, dict):
            out.update(flatten(value, name))
        elif isinstance(value, list):
            out[name] = [_first_text(v) if isinstance(v, dict) else v for v in value]
        else:
            out[name] = value
    return out


def _first_text(obj: dict[str, Any]) -> Any:
    for key in ("name", "title", "text", "value"):
        if key in obj:
            return obj[key]
    return next((v for v in obj.values() if isinstance(v, str)), None)


def is_empty(value: Any) -> bool:
    """No value: ``None``, blank text or an empty list."""
    return value is None or (isinstance(value, str) and not value.strip()) or (isinstance(value, list) and not value)


@functools.lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Light text normalisation: NFKC, collapsed whitespace, case-folded, wrapping separators trimmed."""
    text = unicodedata.normalize("NFKC", text).replace("\u00a0", " ")
    return " ".join(text.split()).strip(_TRIM).casefold()


def _text(value: Any) -> str | None:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer():
        return fold(str(int(value)))
    if isinstance(value, int | float | str):
        return fold(str(value))
    return None


@functools.lru_cache(maxsize=100_000)
def parse_number(text: str) -> float | None:
    """The one number a string holds (``"$1,299.00"`` → 1299.0, ``"1.8K"`` → 1800.0), else ``None``."""
    found = _NUMBER_RE.findall(text)
    if len(found) != 1:
        return None
    token = found[0].replace("\u2212", "-").replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    scale = 1.0
    if token[-1] in "kKMBT":
        scale = _SUFFIX[token[-1].lower()]
        token = token[:-1]
    if "," in token and "." not in token and re.search(r",\d{1,2}$", token):
        token = token.replace(",", ".")  # a decimal comma: "11,50"
    token = token.replace(",", "")
    try:
        return float(token) * scale
    except ValueError:
        return None


def priced_text(text: str) -> bool:
    """Whether ``text`` is one amount and a currency's sign or code and nothing else ("12,50 zł",
    "1 299 Kč", "PLN 12.50", "₺45"): a price a flattened ``{amount, currency}`` answers by its amount.
    A unit ("12,50 kg") or a word ("12 items") is no currency."""
    found = _NUMBER_RE.findall(text)
    if len(found) != 1:
        return False
    rest = text.replace(found[0], " ", 1).strip(" \u00a0\u202f")
    if not rest:
        return False
    if all(unicodedata.category(c) == "Sc" or c.isspace() for c in rest):
        return True
    return rest in CURRENCY_SYMBOLS or rest.rstrip(".") in CURRENCY_SYMBOLS or bool(_ISO_CODE.fullmatch(rest))


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        return parse_number(value)
    return None


@functools.lru_cache(maxsize=100_000)
def parse_day(text: str) -> date | None:
    """The calendar day of an ISO timestamp or of any string that names a full date, in the value's own
    offset: ``2025-03-18T19:00:00-05:00`` is March 18, the day a person in that place reads (and writes
    down), though it is March 19 in UTC."""
    text = text.strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        if not _YEAR_RE.search(text):
            return None
        try:
            moment = dateparser.parse(text, fuzzy=True, default=datetime(2000, 1, 1))
        except (ValueError, OverflowError, TypeError):
            return None
    return moment.date()


def _url(value: str, base: str) -> str:
    parts = urlsplit(urljoin(base, value.strip()))
    path = unquote(parts.path).removesuffix("index.html").rstrip("/") or "/"
    query = f"?{parts.query}" if parts.query else ""
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{path}{query}"


def expected_type(value: Any) -> str:
    """How an expected value is compared: ``items``, ``number``, ``date``, ``month-day``, ``url`` or
    ``text``."""
    if isinstance(value, list):
        return "items"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "number"
    if isinstance(value, str) and _DATE_RE.match(value):
        return "date"
    if isinstance(value, str) and _MONTH_DAY_RE.match(value):
        return "month-day"
    if isinstance(value, str) and _URL_RE.match(value):
        return "url"
    return "text"


_IMAGE_RE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)|/images?/|data:image/", re.IGNORECASE)


def value_kind(value: Any) -> str:
    """What kind of value an extracted one is: ``image`` (a picture's address), else ``expected_type``'s kinds."""
    if isinstance(value, str) and _IMAGE_RE.search(value):
        return "image"
    return expected_type(value)


def _numbers_agree(a: float, b: float) -> bool:
    if a == b:
        return True
    return math.isclose(a, b, rel_tol=NUMBER_TOLERANCE, abs_tol=1e-9)


def agree(expected: Any, got: Any, base_url: str) -> float:
    """How far an extracted value agrees with an expected one: 1.0, 0.0, or a Jaccard share for lists."""
    if is_empty(expected) or is_empty(got):
        return 0.0
    kind = expected_type(expected)
    if kind == "items":
        want = {t for t in (_text(v) for v in expected) if t}
        have_values = got if isinstance(got, list) else [got]
        have = {t for t in (_text(v) for v in have_values) if t}
        return len(want & have) / len(want | have) if want and have else 0.0
    if isinstance(got, list):
        got = got[0] if len(got) == 1 else None
        if got is None:
            return 0.0
    if kind == "number":
        number = _number(got)
        return 1.0 if number is not None and _numbers_agree(float(expected), number) else 0.0
    if not isinstance(got, str | int | float):
        return 0.0
    if kind == "date":
        day = parse_day(str(got)) if isinstance(got, str) else None
        return 1.0 if day is not None and day == parse_day(expected) else 0.0
    if kind == "month-day":
        day = parse_day(str(got)) if isinstance(got, str) else None
        return 1.0 if day is not None and f"--{day:%m-%d}" == expected else 0.0
    if kind == "url":
        return 1.0 if isinstance(got, str) and _url(expected, base_url) == _url(got, base_url) else 0.0
    if _text(expected) == _text(got):
        return 1.0
    if (
        isinstance(expected, str)
        and isinstance(got, int | float)
        and not isinstance(got, bool)
        and (any(c in expected for c in _CURRENCY_SIGNS) or _MAGNITUDE_RE.search(expected) or priced_text(expected))
    ):
        number = parse_number(expected)
        return 1.0 if number is not None and _numbers_agree(number, float(got)) else 0.0
    return 0.0


def _canon(value: Any) -> Any:
    """A hashable form of an expected value, to count how many records share it."""
    kind = expected_type(value)
    if kind == "items":
        return frozenset(_text(v) for v in value)
    if kind == "number":
        return round(float(value), 6)
    if kind == "date":
        return parse_day(value)
    return _text(value) if kind != "url" else value.rstrip("/")


# --------------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------------


@dataclass
class FieldReport:
    """How one expected field fared: the column it was mapped to, and its values found."""

    column: str | None
    correct: float
    expected: int


@dataclass
class Score:
    """Field-level precision, recall and F1 of one export against one site's expected records."""

    precision: float
    recall: float
    f1: float
    correct: float
    expected_values: int
    extracted_values: float
    records_expected: int
    records_got: int
    records_matched: int
    fields: dict[str, FieldReport] = field(default_factory=dict)
    extra_columns: dict[str, int] = field(default_factory=dict)
    #: Where values were lost (``RECALL_LOSSES``, ``PRECISION_LOSSES``), in values: the recall side
    #: sums to expected − correct, the precision side to extracted − correct.
    losses: dict[str, float] = field(default_factory=dict)
    #: Novel values in unmapped columns, by ``value_kind``.
    junk_kinds: dict[str, int] = field(default_factory=dict)
    #: The ``expected_type`` of each expected field that no column answers.
    unanswered_kinds: list[str] = field(default_factory=list)
    #: The lost expected values once more, by cause (``lossshape.LOSS_DETAILS``).
    loss_details: dict[str, float] = field(default_factory=dict)
    #: How far down the expected list the last matched record sits (1.0: the last one; 0.0: none matched).
    reach: float = 0.0
    #: Absent fields and values by kind, density and place in the pages (``absentshape``; empty without pages).
    absent_shape: dict[str, int] = field(default_factory=dict)
    #: Junk columns and values by kind, fill, distinctness, length and place, and by the field behind them
    #: (``junkshape``, ``junktrace``).
    junk_shape: dict[str, int] = field(default_factory=dict)
    #: Each junk column: its field's selector, its buckets and a few values (``junkshape.details_of``).
    junk_details: dict[str, str] = field(default_factory=dict)
    #: Absent fields near the title by the Scout stage that lost them (``dropshape``), and one line per field.
    drop_shape: dict[str, int] = field(default_factory=dict)
    drop_details: list[str] = field(default_factory=list)


#: The kinds of loss ``Score.losses`` counts: expected values in records nobody extracted, in fields no
#: column answers, and wrong or missing in an answered field; extracted values in records nobody
#: expected, wrong in an answered field, and novel values in unanswered columns (weighted).
RECALL_LOSSES = ("missed_records", "no_column", "wrong_or_missing")
PRECISION_LOSSES = ("extra_records", "wrong_values", "junk_columns")


def _greedy(pairs: Iterable[tuple[float, int, int]], minimum: float) -> dict[int, int]:
    """One-to-one assignment, best score first."""
    taken_right: set[int] = set()
    out: dict[int, int] = {}
    for value, left, right in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if value < minimum or left in out or right in taken_right:
            continue
        out[left] = right
        taken_right.add(right)
    return out


def _weights(expected: Sequence[Record]) -> list[dict[str, float]]:
    counts: dict[tuple[str, Any], int] = {}
    for record in expected:
        for key, value in record.items():
            counts[key, _canon(value)] = counts.get((key, _canon(value)), 0) + 1
    return [{k: 1.0 / counts[k, _canon(v)] for k, v in record.items()} for record in expected]


def _match_records(
    expected: Sequence[Record],
    got: Sequence[Record],
    weights: Sequence[dict[str, float]],
    mapping: dict[str, str] | None,
    base_url: str,
) -> dict[int, int]:
    pairs = []
    for i, want in enumerate(expected):
        for j, have in enumerate(got):
            overlap = 0.0
            for key, value in want.items():
                if mapping is None:
                    best = max((agree(value, v, base_url) for v in have.values()), default=0.0)
                elif key in mapping:
                    best = agree(value, have.get(mapping[key]), base_url)
                else:
                    continue
                overlap += weights[i][key] * best
            if overlap > 0:
                pairs.append((overlap, i, j))
    return _greedy(pairs, MIN_RECORD_OVERLAP)


def _map_fields(
    expected: Sequence[Record], got: Sequence[Record], matches: dict[int, int], base_url: str
) -> dict[str, str]:
    columns = sorted({c for record in got for c in record})
    keys = sorted({k for record in expected for k in record})
    pairs = []
    for ki, key in enumerate(keys):
        for ci, column in enumerate(columns):
            total = sum(
                agree(expected[i][key], got[j].get(column), base_url) for i, j in matches.items() if key in expected[i]
            )
            if total > 0:
                # Ties go to the column whose name matches the key: a tiny bonus that never outweighs a value.
                bonus = 1e-3 if column.split(".")[0] == key else 0.0
                pairs.append((total + bonus, ki, ci))
    mapping = {keys[k]: columns[c] for k, c in _greedy(pairs, 1e-9).items()}
    # A field no column agrees with still has its namesake: its wrong values are wrong values.
    used = set(mapping.values())
    for key in keys:
        if key not in mapping and key in columns and key not in used:
            mapping[key] = key
            used.add(key)
    return mapping


def score(
    expected: Sequence[Record],
    export: Sequence[Record],
    base_url: str,
    pages: int = 1,
    served: Sequence[Page] = (),
    trace: junktrace.Trace | None = None,
    first_page: tuple[str, str] | None = None,
) -> Score:
    """Score an export (records with a ``data`` object, as ``sdp export --format json`` prints) against a site
    whose expected records come from ``pages`` list pages; ``served`` (the site's pages, ``pagetext``) lets
    the absent values and junk columns be placed, ``trace`` (the Scout's spec and the served markup) the
    junk columns traced to their fields, and ``first_page`` (its body and address) the Scout stage that lost
    an absent value near the title be named (``dropshape``)."""
    got = [flatten(r.get("data", {})) for r in export]
    got = [{k: v for k, v in r.items() if not is_empty(v)} for r in got]
    weights = _weights(expected)
    mapping: dict[str, str] | None = None
    matches: dict[int, int] = {}
    for _ in range(3):
        new_matches = _match_records(expected, got, weights, mapping, base_url)
        new_mapping = _map_fields(expected, got, new_matches, base_url)
        if new_matches == matches and new_mapping == mapping:
            break
        matches, mapping = new_matches, new_mapping
    assert mapping is not None

    reports = {
        key: FieldReport(column=mapping.get(key), correct=0.0, expected=sum(1 for r in expected if key in r))
        for key in sorted({k for r in expected for k in r})
    }
    correct = 0.0
    for i, j in matches.items():
        for key, value in expected[i].items():
            if key in mapping:
                credit = agree(value, got[j].get(mapping[key]), base_url)
                reports[key].correct += credit
                correct += credit
    mapped = set(mapping.values())
    in_mapped = sum(1 for record in got for column in record if column in mapped)
    matched_of = {j: i for i, j in matches.items()}
    extras: dict[str, int] = {}
    junk_kinds: Counter[str] = Counter()
    for j, record in enumerate(got):
        for column, value in record.items():
            if column in mapped:
                continue
            want = expected[matched_of[j]] if j in matched_of else None
            items = value if isinstance(value, list) else [value]
            if want is not None and (
                _value_in(value, want, base_url) or any(_value_in(v, want, base_url) for v in items)
            ):
                continue  # repeats expected data: harmless
            extras[column] = extras.get(column, 0) + 1
            junk_kinds[value_kind(value)] += 1
    extracted = in_mapped + EXTRA_WEIGHT * sum(extras.values())
    junk = junkshape.junk_columns(got, extras, served, value_kind, fold, trace)
    expected_values = sum(len(r) for r in expected)
    answered = sum(1 for i in matches for key in expected[i] if key in mapping)
    in_matched = sum(1 for j in matches.values() for column in got[j] if column in mapped)
    losses = {
        "missed_records": float(sum(len(r) for i, r in enumerate(expected) if i not in matches)),
        "no_column": float(sum(1 for i in matches for key in expected[i] if key not in mapping)),
        "wrong_or_missing": answered - correct,
        "extra_records": float(in_mapped - in_matched),
        "wrong_values": in_matched - correct,
        "junk_columns": EXTRA_WEIGHT * sum(extras.values()),
    }
    places, inside = (
        absentshape.absent_places(expected, got, matches, mapping, served, expected_type, fold)
        if served
        else ({}, Counter[str]())
    )
    drops, drop_lines = _drop_shape(expected, absentshape.absent_fields(places, inside), first_page)
    precision = correct / extracted if extracted else 0.0
    recall = correct / expected_values if expected_values else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(
        precision=precision,
        recall=recall,
        f1=f1,
        correct=correct,
        expected_values=expected_values,
        extracted_values=extracted,
        records_expected=len(expected),
        records_got=len(got),
        records_matched=len(matches),
        fields=reports,
        extra_columns=extras,
        losses=losses,
        junk_kinds=dict(junk_kinds),
        unanswered_kinds=sorted(
            expected_type(next(r[key] for r in expected if key in r)) for key in reports if key not in mapping
        ),
        loss_details=loss_detail(expected, got, matches, mapping, lambda e, g: agree(e, g, base_url), fold, pages),
        reach=(max(matches) + 1) / len(expected) if matches else 0.0,
        absent_shape=absentshape.shape_of(expected, places, inside, expected_type) if served else {},
        drop_shape=drops,
        drop_details=drop_lines,
        junk_shape=junkshape.shape_of(junk, extras),
        junk_details=junkshape.details_of(junk, got, trace),
    )


def _drop_shape(
    expected: Sequence[Record], fields: dict[str, tuple[list[int], Where]], first_page: tuple[str, str] | None
) -> tuple[dict[str, int], list[str]]:
    """``dropshape`` of the absent fields near the title, the Scout run on the first page only if one is."""
    near = {k: v for k, v in fields.items() if v[1].place == "visible" and v[1].whole and v[1].near_title}
    if not near or first_page is None:
        return {}, []
    view = dropshape.read_page(*first_page, fold)
    return dropshape.drop_shape(expected, near, view, expected_type, fold)


def _value_in(value: Any, record: Record, base_url: str) -> bool:
    """Whether ``value`` agrees with any value of the expected ``record``."""
    return any(agree(v, value, base_url) > 0 for v in record.values())


# --------------------------------------------------------------------------------------------------
# Running the product
# --------------------------------------------------------------------------------------------------


@dataclass
class SiteResult:
    """One site's run: the score (zero when `add` failed), the time, and the error if any."""

    site: str
    kind: str
    frozen: bool
    score: Score
    seconds: float
    error: str | None = None
    #: How many list pages the expected records come from, what the spec pages by (``sdp show``) and how
    #: many distinct pages the site served during ``add`` (``pagingshape``).
    list_pages: int = 1
    pager: str = "none"
    pages_requested: int = 0
    pager_hints: frozenset[str] = frozenset()
    #: The codes of the Scout's pagination notes (``sdp show``'s ``notes:``), why it gave no pager or turned one down.
    pager_codes: tuple[str, ...] = ()
    #: How the start page leads to page 2 (``pageroute``), for a list of several pages; withheld for a frozen site.
    page_route: PageRoute | None = None
    #: For a site matching under half its records, what was exported and read (``matchshape``); withheld when frozen.
    match_shape: str = ""
    #: For a list of several pages read on page 1 only, what the Scout's survey did, in process (``probetrace``).
    survey_trace: str = ""

    @property
    def reach(self) -> float:
        """How far down the expected list the last matched record sits."""
        return self.score.reach


#: Settings kept from the caller's environment: the browser, and the LLM layer (to measure it too).
_PASSED_THROUGH = ("SDP_CRAWL_BROWSER_PATH", "SDP_LLM_")


def _env(home: Path) -> dict[str, str]:
    """The caller's environment without its SDP settings, with a fresh SDP_HOME and no politeness delay."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SDP_") or k.startswith(_PASSED_THROUGH)}
    env.update({"SDP_HOME": str(home), "SDP_CRAWL_DOWNLOAD_DELAY_S": "0"})
    return env


def _sdp(args: Sequence[str], env: dict[str, str], timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "src", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def _last_line(*texts: str) -> str:
    lines = [line.strip() for text in texts for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "no output"


def _zero(site: CorpusSite) -> Score:
    return score(site.expected, [], "http://127.0.0.1/")


def run_site(
    site: CorpusSite,
    timeout: float = ADD_TIMEOUT_S,
    hash_classes: bool = False,
    minify: bool = False,
    noise: frozenset[str] = frozenset(),
) -> tuple[SiteResult, list[Record]]:
    """Serve the site (with real-page noise added, its class names hashed and its markup minified, if
    asked), onboard it with `sdp add`, export its records and score them."""
    name = site.name.replace("_", "-")
    with tempfile.TemporaryDirectory(prefix=f"sdp-corpus-{name}-") as folder:
        env = _env(Path(folder) / "home")
        root = site.root
        if noise:  # first, so that hashing and minifying treat the added material as the page's own
            root = noised_copy(root, Path(folder) / "noised", noise)
        if hash_classes:
            root = hashed_copy(root, Path(folder) / "site")
        if minify:
            root = minified_copy(root, Path(folder) / "site")
        requests = RequestLog()
        for served in serve(root, recording_handler(requests)):
            url = served.page(site.start)
            started = time.perf_counter()
            try:
                added = _sdp(["add", url, "--name", name], env, timeout)
            except subprocess.TimeoutExpired:
                return SiteResult(
                    site.name, site.kind, site.frozen, _zero(site), timeout, f"add timed out after {timeout:.0f} s"
                ), []
            if added.returncode != 0:
                elapsed = time.perf_counter() - started
                logs = _sdp(["logs", name, "--limit", "5"], env, 60)
                reason = _last_line(added.stderr, added.stdout)
                detail = _last_line(logs.stdout) if logs.returncode == 0 else ""
                crashed = "Traceback (most recent call last)" in added.stderr  # a bug, not a clear refusal
                error = (
                    ("crash: " if crashed else "")
                    + f"add exited {added.returncode}: {reason}"
                    + (f" (log: {detail})" if detail and detail != reason else "")
                )
                texts = read_texts(root)
                first = _first_page(url)
                shape = matchshape.match_shape(
                    site.expected,
                    0,
                    0,
                    first,
                    expected_type,
                    fold,
                    _title_source(texts, root, first),
                    _failure_kind(error),
                )
                return SiteResult(site.name, site.kind, site.frozen, _zero(site), elapsed, error, match_shape=shape), []
            exported = _sdp(["export", name, "--format", "json"], env, 120)
            elapsed = time.perf_counter() - started
            if exported.returncode != 0:
                error = f"export exited {exported.returncode}: {_last_line(exported.stderr, exported.stdout)}"
                return SiteResult(site.name, site.kind, site.frozen, _zero(site), elapsed, error), []
            records: list[Record] = json.loads(exported.stdout or "[]")
            texts = read_texts(root)  # read once: the absent and junk shapes and the route to page 2 all look
            first_page, url = _first_page(url)
            shown = _sdp(["show", name], env, 60)
            trace = junktrace.Trace.of(shown.stdout if shown.returncode == 0 else "", texts)
            result = score(
                site.expected, records, served.url, site.list_pages, read_pages(texts, fold), trace, (first_page, url)
            )
            requested = len(requests)
            codes = pager_codes(shown.stdout) if shown.returncode == 0 else ()
            traced = ""
            if site.list_pages > 1 and result.reach <= 1 / site.list_pages + 0.1:
                traced = f"{decision_code(codes)} → {_guarded(survey_trace, url)}"
            return SiteResult(
                site.name,
                site.kind,
                site.frozen,
                result,
                elapsed,
                list_pages=site.list_pages,
                pager=pager_kind(shown.stdout) if shown.returncode == 0 else "unknown",
                pager_codes=codes,
                survey_trace=traced,
                pages_requested=requested,
                pager_hints=pager_hints(first_page, url) if site.list_pages > 1 else frozenset(),
                page_route=find_route(root, site.start, site.expected, texts) if site.list_pages > 1 else None,
                match_shape=matchshape.match_shape(
                    site.expected,
                    len(records),
                    result.records_matched,
                    (first_page, url),
                    expected_type,
                    fold,
                    _title_source(texts, root, (first_page, url)),
                ),
            ), records
    raise AssertionError("serve() yielded nothing")  # pragma: no cover


def _guarded(line: Callable[..., str], *args: Any) -> str:
    """A bench line's text, or the kind of error it hit: a line never costs the run."""
    try:
        return line(*args)
    except Exception as exc:  # a bench line's failure is reported as its shape
        return f"line failed ({type(exc).__name__})"


def _first_page(url: str) -> tuple[str, str]:
    """The start page as served and its address, a folder's redirect followed (``/list`` → ``/list/``): the
    redirect's empty body is no page."""
    answer = httpx.get(url, timeout=30, follow_redirects=True)
    return answer.text, str(answer.url)


def _title_source(texts: dict[Path, str], root: Path, first_page: tuple[str, str]) -> Callable[[set[str]], str]:
    """Where titles that page 1 lacks are served, and whether Chromium shows them there (``titlesource``)."""

    def source(titles: set[str]) -> str:
        where, shown = title_source(texts, root, first_page, titles, fold), rendered(first_page[1], titles, fold)
        found = holding_file(texts, root, titles, fold)
        if shown.endswith("titles not shown") and found is not None and found[0] == 2:
            shown += f" ({_guarded(watch_render, first_page[1], found[2], titles, fold)})"
        return f"{where}, {shown}"

    return source


# --------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _micro_f1(results: Sequence[SiteResult]) -> float:
    correct = sum(r.score.correct for r in results)
    extracted = sum(r.score.extracted_values for r in results)
    expected = sum(r.score.expected_values for r in results)
    p = correct / extracted if extracted else 0.0
    rec = correct / expected if expected else 0.0
    return 2 * p * rec / (p + rec) if p + rec else 0.0


def report(results: Sequence[SiteResult]) -> str:
    """The Markdown table, the overall lines and the errors."""
    lines = [
        "| site | kind | frozen | records expected/got | precision | recall | F1 | seconds |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        if r.frozen:
            continue  # held out: only their aggregate is ever shown
        s = r.score
        lines.append(
            f"| {r.site} | {r.kind} | {'yes' if r.frozen else 'no'} | {s.records_expected}/{s.records_got} "
            f"| {s.precision:.2f} | {s.recall:.2f} | {s.f1:.2f} | {r.seconds:.1f} |"
        )
    open_ = [r for r in results if not r.frozen]
    frozen = [r for r in results if r.frozen]
    lines += [
        "",
        f"**Overall F1 (macro, {len(results)} sites): {_mean([r.score.f1 for r in results]):.3f}**"
        f" · precision {_mean([r.score.precision for r in results]):.3f}"
        f" · recall {_mean([r.score.recall for r in results]):.3f}"
        f" · micro F1 {_micro_f1(results):.3f}",
        f"Non-frozen F1 (macro, {len(open_)} sites): {_mean([r.score.f1 for r in open_]):.3f}",
        (
            f"**Frozen-only F1 (macro, {len(frozen)} sites): {_mean([r.score.f1 for r in frozen]):.3f}**"
            f" · micro {_micro_f1(frozen):.3f} · {_aggregate_shape(frozen)}"
            if frozen
            else "Frozen-only F1: no frozen site in this run"
        ),
        *([f"How F1 spreads, non-frozen: {_spread(open_)}"] if open_ else []),
        *([f"How F1 spreads, frozen: {_spread(frozen)}"] if frozen else []),
        *([f"Where values are lost, non-frozen: {_loss_shares(open_)}"] if open_ else []),
        *([f"Where values are lost, frozen: {_loss_shares(frozen)}"] if frozen else []),
        *([f"Where absent values are, non-frozen: {_summed(open_, 'absent')}"] if open_ else []),
        *([f"Where absent values are, frozen: {_summed(frozen, 'absent')}"] if frozen else []),
        *([f"Stage losing absent values near the title, non-frozen: {_summed(open_, 'drop')}"] if open_ else []),
        *([f"Stage losing absent values near the title, frozen: {_summed(frozen, 'drop')}"] if frozen else []),
        *([f"Where a value sits when another is read, non-frozen: {_summed(open_, 'elsewhere')}"] if open_ else []),
        *([f"Where a value sits when another is read, frozen: {_summed(frozen, 'elsewhere')}"] if frozen else []),
        *([f"How the read value differs, non-frozen: {_summed(open_, 'differs')}"] if open_ else []),
        *([f"How the read value differs, frozen: {_summed(frozen, 'differs')}"] if frozen else []),
        *([f"Why the fact-row rule kept a row as one list, non-frozen: {_summed(open_, 'facts')}"] if open_ else []),
        *([f"Why the fact-row rule kept a row as one list, frozen: {_summed(frozen, 'facts')}"] if frozen else []),
        *([f"What junk columns are, non-frozen: {_summed(open_, 'junk')}"] if open_ else []),
        *([f"What junk columns are, frozen: {_summed(frozen, 'junk')}"] if frozen else []),
        *([f"How far paged lists were followed, non-frozen: {paging_shape(open_)}"] if open_ else []),
        *([f"How far paged lists were followed, frozen: {paging_shape(frozen)}"] if frozen else []),
        *([f"Why the Scout paged no further, non-frozen: {note_shape(open_)}"] if open_ else []),
        *([f"Why the Scout paged no further, frozen: {note_shape(frozen)}"] if frozen else []),
        *([f"Route to page 2, non-frozen: {route_shape(open_)}"] if open_ else []),
        *([f"Route to page 2, frozen: {route_shape(frozen)}"] if frozen else []),
        *([f"Why page 2's link was not taken, non-frozen: {check_shape(open_)}"] if open_ else []),
        *([f"Why page 2's link was not taken, frozen: {check_shape(frozen)}"] if frozen else []),
        *([f"What the survey did for lists read on page 1 only, non-frozen: {_traces(open_)}"] if open_ else []),
        *([f"What the survey did for lists read on page 1 only, frozen: {_traces(frozen)}"] if frozen else []),
        *([f"Lists matching under half their records, non-frozen: {_matches(open_)}"] if open_ else []),
        *([f"Lists matching under half their records, frozen: {_matches(frozen)}"] if frozen else []),
        f"Total time: {sum(r.seconds for r in results):.0f} s",
    ]
    errors = [r for r in results if r.error and not r.frozen]
    frozen_errors = sum(1 for r in results if r.error and r.frozen)
    if errors or frozen_errors:
        lines += ["", "Failures (scored 0):"]
        lines += [f"- {r.site}: {r.error}" for r in errors]
        if frozen_errors:
            # Only the kind of failure (a timeout, or the command and its exit status), never the message.
            kinds = sorted(_failure_kind(r.error) for r in results if r.error and r.frozen)
            lines.append(f"- {frozen_errors} frozen site(s) (withheld): {', '.join(kinds)}")
    return "\n".join(lines)


#: What a failed command's message says, as a word that names no page: (kind, pattern), first match wins.
_FAILURE_WORDS = (
    ("no records", re.compile(r"no (?:repeated )?records|no records? (?:were|was) found", re.IGNORECASE)),
    ("no field", re.compile(r"no field of", re.IGNORECASE)),
    ("robots.txt", re.compile(r"robots\.txt", re.IGNORECASE)),
    ("fetch", re.compile(r"cannot reach|did not answer|larger than|HTTP \d{3}|rendering .* failed", re.IGNORECASE)),
    ("validation", re.compile(r"validat|contract", re.IGNORECASE)),
)


def _failure_kind(error: str) -> str:
    """A failure as a frozen site may show it: the command, its exit status and the kind of message
    (``_FAILURE_WORDS``), never the message, which names the page."""
    found = re.match(r"(crash: )?(add|export) exited (\d+)", error)
    if found is None:
        return "timed out" if "timed out" in error else "other"
    said = next((kind for kind, pattern in _FAILURE_WORDS if pattern.search(error)), "other message")
    if said == "fetch":
        status = re.search(r"HTTP (\d{3})", error)
        said += f": {status[0]}" if status else next(f": {w}" for w in _FETCH_WORDS if re.search(w, error, re.I))
        said += " (timeout)" if re.search(r"timeout|timed out", error, re.IGNORECASE) else ""
        said += f" ({code[0]})" if (code := _BROWSER_ERROR.search(error)) else ""
    return f"{'crash, ' if found.group(1) else ''}{found.group(2)} exited {found.group(3)} ({said})"


#: Chromium's or Playwright's name for a failed navigation: an error code, never an address.
_BROWSER_ERROR = re.compile(
    r"net::ERR_[A-Z_]{1,60}|interrupted by another navigation|has been closed|crashed|Download is starting",
    re.IGNORECASE,
)
#: How a fetch failed, in the product's own words (what follows ``fetch: `` when no HTTP status is said).
_FETCH_WORDS = ("cannot reach", "did not answer", "larger than", "rendering")


def _aggregate_shape(results: Sequence[SiteResult]) -> str:
    """Where a set of sites loses, summed over all of them (what a held-out set may show): precision
    against recall, and missing records against fields that no column answers."""
    scores = [r.score for r in results]
    fields = [f for s in scores for f in s.fields.values()]
    unanswered = sum(1 for f in fields if not f.column)
    return (
        f"precision {_mean([s.precision for s in scores]):.3f} · recall {_mean([s.recall for s in scores]):.3f}"
        f" · records matched {sum(s.records_matched for s in scores)}/{sum(s.records_expected for s in scores)}"
        f" (extracted {sum(s.records_got for s in scores)})"
        f" · expected fields with no column {unanswered}/{len(fields)}"
    )


def _spread(results: Sequence[SiteResult]) -> str:
    """The sites by F1 band, what each band costs the macro F1 and its sites' main losses (``lossshape.spread``);
    a site whose ``add`` failed loses most by its failure."""
    return spread(
        [
            (
                r.score.f1,
                "add failed"
                if r.error
                else main_loss(r.score.loss_details, {k: r.score.losses.get(k, 0.0) for k in PRECISION_LOSSES}),
            )
            for r in results
        ]
    )


def _summed(results: Sequence[SiteResult], shape: str) -> str:
    """The absent-value or junk-column shape summed over a set of sites: counts, never a site or a field."""
    if shape == "absent":
        return absentshape.describe(sum((Counter(r.score.absent_shape) for r in results), Counter[str]()))
    if shape == "drop":
        return dropshape.describe(sum((Counter(r.score.drop_shape) for r in results), Counter[str]()))
    if shape == "elsewhere":
        return dropshape.describe_elsewhere(sum((Counter(r.score.drop_shape) for r in results), Counter[str]()))
    if shape == "differs":
        return dropshape.describe_differences(sum((Counter(r.score.drop_shape) for r in results), Counter[str]()))
    if shape == "facts":
        return factrows.describe(sum((Counter(r.score.drop_shape) for r in results), Counter[str]()))
    return junkshape.describe(sum((Counter(r.score.junk_shape) for r in results), Counter[str]()))


def _traces(results: Sequence[SiteResult]) -> str:
    """The in-process survey traces (``probetrace``) of the lists read on page 1 only, by the Scout's decision."""
    counts = Counter(r.survey_trace for r in results if r.survey_trace)
    if not counts:
        return "none traced"
    return " | ".join(f"{k} ×{n}" for k, n in sorted(counts.items(), key=lambda p: (-p[1], p[0])))


def _matches(results: Sequence[SiteResult]) -> str:
    return matchshape.describe([r.match_shape for r in results])


def _loss_shares(results: Sequence[SiteResult]) -> str:
    """Each kind of loss as a share of all expected (recall side) or extracted (precision side) values,
    summed over a set of sites, and the kinds of expected value that no column answered: where a
    held-out set loses, without naming a site or a field."""

    def shares(kinds: Sequence[str], whole: float) -> str:
        return ", ".join(f"{k} {sum(r.score.losses.get(k, 0.0) for r in results) / (whole or 1):.1%}" for k in kinds)

    unanswered = Counter(kind for r in results for kind in r.score.unanswered_kinds)
    kinds = ", ".join(f"{k} {n}" for k, n in unanswered.most_common())
    junk = sum((Counter(r.score.junk_kinds) for r in results), Counter[str]())
    junk_kinds = ", ".join(f"{k} {n}" for k, n in junk.most_common())
    expected = sum(r.score.expected_values for r in results)
    recall_side = shares(RECALL_LOSSES, expected)
    precision_side = shares(PRECISION_LOSSES, sum(r.score.extracted_values for r in results))
    causes = ", ".join(
        f"{k} {sum(r.score.loss_details.get(k, 0.0) for r in results) / (expected or 1):.1%}" for k in LOSS_DETAILS
    )
    return (
        f"recall side: {recall_side}; precision side: {precision_side}; unanswered fields by kind:"
        f" {kinds or 'none'}; junk values by kind: {junk_kinds or 'none'}; lost expected values by cause: {causes}"
    )


def details(result: SiteResult) -> str:
    """Per-field breakdown of a non-frozen site (never shown for frozen ones)."""
    if result.frozen:
        return f"### {result.site}: frozen, details withheld"
    s = result.score
    lines = [
        f"### {result.site} — {s.records_matched}/{s.records_expected} records matched, {s.records_got} extracted",
        "| expected field | extracted column | correct/expected |",
        "|---|---|---|",
    ]
    for key, f in s.fields.items():
        lines.append(f"| {key} | {f.column or '—'} | {f.correct:g}/{f.expected} |")
    if s.extra_columns:
        extra = ", ".join(f"{c} ({n})" for c, n in sorted(s.extra_columns.items()))
        lines.append(f"\nUnmapped columns with values not in the expected data: {extra}")
    if s.junk_details:
        lines.append("\nJunk columns traced (field, buckets, values):")
        lines += [f"- {column}: {detail}" for column, detail in sorted(s.junk_details.items())]
    if s.drop_details:
        lines.append("\nAbsent fields near the title, where the Scout lost them: " + "; ".join(s.drop_details))
    return "\n".join(lines)


#: What a frozen site's score keeps to itself in ``--json``: anything per field, column or kind of loss.
WITHHELD_SCORE_PARTS = frozenset(
    {
        "fields",
        "extra_columns",
        "losses",
        "junk_kinds",
        "unanswered_kinds",
        "loss_details",
        "absent_shape",
        "junk_shape",
        "junk_details",
        "drop_shape",
        "drop_details",
    }
)
#: What a frozen site's result keeps to itself besides its score's parts: the shape of its own pager.
WITHHELD_RESULT_PARTS = frozenset({"page_route", "match_shape", "survey_trace"})


def public_result(result: SiteResult, export: list[Record]) -> dict[str, Any]:
    """A result as JSON; a frozen site keeps only its totals (no fields, no export)."""
    data = asdict(result)
    if result.frozen:
        data["score"] = {k: v for k, v in data["score"].items() if k not in WITHHELD_SCORE_PARTS}
        data = {k: v for k, v in data.items() if k not in WITHHELD_RESULT_PARTS}
        data["export"] = None
    else:
        data["export"] = export
    return data


def _load() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:  # pragma: no cover - not on Linux
        return "unknown"
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f} (1/5/15 min)"


def _noise_kinds(text: str) -> frozenset[str]:
    try:
        return parse_kinds(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0], prog="python -m tests.bench.scout_corpus")
    parser.add_argument("--site", action="append", help="only this site (repeatable)")
    parser.add_argument("--details", action="store_true", help="per-field breakdown of the non-frozen sites")
    parser.add_argument("--json", type=Path, help="also write every result (and the exports) to this file")
    parser.add_argument("--timeout", type=float, default=ADD_TIMEOUT_S, help="seconds allowed for one `add`")
    held = parser.add_mutually_exclusive_group()
    held.add_argument("--open-only", action="store_true", help="leave the frozen sites out")
    held.add_argument("--frozen-only", action="store_true", help="only the frozen sites (their aggregate alone)")
    parser.add_argument(
        "--hash-classes", action="store_true", help="serve every page with its class names hashed (a stress test)"
    )
    parser.add_argument(
        "--minify", action="store_true", help="serve every page without whitespace between tags (a stress test)"
    )
    parser.add_argument(
        "--noise",
        type=_noise_kinds,
        default=frozenset(),
        metavar="KINDS",
        help=f"serve every page with real-page material added: {', '.join(NOISE_KINDS)} (comma-separated) or all"
        " (a stress test)",
    )
    args = parser.parse_args(argv)

    sites = [
        s
        for s in load_corpus(args.site)
        if not (args.open_only and s.frozen) and not (args.frozen_only and not s.frozen)
    ]
    cpus = os.cpu_count()
    print(f"Scout corpus benchmark · {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(f"Machine: {platform.platform()}, {cpus} cores, Python {platform.python_version()}")
    print(f"LLM provider: {os.environ.get('SDP_LLM_PROVIDER', 'offline')}")
    print(f"Load average before: {_load()}")
    if args.hash_classes:
        print("Class names hashed on every page (tests/bench/classhash.py): a stress test of the Scout")
    if args.minify:
        print("Whitespace between tags removed on every page (tests/bench/minify.py): a stress test of the Scout")
    if args.noise:
        applied = ", ".join(k for k in NOISE_KINDS if k in args.noise)
        print(f"Noise added to every page (tests/bench/pagenoise.py): {applied}: a stress test of the Scout")
    print(flush=True)
    results: list[SiteResult] = []
    exports: dict[str, list[Record]] = {}
    for site in sites:
        result, records = run_site(site, args.timeout, args.hash_classes, args.minify, args.noise)
        results.append(result)
        exports[site.name] = records
        shown = "frozen site (withheld)" if site.frozen else f"{site.name}: F1 {result.score.f1:.2f}"
        print(f"  {shown} in {result.seconds:.1f} s", file=sys.stderr)
    print(report(results))
    print(f"\nLoad average after: {_load()}")
    if args.details:
        print()
        print("\n\n".join(details(r) for r in results))
    if args.json:
        payload = [public_result(r, exports[r.site]) for r in results if not r.frozen]
        args.json.write_text(json.dumps(payload, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
