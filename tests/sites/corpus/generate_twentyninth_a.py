"""Twenty-ninth wave, part A: a JTL-Shop 5 category listing in German, a Jimdo Creator blog selection and a
Weebly blog, copied from their real 2024–25 markup as a logged-out visitor gets it and written before any
heuristic was changed for them.

The brief asked for a Shopware 6 category, a Webflow CMS collection list and a Squarespace events or blog list.
All three platforms are already in the corpus (Shopware as a held-out category, Webflow as flowjournal,
Squarespace as squarenotes and lanternhollow), so each is replaced by another of the same kind: JTL-Shop 5 (the
other big German shop system), Jimdo Creator (a site builder whose blog selection module is its collection
list) and Weebly (a site builder's blog with '<<Previous' pages, as Squarespace's 'Older Posts').

* **elbtee-kontor** — the category 'Grüner Tee' of a Hamburg tea shop on JTL-Shop 5.3 with the NOVA template,
  ``/Gruener-Tee`` then ``/Gruener-Tee_s2`` and ``_s3`` (JTL's SEO page suffix). The NOVA chrome (the consent
  manager banner and its settings modal, ``header#jtl-nav-wrapper`` with the mega menu, search form and the
  account / wish list / compare / basket icons, the ``ol#breadcrumb`` BreadcrumbList), the category title and
  text, sub-category tiles, a 'Bestseller' product slider of four products that are also in the list (on every
  page: duplicates, not records), the sort / per-page dropdowns and 'Artikel 1 - 18 von 49', then
  ``div#product-list.product-list.layout-gallery`` of ``div.product-wrapper`` > ``div.productbox`` (schema.org
  Product microdata): an optional ribbon ('Bestseller', 'Neu', '-11%'), the picture link, ``div.productbox-title``
  link, ``div.price_wrapper`` with the price (variation parents 'ab 7,90 €' with a ``span.price_label
  pricestarting``), a footnote star, ``meta[itemprop=price]``, a 'statt 27,90 €' old price on specials, a
  'Grundpreis: 15,80 € / 100 g' line on teas, the NOVA rating stars titled 'Durchschnittliche
  Artikelbewertung: 4.7/5' and '(38)', a delivery status ('Lieferzeit: 1 - 3 Werktage' / 'Ausverkauft'), the
  basket form (hidden jtl_token, article id, quantity) or a 'Zum Artikel' button; the pager twice
  (``nav.navbar-pagination > ul.pagination``), the filter side panel (price ranges, Anbaugebiet, Bio-Siegel with
  counts), the footer with 'Alle Preise inkl. gesetzl. Mehrwertsteuer zzgl. Versandkosten'. 18 + 18 + 13
  products. Written down: title, url, price, currency, original_price (where 'statt'), unit_price + unit (the
  Grundpreis, where shown), rating + review_count (where shown), delivery (the status, 'Lieferzeit:' left out).
* **imkerverein-lindach** — the news page of a German beekeepers' club on Jimdo Creator (the 'jtpl' responsive
  layout), ``/aktuelles/`` holding a blog selection module in teaser mode, then ``/aktuelles/?page=2`` and
  ``?page=3``: ``div.j-blogSelection > div.blogselection`` of ``div.n.clearover.j-blogarticle`` posts, each an
  ``a.j-blog-header`` around ``h2.j-blog-headline``, ``time.datetime[datetime]`` split into ``span.day-word``
  'Fr', ``span.day`` '14', ``span.mon`` 'Mär', ``span.yr`` '2025', the post's first module (``j-textWithImage``
  with a jimcdn srcset picture, or ``j-text``) and a 'mehr lesen' link; post URLs are Jimdo's dated paths with
  the umlauts kept and percent-encoded. The sidebar holds a 'Nächste Termine' list and the club's contact; the
  cookie settings are regModule JSON. 10 + 10 + 7 posts. Written down: title, url, date, summary (the teaser
  text), image (the teaser picture's src, where shown).
* **riverbend-clay** — the studio news blog of a pottery studio in Asheville on Weebly (Square Online's classic
  site builder), ``/news/`` then ``/news/previous/2`` and ``/news/previous/3`` ('<<Previous' / 'Next>>' in
  ``div.blog-page-nav-previous`` / ``-next``; 'Next>>' leads to ``/news/next/1`` and ``/news/next/2``, the
  newer pages again): ``table#blogTable`` with the posts column and the sidebar (Author, Archives, Categories,
  RSS Feed); ``div.blog-post#blog-post-<id>`` with ``h2.blog-title > a.blog-title-link.blog-link``,
  ``p.blog-date > span.date-text`` '3/14/2025' (month first), ``p.blog-comments`` '2 Comments' and again in
  ``div.blog-comments-bottom``, the excerpt in ``div.blog-content`` (``div.paragraph`` and, on most, a
  ``div.wsite-image`` picture before or after it), 'Read More', share buttons. The Weebly shell (``_W`` config
  scripts, ``STATIC_BASE``, editmysite CDN assets, ``ul.wsite-menu-default``, the footer and the 'Powered by
  Square' badge). 10 + 10 + 6 posts. Written down: title, url, date, comments, summary (the excerpt
  paragraph), image (where shown).

Run ``uv run python tests/sites/corpus/generate_twentyninth_a.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
import unicodedata
from collections.abc import Callable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTYNINTH_A: dict[str, Callable[[], None]] = {}


def twentyninth_a(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYNINTH_A[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


def _hex(text: str, size: int = 16) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:size]


def _de_money(amount: Decimal) -> str:
    """``Decimal('1234.5')`` → ``1.234,50 €`` (with a non-breaking space, as JTL writes it)."""
    whole, cents = f"{amount:,.2f}".split(".")
    return f"{whole.replace(',', '.')},{cents}&nbsp;€"


# ---------------------------------------------------------------------------------------------------
# elbtee-kontor: JTL-Shop 5.3 + NOVA, the category /Gruener-Tee, pages /Gruener-Tee_s2 and _s3.
# ---------------------------------------------------------------------------------------------------

ET_HOST = "https://www.elbtee-kontor.de"
ET_CAT = "Gruener-Tee"
ET_PER_PAGE = 18
ET_VERSION = "5.3.1"
ET_TOKEN = _hex("elbtee-kontor jtl_token", 32)

#: title | v (variation parent: 'ab') or f | price | special-price original ('' = none) | grams or ml for the
#: Grundpreis ('' = none; 'ml' suffix = per litre) | rating | votes | delivery (1: 1 - 3 Werktage, 2: 5 - 7
#: Werktage, 3: 3 - 4 Wochen, 0: Ausverkauft) | ribbon (b: Bestseller, n: Neu, s: the sale percentage)
ET_ROWS = """
Sencha Fukuyu Bio|v|7.90||50|4.7|38|1|b
Gyokuro Asahi|v|18.50||50|4.9|12|1|
Genmaicha mit Matcha|v|5.40||50|4.5|21|1|
Hojicha Kyoto|v|6.20||50|4.6|9|1|
Matcha Uji Premium Bio, 30 g Dose|f|24.90|27.90|30|4.8|54|1|s
Kukicha Karigane|v|6.90||50|||1|n
Bancha Shizuoka Bio|v|4.20||100|4.2|6|1|
Shincha 2025 Kagoshima|v|14.90||50|||3|n
Sencha Kirishima|v|6.50||50|4.4|17|1|
Kabusecha Yame|v|9.80||50|4.7|8|1|
Tamaryokucha Bio|v|7.20||50|||2|
Sencha Cold Brew, 0,33 l Flasche|f|3.49||330ml|||1|
China Gunpowder Temple of Heaven|v|3.60||100|4.1|29|1|
Lung Ching Drachenbrunnen|v|11.90||50|4.8|15|1|
Bi Luo Chun Frühlingsschnecke|v|12.40|13.90|50|4.6|7|1|s
Jasmin Chung Hao|v|8.90||100|4.5|33|1|
Chun Mee Bio|v|3.90||100|||1|
Huang Shan Mao Feng|v|9.40||50|4.3|4|2|
Korea Sejak Jeju|v|13.80||50|||2|n
Darjeeling Green Castleton FF|v|10.90||50|4.4|5|1|
Vietnam Green Snow Shan|v|8.60||50|||0|
Nepal Green Jun Chiyabari|v|9.20||50|4.6|3|1|
Morgentau Grüntee mit Mangoblüten|v|5.90||100|4.8|112|1|b
Grüntee Ingwer-Zitrone|v|5.50||100|4.3|19|1|
Marokkanische Minze Nana|v|4.90||100|4.6|41|1|
Sencha Kirsche|v|5.60||100|4.0|8|1|
Grüner Earl Grey|v|5.80||100|||1|
Matcha Ceremonial Yame, 20 g Dose|f|19.90||20|4.9|22|1|
Matcha Latte Vanille, 250 g|f|14.50|16.90|250|4.2|31|1|s
Matcha Küchenqualität Bio, 100 g|f|12.90||100|4.4|27|1|
Genmaicha Bio im Teebeutel, 20 × 2 g|f|4.95||40|3.9|11|1|
Sencha Pyramidenbeutel, 15 Stück|f|5.90||30|||1|
Kyusu Tokoname 280 ml|f|49.00|||4.9|6|2|
Kyusu Banko Seitengriff 350 ml|f|36.50|42.00||||1|s
Matcha-Besen Chasen, 100 Borsten|f|16.90|||4.7|48|1|b
Matcha-Schale Chawan Seigaiha|f|29.00|||4.8|9|1|
Chashaku Bambuslöffel|f|6.50|||4.5|14|1|
Matcha-Sieb Edelstahl|f|8.90|||||1|
Teedose Washi Sakura, 100 g|f|17.50|||4.6|7|1|
Teefilter Papier Gr. M, 100 Stück|f|3.20|||4.4|63|1|
Glas-Teekanne mit Sieb 800 ml|f|27.90|||4.1|18|2|
Yunomi Teebecher Seladon, 2er-Set|f|24.00|||||0|
Probierset Japan Grüntee, 5 × 25 g|f|19.90|22.50|125|4.7|26|1|s
Probierset China Grüntee, 5 × 25 g|f|17.90||125|4.5|12|1|
Sencha Asamushi|v|5.20||50|||1|
Gyokuro Okumidori Bio|v|15.90||50|4.8|5|2|n
Konacha Sushi-Tee|v|3.80||100|4.0|7|1|
Mecha Yabukita|v|4.60||100|||1|
Grüntee-Chai Bio|v|5.70||100|4.3|10|3|
"""

ET_DELIVERY = {
    "1": ("status-2", "Lieferzeit: 1 - 3 Werktage"),
    "2": ("status-1", "Lieferzeit: 5 - 7 Werktage"),
    "3": ("status-1", "Lieferzeit: 3 - 4 Wochen"),
    "0": ("status-0", "Ausverkauft"),
}


class ETProduct(NamedTuple):
    id: int
    title: str
    variations: bool
    price: Decimal
    original: Decimal | None
    unit_price: Decimal | None
    unit: str | None
    rating: float | None
    votes: int | None
    delivery: str
    ribbon: str


def _et_products() -> list[ETProduct]:
    out: list[ETProduct] = []
    for index, line in enumerate(ET_ROWS.strip().splitlines()):
        fields = line.split("|")
        assert len(fields) == 9, line
        title, kind, price, original, amount, rating, votes, delivery, ribbon = fields
        unit_price: Decimal | None = None
        unit: str | None = None
        if amount.endswith("ml"):
            unit_price = (Decimal(price) / Decimal(amount[:-2]) * 1000).quantize(Decimal("0.01"), ROUND_HALF_UP)
            unit = "1 l"
        elif amount:
            unit_price = (Decimal(price) / Decimal(amount) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
            unit = "100 g"
        out.append(
            ETProduct(
                id=1180 + index * 7 + _num(title, 2) % 5,
                title=title,
                variations=kind == "v",
                price=Decimal(price),
                original=Decimal(original) if original else None,
                unit_price=unit_price,
                unit=unit,
                rating=float(rating) if rating else None,
                votes=int(votes) if votes else None,
                delivery=delivery,
                ribbon=ribbon,
            )
        )
    return out


ET_PRODUCTS = _et_products()
ET_BESTSELLERS = [ET_PRODUCTS[i] for i in (22, 0, 34, 4)]


def _et_seo(text: str) -> str:
    """JTL's SEO name: umlauts spelt out, words kept in their case, everything else a hyphen."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = "".join(c if c.isalnum() else "-" for c in text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def _et_url(p: ETProduct) -> str:
    return "/" + _et_seo(p.title)


def _et_page_href(number: int) -> str:
    return f"/{ET_CAT}" if number == 1 else f"/{ET_CAT}_s{number}"


def _et_image(p: ETProduct, size: str) -> str:
    return f"/media/image/product/{p.id}/{size}/{_et_seo(p.title).lower()}.webp"


def _et_stars(rating: float) -> str:
    icons = []
    for i in range(1, 6):
        if rating >= i:
            icons.append('<i class="fas fa-star"></i>')
        elif rating >= i - 0.5:
            icons.append('<i class="fas fa-star-half-alt"></i>')
        else:
            icons.append('<i class="far fa-star"></i>')
    return "".join(icons)


def _et_ribbon(p: ETProduct) -> str:
    if p.ribbon == "b":
        return '<div class="ribbon ribbon-1 productbox-ribbon">Bestseller</div>'
    if p.ribbon == "n":
        return '<div class="ribbon ribbon-3 productbox-ribbon">Neu</div>'
    if p.ribbon == "s" and p.original:
        percent = int(((p.original - p.price) / p.original * 100).to_integral_value(ROUND_HALF_UP))
        return f'<div class="ribbon ribbon-2 productbox-ribbon">-{percent}%</div>'
    return ""


def _et_price(p: ETProduct) -> str:
    starting = '<span class="price_label pricestarting">ab </span>' if p.variations else ""
    special = " special-price" if p.original else ""
    notes = []
    if p.original:
        notes.append(
            f'<div class="instead-of old-price"><small class="text-muted-util">statt <del class="value text-nowrap-util">{_de_money(p.original)}</del></small></div>'
        )
    if p.unit_price is not None:
        notes.append(
            f'<div class="base_price text-nowrap-util"><span class="price-note-label">Grundpreis: </span><span class="value">{_de_money(p.unit_price)} / {p.unit}</span></div>'
        )
    note = f'<div class="price-note">{"".join(notes)}</div>' if notes else ""
    return f"""<div class="price_wrapper">
                                <div class="price productbox-price{special}">
                                    {starting}<span>{_de_money(p.price)}</span><span class="footnote-reference">*</span>
                                </div>
                                <meta itemprop="price" content="{p.price}">
                                <meta itemprop="priceCurrency" content="EUR">
                                {note}
                            </div>"""


def _et_delivery(p: ETProduct) -> str:
    css, text = ET_DELIVERY[p.delivery]
    icon = "fa-truck" if p.delivery != "0" else "fa-times-circle"
    return f'<div class="delivery-status"><ul class="list-unstyled"><li><span class="status {css}"><span class="fas {icon} status-icon"></span>{text}</span></li></ul></div>'


def _et_actions(p: ETProduct) -> str:
    if p.variations or p.delivery == "0":
        label = "Zum Artikel" if p.variations else "Details"
        return f'<div class="productbox-actions"><a class="btn btn-outline-primary btn-block" href="{_et_url(p)}" title="{esc(p.title)}">{label}</a></div>'
    return f"""<form action="/navi.php" method="post" class="form form-basket jtl-validate" data-toggle="basket-add">
                                <input type="hidden" class="jtl_token" name="jtl_token" value="{ET_TOKEN}">
                                <input type="hidden" name="a" value="{p.id}">
                                <input type="hidden" name="wke" value="1">
                                <input type="hidden" name="overview" value="1">
                                <input type="hidden" name="Sortierung" value="">
                                <div class="form-row productbox-actions">
                                    <div class="col-12 col-md-5">
                                        <div class="input-group form-counter" role="group">
                                            <div class="input-group-prepend"><button type="button" class="btn btn-" data-count-down aria-label="Menge verringern"><span class="fas fa-minus"></span></button></div>
                                            <input type="number" min="1" step="1" id="quantity{p.id}" class="quantity form-control text-right" name="anzahl" aria-label="Menge" value="1">
                                            <div class="input-group-append"><button type="button" class="btn btn-" data-count-up aria-label="Menge erhöhen"><span class="fas fa-plus"></span></button></div>
                                        </div>
                                    </div>
                                    <div class="col-12 col-md-7">
                                        <button type="submit" class="btn btn-primary btn-block" id="submit{p.id}" title="In den Warenkorb" aria-label="In den Warenkorb">In den Warenkorb</button>
                                    </div>
                                </div>
                            </form>"""


def _et_box(p: ETProduct, position: int) -> str:
    url = _et_url(p)
    title = esc(p.title)
    rating = ""
    if p.rating is not None:
        rating = f"""<div class="productbox-rating">
                                <a href="{url}#tab-votes" class="rating" title="Durchschnittliche Artikelbewertung: {p.rating}/5">{_et_stars(p.rating)}</a>
                                <span class="rating-count text-muted-util">({p.votes})</span>
                            </div>"""
    availability = "https://schema.org/OutOfStock" if p.delivery == "0" else "https://schema.org/InStock"
    return f"""
            <div class="product-wrapper col-sm-6 col-md-4 col-xl-4" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
                <meta itemprop="position" content="{position}">
                <div class="productbox productbox-column productbox-hover productbox-show-variations" id="result-wrapper_buy_form_{p.id}" data-wrapper="true" itemprop="item" itemscope itemtype="https://schema.org/Product">
                    <div class="productbox-inner">
                        <div class="row">
                            <div class="col col-12">
                                <div class="productbox-image">
                                    {_et_ribbon(p)}
                                    <div class="productbox-images list-gallery">
                                        <a href="{url}">
                                            <div class="productbox-image-wrapper">
                                                <div class="productbox-image-wrapper-inner">
                                                    <picture>
                                                        <source srcset="{_et_image(p, "xs")} 120w, {_et_image(p, "sm")} 200w, {_et_image(p, "md")} 540w, {_et_image(p, "lg")} 1000w" sizes="auto" type="image/webp">
                                                        <img src="{_et_image(p, "sm")}" srcset="{_et_image(p, "xs").replace(".webp", ".jpg")} 120w, {_et_image(p, "sm").replace(".webp", ".jpg")} 200w, {_et_image(p, "md").replace(".webp", ".jpg")} 540w" sizes="auto" alt="{title}" class="img-fluid product-image first-image lazyload" width="540" height="540" loading="lazy">
                                                    </picture>
                                                </div>
                                            </div>
                                            <meta itemprop="image" content="{ET_HOST}{_et_image(p, "md")}">
                                            <meta itemprop="url" content="{ET_HOST}{url}">
                                        </a>
                                    </div>
                                    <div class="productbox-quick-actions productbox-onhover d-none d-md-flex">
                                        <div class="wishlist-button-wrapper"><button type="button" class="btn btn-link wishlist badge badge-circle-1" title="Auf den Wunschzettel" name="Wunschliste" aria-label="Auf den Wunschzettel" data-product-id-wl="{p.id}"><span class="far fa-heart"></span></button></div>
                                        <div class="comparelist-button-wrapper"><button type="button" class="btn btn-link comparelist badge badge-circle-1" title="Auf die Vergleichsliste" name="Vergleichsliste" aria-label="Auf die Vergleichsliste" data-product-id-cl="{p.id}"><span class="fas fa-list"></span></button></div>
                                    </div>
                                </div>
                            </div>
                            <div class="col col-12">
                                <div class="productbox-title" itemprop="name">
                                    <a href="{url}" class="text-clamp-2">{title}</a>
                                </div>
                                <meta itemprop="sku" content="ET-{p.id}">
                                {rating}
                                <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
                                    <link itemprop="businessFunction" href="http://purl.org/goodrelations/v1#Sell">
                                    {_et_price(p)}
                                    <link itemprop="availability" href="{availability}">
                                </div>
                                <div class="productbox-onhover productbox-options">
                                    {_et_delivery(p)}
                                    {_et_actions(p)}
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
            </div>"""


def _et_slider_box(p: ETProduct) -> str:
    url = _et_url(p)
    starting = '<span class="price_label pricestarting">ab </span>' if p.variations else ""
    return f"""
                <div class="product-wrapper product-wrapper-product text-center-util">
                    <div class="productbox productbox-slider">
                        <a href="{url}" class="image-wrapper">
                            {_et_ribbon(p)}
                            <div class="square square-image"><div class="inner"><img data-lazy="{_et_image(p, "sm")}" src="/templates/NOVA/themes/base/images/trans.png" alt="{esc(p.title)}" class="img-fluid product-image"></div></div>
                        </a>
                        <div class="caption">
                            <div class="productbox-title"><a href="{url}">{esc(p.title)}</a></div>
                            <div class="price_wrapper"><div class="price productbox-price">{starting}<span>{_de_money(p.price)}</span><span class="footnote-reference">*</span></div></div>
                        </div>
                    </div>
                </div>"""


def _et_pager(number: int, total: int, where: str) -> str:
    items = []
    if number > 1:
        items.append(
            f'<li class="page-item pagination-arrow-back"><a class="page-link" href="{_et_page_href(number - 1)}" aria-label="Vorherige Seite"><span class="fas fa-long-arrow-alt-left"></span></a></li>'
        )
    else:
        items.append(
            '<li class="page-item pagination-arrow-back disabled"><span class="page-link" aria-hidden="true"><span class="fas fa-long-arrow-alt-left"></span></span></li>'
        )
    for page in range(1, total + 1):
        if page == number:
            items.append(f'<li class="page-item active"><span class="page-link" aria-current="page">{page}</span></li>')
        else:
            items.append(f'<li class="page-item"><a class="page-link" href="{_et_page_href(page)}">{page}</a></li>')
    if number < total:
        items.append(
            f'<li class="page-item pagination-arrow-next"><a class="page-link" href="{_et_page_href(number + 1)}" aria-label="Nächste Seite"><span class="fas fa-long-arrow-alt-right"></span></a></li>'
        )
    else:
        items.append(
            '<li class="page-item pagination-arrow-next disabled"><span class="page-link" aria-hidden="true"><span class="fas fa-long-arrow-alt-right"></span></span></li>'
        )
    first = (number - 1) * ET_PER_PAGE + 1
    last = min(number * ET_PER_PAGE, len(ET_PRODUCTS))
    return f"""
        <div class="productlist-page-nav productlist-page-nav-{where}">
            <div class="row align-items-center-util">
                <div class="col-auto productlist-item-info">Artikel {first} - {last} von {len(ET_PRODUCTS)}</div>
                <nav class="col-auto ml-auto-util navbar-pagination" aria-label="Artikelliste Navigation">
                    <ul class="pagination">{"".join(items)}</ul>
                </nav>
            </div>
        </div>"""


ET_MENU = [
    ("Tee", "Tee", ["Grüner Tee", "Schwarzer Tee", "Oolong", "Weißer Tee", "Kräutertee", "Früchtetee", "Rooibos"]),
    ("Matcha", "Matcha", ["Matcha Zeremonie", "Matcha Latte", "Matcha Zubehör"]),
    ("Teezubehoer", "Teezubehör", ["Teekannen", "Tassen & Becher", "Teefilter", "Teedosen"]),
    ("Geschenke", "Geschenke", ["Probiersets", "Gutscheine", "Adventskalender"]),
]

ET_FILTERS = [
    ("Preis", [("bis 5,00 €", 11), ("5,00 € - 10,00 €", 21), ("10,00 € - 20,00 €", 11), ("ab 20,00 €", 6)]),
    ("Anbaugebiet", [("Japan", 26), ("China", 9), ("Korea", 1), ("Indien", 1), ("Nepal", 1), ("Vietnam", 1)]),
    ("Bio-Siegel", [("DE-ÖKO-006", 11), ("ohne", 38)]),
    ("Hersteller", [("Elbtee Kontor", 31), ("Marukyu", 4), ("Tokoname Yakimono", 2), ("Hario", 1)]),
]


def _et_nav() -> str:
    items = []
    for href, label, children in ET_MENU:
        active = " active" if href == "Tee" else ""
        subs = "".join(
            f'<div class="col-lg-4 col-xl-3 nav-item-lg-m nav-item"><a href="/{_et_seo(c)}" class="categories-recursive-link d-lg-block submenu-headline submenu-headline-toplevel nav-link{" active" if c == "Grüner Tee" else ""}"><span class="text-truncate d-block">{esc(c)}</span></a></div>'
            for c in children
        )
        items.append(
            f"""<li class="nav-item nav-scrollbar-item dropdown dropdown-full{active}"><a href="/{href}" title="{esc(label)}" class="nav-link dropdown-toggle" target="_self"><span class="nav-mobile-heading">{esc(label)}</span></a>
                    <div class="dropdown-menu"><div class="dropdown-body"><div class="container subcategory-wrapper"><div class="row lg-row-lg nav">{subs}</div></div></div></div></li>"""
        )
    return "\n                ".join(items)


def _et_filters() -> str:
    boxes = []
    for name, values in ET_FILTERS:
        links = "".join(
            f'<li class="nav-item"><a class="filter-item nav-link" href="/{ET_CAT}__{_et_seo(name).lower()}-{_et_seo(v).lower()}" rel="nofollow"><div class="box-link-wrapper"><span class="word-break">{esc(v)}</span><span class="badge badge-outline-secondary">{n}</span></div></a></li>'
            for v, n in values
        )
        boxes.append(
            f"""<div class="box box-filter-characteristics box-normal" id="sidebox-filter-{_et_seo(name).lower()}">
                    <div class="productlist-filter-headline"><span>{esc(name)}</span></div>
                    <div class="collapse show"><ul class="nav flex-column">{links}</ul></div>
                </div>"""
        )
    return "\n                ".join(boxes)


def _et_page(number: int, total: int, products: list[ETProduct]) -> str:
    start = (number - 1) * ET_PER_PAGE
    boxes = "".join(_et_box(p, start + i + 1) for i, p in enumerate(products))
    slider = "".join(_et_slider_box(p) for p in ET_BESTSELLERS)
    canonical = ET_HOST + _et_page_href(number)
    prev_link = f'<link rel="prev" href="{ET_HOST}{_et_page_href(number - 1)}">' if number > 1 else ""
    next_link = f'<link rel="next" href="{ET_HOST}{_et_page_href(number + 1)}">' if number < total else ""
    title_suffix = "" if number == 1 else f", Seite {number}"
    intro = (
        """<div class="desc"><p>Grüner Tee wird nach der Ernte sofort erhitzt – in Japan meist gedämpft, in China in der Pfanne geröstet. So bleibt die Farbe frisch und der Geschmack reicht von grasig-süß bis nussig. Unsere Tees kaufen wir direkt bei kleinen Gärten in Shizuoka, Kagoshima und Zhejiang ein.</p></div>"""
        if number == 1
        else ""
    )
    subcats = "".join(
        f'<div class="col-6 col-md-4 col-lg-3"><div class="content-cats-small-item"><a href="/{_et_seo(c)}" class="text-decoration-none-util"><div class="sub-categories-image"><img src="/media/image/category/{_num(c, 3)}/xs/{_et_seo(c).lower()}.webp" alt="{esc(c)}" class="img-fluid"></div><div class="caption text-center-util"><span class="subcategory-title">{esc(c)}</span></div></a></div></div>'
        for c in ("Japanischer Grüntee", "Chinesischer Grüntee", "Aromatisierter Grüntee", "Grüntee im Beutel")
    )
    return f"""<!DOCTYPE html>
<html lang="de" itemscope itemtype="https://schema.org/CollectionPage">
<head>
    <meta http-equiv="content-type" content="text/html; charset=utf-8">
    <meta name="description" itemprop="description" content="Grüner Tee aus Japan, China und Korea: Sencha, Gyokuro, Matcha und aromatisierte Grüntees direkt vom Teegarten, frisch abgefüllt in Hamburg.">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="robots" content="index, follow">
    <meta itemprop="url" content="{canonical}">
    <meta property="og:type" content="website">
    <meta property="og:site_name" content="Grüner Tee - Elbtee Kontor">
    <meta property="og:title" content="Grüner Tee - Elbtee Kontor">
    <meta property="og:description" content="Grüner Tee aus Japan, China und Korea: Sencha, Gyokuro, Matcha und aromatisierte Grüntees direkt vom Teegarten, frisch abgefüllt in Hamburg.">
    <meta property="og:url" content="{canonical}">
    <meta property="og:image" content="{ET_HOST}/media/image/category/41/lg/gruener-tee.webp">
    <title itemprop="name">Grüner Tee{title_suffix} - Elbtee Kontor</title>
    <link rel="canonical" href="{canonical}">
    {prev_link}
    {next_link}
    <link type="image/x-icon" href="/templates/NOVA/themes/base/images/favicon.ico" rel="icon">
    <link type="text/css" href="/templates/NOVA/themes/clear/clear.css?v={ET_VERSION}" rel="stylesheet">
    <link type="text/css" href="/templates/NOVA/themes/clear/custom.css?v={ET_VERSION}" rel="stylesheet">
    <link rel="alternate" type="application/rss+xml" title="Newsfeed Elbtee Kontor" href="/rss.xml">
    <link rel="preload" href="/templates/NOVA/themes/base/fontawesome/webfonts/fa-solid-900.woff2" as="font" crossorigin>
    <link rel="preload" href="/templates/NOVA/themes/base/fonts/opensans/open-sans-600.woff2" as="font" crossorigin>
    <script>window.lazySizesConfig = window.lazySizesConfig || {{}};window.lazySizesConfig.expand = 50;</script>
    <script src="/templates/NOVA/js/jquery-3.7.1.min.js"></script>
    <script src="/templates/NOVA/js/lazysizes.min.js"></script>
    <script defer src="/templates/NOVA/js/globals.js?v={ET_VERSION}"></script>
    <script defer src="/templates/NOVA/js/slick.min.js?v={ET_VERSION}"></script>
    <script defer src="/templates/NOVA/js/consent.js?v={ET_VERSION}"></script>
    <script>
        var head_conf={{head:"jtl",screens:[576,768,992,1200]}};
        window.jtlShop = {{ shopUrl: "{ET_HOST}", templateUrl: "{ET_HOST}/templates/NOVA/", currency: {{ code: "EUR", name: "Euro", htmlEntity: "&euro;", decimalSeparator: ",", thousandsSeparator: "." }}, language: "ger", pageType: 2, categoryId: 41 }};
    </script>
</head>
<body class="btn-animated is-nova wish-compare-animation mobile-search-fixed" data-page="2">
    <div id="consent-manager" class="active">
        <div id="consent-banner" class="consent-banner" role="dialog" aria-labelledby="consent-banner-title">
            <div class="consent-banner-icon"><span class="fas fa-cookie-bite"></span></div>
            <div class="consent-banner-body">
                <div class="consent-banner-title" id="consent-banner-title">Datenschutz-Einstellungen</div>
                <div class="consent-banner-description">Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Einkaufserlebnis zu bieten. Einige sind technisch notwendig, andere helfen uns, den Shop zu verbessern. Mehr dazu in unserer <a href="/Datenschutz">Datenschutzerklärung</a>.</div>
                <div class="consent-banner-actions">
                    <button type="button" class="btn btn-outline-primary btn-sm consent-btn consent-btn-settings" id="consent-banner-btn-settings">Einstellungen</button>
                    <button type="button" class="btn btn-outline-primary btn-sm consent-btn" id="consent-banner-btn-close">Ablehnen</button>
                    <button type="button" class="btn btn-primary btn-sm consent-btn consent-accept" id="consent-banner-btn-all">Alle akzeptieren</button>
                </div>
            </div>
        </div>
        <div class="modal fade" id="consent-settings-modal" tabindex="-1" role="dialog" aria-hidden="true">
            <div class="modal-dialog modal-lg"><div class="modal-content">
                <div class="modal-header"><div class="modal-title">Datenschutz-Einstellungen</div><button type="button" class="close" data-dismiss="modal" aria-label="Schließen"><span aria-hidden="true">&times;</span></button></div>
                <div class="modal-body">
                    <div class="consent-switch"><input type="checkbox" class="consent-input" id="consent-necessary" checked disabled><label for="consent-necessary">Technisch notwendig</label><p>Warenkorb, Sitzung, Sicherheitstoken (jtl_token), Speicherung dieser Einstellung.</p></div>
                    <div class="consent-switch"><input type="checkbox" class="consent-input" id="consent-paypal" data-storage-key="paypal"><label for="consent-paypal">PayPal</label><p>Anbieter: PayPal (Europe) S.à r.l. et Cie, S.C.A. – Express-Checkout und Ratenzahlungs-Hinweise.</p></div>
                    <div class="consent-switch"><input type="checkbox" class="consent-input" id="consent-trustedshops" data-storage-key="trustedshops"><label for="consent-trustedshops">Trusted Shops</label><p>Anbieter: Trusted Shops GmbH – Gütesiegel und Shop-Bewertungen.</p></div>
                    <div class="consent-switch"><input type="checkbox" class="consent-input" id="consent-matomo" data-storage-key="matomo"><label for="consent-matomo">Matomo</label><p>Reichweitenmessung ohne Weitergabe an Dritte, Speicherdauer 13 Monate.</p></div>
                </div>
                <div class="modal-footer"><button type="button" class="btn btn-primary consent-accept">Auswahl speichern</button></div>
            </div></div>
        </div>
    </div>
    <header class="d-print-none sticky-top fixed-navbar" id="jtl-nav-wrapper">
        <div class="top-bar d-none d-lg-block"><div class="container-fluid container-fluid-xl"><ul class="nav topbar-main"><li class="nav-item"><span class="fas fa-truck"></span> Versandkostenfrei ab 39 € in Deutschland</li><li class="nav-item"><span class="fas fa-leaf"></span> Frisch abgefüllt in Hamburg-Altona</li><li class="nav-item"><a class="nav-link" href="/Kontakt">Kontakt</a></li></ul></div></div>
        <div class="container-fluid container-fluid-xl">
            <div class="toggler-logo-wrapper">
                <button id="burger-menu" class="burger-menu-wrapper navbar-toggler collapsed" type="button" data-toggle="collapse" data-target="#mainNavigation" aria-controls="mainNavigation" aria-expanded="false" aria-label="Menü"><span class="navbar-toggler-icon"></span></button>
                <div id="logo" class="logo-wrapper" itemprop="publisher" itemscope itemtype="https://schema.org/Organization">
                    <span itemprop="name" class="d-none">Elbtee Kontor</span>
                    <meta itemprop="url" content="{ET_HOST}">
                    <meta itemprop="logo" content="{ET_HOST}/bilder/intern/shoplogo/elbtee-kontor-logo.svg">
                    <a href="/" title="Elbtee Kontor"><img src="/bilder/intern/shoplogo/elbtee-kontor-logo.svg" class="img-aspect-ratio" id="shop-logo" alt="Elbtee Kontor" width="180" height="50"></a>
                </div>
            </div>
            <nav class="navbar justify-content-start align-items-lg-end">
                <div id="mainNavigation" class="collapse navbar-collapse nav-scrollbar">
                    <div class="nav-mobile-header d-lg-none"><div class="row align-items-center-util"><div class="col nav-mobile-header-name"><span class="nav-offcanvas-title">Menü</span></div></div></div>
                    <div class="nav-mobile-body">
                        <ul class="navbar-nav nav-scrollbar-inner mr-auto">
                {_et_nav()}
                        </ul>
                    </div>
                </div>
            </nav>
            <div class="search-wrapper w-100-util">
                <form class="main-search flex-grow-1 label-slide" target="_self" action="/" method="get">
                    <input type="hidden" class="jtl_token" name="jtl_token" value="{ET_TOKEN}">
                    <div class="input-group" role="group">
                        <input type="text" class="form-control ac_input" placeholder="Suchen" id="search-header" name="qs" autocomplete="off" aria-label="Suchen">
                        <div class="input-group-append" role="group"><button type="submit" class="btn btn-secondary" aria-label="Suchen"><span class="fas fa-search"></span></button></div>
                    </div>
                </form>
            </div>
            <ul id="shop-nav" class="nav header-shop-nav nav-icons">
                <li class="nav-item dropdown account-icon-dropdown"><a class="nav-link" href="/Mein-Konto" aria-label="Mein Konto"><span class="fas fa-user"></span></a></li>
                <li class="nav-item wl-nav-scrollbar-item" id="shop-nav-wish"><a class="nav-link" href="/Wunschzettel" aria-label="Wunschzettel"><span class="far fa-heart"></span><sup><span class="badge badge-pill badge-primary d-none" id="badge-wl-count">0</span></sup></a></li>
                <li class="nav-item" id="shop-nav-compare"><a class="nav-link" href="/Vergleichsliste" aria-label="Vergleichsliste"><span class="fas fa-list"></span><sup><span class="badge badge-pill badge-primary d-none" id="comparelist-badge">0</span></sup></a></li>
                <li class="cart-icon-dropdown nav-item dropdown"><a href="/Warenkorb" class="nav-link" aria-label="Warenkorb"><span class="fas fa-shopping-cart"></span><span class="shopping-cart-label d-none d-xl-inline-block">0,00&nbsp;€</span></a></li>
            </ul>
        </div>
    </header>
    <main id="main-wrapper" class="container-fluid container-fluid-xl">
        <div id="content-wrapper">
            <div class="breadcrumb-wrapper">
                <nav aria-label="breadcrumb">
                    <ol id="breadcrumb" class="breadcrumb" itemprop="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">
                        <li class="breadcrumb-item first" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" title="Startseite"><span itemprop="name">Startseite</span></a><meta itemprop="position" content="1"></li>
                        <li class="breadcrumb-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/Tee" title="Tee"><span itemprop="name">Tee</span></a><meta itemprop="position" content="2"></li>
                        <li class="breadcrumb-item last active" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/{ET_CAT}" title="Grüner Tee"><span itemprop="name">Grüner Tee</span></a><meta itemprop="position" content="3"></li>
                    </ol>
                </nav>
            </div>
            <div id="content">
                <div class="row">
                    <div class="col-lg-8 col-xl-9 ml-auto-util order-lg-1">
                        <div id="result-wrapper" data-wrapper="true">
                            <div class="title"><h1 class="h2">Grüner Tee</h1></div>
                            {intro}
                            <div class="row content-cats-small">{subcats}</div>
                            <section class="product-slider-wrapper product-slider-section" id="productlist-bestseller">
                                <div class="hr-sect h2">Bestseller</div>
                                <div class="product-slider slick-smooth-loading carousel carousel-arrows-inside slick-lazy slick-type-product" data-slick-type="product-slider">{slider}
                                </div>
                            </section>
                            <div class="productlist-filter-wrapper">
                                <div class="row">
                                    <div class="col-auto">
                                        <div class="dropdown filter-type-FilterItemSort btn-group">
                                            <button type="button" class="btn btn-outline-secondary dropdown-toggle form-control" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">Sortierung: Standard</button>
                                            <div class="dropdown-menu">
                                                <a class="dropdown-item filter-item active" href="/{ET_CAT}" rel="nofollow">Standard</a>
                                                <a class="dropdown-item filter-item" href="/{ET_CAT}?Sortierung=1" rel="nofollow">Artikelname von A bis Z</a>
                                                <a class="dropdown-item filter-item" href="/{ET_CAT}?Sortierung=2" rel="nofollow">Artikelname von Z bis A</a>
                                                <a class="dropdown-item filter-item" href="/{ET_CAT}?Sortierung=3" rel="nofollow">Preis aufsteigend</a>
                                                <a class="dropdown-item filter-item" href="/{ET_CAT}?Sortierung=4" rel="nofollow">Preis absteigend</a>
                                                <a class="dropdown-item filter-item" href="/{ET_CAT}?Sortierung=8" rel="nofollow">Bestseller</a>
                                                <a class="dropdown-item filter-item" href="/{ET_CAT}?Sortierung=9" rel="nofollow">Bewertungen</a>
                                            </div>
                                        </div>
                                    </div>
                                    <div class="col-auto">
                                        <div class="dropdown filter-type-FilterItemLimits btn-group">
                                            <button type="button" class="btn btn-outline-secondary dropdown-toggle form-control" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">{ET_PER_PAGE} Artikel pro Seite</button>
                                            <div class="dropdown-menu">
                                                <a class="dropdown-item filter-item" href="/{ET_CAT}?af=9" rel="nofollow">9</a>
                                                <a class="dropdown-item filter-item active" href="/{ET_CAT}?af=18" rel="nofollow">18</a>
                                                <a class="dropdown-item filter-item" href="/{ET_CAT}?af=36" rel="nofollow">36</a>
                                                <a class="dropdown-item filter-item" href="/{ET_CAT}?af=90" rel="nofollow">90</a>
                                            </div>
                                        </div>
                                    </div>
                                    <div class="col-auto ml-auto-util"><div class="productlist-layout btn-group"><a href="/{ET_CAT}?ed=1" class="btn btn-link" title="Listenansicht" rel="nofollow"><span class="fa fa-th-list"></span></a><a href="/{ET_CAT}?ed=2" class="btn btn-link active" title="Galerieansicht" rel="nofollow"><span class="fa fa-th-large"></span></a></div></div>
                                </div>
                            </div>
                            {_et_pager(number, total, "header-m")}
                            <div id="product-list" class="row product-list layout-gallery" itemprop="mainEntity" itemscope itemtype="https://schema.org/ItemList">{boxes}
                            </div>
                            {_et_pager(number, total, "bottom")}
                        </div>
                    </div>
                    <aside id="sidepanel_left" class="sidepanel-left d-print-none col-12 col-lg-4 col-xl-3 order-last order-lg-first dropdown-full">
                        <div class="box box-categories box-normal" id="sidebox-categories">
                            <div class="productlist-filter-headline"><span>Kategorien</span></div>
                            <ul class="nav flex-column">
                                <li class="nav-item active"><a class="nav-link" href="/{ET_CAT}">Grüner Tee <span class="badge badge-outline-secondary">{len(ET_PRODUCTS)}</span></a></li>
                                <li class="nav-item"><a class="nav-link" href="/Schwarzer-Tee">Schwarzer Tee <span class="badge badge-outline-secondary">64</span></a></li>
                                <li class="nav-item"><a class="nav-link" href="/Oolong">Oolong <span class="badge badge-outline-secondary">23</span></a></li>
                                <li class="nav-item"><a class="nav-link" href="/Weisser-Tee">Weißer Tee <span class="badge badge-outline-secondary">12</span></a></li>
                            </ul>
                        </div>
                {_et_filters()}
                        <div class="box box-newsletter box-normal">
                            <div class="productlist-filter-headline"><span>Newsletter</span></div>
                            <form method="post" action="/Newsletter" class="form"><input type="hidden" class="jtl_token" name="jtl_token" value="{ET_TOKEN}"><input type="email" name="cEmail" class="form-control" placeholder="E-Mail-Adresse" aria-label="E-Mail-Adresse"><button type="submit" class="btn btn-primary btn-block">Abonnieren</button></form>
                            <p class="small">Jeden Monat neue Ernten und 10 % auf die erste Bestellung.</p>
                        </div>
                    </aside>
                </div>
            </div>
        </div>
    </main>
    <footer id="footer" class="d-print-none">
        <div class="container-fluid container-fluid-xl">
            <div class="row footer-boxes">
                <div class="col-sm-6 col-lg-3"><div class="box box-linkgroup"><div class="productlist-filter-headline">Service</div><ul class="nav flex-column"><li class="nav-item"><a class="nav-link" href="/Versand">Versand &amp; Zahlung</a></li><li class="nav-item"><a class="nav-link" href="/Widerrufsrecht">Widerrufsrecht</a></li><li class="nav-item"><a class="nav-link" href="/Kontakt">Kontakt</a></li></ul></div></div>
                <div class="col-sm-6 col-lg-3"><div class="box box-linkgroup"><div class="productlist-filter-headline">Rechtliches</div><ul class="nav flex-column"><li class="nav-item"><a class="nav-link" href="/AGB">AGB</a></li><li class="nav-item"><a class="nav-link" href="/Datenschutz">Datenschutz</a></li><li class="nav-item"><a class="nav-link" href="/Impressum">Impressum</a></li></ul></div></div>
                <div class="col-sm-6 col-lg-3"><div class="box box-custom"><div class="productlist-filter-headline">Elbtee Kontor</div><p>Große Elbstraße 141<br>22767 Hamburg<br>Mo–Fr 10–18 Uhr, Sa 10–15 Uhr</p></div></div>
                <div class="col-sm-6 col-lg-3"><div class="box box-custom"><div class="productlist-filter-headline">Zahlungsarten</div><p>PayPal · Kreditkarte · Klarna · Vorkasse</p></div></div>
            </div>
            <div class="row" id="copyright"><div class="col">
                <p class="vat-info">* Alle Preise inkl. gesetzl. Mehrwertsteuer zzgl. <a href="/Versand" rel="nofollow">Versandkosten</a> und ggf. Nachnahmegebühren, wenn nicht anders beschrieben</p>
                <p>© 2025 Elbtee Kontor GmbH · <a href="https://www.jtl-software.de" rel="nofollow noopener" target="_blank">Shopsoftware by JTL-Software-GmbH</a></p>
            </div></div>
        </div>
    </footer>
    <script defer src="/templates/NOVA/js/app/app.js?v={ET_VERSION}" type="module"></script>
    <script>
        window.CM = window.CM || {{}};
        window.CM.config = {{ prefix: "consent", storageKey: "consent", version: "1", services: ["paypal", "trustedshops", "matomo"], privacyUrl: "{ET_HOST}/Datenschutz" }};
    </script>
</body>
</html>
"""


@twentyninth_a
def build_elbtee_kontor() -> None:
    s = Site(
        "elbtee-kontor",
        kind="shop category listing (JTL-Shop 5.3 NOVA template, German: div#product-list.layout-gallery of div.product-wrapper > div.productbox with schema.org Product microdata, ribbons 'Bestseller' / 'Neu' / '-11%', div.productbox-title link, div.price_wrapper with 'ab ' span.price_label.pricestarting on variation parents, '7,90 €' + footnote star, 'statt 27,90 €' del on specials, 'Grundpreis: 15,80 € / 100 g' lines, NOVA stars titled 'Durchschnittliche Artikelbewertung: 4.7/5' + '(38)', delivery status 'Lieferzeit: 1 - 3 Werktage' / 'Ausverkauft', basket forms with hidden jtl_token; a 'Bestseller' slider of four listed products on every page, consent manager banner + modal, filter side panel with counts, ul.pagination over /Gruener-Tee_sN)",
        start=ET_CAT,
        description=f"The category 'Grüner Tee' of a Hamburg tea shop (elbtee-kontor.de) on JTL-Shop {ET_VERSION} with the NOVA template, /{ET_CAT} then JTL's SEO page suffix /{ET_CAT}_s2 and _s3 (the '1' link and the back arrow from page 2 lead to /{ET_CAT}), as a logged-out visitor gets it in March 2025. The head (canonical with prev / next, og tags, NOVA theme CSS, jquery / lazysizes / slick / consent scripts, a window.jtlShop config), the JTL consent manager (a banner 'Datenschutz-Einstellungen' with 'Einstellungen' / 'Ablehnen' / 'Alle akzeptieren' and a settings modal of services), header#jtl-nav-wrapper with a top bar ('Versandkostenfrei ab 39 €'), the logo, the mega menu of four dropdowns, the search form and the account / wish list / compare / basket icons ('0,00 €'), ol#breadcrumb (BreadcrumbList microdata). The content column: h1 'Grüner Tee', the category text (page 1 only), four sub-category tiles, section#productlist-bestseller 'Bestseller' with a slick slider of four products that are also in the list (Morgentau, Sencha Fukuyu Bio, Matcha-Besen, Matcha Uji; on every page, not records), the sort dropdown ('Sortierung: Standard', links ?Sortierung=N) and the per-page dropdown ('18 Artikel pro Seite', ?af=N), the list / gallery toggle, div.productlist-page-nav with 'Artikel 1 - 18 von 49' and nav.navbar-pagination > ul.pagination (arrows, numbers; the current page a span) above and below the list. div#product-list.row.product-list.layout-gallery[itemtype=ItemList] of div.product-wrapper[itemtype=ListItem] (meta position) > div.productbox[itemtype=Product]: div.productbox-image with an optional ribbon div ('Bestseller', 'Neu', '-11%'), a picture link (webp source srcset and jpg img, /media/image/product/<id>/sm/<seo>.webp), meta image / url with the shop's host, wish list and compare buttons; div.productbox-title[itemprop=name] > a.text-clamp-2; meta sku; on rated products div.productbox-rating with a.rating[title='Durchschnittliche Artikelbewertung: 4.7/5'] of five star icons and span.rating-count '(38)'; div[itemprop=offers] with div.price_wrapper > div.price.productbox-price ('special-price' on specials) holding span.price_label.pricestarting 'ab ' on variation parents, '<span>7,90&nbsp;€</span>' and a span.footnote-reference '*', meta price / priceCurrency, div.price-note with 'statt <del>27,90 €</del>' on specials and 'Grundpreis: 15,80 € / 100 g' (per 1 l on a bottle) on teas, link availability; div.productbox-onhover with div.delivery-status (span.status.status-2 'Lieferzeit: 1 - 3 Werktage', status-1 '5 - 7 Werktage' / '3 - 4 Wochen', status-0 'Ausverkauft') and either the basket form (hidden jtl_token, a = article id, wke, overview, Sortierung; a quantity counter and 'In den Warenkorb') or a 'Zum Artikel' / 'Details' button. The side panel: categories with counts, filter boxes (Preis ranges, Anbaugebiet, Bio-Siegel, Hersteller with badge counts and nofollow links), a newsletter form. The footer (link groups, address, payment methods, '* Alle Preise inkl. gesetzl. Mehrwertsteuer zzgl. Versandkosten …', '© 2025 Elbtee Kontor GmbH'). 18 + 18 + 13 products. Written down: title, url (the SEO path /Sencha-Fukuyu-Bio), price (the number shown, 'ab' left out), currency, original_price (the 'statt' price, where shown), unit_price and unit (the Grundpreis '15,80 € / 100 g' as 15.8 and '100 g', where shown), rating and review_count (where shown), delivery (the status text, the label 'Lieferzeit:' left out: '1 - 3 Werktage', 'Ausverkauft').",
    )
    pages = chunks(ET_PRODUCTS, [ET_PER_PAGE, ET_PER_PAGE, len(ET_PRODUCTS) - 2 * ET_PER_PAGE])
    for number, products in enumerate(pages, 1):
        s.list_page(_et_page_href(number).lstrip("/"), _et_page(number, len(pages), products))
    for p in ET_PRODUCTS:
        s.expect(
            {
                "title": p.title,
                "url": _et_url(p),
                "price": float(p.price),
                "currency": "EUR",
                "original_price": float(p.original) if p.original else None,
                "unit_price": float(p.unit_price) if p.unit_price is not None else None,
                "unit": p.unit,
                "rating": p.rating,
                "review_count": p.votes,
                "delivery": ET_DELIVERY[p.delivery][1].removeprefix("Lieferzeit: "),
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# imkerverein-lindach: Jimdo Creator, a blog selection module on /aktuelles/, pages ?page=2 and ?page=3.
# ---------------------------------------------------------------------------------------------------

IL_HOST = "https://www.imkerverein-lindach.de"
IL_PATH = "/aktuelles/"
IL_PER_PAGE = 10
IL_WEBSITE = "s5e1b7a2c9d04f3e8"
IL_PAGE_ID = 2419836512
IL_DAYS = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
IL_MONTHS = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]

#: date | picture (y/'') | title | teaser
IL_ROWS = """
2025-03-14|y|Völkerdurchsicht im März: Worauf wir jetzt achten|Die ersten warmen Tage locken die Bienen zum Reinigungsflug. Bei der Frühjahrsdurchsicht prüfen wir Futtervorrat, Brutnest und Weiselrichtigkeit – am besten an einem windstillen Mittag über 15 °C.
2025-03-09|y|Neuer Anfängerkurs 2025 ist ausgebucht|Alle 14 Plätze im Grundkurs „Imkern im ersten Jahr“ sind vergeben. Wer sich auf die Warteliste setzen lassen möchte, schreibt bitte an unseren Schriftführer.
2025-03-02||Jahreshauptversammlung: Vorstand bestätigt|Auf der Jahreshauptversammlung im Gasthaus Krone wurden die Vorsitzende Petra Hollerbach und Kassenwart Jürgen Maier einstimmig wiedergewählt. 41 Mitglieder waren anwesend.
2025-02-23|y|Weidenkätzchen: erste Pollenquelle des Jahres|Salweiden blühen in diesem Jahr früh. Wir bitten alle Gartenbesitzer, männliche Weiden nicht vor Ende April zurückzuschneiden – sie sind für die Völker jetzt überlebenswichtig.
2025-02-16||Stammtisch im Februar: Varroa-Behandlung im Winter|Beim Stammtisch tauschten wir Erfahrungen mit der Oxalsäure-Winterbehandlung aus. Die Auswertung der Gemülldiagnose zeigt deutlich geringere Milbenzahlen als im Vorjahr.
2025-02-08|y|Rähmchen drahten und Wachs umarbeiten|Am Samstag, 22. Februar, treffen wir uns ab 9 Uhr im Lehrbienenstand zum gemeinsamen Rähmchendrahten. Eigene Altwaben können zum Wachskreislauf mitgebracht werden.
2025-01-31|y|Schulprojekt „Bienen-AG“ startet an der Grundschule Lindach|Gemeinsam mit der Grundschule betreuen wir ab dem Frühjahr zwei Schaukästen. Die Kinder der dritten Klassen lernen dort alles über Bestäubung und Honigernte.
2025-01-24||Beitragserhöhung ab 2025 – die Hintergründe|Der Landesverband hat die Umlage für Versicherung und Zeitschrift angehoben. Der Vereinsbeitrag steigt deshalb um 4 Euro auf 32 Euro im Jahr.
2025-01-17|y|Winterkontrolle: Gewicht der Beuten prüfen|Ein kurzes Anheben der Beute von hinten verrät, ob noch genug Futter vorhanden ist. Zu leichte Völker bekommen jetzt Futterteig direkt über den Wintersitz.
2025-01-10||Rückblick auf das Bienenjahr 2024|Nach dem verregneten Mai fiel die Frühtracht schwach aus, dafür brachte die Linde Ende Juni eine überdurchschnittliche Ernte. Insgesamt ernteten unsere Mitglieder rund 2,3 Tonnen Honig.
2024-12-20|y|Frohe Weihnachten und ein gutes Bienenjahr|Der Vorstand dankt allen Mitgliedern für ihre Mithilfe am Lehrbienenstand, beim Honigmarkt und in der Jugendarbeit. Wir wünschen erholsame Feiertage.
2024-12-13|y|Honigverkauf auf dem Lindacher Weihnachtsmarkt|Am dritten Adventswochenende ist der Verein wieder mit einem Stand vertreten. Neben Blüten- und Waldhonig gibt es Bienenwachskerzen und Met aus der Region.
2024-12-05||Oxalsäurebehandlung in der brutfreien Zeit|Die Temperaturen der letzten Nächte sprechen für weitgehend brutfreie Völker. Jetzt ist der richtige Zeitpunkt für die Restentmilbung mit Oxalsäure.
2024-11-28|y|Vortrag: Die Asiatische Hornisse erreicht Süddeutschland|Dr. Kathrin Weller vom Bieneninstitut berichtete über die Ausbreitung der Vespa velutina. Nester sollen gemeldet und nicht selbst entfernt werden.
2024-11-21||Sammelbestellung Gläser und Deckel|Bis zum 10. Dezember nimmt Kassenwart Jürgen Maier Bestellungen für DIB-Gläser und Deckel entgegen. Die Ausgabe erfolgt beim Januar-Stammtisch.
2024-11-14|y|Mäusegitter nicht vergessen|Sobald die Nächte frostig werden, suchen Mäuse ein warmes Winterquartier. Ein Mäusegitter am Flugloch verhindert Schäden an Waben und Wintertraube.
2024-11-06||Neue Termine für den Stammtisch 2025|Der Stammtisch findet ab Januar jeweils am zweiten Donnerstag im Monat um 19.30 Uhr im Nebenzimmer der Krone statt.
2024-10-30|y|Herbstwanderung zum Lehrbienenstand Hohenrain|Zwanzig Mitglieder wanderten bei bestem Herbstwetter zum Lehrbienenstand unseres Nachbarvereins. Dort gab es Einblicke in die Königinnenzucht.
2024-10-23|y|Honigprämierung: drei Goldmedaillen für Lindach|Bei der Kreishonigprämierung erhielten drei unserer Mitglieder Gold für ihren Sommertrachthonig. Herzlichen Glückwunsch an Familie Brenner, Anton Ruf und Sabine Kleiß!
2024-10-16||Einwinterung abgeschlossen|Alle Vereinsvölker am Lehrbienenstand sind aufgefüttert und eingeengt. Die Futterkontrolle Mitte Oktober ergab durchschnittlich 18 kg Vorrat je Volk.
2024-10-09|y|Wachsschmelze im Vereinsheim|Der neue Dampfwachsschmelzer hat sich bewährt: An einem Samstag wurden über 300 Altwaben ausgeschmolzen. Das Wachs geht zur Mittelwandherstellung.
2024-09-28|y|Tag der offenen Tür am Lehrbienenstand|Rund 150 Besucherinnen und Besucher kamen zum Schauschleudern, zur Honigverkostung und zum Kerzenrollen für Kinder. Danke an alle Helfer!
2024-09-18||Varroa-Kontrolle nach der Sommerbehandlung|Vier Wochen nach der Ameisensäurebehandlung sollte der natürliche Milbenfall erneut kontrolliert werden. Liegt er über einer Milbe pro Tag, ist eine Nachbehandlung nötig.
2024-09-07|y|Spätsommertracht: Springkraut und Efeu|Im September tragen die Bienen noch fleißig Pollen von Drüsigem Springkraut und Efeu ein. Das hilft den Winterbienen beim Aufbau ihrer Fettkörper.
2024-08-29||Neue Mitglieder herzlich willkommen|Seit dem Frühjahr sind elf neue Mitglieder zum Verein gestoßen, die meisten aus dem Anfängerkurs. Paten aus dem Verein begleiten sie durch das erste Bienenjahr.
2024-08-17|y|Sommerfest mit Schauschleudern|Trotz Gewitterwarnung wurde das Sommerfest am Lehrbienenstand ein voller Erfolg. Beim Schauschleudern durften Kinder selbst die Kurbel drehen.
2024-08-04||Auffüttern nach der letzten Ernte|Nach dem Abschleudern der Sommertracht beginnen wir zügig mit dem Auffüttern. Pro Volk rechnen wir mit 15 bis 20 kg Zuckerlösung oder Sirup.
"""


class ILPost(NamedTuple):
    day: date
    picture: bool
    title: str
    teaser: str


IL_POSTS = [
    ILPost(date.fromisoformat(d), pic == "y", title, teaser)
    for d, pic, title, teaser in (line.split("|") for line in IL_ROWS.strip().splitlines())
]


def _il_slug(title: str) -> str:
    """Jimdo's post slug: lower case, umlauts kept (and percent-encoded in the link), the rest hyphens."""
    out = "".join(c if c.isalnum() else "-" for c in title.lower())
    while "--" in out:
        out = out.replace("--", "-")
    return quote(out.strip("-"), safe="-")


def _il_url(post: ILPost) -> str:
    return f"/{post.day:%Y/%m/%d}/{_il_slug(post.title)}/"


def _il_image(post: ILPost, width: int) -> str:
    key = _hex(post.title, 16)
    version = 1700000000 + _num(post.title, 7)
    return f"https://image.jimcdn.com/app/cms/image/transf/dimension={width}x1024:format=jpg/path/{IL_WEBSITE}/image/i{key}/version/{version}/image.jpg"


def _il_page_href(number: int) -> str:
    return IL_PATH if number == 1 else f"{IL_PATH}?page={number}"


def _il_article(post: ILPost, last: bool) -> str:
    url = _il_url(post)
    module = 13800000000 + _num(post.title + "m", 8) * 100 + 36
    matrix = 3900000000 + _num(post.title + "x", 8) * 100 + 36
    weekday = IL_DAYS[post.day.weekday()]
    if post.picture:
        body = f"""<div id="cc-m-{module}" class="j-module n j-textWithImage "><figure class="cc-imagewrapper cc-m-image-align-1">
<img srcset="{_il_image(post, 240)} 240w, {_il_image(post, 320)} 320w, {_il_image(post, 480)} 480w" sizes="(min-width: 240px) 240px, 100vw" id="cc-m-textwithimage-image-{module}" src="{_il_image(post, 240)}" alt="" class="" data-src-width="1200" data-src-height="800" data-src="{_il_image(post, 240)}" data-image-id="{8700000000 + _num(post.title, 7)}"/>

</figure>
<div>
    <div id="cc-m-textwithimage-{module}" data-name="text" data-action="text" class="cc-m-textwithimage-inline-rte">
        <p>
    {esc(post.teaser)}
</p>    </div>
</div>

<div class="cc-clear"></div>
<script id="cc-m-reg-{module}">// <![CDATA[

    window.regModule("module_textWithImage", {{"data":{{"imageExists":true,"hyperlink":"","hyperlink_target":"","hyperlinkAsString":"","pinterest":"0","id":{module},"widthEqualsContent":"0","resizeWidth":"240","resizeHeight":160}},"id":{module}}});
// ]]>
</script></div>"""
    else:
        body = f"""<div id="cc-m-{module}" class="j-module n j-text "><p>
    {esc(post.teaser)}
</p></div>"""
    margin = "" if last else ' style="margin-bottom: 25px; "'
    return f"""
        <div class="n clearover j-blogarticle"{margin}>
            <a href="{url}" class="j-blog-header">
    <h2 class="j-blog-headline">{esc(post.title)}</h2>
</a>

<time class="datetime" datetime="{post.day.isoformat()}">
            <span class="day-word ">{weekday}</span>
        <span class="day ">{post.day:%d}</span>
        <span class="mon ">{IL_MONTHS[post.day.month - 1]}</span>
        <span class="yr ">{post.day.year}</span>
    </time>

<div class="c"></div>
<div id="cc-matrix-{matrix}">{body}</div>
<div class="j-blog-readmore"><a href="{url}" class="blogreadmore">mehr lesen</a></div>
            </div>
"""


def _il_pager(number: int, total: int) -> str:
    parts = []
    if number > 1:
        parts.append(
            f'<a href="{_il_page_href(number - 1)}" class="j-blogselection-pagination-prev">« neuere Beiträge</a>'
        )
    parts.append(f'<span class="j-blogselection-pagination-info">Seite {number} von {total}</span>')
    if number < total:
        parts.append(
            f'<a href="{_il_page_href(number + 1)}" class="j-blogselection-pagination-next">ältere Beiträge »</a>'
        )
    return f'<div class="j-blogselection-pagination">{" ".join(parts)}</div>'


IL_NAV = [
    ("/", "Start", []),
    ("/aktuelles/", "Aktuelles", []),
    (
        "/verein/",
        "Verein",
        [
            ("/verein/vorstand/", "Vorstand"),
            ("/verein/satzung/", "Satzung"),
            ("/verein/mitglied-werden/", "Mitglied werden"),
        ],
    ),
    ("/lehrbienenstand/", "Lehrbienenstand", []),
    ("/kurse/", "Kurse", [("/kurse/anfängerkurs/", "Anfängerkurs"), ("/kurse/schwarmkurs/", "Schwarmkurs")]),
    ("/honig/", "Honig", []),
    ("/kontakt/", "Kontakt", []),
]


def _il_nav() -> str:
    items = []
    for href, label, children in IL_NAV:
        view = 2419800000 + _num(label, 5)
        current = href == IL_PATH
        cls = (
            "jmd-nav__list-item-0"
            + (" cc-nav-current j-nav-current jmd-nav__item--current" if current else "")
            + (" j-nav-has-children" if children else "")
        )
        link_cls = ' class="cc-nav-current j-nav-current jmd-nav__link--current"' if current else ""
        sub = ""
        if children:
            sub_items = "".join(
                f'<li id="cc-nav-view-{2419800000 + _num(c, 5)}" class="jmd-nav__list-item-1"><a href="{h}" data-link-title="{esc(c)}">{esc(c)}</a></li>'
                for h, c in children
            )
            sub = f'<span data-navi-toggle="cc-nav-view-{view}" class="jmd-nav__toggle-button"></span><ul class="cc-nav-level-1 j-nav-level-1">{sub_items}</ul>'
        items.append(
            f'<li id="cc-nav-view-{view}" class="{cls}"><a href="{href}" data-link-title="{esc(label)}"{link_cls}>{esc(label)}</a>{sub}</li>'
        )
    return "".join(items)


def _il_page(number: int, total: int, posts: list[ILPost]) -> str:
    articles = "".join(_il_article(p, i == len(posts) - 1) for i, p in enumerate(posts))
    jimdo_data = {
        "isTestserver": False,
        "isLcJimdoCom": False,
        "isJimdoHelpCenter": False,
        "isProtectedPage": False,
        "cstok": "",
        "cacheJsKey": _hex("il js", 40),
        "cacheCssKey": _hex("il js", 40),
        "cdnUrl": "https://assets.jimstatic.com/",
        "minUrl": "https://assets.jimstatic.com/app/cdn/min/file/",
        "authUrl": "https://a.jimdo.com/",
        "webPath": IL_HOST + "/",
        "appUrl": "https://a.jimdo.com/",
        "cmsLanguage": "de_DE",
        "isFreePackage": False,
        "mobile": False,
        "isDevkitTemplateUsed": True,
        "isTemplateResponsive": True,
        "websiteId": IL_WEBSITE,
        "pageId": IL_PAGE_ID,
        "packageId": 2,
        "jQuery": "jimdoGen002",
        "isJimdoMobileApp": False,
        "bgConfig": None,
        "responsiveBreakpointLandscape": 767,
        "responsiveBreakpointPortrait": 480,
        "copyableHeadlineLinks": False,
        "tocGeneration": False,
        "googlemapsConsoleKey": False,
        "loggingForAnalytics": False,
        "isFacebookPixelIdEnabled": False,
        "userAccountId": "3c9d1f0e-72a4-4b55-9e61-0a8f2d6b7c13",
    }
    cookie_settings = {
        "categories": [
            {
                "type": "NECESSARY",
                "name": "Unbedingt erforderlich",
                "description": "Unbedingt erforderliche Cookies ermöglichen grundlegende Funktionen und sind für die einwandfreie Funktion der Website erforderlich.",
                "required": True,
                "cookies": [
                    {
                        "key": "cookielaw",
                        "name": "cookielaw",
                        "description": "Cookielaw\n\nDieses Cookie zeigt das Cookie-Banner an und speichert die Cookie-Einstellungen des Besuchers.\n\nAnbieter:\nJimdo GmbH, Stresemannstrasse 375, 22761 Hamburg, Deutschland.",
                        "required": True,
                    },
                    {
                        "key": "control-cookies-wildcard",
                        "name": "ckies_*",
                        "description": "Jimdo Control Cookies\n\nSteuerungs-Cookies zur Aktivierung der vom Website-Besucher ausgewählten Dienste.",
                        "required": True,
                    },
                ],
            },
            {
                "type": "PERFORMANCE",
                "name": "Performance",
                "description": "Die Performance-Cookies sammeln Informationen darüber, wie unsere Website genutzt wird.",
                "required": False,
                "cookies": [
                    {
                        "key": "jimdo_analytics",
                        "name": "Jimdo Statistik",
                        "description": "Jimdo Statistik-Cookies\n\nAnonyme Besucherstatistik der Website.",
                        "required": False,
                    }
                ],
            },
        ],
        "pagesWithoutCookieSettings": ["/about/", "/j/privacy"],
        "cookieSettingsHtmlUrl": "/app/module/cookiesettings/getcookiesettingshtml",
    }
    canonical = IL_HOST + _il_page_href(number)
    prev_next = ""
    if number > 1:
        prev_next += f'<link rel="prev" href="{IL_HOST}{_il_page_href(number - 1)}"/>\n'
    if number < total:
        prev_next += f'<link rel="next" href="{IL_HOST}{_il_page_href(number + 1)}"/>\n'
    return f"""<!DOCTYPE html>
<html lang="de-DE"><head>
    <meta charset="utf-8"/>
    <link rel="dns-prefetch preconnect" href="https://u.jimcdn.com/" crossorigin="anonymous"/>
<link rel="dns-prefetch preconnect" href="https://assets.jimstatic.com/" crossorigin="anonymous"/>
<link rel="dns-prefetch preconnect" href="https://image.jimcdn.com" crossorigin="anonymous"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge"/>
<meta name="description" content="Neuigkeiten aus dem Imkerverein Lindach: Termine, Kurse, Bienenjahr und Vereinsleben."/>
<meta name="robots" content="index, follow, archive"/>
<meta name="generator" content="Jimdo Creator"/>
<meta name="twitter:title" content="Aktuelles"/>
<meta name="twitter:card" content="summary_large_image"/>
<meta property="og:url" content="{canonical}"/>
<meta property="og:title" content="Aktuelles"/>
<meta property="og:description" content="Neuigkeiten aus dem Imkerverein Lindach: Termine, Kurse, Bienenjahr und Vereinsleben."/>
<meta property="og:type" content="website"/>
<meta property="og:locale" content="de_DE"/>
<meta property="og:site_name" content="Imkerverein Lindach e.V."/><title>Aktuelles - Imkerverein Lindach e.V.</title>
<link rel="shortcut icon" href="https://u.jimcdn.com/cms/o/{IL_WEBSITE}/img/favicon.png?t=1612345678"/>
    <link rel="alternate" type="application/rss+xml" title="Blog" href="{IL_HOST}/rss/blog"/>
<link rel="canonical" href="{canonical}"/>
{prev_next}
        <script src="https://assets.jimstatic.com/ckies.js.c52961c41c57a9b4f804.js"></script>

        <script src="https://assets.jimstatic.com/cookieControl.js.0c7250f3957d0aebc70e.js"></script>
    <script>window.CookieControlSet.setToNormal();</script>

    <style>html,body{{margin:0}}.hidden{{display:none}}.n{{padding:5px}}#cc-website-title a {{text-decoration: none}}.cc-m-image-align-1{{text-align:left}}.cc-m-image-align-2{{text-align:right}}.cc-m-image-align-3{{text-align:center}}</style>

        <link href="https://u.jimcdn.com/cms/o/{IL_WEBSITE}/layout/dm_4a1f0c7e9b2d8e5a3c6f1b0d7e9a2c4f/css/layout.css?t=1731502214" rel="stylesheet" type="text/css" id="jimdo_layout_css"/>
<link href="https://assets.jimstatic.com/web.css.b42ef3c5d9f13ea97ca2.css" rel="preload" as="style"/>
<noscript>
<link href="https://assets.jimstatic.com/web.css.b42ef3c5d9f13ea97ca2.css" rel="stylesheet"/>
</noscript>
    <script>
    //<![CDATA[
        var jimdoData = {json.dumps(jimdo_data, separators=(",", ":"))};
    // ]]>
</script>

     <script> (function(window) {{ 'use strict'; var regBuff = window.__regModuleBuffer = []; var regModuleBuffer = function() {{ var args = [].slice.call(arguments); regBuff.push(args); }}; if (!window.regModule) {{ window.regModule = regModuleBuffer; }} }})(window); </script>
    <script src="https://assets.jimstatic.com/web.js.c1d9079888a6ad3e83ae.js" async="true"></script>
    <script src="https://assets.jimstatic.com/at.js.619d00f8aa071522cb43.js"></script>
</head>

<body class="body cc-page j-m-gallery-styles j-m-video-styles j-m-hr-styles j-m-header-styles j-m-text-styles j-m-emotionheader-styles j-m-htmlCode-styles j-m-rss-styles j-m-form-styles j-m-table-styles j-m-textWithImage-styles j-m-downloadDocument-styles j-m-imageSubtitle-styles j-m-googlemaps-styles j-m-blogSelection-styles j-m-comment-styles j-m-jimdo-styles j-m-profile-styles j-m-guestbook-styles j-m-hgrid-styles j-m-sharebuttons-styles j-m-formnew-styles j-m-callToAction-styles j-m-spacing-styles j-m-search-styles j-m-socialprofiles-styles j-footer-styles cc-pagemode-default cc-content-parent" id="page-{IL_PAGE_ID}">

<div id="cc-inner" class="cc-content-parent">
  <!-- _main.sass -->
  <div class="jtpl-background-area" background-area=""></div>

  <input type="checkbox" id="jtpl-mobile-navigation__checkbox" class="jtpl-mobile-navigation__checkbox"/><div class="jtpl-main cc-content-parent">
    <!-- _header.sass -->
    <div class="jtpl-header__mobile-topbar navigation-colors"></div>
    <header class="jtpl-header navigation-colors"><div class="jtpl-topbar-section">
        <div class="jtpl-logo">
          <div id="cc-website-title" class="cc-single-module-element"><div id="cc-m-13501190836" class="j-module n j-header"><a href="{IL_HOST}/"><span class="cc-within-single-module-element j-website-title-content" id="website-title-13501190836">Imkerverein Lindach e.V.</span></a></div></div>
        </div>
      </div>

      <!-- _navigation.sass -->
      <nav class="jtpl-navigation" data-dropdown="true"><div data-container="navigation"><div class="j-nav-variant-nested"><ul class="cc-nav-level-0 j-nav-level-0">{_il_nav()}</ul></div></div>
      </nav>
      <label for="jtpl-mobile-navigation__checkbox" class="jtpl-mobile-navigation__label navigation-colors--transparency"><span class="jtpl-mobile-navigation__borders navigation-colors__menu-icon"></span></label>
    </header>
    <!-- END _header.sass -->

    <!-- _section-main.sass -->
    <div class="jtpl-section-main cc-content-parent">
      <section class="jtpl-content content-options cc-content-parent">
        <div class="jtpl-content__inner cc-content-parent">
        <div id="content_area" data-container="content"><div id="content_start"></div>

        <div id="cc-matrix-3921847036"><div id="cc-m-13500917736" class="j-module n j-header "><h1 class="" id="cc-m-header-13500917736">Aktuelles aus dem Verein</h1></div><div id="cc-m-13500917836" class="j-module n j-text "><p>
    Hier berichten wir über das Bienenjahr, unsere Kurse und Veranstaltungen. Termine finden Sie zusätzlich rechts in der Seitenleiste.
</p></div><div id="cc-m-13500918036" class="j-module n j-blogSelection "><div class="blogselection">{articles}
    {_il_pager(number, total)}
    </div>
<script id="cc-m-reg-13500918036">// <![CDATA[

    window.regModule("module_blogSelection", {{"mode":"2","tags":"","order":"desc","limit":{IL_PER_PAGE},"page":{number},"id":13500918036}});
// ]]>
</script></div></div>

        </div>
      </section>
</div>
    <!-- END _section-main.sass -->

    <!-- _section-aside.sass -->
    <footer class="jtpl-section-aside sidebar-options"><aside class="jtpl-sidebar"><div data-container="sidebar"><div id="cc-matrix-3921847136"><div id="cc-m-13500919036" class="j-module n j-header "><h3 class="" id="cc-m-header-13500919036">Nächste Termine</h3></div><div id="cc-m-13500919136" class="j-module n j-text "><p>
    <strong>10.04.2025</strong> Stammtisch, Gasthaus Krone, 19.30 Uhr
</p>

<p>
    <strong>26.04.2025</strong> Praxistag Schwarmvorbeugung am Lehrbienenstand
</p>

<p>
    <strong>08.05.2025</strong> Stammtisch mit Honig-Verkostung
</p>

<p>
    <strong>24.05.2025</strong> Tag der Biene am Rathausplatz
</p></div><div id="cc-m-13500919236" class="j-module n j-header "><h3 class="" id="cc-m-header-13500919236">Kontakt</h3></div><div id="cc-m-13500919336" class="j-module n j-text "><p>
    Imkerverein Lindach e.V.<br/>Vorsitzende Petra Hollerbach<br/>Am Bienenhaus 3<br/>73527 Lindach
</p>

<p>
    <a href="/kontakt/" title="Kontakt">Zum Kontaktformular</a>
</p></div></div></div>
      </aside><div class="jtpl-footer footer-options">
        <div id="contentfooter" data-container="footer">


    <div class="j-meta-links">
        <a href="/about/">Impressum</a> | <a href="//www.imkerverein-lindach.de/j/privacy">Datenschutz</a> | <a id="cookie-policy" href="javascript:window.CookieControl.showCookieSettings();">Cookie-Richtlinie</a> | <a href="/sitemap/">Sitemap</a>    </div>

    <div class="j-admin-links">

<span class="loggedout">
    <a rel="nofollow" id="login" href="/login">Anmelden</a>
</span>

            </div>


</div>

      </div>
    </footer><!--END _section-aside.sass -->

  </div>
  <!-- END _main.sass -->
</div>
    <ul class="cc-FloatingButtonBarContainer cc-FloatingButtonBarContainer-right hidden">

                    <!-- scroll to top button -->
            <li class="cc-FloatingButtonBarContainer-button-scroll">
                <a href="javascript:void(0);" title="Nach oben scrollen">
                    <span>Nach oben scrollen</span>
                </a>
            </li>
            <script>// <![CDATA[

    window.regModule("common_scrolltotop", []);
// ]]>
</script>    </ul>
<div class="cc-individual-cookie-settings" id="cc-individual-cookie-settings" style="display: none" data-nosnippet="true">

</div>
<script>// <![CDATA[

    window.regModule("web_individualCookieSettings", {json.dumps(cookie_settings, separators=(",", ":"))});
// ]]>
</script>
</body>
</html>
"""


@twentyninth_a
def build_imkerverein_lindach() -> None:
    s = Site(
        "imkerverein-lindach",
        kind="club news blog (Jimdo Creator 'jtpl' layout, German: div.j-blogSelection > div.blogselection of div.n.clearover.j-blogarticle posts with a.j-blog-header > h2.j-blog-headline, time.datetime[datetime] split into span.day-word 'Fr' / span.day '14' / span.mon 'Mär' / span.yr '2025', the first module (j-textWithImage with a jimcdn srcset picture, or j-text) as teaser and a 'mehr lesen' a.blogreadmore; dated post URLs /2025/03/14/<slug>/ with umlauts percent-encoded; sidebar 'Nächste Termine', jimdoData and regModule JSON, '« neuere Beiträge' / 'ältere Beiträge »' over ?page=N)",
        start=IL_PATH.lstrip("/"),
        description=f"The news page of a German beekeepers' club (imkerverein-lindach.de, 'Imkerverein Lindach e.V.') built with Jimdo Creator in a responsive 'jtpl' layout, {IL_PATH} with a blog selection module in teaser mode ({IL_PER_PAGE} posts), then '{IL_PATH}?page=2' and '?page=3' (the module's 'ältere Beiträge »' link; '« neuere Beiträge' from page 2 leads back to {IL_PATH}), as a visitor gets it in March 2025. The Jimdo head (dns-prefetch for u.jimcdn.com / assets.jimstatic.com / image.jimcdn.com, meta generator 'Jimdo Creator', og and twitter tags, the RSS link /rss/blog, ckies.js and cookieControl.js, the inline style, layout.css, web.css preload, the jimdoData JSON and the regModule buffer), body.cc-page with the j-m-*-styles classes, div#cc-inner > div.jtpl-main with header.jtpl-header (the website title module) and nav.jtpl-navigation (ul.cc-nav-level-0 of li.jmd-nav__list-item-0, the current one with cc-nav-current, two with nested j-nav-level-1 lists), the content area div#content_area with an h1 'Aktuelles aus dem Verein' header module and an intro text module, then div.j-module.j-blogSelection > div.blogselection of div.n.clearover.j-blogarticle (inline margin-bottom on all but the last): a.j-blog-header[href=/2025/03/14/<slug>/] around h2.j-blog-headline, time.datetime[datetime=2025-03-14] with span.day-word 'Fr', span.day '14', span.mon 'Mär', span.yr '2025' (German month abbreviations), div.c, a cc-matrix holding the post's first module — j-textWithImage (figure.cc-imagewrapper with an img srcset of image.jimcdn.com/app/cms/image/transf/dimension=240x1024:format=jpg/… sizes, data-src-* and data-image-id, then div.cc-m-textwithimage-inline-rte > p, a regModule script) or a plain j-text > p — and div.j-blog-readmore > a.blogreadmore 'mehr lesen'; the post slugs keep umlauts, percent-encoded in the links ('/2025/03/14/v%C3%B6lkerdurchsicht-im-m%C3%A4rz-worauf-wir-jetzt-achten/'); under the posts div.j-blogselection-pagination ('« neuere Beiträge', 'Seite 2 von 3', 'ältere Beiträge »') and the module's regModule JSON. The sidebar (footer.jtpl-section-aside): 'Nächste Termine' with four dated club dates and a contact block (not records); the footer meta links (Impressum | Datenschutz | Cookie-Richtlinie | Sitemap, 'Anmelden'), the scroll-to-top bar and the web_individualCookieSettings regModule JSON. 10 + 10 + 7 posts. Written down: title, url (the dated path as linked), date (ISO day, from the split date), summary (the teaser paragraph), image (the teaser picture's src, where shown).",
    )
    pages = chunks(IL_POSTS, [IL_PER_PAGE, IL_PER_PAGE, len(IL_POSTS) - 2 * IL_PER_PAGE])
    for number, posts in enumerate(pages, 1):
        text = _il_page(number, len(pages), posts)
        if number == 1:
            s.list_page(IL_PATH.lstrip("/") + "index.html", text)
        else:
            s.list_page(IL_PATH.lstrip("/") + "@" + _il_page_href(number).split("?", 1)[1], text)
    for post in IL_POSTS:
        s.expect(
            {
                "title": post.title,
                "url": _il_url(post),
                "date": post.day.isoformat(),
                "summary": post.teaser,
                "image": _il_image(post, 240) if post.picture else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# riverbend-clay: a Weebly blog, /news then /news/previous/2 and /news/previous/3.
# ---------------------------------------------------------------------------------------------------

RC_HOST = "https://www.riverbendclayworks.com"
RC_BLOG = "news"
RC_PER_PAGE = 10
RC_SITE_ID = "684213597034821977"
RC_USER = "148213657"
RC_BUILD = "1741025393"

#: date | picture (b: before the paragraph, a: after it, '': none) | comments | title | excerpt
RC_ROWS = """
2025-03-12|b|4|Spring Wheel Classes Open for Registration|Our eight-week beginner wheel course starts April 7, with Monday and Thursday evening sections. Clay, glazes and two firings are included in the fee.
2025-03-06|a|0|Kiln Opening: Shino Glaze Tests|We unloaded the gas kiln on Sunday and the new carbon-trap shino came out better than we hoped, with warm orange flashing on the rims.
2025-02-27|b|2|Meet Our Spring Resident, Dana Whitfield|Dana joins us from Penland for a three-month residency, working on large coil-built planters. Stop by the back studio on Saturday afternoons to see her work.
2025-02-20||1|Open Studio Hours Are Changing|Starting March 1, members' open studio runs Tuesday through Sunday, 10 a.m. to 9 p.m. Mondays are now reserved for kiln loading and maintenance.
2025-02-13|b|6|Valentine's Date Night Recap|Twenty-two couples threw their first pots together last Friday. Pieces will be bisque fired and glazed in our signature Riverbend blue by the end of the month.
2025-02-05|a|0|New Glazes on the Shelf|We mixed three new cone 6 glazes this week: Oatmeal Matte, Copper Red and a floating blue we are calling French Broad.
2025-01-29|b|3|Studio Sale Raised $4,280 for Local Relief|Thank you to everyone who came out for the January seconds sale. Every dollar went to the WNC Community Foundation's recovery fund.
2025-01-22||0|Clay Reclaim Day on February 1|Bring your scraps, trimmings and slop buckets. We will run the pug mill all morning, and members can take home reclaimed clay at no charge.
2025-01-15|b|1|Raku Workshop with Tomas Ibarra|Tomas returns for a two-day raku intensive on February 15 and 16. We have six spots left; each participant fires up to eight pieces.
2025-01-08|a|2|Back in the Studio After the Storm|After three months of cleanup, the river room is dry, the wheels are serviced and the electric kilns are back on a new circuit. We are so glad to be open again.
2024-12-18|b|5|Holiday Market This Saturday|Twenty member artists will fill the gallery with mugs, ornaments and serving ware from 10 to 4. Hot cider is on us.
2024-12-11||0|Gift Certificates Now Available Online|Class gift certificates can now be bought through our shop page and printed at home, in any amount from $25.
2024-12-04|b|1|Glaze Chemistry Night Recap|Eleven members spent Tuesday evening calculating unity formulas and testing silica additions for a more durable liner glaze.
2024-11-20|a|3|Wood Firing at Shelton Farm|Our annual anagama firing ran for 62 hours. Ash deposits on the shoulders were heavier than last year, thanks to a long side-stoking stretch.
2024-11-13||0|Member Spotlight: June Okafor|June has been throwing with us since 2019 and now teaches the Tuesday intermediate class. Her stoneware lanterns are in the gallery this month.
2024-11-06|b|2|Handbuilding for Kids Returns|Saturday morning handbuilding for ages 8 to 12 is back. Kids make pinch pots, slab boxes and a clay critter in four weeks.
2024-10-30|b|7|Recovery Update: How You Can Help|Hurricane Helene flooded our lower studio with two feet of water. Donations of shelving, ware boards and bats are welcome at the front door.
2024-10-16||4|Studio Closed Until Further Notice|The studio is closed while we assess damage from the flooding along the Swannanoa. All classes are paused and tuition will be refunded or credited.
2024-09-25|a|1|Fall Session Starts Monday|Wheel I, Wheel II and Surface Decoration all start the week of September 30. Please pick up your clay and tools at the front desk.
2024-09-11|b|0|Firing Schedule for September|Bisque loads go in every Wednesday and glaze loads every Friday. Please have work on the outgoing shelf by noon the day before.
2024-08-28||2|Summer Residency Show Opening|Join us Friday, August 30, from 6 to 8 p.m. for a show of work by our summer residents, Kai Brennan and Rosa Delgado.
2024-08-14|b|0|Studio Upgrades: New Slab Roller|Thanks to a grant from the Asheville Area Arts Council, we installed a 30-inch slab roller in the handbuilding room.
2024-07-31|a|3|Cone 10 Reduction Tips from Our Gas Kiln|A few lessons from this summer's reduction firings: start body reduction at cone 010, keep the damper steady, and log your back pressure.
2024-07-17||1|Members' Summer Potluck|Bring a dish on your own handmade plate. We will grill, swap glaze recipes and hand out the summer challenge prizes.
2024-07-03|b|0|Independence Day Hours|The studio closes at 2 p.m. on July 3 and stays closed on July 4. Kiln loads for that week will be fired on Saturday.
2024-06-19|b|2|Summer Camp Week One in Pictures|Our first camp week wrapped up with a wall of painted tiles and more than sixty pinch-pot frogs.
"""


class RCPost(NamedTuple):
    day: date
    picture: str
    comments: int
    title: str
    excerpt: str


RC_POSTS = [
    RCPost(date.fromisoformat(d), pic, int(comments), title, excerpt)
    for d, pic, comments, title, excerpt in (line.split("|") for line in RC_ROWS.strip().splitlines())
]
RC_CATEGORIES = ["All", "Classes", "Events", "Firings", "Glazes", "Members", "Studio News"]


def _rc_slug(title: str) -> str:
    return slug(title.replace("'", "").replace("$", "").replace(",", ""))


def _rc_url(post: RCPost) -> str:
    return f"/{RC_BLOG}/{_rc_slug(post.title)}"


def _rc_image(post: RCPost) -> str:
    name = "-".join(_rc_slug(post.title).split("-")[:3])
    return f"/uploads/1/4/8/2/{RC_USER}/published/{name}.jpg?{1700000000 + _num(post.title, 8)}"


def _rc_page_href(number: int) -> str:
    return f"/{RC_BLOG}" if number == 1 else f"/{RC_BLOG}/previous/{number}"


def _rc_comments(post: RCPost) -> str:
    word = "Comment" if post.comments == 1 else "Comments"
    return f'<a class="blog-link" href="{_rc_url(post)}#comments">{post.comments} {word}</a>'


def _rc_post(post: RCPost) -> str:
    url = _rc_url(post)
    post_id = 900000000000000000 + _num(post.title, 17)
    date_text = f"{post.day.month}/{post.day.day}/{post.day.year}"
    paragraph = f'<div class="paragraph">{esc(post.excerpt)}</div>'
    image = (
        f"""<div><div class="wsite-image wsite-image-border-none " style="padding-top:10px;padding-bottom:10px;margin-left:0;margin-right:0;text-align:center">
<a>
<img src="{_rc_image(post)}" alt="Picture" style="width:auto;max-width:100%" />
</a>
<div style="display:block;font-size:90%"></div>
</div></div>"""
        if post.picture
        else ""
    )
    body = image + "\n" + paragraph if post.picture == "b" else paragraph + "\n" + image
    share_url = quote(RC_HOST + url, safe="")
    return f"""
<div id="blog-post-{post_id}" class="blog-post">
    <div class="blog-header">
        <h2 class="blog-title">
            <a class="blog-title-link blog-link" href="{url}">{esc(post.title)}</a>
        </h2>
        <p class="blog-date">
            <span class="date-text">
                {date_text}
            </span>
        </p>
        <p class="blog-comments">
            {_rc_comments(post)}
        </p>
    </div>
    <div class="blog-separator">&nbsp;</div>
    <div class="blog-content">
        {body}
        <div class="blog-read-more"><a class="blog-button" href="{url}"><span class="blog-button-text">Read More</span></a></div>
    </div>
    <div class="blog-social ">
        <div class="blog-social-item blog-fb-like"><iframe src="//www.facebook.com/plugins/like.php?href={share_url}&amp;send=false&amp;layout=button_count&amp;show_faces=false&amp;action=like&amp;colorscheme=light&amp;font&amp;height=21" scrolling="no" frameborder="0" allowTransparency="true" style="overflow:hidden; width:90px; height:21px;"></iframe></div>
        <div class="blog-social-item blog-twitter"><a href="https://twitter.com/share" class="twitter-share-button" data-count="none" data-text="{esc(post.title)}" data-url="{RC_HOST}{url}">Tweet</a></div>
    </div>
    <div class="blog-comments-bottom">
        {_rc_comments(post)}
    </div>
    <div class="blog-post-separator"></div>
</div>
"""


def _rc_pager(number: int, total: int) -> str:
    parts = []
    if number < total:
        parts.append(
            f"""<div class="blog-page-nav-previous">
        <a href="/{RC_BLOG}/previous/{number + 1}" class="blog-link">&lt;&lt;Previous</a>
    </div>"""
        )
    if number > 1:
        parts.append(
            f"""<div class="blog-page-nav-next">
        <a href="/{RC_BLOG}/next/{number - 1}" class="blog-link">Next&gt;&gt;</a>
    </div>"""
        )
    return "\n".join(parts)


def _rc_sidebar() -> str:
    months: list[date] = []
    for post in RC_POSTS:
        first = post.day.replace(day=1)
        if first not in months:
            months.append(first)
    archive = "".join(f'<a href="/{RC_BLOG}/archives/{m:%m-%Y}" class="blog-link">{m:%B %Y}</a><br />' for m in months)
    categories = "".join(
        f'<a href="/{RC_BLOG}/category/{slug(c)}" class="blog-link">{c}</a><br />' for c in RC_CATEGORIES
    )
    return f"""<div class="column-blog">
<h2 class="wsite-content-title">Author</h2>
<div class="paragraph">Riverbend Clay Works is a community pottery studio in the River Arts District of Asheville, North Carolina, with classes, memberships and three kilns.</div>
<div class="wsite-spacer" style="height:20px;"></div>
<h2 class="wsite-content-title">Archives</h2>
<p class="blog-archive-list">
    {archive}
</p>
<h2 class="wsite-content-title">Categories</h2>
<p class="blog-category-list">
    {categories}
</p>
<div style="text-align:left;"><a href="/1/feed" title="RSS" class="wsite-rss-link">RSS Feed</a></div>
</div>"""


RC_NAV = [
    ("/", "Home"),
    ("/classes.html", "Classes"),
    ("/membership.html", "Membership"),
    ("/gallery.html", "Gallery"),
    (f"/{RC_BLOG}", "News"),
    ("/shop.html", "Shop"),
    ("/contact.html", "Contact"),
]


def _rc_page(number: int, total: int, posts: list[RCPost]) -> str:
    entries = "".join(_rc_post(p) for p in posts)
    nav = "".join(
        f'<li id="{"active" if href == "/" + RC_BLOG else "pg" + str(_num(label, 18))}" class="wsite-menu-item-wrap"><a href="{href}" class="wsite-menu-item">{label}</a></li>'
        for href, label in RC_NAV
    )
    canonical = RC_HOST + _rc_page_href(number)
    return f"""<!DOCTYPE html>
<html lang="en">
    <head><meta property="og:site_name" content="Riverbend Clay Works" />
<meta property="og:title" content="News" />
<meta property="og:description" content="Studio news, classes and kiln openings from Riverbend Clay Works, a community pottery studio in Asheville, NC." />
<meta property="og:image" content="{RC_HOST}{_rc_image(RC_POSTS[0])}" />
<meta property="og:url" content="{canonical}" />

<base target="_top" />
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1.0" />
        <title>News - Riverbend Clay Works</title>
        <link rel="canonical" href="{canonical}" />
        <link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime={RC_BUILD}" />
<link rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/old/fancybox.css?{RC_BUILD}" />
<link rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/social-icons.css?buildtime={RC_BUILD}" media="screen,projection" />
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1741612077" title="wsite-theme-css" />
<link href='//cdn2.editmysite.com/fonts/Lato/font.css?2' rel='stylesheet' type='text/css' />
<link href='//cdn2.editmysite.com/fonts/Montserrat/font.css?2' rel='stylesheet' type='text/css' />
<style type='text/css'>
.wsite-elements.wsite-not-footer:not(.wsite-header-elements) div.paragraph, .wsite-elements.wsite-not-footer:not(.wsite-header-elements) p {{font-family:"Lato" !important;}}
#wsite-title {{font-family:"Montserrat" !important;text-transform:  uppercase !important;letter-spacing: 2px !important;}}
.blog-title .blog-title-link {{font-family:"Montserrat" !important;}}
</style>

        <script>
var STATIC_BASE = '//cdn1.editmysite.com/';
var ASSETS_BASE = '//cdn2.editmysite.com/';
var STYLE_PREFIX = 'wsite';
</script>
<script src='https://ajax.googleapis.com/ajax/libs/jquery/1.8.3/jquery.min.js'></script>

<script type="text/javascript" src="//cdn2.editmysite.com/js/lang/en/stl.js?buildTime={RC_BUILD}&"></script>
<script src="//cdn2.editmysite.com/js/site/main.js?buildTime={RC_BUILD}"></script><script type="text/javascript">
        function initCustomerAccountsModels() {{
                    (function(){{_W.setup_rpc({{"url":"\\/ajax\\/api\\/JsonRPC\\/CustomerAccounts\\/","actions":{{"CustomerAccounts":[{{"name":"login","len":2,"multiple":false,"standalone":false}},{{"name":"logout","len":0,"multiple":false,"standalone":false}},{{"name":"getSessionDetails","len":0,"multiple":false,"standalone":false}}]}},"namespace":"_W.CustomerAccounts.RPC"}});
}})();
        }}
        if(initCustomerAccountsModels) {{
                        window._W.initCustomerAccountsModels = initCustomerAccountsModels;
        }}
    </script>
<script type="text/javascript" src="//cdn2.editmysite.com/js/lang/en/stl.js?buildTime={RC_BUILD}&"></script>
<script> _W.themePlugins = [];</script>
<script type="text/javascript"> _W.recaptchaUrl = "https://www.google.com/recaptcha/api.js"; </script>
<script type="text/javascript">var _W = _W || {{}}; _W.securePrefix='';</script>
<script>_W = _W || {{}};
_W.customerLocale = "en_US";
_W.storeName = null;
_W.isCheckoutReskin = false;
_W.storeCountry = "US";
_W.storeCurrency = "USD";
_W.storeEuPrivacyPolicyUrl = "";
com_currentSite = "{RC_SITE_ID}";
com_userID = "{RC_USER}";</script>
<script type="text/javascript">_W.resellerSite = false;</script>
<script type="text/javascript">_W.configDomain = "www.weebly.com";</script>
<script>_W.relinquish && _W.relinquish()</script>
<script type="text/javascript" src="//cdn2.editmysite.com/js/lang/en/stl.js?buildTime={RC_BUILD}&"></script>
<script> _W.themePlugins = [];</script>
<link rel="alternate" type="application/rss+xml" title="RSS" href="{RC_HOST}/1/feed" />
    </head>
    <body class="no-header-page  wsite-page-{RC_BLOG} wsite-theme-light">
        <div class="wrapper">
            <div class="dusk-header">
                <div class="nav-wrap">
                    <div class="container">
                        <div class="logo"><span class="wsite-logo">
    <a href="/">
        <span id="wsite-title">Riverbend Clay Works</span>
    </a>
</span></div>
                        <div class="nav desktop-nav"><ul class="wsite-menu-default">
        {nav}
</ul></div>
                        <a class="hamburger" aria-label="Menu" href="#"><span></span></a>
                    </div>
                </div>
            </div>
            <div class="main-wrap">
                <div id="wsite-content" class="wsite-elements wsite-not-footer">
    <div class="wsite-section-wrap">
    <div class="wsite-section wsite-body-section wsite-background-4"  >
        <div class="wsite-section-content">
          <div class="container">
            <div class="wsite-section-elements">
                <div id="blogTable" class="blog-table">
<table role="presentation" class="blog-table" cellpadding="0" cellspacing="0" style="width:100%">
<tr>
<td class="blog-main" id="blogContent" valign="top">
{entries}
{_rc_pager(number, total)}
</td>
<td class="blog-sidebar" valign="top">
{_rc_sidebar()}
</td>
</tr>
</table>
</div>
            </div>
          </div>
        </div>
    </div>
    </div>
</div>

            </div>
            <div class="footer-wrap">
                <div class="container">
                    <div class="footer"><div class='wsite-elements wsite-footer'>
<div class="paragraph" style="text-align:center;">Riverbend Clay Works · 122 Roberts Street, Asheville, NC 28801 · (828) 555-0148</div>
</div></div>
                </div>
            </div>
        </div>
        <div class="nav mobile-nav">
            <ul class="wsite-menu-default">
        {nav}
</ul>
        </div>
        <div id="weebly-footer-signup-container-v3"><a href="https://www.weebly.com/signup?utm_source=internal&amp;utm_medium=footer" class="weebly-footer-signup-v3 weebly-footer-signup-v3--light" target="_blank"><span class="weebly-footer-signup-v3__text">Powered by </span><span class="weebly-footer-signup-v3__logo">Square</span><span class="weebly-footer-signup-v3__badge">Create your own unique website with customizable templates.</span><span class="weebly-footer-signup-v3__button">Get Started</span></a></div>
        <script type="text/javascript" src="/files/theme/plugins.js?1555004730"></script>
        <script type="text/javascript" src="/files/theme/custom.js?1555004730"></script>
        <script type="text/javascript">
            (function(jQuery) {{ try {{ if (jQuery) {{ jQuery('div.blog-social div.fb-like').attr('class', 'blog-social-item blog-fb-like'); var $commentFrame = jQuery('#commentArea iframe'); if ($commentFrame.length > 0) {{ var frameHeight = jQuery($commentFrame[0].contentWindow.document).height() + 50; $commentFrame.css('min-height', frameHeight + 'px'); }} if (jQuery('.product-button').length > 0){{ jQuery(document).ready(function(){{ jQuery('.product-button').parent().each(function(index, product){{ if(jQuery(product).attr('target') == 'paypal'){{ if (!jQuery(product).find('> [name="bn"]').length){{ jQuery('<input>').attr({{ type: 'hidden', name: 'bn', value: 'DragAndDropBuil_SP_EC' }}).appendTo(product); }} }} }}); }}); }} }} else {{ }} }} catch (ex) {{}} }})(window._W && _W.jQuery)
        </script>
    </body>
</html>
"""


@twentyninth_a
def build_riverbend_clay() -> None:
    s = Site(
        "riverbend-clay",
        kind="studio news blog (Weebly / Square Online classic builder: table.blog-table with a posts column and a sidebar of Author / Archives / Categories / RSS Feed; div.blog-post#blog-post-<id> with h2.blog-title > a.blog-title-link.blog-link, p.blog-date > span.date-text '3/6/2025' (month first), p.blog-comments '2 Comments' repeated in div.blog-comments-bottom, div.blog-content with div.paragraph and a div.wsite-image picture before or after it on most, 'Read More', Facebook / Tweet share items; '<<Previous' div.blog-page-nav-previous over /news/previous/N and 'Next>>' to /news/next/N; _W config scripts and editmysite CDN assets)",
        start=f"{RC_BLOG}/",
        description=f"The studio news blog of a community pottery studio in Asheville, North Carolina (riverbendclayworks.com, 'Riverbend Clay Works') built with Weebly, Square's classic site builder, the blog page /{RC_BLOG} (its folder /{RC_BLOG}/ here) then '<<Previous' to /{RC_BLOG}/previous/2 and /{RC_BLOG}/previous/3 ({RC_PER_PAGE} posts a page; 'Next>>' from page 2 leads to /{RC_BLOG}/next/1 and from page 3 to /{RC_BLOG}/next/2, the newer pages again under other URLs), as a visitor gets it in March 2025. The Weebly head (og tags, base target=_top, editmysite CDN sites.css / fancybox / social-icons, the theme's main_style.css, Lato / Montserrat font CSS and an inline font style, STATIC_BASE / ASSETS_BASE / STYLE_PREFIX, jQuery 1.8.3, stl.js and main.js, the CustomerAccounts JsonRPC setup, the _W config scripts with com_currentSite / com_userID, the RSS link /1/feed), body.wsite-page-{RC_BLOG} with the theme header (span#wsite-title, ul.wsite-menu-default of li.wsite-menu-item-wrap, the News item li#active), div#wsite-content > wsite-section > div#blogTable > table.blog-table with td.blog-main#blogContent and td.blog-sidebar. Each post (Weebly's blog post template): div.blog-post#blog-post-<18 digits> with div.blog-header (h2.blog-title > a.blog-title-link.blog-link[href=/{RC_BLOG}/<slug>], p.blog-date > span.date-text with the date as M/D/YYYY between tabs and newlines — '3/6/2025' is March 6, a US studio — and p.blog-comments > a.blog-link '4 Comments' / '1 Comment' / '0 Comments' to #comments), div.blog-separator, div.blog-content with the excerpt (div.paragraph, and on most posts a div.wsite-image with /uploads/1/4/8/2/<user>/published/<name>.jpg?<ts> 'Picture' before or after it) and div.blog-read-more 'Read More', div.blog-social (a Facebook like iframe, a Tweet link with data-text / data-url on the real host), div.blog-comments-bottom with the comment link again and div.blog-post-separator. Under the posts div.blog-page-nav-previous '&lt;&lt;Previous' and div.blog-page-nav-next 'Next&gt;&gt;'. The sidebar's div.column-blog: 'Author' with a paragraph, 'Archives' (p.blog-archive-list of month links /{RC_BLOG}/archives/03-2025), 'Categories' (p.blog-category-list: All, Classes, Events, Firings, Glazes, Members, Studio News), 'RSS Feed'. The footer paragraph (address, phone), the mobile nav copy, the 'Powered by Square … Get Started' signup badge, theme plugin scripts and Weebly's inline jQuery fix-up script. 10 + 10 + 6 posts. Written down: title, url (/{RC_BLOG}/<slug>), date (ISO day, read month first), comments (the count), summary (the excerpt paragraph), image (the picture's src with its query, where shown).",
    )
    pages = chunks(RC_POSTS, [RC_PER_PAGE, RC_PER_PAGE, len(RC_POSTS) - 2 * RC_PER_PAGE])
    texts = [_rc_page(number, len(pages), posts) for number, posts in enumerate(pages, 1)]
    for number, text in enumerate(texts, 1):
        s.list_page(f"{RC_BLOG}/index.html" if number == 1 else f"{RC_BLOG}/previous/{number}", text)
    for number, text in enumerate(texts[:-1], 1):
        s.write(f"{RC_BLOG}/next/{number}", text)  # 'Next>>' from the page after: the same page again
    for post in RC_POSTS:
        s.expect(
            {
                "title": post.title,
                "url": _rc_url(post),
                "date": post.day.isoformat(),
                "comments": post.comments,
                "summary": post.excerpt,
                "image": _rc_image(post) if post.picture else None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYNINTH_A.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
