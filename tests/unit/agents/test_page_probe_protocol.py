"""Every page-2 probe is one ``PageProbe``: called alike (page 1, the spec, the fetcher, page 1's records,
``refusals=``), and each asks the site nothing for a spec it does not read: a single entity, a list
already paged, a list read another way (a JSON endpoint, a rendered page, the served markup)."""

from __future__ import annotations

import pytest

from agents.fetch import FetchedPage
from agents.fragmentprobe import fragment_pages
from agents.probeprotocol import PageProbe, asks
from agents.survey import PAGE_PROBES
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, JsonSourceSpec, ScraperSpec
from tests.unit.servedpages import ServedPages

URL = "http://archive.test/notes/?page=1"
PAGE = (
    b"<html><body><main><ul class='notes'>"
    + b"".join(f"<li class='note'><h3><a href='/n/{n}'>Note {n}</a></h3></li>".encode() for n in range(6))
    + b"</ul><nav class='pagination'><a href='?page=0' rel='prev'>Previous</a><a href='?page=2'>2</a>"
    b"<button class='load-more'>Load more</button></nav>"
    b"<script>fetch('/api/notes?offset=' + offset).then(r => r.text()).then(add)</script></main></body></html>"
)


class Unasked(ServedPages):
    """A site that must not be asked anything."""

    def fetch(self, url: str, *, render: bool = False) -> FetchedPage:
        raise AssertionError(f"asked {url}")

    def render(self, url: str) -> FetchedPage:
        raise AssertionError(f"rendered {url}")

    def click(self, url: str, pick: object) -> None:
        raise AssertionError(f"clicked on {url}")


def _spec(**update: object) -> ScraperSpec:
    spec = ScraperSpec(
        start_url=URL,
        record_selector="ul.notes li.note",
        fields=(FieldSpec(name="title", type="title", selector="h3 a"),),
        key_fields=("title",),
    )
    return spec.model_copy(update=update)


PAGED = PaginationSpec(kind="page_param", param="page", start=1)
ENDPOINT = JsonSourceSpec(location="endpoint", endpoint="http://archive.test/api/notes", records_path="notes")


@pytest.mark.parametrize(
    "spec",
    [_spec(mode="detail"), _spec(pagination=PAGED)],
    ids=["one-entity", "already-paged"],
)
@pytest.mark.parametrize("probe", [*PAGE_PROBES, fragment_pages], ids=lambda p: p.__name__)
def test_no_probe_asks_for_a_spec_with_nothing_to_find(probe: PageProbe, spec: ScraperSpec) -> None:
    refusals: list[str] = []
    site = Unasked({})
    first = FetchedPage(URL, URL, 200, {"content-type": "text/html"}, PAGE)
    assert probe(first, spec, site, None, refusals=refusals) is None  # type: ignore[arg-type]
    assert refusals == []


@pytest.mark.parametrize(
    ("spec", "reads", "expected"),
    [
        (_spec(), {"data": "markup", "render": "served"}, True),
        (_spec(render="browser"), {"data": "markup", "render": "served"}, False),
        (_spec(render="browser"), {"data": "markup"}, True),
        (_spec(), {"render": "browser"}, False),
        (_spec(json_source=ENDPOINT), {"data": "markup"}, False),
        (_spec(json_source=ENDPOINT), {"data": "endpoint"}, True),
        (_spec(json_source=ENDPOINT.model_copy(update={"endpoint": None})), {"data": "endpoint"}, False),
        (_spec(), {"data": "endpoint"}, False),
        (_spec(pagination=PaginationSpec(kind="next_link", next_selector="a.next")), {}, False),
        (
            _spec(pagination=PaginationSpec(kind="next_link", next_selector="a.next")),
            {"replaces": ("none", "next_link")},
            True,
        ),
    ],
)
def test_the_opening_questions_are_asked_in_one_place(
    spec: ScraperSpec, reads: dict[str, object], expected: bool
) -> None:
    assert asks(spec, **reads) is expected  # type: ignore[arg-type]


def test_each_probe_keeps_its_name_and_docstring() -> None:
    for probe in (*PAGE_PROBES, fragment_pages):
        assert probe.__doc__ and "None" in probe.__doc__
        assert probe.__module__.startswith("agents.") and probe.__name__.endswith("_pages")
