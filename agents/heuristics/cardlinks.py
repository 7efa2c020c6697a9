"""An empty link stretched over a card, named after its record rather than after an action.

Cards are often one big link with no text of its own: the Guardian's card link, Bootstrap's
``.stretched-link``, Airbnb's listing link. Its accessible name (``aria-label``, ``title``, or the
text ``aria-labelledby`` points to) is the record's headline, different from card to card, where an
icon link's name ("Save", "Share this story", "Upvote") stays the same or says what it does.
A name that ends in its own card's title ("post link to <title>", "Read more about <title>")
names the record whatever word it starts with; an action names its object and goes on ("Add
<title> to cart", "Share <title> on X") or is a bare verb before it ("Save <title>").

Photo grids, icon sets and logo walls do the same with a picture: the card is a link around an image
and shows no word, and the link's ``title`` or the picture's ``alt`` is the only name the record has.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agents.heuristics.dom import HtmlElement, full_text, is_element
from agents.heuristics.slots import Occurrence, Slot
from pipeline.core.cleantext import clean_text
from pipeline.core.textparts import text_part

#: Attributes naming an empty link, in the order a screen reader reads them.
NAME_ATTRIBUTES = ("aria-label", "title")
#: ", condition: Very good": a fact one to three words label, after the card's name.
_LABELLED_FACT = re.compile(r", ([^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2}): ")
#: Labelled facts a name needs to read as a summary rather than a title holding a colon.
MIN_SUMMARY_FACTS = 2
#: Share of cards whose link name holds such facts for it to be a summary.
FACT_SHARE = 0.5
_FIGURE = re.compile(r"\d")
#: A fact that is one digit and nothing more ("5" stars, "2" baths), which names hold by chance.
_LONE_DIGIT = re.compile(r"\s*\d\s*")
#: Records whose links must be named for the names to tell records apart.
MIN_NAMED_RECORDS = 2
#: Levels above an empty link searched for the card holding its title (the link often sits in a wrapper).
MAX_CARD_LEVELS = 4
#: A title is longer than a badge ("New") that a name might hold by chance.
MIN_TITLE_CHARS = 8
#: An empty link's name starting with a verb says what the icon does ("Share this story"); a word
#: the verb only begins ("close-up of a comb jelly", "Play-Doh set") is a name.
_ACTION_START = re.compile(
    r"^(?:share|save|add|remove|like|unlike|follow|unfollow|vote|upvote|downvote|bookmark|report|hide|flag|"
    r"reply|comment|e-?mail|print|play|watch|open|close|delete|edit|download|subscribe|pin|tweet|post)(?![\w-])",
    re.IGNORECASE,
)


def names_its_record(slot: Slot) -> bool:
    """Whether the slot's links are named after their records (see the module docstring): most
    names differ from record to record, and each ends in its card's own title or none starts
    with what an icon does."""
    links = [occ[0].element for occ in slot.per_record.values()]
    names = [_accessible_name(link) for link in links]
    if len(names) < MIN_NAMED_RECORDS or not all(names) or len(set(names)) <= len(names) // 2:
        return False
    titles = [_card_title_in(link, name) for link, name in zip(links, names, strict=True)]
    if all(titles) and len(set(titles)) == len(titles):
        return True  # "post link to <title>": "post" is no icon's verb here
    return not any(_ACTION_START.match(name) for name in names)


def title_named_by_link(link: Slot | None, shown: Sequence[Slot] = ()) -> Slot | None:
    """The ``aria-label`` (else ``title``) of a card link showing no words named after its record, or
    the ``alt`` of the one picture it shows, as a title slot, cut before the labelled facts a summary
    adds (see ``summary_cut``); None when the link shows words, its names do not name each record,
    or they only restate the facts the card shows (``shown``: "Wohnung zur Miete - Dresden - 689,50 €
    - 2,5 Zimmer, 54,3 m²" over a card whose headline is its own text)."""
    if link is None or link.many or full_text(link.sample_element()) or not names_its_record(link):
        return None
    if restates_facts(link, shown):
        return None
    links = {n: occ[0].element for n, occ in link.per_record.items()}
    for attribute in (*NAME_ATTRIBUTES, "alt"):
        named = {n: _named_element(element, attribute) for n, element in links.items()}
        names = {n: clean_text(e.get(attribute) or "") if e is not None else "" for n, e in named.items()}
        if all(names.values()):
            break
    else:
        return None
    cut = summary_cut(list(names.values()))
    per_record = {
        n: [Occurrence(element, text_part(names[n], None, cut) if cut else names[n])]
        for n, element in named.items()
        if element is not None
    }
    return Slot(
        key=link.key, kind="title", attribute=attribute, text_before=cut, order=link.order, per_record=per_record
    )


def restates_facts(link: Slot, shown: Sequence[Slot]) -> bool:
    """Whether the link's name holds, on most records, two figures the card shows in elements of
    their own (its price, its size): a summary of the card's facts, not the headline."""
    texts = [s for s in shown if s.kind == "text" and not s.many and s is not link]
    restating = 0
    for number, occurrences in link.per_record.items():
        element = occurrences[0].element
        name = " ".join(clean_text(element.get(a) or "") for a in NAME_ATTRIBUTES)
        facts = {occ[0].value for s in texts if (occ := s.per_record.get(number)) and _FIGURE.search(occ[0].value)}
        restating += _restates(name, facts)
    return restating > FACT_SHARE * len(link.per_record)


def _restates(name: str, facts: set[str]) -> bool:
    """Whether ``name`` holds two of ``facts`` as whole values ("128" is not in "1280", "5" not in
    "iPhone 15"). A lone digit ("5" stars) is found in many a product name ("Pixel 5 Pro"), so
    lone digits alone restate only when more than two of them are found (beds, baths, parking)."""
    found = [fact for fact in facts if re.search(rf"(?<!\w)(?<!\d[.,]){re.escape(fact)}(?!\w)(?![.,]\d)", name)]
    digits = [fact for fact in found if _LONE_DIGIT.fullmatch(fact)]
    if len(found) < MIN_SUMMARY_FACTS:
        return False
    return len(digits) < len(found) or len(digits) > MIN_SUMMARY_FACTS


def _named_element(link: HtmlElement, attribute: str) -> HtmlElement | None:
    """The element whose ``attribute`` names ``link``: the link itself, or for ``alt`` the one
    picture it shows (a link around several pictures names none of them)."""
    if attribute != "alt":
        return link
    pictures = link.xpath(".//img")
    return pictures[0] if len(pictures) == 1 else None


def summary_cut(names: list[str]) -> str | None:
    """``", brand:"`` where every name reads "<name>, brand: B, size: S…": a summary of the card
    whose own name ends where the first labelled fact starts. The template writes its facts in
    one order, so the first label is the same on every card; None where it is not, or where a
    name holds fewer than two labelled facts (one "word:" may belong to the name itself)."""
    firsts = set()
    for name in names:
        labels = _LABELLED_FACT.findall(name)
        if len(labels) < MIN_SUMMARY_FACTS:
            return None
        firsts.add(labels[0].lower())
    return f", {firsts.pop()}:" if len(firsts) == 1 else None


def labelled_facts(summary: str) -> dict[str, str]:
    """ "size: M", "condition: Very good" of "Name, brand: B, condition: Very good, size: M, £18.00":
    each label (lower case) with its value, which runs to the next ", "; empty where the text holds
    fewer than two labelled facts (see ``summary_cut``)."""
    found = list(_LABELLED_FACT.finditer(summary))
    if len(found) < MIN_SUMMARY_FACTS:
        return {}
    facts: dict[str, str] = {}
    for match in found:
        end = summary.find(", ", match.end())
        value = summary[match.end() : end if end >= 0 else None].strip()
        facts.setdefault(match.group(1).lower(), value)
    return facts


def shows_something(element: HtmlElement) -> bool:
    return bool(full_text(element)) or bool(element.xpath(".//img"))


def _card_title_in(link: HtmlElement, name: str) -> str | None:
    """The longest text of an element of ``link``'s card that ``name`` ends in, after more than
    a verb, if any: the card is the nearest ancestor showing text besides the link, the title one
    of its elements' text."""
    folded = clean_text(name).casefold()
    card = _card_of(link)
    if card is None:
        return None
    found = [
        text
        for element in card.iterdescendants()
        if is_element(element)
        and element is not link
        and len(text := clean_text(full_text(element))) >= MIN_TITLE_CHARS
        and folded.endswith(text.casefold())
    ]
    title = max(found, key=len) if found else None
    lead = folded.removesuffix(title.casefold()).split() if title else []
    return title if len(lead) > 1 or (lead and not _ACTION_START.match(lead[0])) else None


def _card_of(link: HtmlElement) -> HtmlElement | None:
    card = link.getparent()
    for _level in range(MAX_CARD_LEVELS):
        if card is None or full_text(card).strip():
            return card
        card = card.getparent()
    return None


def _accessible_name(link: HtmlElement) -> str:
    """The name a screen reader gives a link showing no words: its ``aria-label`` or ``title``, or
    the text of the element its ``aria-labelledby`` points to (the id itself when that is not in
    reach), else the ``alt`` of the one picture it shows."""
    for attribute in NAME_ATTRIBUTES:
        if name := (link.get(attribute) or "").strip():
            return name
    reference = (link.get("aria-labelledby") or "").split()
    if not reference:
        picture = _named_element(link, "alt")
        return (picture.get("alt") or "").strip() if picture is not None else ""
    named = link.getroottree().getroot().xpath("//*[@id=$id]", id=reference[0])
    return (full_text(named[0]) if named else "") or reference[0]
