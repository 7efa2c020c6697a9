"""Review of round 23: hostile input in the pager marks, the read-more cut, flat indexes, the
unlabelled "Next" probe and the event clock pieces."""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import lxml.html
import pytest
from parsel import Selector

from agents import pageprobe
from agents.heuristics import flatindex, sitechrome
from agents.heuristics.dom import DomIndex, build_index
from agents.heuristics.lastpage import GAP_TEXT, LAST_TEXT
from agents.pageprobe import scripted_paging
from pipeline.core.extract import element_text
from pipeline.core.morelinks import says_read_more
from tests.unit.agents.conftest import list_page, spec_and_records

T = TypeVar("T")
#: A fail-safe, not a measure: the patterns answer in microseconds; before the fix these inputs
#: took minutes to hours, so the test fails at the alarm instead of hanging the suite.
ALARM_SECONDS = 5


@contextmanager
def _alarm() -> Iterator[None]:
    def _timeout(*_: object) -> None:
        raise TimeoutError("the pattern backtracks")

    previous = signal.signal(signal.SIGALRM, _timeout)
    signal.setitimer(signal.ITIMER_REAL, ALARM_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _bounded(call: Callable[[], T]) -> T:
    with _alarm():
        return call()


def test_a_read_more_link_of_a_long_run_of_stops_does_not_backtrack() -> None:
    assert not _bounded(lambda: says_read_more("more" + "." * 120 + "!"))
    html = '<p>one two three four <a href="/x">more' + "." * 120 + "!</a></p>"
    assert _bounded(lambda: element_text(lxml.html.fragment_fromstring(html))).endswith("!")
    assert says_read_more("Read more.....") and says_read_more("more..") and not says_read_more("more.")


def test_pager_gap_and_last_marks_read_long_runs_in_linear_time() -> None:
    assert _bounded(lambda: GAP_TEXT.match("." * 20_000 + "x")) is None
    assert _bounded(lambda: LAST_TEXT.search("»|" * 20_000 + "x")) is None
    assert all(GAP_TEXT.match(t) for t in ("…", "...", " … ", "⋯", "·…·"))
    assert not any(GAP_TEXT.match(t) for t in (".", ". . .", "…x", ""))
    assert all(LAST_TEXT.search(t) for t in ("»|", " » | ", ">|", "Last »", "⏭"))
    assert not any(LAST_TEXT.search(t) for t in ("»", "|", "»|x"))


def test_a_page_of_dots_is_read_for_its_pager_in_linear_time() -> None:
    from agents.heuristics.lastpage import last_page_number

    page = Selector(text="<p>" + "." * 20_000 + 'x</p><a href="?page=2">2</a><a href="?page=3">3</a>')
    assert _bounded(lambda: last_page_number(page, "page", 1)) == 3


def test_a_last_button_numbered_in_superscript_digits_is_no_page_number() -> None:
    # "²".isdigit() holds and int("²") raises: the survey died on this pager
    html = '<div class="pagination"><button>1</button><button>2</button><button data-page="²">Last</button></div>'
    assert scripted_paging(Selector(text=html)) == ("numbered page buttons without links", 2)


def test_more_as_the_last_word_of_a_sentence_stays() -> None:
    def text(html: str) -> str:
        return element_text(lxml.html.fragment_fromstring(html))

    assert text('<p>Free shipping on shoes, bags and <a href="/more">more</a></p>') == (
        "Free shipping on shoes, bags and more"
    )
    assert text('<p>Die Kollektion hat Hosen, Jacken und <a href="/m">mehr</a></p>') == (
        "Die Kollektion hat Hosen, Jacken und mehr"
    )
    assert text('<p>I liked the first chapter and want to <a href="/m">read more</a></p>').endswith("read more")
    # set apart by a stop, by its own arrow, or in a block of its own, it is still cut
    assert text('<p>Free shipping on shoes and bags. <a href="/m">More</a></p>') == "Free shipping on shoes and bags."
    assert text('<p>Free shipping on shoes and bags <a href="/m">More »</a></p>') == "Free shipping on shoes and bags"
    html = '<div><p>Free shipping on shoes and bags</p><p><a href="/m">Read more</a></p></div>'
    assert text(html) == "Free shipping on shoes and bags"


def _link_lists(lists: int) -> str:
    words = ["amber", "basil", "cedar", "dune", "ember", "fjord", "grove", "heath", "inlet", "juniper"]
    body = "".join(
        f'<section class="s{g}"><h2>Part {g}</h2><ul class="k{g}">'
        + "".join(
            f'<li class="c{g}"><a href="/g{g}/p{i}">{words[i % 10]} {words[(i + g) % 10]}{g}x{i}</a></li>'
            for i in range(16)
        )
        + "</ul></section>"
        for g in range(lists)
    )
    return f"<html><body><main>{body}</main></body></html>"


def test_the_content_region_is_measured_once_for_all_its_link_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    index = build_index(lxml.html.fromstring(_link_lists(60)))
    lists = [list(ul.iterchildren("li")) for ul in index.root.iter("ul")]
    walks = 0
    measured = sitechrome._measured_outside_chrome

    def counting(region: lxml.html.HtmlElement, index: DomIndex) -> int:
        nonlocal walks
        walks += 1
        return measured(region, index)

    monkeypatch.setattr(sitechrome, "_measured_outside_chrome", counting)
    for members in lists:
        flatindex.is_flat_index(members, index)
    # one walk of the region (about 2,000 elements), not one per list (60 of them)
    assert walks == 1


def test_nested_buttons_are_not_each_read_for_next(monkeypatch: pytest.MonkeyPatch) -> None:
    read = 0
    full_text = pageprobe.full_text

    def counting(element: lxml.html.HtmlElement) -> str:
        nonlocal read
        read += 1
        return full_text(element)

    monkeypatch.setattr(pageprobe, "full_text", counting)
    page = Selector(text="<div>" + "<button>x" * 300 + "</button>" * 300 + "</div>")
    assert not pageprobe._unlinked_next(page, "https://forum.test/c/ferns?page=1")
    assert read <= 4  # the innermost button only: each outer one read its whole nest again


def test_a_carousel_next_inside_the_layouts_page_wrapper_is_no_pager() -> None:
    page = (
        '<html><body><div class="page-content"><div class="carousel"><button class="slide">Next</button>'
        "</div></div><ul><li>Fern A</li><li>Fern B</li></ul></body></html>"
    )
    assert scripted_paging(Selector(text=page), "https://forum.test/c/ferns") is None
    pager = '<html><body><ul class="page-numbers"><li><button>Next</button></li></ul></body></html>'
    assert scripted_paging(Selector(text=pager), "https://forum.test/c/ferns") is not None


def test_a_saturday_event_keeps_its_start_time() -> None:
    days = [(13, "Fri"), (14, "Sat"), (15, "Sun"), (21, "Sat"), (22, "Sun")]
    cards = "".join(
        f'<li class="event-row"><time class="event-datetime" datetime="2025-03-{day}">'
        f'<span class="event-start">{weekday}, March {day} at 7:00 pm</span></time>'
        f'<h3><a class="event-link" href="/event/{n}/">Concert number {n}</a></h3>'
        f'<span class="venue">Hall {n + 1}</span></li>'
        for n, (day, weekday) in enumerate(days)
    )
    records = spec_and_records(list_page(f"<ul>{cards}</ul>"), "https://events.example/events/")[1]
    assert [r.get("time") for r in records] == ["7:00 pm"] * len(days)
