"""A featured card in a template of its own: the records' fields given a second way into it.

A blog's hero post is built apart from the list's cards (``h2`` in ``a.hero-title`` where the
cards have ``h3`` in ``a.card-title``) while sharing their category, author and date parts. A
field the card leaves empty is found in it by the role its element plays in every record: its
tag (a heading being a heading at any level), the attribute read, whether it sits in a link and
whether it holds a heading. When one element of the card plays that role, and a class of its own
names it there and nowhere in the records, the field's selector names both (``h3.card, h2.hero``):
the records read as before, the card as well. A text of another make than the records' (a sentence
where they show a name, or far longer) is no value of the field: a description, not a missing author.
"""

from __future__ import annotations

import re
from collections import Counter

from parsel import Selector

from agents.heuristics.dom import HEADING_TAGS, HtmlElement, css_ident, is_element, tag_of
from pipeline.core.schemas import FieldSpec

#: Share of the records whose element plays one role, for the role to be the field's.
ROLE_SHARE = 0.8

#: A card's text this many times the records' longest (and ``LENGTH_SLACK`` characters more) is another kind of text.
LENGTH_FACTOR = 2
LENGTH_SLACK = 10
#: A sentence: a few words and a closing stop.
_SENTENCE = re.compile(r"^\S+(?:\s+\S+){3,}[.!?。]$")

Role = tuple[str, bool, bool, bool]


def with_card_slots(
    card: HtmlElement, records: list[HtmlElement], fields: list[FieldSpec], missing: set[str]
) -> list[FieldSpec]:
    """``fields`` with each of the ``missing`` ones (empty on ``card``) naming the card's element of
    its role too, where one element plays it and a class names it in the card alone."""
    # The elements themselves, not their ids: lxml makes new proxies once old ones are gone.
    used = {e for f in fields if f.name not in missing for e in _matches(card, f.selector)}
    out = []
    for spec in fields:
        found = _slot(card, records, spec, used) if spec.name in missing else None
        if found is None:
            out.append(spec)
            continue
        element, css = found
        used.add(element)
        out.append(spec.model_copy(update={"selector": f"{spec.selector}, {css}"}))
    return out


def _slot(
    card: HtmlElement, records: list[HtmlElement], spec: FieldSpec, used: set[HtmlElement]
) -> tuple[HtmlElement, str] | None:
    if spec.many or "::" in spec.selector or not spec.selector:
        return None
    role = _field_role(records, spec)
    if role is None:
        return None
    players = [e for e in card.iter() if is_element(e) and e not in used and _role(e, card, spec.attribute) == role]
    if len(players) != 1 or (spec.type != "title" and not _reads_alike(players[0], records, spec)):
        return None
    css = _own_selector(players[0], card, records)
    return None if css is None else (players[0], css)


def _field_role(records: list[HtmlElement], spec: FieldSpec) -> Role | None:
    """The role the field's element plays in most records, if one does."""
    roles = Counter(_role(m[0], r, spec.attribute) for r in records if (m := _matches(r, spec.selector)))
    if not roles:
        return None
    role, count = roles.most_common(1)[0]
    return role if role is not None and count >= ROLE_SHARE * len(records) else None


def _role(element: HtmlElement, root: HtmlElement, attribute: str | None) -> Role | None:
    """(tag, in a link, holds a heading, holds a link) of an element showing what the field reads."""
    if attribute is not None and not (element.get(attribute) or "").strip():
        return None
    if attribute is None and not "".join(element.itertext()).strip():
        return None
    tag = tag_of(element)
    in_link = any(tag_of(a) == "a" for a in _ancestors_within(element, root))
    holds_heading = any(tag_of(d) in HEADING_TAGS for d in element.iterdescendants() if is_element(d))
    holds_link = any(tag_of(d) == "a" for d in element.iterdescendants() if is_element(d))
    return ("h" if tag in HEADING_TAGS else tag), in_link, holds_heading, holds_link


def _reads_alike(element: HtmlElement, records: list[HtmlElement], spec: FieldSpec) -> bool:
    """Whether the card element's text is of the make of the field's text in the records: no
    sentence where none of them is one, not far longer than the longest."""
    if spec.attribute is not None:
        return True
    texts = [_text(m[0]) for r in records if (m := _matches(r, spec.selector))]
    text = _text(element)
    if not texts:
        return False
    if _SENTENCE.match(text) and not any(_SENTENCE.match(t) for t in texts):
        return False
    return len(text) <= LENGTH_FACTOR * max(len(t) for t in texts) + LENGTH_SLACK


def _text(element: HtmlElement) -> str:
    return " ".join("".join(element.itertext()).split())


def _ancestors_within(element: HtmlElement, root: HtmlElement) -> list[HtmlElement]:
    found = []
    for ancestor in element.iterancestors():
        if ancestor is root:
            break
        found.append(ancestor)
    return found


def _own_selector(element: HtmlElement, card: HtmlElement, records: list[HtmlElement]) -> str | None:
    """``tag.class`` naming ``element`` alone in the card and nothing in any record."""
    tag = tag_of(element)
    for token in (element.get("class") or "").split():
        if not css_ident(token):
            continue
        css = f"{tag}.{token}"
        if _matches(card, css) == [element] and not any(_matches(r, css) for r in records):
            return css
    return None


def _matches(root: HtmlElement, css: str) -> list[HtmlElement]:
    if not css:
        return []
    return [n.root for n in Selector(root=root, type="html").css(css) if is_element(n.root)]
