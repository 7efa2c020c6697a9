"""Detail pages whose every class is a build hash (CSS modules, styled-components, Tailwind builds).

No class word names a value, so the Scout reads what the page still says: a row of separated
facts under the title, captions standing before their values, a figure beside the words naming
it, a rating said in a tooltip, chips that lead into one section of the site, a stock line, and
wrappers named by ids, tooltips or data attributes.
"""

from __future__ import annotations

import pytest

from agents.heuristics.detailfacts import fact_name
from tests.unit.agents.conftest import spec_and_records

URL = "https://careers.example/jobs/4711"


def _page(body: str, title: str = "Example") -> str:
    return (
        f'<html lang="en"><head><title>{title}</title></head><body>'
        '<header class="css-a1b2c3d4e5"><a href="/">Home</a></header>'
        f'<main class="css-f6a7b8c9d0">{body}</main></body></html>'
    )


def _posting(categories: str) -> str:
    return _page(
        '<div class="css-0a1b2c3d4e"><h1 class="css-1b2c3d4e5f">Product Designer, Growth</h1>'
        f'<div class="css-2c3d4e5f6a">{categories}</div></div>'
        '<div class="css-3d4e5f6a7b"><h3>About the role</h3><div>You will shape how thousands of small teams '
        "sign up, invite colleagues and pay for the product, working with research and engineering.</div></div>"
    )


def test_a_row_of_slash_separated_facts_under_the_title_is_a_field_each() -> None:
    categories = (
        '<div class="css-4e5f6a7b8c">Porto, Portugal /</div><div class="css-5f6a7b8c9d">Design – Brand /</div>'
        '<div class="css-6a7b8c9d0e">Part-time /</div><div class="css-4e5f6a7b8c">Remote</div>'
    )
    spec, records = spec_and_records(_posting(categories), URL)
    record = records[0]
    assert record["location"] == "Porto, Portugal"
    assert record["employment_type"] == "Part-time"
    assert record["workplace"] == "Remote"
    assert "Design – Brand" in record.values()
    facts = [f for f in spec.fields if f.name in ("location", "employment_type", "workplace")]
    assert all("h1" in f.selector for f in facts)  # found from the title, not by a hashed class


def test_a_row_of_bulleted_facts_with_separator_elements_is_read_too() -> None:
    categories = (
        '<span class="css-7b8c9d0e1f">Berlin, Germany</span><span aria-hidden="true">·</span>'
        '<span class="css-8c9d0e1f2a">Full-time</span><span aria-hidden="true">·</span>'
        '<span class="css-9d0e1f2a3b">Hybrid</span>'
    )
    _, records = spec_and_records(_posting(categories), URL)
    assert records[0]["location"] == "Berlin, Germany"
    assert records[0]["employment_type"] == "Full-time"
    assert records[0]["workplace"] == "Hybrid"


def test_a_row_of_links_under_the_title_is_no_facts() -> None:
    actions = '<a class="css-1a2b3c4d5e" href="/apply">Apply now</a><a class="css-1a2b3c4d5e" href="/share">Share</a>'
    spec, _ = spec_and_records(_posting(actions), URL)
    assert not {"category", "location"} & {f.name for f in spec.fields}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Full-time", "employment_type"),
        ("Contract", "employment_type"),
        ("On-site", "workplace"),
        ("Austin, TX", "location"),
        ("2021", "year"),
        ("1h 52m", "duration"),
        ("Engineering – Platform", "category"),
    ],
)
def test_a_fact_is_named_by_its_value(text: str, name: str) -> None:
    assert fact_name(text) == name


def _film(credits: str, extra: str = "") -> str:
    return _page(
        '<section class="sc-1a2b3c-0 hGfEdC"><h1 class="sc-1a2b3c-1 kJiHgF">The Glass Orchard</h1>'
        '<p class="sc-1a2b3c-2 lMnOpQ">An orchard keeper discovers that the fruit in her late father\'s '
        "greenhouse remembers every conversation held beneath its branches.</p>"
        f"{credits}{extra}</section>",
        "The Glass Orchard",
    )


_CREDITS = (
    '<ul class="sc-4d5e6f-0 aBcDeF">'
    '<li class="sc-4d5e6f-1 gHiJkL"><span class="sc-4d5e6f-2 mNoPqR">Director</span>'
    '<div class="sc-4d5e6f-3 sTuVwX"><a href="/people/p100">Maren Holt</a></div></li>'
    '<li class="sc-4d5e6f-1 gHiJkL"><a class="sc-4d5e6f-2 mNoPqR" href="/film/f9/crew">Writers</a>'
    '<div class="sc-4d5e6f-3 sTuVwX"><ul class="sc-4d5e6f-4 yZaBcD"><li><a href="/people/p101">Ines Duarte</a></li>'
    '<li><a href="/people/p102">Colm Byrne</a></li></ul></div></li>'
    '<li class="sc-4d5e6f-1 gHiJkL"><a class="sc-4d5e6f-2 mNoPqR" href="/film/f9/cast">Cast</a>'
    '<div class="sc-4d5e6f-3 sTuVwX"><ul class="sc-4d5e6f-4 yZaBcD"><li><a href="/people/p103">Ada Kell</a></li>'
    '<li><a href="/people/p104">Rui Sousa</a></li><li><a href="/people/p105">Lena Marsh</a></li></ul></div></li>'
    "</ul>"
)


def test_captions_before_their_values_in_a_run_of_rows_label_them() -> None:
    spec, records = spec_and_records(_film(_CREDITS), "https://films.example/film/f9")
    record = records[0]
    assert record["director"] == "Maren Holt"
    assert record["writers"] == ["Ines Duarte", "Colm Byrne"]
    assert record["cast"] == ["Ada Kell", "Rui Sousa", "Lena Marsh"]
    director = next(f for f in spec.fields if f.name == "director")
    assert ':contains("Director")' in director.selector  # by its caption, not by a hashed class


def test_rows_whose_captions_are_all_links_are_a_menu_not_labels() -> None:
    menu = (
        '<ul class="css-9f8e7d6c5b">'
        '<li class="css-1f2e3d4c5b"><a href="/genre/drama">Drama</a>'
        '<div><a href="/genre/drama/new">New</a></div></li>'
        '<li class="css-1f2e3d4c5b"><a href="/genre/comedy">Comedy</a>'
        '<div><a href="/genre/comedy/new">New</a></div></li>'
        "</ul>"
    )
    spec, _ = spec_and_records(_film(_CREDITS, menu), "https://films.example/film/f9")
    assert not {"drama", "comedy"} & {f.name for f in spec.fields}


def test_a_figure_beside_the_words_naming_it_is_a_labelled_count() -> None:
    stats = (
        '<div class="css-0b1c2d3e4f"><a href="/film/f9/reviews"><span class="css-1c2d3e4f5a">'
        '<span class="css-2d3e4f5a6b">3.1K</span><span class="css-3e4f5a6b7c">Audience reviews</span></span></a>'
        '<a href="/film/f9/critics"><span class="css-1c2d3e4f5a"><span class="css-2d3e4f5a6b">208</span>'
        '<span class="css-3e4f5a6b7c">Critic reviews</span></span></a></div>'
    )
    spec, records = spec_and_records(_film(_CREDITS, stats), "https://films.example/film/f9")
    assert records[0]["audience_reviews"] == 3100
    assert records[0]["critic_reviews"] == 208
    critics = next(f for f in spec.fields if f.name == "critic_reviews")
    assert ':contains("Critic reviews")' in critics.selector


def test_an_amount_and_its_unit_or_an_ingredient_line_is_no_labelled_count() -> None:
    recipe = _page(
        '<article class="css-1a1a1a1a1a"><h1 class="css-2b2b2b2b2b">Lemon Barley Water</h1>'
        '<p class="css-3c3c3c3c3c">A cordial of pearl barley, lemons and honey, simmered and strained, as it '
        "was made in English kitchens for the summer before fizzy drinks.</p>"
        '<div class="css-4d4d4d4d4d"><span class="css-5e5e5e5e5e">Prep Time</span>'
        '<span class="css-6f6f6f6f6f"><span>15</span> <span>mins</span></span></div>'
        '<div class="css-4d4d4d4d4d"><span class="css-5e5e5e5e5e">Cook Time</span>'
        '<span class="css-6f6f6f6f6f"><span>40</span> <span>mins</span></span></div>'
        '<ul class="css-7a7a7a7a7a">'
        "<li><span>100</span> <span>g</span> <span>pearl barley</span></li>"
        "<li><span>3</span><span>lemons</span></li>"
        "<li><span>2</span> <span>tbsp</span> <span>honey</span></li>"
        "<li><span>1.5</span> <span>litres</span> <span>water</span></li>"
        "</ul></article>"
    )
    spec, records = spec_and_records(recipe, "https://kitchen.example/lemon-barley-water")
    names = {f.name for f in spec.fields}
    assert records[0]["prep_time"] == "15 mins"
    assert records[0]["cook_time"] == "40 mins"
    assert not {"mins", "lemons"} & names


def test_a_rating_said_in_a_tooltip_is_read_with_its_count() -> None:
    product = _page(
        '<div id="product"><h1 class="css-aa11bb22cc">Walnut Desk Organiser</h1>'
        '<div class="css-bb22cc33dd"><span id="ratingSummary" title="4.2 out of 5 stars">'
        '<i class="css-cc33dd44ee"></i></span>'
        '<a href="#reviews"><span class="css-dd44ee55ff">318 ratings</span></a></div>'
        '<div class="css-ee55ff66aa"><span class="css-ff66aa77bb">£34.00</span></div>'
        '<p class="css-aa77bb88cc">Five compartments of oiled walnut keep pens, cards and a phone in their place '
        "on a desk that never seems big enough.</p></div>"
    )
    spec, records = spec_and_records(product, "https://shop.example/p/desk-organiser")
    assert records[0]["rating"] == 4.2
    assert records[0]["review_count"] == 318
    rating = next(f for f in spec.fields if f.name == "rating")
    assert (rating.selector, rating.attribute) == ("span#ratingSummary", "title")


def test_a_rating_box_saying_its_scale_is_the_rating() -> None:
    stats = '<div data-testid="score-box"><span class="css-1q2w3e4r5t">7.6</span><span>/10</span></div>'
    _, records = spec_and_records(_film(_CREDITS, stats), "https://films.example/film/f9")
    assert records[0]["rating"] == 7.6


def test_chips_leading_into_one_section_of_the_site_are_a_list() -> None:
    chips = (
        '<div data-testid="moods"><div class="css-5t6y7u8i9o">'
        '<a class="css-0p9o8i7u6y" href="/mood/haunting">Haunting</a>'
        '<a class="css-0p9o8i7u6y" href="/mood/tender">Tender</a>'
        '<a class="css-0p9o8i7u6y" href="/mood/slow-burn">Slow Burn</a></div></div>'
    )
    spec, records = spec_and_records(_film(_CREDITS, chips), "https://films.example/film/f9")
    assert records[0]["moods"] == ["Haunting", "Tender", "Slow Burn"]
    moods = next(f for f in spec.fields if f.name == "moods")
    assert moods.selector == '[data-testid="moods"] a[href*="/mood/"]'


def test_links_into_several_sections_are_no_chips() -> None:
    links = (
        '<div class="css-5t6y7u8i9o"><a class="css-0p9o8i7u6y" href="/about/us">About</a>'
        '<a class="css-0p9o8i7u6y" href="/help/faq">Help</a>'
        '<a class="css-0p9o8i7u6y" href="/press/kit">Press</a></div>'
    )
    spec, _ = spec_and_records(_film(_CREDITS, links), "https://films.example/film/f9")
    assert not any(f.name == "tags" for f in spec.fields)


def _shop(stock: str) -> str:
    return _page(
        '<div class="css-q1w2e3r4t5"><h1 class="css-w2e3r4t5y6">Trail Flask 500 ml</h1>'
        '<div class="css-e3r4t5y6u7" data-price-box="main">'
        '<span class="css-r4t5y6u7i8" data-price-type="finalPrice"><span class="css-t5y6u7i8o9">$24.00</span></span>'
        '<meta itemprop="price" content="24"></div>'
        f"{stock}"
        '<p class="css-y6u7i8o9p0">A soft flask that rolls up when empty and fits the chest pocket of a running '
        "vest, with a bite valve that does not leak when it is squeezed.</p></div>"
    )


def test_a_stock_state_named_by_its_tooltip_is_the_availability() -> None:
    stock = '<div class="css-u7i8o9p0a1" title="Availability"><span>Out of stock</span></div>'
    spec, records = spec_and_records(_shop(stock), "https://run.example/trail-flask")
    assert records[0]["availability"] == "Out of stock"
    availability = next(f for f in spec.fields if f.name == "availability")
    assert availability.selector == 'div[title="Availability"]'


def test_a_line_saying_only_the_stock_state_is_the_availability() -> None:
    stock = '<div class="css-u7i8o9p0a1"><span class="css-i8o9p0a1s2">Only 3 left in stock</span></div>'
    _, records = spec_and_records(_shop(stock), "https://run.example/trail-flask")
    assert records[0]["availability"] == "Only 3 left in stock"


def test_a_price_shown_in_a_wrapper_named_by_data_attributes_is_read_with_its_currency() -> None:
    spec, records = spec_and_records(_shop(""), "https://run.example/trail-flask")
    price = next(f for f in spec.fields if f.name == "price")
    assert records[0]["price"] == {"amount": 24.0, "currency": "USD"}
    assert price.selector == 'span[data-price-type="finalPrice"] span'


def test_a_byline_row_under_the_title_gives_the_author_and_the_date() -> None:
    article = _page(
        '<article class="css-z1y2x3w4v5"><h1 class="css-y2x3w4v5u6">Why Ferries Still Run on Time</h1>'
        '<div class="css-x3w4v5u6t7"><span class="css-w4v5u6t7s8">By Ana Reis</span> · '
        '<span class="css-v5u6t7s8r9">12 March 2026</span> · <span class="css-u6t7s8r9q0">6 min read</span></div>'
        '<div class="css-t7s8r9q0p1"><p>Timetables on the Tagus have barely changed in forty years, and the '
        "crews say that is the point: a boat that leaves at 7:40 every morning is a boat people plan their "
        "lives around.</p></div></article>"
    )
    _, records = spec_and_records(article, "https://news.example/2026/03/ferries")
    assert records[0]["author"] == "Ana Reis"
    assert records[0]["date"] == "2026-03-12T00:00:00+00:00"


def test_a_byline_line_of_its_own_names_the_author() -> None:
    article = _page(
        '<article class="css-m1n2b3v4c5"><h1 class="css-n2b3v4c5x6">A Winter on the Lighthouse Rocks</h1>'
        '<p class="css-b3v4c5x6z7">By Tomás Reyes and Ilse Varga</p>'
        '<div class="css-v4c5x6z7a8"><p>Two keepers, three months and a radio that worked one day in four: the '
        "last manned winter on the rocks, told by the men who spent it there and the families who waited.</p>"
        '<p class="css-c5x6z7a8s9">By clicking subscribe you agree to receive our letters.</p></div></article>'
    )
    spec, records = spec_and_records(article, "https://news.example/2026/01/lighthouse")
    assert records[0]["author"] == "Tomás Reyes and Ilse Varga"
    assert next(f for f in spec.fields if f.name == "author").type == "author"
