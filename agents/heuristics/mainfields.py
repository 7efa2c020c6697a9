"""Choose a record's title and its own link among the slots of its template.

The title is the text of a heading (words before a rank, the widest, the linked one), else a
text named title or name, else a unique linked text; the record's link is the one of its title,
else its first unique link.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import SplitResult, parse_qsl, urlsplit

from agents.heuristics import values
from agents.heuristics.classtokens import semantic_classes
from agents.heuristics.cuttitles import completes_cut_texts
from agents.heuristics.dom import HEADING_TAGS, HtmlElement, tag_of
from agents.heuristics.names import name_from_element
from agents.heuristics.namewords import keyword_name
from agents.heuristics.slots import Slot
from agents.heuristics.trackingquery import names_a_page, names_a_seller

#: Share of numbers above which a heading's text is a rank or a count, not the title.
NUMERIC_SHARE = 0.8
_TITLE_WORDS = frozenset({"title", "name", "headline"})


def _heading_within_record(slot: Slot) -> bool:
    return any(_step_tag(step) in HEADING_TAGS for step in slot.key)


def _full_title_of(text_slot: Slot, slots: list[Slot]) -> Slot:
    """The link's title attribute when the visible text is a truncated copy of it; else the
    record's image alt when the visible text is cut with an ellipsis ("Pleated linen summer
    skirt wi...") and the alt is the whole name, in every record the same text or its longer form."""
    for slot in slots:
        if slot.kind != "title" or slot.key != text_slot.key:
            continue
        pairs = [
            (occ[0].value, text_slot.per_record[n][0].value)
            for n, occ in slot.per_record.items()
            if n in text_slot.per_record
        ]
        truncated = [t.startswith(v.rstrip(".… ")) for t, v in pairs]
        if pairs and len(slot.per_record) >= len(text_slot.per_record) and all(truncated):
            return slot
    return next((s for s in slots if completes_cut_texts(s, text_slot)), text_slot)


def main_title(slots: list[Slot]) -> Slot | None:
    """The slot holding the record's title, or None when nothing reads like one."""
    texts = [s for s in slots if s.kind == "text" and not s.many and not _is_numeric(s)]
    headed = [s for s in texts if _heading_within_record(s)]
    if headed:
        return _full_title_of(max(headed, key=_title_rank), slots)
    named = [s for s in texts if (name_from_element(s.sample_element()) or "") in ("title", "name")]
    if named:
        return named[0]
    unique = [s for s in texts if len(set(s.first_values())) == len(s.first_values()) > 0]
    titled = [s for s in unique if (link := _link_of(s.sample_element())) is not None and _says_title(link)]
    if titled:
        return _full_title_of(titled[0], slots)
    linked = [s for s in unique if tag_of(s.sample_element()) == "a"]
    if linked:
        return _full_title_of(linked[0], slots)
    return None


def _is_numeric(slot: Slot) -> bool:
    """Numbers in (nearly) every record: "128", "4.5", "1.2k", "$29": a rank, a score, a count or
    a price, even in a heading or a link, and never a record's title, which is words."""
    return values.share([_is_quantity(v) for v in slot.first_values()]) >= NUMERIC_SHARE


def _is_quantity(text: str) -> bool:
    single_price = values.is_price(text) and values.is_single_value(text)
    return values.is_number(text) or values.is_compact_number(text) or single_price


def _title_rank(slot: Slot) -> tuple[int, int, bool]:
    """Among texts of a heading: the widest, then the higher heading (an unlinked ``h3`` job
    title over the linked ``h4`` company under it), then the one in a link."""
    linked = _link_of(slot.sample_element()) is not None
    return (len(slot.per_record), -_heading_level(slot), linked)


def _heading_level(slot: Slot) -> int:
    """The level of the highest heading on the slot's path from the record (3 for ``h3``)."""
    levels = [int(tag[1]) for step in slot.key if (tag := _step_tag(step)) in HEADING_TAGS]
    return min(levels, default=len(HEADING_TAGS) + 1)


def _step_tag(step: str) -> str:
    """The tag of a slot step: ``h3`` of ``h3.title``, ``h4[itemprop]`` or ``h2~1``."""
    return re.split(r"[.\[~]", step, maxsplit=1)[0]


def _link_of(element: HtmlElement) -> HtmlElement | None:
    """The link showing ``element``: itself, or the link around it (``<a><strong>name``)."""
    parent = element.getparent()
    if tag_of(element) == "a":
        return element
    return parent if parent is not None and tag_of(parent) == "a" else None


def _says_title(link: HtmlElement) -> bool:
    """A link classed as the record's name or title (``a.rel-name``), not an author's name."""
    for token in semantic_classes(link):
        words = [w for w in re.split(r"[-_]+", token.lower()) if w]
        if _TITLE_WORDS & set(words) and not any(keyword_name(w) not in (None, "title") for w in words):
            return True
    return False


def main_link(slots: list[Slot], title: Slot | None) -> Slot | None:
    """The slot holding the record's own link: the title's, else the first unique one."""
    links = [s for s in slots if s.kind == "href" and not s.many]
    unique = [s for s in links if _is_unique(s) and not _stays_on_page(s)]
    if title is not None:
        for link in links:
            shorter = min(len(link.key), len(title.key))
            if link.key[:shorter] == title.key[:shorter]:
                # The heading's link, or the link wrapping the heading; but a link repeated in other
                # records, or into the same section as another link (the home and the away team),
                # leads to the page of a value, and the record's own link is a unique one of its
                # own section (the match report).
                own = [
                    u
                    for u in unique
                    if u is not link and _section(u.first_values()[0]) and not _shares_section(u, links)
                ]
                if (_is_unique(link) and not _shares_section(link, links)) or not own:
                    return link
                return own[0]
    return unique[0] if unique else None


def _is_unique(slot: Slot) -> bool:
    values = [v.split("#")[0] for v in slot.first_values()]
    return len(set(values)) == len(values)


def _section(href: str) -> str:
    try:
        path = urlsplit(href.strip()).path
    except ValueError:  # "http://[oops/": no address, in no section
        return ""
    parts = [p for p in path.split("/") if p]
    return parts[0] if len(parts) > 1 else ""


def _shares_section(slot: Slot, links: list[Slot]) -> bool:
    return shares_section(slot, [other for other in links if other is not slot])


def shares_section(slot: Slot, others: list[Slot]) -> bool:
    """Whether another link of a record leads elsewhere in the same section of the site as
    ``slot`` (``/teams/…`` for the home and for the away team); a second link to the same page
    (an image, "quick view") does not count, nor does a link carrying the record's own address
    (a bookmark or share service's ``https://b.hatena.ne.jp/entry/s/<host>/entry/…``)."""
    for other in others:
        for number, occurrences in slot.per_record.items():
            theirs = other.per_record.get(number)
            if not theirs:
                continue
            mine, their = urlsplit(occurrences[0].value.strip()).path, urlsplit(theirs[0].value.strip()).path
            if _carries(theirs[0].value, mine) or _carries(occurrences[0].value, their):
                continue
            if _part_in_section(mine, their):
                return True
    return False


def _carries(href: str, path: str) -> bool:
    """Whether ``href`` holds ``path`` of two steps or more after its own start, as a whole path
    ("/team/12" is not in "…/team/123"): a link about that page."""
    steps = [p for p in path.split("/") if p]
    tail = href[href.find("/", href.find("//") + 2) + 1 :]
    return len(steps) > 1 and re.search(re.escape(path.rstrip("/")) + r"(?![^/?#&])", tail) is not None


def _part_in_section(first: str, second: str) -> bool:
    """Whether two paths are of one template and part where it names a thing: ``/teams/ashford``
    and ``/teams/brookfield``, or ``/soccer/team/_/id/4101/x`` and ``…/id/4116/y``, lead to two
    things of one kind; ``/soccer/team/_/id/4101/x`` and ``/soccer/match/_/gameId/704512/y``
    differ in literal words too (two kinds); ``/owner/repo`` and ``/owner/repo/stargazers``, or two
    slugs of one ``/r/x/comments/id/``, lead to one thing."""
    a = [p for p in first.split("/") if p]
    b = [p for p in second.split("/") if p]
    if len(a) < 2 or len(b) < 2 or a[0] != b[0]:
        return False
    differ = [i for i in range(min(len(a), len(b))) if a[i] != b[i]]
    if not differ or _literal_differs(a, b, differ[1:]):
        return False
    parting = differ[0]
    # Right after the section any two names part; deeper, only ids do (a slug after one id is the
    # same thing's).
    return parting == 1 or (len(a) == len(b) and _is_id_segment(a[parting]) and _is_id_segment(b[parting]))


def _literal_differs(a: list[str], b: list[str], positions: list[int]) -> bool:
    """Whether the paths differ in a fixed word of their templates (``team`` / ``match`` after
    the part, ``id`` / ``gameId``): a segment neither an id nor the slug that ends a path."""
    last = min(len(a), len(b)) - 1
    return any(p < last and not _is_id_segment(a[p]) and not _is_id_segment(b[p]) for p in positions)


def _is_id_segment(segment: str) -> bool:
    """``4101``, ``1bf88hm``, ``id-704512``: a number or a token of digits, not a slug of words
    that holds one (``til_the_tower_grows_15_cm``)."""
    digits = sum(c.isdigit() for c in segment)
    return digits > 0 and (digits * 2 >= len(segment) or not _SLUG_JOINERS.search(segment))


_SLUG_JOINERS = re.compile(r"[-_.~+%]")


def _stays_on_page(slot: Slot) -> bool:
    """A link to a fragment or a script, or a query of this page that acts on the record (puts it
    in the cart): it leads to no record of its own. A query naming each record's own view of the
    page (``?frame=i&family=Emydidae``, a different one in every record) does."""
    href = slot.first_values()[0].strip() if slot.first_values() else ""
    if href.startswith(("#", "javascript:")):
        return True
    if not href.startswith("?"):
        return False
    names = [name for name, _ in parse_qsl(href[1:], keep_blank_values=True)]
    return not names or any(_ACTING_PARAM.search(name) for name in names)


#: Query parameters that act on a record rather than show it: ``?add-to-cart=70``, ``?wishlist=3``.
#: Whole parts of the name only: ``?address=`` and ``?sort=added`` show a record, ``?action=view`` too.
_ACTING_PARAM = re.compile(
    r"(?:^|[-_])(?:add|remove|delete|cart|basket|wishlist|wish|compare|vote|like|follow|share|subscribe|"
    r"quantity|qty)(?:$|[-_])|^(?:add|remove)(?:to|from)?(?:cart|basket|wishlist)$",
    re.IGNORECASE,
)
#: Records needed to tell a tracking query from an identifying one.
MIN_TRACKED_LINKS = 3
#: Characters of a path segment a query may repeat as the record's id ("N82E16814137870").
MIN_ECHOED_ID = 4
#: Path segments of redirect endpoints that affiliate and ad links go through.
_CLICK_OUT_SEGMENTS = frozenset({"redirect", "redir", "out", "go", "goto", "clickout", "click", "outbound", "visit"})
#: The words of a path segment: its id without an extension or a prefix joined by a dash.
_SEGMENT_WORDS = re.compile(r"[a-z0-9]+")


def has_tracking_query(hrefs: list[str]) -> bool:
    """Whether the records' links carry a query that only tracks the click: every link has one,
    the queries differ, and the paths alone already tell every record apart (``/itm/335?hash=…``).
    ``/item?id=5`` needs its query, and a query the same on every link (``?origin=search``) is
    left as it is."""
    parts = _on_main_host([urlsplit(h.strip()) for h in hrefs])
    if len(parts) < MIN_TRACKED_LINKS:
        return False
    if not all(p.query for p in parts) or len({p.query for p in parts}) == 1:
        return False
    paths = [(p.netloc, p.path) for p in parts]
    if all(_is_click_out(p.path) for p in parts):
        return False  # "/redirect/bank/x?product_id=…": the endpoint hands its query on to the offer
    if all(_echoes_path(p.path, p.query) for p in parts):
        return False  # "/p/N82E168?Item=N82E168": the query names the record again, it tracks nothing
    if names_a_page([p.geturl() for p in parts]):
        return False  # "/works/OL45W?edition=key:/books/OL12M": the query picks the edition shown
    if names_a_seller([p.geturl() for p in parts]):
        return False  # "/airpods-p-8?merchantId=42": the query picks whose offer is shown
    return len(set(paths)) == len(paths) and all(p.path.strip("/") for p in parts)


def _is_click_out(path: str) -> bool:
    """Whether ``path`` is a redirect endpoint's (``/redirect/…``, ``/go/…``, ``/out/…``): affiliate
    and ad links pass their query on to the page they lead to, so it is part of the link."""
    segments = [s.lower() for s in path.split("/") if s]
    return any(s in _CLICK_OUT_SEGMENTS for s in segments[:-1])


def _on_main_host(parts: list[SplitResult]) -> list[SplitResult]:
    """The links to the host most records link to (a relative link is on the page's own): a card
    leading to another host (a placeholder, an ad) has its own link scheme and says nothing of
    whether the records' queries are needed."""
    hosts = Counter(p.netloc for p in parts).most_common(1)
    if not hosts or hosts[0][1] * 2 <= len(parts):
        return parts  # no host most records share: every link counts
    return [p for p in parts if p.netloc == hosts[0][0]]


def _echoes_path(path: str, query: str) -> bool:
    """Whether every parameter of ``query`` repeats a segment of ``path`` (an id said twice), the
    segment maybe written with an extension or a prefix: ``/site/foo/6492524.p?skuId=6492524``."""
    segments = [s.lower() for s in path.split("/") if len(s) >= MIN_ECHOED_ID]
    pairs = parse_qsl(query, keep_blank_values=True)
    return bool(pairs) and all(_names_segment(value.lower(), segments) for _, value in pairs)


def _names_segment(value: str, segments: list[str]) -> bool:
    """Whether ``value`` is one of ``segments``, or the id inside one: a word of it
    (``6492524.p``, ``item-6492524``) or its end after a letter prefix (``sku6492524``)."""
    if len(value) < MIN_ECHOED_ID:
        return False
    for segment in segments:
        words = _SEGMENT_WORDS.findall(segment)
        if value == segment or value in words or any(_after_prefix(value, w) for w in words):
            return True
    return False


def _after_prefix(value: str, word: str) -> bool:
    """``sku6492524`` ends with the id ``6492524`` after letters only."""
    head = word[: -len(value)]
    return word.endswith(value) and bool(head) and head.isalpha() and not value[0].isalpha()
