"""What every page-2 probe is: one call shape (``PageProbe``) and the opening questions they share.

The Scout asks a site for page 2 in several ways: the ``?page=2`` a scripted pager implies
(``agents.pageprobe``), a click (``agents.clickprobe``), a plain page-2 link (``agents.steplinkprobe``),
a link marked "next" (``agents.markednextprobe``), an endpoint paged as the page's pager is
(``agents.endpointpageprobe``), a script's fragment URL (``agents.fragmentprobe``), a calendar's
"Previous" (``agents.periodprobe``). Each is asked alike (page 1, the spec, the fetcher, page 1's
records when the caller has them all, and where a refusal's note goes), and each first asks the
same things of the spec: does it list records, with no way on yet, read the way this probe reads
pages? ``page_probe`` asks them once, here; a probe is written as a function of one ``ProbeCall``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import update_wrapper
from typing import Literal, NamedTuple, Protocol

from agents.fetch import FetchedPage, Fetcher
from agents.heuristics.paginationfinding import PaginationFinding
from pipeline.core.extract import Record
from pipeline.core.schemas import ScraperSpec

#: Where the list's records must come from: ``markup`` reads no JSON source, ``endpoint`` a JSON
#: endpoint's address (an inline script's data has none to page).
Data = Literal["any", "markup", "endpoint"]
#: How page 1 must have been read: ``served`` as the server sent it, ``browser`` rendered by Chromium.
Render = Literal["any", "served", "browser"]


class PageProbe(Protocol):
    """A way to ask the site for the list's next page: the pagination it found, with a note saying
    what led there, or None (``refusals``: where a note says why a candidate was turned down)."""

    def __call__(
        self,
        first: FetchedPage,
        spec: ScraperSpec,
        fetcher: Fetcher,
        known: Sequence[Record] | None = None,
        *,
        refusals: list[str] | None = None,
    ) -> PaginationFinding | None: ...


class ProbeCall(NamedTuple):
    """What a probe is asked with (``first, spec, fetcher, known, said = call``): page 1, the spec,
    the fetcher, every record of page 1 when the caller has them (else None), and the list a note on
    each refusal goes to (a list of the probe's own when the caller keeps none)."""

    first: FetchedPage
    spec: ScraperSpec
    fetcher: Fetcher
    known: Sequence[Record] | None
    said: list[str]


ProbeBody = Callable[[ProbeCall], PaginationFinding | None]


def asks(
    spec: ScraperSpec, *, data: Data = "any", render: Render = "any", replaces: tuple[str, ...] = ("none",)
) -> bool:
    """Whether a probe has anything to ask for ``spec``: a list, whose pagination is one of the kinds
    the probe ``replaces`` (none, by default: a way on already found stays), read as ``data`` and
    ``render`` say."""
    if spec.mode != "list" or spec.pagination.kind not in replaces:
        return False
    source = spec.json_source
    if data == "markup" and source is not None:
        return False
    if data == "endpoint" and (source is None or not source.endpoint):
        return False
    if render == "any":
        return True
    return (spec.render == "browser") == (render == "browser")


def page_probe(
    *, data: Data = "any", render: Render = "any", replaces: tuple[str, ...] = ("none",)
) -> Callable[[ProbeBody], PageProbe]:
    """A ``PageProbe`` running ``body`` once ``asks`` holds for the spec (None otherwise, nothing
    fetched); the probe keeps the body's name and docstring."""

    def wrap(body: ProbeBody) -> PageProbe:
        def probe(
            first: FetchedPage,
            spec: ScraperSpec,
            fetcher: Fetcher,
            known: Sequence[Record] | None = None,
            *,
            refusals: list[str] | None = None,
        ) -> PaginationFinding | None:
            if not asks(spec, data=data, render=render, replaces=replaces):
                return None
            return body(ProbeCall(first, spec, fetcher, known, refusals if refusals is not None else []))

        update_wrapper(probe, body)
        return probe

    return wrap
