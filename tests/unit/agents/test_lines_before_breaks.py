"""A value on a line of its own before a ``<br>`` (a forum's last-post date), with links on the
line after it, is a value apart; text written over lines (an address, a verse) stays whole."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html  # type: ignore[import-untyped]

from agents.heuristics.brokenlines import line_before_break
from agents.heuristics.templateslots import collect_slots
from agents.heuristics.textowner import owns_text

THREADS = [
    ("Big Muff clone: no sound when engaged", "noob_pedalist", 7, 96, "03-12-2025, 11:05 PM", "fuzzlord_k"),
    ("Tube Screamer build hums with the 9V adapter", "cap_crusader", 12, 241, "03-11-2025, 07:42 PM", "Ohm"),
    ("Fuzz Face bias: which transistor to tweak", "germanium_gus", 3, 58, "03-10-2025, 04:20 PM", "tonestack_tom"),
    ("Klon clone clipping diodes", "solderfume", 21, 1388, "03-09-2025, 11:03 AM", "Dan"),
    ("Rat distortion too much gain at noon", "JFETjockey", 0, 14, "03-08-2025, 09:12 AM", "JFETjockey_the_second"),
    ("Delay pedal repeats die out too early", "OhmsLawyer", 5, 77, "03-07-2025, 02:37 PM", "Voltage_Dan"),
    ("Phaser LFO ticking through the output", "cap_crusader", 9, 310, "03-06-2025, 08:15 AM", "fuzzlord_k"),
    ("Tremolo depth pot does nothing", "tonestack_tom", 2, 45, "03-05-2025, 10:30 PM", "Gus"),
]


def _row(tid: int, title: str, author: str, replies: int, views: int, last: str, poster: str) -> str:
    return (
        f'<tr class="inline_row"><td class="trow1"><span class="thread_status folder"></span></td>'
        f'<td class="trow1"><span class="subject_old"><a href="showthread.php?tid={tid}">'
        f'{title}</a></span><div class="author smalltext"><a href="member.php?u={author}">{author}</a></div></td>'
        f'<td class="trow1" align="center">{replies}</td><td class="trow1" align="center">{views}</td>'
        f'<td class="trow1"><span class="lastpost smalltext">{last}<br />'
        f'<a href="showthread.php?tid={tid}&amp;action=lastpost">Last Post</a>: '
        f'<a href="member.php?u={poster}">{poster}</a></span></td></tr>'
    )


def _element(markup: str) -> lxml_html.HtmlElement:
    return lxml_html.fragment_fromstring(markup)


@pytest.mark.parametrize(
    ("markup", "lead"),
    [
        (
            '<span>03-12-2025, 11:05 PM<br><a href="/t?last">Last Post</a>: <a href="/u/1">Dan</a></span>',
            "03-12-2025, 11:05 PM",
        ),
        ('<td>Jane Doe<br/><span class="email">jane@clinic.example</span></td>', "Jane Doe"),
        ('<div>$12.99<br><time datetime="2025-03-01">1 March</time></div>', "$12.99"),
    ],
)
def test_a_line_before_a_break_and_values_after_it_is_a_value_of_its_own(markup: str, lead: str) -> None:
    element = _element(markup)
    assert line_before_break(element) == lead
    assert not owns_text(element)  # the values after the break are walked as slots of their own


@pytest.mark.parametrize(
    "markup",
    [
        "<address>12 High Street<br>London<br>SW1A 1AA</address>",  # an address over lines
        '<p>12 High Street<br>London <a href="/map">Map</a></p>',  # the next line opens with bare text
        "<p>Roses are red<br><em>violets</em> are blue</p>",  # emphasis is a word of the line
        '<div>Phone:<br><a href="tel:+441234">01234 567</a></div>',  # a caption before its value
        "<p>"
        + "A long opening sentence of a paragraph that runs well past a value's length"
        + '<br><a href="/more">Read more</a></p>',
        '<span>03-12-2025 <b>11:05</b><br><a href="/u/1">Dan</a></span>',  # the line is not all bare text
    ],
)
def test_text_written_over_lines_is_no_line_of_values(markup: str) -> None:
    assert line_before_break(_element(markup)) is None


def test_text_written_over_lines_stays_one_value() -> None:
    assert owns_text(_element("<address>12 High Street<br>London<br>SW1A 1AA</address>"))


def test_a_forum_row_holds_the_last_post_date_and_its_poster_in_slots_of_their_own() -> None:
    """A long poster's name outweighs the date on some rows: read whole, the cell owned its text on
    some records and not on others, so neither the date nor the poster had one place."""
    table = _element(f"<table><tbody>{''.join(_row(n, *t) for n, t in enumerate(THREADS))}</tbody></table>")
    slots = collect_slots(table.xpath(".//tr"))
    texts = [[o.value for n in range(len(THREADS)) for o in s.per_record.get(n, [])[:1]] for s in slots]
    assert [t[4] for t in THREADS] in texts
    assert [t[5] for t in THREADS] in texts
