"""A copy of a corpus site with the material real pages carry around their records (``--noise``).

The corpus pages are small hand-written copies of real pages; a real third-party page carries much
more around its records: a header with a mega-menu, a footer of link columns, a cookie dialog, an
app state and JSON-LD in scripts, a "You may also like" carousel, tracking pixels and ad slots.
Serving each site once more with that material added (the expected records stay the same: noise
adds no records) measures how much of the Scout's result rests on pages being tidy. Four kinds, in
any combination:

* ``chrome``: skip link, header with logo, search form and a mega-menu whose panels are hidden; a
  footer of four headed link columns, social icons, a copyright line, a newsletter form and a
  cookie-consent dialog.
* ``scripts``: an application-state JSON script (navigation tree, translations, feature flags and
  24 recently viewed products not shown on the page), JSON-LD (Organization, WebSite with a
  SearchAction, BreadcrumbList), a ``dataLayer`` push and two external script tags.
* ``related``: a "You may also like" carousel of eight product cards after the main content.
* ``tracking``: a tag-manager ``noscript`` iframe, two ad slots, twenty 1x1 pixels, hidden inputs.

The material is inserted by string operations at ``<body…>`` and ``</body>`` (after ``</head>`` and
before ``</html>`` in a document without a body tag); the page's own markup is never reparsed. An
HTML fragment answered to a script (a "load more" endpoint) is left as it is: real fragment
endpoints carry no page chrome. Everything is deterministic: site-wide parts (menus, footer, app
state) are the same on every page of a site, as a real site's are; page parts (related cards,
pixels, recently viewed products) are seeded from the page's path. Invented names that occur in the
site's own text are left out, so the noise never repeats a record's text.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import random
import re
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

from tests.bench.classhash import KEPT_SUFFIXES, read_page

KINDS = ("chrome", "scripts", "related", "tracking")
#: Files that are never pages, besides the scripts, styles, JSON and pictures classhash keeps.
_NOT_PAGES = (*KEPT_SUFFIXES, ".xml", ".txt", ".py", ".md", ".csv", ".pdf", ".woff", ".woff2")
_DOCUMENT = re.compile(r"<!doctype\s+html|<(?:html|head|body)\b", re.IGNORECASE)
_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_BODY_CLOSE = re.compile(r"</body\s*>", re.IGNORECASE)
_HEAD_CLOSE = re.compile(r"</head\s*>", re.IGNORECASE)
_HTML_OPEN = re.compile(r"<html\b[^>]*>", re.IGNORECASE)
_HTML_CLOSE = re.compile(r"</html\s*>", re.IGNORECASE)
_MAIN_CLOSE = re.compile(r"</main\s*>", re.IGNORECASE)
#: A word of a name or of the site's text ("children's" is one word).
_WORD = re.compile(r"\w+(?:['’]\w+)*")
#: The longest invented name, in words: the site's phrases up to this length are looked up.
_LONGEST_NAME = 5

#: A shop's departments, each with three columns of eight categories (the mega-menu and app state).
DEPARTMENTS: dict[str, dict[str, tuple[str, ...]]] = {
    "Home & Garden": {
        "Furniture": (
            "Sofas", "Armchairs", "Dining tables", "Bookcases", "Beds", "Wardrobes", "Garden furniture",
            "Office chairs",
        ),
        "Decor": ("Cushions", "Rugs", "Mirrors", "Wall art", "Candles", "Vases", "Clocks", "Photo frames"),
        "Garden": (
            "Plant pots", "Barbecues", "Garden tools", "Lawn mowers", "Hoses", "Seeds", "Outdoor lighting",
            "Greenhouses",
        ),
    },
    "Fashion": {
        "Women": ("Dresses", "Tops", "Jeans", "Coats & jackets", "Knitwear", "Skirts", "Swimwear", "Lingerie"),
        "Men": ("Shirts", "T-shirts", "Trousers", "Suits", "Hoodies", "Shorts", "Underwear", "Jackets"),
        "Accessories": ("Bags", "Belts", "Hats", "Scarves", "Sunglasses", "Watches", "Wallets", "Jewellery"),
    },
    "Sports & Outdoors": {
        "Sportswear": (
            "Running shoes", "Gym leggings", "Sports bras", "Tracksuits", "Training tops", "Football boots",
            "Swim shorts", "Base layers",
        ),
        "Equipment": (
            "Yoga mats", "Dumbbells", "Bikes", "Tennis rackets", "Golf balls", "Skateboards", "Fitness trackers",
            "Water bottles",
        ),
        "Outdoors": (
            "Tents", "Sleeping bags", "Hiking boots", "Backpacks", "Camping stoves", "Head torches",
            "Rain jackets", "Walking poles",
        ),
    },
    "Electronics": {
        "Computing": (
            "Laptops", "Monitors", "Keyboards", "Printers", "Tablets", "Routers", "Hard drives", "Webcams",
        ),
        "Audio & TV": (
            "Headphones", "Soundbars", "Televisions", "Speakers", "Turntables", "Projectors", "Streaming sticks",
            "Radios",
        ),
        "Phones": (
            "Smartphones", "Phone cases", "Chargers", "Screen protectors", "Smartwatches", "Power banks",
            "Cables", "Car mounts",
        ),
    },
    "Kitchen": {
        "Cookware": (
            "Frying pans", "Saucepans", "Casserole dishes", "Woks", "Baking trays", "Knife sets",
            "Chopping boards", "Utensils",
        ),
        "Appliances": (
            "Kettles", "Toasters", "Coffee machines", "Blenders", "Air fryers", "Microwaves", "Food processors",
            "Stand mixers",
        ),
        "Dining": (
            "Dinner sets", "Glassware", "Cutlery", "Mugs", "Table linen", "Serveware", "Placemats", "Lunch boxes",
        ),
    },
    "Beauty": {
        "Skincare": (
            "Moisturisers", "Cleansers", "Serums", "Sun cream", "Face masks", "Eye creams", "Toners", "Lip balm",
        ),
        "Make-up": (
            "Foundation", "Mascara", "Lipstick", "Eyeshadow", "Concealer", "Nail polish", "Brushes", "Primers",
        ),
        "Hair": (
            "Shampoo", "Conditioner", "Hair dryers", "Straighteners", "Hair oils", "Styling gels", "Hairbrushes",
            "Hair colour",
        ),
    },
    "Kids & Baby": {
        "Baby": (
            "Prams", "Car seats", "Cots", "Baby monitors", "Nappies", "Baby clothes", "Highchairs",
            "Changing bags",
        ),
        "Toys": (
            "Building sets", "Board games", "Puzzles", "Dolls", "Soft toys", "Craft kits", "Ride-on toys",
            "Outdoor toys",
        ),
        "School": (
            "School shoes", "Uniforms", "Lunch bags", "Pencil cases", "School bags", "Book bags", "Stationery",
            "Calculators",
        ),
    },
    "Books & Media": {
        "Books": (
            "Fiction", "Crime & thriller", "Cookbooks", "Biographies", "Children's books", "Travel guides",
            "Graphic novels", "Audiobooks",
        ),
        "Music & film": (
            "Vinyl", "CDs", "Blu-ray", "Box sets", "Instruments", "Sheet music", "Guitar accessories", "Microphones",
        ),
        "Gaming": (
            "Consoles", "Controllers", "Gaming headsets", "Gaming chairs", "PC games", "Console games",
            "VR headsets", "Gaming monitors",
        ),
    },
}  # fmt: skip
#: The footer's four headed columns of ten links.
FOOTER: dict[str, tuple[str, ...]] = {
    "Customer service": (
        "Help centre", "Contact us", "Delivery information", "Returns & refunds", "Order tracking", "Size guide",
        "Product recalls", "Accessibility", "Gift cards", "Store finder",
    ),
    "About us": (
        "About us", "Careers", "Press office", "Sustainability", "Investors", "Affiliate programme",
        "Modern slavery statement", "Gender pay gap report", "Corporate responsibility", "Our stores",
    ),
    "Shopping with us": (
        "Payment options", "Student discount", "Pay in 3 instalments", "Price promise", "Trade accounts",
        "Click & collect", "Membership", "Refer a friend", "Download our app", "Blog",
    ),
    "Legal": (
        "Terms & conditions", "Privacy policy", "Cookie policy", "Cookie settings", "Terms of sale",
        "Competition rules", "Security", "Sitemap", "Imprint", "Do not sell my personal information",
    ),
}  # fmt: skip
_BRANDS = ("Northmere", "Brightvale", "Halcyon & Co", "Fernleigh", "Oakhurst Living", "Cobalt Lane", "Wrenfield")
_NAME_PARTS = (
    ("Harlow", "Linden", "Marlow", "Aster", "Calder", "Fenwick", "Hollis", "Juniper", "Kestrel", "Orla",
     "Pembroke", "Rowan", "Sable", "Tamsin", "Yarrow", "Wistow"),
    ("Oak", "Linen", "Ceramic", "Brass", "Wool", "Rattan", "Marble", "Cotton", "Walnut", "Velvet", "Bamboo",
     "Smoked Glass", "Leather", "Stoneware", "Copper", "Cork"),
    ("Side Table", "Throw", "Table Lamp", "Cushion Cover", "Serving Bowl", "Wall Clock", "Planter",
     "Candle Holder", "Desk Organiser", "Storage Basket", "Bath Towel", "Round Mirror", "Bud Vase", "Plant Stand",
     "Picture Frame", "Doormat", "Bookend Set", "Coat Hook", "Tea Towel Set", "Pendant Shade"),
)  # fmt: skip
_CARD_LINES = (
    "Free delivery on orders over $50",
    "Only {n} left in stock",
    "New season",
    "Bestseller",
    "Online exclusive",
    "Back in stock",
    "Save 20% this week",
    "Rated {r} out of 5 ({n} reviews)",
    "Ships within 24 hours",
    "Members get 10% off",
)
_SOCIAL = ("Facebook", "Instagram", "X", "YouTube", "TikTok", "Pinterest")
_PIXEL_HOSTS = (
    "https://www.facebook.com/tr?id={id}&ev=PageView&noscript=1",
    "https://bat.bing.com/action/0?ti={id}&Ver=2",
    "https://px.ads.linkedin.com/collect/?pid={id}&fmt=gif",
    "https://ct.pinterest.com/v3/?event=init&tid={id}&noscript=1",
    "https://analytics.twitter.com/i/adsct?txn_id={id}&p_id=Twitter",
    "https://t.co/i/adsct?txn_id={id}&p_id=Twitter",
    "https://www.google-analytics.com/collect?v=1&tid=UA-{id}-1&t=pageview",
    "https://googleads.g.doubleclick.net/pagead/viewthroughconversion/{id}/?guid=ON&script=0",
    "https://b.scorecardresearch.com/p?c1=2&c2={id}&cv=3.9&cj=1",
    "https://pixel.quantserve.com/pixel/p-{id}.gif",
    "https://sb.scorecardresearch.com/p?c1=2&c2={id}&c4=page",
    "https://analytics.tiktok.com/i18n/pixel/events.js?sdkid={id}",
    "https://tr.snapchat.com/p?pid={id}&ev=PAGE_VIEW",
    "https://match.adsrvr.org/track/cmf/generic?ttd_pid={id}",
    "https://sslwidget.criteo.com/event?a={id}&v=5.23.0",
    "https://secure.adnxs.com/px?id={id}&t=2",
    "https://pixel.rubiconproject.com/exchange/sync.php?p={id}",
    "https://ib.adnxs.com/getuid?{id}",
    "https://dpm.demdex.net/ibs:dpid={id}&dpuuid=1",
    "https://cm.g.doubleclick.net/pixel?google_nid={id}&google_cm",
    "https://ad.doubleclick.net/ddm/activity/src={id};type=invmedia;cat=pagev0;ord=1",
    "https://www.googletagmanager.com/a?id=G-{id}&v=3",
)

Insertion = tuple[int, int, str]  # offset, order at that offset, markup
Seen = tuple[frozenset[tuple[str, ...]], ...]  # the phrases of the site's text and of the page


# --------------------------------------------------------------------------------------------------
# The copy
# --------------------------------------------------------------------------------------------------


def parse_kinds(text: str) -> frozenset[str]:
    """``"chrome,related"`` → those kinds; ``"all"`` → every kind. An unknown kind is an error."""
    names = {part.strip().lower() for part in text.split(",") if part.strip()}
    if "all" in names:
        return frozenset(KINDS)
    unknown = names - set(KINDS)
    if unknown or not names:
        raise ValueError(
            f"unknown noise kind(s): {', '.join(sorted(unknown)) or '(none)'}; use {', '.join(KINDS)} or all"
        )
    return frozenset(names)


def noised_copy(root: Path, into: Path, kinds: frozenset[str]) -> Path:
    """Copy the site at ``root`` into ``into`` (unless it is already there) with noise added to its pages."""
    if not into.exists():
        shutil.copytree(root, into)
    pages = [(path, *read_page(path)) for path in sorted(_candidate_files(into))]
    site_text = " ".join(text for _, text, _ in pages if is_document(text))
    for path, text, encoding in pages:
        changed = noised(text, kinds, page=path.relative_to(into).as_posix(), site=root.name, site_text=site_text)
        if changed != text:
            path.write_text(changed, encoding=encoding)
    return into


def _candidate_files(root: Path) -> Iterator[Path]:
    for path in root.rglob("*"):
        name = path.name.lower().split("@", 1)[0]  # "app.js@id=5d8f" is a script served for "app.js?id=5d8f"
        if path.is_file() and not name.endswith(_NOT_PAGES):
            yield path


def is_document(markup: str) -> bool:
    """A whole HTML page (not JSON, XML, text, or a fragment answered to a script)."""
    start = markup.lstrip("\ufeff \t\r\n")[:1]
    return start == "<" and _DOCUMENT.search(markup) is not None


def noised(markup: str, kinds: frozenset[str], page: str, site: str = "", site_text: str = "") -> str:
    """``markup`` with the material of ``kinds`` inserted; anything but a whole HTML page is returned as it is.

    ``page`` (the page's path) seeds the page's parts, ``site`` the site-wide ones; invented names found in
    ``site_text`` (or in the page) are not used."""
    if not kinds or not is_document(markup):
        return markup
    seen = (_phrases(site_text), _phrases(markup))
    top, bottom = _ends(markup)
    main = [m.end() for m in _MAIN_CLOSE.finditer(markup) if top <= m.start() <= bottom]
    after_main = main[-1] if main else bottom
    site_rng = _rng("site", site)
    page_rng = _rng("page", site, page)
    insertions: list[Insertion] = []
    # Order at one offset: tag manager, header, top ad | related | footer, bottom ad and pixels, scripts.
    if "tracking" in kinds:
        insertions += _tracking(top, bottom, _rng("tracking", site, page))
    if "chrome" in kinds:
        brand = _brand(site_rng, seen)
        insertions += [(top, 1, _header(brand, seen)), (bottom, 3, _footer(brand, site_rng))]
    if "related" in kinds:
        insertions.append((after_main, 2 if after_main == bottom else 0, _related(page_rng, seen)))
    if "scripts" in kinds:
        insertions.append((bottom, 9, _scripts(markup, site, page, seen)))
    return _apply(markup, insertions)


def _ends(markup: str) -> tuple[int, int]:
    """Where material goes at the start and at the end of the page's body."""
    opening = _BODY_OPEN.search(markup)
    if opening:
        top = opening.end()
    else:  # a document without a body tag: its content starts after the head
        head_end = _HEAD_CLOSE.search(markup) or _HTML_OPEN.search(markup)
        top = head_end.end() if head_end else 0
    closings = [m.start() for m in _BODY_CLOSE.finditer(markup, top)] or [
        m.start() for m in _HTML_CLOSE.finditer(markup, top)
    ]
    return top, closings[-1] if closings else len(markup)


def _apply(markup: str, insertions: list[Insertion]) -> str:
    parts, last = [], 0
    for offset, _, text in sorted(insertions, key=lambda item: (item[0], item[1])):
        parts += [markup[last:offset], "\n" + text + "\n"]
        last = offset
    parts.append(markup[last:])
    return "".join(parts)


def _rng(*seed: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256("\0".join(seed).encode()).digest()[:8], "big"))


@functools.lru_cache(maxsize=4)
def _phrases(text: str) -> frozenset[tuple[str, ...]]:
    """Every run of up to ``_LONGEST_NAME`` words of ``text``, case-folded."""
    words = _WORD.findall(text.casefold())
    return frozenset(tuple(words[i : i + n]) for n in range(1, _LONGEST_NAME + 1) for i in range(len(words) - n + 1))


def _unseen(names: Iterable[str], seen: Seen) -> list[str]:
    """The names that occur nowhere in the site's text (as a whole word or phrase)."""
    return [n for n in names if not any(tuple(_WORD.findall(n.casefold())) in phrases for phrases in seen)]


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold().replace("&", "and")).strip("-")


# --------------------------------------------------------------------------------------------------
# chrome: header, mega-menu, footer, cookie dialog, newsletter
# --------------------------------------------------------------------------------------------------


def _brand(rng: random.Random, seen: Seen) -> str:
    return rng.choice(_unseen(_BRANDS, seen) or ["Northmere"])


def _header(brand: str, seen: Seen) -> str:
    items = []
    for number, (department, columns) in enumerate(DEPARTMENTS.items(), 1):
        # Half the panels hide with the hidden attribute, half with aria-hidden and an inline style.
        hiding = "hidden" if number % 2 else 'aria-hidden="true" style="display:none"'
        panel = "".join(
            f'<div class="mega-menu__column"><p class="mega-menu__heading">{_e(heading)}</p><ul>'
            + "".join(
                f'<li><a href="/c/{_slug(department)}/{_slug(name)}">{_e(name)}</a></li>'
                for name in _unseen(names, seen)
            )
            + "</ul></div>"
            for heading, names in columns.items()
        )
        items.append(
            f'<li class="mega-menu__item"><a class="mega-menu__link" href="/c/{_slug(department)}"'
            f' aria-haspopup="true" aria-expanded="false" aria-controls="mega-panel-{number}">{_e(department)}</a>'
            f'\n<div class="mega-menu__panel" id="mega-panel-{number}" {hiding}>{panel}</div></li>'
        )
    return "\n".join(
        [
            '<a class="skip-link visually-hidden-focusable" href="#main-content">Skip to main content</a>',
            '<div class="promo-bar" role="region" aria-label="Offers"><p>Free standard delivery on orders over $50'
            ' · <a href="/delivery">Find out more</a></p></div>',
            '<header class="site-header" role="banner">',
            f'<a class="site-header__logo" href="/" aria-label="{_e(brand)} home">'
            '<svg width="120" height="32" viewBox="0 0 120 32" aria-hidden="true" focusable="false">'
            '<path d="M4 4h24v24H4z" fill="currentColor"/></svg>'
            f'<span class="visually-hidden">{_e(brand)}</span></a>',
            '<form class="site-search" role="search" action="/search" method="get">'
            '<label class="visually-hidden" for="site-search-input">Search</label>'
            '<input id="site-search-input" type="search" name="q" placeholder="Search products, brands and more"'
            ' autocomplete="off"><button type="submit" aria-label="Search">'
            '<svg width="20" height="20" aria-hidden="true"><circle cx="9" cy="9" r="7"/></svg></button></form>',
            '<ul class="site-header__actions"><li><a href="/account/login">Sign in</a></li>'
            '<li><a href="/wishlist" aria-label="Wishlist">Wishlist</a></li>'
            '<li><a href="/basket" aria-label="Basket, 0 items">Basket <span class="badge">0</span></a></li></ul>',
            '<nav class="mega-menu" aria-label="Main">',
            '<button class="mega-menu__toggle" aria-expanded="false" aria-controls="mega-menu-list">Menu</button>',
            '<ul class="mega-menu__list" id="mega-menu-list">',
            *items,
            "</ul>",
            "</nav>",
            "</header>",
        ]
    )


_SOCIAL_PATHS = {
    "Facebook": "M9 8H6v4h3v12h5V12h3.6l.4-4h-4V6.3C14 5.4 14.2 5 15.1 5H18V0h-3.8C10.6 0 9 1.6 9 4.6z",
    "Instagram": "M12 2.2c3.2 0 3.6 0 4.8.1 3.3.1 4.8 1.7 4.9 4.9.1 1.3.1 1.6.1 4.8s0 3.6-.1 4.8",
    "X": "M18.9 1.2h3.7l-8 9.2 9.4 12.4h-7.4l-5.8-7.6-6.6 7.6H.5l8.6-9.8L0 1.2h7.6l5.2 6.9z",
    "YouTube": "M19.6 3.2H4.4A4.4 4.4 0 0 0 0 7.6v8.8a4.4 4.4 0 0 0 4.4 4.4h15.2a4.4 4.4 0 0 0 4.4-4.4V7.6",
    "TikTok": "M12.5 0h4c.3 2.4 1.7 4.2 4.5 4.5v4c-1.7.1-3.2-.4-4.5-1.3v8.3c0 6.1-6.7 9.2-11 5.5",
    "Pinterest": "M12 0a12 12 0 0 0-4.4 23.2c-.1-.9-.2-2.4 0-3.4l1.4-6s-.4-.7-.4-1.8c0-1.7 1-2.9 2.2-2.9",
}


def _footer(brand: str, rng: random.Random) -> str:
    columns = "\n".join(
        f'<div class="site-footer__column"><h2 class="site-footer__heading">{_e(heading)}</h2><ul>'
        + "".join(f'<li><a href="/{_slug(name)}">{_e(name)}</a></li>' for name in names)
        + "</ul></div>"
        for heading, names in FOOTER.items()
    )
    social = "".join(
        f'<li><a href="https://www.{_slug(name) or "x"}.com/{_slug(brand)}" aria-label="{_e(brand)} on {name}"'
        ' rel="noopener" target="_blank"><svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"'
        f' focusable="false"><path d="{_SOCIAL_PATHS[name]}"/></svg></a></li>'
        for name in _SOCIAL
    )
    company = rng.randrange(10_000_000, 13_999_999)
    return "\n".join(
        [
            '<footer class="site-footer" role="contentinfo">',
            '<section class="newsletter" aria-labelledby="newsletter-heading">',
            '<h2 id="newsletter-heading">Get 10% off your first order</h2>',
            "<p>Sign up for our emails to hear about new arrivals, exclusive offers and inspiration first.</p>",
            '<form class="newsletter__form" action="/newsletter/subscribe" method="post" novalidate>'
            '<label for="newsletter-email">Email address</label>'
            '<input id="newsletter-email" type="email" name="email" autocomplete="email" required'
            ' placeholder="you@example.com"><button type="submit">Sign up</button>'
            '<p class="newsletter__small">By signing up you agree to our <a href="/privacy-policy">Privacy'
            " policy</a>. You can unsubscribe at any time.</p></form>",
            "</section>",
            '<div class="site-footer__columns">',
            columns,
            "</div>",
            f'<ul class="site-footer__social" aria-label="Follow us">{social}</ul>',
            '<div class="site-footer__payments" aria-label="We accept">'
            '<img src="/static/payments/visa.svg" alt="Visa" width="38" height="24">'
            '<img src="/static/payments/mastercard.svg" alt="Mastercard" width="38" height="24">'
            '<img src="/static/payments/paypal.svg" alt="PayPal" width="38" height="24"></div>',
            f'<p class="site-footer__copyright">© 2025 {_e(brand)} Ltd. All rights reserved. Registered in England'
            f" and Wales, company number {company}.</p>",
            "</footer>",
            '<div class="cookie-consent" role="dialog" aria-modal="true" aria-labelledby="cookie-consent-title"'
            ' aria-describedby="cookie-consent-text">',
            '<h2 id="cookie-consent-title">We value your privacy</h2>',
            '<p id="cookie-consent-text">We and our partners use cookies and similar technologies to keep this'
            " site secure, remember your preferences, measure how it is used and show you personalised"
            " advertising.</p>",
            "<p>Select Accept all to agree, Reject all to refuse everything but the cookies the site needs, or"
            ' Settings to choose. You can change your mind at any time in <a href="/cookie-policy">Cookie'
            " settings</a>.</p>",
            '<div class="cookie-consent__buttons"><button type="button" data-consent="accept">Accept all</button>'
            '<button type="button" data-consent="reject">Reject all</button>'
            '<button type="button" data-consent="settings">Settings</button></div>',
            "</div>",
        ]
    )


# --------------------------------------------------------------------------------------------------
# related: a "You may also like" carousel
# --------------------------------------------------------------------------------------------------


def _products(rng: random.Random, count: int, seen: Seen) -> list[tuple[str, float]]:
    """``count`` invented product names (none on the site) with prices."""
    names: list[str] = []
    for _ in range(count * 20):
        name = " ".join(rng.choice(part) for part in _NAME_PARTS)
        if name not in names and _unseen([name], seen):
            names.append(name)
        if len(names) == count:
            break
    return [(name, rng.randrange(8, 240) + rng.choice((0.99, 0.99, 0.5, 0.0))) for name in names]


def _card_line(rng: random.Random) -> str:
    return rng.choice(_CARD_LINES).format(n=rng.randrange(2, 9), r=f"{rng.randrange(38, 50) / 10:.1f}")


def _related(rng: random.Random, seen: Seen) -> str:
    cards = []
    for number, (name, price) in enumerate(_products(rng, 8, seen), 1):
        slug = _slug(name)
        cards.append(
            f'<li class="carousel__slide" role="group" aria-roledescription="slide" aria-label="{number} of 8">'
            '<article class="product-card">'
            f'<a class="product-card__media" href="/p/{slug}" tabindex="-1" aria-hidden="true">'
            f'<img src="/cdn/shop/products/{slug}_400x400.jpg" alt="" loading="lazy" width="400" height="400"></a>'
            f'<h3 class="product-card__title"><a href="/p/{slug}">{_e(name)}</a></h3>'
            f'<p class="product-card__price"><span class="price">${price:.2f}</span></p>'
            f'<p class="product-card__note">{_e(_card_line(rng))}</p>'
            "</article></li>"
        )
    return "\n".join(
        [
            '<section class="product-recommendations" aria-labelledby="recommendations-heading"'
            ' data-widget="recommendations">',
            '<h2 id="recommendations-heading">You may also like</h2>',
            '<div class="carousel" aria-roledescription="carousel">',
            '<button class="carousel__prev" type="button" aria-label="Previous slide">‹</button>',
            '<ul class="carousel__track">',
            *cards,
            "</ul>",
            '<button class="carousel__next" type="button" aria-label="Next slide">›</button>',
            "</div>",
            "</section>",
        ]
    )


# --------------------------------------------------------------------------------------------------
# scripts: application state, JSON-LD, dataLayer, external scripts
# --------------------------------------------------------------------------------------------------

_TRANSLATIONS = {
    "header.search.placeholder": "Search products, brands and more",
    "header.search.submit": "Search",
    "header.account": "My account",
    "header.signIn": "Sign in",
    "header.signOut": "Sign out",
    "header.wishlist": "Wishlist",
    "header.basket": "Basket",
    "header.menu": "Menu",
    "header.close": "Close",
    "basket.empty": "Your basket is empty",
    "basket.subtotal": "Subtotal",
    "basket.checkout": "Checkout securely",
    "basket.continue": "Continue shopping",
    "basket.remove": "Remove",
    "basket.quantity": "Quantity",
    "basket.added": "Added to your basket",
    "product.addToBasket": "Add to basket",
    "product.outOfStock": "Out of stock",
    "product.lowStock": "Only {count} left",
    "product.notifyMe": "Email me when available",
    "product.selectSize": "Select a size",
    "product.sizeGuide": "Size guide",
    "product.reviews": "{count} reviews",
    "product.wasPrice": "Was {price}",
    "product.save": "Save {percent}%",
    "product.freeDelivery": "Free delivery",
    "listing.sortBy": "Sort by",
    "listing.filter": "Filter",
    "listing.clearAll": "Clear all",
    "listing.showResults": "Show {count} results",
    "listing.loadMore": "Load more",
    "listing.noResults": "We couldn't find anything matching your search",
    "listing.sort.relevance": "Relevance",
    "listing.sort.priceLow": "Price: low to high",
    "listing.sort.priceHigh": "Price: high to low",
    "listing.sort.newest": "Newest",
    "listing.sort.rating": "Customer rating",
    "checkout.delivery": "Delivery",
    "checkout.payment": "Payment",
    "checkout.review": "Review order",
    "checkout.placeOrder": "Place order",
    "checkout.promoCode": "Promo code",
    "checkout.apply": "Apply",
    "account.orders": "My orders",
    "account.addresses": "Addresses",
    "account.details": "My details",
    "account.preferences": "Preferences",
    "footer.newsletter.title": "Get 10% off your first order",
    "footer.newsletter.submit": "Sign up",
    "footer.copyright": "© {year} All rights reserved",
    "cookies.title": "We value your privacy",
    "cookies.accept": "Accept all",
    "cookies.reject": "Reject all",
    "cookies.settings": "Settings",
    "errors.generic": "Something went wrong. Please try again.",
    "errors.network": "Check your connection and try again.",
    "errors.required": "This field is required",
    "errors.email": "Enter a valid email address",
    "a11y.skipToContent": "Skip to main content",
    "a11y.previousSlide": "Previous slide",
    "a11y.nextSlide": "Next slide",
}
_FLAGS = {
    "enableNewCheckout": True,
    "enableKlarnaMessaging": True,
    "enableWishlistSync": False,
    "enableRecommendationsV2": True,
    "enableStoreStock": False,
    "searchAutocompleteDebounceMs": 150,
    "plpInfiniteScroll": False,
    "abTest_pdpGallery": "variant_b",
    "abTest_freeDeliveryBanner": "control",
}


def _navigation(seen: Seen) -> list[dict[str, object]]:
    """Thirty categories: the twenty-four column headings with their links, and six promotions."""
    tree: list[dict[str, object]] = []
    for department, columns in DEPARTMENTS.items():
        for heading, names in columns.items():
            base = f"/c/{_slug(department)}/{_slug(heading)}"
            children = [
                {"id": 1000 + len(tree) * 10 + i, "name": n, "slug": _slug(n), "url": f"{base}/{_slug(n)}"}
                for i, n in enumerate(_unseen(names, seen))
            ]
            tree.append(
                {"id": 100 + len(tree), "name": heading, "slug": _slug(heading), "url": base, "children": children}
            )
    for promotion in ("New in", "Sale", "Gift ideas", "Brands A-Z", "Clearance", "Bestsellers"):
        slug = _slug(promotion)
        tree.append({"id": 100 + len(tree), "name": promotion, "slug": slug, "url": f"/{slug}", "children": []})
    return tree


def _scripts(markup: str, site: str, page: str, seen: Seen) -> str:
    site_rng, page_rng = _rng("scripts", site), _rng("recently-viewed", site, page)
    brand = _brand(_rng("site", site), seen)
    recently = [
        {
            "id": page_rng.randrange(100_000, 999_999),
            "name": name,
            "price": price,
            "currency": "USD",
            "image": f"https://cdn.shopimages.net/products/{_slug(name)}/main_800x800.jpg",
            "url": f"/p/{_slug(name)}",
        }
        for name, price in _products(page_rng, 24, seen)
    ]
    state = {
        "locale": "en-US",
        "currency": "USD",
        "navigation": _navigation(seen),
        "translations": _TRANSLATIONS,
        "featureFlags": _FLAGS,
        "recentlyViewed": recently,
        "user": {"loggedIn": False, "segment": "guest", "basketCount": 0},
    }
    element_id = "__APP_STATE__" if "__APP_STATE__" not in markup else "__APP_STATE_2__"
    department = site_rng.choice(list(DEPARTMENTS))
    heading = site_rng.choice(list(DEPARTMENTS[department]))
    ld = [
        {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": brand,
            "url": "/",
            "logo": "/static/logo.svg",
            "sameAs": [f"https://www.{_slug(n) or 'x'}.com/{_slug(brand)}" for n in _SOCIAL[:4]],
            "contactPoint": {"@type": "ContactPoint", "contactType": "customer service", "areaServed": "US"},
        },
        {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": brand,
            "url": "/",
            "potentialAction": {
                "@type": "SearchAction",
                "target": {"@type": "EntryPoint", "urlTemplate": "/search?q={search_term_string}"},
                "query-input": "required name=search_term_string",
            },
        },
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": "/"},
                {"@type": "ListItem", "position": 2, "name": department, "item": f"/c/{_slug(department)}"},
                {
                    "@type": "ListItem",
                    "position": 3,
                    "name": heading,
                    "item": f"/c/{_slug(department)}/{_slug(heading)}",
                },
            ],
        },
    ]
    data_layer = [
        {"event": "consent_default", "ad_storage": "denied", "analytics_storage": "denied"},
        {
            "event": "page_view",
            "page_type": "listing" if page.endswith("index.html") else "other",
            "page_path": "/" + page,
            "user_status": "guest",
            "site_currency": "USD",
            "gtm.start": 1735689600000,
        },
    ]
    gtm = f"GTM-{site_rng.randrange(16**6):06X}"
    return "\n".join(
        [
            f'<script type="application/json" id="{element_id}">{_script_json(state)}</script>',
            *(f'<script type="application/ld+json">{_script_json(block)}</script>' for block in ld),
            f"<script>window.dataLayer = window.dataLayer || [];\nwindow.dataLayer.push(...{_script_json(data_layer)});"
            "\nfunction gtag(){dataLayer.push(arguments);}</script>",
            f'<script async src="https://www.googletagmanager.com/gtm.js?id={gtm}"></script>',
            f'<script defer src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id={gtm[4:]}"></script>',
        ]
    )


def _script_json(data: object) -> str:
    """JSON that cannot close its script element early."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


# --------------------------------------------------------------------------------------------------
# tracking: tag manager, ad slots, pixels, hidden inputs
# --------------------------------------------------------------------------------------------------


def _tracking(top: int, bottom: int, rng: random.Random) -> list[Insertion]:
    gtm = f"GTM-{rng.randrange(16**6):06X}"
    slot = rng.randrange(10**12, 10**13)
    tag_manager = (
        f'<noscript><iframe src="https://www.googletagmanager.com/ns.html?id={gtm}" height="0" width="0"'
        ' style="display:none;visibility:hidden"></iframe></noscript>'
    )
    top_ad = _ad_slot(f"div-gpt-ad-{slot}-0", 728, 90, rng)
    pixels = []
    for number, host in enumerate(_PIXEL_HOSTS[:20]):
        source = _e(host.format(id=rng.randrange(10**9, 10**10)))
        style = ' style="display:none"' if number % 3 == 0 else ' style="position:absolute;left:-9999px"'
        pixels.append(
            f'<img src="{source}" width="1" height="1" alt=""{style} referrerpolicy="no-referrer-when-downgrade">'
        )
    token = hashlib.sha256(f"{slot}".encode()).hexdigest()
    hidden = (
        '<div class="page-state">'
        f'<input type="hidden" name="csrf_token" value="{token[:40]}">'
        f'<input type="hidden" id="session-id" value="{token[40:64]}">'
        '<input type="hidden" id="page-type" value="content">'
        f'<input type="hidden" id="experiment-bucket" value="{rng.randrange(1, 100)}">'
        "</div>"
    )
    bottom_ad = _ad_slot(f"div-gpt-ad-{slot}-1", 300, 250, rng)
    return [
        (top, 0, tag_manager),
        (top, 2, top_ad),
        (bottom, 4, bottom_ad + "\n" + hidden + "\n" + "\n".join(pixels)),
    ]


def _ad_slot(element_id: str, width: int, height: int, rng: random.Random) -> str:
    unit = rng.randrange(10**7, 10**8)
    return (
        f'<div class="ad-slot" id="{element_id}" style="min-height:{height}px"><span class="ad-slot__label">'
        f'Advertisement</span><iframe id="google_ads_iframe_/{unit}/site/{element_id}" title="3rd party ad content"'
        f' name="google_ads_iframe_{unit}" width="{width}" height="{height}" scrolling="no" frameborder="0"'
        f' src="https://securepubads.g.doubleclick.net/pagead/ads?iu=/{unit}/site&sz={width}x{height}"'
        ' sandbox="allow-scripts allow-same-origin allow-popups" aria-label="Advertisement"></iframe></div>'
    )
