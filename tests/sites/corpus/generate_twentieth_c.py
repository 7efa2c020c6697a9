"""Twentieth wave, part C: local replicas of three public scraping sandboxes as they were served in
2024–25, written and measured before any heuristic was changed for them.

* **wsdev-products** — Scrapfly's web-scraping.dev ``/products``: a Bootstrap 5 page (FastAPI + Jinja)
  with the navbar (Docs, API, Products, Testimonials, Reviews, Login, a cart badge), category filter
  buttons (``?category=apparel``) and a sort dropdown, then ``div.products`` of ``div.row.product``
  rows: ``div.col-2 > img.img-thumbnail`` (no alt), ``div.col-8.description > h3.mb-0 > a`` to
  ``/product/N`` and ``div.short-description``, ``div.col-2.price-wrap > div.price`` "24.99" (no
  currency sign on the list), then ``div.paging`` of ``?page=N`` links ("<" disabled, the current one
  ``active``, ">" to the next) and ``div.paging-meta`` "Showing 10 results of total 28". The real site
  shows five rows a page over six pages; here ten, ten and eight over three. One product name comes
  back with its own id (the real catalogue repeats "Box of Chocolate Candy" too). Written down: title,
  url, description, price, image.
* **wsdev-testimonials** — web-scraping.dev ``/testimonials``: endless scroll through htmx. The page
  holds ``div.testimonials`` of ten ``div.testimonial`` cards (an ``identicon-svg`` avatar, then
  ``span.rating`` of as many star ``svg`` icons as the rating and ``p.text``); the last card carries
  ``hx-get="/api/testimonials?page=2" hx-trigger="revealed" hx-swap="afterend"``, and the endpoint
  answers with the next ten cards as an HTML fragment whose last card points to the next page (none on
  the last); the secret-token header sits in ``hx-headers`` on the body. No name, date or link per
  testimonial. Written down: text, rating (the number of stars).
* **oxyshop-games** — Oxylabs' scraping sandbox ``/products``: a Next.js (pages router) video-game store
  styled with Emotion: hashed classes beside a few readable ones (``product-card css-e8at8d eag3qlw10``,
  ``card-header``, ``h4.title``, ``p.price-wrapper`` "91,99 €", ``p.in-stock`` / ``p.out-of-stock``),
  a platform chip and genre chips per card, a line-clamped description, an "Add to Basket" button;
  ``style[data-emotion]`` blocks, the category sidebar (platform menus), a search bar, react-paginate
  pagination (``ul.pagination`` with ``aria-label="Page 2"`` links to ``?page=N``, "…" break, last
  page 94), and ``__NEXT_DATA__`` holding the same products as JSON (prices as numbers, genres as
  lists). Twelve games a page here (the real one shows thirty-two). Written down: title, url,
  category (the platform chip), genres (list), description, price, currency, availability.

Run ``uv run python tests/sites/corpus/generate_twentieth_c.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTIETH_C: dict[str, Callable[[], None]] = {}


def twentieth_c(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTIETH_C[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


# ---------------------------------------------------------------------------------------------------
# web-scraping.dev: the shared Bootstrap layout of the products and testimonials pages.
# ---------------------------------------------------------------------------------------------------

WS_CART = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" fill="currentColor" class="bi bi-cart" viewBox="0 0 16 16"><path d="M0 1.5A.5.5 0 0 1 .5 1H2a.5.5 0 0 1 .485.379L2.89 3H14.5a.5.5 0 0 1 .491.592l-1.5 8A.5.5 0 0 1 13 12H4a.5.5 0 0 1-.491-.408L2.01 3.607 1.61 2H.5a.5.5 0 0 1-.5-.5M3.102 4l1.313 7h8.17l1.313-7zM5 12a2 2 0 1 0 0 4 2 2 0 0 0 0-4m7 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4"/></svg>'
WS_STAR = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="currentColor" class="bi bi-star-fill" viewBox="0 0 16 16"><path d="M3.612 15.443c-.386.198-.824-.149-.746-.592l.83-4.73L.173 6.765c-.329-.314-.158-.888.283-.95l4.898-.696L7.538.792c.197-.39.73-.39.927 0l2.184 4.327 4.898.696c.441.062.612.636.282.95l-3.522 3.356.83 4.73c.078.443-.36.79-.746.592L8 13.187l-4.389 2.256z"/></svg>'


def _ws_layout(title: str, active: str, body: str, *, body_attrs: str = "", scripts: str = "") -> str:
    nav = [
        ("/docs", "Docs"),
        ("/api/graphql", "API"),
        ("/products", "Products"),
        ("/testimonials", "Testimonials"),
        ("/reviews", "Reviews"),
        ("/login", "Login"),
    ]
    items = "\n".join(
        f'          <li class="nav-item"><a class="nav-link{" active" if label == active else ""}" href="{href}"{" aria-current=page" if label == active else ""}>{label}</a></li>'
        for href, label in nav
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(title)}</title>
  <meta name="description" content="web-scraping.dev is a mock website for testing web scrapers and web scraping tools.">
  <meta property="og:site_name" content="web-scraping.dev">
  <link rel="icon" href="/assets/media/icon.png">
  <link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.0/dist/css/bootstrap.min.css" rel="stylesheet" crossorigin="anonymous">
  <link rel="stylesheet" href="/assets/css/main.css">
</head>
<body{body_attrs}>
  <nav class="navbar navbar-expand-lg bg-body-tertiary">
    <div class="container-fluid">
      <a class="navbar-brand" href="/"><img src="/assets/media/icon.png" alt="" width="30" height="30" class="d-inline-block align-text-top"> web-scraping.dev</a>
      <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbarNav" aria-controls="navbarNav" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
      <div class="collapse navbar-collapse" id="navbarNav">
        <ul class="navbar-nav me-auto">
{items}
        </ul>
        <a class="nav-link cart" href="/cart">{WS_CART}<span class="badge text-bg-secondary cart-items">0</span></a>
      </div>
    </div>
  </nav>
{body}
  <footer class="footer mt-5 py-3 bg-body-tertiary">
    <div class="container d-flex justify-content-between">
      <span class="text-body-secondary">web-scraping.dev is a mock website for testing web scrapers. Built and hosted by <a href="https://scrapfly.io/">Scrapfly</a>.</span>
      <span><a href="/terms-of-service">Terms of Service</a> · <a href="/robots.txt">robots.txt</a> · <a href="/sitemap.xml">Sitemap</a></span>
    </div>
  </footer>
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.0/dist/js/bootstrap.bundle.min.js" crossorigin="anonymous"></script>
  <script src="/assets/js/cart.js"></script>
{scripts}
</body>
</html>"""


# ---------------------------------------------------------------------------------------------------
# wsdev-products
# ---------------------------------------------------------------------------------------------------

# (name, category, price, image file, short description)
WS_PRODUCTS: list[tuple[str, str, float, str, str]] = [
    (
        "Box of Chocolate Candy",
        "consumables",
        24.99,
        "orange-chocolate-box-small-1.webp",
        "Indulge your sweet tooth with our Box of Chocolate Candy: an assortment of rich chocolates with a smooth, creamy filling, in zesty orange and sweet cherry flavours.",
    ),
    (
        "Dark Red Energy Potion",
        "consumables",
        4.99,
        "darkred-potion.webp",
        "Unleash the power within with our 'Dark Red Potion', an energy drink as intense as the games you play, with a bold cherry cola flavour.",
    ),
    (
        "Teal Energy Potion",
        "consumables",
        4.99,
        "teal-potion.webp",
        "Experience a surge of vitality with our 'Teal Potion', an energy drink for those long gaming nights. Every sip is an adventure.",
    ),
    (
        "Red Energy Potion",
        "consumables",
        4.99,
        "red-potion.webp",
        "Elevate your game with our 'Red Potion': an explosive berry flavour and an energy kick that keeps you at the top of your game.",
    ),
    (
        "Blue Energy Potion",
        "consumables",
        4.99,
        "blue-potion.webp",
        "Ignite your gaming sessions with our 'Blue Energy Potion', inspired by the classic video game potions and bottled like one.",
    ),
    (
        "Dragon Energy Potion",
        "consumables",
        4.99,
        "dragon-potion.webp",
        "Unleash the dragon within with our 'Dragon Energy Potion': a fiery mix of dragon fruit and citrus for the boss fight of the day.",
    ),
    (
        "Hiking Boots for Outdoor Adventures",
        "apparel",
        89.99,
        "hiking-boots-1.webp",
        "Rugged, waterproof hiking boots with a grippy sole and ankle support, made for trails, mud and the occasional river crossing.",
    ),
    (
        "Women's High Heel Sandals",
        "apparel",
        59.99,
        "women-sandals-beige-1.webp",
        "Elegant high heel sandals with a padded footbed and an adjustable ankle strap, for evenings out that last longer than planned.",
    ),
    (
        "Running Shoes for Men",
        "apparel",
        49.99,
        "men-running-shoes.webp",
        "Lightweight running shoes with a breathable mesh upper and a cushioned midsole that keeps its bounce mile after mile.",
    ),
    (
        "Kids' Light-Up Sneakers",
        "apparel",
        29.99,
        "kids-shoes-lightup.webp",
        "Sneakers that light up with every step. Rechargeable LEDs, seven colours and a hook-and-loop strap small hands can manage.",
    ),
    (
        "Classic Leather Sneakers",
        "apparel",
        79.99,
        "classic-leather-sneakers.webp",
        "Timeless white leather sneakers with a cupsole and cotton laces. They go with everything and get better with age.",
    ),
    (
        "Cat-Ear Beanie",
        "apparel",
        14.99,
        "cat-ear-beanie-grey.webp",
        "A soft knitted beanie with two little cat ears on top. Keeps you warm and makes every video call a bit more fun.",
    ),
    (
        "Box of Marshmallows",
        "consumables",
        24.99,
        "marshmallows.webp",
        "Fluffy vanilla marshmallows in a gift box of forty, ready for hot chocolate, campfires or straight out of the box.",
    ),
    (
        "Gaming Mouse Pad XL",
        "household",
        19.99,
        "mousepad-xl.webp",
        "An extra large cloth mouse pad with stitched edges and a non-slip rubber base, big enough for keyboard and mouse.",
    ),
    (
        "Retro Pixel Coffee Mug",
        "household",
        12.99,
        "pixel-mug.webp",
        "A ceramic mug with an 8-bit heart meter that fills up as your coffee gets hotter. Dishwasher safe, 350 ml.",
    ),
    (
        "Scented Candle - Lavender",
        "household",
        16.99,
        "candle-lavender.webp",
        "A hand-poured soy candle with calming lavender and a wooden wick that crackles softly. Burns for about forty hours.",
    ),
    (
        "Potion Bottle Desk Lamp",
        "household",
        34.99,
        "potion-lamp.webp",
        "A glass potion bottle that glows in three colours. USB powered, with a touch switch hidden in the cork.",
    ),
    (
        "Knitted Gamer Scarf",
        "apparel",
        22.99,
        "gamer-scarf.webp",
        "A long knitted scarf in a controller-button pattern. Warm enough for the bus stop, nerdy enough for the convention.",
    ),
    (
        "Wool Fingerless Gloves",
        "apparel",
        17.99,
        "fingerless-gloves.webp",
        "Merino wool gloves that keep your palms warm and your fingers free for typing, texting and quick-time events.",
    ),
    (
        'Hoodie "Level Up"',
        "apparel",
        44.99,
        "hoodie-level-up.webp",
        "A heavyweight cotton hoodie with a 'Level Up' print on the back and a kangaroo pocket that fits a controller.",
    ),
    (
        "Sour Gummy Worms",
        "consumables",
        6.99,
        "gummy-worms.webp",
        "Tangy, chewy gummy worms coated in sour sugar. A bag of 250 g that somehow never lasts until the end of the level.",
    ),
    (
        "Spicy Ramen Pack (x5)",
        "consumables",
        9.99,
        "ramen-pack.webp",
        "Five packs of instant ramen with a fiery chili broth, ready in three minutes. The classic late-night raid fuel.",
    ),
    (
        "Box of Chocolate Candy",
        "consumables",
        24.99,
        "orange-chocolate-box-small-2.webp",
        "Our Box of Chocolate Candy in the large size: twice the chocolates, the same smooth filling, in orange, cherry and caramel.",
    ),
    (
        "Cherry Cola Energy Potion",
        "consumables",
        4.99,
        "cherry-potion.webp",
        "A cherry cola energy drink in our signature potion bottle. Sweet, fizzy and strong enough for one more match.",
    ),
    (
        "Throw Blanket - Dungeon Map",
        "household",
        39.99,
        "dungeon-blanket.webp",
        "A cosy fleece throw printed with a hand-drawn dungeon map. 150 x 200 cm of warmth for campaign nights.",
    ),
    (
        "Socks with Controller Print",
        "apparel",
        9.99,
        "controller-socks.webp",
        "Soft cotton socks covered in tiny game controllers. One size fits most, three pairs per pack.",
    ),
    (
        "Matcha Energy Potion",
        "consumables",
        4.99,
        "matcha-potion.webp",
        "A calmer kind of energy: green matcha tea with a hint of lime, for long strategy sessions rather than quick reflexes.",
    ),
    (
        "Cable Organizer Box",
        "household",
        14.99,
        "cable-box.webp",
        "A ventilated box that hides your power strip and the tangle of cables behind the desk. Fits strips up to six sockets.",
    ),
]
WS_SIZES = [10, 10, 8]


def _ws_product(number: int, item: tuple[str, str, float, str, str]) -> str:
    name, _category, price, image, summary = item
    return f"""      <div class="row product">
        <div class="col-2">
          <img src="/assets/products/{image}" class="img-thumbnail">
        </div>
        <div class="col-8 description">
          <h3 class="mb-0"><a href="/product/{number}">{esc(name)}</a></h3>
          <div class="short-description">{esc(summary)}</div>
        </div>
        <div class="col-2 price-wrap">
          <div class="price">{price:.2f}</div>
        </div>
      </div>"""


def _ws_paging(number: int, total: int) -> str:
    links = [f'<a href="/products?page={max(number - 1, 1)}"{" class=disabled" if number == 1 else ""}>&lt;</a>']
    links += [
        f'<a href="/products?page={n}" class="{"active" if n == number else ""}">{n}</a>' for n in range(1, total + 1)
    ]
    links.append(
        f'<a href="/products?page={min(number + 1, total)}"{" class=disabled" if number == total else ""}>&gt;</a>'
    )
    return "\n        ".join(links)


def _ws_products_page(number: int, pages: list[list[tuple[int, tuple[str, str, float, str, str]]]]) -> str:
    rows = "\n".join(_ws_product(n, item) for n, item in pages[number - 1])
    shown = len(pages[number - 1])
    body = f"""  <div class="container">
    <div class="row mt-3 mb-3">
      <div class="col-md-8 category-filter">
        <span class="me-2">Category:</span>
        <a class="btn btn-sm btn-secondary" href="/products">all</a>
        <a class="btn btn-sm btn-outline-secondary" href="/products?category=apparel">apparel</a>
        <a class="btn btn-sm btn-outline-secondary" href="/products?category=consumables">consumables</a>
        <a class="btn btn-sm btn-outline-secondary" href="/products?category=household">household</a>
      </div>
      <div class="col-md-4 text-end">
        <div class="dropdown">
          <button class="btn btn-sm btn-outline-secondary dropdown-toggle" type="button" data-bs-toggle="dropdown" aria-expanded="false">Sort by</button>
          <ul class="dropdown-menu">
            <li><a class="dropdown-item" href="/products?order=asc">price: low to high</a></li>
            <li><a class="dropdown-item" href="/products?order=desc">price: high to low</a></li>
          </ul>
        </div>
      </div>
    </div>
    <div class="products">
{rows}
    </div>
    <div class="paging">
        {_ws_paging(number, len(pages))}
    </div>
    <div class="paging-meta">Showing {shown} results of total {len(WS_PRODUCTS)}</div>
  </div>"""
    return _ws_layout(f"web-scraping.dev product page {number}", "Products", body)


@twentieth_c
def build_wsdev_products() -> None:
    s = Site(
        "wsdev-products",
        kind="product catalogue (web-scraping.dev-like Bootstrap rows, ?page=N pager)",
        start="products",
        description=(
            "Scrapfly's web-scraping.dev /products replica (2024–25): Bootstrap navbar with a cart badge, category filter "
            "buttons and a sort dropdown, div.products of div.row.product rows (img.img-thumbnail without alt, "
            "div.col-8.description > h3 > a to /product/N, div.short-description, div.price-wrap > div.price '24.99' with "
            "no currency sign), a div.paging of ?page=N links ('<' disabled, 'active' page, '>') and div.paging-meta "
            "'Showing 10 results of total 28'; one product name repeated under another id. Written down: title, url, "
            "description, price, image."
        ),
    )
    numbered = list(enumerate(WS_PRODUCTS, 1))
    pages = chunks(numbered, WS_SIZES)
    s.list_page("products/index.html", _ws_products_page(1, pages))
    s.write("products@page=1", _ws_products_page(1, pages))
    for number in range(2, len(pages) + 1):
        s.list_page(f"products@page={number}", _ws_products_page(number, pages))
    for number, (name, _category, price, image, summary) in numbered:
        s.expect(
            {
                "title": name,
                "url": f"/product/{number}",
                "description": summary,
                "price": price,
                "image": f"/assets/products/{image}",
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# wsdev-testimonials
# ---------------------------------------------------------------------------------------------------

WS_TESTIMONIALS: list[tuple[int, str]] = [
    (5, "We've been using this utility for years - awesome service!"),
    (5, "This Python app simplified my workflow significantly. Highly recommended."),
    (4, "Was a little skeptical at first, but this app is really useful. Saves me an hour a day."),
    (5, "The documentation is clear and the support team answered within minutes."),
    (3, "Does what it says, but the settings page could be easier to find."),
    (5, "Five stars! It just works, every single time."),
    (4, "Great value for the price. I only wish it had a dark mode."),
    (2, "Crashed twice during my first week. The latest update seems to have fixed it."),
    (5, "Our whole team switched to it after the free trial. No regrets."),
    (4, "Very intuitive interface, I was productive from day one."),
    (5, "I recommend it to every new developer I mentor."),
    (1, "Could not get it to install on my old laptop. Support was polite but could not help."),
    (5, "Export to CSV alone was worth the upgrade."),
    (4, "Solid tool. The keyboard shortcuts are a real time saver."),
    (3, "Good, not great. The free plan is a bit too limited for small teams."),
    (5, "Setup took five minutes and it has been running ever since."),
    (5, "The scheduling feature replaced three scripts I used to babysit."),
    (4, "Reliable and fast. The mobile app still needs some work."),
    (5, "Best purchase our small agency made this year."),
    (2, "Pricing changed after I signed up, which felt unfair."),
    (5, "Incredibly stable. We run it on forty servers without a hiccup."),
    (4, "Lovely design and sensible defaults. Took me a while to find the API keys."),
    (5, "I was about to build this myself. Glad I searched first!"),
    (3, "It is fine for simple jobs; complex ones need a lot of configuration."),
    (5, "Customer support went above and beyond to migrate our old data."),
    (4, "Updates arrive often and never break anything. Impressive."),
    (5, "Exactly what I needed for my thesis project."),
    (1, "The trial expired without any warning and I lost my drafts."),
    (5, "Simple, honest and fast. More software should be like this."),
    (4, "Works well with our existing tools. The Slack integration is handy."),
]
WS_PER_BATCH = 10


def _ws_testimonial(number: int, rating: int, text: str, next_page: int | None) -> str:
    stars = "".join(WS_STAR for _ in range(rating))
    scroll = (
        f' hx-get="/api/testimonials?page={next_page}" hx-trigger="revealed" hx-swap="afterend"' if next_page else ""
    )
    return f"""<div class="testimonial"{scroll}>
  <identicon-svg size="60" username="testimonial-{number}"></identicon-svg>
  <div>
    <span class="rating">{stars}</span>
    <p class="text">{esc(text)}</p>
  </div>
</div>"""


def _ws_batch(batch: int, items: list[tuple[int, tuple[int, str]]], batches: int) -> str:
    cards = []
    for at, (number, (rating, text)) in enumerate(items):
        last = at == len(items) - 1 and batch < batches
        cards.append(_ws_testimonial(number, rating, text, batch + 1 if last else None))
    return "\n".join(cards)


@twentieth_c
def build_wsdev_testimonials() -> None:
    s = Site(
        "wsdev-testimonials",
        kind="endless-scroll testimonials (htmx HTML fragments, star-icon ratings)",
        start="testimonials",
        description=(
            "web-scraping.dev /testimonials replica (2024–25): div.testimonials of div.testimonial cards (identicon-svg "
            "avatar, span.rating of as many star svgs as the rating, p.text); the last card carries hx-get "
            "'/api/testimonials?page=2' hx-trigger='revealed' hx-swap='afterend', and the endpoint returns the next ten "
            "cards as an HTML fragment whose last card points on (none on page 3); hx-headers with the secret token on the "
            "body. No name, date or link per testimonial. Written down: text, rating (stars counted)."
        ),
    )
    numbered = list(enumerate(WS_TESTIMONIALS, 1))
    batches = [numbered[i : i + WS_PER_BATCH] for i in range(0, len(numbered), WS_PER_BATCH)]
    first = _ws_batch(1, batches[0], len(batches))
    body = f"""  <div class="container">
    <h1 class="mt-4 mb-2">Testimonials</h1>
    <p class="text-body-secondary">What our customers say about us. Scroll down to load more.</p>
    <div class="testimonials">
{first}
    </div>
  </div>"""
    scripts = """  <script src="https://unpkg.com/htmx.org@1.9.6" crossorigin="anonymous"></script>
  <script src="https://unpkg.com/identicon-svg@1.0.0/dist/identicon-svg.umd.js"></script>"""
    page = _ws_layout(
        "web-scraping.dev testimonials",
        "Testimonials",
        body,
        body_attrs=""" hx-headers='{"X-Secret-Token": "secret123"}'""",
        scripts=scripts,
    )
    s.list_page("testimonials/index.html", page)
    for batch in range(2, len(batches) + 1):
        s.list_page(f"api/testimonials@page={batch}", _ws_batch(batch, batches[batch - 1], len(batches)))
    for _number, (rating, text) in numbered:
        s.expect({"text": text, "rating": rating})
    s.finish()


# ---------------------------------------------------------------------------------------------------
# oxyshop-games: the Oxylabs sandbox game store (Next.js pages router, Emotion classes).
# ---------------------------------------------------------------------------------------------------

OX_BUILD = "kD3xRfa8Vq0mZ7pYb2LhN"
# (title, platform chip, genres, price, in stock, description)
OX_GAMES: list[tuple[str, str, list[str], float, bool, str]] = [
    (
        "The Legend of Zelda: Ocarina of Time",
        "Nintendo 64",
        ["Action Adventure", "Fantasy"],
        91.99,
        True,
        "A young boy from the forest sets out to stop a desert king from seizing a sacred relic, travelling through time to do it.",
    ),
    (
        "Super Mario Galaxy",
        "Wii",
        ["Action", "Platformer", "3D"],
        91.99,
        False,
        "Mario leaps from planet to planet, bending gravity around tiny worlds to rescue the princess from a castle in space.",
    ),
    (
        "Super Mario Galaxy 2",
        "Wii",
        ["Action", "Platformer", "3D"],
        91.99,
        True,
        "The galactic adventure continues with a ship shaped like Mario's head, a friendly dinosaur and even stranger planets.",
    ),
    (
        "Metroid Prime",
        "GameCube",
        ["Action", "Shooter", "First-Person", "Sci-Fi"],
        89.99,
        True,
        "A bounty hunter explores a ruined alien world in first person, scanning everything and finding new suits of armour.",
    ),
    (
        "Super Mario Odyssey",
        "Switch",
        ["Action", "Platformer", "3D"],
        89.99,
        True,
        "Mario and a living hat travel across kingdoms on a flying ship, capturing enemies and objects to borrow their powers.",
    ),
    (
        "Halo: Combat Evolved",
        "Xbox",
        ["Action", "Shooter", "First-Person", "Sci-Fi"],
        87.99,
        False,
        "A lone super-soldier crash-lands on a mysterious ring world and fights an alien alliance to uncover its purpose.",
    ),
    (
        "Red Dead Redemption 2",
        "PlayStation 4",
        ["Action Adventure", "Open-World"],
        87.99,
        True,
        "An outlaw rides with a dying gang across a vast frontier at the end of the Wild West, torn between loyalty and survival.",
    ),
    (
        "Grand Theft Auto IV",
        "Xbox 360",
        ["Action Adventure", "Modern", "Open-World"],
        85.99,
        True,
        "An immigrant arrives in a sprawling city chasing the American dream and is pulled straight into its criminal underworld.",
    ),
    (
        "Tony Hawk's Pro Skater 3",
        "PlayStation 2",
        ["Sports", "Skateboarding"],
        83.99,
        True,
        "Skate through factories, airports and cruise ships, chaining reverts and manuals into combos that never seem to end.",
    ),
    (
        "Perfect Dark",
        "Nintendo 64",
        ["Action", "Shooter", "First-Person"],
        82.99,
        False,
        "A secret agent uncovers a conspiracy between a research corporation and alien visitors, gadget in one hand, gun in the other.",
    ),
    (
        "Grand Theft Auto V",
        "PlayStation 3",
        ["Action Adventure", "Modern", "Open-World"],
        82.99,
        True,
        "Three very different criminals plan a series of heists across a sunny city modelled on Los Angeles.",
    ),
    (
        "The Legend of Zelda: Breath of the Wild",
        "Switch",
        ["Action Adventure", "Open-World", "Fantasy"],
        82.99,
        True,
        "A knight awakens after a hundred years and explores a ruined kingdom where any mountain you can see can be climbed.",
    ),
    (
        "Soulcalibur",
        "Dreamcast",
        ["Action", "Fighting", "3D"],
        81.99,
        True,
        "Weapon-wielding warriors from across the world fight for a cursed sword in a fighting game known for its fluid motion.",
    ),
    (
        "Grand Theft Auto III",
        "PlayStation 2",
        ["Action Adventure", "Modern", "Open-World"],
        81.99,
        False,
        "A silent criminal betrayed during a bank robbery works his way through the gangs of a grim three-island city.",
    ),
    (
        "Super Mario 64",
        "Nintendo 64",
        ["Action", "Platformer", "3D"],
        81.99,
        True,
        "Mario jumps into paintings inside a castle to recover power stars in the game that defined 3D platforming.",
    ),
    (
        "Resident Evil 4",
        "GameCube",
        ["Action Adventure", "Horror", "Survival"],
        81.99,
        True,
        "A government agent searches a hostile rural village for the president's kidnapped daughter, with an over-the-shoulder camera.",
    ),
    (
        "Mass Effect 2",
        "Xbox 360",
        ["Role-Playing", "Action RPG", "Sci-Fi"],
        80.99,
        True,
        "A commander brought back from the dead assembles a crew of specialists for a mission that may not be survivable.",
    ),
    (
        "The Legend of Zelda: Twilight Princess",
        "Wii",
        ["Action Adventure", "Fantasy"],
        80.99,
        False,
        "A ranch hand turned wolf travels between the light world and a creeping twilight realm with a mischievous imp.",
    ),
    (
        "Baldur's Gate III",
        "PC",
        ["Role-Playing", "PC-style RPG"],
        80.99,
        True,
        "Infected by a mind-controlling parasite, an unlikely party races to remove it before they turn into monsters.",
    ),
    (
        "Half-Life 2",
        "PC",
        ["Action", "Shooter", "First-Person", "Sci-Fi"],
        79.99,
        True,
        "A physicist returns to a city under alien occupation, armed with a crowbar and a gravity gun.",
    ),
    (
        "The Orange Box",
        "Xbox 360",
        ["Action", "Shooter", "Compilation"],
        79.99,
        True,
        "Five games in one box, including a portal-gun puzzle game with a passive-aggressive AI narrator.",
    ),
    (
        "Gran Turismo",
        "PlayStation",
        ["Racing", "Simulation"],
        79.99,
        False,
        "The real driving simulator: earn licences, buy used cars and tune them until they win championships.",
    ),
    (
        "Tekken 3",
        "PlayStation",
        ["Action", "Fighting", "3D"],
        79.99,
        True,
        "A new generation of fighters enters the Iron Fist tournament, with sidestepping that opened up the third dimension.",
    ),
    (
        "Elden Ring",
        "PlayStation 5",
        ["Role-Playing", "Action RPG", "Open-World"],
        78.99,
        True,
        "A tarnished warrior explores the Lands Between, a vast and dangerous world ruled by demigods holding shards of a broken ring.",
    ),
    (
        "Uncharted 2: Among Thieves",
        "PlayStation 3",
        ["Action Adventure", "Linear"],
        78.99,
        True,
        "A treasure hunter races a war criminal to the lost city of Shambhala, from museum heists to a train hanging off a cliff.",
    ),
    (
        "BioShock",
        "Xbox 360",
        ["Action", "Shooter", "First-Person"],
        78.99,
        False,
        "A plane crash leaves you in an underwater city built as a utopia, now ruined by genetic modification and paranoia.",
    ),
    (
        "Batman: Arkham City",
        "PlayStation 3",
        ["Action Adventure", "Open-World"],
        78.99,
        True,
        "The Dark Knight is locked inside a walled-off district of Gotham turned into a prison for its worst criminals.",
    ),
    (
        "Super Smash Bros. Melee",
        "GameCube",
        ["Action", "Fighting", "2D"],
        77.99,
        True,
        "Nintendo's heroes knock each other off floating stages in a fast party fighter still played in tournaments today.",
    ),
    (
        "Portal 2",
        "PC",
        ["Action", "Puzzle", "First-Person"],
        77.99,
        True,
        "Wake up in a decaying test facility and think with portals again, alone or with a co-operative robot partner.",
    ),
    (
        "Street Fighter IV",
        "Xbox 360",
        ["Action", "Fighting", "2D"],
        77.99,
        False,
        "The classic world warriors return in painted 3D models with focus attacks and ultra combos.",
    ),
    (
        "Halo 2",
        "Xbox",
        ["Action", "Shooter", "First-Person", "Sci-Fi"],
        76.99,
        True,
        "The war comes to Earth as a super-soldier and an alien commander fight on opposite sides of the same conflict.",
    ),
    (
        "God of War",
        "PlayStation 4",
        ["Action Adventure", "Linear", "Fantasy"],
        76.99,
        True,
        "A retired god of war and his young son carry a funeral's ashes to the highest peak in a realm of Norse myth.",
    ),
    (
        "Metal Gear Solid 2: Sons of Liberty",
        "PlayStation 2",
        ["Action Adventure", "Stealth"],
        76.99,
        True,
        "A rookie agent infiltrates an offshore cleanup facility taken over by terrorists, in a story about information and control.",
    ),
    (
        "Final Fantasy IX",
        "PlayStation",
        ["Role-Playing", "Console-style RPG"],
        75.99,
        False,
        "A thief, a princess and a black mage set off on a journey through a storybook world of airships and crystals.",
    ),
    (
        "Chrono Trigger",
        "Nintendo DS",
        ["Role-Playing", "Console-style RPG"],
        75.99,
        True,
        "A boy and his friends fall through time and learn that the world will end in 1999 unless they change history.",
    ),
    (
        "Hades",
        "Switch",
        ["Action", "Roguelike", "Action RPG"],
        74.99,
        True,
        "The son of the god of the dead fights his way out of the underworld again and again, helped by the gods of Olympus.",
    ),
]
OX_SIZES = [12, 12, 12]
OX_LAST_PAGE = 94

# Emotion class hashes (component label suffixes as the build emitted them).
OX_CSS = {
    "card": "product-card css-e8at8d eag3qlw10",
    "header": "card-header css-o171kl eag3qlw6",
    "image": "css-1vzzkcf eag3qlw9",
    "title": "title css-7u5e79 eag3qlw7",
    "chips": "category css-1ikdq2o eag3qlw5",
    "chip": "css-1dcy2a8 e1kord970",
    "platform": "css-18txqn9 e1kord971",
    "desc": "description css-1bq14u5 eag3qlw8",
    "price": "price-wrapper css-li4v8k eag3qlw4",
    "instock": "in-stock css-1w904rj eag3qlw1",
    "outstock": "out-of-stock css-1eyx5el eag3qlw0",
    "button": "css-5irwfa e1ykdlnf0",
    "grid": "css-1bmn49t e11dykzd0",
}


def _ox_price(amount: float) -> str:
    return f"{amount:.2f}".replace(".", ",") + " €"


def _ox_card(number: int, game: tuple[str, str, list[str], float, bool, str]) -> str:
    title, platform, genres, price, stock, description = game
    chips = "".join(f'<span class="{OX_CSS["chip"]}">{esc(g)}</span>' for g in genres)
    status = (
        f'<p class="{OX_CSS["instock"]}">In stock</p>' if stock else f'<p class="{OX_CSS["outstock"]}">Out of stock</p>'
    )
    return (
        f'<div class="{OX_CSS["card"]}"><a class="{OX_CSS["header"]}" href="/products/{number}">'
        f'<div class="{OX_CSS["image"]}"><img alt="" loading="lazy" width="280" height="200" decoding="async" data-nimg="1" style="color:transparent" '
        f'srcset="/_next/image?url=%2Fassets%2Fimages%2F{slug(title)}.webp&amp;w=384&amp;q=75 1x, /_next/image?url=%2Fassets%2Fimages%2F{slug(title)}.webp&amp;w=640&amp;q=75 2x" '
        f'src="/_next/image?url=%2Fassets%2Fimages%2F{slug(title)}.webp&amp;w=640&amp;q=75"/></div>'
        f'<h4 class="{OX_CSS["title"]}">{esc(title)}</h4></a>'
        f'<div class="{OX_CSS["chips"]}"><span class="{OX_CSS["platform"]}">{esc(platform)}</span>{chips}</div>'
        f'<p class="{OX_CSS["desc"]}">{esc(description)}</p>'
        f'<div class="{OX_CSS["price"]}">{_ox_price(price)}</div>{status}'
        f'<button class="{OX_CSS["button"]}" type="button"{"" if stock else " disabled"}>Add to Basket</button></div>'
    )


def _ox_pager(number: int) -> str:
    def item(n: int) -> str:
        if n == number:
            return f'<li class="selected"><a rel="canonical" role="button" tabindex="-1" href="/products?page={n}" aria-label="Page {n} is your current page" aria-current="page">{n}</a></li>'
        rel = ' rel="next"' if n == number + 1 else (' rel="prev"' if n == number - 1 else "")
        return f'<li><a{rel} role="button" tabindex="0" href="/products?page={n}" aria-label="Page {n}">{n}</a></li>'

    prev = (
        '<li class="previous disabled"><a class="" role="button" tabindex="-1" aria-disabled="true" aria-label="Previous page" rel="prev">‹</a></li>'
        if number == 1
        else f'<li class="previous"><a class="" tabindex="0" role="button" aria-disabled="false" aria-label="Previous page" rel="prev" href="/products?page={number - 1}">‹</a></li>'
    )
    shown = sorted({1, 2, 3, 4, number + 1} - {OX_LAST_PAGE}) if number < 4 else [1]
    items = "".join(item(n) for n in shown)
    brk = '<li class="break"><a role="button" tabindex="0" aria-label="Jump forward">…</a></li>'
    nxt = f'<li class="next"><a class="" tabindex="0" role="button" aria-disabled="false" aria-label="Next page" rel="next" href="/products?page={number + 1}">›</a></li>'
    return f'<ul class="pagination css-1n2mv2k e1serqpf0" role="navigation" aria-label="Pagination">{prev}{items}{brk}{item(OX_LAST_PAGE)}{nxt}</ul>'


OX_SIDEBAR = [
    ("Nintendo", ["Nintendo 64", "GameCube", "Wii", "Switch", "Nintendo DS"]),
    ("Xbox platform", ["Xbox", "Xbox 360", "Xbox One", "Xbox Series X"]),
    ("Playstation platform", ["PlayStation", "PlayStation 2", "PlayStation 3", "PlayStation 4", "PlayStation 5"]),
    ("Dreamcast", []),
    ("PC", []),
    ("Stadia", []),
]


def _ox_sidebar() -> str:
    groups = []
    for group, subs in OX_SIDEBAR:
        inner = "".join(
            f'<li><a class="css-1x5p8o0 e1u7hpyl1" href="/products/category/{slug(group)}/{slug(sub)}">{esc(sub)}</a></li>'
            for sub in subs
        )
        sub_list = f'<ul class="css-1h3u9zq e1u7hpyl0">{inner}</ul>' if inner else ""
        groups.append(
            f'<li class="css-ka3wdg e1u7hpyl2"><a class="css-1x5p8o0 e1u7hpyl1" href="/products/category/{slug(group)}">{esc(group)}</a>{sub_list}</li>'
        )
    return f'<aside class="css-10i2ah4 e1pl6npa1"><p class="css-19k9xfd e1pl6npa0">Categories</p><ul class="css-1h3u9zq e1u7hpyl0">{"".join(groups)}</ul></aside>'


def _ox_next_data(number: int, games: list[tuple[int, tuple[str, str, list[str], float, bool, str]]]) -> str:
    products = [
        {
            "id": n,
            "url": f"/products/{n}",
            "game_name": title,
            "description": description,
            "price": price,
            "currency": "EUR",
            "in_stock": stock,
            "platform": platform,
            "genre": genres,
            "image": f"/assets/images/{slug(title)}.webp",
        }
        for n, (title, platform, genres, price, stock, description) in games
    ]
    data = {
        "props": {
            "pageProps": {"products": products, "page": number, "pageCount": OX_LAST_PAGE, "total": 3000},
            "__N_SSP": True,
        },
        "page": "/products",
        "query": {} if number == 1 else {"page": str(number)},
        "buildId": OX_BUILD,
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _ox_page(number: int, games: list[tuple[int, tuple[str, str, list[str], float, bool, str]]]) -> str:
    cards = "".join(_ox_card(n, game) for n, game in games)
    styles = "".join(
        f'<style data-emotion="css {h}">.css-{h}{{{rule}}}</style>'
        for h, rule in [
            (
                "e8at8d",
                "display:flex;flex-direction:column;padding:16px;border-radius:8px;background:#fff;box-shadow:0 2px 8px rgba(0,0,0,.08);",
            ),
            ("7u5e79", "font-size:18px;font-weight:600;margin:12px 0 8px;"),
            ("li4v8k", "font-size:20px;font-weight:700;color:#12152c;margin-top:auto;"),
            (
                "1bq14u5",
                "display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden;font-size:14px;color:#5f6379;",
            ),
            ("1w904rj", "color:#1dab61;font-size:14px;"),
            ("1eyx5el", "color:#e03c31;font-size:14px;"),
        ]
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>E-commerce | Oxylabs Scraping Sandbox</title><meta name="description" content="A sandbox e-commerce store of video games for practising web scraping."/><meta name="next-head-count" content="4"/><link rel="icon" href="/favicon.ico"/><link rel="preload" href="/_next/static/css/5b3c1d2e9a7f4c10.css" as="style"/><link rel="stylesheet" href="/_next/static/css/5b3c1d2e9a7f4c10.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/framework-ce84985cd166733a.js" defer=""></script><script src="/_next/static/chunks/main-0c6b4c1a8a2a7b3e.js" defer=""></script><script src="/_next/static/chunks/pages/_app-3f1c0a9d2b7e6f45.js" defer=""></script><script src="/_next/static/chunks/pages/products-9e2d4b7a1c3f5e80.js" defer=""></script><script src="/_next/static/{OX_BUILD}/_buildManifest.js" defer=""></script><script src="/_next/static/{OX_BUILD}/_ssgManifest.js" defer=""></script>{styles}</head><body><div id="__next"><div class="css-1r6ij4y e1v6fqt33"><header class="css-1d3bbye e1v6fqt32"><a class="css-1m9m7ep e1v6fqt31" href="/"><img alt="Oxylabs" src="/assets/oxylabs-logo.svg" width="120" height="32"/><span>Scraping Sandbox</span></a><form class="css-1hb7zxy e1v6fqt30" action="/products/search" method="get"><input type="search" name="q" placeholder="Search" class="css-1wqa3p6 e1s2v0a0"/><button type="submit" class="css-5irwfa e1ykdlnf0">Search</button></form><a class="css-1m9m7ep e1v6fqt31" href="/basket">Basket (0)</a></header><div class="css-1c9x1b8 e1v6fqt34">{_ox_sidebar()}<main class="css-1i5w6ha e1v6fqt35"><div class="{OX_CSS["grid"]}">{cards}</div><div class="css-18jw9b5 e1serqpf1">{_ox_pager(number)}</div></main></div><footer class="css-1ruvnad e1v6fqt36"><p>© 2024 Oxylabs. All rights reserved.</p><a href="https://oxylabs.io/legal/privacy-policy">Privacy policy</a></footer></div></div><script id="__NEXT_DATA__" type="application/json">{_ox_next_data(number, games)}</script></body></html>"""


@twentieth_c
def build_oxyshop_games() -> None:
    s = Site(
        "oxyshop-games",
        kind="product catalogue (Next.js, Emotion hashed classes, __NEXT_DATA__, ?page=N react-paginate)",
        start="products",
        description=(
            "Oxylabs scraping-sandbox /products replica (2024–25): a Next.js pages-router game store styled with Emotion "
            "(readable labels beside hashes: 'product-card css-e8at8d eag3qlw10', 'card-header', h4.title, a platform chip "
            "and genre chips in div.category, a line-clamped p.description, div.price-wrapper '91,99 €', p.in-stock 'In "
            "stock' / p.out-of-stock 'Out of stock', an 'Add to Basket' button), style[data-emotion] blocks, a platform "
            "category sidebar, a search form, react-paginate ul.pagination with ?page=N links, a break and page 94, and "
            "__NEXT_DATA__ with the same products as JSON. Written down: title, url, category, genres (list), description, "
            "price, currency, availability."
        ),
    )
    numbered = list(enumerate(OX_GAMES, 1))
    pages = chunks(numbered, OX_SIZES)
    s.list_page("products/index.html", _ox_page(1, pages[0]))
    s.write("products@page=1", _ox_page(1, pages[0]))
    for number in range(2, len(pages) + 1):
        s.list_page(f"products@page={number}", _ox_page(number, pages[number - 1]))
    for number, (title, platform, genres, price, stock, description) in numbered:
        s.expect(
            {
                "title": title,
                "url": f"/products/{number}",
                "category": platform,
                "genres": genres,
                "description": description,
                "price": price,
                "currency": "EUR",
                "availability": "In stock" if stock else "Out of stock",
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTIETH_C.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
