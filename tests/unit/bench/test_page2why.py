"""The bench line saying what a probe's page 2 answered (``page2why``), in shape only, on hand-made pages."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import agents.survey as survey
from agents.fetch import FetchedPage
from pipeline.core.exceptions import FetchFailed
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec
from tests.bench.page2why import Asked, answer_verdict, asked_line
from tests.bench.probetrace import tracing
from tests.unit.servedpages import ServedPages

URL = "http://site.invalid/shop/"
SPEC = ScraperSpec(
    start_url=URL,
    record_selector="ul.goods li.item",
    fields=(FieldSpec(name="title", type="title", selector="h3"),),
    key_fields=("title",),
    pagination=PaginationSpec(),
)


def _page(url: str, titles: list[str], wrapper: str = "goods", after: str = "") -> FetchedPage:
    items = "".join(f'<li class="item"><h3>{t}</h3><p>{t} in stock</p></li>' for t in titles)
    body = f'<html><body><ul class="{wrapper}">{items}</ul>{after}</body></html>'.encode()
    return FetchedPage(url, url, 200, {"content-type": "text/html"}, body)


FIRST = _page(URL, [f"Old lamp {n}" for n in range(6)])


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        (_page(URL, [f"New lamp {n}" for n in range(6)]), "new records"),
        (_page(URL, [f"Old lamp {n}" for n in range(6)]), "same as page 1"),
        (_page(URL, ["New lamp 1", *[f"Old lamp {n}" for n in range(5)]]), "fewer than half new"),
        (_page(URL, ["New lamp 1"], wrapper="grid"), "selector matched nothing"),
        (
            FetchedPage(URL, URL, 200, {}, b'<html><body><ul class="goods"><li class="item"></li></ul></body></html>'),
            "0 records",
        ),
    ],
)
def test_what_page_2_answered_is_said(answer: FetchedPage, said: str) -> None:
    assert answer_verdict(SPEC, FIRST, Asked(f"{URL}?page=2", False, answer=answer)) == said


def test_a_page_2_not_answered_says_its_status_and_the_address_in_shape() -> None:
    failed = Asked(f"{URL}?seite=2", False, failure=FetchFailed("gone", status=404))
    again = Asked(URL, True, answer=FIRST)  # page 1 rendered again: no page 2
    assert asked_line(SPEC, FIRST, [again, failed]) == "?‹page›=N: status 404"
    assert answer_verdict(SPEC, FIRST, Asked(URL, True, failure=FetchFailed("crashed"))) == "no answer (FetchFailed)"


@dataclass
class _Site(ServedPages):
    def fetch(self, url: str, *, render: bool = False) -> FetchedPage:
        if url not in self.pages:
            raise FetchFailed(f"{url} answered HTTP 404.", status=404)
        return super().fetch(url, render=render)


def test_the_survey_trace_says_why_the_probes_page_2_was_refused() -> None:
    # A script's "Load more" makes the probe ask ?page=2, which the site does not answer.
    button = '<button class="more">Load more</button>'
    first = _page(URL, [f"Old lamp {n}" for n in range(6)], after=button)
    site = _Site({URL: first.body})
    profile, _ = survey.surveyed(first, site)  # type: ignore[arg-type]
    with tracing() as trace:
        survey.probed_pages(first, profile, site)  # type: ignore[arg-type]
    assert "probe_param_pages refused [page2-failed] (page 2 asked: ?‹page›=N: status 404)" in trace.probes
