"""Pages of a JSON API that hands out the next page's token (kind=cursor).

Feeds and search APIs seldom number their pages: each answer names the next one, as a token sent
back as a query parameter (``nextPageToken`` → ``?pageToken=``, ``cursor`` → ``?cursor=``, a GraphQL
``pageInfo.endCursor`` → ``?after=``) or as the next page's URL itself (``links.next``). The crawl
stops where the token is missing, empty or the one it was just asked with, or where the object
holding it says there is no more.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit

import jmespath
from jmespath.exceptions import JMESPathError

from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.urls import on_same_site
from pipeline.core.valuepages import with_query_param

#: Keys beside a token that say whether there is a next page (false: the token is the last one's).
MORE_FLAGS = ("hasNextPage", "has_next_page", "hasMore", "has_more", "has_next", "hasNext", "more")
#: A token longer than this is no token (a hostile answer must not grow each URL).
MAX_TOKEN_CHARS = 2000


def cursor_page_url(body: str | bytes, url: str, pagination: PaginationSpec) -> str | None:
    """The URL of the page after the one at ``url`` whose answer is ``body``, or None at the end."""
    if pagination.kind != "cursor" or not pagination.cursor_path:
        return None
    try:
        document = json.loads(body.decode("utf-8", "replace") if isinstance(body, bytes) else body)
    except (ValueError, RecursionError):
        return None
    token = next_token(document, pagination.cursor_path)
    if token is None:
        return None
    if pagination.param is None:
        return _linked_page(url, token)
    asked = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True)).get(pagination.param)
    if asked == token:
        return None  # the answer names the page it is: the last one
    return with_query_param(url, pagination.param, token)


def next_token(document: Any, path: str) -> str | None:
    """The token at ``path`` in ``document`` (None when missing, empty, too long or marked the last)."""
    try:
        token = jmespath.search(path, document)
    except JMESPathError:
        return None
    if isinstance(token, bool) or not isinstance(token, (str, int)):
        return None
    text = str(token).strip()
    if not text or len(text) > MAX_TOKEN_CHARS or _says_no_more(document, path):
        return None
    return text


def _says_no_more(document: Any, path: str) -> bool:
    """The object holding the token says there is no next page (``"hasNextPage": false``)."""
    parent_path, _, _ = path.rpartition(".")
    try:
        parent = jmespath.search(parent_path, document) if parent_path else document
    except JMESPathError:
        return False
    return isinstance(parent, dict) and any(parent.get(flag) is False for flag in MORE_FLAGS)


def _linked_page(url: str, token: str) -> str | None:
    """The next page's URL the answer gives, when it is on the same site and not this page again."""
    try:
        following = urljoin(url, token)
    except ValueError:
        return None  # "http://[oops/": no address
    return following if on_same_site(following, url) and following != url else None
