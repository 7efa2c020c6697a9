"""Held-out wave twenty-seven, part B: three list pages copied from their real 2024–25 platform markup with invented
data, and frozen before any heuristic saw them.

* **versandhof** — a German mail-order department store's category 'Kaffeevollautomaten' as otto.de renders it
  (German, 2024–25): the consent banner, the ``nav_`` header with the 'Wonach suchst du?' search, breadcrumb,
  ``h1`` with the product count, the ``find_`` filter bar and sort select, then ``section.find_tileList`` of
  ``article.product.find_tile[data-product-id]`` tiles: the image link, sticker badges ('Sale', 'Bestseller',
  'Neu'), the name in ``p.find_tile__name`` inside a second product link, 'in 3 Farben', star ratings with
  '(1.234)' counts, 'UVP' / struck previous prices with '-24%', the retail price '1.099,99 €', delivery
  ('lieferbar - in 2-3 Werktagen'); 'Gesponsert' sponsored tiles between them; the ``reptile_paging`` pager over
  ``?l=gq&o=N``. Thirty products a page. Written down: title, url, price, currency, original_price, rating,
  review_count, delivery.
* **tarnhut** — a software forge's project hub as hub.sr.ht (sourcehut) serves it, searched for 'wayland' and
  sorted by recent updates: the plain sr.ht navbar of service links with 'Log in — Register', the project search
  form and sort radios in a side column, then ``div.event-list`` of ``div.event`` blocks: ``h4`` with the owner
  link '~name' + '/' + the project link, the description as a ``p``, and ``div.tags`` of '#tag' links; the
  sr.ht pagination macro over ``?page=N&search=…&sort=…``. Twenty projects a page. Written down: title, url,
  owner, description, tags.
* **tripvoyant** — an online travel agency's hotel search for Lisbon as Expedia's 2024–25 Hotel-Search page
  renders it (uitk design system, ``data-stid`` hooks): the global header, the search form summary, filters,
  sort, the 'How our sort order works' notice, then ``div[data-stid=lodging-card-responsive]`` cards: a gallery,
  ``h3.uitk-heading`` name, neighbourhood, amenity and refund lines, badge rating '9.2' + 'Wonderful' +
  '(1,284 reviews)', a price summary '$187' nightly with a struck '$214' and '$605 total', and the card's
  ``a[data-stid=open-hotel-information]`` overlay link with a visually hidden name; two 'Ad' cards; a 'Show more'
  button (no page URLs). Written down: title, url, location, rating, rating_text, review_count, price, currency,
  original_price, total_price.

Run ``uv run python tests/sites/corpus/generate_held_out_twentyseventh_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **frozen**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"versandhof", "tarnhut", "tripvoyant"}

TWENTYSEVENTH_B: dict[str, Callable[[], None]] = {}


def twentyseventh_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYSEVENTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


# ---------------------------------------------------------------------------------------------------
# versandhof: an otto.de category page (German), twenty-four products a page over ?l=gq&o=N.
# ---------------------------------------------------------------------------------------------------

VH_CATEGORY = "haushalt/kaffeemaschinen/kaffeevollautomaten"
VH_PAGE_SIZE = 24
VH_IMG = "https://i.versandhof.de/i/versandhof"

#: (brand, model, typical price in euros)
VH_MODELS: list[tuple[str, str, int]] = [
    ("De'Longhi", "Magnifica S ECAM 22.110.B", 329),
    ("Siemens", "EQ.500 classic TP503D09", 649),
    ("Philips", "Series 2200 EP2231/40 LatteGo", 379),
    ("Melitta", "Purista F230-102", 399),
    ("Jura", "E6 (EC) Platin", 1049),
    ("De'Longhi", "Dinamica Plus ECAM 380.95.TB", 899),
    ("Krups", "Arabica EA8170", 349),
    ("Nivona", "CafeRomatica 791 NICR 791", 679),
    ("Bosch", "VeroCafe Serie 4 TIS30321RW", 559),
    ("Philips", "Series 5400 EP5447/90 LatteGo", 699),
    ("De'Longhi", "Rivelia EXAM 440.55.BG", 999),
    ("Melitta", "Avanza F270-100", 479),
    ("Siemens", "EQ.300 TF303E07", 449),
    ("Miele", "CM 5310 Silence", 899),
    ("Saeco", "GranAroma SM6580/10", 749),
    ("Jura", "ENA 8 Full Nordic White", 1099),
    ("Tchibo", "Esperto Caffè 1.1", 249),
    ("De'Longhi", "Magnifica Evo ECAM 290.61.SB", 549),
    ("Philips", "Series 3300 EP3347/90", 499),
    ("Gaggia", "Magenta Milk RI8701/01", 529),
    ("Melitta", "Barista TS Smart F850-102", 1149),
    ("Krups", "Evidence One EA895N", 699),
    ("Siemens", "EQ.6 plus s300 TE653M11DE", 849),
    ("Beko", "CEG5301X", 399),
    ("Nivona", "NIVO 8101", 1199),
    ("Bosch", "VeroCup 100 TIS30129RW", 379),
    ("Sage", "the Oracle Touch SES990BSS", 2499),
    ("De'Longhi", "Eletta Explore ECAM 450.65.S", 1199),
    ("Jura", "E8 Piano Black (EC)", 1249),
    ("Melitta", "Latteo F300-100", 449),
    ("SMEG", "BCC02 50's Style", 599),
    ("Philips", "Series 4400 EP4449/70", 649),
    ("Miele", "CM 6160 MilkPerfection", 1399),
    ("Krups", "Sensation C50 EA910A10", 459),
    ("Severin", "KV 8090 piano-schwarz", 299),
    ("Siemens", "EQ.700 Integral TP705D01", 1249),
    ("Grundig", "KVA 4830", 349),
    ("De'Longhi", "PrimaDonna Soul ECAM 610.75.MB", 1499),
    ("Tchibo", "Esperto Latte", 349),
    ("Jura", "S8 Moonlight Silver (EB)", 1699),
    ("Nivona", "CafeRomatica 1040 NICR 1040", 1049),
    ("Melitta", "CI Touch F630-101", 749),
    ("Saeco", "Xelsis Suprema SM8889/00", 1349),
    ("Bosch", "Serie 8 VeroAroma TIS65621RW", 1099),
    ("Gaggia", "Cadorna Prestige RI9604/01", 899),
    ("Philips", "Series 1200 EP1220/00", 299),
    ("Sage", "the Barista Touch Impress SES881", 1299),
    ("Beko", "CEG7304X", 549),
    ("Krups", "Intuition Experience+ EA877D", 899),
    ("Miele", "CM 7750 CoffeeSelect", 2099),
    ("De'Longhi", "Dinamica ECAM 350.55.B", 599),
    ("Jura", "J8 twin Diamond Black (EA)", 2699),
    ("SMEG", "BCC13 Collezione", 749),
    ("Melitta", "Caffeo Solo E950-101", 299),
    ("Siemens", "EQ.900 plus TQ907DF5", 2099),
    ("Philips", "Series 2300 EP2330/10", 349),
    ("Krups", "Essential EA8108", 279),
    ("Nivona", "CafeRomatica 825 NICR 825", 799),
    ("Bosch", "Serie 6 VeroCafe TIS65429RW", 749),
    ("Jura", "ENA 4 Full Metropolitan Black (EB)", 749),
    ("De'Longhi", "Rivelia EXAM 440.35.W", 849),
    ("Sage", "the Barista Express BES875", 649),
    ("Melitta", "Passione OT F53/1-102", 449),
    ("Beko", "CEG3194B", 279),
]

#: sponsored tiles: (after this position on the page, page number, brand, model, price)
VH_SPONSORED: list[tuple[int, int, str, str, int]] = [
    (4, 1, "De'Longhi", "La Specialista Opera EC9555.M", 749),
    (13, 1, "Melitta", "Barista T Smart F830-101", 899),
    (8, 2, "Philips", "Series 5500 EP5546/70 LatteGo", 799),
]

VH_FEATURES = [
    "1,8 l Tank, Kegelmahlwerk",
    "mit Milchaufschäumdüse",
    "Milchsystem, 12 Kaffeespezialitäten",
    "Keramikmahlwerk, 2-Tassen-Funktion",
    "inkl. Pflegeset im Wert von 39,99 €",
    "One-Touch-Funktion, App-Steuerung",
    "Farb-Display, 15 Kaffeespezialitäten",
    "Milchbehälter 0,5 l, besonders leise",
    "Edelstahl-Kegelmahlwerk, 1,7 l Wassertank",
    "Bohnenbehälter 250 g, herausnehmbare Brühgruppe",
]
VH_DELIVERY = [
    "lieferbar - in 2-3 Werktagen",
    "lieferbar - in 2-3 Werktagen",
    "lieferbar - in 2-3 Werktagen",
    "lieferbar - in 3-5 Werktagen",
    "lieferbar - in 1-2 Wochen",
    "nur noch 3 Stück lieferbar",
]
VhProduct = dict[str, object]


def _vh_euro(amount: float) -> str:
    """'1.099,99 €'."""
    whole, cents = f"{amount:,.2f}".split(".")
    return f"{whole.replace(',', '.')},{cents} €"


def _vh_id(rng: random.Random, length: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(rng.choice(alphabet) for _ in range(length))


def _vh_products() -> list[VhProduct]:
    rng = random.Random(2721)
    out: list[VhProduct] = []
    for brand, model, typical in VH_MODELS:
        name = f"{brand} Kaffeevollautomat {model}, {rng.choice(VH_FEATURES)}"
        pid = "S0" + _vh_id(rng, 6)
        price = typical + 1 - rng.choice([0.01, 0.01, 0.01, 10.01, 20.01, 50.01, 100.01])
        previous: float | None = None
        label = "UVP"
        roll = rng.random()
        if roll < 0.45:
            previous = round(price * rng.uniform(1.12, 1.45) / 10) * 10 - 0.01
        elif roll < 0.55:
            previous, label = round(price * rng.uniform(1.05, 1.2)) - 0.01, "statt"
        rated = rng.random() > 0.12
        rating = round(rng.choice([3.5, 4.0, 4.0, 4.5, 4.5, 4.5, 5.0]), 1) if rated else None
        count = rng.choice([3, 7, 12, 28, 46, 89, 154, 231, 412, 1093, 2318]) if rated else None
        badge = rng.choice([None, None, None, "Sale", "Bestseller", "Neu"]) if previous is None else "Sale"
        out.append(
            {
                "name": name,
                "pid": pid,
                "vid": pid + _vh_id(rng, 4),
                "price": round(price, 2),
                "previous": previous,
                "label": label,
                "rating": rating,
                "count": count,
                "badge": badge,
                "colors": rng.choice([None, None, None, 2, 3, 4]),
                "delivery": rng.choice(VH_DELIVERY),
                "slug": _vh_slug(name),
            }
        )
    return out


def _vh_slug(name: str) -> str:
    """Product slugs spell umlauts out ('Brühgruppe' -> 'bruehgruppe')."""
    for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("'", "")):
        name = name.replace(umlaut, spelled)
    return slug(name)


def _vh_href(p: VhProduct) -> str:
    return f"/p/{p['slug']}-{p['pid']}/"


def _vh_stars(rating: float) -> str:
    full = int(rating)
    half = rating - full >= 0.5
    icons = []
    for i in range(5):
        kind = "full" if i < full else ("half" if i == full and half else "empty")
        icons.append(
            f'<svg class="pl_icon50 pl_rating-stars__star pl_rating-stars__star--{kind}" aria-hidden="true"><use href="/assets-static/icons/pl_icon_rating-star-{kind}.svg#pl_icon_rating-star-{kind}"></use></svg>'
        )
    shown = f"{rating:.1f}".replace(".", ",")
    return f'<span class="pl_rating-stars pl_rating-stars--50" role="img" aria-label="Bewertung: {shown} von 5 Sternen" data-rating="{rating}">{"".join(icons)}</span>'


def _vh_tile(p: VhProduct, position: int, sponsored: bool = False) -> str:
    href = f"{_vh_href(p)}#variationId={p['vid']}"
    name = esc(p["name"])
    badge = (
        f'\n        <div class="find_tile__badges"><span class="pl_sticker100 pl_sticker100--{str(p["badge"]).lower()} find_tile__badge">{p["badge"]}</span></div>'
        if p["badge"]
        else ""
    )
    colors = (
        f'\n          <p class="find_tile__colorCount pl_copy75">in {p["colors"]} Farben</p>' if p["colors"] else ""
    )
    rating = ""
    if p["rating"] is not None:
        rating = f"""
          <div class="find_tile__rating" data-qa="ftfind-product-rating">
            {_vh_stars(float(str(p["rating"])))}
            <span class="find_tile__ratingCount pl_copy75">({f"{p['count']:,}".replace(",", ".")})</span>
          </div>"""
    previous = ""
    red = ""
    if p["previous"] is not None:
        pct = round(100 - 100 * float(str(p["price"])) / float(str(p["previous"])))
        previous = f"""
            <span class="find_tile__previousPrice pl_copy75"><span class="find_tile__previousPriceLabel">{p["label"]}</span> <s class="find_tile__previousPriceValue">{_vh_euro(float(str(p["previous"])))}</s></span>
            <span class="find_tile__discount pl_copy75 pl_copy75--bold">-{pct}%</span>"""
        red = " find_tile__priceValue--red"
    sponsor = (
        '\n        <span class="find_tile__sponsored pl_copy75" data-qa="ftfind-sponsored-label">Gesponsert</span>'
        if sponsored
        else ""
    )
    listing = "SPONSORED_PRODUCT" if sponsored else "SEARCH_RESULT"
    return f"""      <article class="product find_tile find_tile--hasNewRating{" find_tile--sponsored" if sponsored else ""}" data-product-id="{p["pid"]}" data-variation-id="{p["vid"]}" data-qa="ftfind-product-tile" data-product-listing-type="{listing}" data-tracking-position="{position}">
        <a class="find_tile__productLink find_tile__productLink--image" href="{href}" tabindex="-1" aria-hidden="true" data-qa="ftfind-product-image-link">
          <div class="find_tile__imageContainer">
            <picture class="find_tile__productImageContainer">
              <source type="image/webp" srcset="{VH_IMG}/{str(p["vid"]).lower()}?w=250&amp;h=357&amp;fmt=webp 1x, {VH_IMG}/{str(p["vid"]).lower()}?w=500&amp;h=714&amp;fmt=webp 2x">
              <img class="find_tile__productImage" src="{VH_IMG}/{str(p["vid"]).lower()}?w=250&amp;h=357&amp;upscale=true" alt="{name}" loading="lazy" width="250" height="357">
            </picture>
          </div>
        </a>{badge}{sponsor}
        <button class="find_tile__wishlist pl_icon-button pl_icon-button--secondary" type="button" aria-label="Auf den Merkzettel" data-qa="ftfind-wishlist-button" data-variation-id="{p["vid"]}">
          <svg class="pl_icon100" aria-hidden="true"><use href="/assets-static/icons/pl_icon_heart.svg#pl_icon_heart"></use></svg>
        </button>
        <div class="find_tile__details">
          <a class="find_tile__productLink" href="{href}" data-qa="ftfind-product-name-link">
            <p class="find_tile__name pl_copy100" data-qa="ftfind-product-name">{name}</p>
          </a>{colors}{rating}
          <div class="find_tile__priceContainer" data-qa="ftfind-product-price-container">{previous}
            <span class="find_tile__retailPrice pl_headline50 find_tile__priceValue{red}" data-qa="ftfind-product-price">{_vh_euro(float(str(p["price"])))}</span>
          </div>
          <p class="find_tile__deliveryInfo pl_copy75{" find_tile__deliveryInfo--green" if str(p["delivery"]).startswith("lieferbar - in 2") else ""}">{p["delivery"]}</p>
        </div>
      </article>"""


def _vh_page_href(number: int) -> str:
    base = f"/{VH_CATEGORY}/"
    return base if number == 1 else f"{base}?l=gq&amp;o={(number - 1) * VH_PAGE_SIZE}"


def _vh_paging(number: int, total: int) -> str:
    prev = (
        f'<a class="reptile_paging__btn reptile_paging__btn--prev pl_icon-button" href="{_vh_page_href(number - 1)}" aria-label="Vorherige Seite" data-page="{number - 1}" rel="prev"><svg class="pl_icon100" aria-hidden="true"><use href="/assets-static/icons/pl_icon_arrow-left.svg#pl_icon_arrow-left"></use></svg></a>'
        if number > 1
        else '<button class="reptile_paging__btn reptile_paging__btn--prev pl_icon-button" disabled aria-label="Vorherige Seite"><svg class="pl_icon100" aria-hidden="true"><use href="/assets-static/icons/pl_icon_arrow-left.svg#pl_icon_arrow-left"></use></svg></button>'
    )
    nxt = (
        f'<a class="reptile_paging__btn reptile_paging__btn--next pl_button pl_button--primary" href="{_vh_page_href(number + 1)}" data-page="{number + 1}" rel="next">Nächste Seite <svg class="pl_icon100" aria-hidden="true"><use href="/assets-static/icons/pl_icon_arrow-right.svg#pl_icon_arrow-right"></use></svg></a>'
        if number < total
        else ""
    )
    pages = []
    for n in range(1, total + 1):
        if n == number:
            pages.append(
                f'<li><span class="reptile_paging__page reptile_paging__page--active" aria-current="page">{n}</span></li>'
            )
        else:
            pages.append(f'<li><a class="reptile_paging__page" href="{_vh_page_href(n)}" data-page="{n}">{n}</a></li>')
    return f"""    <nav class="reptile_paging" aria-label="Seitennavigation" data-qa="reptile-paging">
      {prev}
      <ol class="reptile_paging__pages">
        {"".join(pages)}
      </ol>
      <p class="reptile_paging__text pl_copy75">Seite {number} von {total}</p>
      {nxt}
    </nav>"""


VH_FILTERS = [
    ("Marke", ["De'Longhi", "Jura", "Melitta", "Philips", "Siemens", "Krups", "Nivona", "Bosch", "Miele", "Saeco"]),
    ("Preis", ["bis 300 €", "300 - 500 €", "500 - 800 €", "800 - 1.200 €", "ab 1.200 €"]),
    ("Milchsystem", ["Milchaufschäumdüse", "Automatisches Milchsystem", "Milchbehälter"]),
    ("Mahlwerk", ["Kegelmahlwerk", "Scheibenmahlwerk", "Keramikmahlwerk"]),
    ("Bewertung", ["ab 4 Sterne", "ab 3 Sterne"]),
    ("Lieferzeit", ["innerhalb von 3 Werktagen"]),
]


def _vh_page(number: int, total: int, tiles: str, count: int) -> str:
    filters = "\n".join(
        f"""        <div class="find_filter" data-filter-name="{esc(name)}">
          <button class="find_filter__button pl_selection-chip" type="button" aria-expanded="false" aria-controls="find_filter_{slug(name)}">{esc(name)} <svg class="pl_icon50" aria-hidden="true"><use href="/assets-static/icons/pl_icon_arrow-down.svg#pl_icon_arrow-down"></use></svg></button>
          <ul class="find_filter__values" id="find_filter_{slug(name)}" hidden>
            {"".join(f'<li><label class="pl_checkbox"><input type="checkbox" class="pl_checkbox__input" name="{slug(name)}" value="{esc(v)}"><span class="pl_checkbox__label">{esc(v)}</span></label></li>' for v in values)}
          </ul>
        </div>"""
        for name, values in VH_FILTERS
    )
    canonical = _vh_page_href(number).replace("&amp;", "&")
    return f"""<!DOCTYPE html>
<html lang="de" class="no-js">
<head>
  <meta charset="utf-8">
  <title>Kaffeevollautomaten online kaufen | versandhof</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Kaffeevollautomaten bei versandhof: Große Auswahl ✔ Top Marken ✔ Ratenkauf ✔ Kauf auf Rechnung ✔ Jetzt bestellen!">
  <meta name="robots" content="{"index,follow" if number == 1 else "noindex,follow"}">
  <link rel="canonical" href="https://www.versandhof.de{canonical}">
  <link rel="stylesheet" href="/assets-static/pl/pattern-library.4.28.1.min.css">
  <link rel="stylesheet" href="/nav-assets/nav.8f2c1d0e.css">
  <link rel="stylesheet" href="/find-assets/find.3b7e94a1.css">
  <link rel="stylesheet" href="/reptile-assets/reptile.c51d7a02.css">
  <script>window.o_global = window.o_global || {{}}; o_global.device = {{"breakpoint": "l", "isTouch": false}};</script>
  <script src="/assets-static/global-resources/global.d41b7e.js" defer></script>
  <script src="/find-assets/find.3b7e94a1.js" defer></script>
  <script>(function(){{window.o_apps = window.o_apps || {{}}; o_apps.consentState = "pending";}})();</script>
</head>
<body class="pl_page reptile_page" data-pagecluster="Produktliste">
  <div id="cookieBanner" class="cookieBanner" role="dialog" aria-modal="true" aria-labelledby="cookieBannerHeadline" data-qa="cookie-banner">
    <div class="cookieBanner__content">
      <h2 id="cookieBannerHeadline" class="pl_headline100">Cookies &amp; Tracking</h2>
      <p class="pl_copy100">Wir verwenden Cookies und vergleichbare Technologien, um dir ein optimales Einkaufserlebnis zu bieten, unsere Seite zu verbessern und dir personalisierte Werbung anzuzeigen. Mit „OK“ stimmst du der Nutzung zu. Unter <a href="/shoppages/datenschutz" class="pl_link100">Einstellungen</a> kannst du deine Auswahl anpassen oder ablehnen.</p>
      <div class="cookieBanner__buttons">
        <button class="pl_button pl_button--secondary cookieBanner__button cookieBanner__button--settings" type="button">Einstellungen</button>
        <button class="pl_button pl_button--primary cookieBanner__button cookieBanner__button--accept" type="button" id="cookieBannerButtonAccept">OK</button>
      </div>
    </div>
  </div>
  <header class="nav_header" id="nav_header" data-qa="nav-header">
    <div class="nav_header__topbar pl_copy75">
      <ul class="nav_header__usps">
        <li>Kostenloser Rückversand</li>
        <li>Kauf auf Rechnung</li>
        <li>Über 3 Mio. Artikel</li>
      </ul>
    </div>
    <div class="nav_header__main">
      <a class="nav_header__logo" href="/" aria-label="versandhof Startseite"><svg class="nav_header__logoSvg" viewBox="0 0 120 32" aria-hidden="true"><use href="/nav-assets/logo.svg#logo"></use></svg></a>
      <button class="nav_header__menuButton pl_icon-button" type="button" aria-label="Sortiment" aria-controls="nav_menu">
        <svg class="pl_icon100" aria-hidden="true"><use href="/assets-static/icons/pl_icon_menu.svg#pl_icon_menu"></use></svg><span class="nav_header__menuLabel">Sortiment</span>
      </button>
      <form class="nav_header__search squirrel_searchForm" action="/suche/" method="get" role="search">
        <input class="squirrel_searchfield" type="search" name="q" placeholder="Wonach suchst du?" autocomplete="off" aria-label="Suche">
        <button class="squirrel_searchbutton pl_icon-button" type="submit" aria-label="Suchen"><svg class="pl_icon100" aria-hidden="true"><use href="/assets-static/icons/pl_icon_search.svg#pl_icon_search"></use></svg></button>
      </form>
      <ul class="nav_header__service">
        <li><a class="nav_header__serviceLink" href="/user/login"><svg class="pl_icon100" aria-hidden="true"><use href="/assets-static/icons/pl_icon_user.svg#pl_icon_user"></use></svg><span>Mein Konto</span></a></li>
        <li><a class="nav_header__serviceLink" href="/merkzettel/"><svg class="pl_icon100" aria-hidden="true"><use href="/assets-static/icons/pl_icon_heart.svg#pl_icon_heart"></use></svg><span>Merkzettel</span></a></li>
        <li><a class="nav_header__serviceLink" href="/order/basket"><svg class="pl_icon100" aria-hidden="true"><use href="/assets-static/icons/pl_icon_basket.svg#pl_icon_basket"></use></svg><span>Warenkorb</span></a></li>
      </ul>
    </div>
    <nav class="nav_desktop-global-navigation" id="nav_menu" aria-label="Sortiment">
      <ul class="nav_desktop-global-navigation__list">
        <li><a href="/damen/">Damen</a></li>
        <li><a href="/herren/">Herren</a></li>
        <li><a href="/kinder/">Kinder</a></li>
        <li><a href="/sport/">Sport</a></li>
        <li><a href="/moebel/">Möbel</a></li>
        <li><a href="/haushalt/" class="nav_active">Haushalt</a></li>
        <li><a href="/technik/">Technik</a></li>
        <li><a href="/baumarkt/">Baumarkt</a></li>
        <li><a href="/sale/" class="nav_highlight">Sale</a></li>
      </ul>
    </nav>
  </header>
  <main class="reptile_main" id="reptile_main">
    <nav class="nav_breadcrumb pl_copy75" aria-label="Brotkrümelnavigation">
      <ol class="nav_breadcrumb__list">
        <li class="nav_breadcrumb__item"><a href="/">Startseite</a></li>
        <li class="nav_breadcrumb__item"><a href="/haushalt/">Haushalt</a></li>
        <li class="nav_breadcrumb__item"><a href="/haushalt/kaffeemaschinen/">Kaffeemaschinen</a></li>
        <li class="nav_breadcrumb__item nav_breadcrumb__item--current" aria-current="page">Kaffeevollautomaten</li>
      </ol>
    </nav>
    <div class="reptile_header">
      <h1 class="reptile_headline pl_headline200">Kaffeevollautomaten <span class="reptile_productCount pl_copy100">({count} Produkte)</span></h1>
    </div>
    <div class="find_filterBar" data-qa="find-filter-bar">
      <div class="find_filterBar__filters">
{filters}
      </div>
      <div class="find_sorting">
        <label class="pl_label" for="find_sortSelect">Sortieren nach</label>
        <select class="pl_select" id="find_sortSelect" name="sortiertnach">
          <option value="relevanz">Beliebtheit</option>
          <option value="neuheiten">Neuheiten</option>
          <option value="preis-aufsteigend">Preis aufsteigend</option>
          <option value="preis-absteigend">Preis absteigend</option>
          <option value="bewertung">Bewertung</option>
          <option value="reduzierung">Reduzierung</option>
        </select>
      </div>
    </div>
    <aside class="reptile_teaser pl_banner pl_banner--info" data-qa="category-teaser">
      <p class="pl_copy100"><b>Frühlings-Deals:</b> Bis zu 30 % auf ausgewählte Kaffeevollautomaten – nur bis 31.03. <a class="pl_link100" href="/sale/haushalt/kaffeemaschinen/">Zu den Angeboten</a></p>
    </aside>
    <section class="find_tileList" id="reptile-tilelist" data-qa="find-tile-list" aria-label="Produktliste">
{tiles}
    </section>
{_vh_paging(number, total)}
    <section class="reptile_seoText pl_copy100">
      <h2 class="pl_headline100">Kaffeevollautomaten: frisch gemahlener Genuss auf Knopfdruck</h2>
      <p>Ein Kaffeevollautomat mahlt die Bohnen für jede Tasse frisch und bereitet Espresso, Café Crème oder Cappuccino auf Knopfdruck zu. Achte beim Kauf auf das Mahlwerk, das Milchsystem und darauf, wie leicht sich die Brühgruppe reinigen lässt.</p>
    </section>
  </main>
  <footer class="nav_footer" data-qa="nav-footer">
    <div class="nav_footer__columns">
      <div class="nav_footer__column"><h3 class="pl_headline50">Service &amp; Hilfe</h3><ul><li><a href="/service/">Kundenservice</a></li><li><a href="/service/retoure/">Rücksendung</a></li><li><a href="/service/lieferung/">Lieferung</a></li><li><a href="/service/bezahlung/">Zahlung &amp; Ratenkauf</a></li></ul></div>
      <div class="nav_footer__column"><h3 class="pl_headline50">Über versandhof</h3><ul><li><a href="/unternehmen/">Unternehmen</a></li><li><a href="/jobs/">Jobs</a></li><li><a href="/nachhaltigkeit/">Nachhaltigkeit</a></li></ul></div>
      <div class="nav_footer__column"><h3 class="pl_headline50">Rechtliches</h3><ul><li><a href="/shoppages/impressum">Impressum</a></li><li><a href="/shoppages/datenschutz">Datenschutz</a></li><li><a href="/shoppages/agb">AGB</a></li><li><a href="/shoppages/barrierefreiheit">Barrierefreiheit</a></li></ul></div>
    </div>
    <p class="nav_footer__legal pl_copy75">* Alle Preise inkl. MwSt., zzgl. Versandkosten. UVP = Unverbindliche Preisempfehlung des Herstellers.</p>
  </footer>
  <script type="application/ld+json">{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"name":"Haushalt","item":"https://www.versandhof.de/haushalt/"}},{{"@type":"ListItem","position":2,"name":"Kaffeemaschinen","item":"https://www.versandhof.de/haushalt/kaffeemaschinen/"}},{{"@type":"ListItem","position":3,"name":"Kaffeevollautomaten","item":"https://www.versandhof.de/{VH_CATEGORY}/"}}]}}</script>
  <script>window.o_tracking = window.o_tracking || []; o_tracking.push({{"ot_PageCluster": "Produktliste", "ts_Page": {number}, "ts_ProductCount": {count}}});</script>
</body>
</html>"""


@twentyseventh_b
def build_versandhof() -> None:
    s = Site(
        "versandhof",
        kind="department-store category page in German (otto.de 2024–25 'Kaffeevollautomaten': cookie banner, nav_ header with 'Wonach suchst du?', breadcrumb, h1 with '(64 Produkte)', find_ filter chips and a sort select, a promo teaser, section.find_tileList of article.product.find_tile[data-product-id] tiles: an image link, sticker badges, p.find_tile__name in a second link to /p/<slug>-<id>/#variationId=…, 'in 3 Farben', star icons with an aria-label and '(1.093)' counts, 'UVP' / 'statt' struck prices with '-24%', '1.099,99 €', delivery lines; 'Gesponsert' sponsored tiles; the reptile_paging pager over ?l=gq&o=N)",
        start=f"{VH_CATEGORY}/",
        description="A German department store's coffee-machine category as otto.de renders it to a visitor in 2024–25: consent banner, nav header with USPs, logo, Sortiment button, search 'Wonach suchst du?', Mein Konto / Merkzettel / Warenkorb, the category menu; breadcrumb, h1 'Kaffeevollautomaten (64 Produkte)', filter chips (Marke, Preis, Milchsystem, Mahlwerk, Bewertung, Lieferzeit) with hidden checkbox lists, a sort select, a promo teaser; then article.find_tile tiles: an aria-hidden image link, optional sticker (Sale / Bestseller / Neu), a wishlist button, a name link around p.find_tile__name ('Siemens Kaffeevollautomat EQ.500 classic TP503D09, Keramikmahlwerk, 2-Tassen-Funktion'), optional 'in 3 Farben', optional rating (five star svgs in a span with aria-label 'Bewertung: 4,5 von 5 Sternen' and data-rating, then '(1.093)'), the price box ('UVP' or 'statt' + a struck previous price + '-24%', then the retail price '649,99 €'), delivery text. Three 'Gesponsert' sponsored tiles (two on page 1, one on page 2) are not records. 24 + 24 + 16 products; the reptile_paging nav (prev, numbered pages, 'Seite 1 von 3', 'Nächste Seite') over ?l=gq&o=24 / o=48; SEO text, footer. Written down: title, url (without the #variationId fragment), price, currency, original_price (UVP or statt), rating, review_count, delivery.",
    )
    products = _vh_products()
    rng = random.Random(2722)
    sponsored_by_page: dict[int, list[tuple[int, VhProduct]]] = {}
    for after, page, brand, model, price in VH_SPONSORED:
        name = f"{brand} Kaffeevollautomat {model}, {rng.choice(VH_FEATURES)}"
        pid = "S0" + _vh_id(rng, 6)
        ad: VhProduct = {
            "name": name,
            "pid": pid,
            "vid": pid + _vh_id(rng, 4),
            "price": price + 0.99,
            "previous": None,
            "label": "UVP",
            "rating": 4.5,
            "count": rng.choice([64, 311, 877]),
            "badge": None,
            "colors": None,
            "delivery": "lieferbar - in 2-3 Werktagen",
            "slug": _vh_slug(name),
        }
        sponsored_by_page.setdefault(page, []).append((after, ad))
    pages = chunks(products, [VH_PAGE_SIZE, VH_PAGE_SIZE, len(products) - 2 * VH_PAGE_SIZE])
    for number, batch in enumerate(pages, 1):
        tiles = []
        position = (number - 1) * VH_PAGE_SIZE
        ads = dict(sponsored_by_page.get(number, []))
        for index, product in enumerate(batch, 1):
            position += 1
            tiles.append(_vh_tile(product, position))
            if index in ads:
                tiles.append(_vh_tile(ads[index], position, sponsored=True))
        html = _vh_page(number, len(pages), "\n".join(tiles), len(products))
        if number == 1:
            s.list_page(f"{VH_CATEGORY}/index.html", html)
        else:
            s.list_page(f"{VH_CATEGORY}/@l=gq&o={(number - 1) * VH_PAGE_SIZE}", html)
    for p in products:
        s.expect(
            {
                "title": p["name"],
                "url": _vh_href(p),
                "price": p["price"],
                "currency": "EUR",
                "original_price": p["previous"],
                "rating": p["rating"],
                "review_count": p["count"],
                "delivery": p["delivery"],
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# tarnhut: a sourcehut project hub (hub.sr.ht) search, twenty projects a page, ?page=N&search=…&sort=….
# ---------------------------------------------------------------------------------------------------

TH_SEARCH = "wayland"
TH_SORT = "recently-updated"
TH_PAGE_SIZE = 20

#: (owner, project, description, tags) in recently-updated order
TH_PROJECTS: list[tuple[str, str, str, list[str]]] = [
    (
        "~mireille",
        "kestrel",
        "A tiling Wayland compositor built on wlroots, configured in Scheme",
        ["wayland", "wlroots", "compositor", "guile"],
    ),
    (
        "~tobyn",
        "wl-pipette",
        "Pick a colour from anywhere on a Wayland desktop and print it as hex, rgb or hsl",
        ["wayland", "cli", "c"],
    ),
    (
        "~hesper",
        "lamplighter",
        "Screen locker for Wayland compositors that implement ext-session-lock-v1",
        ["wayland", "security", "zig"],
    ),
    (
        "~ondrejk",
        "spool",
        "Clipboard manager for Wayland with a searchable history and pinned entries",
        ["wayland", "clipboard", "rust"],
    ),
    (
        "~adeyemi",
        "glint",
        "Minimal Wayland status bar: a single line of text from stdin, rendered with pixman",
        ["wayland", "statusbar", "c"],
    ),
    (
        "~mireille",
        "kestrel-docs",
        "Manual, tutorials and example configurations for the kestrel compositor",
        ["documentation", "wayland"],
    ),
    (
        "~saoirse",
        "tern",
        "A fast, keyboard-driven application launcher for wlroots compositors",
        ["wayland", "launcher", "hare"],
    ),
    (
        "~pvk",
        "wlmirror-lite",
        "Mirror one output onto another, for presentations on Wayland",
        ["wayland", "screen-sharing", "c"],
    ),
    (
        "~lindqvist",
        "quayside",
        "Notification daemon for Wayland implementing the freedesktop notification spec",
        ["wayland", "notifications", "rust"],
    ),
    (
        "~gaspard",
        "fenetre",
        "Pure OCaml bindings to libwayland-client with generated protocol modules",
        ["wayland", "ocaml", "library"],
    ),
    (
        "~tobyn",
        "wshot",
        "Take screenshots of a region, an output or a window under Wayland",
        ["wayland", "screenshot", "cli"],
    ),
    (
        "~ravenna",
        "hare-wayland",
        "Wayland client library and protocol scanner for the Hare programming language",
        ["hare", "wayland", "library"],
    ),
    (
        "~kazuto",
        "ime-bridge",
        "Input method bridge between fcitx5 and the Wayland input-method-v2 protocol",
        ["wayland", "input-method", "i18n"],
    ),
    (
        "~ondrejk",
        "wl-gammarelay",
        "Adjust colour temperature and brightness of outputs over D-Bus",
        ["wayland", "dbus", "rust"],
    ),
    (
        "~beatrix",
        "drift",
        "An experimental scrolling compositor where windows live on an infinite strip",
        ["wayland", "compositor", "experimental"],
    ),
    (
        "~hesper",
        "zig-wayland-examples",
        "Small self-contained Wayland clients written in Zig, from a blank window to popups",
        ["zig", "wayland", "examples"],
    ),
    (
        "~mwangi",
        "kanshi-profiles",
        "A collection of output profiles and a helper to switch them by hostname",
        ["wayland", "kanshi", "dotfiles"],
    ),
    (
        "~pvk",
        "xdg-portal-mini",
        "A small xdg-desktop-portal backend for screen casting on wlroots compositors",
        ["wayland", "portal", "pipewire"],
    ),
    (
        "~lindqvist",
        "cairn-term",
        "GPU-less terminal emulator for Wayland with sixel and ligature support",
        ["wayland", "terminal", "rust"],
    ),
    (
        "~adeyemi",
        "seatd-notes",
        "Notes and patches for running seatd on musl-based distributions",
        ["seatd", "wayland", "musl"],
    ),
    (
        "~fenwick",
        "wlr-randr-tui",
        "Terminal user interface for arranging outputs, a front end to wlr-randr",
        ["wayland", "tui", "python"],
    ),
    (
        "~saoirse",
        "hare-xkb",
        "Keymap handling for Hare programs, a thin wrapper over libxkbcommon",
        ["hare", "xkb", "library"],
    ),
    ("~mireille", "guile-wlroots", "Guile Scheme bindings to wlroots 0.18", ["guile", "scheme", "wlroots"]),
    (
        "~okonkwo",
        "paperboy",
        "Wallpaper setter for Wayland that cycles images from a directory on a timer",
        ["wayland", "wallpaper", "c"],
    ),
    (
        "~beatrix",
        "wl-kbptr",
        "Move and click the pointer with the keyboard on Wayland",
        ["wayland", "accessibility", "c"],
    ),
    (
        "~tamsin",
        "sway-ipc-py",
        "Typed Python client for the sway IPC protocol with asyncio support",
        ["sway", "python", "ipc"],
    ),
    (
        "~gaspard",
        "wl-scanner-ml",
        "Protocol XML to OCaml code generator used by fenetre",
        ["ocaml", "wayland", "codegen"],
    ),
    (
        "~kazuto",
        "wvkbd-jp",
        "On-screen keyboard for Wayland phones with a Japanese kana layout",
        ["wayland", "mobile", "keyboard"],
    ),
    (
        "~ravenna",
        "hare-egl",
        "EGL and OpenGL ES bindings for Hare, tested with hare-wayland",
        ["hare", "egl", "graphics"],
    ),
    ("~fenwick", "idle-inhibit", "Keep the screen awake while a given process is running", ["wayland", "power", "cli"]),
    (
        "~mwangi",
        "foot-themes",
        "Colour schemes for the foot terminal, generated from a single palette file",
        ["foot", "themes"],
    ),
    (
        "~lindqvist",
        "swaync-lite",
        "Notification centre panel with do-not-disturb and grouped history",
        ["wayland", "notifications", "gtk"],
    ),
    (
        "~hesper",
        "river-layouts",
        "Layout generators for the river compositor: dwindle, centred master and grid",
        ["river", "wayland", "zig"],
    ),
    (
        "~okonkwo",
        "wl-recorder",
        "Record the screen to WebM or MP4 with hardware encoding through VA-API",
        ["wayland", "video", "vaapi"],
    ),
    (
        "~tobyn",
        "grim-annotate",
        "Draw arrows, boxes and text on a screenshot before saving it",
        ["wayland", "screenshot", "gtk"],
    ),
    (
        "~pvk",
        "wayvnc-configs",
        "Example wayvnc setups for headless servers and remote desktops",
        ["vnc", "wayland", "headless"],
    ),
    (
        "~tamsin",
        "layer-shell-qt-demo",
        "Demonstrates wlr-layer-shell surfaces from a Qt 6 application",
        ["qt", "wayland", "layer-shell"],
    ),
    (
        "~beatrix",
        "drift-protocols",
        "Draft protocol extensions proposed by the drift compositor",
        ["wayland", "protocols", "xml"],
    ),
    (
        "~adeyemi",
        "wl-present",
        "Present slides as PDF pages on a second output, with notes on the first",
        ["wayland", "presentation", "c"],
    ),
    ("~saoirse", "bunsen", "Hare library for writing Wayland panels and docks", ["hare", "wayland", "gui"]),
    (
        "~okonkwo",
        "gammastep-hooks",
        "Hook scripts that run when gammastep switches between day and night",
        ["gammastep", "shell"],
    ),
    (
        "~kazuto",
        "mozc-wayland",
        "Packaging and patches to use the Mozc input method under Wayland",
        ["input-method", "i18n", "packaging"],
    ),
    (
        "~fenwick",
        "wayland-debug-viewer",
        "Read WAYLAND_DEBUG=1 logs and show them as a filterable timeline",
        ["wayland", "debugging", "python"],
    ),
    ("~mwangi", "dotfiles", "My sway, foot and waybar configuration", ["dotfiles", "sway"]),
    ("~ravenna", "hare-cairo", "Bindings to the cairo 2D graphics library for Hare", ["hare", "cairo", "graphics"]),
    (
        "~gaspard",
        "tiled-ml",
        "A toy tiling compositor in OCaml, for learning the Wayland protocol",
        ["ocaml", "compositor", "learning"],
    ),
    (
        "~tamsin",
        "xwayland-satellite-notes",
        "Notes on running X11 applications on compositors without built-in Xwayland",
        ["xwayland", "x11", "notes"],
    ),
    (
        "~hesper",
        "wayland-book-de",
        "German translation of The Wayland Protocol book",
        ["documentation", "translation", "wayland"],
    ),
]

TH_SERVICES = ["meta", "git", "hg", "builds", "todo", "lists", "man", "paste", "pages", "chat"]


def _th_href(page: int) -> str:
    return f"/projects?page={page}&amp;search={TH_SEARCH}&amp;sort={TH_SORT}"


def _th_pagination(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(f'<li class="page-item"><a class="page-link" href="{_th_href(number - 1)}">&laquo;</a></li>')
    else:
        items.append('<li class="page-item disabled"><span class="page-link">&laquo;</span></li>')
    for n in range(1, total + 1):
        if n == number:
            items.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>')
        else:
            items.append(f'<li class="page-item"><a class="page-link" href="{_th_href(n)}">{n}</a></li>')
    if number < total:
        items.append(f'<li class="page-item"><a class="page-link" href="{_th_href(number + 1)}">&raquo;</a></li>')
    else:
        items.append('<li class="page-item disabled"><span class="page-link">&raquo;</span></li>')
    joined = "\n      ".join(items)
    return f"""<nav aria-label="pagination">
    <ul class="pagination">
      {joined}
    </ul>
  </nav>"""


def _th_event(owner: str, name: str, description: str, tags: list[str]) -> str:
    tag_links = "\n      ".join(
        f'<a href="/projects?search=%23{esc(t)}&amp;sort={TH_SORT}" class="tag">#{esc(t)}</a>' for t in tags
    )
    return f"""<div class="event">
    <h4>
      <a href="/{owner}/">{owner}</a>/<a href="/{owner}/{name}">{name}</a>
    </h4>
    <p>{esc(description)}</p>
    <div class="tags">
      {tag_links}
    </div>
  </div>"""


def _th_page(number: int, total: int, events: str) -> str:
    navs = "\n      ".join(
        f'<li class="nav-item"><a class="nav-link" href="https://{svc}.tarnhut.net">{svc}</a></li>'
        for svc in TH_SERVICES
    )
    return f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Projects - tarnhut</title>
  <link rel="stylesheet" href="/static/main.min.3f91c0be.css">
  <link rel="icon" type="image/png" href="/static/logo.png" />
  <meta name="description" content="The tarnhut project hub: find free software projects hosted on tarnhut" />
</head>
<body>
  <nav class="container navbar navbar-light navbar-expand-sm">
    <span class="navbar-brand">
      <span class="icon icon-circle"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><path d="M256 8C119 8 8 119 8 256s111 248 248 248 248-111 248-248S393 8 256 8zm0 448c-110.5 0-200-89.5-200-200S145.5 56 256 56s200 89.5 200 200-89.5 200-200 200z"></path></svg></span>
      <a href="/">tarnhut</a>
    </span>
    <ul class="navbar-nav">
      <li class="nav-item active"><a class="nav-link" href="/">hub</a></li>
      {navs}
    </ul>
    <div class="login">
      <span class="navbar-text">
        <a href="https://meta.tarnhut.net/login?return_to=https%3A%2F%2Ftarnhut.net%2Fprojects%3Fsearch%3D{TH_SEARCH}">Log in</a>
        &mdash;
        <a href="https://meta.tarnhut.net">Register</a>
      </span>
    </div>
  </nav>
  <div class="header-tabbed">
    <div class="container">
      <h2>Projects</h2>
      <ul class="nav nav-tabs">
        <li class="nav-item"><a class="nav-link active" href="/projects">projects</a></li>
        <li class="nav-item"><a class="nav-link" href="/lists">mailing lists</a></li>
        <li class="nav-item"><a class="nav-link" href="/trackers">trackers</a></li>
        <li class="nav-item"><a class="nav-link" href="/sources">sources</a></li>
      </ul>
    </div>
  </div>
  <div class="container">
    <div class="row">
      <div class="col-md-4">
        <p>
          Browse free software projects hosted on tarnhut. Projects bring together
          repositories, mailing lists and ticket trackers under one name.
        </p>
        <form method="GET" action="/projects">
          <div class="form-group">
            <label for="search">Search</label>
            <input type="text" id="search" name="search" class="form-control" value="{TH_SEARCH}" placeholder="Search projects" />
            <small class="form-text text-muted">Use <code>#tag</code> to search by tag, <code>~user</code> for a user's projects.</small>
          </div>
          <fieldset class="form-group">
            <legend>Sort by</legend>
            <div class="form-check">
              <input class="form-check-input" type="radio" name="sort" id="sort-recently-updated" value="recently-updated" checked />
              <label class="form-check-label" for="sort-recently-updated">Recently updated</label>
            </div>
            <div class="form-check">
              <input class="form-check-input" type="radio" name="sort" id="sort-longest-active" value="longest-active" />
              <label class="form-check-label" for="sort-longest-active">Longest active</label>
            </div>
          </fieldset>
          <button type="submit" class="btn btn-primary">Search <span class="icon icon-caret-right"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 192 512" aria-hidden="true"><path d="M0 384.662V127.338c0-17.818 21.543-26.741 34.142-14.142l128.662 128.662c7.81 7.81 7.81 20.474 0 28.284L34.142 398.804C21.543 411.404 0 402.48 0 384.662z"></path></svg></span></button>
        </form>
        <h3>Popular tags</h3>
        <p>
          <a href="/projects?search=%23rust&amp;sort={TH_SORT}" class="tag">#rust</a>
          <a href="/projects?search=%23hare&amp;sort={TH_SORT}" class="tag">#hare</a>
          <a href="/projects?search=%23zig&amp;sort={TH_SORT}" class="tag">#zig</a>
          <a href="/projects?search=%23wayland&amp;sort={TH_SORT}" class="tag">#wayland</a>
          <a href="/projects?search=%23go&amp;sort={TH_SORT}" class="tag">#go</a>
        </p>
      </div>
      <div class="col-md-8">
        <div class="event-list">
  {events}
        </div>
  {_th_pagination(number, total)}
      </div>
    </div>
  </div>
  <div class="container-fluid">
    <footer class="footer">
      <a href="https://tarnhut.net" class="brand"><span class="icon icon-circle"></span> tarnhut</a><br />
      Copyright &copy; 2018-2025 <a href="https://tarnhut.net/about">tarnhut.net contributors</a><br />
      Code licensed under the <a href="https://git.tarnhut.net/~tarnhut/hub.tarnhut.net/tree/master/item/LICENSE">AGPL</a>.
      <br />
      <a href="https://man.tarnhut.net/privacy.md">Privacy policy</a> &mdash;
      <a href="https://status.tarnhut.net">Service status</a> &mdash;
      <a href="mailto:support@tarnhut.net">Contact support</a>
    </footer>
  </div>
</body>
</html>"""


@twentyseventh_b
def build_tarnhut() -> None:
    s = Site(
        "tarnhut",
        kind="software forge project hub search (hub.sr.ht / sourcehut 2024–25: the plain sr.ht navbar of service links and 'Log in — Register', header-tabbed Projects tabs, a side column with the search form, sort radios and popular tags, then div.event-list of div.event: h4 with '~owner' link + '/' + project link, a description p, div.tags of '#tag' links; a Bootstrap-style ul.pagination of « 1 2 3 » over ?page=N&search=…&sort=…)",
        start=f"projects?search={TH_SEARCH}&sort={TH_SORT}",
        description="A sourcehut-style project hub, searched for 'wayland' and sorted 'Recently updated', as a logged-out visitor gets it from hub.sr.ht's Jinja templates: navbar-brand with the circle icon, nav links to the forge's services (hub active), 'Log in — Register'; div.header-tabbed with h2 'Projects' and projects / mailing lists / trackers / sources tabs; col-md-4 with an intro paragraph, the GET form (search box holding 'wayland', a hint on #tag and ~user, Recently updated / Longest active radios, Search button) and a 'Popular tags' row of a.tag links; col-md-8 with div.event-list of div.event: h4 holding a link to /~owner/ ('~mireille') then '/' then a link to /~owner/project ('kestrel'), a p with the description, div.tags of a.tag '#wayland' links to ?search=%23tag; ul.pagination (« 1 2 3 », the current page a span) over /projects?page=N&search=wayland&sort=recently-updated; the sr.ht footer. 20 + 20 + 8 projects. Written down: title (project name), url, owner, description, tags (list, without '#').",
    )
    pages = chunks(TH_PROJECTS, [TH_PAGE_SIZE, TH_PAGE_SIZE, len(TH_PROJECTS) - 2 * TH_PAGE_SIZE])
    for number, batch in enumerate(pages, 1):
        events = "\n  ".join(_th_event(*p) for p in batch)
        html = _th_page(number, len(pages), events)
        if number == 1:
            s.list_page(f"projects@search={TH_SEARCH}&sort={TH_SORT}", html)
            s.write(f"projects@page=1&search={TH_SEARCH}&sort={TH_SORT}", html)
        else:
            s.list_page(f"projects@page={number}&search={TH_SEARCH}&sort={TH_SORT}", html)
    for owner, name, description, tags in TH_PROJECTS:
        s.expect({"title": name, "url": f"/{owner}/{name}", "owner": owner, "description": description, "tags": tags})
    s.finish()


# ---------------------------------------------------------------------------------------------------
# tripvoyant: an Expedia Hotel-Search results page (uitk), one page with a 'Show more' button.
# ---------------------------------------------------------------------------------------------------

TV_QUERY = "destination=Lisbon&regionId=2833&startDate=2025-05-14&endDate=2025-05-17&adults=2&rooms=1&sort=RECOMMENDED"
TV_NIGHTS = 3
TV_IMG = "https://images.tripvoyant-media.com/lodging"

#: (name, hotel id, neighbourhood, rating or None, reviews, nightly price, struck price or None, amenity, refundable, badge)
TvHotel = tuple[str, int, str, float | None, int, int, int | None, str | None, bool, str | None]
TV_HOTELS: list[TvHotel] = [
    ("Casa do Largo Alfama", 7259834, "Alfama", 9.4, 1284, 187, 214, "Breakfast included", True, "VIP Access"),
    ("Hotel Miradouro Chiado", 1184302, "Chiado", 9.0, 2311, 243, None, None, True, None),
    ("Baixa Pombalina Suites", 3342017, "Baixa", 8.8, 967, 159, None, "Breakfast available", True, None),
    ("Tejo Riverside Hotel", 912443, "Cais do Sodré", 8.6, 3402, 211, 248, "Pool", True, "Member Price"),
    (
        "Príncipe Real Garden House",
        5821946,
        "Príncipe Real",
        9.6,
        412,
        329,
        None,
        "Breakfast included",
        True,
        "VIP Access",
    ),
    ("Avenida Liberdade Grand", 28419, "Avenida da Liberdade", 9.2, 5120, 398, 452, "Spa", True, None),
    ("The Lisbon Tram Hostel & Rooms", 10483221, "Graça", 8.2, 1876, 74, None, None, False, None),
    ("Belém Monastery View Hotel", 2263590, "Belém", 8.4, 1033, 138, None, "Free parking", True, None),
    ("Hotel Oriente Parque", 447182, "Parque das Nações", 8.0, 2894, 126, 141, "Pool", True, "Member Price"),
    ("Bairro Alto Boutique Hotel", 6672013, "Bairro Alto", 9.1, 1458, 276, None, None, True, None),
    ("Santos Design Lofts", 38821507, "Santos", 8.9, 226, 169, None, "Kitchen", True, None),
    ("Marquês Central Hotel", 153394, "Marquês de Pombal", 7.8, 4410, 112, None, "Breakfast available", False, None),
    ("Lapa Palace Residences", 17720, "Lapa", 9.8, 688, 612, None, "Spa", True, "VIP Access"),
    ("Rossio Square Apartments", 21904571, "Baixa", 8.7, 541, 148, 172, "Kitchen", True, None),
    ("Alcântara Docks Hotel", 4529106, "Alcântara", 8.1, 1211, 119, None, "Free parking", True, None),
    (
        "Campo de Ourique Guest House",
        33018452,
        "Campo de Ourique",
        9.3,
        178,
        102,
        None,
        "Breakfast included",
        False,
        None,
    ),
    ("Saldanha Business Hotel", 318227, "Saldanha", 7.9, 3765, 98, 109, None, True, "Member Price"),
    ("Casa Azulejo Graça", 42290176, "Graça", None, 0, 131, None, None, True, None),
    ("Chiado Opera Apartments", 16630258, "Chiado", 8.5, 803, 197, None, "Kitchen", True, None),
    ("Hotel Estrela Jardim", 1920833, "Estrela", 8.8, 1590, 165, 183, "Breakfast available", True, None),
    ("Alfama Fado Rooms", 27345190, "Alfama", 7.4, 622, 83, None, None, False, None),
    ("Cais do Sodré River Lofts", 50218834, "Cais do Sodré", 9.0, 95, 224, None, "Kitchen", True, None),
    ("Liberdade Palace Hotel", 70214, "Avenida da Liberdade", 9.4, 2876, 356, 419, "Spa", True, "VIP Access"),
    ("Parque Eduardo VII Hotel", 219846, "Marquês de Pombal", 8.3, 6012, 141, None, "Pool", True, None),
    ("Belém Riverfront Studios", 44820917, "Belém", 8.6, 311, 121, None, "Free parking", True, None),
    ("Martim Moniz Urban Hotel", 9020144, "Mouraria", 7.6, 2145, 89, None, None, True, None),
    ("Hotel Castelo Sao Jorge", 1058832, "Alfama", 9.1, 1702, 232, None, "Breakfast included", True, None),
    ("Expo Tower Apartments", 36654021, "Parque das Nações", 8.9, 264, 176, 199, "Pool", True, None),
    ("Intendente Creative Hostel", 19973305, "Intendente", 8.7, 3380, 46, None, None, False, None),
    ("Restauradores Plaza Hotel", 262710, "Baixa", 8.2, 4019, 153, None, "Breakfast available", True, "Member Price"),
    ("Janelas Verdes Inn", 612298, "Lapa", 9.5, 892, 289, None, "Breakfast included", True, None),
    ("Amoreiras Towers Suites", 8847120, "Amoreiras", 8.4, 1126, 134, None, "Pool", True, None),
]

#: sponsored cards: (after this card, name, id, neighbourhood, rating, reviews, price)
TV_ADS: list[tuple[int, str, int, str, float, int, int]] = [
    (3, "Atlântico Bay Resort Cascais", 3190466, "Cascais", 8.9, 2210, 264),
    (12, "Sintra Hills Palace Hotel", 771548, "Sintra", 9.0, 1387, 219),
]


def _tv_rating_text(rating: float) -> str:
    if rating >= 9.6:
        return "Exceptional"
    if rating >= 9.0:
        return "Wonderful"
    if rating >= 8.0:
        return "Very Good"
    if rating >= 7.0:
        return "Good"
    return "Okay"


def _tv_total(price: int) -> int:
    return round(price * TV_NIGHTS * 1.078)


def _tv_href(name: str, hid: int, price: int, index: int) -> str:
    return (
        f"/Lisbon-Hotels-{'-'.join(w.capitalize() for w in slug(name).split('-'))}.h{hid}.Hotel-Information"
        f"?chkin=2025-05-14&chkout=2025-05-17&x_pwa=1&rfrr=HSR&pwa_ts=17392712{index:05d}&regionId=2833"
        f"&destination=Lisbon&destType=MARKET&sort=RECOMMENDED&top_dp={price}&top_cur=USD&rm1=a2"
    )


def _tv_card(hotel: TvHotel, index: int, ad: bool = False) -> str:
    name, hid, hood, rating, reviews, price, struck, amenity, refundable, badge = hotel
    href = _tv_href(name, hid, price, index)
    photos = "".join(
        f'<figure class="uitk-image uitk-image-fit-cover uitk-image-ratio-4-3 uitk-image-ratio"><div class="uitk-image-placeholder"><img alt="{esc(alt)}" class="uitk-image-media" src="{TV_IMG}/{hid // 1000}000/{hid}/{hid}_{n}_b.jpg?impolicy=resizecrop&amp;rw=455&amp;ra=fit" loading="{"eager" if index < 3 and n == 1 else "lazy"}"></div></figure>'
        for n, alt in enumerate([f"{name}, Lisbon", "Room", "Lobby"], 1)
    )
    top = ""
    if ad:
        top = '<div class="uitk-layout-flex uitk-spacing uitk-spacing-padding-blockend-one"><span class="uitk-badge-base uitk-badge-base-small uitk-badge-base-has-text uitk-badge-standard" data-stid="sponsored-ad-badge"><span class="uitk-badge-base-text">Ad</span></span></div>'
    elif badge:
        theme = "vip" if badge == "VIP Access" else "member"
        top = f'<div class="uitk-layout-flex uitk-spacing uitk-spacing-padding-blockend-one"><span class="uitk-badge-base uitk-badge-base-small uitk-badge-base-has-text uitk-badge-{theme}"><span class="uitk-badge-base-text">{badge}</span></span></div>'
    amen = (
        f'\n                <div class="uitk-layout-flex uitk-layout-flex-gap-one uitk-spacing uitk-spacing-padding-blockstart-one"><div class="uitk-text uitk-type-300 uitk-text-default-theme">{esc(amenity)}</div></div>'
        if amenity
        else ""
    )
    refund = (
        '\n                <div class="uitk-spacing uitk-spacing-padding-blockstart-two" data-test-id="refundability"><div class="uitk-text uitk-type-200 uitk-type-bold uitk-text-positive-theme">Fully refundable</div><div class="uitk-text uitk-type-200 uitk-text-positive-theme">Reserve now, pay later</div></div>'
        if refundable
        else ""
    )
    if rating is None:
        score = '<div class="uitk-layout-flex uitk-layout-flex-align-items-center"><span class="uitk-badge-base uitk-badge-base-small uitk-badge-base-has-text uitk-badge-standard"><span class="uitk-badge-base-text">New to tripvoyant</span></span></div>'
    else:
        text = _tv_rating_text(rating)
        score = f"""<div class="uitk-layout-flex uitk-layout-flex-align-items-center uitk-layout-flex-gap-two">
                  <span class="uitk-badge uitk-badge-base-large uitk-badge-base-has-text uitk-badge-positive"><span class="uitk-badge-base-text" aria-hidden="true">{rating:.1f}</span></span>
                  <span class="is-visually-hidden">{rating:.1f} out of 10</span>
                  <div class="uitk-layout-flex uitk-layout-flex-flex-direction-column">
                    <span class="uitk-text uitk-type-300 uitk-type-medium uitk-text-emphasis-theme" aria-hidden="true">{text}</span>
                    <span class="uitk-text uitk-type-200 uitk-text-default-theme" aria-hidden="true">{reviews:,} reviews</span>
                    <span class="is-visually-hidden">{text}, {reviews:,} reviews</span>
                  </div>
                </div>"""
    was = ""
    was_sr = ""
    if struck:
        was = f'<del class="uitk-spacing uitk-spacing-padding-inlineend-one"><div class="uitk-text uitk-type-300 uitk-text-default-theme" aria-hidden="true">${struck}</div></del>'
        was_sr = f'<div class="uitk-text is-visually-hidden">The price was ${struck}</div>'
    total = _tv_total(price)
    return f"""        <div class="uitk-spacing uitk-spacing-margin-blockstart-three">
          <div class="uitk-card uitk-card-roundcorner-all uitk-card-has-border uitk-card-has-link uitk-card-has-overflow uitk-card-has-primary-theme" data-stid="lodging-card-responsive">
            <div class="uitk-card-content-section uitk-card-content-section-padded uitk-layout-grid uitk-layout-grid-gap-three uitk-layout-grid-columns-small-4 uitk-layout-grid-columns-medium-6 uitk-layout-grid-columns-large-12">
              <div class="uitk-layout-grid-item uitk-layout-grid-item-columnspan-small-4 uitk-layout-grid-item-columnspan-medium-2 uitk-layout-grid-item-columnspan-large-4">
                <div class="uitk-gallery-carousel" data-stid="carousel-wrapper">
                  <div class="uitk-gallery-carousel-items">{photos}</div>
                  <button type="button" class="uitk-gallery-carousel-button uitk-gallery-carousel-button-prev" aria-label="Show previous image for {esc(name)}"><svg class="uitk-icon" aria-hidden="true" viewBox="0 0 24 24"><path d="M15.41 16.59 10.83 12l4.58-4.59L14 6l-6 6 6 6 1.41-1.41z"></path></svg></button>
                  <button type="button" class="uitk-gallery-carousel-button uitk-gallery-carousel-button-next" aria-label="Show next image for {esc(name)}"><svg class="uitk-icon" aria-hidden="true" viewBox="0 0 24 24"><path d="M8.59 16.59 13.17 12 8.59 7.41 10 6l6 6-6 6-1.41-1.41z"></path></svg></button>
                </div>
                <div class="uitk-layout-position uitk-layout-position-top-zero uitk-layout-position-right-zero uitk-layout-position-absolute"><button type="button" class="favorite-button uitk-button uitk-button-only-icon" data-stid="favorite-button" aria-label="Save {esc(name)} to a trip"><svg class="uitk-icon" aria-hidden="true" viewBox="0 0 24 24"><path d="M16.5 3A5.99 5.99 0 0 0 12 5.09 5.99 5.99 0 0 0 7.5 3 5.45 5.45 0 0 0 2 8.5c0 3.78 3.4 6.86 8.55 11.54L12 21.35l1.45-1.32C18.6 15.36 22 12.28 22 8.5A5.45 5.45 0 0 0 16.5 3z"></path></svg></button></div>
              </div>
              <div class="uitk-layout-grid-item uitk-layout-grid-item-columnspan-small-4 uitk-layout-grid-item-columnspan-medium-4 uitk-layout-grid-item-columnspan-large-8">
                <div class="uitk-layout-flex uitk-layout-flex-block-size-full-size uitk-layout-flex-flex-direction-column uitk-layout-flex-justify-content-space-between">
                  <div class="uitk-spacing uitk-spacing-padding-blockend-three">
                    {top}
                    <div class="uitk-spacing uitk-spacing-padding-blockend-half"><h3 class="uitk-heading uitk-heading-5 overflow-wrap uitk-layout-grid-item uitk-layout-grid-item-has-row-start">{esc(name)}</h3></div>
                    <div class="uitk-text uitk-text-spacing-half truncate-lines-2 uitk-type-300 uitk-text-default-theme">{esc(hood)}</div>{amen}{refund}
                  </div>
                  <div class="uitk-layout-flex uitk-layout-flex-align-items-flex-end uitk-layout-flex-justify-content-space-between uitk-layout-flex-gap-two">
                    {score}
                    <div class="uitk-layout-flex uitk-layout-flex-flex-direction-column uitk-layout-flex-align-items-flex-end" data-test-id="price-summary">
                      <div class="uitk-layout-flex uitk-layout-flex-align-items-baseline" data-test-id="price-summary-message-line">{was}<div class="uitk-text uitk-type-500 uitk-type-medium uitk-text-emphasis-theme" aria-hidden="true">${price}</div><div class="uitk-text uitk-type-start uitk-type-200 uitk-text-default-theme uitk-spacing uitk-spacing-padding-inlinestart-one" aria-hidden="true">nightly</div></div>
                      <div class="uitk-text is-visually-hidden">The current price is ${price}</div>{was_sr}
                      <div class="uitk-text uitk-type-end uitk-type-200 uitk-text-default-theme" data-test-id="price-summary-message-line">${total:,} total</div>
                      <div class="uitk-text uitk-type-end uitk-type-200 uitk-text-default-theme">includes taxes &amp; fees</div>
                    </div>
                  </div>
                </div>
              </div>
            </div>
            <a data-stid="open-hotel-information" target="_blank" rel="noopener" href="{esc(href)}" class="uitk-card-link"><span class="is-visually-hidden">More information about {esc(name)}, opens in a new tab</span></a>
          </div>
        </div>"""


TV_FILTERS = [
    ("Popular filters", ["Breakfast included", "Hotel", "Pool", "Free cancellation", "Parking"]),
    ("Star rating", ["1 star", "2 stars", "3 stars", "4 stars", "5 stars"]),
    ("Payment type", ["Reserve now, pay later", "Pay at property"]),
    ("Property type", ["Hotel", "Apartment", "Guesthouse", "Hostel", "Aparthotel"]),
    ("Neighborhood", ["Baixa", "Alfama", "Chiado", "Bairro Alto", "Belém", "Parque das Nações"]),
]


def _tv_page(cards: str, count: int) -> str:
    filters = "\n".join(
        f"""          <fieldset class="uitk-spacing uitk-spacing-margin-blockend-six" data-test-id="filter-{slug(title)}">
            <legend class="uitk-heading uitk-heading-7">{esc(title)}</legend>
            {"".join(f'<div class="uitk-checkbox"><input type="checkbox" id="{slug(title)}-{slug(v)}" class="uitk-checkbox-input" value="{esc(v)}"><label class="uitk-checkbox-label" for="{slug(title)}-{slug(v)}">{esc(v)}</label></div>' for v in values)}
          </fieldset>"""
        for title, values in TV_FILTERS
    )
    return f"""<!DOCTYPE html>
<html lang="en-US" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Lisbon, Lisbon District, Portugal Hotel Search Results</title>
  <meta name="robots" content="noindex,nofollow">
  <link rel="preconnect" href="https://images.tripvoyant-media.com">
  <link rel="stylesheet" href="https://c.tripvoyant-static.com/shared-ui/uitk/16.4.0/uitk.min.css">
  <link rel="stylesheet" href="https://c.tripvoyant-static.com/shopping-pwa/hotel-search.5a01c3e9.css">
  <script>window.__CONFIG__ = {{"locale": "en_US", "currency": "USD", "siteId": 1, "pageName": "page.Hotel-Search", "tpid": 1, "eapid": 0}};</script>
  <script async src="https://c.tripvoyant-static.com/shopping-pwa/runtime.7c2e9b11.js"></script>
  <script async src="https://c.tripvoyant-static.com/shopping-pwa/hotel-search.5a01c3e9.js"></script>
</head>
<body class="uitk-theme-global">
  <div id="app-layer-manager">
    <a class="uitk-skip-link" href="#app-main-content">Skip to main content</a>
    <header class="global-navigation-site-header" data-stid="global-navigation-header">
      <div class="uitk-layout-flex uitk-layout-flex-align-items-center uitk-layout-flex-justify-content-space-between">
        <a href="/" class="uitk-header-brand-logo" aria-label="tripvoyant logo"><img src="https://c.tripvoyant-static.com/brand/tripvoyant-logo.svg" alt="tripvoyant logo" width="128" height="32"></a>
        <button type="button" class="uitk-button uitk-button-medium uitk-button-tertiary" aria-expanded="false" data-stid="shop-travel-menu">Shop travel</button>
        <nav class="uitk-layout-flex uitk-layout-flex-gap-four" aria-label="Account">
          <a class="uitk-link uitk-link-medium" href="/Homepage?list-your-property">List your property</a>
          <a class="uitk-link uitk-link-medium" href="/service/">Support</a>
          <a class="uitk-link uitk-link-medium" href="/trips">Trips</a>
          <a class="uitk-button uitk-button-small uitk-button-primary" href="/login?ckoflag=0&amp;uurl=e3id%3Dredr%26rurl%3D%2FHotel-Search" data-stid="sign-in-button">Sign in</a>
        </nav>
      </div>
    </header>
    <main id="app-main-content" class="uitk-spacing uitk-spacing-padding-blockstart-three">
      <section class="uitk-spacing uitk-spacing-padding-inline-six" data-stid="search-form">
        <form class="uitk-form" action="/Hotel-Search" method="get" data-stid="lodging-search-form">
          <div class="uitk-layout-grid uitk-layout-grid-columns-4 uitk-layout-grid-gap-three">
            <button type="button" class="uitk-fake-input uitk-form-field-trigger" data-stid="destination_form_field-menu-trigger" aria-label="Where to? Lisbon">Where to?<span class="uitk-fake-input-value">Lisbon</span></button>
            <button type="button" class="uitk-fake-input uitk-form-field-trigger" data-stid="uitk-date-selector-input1-default" aria-label="Dates, May 14 - May 17">Dates<span class="uitk-fake-input-value">May 14 - May 17</span></button>
            <button type="button" class="uitk-fake-input uitk-form-field-trigger" data-stid="open-room-picker" aria-label="Travelers, 2 travelers, 1 room">Travelers<span class="uitk-fake-input-value">2 travelers, 1 room</span></button>
            <button type="submit" class="uitk-button uitk-button-large uitk-button-primary" id="search_button">Search</button>
          </div>
          <input type="hidden" name="destination" value="Lisbon"><input type="hidden" name="regionId" value="2833"><input type="hidden" name="startDate" value="2025-05-14"><input type="hidden" name="endDate" value="2025-05-17"><input type="hidden" name="adults" value="2"><input type="hidden" name="rooms" value="1">
        </form>
      </section>
      <div class="uitk-layout-grid uitk-layout-grid-columns-large-12 uitk-layout-grid-gap-six uitk-spacing uitk-spacing-padding-inline-six">
        <aside class="uitk-layout-grid-item uitk-layout-grid-item-columnspan-large-3" data-stid="shopping-filters">
          <div class="uitk-spacing uitk-spacing-margin-blockend-four"><button type="button" class="uitk-button uitk-button-medium uitk-button-secondary" data-stid="map-trigger">View in a map</button></div>
          <div class="uitk-field has-icon" data-stid="property-name-search"><label for="hotel_name_filter" class="uitk-field-label">Search by property name</label><input id="hotel_name_filter" type="text" class="uitk-field-input" placeholder="e.g. Marriott"></div>
          <h2 class="uitk-heading uitk-heading-5">Filter by</h2>
{filters}
          <fieldset class="uitk-spacing uitk-spacing-margin-blockend-six" data-test-id="filter-guest-rating">
            <legend class="uitk-heading uitk-heading-7">Guest rating</legend>
            <div class="uitk-radio-button"><input type="radio" name="guestRating" id="gr-any" value="" checked><label for="gr-any">Any</label></div>
            <div class="uitk-radio-button"><input type="radio" name="guestRating" id="gr-45" value="45"><label for="gr-45">Wonderful 9+</label></div>
            <div class="uitk-radio-button"><input type="radio" name="guestRating" id="gr-40" value="40"><label for="gr-40">Very good 8+</label></div>
            <div class="uitk-radio-button"><input type="radio" name="guestRating" id="gr-35" value="35"><label for="gr-35">Good 7+</label></div>
          </fieldset>
        </aside>
        <section class="uitk-layout-grid-item uitk-layout-grid-item-columnspan-large-9" data-stid="section-results">
          <div class="uitk-layout-flex uitk-layout-flex-align-items-center uitk-layout-flex-justify-content-space-between">
            <div class="uitk-text uitk-type-300 uitk-text-default-theme" data-stid="results-header-message"><span>{count}+ properties</span></div>
            <div class="uitk-field uitk-field-select-field" data-stid="sort-dropdown"><label class="uitk-field-label" for="sort-filter-dropdown-sort">Sort by</label><select id="sort-filter-dropdown-sort" name="sort" class="uitk-field-select"><option value="RECOMMENDED" selected>Recommended</option><option value="PRICE_LOW_TO_HIGH">Price: low to high</option><option value="PRICE_HIGH_TO_LOW">Price: high to low</option><option value="DISTANCE">Distance from downtown</option><option value="REVIEW">Guest rating + our picks</option><option value="PROPERTY_CLASS">Star rating</option></select></div>
          </div>
          <div class="uitk-spacing uitk-spacing-padding-blockstart-two"><a class="uitk-link uitk-link-small" href="/lp/b/sort-order-info" target="_blank" rel="noopener">How our sort order works</a></div>
          <div class="uitk-card uitk-card-roundcorner-all uitk-card-has-primary-theme uitk-spacing uitk-spacing-margin-blockstart-three" data-stid="loyalty-banner"><div class="uitk-card-content-section uitk-card-content-section-padded"><div class="uitk-text uitk-type-300 uitk-type-medium uitk-text-emphasis-theme">Members save 10% or more on over 100,000 hotels worldwide</div><a class="uitk-link uitk-link-medium" href="/login">Sign in, it's free</a></div></div>
          <div data-stid="property-listing-results">
{cards}
          </div>
          <div class="uitk-spacing uitk-spacing-padding-blockstart-six uitk-layout-flex uitk-layout-flex-justify-content-center"><button type="button" data-stid="show-more-results" class="uitk-button uitk-button-medium uitk-button-secondary">Show more</button></div>
          <p class="uitk-text uitk-type-200 uitk-text-default-theme uitk-spacing uitk-spacing-padding-blockstart-four">Prices are for 3 nights for 2 adults and include taxes and fees. Rates may change until you complete your booking.</p>
        </section>
      </div>
    </main>
    <footer class="global-navigation-footer" data-stid="global-footer">
      <div class="uitk-layout-grid uitk-layout-grid-columns-4">
        <div><h3 class="uitk-heading uitk-heading-7">Company</h3><ul class="uitk-typelist"><li><a href="/about">About</a></li><li><a href="/careers">Jobs</a></li><li><a href="/press">Newsroom</a></li></ul></div>
        <div><h3 class="uitk-heading uitk-heading-7">Explore</h3><ul class="uitk-typelist"><li><a href="/Destinations">United States of America travel guide</a></li><li><a href="/Hotels">Hotels in United States of America</a></li></ul></div>
        <div><h3 class="uitk-heading uitk-heading-7">Policies</h3><ul class="uitk-typelist"><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/accessibility">Accessibility</a></li></ul></div>
        <div><h3 class="uitk-heading uitk-heading-7">Help</h3><ul class="uitk-typelist"><li><a href="/service/">Support</a></li><li><a href="/trips">Change or cancel a booking</a></li></ul></div>
      </div>
      <p class="uitk-text uitk-type-100">© 2025 Tripvoyant, Inc. All rights reserved.</p>
    </footer>
  </div>
  <script>window.__PLUGIN_STATE__ = JSON.parse("{{\\"context\\":{{\\"site\\":{{\\"id\\":1}},\\"locale\\":\\"en_US\\",\\"currency\\":\\"USD\\"}},\\"searchCriteria\\":{{\\"regionId\\":\\"2833\\",\\"startDate\\":\\"2025-05-14\\",\\"endDate\\":\\"2025-05-17\\",\\"rooms\\":[{{\\"adults\\":2}}]}}}}");</script>
</body>
</html>"""


@twentyseventh_b
def build_tripvoyant() -> None:
    s = Site(
        "tripvoyant",
        kind="hotel search results (Expedia Hotel-Search 2024–25, uitk design system: global header, search form of fake-input triggers, filter fieldsets, '300+ properties', sort select, 'How our sort order works', a loyalty banner, div[data-stid=lodging-card-responsive] cards: image carousel, badges (VIP Access / Member Price), h3.uitk-heading name, neighbourhood, amenity and 'Fully refundable' lines, a score badge '9.2' + 'Wonderful' + '1,284 reviews' with visually hidden duplicates, price summary '$187' nightly with an optional struck '$214', '$605 total', an a[data-stid=open-hotel-information] overlay link holding only a visually hidden label; two 'Ad' cards; a 'Show more' button, no page links)",
        start=f"Hotel-Search?{TV_QUERY}",
        description="An online travel agency's Lisbon hotel search (May 14–17, 2 adults, 1 room, Recommended) as Expedia's 2024–25 Hotel-Search page renders to a signed-out visitor: skip link, global header (logo, Shop travel, List your property, Support, Trips, Sign in), the search form as fake-input buttons (Where to? Lisbon / Dates May 14 - May 17 / Travelers 2 travelers, 1 room) with hidden inputs; a filter aside (View in a map, Search by property name, Popular filters / Star rating / Payment type / Property type / Neighborhood checkboxes, Guest rating radios); '300+ properties', a Sort by select, 'How our sort order works', a members banner; then div[data-stid=property-listing-results] of lodging cards: a three-photo carousel with prev/next buttons and a save-to-trip heart, an optional VIP Access / Member Price badge, h3 name, the neighbourhood as text, an optional amenity line (Breakfast included, Pool, Spa…), 'Fully refundable' + 'Reserve now, pay later' on most, the score (a badge '9.2' aria-hidden + visually hidden '9.2 out of 10', 'Wonderful' and '1,284 reviews' aria-hidden + a visually hidden 'Wonderful, 1,284 reviews'; one card 'New to tripvoyant' instead), the price summary (optional del '$214', '$187' + 'nightly', visually hidden 'The current price is $187' / 'The price was $214', '$605 total', 'includes taxes & fees'), and a.uitk-card-link[data-stid=open-hotel-information] over the card to /Lisbon-Hotels-<Name>.h<id>.Hotel-Information?chkin=…&chkout=…&… (target _blank) with only a visually hidden 'More information about X, opens in a new tab'. Two sponsored cards with an 'Ad' badge (after cards 3 and 12, hotels outside Lisbon) are not records. 32 hotels on the one page; a 'Show more' button (script only), footer, a JSON.parse plugin-state script. Written down: title, url, location (neighbourhood), rating, rating_text, review_count, price (nightly, USD), currency, original_price (the struck nightly price), total_price.",
    )
    ads = {
        after: (name, hid, hood, rating, reviews, price) for after, name, hid, hood, rating, reviews, price in TV_ADS
    }
    cards = []
    for index, hotel in enumerate(TV_HOTELS, 1):
        cards.append(_tv_card(hotel, index))
        if index in ads:
            name, hid, hood, rating, reviews, price = ads[index]
            cards.append(
                _tv_card((name, hid, hood, rating, reviews, price, None, "Pool", True, None), 900 + index, ad=True)
            )
    s.list_page(f"Hotel-Search@{TV_QUERY}", _tv_page("\n".join(cards), 300))
    for index, (name, hid, hood, rating, reviews, price, struck, _amenity, _refundable, _badge) in enumerate(
        TV_HOTELS, 1
    ):
        s.expect(
            {
                "title": name,
                "url": _tv_href(name, hid, price, index),
                "location": hood,
                "rating": rating,
                "rating_text": _tv_rating_text(rating) if rating is not None else None,
                "review_count": reviews if rating is not None else None,
                "price": price,
                "currency": "USD",
                "original_price": struck,
                "total_price": _tv_total(price),
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYSEVENTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
