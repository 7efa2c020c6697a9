"""Sixteenth wave, part A: three site families of local services, written and measured before any
heuristic was changed for them (a supermarket store finder, a practitioner search and a restaurant's
delivery menu).

* **storefinder** — a UK supermarket chain's store locator for a postcode (Tesco / Sainsbury's style
  2024–25: a React app of BEM ``store-card__…`` classes paired with styled-components
  ``styled__StoreCard-sc-1q3e8pz-0 kXhTwP`` hashes): the header (logo, "Groceries", "Clubcard",
  "Sign in"), a search box holding "SE15 4QF" with "Use my location", filter checkboxes for store
  type (Superstore / Extra / Express / Petrol) and services (the same words as the chips below),
  "Showing 1–10 of 27 stores near SE15 4QF", a map placeholder whose numbered pins carry
  ``aria-label="1. Peckham Rye Superstore, 0.4 miles"``, then ``ol.store-list > li`` cards: a number,
  ``h3`` store name (not a link), a format badge, the distance "0.4 mi" (with a visually hidden
  "0.4 miles away"), ``address`` of three spans (street, town, postcode), the status line
  "Open until 22:00" / "Open 24 hours" / "Closed · Opens 07:00" (a coloured dot and a strong word),
  the phone as a ``tel:`` link on most (Express stores have none), a ``ul`` of service chips with
  icons, and "Store details" + "Directions" links. A Clubcard app promo ``li`` sits in the list on
  page 1; the site's own "Show more stores" link and a small "Previous" link lead over ``&page=N``
  (each page shows its own ten, as the server-rendered fallback does); a OneTrust banner, the
  footer and a ``window.__INITIAL_STATE__`` with the store ids. Ten, ten and seven stores. Written
  down: name, url, street, town, postcode, distance (miles), opening (the status line as shown),
  phone, services (a list).
* **doctorfinder** — a Doctolib-style practitioner search, French (``/medecin-generaliste/paris``,
  2024–25 Oxygen design-system markup: ``dl-card`` / ``dl-text dl-text-body dl-text-s`` utility
  classes, ``data-test-id`` hooks, ``data-icon-name`` svgs): the header, the search bar (speciality
  + "Paris"), filter buttons ("Disponibilités", "Langues parlées", "Secteur", "Téléconsultation"),
  "142 résultats", then ``div[data-test-id=search-result-card]`` cards: avatar, ``a > h2`` name
  "Dr Claire Martin", the speciality line, the address "12 Rue de la Roquette, 75011 Paris", the
  convention line "Conventionné secteur 1" / "Conventionné secteur 2" / "Non conventionné" beside a
  "Carte Vitale acceptée" / "Tiers payant" badge on some, "Langues parlées : Français, Anglais" on
  some, a rating "4,8" with "(126 avis)" on some, and the availability: a calendar of four day
  columns ("lundi" / "10 mars") with slot buttons (``aria-label="lundi 10 mars à 09:30"``) and dashes
  on empty days, or a "Prochain RDV le 12 mars" button, or "Aucune disponibilité en ligne"; a
  "Prendre rendez-vous" link. One "Sponsorisé" card per page (a health centre, same markup: an ad,
  not written down), a "Publicité" téléconsultation block that is not a practitioner, a map of pins, pagination
  "Précédent 1 2 3 Suivant" over ``?page=N``, SEO links, the footer and a Didomi banner. Ten, ten
  and six practitioners. Written down: name, url, specialty, address, convention, languages (a
  list), next_available (``--MM-DD`` of the first slot day or of "Prochain RDV le …"), rating,
  review_count.
* **menuboard** — a Deliveroo-style restaurant menu (``/menu/london/camberwell/lotus-kitchen-
  camberwell``, 2024–25 Next.js: 16-hex ``ccl-`` atomic classes, ``MenuItemCard-…`` hashes,
  ``data-testid`` hooks): the header with the address switcher, the restaurant block (h1 "Lotus
  Kitchen – Camberwell", "Chinese · Dumplings · Noodles", "4.6 Excellent (500+)", "£1.99 delivery",
  "20–35 min", "£12 minimum", "Info" and allergen links), a sticky category nav of in-page anchors,
  then menu sections, each ``h2`` + optional blurb + a ``ul`` of ``div[role=button]`` dish cards:
  the name, a description on most, dietary icons (``span[role=img][aria-label=Vegetarian]``,
  "Vegan", "Gluten free", "Spicy"), the price "£7.50" (sr-only "Price: £7.50"), "620 kcal" on most,
  a "Popular" tag on some, a "Sold out" label on two (price shown greyed, no add button), a photo
  on some. The first section, "Popular", repeats five dishes of the other sections (same card
  markup); a person writes each dish once, in its own section. A basket sidebar, "Frequently
  asked questions", the footer, a cookie banner and ``__NEXT_DATA__`` with the menu. One page,
  thirty dishes. Written down: name, section, description, price, currency, dietary (a list),
  calories, popular ("Popular" when tagged), sold_out ("Sold out" when so).

Run ``uv run python tests/sites/corpus/generate_sixteenth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

SIXTEENTH: dict[str, Callable[[], None]] = {}
NBSP = "\u00a0"


def sixteenth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    SIXTEENTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hash(text: str, length: int = 6) -> str:
    """A stable mixed-case token, as styled-components and CSS-module hashes are."""
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    number = zlib.crc32(text.encode()) * 7919 + zlib.crc32(text[::-1].encode())
    out = ""
    for _ in range(length):
        number, digit = divmod(number, len(letters))
        out += letters[digit]
    return out


def _hex(text: str) -> str:
    """A 16-hex atomic class token (Deliveroo's ``ccl-4704108cacc54616``)."""
    return f"{zlib.crc32(text.encode()):08x}{zlib.crc32(text[::-1].encode()):08x}"


# ---------------------------------------------------------------------------------------------------
# storefinder: a UK supermarket store locator (2024–2025).
# ---------------------------------------------------------------------------------------------------

SF_START = "store-locator/search?q=SE154QF"

# (id, name, format, street, town, postcode, miles, status shown, phone or None, services)
SF_STORES: list[tuple[Any, ...]] = [
    (
        2931,
        "Peckham Rye Superstore",
        "Superstore",
        "135 Rye Lane",
        "London",
        "SE15 4ST",
        0.4,
        "Open until 22:00",
        "0345 677 9540",
        ["Click & Collect", "Pharmacy", "Cash machine", "Recycling point"],
    ),
    (
        5622,
        "Peckham High Street Express",
        "Express",
        "71-73 Peckham High Street",
        "London",
        "SE15 5RS",
        0.6,
        "Open until 23:00",
        None,
        ["Cash machine", "Paypoint"],
    ),
    (
        5907,
        "Queens Road Express",
        "Express",
        "2 Queens Road",
        "London",
        "SE15 2PT",
        0.9,
        "Open until 23:00",
        None,
        ["Paypoint", "Parcel lockers"],
    ),
    (
        2410,
        "Old Kent Road Extra",
        "Extra",
        "107 Dunton Road",
        "London",
        "SE1 5HG",
        1.3,
        "Open 24 hours",
        "0345 677 9426",
        ["Click & Collect", "Pharmacy", "Petrol", "Café", "Photo centre", "Car wash"],
    ),
    (
        5118,
        "Nunhead Lane Express",
        "Express",
        "54 Nunhead Lane",
        "London",
        "SE15 3TU",
        1.4,
        "Open until 23:00",
        None,
        ["Cash machine"],
    ),
    (
        2287,
        "Camberwell Green Superstore",
        "Superstore",
        "1 Butterfly Walk, Denmark Hill",
        "London",
        "SE5 8RW",
        1.7,
        "Open until 22:00",
        "0345 677 9127",
        ["Click & Collect", "Cash machine", "Scan as you shop"],
    ),
    (
        5333,
        "East Dulwich Express",
        "Express",
        "33-35 Lordship Lane",
        "London",
        "SE22 8EW",
        1.9,
        "Closed · Opens 07:00",
        None,
        ["Paypoint", "Parcel lockers"],
    ),
    (
        6120,
        "Old Kent Road Petrol Filling Station",
        "Petrol",
        "Ilderton Road",
        "London",
        "SE15 1NS",
        2.1,
        "Open 24 hours",
        "0345 677 9911",
        ["Petrol", "Car wash", "Jet wash"],
    ),
    (
        5741,
        "Surrey Quays Express",
        "Express",
        "Redriff Road",
        "London",
        "SE16 7LL",
        2.4,
        "Open until 23:00",
        None,
        ["Cash machine", "Paypoint"],
    ),
    (
        2655,
        "Surrey Quays Superstore",
        "Superstore",
        "Redriff Road, Surrey Quays Shopping Centre",
        "London",
        "SE16 7LL",
        2.5,
        "Open until 22:00",
        "0345 677 9645",
        ["Click & Collect", "Pharmacy", "Opticians", "Café", "Recycling point"],
    ),
    (
        5204,
        "Herne Hill Express",
        "Express",
        "100 Norwood Road",
        "London",
        "SE24 9BB",
        2.8,
        "Closed · Opens 07:00",
        None,
        ["Paypoint"],
    ),
    (
        5486,
        "Brixton Station Road Express",
        "Express",
        "9 Brixton Station Road",
        "London",
        "SW9 8PB",
        3.0,
        "Open until 23:00",
        None,
        ["Cash machine", "Paypoint", "Parcel lockers"],
    ),
    (
        2318,
        "Brixton Superstore",
        "Superstore",
        "13 Acre Lane",
        "London",
        "SW2 5RU",
        3.2,
        "Open until 22:00",
        "0345 677 9093",
        ["Click & Collect", "Pharmacy", "Cash machine"],
    ),
    (
        5660,
        "Kennington Lane Express",
        "Express",
        "313 Kennington Lane",
        "London",
        "SE11 5QY",
        3.3,
        "Open until 23:00",
        None,
        ["Paypoint"],
    ),
    (
        2042,
        "New Cross Gate Superstore",
        "Superstore",
        "275 New Cross Road",
        "London",
        "SE14 6AS",
        3.5,
        "Open until 22:00",
        "0345 677 9504",
        ["Click & Collect", "Cash machine", "Scan as you shop", "Recycling point"],
    ),
    (
        5879,
        "Deptford High Street Express",
        "Express",
        "164 Deptford High Street",
        "London",
        "SE8 3PR",
        3.6,
        "Open until 23:00",
        None,
        ["Cash machine"],
    ),
    (
        2519,
        "Sydenham Superstore",
        "Superstore",
        "Southend Lane",
        "London",
        "SE26 4PU",
        3.9,
        "Open until 22:00",
        "0345 677 9635",
        ["Click & Collect", "Pharmacy", "Petrol", "Café"],
    ),
    (
        5391,
        "Forest Hill Express",
        "Express",
        "15 London Road",
        "London",
        "SE23 3TW",
        4.1,
        "Closed · Opens 06:00",
        None,
        ["Paypoint", "Parcel lockers"],
    ),
    (
        2733,
        "Lewisham Extra",
        "Extra",
        "Lewisham Centre, Molesworth Street",
        "London",
        "SE13 7HB",
        4.3,
        "Open 24 hours",
        "0345 677 9423",
        ["Click & Collect", "Pharmacy", "Opticians", "Photo centre", "Café", "Cash machine"],
    ),
    (
        5957,
        "Streatham Hill Express",
        "Express",
        "104 Streatham Hill",
        "London",
        "SW2 4RD",
        4.6,
        "Open until 23:00",
        None,
        ["Paypoint"],
    ),
    (
        2864,
        "Streatham Superstore",
        "Superstore",
        "Streatham Common North",
        "London",
        "SW16 3BX",
        5.0,
        "Open until 22:00",
        "0345 677 9659",
        ["Click & Collect", "Pharmacy", "Petrol"],
    ),
    (
        5015,
        "Greenwich Church Street Express",
        "Express",
        "2 Church Street",
        "London",
        "SE10 9BG",
        5.1,
        "Open until 23:00",
        None,
        ["Cash machine", "Paypoint"],
    ),
    (
        2196,
        "Catford Superstore",
        "Superstore",
        "Catford Island, Plassy Road",
        "London",
        "SE6 2AT",
        5.4,
        "Open until 22:00",
        "0345 677 9131",
        ["Click & Collect", "Cash machine"],
    ),
    (
        2975,
        "Croydon Purley Way Extra",
        "Extra",
        "Purley Way",
        "Croydon",
        "CR0 4XF",
        6.2,
        "Open until 23:00",
        "0345 677 9207",
        ["Click & Collect", "Pharmacy", "Petrol", "Café", "Opticians", "Car wash"],
    ),
    (
        5288,
        "Bromley Road Express",
        "Express",
        "310 Bromley Road",
        "London",
        "SE6 2RR",
        6.4,
        "Closed · Opens 07:00",
        None,
        ["Paypoint"],
    ),
    (
        2591,
        "Bromley Superstore",
        "Superstore",
        "Westmoreland Road",
        "Bromley",
        "BR2 0TB",
        6.9,
        "Open until 22:00",
        "0345 677 9108",
        ["Click & Collect", "Pharmacy", "Recycling point"],
    ),
    (
        6031,
        "Beckenham Petrol Filling Station",
        "Petrol",
        "Croydon Road",
        "Beckenham",
        "BR3 4AA",
        7.3,
        "Open 24 hours",
        "0345 677 9977",
        ["Petrol", "Jet wash"],
    ),
]
SF_PER_PAGE = 10
SF_ICONS = {
    "Click & Collect": "basket",
    "Pharmacy": "pharmacy-cross",
    "Cash machine": "atm",
    "Recycling point": "recycle",
    "Paypoint": "paypoint",
    "Parcel lockers": "locker",
    "Petrol": "fuel-pump",
    "Café": "coffee-cup",
    "Photo centre": "camera",
    "Car wash": "car-wash",
    "Jet wash": "car-wash",
    "Scan as you shop": "scanner",
    "Opticians": "glasses",
}


def _sf_href(number: int) -> str:
    return SF_START + (f"&page={number}" if number > 1 else "")


def _sf_url(store: tuple[Any, ...]) -> str:
    return f"/store-locator/{slug(store[4])}/{slug(store[1])}"


def _sc(component: str, suffix: str = "") -> str:
    """A styled-components pair: ``styled__StoreCard-sc-1q3e8pz-0 kXhTwP``."""
    return f"styled__{component}-sc-{_hash(component, 7).lower()}-0 {_hash(component + suffix)}"


def _sf_status(shown: str) -> str:
    if shown.startswith("Closed"):
        rest = shown.split("·", 1)[1].strip()
        return f'<p class="store-card__status store-card__status--closed {_sc("Status", "closed")}" data-auto="store-status"><span class="store-card__status-dot" aria-hidden="true"></span><strong>Closed</strong><span aria-hidden="true"> · </span>{esc(rest)}</p>'
    head, _, rest = shown.partition(" ")
    return f'<p class="store-card__status store-card__status--open {_sc("Status", "open")}" data-auto="store-status"><span class="store-card__status-dot" aria-hidden="true"></span><strong>{esc(head)}</strong> {esc(rest)}</p>'


def _sf_card(index: int, store: tuple[Any, ...]) -> str:
    sid, name, fmt, street, town, postcode, miles, shown, phone, services = store
    phone_html = (
        f'<a class="store-card__phone {_sc("PhoneLink")}" href="tel:{phone.replace(" ", "")}" data-auto="store-phone"><svg class="icon icon--phone" aria-hidden="true" focusable="false"><use href="#phone"></use></svg><span class="visually-hidden">Phone: </span>{phone}</a>'
        if phone
        else ""
    )
    chips = "".join(
        f'<li class="store-card__service {_sc("Chip")}"><svg class="icon icon--{SF_ICONS[s]}" aria-hidden="true" focusable="false"><use href="#{SF_ICONS[s]}"></use></svg><span class="chip__label">{esc(s)}</span></li>'
        for s in services
    )
    return f"""<li class="store-list__item" data-store-id="{sid}" data-store-format="{fmt.lower()}">
<article class="store-card {_sc("StoreCard")}" aria-labelledby="store-{sid}-name" data-auto="store-card">
 <div class="store-card__header {_sc("CardHeader")}">
  <span class="store-card__index" aria-hidden="true">{index}</span>
  <div class="store-card__heading"><h3 id="store-{sid}-name" class="store-card__name {_sc("Heading", "h3")}">{esc(name)}</h3><span class="store-card__format store-card__format--{fmt.lower()} {_sc("Badge")}">{esc(fmt)}</span></div>
  <span class="store-card__distance {_sc("Distance")}" data-auto="store-distance"><span aria-hidden="true">{miles:.1f} mi</span><span class="visually-hidden">{miles:.1f} miles away</span></span>
 </div>
 <address class="store-card__address {_sc("Address")}" data-auto="store-address"><span class="store-card__address-line">{esc(street)}</span>, <span class="store-card__address-line">{esc(town)}</span>, <span class="store-card__postcode">{esc(postcode)}</span></address>
 {_sf_status(shown)}
 {phone_html}
 <div class="store-card__services"><h4 class="visually-hidden">Services at this store</h4><ul class="store-card__service-list {_sc("ChipList")}" aria-label="Services">{chips}</ul></div>
 <div class="store-card__actions {_sc("Actions")}"><a class="button button--secondary {_sc("Button", "secondary")}" href="{_sf_url(store)}" data-auto="store-details-link" aria-label="Store details for {esc(name)}">Store details</a><a class="button button--link {_sc("Button", "link")}" href="https://www.google.com/maps/dir/?api=1&amp;destination={esc(postcode.replace(" ", "+"))}" target="_blank" rel="noopener">Directions<span class="visually-hidden"> (opens in a new tab)</span></a><button type="button" class="button button--icon {_sc("Button", "icon")}" aria-label="Set {esc(name)} as my store" aria-pressed="false"><svg aria-hidden="true"><use href="#star"></use></svg></button></div>
</article>
</li>"""


def _sf_page(number: int, total: int, stores: list[tuple[Any, ...]], first: int) -> str:
    cards = [_sf_card(first + i, st) for i, st in enumerate(stores)]
    if number == 1:
        cards.insert(
            5,
            f'<li class="store-list__promo" aria-label="Advertisement"><div class="promo-banner {_sc("Promo")}"><img src="/assets/img/clubcard-app.png" alt=""><p class="promo-banner__title">Your Clubcard, on your phone</p><p class="promo-banner__text">Scan in store, collect vouchers and see Clubcard Prices near you.</p><a href="/clubcard/app" class="button button--primary">Get the app</a></div></li>',
        )
    last = first + len(stores) - 1
    pins = "".join(
        f'<button type="button" class="store-map__pin {_sc("Pin")}" style="left:{(st[0] * 37) % 90 + 5}%;top:{(st[0] * 53) % 80 + 10}%" aria-label="{first + i}. {esc(st[1])}, {st[6]:.1f} miles">{first + i}</button>'
        for i, st in enumerate(stores)
    )
    more = (
        f'<a class="store-list__more button button--secondary {_sc("Button", "more")}" href="/{_sf_href(number + 1)}" data-auto="show-more-stores">Show more stores</a>'
        if number < total
        else '<p class="store-list__end">You\'ve seen all stores near SE15 4QF.</p>'
    )
    prev = (
        f'<a class="store-list__previous {_sc("TextLink")}" href="/{_sf_href(number - 1)}">Previous stores</a>'
        if number > 1
        else ""
    )
    type_filters = "".join(
        f'<li><label class="checkbox"><input type="checkbox" name="format" value="{t.lower()}"> {t}</label></li>'
        for t in ("Superstore", "Extra", "Express", "Petrol")
    )
    service_filters = "".join(
        f'<li><label class="checkbox"><input type="checkbox" name="facility" value="{slug(t)}"> {esc(t)}</label></li>'
        for t in ("Click & Collect", "Pharmacy", "Petrol", "Café", "Cash machine", "Opticians")
    )
    state = {
        "storeLocator": {
            "query": "SE15 4QF",
            "page": number,
            "total": len(SF_STORES),
            "results": [{"id": st[0], "distance": st[6], "format": st[2].upper()} for st in stores],
        },
        "featureFlags": {"newStoreCard": True, "mapbox": False},
    }
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Store locator - stores near SE15 4QF | Hartwell's</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<link rel="stylesheet" href="/store-locator/static/main.8c41f0.css"></head>
<body class="store-locator-app">
<a class="skip-link" href="#main">Skip to main content</a>
<svg style="display:none" xmlns="http://www.w3.org/2000/svg"><symbol id="phone" viewBox="0 0 24 24"></symbol><symbol id="basket" viewBox="0 0 24 24"></symbol><symbol id="star" viewBox="0 0 24 24"></symbol></svg>
<header class="site-header {_sc("Header")}"><a class="site-header__logo" href="/" aria-label="Hartwell's home"><svg viewBox="0 0 120 30" aria-hidden="true"></svg></a>
 <nav class="site-header__nav" aria-label="Main"><ul><li><a href="/groceries/">Groceries</a></li><li><a href="/clubcard/">Clubcard</a></li><li><a href="/deals/">Deals</a></li><li><a href="/recipes/">Recipes</a></li><li><a href="/store-locator/" aria-current="page">Store locator</a></li><li><a href="/help/">Help</a></li></ul></nav>
 <div class="site-header__account"><a href="/account/login">Sign in</a><a href="/account/register">Register</a><a href="/groceries/basket" aria-label="Basket, 0 items">Basket</a></div>
</header>
<div id="root"><main id="main" class="store-locator {_sc("Page")}">
 <nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/store-locator/">Store locator</a></li><li aria-current="page">Search results</li></ol></nav>
 <h1 class="store-locator__title {_sc("Heading", "h1")}">Find a store</h1>
 <form class="store-search {_sc("SearchForm")}" action="/store-locator/search" role="search"><label for="store-search-input" class="store-search__label">Town, city or postcode</label><div class="store-search__row"><input id="store-search-input" name="q" type="search" value="SE154QF" autocomplete="postal-code"><button type="submit" class="button button--primary">Find stores</button></div><button type="button" class="button button--link store-search__geo"><svg aria-hidden="true"></svg>Use my location</button></form>
 <div class="store-locator__layout">
 <aside class="store-filters {_sc("Filters")}" aria-label="Filter stores"><h2 class="store-filters__title">Filter</h2>
  <fieldset><legend>Store type</legend><ul>{type_filters}</ul></fieldset>
  <fieldset><legend>Services</legend><ul>{service_filters}</ul></fieldset>
  <label class="checkbox"><input type="checkbox" name="openNow"> Open now</label>
 </aside>
 <section class="store-results {_sc("Results")}" aria-labelledby="results-heading">
  <h2 id="results-heading" class="store-results__count" aria-live="polite">Showing {first}–{last} of {len(SF_STORES)} stores near <strong>SE15 4QF</strong></h2>
  <div class="store-map {_sc("Map")}" role="region" aria-label="Map of stores"><div class="store-map__placeholder"><img src="/store-locator/static/map-placeholder.svg" alt="" width="640" height="360"><p class="store-map__consent">To see the map, accept functional cookies. <button type="button" class="button button--link">Manage cookies</button></p></div>{pins}</div>
  <div class="store-results__toggle" role="tablist"><button role="tab" aria-selected="true">List</button><button role="tab" aria-selected="false">Map</button></div>
  <ol class="store-list {_sc("StoreList")}" start="{first}" data-auto="store-list">
  {"".join(cards)}
  </ol>
  <div class="store-list__footer">{prev}{more}</div>
 </section>
 </div>
 <section class="store-locator__seo"><h2>Popular store searches</h2><ul class="link-list"><li><a href="/store-locator/london">Stores in London</a></li><li><a href="/store-locator/croydon">Stores in Croydon</a></li><li><a href="/store-locator/bromley">Stores in Bromley</a></li><li><a href="/store-locator/petrol-stations">Petrol stations</a></li><li><a href="/store-locator/pharmacies">Pharmacies</a></li></ul></section>
</main></div>
<footer class="site-footer {_sc("Footer")}"><div class="site-footer__cols"><div><h3>Shopping</h3><ul><li><a href="/groceries/">Groceries</a></li><li><a href="/deals/">Deals</a></li><li><a href="/delivery-saver/">Delivery Saver</a></li></ul></div><div><h3>Customer service</h3><ul><li><a href="/help/contact">Contact us</a></li><li><a href="/help/product-recalls">Product recalls</a></li><li><a href="/store-locator/">Store locator</a></li></ul></div><div><h3>About us</h3><ul><li><a href="/about/careers">Careers</a></li><li><a href="/about/modern-slavery">Modern slavery statement</a></li></ul></div></div><p class="site-footer__legal">© Hartwell's Stores Ltd 2025. Customer Service: 0800 505 555</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><p id="onetrust-policy-text">We use cookies and similar technologies to improve your experience, show you personalised offers and measure how our site is used. <a href="/help/privacy-and-cookies">Privacy and cookies policy</a></p><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Manage preferences</button><button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-accept-btn-handler">Accept all cookies</button></div></div></div></div>
<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>
<script src="/store-locator/static/main.8c41f0.js" defer></script>
</body></html>"""


@sixteenth
def build_storefinder() -> None:
    s = Site(
        "storefinder",
        kind="store locator results (UK supermarket 2024–25: React, BEM store-card__ classes + styled-components sc- pairs, h3 store names that are not links, '0.4 mi' with a hidden '0.4 miles away', address spans street / town / postcode, 'Open until 22:00' / 'Closed · Opens 07:00' status lines, tel: links on most, service chip lists, 'Store details' links, map pins repeating the names, a promo in the list, 'Show more stores' over &page=N)",
        start=SF_START,
        description="A UK supermarket's store locator for 'SE15 4QF' (/store-locator/search?q=SE154QF) as a React app of 2024–2025 (BEM 'store-card__name' classes paired with styled-components 'styled__StoreCard-sc-…-0 kXhTwP' hashes, data-auto hooks): header, breadcrumbs, h1 'Find a store', a search form holding the postcode, a filter sidebar of store types and services (the chip words again), 'Showing 1–10 of 27 stores near SE15 4QF', a map placeholder with numbered pins whose aria-labels repeat '1. Peckham Rye Superstore, 0.4 miles', then ol.store-list > li > article.store-card: the number, h3 name (no link), a format badge, the distance '0.4 mi' (+ visually hidden '0.4 miles away'), an address of three spans (street, town, postcode), the status line ('Open until 22:00', 'Open 24 hours', 'Closed · Opens 07:00' with a strong word), a tel: phone link on all but Express stores, a ul of service chips with svg icons, 'Store details' (/store-locator/<town>/<store>), 'Directions' and a 'set as my store' button. A Clubcard promo li in the list on page 1; 'Show more stores' and 'Previous stores' links over &page=N (each page shows its own stores); SEO links, footer, OneTrust banner and window.__INITIAL_STATE__. Ten, ten and seven stores. Written down: name, url, street, town, postcode, distance (miles), opening (the status line as shown), phone, services (a list).",
    )
    pages = chunks(SF_STORES, [SF_PER_PAGE, SF_PER_PAGE, len(SF_STORES) - 2 * SF_PER_PAGE])
    first = 1
    for number, stores in enumerate(pages, 1):
        s.list_page(_sf_href(number).replace("?", "@"), _sf_page(number, len(pages), stores, first))
        first += len(stores)
    for store in SF_STORES:
        _sid, name, _fmt, street, town, postcode, miles, shown, phone, services = store
        s.expect(
            {
                "name": name,
                "url": _sf_url(store),
                "street": street,
                "town": town,
                "postcode": postcode,
                "distance": miles,
                "opening": shown,
                "phone": phone,
                "services": services,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# doctorfinder: a Doctolib-style practitioner search, French (2024–2025).
# ---------------------------------------------------------------------------------------------------

DF_START = "medecin-generaliste/paris"
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]

# (id, name, specialty, address, convention, badge or None, languages, availability, rating or None, reviews, sponsored)
# availability: ("slots", first day offset 0..3, [times…]) | ("next", "MM-DD") | ("none",)
DF_DOCTORS: list[tuple[Any, ...]] = [
    (
        1843220,
        "Dr Claire Martin",
        "Médecin généraliste",
        "12 Rue de la Roquette, 75011 Paris",
        "Conventionné secteur 1",
        "Carte Vitale acceptée",
        ["Français", "Anglais"],
        ("slots", 0, ["09:30", "10:15", "11:45"]),
        None,
        None,
        False,
    ),
    (
        2210458,
        "Dr Karim Benali",
        "Médecin généraliste",
        "48 Boulevard Voltaire, 75011 Paris",
        "Conventionné secteur 1",
        None,
        ["Français", "Arabe"],
        ("slots", 1, ["14:00", "16:30"]),
        4.7,
        89,
        False,
    ),
    (
        1577804,
        "Dr Sophie Lefèvre",
        "Médecin généraliste",
        "27 Rue Oberkampf, 75011 Paris",
        "Conventionné secteur 2",
        None,
        [],
        ("next", "03-12"),
        None,
        None,
        False,
    ),
    (
        3012876,
        "Dr Thomas Nguyen",
        "Médecin généraliste",
        "91 Avenue Parmentier, 75011 Paris",
        "Conventionné secteur 1",
        "Carte Vitale acceptée",
        ["Français", "Vietnamien", "Anglais"],
        ("slots", 2, ["17:20"]),
        None,
        None,
        False,
    ),
    (
        1266093,
        "Dr Hélène Rousseau",
        "Médecin généraliste - Médecine du sport",
        "5 Passage Saint-Pierre Amelot, 75011 Paris",
        "Conventionné secteur 2",
        None,
        ["Français", "Anglais"],
        ("none",),
        4.9,
        41,
        False,
    ),
    (
        2845510,
        "Dr Julien Moreau",
        "Médecin généraliste",
        "140 Rue de Charonne, 75011 Paris",
        "Conventionné secteur 1",
        None,
        [],
        ("slots", 3, ["09:00", "09:30"]),
        None,
        None,
        False,
    ),
    (
        1098832,
        "Dr Amina Diallo",
        "Médecin généraliste",
        "18 Rue Saint-Maur, 75011 Paris",
        "Conventionné secteur 1",
        "Carte Vitale acceptée",
        ["Français", "Anglais", "Wolof"],
        ("next", "03-18"),
        4.8,
        126,
        False,
    ),
    (
        3320017,
        "Dr Pierre Garnier",
        "Médecin généraliste",
        "62 Rue de la Folie-Méricourt, 75011 Paris",
        "Non conventionné",
        None,
        ["Français", "Allemand"],
        ("slots", 0, ["18:00", "18:30", "19:00"]),
        None,
        None,
        False,
    ),
    (
        2076645,
        "Dr Laura Bernard",
        "Médecin généraliste",
        "9 Rue Jean-Pierre Timbaud, 75011 Paris",
        "Conventionné secteur 1",
        None,
        ["Français"],
        ("slots", 1, ["11:00"]),
        None,
        None,
        False,
    ),
    (
        1930274,
        "Dr Marc Petit",
        "Médecin généraliste",
        "77 Boulevard de Ménilmontant, 75011 Paris",
        "Conventionné secteur 1",
        "Carte Vitale acceptée",
        [],
        ("next", "03-14"),
        None,
        None,
        False,
    ),
    (
        2657731,
        "Dr Nadia Haddad",
        "Médecin généraliste",
        "33 Rue des Boulets, 75011 Paris",
        "Conventionné secteur 1",
        None,
        ["Français", "Arabe", "Anglais"],
        ("slots", 2, ["08:30", "12:15"]),
        4.6,
        73,
        False,
    ),
    (
        1402268,
        "Dr François Mercier",
        "Médecin généraliste",
        "2 Place Léon Blum, 75011 Paris",
        "Conventionné secteur 2",
        None,
        [],
        ("none",),
        None,
        None,
        False,
    ),
    (
        3178840,
        "Dr Élodie Fontaine",
        "Médecin généraliste - Gynécologie médicale",
        "56 Rue de Montreuil, 75011 Paris",
        "Conventionné secteur 1",
        "Carte Vitale acceptée",
        ["Français", "Anglais"],
        ("slots", 1, ["15:45", "16:00"]),
        None,
        None,
        False,
    ),
    (
        2398114,
        "Dr Antoine Lambert",
        "Médecin généraliste",
        "120 Rue Saint-Maur, 75011 Paris",
        "Conventionné secteur 1",
        None,
        ["Français", "Italien"],
        ("next", "03-21"),
        None,
        None,
        False,
    ),
    (
        1755093,
        "Dr Sarah Cohen",
        "Médecin généraliste",
        "8 Rue Sedaine, 75011 Paris",
        "Conventionné secteur 2",
        None,
        ["Français", "Hébreu", "Anglais"],
        ("slots", 3, ["10:00"]),
        4.8,
        212,
        False,
    ),
    (
        2934402,
        "Dr Yann Le Goff",
        "Médecin généraliste",
        "45 Rue de la Fontaine au Roi, 75011 Paris",
        "Conventionné secteur 1",
        None,
        [],
        ("slots", 0, ["13:10", "13:30"]),
        None,
        None,
        False,
    ),
    (
        1624570,
        "Dr Camille Dubois",
        "Médecin généraliste",
        "15 Avenue de la République, 75011 Paris",
        "Conventionné secteur 1",
        "Carte Vitale acceptée",
        ["Français", "Anglais", "Portugais"],
        ("next", "03-13"),
        None,
        None,
        False,
    ),
    (
        2518806,
        "Dr Olivier Roux",
        "Médecin généraliste",
        "101 Rue de la Roquette, 75011 Paris",
        "Conventionné secteur 1",
        None,
        ["Français"],
        ("none",),
        None,
        None,
        False,
    ),
    (
        3401192,
        "Dr Inès Moulin",
        "Médecin généraliste",
        "70 Rue Amelot, 75011 Paris",
        "Conventionné secteur 1",
        None,
        ["Français", "Espagnol"],
        ("slots", 2, ["16:10"]),
        4.9,
        58,
        False,
    ),
    (
        1187743,
        "Dr Vincent Girard",
        "Médecin généraliste",
        "36 Rue Popincourt, 75011 Paris",
        "Conventionné secteur 2",
        None,
        [],
        ("next", "03-25"),
        None,
        None,
        False,
    ),
    (
        2750019,
        "Dr Mélanie Chevalier",
        "Médecin généraliste",
        "11 Rue Godefroy Cavaignac, 75011 Paris",
        "Conventionné secteur 1",
        "Carte Vitale acceptée",
        ["Français", "Anglais"],
        ("slots", 0, ["17:00", "17:40"]),
        None,
        None,
        False,
    ),
    (
        2066380,
        "Dr Hugo Faure",
        "Médecin généraliste",
        "24 Rue Léon Frot, 75011 Paris",
        "Conventionné secteur 1",
        None,
        ["Français"],
        ("slots", 3, ["08:00", "08:20", "08:40"]),
        None,
        None,
        False,
    ),
    (
        1853307,
        "Dr Léa Perrin",
        "Médecin généraliste - Homéopathie",
        "3 Cité Griset, 75011 Paris",
        "Non conventionné",
        None,
        ["Français", "Anglais"],
        ("none",),
        4.6,
        34,
        False,
    ),
    (
        2281953,
        "Dr Romain Caron",
        "Médecin généraliste",
        "19 Rue Keller, 75011 Paris",
        "Conventionné secteur 1",
        None,
        ["Français", "Anglais"],
        ("slots", 1, ["12:30"]),
        None,
        None,
        False,
    ),
    (
        1735628,
        "Dr Chloé Marchand",
        "Médecin généraliste",
        "52 Boulevard Richard-Lenoir, 75011 Paris",
        "Conventionné secteur 2",
        "Carte Vitale acceptée",
        ["Français"],
        ("next", "03-17"),
        4.7,
        65,
        False,
    ),
    (
        3066417,
        "Dr Ousmane Traoré",
        "Médecin généraliste",
        "8 Rue Servan, 75011 Paris",
        "Conventionné secteur 1",
        None,
        ["Français", "Bambara", "Anglais"],
        ("slots", 0, ["19:15", "19:30"]),
        None,
        None,
        False,
    ),
]
DF_PER_PAGE = 10
# One "Sponsorisé" card per page (same markup, a real practice): an ad, not one of the results.
DF_SPONSORED: list[tuple[Any, ...]] = [
    (
        990321,
        "Centre Médical Bastille",
        "Centre de santé",
        "3 Rue du Faubourg Saint-Antoine, 75011 Paris",
        "Conventionné secteur 1",
        "Tiers payant",
        ["Français", "Anglais", "Espagnol"],
        ("slots", 0, ["08:40", "08:50", "09:10", "09:20"]),
        4.5,
        1312,
        True,
    ),
    (
        991108,
        "Maison de Santé Belleville",
        "Maison de santé pluriprofessionnelle",
        "4 Rue Jules Romains, 75019 Paris",
        "Conventionné secteur 1",
        "Tiers payant",
        ["Français", "Chinois", "Anglais"],
        ("slots", 0, ["10:40", "11:00", "14:20"]),
        4.4,
        587,
        True,
    ),
    (
        992455,
        "Centre de Santé Nation",
        "Centre de santé",
        "21 Boulevard Voltaire, 75011 Paris",
        "Conventionné secteur 1",
        "Tiers payant",
        ["Français", "Anglais", "Roumain"],
        ("slots", 1, ["09:15", "09:45", "10:30"]),
        4.3,
        948,
        True,
    ),
]
# The calendar of every card starts on Monday 10 March (the page was read that day).
DF_FIRST_DAY = (3, 10, 0)  # month, day, weekday index of DAYS


def _df_href(number: int) -> str:
    return DF_START + (f"?page={number}" if number > 1 else "")


def _df_url(doc: tuple[Any, ...]) -> str:
    name = doc[1].removeprefix("Dr ")
    kind = "centre-de-sante" if doc[2].startswith(("Centre", "Maison")) else "medecin-generaliste"
    return f"/{kind}/paris/{slug(name)}"


def _df_day(offset: int) -> tuple[str, str, str]:
    """(weekday, '10 mars', '--03-10') of the calendar's day ``offset``."""
    month, day, weekday = DF_FIRST_DAY
    return DAYS[(weekday + offset) % 7], f"{day + offset} {MONTHS[month - 1]}", f"--{month:02d}-{day + offset:02d}"


def _df_next(doc: tuple[Any, ...]) -> str | None:
    avail = doc[7]
    if avail[0] == "slots":
        return _df_day(avail[1])[2]
    if avail[0] == "next":
        return f"--{avail[1]}"
    return None


def _df_fr_number(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _df_calendar(doc: tuple[Any, ...]) -> str:
    avail = doc[7]
    if avail[0] == "none":
        return '<div class="dl-search-result-calendar" data-test-id="availabilities-container"><div class="dl-text dl-text-body dl-text-s dl-text-neutral-130 availabilities-message"><svg data-icon-name="regular/calendar-xmark" aria-hidden="true"></svg>Aucune disponibilité en ligne.<br>Ce soignant réserve la prise de rendez-vous en ligne aux patients déjà suivis.</div></div>'
    if avail[0] == "next":
        month, day = (int(x) for x in avail[1].split("-"))
        return f'<div class="dl-search-result-calendar" data-test-id="availabilities-container"><div class="availabilities-message"><button type="button" class="dl-button dl-button-secondary-light dl-button-size-normal availabilities-next-slot" data-test-id="next-availability-button"><span class="dl-button-label">Prochain RDV le <strong>{day} {MONTHS[month - 1]}</strong></span><svg data-icon-name="solid/chevron-right" aria-hidden="true"></svg></button></div></div>'
    columns = []
    for offset in range(4):
        weekday, shown, _iso = _df_day(offset)
        if offset == avail[1]:
            slots = "".join(
                f'<div class="availabilities-slot" role="button" tabindex="0" aria-label="{weekday} {shown} à {t}" data-test-id="availability-slot">{t}</div>'
                for t in avail[2]
            )
        elif offset > avail[1] and (doc[0] + offset) % 3 == 0:
            slots = f'<div class="availabilities-slot" role="button" tabindex="0" aria-label="{weekday} {shown} à 15:00" data-test-id="availability-slot">15:00</div>'
        else:
            slots = '<div class="availabilities-empty-slot">-</div>'
        columns.append(
            f'<div class="availabilities-day"><div class="availabilities-day-title"><div class="availabilities-day-name">{weekday}</div><div class="availabilities-day-date">{shown}</div></div><div class="availabilities-slots">{slots}</div></div>'
        )
    return f'<div class="dl-search-result-calendar" data-test-id="availabilities-container"><button type="button" class="dl-button dl-button-ghost availabilities-pagination-prev" aria-label="Jours précédents" disabled><svg data-icon-name="solid/chevron-left" aria-hidden="true"></svg></button><div class="availabilities">{"".join(columns)}</div><button type="button" class="dl-button dl-button-ghost availabilities-pagination-next" aria-label="Jours suivants"><svg data-icon-name="solid/chevron-right" aria-hidden="true"></svg></button><button type="button" class="dl-button dl-button-link availabilities-show-more">Voir plus d\'horaires</button></div>'


def _df_card(doc: tuple[Any, ...]) -> str:
    did, name, specialty, address, convention, badge, langs, _avail, rating, reviews, sponsored = doc
    url = _df_url(doc)
    sponsor = (
        '<div class="dl-search-result-sponsored dl-text dl-text-body dl-text-xs dl-text-neutral-120" data-test-id="sponsored-label">Sponsorisé <button type="button" class="dl-button dl-button-link" aria-label="Pourquoi ce résultat ?"><svg data-icon-name="regular/circle-info" aria-hidden="true"></svg></button></div>'
        if sponsored
        else ""
    )
    badge_html = (
        f'<span class="dl-badge dl-badge-neutral dl-badge-size-small" data-test-id="payment-badge">{esc(badge)}</span>'
        if badge
        else ""
    )
    langs_html = (
        f'<div class="dl-search-result-languages dl-text dl-text-body dl-text-s dl-text-neutral-130"><svg data-icon-name="regular/language" aria-hidden="true"></svg><span>Langues parlées : {esc(", ".join(langs))}</span></div>'
        if langs
        else ""
    )
    rating_html = (
        f'<div class="dl-search-result-rating" aria-label="Note : {_df_fr_number(rating)} sur 5, {reviews} avis"><svg data-icon-name="solid/star" aria-hidden="true"></svg><span class="dl-text dl-text-body dl-text-bold dl-text-s">{_df_fr_number(rating)}</span> <span class="dl-text dl-text-body dl-text-s dl-text-neutral-120">({reviews}{NBSP}avis)</span></div>'
        if rating
        else ""
    )
    initials = "".join(w[0] for w in name.removeprefix("Dr ").split()[:2])
    return f"""<div class="dl-card dl-card-bg-white dl-card-variant-default dl-card-border dl-search-result-card" data-test-id="search-result-card" data-design-system="oxygen" id="search-result-{did}">
 {sponsor}
 <div class="dl-search-result">
  <div class="dl-search-result-presentation">
   <div class="dl-search-result-avatar"><div class="dl-avatar dl-avatar-size-large"><img class="dl-avatar-image" alt="" src="https://media.doctorfinder.example/image/upload/c_fill,g_face,h_128,w_128/{did}.jpg" loading="lazy" onerror="this.remove()"><span class="dl-avatar-initials" aria-hidden="true">{esc(initials)}</span></div></div>
   <div class="dl-search-result-title">
    <a class="dl-link dl-search-result-name" href="{url}" data-design-system-component="Link"><h2 class="dl-text dl-text-body dl-text-bold dl-text-s dl-text-primary-110">{esc(name)}</h2></a>
    <div class="dl-search-result-subtitle dl-text dl-text-body dl-text-s dl-text-neutral-130">{esc(specialty)}</div>
    {rating_html}
   </div>
  </div>
  <div class="dl-search-result-content">
   <div class="dl-flex-row dl-gap-8"><svg data-icon-name="regular/location-dot" aria-hidden="true"></svg><div class="dl-text dl-text-body dl-text-s dl-text-neutral-130" data-test-id="practitioner-address">{esc(address)}</div></div>
   <div class="dl-flex-row dl-gap-8"><svg data-icon-name="regular/euro-sign" aria-hidden="true"></svg><div class="dl-text dl-text-body dl-text-s dl-text-neutral-130">{esc(convention)}</div>{badge_html}</div>
   {langs_html}
  </div>
  {_df_calendar(doc)}
  <div class="dl-search-result-actions"><a class="dl-button dl-button-primary dl-button-size-normal dl-button-block" href="{url}/booking/motives?placeId=practice-{did % 100000}" data-test-id="book-appointment-button">Prendre rendez-vous</a></div>
 </div>
</div>"""


def _df_ad() -> str:
    return """<div class="dl-card dl-card-bg-neutral dl-search-result-ad" data-test-id="display-ad" aria-label="Publicité"><p class="dl-text dl-text-body dl-text-xs dl-text-neutral-120">Publicité</p><a class="dl-link" href="https://ads.partner.example/click?c=teleconsult-qx" rel="sponsored noopener" target="_blank"><h2 class="dl-text dl-text-body dl-text-bold dl-text-s">Téléconsultation en moins de 5 minutes</h2><p class="dl-text dl-text-body dl-text-s">Des médecins disponibles 7j/7 de 7h à minuit, remboursé par l'Assurance Maladie.</p><span class="dl-button dl-button-secondary">Consulter maintenant</span></a></div>"""


def _df_page(number: int, total: int, docs: list[tuple[Any, ...]]) -> str:
    cards = [_df_card(d) for d in docs]
    cards.insert(5, _df_ad())
    cards.insert(3 - number, _df_card(DF_SPONSORED[number - 1]))
    pages = "".join(
        f'<li><a class="dl-pagination-page{" dl-pagination-page-active" if n == number else ""}" href="/{_df_href(n)}"{" aria-current=page" if n == number else ""}>{n}</a></li>'
        for n in range(1, total + 1)
    )
    prv = (
        f'<li><a class="dl-pagination-prev" href="/{_df_href(number - 1)}" rel="prev">Précédent</a></li>'
        if number > 1
        else '<li><span class="dl-pagination-prev dl-pagination-disabled" aria-disabled="true">Précédent</span></li>'
    )
    nxt = (
        f'<li><a class="dl-pagination-next" href="/{_df_href(number + 1)}" rel="next">Suivant</a></li>'
        if number < total
        else '<li><span class="dl-pagination-next dl-pagination-disabled" aria-disabled="true">Suivant</span></li>'
    )
    pins = "".join(
        f'<div class="dl-map-marker" data-id="{d[0]}" title="{esc(d[1])}" aria-hidden="true"></div>' for d in docs
    )
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Médecin généraliste à Paris : prenez rendez-vous en ligne{f" - Page {number}" if number > 1 else ""} | doctorfinder</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Prenez rendez-vous en ligne avec un médecin généraliste à Paris. 142 médecins généralistes disponibles.">
<link rel="canonical" href="/{_df_href(number)}"><link rel="stylesheet" href="/assets/oxygen-4f1c2a.css"></head>
<body class="dl-layout">
<header class="dl-header dl-header-search" data-test-id="header"><a href="/" class="dl-header-logo" aria-label="Accueil doctorfinder"><svg viewBox="0 0 160 32" aria-hidden="true"></svg></a><nav class="dl-header-nav"><a href="/pro">Vous êtes soignant ?</a><a href="/aide">Centre d'aide</a><a href="/sessions/new" class="dl-button dl-button-secondary-light">Se connecter</a></nav></header>
<div class="dl-search-bar" data-test-id="search-bar"><form action="/search" role="search"><div class="searchbar-input"><input name="speciality" value="Médecin généraliste" aria-label="Nom, spécialité, établissement"></div><div class="searchbar-input"><input name="location" value="Paris" aria-label="Où ?"></div><button type="submit" class="dl-button dl-button-primary">Rechercher</button></form></div>
<main class="dl-layout-body search-results-page">
 <div class="dl-search-filters" data-test-id="search-filters"><button class="dl-button dl-button-secondary-light dl-button-size-small">Disponibilités</button><button class="dl-button dl-button-secondary-light dl-button-size-small">Langues parlées</button><button class="dl-button dl-button-secondary-light dl-button-size-small">Secteur 1</button><button class="dl-button dl-button-secondary-light dl-button-size-small">Carte Vitale</button><button class="dl-button dl-button-secondary-light dl-button-size-small">Téléconsultation</button><button class="dl-button dl-button-secondary-light dl-button-size-small">Plus de filtres</button></div>
 <div class="search-results-header"><h1 class="dl-text dl-text-title dl-text-bold dl-text-m">Médecin généraliste à Paris</h1><p class="dl-text dl-text-body dl-text-s dl-text-neutral-130" data-test-id="total-number-of-doctors">142 résultats</p><p class="dl-text dl-text-body dl-text-xs dl-text-neutral-120">Les résultats sont classés selon leur disponibilité et leur distance. <a href="/aide/classement-des-resultats">En savoir plus sur le classement</a></p></div>
 <div class="search-results-layout">
  <div class="search-results-col-list" data-test-id="search-results">
  {"".join(cards)}
  </div>
  <aside class="search-results-col-map"><div class="dl-map" id="map" aria-label="Carte des résultats" role="img">{pins}<p class="dl-map-attribution">© Mapbox © OpenStreetMap</p></div></aside>
 </div>
 <nav class="dl-pagination" aria-label="Pagination"><ul>{prv}{pages}{nxt}</ul></nav>
 <section class="seo-links"><h2 class="dl-text dl-text-title dl-text-s">Recherches fréquentes</h2><ul><li><a href="/medecin-generaliste/paris-11e">Médecin généraliste Paris 11e</a></li><li><a href="/medecin-generaliste/montreuil">Médecin généraliste Montreuil</a></li><li><a href="/dentiste/paris">Dentiste Paris</a></li><li><a href="/pediatre/paris">Pédiatre Paris</a></li><li><a href="/ophtalmologue/paris">Ophtalmologue Paris</a></li></ul></section>
</main>
<footer class="dl-footer"><div class="dl-footer-cols"><div><h3>Trouvez votre spécialiste</h3><ul><li><a href="/dentiste/paris">Dentiste</a></li><li><a href="/dermatologue/paris">Dermatologue</a></li><li><a href="/gynecologue/paris">Gynécologue</a></li></ul></div><div><h3>doctorfinder</h3><ul><li><a href="/about">Qui sommes-nous</a></li><li><a href="/cgu">CGU</a></li><li><a href="/confidentialite">Politique de confidentialité</a></li></ul></div></div><p>© 2025 doctorfinder</p></footer>
<div id="didomi-host"><div class="didomi-popup-container" role="dialog" aria-label="Vos choix en matière de cookies"><p class="didomi-popup-notice-text">Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience du site.</p><button id="didomi-notice-agree-button">Accepter</button><button id="didomi-notice-disagree-button">Refuser</button><button>Personnaliser</button></div></div>
<script>window.__SEARCH_STATE__ = {json.dumps({"page": number, "total": 142, "ids": [d[0] for d in docs]})};</script>
</body></html>"""


@sixteenth
def build_doctorfinder() -> None:
    s = Site(
        "doctorfinder",
        kind="practitioner search (Doctolib-style 2024–25, French: dl-card / dl-text utility classes, data-test-id hooks, a > h2 names, speciality lines, 'Conventionné secteur 1' with 'Carte Vitale acceptée' badges, 'Langues parlées : …', '4,8 (126 avis)' on some, four-day slot calendars with dashes / 'Prochain RDV le 12 mars' / 'Aucune disponibilité en ligne', 'Sponsorisé' cards, a 'Publicité' block, ?page=N)",
        start=DF_START,
        description="A Doctolib-style search /medecin-generaliste/paris as served in 2024–2025 (French, Oxygen design-system utility classes 'dl-text dl-text-body dl-text-s dl-text-neutral-130', data-test-id hooks, data-icon-name svgs): header, search bar (speciality + 'Paris'), filter buttons, h1, '142 résultats' and a ranking notice, then div[data-test-id=search-result-card] cards: avatar with initials, a.dl-search-result-name > h2 'Dr Claire Martin' (/medecin-generaliste/paris/<slug>), the speciality line, a rating '4,8' + '(126 avis)' (aria-label 'Note : 4,8 sur 5, 126 avis') on some, the address '12 Rue de la Roquette, 75011 Paris', the convention line 'Conventionné secteur 1' / 'Conventionné secteur 2' / 'Non conventionné' with a 'Carte Vitale acceptée' / 'Tiers payant' badge on some, 'Langues parlées : Français, Anglais' on some, and the availability: a four-day calendar (lundi / 10 mars …, slot divs with aria-label 'lundi 10 mars à 09:30', '-' on empty days, 'Voir plus d'horaires'), or a 'Prochain RDV le 12 mars' button, or 'Aucune disponibilité en ligne.'; a 'Prendre rendez-vous' link. One 'Sponsorisé' card per page (a health centre, same markup, /centre-de-sante/…; an ad, not written down) and a 'Publicité' téléconsultation block in the list (not a practitioner), a map aside of title-only markers, pagination 'Précédent 1 2 3 Suivant' over ?page=N, SEO links, footer, Didomi dialog. Ten, ten and six practitioners. Written down: name, url, specialty, address, convention, languages (a list), next_available (--MM-DD of the first day with a slot, or of 'Prochain RDV le …'), rating, review_count.",
    )
    pages = chunks(DF_DOCTORS, [DF_PER_PAGE, DF_PER_PAGE, len(DF_DOCTORS) - 2 * DF_PER_PAGE])
    for number, docs in enumerate(pages, 1):
        s.list_page(_df_href(number).replace("?", "@"), _df_page(number, len(pages), docs))
    for doc in DF_DOCTORS:
        _did, name, specialty, address, convention, _badge, langs, _avail, rating, reviews, _sponsored = doc
        s.expect(
            {
                "name": name,
                "url": _df_url(doc),
                "specialty": specialty,
                "address": address,
                "convention": convention,
                "languages": langs or None,
                "next_available": _df_next(doc),
                "rating": rating,
                "review_count": reviews,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# menuboard: a Deliveroo-style restaurant menu (2024–2025), one page.
# ---------------------------------------------------------------------------------------------------

MB_START = "menu/london/camberwell/lotus-kitchen-camberwell"

# (name, section, description or None, price, dietary, kcal or None, popular, sold out, photo)
MB_DISHES: list[tuple[Any, ...]] = [
    (
        "Salt & Pepper Chicken Wings",
        "Starters",
        "Crispy wings wok-tossed with garlic, spring onion and fresh chilli.",
        7.50,
        ["Spicy"],
        620,
        True,
        False,
        True,
    ),
    (
        "Vegetable Spring Rolls (4)",
        "Starters",
        "Cabbage, carrot and glass noodles, with sweet chilli dip.",
        5.50,
        ["Vegan"],
        380,
        False,
        False,
        True,
    ),
    ("Prawn Toast", "Starters", "Sesame-crusted prawn paste on toasted bread.", 6.90, [], 540, False, False, False),
    ("Crispy Seaweed", "Starters", None, 4.80, ["Vegan", "Gluten free"], 210, False, False, False),
    (
        "Chilli Salt Tofu",
        "Starters",
        "Silken tofu, five-spice crust, pickled chilli.",
        6.50,
        ["Vegan", "Spicy"],
        410,
        False,
        True,
        False,
    ),
    (
        "Pork & Chive Dumplings (6)",
        "Dumplings",
        "Pan-fried, with black vinegar and chilli oil.",
        7.80,
        [],
        520,
        True,
        False,
        True,
    ),
    (
        "Prawn Har Gau (4)",
        "Dumplings",
        "Steamed crystal dumplings filled with whole prawns.",
        7.20,
        ["Gluten free"],
        260,
        False,
        False,
        True,
    ),
    (
        "Mushroom & Truffle Dumplings (6)",
        "Dumplings",
        "Shiitake, oyster mushroom and truffle oil.",
        8.20,
        ["Vegetarian"],
        430,
        False,
        False,
        False,
    ),
    (
        "Sichuan Wontons in Red Oil (8)",
        "Dumplings",
        "Pork wontons, chilli oil, Sichuan pepper, garlic.",
        8.50,
        ["Spicy"],
        610,
        True,
        False,
        True,
    ),
    ("Char Siu Bao (3)", "Dumplings", None, 6.80, [], 470, False, False, False),
    (
        "Kung Pao Chicken",
        "Mains",
        "Chicken thigh, peanuts, dried chilli, leek and Sichuan pepper.",
        12.50,
        ["Spicy"],
        780,
        False,
        False,
        True,
    ),
    (
        "Crispy Chilli Beef",
        "Mains",
        "Shredded beef in a sticky sweet chilli glaze.",
        13.20,
        ["Spicy"],
        960,
        True,
        False,
        True,
    ),
    (
        "Black Bean Beef Ho Fun",
        "Mains",
        "Flat rice noodles, beef, peppers and fermented black beans.",
        12.90,
        [],
        890,
        False,
        False,
        False,
    ),
    (
        "Sweet & Sour Chicken Hong Kong Style",
        "Mains",
        "Battered chicken, pineapple, peppers, onion.",
        11.80,
        [],
        1010,
        False,
        False,
        False,
    ),
    (
        "Ma Po Tofu",
        "Mains",
        "Soft tofu in a numbing, spicy bean sauce.",
        10.50,
        ["Vegetarian", "Spicy"],
        540,
        False,
        False,
        True,
    ),
    (
        "Cantonese Roast Duck (Half)",
        "Mains",
        "Served with pancakes, cucumber, spring onion and hoisin.",
        19.50,
        [],
        1240,
        False,
        False,
        True,
    ),
    (
        "Sea Bass with Ginger & Spring Onion",
        "Mains",
        "Steamed whole fillet with light soy.",
        16.80,
        ["Gluten free"],
        420,
        False,
        True,
        False,
    ),
    (
        "Dan Dan Noodles",
        "Noodles & Rice",
        "Wheat noodles, spiced pork mince, sesame paste, chilli oil.",
        11.20,
        ["Spicy"],
        830,
        False,
        False,
        True,
    ),
    ("Vegetable Chow Mein", "Noodles & Rice", None, 8.90, ["Vegan"], 640, False, False, False),
    (
        "Singapore Vermicelli",
        "Noodles & Rice",
        "Curried rice vermicelli with prawns, char siu and egg.",
        10.80,
        ["Spicy", "Gluten free"],
        720,
        False,
        False,
        False,
    ),
    ("Egg Fried Rice", "Noodles & Rice", None, 4.50, ["Vegetarian"], 480, True, False, False),
    ("Steamed Jasmine Rice", "Noodles & Rice", None, 3.20, ["Vegan", "Gluten free"], 340, False, False, False),
    ("Garlic Pak Choi", "Sides", "Wok-fried with garlic and oyster sauce.", 6.20, [], 150, False, False, False),
    (
        "Smashed Cucumber Salad",
        "Sides",
        "Black vinegar, garlic, chilli oil.",
        5.20,
        ["Vegan", "Spicy"],
        90,
        False,
        False,
        False,
    ),
    ("Prawn Crackers", "Sides", None, 3.00, [], 290, False, False, False),
    (
        "Mango Pudding",
        "Desserts",
        "Chilled mango custard with evaporated milk.",
        5.50,
        ["Vegetarian", "Gluten free"],
        260,
        False,
        False,
        True,
    ),
    (
        "Sesame Balls (3)",
        "Desserts",
        "Glutinous rice balls filled with red bean paste.",
        4.80,
        ["Vegan"],
        330,
        False,
        False,
        False,
    ),
    ("Jasmine Iced Tea 500ml", "Drinks", None, 3.50, [], 110, False, False, False),
    ("Coca-Cola Zero 330ml", "Drinks", None, 2.20, [], 1, False, False, False),
    ("Tsingtao Lager 330ml", "Drinks", "4.7% ABV. Must be 18+ to order.", 4.50, [], 142, False, False, False),
]
MB_SECTIONS = ["Starters", "Dumplings", "Mains", "Noodles & Rice", "Sides", "Desserts", "Drinks"]
MB_POPULAR = [
    "Crispy Chilli Beef",
    "Pork & Chive Dumplings (6)",
    "Salt & Pepper Chicken Wings",
    "Sichuan Wontons in Red Oil (8)",
    "Egg Fried Rice",
]
MB_BLURBS = {
    "Dumplings": "Handmade in our kitchen every morning.",
    "Mains": "All mains are served without rice. Add a side of rice or noodles below.",
    "Drinks": "Alcohol is only sold to customers aged 18 or over. ID may be required on delivery.",
}
MB_ICON_CLASS = {"Vegetarian": "vegetarian", "Vegan": "vegan", "Gluten free": "gluten-free", "Spicy": "chilli"}


def _cc(*names: str) -> str:
    """Deliveroo-style atomic classes: ``ccl-4704108cacc54616 ccl-…``."""
    return " ".join(f"ccl-{_hex(n)}" for n in names)


def _mb_card(dish: tuple[Any, ...], *, in_popular: bool = False) -> str:
    name, _section, desc, price, dietary, kcal, popular, sold_out, photo = dish
    did = zlib.crc32(name.encode()) % 900000000 + 100000000
    desc_html = (
        f'<p class="{_cc("text", "body", "muted", "clamp2")}" data-testid="menu-item-description">{esc(desc)}</p>'
        if desc
        else ""
    )
    icons = "".join(
        f'<span class="{_cc("diet-icon")} dietary-icon--{MB_ICON_CLASS[d]}" role="img" aria-label="{d}" title="{d}"><svg viewBox="0 0 16 16" aria-hidden="true"></svg></span>'
        for d in dietary
    )
    icons_html = f'<div class="{_cc("diet-row")}" data-testid="dietary-info">{icons}</div>' if icons else ""
    kcal_html = (
        f'<span class="{_cc("text", "small", "muted")}" data-testid="menu-item-calories"> · {kcal} kcal</span>'
        if kcal is not None
        else ""
    )
    popular_html = (
        f'<span class="{_cc("tag", "tag-teal")}" data-testid="menu-item-tag"><svg viewBox="0 0 16 16" aria-hidden="true"></svg>Popular</span>'
        if popular
        else ""
    )
    price_text = f"£{price:.2f}"
    price_html = f'<span class="{_cc("text", "body", "price")}{" " + _cc("strike-muted") if sold_out else ""}" data-testid="menu-item-price"><span class="{_cc("sr")}">Price: </span>{price_text}</span>'
    photo_html = (
        f'<div class="{_cc("img-wrap")} MenuItemCard-imageWrapper-{_hash("img", 4)}"><img src="https://rs-menus-api.roocdn.example/images/{did}/{slug(name)}.jpeg?width=180&amp;height=180&amp;auto=webp&amp;format=jpg&amp;fit=crop" alt="" loading="lazy" width="90" height="90"></div>'
        if photo
        else ""
    )
    action = (
        f'<span class="{_cc("tag", "tag-grey")}" data-testid="menu-item-unavailable">Sold out</span>'
        if sold_out
        else f'<button type="button" class="{_cc("btn", "btn-icon", "btn-teal")}" aria-label="Add {esc(name)}"><svg viewBox="0 0 24 24" aria-hidden="true"></svg></button>'
    )
    label = f"{name}. {price_text}." + (" Sold out." if sold_out else "")
    return f"""<li class="{_cc("grid-item")} MenuItemCard-listItem-{_hash("li", 4)}">
<div role="button" tabindex="{-1 if sold_out else 0}" class="{_cc("card", "card-row")} MenuItemCard-root-{_hash("card", 4)}{" MenuItemCard-unavailable-" + _hash("na", 4) if sold_out else ""}" data-testid="menu-item" data-item-id="{did}"{' aria-disabled="true"' if sold_out else ""} aria-label="{esc(label)}"{' data-section="popular"' if in_popular else ""}>
 <div class="{_cc("card-body")}">
  <p class="{_cc("text", "body", "bold")}" data-testid="menu-item-name"><span>{esc(name)}</span></p>
  {desc_html}
  {icons_html}
  <div class="{_cc("meta-row")}">{price_html}{kcal_html}{popular_html}</div>
 </div>
 {photo_html}
 <div class="{_cc("card-action")}">{action}</div>
</div>
</li>"""


def _mb_section(title: str, dishes: list[tuple[Any, ...]], *, popular: bool = False) -> str:
    anchor = slug(title)
    blurb = MB_BLURBS.get(title) or ("The most commonly ordered items and dishes from this store" if popular else "")
    blurb_html = f'<p class="{_cc("text", "small", "muted")}">{esc(blurb)}</p>' if blurb else ""
    return f"""<section class="{_cc("menu-category")} MenuCategory-root-{_hash("cat", 4)}" id="{anchor}" aria-labelledby="{anchor}-title" data-testid="menu-category">
 <h2 id="{anchor}-title" class="{_cc("heading", "h2")}">{esc(title)}</h2>
 {blurb_html}
 <ul class="{_cc("grid")}" data-testid="menu-category-items">
 {"".join(_mb_card(d, in_popular=popular) for d in dishes)}
 </ul>
</section>"""


def _mb_page() -> str:
    by_name = {d[0]: d for d in MB_DISHES}
    sections = [_mb_section("Popular", [by_name[n] for n in MB_POPULAR], popular=True)]
    sections += [_mb_section(t, [d for d in MB_DISHES if d[1] == t]) for t in MB_SECTIONS]
    nav = "".join(
        f'<li><a class="{_cc("nav-pill")}" href="#{slug(t)}"{" aria-current=true" if i == 0 else ""}>{esc(t)}</a></li>'
        for i, t in enumerate(["Popular", *MB_SECTIONS])
    )
    next_data = {
        "props": {
            "initialState": {
                "menuPage": {
                    "menu": {
                        "meta": {
                            "restaurant": {"id": 218744, "name": "Lotus Kitchen - Camberwell", "menuDisabled": False},
                            "categories": [
                                {"id": 9000 + i, "name": t, "uniqueId": slug(t)}
                                for i, t in enumerate(["Popular", *MB_SECTIONS])
                            ],
                            "items": [
                                {
                                    "id": str(zlib.crc32(d[0].encode()) % 900000000 + 100000000),
                                    "name": d[0],
                                    "categoryId": 9001 + MB_SECTIONS.index(d[1]),
                                    "price": {
                                        "code": "GBP",
                                        "fractional": round(d[3] * 100),
                                        "formatted": f"£{d[3]:.2f}",
                                    },
                                    "available": not d[7],
                                    "popular": d[6],
                                    "nutritionalInfo": {"energyFormatted": f"{d[5]} kcal"}
                                    if d[5] is not None
                                    else None,
                                }
                                for d in MB_DISHES
                            ],
                        }
                    }
                }
            }
        },
        "page": "/menu/[city]/[neighborhood]/[restaurant]",
        "buildId": "o3Yl9wR2k1pT8xQzM5vHd",
    }
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Lotus Kitchen - Camberwell delivery from Camberwell | Order on menuboard</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Lotus Kitchen - Camberwell is on menuboard: order Chinese, Dumplings and Noodles for delivery in Camberwell.">
<link rel="canonical" href="/{MB_START}"><link rel="stylesheet" href="/_next/static/css/3e0f7a1c9b2d.css"></head>
<body><div id="__next">
<header class="{_cc("site-header")} HeaderNav-root-{_hash("hdr", 4)}"><a href="/" class="{_cc("logo")}" aria-label="menuboard home"><svg viewBox="0 0 120 32" aria-hidden="true"></svg></a>
 <button type="button" class="{_cc("btn", "btn-address")}" aria-label="Change delivery address"><svg aria-hidden="true"></svg><span>SE5 8QZ</span><span class="{_cc("text", "small")}">Now</span></button>
 <form role="search" class="{_cc("search")}"><input type="search" placeholder="Search Lotus Kitchen" aria-label="Search Lotus Kitchen"></form>
 <nav aria-label="Account"><a href="/login?redirect=%2Fmenu%2Flondon%2Fcamberwell%2Flotus-kitchen-camberwell">Sign up or log in</a><button type="button" aria-label="Menu"><svg aria-hidden="true"></svg></button></nav>
</header>
<main class="{_cc("menu-page")}">
 <nav aria-label="Breadcrumb" class="{_cc("breadcrumbs")}"><ol><li><a href="/restaurants/london">London</a></li><li><a href="/restaurants/london/camberwell">Camberwell</a></li><li aria-current="page">Lotus Kitchen - Camberwell</li></ol></nav>
 <div class="{_cc("restaurant-header")} MenuHeader-root-{_hash("mh", 4)}" data-testid="restaurant-header">
  <img class="{_cc("hero")}" src="https://rs-menus-api.roocdn.example/images/hero/218744.jpeg?width=1200&amp;height=400" alt="">
  <div class="{_cc("header-info")}">
   <h1 class="{_cc("heading", "h1")}">Lotus Kitchen - Camberwell</h1>
   <p class="{_cc("text", "muted")}"><span>Chinese</span> · <span>Dumplings</span> · <span>Noodles</span></p>
   <p class="{_cc("text", "small")}">1.2 miles away · Opens at 11:30 · £12.00 minimum · £1.99 delivery</p>
   <button type="button" class="{_cc("btn", "btn-link")}" data-testid="rating-button"><svg aria-hidden="true"></svg><span class="{_cc("text", "teal", "bold")}">4.6 Excellent</span> <span class="{_cc("text", "muted")}">(500+)</span></button>
   <button type="button" class="{_cc("btn", "btn-link")}"><svg aria-hidden="true"></svg><span>Info</span><span class="{_cc("text", "small", "muted")}">Map, allergens and hygiene rating</span></button>
   <div class="{_cc("delivery-pill")}"><span>Deliver in 20 - 35 min</span><button type="button" class="{_cc("btn", "btn-link")}">Change</button></div>
   <div class="{_cc("offer-banner")}" data-testid="offer-banner"><svg aria-hidden="true"></svg><p><strong>20% off selected items</strong> · Spend £25, T&amp;Cs apply</p></div>
  </div>
 </div>
 <nav class="{_cc("category-nav")} MenuNav-root-{_hash("nav", 4)}" aria-label="Menu categories" data-testid="menu-category-nav"><ul>{nav}</ul><button type="button" class="{_cc("btn", "btn-link")}">More</button></nav>
 <div class="{_cc("menu-layout")}">
  <div class="{_cc("menu-column")}">
  <p class="{_cc("text", "small", "muted")}">Adults need around 2000 kcal a day. Allergens: tap an item to see its allergen information, or call the restaurant.</p>
  {"".join(sections)}
  </div>
  <aside class="{_cc("basket")}" aria-label="Your order" data-testid="basket"><h2 class="{_cc("heading", "h3")}">Your order</h2><svg aria-hidden="true"></svg><p class="{_cc("text", "muted")}">Your basket is empty</p><button type="button" class="{_cc("btn", "btn-teal")}" disabled>Go to checkout</button></aside>
 </div>
 <section class="{_cc("faq")}"><h2 class="{_cc("heading", "h2")}">Frequently asked questions</h2><details><summary>Does Lotus Kitchen - Camberwell deliver to me?</summary><p>Enter your postcode to see if Lotus Kitchen - Camberwell delivers to your area.</p></details><details><summary>How much is delivery?</summary><p>Delivery from Lotus Kitchen - Camberwell is £1.99. A small order fee applies under £12.00.</p></details><details><summary>Does Lotus Kitchen - Camberwell have allergen information?</summary><p>Yes. Tap a dish, or contact the restaurant on 020 7703 0000 before ordering.</p></details></section>
</main>
<footer class="{_cc("site-footer")}"><div><h3>Discover menuboard</h3><ul><li><a href="/about-us">About us</a></li><li><a href="/careers">Careers</a></li><li><a href="/partner">Become a partner</a></li><li><a href="/rider">Ride with us</a></li></ul></div><div><h3>Legal</h3><ul><li><a href="/legal">Terms and conditions</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/modern-slavery">Modern Slavery Statement</a></li></ul></div><p>© 2025 menuboard</p></footer>
<div class="{_cc("cookie-banner")}" role="dialog" aria-label="Cookie preferences"><p>We use necessary cookies to make our site work. We'd also like to set optional analytics and marketing cookies. <a href="/cookies">Cookie policy</a></p><button type="button">Accept all</button><button type="button">Reject optional</button><button type="button">Customise</button></div>
</div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data, ensure_ascii=False)}</script>
</body></html>"""


@sixteenth
def build_menuboard() -> None:
    s = Site(
        "menuboard",
        kind="restaurant delivery menu (Deliveroo-style 2024–25 Next.js: 16-hex ccl- atomic classes + MenuItemCard- hashes, data-testid hooks, sections of h2 + div[role=button] dish cards with names, optional descriptions, icon-only dietary spans with aria-labels, '£7.50' with an sr-only 'Price: ', '620 kcal', 'Popular' tags, 'Sold out' items, a 'Popular' section repeating five dishes, __NEXT_DATA__; one page)",
        start=MB_START,
        description="A Deliveroo-style restaurant menu /menu/london/camberwell/lotus-kitchen-camberwell as served in 2024–2025 (Next.js, atomic 'ccl-4704108cacc54616' classes with 'MenuItemCard-root-AbCd' hashes, data-testid hooks): header with address switcher and search, breadcrumbs, the restaurant header (h1, cuisines, '1.2 miles away · Opens at 11:30 · £12.00 minimum · £1.99 delivery', '4.6 Excellent (500+)', Info, delivery time, an offer banner), a category nav of in-page anchors, a kcal notice, then section[data-testid=menu-category] blocks (h2, an optional blurb, ul of li > div[role=button][data-testid=menu-item] cards with aria-label 'Name. £7.50.'): the name, a description on most, a row of icon-only dietary spans (role=img, aria-label 'Vegetarian' / 'Vegan' / 'Gluten free' / 'Spicy'), the price '£7.50' after an sr-only 'Price: ', ' · 620 kcal', a 'Popular' tag on some, 'Sold out' in place of the add button on two (aria-disabled), a photo on some. The first section 'Popular' repeats five dishes of the other sections with the same markup. A basket aside, FAQ details, footer, cookie dialog and __NEXT_DATA__ with the menu. One page, thirty dishes. Written down (each dish once, in its own section): name, section, description, price, currency, dietary (a list), calories, popular ('Popular' when tagged), sold_out ('Sold out' when so).",
    )
    s.list_page(MB_START, _mb_page())
    for name, section, desc, price, dietary, kcal, popular, sold_out, _photo in MB_DISHES:
        s.expect(
            {
                "name": name,
                "section": section,
                "description": desc,
                "price": price,
                "currency": "GBP",
                "dietary": dietary or None,
                "calories": kcal,
                "popular": "Popular" if popular else None,
                "sold_out": "Sold out" if sold_out else None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in SIXTEENTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
