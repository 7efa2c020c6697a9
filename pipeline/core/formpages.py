"""The next page a pager form asks for: its fields as the query of its action, as a browser sends a GET form.

Some lists page with a form instead of a link (a search page's ``<form method="get">`` holding a
hidden ``start=20`` and a "Next" button; DuckDuckGo's POST form of hidden ``q``, ``s``, ``dc``).
The spec names the form's "next" submit control (``kind="next_form"``); on each page the control's
form is read again, since its values change from page to page (``s=30``, then ``s=60``). A POST
form is only ever asked by GET, which the Scout checks the server answers before it keeps one.

The page is not trusted: the URL must stay on the page's host, use http(s) and stay short.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit, urlunsplit

from pipeline.core.urls import on_same_site

#: Longer than this is no pager (a postback form's whole view state): servers refuse such GET URLs.
MAX_URL_CHARS = 2048
#: Controls a browser sends only when it submits with them (the submitter), or never (files, passwords).
_NOT_SENT = {"submit", "image", "reset", "button", "file", "password"}
_CHECKABLE = {"checkbox", "radio"}
_TYPE = "translate(normalize-space(@type), 'SUBMITAGE', 'submitage')"  # HTML reads type="Submit" as submit
SUBMIT_XPATH = f"self::button[not(@type) or {_TYPE}='submit'] or self::input[{_TYPE}='submit' or {_TYPE}='image']"


def submitted_form(control: Any) -> Any | None:
    """The form a submit ``control`` belongs to (its nearest ``form`` ancestor), or None."""
    if not isinstance(getattr(control, "tag", None), str) or not control.xpath(SUBMIT_XPATH):
        return None
    return next((a for a in control.iterancestors() if _tag(a) == "form"), None)


def form_page_url(control: Any, base_url: str, page_url: str) -> str | None:
    """The GET URL that submitting ``control``'s form asks for, or None: no form, a method other than
    GET or POST, an action that is no http(s) URL on ``page_url``'s host (or steps down from https to
    http), or a URL too long."""
    form = submitted_form(control)
    if form is None:
        return None
    # The submitter's own formmethod / formaction win over the form's, as in a browser.
    method = (control.get("formmethod") or form.get("method") or "get").strip().lower()
    if method not in ("get", "post"):
        return None  # "dialog" closes a dialog, it asks for nothing
    action = (control.get("formaction") or form.get("action") or "").strip()
    try:
        asked = urljoin(base_url, action) if action else page_url
    except ValueError:
        return None  # "http://[oops/": no address
    if not on_same_site(asked, page_url):
        return None
    target = urlsplit(asked)
    # A GET form's fields replace the action's own query, as a browser does.
    url = urlunsplit((target.scheme, target.netloc, target.path, urlencode(list(form_fields(form, control))), ""))
    return url if len(url) <= MAX_URL_CHARS else None


def form_fields(form: Any, submitter: Any) -> Iterator[tuple[str, str]]:
    """The ``name=value`` pairs a browser sends for ``form`` submitted by ``submitter``, in page order."""
    for control in form.iter("input", "select", "textarea", "button"):
        name = (control.get("name") or "").strip()
        if not name or control.get("disabled") is not None or _outside_control(control, form):
            continue
        tag = _tag(control)
        kind = (control.get("type") or "text").strip().lower()
        if control is submitter:
            if kind != "image":  # an image button sends the spot clicked, which no crawl knows
                yield name, control.get("value") or ""
        elif tag == "select":
            yield from ((name, value) for value in _selected(control))
        elif tag == "textarea":
            yield name, "".join(control.itertext())
        elif tag == "input" and kind not in _NOT_SENT:
            if kind in _CHECKABLE and control.get("checked") is None:
                continue
            yield name, control.get("value") or ("on" if kind in _CHECKABLE else "")


def _selected(select: Any) -> list[str]:
    options = [o for o in select.iter("option") if o.get("disabled") is None]
    chosen = [o for o in options if o.get("selected") is not None]
    if not chosen and options and select.get("multiple") is None:
        chosen = options[:1]  # a single select sends its first option when none is marked
    if select.get("multiple") is None:
        chosen = chosen[-1:]
    return [o.get("value") if o.get("value") is not None else " ".join("".join(o.itertext()).split()) for o in chosen]


def _outside_control(control: Any, form: Any) -> bool:
    """A control of a nested form (invalid markup, but pages have it) belongs to that one."""
    return next((a for a in control.iterancestors() if _tag(a) == "form"), None) is not form


def _tag(element: Any) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""
