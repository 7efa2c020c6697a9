"""Eighteenth wave of HELD-OUT corpus sites (issue #3), frozen before anybody measured the Scout on them.

* **orbimart** — a cross-border marketplace's search results (hashed CSS-module classes, split prices).
* **kiezmarkt** — a German classifieds site's search results.
* **hearthplate** — a recipe magazine's collection page.

Run ``uv run python tests/sites/corpus/generate_held_out_eighteenth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``). Every site here is **frozen**: never open its pages, expected
records or per-field results while working on the Scout.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"orbimart", "kiezmarkt", "hearthplate"}

EIGHTEENTH: dict[str, Callable[[], None]] = {}


def eighteenth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    EIGHTEENTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    """A stable pseudo-random hex string (ids, hashes, tokens)."""
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


def _hash_class(seed: str, length: int = 7) -> str:
    """A stable CSS-module hash suffix (letters, digits, ``_`` and ``-``) as webpack's css-loader emits it."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    number = int(_hex(seed, 20), 16)
    out = ""
    while len(out) < length:
        number, digit = divmod(number, len(alphabet))
        out += alphabet[digit]
    return out if out[0].isalpha() else "x" + out[1:]


def _json_script(value: object) -> str:
    """JSON as sites inline it in a script: compact, with ``</`` kept out of the HTML parser's way."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")


# ---------------------------------------------------------------------------------------------------
# orbimart (FROZEN): a cross-border marketplace's search results, 2024–25 React markup with CSS-module classes
# ---------------------------------------------------------------------------------------------------


def _om(module: str, name: str) -> str:
    """A CSS-module class as the real build emits it: ``<module>--<name>--<hash>``."""
    return f"{module}--{name}--{_hash_class('om' + module + name)}"


# The classes scrapers of the real site know by heart keep their real-looking hashes.
OM_CARD = "multi--container--1UZxxHY cards--card--3PJxwBm search-card-item"
OM_TITLE_TEXT = "multi--titleText--nXeOvyr"
OM_SALE = "multi--price-sale--U-S0jtj"
OM_ORIGINAL = "multi--price-original--1zEQqOK"
OM_TRADE = "multi--trade--Ktbl2jB"


@dataclass(frozen=True)
class Gadget:
    """One product card of the search results."""

    item_id: int
    title: str
    price: float
    original: float | None
    rating: float | None
    sold: int | None  # shown as "1,000+ sold" above a thousand
    store: str
    store_id: int
    shipping: str | None  # the sell-point line, as shown
    choice: bool = False
    badge: str | None = None  # a text sell point such as "Top Selling"

    @property
    def href(self) -> str:
        return f"//www.orbimart.example/item/{self.item_id}.html"

    def sold_text(self) -> str | None:
        if self.sold is None:
            return None
        return f"{self.sold:,}+ sold" if self.sold >= 1000 else f"{self.sold} sold"

    def discount(self) -> str | None:
        return f"-{round((1 - self.price / self.original) * 100)}%" if self.original else None


OM_ITEMS = [
    Gadget(
        1005006712488301,
        "USB C Rechargeable Bike Light Set 1000 Lumens Front Headlight and Tail Light IPX6 Waterproof MTB Road Cycling Lamp",
        12.34,
        25.68,
        4.8,
        5000,
        "LumaRide Cycling Store",
        1103412207,
        "Free shipping",
        True,
    ),
    Gadget(
        1005005983312746,
        "Smart Brake Sensing Bicycle Taillight Auto On/Off LED Rear Light USB Charging Seatpost Warning Lamp",
        6.49,
        13.80,
        4.7,
        10000,
        "Velocraft Outdoor Store",
        1102987543,
        "Free shipping",
        True,
        "Top Selling",
    ),
    Gadget(
        1005007120934518,
        "Bike Headlight 2400mAh Power Bank Flashlight Handlebar Light Aluminum Alloy T6 LED Bicycle Front Lamp",
        9.87,
        None,
        4.6,
        1000,
        "BrightSpoke Official Store",
        1104550981,
        "Free shipping",
        True,
    ),
    Gadget(
        1005006330187725,
        "Laser Lane Bike Tail Light Projection Safety Warning Rear Lamp 5 Modes Night Riding Accessories",
        4.26,
        8.52,
        4.5,
        476,
        "Nightcrest Sport Store",
        1101876120,
        "Free shipping over US $10",
    ),
    Gadget(
        1005007458201936,
        "Spoke Wheel Lights Colorful LED Bicycle Valve Cap Lamp Waterproof Tire Light 2 PCS",
        1.99,
        4.15,
        4.4,
        2000,
        "Glowtrek Store",
        1103329871,
        None,
    ),
    Gadget(
        1005006884412093,
        "Bicycle Front Light 800LM Type-C Rechargeable Aluminum Bike Flashlight with Horn Bell 130dB",
        15.92,
        31.84,
        4.9,
        3000,
        "LumaRide Cycling Store",
        1103412207,
        "Free shipping",
        True,
        "Dollar Express",
    ),
    Gadget(
        1005007263915570,
        "Mini Silicone LED Bike Light Front Rear Set Clip On Helmet Lamp Kids Scooter Light 4 Colors",
        0.99,
        2.48,
        4.6,
        10000,
        "Pebblewheel Accessories Store",
        1102145533,
        None,
    ),
    Gadget(
        1005006541730284,
        "Solar Powered Bicycle Headlight USB Charge Smart Light Sensor 350 Lumens Cycling Front Lamp",
        18.55,
        None,
        4.3,
        233,
        "Sunhollow Gear Store",
        1104003217,
        "Free shipping",
        True,
    ),
    Gadget(
        1005007590063417,
        "Bike Light Mount Holder for GoPro Style Adapter Out Front Computer Bracket Aluminium CNC",
        5.12,
        7.31,
        4.8,
        1000,
        "Velocraft Outdoor Store",
        1102987543,
        "Free shipping over US $10",
    ),
    Gadget(
        1005007811205542,
        "Turn Signal Bike Rear Light Wireless Remote Control Indicator Taillight 2025 New",
        11.08,
        22.16,
        None,
        18,
        "Ridewise Tech Store",
        1104871196,
        "Free shipping",
        True,
    ),
    Gadget(
        1005006019847733,
        "Super Bright 6 LED Bicycle Headlamp 5000 Lumens Mountain Bike Front Light IP65 with Battery Pack",
        24.70,
        49.40,
        4.7,
        1000,
        "BrightSpoke Official Store",
        1104550981,
        "Free shipping",
        True,
    ),
    Gadget(
        1005005874302219,
        "Helmet Light USB Rechargeable Cycling Safety Warning Lamp Red White LED Clip",
        3.38,
        None,
        4.5,
        5000,
        "Glowtrek Store",
        1103329871,
        None,
        False,
        "Top Selling",
    ),
    Gadget(
        1005007034518806,
        "Handlebar End Light Bar Plug Lamp Turn Warning LED for Road Bike Pair",
        2.87,
        5.74,
        4.2,
        312,
        "Pebblewheel Accessories Store",
        1102145533,
        "Free shipping over US $10",
    ),
    Gadget(
        1005006655091348,
        "Bicycle Light Set Waterproof Front Light + Taillight 3 Modes Battery Powered Night Cycling",
        3.99,
        9.98,
        4.6,
        10000,
        "Cyclehaven Store",
        1101554302,
        "Free shipping",
        True,
    ),
    Gadget(
        1005007402877195,
        "Smart Bike Taillight Radar Rear View Warning Vehicle Detection Light Bluetooth App",
        39.99,
        66.65,
        4.8,
        521,
        "Ridewise Tech Store",
        1104871196,
        "Free shipping",
        True,
    ),
    Gadget(
        1005006279350061,
        "LED Bike Frame Light Strip Flexible Neon Wrap Decoration USB Charging 1.2m",
        7.45,
        None,
        4.1,
        89,
        "Glowtrek Store",
        1103329871,
        None,
    ),
    Gadget(
        1005007716409823,
        "Road Bike Front Light 1200 Lumens German StVZO Cut-off Beam USB-C 4000mAh",
        27.36,
        45.60,
        4.9,
        1000,
        "LumaRide Cycling Store",
        1103412207,
        "Free shipping",
        True,
        "Dollar Express",
    ),
    Gadget(
        1005006902144567,
        "Bike Bell with Light 2 in 1 Electric Horn Headlight Waterproof 4 Sounds",
        8.21,
        16.42,
        4.5,
        2000,
        "Cyclehaven Store",
        1101554302,
        "Free shipping",
        True,
    ),
    Gadget(
        1005007935120014,
        "Folding Bike Reflector Rear Light Seat Post Clamp Lamp Ultra Light 12g",
        2.15,
        None,
        None,
        None,
        "Nightcrest Sport Store",
        1101876120,
        "Free shipping over US $10",
    ),
    Gadget(
        1005006117298840,
        "Dual Head Bike Light T6 Zoomable Front Torch 18650 Battery Included Cycling Spotlight",
        13.66,
        27.32,
        4.4,
        743,
        "Sunhollow Gear Store",
        1104003217,
        "Free shipping",
        True,
    ),
    Gadget(
        1005007244056631,
        "Backpack Safety Light Clip LED Running Cycling Warning Lamp Magnetic USB",
        1.58,
        3.16,
        4.6,
        5000,
        "Pebblewheel Accessories Store",
        1102145533,
        None,
        False,
        "Top Selling",
    ),
    Gadget(
        1005006478810972,
        "Bicycle Rear Light Smart Sensor Brake Light Saddle Mount Aluminium IPX5 Rechargeable",
        9.14,
        None,
        4.7,
        1000,
        "Velocraft Outdoor Store",
        1102987543,
        "Free shipping",
        True,
    ),
    Gadget(
        1005007562339908,
        "Bike Wheel Hub Light 14 LED Pattern Cycling Spoke Lamp Programmable 30 Images",
        6.72,
        13.44,
        4.0,
        64,
        "Ridewise Tech Store",
        1104871196,
        "Free shipping over US $10",
    ),
    Gadget(
        1005006743027715,
        "Bike Light Set USB Rechargeable Headlight 5 Modes Bright Taillight Combo Gift Box",
        10.50,
        21.00,
        4.8,
        3000,
        "Cyclehaven Store",
        1101554302,
        "Free shipping",
        True,
    ),
    Gadget(
        1005007668851203,
        "MTB Helmet Front Lamp 1500LM Head Light Trail Riding Mount Included",
        21.84,
        36.40,
        4.6,
        157,
        "BrightSpoke Official Store",
        1104550981,
        "Free shipping",
        True,
    ),
    Gadget(
        1005005790436628,
        "Bicycle Light Battery Pack Cover Silicone Waterproof Case Accessory",
        1.12,
        None,
        4.3,
        408,
        "Glowtrek Store",
        1103329871,
        None,
    ),
    Gadget(
        1005007106582344,
        "E-Bike Headlight 6V-60V Universal Electric Scooter Front Lamp with Horn",
        8.96,
        14.93,
        4.5,
        2000,
        "Nightcrest Sport Store",
        1101876120,
        "Free shipping",
        True,
    ),
    Gadget(
        1005006824675190,
        "Cycling Taillight Heart Shape LED Rear Lamp Cute Bike Light USB",
        2.43,
        4.86,
        4.7,
        1000,
        "Pebblewheel Accessories Store",
        1102145533,
        "Free shipping over US $10",
    ),
    Gadget(
        1005007881204457,
        "Bike Front Light with Speedometer Display Wireless Computer Headlight 2-in-1",
        19.38,
        38.76,
        None,
        7,
        "Sunhollow Gear Store",
        1104003217,
        "Free shipping",
        True,
    ),
    Gadget(
        1005006390918251,
        "Kids Bike Light Cartoon Animal LED Front Lamp Balance Bike Handlebar Light",
        3.05,
        None,
        4.8,
        642,
        "Cyclehaven Store",
        1101554302,
        None,
    ),
    Gadget(
        1005007329501180,
        "Bicycle Light Holder Quick Release Mount 31.8mm Handlebar Clamp Rubber",
        1.46,
        2.92,
        4.4,
        10000,
        "Velocraft Outdoor Store",
        1102987543,
        "Free shipping over US $10",
        False,
        "Top Selling",
    ),
    Gadget(
        1005006963327402,
        "Rear Bike Light 240 Lumens Daytime Visible Flash Pattern USB-C Seatpost Light",
        14.29,
        23.82,
        4.9,
        1000,
        "LumaRide Cycling Store",
        1103412207,
        "Free shipping",
        True,
    ),
    Gadget(
        1005007487163695,
        "Bike Pedal Lights LED Reflector Warning Lamp Pair Universal 9/16 Pedals",
        4.77,
        9.54,
        4.2,
        136,
        "Ridewise Tech Store",
        1104871196,
        "Free shipping",
        True,
    ),
]
OM_SIZES = [12, 12, 9]
OM_BASE = "/w/wholesale-bike-light.html"
OM_QUERY = "g=y&SearchText=bike+light"


def _om_href(number: int) -> str:
    return OM_BASE if number == 1 else f"{OM_BASE}?page={number}&{OM_QUERY}"


def _om_track(g: Gadget, position: int, page: int) -> str:
    """The card link's tracking query, per position and per request."""
    pvid = f"{_hex(f'om-pvid{page}', 8)}-{_hex(f'om-pvid2{page}', 4)}-{_hex(f'om-pvid3{page}', 4)}-{_hex(f'om-pvid4{page}', 12)}"
    original = f"{g.original:.2f}" if g.original else f"{g.price:.2f}"
    return (
        f"?algo_pvid={pvid}&amp;algo_exp_id={pvid}-{position}&amp;pdp_ext_f=%7B%22order%22%3A%22{g.sold or -1}%22%2C%22eval%22%3A%221%22%7D"
        f"&amp;pdp_npi=4%40dis%21USD%21{original}%21{g.price:.2f}%21%21%21{g.price:.2f}%21%21%40{_hex(f'om-npi{g.item_id}', 20)}%21{g.item_id - 1005000000000000}%21sea%21US%210%21ABX"
        f"&amp;curPageLogUid={_hex(f'om-log{page}', 12)}&amp;utparam-url=scene%3Asearch%7Cquery_from%3A"
    )


def _om_price(amount: float) -> str:
    whole, cents = f"{amount:.2f}".split(".")
    return (
        f'<div class="{OM_SALE}"><span style="font-size:12px">US $</span><span style="font-size:20px">{int(whole):,}</span>'
        f'<span style="font-size:20px">.</span><span style="font-size:20px">{cents}</span></div>'
    )


def _om_stars(rating: float) -> str:
    stars = []
    for i in range(5):
        width = max(0.0, min(1.0, rating - i)) * 10
        stars.append(
            f'<div class="{_om("multi", "starBox")}"><div class="{_om("multi", "progress")}" style="width:{width:g}px"><img src="//ae01.orbimartcdn.example/kf/S5f3a.png" class="{_om("multi", "starFull")}" alt=""></div><img src="//ae01.orbimartcdn.example/kf/S9bc1.png" class="{_om("multi", "starEmpty")}" alt=""></div>'
        )
    return f'<div class="{_om("multi", "evaluation")}">{"".join(stars)}</div><span class="{_om("multi", "starNum")}">{rating:.1f}</span>'


def _om_card(g: Gadget, position: int, page: int) -> str:
    choice = (
        f'<img class="{_om("tag", "imgStyle")}" src="//ae01.orbimartcdn.example/kf/S1887a285b6074/166x64.png" height="16" width="41.5" alt="Choice">'
        if g.choice
        else ""
    )
    original = (
        f'<div class="{OM_ORIGINAL}"><span>US ${g.original:.2f}</span></div><span class="{_om("multi", "discount")}">{g.discount()}</span>'
        if g.original
        else ""
    )
    sold = f'<span class="{OM_TRADE}">{g.sold_text()}</span>' if g.sold is not None else ""
    rating = _om_stars(g.rating) if g.rating is not None else ""
    evaluation = f'<div class="{_om("multi", "evalutionModal")}">{rating}{sold}</div>' if rating or sold else ""
    points = []
    if g.choice:
        points.append(
            f'<span class="{_om("tag", "text")} {_om("tag", "textStyle")}" title="Choice" style="color:#191919">Choice</span>'
        )
    if g.shipping:
        points.append(
            f'<span class="{_om("tag", "text")} {_om("tag", "textStyle")}" title="{g.shipping}" style="color:#191919">{g.shipping}</span>'
        )
    if g.badge:
        points.append(
            f'<span class="{_om("tag", "text")} {_om("tag", "textStyle")}" title="{g.badge}" style="color:#FD384F">{g.badge}</span>'
        )
    if g.original and g.price > 10:
        points.append(
            f'<span class="{_om("tag", "text")} {_om("tag", "textStyle")}" title="Save US ${g.original - g.price:.2f}" style="color:#FD384F">Save US ${g.original - g.price:.2f}</span>'
        )
    image = _hex(f"om-img{g.item_id}", 32)
    return f"""<div class="search-item-card-wrapper-gallery"><a class="{OM_CARD}" href="{g.href}{_om_track(g, position, page)}" target="_blank" style="text-align:left"><div class="{_om("multi", "image")}"><div style="position:relative;width:100%"><img class="{_om("images", "item")}" src="//ae-pic-a1.orbimartcdn.example/kf/S{image}.jpg_350x350xz.jpg_.avif" alt="" aria-hidden="true"></div><div class="{_om("images", "imageWindow")}"></div><div class="{_om("multi", "wishlist")}"><span class="comet-icon comet-icon-favorite" aria-label="Add to wishlist"><svg viewBox="0 0 1024 1024" width="1em" height="1em" fill="currentColor"><path d="M512 896l-60-54C240 650 100 522 100 366 100 238 200 140 326 140c72 0 140 34 186 86 46-52 114-86 186-86 126 0 226 98 226 226 0 156-140 284-352 476z"></path></svg></span></div></div><div class="{_om("multi", "content")}"><div title="{esc(g.title)}" class="{_om("multi", "title")}">{choice}<h3 class="{OM_TITLE_TEXT}">{esc(g.title)}</h3></div>{evaluation}<div class="{_om("multi", "price")}">{_om_price(g.price)}{original}</div><div class="{_om("multi", "sellPoint")}">{"".join(points)}</div><div class="{_om("multi", "actions")}"><span class="comet-icon comet-icon-shoppingcart" aria-label="Add to cart"></span><span class="comet-icon comet-icon-search" aria-label="See similar"></span></div></div></a><div class="{_om("cards", "store")}"><a class="{_om("cards", "storeLink")}" href="//www.orbimart.example/store/{g.store_id}" target="_blank">{esc(g.store)}</a></div></div>"""


def _om_init_data(items: list[Gadget], number: int) -> str:
    content = [
        {
            "productId": str(g.item_id),
            "lunchTime": "2025-03-08 00:00:00",
            "image": {
                "imgUrl": f"//ae-pic-a1.orbimartcdn.example/kf/S{_hex(f'om-img{g.item_id}', 32)}.jpg",
                "imgWidth": 350,
                "imgHeight": 350,
                "imgType": "0",
            },
            "title": {"displayTitle": g.title, "seoTitle": g.title},
            "prices": {
                "skuId": str(12000000000000000 + g.item_id % 10**12),
                "pricesStyle": "default",
                "builderType": "skuCoupon",
                "currencySymbol": "US $",
                "prefix": "Sale price:",
                "salePrice": {
                    "currencyCode": "USD",
                    "formattedPrice": f"US ${g.price:.2f}",
                    "minPrice": g.price,
                    "discount": int(g.discount()[1:-1]) if g.original else 0,
                },
                **(
                    {
                        "originalPrice": {
                            "priceType": "original_price",
                            "currencyCode": "USD",
                            "formattedPrice": f"US ${g.original:.2f}",
                            "minPrice": g.original,
                        }
                    }
                    if g.original
                    else {}
                ),
            },
            "evaluation": {"starRating": g.rating} if g.rating else {},
            "trade": {"tradeDesc": g.sold_text()} if g.sold is not None else {},
            "store": {
                "storeUrl": f"//www.orbimart.example/store/{g.store_id}",
                "storeName": g.store,
                "storeId": g.store_id,
                "aliMemberId": g.store_id * 7 % 10**10,
            },
            "productType": "natural",
            "trace": {
                "pdpParams": {
                    "pdp_npi": f"4@dis!USD!{g.original or g.price:.2f}!{g.price:.2f}!!!",
                    "channel": "direct",
                },
                "exposure": {"selling_point": "m0000430" if g.choice else ""},
            },
        }
        for g in items
    ]
    state = {
        "data": {
            "hierarchy": {"root": "root_1", "structure": {"root_1": ["itemList", "pagination", "refineRelatedSearch"]}},
            "data": {
                "root": {
                    "fields": {
                        "pageInfo": {
                            "page": number,
                            "pageSize": 60,
                            "totalResults": 6000,
                            "keywords": "bike light",
                            "isPc": True,
                        },
                        "mods": {
                            "itemList": {"content": content},
                            "pagination": {"pageSize": 60, "current": number, "total": 6000, "lastPage": number == 3},
                        },
                    }
                }
            },
        }
    }
    return _json_script(state)


def _om_page(number: int, total: int, items: list[Gadget]) -> str:
    cards = "".join(_om_card(g, i, number) for i, g in enumerate(items))
    pager = []
    prev = f' href="{esc(_om_href(number - 1))}"' if number > 1 else ""
    pager.append(
        f'<li title="Previous Page" class="comet-pagination-prev{" comet-pagination-disabled" if number == 1 else ""}"><a class="comet-pagination-item-link"{prev}><span class="comet-icon comet-icon-arrowleft"><svg viewBox="0 0 1024 1024" width="1em" height="1em"><path d="M672 192L352 512l320 320"></path></svg></span></a></li>'
    )
    for n in range(1, total + 1):
        active = " comet-pagination-item-active" if n == number else ""
        pager.append(
            f'<li title="{n}" class="comet-pagination-item comet-pagination-item-{n}{active}" tabindex="0"><a href="{esc(_om_href(n))}">{n}</a></li>'
        )
    nxt = f' href="{esc(_om_href(number + 1))}"' if number < total else ""
    pager.append(
        f'<li title="Next Page" class="comet-pagination-next{" comet-pagination-disabled" if number == total else ""}" tabindex="0"><a class="comet-pagination-item-link"{nxt}><span class="comet-icon comet-icon-arrowright"><svg viewBox="0 0 1024 1024" width="1em" height="1em"><path d="M352 192l320 320-320 320"></path></svg></span></a></li>'
    )
    related = [
        "bike light usb rechargeable",
        "bike tail light",
        "bicycle headlight",
        "bike light set",
        "mtb light",
        "bike accessories",
        "smart bike light",
        "led bicycle lights",
    ]
    related_html = "".join(
        f'<a href="/w/wholesale-{slug(r)}.html" class="{_om("related", "link")}">{r}</a>' for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1">
<title>Bike Light - Buy Bike Light with free shipping | OrbiMart</title>
<meta name="keywords" content="bike light, bike light usb rechargeable, bike tail light">
<meta name="description" content="Discover the best deals on bike light at OrbiMart. Enjoy free shipping, fast delivery and easy returns on bike light.">
<link rel="canonical" href="https://www.orbimart.example/w/wholesale-bike-light.html">
<link rel="stylesheet" href="//assets.orbimartcdn.example/g/ae-fe/search-pc/0.0.{number}/pages/search/index.css">
<script>window._dida_config_ = window._dida_config_ || {{}}; window._dida_config_._lang = "en_US"; window._dida_config_._currency = "USD"; window._dida_config_._site = "glo";</script>
</head>
<body data-spm="search">
<div id="cookie-banner" class="{_om("gdpr", "wrap")}" role="dialog" aria-label="Cookie preferences"><div class="{_om("gdpr", "content")}"><p>We use cookies and similar tools to improve your shopping experience, to provide our services, to understand how customers use our services so we can make improvements, and to display ads. <a href="/p/privacy-policy">Cookie policy</a></p><button class="btn-more">Customize</button><button class="btn-accept">Accept cookies</button></div></div>
<div id="header" class="{_om("header", "wrap")}">
 <div class="{_om("header", "top")}"><a href="/" class="{_om("header", "logo")}"><img src="//ae01.orbimartcdn.example/kf/logo.png" alt="OrbiMart"></a>
  <form class="{_om("searchbar", "form")}" action="/w/wholesale-.html"><input id="search-words" class="{_om("searchbar", "input")}" name="SearchText" value="bike light" autocomplete="off" placeholder="bike light"><button type="submit" class="{_om("searchbar", "submit")}" aria-label="search"></button></form>
  <div class="{_om("header", "tools")}"><a href="/app">Download the OrbiMart app</a><span>EN/ <b>USD</b></span><a href="https://login.orbimart.example/">Welcome<br><b>Sign in / Register</b></a><a href="/p/shoppingcart/index.html" class="{_om("header", "cart")}"><span class="{_om("header", "cartNum")}">0</span>Cart</a></div></div>
 <nav class="{_om("header", "categories")}"><a href="/category/all">All Categories</a><a href="/ssr/choice-day">Choice Day</a><a href="/ssr/super-deals">SuperDeals</a><a href="/ssr/bundle-deals">Bundle Deals</a><a href="/ssr/new-users">New user zone</a><a href="/ssr/sports">Sports &amp; Outdoors</a></nav>
</div>
<div id="root"><div class="{_om("root", "container")}">
 <div class="{_om("refine", "container")}">
  <div class="{_om("refine", "breadcrumb")}"><a href="/">Home</a> &gt; <a href="/category/sports">Sports &amp; Entertainment</a> &gt; <a href="/category/cycling">Cycling</a> &gt; <span>Bicycle Light</span></div>
  <div class="{_om("refine", "filters")}"><span class="{_om("refine", "label")}">Filter:</span><label><input type="checkbox"> <img src="//ae01.orbimartcdn.example/kf/choice-tag.png" alt="Choice" height="14"></label><label><input type="checkbox"> Free shipping</label><label><input type="checkbox"> 4★ &amp; up</label><label><input type="checkbox"> Buy 3 get 5% off</label>
   <div class="{_om("refine", "price")}">Price <input placeholder="min" aria-label="min"> - <input placeholder="max" aria-label="max"><button>OK</button></div></div>
  <div class="{_om("refine", "summary")}"><span>6,000+ results for <b>"bike light"</b></span><div class="{_om("sort", "bar")}"><span class="{_om("sort", "active")}">Best Match</span><span>Orders</span><span>Prices</span></div><div class="{_om("view", "switch")}"><span class="comet-icon comet-icon-gallery" aria-label="Gallery view"></span><span class="comet-icon comet-icon-list" aria-label="List view"></span></div></div>
 </div>
 <div class="{_om("root", "content")}">
  <div id="card-list" class="{_om("list", "gallery")} search-item-card-wrapper-gallery-list" data-spm="main">{cards}</div>
  <div class="{_om("pagination", "wrap")}"><ul class="comet-pagination">{"".join(pager)}</ul><div class="{_om("pagination", "jumper")}">Go to Page<input aria-label="page" value="{number}"><button>Go</button></div></div>
  <div class="{_om("related", "wrap")}"><span class="{_om("related", "title")}">Related searches:</span>{related_html}</div>
 </div>
</div></div>
<div id="footer" class="{_om("footer", "wrap")}">
 <div class="{_om("footer", "cols")}"><dl><dt>Help</dt><dd><a href="/help">Help Center</a></dd><dd><a href="/dispute">Disputes &amp; Reports</a></dd><dd><a href="/buyer-protection">Buyer Protection</a></dd></dl><dl><dt>OrbiMart Multi-Language Sites</dt><dd><a href="https://pt.orbimart.example/">Russian</a>, <a href="https://es.orbimart.example/">Spanish</a>, <a href="https://fr.orbimart.example/">French</a>, <a href="https://de.orbimart.example/">German</a></dd></dl><dl><dt>Browse by Category</dt><dd><a href="/popular.html">All Popular</a>, <a href="/c/product.html">Product</a>, <a href="/promotion.html">Promotion</a>, <a href="/low-price.html">Low Price</a>, <a href="/reviews.html">Great Value</a></dd></dl></div>
 <p class="{_om("footer", "copy")}">© 2010-2025 OrbiMart.example. All rights reserved.</p>
</div>
<script>window._dida_config_._init_data_ = {_om_init_data(items, number)};</script>
<script src="//assets.orbimartcdn.example/g/ae-fe/search-pc/0.0.{number}/pages/search/index.js" crossorigin="anonymous"></script>
</body></html>"""


@eighteenth
def build_orbimart() -> None:
    s = Site(
        "orbimart",
        kind="marketplace search results",
        start=_om_href(1).lstrip("/"),
        description=(
            "A cross-border marketplace's search results for 'bike light' (2024–25 React SSR): div.search-item-card-wrapper-gallery "
            "items, each one big a.search-card-item of CSS-module classes (multi--titleText--nXeOvyr h3 in a div[title]) with a "
            "protocol-relative item link carrying a long tracking query, the sale price split into spans 'US $' '12' '.' '34', a "
            "struck 'US $25.68' and '-52%', star images with widths plus '4.8', '1,000+ sold', sell-point tags 'Choice' / 'Free "
            "shipping' / 'Top Selling' / 'Save US $…', a Choice image badge; the store link after the card; new items without "
            "rating or sales; a cookie banner, filters, a comet pagination over ?page=N&g=y&SearchText=…, related searches, footer link lists and the items again in window._dida_config_._init_data_. "
            "Written down: title, url (without the tracking query), price, currency, original_price, rating, sold, store, shipping."
        ),
    )
    pages = chunks(OM_ITEMS, OM_SIZES)
    for number, items in enumerate(pages, 1):
        s.list_page(_om_href(number).lstrip("/").replace("?", "@"), _om_page(number, len(pages), items))
    for g in OM_ITEMS:
        s.expect(
            {
                "title": g.title,
                "url": g.href,
                "price": g.price,
                "currency": "USD",
                "original_price": g.original,
                "rating": g.rating,
                "sold": g.sold,
                "store": g.store,
                "shipping": g.shipping,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# kiezmarkt (FROZEN): a German classifieds site's keyword search in Berlin, 2024–25 server-rendered markup
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Inserat:
    """One classified ad of the result list."""

    adid: int
    title: str
    plz: str
    district: str
    loc: int  # the locality id in the ad's link
    when: str | None  # "Heute, 14:32", "Gestern, 09:15" or "12.03.2025"; None on TOP ads (no date shown)
    description: str
    price: str  # as shown: "450 € VB", "1.200 €", "VB", "Zu verschenken"
    old_price: str | None = None
    tags: tuple[str, ...] = ()
    top: bool = False
    images: int = 1
    pro: bool = False

    @property
    def url(self) -> str:
        german = self.title.translate(
            str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
        )
        return f"/s-anzeige/{slug(german)[:60].rstrip('-')}/{self.adid}-217-{self.loc}"

    @property
    def location(self) -> str:
        return f"{self.plz} Berlin {self.district}"

    def date_value(self) -> str | None:
        if self.when is None:
            return None
        if self.when[:1].isdigit():
            day, month, year = self.when.split(".")
            return f"{year}-{month}-{day}"
        return self.when

    def amount(self) -> float | None:
        number = self.price.removesuffix(" VB").removesuffix(" €")
        if not number[:1].isdigit():
            return None
        return float(number.replace(".", "").replace(",", "."))

    def price_value(self) -> float | str | None:
        amount = self.amount()
        if amount is not None:
            return amount
        return self.price if self.price == "Zu verschenken" else None


SHIP = ("Versand möglich",)
SHIP_BUY = ("Versand möglich", "Direkt kaufen")

KM_ADS = [
    # page 1: two TOP ads, then the newest
    Inserat(
        2981455210,
        "Lastenrad zweirädrig mit Kinderbank und Regenverdeck",
        "10437",
        "Prenzlauer Berg",
        3375,
        None,
        "Verkaufe unser geliebtes Lastenrad, die Kinder sind jetzt zu groß. Holzbox mit zwei Sitzbänken, Gurte und Regenverdeck sind dabei...",
        "1.450 € VB",
        None,
        (),
        True,
        9,
    ),
    Inserat(
        2975012384,
        "E-Lastenrad Longtail 500 Wh Akku, 2 Jahre alt",
        "12047",
        "Neukölln",
        3386,
        None,
        "Longtail mit Mittelmotor, Akku hält ca. 70 km. Inklusive Passagierpolster und Seitentaschen. Probefahrt nach Absprache gerne...",
        "2.300 € VB",
        "2.600 €",
        SHIP,
        True,
        12,
        True,
    ),
    Inserat(
        2990871143,
        "Bakfiets dreirädrig, 7-Gang Nabenschaltung",
        "10965",
        "Kreuzberg",
        3377,
        "Heute, 14:32",
        "Dreirädriges Lastenrad mit großer Kiste, ideal für Einkäufe und Kindertransport. Bremsen neu gemacht, Reifen fast neu...",
        "680 € VB",
        None,
        (),
        False,
        6,
    ),
    Inserat(
        2990864471,
        "Lastenrad Regenverdeck Universal, kaum benutzt",
        "10245",
        "Friedrichshain",
        3381,
        "Heute, 13:05",
        "Regenverdeck passt auf die meisten zweirädrigen Kisten mit 60 cm Breite. Zweimal benutzt, keine Risse, Fenster klar...",
        "90 €",
        None,
        SHIP_BUY,
        False,
        3,
    ),
    Inserat(
        2990851902,
        "Kindersitz für Lastenrad (Maxi-Cosi Adapter)",
        "13353",
        "Wedding",
        3396,
        "Heute, 11:47",
        "Adapter für Babyschale, passend für Kisten mit Holzboden. Schrauben dabei. Abholung im Wedding oder Versand...",
        "45 € VB",
        None,
        SHIP,
        False,
        2,
    ),
    Inserat(
        2990833718,
        "Altes Transportrad / Bäckerrad restaurationsbedürftig",
        "12053",
        "Neukölln",
        3386,
        "Heute, 09:58",
        "Schönes altes Bäckerrad mit Frontgepäckträger, läuft, braucht aber neue Reifen und Liebe. Rahmen ohne Rost...",
        "Zu verschenken",
        None,
        (),
        False,
        4,
    ),
    Inserat(
        2990812265,
        "E-Lastenrad Frontloader Bosch Cargo Line, Top Zustand",
        "14057",
        "Charlottenburg",
        3372,
        "Heute, 08:21",
        "Frontloader mit Cargo-Motor, 545 Wh, 1.850 km gelaufen. Inspektion im Februar, Rechnung vorhanden. Nur Abholung...",
        "3.900 €",
        "4.400 €",
        (),
        False,
        11,
        True,
    ),
    Inserat(
        2990587734,
        "Lastenanhänger für Fahrrad, 80 kg Zuladung",
        "10551",
        "Moabit",
        3395,
        "Gestern, 21:40",
        "Stabiler Lastenanhänger mit Deichsel und Kupplung. Ladefläche 100 x 60 cm, klappbar. Ideal für Umzüge und Gartenabfälle...",
        "120 € VB",
        None,
        SHIP,
        False,
        5,
    ),
    Inserat(
        2990544109,
        "Lastenrad Kiste Holz mit Sitzbank, Eigenbau",
        "12435",
        "Treptow",
        3389,
        "Gestern, 18:12",
        "Selbst gebaute Kiste aus Siebdruckplatte, 2 Sitzplätze mit Gurten. Maße auf Anfrage. Passt auf viele Bakfiets...",
        "VB",
        None,
        (),
        False,
        3,
    ),
    Inserat(
        2990512356,
        "Longtail Cargobike ohne Motor, 9-Gang",
        "10999",
        "Kreuzberg",
        3377,
        "Gestern, 16:03",
        "Ungemotorisiertes Longtail, sehr leicht zu fahren, mit Fußrasten und Haltebügel. Kleine Kratzer am Rahmen...",
        "850 €",
        None,
        SHIP_BUY,
        False,
        7,
    ),
    Inserat(
        2990466021,
        "Lastenrad Ständer Zweibein verstärkt",
        "13086",
        "Weißensee",
        3397,
        "Gestern, 12:30",
        "Zweibeinständer, war an einem Frontloader montiert. Funktioniert einwandfrei, ohne Schrauben...",
        "25 €",
        None,
        SHIP_BUY,
        False,
        1,
    ),
    Inserat(
        2990421870,
        "Familien-Lastenrad mit E-Antrieb, inkl. 2 Akkus",
        "10405",
        "Prenzlauer Berg",
        3375,
        "Gestern, 08:44",
        "Wir verkaufen unser E-Lastenrad mit zwei Akkus (je 500 Wh). Kiste mit Verdeck, Sitzkissen und Handyhalter. Scheckheft...",
        "2.950 € VB",
        None,
        (),
        False,
        10,
    ),
    Inserat(
        2989903385,
        "Dreirad Lastenrad für Senioren, tiefer Einstieg",
        "12623",
        "Mahlsdorf",
        3391,
        "12.03.2025",
        "Dreirad mit Korb hinten, tiefer Einstieg, 3-Gang. Wurde kaum gefahren, stand in der Garage...",
        "390 €",
        "450 €",
        (),
        False,
        4,
    ),
    Inserat(
        2989871120,
        "Lastenrad Vermietung Zubehör: Schloss-Set und Kette",
        "10115",
        "Mitte",
        3394,
        "12.03.2025",
        "Schwere Kette 1,5 m mit Bügelschloss, zwei Schlüssel. Reste aus unserer Vermietung, mehrere vorhanden...",
        "35 €",
        None,
        SHIP,
        False,
        2,
    ),
    # page 2
    Inserat(
        2978220547,
        "Lastenrad Kinderbank mit Gurten Nachrüstung",
        "10178",
        "Mitte",
        3394,
        None,
        "Neue Kinderbank aus Birke, wasserfest lackiert, mit Dreipunktgurten. Auch einzeln zu haben, Montage möglich...",
        "180 €",
        None,
        SHIP_BUY,
        True,
        5,
        True,
    ),
    Inserat(
        2969934412,
        "E-Cargobike Mittelmotor, Kiste mit Verdeck, 2023",
        "10823",
        "Schöneberg",
        3385,
        None,
        "Erst 2023 gekauft, Zustand wie neu. Mittelmotor, hydraulische Scheibenbremsen, Beleuchtung mit Fernlicht...",
        "3.400 € VB",
        None,
        (),
        True,
        14,
    ),
    Inserat(
        2989840671,
        "Bakfiets Lastenrad 3-Gang, grün, fahrbereit",
        "13189",
        "Pankow",
        3393,
        "11.03.2025",
        "Klassisches Bakfiets, grüne Kiste, 3-Gang. Fährt, aber Rücktritt könnte mal eingestellt werden. Regenplane dabei...",
        "550 € VB",
        None,
        (),
        False,
        6,
    ),
    Inserat(
        2989802239,
        "Lastenrad Akku 36V 13Ah gebraucht",
        "12203",
        "Lichterfelde",
        3384,
        "11.03.2025",
        "Akku aus Lastenrad, ca. 400 Ladezyklen, Kapazität noch gut. Ladegerät dabei. Versand nur versichert...",
        "220 €",
        None,
        SHIP,
        False,
        3,
    ),
    Inserat(
        2989766503,
        "Kinder-Lastenrad / Dreirad mit Kiste für Puppen",
        "10318",
        "Karlshorst",
        3390,
        "10.03.2025",
        "Süßes Dreirad für Kinder ab 3 Jahren mit kleiner Holzkiste vorne. Leichte Gebrauchsspuren...",
        "40 €",
        None,
        (),
        False,
        2,
    ),
    Inserat(
        2989731148,
        "Lastenrad Regenzelt für Kinder, transparent",
        "10247",
        "Friedrichshain",
        3381,
        "10.03.2025",
        "Regenzelt mit Reißverschluss, passt auf Kisten bis 90 cm Länge. Sauber, Nichtraucherhaushalt...",
        "Zu verschenken",
        None,
        (),
        False,
        1,
    ),
    Inserat(
        2989688920,
        "Schwerlast-Fahrrad Postrad Original, 2-Gang",
        "12043",
        "Neukölln",
        3386,
        "09.03.2025",
        "Echtes altes Postrad mit großem Frontträger, Trommelbremsen, Nabendynamo. Ein Stück Geschichte...",
        "320 € VB",
        None,
        (),
        False,
        8,
    ),
    Inserat(
        2989654417,
        "Lastenrad mieten statt kaufen? Verkauf Mietflotte",
        "13347",
        "Gesundbrunnen",
        3396,
        "08.03.2025",
        "Wir lösen unsere Mietflotte auf: mehrere E-Lastenräder mit Kiste, gewartet, mit Rechnung und Gewährleistung...",
        "2.100 €",
        "2.490 €",
        SHIP,
        False,
        9,
        True,
    ),
    Inserat(
        2989612201,
        "Cargobike Federgabel 20 Zoll Vorderrad",
        "10961",
        "Kreuzberg",
        3377,
        "08.03.2025",
        "Federgabel für 20-Zoll-Vorderrad, 1 1/8 Schaft, aus Umbau übrig. Guter Zustand...",
        "60 €",
        None,
        SHIP_BUY,
        False,
        2,
    ),
    Inserat(
        2989577065,
        "Lastenrad mit Box für Hund, sehr stabil",
        "14163",
        "Zehlendorf",
        3399,
        "07.03.2025",
        "Unser Hund (30 kg) ist mitgefahren, Box mit Einstiegsklappe und rutschfestem Boden. Rahmen Stahl...",
        "790 €",
        None,
        (),
        False,
        5,
    ),
    Inserat(
        2989530988,
        "Zweirad-Lastenrad Aluminium 8-Gang, leicht",
        "10117",
        "Mitte",
        3394,
        "06.03.2025",
        "Sehr leichtes Alu-Lastenrad, lässt sich gut in den Hof tragen. 8-Gang Nabe, Nabendynamo, neuer Sattel...",
        "1.150 € VB",
        None,
        (),
        False,
        7,
    ),
    Inserat(
        2989498312,
        "Seitentaschen für Longtail, wasserdicht, Paar",
        "12059",
        "Neukölln",
        3386,
        "05.03.2025",
        "Zwei große Seitentaschen, je 35 Liter, Rolltop. Passen auf gängige Longtail-Gepäckträger...",
        "70 €",
        None,
        SHIP_BUY,
        False,
        3,
    ),
    # page 3
    Inserat(
        2970011876,
        "Lastenrad Sitzpolster und Kopfstütze Set",
        "10999",
        "Kreuzberg",
        3377,
        None,
        "Polster-Set für Kinderbank, abwaschbarer Bezug, Kopfstütze höhenverstellbar. Neu und originalverpackt...",
        "95 €",
        None,
        SHIP_BUY,
        True,
        4,
    ),
    Inserat(
        2989455520,
        "Dreirad-Lastenrad mit Neigetechnik",
        "13507",
        "Tegel",
        3398,
        "04.03.2025",
        "Dreirad mit Neigetechnik, fährt sich fast wie ein Zweirad. Kiste mit Deckel abschließbar...",
        "1.600 €",
        None,
        (),
        False,
        6,
    ),
    Inserat(
        2989401173,
        "Lastenrad Schutzblech vorne 20 Zoll",
        "10783",
        "Schöneberg",
        3385,
        "03.03.2025",
        "Schutzblech aus Kunststoff für 20-Zoll-Vorderrad, mit Streben. Leicht verkratzt...",
        "15 €",
        None,
        SHIP,
        False,
        1,
    ),
    Inserat(
        2989366804,
        "Elektro-Lastenrad Heckmotor, Akku defekt",
        "12347",
        "Britz",
        3388,
        "02.03.2025",
        "Heckmotor läuft, aber Akku lädt nicht mehr. Kiste und Rahmen gut. Für Bastler, ohne Garantie...",
        "400 € VB",
        None,
        (),
        False,
        5,
    ),
    Inserat(
        2989320147,
        "Lastenrad für Gewerbe, große Kiste 120 L",
        "10559",
        "Moabit",
        3395,
        "01.03.2025",
        "Flache Ladefläche mit abschließbarer Kiste, vorher für Kurierfahrten genutzt. Gewartet...",
        "1.980 €",
        None,
        (),
        False,
        8,
        True,
    ),
    Inserat(
        2989287752,
        "Kinderfahrrad-Halterung für Lastenrad-Kiste",
        "13156",
        "Niederschönhausen",
        3393,
        "28.02.2025",
        "Halterung, um ein Kinderrad in der Kiste zu transportieren. Einfache Klemmbefestigung...",
        "20 €",
        None,
        SHIP_BUY,
        False,
        2,
    ),
    Inserat(
        2989240096,
        "Lastenrad Bakfiets, sehr gepflegt, mit Zubehör",
        "10439",
        "Prenzlauer Berg",
        3375,
        "27.02.2025",
        "Wir verkaufen unser Bakfiets mit Regenverdeck, Sitzpolster und Babyschalenadapter. Immer im Keller gestanden...",
        "1.200 € VB",
        "1.350 €",
        (),
        False,
        10,
    ),
    Inserat(
        2989198843,
        "Fahrradanhänger Lasten 2 Räder, Holzboden",
        "12489",
        "Adlershof",
        3389,
        "26.02.2025",
        "Einfacher Lastenanhänger mit Holzboden, Luftreifen, Kupplung für Sattelstütze. Gebrauchsspuren...",
        "Zu verschenken",
        None,
        (),
        False,
        2,
    ),
    Inserat(
        2989150511,
        "Lastenrad Lenkstange Umbau-Kit",
        "10365",
        "Lichtenberg",
        3390,
        "25.02.2025",
        "Umbau-Kit für indirekte Lenkung, Stange und Köpfe. Aus Projekt übrig, nie verbaut...",
        "55 € VB",
        None,
        SHIP,
        False,
        2,
    ),
]
KM_SIZES = [14, 12, 9]
KM_TOTAL = len(KM_ADS)
KM_LOC = "k0l3331"
# The gallery strip above the list shows booked listings that also run in the list itself.
KM_GALLERY = {1: [6, 11, 15, 24], 2: [3, 12, 23, 31], 3: [1, 16, 25, 33]}


def _km_href(number: int) -> str:
    return f"/s-berlin/lastenrad/{KM_LOC}" if number == 1 else f"/s-berlin/seite:{number}/lastenrad/{KM_LOC}"


def _km_image(ad: Inserat) -> str:
    return f"https://img.kiezmarkt.example/api/v1/prod-ads/images/{_hex(f'km-img{ad.adid}', 2)}/{_hex(f'km-uuid{ad.adid}', 8)}-{_hex(f'km-uuid2{ad.adid}', 4)}-{_hex(f'km-uuid3{ad.adid}', 4)}-{_hex(f'km-uuid4{ad.adid}', 12)}?rule=$_2.AUTO"


def _km_item(ad: Inserat, index: int) -> str:
    top_class = " badge-topad is-topad" if ad.top else ""
    top_badge = '<div class="badge-topad-srp"><span class="badge-topad-srp--text">TOP</span></div>' if ad.top else ""
    pro = (
        '<div class="badge-hint-pro-small-srp"><i class="badge-hint-pro-small-srp--icon"></i><span>PRO</span></div>'
        if ad.pro
        else ""
    )
    when = f'<i class="icon icon-small icon-calendar-open"></i>\n                {ad.when}' if ad.when else ""
    old = f'<p class="aditem-main--middle--price-shipping--old-price">{ad.old_price}</p>' if ad.old_price else ""
    shipping = f'<p class="aditem-main--middle--price-shipping--shipping">{ad.tags[0]}</p>' if ad.tags else ""
    tags = "".join(f'<span class="simpletag">{t}</span>' for t in ad.tags)
    bottom = f'<p class="text-module-end">{tags}</p>' if tags else ""
    image = _km_image(ad)
    lazy = ' loading="lazy"' if index > 3 else ""
    return f"""
      <li class="ad-listitem{top_class}">
        <article class="aditem" data-adid="{ad.adid}" data-href="{ad.url}">
          <div class="aditem-image">
            <a href="{ad.url}">
              <div class="imagebox srpimagebox" data-imgsrc="{esc(image)}" data-imgsrcretina="{esc(image.replace("$_2", "$_35"))} 2x" data-imgtitle="{esc(ad.title)}">
                <img src="{esc(image)}" srcset="{esc(image.replace("$_2", "$_35"))} 2x" alt="{esc(ad.title)}"{lazy}>
                <div class="galleryimage--info"><i class="galleryimage--counter-icon"></i><span class="galleryimage--counter">{ad.images}</span></div>
              </div>
              {top_badge}
            </a>
          </div>
          <div class="aditem-main">
            <div class="aditem-main--top">
              <div class="aditem-main--top--left">
                <i class="icon icon-small icon-pin-gray"></i> {ad.location}
              </div>
              <div class="aditem-main--top--right">
                {when}
              </div>
            </div>
            <div class="aditem-main--middle">
              <h2 class="text-module-begin">
                <a class="ellipsis" href="{ad.url}">{esc(ad.title)}</a>
              </h2>
              <p class="aditem-main--middle--description">{esc(ad.description)}</p>
              <div class="aditem-main--middle--price-shipping">
                <p class="aditem-main--middle--price-shipping--price">
                  {ad.price}</p>
                {old}
                {shipping}
              </div>
            </div>
            <div class="aditem-main--bottom">
              {bottom}
              {pro}
            </div>
          </div>
          <div class="aditem-addon">
            <button class="button-iconized button-icon-only aditem-watchlist-button" data-adid="{ad.adid}" title="Zur Merkliste hinzufügen"><i class="icon icon-small icon-heart-outline"></i><span class="button-label">Merken</span></button>
          </div>
        </article>
      </li>"""


def _km_ad_slot(name: str) -> str:
    return f"""
      <li class="ad-listitem is-ad-slot">
        <div id="{name}" class="site-base--content liberty-hide-unfilled" data-liberty-position-name="{name}" data-liberty-placement="srp"><div class="liberty-adlabel">Anzeige</div><div id="{name}-container" style="min-height:250px"></div></div>
      </li>"""


def _km_gallery(number: int) -> str:
    items = []
    for position in KM_GALLERY[number]:
        ad = KM_ADS[position]
        items.append(
            f'<li class="galleryad-item"><article class="galleryad" data-adid="{ad.adid}"><a class="galleryad-link" href="{ad.url}"><div class="galleryad-image"><img src="{esc(_km_image(ad))}" alt="{esc(ad.title)}" loading="lazy"></div>'
            f'<div class="galleryad-text"><span class="galleryad-title ellipsis">{esc(ad.title)}</span><span class="galleryad-price">{ad.price}</span><span class="galleryad-location">{ad.plz} {ad.district}</span></div></a></article></li>'
        )
    return f'<section class="galleryads" aria-labelledby="galleryads-title"><h2 id="galleryads-title" class="galleryads--headline">Galerie</h2><ul class="galleryads--list">{"".join(items)}</ul><a class="galleryads--more" href="/p-galerie-info.html">Was ist die Galerie?</a></section>'


def _km_pagination(number: int, total: int) -> str:
    prev = (
        f'<a class="pagination-prev" href="{_km_href(number - 1)}" title="Vorherige"><span class="pagination-prev-label">Vorherige</span></a>'
        if number > 1
        else ""
    )
    pages = "".join(
        f'<span class="pagination-current">{n}</span>'
        if n == number
        else f'<a class="pagination-page" href="{_km_href(n)}">{n}</a>'
        for n in range(1, total + 1)
    )
    nxt = (
        f'<a class="pagination-next" href="{_km_href(number + 1)}" title="Nächste"><span class="pagination-next-label">Nächste</span></a>'
        if number < total
        else ""
    )
    return f'<div class="pagination"><div class="pagination-nav">{prev}</div><div class="pagination-pages">{pages}</div><div class="pagination-nav">{nxt}</div></div>'


def _km_page(number: int, total: int, ads: list[Inserat], first: int) -> str:
    items = [_km_item(ad, i) for i, ad in enumerate(ads)]
    items.insert(5, _km_ad_slot("srp_adsense-top"))
    items.insert(11, _km_ad_slot("srp-btf-middle"))
    last = first + len(ads) - 1
    belen = {
        "universalAnalyticsOpts": {
            "account": "UA-24356365-10",
            "domain": "kiezmarkt.example",
            "userId": "",
            "dimensions": {
                "dimension1": "ResultsBrowse",
                "dimension2": "0",
                "dimension3": "217",
                "dimension7": "3331",
                "dimension20": number,
                "dimension28": "lastenrad",
            },
        },
        "dfpConfig": {
            "adIds": [ad.adid for ad in ads],
            "pageType": "SRP",
            "keywords": "lastenrad",
            "adCount": KM_TOTAL,
        },
        "jsBaseUrl": "https://static.kiezmarkt.example/static/js",
    }
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
  <meta charset="UTF-8">
  <title>Lastenrad in Berlin | Kiezmarkt</title>
  <meta name="description" content="Kiezmarkt: Lastenrad in Berlin - Jetzt in Berlin finden oder inserieren! - Kiezmarkt - Kostenlos. Einfach. Lokal.">
  <meta name="robots" content="index, follow">
  <link rel="canonical" href="https://www.kiezmarkt.example{_km_href(number)}">
  {f'<link rel="prev" href="https://www.kiezmarkt.example{_km_href(number - 1)}">' if number > 1 else ""}
  {f'<link rel="next" href="https://www.kiezmarkt.example{_km_href(number + 1)}">' if number < total else ""}
  <link rel="stylesheet" href="https://static.kiezmarkt.example/static/css/all.{_hex("km-css", 10)}.css">
  <script>window.BelenConf = {_json_script(belen)};</script>
</head>
<body class="page-srp">
<div id="gdpr-banner-container"><div id="gdpr-banner" class="gdpr-banner" role="dialog" aria-modal="true" aria-labelledby="gdpr-banner-title">
  <h2 id="gdpr-banner-title">Willkommen bei Kiezmarkt</h2>
  <p>Wir und unsere <a href="/gdpr/partner">Partner</a> verarbeiten personenbezogene Daten, z. B. deine IP-Adresse, mithilfe von Technologien wie Cookies, um Informationen auf deinem Gerät zu speichern und abzurufen. Dies dient der Personalisierung von Anzeigen und Inhalten, der Messung von Anzeigen und Inhalten sowie der Gewinnung von Erkenntnissen über Zielgruppen.</p>
  <div class="gdpr-banner-buttons"><button id="gdpr-banner-cmp-button" class="button-secondary">Einstellungen</button><button id="gdpr-banner-accept" class="button">Alle akzeptieren</button></div>
</div></div>
<div class="site-base">
<header id="site-header" class="site-header">
  <div class="site-header-top"><a id="site-logo" href="/" title="Kiezmarkt"><img src="https://static.kiezmarkt.example/static/img/common/logo/logo-kiezmarkt-horizontal.svg" alt="Kiezmarkt"></a>
    <form id="site-search-form" action="/s-suchanfrage.html" method="get" class="site-search">
      <label for="site-search-query" class="is-hidden">Was suchst du?</label><input id="site-search-query" name="keywords" type="text" value="lastenrad" placeholder="Was suchst du?">
      <label for="site-search-area" class="is-hidden">PLZ oder Ort</label><input id="site-search-area" name="locationStr" type="text" value="Berlin" placeholder="PLZ oder Ort">
      <select name="radius" aria-label="Umkreis"><option value="0" selected>Ganzer Ort</option><option value="5">+ 5 km</option><option value="10">+ 10 km</option></select>
      <button id="site-search-submit" type="submit" class="button-iconized"><i class="icon icon-magnifier"></i>Finden</button>
    </form>
    <nav class="site-header-nav"><a href="/m-einloggen.html" class="button-secondary">Einloggen</a><a href="/m-benutzer-anmeldung.html">Registrieren</a><a href="/p-anzeige-aufgeben.html" id="site-mainnav-postad-link" class="button">Anzeige aufgeben</a></nav>
  </div>
</header>
<div id="site-content" class="l-page-wrapper l-container-row">
  <div class="l-splitpage-navigation">
    <nav class="breadcrump" aria-label="Breadcrumb"><a class="breadcrump-link" href="/s-berlin/l3331" title="Kleinanzeigen Berlin">Kleinanzeigen Berlin</a> <span class="breadcrump-leaf">lastenrad</span>
      <span class="breadcrump-summary">{first} - {last} von {KM_TOTAL} Ergebnissen für „lastenrad“ in Berlin</span></nav>
  </div>
  <div class="l-splitpage">
    <aside class="l-splitpage-navigation browsebox" id="srchrslt-browsebox">
      <section class="browsebox-itemlist"><h2 class="sectionheadline">Kategorien</h2><ul class="browsebox-attribute-list">
        <li><a href="/s-fahrraeder/berlin/lastenrad/k0c217l3331">Fahrräder &amp; Zubehör</a> <span class="text-light">(29)</span></li>
        <li><a href="/s-kinderwagen-buggys/berlin/lastenrad/k0c25l3331">Kinderwagen &amp; Buggys</a> <span class="text-light">(3)</span></li>
        <li><a href="/s-dienstleistungen/berlin/lastenrad/k0c297l3331">Dienstleistungen</a> <span class="text-light">(2)</span></li>
        <li><a href="/s-zu-verschenken/berlin/lastenrad/k0c192l3331">Zu verschenken &amp; Tauschen</a> <span class="text-light">(2)</span></li></ul></section>
      <section class="browsebox-itemlist"><h2 class="sectionheadline">Preis</h2><form action="/s-berlin/lastenrad/{KM_LOC}"><input name="minPrice" placeholder="von" aria-label="Preis von"> – <input name="maxPrice" placeholder="bis" aria-label="Preis bis"><button class="button-secondary">Los</button></form></section>
      <section class="browsebox-itemlist"><h2 class="sectionheadline">Angebotstyp</h2><ul class="browsebox-attribute-list"><li><a href="/s-berlin/anzeige:angebote/lastenrad/{KM_LOC}">Angebote</a> <span class="text-light">(34)</span></li><li><a href="/s-berlin/anzeige:gesuche/lastenrad/{KM_LOC}">Gesuche</a> <span class="text-light">(4)</span></li></ul></section>
      <section class="browsebox-itemlist"><h2 class="sectionheadline">Anbieter</h2><ul class="browsebox-attribute-list"><li><a href="/s-berlin/anbieter:privat/lastenrad/{KM_LOC}">Privat</a> <span class="text-light">(30)</span></li><li><a href="/s-berlin/anbieter:gewerblich/lastenrad/{KM_LOC}">Gewerblich</a> <span class="text-light">(5)</span></li></ul></section>
      <section class="browsebox-itemlist"><h2 class="sectionheadline">Versand</h2><ul class="browsebox-attribute-list"><li><a href="/s-berlin/versand:ja/lastenrad/{KM_LOC}">Versand möglich</a> <span class="text-light">(16)</span></li></ul></section>
    </aside>
    <div class="l-splitpage-content">
      <div class="srp-header"><h1 class="srp-headline">Lastenrad in Berlin</h1><div class="srp-sorting"><label for="sortingField">Sortieren nach:</label><select id="sortingField"><option selected>Neueste</option><option>Preis aufsteigend</option><option>Preis absteigend</option></select></div><a class="button-secondary srp-savesearch" href="/m-suchauftraege.html">Suchauftrag speichern</a></div>
      {_km_gallery(number)}
      <div id="srchrslt-content" class="position-relative">
      <ul id="srchrslt-adtable" class="itemlist ad-list it3">{"".join(items)}
      </ul>
      </div>
      {_km_pagination(number, total)}
      <section class="srp-related"><h2 class="sectionheadline">Ähnliche Suchen</h2><ul><li><a href="/s-berlin/e-lastenrad/k0l3331">e-lastenrad</a></li><li><a href="/s-berlin/bakfiets/k0l3331">bakfiets</a></li><li><a href="/s-berlin/lastenfahrrad/k0l3331">lastenfahrrad</a></li><li><a href="/s-berlin/cargobike/k0l3331">cargobike</a></li></ul></section>
    </div>
  </div>
</div>
<footer class="site-footer"><div class="footer-links"><section><h3>Kiezmarkt</h3><ul><li><a href="/ueber-uns/">Über uns</a></li><li><a href="/karriere/">Karriere</a></li><li><a href="/presse/">Presse</a></li></ul></section><section><h3>Informationen</h3><ul><li><a href="/hilfe/">Hilfe</a></li><li><a href="/sicherheit/">Tipps für deine Sicherheit</a></li><li><a href="/pro/">Kiezmarkt PRO</a></li></ul></section><section><h3>Rechtliches</h3><ul><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutzerklaerung/">Datenschutzerklärung</a></li><li><a href="/nutzungsbedingungen/">Nutzungsbedingungen</a></li></ul></section></div><p class="footer-copyright">© 2009-2025 Kiezmarkt GmbH</p></footer>
</div>
<script src="https://static.kiezmarkt.example/static/js/srp.{_hex("km-js", 10)}.js" defer></script>
</body>
</html>"""


@eighteenth
def build_kiezmarkt() -> None:
    s = Site(
        "kiezmarkt",
        kind="classifieds search results",
        start=_km_href(1).lstrip("/"),
        description=(
            "A German classifieds site's keyword search 'lastenrad' in Berlin (2024–25 server-rendered markup): "
            "ul#srchrslt-adtable > li.ad-listitem > article.aditem[data-adid][data-href], an image box with a photo counter, "
            "aditem-main--top--left '10437 Berlin Prenzlauer Berg' behind a pin icon and --right 'Heute, 14:32' / 'Gestern, 09:15' / "
            "'12.03.2025' behind a calendar icon, h2 > a.ellipsis title, a description snippet ending in '...', prices '1.450 € VB' / "
            "'390 €' / 'VB' / 'Zu verschenken' with a struck old price on some, 'Versand möglich' / 'Direkt kaufen' simpletags, PRO "
            "badges; TOP ads (li.badge-topad) first on every page without a date, two 'Anzeige' ad-slot li's in the list, a "
            "'Galerie' strip above the list repeating four listings of the search, Kategorien / Angebotstyp / Anbieter facets with "
            "counts, /seite:N/ pagination, related searches, a GDPR banner, window.BelenConf. Written down: title, url, location, "
            "date (ISO when the day is shown, else 'Heute, 14:32' as shown; none on TOP ads), description, price (a number, or "
            "'Zu verschenken'; none for a bare 'VB'), currency, original_price, tags."
        ),
    )
    pages = chunks(KM_ADS, KM_SIZES)
    first = 1
    for number, ads in enumerate(pages, 1):
        s.list_page(_km_href(number).lstrip("/") + "/index.html", _km_page(number, len(pages), ads, first))
        first += len(ads)
    for ad in KM_ADS:
        amount = ad.amount()
        old = float(ad.old_price.removesuffix(" €").replace(".", "")) if ad.old_price else None
        s.expect(
            {
                "title": ad.title,
                "url": ad.url,
                "location": ad.location,
                "date": ad.date_value(),
                "description": ad.description,
                "price": ad.price_value(),
                "currency": "EUR" if amount is not None else None,
                "original_price": old,
                "tags": list(ad.tags) or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# hearthplate (FROZEN): a recipe magazine's collection page, 2024–25 markup with utility classes
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dish:
    """One recipe card of the collection."""

    title: str
    description: str
    total_time: str
    difficulty: str
    rating: float | None
    ratings: int | None
    diets: tuple[str, ...] = ()
    premium: bool = False

    @property
    def url(self) -> str:
        return f"/recipes/{slug(self.title)}"


HP_DISHES = [
    Dish(
        "One-pot chicken & chorizo rice",
        "Pack this smoky one-pot with peppers and peas for a speedy midweek dinner the whole family will enjoy",
        "45 mins",
        "Easy",
        4.7,
        1283,
    ),
    Dish(
        "Creamy mushroom & spinach pasta",
        "Stir soft cheese into golden mushrooms and wilted spinach for a silky sauce that's ready in the time it takes to cook the pasta",
        "20 mins",
        "Easy",
        4.6,
        742,
        ("Vegetarian",),
    ),
    Dish(
        "Sticky sesame salmon traybake",
        "Roast salmon fillets with tenderstem and sweet potato, then drizzle with a sticky honey and soy glaze",
        "35 mins",
        "Easy",
        4.5,
        318,
        ("Gluten-free",),
    ),
    Dish(
        "Slow-cooker beef & ale stew",
        "Leave this rich, hearty stew to bubble away all day, then serve with buttery mash and greens",
        "8 hrs 20 mins",
        "Easy",
        4.8,
        2046,
        (),
        True,
    ),
    Dish(
        "Halloumi & chickpea curry",
        "Golden cubes of halloumi make this fragrant tomato curry extra special – serve with rice or flatbreads",
        "40 mins",
        "Easy",
        4.4,
        536,
        ("Vegetarian",),
    ),
    Dish(
        "Lemon & herb roast chicken thighs",
        "Crispy-skinned chicken thighs roasted on a bed of new potatoes with lemon, garlic and thyme",
        "1 hr 10 mins",
        "Easy",
        4.9,
        97,
    ),
    Dish(
        "Sweet potato & black bean chilli",
        "A warming veggie chilli that's packed with fibre – make a big batch and freeze the leftovers",
        "55 mins",
        "Easy",
        4.6,
        1624,
        ("Vegan", "Gluten-free"),
    ),
    Dish(
        "Pork & apple meatballs with tagliatelle",
        "Make your own juicy meatballs with grated apple and sage, simmered in a simple tomato sauce",
        "1 hr",
        "More effort",
        4.3,
        121,
    ),
    Dish(
        "Prawn pad thai",
        "Recreate the takeaway favourite at home with rice noodles, crunchy peanuts and a tangy tamarind sauce",
        "30 mins",
        "Easy",
        4.5,
        887,
    ),
    Dish(
        "Cheat's chicken kiev",
        "Stuff chicken breasts with garlic butter, coat in crumbs and bake for a crispy, lighter version",
        "50 mins",
        "More effort",
        4.2,
        64,
        (),
        True,
    ),
    Dish(
        "Spiced lentil & carrot soup",
        "A filling, budget-friendly soup with red lentils, cumin and chilli – great for lunchboxes too",
        "35 mins",
        "Easy",
        4.8,
        3105,
        ("Vegan",),
    ),
    Dish(
        "Miso-glazed aubergine rice bowls",
        "Sweet-savoury roasted aubergine on sticky rice with pickled cucumber and spring onions",
        "45 mins",
        "Easy",
        None,
        None,
        ("Vegan",),
    ),
    Dish(
        "Sausage & bean casserole",
        "An easy, comforting casserole made with pantry staples – serve with crusty bread to mop up the sauce",
        "1 hr 5 mins",
        "Easy",
        4.7,
        2214,
    ),
    Dish(
        "Thai green chicken curry",
        "Make your own aromatic curry paste, then simmer with chicken, aubergine and coconut milk",
        "1 hr 15 mins",
        "More effort",
        4.6,
        409,
        ("Gluten-free",),
    ),
    Dish(
        "Veggie shepherd's pie with cheesy mash",
        "Lentils and mushrooms make a rich filling under a crunchy, cheese-topped mash",
        "1 hr 30 mins",
        "Easy",
        4.5,
        1032,
        ("Vegetarian",),
    ),
    Dish(
        "Harissa lamb flatbreads",
        "Spiced lamb mince on warm flatbreads with minty yogurt, pomegranate and herbs",
        "25 mins",
        "Easy",
        4.4,
        153,
    ),
    Dish(
        "Crispy gnocchi with pesto & peas",
        "Pan-fry shop-bought gnocchi until golden, then toss with pesto, peas and lemon",
        "15 mins",
        "Easy",
        4.3,
        276,
        ("Vegetarian",),
    ),
    Dish(
        "Beef rendang",
        "A slow-cooked Malaysian curry with melt-in-the-mouth beef and toasted coconut – worth the effort",
        "3 hrs 30 mins",
        "A challenge",
        4.9,
        188,
        ("Gluten-free",),
        True,
    ),
    Dish(
        "Cod with chorizo & butter beans",
        "Flaky white fish on a bed of smoky beans and tomatoes – on the table in half an hour",
        "30 mins",
        "Easy",
        4.6,
        512,
    ),
    Dish(
        "Butternut squash risotto",
        "A comforting risotto with roasted squash, sage and parmesan, stirred until creamy",
        "1 hr",
        "More effort",
        4.5,
        694,
        ("Vegetarian", "Gluten-free"),
    ),
    Dish(
        "Teriyaki tofu noodles",
        "Crispy tofu tossed with noodles, pak choi and a quick homemade teriyaki sauce",
        "25 mins",
        "Easy",
        4.2,
        87,
        ("Vegan",),
    ),
    Dish(
        "Chicken fajita traybake",
        "Everything for a fajita night roasted in one tin – pile into tortillas with soured cream",
        "40 mins",
        "Easy",
        4.8,
        1477,
    ),
    Dish(
        "Spanakopita pie",
        "Layers of crisp filo with a spinach, feta and dill filling – serve warm with a Greek salad",
        "1 hr 20 mins",
        "More effort",
        None,
        None,
        ("Vegetarian",),
        True,
    ),
    Dish(
        "Easy fish pie",
        "Smoked haddock, salmon and prawns in a creamy sauce under fluffy mash – a family classic",
        "1 hr 10 mins",
        "Easy",
        4.7,
        2589,
    ),
    Dish(
        "Cauliflower mac 'n' cheese",
        "Sneak some veg into this bubbling, golden mac 'n' cheese with a crunchy breadcrumb topping",
        "45 mins",
        "Easy",
        4.5,
        1190,
        ("Vegetarian",),
    ),
    Dish(
        "Honey mustard pork chops",
        "Pan-fried pork chops with a sticky honey and wholegrain mustard glaze and green beans",
        "25 mins",
        "Easy",
        4.4,
        341,
        ("Gluten-free",),
    ),
    Dish(
        "Roasted red pepper & tomato soup",
        "Blitz sweet roasted peppers with tomatoes and basil for a vibrant, silky soup",
        "50 mins",
        "Easy",
        4.6,
        803,
        ("Vegan", "Gluten-free"),
    ),
    Dish(
        "Chicken katsu curry",
        "Crispy panko chicken with a mild, fragrant curry sauce and fluffy rice",
        "1 hr",
        "More effort",
        4.8,
        951,
        (),
        True,
    ),
    Dish(
        "Pea & mint frittata",
        "A quick and budget-friendly frittata with frozen peas, feta and fresh mint",
        "20 mins",
        "Easy",
        4.1,
        58,
        ("Vegetarian", "Gluten-free"),
    ),
    Dish(
        "Turkey burgers with sweet potato wedges",
        "Lean turkey mince burgers with grated courgette, served with baked sweet potato wedges",
        "50 mins",
        "Easy",
        4.3,
        212,
    ),
    Dish(
        "Mushroom stroganoff",
        "Smoky paprika and soured cream make this speedy veggie stroganoff rich and comforting",
        "25 mins",
        "Easy",
        4.7,
        1358,
        ("Vegetarian",),
    ),
]
HP_SIZES = [12, 12, 7]
HP_BASE = "/recipes/collection/midweek-meal-recipes"


def _hp_href(number: int) -> str:
    return HP_BASE if number == 1 else f"{HP_BASE}?page={number}"


def _hp_stars(rating: float) -> str:
    stars = []
    for i in range(5):
        fill = "full" if rating - i >= 0.75 else "half" if rating - i >= 0.25 else "empty"
        stars.append(
            f'<svg class="icon rating__star rating__star--{fill}" width="14" height="14" aria-hidden="true"><use href="#icon-star-{fill}"></use></svg>'
        )
    return "".join(stars)


def _hp_card(d: Dish, index: int) -> str:
    image = _hex(f"hp-img{d.title}", 6)
    year = 2019 + index % 6
    img = f"https://images.hearthplate.example/{year}/0{1 + index % 9}/{slug(d.title)}-{image}.jpg?quality=90&amp;resize=440,400"
    premium = (
        '<div class="card__top-left-action"><div class="premium-badge d-flex align-items-center"><svg class="icon premium-badge__icon" width="16" height="16" aria-hidden="true"><use href="#icon-lock"></use></svg>'
        '<span class="premium-badge__text">Premium</span><span class="hidden-text"> – subscribe to unlock this recipe</span></div></div>'
        if d.premium
        else ""
    )
    diets = (
        '<ul class="card__tags tag-list list-unstyled d-flex flex-wrap">'
        + "".join(
            f'<li class="tag-list__item"><span class="pill pill--small pill--diet">{t}</span></li>' for t in d.diets
        )
        + "</ul>"
        if d.diets
        else ""
    )
    rating = (
        f'<div class="rating card__rating d-flex align-items-center"><div class="rating__stars d-flex" aria-label="A star rating of {d.rating:g} out of 5.">{_hp_stars(d.rating)}</div>'
        f'<span class="rating__count-text body-copy-small">({d.ratings:,} ratings)</span></div>'
        if d.rating is not None
        else ""
    )
    return f"""
<div class="grid__item">
<article class="card text-align-left card--vertical card--with-borders" data-item-type="recipe"{' data-premium="true"' if d.premium else ""}>
 <div class="card__section card__media">
  <a class="link d-block" href="{d.url}" tabindex="-1" aria-hidden="true"><div class="image"><picture><source srcset="{img.replace(".jpg", ".webp")}" type="image/webp"><img class="image__img" src="{img}" alt="{esc(d.title)}" width="440" height="400" loading="{"eager" if index < 3 else "lazy"}"></picture></div></a>
  {premium}
  <div class="card__top-right-action"><button class="save-recipe-button btn btn--icon" type="button" data-recipe="{slug(d.title)}"><svg class="icon" width="20" height="20" aria-hidden="true"><use href="#icon-heart"></use></svg><span class="hidden-text">Save recipe</span></button></div>
 </div>
 <div class="card__section card__content">
  <div class="card__header"><a class="link d-block" href="{d.url}"><h2 class="heading-4" style="color:inherit">{esc(d.title)}</h2></a></div>
  {diets}
  <div class="card__description body-copy-small"><p>{esc(d.description)}</p></div>
  <div class="card__footer">
   {rating}
   <ul class="terms-icons-list d-flex post-header__term-icons-list list-unstyled">
    <li class="terms-icons-list__item d-flex align-items-center"><svg class="icon terms-icons-list__icon" width="16" height="16" aria-hidden="true"><use href="#icon-clock"></use></svg><span class="terms-icons-list__text d-flex align-items-center">{d.total_time}</span></li>
    <li class="terms-icons-list__item d-flex align-items-center"><svg class="icon terms-icons-list__icon" width="16" height="16" aria-hidden="true"><use href="#icon-chef-hat"></use></svg><span class="terms-icons-list__text d-flex align-items-center">{d.difficulty}</span></li>
   </ul>
  </div>
 </div>
</article>
</div>"""


def _hp_ad(slot: str) -> str:
    return f'\n<div class="grid__item grid__item--full-width"><div class="ad-slot-container ad-slot-container--inline"><div class="ad-slot__label body-copy-extra-small">Advertisement</div><div id="ad-{slot}" class="ad-slot ad-slot--{slot}" data-ad-slot="{slot}" data-ad-targeting=\'{{"pos":"{slot}","type":"collection"}}\'></div></div></div>'


def _hp_newsletter() -> str:
    return """
<div class="grid__item">
<div class="card card--newsletter card--with-borders"><div class="card__section card__content"><h2 class="heading-4">Get our midweek meal plan</h2><p class="body-copy-small">Sign up to our newsletter for five easy dinners every Sunday, plus seasonal ideas and offers.</p><form action="/newsletter/signup" method="post"><label class="hidden-text" for="nl-email">Email address</label><input id="nl-email" type="email" name="email" placeholder="Email address"><button class="btn btn--primary" type="submit">Sign up</button></form></div></div>
</div>"""


def _hp_pagination(number: int, total: int) -> str:
    prev = (
        f'<a class="pagination-arrow pagination-arrow--prev" href="{esc(_hp_href(number - 1))}" aria-label="Previous page"><svg class="icon" width="16" height="16" aria-hidden="true"><use href="#icon-chevron-left"></use></svg></a>'
        if number > 1
        else ""
    )
    nxt = (
        f'<a class="pagination-arrow pagination-arrow--next" href="{esc(_hp_href(number + 1))}" aria-label="Next page"><svg class="icon" width="16" height="16" aria-hidden="true"><use href="#icon-chevron-right"></use></svg></a>'
        if number < total
        else ""
    )
    items = "".join(
        f'<li class="pagination__list-item"><span class="pagination__item pagination__item--active" aria-current="page">{n}</span></li>'
        if n == number
        else f'<li class="pagination__list-item"><a class="pagination__item" href="{esc(_hp_href(n))}" aria-label="Go to page {n}">{n}</a></li>'
        for n in range(1, total + 1)
    )
    return f'<nav class="pagination d-flex justify-content-center" aria-label="Pagination">{prev}<ul class="pagination__list list-unstyled d-flex">{items}</ul>{nxt}</nav>'


def _hp_page(number: int, total: int, dishes: list[Dish], first: int) -> str:
    cards = [_hp_card(d, first + i) for i, d in enumerate(dishes)]
    cards.insert(6, _hp_ad("inline1"))
    if number == 1:
        cards.insert(10, _hp_newsletter())
    if len(cards) > 12:
        cards.insert(13, _hp_ad("inline2"))
    item_list = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "itemListElement": [
            {"@type": "ListItem", "position": first + i, "url": f"https://www.hearthplate.example{d.url}"}
            for i, d in enumerate(dishes)
        ],
    }
    breadcrumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.hearthplate.example/"},
            {"@type": "ListItem", "position": 2, "name": "Recipes", "item": "https://www.hearthplate.example/recipes"},
            {"@type": "ListItem", "position": 3, "name": "Midweek meal recipes"},
        ],
    }
    context = {
        "page": {
            "type": "collection",
            "id": 2217,
            "slug": "midweek-meal-recipes",
            "pageNumber": number,
            "totalItems": len(HP_DISHES),
        },
        "ads": {"enabled": True, "sitekey": "hearthplate"},
        "user": {"isPremium": False},
    }
    last = first + len(dishes) - 1
    popular = [
        "Chicken recipes",
        "Pasta recipes",
        "Vegetarian recipes",
        "Budget recipes",
        "Slow cooker recipes",
        "Healthy recipes",
    ]
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Midweek meal recipes{f" - page {number}" if number > 1 else ""} | Hearthplate</title>
<meta name="description" content="Get dinner on the table fast with our easy midweek meals, from one-pots and traybakes to speedy pasta dishes and curries.">
<link rel="canonical" href="https://www.hearthplate.example{esc(_hp_href(number))}">
<link rel="stylesheet" href="/static/css/main.{_hex("hp-css", 8)}.css">
<script type="application/ld+json">{_json_script(item_list)}</script>
<script type="application/ld+json">{_json_script(breadcrumbs)}</script>
<script>window.__CONTEXT__ = {_json_script(context)};</script>
</head>
<body class="template-collection">
<svg xmlns="http://www.w3.org/2000/svg" style="display:none"><symbol id="icon-star-full" viewBox="0 0 24 24"><path d="M12 2l3 7h7l-5.5 4.5 2 7.5-6.5-4.5-6.5 4.5 2-7.5L2 9h7z"></path></symbol><symbol id="icon-star-half" viewBox="0 0 24 24"><path d="M12 2v15l-6.5 4.5 2-7.5L2 9h7z"></path></symbol><symbol id="icon-star-empty" viewBox="0 0 24 24"><path d="M12 5l2 5h5l-4 3 1.5 5-4.5-3-4.5 3 1.5-5-4-3h5z"></path></symbol><symbol id="icon-clock" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10"></circle></symbol><symbol id="icon-chef-hat" viewBox="0 0 24 24"><path d="M6 14h12v6H6z"></path></symbol><symbol id="icon-lock" viewBox="0 0 24 24"><path d="M6 10h12v10H6z"></path></symbol><symbol id="icon-heart" viewBox="0 0 24 24"><path d="M12 21l-9-9a5 5 0 0 1 9-5 5 5 0 0 1 9 5z"></path></symbol></svg>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy</h2><p id="onetrust-policy-text">We and our partners use technologies, such as cookies, and process personal data, such as IP addresses and cookie identifiers, to personalise ads and content based on your interests, measure the performance of ads and content, and derive insights about the audiences who saw ads and content. <a href="/privacy-policy">Privacy policy</a></p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Manage preferences</button><button id="onetrust-accept-btn-handler">Accept all</button></div></div></div></div>
<header class="site-header">
 <div class="site-header__top container d-flex align-items-center"><a class="site-header__logo" href="/"><img src="/static/img/hearthplate-logo.svg" alt="Hearthplate" width="160" height="40"></a>
  <form class="search-form" action="/search" role="search"><label class="hidden-text" for="search-q">Search recipes</label><input id="search-q" name="q" placeholder="Search recipes, ingredients..."><button class="btn btn--icon" type="submit"><span class="hidden-text">Search</span></button></form>
  <div class="site-header__actions"><a class="btn btn--secondary" href="/subscribe">Subscribe – 3 issues for £5</a><a href="/login">Log in</a></div></div>
 <nav class="main-nav" aria-label="Main"><ul class="main-nav__list list-unstyled d-flex"><li><a href="/recipes">Recipes</a></li><li><a href="/recipes/collection/easy-recipes">Easy</a></li><li><a href="/recipes/collection/healthy-recipes">Healthy</a></li><li><a href="/recipes/collection/vegetarian-recipes">Vegetarian</a></li><li><a href="/howto">How to</a></li><li><a href="/review">Reviews</a></li><li><a href="/premium">Premium</a></li></ul></nav>
</header>
<div class="ad-slot-container ad-slot-container--leaderboard"><div class="ad-slot__label body-copy-extra-small">Advertisement</div><div id="ad-leaderboard" class="ad-slot ad-slot--leaderboard" data-ad-slot="leaderboard"></div></div>
<main id="main-content" class="container">
 <nav class="breadcrumb body-copy-small" aria-label="Breadcrumb"><ol class="breadcrumb__list list-unstyled d-flex"><li class="breadcrumb__item"><a class="link" href="/">Home</a></li><li class="breadcrumb__item"><a class="link" href="/recipes">Recipes</a></li><li class="breadcrumb__item" aria-current="page">Midweek meal recipes</li></ol></nav>
 <div class="post-header post-header--collection">
  <h1 class="heading-1">Midweek meal recipes</h1>
  <div class="post-header__body"><div class="editor-content body-copy"><p>Get dinner on the table fast with our easy midweek meals. From one-pot wonders and traybakes to speedy pasta dishes and curries, there's something here for every night of the week.</p></div>
  <div class="post-header__author body-copy-small">By <a class="link" href="/author/hearthplate-team">Hearthplate team</a> · Updated <time datetime="2025-01-14">14 January 2025</time></div></div>
 </div>
 <div class="layout-md-rail">
  <div class="layout-md-rail__primary">
   <p class="collection-items__count body-copy-small">Showing items {first} to {last} of {len(HP_DISHES)}</p>
   <div class="grid grid--3 grid--align-stretch collection-items">{"".join(cards)}
   </div>
   {_hp_pagination(number, total)}
  </div>
  <aside class="layout-md-rail__secondary">
   <div class="ad-slot-container ad-slot-container--mpu"><div class="ad-slot__label body-copy-extra-small">Advertisement</div><div id="ad-mpu1" class="ad-slot ad-slot--mpu" data-ad-slot="mpu1"></div></div>
   <section class="popular-collections"><h2 class="heading-5">Popular collections</h2><ul class="list-unstyled">{"".join(f'<li><a class="link" href="/recipes/collection/{slug(p)}">{p}</a></li>' for p in popular)}</ul></section>
   <div class="subscription-promo card card--with-borders"><h2 class="heading-5">Try Hearthplate Premium</h2><p class="body-copy-small">Unlock 10,000+ premium recipes, an ad-free app and meal plans. First 3 months for £1.</p><a class="btn btn--primary" href="/premium/subscribe">Start free trial</a></div>
  </aside>
 </div>
 <section class="taboola-feed"><h2 class="heading-5">You might also like</h2><div id="taboola-below-article-thumbnails" class="trc_related_container"><div class="trc_rbox_header">Sponsored Links</div><div class="videoCube"><a href="https://adclick.example/r?id=991" rel="sponsored nofollow"><span class="video-label video-title">These new kitchen gadgets are flying off the shelves</span><span class="branding">KitchenHacks Weekly</span></a></div><div class="videoCube"><a href="https://adclick.example/r?id=992" rel="sponsored nofollow"><span class="video-label video-title">Homeowners in the UK are switching to this boiler trick</span><span class="branding">EnergySaver Tips</span></a></div><div class="videoCube"><a href="https://adclick.example/r?id=993" rel="sponsored nofollow"><span class="video-label video-title">The 5-ingredient dinner that chefs swear by</span><span class="branding">DinnerDaily</span></a></div></div></section>
</main>
<footer class="site-footer"><div class="container"><ul class="site-footer__links list-unstyled d-flex flex-wrap"><li><a href="/about-us">About us</a></li><li><a href="/contact-us">Contact us</a></li><li><a href="/privacy-policy">Privacy policy</a></li><li><a href="/cookies-policy">Cookies policy</a></li><li><a href="/terms">Terms &amp; conditions</a></li><li><a href="/subscribe">Subscribe to the magazine</a></li></ul><p class="body-copy-extra-small">© Hearthplate Media Ltd 2025. All rights reserved.</p></div></footer>
<script src="/static/js/main.{_hex("hp-js", 8)}.js" defer></script>
</body>
</html>"""


@eighteenth
def build_hearthplate() -> None:
    s = Site(
        "hearthplate",
        kind="recipe collection",
        start=_hp_href(1).lstrip("/"),
        description=(
            "A recipe magazine's collection page 'Midweek meal recipes' (2024–25 markup): a grid of div.grid__item > article.card "
            "cards with the image link and the h2 title link to /recipes/…, a Premium lock badge with hidden text on some, diet pills "
            "'Vegetarian' / 'Vegan' / 'Gluten-free' on some, a description, star SVGs in div.rating__stars[aria-label='A star rating "
            "of 4.6 out of 5.'] with '(1,283 ratings)' (none on new recipes), a terms-icons-list of total time '1 hr 10 mins' and "
            "difficulty 'Easy' / 'More effort' / 'A challenge'; 'Advertisement' ad slots as full-width grid items, a newsletter card "
            "in the grid on page 1, a OneTrust banner, 'Showing items 1 to 12 of 31', ?page=N pagination, a sidebar of popular "
            "collections, a sponsored-links feed, JSON-LD ItemList of the page's urls. Written down: title, url, description, "
            "total_time, difficulty, rating, rating_count, tags (the diet pills)."
        ),
    )
    pages = chunks(HP_DISHES, HP_SIZES)
    first = 1
    for number, dishes in enumerate(pages, 1):
        path = _hp_href(number).lstrip("/").replace("?", "@")
        s.list_page(path + ("/index.html" if number == 1 else ""), _hp_page(number, len(pages), dishes, first))
        first += len(dishes)
    for d in HP_DISHES:
        s.expect(
            {
                "title": d.title,
                "url": d.url,
                "description": d.description,
                "total_time": d.total_time,
                "difficulty": d.difficulty,
                "rating": d.rating,
                "rating_count": d.ratings,
                "tags": list(d.diets) or None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in EIGHTEENTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
