"""Facts listed as an inline icon and a bare figure, every item classed alike ("78 m²", "2"), with an
optional plot area before the rooms and an optional rating chip after them: the rooms are found by
their icon's drawing, so a card without the chip still gives its rooms."""

from __future__ import annotations

from lxml import html as lxml_html  # type: ignore[import-untyped]

from agents.heuristics.drawnicons import drawn_icon
from agents.scout import analyze_page
from pipeline.core.extract import extract_records

URL = "https://homes.example/buy?city=lyon"
AREA = "M1 1h6v6H1z"
PLOT = "M2 2h8v8H2zm1 1v6h6V3z"
ROOMS = "M3 7h2v6h14v4h-2v-2H5v2H3z"


def _icon(drawing: str) -> str:
    return f'<svg viewBox="0 0 24 24" class="icon" aria-hidden="true"><path d="{drawing}"/></svg>'


def _card(n: int, plot: bool, chip: bool) -> str:
    facts = f'<li class="fact">{_icon(AREA)}<span>{40 + n * 9} m²</span></li>'
    if plot:
        facts += f'<li class="fact gap">{_icon(PLOT)}<span>{100 + n * 13} m²</span></li>'
    facts += f'<li class="fact gap">{_icon(ROOMS)}<span>{1 + n % 4}</span></li>'
    if chip:
        facts += f'<li class="fact gap"><span class="chip">{"ABCDEF"[n % 6]}</span></li>'
    return (
        f'<div class="result"><h2><a href="/home/{n}">Rue number {n}, Lyon</a></h2>'
        f'<p class="price">€ {200 + n * 11}.000</p><ul class="facts">{facts}</ul></div>'
    )


def _page(cards: list[tuple[int, bool, bool]]) -> str:
    body = "".join(_card(*c) for c in cards)
    return (
        '<html lang="en"><head><title>Homes</title></head><body><header><a href="/">Home</a></header>'
        f'<main><div class="results">{body}</div></main></body></html>'
    )


def test_an_inline_icon_gives_its_drawing() -> None:
    assert drawn_icon(lxml_html.fragment_fromstring(_icon(ROOMS))) == ROOMS
    assert drawn_icon(lxml_html.fragment_fromstring('<svg><path d="M1 1\n h2"/></svg>')) is None
    assert drawn_icon(lxml_html.fragment_fromstring('<i class="icon-bed"></i>')) is None


def test_rooms_are_read_on_a_card_without_its_last_fact() -> None:
    first = _page([(n, n % 3 == 0, True) for n in range(1, 13)])
    spec = analyze_page(first, URL).spec
    shown = [dict(r) for r in extract_records(first, URL, spec)]
    rooms = next(f.name for f in spec.fields if [r.get(f.name) for r in shown] == [1 + n % 4 for n in range(1, 13)])
    later = _page([(20, False, True), (21, False, False), (22, True, False), (23, True, True)])
    records = [dict(r) for r in extract_records(later, URL + "&page=2", spec)]
    assert [r.get(rooms) for r in records] == [1, 2, 3, 4]
