"""Held-out sites of the fourth wave (issue #3). FROZEN: never open these pages, their expected
records or their results while tuning the Scout (see the corpus README).

Run ``uv run python tests/sites/corpus/generate_held_out_fourth.py`` to rebuild them. They were
written, and frozen, before the Scout was ever run on them.

The corpus server maps a query string to a JSON file, so where the real site paginates with a
query (``?start=10``, ``?page=2``) the page links here are paths; every other link keeps the real
site's query-string form.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

HELD: dict[str, Callable[[], None]] = {}
# Frozen from the start: written before the Scout ever ran on them.
FROZEN.update({"chowfinder", "riverton-data", "stackfault"})


def held(func: Callable[[], None]) -> Callable[[], None]:
    """Register a held-out site builder."""
    HELD[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


# ---------------------------------------------------------------------------------------------------
# chowfinder: a Yelp-like restaurant search (hashed y-css classes, data-testid cards, sponsored
# results with the same card markup, filter chips, neighbourhood checkboxes, a map, FAQ, footer).
# ---------------------------------------------------------------------------------------------------

# (name, rating, review count, price level, categories, neighbourhood, snippet)
RESTAURANTS: list[tuple[Any, ...]] = [
    (
        "Marigold & Rye",
        4.5,
        1200,
        "$$",
        ["New American", "Breakfast & Brunch"],
        "West Loop",
        "Came for brunch and stayed for the cardamom buns. The line moves faster than it looks…",
    ),
    (
        "Taquería El Farolito",
        4.6,
        842,
        "$",
        ["Mexican", "Tacos"],
        "Pilsen",
        "Al pastor carved right off the trompo, the salsas are fiery and the horchata is perfect…",
    ),
    (
        "Osteria Lucciola",
        4.4,
        2100,
        "$$$",
        ["Italian", "Wine Bars"],
        "River North",
        "The cacio e pepe is tossed tableside and the wine list has plenty of bottles under $60…",
    ),
    (
        "Pho Saigon Corner",
        4.3,
        517,
        "$",
        ["Vietnamese", "Noodles"],
        "Uptown",
        "Huge bowls of pho with a broth that tastes like it simmered all night…",
    ),
    (
        "Hickory & Ash BBQ",
        4.2,
        389,
        "$$",
        ["Barbeque", "Southern"],
        "Logan Square",
        "Brisket was tender and the burnt ends sold out by 7, so get there early…",
    ),
    (
        "Kanpai Ramen Bar",
        4.5,
        1600,
        "$$",
        ["Ramen", "Japanese"],
        "Wicker Park",
        "Rich tonkotsu, springy noodles and a spicy miso that actually has a kick…",
    ),
    (
        "The Dill Pickle Deli",
        4.0,
        96,
        "$",
        ["Delis", "Sandwiches"],
        None,
        "Pastrami on rye piled high, with a house pickle that lives up to the name…",
    ),
    (
        "Sabor Andino",
        4.7,
        203,
        "$$",
        ["Peruvian", "Latin American"],
        "Albany Park",
        "Lomo saltado and ceviche were both excellent, and the staff walked us through the menu…",
    ),
    (
        "Golden Lotus Dim Sum",
        4.1,
        734,
        "$$",
        ["Dim Sum", "Cantonese", "Seafood"],
        "Chinatown",
        "Carts come by constantly on weekends; the har gow and egg tarts are a must…",
    ),
    (
        "Bar Vesper",
        4.4,
        158,
        "$$$",
        ["Cocktail Bars", "Tapas/Small Plates"],
        "Fulton Market",
        "Creative cocktails and small plates meant for sharing. Loud, but a lot of fun…",
    ),
    (
        "Nonna Pina's Pizzeria",
        4.3,
        1100,
        "$$",
        ["Pizza", "Italian"],
        "Bucktown",
        "Tavern-style thin crust cut in squares, crispy right to the edge, just how it should be…",
    ),
    (
        "Addis Table",
        4.6,
        312,
        "$$",
        ["Ethiopian"],
        "Edgewater",
        "The veggie combo on fresh injera is enough for two, and the coffee ceremony is lovely…",
    ),
    (
        "Seoul Grill House",
        4.2,
        655,
        "$$$",
        ["Korean", "Barbeque"],
        "Lincoln Park",
        "Tabletop grills, endless banchan refills and the marinated short rib is worth it…",
    ),
    (
        "Green Fork Kitchen",
        3.9,
        74,
        None,
        ["Vegan", "Salad"],
        "Lakeview",
        "Build-your-own bowls with lots of options, though it gets crowded at lunch…",
    ),
    (
        "Andersonville Oyster Co.",
        4.5,
        421,
        "$$$",
        ["Seafood", "Bars"],
        "Andersonville",
        "Half-price oysters on Tuesdays and a lobster roll loaded with brown butter…",
    ),
    (
        "Bánh Mì Bros",
        4.4,
        188,
        "$",
        ["Sandwiches", "Vietnamese"],
        "Uptown",
        "Crusty baguette, crunchy pickled veggies, and the lemongrass pork is the move…",
    ),
    (
        "Mumbai Street Kitchen",
        4.3,
        276,
        "$$",
        ["Indian", "Street Vendors"],
        "West Ridge",
        "Pani puri and vada pav like the ones back home, and the spice level is real…",
    ),
    (
        "Le Petit Comptoir",
        4.6,
        97,
        "$$$$",
        ["French"],
        "Gold Coast",
        "The tasting menu was flawless from the amuse-bouche to the soufflé, service was warm…",
    ),
    (
        "Patty Wagon Burgers",
        4.0,
        1900,
        "$",
        ["Burgers", "Fast Food"],
        None,
        "Smash burgers with crispy edges and fries that stay hot all the way home…",
    ),
    (
        "Casa Oaxaca Mole Bar",
        4.8,
        134,
        "$$",
        ["Mexican", "Cocktail Bars"],
        "Little Village",
        "Three kinds of mole and mezcal flights; the mole negro is unforgettable…",
    ),
    (
        "Falafel Corner",
        4.2,
        468,
        "$",
        ["Middle Eastern", "Falafel"],
        "Hyde Park",
        "Falafel fried to order and the garlic sauce is addictive. Portions are huge…",
    ),
    (
        "Sakura Omakase",
        4.7,
        89,
        "$$$$",
        ["Sushi Bars", "Japanese"],
        "West Loop",
        "Eighteen courses of pristine fish and the chef explains every single piece…",
    ),
    (
        "Pierogi Haus",
        4.1,
        241,
        "$",
        ["Polish", "Comfort Food"],
        "Avondale",
        "Potato and cheese pierogi pan-fried with onions, just like my grandmother made them…",
    ),
    (
        "Waffle Republic",
        3.8,
        512,
        "$$",
        ["Breakfast & Brunch", "Waffles"],
        "Ukrainian Village",
        "Sweet and savory waffles; the chicken and waffle is good but service was slow…",
    ),
    (
        "Island Jerk Shack",
        4.4,
        57,
        None,
        ["Caribbean"],
        "Rogers Park",
        "Jerk chicken that is smoky with real heat, and the plantains are caramelised perfectly…",
    ),
]

# Sponsored results: same card, an /adredir link, not records.
CHOW_ADS: list[tuple[Any, ...]] = [
    (
        "Fogo Grande Steakhouse",
        4.3,
        3400,
        "$$$$",
        ["Brazilian", "Steakhouses"],
        "River North",
        "The rodizio never stops coming and the salad bar alone is a meal…",
    ),
    (
        "Pizza Palooza Express",
        3.6,
        210,
        "$",
        ["Pizza", "Chicken Wings"],
        "Loop",
        "Fast delivery, hot slices and a deal for two large pies most nights…",
    ),
    (
        "Blue Harbor Fish Market",
        4.1,
        980,
        "$$",
        ["Seafood", "Seafood Markets"],
        "Lakeview",
        "Fresh catch every morning and they fry it right there for you…",
    ),
]

CHOW_HOODS = [
    "West Loop",
    "Wicker Park",
    "Logan Square",
    "River North",
    "Pilsen",
    "Lincoln Park",
    "Uptown",
    "Chinatown",
]
CHOW_HOURS = [
    "Open until 10:00 PM",
    "Open until 11:00 PM",
    "Closed until 11:00 AM tomorrow",
    "Open until 9:30 PM",
    "Open until 2:00 AM",
]
CHOW_AMENITIES = [["Outdoor seating", "Delivery"], ["Takeout"], ["Delivery", "Takeout"], [], ["Reservations"]]


def _chow_reviews(count: int) -> str:
    return f"{count / 1000:.1f}k" if count >= 1000 else str(count)


def _chow_stars(rating: float) -> str:
    cells = []
    for i in range(5):
        fill = "full" if rating >= i + 1 else "half" if rating >= i + 0.5 else "empty"
        cells.append(
            f'<div class="y-css-1m3z4ay"><svg width="20" height="20" class="icon_svg star--{fill}"><path d="M10 1.5 12.6 7l6 .9-4.4 4.2 1 6L10 15.3 4.8 18.1l1-6L1.4 7.9l6-.9L10 1.5Z"></path></svg></div>'
        )
    return f'<div class="y-css-dnttlc" role="img" aria-label="{rating} star rating">{"".join(cells)}</div>'


def _chow_card(rank: int | None, index: int, place: tuple[Any, ...], ad: bool = False) -> str:
    name, rating, reviews, price, categories, hood, snippet = place
    biz = f"/biz/{slug(name)}-chicago"
    href = (
        f"/adredir?ad_business_id=Zq{index}Xk2LmP9r&amp;campaign_id=c{8812 + index}&amp;click_origin=search_results&amp;placement=above_search&amp;redirect_url=https%3A%2F%2Fwww.chowfinder.example%2Fbiz%2F{slug(name)}-chicago&amp;request_id=3f1c{index}e9&amp;signature=a1b2c3d4{index}"
        if ad
        else f"{biz}?osq=Restaurants"
    )
    number = f'<span class="y-css-1wtnvf3">{rank}.&nbsp;</span>' if rank is not None else ""
    chips = "".join(
        f'<span class="y-css-1vtxn4c"><a href="/search?cflt={slug(c).replace("-", "")}&amp;find_loc=Chicago%2C+IL" class="y-css-1pc8t2x"><button type="submit" class="y-css-1cafv3i" data-button="true"><span class="y-css-cwmgfy">{esc(c)}</span></button></a></span>'
        for c in categories
    )
    price_html = f'<span class="priceRange__09f24__mmOuH y-css-1ld2sbp">{price}</span>' if price else ""
    hood_html = (
        f'<span class="y-css-1ld2sbp" aria-hidden="true">&nbsp;•&nbsp;</span><span class="y-css-wdas5i">{esc(hood)}</span>'
        if hood
        else ""
    )
    if not price_html and hood_html:
        hood_html = f'<span class="y-css-wdas5i">{esc(hood)}</span>'
    amenities = "".join(
        f'<div class="y-css-ohs7lg"><span class="y-css-1a6pw8x"><svg width="16" height="16" class="icon_svg"><path d="M6 12.6 1.7 8.3l1.4-1.4L6 9.8l6.9-6.9 1.4 1.4L6 12.6Z"></path></svg></span><p class="y-css-1wfz87z">{a}</p></div>'
        for a in CHOW_AMENITIES[index % len(CHOW_AMENITIES)]
    )
    hours = CHOW_HOURS[index % len(CHOW_HOURS)]
    state, _, rest = hours.partition(" ")
    open_class = "y-css-ykgbdb" if state == "Open" else "y-css-1q8ibxe"
    sponsored = (
        '<div class="y-css-1ox4wd6"><p class="y-css-ukbm2g"><span class="y-css-wwuf3b">Sponsored</span></p></div>'
        if ad
        else ""
    )
    return f"""<li class="y-css-mhg9c5">
<div class="container__09f24__FeTO6 hoverable__09f24___UXLO y-css-way87j" data-testid="serp-ia-card">{sponsored}
<div class="y-css-cxcdjj"><div class="y-css-1jfjg9m"><div class="photoBox__09f24__PgHyW y-css-1i8qyxd"><a href="{href}" class="y-css-1b0d9by" target="_blank" rel="noopener"><img class="y-css-xqn7m5" src="https://s3-media0.fl.chowcdn.example/bphoto/{slug(name)[:10]}{index:02d}/348s.jpg" alt="{esc(name)}" height="200" width="200" loading="lazy" draggable="true"></a></div></div>
<div class="y-css-14mfhns"><div class="mainAttributes__09f24__OeboX y-css-1f3vh8p">
<div class="y-css-cxcdjj"><div class="businessName__09f24__HG_pC y-css-ohs7lg" data-traffic-crawl-id="SearchResultBizName"><div class="y-css-cxcdjj"><h3 class="y-css-hcgwj4">{number}<a class="y-css-12ly5yx" href="{href}" target="_blank" name="{esc(name)}" rel="noopener">{esc(name)}</a></h3></div></div></div>
<div class="y-css-1jwbncq"><div class="y-css-f73en8"><div class="y-css-1jz061g">{_chow_stars(rating)}</div><div class="y-css-1jz061g"><span class="y-css-1jp2syp" data-font-weight="semibold">{rating}</span> <span class="y-css-1vi7y4e">(<a href="{biz}?osq=Restaurants&amp;hrid=x{index}q#reviews" class="y-css-1x1e1r2">{_chow_reviews(reviews)} reviews</a>)</span></div></div></div>
<div class="y-css-1jwbncq"><div class="y-css-cxcdjj"><span class="y-css-1ijyu1u"><span class="{open_class}">{state}</span>&nbsp;{esc(rest)}</span></div></div>
<div class="y-css-1jwbncq"><div class="y-css-1b7kdax"><div class="priceCategory__09f24__Ylf3M y-css-1a6pw8x">{chips}</div><div class="y-css-1ay4m3a">{price_html}{hood_html}</div></div></div>
<div class="y-css-1jwbncq"><div class="y-css-1fs7tre">{amenities}</div></div>
<div class="y-css-1jwbncq"><div class="snippetTag__09f24__MJAGW y-css-1e4fdj4"><p class="y-css-1mhpk3c"><span class="raw__09f24__T4Ezm">{esc(snippet)}</span>&nbsp;<a href="{biz}?osq=Restaurants&amp;hrid=x{index}q" class="y-css-1hz6o7y" role="link">more</a></p></div></div>
</div></div></div>
</div>
</li>"""


def _chow_layout(page: int, pages: int, cards: str) -> str:
    base = "/search/restaurants/chicago-il/"
    links = [base] + [f"{base}start-{10 * n}/" for n in range(1, pages)]
    numbers = "".join(
        f'<div class="y-css-1l4u6kd"><span class="y-css-1rjebm4" aria-current="true">{n}</span></div>'
        if n == page
        else f'<div class="y-css-1l4u6kd"><a class="pagination-link-component__09f24__JRiQO y-css-1ebuwqr" href="{links[n - 1]}" aria-label="Page: {n}">{n}</a></div>'
        for n in range(1, pages + 1)
    )
    prev = (
        f'<div class="navigation-button-container__09f24__SvcBh y-css-1l4u6kd"><a class="prev-link navigation-button__09f24__m9qRz y-css-1ebuwqr" href="{links[page - 2]}" aria-label="Previous"><span class="icon--24-chevron-left-v2 navigation-button-icon__09f24__Bmrde"></span></a></div>'
        if page > 1
        else ""
    )
    nxt = (
        f'<div class="navigation-button-container__09f24__SvcBh y-css-1l4u6kd"><a class="next-link navigation-button__09f24__m9qRz y-css-1ebuwqr" href="{links[page]}" aria-label="Next"><span class="icon--24-chevron-right-v2 navigation-button-icon__09f24__Bmrde"></span></a></div>'
        if page < pages
        else ""
    )
    price_filters = "".join(
        f'<button type="button" class="y-css-g2ayr0" aria-pressed="false" data-button="true"><span class="y-css-1w9tudz">{p}</span></button>'
        for p in ("$", "$$", "$$$", "$$$$")
    )
    hoods = "".join(
        f'<li><label class="y-css-1a1gpt4"><input type="checkbox" name="place" value="IL:Chicago::{h.replace(" ", "_")}"><span class="y-css-wdas5i">{h}</span></label></li>'
        for h in CHOW_HOODS
    )
    related = "".join(
        f'<li class="y-css-mhg9c5"><a href="/search?find_desc={q.replace(" ", "+")}&amp;find_loc=Chicago%2C+IL" class="y-css-1pc8t2x">{q}</a></li>'
        for q in (
            "Best Brunch",
            "Deep Dish Pizza",
            "Late Night Food",
            "Cheap Eats",
            "Romantic Restaurants",
            "Rooftop Bars",
            "Italian Beef",
            "Tasting Menu",
        )
    )
    faq = "".join(
        f'<div class="y-css-1n2ow8y"><h3 class="y-css-1vv1w9o">{q}</h3><p class="y-css-1wfz87z">{a}</p></div>'
        for q, a in (
            (
                "What are the best restaurants in Chicago?",
                "People also liked: Marigold &amp; Rye, Osteria Lucciola and Kanpai Ramen Bar, based on ratings and number of reviews.",
            ),
            (
                "What are the cheapest restaurants in Chicago?",
                "Restaurants with a price level of $ include Taquería El Farolito, Pho Saigon Corner and Falafel Corner.",
            ),
            ("Which restaurants are open late?", "Patty Wagon Burgers is open until 2:00 AM on weekends."),
        )
    )
    ads = "".join(_chow_card(None, 90 + i, CHOW_ADS[(page + i) % len(CHOW_ADS)], ad=True) for i in range(2))
    return f"""<!DOCTYPE html>
<html lang="en-US" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="utf-8">
<title>THE BEST 10 Restaurants in CHICAGO, IL - Updated 2026 - Chowfinder{"" if page == 1 else f" - Page {page}"}</title>
<meta name="description" content="Best Restaurants in Chicago, IL - Marigold &amp; Rye, Taquería El Farolito, Osteria Lucciola, Pho Saigon Corner, Kanpai Ramen Bar">
<link rel="canonical" href="https://www.chowfinder.example/search?find_desc=Restaurants&amp;find_loc=Chicago%2C+IL{"" if page == 1 else f"&amp;start={10 * (page - 1)}"}">
{f'<link rel="next" href="{links[page]}">' if page < pages else ""}
<link rel="stylesheet" href="https://s3-media0.fl.chowcdn.example/assets/public/yelp_design_cl.yji-6a7b3c1d.css">
</head>
<body class="y-css-1a1gpt4 ">
<div id="truste-consent-track" class="truste-banner y-css-1y6dq9a" role="dialog" aria-label="Cookie consent"><div class="truste-banner-content"><p id="truste-cookie-text">We use cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic. See our <a href="/static?p=cookie_policy">Cookie Policy</a>.</p><div class="truste-buttons"><button id="truste-consent-button" type="button" class="y-css-1xpm3ri">Accept all</button><button id="truste-consent-required" type="button" class="y-css-1xpm3ri">Required only</button><button id="truste-show-consent" type="button" class="y-css-g2ayr0">Manage settings</button></div></div></div>
<header class="y-css-1bc64ha" role="banner">
<div class="y-css-1c7ysgj"><a href="/" class="y-css-12ly5yx" aria-label="Chowfinder"><svg width="80" height="32" class="logo"><path d="M0 0h80v32H0z"></path></svg></a>
<form action="/search" method="get" class="y-css-12ogbvo" role="search"><label class="y-css-wdas5i"><input type="text" name="find_desc" autocomplete="off" placeholder="tacos, cheap dinner, Max's" value="Restaurants"></label><label class="y-css-wdas5i"><input type="text" name="find_loc" placeholder="address, neighborhood, city, state or zip" value="Chicago, IL"></label><button type="submit" class="y-css-1xpm3ri" aria-label="Search">Search</button></form>
<nav class="y-css-1kb8mqd" aria-label="Account"><ul><li><a href="/biz_home?utm_source=header" class="y-css-12ly5yx">Chowfinder for Business</a></li><li><a href="/writeareview" class="y-css-12ly5yx">Write a Review</a></li><li><a href="/login" class="y-css-1xpm3ri">Log In</a></li><li><a href="/signup" class="y-css-g2ayr0">Sign Up</a></li></ul></nav></div>
<nav class="y-css-1vgmjto" aria-label="Categories"><ul><li><a href="/search?cflt=restaurants&amp;find_loc=Chicago%2C+IL">Restaurants</a></li><li><a href="/search?cflt=homeservices&amp;find_loc=Chicago%2C+IL">Home Services</a></li><li><a href="/search?cflt=auto&amp;find_loc=Chicago%2C+IL">Auto Services</a></li><li><a href="/search?cflt=nightlife&amp;find_loc=Chicago%2C+IL">Nightlife</a></li><li><a href="/search?cflt=active&amp;find_loc=Chicago%2C+IL">More</a></li></ul></nav>
</header>
<main id="main-content" class="y-css-1jz9z3n">
<div class="y-css-1vmnxmp"><div class="filterPanel__09f24__dK1Sq y-css-1qn0b6x" aria-label="Filters"><h2 class="y-css-1vv1w9o">Filters</h2>
<div class="y-css-1b7kdax" role="group" aria-label="Price">{price_filters}</div>
<h3 class="y-css-1vv1w9o">Suggested</h3><ul class="y-css-1qn0b6x"><li><label><input type="checkbox" name="open_now"> Open Now</label></li><li><label><input type="checkbox" name="delivery"> Offers Delivery</label></li><li><label><input type="checkbox" name="takeout"> Offers Takeout</label></li><li><label><input type="checkbox" name="reservations"> Reservations</label></li></ul>
<h3 class="y-css-1vv1w9o">Neighborhoods</h3><ul class="y-css-1qn0b6x">{hoods}</ul><a href="/search?find_desc=Restaurants&amp;find_loc=Chicago%2C+IL&amp;l=p%3AIL%3AChicago" class="y-css-1hz6o7y">See all</a>
</div></div>
<div class="y-css-1iy1dwt">
<div class="y-css-10n9fbz"><h1 class="y-css-1a3nf2o">Top 10 Best Restaurants Near Chicago, Illinois</h1><p class="y-css-1wfz87z">Sort: <button type="button" class="y-css-g2ayr0" aria-haspopup="listbox">Recommended</button> <a href="/search_ranking_info" class="y-css-1hz6o7y">How Chowfinder ranks results</a></p></div>
<ul class="list__09f24__ynIEd">
<li class="y-css-mhg9c5"><div class="y-css-1qn0b6x"><h2 class="y-css-1vv1w9o">Sponsored Results</h2></div></li>
{ads}
<li class="y-css-mhg9c5"><div class="y-css-1qn0b6x"><h2 class="y-css-1vv1w9o">All "Restaurants" results in Chicago, Illinois</h2></div></li>
{cards}
<li class="y-css-mhg9c5"><div class="y-css-1bl2j5d"><div class="adSlot__09f24__u7S8v" id="ad-slot-serp-bottom" data-ad-unit="/9212/serp_bottom"><iframe title="Advertisement" src="about:blank" width="728" height="90"></iframe></div></div></li>
</ul>
<div class="pagination__09f24__VRjN4 y-css-1qn0b6x"><div class="y-css-1b7kdax" aria-label="Pagination navigation" role="navigation"><div class="pagination-links__09f24__bmFj8 y-css-1jfjg9m">{prev}{numbers}{nxt}</div><div class="y-css-1d8srnw"><span class="y-css-1ld2sbp">{page} of {pages}</span></div></div></div>
<section class="y-css-1n2ow8y" aria-label="Frequently Asked Questions"><h2 class="y-css-1vv1w9o">Frequently Asked Questions and Answers</h2>{faq}</section>
<section class="y-css-1n2ow8y" aria-label="Related Searches"><h2 class="y-css-1vv1w9o">Related Searches in Chicago, IL</h2><ul class="y-css-1qn0b6x">{related}</ul></section>
</div>
<div class="y-css-1xvj2t8" aria-label="Map"><div class="mapContainer__09f24__BwVtO" data-testid="map-container"><img src="https://maps.chowcdn.example/staticmap?center=41.88,-87.63&amp;zoom=12&amp;size=384x600" alt="Map" width="384" height="600"><button type="button" class="y-css-g2ayr0">Redo search in map area</button></div></div>
</main>
<footer class="y-css-hg1pe9" role="contentinfo"><div class="y-css-1b7kdax">
<section><h3>About</h3><ul><li><a href="/about">About Chowfinder</a></li><li><a href="/careers">Careers</a></li><li><a href="/press">Press</a></li><li><a href="/investor">Investor Relations</a></li><li><a href="/static?p=tos">Terms of Service</a></li><li><a href="/static?p=privacy">Privacy Policy</a></li><li><a href="/privacy-choices">Your Privacy Choices</a></li></ul></section>
<section><h3>Discover</h3><ul><li><a href="/collections">Chowfinder Collections</a></li><li><a href="/talk">Talk</a></li><li><a href="/events">Events</a></li><li><a href="/blog">Chowfinder Blog</a></li><li><a href="/support">Support</a></li></ul></section>
<section><h3>Chowfinder for Business</h3><ul><li><a href="/biz_home">Chowfinder for Business</a></li><li><a href="/advertise">Advertise on Chowfinder</a></li><li><a href="/claim">Claim your Business Page</a></li></ul></section>
<section><h3>Languages</h3><ul><li><a href="?hl=en_US">English</a></li><li><a href="?hl=es_US">Español</a></li></ul></section>
</div><p class="y-css-1ld2sbp">Copyright © 2004–2026 Chowfinder Inc. Chowfinder, and related marks are registered trademarks of Chowfinder.</p></footer>
</body>
</html>"""


@held
def build_chowfinder() -> None:
    s = Site(
        "chowfinder",
        kind="restaurant directory search results (Yelp-like)",
        start="search/restaurants/chicago-il/",
        description="Held out.",
    )
    pages = chunks(list(range(len(RESTAURANTS))), [10, 10, 5])
    paths = [
        "search/restaurants/chicago-il/index.html",
        "search/restaurants/chicago-il/start-10/index.html",
        "search/restaurants/chicago-il/start-20/index.html",
    ]
    for number, (path, indices) in enumerate(zip(paths, pages, strict=True), 1):
        cards = "\n".join(_chow_card(i + 1, i, RESTAURANTS[i]) for i in indices)
        s.list_page(path, _chow_layout(number, len(pages), cards))
    for place in RESTAURANTS:
        name, rating, reviews, price, categories, hood, snippet = place
        s.expect(
            {
                "name": name,
                "url": f"/biz/{slug(name)}-chicago?osq=Restaurants",
                "rating": rating,
                "review_count": reviews,
                "price": price,
                "categories": categories,
                "neighborhood": hood,
                "snippet": snippet,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# riverton-data: a CKAN 2.10 open-data portal's dataset search (a city theme adding organisation,
# last-modified and licence lines to the stock dataset item), facets, sort form, API note.
# ---------------------------------------------------------------------------------------------------

ORGS = {
    "parks": "Parks and Recreation",
    "transport": "Department of Transportation",
    "finance": "Finance Department",
    "police": "Police Department",
    "works": "Public Works",
    "planning": "Planning and Development",
    "clerk": "Office of the City Clerk",
    "env": "Environmental Services",
    "fire": "Fire and Rescue",
    "library": "Riverton Public Library",
}
LICENSES = {
    "cc-by": ("Creative Commons Attribution", "http://www.opendefinition.org/licenses/cc-by"),
    "odc-pddl": (
        "Open Data Commons Public Domain Dedication and License (PDDL)",
        "http://www.opendefinition.org/licenses/odc-pddl",
    ),
    "cc-zero": ("Creative Commons CCZero", "http://www.opendefinition.org/licenses/cc-zero"),
    "odc-odbl": ("Open Data Commons Open Database License (ODbL)", "http://www.opendefinition.org/licenses/odc-odbl"),
    "other-open": ("Other (Open)", ""),
}
# (title, org, notes, formats, last modified, licence) — newest first (the default sort).
DATASETS: list[tuple[Any, ...]] = [
    (
        "Street Tree Inventory",
        "parks",
        "Location, species, trunk diameter and condition of every tree in the public right-of-way, collected by city arborists and updated as trees are planted, pruned or removed. Includes stump locations and planting sites.",
        ["CSV", "GeoJSON", "Esri REST"],
        date(2026, 3, 4),
        "cc-by",
    ),
    (
        "Building Permits Issued",
        "planning",
        "All building permits issued since 2015, with permit type, valuation, contractor and parcel number. Refreshed nightly from the permitting system.",
        ["CSV", "JSON", "XLSX"],
        date(2026, 3, 4),
        "odc-pddl",
    ),
    (
        "311 Service Requests",
        "clerk",
        "Service requests received through the 311 phone line, the website and the mobile app: pothole repairs, missed collections, graffiti, streetlight outages and more. Each request has its status, the department responsible and the date it was closed.",
        ["CSV", "JSON", "API"],
        date(2026, 3, 3),
        "cc-zero",
    ),
    (
        "Traffic Counts on Arterial Roads",
        "transport",
        "Average daily traffic volumes from permanent and temporary counting stations.",
        ["CSV", "XLSX"],
        date(2026, 3, 2),
        "cc-by",
    ),
    (
        "Adopted Operating Budget FY2026",
        "finance",
        "Line-item operating budget as adopted by City Council, by fund, department and account.",
        ["XLSX", "PDF"],
        date(2026, 2, 27),
        "cc-by",
    ),
    (
        "Crime Incidents",
        "police",
        "Reported crime incidents with offense category, block-level address and the date reported. Addresses are generalised to the hundred block to protect privacy; sexual offences are excluded. See the data dictionary for the offense codes used since the 2024 records system change.",
        ["CSV", "JSON", "GeoJSON"],
        date(2026, 2, 26),
        "odc-pddl",
    ),
    (
        "Park Boundaries",
        "parks",
        "Polygon boundaries of city parks, greenways and natural areas.",
        ["GeoJSON", "KML", "SHP"],
        date(2026, 2, 24),
        "odc-odbl",
    ),
    (
        "Library Circulation by Branch",
        "library",
        "Monthly checkouts and renewals for each branch, split by physical items and e-books.",
        ["CSV"],
        date(2026, 2, 20),
        "cc-zero",
    ),
    ("Bike Lane Network", "transport", None, ["GeoJSON", "SHP"], date(2026, 2, 18), "odc-odbl"),
    (
        "Fire Incident Responses",
        "fire",
        "Incidents responded to by Fire and Rescue, with incident type, station, units dispatched and response time in seconds. Medical calls are included without patient details.",
        ["CSV", "JSON"],
        date(2026, 2, 17),
        "cc-by",
    ),
    (
        "Curbside Recycling Tonnage",
        "env",
        "Tonnes of recycling, compost and refuse collected each week by route.",
        ["CSV", "XLSX"],
        date(2026, 2, 13),
        "cc-by",
    ),
    (
        "Vendor Payments",
        "finance",
        "Payments made to vendors from all city funds, with vendor name, amount, fund and the date the check or transfer was issued. Payments to individuals are aggregated.",
        ["CSV", "XLSX", "JSON"],
        date(2026, 2, 11),
        "odc-pddl",
    ),
    (
        "Parking Meter Locations",
        "transport",
        "Location, zone, hourly rate and hours of operation of every on-street parking meter.",
        ["CSV", "GeoJSON"],
        date(2026, 2, 9),
        "cc-by",
    ),
    (
        "Pothole Repairs",
        "works",
        "Pothole repair work orders completed by Public Works crews.",
        ["CSV"],
        date(2026, 2, 5),
        "cc-zero",
    ),
    (
        "Zoning Districts",
        "planning",
        "Current zoning district boundaries as adopted in the Unified Development Code, including overlay districts. This layer is the authoritative source for the official zoning map but does not replace a zoning verification letter.",
        ["GeoJSON", "SHP", "Esri REST"],
        date(2026, 2, 2),
        "odc-odbl",
    ),
    (
        "City Council Meeting Minutes",
        "clerk",
        "Approved minutes of regular and special City Council meetings.",
        ["PDF"],
        date(2026, 1, 29),
        "other-open",
    ),
    (
        "Air Quality Monitoring",
        "env",
        "Hourly PM2.5, ozone and nitrogen dioxide readings from the city's four monitoring stations.",
        ["CSV", "JSON", "API"],
        date(2026, 1, 27),
        "cc-by",
    ),
    (
        "Employee Salaries",
        "finance",
        "Annual salary and overtime of city employees by job title and department, as of 31 December.",
        ["CSV", "XLSX"],
        date(2026, 1, 22),
        "odc-pddl",
    ),
    ("Snow Plow Routes", "works", None, ["KML", "GeoJSON"], date(2026, 1, 15), "cc-by"),
    (
        "Police Use of Force",
        "police",
        "Use-of-force incidents reported by officers, with force type, subject injury and whether a complaint was filed. Published under the 2023 transparency ordinance; records are reviewed before release.",
        ["CSV", "PDF"],
        date(2026, 1, 12),
        "cc-zero",
    ),
    (
        "Public Art Collection",
        "parks",
        "Murals, sculptures and installations owned by the city, with artist, year and location.",
        ["CSV", "JSON"],
        date(2025, 12, 19),
        "cc-by",
    ),
    (
        "Restaurant Inspections",
        "env",
        "Results of food establishment inspections: score, violations found and whether a follow-up inspection was required.",
        ["CSV", "JSON", "XLSX"],
        date(2025, 12, 10),
        "odc-odbl",
    ),
    (
        "Library Branch Locations",
        "library",
        "Addresses, opening hours and accessibility features of all library branches.",
        ["CSV", "GeoJSON"],
        date(2025, 11, 28),
        "cc-zero",
    ),
    (
        "Election Results 2025",
        "clerk",
        "Precinct-level results of the November 2025 municipal election.",
        ["XLSX", "PDF"],
        date(2025, 11, 14),
        "other-open",
    ),
    ("Fire Hydrants", "fire", "Location and flow class of public fire hydrants.", [], date(2025, 10, 30), "cc-by"),
    (
        "Sidewalk Condition Survey 2024",
        "works",
        "Condition rating of sidewalk segments from the 2024 citywide survey, on a scale of 1 (failed) to 5 (excellent). Segments not surveyed are marked as such.",
        ["CSV", "SHP"],
        date(2025, 9, 8),
        "cc-by",
    ),
]


def _ckan_notes(notes: str) -> str:
    """CKAN's ``h.markdown_extract(notes, extract_length=180)``: whole words, then '...'."""
    if len(notes) <= 180:
        return notes
    cut = notes[: 180 - 3]
    return cut[: cut.rfind(" ")].rstrip(" ,;.") + "..."


def _ckan_slug(title: str) -> str:
    return slug(title)


def _ckan_item(dataset: tuple[Any, ...]) -> str:
    title, org, notes, formats, modified, license_id = dataset
    name = _ckan_slug(title)
    notes_html = (
        f"<div>{esc(_ckan_notes(notes))}</div>" if notes else '<p class="empty">This dataset has no description</p>'
    )
    resources = (
        '<ul class="dataset-resources list-unstyled">'
        + "".join(
            f'<li><a href="/dataset/{name}" class="badge badge-default" data-format="{f.lower()}">{f}</a></li>'
            for f in formats
        )
        + "</ul>"
        if formats
        else ""
    )
    license_title, license_url = LICENSES[license_id]
    license_html = (
        f'<a href="{license_url}" rel="dc:rights">{esc(license_title)}</a>'
        if license_url
        else f'<span property="dc:rights">{esc(license_title)}</span>'
    )
    return f"""<li class="dataset-item">
  <div class="dataset-content">
    <h3 class="dataset-heading">
      <a href="/dataset/{name}" title="{esc(title)}">{esc(title)}</a>
    </h3>
    <p class="dataset-organization"><i class="fa fa-building" aria-hidden="true"></i> <a href="/organization/{slug(ORGS[org])}">{esc(ORGS[org])}</a></p>
    {notes_html}
    <ul class="dataset-meta list-inline">
      <li class="list-inline-item"><span class="meta-label">Last modified:</span> <span class="automatic-local-datetime" data-datetime="{modified.isoformat()}T{8 + len(title) % 9:02d}:{len(name) * 3 % 60:02d}:12+0000">{modified:%B} {modified.day}, {modified.year}</span></li>
      <li class="list-inline-item"><span class="meta-label">License:</span> {license_html}</li>
    </ul>
  </div>
  {resources}
</li>"""


def _ckan_facet(title: str, param: str, items: list[tuple[str, str, int]]) -> str:
    lis = "".join(
        f'<li class="nav-item"><a href="/dataset/?{param}={key}" title="{esc(label)}"><span class="item-label">{esc(label if len(label) <= 30 else label[:28] + "...")}</span><span class="hidden separator"> - </span><span class="item-count badge">{count}</span></a></li>'
        for key, label, count in items
    )
    return f"""<section class="module module-narrow module-shallow">
  <h2 class="module-heading"><i class="fa fa-filter"></i> {title}</h2>
  <nav aria-label="{title}"><ul class="list-unstyled nav nav-simple nav-facet">{lis}</ul></nav>
  <p class="module-footer"><a href="/dataset/?_{param}_limit=0" class="read-more">Show More {title}</a></p>
</section>"""


def _ckan_sidebar() -> str:
    def counts(key: Callable[[tuple[Any, ...]], list[str]]) -> list[tuple[str, int]]:
        tally: dict[str, int] = {}
        for d in DATASETS:
            for k in key(d):
                tally[k] = tally.get(k, 0) + 1
        return sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))

    orgs = [(slug(ORGS[k]), ORGS[k], n) for k, n in counts(lambda d: [d[1]])][:10]
    groups = [
        ("transportation", "Transportation", 7),
        ("public-safety", "Public Safety", 5),
        ("environment", "Environment", 5),
        ("city-government", "City Government", 6),
        ("maps", "Maps", 9),
    ]
    tags = [
        ("gis", "gis", 9),
        ("budget", "budget", 3),
        ("trees", "trees", 2),
        ("311", "311", 1),
        ("transparency", "transparency", 4),
    ]
    formats = [(f.lower(), f, n) for f, n in counts(lambda d: d[3])][:8]
    licenses = [(k, LICENSES[k][0], n) for k, n in counts(lambda d: [d[5]])]
    return (
        _ckan_facet("Organizations", "organization", orgs)
        + _ckan_facet("Groups", "groups", groups)
        + _ckan_facet("Tags", "tags", tags)
        + _ckan_facet("Formats", "res_format", formats)
        + _ckan_facet("Licenses", "license_id", licenses)
    )


def _ckan_page(page: int, pages: int, items: str) -> str:
    links = ["/dataset/"] + [f"/dataset/page/{n}/" for n in range(2, pages + 1)]
    pager = "".join(
        f'<li class="page-item{" active" if n == page else ""}"><a class="page-link" href="{links[n - 1]}">{n}</a></li>'
        for n in range(1, pages + 1)
    )
    if page > 1:
        pager = f'<li class="page-item"><a class="page-link" href="{links[page - 2]}">«</a></li>' + pager
    if page < pages:
        pager += f'<li class="page-item"><a class="page-link" href="{links[page]}">»</a></li>'
    return f"""<!DOCTYPE html>
<!--[if IE 9]> <html lang="en" class="ie9"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="en"  > <!--<![endif]-->
  <head>
    <meta charset="utf-8" />
    <meta name="csrf_field_name" content="_csrf_token" />
    <meta name="_csrf_token" content="IjQ2ZjBkYzE4ZDk3ZTRmNzQ5ZWI4YTQ2YmQwNDQ2N2M3YzQ5ZGFhNzEi.ZeYb2A.q3v8k" />
    <meta name="generator" content="ckan 2.10.4" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Dataset{"" if page == 1 else f" - Page {page}"} - Riverton Open Data</title>
    <link rel="shortcut icon" href="/base/images/ckan.ico" />
    <link href="/webassets/base/1c87a999_main.css" rel="stylesheet"/>
    <link href="/webassets/ckanext-riverton/7d1e0f55_riverton.css" rel="stylesheet"/>
  </head>
  <body data-site-root="https://data.riverton.example/" data-locale-root="https://data.riverton.example/" >
    <div class="visually-hidden-focusable"><a href="#content">Skip to main content</a></div>
    <div id="cookie-notice" class="cookie-notice alert alert-info" role="region" aria-label="Cookie notice"><div class="container"><p>This portal uses cookies for anonymous usage statistics (Matomo). <a href="/pages/privacy">Privacy statement</a></p><button type="button" class="btn btn-primary btn-sm" data-module="cookie-accept">OK</button> <button type="button" class="btn btn-default btn-sm" data-module="cookie-decline">Decline</button></div></div>
    <div class="account-masthead">
      <div class="container">
        <nav class="account not-authed" aria-label="Account">
          <ul class="list-unstyled">
            <li><a href="/user/login">Log in</a></li>
            <li><a class="sub" href="/user/register">Register</a></li>
          </ul>
        </nav>
      </div>
    </div>
    <header class="masthead">
      <div class="container">
        <nav class="navbar navbar-expand-lg navbar-light">
          <hgroup class="header-image navbar-left">
            <a class="logo" href="/"><img src="/uploads/admin/riverton-logo.png" alt="Riverton Open Data" title="Riverton Open Data" /></a>
          </hgroup>
          <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#main-navigation-toggle" aria-controls="main-navigation-toggle" aria-expanded="false" aria-label="Toggle navigation"><span class="fa fa-bars text-white"></span></button>
          <div class="main-navbar collapse navbar-collapse" id="main-navigation-toggle">
            <ul class="navbar-nav ms-auto mb-2 mb-lg-0">
              <li class="active"><a href="/dataset/">Datasets</a></li><li><a href="/organization/">Organizations</a></li><li><a href="/group/">Groups</a></li><li><a href="/showcase">Showcases</a></li><li><a href="/about">About</a></li>
            </ul>
            <form class="d-flex site-search" action="/dataset/" method="get">
              <label class="d-none" for="field-sitewide-search">Search Datasets...</label>
              <input id="field-sitewide-search" class="form-control me-2" type="text" name="q" placeholder="Search" aria-label="Search datasets..."/>
              <button class="btn" type="submit" aria-label="Submit"><i class="fa fa-search"></i></button>
            </form>
          </div>
        </nav>
      </div>
    </header>
    <div class="main">
      <div id="content" class="container">
        <div class="flash-messages"></div>
        <div class="toolbar" role="navigation" aria-label="Breadcrumb">
          <ol class="breadcrumb">
            <li class="home"><a href="/" aria-label="Home"><i class="fa fa-home"></i><span> Home</span></a></li>
            <li class="active"><a href="/dataset/">Datasets</a></li>
          </ol>
        </div>
        <div class="row wrapper">
          <div class="primary col-md-9 col-xs-12" role="main">
            <section class="module">
              <div class="module-content">
                <div class="page_primary_action">
                  <a class="btn btn-primary" href="/dataset/new"><i class="fa fa-plus-square"></i> Add Dataset</a>
                </div>
                <form id="dataset-search-form" class="search-form" method="get" data-module="select-switch">
                  <div class="input-group search-input-group">
                    <input aria-label="Search datasets" id="field-giant-search" type="text" class="form-control input-lg" name="q" value="" autocomplete="off" placeholder="Search datasets...">
                    <span class="input-group-btn"><button class="btn btn-default btn-lg" type="submit" value="search" aria-label="Submit"><i class="fa fa-search"></i></button></span>
                  </div>
                  <div class="form-group control-order-by">
                    <label for="field-order-by">Order by</label>
                    <select id="field-order-by" name="sort" class="form-control form-select">
                      <option value="score desc, metadata_modified desc">Relevance</option>
                      <option value="title_string asc">Name Ascending</option>
                      <option value="title_string desc">Name Descending</option>
                      <option value="metadata_modified desc" selected="selected">Last Modified</option>
                      <option value="views_recent desc">Popular</option>
                    </select>
                    <button class="btn btn-default js-hide" type="submit">Go</button>
                  </div>
                  <h1>{len(DATASETS)} datasets found</h1>
                </form>
                <ul class="dataset-list list-unstyled">
{items}
                </ul>
              </div>
              <div class="pagination-wrapper">
                <ul class="pagination justify-content-center">{pager}</ul>
              </div>
            </section>
            <section class="module">
              <div class="module-content">
                <small>You can also access this registry using the <a href="/api/3">API</a> (see <a href="http://docs.ckan.org/en/2.10/api/">API Docs</a>).</small>
              </div>
            </section>
          </div>
          <aside class="secondary col-md-3 col-xs-12">
            <div class="filters">
              <div>
{_ckan_sidebar()}
              </div>
              <a class="close no-text hide-filters"><i class="fa fa-times-circle"></i><span class="text">close</span></a>
            </div>
          </aside>
        </div>
      </div>
    </div>
    <footer class="site-footer">
      <div class="container">
        <div class="row">
          <div class="col-md-8 footer-links">
            <ul class="list-unstyled">
              <li><a href="/about">About Riverton Open Data</a></li>
              <li><a href="/pages/terms-of-use">Terms of use</a></li>
              <li><a href="/pages/privacy">Privacy</a></li>
              <li><a href="/pages/request-data">Request a dataset</a></li>
            </ul>
            <ul class="list-unstyled">
              <li><a href="http://docs.ckan.org/en/2.10/api/">CKAN API</a></li>
              <li><a href="http://www.ckan.org/">CKAN Association</a></li>
              <li><a href="http://www.opendefinition.org/okd/"><img src="/base/images/od_80x15_blue.png" alt="Open Data"></a></li>
            </ul>
          </div>
          <div class="col-md-4 attribution">
            <p><strong>Powered by</strong> <a class="hide-text ckan-footer-logo" href="http://ckan.org">CKAN</a></p>
            <form class="lang-select" action="/util/redirect" data-module="select-switch" method="POST">
              <input type="hidden" name="_csrf_token" value="IjQ2ZjBkYzE4ZDk3ZTRmNzQ5ZWI4YTQ2YmQwNDQ2N2M3YzQ5ZGFhNzEi.ZeYb2A.q3v8k"/>
              <div class="form-group">
                <label for="field-lang-select">Language</label>
                <select id="field-lang-select" name="url" data-module="autocomplete" data-module-dropdown-class="lang-dropdown" data-module-container-class="lang-container">
                  <option value="/dataset/" selected="selected">English</option>
                  <option value="/es/dataset/">español</option>
                  <option value="/vi/dataset/">Tiếng Việt</option>
                </select>
              </div>
              <button class="btn btn-default d-none " type="submit">Go</button>
            </form>
          </div>
        </div>
      </div>
    </footer>
    <script src="/webassets/base/a7d2e4f1_main.js" type="text/javascript"></script>
  </body>
</html>"""


@held
def build_riverton_data() -> None:
    s = Site(
        "riverton-data",
        kind="open-data portal dataset search (CKAN 2.10)",
        start="dataset/",
        description="Held out.",
    )
    pages = chunks(DATASETS, [10, 10, 6])
    paths = ["dataset/index.html", "dataset/page/2/index.html", "dataset/page/3/index.html"]
    for number, (path, datasets) in enumerate(zip(paths, pages, strict=True), 1):
        s.list_page(path, _ckan_page(number, len(pages), "\n".join(_ckan_item(d) for d in datasets)))
    for title, org, notes, formats, modified, license_id in DATASETS:
        s.expect(
            {
                "title": title,
                "url": f"/dataset/{_ckan_slug(title)}",
                "organization": ORGS[org],
                "description": _ckan_notes(notes) if notes else None,
                "formats": formats or None,
                "last_modified": modified.isoformat(),
                "license": LICENSES[license_id][0],
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# stackfault: a Stack Overflow-like tag page (Stacks s-post-summary markup, relative times with the
# moment in a title, "1.2k" views, tag lists, user cards with reputation, left nav, sidebar widgets
# including "Hot Network Questions", a consent banner and s-pagination).
# ---------------------------------------------------------------------------------------------------

NOW = datetime(2026, 3, 5, 16, 40, 0, tzinfo=UTC)
# (id, title, votes, answers, accepted, views, tags, asker, reputation, minutes before NOW)
QUESTIONS: list[tuple[Any, ...]] = [
    (
        79512044,
        "DuckDB read_parquet with hive partitioning ignores the partition column type",
        0,
        0,
        False,
        14,
        ["duckdb", "parquet", "hive-partitioning"],
        "lars.eriksen",
        311,
        9,
    ),
    (
        79511987,
        "How do I UNNEST a list of structs into columns in DuckDB?",
        2,
        1,
        False,
        41,
        ["sql", "duckdb"],
        "mkowalczyk",
        1288,
        52,
    ),
    (
        79511902,
        "Python duckdb connection closes when a generator is consumed lazily",
        1,
        0,
        False,
        23,
        ["python", "duckdb", "generator"],
        "Priya Raman",
        57,
        131,
    ),
    (
        79511790,
        "COPY TO with PARTITION_BY writes empty files for NULL partitions",
        3,
        2,
        True,
        88,
        ["duckdb", "parquet"],
        "tdurand",
        4021,
        207,
    ),
    (
        79511655,
        "Why is ASOF JOIN slower than a window function on 50M rows?",
        5,
        1,
        False,
        132,
        ["sql", "duckdb", "performance"],
        "Okonkwo Eze",
        892,
        318,
    ),
    (
        79511480,
        "Reading an Excel file with the spatial extension: 'GDAL Error (4)'",
        -1,
        0,
        False,
        19,
        ["duckdb", "excel", "gdal"],
        "user29875512",
        1,
        466,
    ),
    (
        79511203,
        "Polars vs DuckDB for a 2 GB CSV on a laptop with 8 GB RAM",
        -2,
        1,
        False,
        176,
        ["python", "duckdb", "python-polars"],
        "coffee_and_code",
        23,
        790,
    ),
    (
        79510876,
        "duckdb-wasm: how to register a remote Parquet file behind CORS?",
        4,
        1,
        True,
        205,
        ["javascript", "duckdb", "webassembly"],
        "Hana Sato",
        3310,
        1130,
    ),
    (
        79510512,
        "Prepared statement with a list parameter for IN (...) in DuckDB Node API",
        1,
        1,
        False,
        67,
        ["node.js", "duckdb"],
        "jb_dev",
        764,
        1485,
    ),
    (
        79510133,
        "Recursive CTE never terminates when the graph has cycles",
        7,
        3,
        True,
        412,
        ["sql", "duckdb", "recursive-query"],
        "Amelia Hart",
        12840,
        1990,
    ),
    (
        79509411,
        "Query an S3 bucket with httpfs using an IAM role instead of keys",
        6,
        2,
        True,
        538,
        ["amazon-s3", "duckdb", "aws-iam"],
        "rgutierrez",
        2455,
        2700,
    ),
    (
        79508820,
        "dbt-duckdb incremental model duplicates rows on every run",
        3,
        1,
        False,
        291,
        ["dbt", "duckdb"],
        "Sven Aalders",
        1602,
        4380,
    ),
    (
        79507754,
        "Can DuckDB use an index for a LIKE 'prefix%' filter?",
        9,
        2,
        True,
        1203,
        ["sql", "indexing", "duckdb"],
        "nkhan",
        6710,
        6020,
    ),
    (
        79506981,
        "Pandas DataFrame to DuckDB table without copying the data",
        12,
        3,
        True,
        2406,
        ["python", "pandas", "duckdb"],
        "Ji-woo Park",
        9104,
        8400,
    ),
    (
        79506130,
        "Timestamp with time zone shifts by one hour after export to CSV",
        2,
        0,
        False,
        96,
        ["timezone", "duckdb", "csv"],
        "f.moretti",
        455,
        9800,
    ),
    (
        79505302,
        "How to pivot a table dynamically when the column values are unknown?",
        8,
        2,
        True,
        1503,
        ["sql", "pivot", "duckdb"],
        "Dmitri Volkov",
        18220,
        11900,
    ),
    (
        79504418,
        "Out of memory error on a GROUP BY with many distinct keys",
        4,
        1,
        False,
        388,
        ["duckdb", "out-of-memory"],
        "ops_weasel",
        1987,
        13650,
    ),
    (
        79503377,
        "Attach a SQLite database and join it with a Parquet file",
        3,
        1,
        True,
        274,
        ["sqlite", "parquet", "duckdb"],
        "Camila Rocha",
        812,
        16200,
    ),
    (
        79502265,
        "JSON extension: extract a nested array as rows",
        6,
        2,
        True,
        902,
        ["json", "duckdb"],
        "tomasz.b",
        3077,
        19100,
    ),
    (
        79501149,
        "R duckdb package: dbWriteTable is slow for factors",
        1,
        0,
        False,
        58,
        ["r", "duckdb", "dbi"],
        "Grace Mbeki",
        620,
        22300,
    ),
    (
        79500023,
        "Export query results to Excel with formatting from DuckDB",
        0,
        1,
        False,
        147,
        ["excel", "duckdb"],
        "user22019931",
        11,
        24800,
    ),
    (
        79498875,
        "Window function QUALIFY clause returns different rows between runs",
        11,
        2,
        True,
        1804,
        ["sql", "window-functions", "duckdb"],
        "Benoît Lefèvre",
        7345,
        27400,
    ),
    (
        79497702,
        "Is DuckDB safe to use from several processes at once?",
        24,
        4,
        True,
        12041,
        ["concurrency", "duckdb"],
        "paulw",
        20410,
        30100,
    ),
    (
        79496519,
        "Spatial extension: ST_Distance returns degrees instead of meters",
        5,
        2,
        True,
        663,
        ["gis", "duckdb", "spatial"],
        "Ingrid Solberg",
        2203,
        33900,
    ),
    (
        79495337,
        "CREATE MACRO with a table parameter",
        2,
        1,
        False,
        119,
        ["sql", "duckdb", "macros"],
        "kaveh_r",
        381,
        36700,
    ),
    (
        79494201,
        "Arrow RecordBatchReader from DuckDB in Rust",
        3,
        0,
        False,
        84,
        ["rust", "apache-arrow", "duckdb"],
        "ferris_fan",
        1430,
        39500,
    ),
    (
        79493068,
        "Why does COUNT(DISTINCT) differ from approx_count_distinct by 3%?",
        1,
        1,
        True,
        207,
        ["sql", "duckdb", "hyperloglog"],
        "Lucía Fernández",
        952,
        42600,
    ),
    (
        79491934,
        "Install extensions offline in an air-gapped environment",
        15,
        2,
        True,
        3398,
        ["duckdb", "offline"],
        "Marcus Webb",
        11032,
        45100,
    ),
    (
        79490802,
        "Struct field access fails after UNION ALL BY NAME",
        0,
        0,
        False,
        35,
        ["sql", "duckdb", "struct"],
        "theo.k",
        148,
        47900,
    ),
    (
        79489690,
        "Jupyter magic %sql with DuckDB returns 'no current connection'",
        2,
        1,
        False,
        425,
        ["python", "jupyter-notebook", "duckdb", "jupysql"],
        "Nadia Haddad",
        508,
        50400,
    ),
]
HOT = [
    ("Why does my bread collapse after the second proof?", "cooking"),
    ("Is it legal to fly a drone over a national park in Canada?", "law"),
    ("Proving that every tree with n vertices has n−1 edges", "math"),
    ("What is the origin of the phrase 'to bite the bullet'?", "english"),
    ("How can I stop my cat from scratching the sofa?", "pets"),
    ("Why do airliners not use parachutes for passengers?", "aviation"),
]
EXCERPTS = [
    "I have a small reproducible example below. With DuckDB 1.2.1 the query runs but the result is not what I expect, and I could not find anything about it in the docs…",
    "This worked in 1.1.3 and broke after upgrading. Here is the table definition, the query and the full error message I get…",
    "I'm new to DuckDB and coming from PostgreSQL. What is the idiomatic way to do this? What I tried so far:",
    "The same query takes 0.4 s on my machine and over a minute in CI. Both use the same Parquet files and the same version…",
    "Minimal example: create table t as select * from range(10); then the statement below fails with a Binder Error…",
]
RELATED_TAGS = [
    ("python", 1412),
    ("sql", 1077),
    ("parquet", 309),
    ("pandas", 241),
    ("python-polars", 118),
    ("apache-arrow", 96),
    ("dbt", 72),
    ("javascript", 55),
]


def _so_when(minutes: int) -> tuple[str, datetime]:
    moment = NOW - timedelta(minutes=minutes, seconds=(minutes * 7) % 60)
    if minutes < 60:
        text = f"{minutes} min{'s' if minutes != 1 else ''} ago"
    elif minutes < 24 * 60:
        hours = minutes // 60
        text = f"{hours} hour{'s' if hours != 1 else ''} ago"
    elif minutes < 48 * 60 and moment.date() == (NOW - timedelta(days=1)).date():
        text = "yesterday"
    else:
        text = f"{moment:%b} {moment.day} at {moment.hour}:{moment:%M}"
    return text, moment


def _so_count(n: int) -> str:
    if n < 1000:
        return str(n)
    if n < 10000:
        return f"{n / 1000:.1f}k"
    return f"{round(n / 1000)}k"


def _so_shown_views(n: int) -> int:
    """The number the page shows ('1.2k' → 1200)."""
    if n < 1000:
        return n
    if n < 10000:
        return round(n / 100) * 100
    return round(n / 1000) * 1000


def _so_url(q: tuple[Any, ...]) -> str:
    return f"/questions/{q[0]}/{slug(q[1])[:80].rstrip('-')}"


def _so_user_url(q: tuple[Any, ...]) -> str:
    return f"/users/{30000000 - q[0] % 9999991}/{slug(q[7])}"


def _so_summary(q: tuple[Any, ...], index: int) -> str:
    qid, title, votes, answers, accepted, views, tags, asker, rep, minutes = q
    when, moment = _so_when(minutes)
    answer_class = " has-answers" if answers else ""
    answer_class += " has-accepted-answer" if accepted else ""
    answer_title = (
        "one of the answers was accepted as the correct answer"
        if accepted
        else f"{answers} answer{'s' if answers != 1 else ''}"
    )
    check = (
        '<svg aria-hidden="true" class="svg-icon iconCheckmarkSm" width="14" height="14" viewBox="0 0 14 14"><path d="M13 3.41 11.59 2 5 8.59 2.41 6 1 7.41l4 4 8-8Z"></path></svg>'
        if accepted
        else ""
    )
    heat = " is-supernova" if views >= 10000 else " is-hot" if views >= 2000 else " is-warm" if views >= 1000 else ""
    bounty = (
        '<div class="s-post-summary--stats-item"><span class="s-badge s-badge__bounty s-badge__sm" title="This question has an open bounty worth +50 reputation">+50</span></div>'
        if index == 4
        else ""
    )
    tag_items = "".join(
        f'<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/{t}" class="post-tag flex--item mt0 js-tagname-{t}" title="show questions tagged &#39;{t}&#39;" aria-label="show questions tagged &#39;{t}&#39;" rel="tag" aria-labelledby="tag-{t}-tooltip-container" data-tag-menu-origin="Unknown">{t}</a></li>'
        for t in tags
    )
    rep_text = f"{rep:,}" if rep < 10000 else f"{rep / 1000:.1f}k"
    excerpt = esc(EXCERPTS[index % len(EXCERPTS)])
    return f"""<div id="question-summary-{qid}" class="s-post-summary js-post-summary" data-post-id="{qid}" data-post-type-id="1">
    <div class="s-post-summary--stats js-post-summary-stats">
        <div class="s-post-summary--stats-item s-post-summary--stats-item__emphasized" title="Score of {votes}">
            <span class="s-post-summary--stats-item-number">{votes}</span>
            <span class="s-post-summary--stats-item-unit">vote{"s" if votes != 1 else ""}</span>
        </div>
        <div class="s-post-summary--stats-item{answer_class}" title="{answer_title}">
            {check}
            <span class="s-post-summary--stats-item-number">{answers}</span>
            <span class="s-post-summary--stats-item-unit">answer{"s" if answers != 1 else ""}</span>
        </div>
        <div class="s-post-summary--stats-item{heat}" title="{views:,} views">
            <span class="s-post-summary--stats-item-number">{_so_count(views)}</span>
            <span class="s-post-summary--stats-item-unit">view{"s" if views != 1 else ""}</span>
        </div>
        {bounty}
    </div>
    <div class="s-post-summary--content">
        <h3 class="s-post-summary--content-title">
            <a href="{_so_url(q)}" class="s-link">{esc(title)}</a>
        </h3>
        <div class="s-post-summary--content-excerpt">{excerpt}</div>
        <div class="s-post-summary--meta">
            <div class="s-post-summary--meta-tags d-inline-block tags js-tags {" ".join("t-" + t for t in tags)}">
                <ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">{tag_items}</ul>
            </div>
            <div class="s-user-card s-user-card__minimal">
                <a href="{_so_user_url(q)}" class="s-avatar s-avatar__16 s-user-card--avatar"><div class="gravatar-wrapper-16" data-user-id="{30000000 - qid % 9999991}"><img src="https://www.gravatar.example/avatar/{qid:x}?s=32&amp;d=identicon&amp;r=PG" alt="{esc(asker)}&#39;s user avatar" width="16" height="16" class="s-avatar--image"></div></a>
                <div class="s-user-card--info">
                    <div class="s-user-card--link d-flex gs4"><a href="{_so_user_url(q)}" class="flex--item">{esc(asker)}</a></div>
                    <ul class="s-user-card--awards"><li class="s-user-card--rep"><span class="todo-no-class-here" title="reputation score {rep:,}" dir="ltr">{rep_text}</span></li></ul>
                </div>
                <time class="s-user-card--time">asked <span title="{moment:%Y-%m-%d %H:%M:%S}Z" class="relativetime">{when}</span></time>
            </div>
        </div>
    </div>
</div>"""


def _so_page(page: int, pages: int, summaries: str) -> str:
    base = "/questions/tagged/duckdb/"
    links = [base] + [f"{base}page-{n}/" for n in range(2, pages + 1)]
    pager = ""
    if page > 1:
        pager += f'<a class="s-pagination--item js-pagination-item" href="{links[page - 2]}" rel="prev" title="Go to page {page - 1}">Prev</a>'
    for n in range(1, pages + 1):
        pager += (
            f'<div class="s-pagination--item is-selected" aria-current="page">{n}</div>'
            if n == page
            else f'<a class="s-pagination--item js-pagination-item" href="{links[n - 1]}" title="Go to page {n}">{n}</a>'
        )
    if page < pages:
        pager += f'<a class="s-pagination--item js-pagination-item" href="{links[page]}" rel="next" title="Go to page {page + 1}">Next</a>'
    hot = "".join(
        f'<li><div class="favicon favicon-{site}" title="{site.title()} Stack Exchange"></div><a href="https://{site}.stackexchange.example/questions/{4100 + i * 37}/{slug(t)}" class="js-gps-track question-hyperlink mb0">{esc(t)}</a></li>'
        for i, (t, site) in enumerate(HOT)
    )
    related = "".join(
        f'<a href="/questions/tagged/duckdb+{t}" class="post-tag" title="show questions tagged &#39;{t}&#39;" rel="tag">{t}</a>&nbsp;<span class="item-multiplier" title="{n} questions tagged with both duckdb and {t}"><span class="item-multiplier-x">&times;</span>&nbsp;<span class="item-multiplier-count">{n}</span></span><br>'
        for t, n in RELATED_TAGS
    )
    return f"""<!DOCTYPE html>
<html class="html__responsive " lang="en">
<head>
    <title>Newest &#39;duckdb&#39; Questions - Stack Fault</title>
    <link rel="shortcut icon" href="https://cdn.sstatic.example/Sites/stackfault/Img/favicon.ico?v=ec617d715196">
    <link rel="canonical" href="https://stackfault.example/questions/tagged/duckdb{"" if page == 1 else f"?tab=newest&amp;page={page}"}">
    <meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
    <link rel="stylesheet" type="text/css" href="https://cdn.sstatic.example/Shared/stacks.css?v=8c4a6e2f1b9d">
    <link rel="stylesheet" type="text/css" href="https://cdn.sstatic.example/Sites/stackfault/primary.css?v=3d9b2c7e5a10">
    <link rel="alternate" type="application/atom+xml" title="Feed of questions tagged duckdb" href="/feeds/tag/duckdb">
</head>
<body class="tagged-questions-page unified-theme">
    <div id="notify-container"></div>
    <div id="custom-header"></div>
    <header class="s-topbar ps-fixed t0 l0 js-top-bar">
        <div class="s-topbar--container">
            <a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-haspopup="true" aria-controls="left-sidebar" aria-expanded="false"><span></span></a>
            <a class="s-topbar--logo js-gps-track" href="https://stackfault.example"><span class="-img _glyph">Stack Fault</span></a>
            <ol class="s-navigation" role="presentation">
                <li class="md:d-none"><a href="https://stackfault.co.example/" class="s-navigation--item js-gps-track">About</a></li>
                <li><a href="#" class="s-navigation--item js-gps-track js-products-menu" aria-controls="products-popover">Products</a></li>
                <li class="md:d-none"><a href="https://stackfault.co.example/teams/" class="s-navigation--item js-gps-track">For Teams</a></li>
            </ol>
            <form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar" autocomplete="off">
                <div class="s-topbar--searchbar--input-group"><input name="q" type="text" role="combobox" placeholder="Search…" value="" aria-label="Search" maxlength="240" class="s-input s-input__search js-search-field"></div>
            </form>
            <nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar">
                <li role="none"><a href="/users/login?ssrc=head&amp;returnurl=https%3a%2f%2fstackfault.example%2fquestions%2ftagged%2fduckdb" class="s-topbar--item s-topbar--item__unset s-btn s-btn__filled ws-nowrap js-gps-track" rel="nofollow">Log in</a></li>
                <li role="none"><a href="/users/signup?ssrc=head&amp;returnurl=https%3a%2f%2fstackfault.example%2fquestions%2ftagged%2fduckdb" class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary ws-nowrap" rel="nofollow">Sign up</a></li>
            </ol></nav>
        </div>
    </header>
    <div class="container">
        <div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative">
            <div class="left-sidebar--sticky-container js-sticky-leftnav">
                <nav role="navigation"><ol class="nav-links">
                    <li class="ps-relative"><a href="/" class="pl8 js-gps-track nav-links--link"><div class="d-flex ai-center"><div class="flex--item truncate">Home</div></div></a></li>
                    <li class="ps-relative youarehere" aria-current="true"><a id="nav-questions" href="/questions" class="pl8 js-gps-track nav-links--link -link__with-icon"><span class="-link--channel-name pl6">Questions</span></a></li>
                    <li class="ps-relative"><a id="nav-tags" href="/tags" class="js-gps-track nav-links--link"><div class="d-flex ai-center"><div class="flex--item truncate">Tags</div></div></a></li>
                    <li class="ps-relative"><a id="nav-users" href="/users" class="js-gps-track nav-links--link"><div class="d-flex ai-center"><div class="flex--item truncate">Users</div></div></a></li>
                    <li class="ps-relative"><a id="nav-companies" href="https://stackfault.co.example/jobs/companies" class="js-gps-track nav-links--link"><div class="d-flex ai-center"><div class="flex--item truncate">Companies</div></div></a></li>
                    <li class="js-freemium-cta ps-relative mt32 mb8"><div class="fs-fine tt-uppercase fc-black-600 mb6">Collectives</div><a href="/collectives" class="js-gps-track nav-links--link">Explore Collectives</a></li>
                    <li class="ps-relative"><div class="fs-fine tt-uppercase fc-black-600 mb6">Labs</div><a href="/labs/discussions" class="js-gps-track nav-links--link">Discussions</a></li>
                </ol></nav>
            </div>
        </div>
        <div id="content" class="snippet-hidden">
            <div itemprop="mainContentOfPage">
                <div id="mainbar" role="main" aria-label="question list">
                    <div class="d-flex ai-center fw-nowrap mb16">
                        <h1 class="flex--item fl1 fs-headline1 mb0">Questions tagged [duckdb]</h1>
                        <div class="ml12 aside-cta flex--item sm:ml0 sm:mb12"><a class="ws-nowrap s-btn s-btn__primary" href="/questions/ask?tags=duckdb">Ask Question</a></div>
                    </div>
                    <div class="mb24">
                        <div class="s-prose js-tag-wiki-excerpt">DuckDB is an in-process SQL OLAP database management system. Use this tag for questions about DuckDB&#39;s SQL dialect, its client APIs (Python, R, Node.js, Java, Rust, WASM) and its extensions.</div>
                        <div class="d-flex jc-space-between ai-center mt12"><div class="d-flex gs8"><a href="/tags/duckdb/info" class="flex--item">Learn more…</a><a href="/tags/duckdb/topusers" class="flex--item">Top users</a><a href="/tags/duckdb/synonyms" class="flex--item">Synonyms</a></div><button class="s-btn s-btn__outlined s-btn__xs js-watch-tag-btn" type="button">Watch tag</button></div>
                    </div>
                    <div class="d-flex ai-center jc-space-between mb16">
                        <div class="flex--item fl1 fs-body3 mr12">{len(QUESTIONS)} questions</div>
                        <div class="d-flex ai-center">
                            <div class="s-btn-group flex--item js-filter-btn" role="group" aria-label="Sort">
                                <a class="js-sort-preference-change youarehere is-selected flex--item s-btn s-btn__muted s-btn__outlined" href="/questions/tagged/duckdb?tab=Newest" data-nav-xhref="" title="Newest questions" data-value="Newest" aria-current="true">Newest</a>
                                <a class="js-sort-preference-change flex--item s-btn s-btn__muted s-btn__outlined" href="/questions/tagged/duckdb?tab=Active" title="Questions with recent activity" data-value="Active">Active</a>
                                <a class="js-sort-preference-change flex--item s-btn s-btn__muted s-btn__outlined" href="/questions/tagged/duckdb?tab=Bounties" title="Questions with an active bounty" data-value="Bounties"><span class="s-badge s-badge__bounty s-badge__sm">1</span> Bountied</a>
                                <a class="js-sort-preference-change flex--item s-btn s-btn__muted s-btn__outlined" href="/questions/tagged/duckdb?tab=Unanswered" title="Questions with no upvoted or accepted answers" data-value="Unanswered">Unanswered</a>
                            </div>
                            <button class="s-btn s-btn__filled s-btn__sm s-btn__icon ws-nowrap" role="button" aria-expanded="false" aria-controls="uql-form">Filter</button>
                        </div>
                    </div>
                    <div id="questions" class="flush-left">
{summaries}
                    </div>
                    <div class="s-pagination site1 themed pager float-left">{pager}</div>
                    <div class="s-pagination site1 themed pager-right float-right"><a href="/questions/tagged/duckdb?tab=newest&amp;pagesize=15" class="s-pagination--item is-selected" title="Show 15 items per page">15</a><a href="/questions/tagged/duckdb?tab=newest&amp;pagesize=30" class="s-pagination--item js-pagination-item" title="Show 30 items per page">30</a><a href="/questions/tagged/duckdb?tab=newest&amp;pagesize=50" class="s-pagination--item js-pagination-item" title="Show 50 items per page">50</a><span class="page-numbers dots s-pagination--item__clear">per page</span></div>
                </div>
                <div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar">
                    <div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16" data-tracker="cb=1">
                        <ul class="d-block p0 m0">
                            <div class="s-sidebarwidget--header s-sidebarwidget__small-bold-text fc-black-600 d:fc-black-900 bb bbw1">The Overflow Blog</div>
                            <li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0"><svg aria-hidden="true" class="va-text-top svg-icon iconPencilSm" width="14" height="14" viewBox="0 0 14 14"><path d="m11.1 1.71 1.13 1.12c.2.2.2.51 0 .71L11.1 4.7 9.21 2.86l1.17-1.15c.2-.2.51-.2.71 0ZM2 10.12l6.37-6.43 1.88 1.88L3.88 12H2v-1.88Z"></path></svg></div><div class="flex--item wmn0 ow-break-word"><a href="https://stackfault.blog/2026/03/04/columnar-all-the-way-down/" class="js-gps-track" title="Columnar all the way down">Columnar all the way down</a></div></li>
                            <li class="s-sidebarwidget--item d-flex px16"><div class="flex--item wmn0 ow-break-word"><a href="https://stackfault.blog/2026/03/03/the-developer-survey-is-open/" class="js-gps-track" title="The 2026 Developer Survey is open">The 2026 Developer Survey is open</a></div></li>
                            <div class="s-sidebarwidget--header s-sidebarwidget__small-bold-text fc-black-600 d:fc-black-900 bb bbw1">Featured on Meta</div>
                            <li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0"><div class="favicon favicon-stackexchangemeta" title="Meta Stack Exchange"></div></div><div class="flex--item wmn0 ow-break-word"><a href="https://meta.stackexchange.example/questions/402113/policy-update-for-generated-content" class="js-gps-track" title="Policy update for generated content">Policy update for generated content</a></div></li>
                            <li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0"><div class="favicon favicon-stackoverflowmeta" title="Meta Stack Fault"></div></div><div class="flex--item wmn0 ow-break-word"><a href="https://meta.stackfault.example/questions/433907/should-we-burninate-the-database-tag" class="js-gps-track" title="Should we burninate the [database] tag?">Should we burninate the [database] tag?</a></div></li>
                        </ul>
                    </div>
                    <div id="dfp-tsb" class="everyonelovesstackoverflow everyoneloves__top-sidebar" data-dfp-slot="/1234/stackfault/tsb"><iframe title="Advertisement" src="about:blank" width="300" height="250"></iframe></div>
                    <div class="js-tag-preferences-container" data-is-here-when="d lg"><div class="s-sidebarwidget"><div class="s-sidebarwidget--header">Watched Tags</div><div class="s-sidebarwidget--content"><p class="fc-black-600">Watch tags to curate your list of questions.</p><a class="s-btn s-btn__outlined s-btn__xs" href="/users/login">Watch a tag</a></div></div></div>
                    <div class="module sidebar-related-tags js-gps-related-tags" data-tracker="rtc=1">
                        <h4 id="h-related-tags">Related Tags</h4>
                        <div class="js-gps-related-tags">{related}</div>
                    </div>
                    <div id="hot-network-questions" class="module tex2jax_ignore">
                        <h4><a href="https://stackexchange.example/questions?tab=hot" class="js-gps-track s-link s-link__inherit">Hot Network Questions</a></h4>
                        <ul>{hot}</ul>
                    </div>
                    <div id="feed-link"><div id="feed-link-text"><a href="https://stackfault.example/feeds/tag/duckdb" title="the 15 newest duckdb questions feed"><svg aria-hidden="true" class="fc-orange-400 svg-icon iconRss" width="18" height="18" viewBox="0 0 18 18"><path d="M1 3c0-1.1.9-2 2-2h12a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V3Z"></path></svg> Question feed</a></div></div>
                </div>
            </div>
        </div>
    </div>
    <footer id="footer" class="site-footer js-footer theme-light__forced" role="contentinfo">
        <div class="site-footer--container">
            <div class="site-footer--logo"><a href="https://stackfault.example" aria-label="Stack Fault"><svg aria-hidden="true" class="native svg-icon iconLogoGlyphMd" width="32" height="37" viewBox="0 0 32 37"><path d="M26 33v-9h4v13H0V24h4v9h22Z"></path></svg></a></div>
            <nav class="site-footer--nav">
                <div class="site-footer--col"><h5 class="-title"><a href="https://stackfault.example" class="js-gps-track">Stack Fault</a></h5><ul class="-list js-primary-footer-links"><li class="-item"><a href="/questions" class="js-gps-track -link">Questions</a></li><li class="-item"><a href="/help" class="js-gps-track -link">Help</a></li><li class="-item"><a href="/chat" class="js-gps-track -link">Chat</a></li></ul></div>
                <div class="site-footer--col"><h5 class="-title"><a href="https://stackfault.co.example/" class="js-gps-track">Products</a></h5><ul class="-list"><li class="-item"><a href="https://stackfault.co.example/teams/" class="js-gps-track -link">Teams</a></li><li class="-item"><a href="https://stackfault.co.example/advertising/" class="js-gps-track -link">Advertising</a></li><li class="-item"><a href="https://stackfault.co.example/talent/" class="js-gps-track -link">Talent</a></li></ul></div>
                <div class="site-footer--col"><h5 class="-title"><a href="https://stackfault.co.example/" class="js-gps-track">Company</a></h5><ul class="-list"><li class="-item"><a href="https://stackfault.co.example/" class="js-gps-track -link">About</a></li><li class="-item"><a href="https://stackfault.co.example/company/press/" class="js-gps-track -link">Press</a></li><li class="-item"><a href="https://stackfault.co.example/legal/privacy-policy" class="js-gps-track -link">Privacy Policy</a></li><li class="-item"><a href="https://stackfault.co.example/legal/terms-of-service/public" class="js-gps-track -link">Terms of Service</a></li><li class="-item"><button type="button" class="js-gps-track -link s-btn s-btn__link py4 js-cookie-settings" data-consent-popup-loader="footer">Cookie Settings</button></li></ul></div>
            </nav>
            <div class="site-footer--copyright fs-fine md:mt24"><p class="md:mb0">Site design / logo © 2026 Stack Fault Inc; user contributions licensed under <span class="td-underline"><a href="https://stackfault.example/help/licensing">CC BY-SA</a></span>. <span id="svnrev">rev 2026.3.5.11892</span></p></div>
        </div>
    </footer>
    <div class="ff-sans ps-fixed z-nav-fixed ws4 sm:w-auto p32 sm:p16 bg-black-750 fc-white bar-lg b16 l16 r16 js-consent-banner" role="dialog" aria-labelledby="onetrust-banner-title" aria-describedby="onetrust-policy-text">
        <svg aria-hidden="true" class="mln4 mb24 sm:d-none svg-spot spotCookieLg" style="color: var(--theme-button-filled-background-color)" width="96" height="96" viewBox="0 0 96 96"><path d="M35 45.5a7.5 7.5 0 1 1-15 0 7.5 7.5 0 0 1 15 0Z"></path></svg>
        <p id="onetrust-banner-title" class="fs-title mb16 sm:mb8">Your privacy</p>
        <p id="onetrust-policy-text" class="mb16 sm:mb8">By clicking “Accept all cookies”, you agree Stack Fault can store cookies on your device and disclose information in accordance with our <a href="https://stackfault.co.example/legal/cookie-policy">Cookie Policy</a>.</p>
        <div class="d-flex gs8 sm:fd-column">
            <button class="flex--item6 s-btn s-btn__primary js-accept-cookies js-consent-banner-hide">Accept all cookies</button>
            <button class="flex--item6 s-btn s-btn__primary js-reject-cookies js-consent-banner-hide">Necessary cookies only</button>
        </div>
        <button class="flex--item6 s-btn s-btn__link mt8 js-cookie-settings" data-consent-popup-loader="banner">Customize settings</button>
    </div>
</body>
</html>"""


@held
def build_stackfault() -> None:
    s = Site(
        "stackfault",
        kind="Q&A question list (Stack Overflow-like tag page)",
        start="questions/tagged/duckdb/",
        description="Held out.",
    )
    pages = chunks(list(range(len(QUESTIONS))), [15, 15])
    paths = ["questions/tagged/duckdb/index.html", "questions/tagged/duckdb/page-2/index.html"]
    for number, (path, indices) in enumerate(zip(paths, pages, strict=True), 1):
        summaries = "\n".join(_so_summary(QUESTIONS[i], i) for i in indices)
        s.list_page(path, _so_page(number, len(pages), summaries))
    for q in QUESTIONS:
        _qid, title, votes, answers, _accepted, views, tags, asker, _rep, minutes = q
        s.expect(
            {
                "title": title,
                "url": _so_url(q),
                "votes": votes,
                "answers": answers,
                "views": _so_shown_views(views),
                "tags": tags,
                "author": asker,
                "date": _so_when(minutes)[1].date().isoformat(),
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the held-out sites of this wave (output names only, never their content)."""
    for name, build in HELD.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
