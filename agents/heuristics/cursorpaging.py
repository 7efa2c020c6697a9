"""Where a JSON answer names its next page, and the query parameter that token goes back as.

Feed and search APIs page by token: Google's ``nextPageToken`` (sent as ``pageToken``), Slack's and
Bluesky's ``cursor`` / ``next_cursor`` (sent as ``cursor``), GraphQL's ``pageInfo.endCursor`` (sent as
``after``), or a ready URL (``links.next``, ``next_page_url``, HAL's ``_links.next.href``). The token
sits beside the records or in a small object next to them (``meta``, ``pagination``, ``pageInfo``).
The parameter is the one the page's scripts name (``&pageToken=``, ``{cursor: c}``), else the usual
pairing. Each candidate is only a guess: the Scout fetches the page it leads to before taking it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

#: Token keys and the parameter each is usually sent back as.
TOKEN_PARAMS: dict[str, str] = {
    "nextPageToken": "pageToken",
    "next_page_token": "page_token",
    "nextToken": "nextToken",
    "next_token": "next_token",
    "nextCursor": "cursor",
    "next_cursor": "cursor",
    "cursor": "cursor",
    "endCursor": "after",
    "after": "after",
    "continuationToken": "continuationToken",
    "continuation": "continuation",
}
#: Keys holding the next page's URL itself.
LINK_KEYS = ("next", "next_page_url", "nextPageUrl", "next_url", "nextUrl", "next_href", "nextLink")
#: Parameters a script may send a token as (besides those above).
_PARAM_WORDS = re.compile(r"^(?:cursor|after|(?:page|next|continuation)_?[Tt]oken|starting_after|continuation)$")
#: ``&pageToken=`` in a URL, or ``cursor:`` / ``"cursor":`` as a key of the query's object.
_SCRIPT_PARAM = re.compile(r"""[?&]([A-Za-z_]\w{0,30})=|[{,\s]["']?([A-Za-z_]\w{0,30})["']?\s*:""")
MAX_SCRIPT_CHARS = 3_000_000
#: Objects searched for a token: the answer, the records' parent and the small objects beside them.
MAX_HOLDERS = 12


def cursor_candidates(document: Any, records_path: str, scripts: Sequence[str] = ()) -> list[tuple[str, str | None]]:
    """(path of the token, parameter to send it as; None when the token is the next URL), likeliest first."""
    named = script_params(scripts)
    found: list[tuple[str, str | None]] = []
    for path, key, value in _token_leaves(document, records_path):
        if key in TOKEN_PARAMS and isinstance(value, (str, int)) and not isinstance(value, bool):
            usual = TOKEN_PARAMS[key]
            params = [usual] if usual in named else [*named, usual]
            found += [(path, p) for p in params]
        elif key in LINK_KEYS and isinstance(value, str) and value.strip().startswith(("http", "/", "?")):
            found.append((path, None))
    return list(dict.fromkeys(found))


def script_params(scripts: Sequence[str]) -> list[str]:
    """Token parameters the scripts name, in the order they first do."""
    names: list[str] = []
    for script in scripts:
        for match in _SCRIPT_PARAM.finditer(script[:MAX_SCRIPT_CHARS]):
            name = match.group(1) or match.group(2)
            if _PARAM_WORDS.match(name) and name not in names:
                names.append(name)
    return names


def _token_leaves(document: Any, records_path: str) -> Iterator[tuple[str, str, Any]]:
    """(path, key, value) of each key of the objects that may hold the token."""
    for prefix, holder in _holders(document, records_path)[:MAX_HOLDERS]:
        for key, value in holder.items():
            if not isinstance(key, str) or not re.fullmatch(r"[A-Za-z_]\w*", key):
                continue
            path = f"{prefix}.{key}" if prefix else key
            if key in LINK_KEYS and isinstance(value, dict) and isinstance(value.get("href"), str):
                yield f"{path}.href", key, value["href"]  # HAL: "_links": {"next": {"href": …}}
            else:
                yield path, key, value


def _holders(document: Any, records_path: str) -> list[tuple[str, dict[str, Any]]]:
    """The answer, the object holding the records, and the objects directly inside either."""
    parent_path = records_path.rpartition(".")[0] if "." in records_path else ""
    tops: list[tuple[str, Any]] = [("", document)]
    if parent_path and re.fullmatch(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*", parent_path):
        parent: Any = document
        for key in parent_path.split("."):
            parent = parent.get(key) if isinstance(parent, dict) else None
        tops.append((parent_path, parent))
    holders: list[tuple[str, dict[str, Any]]] = []
    for prefix, top in tops:
        if not isinstance(top, dict):
            continue
        holders.append((prefix, top))
        for key, value in top.items():
            if isinstance(value, dict) and isinstance(key, str) and re.fullmatch(r"[A-Za-z_]\w*", key):
                holders.append((f"{prefix}.{key}" if prefix else key, value))
    return holders
