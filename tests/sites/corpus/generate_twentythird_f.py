"""Twenty-third wave, part F: three list pages from hosted platforms and a WordPress news theme, copied from their
real 2024–25 logged-out markup and written before any heuristic was changed for them.

* **bigcartel-print** — a risograph print shop on Big Cartel's Neat theme: ``header.header`` with the text logo,
  ``nav.sections`` / ``nav.utility`` (search button, ``a.cart-link`` with the item count and the ``money``
  subtotal), ``h1`` "Products" and the category ``div.subheader > ul.categories``; ``div.product-list-container >
  div.product-list > div.product-list-thumb`` (``product.css_class``: ``sold-out`` / ``coming-soon`` /
  ``on-sale``), each an ``a.product-list-link`` wrapping ``div.product-list-image-container`` (a 20 px blur-up
  ``src`` and a lazysizes ``data-srcset`` from assets.bigcartel.com) and ``div.product-list-thumb-info`` with the
  name, the price as the ``money`` filter renders it (``span[data-currency-amount] > span.currency_sign`` "$" +
  "24.00") and a ``div.product-list-thumb-status`` badge ("On sale" / "Sold out" / "Coming soon") on some;
  Neat's ``nav.pagination``: ``a.previous-page-link`` / ``span.previous-page-link.disabled`` "Previous", the
  platform's ``default_pagination`` ``div.page-numbers`` ("« Previous", ``span.current``, numbered links, "Next
  »"), "Page 2 of 3", ``a.next-page-link`` "Next"; ``/products?page=N`` (page 1 linked as ``?page=1``); the footer
  nav, social icons and "Powered by Big Cartel". 12 + 12 + 5 products.
  Written down: title, url, price, currency, status (where a badge shows).
* **shotgallery** — a design-showcase "Popular" grid for one category as Dribbble's Rails server renders it for a
  logged-out visitor: the site nav, the filter bar (Popular dropdown, category tabs, Filters button),
  ``ol.js-thumbnail-grid > li.shot-thumbnail[data-thumbnail-id]`` with ``figure.shot-thumbnail-placeholder``
  (``noscript`` img + lazy img with ``data-srcset``), the ``a.shot-thumbnail-link`` overlay link with a hidden
  "View <title>", ``div.shot-thumbnail-overlay`` (``div.shot-title``, save / like buttons that lead to the signup
  modal), ``div.shot-details-container`` with ``div.user-information`` (``a.hoverable.url`` to the designer,
  avatar, ``span.display-name``, a "Pro" / "Team" badge link on some) and the statistics (``span.js-shot-likes-count``
  "1.2k", ``span.js-shot-views-count`` "45.6k"); one boosted shot ("Promoted", no statistics) on page 1; a
  non-JS "Load more work" ``a[rel=next]`` pager to ``?page=N`` (none on the last page, which shows the
  sign-up prompt instead). 12 + 12 + 6 shots.
  Written down: title, url, designer, likes (text as shown), views (text as shown); the promoted shot is an ad.
* **hackshack** — a hardware-hacking news blog's category archive on a WordPress Underscores-derived theme
  (Hackaday-style): ``article.post`` with ``header.entry-header`` (``h2.entry-title > a[rel=bookmark]``,
  ``div.entry-meta`` "by <a>Author</a>", ``time.entry-date[datetime]`` "March 14, 2025" and a comments link
  "12 Comments" / "1 Comment" / "Leave a comment"), ``div.entry-featured-image``, an ``div.entry-content``
  excerpt ending in "Continue reading »", ``footer.entry-footer`` with ``span.cat-links`` and ``span.tags-links``
  (2–6 tags); a sidebar of widgets (newsletter form, "Popular posts" list, tag cloud, "Hackaday Podcast"-style
  promo) and ``nav.navigation.posts-navigation`` with "Older posts" (``/page/N/``) / "Newer posts".
  10 + 10 + 8 posts. Written down: title, url, author, date (ISO day), comments (0 for "Leave a comment"),
  summary, tags (list).

Run ``uv run python tests/sites/corpus/generate_twentythird_f.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
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

TWENTYTHIRD_F: dict[str, Callable[[], None]] = {}


def twentythird_f(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYTHIRD_F[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


def _hex(text: str, size: int = 10) -> str:
    """A stable hex id derived from ``text``."""
    return hashlib.sha1(text.encode()).hexdigest()[:size]


# ---------------------------------------------------------------------------------------------------
# bigcartel-print: Big Cartel's Neat theme, /products?page=N.
# ---------------------------------------------------------------------------------------------------

BC_STORE = "Ferry & Heron Print Co."
BC_SUBDOMAIN = "ferryandheron"

#: (name, price in USD, status badge or None, category, image width, image height).
BC_PRODUCTS: list[tuple[str, float, str | None, str, int, int]] = [
    ("Heron at Low Tide — Risograph Print", 24.00, None, "Prints", 1200, 1600),
    ("Night Ferry 11x17 Poster", 32.00, "On sale", "Prints", 1100, 1700),
    ("Tidepool Sticker Pack (6)", 9.00, None, "Stickers", 1600, 1600),
    ("Saltmarsh Zine Vol. 3", 12.00, "Sold out", "Zines", 1200, 1600),
    ("Lighthouse Keeper A3 Print", 28.00, None, "Prints", 1200, 1700),
    ("Moth Study Screen Print", 45.00, "Coming soon", "Prints", 1400, 1800),
    ("Harbour Map Tea Towel", 22.00, None, "Goods", 1600, 1600),
    ("Crab Club Enamel Pin", 11.00, "Sold out", "Goods", 1600, 1600),
    ("Estuary Birds Risograph Set of 3", 58.00, "On sale", "Prints", 1800, 1200),
    ("Fog Horn Zine", 8.50, None, "Zines", 1200, 1600),
    ("Kelp Forest Greeting Cards (Pack of 5)", 15.00, None, "Cards", 1600, 1200),
    ("Ferry Timetable Tote Bag", 26.00, None, "Goods", 1500, 1800),
    ("Gull Squabble 8x10 Print", 18.00, None, "Prints", 1200, 1500),
    ("Tide Table 2026 Wall Calendar", 30.00, "Coming soon", "Prints", 1200, 1700),
    ("Mudlark Finds Sticker Sheet", 6.00, None, "Stickers", 1200, 1600),
    ("Boatyard at Dusk Giclée Print", 65.00, None, "Prints", 1700, 1200),
    ("Cormorant Drying Wings Print", 24.00, "Sold out", "Prints", 1200, 1600),
    ("Shanty Songbook Zine", 10.00, None, "Zines", 1200, 1600),
    ("Pier Lights Postcard Set", 12.00, "On sale", "Cards", 1600, 1100),
    ("Oyster Catcher Risograph Print", 24.00, None, "Prints", 1200, 1600),
    ("Anchor Knot Patch", 7.50, None, "Goods", 1600, 1600),
    ("Low Water Bandana", 20.00, "Sold out", "Goods", 1600, 1600),
    ("The Ferryman's Almanac (Zine)", 14.00, None, "Zines", 1200, 1600),
    ("Seaglass Colour Study A4 Print", 19.00, None, "Prints", 1240, 1754),
    ("Heron & Ferry Logo Mug", 18.00, None, "Goods", 1600, 1600),
    ("Storm Petrel Screen Print", 40.00, "Coming soon", "Prints", 1400, 1800),
    ("Harbour Seals Risograph Print", 24.00, None, "Prints", 1200, 1600),
    ("Winter Solstice Card", 4.50, "On sale", "Cards", 1200, 1600),
    ("Misprint Grab Bag", 15.00, None, "Prints", 1600, 1600),
]

BC_CATEGORIES = ["Prints", "Zines", "Stickers", "Cards", "Goods"]
BC_STATUS_CLASS = {"On sale": "on-sale", "Sold out": "sold-out", "Coming soon": "coming-soon"}


def _bc_slug(name: str) -> str:
    return slug(name.replace("&", "and"))


def _bc_money(amount: float) -> str:
    """Big Cartel's ``money: 'sign'`` output wrapped for its currency switcher."""
    return f'<span data-currency-amount="{amount:.1f}" data-currency-code="USD"><span class="currency_sign">$</span>{amount:,.2f}</span>'


def _bc_image(name: str, width: int, height: int) -> tuple[str, str]:
    ident = 300000000 + _num(name, 8)
    base = f"https://assets.bigcartel.com/product_images/{ident}/{_bc_slug(name)}.jpg?auto=format&amp;fit=max"
    src = f"{base}&amp;w=20"
    srcset = ",\n".join(f"                      {base}&amp;w={w} {w}w" for w in (240, 320, 400, 540, 600, 800, 960))
    ratio = f"{width / height:.15g}"
    return src, f'data-aspectratio="{ratio}"\n                    data-srcset="\n{srcset}\n                    "'


def _bc_thumb(product: tuple[str, float, str | None, str, int, int]) -> str:
    name, price, status, _category, width, height = product
    css = BC_STATUS_CLASS.get(status or "", "")
    src, srcset = _bc_image(name, width, height)
    status_html = ""
    if status:
        tone = "status-primary" if status == "On sale" else "status-secondary"
        status_html = f'\n                  <div class="product-list-thumb-status {tone}">{esc(status)}</div>'
    return f"""
            <div class="product-list-thumb {css}">
              <a class="product-list-link product-list-link--true" href="/product/{_bc_slug(name)}" title="{esc(name)}">
                <div class="product-list-image-container product-list-image-container-square">
                  <img
                    alt="{esc(name)}"
                    class="blur-up product-list-image lazyload grid-square"
                    src="{src}"
                    {srcset}
                    data-sizes="auto"
                  >
                </div>
                <div class="product-list-thumb-info">
                  <div class="product-list-thumb-name">{esc(name)}</div>
                  <div class="product-list-thumb-price">
                    {_bc_money(price)}
                  </div>{status_html}
                </div>
              </a>
            </div>"""


BC_CHEVRON = '<svg aria-hidden="true" height="16" width="16" viewBox="0 0 7.6 15" enable-background="new 0 0 7.6 15"><path d="M1.1 0l6.5 7.5-6.3 7.5-1.2-1 5.5-6.5-5.6-6.5z"/></svg>'


def _bc_pager(number: int, total: int) -> str:
    parts: list[str] = []
    if number > 1:
        prev = f'<a aria-label="Go to previous page" class="page-link previous-page-link" href="/products?page={number - 1}">\n            {BC_CHEVRON}\n            <span>Previous</span>\n          </a>'
        inner_prev = f'<a class="previous" href="/products?page={number - 1}">&laquo; Previous</a>'
    else:
        prev = f'<span class="page-link previous-page-link disabled">\n            {BC_CHEVRON}\n            <span>Previous</span>\n          </span>'
        inner_prev = '<span class="previous disabled">&laquo; Previous</span>'
    parts.append(inner_prev)
    for page in range(1, total + 1):
        if page == number:
            parts.append(f'<span class="current">{page}</span>')
        else:
            parts.append(f'<a href="/products?page={page}">{page}</a>')
    if number < total:
        nxt = f'<a aria-label="Go to next page" class="page-link next-page-link" href="/products?page={number + 1}">\n            <span>Next</span>\n            {BC_CHEVRON}\n          </a>'
        parts.append(f'<a class="next" href="/products?page={number + 1}">Next &raquo;</a>')
    else:
        nxt = f'<span class="page-link next-page-link disabled">\n            <span>Next</span>\n            {BC_CHEVRON}\n          </span>'
        parts.append('<span class="next disabled">Next &raquo;</span>')
    numbers = '<div class="page-numbers" id="page-numbers"> ' + " ".join(parts) + " </div>"
    return f"""
        <nav class="pagination" aria-label="Pagination">
          {prev}
          {numbers}
          <div class="pagination-caption">Page {number} of {total}</div>
          {nxt}
        </nav>"""


BC_SOCIAL = """
        <ul class="social_icons">
          <li><a href="https://www.instagram.com/ferryandheronprint" title="Instagram"><svg class="instagram-icon" height="36" width="36" aria-hidden="true" focusable="false" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path fill="currentColor" d="M256 45.39c67.27 0 75.23.26 101.8 1.47 24.56 1.12 37.9 5.22 46.78 8.67a78 78 0 0129 18.85 78 78 0 0118.85 29c3.45 8.88 7.55 22.22 8.67 46.78 1.21 26.57 1.47 34.53 1.47 101.8s-.26 75.23-1.47 101.8c-1.12 24.56-5.22 37.9-8.67 46.78a83.51 83.51 0 01-47.81 47.81c-8.88 3.45-22.22 7.55-46.78 8.67-26.56 1.21-34.53 1.47-101.8 1.47s-75.24-.26-101.8-1.47c-24.56-1.12-37.9-5.22-46.78-8.67a78 78 0 01-29-18.85 78 78 0 01-18.85-29c-3.45-8.88-7.550-22.22-8.67-46.78-1.21-26.57-1.47-34.53-1.47-101.8s.26-75.23 1.47-101.8c1.12-24.56 5.22-37.9 8.67-46.78a78 78 0 0118.85-29 78 78 0 0129-18.85c8.88-3.45 22.22-7.55 46.78-8.67 26.57-1.21 34.53-1.47 101.8-1.47"/><path fill="currentColor" d="M251.92 122.56a129.36 129.36 0 10129.36 129.36 129.35 129.35 0 00-129.36-129.36zm0 213.36a84 84 0 1184-84 84 84 0 01-84 84z"/><circle fill="currentColor" cx="386.4" cy="117.44" r="30.23"/></svg></a></li>
          <li><a href="https://bsky.app/profile/ferryandheron.bsky.social" title="Bluesky"><svg class="bluesky-icon" height="36" width="36" aria-hidden="true" focusable="false" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path fill="currentColor" d="M112 62c58 44 121 133 144 180 23-47 86-136 144-180 42-31 110-56 110 22 1 15-8 131-14 149-18 65-84 82-143 72 103 17 129 75 73 133-108 110-155-28-167-63l-3-8-3 8c-12 35-59 173-167 63-56-58-30-116 73-133-59 10-125-7-143-72C10 214 2 99 2 84 2 6 70 31 112 62z"/></svg></a></li>
          <li><a href="https://www.tiktok.com/@ferryandheron" title="TikTok"><svg class="tiktok-icon" height="36" width="36" aria-hidden="true" focusable="false" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512"><path fill="currentColor" d="M448 210a210 210 0 0 1-123-39v178a163 163 0 1 1-140-161v90a75 75 0 1 0 52 71V0h88a121 121 0 0 0 2 22 122 122 0 0 0 54 80 121 121 0 0 0 67 21z"/></svg></a></li>
        </ul>"""

BC_SEARCH_ICON = '<svg aria-hidden="true" fill="currentColor" xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><path d="M15.707 14.293l-3.112-3.092-.006-.004c.882-1.197 1.411-2.597 1.411-4.197 0-3.859-3.141-7-7-7s-7 3.1-7 7 3.141 7 7 7c1.575 0 3.025-.529 4.196-1.41v.006l3.093 3.111c.199.193.411.293.711.293s.512-.098.707-.293c.391-.407.393-1.007-.007-1.414zm-8.707-2.293c-2.757 0-5-2.243-5-5s2.243-5 5-5 5 2.2 5 5-2.243 5-5 5z"/></svg>'
BC_CART_ICON = '<svg aria-hidden="true" fill="currentColor" xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><path d="M15.202 0h-14.188c-.561 0-1.014.4-1.014 1s.453 1 1 1h1v9c0 .6.5 1 1 1h10c.56 0 1-.447 1-1s-.44-1-1-1h-9v-2h9.175c.56 0 1.124-.435 1.259-.97l1.536-6.06c.136-.57-.17-.97-.77-.97zm-2.596 6h-8.606v-4h9.397l-.791 4z"/><circle cx="4.5" cy="14.5" r="1.5"/><circle cx="11.5" cy="14.5" r="1.5"/></svg>'
BC_MENU_ICON = '<svg aria-hidden="true" fill="currentColor" xmlns="http://www.w3.org/2000/svg" width="22" height="22" viewBox="0 0 16 10"><path d="M15.5 0h-15c-.276 0-.5.2-.5.5v1c0 .3.2.5.5.5h15c.276 0 .5-.2.5-.5v-1c0-.3-.2-.5-.5-.5zM15.5 4h-15c-.276 0-.5.2-.5.5v1c0 .3.2.5.5.5h15c.276 0 .5-.2.5-.5v-1c0-.3-.2-.5-.5-.5zM15.5 8h-15c-.276 0-.5.2-.5.5v1c0 .3.2.5.5.5h15c.276 0 .5-.224.5-.5v-1c0-.3-.2-.5-.5-.5z"/></svg>'
BC_CLOSE_ICON = '<svg aria-hidden="true" fill="currentColor" xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 8 8"><path d="M7.924 6.51l-2.474-2.475 2.475-2.475c.196-.195.196-.512 0-.707l-.708-.753c-.195-.195-.512-.195-.707 0l-2.474 2.521-2.475-2.475c-.195-.195-.512-.195-.707 0l-.707.754c-.196.195-.196.5 0 .707l2.475 2.475-2.475 2.428c-.196.195-.196.5 0 .707l.707.7c.195.2.5.2.7 0l2.475-2.475 2.481 2.482c.195.2.5.2.7 0l.707-.707c.204-.217.183-.517-.017-.707z"/></svg>'
BC_BADGE = '<svg aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 32 32"><path fill="currentColor" d="M16 0C7.2 0 0 7.2 0 16s7.2 16 16 16 16-7.2 16-16S24.8 0 16 0zm6.7 19.8-6.2 6.5c-.3.3-.8.3-1.1 0l-6.2-6.5c-.2-.2-.3-.4-.3-.7V8.4c0-.5.4-.9.9-.9h12.3c.5 0 .9.4.9.9v10.7c0 .3-.1.5-.3.7z"/></svg>'


def _bc_page(number: int, total: int, products: list[tuple[str, float, str | None, str, int, int]]) -> str:
    canonical = "/products" if number == 1 else f"/products?page={number}"
    cats = "\n".join(
        f'        <li class="page"><a title="View {esc(c)}" href="/category/{slug(c)}">{esc(c)}</a></li>'
        for c in BC_CATEGORIES
    )
    foot_cats = "\n".join(
        f'        <li><a title="View {esc(c)}" href="/category/{slug(c)}">{esc(c)}</a></li>' for c in BC_CATEGORIES
    )
    thumbs = "".join(_bc_thumb(p) for p in products)
    schema = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": BC_STORE,
            "url": f"https://{BC_SUBDOMAIN}.bigcartel.com",
            "potentialAction": {
                "@type": "SearchAction",
                "target": f"https://{BC_SUBDOMAIN}.bigcartel.com/products?search={{search_term_string}}",
                "query-input": "required name=search_term_string",
            },
        },
        ensure_ascii=False,
    )
    return f"""
<!DOCTYPE html>
  <head>
    <title>Products | {esc(BC_STORE)}</title>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link href="/theme_stylesheets/238877425/1741953086/theme.css" media="screen" rel="stylesheet" type="text/css">
    <!-- Served from Big Cartel Storefront -->
<!-- Big Cartel generated meta tags -->
<meta name="generator" content="Big Cartel" />
<meta name="author" content="{esc(BC_STORE)}" />
<meta name="description" content="Browse all products from {esc(BC_STORE)}." />
<meta name="referrer" content="strict-origin-when-cross-origin" />
<meta name="theme_name" content="Neat" />
<meta name="theme_version" content="2.9.4" />
<meta property="og:type" content="website" />
<meta property="og:site_name" content="{esc(BC_STORE)}" />
<meta property="og:title" content="Products" />
<meta property="og:url" content="https://{BC_SUBDOMAIN}.bigcartel.com{canonical}" />
<meta property="og:description" content="Browse all products from {esc(BC_STORE)}." />
<meta property="og:image" content="https://assets.bigcartel.com/account_images/5837201/ferry-heron-logo.png?auto=format&amp;fit=max&amp;h=1200&amp;w=1200" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:title" content="Products" />
<meta name="twitter:description" content="Browse all products from {esc(BC_STORE)}." />
<!-- end of generated meta tags -->

<!-- Big Cartel generated link tags -->
<link rel="preconnect" href="https://fonts.googleapis.com" />
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin="true" />
<link rel="stylesheet" href="//fonts.googleapis.com/css?family=Karla:400,700|Work+Sans:400,500,600&amp;display=swap" type="text/css" title="Google Fonts" />
<link rel="canonical" href="https://{BC_SUBDOMAIN}.bigcartel.com{canonical}" />
<link rel="alternate" href="https://{BC_SUBDOMAIN}.bigcartel.com/products.xml" type="application/rss+xml" title="Product Feed" />
<link rel="icon" href="https://assets.bigcartel.com/account_favicons/5837201/favicon.png?auto=format&amp;fit=max&amp;h=32&amp;w=32" type="image/png" />
<!-- end of generated link tags -->

<!-- Big Cartel generated structured data -->
<script type="application/ld+json">
{schema}
</script>
<!-- end of generated structured data -->

<script>
  Bigcartel = {{
    account: {{ currency: "USD", currency_sign: "$", country_code: "US", locale: "en-US" }},
    storefront: {{ page: "products", path: "{canonical}", subdomain: "{BC_SUBDOMAIN}" }}
  }};
  window.bigcartel = window.bigcartel || {{}};
  window.bigcartel.pageType = 'products';
</script>
<script src="https://www.bigcartel.com/storefront-analytics/v1/pixel.js" async data-account-id="5837201"></script>
    <style>.preloader * {{ opacity: 0; }}.transition-preloader * {{ transition: none !important }}</style>
  </head>
  <body id="products" class="store preloader transition-preloader" data-bc-page-type="products">
      <div role="complementary" aria-label="Announcement message" class="announcement-message">
          <div class="announcement-message__text">Free US shipping on orders over $50 &middot; Prints ship flat in rigid mailers</div>
          <button title="Close announcement message" class="announcement-message__close-button">
            <svg aria-hidden="true" fill="currentColor" class="announcement-message__close-icon" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 14.1 14.1" enable-background="new 0 0 14.1 14.1"><path d="M14.1 1.1l-1.1-1.1-6 6-5.9-6-1.1 1.1 6 5.9-6 6 1.1 1.1 5.9-6 6 6 1.1-1.1-6-6z"/></svg>
          </button>
      </div>
    <header class="header page" data-bc-hook="header">
      <div class="logo text">
        <a href="/" title="{esc(BC_STORE)}">
            {esc(BC_STORE)}
        </a>
      </div>
      <nav class="sections" aria-label="Primary navigation">
        <ul class="navigation">
          <li><a href="/products">Products</a></li>
              <li><a title="View About" href="/about">About</a></li>
              <li><a title="View Wholesale" href="/wholesale">Wholesale</a></li>
            <li><a href="/contact">Contact</a></li>
        </ul>
      </nav>
      <nav class="utility" aria-label="Secondary navigation">
        <ul>
            <li>
              <button class="open-search-button" type="button" aria-haspopup="dialog" aria-controls="search-modal" title="Search">
                {BC_SEARCH_ICON}
              </button>
            </li>
          <li class="cart">
            <a href="/cart" class="cart-link" title="View cart">
              {BC_CART_ICON}
              <span class="header-item-count">0</span>
              <span class="desktop header-divider">/</span>
              <span class="desktop header-subtotal-amount">{_bc_money(0)}</span>
            </a>
          </li>
          <li>
            <button class="open-mobile-navigation mobile" aria-label="Open mobile navigation" type="button">
              {BC_MENU_ICON}
            </button>
          </li>
        </ul>
      </nav>
    </header>
    <main id="main" class="content " data-bc-hook="content">

<h1 >
    Products
</h1>
    <div class="subheader">
      <ul class="categories">
{cats}
      </ul>
    </div>
      <div class="product-list-container">
        <div class="product-list">{thumbs}
        </div>
      </div>
{_bc_pager(number, total)}
    </main>

  <footer data-bc-hook="footer">
    <nav class="footernav">
      <ul>
        <li><a href="/">Home</a></li>
        <li><a href="/products">Products</a></li>
        <li><a href="/contact">Contact</a></li>
        <li><a href="/cart">Cart (<span class="cart-num-items">0</span>)</a></li>
      </ul>

      <ul>
{foot_cats}
      </ul>

      <ul>
            <li><a title="View About" href="/about">About</a></li>
            <li><a title="View Wholesale" href="/wholesale">Wholesale</a></li>
            <li><a title="View Shipping &amp; Returns" href="/shipping-returns">Shipping &amp; Returns</a></li>
            <li><a title="View Privacy Policy" href="/privacy">Privacy Policy</a></li>
      </ul>
    </nav>
      <nav aria-label="Social links">{BC_SOCIAL}
      </nav>
    <div class="footer-custom-content">Printed by hand on a Riso MZ970 in a converted net loft. Every print is a little different.</div>
    <div class="footer-credits">
      <a href="https://www.bigcartel.com/?utm_source=bigcartel&amp;utm_medium=storefront&amp;utm_campaign={BC_SUBDOMAIN}" title="Powered by Big Cartel" class="badge" data-bc-hook="attribution">{BC_BADGE}<span>Powered by Big Cartel</span></a>
    </div>
  </footer>

  <div class="mobile-navigation" aria-hidden="true">
    <div class="mobile-navigation-inner">
      <button class="close-mobile-navigation" aria-label="Close mobile navigation" type="button">{BC_CLOSE_ICON}</button>
      <nav aria-label="Mobile navigation">
        <ul>
          <li><a href="/products">Products</a></li>
          <li><a href="/about">About</a></li>
          <li><a href="/wholesale">Wholesale</a></li>
          <li><a href="/contact">Contact</a></li>
          <li><a href="/cart">Cart (<span class="cart-num-items">0</span>)</a></li>
        </ul>
      </nav>
    </div>
  </div>

    <div id="search-modal" role="dialog" aria-modal="true" aria-hidden="true">
      <div class="modal-content">
        <div class="modal-content--inner">
          <div class="wrapper">
            <button class="close-modal" aria-label="Close search dialog" data-dismiss="modal" type="button">
              {BC_CLOSE_ICON}
            </button>
            <form class="search-form" name="search" action="/products" method="get" accept-charset="utf8" role="search">
              <input type="hidden" name="utf8" value='✓'>
              <label for="desktop-search">Search</label>
              <input class="search-input" id="desktop-search" name="search" type="search" autocomplete="off" />
              <button type="submit" class="button search-button" aria-label="Submit search form">
                {BC_SEARCH_ICON}
              </button>
            </form>
          </div>
        </div>
      </div>
    </div>

  <script>
    const themeFeatures = {{
      optIns: [],
      optOuts: [],
    }};
    const themeOptions = {{
      showInventoryBars: false,
      showSoldOutOptions: true,
      showLowInventoryMessages: false,
      lowInventoryMessage: "Limited quantities available",
      almostSoldOutMessage: "Almost sold out",
      desktopProductPageImages: 'carousel',
      mobileProductPageImages: 'carousel',
      productImageZoom: true,
      money_format: 'sign'
    }};
    const themeColors = {{ backgroundColor: '#F7F4EE', primaryTextColor: '#1E2A33', linkTextColor: '#1E2A33', linkHoverColor: '#C2553A' }};
  </script>
  <script src="https://assets.bigcartel.com/api/6/api.usd.js?v=1" defer></script>
  <script src="https://assets.bigcartel.com/theme_assets/6/2.9.4/theme.js?v=1" defer></script>
  <script src="https://cdnjs.cloudflare.com/ajax/libs/lazysizes/5.3.2/lazysizes.min.js" async></script>
  <script src="https://www.bigcartel.com/storefront-tracking.js" defer data-account="5837201" data-page-type="products"></script>
  </body>
</html>"""


@twentythird_f
def build_bigcartel_print() -> None:
    s = Site(
        "bigcartel-print",
        kind="indie print shop on Big Cartel (Neat theme: div.product-list > div.product-list-thumb > a.product-list-link wrapping the blur-up lazysizes image and div.product-list-thumb-info with name, the money filter's span[data-currency-amount] > span.currency_sign '$' + '24.00' and an 'On sale' / 'Sold out' / 'Coming soon' status div on some; nav.pagination with Previous / default_pagination div.page-numbers '« Previous' 1 2 3 'Next »' / 'Page 2 of 3' / Next over /products?page=N)",
        start="products",
        description="A risograph and screen-print shop hosted on Big Cartel (ferryandheron.bigcartel.com/products) with the Neat theme as served in 2024–25: Big Cartel's generated head (generator / theme_name / og meta, Google Fonts, canonical, product RSS feed, a WebSite JSON-LD, the Bigcartel config script), an announcement bar, header.header with the text logo, nav.sections (Products / About / Wholesale / Contact) and nav.utility (search button, a.cart-link with the item count '0' and the '$0.00' subtotal, mobile menu button); h1 'Products' and div.subheader > ul.categories (Prints, Zines, Stickers, Cards, Goods); div.product-list-container > div.product-list > div.product-list-thumb.<css_class> (sold-out / coming-soon / on-sale): a.product-list-link[title] to /product/<slug> wrapping div.product-list-image-container-square (img.blur-up.lazyload with a 20 px src, data-aspectratio and a seven-width data-srcset from assets.bigcartel.com/product_images/<id>/<slug>.jpg) and div.product-list-thumb-info: div.product-list-thumb-name, div.product-list-thumb-price holding the money filter's output '<span data-currency-amount=\"24.0\" data-currency-code=\"USD\"><span class=\"currency_sign\">$</span>24.00</span>', and on 11 of 29 products a div.product-list-thumb-status.status-primary 'On sale' or .status-secondary 'Sold out' / 'Coming soon' (prices still shown); Neat's nav.pagination[aria-label=Pagination]: a.previous-page-link 'Previous' (span.disabled on page 1), the platform's default_pagination div#page-numbers.page-numbers (span.previous.disabled / a.previous '« Previous', span.current, numbered links, a.next 'Next »' / span.next.disabled), div.pagination-caption 'Page 2 of 3', a.next-page-link 'Next' (span.disabled on the last page); links /products?page=N, page 1 linked as ?page=1 and served there again. The footer: three footernav lists (pages, categories, custom pages), social icon links, a custom note and 'Powered by Big Cartel'; a mobile navigation drawer and the search modal; theme scripts. 12 + 12 + 5 products. Written down: title, url, price, currency (USD), status (the badge's text, absent without one).",
    )
    pages = chunks(BC_PRODUCTS, [12, 12, 5])
    for number, products in enumerate(pages, 1):
        text = _bc_page(number, len(pages), products)
        if number == 1:
            s.list_page("products/index.html", text)
            s.write("products@page=1", text)
        else:
            s.list_page(f"products@page={number}", text)
    for name, price, status, _category, _w, _h in BC_PRODUCTS:
        s.expect(
            {"title": name, "url": f"/product/{_bc_slug(name)}", "price": price, "currency": "USD", "status": status}
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# shotgallery: Dribbble's popular shots grid for one category, logged out.
# ---------------------------------------------------------------------------------------------------

#: (title, designer, designer path, badge or None, likes as shown, views as shown).
SG_SHOTS: list[tuple[str, str, str, str | None, str, str]] = [
    ("Fintech Dashboard — Cash Flow Overview", "Orbitwork Studio", "orbitwork", "Team", "1.2k", "45.6k"),
    ("Ceramics Studio Landing Page", "Maren Quist", "marenquist", "Pro", "846", "21.3k"),
    ("Solar Co-op Website Redesign", "Halden Digital", "haldendigital", "Team", "612", "18.9k"),
    ("Bakery Ordering Flow", "Tobias Renwick", "trenwick", None, "388", "9.4k"),
    ("Climbing Gym Membership Page", "Ines Valcourt", "inesvalcourt", "Pro", "1.5k", "52.1k"),
    ("AI Writing Assistant — Marketing Site", "Nordlys Lab", "nordlyslab", "Team", "2.3k", "88.4k"),
    ("Botanical Shop Product Page", "Priya Ramanathan", "priyaram", None, "274", "7.8k"),
    ("Architecture Portfolio Grid", "Studio Fenwick", "studiofenwick", "Team", "931", "30.2k"),
    ("Podcast Platform Homepage", "Caleb Osei", "calebosei", "Pro", "505", "14.7k"),
    ("Travel Journal Web App", "Yuki Tanabe", "yukitanabe", None, "163", "5k"),
    ("SaaS Pricing Page Exploration", "Lumen & Grid", "lumengrid", "Team", "1.1k", "39.8k"),
    ("Wine Bar Reservation Site", "Aurelio Conti", "aurelioconti", "Pro", "447", "12.9k"),
    ("Electric Bike Configurator", "Voltform", "voltform", "Team", "1.8k", "61.5k"),
    ("Nonprofit Donation Flow", "Grace Adeyemi", "graceadeyemi", None, "219", "6.4k"),
    ("Museum Exhibition Microsite", "Kasper Lind", "kasperlind", "Pro", "702", "19.4k"),
    ("Developer Docs Homepage", "Stackline Design", "stackline", "Team", "1.3k", "47.0k"),
    ("Skincare Brand E-commerce", "Noor Haddad", "noorhaddad", "Pro", "968", "27.6k"),
    ("Real Estate Listing Cards", "Felix Brandt", "felixbrandt", None, "141", "4.9k"),
    ("Coffee Subscription Onboarding", "Marlowe Creative", "marlowecreative", "Team", "583", "16.1k"),
    ("Music Festival Lineup Page", "Dara Whelan", "darawhelan", "Pro", "1.0k", "33.3k"),
    ("Healthcare Booking Dashboard", "Clinique Digital", "cliniquedigital", "Team", "754", "22.8k"),
    ("Recipe Blog Redesign", "Tomasz Wierzba", "twierzba", None, "97", "3.1k"),
    ("Crypto Wallet Landing Page", "Hexa Motion", "hexamotion", "Team", "2.9k", "104k"),
    ("Yoga Retreat Booking Site", "Selin Arslan", "selinarslan", "Pro", "426", "11.2k"),
    ("Furniture Store Category Page", "Oak & Ash Studio", "oakandash", "Team", "671", "20.5k"),
    ("Weather App Web Companion", "Jonah Pike", "jonahpike", None, "58", "874"),
    ("Language Learning Homepage", "Linguo Design Team", "linguodesign", "Team", "1.4k", "50.9k"),
    ("Bike Repair Shop Website", "Rafael Moreno", "rafamoreno", "Pro", "312", "8.8k"),
    ("Event Ticketing Checkout", "Passline", "passline", "Team", "877", "25.7k"),
    ("Independent Bookstore Site", "Hattie Okonjo", "hattieokonjo", None, "121", "4.4k"),
]

SG_CATEGORIES = [
    ("Discover", "/shots/popular"),
    ("Animation", "/shots/popular/animation"),
    ("Branding", "/shots/popular/branding"),
    ("Illustration", "/shots/popular/illustration"),
    ("Mobile", "/shots/popular/mobile"),
    ("Print", "/shots/popular/print"),
    ("Product Design", "/shots/popular/product-design"),
    ("Typography", "/shots/popular/typography"),
    ("Web Design", "/shots/popular/web-design"),
]

SG_COLORS = ["#EDE6F7", "#F3E5DA", "#DDE9F4", "#E8F1E4", "#F6ECD2", "#E4E4EC", "#F7DFE3", "#DCEFEF"]

SG_HEART = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16" fill="none" role="img" aria-hidden="true" class="icon fill-current shot-tools-icon"><path d="M10.7408 2C13.0889 2 14.6667 4.235 14.6667 6.32C14.6667 10.5425 8.11856 14 8.00004 14C7.88152 14 1.33337 10.5425 1.33337 6.32C1.33337 4.235 2.91115 2 5.2593 2C6.60745 2 7.48893 2.6825 8.00004 3.2825C8.51115 2.6825 9.39263 2 10.7408 2Z" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"></path></svg>'
SG_BOOKMARK = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16" fill="none" role="img" aria-hidden="true" class="icon fill-current shot-tools-icon"><path d="M3.33337 5.2C3.33337 4.0799 3.33337 3.51984 3.55136 3.09202C3.74311 2.71569 4.04907 2.40973 4.42539 2.21799C4.85322 2 5.41327 2 6.53337 2H9.46671C10.5868 2 11.1469 2 11.5747 2.21799C11.951 2.40973 12.257 2.71569 12.4487 3.09202C12.6667 3.51984 12.6667 4.0799 12.6667 5.2V14L8.00004 11.3333L3.33337 14V5.2Z" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"></path></svg>'
SG_EYE = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16" fill="none" role="img" aria-hidden="true" class="icon fill-current shot-tools-icon"><path d="M8 3C4.36992 3 1.98789 6.21774 1.18763 7.49059C1.09079 7.64462 1.04237 7.72163 1.01527 7.84042C0.99491 7.92964 0.99491 8.07036 1.01527 8.15958C1.04237 8.27837 1.09079 8.35539 1.18763 8.50941C1.98789 9.78226 4.36992 13 8 13C11.6301 13 14.0121 9.78226 14.8124 8.50941L14.8124 8.50939C14.9092 8.35538 14.9576 8.27837 14.9847 8.15958C15.0051 8.07036 15.0051 7.92964 14.9847 7.84042C14.9576 7.72163 14.9092 7.64462 14.8124 7.4906L14.8124 7.49059C14.0121 6.21774 11.6301 3 8 3Z" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"></path><path d="M8 10C9.10457 10 10 9.10457 10 8C10 6.89543 9.10457 6 8 6C6.89543 6 6 6.89543 6 8C6 9.10457 6.89543 10 8 10Z" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"></path></svg>'


def _sg_id(title: str) -> int:
    return 24000000 + _num(title, 7) % 1900000


def _sg_slug(title: str) -> str:
    """Dribbble keeps the title's capitals in the shot slug."""
    words = "".join(ch if ch.isalnum() else " " for ch in title.replace("&", "and")).split()
    return "-".join(words)


def _sg_url(title: str) -> str:
    return f"/shots/{_sg_id(title)}-{_sg_slug(title)}"


def _sg_image(title: str, index: int) -> tuple[str, str]:
    upload = 14000000 + _num(title + "upload", 7) % 9000000
    base = f"https://cdn.dribbble.com/userupload/{upload}/file/original-{_hex(title, 32)}.png"
    srcset = ", ".join(
        f"{base}?format=webp&amp;resize={w}x{w * 3 // 4}&amp;vertical=center {w}w"
        for w in (320, 400, 450, 640, 700, 800)
    )
    return f"{base}?format=webp&amp;resize=400x300&amp;vertical=center", srcset


def _sg_shot(shot: tuple[str, str, str, str | None, str, str], index: int, *, promoted: bool = False) -> str:
    title, designer, path, badge, likes, views = shot
    ident = _sg_id(title)
    url = _sg_url(title)
    src, srcset = _sg_image(title, index)
    avatar = f"https://cdn.dribbble.com/users/{1000000 + _num(designer, 7) % 9000000}/avatars/mini/{_hex(designer, 32)}.png?{1690000000 + _num(designer, 7)}"
    color = SG_COLORS[index % len(SG_COLORS)]
    badge_html = ""
    if badge == "Pro":
        badge_html = '\n        <a class="badge-link" href="/pro">\n          <span class="badge badge-pro">Pro</span>\n        </a>'
    elif badge == "Team":
        badge_html = '\n        <a class="badge-link" href="/teams">\n          <span class="badge badge-team">Team</span>\n        </a>'
    if promoted:
        stats = """
      <div class="shot-statistics-container js-shot-statistics">
        <span class="boosted-shot-label font-label color-deep-blue-sea-light-40">Promoted</span>
      </div>"""
        li_attrs = f'id="screenshot-{ident}" data-thumbnail-id="{ident}" class="shot-thumbnail js-thumbnail shot-thumbnail-container shot-thumbnail--boosted" data-ad-data="{{&quot;id&quot;:{ident},&quot;placement&quot;:&quot;popular-web-design-1&quot;}}" data-boost-id="{ident - 12345}" data-is-boost-fallback="false"'
    else:
        stats = f"""
      <div class="shot-statistics-container js-shot-statistics">
        <div class="shot-statistic js-shot-likes-container">
          <a class="shot-statistic-action like-shot js-like-shot" data-signup-trigger="true" data-href="/signup/new" data-context="like-shot" title="Like this shot" href="/signup/new">
            {SG_HEART}
          </a>
          <span class="js-shot-likes-count color-deep-blue-sea-light-20 font-weight-500">
            {likes}
          </span>
        </div>
        <div class="shot-statistic">
          {SG_EYE}
          <span class="js-shot-views-count color-deep-blue-sea-light-20 font-weight-500">
            {views}
          </span>
        </div>
      </div>"""
        li_attrs = f'id="screenshot-{ident}" data-thumbnail-id="{ident}" class="shot-thumbnail js-thumbnail shot-thumbnail-container  " data-ad-data="" data-boost-id="" data-is-boost-fallback=""'
    return f"""
  <li {li_attrs}>
    <div class="js-thumbnail-base shot-thumbnail-base disabled-shot-section dribbble-shot dribbble ">
      <figure style="background-color: {color}" class="js-thumbnail-placeholder shot-thumbnail-placeholder">
        <noscript>
          <img src="{src}" alt="{esc(title)}">
        </noscript>
        <img data-srcset="{srcset}" data-src="{src}" data-sizes="auto" alt="{esc(title)}" width="330" height="247" class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" loading="lazy">
      </figure>
      <a class="shot-thumbnail-link dribbble-link js-shot-link" href="{url}">
        <span class="accessibility-text">View {esc(title)}</span>
      </a>
      <div class="shot-thumbnail-extras">
      </div>
      <div class="shot-thumbnail-overlay">
        <div class="shot-thumbnail-overlay-content">
          <div class="shot-title">{esc(title)}</div>
          <ul class="js-dribbble-shot-actions shot-actions-container">
            <li data-bucket-container="true" class="shot-action">
              <a class="bucket-shot form-btn" title="Save shot" data-signup-trigger="true" data-href="/signup/new" data-context="bucket-shot" href="/signup/new">
                {SG_BOOKMARK}
                <span class="accessibility-text">Save</span>
              </a>
            </li>
            <li class="shot-action">
              <a class="form-btn tipsy-mobile-disabled like-shot" data-signup-trigger="true" data-href="/signup/new" data-context="like-shot" title="Like this shot" href="/signup/new">
                {SG_HEART}
                <span class="accessibility-text">Like</span>
              </a>
            </li>
          </ul>
        </div>
      </div>
    </div>
    <div class="shot-details-container js-shot-details-container">
      <div class="user-information">
        <a class="hoverable url" rel="contact" href="/{path}">
          <img class="photo lazyload" data-src="{avatar}" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="{esc(designer)}" width="24" height="24">
          <span class="display-name">{esc(designer)}</span>
        </a>{badge_html}
      </div>{stats}
    </div>
  </li>"""


SG_PROMOTED = ("Creative Agency Website Kit — 40 Sections", "Frameset UI", "framesetui", "Pro", "", "")


SG_LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 210 59" role="img" aria-labelledby="logo-title" class="fill-current"><title id="logo-title">Dribbble: the community for graphic design</title><path fill-rule="evenodd" clip-rule="evenodd" d="M206.622 31.928c-1.65 1.78-2.878 2.846-4.5 3.66-1.52.764-3.197.856-4.62.295-2.004-.788-2.726-2.532-2.548-4.882.186-2.444 1.328-4.936 3.034-6.58.812-.784 1.75-1.244 2.668-1.274 1.12-.042 2.016.552 2.16 1.512.22 1.484-1.144 3.112-3.466 4.03-.98.388-1.92.468-2.694.4"></path></svg>'


def _sg_page(number: int, total: int, shots: list[tuple[str, str, str, str | None, str, str]], first_index: int) -> str:
    base = "/shots/popular/web-design"
    canonical = base if number == 1 else f"{base}?page={number}"
    items: list[str] = []
    for offset, shot in enumerate(shots):
        if number == 1 and offset == 4:
            items.append(_sg_shot(SG_PROMOTED, 99, promoted=True))
        items.append(_sg_shot(shot, first_index + offset))
    tabs = "\n".join(
        f'        <li class="{"active" if name == "Web Design" else ""}"><a href="{href}" class="category-filter-link{" category-filter-link--selected" if name == "Web Design" else ""}">{esc(name)}</a></li>'
        for name, href in SG_CATEGORIES
    )
    if number < total:
        pager = f"""
  <div class="js-infinite-loader infinite-loader" data-next-page="{number + 1}">
    <div class="loading-indicator js-loading-indicator hidden" aria-hidden="true"><span class="loading-indicator-dot"></span><span class="loading-indicator-dot"></span><span class="loading-indicator-dot"></span></div>
    <div class="load-more-buttons">
      <a class="form-btn load-more js-load-more" rel="next" href="{base}?page={number + 1}">Load more work</a>
    </div>
  </div>"""
    else:
        pager = """
  <div class="signup-overlay-container">
    <div class="signup-overlay">
      <h3 class="font-heading-3">Sign up to continue</h3>
      <p class="font-body color-deep-blue-sea-light-40">You&rsquo;ve reached the end of popular Web Design shots for visitors. Sign up to browse more inspiration, save shots and follow designers.</p>
      <a class="form-sub btn2 btn2--large" href="/signup/new">Sign up with email</a>
      <p class="font-body-small">Already have an account? <a href="/session/new">Sign in</a></p>
    </div>
  </div>"""
    prev_link = (
        f'\n  <link rel="prev" href="{base}{"" if number == 2 else f"?page={number - 1}"}">' if number > 1 else ""
    )
    next_link = f'\n  <link rel="next" href="{base}?page={number + 1}">' if number < total else ""
    return f"""
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <meta name="referrer" content="strict-origin-when-cross-origin">
  <title>Web Design designs, themes, templates and downloadable graphic elements on Dribbble</title>
  <meta name="description" content="Discover 1,000+ Web Design designs on Dribbble. Your resource to discover and connect with designers worldwide.">
  <meta property="og:type" content="website">
  <meta property="og:site_name" content="Dribbble">
  <meta property="og:title" content="Web Design designs, themes, templates and downloadable graphic elements on Dribbble">
  <meta property="og:url" content="https://dribbble.com{canonical}">
  <meta property="og:image" content="https://cdn.dribbble.com/assets/dribbble-og-4f0fe8d8f7dbe4b4c1c6f2e9a0f0b5d1c2a3e6f5.png">
  <meta name="twitter:card" content="summary_large_image">
  <meta name="twitter:site" content="@dribbble">
  <meta name="csrf-param" content="authenticity_token">
  <meta name="csrf-token" content="{_hex(f"csrf{number}", 40)}Zq8Yp2m3XvN1cJ0aBk7R">
  <link rel="canonical" href="https://dribbble.com{canonical}">{prev_link}{next_link}
  <link rel="preconnect" href="https://cdn.dribbble.com">
  <link rel="icon" href="https://cdn.dribbble.com/assets/favicon-b38525134603b9513174ec887944bde1a869eb6cd414f4d640ee48ab2a15a26b.ico">
  <link rel="apple-touch-icon" href="https://cdn.dribbble.com/assets/apple-touch-icon-precomposed-1c6d2a8e3a2b1f0e8d4c5b6a7f8e9d0c1b2a3f4e.png">
  <link rel="stylesheet" media="screen" href="https://cdn.dribbble.com/assets/application-6f1ab5c24d3a3fc01d2b5a2e4de7a8c71b37e25d8e5b1b6f4a0c9e8d7f6a5b4c.css">
  <link rel="stylesheet" media="screen" href="https://cdn.dribbble.com/assets/shots/browse-5b7c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c.css">
  <script>
    window.Dribbble = window.Dribbble || {{}};
    Dribbble.JsConfig = {{ user: {{ isLoggedIn: false }}, remoteIp: "", hiringProfile: null, features: {{ boostedShots: true, infiniteScroll: true }} }};
    window.dataLayer = window.dataLayer || [];
    dataLayer.push({{ event: "page_view", pageType: "shots_browse", shotsListType: "popular", category: "web-design", page: {number} }});
  </script>
  <script async src="https://www.googletagmanager.com/gtm.js?id=GTM-TWF5HHX"></script>
</head>
<body id="shots" class="logged-out not-pro not-team no-hiring-profile  ">
  <div id="main-container" class="main-container">
  <div class="site-nav nav-v2 js-site-nav">
    <div class="nav-v2-content">
      <button class="nav-v2-hamburger js-site-nav-mobile-toggle" aria-label="Open navigation"><span></span><span></span><span></span></button>
      <a class="nav-v2-logo" href="/" aria-label="Dribbble home">{SG_LOGO}</a>
      <nav class="nav-v2-main" aria-label="Main navigation">
        <ul class="nav-v2-main__items">
          <li class="nav-v2-main__item"><a class="nav-v2-main__link nav-v2-main__link--selected" href="/shots/popular">Explore</a></li>
          <li class="nav-v2-main__item"><a class="nav-v2-main__link" href="/designers">Hire a Designer</a></li>
          <li class="nav-v2-main__item"><a class="nav-v2-main__link" href="/jobs">Find Jobs</a></li>
          <li class="nav-v2-main__item"><a class="nav-v2-main__link" href="/stories">Blog</a></li>
        </ul>
      </nav>
      <div class="nav-v2-search">
        <form class="nav-v2-search__form js-search-form" action="/search" method="get" role="search">
          <input type="search" name="q" class="nav-v2-search__input" placeholder="What are you looking for?" autocomplete="off" aria-label="Search">
          <button type="submit" class="nav-v2-search__button" aria-label="Search"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24" fill="none" role="img" aria-hidden="true"><path d="M14 14L16.5 16.5" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"></path><path d="M16.4333 18.5252C15.8556 17.9475 15.8556 17.0109 16.4333 16.4333C17.0109 15.8556 17.9475 15.8556 18.5252 16.4333L21.5667 19.4748C22.1444 20.0525 22.1444 20.9891 21.5667 21.5667C20.9891 22.1444 20.0525 22.1444 19.4748 21.5667L16.4333 18.5252Z" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"></path><path d="M16 9C16 5.13401 12.866 2 9 2C5.13401 2 2 5.13401 2 9C2 12.866 5.13401 16 9 16C12.866 16 16 12.866 16 9Z" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"></path></svg></button>
        </form>
      </div>
      <div class="nav-v2-actions">
        <a class="form-btn outlined nav-v2-actions__signup" href="/signup/new">Sign up</a>
        <a class="form-sub nav-v2-actions__login" href="/session/new">Log in</a>
      </div>
    </div>
  </div>

  <div id="wrap">
    <div id="wrap-inner" class="flushed">
      <div id="content" role="main">
        <div class="shots-browse-header container-fluid">
          <h1 class="font-heading-2 text-center">Web Design</h1>
          <p class="font-body-large text-center color-deep-blue-sea-light-40">Explore thousands of high-quality web design images on Dribbble. Your resource to get inspired, discover and connect with designers worldwide.</p>
        </div>
        <div class="filter-subnav container-fluid js-filter-subnav">
          <div class="filter-subnav-inner">
            <div class="filter-views">
              <div class="btn-dropdown btn-dropdown-neue js-sort-dropdown">
                <a class="form-btn btn-dropdown-link" href="#" data-dropdown-state="closed"><span class="meta">Popular</span></a>
                <div class="btn-dropdown-options sort-options">
                  <ul>
                    <li class="active"><a href="/shots/popular/web-design">Popular</a></li>
                    <li><a href="/shots/recent/web-design">New &amp; Noteworthy</a></li>
                  </ul>
                </div>
              </div>
            </div>
            <ul class="category-filter js-category-filter" aria-label="Categories">
{tabs}
            </ul>
            <div class="filter-settings">
              <button class="form-btn filter-toggle js-filter-toggle" type="button" data-signup-trigger="true" data-context="filters"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16" fill="none" role="img" aria-hidden="true"><path d="M2 4h12M4 8h8M6 12h4" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"></path></svg>Filters</button>
            </div>
          </div>
        </div>

        <div class="container-fluid">
<ol class="js-thumbnail-grid shots-grid group dribbbles container-fluid">{"".join(items)}
</ol>
{pager}
        </div>
      </div>
    </div>
  </div>

  <footer id="footer" role="contentinfo" class="site-footer">
    <div class="footer-content container-fluid">
      <div class="footer-top">
        <a class="footer-logo" href="/" aria-label="Dribbble home">{SG_LOGO}</a>
        <ul class="footer-nav">
          <li><a href="/for-designers">For designers</a></li>
          <li><a href="/designers">Hire talent</a></li>
          <li><a href="/pro">Get Pro</a></li>
          <li><a href="/advertise">Advertise</a></li>
          <li><a href="/about">About</a></li>
          <li><a href="/careers">Careers</a></li>
          <li><a href="https://help.dribbble.com">Support</a></li>
        </ul>
        <ul class="footer-social">
          <li><a href="https://twitter.com/dribbble" aria-label="Dribbble on X">X</a></li>
          <li><a href="https://www.facebook.com/dribbble" aria-label="Dribbble on Facebook">Facebook</a></li>
          <li><a href="https://instagram.com/dribbble" aria-label="Dribbble on Instagram">Instagram</a></li>
          <li><a href="https://www.pinterest.com/dribbble/" aria-label="Dribbble on Pinterest">Pinterest</a></li>
        </ul>
      </div>
      <div class="footer-bottom">
        <p class="copyright">&copy; 2025 Dribbble</p>
        <ul class="footer-legal">
          <li><a href="/terms">Terms</a></li>
          <li><a href="/privacy">Privacy</a></li>
          <li><a href="/cookie-policy">Cookies</a></li>
        </ul>
        <ul class="footer-secondary">
          <li><a href="/jobs">Jobs</a></li>
          <li><a href="/designers">Designers</a></li>
          <li><a href="/freelance-jobs">Freelancers</a></li>
          <li><a href="/tags">Tags</a></li>
          <li><a href="/places">Places</a></li>
          <li><a href="/resources">Resources</a></li>
        </ul>
      </div>
    </div>
  </footer>
  </div>

  <div id="signup-overlay" class="overlay js-signup-overlay" aria-hidden="true" role="dialog">
    <div class="overlay-content">
      <button class="close-overlay js-close-overlay" aria-label="Close">&times;</button>
      <h2 class="font-heading-3">Sign up to Dribbble</h2>
      <a class="form-btn auth-google" href="/auth/google_signup">Sign up with Google</a>
      <a class="form-btn outlined" href="/signup/new">Continue with email</a>
      <p class="font-body-small">By creating an account you agree with our <a href="/terms">Terms of Service</a> and <a href="/privacy">Privacy Policy</a>.</p>
    </div>
  </div>

  <div id="cookie-consent" class="cookie-consent-banner js-cookie-consent" role="region" aria-label="Cookie consent">
    <p>We use cookies to personalise content and ads and to analyse our traffic. <a href="/cookie-policy">Learn more</a></p>
    <button class="form-btn js-accept-cookies" type="button">Accept</button>
    <button class="form-btn outlined js-manage-cookies" type="button">Manage preferences</button>
  </div>

  <script src="https://cdn.dribbble.com/assets/runtime-3c9b1f2e8d4a5b6c.js" defer></script>
  <script src="https://cdn.dribbble.com/assets/vendor-8f1e2d3c4b5a6978.js" defer></script>
  <script src="https://cdn.dribbble.com/assets/shots/browse-2a3b4c5d6e7f8091.js" defer></script>
  <script>
    Dribbble.Thumbnails = Dribbble.Thumbnails || {{}};
    Dribbble.Thumbnails.infinite = {{ nextPage: {number + 1 if number < total else "null"}, perPage: 12, path: "{base}" }};
  </script>
</body>
</html>"""


@twentythird_f
def build_shotgallery() -> None:
    s = Site(
        "shotgallery",
        kind="design-showcase popular shots grid (Dribbble, logged out: ol.js-thumbnail-grid > li.shot-thumbnail[data-thumbnail-id] with figure img, a.shot-thumbnail-link overlay, div.shot-title in the hover overlay with save / like buttons, div.user-information a.hoverable.url > span.display-name + Pro / Team badge, span.js-shot-likes-count '1.2k' / span.js-shot-views-count '45.6k'; a Promoted boost card; a non-JS 'Load more work' a[rel=next] to ?page=N)",
        start="shots/popular/web-design",
        description="A design-showcase 'Popular' grid for the Web Design category as Dribbble's server renders it for a logged-out visitor in 2024–25 (/shots/popular/web-design, then ?page=2 and ?page=3): head with csrf meta, canonical and link rel=prev/next, a Dribbble JsConfig / dataLayer script; the site nav (logo, Explore / Hire a Designer / Find Jobs / Blog, a search form, Sign up / Log in); a header h1 'Web Design' with a blurb; the filter subnav ('Popular' dropdown with New & Noteworthy, ul.category-filter tabs Discover … Web Design, a Filters button that opens the signup modal); ol.js-thumbnail-grid.shots-grid > li.shot-thumbnail.js-thumbnail#screenshot-<id>[data-thumbnail-id] (data-ad-data / data-boost-id empty): figure.shot-thumbnail-placeholder with a background colour, a noscript img and a lazyload img (data-srcset of six widths from cdn.dribbble.com/userupload, alt = title), a.shot-thumbnail-link to /shots/<id>-<Title-Slug> holding only a hidden span.accessibility-text 'View <title>', div.shot-thumbnail-overlay with div.shot-title and ul.shot-actions-container (Save and Like links to /signup/new with hidden texts), then div.shot-details-container: div.user-information with a.hoverable.url[rel=contact] to /<designer> (lazy avatar img with alt, span.display-name) and on 20 of 30 a.badge-link > span.badge 'Pro' or 'Team', and div.shot-statistics-container: a like link + span.js-shot-likes-count ('1.2k', '846', '97') and an eye svg + span.js-shot-views-count ('45.6k', '874', '104k'), whitespace-padded. On page 1 a boosted card (li.shot-thumbnail--boosted with data-ad-data / data-boost-id) with 'Promoted' in place of statistics sits fifth. Pager: div.js-infinite-loader with a loading indicator and a non-JS a.form-btn.load-more[rel=next] 'Load more work' to ?page=N on pages 1 and 2; page 3 ends with a 'Sign up to continue' prompt instead. The footer (nav, social, legal and secondary link lists), a signup overlay and a cookie-consent banner; scripts. 12 + 12 + 6 shots. Written down: title, url, designer (display name), likes and views (the text as shown, '1.2k'); the promoted shot is an ad and is not written down.",
    )
    pages = chunks(SG_SHOTS, [12, 12, 6])
    first = 0
    for number, shots in enumerate(pages, 1):
        text = _sg_page(number, len(pages), shots, first)
        first += len(shots)
        if number == 1:
            s.list_page("shots/popular/web-design/index.html", text)
        else:
            s.list_page(f"shots/popular/web-design@page={number}", text)
    for title, designer, _path, _badge, likes, views in SG_SHOTS:
        s.expect({"title": title, "url": _sg_url(title), "designer": designer, "likes": likes, "views": views})
    s.finish()


# ---------------------------------------------------------------------------------------------------
# hackshack: a hardware-hacking news blog, WordPress category archive (Underscores-derived theme).
# ---------------------------------------------------------------------------------------------------

#: (title, author, ISO datetime, comments, excerpt, tags).
HS_POSTS: list[tuple[str, str, str, int, str, list[str]]] = [
    (
        "A Split-Flap Display Built From Floppy Drive Steppers",
        "Rowan Delacroix",
        "2025-03-14T11:00:00-07:00",
        12,
        "Nothing says retro quite like the clatter of a split-flap board, and [Tamsin] managed to build one whose flaps are driven by the stepper motors salvaged from a crate of old 3.5-inch floppy drives.",
        ["floppy drive", "split-flap display", "stepper motor"],
    ),
    (
        "Reverse Engineering a Thrift-Store Label Printer",
        "Ada Pemberton",
        "2025-03-14T08:00:00-07:00",
        0,
        "Cheap thermal label printers turn up in every charity shop, usually without a driver and with a proprietary protocol. [Kofi] sniffed the USB traffic and wrote a Python library that prints anything.",
        ["label printer", "python", "reverse engineering", "thermal printer", "usb"],
    ),
    (
        "Tiny Pick-and-Place Machine Fits on a Desk",
        "Marcus Ilves",
        "2025-03-13T16:00:00-07:00",
        27,
        "Hand-placing 0402 parts gets old fast. This compact pick-and-place uses a vacuum nozzle on a CoreXY gantry and open-source vision to populate small boards in minutes.",
        ["corexy", "openpnp", "pick and place", "smt"],
    ),
    (
        "Bringing a 1970s Oscilloscope Back From the Dead",
        "Rowan Delacroix",
        "2025-03-13T13:00:00-07:00",
        8,
        "A rusty Tektronix-era scope from a house clearance got a full recap, a new high-voltage supply and a fresh CRT alignment, and the restoration write-up is a lesson in patience.",
        ["oscilloscope", "restoration", "test equipment", "vintage"],
    ),
    (
        "Keyboard Uses Magnetic Hall-Effect Switches",
        "Lena Okafor",
        "2025-03-13T10:00:00-07:00",
        1,
        "Instead of metal contacts, this custom mechanical keyboard reads the position of a magnet in each key with a Hall-effect sensor, giving adjustable actuation points.",
        ["hall effect", "keyboard", "mechanical keyboard"],
    ),
    (
        "Solar-Powered LoRa Weather Station Runs for Years",
        "Ada Pemberton",
        "2025-03-12T16:00:00-07:00",
        34,
        "Careful power budgeting, a supercapacitor and a LoRa radio let this backyard weather station report every ten minutes without ever needing a battery swap.",
        ["lora", "low power", "solar", "weather station"],
    ),
    (
        "Hacking a Smart Plug to Run Local Firmware",
        "Theo Vasquez",
        "2025-03-12T13:00:00-07:00",
        15,
        "A popular smart plug turned out to have a test pad for the serial console, and with a little soldering it now runs Tasmota and never phones home.",
        ["esp8266", "home automation", "smart plug", "tasmota"],
    ),
    (
        "Custom Filament Dryer From a Food Dehydrator",
        "Marcus Ilves",
        "2025-03-12T10:00:00-07:00",
        0,
        "Damp nylon prints badly. A cheap food dehydrator, a PID controller and a 3D-printed spool adapter make a dryer that holds two spools at a steady temperature.",
        ["3d printing", "filament", "pid"],
    ),
    (
        "Retro Handheld Built Around the RP2040",
        "Lena Okafor",
        "2025-03-11T16:00:00-07:00",
        19,
        "This pocket console runs emulated 8-bit games on an RP2040, with a custom PCB, a 2-inch IPS screen and a case printed in translucent resin.",
        ["emulation", "handheld", "raspberry pi pico", "rp2040"],
    ),
    (
        "Measuring Coil Inductance With a Sound Card",
        "Rowan Delacroix",
        "2025-03-11T13:00:00-07:00",
        6,
        "With a couple of resistors and some clever signal processing, a PC sound card becomes a surprisingly accurate inductance meter for hand-wound coils.",
        ["inductance", "signal processing", "sound card", "test equipment"],
    ),
    (
        "A Vacuum Tube Amplifier on a Breadboard",
        "Theo Vasquez",
        "2025-03-11T10:00:00-07:00",
        41,
        "Low-voltage space-charge tubes make it possible to experiment with valve audio on an ordinary breadboard, and the results sound better than they should.",
        ["audio", "breadboard", "vacuum tube"],
    ),
    (
        "Automatic Cat Feeder Recognises Which Cat Is Eating",
        "Ada Pemberton",
        "2025-03-10T16:00:00-07:00",
        23,
        "Two cats, one on a diet: a camera and a small vision model decide whose face is at the bowl before the lid opens.",
        ["cats", "computer vision", "esp32"],
    ),
    (
        "Giant Seven-Segment Clock Made From Lamp Strips",
        "Marcus Ilves",
        "2025-03-10T13:00:00-07:00",
        3,
        "Each segment of this wall-sized clock is a length of LED strip in a laser-cut diffuser, and the whole thing syncs to an NTP server.",
        ["clock", "laser cutting", "led", "ntp"],
    ),
    (
        "Repairing a Dead Laptop Charger, One Capacitor at a Time",
        "Lena Okafor",
        "2025-03-10T10:00:00-07:00",
        0,
        "A charger that clicks and dies is usually one bulging capacitor away from working again. Here is a careful teardown of a sealed brick.",
        ["capacitor", "power supply", "repair"],
    ),
    (
        "Plotter Draws With a Fountain Pen",
        "Theo Vasquez",
        "2025-03-09T13:00:00-07:00",
        11,
        "A pen plotter built from drawer slides and a servo lift holds a fountain pen at just the right angle to write letters in real ink.",
        ["calligraphy", "pen plotter", "servo"],
    ),
    (
        "Open-Source Spectrum Analyzer for Under $50",
        "Rowan Delacroix",
        "2025-03-08T16:00:00-07:00",
        52,
        "An ADF4351 synthesizer, a log detector and an STM32 make a spectrum analyzer that covers 35 MHz to 4.4 GHz for the price of a takeaway.",
        ["rf", "spectrum analyzer", "stm32", "test equipment"],
    ),
    (
        "Turning an Old Router Into a Network Music Player",
        "Ada Pemberton",
        "2025-03-08T10:00:00-07:00",
        7,
        "OpenWrt, a USB sound card and MPD give a forgotten router in the cupboard a second life as a multi-room audio endpoint.",
        ["audio", "mpd", "openwrt", "router"],
    ),
    (
        "Hand-Wired Nixie Tube Thermometer",
        "Marcus Ilves",
        "2025-03-07T16:00:00-07:00",
        14,
        "Point-to-point wiring on perfboard, a boost converter for 170 volts and three IN-12 tubes show the temperature in a warm orange glow.",
        ["high voltage", "nixie", "thermometer"],
    ),
    (
        "Building a Cheap Thermal Camera From a MLX90640",
        "Lena Okafor",
        "2025-03-07T10:00:00-07:00",
        0,
        "The 32x24 pixel MLX90640 sensor is low resolution, but interpolation and a good palette make it useful for finding hot spots on a PCB.",
        ["mlx90640", "sensor", "thermal camera"],
    ),
    (
        "Electric Longboard Gets Regenerative Braking",
        "Theo Vasquez",
        "2025-03-06T13:00:00-07:00",
        29,
        "Swapping the stock controller for a VESC and tuning its braking current recovered a useful amount of charge on every hill.",
        ["electric vehicle", "longboard", "vesc"],
    ),
    (
        "Punch Card Reader Built With Phototransistors",
        "Rowan Delacroix",
        "2025-03-06T10:00:00-07:00",
        5,
        "A stack of punch cards from a university clear-out deserved reading, so this reader uses a row of phototransistors and an Arduino to dump them to text.",
        ["arduino", "punch cards", "retrocomputing"],
    ),
    (
        "Smart Mirror Shows Tide Times and Bus Arrivals",
        "Ada Pemberton",
        "2025-03-05T16:00:00-07:00",
        0,
        "A two-way mirror, an old monitor and a Raspberry Pi Zero 2 W combine into a hallway display that only shows what matters before leaving the house.",
        ["raspberry pi", "smart mirror"],
    ),
    (
        "Linear Actuator From a Printer's Carriage",
        "Marcus Ilves",
        "2025-03-05T10:00:00-07:00",
        9,
        "Inkjet printers are full of precision motion parts. This build reuses the carriage, the encoder strip and the DC motor as a closed-loop linear actuator.",
        ["encoder", "inkjet printer", "motion control", "salvage"],
    ),
    (
        "Building a Geiger Counter Kit the Hard Way",
        "Lena Okafor",
        "2025-03-04T16:00:00-07:00",
        18,
        "Rather than buy a kit, this Geiger counter was designed from scratch around an SBM-20 tube, with a hand-wound transformer for the high voltage.",
        ["geiger counter", "high voltage", "radiation"],
    ),
    (
        "Tiny Robot Arm Uses Cycloidal Drives",
        "Theo Vasquez",
        "2025-03-04T10:00:00-07:00",
        1,
        "Printed cycloidal gearboxes give this desktop robot arm surprisingly little backlash, and the design files are on GitHub.",
        ["3d printing", "cycloidal drive", "robot arm"],
    ),
    (
        "Restoring a Commodore 64 Power Supply Safely",
        "Rowan Delacroix",
        "2025-03-03T16:00:00-07:00",
        37,
        "The original C64 brick is famous for killing the machine it powers. A regulator upgrade and an overvoltage crowbar make it safe again.",
        ["c64", "commodore", "power supply", "retrocomputing"],
    ),
    (
        "Water Leak Sensor Network Built on Zigbee",
        "Ada Pemberton",
        "2025-03-03T10:00:00-07:00",
        0,
        "A dozen cheap Zigbee sensors around a flat's pipes and a Home Assistant automation shut the water main before the neighbours notice.",
        ["home assistant", "water leak", "zigbee"],
    ),
    (
        "Wooden Mechanical Calculator Adds With Marbles",
        "Marcus Ilves",
        "2025-03-02T13:00:00-07:00",
        22,
        "Binary addition by gravity: a plywood marble adder with flip-flop toggles makes carries visible and is a hit at the local makerspace.",
        ["binary", "marble machine", "woodworking"],
    ),
]

HS_CATEGORIES = ["Hardware", "3D Printed Hacks", "Arduino Hacks", "Repair Hacks", "Retrocomputing"]
HS_POPULAR = [
    (
        "Why Every Hacker Should Own a Bench Power Supply",
        "/2025/02/27/why-every-hacker-should-own-a-bench-power-supply/",
    ),
    ("The Quiet Death of the Through-Hole Resistor", "/2025/02/24/the-quiet-death-of-the-through-hole-resistor/"),
    (
        "Ask the Readers: What Is Your Worst Soldering Burn?",
        "/2025/02/21/ask-the-readers-what-is-your-worst-soldering-burn/",
    ),
    ("Podcast Episode 312: Mains Voltage and Mayhem", "/2025/02/20/podcast-episode-312-mains-voltage-and-mayhem/"),
    ("This Week in Security: Bootloaders Everywhere", "/2025/02/22/this-week-in-security-bootloaders-everywhere/"),
]
HS_CLOUD = [
    ("3d printing", 8),
    ("arduino", 7),
    ("audio", 4),
    ("esp32", 6),
    ("home automation", 5),
    ("led", 6),
    ("power supply", 3),
    ("raspberry pi", 7),
    ("repair", 4),
    ("retrocomputing", 5),
    ("rf", 3),
    ("robot arm", 2),
    ("test equipment", 5),
    ("usb", 3),
]


def _hs_url(post: tuple[str, str, str, int, str, list[str]]) -> str:
    title, _author, moment, *_rest = post
    year, month, day = moment[:10].split("-")
    return f"/{year}/{month}/{day}/{slug(title)}/"


def _hs_date(moment: str) -> str:
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    year, month, day = moment[:10].split("-")
    return f"{months[int(month) - 1]} {int(day)}, {year}"


def _hs_comments(post: tuple[str, str, str, int, str, list[str]]) -> str:
    count = post[3]
    url = _hs_url(post)
    if count == 0:
        return f'<a href="{url}#respond">Leave a comment<span class="screen-reader-text"> on {esc(post[0])}</span></a>'
    label = "1 Comment" if count == 1 else f"{count} Comments"
    return f'<a href="{url}#comments">{label}<span class="screen-reader-text"> on {esc(post[0])}</span></a>'


def _hs_article(post: tuple[str, str, str, int, str, list[str]]) -> str:
    title, author, moment, _count, excerpt, tags = post
    url = _hs_url(post)
    ident = 700000 + _num(title, 5)
    tag_classes = " ".join(f"tag-{slug(t)}" for t in tags)
    tag_links = ", ".join(f'<a href="/tag/{slug(t)}/" rel="tag">{esc(t)}</a>' for t in tags)
    year, month, _day = moment[:10].split("-")
    image = f"/wp-content/uploads/{year}/{month}/{slug(title)[:40]}-featured.jpg"
    modified = moment.replace(":00-07:00", ":42-07:00")
    return f"""
		<article id="post-{ident}" class="post-{ident} post type-post status-publish format-standard has-post-thumbnail hentry category-hardware {tag_classes}">
			<header class="entry-header">
				<h2 class="entry-title"><a href="{url}" rel="bookmark">{esc(title)}</a></h2>				<div class="entry-meta">
					<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/{slug(author).replace("-", "")}/">{esc(author)}</a></span></span><span class="posted-on"><a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{moment}">{_hs_date(moment)}</time><time class="updated" datetime="{modified}">{_hs_date(modified)}</time></a></span>					<span class="comments-link">{_hs_comments(post)}</span>
				</div><!-- .entry-meta -->
							</header><!-- .entry-header -->

			<div class="entry-featured-image">
				<a href="{url}" aria-hidden="true" tabindex="-1"><img width="800" height="450" src="{image}?w=800" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" loading="lazy" srcset="{image}?w=800 800w, {image}?w=400 400w, {image}?w=250 250w" sizes="(max-width: 800px) 100vw, 800px" /></a>
			</div>

			<div class="entry-content">
				<p>{esc(excerpt)} <a href="{url}#more-{ident}" class="more-link">Continue reading <span class="screen-reader-text">&#8220;{esc(title)}&#8221;</span> &raquo;</a></p>
			</div><!-- .entry-content -->

			<footer class="entry-footer">
				<span class="cat-links">Posted in <a href="/category/hardware/" rel="category tag">Hardware</a></span><span class="tags-links">Tagged {tag_links}</span>			</footer><!-- .entry-footer -->
		</article><!-- #post-{ident} -->
"""


def _hs_posts_nav(number: int, total: int) -> str:
    links: list[str] = []
    if number < total:
        links.append(
            f'<div class="nav-previous"><a href="/category/hardware/page/{number + 1}/" >Older posts</a></div>'
        )
    if number > 1:
        newer = "/category/hardware/" if number == 2 else f"/category/hardware/page/{number - 1}/"
        links.append(f'<div class="nav-next"><a href="{newer}" >Newer posts</a></div>')
    return f"""
	<nav class="navigation posts-navigation" aria-label="Posts">
		<h2 class="screen-reader-text">Posts navigation</h2>
		<div class="nav-links">{"".join(links)}</div>
	</nav>"""


def _hs_sidebar() -> str:
    popular = "\n".join(
        f'\t\t\t\t<li><a href="{href}" class="bump-view" data-bump-view="tp">{esc(title)}</a></li>'
        for title, href in HS_POPULAR
    )
    cloud = "\n".join(
        f'\t\t\t\t<a href="/tag/{slug(name)}/" class="tag-cloud-link tag-link-{_num(name, 5)} tag-link-position-{i + 1}" style="font-size: {8 + count * 1.5:.1f}pt;" aria-label="{esc(name)} ({count * 97} items)">{esc(name)}</a>'
        for i, (name, count) in enumerate(HS_CLOUD)
    )
    cats = "\n".join(
        f'\t\t\t\t<li class="cat-item cat-item-{_num(c, 4)}"><a href="/category/{slug(c)}/">{esc(c)}</a></li>'
        for c in HS_CATEGORIES
    )
    return f"""
	<aside id="secondary" class="widget-area" role="complementary">
		<section id="search-3" class="widget widget_search"><form role="search" method="get" class="search-form" action="/">
				<label>
					<span class="screen-reader-text">Search for:</span>
					<input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" />
				</label>
				<input type="submit" class="search-submit" value="Search" />
			</form></section>
		<section id="custom_html-4" class="widget_text widget widget_custom_html"><h2 class="widget-title">Never miss a hack</h2><div class="textwidget custom-html-widget">
			<form class="newsletter-signup" action="/newsletter/subscribe/" method="post">
				<p>Get the day's hacks in your inbox, every morning.</p>
				<label for="nl-address" class="screen-reader-text">Your address</label>
				<input id="nl-address" type="email" name="address" placeholder="Your address" required>
				<input type="hidden" name="list" value="daily">
				<input type="hidden" name="_wpnonce" value="{_hex("nonce", 10)}">
				<button type="submit">Subscribe</button>
				<p class="newsletter-note">We'll never share your details. Unsubscribe any time.</p>
			</form>
		</div></section>
		<section id="top-posts-2" class="widget widget_top-posts"><h2 class="widget-title">Popular posts</h2>
			<ul class="widgets-list-layout no-grav">
{popular}
			</ul>
		</section>
		<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2>
			<ul>
{cats}
			</ul>
		</section>
		<section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">Tags</h2><div class="tagcloud">
{cloud}
			</div>
		</section>
		<section id="media_image-3" class="widget widget_media_image"><h2 class="widget-title">Listen to the podcast</h2><a href="/podcast/"><img width="300" height="300" src="/wp-content/uploads/2024/11/podcast-tile.png?w=300" class="image wp-image-688120 attachment-medium size-medium" alt="HackShack Podcast" decoding="async" loading="lazy" /></a></section>
		<section id="custom_html-7" class="widget_text widget widget_custom_html"><div class="textwidget custom-html-widget"><div class="ad-slot ad-slot--sidebar" id="div-gpt-ad-sidebar-1" data-ad-unit="/21812739/hackshack/sidebar_300x250"><span class="ad-label">Advertisement</span></div></div></section>
	</aside><!-- #secondary -->"""


def _hs_page(number: int, total: int, posts: list[tuple[str, str, str, int, str, list[str]]]) -> str:
    canonical = "/category/hardware/" if number == 1 else f"/category/hardware/page/{number}/"
    title = (
        "Hardware Archives | HackShack" if number == 1 else f"Hardware Archives | Page {number} of {total} | HackShack"
    )
    articles = "".join(_hs_article(p) for p in posts)
    rel_prev = ""
    if number > 1:
        prev = "/category/hardware/" if number == 2 else f"/category/hardware/page/{number - 1}/"
        rel_prev = f'\n<link rel="prev" href="https://hackshack.blog{prev}" />'
    rel_next = (
        f'\n<link rel="next" href="https://hackshack.blog/category/hardware/page/{number + 1}/" />'
        if number < total
        else ""
    )
    menu = "\n".join(
        f'\t\t\t\t<li id="menu-item-{_num(n, 5)}" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-{_num(n, 5)}"><a href="{h}">{esc(n)}</a></li>'
        for n, h in [
            ("Blog", "/blog/"),
            ("Projects", "/projects/"),
            ("Podcast", "/podcast/"),
            ("Contests", "/contests/"),
            ("Submit a Tip", "/submit-a-tip/"),
            ("About", "/about/"),
        ]
    )
    return f"""
<!doctype html>
<html lang="en-US">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<title>{title}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//stats.wp.com' />
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="HackShack &raquo; Feed" href="https://hackshack.blog/feed/" />
<link rel="alternate" type="application/rss+xml" title="HackShack &raquo; Hardware Category Feed" href="https://hackshack.blog/category/hardware/feed/" />
<link rel="canonical" href="https://hackshack.blog{canonical}" />{rel_prev}{rel_next}
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.7.2' type='text/css' media='all' />
<link rel='stylesheet' id='hackshack-fonts-css' href='https://fonts.googleapis.com/css?family=Share+Tech+Mono%7CRoboto%3A400%2C700&#038;subset=latin' type='text/css' media='all' />
<link rel='stylesheet' id='hackshack-style-css' href='/wp-content/themes/hackshack/style.css?ver=1.9.3' type='text/css' media='all' />
<link rel='stylesheet' id='jetpack_css-css' href='/wp-content/plugins/jetpack/css/jetpack.css?ver=14.3' type='text/css' media='all' />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" src="/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<link rel="https://api.w.org/" href="https://hackshack.blog/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="https://hackshack.blog/wp-json/wp/v2/categories/12" />
<meta name="generator" content="WordPress 6.7.2" />
<meta property="og:type" content="website" />
<meta property="og:title" content="Hardware Archives" />
<meta property="og:url" content="https://hackshack.blog{canonical}" />
<meta property="og:site_name" content="HackShack" />
<meta property="og:image" content="https://hackshack.blog/wp-content/uploads/2023/05/hackshack-og.png" />
<meta name="twitter:site" content="@hackshackblog" />
<link rel="icon" href="/wp-content/uploads/2023/05/cropped-skull-wrench-32x32.png" sizes="32x32" />
<link rel="icon" href="/wp-content/uploads/2023/05/cropped-skull-wrench-192x192.png" sizes="192x192" />
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>

<body class="archive category category-hardware category-12 wp-embed-responsive hfeed group-blog">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">Skip to content</a>

	<header id="masthead" class="site-header" role="banner">
		<div class="site-branding">
			<p class="site-title"><a href="/" rel="home">HackShack</a></p>
			<p class="site-description">Fresh hacks every day</p>
		</div><!-- .site-branding -->

		<nav id="site-navigation" class="main-navigation" role="navigation">
			<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
			<div class="menu-main-container"><ul id="primary-menu" class="menu">
{menu}
			</ul></div>
			<form role="search" method="get" class="header-search" action="/"><input type="search" name="s" placeholder="Search" aria-label="Search"></form>
		</nav><!-- #site-navigation -->
	</header><!-- #masthead -->

	<div class="leaderboard-ad"><div class="ad-slot ad-slot--leaderboard" id="div-gpt-ad-leaderboard-1" data-ad-unit="/21812739/hackshack/leaderboard_728x90"><span class="ad-label">Advertisement</span></div></div>

	<div id="content" class="site-content">

	<div id="primary" class="content-area">
		<main id="main" class="site-main" role="main">

			<header class="page-header">
				<h1 class="page-title">Category: <span>Hardware</span></h1>
				<div class="archive-description"><p>Hacks that live on the bench: electronics, tools, test gear and the things people build with them.</p></div>
			</header><!-- .page-header -->
{articles}{_hs_posts_nav(number, total)}

		</main><!-- #main -->
	</div><!-- #primary -->
{_hs_sidebar()}

	</div><!-- #content -->

	<footer id="colophon" class="site-footer" role="contentinfo">
		<div class="footer-widgets">
			<section class="widget widget_nav_menu"><h2 class="widget-title">Our columns</h2><ul class="menu">
				<li class="menu-item"><a href="/category/columns/">Columns</a></li>
				<li class="menu-item"><a href="/category/this-week-in-security/">This Week in Security</a></li>
				<li class="menu-item"><a href="/category/podcasts/">Podcasts</a></li>
				<li class="menu-item"><a href="/category/interviews/">Interviews</a></li>
			</ul></section>
			<section class="widget widget_nav_menu"><h2 class="widget-title">About</h2><ul class="menu">
				<li class="menu-item"><a href="/about/">About HackShack</a></li>
				<li class="menu-item"><a href="/submit-a-tip/">Submit a Tip</a></li>
				<li class="menu-item"><a href="/policies/">Policies</a></li>
				<li class="menu-item"><a href="/advertise/">Advertise</a></li>
			</ul></section>
		</div>
		<div class="site-info">
			<p>Copyright &copy; 2025 HackShack Media &middot; <a href="/privacy-policy/">Privacy Policy</a> &middot; <a href="/terms-of-use/">Terms of Use</a></p>
			<p>Powered by <a href="https://wordpress.org/">WordPress</a> VIP</p>
		</div><!-- .site-info -->
	</footer><!-- #colophon -->
</div><!-- #page -->

<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">We use cookies to give you the best experience on our site and to show you relevant ads.</span><span id="cn-notice-buttons" class="cn-buttons-container"><button id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ok">Ok</button><a href="/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Privacy policy">Privacy policy</a></span></div></div>
<script type="text/javascript" src="/wp-content/themes/hackshack/js/navigation.js?ver=20151215" id="hackshack-navigation-js"></script>
<script type="text/javascript" src="/wp-content/themes/hackshack/js/skip-link-focus-fix.js?ver=20151215" id="hackshack-skip-link-focus-fix-js"></script>
<script type="text/javascript" src="https://stats.wp.com/e-202511.js" id="jetpack-stats-js" defer="defer" data-wp-strategy="defer"></script>
<script type="text/javascript" id="jetpack-stats-js-after">
_stq = window._stq || [];
_stq.push([ "view", JSON.parse("{{\\"v\\":\\"ext\\",\\"blog\\":\\"4779443\\",\\"post\\":\\"0\\",\\"tz\\":\\"-7\\",\\"srv\\":\\"hackshack.blog\\"}}") ]);
_stq.push([ "clickTrackerInit", "4779443", "0" ]);
</script>
</body>
</html>"""


@twentythird_f
def build_hackshack() -> None:
    s = Site(
        "hackshack",
        kind="hardware-hacking news blog category archive (WordPress, Underscores-derived theme: article.post > header.entry-header with h2.entry-title > a[rel=bookmark] and div.entry-meta 'by <a>Author</a>' + time.entry-date[datetime] 'March 14, 2025' + hidden time.updated + comments link '12 Comments' / 'Leave a comment', div.entry-featured-image, excerpt with 'Continue reading »', footer span.cat-links / span.tags-links; sidebar widgets; nav.posts-navigation 'Older posts' / 'Newer posts' over /page/N/)",
        start="category/hardware/",
        description="A hardware-hacking news blog in the Hackaday mould (hackshack.blog/category/hardware/, then /page/2/ and /page/3/) on WordPress 6.7 with an Underscores-derived theme and Jetpack (2024–25): the WordPress head (feeds, canonical, rel prev/next, wp-json links, og meta, GPT ad script); header#masthead with the site title, primary menu and a search form; a leaderboard ad slot; header.page-header 'Category: Hardware' with a description; article.post.type-post.hentry (category- and tag- classes) each with header.entry-header: h2.entry-title > a[rel=bookmark] to /YYYY/MM/DD/<slug>/, div.entry-meta with span.byline ' by ' span.author.vcard > a.url.fn.n to /author/<name>/, span.posted-on > a > time.entry-date.published[datetime=ISO with offset] 'March 14, 2025' followed by a hidden time.updated, and span.comments-link > a '12 Comments' / '1 Comment' (#comments) or 'Leave a comment' (#respond) with a screen-reader ' on <title>'; div.entry-featured-image (linked 800x450 image with srcset); div.entry-content > p: the excerpt then a.more-link 'Continue reading <span.screen-reader-text>“Title”</span> »'; footer.entry-footer with span.cat-links 'Posted in Hardware' and span.tags-links 'Tagged a, b, c' (2–5 tag links). nav.navigation.posts-navigation with an h2.screen-reader-text, div.nav-previous 'Older posts' (/category/hardware/page/N/) on pages 1–2 and div.nav-next 'Newer posts' on pages 2–3. A sidebar (aside#secondary): search form, a newsletter signup form, Jetpack 'Popular posts' (five post links not in the list), categories, a tag cloud with counts in aria-labels, a podcast tile and an ad slot; footer widget menus, site-info, a cookie notice and Jetpack stats scripts. 10 + 10 + 8 posts. Written down: title, url, author, date (ISO day of time.entry-date.published), comments (0 for 'Leave a comment'), summary (the excerpt without 'Continue reading'), tags (list).",
    )
    pages = chunks(HS_POSTS, [10, 10, 8])
    for number, posts in enumerate(pages, 1):
        text = _hs_page(number, len(pages), posts)
        path = "category/hardware/index.html" if number == 1 else f"category/hardware/page/{number}/index.html"
        s.list_page(path, text)
    for post in HS_POSTS:
        title, author, moment, count, excerpt, tags = post
        s.expect(
            {
                "title": title,
                "url": _hs_url(post),
                "author": author,
                "date": moment[:10],
                "comments": count,
                "summary": excerpt,
                "tags": tags,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYTHIRD_F.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
