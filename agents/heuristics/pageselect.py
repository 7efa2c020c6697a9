"""Find a "Page [1 ▾] of 3" jump form: a GET form on this page's own address whose drop-down,
named a page parameter (``page``, ``p``), lists the page numbers with the current one selected;
or a pager drawn as radio buttons of that name, the current page checked (``<input type="radio"
name="p" value="2">`` under each label, which the shop's script sends as ``?p=2``); or a jump
menu, a drop-down whose options are the pages' own addresses, this one selected (a script goes to
the one chosen): the option after the selected one is the next page, on every page.

Submitting it with the next number asks ``?page=2``: the pages are counted by that parameter, up to
the highest number the drop-down lists. Any other field the form sends must already be in this
page's query, or the pages asked would differ from the ones the form gives.
"""

from __future__ import annotations

from itertools import islice
from urllib.parse import parse_qsl, urljoin, urlsplit

from parsel import Selector

from agents.heuristics.classtokens import semantic_classes
from agents.heuristics.dom import HtmlElement, css_string, tag_of
from agents.heuristics.nextwords import PAGED_HREF
from agents.heuristics.pageurls import advances, offset_param, page_param
from agents.heuristics.paginationfinding import PaginationFinding
from agents.heuristics.urlpaging import PAGE_PARAMS
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.urls import resolved_parts

_MAX_OPTIONS = 10_000
#: Forms and drop-downs of a page looked at: a pager is one of the first few, and each costs a
#: walk over its form or the page.
MAX_FORMS = 20
MAX_SELECTS = 20


def page_select(page: Selector, url: str) -> PaginationFinding | None:
    """``page_param`` pagination from the first page drop-down of a GET form asking this page again."""
    for form in islice(page.root.iter("form"), MAX_FORMS):
        if not _sent_to_this_page(form, url):
            continue
        for select in islice(form.iter("select"), MAX_SELECTS):
            name = (select.get("name") or "").strip()
            if name not in PAGE_PARAMS or not _other_fields_kept(form, name, url):
                continue
            options = list(select.iter("option"))
            values = [(o.get("value") if o.get("value") is not None else o.text_content()) for o in options]
            chosen = [v for v, o in zip(values, options, strict=True) if o.get("selected") is not None]
            numbers = _page_numbers(values, chosen[0] if chosen else values[0] if values else "")
            if numbers is not None:
                return _finding(name, *numbers, "page drop-down")
    return _radio_pager(page, url)


def _radio_pager(page: Selector, url: str) -> PaginationFinding | None:
    for name in PAGE_PARAMS:
        radios = page.root.xpath("//input[@type='radio'][@name=$name]", name=name)
        checked = [r.get("value") or "" for r in radios if r.get("checked") is not None]
        forms = {id(f): f for r in radios for f in r.iterancestors("form")}
        if len(checked) != 1 or not all(_sent_to_this_page(f, url) for f in forms.values()):
            continue
        if not all(_other_fields_kept(f, name, url) for f in forms.values()):
            continue
        numbers = _page_numbers(list(dict.fromkeys(r.get("value") or "" for r in radios)), checked[0])
        if numbers is not None:
            return _finding(name, *numbers, "page radio buttons")
    return None


def _finding(name: str, current: int, last: int, what: str) -> PaginationFinding:
    spec = PaginationSpec(kind="page_param", param=name, start=current, max_pages=last - current + 1)
    return PaginationFinding(spec, f"pagination: {what} {name!r} from page {current} of {last}")


def _sent_to_this_page(form: HtmlElement, url: str) -> bool:
    """``form`` asks this page's own address again, by GET."""
    return (form.get("method") or "get").strip().lower() == "get" and _asks_this_page(form, url)


def _asks_this_page(form: HtmlElement, url: str) -> bool:
    target = resolved_parts(url, (form.get("action") or "").strip())
    here = urlsplit(url)
    return target is not None and (target.netloc.lower(), target.path) == (here.netloc.lower(), here.path)


def _other_fields_kept(form: HtmlElement, param: str, url: str) -> bool:
    """Every field the form sends besides ``param`` names a value this page's query already holds."""
    query = set(parse_qsl(urlsplit(url).query))
    for field in form.iter("input", "select"):
        name = field.get("name")
        kind = (field.get("type") or "").strip().lower()
        if not name or name == param or kind in {"submit", "button", "image", "reset"}:
            continue
        if field.tag == "select" or (name, field.get("value") or "") not in query:
            return False
    return True


def _page_numbers(values: list[str], current_value: str) -> tuple[int, int] | None:
    """The current page and the last, when ``values`` are the page numbers 1..N (or 0..N) in order
    and another follows the current one; else None."""
    values = [v.strip() for v in values]
    if not 2 <= len(values) <= _MAX_OPTIONS or not all(v.isdecimal() and len(v) <= 6 for v in values):
        return None
    numbers = [int(v) for v in values]
    if numbers[0] not in (0, 1) or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return None
    current = int(current_value) if current_value.strip().isdecimal() else -1
    return (current, numbers[-1]) if numbers[0] <= current < numbers[-1] else None


def jump_menu(page: Selector, url: str) -> PaginationFinding | None:
    """The option after the selected one of a drop-down listing the pages' addresses."""
    here = urlsplit(url)
    for select in islice(page.root.iter("select"), MAX_SELECTS):
        options = list(select.iter("option"))
        if not 2 <= len(options) <= _MAX_OPTIONS:
            continue
        values = [(o.get("value") or "").strip() for o in options]
        if not all(v.startswith(("/", "http://", "https://", "?")) for v in values):
            # A relative path would resolve against the first page on every later one; a query
            # alone ("?page=2") keeps the path, which is the list's own on every page.
            continue
        parts = [resolved_parts(url, v) for v in values]
        targets = [t for t in parts if t is not None and t.netloc.lower() == here.netloc.lower()]
        if len(targets) != len(values):
            continue  # a malformed address, or one off this site
        chosen = [i for i, o in enumerate(options) if o.get("selected") is not None]
        if not chosen:
            # Nothing selected: a browser shows the first option, this page; the pages are
            # counted when the second is this address one page on, up to the last listed.
            second = urljoin(url, values[1])
            counted = page_param(url, second, page) or offset_param(url, second, page)
            if counted is not None:
                spec = counted.spec.model_copy(update={"max_pages": len(options)})
                return PaginationFinding(spec, f"{counted.note} (a jump menu -> {values[1]})")
            continue
        if len(chosen) != 1 or chosen[0] + 1 >= len(options) or targets[chosen[0]].path != here.path:
            continue
        following = values[chosen[0] + 1]
        if not PAGED_HREF.search(following) or not advances(url, following):
            continue
        for scope in _select_scopes(select):
            css = f"{scope} option[selected] + option"
            if page.css(css).xpath("@value").get("").strip() == following:
                spec = PaginationSpec(kind="next_link", next_selector=css, next_attribute="value")
                return PaginationFinding(spec, f"pagination: jump menu {css!r} -> {following}")
    return None


def _select_scopes(select: HtmlElement) -> list[str]:
    found = []
    if (ident := select.get("id") or "") and '"' not in ident:
        found.append(f"select[id={css_string(ident)}]")
    if (name := select.get("name") or "") and '"' not in name:
        found.append(f"select[name={css_string(name)}]")
    found += [f"select.{c}" for c in semantic_classes(select)]
    parent = select.getparent()
    if parent is not None:
        found += [f"{tag_of(parent)}.{c} select" for c in semantic_classes(parent)]
    return found
