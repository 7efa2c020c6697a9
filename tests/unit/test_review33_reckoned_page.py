"""A script that computes its page parameter (``"&pn=" + (n-1)*10``) asks page 2 as something other
than 2: its form of the address is not taken with the number the probe would put there."""

from __future__ import annotations

import pytest
from parsel import Selector

from agents.heuristics.writtenpages import written_page_base

URL = "https://s.example/catalog/?q=earbuds&from=input"
BASE = 'var b = "/catalog/?from=input&q=earbuds"; '


def _written(call: str) -> tuple[str, str] | None:
    return written_page_base(Selector(text=f"<script>{BASE}{call}</script>"), URL)


@pytest.mark.parametrize(
    "call",
    ['go(b + "&pn=" + (n-1)*10);', 'go(b + "&pn=" + n * 20);', "go(`${b}&pn=${(n - 1) * 10}`);"],
)
def test_a_page_parameter_the_script_computes_is_not_taken(call: str) -> None:
    assert _written(call) is None


@pytest.mark.parametrize(
    "call",
    ['go(b + "&pn=" + n);', "go(`${b}&pn=${n}`);", 'go(b + "&pn=" + encodeURIComponent(n));'],
)
def test_a_page_parameter_joined_to_the_number_itself_is_taken(call: str) -> None:
    assert _written(call) == ("pn", "https://s.example/catalog/?from=input&q=earbuds&pn=1")


@pytest.mark.parametrize(
    "call",
    [
        'go(b + "&pn=" + n.toString());',
        'go(b + "&pn=" + (n));',
        'go(b + "&pn=" + obj["page"]);',
        'go(b + "&pn=" + (n + 1));',
        "go(`${b}&pn=${n + 1}`);",
    ],
)
def test_the_number_read_through_a_method_an_index_or_parentheses_is_taken(call: str) -> None:
    assert _written(call) == ("pn", "https://s.example/catalog/?from=input&q=earbuds&pn=1")


def test_a_computed_use_elsewhere_leaves_a_plain_join_taken() -> None:
    call = 'go(b + "&pn=" + n); track("&pn=" + (n-1)*10);'
    assert _written(call) == ("pn", "https://s.example/catalog/?from=input&q=earbuds&pn=1")


@pytest.mark.parametrize(
    "call",
    ['go(b + "&pn=" + (n + 1) * 10);', 'go(b + "&pn=" + String((n-1)*10));', 'go(b + "&pn=" + obj["page"] * 20);'],
)
def test_arithmetic_around_a_bare_looking_number_is_still_computed(call: str) -> None:
    assert _written(call) is None
