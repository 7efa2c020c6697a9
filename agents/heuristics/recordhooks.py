"""Test hooks that carry their record's own id: the template's part is the rest of the value.

Vinted writes ``data-testid="product-item-id-5012873341--description-title"`` on every part of a
card: the same hook on every card but for the item's id in the middle. As a whole the value
exists in one record only, so it names no place of the template; its record-free remainder
(``--description-title``) does, and a suffix match (``[data-testid$="--description-title"]``)
finds it again in every record. Where nothing follows the id (``product-item-id-5012873341`` on
the card itself) the part before it does, as a prefix match.
"""

from __future__ import annotations

import re

#: A run of digits long enough to be a record's number, not a level or a column (``h2``, ``col-3``),
#: as ``classtokens`` reads ids baked into classes.
_NUMBER = r"\d{3,}"
#: A token mixing letters and digits the way ids do: hex digests and UUID parts, or base-36 keys
#: with digits in two places or more (``mp3player`` is a word with a number, not a key).
_KEY = r"(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])(?:[0-9a-f]{8,}|[a-z0-9]*\d[a-z]+\d[a-z0-9]*)(?<=[a-z0-9]{8})"
#: An id as a whole token between separators (``-``, ``_``, ``:``, ``.``, ``/``).
_RECORD_ID = re.compile(rf"(?:^|(?<=[-_:./]))(?:{_NUMBER}|{_KEY})(?=$|[-_:./])", re.IGNORECASE)
#: The same where the records show the value is an id (``hookshare``): a number of any length.
_SHORT_RECORD_ID = re.compile(rf"(?:^|(?<=[-_:./]))(?:\d+|{_KEY})(?=$|[-_:./])", re.IGNORECASE)
#: Hook values longer than this are no template hooks (a hostile page's 40 kB value would make the
#: id pattern backtrack for a minute).
MAX_HOOK_CHARS = 200
#: A hand-written remainder: it holds a word, not only separators.
_WORD = re.compile(r"[A-Za-z]{2,}")


def record_free_hook(attribute: str, value: str, short_ids: bool = False) -> tuple[str, str] | None:
    """(attribute with its CSS match operator, remainder) for a hook value holding a record id:
    ``("data-testid$", "--description-title")`` reads ``[data-testid$="--description-title"]``.
    None when the value holds no id (it is a hook as it is) or nothing but the id. ``short_ids``
    reads any number as the id (``card-86``), for values known to differ from record to record."""
    if len(value) > MAX_HOOK_CHARS:
        return None
    found = list((_SHORT_RECORD_ID if short_ids else _RECORD_ID).finditer(value))
    if not found:
        return None
    suffix, prefix = value[found[-1].end() :], value[: found[0].start()]
    if _WORD.search(suffix):
        return f"{attribute}$", suffix
    if _WORD.search(prefix):
        return f"{attribute}^", prefix
    return None


def holds_record_id(value: str) -> bool:
    """Whether a hook value holds an id that differs from record to record."""
    return len(value) <= MAX_HOOK_CHARS and bool(_RECORD_ID.search(value))
