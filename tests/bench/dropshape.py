"""Which stage of the Scout lost an absent value that is the whole text of an element near its title.

``absentshape`` places each absent field; for a field whose values are mostly the whole text of one
element near the record's title (``pagetext.locate``), this runs the Scout in-process on the site's
first served page (``agents.scout.analyze_page``) with the drop recorder on (``droptrace``) and says,
for each of its values on that page, where the Scout lost it:

* ``no records`` (the Scout found none), ``detail page`` (it read one entity, not a list),
  ``spanning records, untraced`` (each record spans siblings, read as copies: not traced);
* ``title outside the records``: no record of the spec holds the element showing the title, with how the records
  stand to it: ``value in a record`` (the record is a part of the card, the title another), ``heading beside a
  record`` / ``beside a record`` (one record starts within a few levels of the title, which is or is not a
  heading: the record's bounds leave the title out), ``beside the list`` (the first element above the title holding
  a record holds several: the title's block there is ``a card the selector misses``, ``a heading before a record``,
  ``between records`` or ``above or below the records``) or ``records elsewhere`` (another list was read);
* ``container misses the element``: the record holding the title does not hold the value's element;
* ``never a slot``: no slot of the record template holds the element (discovery);
* ``dropped: STAGE``: a slot holding it was left out by that stage of the slot pipeline (the last
  such stage when one slot was made into another: a split, a join);
* ``field dropped: STAGE``: it became a field that a later check of the spec left out;
* ``in the page spec``: the Scout's spec for the page has its field and reads the value (lost later,
  in ``sdp add``); ``in the page spec, not read here``: it has the field, which misses this value: ``empty there``
  (its selector finds nothing in the title's record) or ``another value there`` (it reads something else).

A field counts once, under its values' most common class; values of records not on the first page
are left out (``not on the first page`` when none is). Counts come back flat, ``{class: fields}``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement
from parsel import Selector

from agents.heuristics.droptrace import DropRecorder, Run, recording
from agents.heuristics.slots import Slot
from agents.scout import analyze_page
from pipeline.core.extract import iter_records
from pipeline.core.schemas import PageProfile
from tests.bench.absentshape import Kind, Record, title_key, value_kind
from tests.bench.factrows import MARK, Verdicts, row_verdict, watching
from tests.bench.itemlists import row_shape
from tests.bench.pagetext import NEAR_LEVELS, Where, ancestor, child_holding, found_in, is_whole, spellings
from tests.bench.readdiffer import DIFFERENCES, ONE_OF_ITEMS, how_read_differs
from tests.bench.readelsewhere import KINDS, read_elements, where_instead

Fold = Callable[[str], str]
#: Elements showing a title looked at per value (a title repeated in a rail, a breadcrumb).
_MAX_TITLES = 20
NOT_ON_PAGE = "not on the first page"


@dataclass
class ScoutView:
    """The Scout's reading of one page: its profile (or None), what the recorder saw, its tree's texts."""

    profile: PageProfile | None
    recorder: DropRecorder
    #: The Scout's own tree's elements by their folded whole text (short texts only).
    whole: dict[str, list[HtmlElement]] = field(default_factory=dict)
    #: The spec's records, each as its parts (the matched element and its span's next siblings).
    records: list[list[HtmlElement]] = field(default_factory=list)
    run: Run | None = None
    root: HtmlElement | None = None
    url: str = ""
    #: The spec's records on the page, read when first asked.
    extracted: list[Record] | None = None
    #: Every record spans siblings: the slots read copies, and the page's tree is not at hand.
    untraced: bool = False
    #: The fact-row rule's verdict on each slot it was handed (``factrows``).
    facts: Verdicts = field(default_factory=dict)


def read_page(body: str, url: str, fold: Fold) -> ScoutView:
    """Run the Scout on the page with the drop recorder on."""
    with recording() as recorder, watching() as facts:
        try:
            profile: PageProfile | None = analyze_page(body, url)
        except ValueError:
            profile = None
    view = ScoutView(profile, recorder, url=url, facts=facts)
    if profile is None or profile.spec.mode != "list" or not recorder.runs:
        return view
    # A spanning record is a detached copy of its parts (``recordparts``): the page is an unspanned one's tree.
    trees = (r.getroottree().getroot() for run in recorder.runs for r in run.records)
    root = next((t for t in trees if t.tag == "html"), None)
    if root is None:
        view.untraced = True
        return view
    view.root = root
    for element in root.iter():
        if isinstance(element.tag, str):
            text = fold(element.text_content())
            if text and len(text) <= 300:
                view.whole.setdefault(text, []).append(element)
    nodes = [n.root for n in Selector(root=root, type="html").css(profile.spec.record_selector)]
    view.records = [_parts(n, profile.spec.record_span) for n in nodes]
    view.run = _run_of(recorder.runs, view.records, fold)
    return view


def _parts(node: HtmlElement, span: int) -> list[HtmlElement]:
    parts, after = [node], node.getnext()
    while len(parts) < span and after is not None:
        if isinstance(after.tag, str):
            parts.append(after)
        after = after.getnext()
    return parts


def _signature(parts: Sequence[HtmlElement], fold: Fold) -> str:
    return fold(" ".join(p.text_content() for p in parts))


def _run_parts(record: HtmlElement, span: int) -> list[HtmlElement]:
    """A sampled record's parts: itself, or the copies its span's wrapper holds (``recordparts``)."""
    return list(record) if span > 1 else [record]


def _run_of(runs: Sequence[Run], records: Sequence[list[HtmlElement]], fold: Fold) -> Run | None:
    """The slot pipeline's run over the spec's records: the one whose sample reads most like them."""
    span = max((len(r) for r in records), default=1)
    wanted = Counter(_signature(r, fold) for r in records)
    best: tuple[int, int] | None = None
    for index, run in enumerate(runs):
        seen = Counter(_signature(_run_parts(r, span), fold) for r in run.records)
        rank = (sum((seen & wanted).values()), index)
        best = rank if best is None or rank > best else best
    return runs[best[1]] if best is not None and best[0] else None


def _path(element: HtmlElement, part: HtmlElement) -> tuple[int, ...] | None:
    """Child positions from ``part`` down to ``element``, or None when it is not inside."""
    steps: list[int] = []
    while element is not part:
        parent = element.getparent()
        if parent is None:
            return None
        steps.append(parent.index(element))
        element = parent
    return tuple(reversed(steps))


def _follow(part: HtmlElement, steps: tuple[int, ...]) -> HtmlElement | None:
    for step in steps:
        children = list(part)
        if step >= len(children):
            return None
        part = children[step]
    return part


def _tags(part: HtmlElement, steps: tuple[int, ...]) -> tuple[str, ...] | None:
    out: list[str] = []
    node: HtmlElement | None = part
    for step in steps:
        children = list(node) if node is not None else []
        if step >= len(children):
            return None
        node = children[step]
        out.append(str(node.tag))
    return tuple(out)


def _tag_path(element: HtmlElement, part: HtmlElement) -> tuple[str, ...] | None:
    steps = _path(element, part)
    return None if steps is None else _tags(part, steps)


@dataclass(frozen=True)
class _Found:
    """Where one value is in the Scout's tree: the elements showing it near its title, and the title's record."""

    holders: list[HtmlElement]
    record: int | None
    #: The element showing the title.
    shown: HtmlElement


def _find(view: ScoutView, texts: Sequence[str], title: str, fold: Fold) -> _Found | None:
    """The elements whose whole text is the value near an element showing the title (one in a record first)."""
    best: _Found | None = None
    for shown in view.whole.get(title, [])[:_MAX_TITLES]:
        near = ancestor(shown, NEAR_LEVELS)
        holders = [e for e in near.iter() if isinstance(e.tag, str) and _shows(texts, fold(e.text_content()))]
        if not holders:
            continue
        record = next(
            (k for k, parts in enumerate(view.records) if any(_path(shown, p) is not None for p in parts)), None
        )
        found = _Found(holders, record, shown)
        if record is not None:
            return found
        best = best or found
    return best


def _shows(texts: Sequence[str], text: str) -> bool:
    """Whether ``text`` is one of the spellings and nothing else but signs."""
    spelling = found_in(texts, text)
    return spelling is not None and is_whole(spelling, text)


def classify(view: ScoutView, value: Any, title: str, kind: Kind, fold: Fold) -> str:
    """Where the Scout lost one value (see the module docstring)."""
    if view.profile is None:
        return "no records"
    if view.profile.spec.mode != "list":
        return "detail page"
    if view.untraced:
        return "spanning records, untraced"
    texts = sorted({t for t in spellings(value, value_kind(value, kind), fold) if t}, key=len, reverse=True)
    found = _find(view, texts, title, fold) if texts and title else None
    if found is None:
        return NOT_ON_PAGE
    if found.record is None:
        outside = _outside(found, view.records)
        # A copy of the title inside a record (a hero card repeating a listed one) shows the value only outside.
        copied = any(
            _path(e, p) is not None for e in view.whole.get(title, [])[:_MAX_TITLES] for r in view.records for p in r
        )
        return f"title outside the records: {outside}{', its title also in a record' if copied else ''}"
    parts = view.records[found.record]
    placed = [(i, steps) for e in found.holders for i, p in enumerate(parts) if (steps := _path(e, p)) is not None]
    if not placed:
        return "container misses the element"
    run = view.run
    if run is None:
        return "no slot pipeline for the records"
    slots = _slots_at(run, parts, placed, found.record, texts, fold)
    if not slots:
        return "never a slot"
    return _fate(view, run, slots, _Value(value, kind, texts), title, fold, found)


def _slots_at(
    run: Run,
    parts: list[HtmlElement],
    placed: list[tuple[int, tuple[int, ...]]],
    number: int,
    texts: Sequence[str],
    fold: Fold,
) -> list[Slot]:
    """The slots seen whose occurrences are the value's elements: in the sampled copy of the record when it
    was sampled (its value read there), else at the same tag path in any sampled record."""
    span = len(parts)
    sampled = number < len(run.records) and _signature(_run_parts(run.records[number], span), fold) == _signature(
        parts, fold
    )
    if sampled:
        copies = _run_parts(run.records[number], span)
        targets = {id(e) for i, steps in placed if i < len(copies) and (e := _follow(copies[i], steps)) is not None}
        return [
            s
            for s in run.seen
            if any(id(o.element) in targets and found_in(texts, fold(o.value)) for o in s.per_record.get(number, []))
        ]
    paths = {(i, _tags(parts[i], steps)) for i, steps in placed}
    out = []
    for slot in run.seen:
        for n, occurrences in slot.per_record.items():
            copies = _run_parts(run.records[n], span) if n < len(run.records) else []
            if any((i, _tag_path(o.element, c)) in paths for o in occurrences for i, c in enumerate(copies)):
                out.append(slot)
                break
    return out


@dataclass(frozen=True)
class _Value:
    """One expected value: as written, how it is compared (``Kind``) and its folded spellings."""

    written: Any
    kind: Kind
    texts: Sequence[str]


def _fate(view: ScoutView, run: Run, slots: list[Slot], value: _Value, title: str, fold: Fold, found: _Found) -> str:
    """What became of the value's slots: a field (dropped later or in the spec), or the last drop."""
    ids = {id(s) for s in slots}
    names = [name for slot, name in run.kept if id(slot) in ids]
    if names:
        assert view.profile is not None
        if any(f.name in names for f in view.profile.spec.fields):
            # The spec reads the value on the page, or its selector misses this record's element.
            return _in_spec(view, names, value, title, fold, found)
        stage = next((stage for stage, name in view.recorder.field_drops if name in names), "renamed or lost")
        return f"field dropped: {stage}"
    drops = [d for d in run.drops if id(d.slot) in ids]
    return f"dropped: {max(drops, key=lambda d: d.step).stage}" if drops else "slot lost untraced"


def _in_spec(view: ScoutView, names: list[str], value: _Value, title: str, fold: Fold, found: _Found) -> str:
    """Whether the spec's fields ``names`` read the value in a record of the page showing the title, and when they
    do not, what they read in that record instead (and, for another value, where the expected one sits:
    ``readelsewhere``, after a second colon; how the read value differs, ``readdiffer``, after a semicolon)."""
    assert view.profile is not None and view.root is not None
    texts = value.texts
    if view.extracted is None:
        view.extracted = list(iter_records(Selector(root=view.root, type="html"), view.profile.spec, url=view.url))
    titled = [r for r in view.extracted if title in (fold(str(v)) for v in r.values())]
    # The title as the spec reads it may differ ("1. Title"): then any record reading the value.
    if any(_shows(texts, fold(str(r.get(name, "")))) for r in titled or view.extracted for name in names):
        return "in the page spec"
    if not titled:
        return "in the page spec, not read here"
    if not any(r.get(name) not in (None, "", []) for r in titled for name in names):
        return f"{NOT_READ}: empty there"
    assert found.record is not None
    parts = view.records[found.record]
    fields = [f for f in view.profile.spec.fields if f.name in names]
    where = where_instead(parts, view.records, read_elements(parts, fields), found.holders, texts, fold)
    name, read = next((n, r[n]) for r in titled for n in names if r.get(n) not in (None, "", []))
    how = how_read_differs(value.written, read, value.kind, fold)
    if how.endswith(ONE_OF_ITEMS):
        lists = (r.get(name) for r in view.extracted)
        shape = row_shape(value.written, read, lists, read_elements(parts, fields), fold)
        assert view.run is not None
        kept = [slot for slot, kept_name in view.run.kept if kept_name == name]
        split = any(f.split for f in fields if f.name == name)
        how += f" ({shape}{MARK}{row_verdict(kept, view.run, view.facts, split)})"
    return f"{ANOTHER_VALUE}: {where}; {how}"


NOT_READ = "in the page spec, not read here"
#: The class of a field reading another value in the title's record; ``where_instead``'s kind follows it.
ANOTHER_VALUE = f"{NOT_READ}: another value there"


def _outside(found: _Found, records: Sequence[list[HtmlElement]]) -> str:
    """How the spec's records stand to a title none of them holds (see the module docstring)."""
    if any(_path(holder, p) is not None for holder in found.holders for record in records for p in record):
        return "value in a record"
    near: HtmlElement | None = found.shown
    for _ in range(_BESIDE_LEVELS):
        near = near.getparent() if near is not None else None
        inside = [r for r in records if near is not None and any(_path(p, near) is not None for p in r)]
        if len(inside) > 1:
            assert near is not None
            return f"beside the list: {_beside(found.shown, near, inside)}"
        if inside:
            assert near is not None
            return "heading beside a record" if _in_heading(found.shown, near) else "beside a record"
    return "records elsewhere"


def _beside(shown: HtmlElement, near: HtmlElement, records: Sequence[list[HtmlElement]]) -> str:
    """Where in the list (``near``, holding several records) the title's own block sits: ``a card the selector
    misses`` (a block of the records' tag among them), ``a heading before a record`` (its next block is one),
    ``above or below the records`` or ``between records``."""
    block = child_holding(shown, near)
    # A block holding several records is a list of its own (the title's heading is over it, not over a record).
    held = Counter(child_holding(r[0], near) for r in records if r and _path(r[0], near) not in (None, ()))
    tops = [t for t, n in held.items() if n == 1]
    children = list(near)
    if any(t.tag == block.tag for t in tops) and block.tag not in _HEADINGS:
        return "a card the selector misses"
    after = block.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    if any(after is t for t in tops):
        return "a heading before a record"
    places = [children.index(t) for t in tops if t in children]
    where = children.index(block)
    return "between records" if places and min(places) < where < max(places) else "above or below the records"


#: How far up from the title a record may start and still be beside it (a heading over its card's body, a link
#: in a heading in a card): further up, the records are another list.
_BESIDE_LEVELS = 3
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "dt", "th", "caption", "legend"})


def _in_heading(element: HtmlElement, top: HtmlElement) -> bool:
    """Whether ``element`` is a heading or inside one below ``top``."""
    node: HtmlElement | None = element
    while node is not None and node is not top:
        if str(node.tag) in _HEADINGS:
            return True
        node = node.getparent()
    return False


def drop_shape(
    expected: Sequence[Record],
    fields: Mapping[str, tuple[list[int], Where]],
    view: ScoutView | None,
    kind: Kind,
    fold: Fold,
) -> tuple[dict[str, int], list[str]]:
    """``{class: fields}`` for the absent fields whose values are an element's whole text near the
    title (``absentshape.absent_fields``), and one line per such field (for an open site's details)."""
    if view is None:
        return {}, []
    titled = title_key(expected, kind)
    out: Counter[str] = Counter()
    lines: list[str] = []
    for key, (records, where) in sorted(fields.items()):
        if not (where.place == "visible" and where.whole and where.near_title) or titled is None:
            continue
        classes = Counter(
            classify(view, _first(expected[i][key]), fold(str(expected[i].get(titled, ""))), kind, fold)
            for i in records
        )
        on_page = Counter({c: n for c, n in classes.items() if c != NOT_ON_PAGE})
        # Chosen by class, another value's kinds counted together, then the kind most of its values show.
        folded = Counter[str]()
        for c, n in (on_page or classes).items():
            folded[stage_of(c)] += n
        chosen = folded.most_common(1)[0][0] if folded else NOT_ON_PAGE
        if chosen == ANOTHER_VALUE:
            chosen = Counter({c: n for c, n in classes.items() if stage_of(c) == chosen}).most_common(1)[0][0]
        out[chosen] += 1
        lines.append(f"{key}: {chosen} ({', '.join(f'{c} {n}' for c, n in classes.most_common())})")
    return dict(out), lines


def _first(value: Any) -> Any:
    """A list's first item stands for it (its items sit in one slot)."""
    return (value or [None])[0] if isinstance(value, list) else value


def stage_of(name: str) -> str:
    """A class without ``readelsewhere``'s kind: ``another value there: a sibling…`` is ``another value there``."""
    return ANOTHER_VALUE if name.startswith(f"{ANOTHER_VALUE}: ") else name


def describe(shape: Mapping[str, float]) -> str:
    """One report line: the fields by the stage that lost them, most first (another value's kinds summed)."""
    if not shape:
        return "no absent field near the title"
    folded = Counter[str]()
    for name, n in shape.items():
        folded[stage_of(name)] += int(n)
    shape = folded
    total = int(sum(shape.values()))
    ranked = sorted(shape.items(), key=lambda p: (-p[1], p[0]))
    return f"{total} fields: " + ", ".join(f"{name} {int(n)}" for name, n in ranked)


def describe_elsewhere(shape: Mapping[str, float]) -> str:
    """One report line: the fields reading another value in the title's record, by where the expected value sits
    (``readelsewhere.KINDS``), counts only."""
    return _another_value_by(shape, 0, KINDS, zeros=True)


def describe_differences(shape: Mapping[str, float]) -> str:
    """One report line: the fields reading another value in the title's record, by how the read value differs from
    the written one (``readdiffer.DIFFERENCES``), counts only."""
    return _another_value_by(shape, 1, DIFFERENCES)


def _another_value_by(shape: Mapping[str, float], part: int, names: Sequence[str], zeros: bool = False) -> str:
    """The fields reading another value there, counted by one part of their class (``where; how``) in the order of
    ``names`` (a finer split, ``name: detail``, beside its name; ``zeros``: each name even when none has it)."""
    head = f"{ANOTHER_VALUE}: "
    counts = Counter[str]()
    for name, n in shape.items():
        if name.startswith(head):
            told = name[len(head) :]
            told = f"{told.split(MARK, 1)[0]})" if MARK in told else told  # the rule's verdict: ``factrows``
            parts = told.split("; ")
            counts[parts[part] if part < len(parts) else "untold"] += int(n)
    total = sum(counts.values()) + int(shape.get(ANOTHER_VALUE, 0))
    if not total:
        return "no field reading another value there"
    if zeros:
        counts.update(dict.fromkeys(names, 0))

    def rank(name: str) -> tuple[int, str]:
        base = name.split(": ", maxsplit=1)[0]
        return (names.index(base) if base in names else len(names), name)

    return f"{total} fields: " + ", ".join(f"{k} {counts[k]}" for k in sorted(counts, key=rank))
