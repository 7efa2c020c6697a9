"""Slots of a record template that are calls to act, not data.

"Add to cart", "Borrow", "Join Waitlist", a "hide" link or an "Add to List" link that sends a
guest to the login page: each names what the reader can do, not what the record is. Their texts
and, unless they are the record's own link, their links are left out of the fields. Where some
records' button reads as a state instead ("Not in Library", "Preview Only", "Sold out" beside
"Borrow"), the buttons together tell what each record's reader can have: its text is the record's
availability, a field; the links stay out.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from agents.heuristics import values
from agents.heuristics.classtokens import class_words
from agents.heuristics.controlstates import holds_states
from agents.heuristics.dom import HtmlElement, full_text, tag_of
from agents.heuristics.raredata import is_stock_status
from agents.heuristics.slots import Slot

#: Links that change something for the reader (hide a story, flag it, follow it) wherever they
#: lead: HN's "hide" goes to ``hide?id=…&goto=news``, a page of no data.
_CHANGES_STATE = re.compile(
    r"^(?:un)?(?:hide|flag|report|save|share|follow|watch|favou?rite|vote|upvote|downvote|block|mute)$", re.IGNORECASE
)
#: Pages to sign in or sign up, as their path segments name them (``/account/login?redir_url=…``).
_SIGN_IN = re.compile(r"^(?:log[-_]?in|sign[-_]?in|sign[-_]?up|register|registration|signon)$")
#: Class words of a control styled as a button: ``cta-btn``, ``c-button-primary``.
_BUTTON_CLASS_WORDS = frozenset({"btn", "button", "cta"})
#: A web component's button (``spark-button``, ``sl-button``, ``md-filled-button``): a custom
#: element's name holds a hyphen, and a button component's ends in ``-button``.
_CUSTOM_BUTTON = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*-button")
#: Longest tag name read as a web component's (bounds the match on a hostile page).
MAX_TAG_CHARS = 60
#: Share of a slot's texts that must be actions ("Add to cart") for it to be a button.
ACTION_SHARE = 0.5
#: Share of a slot's records whose link or button reads a call to act in another language for the
#: slot to be one: a constant label, not a value that happens to read as one ("Mais", "Comprar").
FOREIGN_SHARE = 0.8
#: Distinct such phrases a constant call to act may read ("Ver tienda", "Ver más anuncios").
MAX_FOREIGN_PHRASES = 2
#: A call to act is a few words ("Join Waitlist")...
MAX_ACTION_WORDS = 4
#: ...among a handful of phrases ("Borrow", "Join Waitlist", "Preview Only", "Not in Library").
MAX_ACTION_PHRASES = 5
#: A button's words that say what the record is, not what to do: "Not in Library", "No copies",
#: "Preview Only", "Members only".
_STATE_PHRASE = re.compile(r"^(?:not|no)\s+\w|\w\s+only$", re.IGNORECASE)


def is_action(slot: Slot) -> bool:
    """Buttons and links reading "Add to cart", "Select options", "share", or styled as buttons
    and reading a few stock phrases ("Borrow", "Join Waitlist"): actions, not data."""
    if holds_states(slot):
        return False  # "Tickets" beside a greyed "Sold out": which records can be had (``controlstates``)
    elements = [occ[0].element for occ in slot.per_record.values()]
    texts = [full_text(e) for e in elements]
    if values.share([bool(values.ENGLISH_ACTION_TEXT.match(t)) for t in texts]) >= ACTION_SHARE:
        return True
    if _calls_to_act_abroad(elements, texts, len(slot.key) - 1):
        return True
    return _is_button_phrase(slot) and not _tells_states(texts)


def _calls_to_act_abroad(elements: list[HtmlElement], texts: list[str], levels: int) -> bool:
    """Whether the slot is a constant call to act in another language (``actionwords``): on
    nearly every record a link or button reads one of a phrase or two ("Ver tienda"). A label of
    the same words names a service the record has (Ceneo's "Kup Teraz" badge), and data only
    sometimes reads as one (a brand "Mais", a shop "Meer", a title "Ver y oír"); phrases that each
    lead to a page of their own ("Comprar" to ``/comprar``) are values the record is filed under."""
    calls: list[tuple[str, HtmlElement]] = []
    for element, text in zip(elements, texts, strict=True):
        if not values.ACTION_TEXT.match(text):
            continue
        control = named_control(element, levels)
        if control is not None or _styled_as_button(element):
            calls.append((text, element if control is None else control))
    if not calls or len(calls) < FOREIGN_SHARE * len(elements):
        return False
    targets: dict[str, set[str]] = {}
    for text, control in calls:
        targets.setdefault(" ".join(text.casefold().split()), set()).add((control.get("href") or "").strip())
    if len(targets) > MAX_FOREIGN_PHRASES:
        return False
    own_pages = all(len(hrefs) == 1 for hrefs in targets.values()) and len(set[str]().union(*targets.values())) > 1
    return len(targets) == 1 or not own_pages


def _tells_states(texts: list[str]) -> bool:
    """Whether some of a button's phrases are states ("Not in Library", "Preview Only") beside
    calls to act ("Borrow"): which the record shows says what a reader can have of it."""
    phrases = {" ".join(t.split()) for t in texts}
    return len(phrases) > 1 and any(is_stock_status(p) or _STATE_PHRASE.search(p) for p in phrases)


def without_actions(slots: list[Slot], mains: list[Slot]) -> list[Slot]:
    """Links other than the record's own that perform an action (``?add-to-cart=70``, nofollow
    "Add to cart", a "Borrow" button, a login page): an "(about)" link to the author's page is
    data, and stays; so does the link of a control whose place tells a state ("Tickets" where
    other records say "Sold out"), the page where the record can be had."""
    stated = {o.element for s in slots if holds_states(s) for occ in s.per_record.values() for o in occ[:1]}
    return [s for s in slots if s in mains or s.kind != "href" or _links_stated(s, stated) or not _is_action_link(s)]


def _links_stated(slot: Slot, stated: set[HtmlElement]) -> bool:
    """Whether every link of ``slot`` is a control whose text a states slot holds (or wraps it)."""
    elements = [occ[0].element for occ in slot.per_record.values() if occ]
    return bool(stated) and all(any(e is s or e in s.iterancestors() for s in stated) for e in elements)


def named_control(element: HtmlElement, levels: int, tags: tuple[str, ...] = ("a", "button")) -> HtmlElement | None:
    """The link or button that is ``element`` or holds it, at most ``levels`` wrappers up (inside
    the record), when ``element`` is its whole name; None when the nearest one says more."""
    for candidate in [element, *list(element.iterancestors())[: max(levels, 0)]]:
        if _control_tag(tag_of(candidate)) in tags:
            return candidate if full_text(candidate) == full_text(element) else None
    return None


def _control_tag(tag: str) -> str:
    """``button`` for a web component's button (``spark-button``), else the tag itself."""
    return "button" if len(tag) <= MAX_TAG_CHARS and _CUSTOM_BUTTON.fullmatch(tag) else tag


def _is_button_phrase(slot: Slot) -> bool:
    """A link or button whose own class or role calls it a button (``a.cta-btn``,
    ``a[role=button]``) and whose texts are a handful of short phrases, each repeated across the
    records: a call to act, named by what it does. A single value, never a list (tag pills)."""
    if slot.many:
        return False
    levels = len(slot.key) - 1
    controls = [named_control(occ[0].element, levels) for occ in slot.per_record.values()]
    if not all(c is not None and _styled_as_button(c) for c in controls):
        return False
    texts = [full_text(occ[0].element) for occ in slot.per_record.values()]
    short = all(len(t.split()) <= MAX_ACTION_WORDS for t in texts)
    if any(values.is_price(t) or values.is_date(t) or values.is_number(t) for t in texts) or _are_facets(
        controls, texts
    ):
        return False  # "Full-time" pills each leading to their own filter page are data
    return short and len(set(texts)) <= min(MAX_ACTION_PHRASES, len(texts) // 2)


def _are_facets(controls: list[HtmlElement | None], texts: list[str]) -> bool:
    """Links whose target follows their text (``?type=full-time`` for every "Full-time"): filters by
    a value the record has, unlike "Borrow" leading to each record's own page."""
    targets: dict[str, set[str]] = {}
    for control, text in zip(controls, texts, strict=True):
        href = (control.get("href") or "").strip() if control is not None else ""
        if not href:
            return False
        targets.setdefault(text, set()).add(href)
    return len(targets) > 1 and all(len(hrefs) == 1 for hrefs in targets.values())


def _styled_as_button(element: HtmlElement) -> bool:
    if tag_of(element) != "button" and _control_tag(tag_of(element)) == "button":
        return True  # a web component's button is one by its very name
    return element.get("role") == "button" or bool(class_words(element) & _BUTTON_CLASS_WORDS)


def _is_action_link(slot: Slot) -> bool:
    if _leads_to_sign_in(slot) or _is_button_phrase(slot):
        return True  # "Add to List" for a guest leads to the login page; "Borrow" styled as a button
    return is_action(slot) and _acts_in_place(slot)


def _acts_in_place(slot: Slot) -> bool:
    element = slot.sample_element()
    href = (element.get("href") or "").strip()
    if href.startswith("?") or "nofollow" in (element.get("rel") or "").split():
        return True
    return all(_CHANGES_STATE.match(full_text(occ[0].element)) for occ in slot.per_record.values())


def _leads_to_sign_in(slot: Slot) -> bool:
    """Links to a login, sign-in or register page, wherever they come back from: never data."""
    return all(_is_sign_in(occ[0].value) for occ in slot.per_record.values())


def _is_sign_in(url: str) -> bool:
    segments = urlsplit(url).path.lower().split("/")
    return any(_SIGN_IN.match(segment.split(".")[0]) for segment in segments)
