"""The role of a nested schema.org entity inside a record, from its microdata.

``<tr itemscope itemtype=Book>…<span itemprop=author itemscope itemtype=Person><span
itemprop=name>Suzanne Collins</span>`` names the book's author, not a second title: an
``itemprop`` read inside a nested ``itemscope`` belongs to that entity, whose own ``itemprop``
says what it is to the record.
"""

from __future__ import annotations

from agents.heuristics.dom import HtmlElement

#: Properties whose value is an entity of its own (a person, a company, a place) that a record
#: names by its role. Containers of records (``itemListElement``, ``mainEntity``) are no roles.
ROLES = frozenset(
    {
        "author",
        "creator",
        "contributor",
        "editor",
        "illustrator",
        "translator",
        "brand",
        "manufacturer",
        "publisher",
        "seller",
        "provider",
        "organizer",
        "performer",
        "director",
        "actor",
        "composer",
        "byartist",
        "location",
        "hiringorganization",
        "sponsor",
        "producer",
    }
)


def entity_role(element: HtmlElement) -> str | None:
    """The ``itemprop`` of the nested entity ``element`` describes (``author``), if any.

    The nearest ``itemscope`` above the element (or on it, when its own property is a role)
    decides: a scope without a role property is the record itself.
    """
    own = (element.get("itemprop") or "").split()
    if element.get("itemscope") is not None and own and own[0].lower() in ROLES:
        return own[0]
    for ancestor in element.iterancestors():
        if ancestor.get("itemscope") is None:
            continue
        props = (ancestor.get("itemprop") or "").split()
        return props[0] if props and props[0].lower() in ROLES else None
    return None
