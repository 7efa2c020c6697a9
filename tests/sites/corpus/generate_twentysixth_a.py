"""Twenty-sixth wave, part A: a SvelteKit storefront, a Bugzilla 5 bug list and a Tildes group listing, copied from
their real 2024–25 markup as a logged-out visitor gets it and written before any heuristic was changed for them.

* **saltfern-supply** — an outdoor-apparel brand's headless store: SvelteKit 2 with Svelte 5 server rendering in
  front of a Medusa v2 backend, category "Outerwear" (``/shop/outerwear``, then ``?page=2`` / ``?page=3``; the
  route's ``+page.server.ts`` turns the page number into Medusa's ``offset`` / ``limit``). The SvelteKit shell:
  ``modulepreload`` links and hashed ``_app/immutable`` CSS, the head block between Svelte's hash comments
  (title, description, canonical, BreadcrumbList JSON-LD), ``body[data-sveltekit-preload-data=hover]`` >
  ``div[style="display: contents"]``, Svelte 5's hydration comments (``<!--[-->``, ``<!--]-->``, ``<!--[!-->``,
  ``<!---->``) and scoped ``svelte-xxxx`` classes everywhere; the announcement bar, header nav with a mega-menu,
  search and an empty cart button, breadcrumbs, h1 + category intro, a filter / sort toolbar ("41 products",
  a GET sort form), the grid of ``li > article.product-card`` cards (one link wrapping a picture with a badge
  "Sale" / "New" / "Low stock" / "Sold out", ``h3.title``, "4 colours" on multi-colour products, and
  ``p.price`` with screen-reader "Sale price" / "Regular price" labels around ``span.now`` and ``s.was``), a
  "Quick add" button per card (disabled when sold out), a journal promo tile in the page-1 grid (not a
  record), "Showing 1–16 of 41", the pager (``nav[aria-label=Pagination]``: "Previous" / numbered links with
  ``aria-current=page`` / "Next", ``data-sveltekit-noscroll``), a newsletter form, the footer; then SvelteKit's
  start script whose ``kit.start(app, element, {node_ids, data: […]})`` holds the layout data (region, menu,
  announcement) and the page data (category, products with Medusa ids, handles, thumbnails, colour lists and
  ``calculated_price`` objects, count / page / limit) written by devalue (bare keys, not JSON). 16 + 16 + 9
  products. Written down: title, url, price, currency, original_price (on sale), badge, colours (where shown).
* **tidemark-bugs** — a desktop mail client's Bugzilla 5.0.4 with the default skin, the result of an advanced
  search (``buglist.cgi?bug_status=…&chfieldfrom=2025-02-15&chfieldto=Now&list_id=…&order=changeddate%20DESC%2Cbug_id
  &product=Tidemark&query_format=advanced``) as a logged-out visitor sees it. Bugzilla never pages a bug list:
  every match is on one page (up to the ``default_search_limit`` of 500), so this site is one list page. The
  5.0 header (``div#header`` with the title "Tidemark Bugzilla – Bug List", the ``ul.links`` of Home / New /
  Browse / Search / quick search form / [?] / Reports / Requests / New Account / Log In with the hidden
  mini-login and forgot-password forms), ``div.bz_query_head`` with the timestamp and a quip, the
  ``ul.search_description`` ("Status:", "Product:", "Changed: (is greater than or equal to) 2025-02-15"),
  "38 bugs found." above and below ``table.bz_buglist.sortable``: header links re-sorting the same list
  (``&order=…&query_based_on=``) with ▼ / ▲ sort arrows, and ``tr.bz_bugitem`` rows classed by severity,
  priority, status and resolution (``bz_row_odd`` / ``bz_row_even``): the id link to ``show_bug.cgi?id=N`` with
  a hidden span, then Product / Comp / Assignee / Status / Resolution cells whose ``span[title]`` holds the full
  value while the cell shows Bugzilla's cut ("Packagin", "Address ", "UNCO", "CONF", "IN_P", "RESO", "VERI",
  "FIXE", "WONT", "DUPL", "WORK", "---"; logins over 30 characters cut with "..."), the summary link, and the
  Changed cell with ``sorttable_customkey`` and DiffDate's text ("08:41:07" today, "Thu 16:20" this week,
  "2025-03-04" before); under it the Long Format / XML forms carrying every id, CSV | Feed | iCalendar,
  Change Columns, Edit Search, the "Remember search" form, "File a new bug in the "Tidemark" product", and the
  footer repeating the links. Written down: id, title (the summary), url, component, status, resolution (absent
  while "---"), changed (the ISO day); not the assignee, an e-mail login the pipeline redacts by default.
* **marshlight-commons** — a reading community on the Tildes software (AGPL, self-hosted), group ``~books``
  listed by newest over the last 30 days at 25 a page (``/~books?order=new&period=30d&per_page=25``, then
  Tildes' cursor links ``&after=<id36>``; the "Prev" link's ``&before=<id36>`` pages hold the same topics as
  the pages before them). The Tildes layout: ``header#site-header`` with the logo and the ``~books`` context
  link, "Log in" / "Sign up", the listing options (``menu.tab.tab-listing-order`` Activity / Most votes / Most
  comments / Newest / All activity, the period select "last 30 days"), ``ol.topic-listing > li > article.topic``
  with ``id=topic-<id36>`` and ``data-topic-posted-by``: ``h1.topic-title > a`` (the external article for
  link topics, the topic page for text topics), ``div.topic-metadata`` with ``ul.topic-tags`` of tag links,
  ``span.topic-content-type`` (Text, Article, Link, Video, Ask (recommendations)…) and
  ``span.topic-content-metadata`` ("1874 words" on some), an expandable ``details.topic-text-excerpt`` on text
  topics, ``footer.topic-info`` with the comment link ("12 comments"), ``div.topic-info-source`` holding the
  author's ``a.link-user`` for text topics or the link's domain after a ``topic-icon`` div, and
  ``time.time-responsive`` (datetime, a full-date title, "5 hours ago" / "March 2"), then ``div.topic-voting``
  "42 votes"; ``div.pagination`` with "Prev" / "Next" ``a.page-item.btn`` links; the sidebar (group
  description, subscriber count, subgroups, the group wiki, a search form), the footer. 25 + 25 + 11 topics.
  Written down: title, url (the title link), type, tags (list, where shown), words (where shown), comments,
  author (text topics) or site (link topics), date (ISO day), votes.

Run ``uv run python tests/sites/corpus/generate_twentysixth_a.py`` to rebuild them (the helpers and the
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
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTYSIXTH_A: dict[str, Callable[[], None]] = {}


def twentysixth_a(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYSIXTH_A[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


def _ulid(text: str) -> str:
    """A stable ULID-like id (Crockford base32, as Medusa writes them) derived from ``text``."""
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    value = int(hashlib.sha1(text.encode()).hexdigest(), 16)
    out = []
    for _ in range(26):
        value, rest = divmod(value, 32)
        out.append(alphabet[rest])
    return "01J" + "".join(out)[3:]


# ---------------------------------------------------------------------------------------------------
# saltfern-supply: SvelteKit 2 + Svelte 5 SSR over a Medusa v2 store API, /shop/outerwear?page=N.
# ---------------------------------------------------------------------------------------------------

ARIA_PAGE = ' aria-current="page"'
ARIA_TRUE = ' aria-current="true"'

SF_HOST = "https://www.saltfernsupply.com"
SF_PATH = "/shop/outerwear"
SF_LIMIT = 16
SF_CARD = "svelte-8d0hyk"  # ProductCard.svelte's scoped class hash
SF_GRID = "svelte-1q9x4ab"  # +page.svelte's
SF_NAV = "svelte-z3b7ke"  # Pagination.svelte's
SF_HEAD = "svelte-r1cm6d"  # Header.svelte's

#: title | price | regular price ('' when not on sale) | badge ('' / sale / new / low / soldout) | colours
#: (comma list, the first is the default shown).
SF_ROWS = """
Harbor Rain Shell|148.00|185.00|sale|Kelp Green,Storm Navy,Black,Ochre
Ridgeway Insulated Parka|289.00||new|Black,Peat Brown,Slate
Estuary Packable Jacket|119.00|||Driftwood,Sea Glass
Fellside Fleece Jacket|96.00||low|Oatmeal,Moss,Charcoal
Saltmarsh Waxed Field Coat|265.00||
Cairn Down Vest|139.00|165.00|sale|Black,Rust
Tidewater Anorak|154.00||new|Sea Glass,Storm Navy,Sand
Bothy Wool Overshirt|128.00||low|Heather Grey,Forest Check
Gorse 3L Mountain Shell|329.00||
Coastline Chore Jacket|118.00|148.00|sale|Indigo,Olive,Stone
Heron Lightweight Windshell|89.00||
Moorland Quilted Jacket|174.00||soldout|Navy,Bracken
Kestrel Softshell Hoodie|132.00|||Charcoal,Teal
Longshore Sherpa Jacket|158.00||
Scree Hybrid Jacket|168.00||new|Black,Alpine Red
Drumlin Corduroy Trucker|142.00|||Tobacco,Ecru
Pennine Storm Jacket|238.00|279.00|sale|Black,Kelp Green
Isle Reversible Puffer|196.00|||Sand,Slate,Ember
Harbour Fisherman Smock|112.00||
Cobble Fleece Vest|72.00||soldout|Oatmeal,Moss
Lochside Rain Poncho|68.00|||Storm Navy,Ochre,Clear
Fjord Insulated Shacket|149.00||new|Buff Check,Navy Check
Skerry Waterproof Trousers|109.00||
Brackenridge Wool Coat|298.00|349.00|sale|Charcoal,Camel
Strandline Windbreaker|79.00|||Sea Glass,Coral,Black
Tor Alpine Fleece|104.00||low|Moss
Meadowbank Field Jacket|182.00||
Rockpool Kids Rain Jacket|58.00|||Yellow,Sea Glass,Navy
Shieling Down Parka|345.00||new|Black,Stone
Marram Linen-Blend Jacket|126.00|158.00|sale|Sand,Sage
Crag Stretch Shell|214.00||
Quayside Peacoat|236.00||soldout|Navy
Hollow Fleece Pullover|84.00|||Ecru,Dusk Blue
Seaham Bomber Jacket|138.00||
Dune Lightweight Parka|162.00|189.00|sale|Sand,Kelp Green,Black
Glen Quilted Vest|94.00|||Olive,Navy,Plum
Causeway Trail Jacket|176.00||new|Slate,Alpine Red
Harling Waxed Smock|210.00||
Lowland Rain Cape|74.00||low|Storm Navy
Spindrift Insulated Trousers|128.00|||Black,Slate
Breakwater Work Jacket|164.00|205.00|sale|Duck Brown,Black
"""


class SFProduct(NamedTuple):
    title: str
    price: float
    regular: float | None
    badge: str
    colours: list[str]


def _sf_products() -> list[SFProduct]:
    out: list[SFProduct] = []
    for line in SF_ROWS.strip().splitlines():
        title, price, regular, badge, colours = [*line.split("|"), "", "", ""][:5]
        names = [c for c in colours.split(",") if c] or ["One colour"]
        out.append(SFProduct(title, float(price), float(regular) if regular else None, badge, names))
    return out


SF_PRODUCTS = _sf_products()

SF_BADGES = {"sale": "Sale", "new": "New", "low": "Low stock", "soldout": "Sold out"}
SF_HEX = {
    "Kelp Green": "#3f5a3c",
    "Storm Navy": "#1f2a44",
    "Black": "#111111",
    "Ochre": "#c38d2c",
}


def _sf_hex(name: str) -> str:
    return SF_HEX.get(name) or "#" + hashlib.md5(name.encode()).hexdigest()[:6]


def _sf_handle(product: SFProduct) -> str:
    return slug(product.title)


def _sf_money(amount: float) -> str:
    return f"${amount:,.2f}"


def _uneval(value: Any) -> str:
    """devalue's ``uneval`` as SvelteKit uses it for server data: a JavaScript literal, bare keys where they
    are identifiers, ``<`` escaped inside strings."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int | float):
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False).replace("<", "\\u003C").replace("\u2028", "\\u2028")
    if isinstance(value, list):
        return "[" + ",".join(_uneval(item) for item in value) + "]"
    if isinstance(value, dict):
        parts = []
        for key, item in value.items():
            name = key if re.fullmatch(r"[A-Za-z_$][\w$]*", key) else json.dumps(key)
            parts.append(f"{name}:{_uneval(item)}")
        return "{" + ",".join(parts) + "}"
    raise TypeError(type(value))


def _sf_card(product: SFProduct) -> str:
    handle = _sf_handle(product)
    image = f"https://cdn.saltfernsupply.com/products/{handle}/{slug(product.colours[0])}-1.webp"
    badge = ""
    if product.badge:
        badge = (
            f'<!--[--><span class="badge badge--{product.badge} {SF_CARD}">{SF_BADGES[product.badge]}</span><!--]-->'
        )
    else:
        badge = "<!--[!--><!--]-->"
    colours = "<!--[!--><!--]-->"
    if len(product.colours) > 1:
        dots = "".join(
            f'<span class="dot {SF_CARD}" style="--swatch: {_sf_hex(c)}" title="{esc(c)}"></span>'
            for c in product.colours[:4]
        )
        colours = f'<!--[--><div class="swatches {SF_CARD}" aria-hidden="true"><!--[-->{dots}<!--]--></div> <p class="colours {SF_CARD}">{len(product.colours)} colours</p><!--]-->'
    if product.regular is not None:
        price = (
            f'<!--[--><span class="sr-only">Sale price</span> <span class="now {SF_CARD}">{_sf_money(product.price)}</span> '
            f'<span class="sr-only">Regular price</span> <s class="was {SF_CARD}">{_sf_money(product.regular)}</s><!--]-->'
        )
    else:
        price = f'<!--[!--><span class="now {SF_CARD}">{_sf_money(product.price)}</span><!--]-->'
    sold_out = product.badge == "soldout"
    button = (
        f'<button type="button" class="quick-add {SF_CARD}" aria-label="Quick add {esc(product.title)}"'
        f"{' disabled' if sold_out else ''}>{'Sold out' if sold_out else 'Quick add'}</button>"
    )
    alt = product.title if product.colours[0] == "One colour" else f"{product.title} in {product.colours[0]}"
    return (
        f'<li class="{SF_GRID}"><article class="product-card {SF_CARD}"><a href="/products/{handle}" class="card-link {SF_CARD}">'
        f'<div class="media {SF_CARD}"><img src="{image}?w=600" srcset="{image}?w=400 400w, {image}?w=600 600w, {image}?w=900 900w" '
        f'sizes="(min-width: 1024px) 25vw, 50vw" alt="{esc(alt)}" width="600" height="750" loading="lazy" class="{SF_CARD}"/> {badge}</div> '
        f'<div class="info {SF_CARD}"><h3 class="title {SF_CARD}">{esc(product.title)}</h3> {colours} '
        f'<p class="price {SF_CARD}">{price}</p></div></a> {button}</article></li>'
    )


SF_PROMO = (
    f'<li class="promo-tile {SF_GRID}"><a href="/journal/field-testing-in-the-outer-hebrides" class="{SF_GRID}">'
    f'<img src="https://cdn.saltfernsupply.com/journal/hebrides-cover.webp?w=600" alt="" width="600" height="750" loading="lazy" class="{SF_GRID}"/> '
    f'<span class="eyebrow {SF_GRID}">From the journal</span> <strong class="{SF_GRID}">Three weeks, four islands, one shell: field-testing in the Outer Hebrides</strong> '
    f'<span class="cta {SF_GRID}">Read the story →</span></a></li>'
)


def _sf_href(number: int) -> str:
    return SF_PATH if number == 1 else f"{SF_PATH}?page={number}"


def _sf_pager(number: int, total: int) -> str:
    prev = (
        f'<!--[--><a href="{_sf_href(number - 1)}" class="step prev {SF_NAV}" rel="prev" data-sveltekit-noscroll=""><span aria-hidden="true">←</span> Previous</a><!--]-->'
        if number > 1
        else f'<!--[!--><span class="step prev disabled {SF_NAV}" aria-disabled="true"><span aria-hidden="true">←</span> Previous</span><!--]-->'
    )
    nxt = (
        f'<!--[--><a href="{_sf_href(number + 1)}" class="step next {SF_NAV}" rel="next" data-sveltekit-noscroll="">Next <span aria-hidden="true">→</span></a><!--]-->'
        if number < total
        else f'<!--[!--><span class="step next disabled {SF_NAV}" aria-disabled="true">Next <span aria-hidden="true">→</span></span><!--]-->'
    )
    pages = "".join(
        f'<li class="{SF_NAV}"><a href="{_sf_href(page)}" class="page {SF_NAV}"{ARIA_PAGE if page == number else ""} data-sveltekit-noscroll="">{page}</a></li>'
        for page in range(1, total + 1)
    )
    return f'<nav class="pagination {SF_NAV}" aria-label="Pagination">{prev} <ol class="{SF_NAV}"><!--[-->{pages}<!--]--></ol> {nxt}</nav>'


SF_MENU = [
    ("New in", "/shop/new", ["Spring drop", "Back in stock", "Collaborations"]),
    ("Outerwear", "/shop/outerwear", ["Rain shells", "Insulated", "Fleece", "Vests", "Waxed cotton"]),
    ("Knitwear", "/shop/knitwear", ["Fishermans", "Crewnecks", "Cardigans"]),
    ("Shirts", "/shop/shirts", ["Flannel", "Overshirts", "Linen"]),
    ("Trousers", "/shop/trousers", ["Work", "Waterproof", "Chinos"]),
    ("Accessories", "/shop/accessories", ["Hats", "Bags", "Socks", "Gift cards"]),
    ("Journal", "/journal", []),
]


def _sf_layout_data() -> dict[str, Any]:
    return {
        "region": {
            "id": "reg_01HQ8Z4K2M6N7P1R3S5T9VXW0Y",
            "name": "United States",
            "currency_code": "usd",
            "countries": ["us"],
        },
        "announcement": "Free US shipping over $150 · 60-day returns",
        "menu": [
            {"label": label, "href": href, "children": [{"label": c, "href": f"{href}/{slug(c)}"} for c in children]}
            for label, href, children in SF_MENU
        ],
        "cart": None,
        "customer": None,
    }


def _sf_page_data(number: int, total_pages: int, products: list[SFProduct]) -> dict[str, Any]:
    rows = []
    for product in products:
        handle = _sf_handle(product)
        rows.append(
            {
                "id": "prod_" + _ulid(handle),
                "title": product.title,
                "handle": handle,
                "thumbnail": f"https://cdn.saltfernsupply.com/products/{handle}/{slug(product.colours[0])}-1.webp",
                "badge": product.badge or None,
                "colours": [{"name": c, "hex": _sf_hex(c)} for c in product.colours]
                if product.colours != ["One colour"]
                else [],
                "variant_count": len(product.colours) * 5,
                "in_stock": product.badge != "soldout",
                "calculated_price": {
                    "calculated_amount": product.price,
                    "original_amount": product.regular if product.regular is not None else product.price,
                    "currency_code": "usd",
                    "calculated_price": {"price_list_type": "sale" if product.regular is not None else None},
                },
            }
        )
    return {
        "category": {
            "id": "pcat_01HV3KQ7R9T2W4Y6A8C0E2G4J6",
            "name": "Outerwear",
            "handle": "outerwear",
            "description": "Shells, parkas and fleeces built for wet, windy coastlines — and tested on them.",
        },
        "products": rows,
        "count": len(SF_PRODUCTS),
        "page": number,
        "limit": SF_LIMIT,
        "pages": total_pages,
        "sort": "featured",
    }


def _sf_page(number: int, total: int, products: list[SFProduct], first: int) -> str:
    cards = [_sf_card(product) for product in products]
    if number == 1:
        cards.insert(5, SF_PROMO)
    grid = "".join(cards)
    last = first + len(products) - 1
    mega = "".join(
        f'<li class="{SF_HEAD}"><a href="{href}" class="top {SF_HEAD}"{ARIA_TRUE if label == "Outerwear" else ""}>{esc(label)}</a> '
        + (
            f'<!--[--><div class="mega {SF_HEAD}" hidden><ul class="{SF_HEAD}"><!--[-->'
            + "".join(
                f'<li class="{SF_HEAD}"><a href="{href}/{slug(c)}" class="{SF_HEAD}">{esc(c)}</a></li>'
                for c in children
            )
            + "<!--]--></ul></div><!--]-->"
            if children
            else "<!--[!--><!--]-->"
        )
        + "</li>"
        for label, href, children in SF_MENU
    )
    canonical = SF_HOST + _sf_href(number)
    breadcrumb = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": SF_HOST + "/"},
            {"@type": "ListItem", "position": 2, "name": "Shop", "item": SF_HOST + "/shop"},
            {"@type": "ListItem", "position": 3, "name": "Outerwear", "item": SF_HOST + SF_PATH},
        ],
    }
    data = (
        "["
        + ",".join(
            [
                '{type:"data",data:' + _uneval(_sf_layout_data()) + ",uses:{}}",
                "null",
                '{type:"data",data:'
                + _uneval(_sf_page_data(number, total, products))
                + ',uses:{search_params:["page","sort"],params:["category"]}}',
            ]
        )
        + "]"
    )
    title_suffix = "" if number == 1 else f" – Page {number}"
    head_links = (
        f'<!--[--><link rel="prev" href="{SF_HOST + _sf_href(number - 1)}"/><!--]-->'
        if number > 1
        else "<!--[!--><!--]-->"
    ) + (
        f' <!--[--><link rel="next" href="{SF_HOST + _sf_href(number + 1)}"/><!--]-->'
        if number < total
        else " <!--[!--><!--]-->"
    )
    intro = (
        f'<!--[--><p class="intro {SF_GRID}">Shells, parkas and fleeces built for wet, windy coastlines — and tested on them. Every piece is '
        f"made to be repaired: send it back to our Falmouth workshop and we will fix it for the life of the garment.</p><!--]-->"
        if number == 1
        else "<!--[!--><!--]-->"
    )
    return f"""<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="../favicon.png" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<link rel="preconnect" href="https://cdn.saltfernsupply.com" crossorigin />
		<script defer data-domain="saltfernsupply.com" src="https://plausible.io/js/script.outbound-links.js"></script>

		<link href="../_app/immutable/assets/0.D1x5ZqkS.css" rel="stylesheet">
		<link href="../_app/immutable/assets/ProductCard.Bq3c9Ew2.css" rel="stylesheet">
		<link href="../_app/immutable/assets/11.C4kRw8Qe.css" rel="stylesheet">
		<link rel="modulepreload" href="../_app/immutable/entry/start.C7pQ2m1x.js">
		<link rel="modulepreload" href="../_app/immutable/chunks/entry.DyLq1sT0.js">
		<link rel="modulepreload" href="../_app/immutable/chunks/disclose-version.BxW2mJ8c.js">
		<link rel="modulepreload" href="../_app/immutable/chunks/runtime.Ck2v5Nq3.js">
		<link rel="modulepreload" href="../_app/immutable/entry/app.Dm4q0Zt7.js">
		<link rel="modulepreload" href="../_app/immutable/nodes/0.BvP9k2Lx.js">
		<link rel="modulepreload" href="../_app/immutable/nodes/4.Cw1yH6sa.js">
		<link rel="modulepreload" href="../_app/immutable/nodes/11.Dq7nX0pe.js">
		<link rel="modulepreload" href="../_app/immutable/chunks/ProductCard.B8mT3vKc.js"><!--1d8x5ka--><!--[--><title>Outerwear{title_suffix} | Saltfern Supply Co.</title> <meta name="description" content="Waterproof shells, insulated parkas and fleeces for the coast. Free US shipping over $150."/> <link rel="canonical" href="{canonical}"/> <meta property="og:title" content="Outerwear | Saltfern Supply Co."/> <meta property="og:image" content="https://cdn.saltfernsupply.com/og/outerwear.jpg"/> {head_links}<!--]--><!----><!--1kq6v2f--><!--[--><script type="application/ld+json">{json.dumps(breadcrumb)}</script><!--]--><!---->
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents"><!--[--><!--[--><!----><a href="#main" class="skip-link svelte-1xq3u0r">Skip to content</a> <div class="announcement svelte-1xq3u0r" role="region" aria-label="Announcement"><p class="svelte-1xq3u0r">Free US shipping over $150 · 60-day returns</p></div> <header class="site-header {SF_HEAD}"><div class="bar {SF_HEAD}"><button type="button" class="menu-toggle {SF_HEAD}" aria-expanded="false" aria-controls="mobile-nav"><span class="sr-only">Open menu</span><svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><path d="M3 6h18M3 12h18M3 18h18" stroke="currentColor" stroke-width="1.5"></path></svg></button> <a href="/" class="logo {SF_HEAD}" aria-label="Saltfern Supply Co. home"><svg viewBox="0 0 140 28" width="140" height="28" aria-hidden="true"><path d="M4 22c6-10 14-16 24-18" fill="none" stroke="currentColor" stroke-width="2"></path><text x="34" y="20" font-size="15" font-family="serif">Saltfern</text></svg></a> <nav class="primary {SF_HEAD}" aria-label="Main"><ul class="{SF_HEAD}"><!--[-->{mega}<!--]--></ul></nav> <div class="actions {SF_HEAD}"><form action="/search" method="get" role="search" class="search {SF_HEAD}"><label for="q" class="sr-only">Search</label> <input id="q" name="q" type="search" placeholder="Search" autocomplete="off" class="{SF_HEAD}"/></form> <a href="/account/login" class="icon {SF_HEAD}" aria-label="Account"><svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="7" r="4" fill="none" stroke="currentColor"></circle><path d="M2 19c1-5 15-5 16 0" fill="none" stroke="currentColor"></path></svg></a> <button type="button" class="icon cart {SF_HEAD}" aria-label="Cart, 0 items"><svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true"><path d="M3 5h14l-1.5 10h-11z" fill="none" stroke="currentColor"></path></svg> <!--[!--><!--]--></button></div></div></header> <main id="main" class="svelte-1xq3u0r"><!--[--><!----><nav class="breadcrumbs {SF_GRID}" aria-label="Breadcrumb"><ol class="{SF_GRID}"><li class="{SF_GRID}"><a href="/" class="{SF_GRID}">Home</a></li> <li class="{SF_GRID}"><a href="/shop" class="{SF_GRID}">Shop</a></li> <li aria-current="page" class="{SF_GRID}">Outerwear</li></ol></nav> <header class="category-head {SF_GRID}"><h1 class="{SF_GRID}">Outerwear</h1> {intro}</header> <div class="toolbar {SF_GRID}"><details class="filters {SF_GRID}"><summary class="{SF_GRID}">Filter</summary> <form method="get" action="{SF_PATH}" class="{SF_GRID}"><fieldset class="{SF_GRID}"><legend class="{SF_GRID}">Type</legend> <!--[--><label class="{SF_GRID}"><input type="checkbox" name="type" value="rain-shells" class="{SF_GRID}"/> Rain shells <span class="count {SF_GRID}">(9)</span></label><label class="{SF_GRID}"><input type="checkbox" name="type" value="insulated" class="{SF_GRID}"/> Insulated <span class="count {SF_GRID}">(11)</span></label><label class="{SF_GRID}"><input type="checkbox" name="type" value="fleece" class="{SF_GRID}"/> Fleece <span class="count {SF_GRID}">(6)</span></label><label class="{SF_GRID}"><input type="checkbox" name="type" value="vests" class="{SF_GRID}"/> Vests <span class="count {SF_GRID}">(4)</span></label><!--]--></fieldset> <fieldset class="{SF_GRID}"><legend class="{SF_GRID}">Size</legend> <!--[--><label class="{SF_GRID}"><input type="checkbox" name="size" value="xs" class="{SF_GRID}"/> XS</label><label class="{SF_GRID}"><input type="checkbox" name="size" value="s" class="{SF_GRID}"/> S</label><label class="{SF_GRID}"><input type="checkbox" name="size" value="m" class="{SF_GRID}"/> M</label><label class="{SF_GRID}"><input type="checkbox" name="size" value="l" class="{SF_GRID}"/> L</label><label class="{SF_GRID}"><input type="checkbox" name="size" value="xl" class="{SF_GRID}"/> XL</label><!--]--></fieldset> <button type="submit" class="{SF_GRID}">Apply</button></form></details> <p class="count {SF_GRID}">{len(SF_PRODUCTS)} products</p> <form method="get" action="{SF_PATH}" class="sort {SF_GRID}"><label for="sort" class="{SF_GRID}">Sort by</label> <select id="sort" name="sort" class="{SF_GRID}"><option value="featured" selected>Featured</option><option value="newest">Newest</option><option value="price-asc">Price: low to high</option><option value="price-desc">Price: high to low</option></select> <noscript><button type="submit">Sort</button></noscript></form></div> <ul class="grid {SF_GRID}"><!--[-->{grid}<!--]--></ul> <p class="showing {SF_GRID}">Showing {first}–{last} of {len(SF_PRODUCTS)}</p> {_sf_pager(number, total)}<!----><!--]--></main> <section class="newsletter svelte-1xq3u0r"><h2 class="svelte-1xq3u0r">Field notes, once a month</h2> <p class="svelte-1xq3u0r">New drops, repair guides and where we have been testing. No spam.</p> <form method="POST" action="/newsletter?/subscribe" class="svelte-1xq3u0r"><label for="nl-email" class="sr-only">Email</label> <input id="nl-email" type="email" name="email" required placeholder="you@example.com" class="svelte-1xq3u0r"/> <button type="submit" class="svelte-1xq3u0r">Sign up</button></form></section> <footer class="site-footer svelte-1xq3u0r"><div class="cols svelte-1xq3u0r"><div class="svelte-1xq3u0r"><h2 class="svelte-1xq3u0r">Help</h2> <ul class="svelte-1xq3u0r"><li><a href="/help/shipping">Shipping</a></li> <li><a href="/help/returns">Returns &amp; exchanges</a></li> <li><a href="/repairs">Repairs</a></li> <li><a href="/help/size-guide">Size guide</a></li></ul></div> <div class="svelte-1xq3u0r"><h2 class="svelte-1xq3u0r">Company</h2> <ul class="svelte-1xq3u0r"><li><a href="/about">About us</a></li> <li><a href="/journal">Journal</a></li> <li><a href="/stockists">Stockists</a></li> <li><a href="/careers">Careers</a></li></ul></div> <div class="svelte-1xq3u0r"><h2 class="svelte-1xq3u0r">Follow</h2> <ul class="svelte-1xq3u0r"><li><a href="https://www.instagram.com/saltfernsupply" rel="noopener">Instagram</a></li> <li><a href="https://www.youtube.com/@saltfernsupply" rel="noopener">YouTube</a></li></ul></div></div> <p class="legal svelte-1xq3u0r">© 2025 Saltfern Supply Co. · <a href="/legal/privacy">Privacy</a> · <a href="/legal/terms">Terms</a> · <button type="button" class="link svelte-1xq3u0r">Cookie settings</button></p></footer> <!--[!--><!--]--><!----><!--]--> <!--[!--><!--]--><!--]-->

			<script>
				{{
					__sveltekit_1x8m2qk = {{
						base: new URL("..", location).pathname.slice(0, -1)
					}};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("../_app/immutable/entry/start.C7pQ2m1x.js"),
						import("../_app/immutable/entry/app.Dm4q0Zt7.js")
					]).then(([kit, app]) => {{
						kit.start(app, element, {{
							node_ids: [0, 4, 11],
							data: {data},
							form: null,
							error: null
						}});
					}});
				}}
			</script>
		</div>
	</body>
</html>
"""


@twentysixth_a
def build_saltfern_supply() -> None:
    s = Site(
        "saltfern-supply",
        kind="product grid (SvelteKit 2 + Svelte 5 SSR over a Medusa v2 store API: Svelte hydration comments and scoped svelte-xxxx classes, li > article.product-card with one card link around picture + badge 'Sale' / 'New' / 'Low stock' / 'Sold out', h3.title, '4 colours', p.price with sr-only 'Sale price' / 'Regular price' around span.now and s.was; a journal promo tile in the page-1 grid; 'Quick add' buttons; the records again in kit.start's devalue data (bare keys, calculated_price objects); nav[aria-label=Pagination] Previous / numbered / Next links over ?page=N)",
        start="shop/outerwear/",
        description="An outdoor-apparel brand's headless store (saltfernsupply.com), SvelteKit 2 with Svelte 5 server rendering over a Medusa v2 backend, category Outerwear (/shop/outerwear, then ?page=2 and ?page=3; the route maps page to Medusa's offset / limit of 16), as a visitor gets it in 2025: a head of modulepreload links to hashed _app/immutable chunks and CSS, a Plausible script, and Svelte's head block between hash comments (title 'Outerwear | Saltfern Supply Co.' with ' – Page N' on later pages, description, canonical, og tags, rel prev / next, BreadcrumbList JSON-LD); body[data-sveltekit-preload-data=hover] > div[style='display: contents'] with Svelte 5's hydration comments (<!--[-->, <!--]-->, <!--[!-->, <!---->) and scoped svelte-xxxx classes on every element: skip link, announcement bar 'Free US shipping over $150 · 60-day returns', the header (menu toggle, svg logo, primary nav with hidden mega-menu lists, search form, account link, 'Cart, 0 items' button), breadcrumbs Home / Shop / Outerwear, h1 'Outerwear' and an intro paragraph on page 1 only, a toolbar (a details 'Filter' form of checkbox facets with '(9)' counts, '41 products', a GET 'Sort by' select), then ul.grid of li > article.product-card: a.card-link to /products/<handle> wrapping div.media (img with srcset and an alt 'Title in Colour', span.badge.badge--sale / --new / --low / --soldout 'Sale' / 'New' / 'Low stock' / 'Sold out') and div.info (h3.title, on multi-colour products a hidden row of swatch dots and p.colours '4 colours', p.price with span.sr-only 'Sale price' + span.now '$148.00' + span.sr-only 'Regular price' + s.was '$185.00' on sale items, else span.now alone), then a button.quick-add 'Quick add' ('Sold out' and disabled when sold out); on page 1 a journal promo tile sits sixth in the grid (a story link, not a product); 'Showing 1–16 of 41'; nav.pagination[aria-label=Pagination] with a 'Previous' link (a disabled span on page 1), ol of numbered links (aria-current=page on the current one; page 1 is the bare path) and 'Next' (a disabled span on page 3), all root-relative with data-sveltekit-noscroll; a newsletter form posting to a form action, the footer with link lists and a 'Cookie settings' button; then SvelteKit's start script: __sveltekit_x = {base}, and kit.start(app, element, {node_ids: [0, 4, 11], data: [layout data (region, announcement, menu tree, cart null), null, page data (category, products with prod_01J… ids, title, handle, thumbnail, badge, colours [{name, hex}], variant_count, in_stock, calculated_price {calculated_amount, original_amount, currency_code 'usd'}), count 41, page, limit, pages, sort] with uses {search_params, params}]}) — devalue's JavaScript literal with bare keys, not JSON. 16 + 16 + 9 products. Written down: title, url, price, currency, original_price (on sale items), badge (as shown), colours (the number in 'N colours', where shown).",
    )
    pages = chunks(SF_PRODUCTS, [SF_LIMIT, SF_LIMIT, len(SF_PRODUCTS) - 2 * SF_LIMIT])
    first = 1
    for number, products in enumerate(pages, 1):
        text = _sf_page(number, len(pages), products, first)
        if number == 1:
            s.list_page("shop/outerwear/index.html", text)
        else:
            s.list_page(f"shop/outerwear@page={number}", text)
        first += len(products)
    for product in SF_PRODUCTS:
        s.expect(
            {
                "title": product.title,
                "url": f"/products/{_sf_handle(product)}",
                "price": product.price,
                "currency": "USD",
                "original_price": product.regular,
                "badge": SF_BADGES.get(product.badge),
                "colours": len(product.colours) if len(product.colours) > 1 else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# tidemark-bugs: Bugzilla 5.0.4, default skin, one buglist.cgi result page (Bugzilla does not page lists).
# ---------------------------------------------------------------------------------------------------

BZ_NOW = datetime(2025, 3, 15, 10, 12, 43)
BZ_QUERY = "bug_status=UNCONFIRMED&bug_status=CONFIRMED&bug_status=IN_PROGRESS&bug_status=RESOLVED&bug_status=VERIFIED&chfieldfrom=2025-02-15&chfieldto=Now&product=Tidemark&query_format=advanced"
BZ_ORDER = "changeddate DESC,bug_id"
BZ_START = f"buglist.cgi?{BZ_QUERY.replace('&product=', '&list_id=27419&order=changeddate%20DESC%2Cbug_id&product=')}"

#: id | component | assignee login | status | resolution | severity | priority | last change | summary
BZ_ROWS = """
18842|IMAP/POP|h.lindqvist@tidemark-mail.org|IN_PROGRESS||major|High|2025-03-15 08:41:07|IMAP IDLE connection silently drops after laptop resumes from sleep
18851|Composer|nobody@tidemark-mail.org|UNCONFIRMED||normal|---|2025-03-15 07:58:30|Pasting from LibreOffice Writer loses table borders in HTML compose
18790|Packaging|oskar@brightweave.se|RESOLVED|FIXED|normal|---|2025-03-15 06:12:55|Flatpak build fails on aarch64: missing libsecret runtime extension
18836|Address Book|priya.raman@tidemark-mail.org|CONFIRMED||normal|Normal|2025-03-14 22:47:19|vCard import drops the second phone number when TYPE is missing
18701|Message Display|nobody@tidemark-mail.org|CONFIRMED||minor|---|2025-03-14 19:05:02|Quoted text collapse arrow overlaps the sender avatar in narrow layout
18845|Security|kemi.adebayo-thornton@tidemark-mail.org|IN_PROGRESS||critical|Highest|2025-03-14 17:33:48|Remote images load in the preview pane despite "block remote content"
18829|Search|nobody@tidemark-mail.org|RESOLVED|DUPLICATE|normal|---|2025-03-14 11:20:14|Search results don't include messages in subfolders of Archive
18612|Calendar|m.okonkwo@tidemark-mail.org|RESOLVED|FIXED|major|High|2025-03-13 16:20:36|Recurring event exceptions lost after editing the series time zone
18817|Filters|nobody@tidemark-mail.org|UNCONFIRMED||normal|---|2025-03-13 09:44:51|"Move to folder" filter runs twice when the message also matches a tag rule
18764|Notifications|j.ferreira@tidemark-mail.org|CONFIRMED||normal|Low|2025-03-12 21:08:09|GNOME notification shows the raw HTML subject for encoded-word headers
18839|Sync|h.lindqvist@tidemark-mail.org|RESOLVED|WORKSFORME|normal|---|2025-03-12 14:55:40|Sync stuck at "Preparing" with a 40 000-message Gmail account
18688|Localization|anna.kowalczyk@tidemark-mail.org|VERIFIED|FIXED|minor|---|2025-03-11 18:31:22|Polish plural forms wrong for "N unread messages" between 12 and 14
18823|Account Setup|nobody@tidemark-mail.org|UNCONFIRMED||major|---|2025-03-11 08:02:57|Autoconfig ignores the SRV record and falls back to port 143 without TLS
18547|Composer|priya.raman@tidemark-mail.org|CONFIRMED||enhancement|Low|2025-03-10 23:16:45|Allow choosing the default reply mode (plain text / HTML) per identity
18811|General|nobody@tidemark-mail.org|RESOLVED|INVALID|normal|---|2025-03-10 12:40:03|App crashes when started from a network home directory
18779|IMAP/POP|h.lindqvist@tidemark-mail.org|CONFIRMED||normal|Normal|2025-03-09 15:27:18|CONDSTORE resync re-downloads every flag change on reconnect
18796|Packaging|oskar@brightweave.se|IN_PROGRESS||normal|---|2025-03-08 20:13:36|Windows MSI installer does not register the mailto: handler for all users
18654|Message Display|j.ferreira@tidemark-mail.org|RESOLVED|FIXED|normal|Normal|2025-03-07 10:58:44|Inline PGP signature block rendered as an attachment icon
18808|Search|nobody@tidemark-mail.org|CONFIRMED||minor|---|2025-03-06 17:49:31|Date range picker in advanced search starts weeks on Sunday regardless of locale
18731|Calendar|m.okonkwo@tidemark-mail.org|RESOLVED|WONTFIX|enhancement|---|2025-03-06 09:21:05|Support Exchange Web Services calendars
18802|Address Book|nobody@tidemark-mail.org|UNCONFIRMED||normal|---|2025-03-05 22:35:12|CardDAV sync deletes local contact photos larger than 256 KB
18590|Security|kemi.adebayo-thornton@tidemark-mail.org|VERIFIED|FIXED|critical|Highest|2025-03-05 14:07:49|S/MIME signature shown as valid for a certificate revoked after signing
18789|Notifications|nobody@tidemark-mail.org|RESOLVED|DUPLICATE|minor|---|2025-03-04 19:42:27|Unread badge count on the dock icon never clears on macOS 15
18770|Filters|anna.kowalczyk@tidemark-mail.org|CONFIRMED||normal|Normal|2025-03-04 08:16:54|Filter editor loses the "match all" setting after reordering conditions
18795|Composer|nobody@tidemark-mail.org|UNCONFIRMED||normal|---|2025-03-03 13:03:38|Spell checker underlines every word after switching the dictionary mid-message
18719|Sync|h.lindqvist@tidemark-mail.org|RESOLVED|FIXED|major|High|2025-03-02 21:48:10|Offline changes to flags are lost when the server renumbers UIDs
18784|General|nobody@tidemark-mail.org|CONFIRMED||normal|---|2025-03-01 11:29:46|High CPU while idle with more than 12 accounts configured
18742|Localization|anna.kowalczyk@tidemark-mail.org|RESOLVED|FIXED|trivial|---|2025-02-28 16:57:23|Typo in the German string for "Empty Trash on exit"
18777|IMAP/POP|nobody@tidemark-mail.org|UNCONFIRMED||normal|---|2025-02-27 09:34:19|POP3 "leave on server for N days" deletes messages a day early across DST
18699|Account Setup|priya.raman@tidemark-mail.org|IN_PROGRESS||normal|Normal|2025-02-26 18:12:05|OAuth2 sign-in window is blank for Microsoft 365 tenants with conditional access
18761|Message Display|nobody@tidemark-mail.org|RESOLVED|WORKSFORME|normal|---|2025-02-25 12:45:58|Emoji in subject lines render as tofu on Windows 10
18635|Calendar|m.okonkwo@tidemark-mail.org|CONFIRMED||normal|Low|2025-02-24 07:59:31|Invitation replies from Outlook show "Unknown" as the attendee status
18752|Search|j.ferreira@tidemark-mail.org|RESOLVED|FIXED|normal|---|2025-02-22 15:22:47|Global search index rebuild never finishes on accounts with 1 M+ messages
18748|Packaging|oskar@brightweave.se|VERIFIED|FIXED|minor|---|2025-02-21 10:06:14|Snap package cannot open attachments with the default application
18739|Composer|nobody@tidemark-mail.org|RESOLVED|INVALID|normal|---|2025-02-19 20:38:52|Signature is inserted above the quote even with "below quote" selected
18726|Address Book|priya.raman@tidemark-mail.org|CONFIRMED||enhancement|---|2025-02-18 14:14:29|Show a contact's organisation and title in the recipient autocomplete
18711|Sync|nobody@tidemark-mail.org|RESOLVED|DUPLICATE|normal|---|2025-02-17 08:27:03|Sync status icon keeps spinning after the sync has finished
18706|General|kemi.adebayo-thornton@tidemark-mail.org|RESOLVED|FIXED|normal|Normal|2025-02-15 17:51:36|Crash reporter uploads reports even when telemetry is turned off
"""


class BZBug(NamedTuple):
    bug_id: int
    component: str
    assignee: str
    status: str
    resolution: str
    severity: str
    priority: str
    changed: datetime
    summary: str


BZ_BUGS = [
    BZBug(int(i), comp, who, st, res, sev, pri, datetime.strptime(ch, "%Y-%m-%d %H:%M:%S"), summ)
    for i, comp, who, st, res, sev, pri, ch, summ in (line.split("|") for line in BZ_ROWS.strip().splitlines())
]

BZ_COLUMNS = [
    ("product", "Product", 8, ""),
    ("component", "Comp", 8, ""),
    ("assigned_to", "Assignee", 30, "..."),
    ("bug_status", "Status", 4, ""),
    ("resolution", "Resolution", 4, ""),
    ("short_desc", "Summary", 0, ""),
    ("changeddate", "Changed", 0, ""),
]


def _bz_truncate(text: str, length: int, ellipsis: str) -> str:
    """Bugzilla's ``truncate`` virtual method (Bugzilla/Template.pm)."""
    if not length or len(text) <= length:
        return text
    return text[: length - len(ellipsis)] + ellipsis


def _bz_diffdate(moment: datetime) -> str:
    """buglist.cgi's DiffDate: a time within 18 hours, weekday + time within six days, else the date."""
    age = BZ_NOW - moment
    if age < timedelta(hours=18):
        return moment.strftime("%H:%M:%S")
    if age < timedelta(days=6):
        return moment.strftime("%a %H:%M")
    return moment.strftime("%Y-%m-%d")


def _bz_uri(text: str) -> str:
    return text.replace(" ", "%20").replace(",", "%2C")


def _bz_new_order(column: str) -> str:
    """list/table.html.tmpl's new_order block for the current order 'changeddate DESC,bug_id'."""
    if column == "bug_id":
        return "bug_id"
    if column == "changeddate":
        return _bz_uri("changeddate,bug_id")
    return _bz_uri(f"{column},{BZ_ORDER}")


def _bz_arrow(column: str) -> str:
    if column == "changeddate":
        return '<span class="bz_sort_order_primary">&#x25BC;</span>'
    if column == "bug_id":
        return '<span class="bz_sort_order_secondary">&#x25B2;</span>'
    return ""


def _bz_sorted(column: str) -> int:
    return {"changeddate": 0, "bug_id": 1}.get(column, -1)


def _bz_cell(bug: BZBug, column: str, length: int, ellipsis: str) -> str:
    if column == "short_desc":
        return f"""    <td class="bz_short_desc_column">
        <a href="show_bug.cgi?id={bug.bug_id}">{esc(bug.summary)}</a>
    </td>"""
    if column == "changeddate":
        return f"""    <td style="white-space: nowrap"
        class="bz_changeddate_column"
            sorttable_customkey="{bug.changed:%Y-%m-%d %H:%M:%S}"
    >{_bz_diffdate(bug.changed)}
    </td>"""
    value = {
        "product": "Tidemark",
        "component": bug.component,
        "assigned_to": bug.assignee,
        "bug_status": bug.status,
        "resolution": bug.resolution or "---",
    }[column]
    return f"""    <td style="white-space: nowrap"
        class="bz_{column}_column"
    >
        <span title="{esc(value)}">{esc(_bz_truncate(value, length, ellipsis))}
        </span>
    </td>"""


def _bz_row(bug: BZBug, count: int) -> str:
    classes = [f"bz_{bug.severity}", f"bz_{bug.priority}", f"bz_{bug.status}"]
    if bug.resolution:
        classes.append(f"bz_{bug.resolution}")
    classes.append("bz_row_odd" if count % 2 == 1 else "bz_row_even")
    cells = "\n\n".join(_bz_cell(bug, column, length, ellipsis) for column, _title, length, ellipsis in BZ_COLUMNS)
    return f"""
  <tr id="b{bug.bug_id}" class="bz_bugitem
             {" ".join(classes)}
             ">

    <td class="first-child bz_id_column">
      <a href="show_bug.cgi?id={bug.bug_id}">{bug.bug_id}</a>
      <span style="display: none"></span>
    </td>

{cells}

  </tr>
"""


def _bz_links(suffix: str, login_target: str) -> str:
    return f"""<ul class="links">
  <li><a href="./">Home</a></li>
  <li><span class="separator">| </span><a href="enter_bug.cgi">New</a></li>
  <li><span class="separator">| </span><a href="describecomponents.cgi">Browse</a></li>
  <li><span class="separator">| </span><a href="query.cgi">Search</a></li>

  <li class="form">
    <span class="separator">| </span>
    <form action="buglist.cgi" method="get"
        onsubmit="if (this.quicksearch.value == '')
                  {{ alert('Please enter one or more search terms first.');
                    return false; }} return true;">
    <input type="hidden" id="no_redirect{suffix}" name="no_redirect" value="0">
    <script type="text/javascript">
      if (history && history.replaceState) {{
        var no_redirect = document.getElementById("no_redirect{suffix}");
        no_redirect.value = 1;
      }}
    </script>
    <input class="txt" type="text" id="quicksearch{suffix}" name="quicksearch"
           title="Quick Search" value="">
    <input class="btn" type="submit" value="Search"
           id="find{suffix}"></form>
  <a href="page.cgi?id=quicksearch.html" title="Quicksearch Help">[?]</a></li>

  <li><span class="separator">| </span><a href="report.cgi">Reports</a></li>

  <li>
      <span class="separator">| </span>
        <a href="request.cgi">Requests</a></li>

      <li id="new_account_container{suffix}">
        <span class="separator">| </span>
        <a href="createaccount.cgi">New&nbsp;Account</a>
      </li>

    <li id="mini_login_container{suffix}">
  <span class="separator">| </span>
  <a id="login_link{suffix}" href="{login_target}&amp;GoAheadAndLogIn=1"
     onclick="return show_mini_login_form('{suffix}')">Log In</a>

  <form action="{login_target}" method="POST"
        class="mini_login bz_default_hidden"
        id="mini_login{suffix}">
    <input id="Bugzilla_login{suffix}" required
           name="Bugzilla_login" class="bz_login"
        type="email" placeholder="Email Address">
    <input class="bz_password" name="Bugzilla_password" type="password"
           id="Bugzilla_password{suffix}" required
           placeholder="Password">
    <input type="hidden" name="Bugzilla_login_token"
           value="1742033563-Wq7Yc1r0x3HdZ2pGm8eLk4sTnVb6uJfA9oKiR5yE">
    <input type="submit" name="GoAheadAndLogIn" value="Log in"
            id="log_in{suffix}">
    <a href="#" onclick="return hide_mini_login_form('{suffix}')">[x]</a>
  </form>
</li>


  <li id="forgot_container{suffix}">
    <span class="separator">| </span>
    <a id="forgot_link{suffix}" href="{login_target}&amp;GoAheadAndLogIn=1#forgot"
       onclick="return show_forgot_form('{suffix}')">Forgot Password</a>
    <form action="token.cgi" method="post" id="forgot_form{suffix}"
          class="mini_forgot bz_default_hidden">
      <label for="login{suffix}">Login:</label>
      <input name="loginname" size="20" id="login{suffix}" required
             type="email" placeholder="Your Email Address">
      <input id="forgot_button{suffix}" value="Reset Password" type="submit">
      <input type="hidden" name="a" value="reqpw">
      <input type="hidden" id="token{suffix}" name="token" value="1742033563-cJ3nQ0vB8xL2mR6tY4wK1pZ9sD7fH5gA">
      <a href="#" onclick="return hide_forgot_form('{suffix}')">[x]</a>
    </form>
  </li>
</ul>"""


def _bz_page() -> str:
    query = esc(BZ_QUERY)
    start = esc(BZ_START)
    headers = "\n".join(
        f"""  <th colspan="1"
      class="sortable_column_{index}
             sorted_{_bz_sorted(column)}">
    <a href="buglist.cgi?{query}&amp;order={_bz_new_order(column)}&amp;query_based_on=">{title}{_bz_arrow(column)}</a>
  </th>"""
        for index, (column, title, _length, _ellipsis) in enumerate(BZ_COLUMNS)
    )
    rows = "".join(_bz_row(bug, count) for count, bug in enumerate(BZ_BUGS, 1))
    hidden_ids = "\n".join(f'            <input type="hidden" name="id" value="{bug.bug_id}">' for bug in BZ_BUGS)
    count = len(BZ_BUGS)
    return f"""<!DOCTYPE html>
<html lang="en">
  <head>
    <title>Bug List</title>

      <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<link href="data/assets/8d1b3f0e5a6c47b29e0d9f4a1c7e2b35.css?1738765210" rel="stylesheet" type="text/css">



    <script type="text/javascript" src="data/assets/4c2f7a91e8b05d6f3a1e9c0b7d2f6e48.js?1738765210"></script>

    <script type="text/javascript">
    <!--
        YAHOO.namespace('bugzilla');
        YAHOO.util.Event.addListener = function (el, sType, fn, obj, overrideContext) {{
               if ( ("onpagehide" in window || YAHOO.env.ua.gecko) && sType === "unload") {{ sType = "pagehide"; }};
               var capture = ((sType == "focusin" || sType == "focusout") ? true : false);
               return this._addListener(el, this._getType(sType), fn, obj, overrideContext, capture);
         }};
        if ( "onpagehide" in window || YAHOO.env.ua.gecko) {{
            YAHOO.util.Event._simpleRemove(window, "unload",
                                           YAHOO.util.Event._unload);
        }}

        function unhide_language_selector() {{
            YAHOO.util.Dom.removeClass(
                'lang_links_container', 'bz_default_hidden'
            );
        }}
        YAHOO.util.Event.onDOMReady(unhide_language_selector);


        var BUGZILLA = {{
            param: {{
                cookiepath: '\\/',
                maxusermatches: 1000
            }},
            constant: {{
                COMMENT_COLS: 80
            }},
            string: {{


                attach_desc_required:
                    "You must enter a Description for this attachment.",
                component_required:
                    "You must select a Component for this bug.",
                description_required:
                    "You must enter a Description for this bug.",
                short_desc_required:
                    "You must enter a Summary for this bug.",
                version_required:
                    "You must select a Version for this bug."
            }}
        }};

    // -->
    </script>

<link rel="alternate"
          type="application/atom+xml" title="Atom feed"
          href="buglist.cgi?{query}&amp;title=Bug%20List&amp;ctype=atom">
    <link rel="search" type="application/opensearchdescription+xml"
                       title="Tidemark Bugzilla" href="./search_plugin.cgi">
    <link rel="shortcut icon" href="images/favicon.ico" >
  </head>

  <body
        class="bugs-tidemark-mail-org
               yui-skin-sam">

  <div id="header">
<div id="banner">
  </div>

    <div id="titles">
      <span id="title">Tidemark Bugzilla &ndash; Bug List</span>


    </div>

    <div id="common_links">{_bz_links("_top", start)}
    </div>
  </div>

  <div id="bugzilla-body">

<div class="bz_query_head">

  <span class="bz_query_timestamp">
    Sat Mar 15 2025 10:12:43 UTC<br>
  </span>

    <span class="bz_quip">
      <a href="quips.cgi"><em>It compiles on my machine, ship it to the mail servers.</em></a>
    </span>

</div>

<ul class="search_description">
  <li>
    <strong>Status:</strong>
      UNCONFIRMED,
      CONFIRMED,
      IN_PROGRESS,
      RESOLVED,
      VERIFIED
  </li>
  <li>
    <strong>Product:</strong>
      Tidemark
  </li>
  <li>
    <strong>Changed:</strong>
      (is greater than or equal to)
      2025-02-15
  </li>
</ul>

<hr>

  <span class="bz_result_count">
      {count} bugs found.
  </span>


  <table class="bz_buglist sortable" cellspacing="0" cellpadding="4" width="100%">
    <thead>
    <tr class="bz_buglist_header bz_first_buglist_header">
      <th colspan="1" class="first-child
                   sorted_1">
        <a href="buglist.cgi?{query}&amp;order=bug_id&amp;query_based_on=">ID<span class="bz_sort_order_secondary">&#x25B2;</span>
        </a>
      </th>

{headers}

    </tr>
    </thead>

<tbody class="sorttable_body">
{rows}
</tbody>

</table>

  <span class="bz_result_count">
      {count} bugs found.
  </span>

<br>

<table>
  <tr>
      <td valign="middle" class="bz_query_buttons">
        <form method="post" action="show_bug.cgi">
{hidden_ids}
          <input type="hidden" name="format" value="multiple">
          <input type="submit" id="long_format" value="Long Format">
        </form>
        <form method="post" action="show_bug.cgi">
            <input type="hidden" name="ctype" value="xml">
{hidden_ids}
            <input type="hidden" name="excludefield" value="attachmentdata">
            <input type="submit" value="XML" id="xml">
        </form>

      </td>

      <td>&nbsp;</td>

    <td valign="middle" class="bz_query_links">
      <a href="buglist.cgi?{query}&amp;ctype=csv&amp;human=1">CSV</a> |
      <a href="buglist.cgi?{query}&amp;title=Bug%20List&amp;ctype=atom">Feed</a> |
      <a href="buglist.cgi?{query}&amp;ctype=ics">iCalendar</a>

        <br>
        <a href="colchange.cgi?{query}&amp;query_based_on=">Change&nbsp;Columns</a>

    </td>

    <td valign="middle" class="bz_query_edit">
      <a href="query.cgi?{query}">Edit&nbsp;Search</a>
    </td>

      <td>&nbsp;</td>

      <td valign="middle" class="bz_query_remember">
        <form method="get" action="buglist.cgi">
          <input type="submit" id="remember" value="Remember search"> as
          <input type="hidden" name="newquery"
                 value="{query}&amp;order=changeddate%20DESC%2Cbug_id">
          <input type="hidden" name="cmdtype" value="doit">
          <input type="hidden" name="remtype" value="asnamed">
          <input type="hidden" name="token" value="1742033563-v0Xw8Rk2nJ5qB7cT1yM4hF6pL9sD3gZa">
          <input type="text" id="save_newqueryname" name="newqueryname" size="20"
                 title="New query name" value="">
        </form>
      </td>
  </tr>
</table>

  <p class="bz_query_single_product">
  <a href="enter_bug.cgi?product=Tidemark">File
    a new bug
     in the "Tidemark" product</a>
  </p>
</div>

    <div id="footer">
      <div class="intro"></div>
<ul id="useful-links">
  <li id="links-actions">{_bz_links("_bottom", start)}
  </li>




</ul>

      <div class="outro"></div>
    </div>

</body>
</html>
"""


@twentysixth_a
def build_tidemark_bugs() -> None:
    s = Site(
        "tidemark-bugs",
        kind="bug list table (Bugzilla 5.0 buglist.cgi, default skin, logged out: table.bz_buglist.sortable with header links re-sorting the same list and ▼ / ▲ arrows, tr.bz_bugitem rows classed by severity / priority / status / resolution, id link + hidden span, Product / Comp / Assignee / Status / Resolution cells showing Bugzilla's cut values ('Packagin', 'Address ', 'CONF', 'RESO', 'FIXE', 'kemi.adebayo-thornton@tidem...') with the full value in span[title], the summary link, Changed as DiffDate text ('08:41:07', 'Thu 16:20', '2025-03-04') with sorttable_customkey; one page — Bugzilla never pages a bug list; 'N bugs found.' above and below, Long Format / XML forms with every id, CSV / Feed / iCalendar links)",
        start=BZ_START,
        description="A desktop mail client's Bugzilla 5.0.4 (bugs.tidemark-mail.org) with the default skin, an advanced search for bugs in product Tidemark with status UNCONFIRMED / CONFIRMED / IN_PROGRESS / RESOLVED / VERIFIED changed since 2025-02-15, ordered by last change (buglist.cgi?bug_status=…&chfieldfrom=2025-02-15&chfieldto=Now&list_id=27419&order=changeddate%20DESC%2Cbug_id&product=Tidemark&query_format=advanced), as a logged-out visitor sees it on Sat 15 March 2025. Bugzilla shows every match on one page (there is no pager: only a 'This result was limited to 500 bugs' notice past default_search_limit), so the site is one list page of 38 bugs. The 5.0 header: concatenated data/assets CSS / JS, the YAHOO event patch and the BUGZILLA settings object, the Atom feed and OpenSearch links; body.bugs-tidemark-mail-org.yui-skin-sam > div#header (span#title 'Tidemark Bugzilla – Bug List', ul.links Home / New / Browse / Search / the quick-search form with its no_redirect script / [?] / Reports / Requests / New Account / Log In with a hidden mini-login form and Forgot Password with a hidden reset form); div#bugzilla-body: div.bz_query_head (timestamp 'Sat Mar 15 2025 10:12:43 UTC', a quip link), ul.search_description (Status: …, Product: Tidemark, Changed: (is greater than or equal to) 2025-02-15), hr, span.bz_result_count '38 bugs found.', then table.bz_buglist.sortable: thead tr.bz_buglist_header of th links that re-sort the same search (…&order=product%2Cchangeddate%20DESC%2Cbug_id&query_based_on=), 'ID' with a secondary ▲ and 'Changed' with a primary ▼, sortable_column_N / sorted_N classes; tbody.sorttable_body of tr#bN.bz_bugitem rows classed bz_<severity> bz_<priority> bz_<status> [bz_<resolution>] bz_row_odd / bz_row_even: td.first-child.bz_id_column (a to show_bug.cgi?id=N, an empty display:none span), td.bz_product_column, bz_component_column, bz_assigned_to_column, bz_bug_status_column and bz_resolution_column each a span[title=full value] showing Bugzilla's truncate (product and component 8 characters: 'Tidemark', 'Packagin', 'Address ', 'Message ', 'Notifica', 'Localiza'; status and resolution 4: 'UNCO', 'CONF', 'IN_P', 'RESO', 'VERI', '---', 'FIXE', 'DUPL', 'WONT', 'WORK', 'INVA'; assignee logins past 30 characters cut to 27 + '...'), td.bz_short_desc_column with the summary link, td.bz_changeddate_column[sorttable_customkey='2025-03-13 16:20:36'] showing DiffDate ('08:41:07' within 18 hours, 'Thu 16:20' within six days, else '2025-03-04'); the count again, the bz_query_buttons forms (Long Format and XML, each with a hidden id input per bug), CSV | Feed | iCalendar, Change Columns, Edit Search, the 'Remember search' form, 'File a new bug in the \"Tidemark\" product', and div#footer repeating the links. Written down: id, title (the summary), url, component, status and resolution (the full values, as the cells' titles give them; resolution absent while '---'), changed (the ISO day of the last change); not the assignee, an e-mail login the pipeline redacts by default.",
    )
    s.list_page(BZ_START.replace("?", "@"), _bz_page())
    for bug in BZ_BUGS:
        s.expect(
            {
                "id": bug.bug_id,
                "title": bug.summary,
                "url": f"/show_bug.cgi?id={bug.bug_id}",
                "component": bug.component,
                "status": bug.status,
                "resolution": bug.resolution or None,
                "changed": bug.changed.strftime("%Y-%m-%d"),
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# marshlight-commons: the Tildes software, group ~books, ?order=new&period=30d&per_page=25&after=<id36>.
# ---------------------------------------------------------------------------------------------------

ML_HOST = "https://marshlight.net"
ML_GROUP = "books"
ML_QUERY = "order=new&period=30d&per_page=25"
ML_NOW = datetime(2025, 3, 15, 10, 12, 0)
ML_PER_PAGE = 25

#: kind (T: text topic, L: link topic) | content type | title | author (T) or link URL (L) | tags | words |
#: comments | votes | minutes before ML_NOW | subgroup ('' or e.g. fiction) | excerpt (T) or poster (L)
ML_ROWS = """
T|Ask (recommendations)|Novels where the setting is basically a character|reedwarbler|recommendations,fiction||23|31|38||I just finished The Shipping News and the Newfoundland coast felt more alive than half the cast. What else does this? Any genre is fine, I'm especially interested in cities or weather that shape the plot rather than just decorate it.
L|Article|The quiet return of the serialized novel|https://www.thebookhound.co.uk/features/serialized-novels-return|publishing,serialization|1874|14|27|130||inkcap
T|Text|What are you reading this week? (March 15)|marshlight_bot|weekly thread|142|38|19|250||Share what you've been reading: finished, abandoned, halfway through. Mini reviews welcome.
L|Link|Public library e-book licensing costs rose again in 2024, survey finds|https://libraryjournal.example.org/news/ebook-licensing-survey-2024|libraries,ebooks||9|22|410||lacewing
L|Video|How medieval scribes corrected their mistakes|https://www.youtube.com/watch?v=q3Rk8mZ0vLs|history,manuscripts||4|18|560||quillfeather
T|Text|I read every Booker shortlist from 2000 to 2024. Some notes.|tollund|literary fiction,prizes|2313|41|64|790||Over the last two years I worked through all twenty-five shortlists, about 150 books. I kept a spreadsheet (of course) and a few patterns surprised me, starting with how rarely the eventual winner was the book people were talking about in August.
L|Article|Why translated fiction sells better in paperback|https://www.lithub.example.com/why-translated-fiction-sells-in-paperback|translation,publishing|1162|7|15|1020||sorrel
T|Ask (help)|Looking for a short story about a lighthouse keeper who receives letters from the future|fenwick||112|6|9|1190||I read it in an anthology maybe fifteen years ago. The keeper answers the letters and slowly realises the sender is his daughter. Possibly British, possibly 1970s. Any ideas?
L|Article|Inside the last hot-metal type foundry in Europe|https://www.atlasobscura.example.com/articles/hot-metal-type-foundry|printing,typography|2240|11|33|1400||kettlehole
T|Text|Finished Middlemarch after three attempts. It was worth it.|amberly|classics,fiction|486|19|40|1710||Third time lucky. What finally worked was reading it as the original eight installments with a week between each, which is how it was published.
L|Link|Project Gutenberg passes 75,000 free e-books|https://www.gutenberg.example.org/news/75000|ebooks,public domain||12|46|2050||nettlebed
T|Ask (survey)|Do you finish books you aren't enjoying?|pipistrelle|reading habits|58|57|25|2390||Genuinely curious where people land on this. I used to push through everything and now I give a book fifty pages.
L|Article|The strange afterlife of the airport thriller|https://www.theguardian.example.com/books/2025/mar/airport-thriller-afterlife|genre fiction,thrillers|1538|8|12|2710||brackish
T|Text|Our neighbourhood little free library has turned into a science fiction exchange|wheatear|science fiction,community|344|15|37|3030|fiction|Someone started leaving a stack of 1970s Ace paperbacks in it every Sunday and now there is an informal trade going. Somebody left a note asking for Le Guin.
L|Article|A conversation with the translator of the new Don Quixote|https://www.parisreview.example.org/blog/2025/03/new-don-quixote-translation|translation,interviews|3105|5|21|3380||tollund
L|Link|Folio Society announces illustrated edition of The Left Hand of Darkness|https://www.foliosociety.example.com/uk/the-left-hand-of-darkness.html|science fiction,editions||16|29|3760|fiction|heronsbill
T|Ask (recommendations)|Non-fiction about ordinary jobs|gorsebloom|recommendations,non-fiction|77|29|24|4120||Think Working by Studs Terkel, or the bits of Kitchen Confidential about the actual cooking. Books about what a job is really like day to day.
L|Article|What the Anthropocene did to the nature writing shelf|https://www.newstatesman.example.com/culture/books/2025/03/nature-writing-anthropocene|nature writing,essays|2677|10|17|4530||lacewing
T|Text|Audiobooks count as reading. Change my mind.|mudlark|audiobooks,reading habits|205|88|33|4990||I know this one comes up a lot but I had a fun argument at book club and want to hear the other side argued well.
L|Video|Bookbinding a paperback into a hardcover in 20 minutes|https://www.youtube.com/watch?v=Bk7dPq2sXwE|bookbinding,crafts||6|26|5360||quillfeather
T|Text|Reading log app recommendations now that the one I used is shutting down|ferngully|apps,reading habits|163|24|14|5720||It is closing at the end of April. I mostly need import from CSV, a yearly count, and no social features.
L|Article|Ursula K. Le Guin's letters to a young editor, annotated|https://www.lrb.example.co.uk/blog/2025/march/le-guin-letters|science fiction,letters|2948|9|38|6100|fiction|amberly
T|Ask|Has anyone read the new Sally Rooney in the original serial?|sandpiper|literary fiction|71|5|6|6480||The magazine version seems to differ quite a bit from the book. Curious whether anyone compared them.
L|Link|Independent bookshops in the UK grew for the eighth year in a row|https://www.booksellers.example.org.uk/news/2025-membership|bookshops,publishing||13|34|6850||nettlebed
T|Text|Book club pick for March: The Remains of the Day|marshlight_bot|book club,literary fiction|119|27|28|7210||Discussion thread for this month's pick. Spoilers are fine here; please use spoiler tags for other Ishiguro books.
L|Article|Reading the Odyssey aloud, one book a night|https://www.aeon.example.co/essays/reading-the-odyssey-aloud|classics,essays|3420|12|30|7600||pipistrelle
T|Ask (recommendations)|Fantasy that isn't about saving the world|wagtail|recommendations,fantasy|94|36|41|8010|fiction|Low stakes, small scale, maybe a village or a single family. I loved Legends & Lattes and The Goblin Emperor for this reason.
L|Article|The economics of a first novel advance in 2025|https://www.publishersweekly.example.com/pw/by-topic/first-novel-advances-2025|publishing,writing|1966|18|23|8400||kettlehole
T|Text|I built a card catalogue for my home library|larkspur|organizing,libraries|612|21|52|8790||Two hundred index cards, a second-hand oak drawer from a school sale and far too many evenings. Photos and the classification scheme I ended up with inside.
L|Link|British Library restores online catalogue two years after cyberattack|https://www.bl.example.uk/press-releases/2025/march/catalogue-restored|libraries||7|25|9180||sorrel
T|Ask (help)|Best way to sell about 400 paperbacks?|sedgewick|selling|88|17|8|9560||Moving abroad and can't take them. Mostly crime and science fiction, a few signed. Charity shop, a dealer, or list them individually?
L|Article|Agatha Christie's notebooks and the art of the red herring|https://www.crimereads.example.com/christie-notebooks-red-herrings|crime fiction,mystery|2154|6|19|9950||brackish
T|Text|Re-reading childhood favourites as an adult: Swallows and Amazons|mudlark|childrens books,rereading|530|14|22|10340||I expected nostalgia and got something much stranger: a book about parents who trust their children with boats and knives and then simply go away.
L|Video|A tour of the Long Room at Trinity College Dublin|https://vimeo.example.com/892211457|libraries,history||3|20|10730||heronsbill
T|Ask (survey)|E-reader, tablet, or paper? 2025 edition|pipistrelle|ebooks,reading habits|45|64|18|11110||We did this two years ago. Has anyone switched since? Colour e-ink seems to be the new thing.
L|Article|The case for reading poetry on your phone|https://www.poetryfoundation.example.org/articles/reading-poetry-on-your-phone|poetry|1321|4|11|11500||inkcap
T|Text|Translated fiction reading challenge: one book per continent|tollund|translation,challenges|274|26|29|11880||Starting a small challenge for the rest of the year: one translated book from each continent. Suggestions and a shared list inside.
L|Link|The Paris Review opens its archive of interviews to the public|https://www.theparisreview.example.org/interviews|interviews,archives||11|44|12260||amberly
T|Ask (recommendations)|Books about rivers|wheatear|recommendations,nature writing|52|19|16|12650||Fiction or non-fiction. I'm walking the Thames Path in May and want something to read along the way.
L|Article|How the paperback changed what we read|https://www.historytoday.example.com/archive/paperback-revolution|publishing,history|2789|8|24|13030||sedgewick
T|Text|Reading Proust one page a day: month six update|larkspur|classics,challenges|398|12|35|13420||Still going. I'm in the middle of Sodom and Gomorrah and the page-a-day pace has turned into three or four on weekends.
L|Article|Science fiction magazines are having a moment|https://www.wired.example.com/story/science-fiction-magazines-moment|science fiction,magazines|1742|15|26|13800|fiction|ferngully
T|Ask (help)|Identify this fantasy series: kids travel through paintings|bramble||64|9|7|14190|fiction|Late nineties, probably a trilogy. The first book had a blue cover with a gilt frame. The children step into a painting of a harbour.
L|Link|Oxford English Dictionary adds 42 words from the world of books|https://public.oed.example.com/updates/new-words-list-march-2025|language||10|21|14580||nettlebed
T|Text|Overdue: the library book I finally returned after eleven years|gorsebloom|libraries|257|18|49|14960||There was no fine and the librarian laughed. It was a guide to identifying mushrooms, which in hindsight explains why I never used it.
L|Article|The women who wrote the pulps under men's names|https://www.smithsonianmag.example.com/arts-culture/pulp-pseudonyms|history,genre fiction|2406|7|20|15350||brackish
T|Ask (recommendations)|Short books for a long commute|sandpiper|recommendations|39|33|15|15740||Under 200 pages, ideally something I can finish in a week of train rides. Already read Train Dreams and Small Things Like These.
L|Video|Margaret Atwood on revision (1987 interview)|https://www.youtube.com/watch?v=Mt3rQ8aLp0c|interviews,writing||5|23|16130||quillfeather
T|Text|My grandmother's annotated cookbooks|amberly|cookbooks,family|468|16|58|16510||She wrote in every margin: substitutions, dates, who came to dinner, who did not like the fish. I have started transcribing them.
L|Article|Why so many novels now have maps|https://www.vulture.example.com/article/novel-maps-trend|fantasy,design|1488|22|31|16900|fiction|wagtail
T|Ask (survey)|How many books are on your to-read pile right now?|marshlight_bot|reading habits|25|71|12|17280||Physical pile only. Digital wish lists do not count or we will be here all day.
L|Link|Le Guin's Earthsea gets a new illustrated collected edition|https://www.sagapress.example.com/earthsea-illustrated|fantasy,editions||8|19|17670|fiction|heronsbill
T|Text|The best opening line you read this year|fenwick|first lines|96|45|27|18050||Mine so far: "It was the day my grandmother exploded." (Iain Banks, The Crow Road). Old, but new to me.
L|Article|Libraries are lending seeds, tools and telescopes now|https://www.nytimes.example.com/2025/02/libraries-lending-things.html|libraries,community|1611|11|36|18440||lacewing
T|Ask (recommendations)|Crime novels set somewhere cold|brackish|recommendations,crime fiction|68|28|20|18830||Something like Smilla's Sense of Snow or the Ann Cleeves Shetland books.
L|Article|An oral history of the Penguin Classics black spine|https://www.penguin.example.co.uk/articles/2025/black-spine-oral-history|publishing,design|2864|6|17|19210||kettlehole
T|Text|Quitting Goodreads after twelve years|ferngully|reading habits,apps|311|32|24|19600||I exported everything, deleted the account, and I'm keeping a plain text file now. It has been surprisingly freeing.
L|Link|Hay Festival announces 2025 programme|https://www.hayfestival.example.org/wales/programme|festivals||3|10|19990||sorrel
T|Ask (help)|Where to start with Iris Murdoch?|sedgewick|literary fiction|41|14|9|20380||I have The Sea, The Sea on the shelf but people keep telling me to start with Under the Net.
L|Article|How audiobook narrators prepare for 40-hour novels|https://www.npr.example.org/2025/02/audiobook-narrators-prepare|audiobooks,interviews|1705|9|22|20770||mudlark
T|Text|A small rant about deckled edges|wagtail|book design|220|24|30|21150||They look lovely and they make it impossible to turn pages quickly. Why are they on every literary hardback now?
"""


class MLTopic(NamedTuple):
    id36: str
    kind: str
    ctype: str
    title: str
    target: str
    tags: list[str]
    words: int | None
    comments: int
    votes: int
    posted: datetime
    subgroup: str
    extra: str


def _ml_base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while number:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
    return out


def _ml_topics() -> list[MLTopic]:
    out: list[MLTopic] = []
    topic_id = int("1tqz", 36)
    for line in ML_ROWS.strip().splitlines():
        kind, ctype, title, target, tags, words, comments, votes, minutes, subgroup, extra = line.split("|")
        topic_id -= 3 + _num(title, 2) % 17
        out.append(
            MLTopic(
                _ml_base36(topic_id),
                kind,
                ctype,
                title,
                target,
                [t for t in tags.split(",") if t],
                int(words) if words else None,
                int(comments),
                int(votes),
                ML_NOW - timedelta(minutes=2 * int(minutes), seconds=_num(title, 2) % 60),
                subgroup,
                extra,
            )
        )
    return out


ML_TOPICS = _ml_topics()


def _ml_slug(title: str) -> str:
    """Tildes' convert_to_url_slug: lower case, apostrophes dropped, other runs of punctuation to one '_',
    cut at a word boundary to 100 characters."""
    text = re.sub(r"['’]", "", title.lower())
    text = re.sub(r"[^a-z0-9]+", "_", text).strip("_")
    if len(text) > 100:
        text = text[:100].rsplit("_", 1)[0]
    return text


def _ml_group(topic: MLTopic) -> str:
    return f"{ML_GROUP}.{topic.subgroup}" if topic.subgroup else ML_GROUP


def _ml_permalink(topic: MLTopic) -> str:
    return f"/~{_ml_group(topic)}/{topic.id36}/{_ml_slug(topic.title)}"


def _ml_domain(url: str) -> str:
    host = url.split("/")[2]
    return host.removeprefix("www.")


def _ml_time(moment: datetime) -> str:
    """macros/datetime.jinja2's adaptive_date_responsive (precision 1)."""
    delta = ML_NOW - moment
    if delta < timedelta(hours=1):
        minutes = int(delta.total_seconds() // 60)
        full, short = f"{minutes} minute{'s' if minutes != 1 else ''} ago", f"{minutes}m"
    elif delta < timedelta(days=1):
        hours = int(delta.total_seconds() // 3600)
        full, short = f"{hours} hour{'s' if hours != 1 else ''} ago", f"{hours}h"
    elif delta < timedelta(days=7):
        days = delta.days
        full, short = f"{days} day{'s' if days != 1 else ''} ago", f"{days}d"
    else:
        full, short = f"{moment:%B} {moment.day}", f"{moment:%b} {moment.day}"
    return f"""<time
  class="time-responsive"
  datetime="{moment:%Y-%m-%dT%H:%M:%SZ}"
  title="{moment:%Y-%m-%d %H:%M:%S} UTC"
  data-abbreviated="{short}"
><span class="time-responsive-full">{full}</span></time>"""


def _ml_listing_url(extra: str = "") -> str:
    return f"/~{ML_GROUP}?{ML_QUERY}{extra}"


def _ml_tag(tag: str) -> str:
    key = tag.replace(" ", "_")
    return f"""                <li class="label label-topic-tag label-topic-tag-{key.replace(".", "-")}">
      <a href="{ML_HOST}/~{ML_GROUP}?{esc(ML_QUERY)}&amp;tag={key}">{esc(tag)}</a>
  </li>
"""


def _ml_excerpt(text: str) -> str:
    if len(text) <= 200:
        return f"""    <p class="topic-text-excerpt">{esc(text)}</p>
"""
    cut = text[:200].rsplit(" ", 1)[0].rstrip(",.;:") + "..."
    return f"""    <details class="topic-text-excerpt"
    >
      <summary><span>{esc(cut)}</span></summary>
      <p>{esc(text)}</p>

    </details>
"""


def _ml_article(topic: MLTopic) -> str:
    text_topic = topic.kind == "T"
    poster = topic.target if text_topic else topic.extra
    href = _ml_permalink(topic) if text_topic else esc(topic.target)
    classes = "topic topic-with-excerpt" if text_topic and topic.extra else "topic"
    group = (
        f"""        <span class="topic-group"><a href="/~{_ml_group(topic)}" class="link-group">~{_ml_group(topic)}</a></span>
"""
        if topic.subgroup
        else ""
    )
    tags = (
        '        <ul class="topic-tags">\n' + "".join(_ml_tag(tag) for tag in topic.tags) + "\n        </ul>\n"
        if topic.tags
        else ""
    )
    words = (
        f"""        <span class="topic-content-metadata">
          {topic.words} words
        </span>
"""
        if topic.words
        else ""
    )
    excerpt = _ml_excerpt(topic.extra) if text_topic and topic.extra else ""
    if text_topic:
        source = f"""          <div class="topic-info-source">
                <a
      href="/user/{esc(poster)}"
      class="link-user"
    >{esc(poster)}</a>

          </div>"""
    else:
        domain = _ml_domain(topic.target)
        source = f"""        <div class="topic-info-source" title="{esc(domain)}">
          <div class="topic-icon topic-icon-{domain.replace(".", "_")}"></div>

        {esc(domain)}
        </div>"""
    comments = f"{topic.comments} comment{'s' if topic.comments != 1 else ''}"
    votes_label = "vote" if topic.votes == 1 else "votes"
    return f"""    <li>

        <article id="topic-{topic.id36}"
    class="{classes}"
    data-topic-posted-by="{esc(poster)}"
  >
    <header>
      <h1 class="topic-title">
          <a
            href="{href}"
          >{esc(topic.title)}</a>
      </h1>
    </header>

    <div class="topic-metadata">
{group}
{tags}
      <span class="topic-content-type">{esc(topic.ctype)}</span>

{words}
    </div>

{excerpt}

    <footer class="topic-info">
      <div class="topic-info-comments">
        <a
          href="{_ml_permalink(topic)}"

        >
          <span>{comments}</span>

        </a>
      </div>

{source}

      <div>{_ml_time(topic.posted)}</div>
    </footer>

        <div class="topic-voting">

    <span class="topic-voting-votes">{topic.votes}</span>
    <span class="topic-voting-label">
    {votes_label}
    </span>

    </div>


      <div class="post-action-settings"></div>

  </article>


    </li>"""


def _ml_pager(number: int, total: int, topics: list[MLTopic]) -> str:
    links = []
    if number > 1:
        links.append(
            f"""      <a class="page-item btn" id="prev-page"
        href="{esc(_ml_listing_url(f"&before={topics[0].id36}"))}"
      >Prev</a>"""
        )
    if number < total:
        links.append(
            f"""      <a class="page-item btn" id="next-page"
        href="{esc(_ml_listing_url(f"&after={topics[-1].id36}"))}"
      >Next</a>"""
        )
    return '  <div class="pagination">\n' + "\n\n".join(links) + "\n  </div>"


ML_ORDERS = [
    ("activity", "Activity"),
    ("votes", "Most votes"),
    ("comments", "Most comments"),
    ("new", "Newest"),
    ("all_activity", "All activity"),
]

ML_PERIODS = [
    ("1h", "1 hour"),
    ("12h", "12 hours"),
    ("24h", "24 hours"),
    ("3d", "3 days"),
    ("7d", "7 days"),
    ("30d", "30 days"),
    ("365d", "365 days"),
]


def _ml_page(number: int, total: int, topics: list[MLTopic]) -> str:
    tabs = "\n".join(
        f"""        <li class="tab-item{" active" if key == "new" else ""}">

      <a href="{ML_HOST}/~{ML_GROUP}?order={key}&amp;period=30d&amp;per_page=25">
        {label}
      </a>

      </li>"""
        for key, label in ML_ORDERS
    )
    periods = "\n".join(
        f"""          <option value="{key}"{" selected" if key == "30d" else ""}
          >last {label}</option>"""
        for key, label in ML_PERIODS
    )
    articles = "\n".join(_ml_article(topic) for topic in topics)
    return f"""

<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="intercoolerjs:use-data-prefix" content="true">
  <meta name="csrftoken" content="c8d1f2a6e04b97a3d55e1c0f7b2d9e4a6f3c8b1d">

  <link rel="stylesheet" href="/css/tildes.min.css?5d2f9a17">
  <link rel="stylesheet" href="/css/site-icons.css?0e7c4b29">

  <link rel="icon" type="image/png" href="/favicon-16x16.png" sizes="16x16">
  <link rel="icon" type="image/png" href="/favicon-32x32.png" sizes="32x32">
  <link rel="apple-touch-icon" sizes="180x180" href="/apple-touch-icon.png">
  <link rel="manifest" href="/manifest.json">
  <link rel="mask-icon" href="/safari-pinned-tab.svg" color="#002b36">
  <meta name="apple-mobile-web-app-title" content="Marshlight">
  <meta name="application-name" content="Marshlight">
  <meta name="msapplication-TileColor" content="#002b36">

  <meta property="og:site_name" content="Marshlight">
  <meta property="og:type" content="website">
  <meta property="og:title" content="~books - Marshlight">
  <meta property="og:description" content="Books, reading, writing and the book trade.">

  <link href="{ML_HOST}/~{ML_GROUP}/topics.atom" type="application/atom+xml" rel="alternate" title="Topics Atom feed">
  <link href="{ML_HOST}/~{ML_GROUP}/topics.rss" type="application/rss+xml" rel="alternate" title="Topics RSS feed">

  <title>Newest topics in ~{ML_GROUP} from last 30 days - Marshlight</title>
</head>

  <body>

<header id="site-header" data-js-hide-sidebar-if-open>
  <a class="site-header-logo" href="/">Marshlight</a>
  <a class="site-header-context" href="/~{ML_GROUP}">~{ML_GROUP}</a>


  <div class="logged-in-user-info">
    <a href="/login" class="logged-in-user-username">Log in</a>
  </div>

  <button
    class="btn btn-sm btn-link site-header-sidebar-button

    "
    data-js-sidebar-toggle

  >Sidebar</button>

</header>

<main data-js-hide-sidebar-if-open>


<div class="listing-options">
  <menu class="tab tab-listing-order">
{tabs}
  </menu>

  <form class="form-listing-options" method="get">
    <input type="hidden" name="order" value="new">
    <div class="form-group">
      <label for="period">from</label>
      <select id="period" name="period" class="form-select" data-js-time-period-select>
{periods}
          <option value="all">all time</option>
          <option value="other">other period</option>
      </select>
    </div>

    <noscript>
      <button type="submit" class="btn btn-primary btn-sm">OK</button>
    </noscript>
  </form>

</div>

<div class="topic-listing-filter">
</div>

  <ol class="topic-listing"
  >

{articles}

  </ol>

{_ml_pager(number, total, topics)}

</main>

<aside id="sidebar">
  <div class="sidebar-controls">

  <div class="logged-in-user-info">
    <a href="/login" class="logged-in-user-username">Log in</a>
  </div>

    <button class="btn btn-sm btn-link" data-js-sidebar-toggle>Close sidebar</button>
  </div>

  <form class="form-search" method="GET" action="/~{ML_GROUP}/search">
    <div class="input-group">
      <input type="search" class="form-input input-sm" name="q" id="q" placeholder="Search topics in ~{ML_GROUP}">
      <button class="btn btn-sm btn-link">Search</button>
    </div>
  </form>

  <h3>~{ML_GROUP}</h3>

    <div class="group-short-description">Books, reading, writing and the book trade.</div>

  <div class="group-subscription">
    <span class="group-subscription-count">4,118 subscribers</span>
  </div>

  <ul class="nav">
    <li>Subgroups</li>
    <ul class="nav">
        <li class="nav-item"><a href="/~books.fiction" class="link-group">~books.fiction</a></li>
        <li class="nav-item"><a href="/~books.poetry" class="link-group">~books.poetry</a></li>
    </ul>
  </ul>

  <ul class="nav">
    <li>Group wiki pages</li>
    <ul class="nav">
        <li class="nav-item"><a href="/~books/wiki/book_club_archive">Book club archive</a></li>
        <li class="nav-item"><a href="/~books/wiki/recommendation_lists">Recommendation lists</a></li>
        <li class="nav-item"><a href="/~books/wiki/tagging_guidelines">Tagging guidelines</a></li>
    </ul>
  </ul>
</aside>

<footer id="site-footer" data-js-hide-sidebar-if-open>
  <p>Marshlight is a non-profit community for people who read, run on the open-source Tildes software.</p>
  <p>It has no advertising and no investors, and is supported by <a href="/donate">members' donations</a>.</p>
  <ul class="site-footer-links">
    <li class="site-footer-link"><a href="/docs">Docs</a></li>
    <li class="site-footer-link"><a href="/docs/contact">Contact</a></li>
    <li class="site-footer-link"><a href="https://gitlab.com/tildes/tildes">Source code</a></li>
    <li class="site-footer-link"><a href="/docs/privacy-policy">Privacy policy</a></li>
    <li class="site-footer-link"><a href="/docs/terms-of-use">Terms of use</a></li>
  </ul>
</footer>

<script type="text/javascript" src="/js/third_party.js?8a61c0f3"></script>
<script type="text/javascript" src="/js/tildes.js?2c9e5d71"></script>

</body>
</html>
"""


@twentysixth_a
def build_marshlight_commons() -> None:
    s = Site(
        "marshlight-commons",
        kind="community topic listing (the Tildes software, group ~books, newest over 30 days at 25 a page: ol.topic-listing > li > article.topic[data-topic-posted-by] with h1.topic-title links to the article or the topic page, ul.topic-tags of tag links, span.topic-content-type 'Text' / 'Article' / 'Link' / 'Video' / 'Ask (recommendations)', '1282 words' metadata on some, details / p.topic-text-excerpt on text topics, footer.topic-info with '23 comments', the author's a.link-user or the link's domain in div.topic-info-source, time.time-responsive '5 hours ago' / 'March 2' with a full-date title, div.topic-voting '31 votes'; a ~books.fiction group link on subgroup topics; div.pagination 'Prev' / 'Next' a.page-item.btn cursor links &after=<id36> / &before=<id36>)",
        start=f"~{ML_GROUP}?{ML_QUERY}",
        description=f"A reading community (marshlight.net) running the open-source Tildes software, group ~books listed newest first over the last 30 days at 25 topics a page (/~books?{ML_QUERY}, then the Next links' &after=<id36> cursors; each Prev link's &before=<id36> gives the same topics as the page before it), as a logged-out visitor gets it on 15 March 2025. Tildes' base layout: csrftoken and intercooler meta, the site CSS, favicons and manifest, og tags, Atom / RSS feed links, the title 'Newest topics in ~books from last 30 days - Marshlight'; header#site-header with the logo, the '~books' context link, 'Log in' and the Sidebar button; main: div.listing-options with menu.tab.tab-listing-order (li.tab-item links Activity / Most votes / Most comments / Newest (active) / All activity, absolute URLs) and the period form (select 'last 30 days' among last 1 hour … 365 days / all time / other period, a noscript OK button), an empty div.topic-listing-filter, then ol.topic-listing of li > article.topic#topic-<id36>[data-topic-posted-by] (class topic-with-excerpt on text topics with text): header > h1.topic-title > a (the external URL for link topics, the topic page /~books/<id36>/<slug_with_underscores> for text topics); div.topic-metadata with span.topic-group > a.link-group '~books.fiction' on topics of that subgroup, ul.topic-tags of li.label.label-topic-tag > a tag links (absolute, ?order=new&period=30d&per_page=25&tag=…), span.topic-content-type (Text, Ask, Ask (recommendations), Ask (help), Ask (survey), Article, Link, Video) and span.topic-content-metadata '1874 words' on articles and most text topics; on text topics an excerpt — p.topic-text-excerpt when short, else details.topic-text-excerpt whose summary span cuts it with '...' and whose body holds the whole text; footer.topic-info: div.topic-info-comments > a (the topic page) > span '23 comments', div.topic-info-source holding the poster's a.link-user for text topics or, for link topics, a div.topic-icon and the bare domain (title = domain), and div > time.time-responsive[datetime][title='2025-03-15 09:34:00 UTC'][data-abbreviated] > span.time-responsive-full ('38 minutes ago', '4 hours ago', '3 days ago', else 'March 2'); div.topic-voting with span.topic-voting-votes '31' and span.topic-voting-label 'votes'; an empty div.post-action-settings. div.pagination with a.page-item.btn#prev-page 'Prev' (from page 2) and #next-page 'Next' (until page 2), root-relative here (Tildes writes them absolute on its own host). The sidebar (log in, search form 'Search topics in ~books', h3 ~books, the group description, '4,118 subscribers', Subgroups, Group wiki pages), the footer and scripts. 25 + 25 + 11 topics. Written down: title, url (the title link), type (the content type as shown), tags (list, where shown), words (where shown), comments, author (the poster shown on text topics) or site (the domain shown on link topics), date (the ISO day of the time's datetime / title), votes.",
    )
    pages = chunks(ML_TOPICS, [ML_PER_PAGE, ML_PER_PAGE, len(ML_TOPICS) - 2 * ML_PER_PAGE])
    for number, topics in enumerate(pages, 1):
        text = _ml_page(number, len(pages), topics)
        if number == 1:
            s.list_page(f"~{ML_GROUP}@{ML_QUERY}", text)
        else:
            s.list_page(f"~{ML_GROUP}@{ML_QUERY}&after={pages[number - 2][-1].id36}", text)
            # the Prev link of this page leads back to the page before it, served again under its before= cursor
            s.write(
                f"~{ML_GROUP}@{ML_QUERY}&before={topics[0].id36}", _ml_page(number - 1, len(pages), pages[number - 2])
            )
    for topic in ML_TOPICS:
        text_topic = topic.kind == "T"
        s.expect(
            {
                "title": topic.title,
                "url": _ml_permalink(topic) if text_topic else topic.target,
                "type": topic.ctype,
                "tags": topic.tags or None,
                "words": topic.words,
                "comments": topic.comments,
                "author": topic.target if text_topic else None,
                "site": None if text_topic else _ml_domain(topic.target),
                "date": topic.posted.strftime("%Y-%m-%d"),
                "votes": topic.votes,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYSIXTH_A.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
