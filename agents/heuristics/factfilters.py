"""A fact of a row of look-alike items found by what it says, not by its place: ``li.spec:contains("km")``.

``factlists`` splits a car's "2019", "48,000 km", "Diesel", "Manual" items into one field per fact,
lined up by kind even where a card leaves one out. A selector counting places
(``li.spec:nth-of-type(3)``) then reads the gearbox as the fuel on an electric car without an
engine size. Each fact is found instead by the marks its values carry: the unit word of its
figures ("km", "m²"), its currency sign, or the words of its vocabulary ("Diesel", "Petrol",
"Electric" …, cased as the page writes them); a fact with no mark of its own (a town, a year) is
the item carrying none of the marks of the others. A card without the fact then reads nothing.
A unit of one or two letters is read with the digit before it ("6L", "0 km"): alone, "L" is found
in "LPG" too; a unit written in two cases ("km", "KM") is read in both.
``fieldcss`` checks each offer on the sample records like any other candidate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agents.heuristics import values
from agents.heuristics.classtokens import anchor_classes
from agents.heuristics.contentanchors import _ICON_FONT as ICON_FONT
from agents.heuristics.dom import HtmlElement, css_string, full_text, tag_of
from agents.heuristics.factwords import WORD_FACTS, word_fact
from agents.heuristics.selectorsteps import step
from agents.heuristics.slots import Slot

#: A figure and the unit it is written with: "48,000 km", "120 m²", "3 beds".
_FIGURE_UNIT = re.compile(r"^[\d.,\s]+\s*([^\d\s][^\d]{0,14})$")
_CURRENCY_SIGN = re.compile(r"[€$£¥₹₽₩₺₪]")
#: Marks in one filter: a vocabulary is a few words; a longer union is no anchor.
MAX_MARKS = 24
#: Texts of other facts holding a mark that the mark's filter may leave out by name (a constant badge).
MAX_CLASHES = 2
#: A unit this short ("L", "km") is found inside words unless read with the figure before it.
MAX_SHORT_UNIT = 2
#: The no-break space a page writes between a figure and its unit ("8&nbsp;km").
_NO_BREAK_SPACE = "\xa0"
#: Wrappers between an item and the value read inside it (``li > span.value``).
MAX_DEPTH = 3


def fact_filters(slot: Slot, sample: Sequence[HtmlElement]) -> list[str]:
    """Selectors reading ``slot``'s fact (one place of a split row of facts) by its marks, or by
    carrying none of the other places' marks; [] for any other slot or where no mark tells them apart."""
    if slot.kind != "text" or slot.many or slot.text_after or slot.text_before or not _list_step(slot):
        return []
    found = [(number, o.element) for number, run in sorted(slot.per_record.items()) for o in run[:1]]
    items = [(number, item, inner) for number, element in found if (hit := _item(element)) for item, inner in [hit]]
    if len(items) != len(found) or not items or len({_path(i, inner) for _, i, inner in items}) != 1:
        return []
    _, item, inner = items[0]
    where, path = _item_step(item, sample), _path(item, inner)
    siblings = [o for _, i, _ in items for o in _alike(i) if o is not i]
    column = [i for _, i, _ in items]
    for icon in _icons(item):
        if all(_select(i, icon) for i in column) and not any(_select(o, icon) for o in siblings):
            return [f"{where}:has({icon}){path}"]  # the icon the fact is shown with: ``li:has(i.fa-bed)``
    others = [full_text(o) for o in siblings]
    texts = [full_text(i) for i in column]
    own = _marks(texts, expand=True)
    clashes = sorted({t for t in others if any(m in t for m in own or [])})
    # a constant badge ("ULEZ") holding the mark is left out by name; a value that varies is not
    constant = all(2 * others.count(c) >= len(column) for c in clashes)
    if own and len(clashes) <= MAX_CLASHES and constant and not any(c in t for c in clashes for t in texts):
        # "1.5L" by its "L", but not the "ULEZ" badge beside it
        outside = "".join(f":not(:contains({css_string(c)}))" for c in clashes)
        return [", ".join(f"{where}:contains({css_string(m)}){outside}{path}" for m in own)]
    if own is None and others:
        other_marks = [_marks([t]) for t in others]
        if all(other_marks) and len(marks := sorted({m for ms in other_marks if ms for m in ms})) <= MAX_MARKS:
            outside = "".join(f":not(:contains({css_string(m)}))" for m in marks)
            if not any(m in full_text(i) for m in marks for _, i, _ in items):
                return [f"{where}{outside}{path}"]
    return []


def _icons(item: HtmlElement) -> list[str]:
    """What tells an item's icon from the others': ``use[href="#bed"]``, ``i.fa-bed``, ``img[alt="Bedrooms"]``."""
    found = []
    for use in item.iter("use"):
        for attribute in ("href", "xlink:href"):
            if (ref := (use.get(attribute) or "").strip()) and '"' not in ref:
                found.append(f"use[{attribute.replace(':', chr(92) + ':')}={css_string(ref)}]")
    for icon in item.iter("i", "span", "svg", "img"):
        if full_text(icon):
            continue
        found.extend(f"{tag_of(icon)}.{c}" for c in anchor_classes(icon) if ICON_FONT.match(c))
        if (alt := (icon.get("alt") or icon.get("aria-label") or "").strip()) and '"' not in alt:
            attribute = "alt" if icon.get("alt") else "aria-label"
            found.append(f"{tag_of(icon)}[{attribute}={css_string(alt)}]")
    return found


def _item_step(item: HtmlElement, sample: Sequence[HtmlElement]) -> str:
    """The item's step, under its parent's where the record or a wrapper around the item would
    match it too (``li`` items in an ``li`` card: the card's text holds every mark)."""
    where = step(item)
    roots = {id(r) for r in sample}
    parent = item.getparent()
    for wrapper in item.iterancestors():
        if parent is not None and _is_selected(wrapper, where):
            return f"{step(parent)} > {where}"
        if id(wrapper) in roots:
            break
    return where


def _is_selected(element: HtmlElement, css: str) -> bool:
    """Whether ``css`` matches ``element`` itself, as a selector run from it would."""
    try:
        return any(found is element for found in element.cssselect(css))
    except Exception:  # a step cssselect cannot read: no match
        return False


def _select(element: HtmlElement, css: str) -> bool:
    try:
        return bool(element.cssselect(css))
    except Exception:  # an attribute cssselect cannot spell: no anchor
        return False


def _list_step(slot: Slot) -> str:
    return next((s for s in reversed(slot.key) if s.endswith("*")), "")


def _item(element: HtmlElement) -> tuple[HtmlElement, HtmlElement] | None:
    """The item of the row holding ``element`` (itself or a wrapper with look-alike siblings)."""
    node: HtmlElement | None = element
    for _ in range(MAX_DEPTH + 1):
        if node is None:
            return None
        if len(_alike(node)) > 1:
            return node, element
        node = node.getparent()
    return None


def _alike(item: HtmlElement) -> list[HtmlElement]:
    parent = item.getparent()
    if parent is None:
        return [item]
    return [c for c in parent if isinstance(c.tag, str) and step(c) == step(item)]


def _path(item: HtmlElement, inner: HtmlElement) -> str:
    """`` span.value``: the steps from the item down to the value read ("" for the item itself)."""
    chain: list[HtmlElement] = []
    node: HtmlElement | None = inner
    while node is not None and node is not item:
        chain.append(node)
        node = node.getparent()
    return "".join(f" > {tag_of(n)}" for n in reversed(chain))


def _marks(texts: list[str], expand: bool = False) -> list[str] | None:
    """What every one of ``texts`` carries and says what they are: a unit word, a currency sign,
    or the words of a vocabulary (``expand``: its words not seen too, and a short unit read with
    the figure before it); None where they carry none."""
    texts = [" ".join(t.split()) for t in texts]
    units = {m[1].strip() for t in texts if (m := _FIGURE_UNIT.match(t))}
    if len({u.casefold() for u in units}) == 1 and all(_FIGURE_UNIT.match(t) for t in texts):
        # "km" and "KM": the unit as each record writes it
        return _unit_marks(texts, units) if expand else _shortest(units)
    if all(values.is_price(t) for t in texts) and (signs := {s for t in texts for s in _CURRENCY_SIGN.findall(t)}):
        return sorted(signs) if all(_CURRENCY_SIGN.search(t) for t in texts) else None
    named = {_word_fact(t) for t in texts}
    if len(named) != 1 or None in named or any(c.isdigit() for t in texts for c in t):
        return None
    name = named.pop()
    vocabulary = next((words for fact, words in WORD_FACTS if fact == name), frozenset())
    marks = set(texts) | ({_cased(w, texts) for w in vocabulary if len(w) > 2} if expand else set())
    return _shortest(marks if len(marks) <= MAX_MARKS else set(texts))


def _shortest(marks: set[str]) -> list[str]:
    """The marks no shorter one is part of: ``:contains("Auto")`` finds "Automatic" too."""
    return sorted(m for m in marks if not any(o != m and o in m for o in marks))


def _unit_marks(texts: list[str], units: set[str]) -> list[str]:
    """The unit of figures as each text writes it; a short one ("L", "km") with the figure's last
    digit before it ("5L", "0 km"), so that it is not found inside a word ("LPG", "Skoda")."""
    if max(len(u) for u in units) > MAX_SHORT_UNIT or not all(u.isalpha() for u in units):
        return _shortest(units)  # "sqft", "m²", "1." say no word's part
    forms = {(" " if t[: -len(u)].endswith(" ") else "", u) for t in texts for u in units if t.endswith(u)}
    # a page's "45&nbsp;000&nbsp;km" reads "45 000 km" here, but ``:contains`` reads the no-break space
    gaps = {(g, unit) for gap, unit in forms for g in ((gap, _NO_BREAK_SPACE) if gap else (gap,))}
    marks = {f"{digit}{gap}{unit}" for gap, unit in gaps for digit in "0123456789"}
    return sorted(marks) if len(marks) <= MAX_MARKS else _shortest(units)


def _cased(word: str, texts: list[str]) -> str:
    """A vocabulary word written as the page writes its facts: "DIESEL", "diesel" or "Diesel"."""
    if all(t.isupper() for t in texts):
        return word.upper()
    if all(t.islower() for t in texts):
        return word
    return word[:1].upper() + word[1:]


def _word_fact(text: str) -> str | None:
    """The fact a plain word is, or that the words of a phrase name alike ("Petrol Hybrid": a fuel)."""
    if found := word_fact(text):
        return found
    said = {word_fact(w) for w in text.split()} - {None}
    return said.pop() if len(said) == 1 else None
