"""Whether an address is this page's own with a page number glued on: the next page of the same list.

Sites number their pages in the path in more ways than ``/page/2/``: a short word or a letter glued to the
number (``/news/page2.html``, ``/lamps/p2``, ``/jobs/l/2``, ``/kategoria/strona-2``), a separator after the
list's own name (``/news_p2.html``, ``/catalogue,2``, ``/celulares/_Desde_49``) or a bare number file
(``/gallery/2.html``). What they share: the address is this page's (its folder, or its file's name without
the extension and a separator) followed by one small number and at most one page word ("page", "p", "l",
"strona"…), in at most two path segments. A record's address under the list's path carries a slug, a
model's name (``iphone-15``) or a long id instead, and a year (``/blog/2024/``) is an archive's.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from agents.heuristics.pageurls import PAGE_WORDS_PATTERN

#: A folder's own page, which stands for the folder: ``/news/index.html`` is ``/news/``.
_INDEX_FILE = re.compile(r"(?<=/)(?:index|default)\.(?:html?|php|aspx?|jsp)$", re.IGNORECASE)
#: The words a numbered page's address puts before its number: ``page2``, ``p2``, ``pn2``, ``o2``,
#: ``/jobs/l/2``, ``/pagenum/2``, ``_Desde_49``, ``strona-2``, a CMS's ``index_2.html`` and ``list_2.html``;
#: any other word is an item's name (``iphone-15``, ``soup-2``, ``v2``).
_PAGE_WORD = rf"(?:p|pg|pag|page|pages|pn|pagenum|pageno|o|l|list|index|desde|{PAGE_WORDS_PATTERN})"
#: What follows the list's own address on a numbered page: a separator, at most one page word with a
#: separator or a slash of its own, then a number of a few digits and the file's extension.
_PAGE_TAIL = re.compile(
    rf"^[-_,]?(?:{_PAGE_WORD}[-_/]?)?(?!(?:19|20)\d\d\b)\d{{1,4}}(?:\.[a-z]{{2,5}})?/?$", re.IGNORECASE
)
#: After a file's own name a numbered page has a separator: ``/news.html`` → ``/news_p2.html``, not
#: ``/newsletter2.html``.
_FILE_SEPARATOR = ("-", "_", ",")
#: A file named for a list as such (``/list.html``, ``forumdisplay.php``) takes its number with no
#: separator (``/list2.html``): the name is no item's nor section's.
_LIST_FILE = re.compile(r"(?:^|/)(?:index|default|list|forumdisplay)$", re.IGNORECASE)
_EXTENSION = re.compile(r"\.[a-z]{2,5}$", re.IGNORECASE)
_MAX_URL = 2000


def numbered_sibling(url: str, href: str) -> bool:
    """Whether ``href`` (linked on the page at ``url``) is this page's address with a page number glued
    on, on the same host: ``/news/`` → ``/news/page2.html``, ``/news.html`` → ``/news_p2.html``."""
    if not url or len(href) > _MAX_URL or len(url) > _MAX_URL:
        return False
    try:
        here, there = urlsplit(url), urlsplit(urljoin(url, href))
    except ValueError:  # "http://[bad/": no address a page could be at
        return False
    if here.netloc.lower() != there.netloc.lower() or here.path == there.path:
        return False
    path = _INDEX_FILE.sub("", here.path)
    extension = _EXTENSION.search(path)
    # A file: its name without the extension, the same extension after the number; else the folder.
    base = path[: extension.start()] if extension is not None else path if path.endswith("/") else path + "/"
    if not there.path.startswith(base):
        return False
    tail = there.path[len(base) :]
    if extension is not None and not (
        tail.lower().endswith(extension.group(0).lower())
        and (tail.startswith(_FILE_SEPARATOR) or _LIST_FILE.search(base))
    ):
        return False
    return bool(_PAGE_TAIL.match(tail)) and tail.rstrip("/").count("/") < 2
