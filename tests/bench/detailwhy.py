"""Why the Scout read a page as a detail page when its titles make a list: the deciding step, in shape only.

``matchshape`` says ``a detail page``, ``says_detail`` what says "one entity"; this walks the list-or-detail
decision (``agents.heuristics.assemble._choose_design``) for the page's best list and for the titles' group, and
names the step that set the list aside, with its condition in figures (no value, word or address is named):

* ``no list designed`` (the titles' group designs none: ``design_list``);
* ``side block: <step>``, the first of ``sideblocks.is_side_block``'s steps saying yes: ``plain lines or labelled
  related``, ``in a secondary tab``, ``says detail`` (with ``are_items`` and ``strayentities``' parts: the entity's
  name length and the share of words it shares with the heading, the cards against ``MIN_STRAY_RECORDS``, a price
  of the page's own, Open Graph's type accepted or not, the priced share), ``detail scope``, ``text share``;
* ``not a side block`` (the detail design won elsewhere: a rail, a property table).
"""

from __future__ import annotations

from collections.abc import Callable

from agents.heuristics import values
from agents.heuristics.articlebody import is_article_body
from agents.heuristics.detailheading import main_heading
from agents.heuristics.dom import DomIndex, HtmlElement, full_text, is_inside
from agents.heuristics.leadingrecords import price_beside
from agents.heuristics.listing import ListDesign, design_list
from agents.heuristics.ownedcards import (
    DOMINANT_SHARE,
    OFFERS_SHARE,
    _distinct,
    _lead_elsewhere,
    says_group,
    says_owner,
)
from agents.heuristics.ownedcards import PRICED_SHARE as OWNED_PRICED
from agents.heuristics.programme import is_programme
from agents.heuristics.regroup import Group
from agents.heuristics.relatedlists import PageLists, labelled_as_related
from agents.heuristics.sideblocks import (
    SIDE_BLOCK_SHARE,
    _are_plain_lines,
    _content_root,
    _ranked,
    _says_another,
    are_items,
    is_side_block,
)
from agents.heuristics.sitechrome import text_outside_chrome
from agents.heuristics.strayentities import MIN_NAME_CHARS, MIN_STRAY_RECORDS, PRICED_SHARE, _folded, _words
from agents.heuristics.structured import StructuredData, detail_scope
from agents.heuristics.tabpanels import in_secondary_tab_panel
from tests.bench.titlegroup import _held, _read_as_scout, _schema_type

Fold = Callable[[str], str]


def detail_why(body: str, url: str, titles: set[str], fold: Fold) -> str:
    """The step setting aside the page's best list and the titles' group (see the module docstring)."""
    with _read_as_scout(body, url) as (page, index, structured, groups):
        hints = structured.value_hints()
        best = design_list(page, groups, hints, truncated=index.truncated)
        held = [_held(index, g.members, titles, fold) for g in groups] if titles else []
        at = max(range(len(held)), key=lambda i: held[i], default=-1)
        own = design_list(page, [groups[at]], hints, truncated=index.truncated) if at >= 0 and held[at] >= 2 else None
        said = [f"best list: {_verdict(index, best, structured, groups, url)}"]
        if own is None:
            said.append("titles' group: " + ("none" if at < 0 or held[at] < 2 else "no list designed"))
        elif best is not None and own.group is best.group:
            said.append("titles' group is the best list")
        else:
            said.append(f"titles' group: {_verdict(index, own, structured, groups, url)}")
    return "; ".join(said)


def _verdict(
    index: DomIndex, listing: ListDesign | None, structured: StructuredData, groups: list[Group], url: str
) -> str:
    if listing is None:
        return "no list designed"
    if not is_side_block(index, listing, structured, groups, url):
        return f"not a side block ({len(listing.group.members)} cards)"
    return f"side block: {_side_step(index, listing, structured, groups, url)}"


def _side_step(index: DomIndex, listing: ListDesign, structured: StructuredData, groups: list[Group], url: str) -> str:
    """The first step of ``is_side_block`` saying yes, in its order, with its figures."""
    heading = main_heading(index)
    members = listing.group.members
    if heading is None or any(is_inside(heading, m) for m in members):
        return "no heading or heading inside a card (unexpected)"
    if in_secondary_tab_panel(members, heading):
        return "in a secondary tab"
    fence = PageLists([g.members for g in _ranked(groups)], heading).fence(members)
    content = _content_root(index, heading)
    if _are_plain_lines(listing) or labelled_as_related(members, fence):
        return "plain lines or labelled related"
    if is_programme(index, structured, heading, members, fence, content):
        return "programme (unexpected)"
    if (
        structured.says_detail
        and not (are_items(members) and _says_another(structured, heading, members, content))
        and not is_article_body(index, structured, members, fence, content, SIDE_BLOCK_SHARE)
    ):
        owned = _owned(index, structured, heading, members, content, url)
        return f"says detail ({_says(structured)}); {_another(structured, heading, members, content)}; {owned}"
    if detail_scope(heading) is not None:
        return "heading inside a microdata entity's scope"
    owned = _owned(index, structured, heading, members, content, url)
    return f"text share under {SIDE_BLOCK_SHARE} beside body text ({len(members)} cards); {owned}"


def _says(structured: StructuredData) -> str:
    said = []
    if structured.entity_type is not None:
        said.append(f"JSON-LD {_schema_type(structured.entity_type)}")
    if og := structured.open_graph.get("og:type", ""):
        said.append(f"og:type {_schema_type(og)}")
    return " and ".join(said) or "nothing"


def _another(structured: StructuredData, heading: HtmlElement, members: list[HtmlElement], content: HtmlElement) -> str:
    """``sideblocks._says_another``'s parts: are the cards items, and each ``strayentities`` condition."""
    parts = [f"are_items {'yes' if are_items(members) else 'no'}", f"{len(members)} cards (min {MIN_STRAY_RECORDS})"]
    own_price = price_beside(content, members)
    parts.append(f"price of its own {'yes' if own_price else 'no'}")
    entity = structured.entity
    if entity is not None:
        parts.append(f"JSON-LD items {len(structured.items)}")
        name = _folded(entity.get("name") or entity.get("headline") or "")
        title = _folded(full_text(heading))
        if len(name) < MIN_NAME_CHARS or not title:
            parts.append(f"entity name {len(name)} chars, heading {'empty' if not title else 'said'}")
        else:
            held = name in title or title in name
            nw, tw = _words(name), _words(title)
            share = len(nw & tw) / max(1, len(nw), len(tw))
            said = f"shared words {share:.2f} (of {len(nw)}/{len(tw)})"
            parts.append(f"name in heading {'yes' if held else 'no'}, {said}")
    else:
        og = structured.open_graph.get("og:type", "").lower()
        parts.append(f"og:type accepted as product {'yes' if og in ('product', 'og:product') else 'no'}")
        priced = values.share([values.holds_price(full_text(m)) for m in members])
        parts.append(f"priced share {priced:.2f} (min {PRICED_SHARE})")
    return ", ".join(parts)


def _owned(
    index: DomIndex,
    structured: StructuredData,
    heading: HtmlElement,
    members: list[HtmlElement],
    content: HtmlElement,
    url: str,
) -> str:
    """``ownedcards.offers_of_owner``'s parts: does the entity own things, and each of its card conditions."""
    if not says_owner(structured, heading):
        return "owner no"
    text = sum(index.text_of(m) for m in members) / max(1, text_outside_chrome(content, index))
    priced = values.share([values.holds_price(full_text(m)) for m in members])
    return (
        f"owner yes{' (a group)' if says_group(structured) else ''}: cards' text share {text:.2f} "
        f"(min {OFFERS_SHARE}, all theirs from {DOMINANT_SHARE}), priced {priced:.2f} (min {OWNED_PRICED}), "
        f"titled and distinct {'yes' if _distinct(members) else 'no'}, "
        f"lead elsewhere {'yes' if _lead_elsewhere(members, url) else 'no'}"
    )
