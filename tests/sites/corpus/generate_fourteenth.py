"""Fourteenth wave, part A: three more retail site families, written and measured before any heuristic
was changed for them (a US big-box search, a German electronics category and a fashion search grid).

* **targetaisle** — Target.com's search results (``/s?searchTerm=throw+blanket``, Next.js 2024–25 with
  styled-components ``styles__StyledCol-sc-…`` class pairs and ``data-test`` hooks): the header
  (logo, Categories / Deals / New & featured / Pickup & delivery menus, search, "Sign in", cart),
  "26 results for “throw blanket”", filter chips (Category, Price, Brand, Guest rating, Deals, Sort),
  then a grid of ``div[data-test="@web/site-top-of-funnel/ProductCardWrapper"]`` cells, each with an
  image link, a brand link above the title (``a[data-test="@web/ProductCard/ProductCardBrandAndRibbonMessage/brand"]``),
  the title link ``a[data-test=product-title]`` ("Chunky Knit Throw Blanket Cream - Threshold™",
  ``/p/…/-/A-87234561#lnk=sametab``), ``span[data-test=current-price]`` "$24.99" or a sale "$17.49"
  with "reg $24.99" and a "Sale" label, "When purchased online" under some, a rating block with a
  visually-hidden "4.6 out of 5 stars with 1234 ratings" and a visible "(1,234)" count (none on new
  items), colour swatches with "+3", "Bestseller" / "Highly rated" ribbons, and the fulfilment lines
  "Shipping" / "Pick up" / "Deliver it". Two "Sponsored" cards per page in the grid (same markup), a
  Target Circle promo banner and an ad slot; a ``div[data-test=pagination]`` with "page 1 of 3" and a
  Next link to ``&Nao=24``; the footer. Ten, ten and six products. Written down: title, url, brand,
  price, currency, original_price, rating, review_count.
* **kaufwelt** — a MediaMarkt category page (``/de/category/fernseher-552.html``, 2024–25: hashed
  ``sc-<hash>-N <hash>`` classes, ``data-test="mms-…"`` hooks, ``lang="de-DE"``): the header (logo,
  "Alle Kategorien", search, "Mein Markt", "Anmelden", Warenkorb), breadcrumbs, the h1 "Fernseher" with
  "248 Produkte", filter chips and sort select, then ``div[data-test=mms-product-card]`` cards: the image,
  an energy label (``div[data-test=mms-energy-label]`` "E" with "Energieeffizienzklasse E" and a
  spectrum "A bis G", "Produktdatenblatt"), the full title ``p[data-test=product-title]`` ("SAMSUNG
  GQ55Q60D QLED TV (Flat, 55 Zoll / 138 cm, UHD 4K, SMART TV, Tizen)") inside the product link, a
  rating ``div[aria-label="4,5 von 5 Sternen"]`` with a "(321)" count, three key facts, a struck
  "UVP 599,00 €", the price shown as "499,–" or "1.299,–" or "649,99" with a visually-hidden
  "499,00 €", availability lines "Online lieferbar" / "Online nicht verfügbar" and "Im Markt abholbar"
  / "Im Markt nicht verfügbar", and a "Vergleichen" checkbox. A "Gesponsert" card (same markup) per
  page, a banner; a "Mehr Produkte anzeigen" link to ``?page=N``; the footer and a Usercentrics
  consent dialog. Ten, ten and six TVs. Written down: title, url, price, currency, original_price,
  rating, review_count, energy_class, delivery, pickup.
* **threadmode** — an ASOS search (``/search/?q=oversized+t-shirt``, 2024–25 React: hashed CSS-module
  classes ``productTile_U0clN``, ``data-auto-id`` hooks): the header (logo, Women / Men, search, account,
  saved items, bag), "26 styles found", the refine bar (Sort, Category, Product Type, Brand, Colour,
  Size, Price Range…), then ``section > article#product-<id>`` tiles: one link
  (``/<brand>/<slug>/prd/<id>#colourWayId=<id>``) around the image (alt = title), "MORE COLOURS" /
  "Selling fast" overlays, the title div with the brand as its first words ("ASOS DESIGN oversized
  t-shirt in black"), and ``p[data-auto-id=productTilePrice]`` "£18.00" or "Was £18.00" struck,
  "Now £12.60" and "-30%"; a save-for-later button outside the link. One "Sponsored" tile per page (same
  markup), "You've viewed 10 of 26 products" with a progress bar, "LOAD MORE" ``a`` to ``&page=N``
  (and "LOAD PREVIOUS" on later pages); footer. Ten, ten and six items. Written down: title, url,
  price, currency, original_price, discount, badges (a list: the overlays shown).

Run ``uv run python tests/sites/corpus/generate_fourteenth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

FOURTEENTH: dict[str, Callable[[], None]] = {}


def fourteenth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    FOURTEENTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _letters(text: str, length: int = 6) -> str:
    """A stable mixed-case letter token, as styled-components and CSS-module hashes are."""
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    number = zlib.crc32(text.encode()) * 7919 + zlib.crc32(text[::-1].encode())
    out = ""
    for _ in range(length):
        number, digit = divmod(number, len(letters))
        out += letters[digit]
    return out


def _sc(component: str, part: int = 0) -> str:
    """A styled-components class pair: ``Name__StyledName-sc-<hash>-N <hash>``."""
    return f"{component}-sc-{_letters(component, 6).lower()}-{part} {_letters(component + str(part))}"


def _usd(amount: float) -> str:
    return f"${amount:,.2f}"


def _eur(amount: float) -> str:
    """``1299.0`` → ``1.299,00 €``."""
    whole, cents = f"{amount:,.2f}".split(".")
    return f"{whole.replace(',', '.')},{cents} €"


def _eur_shown(amount: float) -> str:
    """MediaMarkt's price face: ``1.299,–`` for whole euros, ``649,99`` otherwise."""
    whole, cents = f"{amount:,.2f}".split(".")
    return f"{whole.replace(',', '.')},{'–' if cents == '00' else cents}"


# ---------------------------------------------------------------------------------------------------
# targetaisle: Target.com search results (2024–2025).
# ---------------------------------------------------------------------------------------------------

TA_START = "s?searchTerm=throw+blanket"
TA_PER_PAGE = 10

# (tcin, title, brand, brand_path, price, original, rating, ratings, extra_colours, ribbon, online_only)
TA_ITEMS: list[tuple[Any, ...]] = [
    (
        87234561,
        "Chunky Knit Throw Blanket Cream - Threshold™",
        "Threshold",
        "threshold/-/N-4ssi4",
        24.99,
        None,
        4.6,
        1234,
        3,
        "Bestseller",
        False,
    ),
    (
        89012457,
        "Faux Fur Throw Blanket Ivory - Threshold™",
        "Threshold",
        "threshold/-/N-4ssi4",
        17.49,
        24.99,
        4.7,
        3482,
        5,
        None,
        False,
    ),
    (
        86551203,
        "Woven Striped Throw Blanket with Tassels Neutral - Hearth & Hand™ with Magnolia",
        "Hearth & Hand with Magnolia",
        "hearth-hand-with-magnolia/-/N-q643lel9crh",
        29.99,
        None,
        4.5,
        612,
        1,
        None,
        False,
    ),
    (
        88190346,
        "Plush Throw Blanket Gray - Room Essentials™",
        "Room Essentials",
        "room-essentials/-/N-5v0vb",
        10.00,
        None,
        4.4,
        5871,
        9,
        "Highly rated",
        False,
    ),
    (
        90122785,
        "Sherpa Reversible Throw Blanket Light Blue - Pillowfort™",
        "Pillowfort",
        "pillowfort/-/N-vo3lv",
        15.00,
        20.00,
        4.8,
        208,
        2,
        None,
        True,
    ),
    (
        88876510,
        "Heathered Knit Throw Blanket - Threshold™ designed with Studio McGee",
        "Threshold designed with Studio McGee",
        "threshold-designed-with-studio-mcgee/-/N-u8uc8",
        34.99,
        None,
        4.6,
        947,
        3,
        None,
        False,
    ),
    (
        91203344,
        "Jacquard Woven Geo Throw Blanket Terracotta - Opalhouse™ designed with Jungalow™",
        "Opalhouse designed with Jungalow",
        "opalhouse-designed-with-jungalow/-/N-q643lep9mh5",
        20.99,
        29.99,
        4.3,
        154,
        0,
        None,
        False,
    ),
    (
        87790215,
        "Cable Knit Chenille Throw Blanket Sage - Threshold™",
        "Threshold",
        "threshold/-/N-4ssi4",
        27.99,
        None,
        4.5,
        1688,
        4,
        None,
        False,
    ),
    (
        92015870,
        "Electric Heated Throw Blanket 50x60 Taupe - Sunbeam",
        "Sunbeam",
        "sunbeam/-/N-5y4vr",
        44.99,
        54.99,
        4.2,
        2390,
        2,
        None,
        False,
    ),
    (
        91877623,
        "Cotton Waffle Weave Throw Blanket White - Casaluna™",
        "Casaluna",
        "casaluna/-/N-ng1md",
        40.00,
        None,
        4.7,
        322,
        3,
        None,
        True,
    ),
    (
        90456612,
        "Printed Plush Throw Blanket Holiday Plaid - Wondershop™",
        "Wondershop",
        "wondershop/-/N-q643lesm9nk",
        12.00,
        None,
        4.8,
        876,
        6,
        "Bestseller",
        False,
    ),
    (
        92113560,
        "Oversized Chunky Chenille Throw Blanket Rust - Threshold™",
        "Threshold",
        "threshold/-/N-4ssi4",
        32.99,
        None,
        None,
        None,
        2,
        "New",
        False,
    ),
    (
        89330472,
        "Weighted Throw Blanket 12lbs Gray - Tranquility",
        "Tranquility",
        "tranquility/-/N-5ymvm",
        49.99,
        64.99,
        4.4,
        1543,
        1,
        None,
        False,
    ),
    (
        87019934,
        "Solid Knit Throw Blanket Black - Room Essentials™",
        "Room Essentials",
        "room-essentials/-/N-5v0vb",
        12.00,
        None,
        4.5,
        2204,
        7,
        None,
        False,
    ),
    (
        91660138,
        "Boucle Throw Blanket Cream - Threshold™ designed with Studio McGee",
        "Threshold designed with Studio McGee",
        "threshold-designed-with-studio-mcgee/-/N-u8uc8",
        35.99,
        None,
        4.6,
        431,
        1,
        "Highly rated",
        False,
    ),
    (
        88543207,
        "Fleece Throw Blanket Navy - Eddie Bauer",
        "Eddie Bauer",
        "eddie-bauer/-/N-5tdti",
        19.99,
        27.99,
        4.6,
        713,
        4,
        None,
        True,
    ),
    (
        92440198,
        "Marled Knit Throw Blanket with Pom Poms Pink - Pillowfort™",
        "Pillowfort",
        "pillowfort/-/N-vo3lv",
        20.00,
        None,
        4.9,
        58,
        2,
        None,
        False,
    ),
    (
        90788341,
        "Linen Blend Throw Blanket Natural - Casaluna™",
        "Casaluna",
        "casaluna/-/N-ng1md",
        45.00,
        None,
        4.1,
        97,
        3,
        None,
        False,
    ),
    (
        86322901,
        "Sherpa Faux Shearling Throw Blanket Oatmeal - Threshold™",
        "Threshold",
        "threshold/-/N-4ssi4",
        22.49,
        29.99,
        4.5,
        4012,
        6,
        None,
        False,
    ),
    (
        92561103,
        "Outdoor Waterproof Picnic Throw Blanket Green Plaid - Sun Squad™",
        "Sun Squad",
        "sun-squad/-/N-q643le0hcst",
        15.00,
        None,
        None,
        None,
        0,
        None,
        False,
    ),
    (
        89675520,
        "Knit Throw Blanket with Fringe Mustard - Opalhouse™",
        "Opalhouse",
        "opalhouse/-/N-sbsmb",
        25.00,
        None,
        4.0,
        63,
        2,
        None,
        False,
    ),
    (
        88002361,
        "Microplush Throw Blanket 50x70 Charcoal - Brookstone",
        "Brookstone",
        "brookstone/-/N-5ss8r",
        29.99,
        None,
        4.7,
        1120,
        5,
        None,
        True,
    ),
    (
        91344017,
        "Cozy Plush Throw Blanket Character Print - Disney Mickey Mouse",
        "Disney",
        "disney/-/N-5tgj8",
        16.00,
        20.00,
        4.8,
        389,
        0,
        None,
        False,
    ),
    (
        90015586,
        "Quilted Cotton Throw Blanket Blue Floral - Threshold™",
        "Threshold",
        "threshold/-/N-4ssi4",
        39.99,
        None,
        4.3,
        176,
        1,
        None,
        False,
    ),
    (
        92678834,
        "Heated Sherpa Throw Blanket 50x60 Cream - Beautyrest",
        "Beautyrest",
        "beautyrest/-/N-5tdz7",
        59.99,
        79.99,
        4.1,
        842,
        3,
        None,
        False,
    ),
    (
        88911147,
        "Textured Stripe Throw Blanket Gray/Cream - Hearth & Hand™ with Magnolia",
        "Hearth & Hand with Magnolia",
        "hearth-hand-with-magnolia/-/N-q643lel9crh",
        34.99,
        None,
        4.6,
        265,
        0,
        None,
        False,
    ),
]

# Sponsored products (same card markup): (tcin, title, brand, price, rating, ratings)
TA_SPONSORED: list[tuple[Any, ...]] = [
    (84410276, "Bedsure Sherpa Fleece Throw Blanket 50x60 Grey", "Bedsure", 21.99, 4.7, 9812),
    (85120993, "Utopia Bedding Flannel Fleece Throw Blanket Navy", "Utopia Bedding", 14.99, 4.6, 4420),
    (83367510, "Pendleton Wool Jacquard Throw Blanket Harding Oxford", "Pendleton", 149.00, 4.9, 312),
    (84775124, "Barefoot Dreams CozyChic Throw Blanket Stone", "Barefoot Dreams", 147.00, 4.8, 1506),
    (86290011, "Amazon Basics Microfiber Throw Blanket Taupe", "Amazon Basics", 18.49, 4.5, 2210),
]

TA_SWATCHES = ["Cream", "Gray", "Sage", "Navy", "Rust", "Black", "Pink", "Blue", "White", "Green"]


def _ta_href(page: int) -> str:
    return TA_START if page == 1 else f"{TA_START}&Nao={(page - 1) * 24}"


def _ta_url(tcin: int, title: str) -> str:
    name = title.replace("™", "").replace("&", "and")
    return f"/p/{slug(name)}/-/A-{tcin}"


def _ta_rating(rating: float | None, count: int | None) -> str:
    if rating is None or count is None:
        return ""
    full = int(rating)
    stars = "".join(
        f'<svg viewBox="0 0 24 24" width="12" height="12" aria-hidden="true" class="{"styles_ndsIconFilled__r2nDP" if i < full else "styles_ndsIconEmpty__fm2pY"}"><path d="M12 2l2.9 6.9 7.1.6-5.4 4.7 1.6 7-6.2-3.8-6.2 3.8 1.6-7L2 9.5l7.1-.6z"></path></svg>'
        for i in range(5)
    )
    return f"""<div class="{_sc("RatingStars__StyledRatingWrapper")}" data-test="ratings">
                <span class="h-sr-only">{rating} out of 5 stars with {count} ratings</span>
                <div aria-hidden="true" class="{_sc("RatingStars__RatingStarsContainer")}">{stars}</div>
                <span aria-hidden="true" class="{_sc("RatingStars__RatingCount", 1)}" data-test="rating-count">({count:,})</span>
              </div>"""


def _ta_card(item: tuple[Any, ...], position: int, *, sponsored: bool = False) -> str:
    if sponsored:
        tcin, title, brand, price, rating, ratings = item
        brand_path, original, extra, ribbon, online_only = (
            f"{slug(brand)}/-/N-{_letters(brand, 5).lower()}",
            None,
            0,
            None,
            False,
        )
    else:
        tcin, title, brand, brand_path, price, original, rating, ratings, extra, ribbon, online_only = item
    url = _ta_url(tcin, title)
    colour = next((c for c in TA_SWATCHES if c.lower() in title.lower()), "Cream")
    if original:
        price_html = f"""<div data-test="@web/Price/PriceFull" class="{_sc("PriceFull__StyledPrice")}">
                <span data-test="current-price" class="h-text-red"><span>{_usd(price)}</span></span>
                <span class="{_sc("PriceFull__StyledComparisonPrice", 1)}" data-test="comparison-price"><span>reg {_usd(original)}</span></span>
              </div>
              <div class="{_sc("PriceMessage__StyledMessage")}"><span class="h-text-red h-text-bold" data-test="urgency-message">Sale</span></div>"""
    else:
        price_html = f"""<div data-test="@web/Price/PriceFull" class="{_sc("PriceFull__StyledPrice")}">
                <span data-test="current-price"><span>{_usd(price)}</span></span>
              </div>"""
    if online_only:
        price_html += '\n              <div class="h-text-sm h-text-grayDark" data-test="price-message">When purchased online</div>'
    swatches = ""
    if extra:
        shown = [c for c in TA_SWATCHES if c != colour][: min(extra, 3)]
        swatch_html = "".join(
            f'<button type="button" class="{_sc("SwatchButton__StyledSwatch")}" aria-label="{esc(c)}"><img alt="" src="https://target.scene7.com/is/image/Target/GUEST_sw{tcin % 9999}{i}?wid=40&amp;hei=40"></button>'
            for i, c in enumerate([colour, *shown])
        )
        more = (
            f'<a class="{_sc("Swatches__StyledMore")}" href="{url}#lnk=sametab" aria-label="{extra} more colors">+{extra}</a>'
            if extra > 3
            else ""
        )
        swatches = f'<div class="{_sc("Swatches__StyledSwatches")}" data-test="@web/ProductCard/ProductCardSwatches">{swatch_html}{more}</div>'
    ribbon_html = (
        f'<span class="{_sc("ProductCardRibbon__StyledRibbon")}" data-test="ribbon">{esc(ribbon)}</span>'
        if ribbon
        else ""
    )
    sponsored_html = (
        f'<div class="{_sc("SponsoredLabel__StyledLabel")}" data-test="sponsoredText"><span>Sponsored</span></div>'
        if sponsored
        else ""
    )
    pickup = "Oakland Broadway" if tcin % 3 else "Emeryville"
    fulfil_pickup = (
        f'<div data-test="LPFulfillmentSectionStoreFA_orderPickup"><span class="h-text-bold">Pick up</span> at {pickup}<br><span class="h-text-green">Ready within 2 hours</span></div>'
        if not online_only and tcin % 4
        else '<div data-test="LPFulfillmentSectionStoreFA_orderPickup"><span class="h-text-bold">Pick up</span> <span class="h-text-grayDark">Not available at '
        + pickup
        + "</span></div>"
    )
    deliver = (
        '<div data-test="LPFulfillmentSectionSameDayDelivery"><span class="h-text-bold">Deliver it</span> as soon as 5pm today</div>'
        if not online_only and tcin % 5
        else ""
    )
    ship_day = ["Mon, Dec 8", "Tue, Dec 9", "Wed, Dec 10"][tcin % 3]
    return f"""
        <div data-test="@web/site-top-of-funnel/ProductCardWrapper" class="{_sc("styles__StyledCol")} styles_ndsCol__MIQSp styles_xs__sXcoE styles_md__Ogu3d">
          <div data-test="@web/site-top-of-funnel/ProductCard" class="{_sc("ProductCardVariantDefault__StyledProductCard")}" data-tcin="{tcin}" data-position="{position}">
            <div class="{_sc("ProductCardImage__StyledImageWrapper")}">
              <a href="{url}#lnk=sametab" tabindex="-1" aria-hidden="true" class="{_sc("Link__StyledLink")}">
                <picture data-test="@web/ProductCard/ProductCardImage/primary"><img alt="{esc(title)}" loading="{"eager" if position < 5 else "lazy"}" src="https://target.scene7.com/is/image/Target/GUEST_{tcin:x}?wid=300&amp;hei=300&amp;qlt=80&amp;fmt=webp"></picture>
              </a>
              {ribbon_html}
            </div>
            <div data-test="@web/ProductCard/body" class="{_sc("ProductCardBody__StyledBody")}">
              {sponsored_html}
              <div class="{_sc("ProductCardBrandAndRibbonMessage__StyledWrapper")}">
                <a data-test="@web/ProductCard/ProductCardBrandAndRibbonMessage/brand" class="{_sc("Link__StyledLink", 1)} h-text-grayDark h-text-sm" href="/b/{brand_path}">{esc(brand)}</a>
              </div>
              <div class="{_sc("ProductCardTitle__StyledTitle")}">
                <a data-test="product-title" class="{_sc("Link__StyledLink", 2)} styles_ndsLink__GUaai h-display-block h-text-bold" href="{url}#lnk=sametab" aria-label="{esc(title)}">
                  <div class="styles_truncate__Dnhaw" title="{esc(title)}">{esc(title)}</div>
                </a>
              </div>
              {_ta_rating(rating, ratings)}
              {price_html}
              {swatches}
              <div data-test="@web/ProductCard/ProductCardFulfillment" class="{_sc("ProductCardFulfillment__StyledSection")}">
                <div data-test="LPFulfillmentSectionShippingFA_standardShippingMessage"><span class="h-text-bold">Shipping</span><br><span>Get it by {ship_day}</span></div>
                {fulfil_pickup}
                {deliver}
              </div>
              <button type="button" data-test="chooseOptionsButton" class="styles_ndsButton__XTMCh styles_md__Ydcv_ styles_ndsButtonPrimary__tqtKH" aria-label="{"Choose options for" if extra else "Add to cart for"} {esc(title)}">{"Choose options" if extra else "Add to cart"}</button>
            </div>
          </div>
        </div>"""


def _ta_promo(n: int) -> str:
    return f"""
        <div data-test="@web/site-top-of-funnel/SlingshotWrapper" class="{_sc("styles__StyledCol")} styles_ndsCol__MIQSp styles_xs__sXcoE">
          <div class="{_sc("Slingshot__StyledBanner")}" data-component-type="Slingshot" data-placement-id="{84200 + n}">
            <a href="/circle" class="{_sc("Link__StyledLink", 3)}"><img alt="" src="https://target.scene7.com/is/content/Target/GUEST_circle_week_{n}"><p class="h-text-bold">Target Circle Week</p><p>Up to 40% off home favorites. Deals end 12/7.</p><span>Shop deals</span></a>
          </div>
        </div>"""


def _ta_page(number: int, total_pages: int, items: list[Any], first: int) -> str:
    sponsored = [TA_SPONSORED[(number * 2 - 2) % len(TA_SPONSORED)], TA_SPONSORED[(number * 2 - 1) % len(TA_SPONSORED)]]
    cells: list[str] = []
    position = first
    for index, item in enumerate(items):
        if index == 0:
            cells.append(_ta_card(sponsored[0], 0, sponsored=True))
        if index == 4 and number == 1:
            cells.append(_ta_promo(number))
        if index == 6:
            cells.append(_ta_card(sponsored[1], 0, sponsored=True))
        cells.append(_ta_card(item, position))
        position += 1
    prev_link = (
        f'<a data-test="previous" aria-label="previous page" class="styles_ndsButton__XTMCh styles_ndsButtonSecondary__iSf2I" href="/{_ta_href(number - 1)}"><svg aria-hidden="true" viewBox="0 0 24 24"><path d="M15 6l-6 6 6 6"></path></svg></a>'
        if number > 1
        else '<button data-test="previous" aria-label="previous page" disabled class="styles_ndsButton__XTMCh styles_ndsButtonSecondary__iSf2I"><svg aria-hidden="true" viewBox="0 0 24 24"><path d="M15 6l-6 6 6 6"></path></svg></button>'
    )
    next_link = (
        f'<a data-test="next" aria-label="next page" class="styles_ndsButton__XTMCh styles_ndsButtonSecondary__iSf2I" href="/{_ta_href(number + 1)}"><svg aria-hidden="true" viewBox="0 0 24 24"><path d="M9 6l6 6-6 6"></path></svg></a>'
        if number < total_pages
        else '<button data-test="next" aria-label="next page" disabled class="styles_ndsButton__XTMCh styles_ndsButtonSecondary__iSf2I"><svg aria-hidden="true" viewBox="0 0 24 24"><path d="M9 6l6 6-6 6"></path></svg></button>'
    )
    options = "".join(
        f'<option value="{p}"{" selected" if p == number else ""}>page {p}</option>' for p in range(1, total_pages + 1)
    )
    tgt_data = json.dumps(
        {
            "__PRELOADED_QUERIES__": {"queries": []},
            "__CONFIG__": {
                "defaultServicesApiKey": "9f36aeafbe60771e321a7cc95a78140772ab3e96",
                "enableSlingshot": True,
                "searchPageSize": 24,
            },
            "__EXPERIMENTS__": {"plp_grid_v2": "variant_b"},
        }
    )
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Throw Blanket : Target</title>
<meta name="description" content="Shop Target for throw blanket you will love at great low prices. Choose from Same Day Delivery, Drive Up or Order Pickup. Free standard shipping with $35 orders. Expect More. Pay Less.">
<link rel="canonical" href="https://www.target.com/s?searchTerm=throw+blanket">
<link rel="preconnect" href="https://target.scene7.com">
<style data-styled="active" data-styled-version="5.3.11">.{_letters("styles__StyledCol0")}{{padding:0 8px}}.h-sr-only{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}}.h-text-red{{color:#cc0000}}</style>
</head>
<body>
<div id="__next">
  <a href="#maincontent" class="skipLink styles_ndsLink__GUaai">skip to main content</a>
  <div class="{_sc("Header__StyledHeader")}" data-test="@web/Header">
    <a href="/" aria-label="Target home" data-test="@web/GlobalHeader/UtilityHeader/TargetLogo"><svg aria-hidden="true" viewBox="0 0 48 48"><circle cx="24" cy="24" r="22"></circle></svg></a>
    <nav aria-label="main" class="{_sc("Header__StyledNav")}">
      <a href="/c/shop-all-categories/-/N-5xsxf" data-test="@web/CategoryMenu">Categories</a>
      <a href="/c/top-deals/-/N-4xw74" data-test="@web/DealsMenu">Deals</a>
      <a href="/c/new-arrivals/-/N-xyrbx" data-test="@web/NewFeaturedMenu">New &amp; featured</a>
      <a href="/c/same-day-delivery/-/N-4lk4u" data-test="@web/PickupDeliveryMenu">Pickup &amp; delivery</a>
    </nav>
    <form role="search" action="/s" method="get" data-test="@web/Search/SearchForm"><label for="search" class="h-sr-only">What can we help you find?</label><input id="search" name="searchTerm" type="search" value="throw blanket" placeholder="What can we help you find?"><button type="submit" aria-label="search">search</button></form>
    <a href="/account" data-test="@web/AccountLink" class="{_sc("AccountLink__StyledLink")}"><span>Sign in</span></a>
    <a href="/cart" data-test="@web/CartLink" aria-label="cart 0 items">Cart</a>
  </div>
  <div class="{_sc("StoreContext__StyledBar")}" data-test="@web/StoreContext"><span>Pick up @</span> <button type="button">Oakland Broadway</button> <span>Ship to</span> <button type="button">94612</button></div>
  <main id="maincontent">
    <div data-test="@web/site-top-of-funnel/SearchHeader" class="{_sc("SearchHeader__StyledHeader")}">
      <h1 class="h-text-lg" data-test="page-title"><span data-test="resultsHeading">26 results</span> for “throw blanket”</h1>
      <p class="h-text-sm">Related searches: <a href="/s?searchTerm=fleece+blanket">fleece blanket</a>, <a href="/s?searchTerm=heated+throw">heated throw</a>, <a href="/s?searchTerm=knit+throw">knit throw</a></p>
    </div>
    <div data-test="@web/site-top-of-funnel/FilterBar" class="{_sc("FilterBar__StyledBar")}" role="toolbar" aria-label="filters">
      <button type="button" data-test="filters-menu">Filter</button>
      <button type="button" aria-haspopup="dialog">Sort <span class="h-text-bold">Relevance</span></button>
      <button type="button" aria-haspopup="dialog">Category</button>
      <button type="button" aria-haspopup="dialog">Price</button>
      <button type="button" aria-haspopup="dialog">Brand</button>
      <button type="button" aria-haspopup="dialog">Guest Rating</button>
      <button type="button" aria-haspopup="dialog">Deals</button>
      <button type="button" aria-pressed="false">Pick up at Oakland Broadway</button>
      <button type="button" aria-pressed="false">Same Day Delivery</button>
    </div>
    <section aria-label="search results">
      <div data-test="product-grid" class="{_sc("ProductCardGrid__StyledGrid")} styles_ndsRow__L_YNl">
{"".join(cells)}
      </div>
    </section>
    <div data-test="pagination" class="{_sc("Pagination__StyledPagination")}">
      {prev_link}
      <div class="{_sc("Pagination__StyledSelect")}"><button type="button" data-test="select" aria-label="page {number} of {total_pages}, select a page"><span>page {number} of {total_pages}</span></button><select aria-hidden="true" tabindex="-1" class="h-sr-only">{options}</select></div>
      {next_link}
    </div>
    <div id="ad-slot-plp-bottom" class="{_sc("AdSlot__StyledSlot")}" data-test="sponsored-banner"><span class="h-text-xs">Advertisement</span><iframe title="3rd party ad content" src="about:blank" width="970" height="90"></iframe></div>
    <section aria-label="recently viewed" data-test="@web/RecentlyViewed"><h2>Recently viewed items</h2><p>Items you’ve viewed will appear here.</p></section>
  </main>
  <footer class="{_sc("Footer__StyledFooter")}" data-test="@web/GlobalFooter">
    <nav aria-label="footer"><ul><li><a href="/c/about-us/-/N-4y9jc">About Us</a></li><li><a href="/careers">Careers</a></li><li><a href="/c/target-news-and-features/-/N-5xrry">News &amp; Blog</a></li><li><a href="/help">Help</a></li><li><a href="/orders">Track Orders</a></li><li><a href="/c/returns/-/N-4l6vn">Returns</a></li><li><a href="/store-locator/find-stores">Find a Store</a></li><li><a href="/circle">Target Circle</a></li><li><a href="/redcard">Target Circle Card</a></li><li><a href="/registry">Registry</a></li></ul></nav>
    <p>© 2025 Target Brands, Inc. Target, the Bullseye Design and Bullseye Dog are trademarks of Target Brands, Inc.</p>
    <p><a href="/c/terms-conditions/-/N-4sr7l">Terms</a> <a href="/c/target-privacy-policy/-/N-4sr7p">Privacy</a> <a href="/c/interest-based-ads/-/N-4sr7q">Interest Based Ads</a> <a href="/c/ca-privacy-rights/-/N-4sr7o">Your Privacy Choices</a></p>
  </footer>
</div>
<script>window.__TGT_DATA__ = JSON.parse({json.dumps(tgt_data)});</script>
<script src="/static/js/main.6f1c2a.js" defer></script>
</body>
</html>"""


@fourteenth
def build_targetaisle() -> None:
    s = Site(
        "targetaisle",
        kind="product search results (Target.com 2024–25 Next.js: styled-components `-sc-` class pairs, data-test hooks, ProductCardWrapper cells, brand link above the title link, '$17.49' + 'reg $24.99' + 'Sale', 'When purchased online', sr-only '4.6 out of 5 stars with 1234 ratings' + '(1,234)', swatches '+5', Shipping / Pick up / Deliver it lines, Sponsored cards in the grid, 'page 1 of 3' with a Next link to &Nao=24)",
        start=TA_START,
        description="Target.com search results /s?searchTerm=throw+blanket as served in 2024–2025 (Next.js, styled-components class pairs such as 'styles__StyledCol-sc-xxxxxx-0 AbCdEf', data-test hooks): header, store bar, '26 results for “throw blanket”', filter bar, then div[data-test='@web/site-top-of-funnel/ProductCardWrapper'] cells: image link, optional ribbon (Bestseller / Highly rated / New), brand link, title link a[data-test=product-title] to /p/<slug>/-/A-<tcin>#lnk=sametab, ratings block with an h-sr-only 'X out of 5 stars with N ratings' and a visible '(1,234)' count (none on new items), span[data-test=current-price] '$24.99' or red '$17.49' + 'reg $24.99' + 'Sale', 'When purchased online' on some, colour swatches with '+N', Shipping / Pick up / Deliver it lines, an 'Add to cart' / 'Choose options' button. Two Sponsored cards per page (same markup), a Target Circle promo cell on page 1, an ad slot; div[data-test=pagination] with previous / 'page N of 3' / next links to &Nao=24 and &Nao=48; footer; window.__TGT_DATA__ config. Ten, ten and six products. Written down: title, url, brand, price, currency, original_price, rating, review_count.",
    )
    pages = chunks(TA_ITEMS, [TA_PER_PAGE, TA_PER_PAGE, len(TA_ITEMS) - 2 * TA_PER_PAGE])
    first = 1
    for number, items in enumerate(pages, 1):
        s.list_page(_ta_href(number).replace("?", "@"), _ta_page(number, len(pages), items, first))
        first += len(items)
    for item in TA_ITEMS:
        tcin, title, brand, _path, price, original, rating, ratings, _extra, _ribbon, _online = item
        s.expect(
            {
                "title": title,
                "url": _ta_url(tcin, title),
                "brand": brand,
                "price": price,
                "currency": "USD",
                "original_price": original,
                "rating": rating,
                "review_count": ratings,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# kaufwelt: a MediaMarkt category page (2024–2025).
# ---------------------------------------------------------------------------------------------------

KW_START = "de/category/fernseher-552.html"
KW_PER_PAGE = 10
KW_ONLINE = {"y": "Online lieferbar", "n": "Online nicht verfügbar"}
KW_STORE = {"y": "Im Markt abholbar", "n": "Im Markt nicht verfügbar"}

# (id, title, price, uvp, rating, count, energy, online, store, size_cm, inches, resolution, refresh)
KW_TVS: list[tuple[Any, ...]] = [
    (
        2929154,
        "SAMSUNG GQ55Q60D QLED TV (Flat, 55 Zoll / 138 cm, UHD 4K, SMART TV, Tizen)",
        499.00,
        599.00,
        4.5,
        321,
        "E",
        "y",
        "y",
        138,
        55,
        "4K UHD",
        "50 Hz",
    ),
    (
        2927710,
        "LG OLED55C47LA OLED evo TV (Flat, 55 Zoll / 139 cm, UHD 4K, SMART TV, webOS 24 mit LG ThinQ)",
        1299.00,
        1799.00,
        4.7,
        186,
        "F",
        "y",
        "y",
        139,
        55,
        "4K UHD",
        "120 Hz",
    ),
    (
        2935561,
        "SONY BRAVIA 7 K-65XR70 LED TV (Flat, 65 Zoll / 164 cm, UHD 4K, SMART TV, Google TV)",
        1349.00,
        None,
        4.6,
        74,
        "F",
        "y",
        "n",
        164,
        65,
        "4K UHD",
        "100 Hz",
    ),
    (
        2930042,
        "PHILIPS 50PUS8009/12 LED TV (Flat, 50 Zoll / 126 cm, UHD 4K, SMART TV, Ambilight, Titan OS)",
        399.00,
        549.00,
        4.3,
        212,
        "F",
        "y",
        "y",
        126,
        50,
        "4K UHD",
        "60 Hz",
    ),
    (
        2924877,
        "TCL 55C805 QD-Mini LED TV (Flat, 55 Zoll / 139 cm, UHD 4K, SMART TV, Google TV)",
        649.99,
        999.00,
        4.4,
        538,
        "F",
        "y",
        "y",
        139,
        55,
        "4K UHD",
        "144 Hz",
    ),
    (
        2933018,
        "HISENSE 43E6NT LED TV (Flat, 43 Zoll / 108 cm, UHD 4K, SMART TV, VIDAA U7)",
        269.00,
        None,
        4.2,
        97,
        "E",
        "y",
        "y",
        108,
        43,
        "4K UHD",
        "60 Hz",
    ),
    (
        2926304,
        "SAMSUNG GQ65S90D OLED TV (Flat, 65 Zoll / 163 cm, UHD 4K, SMART TV, Tizen)",
        1599.00,
        2399.00,
        4.8,
        143,
        "F",
        "y",
        "n",
        163,
        65,
        "4K UHD",
        "144 Hz",
    ),
    (
        2931975,
        "PANASONIC TV-55W93AE6 LED TV (Flat, 55 Zoll / 139 cm, UHD 4K, SMART TV, Fire TV)",
        549.00,
        799.00,
        4.1,
        38,
        "G",
        "n",
        "y",
        139,
        55,
        "4K UHD",
        "60 Hz",
    ),
    (
        2928460,
        "LG 43UT73006LA LED TV (Flat, 43 Zoll / 108 cm, UHD 4K, SMART TV, webOS 24 mit LG ThinQ)",
        299.00,
        379.00,
        4.4,
        415,
        "F",
        "y",
        "y",
        108,
        43,
        "4K UHD",
        "50 Hz",
    ),
    (
        2936112,
        "XIAOMI TV A Pro 2025 55 QLED TV (Flat, 55 Zoll / 139 cm, UHD 4K, SMART TV, Google TV)",
        399.00,
        None,
        None,
        None,
        "F",
        "y",
        "n",
        139,
        55,
        "4K UHD",
        "60 Hz",
    ),
    (
        2925729,
        "SAMSUNG GU50DU7179U LED TV (Flat, 50 Zoll / 125 cm, UHD 4K, SMART TV, Tizen)",
        349.00,
        449.00,
        4.5,
        1024,
        "E",
        "y",
        "y",
        125,
        50,
        "4K UHD",
        "50 Hz",
    ),
    (
        2934406,
        "SONY BRAVIA 8 K-55XR80 OLED TV (Flat, 55 Zoll / 139 cm, UHD 4K, SMART TV, Google TV)",
        1499.00,
        1999.00,
        4.7,
        52,
        "G",
        "y",
        "y",
        139,
        55,
        "4K UHD",
        "120 Hz",
    ),
    (
        2929871,
        "TCL 65P755 LED TV (Flat, 65 Zoll / 164 cm, UHD 4K, SMART TV, Google TV)",
        499.00,
        None,
        4.3,
        289,
        "F",
        "y",
        "y",
        164,
        65,
        "4K UHD",
        "60 Hz",
    ),
    (
        2932550,
        "LG OLED65B42LA OLED TV (Flat, 65 Zoll / 164 cm, UHD 4K, SMART TV, webOS 24 mit LG ThinQ)",
        1399.00,
        2299.00,
        4.6,
        167,
        "G",
        "n",
        "n",
        164,
        65,
        "4K UHD",
        "120 Hz",
    ),
    (
        2927093,
        "PHILIPS 55OLED759/12 OLED TV (Flat, 55 Zoll / 139 cm, UHD 4K, SMART TV, Ambilight, Titan OS)",
        899.00,
        1299.00,
        4.5,
        63,
        "F",
        "y",
        "y",
        139,
        55,
        "4K UHD",
        "120 Hz",
    ),
    (
        2935003,
        "HISENSE 65U7NQ Mini LED TV (Flat, 65 Zoll / 164 cm, UHD 4K, SMART TV, VIDAA U7)",
        899.00,
        None,
        4.4,
        121,
        "F",
        "y",
        "n",
        164,
        65,
        "4K UHD",
        "144 Hz",
    ),
    (
        2930788,
        "SAMSUNG GQ75QN85D Neo QLED TV (Flat, 75 Zoll / 189 cm, UHD 4K, SMART TV, Tizen)",
        1799.00,
        2799.00,
        4.6,
        88,
        "F",
        "y",
        "y",
        189,
        75,
        "4K UHD",
        "120 Hz",
    ),
    (
        2926955,
        "TELEFUNKEN XH32TO750S LED TV (Flat, 32 Zoll / 80 cm, HD-ready, SMART TV, TiVo)",
        159.00,
        None,
        3.9,
        144,
        "E",
        "y",
        "y",
        80,
        32,
        "HD-ready",
        "60 Hz",
    ),
    (
        2933861,
        "GRUNDIG 43 VOE 71 LED TV (Flat, 43 Zoll / 108 cm, UHD 4K, SMART TV, Google TV)",
        279.99,
        329.00,
        4.0,
        46,
        "F",
        "y",
        "y",
        108,
        43,
        "4K UHD",
        "60 Hz",
    ),
    (
        2928213,
        "LG 86QNED86T6A QNED TV (Flat, 86 Zoll / 218 cm, UHD 4K, SMART TV, webOS 24 mit LG ThinQ)",
        1799.00,
        2499.00,
        4.5,
        29,
        "G",
        "n",
        "y",
        218,
        86,
        "4K UHD",
        "120 Hz",
    ),
    (
        2936574,
        "SONY BRAVIA 3 K-43S30 LED TV (Flat, 43 Zoll / 108 cm, UHD 4K, SMART TV, Google TV)",
        499.00,
        579.00,
        4.3,
        57,
        "E",
        "y",
        "y",
        108,
        43,
        "4K UHD",
        "50 Hz",
    ),
    (
        2931120,
        "METZ 40MTE6000Z LED TV (Flat, 40 Zoll / 100 cm, Full-HD, SMART TV, VIDAA)",
        199.00,
        None,
        None,
        None,
        "E",
        "y",
        "n",
        100,
        40,
        "Full-HD",
        "60 Hz",
    ),
    (
        2924531,
        "PANASONIC TX-65MZW984 OLED TV (Flat, 65 Zoll / 164 cm, UHD 4K, SMART TV, my Home Screen 8.0)",
        1999.00,
        3299.00,
        4.8,
        18,
        "G",
        "y",
        "n",
        164,
        65,
        "4K UHD",
        "120 Hz",
    ),
    (
        2934987,
        "SAMSUNG GQ43Q70D QLED TV (Flat, 43 Zoll / 108 cm, UHD 4K, SMART TV, Tizen)",
        549.00,
        699.00,
        4.6,
        203,
        "F",
        "y",
        "y",
        108,
        43,
        "4K UHD",
        "100 Hz",
    ),
    (
        2929448,
        "TCL 98C805 QD-Mini LED TV (Flat, 98 Zoll / 248 cm, UHD 4K, SMART TV, Google TV)",
        2999.00,
        3999.00,
        4.7,
        41,
        "F",
        "n",
        "y",
        248,
        98,
        "4K UHD",
        "144 Hz",
    ),
    (
        2932094,
        "PHILIPS 32PFS6908/12 LED TV (Flat, 32 Zoll / 80 cm, Full-HD, SMART TV, Ambilight, Titan OS)",
        219.00,
        None,
        4.1,
        86,
        "E",
        "y",
        "y",
        80,
        32,
        "Full-HD",
        "60 Hz",
    ),
]

# "Gesponsert" cards (same card markup): (id, title, price, rating, count, energy)
KW_SPONSORED: list[tuple[Any, ...]] = [
    (
        2937001,
        "LOEWE bild i.55 dr+ OLED TV (Flat, 55 Zoll / 139 cm, UHD 4K, SMART TV, Loewe os7)",
        2999.00,
        4.7,
        12,
        "G",
    ),
    (2937002, "TOSHIBA 50QV2463DAW QLED TV (Flat, 50 Zoll / 126 cm, UHD 4K, SMART TV, VIDAA)", 329.00, 4.1, 64, "F"),
    (
        2937003,
        "SHARP 4T-C55GP6260EB QLED TV (Flat, 55 Zoll / 139 cm, UHD 4K, SMART TV, Google TV)",
        479.00,
        4.2,
        33,
        "F",
    ),
]


def _kw(component: str, part: int = 0) -> str:
    """MediaMarkt's class pair: ``sc-<hash>-N <hash>``."""
    return f"sc-{_letters('kw' + component, 8).lower()}-{part} {_letters(component + str(part))}"


def _kw_href(page: int) -> str:
    return KW_START if page == 1 else f"{KW_START}?page={page}"


def _kw_url(pid: int, title: str) -> str:
    words = title.split(" (", maxsplit=1)[0]
    return f"/de/product/_{slug(words)}-{pid}.html"


def _kw_stars(rating: float | None, count: int | None) -> str:
    if rating is None or count is None:
        return f'<div class="{_kw("RatingWrapper")}" data-test="mms-customer-rating"><p class="{_kw("NoRating")}">Noch keine Bewertungen</p></div>'
    shown = f"{rating:.1f}".replace(".", ",")
    stars = "".join(
        f'<svg class="{_kw("Star", 1 if i < round(rating) else 2)}" viewBox="0 0 16 16" aria-hidden="true" data-test="mms-star-{"full" if i < round(rating) else "empty"}"><path d="M8 0l2.4 5 5.6.8-4 3.9.9 5.5L8 12.6 3.1 15.2l.9-5.5-4-3.9L5.6 5z"></path></svg>'
        for i in range(5)
    )
    return f"""<div class="{_kw("RatingWrapper")}" data-test="mms-customer-rating">
              <div role="img" aria-label="{shown} von 5 Sternen" class="{_kw("Stars")}">{stars}</div>
              <span class="{_kw("RatingCount")}" data-test="mms-customer-rating-count">({count})</span>
            </div>"""


def _kw_energy(energy: str, pid: int) -> str:
    return f"""<div class="{_kw("EnergyWrapper")}" data-test="mms-energy-label">
              <button type="button" class="{_kw("EnergyBadge")}" aria-label="Energieeffizienzklasse {energy}, Spektrum A bis G">
                <span class="{_kw("EnergySpectrum")}" aria-hidden="true"><span>A</span><span>G</span></span>
                <span class="{_kw("EnergyClass", 1)}" data-test="mms-energy-class">{energy}</span>
              </button>
              <a class="{_kw("Datasheet")}" href="/de/product/datasheet/{pid}.pdf" target="_blank" rel="noopener">Produktdatenblatt</a>
            </div>"""


def _kw_price(price: float, uvp: float | None) -> str:
    strike = (
        f"""<div class="{_kw("StrikeWrapper")}" data-test="mms-strike-price">
                <span class="{_kw("StrikeLabel")}" data-test="mms-strike-price-type-text">UVP</span>
                <span class="{_kw("StrikeValue")}"><s>{_eur(uvp)}</s></span>
              </div>"""
        if uvp
        else ""
    )
    return f"""<div class="{_kw("PriceWrapper")}" data-test="mms-price">
              {strike}
              <span class="{_kw("ScreenreaderText")}" data-test="mms-price-sr">{_eur(price)}</span>
              <span class="{_kw("BrandedPrice")}" aria-hidden="true" data-test="branded-price-whole-value">{_eur_shown(price)}</span>
              <p class="{_kw("VatText")}">inkl. MwSt. zzgl. Versandkosten</p>
            </div>"""


def _kw_card(tv: tuple[Any, ...], *, sponsored: bool = False) -> str:
    if sponsored:
        pid, title, price, rating, count, energy = tv
        uvp, online, store, cm, inches, res, hz = None, "y", "y", 139, 55, "4K UHD", "60 Hz"
    else:
        pid, title, price, uvp, rating, count, energy, online, store, cm, inches, res, hz = tv
    url = _kw_url(pid, title)
    facts = (
        f'<ul class="{_kw("Features")}" data-test="feature-list">'
        f'<li><span class="{_kw("FeatureKey")}">Bildschirmdiagonale (cm/Zoll):</span> <span>{cm} cm / {inches} Zoll</span></li>'
        f'<li><span class="{_kw("FeatureKey")}">Auflösung:</span> <span>{res}</span></li>'
        f'<li><span class="{_kw("FeatureKey")}">Bildwiederholungsfrequenz:</span> <span>{hz}</span></li></ul>'
    )
    sponsored_html = (
        f'<div class="{_kw("SponsoredBadge")}" data-test="mms-sponsored-badge"><span>Gesponsert</span></div>'
        if sponsored
        else ""
    )
    online_icon = "check" if online == "y" else "close"
    store_icon = "check" if store == "y" else "close"
    return f"""
        <div data-test="mms-product-card" class="{_kw("StyledCard")}" data-product-id="{pid}">
          <div class="{_kw("CardContent")}">
            {sponsored_html}
            <div class="{_kw("ImageWrapper")}"><picture><img alt="{esc(title.split(" (", maxsplit=1)[0])}" loading="lazy" src="https://assets.mmsrg.com/isr/166325/c1/-/ASSET_MMS_{pid}?x=280&amp;y=190&amp;format=jpg&amp;quality=80"></picture></div>
            {_kw_energy(energy, pid)}
            <a data-test="mms-router-link-product-list-item-link" class="{_kw("ProductLink")}" href="{url}">
              <p data-test="product-title" class="{_kw("Title")}">{esc(title)}</p>
            </a>
            {_kw_stars(rating, count)}
            {facts}
            {_kw_price(price, uvp)}
            <div class="{_kw("Availability")}" data-test="mms-cofr-delivery">
              <div class="{_kw("AvailabilityLine")}"><svg class="{_kw("Icon", 1)}" aria-hidden="true" data-icon="{online_icon}"><use href="#icon-{online_icon}"></use></svg><p>{KW_ONLINE[online]}</p></div>
              <div class="{_kw("AvailabilityLine")}" data-test="mms-cofr-pickup"><svg class="{_kw("Icon", 1)}" aria-hidden="true" data-icon="{store_icon}"><use href="#icon-{store_icon}"></use></svg><p>{KW_STORE[store]}</p></div>
            </div>
            <label class="{_kw("Compare")}"><input type="checkbox" data-test="mms-compare-checkbox"> Vergleichen</label>
            <button type="button" class="{_kw("CartButton")}" data-test="mms-add-to-cart" aria-label="In den Warenkorb"{" disabled" if online == "n" else ""}><svg aria-hidden="true"><use href="#icon-cart"></use></svg></button>
          </div>
        </div>"""


def _kw_page(number: int, total_pages: int, tvs: list[Any], seen: int) -> str:
    cards: list[str] = []
    for index, tv in enumerate(tvs):
        if index == 2:
            cards.append(_kw_card(KW_SPONSORED[number - 1], sponsored=True))
        if index == 6 and number == 1:
            cards.append(
                f'<div class="{_kw("Teaser")}" data-test="mms-plp-teaser"><a href="/de/campaign/black-week"><img alt="Black Week: Bis zu 40% sparen" src="https://assets.mmsrg.com/is/teaser-black-week.jpg"><p>Black Week Deals – nur bis 01.12.</p></a></div>'
            )
        cards.append(_kw_card(tv))
    more = (
        f'<div class="{_kw("LoadMore")}" data-test="mms-search-srp-loadmore"><p>Du hast {seen} von 26 Produkten gesehen</p><a class="{_kw("LoadMoreButton")}" href="/{_kw_href(number + 1)}" data-test="mms-search-srp-loadmore-button">Mehr Produkte anzeigen</a></div>'
        if number < total_pages
        else f'<div class="{_kw("LoadMore")}" data-test="mms-search-srp-loadmore"><p>Du hast {seen} von 26 Produkten gesehen</p></div>'
    )
    state = json.dumps(
        {
            "apolloState": {
                "ROOT_QUERY": {'categoryV4({"id":"552"})': {"__ref": "Category:552"}},
                "Category:552": {"name": "Fernseher", "productCount": 26},
            },
            "page": number,
        }
    )
    return f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fernseher günstig kaufen | MediaMarkt</title>
<meta name="description" content="Fernseher online kaufen ✔ Smart TVs, OLED, QLED &amp; 4K ✔ Abholung im Markt ✔ Jetzt bei MediaMarkt bestellen!">
<link rel="canonical" href="https://www.mediamarkt.de/{_kw_href(number)}">
<style data-styled="active">.{_letters("StyledCard0")}{{display:flex}}.{_letters("ScreenreaderText0")}{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}}</style>
</head>
<body>
<svg style="display:none"><symbol id="icon-check" viewBox="0 0 24 24"><title>verfügbar</title><path d="M4 12l5 5L20 6"></path></symbol><symbol id="icon-close" viewBox="0 0 24 24"><title>nicht verfügbar</title><path d="M6 6l12 12M18 6L6 18"></path></symbol><symbol id="icon-cart" viewBox="0 0 24 24"><title>Warenkorb</title><path d="M3 3h2l3 12h11"></path></symbol></svg>
<div id="root">
  <header class="{_kw("Header")}" data-test="mms-header">
    <a href="/" aria-label="MediaMarkt Startseite" data-test="mms-logo"><svg aria-hidden="true" viewBox="0 0 120 30"><rect width="120" height="30"></rect></svg></a>
    <button type="button" class="{_kw("MenuButton")}" data-test="mms-burger-menu">Alle Kategorien</button>
    <form role="search" action="/de/search.html" data-test="mms-search"><input type="search" name="query" placeholder="Suchbegriff, Produkt, Marke …" aria-label="Suche"><button type="submit" aria-label="Suchen">Suchen</button></form>
    <a href="/de/store/berlin-alexanderplatz-1031" data-test="mms-header-mystore" class="{_kw("HeaderLink")}">Mein Markt: Berlin-Alexanderplatz</a>
    <a href="/de/myaccount" data-test="mms-header-login" class="{_kw("HeaderLink")}">Anmelden</a>
    <a href="/de/checkout" data-test="mms-header-basket" class="{_kw("HeaderLink")}" aria-label="Warenkorb, 0 Artikel">Warenkorb</a>
  </header>
  <nav aria-label="Breadcrumb" data-test="mms-breadcrumb" class="{_kw("Breadcrumb")}"><ol><li><a href="/">Startseite</a></li><li><a href="/de/category/tv-audio-1.html">TV &amp; Audio</a></li><li><a href="/de/category/fernseher-552.html" aria-current="page">Fernseher</a></li></ol></nav>
  <main class="{_kw("Main")}">
    <div class="{_kw("Headline")}"><h1 class="{_kw("H1")}">Fernseher</h1><span data-test="mms-search-srp-headlayout-product-count">26 Produkte</span></div>
    <div class="{_kw("FilterBar")}" data-test="mms-search-filterbar">
      <button type="button">Alle Filter</button><button type="button">Marke</button><button type="button">Bildschirmdiagonale (Zoll)</button><button type="button">Preis</button><button type="button">Displaytechnologie</button><button type="button">Energieeffizienzklasse</button><button type="button">Angebote</button>
      <label>Sortieren nach <select data-test="mms-select-sort"><option selected>Beliebtheit</option><option>Preis aufsteigend</option><option>Preis absteigend</option><option>Kundenbewertung</option><option>Neuheiten</option></select></label>
    </div>
    <div data-test="mms-search-srp-productlist" class="{_kw("ProductList")}">
{"".join(cards)}
    </div>
    {more}
    <section class="{_kw("SeoText")}" data-test="mms-seo-text"><h2>Fernseher bei MediaMarkt kaufen</h2><p>Ob OLED, QLED oder Mini LED: Bei uns findest Du Fernseher aller Größen von 32 bis 98 Zoll. Lass Dich im Markt beraten oder bestelle bequem online – mit Lieferung oder Abholung im Markt.</p></section>
  </main>
  <footer class="{_kw("Footer")}" data-test="mms-footer">
    <nav><ul><li><a href="/de/shop/service.html">Services</a></li><li><a href="/de/shop/zahlungsarten.html">Zahlungsarten</a></li><li><a href="/de/shop/versand.html">Versand &amp; Lieferung</a></li><li><a href="/de/marketselection.html">Märkte</a></li><li><a href="/de/shop/impressum.html">Impressum</a></li><li><a href="/de/shop/datenschutz.html">Datenschutz</a></li><li><a href="/de/shop/agb.html">AGB</a></li></ul></nav>
    <p>* Alle Preise inkl. MwSt. zzgl. Versandkosten. © 2025 MediaMarkt</p>
  </footer>
</div>
<div id="usercentrics-root" role="dialog" aria-modal="true" aria-label="Datenschutzeinstellungen"><div class="uc-banner"><h2>Wir respektieren Deine Privatsphäre</h2><p>Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um unsere Website für Dich zu optimieren, Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren.</p><button type="button" data-testid="uc-deny-all-button">Ablehnen</button><button type="button" data-testid="uc-more-button">Einstellungen</button><button type="button" data-testid="uc-accept-all-button">Alle akzeptieren</button></div></div>
<script>window.__PRELOADED_STATE__ = {state};</script>
</body>
</html>"""


@fourteenth
def build_kaufwelt() -> None:
    s = Site(
        "kaufwelt",
        kind="electronics category page (MediaMarkt 2024–25, German: hashed `sc-` classes, data-test='mms-product-card' cards, full-sentence titles, energy-label buttons 'E', '4,5 von 5 Sternen' aria-labels + '(321)', key-fact lists, 'UVP 599,00 €' struck, '499,–' price faces with a hidden '499,00 €', 'Online lieferbar' / 'Im Markt abholbar' lines, Gesponsert cards, 'Mehr Produkte anzeigen' ?page=N)",
        start=KW_START,
        description="MediaMarkt's TV category /de/category/fernseher-552.html as served in 2024–2025 (lang=de-DE, styled-components 'sc-xxxxxxxx-N AbCdEf' classes, data-test='mms-…' hooks): header (logo, Alle Kategorien, search, Mein Markt, Anmelden, Warenkorb), breadcrumbs, h1 'Fernseher' + '26 Produkte', filter bar and sort select, then div[data-test=mms-search-srp-productlist] of div[data-test=mms-product-card] cards: image, energy label button (aria-label 'Energieeffizienzklasse E, Spektrum A bis G', visible class letter) + 'Produktdatenblatt' link, a[data-test=mms-router-link-product-list-item-link] around p[data-test=product-title] with the full title, div[role=img][aria-label='4,5 von 5 Sternen'] + '(321)' (or 'Noch keine Bewertungen'), three key facts, 'UVP' + struck '599,00 €' on most, a hidden '499,00 €' beside the shown '499,–' / '649,99', 'inkl. MwSt.', 'Online lieferbar' / 'Online nicht verfügbar' and 'Im Markt abholbar' / 'Im Markt nicht verfügbar' lines with icons, Vergleichen checkbox, cart button. One 'Gesponsert' card per page (same markup), a Black Week teaser on page 1; 'Du hast 10 von 26 Produkten gesehen' + a 'Mehr Produkte anzeigen' link to ?page=N; SEO text, footer, a Usercentrics dialog, __PRELOADED_STATE__. Ten, ten and six TVs. Written down: title, url, price, currency, original_price, rating, review_count, energy_class, delivery, pickup.",
    )
    pages = chunks(KW_TVS, [KW_PER_PAGE, KW_PER_PAGE, len(KW_TVS) - 2 * KW_PER_PAGE])
    seen = 0
    for number, tvs in enumerate(pages, 1):
        seen += len(tvs)
        s.list_page(_kw_href(number).replace("?", "@"), _kw_page(number, len(pages), tvs, seen))
    for tv in KW_TVS:
        pid, title, price, uvp, rating, count, energy, online, store = tv[:9]
        s.expect(
            {
                "title": title,
                "url": _kw_url(pid, title),
                "price": price,
                "currency": "EUR",
                "original_price": uvp,
                "rating": rating,
                "review_count": count,
                "energy_class": energy,
                "delivery": KW_ONLINE[online],
                "pickup": KW_STORE[store],
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# threadmode: an ASOS search grid (2024–2025).
# ---------------------------------------------------------------------------------------------------

TM_START = "search/?q=oversized+t-shirt"
TM_PER_PAGE = 10

# (id, brand slug, title, price, was, badges)
TM_ITEMS: list[tuple[Any, ...]] = [
    (204567890, "asos-design", "ASOS DESIGN oversized t-shirt in black", 18.00, None, ["More colours"]),
    (
        205118342,
        "asos-design",
        "ASOS DESIGN oversized t-shirt with back print in washed grey",
        12.60,
        18.00,
        ["Selling fast"],
    ),
    (203984417, "collusion", "COLLUSION oversized skater t-shirt in white", 14.00, None, ["More colours"]),
    (206002158, "weekday", "Weekday oversized heavyweight t-shirt in off-white", 20.00, None, []),
    (
        204771036,
        "asos-design",
        "ASOS DESIGN heavyweight oversized t-shirt in brown",
        15.20,
        19.00,
        ["More colours", "Selling fast"],
    ),
    (205340967, "bershka", "Bershka oversized boxy t-shirt in khaki", 13.99, None, []),
    (203556281, "topman", "Topman oversized fit t-shirt with Paris embroidery in ecru", 16.00, 20.00, []),
    (206219844, "pull-bear", "Pull&Bear oversized t-shirt with chest logo in blue", 15.99, None, ["More colours"]),
    (204902713, "asos-design", "ASOS DESIGN oversized t-shirt in pink acid wash", 9.00, 18.00, ["Selling fast"]),
    (205887420, "nike", "Nike Club oversized t-shirt in black", 28.00, None, []),
    (203211579, "new-look", "New Look oversized t-shirt in stone", 10.99, None, ["More colours"]),
    (206540395, "asos-design", "ASOS DESIGN oversized longline t-shirt in charcoal", 16.00, None, []),
    (
        204118276,
        "reclaimed-vintage",
        "Reclaimed Vintage oversized t-shirt with faded band print in grey",
        22.40,
        28.00,
        [],
    ),
    (
        205763108,
        "adidas-originals",
        "adidas Originals Essentials oversized t-shirt in white",
        30.00,
        None,
        ["Selling fast"],
    ),
    (206331870, "stradivarius", "Stradivarius oversized t-shirt in chocolate", 12.99, None, ["More colours"]),
    (203890655, "asos-design", "ASOS DESIGN oversized t-shirt with floral back print in cream", 10.80, 18.00, []),
    (204455931, "jack-jones", "Jack & Jones oversized t-shirt with logo in navy", 11.00, 16.00, ["More colours"]),
    (205092748, "collusion", "COLLUSION oversized t-shirt with graphic print in washed black", 18.00, None, []),
    (
        206711204,
        "hollister",
        "Hollister oversized relaxed fit t-shirt in sage",
        25.00,
        None,
        ["More colours", "Selling fast"],
    ),
    (203677392, "river-island", "River Island oversized t-shirt in ecru", 17.00, None, []),
    (204326519, "asos-design", "ASOS DESIGN oversized t-shirt in lilac", 7.20, 16.00, ["Selling fast"]),
    (205519083, "the-north-face", "The North Face Simple Dome oversized t-shirt in black", 30.00, None, []),
    (206108847, "monki", "Monki oversized t-shirt in white", 12.00, None, ["More colours"]),
    (203445760, "asos-dark-future", "ASOS Dark Future oversized t-shirt with spine print in black", 14.40, 24.00, []),
    (204889125, "only", "ONLY oversized t-shirt in mocha", 14.00, None, []),
    (205976312, "asos-design", "ASOS DESIGN Tall oversized t-shirt in navy", 16.00, None, ["More colours"]),
]

# One Sponsored tile per page (same markup): (id, brand slug, title, price)
TM_SPONSORED: list[tuple[Any, ...]] = [
    (207001221, "calvin-klein-jeans", "Calvin Klein Jeans oversized monogram t-shirt in black", 40.00),
    (207001384, "tommy-jeans", "Tommy Jeans oversized badge t-shirt in white", 35.00),
    (207001590, "levis", "Levi's oversized vintage t-shirt in washed green", 30.00),
]


def _tm_href(page: int) -> str:
    return TM_START if page == 1 else f"{TM_START}&page={page}"


def _tm_url(pid: int, brand: str, title: str) -> str:
    return f"/{brand}/{slug(title)}/prd/{pid}"


def _tm_money(amount: float) -> str:
    return f"£{amount:,.2f}"


def _tm_discount(price: float, was: float | None) -> int | None:
    return None if not was else -round((was - price) / was * 100)


def _tm_tile(item: tuple[Any, ...], *, sponsored: bool = False) -> str:
    if sponsored:
        pid, brand, title, price = item
        was, badges = None, []
    else:
        pid, brand, title, price, was, badges = item
    url = _tm_url(pid, brand, title)
    if was:
        price_html = f"""<p class="container_s8SSI" data-auto-id="productTilePrice">
              <span class="originalPrice_jEWt1"><span class="visuallyHidden_n2oUq">Was</span> <span class="price__B9LP">{_tm_money(was)}</span></span>
              <span class="reducedPrice_lWOyF" data-auto-id="productTileSaleAmount"><span class="visuallyHidden_n2oUq">Now</span> {_tm_money(price)}</span>
              <span class="discountPercentage_aKTOe" data-auto-id="productTileDiscount">{_tm_discount(price, was)}%</span>
            </p>"""
        aria = f"{title}; Original price: {_tm_money(was)}; Sale price: {_tm_money(price)}"
    else:
        price_html = f"""<p class="container_s8SSI" data-auto-id="productTilePrice">
              <span class="price__B9LP">{_tm_money(price)}</span>
            </p>"""
        aria = f"{title}; Price: {_tm_money(price)}"
    overlays = ""
    if "More colours" in badges:
        overlays += (
            '<div class="overlay_KFSe5 moreColours_hBJAN" data-auto-id="productTileMoreColours">More colours</div>'
        )
    if "Selling fast" in badges:
        overlays += '<div class="sellingFast_pqBtC" data-auto-id="productTileSellingFast">Selling fast</div>'
    if sponsored:
        overlays += '<div class="sponsoredLabel_vPq7Z" data-auto-id="productTileSponsored">Sponsored</div>'
    return f"""
        <article id="product-{pid}" data-auto-id="productTile" class="productTile_U0clN{" sponsoredTile_Hy2sW" if sponsored else ""}">
          <a class="productLink_KM4PI" href="{url}#colourWayId={pid + 1}{"&amp;cid=3602" if not sponsored else "&amp;ctaref=sponsored"}" aria-label="{esc(aria)}">
            <div class="productMediaContainer_kmkXR">
              <img class="productHeroImage_hS3Kl" alt="{esc(title)}" loading="lazy" src="https://images.asos-media.com/products/{slug(title)}/{pid}-1-black?$n_320w$&amp;wid=317&amp;fit=constrain">
              {overlays}
            </div>
            <div class="productInfo_aNmUn">
              <p class="productDescription_sryaw" aria-hidden="true"><div>{esc(title)}</div></p>
              {price_html}
            </div>
          </a>
          <button type="button" class="saveForLater_J6cYs" data-auto-id="saveForLater" aria-label="Save for later"><span class="heartIcon_vQjeP" aria-hidden="true"></span></button>
        </article>"""


def _tm_page(number: int, total_pages: int, items: list[Any], seen: int) -> str:
    tiles: list[str] = []
    for index, item in enumerate(items):
        if index == 3:
            tiles.append(_tm_tile(TM_SPONSORED[number - 1], sponsored=True))
        tiles.append(_tm_tile(item))
    previous = (
        f'<div class="loadPrevious_oYNsW"><a class="loadButton_wWQ3F" data-auto-id="loadPreviousProducts" href="/{_tm_href(number - 1)}">Load previous</a></div>'
        if number > 1
        else ""
    )
    more = (
        f'<a class="loadButton_wWQ3F" data-auto-id="loadMoreProducts" href="/{_tm_href(number + 1)}">Load more</a>'
        if number < total_pages
        else ""
    )
    width = round(seen / 26 * 100)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Oversized T-Shirt | Shop for Oversized T-Shirt | ASOS</title>
<meta name="robots" content="noindex, follow">
<link rel="canonical" href="https://www.asos.com/search/?q=oversized+t-shirt">
<link rel="stylesheet" href="/assets/plp/main.4f2d9b.css">
</head>
<body>
<div id="chrome-app-container">
  <header id="chrome-header" class="header_fL4Kx">
    <a class="skipLink_cWr3N" href="#plp">Skip to main content</a>
    <a href="/" class="logo_Tbq8z" data-testid="asoslogo" aria-label="ASOS homepage"><svg aria-hidden="true" viewBox="0 0 80 24"><rect width="80" height="24"></rect></svg></a>
    <nav class="floorNav_aLx9d" aria-label="Shop by gender"><a href="/women/" data-testid="women-floor">Women</a><a href="/men/" data-testid="men-floor">Men</a></nav>
    <form class="searchForm_Rf2kM" action="/search/" role="search"><input type="search" name="q" value="oversized t-shirt" aria-label="Search for items and brands" placeholder="Search for items and brands"><button type="submit" aria-label="Search">Search</button></form>
    <a href="/my-account/" data-testid="myAccountIcon" aria-label="My Account">My Account</a>
    <a href="/saved-lists/" data-testid="savedItemsIcon" aria-label="Saved Items">Saved Items</a>
    <a href="/bag" data-testid="miniBagIcon" aria-label="Bag, 0 items">Bag</a>
  </header>
  <div class="promoBanner_ZpD0q" data-testid="header-banner"><a href="/men/sale/cat/?cid=8409">UP TO 70% OFF SALE: <strong>Last chance to grab a bargain</strong></a></div>
  <main id="plp" class="listingPage_HfNlp">
    <div class="searchHeader_Oc3Qz"><p class="searchTerm_Xq5Vb">Your search results for:</p><h1 class="searchTermTitle_Vm0dL">"oversized t-shirt"</h1><p class="styleCount_h1ruX" data-auto-id="styleCount">26 styles found</p></div>
    <div class="refinements_eiDzl" data-auto-id="refinementsBar">
      <ul class="refinementsList_Q1m3d">
        <li><button type="button" class="refinementButton_mUGBr" aria-expanded="false">Sort</button></li>
        <li><button type="button" class="refinementButton_mUGBr" aria-expanded="false">Category</button></li>
        <li><button type="button" class="refinementButton_mUGBr" aria-expanded="false">Product Type</button></li>
        <li><button type="button" class="refinementButton_mUGBr" aria-expanded="false">Brand</button></li>
        <li><button type="button" class="refinementButton_mUGBr" aria-expanded="false">Colour</button></li>
        <li><button type="button" class="refinementButton_mUGBr" aria-expanded="false">Size</button></li>
        <li><button type="button" class="refinementButton_mUGBr" aria-expanded="false">Price Range</button></li>
        <li><button type="button" class="refinementButton_mUGBr" aria-expanded="false">Fit</button></li>
      </ul>
    </div>
    {previous}
    <section class="grid_UkTBx" data-auto-id="productList">
{"".join(tiles)}
    </section>
    <div class="loadMoreContainer_Gr3aQ" data-auto-id="loadMore">
      <p class="progressText_aQCxT" data-auto-id="styleCountProgress">You've viewed {seen} of 26 products</p>
      <progress class="progressBar_BrQ4C" max="100" value="{width}" aria-hidden="true"></progress>
      {more}
    </div>
    <section class="recentlyViewed_W1yx2" aria-label="Recently viewed"><h2>Recently viewed</h2><p>Nothing here yet.</p></section>
  </main>
  <footer id="chrome-footer" class="footer_cD3Ek">
    <div class="footerLinks_uB6nq"><h3>Help &amp; Information</h3><ul><li><a href="/customer-care/">Help</a></li><li><a href="/track-order">Track order</a></li><li><a href="/delivery">Delivery &amp; returns</a></li><li><a href="/sitemap/">Sitemap</a></li></ul></div>
    <div class="footerLinks_uB6nq"><h3>About ASOS</h3><ul><li><a href="/about/">About us</a></li><li><a href="/careers/">Careers at ASOS</a></li><li><a href="/investors/">Investors' site</a></li></ul></div>
    <p>© 2025 ASOS</p><p><a href="/privacy-policy/">Privacy &amp; Cookies</a> | <a href="/terms-and-conditions/">Ts&amp;Cs</a> | <a href="/accessibility/">Accessibility</a></p>
  </footer>
</div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p>We use cookies to give you the best experience, help us understand how you use ASOS and show you relevant ads.</p><button id="onetrust-pc-btn-handler">Let me choose</button><button id="onetrust-accept-btn-handler">OK</button></div>
<script>window.asos = window.asos || {{}}; window.asos.plp = {{"searchTerm":"oversized t-shirt","itemCount":26,"page":{number},"pageSize":{TM_PER_PAGE}}};</script>
</body>
</html>"""


@fourteenth
def build_threadmode() -> None:
    s = Site(
        "threadmode",
        kind="fashion search grid (ASOS 2024–25: hashed CSS-module classes `productTile_U0clN`, article#product-N tiles as one link, brand as the first words of the title, 'Was £18.00' / 'Now £12.60' with hidden words + '-30%', 'More colours' / 'Selling fast' overlays, Sponsored tiles, 'You've viewed 10 of 26 products', Load more / Load previous &page=N links)",
        start=TM_START,
        description="ASOS search /search/?q=oversized+t-shirt as served in 2024–2025 (React, hashed CSS-module classes such as 'productTile_U0clN', 'productLink_KM4PI', 'price__B9LP', data-auto-id hooks): header (logo, Women / Men, search, account, saved, bag), a promo banner, 'Your search results for: \"oversized t-shirt\"' + '26 styles found', the refinements bar, then section.grid_UkTBx of article#product-<id> tiles: one a.productLink_KM4PI (/<brand>/<slug>/prd/<id>#colourWayId=<id>&cid=3602, aria-label 'Title; Price: £18.00') around the image (alt = title), 'More colours' / 'Selling fast' overlays, the title div (brand as its first words), p[data-auto-id=productTilePrice] '£18.00' or hidden 'Was' + '£18.00' / hidden 'Now' + '£12.60' / '-30%'; a save-for-later button. One 'Sponsored' tile per page (same markup), 'You've viewed N of 26 products' with a progress bar, 'Load more' link to &page=N and 'Load previous' on later pages; footer; OneTrust banner. Ten, ten and six items. Written down: title, url, price, currency, original_price, discount, badges (a list of the overlays).",
    )
    pages = chunks(TM_ITEMS, [TM_PER_PAGE, TM_PER_PAGE, len(TM_ITEMS) - 2 * TM_PER_PAGE])
    seen = 0
    for number, items in enumerate(pages, 1):
        seen += len(items)
        s.list_page(_tm_href(number).replace("?", "@"), _tm_page(number, len(pages), items, seen))
    for pid, brand, title, price, was, badges in TM_ITEMS:
        s.expect(
            {
                "title": title,
                "url": _tm_url(pid, brand, title),
                "price": price,
                "currency": "GBP",
                "original_price": was,
                "discount": _tm_discount(price, was),
                "badges": badges or None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in FOURTEENTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
