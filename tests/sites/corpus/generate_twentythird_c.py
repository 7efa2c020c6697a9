"""Twenty-third wave, part C: two storefront list pages copied from the platforms' real 2024–25 markup, written
before any heuristic was changed for them.

* **dawnsupply** — a coffee and kitchen shop on Shopify's Online Store 2.0 "Dawn" theme (v15): announcement bar,
  ``sticky-header`` with the ``header-drawer`` menu and a ``details.mega-menu`` desktop mega menu, predictive
  search, the collection banner, ``facet-filters-form`` with ``details.facets__disclosure`` filters (availability,
  price range, vendor, product type) and the sort select, "31 products"; ``ul#product-grid > li.grid__item >
  div.card-wrapper.product-card-wrapper`` cards: the ``card__inner`` media block (``card__media`` srcset images,
  a first ``h3.card__heading > a#CardLink-…`` — the full-cover link — and the media badge), then the
  ``card__content`` copy with ``h3.card__heading.h5 > a.full-unstyled-link``, ``div.card-information`` with the
  visually-hidden "Vendor:" and the vendor caption, Dawn's ``price`` snippet rendering both ``price__regular`` and
  ``price__sale`` (the struck ``s.price-item--regular`` empty on full-price items, "From $18.00 USD" on varying
  prices), the quick-add ``product-form`` / ``modal-opener`` + ``quick-add-modal`` and the "Sale" / "Sold out"
  badges; Dawn's ``nav.pagination`` (swapped ``--next`` / ``--prev`` arrow classes, "Page 2" aria-labels, the
  current page an ``a[role=link][aria-disabled]``), ``/collections/all?page=N``. 12 + 12 + 7 products.
  Written down: title, url, vendor, price, currency, compare_at_price (sale items), sold_out (where the badge shows).
* **sfracycle** — a bike shop on Salesforce Commerce Cloud's Storefront Reference Architecture (SFRA 7):
  the header with the ``navbar`` mega menu, the search banner, refinement bar (category, colour swatches, price,
  size), ``div.row.product-grid > div.col-6.col-sm-4 > div.product[data-pid] > div.product-tile``
  (``div.image-container`` with the ``tile-image`` link, ``a.quickview`` holding a ``sr-only`` "Quick View", the
  wishlist link; ``div.tile-body`` with ``div.color-swatches``, ``div.pdp-link > a.link``, ``div.price`` with
  ``del > span.strike-through.list`` and ``span.sales > span.value[content]``, ``div.ratings`` of ``i.fa-star``
  / ``fa-star-half-o`` / ``fa-star-o``); the grid footer's "More Results" button with ``data-url`` to
  ``Search-UpdateGrid`` (served as the fragment it returns) and a plain "Next page" link for readers without
  JavaScript, ``/bikes/?start=N&sz=12``. 12 + 12 + 6 bikes.
  Written down: title, url, price, currency, list_price, rating, colors.

Run ``uv run python tests/sites/corpus/generate_twentythird_c.py`` to rebuild them (the helpers and the conventions
are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTYTHIRD_C: dict[str, Callable[[], None]] = {}


def twentythird_c(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYTHIRD_C[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(text: str, size: int = 10) -> str:
    """A stable id derived from ``text`` (the real sites use random ones)."""
    return hashlib.sha1(text.encode()).hexdigest()[:size]


def _num(text: str, size: int = 13) -> str:
    """A stable numeric id (Shopify product and variant ids are 13-14 digits)."""
    return str(int(hashlib.sha1(text.encode()).hexdigest(), 16))[:size]


# ---------------------------------------------------------------------------------------------------
# dawnsupply: Shopify Online Store 2.0, Dawn 15 collection page.
# ---------------------------------------------------------------------------------------------------

#: (title, vendor, product type, price, compare-at price, sold out, price varies, variant count).
DS_PRODUCTS: list[tuple[str, str, str, float, float | None, bool, bool, int]] = [
    ("Ceramic Pour-Over Dripper", "Hollowmere Pottery", "Brewers", 34.0, None, False, False, 3),
    ("Gooseneck Kettle 1L", "Fellwood", "Kettles", 89.0, 109.0, False, False, 2),
    ("Morning Ridge House Blend", "Dawn Supply Co.", "Coffee", 18.0, None, False, True, 4),
    ("Hand Grinder Mk II", "Tarnhill", "Grinders", 145.0, None, False, False, 1),
    ("Linen Tea Towel Set", "Weft & Warp", "Kitchen Textiles", 28.0, None, True, False, 1),
    ("Borosilicate Carafe 600ml", "Fellwood", "Brewers", 26.0, 32.0, False, False, 1),
    ("Single Origin Huila Decaf", "Dawn Supply Co.", "Coffee", 21.0, None, False, True, 3),
    ("Walnut Scoop", "Oakrow Workshop", "Accessories", 14.0, None, False, False, 1),
    ("Stoneware Mug — Fog", "Hollowmere Pottery", "Mugs", 32.0, None, False, False, 1),
    ("Cold Brew Bottle", "Brightwater", "Brewers", 29.0, 38.0, False, False, 2),
    ("Espresso Tamper 58mm", "Tarnhill", "Accessories", 49.0, None, True, False, 1),
    ("Unbleached Paper Filters (100)", "Dawn Supply Co.", "Filters", 7.5, None, False, False, 1),
    ("Cast Iron Trivet", "Oakrow Workshop", "Accessories", 24.0, None, False, False, 1),
    ("Digital Brew Scale", "Brightwater", "Scales", 64.0, 79.0, False, False, 1),
    ("Ethiopia Guji Natural", "Dawn Supply Co.", "Coffee", 22.0, None, False, True, 3),
    ("French Press 8 Cup", "Fellwood", "Brewers", 42.0, None, False, False, 2),
    ("Stoneware Mug — Rust", "Hollowmere Pottery", "Mugs", 32.0, None, True, False, 1),
    ("Milk Frothing Pitcher", "Tarnhill", "Accessories", 19.0, 24.0, False, False, 2),
    ("Canvas Coffee Apron", "Weft & Warp", "Kitchen Textiles", 58.0, None, False, False, 3),
    ("Bamboo Knock Box", "Oakrow Workshop", "Accessories", 36.0, None, False, False, 1),
    ("Colombia Finca Alta Washed", "Dawn Supply Co.", "Coffee", 20.0, None, False, True, 3),
    ("Airtight Bean Canister", "Brightwater", "Storage", 27.0, 34.0, True, False, 2),
    ("Glass Cupping Bowls (Set of 4)", "Fellwood", "Accessories", 38.0, None, False, False, 1),
    ("Moka Pot 6 Cup", "Tarnhill", "Brewers", 46.0, None, False, False, 1),
    ("Brewing Guide Print", "Dawn Supply Co.", "Prints", 16.0, None, False, False, 2),
    ("Wool Pot Holder", "Weft & Warp", "Kitchen Textiles", 18.0, 22.0, False, False, 1),
    ("Kenya Kiambu AA", "Dawn Supply Co.", "Coffee", 26.0, None, False, True, 3),
    ("Ceramic Dripper Stand", "Hollowmere Pottery", "Brewers", 52.0, None, False, False, 1),
    ("Travel Tumbler 12oz", "Brightwater", "Mugs", 31.0, None, False, False, 4),
    ("Oak Serving Board", "Oakrow Workshop", "Kitchen", 44.0, 55.0, False, False, 1),
    ("Gift Card", "Dawn Supply Co.", "Gift Card", 25.0, None, False, True, 4),
]

DS_SECTION = "template--22914117394725__product-grid"


def _usd(amount: float) -> str:
    return f"${amount:,.2f} USD"


def _ds_url(title: str) -> str:
    return f"/products/{slug(title)}"


def _ds_srcset(file: str, width: int) -> str:
    base = f"//dawnsupply.com/cdn/shop/files/{file}?v=17{_num(file, 8)}"
    steps = [w for w in (165, 360, 533, 720, 940, 1066) if w <= width]
    return ",".join(f"{base}&amp;width={w} {w}w" for w in steps) + f",{base} {width}w"


def _ds_badge(product_id: str, sold_out: bool, on_sale: bool, prefix: str) -> str:
    """Dawn renders the badge twice: in the no-media block (``NoMediaStandardBadge``) and under the card."""
    label = ""
    if sold_out:
        label = f'<span\n                id="{prefix}-{DS_SECTION}-{product_id}"\n                class="badge badge--bottom-left color-scheme-3"\n              >Sold out</span>'
    elif on_sale:
        label = f'<span\n                id="{prefix}-{DS_SECTION}-{product_id}"\n                class="badge badge--bottom-left color-scheme-4"\n              >Sale</span>'
    return f"""<div class="card__badge bottom left">{label}</div>"""


def _ds_price(price: float, compare: float | None, sold_out: bool, varies: bool) -> str:
    classes = "price "
    if compare:
        classes += " price--on-sale"
    if sold_out:
        classes += " price--sold-out"
    money = _usd(price)
    shown = f"From {money}" if varies else money
    struck = _usd(compare) if compare else ""
    return f"""
<div
  class="
    {classes.strip()} "
>
  <div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
        <span class="price-item price-item--regular">
          {shown}
        </span></div>
    <div class="price__sale">
        <span class="visually-hidden visually-hidden--inline">Regular price</span>
        <span>
          <s class="price-item price-item--regular">

              {struck}

          </s>
        </span><span class="visually-hidden visually-hidden--inline">Sale price</span>
      <span class="price-item price-item--sale price-item--last">
        {shown}
      </span>
    </div>
    <small class="unit-price caption hidden">
      <span class="visually-hidden">Unit price</span>
      <span class="price-item price-item--last">
        <span></span>
        <span aria-hidden="true">/</span>
        <span class="visually-hidden">&nbsp;per&nbsp;</span>
        <span>
        </span>
      </span>
    </small>
  </div></div>
"""


def _ds_quick_add(product_id: str, title: str, url: str, sold_out: bool, variants: int) -> str:
    form_id = f"quick-add-{DS_SECTION}{product_id}"
    spinner = """<div class="loading__spinner hidden">
                  <svg xmlns="http://www.w3.org/2000/svg" class="spinner" viewBox="0 0 66 66"><circle stroke-width="6" cx="33" cy="33" r="30" fill="none" class="path"/></svg>

                </div>"""
    if variants == 1:
        variant_id = _num(title + "variant", 14)
        label = "Sold out" if sold_out else "Add to cart"
        disabled = "\n                        disabled" if sold_out else ""
        return f"""<div class="quick-add no-js-hidden"><product-form data-section-id="{DS_SECTION}"><form method="post" action="/cart/add" id="{form_id}" accept-charset="UTF-8" class="form" enctype="multipart/form-data" novalidate="novalidate" data-type="add-to-cart-form"><input type="hidden" name="form_type" value="product" /><input type="hidden" name="utf8" value="✓" /><input
                      type="hidden"
                      name="id"
                      value="{variant_id}"
                      class="product-variant-id"
                      {"disabled" if sold_out else ""}
                    >
                    <button
                      id="{form_id}-submit"
                      type="submit"
                      name="add"
                      class="quick-add__submit button button--full-width button--secondary"
                      aria-haspopup="dialog"
                      aria-labelledby="{form_id}-submit title-{DS_SECTION}-{product_id}"
                      aria-live="polite"
                      data-sold-out-message="true"{disabled}
                    >
                      <span>{label}
</span>
                      <span class="sold-out-message hidden">
                        Sold out
                      </span>
                      {spinner}
                    </button><input type="hidden" name="product-id" value="{product_id}" /><input type="hidden" name="section-id" value="{DS_SECTION}" /></form></product-form></div>"""
    return f"""<div class="quick-add no-js-hidden"><modal-opener data-modal="#QuickAdd-{product_id}">
                    <button
                      id="{form_id}-submit"
                      type="submit"
                      name="add"
                      class="quick-add__submit button button--full-width button--secondary"
                      aria-haspopup="dialog"
                      aria-labelledby="{form_id}-submit title-{DS_SECTION}-{product_id}"
                      data-product-url="{url}"
                    >
                      Choose options
                      {spinner}
                    </button>
                  </modal-opener>
                  <quick-add-modal id="QuickAdd-{product_id}" class="quick-add-modal">
                    <div
                      role="dialog"
                      aria-label="Choose options for {esc(title)}"
                      aria-modal="true"
                      class="quick-add-modal__content global-settings-popup"
                      tabindex="-1"
                    >
                      <button
                        id="ModalClose-{product_id}"
                        type="button"
                        class="quick-add-modal__toggle"
                        aria-label="Close"
                      >
                        <span class="svg-wrapper"><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-close" viewBox="0 0 18 17"><path fill="currentColor" d="M.865 15.978a.5.5 0 0 0 .707.707l7.433-7.431 7.579 7.282a.501.501 0 0 0 .846-.37.5.5 0 0 0-.153-.351L9.712 8.546l7.417-7.416a.5.5 0 1 0-.707-.708L8.991 7.853 1.413.573a.5.5 0 1 0-.693.72l7.563 7.268z"/></svg>
</span>
                      </button>
                      <div id="QuickAddInfo-{product_id}" class="quick-add-modal__content-info"></div>
                    </div>
                  </quick-add-modal></div>"""


def _ds_card(product: tuple[str, str, str, float, float | None, bool, bool, int], order: int) -> str:
    title, vendor, _kind, price, compare, sold_out, varies, variants = product
    product_id = _num(title)
    url = _ds_url(title)
    has_image = title != "Gift Card"
    on_sale = compare is not None and not sold_out
    file = f"{slug(title)}.jpg"
    if has_image:
        inner = f"""<div class="card__media">
            <div class="media media--transparent media--hover-effect">

              <img
                srcset="{_ds_srcset(file, 1600)}"
                src="//dawnsupply.com/cdn/shop/files/{file}?v=17{_num(file, 8)}&width=533"
                sizes="(min-width: 1200px) 267px, (min-width: 990px) calc((100vw - 130px) / 4), (min-width: 750px) calc((100vw - 120px) / 3), calc((100vw - 35px) / 2)"
                alt="{esc(title)}"
                class="motion-reduce"
                {"" if order <= 4 else 'loading="lazy"'}
                width="1600"
                height="1600"
              >

<img
                  srcset="{_ds_srcset(file.replace(".jpg", "-2.jpg"), 1600)}"
                  src="//dawnsupply.com/cdn/shop/files/{file.replace(".jpg", "-2.jpg")}?v=17{_num(file, 8)}&width=533"
                  sizes="(min-width: 1200px) 267px, (min-width: 990px) calc((100vw - 130px) / 4), (min-width: 750px) calc((100vw - 120px) / 3), calc((100vw - 35px) / 2)"
                  alt=""
                  class="motion-reduce"
                  loading="lazy"
                  width="1600"
                  height="1600"
                ></div>
          </div>"""
        card_class = "card card--standard\n         card--media\n        \n        \n        \n        \n        "
    else:
        inner = ""
        card_class = "card card--standard\n         card--text\n        \n        \n        \n        \n        "
    return f"""<li
                class="grid__item scroll-trigger animate--slide-in"
                data-cascade
                style="--animation-order: {order};"
              >

<div class="card-wrapper product-card-wrapper underline-links-hover">
    <div
      class="
        {card_class}"
      style="--ratio-percent: 100%;"
    >
      <div
        class="card__inner color-scheme-2 gradient ratio"
        style="--ratio-percent: 100%;"
      >{inner}
        <div class="card__content">
          <div class="card__information">
            <h3
              class="card__heading"
              {"" if has_image else f'id="title-{DS_SECTION}-{product_id}"'}
            >
              <a
                href="{url}"
                id="StandardCardNoMediaLink-{DS_SECTION}-{product_id}"
                class="full-unstyled-link"
                aria-labelledby="StandardCardNoMediaLink-{DS_SECTION}-{product_id} NoMediaStandardBadge-{DS_SECTION}-{product_id}"
              >
                {esc(title)}
              </a>
            </h3>
          </div>
          {_ds_badge(product_id, sold_out, on_sale, "NoMediaStandardBadge")}
        </div>
      </div>
      <div class="card__content">
        <div class="card__information">
          <h3
            class="card__heading h5"
            {f'id="title-{DS_SECTION}-{product_id}"' if has_image else ""}
          >
            <a
              href="{url}"
              id="CardLink-{DS_SECTION}-{product_id}"
              class="full-unstyled-link"
              aria-labelledby="CardLink-{DS_SECTION}-{product_id} Badge-{DS_SECTION}-{product_id}"
            >
              {esc(title)}
            </a>
          </h3>
          <div class="card-information"><span class="visually-hidden">Vendor:</span>
              <div class="caption-with-letter-spacing light">{esc(vendor)}</div><span class="caption-large light"></span>
{_ds_price(price, compare, sold_out, varies)}
</div>
        </div>
        {_ds_quick_add(product_id, title, url, sold_out, variants)}
        {_ds_badge(product_id, sold_out, on_sale, "Badge")}
      </div>
    </div>
  </div>
              </li>"""


def _ds_pagination(number: int, total: int) -> str:
    caret = """<span class="svg-wrapper"><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-caret" viewBox="0 0 10 6"><path fill="currentColor" fill-rule="evenodd" d="M9.354.646a.5.5 0 0 0-.708 0L5 4.293 1.354.646a.5.5 0 0 0-.708.708l4 4a.5.5 0 0 0 .708 0l4-4a.5.5 0 0 0 0-.708" clip-rule="evenodd"/></svg>
</span>"""
    items = []
    if number > 1:
        items.append(
            f"""<li>
            <a
              href="/collections/all?page={number - 1}"
              class="pagination__item pagination__item--next pagination__item-arrow link motion-reduce"
              aria-label="Previous page"
            >
              {caret}
            </a>
          </li>"""
        )
    for page in range(1, total + 1):
        if page == number:
            items.append(
                f"""<li><a
                role="link"
                aria-disabled="true"
                class="pagination__item pagination__item--current light"
                aria-current="page"
                aria-label="Page {page}"
              >
                {page}
              </a></li>"""
            )
        else:
            items.append(
                f"""<li><a href="/collections/all?page={page}" class="pagination__item link" aria-label="Page {page}">
                {page}
              </a></li>"""
            )
    if number < total:
        items.append(
            f"""<li>
            <a
              href="/collections/all?page={number + 1}"
              class="pagination__item pagination__item--prev pagination__item-arrow link motion-reduce"
              aria-label="Next page"
            >
              {caret}
            </a>
          </li>"""
        )
    joined = "\n".join(items)
    return f"""<div class="pagination-wrapper">
    <nav class="pagination" role="navigation" aria-label="Pagination">
      <ul class="pagination__list list-unstyled" role="list">{joined}</ul>
    </nav>
  </div>"""


SELECTED = ' selected="selected"'

DS_MENU: list[tuple[str, str, list[tuple[str, str, list[str]]]]] = [
    (
        "Shop",
        "/collections/all",
        [
            ("Coffee", "/collections/coffee", ["Single origin", "Blends", "Decaf", "Subscriptions"]),
            ("Brewing", "/collections/brewing", ["Pour-over", "French press", "Cold brew", "Moka pots"]),
            ("Grind & Weigh", "/collections/grind-weigh", ["Hand grinders", "Scales", "Tampers"]),
            ("Kitchen", "/collections/kitchen", ["Mugs", "Textiles", "Boards & trivets", "Storage"]),
        ],
    ),
    (
        "Makers",
        "/pages/makers",
        [
            ("Ceramics", "/collections/hollowmere-pottery", ["Hollowmere Pottery"]),
            ("Woodwork", "/collections/oakrow-workshop", ["Oakrow Workshop"]),
            ("Textiles", "/collections/weft-warp", ["Weft & Warp"]),
        ],
    ),
]


def _ds_mega_menu() -> str:
    blocks = []
    for index, (label, _href, columns) in enumerate(DS_MENU, 1):
        cols = []
        for column, column_href, links in columns:
            inner = "\n".join(
                f'<li><a id="HeaderMenu-{slug(label)}-{slug(column)}-{slug(link)}" href="{column_href}/{slug(link)}" class="mega-menu__link link">{esc(link)}</a></li>'
                for link in links
            )
            cols.append(
                f"""<li>
                <a id="HeaderMenu-{slug(label)}-{slug(column)}" href="{column_href}" class="mega-menu__link mega-menu__link--level-2 link">
                  {esc(column)}
                </a><ul class="list-unstyled" role="list">{inner}</ul></li>"""
            )
        blocks.append(
            f"""<li><header-menu>
              <details id="Details-HeaderMenu-{index}" class="mega-menu">
                <summary id="HeaderMenu-{slug(label)}" class="header__menu-item list-menu__item link focus-inset">
                  <span>{label}</span><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-caret" viewBox="0 0 10 6"><path fill="currentColor" fill-rule="evenodd" d="M9.354.646a.5.5 0 0 0-.708 0L5 4.293 1.354.646a.5.5 0 0 0-.708.708l4 4a.5.5 0 0 0 .708 0l4-4a.5.5 0 0 0 0-.708" clip-rule="evenodd"/></svg>
                </summary>
                <div id="MegaMenu-Content-{index}" class="mega-menu__content color-scheme-1 gradient motion-reduce global-settings-popup" tabindex="-1">
                  <ul class="mega-menu__list page-width mega-menu__list--condensed" role="list">{"".join(cols)}</ul>
                </div>
              </details>
            </header-menu></li>"""
        )
    blocks.append(
        '<li><a id="HeaderMenu-journal" href="/blogs/journal" class="header__menu-item list-menu__item link link--text focus-inset"><span>Journal</span></a></li>'
    )
    blocks.append(
        '<li><a id="HeaderMenu-visit-the-roastery" href="/pages/roastery" class="header__menu-item list-menu__item link link--text focus-inset"><span>Visit the roastery</span></a></li>'
    )
    return "\n".join(blocks)


def _ds_drawer_menu() -> str:
    rows = []
    for index, (label, href, columns) in enumerate(DS_MENU, 1):
        subs = "".join(
            f'<li><a id="HeaderDrawer-{slug(label)}-{slug(column)}" href="{column_href}" class="menu-drawer__menu-item link link--text list-menu__item focus-inset">{esc(column)}</a></li>'
            for column, column_href, _links in columns
        )
        rows.append(
            f"""<li><details id="Details-menu-drawer-menu-item-{index}">
                  <summary id="HeaderDrawer-{slug(label)}" class="menu-drawer__menu-item list-menu__item link link--text focus-inset">{label}<span class="svg-wrapper"><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-arrow" viewBox="0 0 14 10"><path fill="currentColor" fill-rule="evenodd" d="M8.537.808a.5.5 0 0 1 .817-.162l4 4a.5.5 0 0 1 0 .708l-4 4a.5.5 0 1 1-.708-.708L11.793 5.5H1a.5.5 0 0 1 0-1h10.793L8.646 1.354a.5.5 0 0 1-.109-.546" clip-rule="evenodd"/></svg></span></summary>
                  <div id="link-{slug(label)}" class="menu-drawer__submenu has-submenu gradient motion-reduce" tabindex="-1">
                    <div class="menu-drawer__inner-submenu">
                      <button class="menu-drawer__close-button link link--text focus-inset" aria-expanded="true">{label}</button>
                      <ul class="menu-drawer__menu list-menu" role="list" tabindex="-1"><li><a href="{href}" class="menu-drawer__menu-item link link--text list-menu__item focus-inset">All</a></li>{subs}</ul>
                    </div>
                  </div>
                </details></li>"""
        )
    return "\n".join(rows)


def _ds_facets(total: int) -> str:
    vendors = sorted({p[1] for p in DS_PRODUCTS})
    types = sorted({p[2] for p in DS_PRODUCTS})
    in_stock = sum(1 for p in DS_PRODUCTS if not p[5])

    def checklist(param: str, label: str, values: list[tuple[str, int]], index: int) -> str:
        items = "\n".join(
            f"""<li class="list-menu__item facets__item">
                    <label for="Filter-{label}-{n}" class="facet-checkbox">
                      <input type="checkbox" name="{param}" value="{esc(value)}" id="Filter-{label}-{n}">
                      <svg width="1.6rem" height="1.6rem" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><rect width="16" height="16" stroke="currentColor" fill="none" stroke-width="1"></rect></svg>
                      <svg aria-hidden="true" class="icon icon-checkmark" width="1.1rem" height="0.7rem" viewBox="0 0 11 7" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M1.5 3.5L2.83333 4.75L4.16667 6L9.5 1" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" /></svg>
                      <span aria-hidden="true">{esc(value)} ({count})</span>
                      <span class="visually-hidden">{esc(value)} ({count} products)</span>
                    </label>
                  </li>"""
            for n, (value, count) in enumerate(values, 1)
        )
        return f"""<details id="Details-{index}-{DS_SECTION}" class="disclosure-has-popup facets__disclosure js-filter" data-index="{index}">
                <summary class="facets__summary caption-large focus-offset" aria-label="{label} (0 selected)">
                  <div>
                    <span class="facets__summary-label">{label}</span>
                    <svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-caret" viewBox="0 0 10 6"><path fill="currentColor" fill-rule="evenodd" d="M9.354.646a.5.5 0 0 0-.708 0L5 4.293 1.354.646a.5.5 0 0 0-.708.708l4 4a.5.5 0 0 0 .708 0l4-4a.5.5 0 0 0 0-.708" clip-rule="evenodd"/></svg>
                  </div>
                </summary>
                <div id="Facet-{index}-{DS_SECTION}" class="parent-display facets__display">
                  <div class="facets__header">
                    <span class="facets__selected">0 selected</span>
                    <facet-remove><a href="/collections/all" class="facets__reset link underlined-link">Reset</a></facet-remove>
                  </div>
                  <fieldset class="facets-wrap parent-wrap">
                    <legend class="visually-hidden">{label}</legend>
                    <ul class="facets__list list-unstyled" role="list">{items}</ul>
                  </fieldset>
                </div>
              </details>"""

    availability = checklist(
        "filter.v.availability",
        "Availability",
        [("In stock", in_stock), ("Out of stock", len(DS_PRODUCTS) - in_stock)],
        1,
    )
    vendor = checklist("filter.p.vendor", "Brand", [(v, sum(1 for p in DS_PRODUCTS if p[1] == v)) for v in vendors], 3)
    kind = checklist(
        "filter.p.product_type", "Product type", [(t, sum(1 for p in DS_PRODUCTS if p[2] == t)) for t in types], 4
    )
    price = f"""<details id="Details-2-{DS_SECTION}" class="disclosure-has-popup facets__disclosure js-filter" data-index="2">
                <summary class="facets__summary caption-large focus-offset">
                  <div>
                    <span>Price</span>
                    <svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-caret" viewBox="0 0 10 6"><path fill="currentColor" fill-rule="evenodd" d="M9.354.646a.5.5 0 0 0-.708 0L5 4.293 1.354.646a.5.5 0 0 0-.708.708l4 4a.5.5 0 0 0 .708 0l4-4a.5.5 0 0 0 0-.708" clip-rule="evenodd"/></svg>
                  </div>
                </summary>
                <div id="Facet-2-{DS_SECTION}" class="facets__display">
                  <div class="facets__header">
                    <span class="facets__selected">The highest price is $145.00</span>
                    <facet-remove><a href="/collections/all" class="facets__reset link underlined-link">Reset</a></facet-remove>
                  </div>
                  <price-range class="facets__price">
                    <div class="field">
                      <span class="field__currency">$</span>
                      <input class="field__input" name="filter.v.price.gte" id="Filter-Price-GTE" type="text" inputmode="decimal" placeholder="0" data-pattern="\\d| |,|\\." data-min="0" data-max="145.00">
                      <label class="field__label" for="Filter-Price-GTE">From</label>
                    </div>
                    <div class="field">
                      <span class="field__currency">$</span>
                      <input class="field__input" name="filter.v.price.lte" id="Filter-Price-LTE" type="text" inputmode="decimal" placeholder="145.00" data-pattern="\\d| |,|\\." data-min="0" data-max="145.00">
                      <label class="field__label" for="Filter-Price-LTE">To</label>
                    </div>
                  </price-range>
                </div>
              </details>"""
    sort = "\n".join(
        f'<option value="{value}"{SELECTED if value == "manual" else ""}>{label}</option>'
        for value, label in [
            ("manual", "Featured"),
            ("best-selling", "Best selling"),
            ("title-ascending", "Alphabetically, A-Z"),
            ("title-descending", "Alphabetically, Z-A"),
            ("price-ascending", "Price, low to high"),
            ("price-descending", "Price, high to low"),
            ("created-ascending", "Date, old to new"),
            ("created-descending", "Date, new to old"),
        ]
    )
    return f"""<aside aria-labelledby="verticalTitle" class="facets-wrapper page-width" id="main-collection-filters" data-id="{DS_SECTION}">
      <facet-filters-form class="facets small-hide">
        <form id="FacetFiltersForm" class="facets__form">
          <div class="facets__wrapper medium-hide large-up-hide"></div>
          <div id="FacetsWrapperDesktop" class="facets__wrapper">
            <h2 class="facets__heading caption-large text-body">Filter:</h2>
            <script src="//dawnsupply.com/cdn/shop/t/12/assets/show-more.js?v=164855413402017592221736372514" defer="defer"></script>
            {availability}
            {price}
            {vendor}
            {kind}
            <noscript><button type="submit" class="facets__button-no-js button button--secondary">Filter</button></noscript>
          </div>
          <div class="facet-filters sorting caption">
            <div class="facet-filters__field">
              <h2 class="facet-filters__label caption-large text-body"><label for="SortBy">Sort by:</label></h2>
              <div class="select">
                <select name="sort_by" class="facet-filters__sort select__select caption-large" id="SortBy" aria-describedby="a11y-refresh-page-message">{sort}</select>
                <span class="svg-wrapper"><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-caret" viewBox="0 0 10 6"><path fill="currentColor" fill-rule="evenodd" d="M9.354.646a.5.5 0 0 0-.708 0L5 4.293 1.354.646a.5.5 0 0 0-.708.708l4 4a.5.5 0 0 0 .708 0l4-4a.5.5 0 0 0 0-.708" clip-rule="evenodd"/></svg></span>
              </div>
            </div>
            <noscript><button type="submit" class="facets__button-no-js button button--secondary">Sort</button></noscript>
          </div>
          <div class="product-count light" role="status">
            <h2 class="product-count__text text-body">
              <span id="ProductCountDesktop">{total} products</span>
            </h2>
            <div class="loading__spinner hidden"><svg xmlns="http://www.w3.org/2000/svg" class="spinner" viewBox="0 0 66 66"><circle stroke-width="6" cx="33" cy="33" r="30" fill="none" class="path"/></svg></div>
          </div>
        </form>
      </facet-filters-form>
    </aside>"""


def _ds_page(
    number: int,
    total_pages: int,
    products: list[tuple[str, str, str, float, float | None, bool, bool, int]],
    first: int,
) -> str:
    cards = "\n".join(_ds_card(product, order) for order, product in enumerate(products, 1))
    canonical = "https://dawnsupply.com/collections/all" + (f"?page={number}" if number > 1 else "")
    title = "Products" + (f" &ndash; Page {number}" if number > 1 else "")
    prev_link = f'\n    <link rel="prev" href="/collections/all?page={number - 1}">' if number > 1 else ""
    next_link = f'\n    <link rel="next" href="/collections/all?page={number + 1}">' if number < total_pages else ""
    json_ld = json.dumps(
        {
            "@context": "http://schema.org",
            "@type": "Organization",
            "name": "Dawn Supply Co.",
            "sameAs": ["https://www.instagram.com/dawnsupplyco", "https://www.pinterest.com/dawnsupplyco"],
            "url": "https://dawnsupply.com",
        }
    )
    return f"""<!doctype html>
<html class="js" lang="en">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="{canonical}">{prev_link}{next_link}
    <link rel="preconnect" href="https://cdn.shopify.com" crossorigin><link rel="icon" type="image/png" href="//dawnsupply.com/cdn/shop/files/favicon.png?crop=center&height=32&v=1712345678&width=32"><link rel="preconnect" href="https://fonts.shopifycdn.com" crossorigin><title>
      {title}
 &ndash; Dawn Supply Co.</title>

    <meta name="description" content="Small-batch coffee, brewing gear and kitchen goods from independent makers, roasted and packed in Portland, Maine.">

<meta property="og:site_name" content="Dawn Supply Co.">
<meta property="og:url" content="{canonical}">
<meta property="og:title" content="Products">
<meta property="og:type" content="website">
<meta property="og:description" content="Small-batch coffee, brewing gear and kitchen goods from independent makers, roasted and packed in Portland, Maine."><meta property="og:image" content="http://dawnsupply.com/cdn/shop/files/social-share.jpg?v=1712345678">
  <meta property="og:image:secure_url" content="https://dawnsupply.com/cdn/shop/files/social-share.jpg?v=1712345678">
  <meta property="og:image:width" content="1200">
  <meta property="og:image:height" content="628"><meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="Products">
<meta name="twitter:description" content="Small-batch coffee, brewing gear and kitchen goods from independent makers, roasted and packed in Portland, Maine.">


    <script src="//dawnsupply.com/cdn/shop/t/12/assets/constants.js?v=132983761750457495441736372513" defer="defer"></script>
    <script src="//dawnsupply.com/cdn/shop/t/12/assets/pubsub.js?v=158357773527763999511736372514" defer="defer"></script>
    <script src="//dawnsupply.com/cdn/shop/t/12/assets/global.js?v=88558128918567037191736372513" defer="defer"></script>
    <script src="//dawnsupply.com/cdn/shop/t/12/assets/details-disclosure.js?v=13653116266235556501736372513" defer="defer"></script>
    <script src="//dawnsupply.com/cdn/shop/t/12/assets/details-modal.js?v=25581673532751508451736372513" defer="defer"></script>
    <script src="//dawnsupply.com/cdn/shop/t/12/assets/search-form.js?v=133129549252120666541736372514" defer="defer"></script><script src="//dawnsupply.com/cdn/shop/t/12/assets/animations.js?v=88693664871331136111736372513" defer="defer"></script><script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script><meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/61847293957/digital_wallets/dialog">
<meta name="shopify-checkout-api-token" content="{_hex("checkout", 32)}">
<link rel="alternate" type="application/atom+xml" title="Feed" href="/collections/all.atom" />
<script async="async" src="/checkouts/internal/preloads.js?locale=en-US"></script>
<script id="shopify-features" type="application/json">{{"accessToken":"{_hex("token", 32)}","betas":["rich-media-storefront-analytics"],"domain":"dawnsupply.com","predictiveSearch":true,"shopId":61847293957,"locale":"en"}}</script>
<script>var Shopify = Shopify || {{}};
Shopify.shop = "dawn-supply-co.myshopify.com";
Shopify.locale = "en";
Shopify.currency = {{"active":"USD","rate":"1.0"}};
Shopify.country = "US";
Shopify.theme = {{"name":"Dawn","id":139482710277,"schema_name":"Dawn","schema_version":"15.2.0","theme_store_id":887,"role":"main"}};
Shopify.theme.handle = "null";
Shopify.theme.style = {{"id":null,"handle":null}};
Shopify.cdnHost = "dawnsupply.com/cdn";
Shopify.routes = Shopify.routes || {{}};
Shopify.routes.root = "/";</script>
<script type="module">!function(o){{(o.Shopify=o.Shopify||{{}}).modules=!0}}(window);</script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {{}};
window.ShopifyAnalytics.meta = window.ShopifyAnalytics.meta || {{}};
window.ShopifyAnalytics.meta.currency = 'USD';
var meta = {{"products":[],"page":{{"pageType":"collection","resourceType":"collection","resourceId":287319048197}}}};
for (var attr in meta) {{
  window.ShopifyAnalytics.meta[attr] = meta[attr];
}}</script>
<script class="analytics">(function () {{ var customDocumentWrite = function(content) {{ var jquery = null; if (window.jQuery) {{ jquery = window.jQuery; }} else if (window.Checkout && window.Checkout.$) {{ jquery = window.Checkout.$; }} if (jquery) {{ jquery('body').append(content); }} }}; window.ShopifyAnalytics.lib = window.ShopifyAnalytics.lib || {{}}; }})();</script>
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>


    <style data-shopify>
      @font-face {{
  font-family: Assistant;
  font-weight: 400;
  font-style: normal;
  font-display: swap;
  src: url("//dawnsupply.com/cdn/fonts/assistant/assistant_n4.9120912a469cad1cc292572851508ca49d12e768.woff2") format("woff2");
}}
      :root {{
        --font-body-family: Assistant, sans-serif;
        --font-body-style: normal;
        --font-body-weight: 400;
        --font-heading-family: Assistant, sans-serif;
        --font-body-scale: 1.0;
        --font-heading-scale: 1.0;
        --media-padding: px;
        --page-width: 120rem;
        --page-width-margin: 0rem;
        --product-card-image-padding: 0.0rem;
        --product-card-corner-radius: 0.0rem;
        --product-card-text-alignment: left;
        --product-card-border-width: 0.0rem;
        --badge-corner-radius: 4.0rem;
        --spacing-sections-desktop: 0px;
        --grid-desktop-vertical-spacing: 8px;
        --grid-desktop-horizontal-spacing: 8px;
        --buttons-radius: 0px;
        --inputs-radius: 0px;
      }}
      .color-scheme-1 {{ --color-background: 255,255,255; --color-foreground: 18,18,18; }}
      .color-scheme-2 {{ --color-background: 243,243,243; --color-foreground: 18,18,18; }}
      .color-scheme-3 {{ --color-background: 36,40,51; --color-foreground: 255,255,255; }}
      .color-scheme-4 {{ --color-background: 18,18,18; --color-foreground: 255,255,255; }}
      body, .color-scheme-1, .color-scheme-2, .color-scheme-3, .color-scheme-4 {{ color: rgba(var(--color-foreground), 0.75); background-color: rgb(var(--color-background)); }}
    </style>

    <link href="//dawnsupply.com/cdn/shop/t/12/assets/base.css?v=94266557971103095941736372513" rel="stylesheet" type="text/css" media="all" />
    <link rel="stylesheet" href="//dawnsupply.com/cdn/shop/t/12/assets/component-cart-items.css?v=123238115697927560811736372513" media="print" onload="this.media='all'">
      <link rel="preload" as="font" href="//dawnsupply.com/cdn/fonts/assistant/assistant_n4.9120912a469cad1cc292572851508ca49d12e768.woff2" type="font/woff2" crossorigin>
      <link href="//dawnsupply.com/cdn/shop/t/12/assets/component-localization-form.css?v=170315343355214948141736372513" rel="stylesheet" type="text/css" media="all" />
      <script src="//dawnsupply.com/cdn/shop/t/12/assets/localization-form.js?v=144176611646395275351736372514" defer="defer"></script><link rel="stylesheet" href="//dawnsupply.com/cdn/shop/t/12/assets/component-predictive-search.css?v=118923337488134913561736372513" media="print" onload="this.media='all'"><script>
      if (Shopify.designMode) {{
        document.documentElement.classList.add('shopify-design-mode');
      }}
    </script>
  </head>

  <body class="gradient animate--hover-default">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">
      Skip to content
    </a><!-- BEGIN sections: header-group -->
<div id="shopify-section-sections--18123440652549__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><link href="//dawnsupply.com/cdn/shop/t/12/assets/component-slideshow.css?v=17933591812325749411736372513" rel="stylesheet" type="text/css" media="all" />
<div
  class="utility-bar color-scheme-4 gradient utility-bar--bottom-border"
>
  <div class="page-width utility-bar__grid"><div
        class="announcement-bar"
        role="region"
        aria-label="Announcement"
      ><div class="page-width">
          <p class="announcement-bar__message h5">
            <span>Free shipping on orders over $60 — roasted Mondays &amp; Thursdays</span></p>
        </div></div><div class="localization-wrapper">
</div>
  </div>
</div>
</div><div id="shopify-section-sections--18123440652549__header" class="shopify-section shopify-section-group-header-group section-header"><link rel="stylesheet" href="//dawnsupply.com/cdn/shop/t/12/assets/component-list-menu.css?v=151968516119678728991736372513" media="print" onload="this.media='all'">
<link rel="stylesheet" href="//dawnsupply.com/cdn/shop/t/12/assets/component-mega-menu.css?v=10110889665867715061736372513" media="print" onload="this.media='all'">
<script src="//dawnsupply.com/cdn/shop/t/12/assets/cart-notification.js?v=133508293167896966491736372513" defer="defer"></script>
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social header--has-account">

<header-drawer data-breakpoint="tablet">
  <details id="Details-menu-drawer-container" class="menu-drawer-container">
    <summary
      class="header__icon header__icon--menu header__icon--summary link focus-inset"
      aria-label="Menu"
    >
      <span><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-hamburger" viewBox="0 0 18 16"><path fill="currentColor" d="M1 .5a.5.5 0 1 0 0 1h15.71a.5.5 0 0 0 0-1zM.5 8a.5.5 0 0 1 .5-.5h15.71a.5.5 0 0 1 0 1H1A.5.5 0 0 1 .5 8m0 7a.5.5 0 0 1 .5-.5h15.71a.5.5 0 0 1 0 1H1a.5.5 0 0 1-.5-.5"/></svg>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-close" viewBox="0 0 18 17"><path fill="currentColor" d="M.865 15.978a.5.5 0 0 0 .707.707l7.433-7.431 7.579 7.282a.501.501 0 0 0 .846-.37.5.5 0 0 0-.153-.351L9.712 8.546l7.417-7.416a.5.5 0 1 0-.707-.708L8.991 7.853 1.413.573a.5.5 0 1 0-.693.72l7.563 7.268z"/></svg>
</span>
    </summary>
    <div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1">
      <div class="menu-drawer__inner-container">
        <div class="menu-drawer__navigation-container">
          <nav class="menu-drawer__navigation">
            <ul class="menu-drawer__menu has-submenu list-menu" role="list">{_ds_drawer_menu()}
<li><a id="HeaderDrawer-journal" href="/blogs/journal" class="menu-drawer__menu-item list-menu__item link link--text focus-inset">Journal</a></li>
<li><a id="HeaderDrawer-visit-the-roastery" href="/pages/roastery" class="menu-drawer__menu-item list-menu__item link link--text focus-inset">Visit the roastery</a></li></ul>
          </nav>
          <div class="menu-drawer__utility-links">
            <a href="/account/login" class="menu-drawer__account link focus-inset h5 medium-hide large-up-hide" rel="nofollow">
              <account-icon><span class="svg-wrapper"><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-account" viewBox="0 0 18 19"><path fill="currentColor" fill-rule="evenodd" d="M6 4.5a3 3 0 1 1 6 0 3 3 0 0 1-6 0m3-4a4 4 0 1 0 0 8 4 4 0 0 0 0-8m5.58 12.15c1.12.82 1.83 2.24 1.91 4.85H1.51c.08-2.6.79-4.03 1.9-4.85C4.66 11.75 6.5 11.5 9 11.5s4.35.26 5.58 1.15M9 10.5c-2.5 0-4.65.24-6.17 1.35C1.27 12.98.5 14.93.5 18v.5h17V18c0-3.07-.77-5.02-2.33-6.15-1.52-1.1-3.67-1.35-6.17-1.35" clip-rule="evenodd"/></svg></span></account-icon>Log in</a>
            <ul class="list list-social list-unstyled" role="list"><li class="list-social__item"><a href="https://www.instagram.com/dawnsupplyco" class="list-social__link link"><span class="visually-hidden">Instagram</span></a></li><li class="list-social__item"><a href="https://www.pinterest.com/dawnsupplyco" class="list-social__link link"><span class="visually-hidden">Pinterest</span></a></li></ul>
          </div>
        </div>
      </div>
    </div>
  </details>
</header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
                <img src="//dawnsupply.com/cdn/shop/files/dawn-supply-logo.png?v=1712345678&amp;width=600" alt="Dawn Supply Co." srcset="//dawnsupply.com/cdn/shop/files/dawn-supply-logo.png?v=1712345678&amp;width=140 140w, //dawnsupply.com/cdn/shop/files/dawn-supply-logo.png?v=1712345678&amp;width=210 210w" width="140" height="46.0" loading="eager" class="header__heading-logo motion-reduce" sizes="(max-width: 280px) 50vw, 140px">
              </div></a>

<nav class="header__inline-menu">
  <ul class="list-menu list-menu--inline" role="list">{_ds_mega_menu()}</ul>
</nav>

<div class="header__icons header__icons--localization header-localization">
      <div class="desktop-localization-wrapper">
</div>

<details-modal class="header__search">
  <details>
    <summary
      class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
      aria-haspopup="dialog"
      aria-label="Search"
    >
      <span><span class="svg-wrapper"><svg fill="none" class="icon icon-search" viewBox="0 0 18 19"><path fill="currentColor" fill-rule="evenodd" d="M11.03 11.68A5.784 5.784 0 1 1 2.85 3.5a5.784 5.784 0 0 1 8.18 8.18m.26 1.12a6.78 6.78 0 1 1 .72-.7l5.4 5.4a.5.5 0 1 1-.71.7z" clip-rule="evenodd"/></svg></span></span>
    </summary>
    <div
      class="search-modal modal__content gradient"
      role="dialog"
      aria-modal="true"
      aria-label="Search"
    >
      <div class="modal-overlay"></div>
      <div class="search-modal__content search-modal__content-bottom" tabindex="-1"><predictive-search class="search-modal__form" data-loading-text="Loading..."><form action="/search" method="get" role="search" class="search search-modal__form">
          <div class="field">
            <input
              class="search__input field__input"
              id="Search-In-Modal"
              type="search"
              name="q"
              value=""
              placeholder="Search"role="combobox"
                aria-expanded="false"
                aria-owns="predictive-search-results"
                aria-controls="predictive-search-results"
                aria-haspopup="listbox"
                aria-autocomplete="list"
                autocorrect="off"
                autocomplete="off"
                autocapitalize="off"
                spellcheck="false">
            <label class="field__label" for="Search-In-Modal">Search</label>
            <input type="hidden" name="options[prefix]" value="last">
            <button
              type="reset"
              class="reset__button field__button hidden"
              aria-label="Clear search term"
            ></button>
            <button class="search__button field__button" aria-label="Search"></button>
          </div><div class="predictive-search predictive-search--header" tabindex="-1" data-predictive-search>
              <div class="predictive-search__loading-state"></div>
            </div>

            <span class="predictive-search-status visually-hidden" role="status" aria-hidden="true"></span></form></predictive-search><button
          type="button"
          class="search-modal__close-button modal__close-button link link--text focus-inset"
          aria-label="Close"
        ></button>
      </div>
    </div>
  </details>
</details-modal>

<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide" rel="nofollow"><account-icon><span class="svg-wrapper"></span></account-icon><span class="visually-hidden">Log in</span>
        </a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
      <span class="svg-wrapper"><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-cart-empty" viewBox="0 0 40 40"><path fill="currentColor" fill-rule="evenodd" d="M15.75 11.8h-3.16l-.77 11.6a5 5 0 0 0 4.99 5.34h7.38a5 5 0 0 0 4.99-5.33L28.4 11.8zm0 1h-2.22l-.71 10.67a4 4 0 0 0 3.99 4.27h7.38a4 4 0 0 0 4-4.27l-.72-10.67h-2.22v.63a4.75 4.75 0 1 1-9.5 0zm8.5 0h-7.5v.63a3.75 3.75 0 1 0 7.5 0z"/></svg></span>
    <span class="visually-hidden">Cart</span></a>
  </div>
</header>
</sticky-header>

<cart-notification>
  <div class="cart-notification-wrapper page-width">
    <div
      id="cart-notification"
      class="cart-notification focus-inset color-scheme-1 gradient"
      aria-modal="true"
      aria-label="Item added to your cart"
      role="dialog"
      tabindex="-1"
    >
      <div class="cart-notification__header">
        <h2 class="cart-notification__heading caption-large text-body">Item added to your cart</h2>
        <button
          type="button"
          class="cart-notification__close modal__close-button link link--text focus-inset"
          aria-label="Close"
        ></button>
      </div>
      <div id="cart-notification-product" class="cart-notification-product"></div>
      <div class="cart-notification__links">
        <a href="/cart" id="cart-notification-button" class="button button--secondary button--full-width">View cart</a>
        <form action="/cart" method="post" id="cart-notification-form">
          <button class="button button--primary button--full-width" name="checkout">Check out</button>
        </form>
        <button type="button" class="link button-label">Continue shopping</button>
      </div>
    </div>
  </div>
</cart-notification>

<script type="application/ld+json">
  {json_ld}
</script>
</div>
<!-- END sections: header-group -->

    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
      <div id="shopify-section-template--22914117394725__banner" class="shopify-section section"><link href="//dawnsupply.com/cdn/shop/t/12/assets/component-collection-hero.css?v=74228430722476039371736372513" rel="stylesheet" type="text/css" media="all" />
<div class="collection-hero color-scheme-1 gradient">
  <div class="collection-hero__inner page-width scroll-trigger animate--fade-in">
    <div class="collection-hero__text-wrapper">
      <h1 class="collection-hero__title">
        <span class="visually-hidden">Collection: </span>Products</h1></div></div>
</div>
</div><div id="shopify-section-{DS_SECTION.removesuffix("__product-grid")}__product-grid" class="shopify-section section"><link href="//dawnsupply.com/cdn/shop/t/12/assets/template-collection.css?v=58558206033505836701736372514" rel="stylesheet" type="text/css" media="all" />
<link href="//dawnsupply.com/cdn/shop/t/12/assets/component-card.css?v=120341546515895839841736372513" rel="stylesheet" type="text/css" media="all" />
<link href="//dawnsupply.com/cdn/shop/t/12/assets/component-price.css?v=70172745017360139101736372513" rel="stylesheet" type="text/css" media="all" />
<link rel="stylesheet" href="//dawnsupply.com/cdn/shop/t/12/assets/quick-add.css?v=66607634106428896231736372514" media="print" onload="this.media='all'">
<script src="//dawnsupply.com/cdn/shop/t/12/assets/product-form.js?v=82553749319723712671736372514" defer="defer"></script>
<script src="//dawnsupply.com/cdn/shop/t/12/assets/quick-add.js?v=138144185072486064021736372514" defer="defer"></script>
<script src="//dawnsupply.com/cdn/shop/t/12/assets/facets.js?v=29407542327040000581736372513" defer="defer"></script>
<style data-shopify>.section-{DS_SECTION}-padding {{
    padding-top: 27px;
    padding-bottom: 27px;
  }}

  @media screen and (min-width: 750px) {{
    .section-{DS_SECTION}-padding {{
      padding-top: 36px;
      padding-bottom: 36px;
    }}
  }}</style><div class="section-{DS_SECTION}-padding gradient color-scheme-1">
{_ds_facets(len(DS_PRODUCTS))}
<div
    class="product-grid-container scroll-trigger animate--slide-in"
    id="ProductGridContainer"

      data-cascade

  >
      <div class="collection page-width">
        <div class="loading-overlay gradient"></div>
        <ul
          id="product-grid"
          data-id="{DS_SECTION}"
          class="
            grid product-grid grid--2-col-tablet-down
            grid--4-col-desktop

          "
        >
{cards}
</ul>
{_ds_pagination(number, total_pages)}
      </div>
    </div>
</div>
</div>
    </main>

    <!-- BEGIN sections: footer-group -->
<div id="shopify-section-sections--18123440619781__footer" class="shopify-section shopify-section-group-footer-group">
<link href="//dawnsupply.com/cdn/shop/t/12/assets/section-footer.css?v=60110125046564254561736372514" rel="stylesheet" type="text/css" media="all" />
<footer class="footer color-scheme-1 gradient section-sections--18123440619781__footer-padding"><div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet  scroll-trigger animate--slide-in" data-cascade><div class="footer-block grid__item footer-block--menu scroll-trigger animate--slide-in" data-cascade style="--animation-order: 1;"><h2 class="footer-block__heading inline-richtext">Shop</h2><ul class="footer-block__details-content list-unstyled"><li><a href="/collections/coffee" class="link link--text list-menu__item list-menu__item--link">Coffee</a></li><li><a href="/collections/brewing" class="link link--text list-menu__item list-menu__item--link">Brewing</a></li><li><a href="/collections/kitchen" class="link link--text list-menu__item list-menu__item--link">Kitchen</a></li><li><a href="/products/gift-card" class="link link--text list-menu__item list-menu__item--link">Gift cards</a></li></ul></div><div class="footer-block grid__item footer-block--menu scroll-trigger animate--slide-in" data-cascade style="--animation-order: 2;"><h2 class="footer-block__heading inline-richtext">Help</h2><ul class="footer-block__details-content list-unstyled"><li><a href="/pages/shipping" class="link link--text list-menu__item list-menu__item--link">Shipping &amp; returns</a></li><li><a href="/pages/faq" class="link link--text list-menu__item list-menu__item--link">FAQ</a></li><li><a href="/pages/contact" class="link link--text list-menu__item list-menu__item--link">Contact</a></li><li><a href="/search" class="link link--text list-menu__item list-menu__item--link">Search</a></li></ul></div><div class="footer-block grid__item scroll-trigger animate--slide-in" data-cascade style="--animation-order: 3;"><h2 class="footer-block__heading inline-richtext">The roastery</h2><div class="footer-block__details-content rte"><p>We roast twice a week in a converted boat shed and ship the same day. Come by for a cupping on Saturdays.</p></div></div></div><div class="footer-block--newsletter scroll-trigger animate--slide-in" data-cascade><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="contact[tags]" value="newsletter">
                  <div class="newsletter-form__field-wrapper">
                    <div class="field">
                      <input
                        id="NewsletterForm--sections--18123440619781__footer"
                        type="email"
                        name="contact[email]"
                        class="field__input"
                        value=""
                        aria-required="true"
                        autocorrect="off"
                        autocapitalize="off"
                        autocomplete="email"
                        placeholder="Email"
                        required
                      >
                      <label class="field__label" for="NewsletterForm--sections--18123440619781__footer">Email</label>
                      <button type="submit" class="newsletter-form__button field__button" name="commit" id="Subscribe" aria-label="Subscribe"></button>
                    </div></div></form></div><ul class="footer__list-social list-unstyled list-social" role="list"><li class="list-social__item"><a href="https://www.instagram.com/dawnsupplyco" class="link list-social__link"><span class="visually-hidden">Instagram</span></a></li><li class="list-social__item"><a href="https://www.pinterest.com/dawnsupplyco" class="link list-social__link"><span class="visually-hidden">Pinterest</span></a></li></ul></div></div>

  <div class="footer__content-bottom scroll-trigger animate--slide-in" data-cascade>
    <div class="footer__content-bottom-wrapper page-width">
      <div class="footer__column footer__localization isolate"></div>
      <div class="footer__column footer__column--info"><div class="footer__payment">
            <span class="visually-hidden">Payment methods</span>
            <ul class="list list-payment" role="list"><li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" xmlns="http://www.w3.org/2000/svg" role="img" width="38" height="24" aria-labelledby="pi-american_express"><title id="pi-american_express">American Express</title><path fill="#000" d="M35 0H3C1.3 0 0 1.3 0 3v18c0 1.7 1.4 3 3 3h32c1.7 0 3-1.3 3-3V3c0-1.7-1.4-3-3-3Z" opacity=".07"/></svg></li><li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" xmlns="http://www.w3.org/2000/svg" role="img" width="38" height="24" aria-labelledby="pi-apple_pay"><title id="pi-apple_pay">Apple Pay</title></svg></li><li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" xmlns="http://www.w3.org/2000/svg" role="img" width="38" height="24" aria-labelledby="pi-master"><title id="pi-master">Mastercard</title></svg></li><li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" xmlns="http://www.w3.org/2000/svg" role="img" width="38" height="24" aria-labelledby="pi-shopify_pay"><title id="pi-shopify_pay">Shop Pay</title></svg></li><li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" xmlns="http://www.w3.org/2000/svg" role="img" width="38" height="24" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul>
          </div></div>
    </div>
    <div class="footer__content-bottom-wrapper page-width footer__content-bottom-wrapper--center">
      <div class="footer__copyright caption">
        <small class="copyright__content">&copy; 2025, <a href="/" title="">Dawn Supply Co.</a></small>
        <small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small><ul class="policies list-unstyled"><li><small class="copyright__content"><a href="/policies/refund-policy">Refund policy</a></small></li><li><small class="copyright__content"><a href="/policies/privacy-policy">Privacy policy</a></small></li><li><small class="copyright__content"><a href="/policies/terms-of-service">Terms of service</a></small></li><li><small class="copyright__content"><a href="/policies/shipping-policy">Shipping policy</a></small></li></ul>
      </div>
    </div>
  </div>
</footer>
</div>
<!-- END sections: footer-group -->

    <ul hidden>
      <li id="a11y-refresh-page-message">Choosing a selection results in a full page refresh.</li>
      <li id="a11y-new-window-message">Opens in a new window.</li>
    </ul>

    <script>
      window.shopUrl = 'https://dawnsupply.com';
      window.routes = {{
        cart_add_url: '/cart/add',
        cart_change_url: '/cart/change',
        cart_update_url: '/cart/update',
        cart_url: '/cart',
        predictive_search_url: '/search/suggest',
      }};

      window.cartStrings = {{
        error: `There was an error while updating your cart. Please try again.`,
        quantityError: `You can only add [quantity] of this item to your cart.`,
      }};

      window.variantStrings = {{
        addToCart: `Add to cart`,
        soldOut: `Sold out`,
        unavailable: `Unavailable`,
        unavailable_with_option: `[value] - Unavailable`,
      }};

      window.quickOrderListStrings = {{
        itemsAdded: `[quantity] items added`,
        itemAdded: `[quantity] item added`,
        itemsRemoved: `[quantity] items removed`,
        itemRemoved: `[quantity] item removed`,
        viewCart: `View cart`,
        each: `[money]/ea`,
        min_error: `This item has a minimum of [min]`,
        max_error: `This item has a maximum of [max]`,
        step_error: `You can only add this item in increments of [step]`,
      }};

      window.accessibilityStrings = {{
        imageAvailable: `Image [index] is now available in gallery view`,
        shareSuccess: `Link copied to clipboard`,
        pauseSlideshow: `Pause slideshow`,
        playSlideshow: `Play slideshow`,
        recipientFormExpanded: `Gift card recipient form expanded`,
        recipientFormCollapsed: `Gift card recipient form collapsed`,
        countrySelectorSearchCount: `[count] countries/regions found`,
      }};
    </script><script src="//dawnsupply.com/cdn/shop/t/12/assets/predictive-search.js?v=54145564108264911031736372514" defer="defer"></script>
<div id="shopify-block-AN2FkQ2xPRXZ1dlVnR__judge_me_reviews_app_embed" class="shopify-block shopify-app-block"></div>
<script id="web-pixels-manager-setup">(function(){{var e=window.webPixelsManager||{{}};e.init&&e.init({{"shopId":61847293957,"storefrontBaseUrl":"https://dawnsupply.com","pageType":"collection"}});}})();</script>
  </body>
</html>
"""


@twentythird_c
def build_dawnsupply() -> None:
    s = Site(
        "dawnsupply",
        kind="product catalogue (Shopify Online Store 2.0, Dawn 15 collection: ul#product-grid > li.grid__item > div.card-wrapper.product-card-wrapper, the title twice (no-media block + card__content), visually-hidden 'Vendor:', price__regular and price__sale both rendered with 'Regular price' / 'Sale price' labels, an empty struck s.price-item--regular on full-price items, 'From $18.00 USD', Sale / Sold out badges, quick-add forms and modals, facets form, nav.pagination with 'Page N' aria-labels, ?page=N)",
        start="collections/all",
        description="A coffee and kitchen-goods shop on Shopify's Dawn theme 15.2 (dawnsupply.com/collections/all, 2024–25), as a logged-out reader gets it: the announcement bar, sticky-header with the header-drawer menu and the desktop details.mega-menu (Shop / Makers columns of links), predictive search modal, account and cart icons, cart-notification; the collection hero 'Products'; facet-filters-form with details.facets__disclosure filters (Availability, Price range inputs, Brand, Product type — checkboxes with counts), the SortBy select and '31 products'; ul#product-grid of li.grid__item cards, 12 a page: each card renders the title twice (an h3.card__heading > a#StandardCardNoMediaLink-… inside card__inner for the no-media layout and h3.card__heading.h5 > a#CardLink-… in card__content), card__media with srcset images (a hover image; the gift card has none), div.card-information with a visually-hidden 'Vendor:' and the vendor caption, Dawn's price snippet with both div.price__regular ('Regular price' label + the current price) and div.price__sale ('Regular price' + s.price-item--regular, empty on full-price items, then 'Sale price' + price-item--sale), '$24.00 USD' money with currency code, 'From $18.00 USD' on coffees and the gift card whose prices vary, the quick-add product-form (one variant: 'Add to cart', disabled 'Sold out') or modal-opener 'Choose options' + quick-add-modal, the card__badge 'Sale' or 'Sold out' twice; Dawn's nav.pagination with arrow links whose classes are swapped (pagination__item--next on Previous), aria-label 'Page 2', the current page an a[role=link][aria-disabled=true][aria-current=page]; links /collections/all?page=N (page 1 also served at ?page=1); link rel=prev/next in the head; footer menus, newsletter form, payment icons, window.routes / cartStrings scripts. 12 + 12 + 7 products. Written down: title, url, vendor, price (the current price; the lowest for 'From'), currency, compare_at_price (the struck price, sale items only), sold_out (true where the Sold out badge shows, absent otherwise).",
    )
    pages = chunks(DS_PRODUCTS, [12, 12, 7])
    first = 1
    for number, products in enumerate(pages, 1):
        text = _ds_page(number, len(pages), products, first)
        first += len(products)
        if number == 1:
            s.list_page("collections/all/index.html", text)
            s.write("collections/all@page=1", text)
        else:
            s.list_page(f"collections/all@page={number}", text)
    for title, vendor, _kind, price, compare, sold_out, _varies, _variants in DS_PRODUCTS:
        s.expect(
            {
                "title": title,
                "url": _ds_url(title),
                "vendor": vendor,
                "price": price,
                "currency": "USD",
                "compare_at_price": compare,
                "sold_out": True if sold_out else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# sfracycle: Salesforce Commerce Cloud SFRA product grid with "More Results" (Search-UpdateGrid).
# ---------------------------------------------------------------------------------------------------

#: (name, product id, sales price, list price, rating, colours).
SC_BIKES: list[tuple[str, str, float, float | None, float | None, list[str]]] = [
    ("Ridgeback Trail 29 Hardtail", "RB-2901", 1299.0, None, 4.5, ["Slate", "Moss"]),
    ("Cityline 7 Step-Through", "CL-0702", 649.0, 749.0, 4.0, ["Cream", "Navy", "Sage"]),
    ("Aero SL Road Disc", "AS-1100", 2899.0, None, 5.0, ["Black"]),
    ("Gravel Nomad GRX", "GN-4020", 1849.0, 2099.0, 4.5, ["Sand", "Olive"]),
    ("Kids Sprout 16", "KS-1600", 279.0, None, None, ["Red", "Blue", "Yellow"]),
    ("E-Commute Belt 500", "EC-5000", 2499.0, None, 4.0, []),
    ("Foldaway 20 Compact", "FA-2001", 899.0, 999.0, 3.5, ["Silver", "Teal"]),
    ("Enduro Rig 160", "ER-1600", 3799.0, None, 4.5, ["Raw", "Orange"]),
    ("Cargo Hauler Longtail", "CH-9100", 3299.0, None, None, []),
    ("Fixie Urban Track", "FU-0480", 499.0, 579.0, 3.5, ["Black", "White", "Mint"]),
    ("Trekking Tour 8", "TT-0808", 1149.0, None, 4.0, ["Graphite"]),
    ("Balance Bike 12", "BB-1200", 149.0, None, 5.0, ["Red", "Green"]),
    ("Fatty Snow 4.8", "FS-4800", 1599.0, 1799.0, None, ["Arctic"]),
    ("Aero Pro Di2", "AP-2200", 5499.0, None, 4.5, []),
    ("Dirt Jump DJ-1", "DJ-0100", 799.0, None, 3.0, ["Purple", "Black"]),
    ("Cityline 3 Single Speed", "CL-0301", 429.0, None, 4.0, ["Cream", "Coral"]),
    ("Gravel Nomad Apex", "GN-3010", 1399.0, None, 4.0, ["Sand"]),
    ("E-Mountain Volt 625", "EM-6250", 4299.0, 4799.0, 4.5, ["Storm", "Moss"]),
    ("Kids Scout 24", "KS-2400", 399.0, None, None, ["Lime", "Blue"]),
    ("Tandem Duo Touring", "TD-0200", 2199.0, None, 3.5, []),
    ("Cyclocross CX Race", "CX-1900", 1999.0, 2299.0, 4.0, ["Red"]),
    ("Beach Cruiser Classic", "BC-2600", 379.0, None, 4.5, ["Mint", "Pink", "White"]),
    ("Hybrid Fit 5", "HF-0500", 719.0, None, None, ["Grey", "Blue"]),
    ("Ridgeback Trail 27.5", "RB-2751", 1099.0, 1249.0, 4.0, ["Slate"]),
    ("Aero SL Rim", "AS-0900", 1799.0, None, None, ["White", "Black"]),
    ("E-Folding City", "EF-2000", 1699.0, None, 3.5, []),
    ("Downhill DH Pro", "DH-2000", 4999.0, None, 5.0, ["Raw"]),
    ("Trekking Tour 10", "TT-1010", 1499.0, 1649.0, 4.5, ["Graphite", "Forest"]),
    ("Kids Sprout 20", "KS-2000", 329.0, None, 4.0, ["Red", "Blue"]),
    ("Track Sprint Carbon", "TS-3300", 2699.0, None, None, []),
]

SC_PREFIX = "/on/demandware.store/Sites-SfraCycle-Site/en_US"


def _sc_url(name: str, pid: str) -> str:
    return f"/{slug(name)}/{pid}.html"


def _usd_plain(amount: float) -> str:
    return f"${amount:,.2f}"


def _sc_stars(rating: float) -> str:
    icons = []
    for index in range(1, 6):
        if index <= int(rating):
            icons.append('<i class="fa fa-star"></i>')
        elif index - rating <= 0.5:
            icons.append('<i class="fa fa-star-half-o"></i>')
        else:
            icons.append('<i class="fa fa-star-o"></i>')
    return "\n            ".join(icons)


def _sc_tile(bike: tuple[str, str, float, float | None, float | None, list[str]]) -> str:
    name, pid, price, list_price, rating, colors = bike
    url = _sc_url(name, pid)
    image = f"/dw/image/v2/BKCS_PRD/on/demandware.static/-/Sites-sfracycle-master/default/dw{_hex(pid, 8)}/images/large/{pid}_1.jpg?sw=400&sh=400"
    swatches = "".join(
        f"""
                <a href="{url}?dwvar_{pid}_color={slug(color)}" aria-label="{esc(color)}">
                    <span>
                        <img class="swatch swatch-circle"
                             data-index="{n}.0"
                             style="background-image: url(/dw/image/v2/BKCS_PRD/on/demandware.static/-/Sites-sfracycle-master/default/dw{_hex(pid + color, 8)}/images/swatch/{pid}_{slug(color)}.png)"
                             src="/dw/image/v2/BKCS_PRD/on/demandware.static/-/Sites-sfracycle-master/default/dw{_hex(pid + color, 8)}/images/swatch/{pid}_{slug(color)}.png"
                             alt="{esc(name)}, {esc(color)}, swatch"/>
                    </span>
                </a>"""
        for n, color in enumerate(colors)
    )
    list_html = ""
    if list_price:
        list_html = f"""
        <del>
            <span class="strike-through list">
                <span class="value" content="{list_price:.2f}">
                    <span class="sr-only">
                        Price reduced from
                    </span>

                    {_usd_plain(list_price)}

                    <span class="sr-only">
                        to
                    </span>
                </span>
            </span>
        </del>
"""
    ratings = ""
    if rating is not None:
        ratings = f"""
        <div class="row tile-body-footer">
    <div class="ratings col-xs-12 col-sm-6">
        <span class="sr-only">{rating:g} out of 5 Customer Rating</span>
            {_sc_stars(rating)}
    </div>
</div>
"""
    return f"""<div class="col-6 col-sm-4">
<div class="product" data-pid="{pid}">
    <div class="product-tile">
    <!-- dwMarker="product" dwContentID="{_hex(pid, 26)}" -->
    <div class="image-container">
    <a href="{url}">
        <img class="tile-image"
             src="{image}"
             alt="{esc(name)}"
             title="{esc(name)}, {esc(pid)}, large"
             />
    </a>
    <a class="quickview hidden-sm-down" href="{SC_PREFIX}/Product-ShowQuickView?pid={pid}"
       data-toggle="modal"
       data-target="#quickViewModal"
       title="Quick View for {esc(name)}"
       aria-label="Quick View for {esc(name)}"
    >
        <span class="fa-stack fa-lg">
            <i class="fa fa-circle fa-inverse fa-stack-2x"></i>
            <i class="fa fa-expand fa-stack-1x"></i>
        </span>
        <span class="sr-only">Quick View</span>
    </a>
    <a class="wishlistTile" href="{SC_PREFIX}/Wishlist-AddProduct" title="Wish List">
        <span class="fa-stack fa-lg">
            <i class="fa fa-circle fa-inverse fa-stack-2x"></i>
            <i class="fa fa-heart-o fa-stack-1x"></i>
        </span>
    </a>
</div>

    <div class="tile-body">
        <div class="color-swatches">
    <div class="swatches">{swatches}
    </div>
</div>

        <div class="pdp-link">
    <a class="link" href="{url}">{esc(name)}</a>
</div>

        <div class="price">
    <span>{list_html}
        <span class="sales">
            <span class="value" content="{price:.2f}">
                {_usd_plain(price)}
            </span>
        </span>
    </span>
</div>
{ratings}
    </div>
    <!-- END_dwmarker -->
</div>
</div>
</div>"""


def _sc_grid_footer(start: int, total: int) -> str:
    more = ""
    if start + 12 < total:
        more = f"""
    <div class="show-more">
        <div class="text-center">
            <button class="btn btn-outline-primary col-12 col-sm-4 more"
                    data-url="{SC_PREFIX}/Search-UpdateGrid?cgid=bikes&amp;start={start + 12}&amp;sz=12"
            >
                More Results
            </button>
            <noscript></noscript>
            <a class="show-more-link d-block mt-2" href="/bikes/?start={start + 12}&amp;sz=12" rel="next">Next page</a>
        </div>
    </div>
"""
    return f"""<div class="col-12 grid-footer"
     data-sort-options='{{"options":[{{"displayName":"Best Matches","id":"best-matches","url":"{SC_PREFIX}/Search-UpdateGrid?cgid=bikes&srule=best-matches&start=0&sz={start + 12}"}},{{"displayName":"Price Low To High","id":"price-low-to-high","url":"{SC_PREFIX}/Search-UpdateGrid?cgid=bikes&srule=price-low-to-high&start=0&sz={start + 12}"}},{{"displayName":"Price High to Low","id":"price-high-to-low","url":"{SC_PREFIX}/Search-UpdateGrid?cgid=bikes&srule=price-high-to-low&start=0&sz={start + 12}"}},{{"displayName":"Product Name A - Z","id":"product-name-ascending","url":"{SC_PREFIX}/Search-UpdateGrid?cgid=bikes&srule=product-name-ascending&start=0&sz={start + 12}"}},{{"displayName":"Top Sellers","id":"top-sellers","url":"{SC_PREFIX}/Search-UpdateGrid?cgid=bikes&srule=top-sellers&start=0&sz={start + 12}"}}],"ruleId":"best-matches"}}'
     data-page-size="12"
     data-page-number="{start // 12}"
>
    <!--- More button --->{more}
    <input type="hidden" class="permalink" value="https://www.sfracycle.com/bikes/?start=0&amp;sz={start + 12}" />
        <input type="hidden" class="category-id" value="bikes" />
</div>"""


SC_MENU = [
    ("Bikes", ["Road", "Mountain", "Gravel", "Hybrid & City", "Electric", "Kids"]),
    ("Parts", ["Drivetrain", "Brakes", "Wheels & Tyres", "Cockpit"]),
    ("Apparel", ["Jerseys", "Shorts & Bibs", "Jackets", "Shoes"]),
    ("Accessories", ["Helmets", "Lights", "Locks", "Bags & Racks"]),
]


def _sc_menu() -> str:
    rows = []
    for label, subs in SC_MENU:
        items = "".join(
            f'<li class="dropdown-item" role="presentation"><a href="/{slug(label)}/{slug(sub)}/" id="{slug(label)}-{slug(sub)}" role="menuitem" class="dropdown-link" tabindex="-1">{esc(sub)}</a></li>'
            for sub in subs
        )
        rows.append(
            f"""<li class="nav-item dropdown" role="presentation">
                                <a href="/{slug(label)}/" id="{slug(label)}" class="nav-link dropdown-toggle" role="button" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false" tabindex="0">{label}</a>
                                <ul class="dropdown-menu" role="menu" aria-hidden="true" aria-label="{slug(label)}">{items}</ul>
                            </li>"""
        )
    rows.append(
        '<li class="nav-item" role="presentation"><a href="/sale/" id="sale" role="link" class="nav-link" tabindex="0">Sale</a></li>'
    )
    return "\n".join(rows)


def _sc_refinements() -> str:
    colours = ["Black", "Blue", "Green", "Grey", "Red", "White", "Yellow"]
    colour_items = "".join(
        f"""<li class="color-attribute ">
                <button data-href="{SC_PREFIX}/Search-ShowAjax?cgid=bikes&amp;prefn1=refinementColor&amp;prefv1={color}" title="Refine by Color: {color}">
                    <span class="{color.lower()}-ccffcc swatch-circle-{color.lower()} swatch-circle swatch-value"></span>
                    <span id="refinementColor-{color}" class="sr-only selected-assistive-text">Refine by Color: {color}</span>
                </button>
            </li>"""
        for color in colours
    )
    price_items = "".join(
        f"""<li class="col-sm-4 col-md-12 ">
                <button data-href="{SC_PREFIX}/Search-ShowAjax?cgid=bikes&amp;pmin={lo}&amp;pmax={hi}" title="Refine by Price: {label}">
                    <i class="fa fa-circle-o"></i>
                    <span aria-hidden="true">{label}</span>
                    <span class="sr-only selected-assistive-text">Refine by Price: {label}</span>
                </button>
            </li>"""
        for lo, hi, label in [
            ("0.00", "500.00", "$0 - $499.99"),
            ("500.00", "1000.00", "$500 - $999.99"),
            ("1000.00", "2500.00", "$1,000 - $2,499.99"),
            ("2500.00", "10000.00", "$2,500 and above"),
        ]
    )
    cats = "".join(
        f"""<li><button data-href="{SC_PREFIX}/Search-ShowAjax?cgid=bikes-{slug(sub)}" title="Refine by Category: {esc(sub)}"><i class="fa fa-square-o"></i><span aria-hidden="true">{esc(sub)}</span><span class="sr-only selected-assistive-text">Refine by Category: {esc(sub)}</span></button></li>"""
        for sub in SC_MENU[0][1]
    )
    return f"""<div class="refinements">
            <div class="card collapsible-sm refinement refinement-category">
                <div class="card-header col-sm-12">
                    <button class="title btn text-left btn-block d-md-none" aria-controls="refinement-category" aria-expanded="false"><span>Category</span></button>
                    <h2 aria-label="Category" class="d-none d-md-block">Category</h2>
                </div>
                <div class="card-body content value" id="refinement-category">
                    <ul class="values content">{cats}</ul>
                </div>
            </div>
            <div class="card collapsible-sm refinement refinement-color">
                <div class="card-header col-sm-12">
                    <button class="title btn text-left btn-block d-md-none" aria-controls="refinement-color" aria-expanded="false"><span>Color</span></button>
                    <h2 aria-label="Color" class="d-none d-md-block">Color</h2>
                </div>
                <div class="card-body content value" id="refinement-color">
                    <ul class="values content">{colour_items}</ul>
                </div>
            </div>
            <div class="card collapsible-sm refinement refinement-price">
                <div class="card-header col-sm-12">
                    <button class="title btn text-left btn-block d-md-none" aria-controls="refinement-price" aria-expanded="false"><span>Price</span></button>
                    <h2 aria-label="Price" class="d-none d-md-block">Price</h2>
                </div>
                <div class="card-body content value" id="refinement-price">
                    <ul class="values content">{price_items}</ul>
                </div>
            </div>
        </div>"""


def _sc_page(start: int, bikes: list[tuple[str, str, float, float | None, float | None, list[str]]], total: int) -> str:
    tiles = "\n".join(_sc_tile(bike) for bike in bikes)
    head_links = ""
    if start > 0:
        head_links += f'\n<link rel="prev" href="https://www.sfracycle.com/bikes/?start={start - 12}&amp;sz=12" />'
    if start + 12 < total:
        head_links += f'\n<link rel="next" href="https://www.sfracycle.com/bikes/?start={start + 12}&amp;sz=12" />'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<!--[if gt IE 9]><!-->
<script>//common/scripts.isml</script>
<script defer type="text/javascript" src="/on/demandware.static/Sites-SfraCycle-Site/-/en_US/v1735889012345/js/main.js"></script>
<script defer type="text/javascript" src="/on/demandware.static/Sites-SfraCycle-Site/-/en_US/v1735889012345/js/search.js"></script>
<!--<![endif]-->
<meta charset=UTF-8>
<meta http-equiv="x-ua-compatible" content="ie=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bikes | SfraCycle</title>
<meta name="description" content="Road, mountain, gravel, city and electric bikes, built and tuned in our workshop and delivered ready to ride."/>
<meta name="keywords" content="Commerce Cloud Storefront Reference Architecture"/>
<link rel="icon" type="image/png" href="/on/demandware.static/Sites-SfraCycle-Site/-/default/dw{_hex("fav", 8)}/images/favicons/favicon-32x32.png" sizes="32x32" />
<link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/font-awesome/4.7.0/css/font-awesome.min.css"/>
<link rel="stylesheet" href="/on/demandware.static/Sites-SfraCycle-Site/-/en_US/v1735889012345/css/global.css" />
<link rel="stylesheet" href="/on/demandware.static/Sites-SfraCycle-Site/-/en_US/v1735889012345/css/search.css" />
<link rel="canonical" href="https://www.sfracycle.com/bikes/"/>{head_links}
<script type="text/javascript">//<!--
/* <![CDATA[ (head-active_data.js) */
var dw = (window.dw || {{}});
dw.ac = {{
    _analytics: null,
    _events: [],
    _category: "",
    _searchData: "",
    _anact: "",
    _anact_nohit_tag: "",
    _analytics_enabled: "true",
    _timeZone: "US/Pacific",
    _capture: function(configs) {{ if (Object.prototype.toString.call(configs) === "[object Array]") {{ configs.forEach(captureObject); return; }} dw.ac._events.push(configs); }},
    capture: function() {{ dw.ac._capture(arguments); }},
    EV_PRD_SEARCHHIT: "searchhit",
    EV_PRD_DETAIL: "detail",
    EV_PRD_RECOMMENDATION: "recommendation",
    EV_PRD_SETPRODUCT: "setproduct",
    applyContext: function(context) {{ if (typeof context === "object" && context.hasOwnProperty("category")) {{ dw.ac._category = context.category; }} if (typeof context === "object" && context.hasOwnProperty("searchData")) {{ dw.ac._searchData = context.searchData; }} }},
    setDWAnalytics: function(analytics) {{ dw.ac._analytics = analytics; }},
    eventsIsEmpty: function() {{ return 0 == dw.ac._events.length; }}
}};
/* ]]> */
// -->
</script>
<script type="text/javascript">//<!--
/* <![CDATA[ (head-cquotient.js) */
var CQuotient = window.CQuotient = {{}};
CQuotient.clientId = 'bkcs-SfraCycle';
CQuotient.realm = 'BKCS';
CQuotient.siteId = 'SfraCycle';
CQuotient.instanceType = 'prd';
CQuotient.locale = 'en_US';
CQuotient.fbPixelId = '__UNKNOWN__';
/* ]]> */
// -->
</script>
</head>
<body>
<div class="page" data-action="Search-Show" data-querystring="cgid=bikes&amp;start={start}&amp;sz=12" >
<header>
    <a href="#maincontent" class="skip" aria-label="Skip to main content">Skip to main content</a>
<a href="#footercontent" class="skip" aria-label="Skip to footer content">Skip to footer content</a>
    <div class="header-banner slide-up d-none">
        <div class="container">
            <div class="d-flex justify-content-between">
                <div></div>
                <div class="content">
                    <div class="html-slot-container">
                        <p>Free shipping and a free first service on every bike.</p>
                    </div>
                </div>
                <div class="close-button width-20">
                    <button type="button" class="close" aria-label="Close"><span aria-hidden="true">&times;</span></button>
                </div>
            </div>
        </div>
    </div>
    <nav role="navigation">
        <div class="header container">
            <div class="row">
                <div class="col-12">
                    <div class="navbar-header brand">
                        <a class="logo-home" href="/home" title="SfraCycle Home">
                            <img src="/on/demandware.static/Sites-SfraCycle-Site/-/default/dw{_hex("logo", 8)}/images/logo.svg" alt="SfraCycle" />
                        </a>
                    </div>
                    <div class="navbar-header">
                        <div class="pull-left">
                            <button class="navbar-toggler d-md-none" type="button" aria-controls="sg-navbar-collapse" aria-expanded="false" aria-label="Toggle navigation">
                                &#9776;
                            </button>
                        </div>
                        <div class="pull-right">
                            <div class="d-lg-none search-mobile">
                                <button class="fa fa-search" type="button"><span class="sr-only">Search</span></button>
                            </div>
                            <div class="user hidden-md-down">
                                <a href="{SC_PREFIX}/Login-Show" role="button" aria-label="Login to your account">
                                    <i class="fa fa-sign-in" aria-hidden="true"></i>
                                    <span class="user-message">Login</span>
                                </a>
                            </div>
                            <div class="minicart" data-action-url="{SC_PREFIX}/Cart-MiniCartShow">
                                <div class="minicart-total hide-link-med">
                                    <a class="minicart-link" href="{SC_PREFIX}/Cart-Show" title="Cart 0 Items" aria-label="Cart 0 Items" aria-haspopup="true">
                                        <i class="minicart-icon fa fa-shopping-bag"></i>
                                        <span class="minicart-quantity">
                                            0
                                        </span>
                                    </a>
                                </div>
                                <div class="popover popover-bottom"></div>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
        <div class="main-menu navbar-toggleable-sm menu-toggleable-left multilevel-dropdown d-none d-md-block" id="sg-navbar-collapse">
            <div class="container">
                <div class="row">
                    <nav class="navbar navbar-expand-md bg-inverse col-12">
                        <div class="close-menu clearfix d-lg-none">
                            <div class="back pull-left">
                                <button role="button" aria-label="Back to previous menu">
                                    <span class="caret-left"></span>
                                    Back
                                </button>
                            </div>
                            <div class="close-button pull-right">
                                <button role="button" aria-label="Close Menu">
                                    Close
                                    <span aria-hidden="true">&times;</span>
                                </button>
                            </div>
                        </div>
                        <div class="menu-group" role="navigation">
                            <ul class="nav navbar-nav" role="menu">
                            {_sc_menu()}
                            </ul>
                        </div>
                    </nav>
                </div>
            </div>
        </div>
        <div class="search-mobile d-sm-none">
            <div class="site-search">
    <form role="search"
          action="/search"
          method="get"
          name="simpleSearch">
        <input class="form-control search-field"
               type="text"
               name="q"
               value=""
               placeholder="Search (keywords,etc)"
               role="combobox"
               aria-describedby="search-assistive-text"
               aria-haspopup="listbox"
               aria-owns="search-results"
               aria-expanded="false"
               aria-autocomplete="list"
               aria-activedescendant=""
               aria-controls="search-results"
               aria-label="Enter Keyword or Item No."
               autocomplete="off" />
        <button type="reset" name="reset-button" class="fa fa-times reset-button d-none" aria-label="Clear search keywords"></button>
        <button type="submit" name="search-button" class="fa fa-search" aria-label="Submit search keywords"></button>
        <div class="suggestions-wrapper" data-url="{SC_PREFIX}/SearchServices-GetSuggestions?q="></div>
        <input type="hidden" value="en_US" name="lang">
    </form>
</div>
        </div>
    </nav>
</header>

<div role="main" id="maincontent">

    <div class="hero slant-down search-banner"
        style="background-image: url(/on/demandware.static/-/Sites-sfracycle-storefront-catalog/default/dw{_hex("banner", 8)}/images/slot/bikes-banner.jpg)"
    >
        <h1 class="header page-title">
            Bikes
        </h1>
    </div>

<div class="container search-results">
    <div class="row search-nav">
    </div>
    <div class="row">
        <div class="tab-content col-12">
            <div class="tab-pane container active" id="product-search-results" role="tabpanel" aria-labelledby="product-tab">
                        <div class="row grid-header">
                            <div class="result-count text-center col-12 col-md-9 col-sm-6 order-sm-2">
                        <span>
        {total} Results
    </span>
                    </div>
                        <div class="col-6 col-sm-3 order-sm-1">
                            <select name="sort-order" class="custom-select" aria-label="Sort By">
        <option class="best-matches" value="{SC_PREFIX}/Search-UpdateGrid?cgid=bikes&amp;srule=best-matches&amp;start=0&amp;sz={start + 12}" data-id="best-matches" selected>Best Matches</option>
        <option class="price-low-to-high" value="{SC_PREFIX}/Search-UpdateGrid?cgid=bikes&amp;srule=price-low-to-high&amp;start=0&amp;sz={start + 12}" data-id="price-low-to-high">Price Low To High</option>
        <option class="price-high-to-low" value="{SC_PREFIX}/Search-UpdateGrid?cgid=bikes&amp;srule=price-high-to-low&amp;start=0&amp;sz={start + 12}" data-id="price-high-to-low">Price High to Low</option>
        <option class="product-name-ascending" value="{SC_PREFIX}/Search-UpdateGrid?cgid=bikes&amp;srule=product-name-ascending&amp;start=0&amp;sz={start + 12}" data-id="product-name-ascending">Product Name A - Z</option>
        <option class="top-sellers" value="{SC_PREFIX}/Search-UpdateGrid?cgid=bikes&amp;srule=top-sellers&amp;start=0&amp;sz={start + 12}" data-id="top-sellers">Top Sellers</option>
</select>
                        </div>
                        <div class="col-6 col-sm-3 text-right d-md-none order-sm-3">
                            <button type="button" class="btn btn-primary filter-results col-12">
                                Filter
                            </button>
                        </div>
                </div>
                    <div class="row">
                        <div class="refinement-bar col-md-3">
                            <div class="secondary-bar col-12 offset-sm-4 offset-md-0 col-sm-4 col-md-12">
    <button class="reset btn btn-block btn-outline-primary" data-href="{SC_PREFIX}/Search-ShowAjax?cgid=bikes" aria-label="Reset all refinements">Reset</button>
</div>
<div>
    {_sc_refinements()}
</div>
                        </div>

                        <div class="col-sm-12 col-md-9">
                             <div class="row filter-bar d-md-none">
                                 <ul></ul>
                             </div>

                             <div class="row product-grid" itemtype="http://schema.org/SomeProducts" itemid="#product">
                                 {tiles}

{_sc_grid_footer(start, total)}
                             </div>
                        </div>
                    </div>
            </div>
            <div class="tab-pane container" id="content-search-results-pane" role="tabpanel" aria-labelledby="articles-tab">
                <div id="content-search-results" class="content-grid-header"></div>
            </div>
        </div>
    </div>
</div>

</div>
<footer id="footercontent">
    <div class="container">
        <div class="footer-container row">
            <div class="footer-item col-sm-3 store">
                <div class="content-asset">
                    <h2>Locate Store</h2>
                    <ul class="menu-footer content">
                        <li><a href="{SC_PREFIX}/Stores-Find" title="Store Locator">Store Locator</a></li>
                    </ul>
                </div>
            </div>
            <div class="footer-item col-sm-3 collapsible-xs">
                <button class="title btn text-left btn-block d-sm-none" aria-controls="collapsible-account" aria-expanded="false">My Account</button>
                <h2 class="d-none d-sm-block">Account</h2>
                <ul id="collapsible-account" class="menu-footer content">
                    <li><a href="{SC_PREFIX}/Account-Show" title="Go to My Account">My Account</a></li>
                    <li><a href="{SC_PREFIX}/Order-History" title="Go to Check Order">Check Order</a></li>
                    <li><a href="{SC_PREFIX}/Login-Show" title="Go to Create Account">Create Account</a></li>
                </ul>
            </div>
            <div class="footer-item col-sm-3 collapsible-xs">
                <button class="title btn text-left btn-block d-sm-none" aria-controls="collapsible-customer-service" aria-expanded="false">Customer Service</button>
                <h2 class="d-none d-sm-block">Customer Service</h2>
                <ul id="collapsible-customer-service" class="menu-footer content">
                    <li><a href="{SC_PREFIX}/ContactUs-Landing" title="Go to Contact Us">Contact Us</a></li>
                    <li><a href="/shipping-returns.html" title="Go to Shipping and Returns">Shipping &amp; Returns</a></li>
                    <li><a href="/bike-fit.html" title="Go to Bike Fit">Book a Bike Fit</a></li>
                </ul>
            </div>
            <div class="footer-item col-sm-3 collapsible-xs">
                <button class="title btn text-left btn-block d-sm-none" aria-controls="collapsible-about" aria-expanded="false">About</button>
                <h2 class="d-none d-sm-block">About</h2>
                <ul id="collapsible-about" class="menu-footer content">
                    <li><a href="/about-us.html" title="Go to About Us">About Us</a></li>
                    <li><a href="/privacy-policy.html" title="Go to Privacy">Privacy</a></li>
                    <li><a href="/terms.html" title="Go to Terms">Terms</a></li>
                </ul>
            </div>
        </div>
        <hr class="d-sm-none" />
        <div class="row">
            <div class="col-lg-4 col-sm-5 push-sm-7 push-lg-8 social">
                <ul class="social-links">
                    <li><a class="fa fa-instagram" aria-label="Instagram" href="https://www.instagram.com/sfracycle" target="_blank"></a></li>
                    <li><a class="fa fa-youtube" aria-label="YouTube" href="https://www.youtube.com/@sfracycle" target="_blank"></a></li>
                </ul>
            </div>
            <div class="col-lg-8 col-sm-7 pull-sm-5 pull-lg-4 copyright-notice">
                <div class="copyright">&copy; 2025 SfraCycle. All Rights Reserved.</div>
                <div class="postscript">Prices in US dollars. Bikes ship 95% assembled.</div>
            </div>
        </div>
        <div class="back-to-top" title="Back to top">
            <i class="fa fa-arrow-up" aria-hidden="true"></i>
            <span class="fa-stack fa-lg">
                <i class="fa fa-circle fa-inverse fa-stack-2x"></i>
                <i class="fa fa-arrow-up fa-stack-1x"></i>
            </span>
        </div>
    </div>
</footer>
</div>
<div class="error-messaging"></div>
<div class="modal-background"></div>
<div class="modal fade" id="quickViewModal" role="dialog">
    <span class="enter-message sr-only"></span>
    <div class="modal-dialog quick-view-dialog">
        <div class="modal-content">
            <div class="modal-header">
                <a class="full-pdp-link" href=""></a>
                <button type="button" class="close pull-right" data-dismiss="modal">
                    <span aria-hidden="true">&times;</span>
                    <span class="sr-only">Close</span>
                </button>
            </div>
            <div class="modal-body"></div>
            <div class="modal-footer"></div>
        </div>
    </div>
</div>
<!--[if lt IE 10]>
<script>//common/scripts.isml</script>
<![endif]-->
<span class="api-true  consent-tracking-policy" data-caonline="true" data-url="{SC_PREFIX}/ConsentTracking-GetContent?cid=tracking_hint" data-reject="{SC_PREFIX}/ConsentTracking-SetSession?consent=false" data-accept="{SC_PREFIX}/ConsentTracking-SetSession?consent=true" data-acceptText="Yes" data-rejectText="No" data-heading="Tracking Consent" data-tokenName="csrf_token" data-token="{_hex("csrf" + str(start), 40)}"></span>
<script type="text/javascript" id="dwanalytics-js">//<!--
/* <![CDATA[ */
(function(){{ try {{ if (window.dw && dw.ac) {{ dw.ac.applyContext({{category: "bikes"}}); }} }} catch(err) {{}}; }})();
/* ]]> */
// -->
</script>
</body>
</html>
"""


def _sc_update_grid(
    start: int, bikes: list[tuple[str, str, float, float | None, float | None, list[str]]], total: int
) -> str:
    """What Search-UpdateGrid answers to the More Results button: the next tiles and a new grid footer."""
    return "\n".join(_sc_tile(bike) for bike in bikes) + "\n\n" + _sc_grid_footer(start, total)


@twentythird_c
def build_sfracycle() -> None:
    s = Site(
        "sfracycle",
        kind="product catalogue (Salesforce Commerce Cloud SFRA category grid: div.row.product-grid > div.col-6.col-sm-4 > div.product[data-pid] > div.product-tile, image-container with quickview (sr-only 'Quick View') and wishlist links, color-swatches, div.pdp-link > a.link, div.price with del > span.strike-through.list and span.sales > span.value[content], div.ratings of fa-star / fa-star-half-o / fa-star-o icons; the grid footer's 'More Results' button with data-url to Search-UpdateGrid plus a plain 'Next page' link, /bikes/?start=N&sz=12)",
        start="bikes/?start=0&sz=12",
        description="A bike shop on Salesforce Commerce Cloud's Storefront Reference Architecture (www.sfracycle.com/bikes/, 2024–25): head with the dw.ac analytics and CQuotient scripts and link rel=prev/next; header banner, the navbar with logo, Login, minicart and the multilevel-dropdown main menu (Bikes / Parts / Apparel / Accessories with dropdown-link items, Sale), the site-search form; the search-banner hero 'Bikes'; grid header '30 Results' and the sort-order select whose options are Search-UpdateGrid URLs; the refinement bar (Category, Color swatch buttons, Price ranges — buttons with data-href); div.row.product-grid of div.col-6.col-sm-4 > div.product[data-pid] > div.product-tile, 12 a page: div.image-container (a > img.tile-image, a.quickview to Product-ShowQuickView with a title / aria-label 'Quick View for <name>' and a sr-only 'Quick View', a.wishlistTile), div.tile-body with div.color-swatches (one to three a > span > img.swatch.swatch-circle per colour, none on seven), div.pdp-link > a.link name to /<slug>/<pid>.html, div.price > span with del > span.strike-through.list > span.value[content='749.00'] ('Price reduced from' / 'to' sr-only text) on sale bikes and span.sales > span.value[content='649.00'] '$649.00', div.tile-body-footer > div.ratings with a sr-only '4.5 out of 5 Customer Rating' and five fa-star / fa-star-half-o / fa-star-o icons on most; the grid footer (data-sort-options JSON, data-page-number) with the 'More Results' button whose data-url is Search-UpdateGrid?cgid=bikes&start=12&sz=12 (served as the fragment of tiles it returns) and a plain a.show-more-link 'Next page' rel=next to /bikes/?start=12&sz=12 for readers without JavaScript, both gone on the last page; the permalink hidden input; footer menus, quickViewModal, consent-tracking span. The bare /bikes/ serves page 1 too. 12 + 12 + 6 bikes. Written down: title, url, price, currency, list_price (the struck price, sale bikes only), rating (the stars, e.g. 4.5, where shown), colors (the number of swatches, where shown).",
    )
    pages = chunks(SC_BIKES, [12, 12, 6])
    for index, bikes in enumerate(pages):
        start = index * 12
        text = _sc_page(start, bikes, len(SC_BIKES))
        if start == 0:
            s.list_page("bikes/@start=0&sz=12", text)
            s.write("bikes/index.html", text)
        else:
            s.list_page(f"bikes/@start={start}&sz=12", text)
            s.write(
                f"on/demandware.store/Sites-SfraCycle-Site/en_US/Search-UpdateGrid@cgid=bikes&start={start}&sz=12",
                _sc_update_grid(start, bikes, len(SC_BIKES)),
            )
    for name, pid, price, list_price, rating, colors in SC_BIKES:
        s.expect(
            {
                "title": name,
                "url": _sc_url(name, pid),
                "price": price,
                "currency": "USD",
                "list_price": list_price,
                "rating": rating,
                "colors": len(colors) if colors else None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYTHIRD_C.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
