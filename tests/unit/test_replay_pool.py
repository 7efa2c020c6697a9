"""Replay's parsing pool: the same records as parsing here, in page order, whoever parsed them."""

from __future__ import annotations

import multiprocessing
import os
from dataclasses import dataclass

import pytest

from pipeline.core.redaction_rules import EMAIL_RULE, PHONE_RULE, Redactor
from pipeline.core.replay_parse import PageBody, PageParser, ParsedPage
from pipeline.core.replay_pool import Parsing
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.validation_rules import Checks, FieldCheck

# Workers import this module (for the parsers below): it stays as light as the pool's own imports.
SPEC = ScraperSpec(
    start_url="http://replay.test/",
    record_selector="li",
    fields=(
        FieldSpec(name="title", selector="a"),
        FieldSpec(name="url", type="url", selector="a", attribute="href"),
        FieldSpec(name="price", type="price", selector="b"),
    ),
    key_fields=("url",),
)
CHECKS = Checks({"title": FieldCheck("text", True), "url": FieldCheck("url", True), "price": FieldCheck("price")})
PARSER = PageParser(SPEC, Redactor((EMAIL_RULE, PHONE_RULE)), CHECKS)


def _page(n: int) -> PageBody:
    items = "".join(
        f'<li><a href="/item/{n}-{i}.html">Item {n}-{i}, mail me@example.org</a><b>${n}.{i}</b></li>' for i in range(3)
    )
    return PageBody(n, f"http://replay.test/p{n}.html", f"<ul>{items}</ul>".encode())


def _pages(count: int) -> list[PageBody]:
    return [_page(n) for n in range(count)]


@dataclass(frozen=True)
class DiesInWorkers(PageParser):
    """Kills the worker process parsing page 5, as the kernel's OOM killer would; harmless here."""

    def parse(self, page: PageBody) -> ParsedPage:
        if page.page_id == 5 and multiprocessing.parent_process() is not None:
            os._exit(1)
        return super().parse(page)


@dataclass(frozen=True)
class Fails(PageParser):
    def parse(self, page: PageBody) -> ParsedPage:
        if page.page_id == 7:
            raise ValueError("XPath error: bad selector")
        return super().parse(page)


def test_workers_parse_exactly_what_this_process_parses_in_page_order() -> None:
    pages = _pages(30)
    with Parsing(PARSER, workers=2, wait=True) as parse:
        parsed = list(parse(pages))
        assert parse.pages_in_workers == 30
    assert parsed == PARSER.parse_all(pages)
    assert [p.page_id for p in parsed] == list(range(30))
    first = parsed[0].records[0]
    assert first.url == "http://replay.test/item/0-0.html" and first.digest and not first.problems
    assert first.data["title"] == "Item 0-0, mail [redacted:email]" and first.hits == {"title": {"email": 1}}


def test_without_workers_everything_is_parsed_here() -> None:
    pages = _pages(5)
    with Parsing(PARSER, workers=0) as parse:
        assert list(parse(pages)) == PARSER.parse_all(pages)
        assert parse.pages_in_workers == 0


def test_a_worker_that_dies_costs_speed_not_the_replay() -> None:
    parser = DiesInWorkers(SPEC, PARSER.redactor, CHECKS)
    pages = _pages(20)
    with Parsing(parser, workers=2, wait=True) as parse:
        parsed = list(parse(pages))
    assert parsed == PARSER.parse_all(pages)


def test_a_parse_error_in_a_worker_reaches_the_caller() -> None:
    parser = Fails(SPEC, PARSER.redactor, CHECKS)
    with Parsing(parser, workers=1, wait=True) as parse, pytest.raises(ValueError, match="bad selector"):
        list(parse(_pages(12)))


def test_closing_before_the_workers_are_up_leaves_no_worker_behind() -> None:
    pages = _pages(3)
    with Parsing(PARSER, workers=2) as parse:
        assert list(parse(pages)) == PARSER.parse_all(pages)  # parsed here: the workers are still starting
    assert parse._starting is not None
    parse._starting.join()  # the start thread stops, and what it started with it
    assert multiprocessing.active_children() == [] and parse.pages_in_workers == 0
    with Parsing(PARSER, workers=1, wait=True) as again:  # the next replay starts its workers anew
        assert list(again(pages)) == PARSER.parse_all(pages) and again.pages_in_workers == 3
