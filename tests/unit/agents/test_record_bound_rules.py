"""The rules that set a list's records apart from what sits among them, each on its own.

A featured first card in bigger markup is a record; a ``tbody`` of a title row and a meta row is
one record; a carousel cut into the grid in the records' card markup is left out by its block; a
filter's checkbox options are no records, however many and alike; a menu's priced dishes are
the records inside its sections; a result grid's caption cell, holding no link and no price, is
no offer; the ``<hr>`` closing each post of a flat archive is no part of the post's span; a record
opening on its heading keeps it when some records hold one more block than others.
"""

from __future__ import annotations

from lxml import html
from parsel import Selector

from agents.heuristics.anchors import build_selector
from agents.heuristics.barecells import without_bare_cells
from agents.heuristics.dom import build_index, full_text
from agents.heuristics.extrablocks import block_nots
from agents.heuristics.featuredcards import is_featured_version
from agents.heuristics.filterchoices import are_filter_choices
from agents.heuristics.records import find_record_groups
from agents.heuristics.rowspan import find_span
from agents.heuristics.shapes import consensus, shape_of
from agents.heuristics.tablebodies import is_record_body

TITLES = ["Ferry terminal approved", "Sourdough needs rest", "Paper maps return", "Rail talks resume", "Urban foxes"]


def _page(main: str) -> html.HtmlElement:
    return html.fromstring(f"<html><body><main>{main}</main></body></html>")


def _best(root: html.HtmlElement) -> list[html.HtmlElement]:
    return find_record_groups(build_index(root))[0].members


# --- a featured first card -----------------------------------------------------------------


def _post(n: int, title: str) -> str:
    return (
        f'<article class="post"><h3 class="post__title"><a href="/{n}-story/">{title}</a></h3>'
        f'<p class="post__meta">Jane Doe · {n + 1} March 2025</p></article>'
    )


FEATURED = (
    '<article class="post post--featured"><a href="/0-story/"><img src="/big.jpg" alt=""></a>'
    '<span class="cat">Local</span><h2 class="post__title"><a href="/0-story/">Ferry terminal approved</a></h2>'
    '<p class="post__excerpt">The long lede of the lead story. Another sentence.</p>'
    '<p class="post__meta">Jane Doe · 1 March 2025</p></article>'
)


def test_a_featured_first_card_in_bigger_markup_is_a_record_of_the_list() -> None:
    root = _page(f'<div class="posts">{FEATURED}{"".join(_post(n, t) for n, t in enumerate(TITLES[1:], 1))}</div>')
    members = _best(root)
    assert len(members) == 5
    assert "post--featured" in (members[0].get("class") or "")


def test_a_featured_card_shows_the_template_slots_whatever_its_heading_level() -> None:
    root = _page(f'<div class="posts">{FEATURED}{"".join(_post(n, t) for n, t in enumerate(TITLES[1:], 1))}</div>')
    cards = root.xpath("//article")
    template = consensus([shape_of(c) for c in cards[1:]])
    assert is_featured_version(cards[0], cards[1:], template)


def test_a_signup_box_in_the_card_markup_is_no_featured_card() -> None:
    box = (
        '<article class="post newsletter"><h2>Get the morning briefing</h2><p>Our best stories.</p>'
        '<form action="/subscribe"><input type="email" name="email"><button>Sign up</button></form></article>'
    )
    root = _page(f'<div class="posts">{box}{"".join(_post(n, t) for n, t in enumerate(TITLES))}</div>')
    cards = root.xpath("//article")
    assert not is_featured_version(cards[0], cards[1:], consensus([shape_of(c) for c in cards[1:]]))
    assert all("newsletter" not in (m.get("class") or "") for m in _best(root))


# --- a tbody per record --------------------------------------------------------------------


def _bodies(rows: str, count: int = 4) -> html.HtmlElement:
    return _page(f'<table class="topics">{"".join(rows.format(n=n) for n in range(count))}</table>')


TITLE_AND_META = (
    '<tbody><tr><td rowspan="2">{n}</td><td><a href="/t/{n}">Topic number {n} of the board</a></td></tr>'
    '<tr><td class="meta">Jane Doe · 2 March 2025</td></tr></tbody>'
)


def test_a_tbody_of_a_title_row_and_a_meta_row_is_one_record() -> None:
    root = _bodies(TITLE_AND_META)
    assert all(is_record_body(b) for b in root.xpath("//tbody"))
    members = _best(root)
    assert [m.tag for m in members] == ["tbody"] * 4


def test_a_tbody_of_alike_rows_under_a_heading_row_is_a_section() -> None:
    section = (
        '<tbody><tr><th colspan="2">March {n}</th></tr>'
        '<tr><td><a href="/a/{n}">First item of the month</a></td><td>3</td></tr>'
        '<tr><td><a href="/b/{n}">Second item of the month</a></td><td>4</td></tr></tbody>'
    )
    alike = (
        '<tbody><tr><td><a href="/a/{n}">First item of the month</a></td><td>3</td></tr>'
        '<tr><td><a href="/b/{n}">Second item of the month</a></td><td>4</td></tr></tbody>'
    )
    assert not any(is_record_body(b) for b in _bodies(section).xpath("//tbody"))
    assert not any(is_record_body(b) for b in _bodies(alike).xpath("//tbody"))
    assert not any(is_record_body(b) for b in _bodies(TITLE_AND_META, count=1).xpath("//tbody"))


# --- a carousel cut into the grid ----------------------------------------------------------


def _card(name: str) -> str:
    slug = name.lower().replace(" ", "-")
    return (
        f'<li class="grid__item"><a href="/products/{slug}"><img src="/{slug}.jpg" alt="">'
        f'<h3 class="card__title">{name}</h3></a><span class="price">$12.00</span></li>'
    )


def test_cards_in_a_carousel_between_the_grid_rows_are_left_out_by_their_block() -> None:
    first = "".join(_card(f"Kettle {n}") for n in range(4))
    rest = "".join(_card(f"Ladle {n}") for n in range(4))
    related = "".join(_card(f"Gift set {n}") for n in range(4))
    main = (
        f'<ul class="grid">{first}</ul><section class="related"><h2>You may also like</h2>'
        f'<ul class="grid carousel">{related}</ul></section><ul class="grid">{rest}</ul>'
    )
    root = _page(main)
    page = Selector(root=root)
    records = [li for li in root.xpath("//li") if li.getparent().getparent().tag == "main"]
    carousel = root.xpath("//ul[contains(@class, 'carousel')]/li")
    assert block_nots(records, carousel[0]) == {":not(.related *)", ":not(.carousel *)"}
    built = build_selector(page, records)
    assert built is not None
    assert {id(n.root) for n in page.css(built[0])} == {id(r) for r in records}


def test_look_alikes_beside_the_records_have_no_block_of_their_own() -> None:
    root = _page(f'<ul class="grid">{"".join(_card(f"Kettle {n}") for n in range(5))}</ul>')
    cards = root.xpath("//li")
    assert block_nots(cards[:4], cards[4]) == set()


# --- a filter's choices --------------------------------------------------------------------


FACETS = "".join(
    f'<li><label><input type="checkbox" name="brand" value="b{k}"> Brand {k} <span class="count">({k + 1})</span>'
    "</label></li>"
    for k in range(15)
)


def test_checkbox_options_of_a_filter_are_no_records_beside_two_products() -> None:
    cards = "".join(_card(n) for n in ("Copper Kettle", "Walnut Tray"))
    root = _page(f'<div class="facets"><ul>{FACETS}</ul></div><ul class="products">{cards}</ul>')
    assert are_filter_choices(root.xpath("//div[@class='facets']//li"))
    assert [m.getparent().get("class") for m in _best(root)] == ["products", "products"]


def test_cards_with_a_compare_box_are_still_records() -> None:
    cards = "".join(
        f'<li><a href="/p/{k}">Product number {k}</a><label><input type="checkbox"> Compare</label></li>'
        for k in range(6)
    )
    assert not are_filter_choices(_page(f"<ul>{cards}</ul>").xpath("//li"))


# --- a menu's sections ---------------------------------------------------------------------


def test_priced_dishes_inside_menu_sections_are_the_records() -> None:
    sections = {
        "Starters": ["Tomato soup", "Garlic bread", "Calamari"],
        "Mains": ["Fish pie", "Lamb shank", "Risotto", "Veggie burger"],
        "Desserts": ["Sticky toffee pudding", "Lemon tart"],
    }
    main = "".join(
        f"<section><h2>{name}</h2><ul class='dishes'>"
        + "".join(
            f'<li class="dish"><span class="name">{d}</span><span class="price">£{6 + k}.50</span></li>'
            for k, d in enumerate(dishes)
        )
        + "</ul></section>"
        for name, dishes in sections.items()
    )
    members = _best(_page(f'<div class="menu">{main}</div>'))
    assert [m.get("class") for m in members] == ["dish"] * 9


# --- cells of a result grid holding no offer -----------------------------------------------


def _grid(caption: str) -> html.HtmlElement:
    items = "".join(
        f'<div class="s-result-item"><h2><a href="/dp/B0{k}X">Product number {k}</a></h2>'
        f'<span class="a-price">${10 + k}.00</span><span>4.{k} out of 5 stars</span></div>'
        for k in range(8)
    )
    return _page(f'<div class="s-main-slot">{caption}{items}</div>')


def test_a_caption_cell_without_link_or_price_is_no_record_of_a_result_grid() -> None:
    caption = '<div class="s-result-item"><h2>Results</h2><span>Check each product page for other options.</span></div>'
    root = _grid(caption)
    cells = root.xpath("//div[@class='s-result-item']")
    assert without_bare_cells(cells, build_index(root)) == cells[1:]
    assert [m.xpath("string(.//h2)") for m in _best(root)] == [f"Product number {k}" for k in range(8)]


def test_a_cell_with_a_price_or_a_link_stays() -> None:
    sold_out = '<div class="s-result-item"><h2>Sold out lamp</h2><span class="a-price">$40.00</span></div>'
    root = _grid(sold_out)
    cells = root.xpath("//div[@class='s-result-item']")
    assert without_bare_cells(cells, build_index(root)) == cells


# --- a rule between flat posts ---------------------------------------------------------------


def test_a_rule_closing_each_flat_post_leaves_the_post_its_four_elements() -> None:
    posts = "<hr>".join(
        f'<h3><a href="/p/{n}.html">{t}</a></h3><div class="date">{n + 1} March 2025</div>'
        f'<p>{t}: a few lines from the post.</p><a class="more" href="/p/{n}.html">Read more</a>'
        for n, t in enumerate(TITLES)
    )
    root = _page(f'<div class="post-outer">{posts}</div>')
    span = find_span(root.xpath("//h3"))
    assert span is not None
    assert span.size == 4


# --- records whose runs of siblings vary -------------------------------------------------------


def _jobs(extra: str) -> html.HtmlElement:
    """A job per heading, its facts under it, and on every third job one more block."""
    runs = "".join(
        f'<h3 class="job"><a href="/job/{n}">{t}</a></h3><ul class="facts"><li>Acme Ltd</li><li>Leeds</li></ul>'
        + (extra if n % 3 == 0 else "")
        for n, t in enumerate(TITLES)
    )
    return _page(f'<section class="jobs">{runs}</section>')


def test_a_record_opening_on_its_heading_keeps_it_when_some_records_hold_one_more_block() -> None:
    root = _jobs('<div class="tags"><span>Remote</span></div>')
    span = find_span(root.xpath("//ul"), varying=True)
    assert span is not None
    assert [full_text(s) for s in span.starts] == TITLES  # the heading each record opens with
    assert span.size == 3  # heading, facts and the optional block; the engine stops at the next heading


def test_headings_chosen_as_records_take_their_block_and_the_optional_one() -> None:
    root = _jobs('<p class="note">Apply by Friday.</p>')
    span = find_span(root.xpath("//h3"), varying=True)
    assert span is not None
    assert span.starts == root.xpath("//h3")
    assert span.size == 3


def test_varying_runs_make_no_span_when_scoring_a_group() -> None:
    """An article's sections run as variously: spans of varying runs are only read of a chosen list."""
    root = _jobs('<div class="tags"><span>Remote</span></div>')
    assert find_span(root.xpath("//ul")) is None


def test_runs_with_nothing_in_common_make_no_span() -> None:
    blocks = ['<p class="a">One line.</p>', '<div class="b">Another.</div>', '<ul class="c"><li>x</li></ul>']
    runs = "".join(
        f'<h3><a href="/p/{n}">{t}</a></h3>{blocks[n % 3]}' + (blocks[(n + 1) % 3] if n % 2 else "")
        for n, t in enumerate(TITLES)
    )
    root = _page(f"<div>{runs}</div>")
    assert find_span(root.xpath("//h3"), varying=True) is None


def test_members_right_after_one_another_are_whole_records_whatever_lies_between_some() -> None:
    cards = "".join(
        f'<article class="card"><h3><a href="/p/{n}">{t}</a></h3><p>Jane Doe</p></article>'
        + ('<div class="ad">Advertisement</div>' if n == 2 else "")
        for n, t in enumerate(TITLES)
    )
    root = _page(f"<div>{cards}</div>")
    assert find_span(root.xpath("//article"), varying=True) is None


def test_members_of_two_kinds_between_one_another_keep_their_own_records() -> None:
    """A timetable's talks and the sub-talks between them, chosen together: each is a record."""
    items = "".join(
        f'<li class="talk"><span>{9 + n}:00</span> <a href="/t/{n}">{t}</a><em>Room {n}</em>'
        f'<div class="speakers">Speakers: Jane Doe, Tom Becker</div>'
        f'<div class="files"><a href="/f/{n}.pdf">Slides</a></div></li>'
        + "".join(
            f'<li class="subtalk"><span>{9 + n}:{10 * (k + 1)}</span> <a href="/s/{n}{k}">Part {k}</a></li>'
            for k in range(n % 3 + 1)
        )
        for n, t in enumerate(TITLES)
    )
    root = _page(f'<ul class="timetable">{items}</ul>')
    assert find_span(root.xpath("//li"), varying=True) is None
