"""The next pages an inline script fetches and inserts into the list: infinite scroll and "load
more" over HTML fragments.

``let offset = 10; ... fetch(`/ajax/products?offset=${offset}`) ... grid.insertAdjacentHTML('beforeend',
html); offset += 10;``: the script asks a URL with a page number or an offset taken from a variable,
and puts the answer into the page as markup. The variable's first value and its step are read
from the same script (a step it does not state is left to the caller: a page number goes up by
one, an offset by the records an answer holds). The URL may also be joined from a path and a query
object (``fetch(path + "?" + params)``): the path a literal or the text of a page element named by
id, the query the page's own (``new URLSearchParams(location.search)``) with the parameter ``set`` to
a variable or to the count of records shown. The URL may start with a reference another inline
script gives a literal (``fetch(SR.careers.moreUrl + '?page=' + page)``, ``agents.scriptrefs``), and
the counter with a data attribute of the page (``page = button.getAttribute('data-page')``). The
script is read as text, never run.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from itertools import islice
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from parsel import Selector

from agents.firstview import PAGE_NAMES
from agents.heuristics.urlpaging import OFFSET_NAMES
from agents.scriptcalls import MAX_CALLS, MAX_SCRIPT_CHARS, REQUEST_CALL, referenced_requests
from agents.scriptrefs import attribute_number
from pipeline.core.urls import on_same_site

#: The script puts an answer into the page as markup (not JSON it builds elements from).
_INSERTS_MARKUP = re.compile(
    r"insertAdjacentHTML\s*\(|\.innerHTML\s*\+?=|\.outerHTML\s*=|\.(?:append|prepend|after|before|html)\s*\(\s*[\w$]+\s*\)"
)
#: ``offset=${offset}`` or ``page=${state.page}`` in a template literal.
_PAGING_SLOT = re.compile(r"([\w.-]{1,40})=\$\{\s*([\w$.]{1,60})\s*\}")
_ANY_SLOT = re.compile(r"\$\{[^}]{0,60}\}")
_VARIABLE = r"[A-Za-z_$][\w$]{0,59}"
#: ``fetch(path + "?" + params.toString())``: a URL joined from a variable and a query object.
_BUILT_CALL = re.compile(
    rf"""(?:\bfetch|\$\.(?:ajax|get)|\baxios(?:\.get)?)\s*\(\s*(?P<path>{_VARIABLE})\s*\+\s*["']\?["']\s*\+\s*"""
    rf"""(?P<params>{_VARIABLE})\b"""
)
_ELEMENT_BY_ID = re.compile(r"""getElementById\(\s*["']([\w:.-]{1,100})["']\s*\)""")
_PATH = re.compile(r"^(?:https?://|/)[^\s<>\"'`]{0,300}$")


@dataclass(frozen=True)
class PagedCall:
    """A URL a script asks page after page: ``url`` (absolute, the parameter set to ``start``),
    the parameter, whether it counts pages (else records), and the step the script adds (None
    when it does not say)."""

    url: str
    param: str
    counts_pages: bool
    start: int | None
    step: int | None


def paged_calls(page: Selector, url: str) -> list[PagedCall]:
    """Same-site URLs the page's inline scripts fetch by page number or offset and insert as markup."""
    found: dict[str, PagedCall] = {}
    scripts = [text[:MAX_SCRIPT_CHARS] for text in page.css("script:not([src])").xpath("string()").getall()]
    for script in scripts:
        if not _INSERTS_MARKUP.search(script):
            continue
        calls = [(m.group("url"), m) for m in islice(REQUEST_CALL.finditer(script), MAX_CALLS)]
        for raw, match in calls + referenced_requests(script, scripts):
            if "getJSON" in match.group(0):
                continue
            call = _paged_call(page, script, raw, match.group("tail"), url)
            if call is not None and on_same_site(call.url, url):
                found.setdefault(call.url, call)
        for built in islice(_BUILT_CALL.finditer(script), MAX_CALLS):
            call = _built_call(page, script, built.group("path"), built.group("params"), url)
            if call is not None and on_same_site(call.url, url):
                found.setdefault(call.url, call)
    return list(found.values())


def _paged_call(page: Selector, script: str, raw: str, tail: str | None, url: str) -> PagedCall | None:
    """The call of ``raw`` (plus what the script appends to it) when a page or offset parameter
    takes a variable's value; None otherwise."""
    slots = [m for m in _PAGING_SLOT.finditer(raw) if _is_paging(m.group(1))]
    if len(slots) == 1:
        param, expression = slots[0].group(1), slots[0].group(2)
        # The slot where it matched: "page=${" also ends "per_page=${".
        template = raw[: slots[0].start()] + f"{param}=\0" + raw[slots[0].end() :]
    elif not slots and tail and _is_paging(raw.rsplit("?", 1)[-1].rsplit("&", 1)[-1].removesuffix("=")):
        if not raw.endswith("="):
            return None
        param = raw.rsplit("?", 1)[-1].rsplit("&", 1)[-1].removesuffix("=")
        expression, template = tail.split("+", 1)[1].strip(), raw + "\0"
    else:
        return None
    filled = _ANY_SLOT.sub(lambda m: _literal_of(script, m.group(0)[2:-1].strip()) or "\1", template)
    if "\1" in filled:
        return None  # another value the script fills in, not known before it runs
    variable = expression.rsplit(".", 1)[-1]
    if not re.fullmatch(_VARIABLE, variable):
        return None
    start, step = _number_of(script, variable), _step_of(script, variable)
    if start is None:
        start = attribute_number(page, script, variable)  # ``page = button.getAttribute('data-page')``
    counts_pages = bool(PAGE_NAMES.match(param))
    value = str(start) if start is not None else "0"  # the caller sets the value it asks
    return PagedCall(urljoin(url, filled.replace("\0", value)), param, counts_pages, start, step)


def _is_paging(param: str) -> bool:
    return bool(PAGE_NAMES.match(param) or OFFSET_NAMES.match(param))


def _number_of(script: str, variable: str) -> int | None:
    """The number ``variable`` is first given (``let offset = 10``, ``page: 2``), if any."""
    # Not a query's ``?offset=0``: a value given in code.
    found = re.search(rf"(?<![\w$?&]){re.escape(variable)}\s*(?:=(?!=)|:)\s*(\d{{1,7}})\b", script)
    return int(found.group(1)) if found else None


def _literal_of(script: str, expression: str) -> str | None:
    """The literal a variable is first given (a number or a short plain string), if any."""
    variable = expression.rsplit(".", 1)[-1]
    if not re.fullmatch(_VARIABLE, variable):
        return None
    name = re.escape(variable)
    found = re.search(rf"(?<![\w$]){name}\s*(?:=(?!=)|:)\s*(?:(\d{{1,7}})\b|([\"'])([\w.-]{{0,60}})\2)", script)
    if found is None:
        return None
    return found.group(1) if found.group(1) is not None else found.group(3)


def _step_of(script: str, variable: str) -> int | None:
    """What the script adds to ``variable`` after each answer: ``+= 10``, ``++``, ``= v + 10``."""
    name = re.escape(variable)
    if re.search(rf"(?<![\w$]){name}\s*\+\+|\+\+\s*(?:[\w$]+\.)?{name}(?![\w$])", script):
        return 1
    added = re.search(
        rf"(?<![\w$]){name}\s*(?:\+=|=\s*(?:[\w$]+\.)?{name}\s*\+)\s*(?:(\d{{1,7}})\b|({_VARIABLE})(?![\w$.(]))", script
    )
    if added is None:
        return None
    if added.group(1) is not None:
        return int(added.group(1)) or None
    literal = _literal_of(script, added.group(2))
    return int(literal) if literal is not None and literal.isdigit() and int(literal) > 0 else None


def _built_call(page: Selector, script: str, path_name: str, params_name: str, url: str) -> PagedCall | None:
    """``path + "?" + params``: a path the script reads from a literal or the page, and a query (the
    page's own, or a new one) whose page or offset parameter it sets."""
    path = _path_value(page, script, path_name)
    name = re.escape(params_name)
    made = re.search(rf"(?<![\w$.]){name}\s*=\s*new\s+URLSearchParams\(\s*([^)]{{0,40}})\)", script)
    if path is None or made is None:
        return None
    source = made.group(1).strip()
    if re.fullmatch(r"(?:window\.|document\.)?location\.search", source):
        pairs = parse_qsl(urlsplit(url).query, keep_blank_values=True)
    elif not source:
        pairs = []
    else:
        return None
    paging: tuple[str, str] | None = None
    setters = re.finditer(rf"(?<![\w$.]){name}\.set\(\s*[\"']([\w.-]{{1,40}})[\"']\s*,\s*([^;\n]{{1,200}})", script)
    for match in islice(setters, 20):
        param, value = match.group(1), match.group(2).strip().removesuffix(")").strip()
        if _is_paging(param) and paging is None:
            paging = (param, value)
            continue
        literal = re.fullmatch(r"([\"'])([\w.-]{0,60})\1|(\d{1,7})", value)
        if literal is None:
            return None  # a value known only when the script runs
        pairs = [(k, v) for k, v in pairs if k != param] + [(param, literal.group(2) or literal.group(3) or "")]
    if paging is None:
        return None
    param, expression = paging
    values = _expression_values(script, expression)
    if values is None:
        return None
    start, step = values
    query = urlencode([(k, v) for k, v in pairs if k != param] + [(param, str(start or 0))])
    return PagedCall(urljoin(url, f"{path}?{query}"), param, bool(PAGE_NAMES.match(param)), start, step)


def _path_value(page: Selector, script: str, name: str) -> str | None:
    """The path a variable holds: a string literal, or the text of the page element it reads by id
    (a hidden ``<code id=...>`` holding the path, as a JSON string or inside a comment)."""
    found = re.search(rf"(?<![\w$.]){re.escape(name)}\s*=(?!=)\s*([^;\n]{{1,300}})", script)
    if found is None:
        return None
    value = found.group(1).strip()
    literal = re.fullmatch(r"([\"'`])([^\"'`]{1,300})\1", value)
    if literal is not None:
        return literal.group(2) if _PATH.match(literal.group(2)) else None
    element = _ELEMENT_BY_ID.search(value)
    if element is None or not re.search(r"\.(?:textContent|innerText|innerHTML)\b", value):
        return None
    nodes = page.xpath("//*[@id=$id]", id=element.group(1))
    if not nodes:
        return None
    raw = "".join(nodes[0].xpath("./text() | ./comment()").getall()[:5])[:2_000]
    text = re.sub(r"^\s*<!--|-->\s*$", "", raw.strip()).strip()
    if text.startswith('"'):
        try:
            text = json.loads(text)
        except ValueError:
            return None
    return text if isinstance(text, str) and _PATH.match(text) else None


def _expression_values(script: str, expression: str) -> tuple[int | None, int | None] | None:
    """First value and step of what a parameter is set to: a number, a variable, or the count of
    the elements shown (``list.children.length``: the records loaded so far, left to the caller);
    None for anything else."""
    inner = re.sub(r"^String\((.*)\)$", r"\1", expression).strip()
    if re.fullmatch(r"\d{1,7}", inner):
        return int(inner), None
    if re.fullmatch(r"[\w$.:()>\"' -]{1,160}\.length", inner):
        return None, None
    if re.fullmatch(rf"(?:{_VARIABLE}\.)?{_VARIABLE}", inner):
        variable = inner.rsplit(".", 1)[-1]
        return _number_of(script, variable), _step_of(script, variable)
    return None
