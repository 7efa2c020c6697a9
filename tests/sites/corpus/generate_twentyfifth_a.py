"""Twenty-fifth wave, part A: a French PrestaShop category, a MyBB forum and a Finviz-style screener, copied from
their real 2024–25 markup as a visitor gets it and written before any heuristic was changed for them.

* **theiere-bleue** — a French loose-tea shop on PrestaShop 8.1 with the stock classic theme, category "Thés
  verts" (``/fr/12-thes-verts``, then ``?page=2`` / ``?page=3``): the classic head (Organization / WebPage /
  BreadcrumbList JSON-LD and the theme's ItemList JSON-LD with 0-based positions, the inline ``var prestashop``
  object, GA4, an Axeptio consent snippet, rel prev / next), the header nav (phone line, language selector,
  "Connexion", "Panier (0)"), ps_mainmenu, the search widget, ``nav.breadcrumb``; the left column with the
  category tree and ps_facetedsearch (checkbox facets with ``span.magnitude`` "(11)" counts and js-search-link
  anchors, the price slider with its CLDR ``data-slider-specifications``); ``div#js-product-list-header`` holds
  the category card (h1, description, cover) on page 1 only — PrestaShop renders it only when the first item
  shown is 1, so pages 2 and 3 have no h1 — then "Il y a 30 produits.", the "Trier par :" dropdown, "Affichage
  1-12 de 30 article(s)", and ``div.js-product > article.product-miniature.js-product-miniature`` tiles: a picture
  with a webp source and an img whose alt is the full name, "Aperçu rapide", ``h2.product-title > a`` with the
  name cut by Smarty's ``truncate:30`` at a word boundary, ``span.regular-price`` "22,90 €" (struck by CSS) with
  ``span.discount-percentage`` "-20%" or ``span.discount-amount`` "-1,50 €", ``span.price`` "18,32 €" (fr-FR: a
  no-break space before €), the empty productcomments placeholder and ``ul.product-flags`` ("En ligne
  uniquement", "-20%", "Nouveau", "Rupture de stock"); ``nav.pagination`` "Affichage 13-24 de 30 article(s)" with
  rel prev / nofollow / next ``js-search-link`` anchors ("Précédent" absent on page 1, "Suivant" absent on page
  3, the current page ``a.disabled``), the category's additional description on page 1 only, the newsletter
  block, footer link lists and a GA4 ``view_item_list`` event. 12 + 12 + 6 teas. Written down: title (full
  name), url (anchor included), price, currency, original_price, badges.
* **fuzzbox-forum** — a guitar-pedal DIY forum on MyBB 1.8 with the default theme, ``forumdisplay.php?fid=7``
  then ``&page=2`` / ``&page=3`` (the board set to 15 threads a page), as a guest sees it: MyBB's XHTML document
  with template start/end comments, the headerinclude scripts, header with top links and the guest welcome
  block + hidden quick-login modal, a MyAdvertisements AdSense zone, breadcrumbs; the multipage
  ``div.pagination`` ("Pages (3):", ``pagination_previous`` / ``pagination_page`` / ``pagination_current`` /
  ``pagination_next`` "Next »", page 1 without ``&page``) above and below one ``table.tborder`` holding a
  "Forum Announcements" separator and announcement row on every page (not a record), "Important Threads" /
  "Normal Threads" separators around the two stickies on page 1, and ``tr.inline_row`` thread rows: a
  ``span.thread_status`` folder with a title, a post-icon cell, the subject cell (paperclip, "Poll:" /
  "Moved:", the jump.png unread link, a "[Solved]" prefix, ``span.subject_new`` / ``subject_old`` > a to
  ``showthread.php?tid=N``, an in-row "(Pages: 1 2 3)" mini pager, ``div.author`` with an absolute profile
  link), replies as a ``MyBB.whoPosted`` link, views "1,388", a star-rating cell, and ``span.lastpost`` with
  MyBB's relative date ("24 minutes ago" / "3 hours ago" titled with the full date, "Yesterday, 07:42 PM",
  else "03-12-2025, 11:05 PM") and "Last Post: <name>". The moved thread shows "-" for replies and views.
  Written down: title, url, author, replies, views, last_post_date, last_poster.
* **tickersift** — a stock screener copied from Finviz's 2024–25 logged-out Overview view (``v=111``) on
  ``f=cap_small,sec_healthcare,sh_avgvol_o500``: table-built header with a 728×90 slot, the navbar, the
  controls row (presets, Order / Signal selects whose options are screener URLs, tickers input, "Filters: 3"),
  filter tabs, a 16-select filter table, view tabs, "#1 / 42 Total" and a "Page 1/3" select, then
  ``table.styled-table-new.screener_table``: sortable ``th.table-header`` cells and ``tr.styled-row`` rows with
  the row number, ticker and company ``a.tab-link`` quote links, sector / industry / country links to one-filter
  screeners, "1.12B" caps, "-" for no P/E, price and "-2.31%" change in ``span.color-text.is-positive`` /
  ``is-negative`` / ``is-neutral``, "1,845,210" volumes; ``td#screener_pagination`` of ``a.screener-pages``
  (chevron-only prev / next, ``is-selected``) over ``&r=1`` / ``&r=21`` / ``&r=41``; a 970×250 slot, an Elite
  pitch, a route-init JSON without rows, the footer. 20 + 20 + 2 stocks. Written down: ticker, company, url,
  sector, industry, country, market_cap (as shown), pe, price, change, volume.

Run ``uv run python tests/sites/corpus/generate_twentyfifth_a.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTYFIFTH_A: dict[str, Callable[[], None]] = {}


def twentyfifth_a(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYFIFTH_A[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


# ---------------------------------------------------------------------------------------------------
# theiere-bleue: PrestaShop 8.1, classic theme, French, ps_facetedsearch, /fr/12-thes-verts?page=N.
# ---------------------------------------------------------------------------------------------------

TB_HOST = "https://www.latheierebleue.fr"
TB_CATEGORY = "/fr/12-thes-verts"
TB_NBSP = "\u00a0"
TB_NNBSP = "\u202f"

#: (name, id_product, id_product_attribute (0: no combinations), weight of the default combination,
#: price, regular price (None: no discount), discount ("pct" / "amt" / None), new, out of stock, online only).
TB_PRODUCTS: list[tuple[str, int, int, str | None, float, float | None, str | None, bool, bool, bool]] = [
    ("Sencha Ariake", 41, 163, "100 g", 9.90, None, None, False, False, False),
    ("Gyokuro Asahi Bio", 58, 221, "50 g", 24.90, None, None, True, False, False),
    ("Matcha Uji Cérémonie Grade A", 63, 0, None, 32.00, None, None, True, False, False),
    ("Genmaicha au riz soufflé", 44, 172, "100 g", 7.50, None, None, False, False, False),
    ("Long Jing Puits du Dragon Premium", 47, 181, "100 g", 18.32, 22.90, "pct", False, False, False),
    ("Bi Luo Chun Printemps 2024", 52, 199, "50 g", 14.50, None, None, False, False, False),
    ("Gunpowder Menthe Nanah du Maroc", 39, 157, "100 g", 6.90, None, None, False, False, False),
    ("Hojicha torréfié de Shizuoka", 55, 209, "100 g", 11.90, None, None, False, False, False),
    ("Kukicha Bio", 46, 0, None, 8.40, None, None, False, True, False),
    ("Thé vert Jasmin Chun Hao", 40, 160, "100 g", 12.90, 14.40, "amt", False, False, False),
    ("Tamaryokucha Kagoshima", 66, 247, "100 g", 13.50, None, None, True, False, False),
    ("Coffret découverte thés verts japonais", 71, 0, None, 39.00, None, None, False, False, True),
    ("Sencha Fukamushi Bio", 43, 169, "100 g", 12.40, None, None, False, False, False),
    ("Huang Shan Mao Feng", 51, 196, "50 g", 15.90, None, None, False, False, False),
    ("Thé vert Fraise Rhubarbe", 60, 229, "100 g", 7.99, 9.40, "pct", False, False, False),
    ("Lu An Gua Pian", 53, 0, None, 19.90, None, None, False, True, False),
    ("Matcha culinaire Bio 100 g", 64, 0, None, 16.90, None, None, False, False, False),
    ("Thé vert à la Bergamote Earl Green", 57, 217, "100 g", 8.90, None, None, False, False, False),
    ("Kabusecha Yame", 67, 250, "50 g", 17.50, None, None, False, False, False),
    ("Gunpowder Temple of Heaven", 38, 154, "100 g", 5.90, None, None, False, False, False),
    ("Thé vert Citron Gingembre Bio", 69, 256, "100 g", 8.50, None, None, True, False, False),
    ("Sencha Kyoto Cerisier", 48, 185, "100 g", 9.40, None, None, False, False, False),
    ("Tai Ping Hou Kui", 54, 0, None, 28.50, None, None, False, False, False),
    ("Genmaicha Matcha Iri", 45, 175, "100 g", 8.91, 9.90, "pct", False, False, False),
    ("Thé vert Pêche Blanche", 61, 232, "100 g", 7.90, None, None, False, False, False),
    ("Jasmine Pearls Dragon Phoenix", 50, 193, "50 g", 21.90, None, None, False, False, False),
    ("Thé vert de Corée Sejak Hadong", 72, 0, None, 26.00, None, None, True, True, False),
    ("Darjeeling vert Arya", 68, 253, "50 g", 16.40, None, None, False, False, False),
    ("Kamairicha Ureshino", 65, 244, "100 g", 14.90, None, None, False, False, False),
    ("Thé vert Noël des Neiges", 62, 236, "100 g", 8.18, 10.90, "pct", False, False, False),
]

TB_WEIGHT_IDS = {"50 g": 20, "100 g": 21}


def _tb_money(amount: float) -> str:
    """``1249.5`` → ``1 249,50 €`` as PrestaShop's CLDR fr-FR formatter writes it (narrow no-break space for
    thousands, a no-break space before the sign)."""
    whole, cents = f"{amount:,.2f}".split(".")
    return f"{whole.replace(',', TB_NNBSP)},{cents}{TB_NBSP}€"


def _tb_truncate(name: str, length: int = 30) -> str:
    """Smarty's ``truncate:30:'...'``: cut at a word boundary so that the result with '...' fits."""
    if len(name) <= length:
        return name
    cut = re.sub(r"\s+?(\S+)?$", "", name[: length - 3 + 1])
    return cut[: length - 3] + "..."


def _tb_discount(regular: float, price: float, kind: str) -> str:
    if kind == "pct":
        pct = (Decimal(str(regular - price)) / Decimal(str(regular)) * 100).quantize(Decimal("1"), ROUND_HALF_UP)
        return f"-{pct}%"
    return "-" + _tb_money(round(regular - price, 2))


def _tb_rewrite(name: str) -> str:
    return slug(name)


def _tb_url(product: tuple[str, int, int, str | None, float, float | None, str | None, bool, bool, bool]) -> str:
    name, pid, attr, weight, *_ = product
    if attr:
        anchor = f"#/{TB_WEIGHT_IDS[weight or '100 g']}-poids-{(weight or '').replace(' ', '_')}"
        return f"/fr/thes-verts/{pid}-{attr}-{_tb_rewrite(name)}.html{anchor}"
    return f"/fr/thes-verts/{pid}-{_tb_rewrite(name)}.html"


def _tb_flags(
    product: tuple[str, int, int, str | None, float, float | None, str | None, bool, bool, bool],
) -> list[tuple[str, str]]:
    """PrestaShop's flag order: online-only, discount, new, out_of_stock."""
    _name, _pid, _attr, _weight, price, regular, kind, new, out, online = product
    flags: list[tuple[str, str]] = []
    if online:
        flags.append(("online-only", "En ligne uniquement"))
    if regular is not None and kind:
        flags.append(("discount", _tb_discount(regular, price, kind)))
    if new:
        flags.append(("new", "Nouveau"))
    if out:
        flags.append(("out_of_stock", "Rupture de stock"))
    return flags


def _tb_image_id(pid: int) -> int:
    return 100 + pid * 3 + pid % 2


def _tb_miniature(product: tuple[str, int, int, str | None, float, float | None, str | None, bool, bool, bool]) -> str:
    name, pid, attr, _weight, price, regular, kind, *_ = product
    url = _tb_url(product)
    image = _tb_image_id(pid)
    rewrite = _tb_rewrite(name)
    discount = ""
    if regular is not None and kind:
        cls = "discount-percentage" if kind == "pct" else "discount-amount"
        discount = f"""


                                  <span class="regular-price" aria-label="Prix de base">{_tb_money(regular)}</span>
                                      <span class="{cls} discount-product">{_tb_discount(regular, price, kind)}</span>
                                  """
    flags = "\n".join(
        f'                    <li class="product-flag {kind_}">{esc(label)}</li>' for kind_, label in _tb_flags(product)
    )
    return f"""
<div class="js-product product col-xs-12 col-sm-6 col-xl-4">
  <article class="product-miniature js-product-miniature" data-id-product="{pid}" data-id-product-attribute="{attr}">
    <div class="thumbnail-container">
      <div class="thumbnail-top">

                      <a href="{url}" class="thumbnail product-thumbnail">
              <picture>
                                  <source srcset="/{image}-home_default/{rewrite}.webp" type="image/webp">                <img
                  src="/{image}-home_default/{rewrite}.jpg"
                  alt="{esc(name)}"
                  loading="lazy"
                  data-full-size-image-url="/{image}-large_default/{rewrite}.jpg"
                  width="250"
                  height="250"
                />
              </picture>
            </a>


        <div class="highlighted-informations no-variants">

            <a class="quick-view js-quick-view" href="#" data-link-action="quickview">
              <i class="material-icons search">&#xE8B6;</i> Aperçu rapide
            </a>



        </div>
      </div>

      <div class="product-description">

                      <h2 class="h3 product-title"><a href="{url}" content="{url}">{esc(_tb_truncate(name))}</a></h2>



                      <div class="product-price-and-shipping">{discount}

              <span class="price" aria-label="Prix">
                                                  {_tb_money(price)}
                              </span>





            </div>



<div class="product-list-reviews" data-id="{pid}" data-url="{TB_HOST}/fr/module/productcomments/CommentGrade">
  <div class="grade-stars small-stars"></div>
  <div class="comments-nb"></div>
</div>


      </div>


    <ul class="product-flags js-product-flags">
{flags}
            </ul>

    </div>
  </article>
</div>
"""


def _tb_href(number: int) -> str:
    return TB_CATEGORY if number == 1 else f"{TB_CATEGORY}?page={number}"


def _tb_pager(number: int, total: int, first: int, last: int, count: int) -> str:
    items: list[str] = []
    if number > 1:
        items.append(f"""          <li >
                          <a
                rel="prev"
                href="{_tb_href(number - 1)}"
                class="previous js-search-link"
              >
                                  <i class="material-icons">&#xE314;</i>Précédent
                              </a>
                      </li>""")
    for page in range(1, total + 1):
        current = page == number
        items.append(f"""          <li {'class="current"' if current else ""}>
                          <a
                rel="nofollow"
                href="{_tb_href(page)}"
                class="{"disabled " if current else ""}js-search-link"
              >
                                  {page}
                              </a>
                      </li>""")
    if number < total:
        items.append(f"""          <li >
                          <a
                rel="next"
                href="{_tb_href(number + 1)}"
                class="next js-search-link"
              >
                                  Suivant<i class="material-icons">&#xE315;</i>
                              </a>
                      </li>""")
    body = "\n".join(items)
    return f"""<nav class="pagination">
  <div class="col-md-4">

      Affichage {first}-{last} de {count} article(s)

  </div>

  <div class="col-md-6 offset-md-2 pr-0">

             <ul class="page-list clearfix text-sm-center">
{body}
              </ul>

  </div>

</nav>"""


TB_FACETS: list[tuple[str, str, list[tuple[str, int]]]] = [
    ("Disponibilité", "availability", [("Disponible", 27), ("En stock", 27), ("Non disponible", 3)]),
    ("Sélections", "extras", [("Nouveau produit", 5), ("En promotion", 5)]),
    (
        "Origine",
        "feature",
        [("Chine", 11), ("Japon", 14), ("Corée du Sud", 1), ("Inde", 1), ("Maroc", 1), ("Mélange aromatisé", 2)],
    ),
    ("Agriculture", "feature", [("Biologique", 7), ("Conventionnelle", 23)]),
    ("Poids", "attribute_group", [("50 g", 23), ("100 g", 17), ("250 g", 6)]),
]

TB_SORTS = [
    ("Pertinence", "product.position.asc"),
    ("Meilleures ventes", "product.sales.desc"),
    ("Nom, A à Z", "product.name.asc"),
    ("Nom, Z à A", "product.name.desc"),
    ("Prix, croissant", "product.price.asc"),
    ("Prix, décroissant", "product.price.desc"),
    ("Référence, A à Z", "product.reference.asc"),
    ("Référence, Z à A", "product.reference.desc"),
]

TB_MENU = [
    (
        "Thés",
        3,
        [("Thés verts", 12), ("Thés noirs", 13), ("Thés blancs", 14), ("Oolongs", 15), ("Thés sombres & Pu-erh", 16)],
    ),
    ("Infusions", 4, [("Rooibos", 17), ("Tisanes bio", 18)]),
    ("Théières & accessoires", 5, [("Théières en fonte", 19), ("Kyusu & Gaiwan", 20), ("Boîtes & filtres", 21)]),
    ("Coffrets cadeaux", 6, []),
]


def _tb_facets() -> str:
    sections: list[str] = []
    for label, kind, values in TB_FACETS:
        facet_id = _num(label, 5)
        lis = "\n".join(
            f"""                  <li>
                    <label class="facet-label" for="facet_input_{facet_id}_{i}">
                                                  <span class="custom-checkbox">
                            <input
                              id="facet_input_{facet_id}_{i}"
                              data-search-url="{TB_CATEGORY}?q={esc(label)}-{esc(value)}"
                              type="checkbox"
                                                          >
                                                          <span  class="ps-shown-by-js" ><i class="material-icons rtl-no-flip checkbox-checked">&#xE5CA;</i></span>
                                                      </span>

                      <a
                        href="{TB_CATEGORY}?q={esc(label)}-{esc(value)}"
                        class="_gray-darker search-link js-search-link"
                        rel="nofollow"
                      >
                        {esc(value)}
                                                  <span class="magnitude">({count})</span>
                                              </a>
                    </label>
                  </li>"""
            for i, (value, count) in enumerate(values)
        )
        sections.append(f"""                      <section class="facet clearfix" data-type="{kind}" data-name="{esc(label)}">
          <p class="h6 facet-title hidden-sm-down">{esc(label)}</p>
                                                                                    <div class="title hidden-md-up" data-target="#facet_{facet_id}" data-toggle="collapse">
            <p class="h6 facet-title">{esc(label)}</p>
            <span class="navbar-toggler collapse-icons">
              <i class="material-icons add">&#xE313;</i>
              <i class="material-icons remove">&#xE316;</i>
            </span>
          </div>


              <ul id="facet_{facet_id}" class="collapse">
{lis}
                              </ul>


                  </section>""")
    price_id = _num("Prix", 5)
    sections.insert(
        2,
        f"""                      <section class="facet clearfix" data-type="price" data-name="Prix">
          <p class="h6 facet-title hidden-sm-down">Prix</p>
                                                                                    <div class="title hidden-md-up" data-target="#facet_{price_id}" data-toggle="collapse">
            <p class="h6 facet-title">Prix</p>
            <span class="navbar-toggler collapse-icons">
              <i class="material-icons add">&#xE313;</i>
              <i class="material-icons remove">&#xE316;</i>
            </span>
          </div>

                                    <ul id="facet_{price_id}"
                class="faceted-slider collapse"
                data-slider-min="5"
                data-slider-max="40"
                data-slider-id="{price_id}"
                data-slider-values="null"
                data-slider-unit="€"
                data-slider-label="Prix"
                data-slider-specifications="{{&quot;symbol&quot;:[&quot;,&quot;,&quot;\\u202f&quot;,&quot;;&quot;,&quot;%&quot;,&quot;-&quot;,&quot;+&quot;,&quot;E&quot;,&quot;\\u00d7&quot;,&quot;\\u2030&quot;,&quot;\\u221e&quot;,&quot;NaN&quot;],&quot;currencyCode&quot;:&quot;EUR&quot;,&quot;currencySymbol&quot;:&quot;\\u20ac&quot;,&quot;numberSymbols&quot;:[&quot;,&quot;,&quot;\\u202f&quot;,&quot;;&quot;,&quot;%&quot;,&quot;-&quot;,&quot;+&quot;,&quot;E&quot;,&quot;\\u00d7&quot;,&quot;\\u2030&quot;,&quot;\\u221e&quot;,&quot;NaN&quot;],&quot;positivePattern&quot;:&quot;#,##0.00\\u00a0\\u00a4&quot;,&quot;negativePattern&quot;:&quot;-#,##0.00\\u00a0\\u00a4&quot;,&quot;maxFractionDigits&quot;:2,&quot;minFractionDigits&quot;:2,&quot;groupingUsed&quot;:true,&quot;primaryGroupSize&quot;:3,&quot;secondaryGroupSize&quot;:3}}"
                data-slider-encoded-url="{TB_HOST}{TB_CATEGORY}"
              >
                <li>
                  <p id="facet_label_{price_id}">
                    5,00{TB_NBSP}€ - 40,00{TB_NBSP}€
                  </p>

                  <div id="slider-range_{price_id}"></div>
                </li>
              </ul>

                  </section>""",
    )
    return "\n".join(sections)


def _tb_top_menu() -> str:
    items: list[str] = []
    for label, cid, children in TB_MENU:
        href = f"/fr/{cid}-{slug(label)}"
        sub = ""
        if children:
            lis = "\n".join(
                f"""                <li class="category{" current" if ccid == 12 else ""}" id="category-{ccid}">
                <a
                class="dropdown-item dropdown-submenu"
                href="/fr/{ccid}-{slug(child)}" data-depth="1"
                                                                                              >
                                    {esc(child)}
                </a>
                                </li>"""
                for child, ccid in children
            )
            sub = f"""
                          <div  class="popover sub-menu js-sub-menu collapse" id="top_sub_menu_{_num(label, 5)}">

                <ul class="top-menu"  data-depth="1" >
{lis}
                </ul>

                          </div>"""
        toggler = (
            f"""
                                                <span class="float-xs-right hidden-md-up">
                      <span data-target="#top_sub_menu_{_num(label, 5)}" data-toggle="collapse" class="navbar-toggler collapse-icons">
                        <i class="material-icons add">&#xE313;</i>
                        <i class="material-icons remove">&#xE316;</i>
                      </span>
                    </span>"""
            if children
            else ""
        )
        items.append(f"""                    <li class="category" id="category-{cid}">
                          <a
                class="dropdown-item"
                href="{href}" data-depth="0"
                                                                                              >{toggler}
                                    {esc(label)}
                </a>{sub}
                        </li>""")
    return "\n".join(items)


def _tb_jsonld(
    products: list[tuple[str, int, int, str | None, float, float | None, str | None, bool, bool, bool]],
) -> str:
    elements = ",\n".join(
        f"""          {{
        "@type": "ListItem",
        "position": {i},
        "name": {json.dumps(p[0], ensure_ascii=False)},
        "url": "{TB_HOST}{_tb_url(p)}"
      }}"""
        for i, p in enumerate(products)
    )
    return f"""<script type="application/ld+json">
  {{
    "@context": "https://schema.org",
    "@type": "ItemList",
    "itemListElement": [
{elements}
        ]
  }}
</script>"""


def _tb_prestashop_var(number: int) -> str:
    page_url = TB_HOST + _tb_href(number)
    data = {
        "cart": {
            "products": [],
            "totals": {
                "total": {"type": "total", "label": "Total", "amount": 0, "value": f"0,00{TB_NBSP}€"},
                "total_including_tax": {"type": "total", "label": "Total TTC", "amount": 0, "value": f"0,00{TB_NBSP}€"},
                "total_excluding_tax": {
                    "type": "total",
                    "label": "Total HT :",
                    "amount": 0,
                    "value": f"0,00{TB_NBSP}€",
                },
            },
            "subtotals": {
                "products": {"type": "products", "label": "Sous-total", "amount": 0, "value": f"0,00{TB_NBSP}€"},
                "discounts": None,
                "shipping": {"type": "shipping", "label": "Livraison", "amount": 0, "value": ""},
                "tax": None,
            },
            "products_count": 0,
            "summary_string": "0 articles",
            "vouchers": {"allowed": 1, "added": []},
            "discounts": [],
            "minimalPurchase": 0,
            "minimalPurchaseRequired": "",
        },
        "currency": {"id": 1, "name": "Euro", "iso_code": "EUR", "iso_code_num": "978", "sign": "€"},
        "customer": {
            "lastname": None,
            "firstname": None,
            "email": None,
            "birthday": None,
            "newsletter": None,
            "newsletter_date_add": None,
            "optin": None,
            "website": None,
            "company": None,
            "siret": None,
            "ape": None,
            "is_logged": False,
            "gender": {"type": None, "name": None},
            "addresses": [],
        },
        "country": {
            "id_zone": 9,
            "id_currency": 0,
            "call_prefix": 33,
            "iso_code": "FR",
            "active": "1",
            "contains_states": "0",
            "need_identification_number": "0",
            "need_zip_code": "1",
            "zip_code_format": "NNNNN",
            "display_tax_label": "1",
            "name": "France",
            "id": 8,
        },
        "language": {
            "name": "Français (French)",
            "iso_code": "fr",
            "locale": "fr-FR",
            "language_code": "fr",
            "active": "1",
            "is_rtl": "0",
            "date_format_lite": "d/m/Y",
            "date_format_full": "d/m/Y H:i:s",
            "id": 1,
        },
        "page": {
            "title": "",
            "canonical": TB_HOST + TB_CATEGORY,
            "meta": {
                "title": "Thés verts",
                "description": "Thés verts de Chine, du Japon et de Corée, sélectionnés chez les producteurs et conditionnés à Nantes.",
                "keywords": "",
                "robots": "index",
            },
            "page_name": "category",
            "body_classes": {
                "lang-fr": True,
                "lang-rtl": False,
                "country-FR": True,
                "currency-EUR": True,
                "layout-left-column": True,
                "page-category": True,
                "tax-display-enabled": True,
                "page-customer-account": False,
                "category-id-12": True,
                "category-Thés verts": True,
                "category-id-parent-3": True,
                "category-depth-level-3": True,
            },
            "admin_notifications": [],
            "password-policy": {
                "feedbacks": {
                    "0": "Très faible",
                    "1": "Faible",
                    "2": "Moyenne",
                    "3": "Fort",
                    "4": "Très fort",
                    "Straight rows of keys are easy to guess": "Les suites de touches sur le clavier sont faciles à deviner",
                }
            },
        },
        "shop": {
            "name": "La Théière Bleue",
            "logo": "/img/logo-1709214512.jpg",
            "stores_icon": "/img/logo_stores.png",
            "favicon": "/img/favicon.ico",
        },
        "core_js_public_path": "/themes/",
        "urls": {
            "base_url": TB_HOST + "/",
            "current_url": page_url,
            "shop_domain_url": TB_HOST,
            "img_ps_url": TB_HOST + "/img/",
            "img_cat_url": TB_HOST + "/img/c/",
            "img_lang_url": TB_HOST + "/img/l/",
            "img_prod_url": TB_HOST + "/img/p/",
            "img_manu_url": TB_HOST + "/img/m/",
            "img_sup_url": TB_HOST + "/img/su/",
            "img_ship_url": TB_HOST + "/img/s/",
            "img_store_url": TB_HOST + "/img/st/",
            "img_col_url": TB_HOST + "/img/co/",
            "img_url": TB_HOST + "/themes/classic/assets/img/",
            "css_url": TB_HOST + "/themes/classic/assets/css/",
            "js_url": TB_HOST + "/themes/classic/assets/js/",
            "pic_url": TB_HOST + "/upload/",
            "theme_assets": TB_HOST + "/themes/classic/assets/",
            "theme_dir": "/var/www/latheierebleue/themes/classic/",
            "pages": {
                "address": TB_HOST + "/fr/adresse",
                "addresses": TB_HOST + "/fr/adresses",
                "authentication": TB_HOST + "/fr/connexion",
                "manufacturer": TB_HOST + "/fr/marques",
                "cart": TB_HOST + "/fr/panier",
                "category": TB_HOST + "/fr/index.php?controller=category",
                "cms": TB_HOST + "/fr/index.php?controller=cms",
                "contact": TB_HOST + "/fr/nous-contacter",
                "discount": TB_HOST + "/fr/reduction",
                "guest_tracking": TB_HOST + "/fr/suivi-commande-invite",
                "history": TB_HOST + "/fr/historique-commandes",
                "identity": TB_HOST + "/fr/identite",
                "index": TB_HOST + "/fr/",
                "my_account": TB_HOST + "/fr/mon-compte",
                "order_confirmation": TB_HOST + "/fr/confirmation-commande",
                "order_detail": TB_HOST + "/fr/index.php?controller=order-detail",
                "order_follow": TB_HOST + "/fr/suivi-commande",
                "order": TB_HOST + "/fr/commande",
                "order_return": TB_HOST + "/fr/index.php?controller=order-return",
                "order_slip": TB_HOST + "/fr/avoirs",
                "pagenotfound": TB_HOST + "/fr/page-introuvable",
                "password": TB_HOST + "/fr/recuperation-mot-de-passe",
                "pdf_invoice": TB_HOST + "/fr/index.php?controller=pdf-invoice",
                "pdf_order_return": TB_HOST + "/fr/index.php?controller=pdf-order-return",
                "pdf_order_slip": TB_HOST + "/fr/index.php?controller=pdf-order-slip",
                "prices_drop": TB_HOST + "/fr/promotions",
                "product": TB_HOST + "/fr/index.php?controller=product",
                "registration": TB_HOST + "/fr/inscription",
                "search": TB_HOST + "/fr/recherche",
                "sitemap": TB_HOST + "/fr/plan-site",
                "stores": TB_HOST + "/fr/magasins",
                "supplier": TB_HOST + "/fr/fournisseur",
                "new_products": TB_HOST + "/fr/nouveaux-produits",
                "brands": TB_HOST + "/fr/marques",
                "register": TB_HOST + "/fr/inscription",
                "order_login": TB_HOST + "/fr/commande?login=1",
            },
            "alternative_langs": {"fr-FR": TB_HOST + "/fr/12-thes-verts", "en-US": TB_HOST + "/en/12-green-teas"},
            "actions": {"logout": TB_HOST + "/fr/?mylogout="},
            "no_picture_image": {
                "bySize": {
                    "home_default": {"url": TB_HOST + "/img/p/fr-default-home_default.jpg", "width": 250, "height": 250}
                }
            },
        },
        "configuration": {
            "display_taxes_label": True,
            "display_prices_tax_incl": True,
            "is_catalog": False,
            "show_prices": True,
            "opt_in": {"partner": False},
            "quantity_discount": {"type": "discount", "label": "Remise sur prix unitaire"},
            "voucher_enabled": 1,
            "return_enabled": 0,
        },
        "field_required": [],
        "breadcrumb": {
            "links": [
                {"title": "Accueil", "url": TB_HOST + "/fr/"},
                {"title": "Thés", "url": TB_HOST + "/fr/3-thes"},
                {"title": "Thés verts", "url": TB_HOST + TB_CATEGORY},
            ],
            "count": 3,
        },
        "link": {"protocol_link": "https://", "protocol_content": "https://"},
        "time": 1741987200,
        "static_token": "8f3c1b7e2a9d4f60c5e1a7b3d9f2c4e8",
        "token": "1d7e9a3c5b2f4e6a8c0b2d4f6e8a0c2e",
        "debug": False,
    }
    return "var prestashop = " + json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/") + ";"


def _tb_page(
    number: int,
    total: int,
    products: list[tuple[str, int, int, str | None, float, float | None, str | None, bool, bool, bool]],
    first: int,
    count: int,
) -> str:
    last = first + len(products) - 1
    minis = "".join(_tb_miniature(p) for p in products)
    prev_link = f'\n    <link rel="prev" href="{TB_HOST}{_tb_href(number - 1)}">' if number > 1 else ""
    next_link = f'\n    <link rel="next" href="{TB_HOST}{_tb_href(number + 1)}">' if number < total else ""
    sorts = "\n".join(
        f'''                      <a
          rel="nofollow"
          href="{TB_CATEGORY}?order={order}"
          class="select-list {"current " if i == 0 else ""}js-search-link"
        >
          {esc(label)}
        </a>'''
        for i, (label, order) in enumerate(TB_SORTS)
    )
    if number == 1:
        header = """<div id="js-product-list-header">
            <div class="block-category card card-block">
            <h1 class="h1">Thés verts</h1>
            <div class="block-category-inner">
                                    <div id="category-description" class="text-muted"><p>Sencha, gyokuro, matcha, long jing… Nos thés verts viennent de petites plantations de Chine, du Japon et de Corée. Ils sont conditionnés à Nantes en sachets refermables de 50 ou 100 g.</p></div>
                                                    <div class="category-cover">
                        <picture>
                                                                                    <img src="/c/12-category_default/thes-verts.jpg" alt="Thés verts" loading="lazy" width="141" height="180">
                        </picture>
                    </div>
                            </div>
        </div>
    </div>"""
        footer = """<div id="js-product-list-footer">
            <div class="card">
            <div class="card-block category-additional-description">
                <h2>Bien infuser un thé vert</h2>
<p>Un thé vert ne supporte pas l'eau bouillante : comptez 70 à 80 °C pour un sencha, 50 à 60 °C pour un gyokuro. Dosez 2 à 3 g pour 20 cl et infusez 1 à 3 minutes. Les feuilles de la plupart des thés japonais peuvent être infusées deux ou trois fois.</p>
<p>Livraison offerte dès 49 € d'achat en France métropolitaine. Expédition sous 24 h ouvrées depuis notre atelier nantais.</p>
            </div>
        </div>
    </div>"""
    else:
        header = """<div id="js-product-list-header">
    </div>"""
        footer = """<div id="js-product-list-footer">
    </div>"""
    category_tree = "\n".join(
        f"""            <li data-depth="0"><a href="/fr/{cid}-{slug(child)}">{esc(child)}</a></li>"""
        for child, cid in TB_MENU[0][2]
    )
    return f"""<!doctype html>
<html lang="fr-FR">

  <head>

<meta charset="utf-8">
<meta http-equiv="x-ua-compatible" content="ie=edge">



  <title>Thés verts</title>

  <script data-keepinline="true">
    var ajaxGetProductUrl = '//www.latheierebleue.fr/fr/module/cdc_googletagmanager/async';
    var ajaxShippingEvent = 1;
    var ajaxRefundEvent = 1;
</script>

  <meta name="description" content="Thés verts de Chine, du Japon et de Corée, sélectionnés chez les producteurs et conditionnés à Nantes.">
  <meta name="keywords" content="">
        <link rel="canonical" href="{TB_HOST}{_tb_href(number)}">

          <link rel="alternate" href="{TB_HOST}/fr/12-thes-verts" hreflang="fr-fr">
          <link rel="alternate" href="{TB_HOST}/en/12-green-teas" hreflang="en-us">




    <script type="application/ld+json">
  {{
    "@context": "https://schema.org",
    "@type": "Organization",
    "name" : "La Théière Bleue",
    "url" : "{TB_HOST}/fr/",
          "logo": {{
        "@type": "ImageObject",
        "url":"{TB_HOST}/img/logo-1709214512.jpg"
      }}
      }}
</script>

<script type="application/ld+json">
  {{
    "@context": "https://schema.org",
    "@type": "WebPage",
    "isPartOf": {{
      "@type": "WebSite",
      "url":  "{TB_HOST}/fr/",
      "name": "La Théière Bleue"
    }},
    "name": "Thés verts",
    "url":  "{TB_HOST}{_tb_href(number)}"
  }}
</script>


  <script type="application/ld+json">
    {{
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      "itemListElement": [
                  {{
            "@type": "ListItem",
            "position": 1,
            "name": "Accueil",
            "item": "{TB_HOST}/fr/"
          }},                  {{
            "@type": "ListItem",
            "position": 2,
            "name": "Thés",
            "item": "{TB_HOST}/fr/3-thes"
          }},                  {{
            "@type": "ListItem",
            "position": 3,
            "name": "Thés verts",
            "item": "{TB_HOST}/fr/12-thes-verts"
          }}              ]
    }}
  </script>


{_tb_jsonld(products)}

    <meta property="og:title" content="Thés verts" />
    <meta property="og:description" content="Thés verts de Chine, du Japon et de Corée, sélectionnés chez les producteurs et conditionnés à Nantes." />
    <meta property="og:url" content="{TB_HOST}{_tb_href(number)}" />
    <meta property="og:site_name" content="La Théière Bleue" />
    <meta property="og:type" content="website" />



<meta name="viewport" content="width=device-width, initial-scale=1">



<link rel="icon" type="image/vnd.microsoft.icon" href="/img/favicon.ico?1709214512">
<link rel="shortcut icon" type="image/x-icon" href="/img/favicon.ico?1709214512">



    <link rel="stylesheet" href="/themes/classic/assets/cache/theme-84c2f91.css" type="text/css" media="all">




  <script type="text/javascript">
        {_tb_prestashop_var(number)}
        var psemailsubscription_subscription = "https:\\/\\/www.latheierebleue.fr\\/fr\\/module\\/ps_emailsubscription\\/subscription";
        var psr_icon_color = "#F19D76";
      </script>



  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M5XN3R"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag(
    'config',
    'G-7QK2M5XN3R',
    {{
      'debug_mode':false
                      }}
  );
</script>

<script>
window.axeptioSettings = {{
  clientId: "65f1c2a9e4b0d87a3c1f2e90",
  cookiesVersion: "latheierebleue-fr-2",
  googleConsentMode: {{
    default: {{
      analytics_storage: "denied",
      ad_storage: "denied",
      ad_user_data: "denied",
      ad_personalization: "denied",
      wait_for_update: 500
    }}
  }}
}};
(function(d, s) {{
  var t = d.getElementsByTagName(s)[0], e = d.createElement(s);
  e.async = true; e.src = "//static.axept.io/sdk.js";
  t.parentNode.insertBefore(e, t);
}})(document, "script");
</script>{prev_link}{next_link}

  </head>

  <body id="category" class="lang-fr country-fr currency-eur layout-left-column page-category tax-display-enabled category-id-12 category-thes-verts category-id-parent-3 category-depth-level-3">


      <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-5R8QJ2L" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>



    <main>


              <header id="header">


  <div class="header-banner">
    <div class="container"><p class="text-center">Livraison offerte dès 49 € d'achat · Échantillon offert à chaque commande</p></div>
  </div>



  <nav class="header-nav">
    <div class="container">
      <div class="row">
        <div class="hidden-sm-down">
          <div class="col-md-5 col-xs-12">
            <div id="_desktop_contact_link">
  <div id="contact-link">
                Appelez-nous : <span>02 40 12 34 56</span>
      </div>
</div>

          </div>
          <div class="col-md-7 right-nav">
              <div id="_desktop_language_selector">
  <div class="language-selector-wrapper">
    <span id="language-selector-label" class="hidden-md-up">Langue :</span>
    <div class="language-selector dropdown js-dropdown">
      <button data-toggle="dropdown" class="hidden-sm-down btn-unstyle" aria-haspopup="true" aria-expanded="false" aria-label="Sélecteur de langue">
        <span class="expand-more">Français</span>
        <i class="material-icons expand-more">&#xE5C5;</i>
      </button>
      <ul class="dropdown-menu hidden-sm-down" aria-labelledby="language-selector-label">
                  <li  class="current" >
            <a href="{TB_HOST}/fr/12-thes-verts" class="dropdown-item" data-iso-code="fr">Français</a>
          </li>
                  <li >
            <a href="{TB_HOST}/en/12-green-teas" class="dropdown-item" data-iso-code="en">English</a>
          </li>
              </ul>
      <select class="link hidden-md-up" aria-labelledby="language-selector-label">
                  <option value="{TB_HOST}/fr/12-thes-verts" selected="selected" data-iso-code="fr">
            Français
          </option>
                  <option value="{TB_HOST}/en/12-green-teas" data-iso-code="en">
            English
          </option>
              </select>
    </div>
  </div>
</div>
<div id="_desktop_user_info">
  <div class="user-info">
          <a
        href="/fr/mon-compte"
        title="Identifiez-vous"
        rel="nofollow"
      >
        <i class="material-icons">&#xE7FF;</i>
        <span class="hidden-sm-down">Connexion</span>
      </a>
      </div>
</div>
<div id="_desktop_cart">
  <div class="blockcart cart-preview inactive" data-refresh-url="//www.latheierebleue.fr/fr/module/ps_shoppingcart/ajax">
    <div class="header">
              <i class="material-icons shopping-cart" aria-hidden="true">shopping_cart</i>
        <span class="hidden-sm-down">Panier</span>
        <span class="cart-products-count">(0)</span>
          </div>
  </div>
</div>

          </div>
        </div>
        <div class="hidden-md-up text-sm-center mobile">
          <div class="float-xs-left" id="menu-icon">
            <i class="material-icons d-inline">&#xE5D2;</i>
          </div>
          <div class="float-xs-right" id="_mobile_cart"></div>
          <div class="float-xs-right" id="_mobile_user_info"></div>
          <div class="top-logo" id="_mobile_logo"></div>
          <div class="clearfix"></div>
        </div>
      </div>
    </div>
  </nav>



  <div class="header-top">
    <div class="container">
       <div class="row">
        <div class="col-md-2 hidden-sm-down" id="_desktop_logo">


  <a href="/fr/">
    <img
      class="logo img-fluid"
      src="/img/logo-1709214512.jpg"
      alt="La Théière Bleue"
      width="220"
      height="74">
  </a>

        </div>
        <div class="header-top-right col-md-10 col-sm-12 position-static">


<div class="menu js-top-menu position-static hidden-sm-down" id="_desktop_top_menu">

          <ul class="top-menu" id="top-menu" data-depth="0">
{_tb_top_menu()}
              </ul>

    <div class="clearfix"></div>
</div>
<div id="search_widget" class="search-widgets" data-search-controller-url="//www.latheierebleue.fr/fr/recherche">
  <form method="get" action="//www.latheierebleue.fr/fr/recherche">
    <input type="hidden" name="controller" value="search">
    <i class="material-icons search" aria-hidden="true">search</i>
    <input type="text" name="s" value="" placeholder="Rechercher dans le catalogue" aria-label="Rechercher">
    <i class="material-icons clear" aria-hidden="true">clear</i>
  </form>
</div>

        </div>
      </div>
      <div id="mobile_top_menu_wrapper" class="row hidden-md-up" style="display:none;">
        <div class="js-top-menu mobile" id="_mobile_top_menu"></div>
        <div class="js-top-menu-bottom">
          <div id="_mobile_currency_selector"></div>
          <div id="_mobile_language_selector"></div>
          <div id="_mobile_contact_link"></div>
        </div>
      </div>
    </div>
  </div>


        </header>



<aside id="notifications">
  <div class="notifications-container container">



  </div>
</aside>



      <section id="wrapper">



        <div class="container">

            <nav data-depth="3" class="breadcrumb">
  <ol>

            <li>
                  <a href="/fr/"><span>Accueil</span></a>
              </li>
              <li>
                  <a href="/fr/3-thes"><span>Thés</span></a>
              </li>
              <li>
                  <span>Thés verts</span>
              </li>

  </ol>
</nav>


          <div class="row">

            <div id="left-column" class="col-xs-12 col-md-4 col-lg-3">



<div class="block-categories">
  <ul class="category-top-menu">
    <li><a class="text-uppercase h6" href="/fr/3-thes">Thés</a></li>
    <li>
  <ul class="category-sub-menu">
{category_tree}
  </ul></li>
  </ul>
</div>
<div id="search_filters_wrapper" class="hidden-sm-down">
  <div id="search_filter_controls" class="hidden-md-up">
      <span id="_mobile_search_filters_clear_all"></span>
      <button class="btn btn-secondary ok">
        <i class="material-icons rtl-no-flip">&#xE876;</i>
        OK
      </button>
  </div>
    <div id="search_filters">



      <p class="text-uppercase h6 hidden-sm-down">Filtrer par</p>



{_tb_facets()}
      </div>

</div>

            </div>




  <div id="content-wrapper" class="js-content-wrapper left-column col-xs-12 col-md-8 col-lg-9">



  <section id="main">


    {header}




    <section id="products">



          <div id="js-product-list-top" class="row products-selection">
  <div class="col-lg-5 hidden-sm-down total-products">
          <p>Il y a {count} produits.</p>
      </div>
  <div class="col-lg-7">
    <div class="row sort-by-row">

        <span class="col-sm-3 col-md-5 hidden-sm-down sort-by">Trier par :</span>
<div class="col-xs-8 col-sm-7 col-md-9 products-sort-order dropdown">
  <button
    class="btn-unstyle select-title"
    rel="nofollow"
    data-toggle="dropdown"
    aria-label="Trier par sélection"
    aria-haspopup="true"
    aria-expanded="false">
    Pertinence    <i class="material-icons float-xs-right">arrow_drop_down</i>
  </button>
  <div class="dropdown-menu">
{sorts}
      </div>
</div>


              <div class="col-xs-4 col-sm-3 hidden-md-up filter-button">
          <button id="search_filter_toggler" class="btn btn-secondary js-search-toggler">
            Filtrer
          </button>
        </div>
          </div>
  </div>
  <div class="col-sm-12 hidden-md-up text-sm-center showing">
    Affichage {first}-{last} de {count} article(s)
  </div>
</div>




          <div class="hidden-sm-down">
            <section id="js-active-search-filters" class="hide">

    <p class="h6 hidden-xs-up">Filtres actifs</p>


  </section>

          </div>




          <div id="js-product-list">
  <div class="products row">{minis}</div>


    {_tb_pager(number, total, first, last, count)}


  <div class="hidden-md-up text-xs-right up">
    <a href="#header" class="btn btn-secondary">
      Retour en haut
      <i class="material-icons">&#xE316;</i>
    </a>
  </div>
</div>




          <div id="js-product-list-bottom"></div>



    </section>

    {footer}



  </section>


  </div>




          </div>

        </div>

      </section>

      <footer id="footer" class="js-footer">


  <div class="container">
  <div class="row">

  <div class="block_newsletter col-lg-8 col-md-12 col-sm-12" id="blockEmailSubscription_displayFooterBefore">
  <div class="row">
    <p id="block-newsletter-label" class="col-md-5 col-xs-12">Recevez nos offres spéciales</p>
    <div class="col-md-7 col-xs-12">
      <form action="{TB_HOST}/fr/12-thes-verts#blockEmailSubscription_displayFooterBefore" method="post">
        <div class="row">
          <div class="col-xs-12">
            <input
              class="btn btn-primary float-xs-right hidden-xs-down"
              name="submitNewsletter"
              type="submit"
              value="S’abonner"
            >
            <input
              class="btn btn-primary float-xs-right hidden-sm-up"
              name="submitNewsletter"
              type="submit"
              value="OK"
            >
            <div class="input-wrapper">
              <input
                name="email"
                type="email"
                value=""
                placeholder="Votre adresse e-mail"
                aria-labelledby="block-newsletter-label"
                required
              >
            </div>
            <input type="hidden" name="blockHookName" value="displayFooterBefore" />
            <input type="hidden" name="action" value="0">
            <div class="clearfix"></div>
          </div>
          <div class="col-xs-12">
                              <p>Vous pouvez vous désinscrire à tout moment. Vous trouverez pour cela nos informations de contact dans les conditions d'utilisation du site.</p>
                                                          </div>
        </div>
      </form>
    </div>
  </div>
</div>


  <div class="block-social col-lg-4 col-md-12 col-sm-12">
    <ul>
              <li class="facebook"><a href="https://www.facebook.com/latheierebleue" target="_blank" rel="noopener noreferrer">Facebook</a></li>
              <li class="instagram"><a href="https://www.instagram.com/latheierebleue" target="_blank" rel="noopener noreferrer">Instagram</a></li>
          </ul>
  </div>


  </div>
</div>
<div class="footer-container">
  <div class="container">
    <div class="row">

      <div class="col-md-6 links">
  <div class="row">
      <div class="col-md-6 wrapper">
      <p class="h3 hidden-sm-down">Produits</p>
      <div class="title clearfix hidden-md-up" data-target="#footer_sub_menu_1" data-toggle="collapse">
        <span class="h3">Produits</span>
        <span class="float-xs-right">
          <span class="navbar-toggler collapse-icons">
            <i class="material-icons add">&#xE313;</i>
            <i class="material-icons remove">&#xE316;</i>
          </span>
        </span>
      </div>
      <ul id="footer_sub_menu_1" class="collapse">
                  <li>
            <a id="link-product-page-prices-drop-1" class="cms-page-link" href="/fr/promotions" title="Nos produits en promotion">Promotions</a>
          </li>
                  <li>
            <a id="link-product-page-new-products-1" class="cms-page-link" href="/fr/nouveaux-produits" title="Nos nouveaux produits">Nouveaux produits</a>
          </li>
                  <li>
            <a id="link-product-page-best-sales-1" class="cms-page-link" href="/fr/meilleures-ventes" title="Nos meilleures ventes">Meilleures ventes</a>
          </li>
              </ul>
    </div>
      <div class="col-md-6 wrapper">
      <p class="h3 hidden-sm-down">Notre société</p>
      <div class="title clearfix hidden-md-up" data-target="#footer_sub_menu_2" data-toggle="collapse">
        <span class="h3">Notre société</span>
        <span class="float-xs-right">
          <span class="navbar-toggler collapse-icons">
            <i class="material-icons add">&#xE313;</i>
            <i class="material-icons remove">&#xE316;</i>
          </span>
        </span>
      </div>
      <ul id="footer_sub_menu_2" class="collapse">
                  <li>
            <a id="link-cms-page-1-2" class="cms-page-link" href="/fr/content/1-livraison" title="Nos conditions de livraison">Livraison</a>
          </li>
                  <li>
            <a id="link-cms-page-2-2" class="cms-page-link" href="/fr/content/2-mentions-legales" title="Mentions légales">Mentions légales</a>
          </li>
                  <li>
            <a id="link-cms-page-3-2" class="cms-page-link" href="/fr/content/3-conditions-generales-de-vente" title="Nos conditions générales de vente">Conditions générales de vente</a>
          </li>
                  <li>
            <a id="link-cms-page-4-2" class="cms-page-link" href="/fr/content/4-a-propos" title="En savoir plus sur notre entreprise">A propos</a>
          </li>
                  <li>
            <a id="link-cms-page-5-2" class="cms-page-link" href="/fr/content/5-paiement-securise" title="Notre méthode de paiement sécurisé">Paiement sécurisé</a>
          </li>
                  <li>
            <a id="link-static-page-contact-2" class="cms-page-link" href="/fr/nous-contacter" title="Utiliser le formulaire pour nous contacter">Contactez-nous</a>
          </li>
                  <li>
            <a id="link-static-page-sitemap-2" class="cms-page-link" href="/fr/plan-site" title="Vous êtes perdu ? Trouvez ce que vous cherchez">Plan du site</a>
          </li>
                  <li>
            <a id="link-static-page-stores-2" class="cms-page-link" href="/fr/magasins" title="">Magasins</a>
          </li>
              </ul>
    </div>
    </div>
</div>
<div id="block_myaccount_infos" class="col-md-3 links wrapper">
  <p class="h3 myaccount-title hidden-sm-down">
    <a class="text-uppercase" href="/fr/mon-compte" rel="nofollow">
      Votre compte
    </a>
  </p>
  <div class="title clearfix hidden-md-up" data-target="#footer_account_list" data-toggle="collapse">
    <span class="h3">Votre compte</span>
    <span class="float-xs-right">
      <span class="navbar-toggler collapse-icons">
        <i class="material-icons add">&#xE313;</i>
        <i class="material-icons remove">&#xE316;</i>
      </span>
    </span>
  </div>
  <ul class="account-list collapse" id="footer_account_list">
            <li><a href="/fr/suivi-commande-invite" title="Suivi de commande" rel="nofollow">Suivi de commande</a></li>
        <li><a href="/fr/mon-compte" title="Identifiez-vous" rel="nofollow">Connexion</a></li>
        <li><a href="/fr/inscription" title="Créer un compte" rel="nofollow">Créer un compte</a></li>

	</ul>
</div>

<div class="block-contact col-md-3 links wrapper">
  <div class="title clearfix hidden-md-up" data-target="#contact-infos" data-toggle="collapse">
    <span class="h3">Informations</span>
    <span class="float-xs-right">
      <span class="navbar-toggler collapse-icons">
        <i class="material-icons add">&#xE313;</i>
        <i class="material-icons remove">&#xE316;</i>
      </span>
    </span>
  </div>

  <p class="h4 text-uppercase block-contact-title hidden-sm-down">Informations</p>
  <div id="contact-infos" class="collapse">
    La Théière Bleue<br />14 rue de la Fosse<br />44000 Nantes<br />France
          <br>
                Appelez-nous : <span>02 40 12 34 56</span>
                  <br>
                Écrivez-nous : <a href="mailto:bonjour@latheierebleue.fr" >bonjour@latheierebleue.fr</a>
        </div>
</div>


    </div>
    <div class="row">

    </div>
    <div class="row">
      <div class="col-md-12">
        <p class="text-sm-center">

            <a href="https://www.prestashop-project.org/" target="_blank" rel="noopener noreferrer nofollow">
              © 2025 - Logiciel e-commerce par PrestaShop™
            </a>

        </p>
      </div>
    </div>
  </div>
</div>


      </footer>

    </main>


        <script type="text/javascript" src="/themes/classic/assets/cache/bottom-5d0e7c1.js" ></script>




<script type="text/javascript">
  document.addEventListener('DOMContentLoaded', function() {{
    gtag("event", "view_item_list", {json.dumps({"send_to": "G-7QK2M5XN3R", "item_list_id": "category", "item_list_name": "Thés verts", "items": [{"item_id": p[1], "item_name": p[0], "affiliation": "La Théière Bleue", "index": i, "price": p[4], "quantity": 1, "item_category": "Thés verts"} for i, p in enumerate(products)]}, ensure_ascii=False)});
  }});
</script>



  </body>

</html>"""


@twentyfifth_a
def build_theiere_bleue() -> None:
    s = Site(
        "theiere-bleue",
        kind="product grid (PrestaShop 8.1 classic theme, French: div.js-product > article.product-miniature.js-product-miniature[data-id-product][data-id-product-attribute], picture webp source + img alt with the full name, 'Aperçu rapide', h2.product-title link cut to 30 characters with '...', span.regular-price '22,90 €' + '-20%' / '-1,50 €' then span.price '18,32 €', empty productcomments placeholders, ul.product-flags 'Nouveau' / '-20%' / 'Rupture de stock' / 'En ligne uniquement'; ps_facetedsearch sidebar with '(11)' magnitudes and a price slider; category header and additional description on page 1 only; nav.pagination 'Affichage 13-24 de 30 article(s)', rel prev / nofollow / next js-search-link anchors 'Précédent' / 'Suivant', ?page=N)",
        start="fr/12-thes-verts/",
        description="A French loose-tea shop on PrestaShop 8.1 with the stock classic theme, category 'Thés verts' (latheierebleue.fr/fr/12-thes-verts, then ?page=2 and ?page=3), as served to a visitor in 2024–25: the head with the theme's cached CSS, canonical, hreflang fr / en alternates, rel prev / next, the Organization / WebPage / BreadcrumbList JSON-LD and the classic theme's ItemList JSON-LD (0-based positions, absolute product URLs), the inline 'var prestashop = {…}' settings object, gtag GA4 and an Axeptio consent snippet; header.banner 'Livraison offerte…', nav.header-nav ('Appelez-nous', language selector Français / English, 'Connexion', 'Panier (0)'), logo, ps_mainmenu top menu with sub-menus, 'Rechercher dans le catalogue'; nav.breadcrumb Accueil / Thés / Thés verts; left column: block-categories tree and ps_facetedsearch #search_filters 'Filtrer par' (Disponibilité, Sélections, Prix slider with data-slider-specifications JSON, Origine, Agriculture, Poids: checkbox labels with js-search-link anchors to ?q=… and span.magnitude '(11)'); div#js-product-list-header with div.block-category (h1 'Thés verts', description, cover picture) on page 1 only, empty on pages 2 and 3 (PrestaShop shows the category header only when items_shown_from is 1, so those pages have no h1); div#js-product-list-top 'Il y a 30 produits.', 'Trier par :' dropdown of js-search-link sort anchors, 'Affichage 1-12 de 30 article(s)'; div#js-product-list > div.products.row of div.js-product.product.col-xs-12.col-sm-6.col-xl-4 > article.product-miniature.js-product-miniature[data-id-product][data-id-product-attribute]: div.thumbnail-top (a.thumbnail.product-thumbnail > picture with a webp source and img[alt = full name][loading=lazy][data-full-size-image-url], div.highlighted-informations.no-variants with a.quick-view 'Aperçu rapide'), div.product-description (h2.h3.product-title > a[content] with the name cut by Smarty's truncate:30 at a word boundary + '...', div.product-price-and-shipping with span.regular-price[aria-label='Prix de base'] + span.discount-percentage '-20%' or span.discount-amount '-1,50 €' on discounted teas, then span.price[aria-label=Prix] '18,32 €' in whitespace — fr-FR CLDR format with a no-break space before €; the productcomments div.product-list-reviews placeholder with empty grade-stars / comments-nb), ul.product-flags.js-product-flags of li.product-flag online-only / discount / new / out_of_stock ('En ligne uniquement', '-20%', 'Nouveau', 'Rupture de stock'). Product URLs /fr/thes-verts/<id>-<rewrite>.html, or /fr/thes-verts/<id>-<id_attribute>-<rewrite>.html#/21-poids-100_g for teas sold in several weights. nav.pagination: 'Affichage 13-24 de 30 article(s)' and ul.page-list with a.previous.js-search-link[rel=prev] 'Précédent' (not on page 1), numbered a[rel=nofollow].js-search-link (li.current + a.disabled on the page shown; page 1 is the bare category URL), a.next.js-search-link[rel=next] 'Suivant' (not on page 3); 'Retour en haut'; div#js-product-list-footer with the category's additional description on page 1 only; footer: ps_emailsubscription 'Recevez nos offres spéciales', social links, link lists Produits / Notre société, 'Votre compte', store information, '© 2025 - Logiciel e-commerce par PrestaShop™', and a GA4 view_item_list event with the page's products. 12 + 12 + 6 teas. Written down: title (the full name, from the image alt / JSON-LD, where the link text is cut), url (as the title link gives it, anchor included), price, currency, original_price (the regular price of discounted teas), badges (the flag labels, in order).",
    )
    pages = chunks(TB_PRODUCTS, [12, 12, 6])
    first = 1
    for number, products in enumerate(pages, 1):
        text = _tb_page(number, len(pages), products, first, len(TB_PRODUCTS))
        if number == 1:
            s.list_page("fr/12-thes-verts/index.html", text)
        else:
            s.list_page(f"fr/12-thes-verts@page={number}", text)
        first += len(products)
    for product in TB_PRODUCTS:
        name, _pid, _attr, _weight, price, regular, *_ = product
        s.expect(
            {
                "title": name,
                "url": _tb_url(product),
                "price": price,
                "currency": "EUR",
                "original_price": regular,
                "badges": [label for _kind, label in _tb_flags(product)] or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# fuzzbox-forum: MyBB 1.8 default theme, forumdisplay.php?fid=7&page=N.
# ---------------------------------------------------------------------------------------------------

FF_BBURL = "https://www.fuzzboxforum.com"
FF_FID = 7
FF_NOW = datetime(2025, 3, 15, 10, 12)
FF_LASTVISIT = datetime(2025, 3, 14, 18, 0)  # the guest's lastvisit cookie: later posts are new to them

#: username → uid (0: a deleted account, shown as plain text).
FF_USERS = {
    "Voltage_Dan": 1,
    "solderfume": 14,
    "fuzzlord_k": 36,
    "OhmsLawyer": 57,
    "GermaniumGus": 88,
    "ValveStateOfMind": 122,
    "JFETjockey": 190,
    "cap_crusader": 233,
    "bypass_true": 301,
    "Marta_B": 402,
    "ringmod_rita": 455,
    "tonestack_tom": 519,
    "Knurled_Knob": 598,
    "delay_llama": 677,
    "MuffinMan77": 741,
    "noob_pedalist": 812,
    "Pete H.": 904,
    "sparky_1983": 0,
}


class FFThread(NamedTuple):
    tid: int
    subject: str
    author: str
    replies: int
    views: int
    lastpost: str  # "YYYY-MM-DD HH:MM", board time
    lastposter: str
    icon: str | None = None
    prefix: str | None = None  # a thread prefix (displayed before the subject)
    sticky: bool = False
    closed: bool = False
    poll: bool = False
    attachments: int = 0
    ratings: tuple[int, float] = (0, 0.0)
    moved_to: int | None = None


FF_THREADS: list[FFThread] = [
    FFThread(
        3871,
        "Debugging audio probe: how to build one and how to use it",
        "solderfume",
        86,
        31550,
        "2025-02-27 20:31",
        "fuzzlord_k",
        icon="lightbulb",
        sticky=True,
        ratings=(14, 4.93),
    ),
    FFThread(
        112,
        "Read this before posting a troubleshooting thread",
        "Voltage_Dan",
        0,
        48213,
        "2021-09-02 16:15",
        "Voltage_Dan",
        icon="exclamation",
        sticky=True,
        closed=True,
    ),
    FFThread(
        4712,
        "Big Muff clone: no sound when engaged, bypass fine",
        "noob_pedalist",
        7,
        96,
        "2025-03-15 09:48",
        "solderfume",
        icon="question",
    ),
    FFThread(
        4709,
        "Tube Screamer build hums only with the 9V adapter",
        "cap_crusader",
        12,
        241,
        "2025-03-15 07:05",
        "OhmsLawyer",
        attachments=2,
    ),
    FFThread(
        4698,
        "Which diodes for a softer Klon-style clip?",
        "Marta_B",
        24,
        1388,
        "2025-03-14 19:42",
        "GermaniumGus",
        ratings=(3, 4.33),
    ),
    FFThread(
        4705,
        "Fuzz Face: transistor gets hot, bias way off",
        "tonestack_tom",
        9,
        310,
        "2025-03-14 16:20",
        "tonestack_tom",
        prefix="Solved",
    ),
    FFThread(
        4701,
        "First pedal build — kit or from scratch?",
        "delay_llama",
        41,
        2907,
        "2025-03-14 11:03",
        "bypass_true",
        poll=True,
    ),
    FFThread(
        4690,
        "PT2399 delay: repeats turn into motorboating",
        "ringmod_rita",
        18,
        733,
        "2025-03-13 22:51",
        "JFETjockey",
        icon="exclamation",
        attachments=1,
    ),
    FFThread(
        4688,
        "3PDT footswitch wiring — LED stays on in bypass",
        "MuffinMan77",
        5,
        188,
        "2025-03-13 14:37",
        "Voltage_Dan",
    ),
    FFThread(
        4676,
        "Selling my spare DS-1 and Rat boards",
        "fuzzlord_k",
        3,
        142,
        "2025-03-13 09:12",
        "fuzzlord_k",
        moved_to=4677,
    ),
    FFThread(
        4684,
        "Rat clone too quiet compared to bypass",
        "bypass_true",
        14,
        402,
        "2025-03-12 23:05",
        "ValveStateOfMind",
        icon="question",
    ),
    FFThread(
        4671,
        "Phase 90 build: LFO not sweeping, JFET matching?",
        "JFETjockey",
        33,
        1956,
        "2025-03-12 18:46",
        "ringmod_rita",
        ratings=(2, 5.0),
    ),
    FFThread(
        4680, "Ground hum only when my phone charger is plugged in", "Pete H.", 3, 121, "2025-03-12 08:30", "OhmsLawyer"
    ),
    FFThread(
        4666,
        "Germanium transistor leakage tester — worth building?",
        "GermaniumGus",
        27,
        1204,
        "2025-03-11 21:14",
        "Marta_B",
        icon="lightbulb",
    ),
    FFThread(
        4679,
        "Beginner: reading a schematic vs a vero layout",
        "noob_pedalist",
        11,
        367,
        "2025-03-11 16:58",
        "solderfume",
    ),
    FFThread(
        4659,
        "Dist+ with LED clipping farts out on the low E",
        "Knurled_Knob",
        8,
        274,
        "2025-03-10 20:33",
        "cap_crusader",
    ),
    FFThread(
        4662,
        "Wah build: pot taper reversed?",
        "tonestack_tom",
        6,
        233,
        "2025-03-10 12:07",
        "MuffinMan77",
        prefix="Solved",
    ),
    FFThread(
        4650,
        "Octave fuzz: upper octave disappears as the battery drains",
        "fuzzlord_k",
        19,
        811,
        "2025-03-09 22:40",
        "GermaniumGus",
        attachments=3,
    ),
    FFThread(
        4655,
        "Desoldering braid vs pump for pot lugs",
        "Marta_B",
        22,
        940,
        "2025-03-09 15:16",
        "delay_llama",
        ratings=(4, 3.75),
    ),
    FFThread(
        4647, "Boost pedal oscillates at full gain", "ValveStateOfMind", 10, 352, "2025-03-08 19:02", "solderfume"
    ),
    FFThread(
        4631, "Chorus clock noise audible in the wet signal", "ringmod_rita", 57, 3410, "2025-03-08 10:45", "OhmsLawyer"
    ),
    FFThread(
        4644,
        "Charge pump for 18V — MAX1044 or LT1054?",
        "OhmsLawyer",
        15,
        689,
        "2025-03-07 23:19",
        "JFETjockey",
        icon="information",
    ),
    FFThread(
        4640,
        "Klon clone: bias voltage reads 4.2V instead of 4.5V",
        "cap_crusader",
        4,
        142,
        "2025-03-07 17:55",
        "cap_crusader",
    ),
    FFThread(
        4636,
        "Pedal pops loudly when switching on",
        "delay_llama",
        29,
        1677,
        "2025-03-06 21:28",
        "Voltage_Dan",
        closed=True,
    ),
    FFThread(
        4638, "Treble booster with a 2N404: any layouts?", "GermaniumGus", 7, 215, "2025-03-06 13:40", "sparky_1983"
    ),
    FFThread(
        4627,
        "Tremolo pedal ticks with every LFO cycle",
        "JFETjockey",
        36,
        2288,
        "2025-03-05 20:11",
        "ringmod_rita",
        ratings=(5, 4.2),
    ),
    FFThread(
        4633,
        "Enclosure drilling: 125B template off by a few mm",
        "MuffinMan77",
        13,
        498,
        "2025-03-05 09:37",
        "bypass_true",
        icon="photo",
        attachments=4,
    ),
    FFThread(
        4621, "Rangemaster build is all fizz, no clean-up", "tonestack_tom", 9, 327, "2025-03-04 18:50", "GermaniumGus"
    ),
    FFThread(
        4618, "Buffer before fuzz kills the tone — why?", "bypass_true", 48, 3902, "2025-03-04 07:22", "fuzzlord_k"
    ),
    FFThread(4624, "Multimeter reads 0V on IC pin 8", "Pete H.", 2, 97, "2025-03-03 22:06", "Pete H."),
    FFThread(
        4610, "Relay bypass board clicks through the amp", "Knurled_Knob", 16, 744, "2025-03-03 12:34", "OhmsLawyer"
    ),
    FFThread(
        4602,
        "Big list of common build mistakes (add yours)",
        "solderfume",
        112,
        9871,
        "2025-03-02 20:15",
        "noob_pedalist",
        icon="thumbsup",
        ratings=(7, 4.86),
    ),
    FFThread(4606, "Fuzz Factory clone won't gate", "fuzzlord_k", 21, 1045, "2025-03-02 11:48", "JFETjockey"),
    FFThread(
        4599,
        "Using a 1590A: fitting a 9-pin IC and two jacks",
        "Marta_B",
        8,
        389,
        "2025-03-01 16:09",
        "MuffinMan77",
        attachments=1,
    ),
    FFThread(
        4595,
        "Overdrive sounds great at home, muddy at band volume",
        "ValveStateOfMind",
        26,
        1512,
        "2025-02-28 21:37",
        "delay_llama",
    ),
    FFThread(
        4591,
        "Reverse polarity protection: diode or MOSFET?",
        "OhmsLawyer",
        19,
        866,
        "2025-02-28 08:54",
        "solderfume",
        icon="lightbulb",
    ),
    FFThread(
        4588,
        "Bazz Fuss gives only a faint signal",
        "noob_pedalist",
        5,
        260,
        "2025-02-27 19:20",
        "GermaniumGus",
        prefix="Solved",
    ),
    FFThread(
        4584,
        "Compressor build squashes everything, attack pot does nothing",
        "cap_crusader",
        11,
        455,
        "2025-02-27 10:03",
        "ringmod_rita",
    ),
]

FF_ICONS = {
    "question": "Question",
    "exclamation": "Exclamation",
    "lightbulb": "Lightbulb",
    "information": "Information",
    "photo": "Photo",
    "thumbsup": "Thumbs Up",
}

FF_PER_PAGE = 15  # the board's "threads per page" setting (MyBB's default is 20)


def _ff_date(moment: datetime) -> str:
    return f"{moment:%m-%d-%Y}"


def _ff_time(moment: datetime) -> str:
    return f"{moment:%I:%M %p}"


def _ff_relative(moment: datetime) -> str:
    """MyBB 1.8's my_date('relative'): minutes / hours ago within 12 hours, Today / Yesterday, else the date."""
    diff = FF_NOW - moment
    full = f"{_ff_date(moment)}, {_ff_time(moment)}"
    if diff < timedelta(hours=1):
        minutes = int(diff.total_seconds() // 60)
        return f'<span title="{full}">{minutes} minute{"s" if minutes != 1 else ""} ago</span>'
    if diff < timedelta(hours=12):
        hours = int(diff.total_seconds() // 3600)
        return f'<span title="{full}">{hours} hour{"s" if hours != 1 else ""} ago</span>'
    if moment.date() == FF_NOW.date():
        return f'<span title="{_ff_date(moment)}">Today</span>, {_ff_time(moment)}'
    if moment.date() == (FF_NOW - timedelta(days=1)).date():
        return f'<span title="{_ff_date(moment)}">Yesterday</span>, {_ff_time(moment)}'
    return full


def _ff_profile(name: str) -> str:
    uid = FF_USERS[name]
    if not uid:
        return esc(name)
    return f'<a href="{FF_BBURL}/member.php?action=profile&amp;uid={uid}">{esc(name)}</a>'


def _ff_rating(thread: FFThread, cls: str) -> str:
    if thread.moved_to:
        return f'<td class="{cls.split(maxsplit=1)[0]}" style="text-align: center;">-</td>'
    num, avg = thread.ratings
    width = int(Decimal(str(avg)).quantize(Decimal("1"), ROUND_HALF_UP)) * 20
    shown = f"{avg:g}" if num else "0"
    votes = f"{num} Vote(s) - {shown} Average"
    return f"""<td align="center" class="{cls}" id="rating_table_{thread.tid}">
		<ul class="star_rating star_rating_notrated" id="rating_thread_{thread.tid}">
			<li style="width: {width}%" class="current_rating" id="current_rating_{thread.tid}">{votes}</li>
		</ul>
		<script type="text/javascript">
		<!--
			Rating.build_forumdisplay({thread.tid}, {{ width: '{width}', extra_class: ' star_rating_notrated', current_average: '{votes}' }});
		// -->
		</script>
	</td>"""


def _ff_row(thread: FFThread, bgcolor: str) -> str:
    lastpost = datetime.fromisoformat(thread.lastpost)
    kind = " forumdisplay_sticky" if thread.sticky else " forumdisplay_regular"
    cls = f"{bgcolor}{kind}"
    tid = thread.moved_to or thread.tid
    new = lastpost > FF_LASTVISIT and not thread.moved_to
    hot = thread.replies >= 20 or thread.views >= 150
    if thread.moved_to:
        folder, label = "movefolder", "No new posts."
    else:
        folder = ("new" if new else "") + ("hot" if hot else "") + ("lock" if thread.closed else "") + "folder"
        label = (
            ("New posts." if new else "No new posts.")
            + (" Hot thread." if hot else "")
            + (" Locked thread." if thread.closed else "")
        )
    icon = (
        f'<img src="images/icons/{thread.icon}.png" alt="{FF_ICONS[thread.icon]}" title="{FF_ICONS[thread.icon]}" />'
        if thread.icon
        else "&nbsp;"
    )
    prefix = "Moved:" if thread.moved_to else ("Poll:" if thread.poll else "")
    gotounread = (
        f'<a href="showthread.php?tid={tid}&amp;action=newpost"><img src="images/jump.png" alt="Go to first unread post" title="Go to first unread post" /></a> '
        if new
        else ""
    )
    threadprefix = (
        f'<span style="color: #2e7d32;"><strong>[{esc(thread.prefix)}]</strong></span>&nbsp;' if thread.prefix else ""
    )
    attachment = ""
    if thread.attachments:
        title = (
            "This thread contains 1 attachment."
            if thread.attachments == 1
            else f"This thread contains {thread.attachments} attachments."
        )
        attachment = f'<div class="float_right"><img src="images/paperclip.png" alt="" title="{title}" /></div>'
    multipage = ""
    posts = thread.replies + 1
    if posts > 20 and not thread.moved_to:
        pages = -(-posts // 20)
        stop = 4 if pages > 5 else pages
        links = "".join(f'<a href="showthread.php?tid={tid}&amp;page={i}">{i}</a> ' for i in range(1, stop + 1))
        more = f'... <a href="showthread.php?tid={tid}&amp;page={pages}">{pages}</a>' if pages > 5 else ""
        multipage = f' <span class="smalltext">(Pages: {links}{more})</span>'
    replies = "-" if thread.moved_to else f"{thread.replies:,}"
    views = "-" if thread.moved_to else f"{thread.views:,}"
    replies_cell = replies if thread.moved_to else f'<a href="javascript:MyBB.whoPosted({tid});">{replies}</a>'
    return f"""<tr class="inline_row">
	<td align="center" class="{cls}" width="2%"><span class="thread_status {folder}" title="{label}">&nbsp;</span></td>
	<td align="center" class="{cls}" width="2%">{icon}</td>
	<td class="{cls}">
		{attachment}
		<div>
          <span>{prefix} {gotounread}{threadprefix}<span class=" {"subject_new" if new else "subject_old"}" id="tid_{tid}"><a href="showthread.php?tid={tid}">{esc(thread.subject)}</a></span>{multipage}</span>
			<div class="author smalltext">{_ff_profile(thread.author)}</div>
		</div>
	</td>
	<td align="center" class="{cls}">{replies_cell}</td>
	<td align="center" class="{cls}">{views}</td>
	{_ff_rating(thread, cls)}
	<td class="{cls}" style="white-space: nowrap; text-align: right;">
		<span class="lastpost smalltext">{_ff_relative(lastpost)}<br />
		<a href="showthread.php?tid={tid}&amp;action=lastpost">Last Post</a>: {_ff_profile(thread.lastposter)}</span>
	</td>

</tr>"""


def _ff_href(number: int) -> str:
    return f"forumdisplay.php?fid={FF_FID}" + (f"&amp;page={number}" if number > 1 else "")


def _ff_multipage(number: int, total: int) -> str:
    parts = [f'<span class="pages">Pages ({total}):</span>']
    if number > 1:
        parts.append(f'<a href="{_ff_href(number - 1)}" class="pagination_previous">&laquo; Previous</a>')
    for page in range(1, total + 1):
        if page == number:
            parts.append(f' <span class="pagination_current">{page}</span>')
        else:
            parts.append(f'<a href="{_ff_href(page)}" class="pagination_page">{page}</a>')
    if number < total:
        parts.append(f'<a href="{_ff_href(number + 1)}" class="pagination_next">Next &raquo;</a>')
    return '<div class="pagination">\n' + "\n".join(parts) + "\n</div>"


SELECTED = ' selected="selected"'
FF_SORTURL = f"forumdisplay.php?fid={FF_FID}&amp;datecut=9999&amp;prefix=0"


def _ff_page(number: int, total: int, threads: list[FFThread]) -> str:
    rows: list[str] = []
    toggle = 0

    def bg() -> str:
        nonlocal toggle
        toggle += 1
        return "trow1" if toggle % 2 == 1 else "trow2"

    announcement_bg = bg()
    rows.append(f"""<tr>
<td class="trow_sep" colspan="7">Forum Announcements</td>
</tr><tr>
<td align="center" class="{announcement_bg} forumdisplay_announcement" width="2%"><span class="thread_status folder">&nbsp;</span></td>
<td align="center" class="{announcement_bg} forumdisplay_announcement" width="2%"><img src="images/icons/information.png" alt="Information" title="Information" /></td>
<td class="{announcement_bg} forumdisplay_announcement">
	<a href="announcements.php?aid=4" class="subject_old">Spring Build-Off 2025: entries open until April 30</a>
	<div class="author smalltext">{_ff_profile("Voltage_Dan")}</div>
</td>
<td align="center" class="{announcement_bg} forumdisplay_announcement">-</td>
<td align="center" class="{announcement_bg} forumdisplay_announcement">-</td>
<td align="center" class="{announcement_bg} forumdisplay_announcement">-</td>
<td class="{announcement_bg} forumdisplay_announcement" style="white-space: nowrap; text-align: right"><span class="smalltext">03-01-2025, 09:00 AM</span></td>

</tr>""")
    shown_sticky = False
    normal_sep = False
    for thread in threads:
        if thread.sticky and not shown_sticky:
            rows.append('<tr>\n<td class="trow_sep" colspan="7">Important Threads</td>\n</tr>')
            shown_sticky = normal_sep = True
        elif not thread.sticky and normal_sep:
            rows.append('<tr>\n<td class="trow_sep" colspan="7">Normal Threads</td>\n</tr>')
            normal_sep = False
        rows.append(_ff_row(thread, bg()))
    body = "\n".join(rows)
    multipage = _ff_multipage(number, total)
    forumjump = "\n".join(
        f'<option value="{fid}"{SELECTED if fid == FF_FID else ""}>{indent}{esc(name)}</option>'
        for fid, indent, name in [
            (1, "", "Fuzzbox Forum"),
            (2, "&nbsp; &nbsp;", "Announcements & Site News"),
            (8, "&nbsp; &nbsp;", "Introductions"),
            (3, "", "DIY Pedal Building"),
            (6, "&nbsp; &nbsp;", "Build Reports & Demos"),
            (7, "&nbsp; &nbsp;", "Build Help & Troubleshooting"),
            (9, "&nbsp; &nbsp;", "Layouts & Schematics"),
            (10, "&nbsp; &nbsp;", "Parts, Tools & Enclosures"),
            (4, "", "Gear Talk"),
            (11, "&nbsp; &nbsp;", "Pedalboards"),
            (12, "&nbsp; &nbsp;", "Amps & Guitars"),
            (5, "", "Marketplace"),
            (13, "&nbsp; &nbsp;", "For Sale / Trade"),
            (14, "&nbsp; &nbsp;", "Wanted"),
        ]
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><!-- start: forumdisplay -->
<html xml:lang="en" lang="en" xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>Fuzzbox Forum - Build Help &amp; Troubleshooting </title>
<!-- start: headerinclude -->
<link rel="alternate" type="application/rss+xml" title="Latest Threads (RSS 2.0)" href="{FF_BBURL}/syndication.php" />
<link rel="alternate" type="application/atom+xml" title="Latest Threads (Atom 1.0)" href="{FF_BBURL}/syndication.php?type=atom1.0" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="Content-Script-Type" content="text/javascript" />
<script type="text/javascript" src="{FF_BBURL}/jscripts/jquery.js?ver=1823"></script>
<script type="text/javascript" src="{FF_BBURL}/jscripts/jquery.plugins.min.js?ver=1821"></script>
<script type="text/javascript" src="{FF_BBURL}/jscripts/general.js?ver=1827"></script>

<link type="text/css" rel="stylesheet" href="{FF_BBURL}/cache/themes/theme1/global.css?t=1708976512" />
<link type="text/css" rel="stylesheet" href="{FF_BBURL}/cache/themes/theme1/css3.css?t=1708976512" />
<link type="text/css" rel="stylesheet" href="{FF_BBURL}/cache/themes/theme1/star_ratings.css?t=1708976512" />
<link type="text/css" rel="stylesheet" href="{FF_BBURL}/cache/themes/theme1/thread_status.css?t=1708976512" />

<script type="text/javascript">
<!--
	lang.unknown_error = "An unknown error has occurred.";
	lang.confirm_title = "Please Confirm";
	lang.expcol_collapse = "[-]";
	lang.expcol_expand = "[+]";
	lang.select2_match = "One result is available, press enter to select it.";
	lang.select2_matches = "{{1}} results are available, use up and down arrow keys to navigate.";
	lang.select2_nomatches = "No matches found";
	lang.select2_inputtooshort_single = "Please enter one or more character";
	lang.select2_inputtooshort_plural = "Please enter {{1}} or more characters";
	lang.select2_inputtoolong_single = "Please delete one character";
	lang.select2_inputtoolong_plural = "Please delete {{1}} characters";
	lang.select2_selectiontoobig_single = "You can only select one item";
	lang.select2_selectiontoobig_plural = "You can only select {{1}} items";
	lang.select2_loadmore = "Loading more results&hellip;";
	lang.select2_searching = "Searching&hellip;";

	var templates = {{
		modal: '<div class=\\"modal\\">\\
	<div style=\\"overflow-y: auto; max-height: 400px;\\">\\
		<table border=\\"0\\" cellspacing=\\"0\\" cellpadding=\\"5\\" class=\\"tborder\\">\\
			<tr>\\
				<td class=\\"thead\\"><strong>__title__</strong></td>\\
			</tr>\\
			<tr>\\
				<td class=\\"trow1\\">__message__</td>\\
			</tr>\\
			<tr>\\
				<td class=\\"tfoot\\">\\
					<div style=\\"text-align: center\\" class=\\"modal_buttons\\">__buttons__</div>\\
				</td>\\
			</tr>\\
		</table>\\
	</div>\\
</div>',
		modal_button: '<input type=\\"submit\\" class=\\"button\\" value=\\"__title__\\"/>&nbsp;'
	}};

	var cookieDomain = ".fuzzboxforum.com";
	var cookiePath = "/";
	var cookiePrefix = "";
	var cookieSecureFlag = "1";
	var deleteevent_confirm = "Are you sure you want to delete this event?";
	var removeattach_confirm = "Are you sure you want to remove the selected attachment from this post?";
	var loading_text = 'Loading. <br />Please Wait&hellip;';
	var saving_changes = 'Saving changes&hellip;';
	var use_xmlhttprequest = "1";
	var my_post_key = "3c9f27d1b84e6a05f2d8c71e4a9b0d63";
	var rootpath = "{FF_BBURL}";
	var imagepath = "{FF_BBURL}/images";
	var yes_confirm = "Yes";
	var no_confirm = "No";
	var MyBBEditor = null;
	var spinner_image = "{FF_BBURL}/images/spinner.gif";
	var spinner = "<img src='" + spinner_image +"' alt='' />";
	var modal_zindex = 9999;
// -->
</script>
<!-- end: headerinclude -->
<!-- start: forumdisplay_rssdiscovery -->
<link rel="alternate" type="application/rss+xml" title="Latest Threads in Build Help &amp; Troubleshooting (RSS 2.0)" href="{FF_BBURL}/syndication.php?fid={FF_FID}" />
<link rel="alternate" type="application/atom+xml" title="Latest Threads in Build Help &amp; Troubleshooting (Atom 1.0)" href="{FF_BBURL}/syndication.php?type=atom1.0&amp;fid={FF_FID}" />
<!-- end: forumdisplay_rssdiscovery -->
<script type="text/javascript">
<!--
	lang.no_new_posts = "Forum Contains No New Posts";
	lang.click_mark_read = "Click to mark this forum as read";
	lang.inline_edit_description = "(Click and hold to edit)";
	lang.post_fetch_error = "There was an error fetching the posts.";
// -->
</script>
<!-- jeditable (jquery) -->
<script type="text/javascript" src="{FF_BBURL}/jscripts/report.js?ver=1820"></script>
<script src="{FF_BBURL}/jscripts/jeditable/jeditable.min.js"></script>
<script type="text/javascript" src="{FF_BBURL}/jscripts/inline_edit.js?ver=1821"></script>
<!-- start: forumdisplay_threadlist_rating -->
<script type="text/javascript" src="{FF_BBURL}/jscripts/rating.js?ver=1821"></script>
<script type="text/javascript">
<!--
	lang.stars = new Array();
	lang.stars[1] = "1 star out of 5";
	lang.stars[2] = "2 stars out of 5";
	lang.stars[3] = "3 stars out of 5";
	lang.stars[4] = "4 stars out of 5";
	lang.stars[5] = "5 stars out of 5";
	lang.ratings_update_error = "There was an error updating the rating.";
// -->
</script>
<!-- end: forumdisplay_threadlist_rating -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-4F2WQ8K1ZD"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-4F2WQ8K1ZD');
</script>
</head>
<body>
	<!-- start: header -->
<div id="container">
		<a name="top" id="top"></a>
		<div id="header">
			<div id="logo">
				<div class="wrapper">
					<a href="{FF_BBURL}/index.php"><img src="{FF_BBURL}/images/fuzzbox-logo.png" alt="Fuzzbox Forum" title="Fuzzbox Forum" /></a>
					<ul class="menu top_links">
						<!-- start: header_menu_portal -->
<li><a href="{FF_BBURL}/portal.php" class="portal">Portal</a></li>
<!-- end: header_menu_portal -->
						<!-- start: header_menu_search -->
<li><a href="{FF_BBURL}/search.php" class="search">Search</a></li>
<!-- end: header_menu_search -->
						<!-- start: header_menu_memberlist -->
<li><a href="{FF_BBURL}/memberlist.php" class="memberlist">Member List</a></li>
<!-- end: header_menu_memberlist -->
						<!-- start: header_menu_calendar -->
<li><a href="{FF_BBURL}/calendar.php" class="calendar">Calendar</a></li>
<!-- end: header_menu_calendar -->
						<li><a href="{FF_BBURL}/misc.php?action=help" class="help">Help</a></li>
					</ul>
				</div>
			</div>
			<div id="panel">
				<div class="upper">
					<div class="wrapper">
						<!-- start: header_quicksearch -->
						<form action="{FF_BBURL}/search.php">
						<fieldset id="search">
							<input name="keywords" type="text" class="textbox" />
							<input value="Search" type="submit" class="button" />
							<input type="hidden" name="action" value="do_search" />
							<input type="hidden" name="postthread" value="1" />
						</fieldset>
						</form>
<!-- end: header_quicksearch -->
						<!-- start: header_welcomeblock_guest -->
						<!-- Continuation of div(class="upper") as opened in the header template -->
						<span class="welcome">Hello There, Guest! <a href="{FF_BBURL}/member.php?action=login" onclick="$('#quick_login').modal({{ fadeDuration: 250, keepelement: true, zIndex: (typeof modal_zindex !== 'undefined' ? modal_zindex : 9999) }}); return false;" class="login">Login</a> <a href="{FF_BBURL}/member.php?action=register" class="register">Register</a></span>
					</div>
				</div>
				<div class="modal" id="quick_login" style="display: none;">
					<form method="post" action="{FF_BBURL}/member.php">
						<input name="action" type="hidden" value="do_login" />
						<input name="url" type="hidden" value="" />
						<input name="quick_login" type="hidden" value="1" />
						<input name="my_post_key" type="hidden" value="3c9f27d1b84e6a05f2d8c71e4a9b0d63" />
						<table width="100%" cellspacing="0" cellpadding="5" border="0" class="tborder">
							<tr>
								<td class="thead" colspan="2"><strong>Login</strong></td>
							</tr>
							<!-- start: loginbox -->
<tr>
	<td class="trow1" width="25%"><strong>Username/Email:</strong></td>
	<td class="trow1"><input name="quick_username" id="quick_login_username" type="text" value="" class="textbox initial_focus" /></td>
</tr>
<tr>
	<td class="trow2"><strong>Password:</strong></td>
	<td class="trow2">
		<input name="quick_password" id="quick_login_password" type="password" value="" class="textbox" /><br />
		<a href="{FF_BBURL}/member.php?action=lostpw" class="lost_password">Lost Password?</a>
	</td>
</tr>
<tr>
	<td class="trow1">&nbsp;</td>
	<td class="trow1 remember_me">
		<input name="quick_remember" id="quick_login_remember" type="checkbox" value="yes" class="checkbox" checked="checked" />
		<label for="quick_login_remember">Remember me</label>
	</td>
</tr>
<tr>
	<td class="trow2" colspan="2">
		<div align="center"><input name="submit" type="submit" class="button" value="Login" /></div>
	</td>
</tr>
<!-- end: loginbox -->
						</table>
					</form>
				</div>
				<script type="text/javascript">
					$("#quick_login input[name='url']").val($(location).attr('href'));
				</script>
<!-- end: header_welcomeblock_guest -->
					<!-- </div> in header_welcomeblock_member and header_welcomeblock_guest -->
				<!-- </div> in header_welcomeblock_member and header_welcomeblock_guest -->
			</div>
		</div>
		<div id="content">
			<div class="wrapper">
				<div class="myadvertisements_zone_1" style="text-align: center; margin-bottom: 10px;">
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-7493021856412097" crossorigin="anonymous"></script>
<ins class="adsbygoogle" style="display:inline-block;width:728px;height:90px" data-ad-client="ca-pub-7493021856412097" data-ad-slot="3318640152"></ins>
<script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script>
</div>
				<!-- start: nav -->

<div class="navigation">
<!-- start: nav_bit -->
<a href="{FF_BBURL}/index.php">Fuzzbox Forum</a><!-- start: nav_sep -->
&rsaquo;
<!-- end: nav_sep -->
<!-- end: nav_bit --><!-- start: nav_bit -->
<a href="forumdisplay.php?fid=3">DIY Pedal Building</a>
<!-- end: nav_bit --><!-- start: nav_sep_active -->
<br /><img src="images/nav_bit.png" alt="" />
<!-- end: nav_sep_active --><!-- start: nav_bit_active -->
<span class="active">Build Help &amp; Troubleshooting</span>
<!-- end: nav_bit_active -->
</div>
<!-- end: nav -->
				<br />
<!-- end: header -->


<!-- start: forumdisplay_threadlist -->
<div class="float_left">
	<!-- start: multipage -->
{multipage}
<!-- end: multipage -->
</div>
<div class="float_right">
	<!-- start: forumdisplay_newthread -->
<a href="newthread.php?fid={FF_FID}" class="button new_thread_button"><span>Post Thread</span></a>
<!-- end: forumdisplay_newthread -->
</div>
<table border="0" cellspacing="0" cellpadding="5" class="tborder clear">
	<tr>
		<td class="thead" colspan="7">
			<div class="float_right">
				<span class="smalltext"><strong><a href="misc.php?action=markread&amp;fid={FF_FID}">Mark Read</a></strong></span>
			</div>
			<div>
				<strong>Build Help &amp; Troubleshooting</strong>
			</div>
		</td>
	</tr>
	<tr>
		<td class="tcat" colspan="3" width="66%"><span class="smalltext"><strong><a href="{FF_SORTURL}&amp;sortby=subject&amp;order=asc">Thread</a>  / <a href="{FF_SORTURL}&amp;sortby=starter&amp;order=asc">Author</a> </strong></span></td>
		<td class="tcat" align="center" width="7%"><span class="smalltext"><strong><a href="{FF_SORTURL}&amp;sortby=replies&amp;order=desc">Replies</a> </strong></span></td>
		<td class="tcat" align="center" width="7%"><span class="smalltext"><strong><a href="{FF_SORTURL}&amp;sortby=views&amp;order=desc">Views</a> </strong></span></td>
		<!-- start: forumdisplay_threadlist_rating -->
<td class="tcat" align="center" width="80"><span class="smalltext"><strong><a href="{FF_SORTURL}&amp;sortby=rating&amp;order=desc">Rating</a> </strong></span></td>
<!-- end: forumdisplay_threadlist_rating -->
		<td class="tcat" align="right" width="20%"><span class="smalltext"><strong><a href="{FF_SORTURL}&amp;sortby=lastpost&amp;order=desc">Last Post</a> <!-- start: forumdisplay_orderarrow -->
<span class="smalltext">[<a href="{FF_SORTURL}&amp;sortby=lastpost&amp;order=asc">asc</a>]</span>
<!-- end: forumdisplay_orderarrow --></strong></span></td>

	</tr>

{body}

	<tr>
		<td class="tfoot" align="right" colspan="7">
			<form action="forumdisplay.php" method="get">
				<input type="hidden" name="fid" value="{FF_FID}" />
				<select name="sortby">
					<option value="subject">Sort by: Subject</option>
					<option value="lastpost" selected="selected">Sort by: Last Post</option>
					<option value="starter">Sort by: Author</option>
					<option value="started">Sort by: Creation Time</option>
					<option value="rating">Sort by: Rating</option>
					<option value="replies">Sort by: Replies</option>
					<option value="views">Sort by: Views</option>
				</select>
				<select name="order">
					<option value="asc">Order: Ascending</option>
					<option value="desc" selected="selected">Order: Descending</option>
				</select>
				<select name="datecut">
					<option value="1">From: Today</option>
					<option value="5">From: 5 Days Ago</option>
					<option value="10">From: 10 Days Ago</option>
					<option value="20">From: 20 Days Ago</option>
					<option value="50">From: 50 Days Ago</option>
					<option value="75">From: 75 Days Ago</option>
					<option value="100">From: 100 Days Ago</option>
					<option value="365">From: The Last Year</option>
					<option value="9999" selected="selected">From: The Beginning</option>
				</select>
				<!-- start: gobutton -->
<input type="submit" class="button" value="Go" />
<!-- end: gobutton -->
			</form>
		</td>
	</tr>
</table>
<div class="float_left">
	<!-- start: multipage -->
{multipage}
<!-- end: multipage -->
</div>
<div class="float_right" style="margin-top: 4px;">
	<!-- start: forumdisplay_newthread -->
<a href="newthread.php?fid={FF_FID}" class="button new_thread_button"><span>Post Thread</span></a>
<!-- end: forumdisplay_newthread -->
</div>
<br class="clear" />
<br />
<div class="float_left">
	<div class="float_left">
		<dl class="thread_legend smalltext">
			<dd><span class="thread_status newfolder" title="New Posts">&nbsp;</span> New Posts</dd>
			<dd><span class="thread_status newhotfolder" title="Hot Thread (New)">&nbsp;</span> Hot Thread (New)</dd>
			<dd><span class="thread_status hotfolder" title="Hot Thread (No New)">&nbsp;</span> Hot Thread (No New)</dd>
		</dl>
	</div>
	<div class="float_left">
		<dl class="thread_legend smalltext">
			<dd><span class="thread_status folder" title="No New Posts">&nbsp;</span> No New Posts</dd>
			<dd><span class="thread_status dot_folder" title="Contains Posts by You">&nbsp;</span> Contains Posts by You</dd>
			<dd><span class="thread_status lockfolder" title="Locked Thread">&nbsp;</span> Locked Thread</dd>
		</dl>
	</div>
	<br class="clear" />
</div>
<div class="float_right" style="text-align: right;">

	<!-- start: forumdisplay_searchforum -->
<form action="search.php">
	<span class="smalltext"><strong>Search this Forum:</strong></span>
	<input type="text" class="textbox" name="keywords" /> <!-- start: gobutton -->
<input type="submit" class="button" value="Go" />
<!-- end: gobutton -->
	<input type="hidden" name="action" value="do_search" />
	<input type="hidden" name="forums" value="{FF_FID}" />
	<input type="hidden" name="postthread" value="1" />
</form><br />
<!-- end: forumdisplay_searchforum -->
	<!-- start: forumjump_advanced -->
<form action="forumdisplay.php" method="get">
<span class="smalltext"><strong>Forum Jump:</strong></span>
<select name="fid" class="forumjump">
<option value="-4">Private Messages</option>
<option value="-3">User Control Panel</option>
<option value="-5">Who's Online</option>
<option value="-2">Search</option>
<option value="-1">Forum Home</option>
{forumjump}
</select>
<!-- start: gobutton -->
<input type="submit" class="button" value="Go" />
<!-- end: gobutton -->
</form>
<script type="text/javascript">
$(".forumjump").on('change', function() {{
	var option = $(this).val();

	if(option < 0)
	{{
		window.location = 'forumdisplay.php?fid='+option;
	}}
	else
	{{
		window.location = 'forumdisplay.php?fid='+option;
	}}
}});
</script>
<!-- end: forumjump_advanced -->
</div>
<br class="clear" />
<!-- start: forumdisplay_threadlist_inlineedit_js -->
<script type="text/javascript">
<!--
	if(use_xmlhttprequest == "1")
	{{
		$(function() {{ inlineEditor.init(); }});
	}}
// -->
</script>
<!-- end: forumdisplay_threadlist_inlineedit_js -->
<!-- end: forumdisplay_threadlist -->
<br />
<!-- start: forumdisplay_usersbrowsing -->
<span class="smalltext">Users browsing this forum: 3 Guest(s)</span><br />
<!-- end: forumdisplay_usersbrowsing -->
<!-- start: footer -->

	</div>
</div>
<div id="footer">
	<div class="upper">
		<div class="wrapper">
			<!-- start: footer_languageselect -->
<div class="language">
<form method="POST" action="/forumdisplay.php" id="lang_select">
	<input type="hidden" name="fid" value="{FF_FID}" />
	<input type="hidden" name="my_post_key" value="3c9f27d1b84e6a05f2d8c71e4a9b0d63" />
	<select name="language" onchange="MyBB.changeLanguage();">
		<optgroup label="Quick Language Select">
			<option value="english" selected="selected">&nbsp;&nbsp;&nbsp;English (American)</option>
			<option value="deutsch_du">&nbsp;&nbsp;&nbsp;Deutsch</option>
		</optgroup>
	</select>
	<!-- start: gobutton -->
<input type="submit" class="button" value="Go" />
<!-- end: gobutton -->
</form>
</div>
<!-- end: footer_languageselect -->
			<ul class="menu bottom_links">
				<!-- start: footer_contactus -->
<li><a href="{FF_BBURL}/contact.php">Contact Us</a></li>
<!-- end: footer_contactus -->
				<li><a href="https://www.fuzzboxforum.com/">Fuzzbox Forum</a></li>
				<li><a href="#top">Return to Top</a></li>
				<li><a href="{FF_BBURL}/archive/index.php?forum-{FF_FID}.html">Lite (Archive) Mode</a></li>
				<li><a href="{FF_BBURL}/misc.php?action=markread">Mark all forums read</a></li>
				<li><a href="{FF_BBURL}/misc.php?action=syndication">RSS Syndication</a></li>
			</ul>
		</div>
	</div>
	<div class="lower">
		<div class="wrapper">
			<span id="current_time"><strong>Current time:</strong> {_ff_date(FF_NOW)}, {_ff_time(FF_NOW)}</span>
			<span id="copyright">
				<!-- MyBB is free software developed and maintained by a volunteer community.
					It would be much appreciated by the MyBB Group if you left the full copyright and "powered by" notice intact,
					to show your support for MyBB.  If you choose to remove or modify the copyright below,
					you may be refused support on the MyBB Community Forums.

					This is free software, support us and we'll support you. -->
				Powered By <a href="https://mybb.com" target="_blank" rel="noopener">MyBB</a>, &copy; 2002-2025 <a href="https://mybb.com" target="_blank" rel="noopener">MyBB Group</a>.
				<!-- End powered by -->
			</span>
		</div>
	</div>
</div>
<!-- The following piece of code allows MyBB to run scheduled tasks. DO NOT REMOVE --><!-- End task image code -->

</div>
<!-- end: footer -->
</body>
</html>
<!-- end: forumdisplay -->"""


@twentyfifth_a
def build_fuzzbox_forum() -> None:
    s = Site(
        "fuzzbox-forum",
        kind="forum thread list (MyBB 1.8 default theme forumdisplay.php: one table.tborder of tr.inline_row rows with thread_status folder spans, post-icon cells, span.subject_new / subject_old > a to showthread.php?tid=N, '[Solved]' thread prefixes, 'Poll:' / 'Moved:' prefixes, in-row '(Pages: 1 2 3)' mini pagers, author links in div.author, whoPosted reply links, views, star-rating cells, lastpost cells '03-12-2025, 11:05 PM' / 'Yesterday, 07:42 PM' / '3 hours ago' + 'Last Post: name'; a Forum Announcements row on every page and 'Important Threads' / 'Normal Threads' separator rows on page 1; div.pagination 'Pages (3):' with pagination_current / pagination_page / pagination_next 'Next »' over &page=N)",
        start=f"forumdisplay.php?fid={FF_FID}",
        description=f"A guitar-pedal DIY forum on MyBB 1.8.38 with the default theme, forum 'Build Help & Troubleshooting' (fuzzboxforum.com/forumdisplay.php?fid={FF_FID}, then &page=2 and &page=3) as a guest sees it in March 2025: MyBB's XHTML 1.0 document with the template start/end comments left on, headerinclude (RSS / Atom links, jquery / general.js, theme1 cached CSS, the lang / templates / cookie settings script), the forum's RSS discovery links, rating.js and inline_edit.js, a GA4 snippet; div#container > div#header (logo, ul.menu.top_links Portal / Search / Member List / Calendar / Help, the quick search form, 'Hello There, Guest! Login Register' with the hidden quick-login modal), a MyAdvertisements AdSense zone, div.navigation breadcrumbs 'Fuzzbox Forum › DIY Pedal Building' + nav_bit.png + span.active; forumdisplay_threadlist: the multipage div.pagination above and below the table (span.pages 'Pages (3):', a.pagination_previous '« Previous' from page 2, a.pagination_page links and span.pagination_current, a.pagination_next 'Next »' until page 2; page 1 is forumdisplay.php?fid={FF_FID}, later pages forumdisplay.php?fid={FF_FID}&page=N, relative hrefs), the 'Post Thread' button, then table.tborder.clear: a td.thead with the forum name and 'Mark Read', a tcat row of sort links (Thread / Author, Replies, Views, Rating, Last Post with an [asc] order arrow), a 'Forum Announcements' td.trow_sep row and one announcement row (td.forumdisplay_announcement cells, link to announcements.php?aid=4, '-' for replies / views / rating, its date) on every page, 'Important Threads' and 'Normal Threads' trow_sep rows around the two sticky threads on page 1, and tr.inline_row thread rows with alternating trow1 / trow2 cells classed forumdisplay_sticky / forumdisplay_regular: td > span.thread_status (folder / hotfolder / newhotfolder / hotlockfolder / movefolder) with a title like 'No new posts. Hot thread.', a post-icon img (Question, Lightbulb…) or &nbsp;, the subject cell (a paperclip img titled 'This thread contains 2 attachments.' on some, 'Poll:' or 'Moved:' before the subject, a jump.png 'Go to first unread post' link on new threads, a '[Solved]' prefix span, span.subject_new / span.subject_old#tid_N > a to showthread.php?tid=N, an in-row span.smalltext '(Pages: 1 2 3)' of showthread.php?tid=N&page=N links on threads over 20 posts, '1 2 3 4 ... 6' beyond five, then div.author.smalltext with the starter's absolute member.php profile link), the replies cell as a javascript:MyBB.whoPosted(N) link ('-' on the moved thread, whose link goes to its new tid), views with thousands commas, the rating cell (ul.star_rating.star_rating_notrated > li.current_rating '3 Vote(s) - 4.33 Average' + a Rating.build_forumdisplay script), and span.lastpost.smalltext: MyBB's relative date ('24 minutes ago' / '3 hours ago' in a span titled with the full date, '<span title=03-14-2025>Yesterday</span>, 07:42 PM', else '03-12-2025, 11:05 PM'), br, 'Last Post' link to …&action=lastpost and ': ' + the last poster's profile link (plain text for a deleted account). The tfoot sort form (Sort by / Order / From selects), the thread legend, 'Search this Forum:', the Forum Jump select, 'Users browsing this forum: 3 Guest(s)', the footer (language select, bottom links, 'Current time: 03-15-2025, 10:12 AM', 'Powered By MyBB'). The board shows {FF_PER_PAGE} threads a page: 2 stickies + 13, 15, 8. The announcement is not a record. Written down: title (the subject link text, without prefixes), url, author, replies, views (both absent on the moved thread, which shows '-'), last_post_date (the ISO day; relative dates read from their title), last_poster.",
    )
    pages = chunks(FF_THREADS, [FF_PER_PAGE, FF_PER_PAGE, len(FF_THREADS) - 2 * FF_PER_PAGE])
    for number, threads in enumerate(pages, 1):
        text = _ff_page(number, len(pages), threads)
        suffix = "" if number == 1 else f"&page={number}"
        s.list_page(f"forumdisplay.php@fid={FF_FID}{suffix}", text)
    for thread in FF_THREADS:
        s.expect(
            {
                "title": thread.subject,
                "url": f"/showthread.php?tid={thread.moved_to or thread.tid}",
                "author": thread.author,
                "replies": None if thread.moved_to else thread.replies,
                "views": None if thread.moved_to else thread.views,
                "last_post_date": thread.lastpost[:10],
                "last_poster": thread.lastposter,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# tickersift: a Finviz-style stock screener, Overview view (v=111), &r=21 / &r=41 row offsets.
# ---------------------------------------------------------------------------------------------------

TS_FILTERS = "cap_small,sec_healthcare,sh_avgvol_o500"
TS_BASE = f"screener.ashx?v=111&f={TS_FILTERS}"

#: ticker | company | industry | country | market cap | P/E ('-' when none) | price | change % | volume
TS_ROWS = """
ACRV|Acurva Therapeutics Inc|Biotechnology|USA|1.12B|-|18.44|-2.31|1845210
ADLX|Adelix Medical Corp|Medical Devices|USA|642.15M|31.87|12.63|0.88|734902
AMBR|Amberlane Health Inc|Medical Care Facilities|USA|1.87B|22.41|27.05|1.42|512877
ANVX|Anvexa Pharmaceuticals Ltd|Biotechnology|Israel|418.92M|-|6.71|-4.56|2310448
AURN|Aurinex Diagnostics Inc|Diagnostics & Research|USA|903.40M|44.02|15.38|0.13|621055
BCLR|Bioclear Sciences Inc|Biotechnology|USA|1.56B|-|23.90|5.87|3402119
BRVO|Bravora Health Systems Inc|Health Information Services|USA|1.34B|58.76|19.22|-0.93|987334
CALX|Calyxo Biopharma Inc|Biotechnology|USA|351.07M|-|4.18|-7.75|5612930
CDNT|Cardient Medical Holdings Inc|Medical Instruments & Supplies|USA|1.98B|19.85|41.76|0.41|402566
CVQX|Covaquix Therapeutics plc|Biotechnology|United Kingdom|774.30M|-|9.87|3.14|1203377
DNRX|Dendrix Pharma Inc|Drug Manufacturers - Specialty & Generic|USA|1.21B|12.66|16.02|-1.05|844120
EBNV|Ebonvale Medical Technologies Ltd|Medical Devices|Israel|488.51M|-|7.45|0.00|655902
ELQT|Eloquent Bio Inc|Biotechnology|USA|1.44B|-|30.12|-3.48|1977263
FNWK|Fenwick Care Partners Inc|Medical Care Facilities|USA|1.05B|17.32|22.58|0.67|538410
GLZR|Glazier Genomics Inc|Diagnostics & Research|USA|812.66M|-|11.09|-5.12|2764091
HLVN|Halvenn Pharmaceuticals NV|Drug Manufacturers - Specialty & Generic|Netherlands|1.63B|26.94|35.40|1.96|611208
IMRX|Imarix Oncology Inc|Biotechnology|USA|329.84M|-|3.72|11.38|8904512
JNPR|Juniper Ridge Health Inc|Healthcare Plans|USA|1.91B|14.07|48.15|-0.22|705337
KVTA|Kovita Medical Inc|Medical Instruments & Supplies|Canada|566.02M|38.40|10.31|2.05|523984
LMNB|Luminab Therapeutics Inc|Biotechnology|USA|1.08B|-|14.86|-1.87|1640772
LNVR|Linvera Diagnostics Inc|Diagnostics & Research|Switzerland|1.27B|63.11|28.73|0.59|577016
MDLK|Medilink Distribution Corp|Medical Distribution|USA|702.45M|9.82|8.96|-0.44|918345
MRSN|Marsden Biologics Inc|Biotechnology|USA|1.73B|-|42.08|7.21|2098760
NOVX|Novexa Health Inc|Health Information Services|USA|455.39M|-|5.33|-2.56|1376221
NTRG|Nutrigen Pharma Ltd|Drug Manufacturers - Specialty & Generic|China|384.17M|8.14|2.91|-3.97|3318004
OCLR|Oculare Vision Inc|Medical Devices|USA|1.15B|47.29|19.64|1.18|669813
PLXM|Plexum Biosciences Inc|Biotechnology|USA|981.23M|-|12.47|0.32|1108562
PRDG|Paradigm Rx Holdings Inc|Pharmaceutical Retailers|USA|618.90M|21.73|13.05|-1.21|742299
QNTX|Quintex Therapeutics Inc|Biotechnology|Ireland|1.39B|-|25.61|4.66|1532048
RVLO|Revelo Surgical Inc|Medical Instruments & Supplies|USA|875.54M|-|9.12|-0.76|1021475
SNBR|Sunbrook Medical Partners Inc|Medical Care Facilities|USA|1.62B|28.55|33.97|0.95|456903
STRV|Stratavie Pharmaceuticals Inc|Biotechnology|USA|503.76M|-|6.08|-6.34|4207815
TLMR|Telomira Bio Inc|Biotechnology|USA|1.29B|-|21.33|2.87|1879446
TRNQ|Tranquil Health Group Inc|Healthcare Plans|USA|1.95B|16.48|57.20|-0.58|533187
UVXA|Uvexa Diagnostics Inc|Diagnostics & Research|Canada|431.62M|-|4.95|1.64|2003391
VNTR|Venturis Medical Inc|Medical Devices|USA|1.47B|72.35|26.44|-2.09|798014
VRDX|Viridex Pharma A/S|Drug Manufacturers - Specialty & Generic|Denmark|1.06B|18.90|17.81|0.28|502346
WLSP|Wellspring Therapeutics Inc|Biotechnology|USA|724.09M|-|8.37|-4.02|2645908
XNBO|Xenobo Sciences Inc|Biotechnology|USA|1.81B|-|39.66|3.35|1456730
YRKA|Yorka Health Technologies Inc|Health Information Services|USA|597.28M|112.40|7.64|-1.58|865092
ZNTH|Zenith Orthopedics Inc|Medical Devices|USA|1.70B|24.18|36.02|0.84|610877
ZYVR|Zyvora Biotherapeutics Inc|Biotechnology|USA|366.45M|-|3.09|-9.12|7733125
"""

TS_STOCKS: list[list[str]] = [line.split("|") for line in TS_ROWS.strip().splitlines()]

TS_GEO = {
    "USA": "usa",
    "Israel": "israel",
    "United Kingdom": "unitedkingdom",
    "Netherlands": "netherlands",
    "China": "china",
    "Canada": "canada",
    "Switzerland": "switzerland",
    "Ireland": "ireland",
    "Denmark": "denmark",
}


def _ts_ind(industry: str) -> str:
    return "ind_" + re.sub(r"[^a-z]", "", industry.lower())


def _ts_quote(ticker: str) -> str:
    return f"quote.ashx?t={ticker}&ty=c&p=d&b=1"


def _ts_href(number: int) -> str:
    return f"{TS_BASE}&r={(number - 1) * 20 + 1}"


def _ts_sign(value: float) -> str:
    return "is-positive" if value > 0 else ("is-negative" if value < 0 else "is-neutral")


def _ts_row(index: int, row: list[str]) -> str:
    ticker, company, industry, country, cap, pe, price, change, volume = row
    quote = esc(_ts_quote(ticker))
    colour = _ts_sign(float(change))
    return f"""<tr class="styled-row is-hoverable is-bordered is-rounded is-striped has-color-text" onclick="trClickHandler(event)" data-href="{quote}">
<td height="10" align="right">{index}</td>
<td height="10" align="left" data-boxover-ticker="{ticker}" data-boxover-company="{esc(company)}"><a href="{quote}" class="tab-link">{ticker}</a></td>
<td height="10" align="left"><a href="{quote}" class="tab-link">{esc(company)}</a></td>
<td height="10" align="left"><a href="screener.ashx?v=111&amp;f=sec_healthcare" class="tab-link">Healthcare</a></td>
<td height="10" align="left"><a href="screener.ashx?v=111&amp;f={_ts_ind(industry)}" class="tab-link">{esc(industry)}</a></td>
<td height="10" align="left"><a href="screener.ashx?v=111&amp;f=geo_{TS_GEO[country]}" class="tab-link">{esc(country)}</a></td>
<td height="10" align="right">{cap}</td>
<td height="10" align="right">{pe}</td>
<td height="10" align="right"><span class="color-text {colour}">{price}</span></td>
<td height="10" align="right"><span class="color-text {colour}">{change}%</span></td>
<td height="10" align="right">{int(volume):,}</td>
</tr>"""


TS_SELECTS: list[tuple[str, str, str, list[tuple[str, str]], str]] = [
    (
        "Exchange",
        "fs_exch",
        "exch",
        [
            ("", "Any"),
            ("amex", "AMEX"),
            ("cboe", "CBOE"),
            ("nasd", "NASDAQ"),
            ("nyse", "NYSE"),
            ("modal", "Custom (Elite only)"),
        ],
        "",
    ),
    (
        "Index",
        "fs_idx",
        "idx",
        [
            ("", "Any"),
            ("sp500", "S&P 500"),
            ("ndx", "NASDAQ 100"),
            ("dji", "DJIA"),
            ("rut", "RUSSELL 2000"),
            ("modal", "Custom (Elite only)"),
        ],
        "",
    ),
    (
        "Sector",
        "fs_sec",
        "sec",
        [
            ("", "Any"),
            ("basicmaterials", "Basic Materials"),
            ("communicationservices", "Communication Services"),
            ("consumercyclical", "Consumer Cyclical"),
            ("consumerdefensive", "Consumer Defensive"),
            ("energy", "Energy"),
            ("financial", "Financial"),
            ("healthcare", "Healthcare"),
            ("industrials", "Industrials"),
            ("realestate", "Real Estate"),
            ("technology", "Technology"),
            ("utilities", "Utilities"),
            ("modal", "Custom (Elite only)"),
        ],
        "healthcare",
    ),
    (
        "Industry",
        "fs_ind",
        "ind",
        [
            ("", "Any"),
            ("stocksonly", "Stocks only (ex-Funds)"),
            ("exchangetradedfund", "Exchange Traded Fund"),
            ("biotechnology", "Biotechnology"),
            ("diagnosticsresearch", "Diagnostics & Research"),
            ("drugmanufacturersgeneral", "Drug Manufacturers - General"),
            ("drugmanufacturersspecialtygeneric", "Drug Manufacturers - Specialty & Generic"),
            ("healthcareplans", "Healthcare Plans"),
            ("healthinformationservices", "Health Information Services"),
            ("medicalcarefacilities", "Medical Care Facilities"),
            ("medicaldevices", "Medical Devices"),
            ("medicaldistribution", "Medical Distribution"),
            ("medicalinstrumentssupplies", "Medical Instruments & Supplies"),
            ("pharmaceuticalretailers", "Pharmaceutical Retailers"),
            ("modal", "Custom (Elite only)"),
        ],
        "",
    ),
    (
        "Country",
        "fs_geo",
        "geo",
        [
            ("", "Any"),
            ("usa", "USA"),
            ("notusa", "Foreign (ex-USA)"),
            ("asia", "Asia"),
            ("europe", "Europe"),
            ("latinamerica", "Latin America"),
            ("canada", "Canada"),
            ("china", "China"),
            ("israel", "Israel"),
            ("unitedkingdom", "United Kingdom"),
            ("modal", "Custom (Elite only)"),
        ],
        "",
    ),
    (
        "Market Cap.",
        "fs_cap",
        "cap",
        [
            ("", "Any"),
            ("mega", "Mega ($200bln and more)"),
            ("large", "Large ($10bln to $200bln)"),
            ("mid", "Mid ($2bln to $10bln)"),
            ("small", "Small ($300mln to $2bln)"),
            ("micro", "Micro ($50mln to $300mln)"),
            ("nano", "Nano (under $50mln)"),
            ("largeover", "+Large (over $10bln)"),
            ("midover", "+Mid (over $2bln)"),
            ("smallover", "+Small (over $300mln)"),
            ("microover", "+Micro (over $50mln)"),
            ("frange", "Custom (Elite only)"),
        ],
        "small",
    ),
    (
        "P/E",
        "fs_fa_pe",
        "fa_pe",
        [
            ("", "Any"),
            ("low", "Low (<15)"),
            ("profitable", "Profitable (>0)"),
            ("high", "High (>50)"),
            ("u10", "Under 10"),
            ("u20", "Under 20"),
            ("u30", "Under 30"),
            ("o20", "Over 20"),
            ("o50", "Over 50"),
            ("frange", "Custom (Elite only)"),
        ],
        "",
    ),
    (
        "Forward P/E",
        "fs_fa_fpe",
        "fa_fpe",
        [
            ("", "Any"),
            ("low", "Low (<15)"),
            ("profitable", "Profitable (>0)"),
            ("high", "High (>50)"),
            ("u20", "Under 20"),
            ("o20", "Over 20"),
            ("frange", "Custom (Elite only)"),
        ],
        "",
    ),
    (
        "Dividend Yield",
        "fs_fa_div",
        "fa_div",
        [
            ("", "Any"),
            ("none", "None (0%)"),
            ("pos", "Positive (>0%)"),
            ("high", "High (>5%)"),
            ("o1", "Over 1%"),
            ("o3", "Over 3%"),
            ("frange", "Custom (Elite only)"),
        ],
        "",
    ),
    (
        "Float Short",
        "fs_sh_short",
        "sh_short",
        [
            ("", "Any"),
            ("low", "Low (<5%)"),
            ("high", "High (>20%)"),
            ("u10", "Under 10%"),
            ("o10", "Over 10%"),
            ("o20", "Over 20%"),
            ("frange", "Custom (Elite only)"),
        ],
        "",
    ),
    (
        "Analyst Recom.",
        "fs_an_recom",
        "an_recom",
        [
            ("", "Any"),
            ("strongbuy", "Strong Buy (1)"),
            ("buybetter", "Buy or better"),
            ("buy", "Buy"),
            ("holdbetter", "Hold or better"),
            ("hold", "Hold"),
            ("sell", "Sell"),
            ("strongsell", "Strong Sell (5)"),
        ],
        "",
    ),
    (
        "Option/Short",
        "fs_sh_opt",
        "sh_opt",
        [
            ("", "Any"),
            ("option", "Optionable"),
            ("short", "Shortable"),
            ("optionshort", "Optionable and shortable"),
            ("notoption", "Not optionable"),
        ],
        "",
    ),
    (
        "Earnings Date",
        "fs_earningsdate",
        "earningsdate",
        [
            ("", "Any"),
            ("today", "Today"),
            ("tomorrow", "Tomorrow"),
            ("thisweek", "This Week"),
            ("nextweek", "Next Week"),
            ("thismonth", "This Month"),
            ("modal", "Custom (Elite only)"),
        ],
        "",
    ),
    (
        "Average Volume",
        "fs_sh_avgvol",
        "sh_avgvol",
        [
            ("", "Any"),
            ("u50", "Under 50K"),
            ("u100", "Under 100K"),
            ("o50", "Over 50K"),
            ("o100", "Over 100K"),
            ("o200", "Over 200K"),
            ("o300", "Over 300K"),
            ("o400", "Over 400K"),
            ("o500", "Over 500K"),
            ("o750", "Over 750K"),
            ("o1000", "Over 1M"),
            ("o2000", "Over 2M"),
            ("frange", "Custom (Elite only)"),
        ],
        "o500",
    ),
    (
        "Relative Volume",
        "fs_sh_relvol",
        "sh_relvol",
        [
            ("", "Any"),
            ("o10", "Over 10"),
            ("o5", "Over 5"),
            ("o2", "Over 2"),
            ("o1", "Over 1"),
            ("u1", "Under 1"),
            ("u0.5", "Under 0.5"),
            ("frange", "Custom (Elite only)"),
        ],
        "",
    ),
    (
        "Price",
        "fs_sh_price",
        "sh_price",
        [
            ("", "Any"),
            ("u1", "Under $1"),
            ("u5", "Under $5"),
            ("u10", "Under $10"),
            ("o5", "Over $5"),
            ("o10", "Over $10"),
            ("o20", "Over $20"),
            ("5to10", "$5 to $10"),
            ("10to20", "$10 to $20"),
            ("frange", "Custom (Elite only)"),
        ],
        "",
    ),
]


def _ts_filters() -> str:
    cells: list[str] = []
    for label, cid, prefix, options, chosen in TS_SELECTS:
        opts = "\n".join(
            f'<option{" selected" if value == chosen else ""} value="{prefix + "_" + value if value and value not in ("modal", "frange") else value}">{esc(text)}</option>'
            for value, text in options
        )
        cells.append(f"""<td class="filters-cells" width="10%" align="right"><span class="screener-combo-title{" is-active" if chosen else ""}" data-boxover="{esc(label)} filter">{esc(label)}</span></td>
<td class="filters-cells" width="10%"><select id="{cid}" class="screener-combo-text fv-select is-compact{" is-active" if chosen else ""}" data-filter="{prefix}" onchange="ScreenerFilterChange(this, &quot;{prefix}&quot;)">
{opts}
</select></td>""")
    rows = ["<tr>" + "\n".join(cells[i : i + 4]) + "</tr>" for i in range(0, len(cells), 4)]
    return "\n".join(rows)


def _ts_pager(number: int, total: int) -> str:
    links: list[str] = []
    if number > 1:
        links.append(
            f'<a href="{esc(_ts_href(number - 1))}" class="screener-pages is-prev" aria-label="Previous page"><svg width="24" height="24" class="fv-icon" aria-hidden="true"><use href="/assets/dist/icons-6a0b9e51.svg#chevron-left-24"></use></svg></a>'
        )
    for page in range(1, total + 1):
        selected = " is-selected" if page == number else ""
        links.append(f'<a href="{esc(_ts_href(page))}" class="screener-pages{selected}">{page}</a>')
    if number < total:
        links.append(
            f'<a href="{esc(_ts_href(number + 1))}" class="screener-pages is-next" aria-label="Next page"><svg width="24" height="24" class="fv-icon" aria-hidden="true"><use href="/assets/dist/icons-6a0b9e51.svg#chevron-right-24"></use></svg></a>'
        )
    return "\n".join(links)


def _ts_page_select(number: int, total: int) -> str:
    options = "\n".join(
        f'<option{" selected" if page == number else ""} value="{(page - 1) * 20 + 1}">Page {page}/{total}</option>'
        for page in range(1, total + 1)
    )
    return f"""<select id="pageSelect" class="fv-select is-compact" aria-label="Page" onchange="window.location = &quot;{esc(TS_BASE)}&amp;r=&quot; + this.value">
{options}
</select>"""


TS_NAV = [
    ("Home", "/"),
    ("News", "/news.ashx"),
    ("Screener", "/screener.ashx"),
    ("Maps", "/map.ashx"),
    ("Groups", "/groups.ashx"),
    ("Portfolio", "/portfolio.ashx"),
    ("Insider", "/insidertrading.ashx"),
    ("Futures", "/futures.ashx"),
    ("Forex", "/forex.ashx"),
    ("Crypto", "/crypto.ashx"),
    ("Backtests", "/backtests.ashx"),
    ("Pricing", "/elite.ashx"),
]

TS_VIEWS = [
    ("Overview", 111),
    ("Valuation", 121),
    ("Financial", 161),
    ("Ownership", 131),
    ("Performance", 141),
    ("Technical", 171),
    ("Custom", 151),
    ("Charts", 211),
    ("Tickers", 411),
    ("Basic", 311),
    ("TA", 312),
    ("News", 321),
    ("Snapshot", 331),
    ("Stats", 351),
]

TS_COLUMNS = [
    ("No.", "right", ""),
    ("Ticker", "left", "ticker"),
    ("Company", "left", "company"),
    ("Sector", "left", "sector"),
    ("Industry", "left", "industry"),
    ("Country", "left", "country"),
    ("Market Cap", "right", "marketcap"),
    ("P/E", "right", "pe"),
    ("Price", "right", "price"),
    ("Change", "right", "change"),
    ("Volume", "right", "volume"),
]


def _ts_page(number: int, total: int, rows: list[list[str]], first: int) -> str:
    nav = "\n".join(
        f'<td class="nav-link{" is-active" if label == "Screener" else ""}"><a href="{href}" class="nav-link{" is-active" if label == "Screener" else ""}">{label}</a></td>'
        for label, href in TS_NAV
    )
    views = "\n".join(
        f'<a href="screener.ashx?v={code}&amp;f={TS_FILTERS}" class="tab-link{" is-selected" if code == 111 else ""}">{label}</a>'
        for label, code in TS_VIEWS
    )
    caret = '<svg width="16" height="16" class="fv-icon"><use href="/assets/dist/icons-6a0b9e51.svg#caret-up-16"></use></svg>'
    header = "\n".join(
        f'<th class="table-header cursor-pointer{" is-first" if i == 0 else ""}{" is-last" if i == len(TS_COLUMNS) - 1 else ""}" align="{align}" onclick="window.location=&quot;screener.ashx?v=111&amp;f={TS_FILTERS}{"&amp;o=" + order if order else ""}&quot;">{label}{caret if order == "ticker" else ""}</th>'
        for i, (label, align, order) in enumerate(TS_COLUMNS)
    )
    body = "\n".join(_ts_row(first + i, row) for i, row in enumerate(rows))
    orders = "\n".join(
        f'<option{" selected" if value == "ticker" else ""} value="{esc(TS_BASE)}&amp;o={value}">{label}</option>'
        for value, label in [
            ("ticker", "Ticker"),
            ("company", "Company"),
            ("sector", "Sector"),
            ("industry", "Industry"),
            ("country", "Country"),
            ("marketcap", "Market Cap."),
            ("pe", "Price/Earnings"),
            ("forwardpe", "Forward Price/Earnings"),
            ("dividendyield", "Dividend Yield"),
            ("shortinterestshare", "Short Float"),
            ("averagevolume", "Average Volume"),
            ("relativevolume", "Relative Volume"),
            ("price", "Price"),
            ("change", "Change"),
            ("volume", "Volume"),
            ("earningsdate", "Earnings Date"),
        ]
    )
    init = json.dumps(
        {
            "filters": TS_FILTERS.split(","),
            "view": 111,
            "order": "ticker",
            "rowsPerPage": 20,
            "page": number,
            "totalRows": len(TS_STOCKS),
            "isElite": False,
            "theme": "light",
            "signal": "",
            "tickers": "",
        },
        separators=(",", ":"),
    )
    return f"""<!DOCTYPE html>
<html lang="en" class="theme-light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stock Screener - Overview </title>
<meta name="description" content="Stock screener for investors and traders, financial visualizations.">
<meta name="keywords" content="stock screener, stock market, stocks, stock charts, technical analysis, fundamental analysis">
<link rel="icon" type="image/png" sizes="32x32" href="/favicon-32x32.png">
<link rel="apple-touch-icon" sizes="180x180" href="/apple-touch-icon.png">
<link rel="canonical" href="https://tickersift.com/{esc(_ts_href(number))}">
<link rel="preconnect" href="https://charts-node.tickersift.com">
<link rel="stylesheet" href="/assets/dist/main-3e9d1f06.css">
<link rel="stylesheet" href="/assets/dist/screener-b71c04aa.css">
<script>
window.TickerSiftSettings = {{"hasUserPremium":false,"isAuthenticated":false,"nodeChartsDomain":"https://charts-node.tickersift.com","cryptoChartsDomain":"https://crypto-charts.tickersift.com","hasRedesignEnabled":true,"theme":"light","version":"b71c04aa"}};
</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-ZT9VQBMDF2"></script>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}
gtag("js", new Date());
gtag("config", "G-ZT9VQBMDF2", {{"page_title": "screener", "user_type": "free"}});
</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>
window.googletag = window.googletag || {{cmd: []}};
googletag.cmd.push(function() {{
  googletag.defineSlot("/21787438901/ts_screener_728x90", [728, 90], "ts-ad-top").addService(googletag.pubads());
  googletag.defineSlot("/21787438901/ts_screener_970x250", [[970, 250], [970, 90]], "ts-ad-bottom").addService(googletag.pubads());
  googletag.pubads().enableSingleRequest();
  googletag.enableServices();
}});
</script>
<script src="/assets/dist/libs_init-7c4d2e13.js" defer></script>
<script src="/assets/dist/screener-b71c04aa.js" defer></script>
</head>
<body class="has-sticky-header">
<script>
function trClickHandler(event) {{
  if (event.target.closest("a")) return;
  var row = event.currentTarget;
  window.location = row.getAttribute("data-href");
}}
</script>
<div id="root"></div>
<table class="header is-wide" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
<td class="header-logo" valign="middle"><a href="/" class="logo" aria-label="TickerSift home"><svg width="160" height="32" viewBox="0 0 160 32" role="img" aria-hidden="true"><use href="/assets/dist/logo-2f91c4d7.svg#logo"></use></svg></a></td>
<td class="header-search" valign="middle">
<div id="js-header-search" class="fv-search">
<form action="/search.ashx" method="get" autocomplete="off">
<input type="text" name="p" class="fv-input header-search-input" placeholder="Search ticker, company or profile" aria-label="Search ticker, company or profile">
<button type="submit" class="fv-button is-icon" aria-label="Search"><svg width="20" height="20" class="fv-icon" aria-hidden="true"><use href="/assets/dist/icons-6a0b9e51.svg#search-20"></use></svg></button>
</form>
</div>
</td>
<td class="header-banner" align="right" valign="middle"><div id="ts-ad-top" class="ad-slot" style="width:728px;height:90px"></div></td>
</tr>
</table>
<table class="navbar w-full" id="navbar" cellpadding="0" cellspacing="0" border="0">
<tr>
{nav}
<td class="nav-spacer" width="100%"></td>
<td class="nav-time" id="time-clock" align="right">Sat MAR 15 2025 10:12 AM ET</td>
<td class="nav-link"><a href="/help/screener.ashx" class="nav-link">Help</a></td>
<td class="nav-link"><a href="/login.ashx" class="nav-link">Login</a></td>
<td class="nav-link"><a href="/elite.ashx?utm_source=tickersift&amp;utm_medium=banner&amp;utm_campaign=register" class="nav-link is-highlighted">Register</a></td>
</tr>
</table>
<div class="content" id="screener-content">
<table class="screener-controls w-full" cellpadding="0" cellspacing="0" border="0">
<tr>
<td class="screener-presets">
<select id="screenerPresetsSelect" class="fv-select is-compact" aria-label="My Presets" onchange="presetChange(this)">
<option selected value="">My Presets</option>
<option value="-1">Save Screen</option>
<option value="-2">Edit Screens</option>
</select>
</td>
<td class="screener-order">
<span class="screener-combo-title">Order:</span>
<select id="orderSelect" class="fv-select is-compact" aria-label="Order by" onchange="window.location=this.value">
{orders}
</select>
<select id="orderDirSelect" class="fv-select is-compact" aria-label="Order direction" onchange="window.location=this.value">
<option selected value="{esc(TS_BASE)}&amp;o=ticker">Asc</option>
<option value="{esc(TS_BASE)}&amp;o=-ticker">Desc</option>
</select>
</td>
<td class="screener-signal">
<span class="screener-combo-title">Signal:</span>
<select id="signalSelect" class="fv-select is-compact" aria-label="Signal" onchange="window.location=this.value">
<option selected value="{esc(TS_BASE)}">None (all stocks)</option>
<option value="{esc(TS_BASE)}&amp;s=ta_topgainers">Top Gainers</option>
<option value="{esc(TS_BASE)}&amp;s=ta_toplosers">Top Losers</option>
<option value="{esc(TS_BASE)}&amp;s=ta_newhigh">New High</option>
<option value="{esc(TS_BASE)}&amp;s=ta_newlow">New Low</option>
<option value="{esc(TS_BASE)}&amp;s=ta_mostvolatile">Most Volatile</option>
<option value="{esc(TS_BASE)}&amp;s=ta_mostactive">Most Active</option>
<option value="{esc(TS_BASE)}&amp;s=ta_unusualvolume">Unusual Volume</option>
<option value="{esc(TS_BASE)}&amp;s=n_majornews">Major News</option>
</select>
</td>
<td class="screener-tickers">
<span class="screener-combo-title">Tickers:</span>
<input type="text" id="screenerTickersInput" class="fv-input is-compact" value="" aria-label="Tickers" onkeydown="tickersKeyDown(event)">
</td>
<td class="screener-filters-toggle" align="right">
<a href="#" class="fv-button is-compact is-active" id="filterToggle" data-filters-count="3">Filters: 3 <svg width="16" height="16" class="fv-icon" aria-hidden="true"><use href="/assets/dist/icons-6a0b9e51.svg#chevron-up-16"></use></svg></a>
<a href="screener.ashx?v=111" class="fv-button is-compact">Reset (3)</a>
</td>
</tr>
</table>
<div id="filter-table-tabs" class="screener-filter-tabs">
<a href="#" class="tab-link is-selected" data-filter-tab="descriptive">Descriptive (3)</a>
<a href="#" class="tab-link" data-filter-tab="fundamental">Fundamental</a>
<a href="#" class="tab-link" data-filter-tab="technical">Technical</a>
<a href="#" class="tab-link" data-filter-tab="news">News</a>
<a href="#" class="tab-link" data-filter-tab="etf">ETF</a>
<a href="#" class="tab-link" data-filter-tab="all">All (3)</a>
</div>
<table id="filter-table-filters" class="screener-filters w-full" cellpadding="3" cellspacing="0" border="0">
{_ts_filters()}
</table>
<div id="screener-views-tabs" class="screener-view-tabs">
{views}
</div>
<table class="screener-count w-full" cellpadding="0" cellspacing="0" border="0">
<tr>
<td id="screener-total" class="count-text whitespace-nowrap" align="left">#{first} / {len(TS_STOCKS)} Total</td>
<td class="screener-actions" align="left"><a href="/portfolio.ashx?v=1&amp;pid=new&amp;f={TS_FILTERS}" class="tab-link">save as portfolio</a> | <a href="/alerts.ashx?f={TS_FILTERS}" class="tab-link">create alert</a></td>
<td class="screener-refresh" align="center">Auto Refresh: <a href="#" class="tab-link" onclick="setRefresh(180); return false;">3min</a> | <b>off</b></td>
<td class="screener-page-select" align="right">{_ts_page_select(number, total)}</td>
</tr>
</table>
<div id="screener-table" class="screener-table-wrapper">
<table class="styled-table-new is-rounded is-tabular-nums w-full screener_table" cellpadding="3" cellspacing="0" border="0">
<thead>
<tr valign="middle" align="center">
{header}
</tr>
</thead>
<tbody>
{body}
</tbody>
</table>
</div>
<table class="screener-bottom w-full" cellpadding="0" cellspacing="0" border="0">
<tr>
<td class="screener-export" align="left">Filters: {TS_FILTERS.replace(",", " ")} &nbsp; <a href="/elite.ashx?utm_source=tickersift&amp;utm_medium=export&amp;utm_campaign=screener" class="tab-link">export</a></td>
<td id="screener_pagination" align="right" class="screener-pagination">
{_ts_pager(number, total)}
</td>
</tr>
</table>
<div class="elite-banner">
<div id="ts-ad-bottom" class="ad-slot" style="width:970px;height:250px;margin:0 auto"></div>
<p class="elite-pitch">Upgrade your TickerSift experience. Real-time quotes, advanced visualizations, backtesting and much more. <a href="/elite.ashx?utm_source=tickersift&amp;utm_medium=banner&amp;utm_campaign=screener-bottom" class="fv-button is-primary">Learn more about Elite</a></p>
</div>
</div>
<script id="route-init-data" type="application/json">{init}</script>
<div class="footer">
<div class="footer-links">
<a href="/affiliate.ashx">Affiliate</a> <a href="/advertise.ashx">Advertise</a> <a href="/contact.ashx">Contact</a> <a href="/help/screener.ashx">Help</a> <a href="/privacy.ashx">Privacy</a> <a href="/terms.ashx">Terms of Use</a>
</div>
<p class="footer-disclaimer">Quotes delayed 15 minutes for NASDAQ, and 20 minutes for NYSE and AMEX.</p>
<p class="footer-copyright">Copyright © 2007-2025 TickerSift.com. All Rights Reserved.</p>
</div>
<div id="modal-elite" class="fv-modal" hidden aria-hidden="true">
<div class="fv-modal-content">
<h3>This feature is available to Elite members only</h3>
<p>Custom filters, export, real-time data and ad-free browsing come with TickerSift Elite.</p>
<a href="/elite.ashx?utm_source=tickersift&amp;utm_medium=modal" class="fv-button is-primary">Try it now</a>
</div>
</div>
</body>
</html>"""


@twentyfifth_a
def build_tickersift() -> None:
    s = Site(
        "tickersift",
        kind="stock screener table (Finviz-style Overview view v=111: filter bar and a 16-select filter table, view tabs, '#1 / 42 Total', 'Page 1/3' select; table.styled-table-new.screener_table with th.table-header sort cells, tr.styled-row rows: row number, a.tab-link ticker and company to quote.ashx?t=X&ty=c&p=d&b=1, sector / industry / country links to filter screeners, '1.12B' / '642.15M' caps, '-' for no P/E, price and '-2.31%' change in span.color-text.is-positive / is-negative / is-neutral, '1,845,210' volumes; td#screener_pagination a.screener-pages (is-selected, is-prev / is-next chevron-only) over &r=21 / &r=41; ad slots and an Elite banner)",
        start=TS_BASE,
        description=f"A stock screener copied from Finviz's 2024–25 logged-out markup, the Overview view (v=111) filtered on small caps, the Healthcare sector and average volume over 500K (screener.ashx?v=111&f={TS_FILTERS}, then &r=21 and &r=41): the head (canonical, site settings object, GA4, a Google Publisher Tag defining the 728×90 and 970×250 slots, deferred bundles), a trClickHandler script, the table-built header (logo svg, 'Search ticker, company or profile' form, the 728×90 ad slot), table.navbar of td.nav-link links (Home … Screener is-active … Pricing), the clock 'Sat MAR 15 2025 10:12 AM ET', Help / Login / Register; the controls row (My Presets select, Order select whose option values are screener URLs with &o=…, Asc / Desc, Signal select with &s=… URLs, Tickers input, 'Filters: 3' toggle and 'Reset (3)'), the filter tabs (Descriptive (3) / Fundamental / Technical / News / ETF / All (3)), table#filter-table-filters of 16 labelled select.screener-combo-text filters (Market Cap. 'Small ($300mln to $2bln)', Sector 'Healthcare' and Average Volume 'Over 500K' selected, 'Custom (Elite only)' options), the view tabs (Overview is-selected, Valuation, Financial, … Stats), the count row '#1 / 42 Total' (#21 / #41 on later pages), 'save as portfolio | create alert', 'Auto Refresh: 3min | off' and select#pageSelect ('Page 1/3' … with r offsets 1 / 21 / 41 as option values and an onchange that builds the URL); then table.styled-table-new.is-rounded.is-tabular-nums.w-full.screener_table: thead th.table-header cells (No., Ticker with a caret svg, Company, Sector, Industry, Country, Market Cap, P/E, Price, Change, Volume; each with an onclick sort URL) and tbody tr.styled-row.is-hoverable.is-bordered.is-rounded.is-striped.has-color-text rows (onclick trClickHandler, data-href the quote URL) of td[height=10][align] cells: the row number, the ticker a.tab-link to quote.ashx?t=X&ty=c&p=d&b=1 in a td with data-boxover-ticker / -company, the company as a second quote link, Sector / Industry / Country as a.tab-link links to one-filter screeners (sec_healthcare, ind_biotechnology, geo_israel…), market cap '1.12B' / '642.15M', P/E '31.87' or '-' (21 stocks), price and change in span.color-text.is-positive / is-negative / is-neutral ('-2.31%', '0.00%'), volume '1,845,210'; below: 'Filters: cap_small sec_healthcare sh_avgvol_o500' with an Elite 'export' link, td#screener_pagination of a.screener-pages links (chevron-svg-only is-prev from page 2, '1' '2' '3' with is-selected on the current page, is-next until page 2; every page link carries &r=, page 1 as &r=1), the 970×250 ad slot and Elite pitch, a route-init-data JSON (filters, view, page, totals; no rows), the footer links and disclaimer, a hidden Elite modal. 20 + 20 + 2 stocks, ordered by ticker. Written down: ticker, company, url (the quote link), sector, industry, country, market_cap (text as shown), pe (number, absent where '-'), price, change (percent number), volume.",
    )
    pages = chunks(TS_STOCKS, [20, 20, len(TS_STOCKS) - 40])
    first = 1
    for number, rows in enumerate(pages, 1):
        text = _ts_page(number, len(pages), rows, first)
        if number == 1:
            s.list_page(TS_BASE.replace("?", "@"), text)
            s.write(_ts_href(1).replace("?", "@"), text)  # the pager's own link to page 1 carries &r=1
        else:
            s.list_page(_ts_href(number).replace("?", "@"), text)
        first += len(rows)
    for ticker, company, industry, country, cap, pe, price, change, volume in TS_STOCKS:
        s.expect(
            {
                "ticker": ticker,
                "company": company,
                "url": "/" + _ts_quote(ticker),
                "sector": "Healthcare",
                "industry": industry,
                "country": country,
                "market_cap": cap,
                "pe": None if pe == "-" else float(pe),
                "price": float(price),
                "change": float(change),
                "volume": int(volume),
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYFIFTH_A.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
