"""Rows of an offer card in atomic CSS: one soup of layout tokens on every row and every text.

A delivery row (with or without the carrier's logo) sits after an optional struck-price row, so its
place among the card's rows shifts. Both the struck-price row and the logo-less delivery row are as
alike in inner tags to the logo'd delivery row; the row whose classes are the delivery row's is its
variant (``rowshapes``). Inside the row the delivery date and the note beside it share the soup; the
date alone carries one more token, which also sits on a price digit deeper in the card: the date is
that token's span under its row, the note the span after it (``lookalikes._own_class``).
"""

from __future__ import annotations

from lxml import html as lxml_html  # type: ignore[import-untyped]

from agents.heuristics.fieldcandidates import candidates
from agents.heuristics.rowshapes import shape_places
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://market.example/c/headphones"
SOUP = "qz_t1 wv_4k hn_02 lp_9a"
DAYS = ["delivery tomorrow", "delivery in 2 days", "delivery Tue 18 Mar", "delivery tomorrow", "delivery Mon 17 Mar"]


def _note(n: int) -> str:
    return "free delivery" if n % 2 else f"{30 + n},99 zł with delivery"


def _row_delivery(n: int, logos: bool) -> str:
    logo = '<img src="/i/courier.svg" alt="">' if logos or n % 3 != 2 else ""
    note = _note(n)
    return (
        f'<div class="fx_k2 rw_5m"><span class="{SOUP} ab_eta">{DAYS[n % len(DAYS)]}</span>'
        f'<span class="{SOUP}">{note}</span>{logo}</div>'
    )


def _card(n: int, logos: bool = False) -> str:
    struck = (
        f'<div class="fx_k2 rw_5m gp_1w"><span class="{SOUP} rd_x">-10%</span><s class="{SOUP}">{40 + n},99 zł</s>'
        f'<span class="{SOUP}">lowest price in 30 days</span></div>'
        if n % 4 == 1 and n % 3 != 2  # a card without the logo never shows a struck price
        else ""
    )
    return (
        f'<article class="fx_k2 of_7c"><h2 class="hd_3"><a class="hd_3" href="/offer/{n}">Headphones model {n}</a></h2>'
        f'<div class="fx_k2 cl_8t"><div class="fx_k2 rw_5m gp_1w pb_2"><span><span class="pr_6 ab_eta">{20 + n},'
        f'</span><span class="pr_7">99 zł</span></span></div>{struck}'
        f'<span class="{SOUP}">buy now</span>{_row_delivery(n, logos)}'
        f'<span class="{SOUP}">{n * 13} people bought</span></div></article>'
    )


def _page(numbers: range, logos: bool = False) -> str:
    """Cards whose delivery row shows the carrier's logo on most cards, or on all (``logos``)."""
    return list_page("".join(_card(n, logos) for n in numbers), '<main><section class="fx_k2 ls_1">{}</section></main>')


def test_a_row_variant_joins_the_row_whose_classes_it_shares() -> None:
    root = lxml_html.fromstring(_page(range(12)))
    runs = [[row for row in column if row.tag == "div"] for column in root.cssselect("div.cl_8t")]
    places = shape_places(runs)
    assert places is not None
    delivery = [len(run) - 1 for run in runs]  # the delivery row is each card's last row
    assert [p[i] for p, i in zip(places, delivery, strict=True)] == [2] * len(runs)


def test_a_value_is_found_by_the_class_only_it_carries_among_its_siblings() -> None:
    root = lxml_html.fromstring(_page(range(3)))
    record = root.cssselect("article")[0]
    date = record.cssselect("span.ab_eta")[1]
    assert "div.fx_k2 > span.ab_eta" in candidates(record, date)
    assert "div.fx_k2 > span.ab_eta + span.qz_t1" in candidates(record, date.getnext())


def test_the_delivery_date_and_its_note_are_read_in_every_card_wherever_their_row_sits() -> None:
    spec, records = spec_and_records(_page(range(12), logos=True), URL)
    columns = [[r.get(f.name) for r in records] for f in spec.fields]
    assert [DAYS[n % len(DAYS)] for n in range(12)] in columns, [f.selector for f in spec.fields]
    assert [_note(n) for n in range(12)] in columns, [f.selector for f in spec.fields]
