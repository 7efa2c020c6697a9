"""A heading between records opens the group after it: it is no optional companion of the record before
it (a day's date over its events), while a paper's abstract after its line still is."""

from __future__ import annotations

from lxml.html import fromstring

from agents.heuristics.rowspan import find_span

# Today's events have no heading; each later day opens with its date, over one or two events.
_SEQUENCE = "eeheeheheeheheehe"


def _events() -> str:
    html, number, day = "<div id='l'>", 0, 0
    for part in _SEQUENCE:
        if part == "h":
            day += 1
            html += f"<h3 class='day'>Saturday {day} March</h3>"
        else:
            number += 1
            html += f"<div class='ev'><a href='/e/{number}'>Event number {number}</a> <span>20:00</span></div>"
    return html + "</div>"


def test_a_day_heading_is_no_companion_of_the_event_before_it() -> None:
    root = fromstring(_events())
    assert find_span(root.xpath("//div[@class='ev']"), varying=True) is None


def test_a_papers_abstract_after_most_papers_is_still_its_companion() -> None:
    html = "<div id='v'>"
    for i in range(8):
        html += f"<p class='paper'><a href='/p/{i}'>Paper number {i} on parsing</a></p>"
        if i % 4 != 3:
            html += f"<div class='abstract'>We study problem {i} and find it is hard.</div>"
    root = fromstring(html + "</div>")
    span = find_span(root.xpath("//p[@class='paper']"), varying=True)
    assert span is not None and span.size == 2


def test_a_companion_opening_with_its_own_heading_is_still_a_companion() -> None:
    html = "<div id='v'>"
    for i in range(10):
        html += f"<div class='job'><h3><a href='/jobs/{i}-engineer'>Engineer role number {i}</a></h3></div>"
        if i in (0, 1, 3, 4, 6, 8, 9):
            html += f"<h4>Requirements</h4><ul class='reqs'><li>{i + 2} years of Python</li><li>Degree {i}</li></ul>"
    root = fromstring(html + "</div>")
    span = find_span(root.xpath("//div[@class='job']"), varying=True)
    assert span is not None and span.size == 3
