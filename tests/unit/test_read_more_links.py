"""A read-more link ending a text ("… drives. Continue reading »") is no part of the text."""

from __future__ import annotations

import lxml.html

from pipeline.core.extract import element_text

EXCERPT = "Cheap label printers turn up in every charity shop, usually without a driver."


def _text(html: str) -> str:
    return element_text(lxml.html.fragment_fromstring(html))


def test_a_more_link_in_the_excerpts_paragraph_is_cut() -> None:
    link = (
        '<a href="/p/1/#more-1" class="more-link">Continue reading '
        '<span class="screen-reader-text">&#8220;Label printers&#8221;</span> &raquo;</a>'
    )
    assert _text(f"<p>{EXCERPT} {link}</p>") == EXCERPT


def test_read_more_links_in_other_words_and_arrows_are_cut() -> None:
    for said in (
        "Read more",
        "Read more »",
        "[Read more]",
        "Weiterlesen",
        "Lire la suite",
        "Leer más",
        "→",
        "»",
        "… more",
    ):
        assert _text(f'<p>{EXCERPT} <a href="/p/1/">{said}</a></p>') == EXCERPT, said


def test_a_more_link_deeper_at_the_end_of_the_text_is_cut() -> None:
    link = '<a href="/p/1/">Keep reading <i class="icon"></i></a>'
    html = f'<div class="entry"><p>{EXCERPT}</p><p class="more">{link}</p></div>'
    assert _text(html) == EXCERPT


def test_the_excerpts_own_ellipsis_stays() -> None:
    assert _text('<p>Crazing is a fit problem between glaze and clay&hellip; <a href="/p/2/">Read more</a></p>') == (
        "Crazing is a fit problem between glaze and clay…"
    )
    assert _text('<p>Crazing is a fit problem [&hellip;] <a href="/p/2/">Continue reading</a></p>') == (
        "Crazing is a fit problem […]"
    )


def test_other_links_and_texts_stay_whole() -> None:
    assert _text('<p><a href="/p/1/">Read more</a></p>') == "Read more"  # the link is all the text
    assert _text('<p>Short <a href="/p/1/">Read more</a></p>') == "Short Read more"  # too little left
    assert _text(f'<p>{EXCERPT} <a href="/p/1/">Read more</a> on our blog</p>') == f"{EXCERPT} Read more on our blog"
    assert _text('<nav>1 2 3 <a href="/page/2/">»</a></nav>') == "1 2 3 »"  # a pager's numbers
    assert _text('<p>Written by our editor <a href="/a/jm/">Jane More</a></p>') == "Written by our editor Jane More"
    assert _text('<p>Photographs by <a href="/a/jm/">More</a> <span>and friends</span></p>') == (
        "Photographs by More and friends"
    )
