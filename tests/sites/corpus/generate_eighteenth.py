"""Eighteenth wave: three marketplace search pages in other languages (Spanish, Japanese, Polish), written and
measured before any heuristic was changed for them.

* **mercadito** — a Mercado Libre Argentina-like search result list of 2024–25 (``/celulares``): the
  ``nav-header`` (search box, "Ingresá tu código postal", "Creá tu cuenta" / "Ingresá" / "Mis compras"), a
  cookie banner, breadcrumbs, "1.234 resultados", a filter sidebar (``ui-search-filter-dl`` with counts
  "(1.234)"), an "Ordenar por Más relevantes" dropdown, then ``ol.ui-search-layout`` of
  ``li.ui-search-layout__item`` holding ``div.poly-card`` cards: a highlight ("MÁS VENDIDO", "OFERTA DEL
  DÍA") on some, the brand, the title link (``/…/p/MLA123#polycard_client=search-nordic&position=3…``, a
  per-position fragment), "Vendido por X" on some, rating "4.8" + star icons + "(1234)" on most, a struck
  ``andes-money-amount--previous`` price, the current price split in ``andes-money-amount__fraction``
  "299.999" and a superscript ``andes-money-amount__cents`` "99" on some (``aria-label`` "Ahora: 299999 pesos
  con 99 centavos"), "16% OFF", "Mismo precio en 12 cuotas de $25.000" (the instalment amount in its own
  andes-money-amount), "Envío gratis" / "Llega gratis mañana" / "Llega mañana" on most. Two
  "Promocionado" cards per page with the same markup (click-tracking links; not written down). An
  ``andes-pagination`` with numbers and "Siguiente" to ``/celulares_Desde_49_NoIndex_True`` (pages two and
  three), ``__PRELOADED_STATE__`` with the results' ids and prices, the footer. Twelve, twelve and ten
  phones. Written down: title, url, price, currency (ARS), original_price, discount, installments,
  shipping, seller, rating, review_count.
* **ichibamall** — a Rakuten Ichiba-like search page (``/search/mall/-/560202/``, Japanese): the common
  header, the search box, "検索結果 1～12件 (5,432件)", a genre sidebar with counts, a sort select "標準",
  then ``div.searchresultitem`` cards (``data-id``, ``data-shop-id``) with CSS-module hashed classes: the
  image, the title link (``https://item.ichibamall.example/<shop>/<code>/``), the price "1,980円" (a
  variation range "3,280円~" on one) with "送料無料" / "送料別" / "送料込", points "198ポイント" + "(10倍)",
  a "最強翌日配送" tag on some, the review score "4.62" + "(1,234件)" linking to the review site, the shop
  name link. Two "PR" cards per page (ad redirect links; not written down). ``dui-pagination`` with numbers
  and "次のページ" to ``?p=2``. Twelve, twelve and nine items. Written down: title, url, price, currency
  (JPY), shipping, points, point_rate, shop, rating, review_count.
* **targowisko** — an Allegro-like category listing (``/kategoria/sluchawki-bezprzewodowe-252838``,
  Polish): the consent dialog "Dbamy o Twoją prywatność", the header, the filter sidebar ("Stan",
  "Cena", "Sposób dostawy" with counts), "trafność: największa", then ``article`` offers
  (``data-role="offer"``) with Allegro's hashed atomic classes (``mpof_ki``, ``mgn2_14``, ``m9qz_yp``…): the
  image link, the title ``h2 > a`` (``/oferta/<slug>-<id>``), a parameter ``dl`` ("Stan" "Nowy", "Typ
  słuchawek", "Łączność"), "Super Sprzedawca" on some, the rating "4,85" + "(1 234)" on some, the price
  "1 299,00 zł" split over spans (``aria-label`` "1 299,00 zł aktualna cena"), a struck "-13%" previous
  price with the "najniższa cena z 30 dni przed obniżką" note on some, "kup teraz" or "licytacja",
  "1 318,99 zł z dostawą", "dostawa jutro" / "dostawa pojutrze" / "dostawa we wt. 18 mar.", "1 234 osoby
  kupiły" on some. A "Sponsorowane" block of two offers with the same markup (click-tracking links; not
  written down), a pagination input "1 z 3" with "następna" to ``?p=2``, a serialized JSON box, the
  footer. Eleven, eleven and eight offers. Written down: title, url, price, currency (PLN),
  original_price, condition, offer_type, price_with_delivery, delivery, seller_badge, rating,
  review_count, sold.

Run ``uv run python tests/sites/corpus/generate_eighteenth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

EIGHTEENTH: dict[str, Callable[[], None]] = {}


def eighteenth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    EIGHTEENTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hash(name: str, size: int = 5) -> str:
    """A CSS-module suffix the way bundlers write them (``3Ho6z``)."""
    number = zlib.crc32(name.encode())
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    out = ""
    for _ in range(size):
        number, d = divmod(number, len(letters))
        out += letters[d]
    return out


def _thousands(amount: int, sep: str) -> str:
    """``1234567`` → ``1.234.567`` (with ``sep``)."""
    return f"{amount:,}".replace(",", sep)


# ---------------------------------------------------------------------------------------------------
# mercadito: a Mercado Libre Argentina-like search result list (poly-card markup).
# ---------------------------------------------------------------------------------------------------

#: (brand, title, price in pesos, cents, previous price, rating, reviews, seller, shipping, highlight, installments)
ML_PHONES: list[
    tuple[str, str, int, int, int | None, float | None, int | None, str | None, str | None, str | None, int | None]
] = [
    (
        "SAMSUNG",
        "Samsung Galaxy A15 128 GB 4 GB RAM Azul Oscuro",
        299999,
        0,
        359999,
        4.8,
        1234,
        "Samsung",
        "Envío gratis",
        "MÁS VENDIDO",
        12,
    ),
    (
        "MOTOROLA",
        "Motorola Moto G24 128 GB Gris Carbón 4 GB RAM",
        219999,
        0,
        None,
        4.7,
        2876,
        "Motorola",
        "Llega gratis mañana",
        None,
        6,
    ),
    (
        "XIAOMI",
        "Xiaomi Redmi Note 13 256 GB 8 GB RAM Midnight Black",
        449999,
        0,
        529999,
        4.8,
        987,
        "TIENDAXIAOMI_AR",
        "Envío gratis",
        "OFERTA DEL DÍA",
        12,
    ),
    ("APPLE", "Apple iPhone 13 (128 GB) - Medianoche", 1149999, 0, 1299999, 4.9, 4512, None, "Envío gratis", None, 12),
    (
        "SAMSUNG",
        "Samsung Galaxy S23 FE 5G 256 GB 8 GB RAM Mint",
        899999,
        0,
        None,
        4.7,
        356,
        "Samsung",
        "Llega gratis mañana",
        None,
        6,
    ),
    ("TCL", "Celular TCL 505 128 GB 4 GB RAM Space Gray", 169999, 0, 189999, 4.5, 214, None, "Envío gratis", None, 3),
    (
        "MOTOROLA",
        "Motorola Edge 50 Fusion 5G 256 GB 8 GB RAM Azul Ártico",
        649999,
        0,
        749999,
        4.8,
        167,
        "Motorola",
        "Envío gratis",
        "MÁS VENDIDO",
        12,
    ),
    (
        "NOKIA",
        "Nokia 105 4G Dual SIM Negro Teléfono Básico",
        45999,
        50,
        None,
        4.4,
        803,
        "CELUSHOP_BA",
        "Llega mañana",
        None,
        None,
    ),
    ("SAMSUNG", "Samsung Galaxy A05s 64 GB 4 GB RAM Plata", 179999, 0, None, 4.6, 2210, None, "Envío gratis", None, 6),
    (
        "XIAOMI",
        "Xiaomi Poco X6 Pro 5G 512 GB 12 GB RAM Amarillo",
        799999,
        0,
        899999,
        4.9,
        641,
        "TIENDAXIAOMI_AR",
        "Llega gratis mañana",
        None,
        12,
    ),
    ("ZTE", "ZTE Blade A54 64 GB 2 GB RAM Gris", 119999, 0, None, None, None, None, "Envío gratis", None, 3),
    (
        "MOTOROLA",
        "Motorola Moto E14 64 GB 2 GB RAM Verde Pastel",
        129999,
        0,
        149999,
        4.6,
        98,
        "Motorola",
        None,
        None,
        3,
    ),
    (
        "APPLE",
        "Apple iPhone 15 (128 GB) - Negro",
        1699999,
        0,
        None,
        4.9,
        1876,
        None,
        "Envío gratis",
        "OFERTA DEL DÍA",
        12,
    ),
    (
        "SAMSUNG",
        "Samsung Galaxy A35 5G 256 GB 8 GB RAM Lila",
        579999,
        0,
        649999,
        4.8,
        512,
        "Samsung",
        "Envío gratis",
        None,
        12,
    ),
    (
        "INFINIX",
        "Infinix Hot 40i 256 GB 8 GB RAM Starlit Black",
        239999,
        0,
        None,
        4.5,
        431,
        "INFINIX_OFICIAL",
        "Llega gratis mañana",
        None,
        6,
    ),
    (
        "XIAOMI",
        "Xiaomi Redmi 13C 128 GB 4 GB RAM Navy Blue",
        199999,
        0,
        229999,
        4.7,
        3320,
        None,
        "Envío gratis",
        "MÁS VENDIDO",
        6,
    ),
    (
        "REALME",
        "Realme C67 256 GB 8 GB RAM Sunny Oasis",
        329999,
        0,
        None,
        4.6,
        77,
        "REALME_STORE",
        "Envío gratis",
        None,
        6,
    ),
    (
        "MOTOROLA",
        "Motorola Razr 40 Ultra 256 GB Infinite Black",
        1199999,
        0,
        1499999,
        4.8,
        205,
        "Motorola",
        "Envío gratis",
        None,
        12,
    ),
    ("ALCATEL", "Alcatel 1B 32 GB 2 GB RAM Prime Black", 99999, 90, None, 4.2, 156, None, "Llega mañana", None, None),
    (
        "SAMSUNG",
        "Samsung Galaxy Z Flip6 5G 256 GB 12 GB RAM Azul",
        1899999,
        0,
        2199999,
        4.9,
        64,
        "Samsung",
        "Envío gratis",
        None,
        12,
    ),
    ("NOKIA", "Nokia G42 5G 128 GB 6 GB RAM So Purple", 349999, 0, None, 4.4, 45, None, None, None, 6),
    (
        "XIAOMI",
        "Xiaomi 14T 256 GB 12 GB RAM Titan Gray",
        1049999,
        0,
        None,
        None,
        None,
        "TIENDAXIAOMI_AR",
        "Llega gratis mañana",
        None,
        12,
    ),
    (
        "MOTOROLA",
        "Motorola Moto G85 5G 256 GB 8 GB RAM Cobalt Blue",
        499999,
        0,
        579999,
        4.8,
        389,
        "Motorola",
        "Envío gratis",
        None,
        12,
    ),
    (
        "APPLE",
        "Apple iPhone 16 Pro (256 GB) - Titanio Desierto",
        2899999,
        0,
        None,
        5.0,
        23,
        None,
        "Envío gratis",
        None,
        12,
    ),
    (
        "TCL",
        "TCL 40 NxtPaper 256 GB 8 GB RAM Midnight Blue",
        289999,
        0,
        319999,
        4.6,
        133,
        None,
        "Envío gratis",
        None,
        6,
    ),
    (
        "SAMSUNG",
        "Samsung Galaxy M15 5G 128 GB 4 GB RAM Azul Claro",
        259999,
        0,
        None,
        4.7,
        276,
        "Samsung",
        "Llega gratis mañana",
        None,
        6,
    ),
    (
        "PHILCO",
        "Philco P-Fone Senior Teléfono Celular Teclas Grandes",
        38999,
        99,
        42999,
        4.1,
        59,
        "ELECTRO_CUYO",
        "Llega mañana",
        None,
        None,
    ),
    ("XIAOMI", "Xiaomi Redmi A3 64 GB 3 GB RAM Olive Green", 139999, 0, None, 4.5, 1045, None, "Envío gratis", None, 3),
    (
        "MOTOROLA",
        "Motorola Moto G04s 64 GB 4 GB RAM Satin Blue",
        149999,
        0,
        169999,
        4.6,
        702,
        "Motorola",
        "Envío gratis",
        None,
        6,
    ),
    ("HONOR", "Honor X6b 256 GB 6 GB RAM Ocean Cyan", 269999, 0, None, 4.4, 38, "HONOR_ARGENTINA", None, None, 6),
    (
        "SAMSUNG",
        "Samsung Galaxy S24 Ultra 5G 512 GB 12 GB RAM Titanium Gray",
        2499999,
        0,
        2799999,
        4.9,
        412,
        "Samsung",
        "Envío gratis",
        "OFERTA DEL DÍA",
        12,
    ),
    (
        "REALME",
        "Realme Note 50 128 GB 4 GB RAM Midnight Black",
        159999,
        0,
        None,
        4.3,
        88,
        None,
        "Envío gratis",
        None,
        3,
    ),
    (
        "MOTOROLA",
        "Motorola Edge 40 Neo 256 GB 12 GB RAM Caneel Bay",
        599999,
        0,
        None,
        4.7,
        154,
        "Motorola",
        "Llega gratis mañana",
        None,
        12,
    ),
    (
        "XIAOMI",
        "Xiaomi Poco M6 Pro 512 GB 12 GB RAM Purple",
        549999,
        0,
        619999,
        4.8,
        299,
        "TIENDAXIAOMI_AR",
        "Envío gratis",
        None,
        12,
    ),
]
ML_PROMOTED = [
    ("SAMSUNG", "Funda Silicone Case Samsung Galaxy A15 Original", 24999, 4.6, 812),
    ("GENERICO", "Cargador Carga Rápida 33 W Tipo C Para Xiaomi", 15999, 4.4, 2031),
    ("MOTOROLA", "Auriculares Motorola Moto Buds 065 Bluetooth Negro", 34999, 4.5, 640),
    ("GENERICO", "Vidrio Templado Full Glue 9D Para iPhone 13 / 14", 4999, 4.3, 5124),
    ("SAMSUNG", "Samsung Galaxy Buds FE Grafito", 129999, 4.8, 1410),
    ("GENERICO", "Soporte Celular Auto Magnético Para Rejilla", 8999, 4.2, 977),
]
ML_ORIGIN = "https://www.mercadito.example"
_ML_STAR = '<svg class="poly-reviews__star" width="10" height="10" viewBox="0 0 10 10"><use href="#poly_star_fill"></use></svg>'


def _ml_amount(pesos: int, cents: int, *, kind: str, size: int) -> str:
    """One ``andes-money-amount`` (current, previous or instalment), as Mercado Libre writes it."""
    words = f"{pesos} pesos" + (f" con {cents} centavos" if cents else "")
    label = {"current": f"Ahora: {words}", "previous": f"Antes: {words}", "plain": words}[kind]
    cents_html = (
        f'<span class="andes-money-amount__cents andes-money-amount__cents--superscript-{size}" style="font-size:{size // 2}px;margin-top:{size // 12}px" aria-hidden="true">{cents:02d}</span>'
        if cents
        else ""
    )
    inner = f'<span class="andes-money-amount__currency-symbol" aria-hidden="true">$</span><span class="andes-money-amount__fraction" aria-hidden="true">{_thousands(pesos, ".")}</span>{cents_html}'
    if kind == "previous":
        return f'<s class="andes-money-amount andes-money-amount--previous andes-money-amount--cents-comma" style="font-size:12px" role="img" aria-label="{label}" aria-roledescription="Monto">{inner}</s>'
    extra = " andes-money-amount--cents-superscript" if kind == "current" else " andes-money-amount--cents-comma"
    return f'<span class="andes-money-amount{extra}" style="font-size:{size}px" role="img" aria-label="{label}" aria-roledescription="Monto">{inner}</span>'


def _ml_card(
    phone: tuple[Any, ...], position: int, item_id: int, *, promoted: bool = False
) -> tuple[str, dict[str, Any]]:
    brand, title, pesos, cents, previous, rating, reviews, seller, shipping, highlight, cuotas = phone
    product_url = f"{ML_ORIGIN}/{slug(title)}/p/MLA{item_id}"
    tracking = f"#polycard_client=search-nordic&position={position}&search_layout=stack&type=product&tracking_id=5f1c{item_id % 9973:04d}-7a2e-4c1d-9b0e-{item_id:012d}&wid=MLA{item_id + 4411}&sid=search"
    href = (
        f"https://click1.mercadito.example/mclics/clicks/external/MLA/count?a=lSH%2F{item_id}eP3q%2BnX&e=1&sid=search"
        if promoted
        else product_url + tracking
    )
    parts = []
    if highlight:
        colour = "#3483fa" if highlight.startswith("OFERTA") else "#ff7733"
        parts.append(
            f'<span class="poly-component__highlight" style="background-color:{colour};color:#fff">{highlight}</span>'
        )
    parts.append(f'<span class="poly-component__brand">{esc(brand)}</span>')
    parts.append(
        f'<h3 class="poly-component__title-wrapper"><a href="{esc(href)}" class="poly-component__title" target="_self">{esc(title)}</a></h3>'
    )
    if seller:
        parts.append(
            f'<span class="poly-component__seller">Vendido por {esc(seller)}<svg class="poly-component__seller-icon" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><use href="#poly_cockade"></use></svg></span>'
        )
    if rating is not None:
        parts.append(
            f'<div class="poly-component__reviews"><span class="andes-visually-hidden">Calificación {rating} de 5. {reviews} opiniones.</span><span class="poly-reviews__rating" aria-hidden="true">{rating}</span><span class="poly-reviews__starts" aria-hidden="true">{_ML_STAR * 5}</span><span class="poly-reviews__total" aria-hidden="true">({reviews})</span></div>'
        )
    price = ['<div class="poly-component__price">']
    discount = None
    if previous:
        price.append(_ml_amount(previous, 0, kind="previous", size=12))
        discount = f"{round((previous - pesos) * 100 / previous)}% OFF"
    price.append(f'<div class="poly-price__current">{_ml_amount(pesos, cents, kind="current", size=24)}')
    if discount:
        price.append(f'<span class="andes-money-amount__discount" style="font-size:14px">{discount}</span>')
    price.append("</div>")
    installments = None
    if cuotas:
        share = -(-pesos // cuotas)
        if cuotas == 3:
            installments = f"3 cuotas de ${_thousands(round(share * 1.18), '.')}"
            price.append(
                f'<span class="poly-price__installments">3 cuotas de {_ml_amount(round(share * 1.18), 0, kind="plain", size=14)}</span>'
            )
        else:
            installments = f"Mismo precio en {cuotas} cuotas de ${_thousands(share, '.')}"
            price.append(
                f'<span class="poly-price__installments poly-text-positive">Mismo precio en {cuotas} cuotas de {_ml_amount(share, 0, kind="plain", size=14)}</span>'
            )
    price.append("</div>")
    parts.append("".join(price))
    if shipping:
        full = (
            '<svg class="poly-shipping__full" width="40" height="12" aria-label="FULL"><use href="#poly_full"></use></svg>'
            if "mañana" in shipping
            else ""
        )
        positive = " poly-shipping--positive" if "gratis" in shipping.lower() else ""
        parts.append(f'<div class="poly-component__shipping{positive}">{shipping}{full}</div>')
    if promoted:
        parts.append('<span class="poly-component__ads-promotions">Promocionado</span>')
    picture = f'<div class="poly-card__portada"><img decoding="sync" class="poly-component__picture" src="https://http2.mlstatic.example/D_Q_NP_2X_{item_id}-MLA{item_id % 100000}_0{position % 9 + 1}2024-V.webp" width="160" height="160" alt="{esc(title)}" fetchpriority="{"high" if position < 4 else "low"}"></div>'
    card = f"""
      <li class="ui-search-layout__item">
        <div class="poly-card poly-card--list poly-card--xlarge" style="max-width:100%">
          {picture}
          <div class="poly-card__content">{"".join(parts)}</div>
          <button class="poly-component__bookmark" aria-label="Agregar a favoritos" data-id="MLA{item_id}"><svg width="20" height="20"><use href="#poly_bookmark"></use></svg></button>
        </div>
      </li>"""
    record = {
        "title": title,
        "url": product_url,
        "price": pesos + cents / 100,
        "currency": "ARS",
        "original_price": previous,
        "discount": discount,
        "installments": installments,
        "shipping": shipping,
        "seller": seller,
        "rating": rating,
        "review_count": reviews,
    }
    return card, record


def _ml_page(number: int, cards: list[str], state: list[dict[str, Any]]) -> str:
    base = "/celulares"
    pages = [base, f"{base}_Desde_49_NoIndex_True", f"{base}_Desde_97_NoIndex_True"]
    buttons = []
    if number > 1:
        buttons.append(
            f'<li class="andes-pagination__button andes-pagination__button--back"><a href="{pages[number - 2]}" class="andes-pagination__link" role="button" title="Anterior"><span class="andes-pagination__arrow-title">Anterior</span></a></li>'
        )
    for k, href in enumerate(pages, 1):
        current = " andes-pagination__button--current" if k == number else ""
        aria = ' aria-current="page"' if k == number else ""
        buttons.append(
            f'<li class="andes-pagination__button{current}"><a href="{href}" class="andes-pagination__link"{aria}>{k}</a></li>'
        )
    if number < 3:
        buttons.append(
            f'<li class="andes-pagination__button andes-pagination__button--next"><a href="{pages[number]}" class="andes-pagination__link" role="button" title="Siguiente"><span class="andes-pagination__arrow-title">Siguiente</span></a></li>'
        )
    filters = [
        ("Marca", [("Samsung", 2341), ("Motorola", 1876), ("Xiaomi", 1502), ("Apple", 798), ("TCL", 231)]),
        ("Condición", [("Nuevo", 6120), ("Usado", 884), ("Reacondicionado", 312)]),
        ("Memoria interna", [("64 GB", 702), ("128 GB", 2875), ("256 GB", 2210), ("512 GB", 388)]),
        ("Costo de envío", [("Gratis", 5872)]),
    ]
    sidebar = "".join(
        f'<div class="ui-search-filter-dl"><h3 aria-level="3" class="ui-search-filter-dt-title">{esc(name)}</h3><ul>'
        + "".join(
            f'<li class="ui-search-filter-container"><a href="{ML_ORIGIN}/celulares/{slug(label)}_NoIndex_True" class="ui-search-link"><span class="ui-search-filter-name">{esc(label)}</span><span class="ui-search-filter-results">({_thousands(count, ".")})</span></a></li>'
            for label, count in values
        )
        + "</ul></div>"
        for name, values in filters
    )
    preloaded = {
        "initialState": {
            "results": state,
            "paging": {"total": 34, "offset": (number - 1) * 48, "limit": 48},
            "site_id": "MLA",
            "currency_id": "ARS",
        }
    }
    return f"""<!DOCTYPE html>
<html lang="es-AR">
<head>
  <meta charset="utf-8">
  <title>Celulares | MercadoLibre 📦</title>
  <meta name="description" content="Envíos Gratis en el día ✓ Comprá Celulares en cuotas sin interés! Conocé nuestras increíbles ofertas y promociones en millones de productos.">
  <link rel="canonical" href="{ML_ORIGIN}{pages[number - 1]}">
  {'<meta name="robots" content="noindex, follow">' if number > 1 else ""}
  <link rel="stylesheet" href="https://http2.mlstatic.example/frontend-assets/search-nordic/search.desktop.c3a1f.css">
  <script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Celulares y Teléfonos", "item": f"{ML_ORIGIN}/c/celulares-y-telefonos"}, {"@type": "ListItem", "position": 2, "name": "Celulares y Smartphones", "item": f"{ML_ORIGIN}/celulares"}]}, ensure_ascii=False)}</script>
</head>
<body data-site="ML" data-country="AR" class="ui-search">
  <div class="cookie-consent-banner-opt-out" role="dialog" aria-label="Cookies">
    <div class="cookie-consent-banner-opt-out__container"><p class="cookie-consent-banner-opt-out__message">Usamos cookies para mejorar tu experiencia en Mercadito. Podés aceptarlas o configurarlas. <a href="{ML_ORIGIN}/privacidad/cookies">Más información</a></p>
      <button class="cookie-consent-banner-opt-out__action cookie-consent-banner-opt-out__action--primary" data-action="accept">Aceptar cookies</button><button class="cookie-consent-banner-opt-out__action" data-action="configure">Configurar cookies</button></div>
  </div>
  <header role="banner" class="nav-header nav-header-plus">
    <div class="nav-bounds nav-bounds-with-cart">
      <a class="nav-logo" href="{ML_ORIGIN}/" tabindex="2">Mercadito - Donde comprar y vender de todo</a>
      <form class="nav-search" action="{ML_ORIGIN}/jm/search" method="GET" role="search"><input type="text" class="nav-search-input" name="as_word" aria-label="Ingresá lo que quieras encontrar" placeholder="Buscar productos, marcas y más…" value="celulares" maxlength="120"><button type="submit" class="nav-search-btn"><span>Buscar</span></button></form>
      <div class="nav-area nav-top-area nav-left-area"><a href="{ML_ORIGIN}/navigation/addresses-hub" class="nav-menu-cp"><span class="nav-menu-cp-send">Enviar a</span><span class="nav-menu-cp-text">Ingresá tu código postal</span></a></div>
      <nav class="nav-menu" aria-label="Menú"><ul class="nav-menu-list">
        <li><a href="{ML_ORIGIN}/categorias" class="nav-menu-item-link">Categorías</a></li><li><a href="{ML_ORIGIN}/ofertas" class="nav-menu-item-link">Ofertas</a></li><li><a href="{ML_ORIGIN}/cupones" class="nav-menu-item-link">Cupones</a></li><li><a href="{ML_ORIGIN}/supermercado" class="nav-menu-item-link">Supermercado</a></li><li><a href="{ML_ORIGIN}/moda" class="nav-menu-item-link">Moda</a></li><li><a href="{ML_ORIGIN}/ayuda" class="nav-menu-item-link">Ayuda</a></li></ul></nav>
      <nav class="nav-header-menu" aria-label="Cuenta"><a href="{ML_ORIGIN}/registration">Creá tu cuenta</a><a href="{ML_ORIGIN}/login">Ingresá</a><a href="{ML_ORIGIN}/my-purchases">Mis compras</a><a href="{ML_ORIGIN}/cart" class="nav-cart" aria-label="0 productos en tu carrito"><span class="nav-icon-cart-quantity"></span></a></nav>
    </div>
  </header>
  <main id="root-app">
    <div class="ui-search-main ui-search-main--only-products ui-search-main--with-topkeywords">
      <aside class="ui-search-sidebar">
        <div class="ui-search-breadcrumb"><ol class="andes-breadcrumb"><li class="andes-breadcrumb__item"><a href="{ML_ORIGIN}/c/celulares-y-telefonos" class="andes-breadcrumb__link">Celulares y Teléfonos</a></li><li class="andes-breadcrumb__item">Celulares y Smartphones</li></ol></div>
        <h1 class="ui-search-breadcrumb__title">Celulares</h1>
        <span class="ui-search-search-result__quantity-results">34 resultados</span>
        <section class="ui-search-filter-groups">{sidebar}</section>
      </aside>
      <section class="ui-search-results ui-search-results--without-disclaimer">
        <div class="ui-search-view-options"><div class="ui-search-sort-filter"><span class="ui-search-sort-filter__label">Ordenar por</span><button class="andes-dropdown__trigger" aria-haspopup="listbox"><span class="andes-dropdown__display-values">Más relevantes</span></button></div></div>
        <ol class="ui-search-layout ui-search-layout--stack shops__layout">{"".join(cards)}
        </ol>
        <div class="ui-search-pagination shops__pagination-content"><nav aria-label="Paginación" class="andes-pagination andes-pagination--large"><ul class="andes-pagination">{"".join(buttons)}</ul></nav></div>
        <section class="ui-search-top-keywords"><h2 class="ui-search-top-keywords__title">Búsquedas relacionadas</h2><ul><li><a href="{ML_ORIGIN}/celulares-samsung">celulares samsung</a></li><li><a href="{ML_ORIGIN}/iphone">iphone</a></li><li><a href="{ML_ORIGIN}/celulares-baratos">celulares baratos</a></li><li><a href="{ML_ORIGIN}/motorola-g24">motorola g24</a></li></ul></section>
      </section>
    </div>
  </main>
  <footer role="contentinfo" class="nav-footer"><div class="nav-footer-info"><a href="{ML_ORIGIN}/trabaja-con-nosotros">Trabajá con nosotros</a><a href="{ML_ORIGIN}/terminos">Términos y condiciones</a><a href="{ML_ORIGIN}/privacidad">Cómo cuidamos tu privacidad</a><a href="{ML_ORIGIN}/accesibilidad">Accesibilidad</a><a href="{ML_ORIGIN}/ayuda">Ayuda</a></div>
    <small class="nav-footer-copyright">Copyright © 1999-2025 Mercadito S.R.L.</small><p class="nav-footer-address">Av. Caseros 3039, Piso 2, CP 1264, Parque Patricios, CABA - Argentina</p></footer>
  <script>window.__PRELOADED_STATE__ = {json.dumps(preloaded, ensure_ascii=False)};</script>
  <script src="https://http2.mlstatic.example/frontend-assets/search-nordic/search.desktop.0f4b2.js" defer></script>
</body>
</html>"""


@eighteenth
def build_mercadito() -> None:
    """Mercado Libre Argentina-like search results."""
    s = Site(
        "mercadito",
        kind="marketplace search results (Spanish, Mercado Libre Argentina 2024–25 poly-card markup: andes-money-amount prices split in fraction + superscript cents with aria-labels, struck previous prices, '% OFF', instalments 'Mismo precio en 12 cuotas de $25.000', 'Vendido por', rating + (count), 'Envío gratis', 'Promocionado' cards with the same markup, per-position link fragments, _Desde_49_NoIndex_True pagination)",
        start="celulares/",
        description="A Mercado Libre-style search result list (Argentina, pesos with dot thousands): poly-card items with highlights, brands, titles linking with a tracking fragment, 'Vendido por' sellers, ratings and counts, struck previous prices, prices split in fraction and cents spans, '% OFF', instalments, shipping lines, two Promocionado cards per page, a filter sidebar with counts, andes-pagination to _Desde_49 pages and a __PRELOADED_STATE__ blob. Written down: title, url, price, currency, original_price, discount, installments, shipping, seller, rating, review_count.",
    )
    pages = chunks(ML_PHONES, [12, 12, 10])
    paths = [
        "celulares/index.html",
        "celulares_Desde_49_NoIndex_True/index.html",
        "celulares_Desde_97_NoIndex_True/index.html",
    ]
    item_id = 19523400
    for number, phones in enumerate(pages, 1):
        cards: list[str] = []
        state: list[dict[str, Any]] = []
        for k, phone in enumerate(phones):
            if k in (0, 7):
                promo = ML_PROMOTED[(number - 1) * 2 + (k > 0)]
                card, _ = _ml_card(
                    (promo[0], promo[1], promo[2], 0, None, promo[3], promo[4], None, "Envío gratis", None, 6),
                    len(cards) + 1,
                    38800000 + number * 10 + k,
                    promoted=True,
                )
                cards.append(card)
            item_id += 7919
            card, record = _ml_card(phone, len(cards) + 1, item_id)
            cards.append(card)
            state.append({"id": f"MLA{item_id}", "price": record["price"], "currency_id": "ARS"})
            s.expect(record)
        s.list_page(paths[number - 1], _ml_page(number, cards, state))
    s.finish()


# ---------------------------------------------------------------------------------------------------
# ichibamall: a Rakuten Ichiba-like search page (Japanese, CSS-module classes, ?p=N).
# ---------------------------------------------------------------------------------------------------

#: (title, shop, shop path, price, from-price?, shipping, point rate, rating, reviews, tag)
IM_ITEMS: list[tuple[str, str, str, int, bool, str, int, float | None, int | None, str | None]] = [
    (
        "【楽天1位】ワイヤレスイヤホン Bluetooth5.3 ノイズキャンセリング 最大48時間再生 IPX7防水 マイク付き",
        "ガジェットの森 楽天市場店",
        "gadget-mori",
        2980,
        False,
        "送料無料",
        10,
        4.38,
        12876,
        "最強翌日配送",
    ),
    (
        "【公式】完全ワイヤレスイヤホン AirFit Pro ハイブリッドANC 外音取り込み 急速充電",
        "サウンドラボ公式ショップ",
        "soundlab-official",
        7980,
        False,
        "送料無料",
        5,
        4.62,
        1234,
        None,
    ),
    (
        "骨伝導イヤホン 耳を塞がない オープンイヤー ランニング スポーツ 軽量 29g",
        "スポーツデポ横浜",
        "sportsdepo-yokohama",
        4480,
        False,
        "送料無料",
        1,
        4.21,
        856,
        None,
    ),
    (
        "有線イヤホン 3.5mm マイク付き リモコン 高音質 カナル型 1.2m",
        "電脳堂",
        "dennoudo",
        980,
        False,
        "送料別",
        1,
        3.95,
        211,
        None,
    ),
    (
        "ノイズキャンセリング ヘッドホン ワイヤレス 60時間再生 折りたたみ 有線無線両用",
        "ガジェットの森 楽天市場店",
        "gadget-mori",
        5980,
        False,
        "送料無料",
        10,
        4.47,
        3402,
        "最強翌日配送",
    ),
    (
        "イヤホンケース シリコン カバー 全12色 落下防止 カラビナ付き",
        "スマホケースのミヤビ",
        "miyabi-case",
        1280,
        False,
        "送料無料",
        2,
        4.05,
        1598,
        None,
    ),
    (
        "【ポイント10倍】オープンイヤー型 ワイヤレスイヤホン 空気伝導 耳掛け式 通話 ENC",
        "サウンドラボ公式ショップ",
        "soundlab-official",
        3280,
        True,
        "送料無料",
        10,
        4.33,
        742,
        None,
    ),
    (
        "子供用 ヘッドホン 音量制限 85dB 有線 キッズ 折りたたみ 入学祝い",
        "ベビーと子供のお店 こもれび",
        "komorebi-kids",
        1980,
        False,
        "送料込",
        3,
        4.56,
        389,
        None,
    ),
    (
        "ゲーミングヘッドセット 7.1ch サラウンド USB 有線 マイク付き RGB",
        "PCパーツ専門店 ビットワン",
        "bitone-pc",
        3980,
        False,
        "送料無料",
        1,
        4.12,
        967,
        "最強翌日配送",
    ),
    (
        "ワイヤレスイヤホン 片耳 ビジネス 通話 ハンズフリー 長時間 Bluetooth",
        "電脳堂",
        "dennoudo",
        1580,
        False,
        "送料別",
        1,
        3.78,
        133,
        None,
    ),
    (
        "【2個セット】イヤーピース 交換用 低反発 フォーム Sサイズ Mサイズ Lサイズ",
        "オーディオ小物の音屋",
        "otoya-acc",
        880,
        False,
        "送料無料",
        5,
        4.41,
        2045,
        None,
    ),
    (
        "ハイレゾ対応 イヤホン 有線 デュアルドライバー MMCX リケーブル対応",
        "オーディオ小物の音屋",
        "otoya-acc",
        12800,
        False,
        "送料無料",
        2,
        4.77,
        96,
        None,
    ),
    (
        "【楽天1位】ワイヤレスイヤホン iPhone Android 対応 自動ペアリング 軽量 4g",
        "スマホアクセサリー専門店 モバイルプラス",
        "mobileplus",
        1999,
        False,
        "送料無料",
        10,
        4.25,
        8721,
        "最強翌日配送",
    ),
    (
        "睡眠用 イヤホン 寝ホン 横向き 痛くない 超小型 ワイヤレス",
        "快眠グッズのねむりや",
        "nemuriya",
        3480,
        False,
        "送料無料",
        3,
        4.02,
        1120,
        None,
    ),
    (
        "Bluetooth トランスミッター レシーバー 2in1 テレビ 飛行機 低遅延",
        "PCパーツ専門店 ビットワン",
        "bitone-pc",
        2480,
        False,
        "送料別",
        1,
        3.88,
        274,
        None,
    ),
    (
        "ヘッドホン ワイヤレス 密閉型 LDAC対応 40mmドライバー 専用アプリ",
        "サウンドラボ公式ショップ",
        "soundlab-official",
        14800,
        False,
        "送料無料",
        5,
        4.69,
        512,
        None,
    ),
    (
        "イヤホン 有線 タイプC USB-C 変換不要 iPhone15 対応 マイク付き",
        "スマホアクセサリー専門店 モバイルプラス",
        "mobileplus",
        1180,
        False,
        "送料無料",
        2,
        4.11,
        3356,
        None,
    ),
    (
        "ネックバンド型 ワイヤレスイヤホン マグネット 30時間 スポーツ",
        "スポーツデポ横浜",
        "sportsdepo-yokohama",
        2780,
        False,
        "送料無料",
        1,
        None,
        None,
        None,
    ),
    (
        "聴覚保護 イヤーマフ 遮音値 NRR 28dB 子供 大人 兼用 折りたたみ",
        "ベビーと子供のお店 こもれび",
        "komorebi-kids",
        2190,
        False,
        "送料込",
        3,
        4.49,
        655,
        None,
    ),
    (
        "【福袋】ワイヤレスイヤホン 3点セット 充電ケーブル ケース 付き 数量限定",
        "ガジェットの森 楽天市場店",
        "gadget-mori",
        4980,
        False,
        "送料無料",
        10,
        4.18,
        208,
        "最強翌日配送",
    ),
    (
        "ヘッドホンスタンド アルミ 卓上 ケーブルホルダー 滑り止め",
        "PCパーツ専門店 ビットワン",
        "bitone-pc",
        1680,
        False,
        "送料別",
        1,
        4.33,
        147,
        None,
    ),
    (
        "ワイヤレスイヤホン 充電ケース 交換 左右 単品 純正互換",
        "電脳堂",
        "dennoudo",
        2380,
        True,
        "送料別",
        1,
        3.62,
        58,
        None,
    ),
    (
        "イヤホン ノイズキャンセリング LE Audio マルチポイント 空間オーディオ",
        "サウンドラボ公式ショップ",
        "soundlab-official",
        19800,
        False,
        "送料無料",
        5,
        4.81,
        44,
        None,
    ),
    (
        "ランニング イヤホン 耳掛け 防水 IPX5 落ちない 運動 ジム",
        "スポーツデポ横浜",
        "sportsdepo-yokohama",
        2180,
        False,
        "送料無料",
        1,
        4.08,
        391,
        None,
    ),
    (
        "AirPods ケース おしゃれ 韓国 くすみカラー レザー調 ストラップ付き",
        "スマホケースのミヤビ",
        "miyabi-case",
        1490,
        False,
        "送料無料",
        2,
        4.52,
        2689,
        None,
    ),
    (
        "ワイヤレス ヘッドホン 子供 学習用 タブレット オンライン授業 マイク",
        "ベビーと子供のお店 こもれび",
        "komorebi-kids",
        3280,
        False,
        "送料込",
        3,
        4.36,
        178,
        None,
    ),
    (
        "カナル型 イヤホン 高音質 重低音 ハイブリッド 1DD+1BA 有線",
        "オーディオ小物の音屋",
        "otoya-acc",
        4980,
        False,
        "送料無料",
        2,
        4.44,
        321,
        None,
    ),
    (
        "睡眠 イヤホン ワイヤレス 片耳 14時間 軽量 ノイズ 遮断",
        "快眠グッズのねむりや",
        "nemuriya",
        2680,
        False,
        "送料無料",
        3,
        3.91,
        402,
        None,
    ),
    (
        "ワイヤレスイヤホン Bluetooth5.4 ANC 最大60時間 ワイヤレス充電 対応",
        "スマホアクセサリー専門店 モバイルプラス",
        "mobileplus",
        3990,
        False,
        "送料無料",
        10,
        4.29,
        1876,
        "最強翌日配送",
    ),
    (
        "変換アダプタ 3.5mm Lightning イヤホンジャック 2in1 充電同時",
        "電脳堂",
        "dennoudo",
        780,
        False,
        "送料別",
        1,
        3.54,
        92,
        None,
    ),
    (
        "ゲーミング イヤホン 低遅延 有線 マイク付き Switch PS5 対応",
        "PCパーツ専門店 ビットワン",
        "bitone-pc",
        1880,
        False,
        "送料無料",
        1,
        4.15,
        263,
        None,
    ),
    (
        "骨伝導 ヘッドホン 水泳 防水 IP68 MP3 内蔵 32GB",
        "スポーツデポ横浜",
        "sportsdepo-yokohama",
        8980,
        False,
        "送料無料",
        5,
        4.58,
        173,
        None,
    ),
    (
        "イヤホン 収納 ポーチ ハード セミハード ケーブル 整理 小物入れ",
        "スマホケースのミヤビ",
        "miyabi-case",
        690,
        False,
        "送料無料",
        2,
        4.27,
        514,
        None,
    ),
]
IM_PR = [
    ("【PR】ワイヤレスイヤホン 最新モデル 期間限定クーポン配布中 Bluetooth5.4", "プロモショップ本店", 2480, 4.1, 3012),
    ("【PR】ノイズキャンセリング イヤホン 高音質 日本メーカー 1年保証", "オーディオ直販センター", 6980, 4.5, 877),
    ("【PR】完全ワイヤレス ヘッドホン 折りたたみ 70時間 再生", "プロモショップ本店", 3980, 4.2, 1422),
    ("【PR】スポーツ イヤホン 防水 落ちない 耳掛け ランニング", "アウトドアライフ", 1980, 4.0, 655),
    ("【PR】イヤホン 有線 高音質 マイク付き 断線しにくい 1.5m", "オーディオ直販センター", 990, 3.9, 2210),
    ("【PR】ゲーミングヘッドセット ワイヤレス 低遅延 2.4GHz", "アウトドアライフ", 5980, 4.3, 389),
]
IM_SEARCH = "/search/mall/-/560202/"


def _im_c(name: str) -> str:
    """Rakuten's search uses CSS-module classes (``title-link--3Ho6z``)."""
    return f"{name}--{_hash(name)}"


def _im_card(item: tuple[Any, ...], data_id: int, *, pr: bool = False) -> tuple[str, dict[str, Any]]:
    title, shop, shop_path, price, from_price, shipping, rate, rating, reviews, tag = item
    code = f"{slug(shop_path)}-{data_id % 100000:05d}"
    url = f"https://item.ichibamall.example/{shop_path}/{code}/"
    href = (
        f"https://rd.ichibamall.example/s2/?R2=https%3A%2F%2Fitem.ichibamall.example%2F{shop_path}%2F{code}%2F&D2=3.{data_id}.{data_id % 977}&C3=5b0c{data_id:08x}"
        if pr
        else url
    )
    points = price * rate // 100
    price_text = f"{price:,}"
    from_html = f'<span class="{_im_c("price-from")}">~</span>' if from_price else ""
    shipping_class = "free-shipping-label" if shipping == "送料無料" else "shipping-label"
    tag_html = (
        f'<div class="content tags"><span class="{_im_c("tag")} {_im_c("tag-delivery")}">{tag}</span></div>'
        if tag
        else ""
    )
    review_html = (
        f'<div class="content review"><a href="https://review.ichibamall.example/item/1/{data_id}_{data_id % 10007}/1.1/" class="dui-rating-filter {_im_c("rating")}" aria-label="レビュー平均 {rating} 件数 {reviews:,}"><span class="star-rating"><span class="star-rating-fill" style="width:{rating * 20:.0f}%"></span></span><span class="score">{rating}</span><span class="legend">({reviews:,}件)</span></a></div>'
        if rating is not None
        else ""
    )
    pr_html = f'<div class="{_im_c("pr-label")}"><span class="{_im_c("pr")}">PR</span></div>' if pr else ""
    card = f"""
      <div class="searchresultitem" data-id="{data_id}" data-shop-id="{zlib.crc32(shop.encode()) % 400000}" data-card-type="{"pr" if pr else "item"}" data-track-item-position="{data_id % 60}">
        {pr_html}
        <div class="image {_im_c("image")}"><a href="{esc(href)}" class="{_im_c("image-link-wrapper")}" data-track-trigger="click"><img src="https://thumbnail.image.ichibamall.example/@0_mall/{shop_path}/cabinet/{code}.jpg?_ex=300x300" alt="{esc(title)}" class="{_im_c("image")} _verticallyaligned" loading="lazy"></a></div>
        <div class="content title {_im_c("title")}"><h2 class="{_im_c("title-heading")}"><a href="{esc(href)}" class="{_im_c("title-link")}" title="{esc(title)}" data-track-trigger="click">{esc(title)}</a></h2></div>
        <div class="content description price {_im_c("price-wrapper")}"><div class="{_im_c("price")}"><span class="{_im_c("price-value")}">{price_text}<span class="{_im_c("price-unit")}">円</span>{from_html}</span><span class="{_im_c(shipping_class)}">{shipping}</span></div></div>
        <div class="content points {_im_c("points-wrapper")}"><div class="{_im_c("points")}"><span class="{_im_c("points-value")}">{points:,}ポイント</span><span class="{_im_c("points-rate")}{" " + _im_c("points-up") if rate > 1 else ""}">({rate}倍)</span></div></div>
        {tag_html}
        {review_html}
        <div class="content merchant _ellipsis {_im_c("merchant")}"><a href="https://www.ichibamall.example/{shop_path}/" class="{_im_c("merchant-link")}">{esc(shop)}</a></div>
        <div class="{_im_c("actions")}"><button class="{_im_c("favorite")}" aria-label="お気に入りに追加" data-item-id="{data_id}"></button></div>
      </div>"""
    record = {
        "title": title,
        "url": url,
        "price": price,
        "currency": "JPY",
        "shipping": shipping,
        "points": points,
        "point_rate": f"{rate}倍",
        "shop": shop,
        "rating": rating,
        "review_count": reviews,
    }
    return card, record


def _im_page(number: int, cards: list[str], shown: tuple[int, int]) -> str:
    links = []
    if number > 1:
        prev = IM_SEARCH if number == 2 else f"{IM_SEARCH}?p={number - 1}"
        links.append(f'<a href="{prev}" class="item -prev prevPage">前のページ</a>')
    for k in range(1, 4):
        href = IM_SEARCH if k == 1 else f"{IM_SEARCH}?p={k}"
        links.append(
            f'<span class="item -active currentPage">{k}</span>'
            if k == number
            else f'<a href="{href}" class="item -page">{k}</a>'
        )
    if number < 3:
        links.append(f'<a href="{IM_SEARCH}?p={number + 1}" class="item -next nextPage">次のページ</a>')
    genres = [
        ("イヤホン", 3421),
        ("ヘッドホン", 1207),
        ("イヤホン・ヘッドホンアクセサリー", 688),
        ("ヘッドセット", 116),
    ]
    genre_html = "".join(
        f'<li class="dui-list-item"><a href="/search/mall/-/{560202 + i}/" class="dui-link">{esc(g)}</a><span class="count">({c:,})</span></li>'
        for i, (g, c) in enumerate(genres, 1)
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
  <meta charset="UTF-8">
  <title>【楽天市場】イヤホン・ヘッドホン の通販{"（" + str(number) + "ページ目）" if number > 1 else ""}</title>
  <meta name="description" content="イヤホン・ヘッドホンの人気商品・通販・価格比較。送料無料・ポイント還元の商品も多数。">
  <link rel="canonical" href="https://search.ichibamall.example{IM_SEARCH}{"" if number == 1 else f"?p={number}"}">
  <link rel="stylesheet" href="https://r.r10s.example/com/inc/search/dui/2.41.0/dui.min.css">
  <script>window.__INITIAL_STATE__={{"search":{{"genreId":560202,"page":{number},"hits":12,"total":33}},"user":{{"loggedIn":false}}}};</script>
</head>
<body>
  <div id="ri-cmn-hdr" class="ri-cmn-hdr">
    <div class="ri-cmn-hdr-inner"><a href="https://www.ichibamall.example/" class="ri-cmn-hdr-logo">楽天市場</a>
      <form class="ri-cmn-hdr-search" action="/search/mall/" method="get"><input type="text" name="sitem" placeholder="何をお探しですか？" aria-label="キーワード" value=""><select name="g" aria-label="ジャンル"><option value="0">すべてのジャンル</option><option value="560202" selected>イヤホン・ヘッドホン</option></select><button type="submit">検索</button></form>
      <ul class="ri-cmn-hdr-utility"><li><a href="https://www.ichibamall.example/myrakuten/">my楽天</a></li><li><a href="https://www.ichibamall.example/mypage/history/">購入履歴</a></li><li><a href="https://www.ichibamall.example/mypage/favorite/">お気に入り</a></li><li><a href="https://basket.step.ichibamall.example/rms/mall/bs/cart/">買い物かご</a></li></ul>
    </div>
    <div class="ri-cmn-hdr-campaign"><a href="https://event.ichibamall.example/campaign/point-up/">エントリーで全ショップポイント最大10倍！</a></div>
  </div>
  <div class="dui-container searchresults">
    <nav class="breadcrumb dui-breadcrumb" aria-label="パンくず"><a href="https://www.ichibamall.example/">楽天市場</a> &gt; <a href="/search/mall/-/211742/">TV・オーディオ・カメラ</a> &gt; <span>イヤホン・ヘッドホン</span></nav>
    <div class="dui-container nav">
      <aside class="dui-container sidebar">
        <div class="dui-card genre"><h3 class="title">ジャンル</h3><ul class="dui-list">{genre_html}</ul></div>
        <div class="dui-card price-filter"><h3 class="title">価格</h3><form><input type="number" name="min" aria-label="最低価格">円～<input type="number" name="max" aria-label="最高価格">円<button>検索</button></form></div>
        <div class="dui-card condition"><h3 class="title">絞り込み</h3><ul class="dui-list"><li><label><input type="checkbox" name="fs" value="1">送料無料</label></li><li><label><input type="checkbox" name="nd" value="1">最強翌日配送</label></li><li><label><input type="checkbox" name="ra" value="1">レビューあり</label></li></ul></div>
      </aside>
      <div class="dui-container main">
        <div class="dui-container header"><h1 class="section keyword">イヤホン・ヘッドホン</h1>
          <span class="count _medium">{shown[0]}～{shown[1]}件 （33件）</span>
          <div class="dui-container sort"><label for="sort">並び替え</label><select id="sort" name="s"><option value="1" selected>標準</option><option value="2">価格が安い</option><option value="3">価格が高い</option><option value="4">新着順</option><option value="5">レビュー件数順</option></select></div>
        </div>
        <div class="dui-cards searchresultitems">{"".join(cards)}
        </div>
        <div class="dui-pagination"><div class="dui-container pagination">{"".join(links)}</div></div>
        <div class="dui-container related"><h2>関連キーワード</h2><ul><li><a href="/search/mall/ワイヤレスイヤホン/">ワイヤレスイヤホン</a></li><li><a href="/search/mall/骨伝導イヤホン/">骨伝導イヤホン</a></li><li><a href="/search/mall/ノイズキャンセリング/">ノイズキャンセリング</a></li></ul></div>
      </div>
    </div>
  </div>
  <footer id="ri-cmn-ftr" class="ri-cmn-ftr"><ul><li><a href="https://www.ichibamall.example/info/guide/">ご利用ガイド</a></li><li><a href="https://privacy.ichibamall.example/">個人情報保護方針</a></li><li><a href="https://www.ichibamall.example/ec/company/">会社概要</a></li><li><a href="https://ichiba.faq.ichibamall.example/">ヘルプ・問い合わせ窓口</a></li></ul>
    <p class="copyright">© Ichibamall Group, Inc.</p></footer>
</body>
</html>"""


@eighteenth
def build_ichibamall() -> None:
    """Rakuten Ichiba-like search page."""
    s = Site(
        "ichibamall",
        kind="marketplace search results (Japanese, Rakuten Ichiba 2024–25: div.searchresultitem cards with CSS-module hashed classes, '1,980円' prices with 送料無料 / 送料別 / 送料込, points '198ポイント' + '(10倍)', a 'from' price '3,280円~', review score + '(1,234件)', shop links, PR cards with ad redirect links, dui-pagination '次のページ' to ?p=N)",
        start="search/mall/-/560202/",
        description="A Rakuten Ichiba-style search page in Japanese: searchresultitem cards with image, title link to the item host, price in yen with a shipping label, points and the point multiplier, a next-day delivery tag on some, review stars with the score and review count, the shop link; two PR cards per page with redirect links, a genre sidebar with counts, a sort select and ?p=N pagination. Written down: title, url, price, currency, shipping, points, point_rate, shop, rating, review_count.",
    )
    pages = chunks(IM_ITEMS, [12, 12, 9])
    paths = ["search/mall/-/560202/index.html", "search/mall/-/560202/@p=2", "search/mall/-/560202/@p=3"]
    data_id = 10034512
    first = 1
    for number, items in enumerate(pages, 1):
        cards = []
        for k in range(2):
            title, shop, price, rating, reviews = IM_PR[(number - 1) * 2 + k]
            card, _ = _im_card(
                (title, shop, "promo-" + slug(str(k + number)), price, False, "送料無料", 1, rating, reviews, None),
                90000000 + number * 10 + k,
                pr=True,
            )
            cards.append(card)
        for item in items:
            data_id += 48611
            card, record = _im_card(item, data_id)
            cards.append(card)
            s.expect(record)
        s.list_page(paths[number - 1], _im_page(number, cards, (first, first + len(items) - 1)))
        first += len(items)
    s.finish()


# ---------------------------------------------------------------------------------------------------
# targowisko: an Allegro-like category listing (Polish, hashed atomic classes, ?p=N).
# ---------------------------------------------------------------------------------------------------

#: (title, price in grosze, previous price in grosze, condition, type, delivery, delivery cost in grosze,
#: super seller?, rating, reviews, bought)
TG_OFFERS: list[tuple[str, int, int | None, str, str, str, int, bool, float | None, int | None, int | None]] = [
    (
        "Słuchawki bezprzewodowe douszne Soundwave Buds Pro ANC Bluetooth 5.3 czarne",
        19999,
        22999,
        "Nowy",
        "kup teraz",
        "dostawa jutro",
        0,
        True,
        4.85,
        1234,
        3412,
    ),
    (
        "Słuchawki nauszne Auralis H700 ANC 60 h USB-C składane",
        129900,
        149900,
        "Nowy",
        "kup teraz",
        "dostawa jutro",
        0,
        True,
        4.91,
        412,
        867,
    ),
    (
        "Słuchawki dokanałowe Vortex Z2 z etui ładującym białe",
        8999,
        None,
        "Nowy",
        "kup teraz",
        "dostawa pojutrze",
        999,
        False,
        4.42,
        87,
        152,
    ),
    (
        "Słuchawki sportowe z pałąkiem Runfit Air IPX5 na trening",
        14950,
        None,
        "Nowy",
        "kup teraz",
        "dostawa jutro",
        1299,
        True,
        4.67,
        231,
        544,
    ),
    (
        "Słuchawki Auralis H500 bezprzewodowe nauszne – stan bardzo dobry",
        34900,
        None,
        "Używany",
        "licytacja",
        "dostawa we wt. 18 mar.",
        1599,
        False,
        None,
        None,
        None,
    ),
    (
        "Słuchawki bezprzewodowe dla dzieci Kiddo 85 dB limit głośności różowe",
        7999,
        9999,
        "Nowy",
        "kup teraz",
        "dostawa jutro",
        0,
        True,
        4.73,
        658,
        1921,
    ),
    (
        "Słuchawki gamingowe Krakon X7 7.1 RGB z mikrofonem USB",
        18999,
        None,
        "Nowy",
        "kup teraz",
        "dostawa pojutrze",
        1199,
        False,
        4.38,
        319,
        705,
    ),
    (
        "Słuchawki przewodnictwa kostnego Osseo Run 2 tytanowe",
        44900,
        49900,
        "Nowy",
        "kup teraz",
        "dostawa jutro",
        0,
        True,
        4.59,
        144,
        389,
    ),
    (
        "Słuchawki douszne przewodowe jack 3,5 mm z mikrofonem 1,2 m",
        1999,
        None,
        "Nowy",
        "kup teraz",
        "dostawa w pon. 17 mar.",
        899,
        False,
        4.12,
        1876,
        12345,
    ),
    (
        "Słuchawki Soundwave Buds 2 powystawowe komplet pudełko",
        12900,
        None,
        "Powystawowy",
        "licytacja",
        "dostawa pojutrze",
        1099,
        False,
        None,
        None,
        None,
    ),
    (
        "Słuchawki studyjne Monitor M50 zamknięte przewodowe 45 mm",
        64900,
        None,
        "Nowy",
        "kup teraz",
        "dostawa jutro",
        0,
        True,
        4.88,
        96,
        213,
    ),
    (
        "Słuchawki TWS Vortex Z5 Pro ANC ładowanie bezprzewodowe grafitowe",
        27999,
        31999,
        "Nowy",
        "kup teraz",
        "dostawa jutro",
        0,
        True,
        4.61,
        377,
        1108,
    ),
    (
        "Słuchawki nauszne przewodowe dla dzieci Kiddo Mini niebieskie",
        4999,
        None,
        "Nowy",
        "kup teraz",
        "dostawa pojutrze",
        999,
        False,
        4.35,
        212,
        640,
    ),
    (
        "Słuchawki Auralis H900 Hi-Res LDAC czarne – nowe, zaplombowane",
        169900,
        None,
        "Nowy",
        "kup teraz",
        "dostawa jutro",
        0,
        True,
        4.95,
        58,
        97,
    ),
    (
        "Słuchawki bezprzewodowe Runfit Neck z pałąkiem na szyję 30 h",
        9900,
        None,
        "Nowy",
        "kup teraz",
        "dostawa we wt. 18 mar.",
        1299,
        False,
        None,
        None,
        48,
    ),
    (
        "Słuchawki gamingowe Krakon X3 przewodowe PS5 Xbox PC",
        9499,
        11999,
        "Nowy",
        "kup teraz",
        "dostawa jutro",
        0,
        True,
        4.27,
        503,
        1563,
    ),
    (
        "Słuchawki Osseo Swim wodoodporne IP68 z pamięcią 32 GB",
        59900,
        None,
        "Nowy",
        "kup teraz",
        "dostawa pojutrze",
        0,
        False,
        4.54,
        71,
        166,
    ),
    (
        "Słuchawki Soundwave Buds Pro używane, etui z rysami",
        8900,
        None,
        "Używany",
        "licytacja",
        "dostawa w pon. 17 mar.",
        899,
        False,
        None,
        None,
        None,
    ),
    (
        "Słuchawki douszne USB-C do telefonu z mikrofonem białe",
        2999,
        None,
        "Nowy",
        "kup teraz",
        "dostawa jutro",
        899,
        True,
        4.08,
        964,
        5210,
    ),
    (
        "Słuchawki do spania opaska Bluetooth miękka szara",
        6999,
        7999,
        "Nowy",
        "kup teraz",
        "dostawa jutro",
        0,
        True,
        4.46,
        287,
        932,
    ),
    (
        "Słuchawki nauszne bezprzewodowe Vortex H2 40 h niebieskie",
        11999,
        None,
        "Nowy",
        "kup teraz",
        "dostawa pojutrze",
        1099,
        False,
        4.31,
        166,
        455,
    ),
    (
        "Słuchawki przewodowe nauszne z mikrofonem do pracy zdalnej USB",
        8499,
        None,
        "Nowy",
        "kup teraz",
        "dostawa jutro",
        0,
        True,
        4.57,
        822,
        2376,
    ),
    (
        "Słuchawki Auralis H700 – uszkodzony pałąk, na części",
        9900,
        None,
        "Uszkodzony",
        "licytacja",
        "dostawa we wt. 18 mar.",
        1599,
        False,
        None,
        None,
        None,
    ),
    (
        "Słuchawki TWS Soundwave Lite 24 h białe Bluetooth 5.3",
        5999,
        6999,
        "Nowy",
        "kup teraz",
        "dostawa jutro",
        0,
        True,
        4.19,
        1450,
        8733,
    ),
    (
        "Słuchawki referencyjne otwarte Monitor M80 250 Ω",
        89900,
        99900,
        "Nowy",
        "kup teraz",
        "dostawa jutro",
        0,
        True,
        4.9,
        37,
        64,
    ),
    (
        "Słuchawki dla DJ-a obrotowe muszle Mixfader DJ-2 spiralny kabel",
        24900,
        None,
        "Nowy",
        "kup teraz",
        "dostawa pojutrze",
        1399,
        False,
        4.62,
        49,
        118,
    ),
    (
        "Słuchawki bezprzewodowe douszne Runfit Clip otwarte klipsy",
        21999,
        None,
        "Nowy",
        "kup teraz",
        "dostawa jutro",
        0,
        True,
        4.48,
        133,
        402,
    ),
    (
        "Słuchawki Krakon X7 Wireless 2,4 GHz bez mikrofonu – używane",
        11900,
        None,
        "Używany",
        "kup teraz",
        "dostawa w pon. 17 mar.",
        1299,
        False,
        None,
        None,
        None,
    ),
    (
        "Słuchawki nauszne dla dzieci bezprzewodowe Kiddo Cat uszy kota",
        8999,
        None,
        "Nowy",
        "kup teraz",
        "dostawa jutro",
        0,
        True,
        4.7,
        389,
        1277,
    ),
    (
        "Słuchawki przewodowe lightning do iPhone z pilotem",
        3499,
        None,
        "Nowy",
        "kup teraz",
        "dostawa pojutrze",
        899,
        False,
        3.96,
        274,
        911,
    ),
]
TG_SPONSORED = [
    ("Słuchawki Bluetooth Nordhaus Q30 ANC 50 h – oficjalny sklep", 24999),
    ("Głośnik przenośny Nordhaus Boom 20 W wodoodporny", 17999),
    ("Słuchawki douszne Nordhaus Pods 3 etui MagSafe", 15999),
    ("Słuchawki gamingowe Nordhaus Arena 2 bezprzewodowe", 32999),
    ("Słuchawki TWS Nordhaus Mini dla dzieci", 8999),
    ("Słuchawki Nordhaus Studio 7 zamknięte", 44999),
]
TG_CATEGORY = "/kategoria/sluchawki-bezprzewodowe-252838"
#: Allegro's atomic classes: several short hashed names per element.
TG_ARTICLE = "mx7m_1 mnyp_co mlkp_ag"
TG_ROW = "mpof_ki mwdn_1 mjyo_6x mgmw_wo mp7g_oh mj7a_8 mh36_16 mvrt_16 mg9e_16 m3h2_16"
TG_TITLE_H = "mgn2_14 m9qz_yp meqh_en mpof_z0 mqu1_16 m6ax_n4 mp4t_0 mryx_0 munh_0 mj7a_4"
TG_TITLE_A = "mgn2_14 mp0t_0 mqu1_16 mp4t_0 m9qz_yq mryx_0 munh_0 mj7a_4 m6ax_n4 _1e32a_zIS-q"
TG_SMALL = "mpof_z0 mgmw_3z mgn2_12 mp4t_0 m3h2_0 mryx_0 munh_0 mg9e_0 mvrt_0 mj7a_0 mh36_0"
TG_DL = "mpof_uk mp4t_0 m3h2_0 mryx_0 munh_0 mg9e_0 mvrt_0 mj7a_0 mh36_0 meqh_en msa3_z4 _1e32a_f18Kx"
TG_DT = "mgmw_3z mpof_z0 mgn2_12 mp4t_0 m3h2_0 mryx_0 munh_0 mg9e_0 mvrt_0 mj7a_0 mh36_0 _1e32a_p2zFY"
TG_DD = "mgmw_wo mpof_z0 mgn2_12 mp4t_0 m3h2_0 mryx_0 munh_0 mg9e_0 mvrt_0 mj7a_0 mh36_0 _1e32a_e4Ayd"
TG_PRICE = "mli8_k4 msa3_z4 mqu1_1 mp0t_ji m9qz_yo mgmw_qw mgn2_27 mgn2_30_s"
TG_PRICE_PART = "mgn2_19 mgn2_21_s m9qz_yq"


def _pl_slug(text: str) -> str:
    """Allegro's offer slugs: Polish letters transliterated (``ł`` has no ASCII decomposition)."""
    return str(slug(text.replace("ł", "l").replace("Ł", "L")))


def _pln(grosze: int) -> str:
    """``129900`` → ``1 299,00 zł`` (a space between thousands, as Allegro writes four digits too)."""
    zl, gr = divmod(grosze, 100)
    return f"{_thousands(zl, ' ')},{gr:02d} zł"


def _people(count: int) -> str:
    """Polish plural of 'people bought': 1 osoba kupiła, 2–4 osoby kupiły, 5+ osób kupiło."""
    if count == 1:
        return "1 osoba kupiła"
    last, tens = count % 10, count % 100
    word = "osoby kupiły" if 2 <= last <= 4 and not 12 <= tens <= 14 else "osób kupiło"
    return f"{_thousands(count, ' ') if count >= 10000 else count} {word}"


def _tg_offer(
    offer: tuple[Any, ...], offer_id: int, index: int, *, sponsored: bool = False
) -> tuple[str, dict[str, Any]]:
    title, grosze, previous, condition, kind, delivery, cost, super_seller, rating, reviews, bought = offer
    url = f"https://targowisko.example/oferta/{_pl_slug(title)}-{offer_id}"
    href = (
        f"https://targowisko.example/events/clicks?emission_unit_id=7f3c{offer_id % 99991:05d}&emission_id={offer_id}&type=OFFER&redirect=https%3A%2F%2Ftargowisko.example%2Foferta%2F{_pl_slug(title)}-{offer_id}"
        if sponsored
        else url
    )
    zl, gr = divmod(grosze, 100)
    price_html = f'<span aria-label="{_pln(grosze)} aktualna cena" tabindex="0"><span class="{TG_PRICE}">{_thousands(zl, " ")},<span class="{TG_PRICE_PART}">{gr:02d}</span>&nbsp;<span class="{TG_PRICE_PART}">zł</span></span></span>'
    previous_html = ""
    if previous:
        percent = round((previous - grosze) * 100 / previous)
        previous_html = f'<div class="mpof_ki m389_6m mwdn_1"><span class="mpof_z0 mgn2_13 m9qz_yq mgmw_g5 mp4t_0 m3h2_0">-{percent}%</span><s class="mgn2_13 mgmw_3z mpof_z0" aria-label="cena przed obniżką {_pln(previous)}">{_pln(previous)}</s><span class="{TG_SMALL}">najniższa cena z 30 dni przed obniżką</span></div>'
    params = [
        ("Stan", condition),
        ("Typ słuchawek", "douszne" if "douszne" in title or "TWS" in title or "Buds" in title else "nauszne"),
        ("Łączność", "przewodowe" if "przewodowe" in title or "jack" in title else "bezprzewodowe"),
    ]
    dl = (
        f'<dl class="{TG_DL}">'
        + "".join(f'<dt class="{TG_DT}">{esc(k)}</dt><dd class="{TG_DD}">{esc(v)}</dd>' for k, v in params)
        + "</dl>"
    )
    badges = []
    if super_seller:
        badges.append(
            f'<div class="mpof_ki m389_6m"><img src="https://a.allegroimg.example/original/34611c/0d31f9d24b9eaf2c87b86bf8f5b6/super-sprzedawca.svg" alt="" width="16" height="16"><span class="{TG_SMALL}">Super Sprzedawca</span></div>'
        )
    if sponsored:
        badges.append(f'<span class="{TG_SMALL} _1e32a_Ca4cH">Sponsorowane</span>')
    rating_html = ""
    if rating is not None:
        rating_text = (
            f"{rating:.2f}".rstrip("0").replace(".", ",") if rating * 100 % 10 else f"{rating:.1f}".replace(".", ",")
        )
        rating_html = f'<div class="mpof_ki m389_6m" aria-label="ocena produktu {rating_text} na 5, {reviews} ocen"><span class="mgmw_wo mgn2_12 m9qz_yo" aria-hidden="true">{rating_text}</span><span class="mpof_ki mp7g_oh _1e32a_stars" style="--stars:{rating}" aria-hidden="true"></span><span class="{TG_SMALL}" aria-hidden="true">({reviews})</span></div>'
    with_delivery = f"{_pln(grosze + cost)} z dostawą" if cost else None
    delivery_html = (
        f'<div class="mpof_ki m389_6m"><span class="{TG_SMALL} mgmw_qw">{delivery}</span>'
        + (
            f'<span class="{TG_SMALL}">{with_delivery}</span>'
            if with_delivery
            else f'<span class="{TG_SMALL}">darmowa dostawa</span><img src="https://a.allegroimg.example/original/1a2a0f/smart.svg" alt="Smart!" width="42" height="14">'
        )
        + "</div>"
    )
    kind_html = f'<span class="{TG_SMALL}">{kind}</span>' + (
        f'<span class="{TG_SMALL}">{1 + offer_id % 9} {"osoba licytuje" if offer_id % 9 == 0 else "osoby licytują" if offer_id % 9 < 4 else "osób licytuje"}</span>'
        if kind == "licytacja"
        else ""
    )
    bought_html = f'<span class="{TG_SMALL}">{_people(bought)}</span>' if bought else ""
    card = f"""
        <article class="{TG_ARTICLE}" data-role="offer" data-analytics-view-custom-index0="{index}" data-analytics-view-label="showItem" data-analytics-view-value="{offer_id}" aria-label="{esc(title)}">
          <div class="{TG_ROW}">
            <div class="mpof_ki myre_zn m7er_k4 mse2_56"><a href="{esc(href)}" class="msts_9u mg9e_0 mvrt_0 mj7a_0 mh36_0 meqh_en" rel="nofollow" tabindex="-1"><img alt="{esc(title)}" src="https://a.allegroimg.example/s180/1107e2/{offer_id:x}/{_pl_slug(title)[:40]}" class="msts_n7" loading="{"eager" if index < 3 else "lazy"}"></a></div>
            <div class="mpof_ki mjyo_6x mqu1_21 m7f5_6m">
              <h2 class="{TG_TITLE_H}"><a href="{esc(href)}" class="{TG_TITLE_A}">{esc(title)}</a></h2>
              {"".join(badges)}
              <div class="mpof_ki m389_6m mwdn_1">{dl}</div>
              {rating_html}
            </div>
            <div class="mpof_ki mjyo_6x m7f5_5x mh36_8">
              <div class="mpof_ki m389_6m mwdn_1 mj7a_4">{price_html}</div>
              {previous_html}
              {kind_html}
              {delivery_html}
              {bought_html}
              <button class="mgn2_14 mp0t_0 _1e32a_a1VdB" aria-label="Dodaj do obserwowanych" data-offer-id="{offer_id}"></button>
            </div>
          </div>
        </article>"""
    record = {
        "title": title,
        "url": url,
        "price": grosze / 100,
        "currency": "PLN",
        "original_price": previous / 100 if previous else None,
        "condition": condition,
        "offer_type": kind,
        "price_with_delivery": (grosze + cost) / 100 if cost else None,
        "delivery": delivery,
        "seller_badge": "Super Sprzedawca" if super_seller else None,
        "rating": rating,
        "review_count": reviews,
        "sold": bought,
    }
    return card, record


def _tg_page(number: int, articles: list[str], boxed: list[dict[str, Any]]) -> str:
    prev = ""
    if number > 1:
        prev = f'<a href="{TG_CATEGORY}{"" if number == 2 else f"?p={number - 1}"}" rel="prev" aria-label="poprzednia strona" class="mp0t_0 mgn2_14 _1e32a_pP6n7">poprzednia</a>'
    nxt = (
        f'<a href="{TG_CATEGORY}?p={number + 1}" rel="next" aria-label="następna strona" class="mp0t_0 mgn2_14 _1e32a_pP6n7" data-role="next-page">następna</a>'
        if number < 3
        else ""
    )
    filters = [
        ("Stan", [("nowe", 48211), ("używane", 3920), ("powystawowe", 411), ("uszkodzone", 286)]),
        ("Sposób dostawy", [("z kurierem", 39120), ("Paczkomaty InPost", 41877), ("odbiór w punkcie", 30012)]),
        ("Rodzaj oferty", [("kup teraz", 51204), ("licytacja", 1624)]),
        ("Sprzedawca", [("Super Sprzedawca", 28410), ("Oficjalne sklepy", 3307)]),
    ]
    sidebar = "".join(
        f'<fieldset class="mpof_ki mp7g_oh"><legend class="mgn2_16 m9qz_yp">{esc(name)}</legend><ul>'
        + "".join(
            f'<li><label class="mgn2_14"><input type="checkbox" name="{slug(name)}" value="{slug(v)}"> {esc(v)} <span class="mgmw_3z">({_thousands(c, " ")})</span></label></li>'
            for v, c in values
        )
        + "</ul></fieldset>"
        for name, values in filters
    )
    box = {
        "__listing_StoreState": {
            "items": {"elements": boxed},
            "searchMeta": {"page": number, "totalCount": 30, "lastAvailablePage": 3},
        }
    }
    return f"""<!DOCTYPE html>
<html lang="pl">
<head>
  <meta charset="utf-8">
  <title>Słuchawki bezprzewodowe - Niskie ceny i darmowa dostawa z Targowisko Smart! - Targowisko{f" - Strona {number}" if number > 1 else ""}</title>
  <meta name="description" content="Słuchawki bezprzewodowe na Targowisko.pl - Zróżnicowany zbiór ofert, najlepsze ceny i promocje. Wejdź i znajdź to, czego szukasz!">
  <link rel="canonical" href="https://targowisko.example{TG_CATEGORY}{"" if number == 1 else f"?p={number}"}">
  <link rel="stylesheet" href="https://assets.allegrostatic.example/metrum/metrum-2.34.1.css">
</head>
<body>
  <div data-box-name="consent-dialog" role="dialog" aria-modal="true" aria-labelledby="consent-title" class="mpof_ki _1e32a_consent">
    <h2 id="consent-title" class="mgn2_19">Dbamy o Twoją prywatność</h2>
    <p class="mgn2_14">Korzystamy z plików cookies i podobnych technologii, aby dopasować treści i reklamy do Twoich potrzeb oraz mierzyć ich skuteczność. Szczegóły znajdziesz w <a href="https://targowisko.example/regulaminy/pliki-cookies">Polityce plików cookies</a>.</p>
    <button data-role="accept-consent" class="mgn2_14">Ok, zgadzam się</button><button data-role="consent-settings" class="mgn2_14">Dostosuj zgody</button>
  </div>
  <header data-box-name="header" class="mpof_ki _1e32a_header">
    <a href="https://targowisko.example/" class="_1e32a_logo" aria-label="Targowisko - przejdź na stronę główną"><img src="https://a.allegroimg.example/original/12c30c/logo.svg" alt="Targowisko"></a>
    <form action="https://targowisko.example/listing" method="get" role="search"><input type="search" name="string" placeholder="czego szukasz?" aria-label="czego szukasz?"><select name="kategoria" aria-label="kategoria"><option>Wszystkie kategorie</option></select><button type="submit">szukaj</button></form>
    <nav aria-label="Moje konto"><a href="https://targowisko.example/moje-allegro">Moje Targowisko</a><a href="https://targowisko.example/koszyk" aria-label="koszyk">koszyk</a><a href="https://targowisko.example/login">zaloguj się</a></nav>
  </header>
  <nav aria-label="ścieżka" class="mpof_ki mgn2_12"><ol><li><a href="https://targowisko.example/kategoria/elektronika">Elektronika</a></li><li><a href="https://targowisko.example/kategoria/rtv-i-agd-10">RTV i AGD</a></li><li><a href="https://targowisko.example/kategoria/sluchawki-252836">Słuchawki</a></li><li>Słuchawki bezprzewodowe</li></ol></nav>
  <div class="mpof_ki mwdn_1 _1e32a_layout">
    <aside data-box-name="Filters" class="mpof_ki _1e32a_filters"><h2 class="mgn2_16">Filtry</h2>
      <fieldset class="mpof_ki mp7g_oh"><legend class="mgn2_16 m9qz_yp">Cena</legend><label>od <input type="number" name="price_from"></label><label>do <input type="number" name="price_to"></label></fieldset>
      {sidebar}</aside>
    <main data-box-name="listing" class="mpof_ki mjyo_6x">
      <h1 class="mgn2_21 m9qz_yp">Słuchawki bezprzewodowe</h1>
      <div class="mpof_ki m389_6m"><span class="mgn2_14 mgmw_3z">30 ofert</span><label class="mgn2_14">sortowanie: <select name="order"><option value="m" selected>trafność: największa</option><option value="p">cena: od najniższej</option><option value="pd">cena: od najwyższej</option><option value="qd">popularność: największa</option></select></label></div>
      <div data-role="itemsContainer" class="mpof_ki mwdn_1">
        <section class="mpof_ki mqu1_16" data-box-name="items-v3">{"".join(articles)}
        </section>
      </div>
      <div data-role="paginationBottom" role="navigation" aria-label="paginacja" class="mpof_ki m389_6m mh36_16">
        {prev}<label class="mgn2_14"><input type="number" aria-label="numer strony" name="p" value="{number}" min="1" max="3" data-role="page-input"> z <span>3</span></label>{nxt}
      </div>
      <section class="mpof_ki _1e32a_seo"><h2 class="mgn2_16">Słuchawki bezprzewodowe – jak wybrać?</h2><p class="mgn2_14">Słuchawki bezprzewodowe łączą się z telefonem przez Bluetooth. Zwróć uwagę na czas pracy na baterii, aktywną redukcję szumów (ANC) i wygodę noszenia.</p></section>
    </main>
  </div>
  <footer data-box-name="footer" class="mpof_ki _1e32a_footer"><ul><li><a href="https://targowisko.example/pomoc">Centrum pomocy</a></li><li><a href="https://targowisko.example/regulaminy">Regulamin</a></li><li><a href="https://targowisko.example/regulaminy/pliki-cookies">Pliki cookies</a></li><li><a href="https://targowisko.example/dla-sprzedajacych">Dla sprzedających</a></li></ul><p class="mgn2_12">© 2025 Targowisko.pl sp. z o.o.</p></footer>
  <script type="application/json" data-serialize-box-id="listing-items-7f3a">{json.dumps(box, ensure_ascii=False)}</script>
</body>
</html>"""


@eighteenth
def build_targowisko() -> None:
    """Allegro-like category listing."""
    s = Site(
        "targowisko",
        kind="marketplace category listing (Polish, Allegro 2024–25: article[data-role=offer] with hashed atomic classes, '1 299,00 zł' split over spans with an aria-label, struck previous prices with the 30-day lowest-price note, 'Super Sprzedawca', parameter dl 'Stan: Nowy', 'kup teraz' / 'licytacja', 'z dostawą' totals, 'dostawa jutro', 'osób kupiło', Sponsorowane offers with the same markup, a page-number input with 'następna' to ?p=N)",
        start="kategoria/sluchawki-bezprzewodowe-252838/",
        description="An Allegro-style category listing in Polish: a consent dialog, filters with counts, offer articles with hashed atomic classes (image, title link, Super Sprzedawca badge, a Stan/Typ/Łączność parameter list, rating and count, the price split over spans, a struck previous price with a discount and the 30-day note, kup teraz or licytacja, the price with delivery or free delivery, the delivery day, how many bought), two Sponsorowane offers per page with click-tracking links, a page input 'z 3' with 'następna' links and a serialized JSON box. Written down: title, url, price, currency, original_price, condition, offer_type, price_with_delivery, delivery, seller_badge, rating, review_count, sold.",
    )
    pages = chunks(TG_OFFERS, [11, 11, 8])
    paths = [
        "kategoria/sluchawki-bezprzewodowe-252838/index.html",
        "kategoria/sluchawki-bezprzewodowe-252838@p=2",
        "kategoria/sluchawki-bezprzewodowe-252838@p=3",
    ]
    offer_id = 15234567890
    rng = random.Random(18)
    for number, offers in enumerate(pages, 1):
        articles: list[str] = []
        boxed: list[dict[str, Any]] = []
        for k, offer in enumerate(offers):
            if k in (0, 6):
                title, grosze = TG_SPONSORED[(number - 1) * 2 + (k > 0)]
                card, _ = _tg_offer(
                    (title, grosze, None, "Nowy", "kup teraz", "dostawa jutro", 0, True, None, None, None),
                    17000000000 + number * 10 + k,
                    len(articles),
                    sponsored=True,
                )
                articles.append(card)
            offer_id += rng.randint(1000, 90000)
            card, record = _tg_offer(offer, offer_id, len(articles))
            articles.append(card)
            boxed.append(
                {
                    "id": str(offer_id),
                    "type": "offer",
                    "price": {"mainPrice": {"amount": f"{offer[1] / 100:.2f}", "currency": "PLN"}},
                }
            )
            s.expect(record)
        s.list_page(paths[number - 1], _tg_page(number, articles, boxed))
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in EIGHTEENTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
