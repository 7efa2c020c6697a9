"""Page text written into a selector, or read from a page's addresses and drop-downs, never breaks
the Scout: a line break inside a label, a malformed address, a digit that is no ASCII digit."""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.dom import css_string
from agents.heuristics.gridcolumns import _rows_spanned
from agents.heuristics.pageselect import jump_menu, page_select
from pipeline.core.urls import resolved_parts


def test_a_line_break_in_a_quoted_value_is_escaped_and_still_matches() -> None:
    page = Selector(text='<a aria-label="Previous\npage" href="/p/1">‹</a><a title=\'say "hi"\' href="/q">q</a>')
    label = css_string("Previous\npage")
    assert page.css("a[aria-label=" + label + "]::attr(href)").get() == "/p/1"
    title = css_string('say "hi"')
    assert page.css("a[title=" + title + "]::attr(href)").get() == "/q"


def test_malformed_addresses_in_a_jump_menu_are_passed_over() -> None:
    menu = '<select><option value="/list/1" selected>1</option><option value="http://[oops/">2</option></select>'
    assert jump_menu(Selector(text=menu), "https://shop.test/list/1") is None
    assert resolved_parts("https://shop.test/", "http://[oops/") is None


def test_a_superscript_digit_is_no_page_number_nor_row_span() -> None:
    form = '<form><select name="page"><option>1</option><option selected>²</option></select></form>'
    assert page_select(Selector(text=form), "https://shop.test/list") is None
    cell = Selector(text='<table><tr><td rowspan="²">a</td></tr></table>').css("td")[0].root
    assert _rows_spanned(cell) == 1


def test_a_note_quoting_the_page_reaches_the_terminal_without_control_characters() -> None:
    from pipeline.cli.onboard_view import _printable

    note = "pagination: previous link (/a\x1b[31mRED\x07 has 4 new)"
    shown = _printable(note)
    assert "\x1b" not in shown and "\x07" not in shown and shown.startswith("pagination: previous link (/a")
