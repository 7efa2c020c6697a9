"""Which field identifies a record is judged on every sample page, not on the first one alone.

On a quotes site the only link in a record is its author's: ten quotes by ten authors on page one,
the same authors again on page two. Keyed on that link, Silver would merge each quote into the
one before it by the same author and a user would export ten quotes of thirty.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import serve
from tests.e2e.conftest import assert_ok, sdp

pytestmark = pytest.mark.slow
AUTHORS = ("Albert Einstein", "Jane Austen", "Mark Twain", "Dr. Seuss", "Eleanor Roosevelt")


def _quote(page: int, n: int) -> str:
    author = AUTHORS[n % len(AUTHORS)]
    slug = author.replace(". ", "-").replace(" ", "-")
    return (
        '<div class="quote" itemscope itemtype="http://schema.org/CreativeWork">'
        f'<span class="text" itemprop="text">“Saying number {n} of page {page}, worth keeping.”</span>'
        f'<span>by <small class="author" itemprop="author">{author}</small> '
        f'<a href="/author/{slug}">(about)</a></span>'
        f'<div class="tags">Tags: <a class="tag" href="/tag/life/">life</a> <a class="tag" href="/tag/n{n}/">n{n}</a>'
        "</div></div>"
    )


def _page(page: int, last: int) -> str:
    quotes = "".join(_quote(page, n) for n in range(len(AUTHORS)))
    following = f'<li class="next"><a href="/page/{page + 1}/">Next <span>→</span></a></li>' if page < last else ""
    return (
        '<!doctype html><html lang="en"><head><title>Quotes</title></head><body>'
        '<div class="header-box"><h1><a href="/">Quotes</a></h1><a href="/login">Login</a></div>'
        f'<div class="col-md-8">{quotes}<nav><ul class="pager">{following}</ul></nav></div>'
        "</body></html>"
    )


def test_quotes_sharing_their_authors_links_stay_separate_records(tmp_path: Path) -> None:
    root = tmp_path / "quotes"
    for page in (1, 2, 3):
        folder = root / "page" / str(page)
        folder.mkdir(parents=True)
        (folder / "index.html").write_text(_page(page, 3), encoding="utf-8")
    (root / "index.html").write_text(_page(1, 3), encoding="utf-8")
    for site in serve(root):
        assert_ok(sdp("add", site.url, "--name", "quotes"))
        records = assert_ok(sdp("export", "quotes", "--format", "json")).json()
        sayings = {v for r in records for v in r["data"].values() if isinstance(v, str) and v.startswith("“Saying")}
        assert len(records) == 15
        assert sayings == {f"“Saying number {n} of page {p}, worth keeping.”" for p in (1, 2, 3) for n in range(5)}
        # A second crawl updates those fifteen entities; it adds none and merges none.
        assert_ok(sdp("run", "--once", "--source", "quotes"))
        assert len(assert_ok(sdp("export", "quotes", "--format", "json")).json()) == 15
