"""Page-number links over an offset of any name, the current page marked by nothing but a hashed
class: page N's link sets the parameter to (N − 1) × the page size. A step link the probe checks."""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.offsetpages import offset_page_links
from agents.heuristics.pagination import find_pagination
from agents.heuristics.steplinks import step_link

URL = "https://git.example/"


def _page(links: str) -> Selector:
    rows = "".join(f"<tr><td><a href='/repo{n}.git/'>repo{n}</a></td></tr>" for n in range(5))
    return Selector(text=f"<html><body><table>{rows}</table><ul class='x9f3a2c1d0'>{links}</ul></body></html>")


PAGER = (
    "<li><a class='c0ffee1234' href='/'>[1]</a></li><li><a href='/?ofs=20'>[2]</a></li>"
    "<li><a href='/?ofs=40'>[3]</a></li>"
)


def test_bracketed_page_numbers_over_an_unknown_offset_name() -> None:
    found = offset_page_links(_page(PAGER), URL)
    assert found is not None
    target, spec = found
    assert target == "https://git.example/?ofs=20"
    assert (spec.kind, spec.param, spec.start, spec.step, spec.max_pages) == ("offset", "ofs", 0, 20, 3)


def test_the_pager_is_a_step_link_for_the_probe_not_a_finding() -> None:
    assert find_pagination(_page(PAGER), URL).spec.kind == "none"
    found = step_link(_page(PAGER), URL)
    assert found is not None and found.url == "https://git.example/?ofs=20"
    assert found.pagination is not None and (found.pagination.param, found.pagination.step) == ("ofs", 20)


def test_values_that_do_not_step_with_the_page_numbers_are_no_offset() -> None:
    days = "<li><a href='/?day=1'>1</a></li><li><a href='/?day=2'>2</a></li><li><a href='/?day=3'>3</a></li>"
    assert offset_page_links(_page(days), URL) is None
    uneven = "<li><a href='/?ofs=20'>2</a></li><li><a href='/?ofs=50'>3</a></li>"
    assert offset_page_links(_page(uneven), URL) is None


def test_one_page_link_says_no_step() -> None:
    assert offset_page_links(_page("<li><a href='/?ofs=20'>2</a></li>"), URL) is None
