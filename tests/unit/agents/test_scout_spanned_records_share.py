"""Records spanning siblings hold their siblings' text when the page is weighed as a list or an entity.

A proceedings page lists each paper as a line (badges, title, authors) followed by its abstract in a
sibling block, present after most papers and absent after some. The abstracts are most of the page's
words: counted outside the records they made the paper lines a thin side block of a long "body", and
the page a detail page. Read as parts of the records they follow, the page is the list it is.
"""

from __future__ import annotations

from lxml import html

from agents.heuristics.rowspan import find_span
from agents.scout import analyze_page

URL = "https://proceedings.example/events/lexsem-2023/"

PAPERS = [
    ("Sparse Probing of Verb Argument Structure in Multilingual Encoders", True),
    ("Lexical Drift in Parliamentary Speech across Two Decades", True),
    ("A Treebank of Spoken Icelandic with Disfluency Annotation", False),
    ("Morphological Segmentation as Constrained Decoding", True),
    ("Measuring Register Shift in Translated Children's Literature", True),
    ("Contrastive Pretraining for Low-Resource Named Entity Linking", False),
    ("Negation Scope Resolution without Syntactic Parsers", True),
]


def _abstract(n: int, title: str) -> str:
    return (
        f'<div class="panel quiet fold" id="abs-{n}"><div class="panel-body">We study {title.lower()} '
        "with a new evaluation set built from three corpora and annotated by trained linguists. Our "
        "experiments compare strong baselines with the proposed method and show consistent gains on "
        "every held-out language, while an error analysis points to the cases that remain hard.</div></div>"
    )


def _paper(n: int, title: str) -> str:
    return (
        f'<p class="entry row"><span class="btns"><a class="tag" href="/2023.lexsem.{n}.pdf">pdf</a>'
        f'<a class="tag" href="/2023.lexsem.{n}.bib">bib</a></span><span class="main">'
        f'<strong><a href="/2023.lexsem.{n}/">{title}</a></strong><br>'
        f'<a href="/people/a{n}/">Author {n} One</a> | <a href="/people/b{n}/">Author {n} Two</a></span></p>'
    )


def _page() -> str:
    entries = "".join(
        _paper(n, title) + (_abstract(n, title) if has_abstract else "")
        for n, (title, has_abstract) in enumerate(PAPERS, start=1)
    )
    return f"""<!doctype html><html><head><title>Workshop on Lexical Semantics (2023) - Proceedings</title></head><body>
<nav class="topbar"><a href="/">Proceedings</a> <a href="/faq/">FAQ</a></nav>
<main><h2 id="title">Workshop on Lexical Semantics (2023)</h2>
<div class="panel"><div class="panel-body"><h4>Volumes</h4><ul><li><a href="#v1">Proceedings of LexSem 2023</a>
<span class="count">7 papers</span></li></ul></div></div>
<div id="v1"><h4 class="vol"><a href="/volumes/2023.lexsem/">Proceedings of LexSem 2023</a></h4>{entries}</div>
</main><footer>Licensed CC BY 4.0</footer></body></html>"""


def test_paper_lines_with_their_abstracts_after_them_are_a_list() -> None:
    profile = analyze_page(_page(), URL)
    assert profile.spec.mode == "list"
    assert profile.spec.record_span == 2
    assert profile.record_count == len(PAPERS)
    titles = [next(v for v in r.values() if v in {t for t, _ in PAPERS}) for r in profile.sample_records]
    assert titles == [t for t, _ in PAPERS][: len(titles)]


def test_a_paper_without_an_abstract_does_not_take_the_next_papers() -> None:
    profile = analyze_page(_page(), URL)
    by_title = {}
    for record in profile.sample_records:
        title = next(v for v in record.values() if v in {t for t, _ in PAPERS})
        by_title[title] = [v for v in record.values() if isinstance(v, str) and v.startswith("We study")]
    for title, has_abstract in PAPERS:
        if title in by_title:
            assert bool(by_title[title]) == has_abstract, title


def _lines(layout: str) -> list[str]:
    """``p`` lines and ``div`` blocks of ``layout`` ("pd pp pd…"), under one parent."""
    return [
        f"<p class='line'><a href='/x/{n}/'>Item {n} title</a> by Someone</p>"
        if kind == "p"
        else f"<div class='more'>Item {n} notes running over a few words</div>"
        for n, kind in enumerate(layout.replace(" ", ""))
    ]


def _members(layout: str, before: str = "") -> list:
    root = html.fromstring(f"<section><div>{before}{''.join(_lines(layout))}</div></section>")
    return root.xpath("//p")


def test_a_block_after_most_lines_spans_with_the_line_before_it() -> None:
    span = find_span(_members("pd pd p pd pd p pd"), varying=True)
    assert span is not None and span.size == 2 and len(span.starts) == 7


def test_a_block_after_a_few_lines_only_is_no_companion() -> None:
    assert find_span(_members("pd p p p pd p p p"), varying=True) is None  # an ad now and then


def test_a_block_also_opening_the_parent_heads_groups_and_follows_none() -> None:
    span = find_span(_members("pd p pd p pd p", before="<div class='more'>Group heading</div>"), varying=True)
    assert span is None
