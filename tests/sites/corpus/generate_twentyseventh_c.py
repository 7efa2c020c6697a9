"""Twenty-seventh wave, part C: a Jumia-style French-language catalogue page, a CRAN-style "packages by name" table
and a dblp person page, copied from their real 2024–25 markup as a logged-out visitor gets it and written before
any heuristic was changed for them.

* **baobab-market** — an Ivorian marketplace built like Jumia Côte d'Ivoire (jumia.ci, French, prices in
  FCFA), category "Smartphones" (``/smartphones/``, then ``?page=2#catalog-listing`` / ``?page=3…`` as Jumia's
  pager writes them; 40 a page). The Jumia layout: the top strip ("Vendez sur Baobab", the app promo), the
  header with the logo, the search form ("Chercher un produit, une marque ou une catégorie"), the "Compte" /
  "Aide" drop-downs and the "Panier" link, the breadcrumb ``div.brcbs`` of ``a.cbs`` links, a filter column
  (``aside`` with CATÉGORIE links, marque checkboxes with counts, a FCFA price slider form, note / remise
  radios, "Livraison Express"), the catalogue ``section.card`` header (``h1`` "Smartphones", "92 produits
  trouvés", the "Trier par" drop-down), then ``div.row`` of ``article.prd._fb.col.c-prd`` cards: one
  ``a.core`` link with ``data-gtm-*`` / ``data-ga4-*`` attributes around ``div.img-c > img.img`` (lazy
  ``data-src``), ``div.bdg._mall._xs`` "Boutique Officielle" on some, ``div.info`` with ``h3.name``,
  ``div.prc`` "84 900 FCFA", ``div.s-prc-w`` holding ``div.old`` (the struck price) and ``div.bdg._dsct._sm``
  "-22%" on discounted items, ``div.rev`` with ``div.stars._s`` "4.3 sur 5" + ``div.in`` width bar and
  "(57)" on rated items, the Express ``svg.ic.xprss[aria-label]`` on some, a "Stock limité" line on a few;
  then ``footer.ft`` with the add-to-cart form (hidden sku input, "Ajouter au panier"). A promo banner
  ``div.col`` sits in the page-1 grid. The pager ``div.pg-w`` of ``a.pg`` links (icon-only first / previous /
  next / last with French aria-labels, numbered links, ``_act`` current), the "Récemment consultés" strip,
  the footer (newsletter, apps, payment logos), and a ``window.__STORE__`` script holding the page's products
  (names, prices both as "84 900 FCFA" and raw numbers, ratings, URLs). 40 + 40 + 12 products. Written
  down: title, url, price, currency, original_price (on discounted items), rating, review_count.
* **lattice-rpkgs** — the "Available Packages By Name" page of a small CRAN-like R package repository for
  spatial ecology (``/web/packages/available_packages_by_name.html``) written by the same generator CRAN
  uses: an ``h1``, a centred ``p`` of ``a[href=#available-packages-X] > span.CRAN`` letter links (only the
  letters that have packages), then one ``table[summary]`` without a header: two bare cells per row, the
  name link (``../../web/packages/<name>/index.html``, the name inside ``span.CRAN``) and the package Title
  as written in its DESCRIPTION, line breaks kept, quotes around package and software names ('sf',
  'GDAL'); the first row of each initial letter carries ``id=available-packages-X``. One page (CRAN never
  pages it). 36 packages. Written down: name, url, title.
* **bibtrail** — a computer-science bibliography built like dblp (2024–25), one researcher's person page
  (``/pid/83/4521.html``). dblp lists every publication of a person on one page, so this site is one list
  page. The dblp layout: the ``div#banner`` notice, ``header#header`` with the logo, the search form and
  the ``nav.navbar`` drop-down menus (browse / search / about / …), ``div#breadcrumbs``, the person's
  ``h1`` and ``div.profile`` (affiliation, ORCID, "visit" links), the ``div#publ-section`` with a
  ``header.hide-body.h2`` per decade ("2020 – today", "2010 – 2019"), each followed by ``ul.publ-list`` of
  ``li.year`` headings and ``li.entry.article`` / ``.inproceedings`` / ``.informal`` items: ``div.box``
  with a type icon whose title is "Journal Article" / "Conference and Workshop Papers" / "Informal and
  Other Publications", ``div.nr`` "[j7]", ``nav.publ`` of drop-down menus (electronic edition links — the
  DOI or arXiv URL —, export record, ask others, share record), then ``cite.data`` with
  ``span[itemprop=author]`` names (co-authors as links, the page's person as ``span.this-person``), ":",
  ``span.title`` (ending in a period), the venue link ("Proc. VLDB Endow. 17(6)", "SIGMOD Conference",
  "CoRR abs/2403.01234"), ": 1234-1246" pages where given and "(2024)" for journals; the coauthor index
  table, the footer ("last updated on … by the dblp team", CC0 note). 34 publications. Written down:
  title (without dblp's final period), url (the first electronic edition), authors (list), venue (the
  venue name as shown), year, pages (where shown).

Run ``uv run python tests/sites/corpus/generate_twentyseventh_c.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTYSEVENTH_C: dict[str, Callable[[], None]] = {}


def twentyseventh_c(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYSEVENTH_C[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


# ---------------------------------------------------------------------------------------------------
# baobab-market: Jumia Côte d'Ivoire-style catalogue, /smartphones/?page=N#catalog-listing, French.
# ---------------------------------------------------------------------------------------------------

BM_HOST = "https://www.baobabmarket.ci"
BM_PATH = "/smartphones/"
BM_PER_PAGE = 40
BM_IMG = "https://ci.baobab.is/unsafe/fit-in/300x300/filters:fill(white)/product"

#: brand | model | screen | RAM/ROM pairs (comma list) | camera | battery | base price (FCFA) | colours
BM_MODELS = """
Tecno|Spark 20 Pro|6,78"|8Go+256Go,8Go+128Go|108MP|5000mAh|89900|Noir,Or
Infinix|Hot 40i|6,56"|4Go+128Go,8Go+256Go|50MP|5000mAh|64900|Noir,Vert
Itel|A70|6,6"|3Go+64Go,4Go+128Go|13MP|5000mAh|44900|Bleu,Noir
Samsung|Galaxy A15|6,5"|4Go+128Go,6Go+128Go|50MP|5000mAh|119000|Bleu Nuit,Jaune
Xiaomi|Redmi 13C|6,74"|4Go+128Go,8Go+256Go|50MP|5000mAh|79900|Noir Minuit,Vert Trèfle
Tecno|Camon 30|6,78"|8Go+256Go|50MP|5000mAh|159900|Noir Basaltique,Blanc Islandais
Infinix|Note 40|6,78"|8Go+256Go|108MP|5000mAh|149000|Obsidienne,Or Titane
Samsung|Galaxy A05s|6,7"|4Go+64Go,4Go+128Go|50MP|5000mAh|84900|Noir,Argent
Oppo|A18|6,56"|4Go+128Go|8MP|5000mAh|74900|Bleu Lueur,Noir Cristal
Realme|C53|6,74"|6Go+128Go|50MP|5000mAh|82900|Or Champion,Noir Puissant
Itel|S24|6,6"|8Go+128Go|108MP|5000mAh|69900|Blanc Aube,Noir Crépuscule
Xiaomi|Redmi Note 13|6,67"|8Go+256Go,6Go+128Go|108MP|5000mAh|139000|Bleu Glacier,Noir
Tecno|Pop 8|6,6"|4Go+64Go,3Go+64Go|13MP|5000mAh|42900|Noir Gravité,Bleu Mystère
Infinix|Smart 8|6,6"|3Go+64Go,4Go+128Go|13MP|5000mAh|47500|Noir,Blanc Galaxie
Apple|iPhone 13 Reconditionné|6,1"|4Go+128Go|12MP|3240mAh|329000|Minuit,Lumière Stellaire
Samsung|Galaxy A25 5G|6,5"|8Go+256Go|50MP|5000mAh|189000|Bleu Clair,Noir
Nokia|C32|6,5"|4Go+64Go|50MP|5000mAh|59900|Vert Automne,Charbon
Tecno|Spark Go 2024|6,56"|4Go+64Go,4Go+128Go|13MP|5000mAh|49900|Noir,Bleu
Villaon|V20 SE|6,5"|2Go+32Go|8MP|4000mAh|29900|Noir,Bleu
Xiaomi|Poco X6 Pro 5G|6,67"|12Go+512Go|64MP|5000mAh|259000|Jaune,Noir
Infinix|Hot 40 Pro|6,78"|8Go+256Go|108MP|5000mAh|109900|Noir,Vert Palmier
Honor|X6a|6,56"|4Go+128Go|50MP|5200mAh|72900|Noir Minuit,Argent Titane
Itel|P55|6,6"|4Go+128Go,8Go+256Go|50MP|5000mAh|56900|Noir Méteorite,Or Aurore
Samsung|Galaxy S23 FE|6,4"|8Go+256Go|50MP|4500mAh|399000|Graphite,Menthe
Tecno|Phantom V Flip|6,9"|8Go+256Go|64MP|4000mAh|449000|Noir Iconique,Violet Mystique
Oppo|Reno 11F 5G|6,7"|8Go+256Go|64MP|5000mAh|229000|Vert Palmier,Bleu Océan
Realme|Note 50|6,74"|4Go+128Go|13MP|5000mAh|61900|Noir Minuit,Bleu Céleste
Blackview|A52 Pro|6,52"|4Go+128Go|13MP|5180mAh|54900|Noir,Vert
Infinix|Zero 30|6,78"|12Go+256Go|108MP|5000mAh|239000|Vert Rome,Or Crépuscule
Xiaomi|Redmi A3|6,71"|3Go+64Go,4Go+128Go|8MP|5000mAh|49900|Noir Minuit,Bleu Lac
Itel|A05s|6,6"|2Go+32Go|8MP|4000mAh|34900|Bleu Nébuleuse,Noir
Samsung|Galaxy A35 5G|6,6"|8Go+256Go|50MP|5000mAh|249000|Bleu Nuit,Lilas
Tecno|Spark 20C|6,6"|4Go+128Go,8Go+128Go|50MP|5000mAh|64500|Noir,Or Mystique
Apple|iPhone 11 Reconditionné|6,1"|4Go+64Go|12MP|3110mAh|219000|Noir,Blanc
Ulefone|Armor X12|5,45"|3Go+32Go|8MP|4860mAh|99000|Noir,Orange
Infinix|GT 20 Pro|6,78"|12Go+256Go|108MP|5000mAh|269000|Argent Mecha,Orange Mecha
Nokia|105 (2023) Double SIM|1,8"||0,3MP|1000mAh|12900|Noir,Cyan
Itel|it2163 Double SIM|1,77"||0,08MP|1000mAh|7900|Noir,Bleu Foncé
Tecno|T301 Double SIM|1,77"||0,08MP|1150mAh|9500|Noir,Bleu
Xiaomi|Redmi Note 13 Pro+ 5G|6,67"|12Go+512Go|200MP|5000mAh|349000|Noir Minuit,Violet Aurore
Samsung|Galaxy Z Flip5|6,7"|8Go+256Go|12MP|3700mAh|599000|Graphite,Crème
Oppo|A38|6,56"|4Go+128Go|50MP|5000mAh|79900|Noir Lueur,Or Lueur
Realme|C67|6,72"|8Go+256Go|108MP|5000mAh|109000|Vert Soleil,Noir Sombre
Honor|90 Lite 5G|6,7"|8Go+256Go|100MP|4500mAh|189900|Noir Minuit,Argent Titane
Villaon|V10 Mini|6,0"|2Go+16Go|5MP|3000mAh|24900|Noir,Or
Infinix|Hot 30i|6,56"|4Go+64Go|13MP|5000mAh|52900|Noir Miroir,Violet Mirage
"""


class BMProduct(NamedTuple):
    sku: str
    title: str
    brand: str
    url: str
    price: int
    old: int | None
    rating: float | None
    reviews: int | None
    official: bool
    express: bool
    low_stock: bool


def _bm_money(amount: int) -> str:
    return f"{amount:,}".replace(",", " ") + " FCFA"


def _bm_products() -> list[BMProduct]:
    out: list[BMProduct] = []
    for line in BM_MODELS.strip().splitlines():
        brand, model, screen, memories, camera, battery, base, colours = line.split("|")
        mem_list = memories.split(",") if memories else [""]
        colour_list = colours.split(",")
        variants = [(mem_list[0], colour_list[0])]
        if len(mem_list) > 1:
            variants.append((mem_list[1], colour_list[1]))
        else:
            variants.append((mem_list[0], colour_list[1]))
        for index, (memory, colour) in enumerate(variants):
            key = f"{brand}-{model}-{memory}-{colour}"
            h = _num(key)
            parts = [f"{brand} {model}", screen]
            if memory:
                ram, rom = memory.split("+")
                parts.append(f"{ram} RAM + {rom} ROM")
            parts += [f"Caméra {camera}", battery, colour]
            title = " - ".join(parts)
            price = int(base) + (15000 if index and memory != mem_list[0] and len(mem_list) > 1 else 0)
            price = price - (h % 7) * 500
            old = None
            if h % 5 in (0, 2):
                old = int(round(price * (1 + (12 + h % 30) / 100) / 500) * 500)
            rated = h % 6 != 0
            rating = round(3.4 + (h % 16) / 10, 1) if rated else None
            if rating is not None and rating > 5.0:
                rating = 5.0
            reviews = (h // 7) % 340 + 1 if rated else None
            sku = f"{brand[:2].upper()}{h % 1000:03d}MW{_num(key + 'sku', 4):04d}NAFAMZ"
            url = f"/{slug(title)}-{230000000 + _num(key, 7)}.html"
            out.append(
                BMProduct(sku, title, brand, url, price, old, rating, reviews, h % 4 == 1, h % 3 != 2, h % 11 == 4)
            )
    return out


BM_PRODUCTS = _bm_products()[:92]

BM_BRANDS = ["Tecno", "Infinix", "Samsung", "Itel", "Xiaomi", "Apple", "Oppo", "Realme", "Nokia", "Honor", "Villaon"]


def _bm_href(number: int) -> str:
    return f"{BM_PATH}?page={number}#catalog-listing"


def _bm_card(product: BMProduct, position: int) -> str:
    discount = f"{round((1 - product.price / product.old) * 100)}%" if product.old else ""
    gtm = (
        f'data-gtm-id="{product.sku}" data-gtm-name="{esc(product.title)}" data-gtm-price="{product.price}" '
        f'data-gtm-brand="{esc(product.brand)}" data-gtm-category="Téléphone &amp; Tablette/Téléphones Portables/Smartphones" '
        f'data-gtm-dimension23="{discount}" data-gtm-dimension26="{product.rating or ""}" '
        f'data-gtm-dimension27="{product.reviews or 0}" data-gtm-dimension28="{1 if product.official else 0}" '
        f'data-gtm-dimension37="0" data-gtm-dimension43="{"Baobab Express" if product.express else ""}" '
        f'data-gtm-position="{position}" data-track-onclick="eecProduct" data-track-onview="eecProduct" '
        f'data-track-onclick-bound="true" data-ga4-item_id="{product.sku}" data-ga4-item_name="{esc(product.title)}" '
        f'data-ga4-item_brand="{esc(product.brand)}" data-ga4-price="{product.price}" data-ga4-discount="{(product.old or product.price) - product.price}" '
        f'data-ga4-item_list_name="Catalog listing" data-ga4-index="{position}"'
    )
    image = f"{BM_IMG}/{_num(product.sku, 2):02d}/{_num(product.sku + 'i', 6)}/1.jpg?{_num(product.sku, 4)}"
    parts = [
        f'<article class="prd _fb col c-prd"><a class="core" href="{product.url}" {gtm}>',
        '<div class="img-c"><img src="data:image/svg+xml;charset=utf-8,%3Csvg xmlns=%27http://www.w3.org/2000/svg%27/%3E" '
        f'data-src="{image}" class="img" width="208" height="208" alt="{esc(product.title)}" loading="lazy"></div>',
    ]
    if product.official:
        parts.append('<div class="bdg _mall _xs">Boutique Officielle</div>')
    parts.append(
        f'<div class="info"><h3 class="name">{esc(product.title)}</h3><div class="prc">{_bm_money(product.price)}</div>'
    )
    if product.old:
        parts.append(
            f'<div class="s-prc-w"><div class="old">{_bm_money(product.old)}</div><div class="bdg _dsct _sm">-{discount}</div></div>'
        )
    if product.rating is not None:
        width = round(product.rating / 5 * 100)
        parts.append(
            f'<div class="rev"><div class="stars _s">{product.rating:g} sur 5<div class="in" style="width:{width}%"></div></div>({product.reviews})</div>'
        )
    if product.low_stock:
        parts.append('<div class="stk -fs12 -rd5">Stock limité</div>')
    if product.express:
        parts.append(
            '<svg aria-label="Baobab Express" viewBox="0 0 114 12" class="ic xprss" width="94" height="10">'
            '<use href="/assets_he/images/i-shop-baobab.3a9c1e0f.svg#express"></use></svg>'
        )
    parts.append("</div></a>")
    parts.append(
        f'<footer class="ft"><form method="POST" action="/cart/"><input type="hidden" name="sku" value="{product.sku}-{_num(product.sku, 6)}">'
        '<input type="hidden" name="action" value="add"><button class="add btn _prim -pea _md" data-track-onclick="addToCart" '
        f'data-simple="{product.sku}-{_num(product.sku, 6)}">Ajouter au panier</button></form></footer></article>'
    )
    return "".join(parts)


BM_ICON = '<svg viewBox="0 0 24 24" class="ic" width="24" height="24"><use href="/assets_he/images/i-icons.6f1f1e3b.svg#{name}"></use></svg>'


def _bm_pager(number: int, total: int) -> str:
    def icon(name: str) -> str:
        return BM_ICON.format(name=name)

    links = []
    if number > 1:
        links.append(f'<a class="pg" href="{_bm_href(1)}" aria-label="Première page">{icon("first-page")}</a>')
        links.append(
            f'<a class="pg" href="{_bm_href(number - 1)}" aria-label="Page précédente">{icon("arrow-left")}</a>'
        )
    for page in range(1, total + 1):
        if page == number:
            links.append(f'<a class="pg _act" aria-current="page" href="{_bm_href(page)}">{page}</a>')
        else:
            links.append(f'<a class="pg" href="{_bm_href(page)}">{page}</a>')
    if number < total:
        links.append(
            f'<a class="pg" href="{_bm_href(number + 1)}" aria-label="Page suivante">{icon("arrow-right")}</a>'
        )
        links.append(f'<a class="pg" href="{_bm_href(total)}" aria-label="Dernière page">{icon("last-page")}</a>')
    return f'<div class="pg-w -ptm -pbxl">{"".join(links)}</div>'


BM_PROMO = (
    '<div class="col -pas"><a href="/mlp-ramadan-offres/" class="bnr -rad4" data-track-onclick="eecPromo" '
    'data-eec-id="ci_cat_smartphones_slot1" data-eec-name="Ramadan - Jusqu\'à -40%" data-eec-position="catalog_sku_8">'
    '<img data-src="https://ci.baobab.is/cms/2025/ramadan/catalog-slot-400x728.jpg" class="img" width="208" height="380" '
    'alt="Offres Ramadan : jusqu\'à -40% sur les smartphones" loading="lazy"></a></div>'
)


def _bm_store(number: int, total: int, products: list[BMProduct]) -> str:
    state = {
        "page": {"type": "catalog", "catalogType": "category", "name": "Smartphones", "slug": "smartphones"},
        "catalog": {
            "pagination": {"current": number, "total": total, "perPage": BM_PER_PAGE},
            "totalItems": len(BM_PRODUCTS),
            "products": [
                {
                    "sku": p.sku,
                    "name": p.title,
                    "displayName": p.title,
                    "brand": p.brand,
                    "url": p.url,
                    "isShopExpress": p.express,
                    "isOfficialStore": p.official,
                    "prices": {
                        "rawPrice": str(p.price),
                        "price": _bm_money(p.price),
                        "priceEuro": f"{p.price / 655.957:.2f}",
                        **(
                            {
                                "oldPrice": _bm_money(p.old),
                                "rawOldPrice": str(p.old),
                                "discount": f"{round((1 - p.price / p.old) * 100)}%",
                            }
                            if p.old
                            else {}
                        ),
                    },
                    **({"rating": {"average": p.rating, "totalRatings": p.reviews}} if p.rating is not None else {}),
                }
                for p in products
            ],
        },
        "ui": {"currency": "FCFA", "locale": "fr-CI", "country": "CI"},
    }
    return (
        "window.__STORE__=" + json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/") + ";"
    )


def _bm_filters() -> str:
    brands = "".join(
        f'<label class="fl-i -df -i-ctr -pvxs"><input type="checkbox" name="brand" value="{slug(b)}" class="_chkbx"> '
        f'<span class="-m -fs14">{b}</span> <span class="-gy5 -fs12">({40 + _num(b) % 300})</span></label>'
        for b in BM_BRANDS
    )
    return (
        '<aside class="col3 -phs -pvxs"><section class="card -fh"><h2 class="-fs14 -m -upp -ptm -phm -pbs">Catégorie</h2>'
        '<div class="-phm -pbm"><a class="-db -pvxs -m" href="/telephone-tablette/">Téléphone &amp; Tablette</a>'
        '<a class="-db -pvxs -m -pls" href="/telephones-portables/">Téléphones Portables</a>'
        '<a class="-db -pvxs -b -plm" href="/smartphones/">Smartphones</a>'
        '<a class="-db -pvxs -m -plm" href="/telephones-basiques/">Téléphones Basiques</a>'
        '<a class="-db -pvxs -m -pls" href="/tablettes-tactiles/">Tablettes</a>'
        '<a class="-db -pvxs -m -pls" href="/accessoires-telephones/">Accessoires Téléphones</a></div>'
        '<form method="GET" action="/smartphones/" class="fltr"><h2 class="-fs14 -m -upp -ptm -phm -pbs">Livraison Express '
        '<svg aria-label="Baobab Express" viewBox="0 0 114 12" class="ic xprss" width="94" height="10"><use href="/assets_he/images/i-shop-baobab.3a9c1e0f.svg#express"></use></svg></h2>'
        '<label class="fl-i -df -i-ctr -phm"><input type="checkbox" name="shop_premium_services" value="shop_express"> <span>Express</span></label>'
        f'<h2 class="-fs14 -m -upp -ptm -phm -pbs">Marque</h2><div class="-phm -pbm -oya -mh260">{brands}</div>'
        '<h2 class="-fs14 -m -upp -ptm -phm -pbs">Prix (FCFA)</h2><div class="-phm -pbm"><div class="sl" data-min="7900" data-max="599000">'
        '<input type="number" name="price_min" value="7900" class="in"> - <input type="number" name="price_max" value="599000" class="in">'
        '<button type="submit" class="btn _prim _sm">Appliquer</button></div></div>'
        '<h2 class="-fs14 -m -upp -ptm -phm -pbs">Pourcentage de remise</h2><div class="-phm -pbm">'
        + "".join(
            f'<label class="fl-i -df -i-ctr"><input type="radio" name="discount" value="{v}-100"> <span>{v}% ou plus</span></label>'
            for v in (50, 40, 30, 20, 10)
        )
        + '</div><h2 class="-fs14 -m -upp -ptm -phm -pbs">Note du produit</h2><div class="-phm -pbm">'
        + "".join(
            f'<label class="fl-i -df -i-ctr"><input type="radio" name="rating" value="{v}-5"> <div class="stars _m _al">{v} sur 5<div class="in" style="width:{v * 20}%"></div></div> <span>&amp; plus</span></label>'
            for v in (4, 3, 2, 1)
        )
        + "</div></form></section></aside>"
    )


def _bm_page(number: int, total: int, products: list[BMProduct]) -> str:
    cards = [_bm_card(p, (number - 1) * BM_PER_PAGE + i + 1) for i, p in enumerate(products)]
    if number == 1:
        cards.insert(8, BM_PROMO)
    canonical = BM_HOST + BM_PATH + ("" if number == 1 else f"?page={number}")
    title = "Smartphones à prix pas cher | Baobab Market CI" + ("" if number == 1 else f" - Page {number}")
    head_extra = (f'<link rel="prev" href="{BM_HOST + BM_PATH}?page={number - 1}">' if number > 1 else "") + (
        f'<link rel="next" href="{BM_HOST + BM_PATH}?page={number + 1}">' if number < total else ""
    )
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="description" content="Achetez vos smartphones au meilleur prix en Côte d'Ivoire : Tecno, Infinix, Samsung, Itel, Xiaomi… Paiement à la livraison ✓ Livraison rapide ✓">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<meta name="robots" content="index, follow">
<link rel="canonical" href="{canonical}">
{head_extra}
<meta property="og:title" content="{title}"><meta property="og:type" content="website"><meta property="og:site_name" content="Baobab Market Côte d'Ivoire">
<link rel="preconnect" href="https://ci.baobab.is"><link rel="preconnect" href="https://www.googletagmanager.com">
<link rel="stylesheet" href="/assets_he/css/main.b6c2d4f1.css">
<link rel="icon" href="/assets_he/favicon.1e2f3a4b.ico">
<link rel="manifest" href="/manifest.json">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"catalog","pageName":"catalog:smartphones","pageCategory":"Smartphones","country":"CI","language":"fr"}});</script>
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-KXQ7RHF"></script>
</head>
<body class="-bg-gy05">
<div id="jm" class="-bg-gy05">
<div class="top-bnr -bg-or5"><a href="/sp-vendre-sur-baobab/" class="-df -j-ctr -i-ctr -pvxs"><span class="-fs12 -m -upp">Vendez sur Baobab</span></a><a href="/mlp-application-mobile/" class="-df -i-ctr -pvxs"><img src="/assets_he/images/app-badge.svg" alt="Téléchargez l'application" width="120" height="24"></a></div>
<header class="-bg-w -ptxs -pbxs -df -i-ctr -j-bet _shdw" id="header">
<div class="row -fw-nw -i-ctr -pvxs"><a href="/" class="-df -i-ctr -phm" title="Baobab Market Côte d'Ivoire"><svg viewBox="0 0 172 30" class="ic" width="134" height="23"><use href="/assets_he/images/i-shop-baobab.3a9c1e0f.svg#logo"></use></svg></a>
<form class="cola -df -phl" method="GET" action="/catalog/" role="search"><div class="find -df -i-ctr -fg1"><svg viewBox="0 0 24 24" class="ic -fsh0 -mls" width="24" height="24"><use href="/assets_he/images/i-icons.6f1f1e3b.svg#search"></use></svg><input id="fi-q" type="text" name="q" class="-fw -phs" placeholder="Chercher un produit, une marque ou une catégorie" autocomplete="off" value=""></div><button type="submit" class="btn _prim _md -mls -fsh0">Rechercher</button></form>
<div class="dpdw"><label for="dpdw-login" class="trig -df -i-ctr -fs16"><svg viewBox="0 0 24 24" class="ic -mrs" width="24" height="24"><use href="/assets_he/images/i-icons.6f1f1e3b.svg#user"></use></svg>Compte</label><div id="dpdw-login-box" class="dpdw-box"><a class="btn _prim -fw _md" href="/customer/account/login/?tkey=smartphones">Se connecter</a><a class="-df -i-ctr -pam" href="/customer/account/index/">Mon compte</a><a class="-df -i-ctr -pam" href="/customer/order/index/">Mes commandes</a><a class="-df -i-ctr -pam" href="/customer/wishlist/index/">Mes favoris</a></div></div>
<div class="dpdw"><label for="dpdw-help" class="trig -df -i-ctr -fs16"><svg viewBox="0 0 24 24" class="ic -mrs" width="24" height="24"><use href="/assets_he/images/i-icons.6f1f1e3b.svg#help"></use></svg>Aide</label><div id="dpdw-help-box" class="dpdw-box"><a class="-db -pas" href="/sp-aide/">Centre d'assistance</a><a class="-db -pas" href="/sp-commander/">Passer une commande</a><a class="-db -pas" href="/sp-paiements/">Options de paiement</a><a class="-db -pas" href="/sp-suivi-commande/">Suivre une commande</a><a class="-db -pas" href="/sp-retours/">Annuler une commande</a><a class="-db -pas" href="/sp-retours/">Retours &amp; Remboursements</a></div></div>
<a href="/cart/" class="-df -i-ctr -fs16 -phm"><svg viewBox="0 0 24 24" class="ic -mrs" width="24" height="24"><use href="/assets_he/images/i-icons.6f1f1e3b.svg#cart"></use></svg>Panier</a></div>
</header>
<main class="-pvs">
<div class="row -pvs"><div class="brcbs col16 -pts -pbm"><a class="cbs" href="/">Accueil</a><a class="cbs" href="/telephone-tablette/">Téléphone &amp; Tablette</a><a class="cbs" href="/telephones-portables/">Téléphones Portables</a><span class="cbs">Smartphones</span></div></div>
<div class="row">
{_bm_filters()}
<div class="col12 -pvxs">
<section class="card -fh" id="catalog-listing">
<header class="-df -j-bet -i-ctr -pvs -phm -bb"><div><h1 class="-fs20 -m -elli">Smartphones</h1><p class="-gy5 -fs14 -phs">{len(BM_PRODUCTS)} produits trouvés</p></div>
<div class="dpdw -df -i-ctr"><span class="-fs14 -gy5 -mrs">Trier par:</span><label for="dpdw-sort" class="trig -df -i-ctr -fs14 -m">Popularité<svg viewBox="0 0 24 24" class="ic" width="18" height="18"><use href="/assets_he/images/i-icons.6f1f1e3b.svg#arrow-down"></use></svg></label><div id="dpdw-sort-box" class="dpdw-box"><a class="-db -pas" href="/smartphones/?sort=popularity#catalog-listing">Popularité</a><a class="-db -pas" href="/smartphones/?sort=newest#catalog-listing">Nouveautés</a><a class="-db -pas" href="/smartphones/?sort=lowest-price#catalog-listing">Prix croissant</a><a class="-db -pas" href="/smartphones/?sort=highest-price#catalog-listing">Prix décroissant</a><a class="-db -pas" href="/smartphones/?sort=rating#catalog-listing">Note des clients</a></div></div></header>
<div class="-phs -pvxs row _no-g _4cl-3cm-shs">
{"".join(cards)}
</div>
{_bm_pager(number, total)}
</section>
</div>
</div>
<section class="card -mtm"><h2 class="-fs20 -pvs -phm">Récemment consultés</h2><div class="-phs -pvs"><p class="-gy5 -phm">Les articles que vous consultez apparaîtront ici.</p></div></section>
<section class="card -mtm -pam"><h2 class="-fs16 -m">Acheter un smartphone en ligne en Côte d'Ivoire</h2><p class="-fs14 -gy7">Sur Baobab Market, trouvez les derniers smartphones des grandes marques au meilleur prix à Abidjan, Bouaké, Yamoussoukro et partout en Côte d'Ivoire. Payez à la livraison ou par Mobile Money.</p></section>
</main>
<footer class="-bg-gy8 -pvl" id="footer">
<div class="row -pvm"><div class="col4"><h2 class="-fs14 -upp -m -wh">Nouveau sur Baobab Market ?</h2><p class="-fs12 -gy3">Inscrivez-vous à notre newsletter pour recevoir nos meilleures offres !</p><form class="-df" action="/newsletter/subscribe/" method="POST"><input type="email" name="email" placeholder="Entrez votre adresse e-mail" class="in -fg1"><button class="btn _def _md" name="gender" value="male">Homme</button><button class="btn _def _md" name="gender" value="female">Femme</button></form></div>
<div class="col4"><h2 class="-fs14 -upp -m -wh">Téléchargez l'application</h2><a href="https://play.google.com/store/apps/details?id=ci.baobab.android">Google Play</a> <a href="https://apps.apple.com/ci/app/baobab-market/id925978">App Store</a></div></div>
<div class="row -pvm"><nav class="col4"><h2 class="-fs12 -upp -m -wh">Besoin d'aide ?</h2><a class="-db -fs12 -gy3 -pvxs" href="/sp-aide/">Discuter avec nous</a><a class="-db -fs12 -gy3 -pvxs" href="/sp-aide/">Aide &amp; FAQ</a><a class="-db -fs12 -gy3 -pvxs" href="/sp-contact/">Contactez-nous</a></nav>
<nav class="col4"><h2 class="-fs12 -upp -m -wh">Liens utiles</h2><a class="-db -fs12 -gy3 -pvxs" href="/sp-suivi-commande/">Suivre sa commande</a><a class="-db -fs12 -gy3 -pvxs" href="/sp-livraison/">Expédition et livraison</a><a class="-db -fs12 -gy3 -pvxs" href="/sp-retours/">Politique de retour</a><a class="-db -fs12 -gy3 -pvxs" href="/sp-commander/">Comment commander ?</a></nav>
<nav class="col4"><h2 class="-fs12 -upp -m -wh">À propos</h2><a class="-db -fs12 -gy3 -pvxs" href="/sp-qui-sommes-nous/">Qui sommes-nous</a><a class="-db -fs12 -gy3 -pvxs" href="/sp-carrieres/">Carrières</a><a class="-db -fs12 -gy3 -pvxs" href="/sp-conditions/">Conditions générales</a><a class="-db -fs12 -gy3 -pvxs" href="/sp-confidentialite/">Politique de confidentialité</a></nav></div>
<div class="row -pvm -df -i-ctr"><span class="-fs12 -gy3 -mrs">Moyens de paiement</span><img src="/assets_he/images/payment/orange-money.svg" alt="Orange Money" width="40" height="24"><img src="/assets_he/images/payment/mtn-momo.svg" alt="MTN MoMo" width="40" height="24"><img src="/assets_he/images/payment/wave.svg" alt="Wave" width="40" height="24"><img src="/assets_he/images/payment/visa.svg" alt="Visa" width="40" height="24"></div>
<p class="-fs12 -gy3 -tac">© 2025 Baobab Market. Tous droits réservés.</p>
</footer>
</div>
<script>{_bm_store(number, total, products)}</script>
<script src="/assets_he/js/main.2f4e6a8c.js" defer></script>
</body>
</html>"""


@twentyseventh_c
def build_baobab_market() -> None:
    s = Site(
        "baobab-market",
        kind="marketplace category page (Jumia Côte d'Ivoire-style 2024–25, French, FCFA: article.prd._fb.col.c-prd cards, one a.core link with data-gtm / data-ga4 attributes around div.img-c and div.info > h3.name, div.prc '84 900 FCFA', div.s-prc-w with div.old struck price + '-22%' badge on discounted items, div.rev 'x sur 5' stars + '(57)', 'Boutique Officielle' badges, an Express svg, 'Stock limité' lines, footer.ft add-to-cart forms, a promo banner in the page-1 grid, a filter column with brand counts and a FCFA price form, div.pg-w > a.pg pager with icon-only French aria-labels over ?page=N#catalog-listing, window.__STORE__)",
        start=BM_PATH.lstrip("/"),
        description="An Ivorian general marketplace (www.baobabmarket.ci) built like Jumia Côte d'Ivoire, in French with prices in CFA francs, category Smartphones (/smartphones/, then ?page=2#catalog-listing and ?page=3#catalog-listing as its pager writes them; 40 products a page), as a logged-out visitor gets it in March 2025. The Jumia chrome: a top strip ('Vendez sur Baobab', app badge), header with the logo, the search form 'Chercher un produit, une marque ou une catégorie', 'Compte' and 'Aide' drop-downs of links, 'Panier'; the div.brcbs breadcrumb of a.cbs links; a filter column (category links, an Express checkbox, brand checkboxes with counts, a FCFA price min / max form, discount and rating radios with 'x sur 5' stars); section.card#catalog-listing with h1 'Smartphones', '92 produits trouvés' and a 'Trier par: Popularité' drop-down of sort links; div.row of article.prd._fb.col.c-prd cards: a.core (data-gtm-* and data-ga4-* attributes with the name, price, brand, category, discount, rating) around div.img-c > img.img (lazy data-src, alt = the name), div.bdg._mall._xs 'Boutique Officielle' on some, div.info > h3.name (long names 'Tecno Spark 20 Pro - 6,78\" - 8Go RAM + 256Go ROM - Caméra 108MP - 5000mAh - Noir'), div.prc '84 900 FCFA', div.s-prc-w with div.old '109 000 FCFA' and div.bdg._dsct._sm '-18%' on discounted items, div.rev > div.stars._s '4.3 sur 5' + div.in width bar, then '(57)' on rated items, 'Stock limité' on a few, an svg.ic.xprss aria-label 'Baobab Express' on most; footer.ft with an add-to-cart POST form ('Ajouter au panier'). A Ramadan promo banner div.col sits ninth in the page-1 grid. The div.pg-w pager of a.pg links: icon-only 'Première page' / 'Page précédente' / 'Page suivante' / 'Dernière page' (aria-labels) around numbered links (a.pg._act current). 'Récemment consultés', an SEO text, the footer (newsletter form, app links, help / about link columns, payment logos); a window.__STORE__ script with the page's products (name, url, prices.price '84 900 FCFA' and rawPrice, oldPrice, discount, rating.average / totalRatings). 40 + 40 + 12 products. Written down: title (the h3 name), url, price, currency (XOF), original_price (the struck price, on discounted items), rating, review_count.",
    )
    pages = chunks(BM_PRODUCTS, [BM_PER_PAGE, BM_PER_PAGE, len(BM_PRODUCTS) - 2 * BM_PER_PAGE])
    for number, products in enumerate(pages, 1):
        text = _bm_page(number, len(pages), products)
        s.list_page(f"smartphones/{'index.html' if number == 1 else f'@page={number}'}", text)
        if number == 1:  # the pager links page 1 as ?page=1#catalog-listing: the same page again
            s.write("smartphones/@page=1", text)
    for p in BM_PRODUCTS:
        s.expect(
            {
                "title": p.title,
                "url": p.url,
                "price": p.price,
                "currency": "XOF",
                "original_price": p.old,
                "rating": p.rating,
                "review_count": p.reviews,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# lattice-rpkgs: CRAN's "Available Packages By Name" page for a small CRAN-like repository, one page.
# ---------------------------------------------------------------------------------------------------

#: name | Title field of the DESCRIPTION (a "\n" where the generator kept a line break)
LR_ROWS = """
adespatialx|Multivariate Multiscale Spatial Analysis with 'adespatial'\\nExtensions for Irregular Sampling Designs
animove|Animal Movement Tracks: Cleaning, Resampling and Home Range\\nEstimation
barkbeetle|Simulating Bark Beetle Outbreaks on Forest Landscape Rasters
biomodr|Ensemble Species Distribution Models with a Tidy Interface
canopyR|Canopy Height Models and Gap Detection from Airborne 'LiDAR'
cartoforest|Thematic Maps of Forest Inventory Plots with 'ggplot2'
connectscape|Landscape Connectivity via Circuit Theory and Least-Cost\\nPaths
dispersalkit|Seed and Larval Dispersal Kernels: Fitting, Simulation and\\nPlotting
ecoregionR|Access to Global Terrestrial Ecoregion Boundaries
fragstatsR|Landscape Metrics Compatible with 'FRAGSTATS' 4.2
gbifclean|Flag and Remove Common Errors in 'GBIF' Occurrence Records
geodiv2|Surface Metrics for Continuous Landscape Variables
habitatsuit|Habitat Suitability Indices from Expert Rules and Rasters
hexbinR|Hexagonal Binning of Occurrence Points for Biodiversity Maps
isoscapes|Isotope Landscapes: Kriging and Assignment of Animal Origins
kernelUD2|Utilization Distributions with Movement-Based Kernels
lakeshore|Littoral Habitat Mapping from Sonar and Drone Surveys
landsatTS|Landsat Time Series Compositing with 'terra' and 'GDAL'
mapvegR|Vegetation Plot Databases: Import from 'TURBOVEG' and\\n'VegBank'
metapopR|Stochastic Metapopulation Models on Patch Networks
mossmapper|Bryophyte Atlas Grids and Recording Effort Correction
nicheoverlap|Niche Overlap Statistics in Environmental Space
occuSpatial|Spatial Occupancy Models with Gaussian Process Random\\nEffects
phenocam2|Vegetation Phenology from Time-Lapse Camera Imagery
pointpatternX|Inhomogeneous Point Pattern Tests for Tree Stem Maps
quadratR|Quadrat Sampling Designs and Abundance Estimators
rangeshift|Detecting Species Range Shifts from Repeated Surveys
riverNet|Stream Network Topology, Distances and Spatial Stream Network\\nModels
sdmtune2|Hyperparameter Tuning for Species Distribution Models
sfecology|Simple Features Helpers for Ecological Survey Data ('sf')
soilgrids250|Download and Crop 'SoilGrids' 250 m Rasters
telemetryQC|Quality Control for GPS Telemetry & Accelerometer Data
traitmapR|Community-Weighted Trait Maps from Plot Data
urbanbiodiv|Urban Biodiversity Indicators for City Planning
vegindex|Spectral Vegetation Indices for Multispectral Imagery
zonalstatsR|Fast Zonal Statistics of Rasters over Polygon Layers
"""


def _lr_rows() -> list[tuple[str, str]]:
    out = []
    for line in LR_ROWS.strip().splitlines():
        name, title = line.split("|", 1)
        out.append((name, title.replace("\\n", "\n")))
    return sorted(out, key=lambda row: row[0].lower())


LR_PACKAGES = _lr_rows()
LR_START = "web/packages/available_packages_by_name.html"


def _lr_page() -> str:
    letters: list[str] = []
    rows = []
    for name, title in LR_PACKAGES:
        letter = name[0].upper()
        row_id = ""
        if letter not in letters:
            letters.append(letter)
            row_id = f' id="available-packages-{letter}"'
        rows.append(
            f'<tr{row_id}>\n<td><a href="../../web/packages/{name}/index.html"><span class="CRAN">{name}</span></a></td>\n'
            f"<td>{esc(title).replace('&#x27;', chr(39))}</td>\n</tr>"
        )
    index = "\n".join(f'<a href="#available-packages-{x}"><span class="CRAN">{x}</span></a>' for x in letters)
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html>
<head>
<title>Lattice: Available Packages By Name</title>
<link rel="stylesheet" type="text/css" href="../CRAN_web.css" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes"/>
<style type="text/css">
  table td {{ vertical-align: top; }}
</style>
</head>
<body lang="en">
<div class="container">
<h1>Available Lattice Packages By Name</h1>
<p style="text-align: center;">
{index}
</p>
<table summary="Available Lattice packages by name.">
{body}
</table>
</div>
</body>
</html>"""


@twentyseventh_c
def build_lattice_rpkgs() -> None:
    s = Site(
        "lattice-rpkgs",
        kind="package index table (CRAN 'Available Packages By Name' 2024–25 for a small CRAN-like repository: an h1, a centred p of letter links a[href=#available-packages-X] > span.CRAN, one table[summary] with no header of bare two-cell rows — the name link ../../web/packages/<name>/index.html around span.CRAN and the DESCRIPTION Title with its line breaks and quoted 'software' names —, the first row of each letter carrying id=available-packages-X; one page, CRAN never pages it)",
        start=LR_START,
        description="The 'Available Packages By Name' page of Lattice, a small CRAN-like R package repository for spatial ecology whose web pages are written by the same R code as CRAN's (lattice-r.org/web/packages/available_packages_by_name.html), as of March 2025. The page is CRAN's to the byte apart from the repository's name: <!DOCTYPE html>, a title, ../CRAN_web.css, the viewport meta and a one-rule style element; body[lang=en] > div.container with h1 'Available Lattice Packages By Name', a p[style='text-align: center;'] of a[href='#available-packages-A'] > span.CRAN 'A' letter links (only letters with packages), and table[summary='Available Lattice packages by name.'] of tr rows without a header, each two bare td: a[href='../../web/packages/<name>/index.html'] > span.CRAN name, and the package's Title field as written (line breaks kept where the DESCRIPTION wraps, software names in single quotes, '&amp;'); the first row of each initial letter is tr#available-packages-X. Sorted case-insensitively. CRAN never pages this list, so the site is one list page of 36 packages. Written down: name, url (the package page), title (the Title as one line).",
    )
    s.list_page(LR_START, _lr_page())
    for name, title in LR_PACKAGES:
        s.expect({"name": name, "url": f"/web/packages/{name}/index.html", "title": " ".join(title.split())})
    s.finish()


# ---------------------------------------------------------------------------------------------------
# bibtrail: a dblp-style person page, /pid/83/4521.html, one page.
# ---------------------------------------------------------------------------------------------------

BT_HOST = "https://bibtrail.org"
BT_PID = "83/4521"
BT_PERSON = "Mei-Ling Tan"

#: co-author pids (dblp writes every co-author as a link to their person page)
BT_COAUTHORS = {
    "Rajesh Venkataraman": "71/2290",
    "Lukas Brandt": "204/8813",
    "Sofia Marchetti": "152/6067",
    "Hyun-woo Park": "88/3312-2",
    "Ana Lucía Ortega": "233/1045",
    "Tomasz Wierzbicki": "29/7781",
    "Priya Nair": "241/5530",
    "Jonas Eriksson": "119/4402",
    "Wei Zhang": "10/4661-87",
    "Chinedu Okafor": "276/3309",
    "Elena Kowalczyk": "187/9921",
    "Daniel Abadi": "a/DJAbadi",
    "Kenji Morimoto": "144/2218",
}

#: type (j journal / c conference / i informal) | year | title (with dblp's period) | authors ("; ") | venue |
#: volume(issue) or CoRR id or '' | pages | electronic edition URL ('' for none) | toc key
BT_ROWS = """
j|2025|Adaptive Learned Indexes for Skewed Update Workloads.|Mei-Ling Tan; Rajesh Venkataraman; Lukas Brandt|Proc. VLDB Endow.|18(4)|812-825|https://doi.org/10.14778/3712221.3712236|journals/pvldb/pvldb18
i|2025|Benchmarking Vector Search Under Concurrent Ingestion.|Priya Nair; Mei-Ling Tan|CoRR|abs/2502.11873||https://doi.org/10.48550/arXiv.2502.11873|journals/corr/corr2502
c|2025|Cost-Based Compaction Scheduling for LSM-Tree Key-Value Stores.|Hyun-woo Park; Mei-Ling Tan; Wei Zhang|ICDE||2214-2227|https://doi.org/10.1109/ICDE60146.2025.00171|conf/icde/icde2025
j|2024|Workload-Aware Partitioning for Distributed Graph Queries.|Mei-Ling Tan; Sofia Marchetti|IEEE Trans. Knowl. Data Eng.|36(11)|6120-6134|https://doi.org/10.1109/TKDE.2024.3398127|journals/tkde/tkde36
c|2024|Learned Cardinality Estimation Without Query Workloads.|Jonas Eriksson; Mei-Ling Tan; Rajesh Venkataraman|SIGMOD Conference||1877-1890|https://doi.org/10.1145/3626246.3653382|conf/sigmod/sigmod2024
c|2024|Tail-Latency Guarantees for Serverless Query Processing.|Mei-Ling Tan; Chinedu Okafor; Daniel Abadi|CIDR|||https://www.cidrdb.org/cidr2024/papers/p41-tan.pdf|conf/cidr/cidr2024
i|2024|A Survey of Learned Index Structures: Five Years On.|Lukas Brandt; Mei-Ling Tan|CoRR|abs/2403.06618||https://doi.org/10.48550/arXiv.2403.06618|journals/corr/corr2403
c|2024|Incremental View Maintenance for Streaming Graph Analytics.|Ana Lucía Ortega; Mei-Ling Tan|EDBT||402-414|https://doi.org/10.48786/edbt.2024.35|conf/edbt/edbt2024
j|2024|Energy-Efficient Query Execution on Heterogeneous Hardware: A Survey.|Tomasz Wierzbicki; Elena Kowalczyk; Mei-Ling Tan|ACM Comput. Surv.|56(9)|228:1-228:38|https://doi.org/10.1145/3652890|journals/csur/csur56
c|2023|FlexShard: Elastic Sharding for Multi-Tenant Cloud Databases.|Mei-Ling Tan; Hyun-woo Park; Kenji Morimoto; Rajesh Venkataraman|VLDB Workshops|||https://ceur-ws.org/Vol-3462/ADMS4.pdf|conf/vldb/vldb2023w
j|2023|Robust Join Ordering with Uncertain Statistics.|Rajesh Venkataraman; Mei-Ling Tan|VLDB J.|32(5)|1051-1076|https://doi.org/10.1007/s00778-023-00791-4|journals/vldb/vldb32
c|2023|Sampling-Based Approximate Queries over Compressed Columnar Data.|Mei-Ling Tan; Priya Nair|SIGMOD Conference||2011-2024|https://doi.org/10.1145/3589273.3589301|conf/sigmod/sigmod2023
i|2023|Towards Self-Tuning Buffer Pools with Reinforcement Learning.|Chinedu Okafor; Mei-Ling Tan|CoRR|abs/2309.14402||https://doi.org/10.48550/arXiv.2309.14402|journals/corr/corr2309
c|2023|Pushing Down Learned Predicates in Data Lakes.|Sofia Marchetti; Jonas Eriksson; Mei-Ling Tan|ICDE||1540-1553|https://doi.org/10.1109/ICDE55515.2023.00122|conf/icde/icde2023
j|2022|Lightweight Provenance Tracking for Data Science Pipelines.|Mei-Ling Tan; Ana Lucía Ortega; Wei Zhang|Proc. VLDB Endow.|15(12)|3598-3610|https://doi.org/10.14778/3554821.3554850|journals/pvldb/pvldb15
c|2022|Adaptive Radix Trees on Persistent Memory.|Lukas Brandt; Mei-Ling Tan|DaMoN||7:1-7:9|https://doi.org/10.1145/3533737.3535095|conf/damon/damon2022
c|2022|Query Rewriting with Learned Equivalences.|Mei-Ling Tan; Rajesh Venkataraman|CIKM||1934-1943|https://doi.org/10.1145/3511808.3557327|conf/cikm/cikm2022
i|2022|Serverless Data Processing: Promise and Pitfalls.|Mei-Ling Tan|CoRR|abs/2207.00991||https://doi.org/10.48550/arXiv.2207.00991|journals/corr/corr2207
j|2021|Cache-Conscious Hash Joins on Modern CPUs Revisited.|Tomasz Wierzbicki; Mei-Ling Tan|Inf. Syst.|101|101788|https://doi.org/10.1016/j.is.2021.101788|journals/is/is101
c|2021|Online Index Selection for Hybrid Transactional Workloads.|Mei-Ling Tan; Kenji Morimoto; Rajesh Venkataraman|SIGMOD Conference||1602-1615|https://doi.org/10.1145/3448016.3457290|conf/sigmod/sigmod2021
c|2021|Estimating Join Selectivity with Sketches over Streams.|Hyun-woo Park; Mei-Ling Tan|ICDE||2088-2099|https://doi.org/10.1109/ICDE51399.2021.00213|conf/icde/icde2021
j|2020|Compression-Aware Query Optimization for Column Stores.|Mei-Ling Tan; Rajesh Venkataraman|Proc. VLDB Endow.|13(11)|2207-2220|http://www.vldb.org/pvldb/vol13/p2207-tan.pdf|journals/pvldb/pvldb13
c|2020|Crowdsourced Entity Resolution at Scale.|Priya Nair; Mei-Ling Tan; Sofia Marchetti|WWW||2811-2817|https://doi.org/10.1145/3366423.3380289|conf/www/www2020
c|2020|Fast Approximate Distinct Counting on GPUs.|Mei-Ling Tan; Wei Zhang|DaMoN||3:1-3:8|https://doi.org/10.1145/3399666.3399911|conf/damon/damon2020
j|2019|Elastic Resource Allocation for Stream Processing Engines.|Mei-Ling Tan; Daniel Abadi|IEEE Data Eng. Bull.|42(2)|54-65|http://sites.computer.org/debull/A19june/p54.pdf|journals/debu/debu42
c|2019|Skew-Resilient Parallel Joins.|Mei-Ling Tan; Rajesh Venkataraman|SIGMOD Conference||1098-1112|https://doi.org/10.1145/3299869.3319894|conf/sigmod/sigmod2019
c|2019|Workload Forecasting for Self-Driving Databases.|Jonas Eriksson; Mei-Ling Tan|CIDR|||http://cidrdb.org/cidr2019/papers/p118-eriksson-cidr19.pdf|conf/cidr/cidr2019
j|2018|Bounded-Staleness Reads in Geo-Replicated Stores.|Mei-Ling Tan; Kenji Morimoto|Distributed Parallel Databases|36(3)|487-512|https://doi.org/10.1007/s10619-018-7230-1|journals/dpd/dpd36
c|2018|Progressive Indexing for Interactive Exploration.|Mei-Ling Tan; Elena Kowalczyk; Rajesh Venkataraman|EDBT||325-336|https://doi.org/10.5441/002/edbt.2018.29|conf/edbt/edbt2018
c|2017|Sketch-Based Summaries of Time Series Databases.|Mei-Ling Tan|SSDBM||14:1-14:12|https://doi.org/10.1145/3085504.3085518|conf/ssdbm/ssdbm2017
j|2017|A Cost Model for Hybrid Row-Column Layouts.|Mei-Ling Tan; Rajesh Venkataraman|Inf. Syst.|68|85-97|https://doi.org/10.1016/j.is.2017.03.002|journals/is/is68
c|2016|Partition Pruning with Learned Bloom Filters.|Mei-Ling Tan; Wei Zhang|CIKM||1721-1730|https://doi.org/10.1145/2983323.2983781|conf/cikm/cikm2016
c|2015|Scan Sharing for Concurrent Analytical Queries.|Mei-Ling Tan; Rajesh Venkataraman|DaMoN||5:1-5:8|https://doi.org/10.1145/2771937.2771942|conf/damon/damon2015
c|2015|Efficient Top-k Queries over Uncertain Spatial Data.|Mei-Ling Tan|SSTD||||conf/ssd/sstd2015
"""


class BTEntry(NamedTuple):
    kind: str
    year: int
    title: str
    authors: list[str]
    venue: str
    volume: str
    pages: str
    ee: str
    toc: str


def _bt_entries() -> list[BTEntry]:
    out = []
    for line in BT_ROWS.strip().splitlines():
        kind, year, title, authors, venue, volume, pages, ee, toc = line.split("|")
        out.append(BTEntry(kind, int(year), title, authors.split("; "), venue, volume, pages, ee, toc))
    return out


BT_ENTRIES = _bt_entries()
BT_TYPES = {
    "j": ("article", "Journal Article", "n"),
    "c": ("inproceedings", "Conference and Workshop Papers", "c"),
    "i": ("informal", "Informal and Other Publications", "i"),
}


def _bt_key(entry: BTEntry) -> str:
    """dblp's record key: journals/pvldb/TanVB25 style (the authors' initials and the year)."""
    prefix = "/".join(entry.toc.split("/")[:2])
    if entry.kind == "i":
        prefix = "journals/corr"
        tail = "abs-" + entry.volume.removeprefix("abs/").replace(".", "-")
        return f"{prefix}/{tail}"
    initials = "".join(a.split()[-1][0] for a in entry.authors[1:4])
    return f"{prefix}/{entry.authors[0].split()[-1]}{initials}{entry.year % 100:02d}"


def _bt_author(name: str) -> str:
    if name == BT_PERSON:
        return f'<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="this-person" itemprop="name">{esc(name)}</span></span>'
    return (
        f'<span itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="{BT_HOST}/pid/{BT_COAUTHORS[name]}.html" itemprop="url">'
        f'<span itemprop="name" title="{esc(name)}">{esc(name)}</span></a></span>'
    )


def _bt_venue(entry: BTEntry, key: str) -> str:
    anchor = key.rsplit("/", 1)[-1]
    href = f"{BT_HOST}/db/{entry.toc}.html#{anchor}"
    if entry.kind == "i":
        return (
            f'<a href="{href}"><span itemprop="isPartOf" itemscope itemtype="http://schema.org/Periodical"><span itemprop="name">CoRR</span></span> '
            f'<span itemprop="isPartOf" itemscope itemtype="http://schema.org/PublicationVolume"><span itemprop="volumeNumber">{entry.volume}</span></span></a>'
            f' (<span itemprop="datePublished">{entry.year}</span>)'
        )
    if entry.kind == "j":
        volume, _, issue = entry.volume.partition("(")
        inner = (
            f'<span itemprop="isPartOf" itemscope itemtype="http://schema.org/Periodical"><span itemprop="name">{esc(entry.venue)}</span></span> '
            f'<span itemprop="isPartOf" itemscope itemtype="http://schema.org/PublicationVolume"><span itemprop="volumeNumber">{volume}</span></span>'
        )
        if issue:
            inner += f'(<span itemprop="isPartOf" itemscope itemtype="http://schema.org/PublicationIssue"><span itemprop="issueNumber">{issue.rstrip(")")}</span></span>)'
        pages = f': <span itemprop="pagination">{entry.pages}</span>' if entry.pages else ""
        return f'<a href="{href}">{inner}</a>{pages} (<span itemprop="datePublished">{entry.year}</span>)'
    pages = f': <span itemprop="pagination">{entry.pages}</span>' if entry.pages else ""
    return (
        f'<a href="{href}"><span itemprop="isPartOf" itemscope itemtype="http://schema.org/BookSeries"><span itemprop="name">{esc(entry.venue)}</span></span> '
        f'<span itemprop="datePublished">{entry.year}</span></a>{pages}'
    )


def _bt_entry(entry: BTEntry, nr: str) -> str:
    cls, type_title, icon = BT_TYPES[entry.kind]
    key = _bt_key(entry)
    rec = f"{BT_HOST}/rec/{key}"
    ee = ""
    if entry.ee:
        label = (
            "electronic edition via DOI" if "doi.org" in entry.ee else "electronic edition @ " + entry.ee.split("/")[2]
        )
        extra = ""
        if "arXiv" in entry.ee:
            arxiv = entry.volume.removeprefix("abs/")
            extra = f'<li class="ee"><a href="https://arxiv.org/abs/{arxiv}" itemprop="url"><img alt="" src="{BT_HOST}/img/paper.dark.16x16.png" class="icon">electronic edition @ arxiv.org (open access)</a></li>'
        ee = (
            f'<li class="drop-down"><div class="head"><a href="{esc(entry.ee)}"><img alt="" src="{BT_HOST}/img/paper.dark.hollow.16x16.png" class="icon" title="{label}"></a></div>'
            f'<div class="body"><p><b>view</b></p><ul><li class="ee"><a href="{esc(entry.ee)}" itemprop="url"><img alt="" src="{BT_HOST}/img/paper.dark.hollow.16x16.png" class="icon">{label}</a></li>{extra}</ul>'
            f'<p><b>references &amp; citations</b></p><ul><li class="details"><a href="{rec}.html"><img alt="" src="{BT_HOST}/img/info.dark.16x16.png" class="icon">details &amp; citations</a></li></ul></div></li>'
        )
    else:
        ee = f'<li class="drop-down"><div class="head"><a href="{rec}.html"><img alt="" src="{BT_HOST}/img/paper-unavailable.dark.hollow.16x16.png" class="icon" title="no electronic edition available"></a></div></li>'
    nav = (
        f'<nav class="publ"><ul>{ee}'
        f'<li class="drop-down"><div class="head"><a href="{rec}.html?view=bibtex"><img alt="" src="{BT_HOST}/img/download.dark.hollow.16x16.png" class="icon" title="export record"></a></div>'
        f'<div class="body"><p><b>export record</b></p><ul><li><a href="{rec}.html?view=bibtex" rel="nofollow">BibTeX</a></li><li><a href="{rec}.ris" rel="nofollow">RIS</a></li><li><a href="{rec}.nt" rel="nofollow">RDF N-Triples</a></li><li><a href="{rec}.xml" rel="nofollow">XML</a></li></ul>'
        f'<p><em><b>dblp key:</b></em></p><ul class="bullets"><li class="select-on-click"><small>{key}</small></li></ul></div></li>'
        f'<li class="drop-down"><div class="head"><a href="https://scholar.google.com/scholar?q={esc(entry.title.replace(" ", "+"))}" rel="nofollow"><img alt="" src="{BT_HOST}/img/search-external.dark.hollow.16x16.png" class="icon" title="ask others"></a></div>'
        f'<div class="body"><p><b>ask others</b></p><ul><li><a href="https://scholar.google.com/scholar?q={esc(entry.title.replace(" ", "+"))}" rel="nofollow">Google Scholar</a></li><li><a href="https://www.semanticscholar.org/search?q={esc(entry.title.replace(" ", "+"))}" rel="nofollow">Semantic Scholar</a></li></ul></div></li>'
        f'<li class="drop-down"><div class="head"><a href="{rec}.html"><img alt="" src="{BT_HOST}/img/link.dark.hollow.16x16.png" class="icon" title="share record"></a></div>'
        f'<div class="body"><p><b>share record</b></p><ul><li><a href="https://bsky.app/intent/compose?text={esc(key)}" rel="nofollow">Bluesky</a></li><li><a href="https://www.reddit.com/submit?url={rec}" rel="nofollow">Reddit</a></li></ul>'
        f'<p><em><b>persistent URL:</b></em></p><ul class="bullets"><li><small><a href="{rec}">{rec}</a></small></li></ul></div></li></ul></nav>'
    )
    authors = ", ".join(_bt_author(a) for a in entry.authors)
    cite = (
        f'<cite class="data tts-content" itemprop="headline">{authors}:<br> <span class="title" itemprop="name">{esc(entry.title)}</span> '
        f"{_bt_venue(entry, key)}</cite>"
    )
    return (
        f'<li class="entry {cls} toc" id="{key}" itemscope itemtype="http://schema.org/ScholarlyArticle">'
        f'<link itemprop="additionalType" href="https://dblp.org/rdf/schema#Publication">'
        f'<div class="box"><img alt="" title="{type_title}" src="{BT_HOST}/img/{icon}.png"></div>'
        f'<div class="nr" id="{nr}">[{nr}]</div>{nav}{cite}'
        f'<meta property="genre" content="computer science"></li>'
    )


def _bt_numbers() -> list[str]:
    counts = {k: sum(1 for e in BT_ENTRIES if e.kind == k) for k in BT_TYPES}
    out = []
    for entry in BT_ENTRIES:
        out.append(f"{entry.kind}{counts[entry.kind]}")
        counts[entry.kind] -= 1
    return out


def _bt_coauthors(numbers: list[str]) -> str:
    by_name: dict[str, list[str]] = {}
    for entry, nr in zip(BT_ENTRIES, numbers, strict=True):
        for name in entry.authors:
            if name != BT_PERSON:
                by_name.setdefault(name, []).append(nr)
    rows = []
    for name in sorted(by_name, key=lambda n: n.split()[-1]):
        refs = ", ".join(f'<a href="#{nr}">{nr}</a>' for nr in by_name[name])
        rows.append(
            f'<tr><td class="co-nr">{len(by_name[name])}</td><td class="co-name"><a href="{BT_HOST}/pid/{BT_COAUTHORS[name]}.html">{esc(name)}</a></td><td class="co-refs">[{refs}]</td></tr>'
        )
    return "\n".join(rows)


def _bt_page() -> str:
    numbers = _bt_numbers()
    sections = []
    for decade, heading in ((2020, "2020 – today"), (2010, "2010 – 2019")):
        items = []
        year = 0
        for entry, nr in zip(BT_ENTRIES, numbers, strict=True):
            if not decade <= entry.year < decade + 10 and not (decade == 2020 and entry.year >= 2020):
                continue
            if entry.year != year:
                year = entry.year
                items.append(f'<li class="year">{year}</li>')
            items.append(_bt_entry(entry, nr))
        sections.append(
            f'<header id="the{decade}s" class="hide-body h2"><h2>{heading}</h2><nav class="side"><ul><li><a href="#">see FAQ</a></li></ul></nav></header>'
            f'<div class="hide-body"><ul class="publ-list" data-style="ydvt">\n' + "\n".join(items) + "\n</ul></div>"
        )
    menu = (
        '<nav class="navbar"><ul>'
        f'<li class="drop-down"><div class="head"><a href="{BT_HOST}/">home</a></div></li>'
        f'<li class="drop-down"><div class="head"><a href="{BT_HOST}/db/">browse</a></div><div class="body"><ul><li><a href="{BT_HOST}/pers/">persons</a></li><li><a href="{BT_HOST}/db/conf/">conferences</a></li><li><a href="{BT_HOST}/db/journals/">journals</a></li><li><a href="{BT_HOST}/db/series/">series</a></li><li><a href="{BT_HOST}/db/repo/">repositories</a></li></ul></div></li>'
        f'<li class="drop-down"><div class="head"><a href="{BT_HOST}/search/">search</a></div><div class="body"><ul><li><a href="{BT_HOST}/search/">search bibtrail</a></li><li><a href="{BT_HOST}/sparql/">SPARQL queries</a></li><li><a href="{BT_HOST}/lookup/">lookup by ID</a></li></ul></div></li>'
        f'<li class="drop-down"><div class="head"><a href="{BT_HOST}/faq/">about</a></div><div class="body"><ul><li><a href="{BT_HOST}/faq/">F.A.Q.</a></li><li><a href="{BT_HOST}/team/">team</a></li><li><a href="{BT_HOST}/statistics/">statistics</a></li><li><a href="{BT_HOST}/faq/How+can+I+correct+errors+in+dblp">report an error</a></li></ul></div></li>'
        "</ul></nav>"
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>bibtrail: {BT_PERSON}</title><link rel="home" href="{BT_HOST}"><link rel="search" type="application/opensearchdescription+xml" href="{BT_HOST}/xml/osd.xml" title="bibtrail search"><link rel="apple-touch-icon" href="{BT_HOST}/img/bibtrail.icon.192x192.png"><link rel="icon" href="{BT_HOST}/img/bibtrail.favicon.ico"><link rel="stylesheet" type="text/css" href="{BT_HOST}/css/dblp-2024-11-08.css"><link href="{BT_HOST}/css/open-sans.css" rel="stylesheet" type="text/css"><link rel="canonical" href="{BT_HOST}/pid/{BT_PID}.html"><link rel="alternate" type="text/html" title="person page HTML" href="{BT_HOST}/pid/{BT_PID}.html"><link rel="alternate" type="application/x-bibtex" title="person page BibTeX" href="{BT_HOST}/pid/{BT_PID}.bib"><link rel="alternate" type="application/rdf+xml" title="person page RDF/XML" href="{BT_HOST}/pid/{BT_PID}.rdf"><meta name="description" content="List of computer science publications by {BT_PERSON}"><meta name="keywords" content="{BT_PERSON}, bibtrail, computer science, bibliography, knowledge graph, author, editor, publication, conference, journal, book, thesis, database, collection, open data, bibtex"><script type="application/ld+json">{{"@context": "http://schema.org","@type": "WebSite","url": "{BT_HOST}","sameAs": ["https://www.wikidata.org/entity/Q1224715"],"name": "bibtrail computer science bibliography","description": "The bibtrail computer science bibliography provides open bibliographic information on major computer science journals and proceedings."}}</script>
<script type="text/javascript" src="{BT_HOST}/js/jquery-3.1.1.min.js"></script><script type="text/javascript" src="{BT_HOST}/js/jquery.dblp-2014-08-07.min.js"></script><script type="text/javascript" src="{BT_HOST}/js/dblp-2016-11-28.min.js"></script></head>
<body class="pers-page" itemscope itemtype="http://schema.org/Person"><div id="banner" class="message warning"><div><b>bibtrail will be offline on Sunday, March 16, 2025, from 07:00 to 09:00 CET for maintenance.</b> We apologize for any inconvenience.</div></div>
<header id="header" class="off-screen-nav"><div id="logo"><a class="logo" href="{BT_HOST}"><img src="{BT_HOST}/img/bibtrail.v1.png" alt="bibtrail computer science bibliography" title="bibtrail computer science bibliography"></a></div>
<div id="search"><form method="get" action="{BT_HOST}/search" class="search-form"><input type="search" name="q" maxlength="127" placeholder="search bibtrail" class="search-field"><button type="submit" title="search">search</button></form></div>
{menu}</header>
<div id="breadcrumbs" class="section"><ul><li itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">&gt; <a href="{BT_HOST}" itemprop="item"><span itemprop="name">Home</span></a><meta itemprop="position" content="1"></span> <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">&gt; <a href="{BT_HOST}/pers/" itemprop="item"><span itemprop="name">Persons</span></a><meta itemprop="position" content="2"></span></li></ul></div>
<div id="main">
<header class="headline noline"><h1><span class="name primary" itemprop="name">{BT_PERSON}</span></h1>
<nav class="head"><ul><li class="drop-down"><div class="head"><a href="https://orcid.org/0000-0002-4417-8263"><img alt="" src="{BT_HOST}/img/orcid-mark.12x12.png" class="icon" title="ORCID"></a></div></li><li class="drop-down"><div class="head"><a href="{BT_HOST}/pid/{BT_PID}.html?view=bibtex"><img alt="" src="{BT_HOST}/img/download.dark.hollow.16x16.png" class="icon" title="export bibliography"></a></div><div class="body"><p><b>export bibliography</b></p><ul><li><a href="{BT_HOST}/pid/{BT_PID}.bib?param=1" rel="nofollow">BibTeX</a></li><li><a href="{BT_HOST}/pid/{BT_PID}.ris" rel="nofollow">RIS</a></li><li><a href="{BT_HOST}/pid/{BT_PID}.xml" rel="nofollow">XML</a></li></ul></div></li></ul></nav></header>
<div class="profile hide-body"><div class="hide-body"><div class="info-section"><p><em>Person information</em></p><ul><li><em>affiliation:</em> <span itemprop="affiliation">National University of Singapore, School of Computing, Singapore</span></li><li><em>affiliation (PhD 2016):</em> University of Wisconsin-Madison, WI, USA</li></ul></div>
<div class="info-section"><p><em>visit</em></p><ul><li><a href="https://www.comp.nus.example.edu.sg/~tanml/" itemprop="url">homepage</a></li><li><a href="https://scholar.google.com/citations?user=Qx3mL2wAAAAJ">Google Scholar</a></li><li><a href="https://orcid.org/0000-0002-4417-8263">orcid.org/0000-0002-4417-8263</a></li></ul></div></div></div>
<div id="refine-section" class="section hide-body"><div class="refine-by"><p><b>refine list</b></p><ul><li><label><input type="checkbox" data-filter="type" value="article"> Journal Articles</label></li><li><label><input type="checkbox" data-filter="type" value="inproceedings"> Conference and Workshop Papers</label></li><li><label><input type="checkbox" data-filter="type" value="informal"> Informal and Other Publications</label></li></ul></div><div class="refine-by"><p><b>showing all {len(BT_ENTRIES)} records</b></p></div></div>
<div id="publ-section" class="section">
{chr(10).join(sections)}
</div>
<div id="coauthor-section" class="section"><header class="hide-body h2"><h2>Coauthor Index</h2></header><div class="hide-body"><table class="co-tab"><thead><tr><th>#</th><th>coauthor</th><th>entries</th></tr></thead><tbody>
{_bt_coauthors(numbers)}
</tbody></table></div></div>
</div>
<div id="footer" class="section"><div class="wrapper"><div class="left"><p><small>last updated on 2025-03-14 22:41 CET by the <a href="{BT_HOST}/team/">bibtrail team</a></small></p><p><a href="https://creativecommons.org/publicdomain/zero/1.0/"><img alt="" src="{BT_HOST}/img/cc-zero.small.png" class="icon"></a><small> all metadata released as <a href="https://creativecommons.org/publicdomain/zero/1.0/">open data</a> under CC0 1.0 license</small></p></div>
<div class="right"><p><small>see also: <a href="{BT_HOST}/faq/">Terms of Use</a> | <a href="{BT_HOST}/privacy/">Privacy Policy</a> | <a href="{BT_HOST}/imprint/">Imprint</a></small></p></div></div></div>
</body>
</html>"""


BT_START = f"pid/{BT_PID}.html"


@twentyseventh_c
def build_bibtrail() -> None:
    s = Site(
        "bibtrail",
        kind="bibliography person page (dblp 2024–25: one page of every publication; ul.publ-list per decade header with li.year headings and li.entry.article / .inproceedings / .informal rows: div.box type icon title, div.nr '[j7]', nav.publ drop-down menus of electronic-edition / export / ask-others / share links, cite.data with span[itemprop=author] co-author links and the page's person as span.this-person, ':', span.title ending in a period, the venue link 'Proc. VLDB Endow. 18(4)' / 'SIGMOD Conference 2024' / 'CoRR abs/2403.06618', ': 812-825' pages, '(2025)' on journals; a coauthor index table)",
        start=BT_START,
        description=f"A computer-science bibliography (bibtrail.org) built like dblp, the person page of {BT_PERSON} (/pid/{BT_PID}.html) as a visitor gets it in March 2025. dblp lists every publication of a person on one page (there is no pager), so the site is one list page of {len(BT_ENTRIES)} publications. The dblp layout: a maintenance div#banner, header#header with the logo, the search form and nav.navbar drop-downs (home / browse / search / about), div#breadcrumbs 'Home > Persons', header.headline with h1 > span.name.primary and an ORCID / export drop-down nav, div.profile (affiliation, 'visit' links), a refine-list box; div#publ-section with header.hide-body.h2 'the2020s' / 'the2010s' decade headings, each followed by div.hide-body > ul.publ-list of li.year headings and li.entry.<article|inproceedings|informal>.toc[id=<dblp key>] items: div.box > img[title='Journal Article' / 'Conference and Workshop Papers' / 'Informal and Other Publications'], div.nr '[j9]', nav.publ > ul of li.drop-down menus (the electronic edition: a head link to the DOI / PDF URL with an icon title 'electronic edition via DOI', a body list repeating it and an arXiv link on CoRR papers, 'details & citations'; export record BibTeX / RIS / RDF / XML and the dblp key; ask others Google Scholar / Semantic Scholar; share record), then cite.data.tts-content: span[itemprop=author] persons (co-authors as a[itemprop=url] to their pid pages around span[itemprop=name][title], the page's own person as span.this-person), ':' and a br, span.title[itemprop=name] ending in a period, and the venue: journals 'Proc. VLDB Endow. 18(4): 812-825 (2025)' (Periodical name, volume, issue in a link, pagination, datePublished), conferences 'SIGMOD Conference 2024: 1877-1890' (BookSeries name and year in the link, pagination where known), CoRR 'CoRR abs/2502.11873 (2025)'; a meta genre. div#coauthor-section with table.co-tab (count, co-author link, entry numbers); the footer ('last updated on … by the bibtrail team', CC0). One entry has no electronic edition. Written down: title (without dblp's final period), url (the first electronic edition link), authors (list, in order), venue (the venue name as shown: 'Proc. VLDB Endow.', 'SIGMOD Conference', 'CoRR'), year, pages (where shown).",
    )
    s.list_page(BT_START, _bt_page())
    for entry in BT_ENTRIES:
        s.expect(
            {
                "title": entry.title.removesuffix("."),
                "url": entry.ee or None,
                "authors": entry.authors,
                "venue": entry.venue,
                "year": entry.year,
                "pages": entry.pages or None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYSEVENTH_C.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
