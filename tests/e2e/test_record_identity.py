"""Which field identifies a record is judged on every sample page, not on the first one alone.

On a quotes site the only link in a record is its author's: ten quotes by ten authors on page one,
the same authors again on page two. Keyed on that link, Silver would merge each quote into the
one before it by the same author and a user would export ten quotes of thirty.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import serve
from tests.e2e.conftest import assert_ok, sdp
from tests.e2e.test_practice_sites import _PracticeHandler

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


#: Films per year, as the endpoint answers for each year the page lists; 2012 brings back a film of
#: 2015 word for word (a re-release): the same title, the same figures, in another year.
FILMS = {
    "2015": [("Spotlight", 2, 6), ("Mad Max: Fury Road", 6, 10), ("The Revenant", 3, 12)],
    "2014": [("Birdman", 4, 9), ("Whiplash", 3, 5), ("Boyhood", 1, 6)],
    "2013": [("Gravity", 7, 10), ("Frozen", 2, 2), ("Her", 1, 5)],
    "2012": [("Argo", 3, 7), ("Lincoln", 2, 12), ("Spotlight", 2, 6)],
}
_YEARS_PAGE = """<!doctype html><html><head><title>Films</title></head><body><h1>Oscar winning films</h1>
<p>{links}</p><table><tbody id="table-body"></tbody></table>
<script>$(".year-link").click(function(e){{ var year = $(this).attr("id");
$.ajax({{url: "/films/?ajax=true&year=" + year, success: function(data){{ show(data); }}}}); }});</script>
</body></html>"""


def test_the_same_film_listed_in_two_years_is_kept_for_each_year(tmp_path: Path) -> None:
    folder = tmp_path / "films"
    folder.mkdir()
    links = "".join(f'<a href="#" class="year-link" id="{year}">{year}</a>' for year in FILMS)
    (folder / "index.html").write_text(_YEARS_PAGE.format(links=links), encoding="utf-8")
    for year, films in FILMS.items():
        answer = [{"title": t, "awards": a, "nominations": n} for t, a, n in films]
        (folder / f"@ajax=true&year={year}").write_text(json.dumps(answer), encoding="utf-8")
    for site in serve(tmp_path, _PracticeHandler):
        added = assert_ok(sdp("add", site.page("films/"), "--name", "films")).out
        assert "checked on 3 page(s)" in added  # the selectors are checked on three years, not one
        records = assert_ok(sdp("export", "films", "--format", "json")).json()
        assert sorted(r["data"]["title"] for r in records) == sorted(t for films in FILMS.values() for t, _, _ in films)
        # Replaying the stored pages finds the same twelve entities: replay keys records as the crawl did.
        site.server.shutdown()
        assert "0 new" in assert_ok(sdp("replay", "films", "--dry-run")).out
