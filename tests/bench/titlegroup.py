"""Where the Scout's candidate record groups left the group holding a list's titles, when it read another list or
a detail page: in shape only (no value, class or address is named).

The page is read as the Scout reads it (``agents.heuristics.assemble``'s index and ``find_record_groups``); the
titles' group is the candidate whose members hold the most expected titles (each member's whole text holding one),
two at least. ``titles_group`` says one of:

* ``no group holds the titles`` (``; titles in N elements`` whose innermost holders share ``one parent``, or sit
  ``under several parents``): the cards are no candidate at all;
* ``the titles' group ranks N of M`` (``1``, ``2-3``, ``4+``), its score ``below the list floor`` or against the
  best group's (``at half or less``, ``under the best``, ``the best``), with ``designs no list`` when the Scout's
  list design turns it down alone, and how many titles its members hold (``all``, ``most``, ``some``).

For a page read as a detail page, ``says_detail`` adds what in the page says "one entity": a JSON-LD entity of a
detail type (named by its schema.org type, a fixed vocabulary), an Open Graph type, or nothing said; and whether
the Scout designs a list from its groups at all (``no list designed``: the entity wins by default).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from lxml.html import HtmlElement
from parsel import Selector

from agents.heuristics.dom import DomIndex, analysing, build_index, drop_comments, drop_malformed_addresses
from agents.heuristics.listing import design_list
from agents.heuristics.records import MIN_LIST_SCORE, find_record_groups
from agents.heuristics.regroup import Group
from agents.heuristics.structured import StructuredData, read_structured
from pipeline.core.extract import make_selector

Fold = Callable[[str], str]
#: Members of a group read at most, and elements looked at for titles (a hostile page repeats them).
_MAX_MEMBERS = 400
_MAX_SHOWN = 400


@contextmanager
def _read_as_scout(body: str, url: str) -> Iterator[tuple[Selector, DomIndex, StructuredData, list[Group]]]:
    """The page as the Scout reads it (``assemble.build_profile``'s start): its index, structured data and
    candidate groups, best first, analysed while the context is open."""
    page = make_selector(body, url)
    drop_comments(page.root)
    drop_malformed_addresses(page.root)
    index = build_index(page.root)
    with analysing(index):
        structured = read_structured(page)
        yield page, index, structured, find_record_groups(index, structured.item_names())


def titles_group(body: str, url: str, titles: set[str], fold: Fold) -> str:
    """Where the titles' candidate group stands among the Scout's groups (see the module docstring)."""
    if not titles:
        return "no titles"
    with _read_as_scout(body, url) as (page, index, structured, groups):
        held = [_held(index, g.members, titles, fold) for g in groups]
        best = max(range(len(groups)), key=lambda i: held[i], default=-1)
        if best < 0 or held[best] < 2:
            return f"no group holds the titles; {_where_shown(index, titles, fold)}"
        group = groups[best]
        designs = design_list(page, [group], structured.value_hints(), truncated=index.truncated) is not None
    rank = "1" if best == 0 else "2-3" if best < 3 else "4+"
    score = _score_against(group, groups[0])
    share = held[best] / len(titles)
    said = "all" if share >= 0.95 else "most" if share >= 0.5 else "some"
    tail = "" if designs else ", designs no list"
    return f"the titles' group ranks {rank}, {score}{tail}, holds {said} titles"


def says_detail(body: str, url: str) -> str:
    """What says "one entity" on a page the Scout read as a detail page, and whether a list was designed."""
    with _read_as_scout(body, url) as (page, index, structured, groups):
        listing = design_list(page, groups, structured.value_hints(), truncated=index.truncated)
    said = []
    if structured.entity_type is not None:
        said.append(f"JSON-LD {_schema_type(structured.entity_type)}")
    if og := structured.open_graph.get("og:type", ""):
        said.append(f"og:type {_schema_type(og)}")
    designed = "a list designed, set aside" if listing is not None else "no list designed"
    return f"{' and '.join(said) or 'no entity said'}, {designed}"


def _schema_type(kind: str) -> str:
    """A vocabulary word as written (``Product``, ``article``), else ``other``: a page's own words stay out."""
    word = kind.strip().rsplit("/", 1)[-1]
    return word if word.replace(".", "").replace(":", "").isalpha() and len(word) <= 24 else "other"


def _held(index: DomIndex, members: Iterable[HtmlElement], titles: set[str], fold: Fold) -> int:
    texts = [fold(index.full_text(m)) for m, _ in zip(members, range(_MAX_MEMBERS), strict=False)]
    return sum(1 for t in titles if any(t in text for text in texts))


def _score_against(group: Group, top: Group) -> str:
    if group.score < MIN_LIST_SCORE:
        return "below the list floor"
    if group is top:
        return "the best"
    return "at half or less" if group.score * 2 <= top.score else "under the best"


def _where_shown(index: DomIndex, titles: set[str], fold: Fold) -> str:
    """How many innermost elements show a title, and whether they share one parent."""
    shown: list[HtmlElement] = []
    for element in index.elements:
        if any(t in fold(index.full_text(element)) for t in titles):
            shown.append(element)
            if len(shown) >= _MAX_SHOWN:
                break
    inner = [e for e in shown if not any(isinstance(d.tag, str) and d in shown for d in e.iterchildren())]
    parents = {id(e.getparent()) for e in inner}
    spread = "one parent" if len(parents) == 1 else "under several parents"
    return f"titles in {len(inner)} elements, {spread}" if inner else "titles in no element"
