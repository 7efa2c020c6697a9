"""A page's address asks the next page in the form the page wrote its other parameters."""

from __future__ import annotations

import pytest

from pipeline.core.valuepages import with_query_param


@pytest.mark.parametrize(
    ("url", "name", "value", "asked"),
    [
        # The page parameter keeps its place; the others keep their bytes.
        ("https://x.test/list?ids=0,5&page=1&q=a+b", "page", "2", "https://x.test/list?ids=0,5&page=2&q=a+b"),
        ("https://x.test/list?q=caf%C3%A9&sort=new", "page", "3", "https://x.test/list?q=caf%C3%A9&sort=new&page=3"),
        ("https://x.test/list", "start", "20", "https://x.test/list?start=20"),
        ("https://x.test/list?page=1&x=&page=4", "page", "2", "https://x.test/list?page=2&x="),  # a repeat goes
        ("https://x.test/list?my%20page=1", "my page", "2", "https://x.test/list?my+page=2"),
        ("https://x.test/list?a=1#top", "p", "2", "https://x.test/list?a=1&p=2#top"),
    ],
)
def test_the_next_page_keeps_the_written_query(url: str, name: str, value: str, asked: str) -> None:
    assert with_query_param(url, name, value) == asked
