"""Twentieth wave (c) of HELD-OUT corpus sites (issue #3), frozen before anybody measured the Scout on them.

* **shopwerk** — a German delicatessen's category page on the Shopware 6 storefront (2024–25 default theme).
* **bigcorner** — a US coffee-gear shop's category page on BigCommerce with the Cornerstone theme (2024–25).
* **leafandlid** — a UK tea shop's category listing on Zen Cart 1.5.8 (responsive_classic template, table listing).

Run ``uv run python tests/sites/corpus/generate_held_out_twentieth_c.py`` to rebuild them (the helpers and the
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

FROZEN |= {"shopwerk", "bigcorner", "leafandlid"}

WAVE: dict[str, Callable[[], None]] = {}
NBSP = "\u00a0"


def wave(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    WAVE[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    """A stable pseudo-random hex string (ids, hashes)."""
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


def _seo(text: str) -> str:
    """Shopware's SEO slug of a name: German transliteration, case kept, words joined by '-'."""
    for a, b in (("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("&", "")):
        text = text.replace(a, b)
    words = "".join(c if c.isalnum() else " " for c in text).split()
    return "-".join(words)


# ---------------------------------------------------------------------------------------------------
# shopwerk (FROZEN): Shopware 6.6 storefront, category "Öle & Essig" of a German delicatessen
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SwProduct:
    """One product box of the listing."""

    name: str
    number: str
    price: float
    list_price: float | None
    content: float | None
    unit: str
    reference: int
    badges: tuple[str, ...]
    from_price: bool
    available: bool = True

    @property
    def url(self) -> str:
        return f"/{_seo(self.name)}/{self.number}"

    @property
    def percentage(self) -> float | None:
        if self.list_price is None:
            return None
        return round(100 - self.price / self.list_price * 100, 2)

    @property
    def unit_price(self) -> float | None:
        if self.content is None:
            return None
        return round(self.price / self.content * self.reference, 2)

    @property
    def shown_content(self) -> str:
        assert self.content is not None
        text = f"{self.content:g}"
        return f"{text} {self.unit}"


def _eur(amount: float) -> str:
    """Shopware's de-DE currency filter: '1.234,50 €' with a no-break space."""
    whole, cents = f"{amount:,.2f}".split(".")
    return f"{whole.replace(',', '.')},{cents}{NBSP}€"


L, G = "Liter", "Gramm"
SW_PRODUCTS = [
    SwProduct("Olivenöl Nativ Extra Koroneiki", "SW10041", 9.90, None, 0.5, L, 1, (), False),
    SwProduct("Bio Olivenöl Picual Frühe Ernte", "SW10042", 14.90, 17.90, 0.5, L, 1, (), False),
    SwProduct("Kürbiskernöl g.g.A. Steiermark", "SW10057", 12.50, None, 0.25, L, 1, ("Tipp",), False),
    SwProduct("Aceto Balsamico di Modena IGP 4 Jahre", "SW10063", 8.95, None, 0.25, L, 1, (), False),
    SwProduct("Aceto Balsamico Tradizionale DOP 12 Jahre", "SW10064", 54.00, None, 0.1, L, 1, (), False),
    SwProduct("Walnussöl kaltgepresst", "SW10071", 7.49, 8.99, 0.25, L, 1, (), False),
    SwProduct("Rapsöl aus der Ölmühle Wendland", "SW10072", 5.20, None, 0.75, L, 1, ("Neu",), False),
    SwProduct("Sherry-Essig Reserva", "SW10080", 6.80, None, 0.375, L, 1, (), False),
    SwProduct("Olivenöl Probierset 3 x 100 ml", "SW10088", 19.90, 24.90, 0.3, L, 1, ("Neu",), False),
    SwProduct("Leinöl frisch gepresst", "SW10093", 4.95, None, 0.25, L, 1, (), False, available=False),
    SwProduct("Himbeer-Essig mit Fruchtmark", "SW10097", 7.90, None, 0.25, L, 1, (), False),
    SwProduct("Trüffelöl mit schwarzem Trüffel", "SW10102", 11.90, None, 0.1, L, 1, ("Tipp",), False),
    SwProduct("Arganöl geröstet", "SW10108", 16.50, None, 0.1, L, 1, (), False),
    SwProduct("Weißer Balsamico Condimento", "SW10111", 6.49, None, 0.5, L, 1, (), False),
    SwProduct("Olivenöl im Kanister Koroneiki", "SW10115", 49.90, 59.90, 5.0, L, 1, (), False),
    SwProduct("Sesamöl geröstet", "SW10120", 5.90, None, 0.25, L, 1, (), False),
    SwProduct("Chili-Öl Calabria", "SW10123", 6.90, None, 0.25, L, 1, ("Neu",), False),
    SwProduct("Apfelessig naturtrüb Bio", "SW10127", 3.49, None, 0.75, L, 1, (), False),
    SwProduct("Olivenöl Ausgießer Edelstahl", "SW10131", 8.50, None, None, "", 0, (), False),
    SwProduct("Balsamico Crème Feige", "SW10134", 5.95, 6.95, 0.25, L, 1, (), False),
    SwProduct("Haselnussöl Piemont", "SW10138", 13.90, None, 0.25, L, 1, (), False),
    SwProduct("Zitronenöl aus Sorrento", "SW10141", 10.90, None, 0.25, L, 1, ("Tipp", "Neu"), False),
    SwProduct("Olivenöl Nativ Extra Arbequina", "SW10145", 11.50, None, 0.5, L, 1, (), True),
    SwProduct("Reisessig japanisch", "SW10149", 4.20, None, 0.5, L, 1, (), False),
    SwProduct("Schwarzkümmelöl ägyptisch", "SW10152", 9.80, None, 0.25, L, 1, (), False),
    SwProduct("Essig-Öl-Menage Glas", "SW10156", 24.90, 29.90, None, "", 0, (), False),
    SwProduct("Dattel-Balsam Essig", "SW10159", 7.40, None, 0.25, L, 1, (), False),
    SwProduct("Macadamiaöl Australien", "SW10163", 15.90, None, 0.25, L, 1, (), False),
    SwProduct("Olivenöl Nativ Extra Kreta PDO", "SW10166", 12.90, None, 0.75, L, 1, (), True),
    SwProduct("Gewürzsalz für Dips zu Olivenöl", "SW10170", 4.40, None, 80, G, 100, ("Neu",), False),
    SwProduct("Mohnöl aus dem Waldviertel", "SW10174", 18.90, None, 0.1, L, 1, (), False),
]
SW_SIZES = [12, 12, 7]
SW_BASE = "/Feinkost/Oele-Essig/"


def _sw_badges(p: SwProduct) -> list[str]:
    """The badge texts in the order the theme prints them: discount, top seller, new."""
    out = ["%"] if p.list_price else []
    out += [b for b in ("Tipp", "Neu") if b in p.badges]
    return out


def _sw_box(p: SwProduct, *, lazy: bool = True) -> str:
    pid = _hex(p.number, 32)
    badges = []
    if p.list_price:
        badges.append('<div class="badge bg-danger badge-discount"><span>%</span></div>')
    if "Tipp" in p.badges:
        badges.append('<div class="badge bg-warning badge-topseller"><strong>Tipp</strong></div>')
    if "Neu" in p.badges:
        badges.append('<div class="badge bg-success badge-new">Neu</div>')
    image = f"https://feinkostwerk.example/media/{_hex(p.number + 'img', 2)}/{_hex(p.number + 'dir', 2)}/{_hex(p.number + 'f', 2)}/{slug(p.name)}_400x400.jpg"
    unit = ""
    if p.content is not None:
        unit = (
            '<div class="product-price-unit">'
            '<span class="product-unit-label">Inhalt:</span> '
            f'<span class="price-unit-content">{esc(p.shown_content)}</span> '
            f'<span class="price-unit-reference">({esc(_eur(p.unit_price or 0))}* / {p.reference} {esc(p.unit)})</span>'
            "</div>"
        )
    if p.list_price:
        price = (
            f'<span class="product-price with-list-price">{esc(_eur(p.price))}*'
            '<span class="list-price list-price-no-line-through">Statt '
            f'<span class="list-price-price">{esc(_eur(p.list_price))}*</span> '
            f'<span class="list-price-percentage">({p.percentage:g}% gespart)</span></span></span>'
        )
    elif p.from_price:
        price = f'<span class="product-price">ab {esc(_eur(p.price))}*</span>'
    else:
        price = f'<span class="product-price">{esc(_eur(p.price))}*</span>'
    if p.from_price or not p.available:
        action = f'<div class="d-grid"><a href="{esc(p.url)}" class="btn btn-light btn-detail" title="{esc(p.name)}">Details</a></div>'
    else:
        action = f"""<form action="/checkout/line-item/add" method="post" class="buy-widget" data-add-to-cart="true">
          <input type="hidden" name="redirectTo" value="frontend.cart.offcanvas">
          <input type="hidden" name="lineItems[{pid}][id]" value="{pid}">
          <input type="hidden" name="lineItems[{pid}][referencedId]" value="{pid}">
          <input type="hidden" name="lineItems[{pid}][type]" value="product">
          <input type="hidden" name="lineItems[{pid}][stackable]" value="1">
          <input type="hidden" name="lineItems[{pid}][removable]" value="1">
          <input type="hidden" name="lineItems[{pid}][quantity]" value="1">
          <input type="hidden" name="product-name" value="{esc(p.name)}">
          <div class="d-grid"><button class="btn btn-buy" title="In den Warenkorb">In den Warenkorb</button></div>
        </form>"""
    delivery = (
        ""
        if p.available
        else '<p class="delivery-information delivery-soldout"><span class="delivery-status-indicator bg-danger"></span> Nicht mehr verfügbar</p>'
    )
    loading = ' loading="lazy"' if lazy else ""
    return f"""<div class="card product-box box-standard">
  <div class="card-body">
    <div class="product-badges">{"".join(badges)}</div>
    <div class="product-image-wrapper">
      <a href="{esc(p.url)}" title="{esc(p.name)}" class="product-image-link is-standard">
        <img src="{image}" srcset="{image.replace("_400x400", "_800x800")} 800w, {image} 400w" sizes="(min-width: 1200px) 284px, (min-width: 992px) 300px, 50vw" class="product-image is-standard" alt="{esc(p.name)}" title="{esc(p.name)}"{loading}>
      </a>
      <div class="product-wishlist"><button class="product-wishlist-{pid} product-wishlist-action-circle product-wishlist-not-added product-wishlist-loading" title="Zum Merkzettel hinzufügen" data-add-to-wishlist="true" data-add-to-wishlist-options='{{"productId":"{pid}","router":{{"add":{{"afterLoginPath":"/wishlist/add-after-login/{pid}","path":"/wishlist/add/{pid}"}},"remove":{{"path":"/wishlist/remove/{pid}"}}}}}}'><span class="icon icon-heart icon-wishlist icon-wishlist-not-added"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><use xlink:href="#icons-default-heart"/></svg></span></button></div>
    </div>
    <div class="product-info">
      <a href="{esc(p.url)}" class="product-name" title="{esc(p.name)}">{esc(p.name)}</a>
      <div class="product-variant-characteristics"><div class="product-variant-characteristics-text"></div></div>
      <div class="product-price-info">
        {unit}
        <div class="product-price-wrapper">{price}</div>
      </div>
      {delivery}
      <div class="product-action">
        {action}
      </div>
    </div>
  </div>
</div>"""


def _sw_href(number: int) -> str:
    return f"{SW_BASE}?p={number}"


def _sw_pagination(number: int, total: int) -> str:
    def item(css: str, target: int, label: str, aria: str, disabled: bool) -> str:
        if disabled:
            return (
                f'<li class="page-item {css} disabled"><span class="page-link" aria-hidden="true">{label}</span></li>'
            )
        return f'<li class="page-item {css}"><a href="?p={target}" class="page-link" data-page="{target}" aria-label="{aria}">{label}</a></li>'

    arrows = {
        "first": '<span class="icon icon-arrow-medium-double-left icon-fluid"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><use xlink:href="#icons-solid-arrow-medium-double-left"/></svg></span>',
        "prev": '<span class="icon icon-arrow-medium-left icon-fluid"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><use xlink:href="#icons-solid-arrow-medium-left"/></svg></span>',
        "next": '<span class="icon icon-arrow-medium-right icon-fluid"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><use xlink:href="#icons-solid-arrow-medium-right"/></svg></span>',
        "last": '<span class="icon icon-arrow-medium-double-right icon-fluid"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><use xlink:href="#icons-solid-arrow-medium-double-right"/></svg></span>',
    }
    parts = [
        item("page-first", 1, arrows["first"], "Erste Seite", number == 1),
        item("page-prev", number - 1, arrows["prev"], "Vorherige Seite", number == 1),
    ]
    for n in range(1, total + 1):
        if n == number:
            parts.append(f'<li class="page-item active" aria-current="page"><span class="page-link">{n}</span></li>')
        else:
            parts.append(
                f'<li class="page-item"><a href="?p={n}" class="page-link" data-page="{n}" aria-label="Seite {n}">{n}</a></li>'
            )
    parts += [
        item("page-next", number + 1, arrows["next"], "Nächste Seite", number == total),
        item("page-last", total, arrows["last"], "Letzte Seite", number == total),
    ]
    return (
        f'<nav aria-label="Seitennavigation" class="pagination-nav"><ul class="pagination">{"".join(parts)}</ul></nav>'
    )


def _sw_page(number: int, total: int, products: list[SwProduct]) -> str:
    cols = "".join(
        f'<div class="cms-listing-col col-sm-6 col-lg-4 col-xl-3">{_sw_box(p, lazy=i > 3)}</div>'
        for i, p in enumerate(products)
    )
    slider_items = "".join(
        f'<div class="product-slider-item">{_sw_box(p)}</div>'
        for p in (SW_PRODUCTS[2], SW_PRODUCTS[11], SW_PRODUCTS[21], SW_PRODUCTS[16])
    )
    pager = _sw_pagination(number, total)
    nav_cats = "".join(
        f'<li class="navigation-offcanvas-list-item"><a class="nav-link nav-item-{_hex(c, 8)}{" is-active" if c == "Öle & Essig" else ""}" href="/Feinkost/{_seo(c)}/" title="{esc(c)}">{esc(c)}</a></li>'
        for c in ("Antipasti", "Gewürze & Salze", "Öle & Essig", "Pasta & Reis", "Saucen & Pesto", "Süßes & Gebäck")
    )
    producers = "".join(
        f'<li class="filter-multi-select-list-item"><div class="form-check"><input type="checkbox" class="form-check-input filter-multi-select-checkbox" id="{_hex(m, 32)}" data-label="{esc(m)}"><label class="filter-multi-select-item-label form-check-label" for="{_hex(m, 32)}">{esc(m)}</label></div></li>'
        for m in ("Ölmühle Wendland", "Casa Oliva", "Gölles", "Acetaia Ferrari", "Feinkost Werk Eigenmarke")
    )
    title = "Öle &amp; Essig | Feinkost Werk"
    return f"""<!DOCTYPE html>
<html lang="de-DE" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="author" content="">
<meta name="robots" content="index,follow">
<meta name="revisit-after" content="15 days">
<meta name="keywords" content="">
<meta name="description" content="Native Olivenöle, Kürbiskernöl aus der Steiermark, Balsamico aus Modena und feine Essige – direkt von kleinen Erzeugern.">
<meta property="og:type" content="product.group">
<meta property="og:site_name" content="Feinkost Werk">
<meta property="og:title" content="Öle &amp; Essig">
<meta property="og:url" content="https://feinkostwerk.example{SW_BASE}">
<meta name="theme-color" content="#fff">
<link rel="shortcut icon" href="https://feinkostwerk.example/media/fa/1b/fe/favicon.png">
<link rel="canonical" href="https://feinkostwerk.example{SW_BASE}{"" if number == 1 else f"?p={number}"}">
<title itemprop="name">{title}</title>
<link rel="stylesheet" href="https://feinkostwerk.example/theme/{_hex("theme", 32)}/css/all.css?1740398211">
<script>window.features = {{"V6_7_0_0":false,"ACCESSIBILITY_TWEAKS":true,"FEATURE_NEXT_1":false}};</script>
<script>window.activeNavigationId = '{_hex("oele-essig", 32)}'; window.router = {{"frontend.cart.offcanvas":"/checkout/offcanvas","frontend.cookie.offcanvas":"/cookie/offcanvas","frontend.checkout.finish.page":"/checkout/finish","frontend.checkout.info":"/widgets/checkout/info","frontend.menu.offcanvas":"/widgets/menu/offcanvas","frontend.cms.page":"/widgets/cms","frontend.cms.navigation.page":"/widgets/cms/navigation","frontend.account.addressbook":"/widgets/account/address-book","frontend.country.country-data":"/country/country-state-data","frontend.app-system.generate-token":"/app-system/Placeholder/generate-token"}}; window.salesChannelId = '{_hex("sc", 32)}'; window.breakpoints = {{"xs":0,"sm":576,"md":768,"lg":992,"xl":1200,"xxl":1400}}; window.customerLoggedInState = 0; window.wishlistEnabled = 1;</script>
<script type="text/javascript" src="https://feinkostwerk.example/theme/{_hex("theme", 32)}/js/storefront/storefront.js?1740398211" defer></script>
</head>
<body class="is-ctl-navigation is-act-index">
<div class="skip-to-content bg-primary-subtle text-primary-emphasis visually-hidden-focusable overflow-hidden"><div class="container d-flex justify-content-center"><a href="#content-main" class="skip-to-content-link d-inline-flex text-decoration-underline m-1 p-2 fw-bold gap-2">Zum Hauptinhalt springen</a></div></div>
<noscript class="noscript-main"><div role="alert" aria-live="polite" class="alert alert-info d-flex align-items-center"><div class="alert-content-container"><div class="alert-content">Um unseren Shop in vollem Umfang nutzen zu können, empfehlen wir Ihnen Javascript in Ihrem Browser zu aktivieren.</div></div></div></noscript>
<header class="header-main">
  <div class="container">
    <div class="top-bar d-none d-lg-block">
      <nav class="top-bar-nav" aria-label="Shop-Einstellungen">
        <div class="top-bar-nav-item top-bar-language"><form method="post" action="/checkout/language" class="language-form"><div class="languages-menu dropdown"><button class="btn dropdown-toggle top-bar-nav-btn" type="button" id="languagesDropdown-top-bar" data-bs-toggle="dropdown" aria-haspopup="true" aria-expanded="false" aria-label="Sprache ändern (Deutsch ist die aktuelle Sprache)"><span class="top-bar-list-icon language-flag country-de language-de"></span><span class="top-bar-nav-text">Deutsch</span></button><ul class="top-bar-list dropdown-menu dropdown-menu-end" aria-label="Verfügbare Sprachen"><li class="top-bar-list-item dropdown-item item-checked active"><label class="top-bar-list-label" for="top-bar-de"><input id="top-bar-de" class="top-bar-list-radio" value="de" name="languageId" type="radio" checked> Deutsch</label></li><li class="top-bar-list-item dropdown-item"><label class="top-bar-list-label" for="top-bar-en"><input id="top-bar-en" class="top-bar-list-radio" value="en" name="languageId" type="radio"> English</label></li></ul></div></form></div>
        <div class="top-bar-nav-item top-bar-currency"><form method="post" action="/checkout/configure" class="currency-form"><div class="currencies-menu dropdown"><button class="btn dropdown-toggle top-bar-nav-btn" type="button" id="currenciesDropdown-top-bar" data-bs-toggle="dropdown" aria-haspopup="true" aria-expanded="false" aria-label="Währung ändern (Euro ist die aktuelle Währung)"><span aria-hidden="true">€</span><span class="top-bar-nav-text">Euro</span></button><ul class="top-bar-list dropdown-menu dropdown-menu-end"><li class="top-bar-list-item dropdown-item item-checked active">€ Euro</li><li class="top-bar-list-item dropdown-item">CHF Schweizer Franken</li></ul></div></form></div>
      </nav>
    </div>
    <div class="row align-items-center header-row">
      <div class="col-12 col-lg-auto header-logo-col"><div class="header-logo-main"><a class="header-logo-main-link" href="/" title="Zur Startseite gehen"><picture class="header-logo-picture d-block m-auto"><img src="https://feinkostwerk.example/media/2c/9a/41/logo-feinkostwerk.svg" alt="Zur Startseite gehen" class="img-fluid header-logo-main-img"></picture></a></div></div>
      <div class="col-12 order-2 col-sm order-sm-1 header-search-col"><div class="row"><div class="col"><div class="collapse" id="searchCollapse"><div class="header-search my-2 m-sm-auto"><form action="/search" method="get" data-search-widget="true" data-url="/suggest?search=" class="header-search-form" role="search"><div class="input-group"><input type="search" id="header-main-search-input" name="search" class="form-control header-search-input" autocomplete="off" autocapitalize="off" placeholder="Suchbegriff eingeben ..." aria-label="Suchbegriff eingeben ..." value=""><button type="submit" class="btn header-search-btn" aria-label="Suchen"><span class="header-search-icon"><span class="icon icon-search"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><use xlink:href="#icons-default-search"/></svg></span></span></button></div></form></div></div></div></div></div>
      <div class="col-12 order-1 col-sm-auto order-sm-2 header-actions-col"><div class="row g-0">
        <div class="col-auto"><div class="header-wishlist"><a class="btn header-wishlist-btn header-actions-btn" href="/wishlist" title="Merkzettel" aria-label="Merkzettel"><span class="header-wishlist-icon"><span class="icon icon-heart"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><use xlink:href="#icons-default-heart"/></svg></span></span><span class="badge bg-primary header-wishlist-badge" id="wishlist-basket" data-wishlist-storage="true"></span></a></div></div>
        <div class="col-auto"><div class="account-menu"><div class="dropdown"><button class="btn account-menu-btn header-actions-btn" type="button" id="accountWidget" data-account-menu="true" data-bs-toggle="dropdown" aria-haspopup="true" aria-expanded="false" aria-label="Ihr Konto" title="Ihr Konto"><span class="icon icon-avatar"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><use xlink:href="#icons-default-avatar"/></svg></span></button><div class="dropdown-menu dropdown-menu-end account-menu-dropdown js-account-menu-dropdown" aria-labelledby="accountWidget"><div class="account-menu-header">Ihr Konto</div><div class="account-menu-login"><a href="/account/login" title="Anmelden" class="btn btn-primary account-menu-login-button">Anmelden</a><div class="account-menu-register">oder <a href="/account/login" title="Registrieren">registrieren</a></div></div></div></div></div></div>
        <div class="col-auto"><div class="header-cart" data-off-canvas-cart="true"><a class="btn header-cart-btn header-actions-btn" href="/checkout/cart" data-cart-widget="true" title="Warenkorb" aria-labelledby="cart-widget-aria-label" aria-haspopup="true"><span class="header-cart-icon"><span class="icon icon-bag"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><use xlink:href="#icons-default-bag"/></svg></span></span><span class="header-cart-total d-none d-sm-inline-block ms-sm-2">0,00{NBSP}€*</span><span class="visually-hidden" id="cart-widget-aria-label">Warenkorb enthält 0 Positionen. Der Gesamtwert beträgt 0,00{NBSP}€.</span></a></div></div>
      </div></div>
    </div>
  </div>
</header>
<div class="nav-main">
  <div class="main-navigation" id="mainNavigation" data-flyout-menu="true"><div class="container"><nav class="nav main-navigation-menu" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement" aria-label="Hauptnavigation">
    <a class="nav-link main-navigation-link nav-item-{_hex("home", 32)} home-link" href="/" itemprop="url" title="Startseite"><div class="main-navigation-link-text"><span itemprop="name">Startseite</span></div></a>
    <a class="nav-link main-navigation-link active" href="/Feinkost/" itemprop="url" data-flyout-menu-trigger="{_hex("feinkost", 32)}" title="Feinkost"><div class="main-navigation-link-text"><span itemprop="name">Feinkost</span></div></a>
    <a class="nav-link main-navigation-link" href="/Wein-Spirituosen/" itemprop="url" title="Wein &amp; Spirituosen"><div class="main-navigation-link-text"><span itemprop="name">Wein &amp; Spirituosen</span></div></a>
    <a class="nav-link main-navigation-link" href="/Geschenke/" itemprop="url" title="Geschenke"><div class="main-navigation-link-text"><span itemprop="name">Geschenke</span></div></a>
    <a class="nav-link main-navigation-link" href="/Angebote/" itemprop="url" title="Angebote"><div class="main-navigation-link-text"><span itemprop="name">Angebote</span></div></a>
    <a class="nav-link main-navigation-link" href="/Erzeuger/" itemprop="url" title="Unsere Erzeuger"><div class="main-navigation-link-text"><span itemprop="name">Unsere Erzeuger</span></div></a>
  </nav></div></div>
</div>
<main class="content-main" id="content-main">
  <div class="flashbags container"></div>
  <div class="container-main">
    <div class="breadcrumb cms-breadcrumb container"><nav aria-label="breadcrumb"><ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">
      <li class="breadcrumb-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/Feinkost/" class="breadcrumb-link" title="Feinkost" itemprop="item"><link itemprop="url" href="/Feinkost/"><span class="breadcrumb-title" itemprop="name">Feinkost</span></a><meta itemprop="position" content="1"></li>
      <div class="breadcrumb-placeholder" aria-hidden="true"><span class="icon icon-arrow-medium-right icon-fluid"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><use xlink:href="#icons-solid-arrow-medium-right"/></svg></span></div>
      <li class="breadcrumb-item" aria-current="page" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{SW_BASE}" class="breadcrumb-link is-active" title="Öle &amp; Essig" itemprop="item"><link itemprop="url" href="{SW_BASE}"><span class="breadcrumb-title" itemprop="name">Öle &amp; Essig</span></a><meta itemprop="position" content="2"></li>
    </ol></nav></div>
    <div class="cms-page">
      <div class="cms-sections">
        <div class="cms-section pos-0 cms-section-default" style=""><div class="cms-section-default boxed"><div class="cms-block pos-0 cms-block-image-text"><div class="cms-block-container" style="padding: 20px 0 20px 0;"><div class="cms-block-container-row row cms-row">
          <div class="col-md-6" data-cms-element-id="{_hex("img", 32)}"><div class="cms-element-image"><div class="cms-image-container is-standard"><img src="https://feinkostwerk.example/media/8e/07/c3/oele-essig-header.jpg" class="cms-image" alt="Olivenhain bei Chania" title="Olivenhain bei Chania" loading="eager"></div></div></div>
          <div class="col-md-6" data-cms-element-id="{_hex("txt", 32)}"><div class="cms-element-text"><h1>Öle &amp; Essig</h1><p>Unsere Öle kommen aus kleinen Mühlen, die wir persönlich besucht haben: Koroneiki aus Kreta, Kürbiskernöl aus der Steiermark, Rapsöl aus dem Wendland. Dazu Balsamico aus Modena, Sherry-Essig aus Jerez und Fruchtessige aus eigener Herstellung.</p><p>Versandkostenfrei ab 49 € innerhalb Deutschlands.</p></div></div>
        </div></div></div>
        <div class="cms-block pos-1 cms-block-product-slider"><div class="cms-block-container" style="padding: 20px 0 20px 0;"><div class="cms-block-container-row row cms-row"><div class="col-12" data-cms-element-id="{_hex("slider", 32)}">
          <div class="cms-element-product-slider" data-product-slider="true" data-product-slider-options='{{"productboxMinWidth":"300px","slider":{{"gutter":30,"autoplayButtonOutput":false,"nav":false,"mouseDrag":false,"controls":true,"autoplay":false}}}}'>
            <div class="cms-element-title"><p class="cms-element-title-paragraph">Topseller dieser Woche</p></div>
            <div class="base-slider product-slider has-nav"><div class="product-slider-container" data-product-slider-container="true">{slider_items}</div>
              <div class="product-slider-controls-container"><div class="base-slider-controls" data-product-slider-controls="true"><button class="base-slider-controls-prev product-slider-controls-prev is-nav-prev-inside" aria-label="Vorheriges Produkt"><span class="icon icon-arrow-head-left"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><use xlink:href="#icons-default-arrow-head-left"/></svg></span></button><button class="base-slider-controls-next product-slider-controls-next is-nav-next-inside" aria-label="Nächstes Produkt"><span class="icon icon-arrow-head-right"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><use xlink:href="#icons-default-arrow-head-right"/></svg></span></button></div></div>
            </div>
          </div>
        </div></div></div></div>
        </div></div>
        <div class="cms-section pos-1 cms-section-sidebar" style=""><div class="cms-section-sidebar cms-section-sidebar-mobile-wrap boxed row">
          <div class="cms-section-sidebar-sidebar-content col-lg-4 col-xl-3">
            <div class="cms-block pos-0 cms-block-category-navigation"><div class="cms-block-container"><div class="cms-element-category-navigation"><div class="category-navigation-box"><ul class="category-navigation level-0"><li class="category-navigation-entry"><a class="category-navigation-link in-path" href="/Feinkost/">Feinkost</a><ul class="category-navigation level-1">{nav_cats.replace("navigation-offcanvas-list-item", "category-navigation-entry")}</ul></li></ul></div></div></div></div>
            <div class="cms-block pos-1 cms-block-sidebar-filter"><div class="cms-block-container"><div class="cms-element-sidebar-filter"><button class="btn btn-outline-primary filter-panel-wrapper-toggle" type="button" data-off-canvas-filter="true" aria-haspopup="true" aria-expanded="false">Filter</button>
              <div id="filter-panel-wrapper" class="filter-panel-wrapper" data-off-canvas-filter-content="true"><div class="filter-panel filter-panel-sidebar">
                <div class="filter-panel-items-container">
                  <div class="filter-multi-select filter-multi-select-manufacturer filter-panel-item dropdown" data-filter-multi-select="true" data-filter-multi-select-options='{{"name":"manufacturer","snippets":{{"disabledFilterText":"Filter nicht verfügbar"}}}}'><button class="filter-panel-item-toggle btn" aria-expanded="false" data-bs-toggle="dropdown" data-boundary="viewport" data-bs-offset="0,8" aria-haspopup="true">Hersteller<span class="icon icon-arrow-medium-down icon-xs icon-filter-panel-item-toggle"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><use xlink:href="#icons-solid-arrow-medium-down"/></svg></span></button><div class="filter-multi-select-dropdown filter-panel-item-dropdown dropdown-menu"><ul class="filter-multi-select-list">{producers}</ul></div></div>
                  <div class="filter-range filter-panel-item dropdown" data-filter-range="true" data-filter-range-options='{{"name":"price","minKey":"min-price","maxKey":"max-price","lowerBound":0,"unit":"€","currencySymbol":"€"}}'><button class="filter-panel-item-toggle btn" aria-expanded="false" data-bs-toggle="dropdown" aria-haspopup="true">Preis</button><div class="filter-range-dropdown filter-panel-item-dropdown dropdown-menu"><div class="filter-range-container"><label class="filter-range-min">min<div class="input-group"><input class="form-control min-input" type="number" name="min-price" min="0" max="54"><span class="input-group-text">€</span></div></label><label class="filter-range-max">max<div class="input-group"><input class="form-control max-input" type="number" name="max-price" min="0" max="54"><span class="input-group-text">€</span></div></label></div></div></div>
                  <div class="filter-boolean filter-panel-item" data-filter-boolean="true" data-filter-boolean-options='{{"name":"shipping-free"}}'><div class="form-check"><input type="checkbox" class="filter-boolean-input form-check-input" name="shipping-free" id="shipping-free" value="1"><label for="shipping-free" class="filter-boolean-label custom-control-label">Versandkostenfrei</label></div></div>
                  <div class="filter-rating-select filter-panel-item dropdown" data-filter-rating-select="true"><button class="filter-panel-item-toggle btn" aria-expanded="false" data-bs-toggle="dropdown" aria-haspopup="true">Bewertung</button></div>
                </div>
                <div class="filter-panel-active-container"></div>
              </div></div>
            </div></div></div>
          </div>
          <div class="cms-section-sidebar-main-content col-lg-8 col-xl-9">
            <div class="cms-block pos-2 cms-block-product-listing"><div class="cms-block-container"><div class="cms-block-container-row row cms-row"><div class="col-12" data-cms-element-id="{_hex("listing", 32)}">
              <div class="cms-element-product-listing-wrapper" data-listing-pagination="true" data-listing-pagination-options='{{"page":{number}}}' data-listing="true" data-listing-options='{{"dataUrl":"\\/widgets\\/cms\\/navigation\\/{_hex("oele-essig", 32)}","filterUrl":"\\/widgets\\/cms\\/navigation\\/{_hex("oele-essig", 32)}\\/filter","params":{{"slots":"{_hex("listing", 32)}","no-aggregations":1}},"filterPanelSelector":".filter-panel","cmsProductListingSelector":".cms-element-product-listing","cmsProductListingWrapperSelector":".cms-element-product-listing-wrapper","snippets":{{"resetAllButtonText":"Alle zur\\u00fccksetzen"}},"scrollTopListingWrapper":true,"scrollOffset":15}}'>
                <div class="cms-element-product-listing">
                  <div class="cms-element-product-listing-actions row justify-content-between">
                    <div class="col-md-auto">{pager}</div>
                    <div class="col-md-auto"><div class="sorting" data-listing-sorting="true" data-listing-sorting-options='{{"sorting":"topseller"}}'><label class="sorting-label" for="sorting-{_hex("sort", 8)}">Sortierung</label><select class="sorting form-select" id="sorting-{_hex("sort", 8)}" aria-label="Sortierung"><option value="name-asc">Name A-Z</option><option value="name-desc">Name Z-A</option><option value="price-asc">Preis aufsteigend</option><option value="price-desc">Preis absteigend</option><option value="topseller" selected>Topseller</option></select></div></div>
                  </div>
                  <div class="row cms-listing-row js-listing-wrapper" role="list">{cols}</div>
                  <div class="cms-element-product-listing-actions row justify-content-between"><div class="col-md-auto">{pager}</div></div>
                </div>
              </div>
            </div></div></div></div>
          </div>
        </div></div>
      </div>
    </div>
  </div>
</main>
<footer class="footer-main">
  <div class="container">
    <div id="footerColumns" class="row footer-columns" data-collapse-footer="true" role="list">
      <div class="col-md-4 footer-column js-footer-column"><div class="footer-column-headline footer-headline js-footer-column-headline">Service-Hotline</div><div class="footer-column-content collapse js-footer-column-content footer-contact"><div class="footer-column-content-inner"><p class="footer-contact-hotline">Unterstützung und Beratung unter:<br><a href="tel:+4951189321700" class="footer-contact-hotline-link">0511 893217-00</a><br>Mo-Fr, 09:00 - 17:00 Uhr</p></div><div class="footer-contact-form">Oder über unser <a href="/kontaktformular" title="Kontaktformular">Kontaktformular</a>.</div></div></div>
      <div class="col-md-4 footer-column js-footer-column"><div class="footer-column-headline footer-headline js-footer-column-headline">Informationen</div><div class="footer-column-content collapse js-footer-column-content"><div class="footer-column-content-inner"><ul class="list-unstyled"><li class="footer-link-item"><a class="footer-link" href="/Versand-und-Zahlung/">Versand und Zahlung</a></li><li class="footer-link-item"><a class="footer-link" href="/Widerrufsrecht/">Widerrufsrecht</a></li><li class="footer-link-item"><a class="footer-link" href="/Datenschutz/">Datenschutz</a></li><li class="footer-link-item"><a class="footer-link" href="/AGB/">AGB</a></li><li class="footer-link-item"><a class="footer-link" href="/Impressum/">Impressum</a></li></ul></div></div></div>
      <div class="col-md-4 footer-column js-footer-column"><div class="footer-column-headline footer-headline js-footer-column-headline">Newsletter</div><div class="footer-column-content collapse js-footer-column-content"><form action="/widgets/account/newsletter" method="post" class="cms-element-newsletter-form"><p>Rezepte, neue Ernten und Angebote – einmal im Monat.</p><input type="email" name="email" class="form-control" placeholder="E-Mail-Adresse ..." required><button type="submit" class="btn btn-primary">Abonnieren</button></form></div></div>
    </div>
    <div class="footer-bottom"><div class="footer-vat"><p>* Alle Preise inkl. gesetzl. Mehrwertsteuer zzgl. <a data-ajax-modal="true" data-url="/widgets/cms/{_hex("shipping", 32)}" href="/widgets/cms/{_hex("shipping", 32)}" title="Versandkosten">Versandkosten</a> und ggf. Nachnahmegebühren, wenn nicht anders angegeben.</p></div><div class="footer-copyright">Realisiert mit Shopware</div></div>
  </div>
</footer>
<div class="cookie-permission-container" data-cookie-permission="true"><div class="container"><div class="row align-items-center"><div class="col cookie-permission-content">Diese Website verwendet Cookies, um eine bestmögliche Erfahrung bieten zu können. <a data-ajax-modal="true" data-url="/widgets/cms/{_hex("privacy", 32)}" href="/widgets/cms/{_hex("privacy", 32)}" title="Mehr Informationen">Mehr Informationen ...</a></div><div class="col-12 col-md-auto d-flex justify-content-center cookie-permission-actions"><span class="cookie-permission-button js-cookie-permission-button"><button type="submit" class="btn btn-outline-primary">Nur technisch notwendige</button></span><span class="js-cookie-configuration-button"><button type="submit" class="btn btn-outline-primary">Konfigurieren</button></span><span class="js-cookie-accept-all-button"><button type="submit" class="btn btn-primary">Alle Cookies akzeptieren</button></span></div></div></div></div>
<div class="scroll-up-container" data-scroll-up="true"><div class="scroll-up-button js-scroll-up-button"><button type="button" class="btn btn-primary" aria-label="Zum Seitenanfang springen"><span class="icon icon-arrow-up icon-primary"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><use xlink:href="#icons-default-arrow-up"/></svg></span></button></div></div>
</body>
</html>"""


@wave
def build_shopwerk() -> None:
    s = Site(
        "shopwerk",
        kind="product catalogue (Shopware 6 storefront 2024–25, German: div.cms-listing-row > div.cms-listing-col > div.card.product-box, a.product-name, 'Statt' list prices with '(23.26% gespart)', 'Inhalt: 0.5 Liter (19,80 €* / 1 Liter)' reference prices, '%' / 'Tipp' / 'Neu' badges, a Topseller product slider of the same boxes, ?p=N)",
        start=SW_BASE.lstrip("/"),
        description=(
            "A German delicatessen's category 'Öle & Essig' on the Shopware 6.6 storefront (Bootstrap 5 default theme, "
            "ACCESSIBILITY_TWEAKS pagination of links). Each product is div.cms-listing-col > div.card.product-box.box-standard with "
            "div.product-badges ('%' on discounted products, 'Tipp' top sellers, 'Neu'), div.product-image-wrapper (image link, "
            "wishlist button with JSON options), a.product-name, div.product-price-info holding 'Inhalt: 0.5 Liter' and the "
            "reference price '(19,80 €* / 1 Liter)' (no-break space before €, the content printed as a raw float), and "
            "span.product-price '9,90 €*' or, on discounted products, 'Statt 17,90 €*' + '(16.76% gespart)' inside it, or 'ab "
            "11,50 €*' on variant products; a buy-widget form (hidden lineItems inputs, 'In den Warenkorb') or a Details button "
            "on variant and sold-out products ('Nicht mehr verfügbar'); two products have no content / reference price. Noise: "
            "skip link, noscript alert, top bar language / currency dropdowns, header search / wishlist / account / cart '0,00 €*', "
            "main navigation, breadcrumb, an image-text CMS block with the h1 and an intro, a 'Topseller dieser Woche' product "
            "slider of four boxes with the same markup repeating listed products (on every page), a sidebar category navigation "
            "and filter panel (Hersteller, Preis, Versandkostenfrei, Bewertung), a Sortierung select, pagination above and "
            "below the grid (first / previous / numbers / next / last; ?p=N links, disabled spans), a footer with hotline, links, "
            "newsletter and the '* Alle Preise inkl. gesetzl. Mehrwertsteuer' note, a cookie permission bar. Written down: "
            "title, url, price, currency, original_price, discount (percent saved), content, unit_price (reference price), badges."
        ),
    )
    pages = chunks(SW_PRODUCTS, SW_SIZES)
    for number, products in enumerate(pages, 1):
        html_page = _sw_page(number, len(pages), products)
        if number == 1:
            s.list_page(SW_BASE.lstrip("/") + "index.html", html_page)
            s.write(SW_BASE.lstrip("/") + "@p=1", html_page)
        else:
            s.list_page(SW_BASE.lstrip("/") + f"@p={number}", html_page)
    for p in SW_PRODUCTS:
        s.expect(
            {
                "title": p.name,
                "url": p.url,
                "price": p.price,
                "currency": "EUR",
                "original_price": p.list_price,
                "discount": p.percentage,
                "content": p.shown_content if p.content is not None else None,
                "unit_price": p.unit_price,
                "badges": _sw_badges(p) or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# bigcorner (FROZEN): BigCommerce + Cornerstone 6.x, category "Coffee Brewing" of a US coffee-gear shop
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BcProduct:
    """One product card of the category grid."""

    pid: int
    name: str
    brand: str | None
    price: float
    was: float | None
    msrp: float | None
    stars: int | None
    options: bool = False

    @property
    def url(self) -> str:
        return f"/{slug(self.name)}/"


def _usd(amount: float) -> str:
    return f"${amount:,.2f}"


BC_PRODUCTS = [
    BcProduct(112, "V60 Ceramic Coffee Dripper Size 02", "Hario", 27.00, None, None, 5),
    BcProduct(87, "Chemex Classic 8-Cup Pour-Over Glass Coffeemaker", "Chemex", 49.95, None, None, 5),
    BcProduct(131, "AeroPress Original Coffee Press", "AeroPress", 39.95, None, None, 4),
    BcProduct(140, "Stagg EKG Electric Pour-Over Kettle", "Fellow", 149.00, 165.00, None, 5, options=True),
    BcProduct(96, "Encore ESP Conical Burr Grinder", "Baratza", 199.95, None, None, 4),
    BcProduct(152, "Kalita Wave 185 Stainless Steel Dripper", "Kalita", 34.00, None, 38.00, None),
    BcProduct(77, "French Press Coffee Maker 34 oz", "Bodum", 29.99, 39.99, None, 4, options=True),
    BcProduct(163, "Coffee Scale with Timer", "Hario", 52.00, None, None, 3),
    BcProduct(118, "Moka Express 6-Cup Stovetop Espresso Maker", "Bialetti", 44.99, None, None, 5),
    BcProduct(170, "Cold Brew Coffee Maker 1.5 Qt", "OXO", 34.99, None, None, None),
    BcProduct(174, "Gooseneck Stovetop Kettle 1L", None, 24.50, 32.00, None, 4),
    BcProduct(181, "Unbleached Paper Filters #4 (100 Count)", "Melitta", 6.49, None, None, 5),
    BcProduct(185, "Clever Coffee Dripper Large", "Clever", 25.99, None, None, 4),
    BcProduct(190, "Ode Brew Grinder Gen 2", "Fellow", 345.00, None, None, 5),
    BcProduct(193, "Siphon Coffee Maker TCA-3", "Hario", 89.00, 109.00, None, None),
    BcProduct(198, "Glass Coffee Server 600ml", "Hario", 21.00, None, None, 4),
    BcProduct(201, "Brewista Smart Scale II", "Brewista", 64.95, None, 79.95, 3),
    BcProduct(205, "Pour-Over Brewing Stand Walnut", None, 58.00, None, None, None),
    BcProduct(209, "Mazzer-Style Knock Box", "Rhinowares", 27.50, None, None, 4),
    BcProduct(214, "Precision Brewer Thermal Coffee Maker", "Breville", 299.95, 349.95, None, 4),
    BcProduct(218, "Hand Grinder Comandante C40 MK4", "Comandante", 275.00, None, None, 5, options=True),
    BcProduct(221, "Reusable Stainless Mesh Filter for Chemex", "Able Brewing", 59.00, None, None, 4),
    BcProduct(226, "Travel Press 12 oz", "Espro", 34.95, None, None, 3),
    BcProduct(230, "Turkish Coffee Pot Copper Cezve", None, 19.99, 26.99, None, 5),
    BcProduct(235, "Vacuum Canister 1.2L", "Airscape", 35.00, None, None, 5),
    BcProduct(239, "Kone Metal Filter", "Able Brewing", 49.00, None, 54.00, None),
    BcProduct(242, "Drip Brewer Cleaning Tablets (15 Pack)", "Urnex", 12.99, None, None, 4),
    BcProduct(246, "Tamper 58mm Calibrated", "Normcore", 42.00, None, None, 4),
    BcProduct(250, "Japanese Iced Coffee Maker", "Hario", 38.00, None, None, None),
    BcProduct(253, "Milk Frother Handheld", None, 14.99, 19.99, None, 3),
    BcProduct(258, "Cupping Spoon Set of 2", "Umeshiso", 18.00, None, None, None),
    BcProduct(261, "Espresso Shot Glass 3 oz Double", "Fellow", 16.00, None, None, 5),
    BcProduct(266, "Brewing Starter Kit Gift Box", None, 89.00, 112.00, None, 5),
]
BC_SIZES = [12, 12, 9]
BC_BASE = "/kitchen/coffee-brewing/"
BC_IMG = "https://cdn11.bigcommerce.example/s-x7k2m9q4ab/images/stencil"


def _bc_label(p: BcProduct) -> str:
    """The aria-label Cornerstone writes on card links: name and the price text."""
    if p.was:
        return f"{p.name}, Was: {_usd(p.was)}, Now: {_usd(p.price)}"
    if p.msrp:
        return f"{p.name}, MSRP: {_usd(p.msrp)}, {_usd(p.price)}"
    return f"{p.name}, {_usd(p.price)}"


def _bc_card(p: BcProduct, position: int) -> str:
    image_id = p.pid * 3 + 11
    file = f"{slug(p.name).replace('-', '')[:18]}__{_hex(p.name, 5)}.{1700000000 + p.pid * 9137}.jpg"
    srcset = ", ".join(
        f"{BC_IMG}/{w}w/products/{p.pid}/{image_id}/{file}?c=1 {w}w" for w in (80, 160, 320, 640, 960, 1280)
    )
    sale = (
        '<div class="sale-flag-side sale-flag-side--custom"><span class="sale-text">Sale</span></div>' if p.was else ""
    )
    if p.options:
        button = f'<a href="{esc(p.url)}" data-event-type="product-click" class="button button--small card-figcaption-button" data-product-id="{p.pid}">Choose Options</a>'
    else:
        button = f'<a href="/cart.php?action=add&amp;product_id={p.pid}" data-event-type="product-click" data-button-type="add-cart" class="button button--small card-figcaption-button">Add to Cart</a><span class="product-status-message aria-description--hidden">The item has been added</span>'
    rrp_style = "" if p.msrp else ' style="display: none;"'
    was_style = "" if p.was else ' style="display: none;"'
    now_style = "" if p.was else ' style="display: none;"'
    rating = ""
    if p.stars is not None:
        icons = "".join(
            f'<span class="icon icon--rating{"Full" if i < p.stars else "Empty"}"><svg><use href="#icon-star" /></svg></span>'
            for i in range(5)
        )
        rating = (
            f'<p class="card-text" data-test-info-type="productRating"><span class="rating--small">{icons}</span></p>'
        )
    brand = f'<p class="card-text" data-test-info-type="brandName">{esc(p.brand)}</p>' if p.brand else ""
    label = esc(_bc_label(p))
    return f"""<li class="product">
    <article class="card" data-test="card-{p.pid}" data-event-type="list" data-entity-id="{p.pid}" data-position="{position}" data-name="{esc(p.name)}" data-product-category="Kitchen, Kitchen/Coffee Brewing" data-product-brand="{esc(p.brand or "")}" data-product-price="{p.price:g}">
        <figure class="card-figure">
            {sale}
            <a href="{esc(p.url)}" class="card-figure__link" aria-label="{label}" data-event-type="product-click">
                <div class="card-img-container">
                    <img src="{BC_IMG}/500x659/products/{p.pid}/{image_id}/{file}?c=1" alt="{esc(p.name)}" title="{esc(p.name)}" data-sizes="auto" srcset="{BC_IMG}/80w/products/{p.pid}/{image_id}/{file}?c=1" data-srcset="{srcset}" class="card-image lazyload">
                </div>
            </a>
            <figcaption class="card-figcaption">
                <div class="card-figcaption-body">
                    <a href="#" class="button button--small card-figcaption-button quickview" data-event-type="product-click" data-product-id="{p.pid}">Quick view</a>
                    <label class="button button--small card-figcaption-button" for="compare-{p.pid}">Compare <input type="checkbox" name="products[]" value="{p.pid}" id="compare-{p.pid}" data-compare-id="{p.pid}"></label>
                    {button}
                </div>
            </figcaption>
        </figure>
        <div class="card-body">
            {brand}
            <h3 class="card-title">
                <a aria-label="{label}" href="{esc(p.url)}" data-event-type="product-click">{esc(p.name)}</a>
            </h3>
            <div class="card-text" data-test-info-type="price">
                <div class="price-section price-section--withoutTax rrp-price--withoutTax"{rrp_style}>
                    <span>MSRP:</span>
                    <span data-product-rrp-price-without-tax class="price price--rrp">{_usd(p.msrp) if p.msrp else ""}</span>
                </div>
                <div class="price-section price-section--withoutTax non-sale-price--withoutTax"{was_style}>
                    <span>Was:</span>
                    <span data-product-non-sale-price-without-tax class="price price--non-sale">{_usd(p.was) if p.was else ""}</span>
                </div>
                <div class="price-section price-section--withoutTax">
                    <span class="price-label"></span>
                    <span class="price-now-label"{now_style}>Now:</span>
                    <span data-product-price-without-tax class="price price--withoutTax">{_usd(p.price)}</span>
                </div>
            </div>
            {rating}
        </div>
    </article>
</li>"""


def _bc_href(number: int) -> str:
    return f"{BC_BASE}?page={number}"


def _bc_pagination(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(
            f'<li class="pagination-item pagination-item--previous"><a class="pagination-link" href="{_bc_href(number - 1)}" data-faceted-search-facet aria-label="Previous"><i class="icon" aria-hidden="true"><svg><use href="#icon-chevron-left" /></svg></i> Previous</a></li>'
        )
    for n in range(1, total + 1):
        current = " pagination-item--current" if n == number else ""
        aria = ' aria-current="page"' if n == number else ""
        items.append(
            f'<li class="pagination-item{current}"><a class="pagination-link" href="{_bc_href(n)}" data-faceted-search-facet aria-label="Page {n} of {total}"{aria}>{n}</a></li>'
        )
    if number < total:
        items.append(
            f'<li class="pagination-item pagination-item--next"><a class="pagination-link" href="{_bc_href(number + 1)}" data-faceted-search-facet aria-label="Next">Next <i class="icon" aria-hidden="true"><svg><use href="#icon-chevron-right" /></svg></i></a></li>'
        )
    return f'<nav class="pagination" aria-label="pagination"><ul class="pagination-list">{"".join(items)}</ul></nav>'


def _bc_page(number: int, total: int, products: list[BcProduct], first: int) -> str:
    cards = "\n".join(_bc_card(p, first + i) for i, p in enumerate(products))
    brands = sorted({p.brand for p in BC_PRODUCTS if p.brand})
    brand_facets = "".join(
        f'<li class="navList-item"><a href="{BC_BASE}?brand={40 + i * 3}" class="navList-action navList-action--checkbox" rel="nofollow" data-faceted-search-facet>{esc(b)} <span>({sum(1 for p in BC_PRODUCTS if p.brand == b)})</span></a></li>'
        for i, b in enumerate(brands[:8])
    )
    bcdata = {
        "csrf_protection_token": _hex("csrf", 64),
        "product_attributes": {},
        "page_type": "category",
        "category": {"id": 41, "name": "Coffee Brewing", "page": number},
    }
    return f"""<!DOCTYPE html>
<html class="no-js" lang="en">
<head>
<title>Kitchen - Coffee Brewing - Cornerstone Coffee Supply</title>
<link rel="dns-prefetch preconnect" href="https://cdn11.bigcommerce.example/s-x7k2m9q4ab" crossorigin>
<meta name="keywords" content="pour over, coffee brewers, grinders, kettles">
<meta name="description" content="Pour-over drippers, French presses, grinders and kettles for better coffee at home.">
<link rel="canonical" href="https://www.cornerstonecoffeesupply.example{BC_BASE}{"" if number == 1 else f"?page={number}"}">
{f'<link rel="prev" href="https://www.cornerstonecoffeesupply.example{_bc_href(number - 1)}">' if number > 1 else ""}
{f'<link rel="next" href="https://www.cornerstonecoffeesupply.example{_bc_href(number + 1)}">' if number < total else ""}
<meta name="viewport" content="width=device-width, initial-scale=1">
<link data-stencil-stylesheet href="https://cdn11.bigcommerce.example/s-x7k2m9q4ab/stencil/0f1e7b20-4c55-013d-8d3e-0a6ab5b1c63e/e/7a6b3f80-1e3c-013d-b6a1-6e1b5a0f2c1d/css/theme-8c2f0a10-4c55-013d-8d3e-0a6ab5b1c63e.css" rel="stylesheet">
<script>window.consentManagerStoreConfig = function () {{ return {{ storeName: 'Cornerstone Coffee Supply', privacyPolicyUrl: '/privacy-policy/', writeKey: null, improvedConsentManagerEnabled: true, AlwaysIncludeScriptsWithConsentTag: true }}; }};</script>
<script>var BCData = {json.dumps(bcdata)};</script>
</head>
<body>
<svg data-src="https://cdn11.bigcommerce.example/s-x7k2m9q4ab/stencil/icons/icon-sprite.svg" class="icons-svg-sprite"></svg>
<a href="#main-content" class="skip-to-main-link">Skip to main content</a>
<div class="banners" data-banner-location="top"><div class="banner" data-event-type="promotion" data-entity-id="3" data-name="Free shipping" data-position="top" data-banner-id="Free shipping"><div data-event-type="promotion-click"><p>Free U.S. shipping on orders over $49 &mdash; <a href="/shipping-returns/">details</a></p></div></div></div>
<header class="header" role="banner">
    <nav class="navUser">
        <ul class="navUser-section navUser-section--alt">
            <li class="navUser-item"><a class="navUser-action navUser-item--compare" href="/compare" data-compare-nav aria-label="Compare">Compare <span class="countPill countPill--positive countPill--alt"></span></a></li>
            <li class="navUser-item"><a class="navUser-action navUser-action--quickSearch" href="#" data-search="quickSearch" aria-controls="quickSearch" aria-expanded="false">Search</a></li>
            <li class="navUser-item navUser-item--account"><a class="navUser-action" href="/login.php" aria-label="Sign in">Sign in</a> <span class="navUser-or">or</span> <a class="navUser-action" href="/login.php?action=create_account" aria-label="Register">Register</a></li>
            <li class="navUser-item navUser-item--cart"><a class="navUser-action" data-cart-preview data-dropdown="cart-preview-dropdown" data-options="align:right" href="/cart.php" aria-label="Cart with 0 items"><span class="navUser-item-cartLabel">Cart</span> <span class="countPill cart-quantity"></span></a></li>
        </ul>
    </nav>
    <div class="header-logo header-logo--center"><a href="/" class="header-logo__link" data-header-logo-link><div class="header-logo-image-container"><img class="header-logo-image" src="https://cdn11.bigcommerce.example/s-x7k2m9q4ab/images/stencil/250x100/ccs-logo_1703023344__91824.original.png" alt="Cornerstone Coffee Supply" title="Cornerstone Coffee Supply"></div></a></div>
    <div class="navPages-container" id="menu" data-menu>
        <nav class="navPages"><ul class="navPages-list">
            <li class="navPages-item"><a class="navPages-action" href="/coffee/" aria-label="Coffee">Coffee</a></li>
            <li class="navPages-item"><a class="navPages-action has-subMenu activePage" href="/kitchen/" data-collapsible="navPages-24" aria-label="Kitchen">Kitchen <i class="icon navPages-action-moreIcon" aria-hidden="true"><svg><use href="#icon-chevron-down" /></svg></i></a>
                <div class="navPage-subMenu" id="navPages-24" aria-hidden="true" tabindex="-1"><ul class="navPage-subMenu-list"><li class="navPage-subMenu-item"><a class="navPage-subMenu-action navPages-action" href="/kitchen/" aria-label="All Kitchen">All Kitchen</a></li><li class="navPage-subMenu-item"><a class="navPage-subMenu-action navPages-action activePage" href="{BC_BASE}" aria-label="Coffee Brewing">Coffee Brewing</a></li><li class="navPage-subMenu-item"><a class="navPage-subMenu-action navPages-action" href="/kitchen/espresso/" aria-label="Espresso">Espresso</a></li><li class="navPage-subMenu-item"><a class="navPage-subMenu-action navPages-action" href="/kitchen/tea/" aria-label="Tea">Tea</a></li></ul></div></li>
            <li class="navPages-item"><a class="navPages-action" href="/mugs-cups/" aria-label="Mugs &amp; Cups">Mugs &amp; Cups</a></li>
            <li class="navPages-item"><a class="navPages-action" href="/gift-cards/" aria-label="Gift Cards">Gift Cards</a></li>
            <li class="navPages-item navPages-item-page"><a class="navPages-action" href="/brewing-guides/" aria-label="Brewing Guides">Brewing Guides</a></li>
        </ul></nav>
    </div>
    <div class="dropdown dropdown--quickSearch" id="quickSearch" aria-hidden="true" data-prevent-quick-search-close><div class="container"><form class="form" data-url="/search.php" data-quick-search-form action="/search.php"><fieldset class="form-fieldset"><div class="form-field"><label class="is-srOnly" for="nav-quick-search">Search</label><input class="form-input" data-search-quick name="nav-quick-search" id="nav-quick-search" data-error-message="Search field cannot be empty." placeholder="Search the store" autocomplete="off"></div></fieldset></form><section class="quickSearchResults" data-bind="html: results"></section><p role="status" aria-live="polite" class="aria-description--hidden" data-search-aria-message-predefined-text="product results for"></p></div></div>
</header>
<div data-content-region="header_bottom--global"></div>
<main class="body" id="main-content" role="main" data-currency-code="USD">
<div class="container">
<nav aria-label="Breadcrumb"><ol class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
    <li class="breadcrumb" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a class="breadcrumb-label" itemprop="item" href="/"><span itemprop="name">Home</span></a><meta itemprop="position" content="1"></li>
    <li class="breadcrumb" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a class="breadcrumb-label" itemprop="item" href="/kitchen/"><span itemprop="name">Kitchen</span></a><meta itemprop="position" content="2"></li>
    <li class="breadcrumb is-active" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a class="breadcrumb-label" itemprop="item" href="{BC_BASE}" aria-current="page"><span itemprop="name">Coffee Brewing</span></a><meta itemprop="position" content="3"></li>
</ol></nav>
<h1 class="page-heading">Coffee Brewing</h1>
<div data-content-region="category_below_header"></div>
<div class="page">
    <aside class="page-sidebar" id="faceted-search-container">
        <nav>
            <div class="sidebarBlock"><h2 class="sidebarBlock-heading">Coffee Brewing</h2><ul class="navList"><li class="navList-item"><a class="navList-action" href="/kitchen/coffee-brewing/pour-over/" alt="Pour Over" title="Pour Over">Pour Over</a></li><li class="navList-item"><a class="navList-action" href="/kitchen/coffee-brewing/grinders/" alt="Grinders" title="Grinders">Grinders</a></li><li class="navList-item"><a class="navList-action" href="/kitchen/coffee-brewing/kettles/" alt="Kettles" title="Kettles">Kettles</a></li></ul></div>
            <div id="facetedSearch" class="facetedSearch sidebarBlock">
                <div class="facetedSearch-refineFilters sidebarBlock"><h2 class="sidebarBlock-heading">Refine by</h2><p>No filters applied</p></div>
                <div id="facetedSearch-navList" class="facetedSearch-navList blocker-container">
                    <div class="accordion accordion--navList">
                        <div class="accordion-block"><div class="accordion-navigation toggleLink is-open" role="button" data-collapsible="#facetedSearch-content--brand" aria-expanded="true"><h2 class="accordion-title">Brand</h2></div><div id="facetedSearch-content--brand" class="accordion-content is-open"><ul id="facetedSearch-navList--brand" class="navList" data-facet="brand" data-has-more-results="true">{brand_facets}</ul><a href="{BC_BASE}?facet=brand" data-show-more-facets="brand" class="toggleLink">Show More</a></div></div>
                        <div class="accordion-block"><div class="accordion-navigation toggleLink is-open" role="button" data-collapsible="#facetedSearch-content--price" aria-expanded="true"><h2 class="accordion-title">Price</h2></div><div id="facetedSearch-content--price" class="accordion-content is-open"><form id="facet-range-form" class="form" method="get" data-faceted-search-range novalidate><input type="hidden" name="search_query" value=""><fieldset class="form-fieldset"><div class="form-minMaxRow"><div class="form-field"><label class="is-srOnly" for="price_min">Min. Price</label><input name="price_min" id="price_min" value="0" type="number" class="form-input form-input--small" placeholder="Min."></div><div class="form-field"><label class="is-srOnly" for="price_max">Max. Price</label><input name="price_max" id="price_max" value="345" type="number" class="form-input form-input--small" placeholder="Max."></div><div class="form-field"><button class="button button--small" type="submit">Update</button></div></div></fieldset></form></div></div>
                        <div class="accordion-block"><div class="accordion-navigation toggleLink is-open" role="button" data-collapsible="#facetedSearch-content--rating" aria-expanded="true"><h2 class="accordion-title">Rating</h2></div><div id="facetedSearch-content--rating" class="accordion-content is-open"><ul class="navList" data-facet="rating"><li class="navList-item"><a href="{BC_BASE}?rating[min]=4" class="navList-action" rel="nofollow" data-faceted-search-facet>4 stars &amp; up</a></li><li class="navList-item"><a href="{BC_BASE}?rating[min]=3" class="navList-action" rel="nofollow" data-faceted-search-facet>3 stars &amp; up</a></li></ul></div></div>
                    </div>
                </div>
            </div>
        </nav>
    </aside>
    <div class="page-content" id="product-listing-container">
        <div data-content-region="category_above_products"><p class="category-description">Everything for manual brewing, from a $6 pack of filters to a grinder that will outlast your kitchen. Not sure where to start? Read our <a href="/brewing-guides/pour-over-101/">Pour-Over 101</a> guide.</p></div>
        <form class="actionBar" method="get" data-sort-by="product"><fieldset class="form-fieldset actionBar-section"><div class="form-field"><label class="form-label" for="sort">Sort By:</label><select class="form-select form-select--small" name="sort" id="sort" role="listbox"><option value="featured" selected>Featured Items</option><option value="newest">Newest Items</option><option value="bestselling">Best Selling</option><option value="alphaasc">A to Z</option><option value="alphadesc">Z to A</option><option value="avgcustomerreview">By Review</option><option value="priceasc">Price: Ascending</option><option value="pricedesc">Price: Descending</option></select></div></fieldset></form>
        <div data-list-name="Category: Coffee Brewing">
            <form action="/compare" method="POST" data-product-compare>
                <ul class="productGrid">
{cards}
                </ul>
            </form>
            {_bc_pagination(number, total)}
        </div>
        <div data-content-region="category_below_content"></div>
    </div>
</div>
</div>
</main>
<footer class="footer" role="contentinfo">
    <h2 class="footer-title-sr-only">Footer Start</h2>
    <div class="container">
        <section class="footer-info">
            <article class="footer-info-col footer-info-col--small" data-section-type="footer-webPages"><h3 class="footer-info-heading">Navigate</h3><ul class="footer-info-list"><li><a href="/shipping-returns/">Shipping &amp; Returns</a></li><li><a href="/contact-us/">Contact Us</a></li><li><a href="/brewing-guides/">Brewing Guides</a></li><li><a href="/sitemap.php">Sitemap</a></li></ul></article>
            <article class="footer-info-col footer-info-col--small" data-section-type="footer-categories"><h3 class="footer-info-heading">Categories</h3><ul class="footer-info-list"><li><a href="/coffee/">Coffee</a></li><li><a href="/kitchen/">Kitchen</a></li><li><a href="/mugs-cups/">Mugs &amp; Cups</a></li><li><a href="/gift-cards/">Gift Cards</a></li></ul></article>
            <article class="footer-info-col footer-info-col--small" data-section-type="footer-brands"><h3 class="footer-info-heading">Popular Brands</h3><ul class="footer-info-list"><li><a href="/brands/Hario.html">Hario</a></li><li><a href="/brands/Fellow.html">Fellow</a></li><li><a href="/brands/Chemex.html">Chemex</a></li><li><a href="/brands/Baratza.html">Baratza</a></li><li><a href="/brands/">View All</a></li></ul></article>
            <article class="footer-info-col footer-info-col--small" data-section-type="storeInfo"><h3 class="footer-info-heading">Info</h3><address>1420 SE Stark St<br>Portland, OR 97214</address><strong>Call us at (503) 555-0187</strong></article>
            <article class="footer-info-col" data-section-type="newsletterSubscription"><h3 class="footer-info-heading">Subscribe to Our Newsletter</h3><p>Get the latest updates on new products and upcoming sales</p><form class="form" action="/subscribe.php" method="post"><fieldset class="form-fieldset"><input type="hidden" name="action" value="subscribe"><input type="hidden" name="nl_first_name" value="bc"><input type="hidden" name="check" value="1"><div class="form-field"><label class="form-label is-srOnly" for="nl_email">Email Address</label><div class="form-prefixPostfix wrap"><input class="form-input" id="nl_email" name="nl_email" type="email" value="" placeholder="Your email address"><input class="button button--primary form-prefixPostfix-button--postfix" type="submit" value="Subscribe"></div></div></fieldset></form></article>
        </section>
        <div class="footer-copyright"><p class="powered-by">&copy; 2025 Cornerstone Coffee Supply </p></div>
        <div class="footer-copyright"><p class="powered-by">Powered by <a href="https://www.bigcommerce.example?utm_source=merchant&amp;utm_medium=poweredbyBC" rel="nofollow">BigCommerce</a></p></div>
    </div>
</footer>
<div id="consent-manager" class="consent-banner" role="dialog" aria-live="polite" aria-label="Cookie consent"><p>We use cookies to make your experience better. <a href="/privacy-policy/">Privacy Policy</a></p><button type="button" class="button button--small">Manage Preferences</button> <button type="button" class="button button--primary button--small">Accept All</button> <button type="button" class="button button--small">Decline All</button></div>
<div id="modal" class="modal" data-reveal data-prevent-quick-search-close><button class="modal-close" type="button" title="Close"><span class="aria-description--hidden">Close</span><span aria-hidden="true">&#215;</span></button><div class="modal-content"></div><div class="loadingOverlay"></div></div>
<script>window.__webpack_public_path__ = "https://cdn11.bigcommerce.example/s-x7k2m9q4ab/stencil/0f1e7b20-4c55-013d-8d3e-0a6ab5b1c63e/e/7a6b3f80-1e3c-013d-b6a1-6e1b5a0f2c1d/dist/";</script>
<script src="https://cdn11.bigcommerce.example/s-x7k2m9q4ab/stencil/0f1e7b20-4c55-013d-8d3e-0a6ab5b1c63e/e/7a6b3f80-1e3c-013d-b6a1-6e1b5a0f2c1d/dist/theme-bundle.main.js"></script>
<script>window.stencilBootstrap("category", "{{\\"categoryProductsPerPage\\":12,\\"zoomSize\\":\\"1280x1280\\",\\"productSize\\":\\"500x659\\",\\"showAdminBar\\":false}}").load();</script>
</body>
</html>"""


@wave
def build_bigcorner() -> None:
    s = Site(
        "bigcorner",
        kind="product catalogue (BigCommerce Cornerstone 2024–25: ul.productGrid > li.product > article.card, figure.card-figure, h3.card-title links, brandName card-text, price--withoutTax with hidden empty MSRP / Was sections, 'Was:' / 'Now:' sale prices, 'MSRP:' prices, 'Sale' flags, star icon ratings, ?page=N pager with Next)",
        start=BC_BASE.lstrip("/"),
        description=(
            "A US coffee-gear shop's 'Coffee Brewing' category on BigCommerce with the Cornerstone 6.x theme (Stencil). Each "
            "product is ul.productGrid > li.product > article.card[data-entity-id][data-name][data-product-price]: a "
            "figure.card-figure with a 'Sale' flag (div.sale-flag-side) on sale items, an image link whose aria-label reads "
            "'Name, Was: $165.00, Now: $149.00', a lazyload img with data-srcset, a figcaption of Quick view / Compare / 'Add to "
            "Cart' (or 'Choose Options'); div.card-body with p.card-text[data-test-info-type=brandName] (missing on unbranded "
            "items), h3.card-title > a, and div.card-text[data-test-info-type=price] holding three price-sections: MSRP "
            "(span.price--rrp, display:none and empty unless set), 'Was:' (span.price--non-sale, hidden unless on sale) and "
            "the price (span.price--withoutTax, with a 'Now:' label shown on sale items); p.card-text[productRating] with five "
            "icon--ratingFull / icon--ratingEmpty star spans on products with reviews (no number). Noise: a free-shipping banner, "
            "navUser (Compare, Search, Sign in or Register, Cart), logo, navPages with a submenu, quick search dropdown, "
            "breadcrumbs, h1, a sidebar of sub-categories and faceted search (Brand with counts, Price min/max form, Rating), a "
            "category description, a 'Sort By:' select, a compare form, footer lists (Navigate, Categories, Popular Brands, store "
            "info, newsletter), 'Powered by BigCommerce', a consent banner, BCData and stencilBootstrap scripts. Pagination: "
            "nav.pagination with Previous / page numbers (aria-label 'Page 2 of 3') / 'Next' over ?page=N, rel prev/next links. "
            "Written down: title, url, brand, price, currency, original_price ('Was:'), msrp, rating (filled stars)."
        ),
    )
    pages = chunks(BC_PRODUCTS, BC_SIZES)
    first = 1
    for number, products in enumerate(pages, 1):
        html_page = _bc_page(number, len(pages), products, first)
        first += len(products)
        if number == 1:
            s.list_page(BC_BASE.lstrip("/") + "index.html", html_page)
            s.write(BC_BASE.lstrip("/") + "@page=1", html_page)
        else:
            s.list_page(BC_BASE.lstrip("/") + f"@page={number}", html_page)
    for p in BC_PRODUCTS:
        s.expect(
            {
                "title": p.name,
                "url": p.url,
                "brand": p.brand,
                "price": p.price,
                "currency": "USD",
                "original_price": p.was,
                "msrp": p.msrp,
                "rating": p.stars,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# leafandlid (FROZEN): Zen Cart 1.5.8, responsive_classic template, product listing in rows (tabTable)
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ZcProduct:
    """One row of the product listing table."""

    pid: int
    name: str
    model: str
    description: str
    price: float
    special: float | None = None
    attributes: bool = False
    sold_out: bool = False
    free_shipping: bool = False

    @property
    def url(self) -> str:
        return f"/index.php?main_page=product_info&cPath={ZC_CPATH}&products_id={self.pid}"

    @property
    def shown_description(self) -> str:
        """Zen Cart cuts the description to 150 characters at a word and adds '...'."""
        if len(self.description) <= 150:
            return self.description
        cut = self.description[:150].rsplit(" ", 1)[0].rstrip(",;:")
        return cut + "..."

    @property
    def shown_price(self) -> float:
        return self.special if self.special is not None else self.price

    @property
    def discount(self) -> int | None:
        if self.special is None:
            return None
        return round(100 - self.special / self.price * 100)


ZC_CPATH = "2_7"
ZC_PRODUCTS = [
    ZcProduct(
        41,
        "Sencha Kagoshima Organic",
        "JP-SEN-01",
        "A bright, grassy first-flush sencha from the volcanic soils of Kagoshima. Steep at 70°C for one minute; good for three infusions. Certified organic by JONA.",
        8.95,
    ),
    ZcProduct(
        42,
        "Gyokuro Yame",
        "JP-GYO-02",
        "Shade-grown for twenty days before the harvest, this Yame gyokuro is sweet, brothy and deeply savoury. Brew with cool water (50-60°C) and very little of it, in a shiboridashi or a small kyusu.",
        18.00,
        14.40,
    ),
    ZcProduct(
        43,
        "Genmaicha with Matcha",
        "JP-GEN-03",
        "Bancha and toasted brown rice, dusted with matcha. Nutty, comforting and forgiving.",
        5.95,
    ),
    ZcProduct(
        44,
        "Hojicha Roasted Green Tea",
        "JP-HOJ-04",
        "Roasted over charcoal until the leaves turn chestnut brown: low in caffeine, with notes of cocoa and toasted grain. Our most popular evening tea, also excellent as a latte.",
        6.50,
    ),
    ZcProduct(
        45,
        "Ceremonial Matcha Uji 30g",
        "JP-MAT-05",
        "Stone-ground tencha from Uji, Kyoto. Vivid green, creamy and without bitterness when whisked at 75°C. Supplied in a nitrogen-flushed tin.",
        24.00,
        attributes=True,
    ),
    ZcProduct(
        46,
        "Kabusecha Shizuoka",
        "JP-KAB-06",
        "Covered for a week before picking, kabusecha sits between sencha and gyokuro: sweet, smooth and a touch marine.",
        11.50,
    ),
    ZcProduct(
        47,
        "Kukicha Twig Tea",
        "JP-KUK-07",
        "Stems and twigs from the sencha harvest, light and sweet with almost no astringency.",
        4.95,
        3.70,
    ),
    ZcProduct(
        48,
        "Shincha 2025 First Harvest",
        "JP-SHN-08",
        "The first picking of the year, flown in from Shizuoka in May. Intensely fresh and fleeting: this is a tea to drink within three months, and we only buy as much as we can sell in that time.",
        16.50,
        sold_out=True,
    ),
    ZcProduct(
        49,
        "Tokoname Kyusu Teapot 280ml",
        "JP-TPT-09",
        "A side-handled clay teapot made in Tokoname, with a fine built-in ceramic filter. Each is thrown by hand, so colours vary slightly.",
        58.00,
        free_shipping=True,
    ),
    ZcProduct(
        50,
        "Bancha Everyday",
        "JP-BAN-10",
        "A larger-leaf, later-harvest green tea for every day: mellow and inexpensive.",
        3.75,
    ),
    ZcProduct(
        51,
        "Gyokuro Asahi Premium",
        "JP-GYO-11",
        "Made from the Asahi cultivar in Uji, this is the most intense gyokuro we stock: dense umami, a thick texture and a long sweet finish. Only for very patient brewers.",
        32.00,
    ),
    ZcProduct(
        52,
        "Sencha Fukamushi",
        "JP-SEN-12",
        "Deep-steamed sencha with a cloudy, emerald liquor and a rich, rounded flavour.",
        7.95,
        6.75,
    ),
    ZcProduct(
        53,
        "Matcha Latte Grade 100g",
        "JP-MAT-13",
        "A robust culinary matcha for lattes and baking. It holds its colour and flavour against milk, and it is much kinder to your wallet than ceremonial grades.",
        14.95,
        attributes=True,
    ),
    ZcProduct(
        54,
        "Sakura Sencha",
        "JP-SAK-14",
        "Sencha with cherry blossom petals and leaves: floral, lightly salty, spring in a cup.",
        7.25,
    ),
    ZcProduct(
        55,
        "Tamaryokucha Curly Green",
        "JP-TAM-15",
        "A pan-curled green tea from Kyushu with a citrusy aroma and a gentle body.",
        8.50,
    ),
    ZcProduct(
        56,
        "Bamboo Matcha Whisk (Chasen)",
        "JP-ACC-16",
        "A hundred-prong whisk cut from a single piece of white bamboo in Nara.",
        16.00,
    ),
    ZcProduct(
        57,
        "Konacha Sushi Tea",
        "JP-KON-17",
        "The fine particles left over from sorting gyokuro and sencha. Brews strong and fast, as served in sushi bars.",
        4.50,
    ),
    ZcProduct(
        58,
        "Sencha Sample Set (4 x 20g)",
        "JP-SET-18",
        "Four senchas side by side: Kagoshima, Fukamushi, Kabusecha and Sakura. A good way to find your favourite before committing to a full bag.",
        12.00,
        9.60,
    ),
    ZcProduct(
        59,
        "Houjicha Powder 50g",
        "JP-HOJ-19",
        "Finely ground roasted green tea for lattes, ice cream and shortbread.",
        9.25,
    ),
    ZcProduct(
        60,
        "Mizudashi Cold Brew Bottle",
        "JP-ACC-20",
        "A 750ml glass bottle with a fine mesh filter for cold-brewing sencha in the fridge overnight.",
        22.50,
        free_shipping=True,
    ),
    ZcProduct(
        61,
        "Gyokuro Karigane",
        "JP-KAR-21",
        "The stems of shaded gyokuro: the sweetness of gyokuro at a fraction of the price.",
        9.95,
    ),
    ZcProduct(
        62,
        "Sencha Yabukita Shizuoka",
        "JP-SEN-22",
        "The classic sencha cultivar, balanced between grassy freshness and a light, pleasant astringency.",
        6.95,
    ),
    ZcProduct(
        63,
        "Tencha Leaf 40g",
        "JP-TEN-23",
        "The unground leaf that becomes matcha: rare as a loose tea, sweet and delicate when steeped.",
        19.50,
        sold_out=True,
    ),
    ZcProduct(
        64,
        "Matcha Bowl Handmade (Chawan)",
        "JP-ACC-24",
        "A stoneware bowl with a wide base for easy whisking, glazed in a deep celadon. Made in Mino by a small family workshop; each is unique.",
        38.00,
        attributes=True,
    ),
    ZcProduct(65, "Genmaicha Organic", "JP-GEN-25", "Organic sencha with popped and toasted rice.", 6.25, 4.99),
    ZcProduct(
        66,
        "Kamairicha Ureshino",
        "JP-KAM-26",
        "Pan-fired rather than steamed: a rare Japanese green with a toasty, almost Chinese character.",
        10.50,
    ),
    ZcProduct(
        67,
        "Japanese Green Tea Gift Tin",
        "JP-GFT-27",
        "Three 30g tins (sencha, genmaicha and hojicha) in a presentation box with brewing notes.",
        19.95,
    ),
    ZcProduct(
        68, "Yuzu Sencha", "JP-YUZ-28", "Sencha blended with dried yuzu peel: bright, zesty and lovely iced.", 7.50
    ),
]
ZC_SIZES = [10, 10, 8]


def _gbp(amount: float) -> str:
    return f"£{amount:,.2f}"


def _zc_href(number: int | None) -> str:
    base = f"/index.php?main_page=index&cPath={ZC_CPATH}"
    return base if number is None else f"{base}&sort=20a&page={number}"


def _zc_button(kind: str, label: str) -> str:
    cls = f"normal_button button  button_{kind} listing{kind.title().replace('_', '')}Button"
    return f"""<span class="cssButton {cls}" onmouseover="this.className='cssButtonHover {cls} button_{kind}Hover'" onmouseout="this.className='cssButton {cls}'">&nbsp;{label}&nbsp;</span>"""


def _zc_price(p: ZcProduct) -> str:
    if p.special is not None:
        price = f'<span class="normalprice">{_gbp(p.price)} </span>&nbsp;<span class="productSpecialPrice">{_gbp(p.special)}</span><span class="productPriceDiscount"><br>Save:&nbsp;{p.discount}% off</span>'
    elif p.attributes:
        price = f'Starting at: <span class="productBasePrice">{_gbp(p.price)}</span>'
    else:
        price = f'<span class="productBasePrice">{_gbp(p.price)}</span>'
    if p.free_shipping:
        price += '<br><img src="includes/templates/template_default/images/always-free-shipping.gif" alt="Always Free Shipping" title="Always Free Shipping" width="120" height="26">'
    if p.sold_out:
        action = _zc_button("sold_out_sm", "Sold Out")
    elif p.attributes:
        action = f'<a href="{esc(p.url)}">... more info</a>'
    else:
        action = f'<a href="{esc(_zc_href(None))}&amp;action=buy_now&amp;products_id={p.pid}">{_zc_button("buy_now", "Buy Now")}</a>'
    return f"{price}<br><br>{action}<br><br>"


def _zc_row(p: ZcProduct, row: int) -> str:
    parity = "odd" if row % 2 else "even"
    return f"""<tr class="productListing-{parity}">
   <td class="productListing-data" align="center"><a href="{esc(p.url)}"><img src="images/japanese/{slug(p.model)}.jpg" alt="{esc(p.name)}" title="{esc(p.name)}" width="80" height="80" class="listingProductImage"></a></td>
   <td class="productListing-data"><h3 class="itemTitle"><a href="{esc(p.url)}">{esc(p.name)}</a></h3><div class="listingDescription">{esc(p.shown_description)}</div></td>
   <td class="productListing-data">{esc(p.model)}</td>
   <td class="productListing-data" align="right">{_zc_price(p)}</td>
  </tr>"""


def _zc_split(number: int, total: int, first: int, last: int, where: str) -> str:
    links = []
    if number > 1:
        links.append(
            f'<a href="{esc(_zc_href(number - 1))}" title="Previous Page" aria-label="Go to Previous Page">[&lt;&lt;&nbsp;Prev]</a>&nbsp;&nbsp;&nbsp;'
        )
    for n in range(1, total + 1):
        if n == number:
            links.append(
                f'<strong class="current" aria-current="true" aria-label="Current Page {n}">{n}</strong>&nbsp;&nbsp;'
            )
        else:
            links.append(
                f'<a href="{esc(_zc_href(n))}" title="Page {n}" aria-label="Go to Page {n}">{n}</a>&nbsp;&nbsp;'
            )
    if number < total:
        links.append(
            f'&nbsp;<a href="{esc(_zc_href(number + 1))}" title="Next Page" aria-label="Go to Next Page">[Next&nbsp;&gt;&gt;]</a>&nbsp;'
        )
    return f"""<div id="productsListing{where}Number" class="navSplitPagesResult back">Displaying <strong>{first}</strong> to <strong>{last}</strong> (of <strong>{len(ZC_PRODUCTS)}</strong> products)</div>
<div id="productsListingListing{where}Links" class="navSplitPagesLinks forward"> &nbsp;{"".join(links)}</div>
<br class="clearBoth">"""


def _zc_sidebox_product(p: ZcProduct) -> str:
    price = (
        f'<span class="normalprice">{_gbp(p.price)} </span>&nbsp;<span class="productSpecialPrice">{_gbp(p.special)}</span><span class="productPriceDiscount"><br>Save:&nbsp;{p.discount}% off</span>'
        if p.special is not None
        else f'<span class="productBasePrice">{_gbp(p.price)}</span>'
    )
    return f'<a href="{esc(p.url)}"><img src="images/japanese/{slug(p.model)}.jpg" alt="{esc(p.name)}" title="{esc(p.name)}" width="80" height="80"></a><a class="name" href="{esc(p.url)}">{esc(p.name)}</a><div>{price}</div>'


def _zc_page(number: int, total: int, products: list[ZcProduct], first: int) -> str:
    rows = "\n".join(_zc_row(p, i + 1) for i, p in enumerate(products))
    last = first + len(products) - 1
    head_link = f"/index.php?main_page=index&amp;cPath={ZC_CPATH}&amp;sort="
    alpha = "".join(f'<option value="{ord(c)}">{c}</option>' for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    best = "".join(
        f'<li><a href="{esc(p.url)}">{esc(p.name)}</a></li>'
        for p in (ZC_PRODUCTS[3], ZC_PRODUCTS[0], ZC_PRODUCTS[4], ZC_PRODUCTS[2], ZC_PRODUCTS[13])
    )
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="en">
<head>
<meta charset="utf-8">
<link rel="dns-prefetch" href="https://cdnjs.cloudflare.example">
<link rel="dns-prefetch" href="https://code.jquery.example">
<title>Japanese Green Tea : Leaf &amp; Lid Tea Co., Loose Leaf Tea &amp; Teaware</title>
<meta name="keywords" content="Japanese Green Tea, Black Tea, Oolong, Herbal, Teaware, loose leaf tea, sencha, matcha">
<meta name="description" content="Leaf &amp; Lid Tea Co. : Japanese Green Tea - Black Tea, Oolong, Herbal, Teaware, loose leaf tea, sencha, matcha">
<meta name="author" content="Leaf &amp; Lid Tea Co.">
<meta name="generator" content="shopping cart program by Zen Cart&reg;, https://www.zen-cart.com eCommerce">
<meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=yes">
<link rel="icon" href="/favicon.ico" type="image/x-icon">
<base href="/">
<link rel="canonical" href="https://www.leafandlid.example/index.php?main_page=index&amp;cPath={ZC_CPATH}{"" if number == 1 else f"&amp;page={number}"}">
<link rel="stylesheet" href="includes/templates/responsive_classic/css/stylesheet.css">
<link rel="stylesheet" href="includes/templates/responsive_classic/css/stylesheet_css_buttons.css">
<link rel="stylesheet" href="includes/templates/responsive_classic/css/responsive.css">
<script src="https://code.jquery.example/jquery-3.6.1.min.js" integrity="sha256-o88AwQnZB+VDvE9tvIXrMQaPlFFSUTR+nldQm1LuPXQ=" crossorigin="anonymous"></script>
<script>if (typeof jQuery == 'undefined') {{ document.write(unescape("%3Cscript src='includes/templates/responsive_classic/jscript/jquery.min.js' type='text/javascript'%3E%3C/script%3E")); }}</script>
<script src="includes/templates/responsive_classic/jscript/jscript_responsive_framework.js"></script>
</head>
<body id="indexBody">
<div id="mainWrapper">
<div id="headerWrapper">
<div id="navMainWrapper" class="group onerow-fluid">
<div id="navMain">
  <ul class="back">
    <li><a href="https://www.leafandlid.example/">Home</a></li>
    <li><a href="/index.php?main_page=login">Log In</a></li>
    <li><a href="/index.php?main_page=create_account">Create Account</a></li>
  </ul>
<div id="navMainSearch" class="forward"><form name="quick_find_header" action="/index.php?main_page=search_result" method="get"><input type="hidden" name="main_page" value="search_result"><input type="hidden" name="search_in_description" value="1"><input type="text" name="keyword" size="6" maxlength="30" style="width: 100px" placeholder="Enter search keywords here" aria-label="Enter search keywords here">&nbsp;<input class="cssButton submit_button button  button_search" onmouseover="this.className='cssButtonHover  button_search button_searchHover'" onmouseout="this.className='cssButton submit_button button  button_search'" type="submit" value="Search" style="width: 55px;"></form></div>
</div>
</div>
<div id="logoWrapper" class="group onerow-fluid">
    <div id="logo"><a href="https://www.leafandlid.example/"><img src="includes/templates/responsive_classic/images/logo.gif" alt="Leaf &amp; Lid Tea Co. :: Loose leaf tea since 2009" title="Leaf &amp; Lid Tea Co. :: Loose leaf tea since 2009" width="192" height="64"></a></div>
    <div id="taglineWrapper"><div id="tagline">Loose leaf tea &amp; teaware, packed to order in Bristol</div></div>
</div>
<div id="navCatTabsWrapper"><div id="navCatTabs"><ul>
  <li><a class="category-top" href="/index.php?main_page=index&amp;cPath=1">Black Tea</a> </li>
  <li><a class="category-top" href="/index.php?main_page=index&amp;cPath=2"><span class="category-subs-selected">Green Tea</span></a> </li>
  <li><a class="category-top" href="/index.php?main_page=index&amp;cPath=3">Oolong</a> </li>
  <li><a class="category-top" href="/index.php?main_page=index&amp;cPath=4">Herbal &amp; Fruit</a> </li>
  <li><a class="category-top" href="/index.php?main_page=index&amp;cPath=5">Teaware</a> </li>
</ul></div></div>
<div id="navEZPagesTop"><a href="/index.php?main_page=page&amp;id=3">Brewing Guide</a>&nbsp;::&nbsp;<a href="/index.php?main_page=page&amp;id=4">Wholesale</a>&nbsp;::&nbsp;<a href="/index.php?main_page=page&amp;id=5">Our Story</a></div>
</div>
<div id="contentMainWrapper">
<div class="col150">
<div id="navColumnOne" class="columnLeft back" style="width: 150px">
<div id="navColumnOneWrapper" style="width: 150px">
<div class="leftBoxContainer" id="categories" style="width: 150px"><h3 class="leftBoxHeading" id="categoriesHeading">Categories</h3>
<div id="categoriesContent" class="sideBoxContent">
<a class="category-top" href="/index.php?main_page=index&amp;cPath=1">Black Tea</a>&nbsp;(34)<br>
<a class="category-top" href="/index.php?main_page=index&amp;cPath=2"><span class="category-subs-parent">Green Tea</span></a>-&gt;&nbsp;(41)<br>
<a class="category-subs" href="/index.php?main_page=index&amp;cPath=2_6">&nbsp;&nbsp;|_&nbsp;Chinese Green Tea</a>&nbsp;(13)<br>
<a class="category-subs" href="/index.php?main_page=index&amp;cPath=2_7"><span class="category-subs-selected">&nbsp;&nbsp;|_&nbsp;Japanese Green Tea</span></a>&nbsp;({len(ZC_PRODUCTS)})<br>
<a class="category-top" href="/index.php?main_page=index&amp;cPath=3">Oolong</a>&nbsp;(19)<br>
<a class="category-top" href="/index.php?main_page=index&amp;cPath=4">Herbal &amp; Fruit</a>&nbsp;(27)<br>
<a class="category-top" href="/index.php?main_page=index&amp;cPath=5">Teaware</a>&nbsp;(22)<br>
<hr id="catBoxDivider">
<a class="category-links" href="/index.php?main_page=specials">Specials ...</a><br>
<a class="category-links" href="/index.php?main_page=products_new">New Products ...</a><br>
<a class="category-links" href="/index.php?main_page=products_all">All Products ...</a>
</div></div>
<div class="leftBoxContainer" id="whatsnew" style="width: 150px"><h3 class="leftBoxHeading" id="whatsnewHeading"><a href="/index.php?main_page=products_new">New Products&nbsp;&nbsp;[more]</a></h3>
<div class="sideBoxContent centeredContent">{_zc_sidebox_product(ZC_PRODUCTS[26])}</div></div>
<div class="leftBoxContainer" id="information" style="width: 150px"><h3 class="leftBoxHeading" id="informationHeading">Information</h3>
<div id="informationContent" class="sideBoxContent"><ul style="margin: 0; padding: 0; list-style-type: none;">
<li><a href="/index.php?main_page=shippinginfo">Shipping &amp; Returns</a></li>
<li><a href="/index.php?main_page=privacy">Privacy Notice</a></li>
<li><a href="/index.php?main_page=conditions">Conditions of Use</a></li>
<li><a href="/index.php?main_page=contact_us">Contact Us</a></li>
<li><a href="/index.php?main_page=gv_faq">Gift Certificate FAQ</a></li>
<li><a href="/index.php?main_page=unsubscribe">Newsletter Unsubscribe</a></li>
</ul></div></div>
</div></div>
</div>
<div class="col570">
<div id="navBreadCrumb">  <a href="https://www.leafandlid.example/">Home</a>&nbsp;::&nbsp;
  <a href="/index.php?main_page=index&amp;cPath=2">Green Tea</a>&nbsp;::&nbsp;
Japanese Green Tea
</div>
<div class="centerColumn" id="indexProductList">
<h1 id="productListHeading">Japanese Green Tea</h1>
<div id="categoryImgListing" class="categoryImg"><img src="images/categories/japanese-green-tea.jpg" alt="Japanese Green Tea" title="Japanese Green Tea" width="570" height="120"></div>
<div id="indexProductListCatDescription" class="content">Steamed, shaded, roasted and powdered: Japanese green teas are <strong>fresh, savoury and sweet</strong>. All our Japanese teas are bought directly from three family farms in Shizuoka, Kagoshima and Uji and stored in our cold room until they are packed. Orders over £35 ship free in the UK.</div>
<div id="filter-wrapper" class="group">
<form name="filter" action="/index.php?main_page=index" method="get"><label class="inputLabel">Filter Results by:</label><input type="hidden" name="main_page" value="index"><input type="hidden" name="cPath" value="{ZC_CPATH}"><input type="hidden" name="sort" value="20a"><select id="select-alpha_filter_id" name="alpha_filter_id" onchange="this.form.submit()" aria-label="Items starting with ...">
  <option value="0">Items starting with ...</option>{alpha}
</select>
</form>
</div>
<br class="clearBoth">
<div id="productListing" class="listingCenterColumn">
{_zc_split(number, total, first, last, "Top")}
<table id="cat{ZC_CPATH}Table" class="tabTable">
  <tr class="productListing-rowheading">
   <th class="productListing-heading" align="center" scope="col" id="listCell0-0">Product Image</th>
   <th class="productListing-heading" scope="col" id="listCell0-1"><a href="{head_link}2a" title="Sort products descendingly by Item Name" class="productListing-heading">Item Name-</a></th>
   <th class="productListing-heading" scope="col" id="listCell0-2"><a href="{head_link}3a" title="Sort products ascendingly by Model" class="productListing-heading">Model</a></th>
   <th class="productListing-heading" align="right" scope="col" id="listCell0-3"><a href="{head_link}4a" title="Sort products ascendingly by Price" class="productListing-heading">Price</a></th>
  </tr>
{rows}
</table>
{_zc_split(number, total, first, last, "Bottom")}
</div>
</div>
</div>
<div class="col150">
<div id="navColumnTwo" class="columnRight forward" style="width: 150px">
<div id="navColumnTwoWrapper" style="width: 150px">
<div class="rightBoxContainer" id="shoppingcart" style="width: 150px"><h3 class="rightBoxHeading" id="shoppingcartHeading"><a href="/index.php?main_page=shopping_cart">Shopping Cart&nbsp;&nbsp;[more]</a></h3>
<div id="shoppingcartContent" class="sideBoxContent"><div id="cartBoxEmpty">Your cart is empty.</div></div></div>
<div class="rightBoxContainer" id="specials" style="width: 150px"><h3 class="rightBoxHeading" id="specialsHeading"><a href="/index.php?main_page=specials">Specials&nbsp;&nbsp;[more]</a></h3>
<div class="sideBoxContent centeredContent">{_zc_sidebox_product(ZC_PRODUCTS[1])}</div></div>
<div class="rightBoxContainer" id="bestsellers" style="width: 150px"><h3 class="rightBoxHeading" id="bestsellersHeading">Bestsellers</h3>
<div id="bestsellersContent" class="sideBoxContent"><div class="wrapper"><ol>{best}</ol></div></div></div>
<div class="rightBoxContainer" id="currencies" style="width: 150px"><h3 class="rightBoxHeading" id="currenciesHeading"><label>Currencies</label></h3>
<div id="currenciesContent" class="sideBoxContent centeredContent"><form name="currencies_form" action="/index.php?main_page=index" method="get"><select id="select-currency" name="currency" onchange="this.form.submit();" aria-label="Currencies"><option value="GBP" selected="selected">British Pound</option><option value="EUR">Euro</option><option value="USD">US Dollar</option></select><input type="hidden" name="cPath" value="{ZC_CPATH}"><input type="hidden" name="main_page" value="index"></form></div></div>
</div></div>
</div>
</div>
<div id="navSuppWrapper">
<div id="navSupp"><ul>
<li><a href="https://www.leafandlid.example/">Home</a></li>
<li>&nbsp;::&nbsp;<a href="/index.php?main_page=page&amp;id=3">Brewing Guide</a></li>
<li>&nbsp;::&nbsp;<a href="/index.php?main_page=page&amp;id=4">Wholesale</a></li>
<li>&nbsp;::&nbsp;<a href="/index.php?main_page=site_map">Site Map</a></li>
</ul></div>
</div>
<div id="siteinfoLegal" class="legalCopyright">Copyright &copy; 2025 <a href="https://www.leafandlid.example/index.php?main_page=index" rel="noopener noreferrer">Leaf &amp; Lid Tea Co.</a>. Powered by <a href="https://www.zen-cart.com" rel="noopener noreferrer" target="_blank">Zen Cart</a></div>
</div>
<div id="cookieConsent" class="cookie-consent" role="dialog" aria-label="Cookies">We use a session cookie to keep your basket. No tracking. <a href="/index.php?main_page=privacy">Privacy Notice</a> <button type="button" onclick="this.parentNode.style.display='none'">OK</button></div>
</body>
</html>"""


@wave
def build_leafandlid() -> None:
    s = Site(
        "leafandlid",
        kind="product catalogue (Zen Cart 1.5.8 responsive_classic, a table listing: table.tabTable rows productListing-odd / -even, h3.itemTitle links, listingDescription cut with '...', a Model column, normalprice / productSpecialPrice / 'Save: 20% off', 'Starting at:' prices, Buy Now / Sold Out / '... more info', 'Displaying 1 to 10 (of 28 products)' and [Next >>] links over &page=N, sideboxes with products)",
        start=_zc_href(None).lstrip("/"),
        description=(
            "A UK tea shop's category 'Japanese Green Tea' on Zen Cart 1.5.8 (responsive_classic template, product listing "
            "in rows), a copy of the classic PHP shop markup: query-string URLs index.php?main_page=index&cPath=2_7, a <base "
            "href>, three columns of sideboxes. The listing is table#cat2_7Table.tabTable: a heading row of sort links (Item "
            "Name- / Model / Price), then tr.productListing-odd / -even rows of four td.productListing-data cells: an image "
            "link, h3.itemTitle > a plus div.listingDescription (cut to 150 characters at a word with '...'), the model "
            "('JP-SEN-01'), and the price cell: span.productBasePrice '£8.95', or 'Starting at: £24.00' on products with "
            "attributes, or span.normalprice '£18.00 ' + span.productSpecialPrice '£14.40' + 'Save: 20% off' on specials, an "
            "'Always Free Shipping' image on some, then a CSS 'Buy Now' button link (&action=buy_now), a 'Sold Out' span, or "
            "'... more info'. Noise: header links (Home, Log In, Create Account) and search, logo and tagline, category tabs, "
            "EZ-page links, a Categories sidebox with counts, a New Products sidebox and a Specials sidebox each holding a "
            "listed product with its price, Information links, Shopping Cart 'Your cart is empty.', a Bestsellers ol of "
            "listed names, a currencies select, breadcrumbs 'Home :: Green Tea :: Japanese Green Tea', h1, category image and "
            "description, an alpha filter form, footer links, copyright 'Powered by Zen Cart', a cookie note. Pagination: "
            "'Displaying 1 to 10 (of 28 products)' and '[<< Prev] 1 2 3 [Next >>]' links above and below the table over "
            "&page=N (page 1 linked with &page=1). Written down: title, url, description, model, price, currency, "
            "original_price, discount (percent), availability ('Sold Out')."
        ),
    )
    pages = chunks(ZC_PRODUCTS, ZC_SIZES)
    first = 1
    for number, products in enumerate(pages, 1):
        html_page = _zc_page(number, len(pages), products, first)
        first += len(products)
        if number == 1:
            s.list_page(_zc_href(None).lstrip("/").replace("?", "@"), html_page)
            s.write(_zc_href(1).lstrip("/").replace("?", "@"), html_page)
        else:
            s.list_page(_zc_href(number).lstrip("/").replace("?", "@"), html_page)
    for p in ZC_PRODUCTS:
        s.expect(
            {
                "title": p.name,
                "url": p.url,
                "description": p.shown_description,
                "model": p.model,
                "price": p.shown_price,
                "currency": "GBP",
                "original_price": p.price if p.special is not None else None,
                "discount": p.discount,
                "availability": "Sold Out" if p.sold_out else None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in WAVE.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
