"""Pictures beside a record that are not its picture: the poster's avatar, a brand's logo, an icon.

A forum row shows who posted beside the name, a job card its company's logo, a post its reaction
icons. The name, the company, the reaction count are data; the address of the picture file is not
something a person would note down about the record, unlike a product's photo or an article's
cover. Their ``alt`` may name something (a company, a country) and is judged apart.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from agents.heuristics.contextnames import image_name, picture_words
from agents.heuristics.dom import HtmlElement
from agents.heuristics.slots import Slot

#: What the picture or its wrapper calls itself (``contextnames.image_name``) when it is not the
#: record's own picture. Flags and badges stay: their file may be the only place saying which.
_SIDE_KINDS = frozenset({"avatar", "logo", "icon"})
#: Class words of a picture (or of the wrappers holding only it) showing who wrote the record:
#: ``img.blog-index__post-author-image``, ``img.author-profile-image``: the writer's face.
_AUTHOR_WORD = "author"
#: Folders of user pictures: ``/avatars/``, ``/user_avatar/``, ``/profile_images/``.
_AVATAR_PATH = re.compile(r"/(?:[a-z]+_)?(?:avatars?|profile_images?|userpics?)(?:/|$)", re.IGNORECASE)
#: Hosts serving nothing but avatars.
_AVATAR_HOSTS = ("gravatar.com",)
#: Share of a slot's pictures that must be side pictures for the slot to be one.
SIDE_SHARE = 0.5
#: Pictures looked at per slot: enough to judge, bounded on a long page.
MAX_LOOKED = 30
#: Longest picture address looked at; a longer one (a data: URI) is no user folder.
MAX_SOURCE_CHARS = 2048


def is_side_picture_file(slot: Slot) -> bool:
    """Whether ``slot`` holds the files of pictures that are not the record's own: avatars, logos,
    icons, by their markup or by a folder of user pictures in their address."""
    if slot.kind != "src":
        return False
    occurrences = [o for found in slot.per_record.values() for o in found][:MAX_LOOKED]
    if not occurrences:
        return False
    side = sum(_is_side(o.element, o.value) for o in occurrences)
    return side >= SIDE_SHARE * len(occurrences)


def _is_side(element: HtmlElement, source: str) -> bool:
    return image_name(element) in _SIDE_KINDS or _is_authors_picture(element) or is_avatar_address(source)


def _is_authors_picture(element: HtmlElement) -> bool:
    """A picture its class (or a textless wrapper's) calls the author's: the writer's face beside
    the byline, whatever folder it is served from."""
    return _AUTHOR_WORD in picture_words(element)


def is_avatar_address(source: str) -> bool:
    """``https://cdn.example/users/38/avatars/mini/a1.png``, ``https://www.gravatar.com/avatar/…``."""
    if len(source) > MAX_SOURCE_CHARS:
        return False
    try:
        parts = urlsplit(source.strip())
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    if any(host == h or host.endswith("." + h) for h in _AVATAR_HOSTS):
        return True
    return bool(_AVATAR_PATH.search(parts.path))


def are_avatar_addresses(found: list[Any]) -> bool:
    """Whether most of the strings among ``found`` (a JSON key's values) are addresses of avatars."""
    sources = [v for v in found[:MAX_LOOKED] if isinstance(v, str) and v.strip()]
    return bool(sources) and sum(map(is_avatar_address, sources)) >= SIDE_SHARE * len(sources)
