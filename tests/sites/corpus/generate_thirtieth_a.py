"""Thirtieth wave, part A: three shop category listings on shop platforms the corpus did not copy yet — Shoper
(Poland), Nuvemshop (Brazil) and bol.com (the Netherlands) — copied from their real 2024–25 markup as a
logged-out visitor gets it and written before any heuristic was changed for them. None of the three is in
the corpus README, and no held-out row's start path looks like theirs.

* **palarnia-zuraw** — the category 'Kawa ziarnista' of a Kraków coffee roastery on Shoper (the classic RWD
  storefront skin), ``/pl/c/Kawa-ziarnista/14`` then ``/pl/c/Kawa-ziarnista/14/2`` and ``/3`` (Shoper's page
  number as the last path segment). The Shoper chrome (the cookie bar 'Zgadzam się', the header with the search
  box, the account and basket links '0,00 zł', the category menu, the breadcrumbs, the left column with the
  category tree, the price filter and producers, the newsletter box, the footer with 'Sklep internetowy Shoper'),
  the category head and description, the sort select and 'Produktów: 47', then ``div.products.viewphot`` of
  ``div.product.product-main-wrap[data-product-id]``: ``a.prodimage`` with the picture and an optional
  ``div.tags`` span ('promocja', 'nowość', 'bestseller'), ``a.prodname > span.productname``, ``div.price`` with
  ``em`` '46,00 zł' and on promotions ``del`` '52,00 zł' plus the Omnibus note 'Najniższa cena z 30 dni przed
  obniżką: 49,90 zł', ``div.price-unit`` '184,00 zł / 1 kg', ``div.availability`` 'Dostępność: duża ilość',
  ``div.delivery`` 'Wysyłka w: 24 godziny', and the basket form or 'powiadom o dostępności'. The pager
  ``ul.paginator`` of words and numbers ('« poprzednia', '1', '2', '3', 'następna »') with no rel=next anywhere.
  20 + 20 + 7 products. Written down: title, url, price, currency, original_price (where struck), unit_price +
  unit ('1 kg'), badge (the tag, where shown), availability (the 'Dostępność' value), delivery (the 'Wysyłka w'
  value).
* **ateliemaracuja** — the category 'Biquínis' of a swimwear label in Florianópolis on Nuvemshop (Tiendanube's
  Brazilian brand; its 'Idea' theme), ``/biquinis/`` then ``/biquinis/page/2/`` and ``/page/3/``. The Nuvemshop
  shell (the ``LS`` store config, d26lpennugtm8s CDN scripts, the cookie notice 'Entendi', the announcement bar
  'Frete grátis acima de R$299', the header with search, account and bag, the WhatsApp button), the breadcrumbs,
  the category title, the sort select and the filter panel (Cor, Tamanho, Preço); ``div.js-product-table`` of
  ``div.js-item-product.item-container[data-product-id]``: floating labels ('20% OFF', 'Frete grátis', 'Sem
  estoque'), the lazy image with a data-srcset on the mitiendanube CDN, colour swatches, one link around
  ``div.js-item-name.item-name``, ``span.item-price-compare`` 'R$229,90' (hidden and empty on the rest),
  ``div.js-price-display.item-price`` 'R$189,90', the Pix price 'R$170,91 com Pix' and the instalments '3x de
  R$63,30 sem juros', and a JSON-LD Product per card. The pager is two chevron links around '1 / 3' — no word,
  no rel. 16 + 16 + 9 products. Written down: title, url, price, currency, original_price (where shown),
  pix_price, installments (the line as text), badge ('Frete grátis' / 'Sem estoque', where shown).
* **winkelbaan** — the category 'Waterkokers' of a Dutch marketplace built like bol.com 2024–25, list view,
  ``/nl/nl/l/waterkokers/11498/`` then ``?page=2`` and ``?page=3``. The bol chrome (the consent dialog 'Cookies
  en vergelijkbare technieken' with 'Alles accepteren' / 'Weigeren', ``wsp-`` web components, the header with the
  search form, the Select banner, the left filter column: Merk, Prijs, Inhoud, Beoordeling, Verkoper; the sort
  select and '1.248 resultaten'), then ``ul.product-list`` of ``li.product-item--row[data-id]``: the image link,
  ``a.product-title``, ``ul.product-creator`` brand link, ``div.star-rating`` whose value is only in a title
  ('Gemiddeld 4,5 van de 5 sterren uit 1.234 reviews') and a width, the count '(1.234)', a spec line
  ('1,7 l | 2200 W | RVS'), ``span.promo-price`` '49' + ``sup.promo-price__fraction`` '99' (or '-' for whole
  euros), a struck ``del.list-price`` on some, ``div.product-delivery-highlight`` ('Vandaag voor 23:59 besteld,
  morgen in huis' / 'Uiterlijk 18 maart in huis' / 'Niet leverbaar'), 'Verkoop door bol' or a partner link, and
  'In winkelwagen'. Two 'Gesponsord' items a page in the same markup (not records). The pager
  ``ul.pagination`` with numbers and a 'volgende' link (no rel=next). 24 + 24 + 6 products. Written down: title,
  url, brand, price, currency, original_price (where struck), rating + review_count (where shown), delivery (the
  line), seller.

Run ``uv run python tests/sites/corpus/generate_thirtieth_a.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
import unicodedata
from collections.abc import Callable
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

THIRTIETH_A: dict[str, Callable[[], None]] = {}


def thirtieth_a(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    THIRTIETH_A[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


def _hex(text: str, size: int = 16) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:size]


def _comma(amount: Decimal, thousands: str = " ") -> str:
    """``Decimal('1234.5')`` → ``1 234,50`` (the thousands separator given)."""
    whole, cents = f"{amount:,.2f}".split(".")
    return f"{whole.replace(',', thousands)},{cents}"


# ---------------------------------------------------------------------------------------------------
# palarnia-zuraw: Shoper (classic RWD skin), /pl/c/Kawa-ziarnista/14, pages /14/2 and /14/3.
# ---------------------------------------------------------------------------------------------------

PZ_HOST = "https://palarniazuraw.pl"
PZ_CAT = "/pl/c/Kawa-ziarnista/14"
PZ_PER_PAGE = 20
PZ_SKIN = "/skins/user/rwd_shoper_3"

#: title | price | struck price ('' = none) | grams | tag (p promocja, n nowość, b bestseller) | availability
#: (d duża ilość, m mała ilość, 0 brak towaru) | delivery (1: 24 godziny, 2: 48 godzin, 3: 3 dni, 7: 7 dni)
PZ_ROWS = """
Etiopia Yirgacheffe Kochere 250 g|46.00|52.00|250|p|d|1
Kolumbia Huila Supremo 250 g|39.00||250|b|d|1
Brazylia Cerrado Mineiro 1 kg|119.00||1000||d|1
Kenia Nyeri AA Gatomboya 250 g|54.00||250|n|m|1
Gwatemala Antigua Pastores 250 g|42.00||250||d|1
Espresso Żuraw Klasyczne 1 kg|109.00|125.00|1000|p|d|1
Rwanda Nyamasheke Bourbon 250 g|49.00||250||m|2
Peru Cajamarca Organic 250 g|41.00||250||d|1
Honduras Marcala SHG 500 g|69.00||500||d|2
Etiopia Guji Hambela Natural 250 g|52.00||250|n|d|1
Kostaryka Tarrazú La Pastora 250 g|47.00||250||m|1
Espresso Wawel Blend 250 g|36.00||250|b|d|1
Indonezja Sumatra Mandheling 250 g|44.00||250||d|2
Nikaragua Jinotega Maracaturra 250 g|51.00||250||0|7
Salwador Finca Santa Rita Pacamara 250 g|58.00||250|n|m|2
Meksyk Chiapas Altura 1 kg|112.00|128.00|1000|p|d|1
Burundi Kayanza Ninga 250 g|53.00||250||d|1
Espresso Kazimierz Crema 500 g|62.00||500||d|1
Tanzania Kilimanjaro Peaberry 250 g|48.00||250||m|2
Papua Nowa Gwinea Sigri 250 g|50.00||250||d|3
Kolumbia Decaf Sugar Cane 250 g|45.00||250||d|1
Etiopia Sidamo Grade 2 1 kg|159.00||1000||d|2
Brazylia Santos Bourbon Amarelo 250 g|35.00||250|b|d|1
Uganda Mount Elgon Bugisu 250 g|43.00||250||d|1
Jemen Haraaz Mokka 125 g|79.00||125|n|m|3
Gwatemala Huehuetenango El Injerto 250 g|61.00|68.00|250|p|d|1
Indie Monsooned Malabar 250 g|39.00||250||d|2
Wietnam Robusta Dak Lak 1 kg|79.00||1000||d|1
Kostaryka Honey Las Lajas 250 g|57.00||250||0|7
Kenia Kirinyaga AB Kamwangi 250 g|55.00||250||d|1
Espresso Nowa Huta 1 kg|99.00||1000|b|d|1
Boliwia Caranavi Typica 250 g|53.00||250||m|2
Ekwador Loja Vilcabamba 250 g|56.00||250|n|d|1
Kolumbia Nariño Geisha 100 g|69.00||100|n|m|3
Panama Boquete Catuai 250 g|64.00||250||d|2
Etiopia Limu Kossa 250 g|45.00|49.00|250|p|d|1
Brazylia Sul de Minas Yellow Catuai 500 g|59.00||500||d|1
Dominikana Barahona 250 g|47.00||250||0|7
Espresso Bez Kofeiny 250 g|42.00||250||d|1
Tajlandia Doi Chaang 250 g|46.00||250||d|2
Chiny Yunnan Pu'er Catimor 250 g|40.00||250||m|2
Hawaje Kona Extra Fancy 100 g|119.00||100|n|m|3
Filtr Zestaw Degustacyjny 4 × 100 g|79.00|89.00|400|p|d|1
Espresso Stare Miasto 250 g|38.00||250||d|1
Rwanda Huye Mountain 250 g|50.00||250||d|1
Kuba Serrano Superior 250 g|55.00||250||d|2
Etiopia Yirgacheffe Kochere 1 kg|169.00||1000||d|1
"""

PZ_TAGS = {"p": ("promo", "promocja"), "n": ("new", "nowość"), "b": ("bestseller", "bestseller")}
PZ_AVAILABILITY = {"d": "duża ilość", "m": "mała ilość", "0": "brak towaru"}
PZ_DELIVERY = {"1": "24 godziny", "2": "48 godzin", "3": "3 dni", "7": "7 dni"}


class PZProduct(NamedTuple):
    id: int
    title: str
    price: Decimal
    original: Decimal | None
    grams: int
    tag: str
    availability: str
    delivery: str

    @property
    def unit_price(self) -> Decimal:
        return (self.price / self.grams * 1000).quantize(Decimal("0.01"), ROUND_HALF_UP)

    @property
    def lowest(self) -> Decimal:
        """The Omnibus note's lowest price of the 30 days before the promotion."""
        assert self.original is not None
        return (self.original - Decimal("2.10")).quantize(Decimal("0.01"))


def _pz_products() -> list[PZProduct]:
    out = []
    for index, line in enumerate(PZ_ROWS.strip().splitlines()):
        title, price, original, grams, tag, availability, delivery = line.split("|")
        out.append(
            PZProduct(
                id=212 + index * 11 + _num(title, 1),
                title=title,
                price=Decimal(price),
                original=Decimal(original) if original else None,
                grams=int(grams),
                tag=tag,
                availability=availability,
                delivery=delivery,
            )
        )
    return out


PZ_PRODUCTS = _pz_products()


def _pz_seo(text: str) -> str:
    """Shoper's URL name: Polish letters folded, words kept in their case, the rest hyphens."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("×", "x")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = "".join(c if c.isalnum() else "-" for c in text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def _pz_url(p: PZProduct) -> str:
    return f"/pl/p/{_pz_seo(p.title)}/{p.id}"


def _pz_href(number: int) -> str:
    return PZ_CAT if number == 1 else f"{PZ_CAT}/{number}"


def _pz_money(amount: Decimal) -> str:
    return f"{_comma(amount)} zł"


def _pz_product(p: PZProduct) -> str:
    url = _pz_url(p)
    title = esc(p.title)
    tags = ""
    if p.tag:
        css, text = PZ_TAGS[p.tag]
        tags = f'<div class="tags"><span class="{css}">{text}</span></div>'
    struck = f"<del>{_pz_money(p.original)}</del>" if p.original else ""
    omnibus = (
        f'<div class="price-omnibus f-row"><span class="omnibus-label">Najniższa cena z 30 dni przed obniżką:</span> <span class="omnibus-price">{_pz_money(p.lowest)}</span></div>'
        if p.original
        else ""
    )
    image = f"/environment/cache/images/300_300_productGfx_{_hex(p.title, 32)}/{_pz_seo(p.title).lower()}.jpg"
    if p.availability == "0":
        action = f'<div class="basket f-row"><a class="btn availability-notifier-btn" href="{url}#availability-notifier" rel="nofollow"><span>powiadom o dostępności</span></a></div>'
    else:
        action = f"""<form class="basket f-row" action="/pl/basket/add/post" method="post">
                                <input name="stock_id" type="hidden" value="{p.id + 4000}">
                                <input name="quantity" value="1" type="hidden">
                                <button class="addtobasket btn btn-red" type="submit"><img src="{PZ_SKIN}/images/icons/icon-basket.svg" alt=""><span>Do koszyka</span></button>
                            </form>"""
    return f"""
                    <div class="product s-grid-3 product-main-wrap" data-product-id="{p.id}">
                        <a class="prodimage f-row" href="{url}" title="{title}">
                            {tags}
                            <span class="img-wrap"><img class="lazy" src="{PZ_SKIN}/images/1px.gif" data-src="{image}" alt="{title}" width="300" height="300"></span>
                        </a>
                        <div class="product-inner-wrap">
                            <a class="prodname f-row" href="{url}" title="{title}"><span class="productname">{title}</span></a>
                            <div class="price f-row"><em>{_pz_money(p.price)}</em>{struck}</div>
                            {omnibus}
                            <div class="price-unit f-row"><span>{_pz_money(p.unit_price)} / 1 kg</span></div>
                            <div class="availability f-row"><span class="first">Dostępność:</span> <span class="second">{PZ_AVAILABILITY[p.availability]}</span></div>
                            <div class="delivery f-row"><span class="first">Wysyłka w:</span> <span class="second">{PZ_DELIVERY[p.delivery]}</span></div>
                            {action}
                        </div>
                    </div>"""


def _pz_pager(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(f'<li class="first"><a href="{_pz_href(number - 1)}">&laquo; poprzednia</a></li>')
    else:
        items.append('<li class="first disabled"><span>&laquo; poprzednia</span></li>')
    for page in range(1, total + 1):
        if page == number:
            items.append(f'<li class="selected"><span>{page}</span></li>')
        else:
            items.append(f'<li><a href="{_pz_href(page)}">{page}</a></li>')
    if number < total:
        items.append(f'<li class="last"><a href="{_pz_href(number + 1)}">następna &raquo;</a></li>')
    else:
        items.append('<li class="last disabled"><span>następna &raquo;</span></li>')
    return f'<div class="floatcenterwrap"><ul class="paginator">{"".join(items)}</ul></div>'


PZ_MENU = [
    ("Kawa ziarnista", 14),
    ("Kawa mielona", 15),
    ("Espresso", 16),
    ("Kawa bezkofeinowa", 17),
    ("Herbata", 21),
    ("Akcesoria", 30),
    ("Zestawy prezentowe", 41),
]
PZ_CURRENT = ' class="current"'
PZ_PRODUCERS = [("Palarnia Żuraw", 38), ("Nordic Approach", 5), ("Falcon Specialty", 3), ("Cafe Imports", 1)]


def _pz_page(number: int, total: int, products: list[PZProduct]) -> str:
    boxes = "".join(_pz_product(p) for p in products)
    menu = "".join(
        f'<li class="{"current " if cid == 14 else ""}parent"><a href="/pl/c/{_pz_seo(name)}/{cid}" title="{esc(name)}"><span>{esc(name)}</span></a></li>'
        for name, cid in PZ_MENU
    )
    tree = "".join(
        f'<li id="category_{cid}"{PZ_CURRENT if cid == 14 else ""}><a href="/pl/c/{_pz_seo(name)}/{cid}" title="{esc(name)}">{esc(name)}</a></li>'
        for name, cid in PZ_MENU
    )
    producers = "".join(
        f'<li><label><input type="checkbox" name="producer[]" value="{_num(name, 2)}"><span class="name">{esc(name)}</span> <span class="count">({n})</span></label></li>'
        for name, n in PZ_PRODUCERS
    )
    title_suffix = "" if number == 1 else f" - strona {number}"
    description = (
        '<div class="categorydesc"><p>Świeżo palona kawa ziarnista z naszej palarni na krakowskim Zabłociu. Palimy dwa razy w tygodniu, w małych partiach, a każdą paczkę wysyłamy najpóźniej 5 dni po paleniu. Kawy do przelewu palimy jaśniej, mieszanki do espresso – średnio.</p></div>'
        if number == 1
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="pl">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <meta name="keywords" content="kawa ziarnista, świeżo palona kawa, palarnia kawy Kraków">
    <meta name="description" content="Kawa ziarnista świeżo palona w Krakowie. Single origin i mieszanki do espresso prosto z palarni.">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Kawa ziarnista{title_suffix} - Palarnia Żuraw</title>
    <link rel="canonical" href="{PZ_HOST}{_pz_href(number)}">
    <meta property="og:title" content="Kawa ziarnista - Palarnia Żuraw">
    <meta property="og:type" content="website">
    <meta property="og:url" content="{PZ_HOST}{_pz_href(number)}">
    <link rel="shortcut icon" href="/userdata/public/assets/favicon.ico">
    <link rel="stylesheet" type="text/css" href="{PZ_SKIN}/styles/style.css?v=1741695210">
    <link rel="stylesheet" type="text/css" href="{PZ_SKIN}/styles/custom.css?v=1741695210">
    <script>
        window.Shop = window.Shop || {{}};
        Shop.values = {{ "lang": "pl_PL", "currency": "PLN", "pageType": "shop_category", "categoryId": 14, "page": {number}, "skin": "rwd_shoper_3", "basketUrl": "/pl/basket", "isLogged": false }};
        Shop.urls = {{ "base": "/pl/", "cdn": "/userdata/public/" }};
    </script>
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-5ZL8R2Q1TM"></script>
    <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('consent', 'default', {{ 'ad_storage': 'denied', 'analytics_storage': 'denied' }}); gtag('js', new Date()); gtag('config', 'G-5ZL8R2Q1TM');</script>
</head>
<body id="shop_category14" class="shop_category">
    <div id="cookie" class="cookie-bar">
        <div class="cookie-wrap">
            <p>Ta strona korzysta z plików cookies w celu realizacji usług i zgodnie z <a href="/pl/i/Polityka-cookies/5">Polityką Plików Cookies</a>. Możesz określić warunki przechowywania lub dostępu do plików cookies w Twojej przeglądarce.</p>
            <button type="button" class="btn btn-red cookie-accept">Zgadzam się</button>
        </div>
    </div>
    <div id="container" class="shop_category container">
        <header class="header">
            <div class="bar-top">
                <ul class="links"><li><a href="/pl/i/Dostawa-i-platnosci/2">Dostawa i płatności</a></li><li><a href="/pl/i/Kontakt/3">Kontakt</a></li><li class="phone">+48 12 555 04 21</li></ul>
                <p class="free-shipping-info">Darmowa dostawa od 150 zł</p>
            </div>
            <div id="logo"><a href="/"><img src="/userdata/public/assets/logo-palarnia-zuraw.svg" alt="Palarnia Żuraw"></a></div>
            <form class="search-form" action="/pl/searchquery/" method="get">
                <input class="search-input" type="text" name="q" placeholder="Wpisz czego szukasz" autocomplete="off">
                <button type="submit" class="btn search-btn"><span>Szukaj</span></button>
            </form>
            <div class="user-links">
                <a class="login" href="/pl/login" rel="nofollow">Zaloguj się</a>
                <a class="register" href="/pl/register" rel="nofollow">Zarejestruj się</a>
                <a class="basket" href="/pl/basket" rel="nofollow"><span class="count">0</span> <span class="sum">0,00 zł</span></a>
            </div>
        </header>
        <nav class="menu" id="menu_categories">
            <ul class="level_0">{menu}</ul>
        </nav>
        <div class="breadcrumbs">
            <ul itemscope itemtype="https://schema.org/BreadcrumbList">
                <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">Strona główna</span></a><meta itemprop="position" content="1"></li>
                <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><span itemprop="name">Kawa ziarnista</span><meta itemprop="position" content="2"></li>
            </ul>
        </div>
        <div class="wrap rwd">
            <div class="leftcol">
                <div id="box_categories" class="box"><div class="boxhead"><span>Kategorie</span></div><div class="innerbox"><ul class="standard">{tree}</ul></div></div>
                <div id="box_filter" class="box">
                    <div class="boxhead"><span>Filtry</span></div>
                    <div class="innerbox">
                        <form action="{PZ_CAT}" method="get" class="filters">
                            <div class="filter-price"><span class="filter-name">Cena</span><input type="text" name="price_from" placeholder="od"> – <input type="text" name="price_to" placeholder="do"> zł</div>
                            <div class="filter-producer"><span class="filter-name">Producent</span><ul>{producers}</ul></div>
                            <button type="submit" class="btn">Filtruj</button>
                        </form>
                    </div>
                </div>
                <div id="box_newsletter" class="box"><div class="boxhead"><span>Newsletter</span></div><div class="innerbox"><p>Zapisz się i odbierz 10% rabatu na pierwsze zamówienie.</p><form action="/pl/newsletter/add" method="post"><input type="email" name="email" placeholder="Twój e-mail"><button type="submit" class="btn">Zapisz</button></form></div></div>
            </div>
            <div class="centercol s-grid-9">
                <div id="box_mainproducts" class="box">
                    <div class="boxhead"><h1 class="category-name">Kawa ziarnista</h1></div>
                    {description}
                    <div class="innerbox">
                        <div class="products-settings">
                            <form class="sort" action="{PZ_CAT}" method="get">
                                <label for="sort">Sortuj:</label>
                                <select id="sort" name="sort"><option value="default" selected>domyślnie</option><option value="name_asc">nazwa A-Z</option><option value="price_asc">cena rosnąco</option><option value="price_desc">cena malejąco</option><option value="date_desc">najnowsze</option></select>
                            </form>
                            <span class="products-count">Produktów: {len(PZ_PRODUCTS)}</span>
                        </div>
                        {_pz_pager(number, total)}
                        <div class="products viewphot s-row">{boxes}
                        </div>
                        {_pz_pager(number, total)}
                    </div>
                </div>
            </div>
        </div>
        <footer class="footer">
            <div class="footer-links">
                <ul><li class="head">Informacje</li><li><a href="/pl/i/Regulamin/1">Regulamin</a></li><li><a href="/pl/i/Polityka-prywatnosci/4">Polityka prywatności</a></li><li><a href="/pl/i/Zwroty-i-reklamacje/6">Zwroty i reklamacje</a></li></ul>
                <ul><li class="head">Moje konto</li><li><a href="/pl/login" rel="nofollow">Zaloguj się</a></li><li><a href="/pl/panel/orders" rel="nofollow">Zamówienia</a></li></ul>
                <ul><li class="head">Kontakt</li><li>Palarnia Żuraw sp. z o.o.</li><li>ul. Przemysłowa 12, 30-701 Kraków</li><li>sklep@palarniazuraw.pl</li></ul>
            </div>
            <div class="copyright"><a href="https://www.shoper.pl/" title="Sklep internetowy Shoper" target="_blank" rel="noopener">Sklep internetowy Shoper</a></div>
        </footer>
    </div>
    <script src="{PZ_SKIN}/js/shop.js?v=1741695210"></script>
    <script src="/libraries/lazysizes/lazysizes.min.js"></script>
</body>
</html>
"""


@thirtieth_a
def build_palarnia_zuraw() -> None:
    s = Site(
        "palarnia-zuraw",
        kind="shop category listing in Polish (Shoper classic RWD skin 2024–25: div.products.viewphot of div.product.product-main-wrap[data-product-id], a.prodimage with a lazy img and an optional div.tags span 'promocja' / 'nowość' / 'bestseller', a.prodname > span.productname, div.price with em '46,00 zł' and a del '52,00 zł' on promotions plus the Omnibus 'Najniższa cena z 30 dni przed obniżką' note, div.price-unit '184,00 zł / 1 kg', 'Dostępność: duża ilość', 'Wysyłka w: 24 godziny', basket forms or 'powiadom o dostępności'; cookie bar, category tree, filters; ul.paginator of words and numbers '« poprzednia' / 'następna »' over /pl/c/Kawa-ziarnista/14/N, no rel=next)",
        start=PZ_CAT.lstrip("/"),
        description=f"The category 'Kawa ziarnista' of a Kraków coffee roastery (palarniazuraw.pl, 'Palarnia Żuraw') on Shoper with the classic RWD skin, {PZ_CAT} then {PZ_CAT}/2 and {PZ_CAT}/3 (the page number as the last path segment), as a logged-out visitor gets it in March 2025. The head (canonical, og tags, the skin's style.css, window.Shop values / urls, gtag with consent defaults denied), the Shoper cookie bar ('Ta strona korzysta z plików cookies …' + 'Zgadzam się'), the header (top links, 'Darmowa dostawa od 150 zł', the logo, the search form /pl/searchquery/, 'Zaloguj się' / 'Zarejestruj się' / the basket '0,00 zł'), the category menu, BreadcrumbList microdata, the left column (the category tree, the filter form: Cena od / do and Producent checkboxes with counts, a newsletter box '10% rabatu'). The centre column: h1 'Kawa ziarnista', the category text (page 1 only), the sort select ('Sortuj: domyślnie') and 'Produktów: 47', the pager above and below the list (ul.paginator: li.first '« poprzednia' — a span when disabled —, numbers with li.selected, li.last 'następna »'; no rel=next link in the head or the pager). div.products.viewphot of div.product.s-grid-3.product-main-wrap[data-product-id]: a.prodimage[title] with an optional div.tags > span.promo 'promocja' / span.new 'nowość' / span.bestseller 'bestseller' and a lazy img (data-src /environment/cache/images/300_300_productGfx_<hash>/…); div.product-inner-wrap with a.prodname > span.productname, div.price > em '46,00 zł' (a space before zł) and on promotions a del '52,00 zł' followed by div.price-omnibus 'Najniższa cena z 30 dni przed obniżką: 49,90 zł', div.price-unit '184,00 zł / 1 kg', div.availability 'Dostępność:' + 'duża ilość' / 'mała ilość' / 'brak towaru', div.delivery 'Wysyłka w:' + '24 godziny' / '48 godzin' / '3 dni' / '7 dni', then the basket form (hidden stock_id and quantity, 'Do koszyka') or, when out of stock, 'powiadom o dostępności'. The footer (Informacje, Moje konto, Kontakt, 'Sklep internetowy Shoper'). 20 + 20 + 7 products. Written down: title, url (/pl/p/<Name>/<id>), price, currency (PLN), original_price (the struck price, where shown; the Omnibus price is a legal note, left out), unit_price and unit (184.0 and '1 kg'), badge (the tag text, where shown), availability (the value after 'Dostępność:'), delivery (the value after 'Wysyłka w:').",
    )
    pages = chunks(PZ_PRODUCTS, [PZ_PER_PAGE, PZ_PER_PAGE, len(PZ_PRODUCTS) - 2 * PZ_PER_PAGE])
    for number, products in enumerate(pages, 1):
        # page 1 is the folder's index (the server answers /14 with /14/), pages 2 and 3 are files in it
        path = _pz_href(number).lstrip("/")
        s.list_page(f"{path}/index.html" if number == 1 else path, _pz_page(number, len(pages), products))
    for p in PZ_PRODUCTS:
        s.expect(
            {
                "title": p.title,
                "url": _pz_url(p),
                "price": float(p.price),
                "currency": "PLN",
                "original_price": float(p.original) if p.original else None,
                "unit_price": float(p.unit_price),
                "unit": "1 kg",
                "badge": PZ_TAGS[p.tag][1] if p.tag else None,
                "availability": PZ_AVAILABILITY[p.availability],
                "delivery": PZ_DELIVERY[p.delivery],
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# ateliemaracuja: Nuvemshop ('Idea' theme), /biquinis/, pages /biquinis/page/2/ and /page/3/.
# ---------------------------------------------------------------------------------------------------

AM_HOST = "https://www.ateliemaracuja.com.br"
AM_CAT = "/biquinis/"
AM_PER_PAGE = 16
AM_STORE = 3412876
AM_CDN = "//acdn-us.mitiendanube.com/stores/003/412/876/products"
AM_ASSETS = "https://d26lpennugtm8s.cloudfront.net/assets/store/themes/idea"

#: title | price | compare price ('' = none) | free shipping (f) or out of stock (0) or '' | colours
AM_ROWS = """
Biquíni Cortininha Maracujá|189.90|229.90|f|Amarelo,Verde
Biquíni Top Faixa Ilhabela|174.90|||Preto,Terracota
Biquíni Asa Delta Jurerê|199.90||f|Azul,Off white
Calcinha Fio Lacinho Campeche|89.90|||Amarelo,Preto,Rosa
Top Cortininha Canasvieiras|94.90|||Verde,Lilás
Biquíni Tomara que Caia Joaquina|209.90|249.90|f|Estampado
Biquíni Ripple Lagoinha|219.90||f|Vinho,Azul marinho
Calcinha Hot Pant Santinho|99.90||0|Preto
Biquíni Cropped Naufragados|239.90||f|Off white
Biquíni Cortininha Lurex Pântano|199.90|239.90|f|Dourado,Prata
Top Meia Taça Armação|109.90|||Preto,Terracota
Calcinha Asa Delta Ajustável|79.90|99.90||Verde,Amarelo,Azul
Biquíni Hot Pant Retrô Ingleses|229.90||f|Poá preto,Poá vermelho
Biquíni Cortininha Tie-Dye|179.90||0|Tie-dye azul
Biquíni Frente Única Mole|194.90||f|Coral,Preto
Top Faixa Torcida Brava|84.90|||Vinho,Verde,Off white
Biquíni Cortininha Canelado Açores|184.90|||Rosa,Areia
Calcinha Fio Dental Barra da Lagoa|74.90|||Preto,Rosa,Amarelo
Biquíni Top Triângulo Fixo Matadeiro|179.90|199.90||Azul,Verde
Biquíni Com Bojo Daniela|229.90||f|Preto,Vinho
Calcinha Cintura Alta Sambaqui|99.90||0|Estampado
Top Cropped Manga Longa UV|159.90||f|Off white,Preto
Biquíni Cortininha Estampa Bromélia|199.90|229.90|f|Estampado
Biquíni Laço Lateral Armação|189.90|||Terracota
Calcinha Asa Delta Canelada|84.90|||Rosa,Areia,Verde
Biquíni Faixa Drapeado Galheta|204.90||f|Amarelo
Top Cortininha Franzido|89.90|109.90||Vermelho,Preto
Biquíni Meia Taça Retrô Cacupé|239.90||f|Poá azul
Calcinha Tanga Ribeirão|79.90|||Preto
Biquíni Cortininha Infantil Maracujinha|119.90||0|Amarelo
Biquíni Top Alça Regulável Gravatá|184.90|||Azul marinho,Off white
Kit 2 Calcinhas Fio Básicas|139.90|169.90|f|Preto + Off white
Biquíni Faixa Tricot Sol|259.90||f|Areia
Top Triângulo Crochê Pedrinhas|129.90||0|Off white
Biquíni Cortininha Metalizado Noite|209.90|||Prata,Bronze
Calcinha Hot Pant Babado|94.90|||Estampado,Preto
Biquíni Tomara que Caia Listrado Ribeirão|199.90||f|Listrado azul
Top Cortininha Bojo Removível|99.90|||Preto,Verde
Biquíni Asa Delta Cós Duplo|209.90|249.90|f|Vinho,Azul
Calcinha Fio Regulável Moçambique|84.90|||Terracota,Preto
Biquíni Plus Size Cortininha Campeche|229.90||f|Preto,Estampado
"""


class AMProduct(NamedTuple):
    id: int
    title: str
    price: Decimal
    compare: Decimal | None
    label: str
    colours: list[str]

    @property
    def pix(self) -> Decimal:
        return (self.price * Decimal("0.9")).quantize(Decimal("0.01"), ROUND_HALF_UP)

    @property
    def installments(self) -> int:
        return 6 if self.price >= 200 else 3 if self.price >= 100 else 2

    @property
    def installment_price(self) -> Decimal:
        return (self.price / self.installments).quantize(Decimal("0.01"), ROUND_DOWN)


AM_PRODUCTS = [
    AMProduct(
        id=201_000_000 + _num(title, 6),
        title=title,
        price=Decimal(price),
        compare=Decimal(compare) if compare else None,
        label=label,
        colours=colours.split(","),
    )
    for title, price, compare, label, colours in (line.split("|") for line in AM_ROWS.strip().splitlines())
]


def _am_money(amount: Decimal) -> str:
    return f"R${_comma(amount, '.')}"


def _am_url(p: AMProduct) -> str:
    return f"/produtos/{slug(p.title)}/"


def _am_href(number: int) -> str:
    return AM_CAT if number == 1 else f"{AM_CAT}page/{number}/"


def _am_labels(p: AMProduct) -> str:
    labels = []
    if p.compare:
        percent = int(((p.compare - p.price) * 100 / p.compare).to_integral_value(ROUND_HALF_UP))
        labels.append(
            f'<div class="js-offer-label label label-circle label-secondary label-text label-accent"><span class="js-offer-percentage">{percent}</span>% OFF</div>'
        )
    else:
        labels.append(
            '<div class="js-offer-label label label-circle label-secondary label-text label-accent" style="display:none;"><span class="js-offer-percentage"></span>% OFF</div>'
        )
    if p.label == "f":
        labels.append('<div class="label label-circle label-primary-dark label-overlap">Frete grátis</div>')
    stock_style = "" if p.label == "0" else ' style="display:none;"'
    labels.append(
        f'<div class="js-stock-label label label-circle label-primary label-overlap"{stock_style}>Sem estoque</div>'
    )
    return f'<div class="js-labels-floating-group labels-floating">{"".join(labels)}</div>'


def _am_item(p: AMProduct) -> str:
    url = _am_url(p)
    title = esc(p.title)
    base = f"{AM_CDN}/{slug(p.title)}-{_hex(p.title, 20)}"
    srcset = ", ".join(f"{base}-{w}-0.webp {w}w" for w in (240, 320, 480, 640, 1024))
    swatches = "".join(
        f'<a data-option="{esc(c)}" class="js-color-variant btn-variant btn-variant-color" title="{esc(c)}"><span class="btn-variant-content" data-name="{esc(c)}"></span></a>'
        for c in p.colours
    )
    compare = _am_money(p.compare) if p.compare else ""
    compare_class = "" if p.compare else " hidden"
    available = p.label != "0"
    variants = json.dumps(
        [
            {
                "product_id": p.id,
                "price_short": _am_money(p.price),
                "option0": c,
                "stock": None if available else 0,
                "available": available,
            }
            for c in p.colours
        ],
        ensure_ascii=False,
    )
    ld = json.dumps(
        {
            "@context": "https://schema.org/",
            "@type": "Product",
            "name": p.title,
            "image": f"https:{base}-1024-1024.webp",
            "url": AM_HOST + url,
            "sku": f"AM{p.id % 100000}",
            "offers": {
                "@type": "Offer",
                "url": AM_HOST + url,
                "priceCurrency": "BRL",
                "price": str(p.price.normalize()),
                "availability": "http://schema.org/InStock" if available else "http://schema.org/OutOfStock",
                "seller": {"@type": "Organization", "name": "Ateliê Maracujá"},
            },
        },
        ensure_ascii=False,
    )
    return f"""
            <div class="js-item-product js-masonry-grid-item item-container col-6 col-md-3" data-product-type="list" data-product-id="{p.id}" data-store="product-item-{p.id}" data-component="product-list-item" data-component-value="{p.id}">
                <div class="item">
                    <div class="js-product-container js-quickshop-container js-quickshop-has-variants" data-variants='{esc(variants)}' data-quickshop-id="quick{p.id}">
                        {_am_labels(p)}
                        <div class="p-relative overflow-none">
                            <div class="js-item-image-container item-image-container">
                                <div style="padding-bottom: 150%;" class="p-relative d-block">
                                    <a href="{url}" title="{title}" aria-label="{title}">
                                        <img alt="{title}" data-expand="-10" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" data-srcset="{srcset}" data-sizes="auto" class="js-item-image item-image lazyautosizes lazyload img-absolute img-absolute-centered fade-in item-image-featured" width="640" height="960">
                                    </a>
                                </div>
                            </div>
                            <div class="item-info-container" data-store="product-item-info-{p.id}">
                                <div class="item-info">
                                    <div class="item-colors">{swatches}</div>
                                    <a href="{url}" title="{title}" aria-label="{title}">
                                        <div class="js-item-name h2 item-name" data-store="product-item-name-{p.id}">{title}</div>
                                        <div class="item-price-container" data-store="product-item-price-{p.id}">
                                            <span class="js-compare-price-display item-price-compare price-compare{compare_class}">{compare}</span>
                                            <div class="js-price-display price item-price" data-product-price="{int(p.price * 100)}">{_am_money(p.price)}</div>
                                            <div class="js-payment-discount-price-product-container font-small opacity-80 m-bottom-quarter text-accent text-uppercase"><span class="js-payment-discount-price-product item-price font-body">{_am_money(p.pix)}</span> com Pix</div>
                                            <div class="js-max-installments-container js-max-installments installments m-top-quarter item-installments font-small-extra"><span class="js-max-installments"><strong class="js-installment-amount installment-amount">{p.installments}</strong>x de <strong class="js-installment-price installment-price">{_am_money(p.installment_price)}</strong> sem juros</span></div>
                                        </div>
                                    </a>
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
                <script type="application/ld+json" data-component="structured-data.item">{ld}</script>
            </div>"""


def _am_pager(number: int, total: int) -> str:
    prev_attr = f'href="{_am_href(number - 1)}" ' if number > 1 else ""
    prev_class = "" if number > 1 else " opacity-30 disabled"
    next_attr = f'href="{_am_href(number + 1)}" ' if number < total else ""
    next_class = "" if number < total else " opacity-30 disabled"
    chevron = '<svg class="icon-inline icon-lg {side}" viewBox="0 0 320 512"><path d="{d}"/></svg>'
    left = chevron.format(
        side="pr-1",
        d="M34.52 239.03L228.87 44.69c9.37-9.37 24.57-9.37 33.94 0l22.67 22.67c9.36 9.36 9.37 24.52.04 33.9L131.49 256l154.02 154.75c9.34 9.38 9.32 24.54-.04 33.9l-22.67 22.67c-9.37 9.37-24.57 9.37-33.94 0L34.52 272.97c-9.37-9.37-9.37-24.57 0-33.94z",
    )
    right = chevron.format(
        side="pl-1",
        d="M285.476 272.971L91.132 467.314c-9.373 9.373-24.569 9.373-33.941 0l-22.667-22.667c-9.357-9.357-9.375-24.522-.04-33.901L188.505 256 34.484 101.255c-9.335-9.379-9.317-24.544.04-33.901l22.667-22.667c9.373-9.373 24.569-9.373 33.941 0L285.475 239.03c9.373 9.372 9.373 24.568.001 33.941z",
    )
    return f"""
        <div class="row justify-content-center align-items-center mt-4">
            <div class="col-auto"><a {prev_attr}class="swiper-button-prev{prev_class}">{left}</a></div>
            <div class="col-auto"><div class="h4 mb-0 text-center font-weight-normal"><span>{number}</span> <span>/</span> <span>{total}</span></div></div>
            <div class="col-auto"><a {next_attr}class="swiper-button-next{next_class}">{right}</a></div>
        </div>"""


AM_MENU = [
    ("Biquínis", "biquinis"),
    ("Maiôs", "maios"),
    ("Saídas de praia", "saidas-de-praia"),
    ("Moda fitness", "moda-fitness"),
    ("Infantil", "infantil"),
    ("Acessórios", "acessorios"),
    ("Sale", "sale"),
]
AM_FILTERS = [
    (
        "Cor",
        [
            ("Preto", 17),
            ("Off white", 7),
            ("Verde", 7),
            ("Azul", 6),
            ("Estampado", 6),
            ("Amarelo", 6),
            ("Terracota", 4),
        ],
    ),
    ("Tamanho", [("PP", 22), ("P", 41), ("M", 41), ("G", 38), ("GG", 19)]),
]


def _am_page(number: int, total: int, products: list[AMProduct]) -> str:
    items = "".join(_am_item(p) for p in products)
    menu = "".join(
        f'<li class="nav-item item-with-subitems" data-component="menu.item"><a class="nav-list-link{" selected" if handle == "biquinis" else ""}" href="/{handle}/">{esc(name)}</a></li>'
        for name, handle in AM_MENU
    )
    filters = "".join(
        f"""<div class="filters-container mb-4" data-store="filters-group"><h4 class="mb-3">{esc(name)}</h4>"""
        + "".join(
            f'<label class="js-filter-checkbox checkbox-container" for="{slug(name)}-{slug(v)}"><input type="checkbox" autocomplete="off" id="{slug(name)}-{slug(v)}" data-filter-name="{esc(name)}" data-filter-value="{esc(v)}" class="js-filter-input checkbox"><span class="checkbox-text">{esc(v)} ({n})</span></label>'
            for v, n in values
        )
        + "</div>"
        for name, values in AM_FILTERS
    )
    canonical = AM_HOST + _am_href(number)
    title_suffix = "" if number == 1 else f" - Página {number}"
    return f"""<!DOCTYPE html>
<html class="no-js" lang="pt">
    <head>
        <link rel="preconnect" href="https://acdn-us.mitiendanube.com">
        <link rel="dns-prefetch" href="https://acdn-us.mitiendanube.com">
        <meta charset="utf-8">
        <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
        <title>Biquínis{title_suffix} - Comprar em Ateliê Maracujá</title>
        <meta name="description" content="Compre online produtos de Biquínis por R$74,90. Biquínis de Ateliê Maracujá, moda praia feita em Florianópolis.">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="canonical" href="{canonical}">
        <meta property="og:site_name" content="Ateliê Maracujá">
        <meta property="og:type" content="website">
        <meta property="og:title" content="Biquínis">
        <meta property="og:url" content="{canonical}">
        <meta property="og:image" content="https://acdn-us.mitiendanube.com/stores/003/412/876/themes/common/ogimage-1182734521-1733320041-5d2c97b1cf2bb8e3e1d0c6b10f2b0c5f1733320041.png">
        <style>
            .item-image-container{{position:relative}} .labels-floating{{position:absolute;top:10px;left:10px;z-index:9}} .hidden{{display:none!important}} .opacity-30{{opacity:.3}} body{{font-family:'Jost',sans-serif;color:#3a2f2a;background:#fffaf3}}
        </style>
        <link rel="stylesheet" href="{AM_ASSETS}/css/style.scss.css?v=1741690012" media="print" onload="this.media='all'">
        <script type="text/javascript">
            var LS = LS || {{}};
            LS.store = {{ id: {AM_STORE}, url: "ateliemaracuja.lojavirtualnuvem.com.br", custom_url: "www.ateliemaracuja.com.br", ga4_measurement_id: "G-T4XK2M8QZ1", gads_measurement_id: "", has_preexistent_ga4_property: false, has_ga4_auto_page_view_event: true }};
            LS.cart = {{ id: null, subtotal: 0, has_non_shippable_products: false, has_shippable_products: false, items: [] }};
            LS.country = "BR"; LS.currency = {{ code: "BRL", display_short: "R$", display_long: "R$ BRL" }}; LS.lang = "pt_BR";
            LS.langCode = "pt"; LS.template = "category"; LS.category = {{ id: 28451093, name: 'Biquínis', google_shopping_category: '', google_item_categories: {{"item_category":"Biquínis"}} }};
        </script>
        <script src="https://d26lpennugtm8s.cloudfront.net/assets/stores/js/linkedstore-v2-c0f4d58a1b5d17d2d38a5a3e0bd6c1ef.js" defer></script>
    </head>
    <body class="js-head-offset head-offset template-category" data-store="body">
        <div class="js-notification js-notification-cookie-banner notification notification-fixed-bottom notification-above notification-primary text-left" style="display:none;">
            <div class="container-fluid">Ao navegar por este site <strong>você aceita o uso de cookies</strong> para agilizar a sua experiência de compra.</div>
            <a href="#" class="js-notification-close js-acknowledge-cookies btn btn-primary btn-small" data-amplitude-event-name="cookie_banner_acknowledge_click">Entendi</a>
        </div>
        <div class="js-adbar section-adbar"><div class="adbar-message"><a href="/politica-de-frete/">Frete grátis acima de R$299 para todo o Brasil</a></div></div>
        <header class="js-head-main head-main head-light" data-store="head">
            <div class="container-fluid">
                <div class="row no-gutters align-items-center">
                    <div class="col-auto d-md-none"><a href="#" class="js-modal-open utilities-link" data-toggle="#nav-hamburger" aria-label="Menu">Menu</a></div>
                    <div class="col text-center" data-store="head-logo"><a href="/" title="Ateliê Maracujá"><img src="//acdn-us.mitiendanube.com/stores/003/412/876/themes/common/logo-1423517264-1733318712-2bdc4b7d28e9b72a6f1b9b2a3c6b2f5e1733318712-480-0.webp" alt="Ateliê Maracujá" class="logo-img"></a></div>
                    <div class="col-auto">
                        <form class="js-search-container js-search-form" action="/search/" method="get"><input class="js-search-input form-control search-input" autocomplete="off" type="search" name="q" placeholder="O que você está buscando?" aria-label="O que você está buscando?"><button type="submit" class="btn search-input-submit" aria-label="Buscar">Buscar</button></form>
                    </div>
                    <div class="col-auto"><a href="/account/login/" class="utilities-link" aria-label="Minha conta">Minha conta</a> <a href="/comprar/" class="js-modal-open utilities-link" data-toggle="#modal-cart" aria-label="Carrinho de compras">Carrinho <span class="js-cart-widget-amount badge">0</span></a></div>
                </div>
                <nav class="head-nav d-none d-md-block"><ul class="js-desktop-nav desktop-nav">{menu}</ul></nav>
            </div>
        </header>
        <section class="category-body" data-store="category-grid-{28451093}">
            <div class="container-fluid">
                <div class="breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList">
                    <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a class="crumb" itemprop="item" href="/" title="Ateliê Maracujá"><span itemprop="name">Início</span></a><meta itemprop="position" content="1"></span>
                    <span class="divider">&gt;</span>
                    <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span class="crumb active" itemprop="name">Biquínis</span><meta itemprop="position" content="2"></span>
                </div>
                <h1 class="h2 mb-4">Biquínis</h1>
                <div class="row align-items-center mb-4">
                    <div class="col"><a href="#" class="js-modal-open btn-link" data-toggle="#nav-filters" aria-label="Filtrar">Filtrar</a></div>
                    <div class="col-auto">
                        <div class="form-group form-group-small"><label class="form-label" for="sort-by">Ordenar por</label>
                            <select class="js-sort-by form-select" id="sort-by" aria-label="Ordenar por"><option value="user" selected>Destaque</option><option value="price-ascending">Preço: Menor ao Maior</option><option value="price-descending">Preço: Maior ao Menor</option><option value="alpha-ascending">A - Z</option><option value="created-descending">Mais Novo ao mais Velho</option><option value="best-selling">Mais Vendidos</option></select>
                        </div>
                    </div>
                </div>
                <div class="row">
                    <div class="d-none d-md-block col-md-3"><div class="js-filters filters">{filters}<div class="filters-container mb-4"><h4 class="mb-3">Preço</h4><input class="js-price-filter-input form-control" type="number" placeholder="Desde" name="price_min"> <input class="js-price-filter-input form-control" type="number" placeholder="Até" name="price_max"></div></div></div>
                    <div class="col-md-9">
                        <div class="js-product-table row row-grid" data-store="category-grid">{items}
                        </div>
                        {_am_pager(number, total)}
                    </div>
                </div>
            </div>
        </section>
        <footer class="js-footer footer-main" data-store="footer">
            <div class="container-fluid">
                <div class="row">
                    <div class="col-md"><h4 class="footer-menu-title">Institucional</h4><ul class="footer-menu"><li class="footer-menu-item"><a class="footer-menu-link" href="/quem-somos/">Quem somos</a></li><li class="footer-menu-item"><a class="footer-menu-link" href="/trocas-e-devolucoes/">Trocas e devoluções</a></li><li class="footer-menu-item"><a class="footer-menu-link" href="/guia-de-medidas/">Guia de medidas</a></li></ul></div>
                    <div class="col-md"><h4 class="footer-menu-title">Contato</h4><ul class="footer-menu"><li>(48) 99655-0172</li><li>contato@ateliemaracuja.com.br</li><li>Rua Lauro Linhares, 1420 - Trindade, Florianópolis/SC</li></ul></div>
                    <div class="col-md"><h4 class="footer-menu-title">Formas de pagamento</h4><ul class="footer-payments"><li><img src="{AM_ASSETS}/images/payments/pix.svg" alt="Pix"></li><li><img src="{AM_ASSETS}/images/payments/visa.svg" alt="Visa"></li><li><img src="{AM_ASSETS}/images/payments/mastercard.svg" alt="Mastercard"></li><li><img src="{AM_ASSETS}/images/payments/boleto.svg" alt="Boleto"></li></ul></div>
                </div>
                <div class="footer-legal">Copyright Ateliê Maracujá - 41.528.903/0001-62 - 2025. Todos os direitos reservados. <a href="https://www.nuvemshop.com.br/?utm_source=store-footer" target="_blank" rel="nofollow" class="footer-logo-nuvemshop" title="Nuvemshop">Criado com Nuvemshop</a></div>
            </div>
        </footer>
        <a href="https://wa.me/5548996550172" target="_blank" class="btn-whatsapp" aria-label="Comunicate por WhatsApp"><svg class="icon-inline icon-2x" viewBox="0 0 448 512"><path d="M380.9 97.1C339 55.1 283.2 32 223.9 32"/></svg></a>
        <script src="{AM_ASSETS}/js/external-no-dependencies.js.tpl?v=1741690012" defer></script>
        <script type="text/javascript">
            LS.ready.then(function(){{ LS.registerOnChangeVariant(function(variant){{ }}); }});
        </script>
    </body>
</html>
"""


@thirtieth_a
def build_ateliemaracuja() -> None:
    s = Site(
        "ateliemaracuja",
        kind="shop category listing in Portuguese (Nuvemshop / Tiendanube 'Idea' theme 2024–25: div.js-product-table of div.js-item-product.item-container[data-product-id], floating labels '20% OFF' / 'Frete grátis' / 'Sem estoque' (hidden ones kept), lazy img with a mitiendanube data-srcset, colour swatches, one link around div.js-item-name and the prices, span.item-price-compare 'R$229,90' (empty and hidden when none), div.js-price-display 'R$189,90', 'R$170,91 com Pix', '6x de R$38,31 sem juros', a JSON-LD Product per card; LS store config, cookie notice 'Entendi'; a pager of two chevron links around '1 / 3' over /biquinis/page/N/, no words, no rel)",
        start=AM_CAT.lstrip("/"),
        description=f"The category 'Biquínis' of a swimwear label in Florianópolis (ateliemaracuja.com.br, 'Ateliê Maracujá') on Nuvemshop, the Brazilian brand of Tiendanube, with its 'Idea' theme: {AM_CAT}, then {AM_CAT}page/2/ and {AM_CAT}page/3/, as a logged-out visitor gets it in March 2025. The head (preconnect to the mitiendanube CDN, 'Biquínis - Comprar em Ateliê Maracujá', canonical, og tags, critical inline CSS and the async theme CSS on d26lpennugtm8s.cloudfront.net, the LS store / cart / currency / category config script, linkedstore-v2.js), the cookie notice ('Ao navegar por este site você aceita o uso de cookies …' + 'Entendi'), the announcement bar 'Frete grátis acima de R$299 para todo o Brasil', the header (menu toggle, logo, search form /search/ 'O que você está buscando?', 'Minha conta', the bag with a count), the desktop nav (Biquínis, Maiôs, Saídas de praia, …), BreadcrumbList microdata 'Início > Biquínis', h1 'Biquínis', 'Filtrar' and the 'Ordenar por' select (Destaque, Preço …, Mais Vendidos), the filter column (Cor and Tamanho checkboxes with counts, Preço Desde / Até). div.js-product-table of div.js-item-product.js-masonry-grid-item.item-container[data-product-id][data-store=product-item-<id>]: div.js-product-container with the variants as JSON in data-variants, div.js-labels-floating-group holding div.js-offer-label '<span>20</span>% OFF' (display:none and empty when not on offer), div.label 'Frete grátis' on some, div.js-stock-label 'Sem estoque' (display:none unless sold out); the image link (a lazy img whose data-srcset lists -240-0.webp … -1024-0.webp on acdn-us.mitiendanube.com and a 1×1 gif src); div.item-colors of swatch anchors; one a[href=/produtos/<slug>/] around div.js-item-name.item-name and div.item-price-container: span.js-compare-price-display.item-price-compare 'R$229,90' (class hidden and empty when none), div.js-price-display.item-price[data-product-price=18990] 'R$189,90' (no space after R$, dot thousands), the Pix price '<span>R$170,91</span> com Pix', the instalments '<strong>3</strong>x de <strong>R$63,30</strong> sem juros'; then a JSON-LD Product with the offer (price '189.9', BRL, availability). Below the grid the theme's pager: a.swiper-button-prev and a.swiper-button-next holding only chevron svgs (no text, no aria-label, no rel; without href and 'disabled' at the ends) around '<span>1</span> <span>/</span> <span>3</span>'. The footer (Institucional, Contato, Formas de pagamento, 'Criado com Nuvemshop'), the WhatsApp button, the theme script. 16 + 16 + 9 products. Written down: title, url (/produtos/<slug>/), price, currency (BRL), original_price (the compare price, where shown), pix_price (the 'com Pix' price), installments (the line as text: '3x de R$63,30 sem juros'), badge ('Frete grátis' or 'Sem estoque', where shown; the '% OFF' label is the original price's).",
    )
    pages = chunks(AM_PRODUCTS, [AM_PER_PAGE, AM_PER_PAGE, len(AM_PRODUCTS) - 2 * AM_PER_PAGE])
    for number, products in enumerate(pages, 1):
        s.list_page(_am_href(number).lstrip("/") + "index.html", _am_page(number, len(pages), products))
    for p in AM_PRODUCTS:
        s.expect(
            {
                "title": p.title,
                "url": _am_url(p),
                "price": float(p.price),
                "currency": "BRL",
                "original_price": float(p.compare) if p.compare else None,
                "pix_price": float(p.pix),
                "installments": f"{p.installments}x de {_am_money(p.installment_price)} sem juros",
                "badge": {"f": "Frete grátis", "0": "Sem estoque"}.get(p.label),
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# winkelbaan: a bol.com-like marketplace category (list view), /nl/nl/l/waterkokers/11498/, ?page=2 and ?page=3.
# ---------------------------------------------------------------------------------------------------

WB_HOST = "https://www.winkelbaan.nl"
WB_CAT = "/nl/nl/l/waterkokers/11498/"
WB_PER_PAGE = 24
WB_MEDIA = "https://media.s-wb.nl"

#: title | brand | price ('' = not sold now) | struck price | rating | reviews | litres | watts | material | delivery
#: (m morgen, w 1 - 2 werkdagen, u uiterlijk, n niet leverbaar) | seller ('' = winkelbaan itself)
WB_ROWS = """
Philips Series 5000 HD9359/90 Waterkoker - 1,7 liter - RVS|Philips|49.99|64.99|4.5|1234|1,7|2200|RVS|m|
Bosch TWK3P420 Waterkoker - 1,7 liter - Wit|Bosch|39.99||4.4|862|1,7|2400|Kunststof|m|
Tefal KO6931 Sense Waterkoker met temperatuurinstelling - 1,5 liter|Tefal|69.00||4.6|2051|1,5|1800|RVS|m|
Smeg KLF03CREU Waterkoker - Jaren '50 - Crème|Smeg|149.00|169.00|4.7|3127|1,7|2400|RVS|m|
Russell Hobbs 26300-70 Honeycomb Waterkoker - Wit|Russell Hobbs|34.95||4.2|456|1,7|2400|Kunststof|m|
Inventum HK5B Glazen Waterkoker met LED-verlichting - 1,7 liter|Inventum|24.99||4.1|1578|1,7|2200|Glas|m|
Princess 236000 Mini Reiswaterkoker - 0,5 liter|Princess|19.99||3.9|312|0,5|650|RVS|w|ElektroKoning
Bourgini Classic Waterkoker 1,7 l - Zwart|Bourgini|32.50||4.3|241|1,7|2200|RVS|w|Huishoudplaza
KitchenAid 5KEK1722EER Waterkoker - Keizerrood|KitchenAid|129.00||4.8|689|1,7|2400|RVS|m|
Brabantia Waterkoker 1,7 liter - Matt Black|Brabantia|59.95|74.95|4.5|1045|1,7|2200|RVS|m|
Tristar WK-3384 Glazen Waterkoker - 1,7 liter|Tristar|21.99||4.0|733|1,7|2200|Glas|u|Witgoedstunter.nl
Severin WK 3417 Waterkoker 1,0 liter - RVS|Severin|36.99||4.4|188|1,0|2200|RVS|w|KeukenXL
Stelton EM77 Theekoker - 1,2 liter - Zwart|Stelton|119.00||4.6|97|1,2|2000|RVS|m|
Bodum Bistro Elektrische Waterkoker 1,0 l - Zwart|Bodum|39.00||4.3|534|1,0|1010|Kunststof|m|
Solis Vario Temp 5515 Waterkoker met temperatuurregeling|Solis|99.00||4.6|402|1,2|2200|RVS|m|
Moulinex BY3201 Subito Waterkoker - 1,7 liter|Moulinex|44.99|54.99|4.2|271|1,7|2400|RVS|m|
AEG K7-1-6BP Waterkoker - Gentle Boil - 1,7 liter|AEG|79.99||4.5|158|1,7|2400|RVS|w|ElektroKoning
Siemens TW86103P Waterkoker - 1,5 liter - Zilver|Siemens|64.00||4.4|327|1,5|2400|RVS|m|
Kenwood ZJX740BK Waterkoker met filter - 1,7 liter|Kenwood|49.00||4.1|89|1,7|2200|Kunststof|u|KeukenXL
Emerio WK-123132 Waterkoker - 1,7 liter - Wit|Emerio|16.99||3.8|1204|1,7|2200|Kunststof|m|
Domo DO9199WK Waterkoker Retro - Mintgroen|Domo|42.95||4.3|146|1,7|2200|RVS|w|Huishoudplaza
Fritel WK 3200 Waterkoker Inox 1,7 liter|Fritel|29.99|||0|1,7|2200|RVS|w|
Adler AD 1216 Waterkoker met temperatuurregeling 1,7 l|Adler|28.49||4.0|64|1,7|2200|Glas|u|Witgoedstunter.nl
Philips Eco Conscious Edition HD9365/10 Waterkoker|Philips|44.99||4.6|511|1,7|2200|RVS|m|
Alessi Plissé MDL06 Waterkoker - Wit|Alessi|109.00|129.00|4.5|378|1,7|2000|Kunststof|m|
Russell Hobbs 24280-70 Compact Home Mini Waterkoker - 0,8 l|Russell Hobbs|27.99||4.3|987|0,8|2200|Kunststof|m|
Tefal KI2408 Glass Waterkoker - 1,7 liter|Tefal|36.49||4.2|208|1,7|2200|Glas|m|
Bosch TWK7L460 Waterkoker met temperatuurinstelling - 1,7 liter|Bosch|89.99||4.6|655|1,7|2400|RVS|m|
Inventum HK1000B Reiswaterkoker Opvouwbaar - 0,6 liter|Inventum||||0|0,6|1000|Siliconen|n|
Princess 236018 Glazen Waterkoker Deluxe - 1,7 liter|Princess|29.99||4.1|377|1,7|2200|Glas|m|
Smeg KLF04PBEU Waterkoker met temperatuurinstelling - Pastelblauw|Smeg|189.00||4.8|412|1,7|2400|RVS|m|
Bourgini Waterkoker Deluxe 1,7 l - RVS|Bourgini|27.95||4.0|71|1,7|2200|RVS|w|Huishoudplaza
Brabantia Waterkoker 1,0 liter - Mint|Brabantia|49.95||4.4|263|1,0|2200|RVS|m|
Severin WK 3469 Glazen Waterkoker met LED|Severin|39.99||4.2|55|1,7|2200|Glas|w|KeukenXL
KitchenAid 5KEK1565EMS Artisan Waterkoker - Medallion Silver|KitchenAid|179.00|219.00|4.7|146|1,5|2400|RVS|m|
Tristar WK-1343 Mini Waterkoker - 0,6 liter|Tristar|14.99||3.7|289|0,6|1000|Kunststof|u|Witgoedstunter.nl
Bodum Melior Waterkoker 1,7 l - Zwart|Bodum|79.00||4.5|122|1,7|2200|RVS|m|
Solis Aroma Temp 5524 Waterkoker - 1,7 liter|Solis|79.90||4.4|91|1,7|2200|Glas|w|ElektroKoning
Moulinex BY2808 Morning Waterkoker - 1,7 liter - Zwart|Moulinex|32.99||4.1|138|1,7|2400|Kunststof|m|
Philips Series 3000 HD9318/20 Waterkoker - 1,7 liter|Philips|34.99||4.4|2876|1,7|2200|Kunststof|m|
Emerio WK-125823 Glazen Waterkoker met theefilter|Emerio|24.99|||0|1,7|2200|Glas|m|ElektroKoning
Siemens TW3A0103 Waterkoker - 1,7 liter - Wit|Siemens|36.99||4.3|219|1,7|2400|Kunststof|m|
Domo DO9234WK Waterkoker met temperatuurregeling|Domo|54.95|||0|1,7|2200|Glas|w|
Kenwood ZJG801CL Waterkoker met LED - 1,7 liter|Kenwood|59.00|69.00|4.2|77|1,7|2200|Glas|m|
Stelton Emma Waterkoker 1,2 l - Soft Blue|Stelton|||4.7|301|1,2|2000|RVS|n|
Fritel WK 1250 Retro Waterkoker - Rood|Fritel|39.95||4.0|18|1,7|2200|RVS|w|Huishoudplaza
AEG K4-1-4ST Waterkoker Deli 4 - 1,7 liter|AEG|39.99||4.1|83|1,7|2400|RVS|m|
Bosch TWK4P440 Waterkoker - 1,7 liter - Zwart|Bosch|44.99||4.3|401|1,7|2400|Kunststof|m|
Russell Hobbs 25860-70 Elegance Waterkoker Glas|Russell Hobbs|54.99||4.4|342|1,7|2200|Glas|m|
Inventum HK17B Waterkoker - 1,7 liter - Zwart|Inventum|19.99||4.0|655|1,7|2200|Kunststof|m|
Tefal KO1508 Express Plus Waterkoker|Tefal|26.99||4.2|189|1,7|2400|Kunststof|u|KeukenXL
Princess 236012 Waterkoker Compact - 1,0 liter|Princess|22.99||3.9|95|1,0|2200|RVS|m|
Adler AD 1223 Glazen Waterkoker met theezeef|Adler|31.49|||0|1,5|2000|Glas|u|Witgoedstunter.nl
Smeg KLF05BLEU Minikoker 0,8 liter - Zwart|Smeg|129.00||4.6|173|0,8|1400|RVS|m|
"""

WB_DELIVERY = {
    "m": "Vandaag voor 23:59 besteld, morgen in huis",
    "w": "1 - 2 werkdagen",
    "u": "Uiterlijk 20 maart in huis",
    "n": "Niet leverbaar",
}

#: sponsored items: title | brand | price | rating | reviews | seller
WB_SPONSORED = [
    ("Kooktoestel QuickBoil Kokendwaterkraan Starterset", "QuickBoil", "349.00", "4.3", "58", "Kraanshop Benelux"),
    ("Theemaker Tea Master Pro met thermostaat 1,5 l", "Teaqua", "89.95", "4.1", "26", "Theehuis Direct"),
    ("Waterfilterkan Clear 2,4 liter + 3 filters", "Aqualis", "24.95", "4.4", "714", "Aqualis Nederland"),
    ("Reiswaterkoker Opvouwbaar Siliconen 0,6 l - Grijs", "Tripster", "29.99", "3.8", "122", "Tripster Store"),
    ("Ontkalker voor waterkokers en koffiezetapparaten 6 stuks", "Kalkfrei", "9.99", "4.5", "2031", "Kalkfrei B.V."),
    ("Thermoskan 1 liter RVS Dubbelwandig - Zwart", "Warmhold", "19.95", "4.6", "389", "Warmhold"),
]


class WBProduct(NamedTuple):
    id: int
    title: str
    brand: str
    price: Decimal | None
    original: Decimal | None
    rating: float | None
    reviews: int
    litres: str
    watts: str
    material: str
    delivery: str
    seller: str


def _wb_products() -> list[WBProduct]:
    out = []
    for line in WB_ROWS.strip().splitlines():
        title, brand, price, original, rating, reviews, litres, watts, material, delivery, seller = line.split("|")
        out.append(
            WBProduct(
                id=9300000000000000 + _num(title, 9) * 10,
                title=title,
                brand=brand,
                price=Decimal(price) if price else None,
                original=Decimal(original) if original else None,
                rating=float(rating) if rating else None,
                reviews=int(reviews),
                litres=litres,
                watts=watts,
                material=material,
                delivery=delivery,
                seller=seller,
            )
        )
    return out


WB_PRODUCTS = _wb_products()


def _wb_int(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _wb_url(p: WBProduct) -> str:
    return f"/nl/nl/p/{slug(p.title)}/{p.id}/"


def _wb_href(number: int) -> str:
    return WB_CAT if number == 1 else f"{WB_CAT}?page={number}"


def _wb_price(amount: Decimal) -> str:
    whole, cents = f"{amount:.2f}".split(".")
    fraction = "-" if cents == "00" else cents
    return f'<span class="promo-price" data-test="price">{whole} <sup class="promo-price__fraction" data-test="price-fraction">{fraction}</sup></span>'


def _wb_rating(rating: float | None, reviews: int) -> str:
    if rating is None:
        return ""
    shown = f"{rating:.1f}".replace(".", ",")
    return f"""<div class="product-item__rating">
                                <div class="star-rating" data-count="{reviews}" data-test="rating-stars" title="Gemiddeld {shown} van de 5 sterren uit {_wb_int(reviews)} reviews"><span class="star-rating__stars" style="width: {round(rating * 20)}%"></span></div>
                                <span class="star-rating-count" data-test="rating-suffix">({_wb_int(reviews)})</span>
                            </div>"""


def _wb_item(
    *,
    item_id: int,
    url: str,
    title: str,
    brand: str,
    price: Decimal | None,
    original: Decimal | None,
    rating: float | None,
    reviews: int,
    specs: str,
    delivery: str,
    seller: str,
    sponsored: bool,
) -> str:
    image = f"{WB_MEDIA}/{_hex(title, 4)}/{_hex(title + 'img', 12)}/124x124.jpg"
    brand_link = f'<ul class="product-creator"><li><a href="/nl/nl/b/{slug(brand)}/{_num(brand, 7)}/" data-test="party-link">{esc(brand)}</a></li></ul>'
    sponsor = (
        '<div class="product-item__sponsored"><span class="sponsored-label" data-test="sponsored-label">Gesponsord</span></div>'
        if sponsored
        else ""
    )
    if price is None:
        prices = '<div class="product-prices product-prices--unavailable"><span class="product-prices__unavailable">Niet leverbaar</span></div>'
        buy = f'<a class="btn btn--secondary btn--small" href="{url}#alert" data-test="notify-me" rel="nofollow">Houd mij op de hoogte</a>'
        delivery_html = ""
    else:
        struck = f'<del class="list-price" data-test="list-price">{_comma(original, ".")}</del>' if original else ""
        prices = f"""<div class="product-prices"><div class="price-block__highlight">{struck}<meta itemprop="price" content="{price}">{_wb_price(price)}</div></div>"""
        buy = f'<wsp-basket-button><a class="btn btn--buy btn--quick-buy btn--small js_floating_basket_btn" data-button-type="buy" data-product-id="{item_id}" href="/nl/order/basket/addItems.html?productId={item_id}&amp;offerUid={_hex(str(item_id), 8)}-{_hex(title, 4)}&amp;quantity=1" rel="nofollow" data-test="add-to-basket"><span class="btn__text">In winkelwagen</span></a></wsp-basket-button>'
        delivery_html = f'<div class="product-delivery-highlight" data-test="delivery-info">{esc(delivery)}</div>'
    if seller:
        seller_html = f'<div class="product-seller" data-test="plazaseller-link">Verkoop door <a class="product-seller__name" href="/nl/nl/v/{slug(seller)}/{_num(seller, 7)}/">{esc(seller)}</a></div>'
    else:
        seller_html = '<div class="product-seller" data-test="seller-name">Verkoop door <span class="product-seller__name">winkelbaan</span></div>'
    return f"""
                <li class="product-item--row js_item_root{" product-item--sponsored" if sponsored else ""}" data-id="{item_id}" data-test="product-item">
                    <div class="product-item__image">
                        <div class="h-o-hidden"><a class="product-image product-image--list px_list_page_product_click" href="{url}" data-test="product-image"><img src="{image}" alt="{esc(title)}" width="124" height="124" loading="lazy"></a></div>
                    </div>
                    <div class="product-item__content">
                        <div class="product-item__info hit-area">
                            {sponsor}
                            <div class="product-title--inline"><a class="product-title px_list_page_product_click" href="{url}" data-test="product-title">{esc(title)}</a></div>
                            {brand_link}
                            {_wb_rating(rating, reviews)}
                            <ul class="product-small-specs" data-test="product-specs">{specs}</ul>
                        </div>
                        <div class="product-item__options hit-area">
                            {prices}
                            {delivery_html}
                            {seller_html}
                            <div class="product-item__actions">{buy}<wsp-wishlist-button data-product-id="{item_id}"><button type="button" class="wishlist-button" aria-label="Toevoegen aan verlanglijstje"></button></wsp-wishlist-button></div>
                        </div>
                    </div>
                </li>"""


def _wb_product(p: WBProduct) -> str:
    specs = "".join(f"<li><span>{esc(v)}</span></li>" for v in (f"{p.litres} l", f"{p.watts} W", p.material))
    return _wb_item(
        item_id=p.id,
        url=_wb_url(p),
        title=p.title,
        brand=p.brand,
        price=p.price,
        original=p.original,
        rating=p.rating,
        reviews=p.reviews,
        specs=specs,
        delivery=WB_DELIVERY[p.delivery],
        seller=p.seller,
        sponsored=False,
    )


def _wb_sponsored(index: int) -> str:
    title, brand, price, rating, reviews, seller = WB_SPONSORED[index]
    item_id = 9200000000000000 + _num(title, 9) * 10
    url = f"/nl/nl/p/{slug(title)}/{item_id}/?bltgh=spons.{_hex(title, 8)}&amp;sponsoredProduct=true"
    return _wb_item(
        item_id=item_id,
        url=url,
        title=title,
        brand=brand,
        price=Decimal(price),
        original=None,
        rating=float(rating),
        reviews=int(reviews),
        specs="",
        delivery=WB_DELIVERY["m"],
        seller=seller,
        sponsored=True,
    )


def _wb_pager(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(
            f'<li class="pagination__controls pagination__controls--prev"><a class="js_pagination_item" data-page-number="{number - 1}" href="{_wb_href(number - 1)}">vorige</a></li>'
        )
    for page in range(1, total + 1):
        if page == number:
            items.append(
                f'<li class="is-active"><span class="js_pagination_item" data-page-number="{page}" aria-current="page">{page}</span></li>'
            )
        else:
            items.append(
                f'<li><a class="js_pagination_item" data-page-number="{page}" href="{_wb_href(page)}" aria-label="Pagina {page}">{page}</a></li>'
            )
    if number < total:
        items.append(
            f'<li class="pagination__controls pagination__controls--next"><a class="js_pagination_item" data-page-number="{number + 1}" href="{_wb_href(number + 1)}">volgende</a></li>'
        )
    return f'<div class="js_pagination_container"><ul class="pagination" data-test="pagination">{"".join(items)}</ul></div>'


WB_FILTERS = [
    (
        "Merk",
        [
            ("Philips", 96),
            ("Bosch", 71),
            ("Tefal", 64),
            ("Smeg", 38),
            ("Russell Hobbs", 55),
            ("Inventum", 47),
            ("Princess", 42),
        ],
    ),
    ("Prijs", [("Tot 25 euro", 312), ("25 - 50 euro", 498), ("50 - 100 euro", 301), ("Vanaf 100 euro", 137)]),
    ("Inhoud", [("Tot 1 liter", 164), ("1 - 1,5 liter", 287), ("1,5 liter of meer", 797)]),
    ("Beoordeling", [("4 sterren en meer", 811), ("3 sterren en meer", 1032)]),
    ("Verkoper", [("winkelbaan", 402), ("Partners", 846)]),
]


def _wb_page(number: int, total: int, products: list[WBProduct]) -> str:
    rows = [_wb_product(p) for p in products]
    # two sponsored items a page, in the list's own markup
    rows.insert(min(2, len(rows)), _wb_sponsored(2 * (number - 1)))
    rows.insert(min(11, len(rows)), _wb_sponsored(2 * (number - 1) + 1))
    filters = "".join(
        f"""<div class="facet-control" data-test="facet-{slug(name)}"><h3 class="facet-control__title">{esc(name)}</h3><ul class="facet-control__list">"""
        + "".join(
            f'<li><a class="facet-control__filter" href="{WB_CAT}?filter={slug(name)}:{slug(v)}" rel="nofollow"><span class="facet-control__name">{esc(v)}</span> <span class="facet-control__count">({n})</span></a></li>'
            for v, n in values
        )
        + "</ul></div>"
        for name, values in WB_FILTERS
    )
    canonical = WB_HOST + _wb_href(number).replace("&amp;", "&")
    return f"""<!DOCTYPE html>
<html lang="nl" class="no-js">
<head>
    <meta charset="utf-8">
    <title>Waterkokers kopen? Alle Waterkokers online | winkelbaan</title>
    <meta name="description" content="Waterkokers koop je eenvoudig online bij winkelbaan. Snel in huis. Gratis verzending vanaf 25 euro.">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="canonical" href="{canonical}">
    <meta property="og:title" content="Waterkokers | winkelbaan">
    <meta property="og:url" content="{canonical}">
    <link rel="stylesheet" href="/nl/static/css/wsp-main.6f1c2b9e.css">
    <script>window.__wspConfig = {{"locale":"nl-NL","channel":"nl","pageType":"category","categoryId":"11498","page":{number},"view":"list","abTests":["SEARCH_RANKING_V12:B","PLP_LIST_DEFAULT:A"],"consentRequired":true}};</script>
    <script defer src="/nl/static/js/wsp-runtime.1e8d4a07.js"></script>
    <script defer src="/nl/static/js/wsp-components.b93c51fa.js"></script>
</head>
<body class="page-category" data-page-type="category">
    <wsp-consent-modal>
        <div class="modal modal--consent" role="dialog" aria-modal="true" aria-labelledby="consent-title" data-test="consent-modal">
            <h2 id="consent-title">Cookies en vergelijkbare technieken</h2>
            <p>Wij en onze partners gebruiken cookies en vergelijkbare technieken om je een persoonlijke winkelervaring te bieden, de website te verbeteren en relevante advertenties te tonen, ook buiten winkelbaan. Lees er meer over in onze <a href="/nl/nl/m/cookiebeleid/">cookieverklaring</a>.</p>
            <button type="button" class="btn btn--primary js-consent-accept" data-test="consent-accept-all">Alles accepteren</button>
            <button type="button" class="btn btn--secondary js-consent-reject" data-test="consent-reject">Weigeren</button>
            <button type="button" class="btn btn--link js-consent-settings">Instellen</button>
        </div>
    </wsp-consent-modal>
    <header class="wsp-header" data-test="header">
        <div class="wsp-header__usps"><ul><li>Gratis verzending vanaf 25,-</li><li>Bezorging dezelfde dag, 's avonds of in het weekend*</li><li>Gratis retourneren</li></ul></div>
        <div class="wsp-header__main">
            <a class="wsp-header__logo" href="/nl/nl/" aria-label="winkelbaan homepage"><svg viewBox="0 0 120 32" width="120" height="32"><text x="0" y="24">winkelbaan</text></svg></a>
            <wsp-search-input><form class="search-form" action="/nl/nl/s/" method="get" role="search"><input type="search" name="searchtext" placeholder="Waar ben je naar op zoek?" aria-label="Zoeken" autocomplete="off" data-test="search-input"><button type="submit" class="search-form__button" aria-label="Zoeken" data-test="search-button"></button></form></wsp-search-input>
            <nav class="wsp-header__account"><a href="/nl/rnwy/account/overzicht" rel="nofollow">Inloggen</a> <a href="/nl/nl/verlanglijstje/" rel="nofollow">Verlanglijstje</a> <a href="/nl/order/basket.html" rel="nofollow" data-test="basket-button">Winkelwagen <span class="basket-count">0</span></a></nav>
        </div>
        <nav class="wsp-header__menu"><ul><li><a href="/nl/nl/menu/categories/">Categorieën</a></li><li><a href="/nl/nl/l/keuken/11491/">Keuken</a></li><li><a href="/nl/nl/l/huishouden/11520/">Huishouden</a></li><li><a href="/nl/nl/sf/aanbiedingen/">Aanbiedingen</a></li><li><a href="/nl/nl/m/select/">Select</a></li></ul></nav>
    </header>
    <div class="select-banner" data-test="select-banner">Met Select gratis bezorging zonder minimum bestelbedrag. <a href="/nl/nl/m/select/">Probeer 30 dagen gratis</a></div>
    <main class="constrain constrain--main">
        <ul class="breadcrumbs" data-test="breadcrumbs"><li><a href="/nl/nl/">Home</a></li><li><a href="/nl/nl/l/keuken/11491/">Keuken</a></li><li><a href="/nl/nl/l/keukenapparatuur/11492/">Keukenapparatuur</a></li><li><span>Waterkokers</span></li></ul>
        <div class="flex-grid">
            <aside class="facets" data-test="facets"><h2 class="facets__title">Filters</h2>{filters}</aside>
            <section class="search-results" data-test="search-results">
                <h1 class="h1 bol_header" data-test="page-title">Waterkokers</h1>
                <div class="search-results__header">
                    <p class="total-results js_total_results" data-test="number-of-articles">1.248 resultaten</p>
                    <form class="sort" action="{WB_CAT}" method="get"><label for="sort">Sorteren op</label><select id="sort" name="sort" data-test="sort-select"><option value="RELEVANCE" selected>Relevantie</option><option value="POPULARITY">Populariteit</option><option value="PRICE_ASC">Prijs laag - hoog</option><option value="PRICE_DESC">Prijs hoog - laag</option><option value="RATING">Beoordeling</option><option value="NEWEST">Nieuwste</option></select></form>
                    <div class="view-toggle"><a href="{WB_CAT}?view=tile" rel="nofollow">Tegels</a> <span class="is-active">Lijst</span></div>
                </div>
                <ul class="list-view product-list js_multiple_basket_buttons_page" id="js_items_content" data-test="products">{"".join(rows)}
                </ul>
                {_wb_pager(number, total)}
            </section>
        </div>
    </main>
    <footer class="wsp-footer" data-test="footer">
        <div class="wsp-footer__links"><ul><li><a href="/nl/nl/klantenservice/">Klantenservice</a></li><li><a href="/nl/nl/m/verzendkosten/">Bezorging</a></li><li><a href="/nl/nl/m/retourneren/">Retourneren</a></li><li><a href="/nl/nl/m/verkopen/">Verkopen via winkelbaan</a></li></ul></div>
        <p class="wsp-footer__legal">© 2025 winkelbaan.nl B.V. · <a href="/nl/nl/m/algemene-voorwaarden/">Algemene voorwaarden</a> · <a href="/nl/nl/m/privacy/">Privacy</a> · <a href="/nl/nl/m/cookiebeleid/">Cookies</a></p>
    </footer>
    <script type="application/json" id="wsp-tracking">{{"event":"plp_view","categoryId":"11498","page":{number},"productIds":[{",".join(str(p.id) for p in products)}]}}</script>
</body>
</html>
"""


@thirtieth_a
def build_winkelbaan() -> None:
    s = Site(
        "winkelbaan",
        kind="marketplace category listing in Dutch (bol.com 2024–25 list view: ul.product-list of li.product-item--row[data-id] with data-test hooks, a.product-title, ul.product-creator brand link, div.star-rating whose value is only in a title 'Gemiddeld 4,5 van de 5 sterren uit 1.234 reviews' + '(1.234)', a spec list '1,7 l / 2200 W / RVS', span.promo-price '49' + sup '99' (or '-'), struck del.list-price '64,99' on some, 'Vandaag voor 23:59 besteld, morgen in huis' / '1 - 2 werkdagen' / 'Niet leverbaar' without a price, 'Verkoop door' winkelbaan or a partner link; two 'Gesponsord' items a page in the same markup; consent dialog, facets with counts; ul.pagination with numbers and 'vorige' / 'volgende' words over ?page=N, no rel=next)",
        start=WB_CAT.lstrip("/"),
        description=f"The category 'Waterkokers' of a Dutch marketplace built like bol.com 2024–25 (winkelbaan.nl) in list view, {WB_CAT} then {WB_CAT}?page=2 and ?page=3, as a logged-out visitor gets it in March 2025. The head (canonical, og tags, hashed wsp CSS / JS bundles, a window.__wspConfig object), the wsp-consent-modal dialog ('Cookies en vergelijkbare technieken', 'Alles accepteren' / 'Weigeren' / 'Instellen'), the header (USPs, the logo, the wsp-search-input form /nl/nl/s/?searchtext=, Inloggen / Verlanglijstje / Winkelwagen, the menu), a Select banner, breadcrumbs Home > Keuken > Keukenapparatuur > Waterkokers, the facet column (Merk, Prijs, Inhoud, Beoordeling, Verkoper with counts and nofollow links), h1 'Waterkokers', '1.248 resultaten', the 'Sorteren op' select and the Tegels / Lijst toggle. ul.list-view.product-list#js_items_content of li.product-item--row.js_item_root[data-id][data-test=product-item]: the image link (media CDN 124x124), div.product-item__info with div.product-title--inline > a.product-title[data-test=product-title], ul.product-creator > li > a (the brand, /nl/nl/b/<brand>/<id>/), div.product-item__rating with div.star-rating[data-count][title='Gemiddeld 4,5 van de 5 sterren uit 1.234 reviews'] holding a span with a width (no visible number) and span.star-rating-count '(1.234)' (absent on products without reviews), ul.product-small-specs '1,7 l' / '2200 W' / 'RVS'; div.product-item__options with div.product-prices (an optional del.list-price '64,99', meta price, span.promo-price '49 <sup>99</sup>' — '<sup>-</sup>' for whole euros), div.product-delivery-highlight ('Vandaag voor 23:59 besteld, morgen in huis', '1 - 2 werkdagen', 'Uiterlijk 20 maart in huis'), div.product-seller 'Verkoop door winkelbaan' or 'Verkoop door <a>KeukenXL</a>', 'In winkelwagen' and a wish list button; an unavailable product shows 'Niet leverbaar' in place of the price, no delivery line and 'Houd mij op de hoogte'. Two sponsored items a page (third and twelfth place) in the same markup with a 'Gesponsord' label and ?sponsoredProduct=true links — not records. Under the list ul.pagination[data-test=pagination] with 'vorige', numbers (the current one a span) and 'volgende' links (no rel anywhere). The footer and a tracking JSON script. 24 + 24 + 6 products. Written down: title, url (/nl/nl/p/<slug>/<id>/), brand, price (absent when 'Niet leverbaar'), currency (EUR, where priced), original_price (the struck price, where shown), rating and review_count (where shown; the rating read from the title), delivery (the line shown, or 'Niet leverbaar'), seller ('winkelbaan' or the partner's name).",
    )
    pages = chunks(WB_PRODUCTS, [WB_PER_PAGE, WB_PER_PAGE, len(WB_PRODUCTS) - 2 * WB_PER_PAGE])
    for number, products in enumerate(pages, 1):
        path = WB_CAT.lstrip("/") + ("index.html" if number == 1 else f"@page={number}")
        s.list_page(path, _wb_page(number, len(pages), products))
    for p in WB_PRODUCTS:
        s.expect(
            {
                "title": p.title,
                "url": _wb_url(p),
                "brand": p.brand,
                "price": float(p.price) if p.price is not None else None,
                "currency": "EUR" if p.price is not None else None,
                "original_price": float(p.original) if p.original else None,
                "rating": p.rating,
                "review_count": p.reviews if p.rating is not None else None,
                "delivery": WB_DELIVERY["n"] if p.price is None else WB_DELIVERY[p.delivery],
                "seller": p.seller or "winkelbaan",
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in THIRTIETH_A.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
