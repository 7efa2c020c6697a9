"""Leave out the links that only lead on from a value the record already shows.

A card's author name links to the author's profile, its category to the category's page, its
"1,204" stars to the list of stargazers, its stars, score and "(3,012)" reviews together to the
reviews. The value is a fact of the record; the page it leads to
is about that value, not about the record, so its address is navigation. When the record has a
link of its own, such a companion column (``author_url``, ``category_url``, ``stars_url``) is left
out. Kept: the record's own link, links whose text is the same fixed label on every record
("PDF", "DOI", "Website": the label names the field), links showing an image or no text, and
every link of a record that has no link of its own (the author's page is then the only way on).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Hashable
from urllib.parse import urlsplit

from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.fieldnames import FieldDraft
from agents.heuristics.slots import Occurrence, Slot
from agents.heuristics.values import is_price
from pipeline.core.cleantext import clean_text

#: Share of the records holding the link whose text is another field's value there.
SHOWN_SHARE = 0.8
#: Fewer linked records than this say too little to call the links companions.
MIN_RECORDS = 2
#: Levels above a value where the link showing it may sit (``<a><span><b>name``).
MAX_LINK_DEPTH = 4
#: Words from which a value reads as a headline rather than a name or a category.
HEADLINE_WORDS = 5
#: Longest address compared; a longer one (a data: URI) is no page.
MAX_ADDRESS_CHARS = 2048
#: Values a link must show to read as several fields' values at once.
MIN_SHOWN = 2
#: What is left of a link's text once its values are taken out says nothing when it has no
#: letter or digit (stars "★★★★☆", brackets, separators).
_MEANS_SOMETHING = re.compile(r"[^\W_]")
#: Slot kinds read from the text a person sees (any other kind reads an attribute).
_TEXT_KINDS = frozenset({"text", "tail", "own"})
#: Field types whose values are addresses, not shown text a link could lead on from.
_ADDRESS_TYPES = frozenset({"url", "image"})


def without_companion_links(drafts: list[FieldDraft], mains: list[Slot]) -> list[FieldDraft]:
    """``drafts`` minus the link fields leading on from another field's value; ``mains`` are the
    title and the record's link slots."""
    link = next((s for s in mains if s.kind == "href"), None)
    if link is None or not any(d.slot is link for d in drafts):
        return drafts
    shown = [d.slot for d in drafts if d.slot not in mains and d.spec.type not in _ADDRESS_TYPES]
    return [d for d in drafts if d.slot in mains or not (_leads_on_from(d, shown) or _extends_own_link(d, link))]


def _extends_own_link(draft: FieldDraft, link: Slot) -> bool:
    """Whether the link field leads, record by record, to a page below the record's own
    (``/games/7`` → ``/games/7/purchase``), the same steps below in every record, from a value
    it shows (a price): its address is the record's link and a fixed suffix, nothing of its own.
    A link reading one same label everywhere ("Reviews") names its field, and stays."""
    slot = draft.slot
    if slot.kind != "href" or draft.spec.type != "url" or slot.many or len(slot.per_record) < MIN_RECORDS:
        return False
    texts = {clean_text(full_text(occ[0].element)).casefold() for occ in slot.per_record.values() if occ}
    if len(texts) < 2:
        return False
    return one_relation(slot, link, _below)


def one_relation(slot: Slot, link: Slot, relate: Callable[[str, str], Hashable | None]) -> bool:
    """Whether ``slot``'s address stands, on every record holding it, in one same relation to the
    address of ``link`` in that record (``relate(link's, slot's)``, None for none)."""
    relations = set()
    for n, occ in slot.per_record.items():
        own = link.per_record.get(n)
        if not occ or not own:
            return False
        relation = relate(own[0].value, occ[0].value)
        if relation is None:
            return False
        relations.add(relation)
    return len(relations) == 1


def _below(own: str, address: str) -> str | None:
    """The path steps of ``address`` below the page ``own`` (``purchase`` for ``/g/7/purchase``
    under ``/g/7``), or None when it is no page below it."""
    if len(own) > MAX_ADDRESS_CHARS or len(address) > MAX_ADDRESS_CHARS:
        return None
    try:
        mine, other = urlsplit(own.strip()), urlsplit(address.strip())
    except ValueError:
        return None
    base = mine.path.rstrip("/") + "/"
    if (mine.scheme, mine.netloc) != (other.scheme, other.netloc) or not other.path.startswith(base):
        return None
    return other.path[len(base) :].strip("/") or None


def _leads_on_from(draft: FieldDraft, shown: list[Slot]) -> bool:
    """Whether the link field leads on, record by record, from the value of one of ``shown``."""
    slot = draft.slot
    if slot.kind != "href" or draft.spec.type != "url" or len(slot.per_record) < MIN_RECORDS:
        return False
    links = {n: occ[0].element for n, occ in slot.per_record.items() if occ}
    texts = {n: clean_text(full_text(a)).casefold() for n, a in links.items()}
    labels = set(texts.values())
    if len(labels) == 1 and "" not in labels:
        return False  # "PDF" on every record: a labelled link is a field of its own
    if _acts_on_its_record(links, texts):
        return False
    return any(_shows_same(links, other) for other in shown) or _shows_several(links, shown)


def _shows_several(links: dict[int, HtmlElement], shown: list[Slot]) -> bool:
    """Whether, on most records, the link's whole text is the values of two shown fields or more
    read inside it ("4.1" and "(3,012件)" around the stars): a link to the record's reviews."""
    inner = [s for s in shown if s.kind in _TEXT_KINDS]
    same = sum(1 for n, a in links.items() if _made_of(a, [occ[0] for s in inner if (occ := s.per_record.get(n))]))
    return same >= MIN_RECORDS and same >= SHOWN_SHARE * len(links)


def _made_of(link: HtmlElement, values: list[Occurrence]) -> bool:
    """Whether ``link`` holds two of ``values`` or more and its text is theirs, marks aside."""
    rest = clean_text(full_text(link)).casefold()
    held = 0
    for value in values:
        text = clean_text(value.value).casefold()
        if text and text in rest and (value.element is link or link in value.element.iterancestors()):
            if is_price(value.value):
                return False  # "£49.99 Amazon": an offer, priced and named, is a page of its own
            rest = rest.replace(text, " ", 1)
            held += 1
    return held >= MIN_SHOWN and not _MEANS_SOMETHING.search(rest)


def _acts_on_its_record(links: dict[int, HtmlElement], texts: dict[int, str]) -> bool:
    """Whether most links share a text with other records' links yet lead elsewhere on each
    ("Tickets" to each event's own ticket page): a page about a value is the same page wherever
    the value is shown, so these lead on from the record, not from the value. ``texts`` are the
    links' folded texts, by record."""
    addresses: dict[str, set[str]] = {}
    for n, anchor in links.items():
        addresses.setdefault(texts[n], set()).add(anchor.get("href") or "")
    counts = Counter(texts.values())
    shared = [text for text, k in counts.items() if k > 1 and text]
    spread = sum(counts[text] for text in shared if len(addresses[text]) > 1)
    return spread * 2 >= len(links)


def _shows_same(links: dict[int, HtmlElement], other: Slot) -> bool:
    if _headline(other):
        return False  # a link reading the record's headline is the record's own link, whatever it is named
    same = sum(
        1 for n, a in links.items() if (occ := other.per_record.get(n)) and _leads_from(a, occ[0], other.kind, other)
    )
    return same >= MIN_RECORDS and same >= SHOWN_SHARE * len(links)


def _headline(slot: Slot) -> bool:
    """Whether most of the slot's values are a headline's length: a name, a category or a count
    is a few words, a post's or a product's title is a line. A headline is its record's own, so
    a long value most records share with another ("GNU General Public License version 3.0") is a
    value many records have, as a category is, not a headline."""
    texts = [clean_text(occ[0].value) for occ in slot.per_record.values() if occ]
    if not texts or sum(len(t.split()) >= HEADLINE_WORDS for t in texts) * 2 <= len(texts):
        return False
    counts = Counter(t.casefold() for t in texts)
    return sum(k for k in counts.values() if k > 1) * 2 < len(texts)


def _leads_from(link: HtmlElement, value: Occurrence, kind: str, slot: Slot) -> bool:
    """Whether ``link`` reads ``value`` (its text is the value) or another link to the same address
    does (an avatar beside the linked name, a link around a ``<time>``): the value is that link's
    whole text, not a part of it ("springer.com" in "[PDF] springer.com")."""
    text = clean_text(full_text(link))
    if slot.strip_label and value.element is link:
        text = text.removeprefix(slot.strip_label).strip()  # "/Foo-1.02" read without its mark (``gluedlinks``)
    if text and text.casefold() == clean_text(value.value).casefold():
        return True
    anchor = _enclosing_link(value.element)
    if anchor is None or anchor.get("href") != link.get("href"):
        return False
    shown = clean_text(full_text(anchor)).casefold()
    # A value read from an attribute (a ``<time datetime>``, ``data-time``) shows as its element's text.
    read = value.value if kind in _TEXT_KINDS else full_text(value.element)
    return bool(shown) and clean_text(read).casefold() == shown


def _enclosing_link(element: HtmlElement) -> HtmlElement | None:
    """The ``<a href>`` that is ``element`` or holds it, a few levels up at most."""
    for node in [element, *itertools.islice(element.iterancestors(), MAX_LINK_DEPTH)]:
        if node.tag == "a" and node.get("href"):
            return node
    return None
