"""Twentieth wave: three copies of the public scraping sandbox webscraper.io "test sites" (e-commerce),
as the Laravel app serves them in 2024–25, written and measured before any heuristic was changed for them.
The three share the whole page (the webscraper.io header and footer, the "Test Sites" hero, the side
menu of categories, the cookie box) and differ in how the products reach the page.

* **wsshop-static** — ``/test-sites/e-commerce/static/computers/tablets``: server-rendered cards
  (``div.col-md-4 > div.card.thumbnail[itemscope Product] > div.product-wrapper.card-body``: the
  ``cart2.png`` image, ``h4.price[itemprop=offers] > span[itemprop=price]`` "$96.99" + a
  ``priceCurrency`` meta, ``h4 > a.title`` whose ``title`` holds the full name while the text is cut
  to 14 characters + "...", ``p.description``, ``p.review-count`` "<span itemprop=reviewCount>7</span>
  reviews", ``p[data-rating=N]`` with N ``ws-icon-star`` spans), six a page, and Laravel's Bootstrap
  pager (``‹`` disabled, the active page a ``span``, ``?page=N`` links, ``›`` with ``rel=next``).
  21 tablets on 4 pages. The real pager's links are absolute to webscraper.io; here they are
  root-relative so that the copy stays on its own host.
* **wsshop-more** — ``/test-sites/e-commerce/more/computers/laptops``: the page sends no card at all,
  only ``div.row.ecomerce-items.ecomerce-items-more[data-items]`` holding *every* product of the
  category as JSON (``id``, ``title``, ``description``, ``price`` as a string) escaped in the
  attribute, and an ``a.ecomerce-items-scroll-more`` "More" button. The bundle ``/js/app.js?id=…``
  draws six cards (the same card as above, linked to ``/test-sites/e-commerce/more/product/<id>``)
  and six more on each click. The review count and the stars are not in the data: the script
  derives them (``Math.round(parseInt(title, 36)) % 15`` reviews, as the real bundle does, so every
  product whose name starts with the same word has the same count; the stars from the description the
  same way). 30 laptops.
* **wsshop-scroll** — ``/test-sites/e-commerce/scroll/phones/touch``: the same with
  ``ecomerce-items-scroll`` and no button: six more cards each time the window is scrolled to the
  bottom. 24 phones, three of them named just "Iphone" (Black, White, Silver).

Written down: title (the full name), url, price, currency, description, rating, review_count.

Run ``uv run python tests/sites/corpus/generate_twentieth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, esc
from generate_twentieth_pages import APP_CSS, APP_JS, CSS_PATH, JS_PATH, page

TWENTIETH: dict[str, Callable[[], None]] = {}

#: name, price, description, reviews, stars (the static variant's own data).
Tablet = tuple[str, float, str, int, int]
#: name, price, description (the script-drawn variants derive reviews and stars).
Item = tuple[str, float, str]


def twentieth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTIETH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def short_title(name: str) -> str:
    """The card's link text: Laravel's ``Str::limit($title, 14)`` (cut, right-trimmed, '...')."""
    return name if len(name) <= 14 else name[:14].rstrip() + "..."


def js_parse_int36(text: str) -> int:
    """JavaScript's ``Math.round(parseInt(text, 36))``: the leading base-36 digits, as a double."""
    run = re.match(r"\s*([0-9A-Za-z]+)", text)
    assert run and len(run.group(1)) <= 10, text  # no NaN, and exact in a double
    return int(float(int(run.group(1), 36)))


def js_reviews(title: str) -> int:
    return int(math.fmod(js_parse_int36(title), 15))


def js_stars(description: str) -> int:
    return int(math.fmod(js_parse_int36(description), 5)) + 1


def ids(base: int, count: int, step: int) -> list[int]:
    """Database ids in insertion order, which is not the price order the list is sorted by."""
    return [base + (i * step) % count for i in range(count)]


def card(variant: str, number: int, name: str, price: float, description: str, reviews: int, stars: int) -> str:
    """One product card as the Blade partial renders it."""
    star_spans = "\n".join(
        '                                        <span class="ws-icon ws-icon-star"></span>' for _ in range(stars)
    )
    return f"""
<div class="col-md-4 col-xl-4 col-lg-4">
    <div class="card thumbnail" itemscope itemtype="https://schema.org/Product">
        <div class="product-wrapper card-body">
            <img class="img-fluid card-img-top image img-responsive" alt="item" src="/images/test-sites/e-commerce/items/cart2.png" itemprop="image">
            <div class="caption">
                <h4 class="price float-end card-title pull-right" itemprop="offers" itemscope itemtype="https://schema.org/Offer">
                    <span itemprop="price">${price:.2f}</span>
                    <meta itemprop="priceCurrency" content="USD">
                </h4>
                <h4>
                    <a href="/test-sites/e-commerce/{variant}/product/{number}" class="title" title="{esc(name)}" itemprop="name">
                        {esc(short_title(name))}
                    </a>
                </h4>
                <p class="description card-text" itemprop="description">{esc(description)}</p>

            </div>
            <div class="ratings" itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">
                <p class="review-count float-end">
                    <span itemprop="reviewCount">{reviews}</span> reviews
                </p>
                <p data-rating="{stars}">
{star_spans}
                                    </p>
            </div>
        </div>
    </div>
</div>"""


def pager(base: str, current: int, last: int) -> str:
    """Laravel's ``pagination::bootstrap-4`` view (every page listed: fewer than fourteen)."""
    items = []
    if current == 1:
        items.append(
            '<li class="page-item disabled" aria-disabled="true" aria-label="&laquo; Previous">\n                <span class="page-link" aria-hidden="true">&lsaquo;</span>\n            </li>'
        )
    else:
        items.append(
            f'<li class="page-item">\n                <a class="page-link" href="{base}?page={current - 1}" rel="prev" aria-label="&laquo; Previous">&lsaquo;</a>\n            </li>'
        )
    for number in range(1, last + 1):
        if number == current:
            items.append(
                f'<li class="page-item active" aria-current="page"><span class="page-link">{number}</span></li>'
            )
        else:
            items.append(f'<li class="page-item"><a class="page-link" href="{base}?page={number}">{number}</a></li>')
    if current == last:
        items.append(
            '<li class="page-item disabled" aria-disabled="true" aria-label="Next &raquo;">\n                <span class="page-link" aria-hidden="true">&rsaquo;</span>\n            </li>'
        )
    else:
        items.append(
            f'<li class="page-item">\n                <a class="page-link" href="{base}?page={current + 1}" rel="next" aria-label="Next &raquo;">&rsaquo;</a>\n            </li>'
        )
    joined = "\n                    ".join(items)
    return f"""<nav>
        <ul class="pagination">
            {joined}
        </ul>
    </nav>"""


def write_assets(s: Site) -> None:
    s.write(JS_PATH, APP_JS)
    s.write(CSS_PATH, APP_CSS)


# ---------------------------------------------------------------------------------------------------
# wsshop-static: server-rendered tablets, six a page, Laravel pagination.
# ---------------------------------------------------------------------------------------------------

# fmt: off
TABLETS: list[Tablet] = [
    ("Lenovo IdeaTab", 69.99, '7" screen, Android', 7, 4),
    ("Amazon Fire 7 Tablet (2019)", 79.99, 'Black, 7" IPS, Quad-Core 1.3GHz, 1GB, 16GB, Fire OS 6', 11, 3),
    ("IdeaTab A3500L", 88.49, 'Black, 7" IPS, Quad-Core 1.2GHz, 8GB, Android 4.2', 7, 4),
    ("Acer Iconia One 7 B1-790", 96.99, 'Black, 7" IPS, MediaTek MT8163 1.3GHz, 1GB, 16GB, Android 6.0', 3, 1),
    ("Galaxy Tab 3", 97.99, 'White, 7", Dual-Core 1.2GHz, 8GB, Wi-Fi, Android 4.2', 2, 2),
    ("Asus MeMO Pad 7", 102.99, 'White, 7" IPS, Atom Z3745 1.33GHz, 1GB, 16GB, Android 4.4', 14, 2),
    ("Amazon Kindle Paperwhite", 129.99, '6" E Ink, 300 ppi, 8GB, Wi-Fi, waterproof', 12, 5),
    ("Lenovo Tab M8 (3rd Gen)", 139.49, 'Iron Grey, 8" HD IPS, MediaTek Helio P22T, 3GB, 32GB, Android 11', 5, 3),
    ("Nook Tablet 7", 149.95, 'Black, 7" IPS, Quad-Core 1.3GHz, 1GB, 16GB, Android 6.0, Barnes & Noble apps', 6, 2),
    ("Galaxy Tab A7 Lite", 159.99, 'Grey, 8.7" TFT, Helio P22T, 3GB, 32GB, Wi-Fi, Android 11', 9, 4),
    ("Huawei MediaPad T5", 179.99, 'Black, 10.1" FHD IPS, Kirin 659, 2GB, 32GB, Android 8.0', 4, 3),
    ("Xiaomi Redmi Pad SE", 199.99, 'Graphite Gray, 11" FHD+ 90Hz, Snapdragon 680, 4GB, 128GB, Android 13', 10, 5),
    ("Lenovo Tab P11 (2nd Gen)", 219.99, 'Storm Grey, 11.5" 2K IPS, Helio G99, 4GB, 128GB, Android 12', 1, 4),
    ("Amazon Fire Max 11", 229.99, 'Gray, 11" 2K, Octa-Core 2.2GHz, 4GB, 64GB, Wi-Fi 6, Fire OS 8', 0, 3),
    ("Galaxy Tab S6 Lite", 249.99, 'Oxford Gray, 10.4" WUXGA+, Exynos 9611, 4GB, 64GB, S Pen, Android 10', 13, 4),
    ("Apple iPad 10.2 (9th Gen)", 309.99, 'Space Grey, 10.2" Retina, A13 Bionic, 64GB, Wi-Fi, iPadOS 15', 11, 5),
    ("Microsoft Surface Go 3", 399.99, 'Platinum, 10.5" PixelSense Touch, Pentium Gold 6500Y, 4GB, 64GB eMMC, Windows 11 Home in S mode', 8, 3),
    ("OnePlus Pad", 449.99, 'Halo Green, 11.61" 2.8K 144Hz, Dimensity 9000, 8GB, 128GB, Android 13', 6, 4),
    ("iPad Mini Retina", 537.99, 'Wi-Fi + Cellular, 32GB, Silver', 8, 2),
    ("Apple iPad Air", 603.99, 'Wi-Fi, 64GB, Silver', 7, 3),
    ("Apple iPad Pro 11 (M4)", 899.99, 'Space Black, 11" Ultra Retina XDR, M4, 256GB, Wi-Fi, iPadOS 17', 12, 5),
]
# fmt: on

STATIC_BASE = "/test-sites/e-commerce/static/computers/tablets"


@twentieth
def build_wsshop_static() -> None:
    """webscraper.io's static e-commerce test site: tablets, six a page, a Laravel pager."""
    s = Site(
        "wsshop-static",
        kind="product catalogue (webscraper.io test site, static variant 2024–25: Laravel + Bootstrap, div.card.thumbnail cards with schema.org Product microdata, a.title links cut to 14 characters + '...' with the full name in the title attribute, h4.price > span[itemprop=price] '$96.99', p.description, '<span itemprop=reviewCount>7</span> reviews', p[data-rating] star glyphs, a side menu of categories, a cookie box, six cards a page behind a Laravel pager ?page=N)",
        start=STATIC_BASE.lstrip("/"),
        description="webscraper.io's 'E-commerce site with pagination links' (static variant, 2024–25): the webscraper.io header (Web Scraper, Cloud Scraper, Pricing, a Learn dropdown, Install, Cloud Login), the 'Test Sites' hero, a side menu (Home, Computers > Laptops / Tablets, Phones), 'Computers / Tablets', then six div.card.thumbnail cards per page (schema.org Product microdata: the cart2.png image, h4.price with span[itemprop=price] '$96.99' and a priceCurrency meta, an a.title link whose text is cut to 14 characters + '...' while its title attribute holds the full name, p.description, p.review-count '7 reviews', p[data-rating] with one ws-icon-star span per star), and Laravel's bootstrap-4 pager (a disabled '‹', the active page as a span, ?page=N links, '›' rel=next), kept root-relative here; the footer's link columns and the 'We use cookies to make your Web Scraper experience better' box. 21 tablets on 4 pages. Written down: title (the full name), url, price, currency, description, rating (stars), review_count.",
    )
    write_assets(s)
    numbers = ids(121, len(TABLETS), 8)
    pages = [TABLETS[at : at + 6] for at in range(0, len(TABLETS), 6)]
    at = 0
    for number, chunk in enumerate(pages, start=1):
        cards = "\n".join(card("static", numbers[at + i], *row) for i, row in enumerate(chunk))
        at += len(chunk)
        main = f"""<h1 class="page-header">Computers / Tablets</h1>

                <div class="row">
{cards}
                </div>
                {pager(STATIC_BASE, number, len(pages))}"""
        html = page("static", "computers", "tablets", STATIC_BASE, main)
        if number == 1:
            s.list_page(f"{STATIC_BASE.lstrip('/')}/index.html", html)
            s.write(f"{STATIC_BASE.lstrip('/')}@page=1", html)  # the pager's own link to page 1
        else:
            s.list_page(f"{STATIC_BASE.lstrip('/')}@page={number}", html)
    for i, (name, price, description, reviews, stars) in enumerate(TABLETS):
        s.expect(
            {
                "title": name,
                "url": f"/test-sites/e-commerce/static/product/{numbers[i]}",
                "price": price,
                "currency": "USD",
                "description": description,
                "rating": stars,
                "review_count": reviews,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# wsshop-more and wsshop-scroll: every product in data-items, drawn by the bundle six at a time.
# ---------------------------------------------------------------------------------------------------

# PHP's json_encode escapes '/' and non-ASCII, and the attribute escapes '"': the data keeps to plain text.
# fmt: off
LAPTOPS: list[Item] = [
    ("Asus VivoBook X441NA-GA190", 295.99, "Asus VivoBook X441NA-GA190 Chocolate Black, 14 HD, Celeron N3450, 4GB, 128GB SSD, Endless OS, ENG kbd"),
    ("Prestigio SmartBook 133S Dark Grey", 299.99, "Prestigio SmartBook 133S Dark Grey, 13.3 FHD IPS, Celeron N3350 1.1GHz, 4GB, 32GB, Windows 10 Pro + Office 365 1 year"),
    ("Aspire E1-510", 306.99, "15.6 HD, Pentium N3520 2.16GHz, 4GB, 500GB, Linux"),
    ("Lenovo V110-15IAP", 321.94, "Lenovo V110-15IAP, 15.6 HD, Celeron N3350 1.1GHz, 4GB, 128GB SSD, Windows 10 Home"),
    ("Hewlett Packard 250 G6 Dark Ash Silver", 364.46, "Hewlett Packard 250 G6 Dark Ash Silver, 15.6 HD, Core i3-6006U, 4GB, 500GB, Windows 10 Home"),
    ("Acer Aspire 3 A315-31 Black", 372.70, "Acer Aspire 3 A315-31 Black, 15.6 HD, Celeron N3350, 4GB, 128GB SSD, Windows 10 Home"),
    ("Packard 255 G2", 416.99, "15.6, AMD E2-3800 1.3GHz, 4GB, 500GB, Windows 8.1"),
    ("Acer Extensa 15 (2540) Black", 439.73, "Acer Extensa 15 (2540) Black, 15.6 FHD, Core i3-7100U, 4GB, 256GB SSD, Windows 10 Home"),
    ("Dell Inspiron 15 (3567) Black", 465.33, "Dell Inspiron 15 (3567) Black, 15.6 HD, Core i3-6006U, 4GB, 1TB, DVD-RW, Linux"),
    ("Lenovo IdeaPad 3 15ADA05", 489.99, "Lenovo IdeaPad 3 15ADA05, 15.6 FHD, Ryzen 3 3250U, 8GB, 256GB SSD, Windows 11 Home"),
    ("HP 15s-fq2023na", 519.49, "HP 15s-fq2023na, 15.6 FHD, Core i3-1115G4, 8GB, 256GB SSD, Windows 11 Home in S mode"),
    ("Asus VivoBook 15 X1504ZA", 549.99, "Asus VivoBook 15 X1504ZA, 15.6 FHD, Core i5-1235U, 8GB, 512GB SSD, Windows 11 Home"),
    ("Acer Swift 3 SF314-43", 629.99, "Acer Swift 3 SF314-43, 14 FHD IPS, Ryzen 5 5500U, 8GB, 512GB SSD, Windows 11 Home"),
    ("Dell Vostro 15 3520", 649.49, "Dell Vostro 15 3520, 15.6 FHD 120Hz, Core i5-1235U, 8GB, 512GB SSD, Windows 11 Pro"),
    ("Lenovo ThinkPad E14 Gen 4", 729.95, "Lenovo ThinkPad E14 Gen 4, 14 FHD IPS, Core i5-1235U, 16GB, 512GB SSD, Windows 11 Pro"),
    ("HP ProBook 450 G9", 779.99, "HP ProBook 450 G9, 15.6 FHD, Core i5-1235U, 16GB, 512GB SSD, Windows 11 Pro"),
    ("Asus ZenBook 14 UX3402ZA", 849.99, "Asus ZenBook 14 UX3402ZA, 14 2.8K OLED, Core i5-1240P, 16GB, 512GB SSD, Windows 11 Home"),
    ("Microsoft Surface Laptop Go 2", 899.49, "Microsoft Surface Laptop Go 2, 12.4 PixelSense Touch, Core i5-1135G7, 8GB, 256GB SSD, Windows 11 Home"),
    ("Lenovo Yoga 7 14IAL7", 949.99, "Lenovo Yoga 7 14IAL7, 14 2.2K IPS Touch, Core i7-1255U, 16GB, 512GB SSD, Windows 11 Home"),
    ("HP Envy x360 15-ew0023na", 1049.99, "HP Envy x360 15-ew0023na, 15.6 FHD Touch, Core i7-1255U, 16GB, 512GB SSD, Windows 11 Home"),
    ("Apple MacBook Air 13 (M2, 2022)", 1099.99, "Apple MacBook Air 13 (M2, 2022), 13.6 Liquid Retina, M2 8-core CPU, 8GB, 256GB SSD, macOS"),
    ("Dell Latitude 5280", 1102.66, "Dell Latitude 5280, 12.5 HD, Core i5-7300U, 8GB, 256GB SSD, Windows 10 Pro"),
    ("MSI Katana GF66 12UG", 1149.99, "MSI Katana GF66 12UG, 15.6 FHD 144Hz, Core i7-12700H, 16GB, 1TB SSD, GeForce RTX 3070 Ti 8GB, Windows 11 Home"),
    ("Acer Predator Helios 300 (PH317-51)", 1221.58, "Acer Predator Helios 300 (PH317-51), 17.3 FHD IPS, Core i7-7700HQ, 8GB, 1TB + 128GB SSD, GeForce GTX 1050 Ti 4GB, Windows 10 Home"),
    ("Asus ROG Strix G15 G513RM", 1299.99, "Asus ROG Strix G15 G513RM, 15.6 WQHD 165Hz, Ryzen 7 6800H, 16GB, 1TB SSD, GeForce RTX 3060 6GB, Windows 11 Home"),
    ("Hewlett Packard ProBook 640 G3", 1326.83, "Hewlett Packard ProBook 640 G3, 14 FHD, Core i7-7600U, 8GB, 256GB SSD, Windows 10 Pro"),
    ("Dell XPS 13 Plus 9320", 1349.49, "Dell XPS 13 Plus 9320, 13.4 FHD+ InfinityEdge, Core i7-1260P, 16GB, 512GB SSD, Windows 11 Home"),
    ("Lenovo ThinkPad X1 Carbon Gen 10", 1499.99, "Lenovo ThinkPad X1 Carbon Gen 10, 14 WUXGA IPS, Core i7-1260P, 16GB, 512GB SSD, Windows 11 Pro"),
    ("Apple MacBook Pro 14 (M3 Pro, 2023)", 1999.99, "Apple MacBook Pro 14 (M3 Pro, 2023), 14.2 Liquid Retina XDR, M3 Pro 11-core CPU, 18GB, 512GB SSD, macOS"),
    ("Razer Blade 15 Advanced", 2399.99, "Razer Blade 15 Advanced, 15.6 QHD 240Hz, Core i7-12800H, 16GB, 1TB SSD, GeForce RTX 3070 Ti 8GB, Windows 11 Home"),
]

PHONES: list[Item] = [
    ("Nokia 123", 24.99, "7 day battery"),
    ("LG Optimus", 57.99, "3.2 screen"),
    ("Alcatel 1B 2022", 64.99, "5.5 HD+, Quad-Core 1.6GHz, 2GB, 32GB, Android 11 Go edition"),
    ("Nokia C21 Plus", 79.99, "6.5 HD+, Unisoc SC9863A, 3GB, 32GB, 4000mAh, Android 11"),
    ("Samsung Galaxy", 93.99, "5 mpx. Android 5.0"),
    ("Motorola Moto E13", 99.99, "Cosmic Black, 6.5 HD+, Unisoc T606, 2GB, 64GB, Android 13 Go edition"),
    ("Nokia X", 109.99, "Andoid, Jolla dualboot"),
    ("Sony Xperia", 118.99, "GPS, waterproof"),
    ("Xiaomi Redmi 12C", 129.99, "Graphite Gray, 6.71 HD+, Helio G85, 4GB, 128GB, Android 12"),
    ("Samsung Galaxy A14 5G", 179.99, "Black, 6.6 FHD+, Dimensity 700, 4GB, 64GB, Android 13"),
    ("Motorola Moto G Power 5G (2023)", 199.99, "Mist Blue, 6.5 FHD+ 120Hz, Dimensity 930, 6GB, 256GB, 5000mAh, Android 13"),
    ("Nothing Phone (2a)", 349.99, "Black, 6.7 FHD+ 120Hz AMOLED, Dimensity 7200 Pro, 8GB, 128GB, Android 14"),
    ("Samsung Galaxy A54 5G", 379.99, "Awesome Graphite, 6.4 FHD+ 120Hz, Exynos 1380, 8GB, 128GB, Android 13"),
    ("Sony Xperia 10 V", 399.99, "Lavender, 6.1 FHD+ OLED, Snapdragon 695, 6GB, 128GB, 5000mAh, Android 13"),
    ("OnePlus Nord 3 5G", 429.99, "Tempest Gray, 6.74 120Hz AMOLED, Dimensity 9000, 8GB, 128GB, Android 13"),
    ("Google Pixel 7a", 449.99, "Charcoal, 6.1 FHD+ 90Hz OLED, Tensor G2, 8GB, 128GB, Android 13"),
    ("Ubuntu Edge", 499.99, "Sapphire glass"),
    ("Samsung Galaxy S24", 799.99, "Onyx Black, 6.2 FHD+ 120Hz, Snapdragon 8 Gen 3, 8GB, 128GB, Android 14"),
    ("Iphone", 899.99, "Black"),
    ("Iphone", 899.99, "White"),
    ("Iphone", 899.99, "Silver"),
    ("Google Pixel 8 Pro", 999.99, "Obsidian, 6.7 QHD+ 120Hz LTPO OLED, Tensor G3, 12GB, 128GB, Android 14"),
    ("Apple iPhone 15 Pro Max", 1199.99, "Natural Titanium, 6.7 Super Retina XDR, A17 Pro, 256GB, iOS 17"),
    ("Samsung Galaxy Z Fold5", 1799.99, "Phantom Black, 7.6 QXGA+ foldable, Snapdragon 8 Gen 2, 12GB, 256GB, Android 13"),
]
# fmt: on


def data_items(rows: list[Item], numbers: list[int]) -> str:
    """The data-items attribute value as Blade writes ``{{ json_encode($items) }}``."""
    items = [
        {"id": number, "title": name, "description": description, "price": f"{price:.2f}"}
        for number, (name, price, description) in zip(numbers, rows, strict=True)
    ]
    text = json.dumps(items, separators=(",", ":"))
    assert "/" not in text and "\\" not in text and text.isascii(), "keep the data plain: PHP would escape it"
    return esc(text)


def build_drawn(
    name: str,
    variant: str,
    category: str,
    sub: str,
    heading: str,
    rows: list[Item],
    numbers: list[int],
    kind: str,
    description: str,
) -> None:
    """A variant whose page carries the products only as data-items, drawn by the bundle."""
    base = f"/test-sites/e-commerce/{variant}/{category}/{sub}"
    s = Site(name, kind=kind, start=base.lstrip("/"), description=description)
    write_assets(s)
    more = (
        '\n                <a href="javascript:" class="btn btn-lg btn-block btn-primary ecomerce-items-scroll-more">More</a>'
        if variant == "more"
        else ""
    )
    main = f"""<h1 class="page-header">{heading}</h1>

                <div class="row ecomerce-items ecomerce-items-{variant}" data-type="{variant}" data-items="{data_items(rows, numbers)}">
                </div>{more}"""
    s.list_page(f"{base.lstrip('/')}/index.html", page(variant, category, sub, base, main))
    for number, (title, price, text) in zip(numbers, rows, strict=True):
        s.expect(
            {
                "title": title,
                "url": f"/test-sites/e-commerce/{variant}/product/{number}",
                "price": price,
                "currency": "USD",
                "description": text,
                "rating": js_stars(text),
                "review_count": js_reviews(title),
            }
        )
    s.finish()


@twentieth
def build_wsshop_more() -> None:
    """webscraper.io's 'load more' e-commerce test site: laptops drawn six at a time by a More button."""
    build_drawn(
        "wsshop-more",
        "more",
        "computers",
        "laptops",
        "Computers / Laptops",
        LAPTOPS,
        ids(60, len(LAPTOPS), 7),
        kind="product catalogue with a 'More' button (webscraper.io test site, more variant 2024–25: no card in the HTML, every product of the category as JSON in div.ecomerce-items-more[data-items] — id, title, description, price as a string —, the bundle /js/app.js?id=… draws six div.card.thumbnail cards and six more per click on a.ecomerce-items-scroll-more; review counts and stars derived by the script, not in the data)",
        description="webscraper.io's 'E-commerce site with \"Load more\" buttons' (more variant, 2024–25): the same header, hero, side menu, footer and cookie box as the static variant, 'Computers / Laptops', then an empty div.row.ecomerce-items.ecomerce-items-more whose data-items attribute holds all 30 laptops as HTML-escaped JSON ({id, title, description, price: '295.99'}) and an a.ecomerce-items-scroll-more 'More' button. The bundle (/js/app.js?id=…) draws six cards on load (the static variant's card, linked to /test-sites/e-commerce/more/product/<id>, the name cut to 14 characters + '...' with the full name in the title attribute) and six more on each click, hiding the button at the end; it derives the review count (Math.round(parseInt(title, 36)) % 15, so names that start with the same word share it) and the stars (the same from the description), which are nowhere in the data. Written down: title (the full name), url, price, currency, description, rating (stars), review_count.",
    )


@twentieth
def build_wsshop_scroll() -> None:
    """webscraper.io's infinite-scroll e-commerce test site: phones drawn six at a time on scroll."""
    build_drawn(
        "wsshop-scroll",
        "scroll",
        "phones",
        "touch",
        "Phones / Touch",
        PHONES,
        ids(157, len(PHONES), 5),
        kind="product catalogue with infinite scroll (webscraper.io test site, scroll variant 2024–25: no card in the HTML, every product of the category as JSON in div.ecomerce-items-scroll[data-items], the bundle draws six div.card.thumbnail cards and six more each time the window reaches the bottom; review counts and stars derived by the script; three products named just 'Iphone')",
        description="webscraper.io's 'E-commerce site with infinite scroll' (scroll variant, 2024–25): the same header, hero, side menu (Home, Computers, Phones > Touch), footer and cookie box, 'Phones / Touch', then an empty div.row.ecomerce-items.ecomerce-items-scroll whose data-items attribute holds all 24 phones as HTML-escaped JSON ({id, title, description, price}); the bundle draws six cards on load and six more each time the window is scrolled to the bottom (links to /test-sites/e-commerce/scroll/product/<id>, names cut to 14 characters + '...', review counts and stars derived from the name and the description by the script). Three products are named just 'Iphone' (Black, White, Silver, same price). Written down: title (the full name), url, price, currency, description, rating (stars), review_count.",
    )


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTIETH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
