"""Side blocks of a detail page: other items (related cards, reviews) versus the entity's own parts.

Pages built of utility classes repeat everything: the entity's price box (twice, in the summary and
in the buy box), its bullets, its spec columns, its credit rows. Only blocks whose members are other
items (each linking to a page of its own, or labelled as related items, reviews or comments) are
left out of the entity; a "Customers also viewed" carousel is recognised even when its heading sits
far above its cards, and the page's ``body`` is never site chrome, whatever its classes say.
"""

from __future__ import annotations

from lxml import html

from agents.heuristics.relatedlists import PageLists, labelled_as_related, others_block
from agents.heuristics.sitechrome import in_chrome, is_chrome
from agents.scout import analyze_page

URL = "https://lamps.example/p/harbor-desk-lamp/"

_CARD = (
    '<li class="u-card"><div class="u-pad"><a class="u-link" href="/p/{slug}/"><img src="/i/{slug}.jpg" alt=""></a>'
    '<a class="u-link" href="/p/{slug}/"><span class="u-clamp">{name}</span></a>'
    '<div class="u-row u-small"><span class="u-price">${price}</span></div>'
    '<div class="u-row u-small"><span class="u-muted">Ships in 2 days from our warehouse</span></div></div></li>'
)
CARDS = "".join(
    _CARD.format(slug=slug, name=name, price=price)
    for slug, name, price in [
        ("pillar", "Pillar Floor Lamp with linen shade and dimmer", "89.00"),
        ("arc", "Arc Reading Lamp in matte black steel", "74.00"),
        ("clip", "Clip-on Bedside Light with flexible neck", "22.00"),
        ("globe", "Globe Pendant in smoked glass", "58.00"),
        ("mushroom", "Mushroom Table Lamp in opal glass", "46.00"),
        ("sconce", "Swing-arm Wall Sconce in brass", "64.00"),
    ]
)
BULLETS = "".join(
    f'<li class="u-item"><span class="u-text">{text}</span></li>'
    for text in [
        "Solid brass arm that holds any angle you set it to.",
        "Warm 2700K LED module rated for 25,000 hours.",
        "Weighted base keeps it steady on any desk.",
        "Inline switch on a braided fabric cord.",
    ]
)


def _carousel(heading: str) -> str:
    """Cards six levels below their heading: wrapper, controller, row, column, viewport, track."""
    return (
        f'<div class="u-section u-gap"><div class="u-wrap"><div class="u-head"><h2 class="u-title">{heading}</h2></div>'
        '<div class="u-controller"><div class="u-row-inner"><div class="u-col u-center"><div class="u-viewport">'
        f'<ol class="u-track">{CARDS}</ol></div></div></div></div></div></div>'
    )


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f'<tr><th class="u-muted">{k}</th><td class="u-val">{v}</td></tr>' for k, v in rows)
    return f'<table class="u-kv">{cells}</table>'


def _product(inside: str = "", after: str = "", body: str = "<body>") -> str:
    """A lamp with its price, bullets and two spec columns; ``inside`` its container, ``after`` below it."""
    left = _table([("Brand", "Harbor"), ("Material", "Brass"), ("Height", "45 cm")])
    right = _table([("Model number", "HB-450"), ("Warranty", '2 years (<a href="/warranty/">terms</a>)')])
    return f"""<!doctype html><html><head><title>Harbor Desk Lamp</title></head>{body}
<div class="u-top"><a href="/">Lampshop</a></div><div id="product" class="u-grid">
<div class="u-main"><img src="/img/harbor-lamp-800.jpg" class="u-img" alt="Harbor desk lamp">
<h1 class="u-text-lg">Harbor Desk Lamp</h1><div class="u-row"><span class="u-price u-lg">$48.00</span></div>
<div class="u-sec"><h2 class="u-h">Highlights</h2><ul class="u-list">{BULLETS}</ul></div></div>
<div class="u-sec"><h2 class="u-h">Product information</h2><div class="u-row">
<div class="u-half"><h3 class="u-h">Technical details</h3>{left}</div>
<div class="u-half"><h3 class="u-h">Additional details</h3>{right}</div></div></div>{inside}</div>
{after}</body></html>"""


RELATED = f'<section class="related"><h2>Related products</h2><ol class="u-track">{CARDS}</ol></section>'


# Rule 1: the page itself is never site chrome.


def test_a_body_whose_classes_name_a_banner_still_holds_the_page() -> None:
    # A/B-test flags on ``body`` name page features ("…_top_banner_…"); the h1 is the entity's.
    carousel = _carousel("Customers who viewed this item also viewed")
    page = _product(after=carousel, body='<body class="exp_top_banner_2231-c">')
    profile = analyze_page(page, URL)
    assert profile.spec.mode == "detail"
    (record,) = profile.sample_records
    assert record["title"] == "Harbor Desk Lamp"


def test_a_wrapper_holding_the_page_is_not_chrome_but_a_banner_beside_it_is() -> None:
    root = html.fromstring(
        '<html><body><div class="promo-banner">Free delivery this week</div>'
        '<div id="page" class="has-promo x-banner-frame">'
        + "".join(f"<section><h2>Part {i}</h2><p>Text {i}</p><p>More {i}</p></section>" for i in range(8))
        + "</div></body></html>"
    )
    (wrapper,) = root.xpath("//div[@id='page']")
    (promo,) = root.xpath("//div[@class='promo-banner']")
    assert not is_chrome(root.body)
    assert not is_chrome(wrapper)
    assert not in_chrome(root.xpath("//h2")[0])
    assert is_chrome(promo)


def test_a_body_classed_like_chrome_is_not_chrome() -> None:
    root = html.fromstring('<html><body class="nav-open a-aui_banner_77-t1"><h1>Title</h1></body></html>')
    assert not is_chrome(root.body)
    assert not in_chrome(root.xpath("//h1")[0])


# Rule 2: a related carousel is recognised however far above its cards its heading sits.


def test_a_carousel_headed_six_levels_above_its_cards_is_related_items() -> None:
    profile = analyze_page(_product(after=_carousel("Customers who viewed this item also viewed")), URL)
    assert profile.spec.mode == "detail"
    (record,) = profile.sample_records
    assert record["title"] == "Harbor Desk Lamp"
    assert record["price"] == {"amount": 48.0, "currency": "USD"}


def test_a_list_whose_deep_wrapper_holds_the_page_heading_stays_a_list() -> None:
    # The heading above the records is the page's ("Lamps"); "Related searches" titles a sidebar.
    page = f"""<!doctype html><html><head><title>Lamps</title></head><body>
<div class="top"><a href="/">Lampshop</a></div><div class="layout"><aside class="filters"><h3>Related searches</h3>
<ul><li><a href="/s/brass">brass lamps</a></li><li><a href="/s/desk">desk lamps</a></li></ul></aside>
<div class="results"><h1>Lamps</h1><div class="u-controller"><div class="u-row-inner"><div class="u-col">
<div class="u-viewport"><ol class="u-track">{CARDS}</ol></div></div></div></div></div></div></body></html>"""
    profile = analyze_page(page, "https://lamps.example/c/lamps/")
    assert profile.spec.mode == "list"
    assert profile.record_count == 6


def test_a_related_heading_in_a_sidebar_does_not_label_the_results() -> None:
    page = f"""<!doctype html><html><head><title>Lamps</title></head><body>
<div class="top"><a href="/">Lampshop</a></div><h1>Lamps</h1><div class="layout"><div class="u-cols">
<aside class="u-side"><h3>Related searches</h3>
<p>brass lamps, desk lamps</p></aside><div class="results"><div class="u-controller"><div class="u-row-inner">
<div class="u-col"><div class="u-viewport"><ol class="u-track">{CARDS}</ol></div></div></div></div></div></div></div>
<p class="u-foot">Prices include sales tax where it applies.</p></body></html>"""
    profile = analyze_page(page, "https://lamps.example/c/lamps/")
    assert profile.spec.mode == "list"


def test_a_climb_stops_before_another_list_and_its_heading() -> None:
    # "Recently viewed" titles the three cards above the results, not the results six levels down.
    recent = "".join(
        f'<li class="r-card"><a href="/p/r{i}/"><img src="/i/r{i}.jpg" alt=""><span>Recent lamp {i}</span></a>'
        f'<span class="r-price">${20 + i}.00</span></li>'
        for i in range(3)
    )
    page = f"""<!doctype html><html><head><title>Lamps</title></head><body>
<div class="top"><a href="/">Lampshop</a></div><h1>Lamps</h1><div class="layout"><div class="u-column">
<div class="recent"><h2>Recently viewed</h2><ul class="r-list">{recent}</ul></div>
<div class="results"><div class="u-controller"><div class="u-row-inner"><div class="u-col"><div class="u-viewport">
<ol class="u-track">{CARDS}</ol></div></div></div></div></div></div></div></body></html>"""
    profile = analyze_page(page, "https://lamps.example/c/lamps/")
    assert profile.spec.mode == "list"
    assert profile.record_count == 6


def test_the_climb_to_a_far_label_stops_at_the_page_heading() -> None:
    carousel = _carousel("More like this")
    root = html.fromstring(f"<html><body><div class='page'><h1>Harbor Desk Lamp</h1>{carousel}</div></body></html>")
    cards = root.xpath("//li[@class='u-card']")
    (heading,) = root.xpath("//h1")
    assert labelled_as_related(cards, PageLists([cards], heading).fence(cards))
    assert not labelled_as_related(cards)  # unbounded, the climb stops four levels up
    # Titled by the page's own heading: no block of the cards' own says they are other items.
    root = html.fromstring(
        "<html><body><div class='page'><h2>More like this</h2><div class='u-a'><h1>Lamps</h1><div class='u-b'>"
        f"<div class='u-c'><div class='u-d'><div class='u-e'><ol>{CARDS}</ol></div></div></div></div></div></div>"
        "</body></html>"
    )
    cards = root.xpath("//li[@class='u-card']")
    (heading,) = root.xpath("//h1")
    assert not labelled_as_related(cards, PageLists([cards], heading).fence(cards))


def test_reviews_are_labelled_other_items_by_their_heading_or_their_class() -> None:
    root = html.fromstring(
        "<html><body><h1>Harbor Desk Lamp</h1><div class='u-sec'><h2>Customer reviews</h2><div class='u-list'>"
        + "".join(f"<div class='u-box'><b>{n}</b><p>Lovely lamp.</p></div>" for n in ("Marta", "Jonas"))
        + "</div></div><ul class='u-rv'>"
        + "".join(f"<li class='review'><b>{n}</b><p>Solid.</p></li>" for n in ("Kai", "Mira"))
        + "</ul><div class='u-sec'><h2>Highlights</h2><ul>"
        + "".join(f"<li class='u-item'>{t}</li>" for t in ("Brass arm.", "Warm light."))
        + "</ul></div></body></html>"
    )
    (heading,) = root.xpath("//h1")
    reviews, classed_reviews, bullets = (root.xpath(f"//*[@class='{name}']") for name in ("u-box", "review", "u-item"))
    where = PageLists([reviews, classed_reviews, bullets], heading)
    labelled = others_block(reviews, where.fence(reviews))
    assert labelled is not None and labelled.get("class") == "u-sec"
    classed = others_block(classed_reviews, where.fence(classed_reviews))
    assert classed is not None and classed.get("class") == "u-rv"
    assert others_block(bullets, where.fence(bullets)) is None


# Rule 3: side blocks are other items, never the entity's own parts.


def test_spec_columns_repeated_like_records_are_the_entitys_facts() -> None:
    profile = analyze_page(_product(after=RELATED), URL)
    assert profile.spec.mode == "detail"
    (record,) = profile.sample_records
    assert record["title"] == "Harbor Desk Lamp"
    assert record["brand"] == "Harbor"
    assert record["model_number"] == "HB-450"
    assert record["price"] == {"amount": 48.0, "currency": "USD"}
    assert "Pillar Floor Lamp with linen shade and dimmer" not in str(record)


def test_credit_rows_linking_to_people_are_the_entitys_credits() -> None:
    # Each row links to a page of its own, but a caption classed as a label makes it a labelled value.
    def names(people: list[str], start: int) -> str:
        items = "".join(
            f'<li class="credit__name"><a href="/name/{start + i}/">{n}</a></li>' for i, n in enumerate(people)
        )
        return f'<div class="credit__content"><ul class="credit__names">{items}</ul></div>'

    rows = [
        ("Director", ["Ilona Marsh"]),
        ("Writers", ["Petra Lund", "Ilona Marsh"]),
        ("Stars", ["Kai Olsen", "Mira Sand", "Tove Berg"]),
    ]
    credits = "".join(
        f'<li class="credit"><span class="credit__label">{label}</span>{names(people, 10 * i)}</li>'
        for i, (label, people) in enumerate(rows)
    )
    page = f"""<!doctype html><html><head><title>Glass Harbour (2021)</title></head><body>
<div class="top"><a href="/">Filmbase</a></div><main><div class="hero"><h1>Glass Harbour</h1>
<p class="plot">A keeper's daughter returns to the island where her father vanished thirty years ago and finds his
logbook still being written in a hand she knows. As the autumn storms close the ferry route she has a week to learn
who keeps the light burning, and why the entries stop on the day she arrives.</p>
<ul class="credits">{credits}</ul></div></main></body></html>"""
    profile = analyze_page(page, "https://films.example/title/glass-harbour/")
    assert profile.spec.mode == "detail"
    (record,) = profile.sample_records
    assert record["director"] == "Ilona Marsh"
    assert record["writers"] == ["Petra Lund", "Ilona Marsh"]


def test_reviews_without_links_inside_the_entity_stay_out_of_its_fields() -> None:
    reviews = "".join(
        f'<div class="u-box u-pad"><span class="u-bold">{who}</span> <span class="u-muted">Reviewed on {day}</span>'
        f'<p class="u-text">{text}</p></div>'
        for who, day, text in [
            ("Marta", "3 March 2024", "Bright enough to read by and it has not wobbled once in a year of use."),
            ("Jonas", "9 April 2024", "The brass took a while to patina but it looks lovely now on my desk."),
            ("Aiyana", "21 May 2024", "Cord is shorter than I hoped, otherwise a very solid and handsome lamp."),
        ]
    )
    inside = f'<div class="u-sec"><h2 class="u-h">Customer reviews</h2><div class="u-list">{reviews}</div></div>'
    profile = analyze_page(_product(inside=inside, after=RELATED), URL)
    assert profile.spec.mode == "detail"
    (record,) = profile.sample_records
    assert record["brand"] == "Harbor"
    assert "date" not in record
    assert "Marta" not in str(record)


def test_overview_columns_that_link_out_are_the_entitys_when_they_hold_a_list() -> None:
    # Both columns link to pages of their own (a genre, the ratings page), but one holds the whole
    # row of genre chips and the credits: a region of the entity's page, not a card of another item.
    genres = ["Drama", "Mystery", "Coastal Noir", "Slow Burn", "Thriller"]
    chips = "".join(
        f'<a class="chip" href="/interest/{g.lower().replace(" ", "-")}/"><span class="chip__text">{g}</span></a>'
        for g in genres
    )
    credits = "".join(
        f'<li class="credit"><span class="credit__label">{label}</span><div class="credit__content"><ul><li>'
        f'<a href="/name/{i}/">{name}</a></li></ul></div></li>'
        for i, (label, name) in enumerate(
            [("Director", "Ilona Marsh"), ("Writer", "Petra Lund"), ("Music", "Otto Brandt")]
        )
    )
    page = f"""<!doctype html><html><head><title>Glass Harbour (2021)</title></head><body>
<div class="top"><a href="/">Filmbase</a></div><main><section class="hero"><h1>Glass Harbour</h1>
<div class="ov"><div class="ov-col"><div class="chips">{chips}</div>
<p class="plot">A keeper's daughter returns to the island where her father vanished thirty years ago.</p>
<ul class="credits">{credits}</ul></div>
<div class="ov-col"><a class="rate" href="/title/gh/ratings/"><span class="score">7.9</span>/10</a>
<a class="watch" href="/watchlist/add/gh/">Add to watchlist</a><p class="plot-xl">She returns.</p></div></div>
</section><section class="more"><h2>Storyline</h2><p>{"The storms come early that year and the ferry stops. " * 6}</p>
</section></main></body></html>"""
    profile = analyze_page(page, "https://films.example/title/glass-harbour/")
    assert profile.spec.mode == "detail"
    (record,) = profile.sample_records
    assert record["director"] == "Ilona Marsh"
    assert genres in record.values()
