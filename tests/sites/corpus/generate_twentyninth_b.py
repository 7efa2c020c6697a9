"""Twenty-ninth wave, part B: three marketplace listings in three languages, copied from their real 2024–25 markup
as a logged-out visitor gets it and written before any heuristic was changed for them. Mercado Libre, Rakuten
Ichiba and Allegro were asked for, but the corpus already holds them (mercadito, ichibamall, targowisko), so each is
replaced by another platform of the same kind:

* **lojaluar** — a Brazilian department-store marketplace built like Magazine Luiza (Magalu) in 2024–25, the search
  ``/busca/air+fryer/`` then the pager's ``?page=2`` / ``?page=3`` links (``?page=1`` is the first page again). The
  Next.js shell with styled-components classes (``sc-xxxx yyyy``) and ``data-testid`` hooks: the LGPD cookie bar,
  the header (logo, search form, 'Entre ou cadastre-se', 'Carrinho'), the department menu, the breadcrumb,
  ``h1[data-testid=main-title]`` 'air fryer' and '53 produtos encontrados', a filter aside (Categoria, Marca, Preço,
  Avaliação, Voltagem with counts), the sort select, then ``ul[data-testid=list]`` of ``li`` holding
  ``a[data-testid=product-card-container]`` (the product path ``/<slug>/p/<id>/ep/efsl/``) > ``div[data-testid=
  product-card-content]``: the image, ``h2[data-testid=product-title]``, ``div[data-testid=review]`` with five star
  svgs and ``span[format=score-count]`` '4.8 (3512)' (none on new products), ``div[data-testid=product-price]`` with
  ``p[data-testid=price-original]`` 'R$ 599,90' struck on some, ``p[data-testid=price-value]`` 'R$ 379,05' (an
  NBSP after R$) + ``span[data-testid=in-cash]`` 'no Pix' (or the card price alone), ``p[data-testid=installment]``
  'ou R$ 399,00 em 10x de R$ 39,90 sem juros' / 'em 6x de R$ 43,32 sem juros', and a ``div[data-testid=
  shipping-tag]`` 'Frete grátis' / 'Chega amanhã' on some. Two 'Patrocinado' cards a page with the same markup (a
  ``span[data-testid=sponsored-label]`` and ``?seller_id=…&ads=patrocinado`` links), a campaign banner after the
  eighth card, ``nav[aria-label=pagination]`` of numbered ``a[aria-label='Go to page N']`` links and 'Próxima
  página' / 'Página anterior', the footer, and ``__NEXT_DATA__`` with the page's products (prices as strings:
  ``price`` / ``bestPrice`` / ``fullPrice``, ``installment``, ``rating``, ``path``) and the ads apart. 20 + 20 + 13
  products. Written down: title, url, price (the big price: the Pix price where shown), currency, original_price
  (where struck), installments (the line as shown), rating, review_count, shipping (where shown).
* **kaimonoya** — a Japanese shopping mall search built like Yahoo!ショッピング 2024–25 (Next.js, CSS-module classes
  ``SearchResultItemPrice_SearchResultItemPrice__value__G8pQV``), the search ``/search?p=<query>`` for
  'ランニングシューズ 厚底' then the pager's offset links ``?p=…&area=13&b=31`` / ``b=61`` (``b=1`` is the first page
  again). 30 results a page in ``ul.SearchResults_SearchResults__list`` items: image and title links to the store's
  item page on ``store.shopping.kaimonoya.jp`` (with a ``sc_i`` tracking query), the price '15,840' + '円', a
  shipping line '送料無料' / '送料別' / '条件付き送料無料', points '792円相当' + '(5%)' with 'ストアポイント+PayPay
  ポイント'-like notes, a coupon line '10%OFFクーポン' on some, '優良配送' and '最短 3/15(土) お届け' on some, review
  stars with an aria-label, '4.52' and '(1,234件)' (none on some), the store name link and a '優良ストア' badge on
  some; 'PR' items with ad redirect links among them; a filter aside, sort tabs, a notice bar, and
  ``__NEXT_DATA__`` with the hits. 30 + 30 + 14 items. Written down: title, url (absolute, the store's host,
  without the tracking query), price, currency, shipping, points (yen), point_rate (percent), coupon (where shown),
  delivery ('--MM-DD' where a date is shown), rating, review_count (where shown), store.
* **cenomat** — a Polish price comparison category built like Ceneo 2024–25, ``/Odkurzacze_automatyczne`` then the
  pager's ``/Odkurzacze_automatyczne;0020-30-0-0-1.htm`` and ``;0020-30-0-0-2.htm`` (page N as ``N-1`` after the
  semicolon). ``div.cat-prod-row.js_category-list-item`` rows with data-productid / data-productname /
  data-productminprice attributes: a photo link, ``strong.cat-prod-row__name > a`` to ``/<product id>``,
  ``span.product-score`` '4,8 / 5' with a star bar and ``a.product-reviews-link`` '54 opinie' / '1 opinia' / '12
  opinii' (none on some), a parameter list ``ul.prod-params`` (Rodzaj, Siła ssania '5500 Pa', Czas pracy '180
  min'), the price ``span.price > span.value`` '2 399' + ``span.penny`` ',00' + 'zł', 'w 25 sklepach' / 'w 1
  sklepie', 'Kup Teraz' and 'Darmowa dostawa' on some, 'Porównaj ceny'; two 'Promowane' rows a page with the same
  markup but offer-click links; a consent dialog, the category tree, filters, sort, a sidebar of 'Sponsorowane'
  shop offers, ``ul.pagination`` with 'Następna' / 'Poprzednia', and a GA ``dataLayer`` of impressions. 30 + 30 +
  11 products. Written down: title, url, price (the lowest price), currency, offers (shops), rating, review_count,
  type, suction (Pa), runtime (minutes), delivery (where shown), badge (where shown).

Run ``uv run python tests/sites/corpus/generate_twentyninth_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTYNINTH_B: dict[str, Callable[[], None]] = {}


def twentyninth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYNINTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_B62 = "0123456789" + _LETTERS


def _word(seed: str, size: int, alphabet: str = _LETTERS) -> str:
    value = int(_md5(seed), 16)
    out = []
    for _ in range(size):
        value, rest = divmod(value, len(alphabet))
        out.append(alphabet[rest])
    return "".join(out)


def _money(amount: float, thousands: str, decimal: str) -> str:
    whole, cents = f"{amount:,.2f}".split(".")
    return whole.replace(",", thousands) + decimal + cents


# ---------------------------------------------------------------------------------------------------
# lojaluar: a Magalu-like Brazilian marketplace search (Next.js + styled-components), /busca/air+fryer/.
# ---------------------------------------------------------------------------------------------------

LU_HOST = "https://www.lojaluar.com.br"
LU_PATH = "/busca/air+fryer/"
LU_CDN = "https://a-static.luarcdn.com.br"
LU_PER_PAGE = 20


def _sc(name: str) -> str:
    """A styled-components class pair (component id + generated class), stable per component name."""
    return f"sc-{_word('id' + name, 6)} {_word('cls' + name, 6)}"


#: title | card price | Pix discount (y/n) | struck price ('' = none) | instalments | rating | reviews | shipping
LU_ROWS = """
Fritadeira Elétrica Air Fryer Mondial Family AF-30-DI 3,5L Preta com Timer|399.00|y|599.90|10|4.8|3512|Frete grátis
Air Fryer Philco PFR15PG Gourmet Black 4,4L 1500W|449.90|y|699.90|10|4.7|2287|Frete grátis
Fritadeira sem Óleo Air Fryer Britânia BFR38 4,2L Inox 1500W|379.90|y||10|4.7|1904|Chega amanhã
Fritadeira Air Fryer Electrolux Experience EAF20 3,2L Preta com Painel Digital|499.00|y|649.00|10|4.8|986|Frete grátis
Air Fryer Arno Easy Fry Max 5L Preta EZFM|469.90|n||10|4.6|745|
Fritadeira Elétrica sem Óleo Oster Compact OFRT520 4,6L Preta|349.90|y|459.90|10|4.5|612|Frete grátis
Air Fryer Mondial Grand Family Inox AFN-50-BI 5L|549.90|y|799.90|10|4.8|4121|Frete grátis
Fritadeira Air Fryer Cadence Super Light Fryer FRT531 3L Vermelha|259.90|n||6|4.4|533|
Fritadeira sem Óleo Air Fryer Gaabor 4L Digital GA-AF40|299.90|y|389.90|10|4.6|208|Chega amanhã
Air Fryer Oven Philco PFR2000P 12L 3 em 1 Forno Elétrico|749.90|y|999.90|10|4.7|1377|Frete grátis
Fritadeira Elétrica Air Fryer Black+Decker AFM4 4L Preta|329.00|y||10|4.5|418|
Air Fryer Multi Gourmet CE173 4L Preta 1500W|279.90|y|349.90|6|4.3|356|Frete grátis
Fritadeira Air Fryer WAP Family Turbo 4L Preta|289.90|n||10|4.5|167|
Fritadeira Elétrica Air Fryer Philips Walita Série 3000 RI9201 4,1L|599.00|y|799.00|10|4.9|2451|Frete grátis
Air Fryer Electrolux Efficient EAF15 3,2L Preta|399.90|y||10|4.7|814|Chega amanhã
Fritadeira sem Óleo Mondial Air Fryer AF-14 2,7L Preta e Vermelha|249.90|y|329.90|5|4.6|3320|
Air Fryer Britânia BFR11PG Antiaderente 3,6L 1400W|299.00|n||6|4.5|1122|Frete grátis
Fritadeira Air Fryer Arno Airfry Super Turbo Inox 4,2L SFRY|579.90|y|699.90|10|4.8|266|Frete grátis
Fritadeira Elétrica Air Fryer Agratto Fit Fryer 3,5L Preta|229.90|y||5|4.2|97|
Air Fryer Mallory Wind Air 4L Preta Digital|319.90|y||10|||Chega amanhã
Fritadeira Air Fryer Midea Liva FRA42P 4,2L Preta|359.00|y|459.00|10|4.6|389|Frete grátis
Air Fryer Oster Inox Digital OFRT780 5,5L Touch|529.90|y|799.90|10|4.7|214|Frete grátis
Fritadeira sem Óleo Air Fryer Philco PFR17B 12L Forno 2 em 1|649.90|n||10|4.6|512|
Fritadeira Elétrica Air Fryer Mondial Digital AFN-40-DI 4L Preta|399.90|y|549.90|10|4.8|1867|Frete grátis
Air Fryer Cadence Forno Oven Fryer 12L FRT930 3 em 1|599.90|y|749.90|10|4.5|143|
Fritadeira Air Fryer Britânia Dual Cesto BFR50 8L Dois Compartimentos|899.90|y|1199.00|10|4.7|301|Frete grátis
Air Fryer Electrolux Experience EAF90 Grill 2 em 1 5L|899.00|y||10|4.8|92|Frete grátis
Fritadeira Elétrica Multi Air Fryer Digital CE175 5L Inox|379.90|y||10|4.4|277|Chega amanhã
Fritadeira sem Óleo Elgin Air Fryer Fit 4L Preta|269.90|n|349.90|6|4.3|88|
Air Fryer Philips Walita Série 5000 HD9285 Conectada 7,2L|1299.00|y|1699.00|10|4.9|463|Frete grátis
Fritadeira Air Fryer Mondial Pratic AF-31 3,5L Preta|299.90|y||6|4.7|5210|
Air Fryer Gaabor Transparente Visual 5L GA-AF55T|399.90|y|499.90|10|4.6|59|Frete grátis
Fritadeira Elétrica sem Óleo Arno Easy Fry Grill EZFG 4,2L|549.00|n||10|4.7|1033|
Air Fryer WAP Family Inox Digital 5,5L|399.90|y|479.90|10|||Chega amanhã
Fritadeira Air Fryer Black+Decker Digital AFD5 5L Inox|459.90|y||10|4.5|126|
Fritadeira Air Fryer Philco PFR06P 3,2L Compacta Preta|239.90|y|299.90|5|4.4|688|Frete grátis
Air Fryer Oster Oven 3 em 1 OFOR160 12L Inox|699.90|y||10|4.6|197|Frete grátis
Fritadeira Elétrica Agratto Air Fryer Master 6L Inox Digital|379.00|n||10|4.1|34|
Air Fryer Britânia BFR25P Turbo 4,2L Preta 1500W|319.90|y|399.90|10|4.6|2418|Chega amanhã
Fritadeira sem Óleo Mondial Air Fryer Dual AFN-80-BI 8L 2 Cestos|999.90|y|1299.90|10|4.8|377|Frete grátis
Fritadeira Air Fryer Electrolux Efficient Digital EAF30 4L Branca|449.00|y||10|4.7|231|
Air Fryer Cadence Fit Fryer Digital FRT575 4L Preta|339.90|y|429.90|10|4.4|75|Frete grátis
Fritadeira Elétrica Air Fryer Midea Liva Digital FRB52 5,2L|459.00|n||10|4.6|118|Chega amanhã
Air Fryer Philco PFR2200P Oven 12L Tela Touch Inox|829.90|y|1099.90|10|4.7|406|Frete grátis
Fritadeira Air Fryer Mallory Asteria 3,5L Branca|259.90|y||5|4.3|64|
Fritadeira sem Óleo Arno Airfry Express 3,2L Preta|349.90|y||10|4.5|309|
Air Fryer Mondial AFN-55-FB Family 5,5L Preta e Inox|469.90|y|649.90|10|4.8|1528|Frete grátis
Fritadeira Air Fryer Multi Gourmet Dupla CE201 9L 2 Cestos|749.90|n||10|4.5|41|Frete grátis
Fritadeira Elétrica Britânia Air Fryer Oven BFR2100 12L|649.00|y|799.00|10|4.6|289|
Air Fryer Oster Multifuncional OFRT650 Digital 6L Preta|479.90|y||10|4.6|156|Chega amanhã
Fritadeira Air Fryer Gaabor Mini 2L GA-AF20 Branca|189.90|y|239.90|3|4.4|312|
Air Fryer Electrolux Oven EAF60 Forno 12L com Rotisserie|949.00|y|1199.00|10|||Frete grátis
Fritadeira Air Fryer Philips Walita Essential HD9200 4,1L Preta|479.00|y||10|4.8|3006|Frete grátis
"""

#: sponsored cards (Magalu Ads): title | card price | struck price
LU_ADS = [
    ("Air Fryer Philco PFR15PI Inox 4,4L Gourmet", 499.90, 649.90),
    ("Fritadeira Elétrica sem Óleo Britânia BFR40PI 4,2L Inox", 429.90, 0.0),
    ("Kit Air Fryer Mondial AF-32 3,5L + Forma de Silicone", 339.90, 399.90),
    ("Air Fryer Electrolux Experience EAF50 Digital 3,2L Grafite", 549.00, 0.0),
    ("Fritadeira Air Fryer Cadence Eco Fryer FRT540 3,2L Preta", 269.90, 319.90),
    ("Air Fryer Oster Inox Compact OFRT460 3,3L", 369.90, 0.0),
]


class LUProduct(NamedTuple):
    title: str
    card: float
    pix: bool
    struck: float
    parcels: int
    rating: float
    reviews: int
    shipping: str

    @property
    def brand(self) -> str:
        for name in ("Black+Decker", "Philips Walita"):
            if name in self.title:
                return name
        words = self.title.replace("sem Óleo ", "").replace("Elétrica ", "").split()
        return next(w for w in words if w not in {"Fritadeira", "Air", "Fryer", "Oven"})

    @property
    def price(self) -> float:
        return round(self.card * 0.95, 2) if self.pix else self.card

    @property
    def sku(self) -> str:
        n = _num("lu" + self.title)
        return f"{n:09d}" if n % 3 else _word("sku" + self.title, 10, "abcdefghjk0123456789")


def _lu_products() -> list[LUProduct]:
    out = []
    for line in LU_ROWS.strip().splitlines():
        title, card, pix, struck, parcels, rating, reviews, shipping = line.split("|")
        out.append(
            LUProduct(
                title,
                float(card),
                pix == "y",
                float(struck or 0),
                int(parcels),
                float(rating or 0),
                int(reviews or 0),
                shipping,
            )
        )
    return out


LU_PRODUCTS = _lu_products()


def _brl(amount: float) -> str:
    return "R$\xa0" + _money(amount, ".", ",")


def _lu_url(p: LUProduct) -> str:
    return f"/{slug(p.title)}/p/{p.sku}/ep/efsl/"


def _lu_installments(p: LUProduct) -> str:
    each = _brl(round(p.card / p.parcels, 2)).replace("\xa0", " ")
    if p.pix:
        return f"ou {_brl(p.card).replace(chr(160), ' ')} em {p.parcels}x de {each} sem juros"
    return f"em {p.parcels}x de {each} sem juros"


def _lu_stars(score: float) -> str:
    out = []
    for k in range(1, 6):
        fill = "#FFBB00" if score >= k - 0.25 else "#E6E6E6"
        out.append(
            f'<svg width="12" height="12" viewBox="0 0 24 24" aria-hidden="true"><path fill="{fill}" d="M12 17.27 18.18 21l-1.64-7.03L22 9.24l-7.19-.61L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21z"></path></svg>'
        )
    return "".join(out)


def _lu_card(p: LUProduct, position: int, *, ad: bool = False, href: str = "") -> str:
    href = href or _lu_url(p)
    image = f"{LU_CDN}/280x210/{slug(p.title)[:48]}/{p.sku}/{_md5(p.title)[:32]}.jpg"
    review = ""
    if p.rating:
        review = (
            f'<div data-testid="review" class="{_sc("review")}"><div class="{_sc("stars")}" aria-label="Avaliação {p.rating} de 5">{_lu_stars(p.rating)}</div>'
            f'<span format="score-count" class="{_sc("score")}">{p.rating} ({p.reviews})</span></div>'
        )
    struck = f'<p data-testid="price-original" class="{_sc("price-original")}">{_brl(p.struck)}</p>' if p.struck else ""
    in_cash = f'<span data-testid="in-cash" class="{_sc("in-cash")}">no Pix</span>' if p.pix else ""
    shipping = (
        f'<div data-testid="shipping-tag" class="{_sc("shipping")}"><svg width="16" height="16" aria-hidden="true"><use href="#icon-truck"></use></svg><span>{esc(p.shipping)}</span></div>'
        if p.shipping
        else ""
    )
    sponsored = f'<span data-testid="sponsored-label" class="{_sc("sponsored")}">Patrocinado</span>' if ad else ""
    return f"""<li class="{_sc("list-item")}"><a data-testid="product-card-container" href="{esc(href)}" class="{_sc("card")}" data-position="{position}"{' data-ads="true"' if ad else ""}>
<div data-testid="product-card-content" class="{_sc("card-content")}">
<div class="{_sc("image-wrap")}"><img data-testid="image" src="{image}" alt="{esc(p.title)}" loading="{"eager" if position <= 4 else "lazy"}" width="210" height="210" class="{_sc("image")}"/></div>
{sponsored}<h2 data-testid="product-title" class="{_sc("title")}">{esc(p.title)}</h2>
{review}
<div data-testid="product-price" class="{_sc("price")}">{struck}<div class="{_sc("price-row")}"><p data-testid="price-value" class="{_sc("price-value")}">{_brl(p.price)}</p>{in_cash}</div>
<p data-testid="installment" class="{_sc("installment")}">{esc(_lu_installments(p)).replace(" R$ ", " R$&nbsp;")}</p></div>
{shipping}
</div></a></li>"""


def _lu_ad(index: int) -> LUProduct:
    title, card, struck = LU_ADS[index]
    return LUProduct(title, card, True, struck, 10, 4.6 + (index % 3) / 10, 120 + 37 * index, "Frete grátis")


def _lu_ad_href(p: LUProduct, position: int) -> str:
    return f"{_lu_url(p)}?seller_id=luar&ads=patrocinado&position={position}&campaign={_num('camp' + p.title, 6)}"


def _lu_href(number: int) -> str:
    return f"{LU_PATH}?page={number}"


LU_DEPARTMENTS = [
    ("Celulares e Smartphones", "celulares-e-smartphones/l/te/"),
    ("Eletrodomésticos", "eletrodomesticos/l/ed/"),
    ("Eletroportáteis", "eletroportateis/l/ep/"),
    ("TV e Vídeo", "tv-e-video/l/et/"),
    ("Móveis", "moveis/l/mo/"),
    ("Informática", "informatica/l/in/"),
    ("Casa e Construção", "casa-e-construcao/l/cj/"),
    ("Utilidades Domésticas", "utilidades-domesticas/l/ud/"),
    ("Mercado", "mercado/l/me/"),
    ("Ofertas do Dia", "selecao/ofertasdodia/"),
]

LU_FILTERS = [
    ("Categoria", [("Fritadeira Elétrica", 41), ("Forno Elétrico", 9), ("Acessórios para Air Fryer", 3)]),
    (
        "Marca",
        [("Mondial", 9), ("Philco", 7), ("Britânia", 6), ("Electrolux", 6), ("Arno", 4), ("Oster", 5), ("Cadence", 3)],
    ),
    ("Preço", [("Até R$ 300", 9), ("R$ 300 a R$ 500", 27), ("R$ 500 a R$ 800", 10), ("Acima de R$ 800", 7)]),
    ("Avaliação", [("4 estrelas ou mais", 49), ("3 estrelas ou mais", 50)]),
    ("Voltagem", [("110V", 48), ("220V", 50), ("Bivolt", 4)]),
    ("Capacidade", [("Até 3,5L", 14), ("De 3,6L a 5L", 25), ("Acima de 5L", 14)]),
]


def _lu_filters() -> str:
    out = []
    for name, values in LU_FILTERS:
        items = "".join(
            f'<li class="{_sc("filter-item")}"><a href="{LU_PATH}?filters={quote(slug(name) + "---" + slug(label))}" class="{_sc("filter-link")}" rel="nofollow"><input type="checkbox" tabindex="-1" aria-hidden="true"/><span>{esc(label)}</span><span class="{_sc("filter-count")}">({count})</span></a></li>'
            for label, count in values
        )
        out.append(
            f'<div data-testid="filter-{slug(name)}" class="{_sc("filter-group")}"><p class="{_sc("filter-title")}">{esc(name)}</p><ul class="{_sc("filter-list")}">{items}</ul></div>'
        )
    return "".join(out)


def _lu_pager(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(
            f'<li><a aria-label="Página anterior" href="{_lu_href(number - 1)}" class="{_sc("page-arrow")}"><svg width="24" height="24" aria-hidden="true"><use href="#icon-chevron-left"></use></svg></a></li>'
        )
    for page in range(1, total + 1):
        current = ' aria-current="page"' if page == number else ""
        items.append(
            f'<li><a aria-label="Go to page {page}" href="{_lu_href(page)}"{current} class="{_sc("page-current" if page == number else "page")}">{page}</a></li>'
        )
    if number < total:
        items.append(
            f'<li><a aria-label="Próxima página" href="{_lu_href(number + 1)}" class="{_sc("page-arrow")}"><svg width="24" height="24" aria-hidden="true"><use href="#icon-chevron-right"></use></svg></a></li>'
        )
    return f'<nav aria-label="pagination" data-testid="pagination" class="{_sc("pagination")}"><ul class="{_sc("pagination-list")}">{"".join(items)}</ul></nav>'


def _lu_json(p: LUProduct, position: int) -> dict[str, Any]:
    return {
        "id": p.sku,
        "variationId": p.sku,
        "title": p.title,
        "path": _lu_url(p).lstrip("/"),
        "image": f"{LU_CDN}/{{w}}x{{h}}/{slug(p.title)[:48]}/{p.sku}/{_md5(p.title)[:32]}.jpg",
        "brand": {"label": p.brand, "slug": slug(p.brand)},
        "category": {
            "id": "EP",
            "name": "Eletroportáteis",
            "subcategory": {"id": "EFSL", "name": "Fritadeira Elétrica"},
        },
        "price": {
            "price": f"{p.card:.2f}",
            "bestPrice": f"{p.price:.2f}",
            "fullPrice": f"{(p.struck or p.card):.2f}",
            "currency": "BRL",
            "paymentMethodDescription": "no Pix" if p.pix else "",
        },
        "installment": {
            "quantity": p.parcels,
            "amount": round(p.card / p.parcels, 2),
            "totalAmount": p.card,
            "paymentMethodDescription": "sem juros",
        },
        "rating": {"score": p.rating, "count": p.reviews},
        "seller": {"id": "luar", "category": "1p", "description": "Luar"},
        "shippingTag": {"title": p.shipping, "source": "conventional"} if p.shipping else None,
        "position": position,
    }


def _lu_page(number: int, total: int, products: list[LUProduct], ads: list[LUProduct], first: int) -> str:
    cards: list[str] = []
    position = 0
    ad_slots = {3: ads[0], 11 if len(products) > 12 else 9: ads[1]}
    queue = list(products)
    while queue:
        position += 1
        if position in ad_slots:
            ad = ad_slots[position]
            cards.append(_lu_card(ad, position, ad=True, href=_lu_ad_href(ad, position)))
            continue
        cards.append(_lu_card(queue.pop(0), position))
        if position == 9:
            cards.append(
                f'<li class="{_sc("banner-item")}" data-testid="banner-search"><a href="/selecao/semana-do-consumidor/?utm_source=busca&amp;utm_medium=banner" class="{_sc("banner")}"><img src="{LU_CDN}/banners/semana-do-consumidor-2025-1272x120.png" alt="Semana do Consumidor: até 70% off em eletroportáteis" width="1272" height="120"/></a></li>'
            )
    data = {
        "props": {
            "pageProps": {
                "data": {
                    "search": {
                        "term": "air fryer",
                        "pagination": {
                            "page": number,
                            "size": LU_PER_PAGE,
                            "records": len(LU_PRODUCTS),
                            "pages": total,
                        },
                        "products": [_lu_json(p, first + i) for i, p in enumerate(products)],
                        "ads": [
                            {"title": a.title, "path": _lu_ad_href(a, k).lstrip("/"), "sponsored": True}
                            for k, a in zip(sorted(ad_slots), ads, strict=True)
                        ],
                        "sort": [
                            {"type": "score", "orientation": "desc", "label": "Mais relevantes"},
                            {"type": "price", "orientation": "asc", "label": "Menor preço"},
                        ],
                    }
                },
                "structure": {"route": {"page": "busca", "term": "air+fryer"}},
            },
            "__N_SSP": True,
        },
        "page": "/busca/[term]",
        "query": {"term": "air+fryer", **({"page": str(number)} if number > 1 else {})},
        "buildId": "luar-3.481.0-b7c2e1",
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    canonical = LU_HOST + (LU_PATH if number == 1 else _lu_href(number))
    departments = "".join(
        f'<li class="{_sc("dept-item")}"><a href="/{h}" class="{_sc("dept-link")}">{esc(n)}</a></li>'
        for n, h in LU_DEPARTMENTS
    )
    return f"""<!DOCTYPE html><html lang="pt-BR"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"/>
<title>Air Fryer em Oferta | Luar</title>
<meta name="description" content="Air fryer com os melhores preços é no Luar! Confira fritadeiras elétricas Mondial, Philco, Britânia e mais, com frete grátis e parcelamento sem juros."/>
<link rel="canonical" href="{esc(canonical)}"/>
<meta name="robots" content="{"index, follow" if number == 1 else "noindex, follow"}"/>
<meta property="og:title" content="Air Fryer em Oferta | Luar"/><meta property="og:site_name" content="Luar"/>
<link rel="preconnect" href="{LU_CDN}"/><link rel="icon" href="{LU_CDN}/statics/favicon.ico"/>
<link rel="preload" href="/_next/static/css/7a1e39c0b2f4d865.css" as="style"/><link rel="stylesheet" href="/_next/static/css/7a1e39c0b2f4d865.css" data-n-g=""/>
<style data-styled="" data-styled-version="5.3.11">.{_sc("card").split()[1]}{{display:flex;height:100%;padding:16px;text-decoration:none;}}.{_sc("price-original").split()[1]}{{color:#8c8c8c;text-decoration:line-through;font-size:12px;}}.{_sc("price-value").split()[1]}{{font-size:20px;font-weight:700;color:#404040;}}</style>
<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Luar", "item": LU_HOST + "/"}, {"@type": "ListItem", "position": 2, "name": "air fryer", "item": LU_HOST + LU_PATH}]}, ensure_ascii=False)}</script>
</head><body><div id="__next">
<div data-testid="cookie-banner" class="{_sc("cookie")}" role="dialog" aria-live="polite"><p>Utilizamos cookies para personalizar anúncios e melhorar sua experiência no site. Ao continuar navegando, você concorda com a nossa <a href="/central-de-privacidade/politica-de-privacidade/">Política de Privacidade</a>.</p><button type="button" data-testid="cookie-accept" class="{_sc("cookie-button")}">Continuar e fechar</button></div>
<header data-testid="mod-header" class="{_sc("header")}"><div class="{_sc("header-top")}">
<a href="/" data-testid="logo" class="{_sc("logo")}" aria-label="Luar - Página inicial"><svg width="110" height="28" aria-hidden="true"><use href="#logo-luar"></use></svg></a>
<form data-testid="search-form" action="/busca/" role="search" class="{_sc("search")}"><input data-testid="input-search" type="search" name="q" value="air fryer" placeholder="Busca no Luar" aria-label="Busca no Luar" autocomplete="off"/><button type="submit" aria-label="Buscar">Buscar</button></form>
<a href="/cliente/login/?next=/busca/air+fryer/" data-testid="user-login" class="{_sc("login")}">Bem-vindo :) <strong>Entre ou cadastre-se</strong></a>
<a href="/cliente/pedidos/" class="{_sc("orders")}">Meus pedidos</a>
<a href="/carrinho/" data-testid="cart" class="{_sc("cart")}" aria-label="Carrinho com 0 itens"><svg width="24" height="24" aria-hidden="true"><use href="#icon-cart"></use></svg><span>0</span></a>
</div><nav data-testid="mod-departments" class="{_sc("departments")}"><button type="button" class="{_sc("all-depts")}">Todos os departamentos</button><ul class="{_sc("dept-list")}">{departments}</ul></nav></header>
<main class="{_sc("main")}">
<nav data-testid="breadcrumb" aria-label="breadcrumb" class="{_sc("breadcrumb")}"><ol><li><a href="/">Luar</a></li><li aria-current="page">air fryer</li></ol></nav>
<div data-testid="mod-searchheader" class="{_sc("search-header")}"><h1 data-testid="main-title" class="{_sc("main-title")}">air fryer</h1><p data-testid="search-count" class="{_sc("search-count")}">{len(LU_PRODUCTS)} produtos encontrados</p>
<label class="{_sc("sort")}">Ordenar por <select data-testid="sort-select" name="sortOrientation"><option value="score-desc" selected="">Mais relevantes</option><option value="sold-desc">Mais vendidos</option><option value="price-asc">Menor preço</option><option value="price-desc">Maior preço</option><option value="rating-desc">Melhor avaliados</option><option value="releaseDate-desc">Lançamentos</option></select></label></div>
<div class="{_sc("search-body")}">
<aside data-testid="mod-filters" class="{_sc("filters")}"><p class="{_sc("filters-title")}">Filtrar por</p>{_lu_filters()}</aside>
<div data-testid="mod-productlist" class="{_sc("product-list")}"><ul data-testid="list" class="{_sc("list")}">
{chr(10).join(cards)}
</ul>
{_lu_pager(number, total)}
</div></div>
<section data-testid="mod-seo-text" class="{_sc("seo")}"><h2>Air fryer: fritadeira elétrica sem óleo</h2><p>A air fryer prepara batata frita, frango e legumes com pouco ou nenhum óleo. Compare capacidade, potência e voltagem (110V ou 220V) antes de comprar e aproveite o parcelamento em até 10x sem juros no cartão.</p></section>
</main>
<footer data-testid="mod-footer" class="{_sc("footer")}"><div class="{_sc("footer-cols")}"><div><p>Institucional</p><ul><li><a href="/quem-somos/">Quem somos</a></li><li><a href="/trabalhe-conosco/">Trabalhe conosco</a></li><li><a href="/central-de-privacidade/">Central de privacidade</a></li></ul></div><div><p>Atendimento</p><ul><li><a href="/central-de-atendimento/">Central de atendimento</a></li><li><a href="/politica-de-trocas/">Trocas e devoluções</a></li><li><a href="/garantia-estendida/">Garantia estendida</a></li></ul></div><div><p>Formas de pagamento</p><p>Cartão de crédito, Pix, boleto e Cartão Luar</p></div></div>
<p class="{_sc("legal")}">Luar Varejo S.A. · CNPJ 12.345.678/0001-90 · Rua das Laranjeiras, 1500 · Franca/SP · CEP 14400-000. Preços e condições válidos exclusivamente para compras no site, sujeitos à disponibilidade de estoque.</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>
<script src="/_next/static/chunks/webpack-3b1f0d5e8a7c2946.js" defer=""></script><script src="/_next/static/chunks/framework-c4f8e1a2b3d5c7e9.js" defer=""></script><script src="/_next/static/chunks/main-91d2c0b7e4a3f618.js" defer=""></script><script src="/_next/static/chunks/pages/busca/%5Bterm%5D-5e2a9c1d7b8f3046.js" defer=""></script>
</body></html>"""


@twentyninth_b
def build_lojaluar() -> None:
    s = Site(
        "lojaluar",
        kind="marketplace search results in Portuguese (Magazine Luiza / Magalu 2024–25 Next.js markup with styled-components sc- classes and data-testid hooks: a[data-testid=product-card-container] cards to /<slug>/p/<id>/ep/efsl/, h2[data-testid=product-title], review stars + '4.8 (3512)', struck p[data-testid=price-original] 'R$ 599,90' on some, p[data-testid=price-value] 'R$ 379,05' + 'no Pix', installment line 'ou R$ 399,00 em 10x de R$ 39,90 sem juros', 'Frete grátis' / 'Chega amanhã' tags on some; 'Patrocinado' cards with the same markup, a banner item, LGPD cookie bar, filter aside; nav[aria-label=pagination] over ?page=N; __NEXT_DATA__ with products)",
        start="busca/air+fryer/",
        description="A Brazilian marketplace search (lojaluar.com.br, 'Luar') built like Magazine Luiza in 2024–25, /busca/air+fryer/ then the pager's ?page=2 and ?page=3 (?page=1 is the first page again), as a logged-out visitor gets it in March 2025. The Next.js pages-router shell with styled-components (a <style data-styled> block, every element classed 'sc-xxxxxx yyyyyy') and data-testid hooks: a BreadcrumbList JSON-LD, the LGPD cookie bar (div[data-testid=cookie-banner] with 'Continuar e fechar'), header[data-testid=mod-header] with the logo, the search form (q=air fryer), 'Bem-vindo :) Entre ou cadastre-se', 'Meus pedidos', the cart, and the department menu ('Todos os departamentos', ten links); the breadcrumb; div[data-testid=mod-searchheader] with h1[data-testid=main-title] 'air fryer', '53 produtos encontrados' and the 'Ordenar por' select; aside[data-testid=mod-filters] of filter groups (Categoria, Marca, Preço, Avaliação, Voltagem, Capacidade: checkbox links with '(41)' counts); div[data-testid=mod-productlist] > ul[data-testid=list] of li > a[data-testid=product-card-container][data-position] (href /<slug>/p/<9-digit or 10-letter id>/ep/efsl/) > div[data-testid=product-card-content]: img[data-testid=image], h2[data-testid=product-title], div[data-testid=review] (five star svgs under aria-label 'Avaliação 4.8 de 5' and span[format=score-count] '4.8 (3512)'; absent on three new products), div[data-testid=product-price] with p[data-testid=price-original] 'R$ 599,90' (struck, on about half), p[data-testid=price-value] 'R$ 379,05' (R$ + NBSP; the Pix price, 5 % under the card price) + span[data-testid=in-cash] 'no Pix', or the card price alone on a few, and p[data-testid=installment] 'ou R$ 399,00 em 10x de R$ 39,90 sem juros' (or 'em 6x de R$ 43,32 sem juros' where there is no Pix price), and div[data-testid=shipping-tag] 'Frete grátis' / 'Chega amanhã' on some. Two sponsored cards a page at positions 3 and 11 (9 on the last page) with the same markup plus span[data-testid=sponsored-label] 'Patrocinado' and links ?seller_id=luar&ads=patrocinado&position=N&campaign=…, and a banner li[data-testid=banner-search] after the ninth position (not records). Then nav[aria-label=pagination][data-testid=pagination] with 'Página anterior', a[aria-label='Go to page N'] links (the current one aria-current=page) and 'Próxima página'; an SEO text, the footer (institutional links, payment note, company line); __NEXT_DATA__ with props.pageProps.data.search {pagination, products (id, title, path, brand, price {price, bestPrice, fullPrice as strings}, installment {quantity, amount, totalAmount}, rating {score, count}, seller, shippingTag), ads apart, sort}, and the Next.js chunks. 20 + 20 + 13 products (22 + 22 + 15 cards with the ads). Written down: title, url (the product path), price (the big price: the Pix price where shown, else the card price), currency (BRL), original_price (the struck price, where shown), installments (the instalment line as shown), rating, review_count (where shown), shipping (the tag, where shown).",
    )
    pages = chunks(LU_PRODUCTS, [LU_PER_PAGE, LU_PER_PAGE, len(LU_PRODUCTS) - 2 * LU_PER_PAGE])
    first = 1
    for number, items in enumerate(pages, 1):
        ads = [_lu_ad(2 * (number - 1)), _lu_ad(2 * (number - 1) + 1)]
        text = _lu_page(number, len(pages), items, ads, first)
        first += len(items)
        if number == 1:
            s.list_page("busca/air+fryer/index.html", text)
            s.write("busca/air+fryer/@page=1", text)
        else:
            s.list_page(f"busca/air+fryer/@page={number}", text)
    for p in LU_PRODUCTS:
        s.expect(
            {
                "title": p.title,
                "url": _lu_url(p),
                "price": p.price,
                "currency": "BRL",
                "original_price": p.struck or None,
                "installments": _lu_installments(p),
                "rating": p.rating or None,
                "review_count": p.reviews or None,
                "shipping": p.shipping or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# kaimonoya: a Yahoo!ショッピング-like Japanese mall search (Next.js, CSS modules), /search?p=…&b=N.
# ---------------------------------------------------------------------------------------------------

KM_HOST = "https://shopping.kaimonoya.jp"
KM_STORE_HOST = "https://store.shopping.kaimonoya.jp"
KM_QUERY = "ランニングシューズ 厚底"
KM_Q = quote(KM_QUERY.replace(" ", "+"), safe="+")
KM_PER_PAGE = 30


def _cm(module: str, part: str = "") -> str:
    """A CSS-module class name as Next.js builds them: File_block__part__hash."""
    name = f"{module}_{module}" + (f"__{part}" if part else "")
    return f"{name}__{_word(name, 5, _B62)}"


#: brand (katakana) | brand (latin) | model (katakana) | model (latin) | style code | list price (yen)
KM_MODELS = """
アシックス|asics|ゲルカヤノ 31|GEL-KAYANO 31|1011B867|19800
ミズノ|MIZUNO|ウエーブライダー 28|WAVE RIDER 28|J1GC2403|16500
ナイキ|NIKE|ペガサス 41|PEGASUS 41|FD2722|17600
アディダス|adidas|アディゼロ ボストン 12|ADIZERO BOSTON 12|ID4234|18700
ニューバランス|New Balance|フレッシュフォーム X 1080 v14|Fresh Foam X 1080 v14|M1080K14|20900
ホカ|HOKA|クリフトン 9|CLIFTON 9|1127895|22000
アシックス|asics|ノヴァブラスト 4|NOVABLAST 4|1011B693|15400
オン|On|クラウドモンスター 2|Cloudmonster 2|3ME1012|23980
ブルックス|BROOKS|ゴースト 16|Ghost 16|1104181D|16500
プーマ|PUMA|ディヴィエイト ニトロ 3|DEVIATE NITRO 3|309707|20900
ミズノ|MIZUNO|ネオビスタ 2|NEO VISTA 2|J1GC2434|18700
ナイキ|NIKE|ヴォメロ 18|VOMERO 18|HM6803|20900
サッカニー|saucony|エンドルフィン スピード 4|ENDORPHIN SPEED 4|S20940|22000
アシックス|asics|ゲルニンバス 26|GEL-NIMBUS 26|1011B794|19800
ホカ|HOKA|ボンダイ 8|BONDI 8|1123202|24200
アディダス|adidas|アディゼロ SL2|ADIZERO SL2|IF6748|13200
ニューバランス|New Balance|フューエルセル レベル v4|FuelCell Rebel v4|MFCXLK4|18700
ナイキ|NIKE|インヴィンシブル 3|INVINCIBLE 3|DR2615|24200
ミズノ|MIZUNO|ウエーブスカイ 8|WAVE SKY 8|J1GC2402|18700
アシックス|asics|スーパーブラスト 2|SUPERBLAST 2|1013A142|25300
ホカ|HOKA|マッハ 6|MACH 6|1147790|22000
プーマ|PUMA|ヴェロシティ ニトロ 3|VELOCITY NITRO 3|377748|15400
ブルックス|BROOKS|グリセリン 21|Glycerin 21|1104191D|20900
アディダス|adidas|スーパーノヴァ ライズ|SUPERNOVA RISE|IG5843|16500
ナイキ|NIKE|ズームフライ 6|ZOOM FLY 6|FN8454|21450
ニューバランス|New Balance|フレッシュフォーム X モア v5|Fresh Foam X More v5|MMORCK5|20900
アシックス|asics|マジックスピード 4|MAGIC SPEED 4|1011B875|20900
オン|On|クラウドサーファー|Cloudsurfer|3MD1011|20680
ホカ|HOKA|リンコン 4|RINCON 4|1155130|17600
ミズノ|MIZUNO|ウエーブリベリオン プロ 2|WAVE REBELLION PRO 2|U1GD2417|25300
サッカニー|saucony|トライアンフ 22|TRIUMPH 22|S20964|22000
アシックス|asics|ゲルクムラス 26|GEL-CUMULUS 26|1011B792|15400
アディダス|adidas|アディゼロ アディオス プロ 3|ADIZERO ADIOS PRO 3|IG6439|27500
ナイキ|NIKE|ストラクチャー 25|STRUCTURE 25|DJ7883|16500
ニューバランス|New Balance|フューエルセル SC トレーナー v3|FuelCell SC Trainer v3|MRCXLB3|24200
ホカ|HOKA|アラヒ 7|ARAHI 7|1147850|23100
ブルックス|BROOKS|ハイペリオン マックス 2|Hyperion Max 2|1104251D|20900
"""

#: store id | store name | excellent-store badge | title template
KM_STORES = [
    (
        "runnersplus",
        "ランナーズプラス かいものや店",
        True,
        "{bj} {bl} {mj} {ml} {code} メンズ ランニングシューズ 厚底 ジョギング マラソン",
    ),
    (
        "sports-hirota",
        "スポーツショップ ヒロタ",
        False,
        "【送料無料】{bl} {ml} {mj} メンズ レディース ランニングシューズ {code} 厚底 クッション",
    ),
    (
        "hayate-shoes",
        "シューズ&スポーツ ハヤテ",
        True,
        "{bj} ランニングシューズ {mj} {code} 厚底 部活 ランニング 初心者 {bl}",
    ),
    ("marushin-kutsu", "靴のマルシン本店", False, "{bl} {ml} {code} {bj} {mj} スニーカー 厚底 ランニング ウォーキング"),
    (
        "trackline",
        "陸上用品専門店 トラックライン",
        True,
        "【公式取扱店】{bj} {mj} {ml} {code} ランニングシューズ 陸上 マラソン 厚底 サブ4",
    ),
    (
        "sports-oasis",
        "スポーツオアシス かいものや店",
        False,
        "{bl} ランニングシューズ メンズ {ml} {mj} {code} 厚底 ワイド 幅広",
    ),
    (
        "stepone-official",
        "ステップワン公式ストア",
        True,
        "{bj} {bl} {mj} {code} ランニング シューズ 厚底 軽量 ジョグ レース",
    ),
    (
        "footgear-soko",
        "フットギア倉庫",
        False,
        "アウトレット {bl} {ml} {code} {bj} {mj} ランニングシューズ 厚底 在庫処分",
    ),
]

KM_DAYS = ["3/15(土)", "3/16(日)", "3/17(月)"]
KM_COUPONS = ["10%OFFクーポン", "500円OFFクーポン", "最大15%OFFクーポン", "ストア内2点で5%OFFクーポン"]


class KMItem(NamedTuple):
    store: tuple[str, str, bool, str]
    title: str
    code: str
    price: int
    shipping: str
    rate: int
    coupon: str
    delivery: str
    rating: float
    reviews: int

    @property
    def url(self) -> str:
        return f"{KM_STORE_HOST}/{self.store[0]}/{self.code}.html"

    @property
    def points(self) -> int:
        return self.price * self.rate // 100


def _km_items() -> list[KMItem]:
    models = [line.split("|") for line in KM_MODELS.strip().splitlines()]
    out = []
    for index in range(len(models) * 2):
        bj, bl, mj, ml, code, listed = models[index % len(models)]
        store = KM_STORES[(index * 3 + index // len(models) * 5) % len(KM_STORES)]
        h = _num(f"km{index}{store[0]}{code}")
        off = [0, 0, 10, 15, 20, 30, 5, 25][h % 8]
        price = int(listed) * (100 - off) // 1000 * 10
        if "送料無料" in store[3]:
            shipping = "送料無料"
        elif h % 11 == 0:
            shipping = "送料別"
        elif h % 7 == 0:
            shipping = "条件付き送料無料"
        else:
            shipping = "送料無料"
        rate = [1, 5, 5, 2, 10, 1, 15, 5, 1, 3][h % 10]
        coupon = KM_COUPONS[h % len(KM_COUPONS)] if h % 4 == 1 else ""
        delivery = KM_DAYS[h % 3] if h % 5 < 3 else ""
        reviews = 0 if h % 9 == 4 else [12, 87, 356, 1234, 48, 3, 642, 2105, 29][h % 9 + (1 if h % 9 == 4 else 0)]
        rating = round(3.8 + (h % 120) / 100, 2) if reviews else 0.0
        item_code = f"{code.lower()}-{(h % 900) + 100}"
        title = store[3].format(bj=bj, bl=bl, mj=mj, ml=ml, code=code)
        out.append(KMItem(store, title, item_code, price, shipping, rate, coupon, delivery, rating, reviews))
    return out


KM_ITEMS = _km_items()

#: PR (sponsored) items: store, title, price
KM_ADS = [
    (
        "runnersplus",
        "ランナーズプラス かいものや店",
        "【PR限定価格】ランニングシューズ メンズ 厚底 軽量 クッション 通気性 ジョギング ウォーキング 24.5-29cm",
        3980,
    ),
    (
        "sports-oasis",
        "スポーツオアシス かいものや店",
        "厚底スニーカー ランニングシューズ レディース 軽量 エアクッション 黒 白 22.5-25cm",
        2780,
    ),
    ("footgear-soko", "フットギア倉庫", "【福袋】ランニングシューズ 2足セット 厚底 メンズ ブランドおまかせ", 9800),
    (
        "hayate-shoes",
        "シューズ&スポーツ ハヤテ",
        "インソール ランニング 衝撃吸収 アーチサポート 厚底シューズ対応 男女兼用",
        1980,
    ),
    ("stepone-official", "ステップワン公式ストア", "ランニングソックス 5本指 3足組 厚手 マラソン 滑り止め", 1650),
    ("trackline", "陸上用品専門店 トラックライン", "シューズケース 厚底シューズ対応 持ち運び 陸上 部活 名入れ可", 2420),
]


def _yen(amount: int) -> str:
    return f"{amount:,}"


def _km_href(number: int) -> str:
    return f"/search?p={KM_Q}&area=13&b={(number - 1) * KM_PER_PAGE + 1}"


def _km_stars(rating: float) -> str:
    full = int(rating + 0.25)
    return "★" * full + "☆" * (5 - full)


def _km_item(item: KMItem, position: int) -> str:
    href = f"{item.url}?sc_i=shopping-pc-web-result-item-rsltlst-{position}"
    img = f"https://item-shopping.c.kaimonoya-img.jp/i/j/{item.store[0]}_{item.code}"
    delivery = ""
    if item.delivery or item.store[2]:
        badge = f'<span class="{_cm("SearchResultItemDelivery", "badge")}">優良配送</span>' if item.store[2] else ""
        day = (
            f'<span class="{_cm("SearchResultItemDelivery", "date")}">最短 {item.delivery} お届け</span>'
            if item.delivery
            else ""
        )
        delivery = f'<div class="{_cm("SearchResultItemDelivery")}">{badge}{day}</div>'
    coupon = (
        f'<div class="{_cm("SearchResultItemCoupon")}"><span class="{_cm("SearchResultItemCoupon", "label")}">クーポン</span><span class="{_cm("SearchResultItemCoupon", "text")}">{esc(item.coupon)}</span></div>'
        if item.coupon
        else ""
    )
    review = ""
    if item.reviews:
        review = (
            f'<div class="{_cm("SearchResultItemReview")}"><a href="{KM_STORE_HOST}/{item.store[0]}/review/{item.code}.html" class="{_cm("SearchResultItemReview", "link")}">'
            f'<span class="{_cm("SearchResultItemReview", "stars")}" role="img" aria-label="5点中{item.rating}点">{_km_stars(item.rating)}</span>'
            f'<span class="{_cm("SearchResultItemReview", "rate")}">{item.rating:.2f}</span><span class="{_cm("SearchResultItemReview", "count")}">({_yen(item.reviews)}件)</span></a></div>'
        )
    excellent = (
        f'<span class="{_cm("SearchResultItemStore", "badge")}"><img src="https://s.kaimonoya-img.jp/images/shp/badge_excellent.svg" alt="" width="12" height="12"/>優良ストア</span>'
        if item.store[2]
        else ""
    )
    return f"""<li class="{_cm("SearchResults", "item")}" data-beacon="pos:{position};type:item;sid:{item.store[0]}">
<div class="{_cm("SearchResultItem")}" data-item-id="{item.store[0]}_{item.code}">
<div class="{_cm("SearchResultItemImage")}"><a href="{esc(href)}" class="{_cm("SearchResultItemImage", "link")}" tabindex="-1"><img src="{img}?ts=1741848000" alt="{esc(item.title)}" width="146" height="146" loading="{"eager" if position <= 6 else "lazy"}" class="{_cm("SearchResultItemImage", "image")}"/></a></div>
<div class="{_cm("SearchResultItem", "body")}">
<div class="{_cm("SearchResultItemTitle")}"><a href="{esc(href)}" class="{_cm("SearchResultItemTitle", "link")}"><span class="{_cm("SearchResultItemTitle", "name")}">{esc(item.title)}</span></a></div>
<div class="{_cm("SearchResultItemPrice")}"><p class="{_cm("SearchResultItemPrice", "value")}"><span class="{_cm("SearchResultItemPrice", "price")}">{_yen(item.price)}</span><span class="{_cm("SearchResultItemPrice", "unit")}">円</span></p><p class="{_cm("SearchResultItemPrice", "shipping")}">{item.shipping}</p></div>
<div class="{_cm("SearchResultItemPoint")}"><p class="{_cm("SearchResultItemPoint", "total")}"><span class="{_cm("SearchResultItemPoint", "amount")}">{_yen(item.points)}円相当</span><span class="{_cm("SearchResultItemPoint", "rate")}">({item.rate}%)</span></p><p class="{_cm("SearchResultItemPoint", "note")}">{"ストアポイント+PayPayポイント" if item.rate > 1 else "PayPayポイント"}</p></div>
{coupon}{delivery}{review}
<div class="{_cm("SearchResultItemStore")}"><a href="{KM_STORE_HOST}/{item.store[0]}/" class="{_cm("SearchResultItemStore", "name")}">{esc(item.store[1])}</a>{excellent}</div>
</div></div></li>"""


def _km_ad(ad: tuple[str, str, str, int], position: int) -> str:
    store, name, title, price = ad
    href = f"https://ard.kaimonoya.jp/c?a={_word('ad' + title, 22, _B62)}&pos={position}&u={quote(f'{KM_STORE_HOST}/{store}/pr-{_num(title, 6)}.html', safe='')}"
    return f"""<li class="{_cm("SearchResults", "item")} {_cm("SearchResults", "item--pr")}" data-beacon="pos:{position};type:pr;sid:{store}">
<div class="{_cm("SearchResultItem")} {_cm("SearchResultItem", "pr")}">
<div class="{_cm("SearchResultItemImage")}"><a href="{esc(href)}" class="{_cm("SearchResultItemImage", "link")}" rel="nofollow" tabindex="-1"><img src="https://item-shopping.c.kaimonoya-img.jp/i/j/{store}_pr-{_num(title, 6)}" alt="{esc(title)}" width="146" height="146" loading="lazy" class="{_cm("SearchResultItemImage", "image")}"/></a></div>
<div class="{_cm("SearchResultItem", "body")}"><span class="{_cm("SearchResultItemPr", "label")}">PR</span>
<div class="{_cm("SearchResultItemTitle")}"><a href="{esc(href)}" class="{_cm("SearchResultItemTitle", "link")}" rel="nofollow"><span class="{_cm("SearchResultItemTitle", "name")}">{esc(title)}</span></a></div>
<div class="{_cm("SearchResultItemPrice")}"><p class="{_cm("SearchResultItemPrice", "value")}"><span class="{_cm("SearchResultItemPrice", "price")}">{_yen(price)}</span><span class="{_cm("SearchResultItemPrice", "unit")}">円</span></p><p class="{_cm("SearchResultItemPrice", "shipping")}">送料無料</p></div>
<div class="{_cm("SearchResultItemStore")}"><a href="{KM_STORE_HOST}/{store}/" class="{_cm("SearchResultItemStore", "name")}">{esc(name)}</a></div>
</div></div></li>"""


KM_FILTERS = [
    ("カテゴリ", ["ランニングシューズ (63)", "スニーカー (8)", "ウォーキングシューズ (3)"]),
    ("ブランド", ["アシックス (16)", "ナイキ (10)", "ホカ (10)", "ミズノ (8)", "アディダス (8)", "ニューバランス (8)"]),
    ("価格", ["～9,999円", "10,000円～14,999円", "15,000円～19,999円", "20,000円～"]),
    ("配送", ["送料無料", "優良配送", "きょうつく", "あすつく"]),
    ("商品の状態", ["新品", "中古"]),
]


def _km_page(number: int, total: int, items: list[KMItem], ads: list[tuple[str, str, str, int]]) -> str:
    rows: list[str] = []
    start = (number - 1) * KM_PER_PAGE
    for i, item in enumerate(items):
        if i == 0:
            rows.append(_km_ad(ads[0], 0))
        if i == 12:
            rows.append(_km_ad(ads[1], 13))
        rows.append(_km_item(item, start + i + 1))
    pager = []
    if number > 1:
        pager.append(
            f'<li class="{_cm("Pagination", "item")} {_cm("Pagination", "prev")}"><a href="{_km_href(number - 1)}" class="{_cm("Pagination", "link")}">前へ</a></li>'
        )
    for page in range(1, total + 1):
        if page == number:
            pager.append(
                f'<li class="{_cm("Pagination", "item")}"><span class="{_cm("Pagination", "current")}" aria-current="page">{page}</span></li>'
            )
        else:
            pager.append(
                f'<li class="{_cm("Pagination", "item")}"><a href="{_km_href(page)}" class="{_cm("Pagination", "link")}">{page}</a></li>'
            )
    if number < total:
        pager.append(
            f'<li class="{_cm("Pagination", "item")} {_cm("Pagination", "next")}"><a href="{_km_href(number + 1)}" class="{_cm("Pagination", "link")}">次へ</a></li>'
        )
    filters = "".join(
        f'<section class="{_cm("SearchFilter", "section")}"><h3 class="{_cm("SearchFilter", "title")}">{esc(name)}</h3><ul>'
        + "".join(
            f'<li><a href="/search?p={KM_Q}&amp;area=13&amp;X={k + 2}&amp;sc_i=shopping-pc-web-result-filter" rel="nofollow">{esc(v)}</a></li>'
            for k, v in enumerate(values)
        )
        + "</ul></section>"
        for name, values in KM_FILTERS
    )
    hits = [
        {
            "index": start + i + 1,
            "name": it.title,
            "url": it.url,
            "price": it.price,
            "shipping": {"name": it.shipping, "code": {"送料無料": 2, "送料別": 1, "条件付き送料無料": 3}[it.shipping]},
            "point": {"amount": it.points, "times": it.rate, "premiumAmount": it.points + it.price // 100},
            "review": {"rate": it.rating, "count": it.reviews},
            "seller": {"sellerId": it.store[0], "name": it.store[1], "isBestSeller": it.store[2]},
            "delivery": {"deadLine": it.delivery or None},
        }
        for i, it in enumerate(items)
    ]
    data = {
        "props": {
            "pageProps": {
                "initialState": {
                    "search": {
                        "query": KM_QUERY,
                        "totalResultsAvailable": len(KM_ITEMS),
                        "totalResultsReturned": len(items),
                        "firstResultPosition": start + 1,
                        "hits": hits,
                    },
                    "user": {"isLogin": False},
                }
            }
        },
        "page": "/search",
        "query": {"p": KM_QUERY, **({"area": "13", "b": str(start + 1)} if number > 1 else {})},
        "buildId": "Qz8xKf2mN1pT7vR4sW9yA",
        "isFallback": False,
        "gssp": True,
    }
    canonical = KM_HOST + (f"/search?p={KM_Q}" if number == 1 else _km_href(number))
    tabs = "".join(
        f'<li class="{_cm("SortTab", "item")}{" " + _cm("SortTab", "item--active") if k == 0 else ""}"><a href="/search?p={KM_Q}&amp;X={v}" rel="nofollow">{t}</a></li>'
        for k, (t, v) in enumerate(
            [("おすすめ順", 0), ("安い順", 2), ("高い順", 3), ("レビュー件数順", 4), ("新着順", 6)]
        )
    )
    first, last = start + 1, start + len(items)
    return f"""<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>「{esc(KM_QUERY)}」の検索結果 - かいものや!ショッピング</title>
<meta name="description" content="{esc(KM_QUERY)}の商品一覧。かいものや!ショッピングなら、人気の{esc(KM_QUERY)}を価格・レビュー・ポイントで比較できます。"/>
<link rel="canonical" href="{esc(canonical)}"/><meta name="robots" content="noindex,follow"/>
<link rel="stylesheet" href="https://s.kaimonoya-img.jp/shp/search/_next/static/css/5c1f0e8a3b7d2946.css"/>
</head><body><div id="__next">
<div class="{_cm("NoticeBar")}" role="note"><p>LINEかいものや株式会社は、お客様のデータを<a href="https://privacy.kaimonoya.jp/">プライバシーポリシー</a>に基づいて取り扱います。<a href="https://privacy.kaimonoya.jp/cookie/">Cookieの利用について</a></p><button type="button" aria-label="閉じる">×</button></div>
<header class="{_cm("Header")}"><div class="{_cm("Header", "inner")}"><a href="/" class="{_cm("Header", "logo")}"><img src="https://s.kaimonoya-img.jp/images/shp/logo.svg" alt="かいものや!ショッピング" width="200" height="26"/></a>
<form action="/search" method="get" role="search" class="{_cm("SearchBox")}"><input type="search" name="p" value="{esc(KM_QUERY)}" aria-label="何をお探しですか？" class="{_cm("SearchBox", "input")}"/><button type="submit" class="{_cm("SearchBox", "button")}">検索</button></form>
<ul class="{_cm("Header", "menu")}"><li><a href="https://login.kaimonoya.jp/config/login?.done={quote(KM_HOST + "/")}">ログイン</a></li><li><a href="/my/favorites">お気に入り</a></li><li><a href="https://order.shopping.kaimonoya.jp/cgi-bin/cart">カート</a></li></ul></div>
<nav class="{_cm("Header", "nav")}"><a href="/ranking/">ランキング</a><a href="/promotion/campaign/zorome/">ゾロ目の日</a><a href="/coupon/">クーポン</a><a href="/categorylist/">カテゴリ一覧</a></nav></header>
<div class="{_cm("CampaignBanner")}"><a href="/promotion/campaign/5days/?sc_i=shopping-pc-web-result-top-bnr"><img src="https://s.kaimonoya-img.jp/images/shp/campaign/5days_2503_pc.png" alt="5のつく日 PayPayポイント+4%" width="960" height="60"/></a></div>
<main class="{_cm("SearchResult")}">
<aside class="{_cm("SearchFilter")}">{filters}</aside>
<div class="{_cm("SearchResult", "main")}">
<div class="{_cm("SearchResult", "header")}"><h1 class="{_cm("SearchResult", "title")}">「{esc(KM_QUERY)}」の検索結果</h1><p class="{_cm("SearchResult", "count")}"><span>{len(KM_ITEMS)}</span>件中 {first}～{last}件</p></div>
<ul class="{_cm("SortTab")}">{tabs}</ul>
<ul class="{_cm("SearchResults", "list")}">
{chr(10).join(rows)}
</ul>
<nav class="{_cm("Pagination")}" aria-label="ページ送り"><ul class="{_cm("Pagination", "list")}">{"".join(pager)}</ul></nav>
</div></main>
<footer class="{_cm("Footer")}"><ul><li><a href="https://privacy.kaimonoya.jp/">プライバシーポリシー</a></li><li><a href="https://about.kaimonoya.jp/docs/info/terms/">利用規約</a></li><li><a href="/help/">ヘルプ・お問い合わせ</a></li></ul><p><small>© LINE Kaimonoya Corporation</small></p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>
<script src="https://s.kaimonoya-img.jp/shp/search/_next/static/chunks/main-8f2e1c4b7a9d3065.js" defer=""></script><script src="https://s.kaimonoya-img.jp/shp/search/_next/static/chunks/pages/search-4d7a0e2c9b1f8365.js" defer=""></script>
<script>window.YAHOO_BEACON = {{"service": "shopping", "page": "search", "pos": {first}}};</script>
</body></html>"""


@twentyninth_b
def build_kaimonoya() -> None:
    s = Site(
        "kaimonoya",
        kind="mall search results in Japanese (Yahoo!ショッピング 2024–25 Next.js markup with CSS-module classes SearchResultItemPrice_SearchResultItemPrice__value__xxxxx: image + title links to the store's item page on another host with an sc_i tracking query, '15,840' + '円', '送料無料' / '送料別' / '条件付き送料無料', points '792円相当' + '(5%)', coupon lines, '優良配送' + '最短 3/15(土) お届け' on some, review stars + '4.52' + '(1,234件)' on most, store link + '優良ストア' badge; 'PR' items with ad redirect links; offset pager ?p=…&area=13&b=31; __NEXT_DATA__ hits)",
        start=f"search?p={KM_Q}",
        description=f"A Japanese shopping mall search (shopping.kaimonoya.jp, 'かいものや!ショッピング') built like Yahoo!ショッピング in 2024–25, the header search /search?p={KM_Q} ('{KM_QUERY}') then the pager's offset links /search?p=…&area=13&b=31 and &b=61 (the '1' link from later pages is &b=1, the first page again), as a logged-out visitor gets it on Friday 14 March 2025. Next.js with CSS-module classes (Block_Block__part__hash): a privacy notice bar, the header (logo, search box, ログイン / お気に入り / カート, a nav of ランキング / ゾロ目の日 / クーポン / カテゴリ一覧), a campaign banner; main with aside filters (カテゴリ, ブランド, 価格, 配送, 商品の状態), h1 '「{KM_QUERY}」の検索結果' and '74件中 1～30件', sort tabs (おすすめ順 …), then ul.SearchResults_SearchResults__list__… of li items (data-beacon) > div.SearchResultItem_SearchResultItem__…[data-item-id]: the image link and the title link (span …__name) both to https://store.shopping.kaimonoya.jp/<store>/<code>.html?sc_i=shopping-pc-web-result-item-rsltlst-N; the price p …__value with span …__price '15,840' + span …__unit '円' and p …__shipping '送料無料' / '送料別' / '条件付き送料無料'; points p …__total with '792円相当' + '(5%)' and a note 'ストアポイント+PayPayポイント' / 'PayPayポイント'; on some a coupon line 'クーポン' + '10%OFFクーポン'; on some a delivery line '優良配送' (the store's badge) and/or '最短 3/15(土) お届け'; on most a review link with stars (role=img, aria-label '5点中4.52点'), '4.52' and '(1,234件)'; the store link and on some stores '優良ストア'. Two 'PR' items a page (first and after the twelfth item) with the same markup, a span …__label 'PR' and https://ard.kaimonoya.jp/c?… redirect links (not records). A Pagination nav (前へ / numbers with the current as span / 次へ), a footer, __NEXT_DATA__ with props.pageProps.initialState.search {{query, totalResultsAvailable, firstResultPosition, hits [{{name, url, price, shipping, point {{amount, times}}, review {{rate, count}}, seller, delivery}}]}}, and a beacon script. The same shoe is sold by several stores under different titles. 30 + 30 + 14 items (32 + 32 + 16 with the PR items). Written down: title, url (the store item page, absolute on its own host, without the sc_i query), price, currency (JPY), shipping, points (the yen shown before 円相当), point_rate (the percent), coupon (where shown), delivery (the '最短' day as --MM-DD, where shown), rating and review_count (where shown), store.",
    )
    pages = chunks(KM_ITEMS, [KM_PER_PAGE, KM_PER_PAGE, len(KM_ITEMS) - 2 * KM_PER_PAGE])
    for number, items in enumerate(pages, 1):
        text = _km_page(number, len(pages), items, KM_ADS[2 * (number - 1) : 2 * number])
        if number == 1:
            s.list_page(f"search@p={KM_Q}", text)
            s.write(_km_href(1).lstrip("/").replace("?", "@"), text)
        else:
            s.list_page(_km_href(number).lstrip("/").replace("?", "@"), text)
    for it in KM_ITEMS:
        month, day = it.delivery.split("(")[0].split("/") if it.delivery else ("", "")
        s.expect(
            {
                "title": it.title,
                "url": it.url,
                "price": it.price,
                "currency": "JPY",
                "shipping": it.shipping,
                "points": it.points,
                "point_rate": it.rate,
                "coupon": it.coupon or None,
                "delivery": f"--{int(month):02d}-{int(day):02d}" if it.delivery else None,
                "rating": it.rating or None,
                "review_count": it.reviews or None,
                "store": it.store[1],
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# cenomat: a Ceneo-like Polish price comparison category, /Odkurzacze_automatyczne;0020-30-0-0-N.htm.
# ---------------------------------------------------------------------------------------------------

CM_HOST = "https://www.cenomat.pl"
CM_CATEGORY = "Odkurzacze_automatyczne"
CM_PER_PAGE = 30
CM_IMG = "https://image.cenomatstatic.pl/data/products"

#: name | lowest price (zł) | type | suction (Pa) | runtime (min)
CM_ROWS = """
Roborock Q7 Max+ Czarny|1599|z mopem i stacją|4200|180
Xiaomi Robot Vacuum S10|749|z mopem|4000|130
iRobot Roomba Combo j5+|2399|z mopem i stacją|3000|120
Dreame L10s Ultra|2699|z mopem i stacją|5300|180
Ecovacs Deebot T30 Omni|3299|z mopem i stacją|11000|180
Roborock S8 Pro Ultra Biały|4299|z mopem i stacją|6000|180
Xiaomi Robot Vacuum X10+|2299|z mopem i stacją|4000|180
Eufy Clean X8 Pro|1799|z mopem i stacją|8000|180
Dreame D10 Plus Gen 2|1099|ze stacją|6000|150
Samsung Jet Bot AI+ VR50T95735W|2999|ze stacją|3000|90
Roborock Q Revo|2799|z mopem i stacją|5500|180
Philips HomeRun 7000 XU7100/01|2499|z mopem i stacją|5000|180
iRobot Roomba i5|1299|bez mopa|1700|75
Xiaomi Robot Vacuum E10|549|z mopem|4000|110
Tefal X-plorer Serie 75 S+ RG8597|2199|z mopem i stacją|2700|150
Ecovacs Deebot N8 Pro|999|z mopem|2600|110
Dreame L20 Ultra|3999|z mopem i stacją|7000|210
Dyson 360 Vis Nav|5999|bez mopa|5000|65
Roborock S8|2099|z mopem|6000|180
Midea M7 Pro|1299|z mopem|4000|180
Xiaomi Mi Robot Vacuum-Mop 2 Pro|1099|z mopem|3000|150
Narwal Freo X Ultra|3999|z mopem i stacją|8200|210
iRobot Roomba Combo Essential|899|z mopem|600|120
Blaupunkt Bluebot XSMART|499|z mopem|2000|120
Ecovacs Deebot X2 Omni|4299|z mopem i stacją|8000|212
Roborock Q8 Max+|1999|ze stacją|5500|180
Dreame D9 Max Gen 2|899|z mopem|4000|150
Eufy RoboVac G40+|999|ze stacją|2500|120
Tesla RoboStar iQ600|699|z mopem|3000|120
Xiaomi Robot Vacuum S20|899|z mopem|5000|170
Roborock Q Revo MaxV|3999|z mopem i stacją|7000|180
Samsung Bespoke Jet Bot Combo AI|4999|z mopem i stacją|5000|100
Philips HomeRun 3000 XU3110/02|1399|z mopem|4000|180
Dreame L10s Pro Ultra Heat|3299|z mopem i stacją|7000|210
Ecovacs Deebot T20 Omni|2499|z mopem i stacją|6000|260
iRobot Roomba j7+|2599|ze stacją|1700|75
Yeedi Cube|1899|z mopem i stacją|3000|200
Xiaomi Robot Vacuum S10+|1399|z mopem|4000|180
Roborock S7 MaxV Ultra|3499|z mopem i stacją|5100|180
Kärcher RCV 5|1999|z mopem|1600|120
Eufy Clean L35 Hybrid+|1199|z mopem i stacją|3500|120
Midea V12|2199|z mopem i stacją|5000|180
Lydsto R1 Pro|999|ze stacją|4000|150
Rowenta X-plorer Serie 95 RG9075|3299|z mopem i stacją|3000|180
Dreame X40 Ultra Complete|4999|z mopem i stacją|12000|180
Shark PowerDetect NeverTouch Pro RV2820ZE|4299|z mopem i stacją|4000|120
Roborock Qrevo S|2599|z mopem i stacją|7000|180
Amibot Pure H2O Connect|1099|z mopem|2200|120
Ecovacs Deebot N20 Plus|1299|z mopem i stacją|8000|300
Xiaomi Robot Vacuum X20+|2799|z mopem i stacją|6000|170
Philips HomeRun 2000 XU2000/10|899|z mopem|2500|115
Imou RV-L11-A|799|z mopem|2700|150
iRobot Roomba Combo j9+|4499|z mopem i stacją|3400|120
Narwal Freo Z Ultra|4999|z mopem i stacją|12000|210
Dreame L40 Ultra|4499|z mopem i stacją|11000|180
Blaupunkt Bluebot XTREME|899|z mopem|3000|150
Roborock Q5 Pro|1199|bez mopa|5500|180
Tefal X-plorer Serie 45 RG8227|1099|z mopem|2000|150
Samsung Jet Bot+ VR30T85513W|1699|ze stacją|2800|90
Hobot Legee D8|3299|z mopem i stacją|3200|200
Yeedi Mop Station Pro|1499|z mopem i stacją|3000|200
Ecovacs Deebot X5 Pro Omni|4999|z mopem i stacją|12800|190
Shark AI Ultra RV2620WDEU|2299|ze stacją|3000|120
iRobot Roomba i3+|1499|ze stacją|1700|75
Xiaomi Robot Vacuum X20 Max|3299|z mopem i stacją|8000|220
Sencor SRV 9350BK|1199|z mopem|3000|160
Roborock S8 MaxV Ultra|5499|z mopem i stacją|10000|180
Eufy Omni S1 Pro|4499|z mopem i stacją|4000|180
iRobot Roomba Combo 10 Max|4999|z mopem i stacją|3500|90
Roborock Saros 10R|6999|z mopem i stacją|20000|180
Dreame Matrix10 Ultra|5299|z mopem i stacją|30000|200
"""

#: promoted offers (shop offers with the same row markup): name, shop, price
CM_ADS = [
    ("Roborock Q Revo Curv Biały", "Media Punkt", 3899.0),
    ("Dreame L10 Prime z mopem", "Elektro-Świat", 1499.0),
    ("Xiaomi Robot Vacuum S12 EU", "Sklep AGD Domex", 699.99),
    ("Ecovacs Deebot N10 Plus", "RTV Mega", 1249.0),
    ("iRobot Roomba Combo i8+", "Oficjalny Sklep iRobot", 2899.0),
    ("Eufy Clean G50 Hybrid", "TechnoMarket", 1149.0),
]


class CMProduct(NamedTuple):
    pid: int
    name: str
    price: float
    kind: str
    suction: int
    runtime: int
    shops: int
    rating: float
    reviews: int
    buy_now: bool

    @property
    def brand(self) -> str:
        return self.name.split()[0]


def _cm_products() -> list[CMProduct]:
    out = []
    for line in CM_ROWS.strip().splitlines():
        name, price, kind, suction, runtime = line.split("|")
        h = _num("cm" + name)
        pid = 100_000_000 + h % 80_000_000
        cents = [0.0, 0.0, 0.99, 0.0, 0.9, 0.0][_num("cents" + name) % 6]
        shops = [1, 2, 3, 5, 7, 12, 18, 25, 31, 44, 4, 9][_num("shops" + name) % 12]
        reviews = [0, 1, 3, 12, 22, 54, 5, 131, 2, 87, 0, 14, 312][_num("reviews" + name) % 13]
        rating = round(4.0 + _num("rating" + name) % 10 / 10, 1) if reviews else 0.0
        out.append(
            CMProduct(
                pid,
                name,
                round(int(price) - 1 + cents if cents else float(price), 2),
                kind,
                int(suction),
                int(runtime),
                shops,
                rating,
                reviews,
                h % 4 == 1,
            )
        )
    return out


CM_PRODUCTS = _cm_products()


def _pl_plural(n: int, one: str, few: str, many: str) -> str:
    if n == 1:
        return one
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return few
    return many


def _cm_href(number: int) -> str:
    return f"/{CM_CATEGORY}" if number == 1 else f"/{CM_CATEGORY};0020-30-0-0-{number - 1}.htm"


def _cm_price(amount: float) -> str:
    whole, penny = _money(amount, " ", ",").split(",")
    return f'<span class="price-format nowrap"><span class="price"><span class="value">{whole}</span><span class="penny">,{penny}</span></span> <span class="currency">zł</span></span>'


def _cm_row(p: CMProduct, position: int, *, ad: tuple[str, str, float] | None = None) -> str:
    if ad:
        name, _shop, price = ad
        href = f"/Click/Offer/?e={_word('offer' + name, 40, _B62)}&a=1&c={position}"
        pid = _num("ad" + name)
    else:
        name, price, href, pid = p.name, p.price, f"/{p.pid}", p.pid
    img = f"{CM_IMG}/{pid % 1000}/{pid}/i-{slug(name)}.jpg"
    rating = ""
    if not ad and p.reviews:
        reviews = f"{p.reviews} {_pl_plural(p.reviews, 'opinia', 'opinie', 'opinii')}"
        rating = (
            f'<div class="cat-prod-row__rating"><div class="star-rating-wrapper"><span class="screen-reader-text">Ocena {str(p.rating).replace(".", ",")} na 5</span>'
            f'<span class="score-extend"><span class="score-extend__review" style="width: {int(p.rating * 20)}%;"></span></span>'
            f'<span class="product-score">{str(p.rating).replace(".", ",")} / 5</span></div>'
            f'<a href="/{p.pid}#tab=reviews_scroll" class="product-reviews-link link link--accent js_reviews-link js_clickHash js_seoUrl"><span>{reviews}</span></a></div>'
        )
    params = ""
    if not ad:
        params = (
            '<ul class="prod-params cat-prod-row__params">'
            f'<li class="prod-params__item"><span class="prod-params__name">Rodzaj:</span> <span class="prod-params__value">{esc(p.kind)}</span></li>'
            f'<li class="prod-params__item"><span class="prod-params__name">Siła ssania:</span> <span class="prod-params__value">{p.suction} Pa</span></li>'
            f'<li class="prod-params__item"><span class="prod-params__name">Czas pracy:</span> <span class="prod-params__value">{p.runtime} min</span></li></ul>'
        )
    if ad:
        shops = f'<span class="shop-numb">w sklepie {esc(ad[1])}</span>'
        label = '<span class="label label--promoted js_promoted-label">Promowane</span>'
        buy = (
            '<a class="btn btn-primary btn-cat go-to-shop" href="'
            + esc(href)
            + '" rel="nofollow" target="_blank">Idź do sklepu</a>'
        )
        delivery = ""
    else:
        shops = f'<span class="shop-numb">w {p.shops} {_pl_plural(p.shops, "sklepie", "sklepach", "sklepach")}</span>'
        label = '<span class="label label--buy-now">Kup Teraz</span>' if p.buy_now else ""
        buy = f'<a class="btn btn-primary btn-cat btn-compare-outside go-to-product js_seoUrl js_clickHash" href="{href}">Porównaj ceny</a>'
        delivery = (
            '<span class="free-delivery-label"><i class="icon-truck"></i>Darmowa dostawa</span>' if p.buy_now else ""
        )
    attrs = (
        f'data-pid="{pid}" data-productid="{pid}" data-source-tag="{"promoted" if ad else ""}" data-position="{position}" '
        f'data-productname="{esc(name)}" data-productminprice="{price:.2f}" data-brand="{esc(name.split()[0])}" '
        f'data-gacategoryname="Dom i wnętrze/AGD/Odkurzacze/Odkurzacze automatyczne" data-gaaction="Click" '
        f'data-gaproductlistname="{"promoted_offers" if ad else "category_product_list"}" data-offerscount="{1 if ad else p.shops}"'
    )
    return f"""<div class="cat-prod-row js_category-list-item js_clickHashData js_man-track-event{" cat-prod-row--promoted" if ad else ""}" {attrs}>
  <div class="cat-prod-row__body">
    <div class="cat-prod-row__foto"><a href="{esc(href)}" class="js_seoUrl js_clickHash go-to-product" tabindex="-1"><img src="{img}" alt="{esc(name)}" width="100" height="100" loading="{"eager" if position <= 3 else "lazy"}"></a>{label}</div>
    <div class="cat-prod-row__content">
      <div class="cat-prod-row__desc">
        <strong class="cat-prod-row__name"><a href="{esc(href)}" class="go-to-product js_conv js_clickHash js_seoUrl" title="{esc(name)}"><span>{esc(name)}</span></a></strong>
        {rating}
        {params}
      </div>
      <div class="cat-prod-row__price">
        <a class="product-price go-to-product js_conv js_clickHash js_seoUrl" href="{esc(href)}">{"" if ad else '<span class="price-from">od </span>'}{_cm_price(price)}</a>
        {shops}
        {delivery}
        {buy}
      </div>
    </div>
  </div>
</div>"""


CM_FILTERS = [
    (
        "Producent",
        [
            "Roborock (11)",
            "Xiaomi (8)",
            "Dreame (8)",
            "iRobot (8)",
            "Ecovacs (7)",
            "Eufy (4)",
            "Samsung (3)",
            "Philips (3)",
        ],
    ),
    ("Rodzaj", ["z mopem (23)", "z mopem i stacją (38)", "ze stacją (8)", "bez mopa (3)"]),
    ("Nawigacja", ["Laserowa (LiDAR) (41)", "Kamera (12)", "Żyroskop (9)"]),
    ("Cena", ["do 1 000 zł", "1 000 – 2 500 zł", "2 500 – 4 000 zł", "od 4 000 zł"]),
]


def _cm_page(number: int, total: int, products: list[CMProduct], ads: list[tuple[str, str, float]]) -> str:
    rows = []
    start = (number - 1) * CM_PER_PAGE
    for i, p in enumerate(products):
        if i == 0:
            rows.append(_cm_row(p, 0, ad=ads[0]))
        if i == 10:
            rows.append(_cm_row(p, 0, ad=ads[1]))
        rows.append(_cm_row(p, start + i + 1))
    pager = []
    if number > 1:
        pager.append(
            f'<li class="pagination__item pagination__item--prev"><a class="pagination__prev js_pagination-top-prev" href="{_cm_href(number - 1)}" rel="prev"><span>Poprzednia</span></a></li>'
        )
    for page in range(1, total + 1):
        if page == number:
            pager.append(
                f'<li class="pagination__item pagination__item--active"><span class="pagination__number">{page}</span></li>'
            )
        else:
            pager.append(
                f'<li class="pagination__item"><a class="pagination__number js_pagination-link" href="{_cm_href(page)}">{page}</a></li>'
            )
    if number < total:
        pager.append(
            f'<li class="pagination__item pagination__item--next"><a class="pagination__next js_pagination-top-next" href="{_cm_href(number + 1)}" rel="next"><span>Następna</span></a></li>'
        )
    filters = "".join(
        f'<div class="filter-group js_filter-group"><h3 class="filter-group__title">{esc(name)}</h3><ul class="filter-group__list">'
        + "".join(
            f'<li><a class="filter-link js_filter-link" href="/{CM_CATEGORY};{slug(v.split(" (")[0])}.htm" rel="nofollow"><span class="filter-link__name">{esc(v)}</span></a></li>'
            for v in values
        )
        + "</ul></div>"
        for name, values in CM_FILTERS
    )
    impressions = [
        {
            "id": str(p.pid),
            "name": p.name,
            "price": f"{p.price:.2f}",
            "brand": p.brand,
            "category": "Odkurzacze automatyczne",
            "list": "category_product_list",
            "position": start + i + 1,
        }
        for i, p in enumerate(products)
    ]
    layer = {"event": "productImpressions", "ecommerce": {"currencyCode": "PLN", "impressions": impressions}}
    sponsored = "".join(
        f'<li class="sponsored-offer"><a href="/Click/Offer/?e={_word("side" + n, 40, _B62)}&amp;a=3" rel="nofollow" target="_blank"><span class="sponsored-offer__name">{esc(n)}</span> <span class="sponsored-offer__price">{_money(pr, " ", ",")} zł</span> <span class="sponsored-offer__shop">{esc(shop)}</span></a></li>'
        for n, shop, pr in [
            ("Worki do odkurzacza Roborock S8 (6 szt.)", "Media Punkt", 79.0),
            ("Zestaw szczotek do Xiaomi X10+", "TechnoMarket", 59.99),
            ("Mop do iRobot Braava jet m6 (3 szt.)", "Elektro-Świat", 69.0),
        ]
    )
    canonical = CM_HOST + _cm_href(number)
    return f"""<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>Odkurzacze automatyczne - ceny, opinie, sklepy{"" if number == 1 else f" (strona {number})"} - Cenomat.pl</title>
<meta name="description" content="Odkurzacze automatyczne - porównaj ceny w sklepach internetowych, przeczytaj opinie i wybierz najlepszą ofertę na Cenomat.pl.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{canonical}">
{f'<link rel="prev" href="{CM_HOST}{_cm_href(number - 1)}">' if number > 1 else ""}{f'<link rel="next" href="{CM_HOST}{_cm_href(number + 1)}">' if number < total else ""}
<link rel="stylesheet" href="https://static.cenomatstatic.pl/dist/css/category.7c2f1e9a.css">
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body class="page-category js_page-category">
<div class="cookie-consent js_cookie-consent" role="dialog" aria-modal="true" aria-labelledby="cookie-consent-title">
  <div class="cookie-consent__box">
    <h2 id="cookie-consent-title" class="cookie-consent__title">Szanujemy Twoją prywatność</h2>
    <p>Cenomat.pl i nasi Zaufani Partnerzy używają plików cookies i podobnych technologii, aby dopasować treści i reklamy, mierzyć ich skuteczność oraz analizować ruch w serwisie. Możesz zmienić ustawienia w dowolnym momencie w zakładce „Ustawienia prywatności”.</p>
    <div class="cookie-consent__buttons"><button type="button" class="btn btn-secondary js_cookie-settings">Ustawienia</button><button type="button" class="btn btn-primary js_cookie-accept-all">Akceptuję i przechodzę do serwisu</button></div>
  </div>
</div>
<header class="header js_header">
  <div class="header__inner">
    <a class="header__logo" href="/" title="Cenomat.pl - porównywarka cen"><img src="https://static.cenomatstatic.pl/dist/img/logo.svg" alt="Cenomat.pl" width="130" height="32"></a>
    <form class="header__search js_search-form" action="/;szukaj" method="get"><input class="header__search-input js_search-input" type="text" name="szukaj" placeholder="Czego szukasz?" autocomplete="off"><button class="btn btn-primary header__search-btn" type="submit">Szukaj</button></form>
    <nav class="header__user"><a href="/Konto/Logowanie">Zaloguj się</a> <a href="/Ulubione" class="header__fav">Ulubione</a> <a href="/Koszyk" class="header__cart">Koszyk</a></nav>
  </div>
</header>
<nav class="breadcrumbs" aria-label="Ścieżka nawigacji">
  <ol itemscope itemtype="https://schema.org/BreadcrumbList">
    <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/Dom_i_wnetrze"><span itemprop="name">Dom i wnętrze</span></a><meta itemprop="position" content="1"></li>
    <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/AGD"><span itemprop="name">AGD</span></a><meta itemprop="position" content="2"></li>
    <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/Odkurzacze"><span itemprop="name">Odkurzacze</span></a><meta itemprop="position" content="3"></li>
    <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><span itemprop="name">Odkurzacze automatyczne</span><meta itemprop="position" content="4"></li>
  </ol>
</nav>
<div class="page-wrapper">
  <aside class="category-sidebar">
    <div class="category-tree"><h3>Kategorie</h3><ul><li><a href="/Odkurzacze">Odkurzacze</a><ul><li><a href="/Odkurzacze_pionowe">Odkurzacze pionowe</a></li><li class="active"><strong>Odkurzacze automatyczne</strong></li><li><a href="/Odkurzacze_workowe">Odkurzacze workowe</a></li><li><a href="/Mopy_elektryczne">Mopy elektryczne</a></li></ul></li></ul></div>
    <div class="filters js_filters">{filters}</div>
    <div class="sponsored-box"><h3 class="sponsored-box__title">Sponsorowane</h3><ul>{sponsored}</ul></div>
  </aside>
  <main class="category-main">
    <div class="category-header"><h1 class="category-header__title">Odkurzacze automatyczne</h1><span class="category-header__count">({len(CM_PRODUCTS)} produktów)</span></div>
    <div class="category-list-top">
      <div class="sort-box"><label for="sort">Sortuj:</label> <select id="sort" class="js_sort-select"><option value="0" selected>Najpopularniejsze</option><option value="1">Najtańsze</option><option value="2">Najdroższe</option><option value="3">Najlepiej oceniane</option></select></div>
      <div class="view-switch"><a href="#" class="view-switch__list is-active" aria-label="Lista">Lista</a> <a href="#" class="view-switch__grid" aria-label="Siatka">Siatka</a></div>
    </div>
    <div class="category-list-body js_category-list-body js_search-results js_products-list-main js_async-container">
{chr(10).join(rows)}
    </div>
    <div class="pagination pagination--bottom js_pagination"><ul class="pagination__list">{"".join(pager)}</ul></div>
    <div class="category-description"><h2>Jak wybrać odkurzacz automatyczny?</h2><p>Najważniejsze parametry to siła ssania (w paskalach), czas pracy na jednym ładowaniu, rodzaj nawigacji oraz to, czy robot ma funkcję mopowania i stację dokującą z automatycznym opróżnianiem pojemnika.</p></div>
  </main>
</div>
<footer class="footer"><div class="footer__cols"><ul><li><a href="/O_nas">O nas</a></li><li><a href="/Regulamin">Regulamin</a></li><li><a href="/Polityka_prywatnosci">Polityka prywatności</a></li><li><a href="/Dla_sklepow">Dla sklepów</a></li></ul><p>© 2025 Cenomat sp. z o.o.</p></div></footer>
<script>window.dataLayer.push({json.dumps(layer, ensure_ascii=False)});</script>
<script src="https://static.cenomatstatic.pl/dist/js/category.5b81d0e3.js" defer></script>
</body>
</html>"""


@twentyninth_b
def build_cenomat() -> None:
    s = Site(
        "cenomat",
        kind="price comparison category in Polish (Ceneo 2024–25 markup: div.cat-prod-row.js_category-list-item rows with data-productid / data-productname / data-productminprice, strong.cat-prod-row__name link to /<id>, '4,8 / 5' score + '54 opinie' / '1 opinia' / '12 opinii', ul.prod-params (Rodzaj, Siła ssania '5500 Pa', Czas pracy '180 min'), 'od' + span.value '2 399' + span.penny ',00' + 'zł', 'w 25 sklepach' / 'w 1 sklepie', 'Kup Teraz' + 'Darmowa dostawa' on some; 'Promowane' rows with the same markup and offer-click links, 'Sponsorowane' sidebar, cookie consent dialog; pagination over ;0020-30-0-0-N.htm; GA dataLayer impressions)",
        start=CM_CATEGORY,
        description="A Polish price comparison site (cenomat.pl) built like Ceneo in 2024–25, the category /Odkurzacze_automatyczne (robot vacuums; the server adds the trailing slash) then the pager's /Odkurzacze_automatyczne;0020-30-0-0-1.htm and ;0020-30-0-0-2.htm (page N as N-1 after the semicolon; the '1' link goes back to /Odkurzacze_automatyczne), as a logged-out visitor gets it in March 2025. A cookie consent dialog ('Szanujemy Twoją prywatność', 'Ustawienia' / 'Akceptuję i przechodzę do serwisu'), the header (logo, search form, 'Zaloguj się', Ulubione, Koszyk), a BreadcrumbList microdata breadcrumb, the sidebar (category tree, filter groups Producent / Rodzaj / Nawigacja / Cena with counts, a 'Sponsorowane' box of three shop offers), h1 'Odkurzacze automatyczne' + '(71 produktów)', the sort select and list/grid switch, then div.category-list-body of div.cat-prod-row.js_category-list-item.js_clickHashData rows carrying data-pid, data-productid, data-position, data-productname, data-productminprice, data-brand, data-gacategoryname, data-offerscount: div.cat-prod-row__foto (image link and on some a 'Kup Teraz' label), strong.cat-prod-row__name > a[title] > span to /<9-digit id>, on most div.cat-prod-row__rating (a screen-reader 'Ocena 4,8 na 5', a width-styled star bar, span.product-score '4,8 / 5', a.product-reviews-link '54 opinie' / '1 opinia' / '12 opinii'), ul.prod-params of three li (span.prod-params__name 'Rodzaj:' / 'Siła ssania:' / 'Czas pracy:' + span.prod-params__value 'z mopem i stacją' / '5500 Pa' / '180 min'), div.cat-prod-row__price with a.product-price 'od ' + span.price-format > span.price > span.value '2 399' + span.penny ',00' and span.currency 'zł', span.shop-numb 'w 25 sklepach' / 'w 3 sklepach' / 'w 1 sklepie', on the 'Kup Teraz' ones span.free-delivery-label 'Darmowa dostawa', and a 'Porównaj ceny' button. Two 'Promowane' rows a page (first and after the tenth product) with the same markup plus cat-prod-row--promoted, a 'Promowane' label, 'w sklepie <shop>', no rating or parameters, /Click/Offer/?e=… links and 'Idź do sklepu' (not records). Then div.pagination > ul.pagination__list ('Poprzednia' / numbers, the current a span / 'Następna' with rel=prev/next, also in link rel tags), a buying-guide paragraph, the footer, and a GA dataLayer.push of productImpressions (id, name, price, brand, position). 30 + 30 + 11 products. Written down: title, url (/<id>), price (the lowest price shown after 'od'), currency (PLN), offers (the number of shops), rating and review_count (where shown), type (Rodzaj), suction (Pa, a number), runtime (minutes), delivery ('Darmowa dostawa', where shown), badge ('Kup Teraz', where shown).",
    )
    pages = chunks(CM_PRODUCTS, [CM_PER_PAGE, CM_PER_PAGE, len(CM_PRODUCTS) - 2 * CM_PER_PAGE])
    for number, items in enumerate(pages, 1):
        text = _cm_page(number, len(pages), items, CM_ADS[2 * (number - 1) : 2 * number])
        if number == 1:
            s.list_page(f"{CM_CATEGORY}/index.html", text)
        else:
            s.list_page(_cm_href(number).lstrip("/"), text)
    for p in CM_PRODUCTS:
        s.expect(
            {
                "title": p.name,
                "url": f"/{p.pid}",
                "price": p.price,
                "currency": "PLN",
                "offers": p.shops,
                "rating": p.rating or None,
                "review_count": p.reviews or None,
                "type": p.kind,
                "suction": p.suction,
                "runtime": p.runtime,
                "delivery": "Darmowa dostawa" if p.buy_now else None,
                "badge": "Kup Teraz" if p.buy_now else None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYNINTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
