"""Screen-reader copies found without class words: a clipping inline style, or a spelled-out copy
beside the abbreviation the page hides from screen readers."""

from __future__ import annotations

import lxml.html

from pipeline.core.extract import element_text


def _text(html: str) -> str:
    return element_text(lxml.html.fragment_fromstring(html))


def test_a_spelled_out_copy_beside_a_hidden_abbreviation_is_left_out() -> None:
    html = (
        '<span class="x1"><span class="x2">3<span class="x3"> hours</span></span> <span aria-hidden="true">hrs</span>'
        ' <span class="x2">20<span class="x3"> minutes</span></span> <span aria-hidden="true">mins</span></span>'
    )
    assert _text(html) == "3 hrs 20 mins"


def test_an_inline_clipped_element_is_left_out() -> None:
    style = "position:absolute; width:1px; height:1px; overflow:hidden; clip: rect(0 0 0 0)"
    assert _text(f'<p><span style="{style}">Posted</span> 3 days ago</p>') == "3 days ago"


def test_a_one_pixel_box_out_of_the_flow_is_left_out() -> None:
    assert _text('<p><span style="position: absolute; width: 1px; height: 1px">Price:</span> $12</p>') == "$12"


def test_a_hidden_icon_leaves_the_text_whole() -> None:
    assert _text('<p><span aria-hidden="true">★</span> <span>Saved</span> 12 times</p>') == "★ Saved 12 times"


def test_a_hidden_word_that_abbreviates_nothing_beside_it_leaves_the_text_whole() -> None:
    assert _text('<p><span>Beds</span> <span aria-hidden="true">x</span></p>') == "Beds x"


def test_a_copy_that_is_all_the_element_says_is_the_value() -> None:
    assert _text('<span><span style="clip: rect(0, 0, 0, 0)">4.5 out of 5</span></span>') == "4.5 out of 5"


def test_an_icon_fonts_word_beside_a_value_leaves_the_value_alone() -> None:
    icon = '<span class="material-symbols-outlined" aria-hidden="true">bed</span>'
    assert _text(f"<li>{icon}<span>3 bedrooms</span></li>") == "bed 3 bedrooms"
    assert _text('<li><i aria-hidden="true">star</i><span>Starred</span></li>') == "star Starred"
    # A leaf holding a number is the value, not a spelled-out copy of the hidden word beside it.
    assert _text('<li><span aria-hidden="true">bd</span><span>3 bedrooms</span></li>') == "bd 3 bedrooms"


def test_a_css_module_or_styled_component_hidden_class_is_left_out() -> None:
    for hidden in ("visuallyHidden_n2oUq", "styles_srOnly__x1Y2z", "VisuallyHidden-c11n-8-107-0__sc-hbofjb-0 xIKrFN"):
        html = f'<span class="reducedPrice_k2Lq"><span class="{hidden}">Now</span> £12.60</span>'
        assert _text(html) == "£12.60", hidden


def test_a_class_that_undoes_sr_only_keeps_the_text() -> None:
    assert _text('<span><span class="not-sr-only">Now</span> £12.60</span>') == "Now £12.60"
    assert _text('<span><span class="sr-only md:not-sr-only">Now</span> £12.60</span>') == "Now £12.60"
