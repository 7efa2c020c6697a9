"""What a page shows of its JSON records, added to the fields read from the JSON.

The API behind a page names a record by its slug and a flag by true/false; the page shows a link
and a label. Both are read back from the rendered page (when there is one) or from literals in the
page's scripts, so the data comes out as the reader sees it; the ids and flags a rendered page never
shows are left out, and so are the leaves the page's own script never reads to show them
(``agents.jsonreads``). A bare price takes the currency sign that script writes beside it
(``agents.jsonsigns``), else the currency the page writes beside the same amounts
(``agents.jsoncurrency``); a list the page's bundle draws a few cards at a time is rendered, and its
links are measured over the cards drawn (``agents.jsondrawn``).
"""

from __future__ import annotations

from dataclasses import replace

from parsel import Selector

from agents.jsoncurrency import shown_currency
from agents.jsondrawn import has_link, named_by_id, shown_records
from agents.jsonfallbacks import fallback_fields
from agents.jsonflags import labelled_flags, parse_rendered
from agents.jsonlinks import href_list, linked_field, prefixed_paths, segment_keys
from agents.jsonreads import read_fields
from agents.jsonscout import JsonCandidate, shown_text
from agents.jsonsigns import signed_prices
from agents.jsonunshown import shown_fields
from pipeline.core.jsondata import load_records

#: Inline scripts read for link literals, at most.
MAX_SCRIPTS = 40


def shown_candidate(
    candidate: JsonCandidate, body: bytes, page: Selector, base_url: str, rendered: str | None = None
) -> JsonCandidate:
    """``candidate`` with a templated record link and labelled flags, when the page shows them.

    ``body``: the JSON answer (or the page, for data in a script); ``page``: the page as fetched;
    ``rendered``: its DOM once rendered by the browser, when it was.
    """
    records = load_records(body, page, candidate.source)
    if not records:
        return candidate
    shown = Selector(text=rendered, base_url=base_url, type="html") if rendered else None
    scripts = page.css("script:not([src])").xpath("string()").getall()[:MAX_SCRIPTS]
    hrefs = href_list(shown) if shown is not None else None
    text = shown_text(shown if shown is not None else page)
    drawn = shown_records(records, text)  # a script may draw only the first few records
    fields = prefixed_paths(candidate.fields, records, base_url, hrefs)
    link = linked_field(fields, records, base_url, hrefs, scripts, drawn if shown is not None else None)
    if link is not None:
        at = next((i + 1 for i, f in enumerate(fields) if f.type == "title"), 0)
        fields = (*fields[:at], link, *fields[at:])
    root = parse_rendered(rendered) if rendered else None
    if root is not None and shown is not None:
        fields = shown_fields(labelled_flags(fields, records, root), records, text)
        fields = fallback_fields(fields, records, root)  # after: its "a || b" paths are JMESPath only
    fields = signed_prices(read_fields(fields, records, scripts, text), scripts)
    fields = shown_currency(fields, records, text, drawn)
    return replace(candidate, fields=fields) if fields != candidate.fields else candidate


def drawn_by_script(candidate: JsonCandidate, body: bytes, page: Selector) -> bool:
    """The page's script draws ``candidate``'s records: each is named by an id or a slug, no field
    gives its link, and the page as fetched shows none of them (an empty list the bundle fills)."""
    if has_link(candidate.fields):
        return False
    records = load_records(body, page, candidate.source)
    if not records:
        return False
    return named_by_id(records, list(segment_keys(records))) and not shown_records(records, shown_text(page))
