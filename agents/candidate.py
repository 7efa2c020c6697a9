"""The in-process test of a repair candidate on the live pages, against the source's history.

A candidate passes when it finds records at the usual rate, fills the fields the source usually
fills, gives values of the schema's types, every text value it gives is on the page, and it
reproduces the last known records that are still on the page (so a selector that "finds" the wrong
price is caught before anything is promoted).
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from pipeline.core.cleantext import clean_text
from pipeline.core.extract import Record, extract_records, make_selector, node_text
from pipeline.core.normalize import Value
from pipeline.core.schemas import ScraperSpec

_TEXT_TYPES = ("title", "text", "author", "tags")
_NUMERIC = ("rating", "number")
_ATTRIBUTE_NAME = re.compile(r"^[A-Za-z_][\w.:-]*$")
#: Share of the last known values a candidate must reproduce, among records still on the page.
MIN_AGREEMENT = 0.6
#: A field whose values match the last known ones less often than this reads the wrong element.
MIN_FIELD_AGREEMENT = 0.5


@dataclass(frozen=True)
class Page:
    url: str
    body: bytes


@dataclass(frozen=True)
class Baseline:
    """What a good run of the source looked like."""

    spec: ScraperSpec
    pages: tuple[Page, ...]
    known: tuple[Record, ...]
    records_per_page: float
    coverage: dict[str, float]


@dataclass
class Check:
    passed: bool
    records: int
    coverage: dict[str, float]
    agreement: float
    problems: list[str] = field(default_factory=list)
    samples: list[Record] = field(default_factory=list)
    #: Fields the source usually fills that this candidate leaves (mostly) empty.
    missing: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.passed and not self.missing

    @property
    def score(self) -> tuple[bool, float, float, int]:
        mean = sum(self.coverage.values()) / len(self.coverage) if self.coverage else 0.0
        return (self.passed, round(self.agreement, 3), round(mean, 3), self.records)

    def as_evidence(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "records": self.records,
            "coverage": self.coverage,
            "agreement": round(self.agreement, 3),
            "problems": self.problems,
            "missing": self.missing,
        }


def same_value(a: Value, b: Value) -> bool:
    if isinstance(a, dict) and isinstance(b, dict):
        return a.get("amount") == b.get("amount")
    if isinstance(a, float | int) and isinstance(b, float | int):
        return abs(float(a) - float(b)) < 1e-9
    if isinstance(a, str) and isinstance(b, str):
        # "a b" and "a%20b" are one URL: serialisers differ in what they escape.
        return unquote(a.strip()).casefold() == unquote(b.strip()).casefold()
    return a == b


def _typed(kind: str, value: Value) -> bool:
    if kind == "price":
        return isinstance(value, dict) and isinstance(value.get("amount"), float | int)
    if kind in _NUMERIC:
        return isinstance(value, float | int) or (
            isinstance(value, list) and all(isinstance(v, float | int) for v in value)
        )
    if kind == "tags":
        return isinstance(value, list)
    return isinstance(value, str | list)


def _texts(kind: str, value: Value) -> list[str]:
    if kind not in _TEXT_TYPES:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def agreement(records: list[Record], known: tuple[Record, ...], names: list[str]) -> tuple[float, int, list[str]]:
    """Share of known values reproduced over the known records still on the page, and the fields
    whose values mostly differ from before (a selector reading the wrong element)."""
    matched = compared = overlapping = 0
    per_field: dict[str, list[int]] = {n: [0, 0] for n in names}
    for old in known:
        filled = [n for n in names if old.get(n) not in (None, "", [])]
        if not filled:
            continue
        best = max(records, key=lambda r: sum(1 for n in filled if same_value(r.get(n), old[n])), default=None)
        hits = sum(1 for n in filled if best is not None and same_value(best.get(n), old[n]))
        if best is None or not hits:
            continue
        overlapping += 1
        matched += hits
        compared += len(filled)
        for n in filled:
            if best.get(n) not in (None, "", []):
                per_field[n][0] += same_value(best.get(n), old[n])
                per_field[n][1] += 1
    wrong = [n for n, (same, seen) in per_field.items() if seen and same / seen < MIN_FIELD_AGREEMENT]
    return (matched / compared if compared else 0.0), overlapping, wrong


def page_text(spec: ScraperSpec, page: Page) -> str:
    """Where a candidate's text values must occur: the visible text, the attributes it reads, or
    (records kept as JSON) the data itself."""
    if spec.json_source is not None:
        return html.unescape(page.body.decode("utf-8", errors="replace"))
    selector = make_selector(page.body, page.url)
    body = selector.css("body")
    text = node_text(body[0]) if body else ""
    read = {f.attribute for f in spec.fields if f.attribute and f.type in _TEXT_TYPES}
    attributes = sorted(a for a in read if _ATTRIBUTE_NAME.match(a))
    values = [v for name in attributes for v in selector.xpath(f"//@{name}").getall()] if attributes else []
    # A markup entity completed from its JSON-LD: those values are in the scripts, not in the body.
    scripts = {f.selector for f in spec.fields if f.json_path and f.selector}
    values += [html.unescape(t) for css in sorted(scripts) for t in selector.css(css).xpath("string()").getall()]
    return " ".join([text, *values])


def check_candidate(
    spec: ScraperSpec, live: list[Page], baseline: Baseline, *, min_items_ratio: float, min_field_coverage: float
) -> Check:
    records: list[Record] = []
    visible = ""
    for page in live:
        records.extend(extract_records(page.body, page.url, spec))
        visible += " " + page_text(spec, page)
    visible_cf = clean_text(visible).casefold()
    names = spec.field_names()
    total = len(records)
    coverage = {
        n: round(sum(1 for r in records if r.get(n) not in (None, "", [])) / total, 3) if total else 0.0 for n in names
    }
    problems: list[str] = []
    if not total:
        return Check(False, 0, coverage, 0.0, ["no records on the live page"])
    per_page = total / max(len(live), 1)
    if per_page < min_items_ratio * baseline.records_per_page:
        problems.append(f"{per_page:g} records per page where the source usually has {baseline.records_per_page:g}")
    usual = {n: c for n, c in baseline.coverage.items() if c >= 0.5 and n in coverage}
    kept = [n for n, c in usual.items() if coverage[n] >= min_field_coverage * c]
    needed = math.ceil(len(usual) * 2 / 3)
    lost = sorted(set(usual) - set(kept))
    if len(kept) < needed:
        problems.append(f"usual fields missing: {', '.join(lost)}")
    for key in spec.key_fields:
        if key in usual and key not in kept:
            problems.append(f"key field {key} missing")
    kinds = {f.name: f.type for f in spec.fields}
    wrong = [(n, v) for r in records for n, v in r.items() if v not in (None, "", []) and not _typed(kinds[n], v)]
    if wrong:
        problems.append(f"{len(wrong)} values of the wrong type, e.g. {wrong[0][0]}={str(wrong[0][1])[:40]!r}")
    absent = [t for r in records for n, v in r.items() for t in _texts(kinds[n], v) if t.casefold() not in visible_cf]
    if absent:
        problems.append(f"{len(absent)} values not on the page, e.g. {absent[0][:40]!r}")
    share, overlapping, differing = agreement(records, baseline.known, names)
    if differing:
        problems.append(f"fields giving other values than before: {', '.join(differing)}")
    if overlapping == 0:
        problems.append("none of the last known records is reproduced")
    elif share < MIN_AGREEMENT:
        problems.append(f"only {share:.0%} of the last known values reproduced")
    return Check(not problems, total, coverage, share, problems, records[:5], lost)


def map_fields(
    old: ScraperSpec, new: ScraperSpec, new_records: list[Record], known: tuple[Record, ...]
) -> ScraperSpec | None:
    """A rebuilt spec's fields renamed to the source's schema, by which values they reproduce."""
    mapped = []
    used: set[str] = set()
    for spec_field in old.fields:
        votes = {
            g.name: sum(1 for r in new_records for k in known if same_value(r.get(g.name), k.get(spec_field.name)))
            for g in new.fields
            if g.name not in used
        }
        best = max(votes, key=lambda n: votes[n], default=None)
        if best is None or votes[best] == 0:
            continue
        used.add(best)
        source = next(g for g in new.fields if g.name == best)
        mapped.append(source.model_copy(update={"name": spec_field.name, "type": spec_field.type}))
    if not mapped:
        return None
    names = {f.name for f in mapped}
    return ScraperSpec.model_validate(
        new.model_copy(
            update={
                "fields": tuple(mapped),
                "key_fields": tuple(k for k in old.key_fields if k in names),
                "start_url": old.start_url,
            }
        ).model_dump()
    )
