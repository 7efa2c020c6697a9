"""True/false values of a JSON API read as the labels the rendered page shows for them.

An API says ``"inStock": false``; its page says 'Out of stock'. Each record is paired with its
card in the rendered page (the element holding its title, widened up to just below the next
record's); a flag takes two labels when every paired card with the flag true shows label A and
no card with it false does, and the other way round for label B. Buttons are controls, not data.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from parsel import Selector

from pipeline.core.cleantext import clean_text
from pipeline.core.schemas import FieldSpec

#: Cards paired with records needed to trust a label, at least.
MIN_PAIRED = 4
MAX_LABEL_CHARS = 40
MAX_ELEMENTS = 20_000
MAX_DEPTH = 12
_NOT_DATA = frozenset({"button", "select", "option", "script", "style", "noscript", "template"})


def labelled_flags(fields: Sequence[FieldSpec], records: list[dict[str, Any]], root: Any) -> tuple[FieldSpec, ...]:
    """``fields``, each flag that the rendered page (``root``: an lxml element) shows as a label reading it."""
    flags = [f for f in fields if f.flag_labels is None and f.json_path in _flag_keys(records)]
    if not flags:
        return tuple(fields)
    cards = _cards(fields, records, root)
    if len(cards) < MIN_PAIRED:
        return tuple(fields)
    labels = {i: _labels(card) for i, card in cards.items()}
    found: dict[str, tuple[str, str]] = {}
    for field in flags:
        key = field.json_path or ""
        on = [labels[i] for i in cards if records[i].get(key) is True]
        off = [labels[i] for i in cards if records[i].get(key) is False]
        pair = _label_pair(on, off)
        if pair is not None:
            found[field.name] = pair
    return tuple(f.model_copy(update={"flag_labels": found[f.name]}) if f.name in found else f for f in fields)


def _flag_keys(records: list[dict[str, Any]]) -> set[str]:
    """Top-level keys that hold a true/false value on every record that sets them."""
    keys = {k for r in records for k, v in r.items() if isinstance(v, bool)}
    return {k for k in keys if all(isinstance(r.get(k), bool) for r in records if r.get(k) is not None)}


def _label_pair(on: list[list[str]], off: list[list[str]]) -> tuple[str, str] | None:
    """(label of every true card and no false one, label of every false card and no true one)."""
    if not on or not off:
        return None
    on_sets, off_sets = [set(x) for x in on], [set(x) for x in off]
    seen_on, seen_off = set[str]().union(*on_sets), set[str]().union(*off_sets)
    only_on = set.intersection(*on_sets) - seen_off
    only_off = set.intersection(*off_sets) - seen_on
    first_on = next((t for t in on[0] if t in only_on), None)
    first_off = next((t for t in off[0] if t in only_off), None)
    return (first_on, first_off) if first_on and first_off else None


def _cards(fields: Sequence[FieldSpec], records: list[dict[str, Any]], root: Any) -> dict[int, Any]:
    """Record index → its card: the widest element around its anchor holding no other record's anchor."""
    anchors = _anchors(fields, records, root)
    if len(anchors) < MIN_PAIRED:
        return {}
    chains = {i: list(element.iterancestors())[:MAX_DEPTH] for i, element in anchors.items()}
    cards: dict[int, Any] = {}
    for i, element in anchors.items():
        others = {id(a) for j, chain in chains.items() if j != i for a in chain} | {
            id(a) for j, a in anchors.items() if j != i
        }
        card = element
        for ancestor in chains[i]:
            if id(ancestor) in others:
                break
            card = ancestor
        cards[i] = card
    return cards


def _anchors(fields: Sequence[FieldSpec], records: list[dict[str, Any]], root: Any) -> dict[int, Any]:
    """Record index → the first element whose whole text is the record's value of a telling key."""
    texts: dict[str, Any] = {}
    for count, element in enumerate(root.iter()):
        if count >= MAX_ELEMENTS:
            break
        if not isinstance(element.tag, str) or element.tag in _NOT_DATA:
            continue
        text = clean_text(element.text_content() or "").casefold() if len(element) < 8 else ""
        if text and len(text) <= 300:
            texts.setdefault(text, element)  # the outermost element with that text: the first met
    for path in _telling_paths(fields, records):
        values = [clean_text(str(r.get(path))).casefold() for r in records]
        anchors = {i: texts[v] for i, v in enumerate(values) if v in texts}
        if len(anchors) >= MIN_PAIRED and len({id(a) for a in anchors.values()}) == len(anchors):
            return anchors
    return {}


def _telling_paths(fields: Sequence[FieldSpec], records: list[dict[str, Any]]) -> list[str]:
    """Top-level keys holding a text that tells the records apart, titles first."""
    paths = [f.json_path for f in sorted(fields, key=lambda f: f.type != "title") if f.json_path]
    return [
        p
        for p in paths
        if all(isinstance(r.get(p), str) and len(r[p]) >= 3 for r in records)
        and len({r[p] for r in records}) == len(records)
    ]


def _labels(card: Any) -> list[str]:
    """Short texts the card's elements hold themselves, in document order (controls left out)."""
    labels: list[str] = []
    for element in card.iter():
        if not isinstance(element.tag, str) or element.tag in _NOT_DATA or _inside_control(element, card):
            continue
        own = clean_text(" ".join(element.xpath("text()")))
        if own and len(own) <= MAX_LABEL_CHARS and own not in labels:
            labels.append(own)
    return labels


def _inside_control(element: Any, card: Any) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is card:
            return False
        if ancestor.tag in _NOT_DATA or ancestor.get("role") == "button":
            return True
    return False


def parse_rendered(text: str) -> Any:
    """The rendered page as an lxml element (None for a page that holds none)."""
    root = Selector(text=text, type="html").root
    return root if isinstance(getattr(root, "tag", None), str) else None
