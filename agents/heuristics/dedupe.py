"""Drop fields that show another field's values again, keeping the one a person would pick.

Pages repeat themselves: an image link and a title link lead to the same page, a rating sits in
an ``aria-label`` and in a ``meta`` tag, the author is in ``data-author`` and in the byline. Fields
are compared on the values the engine extracts from the sample records, after normalisation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from parsel import Selector

from agents.heuristics import values
from agents.heuristics.copyfields import is_modified_twin, wraps_another
from agents.heuristics.fieldnames import FieldDraft
from agents.heuristics.ownpages import is_own_page_link
from agents.heuristics.resizedcopies import are_resized_copies
from agents.heuristics.restated import restates_by_class, unit_pieces
from agents.heuristics.sparsecopies import is_sparse_copy
from pipeline.core.extract import extract_field
from pipeline.core.normalize import Value

#: Two fields agreeing on this share of the records that hold either are one value shown twice.
SAME_VALUE_SHARE = 0.9
#: ...counted over the records where both fields hold a value, which must be this share of
#: the records where either does.
SHARED_RECORDS_SHARE = 0.75
#: Numbers this close are one quantity written twice at two precisions ("15.2k" and 15,234).
NUMBER_TOLERANCE = 0.01
#: Letter avatars show one to three initials.
MAX_INITIALS = 3
#: Names that say nothing about the value: the last choice when two fields hold the same thing.
_GENERIC_NAMES = frozenset({"text", "number", "value", "link", "link_url"})
#: Attributes that copy a visible value for people who cannot see it or for machines (meta
#: content, tooltips, screen-reader labels); data-* attributes rank between them and the text.
_HIDDEN_COPIES = ("content", "title", "aria-label")
#: A beginning this long shared with another field's longer text is a cut copy of it.
MIN_CUT_CHARS = 40
#: How a shortened copy says it was cut: an ellipsis, "et al." after the first names.
_CUT_MARKS = ("…", "...", " et al.", " et al")
#: Types whose value is an address, not text a person reads.
_ADDRESS_TYPES = frozenset({"url", "image"})
_NUMBERED = re.compile(r"^(?P<base>[a-z][a-z0-9_]*?)_(?P<n>[2-9])$")


def without_repeated_fields(drafts: list[FieldDraft], records: list[Selector], mains: set[int]) -> list[FieldDraft]:
    """``drafts`` minus those repeating a better field; ``mains`` are ids of the title and url slots."""
    extracted = {id(d): [_value(r, d) for r in records] for d in drafts}
    kept: list[FieldDraft] = []
    for draft in sorted(drafts, key=lambda d: _preference(d, mains)):
        if not any(
            _same_values(extracted[id(draft)], extracted[id(k)])
            and not _address_and_its_text(draft, k, extracted[id(draft)], extracted[id(k)])
            for k in kept
        ):
            kept.append(draft)
    kept = [k for k in kept if not any(_are_initials(extracted[id(k)], extracted[id(o)]) for o in kept if o is not k)]
    # A picture's alt on the cards that have one, naming who the letter avatar of all names too.
    kept = _without_restating(kept, mains, lambda k, o: is_sparse_copy(extracted[id(k)], extracted[id(o)]))
    # A short view beside its full copy ("Flanagan A, et al."); the title and url stay whatever they are.
    kept = _without_restating(kept, mains, lambda k, o: _are_shortened(extracted[id(k)], extracted[id(o)]))
    # The title inside a control's words ("View <title>"), the published date's modified twin.
    kept = _without_restating(
        kept,
        mains,
        lambda k, o: (
            wraps_another(extracted[id(k)], extracted[id(o)])
            or is_modified_twin(k, o, extracted[id(k)], extracted[id(o)])
        ),
    )
    # A flag's class word beside its text ("flag--reduced", "Price reduced"); a number and its unit
    # label beside the quantity read whole ("1.51" + "acre lot", "1.51 acre lot").
    kept = _without_restating(kept, mains, lambda k, o: restates_by_class(k, o, extracted[id(k)], extracted[id(o)]))
    pieces = unit_pieces([k for k in kept if id(k.slot) not in mains], extracted)
    kept = [k for k in kept if id(k) not in pieces]
    # The record's link again with a map tab, a chart period or a "contact/" step added.
    links = [extracted[id(k)] for k in kept if id(k.slot) in mains and k.spec.type == "url"]
    kept = [k for k in kept if not _leads_to_own_page(k, mains, extracted[id(k)], links)]
    kept = _without_resized(kept, extracted)
    chosen = {id(d) for d in kept}
    return _without_needless_numbers([d for d in drafts if id(d) in chosen])


def _without_restating(
    kept: list[FieldDraft], mains: set[int], restates: Callable[[FieldDraft, FieldDraft], bool]
) -> list[FieldDraft]:
    """``kept`` without each field that ``restates`` says another kept field already says; the
    title and url (``mains``) always stay."""
    return [k for k in kept if id(k.slot) in mains or not any(restates(k, o) for o in kept if o is not k)]


def _leads_to_own_page(draft: FieldDraft, mains: set[int], mine: list[Value], links: list[list[Value]]) -> bool:
    """A link field, not the record's own, leading where the record's link leads with more on it."""
    if id(draft.slot) in mains or draft.spec.type != "url":
        return False
    return any(is_own_page_link(mine, link) for link in links)


def _without_resized(kept: list[FieldDraft], extracted: dict[int, list[Value]]) -> list[FieldDraft]:
    """``kept`` without each picture field naming an earlier one's file at another size."""
    out: list[FieldDraft] = []
    for draft in kept:
        pictures = [o for o in out if draft.spec.type == o.spec.type == "image"]
        if not any(are_resized_copies(extracted[id(draft)], extracted[id(o)]) for o in pictures):
            out.append(draft)
    return out


def _address_and_its_text(a: FieldDraft, b: FieldDraft, a_values: list[Value], b_values: list[Value]) -> bool:
    """A link's address and the text that shows it: a listing's "docs/" leading to ``docs/``. The
    two are different kinds of value, so neither repeats the other, unless the text is itself a
    written-out address ("https://…", "/r/pics/…"), a copy of the link."""
    linked = [spec.type in _ADDRESS_TYPES for spec in (a.spec, b.spec)]
    if linked[0] == linked[1]:
        return False
    shown = b_values if linked[0] else a_values
    return not any(isinstance(v, str) and values.is_address(v) for v in shown)


def _are_initials(mine: list[Value], theirs: list[Value]) -> bool:
    """A letter avatar ("HW" beside "Hannah Whitfield"): the initials of another field's names."""
    pairs = [(a, b) for a, b in zip(mine, theirs, strict=True) if isinstance(a, str) and isinstance(b, str)]
    if len(pairs) < len([a for a in mine if a is not None]) or not pairs:
        return False
    return sum(1 for a, b in pairs if _initials_of(a, b)) / len(pairs) >= SAME_VALUE_SHARE


def _are_shortened(mine: list[Value], theirs: list[Value]) -> bool:
    """A short view of another field ("Flanagan A, et al." of the whole author list, a snippet
    cut at 160 characters): shorter on most records, the same text where the full one is short."""
    pairs = [(_as_text(a), _as_text(b)) for a, b in zip(mine, theirs, strict=True) if a is not None]
    both = [(a, b) for a, b in pairs if a is not None and b is not None]
    if not both or len(both) < SHARED_RECORDS_SHARE * len(pairs):
        return False
    cut = sum(1 for a, b in both if _shortened(a, b))
    kept_whole = sum(1 for a, b in both if a == b)
    return cut > len(both) / 2 and (cut + kept_whole) / len(both) >= SAME_VALUE_SHARE


def _as_text(value: Value) -> str | None:
    """The text of a value as a person reads it: a list of names joined back with commas."""
    if isinstance(value, str):
        return None if values.is_address(value) else " ".join(value.split())  # "…jpg?w=300" is another picture
    if isinstance(value, list) and value and all(isinstance(v, str) and not values.is_address(v) for v in value):
        return ", ".join(" ".join(str(v).split()) for v in value)
    return None


def _shortened(short: str, full: str) -> bool:
    """``short`` is ``full`` cut short: up to a mark of the cut ("…", "et al."), or a long enough
    beginning of it cut anywhere (a snippet cut at 160 characters, mid-word or not)."""
    if len(short) >= len(full):
        return False
    mark = next((m for m in _CUT_MARKS if short.lower().endswith(m)), "")
    marked = bool(mark)
    core = short[: len(short) - len(mark)].rstrip(" ,;:.")
    if not core or len(core) >= len(full) or not full.startswith(core):
        return False
    return marked or len(core) >= MIN_CUT_CHARS


def _initials_of(short: str, name: str) -> bool:
    letters = [w[0] for w in re.findall(r"[^\W\d_][\w'’.-]*", name)]
    return 1 <= len(short) <= MAX_INITIALS and short.isupper() and short == "".join(letters[: len(short)]).upper()


def _value(record: Selector, draft: FieldDraft) -> Value:
    try:
        return extract_field(record, draft.spec, "")
    except (ValueError, TypeError):
        return None


def _preference(draft: FieldDraft, mains: set[int]) -> tuple[bool, bool, int, float]:
    """Sort key, best first: the title and url, a specific name ("rating" over "text"), visible
    text, then the page's own data-* (exact, meant for machines) before tooltips and meta
    copies, then wide coverage."""
    spec = draft.spec
    attribute = spec.attribute or ""
    hidden = 1 if attribute.startswith("data-") else 2 if attribute in _HIDDEN_COPIES else 0
    numbered = _NUMBERED.match(spec.name)
    generic = (numbered["base"] if numbered else spec.name) in _GENERIC_NAMES
    return (id(draft.slot) not in mains, generic, hidden, -spec.confidence)


def _same_values(mine: list[Value], theirs: list[Value]) -> bool:
    """Equal wherever both hold a value, and both hold one in most records: an ad without a
    score box still has its ``data-score``, and the two fields are one."""
    held = [(a, b) for a, b in zip(mine, theirs, strict=True) if a is not None or b is not None]
    both = [(a, b) for a, b in held if a is not None and b is not None]
    if not both or len(both) < SHARED_RECORDS_SHARE * len(held):
        return False
    return sum(1 for a, b in both if _same(a, b)) / len(both) >= SAME_VALUE_SHARE


def _same(a: Value, b: Value) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float):
        return _close(a, b)
    if isinstance(a, dict) and isinstance(b, int | float):
        a, b = b, a
    if isinstance(a, int | float) and isinstance(b, dict) and isinstance(amount := b.get("amount"), int | float):
        # ``data-price-final="1249"`` beside "$12.49": the price again, maybe in cents (Steam, Shopify).
        return _close(a, amount) or (isinstance(a, int) and _close(a, amount * 100))
    if isinstance(a, str) and isinstance(b, str) and values.is_address(a) and values.is_address(b):
        return _link_key(a) == _link_key(b)  # "/r/pics/…" and "https://old.reddit.com/r/pics/…"
    return a == b


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= NUMBER_TOLERANCE * max(abs(a), abs(b), 1.0)


def _link_key(value: str) -> str:
    parts = urlsplit(value)
    return f"{parts.path.rstrip('/')}?{parts.query}"


def _without_needless_numbers(drafts: list[FieldDraft]) -> list[FieldDraft]:
    """``rating_2`` becomes ``rating`` once the field that took ``rating`` is gone."""
    taken = {d.spec.name for d in drafts}
    renamed: list[FieldDraft] = []
    for draft in drafts:
        match = _NUMBERED.match(draft.spec.name)
        if match and match["base"] not in taken:
            taken.discard(draft.spec.name)
            taken.add(match["base"])
            renamed.append(FieldDraft(draft.slot, draft.spec.model_copy(update={"name": match["base"]})))
        else:
            renamed.append(draft)
    return renamed
