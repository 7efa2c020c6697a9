"""What changed between the last good page and the new one: structure, classes, text, known values.

The diff is evidence for people (``sdp heal`` prints it, the audit log keeps it), context for the
LLM, and a cheap first repair: classes that vanished while others of the same count appeared are
probably renames, which a selector transform can follow.
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from parsel import Selector

from pipeline.core.extract import Record, make_selector, node_text
from pipeline.core.schemas import ScraperSpec
from pipeline.core.spectransform import Transform, tokens

_MAX_LISTED = 12


@dataclass(frozen=True)
class PageDiff:
    text_similarity: float
    classes_gone: dict[str, int]
    classes_new: dict[str, int]
    tags_changed: dict[str, tuple[int, int]]
    known_values_present: float
    selectors_broken: list[str] = field(default_factory=list)
    renames: dict[str, str] = field(default_factory=dict)

    def summary(self) -> list[str]:
        lines = [
            f"visible text {self.text_similarity:.0%} similar; {self.known_values_present:.0%} of the last "
            "known values still on the page",
        ]
        if self.selectors_broken:
            lines.append(f"selectors matching nothing now: {', '.join(self.selectors_broken[:_MAX_LISTED])}")
        if self.classes_gone:
            lines.append(f"classes gone: {', '.join(list(self.classes_gone)[:_MAX_LISTED])}")
        if self.classes_new:
            lines.append(f"classes new: {', '.join(list(self.classes_new)[:_MAX_LISTED])}")
        if self.renames:
            lines.append("likely renames: " + ", ".join(f"{a} → {b}" for a, b in self.renames.items()))
        return lines

    def as_evidence(self) -> dict[str, Any]:
        return {
            "text_similarity": round(self.text_similarity, 3),
            "known_values_present": round(self.known_values_present, 3),
            "classes_gone": list(self.classes_gone)[:_MAX_LISTED],
            "classes_new": list(self.classes_new)[:_MAX_LISTED],
            "selectors_broken": self.selectors_broken[:_MAX_LISTED],
            "renames": self.renames,
        }

    def rename_transform(self) -> Transform | None:
        """The class renames as a selector transform, when there are any."""
        if not self.renames:
            return None
        return {"replace": sorted([f".{a}", f".{b}"] for a, b in self.renames.items())}


def _body_text(page: Selector) -> str:
    body = page.css("body")
    return node_text(body[0]) if body else ""


def _class_counts(page: Selector) -> Counter[str]:
    counts: Counter[str] = Counter()
    for value in page.xpath("//body//@class").getall():
        counts.update(value.split())
    return counts


def _tag_counts(page: Selector) -> Counter[str]:
    return Counter(str(n.root.tag).lower() for n in page.xpath("//body//*") if isinstance(n.root.tag, str))


def _spec_classes(spec: ScraperSpec) -> list[str]:
    selectors = [spec.record_selector, *(f.selector for f in spec.fields)]
    if spec.pagination.next_selector:
        selectors.append(spec.pagination.next_selector)
    return list(dict.fromkeys(t[1:] for s in selectors for t in tokens(s) if t.startswith(".")))


def _flat_values(records: list[Record]) -> list[str]:
    values: list[str] = []
    for record in records:
        for value in record.values():
            if isinstance(value, str) and 2 < len(value) < 200 and not value.startswith("http"):
                values.append(value)
            elif isinstance(value, list):
                values.extend(v for v in value if isinstance(v, str) and 2 < len(v) < 200)
    return values


def diff_pages(
    old_body: bytes | str, new_body: bytes | str, url: str, spec: ScraperSpec, known: list[Record]
) -> PageDiff:
    old, new = make_selector(old_body, url), make_selector(new_body, url)
    old_text, new_text = _body_text(old), _body_text(new)
    similarity = difflib.SequenceMatcher(None, old_text[:20000], new_text[:20000], autojunk=False).quick_ratio()
    old_classes, new_classes = _class_counts(old), _class_counts(new)
    gone = {c: n for c, n in old_classes.items() if c not in new_classes}
    appeared = {c: n for c, n in new_classes.items() if c not in old_classes}
    old_tags, new_tags = _tag_counts(old), _tag_counts(new)
    tags_changed = {
        t: (old_tags.get(t, 0), new_tags.get(t, 0))
        for t in set(old_tags) | set(new_tags)
        if old_tags.get(t, 0) != new_tags.get(t, 0)
    }
    values = _flat_values(known)
    present = sum(1 for v in values if v in new_text) / len(values) if values else 0.0
    broken = [
        s
        for s in [spec.record_selector, *(f"{spec.record_selector} {f.selector}" for f in spec.fields if f.selector)]
        if s and not new.css(s)
    ]
    return PageDiff(
        text_similarity=similarity,
        classes_gone=gone,
        classes_new=appeared,
        tags_changed=tags_changed,
        known_values_present=present,
        selectors_broken=list(dict.fromkeys(broken)),
        renames=_guess_renames(_spec_classes(spec), gone, appeared),
    )


def _guess_renames(used: list[str], gone: dict[str, int], appeared: dict[str, int]) -> dict[str, str]:
    """Pair each vanished class the spec uses with a new class seen as many times, when only one fits."""
    renames: dict[str, str] = {}
    taken: set[str] = set()
    for name in used:
        if name not in gone:
            continue
        fits = [c for c, n in appeared.items() if n == gone[name] and c not in taken]
        if len(fits) == 1:
            renames[name] = fits[0]
            taken.add(fits[0])
        elif len(fits) > 1:
            close = difflib.get_close_matches(name, fits, n=1, cutoff=0.5)
            if close:
                renames[name] = close[0]
                taken.add(close[0])
    return renames
