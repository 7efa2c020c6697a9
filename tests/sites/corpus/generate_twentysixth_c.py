"""Twenty-sixth wave, part C: a NodeBB forum category, a Poshmark-style resale search grid and a RubyGems.org-style
package search, copied from their real 2024–25 markup as a logged-out visitor gets it and written before any
heuristic was changed for them.

* **cremaboard** — a home-espresso community on NodeBB 3.12 with the stock Harmony theme, category "Espresso
  Machines" (``/category/7/espresso-machines``; NodeBB's default infinite scroll, so the server-rendered pager
  sits in a ``<noscript>`` after the list, with ``?page=2`` / ``?page=3`` relative links; head ``link rel=prev /
  next`` on the forum's real host). The Harmony shell: the ``var config = JSON.parse('…')`` head script, a
  BreadcrumbList JSON-LD, ``body.page-category.template-category…user-guest``, the left ``nav.sidebar`` of
  Categories / Recent / Tags / Popular / Users / Groups, the right sidebar with "Login" / "Register" and
  "Login or register to search", the brand bar, the noscript read-only warning; breadcrumbs "Home › Equipment ›
  Espresso Machines", the category header (icon, h1, "51 topics" / "1.4k posts" badges with exact titles, RSS,
  description), the topic-list bar (sort dropdown, RSS, "Log in to post"), then ``ul[component=category].topics-
  list`` of ``li[component=category/topic].category-item`` rows (``pinned`` / ``locked`` classes, schema.org
  DiscussionForumPosting microdata, a ``topic/anchor``): the author only as an avatar (``img`` with alt and
  title, or a letter ``span.avatar`` with the name in ``title``), ``h3[component=topic/header] > a`` to
  ``/topic/<tid>/<slug>``, ``span[component=topic/labels]`` with hidden Watching / Ignoring / Scheduled badges and
  shown Pinned / Locked / Moved ones, tag badges, a mobile post-count badge, and ``a.timeago`` links that are
  *empty* in the HTML (jQuery timeago fills them) with the ISO time only in ``title``; a thumbnail on some; the
  stats grid of votes / posts / views shown through ``humanReadableNumber(n, 0)`` ("18k") with the exact number
  in ``title``; the teaser column with the last poster's avatar, another empty timeago permalink to
  ``/topic/<tid>/<slug>/<index>`` and the last post's text, or "No one has replied". A "Recent Topics" sidebar
  widget (nodebb-widget-essentials) repeats eight topics, three from this category. The mobile footer bar, the
  ``script#ajaxify-data`` JSON holding the whole template data (topics with uids, timestamps, teasers…). 20 + 20 +
  11 topics, two pinned ones first on page 1. Written down: title, url, author, tags (where shown), date (the
  topic's creation day, UTC), votes, posts, views (as shown: "2k"), last_post_date (absent while unreplied).
* **thriftlane** — a US resale marketplace copying Poshmark's 2024 search page for "levis 501"
  (``/search?query=levis%20501&type=listings&src=dir``, then ``&max_id=2`` / ``&max_id=3``): Vue 2 server
  rendering (``div#app[data-server-rendered]``, ``data-v-…`` scoped attributes on every component element),
  Poshmark's atomic utility classes (``d--fl``, ``ai--c``, ``m--t--2``, ``tc--g``, ``td--lt``, ``fw--bold``), the
  app banner, header search and Log in / Sign up, department nav, the filter sidebar (Category, Size, Brand,
  Colour, Price, Condition, Availability, Shipping), "Sort By: Relevance", then ``div.tiles_container`` of 48
  ``div.col-x12.col-l6.col-s8[data-et-prop-location=listing_tile]`` tiles: ``div.card.card--small`` with an
  ``a.tile__covershot`` (lazy cover image whose alt is the title, an ``NWT`` condition tag or a "Boutique" label
  on some), ``div.item__details`` with ``a.tile__title``, ``span.p--t--1.fw--bold`` "$45" and a struck
  ``span.p--l--1.tc--g.td--lt`` "$98" original retail (absent when the seller gave none), the
  ``tile__details__pipe`` "Size: 32" and brand links, and ``a.tile__creator`` with the seller's avatar and
  username; social like / share buttons without counts. Under the grid a "Previous" / "Next"
  ``a.btn--pagination`` pair over ``&max_id=N`` (the JS client swaps it for infinite scroll), related-search
  chips, the footer, and ``window.__INITIAL_STATE__`` with the grid's listing objects and ``next_max_id``.
  48 + 48 + 19 listings. Written down: title, url, price, currency, original_price, size, brand, seller, badge.
* **gemhearth** — a Ruby package host copying RubyGems.org's classic (pre-redesign) search page for "sitemap"
  (``/search?query=sitemap``, then Kaminari's ``/search?page=2&query=sitemap``): the Rails layout (csrf meta,
  importmap, opensearch link), ``header.header--interior`` with the ⬢ logo, the search form and Releases / Blog /
  Guides / Sign in / Sign up, ``main.main--interior > div.l-wrap--b``: ``h1.t-display.page__heading`` "search"
  with ``i.page__subheading`` "for <strong>sitemap</strong>", the "Advanced Search" link, ``p.gems__meter``
  "Displaying gems 1 - 30 of 74 in total", the aggregation filter chips ("Name (41)", "Description (52)",
  "Summary (58)", "Updated last week (2)", "Updated last month (9)"), then ``a.gems__gem`` cards — each card one
  link holding ``span.gems__gem__info`` (``h2.gems__gem__name`` with the name and ``span.gems__gem__version``,
  ``p.gems__gem__desc.t-text`` summary cut by ``truncate(90)``) and ``p.gems__gem__downloads__count``
  "1,284,551" + ``span.gems__gem__downloads__heading`` "Downloads" — and Kaminari's ``nav.pagination`` of
  ``span.first`` / ``span.prev`` / ``span.page`` / ``span.next`` / ``span.last`` ("« First", "‹ Prev", "Next ›",
  "Last »"); the footer of nav links, the about text, sponsor logos and a language selector. 30 + 30 + 14 gems.
  Written down: name, url, version, summary (as shown, cut), downloads.

Run ``uv run python tests/sites/corpus/generate_twentysixth_c.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc

TWENTYSIXTH_C: dict[str, Callable[[], None]] = {}


def twentysixth_c(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYSIXTH_C[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


def _hex(text: str, length: int = 24) -> str:
    """A stable hex id derived from ``text`` (Mongo-style object ids, cache busters)."""
    return hashlib.sha1(text.encode()).hexdigest()[:length]


# ---------------------------------------------------------------------------------------------------
# cremaboard: NodeBB 3.12, Harmony theme, category view as a guest, infinite scroll + noscript pager.
# ---------------------------------------------------------------------------------------------------

CB_HOST = "https://cremaboard.net"
CB_CID = 7
CB_SLUG = "7/espresso-machines"
CB_BASE = f"/category/{CB_SLUG}"
CB_PER_PAGE = 20
CB_NOW = datetime(2025, 3, 15, 10, 20, tzinfo=UTC)
CB_BUSTER = "8f1e2d0c7b4"
CB_COLOURS = [
    "#f44336",
    "#e91e63",
    "#9c27b0",
    "#673ab7",
    "#3f51b5",
    "#2196f3",
    "#009688",
    "#1b5e20",
    "#33691e",
    "#827717",
    "#e65100",
    "#ff5722",
    "#795548",
    "#607d8b",
]

#: username → (uid, has an uploaded picture)
CB_USERS: dict[str, tuple[int, bool]] = {
    "crema_mod": (2, True),
    "admin": (1, True),
    "tamper_tom": (412, False),
    "ninabrews": (1187, True),
    "lever_louis": (233, False),
    "dialledin": (908, False),
    "PortafilterPete": (1544, True),
    "oksana.k": (1702, False),
    "steamwand_sam": (655, False),
    "bloomphase": (1391, True),
    "HXHarriet": (377, False),
    "grindsize12": (1820, False),
    "microfoam": (1066, True),
    "ristretto_ray": (149, False),
    "Dave_in_Leeds": (1905, False),
    "preinfusion": (812, True),
    "kettle_kim": (1633, False),
    "boilerplate": (521, False),
    "wdt_wendy": (1958, False),
    "coffee_ajit": (1264, True),
}


class CBTopic(NamedTuple):
    tid: int
    title: str
    author: str
    tags: tuple[str, ...]
    created: datetime
    last: datetime | None  # None: no reply yet
    last_user: str | None
    teaser: str | None
    posts: int
    views: int
    votes: int
    pinned: bool = False
    locked: bool = False
    moved: bool = False
    thumb: bool = False


def _cb_t(day: int, hour: int, minute: int, month: int = 3) -> datetime:
    return datetime(2025, month, day, hour, minute, 11, tzinfo=UTC)


# Sorted as NodeBB lists a category by default ("recently replied"): pinned topics first, then by last post.
CB_TOPICS: list[CBTopic] = [
    CBTopic(
        88,
        "Read this first: Espresso Machines FAQ and buying guide (2025 edition)",
        "crema_mod",
        ("faq", "buying-advice"),
        _cb_t(3, 9, 0, 1),
        _cb_t(11, 16, 42),
        "ninabrews",
        "Added a section on flow-control paddles and on which single boilers take a PID kit without drilling.",
        143,
        18342,
        96,
        pinned=True,
    ),
    CBTopic(
        91,
        "Buy / sell etiquette and sponsored posts: rules for this category",
        "admin",
        ("rules",),
        _cb_t(5, 12, 30, 1),
        None,
        None,
        None,
        1,
        6120,
        31,
        pinned=True,
        locked=True,
    ),
    CBTopic(
        2231,
        "Gaggia Classic Pro E24: is the steam wand swap worth it?",
        "tamper_tom",
        ("gaggia", "mods"),
        _cb_t(14, 18, 2),
        _cb_t(15, 9, 48),
        "steamwand_sam",
        "The Rancilio V3 wand fits with the 2-hole tip, just order the M12 adapter. Night and day for milk.",
        17,
        412,
        9,
    ),
    CBTopic(
        2229,
        "Breville Bambino Plus keeps tripping the breaker on startup",
        "oksana.k",
        ("breville", "troubleshooting"),
        _cb_t(14, 7, 55),
        _cb_t(15, 8, 3),
        "boilerplate",
        "Sounds like the thermojet element is leaking to earth. Do not keep resetting it, get it tested.",
        9,
        233,
        4,
    ),
    CBTopic(
        2226,
        "Rancilio Silvia Pro X vs Lelit Bianca V3 for a light-roast drinker",
        "bloomphase",
        ("rancilio", "lelit", "buying-advice"),
        _cb_t(13, 20, 11),
        _cb_t(15, 7, 26),
        "lever_louis",
        "If you want to play with pressure profiles the Bianca wins, but the Pro X is the better value.",
        31,
        1187,
        14,
        thumb=True,
    ),
    CBTopic(
        2224,
        "Descaling a heat exchanger without pulling the boiler",
        "HXHarriet",
        ("maintenance", "descaling"),
        _cb_t(13, 11, 40),
        _cb_t(14, 22, 17),
        "dialledin",
        "Citric at 2% through the group and the wand, three cycles, then flush twice as long as you think.",
        12,
        356,
        11,
    ),
    CBTopic(
        2230,
        "Profitec Go PID reading 4 °C high: offset or sensor?",
        "grindsize12",
        ("profitec", "pid"),
        _cb_t(14, 15, 9),
        _cb_t(14, 21, 50),
        "preinfusion",
        "The Go's offset is set in the hidden menu, hold the minus key for five seconds.",
        6,
        141,
        2,
    ),
    CBTopic(
        2219,
        "Used La Marzocco Linea Mini at £3,200: what should I check?",
        "Dave_in_Leeds",
        ("la-marzocco", "used"),
        _cb_t(12, 9, 14),
        _cb_t(14, 19, 5),
        "microfoam",
        "Ask for the service history and the date of the last gasket and screen change, and check the brew boiler level probe.",
        22,
        904,
        7,
    ),
    CBTopic(
        2227,
        "Flair 58 Plus: a preheat routine that actually works",
        "lever_louis",
        ("flair", "lever"),
        _cb_t(14, 6, 31),
        _cb_t(14, 17, 44),
        "kettle_kim",
        "Doing exactly this now, 92 °C at the puck on the second shot.",
        8,
        198,
        12,
    ),
    CBTopic(
        2217,
        "Decent DE1 firmware 1.45 reset my steam settings",
        "coffee_ajit",
        ("decent", "firmware"),
        _cb_t(11, 21, 3),
        _cb_t(14, 12, 36),
        "ninabrews",
        "Same here. Settings are in the tablet app now, not on the machine.",
        15,
        377,
        3,
    ),
    CBTopic(
        2232,
        "Best machine under $500 in 2025?",
        "wdt_wendy",
        ("buying-advice",),
        _cb_t(14, 10, 22),
        _cb_t(14, 11, 8),
        "tamper_tom",
        "A used Gaggia Classic and a decent grinder beats anything new at that price.",
        5,
        167,
        1,
    ),
    CBTopic(
        2212,
        "Lelit Mara X V2 fan noise after six months",
        "PortafilterPete",
        ("lelit", "troubleshooting"),
        _cb_t(10, 8, 47),
        _cb_t(13, 23, 59),
        "HXHarriet",
        "Mine did the same, a drop of silicone grease on the fan bearing fixed it.",
        11,
        289,
        5,
    ),
    CBTopic(
        2233,
        "Ascaso Steel Duo PID: first impressions of the flow profiling",
        "ninabrews",
        ("ascaso", "review"),
        _cb_t(13, 19, 12),
        None,
        None,
        None,
        1,
        64,
        2,
        thumb=True,
    ),
    CBTopic(
        2210,
        "Bezzera Unica PID pump vibrating loudly",
        "steamwand_sam",
        ("bezzera", "troubleshooting"),
        _cb_t(9, 14, 5),
        _cb_t(13, 18, 21),
        "boilerplate",
        "Check the pump's rubber mounts, they perish and the pump sits on the chassis.",
        8,
        204,
        2,
    ),
    CBTopic(
        2208,
        "Why does my shot time drift over a session?",
        "kettle_kim",
        (),
        _cb_t(9, 7, 38),
        _cb_t(13, 15, 2),
        "dialledin",
        "Grinder warming up. Weigh and time the first three shots separately and you will see it.",
        19,
        512,
        8,
    ),
    CBTopic(
        2205,
        "Meticulous espresso: early owners' thread",
        "preinfusion",
        ("meticulous",),
        _cb_t(8, 16, 26),
        _cb_t(13, 9, 14),
        "coffee_ajit",
        "Got my shipping notice today, unit from the March batch.",
        44,
        2481,
        21,
    ),
    CBTopic(
        2202,
        "Water recipe for a dual boiler in a hard-water area",
        "ristretto_ray",
        ("water", "maintenance"),
        _cb_t(7, 10, 53),
        _cb_t(12, 20, 40),
        "grindsize12",
        "I use the Rao recipe at 70% strength with distilled water from the supermarket.",
        13,
        398,
        6,
    ),
    CBTopic(
        2215,
        "Cafelat Robot or Flair Neo Flex for travel?",
        "Dave_in_Leeds",
        ("lever", "flair", "cafelat"),
        _cb_t(11, 13, 0),
        _cb_t(12, 14, 31),
        "lever_louis",
        "The Robot is heavier but needs no preheating. For a campervan I'd take it every time.",
        7,
        186,
        3,
    ),
    CBTopic(
        2198,
        "Gaggiuino build log: six weeks in",
        "microfoam",
        ("gaggia", "mods", "gaggiuino"),
        _cb_t(5, 19, 44),
        _cb_t(12, 11, 7),
        "tamper_tom",
        "Great write-up. Which pressure transducer did you end up using?",
        27,
        1316,
        19,
        thumb=True,
    ),
    CBTopic(
        2200,
        "La Pavoni Europiccola: gasket kit and the first pull",
        "bloomphase",
        ("la-pavoni", "lever"),
        _cb_t(6, 8, 15),
        _cb_t(11, 21, 46),
        "kettle_kim",
        "Lube the piston seals with food-safe grease before refitting or they will tear.",
        10,
        244,
        4,
    ),
    CBTopic(
        2195,
        "Rocket Appartamento Serie Nera: steam pressure too low",
        "oksana.k",
        ("rocket", "troubleshooting"),
        _cb_t(4, 17, 30),
        _cb_t(11, 16, 3),
        "HXHarriet",
        "Pressurestat set to 1.0 bar from the factory, you can turn it up to 1.2 safely.",
        14,
        402,
        3,
    ),
    CBTopic(
        2190,
        "Moving from a Linea Mini to a Micra: any regrets?",
        "coffee_ajit",
        ("la-marzocco",),
        _cb_t(3, 12, 8),
        _cb_t(11, 9, 55),
        "Dave_in_Leeds",
        "None at all for two people. The Micra heats up in five minutes.",
        16,
        611,
        5,
    ),
    CBTopic(
        2214,
        "Pressure gauge stuck at 0 on a Quick Mill Pegaso",
        "grindsize12",
        ("quick-mill", "troubleshooting"),
        _cb_t(10, 20, 19),
        _cb_t(10, 22, 4),
        "boilerplate",
        "The gauge capillary is blocked with scale, soak it in citric overnight.",
        4,
        97,
        1,
    ),
    CBTopic(
        2186,
        "What is the point of an E61 flow-control paddle?",
        "wdt_wendy",
        ("e61", "mods"),
        _cb_t(2, 9, 49),
        _cb_t(10, 18, 28),
        "preinfusion",
        "Slow preinfusion and a declining profile at the end. It makes light roasts far less sour.",
        24,
        872,
        10,
    ),
    CBTopic(
        2183,
        "Bambino Plus milk texturing for latte art",
        "kettle_kim",
        ("breville", "milk"),
        _cb_t(1, 15, 36),
        _cb_t(10, 8, 12),
        "microfoam",
        "Turn the auto milk off and use the manual wand with a cold 350 ml jug.",
        9,
        430,
        6,
    ),
    CBTopic(
        2181,
        "Slayer Single Group: owner impressions after a year",
        "ninabrews",
        ("slayer", "review"),
        _cb_t(28, 11, 20, 2),
        _cb_t(9, 21, 17),
        "ristretto_ray",
        "The needle valve is the whole machine. Everything else is just well built.",
        12,
        566,
        9,
    ),
    CBTopic(
        2207,
        "Which machine for a coffee corner in a small office?",
        "kettle_kim",
        ("buying-advice", "office"),
        _cb_t(8, 18, 41),
        _cb_t(9, 19, 5),
        "crema_mod",
        "Moved here from General Discussion, the machine folks will see it better in this category.",
        3,
        88,
        0,
        moved=True,
    ),
    CBTopic(
        2177,
        "Vibiemme Domobar Junior: replacing the vacuum breaker",
        "boilerplate",
        ("vibiemme", "maintenance"),
        _cb_t(26, 10, 2, 2),
        _cb_t(9, 11, 30),
        "HXHarriet",
        "Parts from the usual UK spares shop, 3/8 BSP thread.",
        6,
        149,
        2,
    ),
    CBTopic(
        2175,
        "Sage Dual Boiler leaking under the drip tray",
        "oksana.k",
        ("sage", "troubleshooting"),
        _cb_t(25, 19, 28, 2),
        _cb_t(8, 22, 42),
        "PortafilterPete",
        "Over-pressure valve on the brew boiler. Common fault, cheap part.",
        11,
        318,
        3,
    ),
    CBTopic(
        2172,
        "Ponte Vecchio Lusso lever: is it a good first lever?",
        "lever_louis",
        ("lever",),
        _cb_t(24, 8, 10, 2),
        _cb_t(8, 14, 9),
        "bloomphase",
        "Great first lever as long as you temp surf with a wet towel.",
        8,
        221,
        4,
    ),
    CBTopic(
        2169,
        "Machines with a true cold-start preinfusion?",
        "dialledin",
        ("buying-advice", "preinfusion"),
        _cb_t(22, 13, 55, 2),
        _cb_t(7, 20, 33),
        "coffee_ajit",
        "The Bianca, the Decent and anything with a GS3 style paddle.",
        18,
        540,
        7,
    ),
    CBTopic(
        2166,
        "ECM Synchronika group gasket size",
        "PortafilterPete",
        ("ecm", "maintenance"),
        _cb_t(21, 9, 3, 2),
        _cb_t(7, 10, 58),
        "ristretto_ray",
        "8.5 mm for a new machine, go to 8 mm if your basket sits low.",
        5,
        176,
        1,
    ),
    CBTopic(
        2163,
        "Racing the clock: warm-up times for a dozen machines",
        "microfoam",
        ("review",),
        _cb_t(19, 17, 12, 2),
        _cb_t(6, 16, 47),
        "wdt_wendy",
        "Thanks for measuring this. The HX numbers match what I get with a group thermometer.",
        29,
        1733,
        23,
        thumb=True,
    ),
    CBTopic(
        2160,
        "Is a plumbed-in machine worth it at home?",
        "Dave_in_Leeds",
        ("plumbing",),
        _cb_t(18, 12, 40, 2),
        _cb_t(6, 9, 25),
        "boilerplate",
        "Only if you have softened water on tap. Otherwise you are buying a scale generator.",
        13,
        388,
        2,
    ),
    CBTopic(
        2156,
        "Profitec Pro 600 flow control vs Lelit Elizabeth",
        "steamwand_sam",
        ("profitec", "lelit", "buying-advice"),
        _cb_t(16, 11, 6, 2),
        _cb_t(5, 18, 2),
        "dialledin",
        "Dual boiler E61 versus saturated-ish group. Different philosophies, both great.",
        21,
        702,
        6,
    ),
    CBTopic(
        2152,
        "Thermometer in the group: which adapter?",
        "HXHarriet",
        ("e61", "mods"),
        _cb_t(14, 9, 44, 2),
        _cb_t(4, 21, 39),
        "tamper_tom",
        "The Eric's thermometer still sells and needs no drilling.",
        7,
        201,
        3,
    ),
    CBTopic(
        2149,
        "Lelit Anna PL41TEM still worth buying used?",
        "wdt_wendy",
        ("lelit", "used"),
        _cb_t(13, 15, 27, 2),
        _cb_t(4, 12, 10),
        "kettle_kim",
        "At under £200 yes, it takes a standard 57 mm basket.",
        9,
        264,
        2,
    ),
    CBTopic(
        2146,
        "Breville Oracle Jet: anyone bought one yet?",
        "coffee_ajit",
        ("breville", "review"),
        _cb_t(12, 10, 33, 2),
        _cb_t(3, 22, 51),
        "ninabrews",
        "Had one for a month now, the auto-tamp is surprisingly good.",
        26,
        1108,
        5,
    ),
    CBTopic(
        2143,
        "What's in your weekly cleaning routine?",
        "kettle_kim",
        ("maintenance", "cleaning"),
        _cb_t(11, 8, 12, 2),
        _cb_t(3, 17, 6),
        "microfoam",
        "Backflush with water daily, detergent once a week, screen off once a month.",
        34,
        1249,
        15,
    ),
    CBTopic(
        2139,
        "Gaggia Classic Pro OPV spring: 9 bar mod",
        "ristretto_ray",
        ("gaggia", "mods"),
        _cb_t(9, 19, 49, 2),
        _cb_t(2, 20, 20),
        "steamwand_sam",
        "The 9 bar spring kit is still the best value mod you can do.",
        12,
        487,
        8,
    ),
    CBTopic(
        2136,
        "Nuova Simonelli Oscar II PID retrofit",
        "boilerplate",
        ("nuova-simonelli", "pid", "mods"),
        _cb_t(8, 14, 2, 2),
        _cb_t(1, 11, 44),
        "HXHarriet",
        "You need the relay that matches the element's draw, not the small one from the kit.",
        10,
        301,
        4,
    ),
    CBTopic(
        2133,
        "Lever spring machines and shot consistency",
        "lever_louis",
        ("lever",),
        _cb_t(7, 10, 7, 2),
        _cb_t(28, 19, 3, 2),
        "bloomphase",
        "Once the group is heat-soaked, three shots in a row are within a second of each other.",
        15,
        392,
        6,
    ),
    CBTopic(
        2130,
        "Eureka mignon next to an HX: heat damage?",
        "oksana.k",
        ("grinder",),
        _cb_t(6, 9, 50, 2),
        _cb_t(27, 14, 15, 2),
        "PortafilterPete",
        "The cup tray gets warm but nowhere near enough to hurt a grinder.",
        6,
        147,
        1,
    ),
    CBTopic(
        2127,
        "Power draw: can I run a dual boiler from a 13 A plug?",
        "Dave_in_Leeds",
        ("electrical",),
        _cb_t(5, 17, 34, 2),
        _cb_t(26, 21, 8, 2),
        "boilerplate",
        "Yes, they are designed for it: the boilers never heat at the same time.",
        11,
        355,
        3,
    ),
    CBTopic(
        2124,
        "Bezzera Duo DE: shot temperature stability",
        "preinfusion",
        ("bezzera", "review"),
        _cb_t(4, 11, 21, 2),
        _cb_t(25, 16, 40, 2),
        "coffee_ajit",
        "Within half a degree over a 30 second shot in my testing.",
        8,
        268,
        3,
    ),
    CBTopic(
        2118,
        "Rocket R58 Cinquantotto pump noise",
        "PortafilterPete",
        ("rocket", "troubleshooting"),
        _cb_t(2, 12, 48, 2),
        _cb_t(24, 9, 33, 2),
        "dialledin",
        "The rotary pump's bypass is set too low, it is cavitating.",
        7,
        190,
        2,
    ),
    CBTopic(
        2115,
        "Your favourite basket for a 58 mm machine?",
        "tamper_tom",
        ("baskets",),
        _cb_t(1, 15, 12, 2),
        _cb_t(23, 13, 57, 2),
        "ninabrews",
        "IMS precision 18 g for everything medium, the Decent basket for light.",
        38,
        1502,
        12,
    ),
    CBTopic(
        2112,
        "Quick Mill Vetrano 2B: PID offset from the factory",
        "grindsize12",
        ("quick-mill", "pid"),
        _cb_t(31, 18, 3, 1),
        _cb_t(22, 10, 21, 2),
        "HXHarriet",
        "Mine was 3 °C off too. There is a service menu for it.",
        5,
        133,
        1,
    ),
    CBTopic(
        2109,
        "Steam boiler autofill timeout on a Profitec Pro 700",
        "steamwand_sam",
        ("profitec", "troubleshooting"),
        _cb_t(30, 9, 26, 1),
        _cb_t(21, 19, 11, 2),
        "boilerplate",
        "Clean the level probe, it scales up and the controller thinks the boiler is empty.",
        9,
        241,
        2,
    ),
    CBTopic(
        2158,
        "Rancilio Silvia V6: thermal fuse blew twice",
        "grindsize12",
        ("rancilio", "troubleshooting"),
        _cb_t(17, 20, 18, 2),
        None,
        None,
        None,
        1,
        55,
        0,
    ),
    CBTopic(
        2121,
        "Manual or auto fill on a La Pavoni?",
        "bloomphase",
        ("la-pavoni", "lever"),
        _cb_t(3, 20, 5, 2),
        None,
        None,
        None,
        1,
        72,
        0,
    ),
]

CB_CATEGORIES = {
    "Espresso Machines": CB_CID,
    "Grinders": 8,
    "Beans & Roasters": 11,
    "Brewing": 9,
    "General Discussion": 4,
    "Accessories": 10,
}

CB_RECENT_WIDGET = [
    (2240, "Niche Zero vs DF64 Gen 2 for a single dose workflow", "grinder_gary", "Grinders", _cb_t(15, 10, 2)),
    (
        2231,
        "Gaggia Classic Pro E24: is the steam wand swap worth it?",
        "steamwand_sam",
        "Espresso Machines",
        _cb_t(15, 9, 48),
    ),
    (2238, "Roaster recommendations for a washed Ethiopian", "beanhunter", "Beans & Roasters", _cb_t(15, 9, 31)),
    (
        2229,
        "Breville Bambino Plus keeps tripping the breaker on startup",
        "boilerplate",
        "Espresso Machines",
        _cb_t(15, 8, 3),
    ),
    (2236, "Hario Switch recipe for a light Kenyan", "pourover_paula", "Brewing", _cb_t(15, 7, 50)),
    (
        2226,
        "Rancilio Silvia Pro X vs Lelit Bianca V3 for a light-roast drinker",
        "lever_louis",
        "Espresso Machines",
        _cb_t(15, 7, 26),
    ),
    (2235, "Show us your setup: March 2025", "microfoam", "General Discussion", _cb_t(15, 6, 58)),
    (2234, "WDT tool with 0.25 mm needles: worth the upgrade?", "wdt_wendy", "Accessories", _cb_t(15, 1, 12)),
]


def _cb_iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{_num(moment.isoformat(), 3):03d}Z"


def _cb_user(name: str) -> dict[str, object]:
    uid, has_picture = CB_USERS.get(name, (2000 + _num(name, 3), False))
    return {
        "uid": uid,
        "username": name,
        "userslug": _cb_slugify(name),
        "displayname": name,
        "picture": f"/assets/uploads/profile/uid-{uid}/{uid}-profileavatar-{1690000000000 + _num(name, 9)}.png"
        if has_picture
        else None,
        "icon:text": name[0].upper(),
        "icon:bgColor": CB_COLOURS[_num(name) % len(CB_COLOURS)],
        "fullname": "",
        "signature": "",
        "reputation": 3 + _num(name, 3),
        "postcount": 10 + _num(name + "p", 4) % 3000,
        "banned": False,
        "status": "offline",
    }


def _cb_slugify(text: str) -> str:
    """NodeBB's ``utils.slugify``: other characters than letters, digits, '-' and '_' become dashes."""
    text = re.sub(r"[^\w\s-]", "-", text.strip()).lower()
    return re.sub(r"-+", "-", re.sub(r"\s+", "-", text)).strip("-")


def _cb_hidden(flag: bool) -> str:
    return "" if flag else "hidden"


def _cb_avatar(name: str, size: str, classes: str, component: str | None = None) -> str:
    """NodeBB's ``buildAvatar`` helper: an uploaded picture (and the letter fallback) or the letter icon."""
    user = _cb_user(name)
    attrs = f' title="{esc(name)}" data-uid="{user["uid"]}" class="avatar {classes} avatar-rounded"'
    out = ""
    if user["picture"]:
        out += f'<img{attrs} alt="{esc(name)}" loading="lazy" component="{component or "avatar/picture"}" src="{user["picture"]}" style="--avatar-size: {size};" onError="this.remove()" itemprop="image" />'
    out += f'<span{attrs} component="{component or "avatar/icon"}" style="--avatar-size: {size}; background-color: {user["icon:bgColor"]}">{user["icon:text"]}</span>'
    return out


def _cb_human(number: int) -> str:
    """``humanReadableNumber(n, 0)``: 18342 → 18k."""
    if number > 999999:
        return f"{number / 1000000:.0f}m"
    if number > 999:
        return f"{number / 1000:.0f}k"
    return str(number)


def _cb_slug(topic: CBTopic) -> str:
    return f"{topic.tid}/{_cb_slugify(topic.title)}"


def _cb_row(topic: CBTopic, index: int) -> str:
    url = f"/topic/{_cb_slug(topic)}"
    classes = " ".join(word for word, on in (("locked", topic.locked), ("pinned", topic.pinned)) if on)
    tags = "".join(
        f'\n\t\t\t\t\t\t<a href="/tags/{esc(tag)}"><span class="badge border border-gray-300 fw-normal tag tag-class-{esc(tag)}" data-tag="{esc(tag)}">{esc(tag)}</span></a>'
        for tag in topic.tags
    )
    teaser_index = topic.posts
    mobile_time = _cb_iso(topic.last) if topic.last else _cb_iso(topic.created)
    mobile_href = f"{url}/{teaser_index}" if topic.last else url
    thumb = ""
    if topic.thumb:
        thumb = f"""
			<a class="topic-thumbs position-relative text-decoration-none flex-shrink-0 d-none d-xl-block" href="{url}" aria-label="Thumbnail image">
				<img class="topic-thumb rounded-1 bg-light" style="width:auto;max-width: 5.33rem;height: 3.33rem;object-fit: contain;" src="/assets/uploads/files/{1740000000000 + _num(url, 9)}-{topic.tid}-thumb.jpg" alt=""/>
				<span data-numthumbs="{1 + topic.tid % 3}" class="px-1 position-absolute top-0 start-100 translate-middle badge rounded text-bg-info" style="z-index: 1;">+{topic.tid % 3}</span>
			</a>"""
    if topic.last is None:
        teaser = """
					<div class="ps-2 text-xs">
						No one has replied
					</div>"""
    else:
        assert topic.last_user is not None and topic.teaser is not None
        teaser = f"""
					<div class="ps-2">
						<a href="/user/{_cb_slugify(topic.last_user)}" class="text-decoration-none">{_cb_avatar(topic.last_user, "18px", "avatar-tooltip not-responsive")}</a>
						<a class="permalink text-muted timeago text-xs" href="{url}/{teaser_index}" title="{_cb_iso(topic.last)}" aria-label="Last post"></a>
					</div>
					<div class="post-content text-xs ps-2 line-clamp-sm-2 lh-sm text-break position-relative flex-fill">
						<a class="stretched-link" tabindex="-1" href="{url}/{teaser_index}" aria-label="Last post"></a>
						{esc(topic.teaser)}
					</div>"""
    return f"""
	<li component="category/topic" class="category-item hover-parent border-bottom py-3 py-lg-4 d-flex flex-column flex-lg-row align-items-start {classes}" data-tid="{topic.tid}" data-index="{index}" data-cid="{CB_CID}" itemprop="itemListElement" itemscope itemtype="https://schema.org/DiscussionForumPosting">
		<link itemprop="url" content="{url}" />
		<meta itemprop="name" content="{esc(topic.title)}" />
		<meta itemprop="itemListOrder" content="descending" />
		<meta itemprop="position" content="{index + 1}" />
		<a id="{index}" data-index="{index}" component="topic/anchor"></a>

		<div class="d-flex p-0 col-12 col-lg-7 gap-2 gap-lg-3 pe-1 align-items-start ">
			<div class="flex-shrink-0 position-relative">
				<a class="text-decoration-none" href="/user/{_cb_slugify(topic.author)}">
					{_cb_avatar(topic.author, "40px", "avatar-tooltip")}
				</a>
			</div>
			<div class="flex-grow-1 d-flex flex-wrap gap-1 position-relative">
				<h3 component="topic/header" class="title text-break fs-5 fw-semibold m-0 tracking-tight w-100 ">
					<a class="text-reset" href="{url}">{esc(topic.title)}</a>
				</h3>
				<span component="topic/labels" class="d-flex flex-wrap gap-1 w-100">
					<span component="topic/watched" class="badge border border-gray-300 text-body hidden">
						<i class="fa fa-bell-o"></i>
						<span>Watching</span>
					</span>
					<span component="topic/ignored" class="badge border border-gray-300 text-body hidden">
						<i class="fa fa-eye-slash"></i>
						<span>Ignoring</span>
					</span>
					<span component="topic/scheduled" class="badge border border-gray-300 text-body hidden">
						<i class="fa fa-clock-o"></i>
						<span>Scheduled</span>
					</span>
					<span component="topic/pinned" class="badge border border-gray-300 text-body {_cb_hidden(topic.pinned)}">
						<i class="fa fa-thumb-tack"></i>
						<span>Pinned</span>
					</span>
					<span component="topic/locked" class="badge border border-gray-300 text-body {_cb_hidden(topic.locked)}">
						<i class="fa fa-lock"></i>
						<span>Locked</span>
					</span>
					<span component="topic/moved" class="badge border border-gray-300 text-body {_cb_hidden(topic.moved)}">
						<i class="fa fa-arrow-circle-right"></i>
						<span>Moved</span>
					</span>

					<span data-tid="{topic.tid}" component="topic/tags" class="lh-1 tag-list hidden-xs d-flex flex-wrap gap-1 {_cb_hidden(bool(topic.tags))}">{tags}
					</span>

					<div class="d-flex gap-1 d-block d-lg-none w-100">
						<span class="badge text-body border stats text-xs text-muted">
							<i class="fa-regular fa-fw fa-message"></i>
							<span component="topic/post-count" class="fw-normal">{_cb_human(topic.posts)}</span>
						</span>

						<a href="{mobile_href}" class="border badge bg-transparent text-muted fw-normal timeago" title="{mobile_time}"></a>
					</div>

					<a href="{url}" class="d-none d-lg-block badge bg-transparent text-muted fw-normal timeago" title="{_cb_iso(topic.created)}"></a>
				</span>
			</div>{thumb}
		</div>

		<div class="d-flex p-0 col-lg-5 col-12 align-content-stretch">
			<div class="meta stats d-none d-lg-grid col-6 gap-1 pe-2 text-muted" style="grid-template-columns: 1fr 1fr 1fr;">
				<div class="stats-votes card card-header border-0 p-2 overflow-hidden rounded-1 d-flex flex-column align-items-center">
					<span class="fs-5 ff-secondary lh-1" title="{topic.votes}">{_cb_human(topic.votes)}</span>
					<span class="d-none d-xl-flex text-lowercase text-xs">votes</span>
					<i class="d-xl-none fa fa-fw text-xs text-muted opacity-75 fa-chevron-up"></i>
				</div>
				<div class="stats-postcount card card-header border-0 p-2 overflow-hidden rounded-1 d-flex flex-column align-items-center">
					<span class="fs-5 ff-secondary lh-1" title="{topic.posts}">{_cb_human(topic.posts)}</span>
					<span class="d-none d-xl-flex text-lowercase text-xs">posts</span>
					<i class="d-xl-none fa-regular fa-fw text-xs text-muted opacity-75 fa-message"></i>
				</div>
				<div class="stats-viewcount card card-header border-0 p-2 overflow-hidden rounded-1 d-flex flex-column align-items-center">
					<span class="fs-5 ff-secondary lh-1" title="{topic.views}">{_cb_human(topic.views)}</span>
					<span class="d-none d-xl-flex text-lowercase text-xs">views</span>
					<i class="d-xl-none fa fa-fw text-xs text-muted opacity-75 fa-eye"></i>
				</div>
			</div>
			<div component="topic/teaser" class="meta teaser col-lg-6 col-12 d-none d-lg-block">
				<div class="lastpost border-start border-2 lh-sm h-100 d-flex flex-column gap-1" style="border-color: #6d4c41!important;">{teaser}
				</div>
			</div>
		</div>
	</li>"""


def _cb_pager(number: int, total: int) -> str:
    prev_page = max(1, number - 1)
    next_page = min(total, number + 1)
    pages = "".join(
        f"""
			<li class="page-item page{" active" if page == number else ""}" >
				<a class="page-link rounded fw-secondary px-3" href="?page={page}" data-page="{page}">{page}</a>
			</li>"""
        for page in range(1, total + 1)
    )
    return f"""
<noscript>
	<div component="pagination" class="pagination-container mt-3">
	<ul class="pagination pagination-sm gap-1 hidden-xs hidden-sm justify-content-center">
		<li class="page-item previous {" disabled" if number == 1 else ""}">
			<a class="page-link rounded fw-secondary px-3" href="?page={prev_page}" data-page="{prev_page}"><i class="fa fa-chevron-left"></i> </a>
		</li>
{pages}

		<li class="page-item next {" disabled" if number == total else ""}">
			<a class="page-link rounded fw-secondary px-3" href="?page={next_page}" data-page="{next_page}"> <i class="fa fa-chevron-right"></i></a>
		</li>
	</ul>

	<ul class="pagination pagination-sm hidden-md hidden-lg justify-content-center">
		<li class="page-item first{" disabled" if number == 1 else ""}">
			<a class="page-link fw-secondary"  href="?page=1" data-page="1"><i class="fa fa-fast-backward"></i> </a>
		</li>

		<li class="page-item previous{" disabled" if number == 1 else ""}">
			<a class="page-link fw-secondary"  href="?page={prev_page}" data-page="{prev_page}"><i class="fa fa-chevron-left"></i> </a>
		</li>

		<li component="pagination/select-page" class="page-item page select-page">
			<a class="page-link fw-secondary"  href="#">{number} / {total}</a>
		</li>

		<li class="page-item next{" disabled" if number == total else ""}">
			<a class="page-link fw-secondary"  href="?page={next_page}" data-page="{next_page}"> <i class="fa fa-chevron-right"></i></a>
		</li>

		<li class="page-item last{" disabled" if number == total else ""}">
			<a class="page-link fw-secondary"  href="?page={total}" data-page="{total}"><i class="fa fa-fast-forward"></i> </a>
		</li>
	</ul>
</div>
</noscript>"""


def _cb_nav_item(route: str, icon: str, text: str, title: str) -> str:
    return f"""
		<li class="nav-item mx-2 " title="{title}">
			<a class="nav-link nav-btn navigation-link d-flex gap-2 justify-content-between align-items-center "
			href="{route}" >
				<span class="d-flex gap-2 align-items-center text-nowrap truncate-open">
					<span class="position-relative">
						<i class="fa fa-fw {icon}" data-content=""></i>
						<span component="navigation/count" class="visible-closed position-absolute top-0 start-100 translate-middle badge rounded-1 bg-primary hidden"></span>
					</span>
					<span class="nav-text small visible-open fw-semibold">{text}</span>
				</span>
				<span component="navigation/count" class="visible-open badge rounded-1 bg-primary hidden"></span>
			</a>
		</li>"""


def _cb_widget() -> str:
    items = "".join(
        f"""
		<li class="widget-posts d-flex gap-2 pb-2 border-bottom">
			<a href="/user/{_cb_slugify(user)}" class="text-decoration-none">{_cb_avatar(user, "24px", "not-responsive")}</a>
			<div class="d-flex flex-column text-sm">
				<a class="fw-semibold text-reset text-truncate" href="/topic/{tid}/{_cb_slugify(title)}">{esc(title)}</a>
				<span class="text-xs text-muted"><a class="text-muted" href="/category/{CB_CATEGORIES[category]}/{_cb_slugify(category)}">{esc(category)}</a> &bull; <span class="timeago" title="{_cb_iso(moment)}"></span></span>
			</div>
		</li>"""
        for tid, title, user, category, moment in CB_RECENT_WIDGET
    )
    return f"""
		<div class="card mb-3">
			<h5 class="card-header">Recent Topics</h5>
			<div class="card-body">
				<ul class="recent-topics list-unstyled d-flex flex-column gap-2 m-0" id="recent_topics" data-numtopics="8">{items}
				</ul>
			</div>
		</div>"""


def _cb_topic_json(topic: CBTopic, index: int) -> dict[str, object]:
    author = _cb_user(topic.author)
    data: dict[str, object] = {
        "tid": topic.tid,
        "uid": author["uid"],
        "cid": CB_CID,
        "mainPid": topic.tid * 7 + 3,
        "title": esc(topic.title),
        "slug": _cb_slug(topic),
        "timestamp": int(topic.created.timestamp() * 1000),
        "lastposttime": int((topic.last or topic.created).timestamp() * 1000),
        "postcount": topic.posts,
        "viewcount": topic.views,
        "postercount": min(topic.posts, 2 + topic.posts // 3),
        "upvotes": topic.votes,
        "downvotes": 0,
        "votes": topic.votes,
        "deleted": 0,
        "locked": int(topic.locked),
        "pinned": int(topic.pinned),
        "pinExpiry": 0,
        "scheduled": False,
        "tags": [{"value": tag, "valueEscaped": tag, "valueEncoded": tag, "class": tag} for tag in topic.tags],
        "thumbs": [
            {
                "id": topic.tid,
                "name": f"{topic.tid}-thumb.jpg",
                "url": f"/assets/uploads/files/{1740000000000 + _num('/topic/' + _cb_slug(topic), 9)}-{topic.tid}-thumb.jpg",
            }
        ]
        if topic.thumb
        else [],
        "category": {
            "cid": CB_CID,
            "name": "Espresso Machines",
            "slug": CB_SLUG,
            "icon": "fa-mug-hot",
            "backgroundImage": "",
            "imageClass": "cover",
            "bgColor": "#6d4c41",
            "color": "#ffffff",
            "disabled": 0,
        },
        "user": {
            key: author[key]
            for key in (
                "uid",
                "username",
                "userslug",
                "picture",
                "fullname",
                "displayname",
                "icon:text",
                "icon:bgColor",
            )
        },
        "teaser": None,
        "isOwner": False,
        "ignored": False,
        "followed": False,
        "unread": False,
        "bookmark": None,
        "unreplied": topic.last is None,
        "icons": [],
        "timestampISO": _cb_iso(topic.created),
        "lastposttimeISO": _cb_iso(topic.last or topic.created),
        "pinExpiryISO": "",
        "index": index,
    }
    if topic.moved:
        data["oldCid"] = 4
    if topic.last and topic.last_user:
        last_user = _cb_user(topic.last_user)
        data["teaser"] = {
            "pid": topic.tid * 7 + topic.posts,
            "uid": last_user["uid"],
            "timestamp": int(topic.last.timestamp() * 1000),
            "tid": topic.tid,
            "content": esc(topic.teaser or ""),
            "timestampISO": _cb_iso(topic.last),
            "user": {
                key: last_user[key]
                for key in ("uid", "username", "userslug", "picture", "displayname", "icon:text", "icon:bgColor")
            },
            "index": topic.posts,
        }
    return data


def _cb_page(number: int, total: int, topics: list[CBTopic], first_index: int) -> str:
    title = "Espresso Machines | Cremaboard"
    rows = "".join(_cb_row(topic, first_index + i) for i, topic in enumerate(topics))
    rel = ""
    if number > 1:
        rel += f'<link rel="prev" href="{CB_HOST}{CB_BASE}?page={number - 1}" />'
    if number < total:
        rel += f'<link rel="next" href="{CB_HOST}{CB_BASE}?page={number + 1}" />'
    config = {
        "relative_path": "",
        "upload_url": "/assets/uploads",
        "asset_base_url": "/assets",
        "assetBaseUrl": "/assets",
        "siteTitle": "Cremaboard",
        "browserTitle": "Cremaboard",
        "titleLayout": "&#123;pageTitle&#125; | &#123;browserTitle&#125;",
        "showSiteTitle": True,
        "maintenanceMode": False,
        "postQueue": 1,
        "minimumTitleLength": 3,
        "maximumTitleLength": 255,
        "minimumPostLength": 8,
        "maximumPostLength": 32767,
        "minimumTagsPerTopic": 0,
        "maximumTagsPerTopic": 5,
        "minimumTagLength": 3,
        "maximumTagLength": 15,
        "undoTimeout": 10000,
        "useOutgoingLinksPage": False,
        "allowGuestHandles": False,
        "allowTopicsThumbnail": True,
        "usePagination": False,
        "disableChat": False,
        "disableChatMessageEditing": False,
        "maximumChatMessageLength": 1000,
        "socketioTransports": ["polling", "websocket"],
        "socketioOrigins": "cremaboard.net:*",
        "websocketAddress": "",
        "maxReconnectionAttempts": 5,
        "reconnectionDelay": 1500,
        "topicsPerPage": CB_PER_PAGE,
        "postsPerPage": 20,
        "maximumFileSize": 2048,
        "theme:id": "nodebb-theme-harmony",
        "theme:src": "",
        "defaultLang": "en-GB",
        "userLang": "en-GB",
        "loggedIn": False,
        "uid": -1,
        "cache-buster": f"v={CB_BUSTER}",
        "topicPostSort": "oldest_to_newest",
        "categoryTopicSort": "recently_replied",
        "csrf_token": False,
        "searchEnabled": True,
        "searchDefaultInQuick": "titles",
        "bootswatchSkin": "",
        "composer:showHelpTab": True,
        "enablePostHistory": True,
        "timeagoCutoff": 30,
        "timeagoCodes": [
            "af",
            "am",
            "ar",
            "az-short",
            "az",
            "be",
            "bg",
            "bs",
            "ca",
            "cs",
            "cy",
            "da",
            "de-short",
            "de",
            "dv",
            "el",
            "en-short",
            "en",
            "es-short",
            "es",
            "et",
            "eu",
            "fa-short",
            "fa",
            "fi",
            "fr-short",
            "fr",
            "gl",
            "he",
            "hr",
            "hu",
            "hy",
            "id",
            "is",
            "it-short",
            "it",
            "ja",
            "jv",
            "ko",
            "ky",
            "lt",
            "lv",
            "mk",
            "nl",
            "no",
            "pl",
            "pt-br-short",
            "pt-br",
            "pt-short",
            "pt",
            "ro",
            "rs",
            "ru",
            "rw",
            "si",
            "sk",
            "sl",
            "sq",
            "sr",
            "sv",
            "th",
            "tr-short",
            "tr",
            "uk",
            "ur",
            "uz",
            "vi",
            "zh-CN",
            "zh-TW",
        ],
        "cookies": {
            "enabled": True,
            "message": "[[global:cookies.message]]",
            "dismiss": "[[global:cookies.accept]]",
            "link": "[[global:cookies.learn-more]]",
            "link_url": "https://www.cookiesandyou.com",
        },
        "thumbs": {"size": 512},
        "emailPrompt": 1,
        "useragent": {"isSafari": False},
        "fontawesome": {"pro": False, "styles": ["solid", "brands", "regular"], "version": "6.5.2"},
        "activitypub": {"probe": 0},
        "acpLang": "undefined",
        "topicSearchEnabled": False,
        "disableCustomUserSkins": False,
        "defaultBootswatchSkin": "",
        "theme": {
            "enableQuickReply": True,
            "enableBreadcrumbs": True,
            "centerHeaderElements": False,
            "mobileTopicTeasers": False,
            "stickyToolbar": True,
            "topicSidebarTools": True,
            "topMobilebar": False,
            "autohideBottombar": True,
            "openSidebars": False,
            "chatModals": False,
        },
        "openDraftsOnPageLoad": False,
    }
    config_js = json.dumps(config, separators=(",", ":")).replace("'", "\\'")
    ajaxify = {
        "cid": CB_CID,
        "name": "Espresso Machines",
        "description": "Single boilers, heat exchangers, dual boilers and levers: buying advice, mods, maintenance and troubleshooting.",
        "descriptionParsed": "<p>Single boilers, heat exchangers, dual boilers and levers: buying advice, mods, maintenance and troubleshooting.</p>\n",
        "icon": "fa-mug-hot",
        "bgColor": "#6d4c41",
        "color": "#ffffff",
        "slug": CB_SLUG,
        "parentCid": 2,
        "topic_count": len(CB_TOPICS),
        "post_count": 1437,
        "disabled": 0,
        "order": 1,
        "link": "",
        "numRecentReplies": 1,
        "class": "col-md-3 col-6",
        "imageClass": "cover",
        "isSection": 0,
        "minTags": 0,
        "maxTags": 5,
        "postQueue": 0,
        "totalPostCount": 1437,
        "totalTopicCount": len(CB_TOPICS),
        "subCategoriesPerPage": 10,
        "handle": "espresso-machines",
        "topics": [_cb_topic_json(topic, first_index + i) for i, topic in enumerate(topics)],
        "nextStart": first_index + len(topics),
        "tagWhitelist": [],
        "children": [],
        "privileges": {
            "topics:create": False,
            "topics:read": True,
            "topics:tag": False,
            "topics:schedule": False,
            "read": True,
            "posts:view_deleted": False,
            "cid": str(CB_CID),
            "uid": 0,
            "editable": False,
            "view_deleted": False,
            "isAdminOrMod": False,
        },
        "showSelect": False,
        "topicIndex": 0,
        "selectedTag": None,
        "selectedTags": [""],
        "isWatched": False,
        "isTracked": False,
        "isNotWatched": True,
        "isIgnored": False,
        "title": "Espresso Machines",
        "selectCategoryLabel": "Select category",
        "privateUploads": False,
        "showTopicTools": False,
        "topicCount": len(CB_TOPICS),
        "feeds:disableRSS": False,
        "rssFeedUrl": f"/category/{CB_CID}.rss",
        "pagination": {
            "prev": {"page": max(1, number - 1), "active": number > 1},
            "next": {"page": min(total, number + 1), "active": number < total},
            "first": {"page": 1, "active": number != 1},
            "last": {"page": total, "active": number != total},
            "rel": [],
            "pages": [{"page": page, "active": page == number, "qs": f"page={page}"} for page in range(1, total + 1)],
            "currentPage": number,
            "pageCount": total,
        },
        "loggedIn": False,
        "relative_path": "",
        "template": {"name": "category", "category": True},
        "url": CB_BASE + ("" if number == 1 else f"?page={number}"),
        "bodyClass": f"page-category page-category-{CB_CID} page-category-espresso-machines template-category parent-category-2 parent-category-{CB_CID} page-status-200 theme-harmony user-guest",
        "widgets": {"sidebar": [{"html": _cb_widget()}], "header": [], "footer": []},
        "breadcrumbs": [
            {"text": "[[global:home]]", "url": "/"},
            {"text": "Equipment", "url": "/category/2/equipment", "cid": 2},
            {"text": "Espresso Machines"},
        ],
    }
    ajaxify_json = json.dumps(ajaxify, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")
    nav = "".join(
        _cb_nav_item(route, icon, text, title)
        for route, icon, text, title in (
            ("/categories", "fa-list", "Categories", "Categories"),
            ("/recent", "fa-clock-o", "Recent", "Recent"),
            ("/tags", "fa-tags", "Tags", "Tags"),
            ("/popular", "fa-fire", "Popular", "Popular"),
            ("/users", "fa-user", "Users", "Users"),
            ("/groups", "fa-group", "Groups", "Groups"),
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB" >
<head>
	<title>{title}</title>
	<meta name="viewport" content="width&#x3D;device-width, initial-scale&#x3D;1.0" />
	<meta name="content-type" content="text/html; charset=UTF-8" />
	<meta name="apple-mobile-web-app-capable" content="yes" />
	<meta name="mobile-web-app-capable" content="yes" />
	<meta property="og:site_name" content="Cremaboard" />
	<meta name="msapplication-badge" content="frequency=30; polling-uri=https://cremaboard.net/sitemap.xml" />
	<meta name="theme-color" content="#ffffff" />
	<meta name="keywords" content="espresso,home barista,espresso machine,grinder,latte art" />
	<meta name="msapplication-square150x150logo" content="/assets/uploads/system/site-logo.png" />
	<meta name="title" content="Espresso Machines" />
	<meta property="og:title" content="Espresso Machines" />
	<meta name="description" content="Single boilers, heat exchangers, dual boilers and levers: buying advice, mods, maintenance and troubleshooting." />
	<meta property="og:description" content="Single boilers, heat exchangers, dual boilers and levers: buying advice, mods, maintenance and troubleshooting." />
	<meta property="og:type" content="website" />
	<meta property="og:image" content="https://cremaboard.net/assets/uploads/system/og-image.png" />
	<meta property="og:image:url" content="https://cremaboard.net/assets/uploads/system/og-image.png" />
	<meta property="og:image:width" content="1200" />
	<meta property="og:image:height" content="630" />
	<meta property="og:url" content="https://cremaboard.net{CB_BASE}{"" if number == 1 else f"?page={number}"}" />
	<link rel="stylesheet" type="text/css" href="/assets/client.css?v={CB_BUSTER}" />
	<link rel="icon" type="image/x-icon" href="/assets/uploads/system/favicon.ico?v={CB_BUSTER}" />
	<link rel="manifest" href="/manifest.webmanifest" crossorigin="use-credentials" />
	<link rel="search" type="application/opensearchdescription+xml" title="Cremaboard" href="/osd.xml" />
	<link rel="apple-touch-icon" href="/assets/images/touch/512.png" />
	<link rel="icon" sizes="36x36" href="/assets/images/touch/36.png" />
	<link rel="icon" sizes="192x192" href="/assets/images/touch/192.png" />
	<link rel="prefetch" href="/assets/src/modules/composer.js?v={CB_BUSTER}" />
	<link rel="prefetch" href="/assets/language/en-GB/global.json?v={CB_BUSTER}" />
	<link rel="prefetch" href="/assets/language/en-GB/category.json?v={CB_BUSTER}" />
	<link rel="stylesheet" href="https://cremaboard.net/assets/plugins/nodebb-plugin-emoji/emoji/styles.css?v={CB_BUSTER}" />
	<link rel="alternate" type="application/rss+xml" href="https://cremaboard.net/category/{CB_CID}.rss" />
	<link rel="up" href="https://cremaboard.net/category/2/equipment" />
	{rel}

	<script>
		var config = JSON.parse('{config_js}');
		var app = {{
			user: JSON.parse('{{"uid":0,"username":"[[global:guest]]","displayname":"[[global:guest]]","userslug":"","fullname":"[[global:guest]]","email":"","icon:text":"?","icon:bgColor":"#aaa","groupTitle":"","groupTitleArray":[],"status":"offline","reputation":0,"email:confirmed":false,"unreadData":{{"":{{}},"new":{{}},"watched":{{}},"unreplied":{{}}}},"isAdmin":false,"isGlobalMod":false,"isMod":false,"privileges":{{"chat":false,"chat:privileged":false,"upload:post:image":false,"upload:post:file":false,"signature":false,"invite":false,"group:create":false,"search:content":false,"search:users":false,"search:tags":false,"view:users":true,"view:tags":true,"view:groups":true,"local:login":false,"ban":false,"mute":false,"view:users:info":false}},"blocks":[],"timeagoCode":"en","offline":true,"lastRoomId":null,"isEmailConfirmSent":false}}')
		}};

		document.documentElement.style.setProperty('--panel-offset', `${{localStorage.getItem('panelOffset') || 0}}px`);
	</script>

	<script async src="https://www.googletagmanager.com/gtag/js?id=G-4CREMA2025"></script>
	<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-4CREMA2025', {{ anonymize_ip: true }});</script>
</head>

<body class="page-category page-category-{CB_CID} page-category-espresso-machines template-category parent-category-2 parent-category-{CB_CID} page-status-200 theme-harmony user-guest skin-noskin">
	<div class="d-flex justify-content-between pb-4 pb-md-0">
		<nav class="text-dark bg-light sidebar sidebar-left vh-100 d-none d-md-flex flex-column justify-content-between sticky-top ff-secondary">
	<ul id="main-nav" class="list-unstyled d-flex flex-column w-100 gap-2 mt-2">{nav}
	</ul>
	<div class="w-100">
		<div class="sidebar-toggle m-2">
			<a href="#" role="button" component="sidebar/toggle" class="nav-btn d-flex gap-2 align-items-center p-2 pointer nav-link w-100 text-nowrap">
				<i class="fa fa-fw fa-angles-right"></i>
				<i class="fa fa-fw fa-angles-left"></i>
				<span class="nav-text visible-open fw-semibold small">Collapse</span>
			</a>
		</div>
	</div>
</nav>

		<main id="panel" class="d-flex flex-column gap-3 flex-grow-1">
			<div class="mt-3 d-flex justify-content-center">
				<div component="brand/wrapper" class="d-flex align-items-center gap-3 p-2 rounded-1 align-content-stretch">
					<a component="brand/anchor" href="/">
						<img component="brand/logo" alt="Cremaboard" class="" src="/assets/uploads/system/site-logo.png?v={CB_BUSTER}" />
					</a>
					<a component="siteTitle" class="text-truncate align-self-stretch align-items-center d-flex" href="/">
						<h1 class="fs-6 fw-bold text-body mb-0">Cremaboard</h1>
					</a>
				</div>
			</div>
			<script>
				const headerEl = document.getElementById('header-menu');
				if (headerEl) {{
					const rect = headerEl.getBoundingClientRect();
					const offset = Math.max(0, rect.bottom);
					document.documentElement.style.setProperty('--panel-offset', offset + `px`);
				}}
			</script>
			<div class="container d-flex flex-column gap-3" id="content">
			<noscript>
    <div class="alert alert-danger">
        <p>
            Your browser does not seem to support JavaScript. As a result, your viewing experience will be diminished, and you have been placed in <strong>read-only mode</strong>.
        </p>
        <p>
            Please download a browser that supports JavaScript, or enable it if it's disabled (i.e. NoScript).
        </p>
    </div>
</noscript>

<script type="application/ld+json">{{
"@context": "https://schema.org",
"@type": "BreadcrumbList",
"itemListElement": [{{
	"@type": "ListItem",
	"position": 1,
	"name": "Cremaboard",
	"item": "/"
}}
,{{
	"@type": "ListItem",
	"position": 2,
	"name": "Equipment"
	,"item": "/category/2/equipment"
}},{{
	"@type": "ListItem",
	"position": 3,
	"name": "Espresso Machines"
}}
]}}</script>

<ol class="breadcrumb justify-content-center mb-2" itemscope="itemscope" itemprop="breadcrumb" itemtype="http://schema.org/BreadcrumbList">
	<li itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item ">
		<meta itemprop="position" content="0" />
		<a class="text-decoration-none" href="/" itemprop="item">
			<span itemprop="name">Home</span>
		</a>
	</li>
	<li itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item ">
		<meta itemprop="position" content="1" />
		<a class="text-decoration-none" href="/category/2/equipment" itemprop="item">
			<span itemprop="name">Equipment</span>
		</a>
	</li>
	<li component="breadcrumb/current" itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item active">
		<meta itemprop="position" content="2" />
			<span itemprop="name">Espresso Machines</span>
	</li>
</ol>

<div class="category-header d-flex flex-column gap-2">
	<div class="d-flex gap-3 align-items-center mb-1 ">
		<span class="icon d-inline-flex justify-content-center align-items-center align-middle rounded-1 flex-shrink-0" style="background-color: #6d4c41; border-color: #6d4c41!important; color: #ffffff; width:60px; height: 60px; font-size: 30px;"><i class="fa fa-fw fa-mug-hot"></i></span>
		<div class="d-flex flex-column gap-1">
			<h1 class="tracking-tight fs-3 fw-semibold mb-0">Espresso Machines</h1>
			<div class="d-flex flex-wrap gap-2 align-items-center ">
				<span class="badge text-body border border-gray-300 stats text-xs">
					<span title="{len(CB_TOPICS)}" class="fw-bold">{len(CB_TOPICS)}</span>
					<span class="text-lowercase fw-normal">Topics</span>
				</span>
				<span class="badge text-body border border-gray-300 stats text-xs">
					<span title="1,437" class="fw-bold">1.4k</span>
					<span class="text-lowercase fw-normal">Posts</span>
				</span>
				<a class="badge text-body text-decoration-none border border-gray-300 d-flex align-items-center align-self-stretch" target="_blank" href="/category/{CB_CID}.rss" itemprop="item" title="RSS Feed"><i class="fa fa-rss fa-sm text-muted lh-1"></i></a>
			</div>
		</div>
	</div>
	<div class="description text-secondary text-sm lh-sm w-100  line-clamp-4 clamp-fade-sm-4">
		<p>Single boilers, heat exchangers, dual boilers and levers: buying advice, mods, maintenance and troubleshooting.</p>

	</div>
</div>


<div class="row flex-fill mt-3">
	<div class="category d-flex flex-column col-lg-9 col-sm-12">
		<div class="sticky-tools mb-3">
	<nav class="topic-list-header d-flex flex-nowrap my-2 p-0 border-0 rounded">
		<div class="d-flex flex-row p-2 text-bg-light gap-1 border rounded w-100 align-items-center">
			<ul component="category/controls" class="d-flex list-unstyled me-auto mb-0 gap-2 align-items-start flex-wrap">
				<div class="btn-group bottom-sheet" component="thread/sort">
	<button class="btn-ghost-sm ff-secondary d-flex gap-2 dropdown-toggle" data-bs-toggle="dropdown" type="button">
		<i class="fa fa-fw fa-arrow-down-wide-short text-primary"></i>
		<span class="visible-md-inline visible-lg-inline fw-semibold">Sort by</span>
	</button>

	<ul class="dropdown-menu p-1 text-sm">
		<li><a class="dropdown-item rounded-1 d-flex align-items-center gap-2" href="#" data-sort="recently_replied">
			<span class="flex-grow-1">Recently Replied</span>
			<i class="flex-shrink-0 fa fa-fw text-muted"></i>
		</a></li>
		<li><a class="dropdown-item rounded-1 d-flex align-items-center gap-2" href="#" data-sort="recently_created">
			<span class="flex-grow-1">Recently Created</span>
			<i class="flex-shrink-0 fa fa-fw text-muted"></i>
		</a></li>
		<li><a class="dropdown-item rounded-1 d-flex align-items-center gap-2" href="#" data-sort="most_posts">
			<span class="flex-grow-1">Most Posts</span>
			<i class="flex-shrink-0 fa fa-fw text-muted"></i>
		</a></li>
		<li><a class="dropdown-item rounded-1 d-flex align-items-center gap-2" href="#" data-sort="most_votes">
			<span class="flex-grow-1">Most Votes</span>
			<i class="flex-shrink-0 fa fa-fw text-muted"></i>
		</a></li>
		<li><a class="dropdown-item rounded-1 d-flex align-items-center gap-2" href="#" data-sort="most_views">
			<span class="flex-grow-1">Most Views</span>
			<i class="flex-shrink-0 fa fa-fw text-muted"></i>
		</a></li>
	</ul>
</div>

				<a class="btn-ghost-sm d-none d-lg-flex align-self-stretch" target="_blank" href="/category/{CB_CID}.rss" itemprop="item"><i class="fa fa-rss text-primary"></i></a>

				<a href="{CB_BASE}" class="btn btn-secondary fw-semibold position-absolute top-100 translate-middle-x start-50 mt-1 hide" style="--bs-btn-padding-y: .25rem; --bs-btn-padding-x: .5rem; --bs-btn-font-size: .75rem;" id="new-topics-alert">
					<i class="fa fa-fw fa-arrow-up"></i> Click here to reload.
				</a>
			</ul>

			<div class="d-flex gap-1 align-items-center">
				<a component="category/post/guest" href="/login" class="btn btn-sm btn-primary">Log in to post</a>
			</div>
		</div>
	</nav>
</div>

		<ul component="category" class="topics-list list-unstyled" itemscope itemtype="http://www.schema.org/ItemList" data-nextstart="{first_index + len(topics)}" data-set="cid:{CB_CID}:tids">
{rows}
</ul>

	</div>
	<div data-widget-area="sidebar" class="col-lg-3 col-sm-12 ">{_cb_widget()}
	</div>
</div>
<div data-widget-area="footer">
</div>

{_cb_pager(number, total)}

			</div><!-- /.container#content -->
		</main>
		<nav class=" text-dark bg-light sidebar sidebar-right end-0 border-start vh-100 d-none d-md-flex flex-column sticky-top ff-secondary">
	<ul id="logged-out-menu" class="list-unstyled d-flex flex-column w-100 gap-2 mt-2">
<li class="nav-item mx-2 order-last order-md-first" title="Login">
	<a class="nav-link nav-btn" href="/login">
		<span class="d-flex gap-2 align-items-center text-nowrap truncate-open">
			<span class="position-relative">
				<i class="fa fa-fw fa-sign-in"></i>
			</span>
			<span class="nav-text small visible-open fw-semibold">Login</span>
		</span>
	</a>
</li>
<hr class="my-2 mx-2 visible-open">
<li class="nav-item mx-2" title="Register">
	<span class="text-xs visible-open">Don&#x27;t have an account?</span>
	<a class="nav-link nav-btn" href="/register">
		<span class="d-flex gap-2 align-items-center text-nowrap truncate-open">
			<span class="position-relative">
				<i class="fa fa-fw fa-user-plus"></i>
			</span>
			<span class="nav-text small visible-open fw-semibold">Register</span>
		</span>
	</a>
</li>
<hr class="my-2 mx-2 visible-open">
<li component="sidebar/search" class="visible-open nav-item mx-2 search">
	<div class="d-flex gap-2 py-1 px-2 align-items-center" title="Login or register to search.">
		<i class="fa fa-fw fa-search text-muted"></i>
		<span class="nav-text visible-open text-xs text-muted">Login or register to search.</span>
	</div>
</li>
	</ul>

	<div class="visible-open small text-secondary mt-auto" data-widget-area="sidebar-footer">
		<p class="px-2">&copy; 2025 Cremaboard &middot; <a href="/privacy">Privacy</a> &middot; Powered by <a href="https://nodebb.org" target="_blank">NodeBB</a></p>
	</div>
</nav>
	</div>
	<div component="bottombar" class="bottombar d-flex flex-column d-md-none fixed-bottom ff-secondary gap-1 align-items-center">
	<div class="bottombar-nav p-2 text-dark bg-light d-flex justify-content-between align-items-center w-100">
		<div class="bottombar-nav-left d-flex gap-3 align-items-center">
			<div>
				<a href="#" role="button" class="nav-link d-flex justify-content-between align-items-center position-relative" data-bs-toggle="dropdown" aria-haspopup="true" aria-expanded="false">
					<span class="position-relative">
						<i class="fa fa-fw fa-lg fa-bars"></i>
					</span>
				</a>
				<ul class="navigation-dropdown dropdown-menu">
					<li class="nav-item" title="Categories"><a class="nav-link navigation-link px-3 py-2" href="/categories"><i class="fa fa-fw fa-list"></i> <span class="nav-text px-2 fw-semibold">Categories</span></a></li>
					<li class="nav-item" title="Recent"><a class="nav-link navigation-link px-3 py-2" href="/recent"><i class="fa fa-fw fa-clock-o"></i> <span class="nav-text px-2 fw-semibold">Recent</span></a></li>
					<li class="nav-item" title="Tags"><a class="nav-link navigation-link px-3 py-2" href="/tags"><i class="fa fa-fw fa-tags"></i> <span class="nav-text px-2 fw-semibold">Tags</span></a></li>
					<li class="nav-item" title="Popular"><a class="nav-link navigation-link px-3 py-2" href="/popular"><i class="fa fa-fw fa-fire"></i> <span class="nav-text px-2 fw-semibold">Popular</span></a></li>
				</ul>
			</div>
		</div>
		<div class="bottombar-nav-right d-flex gap-3 align-items-center">
			<a class="nav-link" href="/login"><i class="fa fa-fw fa-lg fa-sign-in"></i></a>
		</div>
	</div>
</div>

	<div>
		<div component="toaster/tray" class="alert-window fixed-bottom mb-5 mb-md-2 me-2 me-md-5 ms-auto" style="width:300px; z-index: 1090;">
			<div id="reconnect-alert" class="alert alert-dismissible alert-warning fade hide" component="toaster/toast">
				<button type="button" class="btn-close" data-bs-dismiss="alert" aria-hidden="true"></button>
				<p class="mb-0">Looks like your connection to Cremaboard was lost, please wait while we try to reconnect.</p>
			</div>
		</div>
	</div>

	<script defer src="/assets/nodebb.min.js?v={CB_BUSTER}"></script>

	<script>
		if (document.readyState === 'loading') {{
			document.addEventListener('DOMContentLoaded', prepareFooter);
		}} else {{
			prepareFooter();
		}}

		function prepareFooter() {{
			$(document).ready(function () {{
				app.coldLoad();
			}});
		}}
	</script>
<script id="ajaxify-data" type="application/json">{ajaxify_json}</script>
</body>
</html>"""


@twentysixth_c
def build_cremaboard() -> None:
    s = Site(
        "cremaboard",
        kind="forum category topic list (NodeBB 3.12 Harmony theme as a guest: li[component=category/topic].category-item rows with schema.org DiscussionForumPosting microdata, the author only as an avatar img alt / span.avatar title, h3[component=topic/header] > a to /topic/<tid>/<slug>, Pinned / Locked / Moved badges beside hidden Watching / Ignoring / Scheduled ones, tag badges, empty a.timeago links whose ISO time is only in title, votes / posts / views through humanReadableNumber(n, 0) ('18k') with exact titles, a teaser column with the last poster's avatar, an empty timeago permalink and the last post's text or 'No one has replied'; a Recent Topics sidebar widget repeating topics; infinite scroll with the pager only inside <noscript>, relative ?page=N links, rel prev / next on the real host; script#ajaxify-data JSON)",
        start=CB_BASE.lstrip("/"),
        description=f"A home-espresso forum on NodeBB 3.12 with the stock Harmony theme, category 'Espresso Machines' (cremaboard.net{CB_BASE}, then ?page=2 and ?page=3) as a guest sees it in March 2025. NodeBB's default for guests is infinite scroll (config.usePagination false), so its paginator partial is rendered inside a <noscript> after the list, with relative '?page=N' links (a desktop ul of chevron / numbered / chevron page-links and a mobile ul of first / prev / 'N / 3' / next / last); the head carries link rel=prev / next absolute on the forum's real host, plus rel=up and the category RSS. The Harmony shell: the config JSON.parse('…') and guest app.user head scripts, a GA4 snippet, body classes page-category … user-guest skin-noskin, nav.sidebar-left with Categories / Recent / Tags / Popular / Users / Groups, the brand bar (logo + h1 'Cremaboard'), the noscript read-only warning, a BreadcrumbList JSON-LD and the breadcrumb ol (Home › Equipment › Espresso Machines), the category header (fa-mug-hot icon, h1 'Espresso Machines', '{len(CB_TOPICS)} Topics' and '1.4k Posts' badges with exact titles, RSS, description), the sticky topic-list bar (Sort by dropdown, RSS, 'Log in to post'), then ul[component=category].topics-list (data-nextstart, data-set) of li[component=category/topic].category-item rows classed pinned / locked, with DiscussionForumPosting microdata (link itemprop=url, meta name / position) and a topic/anchor: the author's avatar link (an uploaded img with alt and title plus the letter span fallback, or just the letter span.avatar whose title is the name: the author's name is never text), h3[component=topic/header].title > a.text-reset to /topic/<tid>/<slug>, span[component=topic/labels] with hidden Watching / Ignoring / Scheduled badges and shown Pinned / Locked / Moved ones, tag badge links to /tags/<tag> (hidden span when none), a d-lg-none post-count badge and timeago link to the last post, and a d-lg-block a.timeago to the topic: every timeago element is empty in the HTML, its ISO time only in title (jQuery timeago writes '3 hours ago' in the browser); a topic thumbnail with a '+N' badge on some; the stats grid (votes / posts / views: humanReadableNumber(n, 0), so 18342 reads '18k', with the exact number in title); the teaser column (last poster's 18px avatar, an empty timeago permalink to /topic/<tid>/<slug>/<index>, the last post's text behind a stretched link) or 'No one has replied' on unreplied topics. The sidebar widget area holds a 'Recent Topics' card (nodebb-widget-essentials) of eight topics from across the forum, three of them in this category. The right sidebar with Login / Register / 'Login or register to search.', the mobile bottom bar, the reconnect toast, nodebb.min.js, and script#ajaxify-data: the whole template data as JSON (topics with uids, slugs, timestamps in ms, teasers, tag objects, pagination). 20 topics a page (two pinned first on page 1, one of them locked), 20 + 20 + 11; one topic carries the Moved badge. Written down: title, url, author, tags (where shown), date (the topic's creation day in UTC, from the desktop timeago title), votes, posts, views (as shown: '18k', '6k', '2k', '1k'), last_post_date (the teaser's day; absent on unreplied topics).",
    )
    pages = chunks(CB_TOPICS, [CB_PER_PAGE, CB_PER_PAGE, len(CB_TOPICS) - 2 * CB_PER_PAGE])
    first = 0
    directory = CB_BASE.lstrip("/")
    for number, topics in enumerate(pages, 1):
        text = _cb_page(number, len(pages), topics, first)
        if number == 1:
            s.list_page(f"{directory}/index.html", text)
        else:
            s.list_page(f"{directory}/@page={number}", text)
            s.write(f"{directory}@page={number}", text)  # '?page=N' resolved against the URL without its slash
        first += len(topics)
    s.write(f"{directory}/@page=1", _cb_page(1, len(pages), pages[0], 0))  # the noscript pager's own page-1 link
    s.write(f"{directory}@page=1", _cb_page(1, len(pages), pages[0], 0))
    for topic in CB_TOPICS:
        s.expect(
            {
                "title": topic.title,
                "url": f"/topic/{_cb_slug(topic)}",
                "author": topic.author,
                "tags": list(topic.tags) or None,
                "date": topic.created.date().isoformat(),
                "votes": topic.votes,
                "posts": topic.posts,
                "views": _cb_human(topic.views) if topic.views > 999 else topic.views,
                "last_post_date": topic.last.date().isoformat() if topic.last else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# thriftlane: a Poshmark-style resale search (Vue 2 SSR, atomic utility classes, 48 tiles, &max_id=N pager).
# ---------------------------------------------------------------------------------------------------

TL_HOST = "https://thriftlane.com"
TL_QUERY = "levis 501"
TL_SEARCH = "/search?query=levis%20501&type=listings&src=dir"
TL_CDN = "https://d2tl7cdn0r1g5h.cloudfront.net"
TL_PER_PAGE = 48
TL_V = "data-v-52bd2a4e"

TL_SELLERS = [
    "denimdepot_nyc",
    "thriftedbyjess",
    "vintagevault_tx",
    "rustandrivet",
    "closetofkayla",
    "bluecollarthreads",
    "mrs_reseller",
    "goodwillhunter22",
    "selvedge.sam",
    "the_denim_den",
    "shopgrettas",
    "pacificthrift",
    "marisol_closet",
    "oldtownvintage",
    "bobbiejeans",
    "reworked_rae",
    "dustyroadgoods",
    "twotonethrift",
    "hannahs_hangers",
    "backroadbins",
    "picker_pete",
    "savvy_seconds",
    "lonestar_denim",
    "ohiothriftco",
]
TL_MODELS = [
    "Levi's 501",
    "Levi's 501",
    "Levi's 501 Original Fit",
    "Levi's 501 XX",
    "Levi's 501 '93 Straight",
    "Levi's 501 Skinny",
    "Levi's 501 Crop",
    "Levi's Premium 501",
    "Levi's 501 '90s",
    "Levis 501",
    "Levi's 501 CT",
    "Levi's 501 Mom",
]
TL_PREFIXES = ["Vintage", "VTG", "", "", "", "Y2K", "90s", "80s", "", "NEW"]
TL_DETAILS = [
    "Made in USA",
    "Medium Wash",
    "Light Wash",
    "Dark Wash",
    "Black",
    "Distressed",
    "Raw Hem",
    "Red Tab",
    "Button Fly",
    "Stonewash",
    "Rigid",
    "High Rise",
    "Acid Wash",
    "White",
    "Selvedge",
    "Orange Tab",
    "Faded",
    "Ripped Knee",
]
TL_PRODUCTS = ["Jeans", "Jeans", "Denim Jeans", "Button Fly Jeans", "Cutoff Shorts", "Shorts", "Jeans", "Denim"]


class TLListing(NamedTuple):
    lid: str
    title: str
    price: int
    original: int | None
    size: str
    brand: str
    seller: str
    badge: str | None  # "NWT" condition tag or "Boutique"
    department: str
    listed: datetime


def _tl_listings() -> list[TLListing]:
    rng = random.Random(26501)
    seen: set[str] = set()
    out: list[TLListing] = []
    base = datetime(2025, 3, 14, 22, 0, tzinfo=UTC)
    while len(out) < 115:
        model = rng.choice(TL_MODELS)
        product = rng.choice(TL_PRODUCTS)
        details = rng.sample(TL_DETAILS, rng.choice([1, 1, 2]))
        women = rng.random() < 0.55 or "Mom" in model or "Crop" in model
        size = str(rng.choice(range(24, 32)) if women else rng.choice([29, 30, 31, 32, 32, 33, 34, 34, 36, 38]))
        size_note = rng.choice(["", "", "", f"{size}x30", f"W{size} L32", f"Size {size}"])
        prefix = rng.choice(TL_PREFIXES)
        title = " ".join(part for part in (prefix, model, *details, product, size_note) if part)
        if title in seen:
            continue
        seen.add(title)
        badge: str | None = None
        roll = rng.random()
        if prefix == "NEW" or roll < 0.08:
            badge = "NWT"
        elif roll < 0.12:
            badge = "Boutique"
        price = rng.choice(
            [12, 15, 18, 20, 22, 24, 25, 28, 30, 32, 35, 38, 40, 45, 48, 55, 60, 65, 75, 85, 95, 120, 145, 180]
        )
        original: int | None = rng.choice([59, 69, 69, 79, 89, 98, 98, 110, 128])
        if badge is None and rng.random() < 0.2:
            original = None
        if original is not None and original <= price:
            original = price + rng.choice([20, 30, 45])
        brand = "Levi's" if rng.random() < 0.85 else rng.choice(["Levi Strauss & Co.", "Vintage"])
        out.append(
            TLListing(
                lid=_hex(title),
                title=title,
                price=price,
                original=original,
                size=size,
                brand=brand,
                seller=rng.choice(TL_SELLERS),
                badge=badge,
                department="Women" if women else "Men",
                listed=base - timedelta(minutes=37 * len(out) + rng.randint(0, 30)),
            )
        )
    return out


TL_LISTINGS = _tl_listings()


def _tl_href(listing: TLListing) -> str:
    words = "".join(ch if ch.isalnum() else " " for ch in listing.title.replace("'", ""))
    return f"/listing/{'-'.join(words.split())}-{listing.lid}"


def _tl_page_href(number: int) -> str:
    return TL_SEARCH + ("" if number == 1 else f"&max_id={number}")


def _tl_tile(listing: TLListing, position: int) -> str:
    href = _tl_href(listing)
    lister = _hex(listing.seller)
    day = listing.listed.strftime("%Y/%m/%d")
    badge = ""
    if listing.badge == "NWT":
        badge = f'\n        <span {TL_V} class="condition-tag all-caps tr--uppercase condition-tag--small">NWT</span>'
    elif listing.badge == "Boutique":
        badge = f'\n        <span {TL_V} class="tile__boutique-tag tc--w bg--black p--h--2 all-caps">Boutique</span>'
    original = (
        f'\n        <span {TL_V} class="p--l--1 tc--g td--lt">${listing.original}</span>' if listing.original else ""
    )
    brand_href = (
        "/brand/" + listing.brand.replace(" ", "_")
        if listing.brand != "Vintage"
        else "/search?query=vintage&type=listings"
    )
    return f"""
  <div {TL_V} class="col-x12 col-l6 col-s8" data-et-prop-location="listing_tile" data-et-prop-listing_id="{listing.lid}" data-et-prop-unit_position="{position}">
    <div {TL_V} class="card card--small">
      <a {TL_V} data-et-prop-location="listing_tile" data-et-prop-listing_id="{listing.lid}" data-et-prop-lister_id="{lister}" data-et-prop-unit_position="{position}" data-et-name="listing" data-et-element-type="link" data-et-on-name="listing" href="{href}" class="tile__covershot">
        <div {TL_V} class="img__container img__container--square">
          <img {TL_V} alt="{esc(listing.title)}" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="{TL_CDN}/posts/{day}/{listing.lid}/s_{listing.lid}.jpg" class="ovf--h d--b lazy">
        </div>{badge}
      </a>
      <div {TL_V} class="item__details">
        <div {TL_V} class="d--fl jc--sb ai--fs">
          <a {TL_V} data-et-prop-location="listing_tile" data-et-prop-listing_id="{listing.lid}" data-et-name="listing" data-et-element-type="link" href="{href}" class="tile__title tc--b">
            {esc(listing.title)}
          </a>
        </div>
        <div {TL_V} class="m--t--1">
          <span {TL_V} class="p--t--1 fw--bold">${listing.price}</span>{original}
        </div>
        <div {TL_V} class="d--fl m--t--1 tile__details__pipe">
          <a {TL_V} href="{TL_SEARCH}&amp;size%5B%5D={listing.size}" class="tile__details__pipe__size ellipses">
            Size: {listing.size}
          </a>
          <a {TL_V} href="{esc(brand_href)}" class="tile__details__pipe__brand ellipses">
            {esc(listing.brand)}
          </a>
        </div>
      </div>
      <div {TL_V} class="d--fl ai--c jc--sb m--t--2 p--h--1">
        <a {TL_V} href="/closet/{listing.seller}" data-et-name="user" data-et-prop-lister_id="{lister}" class="tile__creator d--fl ai--c tc--g ellipses">
          <img {TL_V} src="{TL_CDN}/users/2023/05/{lister}/t_{lister}.jpg" alt="{listing.seller}" class="user-image user-image--s m--r--1">
          <span {TL_V} class="tile__creator__username">{listing.seller}</span>
        </a>
        <div {TL_V} class="social-action-bar tile__social-actions d--fl ai--c">
          <button {TL_V} type="button" data-et-name="like" aria-label="Like" class="social-action-bar__action social-action-bar__like btn--icon"><i {TL_V} class="icon like-gray-large"></i></button>
          <button {TL_V} type="button" data-et-name="share" aria-label="Share" class="social-action-bar__action social-action-bar__share btn--icon"><i {TL_V} class="icon share-gray-large"></i></button>
        </div>
      </div>
    </div>
  </div>"""


def _tl_filter(title: str, options: list[tuple[str, str]]) -> str:
    items = "".join(
        f"""
          <li class="filter__option"><a class="d--fl ai--c tc--b" href="{esc(href)}" rel="nofollow"><span class="filter__checkbox m--r--2"></span>{esc(text)}</a></li>"""
        for text, href in options
    )
    return f"""
      <div class="filter__section p--v--4 bb--g">
        <div class="d--fl jc--sb ai--c filter__section__header" role="button" tabindex="0">
          <h3 class="filter__title tw--bold td--uc">{title}</h3>
          <i class="icon icon--chevron-down"></i>
        </div>
        <ul class="filter__options m--t--2">{items}
        </ul>
      </div>"""


def _tl_state(listings: list[TLListing], number: int, total: int) -> str:
    data = [
        {
            "id": item.lid,
            "title": item.title,
            "price_amount": {"val": f"{item.price}.0", "currency_code": "USD", "currency_symbol": "$"},
            "original_price_amount": {"val": f"{item.original or 0}.0", "currency_code": "USD", "currency_symbol": "$"},
            "size_obj": {"id": item.size, "display": item.size, "display_with_size_set": item.size},
            "brand": item.brand,
            "department": {"display": item.department},
            "category": "Jeans" if "Short" not in item.title else "Shorts",
            "condition": "nwt" if item.badge == "NWT" else "not_nwt",
            "boutique": item.badge == "Boutique",
            "creator_id": _hex(item.seller),
            "creator_username": item.seller,
            "creator_display_handle": item.seller,
            "inventory": {"status": "available", "multi_item": False},
            "picture_url": f"{TL_CDN}/posts/{item.listed.strftime('%Y/%m/%d')}/{item.lid}/m_{item.lid}.jpg",
            "created_at": item.listed.strftime("%Y-%m-%dT%H:%M:%S-07:00"),
            "like_count": _num(item.lid, 2),
            "comment_count": _num(item.lid + "c", 1),
        }
        for item in listings
    ]
    state = {
        "$_auth": {"isLoggedIn": False, "userId": None},
        "$_experiments": {"search_tile_redesign": "control", "infinite_scroll_web": "enabled"},
        "$_search": {
            "query": TL_QUERY,
            "type": "listings",
            "gridData": {"data": data, "more": {"next_max_id": str(number + 1) if number < total else None}},
            "facets": {"department": ["Women", "Men"], "brand": ["Levi's", "Levi Strauss & Co."]},
            "sort_by": "relevance_v2",
        },
        "$_page": {"name": "search", "currentPage": number},
    }
    return json.dumps(state, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")


def _tl_page(number: int, total: int, listings: list[TLListing], first: int) -> str:
    tiles = "".join(_tl_tile(item, first + i) for i, item in enumerate(listings))
    prev = (
        f'<a {TL_V} href="{esc(_tl_page_href(number - 1))}" data-et-name="previous_page" class="btn btn--tertiary btn--pagination m--r--2"><i {TL_V} class="icon icon--chevron-left"></i> Previous</a>'
        if number > 1
        else ""
    )
    nxt = (
        f'<a {TL_V} href="{esc(_tl_page_href(number + 1))}" data-et-name="next_page" class="btn btn--tertiary btn--pagination">Next <i {TL_V} class="icon icon--chevron-right"></i></a>'
        if number < total
        else ""
    )
    filters = (
        _tl_filter(
            "Category",
            [
                ("Women › Jeans", TL_SEARCH + "&department=Women&category=Jeans"),
                ("Men › Jeans", TL_SEARCH + "&department=Men&category=Jeans"),
                ("Women › Shorts", TL_SEARCH + "&department=Women&category=Shorts"),
                ("Men › Shorts", TL_SEARCH + "&department=Men&category=Shorts"),
            ],
        )
        + _tl_filter(
            "Size",
            [
                (size, TL_SEARCH + f"&size%5B%5D={size}")
                for size in ("24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "36")
            ],
        )
        + _tl_filter(
            "Brand",
            [
                ("Levi's", TL_SEARCH + "&brand%5B%5D=Levi%27s"),
                ("Levi Strauss & Co.", TL_SEARCH + "&brand%5B%5D=Levi%20Strauss%20%26%20Co."),
                ("Vintage", TL_SEARCH + "&brand%5B%5D=Vintage"),
            ],
        )
        + _tl_filter(
            "Color",
            [(colour, TL_SEARCH + f"&color%5B%5D={colour}") for colour in ("Blue", "Black", "White", "Gray", "Red")],
        )
        + _tl_filter(
            "Price",
            [
                ("Under $25", TL_SEARCH + "&price%5B%5D=-25"),
                ("$25 - $50", TL_SEARCH + "&price%5B%5D=25-50"),
                ("$50 - $100", TL_SEARCH + "&price%5B%5D=50-100"),
                ("$100 +", TL_SEARCH + "&price%5B%5D=100-"),
            ],
        )
        + _tl_filter(
            "Condition", [("New With Tags", TL_SEARCH + "&condition=nwt"), ("Boutique", TL_SEARCH + "&condition=ret")]
        )
        + _tl_filter(
            "Availability",
            [
                ("Available Items", TL_SEARCH + "&availability=available"),
                ("Sold Items", TL_SEARCH + "&availability=sold_out"),
            ],
        )
        + _tl_filter(
            "Shipping",
            [
                ("Discounted Shipping", TL_SEARCH + "&shipping=discounted"),
                ("Free Shipping", TL_SEARCH + "&shipping=free"),
            ],
        )
    )
    related = "".join(
        f'<a {TL_V} href="/search?query={term.replace(" ", "%20")}&amp;type=listings&amp;src=rs" class="chip chip--outline m--r--2 m--b--2">{term}</a>'
        for term in (
            "levis 501 vintage",
            "levis 501 women",
            "levis 505",
            "levis 550",
            "levis 501 shorts",
            "levis 501 made in usa",
            "wrangler jeans",
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en" data-vue-meta-server-rendered>
<head>
<meta charset="utf-8">
<title data-vue-meta="true">Levis 501 | Thriftlane</title>
<meta data-vue-meta="true" name="description" content="Shop levis 501 on Thriftlane, the marketplace for buying and selling new and used fashion. Find great deals on levis 501 from sellers near you.">
<meta data-vue-meta="true" name="robots" content="noindex, follow">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<meta property="og:site_name" content="Thriftlane">
<meta data-vue-meta="true" property="og:title" content="Levis 501 | Thriftlane">
<meta data-vue-meta="true" property="og:url" content="{TL_HOST}{esc(_tl_page_href(number))}">
<meta name="apple-itunes-app" content="app-id=1470883202, app-argument=thriftlane://search?query=levis%20501">
<link data-vue-meta="true" rel="canonical" href="{TL_HOST}/search?query=levis%20501">
<link rel="preconnect" href="{TL_CDN}">
<link rel="icon" href="https://static.thriftlane.com/favicon.ico">
<link rel="stylesheet" href="https://static.thriftlane.com/web/css/app.5c1f09e2.css">
<link rel="stylesheet" href="https://static.thriftlane.com/web/css/search.9a04d1bb.css">
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({{"event":"page_view","page_type":"search","search_query":"levis 501","logged_in":false}});</script>
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-TL7Q2P"></script>
</head>
<body class="search-page">
<div id="app" data-server-rendered="true">
<div data-v-1f0a7c2d class="app-banner d--fl ai--c jc--sb p--2 bg--lightest-gray d--n-l">
  <div data-v-1f0a7c2d class="d--fl ai--c"><img data-v-1f0a7c2d src="https://static.thriftlane.com/web/img/app-icon.png" alt="Thriftlane app" width="40" height="40" class="m--r--2"><div data-v-1f0a7c2d><p data-v-1f0a7c2d class="fw--bold">Thriftlane</p><p data-v-1f0a7c2d class="caption tc--g">Buy and sell fashion on the go</p></div></div>
  <a data-v-1f0a7c2d href="https://thriftlane.app.link/search" class="btn btn--primary btn--small">Get the App</a>
</div>
<header data-v-6a8e33b1 class="header header--fixed">
  <nav data-v-6a8e33b1 class="header__nav d--fl ai--c jc--sb p--h--4">
    <a data-v-6a8e33b1 href="/" class="header__logo" aria-label="Thriftlane home"><img data-v-6a8e33b1 src="https://static.thriftlane.com/web/img/logo.svg" alt="Thriftlane" width="128" height="24"></a>
    <form data-v-6a8e33b1 action="/search" method="get" role="search" class="search-box d--fl ai--c f--1 m--h--6">
      <input data-v-6a8e33b1 type="text" name="query" value="levis 501" placeholder="Search Thriftlane" autocomplete="off" aria-label="Search" class="search-box__input">
      <input data-v-6a8e33b1 type="hidden" name="type" value="listings">
      <input data-v-6a8e33b1 type="hidden" name="src" value="dir">
      <button data-v-6a8e33b1 type="submit" aria-label="Search" class="search-box__icon-btn"><i data-v-6a8e33b1 class="icon search-gray"></i></button>
    </form>
    <ul data-v-6a8e33b1 class="header__nav-items d--fl ai--c">
      <li data-v-6a8e33b1><a data-v-6a8e33b1 href="/sell" class="header__nav-item">Sell</a></li>
      <li data-v-6a8e33b1><a data-v-6a8e33b1 href="/login" class="header__nav-item" data-et-name="login">Log in</a></li>
      <li data-v-6a8e33b1><a data-v-6a8e33b1 href="/signup" class="btn btn--primary btn--small" data-et-name="signup">Sign up</a></li>
    </ul>
  </nav>
  <nav data-v-6a8e33b1 class="header__categories d--fl jc--c">
    <a data-v-6a8e33b1 href="/category/Women" class="header__category">Women</a>
    <a data-v-6a8e33b1 href="/category/Men" class="header__category">Men</a>
    <a data-v-6a8e33b1 href="/category/Kids" class="header__category">Kids</a>
    <a data-v-6a8e33b1 href="/category/Home" class="header__category">Home</a>
    <a data-v-6a8e33b1 href="/category/Electronics" class="header__category">Electronics</a>
    <a data-v-6a8e33b1 href="/category/Pets" class="header__category">Pets</a>
    <a data-v-6a8e33b1 href="/brands" class="header__category">Brands</a>
    <a data-v-6a8e33b1 href="/parties" class="header__category">Parties</a>
  </nav>
</header>
<main data-v-3c9d5e70 class="main-content search-content">
  <div data-v-3c9d5e70 class="search__header p--h--4 m--t--4">
    <h1 data-v-3c9d5e70 class="search__title">levis 501</h1>
    <p data-v-3c9d5e70 class="tc--g caption">Showing listings for <span data-v-3c9d5e70 class="fw--bold">"levis 501"</span></p>
  </div>
  <div data-v-3c9d5e70 class="d--fl p--h--4 m--t--4">
    <aside data-v-3c9d5e70 class="filter-sidebar col-l4 d--n d--b-l">
      <div class="d--fl jc--sb ai--c"><h2 class="fw--bold">Filters</h2><a href="{TL_SEARCH}" class="caption tc--g" rel="nofollow">Clear All</a></div>{filters}
    </aside>
    <section data-v-3c9d5e70 class="search__results col-x24 col-l20">
      <div data-v-3c9d5e70 class="d--fl jc--sb ai--c m--b--2">
        <div data-v-3c9d5e70 class="d--fl ai--c">
          <button data-v-3c9d5e70 type="button" class="btn btn--tertiary btn--small d--n-l"><i class="icon filter"></i> Filter</button>
        </div>
        <div data-v-3c9d5e70 class="dropdown sort-by">
          <button data-v-3c9d5e70 type="button" class="dropdown__selector" aria-haspopup="listbox">Sort By: <span data-v-3c9d5e70 class="fw--bold">Relevance</span> <i class="icon icon--chevron-down"></i></button>
          <ul data-v-3c9d5e70 class="dropdown__menu" role="listbox" hidden>
            <li><a href="{TL_SEARCH}&amp;sort_by=relevance" rel="nofollow">Relevance</a></li>
            <li><a href="{TL_SEARCH}&amp;sort_by=added_desc" rel="nofollow">Just In</a></li>
            <li><a href="{TL_SEARCH}&amp;sort_by=price_asc" rel="nofollow">Price: Low to High</a></li>
            <li><a href="{TL_SEARCH}&amp;sort_by=price_desc" rel="nofollow">Price: High to Low</a></li>
            <li><a href="{TL_SEARCH}&amp;sort_by=like_count" rel="nofollow">Most Liked</a></li>
          </ul>
        </div>
      </div>
      <div data-v-3c9d5e70 class="tiles_container m--t--1" data-et-name="listing_tiles">{tiles}
      </div>
      <div {TL_V} class="pagination d--fl jc--c ai--c m--t--8 m--b--8" data-et-name="pagination">
        {prev}
        {nxt}
      </div>
      <div data-v-3c9d5e70 class="related-searches m--t--6">
        <h2 data-v-3c9d5e70 class="fw--bold m--b--2">Related Searches</h2>
        <div data-v-3c9d5e70 class="d--fl fw--w">{related}</div>
      </div>
    </section>
  </div>
</main>
<footer data-v-0e2b7a44 class="footer bg--lightest-gray p--v--8">
  <div data-v-0e2b7a44 class="footer__columns d--fl jc--sa">
    <div data-v-0e2b7a44 class="footer__column"><h4 data-v-0e2b7a44>Company</h4><ul data-v-0e2b7a44><li><a href="/about">About</a></li><li><a href="/careers">Careers</a></li><li><a href="/press">Press</a></li><li><a href="/blog">Blog</a></li></ul></div>
    <div data-v-0e2b7a44 class="footer__column"><h4 data-v-0e2b7a44>Shop</h4><ul data-v-0e2b7a44><li><a href="/category/Women">Women</a></li><li><a href="/category/Men">Men</a></li><li><a href="/brands">Brands</a></li><li><a href="/parties">Parties</a></li></ul></div>
    <div data-v-0e2b7a44 class="footer__column"><h4 data-v-0e2b7a44>Sell</h4><ul data-v-0e2b7a44><li><a href="/sell">How it Works</a></li><li><a href="/fees">Fees</a></li><li><a href="/ambassador">Ambassador Program</a></li></ul></div>
    <div data-v-0e2b7a44 class="footer__column"><h4 data-v-0e2b7a44>Help</h4><ul data-v-0e2b7a44><li><a href="https://support.thriftlane.com">Support</a></li><li><a href="/buyer-protection">Buyer Protection</a></li><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/privacy#do-not-sell">Do Not Sell or Share My Personal Information</a></li></ul></div>
  </div>
  <p data-v-0e2b7a44 class="footer__copyright caption tc--g ta--c m--t--6">&copy; 2025 Thriftlane Inc.</p>
</footer>
<div data-v-71c0e8d2 class="cookie-banner d--fl ai--c jc--sb p--4 bg--white shadow" role="dialog" aria-label="Cookie consent">
  <p data-v-71c0e8d2 class="caption">We use cookies to personalize your experience and to show you relevant ads. See our <a href="/privacy#cookies">Cookie Policy</a>.</p>
  <div data-v-71c0e8d2 class="d--fl"><button data-v-71c0e8d2 type="button" class="btn btn--tertiary btn--small m--r--2">Manage</button><button data-v-71c0e8d2 type="button" class="btn btn--primary btn--small">Accept</button></div>
</div>
</div>
<script>window.__INITIAL_STATE__={_tl_state(listings, number, total)};(function(){{var s;(s=document.currentScript||document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}}());</script>
<script src="https://static.thriftlane.com/web/js/runtime.7e1d0a43.js" defer></script>
<script src="https://static.thriftlane.com/web/js/vendor.2b94c3f8.js" defer></script>
<script src="https://static.thriftlane.com/web/js/search.c0a81e5d.js" defer></script>
</body>
</html>"""


@twentysixth_c
def build_thriftlane() -> None:
    s = Site(
        "thriftlane",
        kind="resale marketplace search grid (Poshmark 2024 desktop search: Vue 2 SSR with data-v- scoped attributes and atomic utility classes d--fl / m--t--2 / tc--g / td--lt, 48 div.col-x12.col-l6.col-s8[data-et-prop-location=listing_tile] tiles of div.card.card--small: a.tile__covershot with a lazy img whose alt is the title and an NWT condition-tag or Boutique label on some, a.tile__title, span.p--t--1.fw--bold '$45' + struck span.td--lt '$98' original retail (absent on some), tile__details__pipe 'Size: 32' + brand links, a.tile__creator seller avatar + username, count-less like / share buttons; a filter sidebar, Sort By, Previous / Next a.btn--pagination over &max_id=N, related-search chips, a cookie banner, window.__INITIAL_STATE__ grid data)",
        start=TL_SEARCH.lstrip("/"),
        description=f"A US resale marketplace copying Poshmark's 2024 logged-out desktop search for 'levis 501' (thriftlane.com{TL_SEARCH}, then &max_id=2 and &max_id=3): a Vue 2 server-rendered app (div#app[data-server-rendered], vue-meta head tags, data-v-xxxxxxxx scoped attributes on every component element, Poshmark's atomic utility classes such as d--fl, ai--c, jc--sb, m--t--1, tc--g, td--lt, fw--bold), a GTM dataLayer push, noindex robots and a canonical without the paging parameters; the mobile app banner, the header (logo, search form with query / type / src, Sell / Log in / Sign up), the department nav, h1 'levis 501' and 'Showing listings for \"levis 501\"', the filter sidebar (Category, Size, Brand, Color, Price, Condition, Availability, Shipping lists of nofollow filter links), the 'Sort By: Relevance' dropdown, then div.tiles_container of {TL_PER_PAGE} tiles per page: div.col-x12.col-l6.col-s8 with data-et-prop-location=listing_tile / listing_id / unit_position > div.card.card--small > a.tile__covershot (the listing link, data-et-prop-lister_id, div.img__container with a lazy img: a 1×1 gif src, data-src on the CDN, the title as alt; span.condition-tag 'NWT' on new-with-tags items or span.tile__boutique-tag 'Boutique' on boutique items), div.item__details with a.tile__title (the title between whitespace), span.p--t--1.fw--bold '$45' and, unless the seller left the original price empty, a struck span.p--l--1.tc--g.td--lt '$98', the tile__details__pipe with a.tile__details__pipe__size 'Size: 32' and a.tile__details__pipe__brand (Levi's / Levi Strauss & Co. / Vintage), then a.tile__creator to /closet/<seller> with the seller's avatar img (alt = username) and span.tile__creator__username, and like / share icon buttons with no counts. Under the grid div.pagination with 'Previous' / 'Next' a.btn.btn--pagination links over &max_id=N (the client hides them and scrolls infinitely), 'Related Searches' chips, the footer link columns, a cookie banner, and window.__INITIAL_STATE__ whose $_search.gridData.data holds the page's listing objects (price_amount / original_price_amount val strings, size_obj, brand, creator_username, condition nwt / not_nwt, like counts the tiles do not show) and more.next_max_id. {TL_PER_PAGE} + {TL_PER_PAGE} + {len(TL_LISTINGS) - 2 * TL_PER_PAGE} listings; sellers recur across tiles. Written down: title, url, price, currency (USD), original_price (where shown), size (the value after 'Size: '), brand, seller, badge ('NWT' or 'Boutique' where shown).",
    )
    pages = chunks(TL_LISTINGS, [TL_PER_PAGE, TL_PER_PAGE, len(TL_LISTINGS) - 2 * TL_PER_PAGE])
    first = 0
    for number, listings in enumerate(pages, 1):
        s.list_page(_tl_page_href(number).lstrip("/").replace("?", "@"), _tl_page(number, len(pages), listings, first))
        first += len(listings)
    for item in TL_LISTINGS:
        s.expect(
            {
                "title": item.title,
                "url": _tl_href(item),
                "price": item.price,
                "currency": "USD",
                "original_price": item.original,
                "size": item.size,
                "brand": item.brand,
                "seller": item.seller,
                "badge": item.badge,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# gemhearth: RubyGems.org classic search page (Rails layout, a.gems__gem cards, Kaminari pager).
# ---------------------------------------------------------------------------------------------------

GH_QUERY = "sitemap"
GH_PER_PAGE = 30

#: (name, latest version, summary as the gem wrote it, downloads)
GH_GEMS: list[tuple[str, str, str, int]] = [
    (
        "sitemap_forge",
        "6.4.1",
        "SitemapForge is a framework-agnostic XML Sitemap generator written in Ruby with automatic Rails integration. It supports Video, News, Image, Mobile, PageMap and Alternate Links sitemap extensions and includes Rake tasks for managing your sitemaps, as well as many other great features.",
        48213377,
    ),
    ("jekyll-sitemapper", "1.5.0", "Automatically generate a sitemap.xml for your Jekyll site.", 31847120),
    ("sitemap", "0.3.4", "A simple sitemap generator for Rails projects.", 9126554),
    ("xml-sitemap", "1.3.3", "Provides easy XML sitemap generation for Ruby/Rails/Merb/Sinatra applications", 4228861),
    ("middleman-sitemapper", "0.2.0", "Generates a sitemap.xml and a sitemap.html for Middleman sites", 2875340),
    ("sitemap-parser", "0.5.6", "Parse Sitemap XML files and sitemap indexes, following the nested ones", 2451903),
    ("sitemaps_ng", "0.3.2", "Fast and simple sitemap generator built on Nokogiri with support for gzip", 1984422),
    ("spree_sitemapper", "5.1.0", "Spree extension that adds products, taxons and pages to a sitemap", 1432770),
    ("bridgetown-sitemapper", "2.1.0", "Bridgetown plugin to generate a sitemap.xml", 1288104),
    ("nanoc-sitemap", "1.0.4", "Sitemap helper for Nanoc static sites", 1019228),
    ("sitemap_notifier", "1.3.0", "Notifies search engines of sitemap changes when your site is updated", 884619),
    (
        "rails_sitemap_builder",
        "0.9.1",
        "A DSL for building XML sitemaps from ActiveRecord models, with caching and a Rake task.",
        812045,
    ),
    (
        "dynamic_sitemaps",
        "2.0.0",
        "Dynamic sitemap generation plugin for Ruby on Rails, with support for several sitemap files and pinging search engines.",
        744902,
    ),
    ("sitemap_checker", "0.4.0", "Check every URL of a sitemap for broken links, redirects and slow responses", 655318),
    ("hanami-sitemap", "0.6.2", "Sitemap generation for Hanami 2 applications", 520440),
    ("roda-sitemap", "1.2.0", "Roda plugin that serves a sitemap.xml generated from your routes", 498113),
    ("sinatra-sitemap", "0.3.1", "Sitemap generator extension for Sinatra apps", 433092),
    (
        "sitemap-generator-lite",
        "1.1.7",
        "A small, dependency-free alternative to the big sitemap generators for Rack apps",
        401557,
    ),
    ("gzip_sitemap", "0.2.5", "Writes gzip-compressed sitemap files and a sitemap index in one pass", 377881),
    (
        "sitemap_extractor",
        "0.8.0",
        "Extract all URLs from a website's robots.txt and sitemaps, including nested indexes and gzipped files.",
        350904,
    ),
    (
        "decidim-sitemaps",
        "0.28.4",
        "A Decidim module that generates sitemaps for participatory spaces, proposals and meetings",
        322116,
    ),
    ("solidus_sitemapper", "2.0.1", "Sitemap generator for Solidus stores", 301665),
    ("html-sitemap", "0.1.9", "Build an HTML sitemap page from your routes or from an existing XML sitemap", 287430),
    (
        "sitemap_index",
        "1.0.2",
        "Generate and maintain sitemap index files for large sites with millions of URLs",
        262918,
    ),
    ("refinerycms-sitemaps", "4.1.0", "A sitemap.xml generator for Refinery CMS pages", 240377),
    ("sitemap-pinger", "0.1.3", "Ping search engines when your sitemap changes", 221154),
    ("robots_and_sitemaps", "0.5.0", "Serve robots.txt and sitemap.xml per host from a multi-tenant Rails app", 198063),
    (
        "image_sitemap",
        "1.0.0",
        "Image sitemap extension: adds image:image entries for every picture of your pages",
        176290,
    ),
    (
        "sitemap_crawler",
        "0.7.2",
        "Crawl a site and build a sitemap from the links found, respecting robots.txt and crawl delays",
        164877,
    ),
    ("video-sitemap", "0.2.1", "Generate video sitemaps with thumbnails, durations and player locations", 151224),
    ("news_sitemap", "1.1.0", "Google News sitemap generator with publication names and languages", 139875),
    ("sitemap_validator", "0.3.0", "Validates sitemap XML files against the sitemaps.org schema", 128410),
    ("sitemap_diff", "0.1.4", "Compare two sitemaps and report URLs added, removed or changed", 117602),
    ("middleman-search_sitemap", "0.1.2", "Adds a search engine sitemap to Middleman builds", 108115),
    ("sitemap_monitor", "0.2.0", "Watch a sitemap for new URLs and send notifications to Slack or email", 99208),
    ("sitemap-to-csv", "0.1.1", "Command-line tool that turns a sitemap into a CSV of URLs and lastmod dates", 91542),
    ("alternate_sitemap", "0.4.3", "hreflang alternate links for multilingual sitemaps", 84375),
    ("sitemapgen", "2.3.0", "Yet another sitemap generator", 77964),
    (
        "sitemap_rails_engine",
        "0.6.0",
        "Mountable Rails engine that serves a sitemap.xml built from your models' published records",
        71880,
    ),
    ("lastmod", "0.2.2", "Computes lastmod dates for sitemap entries from git history or file mtimes", 66201),
    ("jekyll-sitemap-i18n", "0.3.0", "Multilingual sitemap generation for Jekyll sites using jekyll-polyglot", 61447),
    (
        "sitemap-xml-builder",
        "1.0.1",
        "Streaming XML builder for sitemaps: constant memory whatever the number of URLs",
        57013,
    ),
    (
        "sitemap_storage_s3",
        "0.5.1",
        "Upload generated sitemaps to Amazon S3 or any S3-compatible storage, with public-read ACLs.",
        52876,
    ),
    ("sitemap_robot", "0.1.0", "Build a sitemap by walking the links of a Rails app in a test environment", 48320),
    ("padrino-sitemap", "0.2.4", "Sitemap support for the Padrino web framework", 44991),
    (
        "sitemap_pages",
        "0.3.2",
        "Helpers for listing CMS pages in sitemaps with priorities and change frequencies",
        41205,
    ),
    ("camaleon_sitemap", "1.0.3", "Sitemap plugin for Camaleon CMS", 38764),
    (
        "sitemap-scanner",
        "0.2.0",
        "Scan a sitemap and check each page for a canonical link, a title and a meta description",
        35108,
    ),
    ("static_sitemap", "0.4.0", "Generate a sitemap for any folder of static HTML files", 32557),
    ("sitemap_for_grape", "0.1.2", "Expose a sitemap of your Grape API's documented endpoints", 29790),
    ("sitemap-cli", "1.2.0", "Command-line sitemap generator and validator", 27421),
    ("mobile_sitemap", "0.1.1", "Mobile sitemap extension for legacy feature-phone pages", 24963),
    ("rss_to_sitemap", "0.2.0", "Convert RSS and Atom feeds to sitemap XML", 22710),
    (
        "sitemap_seo_audit",
        "0.3.1",
        "SEO audit based on your sitemap: status codes, indexability and duplicate titles",
        20384,
    ),
    ("sitemap_cache", "0.1.5", "Rack middleware that caches sitemap responses with ETags", 18205),
    ("graphql-sitemap", "0.2.0", "Build sitemaps from GraphQL queries, for headless CMS setups", 16422),
    ("sitemapper_rb", "0.6.1", "A Ruby port of the sitemapper npm package: fetch and parse sitemaps", 14890),
    ("sitemap-split", "0.1.0", "Split oversized sitemaps into chunks of 50,000 URLs", 13051),
    ("wagon-sitemap", "0.1.3", "Sitemap generation for Locomotive Wagon sites", 11672),
    ("sitemap_tree", "0.3.0", "Print a tree of a site's URL structure from its sitemap", 10338),
    ("lotus-sitemap", "0.0.4", "Sitemap for Lotus (now Hanami) apps", 9104),
    ("sitemap_priority", "0.1.1", "Compute sitemap priorities from page views", 7896),
    ("sitemap-kit", "0.2.2", "Utilities for sitemaps: parse, merge, sort and write", 6915),
    ("sitemap_ping_google", "0.0.3", "Ping Google with your sitemap URL after deploy", 5870),
    ("geo_sitemap", "0.1.0", "KML geo sitemap generator", 4962),
    ("sitemap_helper", "0.4.0", "View helpers to render an HTML sitemap of nested pages in Rails", 4217),
    ("sitemap-meta", "0.1.0", "Read meta information (title, description, og tags) for every URL in a sitemap", 3558),
    ("kramdown-sitemap", "0.0.2", "Generate a sitemap from a folder of kramdown documents", 2940),
    ("sitemap_audit_rails", "0.1.0", "Rails generator that checks your routes against your sitemap", 2301),
    ("sitemapmon", "0.0.1", "Sitemap monitoring", 1822),
    ("opal-sitemap", "0.1.0", "Sitemap generation for Opal apps", 1455),
    ("sitemap_sorter", "0.1.0", "Sort sitemap entries by lastmod", 1032),
    ("sitemap-lambda", "0.1.1", "Generate sitemaps in an AWS Lambda function from DynamoDB records", 788),
    ("tiny_sitemap", "0.0.2", "The tiniest sitemap builder", 516),
]


def _gh_truncate(text: str, length: int = 90) -> str:
    """Rails' ``truncate(length: 90)``: a cut mid-word, the omission '...' counted in the length."""
    return text if len(text) <= length else text[: length - 3] + "..."


def _gh_href(number: int) -> str:
    return f"/search?query={GH_QUERY}" if number == 1 else f"/search?page={number}&query={GH_QUERY}"


def _gh_card(name: str, version: str, summary: str, downloads: int) -> str:
    return f"""
      <a class="gems__gem" href="/gems/{name}">
        <span class="gems__gem__info">
          <h2 class="gems__gem__name">
            {esc(name)}
            <span class="gems__gem__version">{version}</span>
          </h2>
          <p class="gems__gem__desc t-text">{esc(_gh_truncate(summary))}</p>
        </span>
        <p class="gems__gem__downloads__count">
          {downloads:,}
          <span class="gems__gem__downloads__heading">Downloads</span>
        </p>
</a>"""


def _gh_pager(number: int, total: int) -> str:
    parts = []
    if number > 1:
        parts.append(f'<span class="first">\n  <a href="{_gh_href(1)}">&laquo; First</a>\n</span>')
        parts.append(f'<span class="prev">\n  <a rel="prev" href="{_gh_href(number - 1)}">&lsaquo; Prev</a>\n</span>')
    for page in range(1, total + 1):
        if page == number:
            parts.append(f'<span class="page current">\n  {page}\n</span>')
        else:
            rel = ' rel="prev"' if page == number - 1 else ' rel="next"' if page == number + 1 else ""
            parts.append(f'<span class="page">\n  <a{rel} href="{_gh_href(page)}">{page}</a>\n</span>')
    if number < total:
        parts.append(f'<span class="next">\n  <a rel="next" href="{_gh_href(number + 1)}">Next &rsaquo;</a>\n</span>')
        parts.append(f'<span class="last">\n  <a href="{_gh_href(total)}">Last &raquo;</a>\n</span>')
    return '<nav class="pagination" role="navigation" aria-label="pager">\n    ' + "\n    ".join(parts) + "\n  </nav>"


def _gh_page(number: int, total: int, gems: list[tuple[str, str, str, int]], first: int) -> str:
    cards = "".join(_gh_card(*gem) for gem in gems)
    last = first + len(gems) - 1
    token = _hex(f"csrf-{number}", 40)
    rel = ""
    if number > 1:
        rel += f'\n    <link rel="prev" href="{_gh_href(number - 1)}">'
    if number < total:
        rel += f'\n    <link rel="next" href="{_gh_href(number + 1)}">'
    return f"""<!DOCTYPE html>
<html lang="en">
  <head>
    <title>search | Gemhearth | your community gem host</title>
    <meta charset="UTF-8">
    <meta content="width=device-width, initial-scale=1, maximum-scale=5" name="viewport">
    <meta name="description" content="Ruby community's gem hosting service.">
    <meta name="google-site-verification" content="{_hex("gemhearth-site-verification", 43)}" />
    <link rel="apple-touch-icon" href="/apple-touch-icons/apple-touch-icon.png" />
    <link rel="apple-touch-icon" sizes="152x152" href="/apple-touch-icons/apple-touch-icon-152x152.png" />
    <link rel="icon" type="image/png" href="/favicon.png">
    <link rel="search" type="application/opensearchdescription+xml" title="Gemhearth" href="/opensearch.xml">{rel}

    <link rel="stylesheet" href="/assets/application-3f9d0a1c8b7e.css" media="all" />
    <link href="https://fonts.gstatic.com" rel="preconnect" crossorigin>
    <link href='https://fonts.googleapis.com/css?family=Roboto:100&amp;subset=greek,latin,cyrillic,latin-ext' rel='stylesheet' type='text/css'>
    <meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="{token}" />
    <script type="importmap" data-turbo-track="reload">{{
  "imports": {{
    "application": "/assets/application-81c2d94b0e5a.js",
    "@hotwired/stimulus": "/assets/stimulus.min-4b1e420eb1b7.js",
    "@hotwired/stimulus-loading": "/assets/stimulus-loading-1fc53fe7a6b0.js",
    "clipboard": "/assets/clipboard-2f4a35e0b5d2.js",
    "controllers/application": "/assets/controllers/application-368d98631bcc.js",
    "controllers/autocomplete_controller": "/assets/controllers/autocomplete_controller-07a3ef4a1c2b.js",
    "controllers/dropdown_controller": "/assets/controllers/dropdown_controller-c7e1a0a8b4d5.js",
    "controllers/nav_controller": "/assets/controllers/nav_controller-51d3c7a2e0f8.js"
  }}
}}</script>
<link rel="modulepreload" href="/assets/application-81c2d94b0e5a.js">
<link rel="modulepreload" href="/assets/stimulus.min-4b1e420eb1b7.js">
<script type="module">import "application"</script>
  </head>

  <body class="" data-controller="nav" data-nav-expanded-class="mobile-nav-is-expanded">
    <!-- Top banner -->

    <header class="header header--interior" data-nav-target="header collapse">
      <div class="l-wrap--header">
        <a title="Gemhearth" class="header__logo-wrap" data-nav-target="logo" href="/">
          <span class="header__logo" data-icon="⬢">⬢</span>
          <span class="t-hidden">Gemhearth</span>
</a>        <a class="header__club-sandwich" href="#" data-action="nav#toggle focusin->nav#focus mousedown->nav#mouseDown click@window->nav#hide">
          <span class="t-hidden">Navigation menu</span>
        </a>

        <div class="header__nav-links-wrap">
          <div class="header__search-wrap" role="search">
  <form data-controller="autocomplete" data-autocomplete-selected-class="selected" action="/search" accept-charset="UTF-8" method="get">
    <input type="search" name="query" id="query" value="{GH_QUERY}" placeholder="Search Gems&hellip;" class="header__search" autocomplete="off" aria-autocomplete="list" data-autocomplete-target="query" data-action="autocomplete#suggest keydown.down->autocomplete#next keydown.up->autocomplete#prev keydown.esc->autocomplete#hide keydown.enter->autocomplete#clear click@window->autocomplete#hide focus->autocomplete#suggest blur->autocomplete#hide" />

    <ul class="suggest-list" role="listbox" data-autocomplete-target="suggestions"></ul>

    <template id="suggestion" data-autocomplete-target="template">
      <li class="menu-item" role="option" tabindex="-1" data-autocomplete-target="item" data-action="click->autocomplete#choose mouseover->autocomplete#highlight"></li>
    </template>

    <label id="querylabel" for="query">
      <span class="t-hidden">Search gems</span>
</label>
    <input type="submit" value="&#x2315;" id="search_submit" class="header__search__icon" aria-labelledby="querylabel" data-disable-with="&#x2315;" />

</form></div>


          <nav class="header__nav-links" data-controller="dropdown">

            <a class="header__nav-link " href="/releases">Releases</a>
            <a class="header__nav-link" href="https://blog.gemhearth.org">Blog</a>

              <a class="header__nav-link" href="/gems">Gems</a>

            <a class="header__nav-link" href="https://guides.gemhearth.org">Guides</a>

              <a class="header__nav-link " href="/sign_in">Sign in</a>
                <a class="header__nav-link " href="/sign_up">Sign up</a>
          </nav>
        </div>
      </div>
    </header>



    <main class="main--interior" role="main">
      <div class="l-wrap--b">
          <h1 class="t-display page__heading">
            search

              <i class="page__subheading">for <strong>{GH_QUERY}</strong></i>
          </h1>



<a class="t-link--gray t-link--has-arrow" href="/search/advanced">Advanced Search</a>

  <header class="gems__header push--s">
    <p class="gems__meter l-mb-0">Displaying gems <b>{first + 1}&nbsp;-&nbsp;{last + 1}</b> of <b>{len(GH_GEMS)}</b> in total</p>
  </header>

  <div class="aggregations">
    Filter:
    <a class="t-link--black" href="/search?query=name%3A{GH_QUERY}">Name (41)</a>
    <a class="t-link--black" href="/search?query=description%3A{GH_QUERY}">Description (52)</a>
    <a class="t-link--black" href="/search?query=summary%3A{GH_QUERY}">Summary (58)</a>
    <a class="t-link--black" href="/search?query={GH_QUERY}+AND+updated%3A%5B2025-03-08+TO+%2A%7D">Updated last week (2)</a>
    <a class="t-link--black" href="/search?query={GH_QUERY}+AND+updated%3A%5B2025-02-13+TO+%2A%7D">Updated last month (9)</a>
  </div>

{cards}

  {_gh_pager(number, total)}

      </div>
    </main>

    <footer class="footer">
      <div class="l-wrap--footer">
        <div class="l-overflow">
          <div class="nav--v l-col--r--pad">
            <a class="nav--v__link--footer" href="https://status.gemhearth.org">Status</a>
            <a class="nav--v__link--footer" href="https://uptime.gemhearth.org">Uptime</a>
            <a class="nav--v__link--footer" href="https://github.com/gemhearth/gemhearth.org">Code</a>
            <a class="nav--v__link--footer" href="/pages/data">Data</a>
            <a class="nav--v__link--footer" href="/stats">Stats</a>
            <a class="nav--v__link--footer" href="https://guides.gemhearth.org/contributing/">Contribute</a>
              <a class="nav--v__link--footer" href="/pages/about">About</a>
            <a class="nav--v__link--footer" href="mailto:support@gemhearth.org">Help</a>
            <a class="nav--v__link--footer" href="https://guides.gemhearth.org/gemhearth-org-api">API</a>
            <a class="nav--v__link--footer" href="/policies">Policies</a>
            <a class="nav--v__link--footer" href="/pages/supporters">Support Us</a>
              <a class="nav--v__link--footer" href="/pages/security">Security</a>
          </div>
          <div class="l-colspan--l colspan--l--has-border">
            <div class="footer__about">
              <p>
                Gemhearth is the Ruby community&rsquo;s gem hosting service. Instantly <a href="https://guides.gemhearth.org/publishing/">publish your gems</a> and then <a href="https://guides.gemhearth.org/command-reference/#gem-install">install them</a>. Use <a href="https://guides.gemhearth.org/gemhearth-org-api/">the API</a> to find out more about <a href="/gems">available gems</a>. <a href="https://guides.gemhearth.org/contributing/">Become a contributor</a> and improve the site yourself.
              </p>
              <p>
                Gemhearth is made possible through a partnership with the greater Ruby community. <a href="https://www.fastly.com/">Fastly</a> provides bandwidth and CDN support, <a href="https://rubycentral.org/">Ruby Central</a> covers infrastructure costs, and funds ongoing development and ops work. <a href="/pages/supporters">Learn more about our sponsors and how they work together.</a>
              </p>
            </div>
          </div>
        </div>
      </div>
      <div class="footer__sponsors">
        <a class="footer__sponsor footer__sponsor__ruby_central" href="https://rubycentral.org/" target="_blank" rel="noopener">
          Operated by
          <span class="t-hidden">Ruby Central</span>
        </a>
        <a class="footer__sponsor footer__sponsor__dockyard" href="https://dockyard.com/ruby-on-rails-consulting" target="_blank" rel="noopener">
          Designed by
          <span class="t-hidden">DockYard</span>
        </a>
        <a class="footer__sponsor footer__sponsor__aws" href="https://aws.amazon.com/" target="_blank" rel="noopener">
          Hosted by
          <span class="t-hidden">AWS</span>
        </a>
        <a class="footer__sponsor footer__sponsor__dnsimple" href="https://dnsimple.link/resolving-rubygems" target="_blank" rel="noopener">
          Resolved with
          <span class="t-hidden">DNSimple</span>
        </a>
        <a class="footer__sponsor footer__sponsor__datadog" href="https://www.datadoghq.com/" target="_blank" rel="noopener">
          Monitored by
          <span class="t-hidden">Datadog</span>
        </a>
        <a class="footer__sponsor footer__sponsor__fastly" href="https://www.fastly.com/customers/ruby-central" target="_blank" rel="noopener">
          Gems served by
          <span class="t-hidden">Fastly</span>
        </a>
        <a class="footer__sponsor footer__sponsor__honeybadger" href="https://www.honeybadger.io/" target="_blank" rel="noopener">
          Monitored by
          <span class="t-hidden">Honeybadger</span>
        </a>
        <a class="footer__sponsor footer__sponsor__mend" href="https://mend.io/" target="_blank" rel="noopener">
          Secured by
          <span class="t-hidden">Mend.io</span>
        </a>
      </div>
      <div class="footer__language_selector">
          <div class="footer__language">
            <a class="nav--v__link--footer" href="/search?locale=en&amp;{"page=" + str(number) + "&amp;" if number > 1 else ""}query={GH_QUERY}">English</a>
          </div>
          <div class="footer__language">
            <a class="nav--v__link--footer" href="/search?locale=nl&amp;{"page=" + str(number) + "&amp;" if number > 1 else ""}query={GH_QUERY}">Nederlands</a>
          </div>
          <div class="footer__language">
            <a class="nav--v__link--footer" href="/search?locale=zh-CN&amp;{"page=" + str(number) + "&amp;" if number > 1 else ""}query={GH_QUERY}">简体中文</a>
          </div>
          <div class="footer__language">
            <a class="nav--v__link--footer" href="/search?locale=zh-TW&amp;{"page=" + str(number) + "&amp;" if number > 1 else ""}query={GH_QUERY}">正體中文</a>
          </div>
          <div class="footer__language">
            <a class="nav--v__link--footer" href="/search?locale=pt-BR&amp;{"page=" + str(number) + "&amp;" if number > 1 else ""}query={GH_QUERY}">Português do Brasil</a>
          </div>
          <div class="footer__language">
            <a class="nav--v__link--footer" href="/search?locale=fr&amp;{"page=" + str(number) + "&amp;" if number > 1 else ""}query={GH_QUERY}">Français</a>
          </div>
          <div class="footer__language">
            <a class="nav--v__link--footer" href="/search?locale=es&amp;{"page=" + str(number) + "&amp;" if number > 1 else ""}query={GH_QUERY}">Español</a>
          </div>
          <div class="footer__language">
            <a class="nav--v__link--footer" href="/search?locale=de&amp;{"page=" + str(number) + "&amp;" if number > 1 else ""}query={GH_QUERY}">Deutsch</a>
          </div>
          <div class="footer__language">
            <a class="nav--v__link--footer" href="/search?locale=ja&amp;{"page=" + str(number) + "&amp;" if number > 1 else ""}query={GH_QUERY}">日本語</a>
          </div>
      </div>
    </footer>
  </body>
</html>"""


@twentysixth_c
def build_gemhearth() -> None:
    s = Site(
        "gemhearth",
        kind="package registry search results (RubyGems.org classic design 2024–25: main.main--interior > div.l-wrap--b of a.gems__gem cards, each one link holding span.gems__gem__info > h2.gems__gem__name with the name and a span.gems__gem__version inside it, p.gems__gem__desc.t-text summaries cut by truncate(90) mid-word, p.gems__gem__downloads__count '48,213,377' + a 'Downloads' span; 'Displaying gems 1 - 30 of 74 in total', aggregation filter links 'Name (41)' / 'Updated last week (2)', Kaminari nav.pagination of span.first / prev / page / next / last with '« First' '‹ Prev' 'Next ›' 'Last »', /search?page=N&query=…)",
        start=_gh_href(1).lstrip("/"),
        description=f"A Ruby package host copying RubyGems.org's classic (pre-2025 redesign) search page as a logged-out visitor gets it, for 'sitemap' (gemhearth.org/search?query=sitemap, then Kaminari's /search?page=2&query=sitemap and page=3; Rails sorts the query keys, so page comes first, and page 1 carries no page parameter). The Rails layout: the title 'search | Gemhearth | your community gem host', csrf meta tags, an opensearch link, rel prev / next links, the application stylesheet, the Roboto font, an importmap with Stimulus controllers; body[data-controller=nav], header.header.header--interior with the ⬢ logo link and its t-hidden name, the club-sandwich menu link, the autocomplete search form (input#query with the query, the suggestion template, the ⌕ submit) and the header__nav-links Releases / Blog / Gems / Guides / Sign in / Sign up; main.main--interior > div.l-wrap--b: h1.t-display.page__heading 'search' with i.page__subheading 'for <strong>sitemap</strong>', an 'Advanced Search' link, header.gems__header with p.gems__meter 'Displaying gems <b>1&nbsp;-&nbsp;30</b> of <b>74</b> in total', div.aggregations 'Filter:' with Name / Description / Summary / 'Updated last week' / 'Updated last month' links to refined searches, then the a.gems__gem cards as direct children of div.l-wrap--b: each card one link to /gems/<name> holding span.gems__gem__info (h2.gems__gem__name: the name as a text node, then span.gems__gem__version with the latest version inside the same h2; p.gems__gem__desc.t-text: the summary cut by Rails' truncate to 90 characters, mid-word, with '...') and p.gems__gem__downloads__count with the total downloads in delimited digits and span.gems__gem__downloads__heading 'Downloads'; then Kaminari's nav.pagination (span.first '« First' and span.prev '‹ Prev' from page 2, span.page links with rel prev / next on the neighbours and span.page.current unlinked, span.next 'Next ›' and span.last 'Last »' until the last page). The footer: a vertical nav of Status / Uptime / Code / Data / Stats / Contribute / About / Help / API / Policies / Support Us / Security, the two about paragraphs full of links, sponsor logo links with t-hidden names ('Operated by Ruby Central' …), and the language selector of nine ?locale= links. {GH_PER_PAGE} + {GH_PER_PAGE} + {len(GH_GEMS) - 2 * GH_PER_PAGE} gems, ordered by relevance (roughly by downloads). Written down: name, url, version, summary (as shown: the cut text with its '...'), downloads (a number).",
    )
    pages = chunks(GH_GEMS, [GH_PER_PAGE, GH_PER_PAGE, len(GH_GEMS) - 2 * GH_PER_PAGE])
    first = 0
    for number, gems in enumerate(pages, 1):
        s.list_page(_gh_href(number).lstrip("/").replace("?", "@"), _gh_page(number, len(pages), gems, first))
        first += len(gems)
    for name, version, summary, downloads in GH_GEMS:
        s.expect(
            {
                "name": name,
                "url": f"/gems/{name}",
                "version": version,
                "summary": _gh_truncate(summary),
                "downloads": downloads,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYSIXTH_C.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
