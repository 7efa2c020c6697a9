"""Sixteenth wave (b) of HELD-OUT corpus sites (issue #3), frozen before anybody measured the Scout on them.

* **hirecompass** — a car-rental metasearch's results page.
* **hobelhaus** — a German DIY store's product page (one record).

Run ``uv run python tests/sites/corpus/generate_held_out_sixteenth_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``). Every site here is **frozen**: never open its pages, expected
records or per-field results while working on the Scout.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"hirecompass", "hobelhaus"}

SIXTEENTH_B: dict[str, Callable[[], None]] = {}


def sixteenth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    SIXTEENTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    """A stable pseudo-random hex string (ids, hashes, tokens)."""
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


def _number(seed: str, low: int, high: int) -> int:
    """A stable pseudo-random integer in [low, high]."""
    return low + int(_hex(seed, 8), 16) % (high - low + 1)


def _json_script(value: object) -> str:
    """JSON as sites inline it in a script: compact, with ``</`` kept out of the HTML parser's way."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")


def _gbp(amount: float) -> str:
    """``1234.5`` → ``£1,234.50``."""
    return f"£{amount:,.2f}"


def _eur_de(amount: float) -> str:
    """``1234.5`` → ``1.234,50`` (German number format, no symbol)."""
    whole, cents = f"{amount:,.2f}".split(".")
    return f"{whole.replace(',', '.')},{cents}"


# ---------------------------------------------------------------------------------------------------
# hirecompass (FROZEN): a Kayak-like car-rental metasearch results page, 2024–25 R9 markup
# ---------------------------------------------------------------------------------------------------

HC_DAYS = 7
HC_BASE = "cars/AGP/2025-06-12-10h/2025-06-19-10h"
HC_QUERY = "sort=rank_a"


@dataclass(frozen=True)
class Supplier:
    name: str
    logo: str
    rating: float
    reviews: int
    pickup: str
    mileage: str
    fuel: str
    deposit: int


SUPPLIERS = {
    s.name: s
    for s in (
        Supplier("Goldcar", "goldcar", 6.9, 3812, "Shuttle bus", "1,400 km limit", "Full to full", 1100),
        Supplier("Record go", "recordgo", 7.2, 2154, "Shuttle bus", "Unlimited mileage", "Full to full", 900),
        Supplier("Europcar", "europcar", 8.1, 4410, "In terminal", "Unlimited mileage", "Full to full", 950),
        Supplier("Centauro", "centauro", 8.3, 5127, "Shuttle bus", "Unlimited mileage", "Same to same", 1200),
        Supplier("Sixt", "sixt", 8.4, 6031, "In terminal", "Unlimited mileage", "Full to full", 1300),
        Supplier("Enterprise", "enterprise", 8.6, 1987, "In terminal", "Unlimited mileage", "Full to full", 800),
        Supplier("Firefly", "firefly", 6.4, 2746, "Shuttle bus", "1,400 km limit", "Full to full", 1150),
        Supplier("Hertz", "hertz", 8.0, 3320, "In terminal", "Unlimited mileage", "Full to full", 1000),
        Supplier("Avis", "avis", 7.8, 2894, "In terminal", "Unlimited mileage", "Full to full", 1050),
        Supplier("OK Mobility", "okmobility", 7.6, 1402, "Shuttle bus", "Unlimited mileage", "Full to full", 1250),
        Supplier("Drivalia", "drivalia", 7.9, 611, "In terminal", "Unlimited mileage", "Full to full", 900),
        Supplier("Budget", "budget", 7.5, 1765, "In terminal", "Unlimited mileage", "Full to full", 1000),
    )
}


@dataclass(frozen=True)
class Car:
    car_class: str
    model: str
    seats: int
    large_bags: int
    small_bags: int
    transmission: str
    doors: int
    supplier: str
    total: float
    badge: str | None = None
    fuel_type: str | None = None
    free_cancellation: bool = True


CARS = [
    Car("Mini", "Fiat 500", 4, 1, 1, "Manual", 3, "Goldcar", 112.35, "Great value"),
    Car("Economy", "Seat Ibiza", 5, 1, 1, "Manual", 5, "Record go", 128.87),
    Car("Economy", "Peugeot 208", 5, 1, 2, "Manual", 5, "Europcar", 176.54),
    Car("Compact", "Volkswagen Golf", 5, 2, 1, "Manual", 5, "Centauro", 189.21, "Top pick"),
    Car("Economy", "Toyota Yaris", 5, 1, 1, "Automatic", 5, "Sixt", 214.90, None, "Hybrid"),
    Car("Compact SUV", "Peugeot 2008", 5, 2, 1, "Manual", 5, "Enterprise", 231.56),
    Car("Mini", "Hyundai i10", 4, 0, 2, "Manual", 5, "Firefly", 98.44, "Cheapest", None, False),
    Car("Estate", "Kia Ceed Sportswagon", 5, 3, 1, "Manual", 5, "Hertz", 268.03),
    Car("Compact", "Citroën C4", 5, 2, 1, "Automatic", 5, "Avis", 285.77),
    Car("SUV", "Nissan Qashqai", 5, 2, 2, "Automatic", 5, "OK Mobility", 247.10),
    Car("Convertible", "Mini Cooper Convertible", 4, 1, 0, "Automatic", 2, "Sixt", 402.36),
    Car("People carrier", "Volkswagen Touran", 7, 2, 1, "Manual", 5, "Europcar", 356.02),
    Car("Economy", "Renault Clio", 5, 1, 1, "Manual", 5, "Drivalia", 143.64, "Great value"),
    Car("Standard", "Skoda Octavia", 5, 3, 1, "Manual", 5, "Budget", 251.90),
    Car("Compact", "Seat Leon", 5, 2, 1, "Manual", 5, "Goldcar", 158.97, None, None, False),
    Car("SUV", "Jeep Compass", 5, 2, 1, "Automatic", 5, "Hertz", 389.55),
    Car("Premium", "BMW 3 Series", 5, 2, 1, "Automatic", 4, "Sixt", 498.12),
    Car("Mini", "Kia Picanto", 4, 1, 0, "Automatic", 5, "Centauro", 139.30),
    Car("Intermediate", "Toyota Corolla", 5, 2, 2, "Automatic", 5, "Enterprise", 306.11, None, "Hybrid"),
    Car("People carrier", "Ford Galaxy", 7, 3, 2, "Automatic", 5, "Avis", 612.45),
    Car("Economy", "Opel Corsa", 5, 1, 1, "Manual", 5, "Firefly", 121.03),
    Car("Compact SUV", "Dacia Duster", 5, 2, 1, "Manual", 5, "Record go", 196.42, "Great value"),
    Car("Premium", "Tesla Model 3", 5, 2, 1, "Automatic", 4, "Sixt", 534.66, None, "Electric"),
    Car("Compact", "Ford Focus", 5, 2, 1, "Manual", 5, "Budget", 204.33),
    Car("SUV", "Hyundai Tucson", 5, 2, 2, "Automatic", 5, "Drivalia", 341.78),
    Car("Luxury", "Mercedes-Benz E-Class", 5, 3, 1, "Automatic", 4, "Avis", 871.20),
]

_HC_LABELS = {9.0: "Excellent", 8.0: "Very good", 7.0: "Good", 6.0: "Okay", 0.0: "Poor"}


def _hc_label(score: float) -> str:
    return next(label for floor, label in _HC_LABELS.items() if score >= floor)


def _hc_page_url(page: int) -> str:
    return f"/{HC_BASE}?{HC_QUERY}" + (f"&page={page}" if page > 1 else "")


def _hc_deal_url(car: Car) -> str:
    code = _hex(f"hc-deal-{car.model}-{car.supplier}", 12)
    return f"/cars/deal/AGP-{code}?pu=2025-06-12-10h&do=2025-06-19-10h"


_SVG_SEAT = '<svg viewBox="0 0 200 200" width="1.25em" height="1.25em" aria-hidden="true" role="presentation" class="cWAt-icon"><path d="M100 20a30 30 0 1 1 0 60a30 30 0 0 1 0-60zm-50 100h100v60H50z"/></svg>'
_SVG_BAG = '<svg viewBox="0 0 200 200" width="1.25em" height="1.25em" aria-hidden="true" role="presentation" class="cWAt-icon"><path d="M70 40h60v20h30v120H40V60h30zm10 10v10h40V50z"/></svg>'
_SVG_SMALLBAG = '<svg viewBox="0 0 200 200" width="1em" height="1em" aria-hidden="true" role="presentation" class="cWAt-icon cWAt-icon-sm"><path d="M80 60h40v20h20v80H60V80h20z"/></svg>'
_SVG_DOOR = '<svg viewBox="0 0 200 200" width="1.25em" height="1.25em" aria-hidden="true" role="presentation" class="cWAt-icon"><path d="M40 30h120v140H40zm90 70h10v10h-10z"/></svg>'
_SVG_GEAR = '<svg viewBox="0 0 200 200" width="1.25em" height="1.25em" aria-hidden="true" role="presentation" class="cWAt-icon"><path d="M50 40v120M100 40v120M150 40v60M50 100h100"/></svg>'
_SVG_PIN = '<svg viewBox="0 0 200 200" width="1em" height="1em" aria-hidden="true" role="presentation"><path d="M100 20c-33 0-60 27-60 60 0 45 60 100 60 100s60-55 60-100c0-33-27-60-60-60z"/></svg>'
_SVG_CHECK = '<svg viewBox="0 0 200 200" width="1em" height="1em" aria-hidden="true" role="presentation"><path d="M40 100l40 40l80-80"/></svg>'


def _hc_card(car: Car, index: int) -> str:
    sup = SUPPLIERS[car.supplier]
    per_day = round(car.total / HC_DAYS, 2)
    result_id = _hex(f"hc-result-{car.model}-{car.supplier}", 32)
    url = _hc_deal_url(car)
    badge = (
        f'<div class="nrc6-badge-row"><span class="J0g6-badge J0g6-mod-theme-{slug(car.badge)}">{esc(car.badge)}</span></div>'
        if car.badge
        else ""
    )
    fuel = (
        f'<span class="MseY-fuel-chip" title="{esc(car.fuel_type)} vehicle">{esc(car.fuel_type)}</span>'
        if car.fuel_type
        else ""
    )
    bags = ""
    if car.large_bags:
        noun = "large bag" if car.large_bags == 1 else "large bags"
        bags += f'<li class="cWAt-feature" aria-label="{car.large_bags} {noun}" data-tooltip="{car.large_bags} {noun}">{_SVG_BAG}<span class="cWAt-value">{car.large_bags}</span></li>'
    if car.small_bags:
        noun = "small bag" if car.small_bags == 1 else "small bags"
        bags += f'<li class="cWAt-feature" aria-label="{car.small_bags} {noun}" data-tooltip="{car.small_bags} {noun}">{_SVG_SMALLBAG}<span class="cWAt-value">{car.small_bags}</span></li>'
    cancel = (
        f'<li class="bEK5-perk bEK5-mod-positive">{_SVG_CHECK}<span>Free cancellation</span></li>'
        if car.free_cancellation
        else '<li class="bEK5-perk bEK5-mod-neutral"><span>Non-refundable</span></li>'
    )
    mileage_class = "bEK5-mod-positive" if sup.mileage.startswith("Unlimited") else "bEK5-mod-neutral"
    return f"""
<div class="nrc6-wrapper" data-resultid="{result_id}">
 <div class="nrc6 nrc6-mod-pres-default" role="group" aria-label="Result {index}">
  {badge}
  <div class="nrc6-content-section">
   <div class="nrc6-image-section">
    <img class="SMes-image" src="https://content.r9cdn.net/rimg/carimages/generic/{_hex(car.model, 6)}_{slug(car.model)}.png?width=300&amp;height=200" alt="{esc(car.model)} or similar" loading="lazy" width="150" height="100">
   </div>
   <div class="nrc6-main">
    <div class="MseY-title-wrapper">
     <span class="MseY-car-class">{esc(car.car_class)}</span>{fuel}
     <h3 class="MseY-title"><span class="MseY-model">{esc(car.model)}</span> <span class="MseY-similar">or similar</span></h3>
    </div>
    <ul class="cWAt-features" aria-label="Car features">
     <li class="cWAt-feature" aria-label="{car.seats} seats" data-tooltip="{car.seats} seats">{_SVG_SEAT}<span class="cWAt-value">{car.seats}</span></li>
     {bags}
     <li class="cWAt-feature" aria-label="{car.doors} doors" data-tooltip="{car.doors} doors">{_SVG_DOOR}<span class="cWAt-value">{car.doors}</span></li>
     <li class="cWAt-feature cWAt-mod-text">{_SVG_GEAR}<span class="cWAt-value">{car.transmission}</span></li>
    </ul>
    <div class="EuxN-location"><div class="EuxN-pickup">{_SVG_PIN}<span class="EuxN-pickup-type">{esc(sup.pickup)}</span></div><div class="EuxN-address">Málaga Airport (AGP)</div></div>
    <ul class="bEK5-perks">
     {cancel}
     <li class="bEK5-perk {mileage_class}"><span>{esc(sup.mileage)}</span></li>
     <li class="bEK5-perk bEK5-mod-neutral"><span>Fuel policy: {esc(sup.fuel)}</span></li>
    </ul>
   </div>
   <div class="nrc6-price-section">
    <div class="kBg2-provider">
     <img class="kBg2-logo" src="https://content.r9cdn.net/rimg/provider-logos/cars/h/{sup.logo}.png?crop=false&amp;width=108&amp;height=44" alt="{esc(sup.name)}" width="54" height="22">
     <div class="kBg2-rating" aria-label="Rated {sup.rating} out of 10 by {sup.reviews:,} customers">
      <span class="kBg2-score kBg2-mod-{"good" if sup.rating >= 8 else "ok"}">{sup.rating}</span>
      <span class="kBg2-label">{_hc_label(sup.rating)}</span>
      <span class="kBg2-count">({sup.reviews:,})</span>
     </div>
    </div>
    <div class="oRr8-price-wrapper">
     <div class="oRr8-price" aria-label="{_gbp(per_day)} per day"><span class="oRr8-price-text">{_gbp(per_day)}</span><span class="oRr8-unit" aria-hidden="true"> /day</span></div>
     <div class="oRr8-total">{_gbp(car.total)} total</div>
     <div class="oRr8-footnote">Deposit £{sup.deposit:,} · Taxes and fees included</div>
    </div>
    <div class="nrc6-cta">
     <a class="RxNS RxNS-mod-stretch RxNS-mod-variant-solid RxNS-mod-theme-progress RxNS-mod-shape-default" href="{esc(url)}" target="_blank" rel="noopener" role="link" aria-label="View deal: {esc(car.model)} or similar from {esc(sup.name)}"><div class="RxNS-button-content"><span>View Deal</span></div></a>
    </div>
   </div>
  </div>
 </div>
</div>"""


_HC_SPONSORED = """
<div class="nrc6-wrapper nrc6-mod-inline-ad" data-resultid="inlineAd-{slot}">
 <div class="nrc6 nrc6-mod-pres-sponsored" role="group" aria-label="Sponsored result">
  <div class="nrc6-badge-row"><span class="J0g6-badge J0g6-mod-theme-ad">Ad</span></div>
  <div class="nrc6-content-section">
   <div class="nrc6-image-section"><img class="SMes-image" src="https://content.r9cdn.net/rimg/carimages/generic/{img}.png?width=300&amp;height=200" alt="{model} or similar" loading="lazy" width="150" height="100"></div>
   <div class="nrc6-main">
    <div class="MseY-title-wrapper"><span class="MseY-car-class">{klass}</span><h3 class="MseY-title"><span class="MseY-model">{model}</span> <span class="MseY-similar">or similar</span></h3></div>
    <p class="nrc6-ad-copy">{copy}</p>
   </div>
   <div class="nrc6-price-section">
    <div class="kBg2-provider"><img class="kBg2-logo" src="https://content.r9cdn.net/rimg/provider-logos/cars/h/{logo}.png" alt="{brand}" width="54" height="22"></div>
    <div class="oRr8-price-wrapper"><div class="oRr8-price"><span class="oRr8-price-text">{price}</span><span class="oRr8-unit" aria-hidden="true"> /day</span></div><div class="oRr8-footnote">{brand} direct</div></div>
    <div class="nrc6-cta"><a class="RxNS RxNS-mod-stretch RxNS-mod-variant-outline" href="https://www.kayak-ads.example/click?adid={adid}&amp;dest={logo}" target="_blank" rel="sponsored noopener" role="link"><div class="RxNS-button-content"><span>View Deal</span></div></a></div>
   </div>
  </div>
 </div>
</div>"""


def _hc_layout(cars_html: str, page: int, pages: int, shown: int, total: int) -> str:
    page_url = _hc_page_url(page)
    classes = sorted({c.car_class for c in CARS})
    class_min = {k: min(round(c.total / HC_DAYS) for c in CARS if c.car_class == k) for k in classes}
    class_tiles = "".join(
        f'<li class="vnWL-tile"><button type="button" class="vnWL-button" aria-pressed="false"><span class="vnWL-name">{esc(k)}</span><span class="vnWL-price">£{class_min[k]}</span></button></li>'
        for k in classes
    )
    supplier_filters = "".join(
        f'<li class="Etzc-item"><label class="Etzc-label"><input type="checkbox" checked class="Etzc-checkbox" name="agency" value="{esc(s.logo)}"><span class="Etzc-text">{esc(s.name)}</span><span class="Etzc-min">£{min(round(c.total / HC_DAYS) for c in CARS if c.supplier == s.name)}</span></label></li>'
        for s in sorted(SUPPLIERS.values(), key=lambda s: s.name)
    )
    more = (
        f'<div class="ULvh-wrapper"><a class="ULvh-button show-more-button" role="button" href="{esc(_hc_page_url(page + 1))}"><span>Show more results</span></a></div>'
        if page < pages
        else '<div class="ULvh-wrapper ULvh-mod-end"><p class="ULvh-end">You’ve seen all results. Try changing your filters to see more.</p></div>'
    )
    hydrate = {
        "serverData": {
            "global": {"locale": "en_GB", "currency": "GBP", "brand": "hirecompass", "pageType": "cars-results"},
            "searchForm": {
                "pickupLocation": {"code": "AGP", "name": "Málaga Airport", "type": "airport"},
                "pickupDate": "2025-06-12",
                "pickupHour": 10,
                "dropoffDate": "2025-06-19",
                "dropoffHour": 10,
                "driverAgeGroup": "30-65",
            },
            "searchId": _hex("hc-search", 22),
            "sort": "rank_a",
            "paging": {"page": page, "pageSize": 10, "totalCount": total},
            "filterData": {"carClass": {k: {"minPrice": class_min[k] * 100} for k in classes}},
        }
    }
    return f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr" class="bd-kayak react">
<head>
<meta charset="UTF-8">
<title>Cheap car hire in Málaga Airport from £14/day - hirecompass</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Compare car hire at Málaga Airport (AGP) from Goldcar, Sixt, Europcar and more. 12 Jun – 19 Jun.">
<meta name="robots" content="noindex,follow">
<link rel="canonical" href="https://www.hirecompass.example{esc(page_url)}">
<link rel="stylesheet" href="https://content.r9cdn.net/res/combined.css?v=8f3c1a7e2d&amp;cluster=5">
<script>window.R9 = window.R9 || {{}}; R9.globals = {{"analyticsEnabled":true,"pageId":"{_hex(f"hc-page-{page}", 20)}"}};</script>
</head>
<body class="react react-st en_GB">
<div id="root">
<header class="pRB0 pRB0-mod-sticky" role="banner">
 <div class="pRB0-inner">
  <a href="/" class="dJtn-logo" aria-label="hirecompass home"><svg viewBox="0 0 125 24" role="img" aria-hidden="true"><path d="M0 0h125v24H0z"/></svg></a>
  <nav class="pRB0-nav" aria-label="Main"><ul><li><a href="/flights">Flights</a></li><li><a href="/stays">Stays</a></li><li><a href="/cars" aria-current="page">Cars</a></li><li><a href="/packages">Packages</a></li><li><a href="/explore">Explore</a></li></ul></nav>
  <div class="pRB0-account"><a href="/trips">Trips</a><button type="button" class="pRB0-signin">Sign in</button><button type="button" class="pRB0-currency" aria-label="Currency: British Pound">£ GBP</button></div>
 </div>
</header>
<div class="c2YpN-search-form" role="search">
 <form action="/cars" method="get" class="uAy7">
  <div class="uAy7-field"><label for="pu-loc">Pick-up location</label><input id="pu-loc" name="pickup" value="Málaga Airport (AGP)"></div>
  <div class="uAy7-field"><label>Pick-up</label><span class="uAy7-date">Thu 12/6</span><span class="uAy7-time">10:00</span></div>
  <div class="uAy7-field"><label>Drop-off</label><span class="uAy7-date">Thu 19/6</span><span class="uAy7-time">10:00</span></div>
  <button type="submit" class="RxNS RxNS-mod-variant-solid" aria-label="Search">Search</button>
 </form>
</div>
<main class="c8Fc2" id="main">
 <div class="c8Fc2-layout">
  <aside class="c8Fc2-filters" aria-label="Filters">
   <div class="fX2m-price-alert"><span class="fX2m-title">Track prices</span><button type="button" role="switch" aria-checked="false" class="fX2m-switch">Price alerts</button></div>
   <section class="Etzc" aria-labelledby="filter-agency"><h2 id="filter-agency" class="Etzc-heading">Rental company</h2><ul class="Etzc-list">{supplier_filters}</ul></section>
   <section class="Etzc" aria-labelledby="filter-pickup"><h2 id="filter-pickup" class="Etzc-heading">Pick-up location</h2><ul class="Etzc-list"><li class="Etzc-item"><label class="Etzc-label"><input type="checkbox" checked class="Etzc-checkbox"><span class="Etzc-text">In terminal</span></label></li><li class="Etzc-item"><label class="Etzc-label"><input type="checkbox" checked class="Etzc-checkbox"><span class="Etzc-text">Shuttle bus</span></label></li></ul></section>
   <section class="Etzc" aria-labelledby="filter-policies"><h2 id="filter-policies" class="Etzc-heading">Policies</h2><ul class="Etzc-list"><li class="Etzc-item"><label class="Etzc-label"><input type="checkbox" class="Etzc-checkbox"><span class="Etzc-text">Free cancellation</span></label></li><li class="Etzc-item"><label class="Etzc-label"><input type="checkbox" class="Etzc-checkbox"><span class="Etzc-text">Unlimited mileage</span></label></li></ul></section>
   <section class="Etzc" aria-labelledby="filter-trans"><h2 id="filter-trans" class="Etzc-heading">Transmission</h2><ul class="Etzc-list"><li class="Etzc-item"><label class="Etzc-label"><input type="checkbox" class="Etzc-checkbox"><span class="Etzc-text">Automatic</span></label></li><li class="Etzc-item"><label class="Etzc-label"><input type="checkbox" class="Etzc-checkbox"><span class="Etzc-text">Manual</span></label></li></ul></section>
  </aside>
  <div class="c8Fc2-results">
   <div class="vnWL" role="region" aria-label="Car types"><ul class="vnWL-list">{class_tiles}</ul></div>
   <div class="c8Fc2-toolbar">
    <h1 class="c8Fc2-title">Málaga Airport car hire · 12 Jun – 19 Jun</h1>
    <div class="c8Fc2-count" aria-live="polite">{total} results</div>
    <div class="c8Fc2-sort"><label for="sort">Sort by</label><select id="sort" name="sort"><option value="rank_a" selected>Recommended</option><option value="price_a">Cheapest</option><option value="rating_d">Top rated</option></select></div>
   </div>
   <div class="c8Fc2-disclaimer"><p>Prices are for {HC_DAYS} days and include taxes and fees. Pick-up and drop-off at Málaga Airport. <a href="/help/car-rental-prices">How we rank results</a></p></div>
   <div class="c8Fc2-list" role="list">
{cars_html}
   </div>
   <div class="ULvh-status">Showing {shown} of {total} results</div>
   {more}
  </div>
  <aside class="c8Fc2-rail" aria-label="Advertisement"><div class="ad-slot" id="rhs-ad-1" data-ad-unit="/kayak/cars/rhs" style="min-height:600px"><span class="ad-label">Advertisement</span></div></aside>
 </div>
</main>
<section class="P5LH-seo" aria-labelledby="faq-title">
 <h2 id="faq-title">Car hire at Málaga Airport: frequently asked questions</h2>
 <details><summary>How much does it cost to hire a car at Málaga Airport?</summary><p>Car hire at Málaga Airport costs from £14 per day for a mini car when booked in advance. The average price in June was £38 per day.</p></details>
 <details><summary>Which rental companies are at Málaga Airport?</summary><p>Sixt, Europcar, Hertz, Avis, Enterprise and Drivalia have desks in the terminal; Goldcar, Centauro, Record go, Firefly and OK Mobility run a free shuttle bus.</p></details>
</section>
<footer class="lHd2" role="contentinfo">
 <ul class="lHd2-links"><li><a href="/about">About</a></li><li><a href="/careers">Careers</a></li><li><a href="/help">Help/FAQ</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms &amp; Conditions</a></li></ul>
 <p class="lHd2-copy">©2025 hirecompass. All rights reserved.</p>
</footer>
</div>
<div class="cookie-consent-dialog" role="dialog" aria-modal="true" aria-labelledby="cc-title">
 <h2 id="cc-title">Your privacy</h2>
 <p>We use cookies to personalise content, show relevant ads and analyse our traffic. You can change your choices at any time.</p>
 <div class="cc-buttons"><button type="button" class="RxNS RxNS-mod-variant-solid">Accept all</button><button type="button" class="RxNS RxNS-mod-variant-outline">Reject all</button><button type="button" class="RxNS RxNS-mod-variant-flat">Manage settings</button></div>
</div>
<script id="__R9_HYDRATE_DATA__" type="application/json">{_json_script(hydrate)}</script>
<script src="https://content.r9cdn.net/res/js/cars-results.js?v=8f3c1a7e2d" defer></script>
</body>
</html>"""


@sixteenth_b
def build_hirecompass() -> None:
    site = Site(
        "hirecompass",
        kind="car-rental search results (Kayak 2024–25 R9: 4-letter hashed BEM prefixes, data-resultid cards, car class above 'Model or similar', icon-only seat / bag / door counts with aria-labels, supplier logos as img alt with /10 ratings, '£26.77 /day' + '£187.42 total', deposits, Ad cards, class price tiles, Show more results &page=N)",
        start=f"{HC_BASE}?{HC_QUERY}",
        description=(
            "A Kayak-like car-rental metasearch results page for Málaga Airport, 12–19 June 2025 (7 days), as served in 2024–2025: header, search form, "
            "filter sidebar (rental companies with minimum prices, pick-up location, policies, transmission), a car-class tile strip with 'from' prices, "
            "then cards div.nrc6-wrapper[data-resultid]: optional badge (Great value / Top pick / Cheapest), image alt 'Model or similar', the car class "
            "span above h3 'Fiat 500 <span>or similar</span>', an optional Hybrid / Electric chip, a feature ul of icon + number items whose meaning is "
            "only in aria-label / tooltip ('4 seats', '1 large bag', '2 small bags', '3 doors') plus the transmission text, pick-up type ('In terminal' / "
            "'Shuttle bus') with the airport address, perks (Free cancellation / Non-refundable, mileage, fuel policy), the supplier as a logo img alt with "
            "a '8.1 Very good (4,410)' rating box, '£26.77 /day' with an aria-label, '£187.42 total', a 'Deposit £950' footnote, and a stretched 'View Deal' "
            "link /cars/deal/AGP-<id>?pu=…&do=…. Sponsored 'Ad' cards of the same shape (no total, external link) sit between results on pages 1 and 2; "
            "an ad rail; 'Showing 10 of 26 results' and a 'Show more results' link to &page=N; an FAQ with prices; cookie dialog; a thin __R9_HYDRATE_DATA__. "
            "Ten, ten and six cars. Written down: model (without 'or similar'), car_class, url, supplier, seats, large_bags, transmission, pickup, "
            "price_per_day, total_price, currency, rating (the supplier's score out of 10)."
        ),
    )
    pages = chunks(CARS, [10, 10, 6])
    total = len(CARS)
    shown = 0
    for page, cars in enumerate(pages, 1):
        cards = []
        for at, car in enumerate(cars, 1):
            cards.append(_hc_card(car, shown + at))
            if page == 1 and at == 3:
                cards.append(
                    _HC_SPONSORED.format(
                        slot=1,
                        img="a41c2e_ford-fiesta",
                        klass="Economy",
                        model="Ford Fiesta",
                        copy="Book direct with Hertz and earn points. Free additional driver this summer.",
                        logo="hertz",
                        brand="Hertz",
                        price="£34.00",
                        adid=_hex("hc-ad-1", 10),
                    )
                )
            if page == 2 and at == 5:
                cards.append(
                    _HC_SPONSORED.format(
                        slot=2,
                        img="7be01d_vw-t-roc",
                        klass="Compact SUV",
                        model="Volkswagen T-Roc",
                        copy="Upgrade your summer trip. Book now, pay at pick-up.",
                        logo="sixt",
                        brand="Sixt",
                        price="£41.00",
                        adid=_hex("hc-ad-2", 10),
                    )
                )
            site.expect(
                {
                    "model": car.model,
                    "car_class": car.car_class,
                    "url": _hc_deal_url(car),
                    "supplier": car.supplier,
                    "seats": car.seats,
                    "large_bags": car.large_bags or None,  # no large-bag icon at all: nothing shown
                    "transmission": car.transmission,
                    "pickup": SUPPLIERS[car.supplier].pickup,
                    "price_per_day": round(car.total / HC_DAYS, 2),
                    "total_price": car.total,
                    "currency": "GBP",
                    "rating": SUPPLIERS[car.supplier].rating,
                }
            )
        shown += len(cars)
        path = f"{HC_BASE}@{HC_QUERY}" + (f"&page={page}" if page > 1 else "")
        site.list_page(path, _hc_layout("\n".join(cards), page, len(pages), shown, total))
    site.finish()


# ---------------------------------------------------------------------------------------------------
# hobelhaus (FROZEN): a German DIY store's product page (Hornbach / OBI 2024–25, Next.js CSS modules)
# ---------------------------------------------------------------------------------------------------

HH_ARTICLE = "7834120"
HH_EAN = "4063412783419"
HH_BRAND = "Kronholm"
HH_TITLE = "Kronholm Laminat Landhausdiele Eiche Natur 8 mm"
HH_SLUG = slug(HH_TITLE)
HH_PRICE = 26.64
HH_PACK_M2 = 2.22
HH_UNIT_PRICE = 12.00
HH_RATING = 4.4
HH_REVIEWS = 37
HH_DECOR = "Eiche Natur"
HH_THICKNESS = "8 mm"
HH_USAGE = "32"
HH_PACK = "2,22 m²"

HH_SPECS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Allgemeine Informationen",
        [("Marke", HH_BRAND), ("Serie", "Landhaus Classic"), ("Dekor", HH_DECOR), ("Farbe", "Braun"), ("EAN", HH_EAN)],
    ),
    (
        "Maße & Inhalt",
        [
            ("Stärke", HH_THICKNESS),
            ("Länge", "1.285 mm"),
            ("Breite", "192 mm"),
            ("Inhalt pro Paket", HH_PACK),
            ("Dielen pro Paket", "9 Stück"),
            ("Gewicht pro Paket", "15,8 kg"),
        ],
    ),
    (
        "Technische Eigenschaften",
        [
            ("Nutzungsklasse", HH_USAGE),
            ("Abriebklasse", "AC4"),
            ("Verlegeart", "Klick-System (schwimmend)"),
            ("Kante", "4-seitige V-Fuge"),
            ("Oberfläche", "Matt, synchrone Holzstruktur"),
            ("Für Fußbodenheizung geeignet", "Ja"),
            ("Feuchtraumgeeignet", "Nein"),
            ("Emissionsklasse", "E1"),
        ],
    ),
]

HH_REVIEW_LIST = [
    (
        "Markus R.",
        5,
        "2025-02-18",
        "Super einfach zu verlegen",
        "Klick-System rastet sauber ein, die V-Fuge sieht richtig edel aus. 40 m² an einem Wochenende geschafft.",
    ),
    (
        "Sandra K.",
        4,
        "2025-01-27",
        "Schöner Boden, ein Paket mit Macke",
        "Optik und Haptik top. Bei einem Paket war eine Diele an der Feder beschädigt, der Markt hat sie aber problemlos getauscht.",
    ),
    (
        "J. Wendt",
        2,
        "2024-12-03",
        "Kratzempfindlich",
        "Nach zwei Monaten mit Hund schon sichtbare Kratzer im Flur. Für stark genutzte Räume eher nicht.",
    ),
]

HH_RATING_BARS = [(5, 22), (4, 9), (3, 3), (2, 2), (1, 1)]

HH_ACCESSORIES = [
    (
        "Kronholm Trittschalldämmung Silent Pro 2 mm",
        "kronholm-trittschalldaemmung-silent-pro-2-mm",
        "5519037",
        29.90,
        "2,99 €/m²",
        "Rolle (10 m²)",
        4.6,
        112,
    ),
    (
        "Sockelleiste Eiche Natur foliert 2,4 m",
        "sockelleiste-eiche-natur-foliert-2-4-m",
        "6120458",
        7.49,
        "3,12 €/m",
        "Stück",
        4.1,
        28,
    ),
    (
        "Übergangsprofil Alu Eiche-Optik 90 cm",
        "uebergangsprofil-alu-eiche-optik-90-cm",
        "3341782",
        12.95,
        "14,39 €/m",
        "Stück",
        3.9,
        14,
    ),
    ("Verlegeset Laminat 4-teilig", "verlegeset-laminat-4-teilig", "2287109", 14.99, None, "Set", 4.5, 203),
]

HH_ALSO = [
    (
        "Kronholm Laminat Landhausdiele Eiche Grau 8 mm",
        "kronholm-laminat-landhausdiele-eiche-grau-8-mm",
        "7834137",
        26.64,
        "12,00 €/m²",
        4.2,
        19,
    ),
    ("Parkwood Laminat Eiche Sand 7 mm", "parkwood-laminat-eiche-sand-7-mm", "6650214", 19.95, "8,24 €/m²", 3.8, 64),
    (
        "Kronholm Laminat Aqua Eiche Hell 10 mm",
        "kronholm-laminat-aqua-eiche-hell-10-mm",
        "7910553",
        39.90,
        "19,95 €/m²",
        4.7,
        41,
    ),
]


def _hh_stars(value: float, css: str = "Stars_stars__Xw3pQ") -> str:
    width = round(value / 5 * 100)
    return f'<span class="{css}" role="img" aria-label="{str(value).replace(".", ",")} von 5 Sternen"><span class="Stars_fill__L0o2d" style="width:{width}%"></span></span>'


def _hh_tile(
    title: str,
    handle: str,
    article: str,
    price: float,
    unit: str | None,
    rating: float,
    count: int,
    note: str | None = None,
) -> str:
    unit_html = f'<span class="ProductTile_basePrice__m2Kdv">{esc(unit)}</span>' if unit else ""
    note_html = f'<span class="ProductTile_packaging__c8Hh1">{esc(note)}</span>' if note else ""
    return f"""<li class="ProductCarousel_slide__Pq7Rv">
      <article class="ProductTile_tile__T4pVm" data-testid="product-tile" data-article-number="{article}">
       <a href="/p/{handle}/{article}/" class="ProductTile_link__J9wKe"><img src="https://cdn.hobelhaus.example/images/{article}/{article}_1.jpg?w=240" alt="" loading="lazy" width="240" height="240"><span class="ProductTile_title__d2NnW">{esc(title)}</span></a>
       <div class="ProductTile_rating__Lk0Pq">{_hh_stars(rating, "Stars_stars__Xw3pQ Stars_small__u7nDa")}<span class="ProductTile_ratingCount__HhY0s">({count})</span></div>
       <div class="ProductTile_price__rF3Ws"><span class="ProductTile_priceValue__Mn8Vv">{_eur_de(price)} €</span>{note_html}{unit_html}</div>
       <button type="button" class="Button_button__9mK2x Button_secondary__zY3fA" aria-label="{esc(title)} in den Warenkorb">In den Warenkorb</button>
      </article>
     </li>"""


def _hh_page() -> str:
    specs_html = "".join(
        f'<div class="Specs_group__W9sLx"><h3 class="Specs_groupTitle__a0QeN">{esc(group)}</h3><table class="Specs_table__Zc7Tq"><tbody>'
        + "".join(
            f'<tr class="Specs_row__Vb2Jd"><th scope="row" class="Specs_key__eT1Yp">{esc(k)}</th><td class="Specs_value__n4GxR">{esc(v)}</td></tr>'
            for k, v in rows
        )
        + "</tbody></table></div>"
        for group, rows in HH_SPECS
    )
    bars = "".join(
        f'<li class="RatingSummary_bar__f0Ka1"><span class="RatingSummary_barLabel__xY2Pw">{stars} Sterne</span><span class="RatingSummary_barTrack__Ee5Jr"><span class="RatingSummary_barFill__qL1pA" style="width:{round(count / HH_REVIEWS * 100)}%"></span></span><span class="RatingSummary_barCount__D8sZn">{count}</span></li>'
        for stars, count in HH_RATING_BARS
    )
    reviews = "".join(
        f"""<li class="Review_review__R2eHw" data-testid="review">
       <div class="Review_head__aW3Xc">{_hh_stars(float(stars), "Stars_stars__Xw3pQ Stars_small__u7nDa")}<h4 class="Review_title__Jq8Kv">{esc(title)}</h4></div>
       <p class="Review_meta__nB4Ts"><span class="Review_author__Ut6Mz">{esc(author)}</span> · <time datetime="{day}">{int(day[8:])}.{int(day[5:7])}.{day[:4]}</time> · <span class="Review_verified__pQ9Sd">Verifizierter Kauf</span></p>
       <p class="Review_text__y1KdV">{esc(text)}</p>
       <div class="Review_helpful__Mc3Lr">War diese Bewertung hilfreich? <button type="button">Ja ({_number(author, 0, 14)})</button> <button type="button">Nein ({_number(author + "n", 0, 3)})</button></div>
      </li>"""
        for author, stars, day, title, text in HH_REVIEW_LIST
    )
    accessories = "".join(_hh_tile(t, h, a, p, u, r, c, note) for t, h, a, p, u, note, r, c in HH_ACCESSORIES)
    also = "".join(_hh_tile(t, h, a, p, u, r, c, "Paket") for t, h, a, p, u, r, c in HH_ALSO)
    url = f"https://www.hobelhaus.example/p/{HH_SLUG}/{HH_ARTICLE}/"
    images = [f"https://cdn.hobelhaus.example/images/{HH_ARTICLE}/{HH_ARTICLE}_{n}.jpg" for n in range(1, 6)]
    json_ld = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": HH_TITLE,
        "sku": HH_ARTICLE,
        "gtin13": HH_EAN,
        "image": images,
        "description": "Laminat in Landhausdielen-Optik mit 4-seitiger V-Fuge und Klick-System, Nutzungsklasse 32.",
        "brand": {"@type": "Brand", "name": HH_BRAND},
        "offers": {
            "@type": "Offer",
            "url": url,
            "priceCurrency": "EUR",
            "price": f"{HH_PRICE:.2f}",
            "availability": "https://schema.org/InStock",
            "itemCondition": "https://schema.org/NewCondition",
            "seller": {"@type": "Organization", "name": "Hobelhaus"},
        },
        "aggregateRating": {
            "@type": "AggregateRating",
            "ratingValue": HH_RATING,
            "reviewCount": HH_REVIEWS,
            "bestRating": 5,
        },
    }
    breadcrumbs = [
        ("Startseite", "/"),
        ("Boden & Fliesen", "/c/boden-fliesen/S1204/"),
        ("Laminat", "/c/laminat/S4410/"),
        ("Laminat Holzoptik", "/c/laminat-holzoptik/S4412/"),
    ]
    breadcrumb_ld = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": i, "name": n, "item": f"https://www.hobelhaus.example{h}"}
            for i, (n, h) in enumerate(breadcrumbs, 1)
        ],
    }
    next_data = {
        "props": {
            "pageProps": {
                "product": {
                    "articleNumber": HH_ARTICLE,
                    "slug": HH_SLUG,
                    "brand": {"name": HH_BRAND, "logo": None},
                    "price": {
                        "value": round(HH_PRICE * 100),
                        "currency": "EUR",
                        "unit": "Paket",
                        "basePrice": {"value": round(HH_UNIT_PRICE * 100), "unit": "m²"},
                    },
                    "availability": {"online": "AVAILABLE", "store": {"id": "842", "stock": 148}},
                    "ratings": {"count": HH_REVIEWS},
                    "category": "S4412",
                },
                "store": {"id": "842", "name": "Hobelhaus Berlin-Spandau"},
            },
            "__N_SSP": True,
        },
        "page": "/p/[slug]/[articleNumber]",
        "query": {"slug": HH_SLUG, "articleNumber": HH_ARTICLE},
        "buildId": "b" + _hex("hh-build", 20),
        "isFallback": False,
        "gssp": True,
        "locale": "de-DE",
        "scriptLoader": [],
    }
    crumbs_html = "".join(
        f'<li class="Breadcrumbs_item__kF2nB"><a href="{h}" class="Breadcrumbs_link__P7xQw">{esc(n)}</a></li>'
        for n, h in breadcrumbs
    )
    thumbs = "".join(
        f'<li><button type="button" class="Gallery_thumb__b3WxE" aria-label="Bild {n} von 5"><img src="{src}?w=96" alt="" width="48" height="48"></button></li>'
        for n, src in enumerate(images, 1)
    )
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(HH_TITLE)} | Hobelhaus</title>
<meta name="description" content="{esc(HH_TITLE)} jetzt online kaufen ✓ 2,22 m² pro Paket ✓ Nutzungsklasse 32 ✓ Im Markt abholen oder liefern lassen.">
<link rel="canonical" href="{url}">
<meta property="og:type" content="product">
<meta property="og:title" content="{esc(HH_TITLE)}">
<meta property="og:image" content="{images[0]}">
<meta property="product:price:amount" content="{HH_PRICE:.2f}">
<meta property="product:price:currency" content="EUR">
<link rel="preload" as="image" href="{images[0]}?w=800">
<link rel="stylesheet" href="/_next/static/css/{_hex("hh-css-1", 16)}.css">
<link rel="stylesheet" href="/_next/static/css/{_hex("hh-css-2", 16)}.css">
<script type="application/ld+json">{_json_script(json_ld)}</script>
<script type="application/ld+json">{_json_script(breadcrumb_ld)}</script>
</head>
<body>
<div id="__next">
<div class="PromoBar_bar__nQ4vT" role="region" aria-label="Aktionen">Gratis Lieferung ab 50 € bei Paketversand · <a href="/service/lieferung/">Mehr erfahren</a></div>
<header class="Header_header__Y0bXe">
 <div class="Header_top__kL3sP">
  <a href="/" class="Header_logo__eP9Wm" aria-label="Hobelhaus Startseite"><svg viewBox="0 0 160 40" aria-hidden="true"><path d="M0 0h160v40H0z"/></svg></a>
  <form role="search" action="/s/" class="SearchBar_form__hZ6Vc"><label for="q" class="sr-only">Suche</label><input id="q" name="q" type="search" placeholder="Wonach suchst du?"><button type="submit" aria-label="Suchen" class="SearchBar_button__b2Rqk"></button></form>
  <div class="Header_store__N3cFq"><span class="Header_storeLabel__Qm1Zz">Mein Markt</span><button type="button" class="Header_storeButton__aX8Ke">Hobelhaus Berlin-Spandau</button><span class="Header_storeHours__Kp0Ls">Heute geöffnet bis 20:00 Uhr</span></div>
  <nav class="Header_icons__v5QpR" aria-label="Konto"><a href="/merkliste/" aria-label="Merkliste">Merkliste</a><a href="/konto/" aria-label="Mein Konto">Anmelden</a><a href="/warenkorb/" aria-label="Warenkorb, 0 Artikel" class="Header_cart__jF3eY">Warenkorb <span class="Badge_badge__Mx2Wt">0</span></a></nav>
 </div>
 <nav class="MegaMenu_nav__c3RyB" aria-label="Sortiment"><ul><li><a href="/c/werkzeug/S1000/">Werkzeug</a></li><li><a href="/c/baustoffe-holz/S1100/">Baustoffe &amp; Holz</a></li><li><a href="/c/boden-fliesen/S1204/">Boden &amp; Fliesen</a></li><li><a href="/c/farben-tapeten/S1300/">Farben &amp; Tapeten</a></li><li><a href="/c/garten/S1500/">Garten</a></li><li><a href="/c/bad-sanitaer/S1600/">Bad &amp; Sanitär</a></li><li><a href="/c/angebote/">Angebote</a></li></ul></nav>
</header>
<main class="ProductPage_main__uV5xD">
 <nav aria-label="Brotkrumen" class="Breadcrumbs_nav__tW1Ze"><ol class="Breadcrumbs_list__gB8Lm">{crumbs_html}</ol></nav>
 <div class="ProductPage_grid__M2dNq">
  <section class="Gallery_gallery__Hk5Tr" aria-label="Produktbilder">
   <div class="Gallery_badges__z0Pc1"><span class="Flag_flag__S3jLm Flag_dauertiefpreis__xQ2aB">Dauertiefpreis</span><span class="Flag_flag__S3jLm Flag_online__p1Vd9">Auch im Markt</span></div>
   <div class="Gallery_stage__Ra7Dk"><img src="{images[0]}?w=800" alt="{esc(HH_TITLE)}" width="800" height="800" fetchpriority="high"></div>
   <ul class="Gallery_thumbs__yT2Vb">{thumbs}</ul>
  </section>
  <section class="Buybox_buybox__c9PqE" aria-labelledby="product-title">
   <a href="/marken/kronholm/" class="Buybox_brand__Fz8Qt" data-testid="brand-link"><img src="https://cdn.hobelhaus.example/brands/kronholm.svg" alt="{HH_BRAND}" width="90" height="24"></a>
   <h1 id="product-title" class="Buybox_title__h7WjB" data-testid="product-title">{esc(HH_TITLE)}</h1>
   <div class="Buybox_meta__vK4Ls">
    <span class="Buybox_articleNumber__o9Yzc" data-testid="article-number">Art.-Nr. {HH_ARTICLE}</span>
    <a href="#bewertungen" class="Buybox_rating__Ue0Hx" data-testid="rating-summary">{_hh_stars(HH_RATING)}<span class="Buybox_ratingValue__pT8Vm" aria-hidden="true">{str(HH_RATING).replace(".", ",")}</span><span class="Buybox_ratingCount__Jy1Bw">({HH_REVIEWS})</span><span class="sr-only">{HH_REVIEWS} Bewertungen</span></a>
   </div>
   <div class="PriceBox_priceBox__p9Lq1" data-testid="price-box">
    <div class="Price_price__Zl3kq" data-testid="product-price"><span class="sr-only">Preis:</span><span class="Price_integer__a8Rt0">{int(HH_PRICE)}</span><span class="Price_decimal__s2Jk9">,{f"{HH_PRICE:.2f}".split(".")[1]}</span><span class="Price_currency__fQ1mB">€</span></div>
    <span class="PriceBox_unit__Lw2Gh">pro Paket ({HH_PACK})</span>
    <p class="PriceBox_basePrice__kx8Wd" data-testid="base-price"><span class="sr-only">Grundpreis:</span>{_eur_de(HH_UNIT_PRICE)} €/m²</p>
    <p class="PriceBox_vat__Q0f2a">inkl. MwSt., zzgl. <a href="/service/versandkosten/">Versandkosten</a></p>
   </div>
   <div class="AreaCalculator_box__Vt9Qe" data-testid="area-calculator">
    <label for="area" class="AreaCalculator_label__wK2Xm">Benötigte Fläche</label>
    <div class="AreaCalculator_row__s4QnH"><input id="area" type="number" inputmode="decimal" min="0" step="0.01" value="20" class="AreaCalculator_input__Ls8Pr"><span>m²</span></div>
    <label class="AreaCalculator_waste__x1Fgh"><input type="checkbox" checked> + 10 % Verschnitt</label>
    <p class="AreaCalculator_result__Tz6Ma">Sie benötigen <strong>10 Pakete</strong> (22,20 m²) für <strong>266,40 €</strong></p>
   </div>
   <div class="Buybox_actions__U1pYd"><div class="QuantityStepper_stepper__Nm3Ka"><button type="button" aria-label="Menge verringern">−</button><input type="number" value="10" aria-label="Menge in Paketen"><button type="button" aria-label="Menge erhöhen">+</button></div><button type="button" class="Button_button__9mK2x Button_primary__Qw4Lx">In den Warenkorb</button><button type="button" class="Button_button__9mK2x Button_icon__e5Nr0" aria-label="Auf die Merkliste">♡</button></div>
   <ul class="Availability_list__qR0Wn">
    <li class="Availability_item__Bn5Gc Availability_available__T7hKs"><span class="Availability_title__a3Mvu">Lieferung nach Hause</span><span class="Availability_text__Ze2Nc">Speditionsversand, Lieferzeit 3–5 Werktage, Versandkosten 39,90 €</span></li>
    <li class="Availability_item__Bn5Gc Availability_available__T7hKs"><span class="Availability_title__a3Mvu">Abholung im Markt</span><span class="Availability_text__Ze2Nc">Vorrätig: 148 Pakete in Hobelhaus Berlin-Spandau</span><a href="/maerkte/842/" class="Availability_link__iP4Df">Markt wechseln</a></li>
   </ul>
   <ul class="Usp_list__Y8wKc"><li>30 Tage Rückgaberecht</li><li>Kostenloser Zuschnitt-Service im Markt</li><li>Fachberatung im Markt</li></ul>
  </section>
 </div>
 <div class="ProductPage_adBanner__gZ2Qb" role="complementary" aria-label="Anzeige"><a href="/hobelhaus-card/?cmp=pdp-banner"><img src="https://cdn.hobelhaus.example/campaign/hh-card-2025.jpg" alt="Jetzt die Hobelhaus Card beantragen und 3 % auf jeden Einkauf sparen" width="1200" height="120"></a></div>
 <section class="Carousel_section__Hd4Ap" aria-labelledby="accessories-title">
  <h2 id="accessories-title" class="Carousel_title__Qc0Ss">Passendes Zubehör</h2>
  <ul class="ProductCarousel_track__hU7Wz">{accessories}</ul>
 </section>
 <div class="ProductPage_tabs__b8Fsx">
  <section class="Accordion_section__Vx5Na" id="beschreibung" aria-labelledby="desc-title">
   <h2 id="desc-title" class="Accordion_title__n1PoJ">Produktbeschreibung</h2>
   <div class="Description_text__W4zKs">
    <p>Die Kronholm Landhausdiele in <strong>Eiche Natur</strong> bringt warme Holzoptik in Wohn-, Schlaf- und Kinderzimmer. Die synchrone Holzstruktur der matten Oberfläche ist von Echtholz kaum zu unterscheiden.</p>
    <p>Dank Klick-System lässt sich das Laminat ohne Leim schwimmend verlegen, auch auf Fußbodenheizung. Die 4-seitige V-Fuge betont jede einzelne Diele.</p>
    <ul><li>Für Wohnbereiche mit starker und gewerbliche Bereiche mit normaler Nutzung</li><li>Trittschalldämmung separat erhältlich</li><li>25 Jahre Garantie im Wohnbereich</li></ul>
   </div>
  </section>
  <section class="Accordion_section__Vx5Na" id="technische-daten" aria-labelledby="specs-title">
   <h2 id="specs-title" class="Accordion_title__n1PoJ">Technische Daten</h2>
   <div class="Specs_specs__Rk4Ue">{specs_html}</div>
   <ul class="Specs_downloads__Cm6Yh"><li><a href="/downloads/{HH_ARTICLE}/verlegeanleitung.pdf">Verlegeanleitung (PDF, 1,2 MB)</a></li><li><a href="/downloads/{HH_ARTICLE}/leistungserklaerung.pdf">Leistungserklärung (PDF, 240 KB)</a></li></ul>
  </section>
  <section class="Accordion_section__Vx5Na" id="bewertungen" aria-labelledby="reviews-title">
   <h2 id="reviews-title" class="Accordion_title__n1PoJ">Kundenbewertungen ({HH_REVIEWS})</h2>
   <div class="RatingSummary_summary__P2qLs">
    <div class="RatingSummary_score__Y7aBn"><span class="RatingSummary_value__Ww6Df">{str(HH_RATING).replace(".", ",")}</span><span class="RatingSummary_max__Hn2Kc">von 5</span>{_hh_stars(HH_RATING)}<span class="RatingSummary_count__uE8Rv">{HH_REVIEWS} Bewertungen</span></div>
    <ul class="RatingSummary_bars__Tx9Sp">{bars}</ul>
    <p class="RatingSummary_recommend__cV3Lz">89 % der Kunden empfehlen dieses Produkt</p>
   </div>
   <ul class="ReviewList_list__Gd7Hs">{reviews}</ul>
   <button type="button" class="Button_button__9mK2x Button_secondary__zY3fA">Alle {HH_REVIEWS} Bewertungen anzeigen</button>
  </section>
  <section class="Accordion_section__Vx5Na" id="fragen" aria-labelledby="qa-title">
   <h2 id="qa-title" class="Accordion_title__n1PoJ">Fragen &amp; Antworten (2)</h2>
   <ul class="Qa_list__Nt3Vb"><li><p class="Qa_q__Jf5Ew">Kann man das Laminat im Badezimmer verlegen?</p><p class="Qa_a__Bd1Xy">Nein, dieses Laminat ist nicht feuchtraumgeeignet. Für Bad und Küche empfehlen wir Kronholm Aqua.</p></li><li><p class="Qa_q__Jf5Ew">Wie viele Pakete brauche ich für 15 m²?</p><p class="Qa_a__Bd1Xy">Mit 10 % Verschnitt benötigen Sie 8 Pakete (17,76 m²).</p></li></ul>
  </section>
 </div>
 <section class="Carousel_section__Hd4Ap" aria-labelledby="also-title">
  <h2 id="also-title" class="Carousel_title__Qc0Ss">Kunden kauften auch</h2>
  <ul class="ProductCarousel_track__hU7Wz">{also}</ul>
 </section>
</main>
<footer class="Footer_footer__Ab3Xw">
 <div class="Footer_newsletter__Fg2Zk"><h2>Newsletter</h2><p>Projektideen und Angebote jede Woche. Jetzt anmelden und 10 € Gutschein sichern.</p><form action="/newsletter/"><input type="email" aria-label="E-Mail-Adresse"><button type="submit">Anmelden</button></form></div>
 <ul class="Footer_links__Rw0Kp"><li><a href="/service/">Kundenservice</a></li><li><a href="/maerkte/">Märkte</a></li><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li><li><a href="/agb/">AGB</a></li></ul>
 <p class="Footer_legal__Nm8Dq">Alle Preise in Euro inkl. gesetzlicher MwSt. Preise im Markt können abweichen. © 2025 Hobelhaus GmbH</p>
</footer>
</div>
<div id="usercentrics-root" data-testid="uc-app-container"><div class="uc-banner" role="dialog" aria-modal="true" aria-label="Cookie-Einstellungen"><h2>Wir verwenden Cookies</h2><p>Wir und unsere Partner nutzen Cookies und ähnliche Technologien, um dir ein optimales Einkaufserlebnis zu bieten.</p><button type="button" data-testid="uc-accept-all-button">Alle akzeptieren</button><button type="button" data-testid="uc-deny-all-button">Nur notwendige</button><button type="button" data-testid="uc-more-button">Einstellungen</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{_json_script(next_data)}</script>
<script src="/_next/static/chunks/pages/p/%5Bslug%5D/%5BarticleNumber%5D-{_hex("hh-chunk", 16)}.js" defer></script>
</body>
</html>"""


@sixteenth_b
def build_hobelhaus() -> None:
    site = Site(
        "hobelhaus",
        kind="detail page (German DIY store product, Hornbach / OBI 2024–25 Next.js: CSS-module classes + data-testid, brand as a logo img alt, 'Art.-Nr.' line, split '26' ',64' '€' price + 'pro Paket', '12,00 €/m²' Grundpreis, '4,4' stars + '(37)', grouped th/td spec tables, area calculator, accessory and 'Kunden kauften auch' rails with their own prices, review cards, Product JSON-LD, __NEXT_DATA__)",
        start=f"p/{HH_SLUG}/{HH_ARTICLE}/",
        description=(
            "A German DIY store's product page for a pack of laminate flooring, modelled on Hornbach / OBI in 2024–2025 (Next.js, CSS-module classes such as "
            "'PriceBox_basePrice__kx8Wd', data-testid hooks): promo bar, header with store picker and mega menu, breadcrumbs, gallery with "
            "'Dauertiefpreis' flags, then the buy box: brand logo link (img alt 'Kronholm'), h1 title, 'Art.-Nr. 7834120', stars with an aria-label "
            "'4,4 von 5 Sternen' + '4,4' + '(37)' + an sr-only '37 Bewertungen', the price split into '26' ',64' '€' spans after an sr-only 'Preis:', "
            "'pro Paket (2,22 m²)', the base price '12,00 €/m²' after an sr-only 'Grundpreis:', an area calculator with its own total, delivery and "
            "store availability, an ad banner, a 'Passendes Zubehör' carousel of product tiles with their own prices, base prices and ratings, the "
            "description, grouped 'Technische Daten' tables (th/td: Marke, Dekor, EAN, Stärke, Inhalt pro Paket, Nutzungsklasse, …), a rating summary "
            "with star bars, three review cards, Q&A, a 'Kunden kauften auch' carousel, footer, Usercentrics banner, Product + BreadcrumbList JSON-LD "
            "(sku, gtin13, brand, offers with the package price, aggregateRating) and __NEXT_DATA__ (prices in cents). Written down: title, brand, "
            "article_number, price, currency, unit_price (per m²), rating, review_count, decor, thickness, pack_content, usage_class."
        ),
    )
    site.list_page(f"p/{HH_SLUG}/{HH_ARTICLE}/index.html", _hh_page())
    site.expect(
        {
            "title": HH_TITLE,
            "brand": HH_BRAND,
            "article_number": HH_ARTICLE,
            "price": HH_PRICE,
            "currency": "EUR",
            "unit_price": HH_UNIT_PRICE,
            "rating": HH_RATING,
            "review_count": HH_REVIEWS,
            "decor": HH_DECOR,
            "thickness": HH_THICKNESS,
            "pack_content": HH_PACK,
            "usage_class": HH_USAGE,
        }
    )
    site.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in SIXTEENTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
