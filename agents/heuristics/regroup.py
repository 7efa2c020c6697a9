"""Among overlapping candidate groups, which ones are the records.

Scoring ranks groups one by one; a page's nested markup then offers the same records at several
levels. The best group gives way to the records inside its members (a row of three cards), to the
whole list when it holds only a variant (forks beside sources), or to the elements wrapping each
of its members (the ``li`` around a card's link, a ``<dd>`` with its ``<dt>``, a story's title
row with its subtext row, the card around its phone and desktop copies), and never to the lines of
one record taken for records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from agents.heuristics import values
from agents.heuristics.classtokens import class_tokens
from agents.heuristics.contextnames import image_name
from agents.heuristics.dom import DomIndex, HtmlElement, tag_of
from agents.heuristics.labelledlines import are_labelled_lines
from agents.heuristics.shapes import Shape, consensus, shape_of, slot_count

#: Share of wrappers that must hold a picture beside their inner element for it to count as added
#: content (above half: some posts have no cover image).
PICTURED_SHARE = 0.5
#: Pictures narrower or lower than this (pixels, as written) are icons or spacers.
MIN_PICTURE_SIZE = 40
#: A class subgroup covering this share of a wider group of siblings is a variant of its records...
SUBGROUP_SHARE = 0.75
#: ...and gives way to the wider group when that scores at least this share of its score.
WIDER_SCORE_SHARE = 0.85
#: ...or, however few they are, when the members it leaves out carry on average this share of
#: the text and link slots its members show (pictures aside: only some results have a thumbnail).
LEFT_OUT_SLOT_SHARE = 0.8
#: Groups looked at, best first, for a wider version of the best one.
WIDER_GROUPS_TRIED = 10
#: A wrapper group scoring at least this share of the best group may replace it (see below).
WRAPPER_SCORE_SHARE = 0.5
#: Share of a wrapper's text its single inner element must hold for the two to be one record.
WRAPPED_TEXT_SHARE = 0.7
#: Rows beside the rows holding the records' content, per such row, for the two to be pairs.
ROW_PAIR_SHARE = 0.8
#: A card written this many times over in one record is one record shown in several layouts...
MIN_COPIES = 2
#: ...when this share of the records show it so (an odd record may show one layout only).
COPIES_SHARE = 0.8
#: Inner elements looked at, and the share that must each name and price a thing, for a wrapper's
#: items of one slot to be records (a menu's dishes).
PRICED_SAMPLE = 12
PRICED_SHARE = 0.8
#: Share of outer records whose inner elements each have a class of their own for those to be
#: the lines of one record, not several records.
LINES_SHARE = 0.6


@dataclass
class Group:
    """Elements that look like records of one list, with the evidence behind the score."""

    members: list[HtmlElement]
    template: Shape = frozenset()
    similarity: float = 0.0
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.members)


def prefer_inner_records(ranked: list[Group], index: DomIndex) -> list[Group]:
    """When the best group's members each wrap several records of another group, take those: twice
    as many, or more when some wrapper holds several that each link on their own (a time slot)."""
    if not ranked or tag_of(ranked[0].members[0]) == "tbody":
        return ranked  # a body is a candidate only when its rows are the parts of one record
    best = ranked[0]
    outer = {id(m): m for m in best.members}
    for inner in ranked[1:12]:
        if inner.size <= best.size or inner.similarity < 0.6 or inner.score < 0.3 * best.score:
            continue
        if inner.size < 2 * best.size and not _linked_records_grouped(inner.members, outer):
            continue
        if slot_count(inner.template) < 2 and not _priced_items(inner.members, index):
            continue
        inside = sum(1 for m in inner.members if _has_ancestor_in(m, outer))
        inner_text = sum(index.text_of(m) + _partner_text(m, index) for m in inner.members)
        outer_text = max(1, sum(index.text_of(m) for m in best.members))
        if inside == inner.size and inner_text >= 0.6 * outer_text and not _are_lines(inner):
            inner.reasons.append("records found inside wrapper rows")
            return [inner, *[g for g in ranked if g is not inner]]
    return ranked


def _priced_items(members: list[HtmlElement], index: DomIndex) -> bool:
    """Whether ``members`` each name something and price it ("Fish pie £9.50"): a menu's dishes
    under its sections, a price list's lines, whose two spans of one tag make a single slot."""
    texts = [index.full_text(m) for m in members[:PRICED_SAMPLE]]
    named = [values.holds_price(t) and not values.is_single_value(t) for t in texts]
    return values.share(named) >= PRICED_SHARE


def _linked_records_grouped(members: list[HtmlElement], owners: dict[int, HtmlElement]) -> bool:
    """Whether ``members`` each link somewhere of their own and some element of ``owners`` holds
    several of them: talks in time slots, entries under letters, one or more to a group. Taken as
    records, the groups would turn each field into a list of the talks' values."""
    links = [m.get("href") if tag_of(m) == "a" else next(iter(m.xpath(".//a/@href")), None) for m in members]
    if any(not link for link in links) or len(set(links)) != len(links):
        return False
    holders = [id(h) for m in members if (h := _holder(m, owners)) is not None]
    return len(holders) == len(members) and len(set(holders)) < len(holders)


def _are_lines(inner: Group) -> bool:
    """Whether the inner elements are the lines of records (``div.list-title``,
    ``div.list-authors``…: under one parent, a class of their own each, or a label of their own
    each: ``labelledlines``) rather than records sharing one template."""
    lines: dict[int, list[str]] = {}
    for member in inner.members:
        parent = member.getparent()
        if parent is not None:
            lines.setdefault(id(parent), []).append(" ".join(sorted(class_tokens(member))))
    distinct = [len(set(c)) == len(c) and "" not in c for c in lines.values() if len(c) >= 2]
    return values.share(distinct) >= LINES_SHARE or are_labelled_lines(inner.members)


def _partner_text(member: HtmlElement, index: DomIndex) -> int:
    """The text of a ``<dd>``'s ``<dt>`` (or a ``<dt>``'s ``<dd>``): the two make one entry."""
    partner = {"dd": ("dt", True), "dt": ("dd", False)}.get(tag_of(member))
    if partner is None:
        return 0
    tag, before = partner
    sibling = member.getprevious() if before else member.getnext()
    return index.text_of(sibling) if sibling is not None and tag_of(sibling) == tag else 0


def prefer_whole_template(ranked: list[Group]) -> list[Group]:
    """``li.public`` over ``li.public.source``: when the best group is most of a wider group of
    the same siblings scoring nearly as well, the few it leaves out (forks, sale items) are
    records of the same list, not ads."""
    if not ranked:
        return ranked
    best = ranked[0]
    for wider in ranked[1:WIDER_GROUPS_TRIED]:
        if wider.score < WIDER_SCORE_SHARE * best.score:
            continue
        theirs = {id(m): m for m in wider.members}
        # The best members themselves, or the part of each that a layout table wraps.
        held = {id(h): h for m in best.members if (h := _holder(m, theirs)) is not None}
        if len(held) != best.size or len(held) >= len(theirs):
            continue
        if len(held) >= SUBGROUP_SHARE * len(theirs) or _carry_template(list(held.values()), wider.members):
            wider.reasons.append("the whole list, variants included")
            return [wider, *[g for g in ranked if g is not wider]]
    return ranked


def _holder(member: HtmlElement, owners: dict[int, HtmlElement]) -> HtmlElement | None:
    """The element of ``owners`` that is ``member`` or holds it."""
    if id(member) in owners:
        return owners[id(member)]
    return next((a for a in member.iterancestors() if id(a) in owners), None)


def _carry_template(held: list[HtmlElement], members: list[HtmlElement]) -> bool:
    """Whether the members left out of ``held`` show the text and link slots the held ones share,
    pictures aside: results with and without a thumbnail are one list."""
    template = consensus([shape_of(m) for m in held])
    pictures = [p.removesuffix("@src") for p in template if p.endswith("@src")]
    slots = {p for p in template if ("#" in p or "@" in p) and not _is_picture(p, pictures)}
    if not slots:
        return False
    ids = {id(m) for m in held}
    carried = [len(slots & shape_of(m)) / len(slots) for m in members if id(m) not in ids]
    return bool(carried) and sum(carried) / len(carried) >= LEFT_OUT_SLOT_SHARE


def prefer_whole_records(ranked: list[Group], index: DomIndex) -> list[Group]:
    """When the best group's members are each the body of one element of another group (the
    link of ``li.product``), take those wrappers when they hold more than the body (buttons,
    data attributes): a bare grid cell around a card adds nothing and stays aside."""
    if not ranked:
        return ranked
    best = ranked[0]
    inner_text = sum(index.text_of(m) for m in best.members)
    for outer in ranked[1:8]:
        if outer.size < best.size or outer.score < WRAPPER_SCORE_SHARE * best.score:
            continue
        owners = {id(m): m for m in outer.members}
        wrapped = [m for m in best.members if _has_ancestor_in(m, owners)]
        outer_text = max(1, sum(index.text_of(m) for m in outer.members))
        # A <dd> wrapping all of an entry's body still adds its <dt> (identifier, links).
        partnered = sum(_partner_text(m, index) for m in outer.members) > 0
        adds_content = (
            tag_of(best.members[0]) == "a"
            or outer_text > inner_text
            or partnered
            or _adds_pictures(best.members, owners)
        )
        one_each = _one_each(best.members, owners)
        if len(wrapped) == best.size and inner_text >= WRAPPED_TEXT_SHARE * outer_text and adds_content and one_each:
            outer.reasons.append("records are the elements wrapping each item's content")
            return [outer, *[g for g in ranked if g is not outer]]
        if len(wrapped) == best.size and _are_row_pairs(outer, best):
            outer.reasons.append("records are pairs of rows: a title row and the row holding the rest")
            return [outer, *[g for g in ranked if g is not outer]]
    return ranked


def _adds_pictures(members: list[HtmlElement], owners: dict[int, HtmlElement]) -> bool:
    """Whether most wrappers hold a picture of the record beside its inner element: a blog card's
    cover image, a product's photo, next to the div holding its words. Icons, avatars and logos
    say nothing of the record; a picture they mark as such does not count."""
    pictured = []
    for member in members:
        holder = _holder(member, owners)
        inside = {id(d) for d in member.iter()}
        images = [] if holder is None else [i for i in holder.iter("img") if id(i) not in inside]
        pictured.append(any(_is_record_picture(i) for i in images))
    return values.share(pictured) > PICTURED_SHARE


def _is_record_picture(image: HtmlElement) -> bool:
    """A picture that is neither tiny (a spacer, an icon) nor named an avatar, logo or icon."""
    sizes = (image.get("width") or "", image.get("height") or "")
    # isdecimal, not isdigit: int() refuses "²", and a run of thousands of digits passes its limit.
    if any(s.isdecimal() and len(s) <= 6 and int(s) < MIN_PICTURE_SIZE for s in sizes):
        return False
    source = image.get("src") or image.get("data-src") or image.get("srcset") or ""
    return bool(source.strip()) and image_name(image) == "image"


def prefer_records_shown_once(ranked: list[Group], index: DomIndex) -> list[Group]:
    """When each member of another group holds the best group's members twice over, with the same
    text (a card written once for phones and once for desktops, one of them hidden by a style
    sheet), those holders are the records: a record is not two."""
    if not ranked:
        return ranked
    best = ranked[0]
    for outer in ranked[1:8]:
        if outer.size < MIN_COPIES or outer.size * MIN_COPIES > best.size:
            continue
        owners = {id(m): m for m in outer.members}
        held: dict[int, list[str]] = {}
        for member in best.members:
            holder = _holder(member, owners)
            if holder is None:
                break
            held.setdefault(id(holder), []).append(index.full_text(member))
        else:
            copies = [len(texts) >= MIN_COPIES and len(set(texts)) == 1 for texts in held.values()]
            if len(held) == outer.size and values.share(copies) >= COPIES_SHARE:
                outer.reasons.append("each record is shown twice (for phones and for desktops)")
                return [outer, *[g for g in ranked if g is not outer]]
    return ranked


def _one_each(members: list[HtmlElement], owners: dict[int, HtmlElement]) -> bool:
    """Whether no element of ``owners`` holds two of ``members``: a time slot or a day holding two
    talks is a group of records, not a record around its body."""
    holders = [_holder(m, owners) for m in members]
    return len({id(h) for h in holders if h is not None}) == len(members)


def _are_row_pairs(outer: Group, inner: Group) -> bool:
    """Table rows alternating between a row around each inner member (a story's subtext) and the
    row right beside it (its title row): each pair is one record, however short its title."""
    if tag_of(outer.members[0]) != "tr":
        return False
    owners = {id(m) for m in inner.members}
    holding = [m for m in outer.members if any(id(d) in owners for d in m.iterdescendants())]
    held = {id(m) for m in holding}
    others = [m for m in outer.members if id(m) not in held]
    if not holding or len(others) < ROW_PAIR_SHARE * len(holding):
        return False
    return all(_sibling_row(o, -1) in held or _sibling_row(o, 1) in held for o in others)


def _sibling_row(row: HtmlElement, step: int) -> int:
    node = row.getprevious() if step < 0 else row.getnext()
    while node is not None and not isinstance(node.tag, str):
        node = node.getprevious() if step < 0 else node.getnext()
    return id(node) if node is not None else 0


def _has_ancestor_in(element: HtmlElement, owners: dict[int, HtmlElement]) -> bool:
    parent = element.getparent()
    for _ in range(8):
        if parent is None:
            return False
        if id(parent) in owners:
            return True
        parent = parent.getparent()
    return False


def _is_picture(path: str, pictures: list[str]) -> bool:
    """The picture's own path, or the link around it: "/a@href" beside "/a/img@src"."""
    element = path.partition("@")[0].partition("#")[0]
    return any(path.startswith(x) or x.startswith(f"{element}/") for x in pictures)
