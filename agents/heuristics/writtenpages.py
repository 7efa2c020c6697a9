"""The address of a list's next page as the page's own script writes it.

A pager whose numbers name no URL (``<li class="ant-pagination-item"><a>2</a></li>``) is turned
into an address by an inline script: ``var base = "/catalog/?_keyori=ss&from=input&q=earbuds";``
and ``location.href = base.replace("&q=", "&page=" + n + "&q=")``. The script names the list's
address in the form the site writes it, which need not be the form the page was reached by
(``?q=earbuds&_keyori=ss&from=input``): a server, a cache or a CDN keyed on the exact query answers
only the site's own form. That form is read here when one script both

- holds a literal of this page's address: its path (or none, a bare query) and exactly its query
  parameters, in another order or with the page parameter in a place of its own, and
- joins a page-number parameter to a value (``"&page=" + n``, ``page=${n}``), the number itself: a
  parameter the script computes (``"&pn=" + (n-1)*10``) is not taken.

The parameter goes where the script writes it: in its place when the literal names it already,
before the parameter the script's literal names right after the value (``+ "&q="``), else last
(``base + "&page=" + n``). The scripts are read as text, never run.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice
from urllib.parse import SplitResult, parse_qsl, unquote_plus, urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector

from agents.heuristics.pageurls import PAGE_PARAM_NAMES
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.valuepages import with_query_param

#: Characters of one script read: a page's own pager script is small; a bundle is read elsewhere.
_MAX_SCRIPT_CHARS = 200_000
#: Scripts read per page, and string literals per script.
_MAX_SCRIPTS = 60
_MAX_LITERALS = 2_000
_STRING = re.compile(r"""(["'`])((?:(?!\1)[^\\\n]){1,2000})\1""")
#: ``"&page=" + n + "&q="`` or ``page=${n}&q=``: a page parameter joined to a value, and what the
#: script writes right after the value (a literal starting with the next parameter), if anything.
_JOINED = re.compile(
    r"""[?&"'`]([A-Za-z_]\w{0,30})=(?:["']\s*\+(?:[^"'`;\n]{1,80}?\+\s*["']&([\w.%-]{1,60})=)?"""
    r"""|\$\{[^}]{1,60}\}(?:&([\w.%-]{1,60})=)?)"""
)
#: A page parameter joined to arithmetic rather than to the number itself: ``"&pn=" + (n-1)*10``,
#: ``pn=${n*20}``. The value asked is not the page's number; the script's form is not taken then (a
#: refused form is better than page 2 asked as ``pn=2`` where the site writes 10). The number itself
#: is a name read as it is (``n``, ``n.toString()``, ``obj["page"]``), the next one (``n + 1``), in
#: parentheses or passed through a call (``String(n)``, ``encodeURIComponent(n)``).
_NAME = r"""[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\s*(?:"[^"\n]{0,40}"|'[^'\n]{0,40}'|\w{1,40})\s*\]|\(\s*\))*"""
_NUMBER = rf"{_NAME}(?:\s*[-+]\s*\d{{1,2}})?"
_WRAPPED = rf"(?:[A-Za-z_$][\w$.]*)?\(\s*{_NUMBER}\s*\)"
_BARE_VALUE = rf"\s*(?:{_WRAPPED}|{_NAME})\s*"
_RECKONED = re.compile(
    rf"""[?&"'`]([A-Za-z_]\w{{0,30}})=(?:["']\s*\+(?!{_BARE_VALUE}(?:[+;,)}}\]\n]|$))"""
    rf"""|\$\{{(?!\s*(?:{_WRAPPED}|{_NUMBER})\s*\}}))"""
)
#: A bare query (``a=1&b=2``): a script may keep the list's query without its path.
_BARE_QUERY = re.compile(r"^[\w.%-]+=[^&\s]*(?:&[\w.%-]+=[^&\s]*)+$")


def written_pagination(page: Selector, url: str, pagination: PaginationSpec) -> PaginationSpec | None:
    """``pagination`` (a page number) asked from this page's address as its script writes it (the
    spec's ``endpoint``), with the parameter the script joins; None when no script writes another form."""
    if pagination.kind != "page_param" or pagination.endpoint is not None:
        return None
    named = pagination.param if any(n == pagination.param for n, _ in parse_qsl(urlsplit(url).query)) else None
    written = written_page_base(page, url, named)
    if written is None:
        return None
    param, base = written
    return pagination.model_copy(update={"param": param, "endpoint": base})


def written_page_base(page: Selector, url: str, param: str | None = None) -> tuple[str, str] | None:
    """``(param, address)``: the page-number parameter a script of ``page`` joins to a value and this
    page's address as that script writes it, the parameter set to the page's own number (1 when the
    address names none), when the script writes it in another form than ``url``; None otherwise.
    ``param``: the parameter the page's address already names, the only one then taken."""
    own = urlsplit(url)
    for text in islice(page.css("script:not([src])").xpath("string()").getall(), _MAX_SCRIPTS):
        script = text[:_MAX_SCRIPT_CHARS]
        joined = _joined_params(script, param)
        if not joined:
            continue
        for literal in islice((m.group(2) for m in _STRING.finditer(script)), _MAX_LITERALS):
            query = _same_list_query(literal, url)
            if query is None:
                continue
            for name, following in joined:
                number = _current(own.query, name)
                written = _with_page(own, query, name, following, number)
                onward = str(number + 1)  # page 2 as the probe would ask it from the page's own address
                if with_query_param(written, name, onward) != with_query_param(url, name, onward):
                    return name, written
    return None


def _joined_params(script: str, param: str | None) -> list[tuple[str, str | None]]:
    """``(name, following)`` of each page parameter ``script`` joins to a value, in order: the
    parameter's name and the one the script writes right after its value (None when it does not say)."""
    found: dict[str, str | None] = {}
    for match in islice(_JOINED.finditer(script), 200):
        name = match.group(1)
        if name.lower() not in PAGE_PARAM_NAMES or (param is not None and name != param):
            continue
        if _RECKONED.match(script, match.start()):  # this join computes its value (another may not)
            continue
        following = match.group(2) or match.group(3)
        if found.get(name) is None:
            found[name] = unquote_plus(following) if following else None
    return list(found.items())


def _same_list_query(literal: str, url: str) -> str | None:
    """The query of ``literal`` when it is this page's address (the same path, or a bare query) with
    exactly its parameters, a page parameter aside, in any order; None otherwise."""
    literal = literal.strip()
    if "=" not in literal or "${" in literal or len(literal) > 2_000:
        return None
    own = urlsplit(url)
    if _BARE_QUERY.match(literal):
        query = literal
    else:
        if not literal.startswith(("/", "?", "http://", "https://")):
            return None
        try:
            parts = urlsplit(urljoin(url, literal))
        except ValueError:
            return None
        if (parts.netloc.lower(), parts.path) != (own.netloc.lower(), own.path):
            return None
        query = parts.query
    return query if _pairs(query) == _pairs(own.query) else None  # else another list (other parameters)


def _pairs(query: str) -> Counter[tuple[str, str]]:
    """The query's parameters and values, the page parameters aside."""
    return Counter((n, v) for n, v in parse_qsl(query, keep_blank_values=True) if n.lower() not in PAGE_PARAM_NAMES)


def _current(query: str, name: str) -> int:
    """The page number ``query`` names for ``name``; 1 when none."""
    value = dict(parse_qsl(query)).get(name, "")
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 6 else 1


def _with_page(own: SplitResult, query: str, name: str, following: str | None, number: int) -> str:
    """``own`` (the page's split address) with ``query``, ``name=number`` written in it where the site
    writes it: in its place, else before ``following``, else last."""
    segments = [s for s in query.split("&") if s]
    names = [unquote_plus(s.split("=", 1)[0]) for s in segments]
    setting = urlencode([(name, str(number))])
    if name in names:
        at = names.index(name)
        segments = [s for s, n in zip(segments, names, strict=True) if n != name]
    elif following is not None and following in names:
        at = names.index(following)
    else:
        at = len(segments)
    segments.insert(at, setting)
    return urlunsplit(own._replace(query="&".join(segments)))
