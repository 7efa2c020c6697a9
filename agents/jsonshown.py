"""What a page shows of its JSON records, added to the fields read from the JSON.

The API behind a page names a record by its slug and a flag by true/false; the page shows a link
and a label. Both are read back from the rendered page (when there is one) or from literals in the
page's scripts, so the data comes out as the reader sees it; the ids and flags a rendered page never
shows are left out, and so are the leaves the page's own script never reads to show them
(``agents.jsonreads``), its prices taking the currency sign that script writes (``agents.jsonsigns``).
"""

from __future__ import annotations

from dataclasses import replace

from parsel import Selector

from agents.jsonfallbacks import fallback_fields
from agents.jsonflags import labelled_flags, parse_rendered
from agents.jsonlinks import href_list, linked_field, prefixed_paths
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
    fields = prefixed_paths(candidate.fields, records, base_url, hrefs)
    link = linked_field(fields, records, base_url, hrefs, scripts)
    if link is not None:
        at = next((i + 1 for i, f in enumerate(fields) if f.type == "title"), 0)
        fields = (*fields[:at], link, *fields[at:])
    root = parse_rendered(rendered) if rendered else None
    if root is not None and shown is not None:
        fields = shown_fields(labelled_flags(fields, records, root), records, shown_text(shown))
        fields = fallback_fields(fields, records, root)  # after: its "a || b" paths are JMESPath only
    fields = signed_prices(
        read_fields(fields, records, scripts, shown_text(shown if shown is not None else page)), scripts
    )
    return replace(candidate, fields=fields) if fields != candidate.fields else candidate
