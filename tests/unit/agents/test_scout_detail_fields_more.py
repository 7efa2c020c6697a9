"""More fields of a detail page read right the first time: a stock line named by its id, the main
picture before a gallery's thumbnails, the count of ratings beside the stars, caption/value rows of
component libraries, bullets under a heading, the unlabelled row beside the title, a row of chips,
and the one paragraph of a plot written once per screen size. Pages are small and made up.
"""

from __future__ import annotations

from typing import Any

from agents.heuristics.detail import design_detail
from agents.heuristics.dom import build_index, drop_comments
from agents.scout import analyze_page
from pipeline.core.extract import extract_records, make_selector
from pipeline.core.schemas import ScraperSpec


def _record(html: str, url: str) -> dict[str, Any]:
    profile = analyze_page(html, url)
    assert profile.spec.mode == "detail"
    [record] = extract_records(html, url, profile.spec)
    return record


def _product(body: str, head: str = "") -> str:
    return (
        f'<!doctype html><html lang="en"><head><title>Trailhead Flask 750 ml</title>{head}</head><body>'
        '<header class="masthead"><a href="/">Pinecrate</a></header><main id="main"><div class="pdp">'
        '<h1 class="pdp-name">Trailhead Flask 750 ml</h1>'
        '<div class="pdp-cost"><span class="amount">$31.50</span></div>'
        f"{body}"
        '<div class="pdp-copy"><p>A double-walled steel flask that keeps coffee hot for twelve hours and water cold'
        " for a day, with a leak-proof lid that opens with one hand.</p></div></div></main></body></html>"
    )


def test_a_stock_line_named_by_its_id_is_the_availability() -> None:
    page = _product('<div id="availability" class="box box-tight"><span class="tone-good"> In Stock </span></div>')

    assert _record(page, "https://pinecrate.test/p/flask")["availability"] == "In Stock"


GALLERY = """<div class="media"><div class="media-strip"><ul>
<li><button type="button" class="pick"><img src="/img/flask-a-small.jpg" alt=""></button></li>
<li><button type="button" class="pick"><img src="/img/flask-b-small.jpg" alt=""></button></li></ul></div>
<div class="media-stage">{main}</div></div>"""


def test_the_main_picture_wins_over_thumbnails_in_buttons() -> None:
    page = _product(GALLERY.format(main='<img id="stageImage" src="/img/flask-a-large.jpg" alt="Flask">'))

    assert _record(page, "https://pinecrate.test/p/flask")["image"] == "https://pinecrate.test/img/flask-a-large.jpg"


def test_a_picture_with_a_zoom_copy_is_the_main_one() -> None:
    pictures = (
        '<div class="strip"><img src="/img/flask-side.jpg" alt="Side"></div>'
        '<div class="stage"><img src="/img/flask-front.jpg" data-old-hires="/img/flask-front-2000.jpg" alt="Front">'
        "</div>"
    )

    assert _record(_product(pictures), "https://pinecrate.test/p/flask")["image"] == (
        "https://pinecrate.test/img/flask-front.jpg"
    )


def test_the_picture_the_page_shares_is_the_main_one() -> None:
    pictures = '<img src="/img/flask-lifestyle.jpg" alt="On a hike"><img src="/img/flask-pack.jpg" alt="Pack shot">'
    head = '<meta property="og:image" content="https://pinecrate.test/img/flask-pack.jpg">'

    assert _record(_product(pictures, head), "https://pinecrate.test/p/flask")["image"] == (
        "https://pinecrate.test/img/flask-pack.jpg"
    )


def test_the_count_beside_the_stars_is_the_review_count() -> None:
    rating = (
        '<div class="byline"><a href="/brand/pinecrate">Visit the Pinecrate shop</a></div>'
        '<div class="score-wrap"><span class="pop"><span class="stars-text">4.6 out of 5</span></span>'
        '<span class="spacer"></span><a href="#reviews"><span class="count">2,310 ratings</span></a></div>'
    )
    record = _record(_product(rating), "https://pinecrate.test/p/flask")

    assert record["rating"] == 4.6
    assert record["review_count"] == 2310


def test_a_count_in_brackets_beside_the_stars_is_the_review_count() -> None:
    rating = (
        '<div class="summary"><div class="rating-box"><span class="rating-value">4.2 out of 5</span>'
        '<span class="muted">(1,284)</span></div></div>'
    )

    assert _record(_product(rating), "https://pinecrate.test/p/flask")["review_count"] == 1284


FILM = """<!doctype html><html lang="en"><head><title>Harbour Lights (1987) - Reelbase</title></head><body>
<header class="topbar"><a href="/">Reelbase</a></header>
<main class="page"><section class="overview"><div class="hero">
<h1 class="hero-title">Harbour Lights</h1>
<ul class="dotted-list"><li class="dotted-list__item"><a href="/title/hl/dates">1987</a></li>
<li class="dotted-list__item"><a href="/title/hl/ratings-board">PG</a></li><li class="dotted-list__item">1h 52m</li>
</ul></div>
<div class="about"><div class="chips" data-testid="moods">
<a class="kit-chip kit-chip--dark" href="/mood/1">Coastal Noir</a>
<a class="kit-chip kit-chip--dark" href="/mood/2">Slow Burn</a>
<a class="kit-chip kit-chip--dark" href="/mood/3">Mystery</a>
<a class="kit-chip kit-chip--dark" href="/mood/4">Drama</a></div>
<p class="plot"><span class="plot-narrow">A retired lighthouse keeper returns to the fishing town he left thirty years
ago and finds the harbour lights signalling to someone who should not be there.</span><span class="plot-wide">A
retired lighthouse keeper returns to the fishing town he left thirty years ago and finds the harbour lights
signalling to someone who should not be there.</span></p>
<div class="credits-box"><ul class="credits">
<li class="credits-row"><span class="credits-row__label">Director</span><div class="credits-row__value">
<a href="/name/1">Maren Holt</a></div></li>
<li class="credits-row"><a class="credits-row__label credits-row__label--link" href="/title/hl/cast">Writers</a>
<div class="credits-row__value"><ul><li><a href="/name/1">Maren Holt</a></li><li><a href="/name/2">Idris Kane</a></li>
</ul></div><a class="credits-row__more" href="/title/hl/cast" aria-label="All writers"><svg viewBox="0 0 8 8"></svg></a>
</li>
<li class="credits-row"><a class="credits-row__label credits-row__label--link" href="/title/hl/cast">Cast</a>
<div class="credits-row__value"><ul><li><a href="/name/3">Oona Brandt</a></li><li><a href="/name/4">Tevita Lolo</a></li>
<li><a href="/name/5">Alba Ruiz</a></li></ul></div>
<a class="credits-row__more" href="/title/hl/cast" aria-label="All cast"><svg viewBox="0 0 8 8"></svg></a></li>
</ul></div></div>
<div class="scores"><span class="tile"><span class="tile-number">81</span><span class="label">Critic score</span></span>
</div>
</section></main></body></html>"""
FILM_URL = "https://reelbase.test/title/hl/"


def test_caption_rows_with_link_captions_and_icon_links_read_lists_of_names() -> None:
    record = _record(FILM, FILM_URL)

    assert record["director"] == "Maren Holt"
    assert record["writers"] == ["Maren Holt", "Idris Kane"]
    assert record["cast"] == ["Oona Brandt", "Tevita Lolo", "Alba Ruiz"]


def test_a_figure_before_its_caption_is_named_by_the_caption() -> None:
    assert _record(FILM, FILM_URL)["critic_score"] == 81


def test_a_row_beside_the_title_is_named_by_the_shape_of_its_values() -> None:
    record = _record(FILM, FILM_URL)

    assert record["year"] == 1987
    assert record["certificate"] == "PG"
    assert record["duration"] == "1h 52m"


def test_a_row_beside_the_title_is_read_though_it_repeats_like_other_items() -> None:
    page = make_selector(FILM, FILM_URL)
    drop_comments(page.root)
    index = build_index(page.root)
    row = page.root.xpath("//ul[@class='dotted-list']")[0]

    design = design_detail(page, index, [row])  # taken for a block of other items

    assert design is not None
    spec = ScraperSpec(start_url=FILM_URL, mode="detail", record_selector=design.record_selector, fields=design.fields)
    [record] = extract_records(FILM, FILM_URL, spec)
    assert (record["year"], record["certificate"]) == (1987, "PG")


def test_a_row_of_chips_is_a_list_named_by_its_wrapper() -> None:
    assert _record(FILM, FILM_URL)["moods"] == ["Coastal Noir", "Slow Burn", "Mystery", "Drama"]


def test_a_plot_written_once_per_screen_size_is_read_once() -> None:
    record = _record(FILM, FILM_URL)

    assert record["text"] == (
        "A retired lighthouse keeper returns to the fishing town he left thirty years ago and finds the harbour "
        "lights signalling to someone who should not be there."
    )


def test_bullets_under_a_heading_are_a_list_and_not_the_description() -> None:
    bullets = (
        '<div class="bullets"><h2>About this item</h2><ul>'
        "<li>Keeps drinks hot for 12 hours and cold for 24 hours.</li>"
        "<li>The lid opens with one hand and locks shut in a bag.</li>"
        "<li>Powder-coated steel that does not sweat or slip.</li></ul></div>"
    )
    record = _record(_product(bullets), "https://pinecrate.test/p/flask")

    assert record["about_this_item"] == [
        "Keeps drinks hot for 12 hours and cold for 24 hours.",
        "The lid opens with one hand and locks shut in a bag.",
        "Powder-coated steel that does not sweat or slip.",
    ]
    assert "Keeps drinks hot" not in str(record.get("text"))


def test_the_description_is_read_apart_from_the_bullets_announced_before_it() -> None:
    page = (
        "<!doctype html><html><head><title>Trailhead Flask 750 ml</title></head><body><main><div class=pdp>"
        '<h1 class="pdp-name">Trailhead Flask 750 ml</h1><div class="pdp-cost"><span>$31.50</span></div>'
        "<div><h2>About this item</h2><ul><li>Keeps drinks hot for 12 hours and cold for 24 hours.</li>"
        "<li>The lid opens with one hand and locks shut in a bag.</li>"
        "<li>Powder-coated steel that does not sweat or slip.</li></ul></div>"
        "<div><h2>Product description</h2><div class=copy-block>Our flask is made in a small works in Sheffield from"
        " recycled steel, and every one is pressure-tested before it leaves.</div></div></div></main></body></html>"
    )
    record = _record(page, "https://pinecrate.test/p/flask")

    assert str(record["text"]).startswith("Our flask is made in a small works")
    assert len(record["about_this_item"]) == 3


def test_linked_words_joined_by_commas_stay_one_value() -> None:
    facts = (
        '<table class="facts"><tr><th>Location</th><td><a href="/w/Tiree">Tiree</a>, <a href="/w/Hebrides">Inner'
        ' Hebrides</a>, <a href="/w/Scotland">Scotland</a></td></tr><tr><th>Lit</th><td>1844</td></tr></table>'
    )

    assert _record(_product(facts), "https://pinecrate.test/p/flask")["location"] == "Tiree, Inner Hebrides, Scotland"


def test_a_films_budget_is_no_price() -> None:
    rows = "".join(
        f'<li class="meta__item"><span class="meta__label">{label}</span><div class="meta__content"><ul class="inline">'
        f'<li class="inline__item"><span class="meta__text">{value}</span></li></ul></div></li>'
        for label, value in (("Budget", "$160,000,000 (estimated)"), ("Gross worldwide", "$836,848,102"))
    )
    page = (
        '<!doctype html><html lang="en"><head><title>Harbour Lights (2019)</title></head><body><main>'
        '<h1 class="hero">Harbour Lights</h1><p class="plot">A keeper comes home to a town that forgot him, '
        f"and to a lighthouse that still turns every night.</p><section><h3>Box office</h3><ul>{rows}</ul></section>"
        "</main></body></html>"
    )
    record = _record(page, "https://films.test/title/1/")
    assert "price" not in record
    assert record["budget"] == {"amount": 160000000.0, "currency": "USD"}
