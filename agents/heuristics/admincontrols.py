"""Controls a page shows its owner only: the "Edit Post" pencil, the admin's quick links.

Blogging platforms print the author's edit link into every post of the public page and hide it
from visitors with a class their style sheet hides (Blogger's ``span.item-control.blog-admin``,
WordPress's ``span.edit-link`` / ``a.post-edit-link``), or with ``hidden`` / ``display: none``, or
hide a pencil to an editor's address from screen readers (``aria-hidden``). What only the owner can
use, and what acts on the record rather than telling of it, is no field.
"""

from __future__ import annotations

import re

from agents.heuristics.classtokens import class_tokens
from agents.heuristics.dom import HtmlElement
from agents.heuristics.slots import Slot

#: Class words of an owner's control: ``edit-link``, ``post-edit-link``, ``comment-edit-link``,
#: ``edit-post``, ``item-control``, ``blog-admin``, ``wp-admin``, ``admin-only``, ``owner-only``.
_OWNER_CLASS = re.compile(
    r"^(?:(?:[a-z]+[-_])?edit[-_]?link|edit[-_](?:post|entry|item|comment)(?:[-_]link)?|item[-_]control|"
    r"(?:blog|site|wp)[-_]?admin|admin[-_](?:only|controls?|links?|actions?|tools?)|owner[-_]only)$",
    re.IGNORECASE,
)
#: An address of an editor: ``post-edit.g``, ``/wp-admin/post.php?action=edit``, ``/posts/7/edit``.
#: An editor's address: a path segment "edit", "wp-admin" or "post-edit…" (Blogger), or ``action=edit``;
#: never a slug that merely holds the word ("/how-to-edit-photos").
_EDITOR_ADDRESS = re.compile(r"/(?:edit|wp-admin|post-edit[^/?#]*)(?:$|[/?#])|[?&]action=edit\b", re.IGNORECASE)
#: Wrappers looked at above a value: a control wraps its link in a span or two.
MAX_LEVELS = 6


def is_owner_control(slot: Slot) -> bool:
    """Whether every record's value of ``slot`` sits inside an owner's control: a wrapper whose
    class names one, or a hidden wrapper (``hidden``, ``display: none``, ``aria-hidden``) around a
    link to an editor."""
    if not slot.per_record:
        return False
    levels = min(max(len(slot.key) - 1, 0), MAX_LEVELS)
    return all(_in_owner_control(found[0].element, levels) for found in slot.per_record.values() if found)


def _in_owner_control(element: HtmlElement, levels: int) -> bool:
    chain = [element, *list(element.iterancestors())[:levels]]
    if any(_OWNER_CLASS.match(token) for wrapper in chain for token in class_tokens(wrapper)):
        return True
    if not any(_is_hidden(wrapper) for wrapper in chain):
        return False
    return any(_leads_to_editor(wrapper.get("href") or "") for wrapper in chain)


def _leads_to_editor(href: str) -> bool:
    return bool(_EDITOR_ADDRESS.search(href.split("#", 1)[0]))


def _is_hidden(element: HtmlElement) -> bool:
    style = (element.get("style") or "").replace(" ", "").lower()
    hidden_by_aria = (element.get("aria-hidden") or "").strip().lower() == "true"
    return element.get("hidden") is not None or "display:none" in style or hidden_by_aria
