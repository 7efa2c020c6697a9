"""Twelfth wave of HELD-OUT corpus sites (issue #3), frozen before anybody measured the Scout on them.

* **toolyard** — a home-improvement store's category page.
* **modmill** — a game community's user-content browse page.
* **farefinch** — a travel search site's flight results.

Run ``uv run python tests/sites/corpus/generate_held_out_twelfth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``). Every site here is **frozen**: never open its pages, expected
records or per-field results while working on the Scout.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, esc, slug

FROZEN |= {"toolyard", "modmill", "farefinch"}

TWELFTH: dict[str, Callable[[], None]] = {}


def twelfth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWELFTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    """A stable pseudo-random hex string (ids, hashes, tokens)."""
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


def _json_script(value: object) -> str:
    """JSON as sites inline it in a script: compact, with ``</`` kept out of the HTML parser's way."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")


# ---------------------------------------------------------------------------------------------------
# toolyard (FROZEN)
# ---------------------------------------------------------------------------------------------------

TY_CATEGORY = "/b/Tools-Power-Tools-Drills/N-5yc1vZc27f"
TY_PER_PAGE = 24
TY_IMG = "https://images.toolyard-static.example/productImages"
TY_STORE = "Austin-South Lamar"


@dataclass
class Tool:
    """One product pod of the category grid."""

    brand: str
    label: str
    model: str
    item_id: int
    price: float | None
    was: float | None = None
    rating: float | None = None
    reviews: int | None = None
    badge: str | None = None
    limit: int | None = None


TY_TOOLS = [
    Tool(
        "VOLTMAX",
        "20V MAX Cordless 1/2 in. Drill/Driver, (2) 20V 1.3Ah Batteries, Charger and Bag",
        "VMD771C2",
        204279858,
        99.00,
        159.00,
        4.7,
        18422,
        "Best Seller",
        5,
    ),
    Tool(
        "MILLBROOK",
        "M18 18V Lithium-Ion Brushless Cordless 1/2 in. Compact Drill/Driver Kit with (2) 2.0Ah Batteries",
        "3601-22",
        317046151,
        199.00,
        None,
        4.8,
        3127,
        "Top Rated",
    ),
    Tool(
        "RYOTA",
        "ONE+ 18V Cordless 3/8 in. Drill/Driver Kit with 1.5 Ah Battery and Charger",
        "PCL206K1",
        315497382,
        59.97,
        None,
        4.6,
        9981,
        "Exclusive",
    ),
    Tool(
        "MAKORA",
        "18V LXT Lithium-Ion Compact Brushless Cordless 1/2 in. Driver-Drill Kit (2.0Ah)",
        "XFD131",
        312018472,
        149.00,
        179.00,
        4.7,
        2216,
    ),
    Tool(
        "STEELHAWK",
        "12V Lithium-Ion Cordless 3/8 in. Drill/Driver Kit with 2.0Ah Battery, Charger and Bag",
        "SH12DD-K",
        325116902,
        49.98,
        None,
        4.3,
        654,
        "New",
    ),
    Tool(
        "VOLTMAX",
        "ATOMIC 20V MAX Cordless Brushless Compact 1/2 in. Drill/Driver (Tool Only)",
        "VMD708B",
        305217394,
        89.00,
        129.00,
        4.7,
        7102,
    ),
    Tool(
        "MILLBROOK",
        "M12 FUEL 12V Lithium-Ion Brushless Cordless 1/2 in. Hammer Drill (Tool Only)",
        "3404-20",
        318833620,
        149.00,
        None,
        4.8,
        1419,
    ),
    Tool(
        "HARTLEY",
        "20-Volt Cordless 2-Speed 3/8 in. Drill/Driver Kit with (1) 1.5Ah Battery, Charger and Storage Bag",
        "HPDD01",
        313244961,
        39.97,
        None,
        4.4,
        5230,
        "Exclusive",
    ),
    Tool(
        "BOLTCRAFT",
        "7.5 Amp Corded 1/2 in. Variable Speed Reversible Hammer Drill",
        "BC7550HD",
        301988214,
        69.97,
        None,
        4.5,
        812,
    ),
    Tool(
        "RYOTA",
        "ONE+ HP 18V Brushless Cordless 1/2 in. Hammer Drill Kit with (2) 2.0 Ah Batteries, Charger, and Bag",
        "PBLHM101K2",
        319301488,
        149.00,
        199.00,
        4.7,
        2604,
        "Special Buy",
        2,
    ),
    Tool(
        "MAKORA",
        "40V max XGT Brushless Cordless 1/2 in. Hammer Driver-Drill (Tool Only)",
        "GPH01Z",
        314719852,
        None,
        None,
        4.9,
        388,
    ),
    Tool(
        "VOLTMAX",
        "20V MAX XR Cordless Brushless 1/2 in. Hammer Drill (Tool Only)",
        "VMD996B",
        309102764,
        179.00,
        219.00,
        4.8,
        4470,
        "Best Seller",
    ),
    Tool(
        "STEELHAWK",
        "5.5 Amp Corded 3/8 in. Variable Speed Drill with Keyless Chuck",
        "SH55CD",
        302655180,
        34.98,
        None,
        4.2,
        1193,
    ),
    Tool(
        "MILLBROOK",
        "M18 FUEL 18V Lithium-Ion Brushless Cordless 1/2 in. Drill Driver (Tool Only)",
        "2903-20",
        318831244,
        179.00,
        None,
        4.8,
        2951,
    ),
    Tool(
        "RYOTA",
        "USB Lithium 4V Cordless Screwdriver Kit with 1.5Ah Battery and Charger",
        "FVD50K",
        322010417,
        29.97,
        None,
        4.1,
        742,
        "New",
    ),
    Tool(
        "HARTLEY",
        "20-Volt Cordless Brushless 1/2 in. Hammer Drill (Tool Only)",
        "HPHD25B",
        320548806,
        79.00,
        99.00,
        4.5,
        366,
    ),
    Tool("BOLTCRAFT", "20V Cordless 1/2 in. Right Angle Drill (Tool Only)", "BC20RA", 324455019, 119.00, None, 4.0, 57),
    Tool(
        "MAKORA",
        "12V max CXT Lithium-Ion Cordless 3/8 in. Driver-Drill Kit (2.0Ah)",
        "FD09R1",
        306342871,
        99.00,
        None,
        4.6,
        904,
    ),
    Tool(
        "VOLTMAX",
        "20V MAX Cordless Brushless 1/2 in. Drill/Driver and Impact Driver Combo Kit (2-Tool) with (2) 2.0Ah Batteries",
        "VMK278D2",
        310540117,
        169.00,
        249.00,
        4.8,
        6188,
        "Best Seller",
        3,
    ),
    Tool(
        "STEELHAWK",
        "20V Brushless Cordless 1/2 in. Drill/Driver with 4.0Ah Battery and Rapid Charger",
        "SH20BDD-K4",
        326019934,
        89.98,
        119.98,
        4.4,
        211,
    ),
    Tool(
        "MILLBROOK",
        "1/2 in. 8.0 Amp Corded Magnum Drill with Keyed Chuck",
        "0299-20",
        100088412,
        209.00,
        None,
        4.7,
        468,
    ),
    Tool(
        "RYOTA",
        "18V ONE+ Lithium-Ion Cordless Right Angle Drill (Tool Only)",
        "PCL235B",
        316720155,
        69.97,
        None,
        4.5,
        1502,
    ),
    Tool(
        "HARTLEY",
        "12-Volt Cordless 3/8 in. Drill/Driver Kit with 1.5Ah Battery and Charger",
        "HPDD12K",
        321937402,
        29.98,
        39.98,
        3.9,
        142,
    ),
    Tool("BOLTCRAFT", "1/2 in. 10 Amp Corded Spade Handle Drill", "BC10SH", 303776240, 129.00, None, 4.6, 233),
    Tool(
        "MAKORA",
        "18V LXT Lithium-Ion Cordless 1/2 in. Hammer Driver-Drill (Tool Only)",
        "XPH10Z",
        205417163,
        119.00,
        None,
        4.7,
        3360,
    ),
    Tool(
        "VOLTMAX",
        "12V MAX XTREME Brushless Cordless 3/8 in. Drill/Driver (Tool Only)",
        "VMD703B",
        318229440,
        79.00,
        None,
        4.6,
        1098,
    ),
    Tool(
        "STEELHAWK",
        "20V Cordless 1/2 in. Drill/Driver and 120-Piece Drill Bit Set",
        "SH20DDS",
        327002156,
        64.98,
        None,
        None,
        None,
        "New",
    ),
    Tool(
        "MILLBROOK",
        "M12 12V Lithium-Ion Cordless 3/8 in. Drill/Driver Kit with (2) 1.5Ah Batteries, Charger and Hard Case",
        "2407-22",
        203184730,
        99.00,
        139.00,
        4.7,
        2890,
    ),
]

#: Paid placements: two repeat products of the grid, the others are products of other categories.
TY_SPONSORED = [
    Tool(
        "VOLTMAX",
        "ATOMIC 20V MAX Cordless Brushless Compact 1/2 in. Drill/Driver (Tool Only)",
        "VMD708B",
        305217394,
        89.00,
        129.00,
        4.7,
        7102,
    ),
    Tool(
        "HARTLEY",
        "20-Volt Cordless 1/4 in. Impact Driver Kit with 2.0Ah Battery and Charger",
        "HPID02K",
        323390145,
        59.00,
        None,
        4.5,
        1870,
    ),
    Tool(
        "MILLBROOK",
        "M18 FUEL 18V Lithium-Ion Brushless Cordless 1/2 in. Drill Driver (Tool Only)",
        "2903-20",
        318831244,
        179.00,
        None,
        4.8,
        2951,
    ),
    Tool("STEELHAWK", "Titanium Drill and Drive Bit Set (100-Piece)", "SHTB100", 326661873, 24.97, 34.97, 4.6, 980),
]
TY_CAROUSEL = [
    Tool("VOLTMAX", "MAX IMPACT Screwdriving Bit Set (35-Piece)", "VMA35SET", 311207786, 19.97, None, 4.8, 6012),
    Tool(
        "RYOTA",
        "ONE+ 18V Lithium-Ion 4.0 Ah HIGH PERFORMANCE Battery (2-Pack)",
        "PBP2006",
        317730491,
        99.00,
        129.00,
        4.7,
        3341,
    ),
    Tool("BOLTCRAFT", "Black Oxide Drill Bit Set (29-Piece)", "BCB29", 322851660, 27.98, None, 4.4, 307),
    Tool("MAKORA", "18V LXT Lithium-Ion 5.0Ah Battery", "BL1850B", 205415529, 89.00, None, 4.8, 7730),
]

TY_SUBCATEGORIES = [
    ("Drill Drivers", "N-5yc1vZc2b3"),
    ("Hammer Drills", "N-5yc1vZc27e"),
    ("Right Angle Drills", "N-5yc1vZc2b5"),
    ("Magnetic Drill Presses", "N-5yc1vZc2b4"),
    ("Drill Combo Kits", "N-5yc1vZc80n"),
    ("Screwdrivers", "N-5yc1vZc2b6"),
]
TY_FACETS = {
    "Brand": [
        ("VOLTMAX", 6),
        ("MILLBROOK", 5),
        ("RYOTA", 4),
        ("MAKORA", 5),
        ("STEELHAWK", 5),
        ("HARTLEY", 3),
        ("BOLTCRAFT", 3),
    ],
    "Power Tool Features": [("Brushless", 12), ("Variable Speed", 21), ("LED Light", 17), ("Keyless Chuck", 19)],
    "Voltage (V)": [("4 V", 1), ("12 V", 5), ("18 V", 9), ("20 V", 10), ("40 V", 1)],
    "Power Tool Battery Included": [("Tool Only", 11), ("Kit (Battery Included)", 13)],
    "Review Rating": [("4 & Up", 26), ("3 & Up", 27)],
}


def _ty_url(tool: Tool) -> str:
    """A product page path the way the store builds it: brand, label and model slugged, then the item id."""
    words = re.sub(r"[^A-Za-z0-9]+", "-", f"{tool.brand} {tool.label} {tool.model}").strip("-")
    return f"/p/{words}/{tool.item_id}"


def _ty_image(tool: Tool) -> str:
    return f"{TY_IMG}/{_hex(str(tool.item_id), 8)}-{_hex(tool.model, 4)}-4{_hex(tool.label, 3)}-a{_hex(tool.brand, 3)}-{_hex(str(tool.item_id) + tool.model, 12)}/svn/{slug(tool.brand)}-power-drills-{slug(tool.model)}-64_300.jpg"


def _ty_star(fill: float, index: int, item_id: int) -> str:
    """One star of the rating row, filled by a clip path."""
    percent = round(max(0.0, min(1.0, fill)) * 100)
    clip = f"star-clip-{item_id}-{index}"
    return (
        f'<svg class="sui-w-4 sui-h-4" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><defs><clipPath id="{clip}">'
        f'<rect x="0" y="0" width="{percent}%" height="100%"></rect></clipPath></defs>'
        '<path class="sui-fill-subtle" d="M12 17.27 18.18 21l-1.64-7.03L22 9.24l-7.19-.61L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21z"></path>'
        f'<path class="sui-fill-brand" clip-path="url(#{clip})" d="M12 17.27 18.18 21l-1.64-7.03L22 9.24l-7.19-.61L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21z"></path></svg>'
    )


def _ty_price(tool: Tool) -> str:
    if tool.price is None:
        return """<div data-testid="price-map" class="sui-flex sui-flex-col sui-mb-2">
              <span class="sui-text-base sui-font-bold sui-text-primary">See Lower Price in Cart</span>
              <button type="button" class="sui-text-xs sui-underline sui-text-left sui-bg-transparent sui-border-0 sui-p-0" aria-haspopup="dialog">Why can't we show this price?</button>
            </div>"""
    dollars, cents = f"{tool.price:.2f}".split(".")
    lines = [
        '<div data-testid="price-simple" class="sui-flex sui-flex-col sui-mb-2">',
        '  <div class="price-format__large price-format__main-price sui-flex sui-items-start sui-leading-none">',
        f'    <span class="price-format__large-currency-symbols sui-text-xl sui-font-display">$</span><span class="sui-text-4xl sui-font-display">{dollars}</span><span class="price-format__large-currency-symbols sui-text-xl sui-font-display">{cents}</span>',
        "  </div>",
    ]
    if tool.was is not None:
        save = tool.was - tool.price
        percent = round(save / tool.was * 100)
        lines += [
            '  <div class="sui-flex sui-gap-1 sui-items-baseline sui-text-sm sui-mt-1" data-testid="price-was">',
            f'    <span class="sui-text-subtle">Was</span><span class="sui-text-subtle sui-line-through">${tool.was:,.2f}</span>',
            "  </div>",
            f'  <div class="sui-text-sm sui-font-bold sui-text-success" data-testid="price-savings">Save ${save:,.2f} ({percent}%)</div>',
        ]
    if tool.limit:
        lines.append(f'  <div class="sui-text-xs sui-text-subtle sui-mt-1">Limit {tool.limit} per order</div>')
    lines.append("</div>")
    return "\n            ".join(lines)


def _ty_ratings(tool: Tool) -> str:
    if tool.rating is None:
        return '<div data-testid="ratings" class="sui-h-5 sui-mb-2"></div>'
    stars = "".join(_ty_star(tool.rating - index, index, tool.item_id) for index in range(5))
    return f"""<div data-testid="ratings" class="sui-flex sui-items-center sui-gap-1 sui-mb-2">
              <a href="{_ty_url(tool)}#product-section-rr" class="sui-flex sui-items-center sui-no-underline">
                <span role="img" aria-label="{tool.rating} out of 5 stars" class="sui-flex sui-text-brand">{stars}</span>
                <span class="sui-text-xs sui-text-subtle sui-ml-1">({tool.reviews})</span>
              </a>
            </div>"""


def _ty_fulfillment(tool: Tool, position: int) -> str:
    stock = 3 + (tool.item_id % 41)
    if position % 7 == 3:
        pickup = f'<p class="sui-text-xs sui-font-bold">Pickup</p><p class="sui-text-xs sui-text-subtle">Limited stock at {TY_STORE}</p>'
    else:
        pickup = f'<p class="sui-text-xs sui-font-bold">Pickup</p><p class="sui-text-xs sui-text-success">Today</p><p class="sui-text-xs sui-text-subtle">{stock} in stock at {TY_STORE}</p>'
    delivery = (
        '<p class="sui-text-xs sui-font-bold">Delivery</p><p class="sui-text-xs sui-text-success">Free</p><p class="sui-text-xs sui-text-subtle">Tomorrow</p>'
        if (tool.price or 0) >= 45 or tool.price is None
        else '<p class="sui-text-xs sui-font-bold">Ship to Home</p><p class="sui-text-xs sui-text-subtle">Free with $45 order</p>'
    )
    return f"""<div data-testid="fulfillment" class="sui-grid sui-grid-cols-2 sui-gap-2 sui-border-t sui-border-primary sui-pt-2 sui-mt-auto">
              <div class="sui-flex sui-flex-col">{pickup}</div>
              <div class="sui-flex sui-flex-col">{delivery}</div>
            </div>"""


def _ty_pod(tool: Tool, position: int, sponsored: bool, eager: bool) -> str:
    url = _ty_url(tool)
    if sponsored:
        url += f"?sponsoredId={_hex(str(tool.item_id) + 'ad', 12)}&slot={position}"
    image = _ty_image(tool)
    srcset = f"{image.replace('_300.jpg', '_400.jpg')} 400w, {image.replace('_300.jpg', '_600.jpg')} 600w"
    img = (
        f'<img class="sui-w-full sui-aspect-square sui-object-contain" src="{image}" srcset="{srcset}" sizes="(min-width: 1024px) 300px, 50vw" alt="{esc(tool.brand)} {esc(tool.label)}" width="300" height="300" fetchpriority="high">'
        if eager
        else f'<img class="sui-w-full sui-aspect-square sui-object-contain" src="{image}" srcset="{srcset}" sizes="(min-width: 1024px) 300px, 50vw" alt="{esc(tool.brand)} {esc(tool.label)}" width="300" height="300" loading="lazy" decoding="async">'
    )
    sticker = (
        f'<div class="sui-absolute sui-flex sui-z-10 sui-left-0 sui-top-0" data-testid="pod-sticker"><div class="sui-pl-1 sui-pt-2 sui-pr-2 sui-pb-1 sui-bg-brand sui-text-inverse sui-text-xs sui-font-bold sui-uppercase">{tool.badge}</div></div>'
        if tool.badge and not sponsored
        else ""
    )
    sponsored_label = (
        '<div class="sui-flex sui-justify-between sui-items-center sui-mt-1" data-testid="sponsored-label"><span class="sui-text-xs sui-text-subtle">Sponsored</span><button type="button" class="sui-bg-transparent sui-border-0 sui-p-0" aria-label="Sponsored product information"><svg class="sui-w-3 sui-h-3" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="10"></circle></svg></button></div>'
        if sponsored
        else ""
    )
    more_options = (
        f'<a href="{url}" class="sui-text-xs sui-underline sui-mb-1" data-testid="more-options">More Options Available</a>'
        if tool.item_id % 5 == 0
        else ""
    )
    compare_id = f"compare-{tool.item_id}{'-sp' if sponsored else ''}"
    return f"""
        <div data-testid="product-pod" class="browse-search__pod sui-col-span-12 sm:sui-col-span-6 md:sui-col-span-4 lg:sui-col-span-3" data-product-id="{tool.item_id}" data-type="product" data-pos="{position}">
          <div class="sui-relative sui-flex sui-flex-col sui-h-full sui-p-4 sui-bg-primary sui-border sui-border-primary sui-rounded-base">
            {sticker}
            <div data-testid="product-image__wrapper" class="sui-relative sui-mb-2">
              <a href="{url}" class="sui-block" tabindex="-1" aria-hidden="true">{img}</a>
              {sponsored_label}
              <button type="button" class="sui-absolute sui-top-0 sui-right-0 sui-bg-transparent sui-border-0" aria-label="Add to Favorites" data-testid="favorite-button"><svg class="sui-w-6 sui-h-6" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 21.35 10.55 20C5.4 15.36 2 12.28 2 8.5 2 5.42 4.42 3 7.5 3c1.74 0 3.41.81 4.5 2.09C13.09 3.81 14.76 3 16.5 3 19.58 3 22 5.42 22 8.5c0 3.78-3.4 6.86-8.55 11.54z"></path></svg></button>
            </div>
            {more_options}
            <div data-testid="product-header" class="sui-flex sui-flex-col sui-mb-1">
              <a href="{url}" class="sui-font-regular sui-text-base sui-tracking-normal sui-normal-case sui-line-clamp-unset sui-text-primary focus-visible:sui-bg-focus focus-visible:sui-outline-none hover:sui-underline">
                <p data-testid="attribute-brandname-above" class="sui-text-primary sui-font-w-bold sui-text-base sui-leading-tight sui-m-0">{esc(tool.brand)}</p>
                <span data-testid="attribute-product-label" class="sui-text-primary sui-font-regular sui-mb-1 sui-line-clamp-5 sui-text-ellipsis sui-inline">{esc(tool.label)}</span>
              </a>
            </div>
            <div class="sui-text-xs sui-text-subtle sui-mb-1" data-testid="product-identifier">Model# {esc(tool.model)}</div>
            {_ty_ratings(tool)}
            {_ty_price(tool)}
            {_ty_fulfillment(tool, position)}
            <div class="sui-flex sui-items-center sui-justify-between sui-gap-2 sui-mt-3">
              <div class="sui-flex sui-items-center sui-gap-1"><input type="checkbox" id="{compare_id}" class="sui-w-4 sui-h-4"><label for="{compare_id}" class="sui-text-xs">Compare</label></div>
              <button type="button" class="sui-btn sui-btn-primary sui-px-4 sui-py-2 sui-rounded-base sui-font-bold" data-testid="add-to-cart-button" data-item-id="{tool.item_id}">Add to Cart</button>
            </div>
          </div>
        </div>"""


def _ty_apollo(tools: list[Tool], offset: int, total: int) -> str:
    """The Apollo cache the page hydrates from: raw numbers, unrounded averages, ids."""
    state: dict[str, object] = {"ROOT_QUERY": {"__typename": "Query"}}
    refs = []
    for tool in tools:
        key = f"BaseProduct:{tool.item_id}"
        refs.append({"__ref": key})
        average = None if tool.rating is None else f"{tool.rating - 0.04 + (tool.item_id % 9) / 100:.4f}"
        state[key] = {
            "__typename": "BaseProduct",
            "itemId": str(tool.item_id),
            "dataSources": "catalog",
            "identifiers": {
                "__typename": "Identifiers",
                "brandName": tool.brand,
                "productLabel": tool.label,
                "modelNumber": tool.model,
                "canonicalUrl": _ty_url(tool),
                "storeSkuNumber": str(1000000 + tool.item_id % 999983),
                "productType": "MERCHANDISE",
            },
            'pricing({"storeId":"6543"})': None
            if tool.price is None
            else {
                "__typename": "Pricing",
                "value": tool.price,
                "original": tool.was,
                "mapAboveOriginalPrice": None,
                "message": None,
                "promotion": None
                if tool.was is None
                else {
                    "__typename": "Promotion",
                    "dollarOff": round(tool.was - tool.price, 2),
                    "percentageOff": round((tool.was - tool.price) / tool.was * 100),
                    "savingsCenter": "SPECIAL BUYS" if tool.badge == "Special Buy" else None,
                },
            },
            "reviews": {
                "__typename": "Reviews",
                "ratingsReviews": {
                    "__typename": "RatingsReviews",
                    "averageRating": average,
                    "totalReviews": None if tool.reviews is None else str(tool.reviews),
                },
            },
            'badges({"storeId":"6543"})': []
            if not tool.badge
            else [{"__typename": "Badge", "name": tool.badge.lower().replace(" ", "-"), "label": tool.badge}],
        }
    state["ROOT_QUERY"][
        f'searchModel({{"navParam":"5yc1vZc27f","storefilter":"ALL","channel":"DESKTOP","startIndex":{offset},"pageSize":{TY_PER_PAGE}}})'
    ] = {  # type: ignore[index]
        "__typename": "SearchModel",
        "searchReport": {
            "__typename": "SearchReport",
            "totalProducts": total,
            "startIndex": offset,
            "pageSize": TY_PER_PAGE,
            "sortBy": "topsellers",
        },
        "products": refs,
    }
    return _json_script(state)


def _ty_page_url(page: int) -> str:
    return TY_CATEGORY if page == 0 else f"{TY_CATEGORY}?Nao={page * TY_PER_PAGE}"


def _ty_pagination(page: int, pages: int, shown_from: int, shown_to: int, total: int) -> str:
    items = []
    if page == 0:
        items.append(
            '<li><button type="button" disabled aria-label="Previous" class="sui-btn sui-btn-ghost sui-opacity-50"><svg class="sui-w-4 sui-h-4" viewBox="0 0 24 24" aria-hidden="true"><path d="M15.41 7.41 14 6l-6 6 6 6 1.41-1.41L10.83 12z"></path></svg></button></li>'
        )
    else:
        items.append(
            f'<li><a href="{_ty_page_url(page - 1)}" aria-label="Previous" class="sui-btn sui-btn-ghost"><svg class="sui-w-4 sui-h-4" viewBox="0 0 24 24" aria-hidden="true"><path d="M15.41 7.41 14 6l-6 6 6 6 1.41-1.41L10.83 12z"></path></svg></a></li>'
        )
    for number in range(pages):
        current = ' aria-current="true"' if number == page else ""
        cls = "sui-btn sui-btn-primary" if number == page else "sui-btn sui-btn-ghost"
        items.append(
            f'<li><a href="{_ty_page_url(number)}" aria-label="Go to Page {number + 1}"{current} class="{cls}">{number + 1}</a></li>'
        )
    if page + 1 < pages:
        items.append(
            f'<li><a href="{_ty_page_url(page + 1)}" aria-label="Next" class="sui-btn sui-btn-ghost"><svg class="sui-w-4 sui-h-4" viewBox="0 0 24 24" aria-hidden="true"><path d="M10 6 8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z"></path></svg></a></li>'
        )
    else:
        items.append(
            '<li><button type="button" disabled aria-label="Next" class="sui-btn sui-btn-ghost sui-opacity-50"><svg class="sui-w-4 sui-h-4" viewBox="0 0 24 24" aria-hidden="true"><path d="M10 6 8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z"></path></svg></button></li>'
        )
    return f"""<nav class="sui-flex sui-flex-col sui-items-center sui-gap-2 sui-my-8" aria-label="Pagination Navigation" data-testid="pagination">
        <ul class="sui-flex sui-items-center sui-gap-1 sui-list-none sui-p-0">{"".join(items)}</ul>
        <span class="sui-text-sm sui-text-subtle">Showing {shown_from}-{shown_to} of {total} results</span>
      </nav>"""


def _ty_facets() -> str:
    groups = []
    for index, (name, values) in enumerate(TY_FACETS.items()):
        options = "".join(
            f'<li class="sui-flex sui-items-center sui-gap-2 sui-py-1"><a href="{TY_CATEGORY}Z{_hex(name + value, 4)}" class="sui-flex sui-items-center sui-gap-2 sui-text-sm sui-no-underline sui-text-primary" rel="nofollow"><span class="sui-w-4 sui-h-4 sui-border sui-border-strong sui-rounded-sm" aria-hidden="true"></span><span>{esc(value)}</span><span class="sui-text-subtle">({count})</span></a></li>'
            for value, count in values
        )
        groups.append(
            f"""<section class="sui-border-b sui-border-primary sui-py-3" data-testid="dimension-{slug(name)}">
            <button type="button" class="sui-flex sui-w-full sui-justify-between sui-bg-transparent sui-border-0 sui-font-bold" aria-expanded="{"true" if index < 3 else "false"}">{esc(name)}<svg class="sui-w-4 sui-h-4" viewBox="0 0 24 24" aria-hidden="true"><path d="M7 10l5 5 5-5z"></path></svg></button>
            <ul class="sui-list-none sui-p-0 sui-m-0{"" if index < 3 else " sui-hidden"}">{options}</ul>
          </section>"""
        )
    price = """<section class="sui-border-b sui-border-primary sui-py-3" data-testid="dimension-price">
            <button type="button" class="sui-flex sui-w-full sui-justify-between sui-bg-transparent sui-border-0 sui-font-bold" aria-expanded="true">Price</button>
            <form class="sui-flex sui-items-center sui-gap-2" action="/b/Tools-Power-Tools-Drills/N-5yc1vZc27f" method="get"><label class="sui-sr-only" for="lowerBound">Min</label><input id="lowerBound" name="lowerbound" placeholder="$ Min" class="sui-w-20"><span>-</span><label class="sui-sr-only" for="upperBound">Max</label><input id="upperBound" name="upperbound" placeholder="$ Max" class="sui-w-20"><button type="submit" class="sui-btn sui-btn-secondary">Go</button></form>
          </section>"""
    return "\n          ".join([price, *groups])


def _ty_visual_nav() -> str:
    tiles = "".join(
        f'<li class="sui-flex sui-flex-col sui-items-center sui-w-32"><a href="/b/Tools-Power-Tools-Drills-{name.replace(" ", "-")}/{code}" class="sui-flex sui-flex-col sui-items-center sui-no-underline sui-text-primary"><img src="{TY_IMG}/visnav/{slug(name)}-{_hex(name, 6)}.png" alt="" width="100" height="100" loading="lazy"><span class="sui-text-sm sui-text-center sui-mt-1">{esc(name)}</span></a></li>'
        for name, code in TY_SUBCATEGORIES
    )
    return f"""<section class="sui-my-6" data-testid="visual-navigation" aria-labelledby="shop-by-category">
        <h2 id="shop-by-category" class="sui-text-xl sui-font-display sui-mb-3">Shop by Category</h2>
        <ul class="sui-flex sui-gap-4 sui-list-none sui-p-0 sui-overflow-x-auto">{tiles}</ul>
      </section>"""


def _ty_carousel() -> str:
    cards = []
    for tool in TY_CAROUSEL:
        dollars, cents = f"{tool.price:.2f}".split(".")
        url = f"{_ty_url(tool)}?sponsoredId={_hex(str(tool.item_id) + 'carousel', 12)}&slot=carousel"
        was = (
            f'<span class="sui-text-xs sui-text-subtle sui-line-through sui-ml-1">${tool.was:,.2f}</span>'
            if tool.was
            else ""
        )
        cards.append(
            f"""<li class="sui-flex-none sui-w-48" data-testid="carousel-product">
              <a href="{url}" class="sui-block sui-no-underline sui-text-primary">
                <img src="{_ty_image(tool)}" alt="{esc(tool.brand)} {esc(tool.label)}" width="160" height="160" loading="lazy">
                <p class="sui-font-w-bold sui-text-sm sui-m-0">{esc(tool.brand)}</p>
                <span class="sui-text-sm sui-line-clamp-3">{esc(tool.label)}</span>
              </a>
              <span role="img" aria-label="{tool.rating} out of 5 stars" class="sui-text-xs">★★★★★</span> <span class="sui-text-xs sui-text-subtle">({tool.reviews})</span>
              <div class="price-format__main-price sui-flex sui-items-start"><span class="sui-text-sm">$</span><span class="sui-text-2xl sui-font-display">{dollars}</span><span class="sui-text-sm">{cents}</span>{was}</div>
              <span class="sui-text-xs sui-text-subtle">Sponsored</span>
            </li>"""
        )
    return f"""<section class="sui-my-8" data-testid="sponsored-products-carousel" aria-labelledby="sponsored-products">
        <h2 id="sponsored-products" class="sui-text-xl sui-font-display">Sponsored Products</h2>
        <ul class="sui-flex sui-gap-4 sui-list-none sui-p-0 sui-overflow-x-auto">{"".join(cards)}</ul>
      </section>"""


TY_FOOTER = [
    (
        "How Can We Help?",
        [
            "Check Order Status",
            "Pay Your Credit Card",
            "Order Cancellation",
            "Returns",
            "Shipping & Delivery",
            "Product Recalls",
            "Help Center",
        ],
    ),
    (
        "Resources",
        [
            "Specials & Offers",
            "DIY Projects & Ideas",
            "Truck & Tool Rental",
            "Installation Services",
            "Moving Supplies",
            "Protection Plans",
            "Gift Cards",
        ],
    ),
    (
        "About Us",
        [
            "Careers",
            "Corporate Information",
            "Digital Newsroom",
            "Investor Relations",
            "Government Customers",
            "Suppliers & Providers",
            "Affiliate Program",
        ],
    ),
]


def _ty_page(page: int, pages: int, pods: str, tools_here: list[Tool], offset: int, total: int) -> str:
    shown_from, shown_to = offset + 1, offset + len(tools_here)
    footer = "".join(
        f'<div class="sui-flex sui-flex-col"><h3 class="sui-text-base sui-font-bold">{esc(title)}</h3><ul class="sui-list-none sui-p-0">'
        + "".join(
            f'<li><a href="/c/{slug(link)}" class="sui-text-sm sui-text-primary">{esc(link)}</a></li>' for link in links
        )
        + "</ul></div>"
        for title, links in TY_FOOTER
    )
    breadcrumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "/"},
            {"@type": "ListItem", "position": 2, "name": "Tools", "item": "/b/Tools/N-5yc1vZc1xy"},
            {"@type": "ListItem", "position": 3, "name": "Power Tools", "item": "/b/Tools-Power-Tools/N-5yc1vZc298"},
            {"@type": "ListItem", "position": 4, "name": "Drills"},
        ],
    }
    prev_link = f'<link rel="prev" href="{_ty_page_url(page - 1)}">' if page else ""
    next_link = f'<link rel="next" href="{_ty_page_url(page + 1)}">' if page + 1 < pages else ""
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Drills - Power Tools - The Toolyard</title>
<meta name="description" content="Get free shipping on qualified Drills products or Buy Online Pick Up in Store today in the Tools Department.">
<link rel="canonical" href="{_ty_page_url(page)}">
{prev_link}{next_link}
<link rel="preconnect" href="https://images.toolyard-static.example">
<link rel="stylesheet" href="https://assets.toolyard-static.example/experiences/browse-search/styles.7c2e91.css">
<script type="application/ld+json">{_json_script(breadcrumbs)}</script>
<script>window.THD_GLOBAL = {{"pageType":"browse","channel":"desktop","storeId":"6543","storeName":"{TY_STORE}","zipCode":"78704","experience":"browse-search","version":"25.3.1"}};</script>
</head>
<body class="sui-bg-secondary">
<a href="#main-content" class="sui-sr-only focus:sui-not-sr-only">Skip to Main Content</a>
<div class="sui-bg-brand sui-text-inverse sui-text-center sui-text-sm sui-py-1" data-testid="promo-banner"><a href="/c/free-delivery" class="sui-text-inverse">Free Delivery on Thousands of Items | Details</a></div>
<header class="sui-bg-primary sui-shadow-sm" data-testid="header">
  <div class="sui-flex sui-items-center sui-gap-4 sui-px-4 sui-py-2">
    <a href="/" class="sui-flex-none" aria-label="The Toolyard Home"><svg class="sui-w-12 sui-h-12" viewBox="0 0 48 48" aria-hidden="true"><rect width="48" height="48" class="sui-fill-brand"></rect><path d="M10 34V14h28v20z" fill="#fff"></path></svg></a>
    <button type="button" class="sui-btn sui-btn-ghost" aria-haspopup="dialog" data-testid="header-shop-all">Shop All</button>
    <a href="/c/services" class="sui-text-sm">Services</a><a href="/c/diy_projects_and_ideas" class="sui-text-sm">DIY</a>
    <form class="sui-flex sui-flex-1" role="search" action="/s/" method="get"><label for="headerSearch" class="sui-sr-only">What can we help you find today?</label><input id="headerSearch" name="keyword" type="search" placeholder="What can we help you find today?" class="sui-flex-1" autocomplete="off"><button type="submit" aria-label="Search" class="sui-btn sui-btn-primary">Search</button></form>
    <button type="button" class="sui-flex sui-flex-col sui-text-left sui-bg-transparent sui-border-0" data-testid="my-store"><span class="sui-text-xs sui-text-subtle">{TY_STORE}</span><span class="sui-text-xs sui-text-success">Open until 10 pm</span></button>
    <a href="/auth/view/signin" class="sui-text-sm">Sign In</a><a href="/mycart/home" class="sui-text-sm" aria-label="Cart, 0 items">Cart</a>
  </div>
</header>
<main id="main-content" class="sui-max-w-screen-2xl sui-mx-auto sui-px-4">
  <nav aria-label="Breadcrumb" class="sui-text-sm sui-my-3" data-testid="breadcrumbs"><ol class="sui-flex sui-gap-1 sui-list-none sui-p-0"><li><a href="/">Home</a> /</li><li><a href="/b/Tools/N-5yc1vZc1xy">Tools</a> /</li><li><a href="/b/Tools-Power-Tools/N-5yc1vZc298">Power Tools</a> /</li><li aria-current="page">Drills</li></ol></nav>
  <h1 class="sui-text-4xl sui-font-display sui-uppercase sui-m-0">Drills</h1>
  <div class="sui-my-4" data-testid="sponsored-banner"><a href="/b/VOLTMAX/N-5yZc3ko?promo=spring-tool-event&amp;cm_sp=sponsored-banner" class="sui-block"><img src="{TY_IMG}/banners/voltmax-spring-tool-event-1440x120.jpg" alt="VOLTMAX Spring Tool Event: Buy a Select Kit, Get a Free Tool" width="1440" height="120" loading="lazy"></a><span class="sui-text-xs sui-text-subtle">Sponsored</span></div>
  {_ty_visual_nav() if page == 0 else ""}
  <div class="sui-grid sui-grid-cols-12 sui-gap-6">
    <aside class="sui-col-span-3 sui-hidden lg:sui-block" aria-label="Filters" data-testid="refinements">
      <h2 class="sui-text-lg sui-font-bold">Filters</h2>
      <div class="sui-flex sui-flex-col">
          {_ty_facets()}
      </div>
    </aside>
    <section class="sui-col-span-12 lg:sui-col-span-9" aria-label="Products">
      <div class="sui-flex sui-justify-between sui-items-center sui-mb-3" data-testid="results-header">
        <span class="sui-text-base"><span class="sui-font-bold">{total}</span> Results</span>
        <div class="sui-flex sui-items-center sui-gap-2"><label for="sortBy" class="sui-text-sm">Sort by</label><select id="sortBy" class="sui-text-sm"><option selected>Top Sellers</option><option>Price Low to High</option><option>Price High to Low</option><option>Top Rated Products</option><option>Newest</option></select></div>
      </div>
      <div class="sui-flex sui-gap-2 sui-mb-4" data-testid="quick-filters"><button type="button" class="sui-btn sui-btn-secondary sui-rounded-full">Pick Up Today</button><button type="button" class="sui-btn sui-btn-secondary sui-rounded-full">Get It Fast</button><button type="button" class="sui-btn sui-btn-secondary sui-rounded-full">Special Buys</button></div>
      <div class="browse-search__pods sui-grid sui-grid-cols-12 sui-gap-4" data-testid="product-results">{pods}
      </div>
      {_ty_pagination(page, pages, shown_from, shown_to, total)}
    </section>
  </div>
  {_ty_carousel()}
  <section class="sui-my-8" data-testid="related-searches"><h2 class="sui-text-lg sui-font-bold">Related Searches</h2><ul class="sui-flex sui-flex-wrap sui-gap-2 sui-list-none sui-p-0"><li><a href="/s/cordless%20drill">cordless drill</a></li><li><a href="/s/hammer%20drill">hammer drill</a></li><li><a href="/s/drill%20bits">drill bits</a></li><li><a href="/s/impact%20driver">impact driver</a></li><li><a href="/s/brushless%20drill">brushless drill</a></li></ul></section>
  <section class="sui-my-8 sui-text-sm" data-testid="category-description"><h2 class="sui-text-lg sui-font-bold">About Drills</h2><p>From cordless drill/drivers for cabinet work to corded hammer drills for masonry, compare chuck sizes, voltage and speed settings to find the right drill for the job. Many kits include batteries, a charger and a storage bag.</p></section>
</main>
<footer class="sui-bg-inverse sui-text-inverse sui-py-8" data-testid="footer">
  <div class="sui-grid sui-grid-cols-3 sui-gap-6 sui-max-w-screen-xl sui-mx-auto">{footer}</div>
  <p class="sui-text-xs sui-text-center sui-mt-6">© 2000-2025 Toolyard Product Authority, LLC. All Rights Reserved. Use of this site is subject to certain <a href="/c/Terms_of_Use" class="sui-text-inverse">Terms Of Use</a>. <a href="/privacy/Privacy_Security" class="sui-text-inverse">Privacy &amp; Security Statement</a> · <a href="/privacy/choices" class="sui-text-inverse">Your Privacy Choices</a></p>
</footer>
<div id="chat-launcher" class="sui-fixed sui-bottom-4 sui-right-4"><button type="button" class="sui-btn sui-btn-primary sui-rounded-full" aria-label="Chat with us">Chat</button></div>
<script>window.__APOLLO_STATE__={_ty_apollo(tools_here, offset, total)};</script>
<script src="https://assets.toolyard-static.example/experiences/browse-search/runtime.4b8e1f.js" defer></script>
<script src="https://assets.toolyard-static.example/experiences/browse-search/main.c91a07.js" defer></script>
</body>
</html>"""


@twelfth
def build_toolyard() -> None:
    s = Site(
        "toolyard",
        kind="product category grid (Home Depot 2024–25: sui- utility classes and data-testid pods, brand above the label, 'Model#', split dollar/cent price spans, Was/Save, 'See Lower Price in Cart', sponsored pods and carousel, Apollo state, ?Nao=24)",
        start=TY_CATEGORY.lstrip("/"),
        description="A Home Depot category page (Drills, 2024–25): promo bar, header with store and search, breadcrumbs, h1, a sponsored banner, Shop by Category tiles, a filter rail with counts, '28 Results' and Sort by, quick filters; pods div[data-testid=product-pod] of sui- classes: a badge sticker on some, image link, 'Sponsored' label on paid pods (two repeat products of the grid), 'More Options Available' on some, the brand in p[data-testid=attribute-brandname-above] and the label in span[data-testid=attribute-product-label] inside one link, 'Model# …', a role=img aria-label '4.7 out of 5 stars' of five clipped svg stars and '(18422)', the price as '$' / dollars / cents spans with no point, 'Was $159.00' and 'Save $60.00 (38%)', 'Limit 5 per order', 'See Lower Price in Cart' instead of a price on one, pickup and delivery blocks, Compare and Add to Cart; a pager (Go to Page N, Next) to ?Nao=24 with 'Showing 1-24 of 28 results'; a Sponsored Products carousel, related searches, a footer of link columns and window.__APOLLO_STATE__ with raw prices and unrounded ratings.",
    )
    pages = [TY_TOOLS[at : at + TY_PER_PAGE] for at in range(0, len(TY_TOOLS), TY_PER_PAGE)]
    #: Where the paid pods go, by page: (position before which it is shown, sponsored product).
    placements = {0: {0: TY_SPONSORED[0], 1: TY_SPONSORED[1], 12: TY_SPONSORED[2]}, 1: {2: TY_SPONSORED[3]}}
    for page, tools in enumerate(pages):
        parts = []
        position = 0
        for index, tool in enumerate(tools):
            paid = placements.get(page, {}).get(index)
            if paid is not None:
                position += 1
                parts.append(_ty_pod(paid, position, True, position <= 4))
            position += 1
            parts.append(_ty_pod(tool, position, False, position <= 4))
        offset = page * TY_PER_PAGE
        s.list_page(
            _ty_page_url(page).lstrip("/").replace("?", "@") if page else TY_CATEGORY.lstrip("/") + "/index.html",
            _ty_page(page, len(pages), "".join(parts), tools, offset, len(TY_TOOLS)),
        )
    for tool in TY_TOOLS:
        s.expect(
            {
                "title": tool.label,
                "url": _ty_url(tool),
                "brand": tool.brand,
                "model": tool.model,
                "price": tool.price,
                "currency": "USD" if tool.price is not None else None,
                "original_price": tool.was,
                "rating": tool.rating,
                "review_count": tool.reviews,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# modmill (FROZEN)
# ---------------------------------------------------------------------------------------------------

MM_APPID = 2218750
MM_GAME = "Harbourfall"
MM_QUERY = "scenario"
MM_PER_PAGE = 9
MM_UGC = "https://images.steamusercontent.example/ugc"
MM_STATIC = "https://community.fastly.steamstatic.example/public"
MM_STORE = "https://store.steampowered.example"


@dataclass
class WorkshopItem:
    """One tile of the workshop browse grid."""

    title: str
    file_id: int
    author: str
    profile: str
    rating: int | None
    description: str


MM_ITEMS = [
    WorkshopItem(
        "Saltmarsh Delta — Flooded Start",
        3211458820,
        "Quillon",
        "id/quillon",
        5,
        "Start on the last dry ridge of a river delta. Floods every third autumn; dikes unlock in year 2. Scenario goals: 400 residents, a working tide mill and no famine.",
    ),
    WorkshopItem(
        "Iron Coast (Hard Start, No Rail)",
        3198774021,
        "Vesna Korhonen",
        "profiles/76561198031572244",
        5,
        "A hard scenario on a rocky northern coast. No railways allowed, iron only from the sea caves. Tested with the Spring 2025 update.",
    ),
    WorkshopItem(
        "The Three Lighthouses",
        3220193544,
        "mapwright_ben",
        "id/mapwrightben",
        4,
        "Light all three lighthouses before the first winter storm. A short scenario (2-3 hours) for new captains.",
    ),
    WorkshopItem(
        "Frostbound Fjord | Winter Scenario",
        3187650913,
        "Tidewater Collective",
        "id/tidewatercollective",
        5,
        "Eight months of winter, two of thaw. Ice roads open in December. Includes custom events and a frozen-harbour challenge.",
    ),
    WorkshopItem(
        "Archipelago of Lanterns [v2.1]",
        3164320875,
        "Oyelaran",
        "profiles/76561198120443907",
        4,
        "Twelve small islands joined by ferries. v2.1: fixed the ferry pathing bug and rebalanced fish stocks.",
    ),
    WorkshopItem(
        "Quarry Town: 1 Island, 0 Trade",
        3225509136,
        "grimble",
        "id/grimble",
        None,
        "One island, no trade routes, a single stone quarry. How big can you grow? New upload, feedback welcome!",
    ),
    WorkshopItem(
        "Harbour of Saint Colm",
        3142098764,
        "Maeve O'Dwyer",
        "profiles/76561197994012866",
        5,
        "A story scenario in five chapters around a monastery harbour. Voice-over free, fully written events.",
    ),
    WorkshopItem(
        "Canal City Challenge",
        3209981457,
        "Pip & Hollis",
        "id/pipandhollis",
        4,
        "Build a city where every district is reachable by canal boat. Road tiles are limited to 150.",
    ),
    WorkshopItem(
        "Red Cliffs Rescue",
        3217742085,
        "Tarn",
        "profiles/76561198077310452",
        3,
        "Shipwrecked settlers need a harbour before the autumn gales. Time-limited scenario with three difficulty levels.",
    ),
    WorkshopItem(
        "Windless Bay — Survival Scenario",
        3201178630,
        "Kestrel_Maps",
        "id/kestrelmaps",
        5,
        "No wind for the mills, no sails for the boats. Survive five years on rowing power and peat.",
    ),
    WorkshopItem(
        "Floodplain Farmers",
        3190054412,
        "Hannelore",
        "profiles/76561198003458719",
        4,
        "Rich soil, yearly floods. Plan your granaries above the waterline. Relaxed scenario, no raids.",
    ),
    WorkshopItem(
        "Smugglers' Cove (Story Scenario)",
        3222840997,
        "Ravi Menon",
        "id/ravimenon",
        5,
        "Run a smuggling harbour under the nose of the excise cutter. Branching story with two endings.",
    ),
    WorkshopItem(
        "Twin Rivers Trade Route",
        3175563208,
        "oakbarrel",
        "id/oakbarrel",
        4,
        "Two rival towns on two rivers. Link them with a trade route before the merchant guild picks a side.",
    ),
    WorkshopItem(
        "Ashfall Isle",
        3226018743,
        "Dune Sparrow",
        "profiles/76561198260981134",
        None,
        "A volcanic island scenario. Ash ruins the fields every few years; glass and pumice pay for the food.",
    ),
    WorkshopItem(
        "Old Mill Valley ★ Beginner Friendly",
        3158847120,
        "Lisbet",
        "id/lisbet_maps",
        5,
        "Gentle first scenario: a sheltered valley, a river for the mill and tutorials in the event log.",
    ),
    WorkshopItem(
        "Stormwatch Point",
        3213390561,
        "Cormac Fairlie",
        "profiles/76561198045120397",
        4,
        "Keep the storm beacon lit and the lifeboat crewed while the town grows around the point.",
    ),
    WorkshopItem(
        "Mudflat Metropolis",
        3204476819,
        "kiln & keel",
        "id/kilnandkeel",
        3,
        "Build a big city on tidal mudflats. Foundations cost double; every tide matters.",
    ),
    WorkshopItem(
        "The Long Winter — 12 Year Scenario",
        3182209935,
        "Vesna Korhonen",
        "profiles/76561198031572244",
        5,
        "A twelve-year survival scenario where each winter is longer than the last. For experienced players.",
    ),
    WorkshopItem(
        "Coral Shelf Outpost",
        3219075386,
        "Quillon",
        "id/quillon",
        4,
        "A warm-water outpost on a coral shelf. Pearls for trade, storms for company.",
    ),
    WorkshopItem(
        "Peat Bog Pioneers",
        3168930147,
        "Aurelio",
        "profiles/76561198188204561",
        4,
        "Drain the bog, cut the peat, keep the village warm. A slow-paced scenario with a farming focus.",
    ),
    WorkshopItem(
        "Ninefold Harbour",
        3196612078,
        "mapwright_ben",
        "id/mapwrightben",
        5,
        "Nine harbour basins, nine guilds, one harbour master: you. Guild requests drive the scenario.",
    ),
    WorkshopItem(
        "Glacier Tongue",
        3224197752,
        "Frida N.",
        "profiles/76561198301552790",
        None,
        "Settle the edge of a retreating glacier. Meltwater lakes appear as the years pass.",
    ),
    WorkshopItem(
        "Tidal Lock: Canal Puzzle",
        3185402619,
        "Pip & Hollis",
        "id/pipandhollis",
        4,
        "A puzzle scenario: route the ships through tidal locks that only open at high water.",
    ),
    WorkshopItem(
        "Basalt Steps",
        3207725194,
        "Rowan Achterberg",
        "profiles/76561198122784036",
        3,
        "Terraced basalt columns leave little flat ground. Build up, not out.",
    ),
    WorkshopItem(
        "Eel River Estuary",
        3151190438,
        "Tidewater Collective",
        "id/tidewatercollective",
        5,
        "An estuary scenario around eel fishing and salt pans. Updated for the 1.4 economy changes.",
    ),
    WorkshopItem(
        "Seven Bells Bay",
        3215836027,
        "Ines Carvalho",
        "profiles/76561198214470382",
        4,
        "Seven chapels, seven bells, one bay. Ring them all to win; each needs a different trade good.",
    ),
    WorkshopItem(
        "Lastlight Reef (Hardcore)",
        3223361980,
        "grimble",
        "id/grimble",
        2,
        "Hardcore: one fishing hut, one reef, permanent storms. Most runs end in year two.",
    ),
]

MM_TAGS = [
    "Maps",
    "Scenarios",
    "Buildings",
    "Ships",
    "Decorations",
    "Gameplay",
    "Translations",
    "Small",
    "Medium",
    "Large",
]


def _mm_browse_url(page: int, per_page: int = MM_PER_PAGE) -> str:
    return f"/workshop/browse/?appid={MM_APPID}&searchtext={MM_QUERY}&childpublishedfileid=0&browsesort=textsearch&section=readytouseitems&actualsort=textsearch&p={page}&numperpage={per_page}"


def _mm_item_url(item: WorkshopItem) -> str:
    return f"/sharedfiles/filedetails/?id={item.file_id}&searchtext={MM_QUERY}"


def _mm_preview(item: WorkshopItem) -> str:
    ugc = 1_900_000_000_000_000_000 + int(_hex(str(item.file_id), 14), 16) % 10**18
    return f"{MM_UGC}/{ugc}/{_hex(item.title, 40).upper()}/?imw=200&imh=200&ima=fit&impolicy=Letterbox&imcolor=%23000000&letterbox=true"


def _mm_rating_image(item: WorkshopItem) -> str:
    name = "not-yet" if item.rating is None else f"{item.rating}-star"
    return f"{MM_STATIC}/images/sharedfiles/{name}.png?v=2"


def _mm_hover(item: WorkshopItem) -> str:
    """The tooltip data each tile binds, as the page writes it (non-ASCII and slashes escaped)."""
    data = {
        "id": str(item.file_id),
        "title": item.title,
        "description": item.description,
        "user_subscribed": False,
        "user_favorited": False,
        "played": False,
        "appid": MM_APPID,
    }
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=True).replace("/", "\\/")
    return f'\t\t\t<script>\n\t\t\t\tSharedFileBindMouseHover( "sharedfile_{item.file_id}", false, {text} );\n\t\t\t</script>'


def _mm_tile(item: WorkshopItem) -> str:
    url = _mm_item_url(item)
    return f"""
			<div data-panel="{{&quot;type&quot;:&quot;PanelGroup&quot;}}" class="workshopItem">
				<a href="{url}" class="ugc" data-appid="{MM_APPID}" data-publishedfileid="{item.file_id}">
					<div id="sharedfile_{item.file_id}" class="workshopItemPreviewHolder  ">
						<img class="workshopItemPreviewImage  aspectratio_square" src="{_mm_preview(item)}">
						<div class="workshopItemSubscriptionControls aspectratio_square"><span class="action_wait" id="action_wait_{item.file_id}" style="display: none;"></span></div>
					</div>
				</a>
				<img class="workshop_checkmark" id="check_{item.file_id}" src="{MM_STATIC}/images/sharedfiles/checkmark.png" style="display: none;">
				<img class="fileRating" src="{_mm_rating_image(item)}" />
				<a data-panel="{{&quot;focusable&quot;:false}}" href="{url}" class="item_link"><div class="workshopItemTitle ellipsis">{esc(item.title)}</div></a>
				<div class="workshopItemAuthorName ellipsis">by&nbsp;<a class="workshop_author_link" href="/{item.profile}/myworkshopfiles/?appid={MM_APPID}">{esc(item.author)}</a></div>
				<div style="clear: both"></div>
			</div>
{_mm_hover(item)}"""


def _mm_paging(page: int, pages: int, shown_from: int, shown_to: int, total: int) -> str:
    controls = []
    if page > 1:
        controls.append(f'<a class="pagebtn" href="{esc(_mm_browse_url(page - 1))}">&lt;</a>')
    for number in range(1, pages + 1):
        if number == page:
            controls.append(f'<span class="pagelink">{number}</span>')
        else:
            controls.append(f'<a class="pagelink" href="{esc(_mm_browse_url(number))}">{number}</a>')
    if page < pages:
        controls.append(f'<a class="pagebtn" href="{esc(_mm_browse_url(page + 1))}">&gt;</a>')
    per_page = " ".join(
        f'<span class="workshopBrowsePagingPerPage selected">{size}</span>'
        if size == MM_PER_PAGE
        else f'<a class="workshopBrowsePagingPerPage" href="{esc(_mm_browse_url(1, size))}">{size}</a>'
        for size in (9, 18, 30)
    )
    return f"""<div class="workshopBrowsePagingWithBG">
			<div class="workshopBrowsePaging">
				<div class="workshopBrowsePagingInfo">Showing {shown_from}-{shown_to} of {total} entries</div>
				<div class="workshopBrowsePagingControls">
					&nbsp;{"&nbsp;".join(controls)}&nbsp;
				</div>
				<div class="workshopBrowsePagingPerPageCtn">per page: {per_page}</div>
				<div style="clear: both;"></div>
			</div>
		</div>"""


def _mm_menu(name: str, items: list[tuple[str, str]]) -> str:
    links = "".join(f'\n\t\t\t\t\t\t<a class="submenuitem" href="{href}">{esc(label)}</a>' for label, href in items)
    return f'<div class="submenu_{name}" style="display: none;" data-submenuid="{name}">{links}\n\t\t\t\t\t</div>'


def _mm_page(page: int, pages: int, tiles: str, shown_from: int, shown_to: int, total: int) -> str:
    store_menu = _mm_menu(
        "Store",
        [
            ("Home", f"{MM_STORE}/"),
            ("Discovery Queue", f"{MM_STORE}/explore/"),
            ("Wishlist", f"{MM_STORE}/wishlist/"),
            ("Points Shop", f"{MM_STORE}/points/shop/"),
            ("News", f"{MM_STORE}/news/"),
            ("Charts", f"{MM_STORE}/charts/"),
        ],
    )
    community_menu = _mm_menu(
        "Community",
        [
            ("Home", "/"),
            ("Discussions", "/discussions/"),
            ("Workshop", "/workshop/"),
            ("Market", "/market/"),
            ("Broadcasts", "/?subsection=broadcasts"),
        ],
    )
    tags = "".join(
        f'\n\t\t\t\t\t<div class="filterOption"><input type="checkbox" name="requiredtags[]" value="{tag}" class="inputTagsFilter" id="{tag}"><label for="{tag}">{tag}</label></div>'
        for tag in MM_TAGS
    )
    tabs = "".join(
        f'<a class="apphub_sectionTab{" active" if label == "Workshop" else ""}" href="/app/{MM_APPID}{path}"><span>{label}</span></a>'
        for label, path in [
            ("All", ""),
            ("Discussions", "/discussions/"),
            ("Screenshots", "/screenshots/"),
            ("Artwork", "/images/"),
            ("Broadcasts", "/broadcasts/"),
            ("Videos", "/videos/"),
            ("Workshop", "/workshop/"),
            ("News", "/allnews/"),
            ("Guides", "/guides/"),
            ("Reviews", "/reviews/"),
        ]
    )
    globals_js = _json_script(
        {
            "EUNIVERSE": 1,
            "WEB_UNIVERSE": "public",
            "LANGUAGE": "english",
            "COUNTRY": "GB",
            "SNR": "2_100100_100101__",
            "COMMUNITY_BASE_URL": "/",
            "LOGIN_BASE_URL": "/login/",
            "APPID": MM_APPID,
            "SEARCHTEXT": MM_QUERY,
            "TOTAL": total,
            "PAGE": page,
            "NUMPERPAGE": MM_PER_PAGE,
        }
    )
    return f"""<!DOCTYPE html>
<html class=" responsive DesktopUI" lang="en">
<head>
		<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
			<meta name="viewport" content="width=device-width,initial-scale=1">
		<meta name="theme-color" content="#171a21">
		<title>Steam Workshop::{MM_GAME}</title>
	<link rel="shortcut icon" href="/favicon.ico" type="image/x-icon">
	<link href="{MM_STATIC}/shared/css/motiva_sans.css?v=-yZgCk0Nu7kH&amp;l=english" rel="stylesheet" type="text/css">
<link href="{MM_STATIC}/shared/css/buttons.css?v=0XLBDMXA1nYM&amp;l=english" rel="stylesheet" type="text/css">
<link href="{MM_STATIC}/css/skin_1/workshop.css?v=V1qlvSPnDjN3&amp;l=english" rel="stylesheet" type="text/css">
<link href="{MM_STATIC}/css/skin_1/workshop_browse.css?v=7yJpn3CQfxUb&amp;l=english" rel="stylesheet" type="text/css">
<script type="text/javascript" src="{MM_STATIC}/shared/javascript/jquery-1.8.3.min.js?v=.TZ2NKhB-nliU&amp;l=english"></script>
<script type="text/javascript">$J = jQuery.noConflict();</script>
<script type="text/javascript" src="{MM_STATIC}/javascript/workshop_functions.js?v=Z-4YkdB6ZBWh&amp;l=english"></script>
<script type="text/javascript">
	var __PrototypePreserve=[];
	g_sessionID = "{_hex("session" + str(page), 24)}";
	g_steamID = false;
	g_strLanguage = "english";
	g_CommunityPreferences = {{"hide_adult_content_violence":1,"hide_adult_content_sex":1,"parenthesize_nicknames":0,"text_filter_setting":1,"text_filter_ignore_friends":1,"text_filter_words_revision":0,"timestamp_updated":0}};
	var g_rgConfig = {globals_js};
</script>
<meta name="twitter:card" content="summary_large_image">
<meta property="og:title" content="Steam Workshop::{MM_GAME}">
<meta property="og:image" content="https://shared.fastly.steamstatic.example/community_assets/images/apps/{MM_APPID}/header.jpg">
<link rel="image_src" href="https://shared.fastly.steamstatic.example/community_assets/images/apps/{MM_APPID}/header.jpg">
</head>
<body class="flat_page responsive_page">

<div class="responsive_page_frame with_header">
	<div role="navigation" class="responsive_page_menu_ctn mainmenu" aria-label="Mobile Menu">
		<div class="responsive_page_menu" id="responsive_page_menu">
			<div class="mainmenu_contents">
				<div class="mainmenu_contents_items">
					<a class="menuitem" href="/login/home/?goto=workshop%2Fbrowse%2F">Sign in</a>
					<a class="menuitem supernav" href="{MM_STORE}/">Store</a>
					<a class="menuitem supernav" href="/">Community</a>
					<a class="menuitem" href="{MM_STORE}/about/">About</a>
					<a class="menuitem" href="https://help.steampowered.example/en/">Support</a>
				</div>
			</div>
		</div>
	</div>
	<div class="responsive_page_content">
		<div id="global_header" data-panel="{{&quot;flow-children&quot;:&quot;row&quot;}}">
			<div class="content">
				<div class="logo">
					<span id="logo_holder"><a href="{MM_STORE}/?snr=1_5_9__global-header" aria-label="Link to the Steam Homepage"><img src="{MM_STATIC}/shared/images/header/logo_steam.svg?t=962016" width="176" height="44" alt="Link to the Steam Homepage"></a></span>
				</div>
				<div class="supernav_container" role="navigation" aria-label="Global Menu">
					<a class="menuitem supernav" href="{MM_STORE}/?snr=1_5_9__global-header" data-tooltip-type="selector" data-tooltip-content=".submenu_Store">STORE</a>
					{store_menu}
					<a class="menuitem supernav supernav_active" href="/" data-tooltip-type="selector" data-tooltip-content=".submenu_Community">COMMUNITY</a>
					{community_menu}
					<a class="menuitem" href="{MM_STORE}/about/">About</a>
					<a class="menuitem" href="https://help.steampowered.example/en/">SUPPORT</a>
				</div>
				<div id="global_actions">
					<div role="navigation" id="global_action_menu" aria-label="Account Menu">
						<a class="header_installsteam_btn header_installsteam_btn_green" href="{MM_STORE}/about/"><div class="header_installsteam_btn_content">Install Steam</div></a>
						<a class="global_action_link" href="/login/home/?goto=workshop%2Fbrowse%2F%3Fappid%3D{MM_APPID}">login</a>
						&nbsp;|&nbsp;
						<span class="pulldown global_action_link" id="language_pulldown">language</span>
					</div>
				</div>
			</div>
		</div>
		<div class="responsive_page_template_content" id="responsive_page_template_content" data-panel="{{&quot;autoFocus&quot;:true}}">
			<div class="apphub_background">
				<div class="apphub_HomeHeaderContent">
					<div class="apphub_HeaderTop workshop">
						<div class="apphub_AppLogo"><img src="https://shared.fastly.steamstatic.example/community_assets/images/apps/{MM_APPID}/{_hex("icon", 40)}.jpg" alt=""></div>
						<div class="apphub_AppName ellipsis">{MM_GAME}</div>
						<div class="apphub_OtherSiteInfo responsive_hidden"><a class="btnv6_blue_hoverfade btn_medium" href="{MM_STORE}/app/{MM_APPID}"><span>Store Page</span></a></div>
						<div style="clear: left;"></div>
					</div>
					<div class="apphub_sectionTabs">{tabs}</div>
					<div class="apphub_HeaderBottom workshop">
						<div class="workshop_browse_menu_area">
							<a class="workshop_browse_menu_item" href="/app/{MM_APPID}/workshop/">Home</a>
							<div class="workshop_browse_menu_item selected" data-dropdown-html="&lt;a href=&quot;/workshop/browse/?appid={MM_APPID}&amp;browsesort=trend&amp;section=readytouseitems&quot;&gt;Items&lt;/a&gt;&lt;a href=&quot;/workshop/browse/?appid={MM_APPID}&amp;section=collections&quot;&gt;Collections&lt;/a&gt;">Browse</div>
							<a class="workshop_browse_menu_item" href="/workshop/discussions/?appid={MM_APPID}">Discussions</a>
							<a class="workshop_browse_menu_item" href="/workshop/about/?appid={MM_APPID}">About</a>
						</div>
					</div>
				</div>
			</div>
			<div class="apphub_Content">
				<div class="workshopBrowseMainArea">
					<div class="workshopBrowseSortingInfo">
						Showing items matching &quot;<span class="searchedForText">{MM_QUERY}</span>&quot;, sorted by <span class="sortedByText">Relevance</span>
					</div>
					<div id="profileBlock">
						{_mm_paging(page, pages, shown_from, shown_to, total)}
						<div class="workshopBrowseItems">{tiles}
						</div>
						{_mm_paging(page, pages, shown_from, shown_to, total)}
					</div>
				</div>
				<div class="rightDetailsBlock workshopBrowseSideColumn">
					<div class="rightSectionTopTitle">Search {MM_GAME}</div>
					<form id="searchForm" class="workshopSearchForm" action="/workshop/browse/" method="GET">
						<input type="hidden" name="appid" value="{MM_APPID}">
						<input type="text" class="workshopSearchInput" name="searchtext" value="{MM_QUERY}" placeholder="enter search term or tag">
						<input type="hidden" name="childpublishedfileid" value="0">
						<input type="hidden" name="browsesort" value="textsearch">
						<input type="hidden" name="section" value="readytouseitems">
						<button type="submit" class="btn_blue_steamui btn_medium"><span>Search</span></button>
					</form>
					<div class="rightSectionTopTitle">Show:</div>
					<div class="rightSectionHolder">
						<a class="browseOption" href="/workshop/browse/?appid={MM_APPID}&amp;searchtext={MM_QUERY}&amp;browsesort=textsearch&amp;section=items">All</a>
						<div class="browseOption selected">Ready-to-use Items</div>
						<a class="browseOption" href="/workshop/browse/?appid={MM_APPID}&amp;searchtext={MM_QUERY}&amp;browsesort=textsearch&amp;section=collections">Collections</a>
						<a class="browseOption" href="/workshop/browse/?appid={MM_APPID}&amp;searchtext={MM_QUERY}&amp;browsesort=textsearch&amp;section=mtxitems">Curated Items</a>
					</div>
					<div class="rightSectionTopTitle">Sort by:</div>
					<div class="rightSectionHolder">
						<div class="browseOption selected">Relevance</div>
						<a class="browseOption" href="/workshop/browse/?appid={MM_APPID}&amp;browsesort=trend&amp;section=readytouseitems&amp;actualsort=trend&amp;days=7">Most Popular</a>
						<a class="browseOption" href="/workshop/browse/?appid={MM_APPID}&amp;browsesort=totaluniquesubscribers&amp;section=readytouseitems">Most Subscribed</a>
						<a class="browseOption" href="/workshop/browse/?appid={MM_APPID}&amp;browsesort=mostrecent&amp;section=readytouseitems">Most Recent</a>
						<a class="browseOption" href="/workshop/browse/?appid={MM_APPID}&amp;browsesort=lastupdated&amp;section=readytouseitems">Last Updated</a>
					</div>
					<div class="rightSectionTopTitle">Show items tagged with</div>
					<form id="tagFilterForm" class="rightSectionHolder" action="/workshop/browse/" method="GET">{tags}
						<input type="hidden" name="appid" value="{MM_APPID}">
						<button type="submit" class="btn_grey_steamui btn_small_tall"><span>Filter</span></button>
					</form>
				</div>
				<div style="clear: both;"></div>
			</div>
		</div>
		<div id="footer" role="contentinfo">
			<div class="footer_content">
				<div id="footerLogo"><img src="{MM_STATIC}/shared/images/responsive/footerLogo_valve_new.png" alt="Valve Software" border="0"></div>
				<div id="footerText" data-panel="{{&quot;flow-children&quot;:&quot;column&quot;}}">
					© Valve Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other countries.<br>
					Some geospatial data on this website is provided by <a href="https://steamcommunity.example/linkfilter/?u=http%3A%2F%2Fwww.geonames.org" target="_blank" rel="noopener">geonames.org</a>.<br>
					<span class="valve_links">
						<a href="{MM_STORE}/privacy_agreement/" target="_blank">Privacy Policy</a>
						&nbsp; | &nbsp;<a href="{MM_STORE}/legal/" target="_blank">Legal</a>
						&nbsp; | &nbsp;<a href="{MM_STORE}/subscriber_agreement/" target="_blank">Steam Subscriber Agreement</a>
						&nbsp; | &nbsp;<a href="{MM_STORE}/account/cookiepreferences/" target="_blank">Cookies</a>
					</span>
				</div>
				<div class="responsive_optin_link"><div class="btn_medium btnv6_grey_black"><span>View mobile website</span></div></div>
			</div>
		</div>
	</div>
</div>
<div id="cookiePrefPopup" class="cookiepreferences_popup" style="display: none">
	<div class="cookiepreferences_popup_content app_bg">
		<div class="cookiepreferences_popup_title"><div>Cookie Preferences</div></div>
		<div class="cookiepreferences_desc">Steam uses cookies and similar technologies for site functionality, to help make your experience better, and to understand how users interact with our site. <a href="{MM_STORE}/privacy_agreement/#cookies" target="_blank">Privacy Policy</a></div>
		<div class="cookiepreferences_popup_buttons">
			<div class="btn_grey_steamui btn_medium" id="rejectAllButton"><span>Reject All</span></div>
			<div class="btn_green_steamui btn_medium" id="acceptAllButton"><span>Accept All</span></div>
		</div>
		<a class="cookiepreferences_details" href="{MM_STORE}/account/cookiepreferences/" target="_blank">Cookie Preferences</a>
	</div>
</div>
<script type="text/javascript">
	$J( function() {{
		InitializeWorkshopBrowseTooltips();
		if ( !document.cookie.match( /cookieSettings=/ ) ) {{ $J( '#cookiePrefPopup' ).show(); }}
	}} );
</script>
</body>
</html>"""


@twelfth
def build_modmill() -> None:
    s = Site(
        "modmill",
        kind="workshop browse grid (Steam Community Workshop 2024–25: div.workshopItem tiles, a.ugc previews, title div in a separate item_link, 'by' author links, star rating only in an image file name, SharedFileBindMouseHover JSON per tile, &p=N&numperpage=9)",
        start=_mm_browse_url(1).lstrip("/"),
        description="A Steam Community Workshop browse page (a colony-builder game, text search 'scenario', nine per page): Steam's global header with hidden sub-menus and a mobile menu, the app hub header with section tabs and the workshop menu, 'Showing items matching …', paging bars above and below ('Showing 1-9 of 27 entries', span/a.pagelink, a.pagebtn '<' '>', per-page links 9/18/30); each div.workshopItem: a.ugc with data-publishedfileid around the preview image, a hidden checkmark image, img.fileRating whose file name is the rating ('4-star.png', 'not-yet.png'), a.item_link > div.workshopItemTitle, div.workshopItemAuthorName 'by&nbsp;' + author link (repeat authors), then a script SharedFileBindMouseHover(…) with JSON holding the title (\\u-escaped) and a description; a right column with search, Show / Sort by options and tag checkboxes; the Valve footer and a cookie preferences popup.",
    )
    pages = [MM_ITEMS[at : at + MM_PER_PAGE] for at in range(0, len(MM_ITEMS), MM_PER_PAGE)]
    for number, items in enumerate(pages, 1):
        tiles = "".join(_mm_tile(item) for item in items)
        shown_from = (number - 1) * MM_PER_PAGE + 1
        s.list_page(
            _mm_browse_url(number).lstrip("/").replace("?", "@"),
            _mm_page(number, len(pages), tiles, shown_from, shown_from + len(items) - 1, len(MM_ITEMS)),
        )
    for item in MM_ITEMS:
        s.expect(
            {
                "title": item.title,
                "url": _mm_item_url(item),
                "author": item.author,
                "rating": item.rating,
                "image": _mm_preview(item),
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# farefinch (FROZEN)
# ---------------------------------------------------------------------------------------------------

FF_SEARCH = "/flights/LON-NYC/2025-06-12"
FF_SORT = "sort=bestflight_a"
FF_SEARCH_ID = "Xq8JwMf3Ls"
FF_POLL = "/s/horizon/flights/results/FlightSearchPoll"
FF_FIRST = 15
FF_LOGOS = "https://content.r9cdn.example/rimg/provider-logos/airlines/v"
#: Local clocks: London is five hours ahead of New York in June.
FF_OFFSET_MIN = 5 * 60

FF_AIRPORTS = {
    "LHR": "London Heathrow",
    "LGW": "London Gatwick",
    "LCY": "London City",
    "STN": "London Stansted",
    "JFK": "New York John F Kennedy Intl",
    "EWR": "Newark Liberty Intl",
    "LGA": "New York LaGuardia",
    "KEF": "Reykjavik Keflavik",
    "DUB": "Dublin",
    "AMS": "Amsterdam Schiphol",
    "CDG": "Paris Charles de Gaulle",
    "FRA": "Frankfurt am Main",
    "LIS": "Lisbon Humberto Delgado",
    "HEL": "Helsinki Vantaa",
    "BOS": "Boston Logan Intl",
    "IST": "Istanbul",
    "YUL": "Montreal Trudeau",
    "MAD": "Madrid Barajas",
    "ZRH": "Zurich",
}
FF_CODES = {
    "British Airways": "BA",
    "Norse Atlantic Airways": "N0",
    "Virgin Atlantic": "VS",
    "American Airlines": "AA",
    "United Airlines": "UA",
    "Icelandair": "FI",
    "Aer Lingus": "EI",
    "JetBlue": "B6",
    "Delta": "DL",
    "KLM": "KL",
    "Air France": "AF",
    "Lufthansa": "LH",
    "TAP Air Portugal": "TP",
    "Finnair": "AY",
    "Turkish Airlines": "TK",
    "Air Canada": "AC",
    "Iberia": "IB",
    "SWISS": "LX",
}


@dataclass
class Flight:
    """One result card: a one-way itinerary and its cheapest deal."""

    airline: str
    depart: str
    arrive: str
    origin: str
    destination: str
    via: tuple[str, ...]
    price: int
    fare: str
    provider: str
    next_day: bool = False
    badge: str | None = None
    self_transfer: bool = False
    other_deal: tuple[int, str, str] | None = None
    bags: tuple[int, int] = (1, 0)


FF_FLIGHTS = [
    Flight(
        "British Airways",
        "08:25",
        "11:05",
        "LHR",
        "JFK",
        (),
        412,
        "Economy Basic",
        "British Airways",
        badge="Best",
        other_deal=(431, "Economy Basic", "Trip.com"),
        bags=(1, 0),
    ),
    Flight(
        "Norse Atlantic Airways",
        "13:40",
        "16:25",
        "LGW",
        "JFK",
        (),
        198,
        "Economy Light",
        "Norse Atlantic Airways",
        badge="Cheapest",
        bags=(0, 0),
    ),
    Flight("Virgin Atlantic", "11:20", "14:05", "LHR", "JFK", (), 389, "Economy Light", "Virgin Atlantic", bags=(1, 0)),
    Flight("American Airlines", "09:55", "12:45", "LHR", "JFK", (), 401, "Basic Economy", "Trip.com", bags=(1, 0)),
    Flight("United Airlines", "10:05", "12:55", "LHR", "EWR", (), 366, "Basic Economy", "United Airlines", bags=(1, 0)),
    Flight("Icelandair", "13:05", "19:20", "LHR", "JFK", ("KEF",), 262, "Economy Light", "Icelandair", bags=(1, 0)),
    Flight("Aer Lingus", "07:10", "13:35", "LHR", "JFK", ("DUB",), 298, "Saver", "Aer Lingus", bags=(1, 0)),
    Flight("JetBlue", "18:30", "21:05", "LGW", "JFK", (), 279, "Blue Basic", "JetBlue", badge="Quickest", bags=(1, 0)),
    Flight(
        "Delta",
        "16:15",
        "19:05",
        "LHR",
        "JFK",
        (),
        418,
        "Basic Economy",
        "Delta",
        other_deal=(436, "Main Cabin", "Expedia"),
        bags=(1, 0),
    ),
    Flight("KLM", "06:00", "12:10", "LHR", "JFK", ("AMS",), 305, "Economy Light", "Opodo", bags=(1, 0)),
    Flight("Air France", "07:15", "13:05", "LHR", "JFK", ("CDG",), 311, "Economy Light", "Air France", bags=(1, 0)),
    Flight("Lufthansa", "06:50", "13:55", "LHR", "EWR", ("FRA",), 327, "Economy Light", "Mytrip", bags=(1, 0)),
    Flight("TAP Air Portugal", "06:00", "14:30", "LHR", "EWR", ("LIS",), 241, "Discount", "Kiwi.com", bags=(1, 0)),
    Flight("British Airways", "14:30", "17:20", "LHR", "JFK", (), 412, "Economy Basic", "British Airways", bags=(1, 0)),
    Flight(
        "Virgin Atlantic",
        "17:10",
        "19:55",
        "LHR",
        "JFK",
        (),
        389,
        "Economy Light",
        "Virgin Atlantic",
        other_deal=(402, "Economy Light", "Opodo"),
        bags=(1, 0),
    ),
    Flight("Aer Lingus", "11:45", "18:10", "LHR", "JFK", ("DUB",), 276, "Saver", "Trip.com", bags=(1, 0)),
    Flight("Icelandair", "10:40", "17:10", "LGW", "EWR", ("KEF",), 249, "Economy Light", "Icelandair", bags=(1, 0)),
    Flight("United Airlines", "18:10", "21:05", "LHR", "EWR", (), 366, "Basic Economy", "United Airlines", bags=(1, 0)),
    Flight(
        "American Airlines", "19:25", "22:15", "LHR", "JFK", (), 401, "Basic Economy", "American Airlines", bags=(1, 0)
    ),
    Flight("Finnair", "07:30", "16:45", "LHR", "JFK", ("HEL",), 287, "Economy Light", "Finnair", bags=(1, 0)),
    Flight(
        "Norse Atlantic Airways, JetBlue",
        "12:05",
        "20:59",
        "LGW",
        "JFK",
        ("BOS",),
        231,
        "Economy Light",
        "Kiwi.com",
        self_transfer=True,
        bags=(0, 0),
    ),
    Flight(
        "Turkish Airlines", "08:45", "21:15", "LHR", "JFK", ("IST",), 295, "EcoFly", "Turkish Airlines", bags=(1, 1)
    ),
    Flight("Air Canada", "12:25", "19:45", "LHR", "LGA", ("YUL",), 302, "Economy Basic", "Air Canada", bags=(1, 0)),
    Flight("Delta", "10:15", "19:31", "LHR", "JFK", ("BOS",), 356, "Basic Economy", "Delta", bags=(1, 0)),
    Flight("Iberia", "06:35", "16:05", "LHR", "JFK", ("MAD",), 268, "Basic", "eDreams", bags=(1, 0)),
    Flight("SWISS", "07:00", "14:25", "LCY", "EWR", ("ZRH",), 339, "Economy Light", "SWISS", bags=(1, 0)),
    Flight(
        "Icelandair, JetBlue",
        "13:15",
        "23:59",
        "LGW",
        "JFK",
        ("KEF", "BOS"),
        214,
        "Economy Light",
        "Kiwi.com",
        self_transfer=True,
        bags=(1, 0),
    ),
    Flight("Aer Lingus", "18:40", "07:05", "LHR", "JFK", ("DUB",), 245, "Saver", "Mytrip", next_day=True, bags=(1, 0)),
]


def _ff_minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def _ff_duration(flight: Flight) -> str:
    total = (
        _ff_minutes(flight.arrive) + (24 * 60 if flight.next_day else 0) + FF_OFFSET_MIN - _ff_minutes(flight.depart)
    )
    assert 0 < total < 40 * 60 and total % 60, flight
    return f"{total // 60}h {total % 60:02d}m"


def _ff_stops(flight: Flight) -> str:
    return "direct" if not flight.via else f"{len(flight.via)} stop{'s' if len(flight.via) > 1 else ''}"


def _ff_book_url(flight: Flight, index: int, provider: str, price: int) -> str:
    key = f"{flight.airline}{flight.depart}{provider}{price}"
    return f"/book/flight?code={_hex(key, 10)}.{_hex(key + 'c', 22)}.{price * 100}.{_hex(key + 'r', 12)}&h={_hex(key + 'h', 12)}&sub=F-{int(_hex(key + 's', 15), 16)}E{_hex(key + 'e', 11)}&bucket=e&pageOrigin=F..RP.FE.M{index % 7}"


def _ff_airport(code: str) -> str:
    return f'<span title="{esc(FF_AIRPORTS[code])}" class="">{code}</span>'


def _ff_logo(flight: Flight) -> str:
    if "," in flight.airline:
        return f'<img src="{FF_LOGOS}/multiple.png?crop=false&amp;width=108&amp;height=92&amp;fallback=default2.png&amp;_v=5d6b8c3a" alt="Multiple airlines" width="54" height="46">'
    code = FF_CODES[flight.airline]
    return f'<img src="{FF_LOGOS}/{code}.png?crop=false&amp;width=108&amp;height=92&amp;fallback=default{1 + len(code) % 3}.png&amp;_v={_hex(code, 8)}" alt="{esc(flight.airline)}" width="54" height="46">'


def _ff_deal(url: str, price: int, fare: str, provider: str, main: bool) -> str:
    size = "M_JD-large-display" if main else "M_JD-small-display"
    return f"""<div class="M_JD M_JD-mod-pres-default{"" if main else " M_JD-mod-secondary"}">
                  <a role="link" tabindex="0" class="oVHK-fclink" href="{esc(url)}" target="_blank" rel="noopener" aria-label="View Deal: £{price} with {esc(provider)}">
                    <div class="{size}">
                      <div class="f8F1 f8F1-mod-frp-active"><div class="f8F1-above"><div class="f8F1-price-text-container"><div class="f8F1-price-text">£{price}</div></div></div></div>
                      <div class="M_JD-booking-details"><div class="DOum-name DOum-mod-ellipsis">{esc(fare)}</div><div class="M_JD-provider-name">{esc(provider)}</div></div>
                    </div>
                  </a>
                  <div class="dOAU-main-btn-wrap"><a role="link" class="Iqt3 Iqt3-mod-stretch Iqt3-mod-bold Button-No-Standard-Style Iqt3-mod-variant-solid Iqt3-mod-theme-progress-legacy Iqt3-mod-shape-rounded-small Iqt3-mod-shape-mod-default Iqt3-mod-spacing-default Iqt3-mod-size-small" href="{esc(url)}" target="_blank" rel="noopener" tabindex="-1" aria-disabled="false"><div class="Iqt3-button-container"><div class="Iqt3-button-content">View Deal</div></div></a></div>
                </div>"""


def _ff_card(flight: Flight, index: int, total: int) -> str:
    result_id = _hex(f"{flight.airline}{flight.depart}{flight.origin}", 32)
    url = _ff_book_url(flight, index, flight.provider, flight.price)
    via = ", ".join(_ff_airport(code) for code in flight.via)
    stops_line = (
        f'<div class="c_cgF c_cgF-mod-variant-default"><span>{via}</span></div>'
        if flight.via
        else '<div class="c_cgF c_cgF-mod-variant-default"></div>'
    )
    arrive = (
        f'{flight.arrive}<sup class="VY2U-adendum" title="Flight lands the next day">+1</sup>'
        if flight.next_day
        else flight.arrive
    )
    badge = (
        f'<div class="nrc6-badges"><div class="ZGwA ZGwA-mod-theme-{flight.badge.lower()}"><div class="ZGwA-content">{flight.badge}</div></div></div>'
        if flight.badge
        else ""
    )
    transfer = (
        '<div class="nrc6-self-transfer"><div class="hJSA-warning" role="note"><svg viewBox="0 0 200 200" width="1.25em" height="1.25em" aria-hidden="true"><path d="M100 15l85 170H15z"></path></svg><span>Self transfer</span><button type="button" class="hJSA-info-btn" aria-label="What is a self transfer?">?</button></div></div>'
        if flight.self_transfer
        else ""
    )
    deals = [_ff_deal(url, flight.price, flight.fare, flight.provider, True)]
    if flight.other_deal:
        price, fare, provider = flight.other_deal
        deals.append(_ff_deal(_ff_book_url(flight, index + 1, provider, price), price, fare, provider, False))
    carry, checked = flight.bags
    return f"""
          <div class="Fxw9-result-item-container" data-resultid="{result_id}" role="listitem">
            <div class="nrc6 nrc6-mod-pres-multi-fare" role="group" aria-label="Result item {index} out of {total}">
              <div class="nrc6-wrapper">
                <div class="nrc6-inner">
                  <div class="nrc6-main" role="button" tabindex="0" aria-expanded="false" aria-label="Show details">
                    {badge}
                    <div class="nrc6-content-section">
                      <ol class="hJSA-list">
                        <li class="hJSA-item">
                          <div class="c3J0r c3J0r-mod-variant-default">
                            <div class="c5iUd-leg-carrier">{_ff_logo(flight)}</div>
                            <div class="VY2U">
                              <div class="vmXl vmXl-mod-variant-large"><span>{flight.depart}</span><span class="aOlM"> – </span><span>{arrive}</span></div>
                              <div class="c_cgF c_cgF-mod-variant-default" dir="auto">{esc(flight.airline)}</div>
                            </div>
                            <div class="JWEO">
                              <div class="vmXl vmXl-mod-variant-default"><span class="JWEO-stops-text">{_ff_stops(flight)}</span></div>
                              {stops_line}
                            </div>
                            <div class="xdW8 xdW8-mod-full-airport">
                              <div class="vmXl vmXl-mod-variant-default">{_ff_duration(flight)}</div>
                              <div class="c_cgF c_cgF-mod-variant-default"><div class="EFvI"><div class="c_cgF c_cgF-mod-variant-default">{_ff_airport(flight.origin)}</div><span class="aOlM">-</span><div class="c_cgF c_cgF-mod-variant-default">{_ff_airport(flight.destination)}</div></div></div>
                            </div>
                          </div>
                        </li>
                      </ol>
                      {transfer}
                    </div>
                  </div>
                  <div class="nrc6-price-section">
                    <div class="ac27 ac27-mod-variant-default" role="group" aria-label="Bag fees"><div class="ac27-fee-box" title="Carry-on bag"><svg viewBox="0 0 200 200" width="1em" height="1em" aria-hidden="true"><path d="M60 40h80v140H60z"></path></svg><div class="ac27-inner">{carry}</div></div><div class="ac27-fee-box" title="Checked bag"><svg viewBox="0 0 200 200" width="1em" height="1em" aria-hidden="true"><path d="M40 60h120v120H40z"></path></svg><div class="ac27-inner">{checked}</div></div></div>
                    {"".join(deals)}
                  </div>
                  <div class="nrc6-actions"><button type="button" class="Iqt3 Iqt3-mod-variant-outline" aria-label="Save this result"><svg viewBox="0 0 200 200" width="1.25em" height="1.25em" aria-hidden="true"><path d="M100 170l-60-60a35 35 0 0150-50l10 10 10-10a35 35 0 0150 50z"></path></svg></button><button type="button" class="Iqt3 Iqt3-mod-variant-outline" aria-label="Share this result"><svg viewBox="0 0 200 200" width="1.25em" height="1.25em" aria-hidden="true"><circle cx="150" cy="50" r="20"></circle></svg></button></div>
                </div>
              </div>
            </div>
          </div>"""


def _ff_ad_card(slot: int) -> str:
    """A paid result in the list: an airline's offer with the card's own classes."""
    ads = [
        (
            "Virgin Atlantic",
            "VS",
            "London to New York from £389",
            "Fly Upper Class, Premium or Economy Classic. Book direct for flexible fares.",
        ),
        (
            "Norse Atlantic Airways",
            "N0",
            "Fly to New York from £198 one-way",
            "Low fares on the 787 Dreamliner. Bags from £35.",
        ),
        (
            "Expedia",
            "EXP",
            "Flight + Hotel to New York",
            "Save when you bundle. Book now, pay later on selected hotels.",
        ),
    ]
    advertiser, code, headline, body = ads[slot % len(ads)]
    return f"""
          <div class="Fxw9-result-item-container Fxw9-mod-ad" role="listitem">
            <div class="nrc6 nrc6-mod-ad" role="group" aria-label="Sponsored">
              <div class="nrc6-wrapper">
                <div class="nrc6-inner">
                  <div class="nrc6-content-section">
                    <div class="dAC8-header"><span class="dAC8-label">Ad</span><span class="dAC8-advertiser">{esc(advertiser)}</span></div>
                    <div class="c5iUd-leg-carrier"><img src="{FF_LOGOS}/{code}.png?crop=false&amp;width=108&amp;height=92" alt="{esc(advertiser)}" width="54" height="46"></div>
                    <div class="vmXl vmXl-mod-variant-large">{esc(headline)}</div>
                    <div class="c_cgF c_cgF-mod-variant-default">{esc(body)}</div>
                  </div>
                  <div class="nrc6-price-section"><a role="link" class="Iqt3 Iqt3-mod-stretch Iqt3-mod-bold Button-No-Standard-Style Iqt3-mod-variant-solid" href="/in?cc=gb&amp;p=inline-ad&amp;slot={slot}&amp;a={_hex(advertiser, 16)}" target="_blank" rel="sponsored noopener"><div class="Iqt3-button-container"><div class="Iqt3-button-content">View Deal</div></div></a></div>
                </div>
              </div>
            </div>
          </div>"""


def _ff_compare_unit() -> str:
    sites = [("Expedia", True), ("Opodo", True), ("Trip.com", False), ("Skyscanner", False)]
    boxes = "".join(
        f'<li class="Pm9i-item"><input type="checkbox" id="cmp-{slug(name)}"{" checked" if checked else ""}><label for="cmp-{slug(name)}">{name}</label></li>'
        for name, checked in sites
    )
    return f"""
          <div class="Fxw9-result-item-container Fxw9-mod-compare" role="listitem">
            <div class="Pm9i" role="group" aria-label="Compare vs. FareFinch">
              <div class="Pm9i-title">Compare vs. FareFinch</div>
              <ul class="Pm9i-list">{boxes}</ul>
              <button type="button" class="Iqt3 Iqt3-mod-variant-solid"><div class="Iqt3-button-content">Compare</div></button>
              <div class="Pm9i-disclaimer">Ad · Opens new windows</div>
            </div>
          </div>"""


def _ff_results(flights: list[Flight], start: int, total: int, ads: dict[int, str]) -> str:
    parts = []
    for offset, flight in enumerate(flights):
        parts.append(_ff_card(flight, start + offset, total))
        if offset in ads:
            parts.append(ads[offset])
    return "".join(parts)


def _ff_sidebar() -> str:
    airlines: dict[str, int] = {}
    for flight in FF_FLIGHTS:
        for name in flight.airline.split(", "):
            airlines[name] = min(airlines.get(name, 10**6), flight.price)
    stop_prices = {
        "Direct": min(f.price for f in FF_FLIGHTS if not f.via),
        "1 stop": min(f.price for f in FF_FLIGHTS if len(f.via) == 1),
        "2+ stops": min(f.price for f in FF_FLIGHTS if len(f.via) > 1),
    }
    stops = "".join(
        f'<li class="rGP7-item"><input type="checkbox" id="stops-{index}" checked><label for="stops-{index}"><span class="rGP7-label">{label}</span><span class="rGP7-price">£{price}</span></label></li>'
        for index, (label, price) in enumerate(stop_prices.items())
    )
    airline_items = "".join(
        f'<li class="rGP7-item"><input type="checkbox" id="airline-{FF_CODES[name]}" checked><label for="airline-{FF_CODES[name]}"><span class="rGP7-label">{esc(name)}</span><span class="rGP7-price">£{price}</span></label><button type="button" class="rGP7-only">only</button></li>'
        for name, price in sorted(airlines.items())
    )
    return f"""<aside class="hYzH-filters" aria-label="Filter results">
        <div class="hYzH-count"><span>28 of 28 flights</span><button type="button" class="hYzH-reset">Reset</button></div>
        <section class="Kcxb" aria-labelledby="f-stops"><h3 id="f-stops" class="Kcxb-title">Stops</h3><ul class="rGP7">{stops}</ul></section>
        <section class="Kcxb" aria-labelledby="f-times"><h3 id="f-times" class="Kcxb-title">Times</h3><div class="Kcxb-body"><p>Take-off from London</p><p>Thu 00:00 – 23:59</p><div class="Kcxb-slider" role="slider" aria-valuemin="0" aria-valuemax="1439" aria-valuenow="0"></div><p>Landing in New York</p><p>Thu 00:00 – Fri 23:59</p></div></section>
        <section class="Kcxb" aria-labelledby="f-airlines"><h3 id="f-airlines" class="Kcxb-title">Airlines</h3><button type="button" class="rGP7-select-all">Select all</button><ul class="rGP7">{airline_items}</ul></section>
        <section class="Kcxb" aria-labelledby="f-bags"><h3 id="f-bags" class="Kcxb-title">Fees</h3><div class="Kcxb-body"><p>Carry-on bag</p><div class="Kcxb-stepper"><button type="button" aria-label="Decrease">−</button><span>0</span><button type="button" aria-label="Increase">+</button></div><p>Checked bag</p><div class="Kcxb-stepper"><button type="button" aria-label="Decrease">−</button><span>0</span><button type="button" aria-label="Increase">+</button></div></div></section>
        <section class="Kcxb" aria-labelledby="f-duration"><h3 id="f-duration" class="Kcxb-title">Duration</h3><div class="Kcxb-body"><p>Flight leg</p><p>7h 35m – 17h 30m</p></div></section>
        <section class="Kcxb" aria-labelledby="f-booking"><h3 id="f-booking" class="Kcxb-title">Booking sites</h3><ul class="rGP7"><li class="rGP7-item"><label>Airlines</label></li><li class="rGP7-item"><label>Trip.com</label></li><li class="rGP7-item"><label>Kiwi.com</label></li><li class="rGP7-item"><label>Mytrip</label></li><li class="rGP7-item"><label>Opodo</label></li><li class="rGP7-item"><label>eDreams</label></li></ul></section>
      </aside>"""


def _ff_flex_dates() -> str:
    prices = {
        "2025-06-09": 221,
        "2025-06-10": 205,
        "2025-06-11": 265,
        "2025-06-12": 198,
        "2025-06-13": 221,
        "2025-06-14": 243,
        "2025-06-15": 236,
    }
    labels = {
        "2025-06-09": "Mon 9/6",
        "2025-06-10": "Tue 10/6",
        "2025-06-11": "Wed 11/6",
        "2025-06-12": "Thu 12/6",
        "2025-06-13": "Fri 13/6",
        "2025-06-14": "Sat 14/6",
        "2025-06-15": "Sun 15/6",
    }
    cells = "".join(
        f'<li class="kUOS-cell{" kUOS-mod-selected" if day == "2025-06-12" else ""}"><a href="/flights/LON-NYC/{day}?{FF_SORT}" class="kUOS-link"><span class="kUOS-date">{labels[day]}</span><span class="kUOS-price">£{price}</span></a></li>'
        for day, price in prices.items()
    )
    return f'<section class="kUOS" aria-label="Flexible dates"><h2 class="kUOS-title">Flexible dates (±3 days)</h2><ul class="kUOS-list">{cells}</ul></section>'


def _ff_sort_tabs() -> str:
    best, cheapest, quickest = FF_FLIGHTS[0], FF_FLIGHTS[1], FF_FLIGHTS[7]
    tabs = [("Best", best, True), ("Cheapest", cheapest, False), ("Quickest", quickest, False)]
    return (
        '<div class="Hv20" role="tablist" aria-label="Sort results">'
        + "".join(
            f'<div class="Hv20-option{" Hv20-mod-selected" if selected else ""}" role="tab" tabindex="0" aria-selected="{"true" if selected else "false"}"><div class="Hv20-title">{label}</div><div class="Hv20-value"><span>£{flight.price}</span><span class="Hv20-sep"> • </span><span>{_ff_duration(flight)}</span></div></div>'
            for label, flight, selected in tabs
        )
        + '<div class="Hv20-option Hv20-mod-other" role="tab" tabindex="-1" aria-selected="false"><div class="Hv20-title">Other sort</div></div></div>'
    )


FF_FOOTER = [
    ("Company", ["About", "Careers", "Mobile", "Blog", "How we work"]),
    ("Contact", ["Help/FAQ", "Press", "Affiliates", "Hotel owners", "Advertise with us"]),
    ("More", ["Airline fees", "Airlines", "Low fare tips", "Badges & Certificates", "Security"]),
]


def _ff_page(results: str, shown: int, total: int) -> str:
    footer = "".join(
        f'<div class="pRB0-col"><h3 class="pRB0-heading">{title}</h3><ul class="pRB0-list">'
        + "".join(f'<li><a href="/{slug(link)}" class="pRB0-link">{esc(link)}</a></li>' for link in links)
        + "</ul></div>"
        for title, links in FF_FOOTER
    )
    r9 = _json_script(
        {
            "searchId": FF_SEARCH_ID,
            "vertical": "flights",
            "origin": {"code": "LON", "name": "London", "isMetro": True},
            "destination": {"code": "NYC", "name": "New York", "isMetro": True},
            "departDate": "2025-06-12",
            "travelers": {"adults": 1},
            "cabin": "e",
            "sort": "bestflight_a",
            "currency": "GBP",
            "locale": "en_GB",
            "pageSize": FF_FIRST,
            "resultCount": total,
            "pollUrl": FF_POLL,
            "priceForecast": {
                "advice": "BUY",
                "confidence": 0.74,
                "message": "Prices are unlikely to decrease within 7 days",
            },
        }
    )
    script = """
(function () {
  var cfg = window.R9.globals.search;
  var button = document.querySelector('.show-more-button');
  if (!button) return;
  button.addEventListener('click', function () {
    var page = Number(button.getAttribute('data-page') || '2');
    button.classList.add('ULvh-mod-loading');
    fetch(cfg.pollUrl + '?searchId=' + encodeURIComponent(cfg.searchId) + '&page=' + page, { headers: { 'X-Requested-With': 'XMLHttpRequest' }, credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        document.querySelector('.Fxw9').insertAdjacentHTML('beforeend', data.content);
        if (data.hasMore) { button.setAttribute('data-page', String(page + 1)); button.classList.remove('ULvh-mod-loading'); }
        else { button.parentNode.parentNode.removeChild(button.parentNode); }
      });
  });
})();"""
    return f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr" class="r9-theme-light">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>LON to NYC, Thu 12/6 – 1 traveller – FareFinch</title>
<meta name="description" content="Compare cheap flights from London to New York on Thursday 12 June. Search hundreds of travel sites at once.">
<meta name="robots" content="noindex,follow">
<link rel="stylesheet" href="https://content.r9cdn.example/res/combined.css?v=6c1f7a0e2b94&amp;cluster=5">
<script>window.R9 = window.R9 || {{}}; window.R9.globals = {{"locale":"en_GB","currency":"GBP","site":"farefinch.co.uk","search":{r9}}};</script>
</head>
<body class="react react-st en_GB">
<div id="root">
  <div class="P4zO-overlay" role="dialog" aria-modal="true" aria-labelledby="consent-title">
    <div class="P4zO-dialog">
      <h2 id="consent-title" class="P4zO-title">FareFinch uses cookies</h2>
      <p class="P4zO-text">We and our partners use cookies and similar technologies to run the site, remember your searches, measure how it is used and show you relevant ads. Choose “Accept all” to agree to all of them, or “Reject all” to allow only the ones the site needs. <a href="/privacy">Privacy policy</a> · <a href="/cookie-policy">Cookie policy</a></p>
      <div class="P4zO-buttons"><button type="button" class="Iqt3 Iqt3-mod-variant-solid">Accept all</button><button type="button" class="Iqt3 Iqt3-mod-variant-solid">Reject all</button><button type="button" class="Iqt3 Iqt3-mod-variant-outline">Manage settings</button></div>
    </div>
  </div>
  <header class="pRB0-header" role="banner">
    <a href="/" class="pRB0-logo" aria-label="Go to the FareFinch homepage"><svg viewBox="0 0 125 25" width="125" height="25" aria-hidden="true"><rect width="125" height="25" rx="3"></rect></svg></a>
    <nav class="pRB0-nav" aria-label="Main"><a href="/flights" class="pRB0-nav-item pRB0-mod-active" aria-current="page">Flights</a><a href="/stays" class="pRB0-nav-item">Stays</a><a href="/cars" class="pRB0-nav-item">Car hire</a><a href="/packages" class="pRB0-nav-item">Packages</a><a href="/explore" class="pRB0-nav-item">Explore</a><a href="/trips" class="pRB0-nav-item">Trips</a></nav>
    <div class="pRB0-actions"><button type="button" class="pRB0-currency">£ GBP</button><a href="/sign-in" class="pRB0-sign-in">Sign in</a></div>
  </header>
  <main class="c0yY" role="main">
    <form class="J_T2" role="search" action="/flights" method="get" aria-label="Flight search">
      <div class="J_T2-field"><label for="origin">From</label><input id="origin" value="London (LON)" readonly></div>
      <button type="button" class="J_T2-swap" aria-label="Swap departure airport and destination airport">⇄</button>
      <div class="J_T2-field"><label for="destination">To</label><input id="destination" value="New York (NYC)" readonly></div>
      <div class="J_T2-field"><label for="depart">Depart</label><input id="depart" value="Thu 12/6" readonly></div>
      <div class="J_T2-field"><label for="travellers">Travellers</label><input id="travellers" value="1 adult, Economy" readonly></div>
      <button type="submit" class="Iqt3 Iqt3-mod-variant-solid" aria-label="Search">Search</button>
    </form>
    <div class="c0yY-layout">
      {_ff_sidebar()}
      <section class="c0yY-results" aria-label="Flight results">
        <div class="PYob"><div class="PYob-toggle"><input type="checkbox" id="price-alert" role="switch"><label for="price-alert">Track prices</label></div><div class="PYob-advice"><span class="PYob-advice-label">Our advice:</span> <strong>Buy now</strong> <span>Prices are unlikely to decrease within the next 7 days.</span></div></div>
        {_ff_flex_dates()}
        {_ff_sort_tabs()}
        <p class="Fxw9-note">Prices shown are per person, one-way, in GBP and include all taxes and fees we know of. Additional bag fees and other fees may apply.</p>
        <div class="Fxw9" role="list" aria-label="Results">{results}
        </div>
        <div class="ULvh"><div role="button" tabindex="0" class="ULvh-button show-more-button" data-page="2">Show more results</div></div>
        <p class="c0yY-shown" aria-live="polite">Showing {shown} of {total} results</p>
      </section>
    </div>
  </main>
  <footer class="pRB0-footer" role="contentinfo">
    <div class="pRB0-columns">{footer}</div>
    <div class="pRB0-legal"><a href="/privacy">Privacy</a> · <a href="/terms">Terms &amp; Conditions</a> · <a href="/cookie-policy">Cookie policy</a> · <button type="button" class="pRB0-link">Manage cookies</button><p>© 2025 FareFinch Ltd. Prices are per person and may change; we compare the prices of many travel sites and are not a travel agent.</p></div>
  </footer>
</div>
<script>{script}
</script>
<script src="https://content.r9cdn.example/res/combined.js?v=91b3e2f07ac4&amp;cluster=5" defer></script>
</body>
</html>"""


@twelfth
def build_farefinch() -> None:
    s = Site(
        "farefinch",
        kind="flight search results (Kayak 2024–25 R9: hashed nrc6 / vmXl / c_cgF cards, times as spans around an en dash, '+1' sups, stops and layover codes with airport titles, 'direct', '7h 40m', multi-fare deal boxes, bag counts, ad and compare units in the list, 'Show more results' fetching a poll JSON with an HTML content field)",
        start=f"{FF_SEARCH.lstrip('/')}?{FF_SORT}",
        description="A Kayak-like one-way flight search (London to New York, UK site, GBP): a cookie consent dialog, header nav, the search form, a filter rail (stops and airlines with their cheapest prices, times, fees, duration, booking sites), Track prices and price advice, a flexible-dates strip linking other days, Best / Cheapest / Quickest tabs with price and duration; fifteen result cards in div.Fxw9 (div.nrc6 with hashed classes: a Best/Cheapest/Quickest badge on some, the airline logo img alt, 'HH:MM – HH:MM' spans with a '+1' sup on one, the airline name (two names on self-transfer itineraries, with a 'Self transfer' note), 'direct' / '1 stop' / '2 stops' with layover codes in span[title], the duration '7h 40m' and 'LHR-JFK' airport spans, carry-on / checked bag counts, the deal '£412' + fare name + booking site in a View Deal link to /book/flight?code=…, a second smaller deal box on three cards, Save / Share buttons), two sponsored cards with the same classes and a 'Compare vs.' checkbox unit between them; a 'Show more results' button whose inline script fetches /s/horizon/flights/results/FlightSearchPoll?searchId=…&page=2, a JSON object whose 'content' holds the next thirteen cards (and an ad) as HTML, hasMore false; R9 globals JSON with the search but no results; a footer of link columns.",
    )
    total = len(FF_FLIGHTS)
    first, rest = FF_FLIGHTS[:FF_FIRST], FF_FLIGHTS[FF_FIRST:]
    page = _ff_results(first, 1, total, {2: _ff_ad_card(0), 7: _ff_compare_unit(), 11: _ff_ad_card(1)})
    s.list_page(f"{FF_SEARCH.lstrip('/')}@{FF_SORT}", _ff_page(page, len(first), total))
    more = _ff_results(rest, FF_FIRST + 1, total, {5: _ff_ad_card(2)})
    poll = {
        "status": "complete",
        "searchId": FF_SEARCH_ID,
        "page": 2,
        "pageSize": FF_FIRST,
        "resultCount": len(rest),
        "totalCount": total,
        "hasMore": False,
        "content": more.strip(),
    }
    s.list_page(f"{FF_POLL.lstrip('/')}@searchId={FF_SEARCH_ID}&page=2", json.dumps(poll, ensure_ascii=False))
    for index, flight in enumerate(FF_FLIGHTS, 1):
        s.expect(
            {
                "airline": flight.airline,
                "depart_time": flight.depart,
                "arrive_time": flight.arrive,
                "origin": flight.origin,
                "destination": flight.destination,
                "duration": _ff_duration(flight),
                "stops": _ff_stops(flight),
                "via": list(flight.via) or None,
                "price": flight.price,
                "currency": "GBP",
                "fare": flight.fare,
                "provider": flight.provider,
                "url": _ff_book_url(flight, index, flight.provider, flight.price),
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWELFTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
