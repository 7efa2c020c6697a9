"""A stack of avatars naming the people of a record: one list field (assignees, reviewers).

An issue tracker shows who is assigned to each issue as a stack of one to three avatars, each
``<img alt="@login">``, under a tooltip "Assigned to @ana and @ben". Where the same people recur
from record to record, the template tells the avatars apart by whom they picture (``variants``:
``a.avatar%icon:@ana``), so each person becomes a slot of their own, too rare to be a field. They
are one field, a list of people, however many each record shows: joined back here.

A row of contributors' pictures ("Built by" five faces on a trending list) only illustrates the
record and is left out (``alternatives.useful_alt_texts``). A stack is a field when the page says
who the people are to the record: a tooltip or label around the stack naming them ("Assigned to
@ana"), or each avatar linking to the list filtered by that person (``?q=assignee:ana``), as a
label chip links to the list of its label.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from urllib.parse import unquote_plus, urlsplit

from agents.heuristics.dom import HtmlElement, tag_of
from agents.heuristics.phrases import is_joiner
from agents.heuristics.slots import Key, Occurrence, Slot
from pipeline.core.cleantext import clean_text

#: A person as an avatar's alt names them: "@login", or one to four words of a name.
_PERSON = re.compile(r"^(?:@[\w][\w.-]{0,38}|[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3})$")
#: Share of a list's records where the page says who the people are (a tooltip, a filter link).
SAID_SHARE = 0.5
#: Words of a caption taken as the list's name ("Assigned to" → assigned_to).
MAX_CAPTION_WORDS = 3
_CAPTION_WORD = re.compile(r"[^\W\d_]+")


def joined_avatar_stacks(slots: list[Slot]) -> list[Slot]:
    """``slots`` with the avatars told apart by whom they picture joined into one list slot each,
    and those avatars' own links and pictures left out (the list names the people)."""
    groups: dict[tuple[Key, int], list[Slot]] = defaultdict(list)
    for slot in slots:
        if (place := _pictured_step(slot)) is not None:
            groups[(_plain(slot.key, place), place)].append(slot)
    stacks = {
        group: members
        for group, members in groups.items()
        if len(members) >= 2 and not any(_beside_values(m, group[1], slots) for m in members)
    }
    if not stacks:
        return slots
    marks = {(key[:place], place, slot.key[place]) for (key, place), members in stacks.items() for slot in members}
    joined = {id(members[0]): _joined(key, members) for (key, _), members in stacks.items()}
    kept: list[Slot] = []
    for slot in slots:
        if id(slot) in joined:
            kept.append(joined[id(slot)])
        elif not any(len(slot.key) > p and slot.key[p] == step and slot.key[:p] == head for head, p, step in marks):
            kept.append(slot)
    return kept


def _pictured_step(slot: Slot) -> int | None:
    """Where an alt slot's key is marked by the person its picture shows (``a.avatar%icon:@ana``)."""
    if slot.kind != "alt" or slot.many or not slot.per_record:
        return None
    names = {o.value.strip().lower() for found in slot.per_record.values() for o in found}
    if len(names) != 1 or not _PERSON.match(next(iter(names))):
        return None
    wanted = f"icon:{next(iter(names))}"
    for place, step in enumerate(slot.key):
        if step.partition("%")[2] == re.sub(r"[~*]", "-", wanted):
            return place
    return None


def _beside_values(avatar: Slot, place: int, slots: list[Slot]) -> bool:
    """Whether the item the picture marks also shows a value that changes from record to record:
    ``<li><img alt="Bedrooms"> 3</li>`` is an icon naming a figure, not a person's avatar."""
    head = avatar.key[: place + 1]
    return any(
        s.kind in ("text", "tail") and s.key[: place + 1] == head and len(set(s.first_values())) > 1 for s in slots
    )


def _plain(key: Key, place: int) -> Key:
    return (*key[:place], key[place].partition("%")[0], *key[place + 1 :])


def _joined(key: Key, members: list[Slot]) -> Slot:
    """One list slot holding each record's avatars in the order the page shows them."""
    per_record: dict[int, list[Occurrence]] = defaultdict(list)
    for member in members:
        for number, found in member.per_record.items():
            per_record[number].extend(found)
    ordered = {n: sorted(found, key=lambda o: _document_place(o.element)) for n, found in sorted(per_record.items())}
    return replace(members[0], key=key, many=True, per_record=ordered)


def _document_place(element: HtmlElement) -> tuple[int, ...]:
    place: list[int] = []
    child = element
    for parent in element.iterancestors():
        place.append(parent.index(child))
        child = parent
    return tuple(reversed(place))


def is_people_list(slot: Slot) -> bool:
    """Whether a list of alt texts names the people of each record (see the module)."""
    if slot.kind != "alt" or not slot.many or not slot.per_record:
        return False
    found = [o for occurrences in slot.per_record.values() for o in occurrences]
    if not all(_PERSON.match(clean_text(o.value)) for o in found):
        return False
    said = [_said(occurrences, len(slot.key)) for occurrences in slot.per_record.values() if occurrences]
    return sum(said) >= SAID_SHARE * len(said)


def people_caption(slot: Slot) -> str | None:
    """The words a stack's tooltip puts before its people ("Assigned to @ana" → "assigned to")."""
    first = next(iter(slot.per_record.values()))
    name = clean_text(first[0].value)
    for ancestor in _stack(first[0].element, len(slot.key)):
        label = clean_text(ancestor.get("aria-label") or ancestor.get("title") or "")
        head = label.partition(name)[0] if name and name in label else ""
        words = _CAPTION_WORD.findall(head)
        if 0 < len(words) <= MAX_CAPTION_WORDS:
            return " ".join(words).lower()
    return None


def _said(occurrences: list[Occurrence], levels: int) -> bool:
    """Whether a tooltip around the stack names one of its people, or every avatar links to the
    list filtered by its person."""
    names = [name for o in occurrences if (name := clean_text(o.value))]
    stack = _stack(occurrences[0].element, levels)
    labels = [clean_text(a.get("aria-label") or a.get("title") or "") for a in stack]
    if any(_captions(label, names) for label in labels):
        return True
    return all(_filters_by(o.element, clean_text(o.value), levels) for o in occurrences)


def _captions(label: str, names: list[str]) -> bool:
    """Whether ``label`` names some of ``names`` and says more than their names ("Assigned to")."""
    if not any(name in label for name in names):
        return False
    for name in names:
        label = label.replace(name, " ")
    return any(not is_joiner(word) for word in _CAPTION_WORD.findall(label))  # "@ana and @ben" says no more


def _stack(element: HtmlElement, levels: int) -> list[HtmlElement]:
    """The ancestors of an avatar inside its record (``levels`` steps up is the record)."""
    return list(element.iterancestors())[: max(levels - 1, 0)]


def _filters_by(element: HtmlElement, name: str, levels: int) -> bool:
    """Whether the avatar's link leads to a list filtered by its person: the login in the query."""
    link = next((a for a in [element, *_stack(element, levels)] if tag_of(a) == "a"), None)
    query = unquote_plus(urlsplit((link.get("href") or "").strip()).query) if link is not None else ""
    login = name.lstrip("@").lower()
    return bool(login) and re.search(rf"(?<![\w-]){re.escape(login)}(?![\w-])", query.lower()) is not None
