"""Thirteenth wave of HELD-OUT corpus sites (issue #3), frozen before anybody measured the Scout on them.

* **mercanto** — a Latin-American marketplace's search results.
* **quillvault** — a fan-fiction archive's works listing for one tag.
* **guildrank** — a B2B agency directory's city listing.

Run ``uv run python tests/sites/corpus/generate_held_out_thirteenth.py`` to rebuild them (the helpers and the
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
from datetime import date
from pathlib import Path
from urllib.parse import quote, quote_plus

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, esc, slug

FROZEN |= {"mercanto", "quillvault", "guildrank"}

THIRTEENTH: dict[str, Callable[[], None]] = {}


def thirteenth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    THIRTEENTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
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


# ---------------------------------------------------------------------------------------------------
# mercanto (FROZEN)
# ---------------------------------------------------------------------------------------------------

MC_QUERY = "auriculares bluetooth"
MC_SEARCH = "/auriculares-bluetooth"
MC_PER_PAGE = 10
MC_IMG = "https://http2.mercantostatic.example"


@dataclass
class Listing:
    """One result card of the search (a catalogue product or a plain seller listing)."""

    title: str
    brand: str | None
    official_store: str | None
    price: float
    original: float | None
    rating: float | None
    reviews: int | None
    shipping: str | None
    highlight: str | None
    catalog: bool
    colours: int | None = None

    @property
    def code(self) -> int:
        return (
            _number(self.title, 1_300_000_000, 1_499_999_999)
            if not self.catalog
            else _number(self.title, 18_000_000, 45_999_999)
        )

    @property
    def discount(self) -> int | None:
        if self.original is None:
            return None
        return int((self.original - self.price) / self.original * 100)


MC_LISTINGS = [
    Listing(
        "Auriculares In-ear Inalámbricos Sonora Buds 3 Pro Negro",
        "SONORA",
        "Sonora",
        45999,
        61999,
        4.8,
        2314,
        "Llega gratis mañana",
        "MÁS VENDIDO",
        True,
        3,
    ),
    Listing(
        "Auriculares Bluetooth Vincha Kallpa K-450 Plegables Con Micrófono",
        "KALLPA",
        None,
        18499,
        None,
        4.5,
        8721,
        "Envío gratis",
        None,
        True,
        4,
    ),
    Listing(
        "Auriculares Inalámbricos Tunix Air Lite Bluetooth 5.3 Blanco",
        "TUNIX",
        "Tunix",
        12999,
        19999,
        4.3,
        15602,
        "Envío gratis",
        "OFERTA DEL DÍA",
        True,
    ),
    Listing(
        "Auricular Deportivo Bluwave Run Gancho Ip55 Bluetooth Negro",
        None,
        None,
        27850.50,
        None,
        4.1,
        412,
        None,
        None,
        False,
    ),
    Listing(
        "Auriculares Over-ear Noktor Studio Anc Cancelación De Ruido",
        "NOKTOR",
        "Noktor",
        129999,
        159999,
        4.7,
        1288,
        "Llega gratis el sábado",
        None,
        True,
        2,
    ),
    Listing(
        "Auriculares Gamer Inalámbricos Pulsar Hx 2.4ghz + Bluetooth Rgb",
        "PULSAR",
        None,
        54999,
        None,
        4.6,
        3377,
        "Envío gratis",
        None,
        True,
    ),
    Listing(
        "Auriculares Inalámbricos Aurex Pods Mini Táctiles Rosa", None, None, 8999, 11999, 3.9, 6210, None, None, False
    ),
    Listing(
        "Auriculares Bluetooth Sonora Wh-520 Vincha 50h Batería Azul",
        "SONORA",
        "Sonora",
        39999,
        None,
        4.8,
        9450,
        "Llega gratis mañana",
        "MÁS VENDIDO",
        True,
        4,
    ),
    Listing(
        "Auriculares Tws Kallpa Fit Pro Estuche Carga Rápida Negro",
        "KALLPA",
        None,
        21999.90,
        24999,
        4.4,
        507,
        "Envío gratis",
        None,
        True,
    ),
    Listing(
        "Auriculares Conducción Ósea Bluwave Open Bt 5.3 Natación",
        None,
        None,
        67500,
        None,
        None,
        None,
        "Envío gratis",
        None,
        False,
    ),
    Listing(
        "Auriculares Inalámbricos Tunix Air Pro 2 Anc Estuche Inalámbrico",
        "TUNIX",
        "Tunix",
        32999,
        42999,
        4.5,
        2870,
        "Llega gratis mañana",
        None,
        True,
    ),
    Listing(
        "Auriculares Vincha Niños Aurex Kids Volumen Limitado Bluetooth",
        None,
        None,
        15499,
        None,
        4.6,
        1104,
        "Envío gratis",
        None,
        False,
        5,
    ),
    Listing(
        "Auriculares Noktor Buds Z Hi-res Ldac Bluetooth 5.4",
        "NOKTOR",
        "Noktor",
        89999,
        None,
        4.9,
        214,
        "Envío gratis",
        None,
        True,
    ),
    Listing(
        "Manos Libres Bluetooth Pulsar Mono Conductor Cancelación Ruido",
        "PULSAR",
        None,
        11250,
        None,
        4.0,
        96,
        None,
        None,
        True,
    ),
    Listing(
        "Auriculares In-ear Sonora Buds 2 Lite Inalámbricos Verde",
        "SONORA",
        "Sonora",
        28999,
        34999,
        4.6,
        11873,
        "Llega gratis mañana",
        None,
        True,
        6,
    ),
    Listing(
        "Auriculares Bluetooth Kallpa K-200 Plegables Radio Fm Micro Sd",
        "KALLPA",
        None,
        9799,
        None,
        4.2,
        2241,
        None,
        None,
        True,
    ),
    Listing(
        "Auriculares Inalámbricos Bluwave Clip Open-ear Bt Gris",
        None,
        None,
        49999,
        58999,
        4.4,
        318,
        "Envío gratis",
        "OFERTA RELÁMPAGO",
        False,
    ),
    Listing(
        "Auriculares Over-ear Tunix Studio 700 Bluetooth Plegables Beige",
        "TUNIX",
        "Tunix",
        74999,
        None,
        4.7,
        689,
        "Llega gratis el sábado",
        None,
        True,
        3,
    ),
    Listing(
        "Auriculares Gamer Pulsar Nova Inalámbricos Bajo Latencia Negro",
        "PULSAR",
        None,
        36450,
        None,
        4.3,
        1532,
        "Envío gratis",
        None,
        True,
    ),
    Listing(
        "Auriculares Tws Aurex Q10 Pantalla Led Estuche Bluetooth 5.3",
        None,
        None,
        13999.99,
        19999.99,
        4.0,
        2760,
        None,
        None,
        False,
    ),
    Listing(
        "Auriculares Noktor Studio Lite Vincha Bluetooth Multipunto",
        "NOKTOR",
        "Noktor",
        64999,
        79999,
        4.6,
        902,
        "Envío gratis",
        None,
        True,
    ),
    Listing(
        "Auriculares Inalámbricos Sonora Sport Gancho Resistentes Al Agua",
        "SONORA",
        "Sonora",
        52999,
        None,
        4.5,
        733,
        "Llega gratis mañana",
        None,
        True,
    ),
    Listing(
        "Auriculares Bluetooth Kallpa Retro Vincha Madera Edición Limitada",
        None,
        None,
        41999,
        None,
        4.8,
        57,
        "Envío gratis",
        None,
        False,
    ),
    Listing(
        "Auriculares In-ear Tunix Go Inalámbricos Pack X2 Negro Y Blanco",
        "TUNIX",
        None,
        22999,
        27999,
        4.1,
        468,
        "Envío gratis",
        None,
        True,
    ),
    Listing(
        "Auriculares Inalámbricos Aurex Pods 4 Anc Transparencia Blanco",
        None,
        None,
        19999,
        None,
        3.8,
        1920,
        None,
        None,
        False,
        2,
    ),
    Listing(
        "Auriculares Para Dormir Bluwave Sleep Banda Bluetooth Lavable",
        None,
        None,
        24999,
        29999,
        4.3,
        611,
        "Envío gratis",
        None,
        False,
    ),
]

#: Paid placements ("Promocionado"), by page and position: two repeat listings of the results, one speaker.
MC_PROMOTED = {
    0: {2: MC_LISTINGS[10]},
    1: {
        5: Listing(
            "Parlante Bluetooth Portátil Pulsar Boom Mini Resistente Al Agua",
            "PULSAR",
            None,
            31999,
            39999,
            4.6,
            5120,
            "Envío gratis",
            None,
            True,
        )
    },
    2: {1: MC_LISTINGS[0]},
}

MC_FILTERS = {
    "Envío": [("Llegan mañana", 9), ("Envío gratis", 19), ("Full", 12)],
    "Marca": [("Sonora", 5), ("Tunix", 5), ("Kallpa", 4), ("Noktor", 3), ("Pulsar", 3), ("Bluwave", 3), ("Aurex", 3)],
    "Formato": [("In-ear", 11), ("Vincha", 8), ("Over-ear", 3), ("Gancho", 2), ("Open-ear", 2)],
    "Precio": [("Hasta $ 20.000", 8), ("$ 20.000 a $ 50.000", 11), ("Más de $ 50.000", 7)],
    "Condición": [("Nuevo", 26)],
    "Tiendas oficiales": [("Solo tiendas oficiales", 12)],
}


def _mc_amount(amount: float) -> tuple[str, str | None]:
    """``45999.9`` → ``("45.999", "90")``: Argentine thousands dots, cents only when there are some."""
    whole, cents = f"{amount:,.2f}".split(".")
    return whole.replace(",", "."), None if cents == "00" else cents


def _mc_label(amount: float) -> str:
    whole, cents = f"{amount:.2f}".split(".")
    return f"{whole} pesos" if cents == "00" else f"{whole} pesos con {cents} centavos"


def _mc_money(amount: float, kind: str, size: int, prefix: str = "") -> str:
    """One andes money amount: an aria-label with the raw number, hidden symbol / fraction / cents spans."""
    fraction, cents = _mc_amount(amount)
    cents_html = (
        f'<span class="andes-money-amount__cents andes-money-amount__cents--superscript-{size}" aria-hidden="true">{cents}</span>'
        if cents
        else ""
    )
    tag = "s" if kind == "previous" else "span"
    classes = (
        "andes-money-amount andes-money-amount--previous andes-money-amount--cents-comma"
        if kind == "previous"
        else "andes-money-amount andes-money-amount--cents-superscript"
    )
    return f'<{tag} class="{classes}" style="font-size:{size}px" role="img" aria-label="{prefix}{_mc_label(amount)}" aria-roledescription="Precio"><span class="andes-money-amount__currency-symbol" aria-hidden="true">$</span><span class="andes-money-amount__fraction" aria-hidden="true">{fraction}</span>{cents_html}</{tag}>'


def _mc_url(item: Listing) -> str:
    if item.catalog:
        return f"/{slug(item.title)}/p/MLA{item.code}"
    return f"/MLA-{item.code}-{slug(item.title)}-_JM"


def _mc_href(item: Listing, position: int, promoted: bool) -> str:
    kind = "product" if item.catalog else "item"
    tracking = f"{_hex(item.title, 8)}-{_hex(item.title + 'a', 4)}-4{_hex(item.title + 'b', 3)}-9{_hex(item.title + 'c', 3)}-{_hex(item.title + 'd', 12)}"
    fragment = (
        f"polycard_client=search-nordic&position={position}&search_layout=stack&type={kind}&tracking_id={tracking}"
    )
    if item.catalog:
        fragment = f"polycard_client=search-nordic&searchVariation=MLA{item.code}&wid=MLA{_number(item.title + 'w', 1_400_000_000, 1_499_999_999)}&sid=search&position={position}&search_layout=stack&type={kind}&tracking_id={tracking}"
    if promoted:
        fragment += f"&is_advertising=true&ad_domain=VQCATCORE_LST&ad_position={position}&ad_click_id={_hex(item.title + str(position), 24)}"
    return f"{_mc_url(item)}#{fragment}"


def _mc_installments(item: Listing) -> str:
    if item.price >= 30000:
        share = round(item.price / 6, 2)
        return f'<span class="poly-price__installments poly-text-positive">Mismo precio en 6 cuotas de {_mc_money(share, "current", 14)}</span>'
    if item.price >= 12000:
        share = round(item.price * 1.62 / 12, 2)
        return f'<span class="poly-price__installments poly-text-primary">12 cuotas de {_mc_money(share, "current", 14)}</span>'
    return ""


def _mc_stars(rating: float) -> str:
    stars = []
    for index in range(5):
        fill = rating - index
        kind = "full" if fill >= 0.75 else "half" if fill >= 0.25 else "empty"
        stars.append(
            f'<svg class="poly-reviews__star poly-reviews__star--{kind}" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true"><use href="#poly_star_{kind}"></use></svg>'
        )
    return "".join(stars)


def _mc_card(item: Listing, position: int, promoted: bool) -> str:
    href = _mc_href(item, position, promoted)
    image = f"{MC_IMG}/D_Q_NP_2X_{_number(item.title + 'img', 600000, 999999)}-MLA{_number(item.title + 'p', 70000000, 89999999)}_{_number(item.title, 1, 12):02d}2024-V.webp"
    img = (
        f'<img class="poly-component__picture" src="{image}" alt="{esc(item.title)}" width="150" height="150" decoding="sync" fetchpriority="high">'
        if position <= 4
        else f'<img class="poly-component__picture lazy-loadable" data-src="{image}" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" alt="{esc(item.title)}" width="150" height="150" decoding="async" loading="lazy">'
    )
    highlight = ""
    if item.highlight and not promoted:
        colour = "#ff7733" if item.highlight == "MÁS VENDIDO" else "#3483fa"
        highlight = f'<span class="poly-component__highlight" style="color:#ffffff;background:{colour}">{esc(item.highlight)}</span>'
    brand = f'<span class="poly-component__brand">{esc(item.brand)}</span>' if item.brand else ""
    seller = (
        f'<span class="poly-component__seller">Por {esc(item.official_store)}<svg class="poly-component__seller-icon" aria-label="Tienda oficial" role="img" width="12" height="12" viewBox="0 0 12 12"><use href="#poly_cockade"></use></svg></span>'
        if item.official_store
        else ""
    )
    reviews = ""
    if item.rating is not None:
        reviews = f"""<div class="poly-component__reviews"><span class="andes-visually-hidden">Calificación {item.rating} de 5 ({item.reviews} calificaciones)</span><span class="poly-reviews__rating" aria-hidden="true">{item.rating}</span><span class="poly-reviews__starts" aria-hidden="true">{_mc_stars(item.rating)}</span><span class="poly-reviews__total" aria-hidden="true">({item.reviews})</span></div>"""
    previous = _mc_money(item.original, "previous", 12, "Antes: ") if item.original else ""
    discount = (
        f'<span class="andes-money-amount__discount poly-price__disc_label" style="font-size:14px">{item.discount}% OFF</span>'
        if item.discount
        else ""
    )
    shipping = ""
    if item.shipping:
        full = (
            '<svg class="poly-shipping__full_icon" aria-label="FULL" role="img" width="41" height="13" viewBox="0 0 41 13"><use href="#poly_full"></use></svg>'
            if item.catalog and item.price >= 20000
            else ""
        )
        if item.shipping.startswith("Llega gratis"):
            when = item.shipping.removeprefix("Llega gratis ")
            shipping = f'<div class="poly-component__shipping">Llega gratis <span class="poly-phrase-label" style="font-weight:600">{esc(when)}</span>{full}</div>'
        else:
            shipping = f'<div class="poly-component__shipping">{esc(item.shipping)}{full}</div>'
    colours = (
        f'<span class="poly-component__variations-text">Disponible en {item.colours} colores</span>'
        if item.colours
        else ""
    )
    ads = '<span class="poly-component__ads-promotions">Promocionado</span>' if promoted else ""
    return f"""
            <li class="ui-search-layout__item">
              <div class="poly-card poly-card--list{" poly-card--ad" if promoted else ""}" data-testid="polycard">
                <div class="poly-card__portada"><a href="{href}" tabindex="-1" aria-hidden="true">{img}</a></div>
                <div class="poly-card__content">
                  {highlight}
                  <h3 class="poly-component__title-wrapper"><a href="{href}" class="poly-component__title" target="">{esc(item.title)}</a></h3>
                  {brand}
                  {seller}
                  {reviews}
                  <div class="poly-component__price">
                    {previous}
                    <div class="poly-price__current">{_mc_money(item.price, "current", 24, "Ahora: " if item.original else "")}{discount}</div>
                    {_mc_installments(item)}
                  </div>
                  {shipping}
                  {colours}
                  {ads}
                </div>
                <button type="button" class="poly-component__bookmark" aria-label="Agregar a favoritos" data-item-id="MLA{item.code}"><svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true"><use href="#poly_bookmark"></use></svg></button>
              </div>
            </li>"""


def _mc_page_url(page: int) -> str:
    return MC_SEARCH if page == 0 else f"{MC_SEARCH}_Desde_{page * MC_PER_PAGE + 1}_NoIndex_True"


def _mc_pagination(page: int, pages: int) -> str:
    items = []
    if page == 0:
        items.append(
            '<li class="andes-pagination__button andes-pagination__button--back andes-pagination__button--disabled"><a class="andes-pagination__link" role="button" aria-disabled="true" title="Anterior"><span class="andes-pagination__arrow-title">Anterior</span></a></li>'
        )
    else:
        items.append(
            f'<li class="andes-pagination__button andes-pagination__button--back"><a href="{_mc_page_url(page - 1)}" class="andes-pagination__link" role="button" title="Anterior"><span class="andes-pagination__arrow"></span><span class="andes-pagination__arrow-title">Anterior</span></a></li>'
        )
    for number in range(pages):
        if number == page:
            items.append(
                f'<li class="andes-pagination__button andes-pagination__button--current"><span class="andes-pagination__link">{number + 1}</span></li>'
            )
        else:
            items.append(
                f'<li class="andes-pagination__button"><a href="{_mc_page_url(number)}" class="andes-pagination__link" role="button" title="{number + 1}">{number + 1}</a></li>'
            )
    if page + 1 < pages:
        items.append(
            f'<li class="andes-pagination__button andes-pagination__button--next"><a href="{_mc_page_url(page + 1)}" class="andes-pagination__link" role="button" title="Siguiente"><span class="andes-pagination__arrow-title">Siguiente</span><span class="andes-pagination__arrow"></span></a></li>'
        )
    return f"""<nav class="ui-search-pagination andes-pagination--large" aria-label="Paginación de resultados">
          <ul class="andes-pagination">{"".join(items)}</ul>
        </nav>"""


def _mc_filters() -> str:
    groups = []
    for name, values in MC_FILTERS.items():
        links = "".join(
            f'<li class="ui-search-filter-container"><a href="{MC_SEARCH}_{slug(name).upper()}_{slug(value)}_NoIndex_True" class="ui-search-link" rel="nofollow"><span class="ui-search-filter-name">{esc(value)}</span><span class="ui-search-filter-results-qty">({count})</span></a></li>'
            for value, count in values
        )
        groups.append(
            f'<div class="ui-search-filter-dl"><h3 aria-level="3" class="ui-search-filter-dt-title">{esc(name)}</h3><ul>{links}</ul></div>'
        )
    return "".join(groups)


def _mc_state(items: list[Listing], page: int) -> str:
    results = [
        {
            "id": f"MLA{item.code}",
            "polycard": {
                "metadata": {
                    "id": f"MLA{item.code}",
                    "product_id": f"MLA{item.code}" if item.catalog else None,
                    "url": _mc_url(item).lstrip("/"),
                    "url_fragments": _mc_href(item, index, False).split("#")[1],
                },
                "components": [
                    {"type": "title", "title": {"text": item.title}},
                    {
                        "type": "price",
                        "price": {
                            "current_price": {"value": item.price, "currency": "ARS"},
                            "previous_price": None if item.original is None else {"value": item.original},
                            "discount_label": None if item.discount is None else {"text": f"{item.discount}% OFF"},
                        },
                    },
                    {
                        "type": "reviews",
                        "reviews": None
                        if item.rating is None
                        else {"rating_average": item.rating, "total": item.reviews},
                    },
                ],
            },
        }
        for index, item in enumerate(items, page * MC_PER_PAGE + 1)
    ]
    state = {
        "pageState": {
            "initialState": {
                "query": MC_QUERY,
                "site_id": "MLA",
                "paging": {"total": len(MC_LISTINGS), "offset": page * MC_PER_PAGE, "limit": MC_PER_PAGE},
                "results": results,
            }
        }
    }
    return _json_script(state)


def _mc_page(page: int, pages: int, cards: str, items: list[Listing]) -> str:
    canonical = f"https://listado.mercanto.example{_mc_page_url(page)}"
    return f"""<!DOCTYPE html>
<html lang="es-AR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Auriculares Bluetooth | Mercanto 📦</title>
<meta name="description" content="Envíos Gratis en el día ✓ Comprá Auriculares Bluetooth en cuotas sin interés! Conocé nuestras increíbles ofertas y promociones en millones de productos.">
<link rel="canonical" href="{canonical}">
{f'<link rel="prev" href="{_mc_page_url(page - 1)}">' if page else ""}{f'<link rel="next" href="{_mc_page_url(page + 1)}">' if page + 1 < pages else ""}
<link rel="stylesheet" href="{MC_IMG}/frontend-assets/search-nordic/search.desktop.c9a1f2.css">
</head>
<body data-site="ML" data-country="AR" class="ui-search">
<div class="cookie-consent-banner-opt-out" role="dialog" aria-live="polite" data-testid="cookie-banner">
  <div class="cookie-consent-banner-opt-out__container">
    <p class="cookie-consent-banner-opt-out__message">Usamos cookies para mejorar tu experiencia en Mercanto. Al navegar, aceptás que las usemos según nuestra <a href="/privacidad/cookies" class="cookie-consent-banner-opt-out__link">Política de cookies</a>.</p>
    <div class="cookie-consent-banner-opt-out__actions"><button type="button" class="cookie-consent-banner-opt-out__action cookie-consent-banner-opt-out__action--primary" data-action="accept">Aceptar cookies</button><button type="button" class="cookie-consent-banner-opt-out__action" data-action="configure">Configurar cookies</button></div>
  </div>
</div>
<header role="banner" class="nav-header nav-header-plus">
  <div class="nav-bounds nav-bounds-with-cart">
    <a class="nav-logo" href="/" tabindex="2">Mercanto - Donde comprar y vender de todo</a>
    <form class="nav-search" action="/jm/search" method="GET" role="search"><input type="text" class="nav-search-input" aria-label="Ingresá lo que quieras encontrar" name="as_word" placeholder="Buscar productos, marcas y más…" maxlength="120" autocapitalize="off" autocorrect="off" spellcheck="false" autocomplete="off" value="{MC_QUERY}"><button type="submit" class="nav-search-btn" aria-label="Buscar"><div role="img" aria-label="Buscar" class="nav-icon-search"></div></button></form>
    <a href="/navigation/addresses-hub" class="nav-header-cp-anchor" rel="nofollow"><span class="nav-header-cp-anchor-primary">Enviar a</span><span class="nav-header-cp-anchor-secondary">Capital Federal</span></a>
    <nav class="nav-menu" aria-label="Navegación principal"><ul class="nav-menu-list"><li class="nav-menu-item"><a class="nav-menu-categories-link" href="/categorias">Categorías</a></li><li class="nav-menu-item"><a class="nav-menu-item-link" href="/ofertas">Ofertas</a></li><li class="nav-menu-item"><a class="nav-menu-item-link" href="/cupones">Cupones</a></li><li class="nav-menu-item"><a class="nav-menu-item-link" href="/supermercado">Supermercado</a></li><li class="nav-menu-item"><a class="nav-menu-item-link" href="/moda">Moda</a></li><li class="nav-menu-item"><a class="nav-menu-item-link" href="/vender">Vender</a></li><li class="nav-menu-item"><a class="nav-menu-item-link" href="/ayuda">Ayuda</a></li></ul></nav>
    <nav class="nav-header-user" aria-label="Usuario"><a href="/registration" class="option-signup" rel="nofollow">Creá tu cuenta</a><a href="/login" class="option-login" rel="nofollow">Ingresá</a><a href="/mis-compras" class="option-purchases" rel="nofollow">Mis compras</a><a href="/cart" class="nav-cart" aria-label="Carrito"><span class="nav-cart-quantity">0</span></a></nav>
  </div>
</header>
<main role="main" id="root-app">
  <div class="ui-search-main ui-search-main--only-products">
    <aside class="ui-search-sidebar">
      <div class="ui-search-breadcrumb"><h1 class="ui-search-breadcrumb__title">Auriculares bluetooth</h1></div>
      <span class="ui-search-search-result__quantity-results">{len(MC_LISTINGS)} resultados</span>
      <section class="ui-search-filter-groups">
        <div class="ui-search-filter-dl ui-search-filter-highlighted"><label class="andes-switch"><input type="checkbox" class="andes-switch__input" role="switch" aria-label="Envío gratis"><span class="andes-switch__label">Envío gratis</span></label></div>
        {_mc_filters()}
      </section>
    </aside>
    <section class="ui-search-results ui-search-results--without-disclaimer">
      <div class="ui-search-view-options"><div class="ui-search-sort-filter"><span class="ui-search-sort-filter__label">Ordenar por</span><button type="button" class="andes-dropdown__trigger" aria-haspopup="listbox"><span class="andes-dropdown__display-values">Más relevantes</span></button></div></div>
      {'<div class="ui-search-billboard" data-testid="billboard"><a href="/ofertas/audio?matt_tool=42" class="ui-search-billboard__link"><img src="' + MC_IMG + '/storage/splinter-admin/o:f_webp,q_auto:best/1741020731221-audio-semana.png" alt="Semana del audio: hasta 40% OFF y 12 cuotas sin interés" width="840" height="120"></a><span class="ui-search-billboard__label">Publicidad</span></div>' if page == 0 else ""}
      <ol class="ui-search-layout ui-search-layout--stack shops__layout">{cards}
      </ol>
      {_mc_pagination(page, pages)}
      <div class="ui-search-related-searches"><span class="ui-search-related-searches__title">Búsquedas relacionadas:</span> <a href="/auriculares-inalambricos" class="ui-search-related-searches__link">auriculares inalambricos</a> - <a href="/auriculares-vincha" class="ui-search-related-searches__link">auriculares vincha</a> - <a href="/auriculares-gamer" class="ui-search-related-searches__link">auriculares gamer</a> - <a href="/parlante-bluetooth" class="ui-search-related-searches__link">parlante bluetooth</a></div>
    </section>
  </div>
</main>
<footer role="contentinfo" class="nav-footer">
  <div class="nav-footer-info-wrapper"><div class="nav-footer-info"><div class="nav-footer-info__item"><h3>Pagá con tarjeta o en efectivo</h3><p>Con Mercanto Pago tenés cuotas sin interés con tarjeta o efectivo en puntos de pago.</p></div><div class="nav-footer-info__item"><h3>Envío gratis desde $ 33.000</h3><p>Solo por estar registrado en Mercanto tenés envíos gratis en miles de productos.</p></div><div class="nav-footer-info__item"><h3>Seguridad, de principio a fin</h3><p>¿No te gusta? ¡Devolvelo! En Mercanto no hay nada que no puedas hacer.</p></div></div></div>
  <div class="nav-footer-navigation"><ul><li><a href="/acerca">Acerca de</a></li><li><a href="/ayuda">Ayuda</a></li><li><a href="/terminos">Términos y condiciones</a></li><li><a href="/privacidad">Privacidad</a></li><li><a href="/accesibilidad">Accesibilidad</a></li><li><a href="/defensa-consumidor">Defensa del Consumidor</a></li></ul></div>
  <small class="nav-footer-copyright">Copyright © 1999-2025 Mercanto S.R.L. Av. Caseros 3039, Piso 2, CP 1264, Parque Patricios, CABA.</small>
</footer>
<svg style="display:none" aria-hidden="true"><symbol id="poly_star_full" viewBox="0 0 10 10"><path d="M5 0l1.5 3.3 3.5.4-2.6 2.4.7 3.5L5 7.9 1.9 9.6l.7-3.5L0 3.7l3.5-.4z"></path></symbol><symbol id="poly_star_half" viewBox="0 0 10 10"><path d="M5 0v7.9L1.9 9.6l.7-3.5L0 3.7l3.5-.4z"></path></symbol><symbol id="poly_star_empty" viewBox="0 0 10 10"><path d="M5 1.2l1.1 2.5 2.7.3-2 1.8.6 2.7L5 7.1 2.6 8.5l.6-2.7-2-1.8 2.7-.3z"></path></symbol><symbol id="poly_full" viewBox="0 0 41 13"><path d="M0 0h41v13H0z"></path></symbol><symbol id="poly_cockade" viewBox="0 0 12 12"><circle cx="6" cy="6" r="6"></circle></symbol><symbol id="poly_bookmark" viewBox="0 0 20 20"><path d="M10 17l-7-7a4 4 0 016-5l1 1 1-1a4 4 0 016 5z"></path></symbol></svg>
<script id="__PRELOADED_STATE__" type="application/json">{_mc_state(items, page)}</script>
<script src="{MC_IMG}/frontend-assets/search-nordic/search.desktop.8e41b0.js" defer></script>
</body>
</html>"""


@thirteenth
def build_mercanto() -> None:
    s = Site(
        "mercanto",
        kind="marketplace search results (Mercado Libre Argentina 2024–25: poly-card components in li.ui-search-layout__item, andes money amounts with aria-labels and hidden '$' / '45.999' / cents spans, struck 'Antes' prices and '25% OFF', '(2314)' reviews, 'Llega gratis mañana', highlight labels, 'Promocionado' cards, _Desde_N_NoIndex_True pages)",
        start=MC_SEARCH.lstrip("/") + "/",
        description="A Mercado Libre-like search (Argentina, ARS, 'auriculares bluetooth', ten per page): a cookie banner, the yellow nav header with search and categories, a sidebar with the h1, 'N resultados' and filter groups with counts, a sort dropdown, a 'Publicidad' billboard on page 1; ol.ui-search-layout--stack of li.ui-search-layout__item > div.poly-card: a portada image link, a 'MÁS VENDIDO' / 'OFERTA DEL DÍA' / 'OFERTA RELÁMPAGO' highlight on some, h3.poly-component__title-wrapper > a.poly-component__title (href with a #polycard_client=… fragment), a brand span on catalogue products, 'Por <store>' with an official-store icon on some, reviews (visually hidden sentence, rating, svg stars, '(1234)'), the price as andes-money-amount spans (aria-label '45999 pesos', '$', '45.999' with dot thousands, superscript cents when not zero), a struck 'Antes:' previous price and '25% OFF', installments lines with their own amounts, shipping ('Envío gratis' / 'Llega gratis mañana' with a FULL icon), 'Disponible en N colores', a 'Promocionado' card per page (two repeat listings of the results, one speaker); andes pagination (Anterior / numbers / Siguiente) to …_Desde_11_NoIndex_True; related searches, footer, and a __PRELOADED_STATE__ JSON.",
    )
    pages = [MC_LISTINGS[at : at + MC_PER_PAGE] for at in range(0, len(MC_LISTINGS), MC_PER_PAGE)]
    for page, items in enumerate(pages):
        cards = []
        position = page * MC_PER_PAGE
        for index, item in enumerate(items):
            paid = MC_PROMOTED.get(page, {}).get(index)
            if paid is not None:
                position += 1
                cards.append(_mc_card(paid, position, True))
            position += 1
            cards.append(_mc_card(item, position, False))
        s.list_page(_mc_page_url(page).lstrip("/") + "/index.html", _mc_page(page, len(pages), "".join(cards), items))
    for item in MC_LISTINGS:
        s.expect(
            {
                "title": item.title,
                "url": _mc_url(item),
                "brand": item.brand,
                "seller": item.official_store,
                "price": item.price,
                "currency": "ARS",
                "original_price": item.original,
                "discount": f"{item.discount}% OFF" if item.discount else None,
                "rating": item.rating,
                "review_count": item.reviews,
                "shipping": item.shipping,
                "highlight": item.highlight,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# quillvault (FROZEN)
# ---------------------------------------------------------------------------------------------------

QV_FANDOM = "The Lantern Years (TV 2022)"
QV_PER_PAGE = 10
QV_TOTAL_SHOWN = 26

QV_RATINGS = {
    "General Audiences": "rating-general-audience",
    "Teen And Up Audiences": "rating-teen",
    "Mature": "rating-mature",
    "Not Rated": "rating-notrated",
}
QV_CATEGORIES = {
    "Gen": "category-gen",
    "F/M": "category-het",
    "M/M": "category-slash",
    "F/F": "category-femslash",
    "Multi": "category-multi",
    "Other": "category-other",
}


@dataclass
class Work:
    """One work blurb of the tag listing."""

    title: str
    authors: list[str]
    fandoms: list[str]
    rating: str
    categories: list[str]
    complete: bool
    updated: date
    relationships: list[str]
    characters: list[str]
    freeforms: list[str]
    summary: str
    words: int
    chapters: str
    comments: int | None
    kudos: int | None
    bookmarks: int | None
    hits: int
    language: str = "English"
    warning: str = "No Archive Warnings Apply"
    series: tuple[int, str] | None = None
    gift: str | None = None
    collections: int | None = None

    @property
    def work_id(self) -> int:
        return _number(self.title, 41_000_000, 63_999_999)


L = QV_FANDOM
SM = "Saltmarsh Mysteries - Ruth Adair"
MARA, TOBIAS, JUNE, PETRA, ANSEL, IDRIS, NELL = (
    "Mara Ellison",
    "Tobias Quill",
    "June Okafor",
    "Petra Vance",
    "Ansel Reyes",
    "Idris Calloway",
    "Nell Ashdown",
)

QV_WORKS = [
    Work(
        "What the Tide Keeps",
        ["saltwater_ink"],
        [L],
        "Teen And Up Audiences",
        ["F/M"],
        False,
        date(2025, 3, 14),
        [f"{MARA}/{TOBIAS}"],
        [MARA, TOBIAS, JUNE],
        ["Slow Burn", "Canon Divergence", "Lighthouses", "Mutual Pining"],
        "The lamp at Carrow Point has not gone dark in sixty years. Mara means to keep it that way, even if the new keeper's assistant insists on rearranging her logbooks.",
        48213,
        "9/?",
        212,
        1874,
        341,
        22390,
        series=(1, "The Carrow Point Cycle"),
    ),
    Work(
        "Fog Signals",
        ["quietharbour"],
        [L],
        "General Audiences",
        ["Gen"],
        True,
        date(2025, 3, 13),
        [f"{JUNE} & {PETRA}"],
        [JUNE, PETRA],
        ["Friendship", "Found Family", "Missing Scene"],
        "June teaches Petra the old fog signals during the long week the radio is out.",
        3204,
        "1/1",
        18,
        402,
        37,
        3118,
    ),
    Work(
        "Eight Bells",
        ["Wren (quietharbour)"],
        [L],
        "Teen And Up Audiences",
        ["M/M"],
        False,
        date(2025, 3, 12),
        [f"{ANSEL}/{IDRIS}"],
        [ANSEL, IDRIS, TOBIAS],
        ["Enemies to Lovers", "Age of Sail AU", "Alternate Universe - Pirates"],
        "Captain Reyes does not take prisoners. He makes an exception for the cartographer, which is his first mistake.",
        61877,
        "14/20",
        506,
        2930,
        588,
        41502,
    ),
    Work(
        "the weight of a lantern",
        ["orphan_account"],
        [L],
        "General Audiences",
        ["Gen"],
        True,
        date(2025, 3, 11),
        [],
        [NELL],
        ["Poetry", "Character Study", "Grief/Mourning"],
        "Nell, after the storm. A sequence of short poems.",
        1120,
        "1/1",
        9,
        188,
        14,
        1402,
    ),
    Work(
        "Keeper's Log, Supplementary",
        ["marginalia", "bramblepatch"],
        [L],
        "Teen And Up Audiences",
        ["F/M", "Gen"],
        False,
        date(2025, 3, 10),
        [f"{MARA}/{TOBIAS}", f"{MARA} & {NELL}"],
        [MARA, TOBIAS, NELL, JUNE],
        ["Epistolary", "Logbook Entries", "Humor", "Episode Related"],
        "The official log records wind speed, visibility and the lamp's oil. The unofficial one records everything else.",
        22650,
        "6/?",
        97,
        1033,
        120,
        11877,
    ),
    Work(
        "Low Water",
        ["tidewrack"],
        [L, SM],
        "Mature",
        ["F/F"],
        True,
        date(2025, 3, 9),
        [f"{PETRA}/Ruth Adair"],
        [PETRA, "Ruth Adair"],
        ["Crossover", "Murder Mystery", "Detectives", "Rivals to Lovers"],
        "A body on the sandbar, a detective from the mainland and a harbourmaster who will not answer straight.",
        35902,
        "5/5",
        141,
        1290,
        203,
        16544,
        language="English",
        collections=2,
    ),
    Work(
        "Northerly",
        ["saltwater_ink"],
        [L],
        "General Audiences",
        ["Gen"],
        True,
        date(2025, 3, 8),
        [],
        [TOBIAS, JUNE],
        ["Drabble", "Weather", "Fluff"],
        "One hundred words on the first fine morning of spring.",
        100,
        "1/1",
        6,
        240,
        11,
        1533,
        series=(2, "The Carrow Point Cycle"),
    ),
    Work(
        "Las horas del faro",
        ["lunamarea"],
        [L],
        "Teen And Up Audiences",
        ["F/M"],
        False,
        date(2025, 3, 7),
        [f"{MARA}/{TOBIAS}"],
        [MARA, TOBIAS],
        ["Traducción al español", "Slow Burn"],
        "Mara cuenta las horas entre cada destello. Tobias cuenta otra cosa.",
        17400,
        "4/?",
        33,
        318,
        29,
        4120,
        language="Español",
    ),
    Work(
        "A Chart of Unnamed Rocks",
        ["cartographer_of_small_things"],
        [L],
        "Teen And Up Audiences",
        ["M/M"],
        True,
        date(2025, 3, 6),
        [f"{ANSEL}/{IDRIS}"],
        [ANSEL, IDRIS],
        ["Post-Canon", "Hurt/Comfort", "Sailing"],
        "Idris has mapped every rock in the bay except the one Ansel keeps running aground on.",
        12930,
        "3/3",
        58,
        977,
        142,
        8761,
    ),
    Work(
        "Ninety-Nine Steps",
        ["bramblepatch"],
        [L],
        "General Audiences",
        ["Gen"],
        False,
        date(2025, 3, 5),
        [f"{JUNE} & {NELL}"],
        [JUNE, NELL, PETRA],
        ["Kid Fic", "Found Family", "Lighthouse Keeper June Okafor"],
        "There are ninety-nine steps to the lamp room and Nell has a story for every one of them.",
        8045,
        "3/?",
        None,
        154,
        12,
        1921,
    ),
    Work(
        "Salt and Paraffin",
        ["emberly"],
        [L],
        "Mature",
        ["F/M"],
        True,
        date(2025, 3, 4),
        [f"{MARA}/{TOBIAS}"],
        [MARA, TOBIAS],
        ["Angst with a Happy Ending", "Canon Compliant", "Missing Scene"],
        "Everything that happened between the end of episode six and the morning Mara came back with the supply boat.",
        27511,
        "7/7",
        175,
        2245,
        390,
        19870,
        gift="tidewrack",
    ),
    Work(
        "Brass and Glass",
        ["Anonymous"],
        [L],
        "Not Rated",
        ["Other"],
        True,
        date(2025, 3, 3),
        [],
        ["The Lamp"],
        ["Non-Human POV", "Crack", "Sentient Lighthouse"],
        "The lamp has opinions about every keeper it has ever had.",
        2350,
        "1/1",
        41,
        689,
        64,
        5402,
        warning="Creator Chose Not To Use Archive Warnings",
    ),
    Work(
        "The Winter Relief",
        ["quietharbour"],
        [L],
        "Teen And Up Audiences",
        ["Gen", "F/F"],
        False,
        date(2025, 3, 2),
        [f"{PETRA}/{JUNE}"],
        [PETRA, JUNE, MARA],
        ["Winter", "Isolation", "Slow Burn", "Hurt/Comfort"],
        "The relief boat is three weeks late. Petra starts counting the tins.",
        40210,
        "10/12",
        230,
        1544,
        260,
        18200,
    ),
    Work(
        "Semaphore",
        ["tidewrack", "emberly"],
        [L],
        "General Audiences",
        ["M/M"],
        True,
        date(2025, 2, 28),
        [f"{ANSEL}/{IDRIS}"],
        [ANSEL, IDRIS, JUNE],
        ["Fluff", "Flags", "Miscommunication", "Modern AU"],
        "Idris learns semaphore to flirt. Ansel learns it to argue back.",
        6870,
        "2/2",
        27,
        811,
        97,
        5610,
    ),
    Work(
        "Everything the Sea Returns",
        ["marginalia"],
        [L],
        "Teen And Up Audiences",
        ["Gen"],
        True,
        date(2025, 2, 27),
        [],
        [NELL, MARA],
        ["Beachcombing", "Grief/Mourning", "Healing"],
        "Nell keeps a box of things the tide brings back. This is a list of them.",
        9911,
        "1/1",
        38,
        625,
        81,
        4408,
    ),
    Work(
        "Lightkeepers' Union Local 7",
        ["cartographer_of_small_things"],
        [L],
        "General Audiences",
        ["Multi"],
        False,
        date(2025, 2, 26),
        [f"{MARA}/{TOBIAS}", f"{ANSEL}/{IDRIS}"],
        [MARA, TOBIAS, ANSEL, IDRIS, JUNE, PETRA, NELL],
        ["Modern AU", "Workplace", "Chatlogs", "Humor"],
        "The keepers of the north coast have a group chat. It is mostly about the weather, and then it is not.",
        31744,
        "11/?",
        402,
        2610,
        310,
        27751,
    ),
    Work(
        "Driftwood",
        ["lunamarea"],
        [L],
        "General Audiences",
        ["Gen"],
        True,
        date(2025, 2, 25),
        [],
        [JUNE],
        ["Ficlet", "Introspection"],
        "June carves something from the wood the storm left behind.",
        980,
        "1/1",
        4,
        97,
        5,
        640,
        language="English",
    ),
    Work(
        "The Quiet Between Flashes",
        ["emberly"],
        [L],
        "Mature",
        ["F/M"],
        False,
        date(2025, 2, 24),
        [f"{MARA}/{TOBIAS}"],
        [MARA, TOBIAS, NELL],
        ["Slow Burn", "Period Typical Attitudes", "Historical", "Letters"],
        "1911: a lighthouse, a war on the horizon and two keepers who write each other letters they never send.",
        53028,
        "12/18",
        388,
        2187,
        451,
        30402,
        series=(1, "Between Flashes"),
    ),
    Work(
        "Pilot Boat",
        ["saltwater_ink"],
        [L],
        "Teen And Up Audiences",
        ["M/M"],
        True,
        date(2025, 2, 22),
        [f"{ANSEL}/{IDRIS}"],
        [ANSEL, IDRIS],
        ["Canon Divergence", "Rescue", "First Kiss"],
        "Ansel takes the pilot boat out in weather no one should sail in. Idris goes after him.",
        14780,
        "4/4",
        66,
        1402,
        175,
        9921,
    ),
    Work(
        "Ein Licht für Carrow Point",
        ["nebelhorn"],
        [L],
        "General Audiences",
        ["Gen"],
        True,
        date(2025, 2, 21),
        [],
        [MARA, JUNE],
        ["Übersetzung", "Freundschaft"],
        "Eine Übersetzung von „What the Tide Keeps“, Kapitel eins.",
        5210,
        "1/1",
        3,
        58,
        4,
        702,
        language="Deutsch",
    ),
    Work(
        "Storm Log",
        ["bramblepatch"],
        [L],
        "Teen And Up Audiences",
        ["Gen"],
        False,
        date(2025, 2, 20),
        [f"{JUNE} & {PETRA}"],
        [JUNE, PETRA, NELL],
        ["Natural Disasters", "Whump", "Found Family"],
        "Hour by hour, the night the Carrow Point lamp nearly went out.",
        18830,
        "5/8",
        89,
        731,
        77,
        6630,
    ),
    Work(
        "Small Hours",
        ["Anonymous"],
        [L],
        "General Audiences",
        ["F/F"],
        True,
        date(2025, 2, 19),
        [f"{PETRA}/{JUNE}"],
        [PETRA, JUNE],
        ["Fluff", "Insomnia", "Tea"],
        "Neither of them can sleep, so they keep the watch together.",
        2744,
        "1/1",
        None,
        301,
        19,
        2210,
    ),
    Work(
        "Cartography of a Coast",
        ["cartographer_of_small_things", "Wren (quietharbour)"],
        [L],
        "Teen And Up Audiences",
        ["M/M", "Gen"],
        False,
        date(2025, 2, 18),
        [f"{ANSEL}/{IDRIS}", f"{IDRIS} & {NELL}"],
        [ANSEL, IDRIS, NELL],
        ["Worldbuilding", "Maps", "Canon Divergence", "Slow Burn"],
        "A coast, charted in twelve maps and the people drawn in the margins.",
        44102,
        "8/12",
        154,
        1120,
        233,
        15430,
    ),
    Work(
        "The Last Keeper",
        ["tidewrack"],
        [L],
        "Teen And Up Audiences",
        ["Gen"],
        True,
        date(2025, 2, 17),
        [],
        [NELL, MARA],
        ["Future Fic", "Automation", "Bittersweet"],
        "The lighthouse is automated in 1987. Nell is the last to leave.",
        7420,
        "1/1",
        52,
        1088,
        139,
        6020,
    ),
    Work(
        "Mackerel Sky",
        ["marginalia"],
        [L],
        "General Audiences",
        ["F/M"],
        True,
        date(2025, 2, 15),
        [f"{MARA}/{TOBIAS}"],
        [MARA, TOBIAS],
        ["Fluff", "Fishing", "Domestic"],
        "Tobias tries to teach Mara to fish. It goes about as well as expected.",
        3560,
        "1/1",
        22,
        520,
        41,
        3390,
    ),
    Work(
        "Every Light on the Coast",
        ["saltwater_ink"],
        [L],
        "Teen And Up Audiences",
        ["Multi"],
        False,
        date(2025, 2, 14),
        [f"{MARA}/{TOBIAS}", f"{PETRA}/{JUNE}", f"{ANSEL}/{IDRIS}"],
        [MARA, TOBIAS, PETRA, JUNE, ANSEL, IDRIS],
        ["Valentine's Day", "Multiple Pairings", "Anthology"],
        "Five lighthouses, five keepers, one long February night.",
        15205,
        "3/5",
        71,
        866,
        98,
        7340,
        series=(3, "The Carrow Point Cycle"),
    ),
]


def _qv_tag_path(tag: str) -> str:
    """An archive tag URL path: tag names escaped the archive's way (``/`` → ``*s*``, ``&`` → ``*a*``)."""
    return quote(tag.replace("/", "*s*").replace("&", "*a*").replace(".", "*d*"), safe="()*'!")


def _qv_works_url(page: int) -> str:
    """The filtered works URL, its parameters in the order the archive's links sort them."""
    tag = quote_plus(QV_FANDOM)
    paging = "" if page == 1 else f"page={page}&"
    return f"/works?commit=Sort+and+Filter&{paging}tag_id={tag}&work_search%5Bsort_column%5D=revised_at"


def _qv_author(name: str) -> tuple[str, str | None]:
    """The author link text and its href (pseuds show as 'Pseud (user)'; Anonymous and orphans have no link)."""
    if name == "Anonymous":
        return name, None
    if "(" in name:
        pseud, user = name.rstrip(")").split(" (")
        return name, f"/users/{user}/pseuds/{quote(pseud)}"
    return name, f"/users/{name}/pseuds/{name}"


def _qv_tag(tag: str, css: str = "tag") -> str:
    return f'<a class="{css}" href="/tags/{_qv_tag_path(tag)}/works">{esc(tag)}</a>'


def _qv_required(work: Work) -> str:
    def symbol(css: str, title: str) -> str:
        return f'<li> <a class="help symbol question modal modal-attached" title="Symbols key" aria-controls="modal" href="/help/symbols-key.html"><span class="{css}" title="{esc(title)}"><span class="text">{esc(title)}</span></span></a></li>'

    category = ", ".join(work.categories)
    category_css = QV_CATEGORIES[work.categories[0]] if len(work.categories) == 1 else "category-multi"
    warning_css = "warning-no warnings" if work.warning.startswith("No ") else "warning-choosenotto warnings"
    status = "Complete Work" if work.complete else "Work in Progress"
    return "\n".join(
        [
            symbol(f"{QV_RATINGS[work.rating]} rating", work.rating),
            symbol(warning_css, work.warning),
            symbol(f"{category_css} category", category),
            symbol(f"complete-{'yes' if work.complete else 'no'} iswip", status),
        ]
    )


def _qv_blurb(work: Work) -> str:
    wid = work.work_id
    authors = []
    for name in work.authors:
        text, href = _qv_author(name)
        authors.append(f'<a rel="author" href="{href}">{esc(text)}</a>' if href else esc(text))
    by = ", ".join(authors)
    gift = f'\n      for <a href="/users/{work.gift}/gifts">{esc(work.gift)}</a>' if work.gift else ""
    fandoms = ", ".join(_qv_tag(fandom) for fandom in work.fandoms)
    tags = [f"<li class='warnings'><strong>{_qv_tag(work.warning)}</strong></li>"]
    tags += [f"<li class='relationships'>{_qv_tag(tag)}</li>" for tag in work.relationships]
    tags += [f"<li class='characters'>{_qv_tag(tag)}</li>" for tag in work.characters]
    tags += [f"<li class='freeforms'>{_qv_tag(tag)}</li>" for tag in work.freeforms]
    series = (
        f"""
  <h6 class="landmark heading">Series</h6>
  <ul class="series">
    <li>
      Part <strong>{work.series[0]}</strong> of <a href="/series/{_number(work.series[1], 3_000_000, 4_999_999)}">{esc(work.series[1])}</a>
    </li>
  </ul>"""
        if work.series
        else ""
    )
    written, _, total = work.chapters.partition("/")
    if written == "1":
        chapters = f'<dd class="chapters">{esc(work.chapters)}</dd>'
    else:
        chapters = f'<dd class="chapters"><a href="/works/{wid}/chapters/{_number(work.title + "ch", 150_000_000, 159_999_999)}">{written}</a>/{total}</dd>'
    stats = [
        '<dt class="language">Language:</dt>',
        f'<dd class="language" lang="{ {"English": "en", "Español": "es", "Deutsch": "de"}[work.language] }">{esc(work.language)}</dd>',
        '<dt class="words">Words:</dt>',
        f'<dd class="words">{work.words:,}</dd>',
        '<dt class="chapters">Chapters:</dt>',
        chapters,
    ]
    if work.collections:
        stats += [
            '<dt class="collections">Collections:</dt>',
            f'<dd class="collections"><a href="/works/{wid}/collections">{work.collections}</a></dd>',
        ]
    if work.comments:
        stats += [
            '<dt class="comments">Comments:</dt>',
            f'<dd class="comments"><a href="/works/{wid}?show_comments=true&amp;view_full_work=true#comments">{work.comments:,}</a></dd>',
        ]
    if work.kudos:
        stats += [
            '<dt class="kudos">Kudos:</dt>',
            f'<dd class="kudos"><a href="/works/{wid}#kudos">{work.kudos:,}</a></dd>',
        ]
    if work.bookmarks:
        stats += [
            '<dt class="bookmarks">Bookmarks:</dt>',
            f'<dd class="bookmarks"><a href="/works/{wid}/bookmarks">{work.bookmarks:,}</a></dd>',
        ]
    stats += ['<dt class="hits">Hits:</dt>', f'<dd class="hits">{work.hits:,}</dd>']
    tags_html = "\n    ".join(tags)
    stats_html = "\n    ".join(stats)
    user_classes = " ".join(f"user-{_number(name, 100_000, 9_999_999)}" for name in work.authors if name != "Anonymous")
    return f"""
<li id="work_{wid}" class="work blurb group work-{wid} {user_classes}" role="article">
  <!--title, author, fandom-->
  <div class="header module">
    <h4 class="heading">
      <a href="/works/{wid}">{esc(work.title)}</a>
      by
      <!-- do not cache -->
      {by}{gift}
    </h4>
    <h5 class="fandoms heading">
      <span class="landmark">Fandoms:</span>
      {fandoms}
      &nbsp;
    </h5>
    <!--required tags-->
    <ul class="required-tags">
{_qv_required(work)}
    </ul>
    <p class="datetime">{work.updated.strftime("%d %b %Y")}</p>
  </div>
  <!--warnings again, cast, freeform tags-->
  <h6 class="landmark heading">Tags</h6>
  <ul class="tags commas">
    {tags_html}
  </ul>
  <!--summary-->
  <h6 class="landmark heading">Summary</h6>
  <blockquote class="userstuff summary">
    <p>{esc(work.summary)}</p>
  </blockquote>{series}
  <!--stats-->
  <dl class="stats">
    {stats_html}
  </dl>
</li>"""


def _qv_pagination(page: int, pages: int) -> str:
    items = [
        '<li class="previous" title="previous"><span class="disabled">← Previous</span></li>'
        if page == 1
        else f'<li class="previous" title="previous"><a rel="prev" href="{esc(_qv_works_url(page - 1))}">← Previous</a></li>'
    ]
    for number in range(1, pages + 1):
        if number == page:
            items.append(f'<li><span class="current">{number}</span></li>')
        else:
            rel = ' rel="next"' if number == page + 1 else ' rel="prev"' if number == page - 1 else ""
            items.append(f'<li><a{rel} href="{esc(_qv_works_url(number))}">{number}</a></li>')
    items.append(
        f'<li class="next" title="next"><a rel="next" href="{esc(_qv_works_url(page + 1))}">Next →</a></li>'
        if page < pages
        else '<li class="next" title="next"><span class="disabled">Next →</span></li>'
    )
    items_html = "\n".join(items)
    return f"""<h4 class="landmark heading">Pages Navigation</h4>
<ol class="pagination actions" role="navigation" title="pagination">
{items_html}
</ol>"""


QV_FILTER_COUNTS = {
    "Ratings": [("General Audiences", 11), ("Teen And Up Audiences", 11), ("Mature", 3), ("Not Rated", 1)],
    "Warnings": [("No Archive Warnings Apply", 25), ("Creator Chose Not To Use Archive Warnings", 1)],
    "Categories": [("Gen", 12), ("M/M", 6), ("F/M", 6), ("F/F", 3), ("Multi", 2), ("Other", 1)],
    "Fandoms": [(QV_FANDOM, 26), ("Saltmarsh Mysteries - Ruth Adair", 1)],
    "Characters": [(MARA, 11), (JUNE, 12), (TOBIAS, 9), (IDRIS, 8), (ANSEL, 8), (PETRA, 9), (NELL, 9)],
    "Relationships": [
        (f"{MARA}/{TOBIAS}", 7),
        (f"{ANSEL}/{IDRIS}", 6),
        (f"{PETRA}/{JUNE}", 3),
        (f"{JUNE} & {PETRA}", 2),
    ],
    "Additional Tags": [
        ("Slow Burn", 5),
        ("Fluff", 5),
        ("Found Family", 3),
        ("Canon Divergence", 4),
        ("Hurt/Comfort", 2),
    ],
}


def _qv_filters() -> str:
    groups = []
    for index, (name, values) in enumerate(QV_FILTER_COUNTS.items()):
        key = slug(name).replace("-", "_")
        boxes = "".join(
            f'<li><label for="include_{key}_{position}"><input type="checkbox" name="include_work_search[{key}_ids][]" id="include_{key}_{position}" value="{_number(value, 1000, 99999)}"><span class="indicator" aria-hidden="true"></span><span>{esc(value)} ({count})</span></label></li>'
            for position, (value, count) in enumerate(values)
        )
        groups.append(
            f'<dt class="{key} filter-toggle {"expanded" if index < 2 else "collapsed"}"><button type="button" class="expander" aria-expanded="{"true" if index < 2 else "false"}" aria-controls="include_{key}_tags">{esc(name)}</button></dt><dd class="expandable {key}{"" if index < 2 else " hidden"}" id="include_{key}_tags"><ul>{boxes}</ul></dd>'
        )
    return "".join(groups)


def _qv_page(page: int, pages: int, blurbs: str, first: int, last: int) -> str:
    tag_href = f"/tags/{_qv_tag_path(QV_FANDOM)}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(QV_FANDOM)} - Works | Quillvault - Archive of Collected Fanworks</title>
<link rel="stylesheet" type="text/css" media="screen" href="/stylesheets/skins/skin_873_archive_2_0/1_site_screen_.css">
<link rel="stylesheet" type="text/css" media="only screen and (max-width: 62em), handheld" href="/stylesheets/skins/skin_873_archive_2_0/4_site_midsize.handheld_.css">
<meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="{_hex("qv-csrf" + str(page), 44)}">
</head>
<body class="logged-out">
<div id="outer" class="wrapper">
  <ul id="skiplinks"><li><a href="#main">Main Content</a></li></ul>
  <noscript><p id="javascript-warning">While we've done our best to make the core functionality of this site accessible without JavaScript, it will work better with it enabled. Please consider turning it on!</p></noscript>
  <div id="tos_prompt" class="hidden" role="dialog" aria-labelledby="tos-prompt-title">
    <h2 class="heading" id="tos-prompt-title">Quillvault Terms of Service</h2>
    <p>We use cookies to keep you logged in and to remember your preferences. By continuing to use the Archive, you agree to our <a href="/tos">Terms of Service</a>, including our <a href="/tos#privacy">Privacy Policy</a> and <a href="/content">Content Policy</a>.</p>
    <p class="submit"><input type="checkbox" id="tos_agree"><label for="tos_agree">I have read &amp; understood the Terms of Service</label> <button name="button" type="button" id="accept_tos" disabled="disabled">I agree</button></p>
  </div>
  <header id="header" class="region">
    <h1 class="heading"><a href="/"><span>Quillvault</span><sup> beta</sup><img alt="Quillvault" class="logo" src="/images/quillvault_logo.png"></a></h1>
    <div id="login" class="dropdown">
      <p class="user actions"><a id="login-dropdown" href="/users/login">Log In</a></p>
    </div>
    <nav aria-label="Site">
      <ul class="primary navigation actions">
        <li class="dropdown"><a href="/menu/fandoms">Fandoms</a><ul class="menu dropdown-menu" role="menu"><li role="menu-item"><a href="/media">All Fandoms</a></li><li role="menu-item"><a href="/media/Anime%20*a*%20Manga/fandoms">Anime &amp; Manga</a></li><li role="menu-item"><a href="/media/Books%20*a*%20Literature/fandoms">Books &amp; Literature</a></li><li role="menu-item"><a href="/media/TV%20Shows/fandoms">TV Shows</a></li></ul></li>
        <li class="dropdown"><a href="/menu/browse">Browse</a><ul class="menu dropdown-menu" role="menu"><li role="menu-item"><a href="/works">Works</a></li><li role="menu-item"><a href="/bookmarks">Bookmarks</a></li><li role="menu-item"><a href="/tags">Tags</a></li><li role="menu-item"><a href="/collections">Collections</a></li></ul></li>
        <li class="dropdown"><a href="/menu/search">Search</a><ul class="menu dropdown-menu" role="menu"><li role="menu-item"><a href="/works/search">Works</a></li><li role="menu-item"><a href="/bookmarks/search">Bookmarks</a></li><li role="menu-item"><a href="/tags/search">Tags</a></li><li role="menu-item"><a href="/people/search">People</a></li></ul></li>
        <li class="dropdown"><a href="/menu/about">About</a><ul class="menu dropdown-menu" role="menu"><li role="menu-item"><a href="/about">About Us</a></li><li role="menu-item"><a href="/admin_posts">News</a></li><li role="menu-item"><a href="/faq">FAQ</a></li><li role="menu-item"><a href="/wrangling_guidelines">Wrangling Guidelines</a></li><li role="menu-item"><a href="/donate">Donate or Volunteer</a></li></ul></li>
        <li class="search"><form class="search" id="search" role="search" aria-label="Work" action="/works/search" accept-charset="UTF-8" method="get"><fieldset><p><label class="landmark" for="site_search">Work Search</label><input class="text" id="site_search" aria-describedby="site_search_tooltip" type="text" name="work_search[query]"> <input type="submit" value="Search" class="button"></p></fieldset></form></li>
      </ul>
    </nav>
    <div class="clear"></div>
  </header>
  <div id="inner" class="wrapper">
    <div id="main" class="works-index dashboard filtered region" role="main">
      <div class="flash"></div>
      <h2 class="heading">
        {first} - {last} of {QV_TOTAL_SHOWN} Works in <a class="tag" href="{tag_href}">{esc(QV_FANDOM)}</a>
      </h2>
      <ul class="navigation actions" role="navigation">
        <li><a class="rss" href="{tag_href}/feed.atom"><span>RSS Feed</span></a></li>
        <li class="narrow-shown hidden"><a href="#work-filters" id="go_to_filters">Filters</a></li>
      </ul>
      <h3 class="landmark heading">Listing Works</h3>
      <ol class="work index group">{blurbs}
      </ol>
      {_qv_pagination(page, pages)}
      <form class="narrow-hidden filters" id="work-filters" action="/works" accept-charset="UTF-8" method="get">
        <h3 class="landmark heading">Filters</h3>
        <fieldset>
          <legend>Filter results:</legend>
          <dl class="filters" role="menu">
            <dt><label for="work_search_sort_column">Sort by</label></dt>
            <dd><select name="work_search[sort_column]" id="work_search_sort_column"><option value="authors_to_sort_on">Creator</option><option value="title_to_sort_on">Title</option><option value="created_at">Date Posted</option><option selected="selected" value="revised_at">Date Updated</option><option value="word_count">Word Count</option><option value="hits">Hits</option><option value="kudos_count">Kudos</option><option value="comments_count">Comments</option><option value="bookmarks_count">Bookmarks</option></select></dd>
            <dt class="include filter-toggle">Include</dt>
            <dd><dl>{_qv_filters()}</dl></dd>
            <dt><label for="work_search_query">Search within results</label></dt>
            <dd><input type="text" name="work_search[query]" id="work_search_query"></dd>
          </dl>
          <input type="hidden" name="tag_id" value="{esc(QV_FANDOM)}" autocomplete="off">
          <p class="submit actions"><input type="submit" name="commit" value="Sort and Filter"></p>
          <p class="footnote"><a href="{tag_href}/works">Clear Filters</a></p>
        </fieldset>
      </form>
    </div>
    <div class="clear"><!--presentational--></div>
  </div>
  <footer id="footer" role="contentinfo" class="region">
    <h3 class="landmark heading">Footer</h3>
    <ul class="navigation actions" role="navigation">
      <li class="module group"><h4 class="heading">Customize</h4><ul class="menu"><li><a href="/skins">Site Skins</a></li></ul></li>
      <li class="module group"><h4 class="heading">About the Archive</h4><ul class="menu"><li><a href="/site_map">Site Map</a></li><li><a href="/diversity">Diversity Statement</a></li><li><a href="/tos">Terms of Service</a></li><li><a href="/content">Content Policy</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/dmca">DMCA Policy</a></li></ul></li>
      <li class="module group"><h4 class="heading">Contact Us</h4><ul class="menu"><li><a href="/abuse_reports/new">Policy Questions &amp; Abuse Reports</a></li><li><a href="/support">Technical Support &amp; Feedback</a></li></ul></li>
      <li class="module group"><h4 class="heading">Development</h4><ul class="menu"><li><a href="https://code.quillvault.example/quillvault/archive">quillvault-archive v0.9.391.2</a></li><li><a href="/known_issues">Known Issues</a></li></ul></li>
    </ul>
  </footer>
</div>
<script type="text/javascript" src="/javascripts/livevalidation_standalone.js"></script>
<script type="text/javascript" src="/javascripts/filters.min.js"></script>
</body>
</html>"""


@thirteenth
def build_quillvault() -> None:
    s = Site(
        "quillvault",
        kind="fan-fiction works listing (Archive of Our Own 2024–25: li.work.blurb articles, h4 'Title by author' with pseuds, anonymous and orphaned works, fandom h5, required-tag symbol spans with titles, 'd Mon YYYY', ul.tags.commas by class, blockquote summaries, series lines, dl.stats with linked counts and '3/?' chapters, a filtered /works?…&page=N&tag_id=… URL)",
        start=_qv_works_url(1).lstrip("/"),
        description="An AO3-like tag works listing (a made-up TV fandom, ten works a page, 'Date Updated' order): the logged-out header with the logo, login link, primary navigation dropdowns and search, a hidden ToS prompt, h2 '1 - 10 of 26 Works in <tag>', an RSS link; ol.work.index.group of li.work.blurb.group[role=article]: h4.heading with the work link, 'by' and rel=author links ('Pseud (user)', several authors, bare 'Anonymous' / orphan_account, a 'for <gift>' line), h5.fandoms with tag links, ul.required-tags of rating / warning / category / completion symbols (span[title] > span.text), p.datetime '14 Mar 2025', ul.tags.commas of li.warnings / relationships / characters / freeforms tag links, blockquote.userstuff.summary, a 'Part N of <series>' list on some, dl.stats of dt/dd pairs (Language, Words '48,213', Chapters '9/?' with the written count linked, Collections, Comments, Kudos, Bookmarks as links, Hits, the missing ones left out); an ol.pagination (← Previous, numbers, Next →) to the same filtered /works URL with &page=N (parameters in sorted order); the filter form (sort select, include checkboxes with counts) after the list and a footer of menus.",
    )
    pages = [QV_WORKS[at : at + QV_PER_PAGE] for at in range(0, len(QV_WORKS), QV_PER_PAGE)]
    assert len(QV_WORKS) == QV_TOTAL_SHOWN
    for number, works in enumerate(pages, 1):
        first = (number - 1) * QV_PER_PAGE + 1
        blurbs = "".join(_qv_blurb(work) for work in works)
        s.list_page(
            _qv_works_url(number).lstrip("/").replace("?", "@"),
            _qv_page(number, len(pages), blurbs, first, first + len(works) - 1),
        )
    for work in QV_WORKS:
        s.expect(
            {
                "title": work.title,
                "url": f"/works/{work.work_id}",
                "authors": work.authors,
                "fandoms": work.fandoms,
                "rating": work.rating,
                "category": ", ".join(work.categories),
                "status": "Complete Work" if work.complete else "Work in Progress",
                "date": work.updated.isoformat(),
                "relationships": work.relationships or None,
                "characters": work.characters,
                "tags": work.freeforms,
                "summary": work.summary,
                "series": f"Part {work.series[0]} of {work.series[1]}" if work.series else None,
                "language": work.language,
                "words": work.words,
                "chapters": work.chapters,
                "comments": work.comments,
                "kudos": work.kudos,
                "bookmarks": work.bookmarks,
                "hits": work.hits,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# guildrank (FROZEN)
# ---------------------------------------------------------------------------------------------------

GR_LISTING = "/uk/web-developers/london"
GR_PER_PAGE = 9
GR_CDN = "https://img.guildrank-static.example"


@dataclass
class Agency:
    """One provider row of the directory."""

    name: str
    tagline: str
    rating: float | None
    reviews: int | None
    min_project: str
    hourly_rate: str
    employees: str
    location: str
    services: list[tuple[str, int]]
    verified: str | None
    quote: str | None = None
    quote_by: str | None = None

    @property
    def handle(self) -> str:
        return slug(self.name)

    @property
    def pid(self) -> int:
        return _number(self.name, 1_000_000, 2_499_999)


WD, CD, UX, MA, EC, CMS, DM, SEO, BR = (
    "Web Development",
    "Custom Software Development",
    "UX/UI Design",
    "Mobile App Development",
    "E-Commerce Development",
    "Web Design",
    "Digital Marketing",
    "Search Engine Optimization",
    "Branding",
)

GR_AGENCIES = [
    Agency(
        "Halyard Digital",
        "Product studio for ambitious brands",
        4.9,
        61,
        "$25,000+",
        "$100 - $149 / hr",
        "50 - 249",
        "London, United Kingdom",
        [(WD, 50), (UX, 30), (MA, 20)],
        "Premier Verified",
        "They shipped our booking platform two weeks early and the handover was spotless.",
        "CTO, Travel Company",
    ),
    Agency(
        "Northwick & Co",
        "Websites that work as hard as you do",
        5.0,
        23,
        "$10,000+",
        "$50 - $99 / hr",
        "10 - 49",
        "London, United Kingdom",
        [(WD, 60), (CMS, 40)],
        "Verified",
        "Clear communication, realistic estimates, no surprises.",
        "Marketing Director, Charity",
    ),
    Agency(
        "Kestrel Labs",
        "Engineering-led web and app development",
        4.8,
        44,
        "$50,000+",
        "$150 - $199 / hr",
        "50 - 249",
        "London, United Kingdom",
        [(CD, 45), (WD, 35), (MA, 20)],
        "Premier Verified",
        "A genuinely senior team. They challenged our assumptions in the best way.",
        "Head of Product, Fintech Company",
    ),
    Agency(
        "Pixel Foundry",
        "Shopify & headless commerce specialists",
        4.9,
        37,
        "$5,000+",
        "$50 - $99 / hr",
        "10 - 49",
        "London, United Kingdom",
        [(EC, 70), (WD, 30)],
        "Verified",
        "Our conversion rate went up 38% after the rebuild.",
        "Founder, Apparel Brand",
    ),
    Agency(
        "Bramble Studio",
        "Design-first websites for cultural organisations",
        4.7,
        12,
        "$10,000+",
        "$100 - $149 / hr",
        "2 - 9",
        "London, United Kingdom",
        [(CMS, 50), (WD, 30), (BR, 20)],
        None,
        "They understood what a museum website needs to do.",
        "Digital Manager, Museum",
    ),
    Agency(
        "Coalface",
        "Laravel and Vue development agency",
        4.8,
        19,
        "$10,000+",
        "$50 - $99 / hr",
        "10 - 49",
        "London, United Kingdom",
        [(WD, 80), (CD, 20)],
        "Verified",
        None,
        None,
    ),
    Agency(
        "Meridian Works",
        "Digital transformation for regulated industries",
        4.6,
        28,
        "$100,000+",
        "$150 - $199 / hr",
        "250 - 999",
        "London, United Kingdom",
        [(CD, 50), (WD, 30), (UX, 20)],
        "Premier Verified",
        "They navigated our compliance requirements without slowing delivery.",
        "VP Engineering, Insurance Company",
    ),
    Agency(
        "Loop & Lantern",
        "Small team, big websites",
        5.0,
        8,
        "$1,000+",
        "< $25 / hr",
        "2 - 9",
        "London, United Kingdom",
        [(CMS, 60), (SEO, 40)],
        None,
        "Fast, friendly and affordable.",
        "Owner, Bakery",
    ),
    Agency(
        "Stackyard",
        "Next.js, Node and cloud engineering",
        4.9,
        52,
        "$25,000+",
        "$100 - $149 / hr",
        "50 - 249",
        "London, United Kingdom",
        [(WD, 55), (CD, 45)],
        "Premier Verified",
        "Best engineering partner we've had in ten years.",
        "CEO, SaaS Company",
    ),
    Agency(
        "Greyhound Interactive",
        "Award-winning digital agency",
        4.5,
        16,
        "$50,000+",
        "$150 - $199 / hr",
        "50 - 249",
        "London, United Kingdom",
        [(WD, 40), (UX, 30), (DM, 30)],
        "Verified",
        None,
        None,
    ),
    Agency(
        "Thimble Digital",
        "WordPress and WooCommerce experts",
        4.8,
        33,
        "$5,000+",
        "$25 - $49 / hr",
        "10 - 49",
        "London, United Kingdom",
        [(CMS, 50), (EC, 30), (SEO, 20)],
        "Verified",
        "They rescued a site two other agencies had given up on.",
        "Operations Manager, Retailer",
    ),
    Agency(
        "Arclight Systems",
        "Custom platforms for logistics and mobility",
        4.7,
        21,
        "$75,000+",
        "$100 - $149 / hr",
        "50 - 249",
        "London, United Kingdom",
        [(CD, 70), (WD, 30)],
        "Premier Verified",
        None,
        None,
    ),
    Agency(
        "Marigold",
        "Accessible websites for the public sector",
        4.9,
        14,
        "$25,000+",
        "$100 - $149 / hr",
        "10 - 49",
        "London, United Kingdom",
        [(WD, 50), (UX, 50)],
        "Verified",
        "WCAG AA from day one, not bolted on at the end.",
        "Service Owner, Local Authority",
    ),
    Agency(
        "Ferrule",
        "Boutique web development",
        None,
        None,
        "Undisclosed",
        "Undisclosed",
        "2 - 9",
        "London, United Kingdom",
        [(WD, 100)],
        None,
        None,
        None,
    ),
    Agency(
        "Outpost Creative",
        "Brand, web and content under one roof",
        4.6,
        11,
        "$10,000+",
        "$50 - $99 / hr",
        "10 - 49",
        "London, United Kingdom",
        [(BR, 40), (CMS, 40), (DM, 20)],
        None,
        "A rebrand and a new site in one go, on budget.",
        "Founder, Wellness Startup",
    ),
    Agency(
        "Quayline Tech",
        "Offshore-onshore delivery teams",
        4.4,
        47,
        "$10,000+",
        "$25 - $49 / hr",
        "250 - 999",
        "London, United Kingdom",
        [(CD, 40), (WD, 40), (MA, 20)],
        "Verified",
        None,
        None,
    ),
    Agency(
        "Hollis Wren",
        "Webflow agency for B2B SaaS",
        5.0,
        19,
        "$5,000+",
        "$50 - $99 / hr",
        "10 - 49",
        "London, United Kingdom",
        [(CMS, 60), (UX, 40)],
        "Verified",
        "Our marketing team can finally edit the site themselves.",
        "VP Marketing, SaaS Company",
    ),
    Agency(
        "Cobalt Row",
        "Django and Python specialists",
        4.8,
        26,
        "$25,000+",
        "$100 - $149 / hr",
        "10 - 49",
        "London, United Kingdom",
        [(WD, 60), (CD, 40)],
        "Verified",
        None,
        None,
    ),
    Agency(
        "Saltbox",
        "Mobile and web apps for startups",
        4.7,
        31,
        "$10,000+",
        "$50 - $99 / hr",
        "10 - 49",
        "London, United Kingdom",
        [(MA, 50), (WD, 50)],
        "Premier Verified",
        "Took us from idea to App Store in four months.",
        "Co-Founder, Health Startup",
    ),
    Agency(
        "Whitecap Agency",
        "Full-service digital agency",
        4.3,
        9,
        "$5,000+",
        "$50 - $99 / hr",
        "10 - 49",
        "London, United Kingdom",
        [(DM, 50), (CMS, 30), (SEO, 20)],
        None,
        None,
        None,
    ),
    Agency(
        "Ledger & Line",
        "Fintech product engineering",
        4.9,
        18,
        "$100,000+",
        "$200 - $300 / hr",
        "50 - 249",
        "London, United Kingdom",
        [(CD, 80), (UX, 20)],
        "Premier Verified",
        "They know payments inside out.",
        "COO, Payments Company",
    ),
    Agency(
        "Plumline Web",
        "Affordable websites for small businesses",
        4.6,
        42,
        "$1,000+",
        "$25 - $49 / hr",
        "2 - 9",
        "London, United Kingdom",
        [(CMS, 70), (SEO, 30)],
        "Verified",
        None,
        None,
    ),
    Agency(
        "Anvil & Ink",
        "Drupal development and support",
        4.7,
        15,
        "$25,000+",
        "$100 - $149 / hr",
        "10 - 49",
        "London, United Kingdom",
        [(WD, 70), (CMS, 30)],
        None,
        "Reliable support retainer, quick fixes.",
        "Head of Digital, University",
    ),
    Agency(
        "Foxglove Interactive",
        "Immersive web experiences",
        4.8,
        7,
        "$50,000+",
        "$150 - $199 / hr",
        "10 - 49",
        "London, United Kingdom",
        [(WD, 60), (UX, 40)],
        None,
        None,
        None,
    ),
    Agency(
        "Tidewater Labs",
        "React Native and web development",
        4.5,
        13,
        "$10,000+",
        "$50 - $99 / hr",
        "50 - 249",
        "London, United Kingdom",
        [(MA, 60), (WD, 40)],
        "Verified",
        None,
        None,
    ),
    Agency(
        "Grainger Digital",
        "Magento and Adobe Commerce partner",
        4.6,
        22,
        "$50,000+",
        "$100 - $149 / hr",
        "50 - 249",
        "London, United Kingdom",
        [(EC, 80), (WD, 20)],
        "Premier Verified",
        "Our peak-season traffic no longer keeps us up at night.",
        "E-commerce Director, Homeware Retailer",
    ),
]

#: Sponsored rows, by page and position: two firms from elsewhere, then a repeat of a listed firm.
GR_SPONSORED = {
    0: {
        0: Agency(
            "Vistula Software House",
            "Nearshore web development for UK companies",
            4.9,
            88,
            "$25,000+",
            "$50 - $99 / hr",
            "250 - 999",
            "Kraków, Poland",
            [(WD, 50), (CD, 50)],
            "Premier Verified",
            "Felt like an in-house team from the first sprint.",
            "CTO, Proptech Company",
        ),
        4: Agency(
            "Blueprint Devs",
            "Dedicated developers in 2 weeks",
            4.7,
            54,
            "$10,000+",
            "$25 - $49 / hr",
            "1,000 - 9,999",
            "Lisbon, Portugal",
            [(CD, 60), (WD, 40)],
            "Verified",
            None,
            None,
        ),
    },
    1: {3: GR_AGENCIES[22]},
}


def _gr_url(agency: Agency) -> str:
    return f"/profile/{agency.handle}"


def _gr_page_url(page: int) -> str:
    return GR_LISTING if page == 0 else f"{GR_LISTING}?page={page}"


def _gr_stars(rating: float) -> str:
    stars = []
    for index in range(5):
        fill = rating - index
        kind = "full" if fill >= 0.75 else "half" if fill >= 0.25 else "empty"
        stars.append(f'<span class="sg-rating__star sg-rating__star--{kind}"></span>')
    return "".join(stars)


def _gr_row(agency: Agency, position: int, sponsored: bool) -> str:
    url = _gr_url(agency)
    website = f"https://r.guildrank.example/redirect?provider_website={agency.handle.replace('-', '')}.example&amp;source=directory&amp;position={position}&amp;placement={'sponsor' if sponsored else 'organic'}&amp;u={_hex(agency.name + str(position), 16)}"
    if agency.rating is not None:
        rating = f"""<div class="provider__rating sg-rating">
                <span class="sg-rating__number">{agency.rating:.1f}</span>
                <div class="sg-rating__stars" aria-hidden="true">{_gr_stars(agency.rating)}</div>
                <a class="sg-rating__reviews directory_profile" href="{url}#reviews">{agency.reviews} review{"s" if agency.reviews != 1 else ""}</a>
              </div>"""
    else:
        rating = f'<div class="provider__rating provider__rating--empty"><a class="provider__rating-first directory_profile" href="{url}#reviews">Be the first to review</a></div>'
    verified = (
        f'<div class="provider__verified{" provider__verified--premier" if agency.verified.startswith("Premier") else ""}" data-tooltip-content="&lt;b&gt;{esc(agency.verified)}&lt;/b&gt; Guildrank has confirmed this company\'s legal status and client reviews"><span class="provider__verified-icon" aria-hidden="true"></span>{esc(agency.verified)}</div>'
        if agency.verified
        else ""
    )
    sponsor = (
        '<span class="provider__sponsor-label sg-tooltip-v2" data-tooltip-content="This company paid to appear at the top of this list">Sponsored</span>'
        if sponsored
        else ""
    )
    chart = "".join(
        f'<div class="provider__services-chart-item chart-item-{index}" style="width:{share}%" data-tooltip-content="&lt;i&gt;{share}%&lt;/i&gt;&lt;b&gt;{esc(name)}&lt;/b&gt;"></div>'
        for index, (name, share) in enumerate(agency.services)
    )
    services = "".join(f'<li class="provider__services-list-item">{esc(name)}</li>' for name, _ in agency.services)
    testimonial = (
        f"""<div class="provider__description">
            <blockquote class="provider__testimonial">“{esc(agency.quote)}”</blockquote>
            <span class="provider__testimonial-author">{esc(agency.quote_by)}</span>
            <a class="provider__testimonial-more directory_profile" href="{url}#reviews">Read more reviews</a>
          </div>"""
        if agency.quote
        else ""
    )
    locality = agency.location
    return f"""
        <li class="provider-list-item{" provider-list-item--sponsor" if sponsored else ""}" data-clutch-pid="{agency.pid}" data-position="{position}" data-type="{"sponsor" if sponsored else "directory"}">
          <div class="provider provider-row{" sponsor" if sponsored else ""}" id="provider-{agency.pid}">
            <div class="provider__main-info">
              <div class="provider__header">
                <a class="provider__logo-link directory_profile" href="{url}" tabindex="-1" aria-hidden="true"><img class="provider__logo" src="{GR_CDN}/profiles/logos/{agency.pid}/{_hex(agency.name, 10)}.png" alt="{esc(agency.name)}" width="56" height="56" loading="lazy"></a>
                <div class="provider__header-content">
                  <div class="provider__title-wrap">
                    <h3 class="provider__title"><a class="provider__title-link directory_profile" href="{url}" title="{esc(agency.name)}" data-link_text="Profile Title" data-position="{position}">{esc(agency.name)}</a></h3>
                    {verified}
                    {sponsor}
                  </div>
                  <p class="provider__tagline">{esc(agency.tagline)}</p>
                  {rating}
                </div>
              </div>
              <div class="provider__highlights">
                <div class="provider__highlights-item sg-tooltip-v2 min-project-size" data-tooltip-content="&lt;i&gt;Min. project size&lt;/i&gt;" data-tooltip-position="bottom">{esc(agency.min_project)}</div>
                <div class="provider__highlights-item sg-tooltip-v2 hourly-rate" data-tooltip-content="&lt;i&gt;Avg. hourly rate&lt;/i&gt;" data-tooltip-position="bottom">{esc(agency.hourly_rate)}</div>
                <div class="provider__highlights-item sg-tooltip-v2 employees-count" data-tooltip-content="&lt;i&gt;Employees&lt;/i&gt;" data-tooltip-position="bottom">{esc(agency.employees)}</div>
                <div class="provider__highlights-item sg-tooltip-v2 location" data-tooltip-content="&lt;i&gt;Location&lt;/i&gt;" data-tooltip-position="bottom"><span class="locality">{esc(locality)}</span></div>
              </div>
              <div class="provider__services">
                <span class="provider__services-title">Service Focus</span>
                <div class="provider__services-chart" aria-hidden="true">{chart}</div>
                <ul class="provider__services-list">{services}</ul>
              </div>
              {testimonial}
            </div>
            <div class="provider__cta-container">
              <a class="provider__cta-link sg-button-v2 sg-button-v2--primary website-link__item" href="{website}" target="_blank" rel="nofollow noopener">Visit Website</a>
              <a class="provider__cta-link sg-button-v2 sg-button-v2--secondary directory_profile" href="{url}">View Profile</a>
              <button type="button" class="provider__cta-link sg-button-v2 sg-button-v2--secondary" data-type="contact" data-pid="{agency.pid}">Get in touch</button>
            </div>
          </div>
        </li>"""


def _gr_banner() -> str:
    return """
        <li class="providers__list-item--banner" data-type="banner">
          <div class="get-matched-banner">
            <h3 class="get-matched-banner__title">Not sure which agency to pick?</h3>
            <p class="get-matched-banner__text">Tell us about your project and we'll match you with up to 3 vetted web developers in London. It's free and takes 2 minutes.</p>
            <a class="sg-button-v2 sg-button-v2--primary" href="/get-matched?category=web-developers&amp;location=london">Get Matched</a>
          </div>
        </li>"""


def _gr_pagination(page: int, pages: int) -> str:
    items = []
    if page == 0:
        items.append(
            '<li class="sg-pagination-v2-item sg-pagination-v2-item--prev sg-pagination-v2-item--disabled"><span class="sg-pagination-v2-previous" aria-label="Previous page" aria-disabled="true"></span></li>'
        )
    else:
        items.append(
            f'<li class="sg-pagination-v2-item sg-pagination-v2-item--prev"><a class="sg-pagination-v2-previous" href="{_gr_page_url(page - 1)}" data-page="{page - 1}" aria-label="Previous page"></a></li>'
        )
    for number in range(pages):
        active = " sg-pagination-v2-page-active" if number == page else ""
        current = ' aria-current="page"' if number == page else ""
        items.append(
            f'<li class="sg-pagination-v2-item"><a class="sg-pagination-v2-page-number{active}" href="{_gr_page_url(number)}" data-page="{number}"{current}>{number + 1}</a></li>'
        )
    if page + 1 < pages:
        items.append(
            f'<li class="sg-pagination-v2-item sg-pagination-v2-item--next"><a class="sg-pagination-v2-next" href="{_gr_page_url(page + 1)}" data-page="{page + 1}" aria-label="Next page"></a></li>'
        )
    else:
        items.append(
            '<li class="sg-pagination-v2-item sg-pagination-v2-item--next sg-pagination-v2-item--disabled"><span class="sg-pagination-v2-next" aria-label="Next page" aria-disabled="true"></span></li>'
        )
    return f'<nav class="sg-pagination-v2" aria-label="Pagination"><ul class="sg-pagination-v2-list">{"".join(items)}</ul></nav>'


GR_FILTERS = {
    "Services": [
        "Web Development",
        "Web Design",
        "E-Commerce Development",
        "Custom Software Development",
        "Mobile App Development",
    ],
    "Budget": ["$1,000+", "$5,000+", "$10,000+", "$25,000+", "$50,000+", "$75,000+", "$100,000+"],
    "Hourly Rate": [
        "< $25 / hr",
        "$25 - $49 / hr",
        "$50 - $99 / hr",
        "$100 - $149 / hr",
        "$150 - $199 / hr",
        "$200 - $300 / hr",
    ],
    "Company Size": ["2 - 9", "10 - 49", "50 - 249", "250 - 999", "1,000 - 9,999"],
    "Industries": ["Financial services", "Retail", "Healthcare & Medical", "Education", "Government"],
}


def _gr_filters() -> str:
    groups = []
    for name, values in GR_FILTERS.items():
        key = slug(name)
        options = "".join(
            f'<li class="facets__option"><input type="checkbox" class="sg-checkbox" id="{key}-{index}" name="{key}" value="{esc(value)}"><label for="{key}-{index}">{esc(value)}</label></li>'
            for index, value in enumerate(values)
        )
        groups.append(
            f'<div class="facets__group" data-facet="{key}"><button type="button" class="facets__group-toggle" aria-expanded="false">{esc(name)}</button><ul class="facets__options" hidden>{options}</ul></div>'
        )
    return "".join(groups)


def _gr_page(page: int, pages: int, rows: str) -> str:
    total = len(GR_AGENCIES)
    item_list = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "name": "Top Web Developers in London",
        "numberOfItems": total,
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": page * GR_PER_PAGE + index,
                "url": f"https://guildrank.example{_gr_url(agency)}",
            }
            for index, agency in enumerate(GR_AGENCIES[page * GR_PER_PAGE : (page + 1) * GR_PER_PAGE], 1)
        ],
    }
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Top Web Developers in London - Mar 2025 Reviews | Guildrank</title>
<meta name="description" content="Browse the best web developers in London. Compare verified client reviews, hourly rates, minimum project sizes and team sizes of {total} web development companies.">
<link rel="canonical" href="https://guildrank.example{_gr_page_url(page)}">
<link rel="stylesheet" href="{GR_CDN}/static/css/directory.min.css?v=4f2a1c">
<script type="application/ld+json">{_json_script(item_list)}</script>
</head>
<body class="page-directory">
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
  <div class="ot-sdk-container"><div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy</h2><p id="onetrust-policy-text">We use cookies to personalise content, analyse our traffic and measure our marketing. You can accept all cookies or manage your preferences. <a href="/privacy" class="ot-cookie-policy-link">Privacy Policy</a></p></div>
  <div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div>
</div>
<header class="header" id="header">
  <div class="header__container">
    <a class="header__logo" href="/" aria-label="Guildrank home"><svg width="104" height="28" viewBox="0 0 104 28" aria-hidden="true"><rect width="104" height="28" rx="4"></rect></svg></a>
    <nav class="header__nav" aria-label="Main menu"><ul class="header__nav-list"><li class="header__nav-item"><button type="button" class="header__nav-link" aria-expanded="false">Development</button></li><li class="header__nav-item"><button type="button" class="header__nav-link" aria-expanded="false">IT Services</button></li><li class="header__nav-item"><button type="button" class="header__nav-link" aria-expanded="false">Marketing</button></li><li class="header__nav-item"><button type="button" class="header__nav-link" aria-expanded="false">Design</button></li><li class="header__nav-item"><button type="button" class="header__nav-link" aria-expanded="false">Business Services</button></li></ul></nav>
    <form class="header__search" action="/search" method="get" role="search"><input type="search" name="q" placeholder="Search for a service or a company" aria-label="Search"></form>
    <div class="header__actions"><a class="header__link" href="/review">Leave a Review</a><a class="header__link" href="/get-listed">For Service Providers</a><a class="header__link" href="/user/login">Sign In</a><a class="sg-button-v2 sg-button-v2--primary" href="/get-matched">Get Matched</a></div>
  </div>
</header>
<main class="directory" id="directory">
  <nav class="breadcrumbs" aria-label="Breadcrumb"><ol class="breadcrumbs__list"><li><a href="/">Home</a></li><li><a href="/developers">Development</a></li><li><a href="/web-developers">Web Developers</a></li><li><a href="/uk/web-developers">United Kingdom</a></li><li aria-current="page">London</li></ol></nav>
  <section class="directory-header">
    <h1 class="directory-header__title">Top Web Developers in London</h1>
    <p class="directory-header__text">Find the right web development company in London. We list {total} firms with verified reviews from their clients; rankings take into account experience, client feedback and market presence. <span class="directory-header__date">Updated March 14, 2025</span></p>
    <div class="directory-header__stats"><span>{total} Companies</span><span>1,126 Verified reviews</span><span>Avg. rating 4.7</span></div>
  </section>
  <div class="directory__layout">
    <section class="facets" aria-label="Filters">
      <div class="facets__header"><span class="facets__title">Filters</span><button type="button" class="facets__clear">Clear all</button></div>
      <div class="facets__sort"><label for="sort-by">Sort by</label><select id="sort-by" name="sort_by"><option value="" selected>Sponsored first</option><option value="Reviews">Most reviews</option><option value="Rating">Highest rated</option></select></div>
      {_gr_filters()}
    </section>
    <section class="providers" aria-label="Providers list">
      <div class="providers__header"><span class="providers__count">{total} Companies</span><a class="providers__methodology" href="/methodology">How we rank</a></div>
      <ul class="providers__list" id="providers__list">{rows}
      </ul>
      {_gr_pagination(page, pages)}
    </section>
  </div>
  <section class="leaders-matrix-promo"><h2>Guildrank Leaders Matrix: Web Developers in London</h2><p>See how the top firms compare on ability to deliver and focus.</p><a class="sg-button-v2 sg-button-v2--secondary" href="/uk/web-developers/london/leaders-matrix">View the Matrix</a></section>
  <section class="directory-faq"><h2>Frequently asked questions</h2><details><summary>How much does a website cost in London?</summary><p>Most projects on Guildrank start at $10,000; hourly rates of London web developers are usually between $50 and $149.</p></details><details><summary>How do I choose a web development company?</summary><p>Read verified reviews, compare portfolios and ask for a detailed proposal.</p></details></section>
</main>
<footer class="footer" id="footer">
  <div class="footer__columns"><div class="footer__column"><h4>Guildrank</h4><ul><li><a href="/about">About Us</a></li><li><a href="/careers">Careers</a></li><li><a href="/press">Press</a></li></ul></div><div class="footer__column"><h4>For Service Buyers</h4><ul><li><a href="/get-matched">Get Matched</a></li><li><a href="/review">Write a Review</a></li><li><a href="/resources">Resources</a></li></ul></div><div class="footer__column"><h4>For Service Providers</h4><ul><li><a href="/get-listed">Get Listed</a></li><li><a href="/sponsorship">Sponsorship</a></li><li><a href="/provider-resources">Provider Resources</a></li></ul></div></div>
  <p class="footer__copyright">© 2025 Guildrank. All rights reserved. <a href="/terms">Terms of Service</a> · <a href="/privacy">Privacy Policy</a> · <a href="/ccpa">Do Not Sell My Personal Information</a></p>
</footer>
<script src="{GR_CDN}/static/js/directory.min.js?v=4f2a1c" defer></script>
</body>
</html>"""


@thirteenth
def build_guildrank() -> None:
    s = Site(
        "guildrank",
        kind="agency directory (Clutch 2024–25: li.provider-list-item rows, h3.provider__title links, 'Premier Verified', sg-rating '4.9' + '61 reviews', highlight items for min project size / hourly rate / employees / location told apart only by class and tooltip, service focus lists, testimonials, Sponsored rows, a Get Matched banner item, zero-based ?page=N)",
        start=GR_LISTING.lstrip("/") + "/",
        description="A Clutch-like directory page (web developers in London, nine firms a page): a OneTrust cookie banner, header with mega-menu buttons, search and Get Matched, breadcrumbs, h1 and intro with counts, a filter column (sort select, facet checkboxes); ul.providers__list of li.provider-list-item > div.provider.provider-row: a logo link, h3.provider__title > a.provider__title-link to /profile/<slug>, 'Verified' / 'Premier Verified' on some, p.provider__tagline, div.sg-rating with span.sg-rating__number '4.9', star spans and a.sg-rating__reviews '61 reviews' (or 'Be the first to review'), four div.provider__highlights-item told apart by a class and a tooltip attribute: '$25,000+' (or 'Undisclosed'), '$100 - $149 / hr', '50 - 249', 'London, United Kingdom'; 'Service Focus' with a chart of width-styled divs and a list of service names, a quoted testimonial with its author on some, Visit Website (redirect link) / View Profile / Get in touch; 'Sponsored' rows in the same list (two firms from abroad on page 1, a repeat of a listed firm on page 2) and a Get Matched banner li; an sg-pagination-v2 pager (previous / numbers / next) to zero-based ?page=1 and ?page=2; a JSON-LD ItemList of profile URLs, a leaders-matrix promo, an FAQ and a footer.",
    )
    pages = [GR_AGENCIES[at : at + GR_PER_PAGE] for at in range(0, len(GR_AGENCIES), GR_PER_PAGE)]
    for page, agencies in enumerate(pages):
        rows = []
        position = 0
        for index, agency in enumerate(agencies):
            paid = GR_SPONSORED.get(page, {}).get(index)
            if paid is not None:
                position += 1
                rows.append(_gr_row(paid, position, True))
            if page == 0 and index == 5:
                rows.append(_gr_banner())
            rows.append(_gr_row(agency, page * GR_PER_PAGE + index + 1, False))
        target = _gr_page_url(page).lstrip("/").replace("?", "@")
        s.list_page(target + "/index.html" if page == 0 else target, _gr_page(page, len(pages), "".join(rows)))
    for agency in GR_AGENCIES:
        s.expect(
            {
                "title": agency.name,
                "url": _gr_url(agency),
                "tagline": agency.tagline,
                "verified": agency.verified,
                "rating": agency.rating,
                "review_count": agency.reviews,
                "min_project_size": agency.min_project,
                "hourly_rate": agency.hourly_rate,
                "employees": agency.employees,
                "location": agency.location,
                "services": [name for name, _ in agency.services],
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in THIRTEENTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
