"""The filters a page's address carries that the JSON endpoint its records were read from lacks.

A catalogue page at ``/catalog/?category=lamps`` whose script asks ``"/api/products" + location.search``
(or adds the category from a form's state) shows lamps; the endpoint as the Scout read it,
``/api/products``, may list every product. Its next pages are then other records than the page's:
paging it would crawl the whole catalogue under the name of one category.

Only a parameter that chooses records counts as a filter. One that tracks the click (``utm_source``,
``fbclid``), moves or sizes the pages (``page``, ``offset``, ``per_page``), or reorders and re-presents
the same records (``sort``, ``view``, ``lang``) does not, nor does one left blank (``?q=``). The endpoint
carries a filter when its query names it with the same value, or holds that value under a name of
its own (``?cat=lamps``) or as a segment of its path (``/api/categories/lamps/products``).
"""

from __future__ import annotations

from urllib.parse import parse_qsl, unquote, urlsplit

from agents.heuristics.tabpages import SAME_RECORDS
from agents.heuristics.trackingquery import is_tracking_parameter
from agents.heuristics.urlpaging import is_paging_param

#: Query parameters read at most from either address.
MAX_PARAMS = 30
#: A value this short ("1", "a") is found anywhere by chance: under another name it counts only whole
#: and this long.
MIN_CARRIED_VALUE = 3


def chooses_records(name: str, value: str) -> bool:
    """Whether ``name=value`` in a list page's address picks which records it lists."""
    if not value.strip() or is_tracking_parameter(name):
        return False
    return not (is_paging_param(name) or is_paging_param(name.lower()) or SAME_RECORDS.match(name))


def uncarried_filters(page_url: str, endpoint_url: str, moved: str = "") -> list[str]:
    """``name=value`` of each filter in ``page_url``'s query that ``endpoint_url`` does not carry, in
    page order (``moved``: the parameter the page's pager moves, never a filter)."""
    try:
        page, endpoint = urlsplit(page_url), urlsplit(endpoint_url)
    except ValueError:
        return []
    asked = parse_qsl(endpoint.query, keep_blank_values=True)[:MAX_PARAMS]
    named = {(name, value.strip().lower()) for name, value in asked}
    elsewhere = {value.strip().lower() for name, value in asked if not is_paging_param(name)}
    elsewhere |= {unquote(segment).lower() for segment in endpoint.path.split("/") if segment}
    missing = []
    for name, value in parse_qsl(page.query, keep_blank_values=True)[:MAX_PARAMS]:
        if name == moved or not chooses_records(name, value):
            continue
        wanted = value.strip().lower()
        if (name, wanted) in named or (len(wanted) >= MIN_CARRIED_VALUE and wanted in elsewhere):
            continue
        missing.append(f"{name}={value}")
    return list(dict.fromkeys(missing))
