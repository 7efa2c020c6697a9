"""What stands beside a detail page's values without being one: reference marks after a wiki
value ("1844[1]"), the key facts a property or product page repeats like records, captions
that only a class marks as labels, and lists of features under a heading.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from agents.heuristics.detailcaptions import FIGURE, captioned_pair_at
from agents.heuristics.dom import HEADING_TAGS, HtmlElement, full_text, tag_of
from agents.heuristics.pairs import is_label_pair
from agents.heuristics.textowner import is_noise

#: A fact line ("BEDROOMS ×3", "SKU: CK-350") is this short; a card of another item is longer.
MAX_FACT_CHARS = 80
#: A count written with a multiplication sign beside an icon: "×3", "x 2".
COUNT_MARK = re.compile(r"^[×xX] ?\d{1,4}$")
#: Reference marks are looked for among this many descendants of a value.
MAX_MARK_SCAN = 200
#: A list of features holds this many short items, each at most this long.
MIN_LIST_ITEMS = 2
MAX_LIST_ITEMS = 30
MAX_ITEM_CHARS = 60
#: A list of this many items under a heading is one whatever its items say ("About this item").
MIN_SENTENCE_ITEMS = 3
#: The tail of a value after its first reference mark when it holds nothing else: "[2]", "[2][3]".
_ONLY_MARKS = re.compile(r"^(?:\s?\[[^\[\]]{1,12}\])+[\s.,;]*$")
#: Elements looked at for class-labelled pairs, and the most pairs taken.
MAX_PAIR_SCAN = 20_000
MAX_CLASSED_PAIRS = 25
#: A caption longer than this is a sentence, not a label.
MAX_LABEL_CHARS = 30
#: A class naming a caption: ``wprm-recipe-details-label``, ``spec__label``, ``label``.
_LABEL_CLASS = re.compile(r"(?:^|[-_])label(?:--[\w-]+)?$", re.IGNORECASE)
#: Wrappers a caption may have inside it: text styles, not structure.
_NOT_INLINE = (
    "descendant::*[not(self::span or self::b or self::strong or self::em or self::i or self::small or self::abbr)]"
)
#: A row of chips (genres, topics, tags) holds at least this many links.
MIN_CHIPS = 3
#: A class calling a link a chip or a tag: ``ipc-chip``, ``post-tag``, ``tag-pill``, ``topic-link``.
_CHIP_WORD = re.compile(r"(?:^|[-_])(?:chips?|tags?|pills?|topics?|genres?|keywords?)(?:$|[-_])", re.IGNORECASE)
#: A link into a section of the site has a section and a page in its path: ``/tag/kafka``.
MIN_SECTION_DEPTH = 2
#: A chip says a word, not a number ("2", "Next").
_WORDS = re.compile(r"[^\W\d_]{2}")
#: An item of a listed value (a name, a country, a genre) is this short.
MAX_LISTED_CHARS = 80
#: What may stand between the items of a listed value.
_SEPARATORS = re.compile(r"^(?:[\s,;/|·•&]|\band\b)*$")
#: What may stand between links that are items of their own; linked words joined by commas read as
#: one value (a place and its region), as they do in a sentence.
_LINK_SEPARATORS = re.compile(r"^[\s|·•]*$")
_CONTROLS = "descendant-or-self::*[self::select or self::input or self::textarea or self::button]"
#: Wrappers holding a heading alone, climbed to find the block it announces.
MAX_HEADING_WRAPPERS = 3
#: A tag or topic says a few words ("Local government"); a headline says more.
MAX_TAG_WORDS = 4


def marks_after(element: HtmlElement, value: str) -> str | None:
    """The literal that starts the value's first reference mark, when all before it is the value:
    "[" in "48 m (157 ft) [2]" (MediaWiki's ``sup.reference``), so the engine keeps the text before it."""
    for count, node in enumerate(element.iterdescendants("sup")):
        if count >= MAX_MARK_SCAN:
            break
        if not is_noise(node):
            continue
        mark = full_text(node)
        opener, at = mark[:1], value.find(mark)
        # Only marks may follow: a body with footnotes all through it is read whole.
        if opener and not opener.isalnum() and 0 < value.find(opener) == at and _ONLY_MARKS.match(value[at:]):
            return opener
        return None
    return None


def is_fact_line(block: HtmlElement) -> bool:
    """A labelled value repeated like a record ("PROPERTY TYPE Terraced", a ``th``+``td`` row):
    the entity's key facts, not a list of other items, which link to their pages."""
    if len(full_text(block)) > MAX_FACT_CHARS or block.xpath(".//a") or tag_of(block) in HEADING_TAGS:
        return False  # repeated headings title other items (reviews), though each heads a short line
    if is_label_pair(block) or classed_pair_at(block) is not None:
        return True
    terms, details = block.xpath(".//dt"), block.xpath(".//dd")
    return len(terms) == 1 and len(details) == 1 and tag_of(block) != "dl"


def classed_pairs(container: HtmlElement, blocked: set[int]) -> list[tuple[str, HtmlElement]]:
    """(label, value) where a class says which child is the label: WP Recipe Maker's
    ``<span class="wprm-recipe-details-label">Prep Time</span><span>20 mins</span>``, captions
    that CSS upper-cases and that carry no colon."""
    found: list[tuple[str, HtmlElement]] = []
    for count, element in enumerate(container.iterdescendants()):
        if count >= MAX_PAIR_SCAN or len(found) >= MAX_CLASSED_PAIRS:
            break
        if isinstance(element.tag, str) and id(element) not in blocked and (pair := classed_pair_at(element)):
            found.append(pair)
    return found


def classed_pair_at(element: HtmlElement) -> tuple[str, HtmlElement] | None:
    """(label, value) when ``element`` holds two children that say something, one a caption classed
    as a label (``spec__label``, ``list-item__label--link``): before its value ("Director Ilse
    Varga"), or after a value that is a figure ("74 Metascore"). Icons and empty action links
    beside them (a chevron to the full list) are no part of the pair. Where classes say nothing
    (hashed by a build), the caption's place says it (``detailcaptions``)."""
    return _label_classed_pair(element) or captioned_pair_at(element)


def _label_classed_pair(element: HtmlElement) -> tuple[str, HtmlElement] | None:
    children = [c for c in element if isinstance(c.tag, str) and full_text(c)]
    if len(children) != 2 or (element.text or "").strip():
        return None
    first, second = children
    if _is_caption(first):
        label, value = first, second
    elif _is_caption(second) and FIGURE.match(full_text(first)):
        label, value = second, first
    else:
        return None
    text = full_text(label).rstrip(":").strip()
    if text and len(text) <= MAX_LABEL_CHARS and not value.xpath(_CONTROLS) and not _is_caption(value):
        return text, value
    return None


def _is_caption(element: HtmlElement) -> bool:
    """A short element classed as a label, holding text and inline wrappers only."""
    if element.xpath(_NOT_INLINE):
        return False
    return any(_LABEL_CLASS.search(t) for t in str(element.get("class") or "").split())


def value_items(value: HtmlElement) -> list[HtmlElement]:
    """The items of a value that lists several: two or more ``li`` of a list, or two or more links
    standing apart ("Ilse Varga · Tomás Reyes"); none for one value."""
    items = [li for li in value.iter("li") if not li.xpath(".//li")]
    separators = _SEPARATORS
    if len(items) < MIN_LIST_ITEMS:
        items = [a for a in value.iter("a") if not any(is_noise(x) for x in (a, *a.iterancestors("sup")))]
        separators = _LINK_SEPARATORS  # "Skerrymore, Inner Hebrides, Scotland" is one place
    if not MIN_LIST_ITEMS <= len(items) <= MAX_LIST_ITEMS or value.xpath(_CONTROLS):
        return []
    rest = full_text(value)
    for item in items:
        text = full_text(item)
        if not text or len(text) > MAX_LISTED_CHARS or text not in rest:
            return []
        rest = rest.replace(text, " ", 1)
    return items if separators.match(rest) else []


def chip_runs(container: HtmlElement, blocked: set[int]) -> list[tuple[str | None, list[HtmlElement]]]:
    """(class, links) for three or more sibling links sharing a class that calls them chips or tags
    ("Psychological Thriller", "Space Sci-Fi", "Action" as ``a.chip``): the entity's labels, shown
    with no heading. Their parent holds nothing else that says something. Where no class says so
    (hashed by a build), links to pages of one section of the site (``/interest/…``, ``/tag/…``)
    say it: (None, links)."""
    found: list[tuple[str | None, list[HtmlElement]]] = []
    for count, parent in enumerate(container.iterdescendants()):
        if count >= MAX_PAIR_SCAN or len(found) >= MAX_CLASSED_PAIRS:
            break
        if not isinstance(parent.tag, str) or id(parent) in blocked or len(parent) < MIN_CHIPS:
            continue
        listed = _item_links(parent)  # Stack Overflow's ``ul > li > a.post-tag``: one link an item
        links = listed or [c for c in parent if tag_of(c) == "a"]
        if len(links) < MIN_CHIPS or (parent.text or "").strip():
            continue
        shared = set.intersection(*(set(str(a.get("class") or "").split()) for a in links))
        chip = next((t for t in sorted(shared) if _CHIP_WORD.search(t)), None)
        if any(id(a) in blocked or not 0 < len(full_text(a)) <= MAX_LABEL_CHARS for a in links):
            continue
        if chip is None and (bool(listed) or not _one_section(links)):  # a list's links: only chips by class
            continue
        if listed or not any(tag_of(c) != "a" and full_text(c) for c in parent if isinstance(c.tag, str)):
            found.append((chip, links))  # else a sentence with links in it, a card: not a row of chips
    return found


def _item_links(parent: HtmlElement) -> list[HtmlElement]:
    """The links of a ``ul``/``ol`` whose every item is one link and nothing else; none otherwise."""
    if tag_of(parent) not in ("ul", "ol"):
        return []
    links = []
    for item in parent:
        if not isinstance(item.tag, str):
            continue
        found = item.xpath(".//a")
        if tag_of(item) != "li" or len(found) != 1 or full_text(found[0]) != full_text(item):
            return []
        links.append(found[0])
    return links


def _one_section(links: list[HtmlElement]) -> bool:
    """Links to different pages of one section of the site, named in words: ``/interest/in01``,
    ``/interest/in02``; ``/tag/kafka``, ``/tag/iceberg``. A menu leads to several sections, a
    pager's links are numbers, a row of share buttons leads to other sites."""
    paths = []
    for link in links:
        parts = urlsplit((link.get("href") or "").strip())
        segments = [p for p in parts.path.split("/") if p]
        if parts.scheme not in ("", "http", "https") or len(segments) < MIN_SECTION_DEPTH:
            return False
        if not _WORDS.search(full_text(link)):
            return False
        paths.append((parts.netloc, segments[0], parts.path))
    return len({(host, section) for host, section, _ in paths}) == 1 and len({p for *_, p in paths}) == len(paths)


def listed_under_headings(
    container: HtmlElement, blocked: set[int], main: HtmlElement | None = None
) -> list[tuple[str, HtmlElement, HtmlElement]]:
    """(label, heading, list) for a heading followed by a list: a property's "Key features", a
    product's "About this item" bullets, a news story's "Related topics" links. Items that link are
    a list only when each is one short link to a page of the site (a menu's or a list of headlines'
    are not); two items are a list when short, three or more whatever they say. The heading may sit
    alone in a wrapper of its own, the list after the wrapper. The page's main heading names the
    entity, not a list."""
    found: list[tuple[str, HtmlElement, HtmlElement]] = []
    for heading in container.iter("h1", "h2", "h3", "h4"):
        if len(found) >= MAX_CLASSED_PAIRS:
            break
        if id(heading) in blocked or heading is main:
            continue
        listed = heading_block(heading, container).getnext()
        label = full_text(heading)
        if listed is None or not label or len(label) > MAX_LABEL_CHARS:
            continue
        if is_link_list(listed):  # "Related topics": a tag list, each item a link to the tag's page
            found.append((label, heading, listed))
            continue
        if not is_item_list(listed):
            continue
        items = [full_text(li) for li in listed if tag_of(li) == "li"]
        if len(items) >= MIN_SENTENCE_ITEMS or all(0 < len(t) <= MAX_ITEM_CHARS and not t.endswith(".") for t in items):
            found.append((label, heading, listed))
    return found


def is_item_list(listed: HtmlElement) -> bool:
    """A ``ul``/``ol`` of a few items, none of them empty, with no links (a menu) and no controls."""
    if tag_of(listed) not in ("ul", "ol") or listed.xpath(".//a") or listed.xpath(_CONTROLS):
        return False
    items = [li for li in listed if tag_of(li) == "li"]
    return MIN_LIST_ITEMS <= len(items) <= MAX_LIST_ITEMS and all(full_text(li) for li in items)


def heading_block(heading: HtmlElement, container: HtmlElement) -> HtmlElement:
    """The heading, or the wrapper holding it alone (``div > h3 "Most popular facilities"``) whose
    next sibling is what the heading announces."""
    block, label = heading, full_text(heading)
    for _ in range(MAX_HEADING_WRAPPERS):
        parent = block.getparent()
        if block.getnext() is not None or parent is None or parent is container or full_text(parent) != label:
            break
        block = parent
    return block


def is_link_list(listed: HtmlElement) -> bool:
    """A ``ul``/``ol`` whose every item is one short link of words to a page of the site, each a
    different page: the tags or topics of a story (``li > a[href="/news/topics/…"]``). Headlines
    are longer, a share bar leads to other sites."""
    if tag_of(listed) not in ("ul", "ol") or listed.xpath(_CONTROLS):
        return False
    items = [li for li in listed if tag_of(li) == "li"]
    if not MIN_LIST_ITEMS <= len(items) <= MAX_LIST_ITEMS:
        return False
    pages = set()
    for item in items:
        links = item.xpath(".//a[@href]")
        text = full_text(item)
        if len(links) != 1 or full_text(links[0]) != text or not 0 < len(text) <= MAX_LABEL_CHARS:
            return False
        parts = urlsplit(links[0].get("href", "").strip())
        if parts.scheme not in ("", "http", "https") or not _WORDS.search(text) or len(text.split()) > MAX_TAG_WORDS:
            return False
        pages.add((parts.netloc, parts.path))
    hosts = {host for host, _ in pages}
    return len(pages) == len(items) and len(hosts) == 1 and all(path.strip("/") for _, path in pages)
