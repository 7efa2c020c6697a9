"""Held-out (FROZEN) corpus sites of the second wave (issue #3).

**Do not open this file, these sites' pages or their results while tuning the Scout.** They were
written together with the open sites of ``generate_more.py`` and frozen before any heuristic was
changed, so that a third of the corpus stays unseen by the tuning (see the corpus README). Rebuild
with ``uv run python tests/sites/corpus/generate_held_out.py``.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, money, slug

HELD_OUT: dict[str, Callable[[], None]] = {}


def held_out(func: Callable[[], None]) -> Callable[[], None]:
    """Register a frozen site builder of this wave."""
    name = func.__name__.removeprefix("build_").replace("_", "-")
    assert name in FROZEN, f"{name} must be listed in generate.FROZEN"
    HELD_OUT[name] = func
    return func


# ---------------------------------------------------------------------------------------------------
# learnwell: an online course catalogue in a Bootstrap 5 card grid (row-cols, .card.h-100, a
# .stretched-link title), level badges, "4.7 ★★★★★ (1,284)", duration and lectures, "Free" or a price
# beside a struck-through one, filters in a left column.
# ---------------------------------------------------------------------------------------------------

# (title, instructor, level, rating, reviews, hours, minutes, lectures, price, was, bestseller)
COURSES = [
    ("Python for Data Analysis", "Dr. Amina Yusuf", "Beginner", 4.7, 1284, 6, 30, 42, 49.99, 89.99, True),
    ("Practical SQL for Analysts", "Liam Chen", "Beginner", 4.6, 932, 4, 15, 31, 39.99, None, False),
    ("Machine Learning Foundations", "Dr. Amina Yusuf", "Intermediate", 4.8, 2210, 11, 45, 76, 79.99, 129.99, True),
    ("Intro to Web Accessibility", "Sofia Marques", "Beginner", 4.5, 318, 3, 0, 22, None, None, False),
    ("Docker in Production", "Marcus Reid", "Advanced", 4.4, 541, 7, 20, 48, 64.99, None, False),
    ("Statistics Without Tears", "Hannah Okoro", "Beginner", 4.9, 1750, 5, 50, 38, 44.99, 74.99, True),
    ("React Patterns and Performance", "Jonas Weber", "Advanced", 4.3, 402, 8, 10, 55, 69.99, None, False),
    ("Product Management Essentials", "Priya Nair", "Beginner", 4.2, 287, 4, 40, 29, 34.99, None, False),
    ("Excel to Power BI", "Liam Chen", "Intermediate", 4.6, 866, 6, 5, 44, 54.99, 84.99, False),
    ("Kubernetes for Developers", "Marcus Reid", "Intermediate", 4.5, 1023, 9, 35, 61, 74.99, None, True),
    ("UX Research Methods", "Sofia Marques", "Intermediate", 4.7, 455, 5, 15, 33, 59.99, None, False),
    ("Writing Clear Technical Docs", "Eleanor Price", "Beginner", 4.8, 199, 2, 45, 18, None, None, False),
    ("Time Series Forecasting", "Hannah Okoro", "Advanced", 4.6, 377, 7, 55, 47, 84.99, 119.99, False),
    ("Git and GitHub, Properly", "Jonas Weber", "Beginner", 4.7, 2890, 3, 25, 27, 24.99, None, True),
    ("Negotiation Skills for Engineers", "Priya Nair", "Beginner", 4.1, 143, 2, 10, 15, 29.99, None, False),
    ("Deep Learning with PyTorch", "Dr. Amina Yusuf", "Advanced", 4.8, 1567, 14, 20, 92, 94.99, 149.99, True),
    ("Cloud Cost Optimisation", "Marcus Reid", "Intermediate", 4.4, 212, 3, 50, 26, 49.99, None, False),
    ("Figma for Developers", "Sofia Marques", "Beginner", 4.5, 634, 3, 35, 24, 34.99, 54.99, False),
    ("Rust for Pythonistas", "Jonas Weber", "Intermediate", 4.9, 721, 8, 40, 58, 69.99, None, False),
    ("Data Visualisation Principles", "Eleanor Price", "Beginner", 4.6, 508, 4, 5, 30, None, None, False),
    ("Security Basics for Web Apps", "Marcus Reid", "Intermediate", 4.7, 944, 6, 15, 43, 59.99, None, True),
    ("A/B Testing That Works", "Hannah Okoro", "Intermediate", 4.5, 266, 3, 40, 25, 44.99, None, False),
    ("Agile Estimation", "Priya Nair", "Beginner", 4.0, 98, 1, 55, 14, 19.99, None, False),
    ("NLP with Transformers", "Dr. Amina Yusuf", "Advanced", 4.7, 812, 10, 25, 66, 89.99, 139.99, False),
]


def _course_card(index: int, course: tuple[Any, ...]) -> str:
    title, instructor, level, rating, reviews, hours, minutes, lectures, price, was, best = course
    handle = slug(title)
    stars = "★" * round(rating) + "☆" * (5 - round(rating))
    price_html = (
        '<span class="fw-bold fs-5 text-success">Free</span>'
        if price is None
        else f'<span class="fw-bold fs-5">{money(price)}</span>'
        + (f' <del class="text-muted small ms-1">{money(was)}</del>' if was else "")
    )
    duration = f"{hours}h {minutes}m" if minutes else f"{hours}h"
    bestseller = '<span class="badge text-bg-warning ms-1">Bestseller</span>' if best else ""
    return f"""
        <div class="col">
          <div class="card h-100 shadow-sm course-card border-0">
            <img src="/static/img/courses/{handle}-480x270.jpg" class="card-img-top" alt="{esc(title)}" width="480" height="270" loading="lazy">
            <div class="card-body">
              <div class="mb-2"><span class="badge rounded-pill text-bg-light border">{esc(level)}</span>{bestseller}</div>
              <h5 class="card-title fs-6 fw-semibold"><a href="/courses/{handle}/" class="stretched-link link-dark text-decoration-none">{esc(title)}</a></h5>
              <p class="card-text text-body-secondary small mb-1">{esc(instructor)}</p>
              <div class="d-flex align-items-center small mb-1"><span class="fw-bold text-warning-emphasis me-1">{rating}</span><span class="text-warning" aria-hidden="true">{stars}</span><span class="text-body-secondary ms-1">({reviews:,})</span></div>
              <p class="card-text small text-body-secondary mb-0"><i class="bi bi-clock" aria-hidden="true"></i> {duration} &middot; {lectures} lectures</p>
            </div>
            <div class="card-footer bg-transparent border-0 pt-0">{price_html}</div>
          </div>
        </div>"""


def _courses_layout(number: int, pages: int, body: str) -> str:
    def href(n: int) -> str:
        return "/courses/" if n == 1 else f"/courses/page/{n}/"

    items = [
        f'<li class="page-item{" disabled" if number == 1 else ""}"><a class="page-link" href="{href(max(1, number - 1))}" aria-label="Previous"><span aria-hidden="true">&laquo;</span></a></li>'
    ]
    for n in range(1, pages + 1):
        items.append(
            f'<li class="page-item active" aria-current="page"><span class="page-link">{n}</span></li>'
            if n == number
            else f'<li class="page-item"><a class="page-link" href="{href(n)}">{n}</a></li>'
        )
    items.append(
        f'<li class="page-item{" disabled" if number == pages else ""}"><a class="page-link" href="{href(min(pages, number + 1))}" aria-label="Next"><span aria-hidden="true">&raquo;</span></a></li>'
    )
    levels = "".join(
        f'<div class="form-check"><input class="form-check-input" type="checkbox" value="{slug(lv)}" id="level-{slug(lv)}"><label class="form-check-label" for="level-{slug(lv)}">{lv} <span class="text-body-secondary">({sum(1 for c in COURSES if c[2] == lv)})</span></label></div>'
        for lv in ("Beginner", "Intermediate", "Advanced")
    )
    return f"""<!doctype html>
<html lang="en" data-bs-theme="light">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>All courses{"" if number == 1 else f" – page {number}"} | Learnwell</title>
  <link href="https://cdn.jsdelivr.test/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet">
  <link rel="stylesheet" href="https://cdn.jsdelivr.test/npm/bootstrap-icons@1.11.3/font/bootstrap-icons.min.css">
</head>
<body>
  <nav class="navbar navbar-expand-lg bg-body-tertiary border-bottom">
    <div class="container">
      <a class="navbar-brand fw-bold" href="/">Learnwell</a>
      <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
      <div class="collapse navbar-collapse" id="mainNav">
        <ul class="navbar-nav me-auto mb-2 mb-lg-0">
          <li class="nav-item"><a class="nav-link active" aria-current="page" href="/courses/">Courses</a></li>
          <li class="nav-item"><a class="nav-link" href="/paths/">Learning paths</a></li>
          <li class="nav-item"><a class="nav-link" href="/teams/">For teams</a></li>
          <li class="nav-item"><a class="nav-link" href="/teach/">Teach</a></li>
        </ul>
        <form class="d-flex" role="search"><input class="form-control me-2" type="search" placeholder="Search courses" aria-label="Search"><button class="btn btn-outline-primary" type="submit">Search</button></form>
      </div>
    </div>
  </nav>
  <div class="container py-4">
    <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item active" aria-current="page">Courses</li></ol></nav>
    <div class="row">
      <div class="col-lg-3 mb-4">
        <h2 class="h6 text-uppercase text-body-secondary">Level</h2>
        {levels}
        <h2 class="h6 text-uppercase text-body-secondary mt-4">Price</h2>
        <div class="form-check"><input class="form-check-input" type="checkbox" id="price-free"><label class="form-check-label" for="price-free">Free</label></div>
        <div class="form-check"><input class="form-check-input" type="checkbox" id="price-paid"><label class="form-check-label" for="price-paid">Paid</label></div>
      </div>
      <div class="col-lg-9">
        <div class="d-flex justify-content-between align-items-center mb-3"><h1 class="h4 mb-0">All courses</h1><span class="text-body-secondary small">{len(COURSES)} courses</span></div>
        <div class="row row-cols-1 row-cols-md-2 row-cols-xl-3 g-4">
{body}
        </div>
        <nav class="mt-4" aria-label="Course pages"><ul class="pagination justify-content-center">{"".join(items)}</ul></nav>
      </div>
    </div>
  </div>
  <footer class="bg-dark text-white-50 py-5 mt-5">
    <div class="container"><div class="row">
      <div class="col-md-4"><h5 class="text-white">Learnwell</h5><p class="small">Practical courses taught by people who do the work.</p></div>
      <div class="col-md-4"><ul class="list-unstyled small"><li><a class="link-light" href="/about/">About</a></li><li><a class="link-light" href="/careers/">Careers</a></li><li><a class="link-light" href="/help/">Help centre</a></li></ul></div>
      <div class="col-md-4"><ul class="list-unstyled small"><li><a class="link-light" href="/terms/">Terms</a></li><li><a class="link-light" href="/privacy/">Privacy</a></li><li><a class="link-light" href="/cookies/">Cookies</a></li></ul></div>
    </div></div>
  </footer>
  <script src="https://cdn.jsdelivr.test/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script>
</body>
</html>"""


@held_out
def build_learnwell() -> None:
    s = Site(
        "learnwell",
        kind="course catalogue (Bootstrap card grid)",
        start="courses/",
        description="Held out. Online courses in a Bootstrap 5 card grid.",
    )
    pages = chunks(list(enumerate(COURSES)), [9, 9, 6])
    for number, courses in enumerate(pages, 1):
        body = "".join(_course_card(i, c) for i, c in courses)
        s.list_page(
            "courses/index.html" if number == 1 else f"courses/page/{number}/index.html",
            _courses_layout(number, len(pages), body),
        )
    for title, instructor, level, rating, reviews, hours, minutes, lectures, price, was, _best in COURSES:
        s.expect(
            {
                "title": title,
                "url": f"/courses/{slug(title)}/",
                "instructor": instructor,
                "level": level,
                "rating": rating,
                "review_count": reviews,
                "duration": f"{hours}h {minutes}m" if minutes else f"{hours}h",
                "lectures": lectures,
                "price": price,
                "currency": "USD" if price is not None else None,
                "original_price": was,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# werkbank: a German tool shop on Magento 2 (Luma): product-item-info blocks, prices "1.249,00 €"
# in special-price/old-price boxes with data-price-amount, rating as a percentage ("87%"), review
# counts "12 Bewertungen", add-to-cart forms, wishlist/compare links, a layered-navigation sidebar.
# ---------------------------------------------------------------------------------------------------

# (title, price, was, rating percent, reviews)
TOOLS = [
    ("Akku-Bohrschrauber 18V Brushless", 149.00, 179.00, 92, 48),
    ("Schlagbohrmaschine 850W", 89.90, None, 84, 21),
    ("Kappsäge mit Zugfunktion 254 mm", 399.00, None, 88, 17),
    ("Werkstattwagen 7 Schubladen, bestückt", 1249.00, 1499.00, 95, 9),
    ("Winkelschleifer 125 mm", 59.95, None, 80, 63),
    ("Stichsäge Pendelhub 650W", 74.50, None, None, None),
    ("Laser-Entfernungsmesser 50 m", 49.99, 64.99, 86, 34),
    ("Bit-Set 100-teilig", 24.95, None, 90, 112),
    ("Kompressor 50 l, 10 bar", 289.00, None, 78, 14),
    ("Tischkreissäge 1800W", 529.00, 599.00, 91, 26),
    ("Multifunktionswerkzeug Oszillierend", 99.00, None, 83, 40),
    ("Schraubstock Guss 125 mm", 39.90, None, None, None),
    ("Akku-Schlagschrauber 18V", 179.00, None, 94, 57),
    ("Nass-Trockensauger 30 l", 119.00, 139.00, 87, 72),
    ("Drehmomentschlüssel 40–200 Nm", 64.90, None, 89, 45),
    ("Hobelbank Buche 150 cm", 1089.00, None, 97, 6),
    ("Bandschleifer 900W", 109.00, None, 81, 19),
    ("Wasserwaage 100 cm", 19.99, None, 93, 88),
    ("Oberfräse 1200W", 159.00, 189.00, 85, 23),
    ("Knarrenkasten 94-teilig", 84.95, None, 90, 131),
    ("Heißluftpistole 2000W", 34.99, None, 82, 54),
    ("Säbelsäge Akku 18V", 129.00, None, None, None),
    ("Schweißgerät Inverter 160 A", 2149.00, 2399.00, 96, 11),
    ("Exzenterschleifer 125 mm", 79.00, None, 88, 39),
    ("Zollstock Holz 2 m", 7.49, None, 91, 204),
    ("Spannzangen-Set 12-teilig", 29.90, None, 79, 8),
]


def _euro_de(amount: float) -> str:
    return f"{money(amount, '', '.', ',')}\u00a0€"


def _tool_item(index: int, tool: tuple[Any, ...]) -> str:
    title, price, was, rating, reviews = tool
    product_id = 1423 + index * 17
    handle = slug(title)
    url = f"/de/{handle}.html"
    if was:
        prices = f"""<span class="special-price"><span class="price-container price-final_price tax weee"><span class="price-label">Sonderpreis</span> <span id="product-price-{product_id}" data-price-amount="{price:g}" data-price-type="finalPrice" class="price-wrapper "><span class="price">{_euro_de(price)}</span></span></span></span>
<span class="old-price"><span class="price-container price-final_price tax weee"><span class="price-label">Regulärer Preis</span> <span id="old-price-{product_id}" data-price-amount="{was:g}" data-price-type="oldPrice" class="price-wrapper "><span class="price">{_euro_de(was)}</span></span></span></span>"""
    else:
        prices = f"""<span class="normal-price"><span class="price-container price-final_price tax weee"><span id="product-price-{product_id}" data-price-amount="{price:g}" data-price-type="finalPrice" class="price-wrapper "><span class="price">{_euro_de(price)}</span></span></span></span>"""
    review_html = (
        f"""<div class="product-reviews-summary short"><div class="rating-summary"><span class="label"><span>Bewertung:</span></span><div class="rating-result" id="rating-result_{product_id}" title="{rating}%"><span style="width:{rating}%"><span>{rating}%</span></span></div></div><div class="reviews-actions"><a class="action view" href="{url}#reviews">{reviews}&nbsp;<span>Bewertungen</span></a></div></div>"""
        if rating is not None
        else ""
    )
    return f"""
<li class="item product product-item">
<div class="product-item-info" id="product-item-info_{product_id}" data-container="product-grid">
<a href="{url}" class="product photo product-item-photo" tabindex="-1"><span class="product-image-container product-image-container-{product_id}" style="width: 240px;"><span class="product-image-wrapper" style="padding-bottom: 125%;"><img class="product-image-photo" src="/media/catalog/product/cache/3f1a9c/{handle[0]}/{handle[1]}/{handle}.jpg" loading="lazy" width="240" height="300" alt="{esc(title)}"></span></span></a>
<div class="product details product-item-details">
<strong class="product name product-item-name"><a class="product-item-link" href="{url}">{esc(title)}</a></strong>
{review_html}
<div class="price-box price-final_price" data-role="priceBox" data-product-id="{product_id}" data-price-box="product-id-{product_id}">{prices}</div>
<div class="price-details"><span class="tax-details">inkl. 19% MwSt., zzgl. <a href="/de/versand">Versandkosten</a></span></div>
<div class="product-item-inner"><div class="product actions product-item-actions">
<div class="actions-primary"><form data-role="tocart-form" data-product-sku="WB-{product_id}" action="/de/checkout/cart/add/uenc/aHR0cHM6Ly93ZXJrYmFuay50ZXN0/product/{product_id}/" method="post"><input type="hidden" name="product" value="{product_id}"><input name="form_key" type="hidden" value="Xq2kLp9sWc"><button type="submit" title="In den Warenkorb" class="action tocart primary"><span>In den Warenkorb</span></button></form></div>
<div data-role="add-to-links" class="actions-secondary"><a href="#" class="action towishlist" title="Auf die Wunschliste" aria-label="Auf die Wunschliste" data-post='{{"action":"\\/de\\/wishlist\\/index\\/add\\/","data":{{"product":{product_id}}}}}' data-action="add-to-wishlist" role="button"><span>Auf die Wunschliste</span></a><a href="#" class="action tocompare" title="Vergleichen" aria-label="Vergleichen" data-post='{{"action":"\\/de\\/catalog\\/product_compare\\/add\\/","data":{{"product":"{product_id}"}}}}' role="button"><span>Vergleichen</span></a></div>
</div></div>
</div>
</div>
</li>"""


def _tools_layout(number: int, pages: int, body: str, first: int, last: int) -> str:
    def href(n: int) -> str:
        return "/de/werkzeuge.html" if n == 1 else f"/de/werkzeuge/seite-{n}.html"

    items = []
    if number > 1:
        items.append(
            f'<li class="item pages-item-previous"><a class="action  previous" href="{href(number - 1)}" title="Zurück"><span class="label">Seite</span><span>Zurück</span></a></li>'
        )
    for n in range(1, pages + 1):
        items.append(
            f'<li class="item current"><strong class="page"><span class="label">Sie lesen gerade Seite</span><span>{n}</span></strong></li>'
            if n == number
            else f'<li class="item"><a href="{href(n)}" class="page"><span class="label">Seite</span><span>{n}</span></a></li>'
        )
    if number < pages:
        items.append(
            f'<li class="item pages-item-next"><a class="action  next" href="{href(number + 1)}" title="Weiter"><span class="label">Seite</span><span>Weiter</span></a></li>'
        )
    toolbar = f"""<div class="toolbar toolbar-products"><p class="toolbar-amount" id="toolbar-amount">Artikel <span class="toolbar-number">{first}</span>-<span class="toolbar-number">{last}</span> von <span class="toolbar-number">{len(TOOLS)}</span></p>
<div class="pages"><strong class="label pages-label" id="paging-label">Seite</strong><ul class="items pages-items" aria-labelledby="paging-label">{"".join(items)}</ul></div>
<div class="toolbar-sorter sorter"><label class="sorter-label" for="sorter">Sortieren nach</label><select id="sorter" data-role="sorter" class="sorter-options"><option value="position" selected="selected">Position</option><option value="name">Produktname</option><option value="price">Preis</option></select></div></div>"""
    filters = "".join(
        f'<li class="item"><a href="/de/werkzeuge.html?preis={lo}-{hi}" rel="nofollow"><span class="price">{_euro_de(lo)}</span> - <span class="price">{_euro_de(hi - 0.01)}</span><span class="count">{n}<span class="filter-count-label">Artikel</span></span></a></li>'
        for lo, hi, n in ((0, 100, 11), (100, 200, 7), (200, 1000, 4), (1000, 3000, 4))
    )
    return f"""<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Werkzeuge{"" if number == 1 else f" - Seite {number}"} | Werkbank Profi-Shop</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" type="text/css" media="all" href="/static/version1709/frontend/Magento/luma/de_DE/css/styles-m.css">
<script type="text/x-magento-init">{{"*":{{"Magento_PageCache/js/form-key-provider":{{}}}}}}</script>
</head>
<body data-container="body" class="page-with-filter page-products categorypath-werkzeuge category-werkzeuge catalog-category-view page-layout-2columns-left">
<div class="page-wrapper">
<header class="page-header"><div class="panel wrapper"><div class="panel header"><ul class="header links"><li class="greet welcome"><span class="not-logged-in">Willkommen bei Werkbank!</span></li><li class="authorization-link"><a href="/de/customer/account/login/">Anmelden</a></li><li><a href="/de/customer/account/create/">Konto erstellen</a></li></ul></div></div>
<div class="header content"><a class="logo" href="/de/" title="Werkbank"><img src="/static/frontend/logo.svg" alt="Werkbank" width="170" height="40"></a>
<div data-block="minicart" class="minicart-wrapper"><a class="action showcart" href="/de/checkout/cart/"><span class="text">Mein Warenkorb</span><span class="counter qty empty"><span class="counter-number">0</span></span></a></div>
<div class="block block-search"><form class="form minisearch" id="search_mini_form" action="/de/catalogsearch/result/" method="get"><input id="search" type="text" name="q" placeholder="Gesamten Shop hier durchsuchen..." class="input-text"><button type="submit" title="Suche" class="action search"><span>Suche</span></button></form></div></div></header>
<div class="sections nav-sections"><nav class="navigation" data-action="navigation"><ul data-mage-init='{{"menu":{{}}}}'><li class="level0 nav-1 category-item first level-top"><a href="/de/elektrowerkzeuge.html" class="level-top"><span>Elektrowerkzeuge</span></a></li><li class="level0 nav-2 category-item level-top"><a href="/de/handwerkzeuge.html" class="level-top"><span>Handwerkzeuge</span></a></li><li class="level0 nav-3 category-item level-top"><a href="/de/werkstatt.html" class="level-top"><span>Werkstatt</span></a></li><li class="level0 nav-4 category-item last level-top"><a href="/de/angebote.html" class="level-top"><span>Angebote</span></a></li></ul></nav></div>
<div class="breadcrumbs"><ul class="items"><li class="item home"><a href="/de/" title="Zur Startseite">Startseite</a></li><li class="item category"><strong>Werkzeuge</strong></li></ul></div>
<main id="maincontent" class="page-main">
<div class="page-title-wrapper"><h1 class="page-title" id="page-title-heading"><span class="base" data-ui-id="page-title-wrapper">Werkzeuge</span></h1></div>
<div class="columns"><div class="column main">
{toolbar}
<div class="products wrapper grid products-grid"><ol class="products list items product-items">
{body}
</ol></div>
{toolbar}
</div>
<div class="sidebar sidebar-main"><div class="block filter" id="layered-filter-block"><div class="block-title filter-title"><strong>Filtern nach</strong></div><div class="block-content filter-content"><strong role="heading" aria-level="2" class="block-subtitle filter-subtitle">Einkaufsoptionen</strong><dl class="filter-options" id="narrow-by-list"><dt role="heading" aria-level="3" class="filter-options-title">Preis</dt><dd class="filter-options-content"><ol class="items">{filters}</ol></dd></dl></div></div></div>
</div>
</main>
<footer class="page-footer"><div class="footer content"><ul class="footer links"><li class="nav item"><a href="/de/impressum">Impressum</a></li><li class="nav item"><a href="/de/datenschutz">Datenschutz</a></li><li class="nav item"><a href="/de/agb">AGB</a></li><li class="nav item"><a href="/de/widerruf">Widerrufsbelehrung</a></li></ul></div></footer>
<small class="copyright"><span>Copyright © 2026 Werkbank GmbH. Alle Rechte vorbehalten.</span></small>
</div>
</body>
</html>"""


@held_out
def build_werkbank() -> None:
    s = Site(
        "werkbank",
        kind="product catalogue (Magento 2, German locale)",
        start="de/werkzeuge.html",
        description="Held out. A German tool shop on Magento 2.",
    )
    pages = chunks(list(enumerate(TOOLS)), [12, 12, 2])
    first = 1
    for number, tools in enumerate(pages, 1):
        body = "".join(_tool_item(i, t) for i, t in tools)
        last = first + len(tools) - 1
        path = "de/werkzeuge.html" if number == 1 else f"de/werkzeuge/seite-{number}.html"
        s.list_page(path, _tools_layout(number, len(pages), body, first, last))
        first = last + 1
    for title, price, was, rating, reviews in TOOLS:
        handle = slug(title)
        s.expect(
            {
                "title": title,
                "url": f"/de/{handle}.html",
                "price": price,
                "currency": "EUR",
                "original_price": was,
                "rating": rating,
                "review_count": reviews,
                "image": f"/media/catalog/product/cache/3f1a9c/{handle[0]}/{handle[1]}/{handle}.jpg",
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# tenderwatch: a public procurement notice search on the GOV.UK design system: each result is a
# div of a heading link, the buyer, a description and "<strong>Label</strong> value" entries (stage,
# notice type, location, value, closing and published dates); value missing on some notices.
# ---------------------------------------------------------------------------------------------------

# (title, buyer, description, stage, notice type, location, value, closing, published)
NOTICES = [
    (
        "Grounds Maintenance Services 2026-2029",
        "Eastmoor District Council",
        "Grass cutting, shrub bed maintenance and litter picking across parks, cemeteries and housing land.",
        "Tender",
        "UK4: Tender notice",
        "North West England",
        1250000,
        "2026-04-14",
        "2026-03-03",
    ),
    (
        "Supply of School Catering Equipment",
        "Valebridge Academies Trust",
        "Framework for the supply, installation and maintenance of commercial kitchen equipment for 14 schools.",
        "Tender",
        "UK4: Tender notice",
        "South West England",
        480000,
        "2026-04-02",
        "2026-03-03",
    ),
    (
        "Independent Audit of Pension Fund Accounts",
        "Northshire County Council",
        "External audit of the pension fund's annual accounts for three years with an option to extend by two.",
        "Tender",
        "UK4: Tender notice",
        "Yorkshire and the Humber",
        210000,
        "2026-03-30",
        "2026-03-02",
    ),
    (
        "Digital Case Management System",
        "Harbourside Police and Crime Commissioner",
        "A cloud-hosted case management system for victim support services, including migration and training.",
        "Tender",
        "UK4: Tender notice",
        "Wales",
        None,
        "2026-04-20",
        "2026-03-02",
    ),
    (
        "Highways Winter Gritting Fleet Hire",
        "Fellgate Borough Council",
        "Hire of six gritting vehicles with maintenance for the winter seasons 2026 to 2028.",
        "Planning",
        "UK2: Preliminary market engagement notice",
        "North East England",
        900000,
        "2026-03-27",
        "2026-03-01",
    ),
    (
        "Library Book Supply Framework",
        "Central Libraries Consortium",
        "Supply of adult and children's books, servicing and shelf-ready processing for 41 library services.",
        "Tender",
        "UK4: Tender notice",
        "East Midlands",
        6400000,
        "2026-04-09",
        "2026-02-28",
    ),
    (
        "Community Transport Minibus Service",
        "Rushford Town Council",
        "Door-to-door accessible minibus service for residents over 70, three days a week.",
        "Tender",
        "UK4: Tender notice",
        "East of England",
        96000,
        "2026-03-25",
        "2026-02-27",
    ),
    (
        "Retrofit of Social Housing: Insulation Works",
        "Kingsmere Homes",
        "External wall insulation and loft top-ups to 320 homes under the social housing decarbonisation fund.",
        "Tender",
        "UK4: Tender notice",
        "West Midlands",
        3800000,
        "2026-04-17",
        "2026-02-27",
    ),
    (
        "Occupational Health Services",
        "Southvale NHS Foundation Trust",
        "Pre-employment screening, immunisations and management referrals for around 6,000 staff.",
        "Award",
        "UK6: Contract award notice",
        "South East England",
        540000,
        "2026-03-20",
        "2026-02-26",
    ),
    (
        "Museum Collection Storage Racking",
        "Westford Museums Trust",
        "Design, supply and installation of mobile racking for a new collections store.",
        "Tender",
        "UK4: Tender notice",
        "South West England",
        175000,
        "2026-04-06",
        "2026-02-26",
    ),
    (
        "Translation and Interpreting Services",
        "Metropolitan Borough of Canalside",
        "Face-to-face, telephone and video interpreting and written translation in over 60 languages.",
        "Tender",
        "UK4: Tender notice",
        "London",
        None,
        "2026-04-01",
        "2026-02-25",
    ),
    (
        "Electric Vehicle Charge Points in Car Parks",
        "Ambleton District Council",
        "Concession to install and operate public charge points in 11 council car parks.",
        "Planning",
        "UK2: Preliminary market engagement notice",
        "North West England",
        None,
        "2026-03-31",
        "2026-02-24",
    ),
    (
        "Leisure Centre Pool Hall Refurbishment",
        "Brookfield City Council",
        "Replacement of pool hall roof, ventilation and tiling at Brookfield Leisure Centre.",
        "Tender",
        "UK4: Tender notice",
        "Yorkshire and the Humber",
        2750000,
        "2026-04-22",
        "2026-02-24",
    ),
    (
        "Mental Health Peer Support Service",
        "Northshire Integrated Care Board",
        "Peer support for adults discharged from inpatient mental health care, delivered by a voluntary sector partner.",
        "Tender",
        "UK4: Tender notice",
        "Yorkshire and the Humber",
        1120000,
        "2026-04-13",
        "2026-02-23",
    ),
    (
        "Street Lighting LED Upgrade Phase 3",
        "Fellgate Borough Council",
        "Replacement of 4,200 sodium lanterns with LED units and a central management system.",
        "Award",
        "UK6: Contract award notice",
        "North East England",
        1930000,
        "2026-03-18",
        "2026-02-20",
    ),
    (
        "Legal Services Panel",
        "Valebridge Academies Trust",
        "Panel of firms for employment, property and education law advice.",
        "Tender",
        "UK4: Tender notice",
        "South West England",
        300000,
        "2026-03-29",
        "2026-02-20",
    ),
    (
        "Cleaning of Council Offices",
        "Rushford Town Council",
        "Daily cleaning of the town hall and two satellite offices, including window cleaning twice a year.",
        "Tender",
        "UK4: Tender notice",
        "East of England",
        68000,
        "2026-03-23",
        "2026-02-19",
    ),
    (
        "Flood Defence Maintenance Works",
        "Lowfen Internal Drainage Board",
        "Vegetation clearance, bank repairs and pump station servicing along 38 km of watercourse.",
        "Tender",
        "UK4: Tender notice",
        "East of England",
        640000,
        "2026-04-08",
        "2026-02-18",
    ),
    (
        "School Transport Routes 2026",
        "Northshire County Council",
        "Home-to-school transport on 27 routes from September 2026, in lots by area.",
        "Tender",
        "UK4: Tender notice",
        "Yorkshire and the Humber",
        None,
        "2026-04-15",
        "2026-02-17",
    ),
    (
        "Archive Digitisation Services",
        "Westford Museums Trust",
        "Scanning and metadata capture of 120,000 photographs and glass plate negatives.",
        "Planning",
        "UK2: Preliminary market engagement notice",
        "South West England",
        150000,
        "2026-03-26",
        "2026-02-16",
    ),
    (
        "Housing Repairs Call Centre",
        "Kingsmere Homes",
        "Out-of-hours repairs reporting and emergency call handling for 18,000 tenants.",
        "Tender",
        "UK4: Tender notice",
        "West Midlands",
        720000,
        "2026-04-03",
        "2026-02-13",
    ),
    (
        "Parks Café Concession",
        "Brookfield City Council",
        "Ten-year concession to run cafés in Brookfield Park and the Botanical Gardens.",
        "Tender",
        "UK4: Tender notice",
        "Yorkshire and the Humber",
        None,
        "2026-04-10",
        "2026-02-12",
    ),
]


def _notice(index: int, notice: tuple[Any, ...]) -> str:
    title, buyer, description, stage, kind, location, value, closing, published = notice
    notice_id = f"{4812 - index * 37:06d}-2026"
    close = date.fromisoformat(closing)
    pub = date.fromisoformat(published)
    value_html = f'<div class="search-result-entry"><strong>Value</strong> £{value:,}</div>' if value else ""
    return f"""
<div class="search-result">
  <div class="search-result-header" title="{esc(title)}"><h2 class="govuk-heading-m"><a class="govuk-link" href="/Notice/{notice_id}">{esc(title)}</a></h2></div>
  <div class="search-result-sub-header wrap-text">{esc(buyer)}</div>
  <div class="search-result-body govuk-body wrap-text">{esc(description)}</div>
  <div class="search-result-entry"><strong>Procurement stage</strong> {esc(stage)}</div>
  <div class="search-result-entry"><strong>Notice type</strong> {esc(kind)}</div>
  <div class="search-result-entry"><strong>Location</strong> {esc(location)}</div>
  {value_html}
  <div class="search-result-entry"><strong>Closing</strong> {close.day} {close:%B %Y}, 12:00pm</div>
  <div class="search-result-entry"><strong>Published</strong> {pub.day} {pub:%B %Y}, {9 + index % 8}:{(index * 13) % 60:02d}am</div>
</div>"""


def _notices_layout(number: int, pages: int, body: str) -> str:
    def href(n: int) -> str:
        return "/Search/Results/" if n == 1 else f"/Search/Results/page-{n}/"

    prev = (
        f'<div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link" href="{href(number - 1)}" rel="prev"><svg class="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13"><path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449z"></path></svg><span class="govuk-pagination__link-title">Previous<span class="govuk-visually-hidden"> page</span></span></a></div>'
        if number > 1
        else ""
    )
    nxt = (
        f'<div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="{href(number + 1)}" rel="next"><span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> page</span></span><svg class="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13"><path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.2926h-11.986v2h11.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062z"></path></svg></a></div>'
        if number < pages
        else ""
    )
    items = "".join(
        f'<li class="govuk-pagination__item{" govuk-pagination__item--current" if n == number else ""}"><a class="govuk-link govuk-pagination__link" href="{href(n)}" aria-label="Page {n}"{" aria-current=page" if n == number else ""}>{n}</a></li>'
        for n in range(1, pages + 1)
    )
    stages = "".join(
        f'<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="stage-{slug(st)}" name="stage" type="checkbox" value="{slug(st)}"><label class="govuk-label govuk-checkboxes__label" for="stage-{slug(st)}">{st}</label></div>'
        for st in ("Planning", "Tender", "Award", "Contract")
    )
    return f"""<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>Search results{"" if number == 1 else f" (page {number} of {pages})"} - Tenderwatch - GOV.UK</title>
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <link href="/assets/stylesheets/application.css" rel="stylesheet">
</head>
<body class="govuk-template__body">
  <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
  <header class="govuk-header" role="banner" data-module="govuk-header">
    <div class="govuk-header__container govuk-width-container">
      <div class="govuk-header__logo"><a href="/" class="govuk-header__link govuk-header__link--homepage">GOV.UK</a></div>
      <div class="govuk-header__content"><a href="/" class="govuk-header__link govuk-header__service-name">Tenderwatch</a>
        <nav aria-label="Menu" class="govuk-header__navigation"><ul id="navigation" class="govuk-header__navigation-list"><li class="govuk-header__navigation-item govuk-header__navigation-item--active"><a class="govuk-header__link" href="/Search/Results/">Search notices</a></li><li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/Publish/">Publish a notice</a></li><li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/Alerts/">Email alerts</a></li><li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/Account/Login">Sign in</a></li></ul></nav>
      </div>
    </div>
  </header>
  <div class="govuk-width-container">
    <div class="govuk-phase-banner"><p class="govuk-phase-banner__content"><strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-banner__text">This is a new service. <a class="govuk-link" href="/feedback">Give feedback</a>.</span></p></div>
    <main class="govuk-main-wrapper" id="main-content" role="main">
      <h1 class="govuk-heading-l">Search results</h1>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-third">
          <form action="/Search/Results/" method="get" novalidate>
            <div class="govuk-form-group"><label class="govuk-label govuk-label--s" for="keywords">Keywords</label><input class="govuk-input" id="keywords" name="keywords" type="text"></div>
            <div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Procurement stage</legend><div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">{stages}</div></fieldset></div>
            <button type="submit" class="govuk-button" data-module="govuk-button">Update results</button>
          </form>
        </div>
        <div class="govuk-grid-column-two-thirds">
          <p class="govuk-body">{len(NOTICES)} notices found</p>
          <div class="search-results">
{body}
          </div>
          <nav class="govuk-pagination" role="navigation" aria-label="Pagination">{prev}<ul class="govuk-pagination__list">{items}</ul>{nxt}</nav>
        </div>
      </div>
    </main>
  </div>
  <footer class="govuk-footer" role="contentinfo">
    <div class="govuk-width-container"><div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow"><h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list"><li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/help">Help</a></li><li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/accessibility">Accessibility statement</a></li><li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/cookies">Cookies</a></li><li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/privacy">Privacy</a></li></ul><span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="https://www.nationalarchives.test/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>, except where otherwise stated</span></div><div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo" href="https://www.nationalarchives.test/">© Crown copyright</a></div></div></div>
  </footer>
</body>
</html>"""


@held_out
def build_tenderwatch() -> None:
    s = Site(
        "tenderwatch",
        kind="public procurement notices (GOV.UK design system)",
        start="Search/Results/",
        description="Held out. Procurement notice search results.",
    )
    pages = chunks(list(enumerate(NOTICES)), [8, 8, 6])
    for number, notices in enumerate(pages, 1):
        body = "".join(_notice(i, n) for i, n in notices)
        s.list_page(
            "Search/Results/index.html" if number == 1 else f"Search/Results/page-{number}/index.html",
            _notices_layout(number, len(pages), body),
        )
    for index, (title, buyer, description, stage, kind, location, value, closing, published) in enumerate(NOTICES):
        s.expect(
            {
                "title": title,
                "url": f"/Notice/{4812 - index * 37:06d}-2026",
                "buyer": buyer,
                "description": description,
                "stage": stage,
                "notice_type": kind,
                "location": location,
                "value": value,
                "currency": "GBP" if value else None,
                "closing_date": closing,
                "published_date": published,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the held-out sites of this wave."""
    for name, build in HELD_OUT.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind']:58} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
