"""Lists beside one main entity (related items, reviews, comments): they do not make a list page.

A product or article page repeats blocks that are not its records: cards of other items, reviews,
the entity's own panels and property rows. ``is_side_block`` tells such a list from a list page's
records; ``side_blocks`` names the blocks a detail design leaves out.
"""

from __future__ import annotations

from itertools import takewhile

from agents.heuristics.articlebody import is_article_body
from agents.heuristics.bodytext import are_page_parts, has_body_text
from agents.heuristics.detailheading import main_heading
from agents.heuristics.detailparts import classed_pair_at
from agents.heuristics.dom import DomIndex, HtmlElement, full_text, is_inside
from agents.heuristics.leadingrecords import lead_the_page, price_beside
from agents.heuristics.listing import ListDesign
from agents.heuristics.ownedcards import offers_of_owner
from agents.heuristics.pairs import is_label_pair
from agents.heuristics.programme import is_programme
from agents.heuristics.records import MIN_LIST_SCORE
from agents.heuristics.regroup import Group
from agents.heuristics.relatedlists import PageLists, labelled_as_related, others_block, related_block
from agents.heuristics.sitechrome import in_chrome, text_outside_chrome
from agents.heuristics.strayentities import entity_elsewhere, products_listed
from agents.heuristics.structured import StructuredData, detail_scope
from agents.heuristics.tableheads import data_table_bonus
from agents.heuristics.tabpanels import in_secondary_tab_panel

#: A list whose records hold less than this share of the main content is a side block
#: (related products, comments) of a detail page.
SIDE_BLOCK_SHARE = 0.5
#: Beside a rail of other items, records that link nowhere are the page's own only when they hold
#: this share of its main content's text.
OWN_CONTENT_SHARE = 0.6
#: A block labelled as other items ("Customers also bought") is left out whole, label included,
#: when its records hold this share of its text; else only the records are.
LABELLED_SHARE = 0.6
#: Elements drawing a picture rather than words: images, icons and avatar components.
_PICTURE_TAGS = frozenset({"img", "svg", "picture", "canvas", "video"})


def side_blocks(index: DomIndex, groups: list[Group]) -> list[HtmlElement]:
    """Records of repeated blocks (reviews, related items) whose content is not the entity's.

    Key:value rows (``<tr><th>SKU</th><td>…``) repeat too, but they describe the entity; and a
    "block" holding most of the page's text is its content (a wiki's body beside its tagline).
    On pages built of utility classes everything repeats (price boxes, bullets, spec columns): a
    block is other items only when its members link to pages of their own or when the page
    labels it as related items, reviews or comments.
    """
    heading = main_heading(index)
    page_text = index.text_of(_content_root(index, heading) if heading is not None else index.root)
    lists = _ranked(groups)
    where = PageLists([g.members for g in lists], heading)
    blocks = []
    for number, group in enumerate(lists):
        first = group.members[0]
        if first.tag in ("tr", "dt", "dd") and first.xpath("self::dt or self::dd or ./th"):
            continue
        if heading is not None and any(is_inside(heading, m) for m in group.members):
            continue  # the entity's own panels (gallery, summary, tabs), one of them holding its title
        if _are_label_pairs(group.members):
            continue  # "SKU: …", "Category: …": the entity's properties, repeated in form only
        if any(index.text_of(m) >= SIDE_BLOCK_SHARE * page_text for m in group.members):
            continue
        if _are_labelled_sections(group.members):
            continue
        labelled = others_block(group.members, where.fence(group.members))
        if labelled is not None and sum(index.text_of(m) for m in group.members) >= LABELLED_SHARE * index.text_of(
            labelled
        ):
            blocks.append(labelled)  # with its heading and its "Sponsored" or "Page 1 of 2" beside it
        elif labelled is not None or _are_other_items(number, group.members, where):
            blocks.extend(group.members)
    return blocks


def _are_other_items(number: int, members: list[HtmlElement], where: PageLists) -> bool:
    """Cards of other items: each links to a page of its own, and none is a region of the page
    holding a whole list of its own (the entity's overview column with its genre chips)."""
    return _link_own_pages(members) and not any(where.holds_a_list(m, number) for m in members)


def _ranked(groups: list[Group]) -> list[Group]:
    """The groups that may be lists of records (ranked best first)."""
    return list(takewhile(lambda g: g.score >= MIN_LIST_SCORE / 2, groups))


def _link_own_pages(members: list[HtmlElement]) -> bool:
    """Whether each member links to a page of its own: other items (cards, posts), not parts."""
    urls = set()
    for member in members:
        url = _first_url(member)
        if url is None or url in urls:
            return False
        urls.add(url)
    return True


def _first_url(member: HtmlElement) -> str | None:
    for link in member.iter("a"):
        href = (link.get("href") or "").strip()
        if href and not href.startswith(("#", "javascript:")):
            return href.split("#", 1)[0]
    return None


def _are_label_pairs(members: list[HtmlElement]) -> bool:
    """Mostly ``Label: value`` lines ("SKU: …", "Category: …"; "Tags:" with its links may differ),
    or rows of a caption classed as a label and its value ("Director" + a link to the person)."""
    # A heading before a short line is a pair too, but repeated headings title other items (reviews).
    pairs = sum(
        1
        for m in members
        if m.tag not in ("h2", "h3", "h4", "h5", "h6") and (is_label_pair(m) or classed_pair_at(m) is not None)
    )
    return pairs >= 2 and 2 * pairs >= len(members)


def _are_plain_lines(listing: ListDesign) -> bool:
    """Bullet points of one text and no link ("What you'll do") are lines of the entity's text.
    Cards are not: each with an avatar or an icon row beside its text, written in a nested block
    of its own (testimonials, reviews), they are the records of a list."""
    fields = listing.fields
    if len(fields) != 1 or fields[0].type != "text" or fields[0].attribute is not None:
        return False
    return not all(_is_card(member) for member in listing.group.members)


def _is_card(member: HtmlElement) -> bool:
    """A picture (an avatar, star icons) beside a block holding all the member's words."""
    if (member.text or "").strip() or any((c.tail or "").strip() for c in member):
        return False  # words written on the line itself: "<li><svg/> Sat 12 Dec</li>"
    pictures = [e for e in member.iterdescendants() if isinstance(e.tag, str) and _is_picture(e)]
    if not pictures:
        return False
    words = full_text(member)
    holders = (e for e in member.iterdescendants() if isinstance(e.tag, str) and full_text(e) == words)
    return bool(words) and any(not any(p is h or is_inside(p, h) for p in pictures) for h in holders)


def _is_picture(element: HtmlElement) -> bool:
    return element.tag in _PICTURE_TAGS or "-" in element.tag  # a custom element: an avatar component


def _are_labelled_sections(members: list[HtmlElement]) -> bool:
    """Sections under headings of their own ("Date and time", "Location", "About this event") are
    parts of the entity: their headings label them, they do not name other items."""
    headings = []
    for member in members:
        first = next((c for c in member if isinstance(c.tag, str)), None)
        if first is None or first.tag not in ("h2", "h3", "h4") or first.xpath(".//a"):
            return False
        headings.append(full_text(first).lower())
    return len(set(headings)) == len(headings)


def is_side_block(
    index: DomIndex, listing: ListDesign, structured: StructuredData, groups: list[Group], url: str
) -> bool:
    """A list beside one main entity (related items, reviews) does not make a list page."""
    heading = main_heading(index)
    if heading is None:
        return False
    members = listing.group.members
    if any(is_inside(heading, m) for m in members):
        return False
    if in_secondary_tab_panel(members, heading):
        return True  # the entity's reviews, releases or files, in a tab after its description
    fence = PageLists([g.members for g in _ranked(groups)], heading).fence(members)
    content = _content_root(index, heading)
    # A record spanning siblings (a paper's line and its abstract after it) holds all their text.
    spanned = listing.record_elements()
    list_text = sum(index.text_of(m) for m in spanned)
    if _are_plain_lines(listing) or labelled_as_related(members, fence):
        return True
    if is_programme(index, structured, heading, members, fence, content):
        return False  # an event's or an album's page that is the list of its talks or tracks
    if offers_of_owner(index, structured, heading, members, content, url):
        return False  # a hotel's page that is the list of its rooms, a product group's of its variants
    if (
        structured.says_detail
        and not (are_items(members) and _says_another(structured, heading, members, content))
        and not is_article_body(index, structured, members, fence, content, SIDE_BLOCK_SHARE)
    ):
        return True
    scope = detail_scope(heading)
    if scope is not None and not any(is_inside(m, scope) for m in members):
        return True  # the heading names the page's one microdata Product, Article…
    if _link_own_pages(members) and lead_the_page(content, heading, members, url):
        return False  # a category's cards under its name or its short intro, its long text under the grid
    # Prose opening with a link or a bold name counts beside the entity's own parts (a repository's
    # files); beside a list of other pages (a "List of…" article's table) only plain prose does.
    inline_openings = are_page_parts(members, url)
    return list_text < SIDE_BLOCK_SHARE * max(1, index.text_of(content)) and has_body_text(
        content, spanned, inline_openings=inline_openings
    )


def _says_another(
    structured: StructuredData, heading: HtmlElement, members: list[HtmlElement], content: HtmlElement
) -> bool:
    """Whether what the page says of its one entity is belied by its cards of other items: the JSON-LD
    entity is not the one its heading names, or a page Open Graph calls a product lists priced products."""
    own_price = price_beside(content, members)  # a product page's buy box: the entity is the page's own
    if not own_price and entity_elsewhere(structured, heading, members):
        return True
    return products_listed(structured, members, own_price)


def rail_block(index: DomIndex, listing: ListDesign, groups: list[Group]) -> HtmlElement | None:
    """The block that labels ``listing`` as other items ("You may also like"), or None.

    A rail of other items' cards after a list page's own records can outscore them (each card has a
    picture, a title link and a price); labelled as other items, it leaves the page's list to be found
    among the rest rather than making the page a detail page.
    """
    heading = main_heading(index)
    if heading is None:
        return None
    members = listing.group.members
    return related_block(members, PageLists([g.members for g in _ranked(groups)], heading).fence(members))


def holds_the_content(index: DomIndex, members: list[HtmlElement], rail: HtmlElement) -> bool:
    """Whether ``members`` hold most of the text of the page's main content (its ``main`` or
    ``article`` around the main heading, else the whole page), the site's chrome and the ``rail`` of
    other items left out:
    a menu's dishes or a price list are what the page is about, where an entity's spec columns or
    reviews are only a part of it."""
    heading = main_heading(index)
    content = _content_root(index, heading) if heading is not None else index.root
    # The site's menus, banner, footer and dialogs are no part of what the page is about: a real
    # page's mega-menu and footer columns would outweigh a short table of its own.
    rail_text = index.text_of(rail) if is_inside(rail, content) and not in_chrome(rail, stop=content) else 0
    rest = text_outside_chrome(content, index) - rail_text
    if sum(index.text_of(m) for m in members) < OWN_CONTENT_SHARE * max(1, rest):
        return False
    return not price_beside(content, [*members, rail])  # a product's price above its spec rows


def tabulates_the_page(index: DomIndex, members: list[HtmlElement], rail: HtmlElement) -> bool:
    """Whether ``members`` are rows of a table naming its columns in a header row, with no price of
    the page's own beside them: a stats table or a directory is a list of records however small a
    part of the page it is, where an entity's table beside a rail (a size chart) stands by its price."""
    if data_table_bonus(members) <= 1:
        return False
    heading = main_heading(index)
    content = _content_root(index, heading) if heading is not None else index.root
    return not price_beside(content, [*members, rail])


def are_items(members: list[HtmlElement]) -> bool:
    """Whether each member links to a page of its own, as a list page's records (and a rail's cards)
    do; an entity's spec columns and unlinked reviews do not."""
    return _link_own_pages(members)


def _content_root(index: DomIndex, heading: HtmlElement) -> HtmlElement:
    for ancestor in heading.iterancestors():
        if ancestor.tag in ("main", "article") or ancestor.get("role") == "main":
            return ancestor
    return index.root
