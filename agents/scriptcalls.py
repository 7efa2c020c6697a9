"""The URLs a page's scripts ask for data: ``fetch(...)``, ``$.ajax({url: ...})``, ``axios.get(...)``,
``$.getJSON(url, {page: 1})`` (its data object joined as the query, ``agents.requestdata``).

Sites rarely name their data URLs ``/api/...``: ``"/films/?ajax=true&year=" + year`` is as common.
A URL given to a request call is taken whatever its path; a value the script appends from a
variable is filled as a visitor's first click would fill it: 1 for a page number, 0 for an offset,
else the first choice of the control group that names the parameter (``<a class="year-link"
id="2015">``). The script is read as text, never run.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice
from urllib.parse import urljoin

from parsel import Selector

from agents.firstview import first_value, may_count
from agents.requestdata import data_call_urls
from agents.scriptrefs import REFERENCE, reference_literal

#: A string literal handed to a request call, and what the script appends to it.
REQUEST_CALL = re.compile(
    r"""(?:\bfetch|\$\.(?:ajax|get|getJSON)|\baxios(?:\.get)?|\.open\(\s*["']GET["']\s*,|\burl\s*:)"""
    r"""\s*(?:\(\s*)?(?P<q>["'`])(?P<url>(?:https?://|/|\?|\./)[^"'`\s<>]*)(?P=q)(?P<tail>\s*\+\s*[\w$.]+)?"""
)
#: A reference the script joins a query to: ``fetch(SR.moreUrl + '?page=' + page)``, or the same
#: as a template literal (``fetch(`${SR.moreUrl}?page=${page}`)``).
_REFERENCED_CALL = re.compile(
    r"""(?:\bfetch|\$\.(?:ajax|get|getJSON)|\baxios(?:\.get)?|\.open\(\s*["']GET["']\s*,|\burl\s*:)\s*(?:\(\s*)?"""
    rf"""(?:(?P<ref>{REFERENCE})\s*\+\s*(?P<q>["'])(?P<rest>[?&/][^"'`\s<>]{{0,300}})(?P=q)"""
    rf"""|`\$\{{\s*(?P<tref>{REFERENCE})\s*\}}(?P<trest>[?&/][^`\s<>]{{0,300}})`)(?P<tail>\s*\+\s*[\w$.]+)?"""
)
_URL_START = re.compile(r"^(?:https?://|/|\./|\?)")
#: Distinct references looked up per script: a page names its endpoints by a handful of settings.
MAX_REFERENCES = 8
_TEMPLATE_SLOT = re.compile(r"\$\{\s*([^}]{1,60})\s*\}")
_STATIC = re.compile(r"\.(?:js|mjs|css|png|jpe?g|gif|svg|webp|ico|woff2?|ttf|map|html?)(?:$|\?)", re.IGNORECASE)
_TOKEN = re.compile(r"^[\w.-]{1,40}$")
#: Controls a visitor clicks to choose what the script loads.
_CONTROLS = "a[href='#'], a[href^='javascript'], a:not([href]), button, option, li[data-value], [role='tab']"
MAX_SCRIPT_CHARS = 5_000_000
#: Request calls read per script: a page's own data calls are a handful; more is minified noise.
MAX_CALLS = 200


def called_urls(page: Selector, url: str) -> list[str]:
    """Absolute URLs the page's inline scripts request, with appended values filled in, in order."""
    found: dict[str, None] = {}
    scripts = [text[:MAX_SCRIPT_CHARS] for text in page.css("script:not([src])").xpath("string()").getall()]
    for text in scripts:
        for raw in data_call_urls(text, scripts):  # the query a data object adds, before the bare URL
            if not _STATIC.search(raw.split("?")[0]):
                found.setdefault(urljoin(url, raw))
        calls = [(m.group("url"), m) for m in islice(REQUEST_CALL.finditer(text), MAX_CALLS)]
        for raw, match in calls + referenced_requests(text, scripts):
            if _STATIC.search(raw.split("#")[0]) or raw in ("/", "?"):
                continue
            for filled in _filled(page, raw, match.group("tail") or ""):
                found.setdefault(urljoin(url, filled))
    return list(found)


def referenced_requests(script: str, scripts: list[str]) -> list[tuple[str, re.Match[str]]]:
    """``(url, call)`` of each request in ``script`` whose URL starts with a reference that the page's
    ``scripts`` give a URL literal (the call's ``tail``: what the script appends after the query)."""
    found: list[tuple[str, re.Match[str]]] = []
    literals: dict[str, str | None] = {}
    for match in islice(_REFERENCED_CALL.finditer(script), MAX_CALLS):
        reference, rest = match.group("ref") or match.group("tref"), match.group("rest") or match.group("trest")
        if reference not in literals:
            if len(literals) >= MAX_REFERENCES:
                continue
            literals[reference] = reference_literal(scripts, reference)
        literal = literals[reference]
        if literal is not None and _URL_START.match(literal):
            found.append((literal + rest, match))
    return found


def _filled(page: Selector, raw: str, appended: str) -> list[str]:
    """``raw`` with its template slots and appended value filled (one URL per choice tried);
    ``appended``: what the script appends (``+ page``), if anything."""
    text = _TEMPLATE_SLOT.sub(lambda m: _slot_value(page, m.group(1)), raw)
    if "${" in text:
        return []
    return appended_filled(page, text, appended=appended) if appended else [text]


def appended_filled(page: Selector, text: str, *, drop_unknown: bool = False, appended: str = "") -> list[str]:
    """``text``, to which a script appends a value, as a visitor's first view asks for it (one URL
    per value tried): ``first_value`` for a page number, an offset or a cursor, else the first choices
    of the control group naming the parameter, or, ``drop_unknown``, the address without the
    parameter; [] where the value is a path's (``/items/`` + id). ``appended``: the expression the
    script appends (``+ startDate``), whose name may say it holds no counter (``firstview.may_count``)."""
    tail = text[-80:]  # bounded: a hostile URL can be megabytes
    name = re.search(r"([\w.-]{1,60})=$", tail)
    if name is None:
        other = re.search(r"[?&][^?&=#]{1,60}=$", tail) if drop_unknown else None  # ``filter[type]=``
        if other is not None:
            return [text[: len(text) - len(tail) + other.start()]]
        return [text] if not text.endswith(("/", "=")) else []
    param = name.group(1)
    first = first_value(param) if may_count(appended.lstrip("+ \t\n")) else None
    if first is not None:
        return [text + first]
    if drop_unknown:
        head = text[: -len(param) - 1]
        return [head[:-1] if head.endswith(("?", "&")) else text]
    return [text + value for value in control_values(page, param)[:2]]


def _slot_value(page: Selector, expression: str) -> str:
    name = re.sub(r"\W+", "_", expression).strip("_").rsplit("_", 1)[-1]
    first = first_value(name)
    if first is not None:
        return first
    values = control_values(page, name)
    return values[0] if values else "${"


def control_values(page: Selector, param: str) -> list[str]:
    """The values of the likeliest group of choice controls for ``param``, in page order.

    A group is three or more controls of one tag and class; the one whose class or attributes
    (or its parent's: ``<select name="year">``) mention the parameter comes first (``a.year-link``
    for ``year``), then the largest.
    """
    groups = _control_groups(page, param)
    return groups[0][2] if groups else []


def named_control_values(page: Selector, param: str) -> list[str]:
    """Like ``control_values``, but only a group that names ``param`` (every value is then a choice
    of that parameter, not merely a group of links that happens to hold the value)."""
    groups = _control_groups(page, param)
    return groups[0][2] if groups and groups[0][1] else []


def _control_groups(page: Selector, param: str) -> list[tuple[tuple[str, str], bool, list[str]]]:
    """``(tag and class, names param, values)`` of each group of three or more controls, best first."""
    groups: dict[tuple[str, str], list[str]] = {}
    hints: Counter[tuple[str, str]] = Counter()
    for control in page.css(_CONTROLS):
        root = control.root
        tag = str(getattr(root, "tag", ""))
        key = (tag, " ".join(sorted(str(control.attrib.get("class", "")).split())))
        value = _control_value(control)
        if value is None:
            continue
        groups.setdefault(key, [])
        if value not in groups[key]:
            groups[key].append(value)
        parent = root.getparent()
        named = [str(parent.get(a, "")) for a in ("name", "id", "class")] if parent is not None else []
        described = " ".join([key[1], *control.attrib.keys(), *named]).lower()
        if param.lower() in described:
            hints[key] += 1
    usable = [(key, hints[key] > 0, values) for key, values in groups.items() if len(values) >= 3]
    usable.sort(key=lambda group: (group[1], len(group[2])), reverse=True)
    return usable


def _control_value(control: Selector) -> str | None:
    """What a control passes to its script: a data attribute, its value, its id, else its text."""
    attributes = control.attrib
    candidates = [v for k, v in attributes.items() if k.startswith("data-") and k != "data-toggle"]
    candidates += [attributes.get("value", ""), attributes.get("id", "")]
    candidates.append(" ".join((control.xpath("string()").get() or "").split()))
    for candidate in candidates:
        value = (candidate or "").strip()
        if value and _TOKEN.match(value):
            return value
    return None
