"""Lists whose every class is a build hash (CSS modules, Emotion): records told apart by structure.

No class names the records, so a selector like ``main li`` also matches the pager's items or a
second list; the records are then the ones holding a part the others lack (``li:has(h2)``).
Rows of two kinds under one table (a job row and its hidden details row) are two groups by their
hashed classes, which are stable within one page even where they are no anchor.
"""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.anchors import build_selector
from tests.unit.agents.conftest import spec_and_records

URL = "https://shop.example/shop/"
TREES = ("Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Gum", "Hazel", "Ivy", "Juniper")
KETTLES = [f"Copper Kettle Model {name}" for name in TREES]


def _product(i: int, name: str) -> str:
    return (
        f'<li class="css-1k2j3h4g5f css-9a8b7c6d5e"><a class="css-0f1e2d3c4b" href="/product/{i}/">'
        f'<img class="css-5a4b3c2d1e" src="/img/{i}.jpg" alt=""><h2 class="css-6b5c4d3e2f">{name}</h2>'
        f'<span class="css-7c6d5e4f3a">£{20 + i}.00</span></a>'
        f'<a class="css-8d7e6f5a4b" href="/cart/?add={i}">Add to basket</a></li>'
    )


def _shop_page() -> str:
    products = "".join(_product(i, name) for i, name in enumerate(KETTLES))
    pager = "".join(f'<li class="css-2e3f4a5b6c"><a href="/shop/page/{n}/">{n}</a></li>' for n in (2, 3, 4))
    return (
        '<html><body><header class="css-3f4a5b6c7d"><a href="/">Copper &amp; Co</a></header>'
        '<main id="main"><p class="css-4a5b6c7d8e">Showing 1–10 of 40 results</p>'
        f'<ul class="css-5b6c7d8e9f">{products}</ul>'
        f'<nav class="css-6c7d8e9f0a"><ul class="css-7d8e9f0a1b">{pager}</ul></nav></main></body></html>'
    )


def test_hashed_products_are_told_from_the_pager_by_their_heading() -> None:
    spec, records = spec_and_records(_shop_page(), URL)
    assert [r.get("title") for r in records] == KETTLES
    assert all(r["url"].startswith("https://shop.example/product/") for r in records)
    assert "css-" not in spec.record_selector  # a build hash changes on the next deploy


def test_a_second_hashed_list_of_other_headings_is_left_out() -> None:
    latest = "".join(
        f'<li class="css-aa11bb22cc"><h2 class="css-dd33ee44ff"><a href="/{n}/">Glaze notes part {n}</a></h2>'
        f'<p class="css-0a1b2c3d4e">How the kiln behaved in firing {n}, and what we changed.</p></li>'
        for n in range(1, 7)
    )
    popular = "".join(
        f'<li class="css-aa11bb22cc"><h3 class="css-ee55ff66aa"><a href="/p{n}/">Popular piece {n}</a></h3></li>'
        for n in range(1, 5)
    )
    page = Selector(
        text=f'<html><body><main><ul class="css-1a">{latest}</ul><aside><ul class="css-2b">{popular}</ul></aside>'
        "</main></body></html>"
    )
    members = [node.root for node in page.css("ul.css-1a > li")]
    built = build_selector(page, members)
    assert built is not None
    css, _ = built
    assert [n.root for n in page.css(css)] == members
    assert "css-" not in css


def _job_rows(n: int) -> str:
    return (
        '<tr class="css-3c4d5e6f7a css-0b1c2d3e4f">'
        f'<td class="css-9a8b7c6d5e"><a href="/jobs/{n}"><h2>Engineer {n}</h2></a><h3>Company {n}</h3></td>'
        f'<td class="css-8b7c6d5e4f">${60 + n}k - ${90 + n}k</td><td><time datetime="2026-03-0{n}">{n}d</time></td>'
        "</tr>"
        '<tr class="css-1d2e3f4a5b"><td colspan="3">'
        f'<div class="css-2e3f4a5b6c"><p>Role {n}: build and run the data platform '
        "for our analysts, own the pipelines end to end and mentor two juniors.</p>"
        f"<p>We pay ${60 + n}k to ${90 + n}k depending on experience, plus equity and a home office budget.</p>"
        f'<p>Apply at <a href="/apply/{n}">our careers page</a> before the end of the month.</p></div></td></tr>'
    )


def test_rows_of_two_hashed_kinds_are_the_records_not_their_details() -> None:
    rows = "".join(_job_rows(n) for n in range(1, 9))
    html = f'<html><body><table id="jobsboard"><tbody>{rows}</tbody></table></body></html>'
    _spec, records = spec_and_records(html, "https://jobs.example/remote/")
    titles = [r.get("title") for r in records]
    assert titles == [f"Engineer {n}" for n in range(1, 9)]


def _story_rows(n: int) -> str:
    return (
        f'<tr class="css-5e6f7a8b9c" data-id="{4310 + n}"><td class="css-0a"><span class="css-1b">{n}.</span></td>'
        f'<td class="css-2c"><a href="vote?id={n}"><div class="css-3d"></div></a></td>'
        f'<td class="css-4e"><span class="css-5f"><a href="https://blog{n}.example/post">Story number {n} about make'
        "</a>"
        "</span></td></tr>"
        f'<tr><td colspan="2"></td><td class="css-6a"><span class="css-7b">{100 + n} points</span> by '
        f'<a href="user?id=u{n}">user{n}</a> | <a href="item?id={n}">{n * 3} comments</a></td></tr>'
        '<tr class="css-8c" style="height:5px"></tr>'
    )


def test_two_row_records_of_hashed_classes_are_named_by_an_attribute_each_carries() -> None:
    header = (
        '<tr><td><table><tr><td><a href="/"><img src="logo.gif"></a></td>'
        '<td><span class="css-9d"><a href="/new">new</a> | <a href="/past">past</a></span></td>'
        '<td><a href="/login">login</a></td></tr></table></td></tr>'
    )
    stories = "".join(_story_rows(n) for n in range(1, 9))
    html = (
        f'<html><body><center><table id="main">{header}<tr><td><table>{stories}</table></td></tr></table>'
        "</center></body></html>"
    )
    spec, records = spec_and_records(html, "https://news.example/")
    assert [r.get("title") for r in records] == [f"Story number {n} about make" for n in range(1, 9)]
    assert "[data-id]" in spec.record_selector


def test_results_alike_only_in_their_place_are_named_by_their_tag_path() -> None:
    results = "".join(
        f'<li class="css-1a2b3c4d5e"><div class="css-2b"><a href="/wiki/Light_{n}">Lighthouse {n}</a></div>'
        f'<div class="css-3c">The lighthouse {n} stands on the cape and was lit in 18{n}0.</div>'
        f'<div class="css-4d">{n} KB ({n * 100} words) - 12:0{n}, 3 March 2024</div></li>'
        for n in range(1, 8)
    )
    sisters = "".join(
        f'<li class="css-5e"><div><a href="https://sister{n}.example/">Sister {n}</a></div></li>' for n in (1, 2)
    )
    page = Selector(
        text='<html><body><main><div id="content"><div class="css-6f"><div><ul class="css-7a">'
        f'{sisters}</ul></div></div><div class="css-8b"><ul class="css-9c">{results}</ul></div></div>'
        "</main></body></html>"
    )
    members = [node.root for node in page.css("ul.css-9c > li")]
    built = build_selector(page, members)
    assert built is not None
    assert [n.root for n in page.css(built[0])] == members
    assert "css-" not in built[0]


def _event_copy(n: int, layout: str) -> str:
    return (
        f'<div class="{layout}"><section class="css-1e"><a href="/e/event-{n}"><h3>Night market {n}</h3></a>'
        f"<p>Sat, Mar {n + 10}, 7:00 PM</p><p>Lakeside Park</p><p>From ${10 + n}.00</p></section></div>"
    )


def test_a_card_written_for_phones_and_for_desktops_is_one_record() -> None:
    cards = "".join(
        f'<li><div class="css-2f">{_event_copy(n, "css-3a")}{_event_copy(n, "css-4b")}</div></li>' for n in range(1, 9)
    )
    html = f'<html><body><main><section><ul class="css-5c">{cards}</ul></section></main></body></html>'
    _spec, records = spec_and_records(html, "https://events.example/d/oakland/")
    assert [r.get("title") for r in records] == [f"Night market {n}" for n in range(1, 9)]


def test_a_selector_never_lists_a_page_of_exceptions() -> None:
    cards = "".join(
        f'<div class="tile"><h3><a href="/v/{n}">Video {n}</a></h3><img src="/t/{n}.jpg"></div>' for n in range(8)
    )
    others = "".join(f'<div class="tile part-{chr(97 + n)}x"><span>Widget {n}</span></div>' for n in range(20))
    page = Selector(text=f'<html><body><div id="contents">{cards}{others}</div></body></html>')
    members = [node.root for node in page.css("div.tile") if node.css("h3")]
    built = build_selector(page, members)
    assert built is not None
    assert [n.root for n in page.css(built[0])] == members
    assert ":not(" not in built[0]  # twenty exceptions describe this page; a heading describes the cards


def _incident(code: str, title: str) -> str:
    return (
        f'<div class="css-4cddd52eac"><div class="css-6ed057ef8f"><a class="css-71c0a2b3d4" href="/incidents/{code}">'
        f'{title}</a></div><div class="css-e059fc6904"><strong>Resolved</strong> - {title} is fixed.</div></div>'
    )


def test_hashed_records_linking_to_their_own_pages_are_told_from_a_form_beside_them() -> None:
    """Records under month blocks and a subscribe form at the same depth: no part tag tells them
    apart, but each record links to a page of one kind (``/incidents/…``), which the form does not."""
    months = "".join(
        f'<div class="css-13ba88d9fc"><h4>{month} 2025</h4><div class="css-021710fa78">'
        + "".join(_incident(f"{month[:3].lower()}{n}x", f"{month} outage number {n}") for n in range(1, 4))
        + "</div></div>"
        for month in ("March", "February")
    )
    form = (
        '<div class="css-aa01bb02cc"><div class="css-cc03dd04ee"><div class="css-ee05ff06aa">'
        '<div class="css-2c84217183">Get email notifications whenever we <strong>resolve</strong> one.</div>'
        '<form action="/subscriptions" method="post"><input name="email"></form></div></div></div>'
    )
    page = Selector(
        text=f'<html><body><div class="css-1a">{form}</div><div class="css-1a"><div class="css-2b">{months}'
        "</div></div></body></html>"
    )
    members = [node.root for node in page.xpath("//div[@class='css-4cddd52eac']")]
    built = build_selector(page, members)
    assert built is not None
    css, _ = built
    assert [n.root for n in page.css(css)] == members
    assert 'a[href^="/incidents/"]' in css
    assert "css-" not in css


def test_a_hashed_record_among_divs_is_not_its_own_second_div() -> None:
    """Records that are ``div``s under group ``div``s: the second record of each group is itself
    the second ``div`` there, so a field read by its place is read from the record down."""
    notes = ("Deployed the fix", "Restarted the workers", "Rolled back the release", "Raised the quota")
    groups = "".join(
        f'<div class="css-5e6f7a8b9c"><h4>Week {week}</h4><div class="css-6f7a8b9c0d">'
        + "".join(
            f'<div class="css-7a8b9c0d1e"><div class="css-8b9c0d1e2f"><a href="/changes/w{week}n{n}">'
            f"Change {week}.{n} to the billing service</a></div>"
            f'<div class="css-9c0d1e2f3a"><strong>Done</strong> - {note} in week {week}.</div></div>'
            for n, note in enumerate(notes)
        )
        + "</div></div>"
        for week in (1, 2, 3)
    )
    spec, records = spec_and_records(f'<html><body><main id="main">{groups}</main></body></html>', URL)
    assert len(records) == 12
    texts = [next((v for v in r.values() if isinstance(v, str) and " in week " in v), None) for r in records]
    assert texts == [f"{note} in week {week}." for week in (1, 2, 3) for note in notes]
    assert "css-" not in spec.record_selector
